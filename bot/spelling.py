"""Typos mended before a question is read, against every word RoleCall knows.

Intent phrases and titles forgive a typo where they are matched, but many
readers look a word up as it is ("roles" for the list, "databases" among a
role's items, "GraphQL" searched in the documents): "what rloes are there" or
"any role asking for GrpahQL?" lost the question. `Speller.mended` puts back
the known word a typed word is one slip away from, before anything reads the
text, so every reader sees the word the user meant. A word it knows, of the
vocabulary, a title, a company or place, or the documents, is never changed.

Only slips that rarely make another real word are mended: two letters swapped
(at five letters or more), and a letter left out or added from seven letters;
never a wrong letter ("scala" is not "scale", "react" not "reach", "remaining"
not "retaining"). Two letters swapped tell a slip best ("statring" is
"starting", not "stating"); a word one slip from two different known words
otherwise is left as typed. The known words are every table of `bot`'s
modules (`vocabulary` and the word sets other modules keep), titles, names
and the documents' words.

Dictation and hurried typing split a tool's name into pieces ("terra form",
"graph QL", "rabbit MQ", "a w s"): two or three words in a row, one of them
no known word, whose letters together are a word of the documents are
written as that word. Known words side by side are left ("data base" may be
meant as two), so only a piece nobody would ask about is ever joined.

Chat also drops a word's vowels ("glbl lead salry", "rqrmnts"): a word typed
without a vowel, of SKELETON_LETTERS or more, that no slip mends is the one
known word whose letters but its vowels are the ones typed.
"""

import re
import sys

from bot import vocabulary as V
from bot.fuzzy import singular

# Shortest word mended by two letters swapped; dropped or added letters need
# longer words (see the module docstring). Chosen with eval/perturb.py on the
# dev and tuning banks, and the stories of tests/.
SWAP_LETTERS = 5
DROP_OR_ADD_LETTERS = 7
# Shorter words are mended only by two letters swapped into a common word of the
# questions' grammar ("teh", "hwo", "waht"): such a word is typed in every
# question, so its slips are the most common, and a title's or a tool's short
# word ("sre", "aws") is never one swap from it.
SHORT_LETTERS = 3
# Longest word mended: a longer one is no word typed with a slip ("aaaa…" pasted), and its
# one-slip variants would fill memory (26 × its length strings of its length).
MAX_LETTERS = 40
# Endings a known word may take and still be that word ("mentors", "hired").
ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")  # and "-ied" for "-y" ("studied")
# Shortest known word an ending is taken off to: "yaers" is no "ya" + "ers"
# (a slip of "years": "ya" is a word of the greetings' table). The common words
# of two letters and an ending ("doing", "using") are known as they are.
MIN_STEM = 3

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Shortest word read as a known word without its vowels: "mgr" and "bck" are
# too short to tell one word from another.
SKELETON_LETTERS = 4
_VOWELS = re.compile(r"[aeiou]")
# A word of letters alone, not part of a name with digits or marks ("node.js", "c#", "@bot").
# A possessive's word is typed as others are ("which rloe's pay").
_TYPED_WORD = re.compile(r"(?<![\w'’.#+@])[^\W\d_]{%d,}(?![\w#+@]|['’](?!s\b)|\.\w)" % SHORT_LETTERS)
# At most this many typed pieces are joined into one word of the documents ("a w s").
MAX_PIECES = 3
# Words in a row, one space apart, as dictation splits a name: the whole run,
# each start of which `Speller._joined` tries ("need cube er netties": the
# last three, though runs cut three by three would split them).
_PIECES = re.compile(r"(?<![\w'’.#+@/-])[^\W\d_]+(?: [^\W\d_]+)+(?![\w'’#+@-])")
# Dictation writes a name as it sounds ("cube er netties", "post gress"): pieces
# joined are that word when they sound alike (`sound`) and no other known word
# of as many letters or more does. Shorter words sound like too many others.
SOUND_LETTERS = 7
# Letters written alike for their sound, before the vowels go: the longest first.
_SOUNDS = (("ph", "f"), ("ck", "k"), ("qu", "k"), ("q", "k"), ("x", "ks"), ("z", "s"), ("c", "k"))


