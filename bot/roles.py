"""Finding the roles a question names, with scores.

Titles and aliases of profiled roles, and the titles that only appear in
career paths, are cut into content words. A mention is a run of question
words that all belong to one title (typos forgiven by `WordIndex`); its
score is how much of the title the run covers, weighting rare words more
("global" says more than "engineer"), times how cleanly the words matched.
So "lead backend" is nearly all of "Lead Backend Engineer", "lead engineer"
is half of two titles (ambiguous), and "staff engineer" is all of a title
that has no profile.

Candidates come from per-word posting sets, intersected from the rarest, so
finding a role costs about the same with four titles or a hundred thousand.
"""

import bisect
import math
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot import short_forms
from bot.fuzzy import WordIndex, singular
from bot.text import Token, words_of
from bot.vocabulary import (
    ABBREVIATIONS,
    AGENT_NOUN_ENDINGS,
    AGENT_SHAPED_VERBS,
    BARE_VERB_BEFORE,
    DETERMINERS,
    FUNCTION_WORDS,
    HEAD_SYNONYMS,
    HIRING_STAGE_PEOPLE,
    INTENT_PHRASES,
    LEVEL_NUMBERS,
    LEVEL_WORDS,
    NON_DEFINING_WORDS,
    NOUNS_ENDING_IN_LY,
    PHRASE_BREAK_ENDINGS,
    PHRASE_BREAK_VERBS,
    PHRASE_BREAKS,
    SENIORITY_WORDS,
    WORD_FAMILIES,
)

# Longest run of content words tried as one title.
MAX_SPAN_WORDS = 6
# Past this many titles sharing a run's words, only exact titles are scored:
# a run that common ("engineer" among 100,000 titles) names no role by itself.
MAX_PARTIAL_CANDIDATES = 400
# Spans' scores a role index remembers (`RoleIndex._score`): a day's questions use far fewer
# distinct spans; past it the memo starts again.
SCORES_KEPT = 8192
# How alike a question word and its other form in a title count ("contract" for
# "contractor", "eng" for "engineering"): below an exact word (100) and a
# one-letter typo of a long word (~90), so a title that has the word itself wins.
# No typo `WordIndex` forgives scores exactly 85 (its ratio would need 3 edits in 20 letters).
FAMILY_SIMILARITY = 85.0
# A word cut short ("glob" for "global", "infra" for "infrastructure") stands for
# the title words it begins, as a word of its family does (at FAMILY_SIMILARITY,
# only beside another word of the title). It needs this many letters, and the
# title word at least CLIPPED_LEFT_OFF more: "lead" is a word, not "leader" cut short.
CLIPPED_MIN_LETTERS = 4
CLIPPED_LEFT_OFF = 2
# An abbreviation typed is read as a title word cut short from this many letters ("exp").
CLIPPED_ABBREVIATION_LETTERS = 3
# A start more title words share ("inter…") is no one word cut short.
MAX_CLIPPED_WORDS = 3
# A word shorter than `fuzzy.MIN_FUZZY_LENGTH` is taken for a mistyped title word
# only beside the rest of that title, in that word's place, same length, one letter
# off ("leed backend engineer"); below this length a letter is too much of it.
SHORT_TYPO_MIN_LETTERS = 4
# A title word typed as two ("soft wear", "back end") is joined from halves of
# at least this many letters: shorter ones ("a", "s") are words or slips of their own.
SPLIT_HALF_LETTERS = 3
# Words the intent phrases use are what they ask, never a title word cut short ("comp").
_INTENT_WORDS = {word for phrases in INTENT_PHRASES.values() for phrase in phrases for word in phrase.split()}


@dataclass(frozen=True)
class Title:
    name: str  # how it is shown
    words: tuple[str, ...]
    role_id: int | None  # None: named in a career path, no profile of its own
    alias: str  # the spelling this entry was made from


@dataclass(frozen=True)
class Candidate:
    title: Title
    score: float  # 0..1
    matched: frozenset[str] = frozenset()  # the title's words the mention wrote


@dataclass
class Mention:
    start: int  # token indices, end exclusive
    end: int
    text: str  # the words as the user wrote them
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    def profiled(self) -> list[Candidate]:
        return [c for c in self.candidates if c.title.role_id is not None]


