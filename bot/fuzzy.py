"""Typo-tolerant word lookup that does not slow down as the vocabulary grows.

Scanning every known word with rapidfuzz for each question word costs time in
proportion to the vocabulary; with 100,000 role titles that is tens of
milliseconds. Instead each word is indexed under itself and every one-letter
deletion of it (the SymSpell idea): two words within one edit, or one
transposition, share a key, so a lookup costs a handful of dictionary hits
whatever the vocabulary size. rapidfuzz then verifies and scores the few
candidates.
"""

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

# Shorter words are not corrected: "need" and "lead", "ops" and "sops" are
# one edit apart but mean different things. Chosen on the dev questions: 5
# letters keeps "enginer" and "bakend" and drops every false correction seen.
MIN_FUZZY_LENGTH = 5
# Two edits are allowed from this length on ("engeneer", "sofware" stay one).
TWO_EDITS_LENGTH = 9
# Lookups a WordIndex remembers (a few hundred KB at most): far more distinct
# words than a busy day's questions use; past it the memo starts again.
LOOKUPS_KEPT = 8192


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class WordIndex:
    """Known words; `lookup` returns the known words a token may be, scored 0-100."""

    def __init__(self, words=()):
        self.words: set[str] = set()
        self._keys: dict[str, set[str]] = {}
        self._looked_up: dict[str, list[tuple[str, float]]] = {}  # `lookup`'s answers, until a word is added
        for word in words:
            self.add(word)

    def add(self, word: str) -> None:
        if word in self.words:
            return
        self._looked_up = {}
        self.words.add(word)
        if len(word) >= MIN_FUZZY_LENGTH - 1:
            for key in _deletions(word) | {word}:
                self._keys.setdefault(key, set()).add(word)

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def lookup(self, token: str) -> list[tuple[str, float]]:
        """The known words `token` may be, best first. Remembered per word: the
        same few question words ("what", "salary", "engineer") are looked up by
        every question, and a word not known costs a few dozen deletions."""
        found = self._looked_up.get(token)
        if found is None:
            found = self._lookup(token)
            if len(self._looked_up) >= LOOKUPS_KEPT:
                self._looked_up = {}
            self._looked_up[token] = found
        return list(found)

    def _lookup(self, token: str) -> list[tuple[str, float]]:
        if token in self.words:
            return [(token, 100.0)]
        one = singular(token)
        if one and one in self.words:
            return [(one, 99.0)]
        if len(token) < MIN_FUZZY_LENGTH:
            return []
        candidates: set[str] = set()
        for key in _deletions(token) | {token}:
            candidates |= self._keys.get(key, set())
        limit = 2 if len(token) >= TWO_EDITS_LENGTH else 1
        found = [(word, fuzz.ratio(token, word)) for word in candidates
                 if abs(len(word) - len(token)) <= limit and OSA.distance(token, word) <= limit]
        if not found and limit == 1:
            found = self._swapped_and_one_more(token)
        # Ties are broken by the word itself: `candidates` is a set, whose
        # order changes from one process to the next with string hashing, and
        # an answer must not depend on which process gave it.
        return sorted(found, key=lambda pair: (-pair[1], pair[0]))

    def _swapped_and_one_more(self, token: str) -> list[tuple[str, float]]:
        """A word typed in a hurry: two letters swapped and one more slip
        ("sowfare" for "software", "enigner" for "engineer"). Only when one known
        word alone is that close, so that two slips never pick between words."""
        close: set[str] = set()
        for i in range(len(token) - 1):
            if token[i] == token[i + 1]:
                continue
            swapped = token[:i] + token[i + 1] + token[i] + token[i + 2:]
            for key in _deletions(swapped) | {swapped}:
                close |= {word for word in self._keys.get(key, ())
                          if abs(len(word) - len(swapped)) <= 1 and OSA.distance(swapped, word) <= 1}
        if len(close) != 1:
            return []
        word = close.pop()
        return [(word, fuzz.ratio(token, word))]


def singular(token: str) -> str | None:
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return None
