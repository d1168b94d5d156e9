"""A role named by a short form of its whole title: "BDM" for the Regional Business
Development Manager – Asset Finance, "OT" for the Occupational Therapist – Community
Neuro Rehabilitation, "the micro role" for the Senior QC Microbiologist.

People outside software shorten a title the way their trade does: the initials of its
name (its words before any qualifier: "– Asset Finance", "(Band 6)", "II"), the same
without a word saying where it reaches ("Regional"), or, said as "the … role", the start
of its head noun. Such a form is spelt out as the title's name, so the rest of reading
finds the role as if it had been written in full; it is spelt out only when it names
exactly one stored role (or several roles of the same name, which then ask which one).

An ordinary word is never a short form: a word of any title or name, of the intent
phrases or the abbreviation table, a function word, or two letters that are not typed
in capitals ("ot"), said as overtime ("on OT hours"), or in a question all in capitals.
"""

import re

from bot.text import Token, words_of
from bot.vocabulary import (
    ABBREVIATIONS,
    CASED_ABBREVIATIONS,
    FUNCTION_WORDS,
    INTENT_PHRASES,
    LEVEL_NUMBERS,
    OTHER_READINGS,
    TRADE_INITIALS,
    WORD_FAMILIES,
)

# Initials of this many letters name a title ("OT", "BDM", "WTPO"); a fifth letter
# is more likely a word of its own than five title words shortened.
MIN_LETTERS, MAX_LETTERS = 2, 4
# Initials left when a word saying where the job reaches is dropped ("BDM" of the Regional
# Business Development Manager) need this many letters: two would be "LE" for the Global
# Lead Engineer, whose "lead engineer" is half of other titles too.
MIN_LETTERS_WITHOUT_REACH = 3
# Words at the front of a title that say where it reaches, which people leave out when
# they shorten it: the Regional Sales Manager is their "SM".
REACH_WORDS = {"regional", "area", "district", "national", "global", "international", "divisional", "local",
               "group", "territory", "zonal", "country"}
# A start of a title's word said as the role ("the micro role") needs this many letters.
MIN_CLIPPED_LETTERS = 4
# After a short form, words that say it is the role ("the VM role", "the micro position").
ROLE_NOUNS = {"role", "roles", "position", "positions", "job", "jd", "posting", "opening", "vacancy", "req"}
# Two letters are English words or common short forms of other things: never a title.
ORDINARY_TWO_LETTERS = {"or", "to", "go", "hi", "oh", "ah", "ad", "ax", "id", "pa", "ma", "re", "ex", "ye", "yo",
                        "lo", "ow", "uh", "um", "tv", "uk", "eu", "ai", "ui", "ux", "cv", "pr", "ok", "oo", "yr"}
# Beside two letters, words that make them overtime or another thing done, not a person:
# "on OT hours", "any OT", "OT rate". ("the OT" and "neuro OT" are the therapist.)
THING_DONE_BEFORE = {"on", "any", "no", "paid", "do", "doing", "some", "much", "extra", "unpaid", "mandatory"}
THING_DONE_AFTER = {"hours", "hour", "hrs", "rate", "rates", "shift", "shifts", "premium", "paid", "pay"}

_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$|\s*,[^,]+$|\s+[-–—]\s+.+$")
_INTENT_WORDS = {word for phrases in INTENT_PHRASES.values() for phrase in phrases for word in phrase.split()}
_NOT_SHORT_FORMS = set(ABBREVIATIONS) | {k.casefold() for k in CASED_ABBREVIATIONS} | set(OTHER_READINGS) \
    | FUNCTION_WORDS | _INTENT_WORDS


def name_words(title: str) -> tuple[str, ...]:
    """A title's name: its words before its qualifiers, without a level number at its end
    ("Water Treatment Plant Operator II" is named "water treatment plant operator")."""
    while (shorter := _QUALIFIER.sub("", title, count=1).strip()) and shorter != title:
        title = shorter
    words = tuple(words_of(title))
    while len(words) > 1 and words[-1] in LEVEL_NUMBERS:
        words = words[:-1]
    return words


