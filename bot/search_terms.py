"""What a question about the whole store searches for.

"Which roles don't mention GraphQL", "roles that use Terraform for
infrastructure", "which roles mention error budgets or SLOs": the words to
look for are the question's content words once question, list and intent
words are set aside; "or" and "and" join several terms, a negation ("don't",
"without", "isn't") asks for the roles that lack them, and a tool named "for"
a purpose is searched by the tool. Each term is looked for in its own
spellings and the usual short forms (SEARCH_SYNONYMS), as a word of a fact,
never inside another word ("SLO" is not in "slow").
"""

import re
from dataclasses import dataclass

from bot import vocabulary as V
from bot.fuzzy import singular
from bot.text import Token

# Shorter terms match whole words only (with a plural "s": "SLOs" for "SLO");
# longer ones also match their inflections and the words made from them that
# keep their sense (WORD_ENDINGS: "mentor" in "mentoring" and "mentorship"),
# never any other word they begin ("intern" is not in "internal" or
# "internationalization").
PREFIX_LETTERS = 5
# Set by hand from the searches of the tuning banks: verb and plural endings,
# and the nouns and adjectives made from a word ("architect" in "architecture",
# "scale" in "scalability", "secure" in "security", "lead" in "leadership").
WORD_ENDINGS = ("s", "es", "d", "ed", "ing", "ings", "er", "ers", "ership", "ship", "ships", "ment", "ments",
                "ure", "ures", "ural", "ion", "ions", "ation", "ations", "ity", "ive", "able", "ability", "ably")
_ENDINGS = frozenset(WORD_ENDINGS)
# A word ending in "-ing" is looked for by its stem when the stem keeps this many letters.
ING_STEM_LETTERS = 4


@dataclass(frozen=True)
class Search:
    """The terms a question searches for and how they are joined."""

    terms: tuple[str, ...]  # in the user's spelling
    all_of: bool = False  # "Python and Kafka": every term; else any of them ("Go or Rust")
    negated: bool = False  # the roles that do NOT mention them
    # Each term with the intent word right beside it, tried first: "Information
    # Technology" though "technology" alone reads as the skills asked for.
    wider: tuple[str, ...] = ()
    # "MongoDB but not Redis", "Python roles without Kafka": terms the roles
    # found must not mention (the negation comes after what is looked for).
    excluded: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        label = (" and " if self.all_of else " or ").join(self.terms)
        return f"{label} but not {' or '.join(self.excluded)}" if self.excluded else label


def negation_at(tokens: list[Token], used=()) -> int | None:
    """The index of the word that negates the question ("don't", "without",
    "isn't"), or None; a word an intent phrase used ("not required") is that phrase's."""
    for i, token in enumerate(tokens):
        if token.brk or (i < len(used) and used[i]):
            continue
        if token.text in V.NEGATION_WORDS or token.text.endswith("n't"):
            return i
    return None


def sentence_of(text: str, tokens: list[Token], i: int) -> tuple[int, int]:
    """The token span of the sentence holding token i: "which roles don't list
    perks? I need to chase HR" asks in its first sentence, the rest is why."""
    start, end = 0, len(tokens)
    for k, token in enumerate(tokens):
        if token.brk and re.search(r"[?.!;]", text[token.start:token.end]):
            if k < i:
                start = k + 1
            elif k > i:
                end = k
                break
    return start, end


# Signs typed for "and" between two terms.
_AND_SIGN = re.compile(r"[&+]")


def runs(text: str, tokens: list[Token], keep: list[bool], start: int = 0, end: int | None = None):
    """The runs of kept tokens in start..end, as [first, last, joiner before
    it]: words glued by punctuation ("TCP/IP") stay one run; "or", "and" or a
    comma between runs are their joiners, anything else ends the list."""
    end = len(tokens) if end is None else end
    found: list[list] = []
    joiner, current = None, None
    for i in range(start, end):
        token = tokens[i]
        if keep[i] and not token.brk:
            if current is not None and (current[1] == i - 1 or current[1] == i - 2 and _glued(tokens[i - 1], text)):
                current[1] = i
            else:
                current = [i, i, joiner]
                found.append(current)
                joiner = None
        elif token.brk and token.text in ("or", "and"):
            joiner, current = token.text, None
        elif token.brk and current is not None and _AND_SIGN.search(text[token.start:token.end]):
            joiner, current = "and", None  # "go & rust", "go + rust"
        elif token.brk and _glued(token, text):
            continue  # "tcp/ip": the run may go on
        elif token.brk and "," in text[token.start:token.end] and current is not None:
            joiner, current = ",", None
        else:
            joiner, current = None, None
    return found


