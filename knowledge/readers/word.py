"""Word documents (.docx) with python-docx: heading styles are headings, list paragraphs items, table
rows rows, a short bold paragraph a heading; other paragraphs go through the plain-text rules. Sizes
and compression are checked before anything is inflated, so a decompression bomb is refused without
being held in memory."""

import io
import re
import zipfile
import zlib

import docx
from docx.opc.exceptions import OpcError
from docx.oxml.exceptions import InvalidXmlError
from docx.table import Table

from knowledge.parse import DocumentError
from knowledge.readers import headings, plaintext, revised
from knowledge.readers.build import DOCUMENT_KINDS, build, column_sections
from knowledge.readers.model import HEADING, ITEM, ROW, TEXT, Block, Document

FORMAT = "docx"
# A job description's document.xml is tens of kilobytes, the whole package
# (styles, fonts, a logo) a few megabytes at most; text inflates 5-20 times.
MAX_UNZIPPED_BYTES = 50_000_000
MAX_RATIO = 200
MAX_ENTRIES = 1_000
MAX_BOLD_HEADING = 80  # as a Markdown bold line (knowledge/readers/markdown.py)
MAX_FACT_LABEL_WORDS = 6  # "Location", "Main purpose of the job": a label, not a sentence
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|[-•*·])\s+")
_HEADING_STYLE = re.compile(r"^heading\s*(?P<level>\d)$", re.I)


# What python-docx raises for a package it cannot read: SyntaxError is lxml's,
# for XML that is not well formed; AttributeError and InvalidXmlError for
# well-formed XML of another shape (a root or an attribute Word always
# writes), which python-docx meets only as it walks the document.
_UNREADABLE = (zipfile.BadZipFile, KeyError, ValueError, OpcError, SyntaxError, AttributeError, InvalidXmlError)


