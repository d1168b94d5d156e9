"""Turning chat text into tokens the matchers can compare.

Role titles and questions go through the same steps, so "Lead Back-End
Engineer", "lead backend eng" and "LEAD BACK END ENGINEER" meet: Unicode and
case folding, possessives dropped, compound words joined ("back end" →
"backend") and abbreviations expanded ("swe" → "software engineer") from the
vocabulary tables. Each token keeps where it stood in the original text, so a
clarifying question can put the full title back where the user wrote a part.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bot import arabic_words
from bot.spanish_title_words import TITLE_WORDS as SPANISH_TITLE_WORDS
from bot.unspaced_words import glossed
from bot.vocabulary import STROKED_LETTERS
from bot.vocabulary import (
    ABBREVIATIONS,
    OPENINGS_BEFORE_REQS,
    CASED_ABBREVIATIONS,
    CASED_AFTER_LEVEL_NOUNS,
    CASED_BEFORE,
    CASED_NOUN_BEFORE,
    CHAT_ARE_AFTER,
    CHAT_ARE_BEFORE,
    CASED_VERB_BEFORE_LEVEL,
    COMPOUNDS,
    FUNCTION_WORDS,
    OTHER_LANGUAGE_SPAN,
    OTHER_LANGUAGE_WORDS,
    PLURAL_INITIALISM_LENGTH,
    PERSON_LEVEL_WORDS,
    SENIORITY_WORDS,
    SEPARATORS,
    SLASHED_SHORTHANDS,
    STATUS_ASKS,
)

# Questions are cut to this many characters before any matching: a question
# is a sentence or two, and matching cost grows with length.
MAX_QUESTION_CHARS = 500

_WORD = re.compile(r"[a-z0-9][a-z0-9+#']*(?:[.&][a-z0-9]+)*[+#]*")  # "node.js", "l&d" (an "&" inside a word joins it)
_CASED = re.compile(r"\b(?:" + "|".join(map(re.escape, CASED_ABBREVIATIONS)) + r")\b")
_BREAK = re.compile(r"[,;:/?!()\[\]|&]|\s[-–—+]\s|\s[-–—]|[-–—]\s")  # a "+" between words joins them too: "salary + yoe"


@dataclass(frozen=True)
class Token:
    text: str  # folded, expanded
    start: int  # offsets in the folded text of the question
    end: int
    brk: bool = False  # True for a break marker: punctuation or "and", "vs", ...


def fold(text: str) -> str:
    text = ascii_digits(unicodedata.normalize("NFKC", text))
    text = expand_cased(text)
    text = text.replace("’", "'").replace("‘", "'")
    if not (text.isascii() and text.isprintable()):  # most text has no control character to blank
        text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = text.casefold()
    return text if text.isascii() else "".join(map(_unaccented, text))  # nothing to unaccent in ASCII


def ascii_digits(text: str) -> str:
    """Every script's decimal digits as 0-9, one for one: "٥ years" (Arabic-Indic),
    "५" (Devanagari) are 5 to every matcher, as NFKC already makes the full-width "５"."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if not ch.isascii() and ch.isdecimal()
                   else _ARABIC_SEPARATORS.get(ch, ch) for ch in text)


# Arabic-script thousands and decimal separators: "٢٥٠٬٠٠٠" is 250,000, "٣٫٥" 3.5.
_ARABIC_SEPARATORS = {"٬": ",", "٫": "."}


def _unaccented(ch: str) -> str:
    """"ä" as "a": "Fjällbo" is asked as "fjällbo" and "fjallbo". One character for one, so
    offsets in the folded text still stand where the user wrote them."""
    if ch.isascii():
        return ch
    if ch in STROKED_LETTERS:
        return STROKED_LETTERS[ch]
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 else ch



def expand_cased(text: str) -> str:
    """Capitals-only abbreviations ("BE", "FE") spelt out, unless the whole
    text is in capitals (then "BE" is just the word "be" shouted)."""
    if not any(ch.islower() for ch in text):
        return text
    return _CASED.sub(lambda m: CASED_ABBREVIATIONS[m.group()], text)


# Characters nobody sees that stand inside words: the soft hyphens of a title
# copied from a hyphenated page ("En\u00adgi\u00adneer"), zero-width spaces,
# joiners and non-joiners, the word joiner and a stray byte-order mark. `fold`
# makes other controls spaces; these, read as spaces, cut a word in pieces.
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))
_ANY_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")


