"""What a short follow-up points back at: "the first", "2", "yes", "the
global one", "the other one", "and then?", "and before that?", "which of
them pays more", "no, I meant the expert one", "and backend?".

A conversation remembers the roles of its last answer, in the order shown
(a list, a comparison, a ranking, or the options of a question back), and
what was asked (`knowledge.Context`), and the roles it talked about, in order
("back to the first one we discussed", "the one before"); after a ranking, "it" is its first role. This module reads the words that lean on it and
says which of those roles they pick; the assistant answers for them. It
reads only the question's tokens, so the assistant loads the conversation
only when a question carries one of these cues.
"""

from dataclasses import dataclass, replace

from bot import asked_again, range_ends
from bot.fuzzy import singular
from bot import vocabulary as V
from bot.answer import ANSWER, CLARIFY, UNKNOWN_ROLE, Answer
from bot.compose import is_ranking
from bot.text import PICK_MARK, Token
from knowledge import Context
from knowledge.conversations import PENDING_ROLE

# "the first", "the 2nd one", "the last": a position in the roles last shown.
ORDINALS = {"first": 0, "1st": 0, "former": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2,
            "fourth": 3, "4th": 3, "last": -1, "latter": -1}
# An ordinal picks a role at the start of a reply, after one of these ("the
# second", "go with first") or before one of those ("second one", "1st option").
PICK_BEFORE = {"the", "that", "this", "your", "ur", "with", "for", "of", "and", "option", "number", "no", "choice", "#"}
PICK_AFTER = {"one", "ones", "option", "choice", "role", "job", "position", "pls", "please"}
# "what about 2nd?", "does 2nd prefer a master's?", "what does second pay?", "is 3rd remote?":
# an ordinal right after one of these is the subject asked about, so it picks as "the second" does.
PICK_SUBJECT_BEFORE = {"about", "bout", "abt", "does", "do", "did", "is", "are", "was", "would", "could", "can",
                       "should", "will"}
# "back to 2nd - years?", "return to first": a role gone back to, an ordinal after these picks
# too ("to" is a break between words, as in "2 to 5", so the word before the ordinal is these).
PICK_RETURN = {"back", "return", "returning"}
# "who's second?", "who is third?": asked of a ranking, an ordinal after these picks too.
PICK_ASKED = {"who", "whos", "who's"}
# "the middle one": the role between the ends of a list of three (or five …),
# beside a word that picks ("the", "one"), as an ordinal is.
MIDDLE_WORDS = {"middle", "mid", "centre", "center"}
# "the bottom one?", "top one": an end of a ranking, only beside a noun for it
# or alone ("the bottom of the range" is pay, not a role).
RANK_ENDS = {"top": 0, "bottom": -1}
# "entry points for the winner": a noun for an end of a ranking, after "the".
RANK_END_NOUNS = {"winner": 0, "loser": -1, "runner-up": 1}
# "the next one down", "the one above it": a step along the list or ranking
# a role was picked from, beside "one" (alone, "next" is a career step).
STEP_WORDS = {"next": 1, "below": 1, "down": 1, "lower": 1, "previous": -1, "above": -1, "up": -1, "higher": -1}
# "next step", "next move": a step word before one of these is the career step asked, not a step along the list.
STEP_NOUNS = {"step", "steps", "move", "moves", "level", "levels", "rung", "role", "roles", "job", "jobs", "title"}
CAREER_INTENTS = {V.CAREER, V.CAREER_ENTRY, V.CAREER_NEXT, V.CAREER_LATERAL}
# Words before "one" that say which one without ranking ("that one pays more?").
NOT_RANKING_ONE = {"that", "this", "which", "any", "every", "no"}
# "top 2?", "the bottom three", "first two": the first (last) few of a ranking.
COUNT_WORDS = {word: n for word, n in V.NUMBER_WORDS.items() if 2 <= n <= 5}
COUNT_ENDS = {"top": True, "first": True, "bottom": False, "last": False}
# A reply of one of these picks the only option of a "Did you mean X?".
YES_WORDS = {"yes", "yeah", "yep", "yup", "sure", "correct", "right", "exactly", "y", "ya", "yea"}
# "no, I meant the expert one", "not that one, the global one", "sorry, backend":
# a reply that takes back the role just answered for, first in the reply or,
# for "meant"/"instead", anywhere in it.
CORRECTION_STARTS = {"no", "nope", "nah", "not", "sorry", "oops", "actually", "wait", "wrong", "meant", "correction"}
CORRECTION_WORDS = {"meant", "instead", "rather"}
# Words that may stand among those opening a correction ("sorry, I meant", "no I mean").
CORRECTION_FILLER = {"i", "mean", "meant", "wanted", "asked", "about", "the", "that", "was", "is"}
# "and backend?", "what about the global one?", "same for expert": the last
# question again, for a role named by part of its title.
AGAIN_STARTS = {"and", "also", "now", "same", "ditto"}
AGAIN_PHRASES = (("what", "about"), ("how", "about"), ("how", "bout"), ("what", "abt"), ("same", "for"))
# "and the lead?" after the Engineer: words that fit two roles of the store about
# as well (Lead Back End 0.32, Global Lead 0.29) pick neither, and are asked back,
# as the same words are in a question of their own (`bot.reading.ROLE_MARGIN`).
LOOSE_FIT_MARGIN = 0.12
# "in a lead role", "any senior position": a kind of role, not one of the store's.
INDEFINITE = {"a", "an", "any"}
KIND_NOUNS = {"role", "position", "capacity", "job", "seat", "one"}  # "not a lead one": a kind, not a pick
# A step up to a level: "how long for the senior/lead jump?" names a kind of role
# after "the" too, as no role of the store is a jump.
LEVEL_STEP_NOUNS = {"jump", "promotion", "step", "leap", "bump"}
# Words joining kinds of role said together ("a senior or lead role", "senior/lead"), and how many may be joined.
JOINING_KINDS = {"or", "and", "|"}
MAX_JOINED_KINDS = 2
# "none of these", "neither": a reply to a question back that takes no option.
REFUSING_WORDS = {"none", "neither", "nor", "no", "not", "nope"}
# Words that may stand beside those in a reply that only declines ("none of
# those, thanks", "no, neither"); any other word asks something more.
DECLINING_FILLER = {"of", "these", "those", "them", "one", "ones", "thanks", "thank", "thx", "you", "sorry", "actually",
                    "either", "really", "the", "above", "options", "option", "nah", "nothing", "like", "that"}
