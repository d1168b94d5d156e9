"""BambooHR's careers API: `/careers/{id}/detail` answers `{"meta": …, "result": {"jobOpening": {…}}}`,
`/careers/list` answers `{"meta": …, "result": [openings]}`. An opening names its title
`jobOpeningName`, keeps its HTML in `description`, its pay as words in `compensation`, and its place
as an address object; none of those are the names other boards use, so it has its own reader."""

from knowledge.readers import html as html_reader
from knowledge.readers import salary as money
from knowledge.readers.build import build
from knowledge.readers.model import Document

FORMAT = "bamboohr"
_s = html_reader._str
# An address object's parts, in the order a place is written.
PLACE_PARTS = ("city", "state", "province", "addressCountry", "country")
# BambooHR's `locationType`: 0 on-site, 1 remote, 2 hybrid.
LOCATION_TYPES = {"1": "Remote", "2": "Hybrid"}
# Plain fields an opening states, under the label they are kept by.
FIELDS = (("minimumExperience", "minimum experience"), ("datePosted", "date posted"),
          ("jobOpeningShareUrl", "posting url"), ("jobOpeningStatus", "status"))


def openings(data) -> list[dict] | None:
    """The openings of a careers API answer, or None when `data` is none."""
    result = data.get("result") if isinstance(data, dict) else None
    if isinstance(result, dict) and isinstance(result.get("jobOpening"), dict):
        result = [result["jobOpening"]]
    if isinstance(result, list) and result and all(isinstance(o, dict) and "jobOpeningName" in o for o in result):
        return result
    return None


def read_opening(opening: dict, name: str) -> Document:
    fields: dict = {"title": _s(opening.get("jobOpeningName"))}
    place = _place(opening.get("location")) or _place(opening.get("atsLocation"))
    where = "Remote" if opening.get("isRemote") is True else LOCATION_TYPES.get(_s(opening.get("locationType")))
    if place or where:
        fields["location"] = ", ".join(filter(None, (place, where)))
    html_reader.put(fields, "department", opening.get("departmentLabel"))
    html_reader.put(fields, "employment_type", opening.get("employmentStatusLabel"))
    for key, label in FIELDS:
        html_reader.put(fields, label, opening.get(key))
    pay = money.parse(_s(opening.get("compensation")))
    if pay is not None:
        fields["salary"] = pay
    blocks = html_reader.blocks_of(str(opening.get("description") or ""))
    return build(blocks, name=name, format=FORMAT, fields=fields,
                 hints=tuple(filter(None, (_s(opening.get("jobOpeningShareUrl")),))))


def _place(value) -> str:
    if not isinstance(value, dict):
        return _s(value)
    return ", ".join(dict.fromkeys(_s(value.get(k)) for k in PLACE_PARTS if _s(value.get(k))))
