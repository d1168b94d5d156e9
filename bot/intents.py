"""Weighing what a question asks for, from the phrase tables in `vocabulary`.

Phrases are tokenized exactly like questions, matched longest first, and
each matched phrase adds its weight to its intent once. Words of five letters
or more forgive a typo ("salery", "responsibilites"). The result also says
which tokens the phrases used, so the role matcher does not read "lead to"
or "on the hook" as part of a title.
"""

from dataclasses import dataclass

from bot.fuzzy import WordIndex, singular
from bot.text import Token, tokenize
from bot.vocabulary import INTENT_PHRASES, NEVER_TYPOS, OBJECT_BONUS, OBJECT_NOT_FIRST, QUALIFIES, ROLE_LIST_NOUNS
from bot.vocabulary import DOER_SUBJECTS, HELPER_DO, PAST_WHAT_SHOWN, POINTING_BACK, WH_OBJECT_WORDS


# A heading of the role's own document is read as an intent only by a phrase
# that settles the intent by itself (see `vocabulary`): "Who you'll work with"
# (4) is about the team, while "Req id" ("req" 2.5) is not the requirements.
HEADING_MIN_WEIGHT = 3


@dataclass(frozen=True)
class PhraseHit:
    intent: str
    phrase: str
    weight: float
    start: int
    end: int


@dataclass(frozen=True)
class IntentMatch:
    scores: dict[str, float]
    hits: tuple[PhraseHit, ...]
    used: tuple[bool, ...]  # token used by a phrase
    used_by_long: tuple[bool, ...]  # token used by a phrase of two words or more
    corrected: tuple[bool, ...] = ()  # token matched a phrase only as a typo of it

    def top(self, intents) -> tuple[str | None, float]:
        best = max(((self.scores.get(i, 0.0), i) for i in intents), default=(0.0, None))
        return (best[1], best[0]) if best[0] > 0 else (None, 0.0)

    def has(self, intent: str, minimum: float = 0.01) -> bool:
        return self.scores.get(intent, 0.0) >= minimum

    def phrases(self, intent: str) -> list[str]:
        return [h.phrase for h in self.hits if h.intent == intent]

    def without(self, inside) -> "IntentMatch":
        """The match without the phrases that lie wholly inside one of the
        token spans `inside` (start, end): "office" inside "office manager"
        is the role's name, not a question about its office."""
        kept = tuple(h for h in self.hits if not any(s <= h.start and h.end <= e for s, e in inside))
        if len(kept) == len(self.hits):
            return self
        return IntentMatch(_scores(kept), kept, self.used, self.used_by_long, self.corrected)

    def with_hits(self, more) -> "IntentMatch":
        """The match with the phrases `more` added: phrases read from where
        the question's words stand around its role (see `bot.asked_words`)."""
        more = tuple(more)
        if not more:
            return self
        hits = self.hits + more
        return IntentMatch(_scores(hits), hits, self.used, self.used_by_long, self.corrected)


# Letters a word and another form or spelling of it share at their start
# ("behavioural" and "behavioral", "applies" and "apply").
SAME_WORD_START = 4


