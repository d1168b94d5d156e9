"""Every role's figures in sorted order, so a store-wide ranking or threshold
reads a few entries instead of walking every role.

"Which role needs the least experience", "roles needing at least 10 years",
"who is paid most" ask about every role of the store: each role's figure
(its first stated years; its best pay of each currency and period) is sorted
once per knowledge version (`Knowledge.figures`), and a question finds how
many roles meet it with a bisection and lists the first few in title order.

The meanings are the answers' own (bot/compose.py): a ranking by pay
compares a role's ranges in one currency and period by their top, one by
years compares the low end of its first experience statement; a threshold on
years compares the first statement that gives years, at the end asked for.
"""

import gc
import heapq
from bisect import bisect_left, bisect_right
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice

from knowledge.catalog import ExperienceInfo, RoleEntry, SalaryInfo

TOP, BOTTOM = "top", "bottom"
YEARLY = "per year"
# A threshold met by at least one role in this many walks the roles in title
# order (a few steps per hit); a rarer one picks the first of its hits by title.
DENSE = 4


@contextmanager
def _uncollected():
    """No garbage collection while sorted orders are built: its passes over
    their many small tuples tripled the time (bench/README.md). Nothing built
    here is cyclic."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@dataclass(frozen=True)
class Page:
    """The first `limit` hits of a question, in the answer's order, and how many there are."""

    items: tuple
    count: int


def pay_period(salary: SalaryInfo) -> str:
    """The period a range is paid by; unstated, an amount under 1,000 is an hourly rate."""
    if salary.period:
        return salary.period
    amounts = [a for a in (salary.minimum, salary.maximum) if a is not None]
    return "per hour" if amounts and max(amounts) < 1000 else YEARLY


def _top(low, high):
    return high if high is not None else low


def _bottom(low, high):
    return low if low is not None else high


class _Sorted:
    """Entries (value, title position, item) sorted by value, with the
    values apart for bisecting."""

    def __init__(self, entries: list[tuple[float, int, object]]):
        entries.sort()  # by value, then title position (each position once: items are never compared)
        self.values = [e[0] for e in entries]
        self.entries = entries

    def span(self, above: bool, inclusive: bool, amount: float) -> tuple[int, int]:
        """The entries whose value is above (or below) `amount`."""
        if above:
            return (bisect_left if inclusive else bisect_right)(self.values, amount), len(self.values)
        return 0, (bisect_right if inclusive else bisect_left)(self.values, amount)

    def page(self, above: bool, inclusive: bool, amount: float, limit: int, in_title_order) -> Page:
        """The items whose value is above (or below) `amount`, the first `limit` in title order, and
        how many there are; `in_title_order` gives every (value, item) in title order (`DENSE`)."""
        low, high = self.span(above, inclusive, amount)
        count = high - low
        if count * DENSE >= len(self.values) and count > limit:
            items = islice((item for value, item in in_title_order
                            if value is not None and _meets(value, above, inclusive, amount)), limit)
        else:
            items = (e[2] for e in heapq.nsmallest(limit, self.entries[low:high], key=lambda e: e[1]))
        return Page(tuple(items), count)


class Figures:
    """The sorted figures of `roles` (the role index, in title order)."""

    def __init__(self, roles: tuple[RoleEntry, ...]):
        with _uncollected():
            self._build(roles)

    def _build(self, roles: tuple[RoleEntry, ...]) -> None:
        self.roles = roles
        self._stated_years: list[tuple[int, RoleEntry, ExperienceInfo]] = []  # with its first statement of years
        self._years_unknown: list[int] = []  # positions of roles whose documents give no years
        for position, role in enumerate(roles):
            known = next((e for e in role.experience if e.years_min is not None or e.years_max is not None), None)
            if known is None:
                self._years_unknown.append(position)
            else:
                self._stated_years.append((position, role, known))
        self._years_by = {end: _Sorted([(pick(e.years_min, e.years_max), p, (role, e))
                                        for p, role, e in self._stated_years])
                          for end, pick in ((TOP, _top), (BOTTOM, _bottom))}
        # ranking by years: the low end of a role's first statement, stated or not
        first = [(role.experience[0].years_min, position) for position, role in enumerate(roles)
                 if role.experience and role.experience[0].years_min is not None]
        self._years_rank = {
            False: sorted(first),
            True: [(-v, p) for v, p in sorted((-v, p) for v, p in first)],
        }
        self._years_rank_unknown = [p for p, role in enumerate(roles)
                                    if not role.experience or role.experience[0].years_min is None]
        # "which roles have no salary / experience listed"
        self.pay_unstated = tuple(role for role in roles if not any(s.stated for s in role.salaries))
        self.experience_unstated = tuple(role for role in roles if not role.experience)
        stated = [s.currency for role in roles for s in role.salaries if s.stated and s.currency]
        self.common_currency = Counter(stated).most_common(1)[0][0] if stated else None
        self._pay: dict[tuple[str, str], object] = {}

    # -- years --------------------------------------------------------------
    def years_meeting(self, above: bool, inclusive: bool, end: str, years: float,
                      limit: int) -> Page:
        """The roles whose first statement of years is above (or below)
        `years` at `end`, as (role, that statement), in title order."""
        pick = _top if end == TOP else _bottom
        return self._years_by[end].page(above, inclusive, years, limit, (
            (pick(e.years_min, e.years_max), (role, e)) for _p, role, e in self._stated_years))

    def years_unknown(self, limit: int) -> Page:
        """The roles whose documents state no years, in title order."""
        return Page(tuple(self.roles[p] for p in self._years_unknown[:limit]), len(self._years_unknown))

    def years_ranking(self, highest: bool, limit: int) -> tuple[Page, Page]:
        """(the roles by the low end of their first experience statement,
        most or fewest years first; the roles with none), as roles."""
        ranked = self._years_rank[highest]
        return (Page(tuple(self.roles[p] for _v, p in ranked[:limit]), len(ranked)),
                Page(tuple(self.roles[p] for p in self._years_rank_unknown[:limit]), len(self._years_rank_unknown)))

    # -- pay ----------------------------------------------------------------
    def pay(self, currency: str | None, period: str | None) -> "Pay":
        """The roles' pay compared like with like: ranges in `currency` (else
        the store's most common one) and `period` (else yearly)."""
        key = (currency or self.common_currency or "USD", period or YEARLY)
        cached = self._pay.get(key)
        if cached is None:
            with _uncollected():
                cached = self._pay[key] = Pay(self.roles, *key)
        return cached