# "and the other one?": the role of the pair that was not picked.
OTHER_WORDS = {"other"}
# "the other one", "the other role", "and the other?": "other" standing for a
# role of those shown, not a word of what is asked ("what other skills").
OTHER_ONE_NOUNS = {"one", "role", "job", "position"}
# Words that stand for roles already on screen ("those two", "both", "which one");
# "their" as "they" does: after a pick among two, "their next steps" asks of both.
GROUP_WORDS = {"them", "those", "these", "they", "their", "theirs", "both", "each", "two", "three", "all", "one", "ones", "either"}
# Of those, the ones that mean more than one role ("those two", not "they"):
# after an answer about one role, they also take in the role before it.
PLURAL_WORDS = {"those", "these", "both", "each", "two", "three", "all"}
# "which"/"who" without a noun of its own asks about the roles on screen.
WHICH_WORDS = {"which", "who"}
# Nouns that make "which" a question about the whole store ("which roles pay most").
STORE_NOUNS = {"role", "roles", "job", "jobs", "position", "positions", "jd", "jds", "title", "titles",
               "opening", "openings"}
# Of those, the ones that ask about the store even beside "it" ("which roles
# list Rust?"); "what does the role say" means the role on screen.
STORE_PLURALS = {"roles", "jobs", "positions", "jds", "titles", "openings"}
# "which of those roles", "these two jobs", "both positions": a noun for roles
# after one of these points at the roles on screen, not at the whole store.
POINTING_BEFORE_NOUN = {"those", "these", "both", "two", "three", "four"}
# ... and "that role", "this position": the one role in question.
POINTING_AT_ONE = {"that", "this"}
ONE_ROLE_NOUNS = {"role", "position", "job", "req"}
# "who else can get to chief architect": the store, less the roles on screen.
ELSE_WORDS = {"else"}
# "the senior one", "the junior one": the role on screen needing the most
# (least) experience.
SENIOR_WORDS = {"senior", "seniormost", "experienced"}
JUNIOR_WORDS = {"junior", "juniormost"}
# Comparatives a ranking of the roles on screen answers.
MORE_WORDS, LESS_WORDS = range_ends.MORE_WORDS, range_ends.LESS_WORDS
# "and the others?", "what about the rest?", "all the other roles": every
# role of the store but those on screen, asked what was asked of them.
REST_WORDS = {"others", "rest", "remaining"}
# "which doesn't?", "and which ones don't" after a list: the roles it left out
# (a negation and "which" with nothing else asked).
WHICH_NOT_WORDS = {"doesn't", "doesnt", "don't", "dont", "not", "isn't", "isnt", "aren't", "arent", "lacks",
                   "lack", "missing"}
WHICH_NOT_FILLER = {"which", "who", "one", "ones", "role", "roles", "and", "then", "so", "ok", "okay", "do", "does",
                    "is", "are", "the", "of", "them", "those", "these"}
# "and then?", "after that?", "what's next?", "and from there?": the next step of a career path.
THEN_WORDS = {"then", "after", "afterwards", "next", "there", "beyond"}  # "and beyond that?"
# "and before that?", "what came before": the step before, the other way.
BEFORE_WORDS = {"before", "prior", "previously", "earlier"}
# "from?", "and from where?": where the role in question comes from, the
# step before, asked with "from" and nothing more than these.
FROM_ONLY = {"from", "and", "where", "so", "ok", "okay", "then"}
# "and to?", "where to?", "and into?" after where a role comes from: where it leads, the other way.
TO_WORDS = {"to", "into"}
TO_ONLY = TO_WORDS | FROM_ONLY - {"from"}
# Words that may stand beside THEN_WORDS in such a question and say nothing more.
THEN_FILLER = {"and", "that", "what", "whats", "what's", "s", "comes", "come", "came", "is", "was", "so", "ok",
               "okay", "this", "one", "step", "from"}
# "and going up?", "moving upward?", "and down the ladder?": a direction along a career path
# and nothing more, after an answer about the path (`Cues.direction`); up is on, down is back.
# Not "higher"/"lower", which rank ("and higher?" after pay), nor "above"/"below" (a step along a list).
UP_WORDS = {"up", "upward", "upwards", "onward", "onwards"}
DOWN_WORDS = {"down", "downward", "downwards"}
DIRECTION_FILLER = THEN_FILLER | {"going", "go", "goes", "moving", "move", "moves", "climbing", "climb", "further",
                                  "the", "ladder", "how", "about", "where", "here", "there", "way", "if", "they",
                                  "you", "we", "options", "paths", "path", "for", "it", "them", "role"}
# "only the remote ones", "just those with Kafka", "filter to the ones over 260k": the roles
# on screen narrowed to those whose documents say the other words (or meeting the threshold);
# these words say nothing more.
ONLY_WORDS = {"only", "just", "filter", "narrow", "restrict"}
ONLY_FILLER = {"only", "just", "the", "ones", "those", "them", "these", "with", "that", "which", "who",
               "mention", "mentions", "say", "are", "is", "have", "has", "of", "roles", "please", "pls", "and",
               "filter", "narrow", "restrict", "to", "down", "it"}