# Words after "of" that start an owner, not the rest of a title: "the team of *the* lead" is the
# lead's team; a title says "Head of Engineering", never "Head of the Engineering".
OWNER_ARTICLES = {"the", "a", "an", "their", "its", "his", "her", "our", "your", "my"}
# Words no title has inside it that set one role against another ("the engineer not
# the lead", "expert no the global one"): a run of title words stops at them, though
# they are function words a title may otherwise stand around.
CONTRAST_WORDS = {"not", "no", "neither"}


# One letter and a hyphen before a title word: "E-commerce", "e-Learning", "X-ray".
_LETTER_HYPHEN = re.compile(r"(?<![\w-])([A-Za-z])-([A-Za-z]{3,})")


class RoleIndex:
    def __init__(self, roles, career_titles: dict[str, str]):
        self.titles: list[Title] = []
        seen: set[tuple[int | None, tuple[str, ...]]] = set()
        profiled_keys = set()
        codes: set[str] = set()
        for role in roles:
            for alias in _variants(role.aliases):
                words = tuple(words_of(alias))
                if words and (role.id, words) not in seen:
                    seen.add((role.id, words))
                    self.titles.append(Title(role.title, words, role.id, alias))
                    profiled_keys.add(words)
            for code in getattr(role, "references", ()):  # "how do I apply for SMS-HS-2611": the code names its role
                codes.add(code)
                words = tuple(words_of(code))
                if words and (role.id, words) not in seen:
                    seen.add((role.id, words))
                    self.titles.append(Title(role.title, words, role.id, code))
        for _key, name in sorted(career_titles.items()):
            words = tuple(words_of(name))
            if words and words not in profiled_keys and (None, words) not in seen:
                seen.add((None, words))
                self.titles.append(Title(name, words, None, name))
        self.postings: dict[str, set[int]] = {}
        self.exact: dict[frozenset[str], list[int]] = {}
        for i, title in enumerate(self.titles):
            for word in set(title.words):
                self.postings.setdefault(word, set()).add(i)
            self.exact.setdefault(frozenset(title.words), []).append(i)
        # Words of a title's name, not only of a reference code: "kfpl" of "KFPL-2026-114" is the
        # library's initials too, and a company asked by them is no title's word.
        self.name_words = {w for t in self.titles if t.alias not in codes for w in t.words}
        total = max(len(self.titles), 1)
        self.idf = {w: math.log(1 + total / len(ids)) for w, ids in self.postings.items()}
        self.words = WordIndex(self.postings)
        self._sorted_words = sorted(self.postings)  # words a clipped word begins are found by bisection
        # A title word behind one letter and a hyphen ("E-commerce", "e-Learning") is typed glued to the
        # letter too, and cut short so ("ecom marketeer"): the glued word -> the title's word.
        self._letter_glued = {(letter + word).casefold(): word.casefold()
                              for t in self.titles for letter, word in _LETTER_HYPHEN.findall(t.alias)
                              if word.casefold() in self.postings}
        # Two words of a title in a row, glued as people type some titles ("barback" for "Bar Back",
        # "deckhand" for "Deck Hand"): the glued word -> the two words.
        self.glued = {a + b: (a, b) for t in self.titles if t.alias not in codes
                      for a, b in zip(t.words, t.words[1:]) if a.isalpha() and b.isalpha()}
        self.heads = {title.words[-1] for title in self.titles}  # "engineer", "architect", "manager"
        # The person each title names: its last word before any "of" ("director" of "Director of Engineering").
        self.role_nouns = {words[-1] for t in self.titles if (words := words_of(_OF.split(t.alias, 1)[0]))}
        self._weight = [sum(self.idf[w] for w in set(t.words)) for t in self.titles]
        self.short_forms = short_forms.table(self.titles)  # {"bdm": {role id: its name's words}}
        self._scored: dict[tuple, list[Candidate]] = {}  # `_score`'s answers, by the words scored

    def titles_sharing_words(self, text: str, limit: int = MAX_PARTIAL_CANDIDATES) -> list[Title]:
        """Titles with a word of `text` (typos forgiven), rarest words first, at most `limit`."""
        ids: set[int] = set()
        words = [w for token in words_of(text) for w, _ in self.words.lookup(token)[:1]]
        for word in sorted(words, key=lambda w: len(self.postings[w])):
            ids |= self.postings[word]
            if len(ids) >= limit:
                break
        return [self.titles[i] for i in sorted(ids)[:limit]]

    def knows(self, word: str) -> bool:
        return bool(self.words.lookup(word))

    def find(self, tokens: list[Token], usable: list[bool], question: str) -> list[Mention]:
        """Non-overlapping mentions, longest and best first."""
        options: list[list[tuple[str, float]]] = []
        for token, ok in zip(tokens, usable):
            if not ok or token.brk or token.text in FUNCTION_WORDS:
                options.append([])
            else:
                options.append(self._lookup(token.text))
        clipped = set()  # right before another title word: "exp sw eng", not "exp for sw eng"
        for i in range(len(tokens) - 1):
            if usable[i] and not tokens[i].brk and not options[i] and options[i + 1]:
                options[i] = self._clipped_abbreviation(tokens[i], question)
                clipped.update([i] if options[i] else [])
        for i in range(1, len(tokens)):  # right after one, three letters too: "legal sec", "cold store sup"
            if usable[i] and not tokens[i].brk and not tokens[i - 1].brk and not options[i] and options[i - 1] \
                    and len(tokens[i].text) == CLIPPED_ABBREVIATION_LETTERS and tokens[i].text.isalpha() \
                    and tokens[i].text not in FUNCTION_WORDS and tokens[i].text not in _INTENT_WORDS:
                options[i] = [(whole, FAMILY_SIMILARITY)
                              for whole in self._clipped(tokens[i].text, CLIPPED_ABBREVIATION_LETTERS)]
                clipped.update([i] if options[i] else [])
        glued = self._split_words(tokens, usable, options)
        spans = []
        for start in range(len(tokens)):
            if not options[start]:
                continue
            content = []
            for end in range(start, len(tokens)):
                token = tokens[end]
                if token.brk or not usable[end] or end > start and _sentence_between(question, tokens[end - 1], token):
                    break
                if end > start and tokens[end - 1].text == "of" and token.text in OWNER_ARTICLES:
                    break  # "the team of the lead": the lead's team, no Team Lead
                if token.text in CONTRAST_WORDS:
                    break  # "sorry the engineer not the lead": two roles set against each other, no title
                if options[end]:
                    content.append(end)
                elif token.text not in FUNCTION_WORDS and end not in glued:
                    break
                else:
                    continue
                if len(content) > MAX_SPAN_WORDS:
                    break
                candidates = self._score([options[i] for i in content])
                if clipped.intersection(content):  # "exp engineer" is no Expert Software Engineer: the whole title
                    candidates = [c for c in candidates if len(c.matched) == len(set(c.title.words))]
                # other words between (not a title word's second half): a title only in its own order
                if len(content) + len(glued.intersection(range(start, end + 1))) < end + 1 - start:
                    candidates = [c for c in candidates if _in_title_order(c.title, [options[i] for i in content])]
                elif len(content) > 1 and frozenset({options[content[0]][0][0]}) in self.exact:
                    # a title of one word first is that title, then the next one: "compare experience of
                    # engineer lead back end and global lead", a list said without its commas, is not
                    # the Lead Back End Engineer with its last word first
                    candidates = [c for c in candidates if _in_title_order(c.title, [options[i] for i in content])]
                if candidates:
                    spans.append((len(content), candidates[0].score, start, end + 1, candidates))
        spans.sort(key=lambda s: (-s[0], -s[1], s[2]))
        taken = [False] * len(tokens)
        mentions = []
        for _n, _score, start, end, candidates in spans:
            if any(taken[start:end]):
                continue
            for i in range(start, end):
                taken[i] = True
            mentions.append(Mention(start, end, "", candidates))
        for mention in mentions:
            self._take_short_typo(mention, tokens, options, usable, taken)
            mention.text = question[tokens[mention.start].start:tokens[mention.end - 1].end]
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _split_words(self, tokens: list[Token], usable: list[bool], options) -> set[int]:
        """The tokens that are the second half of one title word typed as two
        ("expert soft wear engineer", "soft ware"): a word no title has, after
        a word that with it is a title word (typos forgiven) at least as
        closely as alone. The first token takes the joined word's options;
        the indexes of the second are returned, to be passed over as part of it."""
        glued = set()
        for i in range(1, len(tokens)):
            before, token = tokens[i - 1], tokens[i]
            if options[i] or not usable[i] or not usable[i - 1] or token.brk or before.brk \
                    or token.text in FUNCTION_WORDS or before.text in FUNCTION_WORDS or i - 1 in glued \
                    or not (token.text.isalpha() and before.text.isalpha()) \
                    or len(token.text) < SPLIT_HALF_LETTERS or len(before.text) < SPLIT_HALF_LETTERS:
                continue
            whole = self.words.lookup(before.text + token.text)[:1]
            if whole and (not options[i - 1] or options[i - 1][0][0] == whole[0][0]
                          or options[i - 1][0][1] <= whole[0][1]):
                options[i - 1] = whole
                glued.add(i)
        return glued

    def _take_short_typo(self, mention: Mention, tokens: list[Token], options, usable, taken) -> None:
        """Extend `mention` over the word just before or after it when that word,
        too short for `WordIndex` to forgive a typo in, is one edit from the title
        word the mention's best title has in that place: "leed backend engineer"
        is the Lead Back End Engineer, where "leed" alone is no word of any title."""
        best = mention.best
        if best is None:
            return
        order = [w for w in best.title.words if w in best.matched]
        if not order:
            return
        places = ((mention.start - 1, best.title.words.index(order[0]) - 1),
                  (mention.end, best.title.words.index(order[-1]) + 1))
        for at, place in places:
            if not (0 <= at < len(tokens) and 0 <= place < len(best.title.words)) or taken[at] or not usable[at]:
                continue
            token, wanted = tokens[at], best.title.words[place]
            if token.brk or options[at] or token.text in FUNCTION_WORDS or token.text in _INTENT_WORDS \
                    or wanted in best.matched or len(token.text) < SHORT_TYPO_MIN_LETTERS \
                    or OSA.distance(token.text, wanted) != 1 or len(token.text) != len(wanted):
                continue
            lo, hi = min(at, mention.start), max(at + 1, mention.end)
            words = [options[i] or [(wanted, fuzz.ratio(token.text, wanted))] for i in range(lo, hi)
                     if options[i] or i == at]
            found = self._score(words)
            if found and found[0].title == best.title and found[0].score > best.score:
                mention.start, mention.end, mention.candidates = lo, hi, found
                taken[at] = True
                return

    def _lookup(self, word: str) -> list[tuple[str, float]]:
        """The title words a question word may be: itself (typos forgiven), then
        the title words of its family (`WORD_FAMILIES`) at FAMILY_SIMILARITY."""
        found = [(w, score) for w, score in self.words.lookup(word)[:3] if not _verb_form_of(word, w)]
        known = {w for w, _ in found}
        if not found and word not in _INTENT_WORDS and word.isalpha():
            found = [(whole, FAMILY_SIMILARITY) for whole in self._clipped(word)]
            known = {w for w, _ in found}
        for other in WORD_FAMILIES.get(singular(word) or word, ()) + WORD_FAMILIES.get(word, ()):
            if other in self.words and other not in known:
                known.add(other)
                found.append((other, FAMILY_SIMILARITY))
        return found

    def _clipped_abbreviation(self, token: Token, question: str) -> list[tuple[str, float]]:
        """An abbreviation expanded to no title word ("exp": "experience") may
        be a title word cut short all the same: "exp sw eng" is the Expert
        Software Engineer (beside the rest of the title only, as any clipped word)."""
        typed = question[token.start:token.end]
        if typed == token.text or not typed.isalpha():
            return []
        return [(whole, FAMILY_SIMILARITY) for whole in self._clipped(typed, CLIPPED_ABBREVIATION_LETTERS)]

    def begun_by(self, word: str) -> list[str]:
        """The title words `word` is the start of ("micro": "microbiologist"), a few at most."""
        return self._clipped(word)

    def _clipped(self, word: str, fewest: int = CLIPPED_MIN_LETTERS) -> list[str]:
        """The title words `word` is the start of, cut short ("glob": "global")."""
        if len(word) < fewest:
            return []
        found = []
        for whole in self._sorted_words[bisect.bisect_left(self._sorted_words, word):]:
            if not whole.startswith(word):
                break
            if len(whole) >= len(word) + CLIPPED_LEFT_OFF:
                found.append(whole)
            if len(found) > MAX_CLIPPED_WORDS:
                return []
        found += [whole for glued, whole in self._letter_glued.items() if glued.startswith(word) and whole not in found
                  and len(glued) >= len(word) + CLIPPED_LEFT_OFF]  # "ecom": "e-commerce"
        return found if len(found) <= MAX_CLIPPED_WORDS else []

    def score_words(self, words: list[str]) -> list[Candidate]:
        """The titles these words name, best first, as `find` scores a span."""
        options = [self._lookup(word) for word in words]
        return self._score(options) if all(options) else []

    def _score(self, word_options: list[list[tuple[str, float]]]) -> list[Candidate]:
        """The titles a span of question words names, best first; remembered
        per span's words for this index (one knowledge version): every
        question scores its spans, and the same spans ("engineer", "lead
        backend engineer") come back question after question."""
        key = tuple(map(tuple, word_options))
        found = self._scored.get(key)
        if found is None:
            found = self._scored_anew(word_options)
            if len(self._scored) >= SCORES_KEPT:
                self._scored = {}
            self._scored[key] = found
        return list(found)

    def _scored_anew(self, word_options: list[list[tuple[str, float]]]) -> list[Candidate]:
        # Every question word must be a different word of the title.
        sets = []
        for opts in word_options:
            ids: set[int] = set()
            for word, _sim in opts:
                ids |= self.postings.get(word, set())
            sets.append(ids)
        sets.sort(key=len)
        if not sets or not sets[0]:
            return []
        best_words = [opts[0][0] for opts in word_options]
        sim = sum(opts[0][1] for opts in word_options) / (100.0 * len(word_options))
        if len(sets[0]) > MAX_PARTIAL_CANDIDATES:
            ids = set(self.exact.get(frozenset(best_words), []))
        else:
            ids = set(sets[0]).intersection(*sets[1:])
        found = []
        for i in ids:
            title = self.titles[i]
            matched: set[str] = set()
            family, by_family = 0.0, False  # what matching words by their family took off the similarity
            for opts in word_options:
                word, word_sim = next(((w, s) for w, s in opts if w in title.words and w not in matched), (None, 0))
                if word is None:
                    break
                matched.add(word)
                if word_sim == FAMILY_SIMILARITY:  # no typo scores exactly this (see FAMILY_SIMILARITY)
                    family, by_family = family + opts[0][1] - word_sim, True
            else:
                if by_family and (len(word_options) == 1 or title.role_id is None):
                    # "contract" alone is a word, not the QA Automation Contractor; and a career-path
                    # title is named only in its own words ("lead data engineer" is no Data Engineering Lead)
                    continue
                recall = sum(self.idf[w] for w in matched) / self._weight[i]
                word_sim = sim - family / (100.0 * len(word_options))
                found.append(Candidate(title, round(recall * word_sim, 4), frozenset(matched)))
        # Best first; among equals, profiled roles, then shorter titles.
        found.sort(key=lambda c: (-c.score, c.title.role_id is None, len(c.title.words), c.title.name))
        unique, seen = [], set()
        for cand in found:
            key = (cand.title.role_id, cand.title.name) if cand.title.role_id else (None, cand.title.name)
            if key not in seen:
                seen.add(key)
                unique.append(cand)
        return unique

    def words_beside(self, text: str, tokens: list[Token], mention: Mention, candidate: Candidate,
                     free: list[bool], typed: str = "") -> tuple[int, int, list[str]]:
        """The noun phrase of `mention` read as `candidate` (token start, end) and
        the words in it that make it another role: "security" in "security
        engineer", "recruiter" in "global lead recruiter". The phrase takes the
        `free` words before the mention that can stand in a noun phrase
        (`in_phrase`) and, when the mention stops short of the title's last word,
        runs on to a word that can end a title ("lead backend dev"). Seniority,
        filler and a cut-short word of the title ("glob") make no other role."""

        def joined(i: int) -> bool:  # token i and the next one, apart only by spaces or hyphens
            return not text[tokens[i].end:tokens[i + 1].start].strip(" -")

        def possessive(i: int) -> bool:  # "client's", "engineers'": its owner, not its kind
            return text[tokens[i].start:tokens[i].end].endswith(("'s", "s'"))

        def in_phrase(i: int) -> bool:  # no function or intent word, other title, adverb, possessive or verb
            word = tokens[i].text
            return free[i] and word not in PHRASE_BREAKS and not _verb(word) and not possessive(i) and (
                not word.endswith(PHRASE_BREAK_ENDINGS) or word in NOUNS_ENDING_IN_LY)

        # Words of the titles the mention may be that it left out: "glob" in "glob lead engineer" is "global".
        left_out = {w for c in mention.candidates for w in c.title.words if w not in c.matched}

        def defining(words: list[Token]) -> list[str]:
            return [t.text for t in words if t.text not in NON_DEFINING_WORDS and t.text not in LEVEL_NUMBERS
                    and not (len(t.text) >= 3 and any(w.startswith(t.text) and w != t.text for w in left_out))]

        def after_subject(i: int) -> bool:  # "i sell lead backend", "the expert engineer represent eng": a verb
            before = tokens[i - 1].text if i > 0 and joined(i - 1) else ""
            return before in SUBJECT_PRONOUNS or self._role_noun(before)

        def capital_after_lower(i: int) -> bool:  # "I am recruiter Expert software engineer": the title begins
            written = typed if len(typed) == len(text) else text  # the question as typed, its capitals kept
            said, then = written[tokens[i].start:tokens[i].end], written[tokens[i + 1].start:tokens[i + 1].end]
            return i > 0 and said.islower() and then[:1].isupper() and not then.isupper()

        def plural_topic(i: int) -> bool:  # "caches engineer": what is asked of the role, in the plural
            word = tokens[i].text
            return singular(word) is not None and word not in self.postings

        start = mention.start
        while start > 0 and in_phrase(start - 1) and joined(start - 1) and not after_subject(start - 1) \
                and not plural_topic(start - 1) and not capital_after_lower(start - 1):
            start -= 1
        extra = defining(tokens[start:mention.start])
        end = mention.end
        head = candidate.title.words[-1]
        if head not in candidate.matched:
            stop = end
            while stop < len(tokens) and in_phrase(stop) and joined(stop - 1) and not possessive(stop - 1):
                word = singular(tokens[stop].text) or tokens[stop].text
                stop += 1
                if word in HIRING_STAGE_PEOPLE or word in self.heads or word.endswith(AGENT_NOUN_ENDINGS):
                    bare = word == tokens[stop - 1].text and word not in self.heads
                    if bare and self._bare_verb(tokens, start, stop):
                        break
                    same = word in HIRING_STAGE_PEOPLE or HEAD_SYNONYMS.get(word, word) == head
                    extra += defining(tokens[end:stop - 1 if same else stop])
                    end = stop
                    break
        return start, end, extra

    def looks_like_title(self, name: str) -> bool:
        """Whether `name`, words a question used for a role the store lacks,
        could be a job title: it has a noun for a person at work ("engineer",
        "officer", "barista", the last word of a known title; not a verb shaped
        like one, "meant"), a rank ("head of people") or initials typed in
        capitals ("CTO", "QA"). "culture" or "berlin" are something asked about
        a role, not another role."""
        if any(_INITIALISM.fullmatch(word) for word in name.split()):
            return True
        for word in words_of(name):
            one = singular(word) or word
            if one in SENIORITY_WORDS or one in OCCUPATION_NOUNS or self._role_noun(word) or (
                    len(one) > AGENT_NOUN_MIN_LETTERS and one.endswith(AGENT_NOUN_ENDINGS) and not _verb(one)
                    and one not in AGENT_SHAPED_VERBS):
                return True
        return False

    def _role_noun(self, word: str) -> bool:
        """Whether `word` names the person of a known title ("engineer",
        "engineers", "developer", "director" of "Director of Engineering"): a
        noun phrase of its own, so the word after it starts no title. Not a rank
        that also begins titles ("lead security engineer")."""
        one = singular(word) or word
        return bool(word) and word not in SENIORITY_WORDS and (
            HEAD_SYNONYMS.get(one, one) in self.role_nouns or word in self.role_nouns)

    def _bare_verb(self, tokens: list[Token], start: int, stop: int) -> bool:
        """Whether the (uninflected) word before `stop` is the verb of a question
        asked with "does" or a modal before the phrase at `start`: "who does the
        global lead mentor?", "would the lead backend mentor them", "does the
        global lead mentor principals too?". Such a verb ends the clause or comes
        before its object: a function word (a pronoun, a determiner) or people
        named by rank or role ("principals", "engineers")."""
        before = start - 1
        while before >= 0 and tokens[before].text in DETERMINERS:
            before -= 1
        after = tokens[stop].text if stop < len(tokens) else ""
        ends = stop == len(tokens) or tokens[stop].brk or after in FUNCTION_WORDS \
            or (singular(after) or after) in SENIORITY_WORDS or self._role_noun(after)
        return before >= 0 and tokens[before].text in BARE_VERB_BEFORE and ends


