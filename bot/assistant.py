"""The intent layer's front door: `Assistant.answer(question) -> Answered`.

It reads the question (`bot.reading`: the intent phrases weighed, the role
mentions found with scores), then asks the answer rules of `bot.rules` in
order, bringing in the conversation's context only when a rule leans on it
("and the salary?"). What stays here is what the rules answer with: a role's
own sections, searches and filters across roles, and questions back; an
answer that did not lean on the conversation comes back marked reusable, for
the runtime's memo (adapters/runtime.py); one that did is remembered here for
the context it was worked out from (`_work_out`). It never guesses a
role: below `ROLE_ACCEPT` it asks, unless the words fit one title and no
other (`_sole_fit`), and a role the store lacks is said to be missing.
"""

import logging
import re
import random
from typing import Callable
from dataclasses import replace
from datetime import timedelta

from rapidfuzz import fuzz, process

from bot import career_direction, compose, gist, level_mentions, operators, pay_rows, search_terms
from bot import rules, thresholds, within_role
from bot import context as C
from bot import vocabulary as V
from bot.answer import ANSWER, CLARIFY, NOT_UNDERSTOOD, UNAVAILABLE, UNKNOWN_ROLE, Answer, Answered, Item, Question, Section
from bot.answer import WorkedOut
from bot.feedback import FeedbackPress, FeedbackTarget
from bot.intents import IntentMatch, IntentMatcher
from bot.roles import RoleIndex
from bot.qualifiers import QualifierIndex, narrowed
from bot.career import MAX_LINKS_SHOWN, CareerPaths
from bot.fuzzy import singular
from bot.reading import (
    MANY_ROLES_WORDS,
    one_extreme,
    ROLE_MARGIN,
    ROLE_SUGGEST,
    _HOURLY,
    _MONEY,
    _MONTHLY,
    QuestionReader,
    Reading,
    _about_many,
    _accepted,
    _extreme,
)
from bot.rules import MAX_CHOICES, SEEDS_INTENTS, _from_postings
from bot.text import Token, cap, fold, tokenize, words_of
from knowledge import (
    Context,
    Knowledge,
    LoggedQuestion,
    SchemaError,
    NotAnswered,
    Store,
    StoreError,
    bundled_seeds_dir,
    ensure_seeded,
    load_context,
    role_key,
)
from knowledge.store import QUERY_TIMEOUT_SECONDS
from knowledge.effects import Effects, persist
from knowledge import sections as S
from knowledge.conversations import PENDING_ROLE

# How close (rapidfuzz WRatio) an unknown role must be to a known one to be
# offered; "chief data officer" vs "Global Lead Engineer" is ~40.
CLOSE_ROLE_SCORE = 80
# Conversation context older than this is forgotten.
CONTEXT_TTL = timedelta(minutes=30)
# Answers that invite a 👍/👎: the ones about roles, including the questions
# back and "I don't have that role". Help, small talk and notices do not.
FEEDBACK_KINDS = (ANSWER, CLARIFY, UNKNOWN_ROLE)
# Kinds that leave a question unanswered (its words are kept for the report).
UNANSWERED_KINDS = (CLARIFY, UNKNOWN_ROLE, NOT_UNDERSTOOD)


# Facts shown for a question's own words about one role ("who does the
# engineer mentor"): the seed profiles name a word in two to four places.
FACTS_NAMING_SHOWN = 6
# Words of a question about a role that say nothing of what is asked.
QUESTION_FILLER = {"involved", "involve", "involves", "expected", "expect", "situation", "work", "working",
                   "knowledge", "handle", "handles", "responsible", "day", "daily", "role's", "job's",
                   "info", "information", "detail", "details", "detailed", "summary", "brief", "briefly",
                   "overall", "general", "explain", "describe", "description", "short", "sure"}

# What a level of a job family states for itself, never taken from the
# family's page: what it is, what it pays, how many years it takes.
FAMILY_OWN_INTENTS = (V.OVERVIEW, V.SALARY, V.JOB_DESCRIPTION, V.EXPERIENCE, V.LEVELS)

# Fields never matched by a word of their text: a place or a company named
# in a question says which posting is meant ("the office manager dublin
# job"), not that its location is asked; and sections with their own headings.
FIELDS_NOT_ASKED_BY_TEXT = (S.LOCATION, S.COMPANY) + compose.OWN_HEADING_SECTIONS

# A heading of the role's own document is read as an intent only by a phrase
# that settles the intent by itself (see `vocabulary`): "Who you'll work with"
# (4) is about the team, while "Req id" ("req" 2.5) is not the requirements.
HEADING_MIN_WEIGHT = 3
# Where "which roles are <facet word>" looks: the facet's sections and the
# line a posting opens with ("Support · Remote (US) · Part-time").
FACET_SEARCH_SECTIONS = {
    V.LOCATION: (S.LOCATION, S.OVERVIEW, S.ABOUT),
    V.EMPLOYMENT_TYPE: (S.EMPLOYMENT_TYPE, S.OVERVIEW, S.ABOUT),
    V.BENEFITS: (S.PERKS,),
    V.PERKS: (S.PERKS, S.LOCATION, S.EMPLOYMENT_TYPE),
    V.SALARY: (S.COMPENSATION, S.SALARY_BY_LEVEL),
}
# An overview fact this short is the line a posting opens with (company,
# place, "Remote", "Part-time"); longer ones are prose, searched by other means.
OPENING_LINE_CHARS = 100
# A facet question is answered from a section of the role's own whose text
# (not heading) holds this many of its words that no intent phrase used.
NAMED_TEXT_WORDS = 2
# A question's own words answer from the role's items (`within_role`) when the
# best item scores at least this: one word held by at most about a sixth of the
# role's facts (log(1 + 6) ~ 1.95), or two commoner words together.
WITHIN_ROLE_MIN_SCORE = 1.9
# Shortest stem that matches longer words it begins ("sponsor" in "sponsorship");
# shorter ones match whole words only ("ote" is not in "remote").
STEM_PREFIX_LETTERS = 4
MIN_TOPIC_LETTERS = 4
# Roles of a store-wide search listed by --explain, with the fact that matched.
MATCHED_SHOWN = 10
# Headings and facts already read as intents, kept in memory; one is a few bytes.
MEMO_SIZE = 2048
# Terms whose matching facts are kept, per knowledge version: a follow-up's
# words ("thanks!", "IaC?") are searched among the roles shown at every asking,
# each search several SQL queries. The questions a team asks repeat; a term's
# facts are at most a few hundred (`Knowledge.search_facts`'s limit per spelling).
TERMS_REMEMBERED = 256
# Answers that leaned on the conversation, kept per knowledge version by their
# words and the context they were worked out from (see `_work_out`). The same
# size as the runtime's memo of answers that did not: one is a few KB.
LEANED_REMEMBERED = 2048
# How long the web process trusts a knowledge version it read: a document
# ingested by any process is answered from within this time.
VERSION_TTL_SECONDS = 0.5

log = logging.getLogger("rolecall.bot")

# What people are told while the knowledge store is out of reach.
UNAVAILABLE_TITLE = "The knowledge store is unavailable right now — please try again shortly."


def store_unavailable() -> Answer:
    return Answer(title=UNAVAILABLE_TITLE, kind=UNAVAILABLE, intent="unavailable")


# A pay question's currency and period ("over €60k", "over 150k USD", "above $40 an hour").
_CURRENCY = ((re.compile(r"€|\beur\b|\beuros?\b", re.I), "EUR"),
             (re.compile(r"£|\bgbp\b|\bpounds?\b|\bsterling\b", re.I), "GBP"),
             (re.compile(r"\bc\$|\bcad\b|\bcanadian dollars?\b", re.I), "CAD"),
             (re.compile(r"\baud\b|\baustralian dollars?\b", re.I), "AUD"),
             (re.compile(r"\$|\busd\b|\bdollars?\b", re.I), "USD"))


class _Recall:
    """The conversation's context, read from the store only if the answer
    turns out to lean on it; `used` says whether it did."""

    def __init__(self, load):
        self._load = load
        self.used = False
        self._context = None

    def __call__(self) -> Context | None:
        if not self.used:
            self.used = True
            self._context = self._load()
        return self._context


