"""What a PDF's text layer loses and its layout still says: where each run of text is drawn.

pypdf gives a page's text line by line in drawing order. A facts table ("Job title" in bold, its value
in a column to the right) comes out as "Job title Occupational Therapist", no label; a person
specification drawn as two columns side by side ("Essential" | "Desirable") comes out as one list, the
second column's items after the first's with nothing between; a running footer that carries the page
number ("… | Page 1 of 2") is a different line on every page. Each run's place on the page (`Placed`)
puts these back: "Label: value" lines, a heading and its items per column, and small print at a page's
edges left out."""

import re
from dataclasses import dataclass

from knowledge.readers import headings
from knowledge.readers.build import COLUMN_FACETS  # headers that make a table a list per column


@dataclass(frozen=True)
class Placed:
    """One run of text where the page draws it: x from the left, y from the bottom, in points."""
    text: str
    x: float
    y: float
    size: float
    bold: bool
    page: int


# Runs this close in height are on one line; this close across, in one column (a bullet at a
# column's left edge, its header a space further in).
SAME_LINE, SAME_COLUMN = 2.0, 6.0
# A facts table has at least this many rows of a bold label and a value in a column to its right.
MIN_FACT_ROWS = 2
MAX_LABEL_WORDS = 5
_BULLET = re.compile(r"^\s*[•▪◦●■‣–-]\s*")
_NOT_KEY = re.compile(r"[\s•▪◦●■‣]+")


def _key(text: str) -> str:
    return _NOT_KEY.sub("", text)


def _rows(placed: list[Placed]) -> list[list[Placed]]:
    """The page's runs by line, top first, each line left to right."""
    rows: list[list[Placed]] = []
    for run in sorted(placed, key=lambda r: (-r.y, r.x)):
        if rows and abs(rows[-1][0].y - run.y) <= SAME_LINE:
            rows[-1].append(run)
        else:
            rows.append([run])
    return [sorted(row, key=lambda r: r.x) for row in rows]


def facts(lines: list[str], placed: list[Placed]) -> list[str]:
    """Lines of a facts table ("Job title" bold, its value a column to the right) as "Label: value"."""
    rows = [row for row in _rows(placed) if len(row) >= 2 and row[0].bold and not any(r.bold for r in row[1:])
            and 0 < len(row[0].text.split()) <= MAX_LABEL_WORDS and not row[0].text.strip().endswith(":")]
    columns: dict[tuple[int, int], list[list[Placed]]] = {}
    for row in rows:
        columns.setdefault((round(row[0].x), round(row[1].x)), []).append(row)
    labelled = {}
    for (label_x, value_x), table in columns.items():
        if len(table) < MIN_FACT_ROWS or value_x - label_x < SAME_COLUMN:
            continue
        for row in table:
            label, value = row[0].text.strip(), " ".join(r.text.strip() for r in row[1:])
            labelled[_key(label + value)] = f"{label}: {value}"
    return [labelled.get(_key(line), line) if line.strip() else line for line in lines]


def side_by_side(lines: list[str], placed: list[Placed], heading_texts: set[str]) -> list[str]:
    """A list drawn as columns under headers on one line ("Essential" | "Desirable"): the first
    column's items under its header, then the next column's."""
    for header in _rows(placed):
        names = [r.text.strip() for r in header]
        if len(header) < 2 or not all(r.bold for r in header) or not all(headings.facet(n) in COLUMN_FACETS
                                                                        for n in names):
            continue
        region = _region(header, placed, heading_texts)
        lines = _replaced(lines, header, region)
    return lines


def _region(header: list[Placed], placed: list[Placed], heading_texts: set[str]) -> list[list[str]]:
    """Each column's items under `header`, down to the next heading across the page."""
    starts = [r.x for r in header]
    below = [r for r in sorted(placed, key=lambda r: (-r.y, r.x)) if r.y < header[0].y - SAME_LINE]
    columns: list[list[str]] = [[] for _ in starts]
    indents: list[float | None] = [None for _ in starts]
    for run in below:
        text = run.text.strip()
        if run.x < starts[1] - SAME_COLUMN and (run.bold or text in heading_texts):
            break  # the next section, across the page
        column = max((i for i, x in enumerate(starts) if run.x >= x - SAME_COLUMN), default=0)
        items = columns[column]
        if _BULLET.match(text):  # a bullet, alone or with its item's first words
            bare = _BULLET.sub("", text, count=1)
            items.append(f"• {bare}" if bare else "•")
            indents[column] = None
        elif items and items[-1] == "•":
            items[-1] = f"• {text}"
            indents[column] = run.x
        elif items and indents[column] is not None and abs(run.x - indents[column]) <= SAME_COLUMN:
            items[-1] = f"{items[-1]} {text}"  # the item's next line, at its text's indent
        else:
            items.append(text)
    return columns


def _replaced(lines: list[str], header: list[Placed], columns: list[list[str]]) -> list[str]:
    """`lines` with the header's line and the lines of the columns' runs replaced by each column's
    header and items."""
    header_key = _key("".join(r.text for r in header))
    at = next((i for i, line in enumerate(lines) if _key(line) == header_key), None)
    if at is None:
        return lines
    wanted = _key("".join(item for column in columns for item in column))
    end, taken = at + 1, ""
    while end < len(lines) and len(taken) < len(wanted):
        taken += _key(lines[end])
        end += 1
    if sorted(taken) != sorted(wanted):  # the text layer's lines are not these runs: leave them be
        return lines
    out = []
    for name, items in zip((r.text.strip() for r in header), columns):
        out.append(f"{name}:")
        out.extend(items)
    return lines[:at] + out + lines[end:]


# Sizes this close are one size (rounding: 10.5 vs 10.48); a heading is drawn points larger.
SAME_SIZE = 0.5


def hanging(lines: list[str], placed: list[Placed]) -> list[str]:
    """A bullet's item that the page's width broke ("• Assess … (e.g." / "AMPS, COPM)"), whose next line
    starts at the item's text, not at the bullet: one line again, however the first line ends."""
    goes_on: set[str] = set()
    indent = size = None
    for row in _rows(placed):
        if _BULLET.fullmatch(row[0].text.strip() + " ") and len(row) > 1:
            indent, size = row[1].x, row[1].size
        elif indent is not None and abs(row[0].x - indent) <= SAME_COLUMN and not _BULLET.match(row[0].text.strip()) \
                and abs(row[0].size - size) < SAME_SIZE:  # a heading drawn larger at the same indent goes on nothing
            goes_on.add(_key("".join(r.text for r in row)))
        else:
            indent = None
    out: list[str] = []
    for line in lines:
        if out and _key(line) in goes_on and _BULLET.match(out[-1]):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


# Small print at a page's edges: the running footer ("Chair: … | Page 1 of 2") and, after the first
# page, the running header ("… – Job Description: Occupational Therapist (Band 6)").
SMALL_PRINT = 0.9
EDGE_LINES = 2


def small_print(lines: list[str], placed: list[Placed], body: float, first_page: bool) -> list[str]:
    """`lines` without the small print at the page's foot, and at its head after the first page."""
    small = {_key(r.text) for r in placed if r.size < body * SMALL_PRINT}
    texts = [i for i, line in enumerate(lines) if line.strip()]
    edges = texts[-EDGE_LINES:] + ([] if first_page else texts[:EDGE_LINES])
    drop = {i for i in edges if any(_key(lines[i]).startswith(k) for k in small if k)}
    return [line for i, line in enumerate(lines) if i not in drop]