# Who does something: the word after one is its verb ("how do I sell lead backend",
# "who mentors junior engineers", "which roles mentor junior engineers"), never a
# word of a title. Not "it", which is also "IT" ("IT support engineer").
SUBJECT_PRONOUNS = {"i", "we", "you", "they", "he", "she", "who", "roles", "jobs", "positions"}


# Nouns for a person at work that no AGENT_NOUN_ENDINGS ending gives away, and the
# C-suite's initials: what makes unknown words look like a title (`looks_like_title`).
OCCUPATION_NOUNS = {
    "nurse", "chef", "cook", "barista", "pilot", "clerk", "agent", "attorney", "executive", "representative",
    "rep", "nanny", "midwife", "paralegal", "surgeon", "medic", "paramedic", "dentist", "vet", "cashier",
    "janitor", "porter", "guard", "mechanic", "electrician", "plumber", "carpenter", "architect", "specialist",
    "ceo", "cto", "cfo", "coo", "cio", "cmo", "cpo", "ciso", "vp", "svp", "evp", "director", "president",
}
# A word this long or longer with an agent noun's ending is taken for one ("baker", not "her").
AGENT_NOUN_MIN_LETTERS = 3
# Initials typed in capitals ("QA", "SRE", "CTO"): a title the abbreviation table does not spell out.
_INITIALISM = re.compile(r"[A-Z]{2,4}s?")