# "what does the role say about on-call?": what follows is the thing to look up.
TOPIC_WORDS = {"about", "regarding", "concerning", "re"}
# Words that may stand beside a number that picks an option ("option 2", "number 3").
PICK_NOUNS = {"option", "number", "no", "choice", PICK_MARK}
# Of those, the ones that make the number after them a pick whatever else the
# reply asks ("number 2 — what langs", "years for #1"); not "no", as "no 5 yoe
# needed?" counts years.
NUMBER_PICK_NOUNS = {"option", "number", "choice", PICK_MARK}
# A bare number is a pick only in a reply this short (in content words).
MAX_PICK_WORDS = 3
# "9 years", "10 yrs": a number of years of experience.
YEARS_WORDS = {"years", "year", "yrs", "yr", "yoe"}
# A bare number above this is no number of years ("is 10 enough?" is).
MAX_YEARS = 50
# Who does something in a follow-up: the word after one is the question's verb
# ("where do they go after?"), never a thing to look up ("Go"). Not "it", which
# is also "IT"; nor after a form of "be" ("are they remote?": what they are).
SUBJECT_WORDS = {"i", "we", "you", "they", "he", "she"}
BE_WORDS = {"is", "are", "was", "were", "be", "isn", "aren", "wasn", "weren"}
# "the first one we talked about", "the one I asked about before", "the role we started with": a verb of
# talking (or starting) after who talked says the role meant is one the conversation talked about
# (`Context.discussed`), not a place in the last answer's list. Not "showed"/"listed": those are the list.
TALKERS = {"we", "i", "you", "u"}
TALK_VERBS = {"discussed", "discuss", "talked", "talk", "covered", "cover", "looked", "mentioned", "asked", "ask",
              "checked", "spoke", "started", "began", "start", "begin", "went", "did", "chatted"}
START_VERBS = {"started", "began", "start", "begin"}
# "the first one we discussed", "the original role", "the initial one": the first role talked about.
FIRST_TALKED = {"first", "1st", "original", "initial"}
# "the one before", "the earlier one", "the role from earlier", "the one we discussed before":
# the role talked about before the one on screen (or before a list on screen).
EARLIER_WORDS = {"earlier", "before", "previously", "prior"}
# Nouns for the role such words are said of ("the earlier one", "the prior role").
ONE_NOUNS = {"one", "role", "job", "position", "req"}
# Words after "the one before" that make it something else: "the one before that" goes further
# back along a list or a career path, "the one before it" is a step along a list.
BEFORE_WHAT = {"that", "it", "this", "them", "those"}
# A search for the roles lacking its terms keeps them after this mark
# (`bot.search_again.LACKING`): no topic a role picked from it says.
SEARCH_LACKING = "-"
# An answer about one role talked about it, and a comparison of at most this many talked about
# them; a list (a search's, even of two) is not roles talked about.
DISCUSSED_AT_ONCE = 2


@dataclass(frozen=True)
class Cues:
    """The words of a question that lean on the conversation."""

    position: int | None = None  # ORDINALS, or a bare number counted from 1
    yes: bool = False
    other: bool = False
    group: bool = False  # GROUP_WORDS
    plural: bool = False  # PLURAL_WORDS
    which: bool = False  # "which"/"who" with no noun of the store
    more: bool | None = None  # True: MORE_WORDS, False: LESS_WORDS
    then: bool | None = None  # only "and then?"-like words: True; "and before that?": False
    direction: bool | None = None  # only "and going up?"-like words: True; "and down?": False
    store: bool = False  # a noun of the whole store ("which roles list Rust?")
    others: bool = False  # ELSE_WORDS: the roles NOT on screen
    which_store: bool = False  # "which roles …": asks of every role
    seniority: int | None = None  # "the senior one": 1, "the junior one": -1
    level: int | None = None  # SENIOR_WORDS anywhere: 1, JUNIOR_WORDS: -1 ("which is more senior")
    that_one: bool = False  # "that one", "this one": one role, not the group "one" stands for in "which one"
    correction: bool = False  # "no, I meant …", "not that one, …": the role just answered for is not it
    by_word: bool = False  # "the expert one": a role picked by a word of its title
    again: bool = False  # "and backend?", "what about …": the last question, for another role
    rest: bool = False  # "and the others?", "all the other roles": the store less the roles on screen
    count: tuple[bool, int] | None = None  # "top 2": (from the top, 2); "bottom three": (False, 3)
    step: int | None = None  # "the next one down": 1, "the one above it": -1
    ranked_one: bool = False  # "the cheapest one", "the better paid one": picked by how it ranks
    ranked_span: tuple[int, ...] = ()  # the places of the words from the ranking word to its "one"
    only: tuple[str, ...] = ()  # "only the remote ones": the words the roles on screen are narrowed by
    middle: bool = False  # "the middle one": between the ends of an odd number of roles
    positions: tuple[int, ...] = ()  # "1 and 3", "the first and the last", "the first two": several places picked
    talked: int | None = None  # a role talked about before: 0 the first ("the first one we discussed"), -1 "the one before"

    @property
    def any(self) -> bool:
        return (self.position is not None or self.yes or self.other or self.group or self.which
                or self.more is not None or self.then is not None or self.count is not None or self.middle
                or bool(self.positions) or self.talked is not None)


# "the role" / "the position" stand for the role in question ("does the role
# need Go?"), but not as a noun a clause or a place defines ("the role that
# pays most", "the role of a lead", "the position in Berlin"), nor after
# "which is" ("which is the role with equity": any of the store).
DEFINITE_ROLE_NOUNS = {"role", "position"}
DEFINED_AFTER = {"that", "which", "who", "whose", "of", "with", "where", "in", "at", "for", "paying", "needing",
                 "requiring", "offering", "having", "listing"}
ASKING_WHICH_BEFORE = {"is", "are", "which", "any"}


def one_role_noun(words: list[str]) -> bool:
    """Whether a noun for a role stands for the one role in question, as "it"
    would: "that role", "this position", a bare "the role"."""
    return any(w in ONE_ROLE_NOUNS and i and words[i - 1] in POINTING_AT_ONE or the_role(words, i)
               for i, w in enumerate(words))


def the_role(words: list[str], i: int) -> bool:
    """Whether words[i] is the noun of a bare "the role": the role in question."""
    return words[i] in DEFINITE_ROLE_NOUNS and i > 0 and words[i - 1] == "the" \
        and not (i + 1 < len(words) and words[i + 1] in DEFINED_AFTER) \
        and not (i > 1 and words[i - 2] in ASKING_WHICH_BEFORE)


def _direction(present: set[str]) -> bool | None:
    """True for words that only say up a career path ("and going up?"),
    False for down it ("moving down?"), else None."""
    if not present <= UP_WORDS | DOWN_WORDS | DIRECTION_FILLER or (present & UP_WORDS and present & DOWN_WORDS):
        return None
    return True if present & UP_WORDS else False if present & DOWN_WORDS else None


