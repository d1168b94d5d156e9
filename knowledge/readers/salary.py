"""Salary lines as the Salary table holds them: minimum, maximum, open end,
currency, period, and the words as written.

Currencies by symbol or ISO code, "k", thousands separators either way
("€65.000", "$120,000"), "up to", "from", "+", and the period ("per hour",
"/hr", "per annum"). Per-location or per-level ranges, OTE and equity are a
later step (issue 18, item 4): the first range is read and the whole line is
kept as text.
"""

import re

from knowledge.parse import ParsedSalary

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
CODES = ("USD", "EUR", "GBP", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK", "PLN", "JPY", "INR", "NZD", "SGD")
# Currencies written as a prefix to "$".
DOLLARS = {"C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "US$": "USD", "NZ$": "NZD"}

_AMOUNT = (
    r"(?P<{n}cur>C\$|CA\$|A\$|AU\$|US\$|NZ\$|[$€£¥₹])?\s*(?P<{n}num>\d{{1,3}}(?:[.,\u202f ]\d{{3}})+|\d+(?:\.\d+)?)"
    r"\s*(?P<{n}k>[kK]\b|K\b)?"
)
_RANGE = re.compile(
    _AMOUNT.format(n="a") + r"\s*(?:[-–—]|to)\s*" + _AMOUNT.format(n="b") + r"\s*(?P<plus>\+)?"
)
_SINGLE = re.compile(_AMOUNT.format(n="a") + r"\s*(?P<plus>\+)?")
_CODE = re.compile(r"\b(" + "|".join(CODES) + r")\b")
_PERIODS = (
    (re.compile(r"(?:per|an|a|/)\s*(?:hour|hr)\b|\bhourly\b", re.I), "per hour"),
    (re.compile(r"(?:per|a|/)\s*(?:month|mo)\b|\bmonthly\b", re.I), "per month"),
    (re.compile(r"(?:per|a|/)\s*(?:year|yr|annum)\b|\bannual|\byearly\b|\bp\.?a\.?\b", re.I), "per year"),
)


def parse(text: str, period: str | None = None) -> ParsedSalary | None:
    """The first amount or range of money in `text`, or None when it has none."""
    text = " ".join(text.split())
    for match in _RANGE.finditer(text):
        if match.group("acur") or match.group("bcur") or _CODE.search(text) or match.group("ak") or match.group("bk"):
            return _salary(text, match, both=True, period=period)
    for match in _SINGLE.finditer(text):
        if match.group("acur") or (_CODE.search(text) and _number(match, "a") >= 10) or match.group("ak"):
            return _salary(text, match, both=False, period=period)
    return None


def _salary(text: str, match: re.Match, *, both: bool, period: str | None) -> ParsedSalary:
    low = _number(match, "a")
    high = _number(match, "b") if both else None
    if both and match.group("bk") and not match.group("ak") and low < 1000:
        low *= 1000  # "$120-150k"
    before = text[: match.start()].lower()
    open_ended = bool(match.group("plus"))
    if not both:
        if re.search(r"\bup to\s*$|\bmax(?:imum)?\s*$", before):
            low, high = None, low
        elif re.search(r"\b(?:from|starting at|min(?:imum)?)\s*$", before):
            open_ended = True
        elif not open_ended:
            high = low
    symbol = match.group("acur") or (match.group("bcur") if both else None)
    code = _CODE.search(text)
    currency = DOLLARS.get(symbol or "") or (code.group(1) if code else SYMBOLS.get(symbol or ""))
    if period is None:
        period = next((name for pattern, name in _PERIODS if pattern.search(text)), None)
    return ParsedSalary(stated=True, text=text, line=0, minimum=low, maximum=high, open_ended=open_ended,
                        currency=currency, period=period)


def _number(match: re.Match, n: str) -> int:
    raw = match.group(f"{n}num")
    digits = re.sub(r"[.,\u202f ](?=\d{3}\b)", "", raw)
    try:
        value = float(digits.replace(",", "."))
    except ValueError:
        value = 0.0
    if match.group(f"{n}k"):
        value *= 1000
    return int(round(value))


def from_numbers(low, high, currency: str | None, period: str | None, text: str) -> ParsedSalary | None:
    """A salary given as numbers (structured data, ATS exports)."""
    try:
        low = int(round(float(low))) if low not in (None, "") else None
        high = int(round(float(high))) if high not in (None, "") else None
    except (TypeError, ValueError):
        return None
    if low is None and high is None:
        return None
    return ParsedSalary(stated=True, text=text, line=0, minimum=low, maximum=high,
                        currency=(currency or None) and str(currency).upper(), period=period)


PERIOD_WORDS = {
    "hour": "per hour", "hourly": "per hour", "per-hour-wage": "per hour",
    "day": "per day", "daily": "per day", "per-day-wage": "per day",
    "week": "per week", "weekly": "per week", "per-week-salary": "per week",
    "month": "per month", "monthly": "per month", "per-month-salary": "per month",
    "year": "per year", "yearly": "per year", "annual": "per year", "per-year-salary": "per year",
}


def period_word(word) -> str | None:
    """schema.org unitText ("YEAR", "HOUR") or Lever's interval ("per-hour-wage")."""
    return PERIOD_WORDS.get(str(word or "").strip().lower())
