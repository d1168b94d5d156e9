"""Workable's job objects (its API's `/jobs/:shortcode` and `{"jobs": [...]}`, and the careers page's
SPI): a `shortcode`, the text both whole (`full_description`) and in parts (`description`,
`requirements`, `benefits`), pay as `salary_from`/`salary_to` with no period, and the place as an
object. Read as any board's posting, every part came twice; this reader reads the whole once and keeps
the fields the generic one drops (department, experience, education)."""

from dataclasses import replace

from knowledge import sections as S
from knowledge.readers import html as html_reader
from knowledge.readers import salary as money
from knowledge.readers.build import build
from knowledge.readers.model import HEADING, Block, Document, Section

FORMAT = "workable"
_s = html_reader._str
# The text's parts, in the order `full_description` joins them, each under the heading it is shown with.
PARTS = (("description", None), ("requirements", "Requirements"), ("benefits", "Benefits"))
# Plain fields a job states, under the label they are kept by.
FIELDS = (("department", "department"), ("employment_type", "employment_type"), ("experience", "experience level"),
          ("education", "education"), ("code", "job code"), ("url", "posting url"), ("created_at", "date posted"))
WORKPLACES = {"remote": "Remote", "hybrid": "Hybrid"}


def is_job(item) -> bool:
    """A Workable job object: its shortcode, a title, and its text."""
    return isinstance(item, dict) and bool(_s(item.get("shortcode"))) and bool(_s(item.get("title"))) and any(
        _s(item.get(k)) for k in ("full_description", "description", "requirements"))


def jobs(data) -> list[dict] | None:
    """The job objects of a Workable answer, or None when `data` is none."""
    found = data.get("jobs") if isinstance(data, dict) and "jobs" in data else data
    found = found if isinstance(found, list) else [found]
    return found if found and all(is_job(j) for j in found) else None


def read_job(job: dict, name: str) -> Document:
    fields: dict = {"title": _s(job.get("title"))}
    place = job.get("location") if isinstance(job.get("location"), dict) else {}
    where = _s(place.get("location_str")) or ", ".join(
        _s(place.get(k)) for k in ("city", "region", "country") if _s(place.get(k)))
    remote = "Remote" if place.get("telecommuting") is True else WORKPLACES.get(_s(place.get("workplace_type")))
    if where or remote:
        fields["location"] = ", ".join(filter(None, (where, remote)))
    for key, label in FIELDS:
        html_reader.put(fields, label, job.get(key))
    doc = build(_blocks(job), name=name, format=FORMAT, fields=fields,
                hints=tuple(filter(None, (_s(job.get("url")), _s(job.get("application_url"))))))
    pay = _numbers(job)
    if pay is None:
        return doc
    # The numbers name no period ("28": an hour? a year?): the text's own pay line says, and wins.
    return replace(doc, roles=tuple(role if role.salaries else replace(
        role, salaries=(pay,), sections=(*role.sections, Section("Salary", S.COMPENSATION, (pay.text,))))
        for role in doc.roles))


def _numbers(job: dict):
    """The pay of Workable's `salary` object, or None."""
    pay = job.get("salary") if isinstance(job.get("salary"), dict) else {}
    low, high, currency = pay.get("salary_from"), pay.get("salary_to"), _s(pay.get("salary_currency")).upper()
    if low in (None, "") and high in (None, ""):
        return None
    words = " - ".join(dict.fromkeys(str(v) for v in (low, high) if v not in (None, "")))
    return money.from_numbers(low, high, currency or None, None, f"{words} {currency}".strip())


def _blocks(job: dict) -> list[Block]:
    """The whole text once: `full_description` when there is one, else the parts under their headings."""
    if _s(job.get("full_description")):
        return html_reader.blocks_of(str(job["full_description"]))
    out: list[Block] = []
    for key, heading in PARTS:
        if _s(job.get(key)):
            parts = html_reader.blocks_of(str(job[key]))
            out += ([Block(HEADING, heading, 2)] if heading and parts and parts[0].kind != HEADING else []) + parts
    return out