# A negation that sets terms aside from those before it: "MongoDB but not
# Redis", "Kafka and no Redis", "Python roles without Kafka".
EXCEPT_BEFORE = {"but", "and", "|"}
EXCEPT_WORDS = {"without", "excluding", "except", "minus"}


def _excepts(tokens: list[Token], negation: int) -> bool:
    """Whether the negation at `negation` takes terms out of those before it,
    rather than negating the whole question ("which roles don't mention Go")."""
    before = tokens[negation - 1] if negation else None
    return tokens[negation].text in EXCEPT_WORDS or (before is not None and before.text in EXCEPT_BEFORE)


def _glued(token: Token, text: str) -> bool:
    """Whether a break token is punctuation with no space around it ("/" in "tcp/ip")."""
    gap = text[token.start:token.end]
    return token.brk and token.text == "|" and bool(gap) and not re.search(r"\s", gap)


def _in_a_name(text: str, tokens: list[Token], keep: list[bool], i: int) -> bool:
    """Whether a small word is part of a name typed capitalized before a
    word looked for: "New" of "New Relic", "The" of "The Trade Desk"."""
    def capitalized(j):
        return text[tokens[j].start:tokens[j].end].istitle()
    return i + 1 < len(tokens) and keep[i + 1] and tokens[i].text in V.FUNCTION_WORDS \
        and capitalized(i) and capitalized(i + 1)


def _says_open(tokens: list[Token], i: int) -> bool:
    """Whether token i says the roles are open ("which *open* roles need Go",
    "our *current* reqs") or how many they are ("the *four* roles"): a word of
    OPEN_ROLE_WORDS or a number right before a noun for the roles, which is no
    thing a document says of them."""
    return (tokens[i].text in V.OPEN_ROLE_WORDS or tokens[i].text in V.NUMBER_WORDS) \
        and i + 1 < len(tokens) and tokens[i + 1].text in V.ROLE_LIST_NOUNS


def asker_s_verb(tokens: list[Token], i: int) -> bool:
    """Whether token i is the verb of the asker said right after them ("I
    *found* some Rust people", "we *sourced* two"): what they did, not a thing
    a document says."""
    return i > 0 and not tokens[i - 1].brk and tokens[i - 1].text in V.ASKER_SUBJECTS


# Who starts a clause of their own after a question typed without marks: "which roles
# say nothing about on-call candidate refuses pager duty", "... perks i need to chase hr".
CLAUSE_SUBJECTS = V.ASKER_SUBJECTS | {"he", "she", "they", "candidate", "cand", "hm", "client"}
# Words that make the next one their object, not a clause's subject: "for the candidate".
_OBJECT_BEFORE = {"the", "a", "an", "for", "of", "to", "with", "about", "by", "from", "per", "each", "every", "our",
                  "my", "your", "their", "his", "her", "this", "that", "any", "no", "and", "or", "as", "if"}


def clause_end(tokens: list[Token], negation: int, end: int) -> int:
    """Where the clause of the negation ends when no mark ends it: at a subject
    of a clause of its own ("candidate", "i") after the thing negated. What
    follows is why the asker asks, not more of what the roles must lack: read
    as a term, "refuses" was the thing no role mentions, and every role came
    back as saying nothing of on-call, the opposite of what two of them say."""
    said = False
    for k in range(negation + 1, end):
        word = tokens[k].text
        if said and not tokens[k].brk and word in CLAUSE_SUBJECTS and tokens[k - 1].text not in _OBJECT_BEFORE:
            return k
        said = said or not tokens[k].brk and word not in V.FUNCTION_WORDS and word not in V.SEARCH_NON_TERMS
    return end


