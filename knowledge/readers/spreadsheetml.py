"""An Excel 2003 XML Spreadsheet (`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`, a
`.xml` Excel still opens): its worksheets' rows as the table reader reads an .xlsx's (`table.read_rows`),
a role per row under the header row. What Excel would not show is not read: a hidden worksheet, a
hidden row, and a hidden column (a tracker's "internal budget" kept beside the posted pay). A cell's
`ss:Index` skips the empty cells before it; a merged title row is one cell. Parsed by `feed` with
entities and the network never resolved."""


from knowledge.readers import table
from knowledge.readers.model import Document

FORMAT = "spreadsheetml"
SS = "urn:schemas-microsoft-com:office:spreadsheet"
_S = f"{{{SS}}}"
# A sheet wider than this is no recruitment tracker; its further columns are not read.
MAX_COLUMNS = 200


def is_workbook(root) -> bool:
    return root.tag == f"{_S}Workbook"


def read(root, name: str) -> Document:
    sheets = []
    for sheet in root.iter(f"{_S}Worksheet"):
        if sheet.get(f"{_S}Visible") in ("SheetHidden", "SheetVeryHidden"):
            continue
        for grid in sheet.iter(f"{_S}Table"):
            sheets.append(_rows(grid))
    doc = table.read_rows(sheets, name, FORMAT)
    return Document(format=FORMAT, roles=doc.roles, warnings=doc.warnings)


def _rows(grid) -> list[list[str]]:
    hidden, at = set(), 0
    for column in grid.iter(f"{_S}Column"):
        at = int(column.get(f"{_S}Index") or at + 1)
        span = int(column.get(f"{_S}Span") or 0)
        if column.get(f"{_S}Hidden") == "1":
            hidden.update(range(at, at + span + 1))
        at += span
    rows = []
    for row in grid.iter(f"{_S}Row"):
        if row.get(f"{_S}Hidden") == "1":
            continue
        cells: dict[int, str] = {}
        at = 0
        for cell in row.iter(f"{_S}Cell"):
            at = int(cell.get(f"{_S}Index") or at + 1)
            if at > MAX_COLUMNS:
                break
            data = next(cell.iter(f"{_S}Data"), None)
            cells[at] = "".join(data.itertext()).strip() if data is not None else ""
            at += int(cell.get(f"{_S}MergeAcross") or 0)
        width = max(cells, default=0)
        rows.append([cells.get(i, "") for i in range(1, width + 1) if i not in hidden])
    return rows