def cap(text: str) -> str:
    """The question as it is read: without characters invisible inside a
    word, and cut to MAX_QUESTION_CHARS. Translated only when one is there:
    most questions have none, and `translate` looks up every character (a
    question is capped a few times on its way, bench/README.md)."""
    text = text[:MAX_QUESTION_CHARS]
    return text.translate(_INVISIBLE) if _ANY_INVISIBLE.search(text) else text


_SURROGATE = re.compile("[\ud800-\udfff]")


def well_formed(text: str) -> str:
    """`text` with each lone surrogate as U+FFFD, as a strict decoder would
    have read it: Python hands a terminal's or a pipe's undecodable byte on
    as one ("\\udce9"), and neither database nor JSON output can carry it.
    Slack's and Teams' endpoints refuse such text before it gets here."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


# "#2", "years for #1": the mark a number picks an option by, kept as a token
# of its own (as "number" of "number 2") for the follow-ups to read; no word.
PICK_MARK = "#"


def tokenize(text: str, in_english: bool = True) -> list[Token]:
    """Folded tokens with break markers where punctuation or a joining word
    separates phrases ("and", "vs", "/", ","). A name (a title, a company, a
    place) is read `in_english=False`: the "de" of "Chef de Partie" is its own
    word, not a question's "of"."""
    folded = fold(text)
    tokens: list[Token] = []
    pos = 0
    for match in _word_matches(folded):
        gap = folded[pos:match.start()]
        if _BREAK.search(gap):
            tokens.append(Token("|", pos, match.start(), brk=True))
        if gap.endswith("#") and match.group()[0].isdigit() and (len(gap) > 1 or not match.start() - 1):
            tokens.append(Token(PICK_MARK, match.start() - 1, match.start()))
        word = match.group()
        word = APOSTROPHE_DROPPED.get(word, word)  # "thats": "that's", as typed with its mark
        if word.endswith("'s") and word != "what's":
            word = word[:-2]  # possessive: "engineer's" is "engineer"
        tokens.append(Token(word.strip(".'"), match.start(), match.end()))
        pos = match.end()
    tokens = _slash_shorthands(tokens, folded)
    tokens = _replace_spans(tokens, SPANISH_TITLE_WORDS, (1,))  # a title's own word and the question's alike
    if in_english:
        tokens = _in_english(tokens)
        tokens = _replace_spans(tokens, STATUS_ASKS, (5, 4))
    tokens = _join_compounds(tokens)
    tokens = _expand(tokens)
    tokens = _cased_in_lower(tokens)
    tokens = _possessed_without_mark(tokens)
    return [Token(t.text, t.start, t.end, brk=True) if t.text in SEPARATORS else t for t in tokens]


# Contractions typed without their apostrophe ("thats all", "whos hiring", "hasnt coded"),
# read as typed with it. Only words no English writes otherwise: "its", "wont", "cant",
# "well" and "were" are words of their own, and "dont" / "doesnt" are in the tables as typed.
APOSTROPHE_DROPPED = {w.replace("'", ""): w for w in (
    "that's", "who's", "how's", "where's", "there's", "here's", "she's", "let's",
    "hasn't", "haven't", "hadn't", "wasn't", "weren't", "didn't", "shouldn't", "wouldn't", "couldn't",
    "mustn't", "needn't", "you're", "they're", "we've", "they've", "you've", "i've")}


# "that roles pay", "this ones entry points": a possessive typed without its
# apostrophe after a word that points at one thing, so one role, not all of them.
POINTING_AT_ONE = {"that", "this"}
POSSESSED_NOUNS = {"roles": "role", "ones": "one", "positions": "position", "jobs": "job"}


# "the seconds team size", "the lasts pay": a pick by place's possessive typed
# without its apostrophe, after "the" and before what it owns ("the others"
# is the rest of the roles, so not "other").
ORDINALS_POSSESSED = {f"{w}s": w for w in ("first", "second", "third", "fourth", "fifth", "last", "former", "latter",
                                           "1st", "2nd", "3rd", "4th")}


def _possessed_without_mark(tokens: list[Token]) -> list[Token]:
    """Tokens with "roles" after "that" or "this" read as "role" ("that role's pay"),
    and "seconds" between "the" and another word as "second" ("the second's team size")."""
    return [Token(POSSESSED_NOUNS[t.text], t.start, t.end, t.brk)
            if t.text in POSSESSED_NOUNS and i and tokens[i - 1].text in POINTING_AT_ONE else
            Token(ORDINALS_POSSESSED[t.text], t.start, t.end, t.brk)
            if t.text in ORDINALS_POSSESSED and i and tokens[i - 1].text == "the"
            and i + 1 < len(tokens) and not tokens[i + 1].brk else t
            for i, t in enumerate(tokens)]