def cues(tokens: list[Token]) -> Cues:
    """The cues among `tokens` (folded text)."""
    words = [t.text for t in tokens if not t.brk]
    content = [w for w in words if w not in V.FUNCTION_WORDS and w not in GROUP_WORDS]
    count = count_from_end(words)
    places = positions_picked(tokens)
    position = None if count or places else \
        next((ORDINALS[w] for i, w in enumerate(words) if w in ORDINALS and _picks(words, i)), None)
    not_ranking = range_ends.not_ranking(tokens)  # "more at the bottom", "170k or more": no rank
    if position is None and count is None:  # "the bottom one?"
        position = next((RANK_ENDS[w] for i, w in enumerate(words) if w in RANK_ENDS and i not in not_ranking and
                         (content == [w] or i + 1 < len(words) and words[i + 1] in {"one", "role"}
                          or _one_at_end(words, i))), None)
    if position is None and count is None:  # "the winner"
        position = next((RANK_END_NOUNS[w] for i, w in enumerate(words) if w in RANK_END_NOUNS
                         and i and words[i - 1] == "the"), None)
    if position is None and count is None:
        position = _number_picked(words)
    if position is None and count is None and len(content) <= MAX_PICK_WORDS:
        numbers = [w for w in content if w.isdigit() and 0 < int(w) < 10]
        if len(numbers) == 1 and len([w for w in content if w not in PICK_NOUNS]) == 1:
            position = int(numbers[0]) - 1
    talked = talked_about(tokens)
    if talked is not None:
        position = None  # "the first one we discussed" is no place in the last answer's list
    present = set(words)
    # the nouns for roles that ask of the store: not "those roles", "these two jobs"
    # nor "that role", "the position": the one role in question, as "it" is ("which X does that role name")
    store_said = {w for i, w in enumerate(words) if w in STORE_NOUNS
                  and not (i and words[i - 1] in POINTING_BEFORE_NOUN)
                  and not (i and w in ONE_ROLE_NOUNS and words[i - 1] in POINTING_AT_ONE) and not the_role(words, i)}
    said = [t.text for t in tokens if any(c.isalnum() for c in t.text)]  # joining words too ("and")
    # "what about from?", "how about to?": the direction alone, as "and from?" says it
    bare = said[2:] if tuple(said[:2]) in AGAIN_PHRASES and said[1] != "for" else said
    level = 1 if present & SENIOR_WORDS else -1 if present & JUNIOR_WORDS else None
    # "the cheaper one - top of band?": "top of" names an end of a range, it ranks nothing
    ranking = {w for i, w in enumerate(words) if i not in not_ranking}
    more = True if ranking & MORE_WORDS else False if ranking & LESS_WORDS else None
    beside = ranked_phrase(words, not_ranking)
    more = more if beside is None else beside[0]  # "tell me more about the lowest paid one": the lowest
    return Cues(
        position=position,
        yes=bool(words) and words[0] in YES_WORDS,
        other=bool(present & OTHER_WORDS),
        group=bool(present & GROUP_WORDS),
        plural=bool(present & PLURAL_WORDS),
        which=bool(present & WHICH_WORDS) and not store_said,
        more=more,
        then=True if present & THEN_WORDS and present <= THEN_WORDS | THEN_FILLER
        or set(bare) & TO_WORDS and set(bare) <= TO_ONLY else
        False if present & BEFORE_WORDS and present <= BEFORE_WORDS | THEN_FILLER
        or "from" in bare and set(bare) <= FROM_ONLY else None,
        direction=_direction(present),
        store=bool(store_said & STORE_PLURALS),
        others=bool(present & ELSE_WORDS),
        which_store=bool(present & WHICH_WORDS) and bool(store_said & STORE_PLURALS),
        # "the less experienced one" is the junior one
        seniority=(-level if more is False else level) if level and present & {"one", "ones"}
        and not present & WHICH_WORDS else None,
        level=level,
        correction=bool(words) and words[0] in CORRECTION_STARTS or bool(present & CORRECTION_WORDS),
        that_one=any(w in {"one", "role"} and i > 0 and words[i - 1] in {"that", "this"} for i, w in enumerate(words)),
        again=bool(said) and (said[0] in AGAIN_STARTS or tuple(said[:2]) in AGAIN_PHRASES)
        or asked_again.repeat_span(tokens) is not None,  # "do the same for expert swe"
        rest=bool(present & REST_WORDS) or "other" in present and bool(present & STORE_PLURALS)
        or bool(present & WHICH_WORDS and present & WHICH_NOT_WORDS) and present <= WHICH_NOT_WORDS | WHICH_NOT_FILLER,
        by_word=any(w in {"one", "ones"} and i > 0 and words[i - 1] not in V.FUNCTION_WORDS
                    and words[i - 1] not in ORDINALS for i, w in enumerate(words)),
        count=count,
        ranked_span=beside[1] if beside else (),
        ranked_one=more is not None and any(w in {"one", "ones"} and i > 0 and words[i - 1] not in ORDINALS
                                            and words[i - 1] not in GROUP_WORDS | NOT_RANKING_ONE
                                            for i, w in enumerate(words)),
        step=_step(words),
        only=tuple(w for w in words if w not in ONLY_FILLER)
        if present & ONLY_WORDS and present & {"ones", "those", "them", "these"} else (),
        middle=position is None and any(w in MIDDLE_WORDS and _picks(words, i) for i, w in enumerate(words)),
        positions=places,
        talked=talked,
    )