class IntentMatcher:
    def __init__(self, table: dict[str, dict[str, float]] = INTENT_PHRASES):
        self.phrases: dict[str, list[tuple[tuple[str, ...], str, str, float]]] = {}
        words = set()
        known: set[tuple[str, tuple[str, ...]]] = set()
        for intent, phrases in table.items():
            for phrase, weight in phrases.items():
                seq = tuple(t.text for t in tokenize(phrase))
                if not seq or (intent, seq) in known:
                    continue  # two spellings of one phrase ("job description", "jd") count once
                known.add((intent, seq))
                self.phrases.setdefault(seq[0], []).append((seq, intent, phrase, weight))
                words.update(seq)
        for entries in self.phrases.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.words = WordIndex(words)
        self.alone = {seq[0] for entries in self.phrases.values() for seq, *_ in entries if len(seq) == 1}

    def match(self, tokens: list[Token], title_words=None, document_words=frozenset()) -> IntentMatch:
        texts = [self._canonical(t.text, title_words, document_words) for t in tokens]
        used = [False] * len(tokens)
        long_used = [False] * len(tokens)
        corrected = [False] * len(tokens)
        hits: list[PhraseHit] = []
        seen: set[tuple[str, str]] = set()
        spans: set[tuple[str, int]] = set()
        i = 0
        while i < len(tokens):
            if tokens[i].text in HELPER_DO and i + 2 < len(tokens) and tokens[i + 1].text in DOER_SUBJECTS:
                i += 1  # a helper: "what do they prefer" asks what they prefer, not what they do
                continue
            if tokens[i].text in PAST_WHAT_SHOWN and i + 1 < len(tokens) and tokens[i + 1].text in POINTING_BACK:
                i += 2  # "beyond that": more than the answer on screen, no facet asked
                continue
            matched = None
            # a phrase's second word is tried first: most phrases a word starts go on otherwise
            after = texts[i + 1] if i + 1 < len(tokens) else ()
            for first in texts[i]:
                for seq, intent, phrase, weight in self.phrases.get(first, ()):
                    n = len(seq)
                    if n > 1 and seq[1] not in after:
                        continue
                    if i + n <= len(tokens) and all(seq[k] in texts[i + k] for k in range(n)):
                        matched = (seq, intent, phrase, weight)
                        break
                if matched:
                    break
            if not matched:
                i += 1
                continue
            seq, intent, phrase, weight = matched
            n = len(seq)
            # Every phrase of that length starting here counts (one word can
            # hint at two intents), each phrase once.
            for first in texts[i]:
                for s2, intent2, phrase2, weight2 in self.phrases.get(first, ()):
                    if len(s2) == n and (n == 1 or s2[1] in after) and all(s2[k] in texts[i + k] for k in range(n)):
                        # each phrase once, and one span once per intent: "technical skills"
                        # is not also "technical skill" (a word's singular is read too)
                        if (intent2, phrase2) not in seen and (intent2, i) not in spans:
                            seen.add((intent2, phrase2))
                            spans.add((intent2, i))
                            hits.append(PhraseHit(intent2, phrase2, weight2, i, i + n))
            for k in range(i, i + n):
                used[k] = True
                # a plural read as its singular ('must haves') is no typo mended
                corrected[k] = tokens[k].text != seq[k - i] and singular(tokens[k].text) != seq[k - i]
                if n > 1:
                    long_used[k] = True
            i += n
        hits += _asked_objects(tokens, hits)
        return IntentMatch(_scores(hits), tuple(hits), tuple(used), tuple(long_used), tuple(corrected))

    def _canonical(self, text: str, title_words, document_words=frozenset()) -> tuple[str, ...]:
        """The vocabulary words a token may stand for: itself first, then its
        singular, then the closest typo corrections. Ordered, not a set: the
        first that starts a phrase is the one read, and a set's order changes
        from one process to the next."""
        found = [text]
        if text in self.alone:
            return tuple(found)  # a phrase of its own ("needs"): not also its singular's ("need")
        one = singular(text)
        if one and one != text and one in self.words.words:
            found.append(one)  # a plural of a phrase word: "salaries" where the phrase says "salary"
        if text in self.words.words:
            return tuple(found)  # "promotions" of "promotions work" is still "promotion" alone
        if title_words is not None and title_words(text) or text in NEVER_TYPOS:
            return tuple(found)  # a title word (or "sorry") is not a typo of an intent word
        for word, _score in self.words.lookup(text)[:2]:
            if not (len(text) > len(word) and text.endswith(word)) and word not in found \
                    and (text not in document_words or word[:SAME_WORD_START] == text[:SAME_WORD_START]):
                # not a word with a letter before it: "bother" is no typo of "other"; and a word the
                # documents use is another form of the intent's word ("behavioural"), never another
                # word ("aviation" is no "vacation", "device" no "advice")
                found.append(word)
        return tuple(found)


def _asked_objects(tokens: list[Token], hits: list[PhraseHit]) -> list[PhraseHit]:
    """A phrase right after "which" or "what" is the thing asked for ("which
    technical skills should I look for"): it weighs OBJECT_BONUS more than the
    question's other phrases, unless it is a verb's helper ("what do …") or
    a word qualifying roles ("what other roles": the roles are asked for)."""
    out = []
    for hit in hits:
        before = tokens[hit.start - 1].text if hit.start > 0 else None
        first = tokens[hit.start].text
        after = tokens[hit.end].text if hit.end < len(tokens) else None
        if before in WH_OBJECT_WORDS and first not in OBJECT_NOT_FIRST and hit.phrase.split()[0] not in WH_OBJECT_WORDS \
                and after not in ROLE_LIST_NOUNS:
            out.append(PhraseHit(hit.intent, f"{before} {hit.phrase}", OBJECT_BONUS, hit.start - 1, hit.end))
    return out


def _scores(hits) -> dict[str, float]:
    """Each intent's weight: its phrases' weights summed, a qualifier taking
    the weight of the intent it qualifies (QUALIFIES)."""
    scores: dict[str, float] = {}
    for hit in hits:
        scores[hit.intent] = scores.get(hit.intent, 0.0) + hit.weight
    for qualifier, qualified in QUALIFIES.items():
        if scores.get(qualifier):
            scores[qualifier] += sum(scores.get(q, 0.0) for q in qualified)
    return scores