class Assistant(QuestionReader, CareerPaths):
    """Answers questions from the knowledge store.

    It returns, it never writes: what an answer leaves to store comes back
    with it (`Answered.effects`), and an answer that did not lean on the
    conversation comes back `reusable`, for whoever keeps a memo of answers
    (the web process, adapters/runtime.py).
    """

    def __init__(self, knowledge: Knowledge, *, context_ttl: timedelta = CONTEXT_TTL):
        self.knowledge = knowledge
        self.context_ttl = context_ttl
        self.intent_matcher = IntentMatcher()
        self._index: RoleIndex | None = None
        self._index_version: int | None = None
        self._stems_of: RoleIndex | None = None
        self._title_stem_set: set[str] = set()
        self._qualifiers: QualifierIndex | None = None
        self._qualifiers_of: RoleIndex | None = None  # the role index `_qualifiers` was built beside
        self._graph = None  # (version, names, edges) of the career graph
        self._headings: dict[str, str] = {}  # heading -> the intent it reads as ("" for none)
        self._facts_read: dict[str, IntentMatch] = {}  # a fact's text -> what it reads as
        self._terms: tuple[int | None, dict] = (None, {})  # (version, (term, whole, listed) -> `_term_matches`)
        # (version, {words: True, (words, context): WorkedOut}): see `_work_out`
        self._leaned: tuple[int | None, dict] = (None, {})

    @property
    def store(self) -> Store:
        return self.knowledge.store

    # -- public ------------------------------------------------------------
    def answer(self, question: Question) -> Answered:
        """The answer to `question` and the rows it leaves to store (its
        conversation's new context, its question-log line), which the caller
        stores before sending the answer, so that a follow-up finds them;
        while the database cannot be reached, a short "try again shortly"
        (no URL, no cause: those go to the log). It may wait on the database."""
        try:
            version = self.knowledge.refresh()
            return self._work_out(question, version)
        except StoreError as error:
            log.log(logging.ERROR if isinstance(error, SchemaError) else logging.WARNING,
                    "answered 'unavailable' (platform=%s): %s", question.platform, error)
            unavailable = store_unavailable()
            # Counted (when the store is back) as not answered; its words say nothing of roles.
            logged = LoggedQuestion(platform=question.platform, intent=unavailable.intent, kind=unavailable.kind,
                                    not_answered=NotAnswered("", UNAVAILABLE)) if question.logged else None
            return Answered(unavailable, Effects(logged=logged))

    def ask(self, question: Question) -> Answer:
        """`answer`, its rows stored at once in this thread: for the CLI and
        for tests, which ask one question at a time."""
        answered = self.answer(question)
        persist(self.store, answered.effects)
        return answered.answer

    def deliver(self, question: Question, worked: WorkedOut, version: int | None = None) -> Answered:
        """`worked` for this asking: its 👍/👎 target set, and the rows it
        leaves. Needs no database: a memo of answers (adapters/runtime.py)
        hands out a remembered answer through it."""
        answer = worked.answer
        context = worked.context if question.conversation_key else None
        logged = LoggedQuestion(
            platform=question.platform, intent=answer.intent, kind=answer.kind, roles=answer.roles,
            confidence=answer.confidence, not_answered=worked.not_answered) if question.logged else None
        if answer.kind in FEEDBACK_KINDS:
            answer = answer.with_feedback(FeedbackTarget(
                question=" ".join(cap(question.text or "").split()), intent=answer.intent,
                roles=answer.roles, answer_id=_answer_id()))
        return Answered(answer, Effects(question.conversation_key, context, logged), version=version)

    def _work_out(self, question: Question, version: int) -> Answered:
        """The answer worked out, or taken from the answers that leaned on
        the conversation: an answer is a function of the words, the knowledge
        version and the context read, so words that leaned on the context
        before have it read first (always from the store, so never stale) and
        are answered as they were for that same context, in any conversation."""
        index = self._role_index(version)
        key = question.conversation_key
        recall = _Recall((lambda: load_context(self.store, key, self.context_ttl)) if key else (lambda: None))
        known_at, leaned = self._leaned
        if known_at != version:
            leaned = {}
            self._leaned = (version, leaned)
        words = cap(question.text or "")
        if words in leaned and (worked := leaned.get((words, recall()))) is not None:
            return self.deliver(question, worked, version)
        reading = self.read(question.text, index)
        answer = _with_explanation(_said_of(self._respond(reading, recall), reading), reading)
        # a role the asker named that the store lacks, with close ones offered, is a question back too
        offered = answer.kind == CLARIFY or answer.kind == UNKNOWN_ROLE and answer.choices and not reading.used_context
        shown = tuple(c.label for c in answer.choices) if offered else answer.roles
        asked, topic, pending = next(iter(reading.intents_asked), None), reading.topic, reading.pending
        if offered and asked is None and not topic and not pending and key and (before := recall()):
            # "no, the lead one" after a salary: which lead role's salary (or items the last question asked)
            asked, topic, pending = C.still_asked(before), before.topic, before.pending
        context = C.context_after(answer, self._ids_of(shown), asked, topic, pending if offered else "")
        worked = WorkedOut(answer, context, _not_answered(answer, reading))
        answered = self.deliver(question, worked, version)
        # Only an answer that did not lean on the conversation is the same for anyone asking these words;
        # one that did is the same for anyone asking them in the same context.
        if not recall.used:
            return replace(answered, reusable=worked)
        if len(leaned) + 2 > LEANED_REMEMBERED:  # room for the words and this context
            leaned.clear()
        leaned[words] = True
        leaned[(words, recall())] = worked
        return answered

    def rate(self, press: FeedbackPress, platform: str, user_id: str | None) -> Answer:
        """Record a 👍/👎 pressed under an answer; the thanks to show."""
        try:
            return operators.rate(self.store, press, platform, user_id)
        except StoreError as error:
            log.warning("feedback answered 'unavailable' (platform=%s): %s", platform, error)
            return store_unavailable()

    def reload(self, paths: list) -> Answer:
        """An admin's reload of the documents at `paths`; the summary to show.
        (Whether the person may reload is the caller's decision.)"""
        try:
            return operators.reload(self.store, paths)
        except StoreError as error:
            log.warning("reload answered 'unavailable': %s", error)
            return store_unavailable()
        finally:
            self.knowledge.expire()  # this process answers from the new knowledge at once

    def _respond(self, r: Reading, recall: Callable[[], Context | None]) -> Answer:
        """The answer of the first rule of `bot.rules.RULES` that has one; the
        rule's name is kept on the reading (`r.rule`, shown by --explain)."""
        turn = rules.Turn(self, r, recall)
        for rule in rules.RULES:
            answer = rule.answer(turn, r)
            if answer is not None:
                r.rule = rule.name
                return answer
        raise AssertionError("the last rule answers every question")

    def _follow_up(self, r: Reading, recall: Callable[[], Context | None], role_intent: str | None) -> Answer | None:
        """A question that leans on what the conversation last showed (see
        `bot.context`): a reply to a question back, a pick among the roles
        shown ("the first", "the global one", "the other one"), the next
        step of a career path ("and then?"), a ranking, a pay filter or a
        search among the roles shown ("which of them …"), the role's items a
        short question points at ("which clouds?"), or something the role's
        documents mention ("IaC?"); and "which roles would 10 years fit?"
        of every role. None when it is none of these, and the conversation is
        then read only if needed."""
        cue = C.cues(r.tokens)
        # "which of them mentors senior and principal engineers?": titles
        # asked about among the roles on screen, not roles to answer for
        among_titles = cue.which and cue.group and not r.roles
        if len(r.roles) > 1 or (r.missing and not among_titles):
            return None
        if len(r.roles) == 1:
            if role_intent is not None or not (context := recall()) or not context.choosing:
                return None
            r.used_context = True
            r.decision = "a reply to a question back: the role named, for what it asked"
            return self._pick_answer(r, r.roles[0], role_intent, context, r.role_scores[0])
        if cue.which_store and role_intent in (None, V.EXPERIENCE) and thresholds.read(r.text) is None and \
                (asked := C.years(r.tokens, False)) is not None:  # "which roles would 10 years fit then?"
            return self._years_fit(r, self.knowledge.roles(), asked)
        short = len([t for t in r.tokens if not t.brk and t.text not in V.FUNCTION_WORDS]) <= C.MAX_PICK_WORDS
        level_words = C.SENIOR_WORDS | C.JUNIOR_WORDS  # "which is more junior?": no role named "junior"
        index = self._role_index(self.knowledge.version)
        weak = [m for m in r.weak if not all(t.text in level_words for t in r.tokens[m.start:m.end])
                and not _guessed_title(m, r, index)]
        store_wide = (r.ambiguous is not None or weak) and not among_titles or (cue.store and not cue.group) or cue.others
        if store_wide and not _may_pick(r, cue):
            return None  # the exit below, decided by the words alone: the conversation is not read
        context = recall() if role_intent in V.POSTING_INTENTS else None
        if context and context.role_ids and not any(_from_postings(self._profile(i)) for i in context.role_ids):
            role_intent = None  # a posting's facet ("on call") the conversation's roles' documents never have
        if not (cue.any or r.ambiguous is not None or r.weak or (short and (r.unknown_words or role_intent is None))):
            return None
        context = context or recall()
        if not context or not context.role_ids:
            return None
        # all of a ranking for "which of them", "and least?"; else its first
        ids = list(context.role_ids if cue.which or cue.more is not None else C.in_question(context, cue))
        mention = r.ambiguous or (r.weak[0] if len(r.weak) == 1 else None)
        if mention is not None and len(ids) == 1 and (kind := C.kind_of_role(r.tokens, mention.start, mention.end)):
            profile = self._profile(ids[0])  # "how much of that in a lead role?": its items about lead roles
            ranked = within_role.rank(profile, {_stem(w) for w in kind}) if profile is not None else None
            if ranked is not None and ranked.best >= WITHIN_ROLE_MIN_SCORE:
                r.used_context = True
                r.decision = f"the role in question's items about {' '.join(kind)}"
                r.ranked, r.topic = ranked.items, ranked.words
                return within_role.answer(profile, ranked, 0.8)
        chosen = self._chosen(r, context, cue)
        if chosen is not None and self.knowledge.role(chosen) is not None:
            r.used_context = True
            r.decision = "the role picked among those last shown"
            return self._pick_answer(r, chosen, role_intent, context, 0.8)
        if context.choosing and cue.plural and not cue.which and role_intent is None and len(ids) > 1 \
                and not cue.correction and not any(t.text in C.REFUSING_WORDS for t in r.tokens) \
                and (asked := C.still_asked(context)):  # "both" to "Which role do you mean?": each, compared
            r.used_context = True
            r.decision = f"every role offered, compared on {asked}"
            r.intents_asked = (asked,)
            return compose.compare(asked, [self._profile(i) for i in ids], 0.8)
        if store_wide:
            return None  # "which roles list Rust?", "who else …" ask the whole store, not the roles on screen
        # "those two", "which pays more", "which one": with the role before it;
        # not "which clouds", which asks about the one role's own items.
        widened = len(ids) == 1 and (cue.plural or cue.which and (cue.group or cue.more is not None
                                                                   or C.years(r.tokens, False) is not None))
        if widened:
            ids = [i for i in context.earlier_role_ids if i not in ids] + ids
        roles = [role for role in (self.knowledge.role(i) for i in ids) if role is not None]
        if not roles:
            return None
        if cue.then is not None and role_intent in (None, V.CAREER_NEXT if cue.then else V.CAREER_ENTRY):
            back = not cue.then  # "and before that?"
            return self._next_step(r, context, roles[0], back) or self._next_step_missing(r, roles[0], back)
        if role_intent in (None, V.EXPERIENCE) and \
                (asked := C.years(r.tokens, V.EXPERIENCE in (role_intent, context.intent))) is not None:
            return self._years_fit(r, roles, asked)
        among = len(roles) > 1 and (cue.which or cue.group or cue.more is not None and short)
        facet = next((i for i in (role_intent, context.intent) if i in (V.SALARY, V.EXPERIENCE)), None)
        highest = cue.more
        if cue.level is not None and cue.more is not None and role_intent in (None, V.EXPERIENCE):
            # "which is more senior / junior": ranked by experience, whatever was asked before
            facet, highest = V.EXPERIENCE, cue.more == (cue.level > 0)
        amount = _money(r.text) if among and cue.which and facet == V.SALARY else None
        if amount:
            r.used_context = True
            r.decision = f"which of the roles shown pay above {amount}"
            return compose.salary_filter(tuple(roles), amount, True, 0.8)
        if among and cue.more is not None and facet:
            r.used_context = True
            r.decision = f"rank the roles shown by {facet}"
            return compose.ranking(facet, tuple(roles), highest=highest, confidence=0.8)
        if widened and role_intent and len(roles) > 1 and not cue.which:
            r.used_context = True
            r.decision = f"follow-up on the last two roles: compare on {role_intent}"
            return compose.compare(role_intent, [self._profile(role.id) for role in roles], 0.8)
        picking = cue.position is not None or cue.yes or cue.other  # "the second one": no topic
        if len(roles) == 1 and short and role_intent is None and not picking and \
                (found := self._within_context_role(r, self._profile(roles[0].id))):
            return found
        # A fact asked of the one role in question ("how many years of golang?",
        # "could they move into management?") is answered as if the role were
        # named, with its items the other words name (`rules.conversation_follow_up`),
        # not by a search for those words; unless they could be a title the
        # store lacks ("which CI tools?"): only a search among the roles in
        # question answers those, with the items that say them, else it is
        # said to be missing.
        searched = r.unknown_words and (not self._asks_clearly(r, role_intent) or len(roles) > 1
                                        or index.looks_like_title(self._unknown_name(r)))
        if (among and cue.which) or (short and (searched or role_intent is None)):
            # A short question as typed ("on-call?"), its words as a whole, else its
            # unknown words one by one, last first ("which of those two lists C++?").
            typed = (r.display or r.text).strip(" ?!.,") if short else None
            start = C.topic_start(r.tokens)
            after = r.words(start, len(r.tokens)).strip(" ?!.,") if start is not None else None
            verbs = C.verbs(r.tokens)  # "where do they go after?": 'go' is what they do, not Go
            terms = [term for term in (typed, after, self._search_term(r, skip=verbs)) if term] + \
                [w for w in reversed(r.unknown_words) if w not in verbs]
            found = self._search_among(r, roles, terms)
            r.used_context = found is not None
            return found
        return None

    def _next_step_missing(self, r: Reading, role, back: bool = False) -> Answer | None:
        """"and then?" ("and before that?") past the roles the store has: its
        next (previous) step is a role with no profile here, said so with
        where it appears in career paths."""
        kind = S.CAREER_ENTRY if back else S.CAREER_ADVANCEMENT
        nexts = self.knowledge.career_links(kind=kind, role_id=role.id, limit=MAX_LINKS_SHOWN)
        if not nexts:
            return None
        name = nexts[0].title
        r.used_context = True
        r.decision = f"the {'step before' if back else 'next step'} of {role.title}, {name}, is no role the store has"
        return compose.unknown_role(name, self._close_roles(name), self._appears_in(name))

    def _within_context_role(self, r: Reading, profile) -> Answer | None:
        """"which clouds?", "what dbs?" after an answer about one role: the
        items of that role the words point at, as if the role were named
        ("which clouds does the expert swe need"); None when none is relevant."""
        ranked = self._ranked_items(r, profile, False)
        if ranked is None:
            return None
        r.used_context = True
        r.decision = f"the role in question's items about {', '.join(ranked.words)}"
        r.ranked, r.topic = ranked.items, ranked.words
        return within_role.answer(profile, ranked, 0.8)

    def _chosen(self, r: Reading, context: Context, cue: C.Cues) -> int | None:
        """The one role a reply picks: by position or yes, "the other one", or
        the words that fit one of the roles shown (or shown just before) best
        ("the global one", "backend")."""
        chosen = C.picked(context, cue)
        if chosen is None and cue.other:
            chosen = C.the_other(context)
        if chosen is None and cue.seniority is not None:
            shown = C.shown_list(context)
            if len(shown) < 2:  # "the senior one" after a question about each of two roles
                shown = tuple(dict.fromkeys(context.earlier_role_ids + shown))
            roles = [role for role in (self.knowledge.role(i) for i in shown) if role is not None]
            chosen = C.by_seniority(cue, {role.id: role.experience[0].years_min for role in roles
                                          if role.experience and role.experience[0].years_min is not None})
        if chosen is None and (r.ambiguous is not None or r.weak):  # "no, I meant the expert one"
            chosen = C.corrected(context, cue, {c.title.role_id: c.score for m in reversed(r.mentions)
                                                for c in reversed(m.profiled()) if c.score >= ROLE_SUGGEST})
        recent = list(dict.fromkeys(context.role_ids + context.earlier_role_ids))  # "now the global one"
        if chosen is None and (r.ambiguous is not None or r.weak) and (len(recent) > 1 or context.choosing):
            chosen = C.best_option({i: max((c.score for m in r.mentions for c in m.profiled()
                                            if c.title.role_id == i), default=0.0) for i in recent})
        return chosen

    def _pick_answer(self, r: Reading, role_id: int, role_intent: str | None, context: Context, confidence: float) -> Answer:
        """What was asked (else what the conversation was about, else the
        overview) for the role picked in a follow-up; a pick that asks
        nothing of its own, in reply to a question back, answers the question
        it asked with the role named, as the pick's button does."""
        role = self.knowledge.role(role_id)
        if role_intent is None and role is not None and (asked := C.pending_for(context, role.title)):
            return self._answer_pending(r, asked, confidence)
        intent = role_intent or (context.intent if context.intent in V.ROLE_INTENTS else None)
        if intent is None and context.topic and \
                (ranked := within_role.rank(self._profile(role_id), set(context.topic))) is not None \
                and ranked.best >= WITHIN_ROLE_MIN_SCORE:  # "and backend?" after "which message queues …"
            r.ranked, r.topic = ranked.items, ranked.words
            return within_role.answer(self._profile(role_id), ranked, confidence)
        return self._role_answer(intent or V.OVERVIEW, self._profile(role_id), confidence)

    def _answer_pending(self, r: Reading, asked: str, confidence: float) -> Answer:
        """The answer to `asked`, the question a question back answered, now
        that its role is picked: read and answered afresh (the conversation
        it leaned on is the question back, which it needs no more), and what
        it asked kept on `r` for the conversation's next context."""
        pending = self.read(asked, self._role_index(self.knowledge.version))
        answer = self._respond(pending, lambda: None)
        r.intents_asked, r.topic, r.ranked, r.matched = pending.intents_asked, pending.topic, pending.ranked, pending.matched
        r.narrowed_to, r.pending = pending.narrowed_to, pending.pending
        r.decision = f"a reply to a question back: '{asked}' ({pending.rule}: {pending.decision})"
        return replace(answer, confidence=min(answer.confidence, confidence))

    def _years_fit(self, r: Reading, roles, asked: int) -> Answer:
        """"is 10 enough?", "which of the two fits someone with 9 years?": the
        experience of the roles whose stated range takes that many years
        (of every role in question when none or all do), for the asker to judge."""
        fitting = [role for role in roles if C.fits(role.experience, asked)] or roles
        r.used_context = True
        r.decision = f"the roles in question whose experience takes {asked} years"
        if len(fitting) == 1:
            return self._role_answer(V.EXPERIENCE, self._profile(fitting[0].id), 0.8)
        return compose.compare(V.EXPERIENCE, [self._profile(role.id) for role in fitting], 0.8)

    def _search_among(self, r: Reading, roles, terms: list[str]) -> Answer | None:
        """The facts of `roles` that mention the first of `terms` any of
        them mentions, as a whole word in any of its spellings ("k8s" finds
        "Kubernetes", "IaC" "infrastructure-as-code"); None when none does."""
        ids = {role.id for role in roles}
        for term in dict.fromkeys(terms):
            part, found = self._term_matches(term)
            if part != term and len(part.split()) < 2:
                continue  # one word of a phrase is no match for it (its own words come as terms too)
            if all(t.brk or t.text in V.FUNCTION_WORDS for t in tokenize(fold(part))):
                continue  # "and the" of "and the lowest?" is no term

            matches = [m for m in found if m.role.id in ids]
            if matches:
                r.decision = f"search the roles in question for '{part}'"
                return compose.search_results(part, _matched(r, part, matches), 0.8)
        return None

    def _company_answer(self, company: str, hiring, r: Reading) -> Answer | None:
        """What the postings of `company`'s roles say about it, each text once,
        under their own headings and with their sources: their "about the
        company" sections, else the lines of their overview that name it ("Lumen &
        Reed sells handmade lamps ..."). None when they say nothing."""
        named = [q for q in r.qualifiers if q.name == company]
        sections: list[Section] = []
        told, seen = [], set()
        for role in hiring:
            profile = narrowed(self._profile(role.id), named)
            if profile is None:
                continue
            facts = [f for f in profile.facts if f.section == S.COMPANY and f.label != "Company"] or \
                [f for f in profile.facts if f.section in (S.OVERVIEW, S.ABOUT) and not f.label
                 and fold(company) in fold(f.text)]
            facts = [f for f in facts if f.text not in seen]
            if not facts:
                continue
            seen |= {f.text for f in facts}
            told.append((profile, facts))
            groups: dict[str, list] = {}
            for fact in facts:
                groups.setdefault(fact.heading or S.TITLES[fact.section], []).append(fact)
            sections.extend(Section(heading, tuple(Item(f.text, source=f.source) for f in group))
                            for heading, group in groups.items())
        if not told:
            return None
        return Answer(title=f"{company}: about the company", intent=V.COMPANY, sections=tuple(sections),
                      roles=tuple(p.role.title for p, _f in told), confidence=0.9,
                      sources=tuple(dict.fromkeys(f.source for _p, facts in told for f in facts)),
                      suggestions=compose.follow_ups(told[0][0].role, V.COMPANY, told[0][0]))

    def _roles_named_together(self, r: Reading) -> list[int]:
        """The roles a words-in-common mention names in the plural ("the lead
        roles", "the designer roles"): every role whose title has all its words."""
        mention = r.ambiguous
        if mention.end >= len(r.tokens) or r.tokens[mention.end].text not in MANY_ROLES_WORDS:
            return []
        said = {t.text for t in r.tokens[mention.start:mention.end] if not t.brk and t.text not in V.FUNCTION_WORDS}
        ids = []
        for cand in mention.profiled():
            if cand.title.role_id not in ids and len(cand.matched) >= len(said):
                ids.append(cand.title.role_id)
        return ids if len(ids) >= 2 else []

    def _about_group(self, r: Reading, ids: list[int], role_intent: str | None) -> Answer:
        """A question about several roles named together: ranked by pay or
        experience when it asks which is first or to sort them, else compared."""
        extreme = _extreme(r) or ("highest" if any(t.text in V.ORDER_WORDS for t in r.tokens) else None)
        if extreme and role_intent in (V.SALARY, V.EXPERIENCE):
            r.decision = f"rank the roles named together by {role_intent}: {extreme} first"
            group = tuple(role for role in self.knowledge.roles() if role.id in ids)
            return compose.ranking(role_intent, group, highest=extreme == "highest", confidence=0.8)
        r.decision = f"the roles named together: compare on {role_intent or 'the essentials'}"
        return compose.compare(role_intent, [self._profile(i) for i in ids], 0.8, asked=r.text)

    def _across_roles(self, r: Reading, roles, role_intent: str | None) -> Answer | None:
        """Questions about the store as a whole: list, search, filter, career targets."""
        intents = r.intents
        plural = any(t.text in V.STORE_WIDE_WORDS for t in r.tokens) or intents.has(V.REVERSE, 2)
        own_words = [w for w in r.unknown_words if w not in V.SEARCH_NON_TERMS]  # "stated" says how, not what
        # "how many roles list no salary", "how many roles have perks": a count of the roles that do (or don't)
        filtered = search_terms.negation_at(r.tokens, intents.used) is not None or (
            role_intent not in (None, V.SALARY) and intents.has(role_intent, HEADING_MIN_WEIGHT))
        if role_intent is not None and _each_role(r) and thresholds.read(r.text) is None and not _extreme(r) \
                and search_terms.negation_at(r.tokens, intents.used) is None \
                and (each := self._every_role(r, roles, role_intent)) is not None:
            return each
        if intents.has(V.LIST_ROLES, 5) and not own_words and not filtered and not _money(r.text):  # not "number of roles over 200k"
            r.decision = "list roles"
            return compose.list_roles(roles)
        extreme = _extreme(r)
        if extreme and role_intent in (V.SALARY, V.EXPERIENCE) and not r.roles and r.ambiguous is None \
                and thresholds.read(r.text) is None:  # "at least 10 years" is a threshold, not "the least"
            r.decision = f"rank every role by {role_intent}: {extreme} first"
            period = "per hour" if _HOURLY.search(r.text) else "per month" if _MONTHLY.search(r.text) else None
            return compose.ranking(role_intent, roles, highest=extreme == "highest", confidence=0.9, period=period,
                                   figures=self.knowledge.figures(), end=thresholds.end_named(r.text),
                                   extreme_only=one_extreme(r))
        # "which roles would 10 years fit?", and "someone with 6 yrs, which role?" (years and no comparing words)
        fit_asked = C.years(r.tokens, False) if any(t.text in V.FIT_WORDS for t in r.tokens) or (
            _asks_for_a_role(r) and thresholds.read(r.text) is None) else None
        if not plural and not (fit_asked is not None and _asks_for_a_role(r)):
            return None
        negated = search_terms.negation_at(r.tokens, intents.used) is not None
        phrases = set(intents.phrases(V.REVERSE))
        if phrases & set(V.CAREER_TARGET_PHRASES):
            target = self._career_target(r)
            if target:
                r.decision = f"career target: roles {'not ' if negated else ''}leading to {target}"
                links = self.knowledge.career_links(title_key=role_key(target), limit=MAX_LINKS_SHOWN)
                if negated:
                    return self._not_leading_to(target, links, roles)
                linked = {link.role_id: found for link in links if (found := self.knowledge.role(link.role_id))}
                return compose.career_into(target, links, linked, 0.9)  # the linked roles, not a map of every role
        limit = thresholds.read(r.text)
        if limit is not None and limit[1] is not None and role_intent != V.SALARY:
            threshold, years = limit
            r.decision = f"experience filter: {threshold.word()} {years:g} years, the {threshold.end} compared"
            return compose.experience_filter(roles, years, threshold, 0.9, figures=self.knowledge.figures())
        if limit is None and fit_asked is not None:  # "which roles would 10 years fit?"
            return self._years_fit(r, roles, fit_asked)
        period = "per hour" if _HOURLY.search(r.text) else "per month" if _MONTHLY.search(r.text) else None
        amount = _money(r.text, thousands=period is None)
        if amount and (role_intent == V.SALARY or phrases & (V.ABOVE_WORDS | V.BELOW_WORDS) or limit):
            threshold = limit[0] if limit else None
            above = threshold.above if threshold else not (phrases & V.BELOW_WORDS)
            currency = next((code for pattern, code in _CURRENCY if pattern.search(r.text)), None)
            r.decision = f"salary filter: {'above' if above else 'below'} {amount} {currency or ''}".rstrip()
            return compose.salary_filter(roles, amount, above, 0.9, currency=currency, period=period,
                                         end=threshold.end if threshold and threshold.named_end else None,
                                         inclusive=bool(threshold and threshold.inclusive),
                                         figures=self.knowledge.figures())
        currency = next((code for pattern, code in _CURRENCY if pattern.search(r.text)), None)
        if currency and role_intent == V.SALARY:
            r.decision = f"roles paid in {currency}"
            return compose.paid_in(roles, currency, 0.9)
        search = search_terms.search_of(r.display or r.text, r.tokens, intents.used)
        if negated and search is not None and search.excluded:  # "MongoDB but not Redis"
            return self._search_store(r, roles, search)
        if negated:
            return self._roles_lacking(r, roles, role_intent, search)
        facet = self._facet_search(r, role_intent)
        if facet is not None:
            return facet
        if search is not None and (found := self._search_store(r, roles, search)) is not None:
            return found
        term = self._search_term(r)
        if term:
            r.decision = f"search across roles for '{term}'"
            return compose.search_results(term, _matched(r, term, self.knowledge.search_facts(term)), 0.9)
        if role_intent is not None and not r.unknown_words and any(t.text in V.ROLE_LIST_NOUNS for t in r.tokens) \
                and (stating := self._roles_stating(roles, role_intent)):  # roles named, not "who …" of a conversation
            topic, having = stating  # "which roles have salaries", "roles needing a degree"
            r.decision = f"roles whose documents state their {topic}"
            listed = compose.list_roles(having, summary=f"{len(having)} of {len(roles)} roles state their {topic}.")
            return replace(listed, title=f"Roles whose documents state their {topic}", intent=V.REVERSE)
        if intents.has(V.LIST_ROLES, 3):
            r.decision = "list roles"
            return compose.list_roles(roles)
        return None

    def _every_role(self, r: Reading, roles, role_intent: str) -> Answer | None:
        """"Every role and its salary", "what does each role pay", "compare all
        roles on education": the fact asked, for each role. Pay and years as a
        ranking (roles that don't state them apart); other facts side by side
        when the store is small enough to show every role (EACH_ROLE_SHOWN)."""
        if role_intent in (V.SALARY, V.EXPERIENCE):
            r.decision = f"{role_intent} of every role, highest first"
            return compose.ranking(role_intent, roles, highest=True, confidence=0.9,
                                   figures=self.knowledge.figures())
        if role_intent not in compose.ROLE_SECTIONS or not 1 < len(roles) <= EACH_ROLE_SHOWN:
            return None
        r.decision = f"{role_intent} of every role, side by side"
        return compose.compare(role_intent, [self._profile(role.id) for role in roles], 0.9, asked=r.text)

    def _roles_stating(self, roles, role_intent: str) -> tuple[str, tuple] | None:
        """(the facet's name, the roles whose documents state it), for a
        question about roles that asks a facet and nothing else; None for an
        intent no section or value holds."""
        if role_intent == V.SALARY:
            return "salary", tuple(role for role in roles if any(s.stated for s in role.salaries))
        if role_intent == V.EXPERIENCE:
            return "experience", tuple(role for role in roles if role.experience)
        if role_intent not in compose.ROLE_SECTIONS or role_intent == V.OVERVIEW:
            return None
        topic, sections = compose.ROLE_SECTIONS[role_intent]
        ids = {m.role.id for m in self.knowledge.facts_in(sections, limit=100_000)}
        return topic, tuple(role for role in roles if role.id in ids)

    def _search_store(self, r: Reading, roles, search: search_terms.Search) -> Answer | None:
        """The roles whose facts mention the search's terms, any or all of them
        (`bot.search_terms`); negated, the roles whose facts don't. None when a
        search for what is asked finds nothing (the plain search says so)."""
        listed = not search.negated  # a negation needs only whether each term is mentioned at all
        wider = [found for term in search.wider if (found := self._term_matches(term, whole=True, listed=listed))[1]]
        found = wider or [self._term_matches(term, listed=listed) for term in search.terms]
        label = (" and " if search.all_of else " or ").join(term for term, _m in found)
        said = [t for t, (term, _m) in zip(search.terms, found) if term.casefold() != t.casefold()]
        note = f"No document mentions “{'”, “'.join(said)}” as written; looked for “{label}”." if said else None
        if search.negated:  # every role that mentions it, not those of the first facts a search lists
            mentioned = [(search_terms.spellings(term), search_terms.pattern(term)) for term, matches in found if matches]
            if search.all_of and len(mentioned) < len(found):
                mentioned = []  # a term no role mentions: no role mentions them all
            lacking = self.knowledge.roles_lacking(mentioned, all_of=search.all_of, limit=compose.MAX_LISTED_ROLES)
            r.decision = f"roles whose facts don't mention '{label}'"
            return compose.roles_without(label, list(lacking.items), len(roles) - lacking.count, 0.9, note=note,
                                         count=lacking.count)
        ids = [{m.role.id for m in matches} for _term, matches in found]
        hit = set.intersection(*ids) if search.all_of else set.union(*ids)
        if search.excluded:  # "MongoDB but not Redis": every role that mentions Redis is out
            wanted = (" and " if search.all_of else " or ").join(f"“{term}”" for term, _m in found)
            unwanted = " or ".join(f"“{term}”" for term in search.excluded)
            label = f"{label} but not {' or '.join(search.excluded)}"
            if not hit:
                r.decision = f"search across roles for '{label}': none mention the terms"
                return compose.search_results(label, [], 0.9, summary=f"No document mentions {wanted}.")
            for term in search.excluded:
                hit -= self.knowledge.roles_mentioning(search_terms.spellings(term), search_terms.pattern(term))
            if not hit:
                r.decision = f"search across roles for '{label}': each also mentions the excluded"
                return compose.search_results(label, [], 0.9,
                                              summary=f"Every role that mentions {wanted} also mentions {unwanted}.")
        if not hit:
            return None
        matches = sorted((m for _term, ms in found for m in ms if m.role.id in hit),
                         key=lambda m: self.knowledge.position(m.role.id))
        r.decision = f"search across roles for '{label}'"
        return compose.search_results(label, _matched(r, label, matches), 0.9)

    def _term_matches(self, term: str, whole: bool = False, listed: bool = True) -> tuple[str, tuple]:
        """The facts that mention `term` in any of its spellings, as a word; a
        phrase no fact has is looked for by its longest part some fact has
        ("TCP/IP" of "TCP/IP stack"), leftmost first (with `whole`, not).
        Not `listed`: (True,) in place of the facts when some fact does.
        Remembered per knowledge version (TERMS_REMEMBERED)."""
        version = self.knowledge.version
        known_at, known = self._terms
        if known_at != version:
            known = {}
            self._terms = (version, known)
        found = known.get((term, whole, listed))
        if found is None:
            if len(known) >= TERMS_REMEMBERED:
                known.clear()
            part, matches = self._facts_mentioning(term, whole, listed)
            found = known[(term, whole, listed)] = (part, tuple(matches))
        return found

    def _facts_mentioning(self, term: str, whole: bool, listed: bool) -> tuple[str, list]:
        """`_term_matches`, from the store."""
        words = term.split()
        for n in range(len(words), len(words) - 1 if whole else 0, -1):
            for start in range(len(words) - n + 1):
                part = " ".join(words[start:start + n])
                pattern, seen, matches = search_terms.pattern(part), set(), []
                if not listed:
                    if self.knowledge.mentioned(search_terms.spellings(part), pattern):
                        return part, [True]
                    continue
                for spelling in search_terms.spellings(part):
                    for m in self.knowledge.search_facts(spelling):
                        key = (m.role.id, m.fact.section, m.fact.position, m.fact.source)
                        if key not in seen and (pattern.search(m.fact.text) or pattern.search(m.fact.label or "")):
                            seen.add(key)
                            matches.append(m)
                if matches:
                    return part, matches
        return term, []

    def _roles_lacking(self, r: Reading, roles, role_intent: str | None,
                       search: search_terms.Search | None) -> Answer | None:
        """"Which roles don't mention GraphQL", "which roles have no perks listed":
        the roles whose documents lack the words, or lack the facet asked for."""
        if search is not None:
            return self._search_store(r, roles, search)
        if role_intent is None:
            return None
        said = [p for p in r.intents.phrases(role_intent) if p not in V.FACET_NAMES]
        if said and role_intent in compose.ROLE_SECTIONS:  # "which roles aren't remote": a word of the facet, not its name
            stating = {m.role.id for p in said for m in self._term_matches(p, whole=True)[1]
                       if m.fact.section in compose.ROLE_SECTIONS[role_intent][1]}
            if stating:
                lacking = [role for role in roles if role.id not in stating]
                r.decision = f"roles whose {compose.ROLE_SECTIONS[role_intent][0]} doesn't say '{said[0]}'"
                return compose.roles_without(said[0], lacking, len(roles) - len(lacking), 0.9)
        if role_intent == V.SALARY:
            topic, lacking = "salary", list(self.knowledge.figures().pay_unstated)
        elif role_intent == V.EXPERIENCE:
            topic, lacking = "experience", list(self.knowledge.figures().experience_unstated)
        elif role_intent in compose.ROLE_SECTIONS:
            topic, sections = compose.ROLE_SECTIONS[role_intent]
            stating = {m.role.id for m in self.knowledge.facts_in(sections, limit=100_000)}
            lacking = [role for role in roles if role.id not in stating]
        else:
            return None
        r.decision = f"roles whose documents don't state their {topic}"
        return compose.roles_without(topic, lacking, len(roles) - len(lacking), 0.9,
                                     title=f"Roles whose documents don't state their {topic}")

    def _ranked_among(self, r: Reading, role_intent: str | None) -> Answer | None:
        """"Best paid of the lead roles?", "sort the two lead roles by pay": a
        ranking among the roles a plural mention fits, not a question back."""
        extreme = _extreme(r)
        if not extreme or role_intent not in (V.SALARY, V.EXPERIENCE) or not _about_many(r):
            return None
        mention = r.ambiguous
        top = mention.profiled()[0].score
        ids = list(dict.fromkeys(c.title.role_id for c in mention.profiled()
                                 if top - c.score < ROLE_MARGIN * 2 and c.score >= ROLE_SUGGEST))
        fitting = tuple(role for role in (self.knowledge.role(i) for i in ids) if role is not None)
        if len(fitting) < 2:
            return None
        r.decision = f"rank the roles '{r.words(mention.start, mention.end)}' fits by {role_intent}: {extreme} first"
        return compose.ranking(role_intent, fitting, highest=extreme == "highest", confidence=top)

    def _facet_search(self, r: Reading, role_intent: str | None) -> Answer | None:
        """"Which roles are fully remote / contract positions / have an OTE":
        the roles whose facts under that facet (or in their overview line)
        use the question's own facet words, never every role. None when the
        question has words of its own beside the facet's; asked for the facet
        alone ("which roles have benefits"), the roles whose documents state it."""
        sections = FACET_SEARCH_SECTIONS.get(role_intent)
        if sections is None:
            return None
        if any(not t.brk and not r.intents.used[i] and t.text not in V.FUNCTION_WORDS and not t.text.endswith("ly")
               and t.text not in V.SEARCH_NON_TERMS  # "a stated pay range": how it is given, not a thing
               for i, t in enumerate(r.tokens)):
            return None  # words of its own to search for ("ridgeway insurance roles")
        words = []
        for hit in r.intents.hits:
            if hit.intent != role_intent or hit.weight < HEADING_MIN_WEIGHT:
                continue
            for token in r.tokens[hit.start:hit.end]:
                word = token.text
                if word not in V.FUNCTION_WORDS and word not in V.FACET_NAMES and not word.endswith("ly") \
                        and word not in words:
                    words.append(word)
        if not words:
            if not r.intents.has(role_intent, HEADING_MIN_WEIGHT) or role_intent == V.SALARY:
                return None
            topic = compose.ROLE_SECTIONS[role_intent][0]
            r.decision = f"roles whose documents state their {topic}"
            stating = self.knowledge.facts_in(compose.ROLE_SECTIONS[role_intent][1])
            return compose.search_results(topic, _matched(r, topic, stating), 0.9)
        where = f"roles' {role_intent}"
        matches = self._facet_matches(words, sections)
        topics = [w for w in words if w in V.SEARCHABLE_INTENT_WORDS or any(w in key.split("|") for key in V.TOPIC_WORDS)]
        if not matches and topics and (matches := self._facet_matches(topics, None)):
            # "which roles mention on-call", "offer equity": a thing documents name anywhere, not under this facet
            where, words = "roles", topics
        term = " or ".join(words)
        r.decision = f"search across {where} for '{term}'"
        return compose.search_results(term, _matched(r, term, matches), 0.9)

    def _facet_matches(self, words: list[str], sections) -> list:
        """The facts (under `sections`, or anywhere when None) that say one of `words`."""
        matches = []
        for word in words:
            for spelling in search_terms.spellings(word):  # "401k" is written "401(k)"
                pattern = _word_pattern(spelling)
                for match in self.knowledge.search_facts(spelling.split()[0], sections=sections):
                    opening = match.fact.section not in (S.OVERVIEW, S.ABOUT) or \
                        len(match.fact.text) <= OPENING_LINE_CHARS  # prose "about the role" says it in passing
                    if opening and pattern.search(match.fact.text) and match not in matches:
                        matches.append(match)
        return matches

    def _missing_role(self, r: Reading) -> Answer:
        """A title the user made another role of ("security engineer", "global
        lead recruiter"): said to be missing, whatever was asked of it, with
        the roles it came close to offered instead."""
        mention, start, end, extra = r.missing[0]
        for _m, other_start, other_end, _extra in r.missing[1:]:
            if other_start < end and other_end > start:  # "lead platform engineer": "lead" and "engineer"
                start, end = min(start, other_start), max(end, other_end)
        name = r.words(start, end)
        matched = [self.knowledge.role(c.title.role_id).title for m in r.mentions if start <= m.start < end
                   for c in m.profiled() if c.score >= ROLE_SUGGEST]
        r.decision = f"a role the store does not have: '{' '.join(extra)}' beside '{mention.text}'"
        return compose.unknown_role(name, self._close_roles(name, matched), self._appears_in(name))

    def _clarify(self, r: Reading) -> Answer:
        mention = r.ambiguous
        top = mention.profiled()[0].score
        seen, options = set(), []
        said = (r.display or r.text).replace(PENDING_ROLE, " ")
        pending = (said[:r.tokens[mention.start].start] + PENDING_ROLE + said[r.tokens[mention.end - 1].end:]).strip()
        for cand in mention.profiled():
            if cand.title.role_id in seen or top - cand.score >= ROLE_MARGIN * 2 or cand.score < ROLE_SUGGEST:
                continue
            seen.add(cand.title.role_id)
            title = self.knowledge.role(cand.title.role_id).title
            options.append((title, pending.replace(PENDING_ROLE, title)))
            if len(options) == MAX_CHOICES:
                break
        # only a question that asks something of the role is pending ("lead engineer on
        # call?"); "no, the lead one" leaves the one asked before it pending
        outside = [t for i, t in enumerate(r.tokens) if not mention.start <= i < mention.end and not t.brk]
        if r.intents.scores or any(t.text in r.unknown_words for t in outside):
            r.pending = pending
        r.decision = "not sure which role: ask"
        return compose.clarify(r.echoed(mention.start, mention.end), options, top)

    def _asks_clearly(self, r: Reading, role_intent: str | None) -> bool:
        """Whether a fact of a role is asked by a phrase that settles it by
        itself ("how many years", "move into"), not by a word that only leans
        that way ("tech" in "tech or leadership first?")."""
        return role_intent is not None and r.intents.has(role_intent, HEADING_MIN_WEIGHT)

    def _role_intent(self, r: Reading, pool, stand_in: list[tuple[int, int]] = ()) -> str | None:
        """The fact of a role the question asks for most, among the intents of
        `pool` (None below INTENT_MIN_WEIGHT); sets what else it asks for.
        `stand_in`: the words standing where the role's name would ("could
        *they* move into data?"), when the conversation gave the role."""
        role_intent, weight = r.intents.top(pool)
        role_intent = _refine(role_intent if weight >= V.INTENT_MIN_WEIGHT else None, r.intents)
        spans = [(m.start, m.end) for m in r.mentions if _accepted(m, r.intents.used)] + list(stand_in)
        turned = career_direction.settled(role_intent, r.intents.hits, spans)
        r.intents_asked = _intents_asked(role_intent, r.intents, r.tokens, pool)
        if turned != role_intent:  # the phrase that read as the way in reads as the way on
            role_intent = turned
            r.intents_asked = tuple(dict.fromkeys(turned if i == V.CAREER_ENTRY else i for i in r.intents_asked))
        if r.intents_asked and V.CAREER_ENTRY not in r.intents_asked and V.CAREER_ENTRY in pool \
                and len(r.roles) == 1 and r.titles_without_profile and any(t.text in V.FIT_WORDS for t in r.tokens):
            # "ex solutions architect with 16 yrs, global lead a fit?": the candidate's
            # title beside the role asks whether it is one of the role's ways in too
            r.intents_asked += (V.CAREER_ENTRY,)
        return role_intent

    def _facet_naming_asked(self, r: Reading, profile, role_intent: str | None, pool) -> str | None:
        """Of the facets one phrase asks for equally ("equity": salary or
        perks), the one whose facts say the phrase's own word, when only one
        does: "is there equity for X" is the perk "equity compensation" when
        X's pay range says nothing of equity."""
        if role_intent is None:
            return role_intent
        top = r.intents.scores.get(role_intent, 0.0)
        tied = [i for i in pool if i != role_intent and r.intents.scores.get(i, 0.0) == top]
        if not tied:
            return role_intent
        words = {p for h in r.intents.hits if h.intent == role_intent for p in h.phrase.split()
                 if p not in V.FUNCTION_WORDS and p not in V.FACET_NAMES}
        if not words:
            return role_intent

        def says(intent: str) -> bool:
            texts = [f.text for name in compose.ROLE_SECTIONS.get(intent, ("", ()))[1] for f in profile.section(name)]
            if intent == V.SALARY:
                texts += [f"{s.text} {s.note or ''}" for s in profile.role.salaries]
            return any(_word_pattern(w).search(t) for w in words for t in texts)

        saying = [i for i in [role_intent] + tied if says(i)]
        return saying[0] if len(saying) == 1 else role_intent

    # -- a role's own sections ----------------------------------------------
    def _role_answer(self, intent: str, profile, confidence: float, r: Reading | None = None) -> Answer:
        """`compose.role_answer`, with the role's sections whose own heading
        reads as `intent` ("Who you'll work with" as the team, "How to apply"
        as the hiring process) and, asked about one thing, the one whose
        heading the question names ("the shift schedule": a "Shift" field)."""
        if intent != V.SALARY and r is not None and r.intents.has(V.SALARY, V.INTENT_MIN_WEIGHT) \
                and pay_rows.select([s for s in profile.role.salaries if s.stated], r.text)[1]:
            intent = V.SALARY  # "remote salary": the place names one of the role's pay rows
        headed = [(heading, facts) for heading, facts in compose.own_sections(profile).items()
                  if self._heading_intent(heading) == intent]
        named = self._named_section(r, profile) if r is not None else None
        if named and named[0] not in dict(headed):
            headed.append(named)
        among = compose.FOUND_AMONG.get(intent, ())
        if among and not any(profile.section(name) for name in compose.ROLE_SECTIONS[intent][1]):
            for name in among:
                groups: dict[str, list] = {}
                for fact in profile.section(name):
                    if self.intent_matcher.match(tokenize(fold(fact.text))).has(intent, HEADING_MIN_WEIGHT):
                        groups.setdefault(fact.heading or S.TITLES[name], []).append(fact)
                headed.extend(groups.items())
        shown = {id(f) for _heading, facts in headed for f in facts}
        headed.extend(self._told_elsewhere(intent, profile, r, shown))
        if not headed and intent in compose.ROLE_SECTIONS and intent not in FAMILY_OWN_INTENTS:
            profile = self._with_family_facts(intent, profile)
        return compose.role_answer(intent, profile, confidence, tuple(headed), asked=r.text if r is not None else "")

    def _facts_naming(self, r: Reading, profile) -> tuple[list[str], list] | None:
        """A question about one role that asks no facet but has words of its
        own ("who does the engineer mentor", "is it involved in cloud cost
        work"): (those words, as the user wrote them, and the role's facts
        that use the most of them, at most FACTS_NAMING_SHOWN), else None."""
        # a facet the role's layout has no section for ("on-call" of a role the seeds describe) is a topic too
        unasked = () if _from_postings(profile) else V.POSTING_INTENTS
        used = {i for h in r.intents.hits if h.intent not in unasked for i in range(h.start, h.end)}
        in_roles = {i for m in r.mentions for i in range(m.start, m.end)}
        in_roles |= {i for q in r.qualifiers for i in range(q.start, q.end)}
        own = {_stem(w) for w in words_of(profile.role.title)}
        own |= {_stem(w) for company in profile.role.companies for w in words_of(company)}
        words, negated = {}, False
        for i, t in enumerate(r.tokens):
            negated = (negated or t.text in level_mentions.NEGATING_WORDS) and not t.brk  # "not the lead ones"
            stem = _stem(t.text)
            if not t.brk and not negated and i not in used and i not in in_roles and t.text not in V.FUNCTION_WORDS \
                    and t.text not in V.HEADING_STOP_WORDS and t.text not in QUESTION_FILLER \
                    and not t.text.isdigit() and stem not in own and _topic_word(r, t.text):
                words.setdefault(stem, r.words(i, i + 1))
        if not words:
            return None
        scored = []
        for fact in profile.facts:
            named = {w for w in words if _mentions(_fact_words(fact.display), w)}
            if named:
                scored.append((len(named), fact))
        if not scored:
            return None
        most = max(n for n, _fact in scored)
        return list(words.values()), [f for n, f in scored if n == most][:FACTS_NAMING_SHOWN]

    def _with_family_facts(self, intent: str, profile):
        """A level of a job family whose own part of the page does not state
        `intent` ("the interview loop for PMs") answers from what the family's
        page says for all its levels; else `profile` as it is."""
        names = compose.ROLE_SECTIONS[intent][1]
        if any(profile.section(name) for name in names):
            return profile
        pages = {s.name.split(" (")[0] for s in profile.role.sources}
        for role in self.knowledge.roles():
            if role.id == profile.role.id or not pages & {s.name.split(" (")[0] for s in role.sources}:
                continue
            family = self._profile(role.id)
            if family is not None and any(f.text == profile.role.title for f in family.section(S.LEVELS)):
                shared = tuple(f for f in family.facts if f.section in names)
                return replace(profile, facts=profile.facts + shared) if shared else profile
        return profile

    def _company_line(self, hiring) -> str:
        """What the hiring company's postings say it does, in their first sentence about it ("" if none)."""
        for role in hiring:
            line, _facts = gist.company_sentence(self._profile(role.id))
            if line:
                return line
        return ""
    def _within_role(self, r: Reading, profile, role_intent: str | None, confidence: float | None = None) -> Answer | None:
        """The role's items the question's own words point at (`within_role`):
        "which message queues should X know", "is X involved in cloud cost
        work". Only when no facet is asked clearly (none, or below
        HEADING_MIN_WEIGHT), and only by words that name no role, company or
        place, nor a facet the role's usual answer covers. None when no
        item is relevant enough: the facet (or overview) answers as before."""
        pool = V.ROLE_INTENTS if _from_postings(profile) else SEEDS_INTENTS
        weight = max((r.intents.scores.get(i, 0.0) for i in pool), default=0.0) if role_intent else 0.0
        # a facet answered from elsewhere than sections (salary rows, career links) is covered
        covered = role_intent is not None and (role_intent not in compose.ROLE_SECTIONS or any(
            profile.section(name) for name in compose.ROLE_SECTIONS[role_intent][1]))
        # a facet the role lacks, which would answer another in its place,
        # gives way to a topic phrased as such ("does X have direct reports"
        # with no hiring advice: its items on managing people)
        lacking = weight >= HEADING_MIN_WEIGHT
        if lacking and (covered or role_intent not in V.FALLS_BACK):
            return None
        ranked = self._ranked_items(r, profile, covered, phrased_only=lacking and role_intent)
        if ranked is None:
            return None
        r.decision = ', '.join(ranked.words)
        r.ranked, r.topic = ranked.items, ranked.words
        return within_role.answer(profile, ranked, r.role_scores[0] if confidence is None else confidence)

    def _with_items_named(self, r: Reading, profile, answer: Answer) -> Answer:
        """A facet's answer with the role's items that the question's other
        words name, when its facet does not show them: "does X need Agile
        experience" shows the experience and the item about Agile."""
        ranked = self._ranked_items(r, profile, True, answered=answer.intent)
        if ranked is None:
            return answer
        more = within_role.not_shown(answer, ranked)
        if not more:
            return answer
        r.decision += f", with its items about {', '.join(ranked.words)}"
        r.ranked, r.topic = ranked.items, ranked.words
        return replace(answer, sections=answer.sections + more,
                       sources=tuple(dict.fromkeys(answer.sources + tuple(i.source for s in more for i in s.items
                                                                          if i.source))))

    def _ranked_items(self, r: Reading, profile, covered: bool, answered: str | None = None,
                      phrased_only: str | None = None) -> "within_role.Ranked | None":
        """The role's items ranked by the question's words that name no role,
        company or place (nor, when `covered`, the facet asked: the one
        `answered`, else any), if relevant enough. With `phrased_only` (a
        facet the role lacks), only topics phrased as such, other than that facet."""
        skip = {i for m in r.mentions if _accepted(m, r.intents.used) for i in range(m.start, m.end)}
        skip |= {i for q in r.qualifiers for i in range(q.start, q.end)}
        skip |= set(range(r.preamble))  # "I come from sales hiring… what is X?": the asker's situation
        if covered:  # the words of a facet answered elsewhere say nothing more
            skip |= {i for h in r.intents.hits if answered in (None, h.intent, _turned_from(h.intent))
                     for i in range(h.start, h.end)}
        titles = self._title_stems() | {_stem(w) for company in profile.role.companies for w in words_of(company)}
        negated = False
        for i, t in enumerate(r.tokens):  # "(not the partner one)": a word negated is not asked for
            negated = (negated or t.text in level_mentions.NEGATING_WORDS) and not t.brk
            if negated:
                skip.add(i)
        # a verb of hiring is a topic only when the role does it (no intent took it: `asked_words`)
        hiring = {i for h in r.intents.hits for i in range(h.start, h.end) if r.tokens[i].text in V.DONE_BY_ROLE_VERBS}
        phrased, taken = within_role.topics([None if i in skip | hiring or t.brk else t.text
                                             for i, t in enumerate(r.tokens)])
        asked = {_stem(t.text) for i, t in enumerate(r.tokens) if i not in skip | taken and not t.brk
                 and _topic_word(r, t.text)}
        asked = {w for w in asked - titles if w not in V.FUNCTION_WORDS and w not in V.HEADING_STOP_WORDS
                 and w not in V.WITHIN_STOP_WORDS and w not in V.SEARCH_NON_TERMS and w not in V.LEVEL_WORDS
                 and len(w) > 1 and not w.isdigit()}
        if phrased_only:
            asked = phrased - {V.FACET_TOPICS.get(phrased_only)}
        else:
            asked |= _other_titles(r, skip) | phrased
            if covered:  # the facet's own phrase, where the documents say it too: "ideal candidate"
                asked |= {said for h in r.intents.hits if h.end - h.start > 1 and answered in (None, h.intent)
                          and within_role.said_in_text(profile, said := " ".join(
                              _stem(t.text) for t in r.tokens[h.start:h.end]))}
        ranked = within_role.rank(profile, asked)
        if (ranked is None or ranked.best < WITHIN_ROLE_MIN_SCORE) and r.carried:
            ranked = within_role.rank(profile, set(r.carried))  # "same for the global lead": the words asked before
        return ranked if ranked is not None and ranked.best >= WITHIN_ROLE_MIN_SCORE else None

    def _heading_intent(self, heading: str) -> str | None:
        """What a heading is about, read like a question (cached: headings repeat)."""
        cached = self._headings.get(heading)
        if cached is None:
            match = self.intent_matcher.match(tokenize(fold(heading)))
            intent, weight = match.top(V.ROLE_INTENTS)
            cached = self._headings[heading] = intent if weight >= HEADING_MIN_WEIGHT else ""
            if len(self._headings) > MEMO_SIZE:
                self._headings.clear()
        return cached or None

    def _named_section(self, r: Reading, profile) -> tuple[str, list] | None:
        """The role's own section (OWN_HEADING_SECTIONS) whose heading shares
        the most of the question's content words ("success metrics", "when
        does it start" for a "Start date" field), or None."""
        found = self._named_match(r, profile)
        return found[0] if found else None

    def _named_match(self, r: Reading, profile, fields: bool = False) -> tuple[tuple[str, list], set[str], bool] | None:
        """`_named_section` with the question's words it matched and whether
        it matched the heading (else the text of a fact under it: "do they
        sponsor visas" for a fact saying "we are unable to sponsor visas");
        with `fields`, a facet's field ("is it seasonal": "Employment type:
        Seasonal") is matched by its text too."""
        asked = _asked_words(r)
        best, best_words = None, set()
        sections = compose.own_sections(profile)
        for heading, facts in sections.items():
            words = _heading_words(heading)
            shared = {a for a in asked if a in words}
            if len(shared) > len(best_words):
                best, best_words = (heading, facts), shared
        if best is not None:
            return best, best_words, True
        own = {_stem(w) for w in words_of(profile.role.title)}
        own |= {_stem(w) for company in profile.role.companies for w in words_of(company)}
        by_label: dict[str, list] = {}  # a facet's field ("Employment type: Seasonal"), by its label
        for fact in profile.facts:
            if fields and fact.label and fact.heading and fact.section not in FIELDS_NOT_ASKED_BY_TEXT \
                    and fact.label not in sections:
                by_label.setdefault(fact.label, []).append(fact)
        for heading, facts in list(sections.items()) + list(by_label.items()):
            for fact in facts:
                shared = {a for a in asked - own if _mentions(_fact_words(fact.text), a)}
                if len(shared) > len(best_words):
                    best, best_words = (heading, facts), shared
        return (best, best_words, False) if best is not None else None

    def _named_instead(self, r: Reading, profile, role_intent: str | None) -> tuple[str, list] | None:
        """The role's own section the question asks for rather than a facet:
        with no facet asked, the section whose heading (or text) it names;
        else one whose heading it names with a word no intent phrase used
        ("when does the posting close": "Valid through"), or whose text it
        names with NAMED_TEXT_WORDS such words when the facet was only hinted at."""
        found = self._named_match(r, profile, fields=True)
        if found is None:
            return None
        section, words, by_heading = found
        if role_intent is None:
            return section
        used = {_stem(r.tokens[i].text) for h in r.intents.hits for i in range(h.start, h.end)}
        free = words - used
        if by_heading:
            return section if free else None
        weight = r.intents.scores.get(role_intent, 0.0)
        return section if len(free) >= NAMED_TEXT_WORDS and weight < HEADING_MIN_WEIGHT else None

    def _told_elsewhere(self, intent: str, profile, r: Reading | None, shown) -> list[tuple[str, list]]:
        """The role's facts outside `intent`'s own sections that state it in
        passing (TOLD_IN_PASSING), by their heading: each reads as the intent
        and, when the intent's own sections say more than a field's value,
        shares a word with the question; a fact naming a word the question
        asks with beyond the intent's phrases ("any CPA support?") counts too."""
        if intent not in V.TOLD_IN_PASSING or not _from_postings(profile):
            return []
        own_sections = set(compose.ROLE_SECTIONS[intent][1])
        own = [f for f in profile.facts if f.section in own_sections]
        # only fields ("Location: London, GB"); the broad perks are asked by their words
        thin = all(f.label for f in own) and intent in V.POSTING_INTENTS
        asked = _asked_words(r) if r is not None else set()
        used = {_stem(r.tokens[i].text) for h in r.intents.hits for i in range(h.start, h.end)} if r else set()
        title = {_stem(w) for w in words_of(profile.role.title)}
        title |= {_stem(w) for company in profile.role.companies for w in words_of(company)}
        beyond = asked - used - title
        groups: dict[str, list] = {}
        for fact in profile.facts:
            if fact.section in own_sections or id(fact) in shown:
                continue
            words = _fact_words(fact.text)
            reads = self._text_intents(fact.text).has(intent, HEADING_MIN_WEIGHT)
            shares = any(_mentions(words, a) for a in asked - title)
            if reads and (thin or shares) or any(_mentions(words, a) for a in beyond):
                groups.setdefault(fact.heading or S.TITLES.get(fact.section, fact.section), []).append(fact)
        for heading, facts in groups.items():
            if heading and self._text_intents(heading).has(intent, HEADING_MIN_WEIGHT):
                facts[:] = self._under_shared_heading(intent, profile, heading, facts, own_sections, shown)
        return list(groups.items())

    def _under_shared_heading(self, intent: str, profile, heading: str, picked, own_sections, shown) -> list:
        """A section headed with two facets ("Compensation & benefits") holds
        items of both: beside those `picked` as `intent`, each item that does
        not read as the heading's other facet at least as strongly as the
        heading does ("401(k) with a 5% company match", not "The base salary
        is ..."), in document order."""
        kin = {intent, V.FALLS_BACK.get(intent)} | {i for i, broader in V.FALLS_BACK.items() if broader == intent}
        others = {i: w for i, w in self._text_intents(heading).scores.items()
                  if i not in kin and i in V.ROLE_INTENTS and w >= HEADING_MIN_WEIGHT}
        out = []
        for fact in profile.facts:
            if fact.heading != heading or fact.section in own_sections or id(fact) in shown:
                continue
            scores = self._text_intents(fact.text).scores
            if fact in picked or not any(scores.get(i, 0.0) >= w for i, w in others.items()):
                out.append(fact)
        return out

    def _text_intents(self, text: str) -> IntentMatch:
        """What a fact's text reads as, like a question (cached: facts repeat)."""
        cached = self._facts_read.get(text)
        if cached is None:
            cached = self._facts_read[text] = self.intent_matcher.match(tokenize(fold(text)))
            if len(self._facts_read) > MEMO_SIZE:
                self._facts_read.clear()
        return cached

    # -- helpers -----------------------------------------------------------
    def _qualifier_index(self, index: RoleIndex) -> QualifierIndex:
        """The companies and places of the roles `index` was built from (rebuilt with it)."""
        if self._qualifiers is None or self._qualifiers_of is not index:
            self._qualifiers = QualifierIndex(self.knowledge.roles(), index.postings.__contains__)
            self._qualifiers_of = index
        return self._qualifiers

    def _role_index(self, version: int) -> RoleIndex:
        if self._index is None or self._index_version != version:
            self._index = RoleIndex(self.knowledge.roles(), self.knowledge.career_titles())
            self._index_version = version
        return self._index

    def _title_stems(self) -> set[str]:
        """The words of every role's title, stemmed: built once per role index,
        not per question (a store may hold 100,000 roles)."""
        index = self._role_index(self.knowledge.refresh())
        if self._stems_of is not index:
            self._title_stem_set = {_stem(w) for t in index.titles if t.role_id is not None for w in words_of(t.name)}
            self._stems_of = index
        return self._title_stem_set

    def _profile(self, role_id: int):
        return self.knowledge.profile(role_id)

    def _ids_of(self, titles) -> list[int]:
        ids = []
        for title in titles:
            role = self.knowledge.role_by_alias(title)
            if role is not None:
                ids.append(role.id)
        return ids

    def _search_term(self, r: Reading, skip=frozenset()) -> str | None:
        """The words a cross-role search is about: what is left once function
        words, intent phrases (and the words of `skip`) are set aside, in the user's spelling."""
        picked = [t for i, t in enumerate(r.tokens)
                  if not t.brk and not r.intents.used[i] and t.text not in V.FUNCTION_WORDS and t.text not in skip]
        if not picked:
            return None
        first, last = r.tokens.index(picked[0]), r.tokens.index(picked[-1])
        phrase = r.words(first, last + 1).strip(" ?!.,")
        if len(picked) > 1 and len(phrase) > 40:
            return r.words(first, first + 1)
        return phrase

    def _unknown_name(self, r: Reading) -> str:
        """The words the user used for the role we don't have."""
        spans = [(m.start, m.end) for m in r.weak]
        unknown = set(r.unknown_words)
        for i, t in enumerate(r.tokens):
            if t.text in unknown and not r.intents.used[i]:
                spans.append((i, i + 1))
        if not spans:
            return r.text.strip()
        start = min(s for s, _ in spans)
        end = max(e for _, e in spans)

        def part_of_name(i: int) -> bool:
            t = r.tokens[i]
            return not t.brk and t.text not in V.FUNCTION_WORDS and (
                not r.intents.used[i] or r.intents.corrected[i]) \
                and not any(q.start <= i < q.end for q in r.qualifiers)  # "quillfeather chef": the chef

        while end < len(r.tokens) and part_of_name(end):
            end += 1  # "chief data officer": 'officer' only looked like 'office'
        while start > 0 and part_of_name(start - 1):
            start -= 1
        # "head of people": carry on over "of <word>"
        if end + 1 < len(r.tokens) and r.tokens[end].text == "of" and not r.tokens[end + 1].brk:
            end += 2
        while start < end and r.tokens[start].text in V.FUNCTION_WORDS:
            start += 1
        return r.echoed(start, end) if start < end else r.text.strip()

    def _close_roles(self, name: str, matched: list[str] = ()) -> list[str]:
        """Profiled roles whose titles are genuinely close to `name`, closest
        first; only titles sharing a word with it are compared, so this stays
        cheap. Roles the user's words `matched` count as close whatever the score."""
        index = self._role_index(self.knowledge.version)
        titles = sorted({t.name for t in index.titles_sharing_words(name) if t.role_id is not None} | set(matched))
        found = process.extract(name, titles, scorer=fuzz.WRatio, limit=None)
        return [title for title, score, _i in found if score >= CLOSE_ROLE_SCORE or title in matched][:3]


