"""reStructuredText job descriptions (.rst, a Sphinx or Read the Docs careers page): turned into the
Markdown the Markdown reader reads.

A heading is a line underlined (and maybe overlined) with one punctuation character repeated; its
level is the order in which each style first appears, as docutils decides it. A field list at the top
(`:Salary: S$5,800 per month`) is the posting's fields, each a "Label: value" line. Directives are
read by what they hold: an admonition's text (`.. note::`, `.. tip::`, whose preferences are the
posting's) is a paragraph, a `list-table` rows; page machinery (`.. meta::`, `.. contents::`, targets, comments,
substitution definitions, images) is no text of the posting. Grid and simple tables are rows ("Item |
Detail" tables as "Label: value" lines), `#.` and `-` lists items, a definition list's term and its indented definition "Term: definition", ``literals`` and `links <…>`_ text."""

import re

from knowledge.readers import markdown
from knowledge.readers.build import build
from knowledge.readers.model import Document

FORMAT = "restructuredtext"
_ADORNMENT = re.compile(r"^([=\-`:'\"~^_*+#<>.])\1{2,}\s*$")
_FIELD = re.compile(r"^:(?P<name>[^:`][^:]*?):(?:\s+(?P<value>.*))?$")
_DIRECTIVE = re.compile(r"^\.\.\s+(?:\|(?P<sub>[^|]+)\|\s+)?(?P<name>[\w:-]+)::\s*(?P<args>.*)$")
_EXPLICIT = re.compile(r"^\.\.(?:\s|$)")
# Directives whose body is text of the posting; the others are the page's machinery.
TEXT_DIRECTIVES = {"note", "tip", "hint", "important", "attention", "caution", "warning", "danger", "error",
                   "admonition", "topic", "sidebar", "rubric", "epigraph", "highlights", "pull-quote",
                   "container", "rst-class", "class", "only"}
_LIST = re.compile(r"^(?P<indent>\s*)(?:[-*+•]|#\.|\d{1,2}[.)]|\(?[a-z#]\))\s+(?P<text>\S.*)$")
# A definition list's term is a few words ("Salary" over its indented "£30,000 per year").
MAX_TERM_WORDS = 6
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=]+\+)+\s*$")
_SIMPLE_BORDER = re.compile(r"^\s*=+(?:\s+=+)+\s*$")
# A role's name (":ref:", ":py:func:") is a few dozen characters at most: read unbounded, a line of
# 20,000 colons was read to its end from each of them (over a minute).
MAX_ROLE_NAME = 60
_INLINE = ((re.compile(r"``([^`]+)``"), r"\1"),
           (re.compile(r"`([^`<]+?)\s*<([^>]+)>`__?"), r"\1 (\2)"),
           (re.compile(r":[\w:-]{1,%d}:`([^`<]+?)(?:\s*<[^>]+>)?`" % MAX_ROLE_NAME), r"\1"),
           (re.compile(r"`([^`]+)`_{0,2}"), r"\1"),
           (re.compile(r"(?<=\w)_(?=\W|$)"), ""))


def read(text: str, name: str) -> Document:
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\t", "    ").split("\n")
    substitutions = _substitutions(lines)
    return build(markdown.blocks(to_markdown(lines, substitutions)), name=name, format=FORMAT)


def _substitutions(lines: list[str]) -> dict[str, str]:
    """`.. |name| replace:: text` definitions; other substitutions (dates, images) are no text."""
    found = {}
    for line in lines:
        directive = _DIRECTIVE.match(line.strip())
        if directive and directive.group("sub") and directive.group("name") == "replace":
            found[directive.group("sub")] = directive.group("args").strip()
    return found