def table(titles) -> dict[str, dict[int, tuple[str, ...]]]:
    """The initials each stored role is known by: {initials: {role id: the words of its name}}.
    Built once per role index, so reading a question looks a short form up in a dict."""
    out: dict[str, dict[int, tuple[str, ...]]] = {}
    for title in titles:
        if title.role_id is None:
            continue
        words = name_words(title.alias)
        if len(words) < 2 or not all(w.isalpha() for w in words):
            continue
        forms = ["".join(w[0] for w in words)]
        # a word the title writes as initials gives all its letters: "HR Business Partner" is the HRBP
        written = {w.casefold() for w in re.findall(r"\b[A-Z]{2,3}\b", title.alias)}
        if written & set(words):
            forms.append("".join(w if w in written else w[0] for w in words))
        reach = 0
        while reach < len(words) - 1 and words[reach] in REACH_WORDS:
            reach += 1
            forms.append("".join(w[0] for w in words[reach:]))
        for n, form in enumerate(forms):
            if MIN_LETTERS <= len(form) <= MAX_LETTERS and (n == 0 or len(form) >= MIN_LETTERS_WITHOUT_REACH):
                out.setdefault(form, {}).setdefault(title.role_id, name_words(title.name))
    return out


def as_typed(tokens: list[Token], typed: str | None, index) -> list[Token]:
    """`tokens` with initials typed in capitals that were read as another word ("DE" as
    Spanish "de", "of"; "PM" spelt out as the product manager) back as typed, when
    they are the initials of a stored title: "DE" is the Data Engineer where one is
    stored, and "PM" of both a product and a project manager asks which one."""
    if typed is None or typed.upper() == typed:
        return tokens
    out, i = [], 0
    while i < len(tokens):
        j = i + 1
        while j < len(tokens) and (tokens[j].start, tokens[j].end) == (tokens[i].start, tokens[i].end):
            j += 1  # the words one typed word was read as
        token, said = tokens[i], typed[tokens[i].start:tokens[i].end]
        word = said.casefold()
        roles = index.short_forms.get(word) if not token.brk and said.isalpha() and (said.isupper() or _known(word)) \
            else None
        read_as = " ".join(t.text for t in tokens[i:j])
        if roles and read_as != word and (len(set(roles.values())) > 1 and not _usual_reading(word, read_as, roles)
                                          or read_as not in _spelt(roles)):
            out.append(Token(word, token.start, token.end))
        else:
            out.extend(tokens[i:j])
        i = j
    return out


def _known(word: str) -> bool:
    """Whether `word` is an abbreviation people use for a title ("pm", "swe"), so it is
    one in lower case too ("de" is a word of other languages first)."""
    return word in ABBREVIATIONS or word in OTHER_READINGS


def _usual_reading(word: str, read_as: str, roles: dict[int, tuple[str, ...]]) -> bool:
    """Whether the abbreviation's usual readings name one stored title only, the one it was
    read as: "SRE" is the site reliability engineer beside a Senior Rust Engineer whose
    initials it also is; "PM" of a product and a project manager still asks which one."""
    usual = {" ".join(r) for r in (ABBREVIATIONS.get(word), *OTHER_READINGS.get(word, ())) if r}
    return usual & _spelt(roles) == {read_as}


def _spelt(roles: dict[int, tuple[str, ...]]) -> set[str]:
    """The stored names initials stand for, as words in a row."""
    return {" ".join(words) for words in roles.values()}


