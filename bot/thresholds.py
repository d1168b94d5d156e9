"""Thresholds in questions about the whole store: "at least 10 years",
"under 5 years", "10+ years", "a salary ceiling above 240k", "ranges that fit
entirely under 230k".

A threshold says which way it goes, whether the amount itself counts ("at
least", "or less" do; "above", "under" don't) and which end of each role's
range is compared: the one the question names ("a salary floor below 170k",
"a minimum under 10 years"), else the end that can reach it, the top for
"above" and the bottom for "below". Answers say which end they compared.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.vocabulary import NUMBER_WORDS

TOP, BOTTOM = "top", "bottom"

# (words, above, inclusive) written before the amount: "at least 10 years".
BEFORE = (
    ("at least", True, True), ("no less than", True, True), ("not less than", True, True),
    ("minimum of", True, True), ("min of", True, True), ("as high as", True, True), ("reach", True, True),
    ("reaches", True, True), ("reaching", True, True), ("hit", True, True), ("hits", True, True),
    # a range that "goes up to 18 years" reaches it at its top
    ("goes up to", True, True), ("go up to", True, True), ("going up to", True, True), ("runs up to", True, True),
    ("run up to", True, True), ("extends to", True, True), ("extend to", True, True), ("stretches to", True, True),
    # a range that "starts at 180k" has its floor there or higher (the floor: END_WORDS)
    ("start at", True, True), ("starts at", True, True), ("starting at", True, True), ("starting from", True, True),
    ("more than", True, False), ("greater than", True, False), ("higher than", True, False),
    ("above", True, False), ("over", True, False), ("exceeding", True, False), ("upwards of", True, False),
    ("at most", False, True), ("no more than", False, True), ("not more than", False, True),
    ("caps at", False, True), ("capped at", False, True), ("cap of", False, True), ("max of", False, True),
    ("maximum of", False, True), ("max", False, True), ("maximum", False, True), ("less than", False, False), ("fewer than", False, False),
    ("lower than", False, False), ("below", False, False), ("under", False, False), ("cheaper than", False, False),
    # typed as signs: "roles paying < 200k", "> 250k", ">= 10 yrs"
    (">=", True, True), ("<=", False, True), (">", True, False), ("<", False, False),
)
# (words, above, inclusive) written after it: "10 years or less", "250k or higher", "10+ years".
AFTER = (
    ("or more", True, True), ("or higher", True, True), ("or above", True, True), ("or over", True, True),
    ("and up", True, True), ("and above", True, True), ("plus", True, True), ("+", True, True),
    ("or less", False, True), ("or fewer", False, True), ("or lower", False, True), ("or below", False, True),
    ("or under", False, True), ("and under", False, True), ("and below", False, True),
    # a cap said after it: "budget is 240k max", "10 years maximum"
    ("max", False, True), ("maximum", False, True), ("tops", False, True), ("at most", False, True),
    # a floor said after it: "roles that require 8 years minimum", "10 yrs at least"
    ("minimum", True, True), ("min", True, True), ("at least", True, True), ("at a minimum", True, True),
)
# Words naming the end of a range compared.
END_WORDS = {
    TOP: ("ceiling", "top", "tops", "upper", "high end", "higher end", "entirely", "fully", "whole range",
          "whole band", "maximum", "max"),
    BOTTOM: ("floor", "minimum", "min", "bottom", "low end", "lower end", "starting", "starts", "start",
             "base of the range", "entry"),
}
# How many words before an amount a negation still turns its comparison round:
# "which roles don't need 10+ years" (2), "roles that do not pay over 230k" (3).
NEGATION_REACH = 4
_NEGATION = re.compile(r"(?<![a-z0-9])(?:not|never|without|dont|doesnt|isnt|arent|wont|cannot)(?![a-z0-9])|n't(?![a-z0-9])")
# A number of years: "10 years", "10+ yrs", "10 plus years", "5 yoe".
# The comparing words may stand between them: "10 or fewer yrs" (read by `_after`).
_YEARS = re.compile(r"(\d+(?:\.\d+)?)\s*(\+|plus\b)?(?=\s*(?:(?:or|and)\s+[a-z]+\s+)?(?:years?|yrs?|yoe)\b)")
# Years named before their number: "min YOE is 10 or more", "years of experience >= 10",
# within this many words ("of experience >=" is three).
UNIT_REACH = 3
_UNIT = re.compile(r"(?<![a-z])(?:years?|yrs?|yoe)(?![a-z])")
_UNIT_NUMBER = re.compile(r"(\d{1,2}(?:\.\d+)?)\s*(\+|plus\b)?(?![\d,.]|\s*(?:k\b|thousand\b))")
# Words that make "more than N years" a ceiling reached, not a minimum asked:
# "roles that can require more than 15 years", "could go up to 12 years".
# ("extends to 18 years", "stretches to": how far the range goes, so its top.)
# ("reaching 18 years", "hits 15 years": how far the range reaches, so its top too.)
_POSSIBLY = re.compile(r"(?<![a-z])(?:can|could|may|might|up to|extends? to|stretch(?:es)? to|reach(?:es|ing)?|hits?)"
                       r"(?![a-z])")
# An amount of money: "250k", "$230,000", "€60k", "200 thousand".
_AMOUNT = re.compile(r"[$€£]?\s*\d[\d,]*(?:\.\d+)?\s*(?:k\b|thousand\b)?")


# Words after which a number counts roles, not money or years: "top 2 roles by
# max salary", "the first 3", "best 5 paying" (`counted`).
COUNT_WORDS = ("top", "first", "best", "bottom", "last", "worst", "highest", "lowest")
_COUNTED = re.compile(r"(?<![a-z])(?:" + "|".join(COUNT_WORDS) + r")\s*$")


def counted(text: str, start: int) -> bool:
    """Whether the number at `start` of `text` comes right after a word of
    COUNT_WORDS ("top 2 roles"), with no sign of money or years after it."""
    after = text[start:]
    return bool(_COUNTED.search(text[:start])) and not re.match(r"[$€£]|\d[\d,.]*\s*(?:k\b|thousand\b|%|years?\b|yrs?\b)", after)


# Years said in words: "five years", "a decade", "two decades" are read as their number.
_SPELLED_YEARS = re.compile(r"(?<![a-z])(" + "|".join(NUMBER_WORDS) + r")(?=(?:\s+plus\s+|\s*\+\s*|\s+)(?:years?|yrs?)\b)")
_DECADES = re.compile(r"(?<![a-z])(?:(a|one|two|three)\s+)?decades?\b")


def spelled_years(text: str) -> str:
    """`text` with years said in words written as digits ("a decade" -> "10 years")."""
    text = _SPELLED_YEARS.sub(lambda m: str(NUMBER_WORDS[m.group(1)]), text)
    return _DECADES.sub(lambda m: f"{10 * NUMBER_WORDS.get(m.group(1) or 'one', 1)} years", text)


@dataclass(frozen=True)
class Threshold:
    above: bool
    inclusive: bool
    end: str  # TOP or BOTTOM: the end of each range compared
    named_end: bool  # whether the question named that end
    years: float | None = None  # for a threshold on experience, the number of years

    def word(self) -> str:
        if self.above:
            return "at least" if self.inclusive else "above"
        return "at most" if self.inclusive else "below"


def meets(threshold: Threshold, amount: float, low: float | None, high: float | None) -> bool:
    """Whether a range low..high meets `threshold` at `amount`, on the end it compares."""
    top = high if high is not None else low
    bottom = low if low is not None else high
    value = top if threshold.end == TOP else bottom
    if value is None:
        return False
    if threshold.above:
        return value >= amount if threshold.inclusive else value > amount
    return value <= amount if threshold.inclusive else value < amount


def read(text: str) -> tuple[Threshold, float | None] | None:
    """The threshold of a (folded) question and, for years, the number; None
    when it names no way to compare. For pay the amount is read by the caller."""
    text = spelled_years(text)
    years = _YEARS.search(text) or _years_after_unit(text)
    number = years or next((m for m in _AMOUNT.finditer(text)
                            if re.search(r"\d", m.group()) and not counted(text, m.start())), None)
    if number is None:
        return None
    way = _before(text[:number.start()]) or _after(text[number.end():], years is not None and years.group(2))
    way = way or _anywhere(text)
    if way is None:
        return None
    above, inclusive = way
    if _negated(text[:number.start()]):  # "don't need 10+ years": fewer than 10; "not paying over 230k": 230k at most
        above, inclusive = not above, not inclusive
    named = _end_named(text)
    if named is None and years and above and not _POSSIBLY.search(text[:number.start()]):
        end = BOTTOM  # "needs 10+ years" asks for a minimum of ten: 8-12 years needs only eight
    else:
        end = named or (TOP if above else BOTTOM)
    threshold = Threshold(above, inclusive, end, named is not None, float(years.group(1)) if years else None)
    return threshold, threshold.years


def _years_after_unit(text: str) -> re.Match | None:
    """The number of years in "min YOE is 10 or more", "years of experience >= 10":
    the unit named first, its number within UNIT_REACH words after it and
    not an amount of money ("yoe and 200k": no digits, "k" or "$" between)."""
    for unit in _UNIT.finditer(text):
        number = _UNIT_NUMBER.search(text, unit.end())
        if number is not None and len(text[unit.end():number.start()].split()) <= UNIT_REACH \
                and not re.search(r"[\d$€£]", text[unit.end():number.start()]):
            return number
    return None


def _negated(before: str) -> bool:
    """Whether the few words before the amount negate its comparison ("don't
    need 10+ years", "not paying over 230k"), the negation not being the
    comparing words' own ("no more than", "not less than" are thresholds themselves)."""
    tail = " ".join(before.split()[-NEGATION_REACH:])
    for words, _above, _inclusive in BEFORE:
        if words.startswith(("no ", "not ")):
            tail = _phrase(words).sub(" ", tail)
    return bool(_NEGATION.search(tail))


@lru_cache(maxsize=None)  # the vocabulary's comparing and end words: a few hundred patterns
def _phrase(words: str) -> re.Pattern:
    """`words` as a pattern of whole words, made once: every pay or years
    question tries each of the tables' phrases."""
    return re.compile(r"(?<![a-z0-9])" + re.escape(words) + (r"(?![a-z0-9])" if words[-1].isalnum() else ""))


def _before(text: str) -> tuple[bool, bool] | None:
    """The comparing words closest before the amount, within a few words."""
    tail = " ".join(text.split()[-4:])
    best = None
    for words, above, inclusive in BEFORE:
        for match in _phrase(words).finditer(tail):
            # the closest; of two ending there the longer: "no more than", not its "more than"
            if best is None or (match.end(), -match.start()) > best[0]:
                best = ((match.end(), -match.start()), above, inclusive)
    return best[1:] if best else None


def _after(text: str, plus: str | None) -> tuple[bool, bool] | None:
    if plus or text.startswith("+"):  # "10+ years", "250k+ at the top": glued to the number, "or more"
        return True, True
    head = " ".join(re.sub(r"^\s*(?:k\b|thousand\b|years?\b|yrs?\b)?", "", text).split()[:3])
    for words, above, inclusive in AFTER:
        # "10 yrs+" is ten or more; "9 yrs + team lead exp" adds another thing
        if words != "+" and _phrase(words).match(head) or words == "+" and head.startswith("+") \
                and not re.match(r"\+\s+[a-z]", head):
            return above, inclusive
    return None


def _anywhere(text: str) -> tuple[bool, bool] | None:
    """Comparing words elsewhere ("which ranges fit entirely under that?")."""
    for words, above, inclusive in BEFORE:
        if _phrase(words).search(text):
            return above, inclusive
    return None


def end_named(text: str) -> str | None:
    """The end of a range a (folded) question names ("the floor", "starting", "top"), or None."""
    return _end_named(text)


def _end_named(text: str) -> str | None:
    for end, words in END_WORDS.items():
        if any(_phrase(w).search(text) for w in words):
            return end
    return None