def _may_pick(r: Reading, cue: C.Cues) -> bool:
    """Whether the words could pick one of the roles on screen (`Assistant._chosen`),
    whichever they are: a position, a yes, "the other one", "the senior one", or a
    mention that fits some role at all."""
    return cue.position is not None or cue.yes or cue.other or cue.seniority is not None or \
        (r.ambiguous is not None or bool(r.weak)) and any(c.score > 0 for m in r.mentions for c in m.profiled())


def _turned_from(intent: str) -> str | None:
    """The intent a phrase of `intent` is answered as when the side the role
    is named on turns it (`career_direction.settled`): "can X move into
    management" reads as the way in and asks the way on."""
    return V.CAREER_NEXT if intent == V.CAREER_ENTRY else None


def _guessed_title(mention, r: Reading, index: RoleIndex) -> bool:
    """Whether a loose mention is only a guess at a title the store has no
    role for, from words that are no title's words as typed ("managed" for
    "Manager" in "which managed kubernetes?"): after an answer about a role,
    such words ask about it, not about the store."""
    return not mention.profiled() and not any(
        (singular(t.text) or t.text) in index.postings or t.text in index.postings
        for t in r.tokens[mention.start:mention.end] if not t.brk and t.text not in V.FUNCTION_WORDS)


def _said_of(answer: Answer, reading: Reading) -> Answer:
    """An answer from one company's or place's sources says so in its title."""
    if not reading.narrowed_to or answer.kind != ANSWER or len(answer.roles) != 1:
        return answer
    role = answer.roles[0]
    return replace(answer, title=answer.title.replace(role, f"{role} ({reading.narrowed_to})", 1))


