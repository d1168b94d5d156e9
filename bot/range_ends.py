"""Ends of ranges: "top of their pay", "which pays more at the bottom".

"Top" and "bottom" are ranking words ("the top one", "top paying role")
and also the two ends of every role's pay range ("top of band", "more at
the bottom": the floors compared). Read as a ranking, "ok and top of their
pay?" ranked every role instead of showing the pay of the role on screen,
and "and more at the bottom?" picked the last role of a ranking instead of
comparing floors. This module says which of those words name an end of a
range, so that the readers of rankings and picks leave them out.

Likewise a comparative after "or" ("170k or more", "10 years or less")
bounds a threshold: it ranks nothing.
"""

from bot import vocabulary as V
from bot.text import Token

RANGE_ENDS = {"top", "bottom"}
# Comparatives a question ranks by, highest first or lowest first ("top" is one only when no range
# end, see RANGE_ENDS); superlatives across the store are the vocabulary's HIGHEST_WORDS, LOWEST_WORDS.
MORE_WORDS = {"more", "higher", "bigger", "larger", "longer", "greater", "better", "most", "highest", "top", "max",
              "maximum", "best", "biggest", "largest", "longest", "richest", *V.COST_MORE}
LESS_WORDS = {"less", "lower", "smaller", "shorter", "fewer", "cheaper", "least", "lowest", "fewest",
              "cheapest", "smallest", "shortest", "worst", *V.COST_LESS}
COMPARATIVES = MORE_WORDS | LESS_WORDS
# After a range word, these make it a pick of a ranking's end ("the top one").
PICK_NOUNS = {"one", "ones", "role", "roles", "job", "jobs", "paying", "paid", "payer", "payers"}
# A comparative after this bounds a threshold ("170k or more").
THRESHOLD_JOINS = {"or"}
_BOUNDING_WORDS = COMPARATIVES | V.HIGHEST_WORDS | V.LOWEST_WORDS
# "tell me more about …", "more info on …", "more details": "more" asking for detail, ranking nothing.
DETAIL_AFTER_MORE = {"about", "info", "information", "detail", "details"}
DETAIL_BEFORE_MORE = {"me", "us", "say", "know", "learn", "hear", "read"}
# "more on the one at the bottom", "ok, a bit more on that one": "more on" opening
# the message (after only these) asks for detail; "pays more on base" ranks.
DETAIL_ON = {"on", "re", "regarding"}
DETAIL_OPENING = {"ok", "okay", "so", "and", "any", "some", "bit", "a", "little", "pls", "please", "now", "then"}


def detail_asked(tokens: list[Token]) -> set[int]:
    """Where the words of `tokens` (counted without breaks) hold a "more" that asks
    for detail ("tell me more about the one at the bottom"), not a comparison."""
    if not any(t.text == "more" for t in tokens):
        return set()  # most questions: no list of words built
    words = [t.text for t in tokens if not t.brk]
    return {i for i, w in enumerate(words) if w == "more" and (
        i + 1 < len(words) and words[i + 1] in DETAIL_AFTER_MORE or i and words[i - 1] in DETAIL_BEFORE_MORE
        or i + 1 < len(words) and words[i + 1] in DETAIL_ON and all(b in DETAIL_OPENING for b in words[:i]))}


def bounding(tokens: list[Token]) -> set[int]:
    """Where the words of `tokens` (counted without breaks) hold a
    comparative that bounds a threshold ("170k or more"; "or" is a break)."""
    found, at = set(), -1
    for i, t in enumerate(tokens):
        if t.brk:
            continue
        at += 1
        if t.text in _BOUNDING_WORDS and i > 0 and tokens[i - 1].text in THRESHOLD_JOINS:
            found.add(at)
    return found


def ends_named(tokens: list[Token]) -> set[int]:
    """Where the words of `tokens` (counted without breaks) name an end of a
    range with "top" or "bottom": before "of" ("top of band", "bottom of
    their pay"), or beside a comparative that ranks ("which pays more at the
    bottom"); not before a noun for a role ("the top one", "top paying role")."""
    words = [t.text for t in tokens if not t.brk]
    bounded = bounding(tokens) | detail_asked(tokens)
    ranking = any(w in COMPARATIVES and w not in RANGE_ENDS and i not in bounded for i, w in enumerate(words))
    named = set()
    for i, w in enumerate(words):
        if w not in RANGE_ENDS:
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        if after is not None and after.isdigit() and i + 2 < len(words):
            after = words[i + 2]  # "top 2 roles by max pay": a count of roles picked, the number before their noun
        if after == "of" or ranking and after not in PICK_NOUNS:
            named.add(i)
    return named


# Possessives that make the ranking word after them an end of one role's own
# range: "its top salary", "their highest pay" (the role in question's, not every role's).
OWNERS = {"its", "their", "his", "her"}


def owned_ends(tokens: list[Token]) -> set[int]:
    """Where the words of `tokens` (counted without breaks) hold a ranking
    word right after a possessive ("its top salary", "their lowest pay"):
    the end of the range of the role the conversation is about."""
    words = [t.text for t in tokens if not t.brk]
    return {i for i, w in enumerate(words) if i and words[i - 1] in OWNERS
            and (w in COMPARATIVES or w in _BOUNDING_WORDS)}


def not_ranking(tokens: list[Token]) -> set[int]:
    """Where the words of `tokens` (counted without breaks) look like a
    ranking but are none: an end of a range (also one owned, "its top pay"),
    a threshold's bound, or "more" asking for detail."""
    return ends_named(tokens) | owned_ends(tokens) | bounding(tokens) | detail_asked(tokens)
