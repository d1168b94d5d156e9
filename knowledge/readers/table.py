"""Spreadsheets of roles: an ATS's CSV export or a recruitment tracker kept in Excel (.xlsx), one row per
role under a header row ("Job Title", "Role", "Position"). Rows above the header (a tracker's title and
notes) are the preamble every role shares; so is a sheet with no header row ("Benefits (all roles)",
"How to apply"). A sheet with a role per column, its field names down the first column, is read
turned the usual way round (`columns`). Hidden sheets (a tracker's lookups) are never read.

A cell under a heading that names a section (Requirements, Desirable, Key duties, Benefits) is that
section's items, one a line; another cell is a field when it is one short line (Location, Pay,
Contract, "Closing Date"; a "Hotel" or "Site" column is the location), and a section when it is
several lines or long; pay split over Min / Max / Frequency / Currency columns is one range.
An .xlsx is read with the standard library's zipfile and lxml, as the .docx and .odt readers do."""

import csv
import io
import re
import zipfile

from lxml import etree

from knowledge import sections as S
from knowledge.parse import DocumentError
from knowledge.readers import columns, headings, salary as money, word
from knowledge.readers.build import build
from knowledge.readers.model import HEADING, ITEM, Block, Document

CSV, XLSX = "csv", "xlsx"
# A header row names the role's title in one of its cells.
TITLE_HEADERS = columns.TITLE_LABELS
# Pay split over columns: which part each header names.
PAY_PARTS = {"min": re.compile(r"\b(?:min|minimum|from|low)\b"), "max": re.compile(r"\b(?:max|maximum|to|high)\b"),
             "period": re.compile(r"\b(?:frequency|period|interval|unit|per)\b"), "currency": re.compile(r"\bcurrency\b")}
_PAY_HEADER = re.compile(r"\b(?:pay|salary|wage|rate|compensation)\b")
# A cell that is one amount: "14,85", "2.400", "18.40".
money_amount = re.compile(r"\d{1,3}(?:[.,\u202f ]\d{3})*(?:[.,]\d{1,2})?")
# Columns naming the place a role is at, in trackers kept by sites.
LOCATION_HEADERS = {"hotel", "site", "home", "store", "branch", "office", "venue", "base", "work location",
                    "workplace", "city", "town"}
# A cell this long, or of several lines, is a section of items, not a field.
MAX_FIELD_CHARS = 80
# A cell of this many clauses between semicolons is a list ("free meals; uniform provided; …").
MIN_LISTED = 3
# The semicolon between them, Latin or full-width ("1. 负责…；2. 编写…").
_LISTED = re.compile(r"; |；\s*")
_BULLET = re.compile(r"^\s*(?:[•▪◦·*–—-]|\d{1,2}[.)])\s+")
MAX_ROWS = 1_000
# A column under one of these is a section however short its cell ("Desirable": one line).
SECTION_FACETS = (S.ABOUT, S.KEY_RESPONSIBILITIES, S.REQUIREMENTS, S.NICE_TO_HAVE, S.PERKS, S.HIRING_PROCESS)
SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_S = f"{{{SHEET_NS}}}"


def read_csv(text: str, name: str, delimiter: str | None = None) -> Document:
    """A CSV, its cells between commas, or semicolons where Excel saves them so (the comma is the
    decimal mark: "14,85")."""
    text = text.lstrip("\ufeff")
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter or _delimiter(text)))
    except csv.Error as exc:
        raise DocumentError(f"{name}: not a CSV file that can be read ({exc})")
    return read_rows([rows], name, CSV)


# Cells counted in this many rows to tell which mark separates them.
SNIFF_ROWS = 30


def _delimiter(text: str) -> str:
    """The mark between a CSV's cells: the semicolon when it splits more rows into the same number of
    cells (two or more) than the comma does, in at least two rows; commas inside a cell's words or numbers
    split rows unevenly."""
    lines = text.splitlines()[:SNIFF_ROWS]

    def even(mark: str) -> int:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=mark) if len(row) >= 2]
        except csv.Error:
            return 0
        return max((widths.count(w) for w in set(widths)), default=0)
    semicolons = even(";")
    return ";" if semicolons >= 2 and semicolons > even(",") else ","


def read_tsv(text: str, name: str) -> Document:
    """A tab-separated export (a Feishu or Airtable base, a database dump): a CSV with tabs between its cells."""
    return read_csv(text, name, delimiter="\t")


def read_xlsx(data: bytes, name: str) -> Document:
    word.check_zip(data, name, kind=".xlsx", main="xl/workbook.xml")
    return read_rows(_sheets(data, name), name, XLSX)


