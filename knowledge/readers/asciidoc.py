"""AsciiDoc job descriptions (.adoc, what docs-as-code teams and Antora sites keep): turned into the
Markdown the Markdown reader reads, so its headings, lists and tables are read the same way.

The document header (`= Title`, its author and revision lines, `:name: value` attributes) is read
first; `{name}` references in the body are replaced by the attributes' values, so a salary or a
closing date stated only as an attribute is read where it is used. Attributes naming a field of a
posting (`:location:`, `:salary:`) and not used in the body are fields too. `==` … `======` are
headings, `*` / `-` / `.` list items, `|===` tables rows ("Label | value" tables as "Label: value" lines), a block title (`.Requirements`) a heading, an admonition (`NOTE:`,
`TIP:`) its text; block attributes (`[cols=…]`, `[.lead]`), comments, rules and delimiters are markup."""

import re

from knowledge.readers import headings, markdown
from knowledge.readers.build import FIELD_FACETS, build
from knowledge.readers.model import Document

FORMAT = "asciidoc"
_ATTRIBUTE = re.compile(r"^:(?P<name>!?[\w][\w-]*!?):(?:\s+(?P<value>.*))?$")
_REFERENCE = re.compile(r"\{(?P<name>[\w][\w-]*)\}")
_HEADING = re.compile(r"^(?P<marks>={1,6}|#{1,6})\s+(?P<text>\S.*?)\s*(?:=+)?$")
_LIST = re.compile(r"^\s*(?P<mark>\*{1,5}|-|\.{1,5}|\d+\.)\s+(?P<text>\S.*)$")
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+(?P<text>\S.*)$")
_BLOCK_TITLE = re.compile(r"^\.(?P<title>[A-Za-z][^.].{0,80})$")
_MACRO = re.compile(r"^(?:image|include|toc|video|audio)::\S*\[.*\]\s*$")
_TERM = re.compile(r"^(?P<term>[^\s:][^:]{0,60}?)(?:::|;;)(?:\s+(?P<text>\S.*))?$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]]*\]\s*$")
_DELIMITER = re.compile(r"^(?:'{3,}|<{3,}|-{2}|-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|/{4,})\s*$")
_REVISION = re.compile(r"^v?\d+(?:\.\d+)*,?\s")
_INLINE = ((re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"**\1**"),
           (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),
           (re.compile(r"\b(?:link:|mailto:)?((?:https?://|mailto:)?[^\s\[\]]+)\[([^\]]+)\]"), r"\2 (\1)"),
           (re.compile(r"(?<=\s)--(?=\s)"), "–"))


def read(text: str, name: str) -> Document:
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    attributes, body, title = _header(lines)
    fields = {"title": _inline(_expanded(title, attributes))} if title else {}
    used = {m.group("name").lower() for line in body for m in _REFERENCE.finditer(line)}
    for key, value in attributes.items():
        if key in used:  # read where the body uses it
            continue
        label = key.replace("-", " ").replace("_", " ")
        if value and (headings.facet(label) in FIELD_FACETS or headings.fold(label) in FIELD_LABELS):
            fields.setdefault(label, _inline(value))
    return build(markdown.blocks(to_markdown(body, attributes)), name=name, format=FORMAT, fields=fields)


# Attributes that are fields of a posting besides those naming a facet (`FIELD_FACETS`).
FIELD_LABELS = {"closing date", "reports to", "start date", "hours", "reference", "salary", "pay"}


def _header(lines: list[str]) -> tuple[dict[str, str], list[str], str | None]:
    """(the attributes, the body's lines, the document title) of an AsciiDoc file."""
    attributes: dict[str, str] = {}
    title = None
    at = 0
    while at < len(lines) and (not lines[at].strip() or lines[at].startswith("//")):
        at += 1
    if at < len(lines) and re.match(r"^=\s+\S", lines[at]):
        title = lines[at][1:].strip()
        at += 1
        # the author line and the revision line, before any attribute or blank line
        for _ in range(2):
            if at < len(lines) and lines[at].strip() and not _ATTRIBUTE.match(lines[at]):
                revision = _REVISION.match(lines[at])
                if revision:
                    attributes.setdefault("revnumber", lines[at].split(",")[0].lstrip("v").strip())
                at += 1
    body = []
    for line in lines[at:]:
        found = _ATTRIBUTE.match(line)
        if found and not found.group("name").startswith("!") and not found.group("name").endswith("!"):
            attributes[found.group("name").lower()] = (found.group("value") or "").strip()
        elif found:
            attributes.pop(found.group("name").strip("!").lower(), None)
        else:
            body.append(line)
    return attributes, body, title


