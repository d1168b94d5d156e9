"""Companies and places a question names beside a role.

Job documents come from many organisations, and people name a role with its
company or its place in front or behind: "quillfeather backend engineer
salary", "backend engineer at harborlight", "is the dublin office manager role
on-site". Such a word is no part of the title (so no "missing role" and no
unknown word): it narrows the question to the roles, and the sources, of that
company or place. The names come from the stored postings (their "Company" and
"Location" fields), never from a list of our own.
"""

import re
from dataclasses import dataclass, replace

from bot.countries import country_of
from bot.regions import asked_by, regions_of
from bot.fuzzy import WordIndex
from bot.text import Token, words_of
from bot.vocabulary import FUNCTION_WORDS, SPOKEN_LANGUAGES
from knowledge import sections as S

COMPANY, PLACE = "company", "place"
# A company's first words stand for it ("Quillfeather" for "Quillfeather Labs", "Larchmont Dental" for
# "Larchmont Dental Group") when the first is at least this long: shorter ones are too often ordinary words.
MIN_FIRST_WORD = 4
# A company's first words starting with a shorter word stand for it from this many words on ("sao mai").
MIN_SHORT_START_WORDS = 2
# Nouns for a kind of institution that open its name ("Hospital Vale Verde", "Hotel Miramar"):
# the words after one name it as well.
INSTITUTION_NOUNS = {"hospital", "hotel", "clinic", "clinica", "clínica", "university", "universidade",
                     "universidad", "school", "college", "bank", "banco", "museum", "museu", "museo", "instituto",
                     "institute", "grupo", "group", "farmacia", "farmácia", "pharmacy", "ryokan"}
# Nouns for a kind of organisation that end its name ("Wrenhollow Food Bank", "Kilnworth College"):
# "the food bank" or "the college", said with "the", is that organisation when it is the store's only one.
KIND_NOUNS = INSTITUTION_NOUNS | {"trust", "council", "charity", "foundation", "society", "library", "klinik",
                                  "academy", "authority", "cooperative", "co-op", "practice", "surgery",
                                  "hospice", "centre", "center", "nursery", "union", "winery", "club"}
# The words before a name of an organisation's kind that make it that organisation: "at the food bank".
KIND_DETERMINERS = {"the", "our", "this", "that"}
# A legal form that opens a company's name ("SCEA Château Lestrade", "SARL …"): the words after it name it.
LEGAL_FORMS = {"scea", "sarl", "sas", "sasu", "eurl", "sa", "gmbh", "ag", "ltd", "ltda", "llc", "inc", "plc", "pte",
               "bv", "nv", "srl", "spa", "sl", "oy", "ab", "co", "pty", "lda", "earl", "gaec"}
# A company of this many words (its legal form aside) is also asked by its initials; fewer letters are
# too often an ordinary word ("pay", "hub").
MIN_INITIALS = 4
# The ending of a compound that names a kind of institution, as Dutch and German write one word:
# "Zorggroep" (a care group), "Kinderklinik".
COMPOUND_KIND_ENDINGS = ("groep", "gruppe", "klinik", "kliniek", "ziekenhuis", "krankenhaus", "stichting")


def _names_a_kind(word: str) -> bool:
    """Whether a company's first word names its kind, the word after it its own name: "Hotel Miramar",
    "Zorggroep Veldhuis"."""
    return word in INSTITUTION_NOUNS or word.endswith(COMPOUND_KIND_ENDINGS)


# A typo is forgiven in a name word this long or longer ("harborlite").
MIN_FUZZY_NAME = 6
# A location field longer than this (parentheses aside) is a sentence, not places.
MAX_PLACE_WORDS = 6
# Words of a location field that say how, not where: "Remote (US)", "Hybrid".
NOT_PLACES = {"remote", "hybrid", "on-site", "onsite", "office", "flexible", "anywhere", "worldwide",
              "home", "various", "multiple", "locations", "location", "or", "and", "us", "usa", "uk", "eu"}


@dataclass(frozen=True)
class Qualifier:
    kind: str  # COMPANY or PLACE
    name: str  # as the documents write it: "Quillfeather Labs", "Dublin"
    start: int  # token span in the question, end exclusive
    end: int
    role_ids: frozenset[int]