def _word_pattern(word: str) -> re.Pattern:
    """`word` at the start of a word of a text, its parts joined by a space
    or a hyphen ("part time" in "Part-time"); short words whole ("OTE", not "remote")."""
    body = r"[\s-]?".join(re.escape(part) for part in word.split())
    end = "" if len(word) >= STEM_PREFIX_LETTERS else r"\b"
    return re.compile(r"\b" + body + end, re.I)


def _stem(word: str) -> str:
    return singular(word) or word


def _asked_words(r: Reading) -> set[str]:
    """The question's content words outside the role's name, as stems."""
    in_mentions = {i for m in r.mentions if _accepted(m, r.intents.used) for i in range(m.start, m.end)}  # the role's name
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
    """Whether a text's words include `asked`, or a longer form of it."""
    if asked in words:
        return True
    return len(asked) >= STEM_PREFIX_LETTERS and any(w.startswith(asked) for w in words)


def _topic_word(r: Reading, word: str) -> bool:
    """Whether a word of the question can be a topic of it: a noun of
    MIN_TOPIC_LETTERS or more, or initials typed in capitals ("DDD"), never
    the words around one ("way", "later", "thinking", "tl;dr")."""
    return word not in V.NON_DEFINING_WORDS and word not in V.PHRASE_BREAKS \
        and not word.endswith(V.PHRASE_BREAK_ENDINGS) \
        and not any(word.startswith(verb) for verb in V.PHRASE_BREAK_VERBS if len(verb) >= MIN_TOPIC_LETTERS) \
        and word not in V.FACET_NAMES and (len(word) >= MIN_TOPIC_LETTERS or _typed_in_capitals(r, word)
                                           or _term_shaped(word))


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
    """A short word that can only be a term: a known short form ("k8s", "iac")
    or letters and digits mixed ("o11y", "ec2", "s3")."""
    return word in V.SEARCH_SYNONYMS or any(c.isdigit() for c in word) and any(c.isalpha() for c in word)