def read(data: bytes, name: str) -> Document:
    check_zip(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(revised.content(document.element.body, document._body))
        titled = any(not isinstance(p, Table) and _style(p).lower() == "title" for p in paragraphs)
        found = blocks(paragraphs, titled)
        running = _running_heads(document)
    except _UNREADABLE as exc:
        raise DocumentError(f"{name}: not a Word document that can be read ({exc})")
    return build(found, name=name, format=FORMAT, hints=running)


# The kind of document a page header names after the organisation ("Acme Homes  Job Description  AH-12").
_KIND_IN_HEAD = re.compile(r"\s+(?:" + "|".join(sorted(DOCUMENT_KINDS, key=len, reverse=True)) + r")\b.*$", re.I)


def _running_heads(document) -> tuple[str, ...]:
    """The page headers' and footers' lines, which often name the organisation and nothing else does
    ("Pellwood Homes   Job Description   PW-0412"): hints of the company, never the posting's text;
    each line also without the kind of document it names and what follows."""
    lines: list[str] = []
    for section in document.sections:
        for part in (section.header, section.footer):
            if part.is_linked_to_previous and lines:
                continue
            for paragraph in part.paragraphs:
                text = " ".join(paragraph.text.split())
                if text and text not in lines:
                    lines.append(text)
                    cut = _KIND_IN_HEAD.sub("", text).strip()
                    if cut and cut != text:
                        lines.append(cut)
    return tuple(lines[:MAX_RUNNING_LINES])


MAX_RUNNING_LINES = 12


def check_zip(data: bytes, name: str, kind: str = ".docx", main: str | None = "word/document.xml") -> None:
    """Refuse a corrupt zip or a decompression bomb: by the declared sizes, then by inflating each part
    a megabyte at a time up to its declared size (python-docx would inflate a lying part whole). `kind`
    and `main` are the package's extension and the part that must be in it (an .odt's content.xml; None
    for a plain .zip of documents)."""
    damaged = (zipfile.BadZipFile, EOFError, NotImplementedError, zlib.error, ValueError)
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except damaged as exc:
        raise DocumentError(f"{name}: the {kind} is a damaged zip file ({exc})")
    with package:
        _check_sizes(package.infolist(), name, kind, main)
        try:
            for entry in package.infolist():
                with package.open(entry) as part:
                    while part.read(1_000_000):
                        pass
        except damaged as exc:
            raise DocumentError(f"{name}: the {kind} is a damaged zip file ({exc})")


def _check_sizes(entries: list[zipfile.ZipInfo], name: str, kind: str, main: str | None) -> None:
    if not entries:
        raise DocumentError(f"{name}: the {kind} is empty")
    if main and main not in {e.filename for e in entries}:
        what = "a Word document" if kind == ".docx" else f"an {kind} document"
        raise DocumentError(f"{name}: a zip file, but not {what} (no {main})")
    total = sum(e.file_size for e in entries)
    worst = max(entries, key=lambda e: e.file_size / max(e.compress_size, 1))
    if len(entries) > MAX_ENTRIES or total > MAX_UNZIPPED_BYTES or (
            worst.file_size > 1_000_000 and worst.file_size / max(worst.compress_size, 1) > MAX_RATIO):
        raise DocumentError(
            f"{name}: the {kind} would inflate to {total:,} bytes in {len(entries):,} parts "
            f"({worst.filename} {worst.file_size / max(worst.compress_size, 1):,.0f} times its size): "
            "a decompression bomb, not a job description")


def blocks(content, titled: bool) -> list[Block]:
    """Styled paragraphs and tables as blocks; runs of plain paragraphs (list
    items written as "- item") through the plain-text rules."""
    out: list[Block] = []
    lines: list[str] = []

    def flush():
        # Without a Title or heading before it, the first line is the title, as in a .txt.
        out.extend(plaintext.blocks(lines, title_line=not out and not titled))
        lines.clear()

    for part in content:
        if isinstance(part, Table):
            flush()
            out.extend(_table(part))
            continue
        text = revised.text(part._p).strip()
        if not text:
            continue
        style = _style(part)
        level = _HEADING_STYLE.match(style)
        if style.lower() == "title" or level:
            flush()
            out.append(Block(HEADING, " ".join(text.split()), 1 if not level else int(level["level"]) + titled))
        elif style.lower().startswith("list") or part._p.pPr is not None and part._p.pPr.numPr is not None:
            lines.append(f"- {' '.join(text.split())}")
        elif len(text) <= MAX_BOLD_HEADING and _bold(part):
            flush()
            out.append(Block(HEADING, text.rstrip(":").strip(), 6))
        else:
            lines.extend(text.split("\n"))
    flush()
    return out


def _table(table: Table) -> list[Block]:
    """A "Requirements | Nice to have" table is a section per column; any
    other table is a row per line ("Senior | $150,000 - $180,000")."""
    rows, lines = [], []
    for row in table.rows:
        cells = list({id(cell._tc): cell for cell in row.cells}.values())  # a merged cell repeats
        texts = [revised.cell_text(cell._tc) for cell in cells]
        rows.append([" ".join(text.split()) for text in texts])
        lines.append([[" ".join(t.split()) for t in text.splitlines() if t.strip()] for text in texts])
    if not rows:
        return []
    split = column_sections(rows)
    if split is not None:
        return split
    if all(len(row) == 2 for row in rows) and is_facts(rows):
        out = []
        for (label, value), (_, value_lines) in zip(rows, lines):
            if label and len(value_lines) > 1:  # "Key responsibilities | 1. Issue books / 2. Help visitors"
                out.append(Block(HEADING, label.rstrip(":"), 6))
                out.extend(Block(ITEM, _NUMBERED.sub("", line)) for line in value_lines)
            elif label and value and not {headings.fold(label), headings.fold(value)} <= COLUMN_NAMES:
                out.append(Block(TEXT, f"{label.rstrip(':')}: {value}"))
        return out
    return [Block(ROW, " | ".join(c for c in row if c)) for row in rows if any(row)]


# A key-facts table's header row names its columns ("Section | Content", "Field | Value"): no fact.
COLUMN_NAMES = {"section", "content", "field", "value", "item", "details", "heading", "description", "label"}


def is_facts(rows: list[list[str]]) -> bool:
    """A key-facts table ("Location | Bristol", "Salary | £52,000"): short labels, most of them known
    fields or sections; read as "Label: value" lines, like front matter."""
    labels = [row[0].rstrip(":") for row in rows]
    known = sum(1 for label in labels if headings.facet(label) is not None)
    return all(0 < len(label.split()) <= MAX_FACT_LABEL_WORDS for label in labels) and known * 2 >= len(labels)


def _style(paragraph) -> str:
    try:
        return paragraph.style.name or ""
    except (AttributeError, KeyError):
        return ""


def _bold(paragraph) -> bool:
    """Every run with text is bold (directly or by its character style)."""
    runs = [r for r in revised.runs(paragraph) if r.text.strip()]
    return bool(runs) and all(r.bold or r.style is not None and r.style.font.bold for r in runs)
