"""Text copied from a LinkedIn job page: its header (company, title, place · posted), "…show more"
toggles and criteria trailer are read as fields, else the company's name would be the title and the
trailer its benefits."""

import re

from knowledge.readers import headings

# The line that opens the posting on a LinkedIn page, folded.
STARTS = ("about the job", "about this job")
# LinkedIn's job criteria, label line above value line, and the field each fills.
CRITERIA = {"seniority level": "seniority level", "employment type": "employment_type",
            "job function": "job function", "industries": "industries"}
# A header line is the page's, not the posting's, within this many lines.
HEADER_LINES = 25
_TOGGLE = re.compile(r"^\W*(?:show more|show less|see more|see less)\W*$", re.I)
_WORKPLACE = re.compile(r"\b(remote|hybrid|on-site|onsite)\b", re.I)


def unwrap(lines: list[str]) -> tuple[list[str], dict, list[str]]:
    """(the posting's lines, the fields the page gives, warnings); the
    lines as they are when they are no LinkedIn copy."""
    texts = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    start = next((n for n, (_, text) in enumerate(texts[:HEADER_LINES]) if headings.fold(text) in STARTS), None)
    if start is None:
        return lines, {}, []
    header = [text for _, text in texts[:start]]
    if not _is_linkedin(header, texts[start + 1:]):
        return lines, {}, []  # "About the job" on another site's page (Civil Service Jobs)
    fields = _header_fields(header)
    body, criteria = [], None
    for i, line in enumerate(lines[texts[start][0] + 1:]):
        folded = headings.fold(line)
        if folded in CRITERIA:
            criteria = CRITERIA[folded]
            continue
        if criteria is not None:  # the trailer: a value under each label, then the page's own links
            if line.strip() and criteria not in fields:
                fields[criteria] = line.strip()
            continue
        if not _TOGGLE.match(line):
            body.append(line)
    return body, fields, ["the LinkedIn page's header, toggles and criteria were read as fields"]


def _is_linkedin(header: list[str], rest: list[tuple[int, str]]) -> bool:
    """LinkedIn's own marks around "About the job": the "place · posted · applicants" line above
    it or the criteria trailer below it."""
    return any(" · " in text for text in header[1:]) or any(headings.fold(text) in CRITERIA for _, text in rest)


def _header_fields(header: list[str]) -> dict:
    """Title, company and place: the title is the line above "place · 3 weeks ago · 87 applicants", the
    company the line above it."""
    meta = next((n for n, text in enumerate(header) if " · " in text and n > 0), None)
    fields: dict = {}
    if meta is None:
        if header:
            fields["title"] = header[0]
        return fields
    fields["title"] = header[meta - 1]
    if meta >= 2:
        fields["company"] = header[meta - 2]
    place = header[meta].split(" · ")[0].strip()
    chips = next((text for text in header[meta + 1:] if _WORKPLACE.search(text)), None)
    if place:
        where = _WORKPLACE.search(chips) if chips else None
        fields["location"] = f"{place} ({where.group(1).capitalize()})" if where else place
    return fields
