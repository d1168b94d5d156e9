"""The words of a question and of a role's facts, compared as stems.

A role's answers, its follow-ups and the store-wide searches all ask the
same small questions of words: is this a topic word ("DDD", "k8s") or one
around it ("way", "later"), does a fact's text say the word asked or a longer
form of it, which words of a heading mean the same. They live here, apart
from the classes that answer, so that each of those reads as what it answers.
"""

import re

from bot import vocabulary as V
from bot.fuzzy import singular
from bot.search_terms import made_from, word_tail
from bot.reading import Reading, _accepted
from bot.text import tokenize

# Shortest stem that matches longer words it begins ("sponsor" in "sponsorship");
# shorter ones match whole words only ("ote" is not in "remote").
STEM_PREFIX_LETTERS = 4
# The endings taken off an asked word to find the verb it inflects ("mentoring":
# "mentor"; "managing": "manage"), and the letters that verb keeps at least.
# Only inflections, and only the verb itself, not words it begins: taking
# "-ment" off "requirement" would find every "required".
INFLECTIONS = ("ing", "ed")
MIN_BASE_LETTERS = 5
MIN_TOPIC_LETTERS = 4
# The words a recruiter asks a topic by (TOPIC_WORDS' keys): topics however short ("api", "db").
TOPIC_KEYS = frozenset(w for key in V.TOPIC_WORDS for w in key.split("|"))
# The endings a word made from a verb of PHRASE_BREAK_VERBS has ("thinking",
# "recruiter", "placement"): a word that only begins with the verb's letters
# ("countries" with "count", "payroll" with "pay") is a word of its own.
VERB_ENDINGS = ("", "s", "es", "d", "ed", "ing", "er", "ers", "ation", "ations", "ion", "ions", "ment", "ments",
                "ence", "ences", "ance", "ances", "al", "als")


def _word_pattern(word: str) -> re.Pattern:
    """`word` as a word of a text, or its inflections and the words made from
    it (`search_terms.word_tail`: "sponsor" in "sponsorship", not "intern" in
    "internal"), its parts joined by a space or a hyphen ("part time" in
    "Part-time"); short words whole ("OTE", not "remote")."""
    body = r"[\s-]?".join(re.escape(part) for part in word.split())
    if len(word) >= STEM_PREFIX_LETTERS and word[-1].isalpha() and word.split()[-1] not in V.PAST_FORMS:
        return re.compile(r"\b" + body[:-len(re.escape(word[-1]))] + word_tail(word[-1]), re.I)
    end = "" if len(word) >= STEM_PREFIX_LETTERS else r"\b"
    return re.compile(r"\b" + body + end, re.I)


def _stem(word: str) -> str:
    return singular(word) or word


def _asked_words(r: Reading) -> set[str]:
    """The question's content words outside the role's name and the company or
    place named beside it ("the vale verde nursing technician" asks for no section
    "Sobre o Hospital Vale Verde"), as stems."""
    in_mentions = {i for m in r.mentions if _accepted(m, r.intents.used) for i in range(m.start, m.end)}  # the role's name
    in_mentions |= {i for q in r.qualifiers for i in range(q.start, q.end)}
    # the noun that ends the role's name as the asker says it ("the enforcement *post*", "the X job") is
    # the role, not a section's word: "is RTPI required for the enforcement post" asks for no "Post ref"
    in_mentions |= {m.end for m in r.mentions if _accepted(m, r.intents.used)
                    and m.end < len(r.tokens) and r.tokens[m.end].text in V.NOUNS_AFTER_TITLE}
    return {_stem(t.text) for i, t in enumerate(r.tokens)
            if not t.brk and i not in in_mentions and t.text not in V.FUNCTION_WORDS
            and t.text not in V.HEADING_STOP_WORDS and not t.text.isdigit()}


def _heading_words(heading: str) -> set[str]:
    """A heading's words as stems, with the ordinary words for it (HEADING_SYNONYMS)."""
    tokens = [t.text for t in tokenize(heading) if not t.brk]
    words = {_stem(w) for w in tokens if w not in V.FUNCTION_WORDS} - V.HEADING_STOP_WORDS
    said = " " + " ".join(tokens) + " "
    for key, synonyms in V.HEADING_SYNONYMS.items():
        if f" {key} " in said:
            words |= {_stem(w) for w in synonyms}
    return words


def _fact_words(text: str) -> set[str]:
    return {_stem(t.text) for t in tokenize(text) if not t.brk}


def _mentions(words: set[str], asked: str) -> bool:
    """Whether a text's words include `asked`, or another form of it: a
    longer one, or the verb it inflects ("mentoring" asked, an item on how
    they "mentor" answers it)."""
    if asked in words:
        return True
    if any(made_from(w, asked, STEM_PREFIX_LETTERS) for w in words):
        return True
    bases = {asked[:-len(e)] for e in INFLECTIONS if asked.endswith(e) and len(asked) - len(e) >= MIN_BASE_LETTERS}
    return any(base in words or base + "e" in words for base in bases)


# Verbs whose object is a thing a role may need ("does the engineer need a cka?").
NEEDING_VERBS = {"need", "needs", "require", "requires", "want", "wants", "expect", "expects", "demand", "demands"}
# Small words between the verb and the thing: "need *a* cka", "require *any* cobol".
NEEDED_ARTICLES = {"a", "an", "any", "some"}


