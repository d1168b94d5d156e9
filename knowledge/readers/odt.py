"""OpenDocument text (.odt, what LibreOffice and Google Docs' "OpenDocument" download save): headings
(`text:h`, or a paragraph in the Title style) are headings, list items items, table rows rows, a short
paragraph all in bold a heading; other paragraphs go through the plain-text rules, as in a Word
document (`knowledge.readers.word`). The zip is checked for bombs before anything is inflated."""

import io
import zipfile

from lxml import etree

from knowledge.parse import DocumentError
from knowledge.readers import plaintext, word
from knowledge.readers.build import build, column_sections
from knowledge.readers.model import HEADING, ROW, TEXT, Block, Document

FORMAT = "odt"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_T, _TABLE, _STYLE = f"{{{TEXT_NS}}}", f"{{{TABLE_NS}}}", f"{{{STYLE_NS}}}"


def read(data: bytes, name: str) -> Document:
    word.check_zip(data, name, kind=".odt", main="content.xml")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        content = package.read("content.xml")
        styles = package.read("styles.xml") if "styles.xml" in package.namelist() else b""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
        style_root = etree.fromstring(styles, parser) if styles else None
    except etree.XMLSyntaxError as exc:
        raise DocumentError(f"{name}: not an OpenDocument text that can be read ({exc})")
    body = root.find(f"{{{OFFICE_NS}}}body/{{{OFFICE_NS}}}text")
    if body is None:
        raise DocumentError(f"{name}: an OpenDocument file, but not a text document (no office:text)")
    return build(_blocks(body, _bold_styles(root, style_root)), name=name, format=FORMAT)


def _bold_styles(*roots) -> set[str]:
    """The names of the styles whose text is bold."""
    names = set()
    for root in filter(lambda r: r is not None, roots):
        for style in root.iter(f"{_STYLE}style"):
            props = style.find(f"{_STYLE}text-properties")
            if props is not None and props.get(f"{{{FO_NS}}}font-weight") in ("bold", "700"):
                names.add(style.get(f"{_STYLE}name"))
    return names


def _text(element) -> str:
    """An element's text, its spaces (`text:s`), tabs and line breaks as spaces."""
    parts = []
    for node in element.iter():
        if node.tag in (f"{_T}s", f"{_T}tab", f"{_T}line-break"):
            parts.append(" ")
        elif node.text and node is not element or node is element and element.text:
            parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
    return " ".join("".join(parts).split())


def _all_bold(paragraph, bold: set[str]) -> bool:
    if paragraph.get(f"{_T}style-name") in bold:
        return True
    spans = [s for s in paragraph.iter(f"{_T}span") if "".join(s.itertext()).strip()]
    loose = (paragraph.text or "").strip() or any((s.tail or "").strip() for s in paragraph)
    return bool(spans) and not loose and all(s.get(f"{_T}style-name") in bold for s in spans)


def _blocks(body, bold: set[str]) -> list[Block]:
    out: list[Block] = []
    lines: list[str] = []
    titled = False

    def flush():
        out.extend(plaintext.blocks(lines, title_line=not out and not titled))
        lines.clear()

    for element in body:
        tag = element.tag
        if tag == f"{_T}h":
            flush()
            out.append(Block(HEADING, _text(element), int(element.get(f"{_T}outline-level") or 1) + titled))
        elif tag == f"{_T}p":
            text = _text(element)
            if not text:
                continue
            if "title" in (element.get(f"{_T}style-name") or "").casefold() and not out and not lines:
                titled = True
                out.append(Block(HEADING, text, 1))
            elif len(text) <= word.MAX_BOLD_HEADING and _all_bold(element, bold):
                flush()
                out.append(Block(HEADING, text.rstrip(":").strip(), 6))
            else:
                lines.append(text)
        elif tag == f"{_T}list":
            lines.extend(f"- {text}" for item in element.iter(f"{_T}list-item")
                         if (text := _text(item.find(f"{_T}p") if item.find(f"{_T}p") is not None else item)))
        elif tag == f"{_TABLE}table":
            flush()
            rows = [[_text(cell) for cell in row.iter(f"{_TABLE}table-cell")] for row in element.iter(f"{_TABLE}table-row")]
            rows = [row for row in rows if any(row)]
            if rows and all(len(row) == 2 for row in rows) and word.is_facts(rows):  # "Location | Ghent"
                out.extend(Block(TEXT, f"{label.rstrip(':')}: {value}") for label, value in rows if label and value)
            else:
                out.extend(column_sections(rows) or [Block(ROW, " | ".join(c for c in row if c)) for row in rows])
    flush()
    return [b for b in out if b.text]