def _typed_in_capitals(r: Reading, word: str) -> bool:
    """Whether `word` stands in the question in capitals: initials ("DDD", "ETL"), not a short word."""
    return len(word) >= 2 and re.search(r"\b" + re.escape(word.upper()) + r"\b", r.typed) is not None


def _intents_asked(intent: str | None, intents: IntentMatch, tokens: list[Token],
                   pool=V.ROLE_INTENTS) -> tuple[str, ...]:
    """Every fact of a role the question asks for, in the order asked:
    "salary and experience for X", "what's X's salary, and where is it
    located". A second intent counts when a phrase of its own weighs at
    least JOINED_INTENT_WEIGHT and a joining word or punctuation separates
    it from the first intent's phrases; "hard and soft skills" is skills."""
    if intent is None:
        return ()
    first = [h for h in intents.hits if h.intent == intent and h.weight >= V.INTENT_MIN_WEIGHT]  # not a hint ("need")
    asked = {intent: min(h.start for h in first) if first else 0}
    breaks = [i for i, t in enumerate(tokens) if t.brk]
    for hit in intents.hits:
        if hit.intent in asked or hit.intent not in pool or hit.weight < V.JOINED_INTENT_WEIGHT:
            continue
        if V.QUALIFIES.get(hit.intent) == intent or V.QUALIFIES.get(intent) == hit.intent:
            continue
        if any(V.FALLS_BACK.get(h.intent) == hit.intent and (h.start, h.end) == (hit.start, hit.end)
               and h.intent in pool for h in intents.hits):
            continue  # "remote" read as the location, not also as the broader perks
        if V.OVERVIEW in (intent, hit.intent) or {intent, hit.intent} & V.BROADER.keys() and \
                {intent, hit.intent} & {narrow for narrows in V.BROADER.values() for narrow in narrows}:
            continue  # the overview, or a broader intent, already covers the other
        apart = all(any(min(h.end, hit.end) <= b < max(h.start, hit.start) for b in breaks) for h in first)
        if apart:
            asked[hit.intent] = hit.start
    if {V.HARD_SKILLS, V.SOFT_SKILLS} <= set(asked):
        position = min(asked.pop(V.HARD_SKILLS), asked.pop(V.SOFT_SKILLS))
        asked[V.SKILLS] = position
    return tuple(sorted(asked, key=asked.get))


