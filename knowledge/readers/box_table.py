"""Tables drawn with box characters in plain text (┌─┬─┐, │, ├─┼─┤, └─┴─┘), as a Word table saved as
text or a person specification typed in a fixed font. A cell's text may wrap over several drawn
rows; a row with only its main cell filled in capitals is a group ("QUALIFICATIONS"), not a
criterion. A column whose cells hold only ticks (✓, ✔, x, Y) says which rows it applies to: a person
specification's Essential / Desirable columns. The table is written back as lines the plain-text
reader reads: a heading per tick column and its rows as bullets, or, for any other table, a bullet
per row of its labelled cells. Numbering and "Assessed" columns are no criteria."""

import re

from knowledge.readers import headings

_BOX_LINE = re.compile(r"^\s*[│┃|├┌└╞╟╠┝┠┣].*[│┃|┤┐┘╡╢╣┥┨┫]\s*$")
_RULE = re.compile(r"^\s*[├┌└╞╟╠┝┠┣][─━═┼┬┴╪╫╬┿╂╋\s]*[┤┐┘╡╢╣┥┨┫]\s*$")
_SPLIT = re.compile(r"[│┃]")
TICKS = {"✓", "✔", "☑", "✅", "x", "X", "y", "Y", "yes", "Yes", "•", "*"}
# Columns that number or say how a criterion is assessed: none is a criterion.
SKIPPED_COLUMNS = {"no", "no.", "#", "ref", "number", "assessed", "assessed by", "how assessed", "assessment",
                   "method of assessment", "evidence", "evidenced by", "a / i / t", "stage"}


def rewritten(lines: list[str]) -> list[str]:
    """The lines with each box-drawn table written as headings and bullets."""
    out, run = [], []
    for line in [*lines, None]:
        if line is not None and _BOX_LINE.match(line):
            run.append(line)
            continue
        if run:
            out.extend(_as_lines(run) or run)
            run = []
        if line is not None:
            out.append(line)
    return out


def _rows(run: list[str]) -> list[list[str]]:
    """The drawn rows' cells, a cell wrapped over drawn rows joined: a drawn row that fills only cells
    of a row above it (its other cells empty, and that row not a group) goes on that row."""
    rows: list[list[str]] = []
    continued = False
    for line in run:
        if _RULE.match(line):
            continued = False
            continue
        cells = [c.strip() for c in _SPLIT.split(line.strip())[1:-1]]
        if not cells:
            continue
        filled = [i for i, c in enumerate(cells) if c]
        if rows and continued and len(rows[-1]) == len(cells) and filled and not _group(rows[-1]) and \
                all(not rows[-1][i] or i in _text_columns(rows) for i in filled) and len(filled) == 1 and \
                not cells[filled[0]].isupper():
            rows[-1] = [f"{a} {b}".strip() if b else a for a, b in zip(rows[-1], cells)]
            continue
        rows.append(cells)
        continued = True
    return rows


def _text_columns(rows: list[list[str]]) -> set[int]:
    """The columns whose cells are text (the widest ones), where a wrapped cell goes on."""
    width = len(rows[0])
    lengths = [sum(len(r[i]) for r in rows if i < len(r)) for i in range(width)]
    top = max(lengths) if lengths else 0
    return {i for i, n in enumerate(lengths) if n >= top / 2}


def _group(row: list[str]) -> bool:
    filled = [c for c in row if c]
    return len(filled) == 1 and filled[0].isupper() and len(filled[0]) > 3


def _as_lines(run: list[str]) -> list[str] | None:
    rows = _rows(run)
    if len(rows) < 2:
        return None
    header, body = rows[0], [r for r in rows[1:] if len(r) == len(rows[0]) and not _group(r)]
    keep = [i for i, h in enumerate(header) if headings.fold(h) not in SKIPPED_COLUMNS]
    ticks = [i for i in keep if any(r[i] for r in body) and all(not r[i] or r[i] in TICKS for r in body)]
    texts = [i for i in keep if i not in ticks]
    if not texts:
        return None
    out = []
    if ticks:
        for column in ticks:
            out += ["", header[column]]
            out += [f"- {' – '.join(r[i] for i in texts if r[i])}" for r in body if r[column]]
        return out + [""]
    for row in body:
        out.append("- " + "; ".join(f"{header[i]}: {row[i]}" if header[i] else row[i] for i in texts if row[i]))
    return out + [""]