NO_CURRENCY = "no currency stated"


class Pay:
    """The roles' ranges in one currency and period, sorted, and the roles
    paid otherwise (counted by currency and period, for "not compared")."""

    def __init__(self, roles: tuple[RoleEntry, ...], currency: str, period: str):
        self.currency, self.period = currency, period
        self.roles = roles
        self.alike: list[tuple[int, RoleEntry, tuple[SalaryInfo, ...]]] = []
        self.unknown: list[int] = []
        self.other_currency: dict[str, list[int]] = {}
        self.other_period: dict[str, list[int]] = {}
        for position, role in enumerate(roles):
            own = [s for s in role.salaries if s.stated]
            if not own:
                self.unknown.append(position)
                continue
            same = tuple(s for s in own if s.currency == currency and pay_period(s) == period)
            if same:
                self.alike.append((position, role, same))
            elif own[0].currency != currency:
                self.other_currency.setdefault(own[0].currency or NO_CURRENCY, []).append(position)
            else:
                self.other_period.setdefault(pay_period(own[0]), []).append(position)
        best = []
        for position, role, same in self.alike:
            s = max(same, key=lambda s: _top(s.minimum, s.maximum) or 0)
            value = _top(s.minimum, s.maximum)
            if value is not None:
                best.append((value, position, (role, s)))
        self._rank = {False: sorted(best),  # positions are unique: items are never compared
                      True: [(-v, p, item) for v, p, item in sorted((-v, p, item) for v, p, item in best)]}
        rows = [(position, n, role, s) for position, role, same in self.alike for n, s in enumerate(same)]
        self._rows = rows
        self._rows_by = {end: _Sorted([(v, (p, n), (role, s)) for p, n, role, s in rows
                                       if (v := pick(s.minimum, s.maximum)) is not None])
                         for end, pick in ((TOP, _top), (BOTTOM, _bottom))}
        # per role, the extreme of each end, for how many roles meet a threshold
        self._roles_by: dict[tuple[str, bool], list[float]] = {}
        for end, pick in ((TOP, _top), (BOTTOM, _bottom)):
            for above in (True, False):
                values = []
                for _p, _role, same in self.alike:
                    found = [v for s in same if (v := pick(s.minimum, s.maximum)) is not None]
                    if found:
                        values.append(max(found) if above else min(found))
                self._roles_by[(end, above)] = sorted(values)

    def ranking(self, highest: bool, limit: int) -> Page:
        """(role, its best range) by the range's top, highest or lowest first."""
        ranked = self._rank[highest]
        return Page(tuple(e[2] for e in ranked[:limit]), len(ranked))

    def between(self, low: float, high: float, limit: int) -> tuple[Page, Page]:
        """(the ranges lying within `low`-`high`, both ends inside; those
        overlapping it otherwise), as (role, range) in title order. One walk of
        the rows: a band asked for is rare, and both ends must be read."""
        inside, overlapping, counts = [], [], [0, 0]
        for _p, _n, role, s in self._rows:
            bottom, top = _bottom(s.minimum, s.maximum), _top(s.minimum, s.maximum)
            if bottom is None or top is None:
                continue
            if low <= bottom and top <= high:
                counts[0] += 1
                if len(inside) < limit:
                    inside.append((role, s))
            elif bottom <= high and top >= low:
                counts[1] += 1
                if len(overlapping) < limit:
                    overlapping.append((role, s))
        return Page(tuple(inside), counts[0]), Page(tuple(overlapping), counts[1])

    def unknown_roles(self, limit: int) -> Page:
        return Page(tuple(self.roles[p] for p in self.unknown[:limit]), len(self.unknown))

    def meeting(self, above: bool, inclusive: bool, end: str, amount: float, limit: int) -> tuple[Page, int]:
        """(the ranges above or below `amount` at `end`, as (role, range) in
        title order, counted as ranges; how many roles have one)."""
        pick = _top if end == TOP else _bottom
        page = self._rows_by[end].page(above, inclusive, amount, limit, (
            (pick(s.minimum, s.maximum), (role, s)) for _p, _n, role, s in self._rows))
        per_role = self._roles_by[(end, above)]
        if above:
            roles = len(per_role) - (bisect_left if inclusive else bisect_right)(per_role, amount)
        else:
            roles = (bisect_right if inclusive else bisect_left)(per_role, amount)
        return page, roles

    def left_out(self) -> tuple[dict[str, int], dict[str, int]]:
        """How many roles are paid in each other currency, and by each other period."""
        return ({c: len(p) for c, p in self.other_currency.items()},
                {p: len(ps) for p, ps in self.other_period.items()})


def _meets(value: float, above: bool, inclusive: bool, amount: float) -> bool:
    if above:
        return value >= amount if inclusive else value > amount
    return value <= amount if inclusive else value < amount