_OF = re.compile(r"\s+of\s+", re.I)


# A title's qualifier at its end: "(Nights)", ", Mid-Market", " – Pricing".
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$|\s*,[^,]+$|\s+[-–—]\s+.+$")
# Titles of this many words or more are also known by their initials ("SRE").
INITIALISM_WORDS = 3


def _in_title_order(title: Title, word_options: list[list[tuple[str, float]]]) -> bool:
    """Whether words with others between them name `title` in its own order:
    "head of engineering" does, "an engineer candidate with a data science
    degree" names no Data Engineer (the field of study beside a role is its topic)."""
    places, used = [], set()
    for opts in word_options:
        place = next((title.words.index(w) for w, _sim in opts if w in title.words and w not in used), None)
        if place is None:
            return True  # matched some other way: left to the score
        used.add(title.words[place])
        places.append(place)
    return places == sorted(places)


def _variants(aliases) -> list[str]:
    """The names a role is asked about by: each alias; it without its
    qualifiers, one at a time ("Warehouse Shift Lead (Nights)" is the
    "Warehouse Shift Lead"; "Data Scientist – Pricing (Contract)" the "Data
    Scientist – Pricing" and the "Data Scientist"); and the initials of a long one
    ("SRE"). A hiring company's name is no part of them: `bot.qualifiers`
    reads it beside the title."""
    names = []
    for alias in aliases:
        if _initials_read_otherwise(alias, aliases):
            continue  # "SDE" for the Senior Data Engineer, which the table reads "software engineer"
        name = alias
        names.append(name)
        while (shorter := _QUALIFIER.sub("", name, count=1).strip()) and shorter != name:
            names.extend(_level_first(name, shorter))
            names.extend(_qualifier_first(name, shorter))
            names.append(name := shorter)
        words = words_of(name)
        if len(words) >= INITIALISM_WORDS and len(name.split()) == len(words):
            initials = "".join(w[0] for w in words)
            if words_of(initials) in ([initials], words):  # not "sde", which the table reads "software engineer"
                names.append(initials)
    return list(dict.fromkeys(names))


