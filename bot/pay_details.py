"""What a pay answer's range is: "is that per year?", "is that base or
total?", "before tax?", "top of the range?" after a salary was shown.

The answer is the stored range again, led by what its documents say about
the thing asked: the period and currency the range is stated in (or that
none is), its ends, and the words of the salary as written that speak of
base or total pay, a bonus, equity, tax or negotiation (or that they say
none of it). Nothing is inferred beyond them.
"""

from bot import compose
from bot import vocabulary as V
from bot.text import Token
from knowledge.catalog import SalaryInfo

# Words asking for the period a range is paid by, and the period each means.
PERIOD_ASKED = {"year": "per year", "yearly": "per year", "annual": "per year", "annually": "per year",
                "annum": "per year", "yr": "per year", "hour": "per hour", "hourly": "per hour",
                "month": "per month", "monthly": "per month", "week": "per week", "weekly": "per week"}
# Words asking for the currency a range is paid in.
CURRENCY_ASKED = {"usd", "dollars", "dollar", "currency", "eur", "euro", "euros", "gbp", "pounds", "sterling"}
# Words asking for an end of the range ("top of the range?", "starting salary?"),
# and those that make "top" or "highest" about the range, not a ranking ("the top one").
ENDS_ASKED = {"top": "top", "max": "top", "maximum": "top", "ceiling": "top", "highest": "top", "upper": "top",
              "bottom": "bottom", "min": "bottom", "minimum": "bottom", "floor": "bottom", "lowest": "bottom",
              "lower": "bottom", "starting": "bottom"}
RANGE_WORDS = {"range", "band", "end", "max", "maximum", "min", "minimum", "ceiling", "floor", "starting"}
# An end of the range asked with a verb ("what does it start at?", "where does it top out?").
END_VERBS = {("start", "at"): "bottom", ("starts", "at"): "bottom", ("top", "out"): "top", ("tops", "out"): "top"}
# Words asking what the range is made of or counts ("base or total", "before
# tax", "negotiable?"), and the topic the answer names for each.
KIND_TOPICS = {"base": "base or total pay", "total": "base or total pay", "package": "base or total pay",
               "cash": "base or total pay", "ote": "a bonus or commission", "bonus": "a bonus or commission",
               "bonuses": "a bonus or commission", "commission": "a bonus or commission", "equity": "equity",
               "stock": "equity", "tax": "tax", "taxes": "tax", "pretax": "tax", "gross": "tax", "net": "tax",
               "negotiable": "negotiation", "negotiate": "negotiation", "flexible": "negotiation",
               # whether the range can move, asked the other way round ("is that fixed?", "any wiggle room?",
               # "set in stone?")
               "fixed": "negotiation", "firm": "negotiation", "negotiation": "negotiation",
               "negotiating": "negotiation", "negotiated": "negotiation", "haggle": "negotiation",
               "wiggle": "negotiation", "budge": "negotiation", "flex": "negotiation", "movable": "negotiation",
               "moveable": "negotiation", "locked": "negotiation", "stone": "negotiation"}
# The topics that are parts of the pay, which a role's documents may name
# anywhere, not only in its salary line (`bot.pay_parts` finds them there).
PAY_PART_TOPICS = {"equity", "a bonus or commission"}
# The words of a salary as written that speak to each topic.
TOPIC_SAID = {"base or total pay": {"base", "total", "ote", "package"},
              "a bonus or commission": {"bonus", "bonuses", "ote", "commission"},
              "equity": {"equity", "stock", "rsu", "rsus", "options"},
              "tax": {"tax", "taxes", "pretax", "pre-tax", "gross", "net"},
              "negotiation": {"negotiable", "commensurate", "doe", "depending", "dependent"}}
# Words that may stand beside those in such a question and ask nothing else
# ("is that per year or per month?", "does it include the bonus?").
FILLER = V.FUNCTION_WORDS | {"per", "or", "and", "before", "after", "pre", "post", "including", "include", "includes",
                             "included", "salary", "pay", "comp", "figure", "number", "range", "amount", "only",
                             "plus", "with", "without", "s", "ok", "okay", "in", "paid", "room", "set"}


# Words that make a question about the pay one of the whole store ("which
# roles", "who pays a bonus?"); "any bonus?" still asks of the range shown.
ASKS_THE_STORE = V.STORE_WIDE_WORDS - {"any", "anything"}


def asked(tokens: list[Token]) -> tuple[set[str], set[str]] | None:
    """The periods and the topics a question asks of a range shown ({"per
    year"}, {"tax"}; the currency and the ends as the topics "currency",
    "top" and "bottom"), when it asks nothing else; else None."""
    words = [t.text for t in tokens if not t.brk]
    if set(words) & ASKS_THE_STORE:  # "which roles include equity?" asks every role, not the one shown
        return None
    periods = {PERIOD_ASKED[w] for w in words if w in PERIOD_ASKED}
    topics = {KIND_TOPICS[w] for w in words if w in KIND_TOPICS}
    if set(words) & CURRENCY_ASKED:
        topics.add("currency")
    if set(words) & RANGE_WORDS:
        topics |= {ENDS_ASKED[w] for w in words if w in ENDS_ASKED}
    verbs = [pair for pair in zip(words, words[1:]) if pair in END_VERBS]
    topics |= {END_VERBS[pair] for pair in verbs}
    said = {w for pair in verbs for w in pair}
    if not (periods or topics) or any(w not in PERIOD_ASKED and w not in KIND_TOPICS and w not in CURRENCY_ASKED
                                      and w not in FILLER and w not in ENDS_ASKED and w not in RANGE_WORDS
                                      and w not in said for w in words):
        return None
    return periods, topics


def said(title: str, salaries: tuple[SalaryInfo, ...], periods: set[str], topics: set[str]) -> str:
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
    if "currency" in topics:
        given = sorted({s.currency for s in stated if s.currency})
        parts.append(f"The documents state it in {' and '.join(given)}." if given else
                     f"The documents for {title} don't say the currency.")
    for end in ("bottom", "top"):
        if end in topics:
            amounts = [(s.minimum if end == "bottom" else s.maximum, s) for s in stated]
            said_ = "; ".join(compose.money(a, s.currency) + ("+" if end == "top" and s.open_ended else "")
                              + (f" {s.currency}" if s.currency else "") for a, s in amounts if a is not None)
            parts.append(f"The {end} of the range is {said_}." if said_ else
                         f"The documents for {title} give no {end} of the range.")
    for topic in sorted(topics - {"currency", "top", "bottom"}):
        words = [_as_written(s) for s in stated]
        quoted = [w for w in dict.fromkeys(words)
                  if {t.strip("()+,.;:").lower() for t in w.split()} & TOPIC_SAID[topic]]
        parts.append("The documents say: " + "; ".join(f"“{w}”" for w in quoted) + "." if quoted else
                     f"The documents for {title} say nothing about {topic}; only the range.")
    return " ".join(parts)


def _as_written(salary: SalaryInfo) -> str:
    """The salary's words as written, with its note when they lack it."""
    text = " ".join(salary.text.split())
    return text if not salary.note or salary.note.lower() in text.lower() else f"{text} ({salary.note})"
