"""Role mentions that name a level, or the ladder of levels itself.

People name levels the way they speak, not the way titles are written:
"mid-level software engineer" ("level" is also a word of questions about
levels, so the role's mention starts after it), "senior vs staff software
engineer" (the first level without its role), "the software engineer
ladder" (the family's page, titled "Software Engineer job family"). Read
word by word these fit many roles, or the wrong one; these functions mend
the mentions `RoleIndex.find` gives before the assistant classifies them.
A level word beside a role asks about its ladder ("the next level after
product manager"), and a negated one ("product manager (not senior)")
names the role the person does not mean.
"""

import re

from bot.roles import Mention, RoleIndex
from bot.text import Token
from bot.vocabulary import FAMILY_TITLE_WORDS, FAMILY_WORDS, FUNCTION_WORDS, LEVEL_WORDS, NUMBER_WORDS, PHRASE_BREAKS

# Words for a ladder and a step on it: beside a role they ask its career
# step or its levels, they name no role titled "... career levels".
LADDER_WORDS = FAMILY_WORDS | {"level", "step", "steps", "rung"}
# Words that say the next title word is the role not meant: "(not senior)",
# "non-senior", "except the staff one".
NEGATING_WORDS = {"not", "non", "except", "excluding"}
# Words that may stand between a negating word and the title word it negates.
BETWEEN_NEGATION = {"the", "a", "an", "any", "one", "ones"}
# Ranks that are also verbs: "lead without being the manager", "can they lead
# a team?" do something, they name no lead role.
RANK_VERBS = {"lead", "leads", "leading"}
# Before such a word, what makes it a verb: "to", a modal or a subject ("they lead").
VERB_BEFORE = {"to", "can", "could", "will", "would", "should", "might", "may", "must", "i", "we", "you", "they",
               "he", "she", "who",
               # a noun for the role in question as its subject: "where does that role lead?" (not "it": IT lead)
               "role", "one", "job", "position"}
# After it, what no title continues with: a determiner or pronoun of its object
# ("lead a team", "lead people") or a preposition (PHRASE_BREAKS: "lead without ...").
VERB_AFTER = {"a", "an", "the", "their", "his", "her", "our", "my", "people", "others", "teams", "engineers",
              "w/o", "with"}


def _level_only(mention: Mention, tokens: list[Token], kind=LEVEL_WORDS) -> bool:
    """Whether a mention's words, function words aside, are all of `kind` (levels, or LADDER_WORDS)."""
    words = [t.text for t in tokens[mention.start:mention.end] if t.text not in FUNCTION_WORDS]
    return bool(words) and all(w in kind for w in words)


def _apart(first: Mention, second: Mention, tokens: list[Token]) -> bool:
    """Only a joining word ("vs", "or", a comma) between the two."""
    between = tokens[first.end:second.start]
    return any(t.brk for t in between) and all(t.brk or t.text in FUNCTION_WORDS for t in between)


def split_slashed_levels(mentions: list[Mention], tokens: list[Token], index: RoleIndex, question: str) -> None:
    """Levels written as a pair with a slash before a title the store holds
    as it is ("a senior/lead Engineer position", "junior/mid engineer"): the
    title at those levels, as its own documents write "7+ years for
    senior/lead positions", not "Lead ... Engineer" for the last level word
    and a "Senior Engineer" for the first (in place). Only a title held in
    full, named by the words after the levels, is read so."""
    for i in range(len(mentions) - 1, -1, -1):
        mention = mentions[i]
        k = mention.start
        while k < mention.end and tokens[k].text in LEVEL_WORDS:
            k += 1
        if k == mention.start or k == mention.end or not _slash_before(mention.start, tokens, question):
            continue
        own = [t.text for t in tokens[k:mention.end] if t.text not in FUNCTION_WORDS]
        found = index.score_words(own) if own else []
        if not found or found[0].score < 1.0 or found[0].title.role_id is None:
            continue
        mentions[i] = Mention(k, mention.end, question[tokens[k].start:tokens[mention.end - 1].end], found)
        level_start = mention.start - 2
        while level_start > 0 and _slash_before(level_start, tokens, question):
            level_start -= 2
        mentions[:i] = [m for m in mentions[:i] if not (m.start >= level_start and _level_only(m, tokens))]


def slashed_levels_before(at: int, tokens: list[Token], question: str) -> list[int]:
    """The tokens of levels written with slashes right before token `at`
    ("senior", "lead" of "senior/lead engineer"): levels of the title
    there, no title words of their own (`Reading`'s free words)."""
    if at < 1 or tokens[at - 1].text not in LEVEL_WORDS or not _slash_before(at - 1, tokens, question):
        return []
    found, k = [at - 1], at - 1
    while _slash_before(k, tokens, question):
        k -= 2
        found.append(k)
    return found