_DASH_QUALIFIER = re.compile(r"\s+[-–—]\s+(?P<qualifier>[^()]+?)\s*(?:\([^()]*\)\s*)?$")


def _qualifier_first(name: str, shorter: str) -> list[str]:
    """"Unit Clerk – Emergency Department" is also the "Emergency Department Unit Clerk", and the
    "ED Unit Clerk" (a qualifier of two words or more by its initials): a dash's qualifier is said
    before the title."""
    match = _DASH_QUALIFIER.search(name)
    if match is None or name[: match.start()].strip() != shorter:
        return []
    qualifier = match.group("qualifier")
    words = words_of(qualifier)
    out = [f"{qualifier} {shorter}"]
    if len(words) > 1 and len(qualifier.split()) == len(words):
        out.append(f"{''.join(w[0] for w in words).upper()} {shorter}")
    return out


def _initials_read_otherwise(alias: str, aliases) -> bool:
    """Whether `alias` is one word, the initials of another alias, that the
    abbreviation table spells out as other words ("SDE" of "Senior Data
    Engineer" would read "software engineer"): such an alias names no title."""
    words = words_of(alias)
    if len(alias.split()) != 1 or words == [alias.casefold()]:
        return False
    for other in aliases:
        other_words = words_of(_QUALIFIER.sub("", other).strip()) if other != alias else []
        if len(other_words) > 1 and "".join(w[0] for w in other_words) == alias.casefold() and other_words != words:
            return True
    return False