def _slash_shorthands(tokens: list[Token], folded: str) -> list[Token]:
    """Chat shorthands written with a slash, which would otherwise split the
    phrase there: "s/w" is "software", "w/o" is "without" ("roles w/o pulumi") and "w/" is "with"
    ("count of roles w/ graphql"); "tl;dr" is one word, asking for a summary
    ("tl;dr global lead engineer?"), not a team lead and a stray "dr"."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.text == "tl" and folded[token.end:token.end + 3] == ";dr" \
                and not folded[token.end + 3:token.end + 4].isalnum():
            out.append(Token("tldr", token.start, token.end + 3))
            i += 3 if i + 2 < len(tokens) and tokens[i + 1].brk and tokens[i + 2].text == "dr" else 1
            continue
        if len(token.text) == 1 and folded[token.end:token.end + 1] == "/" and i + 2 < len(tokens) \
                and tokens[i + 1].brk and tokens[i + 2].start == token.end + 1 \
                and (token.text, tokens[i + 2].text) in SLASHED_SHORTHANDS:  # "s/w" is "software"
            out.append(Token(SLASHED_SHORTHANDS[token.text, tokens[i + 2].text], token.start, tokens[i + 2].end))
            i += 3
            continue
        slash = token.text == "w" and not token.brk and folded[token.end:token.end + 1] == "/"
        if slash and folded[token.end + 1:token.end + 2] == "o" and not folded[token.end + 2:token.end + 3].isalnum():
            out.append(Token("without", token.start, token.end + 2))
            i += 3 if i + 2 < len(tokens) and tokens[i + 1].brk and tokens[i + 2].text == "o" else 1
            continue
        if slash:
            out.append(Token("with", token.start, token.end + 1))
            i += 2 if i + 1 < len(tokens) and tokens[i + 1].brk else 1
            continue
        out.append(token)
        i += 1
    return out


def _in_english(tokens: list[Token]) -> list[Token]:
    """Another language's question words and fillers as the English words
    every later step reads ("cuántos años" is "how many years"), each new
    token standing where the user's words stood (`OTHER_LANGUAGE_WORDS`)."""
    if not any(t.text in _OTHER_LANGUAGE_FIRST for t in tokens):
        return tokens
    return _replace_spans(tokens, OTHER_LANGUAGE_WORDS, range(OTHER_LANGUAGE_SPAN, 0, -1))


# The first words of OTHER_LANGUAGE_WORDS's phrases: most questions have none, and are left as they are.
_OTHER_LANGUAGE_FIRST = {key[0] for key in OTHER_LANGUAGE_WORDS}


def _join_compounds(tokens: list[Token]) -> list[Token]:
    return _replace_spans(tokens, COMPOUNDS, (3, 2))


def _replace_spans(tokens: list[Token], table: dict, sizes) -> list[Token]:
    """Each run of words `table` holds (longest of `sizes` first, never across a
    line break) as the word or words it stands for, spanning where the user's
    words stood, so that answers can still point back at what was typed."""
    firsts = _first_words(table)
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        if tokens[i].text not in firsts:  # most words start no phrase of the table: no spans to slice
            out.append(tokens[i])
            i += 1
            continue
        for size in sizes:
            span = tokens[i:i + size]
            words = tuple(t.text for t in span)
            if len(span) == size and words in table and not any(t.brk for t in span):
                said = table[words]  # one word, or the words a short form stands for
                out.extend(Token(word, span[0].start, span[-1].end)
                           for word in ((said,) if isinstance(said, str) else said))
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


# id(table) -> (table, its size, the first words of its phrases): `_first_words`.
_FIRSTS: dict[int, tuple[dict, int, frozenset]] = {}


def _first_words(table: dict) -> frozenset:
    """The words `table`'s phrases start with, worked out once per table
    (again should it grow): `_replace_spans` looks for a phrase only where
    one of them stands, which is one word in several of a question."""
    kept = _FIRSTS.get(id(table))
    if kept is None or kept[0] is not table or kept[1] != len(table):
        kept = _FIRSTS[id(table)] = (table, len(table), frozenset(words[0] for words in table))
    return kept[2]


