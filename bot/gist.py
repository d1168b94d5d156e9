"""The gist of a role: the few lines that say what the job is.

A posting's overview mixes the company's pitch with the one sentence that
says what the person does ("As Shift Lead you keep a team of 18–25
associates safe ..."). Asked "what does X do", that sentence is the answer
and the responsibilities its detail; asked for the overview of a role whose
document has none (a Notion page that opens with its responsibilities), the
first lines of its main sections say what the role is. Everything here is
picked from the role's own facts; nothing is worded anew.
"""

import re

from bot.fuzzy import singular
from bot.text import words_of
from knowledge import sections as S
from knowledge.catalog import FactEntry, RoleProfile

# Sentences of the overview a "what does X do" answer leads with: the
# role's one-line summary, rarely more than two sentences in the documents.
GIST_SENTENCES = 2
# Items of each section a summary of a role with no overview shows: the
# first few lines are the ones a posting leads with.
GIST_ITEMS = 3
# A fact with fewer words is a posting's opening line ("Granary Logistics",
# "Remote · Full-time"), not prose that describes the role.
PROSE_WORDS = 8
# Words that mark a sentence as speaking of the person in the role.
ROLE_PRONOUNS = {"you", "your", "you'll", "youll", "role", "position"}

# Where a posting's overview is kept, and where its responsibilities and
# requirements are, in the order a short summary shows them.
OVERVIEW_SECTIONS = (S.ABOUT, S.OVERVIEW)
DOING_SECTIONS = (S.KEY_RESPONSIBILITIES, S.PRIMARY, S.RESPONSIBILITIES)
NEEDS_SECTIONS = (S.REQUIREMENTS, S.HARD_SKILLS, S.EXPERIENCE_RANGE, S.EDUCATION_MINIMUM)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"'(])")
_LIST_MARKS = re.compile(r"\s[·|•]\s")


def _stem(word: str) -> str:
    return singular(word) or word


def _prose(fact: FactEntry) -> bool:
    """Whether a fact is a paragraph, not a label, a field or an opening line."""
    return not fact.label and not _LIST_MARKS.search(fact.text) and len(fact.text.split()) >= PROSE_WORDS


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def _speaks_of_role(sentence: str, title_words: set[str]) -> bool:
    words = {_stem(w) for w in words_of(sentence)}
    return bool(words & title_words) or bool(set(w.strip(".,;:!?") for w in sentence.casefold().split())
                                             & ROLE_PRONOUNS)


def role_sentences(profile: RoleProfile, shown: str | None = None) -> tuple[str, list[FactEntry]]:
    """The overview's sentences that speak of the role (its title's words,
    "you"), at most GIST_SENTENCES, in the document's order; else its first
    sentence. From one document only: a role merged from several companies'
    postings is summed up by the first of them, or by the document `shown`
    (the one whose items the answer lists first) when it has an overview.
    ("", []) without prose."""
    prose = [f for name in OVERVIEW_SECTIONS for f in profile.section(name) if _prose(f)]
    if not prose:
        return "", []
    doing = [f for name in DOING_SECTIONS for f in profile.section(name)]
    source = doing[0].source if doing and any(f.source == doing[0].source for f in prose) else prose[0].source
    if shown is not None and any(f.source == shown for f in prose):
        source = shown
    prose = sorted((f for f in prose if f.source == source), key=lambda f: f.position)
    company = {_stem(w) for c in profile.role.companies for w in words_of(c)}
    title = {_stem(w) for w in words_of(profile.role.title)} - company
    picked, used = [], []
    for fact in prose:
        for sentence in sentences(fact.text):
            if len(picked) < GIST_SENTENCES and _speaks_of_role(sentence, title):
                picked.append(sentence)
                if fact not in used:
                    used.append(fact)
    if not picked:
        picked, used = sentences(prose[0].text)[:1], [prose[0]]
    return " ".join(picked), used


def company_sentence(profile: RoleProfile) -> tuple[str, list[FactEntry]]:
    """The first sentence of what the documents say about the hiring company."""
    for fact in profile.section(S.COMPANY):
        if _prose(fact):
            return sentences(fact.text)[0], [fact]
    return "", []


def first_items(profile: RoleProfile, names: tuple[str, ...]) -> list[FactEntry]:
    """The first GIST_ITEMS facts of the first of `names` the role has."""
    for name in names:
        facts = profile.section(name)
        if facts:
            return facts[:GIST_ITEMS]
    return []