def _expanded(text: str, attributes: dict[str, str]) -> str:
    """`{name}` replaced by the attribute's value; an unknown reference is dropped, as Asciidoctor's
    default `attribute-missing: skip` would show it is no text of the posting."""
    return _REFERENCE.sub(lambda m: attributes.get(m.group("name").lower(), ""), text)


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text.replace("+++", "").replace("`", "").strip()


def to_markdown(lines: list[str], attributes: dict[str, str]) -> str:
    out: list[str] = []
    table: list[str] | None = None
    columns, header = 0, False
    comment = False
    for raw in lines:
        line = _expanded(raw.rstrip(), attributes)
        if line.strip() == "////":
            comment = not comment
            continue
        if comment or line.startswith("//"):
            continue
        if line.strip().startswith("|==="):
            if table is None:
                table = []
            else:
                rows = _table(table, columns, header)
                columns, header = 0, False
                out += [part for row in rows for part in ("", row)] + [""] if rows and not rows[0].startswith("|") \
                    else ["", *rows, ""]
                table = None
            continue
        if table is not None:
            table.append(line)
            continue
        if _BLOCK_ATTRIBUTES.match(line):
            header = bool(re.search(r"options=\"?[^\]]*\bheader\b", line))
            cols = re.search(r'cols="?([^",\]]+(?:,[^",\]]+)*)"?', line)
            columns = len(cols.group(1).split(",")) if cols else 0
            if cols and cols.group(1).strip().isdigit():
                columns = int(cols.group(1))
            continue
        if _DELIMITER.match(line):
            out.append("")
            continue
        heading = _HEADING.match(line)
        if heading:
            out += ["", f"{'#' * len(heading.group('marks'))} {_inline(heading.group('text'))}", ""]
            continue
        if _MACRO.match(line):  # image::, include::, toc::: no text of the posting
            continue
        term = _TERM.match(line)
        if term:  # "Salary:: NZ$62,000" (a labelled list): a label and its value
            out += ["", f"{_inline(term.group('term'))}: {_inline(term.group('text'))}" if term.group("text")
                    else f"{_inline(term.group('term'))}:", ""]
            continue
        admonition = _ADMONITION.match(line)
        if admonition:
            out += ["", _inline(admonition.group("text")), ""]
            continue
        block_title = _BLOCK_TITLE.match(line)
        if block_title:  # ".Requirements" over a list: the list's title, a heading under the section's
            out += ["", f"#### {_inline(block_title.group('title'))}", ""]
            continue
        item = _LIST.match(line)
        if item:
            ordered = item.group("mark")[0] in ".0123456789"
            out.append(f"{'1.' if ordered else '-'} {_inline(item.group('text'))}")
            continue
        out.append(_inline(line) if line.strip() else "")
    return "\n".join(out)


def _table(lines: list[str], columns: int, header: bool) -> list[str]:
    """A `|===` table's rows: "Label: value" lines when it has two columns, else Markdown rows; the
    header row left out of a two-column table. The first line is the header row when the table's
    options say so, or (as Asciidoctor reads it) when it holds every cell of a row and a blank line
    follows it."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    header = header or (first is not None and first + 1 < len(lines) and not lines[first + 1].strip())
    cells: list[str] = []
    first_line_cells = 0
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        parts = [p.strip() for p in re.split(r"(?<!\\)\|", line)]
        if not line.lstrip().startswith("|"):  # a cell going on over lines
            if cells:
                cells[-1] = f"{cells[-1]} {line.strip()}"
            continue
        found = [_inline(p) for p in parts[1:]]
        if not cells:
            first_line_cells = len(found)
        cells += found
    width = columns or first_line_cells or 1
    rows = [cells[i:i + width] for i in range(0, len(cells), width)]
    if width == 2:
        return [f"{label}: {value}" if label and value else label or value
                for label, value in (r + [""] * (2 - len(r)) for r in rows[1 if header and first_line_cells == 2 else 0:])]
    return [f"| {' | '.join(row)} |" for row in rows[:1]] + [f"|{'---|' * width}"] + \
        [f"| {' | '.join(row)} |" for row in rows[1:]]
