"""OpenDocument spreadsheets (.ods, what LibreOffice Calc saves): read as an Excel workbook is
(`table.read_rows`): a header row naming the title, a row per role, other sheets shared by every role.

Calc pads a sheet to its full size by repeating empty cells and rows (`number-columns-repeated`,
`number-rows-repeated` up to 1024 × 1,048,576): a repeat is expanded only when it holds text, and a
cell merged over others (`covered-table-cell`) leaves the columns it covers empty, so each value stays
under its header. A cell's paragraphs are its lines. Sheets hidden in Calc are never read."""

import io
import zipfile

from lxml import etree

from knowledge.parse import DocumentError
from knowledge.readers import headings, table, word
from knowledge.readers.model import Document

FORMAT = "ods"
TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_T, _X, _O, _S = f"{{{TABLE_NS}}}", f"{{{TEXT_NS}}}", f"{{{OFFICE_NS}}}", f"{{{STYLE_NS}}}"
# A repeated cell or row is expanded at most this many times: a sheet of roles is never wider or
# longer, and Calc's padding (1024 columns, a million rows) is empty, trimmed from the row's end.
MAX_REPEAT = 1_000


def read(data: bytes, name: str) -> Document:
    word.check_zip(data, name, kind=".ods", main="content.xml")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            root = etree.fromstring(package.read("content.xml"), parser)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        raise DocumentError(f"{name}: not an OpenDocument spreadsheet that can be read ({exc})")
    body = root.find(f"{_O}body/{_O}spreadsheet")
    if body is None:
        raise DocumentError(f"{name}: an OpenDocument file, but not a spreadsheet (no office:spreadsheet)")
    hidden = _hidden_styles(root)
    sheets = [_named(sheet.get(f"{_T}name") or "", _rows(sheet)) for sheet in body.iter(f"{_T}table")
              if sheet.get(f"{_T}style-name") not in hidden]
    return table.read_rows(sheets, name, FORMAT)


def _named(sheet_name: str, rows: list[list[str]]) -> list[list[str]]:
    """A sheet named for a section ("Benefits", "How to apply") with its name as its first row, the
    heading of what it holds."""
    return [[sheet_name], *rows] if headings.facet(sheet_name) is not None else rows


def _hidden_styles(root) -> set[str]:
    """The table styles Calc writes for a hidden sheet (`table:display="false"`)."""
    return {style.get(f"{_S}name") for style in root.iter(f"{_S}style")
            if any(props.get(f"{_T}display") == "false" for props in style.iter(f"{_S}table-properties"))}


def _rows(sheet) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in sheet.iter(f"{_T}table-row"):
        cells: list[str] = []
        for cell in row:
            if cell.tag not in (f"{_T}table-cell", f"{_T}covered-table-cell"):
                continue
            text = "\n".join(" ".join("".join(p.itertext()).split()) for p in cell.iter(f"{_X}p")).strip()
            repeat = int(cell.get(f"{_T}number-columns-repeated") or 1)
            cells += [text] * min(repeat, MAX_REPEAT)
        while cells and not cells[-1]:
            cells.pop()
        repeat = int(row.get(f"{_T}number-rows-repeated") or 1)
        rows += [cells] * (min(repeat, MAX_REPEAT) if cells else 1)
    while rows and not rows[-1]:
        rows.pop()
    return rows
