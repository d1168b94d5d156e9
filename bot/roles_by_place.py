"""A question that asks only which roles are in a place: "what's open in
Germany?", "what do we have in APAC", "hiring in Mexico?".

Its words besides the place are the frame of a list ("what's open", "do we
have", "hiring", "anything"), so it is a filter of the store's roles by
their location facts: the roles posted there (`bot.qualifiers`, with the
countries and regions a location is in: `bot.countries`, `bot.regions`), or,
when none is, that no role is, never the whole list nor a question back.
"""

from bot import vocabulary as V
from bot.qualifiers import PLACE
from bot.regions import REGIONS

# Words that frame a question about which roles a place has, besides those of a list
# (`vocabulary.LIST_REQUEST_WORDS`): "hiring in Mexico?", "anything based in Germany?".
PLACE_FRAME_WORDS = {"hiring", "hire", "based", "located", "posted", "anything", "something", "open", "opening",
                     "openings", "recruiting", "vacancies", "working", "work", "from", "at", "out", "over",
                     "inside", "within", "near", "around", "where", "whats", "got", "any", "currently", "today"}
# The places people name that the store may hold no role in: countries and regions, by their words.
KNOWN_PLACES = {tuple(said.split()) for _region, (asked, countries) in REGIONS.items() for said in asked + countries}
_LONGEST = max(len(words) for words in KNOWN_PLACES)


def place_asked(r) -> tuple[str, frozenset[int]] | None:
    """The place a question asks the roles of, as typed, and the roles posted
    there (empty when none is), when its other words are only a list's frame
    (see the module docstring); else None."""
    if r.roles or r.ambiguous is not None or r.missing or r.titles_without_profile:
        return None
    places = [q for q in r.qualifiers if q.kind == PLACE]
    if any(q.kind != PLACE for q in r.qualifiers) or len(places) > 1:
        return None
    span = (places[0].start, places[0].end) if places else _known_place(r)
    if span is None:
        return None
    words = [t.text for i, t in enumerate(r.tokens[r.preamble:], r.preamble)
             if not t.brk and not span[0] <= i < span[1]]
    if not all(w in V.LIST_REQUEST_WORDS or w in V.ROLE_LIST_NOUNS or w in PLACE_FRAME_WORDS
               or w in V.FUNCTION_WORDS for w in words):
        return None
    return r.words(*span), frozenset(places[0].role_ids) if places else frozenset()


def _known_place(r) -> tuple[int, int] | None:
    """The span of a country or region named (KNOWN_PLACES), longest first, else None."""
    words = [None if t.brk else t.text for t in r.tokens]
    for i in range(len(words)):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            if tuple(words[i:i + n]) in KNOWN_PLACES:
                return i, i + n
    return None