def talked_about(tokens: list[Token]) -> int | None:
    """Which role talked about earlier the words point at: 0 for the first
    ("back to the first one we talked about", "the role we started with",
    "the original one"), -1 for the one before the role on screen ("the one
    before", "the earlier one", "the role from earlier", "the one we
    discussed before"); None when they point at none. A verb of talking
    after who talked, or an earlier-word beside a noun for the role, says
    so: "before" alone ("and before that?") is a career step."""
    words = [t.text for t in tokens if not t.brk]
    verbs = {w for i, w in enumerate(words) if w in TALK_VERBS and i and words[i - 1] in TALKERS}
    nouns = {i for i, w in enumerate(words) if w in ONE_NOUNS}
    if verbs and (set(words) & FIRST_TALKED or verbs & START_VERBS and nouns):
        return 0
    if any(w in {"original", "initial"} and i + 1 in nouns for i, w in enumerate(words)):
        return 0
    for i, t in enumerate(tokens):
        if t.brk or t.text not in EARLIER_WORDS:
            continue
        after = next((u.text for u in tokens[i + 1:]), None)
        if i + 1 < len(tokens) and not tokens[i + 1].brk and tokens[i + 1].text in ONE_NOUNS:
            return -1  # "the earlier one", "the prior role"
        if after in BEFORE_WHAT:
            continue
        before = [u.text for u in tokens[max(0, i - 2):i] if not u.brk]
        last = i + 1 == len(tokens) or tokens[i + 1].brk  # "the role before lead" is a career step
        if before and before[-1] == "one" and last or before[-2:-1] and before[-1] == "from" and before[-2] in ONE_NOUNS:
            return -1  # "the one before", "the role from earlier"
        if verbs and nouns:
            return -1  # "the one we discussed before"
    return None


# How far from "one" a ranking word still says which one ("the lowest paid one", "the one that pays less").
RANK_BESIDE_ONE = 3


def ranked_phrase(words: list[str], not_ranking) -> tuple[bool, tuple[int, ...]] | None:
    """The way a role is ranked by the ranking word nearest "one" ("the better
    paid one": True, "the one that pays less": False), and the places of the
    words from it to "one"; else None. That word, not another of the question
    ("tell me more about …"), picks the role, and the words between say how."""
    for i, w in enumerate(words):
        if w not in {"one", "ones"}:
            continue
        # before "one" the phrase ends at its article ("about the one": "more" before it ranks nothing)
        for step, ends in ((-1, GROUP_WORDS | NOT_RANKING_ONE | {"the", "a", "an"}),
                           (1, GROUP_WORDS | {"and", "but", "or"})):
            for j in range(i + step, i + step * (RANK_BESIDE_ONE + 1), step):
                if not 0 <= j < len(words) or j in not_ranking or words[j] in ends:
                    break
                if words[j] in MORE_WORDS or words[j] in LESS_WORDS:
                    return words[j] in MORE_WORDS, tuple(range(min(i, j), max(i, j) + 1))
    return None


# "the one at the bottom", "the role on top": words between "one" and an end of a list.
AT_END = (("one", "at", "the"), ("role", "at", "the"), ("one", "on"), ("role", "on"), ("one", "on", "the"))


def _one_at_end(words: list[str], at: int) -> bool:
    """Whether the end word at `at` ("bottom", "top") is the place of a role: "the one at the bottom"."""
    return any(tuple(words[max(0, at - len(before)):at]) == before for before in AT_END)


def _step(words: list[str]) -> int | None:
    """The step "the next one down" or "the one above it" takes along a list:
    a step word beside "one", that one no "this one" or "that one" ("next
    step up for this one" asks the career step of the role on screen), nor
    a word of its own before a noun it says ("the top one — next step?")."""
    return next((STEP_WORDS[w] for i, w in enumerate(words) if w in STEP_WORDS
                 and not (i + 1 < len(words) and words[i + 1] in STEP_NOUNS) and any(
        0 <= j < len(words) and words[j] == "one" and not (j and words[j - 1] in {"this", "that"})
        for j in (i - 1, i + 1))), None)


def correction_opening(tokens: list[Token]) -> int:
    """How many tokens open a correction ("no wait", "sorry i meant",
    "correction"): words of no title even with no mark after them, as "no
    wait engineer" is "no wait, engineer", not a role called "wait engineer"."""
    n = 0
    while n < len(tokens) and (tokens[n].brk or tokens[n].text in CORRECTION_STARTS
                               or n and tokens[n].text in CORRECTION_FILLER):
        n += 1
    return n if n and tokens[0].text in CORRECTION_STARTS else 0


def count_from_end(words: list[str]) -> tuple[bool, int] | None:
    """"top 2", "bottom three", "first two": (from the top, how many), else None.
    Read of a ranking shown ("and the bottom three?") and of a fresh question
    alike ("bottom 2 roles by salary" ranks lowest first, `reading._extreme`)."""
    for i, w in enumerate(words[:-1]):
        n = words[i + 1]
        n = int(n) if n.isdigit() and len(n) == 1 else COUNT_WORDS.get(n, 0)
        if w in COUNT_ENDS and n > 1:
            return COUNT_ENDS[w], n
    return None


# "1 and 3", "#2, #4", "the first and the third", "numbers 2 and 3": places
# joined by a break ("and", a comma, "&") with only these words between them.
PLACES_BETWEEN = {"the", "one", "ones", "number", "numbers", "option", "options", "choice", "choices", "no",
                  PICK_MARK, "role", "roles", "also", "plus"}
# "the first two", "the last 3": the first (last) few in the order shown.
FEW_ENDS = {"first": True, "last": False}
# After these a number counts something ("1 and 3 years", "2 and 4k"): no places picked.
COUNTED_AFTER = YEARS_WORDS | {"k", "%", "percent", "months", "month", "weeks", "days", "hours", "people",
                               "engineers", "reports", "times", "x"}


def _place(words: list[str], at: int) -> int | None:
    """The place (from 0, or from the end) the word at `at` names, if any: an
    ordinal ("third", "last") or a number 1-9 (a digit, or a word after "number")."""
    w = words[at]
    if w in ORDINALS and w not in {"former", "latter"}:
        return ORDINALS[w]
    if w.isdigit() and len(w) == 1 and w != "0":
        return int(w) - 1
    if w in V.NUMBER_WORDS and at and words[at - 1] in NUMBER_PICK_NOUNS | {"numbers", "options"} \
            and 0 < V.NUMBER_WORDS[w] < 10:
        return V.NUMBER_WORDS[w] - 1
    return None