def sound(word: str) -> str:
    """How `word` sounds, roughly: its consonants, each said once ("kubernetes"
    and "cubeernetties" are both "kbrnts"), a soft "c" as "s"."""
    word = re.sub(r"c(?=[eiy])", "s", word.casefold())
    for written, said in _SOUNDS:
        word = word.replace(written, said)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy'\W\d_]", "", word))
# The common words a short word may be mended to: those of the questions' grammar.
_SHORT_WORDS = frozenset(w for w in V.FUNCTION_WORDS | V.COMMON_SHORT_WORDS
                         if w.isalpha() and SHORT_LETTERS <= len(w) < SWAP_LETTERS)
# The word typed next to a slip, for the pairs the vocabulary writes ("hwo many" is "how many").
_NEXT_WORD = re.compile(r"\W*([^\W\d_]+)")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def vocabulary_words() -> tuple[set[str], set[tuple[str, str]]]:
    """Every word of the tables (upper-case names) of `bot.vocabulary` and of
    every other `bot` module loaded, lower case: "remaining" of the context's;
    and every two words the tables write side by side ("how many", "who manages")."""
    words: set[str] = set()
    pairs: set[tuple[str, str]] = set()

    def walk(value, depth=0):
        if isinstance(value, str):
            said = [w for w in re.split(r"[\s|]+", value.casefold()) if w]
            words.update(said)
            pairs.update(zip(said, said[1:]))
        elif depth < 3 and isinstance(value, dict):
            for key, inner in value.items():
                walk(key, depth + 1)
                walk(inner, depth + 1)
        elif depth < 3 and isinstance(value, (set, frozenset, tuple, list)):
            for inner in value:
                walk(inner, depth + 1)

    modules = [V] + [m for name, m in sorted(sys.modules.items()) if name.startswith("bot.") and m is not V]
    for module in modules:
        for name, value in vars(module).items():
            if name.isupper() and not callable(value):
                walk(value)
    return words, pairs


_VOCABULARY: set[str] | None = None
_PAIRS: set[tuple[str, str]] = set()


