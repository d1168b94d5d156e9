"""What a conversation was told, not shown: the thresholds a list was
filtered by (the candidate a recruiter described is `bot.candidate_fit`'s).

"Which roles pay over 200k?" then "and under 230k?" narrows that list: the
new threshold is applied to the roles it showed, on the end of each range
the list compared unless the question names its own ("at the top"), and
the answer says both bounds. The conversation keeps them (`knowledge.Context.bounds`).
"""

import math
from dataclasses import dataclass

from bot import compose, thresholds

SALARY, YEARS = "salary", "years"


@dataclass(frozen=True)
class Bound:
    """One threshold a list was filtered by: pay or years, which way, whether
    the amount counts, the amount, and the end of each range compared."""

    facet: str  # SALARY or YEARS
    above: bool
    inclusive: bool
    amount: float
    end: str  # thresholds.TOP or thresholds.BOTTOM

    def said(self) -> str:
        """"above $200,000", "at most 12 years"."""
        word = ("at least" if self.inclusive else "above") if self.above else ("at most" if self.inclusive else "below")
        if self.facet == SALARY:
            return f"{word} {compose.money(self.amount)}"
        return f"{word} {self.amount:g} year{'s' if self.amount != 1 else ''}"

    def stored(self) -> tuple:
        """As the conversation keeps it (JSON's values)."""
        return (self.facet, self.above, self.inclusive, self.amount, self.end)


def bounds_of(stored: tuple) -> tuple[Bound, ...]:
    """The bounds a conversation kept (`Bound.stored`); any it cannot read
    (a row edited by hand, a newer RoleCall's) are left out, as a state it
    cannot read is (`knowledge.conversations`)."""
    return tuple(Bound(*b) for b in stored if _readable(b))


def _readable(b) -> bool:
    """Whether `b` is a bound as `Bound.stored` writes it: the amount a finite number."""
    return (isinstance(b, tuple) and len(b) == 5 and b[0] in (SALARY, YEARS) and type(b[1]) is type(b[2]) is bool
            and type(b[3]) in (int, float) and math.isfinite(b[3]) and b[4] in (thresholds.TOP, thresholds.BOTTOM))


def new_bound(facet: str, threshold: thresholds.Threshold, amount: float, before: tuple[Bound, ...]) -> Bound:
    """The threshold a question asks, on the end it names, else on the end
    the list it narrows compared for the same facet ("over 200k" compared
    each range's top; "and under 230k?" then keeps to the top), else the
    end it would compare alone (`bot.thresholds`)."""
    end = threshold.end
    if not threshold.named_end:
        end = next((b.end for b in reversed(before) if b.facet == facet), end)
    return Bound(facet, threshold.above, threshold.inclusive, amount, end)


def kept(bound: Bound, before: tuple[Bound, ...]) -> tuple[Bound, ...]:
    """The bounds of `before` that still hold beside `bound`: those of its
    facet, but not one it replaces ("above 150k" then "and above 250k?",
    which the caller asks of every role again)."""
    return tuple(b for b in before if b.facet == bound.facet and (b.above, b.end) != (bound.above, bound.end))


def tightens(bound: Bound, before: tuple[Bound, ...]) -> bool:
    """Whether `bound` is stricter than the bound of `before` it replaces ("over
    200k" then "only the ones over 230k"): the roles it keeps are all among those shown."""
    return any(b.facet == bound.facet and (b.above, b.end) == (bound.above, bound.end)
               and (bound.amount >= b.amount if bound.above else bound.amount <= b.amount) for b in before)


def narrowed(roles: tuple, bound: Bound, before: tuple[Bound, ...], confidence: float):
    """`roles` (the list the conversation showed) that meet `bound` too, the
    bounds they met already (`kept`) said beside it."""
    within = tuple((b.said(), b.end) for b in kept(bound, before))
    if bound.facet == SALARY:
        return compose.salary_filter(roles, int(bound.amount), bound.above, confidence, end=bound.end,
                                     inclusive=bound.inclusive, within=within)
    threshold = thresholds.Threshold(bound.above, bound.inclusive, bound.end, True, bound.amount)
    return compose.experience_filter(roles, bound.amount, threshold, confidence, within=within)
