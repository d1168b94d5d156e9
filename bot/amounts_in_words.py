"""Amounts of money said in words, written as digits.

Dictated questions, and people writing out a figure to be clear, say pay in
words: "which role starts below one hundred seventy thousand dollars", "a
hundred and sixty-five k". Read as words, "hundred seventy thousand" was
searched for as a term and nothing found; as digits ("170000 dollars") the
pay filter reads them like any typed amount.

Only numbers of a thousand or more are rewritten: small numbers in words are
picks ("the second one", "option two") and years ("five years", read by
`bot.thresholds.spelled_years`), which their own readers take as said.
"""

import re

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
# What a count of thousands is said with: "thousand", and in speech "k" and "grand".
THOUSANDS = ("thousand", "k", "grand")

_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, "hundred", "a"], key=len, reverse=True))
# One to three hundreds and tens ("one hundred and seventy-five"), then the thousands word.
_AMOUNT = re.compile(
    rf"(?<![\w-])((?:{_NUMBER_WORD})(?:(?:\s+|-|\s+and\s+)(?:{_NUMBER_WORD}))*)\s*(?:-\s*)?"
    rf"({'|'.join(THOUSANDS)})\b", re.I)


def _value(words: str) -> int | None:
    """The number said by `words` below a thousand ("a hundred and seventy"),
    or None when they say none ("a", "and", two tens together)."""
    total, current, said = 0, 0, False
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and":
            continue
        if word == "a":
            if said:
                return None
            current, said = 1, True
        elif word == "hundred":
            if current >= 100:
                return None
            current = (current or 1) * 100
            said = True
        elif word in TENS:
            if current % 100:
                return None
            current += TENS[word]
            said = True
        elif word in UNITS:
            rest = current % 100  # only a ten may stand before: "sixty-five", not "ten five"
            if rest and (rest not in TENS.values() or UNITS[word] >= 10):
                return None
            current += UNITS[word]
            said = True
    total += current
    return total if said and 0 < total < 1000 else None


def as_digits(text: str) -> str:
    """`text` with amounts of a thousand or more said in words written as
    digits: "one hundred seventy thousand dollars" -> "170000 dollars"."""
    if "thousand" not in text and "grand" not in text and not re.search(r"\bk\b|[a-z]-?k\b", text, re.I):
        return text

    def digits(match: re.Match) -> str:
        value = _value(match.group(1))
        if value is None or value == 1 and match.group(1).lower() == "a":  # "a k8s role", "a thousand" alone
            return match.group()
        return str(value * 1000)

    return _AMOUNT.sub(digits, text)
