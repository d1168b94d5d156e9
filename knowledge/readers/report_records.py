"""A program's printed report of open requisitions (an HRIS or mainframe run: "PAGE: 1", "RUN DATE:",
a summary table, then one detail record per requisition between rule lines, each opening with
"LABEL : value" lines, one naming the title: "POSITION : PUMP STATION TECHNICIAN"). Each record is a
role of its own, read with the report's closing note (how to apply) every role shares; the page
headers, the summary table and "*** END OF REPORT ***" are the program's, no role's facts, so one
record's pay or duties never answer for another's."""

import re

from knowledge.readers import headings

RULE = re.compile(r"^\s*(?:-{5,}|={5,})\s*$")
_LABEL_LINE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z /&.#-]{0,24}?)\s*:\s*\S")
_END = re.compile(r"^\s*\**\s*end of (?:report|listing|file)\s*\**\s*$", re.I)
# A record opens with at least this many label lines among its first lines, one naming its title.
MIN_LABELS, HEAD_LINES = 3, 12
MIN_RECORDS = 2
TITLE_LABELS = {"position", "position title", "job title", "title", "post", "role", "job", "vacancy"}


def _is_record(chunk: list[str]) -> bool:
    head = [line for line in chunk if line.strip()][:HEAD_LINES]
    labels = [headings.fold(m.group("label")) for line in head if (m := _LABEL_LINE.match(line))]
    return len(labels) >= MIN_LABELS and any(label in TITLE_LABELS for label in labels)


def records(lines: list[str]) -> list[list[str]] | None:
    """Each record's lines with the report's closing note, or None when `lines` are no such report."""
    chunks, current = [], []
    for line in lines:
        if RULE.match(line):
            chunks.append(current)
            current = []
        else:
            current.append(line)
    chunks.append(current)
    marked = [_is_record(c) for c in chunks]
    if sum(marked) < MIN_RECORDS:
        return None
    last = max(i for i, m in enumerate(marked) if m)
    closing = [line for c in chunks[last + 1:] for line in c if line.strip() and not _END.match(line)]
    owner = _owner(lines)
    said = [f"COMPANY : {owner}"] if owner else []
    return [said + _with_note(chunk, closing) for chunk, m in zip(chunks, marked) if m]


def _with_note(chunk: list[str], closing: list[str]) -> list[str]:
    """The record with the report's closing note after its label lines, before its first section (at
    its end the note would read as the last section's item)."""
    if not closing:
        return chunk
    at = next((i for i, line in enumerate(chunk) if line.strip() and not _LABEL_LINE.match(line)
               or _LABEL_LINE.match(line) and line.rstrip().endswith(":")), len(chunk))
    return chunk[:at] + ["", *closing, ""] + chunk[at:]


# The report's first line names whose it is among its columns ("LPWS-HRIS  R0412   LEMBAH PERAK WATER
# SERVICES SDN BHD   PAGE: 1"): the column that is a name in capitals of two words or more.
_NAME = re.compile(r"^[A-Z][A-Z&'’.-]*(?: [A-Z&][A-Z&'’.-]*){1,7}$")


def _owner(lines: list[str]) -> str | None:
    first = next((line for line in lines if line.strip()), "")
    return next((part for part in re.split(r"\s{2,}", first.strip()) if _NAME.match(part)), None)