def _refine(intent: str | None, intents: IntentMatch) -> str | None:
    """Resolve near-synonyms between intents: the more specific one wins."""
    career = [V.CAREER_ENTRY, V.CAREER_NEXT, V.CAREER_LATERAL]
    if intent == V.CAREER:
        specific, weight = intents.top(career)
        if specific and weight >= intents.scores.get(V.CAREER, 0) + 1:
            return specific
    if intent in V.MADE_OF:
        part, weight = intents.top(V.MADE_OF[intent])
        if part and weight >= V.INTENT_MIN_WEIGHT:
            return part
    if intent == V.SKILLS:
        hard, soft = intents.scores.get(V.HARD_SKILLS, 0), intents.scores.get(V.SOFT_SKILLS, 0)
        if hard > soft + 1:
            return V.HARD_SKILLS
        if soft > hard + 1:
            return V.SOFT_SKILLS
    return intent


# Words for all of the roles ("every role", "each position", "all the jobs"):
# a fact asked of them is asked of each (`_each_role`).
EACH_WORDS = {"each", "every", "all"}
# Roles shown side by side at most when a fact is asked of every one; a
# bigger store is ranked (pay, years) or searched instead.
EACH_ROLE_SHOWN = 8


def _each_role(r: Reading) -> bool:
    """Whether the question asks a fact of each role: "every", "each" or
    "all" a word or two before a noun for roles ("all the roles", "each of
    the roles"), no role named, no
    "which" or "any" picking some of them ("which roles have a salary")."""
    words = [t.text for t in r.tokens if not t.brk]
    if r.roles or r.ambiguous is not None or {"which", "any", "anything"} & set(words):
        return False
    nouns = ONE_ROLE_WORDS | set(MANY_ROLES_WORDS) | {"jds"}
    return any(w in EACH_WORDS and nouns & set(words[i + 1:i + 4]) for i, w in enumerate(words))