def search_of(text: str, tokens: list[Token], used, searchable=lambda word: True) -> Search | None:
    """The terms of a question across roles (see the module's docstring), or
    None when it has no words of its own to look for. `used` marks the tokens
    an intent phrase took; `searchable(word)` says whether such a word still
    names a thing to look for ("PhD" in "who would like a PhD")."""
    negation = negation_at(tokens, used)
    start, end = sentence_of(text, tokens, negation) if negation is not None else (0, len(tokens))
    if negation is not None:
        end = clause_end(tokens, negation, end)
    keep = [not t.brk and t.text not in V.FUNCTION_WORDS and t.text not in V.SEARCH_NON_TERMS
            and i != negation and not t.text.endswith("n't") and not t.text.isdigit()
            and (not used[i] or t.text in V.SEARCHABLE_INTENT_WORDS and searchable(t.text))
            for i, t in enumerate(tokens)]
    keep = [k or not used[i] and _in_a_name(text, tokens, keep, i) for i, k in enumerate(keep)]
    keep = [k and not _says_open(tokens, i) and not asker_s_verb(tokens, i)
            and not (t.text in V.PEOPLE_NOUNS and (i + 1 == len(keep) or not keep[i + 1]))
            for i, (k, t) in enumerate(zip(keep, tokens))]
    if negation is None and (quoted := quoted_phrase(text, tokens)) is not None:
        return Search((quoted,))  # "which role is the "go-to technical authority" one": the phrase, whole
    found = runs(text, tokens, keep, start, end)
    if not found:
        return None
    if negation is not None and found[0][1] < negation and _excepts(tokens, negation):
        cut = negation - 1 if tokens[negation - 1].text in EXCEPT_BEFORE else negation  # not "but" itself
        wanted = search_of(text, tokens[:cut], used[:cut], searchable)
        if wanted is not None and not wanted.negated:
            excluded = [run for run in found if run[0] > negation]
            excluded = excluded[:1] + [run for run in excluded[1:] if run[2] is not None]
            return Search(wanted.terms, all_of=wanted.all_of, wider=wanted.wider, excluded=tuple(dict.fromkeys(
                text[tokens[a].start:tokens[b].end].strip(" ?!.,") for a, b, _ in excluded)))
    listed = [found[0]]
    for run in found[1:]:
        if run[2] is None:
            break  # "terraform for infrastructure": the tool, not its purpose
        listed.append(run)
    terms = tuple(dict.fromkeys(text[tokens[a].start:tokens[b].end].strip(" ?!.,") for a, b, _ in listed))
    joiners = {run[2] for run in listed[1:]}
    wider = []
    if len(listed) == 1 and (a := listed[0][0] - 1) >= start and not tokens[a].brk and not used[a] \
            and tokens[a].text in V.NAME_ADJECTIVES:  # "new relic" typed in lower case: "New Relic", if said so
        wider.append(text[tokens[a].start:tokens[listed[0][1]].end])
    for a, b, _ in listed:
        if len(listed) == 1 and b + 1 < end and used[b + 1] and not tokens[b + 1].brk \
                and tokens[b + 1].text not in V.FUNCTION_WORDS and tokens[b + 1].text not in V.SEARCH_NON_TERMS:
            wider.append(text[tokens[a].start:tokens[b + 1].end])
    return Search(terms, all_of="and" in joiners and "or" not in joiners, negated=negation is not None,
                  wider=tuple(wider))


# A phrase in double quotes (single ones read as such: `bot.quote_marks`).
_QUOTED = re.compile(r'"([^"]{3,200})"')
# A quote of this many words or more is a document's phrase, looked for whole.
MIN_QUOTED_WORDS = 2


def quoted_phrase(text: str, tokens: list[Token]) -> str | None:
    """The first phrase quoted among `tokens` ("the 'go-to technical authority' one"),
    of MIN_QUOTED_WORDS words or more: what a document says, looked for as it is
    written rather than word by word (its first word alone was "go")."""
    for m in _QUOTED.finditer(text):
        inside = [t for t in tokens if not t.brk and m.start(1) <= t.start and t.end <= m.end(1)]
        if len(inside) >= MIN_QUOTED_WORDS:
            return m.group(1).strip(" ?!.,")
    return None


def stem(term: str) -> str:
    """The form a term is looked for by: singular, "-ing" taken off ("mentoring": "mentor")."""
    words = term.split()
    last = words[-1]
    if last.endswith("ing") and len(last) - 3 >= ING_STEM_LETTERS:
        last = last[:-3]
    elif (one := singular(last)) and len(one) >= 3:
        last = one
    return " ".join(words[:-1] + [last])


# Documents write the apostrophe curly ("Master’s degree") where people type it straight.
CURLY_APOSTROPHE = "\u2019"
APOSTROPHES = "['\u2019]"