class QualifierIndex:
    """The companies and places of the stored roles, by the words they are asked by."""

    def __init__(self, roles, is_title_word):
        self.names: dict[tuple[str, ...], tuple[str, str, set[int]]] = {}
        for role in roles:
            for company in getattr(role, "companies", ()):
                words = tuple(words_of(company))
                self._add(words, COMPANY, company, role.id)
                # "cinderpath outdoor" for "Cinderpath Outdoor Co."; a short first word ("Sao Mai Software")
                # names it together with the next one: two words in a row are no ordinary word
                for n in range(1 if not words or len(words[0]) >= MIN_FIRST_WORD else MIN_SHORT_START_WORDS, len(words)):
                    self._add(words[:n], COMPANY, company, role.id)
                # its name without a legal form at its end: "Rehaklinik Brunnhalde GmbH" is a clinic named Brunnhalde
                own = words
                while len(own) > 1 and own[-1] in LEGAL_FORMS:
                    own = own[:-1]
                if len(own) > 2 and own[0] in INSTITUTION_NOUNS:  # "vale verde" for "Hospital Vale Verde"
                    self._add(own[1:], COMPANY, company, role.id)
                elif len(own) == 2 and _names_a_kind(own[0]) and len(own[1]) >= MIN_FIRST_WORD:
                    self._add(own[1:], COMPANY, company, role.id)  # "veldhuis" for "Zorggroep Veldhuis"
                if len(words) > 2 and words[0] in LEGAL_FORMS:  # "domaine berthier" for "SCEA Domaine Berthier"
                    for n in range(2, len(words) + 1):
                        self._add(words[1:n], COMPANY, company, role.id)
                named = [w for w in words if w not in LEGAL_FORMS]
                if len(named) >= MIN_INITIALS:  # "kfpl" for "Kestrel Falls Public Library"
                    self._add(("".join(w[0] for w in named),), COMPANY, company, role.id)
            for location in getattr(role, "locations", ()):
                for place in places(location):
                    self._add(tuple(words_of(place)), PLACE, place, role.id)
                if country := country_of(location):  # "Port Ellery, ON, CA" is in Canada, "Pune" in India
                    self._add(tuple(words_of(country)), PLACE, country, role.id)
                for region in regions_of(location):  # "Leipzig, Germany" is in EMEA and Europe, "Pune" in APAC
                    for said in asked_by(region):
                        self._add(tuple(words_of(said)), PLACE, region, role.id)
        # "the food bank" of "Wrenhollow Food Bank": the words after its first that end in a noun for its kind.
        kinds: dict[tuple[str, ...], dict[str, set[int]]] = {}
        for role in roles:
            for company in getattr(role, "companies", ()):
                words = tuple(words_of(company))
                if len(words) > 1 and words[-1] in KIND_NOUNS:
                    for n in range(1, len(words)):
                        kinds.setdefault(words[n:], {}).setdefault(company, set()).add(role.id)
        # only a kind one organisation of the store is: two food banks make "the food bank" neither
        self.kinds = {words: next(iter(by_name.items())) for words, by_name in kinds.items()
                      if len(by_name) == 1 and words not in self.names}
        # A single word that is also a title's word or a function word is the title's.
        for table in (self.names, self.kinds):
            for words in [w for w in table if len(w) == 1 and (is_title_word(w[0]) or w[0] in FUNCTION_WORDS)]:
                del table[words]
        self.longest = max((len(w) for w in self.names), default=0)
        self.name_words = {w for words in self.names for w in words}
        self.words = WordIndex(w for words in self.names for w in words if len(w) >= MIN_FUZZY_NAME)

    def knows(self, word: str) -> bool:
        """Whether `word` is, exactly, a word of a stored company's or place's name."""
        return word in self.name_words

    def _add(self, words: tuple[str, ...], kind: str, name: str, role_id: int) -> None:
        if not words:
            return
        known = self.names.get(words)
        if known is None or known[0] == PLACE and kind == COMPANY:
            self.names[words] = (kind, name, {role_id})
        elif known[1] == name or known[0] == kind:
            known[2].add(role_id)

    def find(self, tokens: list[Token], usable: list[bool], whole: list[bool] | None = None,
             joins: list[bool] | None = None) -> list[Qualifier]:
        """The names in the question, longest first at each place, not overlapping.
        A one-word name needs its token `usable`; a name of several words, matched
        whole, needs its tokens only `whole` (an intent's word inside it, "health"
        of "Copperline Health", is the name's), and may hold the joining
        tokens marked in `joins` ("&" of "Lumen & Reed", which names leave out)."""
        whole = whole if whole is not None else usable
        joins = joins if joins is not None else [False] * len(tokens)
        found, i = [], 0
        while i < len(tokens):
            for n in range(min(2 * self.longest - 1, len(tokens) - i), 0, -1):
                span = tokens[i:i + n]
                words = [t for k, t in enumerate(span) if not joins[i + k]]
                if joins[i] or joins[i + n - 1] or any(t.brk for t in words) or len(words) > self.longest \
                        or not all((usable if len(words) == 1 else whole)[i:i + n]):
                    continue
                key = tuple(self._spelled(t.text) for t in words)
                if len(words) == 1 and _code_follows(tokens, i + n):
                    continue  # "kfpl-2026-114": a reference code that opens with the initials, not the company
                if key in self.names:
                    kind, name, ids = self.names[key]
                    found.append(Qualifier(kind, name, i, i + n, frozenset(ids)))
                    i += n
                    break
                if key in self.kinds and i and tokens[i - 1].text in KIND_DETERMINERS and not tokens[i - 1].brk:
                    name, ids = self.kinds[key]
                    found.append(Qualifier(COMPANY, name, i, i + n, frozenset(ids)))
                    i += n
                    break
            else:
                i += 1
        return found

    def _spelled(self, word: str) -> str:
        # a language spoken is asked as itself, never as a typo of its country ("need german" is no Germany)
        if len(word) < MIN_FUZZY_NAME or word in self.words or word in SPOKEN_LANGUAGES:
            return word
        close = self.words.lookup(word)
        return close[0][0] if close else word