def read_rows(sheets: list[list[list[str]]], name: str, format: str) -> Document:
    """The roles of a workbook's sheets (a CSV is one sheet): one per row under the first header row;
    the other sheets' text is shared by every role."""
    tables, shared = [], []
    for rows in sheets:
        rows = [[" ".join(c.split()) if "\n" not in c else c.strip() for c in row] for row in rows]
        at = next((i for i, row in enumerate(rows) if _title_column(row) is not None), None)
        sideways = columns.transposed(rows) if at is None else None
        if sideways is not None:  # a role per column, the field names down the first
            rows = sideways
            at = next((i for i, row in enumerate(rows) if _title_column(row) is not None), None)
        if at is None:
            shared += _loose_blocks(rows)
        else:
            tables.append((rows[at], rows[at + 1:], tuple(c for row in rows[:at] for c in row if c)))
    if not tables:
        raise DocumentError(f"{name}: no header row naming the role's title (Job Title, Role, Position) in the "
                            "spreadsheet")
    roles, warnings = [], []
    for header, body, above in tables:
        column = _title_column(header)
        body = [row for row in body if len(row) > column and row[column].strip()]
        notes = [row for row in body if sum(1 for c in row if c.strip()) == 1]
        if notes:  # "# exported from Feishu 2026-12-01" padded with tabs: the sheet's note, no role
            body = [row for row in body if row not in notes]
            warnings.append(f"{len(notes)} rows with only one cell filled (a note under the table) were skipped")
        if len(body) > MAX_ROWS:
            raise DocumentError(f"{name}: {len(body):,} rows in one sheet; at most {MAX_ROWS:,} are read")
        company = next(filter(None, (_tracker_company(line) for line in above)), None)
        for number, row in enumerate(body, 1):
            blocks, fields = _row(header, row, column)
            if company:
                fields.setdefault("company", company)
            doc = build([*blocks, *shared], name=f"{name} (row {number})", format=format, fields=fields,
                        hints=above)
            roles.extend(doc.roles)
            warnings.extend(doc.warnings)
    return Document(format=format, roles=tuple(roles), warnings=tuple(warnings))


# A workbook's title row naming whose list of roles it is: "Kittiwake Hotels – Seasonal recruitment tracker".
_TRACKER_TITLE = re.compile(r"^(?P<name>[A-Z][\w&'’.]*(?:\s+[A-Z&][\w&'’.]*){0,4})\s*[–—:|-]\s+[^–—:|]*?"
                            r"\b(?i:tracker|recruitment|vacancies|vacantes|open (?:jobs|roles|positions)|openings|hiring(?: plan)?)\b")


def _tracker_company(line: str) -> str | None:
    match = _TRACKER_TITLE.match(line.strip())
    return match.group("name") if match else None


def _title_column(row: list[str]) -> int | None:
    if sum(1 for c in row if c.strip()) < 3:
        return None
    return next((i for i, c in enumerate(row) if headings.fold(c) in TITLE_HEADERS), None)


def _row(header: list[str], row: list[str], title_at: int) -> tuple[list[Block], dict]:
    fields: dict = {"title": row[title_at].strip()}
    blocks: list[Block] = []
    pay: dict[str, str] = {}
    for at, (label, value) in enumerate(zip(header, row)):
        label, value = " ".join(label.split()), value.strip()
        if at == title_at or not label or not value:
            continue
        folded = headings.fold(label)
        part = next((p for p, words in PAY_PARTS.items() if _PAY_HEADER.search(folded) and words.search(folded)),
                    None) or ("currency" if folded == "currency" else None)
        if part:
            pay[part] = value
            continue
        if _PAY_HEADER.search(folded) and money_amount.fullmatch(value):  # "Gross pay (EUR)": 14,85
            pay.setdefault("amount", label)
        raw = [line for line in value.splitlines() if line.strip()]
        # a number opening a cell of one line is no list's ("1. Februar 2027"): only a list's items are numbered
        lines = [_BULLET.sub("", line).strip() if len(raw) > 1 or not line.lstrip()[:1].isdigit() else line.strip()
                 for line in raw]
        parts = _LISTED.split(lines[0]) if len(lines) == 1 else []
        numbered = len(parts) > 1 and all(_BULLET.match(p) for p in parts if p.strip())  # "1. …；2. …"
        if len(lines) == 1 and (len(parts) >= MIN_LISTED or numbered):  # a list typed into one cell
            lines = [_BULLET.sub("", part).strip() for part in _LISTED.split(lines[0]) if part.strip()]
        facet = headings.facet(label) or _facet_of_either(label)
        label = headings.FIELD_NAMES.get(folded, label)
        if folded in LOCATION_HEADERS or any(headings.fold(part) in LOCATION_HEADERS for part in label.split("/")):
            label, facet = "Location", S.LOCATION
        if len(lines) > 1 or len(value) > MAX_FIELD_CHARS or facet in SECTION_FACETS:
            blocks.append(Block(HEADING, label, 2))
            blocks += [Block(ITEM, line) for line in lines]
        else:
            fields.setdefault(label, lines[0])
    if pay.get("amount") and pay.get("period") and not (pay.get("min") or pay.get("max")):
        amount = " ".join(pay["amount"].split())  # one amount, its period in a column of its own: "14,85 per hour"
        if amount in fields:
            fields[amount] = f"{fields[amount]} {pay['period']}"
    if pay.get("min") or pay.get("max"):
        found = _column_pay(pay)
        if found is not None:
            fields["salary"] = found
    return blocks, fields


