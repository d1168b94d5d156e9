"""A sheet of roles laid out sideways: ONE ROLE PER COLUMN, the field names down the first column
("Field | Assistant Store Manager | Visual Merchandiser", then "Pay | £31,500 | £26,800", "Key duties |
…"). Teams keep comparison sheets this way, and a single role's key/value sheet ("Job Title | Cook",
"Pay | £12 an hour") is the same shape with one column. `transposed` turns such a sheet into the
usual shape, a header row naming each field and a row per role, so `table` reads it as any other."""

from knowledge.readers import headings

# The header row's own first cell names the title, or names nothing in particular ("Field", "Item").
TITLE_LABELS = {"job title", "title", "role", "position", "job", "role title", "job name", "vacancy",
                "position title", "posting title", "job role",
                # the same header in the languages trackers are kept in (folded: no accents)
                "poste", "intitule du poste", "stelle", "stellenbezeichnung", "funktion", "puesto", "cargo",
                "functie", "vacature", "posizione", "ruolo", "stanowisko", "vaga",
                "职位名称", "职位", "岗位名称", "岗位", "모집직종", "직무"}
GENERIC_LABELS = {"", "field", "fields", "item", "items", "attribute", "attributes", "detail", "details", "key",
                  "category", "#", "-", "info", "information", "question"}
# A field name is short and one line; a longer first cell is a note or a sentence.
MAX_LABEL_CHARS = 40
# Labels naming a section or a field a posting has (Pay, Store, Key duties, Desirable …) that make the
# first column a list of fields. Fewer could be a sheet of notes; four is the fewest the sideways
# sheets we were given have (Pay, Hours, Essential, Benefits).
MIN_FIELD_LABELS = 4
# Labels of fields with no section of their own that a posting has ("Store", "Hours", "Closing date").
FIELD_WORDS = {"store", "site", "branch", "office", "location", "base", "hours", "contract", "pay", "salary",
               "rate", "wage", "closing date", "start date", "reports to", "req id", "reference", "grade",
               "hiring manager", "department", "team", "shift", "shifts"}


def transposed(rows: list[list[str]]) -> list[list[str]] | None:
    """The sheet as a header row and a row per role, when its first column names fields and a row
    across the top of them names the roles; None for any other sheet. Rows above and below the
    table (a title, notes) are kept, as rows of their own, above the header."""
    labelled = [_is_labelled(row) for row in rows]
    start = 0
    while start < len(rows):
        if not labelled[start]:
            start += 1
            continue
        end = start
        while end < len(rows) and labelled[end]:
            end += 1
        found = _table(rows, start, end)
        if found is not None:
            return found
        start = end
    return None


def _is_labelled(row: list[str]) -> bool:
    label = row[0].strip() if row else ""
    return bool(label) and len(label) <= MAX_LABEL_CHARS and "\n" not in label and any(c.strip() for c in row[1:])


def _is_field(label: str) -> bool:
    folded = headings.fold(label)
    return folded in FIELD_WORDS or headings.facet(label) is not None


def _table(rows: list[list[str]], start: int, end: int) -> list[list[str]] | None:
    """The run of labelled rows [start, end) as a table of roles, or None."""
    labels = [rows[i][0].strip() for i in range(start, end)]
    if sum(1 for label in labels if _is_field(label)) < MIN_FIELD_LABELS:
        return None
    named = next((i for i in range(start, end) if headings.fold(rows[i][0]) in TITLE_LABELS), None)
    if named is not None:
        title_at = named
    elif headings.fold(rows[start][0]) in GENERIC_LABELS:
        title_at = start
    elif start > 0 and not rows[start - 1][0].strip() and any(c.strip() for c in rows[start - 1][1:]):
        title_at = start - 1  # the titles' row leaves its first cell empty
    else:
        return None
    titles = rows[title_at]
    columns = [j for j in range(1, len(titles)) if titles[j].strip() and "\n" not in titles[j].strip()]
    if not columns:
        return None
    fields = [i for i in range(start, end) if i != title_at]
    header = ["Job Title", *(rows[i][0].strip() for i in fields)]
    body = [[titles[j].strip(), *(rows[i][j] if j < len(rows[i]) else "" for i in fields)] for j in columns]
    around = [[c for c in row if c.strip()] for k, row in enumerate(rows)
              if not (min(start, title_at) <= k < end)]
    return [*(row for row in around if row), header, *body]