# A role asked for in the singular ("what role fits someone with 5 YOE"): with
# no role named, the one asked for is among all of them.
ONE_ROLE_WORDS = {"role", "position", "job", "opening", "title"}


def _asks_for_a_role(r: Reading) -> bool:
    """Whether the question asks which role, in the singular, naming none."""
    return not r.roles and r.ambiguous is None and any(t.text in ONE_ROLE_WORDS for t in r.tokens)


def _money(text: str, thousands: bool = True) -> int | None:
    """The amount of a pay question; with `thousands`, a bare "above 200"
    means 200,000 (yearly pay), else it is an hourly or monthly rate."""
    for match in _MONEY.finditer(text):
        number = float(match.group(1).replace(",", ""))
        if match.group(2):
            number *= 1000
        elif number < 1000 and thousands:
            number *= 1000  # "above 200" in a pay question means thousands
        if number >= 1000 or not thousands and number > 0:
            return int(number)
    return None


def _not_answered(answer: Answer, reading: Reading) -> NotAnswered | None:
    """Why the question was left unanswered, or None when it was answered.
    Small talk and help got what they asked for; a search that found
    nothing did not."""
    if answer.kind in UNANSWERED_KINDS and answer.intent not in (V.SMALLTALK, V.HELP):
        candidates = tuple((c.title.name, c.score) for m in reading.mentions for c in m.candidates[:2])
        return NotAnswered(reading.text, answer.kind, candidates)
    if answer.intent == V.REVERSE and not answer.roles:
        return NotAnswered(reading.text, "no_results")
    return None


