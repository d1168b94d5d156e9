"""Questions about one part of a role that no fixed facet covers.

"which message queues should a lead backend engineer know", "is the expert
software engineer involved in hiring", "what's the on-call like": the answer
is a few of the role's items, wherever its documents put them. This module
ranks one role's facts by the question's content words (and the ordinary
words for them, `vocabulary.TOPIC_WORDS`), a rare word of the role's own
documents counting more than a common one, and groups the best items under
their sections. It returns nothing when nothing is relevant, so the caller
falls back to the usual answer.
"""

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bot import vocabulary as V
from bot.foreign_words import FOREIGN_WORDS
from bot.fuzzy import singular
from bot.search_terms import made_from
from bot.text import tokenize, unspaced_run, unspaced_terms
from knowledge import sections as S

# An item is shown when it scores at least this share of the best item's
# score: "kafka" and "queue" both found beat "queue" alone, but two items
# each naming the asked thing are both shown.
KEEP_SHARE = 0.6
# Items shown at most; an answer is a pointer into the role, not all of it
# (a short list under one heading, as "Tools", fits whole).
MAX_ITEMS = 8
# A word counts as found in a heading this many times more than in text:
# a section titled "On-call" is about it, an item mentioning it only touches it.
HEADING_WEIGHT = 1.5
# Shortest word matched in its longer forms ("network" finds "networking";
# "pass" does not find "passion"), by their endings only (`search_terms.made_from`).
PREFIX_LETTERS = 5
# How much of a word's weight hangs on which of its words an item says: an
# item saying the rarest keeps it all, one saying the commonest keeps at least
# 1 - RARITY_SHARE, so every item saying the word stays within KEEP_SHARE
# of the best and the rarer only ranks first.
RARITY_SHARE = 0.25
# What a longer or shorter form of a word counts for, against the word itself:
# asked "architect", an item naming an architect beats one about architecture.
PREFIX_MATCH = 0.5
# A question's own words answer from the role's items (this module's `rank`)
# when the best item scores at least this: one word held by at most about a
# sixth of the role's facts (log(1 + 6) ~ 1.95), or two commoner words together.
WITHIN_ROLE_MIN_SCORE = 1.9


@dataclass(frozen=True)
class Ranked:
    """The role's items relevant to a question, grouped by section, best first."""

    groups: tuple[tuple[str, tuple], ...]  # (section title, facts)
    words: tuple[str, ...]  # the question's words that found them
    best: float  # the best item's score (in units of a word found in every item)
    items: tuple = ()  # (score, fact) of the items kept, best first: what `rolecall ask --explain` shows


def stem(word: str) -> str:
    return singular(word) or word


def expanded(words: set[str]) -> dict[str, set[str]]:
    """Each asked word with the words a document may say for it instead
    (TOPIC_WORDS, both ways round: "queue" finds "Kafka", "on-call" finds
    "escalation"; SEARCH_SYNONYMS: "k8s" is "kubernetes" in the documents).
    The vocabulary is looked up by word, not walked for each question."""
    out = {w: {w} for w in words}
    for w in words:
        for key, others in _SPELLINGS_BY_WORD.get(w, ()):
            out[key if key in out else stem(key)] |= others
        for others in _TOPICS_BY_WORD.get(w, ()):
            out[w] |= others
    return out


def _by_word():
    """SEARCH_SYNONYMS and FOREIGN_WORDS by the word (or its stem) that asks for them, and
    TOPIC_WORDS by each of a topic's stemmed keys, the other words stemmed:
    `expanded`'s lookups, made once."""
    spellings, topics = {}, {}
    for key, others in V.SEARCH_SYNONYMS.items():
        entry = (key, frozenset(stem(o) for o in others))
        for word in {key, stem(key)}:
            spellings.setdefault(word, []).append(entry)
    for key, others in FOREIGN_WORDS.items():  # as the words are tokens: folded, "de" read as "of"
        foreign = frozenset(stem(" ".join(t.text for t in tokenize(o) if not t.brk)) for o in others)
        for word in {w for k in key.split("|") for w in (k, stem(k))}:
            spellings.setdefault(word, []).append((word, foreign))
    for key, others in V.TOPIC_WORDS.items():
        keys = frozenset(stem(k) for k in key.split("|"))
        words = frozenset(stem(o) for o in others) | keys
        for word in keys:
            topics.setdefault(word, []).append(words)
    return spellings, topics


_SPELLINGS_BY_WORD, _TOPICS_BY_WORD = _by_word()


def names_a_topic(words: set[str]) -> bool:
    """Whether some of `words` (stems) is a thing documents name in their own
    terms (a key of TOPIC_WORDS: "on call"), rather than a facet's plain word."""
    return any(w in _TOPICS_BY_WORD for w in words)