# A product's name typed in this many parts or fewer may be written glued ("mongo db", "type script").
GLUED_PARTS = 2


def spellings(term: str) -> tuple[str, ...]:
    """The ways a term is written in documents: itself, its stem and its
    synonyms; a name typed in parts, also glued ("mongo db" is "MongoDB")
    or hyphenated ("on call" is "on-call", which a search of the store's
    words for "on" and "call" apart never finds)."""
    folded = term.casefold().strip()
    out = [folded, stem(folded)]
    for key in (folded, stem(folded)):
        out.extend(V.SEARCH_SYNONYMS.get(key, ()))
    if " " in folded and len(folded.split()) <= GLUED_PARTS:
        out.extend((folded.replace(" ", ""), folded.replace(" ", "-")))
    out.extend(marked for w in list(out) if (marked := _possessive_marked(w)) != w)  # "masters degree"
    out.extend(w.replace("'", CURLY_APOSTROPHE) for w in list(out) if "'" in w)  # "master's" is "Master’s"
    return tuple(dict.fromkeys(w for w in out if w))


# A word before another of a term, ending in "s" after a consonant other than "s",
# may be a possessive typed without its apostrophe: "masters degree" is the
# documents' "Master's degree", "bachelors degree" their "Bachelor's degree".
_POSSESSIVE_UNMARKED = re.compile(r"\b([a-z]{3,}[a-df-hj-np-rtv-z])s(?= )")


def _possessive_marked(term: str) -> str:
    """`term` with its words before another that may be possessives typed
    without the mark (`_POSSESSIVE_UNMARKED`) written with it."""
    return _POSSESSIVE_UNMARKED.sub(r"\1's", term)


# A language's name ends before a hyphen only in the words that say what is
# written in it ("Go-based"): "go-to" and "go-live" are no Go.
LANGUAGE_COMPOUNDS = ("based", "native", "first", "only", "heavy", "centric", "powered", "written", "backed")
NOT_A_COMPOUND = rf"(?!-(?!(?:{'|'.join(LANGUAGE_COMPOUNDS)})(?![a-z]))[a-z])"


def pattern(term: str) -> re.Pattern:
    """`term`'s spellings as words of a text; a language's name not as the
    start of a hyphenated word ("go-to")."""
    parts = []
    for spelling in spellings(term):
        body = re.escape(spelling).replace(r"\ ", r"[\s-]+").replace("'", APOSTROPHES)
        if spelling.split()[-1] in V.PAST_FORMS:  # "found": that word, not "foundations"
            body += r"(?![a-z0-9])"
        elif len(spelling) >= PREFIX_LETTERS:
            body = re.escape(spelling[:-1]) + word_tail(spelling[-1]) if spelling[-1].isalpha() else body + r"(?![a-z0-9])"
        else:
            body += r"(?:s|es)?(?![a-z0-9])"
        if spelling in V.LANGUAGE_NAMES:
            body += NOT_A_COMPOUND
        parts.append(r"(?<![a-z0-9])" + body)
    return re.compile("|".join(parts), re.I)


def word_tail(last: str) -> str:
    """The pattern of a word's `last` letter and the endings it may take
    (WORD_ENDINGS), then the end of the word: a final "e" may go before one
    ("automate" in "automation", "scale" in "scaling")."""
    endings = "|".join(sorted(WORD_ENDINGS, key=len, reverse=True))
    letter = re.escape(last)
    if last == "e":
        return rf"(?:e(?:{endings})?|(?:{endings}))(?![a-z0-9])"
    return rf"{letter}(?:{endings})?(?![a-z0-9])"


def made_from(longer: str, word: str, least: int = PREFIX_LETTERS) -> bool:
    """Whether `longer` is `word` with one of WORD_ENDINGS (a final "e" may go
    before it: "scale" in "scalability"), as `pattern` finds it in a text:
    "mentor" in "mentorship", "network" in "networking"; never another word
    that only begins with its letters ("intern" and "internal"), nor a verb's
    past form with an ending ("found" and "foundation", V.PAST_FORMS).
    `word` needs `least` letters to take endings at all."""
    if len(word) < least or word in V.PAST_FORMS or not word[-1:].isalpha():
        return False
    if longer.startswith(word) and longer[len(word):] in _ENDINGS:
        return True
    return word.endswith("e") and longer.startswith(word[:-1]) and longer[len(word) - 1:] in _ENDINGS