def spell_out(tokens: list[Token], typed: str | None, index, is_name_word, named_roles=frozenset()):
    """`tokens` with each short form of one stored role's title spelt out as that title's
    name, and the short forms several roles of different names share, to ask which one:
    [(start, end offsets, their role ids)]. `typed` is the question as typed (for its
    capitals; None when its letters are not where `tokens` say), `is_name_word` tells a
    word of a company's or place's name, `named_roles` the roles of the companies and
    places the question names ("OT pay at Brunnhalde" asks of the clinic's roles)."""
    out, shared = list(tokens), []
    shouting = typed is not None and typed.upper() == typed
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        word = token.text
        restored = word in _NOT_SHORT_FORMS and typed is not None and word in index.short_forms \
            and (typed[token.start:token.end].isupper() or _known(word)) and not shouting  # kept by `as_typed`
        if token.brk or not word.isalpha() or word in index.postings or word in _NOT_SHORT_FORMS and not restored \
                or is_name_word(word) or _expanded(tokens, i):
            continue
        as_role = i + 1 < len(tokens) and not tokens[i + 1].brk and tokens[i + 1].text in ROLE_NOUNS
        roles = _initials(tokens, i, typed, shouting, as_role, index, named_roles)
        named = set(roles.values()) if roles else set()
        if len(named) > 1:
            shared.append((token.start, token.end, sorted(roles)))
            continue
        named = named or ({found} if as_role and (found := _clipped(word, index)) else set())
        if named:
            out[i:i + 1] = [Token(w, token.start, token.end) for w in named.pop()]
    return out, shared


def shared_at(shared, tokens: list[Token], mentions, index) -> list[tuple[int, list]]:
    """Where each shared short form stands among `tokens`, with a title of every role it may be
    ("OT": the Occupational Therapist and the Operations Technician): mentioned as equally
    likely, the question asks which one. None where another mention holds the word already."""
    out = []
    for start, end, role_ids in shared:
        at = next((i for i, t in enumerate(tokens) if (t.start, t.end) == (start, end)), None)
        if at is not None and not any(m.start <= at < m.end for m in mentions):
            out.append((at, [next(t for t in index.titles if t.role_id == role_id) for role_id in role_ids]))
    return out


def _initials(tokens: list[Token], i: int, typed: str | None, shouting: bool, as_role: bool, index,
              named_roles=frozenset()):
    """The roles whose titles' initials the word at `i` is ({role id: its name's words}), else None.
    Two capitals before a word of time or pay ("OT pay", "OT hrs") are overtime, unless the
    question names a company or place with a role of those initials: "OT pay at Brunnhalde",
    where the clinic employs an Occupational Therapist, asks the therapist's pay."""
    word = tokens[i].text
    roles = index.short_forms.get(word)
    if not roles:
        return None
    if word in TRADE_INITIALS:  # "rn pay" is the nurse's, "DA" the Data Analyst where both DAs are stored
        meant = {role_id: words for role_id, words in roles.items() if words == TRADE_INITIALS[word]}
        return meant or roles
    if len(word) == MIN_LETTERS:
        capitals = typed is not None and not shouting and typed[tokens[i].start:tokens[i].end].isupper()
        before = tokens[i - 1].text if i and not tokens[i - 1].brk else ""
        after = tokens[i + 1].text if i + 1 < len(tokens) and not tokens[i + 1].brk else ""
        theirs = capitals and not roles.keys().isdisjoint(named_roles)  # a role of the place named
        if word in ORDINARY_TWO_LETTERS or not (capitals or as_role or _known(word)) \
                or before in THING_DONE_BEFORE or after in THING_DONE_AFTER and not theirs:
            return None
    return roles


def _clipped(word: str, index):
    """The name of the one role whose titles hold the title word `word` begins or stands
    for ("micro": microbiologist, "wh": warehouse), said as the role ("the micro role")."""
    wholes = set(WORD_FAMILIES.get(word, ())) & set(index.postings)
    if not wholes and len(word) >= MIN_CLIPPED_LETTERS:
        wholes = set(index.begun_by(word))
    names = {name_words(index.titles[n].name) for whole in wholes for n in index.postings[whole]
             if index.titles[n].role_id is not None}
    roles = {index.titles[n].role_id for whole in wholes for n in index.postings[whole]}
    if len(roles) != 1 or None in roles or len(names) != 1:
        return None
    return names.pop()


def _expanded(tokens: list[Token], i: int) -> bool:
    """Whether the token at `i` is one of the words an abbreviation typed was spelt out to."""
    span = (tokens[i].start, tokens[i].end)
    return any((t.start, t.end) == span for k, t in enumerate(tokens[max(0, i - 1):i + 2], max(0, i - 1)) if k != i)
