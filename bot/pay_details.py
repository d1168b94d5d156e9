"""What a pay answer's range is: "is that per year?", "is that base or
total?", "before tax?" after a salary was shown.

The answer is the stored range again, led by what its documents say about
the thing asked: the period the range is stated in (or that none is), and
the words of the salary as written that speak of base, total, bonus, equity
or tax (or that they say none of it). Nothing is inferred beyond them.
"""

from bot.text import Token
from knowledge.catalog import SalaryInfo

# Words asking for the period a range is paid by, and the period each means.
PERIOD_ASKED = {"year": "per year", "yearly": "per year", "annual": "per year", "annually": "per year",
                "annum": "per year", "yr": "per year", "hour": "per hour", "hourly": "per hour",
                "month": "per month", "monthly": "per month", "week": "per week", "weekly": "per week"}
# Words asking what the range is made of or counts ("base or total", "before
# tax"), and what the answer says the documents are silent on.
KIND_TOPICS = {"base": "base or total pay", "total": "base or total pay", "package": "base or total pay",
               "cash": "base or total pay", "ote": "OTE", "bonus": "a bonus", "bonuses": "a bonus",
               "commission": "commission", "equity": "equity", "stock": "equity", "tax": "tax", "taxes": "tax",
               "pretax": "tax", "gross": "tax", "net": "tax"}
KIND_ASKED = set(KIND_TOPICS)
# Words that may stand beside those in such a question and ask nothing else
# ("is that per year or per month?", "does it include the bonus?").
FILLER = {"per", "or", "and", "before", "after", "pre", "post", "including", "include", "includes", "included",
          "salary", "pay", "comp", "figure", "number", "range", "amount", "only", "just", "plus", "with",
          "without", "a", "an", "the", "is", "that", "it", "this", "those", "these", "they", "are", "was",
          "does", "do", "what", "about", "so", "ok", "okay", "and", "also", "in", "of", "s", "or", "pay"}
# The words of a salary as written that answer a question of KIND_ASKED.
KIND_SAID = KIND_ASKED | {"benefits", "rsu", "rsus"}


def asked(tokens: list[Token]) -> tuple[set[str], set[str]] | None:
    """The periods and kinds a question asks of a range shown ("per year",
    {"base", "total"}), when it asks nothing else; else None."""
    words = [t.text for t in tokens if not t.brk]
    periods = {PERIOD_ASKED[w] for w in words if w in PERIOD_ASKED}
    kinds = {w for w in words if w in KIND_ASKED}
    if not (periods or kinds) or any(w not in PERIOD_ASKED and w not in KIND_ASKED and w not in FILLER
                                     for w in words):
        return None
    return periods, kinds


def said(title: str, salaries: tuple[SalaryInfo, ...], periods: set[str], kinds: set[str]) -> str:
    """What `title`'s documents say of what was asked, in a sentence or two."""
    stated = [s for s in salaries if s.stated]
    if not stated:
        return f"The documents for {title} state no salary."
    parts = []
    if periods:
        given = sorted({s.period for s in stated if s.period})
        if not given:
            parts.append(f"The documents for {title} don't say what period the range is for.")
        else:
            yes = set(given) & periods
            parts.append(("Yes: " if yes else "No: ") + f"the documents state it {' and '.join(given)}.")
    if kinds:
        words = [" ".join(f"{s.text} {s.note or ''}".split()) for s in stated]
        quoted = [w for w in dict.fromkeys(words) if {t.strip("()+,.;:").lower() for t in w.split()} & KIND_SAID]
        if quoted:
            parts.append("The documents say: " + "; ".join(f"“{w}”" for w in quoted) + ".")
        else:
            topics = " or ".join(dict.fromkeys(KIND_TOPICS[k] for k in sorted(kinds)))
            parts.append(f"The documents for {title} say nothing about {topics}; only the range.")
    return " ".join(parts)