def positions_picked(tokens: list[Token]) -> tuple[int, ...]:
    """Several places picked at once among the roles shown: "1 and 3", "#2,
    #4", "the first and the last one", "compare the second and third", "the
    first two", "last 2" (the first, last few in the order shown); () unless
    two or more places are named side by side, joined by a break, and no word
    after them counts something else ("1 and 3 years")."""
    words = [t.text for t in tokens]
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        n = int(nxt) if nxt.isdigit() and len(nxt) == 1 else COUNT_WORDS.get(nxt, 0)
        if w in FEW_ENDS and n > 1 and not tokens[i + 1].brk and \
                not (i + 2 < len(words) and words[i + 2] in COUNTED_AFTER):
            return tuple(range(n)) if FEW_ENDS[w] else tuple(range(-n, 0))
    places: list[int] = []
    last = None  # the index of the last place found
    joined = False  # a break since it
    for i, t in enumerate(tokens):
        place = None if t.brk else _place(words, i)
        if place is not None:
            if last is not None and not joined:
                places = []  # "2 3": side by side with no break is no list of places
            places.append(place)
            last, joined = i, False
            continue
        if last is None:
            continue
        if t.brk:
            joined = True
        elif t.text not in PLACES_BETWEEN:
            if t.text in COUNTED_AFTER:
                return ()
            if len(places) > 1:
                break
            places, last = [], None
    return tuple(places) if len(places) > 1 and len(set(places)) == len(places) else ()


def _number_picked(words: list[str]) -> int | None:
    """The position "number 2", "option 3", "#1" or "number three" names, counted from 0."""
    return next((int(w) - 1 if w.isdigit() else V.NUMBER_WORDS[w] - 1 for i, w in enumerate(words)
                 if i and words[i - 1] in NUMBER_PICK_NOUNS
                 and (w.isdigit() and 0 < int(w) < 10 or 0 < V.NUMBER_WORDS.get(w, 0) < 10)), None)


def declined(tokens: list[Token]) -> bool:
    """Whether a reply only declines what was offered ("neither", "none of
    those", "no thanks"): no option taken and nothing else asked."""
    words = {t.text for t in tokens if not t.brk}
    return bool(words & REFUSING_WORDS) and words <= REFUSING_WORDS | DECLINING_FILLER


def _picks(words: list[str], at: int) -> bool:
    """Whether the ordinal at `at` picks a role ("the first", "2nd one", "first
    pls") rather than saying when ("tech or leadership first?")."""
    return at == 0 or words[at - 1] in PICK_BEFORE or (at + 1 < len(words) and words[at + 1] in PICK_AFTER) \
        or words[at - 1] in PICK_ASKED or at > 1 and words[at - 1] == "is" and words[at - 2] in PICK_ASKED \
        or words[at - 1] in PICK_RETURN or words[at - 1] in PICK_SUBJECT_BEFORE