def _inline(text: str, substitutions: dict[str, str]) -> str:
    text = re.sub(r"\|([^|\s][^|]*?)\|(?!\w)", lambda m: substitutions.get(m.group(1), ""), text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text.rstrip(":") + ":" if text.endswith("::") else text


def to_markdown(lines: list[str], substitutions: dict[str, str]) -> str:
    out: list[str] = []
    styles: list[tuple[str, bool]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        # an overlined heading: rule, text, rule
        if _ADORNMENT.match(line) and i + 2 < len(lines) and lines[i + 1].strip() \
                and _ADORNMENT.match(lines[i + 2]) and lines[i + 2].strip()[0] == line.strip()[0]:
            out += ["", _heading(lines[i + 1].strip(), (line.strip()[0], True), styles, substitutions), ""]
            i += 3
            continue
        if stripped and not line[:1].isspace() and _ADORNMENT.match(nxt) and len(nxt.strip()) >= len(stripped) - 2 \
                and not _GRID_BORDER.match(nxt) and not _SIMPLE_BORDER.match(nxt):
            out += ["", _heading(stripped, (nxt.strip()[0], False), styles, substitutions), ""]
            i += 2
            continue
        directive = _DIRECTIVE.match(stripped)
        if _EXPLICIT.match(stripped) and not line[:1].isspace():
            body, i = _indented(lines, i + 1)
            if directive and directive.group("name").lower() == "list-table":
                header = any(re.match(r"^:header-rows:\s*[1-9]", b.strip()) for b in body)
                out += ["", *_rows_as_lines(_list_table(body), substitutions, header), ""]
            elif directive and directive.group("name").lower() in TEXT_DIRECTIVES and not directive.group("sub"):
                args = directive.group("args").strip()
                out += ["", *([_inline(args, substitutions)] if args else []),
                        *(_inline(b, substitutions) if b.strip() else "" for b in body if not _FIELD.match(b.strip())),
                        ""]
            continue  # meta, contents, targets, comments, images: the page's, not the posting's
        if _GRID_BORDER.match(line):
            end = i
            while end < len(lines) and lines[end].strip().startswith(("+", "|")):
                end += 1
            header = any("=" in line and _GRID_BORDER.match(line) for line in lines[i:end])
            out += ["", *_rows_as_lines(_grid(lines[i:end]), substitutions, header), ""]
            i = end
            continue
        if _SIMPLE_BORDER.match(line):
            end, borders = i + 1, 1
            while end < len(lines):  # to the border with a blank line (or the end) under it
                closing = _SIMPLE_BORDER.match(lines[end])
                borders += bool(closing)
                end += 1
                if closing and (end >= len(lines) or not lines[end].strip()):
                    break
            out += ["", *_rows_as_lines(_simple(lines[i:end]), substitutions, borders >= 3), ""]
            i = end
            continue
        field = _FIELD.match(stripped) if not line[:1].isspace() else None
        if field:
            value = _inline((field.group("value") or "").strip(), substitutions)
            body, i = _indented(lines, i + 1)
            value = " ".join([value, *(b.strip() for b in body if b.strip())]).strip()
            if value:
                out += ["", f"{field.group('name').strip()}: {value}", ""]
            continue
        if stripped and not line[:1].isspace() and nxt[:1].isspace() and nxt.strip() and not _LIST.match(nxt) \
                and len(stripped.split()) <= MAX_TERM_WORDS and not stripped.endswith((".", ":", ",", ";")) \
                and not _LIST.match(line):
            body, i = _indented(lines, i + 1)  # a definition list's term, its definition indented under it
            definition = " ".join(b.strip() for b in body if b.strip())
            out += ["", f"{_inline(stripped, substitutions)}: {_inline(definition, substitutions)}", ""]
            continue
        item = _LIST.match(line)
        if item:
            text = item.group("text")
            i += 1
            indent = len(item.group("indent"))
            while i < len(lines) and lines[i].strip() and len(lines[i]) - len(lines[i].lstrip()) > indent \
                    and not _LIST.match(lines[i]):
                text += " " + lines[i].strip()  # the item goes on, indented under its text
                i += 1
            out.append(f"{' ' * indent}- {_inline(text, substitutions)}")
            continue
        out.append(_inline(stripped, substitutions) if stripped else "")
        i += 1
    return "\n".join(out)


def _heading(text: str, style: tuple[str, bool], styles: list, substitutions: dict[str, str]) -> str:
    if style not in styles:
        styles.append(style)
    return f"{'#' * min(styles.index(style) + 1, 6)} {_inline(text, substitutions)}"


def _indented(lines: list[str], i: int) -> tuple[list[str], int]:
    """The block indented under a directive or field (blank lines within it kept), and where it ends."""
    body = []
    while i < len(lines) and (not lines[i].strip() or lines[i][:1].isspace()):
        body.append(lines[i])
        i += 1
    while body and not body[-1].strip():
        body.pop()
    return body, i


def _grid(lines: list[str]) -> list[list[str]]:
    """A grid table's rows of cells, cut at the first border's `+` columns; a cell over lines joined."""
    border = lines[0].strip()
    offset = lines[0].index("+")
    cuts = [offset + j for j, ch in enumerate(border) if ch == "+"]
    rows, current = [], None
    for line in lines[1:]:
        if _GRID_BORDER.match(line):
            if current is not None:
                rows.append([" ".join(c.split()) for c in current])
            current = None
            continue
        cells = [line[a + 1:b] for a, b in zip(cuts, cuts[1:])]
        current = cells if current is None else [f"{x} {y}" for x, y in zip(current, cells)]
    return rows


def _list_table(body: list[str]) -> list[list[str]]:
    """A `list-table`'s rows: "* - cell" opens a row, "  - cell" a cell of it; its options left out."""
    rows: list[list[str]] = []
    for line in body:
        text = line.strip()
        if not text or _FIELD.match(text):
            continue
        if text.startswith("* -") or text == "*":
            rows.append([text[3:].strip()] if text.startswith("* -") else [])
        elif text.startswith("- ") and rows:
            rows[-1].append(text[2:].strip())
        elif rows and rows[-1]:
            rows[-1][-1] = f"{rows[-1][-1]} {text}"  # a cell going on over lines
    return rows


def _simple(lines: list[str]) -> list[list[str]]:
    border = lines[0]
    spans = [(m.start(), m.end()) for m in re.finditer(r"=+", border)]
    rows = []
    for line in lines[1:]:
        if not line.strip() or _SIMPLE_BORDER.match(line):
            continue
        starts = [a for a, _ in spans[1:]] + [None]
        rows.append([line[a:b].strip() for (a, _), b in zip(spans, starts)])
    return rows


def _rows_as_lines(rows: list[list[str]], substitutions: dict[str, str], header: bool) -> list[str]:
    """Two-column rows as "Label: value" lines, the header row ("Item | Detail") left out; wider tables
    as Markdown rows (a first row that is no header repeated as one, as Markdown needs one)."""
    rows = [[_inline(c.strip(), substitutions) for c in row] for row in rows if any(c.strip() for c in row)]
    if not rows:
        return []
    if all(len(row) == 2 for row in rows):
        out = []
        for label, value in rows[1 if header else 0:]:
            out += [f"{label}: {value}" if label and value else label or value, ""]
        return out
    width = len(rows[0])
    if not header:
        rows = [[""] * width, *rows]
    return [f"| {' | '.join(rows[0])} |", f"|{'---|' * width}", *(f"| {' | '.join(r)} |" for r in rows[1:])]