def _facet_of_either(label: str) -> str | None:
    """A header naming its column twice, in two languages ("Hotel / Standort"): the facet of either."""
    return next(filter(None, (headings.facet(part) for part in label.split(" / ")[1:] if "/" in label)), None) \
        if " / " in label else None


def _column_pay(pay: dict[str, str]):
    """One range of pay split over columns: "12.85", "13.40", "Hourly", "GBP"; "Annual (pro rata)" keeps its
    note."""
    low, high = (_number(pay.get(k)) for k in ("min", "max"))
    period = money.period_word(pay.get("period", "").split("(")[0].strip()) if pay.get("period") else None
    words = " - ".join(dict.fromkeys(v for v in (pay.get("min"), pay.get("max")) if v))
    words = " ".join(filter(None, (words, pay.get("currency"), period or pay.get("period"))))
    note = re.search(r"\(([^)]*)\)", pay.get("period", ""))
    if note:
        words += f" ({note.group(1)})"
    return money.from_numbers(low, high, pay.get("currency"), period, words)


def _number(value: str | None) -> float | None:
    try:
        number = float((value or "").replace(",", "").strip())
    except ValueError:
        return None
    return int(number) if number.is_integer() else number


def _loose_blocks(rows: list[list[str]]) -> list[Block]:
    """A sheet of notes: its first line, and any line naming a facet ("How to apply"), a heading; the
    others items under it."""
    blocks: list[Block] = []
    for row in rows:
        pair = [c.strip() for c in row if c.strip()]
        if blocks and len(pair) == 2 and "\n" not in pair[0] and len(pair[0]) <= columns.MAX_LABEL_CHARS \
                and headings.facet(pair[0]) is None and _facet_of_either(pair[0]) is None:
            blocks.append(Block(ITEM, f"{pair[0]}: {pair[1]}"))  # "Travel | Half-fare travelcard": one item
            continue
        for cell in (c for c in row if c.strip()):
            for line in cell.splitlines():
                line = _BULLET.sub("", line).strip()
                if not line:
                    continue
                heading = not blocks or (len(line.split()) <= 6 and headings.facet(line) is not None
                                         and not line.endswith("."))
                blocks.append(Block(HEADING, line, 2) if heading else Block(ITEM, line))
    return blocks


def _sheets(data: bytes, name: str) -> list[list[list[str]]]:
    """Each visible sheet's rows of cell text, in the workbook's order."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            workbook = etree.fromstring(package.read("xl/workbook.xml"), parser)
            rels = etree.fromstring(package.read("xl/_rels/workbook.xml.rels"), parser) \
                if "xl/_rels/workbook.xml.rels" in names else None
            targets = {r.get("Id"): r.get("Target") for r in (rels if rels is not None else [])}
            strings = _shared_strings(etree.fromstring(package.read("xl/sharedStrings.xml"), parser)) \
                if "xl/sharedStrings.xml" in names else []
            sheets = []
            for number, sheet in enumerate(workbook.iter(f"{_S}sheet"), 1):
                if sheet.get("state") in ("hidden", "veryHidden"):
                    continue
                target = targets.get(sheet.get(f"{{{REL_NS}}}id")) or f"worksheets/sheet{number}.xml"
                path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                if path in names:
                    sheets.append(_rows(etree.fromstring(package.read(path), parser), strings))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        raise DocumentError(f"{name}: not an Excel workbook that can be read ({exc})")
    return sheets


def _shared_strings(root) -> list[str]:
    return ["".join(t.text or "" for t in si.iter(f"{_S}t")) for si in root.iter(f"{_S}si")]


def _rows(root, strings: list[str]) -> list[list[str]]:
    rows = []
    for row in root.iter(f"{_S}row"):
        cells: dict[int, str] = {}
        for at, cell in enumerate(row.iter(f"{_S}c")):
            column = _column(cell.get("r")) if cell.get("r") else at
            kind = cell.get("t")
            if kind == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter(f"{_S}t"))
            else:
                value = cell.find(f"{_S}v")
                text = value.text or "" if value is not None else ""
                if kind == "s" and text.strip().isdigit() and int(text) < len(strings):
                    text = strings[int(text)]
                elif kind == "b":
                    text = "yes" if text == "1" else "no"
            cells[column] = text
        rows.append([cells.get(i, "") for i in range(max(cells) + 1)] if cells else [])
    return rows


def _column(ref: str) -> int:
    """The column of a cell reference: A1 -> 0, AB7 -> 27."""
    number = 0
    for ch in re.match(r"[A-Z]*", ref.upper()).group(0):
        number = number * 26 + ord(ch) - 64
    return max(number - 1, 0)