def picked(context: Context, cue: Cues) -> int | None:
    """The role a position, a yes or a step ("the next one down") picks among the roles last shown, or,
    right after a pick from a list ("the first", then "and the last one?"),
    in that list again; after a question about one role and then another,
    between the two, in the order asked."""
    if cue.talked is not None and (chosen := talked_before(context, cue.talked)) is not None:
        return chosen
    options = shown_list(context)
    if cue.step is not None and len(options) > 1 and context.intent not in CAREER_INTENTS:
        here = options.index(context.role_ids[0]) if context.role_ids[0] in options else None
        if here is not None and (context.ranked or len(context.role_ids) == 1) and 0 <= here + cue.step < len(options):
            return options[here + cue.step]  # "the next one down" after the first of a ranking, or a pick from it
    talked = tuple(dict.fromkeys(context.discussed))  # in the order first talked about
    if cue.position is not None and len(options) == 1 and not context.choosing and len(talked) > 1 \
            and options[0] in talked:
        options = talked  # roles asked about one by one: "the second one" is the one asked second
    elif cue.position is not None and len(options) == 1 and not context.choosing and \
            len(context.earlier_role_ids) == 1 and context.earlier_role_ids != options:
        options = context.earlier_role_ids + options  # one role, then another: "the first" is the one asked first
    if cue.position is not None and -len(options) <= cue.position < len(options):
        return options[cue.position]
    if cue.yes and len(options) == 1:
        return options[0]
    if cue.middle and len(options) > 2 and len(options) % 2:
        return options[len(options) // 2]
    return None


def talked_before(context: Context, which: int) -> int | None:
    """The role talked about that `which` (`Cues.talked`) points at: the
    first of those the conversation talked about, or the last of them but
    the one(s) on screen (all of them, after a list: "the one before" a list
    is the role talked about before it). A conversation stored before it
    kept them has only the roles before the last answer's to go on."""
    talked = context.discussed or context.earlier_role_ids[:DISCUSSED_AT_ONCE]
    if which == 0:
        return talked[0] if context.discussed else None
    on_screen = context.role_ids if len(context.role_ids) <= DISCUSSED_AT_ONCE and not context.choosing else ()
    return next((i for i in reversed(talked) if i not in on_screen), None)


def shown_list(context: Context) -> tuple[int, ...]:
    """The roles a reply picks among: those last shown, or the list the one
    role last shown was picked from (not a role named afresh)."""
    options, earlier = context.role_ids, context.earlier_role_ids
    if len(options) == 1 and options[0] in context.listed:
        return context.listed
    if len(options) == 1 and len(earlier) > 1 and options[0] in earlier:
        return earlier
    return options


def by_seniority(cue: Cues, years: dict[int, int]) -> int | None:
    """"The senior one" ("the junior one"): of the roles in question, the
    one whose stated experience starts highest (lowest), when one does."""
    if cue.seniority is None or len(years) < 2:
        return None
    ranked = sorted(years.items(), key=lambda kv: kv[1], reverse=cue.seniority > 0)
    return ranked[0][0] if ranked[0][1] != ranked[1][1] else None


def corrected(context: Context, cue: Cues, scores: dict[int, float]) -> int | None:
    """The role a correction, a pick by a word, the last question asked
    again or "the other X role" means ("no, I meant the expert one", "the
    global one", "and backend?" after one role, "compare it with the other
    lead role"): of the roles its loose mention fits (`scores`), the one
    that fits best, never the role just answered for when the reply takes
    it back or asks for another; None on a tie."""
    if not (cue.correction or cue.by_word or cue.again or cue.other):
        return None
    if cue.correction or cue.again or cue.other:  # "and lead?" after one lead role: the other
        scores = {i: s for i, s in scores.items() if i not in context.role_ids}
    if cue.other and (untalked := {i: s for i, s in scores.items() if i not in context.discussed}):
        scores = untalked  # "the other lead role" after the global lead, then the engineer: not the global lead
    return best_option(scores, LOOSE_FIT_MARGIN)


def kind_of_role(tokens: list[Token], start: int, end: int) -> tuple[str, ...]:
    """The words of "a lead role", "any senior position": a title's words
    between an indefinite article and a noun for a role name a kind of role,
    not a role of the store ("how much of that in a lead role?"); () else.
    Kinds said together ("years in a senior or lead role") are one kind: the
    span runs back and on over "or"/"and" (read as breaks) and the word beside it, or the
    second title word would be read as a role of the store."""
    for _ in range(MAX_JOINED_KINDS):
        if start > 1 and tokens[start - 1].text in JOINING_KINDS \
                and not tokens[start - 2].brk and tokens[start - 2].text not in V.FUNCTION_WORDS:
            start -= 2  # "a senior or [lead] role"
        if end + 1 < len(tokens) and tokens[end].text in JOINING_KINDS \
                and not tokens[end + 1].brk and tokens[end + 1].text not in V.FUNCTION_WORDS:
            end += 2  # "a [senior] or lead role"
    before = tokens[start - 1].text if start > 0 else None
    after = tokens[end].text if end < len(tokens) else None
    if not (before in INDEFINITE and after in KIND_NOUNS
            or before in INDEFINITE | {"the"} and after in LEVEL_STEP_NOUNS):
        return ()
    return tuple(t.text for t in tokens[start:end + 1] if not t.brk and t.text not in V.FUNCTION_WORDS
                 and t.text not in LEVEL_STEP_NOUNS)


def the_other(context: Context) -> int | None:
    """"The other one": the one role of the pair before that was not picked;
    after a ranking of two, the second (its first is the one in question);
    after a pair shown unranked (a comparison, a question back offering
    two), the one of them not answered for just before, when one was."""
    if context.ranked and len(context.role_ids) == 2:
        return context.role_ids[1]
    if len(context.role_ids) == 2:
        last = context.earlier_role_ids
        return next((i for i in context.role_ids if i not in last), None) if len(last) == 1 and \
            last[0] in context.role_ids else None
    left = [i for i in context.earlier_role_ids if i not in context.role_ids]
    return left[0] if len(left) == 1 else None


def other_one(tokens: list[Token]) -> bool:
    """Whether "other" stands for a role: before a noun for one role ("the
    other one's on-call?") or last in its clause ("and the other?")."""
    return any(t.text in OTHER_WORDS and not t.brk and (i + 1 == len(tokens) or tokens[i + 1].brk
                                                      or tokens[i + 1].text in OTHER_ONE_NOUNS)
               for i, t in enumerate(tokens))


# A range, and the words that place a number in it when it is their object
# though it stands before them: "which roles' ranges would 13 land *in*?".
RANGE_NOUNS = V.IN_RANGE_NOUNS | {"ranges", "brackets"}
PLACED_IN = V.IN_RANGE_BEFORE | {"inside", "into"}


def placed_in_range(tokens: list[Token]) -> bool:
    """Whether the question places a number in ranges: "in range", "within
    the bracket", or a range the object of "in" left at the end of its
    clause ("which roles' ranges would 13 land in?", "whose range is 13
    within?"): years in a role's range of experience, as "fit" asks."""
    texts = [t.text for t in tokens]
    for i, word in enumerate(texts):
        if word not in RANGE_NOUNS:
            continue
        if i and texts[i - 1] in V.IN_RANGE_BEFORE:
            return True
        if any(texts[j] in PLACED_IN and (j + 1 == len(tokens) or tokens[j + 1].brk and texts[j + 1] != "of")
               for j in range(i + 1, len(tokens))):
            return True
    return False


def others_left(context: Context) -> tuple[int, ...]:
    """"The other one" after one role picked from a list of three or more
    (it names no single role): the roles of that list not picked, in order."""
    shown = shown_list(context)
    if len(context.role_ids) != 1 or len(shown) < 3 or context.role_ids[0] not in shown:
        return ()
    return tuple(i for i in shown if i not in context.role_ids)


def topic_start(tokens: list[Token]) -> int | None:
    """Where the words after the last "about" begin, when any follow it."""
    at = max((i for i, t in enumerate(tokens) if t.text in TOPIC_WORDS), default=None)
    if at is None or not any(not t.brk for t in tokens[at + 1:]):
        return None
    return at + 1


def still_asked(context: Context) -> str | None:
    """The fact of a role the conversation was last asked about, if any:
    what a follow-up that names no fact of its own keeps asking for. Not
    after a thing the role's documents did not say (`term_asked`): that
    thing was asked, and its answer's facet is only a stand-in."""
    return context.intent if context.intent in V.ROLE_INTENTS and not context.term_asked else None


def topic_again(context: Context) -> tuple[str, ...]:
    """The words a follow-up that names only a role asks about again: those
    the last answer's items were ranked by, else the thing the last role's
    documents did not say ("does X need Kafka", then "typo, I meant Y":
    Kafka, of Y), stemmed as ranked words are."""
    return context.topic or tuple(singular(w) or w for w in context.term_asked.casefold().split())


def search_topic(context: Context, role_id: int) -> tuple[str, ...]:
    """The words of the store-wide search whose list a role was picked from
    ("which roles mention on-call", then "the expert one"): what the pick
    asks of that role, as `topic_again` is after an item question; () when
    the role is not on that list or the search was for roles lacking them."""
    if context.choosing or not context.searched or role_id not in context.role_ids \
            or context.searched[-1].startswith(SEARCH_LACKING):
        return ()
    return tuple(singular(w) or w for w in context.searched[-1].casefold().split()
                 if w != "or")  # "on or call": the words of the terms, not the joint


def best_option(scores: dict[int, float], margin: float = 0.0) -> int | None:
    """The option the user's words fit best ("the global one"), when one
    fits better than every other (by more than `margin`); None on a tie or
    no fit at all."""
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] <= 0:
        return None
    if len(ranked) > 1 and (ranked[1][1] >= ranked[0][1] or ranked[0][1] - ranked[1][1] < margin):
        return None
    return ranked[0][0]


