"""Small counts written as words: "thirteen yrs", "five YOE", "under ten years".

Recruiters write a candidate's years as they would say them; every reading of a
count (a candidate's years, a threshold) reads digits, so "thirteen"
was searched for as a word. `as_digits` writes such a word as its digits, only
where it counts something: before a unit of experience or people ("eleven yrs",
"two direct reports") or after a word that compares ("under ten", "<ten").
"which one pays more" and "someone" keep their words.
"""

import re

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
# What a count counts, after it: years of experience, months, people.
# Not roles: "top two roles by max salary" ranks, where "2 ... max" would read as a
# ceiling of $2,000.
COUNTED = ("years", "year", "yrs", "yr", "yoe", "months", "month", "direct reports", "reports", "people",
           "engineers", "devs", "developers", "plus years", "or more years", "+ years", "+ yrs", "+ yoe")
# Words that compare, before a count: "under ten", "<ten"; not "top", which ranks.
COMPARING = ("under", "over", "below", "above", "at least", "at most", "more than", "less than",
             "fewer than", "<", ">", "<=", ">=", "~")

_NUMBER = (r"(?:(?P<tens>" + "|".join(TENS) + r")(?:[\s-]+(?P<unit_after_tens>" + "|".join(UNITS[1:10]) + r"))?"
           r"|(?P<unit>" + "|".join(UNITS) + r"))")


def _phrases(phrases) -> str:
    return "|".join(r"\s*".join(re.escape(w) for w in p.split()) if not p[0].isalpha()
                    else r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True))


# Words that point at things already named, before a number: "the two engineers",
# "those three roles", "both" are the ones on screen, not a count to compare.
_POINTING = "".join(rf"(?<!\b{w} )" for w in ("the", "those", "these", "both", "all", "my", "our"))

_COUNT = re.compile(
    r"(?<![\w-])" + _POINTING + _NUMBER + r"(?=\s*(?:" + _phrases(COUNTED) + r")(?![\w]))"
    r"|(?:(?<=\W)|^)(?P<before>(?:" + _phrases(COMPARING) + r"))(?P<space>\s*)" + _NUMBER.replace("?P<", "?P<b_")
    + r"(?![\w-])",
    re.I)


def _value(match, prefix="") -> int:
    tens = match.group(prefix + "tens")
    if tens:
        after = match.group(prefix + "unit_after_tens")
        return TENS[tens.lower()] + (UNITS.index(after.lower()) if after else 0)
    return UNITS.index(match.group(prefix + "unit").lower())


def as_digits(text: str) -> str:
    """`text` with each small count written as a word written in digits instead."""
    if not re.search(r"[a-z]", text, re.I):
        return text

    def digits(match) -> str:
        if match.group("before") is not None:
            return match.group("before") + match.group("space") + str(_value(match, "b_"))
        return str(_value(match))
    return _COUNT.sub(digits, text)