def needed_last(r: Reading) -> str | None:
    """The question's last word when it is the object of a verb of needing
    ("does the engineer need a cka?", "require cobol?"): a thing asked of the
    role by name, however short and whether or not any document knows it."""
    words = [t.text for t in r.tokens if not t.brk]
    j = len(words) - 2
    while j >= 0 and words[j] in NEEDED_ARTICLES:
        j -= 1
    return words[-1] if j >= 0 and words[j] in NEEDING_VERBS and words[-1] not in V.FUNCTION_WORDS else None


def _topic_word(r: Reading, word: str) -> bool:
    """Whether a word of the question can be a topic of it: a noun of
    MIN_TOPIC_LETTERS or more, or initials typed in capitals ("DDD"), never
    the words around one ("way", "later", "thinking", "tl;dr")."""
    return word not in V.NON_DEFINING_WORDS and word not in V.PHRASE_BREAKS \
        and not word.endswith(V.PHRASE_BREAK_ENDINGS) \
        and not _made_from_break_verb(word) \
        and word not in V.FACET_NAMES and (len(word) >= MIN_TOPIC_LETTERS or _typed_in_capitals(r, word)
                                           or _term_shaped(word) or word in TOPIC_KEYS
                                           or _language_named(r, word) or _slash_joined(r, word)
                                           or word == needed_last(r))


# Words after a programming language's name that say it is the language asked
# ("Go experience", "go skills", "C background"), not a word of going or a letter.
LANGUAGE_ASKED_AFTER = {"experience", "exp", "skills", "skill", "knowledge", "proficiency", "expertise",
                        "background", "programming", "coding", "developer", "developers", "dev", "devs",
                        "engineer", "engineers", "code", "language", "lang", "chops", "fluency"}


def _language_named(r: Reading, word: str) -> bool:
    """Whether a programming language's name too short for a topic ("go",
    "c", "lua") names the language: right before a word of skill or
    experience ("Go experience needed?", "any lua skills"), or typed with its
    capital after the question's first word ("does it need Go?"; "Go back
    to …" opens a sentence, and "where do they go" is no language)."""
    if word not in V.LANGUAGE_NAMES:
        return False
    texts = [t.text for t in r.tokens]
    if any(w == word and i + 1 < len(texts) and texts[i + 1] in LANGUAGE_ASKED_AFTER for i, w in enumerate(texts)):
        return True
    return len(word) > 1 and re.search(r"(?<=[\w,;:] )" + re.escape(word.capitalize()) + r"\b", r.typed) is not None


def _made_from_break_verb(word: str) -> bool:
    """Whether `word` is a verb of PHRASE_BREAK_VERBS (of MIN_TOPIC_LETTERS or
    more) or a word made from one ("thinking", "recruiter"): its endings are
    looked up, not the verbs walked, for each word of each question."""
    return any(word.endswith(ending) and word[:len(word) - len(ending)] in _LONG_BREAK_VERBS for ending in VERB_ENDINGS)


_LONG_BREAK_VERBS = frozenset(verb for verb in V.PHRASE_BREAK_VERBS if len(verb) >= MIN_TOPIC_LETTERS)


def _other_titles(r: Reading, skip: set[int]) -> set[str]:
    """The titles a question about one role names beside it that are no role
    of the store, as phrases ("backend architect" in "how is a lead backend
    engineer different from a backend architect"): the role's items that name
    that title say how the two differ."""
    inside = sorted({i for m in r.mentions if not _accepted(m, r.intents.used) for i in range(m.start, m.end)} - skip)
    phrases, run = set(), []
    for i in inside + [None]:
        if run and (i is None or i != run[-1] + 1):
            if len(run) > 1:
                phrases.add(" ".join(_stem(r.tokens[k].text) for k in run))
            run = []
        if i is not None:
            run.append(i)
    return phrases


def _term_shaped(word: str) -> bool:
    """A short word that can only be a term: a known short form ("k8s", "iac"),
    letters and digits mixed ("o11y", "ec2", "s3") or a letter and a sign of a
    language's name ("C#", "C++", "F#")."""
    return word in V.SEARCH_SYNONYMS or any(c.isdigit() or c in "#+" for c in word) and any(c.isalpha() for c in word)


# Short words typed joined by a slash ("ci/cd", "ui/ux", "qa/qc"): one term's parts.
SLASH_TERM = re.compile(r"(?<![\w/])([a-z]+(?:/[a-z]+)+)(?![\w/])", re.I)


def _slash_joined(r: Reading, word: str) -> bool:
    """Whether `word` is a part of a term typed as short words joined by a
    slash ("ci/cd?"): however short, lower case or not, a part of a term is a
    topic, where a short word alone ("go", "up") is not."""
    return len(word) >= 2 and any(word in term.lower().split("/") for term in SLASH_TERM.findall(r.typed))


def _typed_in_capitals(r: Reading, word: str) -> bool:
    """Whether `word` stands in the question in capitals: initials ("DDD", "ETL"), not a short word."""
    return len(word) >= 2 and re.search(r"\b" + re.escape(word.upper()) + r"\b", r.typed) is not None