def _slash_before(at: int, tokens: list[Token], question: str) -> bool:
    """Whether a level word and a slash stand just before token `at` ("senior/" of "senior/lead")."""
    return at >= 2 and tokens[at - 1].brk and "/" in question[tokens[at - 2].end:tokens[at].start] \
        and tokens[at - 2].text in LEVEL_WORDS


def join_levels(mentions: list[Mention], tokens: list[Token], index: RoleIndex, question: str) -> None:
    """Level words written just before a role ("mid-level software engineer",
    where "level" is also a word of questions about levels) join that role's
    mention when some of them name a title better with it (in place)."""
    i = 0
    while i < len(mentions):
        role = mentions[i]
        first = i
        while first > 0 and _level_only(mentions[first - 1], tokens) and _touching(mentions[first - 1],
                                                                                   mentions[first], tokens):
            first -= 1
        if _level_only(role, tokens) or first == i:
            i += 1
            continue
        levels = [t.text for t in tokens[mentions[first].start:role.start] if t.text in LEVEL_WORDS]
        own = [t.text for t in tokens[role.start:role.end] if t.text not in FUNCTION_WORDS]
        tries = [found for chosen in _subsets(levels) if (found := index.score_words(chosen + own))]
        best = max(tries, key=lambda found: found[0].score, default=None)
        if best and best[0].score >= role.best.score:  # all its words matched: the level is in the title
            start = mentions[first].start
            text = question[tokens[start].start:tokens[role.end - 1].end]
            mentions[first:i + 1] = [Mention(start, role.end, text, best)]
            i = first
        i += 1


def _touching(first: Mention, second: Mention, tokens: list[Token]) -> bool:
    return all(not t.brk and (t.text in LEVEL_WORDS or t.text in FUNCTION_WORDS)
               for t in tokens[first.end:second.start])


def _subsets(words: list[str]) -> list[list[str]]:
    """Every non-empty choice of `words`, in order, longest first."""
    words = list(dict.fromkeys(words))[:3]
    out = [[w for k, w in enumerate(words) if mask >> k & 1] for mask in range(1, 1 << len(words))]
    return sorted(out, key=len, reverse=True)


def borrow_role(mentions: list[Mention], tokens: list[Token], index: RoleIndex) -> None:
    """Give each level-only mention the role words of its neighbour (in place)."""
    for i, mention in enumerate(mentions):
        if not _level_only(mention, tokens):
            continue
        neighbours = [m for m in (mentions[i + 1] if i + 1 < len(mentions) else None,
                                  mentions[i - 1] if i > 0 else None)
                      if m is not None and not _level_only(m, tokens)
                      and _apart(*sorted((mention, m), key=lambda x: x.start), tokens)]
        if not neighbours:
            continue
        other = neighbours[0]
        words = [t.text for t in tokens[other.start:other.end] if t.text not in FUNCTION_WORDS]
        while words and words[0] in LEVEL_WORDS:
            words.pop(0)
        own = [t.text for t in tokens[mention.start:mention.end] if t.text not in FUNCTION_WORDS]
        candidates = index.score_words(own + words) if words else []
        if candidates:
            mention.candidates = candidates


def find_family(mentions: list[Mention], tokens: list[Token], index: RoleIndex, question: str) -> None:
    """A role followed by a word for its job family ("the software engineer
    ladder", "product management levels") names the family's own role when
    the store has one titled so (in place); the word joins the mention."""
    for i, mention in enumerate(mentions):
        end = mention.end
        while end < len(tokens) and not tokens[end].brk and tokens[end].text in FAMILY_WORDS:
            end += 1
        if end == mention.end or (i + 1 < len(mentions) and mentions[i + 1].start < end) \
                or _level_only(mention, tokens):
            continue
        own = [t.text for t in tokens[mention.start:mention.end] if t.text not in FUNCTION_WORDS]
        tries = [found for words in FAMILY_TITLE_WORDS if (found := index.score_words(own + list(words)))]
        best = max(tries, key=lambda found: found[0].score, default=None)
        if best and best[0].score >= mention.best.score:
            text = question[tokens[mention.start].start:tokens[end - 1].end]
            mentions[i] = Mention(mention.start, end, text, best)


def drop_ladder_words(mentions: list[Mention], tokens: list[Token]) -> None:
    """A mention of only ladder words ("level", "ladder") beside a role's
    mention is what is asked of the role, not a role (in place)."""
    _keep_if_any(mentions, [m for m in mentions if not _level_only(m, tokens, LADDER_WORDS)])


# Nouns that make the level words before them a level, not a title: "for senior/lead level".
LEVEL_NOUNS = {"level", "levels"}