# A number this long after a name makes the two a reference code ("KFPL-2026-114").
MIN_CODE_DIGITS = 3


def _code_follows(tokens: list[Token], at: int) -> bool:
    return at < len(tokens) and not tokens[at].brk and tokens[at].text.isdigit() \
        and len(tokens[at].text) >= MIN_CODE_DIGITS and tokens[at].start == tokens[at - 1].end + 1


def places(location: str) -> list[str]:
    """The place names of a location field: "Dublin 2, Ireland (on-site)" -> ["Dublin", "Ireland"],
    "Boston, MA (Hybrid); Remote (US)" -> ["Boston"], "The Salmon Weir, Quay Street, Galway city
    centre" -> ["Salmon Weir", "Quay Street"], "Recife – PE" -> ["Recife"]; state and country codes,
    how-words and a leading "The" are left out. A piece of many words is a sentence, not a place."""
    out = []
    for part in re.split(r";|\bor\b|/", location):
        part = re.sub(r"\([^()]*\)", " ", part)
        for piece in re.split(r",|\s[–—-]\s", part)[:2]:
            if len(piece.split()) > MAX_PLACE_WORDS:
                continue  # a sentence about the office, not a place field
            words = [w for w in piece.split() if w[:1].isupper() and not w.isupper() and w.casefold() not in NOT_PLACES]
            if words and words[0] == "The" and len(words) > 1:
                words = words[1:]  # "The Salmon Weir" is asked as "the salmon weir job" and "salmon weir"
            if words and all(w in words or w == "The" or not w[:1].isupper() or w.casefold() in NOT_PLACES
                             or _code(w) for w in piece.split()):
                out.append(" ".join(words))  # "Berlin office": Berlin; "Seattle, WA": Seattle
    return list(dict.fromkeys(out))


def _code(word: str) -> bool:
    """A state's or country's code written beside a place: "PE" of "Recife – PE"."""
    return word.isalpha() and word.isupper() and len(word) <= 3


def narrowed(profile, qualifiers: list[Qualifier]):
    """`profile` with only the facts of its sources that the named company or
    place are about (a Backend Engineer merged from two companies' postings,
    asked about one of them), or `profile` itself when no source, or every
    source, is theirs."""
    if profile is None or not qualifiers:
        return profile
    keep = {s.name for s in profile.role.sources}
    for qualifier in qualifiers:
        section = S.COMPANY if qualifier.kind == COMPANY else S.LOCATION
        label = "Company" if qualifier.kind == COMPANY else "Location"
        theirs = {f.source for f in profile.facts if f.section == section and f.label == label
                  and (f.text == qualifier.name if qualifier.kind == COMPANY
                       else qualifier.name in places(f.text))}
        if theirs & keep:
            keep &= theirs
    if keep == {s.name for s in profile.role.sources}:
        return profile
    role = profile.role
    salaries = tuple(s for s in role.salaries if s.source in keep)
    role = replace(role, sources=tuple(s for s in role.sources if s.name in keep), salaries=salaries,
                   experience=tuple(e for e in role.experience if e.source in keep),
                   salary=next((s for s in salaries if s.stated), salaries[0] if salaries else None),
                   companies=tuple(c for c in role.companies if any(q.name == c for q in qualifiers))
                   or role.companies)
    return replace(profile, role=role, facts=tuple(f for f in profile.facts if f.source in keep),
                   career=tuple(c for c in profile.career if c.source in keep))


def company_of(qualifiers: list[Qualifier]) -> str | None:
    return next((q.name for q in qualifiers if q.kind == COMPANY), None)