def _matched(r: Reading, term: str, matches: list) -> list:
    """`matches` as they are, noted on the reading for --explain: the roles
    a store-wide search matched (at most MATCHED_SHOWN) and the first fact
    of each that mentions `term`."""
    seen: dict[int, dict] = {}
    for m in matches:
        if m.role.id not in seen:
            if len(seen) == MATCHED_SHOWN:
                break
            section = m.fact.heading or S.TITLES.get(m.fact.section, m.fact.section)
            seen[m.role.id] = {"role": m.role.title, "why": f"'{term}' in {section}: {m.fact.text}"}
    r.matched = list(seen.values())
    return matches


def _with_explanation(answer: Answer, reading: Reading) -> Answer:
    answer.explanation.update(reading.explain())
    return answer


def open_assistant(database_url: str | None = None, *, seed: bool = True, lazy: bool = False,
                   upgrade: bool = True, serving: bool = False) -> Assistant:
    """An assistant on the store at `database_url` (default: the per-user
    SQLite file), filled with the bundled seeds when empty. With `lazy` the
    database is not touched here but on first use, so a web process starts
    while it is down (see `knowledge.store.Store`). `serving` sets it up for
    the web process: a version read trusted for VERSION_TTL_SECONDS and
    statements bounded by QUERY_TIMEOUT_SECONDS (`knowledge.store`)."""
    seeds = bundled_seeds_dir() if seed else None
    on_ready = [lambda store: ensure_seeded(store, seeds)] if seeds else []
    store = Store(database_url, lazy=lazy, upgrade=upgrade, on_ready=on_ready,
                  query_timeout=QUERY_TIMEOUT_SECONDS if serving else None)
    return Assistant(Knowledge(store, version_ttl=VERSION_TTL_SECONDS if serving else 0.0))


def _answer_id() -> str:
    """16 hex digits telling one asking's 👍/👎 from another's. They need
    to be unique, not secret (a press is a signed request of its own), so
    they come from the process's pseudo-random generator, seeded from the
    system's: `secrets` makes a system call for each."""
    return f"{random.getrandbits(64):016x}"