def _requirements_reqs(tokens: list[Token], i: int) -> bool:
    """"reqs" is a recruiter's openings ("what reqs can you help with") but,
    right after a title ("barista shift lead reqs") or leading "reqs for X",
    the short form of a role's requirements."""
    if tokens[i].text != "reqs":
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    before = tokens[i - 1] if i > 0 else None
    if i == 0:
        return after is not None and after.text == "for"
    ends = after is None or after.brk
    # "unit clerk reqs at lakeshore": the company said after the title's requirements, not its openings
    # "acme reqs for the csm": a company's requirements for the title after, unless openings are had or listed
    at_company = after is not None and after.text in REQS_AT | REQS_FOR and before is not None \
        and before.text not in HAVING
    return (ends or at_company) and before is not None and not before.brk and before.text not in OPENINGS_BEFORE_REQS


def _chat_are(tokens: list[Token], i: int) -> bool:
    """Whether a lone "r" is chat's "are": "which jobs r in canada", "r there any", not the R language."""
    if tokens[i].text != "r" or tokens[i].brk:
        return False
    before = tokens[i - 1] if i > 0 and not tokens[i - 1].brk else None
    after = tokens[i + 1] if i + 1 < len(tokens) and not tokens[i + 1].brk else None
    return before is not None and before.text in CHAT_ARE_AFTER or after is not None and after.text in CHAT_ARE_BEFORE


# The word after a title's "reqs" that names its company ("reqs at lakeshore"), and the verbs
# before a "reqs" that make them openings had ("do you have reqs at …").
REQS_AT = {"at", "@"}
HAVING = {"have", "has", "got", "are", "is", "there", "any"}
# The word after a company's "reqs" that names the title they are for ("vaartwerk reqs for csm").
REQS_FOR = {"for"}


def _expand(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for i, token in enumerate(tokens):
        expansion = ABBREVIATIONS.get(token.text) or _plural_initialism(token.text)
        if _requirements_reqs(tokens, i):
            expansion = ("requirements",)
        elif _chat_are(tokens, i):
            expansion = ("are",)
        if expansion and not token.brk:
            out.extend(Token(word, token.start, token.end) for word in expansion)
        else:
            out.append(token)
    return out


def _cased_in_lower(tokens: list[Token]) -> list[Token]:
    """A capitals-only abbreviation typed in lower case ("lead be eng") is
    spelt out where the ordinary word cannot stand: right before a title's
    last word ("engineer", "developer"), and not after a function word ("to
    be engineers", "would be developers" keep the verb); before a level word
    after an article, preposition or mark ("the be lead")."""
    lower = {key.casefold(): value for key, value in CASED_ABBREVIATIONS.items()}
    out = list(tokens)
    for i, token in enumerate(tokens):
        if token.brk or token.text not in lower:
            continue
        if i and tokens[i - 1].text in SENIORITY_WORDS - PERSON_LEVEL_WORDS and not tokens[i - 1].brk and (
                i + 1 >= len(tokens) or tokens[i + 1].brk or tokens[i + 1].text in CASED_AFTER_LEVEL_NOUNS
                or i < 2 or tokens[i - 2].brk or tokens[i - 2].text not in CASED_VERB_BEFORE_LEVEL):
            out[i] = Token(lower[token.text], token.start, token.end)  # "lead be - summary?", "a lead be candidate"
            continue
        if i + 1 >= len(tokens):
            continue
        after, before = tokens[i + 1], tokens[i - 1] if i else None
        if after.text in CASED_BEFORE and (before is None or not before.brk and before.text not in FUNCTION_WORDS | SEPARATORS):
            out[i] = Token(lower[token.text], token.start, token.end)
        elif not after.brk and after.text in SENIORITY_WORDS - PERSON_LEVEL_WORDS and (
                before is None or before.brk or before.text in CASED_NOUN_BEFORE):
            out[i] = Token(lower[token.text], token.start, token.end)  # "the be lead", "yoe: be lead vs …"
    return out


# Scripts written without spaces between words (Han, kana, Hangul): a run of them is read as
# its characters and their pairs, since no space says where a word ends ("社員寮あり" holds "寮").
_UNSPACED_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
# Hiragana alone is a particle or a verb's ending ("は", "あり"): no thing asked for.
_HIRAGANA_ONLY = re.compile(r"^[\u3040-\u309f]+$")


_ARABIC = re.compile(r"[\u0621-\u064a]+")
_WORD_OR_RUN = re.compile(f"{_WORD.pattern}|{_UNSPACED_RUN.pattern}|{_ARABIC.pattern}")


@dataclass(frozen=True)
class _Glossed:
    """A word of an unspaced run, as English (`bot.unspaced_words`), where its characters stood."""
    word: str
    begin: int
    stop: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self) -> str:
        return self.word