class Speller:
    """The words known to one knowledge version: vocabulary, titles, names, the documents' words."""

    def __init__(self, known_words, title_words=()):
        global _VOCABULARY, _PAIRS
        if _VOCABULARY is None:
            _VOCABULARY, _PAIRS = vocabulary_words()
        known = set(_VOCABULARY) | set(title_words)
        documents: set[str] = set()
        for word in known_words:
            documents.update(w for w in re.split(r"[^a-z0-9+#']+", word) if w)
        self.known = frozenset(known | documents)
        self.documents = frozenset(documents)
        self._sounds: dict[str, set[str]] | None = None  # the known words by `sound`, when first asked
        self._skeletons: dict[str, set[str]] | None = None  # the known words by their letters but vowels, likewise

    def knows(self, word: str) -> bool:
        """Whether `word` is a known word or one with a known ending ("mentors", "mentored")."""
        if word in self.known or singular(word) in self.known or word + "s" in self.known:
            return True  # "weekend" where the documents say "weekends"
        if word.endswith("ied") and word[:-3] + "y" in self.known:
            return True  # "studied"
        return any(word.endswith(e) and len(word) - len(e) >= MIN_STEM
                   and (word[:-len(e)] in self.known or word[:-len(e)] + "e" in self.known) for e in ENDINGS)

    def mended(self, text: str) -> str:
        """`text` with each word one slip from a single known word written as that word."""
        return _TYPED_WORD.sub(self._mend, _PIECES.sub(self._joined, text))

    def _joined(self, match: re.Match) -> str:
        """Words in a row as the one word of the documents they spell, when one of them is
        no word at all ("terra form" is "terraform"); else as typed. Each start is tried,
        longest run first, so "needs terra form" still finds its last two words."""
        words = match.group().split(" ")
        # whether each word is a word, asked once for the word, not once for every run it is in;
        # a run of words alone is left as typed, so a text of words alone is
        known = [self.knows(word.casefold()) for word in words]
        if all(known):
            return match.group()
        out, i = [], 0
        while i < len(words):
            for size in range(min(MAX_PIECES, len(words) - i), 1, -1):
                pieces = words[i:i + size]
                joined = "".join(pieces).casefold()
                if all(known[i:i + size]) or len(joined) <= 3:
                    continue
                if joined in self.documents:
                    out.append("".join(pieces))
                    i += size
                    break
                # A name said in pieces ends in a piece that is no word ("post gress", "cube er
                # netties"); a run ending in a word is words said ("pharma role" is no "formerly").
                # a piece one slip from a word is that word mistyped ("most yeras" is no "masters")
                last = pieces[-1].casefold()
                if not known[i + size - 1] and (len(last) > MAX_LETTERS or self._fixed(last) is None) \
                        and (alike := self._sounds_like(joined)) is not None:
                    out.append(alike)
                    i += size
                    break
            else:
                out.append(words[i])
                i += 1
        return " ".join(out)

    def _sounds_like(self, joined: str) -> str | None:
        """The one known word of SOUND_LETTERS or more that `joined` sounds like, if only one does."""
        if len(joined) < SOUND_LETTERS:
            return None
        said = sound(joined)
        if len(said) < SOUND_LETTERS - 2:
            return None
        if self._sounds is None:
            sounds: dict[str, set[str]] = {}
            for word in self.known:
                if len(word) >= SOUND_LETTERS and word.isalpha():
                    sounds.setdefault(sound(word), set()).add(word)
            self._sounds = sounds
        alike = self._sounds.get(said, set())
        return next(iter(alike)) if len(alike) == 1 else None

    def _mend(self, match: re.Match) -> str:
        typed = match.group()
        word = typed.casefold()
        if not word.isascii() or len(word) > MAX_LETTERS or self.knows(word):
            return typed
        fixed = self._fixed(word, match)
        if fixed is None:
            return typed
        return fixed.upper() if typed.isupper() else fixed.capitalize() if typed[0].isupper() else fixed

    def _fixed(self, word: str, match: re.Match | None = None) -> str | None:
        """The one known word `word` (lower case, no known word) is a slip of, else None;
        `match`, where it was typed, tells two words apart by their neighbours."""
        if len(word) < SWAP_LETTERS:  # "teh": only a swap into a common word
            slips = {o for o in self._slips(word, swaps_only=True) if o in _SHORT_WORDS}
        else:
            slips = self._slips(word, swaps_only=True) or self._slips(word)  # a swap tells most of a slip
        if len({singular(c) or c for c in slips}) > 1 and match is not None:
            slips = _said_with_neighbours(slips, match)  # "hwo many": "how", as "who many" is never said
        if not slips and len(word) >= SKELETON_LETTERS and not _VOWELS.search(word):
            slips = self._without_vowels(word)
        if len({singular(c) or c for c in slips}) != 1:
            return None
        return min(slips)

    def _without_vowels(self, word: str) -> set[str]:
        """The known words that are `word` once their vowels are dropped ("glbl": "global")."""
        if self._skeletons is None:
            skeletons: dict[str, set[str]] = {}
            for known in self.known:
                if known.isalpha() and _VOWELS.search(known):
                    skeletons.setdefault(_VOWELS.sub("", known), set()).add(known)
            self._skeletons = skeletons
        return self._skeletons.get(word, set())

    def _slips(self, word: str, swaps_only: bool = False) -> set[str]:
        """The known words `word` is one slip of, as the module docstring allows."""
        n = len(word)
        options = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(n - 1)}
        if n >= DROP_OR_ADD_LETTERS and not swaps_only:
            options |= {word[:i] + word[i + 1:] for i in range(n)}
            options |= {word[:i] + c + word[i:] for i in range(n + 1) for c in _LETTERS}
        # Not the word with a letter more or less at either end: "mentors" is "mentor", "bother" not "other".
        # a letter more or less must give a word known as it is: "weeked" is no "week" + "ed" for "weekend"
        return {o for o in options if o != word and (self.knows(o) if len(o) == n else self._known_as_is(o))
                and not (o.startswith(word) or word.startswith(o) or o.endswith(word) or word.endswith(o))}

    def _known_as_is(self, word: str) -> bool:
        return word in self.known or singular(word) in self.known


def _said_with_neighbours(slips: set[str], match: re.Match) -> set[str]:
    """Of the words a slip may be, those the vocabulary writes beside the word typed
    next to it or before it: "hwo" is "how" or "who", and "hwo many" is "how many";
    "hwo is" stays both, and the slip is left as typed."""
    after = _NEXT_WORD.match(match.string, match.end())
    before = _LAST_WORD.search(match.string, 0, match.start())
    said = {c for c in slips if after and (c, after.group(1).casefold()) in _PAIRS
            or before and (before.group(1).casefold(), c) in _PAIRS}
    return said or slips
