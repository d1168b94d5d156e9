"""One document holding several postings: an agency's bulletin whose roles are each boxed between rule
lines ("=====" / "1) PAYROLL CLERK   Ref 12" / "====="), or a flyer whose trades are each a heading in
capitals over a line of pay of their own ("PLASTERERS" / "£190 per day"). Read as one role, one
posting's pay or place would answer for another's; each block is read as a role of its own, with the
lines before the first block (the publisher, the site, the start date) and after the last (what every
role shares, how to apply) kept in each."""

import re

from knowledge.readers import headings, salary

_RULE = re.compile(r"^\s*(?:={5,}|-{5,}|\*{5,}|_{5,}|[═─━]{5,})\s*$")
MIN_POSTINGS = 2
# A heading over its own pay is short, and so is the pay line under it ("£220 per day").
MAX_HEADING_WORDS, MAX_PAY_WORDS = 6, 8
# A boxed posting says its pay or its place among its first lines, where a boxed section
# heading ("===== BENEFITS =====") over a list does not.
MAX_FACT_LINES = 12
_PLACE = re.compile(r"^\s*(?:location|based|place of work|site|base|work location)\s*:", re.I)
# The publisher's name on a bulletin's top line, before what the publication is:
# "ACME RECRUITMENT – WEEKLY JOBS BULLETIN" -> "ACME RECRUITMENT".
_PUBLICATION = re.compile(r"^(?P<name>.+?)\s+[-–—|:·]\s+[^-–—|:·]*\b(?:bulletin|newsletter|digest|round-?up|"
                          r"jobs|vacancies|careers|opportunities)\b[^-–—|:·]*$", re.I)
# A labelled pay line ("Salary: £26,000") under a job heading is a posting's field, which a document's
# job headings as big as its sections already part (`build`); a flyer's pay stands bare under its trade.
_LABELLED = re.compile(r"^[^\d£$€:]{1,30}:")
_NUMBER = re.compile(r"^\W*\d{1,2}[.)]\s+")


def postings(lines: list[str]) -> list[list[str]] | None:
    """Each posting's lines, to be read as a document of its own (its title on a "Job title:" line under
    the document's first line, which names the publisher), or None when `lines` are one posting."""
    blocks = _boxed(lines) or _paid_headings(lines)
    if not blocks:
        return None
    first, last = blocks[0][0], blocks[-1][2]
    before = [line for line in lines[:first] if not _RULE.match(line)]
    after = [line for line in lines[last:] if not _RULE.match(line)]
    top = next((i for i, line in enumerate(before) if line.strip()), None)
    head = [] if top is None else [f"Company: {_publisher(before[top].strip())}"]
    rest = [] if top is None else before[top + 1:]
    return [[f"Job title: {title}", *head, *rest, "", *body, "", *after] for _, title, _, body in blocks]


def _publisher(line: str) -> str:
    match = _PUBLICATION.match(line)
    return match.group("name").strip() if match else line


def _boxed(lines: list[str]) -> list[tuple[int, str, int, list[str]]] | None:
    """(start, title, end, own lines) of each posting boxed between rule lines, each saying its pay or
    place; its own lines run to the next rule line."""
    boxes = [i for i in range(1, len(lines) - 1)
             if _RULE.match(lines[i - 1]) and _RULE.match(lines[i + 1]) and lines[i].strip()
             and not _RULE.match(lines[i])]
    found = []
    for i in boxes:
        end = next((j for j in range(i + 2, len(lines)) if _RULE.match(lines[j])), len(lines))
        title, *said = [part for part in re.split(r"\s{2,}", _NUMBER.sub("", lines[i].strip())) if part]
        body = [*said, *lines[i + 2:end]]
        if headings.facet(title.rstrip(":")) or not _says_pay_or_place(body):
            return None
        found.append((i - 1, title.rstrip(":"), end, body))
    return found if len(found) >= MIN_POSTINGS else None


def _says_pay_or_place(body: list[str]) -> bool:
    head = [line for line in body if line.strip()][:MAX_FACT_LINES]
    return any(_PLACE.match(line) or salary.parse(line) for line in head)


def _paid_headings(lines: list[str]) -> list[tuple[int, str, int, list[str]]] | None:
    """(start, title, end, own lines) of each heading in capitals whose next line is a pay of its own;
    its own lines run to the next heading in capitals."""
    capitals = [i for i, line in enumerate(lines) if _is_capital_heading(line)]
    paid = []
    for i in capitals:
        after = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        pay = lines[after].strip().rstrip(":") if after is not None else ""
        if pay and len(pay.split()) <= MAX_PAY_WORDS and not _LABELLED.match(pay) and salary.parse(pay):
            paid.append((i, after, pay))
    if len(paid) < MIN_POSTINGS:
        return None
    found = []
    for k, (i, after, pay) in enumerate(paid):
        # a posting runs to the next one; the last to the next heading in capitals (what all share)
        end = paid[k + 1][0] if k + 1 < len(paid) else next((c for c in capitals if c > after), len(lines))
        found.append((i, lines[i].strip().rstrip(":"), end, [f"Pay: {pay}", *lines[after + 1:end]]))
    return found


def _is_capital_heading(line: str) -> bool:
    text = line.strip().rstrip(":").strip()
    return (bool(text) and text.isupper() and len(text.split()) <= MAX_HEADING_WORDS
            and not salary.parse(text) and headings.facet(text) is None)