def _word_matches(folded: str):
    """The words of `folded`: Latin-letter words as typed, and the Chinese or
    Korean words `unspaced_words` holds, each as the English words it stands for."""
    if folded.isascii():  # no Arabic word, no unspaced run: Latin-letter words alone, nothing to gloss
        yield from _WORD.finditer(folded)
        return
    matches = list(_WORD_OR_RUN.finditer(folded))
    skip = set()
    for i, match in enumerate(matches):
        if i in skip:
            continue
        if _ARABIC.fullmatch(match.group()):
            following = matches[i + 1] if i + 1 < len(matches) else None
            pair = (match.group(), following.group()) if following is not None else None
            if pair in arabic_words.PHRASES and not folded[match.end():following.start()].strip():
                skip.add(i + 1)
                yield from (_Glossed(w, match.start(), following.end()) for w in arabic_words.PHRASES[pair])
            else:
                yield from (_Glossed(w, match.start(), match.end()) for w in arabic_words.english(match.group()) or ())
            continue
        if not unspaced_run(match.group()):
            yield match
            continue
        for start, end, words in glossed(match.group()):
            for word in words:
                yield _Glossed(word, match.start() + start, match.start() + end)


def unspaced_terms(text: str, asked: bool = False) -> set[str]:
    """The characters and pairs of characters of `text`'s unspaced runs (see `_UNSPACED_RUN`), folded
    as tokens are; `asked`: those a question asks for, hiragana alone left out."""
    out = set()
    for run in _UNSPACED_RUN.findall(fold(text)):
        out.update(run)
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    return {t for t in out if not _HIRAGANA_ONLY.match(t)} if asked else out


def unspaced_run(word: str) -> bool:
    """Whether `word` is written in a script without spaces (see `_UNSPACED_RUN`), all of it."""
    return _UNSPACED_RUN.fullmatch(word) is not None


def words_of(title: str) -> list[str]:
    """The content words of a title, as tokens compare them. Titles, companies
    and places come back with every question about their role: read once."""
    return list(_words_of(title))


@lru_cache(maxsize=8192)
def _words_of(title: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(title, in_english=False) if not t.brk and t.text not in FUNCTION_WORDS)


def split_glued(tokens: list[Token], is_word) -> list[Token]:
    """Words typed without their spaces ("leadbackendengineer",
    "softskills") split back into the known words they are made of, the
    fewest pieces first. A token that is a word itself is left alone, and so
    is anything that does not split entirely into known words."""
    out: list[Token] = []
    for token in tokens:
        text = token.text
        if token.brk or not GLUED_LENGTH[0] <= len(text) <= GLUED_LENGTH[1] or not text.isalpha() or is_word(text):
            out.append(token)
            continue
        pieces = _segment(text, is_word)
        out.extend(Token(piece, token.start, token.end) for piece in pieces) if pieces else out.append(token)
    return out


# Tokens this long may be glued words; shorter ones are typos at most.
GLUED_LENGTH = (8, 40)
_MIN_PIECE = 3
_MAX_PIECES = 4


def _segment(text: str, is_word) -> list[str] | None:
    """`text` as the fewest known words (each at least _MIN_PIECE letters), or None."""
    best: list[list[str] | None] = [None] * (len(text) + 1)
    best[0] = []
    for end in range(_MIN_PIECE, len(text) + 1):
        for start in range(0, end - _MIN_PIECE + 1):
            before = best[start]
            if before is None or len(before) >= _MAX_PIECES or not is_word(text[start:end]):
                continue
            if best[end] is None or len(before) + 1 < len(best[end]):
                best[end] = before + [text[start:end]]
    found = best[len(text)]
    return found if found and len(found) > 1 else None


def _plural_initialism(word: str) -> tuple[str, ...] | None:
    """The expansion of an initialism asked in the plural: "pms", "aes"."""
    low, high = PLURAL_INITIALISM_LENGTH
    if word.endswith("s") and low <= len(word) - 1 <= high:
        expansion = ABBREVIATIONS.get(word[:-1])
        if expansion and len(expansion) > 1:
            return expansion
    return None