# TOPIC_PHRASES by their first word: (the phrase, its topic).
_PHRASES_AT: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _topic, _phrases in V.TOPIC_PHRASES.items():
    for _phrase in _phrases:
        _PHRASES_AT.setdefault(_phrase[0], []).append((_phrase, _topic))


def topics(words: list[str | None]) -> tuple[set[str], set[int]]:
    """The topics (TOPIC_WORDS keys) that phrases of TOPIC_PHRASES among
    `words` (a question's token texts, None where a word is not to be read)
    ask about, and the positions those phrases take."""
    found, taken = set(), set()
    for i, word in enumerate(words):
        for phrase, topic in _PHRASES_AT.get(word, ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                found.add(topic)
                taken.update(range(i, i + len(phrase)))
    for topic, span in _either_or(words):
        found.add(topic)
        taken.update(range(*span))
    return found, taken


def _either_or(words: list[str | None]) -> list[tuple[str, tuple[int, int]]]:
    """The choices between two sides of one topic among `words`
    (`vocabulary.EITHER_OR_TOPICS`: "an IC or a people manager"), each with
    its topic and the span it takes, both sides and the word between."""
    out = []
    for i, word in enumerate(words):
        if word not in V.EITHER_OR_WORDS:
            continue
        for topic, (one, other) in V.EITHER_OR_TOPICS.items():
            for first, second in ((one, other), (other, one)):
                comma = 1 if i and words[i - 1] is None else 0  # "an IC, or a manager?"
                start = _side_ending(words, i - comma, first)
                end = _side_starting(words, i + 1, second)
                if start is not None and end is not None:
                    out.append((topic, (start, end)))
    return out


def _side_ending(words: list[str | None], at: int, sides) -> int | None:
    """Where a phrase of `sides` ending right before `at` starts (its fillers before it too), else None."""
    for side in sorted(sides, key=len, reverse=True):
        start = at - len(side)
        if start >= 0 and tuple(words[start:at]) == side:
            while start > 0 and words[start - 1] in V.EITHER_OR_FILLERS:
                start -= 1
            return start
    return None


def _side_starting(words: list[str | None], at: int, sides) -> int | None:
    """Where a phrase of `sides` starting at `at`, after any fillers, ends, else None."""
    while at < len(words) and words[at] in V.EITHER_OR_FILLERS:
        at += 1
    for side in sorted(sides, key=len, reverse=True):
        if tuple(words[at:at + len(side)]) == side:
            return at + len(side)
    return None


class FactWords(frozenset):
    """A fact's stemmed words (and initials), and `said`: its words in order,
    between spaces, for phrases ("load balancing"); `by_start`: its words by
    their first SHARED_START letters, so that a looked-for word is compared
    only with the few that could be another form of it (`_found`)."""
    __slots__ = ("said", "by_start")


# Letters any two forms of one word share at their start: `made_from` lets a
# PREFIX_LETTERS word lose its final "e" ("scale" in "scalability").
SHARED_START = PREFIX_LETTERS - 1


# Facts' words read, kept: a role's facts are ranked again at each question about it.
FACT_WORDS_KEPT = 20_000


@lru_cache(maxsize=FACT_WORDS_KEPT)
def _fact_words(text: str) -> FactWords:
    # the compound as a whole ("on call") and its words ("call")
    words, said = set(), []
    for t in tokenize(text):
        if t.brk:
            said.append("|")
            continue
        words.add(stem(t.text))
        words.update(stem(part) for part in t.text.split())
        said.extend(stem(part) for part in t.text.split())
    words.update(_initialisms(text))
    words.update(unspaced_terms(text))
    out = FactWords(words)
    out.said = f" {' '.join(said)} "
    out.by_start = {}
    for w in words:
        if len(w) >= SHARED_START:
            out.by_start.setdefault(w[:SHARED_START], []).append(w)
    return out


# Capitalised words in a row, the run a name's initials are taken from.
_NAME_RUN = re.compile(r"(?:\b[A-Z][A-Za-z]+\b[ -]?){2,}")
# Initialisms this long are read off a name; shorter ones say too little.
INITIALISM_LETTERS = (3, 5)


def _initialisms(text: str) -> set[str]:
    """The initials of the names a fact writes out ("Certified Kubernetes
    Administrator" → "cka", "Site Reliability Engineering" → "sre"): recruiters
    ask by the initials ("CKA for engineer?") where documents spell them out."""
    out = set()
    for run in _NAME_RUN.finditer(text):
        letters = [w[0].casefold() for w in re.split(r"[ -]+", run.group().strip()) if w]
        for size in range(INITIALISM_LETTERS[0], INITIALISM_LETTERS[1] + 1):
            out.update("".join(letters[i:i + size]) for i in range(len(letters) - size + 1))
    return out


def said_in_text(profile, phrase: str) -> bool:
    """Whether one of the role's facts says `phrase` (stems, in order) in its text."""
    return any(f" {phrase} " in _fact_words(f.text).said for f in profile.facts if f.text)


def _found(variants: set[str], words: FactWords) -> float:
    """1 when `words` hold one of `variants` (a phrase: all its words, "load
    balancing"), PREFIX_MATCH when only a longer or shorter form of one
    ("architect" in "architecture"), else 0."""
    found = 0.0
    for v in variants:
        if v in words or " " in v and f" {v} " in words.said or " " not in v and _verb_form_in(v, words):
            return 1.0
        if len(v) >= PREFIX_LETTERS and any(made_from(w, v) or made_from(v, w) or _one_word_family(v, w)
                                            for w in words.by_start.get(v[:SHARED_START], ())):
            found = PREFIX_MATCH
    return found


def _verb_form_in(v: str, words: FactWords) -> bool:
    """Whether `words` hold a form of `v` as a verb, or `v` is one of a word's
    (`_verb_forms`): only a word `v` ends "-ing" or "-ed" on can be its base."""
    if not _verb_forms(v).isdisjoint(words):
        return True
    for ending in ("ing", "ed"):
        if v.endswith(ending):
            base = v[:-len(ending)]
            return any(w in words and v in _verb_forms(w) for w in (base, base + "e"))
    return False


def _verb_forms(word: str) -> set[str]:
    """A word's forms as a verb, the same word as its plural is: asked
    whether a role "still codes", an item on "hands-on coding" is about it
    ("code" → "coding", "coded"; "test" → "testing", "tested")."""
    base = word[:-1] if word.endswith("e") else word
    return {base + "ing", base + "ed"}


# Letters two forms of one word may differ by at the end of the shorter:
# "architecture" and "architectural", "strategy" and "strategic".
FAMILY_ENDING_LETTERS = 1


def _one_word_family(v: str, w: str) -> bool:
    """Whether `v` and `w` are forms of one word that neither begins: they
    share all but the last FAMILY_ENDING_LETTERS of the shorter, and that
    shared part is long enough to say which word it is (PREFIX_LETTERS + 2)."""
    shorter = min(len(v), len(w))
    keep = shorter - FAMILY_ENDING_LETTERS
    return keep >= PREFIX_LETTERS + 2 and v[:keep] == w[:keep]


def rank(profile, asked: set[str], sections: tuple[str, ...] = ()) -> Ranked | None:
    """The role's facts that the question's content words `asked` (stems,
    the role's name left out) point at, or None when none does. A word
    weighs by how few of the role's facts hold it (inverse document frequency);
    with `sections`, only their facts are ranked, the words still weighed by all."""
    facts = [f for f in profile.facts if f.text]
    if not facts or not asked:
        return None
    variants = expanded(asked)
    texts = [_fact_words(f.text) for f in facts]
    heads = [_fact_words(" ".join(filter(None, (f.heading, f.label, S.TITLES.get(f.section))))) for f in facts]
    n = len(facts)
    # A word weighs by how few facts hold it or a word for it; among those
    # words, an item saying a rarer one ranks higher: asked "people manager",
    # the one item on "managerial authority" beats the many on mentoring.
    # each variant looked for once in each fact: (in its text, in its heading)
    seen = {v: [(_found({v}, t), _found({v}, h)) for t, h in zip(texts, heads)]
            for v in sorted(set().union(*variants.values()))}
    weight: dict[str, tuple[float, dict[str, float]]] = {}
    for w, vs in sorted(variants.items()):  # a set's order differs per process: answers must not
        df = sum(1 for i in range(n) if any(any(seen[v][i]) for v in vs))
        if df:
            rarity = {v: math.log(1 + n / dv) for v in sorted(vs) if (dv := sum(1 for pair in seen[v] if any(pair)))}
            weight[w] = (math.log(1 + n / df), rarity)
    if not weight:
        return None
    scored = []
    for i in range(n):
        if sections and facts[i].section not in sections:
            continue
        score, hit = 0.0, []
        for w, (wt, rarity) in weight.items():
            top = max(rarity.values())
            found = max(max(seen[v][i][1] * HEADING_WEIGHT, seen[v][i][0]) * (1 - RARITY_SHARE + RARITY_SHARE * r / top)
                        for v, r in rarity.items())
            if found:
                score, hit = score + wt * found, hit + [w]
        if score:
            scored.append((score, i, hit))
    if not scored:
        return None
    best = max(s for s, _i, _h in scored)
    kept = sorted((x for x in scored if x[0] >= best * KEEP_SHARE), key=lambda x: (-x[0], x[1]))[:MAX_ITEMS]
    groups: dict[str, list] = {}
    for _score, i, _hit in sorted(kept, key=lambda x: x[1]):
        fact = facts[i]
        groups.setdefault(fact.heading or S.TITLES.get(fact.section, fact.section), []).append(fact)
    words = tuple(dict.fromkeys(w for _s, _i, hit in kept for w in hit))
    return Ranked(tuple((h, tuple(fs)) for h, fs in groups.items()), words, best,
                  tuple((score, facts[i]) for score, i, _hit in kept))


def saying_first(ranked: Ranked, words: set[str]) -> Ranked:
    """`ranked` with the items that also say one of `words` (stems: the words
    that asked for a facet, "certification" in "would a kubernetes
    certification help") first, under their sections, the rest after: of three
    items naming Kubernetes, the one on its certification answers. Unchanged
    when no item or every item says one."""
    says = {id(f) for _t, facts in ranked.groups for f in facts
            if any(_found({w}, _fact_words(" ".join(filter(None, (f.label, f.text))))) == 1.0 for w in words)}
    if not says or all(id(f) in says for _t, facts in ranked.groups for f in facts):
        return ranked
    first = tuple((t, kept) for t, facts in ranked.groups if (kept := tuple(f for f in facts if id(f) in says)))
    rest = tuple((t, kept) for t, facts in ranked.groups if (kept := tuple(f for f in facts if id(f) not in says)))
    groups: list[tuple] = []
    for title, facts in first + rest:  # a section now first and next is shown once, its items together
        if groups and groups[-1][0] == title:
            groups[-1] = (title, groups[-1][1] + facts)
        else:
            groups.append((title, facts))
    return replace(ranked, groups=tuple(groups),
                   items=tuple(x for x in ranked.items if id(x[1]) in says)
                   + tuple(x for x in ranked.items if id(x[1]) not in says))


WITHIN_ROLE = "within_role"  # the answer's intent: items of one role found by relevance


def answer(profile, ranked: Ranked, confidence: float):
    """The ranked items as an answer: each under its section, with sources."""
    from bot import compose
    from bot.answer import Answer, Item, Section

    role = profile.role
    sections = tuple(Section(title, tuple(Item(text=f.text, label=None if f.label == title else f.label,
                                               source=f.source) for f in facts))
                     for title, facts in ranked.groups)
    sources = tuple(dict.fromkeys(f.source for _t, facts in ranked.groups for f in facts))
    # a word of a phrase found is said once, in the phrase: "machine learning", not "Machine, Learning, machine learning"
    said = [w for w in ranked.words if not any(w != other and w in other.split() for other in ranked.words)]
    said = _unspaced_joined(said)
    return Answer(
        title=f"{role.title}: about {', '.join(_as_written(w, ranked.groups) for w in said)}",
        intent=WITHIN_ROLE, sections=sections,
        roles=(role.title,), confidence=confidence, sources=sources,
        suggestions=compose.follow_ups(role, V.NAMED_SECTION, profile),
    )


def _unspaced_joined(words: list[str]) -> list[str]:
    """The characters and pairs a Japanese word was looked for by (`text.unspaced_terms`), said as
    the word again: "未経験", not "未, 未経, 経, 経験, 験"."""
    pieces = [w for w in words if unspaced_run(w)]
    if not pieces:
        return words
    kept = [p for p in pieces if not any(p != other and p in other for other in pieces)]
    joined = True
    while joined:
        joined = False
        for a in kept:
            b = next((b for b in kept if b != a and len(a) > 1 and len(b) > 1 and a[-1] == b[0]), None)
            if b is not None:
                kept = [w for w in kept if w not in (a, b)] + [a + b[1:]]
                joined = True
                break
    return [w for w in words if w not in pieces] + kept


def not_shown(answer, ranked: Ranked) -> tuple:
    """The ranked items an answer does not already show, as its sections."""
    from bot.answer import Item, Section

    shown = {item.text for section in answer.sections for item in section.items}
    out = []
    for title, facts in ranked.groups:
        items = tuple(Item(text=f.text, label=None if f.label == title else f.label, source=f.source)
                      for f in facts if f.text not in shown)
        if items:
            out.append(Section(title, items))
    return tuple(out)


_WRITTEN = re.compile(r"[A-Za-z0-9][\w+#]*")


def _as_written(word: str, groups) -> str:
    """An asked word as the items shown write it ("Kubernetes" for the stem
    "kubernete" it was looked for by), else as it is: the title repeats the
    asker's topic, not the form it was matched in."""
    if " " not in word:
        for _title, facts in groups:
            for fact in facts:
                for written in _WRITTEN.findall(fact.text):
                    if stem(written.lower()) == word:
                        return written
    return word
