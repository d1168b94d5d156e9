"""Pay stated as a grade of a pay table on the same page ("DCEA Grade 14 (see the pay table below)",
"Band 5, see the scale"): the grade's row of the table, its first step to its last, is the pay.
Public employers and unions publish a grade × step table beside the posting; the grade alone says
nothing a candidate can read."""

import re
from dataclasses import replace

from knowledge.parse import ParsedSalary
from knowledge.readers import salary as money

# "Grade 14", "Band 5", "Scale 10", "Range 22", "Pay grade SW2"
_GRADE = re.compile(r"\b(?P<kind>grade|band|scale|range|level|class)\s*(?P<grade>[A-Z]{0,3}\d{1,3}[A-Z]?)\b", re.I)
_GRADE_COLUMN = re.compile(r"^\s*(?:pay\s+|salary\s+|job\s+)?(?:grade|band|scale|range|level|class)s?\s*$", re.I)


def grade_of(text: str) -> str | None:
    """The grade a pay line names, when it states no amount of its own."""
    if money.parse_all(text):
        return None
    match = _GRADE.search(text)
    return match.group("grade") if match else None


# A pay table's heading says what its amounts are per ("HOURLY RATES EFFECTIVE JULY 1").
PERIOD_WORDS = {word: period for word, period in money.PERIOD_WORDS.items() if word.endswith(("ly", "annual"))}


def resolve(text: str, items: list[str], currency: str | None = None, heading: str = "") -> list[ParsedSalary]:
    """The pay a grade names in a table among `items` (rows as "cell | cell | …", a header first
    whose first column is the grade), as one range from its first to its last step; `heading` is
    the table's section heading, which may say the period."""
    grade = grade_of(text)
    if grade is None:
        return []
    rows = [[cell.strip() for cell in item.split(" | ")] for item in items if " | " in item]
    header = None
    for row in rows:
        if _GRADE_COLUMN.match(row[0]) and len(row) > 2:
            header = row
            continue
        if header is None or len(row) != len(header) or _bare(row[0]) != grade.casefold():
            continue
        amounts = [(column, cell, pay) for column, cell in zip(header[1:], row[1:])
                   for pay in money.parse_all(cell, currency=currency)[:1]]
        if not amounts:
            continue
        (first_column, first, low), (last_column, last, high) = amounts[0], amounts[-1]
        said = next((p for w, p in PERIOD_WORDS.items() if re.search(rf"\b{w}\b", heading, re.I)), None)
        low = replace(low, period=said or low.period)
        period = f" {low.period}" if low.period else ""
        steps = f" ({first_column} to {last_column})" if len(amounts) > 1 else f" ({first_column})"
        words = f"{' '.join(text.split())}: {first} – {last}{period}{steps}" if len(amounts) > 1 else \
            f"{' '.join(text.split())}: {first}{period}{steps}"
        found = money.from_numbers(low.minimum, high.maximum if high.maximum is not None else high.minimum,
                                   low.currency, low.period, words)
        return [replace(found, label=None)] if found is not None else []
    return []


def _bare(cell: str) -> str:
    """A grade cell's grade: "14", "Grade 14" -> "14"."""
    match = _GRADE.search(cell)
    return (match.group("grade") if match else cell).strip().casefold()