@dataclass(frozen=True)
class Told:
    """What a question told of, not asked (`knowledge.conversations.KEPT`):
    a candidate's years, a hiring company. Written only when told; the store
    keeps what an answer does not set."""

    candidate_years: int | None = None
    company: str = ""
    candidate_told: str = ""

    @property
    def any(self) -> bool:
        return self.candidate_years is not None or bool(self.company) or bool(self.candidate_told)


def context_after(answer: Answer, role_ids: list[int], asked: str | None,
                  topic: tuple[str, ...] = (), pending: str = "", bounds: tuple = (),
                  told: Told = Told(), target: str = "", listed: tuple[int, ...] = (),
                  unplaced: tuple[int, ...] = (), facet_shown: str = "",
                  also: tuple[str, ...] = ()) -> Context | None:
    """What the conversation is about once `answer` is given: its roles in
    the order shown, with the intent answered (None for a list, whose intent
    is no fact of a role; for a comparison, what the question `asked` to
    compare) and the words of one role's items it was ranked by (`topic`);
    for a question back, its options, the intent it leaves pending and the
    question it answers (`pending`); for a list filtered by pay or years,
    its thresholds (`bounds`); for the roles leading to a career title, that
    title (`target`); what the question told of (`told`: a candidate, a
    company); and for one role picked from a list by its place, that list
    (`listed`); for a ranking, the roles it set apart (`unplaced`); for one
    role's items of the facet on screen a bare topic asked, that facet (`facet_shown`);
    for one role asked several facts, the others than the first (`also`);
    for an answer about one role or a pair, those roles as talked about
    (`discussed`: the store adds them to those talked about before)."""
    if not role_ids or answer.kind not in (CLARIFY, UNKNOWN_ROLE, ANSWER):
        return None
    if answer.kind in (CLARIFY, UNKNOWN_ROLE):  # "I don't have that role; close ones: …": "the first one" picks
        return Context(tuple(role_ids), asked, choosing=True, topic=topic, pending=pending,
                       candidate_years=told.candidate_years, company=told.company,
                       candidate_told=told.candidate_told, target=target)  # a title the store lacks: "and then?"
    intent = answer.intent if answer.intent in V.ROLE_INTENTS else None
    if answer.intent == V.COMPARE:  # what they were compared on, when the question said
        intent = asked if asked in V.ROLE_INTENTS else V.COMPARE
    return Context(tuple(role_ids), intent, ranked=len(role_ids) > 1 and is_ranking(answer),
                   topic=topic if len(role_ids) == 1 or answer.intent == V.COMPARE else (), bounds=tuple(bounds), candidate_years=told.candidate_years,
                   company=told.company, candidate_told=told.candidate_told, target=target, listed=tuple(listed) if len(role_ids) == 1 and role_ids[0] in listed else (),
                   unplaced=tuple(unplaced) if len(role_ids) > 1 and is_ranking(answer) else (),
                   facet_shown=facet_shown if len(role_ids) == 1 and intent is None else "",
                   also=tuple(i for i in also if i in V.ROLE_INTENTS and i != intent) if len(role_ids) == 1 else (),
                   discussed=tuple(role_ids) if len(role_ids) == 1 or len(role_ids) <= DISCUSSED_AT_ONCE
                   and answer.intent == V.COMPARE else ())


def ranking_kept(context: Context | None, before: Context | None) -> Context | None:
    """`context` for one role of the ranking `before` showed ("yoe for it"
    after "which one pays most"), with the roles that ranking set apart, its
    documents not saying what it ranked: "the least experienced one" next
    picks among the ranking and them, as it would right after the ranking."""
    if context is None or before is None or not before.unplaced or context.unplaced \
            or len(context.role_ids) != 1 or context.role_ids[0] not in before.role_ids:
        return context
    return replace(context, unplaced=before.unplaced)


def pending_for(context: Context, title: str) -> str | None:
    """The question a question back answers, asked of the role picked
    ("Lead Back End Engineer on call?"), when the conversation keeps one."""
    if not context.choosing or PENDING_ROLE not in context.pending:
        return None
    return context.pending.replace(PENDING_ROLE, title)


def in_question(context: Context, cue: Cues) -> tuple[int, ...]:
    """The roles a follow-up with no role named is about: those last shown,
    but only the first of a ranking ("highest paying role?" then "pay?" or
    "how many years does it need"), unless the words point at them all
    ("them", "those", "each"; not "that one"); after a candidate's fit,
    "them" is the person, so only the plural words do."""
    if context.ranked and (not cue.group or (cue.that_one or context.fitted) and not cue.plural):
        return context.role_ids[:1]
    return context.role_ids


def years(tokens: list[Token], about_experience: bool) -> int | None:
    """The years of experience a question names: "someone with 9 years",
    or a bare "is 10 enough?" while the conversation is about experience;
    not a pick ("years for number 1")."""
    words = [t.text for t in tokens if not t.brk]
    for i, word in enumerate(words):
        if word.isdigit() and int(word) <= MAX_YEARS and not (i and words[i - 1] in NUMBER_PICK_NOUNS):
            if about_experience or (i + 1 < len(words) and words[i + 1] in YEARS_WORDS):
                return int(word)
    return None


def verbs(tokens: list[Token]) -> set[str]:
    """The words of a follow-up that are its verb because a subject stands
    just before them ("where do they *go* after?", "would we *need* …"): no
    term to search the roles in question for."""
    return {t.text for i, t in enumerate(tokens) if i > 0 and not t.brk and not tokens[i - 1].brk
            and tokens[i - 1].text in SUBJECT_WORDS and not (i > 1 and tokens[i - 2].text in BE_WORDS)}


def fits(experience, years_asked: int) -> bool:
    """Whether a role's stated range of years takes someone with `years_asked`."""
    return any(e.years_min is not None and e.years_min <= years_asked
               and (e.open_ended or e.years_max is None or years_asked <= e.years_max) for e in experience)