def drop_levels_named(mentions: list[Mention], tokens: list[Token]) -> None:
    """A mention of only level words before "level" ("what about for
    senior/lead level?") names a level of the role in question, as its
    documents state ranges by level; no role of that title (in place)."""
    mentions[:] = [m for m in mentions if not _level_named(m, tokens)]


def _level_named(mention: Mention, tokens: list[Token]) -> bool:
    if not all(t.brk or t.text in LEVEL_WORDS for t in tokens[mention.start:mention.end]):
        return False
    i = mention.end
    while i < len(tokens) and (tokens[i].brk or tokens[i].text in LEVEL_WORDS) and tokens[i].text not in LEVEL_NOUNS:
        i += 1
    return i < len(tokens) and tokens[i].text in LEVEL_NOUNS


def _word_before(mention: Mention, tokens: list[Token], skipped: set[str]) -> str | None:
    """The word before a mention in its clause, past any words of `skipped`."""
    i = mention.start - 1
    while i >= 0 and not tokens[i].brk and tokens[i].text in skipped:
        i -= 1
    return tokens[i].text if i >= 0 and not tokens[i].brk else None


def _negated(mention: Mention, tokens: list[Token]) -> bool:
    return _word_before(mention, tokens, BETWEEN_NEGATION) in NEGATING_WORDS


def drop_negated(mentions: list[Mention], tokens: list[Token]) -> None:
    """A negated mention beside another ("product manager (not senior)")
    is left out, and the role it names is no candidate of the others (in
    place). Run after `borrow_role`, which gives "senior" its role."""
    negated = [m for m in mentions if _negated(m, tokens)]
    kept = [m for m in mentions if m not in negated]
    if not negated or not kept:
        return
    excluded = {m.best.title.role_id for m in negated if m.best is not None and m.best.title.role_id is not None}
    for mention in kept:
        others = [c for c in mention.candidates if c.title.role_id not in excluded]
        if others:
            mention.candidates = others
    mentions[:] = kept


# Words before a count of people that make it the size of a team, not a
# number of hires: "a team of 10 engineers", "managing 5 devs", "leads ~8 engineers".
COUNTED_AFTER = {"of", "with", "manage", "manages", "managing", "lead", "leads", "leading", "supervise",
                 "supervises", "supervising", "mentor", "mentors", "mentoring", "oversee", "oversees", "overseeing"}
PEOPLE_COUNTS = {word for word, n in NUMBER_WORDS.items() if n > 1} | {"dozen", "few", "several", "many"}


def _rank_as_verb(mention: Mention, tokens: list[Token]) -> bool:
    """Whether a mention is only a rank that is also a verb, used as one, or
    the verb of a title's person ("drive" of Driver, "teach" of Teacher) after
    what makes it a verb ("do I need to drive?"): what the job asks, no role."""
    if mention.end - mention.start == 1 and _agent_verb(tokens[mention.start].text, mention):
        before = tokens[mention.start - 1] if mention.start else None
        return before is not None and before.text in VERB_BEFORE  # "to" is a break, yet a verb's mark here
    if mention.end - mention.start != 1 or tokens[mention.start].text not in RANK_VERBS:
        return False
    before = tokens[mention.start - 1] if mention.start else None
    after = tokens[mention.end] if mention.end < len(tokens) else None
    return before is not None and not before.brk and before.text in VERB_BEFORE \
        or after is not None and not after.brk and (after.text in VERB_AFTER or after.text in PHRASE_BREAKS)


def _agent_verb(word: str, mention: Mention) -> bool:
    """Whether `word` is no title word but the verb of one's person noun: "drive", "clean", "teach"."""
    words = {w for c in mention.candidates for w in c.title.words}
    return word not in words and any(f"{word}{end}" in words for end in ("r", "er"))


def drop_rank_verbs(mentions: list[Mention], tokens: list[Token]) -> None:
    """A rank that is also a verb, used as one ("lead without being the
    manager?", "can they lead a team?"): what the role does, no role (in place)."""
    mentions[:] = [m for m in mentions if not _rank_as_verb(m, tokens)]


# "without being the manager", "being a manager": what a person is, said
# after these (and a determiner), is a state of theirs, no role asked about.
BEING_WORDS = {"being", "been"}
# Words that may stand between them and the title: "being a people manager".
BETWEEN_BEING = BETWEEN_NEGATION | {"people", "line", "formal", "direct"}


def _being(mention: Mention, tokens: list[Token]) -> bool:
    return _word_before(mention, tokens, BETWEEN_BEING) in BEING_WORDS \
        and not any(c.title.role_id is not None and c.score >= 1.0 for c in mention.candidates)