def _level_first(name: str, shorter: str) -> list[str]:
    """"Software Engineer (Mid, L2)" is also the "Mid Software Engineer": a
    bracket of level words is said before the title ("UX Researcher (Senior)"
    as "Senior UX Researcher"); codes like "L2" are left out."""
    match = _LEVEL_BRACKET.search(name)
    if not match:
        return []
    words = words_of(match.group(1))
    levels = [w for w in words if w in LEVEL_WORDS]
    if not levels or any(w not in LEVEL_WORDS and not _LEVEL_CODE.fullmatch(w) for w in words):
        return []
    return [f"{' '.join(w.capitalize() for w in levels)} {shorter}"]


_LEVEL_BRACKET = re.compile(r"\(([^()]*)\)\s*$")
_LEVEL_CODE = re.compile(r"[a-z]{1,2}\d{1,2}")  # "L2", "IC3": a grade's code


# Endings of a verb's forms: "managed" is a form of "manage", no typo of "manager".
VERB_FORM_ENDINGS = ("ed", "ing")


def _verb_form_of(word: str, title_word: str) -> bool:
    """Whether `word` is a verb form ("managed", "leading") that differs from
    `title_word` only in its ending: read as what was done, not as a typo of the title word."""
    if word == title_word or not word.endswith(VERB_FORM_ENDINGS) or title_word.endswith(VERB_FORM_ENDINGS):
        return False
    stem = word[:-2] if word.endswith("ed") else word[:-3]
    return title_word.startswith(stem)


def _verb(word: str) -> bool:
    """Whether `word` is a form of one of PHRASE_BREAK_VERBS ("insists", "sourced", "hiring")."""
    forms = {word}
    for suffix, stem_end in (("ing", ""), ("ing", "e"), ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"),
                             ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[:-len(suffix)] + stem_end)
    return not forms.isdisjoint(PHRASE_BREAK_VERBS)


def _sentence_between(question: str, before: Token, after: Token) -> bool:
    """Whether a sentence ends between two words: "wants a software job. Is the
    Engineer a fit?" names the Engineer, no software engineer across the stop.
    A full stop after a short form ("Sr. Engineer") or an initial ends none."""
    gap = question[before.end:after.start]
    if "?" in gap or "!" in gap:
        return True
    typed = question[before.start:before.end]
    return "." in gap and len(typed) > 1 and typed not in ABBREVIATIONS