def drop_states(mentions: list[Mention], tokens: list[Token]) -> None:
    """A title said of what a person is ("lead without being the manager?"):
    a state of theirs, not a role asked about, unless it is a role's full
    title (in place); what it means is read as a topic (`vocabulary.TOPIC_PHRASES`)."""
    mentions[:] = [m for m in mentions if not _being(m, tokens)]


def _counted(mention: Mention, tokens: list[Token], folded: str = "") -> bool:
    """Whether a mention is people counted in a team ("a team of 10 engineers"),
    not a title that opens the next sentence ("led a team of 5. Expert SE or …?")."""
    i = mention.start
    return i >= 2 and (tokens[i - 1].text.isdigit() or tokens[i - 1].text in PEOPLE_COUNTS) \
        and not tokens[i - 1].brk and tokens[i - 2].text in COUNTED_AFTER \
        and not SENTENCE_END.search(folded[tokens[i - 1].end:tokens[i].start])


# Marks that end a sentence or clause between two words: no count of people runs over them.
SENTENCE_END = re.compile(r"[.?!;]")


def drop_counted(mentions: list[Mention], tokens: list[Token], folded: str = "") -> None:
    """Beside another role, a title counted as a team's members ("team of 10
    engineers - too many for one lead backend engineer?") is the team's
    people, not a role asked about: left out (in place)."""
    _keep_if_any(mentions, [m for m in mentions if not _counted(m, tokens, folded)])


# Words that, just before a lone level word, say what a person leads: "tech
# lead", "team lead" is a capacity someone holds ("min tech lead yrs?"),
# not a role of the store with that level in its title. A store titled so
# ("Warehouse Team Lead") is named by both words, and this never applies.
CAPACITY_BEFORE = {"tech", "technical", "team", "project", "squad"}
# Words of time spent, just after a lone level word: "senior years", "lead exp"
# is the time someone held that level, not a role of the store.
TIME_HELD_NOUNS = {"years", "year", "yrs", "yr", "yoe", "experience", "exp"}


def _capacity(mention: Mention, tokens: list[Token]) -> bool:
    """Whether a mention is one level word after a word of `CAPACITY_BEFORE`
    that no title it fits has: a capacity, no role."""
    if mention.end - mention.start != 1 or tokens[mention.start].text not in LEVEL_WORDS:
        return False
    after = tokens[mention.end] if mention.end < len(tokens) else None
    if after is not None and not after.brk and after.text in TIME_HELD_NOUNS \
            and not any(after.text in c.title.words for c in mention.candidates):
        return True  # "preferred senior years?", "lead experience needed?": time held at that level
    if mention.start == 0:
        return False
    before = tokens[mention.start - 1]
    if _after_as(mention, tokens):
        return True
    return not before.brk and before.text in CAPACITY_BEFORE \
        and not any(before.text in c.title.words for c in mention.candidates)


# Articles that may stand between "as" and the level word: "as a lead".
AS_ARTICLES = {"a", "an"}


def capacity_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The span of "as [a] LEVEL" whose level word is `tokens[i]`, ending its
    clause ("and as a lead?", "how long as senior?"); None else."""
    if tokens[i].text not in LEVEL_WORDS or tokens[i].brk:
        return None
    return _as_span(i, i + 1, tokens)


def _as_span(start: int, end: int, tokens: list[Token]) -> tuple[int, int] | None:
    i = start - 1
    if i >= 0 and tokens[i].text in AS_ARTICLES and not tokens[i].brk:
        i -= 1
    if i < 0 or tokens[i].text != "as" or tokens[i].brk:
        return None
    nxt = tokens[end] if end < len(tokens) else None
    return (i, end) if nxt is None or nxt.brk or nxt.text in FUNCTION_WORDS else None


def _after_as(mention: Mention, tokens: list[Token]) -> bool:
    """Whether a lone level word ends the clause after "as" ("how long as a
    lead?", "and as a senior?"): the capacity someone held, no role named.
    A word after it ("as lead backend engineer") makes it a title, and the
    mention would be longer than the one word."""
    return _as_span(mention.start, mention.end, tokens) is not None


def drop_capacities(mentions: list[Mention], tokens: list[Token]) -> None:
    """A level word said of a capacity ("3 yrs as tech lead", "and min tech
    lead yrs?") names no role (in place): the role in question, or the one
    named beside it, is what is asked about."""
    mentions[:] = [m for m in mentions if not _capacity(m, tokens)]


def _keep_if_any(mentions: list[Mention], kept: list[Mention]) -> None:
    """`mentions` become `kept` (in place), unless that leaves none: then what was left out was the only mention."""
    if kept and len(kept) < len(mentions):
        mentions[:] = kept
