"""The intent layer's front door: `Assistant.answer(question) -> Answer`.

It reads a question in four steps: weigh the intent phrases, find the role
mentions (with scores), bring in the conversation's context when the
question leans on it ("and the salary?"), then pick one of a few shapes of
answer: one role, a comparison, a search across roles, a career route, or a
question back when it is not sure. It never guesses a role: below
`ROLE_ACCEPT` it asks, and a role the store lacks is said to be missing.
"""

import logging
import re
import random
import threading
from collections import OrderedDict, deque
from typing import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from rapidfuzz import fuzz, process

from bot import compose, operators
from bot import context as C
from bot import vocabulary as V
from bot.answer import ANSWER, CLARIFY, NOT_UNDERSTOOD, UNAVAILABLE, UNKNOWN_ROLE, Answer, Question
from bot.feedback import FeedbackPress, FeedbackTarget
from bot.intents import IntentMatch, IntentMatcher
from bot.roles import Candidate, Mention, RoleIndex, company_named
from bot.fuzzy import singular
from bot.text import Token, cap, fold, split_glued, tokenize, words_of
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
from knowledge.writes import BatchedWrites, ImmediateWrites, Pending, Writes
from knowledge import sections as S

# A role is taken as meant when its mention scores at least this (share of
# the title's weight the user wrote, times typo similarity). "lead backend"
# scores 0.81 for Lead Backend Engineer; "backend engineer" 0.69, which asks.
ROLE_ACCEPT = 0.75
# Below ROLE_ACCEPT but at least this: offered as "did you mean".
ROLE_SUGGEST = 0.25
# Two candidates closer than this are both offered: the question is ambiguous.
ROLE_MARGIN = 0.12
# A career-path title counts as named when the user wrote all of it; the
# margin below 1 forgives a typo ("chief architekt" scores 0.94).
TITLE_EXACT = 0.9
# How close (rapidfuzz WRatio) an unknown role must be to a known one to be
# offered; "chief data officer" vs "Global Lead Engineer" is ~40.
CLOSE_ROLE_SCORE = 80
# Conversation context older than this is forgotten.
CONTEXT_TTL = timedelta(minutes=30)
# Clarifying questions list at most this many roles.
MAX_CHOICES = 4
# Career links read for one answer; a huge store names some titles thousands of times.
MAX_LINKS_SHOWN = 500
# Answers that invite a 👍/👎: the ones about roles, including the questions
# back and "I don't have that role". Help, small talk and notices do not.
FEEDBACK_KINDS = (ANSWER, CLARIFY, UNKNOWN_ROLE)
# Kinds that leave a question unanswered (its words are kept for the report).
UNANSWERED_KINDS = (CLARIFY, UNKNOWN_ROLE, NOT_UNDERSTOOD)

# A heading of the role's own document is read as an intent only by a phrase
# that settles the intent by itself (see `vocabulary`): "Who you'll work with"
# (4) is about the team, while "Req id" ("req" 2.5) is not the requirements.
HEADING_MIN_WEIGHT = 3
# Answers kept in memory (see `Assistant`); one is a few KB.
MEMO_SIZE = 2048
# How long an answer waits for its conversation's context to be stored
# before it is sent anyway (the follow-up may then lack its context).
CONTEXT_WAIT_SECONDS = 1.0
# How long the web process trusts a knowledge version it read: a document
# ingested by any process is answered from within this time.
VERSION_TTL_SECONDS = 0.5

log = logging.getLogger("rolecall.bot")

# What people are told while the knowledge store is out of reach.
UNAVAILABLE_TITLE = "The knowledge store is unavailable right now — please try again shortly."


def context_not_stored(question: Question, error: BaseException) -> None:
    log.warning("answered without waiting for the conversation's context to be stored (platform=%s): %s",
                question.platform, "it took too long" if isinstance(error, TimeoutError) else
                f"{type(error).__name__}: {error}")


def store_unavailable() -> Answer:
    return Answer(title=UNAVAILABLE_TITLE, kind=UNAVAILABLE, intent="unavailable")


_MONEY = re.compile(r"[$€£]?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k\b|thousand\b)?", re.I)
# A pay question's currency and period ("over €60k", "over 150k USD", "above $40 an hour").
_CURRENCY = ((re.compile(r"€|\beur\b|\beuros?\b", re.I), "EUR"),
             (re.compile(r"£|\bgbp\b|\bpounds?\b|\bsterling\b", re.I), "GBP"),
             (re.compile(r"\bc\$|\bcad\b|\bcanadian dollars?\b", re.I), "CAD"),
             (re.compile(r"\baud\b|\baustralian dollars?\b", re.I), "AUD"),
             (re.compile(r"\$|\busd\b|\bdollars?\b", re.I), "USD"))
_HOURLY = re.compile(r"\bhourly\b|\b(?:per|an|a|/)\s*(?:hour|hr|h)\b", re.I)
_MONTHLY = re.compile(r"\bmonthly\b|\b(?:per|a|/)\s*month\b", re.I)


@dataclass
class Reading:
    """What the layer understood of one question; also what --explain shows."""

    text: str  # folded: what the token offsets point into
    tokens: list[Token]
    intents: IntentMatch
    mentions: list[Mention]
    roles: list[int] = field(default_factory=list)  # resolved profiled role ids, in order
    role_scores: list[float] = field(default_factory=list)
    ambiguous: Mention | None = None
    titles_without_profile: list[str] = field(default_factory=list)
    unknown_words: list[str] = field(default_factory=list)
    weak: list[Mention] = field(default_factory=list)
    # A title with a word of its own ("security engineer"): a role the store lacks,
    # with the token span of the user's words for it and the words that make it another role.
    missing: list[tuple[Mention, int, int, list[str]]] = field(default_factory=list)
    used_context: bool = False
    decision: str = ""
    display: str = ""  # the question as typed, when offsets agree with `text`
    intents_asked: tuple[str, ...] = ()  # a role's facts asked for, in order ("salary and experience")

    def words(self, start: int, end: int) -> str:
        """The user's own spelling of tokens start..end-1."""
        return (self.display or self.text)[self.tokens[start].start:self.tokens[end - 1].end]

    def explain(self) -> dict:
        return {
            "intent_scores": {k: round(v, 2) for k, v in sorted(self.intents.scores.items(), key=lambda kv: -kv[1])},
            "phrases": [f"{h.intent}: '{h.phrase}' (+{h.weight:g})" for h in self.intents.hits],
            "mentions": [
                {"text": m.text, "candidates": [
                    {"title": c.title.name, "alias": c.title.alias, "score": round(c.score, 3),
                     "profile": c.title.role_id is not None} for c in m.candidates[:5]]}
                for m in self.mentions
            ],
            "unknown_words": self.unknown_words,
            "missing_roles": [self.words(start, end) for _m, start, end, _extra in self.missing],
            "used_context": self.used_context,
            "decision": self.decision,
        }


@dataclass(frozen=True)
class WorkedOut:
    """An answer as the core worked it out, before what is particular to
    one asking of it (the 👍/👎 target, the writes): what the memo keeps."""

    answer: Answer
    context: Context | None  # what the conversation is about after it, when the answer changes that
    not_answered: NotAnswered | None


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


class Assistant:
    """Answers questions from the knowledge store.

    Questions repeat: a team asks what a role pays or needs many times a
    day. An answer that did not lean on the conversation depends only on
    the question's words and the knowledge version, so it is kept in a
    memo of the last `MEMO_SIZE` such answers, keyed by version: an older
    version's entries are never used again and age out.
    `writes` stores what each question leaves (context, question log):
    `ImmediateWrites` by default, `BatchedWrites` in the web process.
    """

    def __init__(self, knowledge: Knowledge, *, context_ttl: timedelta = CONTEXT_TTL,
                 writes: Writes | None = None):
        self.knowledge = knowledge
        self.context_ttl = context_ttl
        self.writes = writes or ImmediateWrites(knowledge.store)
        self.intent_matcher = IntentMatcher()
        self._index: RoleIndex | None = None
        self._index_version: int | None = None
        self._graph = None  # (version, names, edges) of the career graph
        self._memo: OrderedDict[tuple[int, str], WorkedOut] = OrderedDict()
        self._memo_lock = threading.Lock()
        self._headings: dict[str, str] = {}  # heading -> the intent it reads as ("" for none)

    @property
    def store(self) -> Store:
        return self.knowledge.store

    # -- public ------------------------------------------------------------
    def answer(self, question: Question) -> Answer:
        """The answer to `question`; while the database cannot be reached,
        a short "try again shortly" (no URL, no cause: those go to the log).
        It may wait on the database: never call it on an event loop's thread
        (the web process runs it on the core's threads).
        Returns once the conversation's new context is stored (or
        CONTEXT_WAIT_SECONDS have passed), so a follow-up finds it."""
        try:
            version = self.knowledge.refresh()
            worked = self._recalled(version, question) or self._work_out(question, version)
            answer, stored = self._deliver(question, worked)
        except StoreError as error:
            log.log(logging.ERROR if isinstance(error, SchemaError) else logging.WARNING,
                    "answered 'unavailable' (platform=%s): %s", question.platform, error)
            unavailable = store_unavailable()
            if question.logged:  # counted (when the store is back) as not answered; its words say nothing of roles
                self._log_question(LoggedQuestion(platform=question.platform, intent=unavailable.intent,
                                                  kind=unavailable.kind, not_answered=NotAnswered("", UNAVAILABLE)))
            return unavailable
        if stored is not None:
            try:
                stored.result(CONTEXT_WAIT_SECONDS)
            except StoreError as error:  # a follow-up must not find an older context: as before, try again
                log.warning("answered 'unavailable' (platform=%s): the conversation's context was not stored: %s",
                            question.platform, error)
                return store_unavailable()
            except Exception as error:  # took too long (it will most likely land), or the writer is closed
                context_not_stored(question, error)
        return answer

    def answer_from_memory(self, question: Question) -> tuple[Answer, Pending | None] | None:
        """The answer to `question` when giving it needs no database: the
        knowledge version was read a moment ago (or another question is
        reading it again just now), the same words were answered
        before without leaning on the conversation, and writes are batched.
        Else None (ask `answer`, which may wait on the database). Never
        blocks: with the answer comes the storing of the conversation's new
        context, for the caller to await before replying."""
        knowledge = self.knowledge
        if self.writes.waits_on_database or (not knowledge.is_fresh() and knowledge.claim_check()):
            return None  # this question reads the version (the others of the moment need not)
        worked = self._recalled(self.knowledge.version, question)
        if worked is None:
            return None
        return self._deliver(question, worked)

    def close(self) -> None:
        """Store what is still pending (the web process's shutdown)."""
        self.writes.close()

    def _recalled(self, version: int, question: Question) -> WorkedOut | None:
        key = (version, cap(question.text or ""))
        with self._memo_lock:
            worked = self._memo.get(key)
            if worked is not None:
                self._memo.move_to_end(key)
        return worked

    def _work_out(self, question: Question, version: int) -> WorkedOut:
        index = self._role_index(version)
        key = question.conversation_key
        recall = _Recall((lambda: load_context(self.store, key, self.context_ttl)) if key else (lambda: None))
        reading = self.read(question.text, index)
        answer = _with_explanation(self._respond(reading, recall), reading)
        shown = tuple(c.label for c in answer.choices) if answer.kind == CLARIFY else answer.roles
        context = C.context_after(answer, self._ids_of(shown), next(iter(reading.intents_asked), None))
        worked = WorkedOut(answer, context, _not_answered(answer, reading))
        if not recall.used:
            with self._memo_lock:
                if self.knowledge.version == version:
                    self._memo[(version, cap(question.text or ""))] = worked
                    while len(self._memo) > MEMO_SIZE:
                        self._memo.popitem(last=False)
        return worked

    def _deliver(self, question: Question, worked: WorkedOut) -> tuple[Answer, Pending | None]:
        """`worked` for this asking: its writes handed over, its 👍/👎 target set."""
        answer = worked.answer
        stored = None
        if question.conversation_key and worked.context is not None:
            stored = self.writes.save_context(question.conversation_key, worked.context)
        if question.logged:
            self._log_question(LoggedQuestion(
                platform=question.platform, intent=answer.intent, kind=answer.kind, roles=answer.roles,
                confidence=answer.confidence, not_answered=worked.not_answered))
        if answer.kind in FEEDBACK_KINDS:
            answer = answer.with_feedback(FeedbackTarget(
                question=" ".join(cap(question.text or "").split()), intent=answer.intent,
                roles=answer.roles, answer_id=_answer_id()))
        return answer, stored

    def _log_question(self, entry: LoggedQuestion) -> None:
        """Count the question for `rolecall report`. The answer is ready by
        now: a failure to count it is logged, and the person still gets it."""
        try:
            self.writes.log_question(entry)
        except Exception as error:
            log.warning("could not log a %s question (intent=%s): %s: %s", entry.platform, entry.intent,
                        type(error).__name__, error)

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

    def read(self, text: str, index: RoleIndex | None = None) -> Reading:
        index = index or self._role_index(self.knowledge.refresh())
        folded = fold(cap(text or ""))
        tokens = split_glued(tokenize(folded), lambda word: word in index.words or word in self.intent_matcher.words)
        intents = self.intent_matcher.match(tokens, title_words=index.knows)
        usable = [not used for used in intents.used_by_long]
        mentions = index.find(tokens, usable, folded)
        reading = Reading(folded, tokens, intents, mentions)
        original = cap(text or "")
        reading.display = original if len(original) == len(folded) else folded
        self._classify_mentions(reading, index)
        in_mentions = {i for m in mentions for i in range(m.start, m.end)}
        reading.unknown_words = [
            t.text for i, t in enumerate(tokens)
            if not t.brk and i not in in_mentions and (not intents.used[i] or intents.corrected[i])
            and t.text not in V.FUNCTION_WORDS and not t.text.isdigit() and not _MONEY.fullmatch(t.text)
            and not index.knows(t.text)
        ]
        return reading

    # -- understanding -----------------------------------------------------
    def _classify_mentions(self, reading: Reading, index: RoleIndex) -> None:
        """Each mention is a role taken, a role to ask about, a career-path title,
        a missing role (a known title with a word of its own), or too weak to name one."""
        accepted = {id(m): _accepted(m) for m in reading.mentions}
        # Words of a title named in full, or of a role taken, are never part of another title's name.
        in_roles = {i for m in reading.mentions if accepted[id(m)] or m.best.score >= TITLE_EXACT
                    for i in range(m.start, m.end)}
        free = [not t.brk and t.text not in V.FUNCTION_WORDS and not reading.intents.used[i]
                and not t.text.isdigit() and not _MONEY.fullmatch(t.text) and i not in in_roles
                for i, t in enumerate(reading.tokens)]
        for mention in reading.mentions:
            profiled, best, role = mention.profiled(), mention.best, accepted[id(mention)]
            unsure = profiled[0] if not role and profiled and profiled[0].score >= ROLE_SUGGEST else None
            titled = best if not (role or unsure) and best.title.role_id is None and best.score >= TITLE_EXACT \
                else None
            read_as = role or unsure or titled  # a role, a role to ask about, a career-path title
            if read_as is not None:
                start, end, extra = index.words_beside(reading.text, reading.tokens, mention, read_as, free)
                if extra:
                    reading.missing.append((mention, start, end, extra))
                    continue
            if role:
                if role.title.role_id not in reading.roles:
                    reading.roles.append(role.title.role_id)
                    reading.role_scores.append(role.score)
            elif unsure:
                reading.ambiguous = reading.ambiguous or mention
            elif titled:
                reading.titles_without_profile.append(titled.title.name)
            else:
                reading.weak.append(mention)

    def _respond(self, r: Reading, recall: Callable[[], Context | None]) -> Answer:
        intents = r.intents
        roles = self.knowledge.roles()
        role_intent = self._role_intent(r, V.ROLE_INTENTS)

        if not r.tokens:
            r.decision = "empty question: help"
            return compose.help_answer(roles)
        if intents.has(V.HELP, 4) and not r.roles:
            r.decision = "help"
            return compose.help_answer(roles)
        if r.missing:
            return self._missing_role(r)

        route = self._route(r)
        if route is not None:
            return route

        followed = self._follow_up(r, recall, role_intent)
        if followed is not None:
            return followed

        pronoun = any(t.text in V.PRONOUNS for t in r.tokens)
        if len(r.roles) >= 2:
            profiles = [self._profile(i) for i in r.roles]
            if not any(_from_postings(p) for p in profiles):
                role_intent = self._role_intent(r, SEEDS_INTENTS)
            r.decision = f"two or more roles named: compare on {role_intent or 'the essentials'}"
            return compose.compare(role_intent, profiles, min(r.role_scores))

        if len(r.roles) == 1:
            if intents.has(V.COMPARE, 2) and (context := recall()) and any(i != r.roles[0] for i in context.role_ids):
                r.used_context = True
                ids = [i for i in context.role_ids if i != r.roles[0]] + r.roles
                r.decision = "compare with the role(s) of the conversation"
                role_intent = role_intent or C.still_asked(context)  # "compare it with …" after its salary
                r.intents_asked = r.intents_asked or ((role_intent,) if role_intent else ())
                return compose.compare(role_intent, [self._profile(i) for i in ids], r.role_scores[0])
            profile = self._profile(r.roles[0])
            if not _from_postings(profile):
                role_intent = self._role_intent(r, SEEDS_INTENTS)
            if role_intent is None and not intents.scores and (context := recall()) \
                    and context.intent in V.ROLE_INTENTS:
                role_intent = context.intent
                r.used_context = True
            intent = role_intent or V.OVERVIEW
            if len(r.intents_asked) > 1:
                r.decision = f"one role, several things: {', '.join(r.intents_asked)}"
                return compose.combined([self._role_answer(i, profile, r.role_scores[0]) for i in r.intents_asked])
            if role_intent is None and (named := self._named_section(r, profile)):
                r.decision = f"one role: its section '{named[0]}'"
                return compose.named_section(profile, *named, r.role_scores[0])
            r.decision = f"one role: {intent}"
            return self._role_answer(intent, profile, r.role_scores[0], r)

        if r.ambiguous is not None and (company := company_named(r.ambiguous)):
            r.decision = f"the roles of a hiring company: {company}"
            hiring = tuple(role for role in roles if company in role.companies)
            return compose.list_roles(hiring, summary=f"Roles at {company}.")
        if r.ambiguous is not None:
            return self._clarify(r)

        across = self._across_roles(r, roles, role_intent)
        if across is not None:
            return across

        if r.titles_without_profile:
            name = r.titles_without_profile[0]
            r.decision = "a career-path title with no profile"
            return compose.unknown_role(name, self._close_roles(name), self._appears_in(name))

        if (role_intent or pronoun or intents.has(V.COMPARE)) and not r.weak and not r.unknown_words \
                and (context := recall()) and context.role_ids:
            r.used_context = True
            ids = list(context.role_ids)
            if intents.has(V.COMPARE) and len(ids) == 1:  # "compare the two": with the role before it
                ids = [i for i in context.earlier_role_ids if i not in ids] + ids
            profiles = [p for p in (self._profile(i) for i in ids) if p is not None]
            if profiles:
                if len(profiles) == 1 and not _from_postings(profiles[0]):
                    role_intent = self._role_intent(r, SEEDS_INTENTS)
                intent = role_intent or context.intent or V.OVERVIEW
                if len(profiles) > 1:
                    r.decision = f"follow-up on the conversation's roles: compare on {intent}"
                    return compose.compare(intent, profiles, 0.8)
                if role_intent is None and (named := self._named_section(r, profiles[0])):
                    r.decision = f"follow-up on the conversation's role: its section '{named[0]}'"
                    return compose.named_section(profiles[0], *named, 0.8)
                r.decision = f"follow-up on the conversation's role: {intent}"
                return self._role_answer(intent, profiles[0], 0.8, r)

        if intents.has(V.SMALLTALK, 2) or intents.has(V.THANKS, 3):
            r.decision = "small talk"
            return compose.smalltalk(intents.has(V.SMALLTALK, 2), roles)

        if r.weak or (role_intent and r.unknown_words):
            name = self._unknown_name(r)
            r.decision = "a role the store does not have"
            return compose.unknown_role(name, self._close_roles(name), self._appears_in(name))

        if role_intent and not r.unknown_words:
            r.decision = "a role question without a role: ask which"
            template = V.FOLLOW_UPS.get(role_intent, V.FOLLOW_UPS[V.OVERVIEW])[1]
            options = [(role.title, template.format(role=role.title)) for role in roles[:MAX_CHOICES]]
            return compose.clarify(None, options, 0.0)

        r.decision = "not a question about roles"
        return compose.not_understood(roles)

    def _follow_up(self, r: Reading, recall: Callable[[], Context | None], role_intent: str | None) -> Answer | None:
        """A question that leans on what the conversation last showed (see
        `bot.context`): a reply to a question back, a pick among the roles
        shown ("the first", "the global one", "the other one"), the next
        step of a career path ("and then?"), a ranking, a pay filter or a
        search among the roles shown ("which of them …"), or a short question
        about something the role's documents mention ("IaC?"). None when it
        is none of these, and the conversation is then read only if needed."""
        if len(r.roles) > 1 or r.missing:
            return None
        cue = C.cues(r.tokens)
        if len(r.roles) == 1:
            if role_intent is None and (found := self._term_in_role(r, self.knowledge.role(r.roles[0]))):
                return found
            if role_intent is not None or not (context := recall()) or not context.choosing:
                return None
            r.used_context = True
            r.decision = "a reply to a question back: the role named, for what it asked"
            return self._pick_answer(r.roles[0], role_intent, context, r.role_scores[0])
        short = len([t for t in r.tokens if not t.brk and t.text not in V.FUNCTION_WORDS]) <= C.MAX_PICK_WORDS
        if not (cue.any or r.ambiguous is not None or r.weak or (short and (r.unknown_words or role_intent is None))):
            return None
        context = recall()
        if not context or not context.role_ids:
            return None
        ids = list(context.role_ids)
        chosen = self._chosen(r, context, cue)
        if chosen is not None and self.knowledge.role(chosen) is not None:
            r.used_context = True
            r.decision = "the role picked among those last shown"
            return self._pick_answer(chosen, role_intent, context, 0.8)
        if r.ambiguous is not None or r.weak:
            return None
        widened = len(ids) == 1 and (cue.plural or cue.which)
        if widened:  # "those two": with the role before it
            ids = [i for i in context.earlier_role_ids if i not in ids] + ids
        roles = [role for role in (self.knowledge.role(i) for i in ids) if role is not None]
        if not roles:
            return None
        if cue.then and role_intent is None:
            return self._next_step(r, context, roles[0])
        if role_intent in (None, V.EXPERIENCE) and \
                (asked := C.years(r.tokens, V.EXPERIENCE in (role_intent, context.intent))) is not None:
            return self._years_fit(r, roles, asked)
        among = len(roles) > 1 and (cue.which or cue.group or cue.more is not None and short)
        facet = next((i for i in (role_intent, context.intent) if i in (V.SALARY, V.EXPERIENCE)), None)
        amount = _money(r.text) if among and cue.which and facet == V.SALARY else None
        if amount:
            r.used_context = True
            r.decision = f"which of the roles shown pay above {amount}"
            return compose.salary_filter(tuple(roles), amount, True, 0.8)
        if among and cue.more is not None and facet:
            r.used_context = True
            r.decision = f"rank the roles shown by {facet}"
            return compose.ranking(facet, tuple(roles), highest=cue.more, confidence=0.8)
        if widened and role_intent and len(roles) > 1 and not cue.which:
            r.used_context = True
            r.decision = f"follow-up on the last two roles: compare on {role_intent}"
            return compose.compare(role_intent, [self._profile(role.id) for role in roles], 0.8)
        if (among and cue.which) or (short and (r.unknown_words or role_intent is None)):
            # A short question as typed ("on-call?"), its words as a whole, else its
            # unknown words one by one, last first ("which of those two lists C++?").
            typed = (r.display or r.text).strip(" ?!.,") if short else None
            start = C.topic_start(r.tokens)
            after = r.words(start, len(r.tokens)).strip(" ?!.,") if start is not None else None
            terms = [term for term in (typed, after, self._search_term(r)) if term] + list(reversed(r.unknown_words))
            found = self._search_among(r, roles, terms)
            r.used_context = found is not None
            return found
        return None

    def _chosen(self, r: Reading, context: Context, cue: C.Cues) -> int | None:
        """The one role a reply picks: by position or yes, "the other one", or
        the words that fit one of the roles shown (or shown just before) best
        ("the global one", "backend")."""
        chosen = C.picked(context, cue)
        if chosen is None and cue.other:
            chosen = C.the_other(context)
        recent = list(dict.fromkeys(context.role_ids + context.earlier_role_ids))  # "now the global one"
        if chosen is None and (r.ambiguous is not None or r.weak) and (len(recent) > 1 or context.choosing):
            chosen = C.best_option({i: max((c.score for m in r.mentions for c in m.profiled()
                                            if c.title.role_id == i), default=0.0) for i in recent})
        return chosen

    def _pick_answer(self, role_id: int, role_intent: str | None, context: Context, confidence: float) -> Answer:
        """What was asked (else what the conversation was about, else the
        overview) for the role picked in a follow-up."""
        intent = role_intent or (context.intent if context.intent in V.ROLE_INTENTS else None) or V.OVERVIEW
        return self._role_answer(intent, self._profile(role_id), confidence)

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

    def _next_step(self, r: Reading, context: Context, role) -> Answer | None:
        """"and then?": after where a role comes from, where it leads; after
        where it leads, where the first of those roles the store has leads."""
        if context.intent == V.CAREER_NEXT:
            nexts = self.knowledge.career_links(kind=S.CAREER_ADVANCEMENT, role_id=role.id, limit=MAX_LINKS_SHOWN)
            found = (self.knowledge.role_by_alias(link.title) for link in nexts)
            role = next((found_role for found_role in found if found_role is not None and found_role.id != role.id),
                        None)
            if role is None:
                return None
        r.used_context = True
        r.decision = f"the next step of the career path: {role.title}"
        return self._role_answer(V.CAREER_NEXT, self._profile(role.id), 0.8)

    def _term_in_role(self, r: Reading, role) -> Answer | None:
        """"does the global lead engineer need Kubernetes?": the role's facts
        that mention the question's other words. Not when those words are the
        role's own name (its company, or a word set off beside the title: "…
        Nordwind (Berlin)") or a heading of its documents ("success metrics"),
        which the usual answers cover."""
        own = {w for name in (*role.aliases, *role.companies) for w in words_of(name)}
        beside = {_next_word(r.tokens, i, step) for m in r.mentions for i, step in ((m.start - 1, -1), (m.end, 1))}
        words = [w for w in reversed(r.unknown_words) if w not in own and w not in beside]
        if not words or self._named_section(r, self._profile(role.id)):
            return None
        return self._search_among(r, [role], words)

    def _search_among(self, r: Reading, roles, terms: list[str]) -> Answer | None:
        """The facts of `roles` that mention the first of `terms` any of
        them mentions, as a whole word; None when none does."""
        ids = {role.id for role in roles}
        for term in dict.fromkeys(terms):
            word = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.I)
            matches = [m for m in self.knowledge.search_facts(term) if m.role.id in ids
                       and (word.search(m.fact.text) or word.search(m.fact.label or ""))]
            if matches:
                r.decision = f"search the roles in question for '{term}'"
                return compose.search_results(term, matches, 0.8)
        return None

    def _across_roles(self, r: Reading, roles, role_intent: str | None) -> Answer | None:
        """Questions about the store as a whole: list, search, filter, career targets."""
        intents = r.intents
        plural = any(t.text in ("roles", "positions", "jobs", "any", "who") for t in r.tokens) \
            or intents.has(V.REVERSE, 2)
        if intents.has(V.LIST_ROLES, 5) and not r.unknown_words:
            r.decision = "list roles"
            return compose.list_roles(roles)
        extreme = _extreme(r)
        if extreme and role_intent in (V.SALARY, V.EXPERIENCE) and not r.roles and r.ambiguous is None:
            r.decision = f"rank every role by {role_intent}: {extreme} first"
            return compose.ranking(role_intent, roles, highest=extreme == "highest", confidence=0.9)
        if not plural:
            return None
        phrases = set(intents.phrases(V.REVERSE))
        if phrases & set(V.CAREER_TARGET_PHRASES):
            target = self._career_target(r)
            if target:
                r.decision = f"career target: roles leading to {target}"
                links = self.knowledge.career_links(title_key=role_key(target), limit=MAX_LINKS_SHOWN)
                return compose.career_into(target, links, {role.id: role for role in roles}, 0.9)
        period = "per hour" if _HOURLY.search(r.text) else "per month" if _MONTHLY.search(r.text) else None
        amount = _money(r.text, thousands=period is None)
        if amount and (role_intent == V.SALARY or phrases & (V.ABOVE_WORDS | V.BELOW_WORDS)):
            above = not (phrases & V.BELOW_WORDS)
            currency = next((code for pattern, code in _CURRENCY if pattern.search(r.text)), None)
            r.decision = f"salary filter: {'above' if above else 'below'} {amount} {currency or ''}".rstrip()
            return compose.salary_filter(roles, amount, above, 0.9, currency=currency, period=period)
        currency = next((code for pattern, code in _CURRENCY if pattern.search(r.text)), None)
        if currency and role_intent == V.SALARY:
            r.decision = f"roles paid in {currency}"
            return compose.paid_in(roles, currency, 0.9)
        term = self._search_term(r)
        if term:
            r.decision = f"search across roles for '{term}'"
            return compose.search_results(term, self.knowledge.search_facts(term), 0.9)
        if intents.has(V.LIST_ROLES, 3):
            r.decision = "list roles"
            return compose.list_roles(roles)
        return None

    def _route(self, r: Reading) -> Answer | None:
        """'how do I get from Engineer to Principal Engineer': a path in the career graph."""
        texts = [t.text for t in r.tokens]
        if not (r.intents.has(V.PATH) or ("from" in texts and "to" in texts) or {"become", "becoming"} & set(texts)):
            return None
        named = []
        for m in r.mentions:
            best = m.profiled()[0] if m.profiled() and m.profiled()[0].score >= ROLE_ACCEPT else m.best
            if best and (best.title.role_id is not None or best.score >= TITLE_EXACT):
                named.append((m, best))
        if len(named) < 2:
            return None
        (m1, a), (m2, b) = named[0], named[-1]
        if _route_side(texts, m2, m1.end) > _route_side(texts, m1, 0):
            a, b = b, a  # "how do I become a Principal Engineer, starting as Engineer"
        start = self.knowledge.role(a.title.role_id).title if a.title.role_id else a.title.name
        goal = self.knowledge.role(b.title.role_id).title if b.title.role_id else b.title.name
        r.decision = f"career route from {start} to {goal}"
        return compose.career_route(start, goal, self._shortest_route(start, goal), min(a.score, b.score))

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
        for cand in mention.profiled():
            if cand.title.role_id in seen or top - cand.score >= ROLE_MARGIN * 2 or cand.score < ROLE_SUGGEST:
                continue
            seen.add(cand.title.role_id)
            title = self.knowledge.role(cand.title.role_id).title
            said = r.display or r.text
            question = said[:r.tokens[mention.start].start] + title + said[r.tokens[mention.end - 1].end:]
            options.append((title, question.strip()))
            if len(options) == MAX_CHOICES:
                break
        r.decision = "not sure which role: ask"
        return compose.clarify(r.words(mention.start, mention.end), options, top)

    def _role_intent(self, r: Reading, pool) -> str | None:
        """The fact of a role the question asks for most, among the intents of
        `pool` (None below INTENT_MIN_WEIGHT); sets what else it asks for."""
        role_intent, weight = r.intents.top(pool)
        role_intent = _refine(role_intent if weight >= V.INTENT_MIN_WEIGHT else None, r.intents)
        r.intents_asked = _intents_asked(role_intent, r.intents, r.tokens, pool)
        return role_intent

    # -- a role's own sections ----------------------------------------------
    def _role_answer(self, intent: str, profile, confidence: float, r: Reading | None = None) -> Answer:
        """`compose.role_answer`, with the role's sections whose own heading
        reads as `intent` ("Who you'll work with" as the team, "How to apply"
        as the hiring process) and, asked about one thing, the one whose
        heading the question names ("the shift schedule": a "Shift" field)."""
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
        return compose.role_answer(intent, profile, confidence, tuple(headed))

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
        in_mentions = {i for m in r.mentions if _accepted(m) for i in range(m.start, m.end)}  # the role's name
        asked = {singular(t.text) or t.text for i, t in enumerate(r.tokens)
                 if not t.brk and i not in in_mentions and t.text not in V.FUNCTION_WORDS
                 and t.text not in V.HEADING_STOP_WORDS and not t.text.isdigit()}
        best, best_score = None, 0
        for heading, facts in compose.own_sections(profile).items():
            words = {singular(w) or w for w in words_of(heading)} - V.HEADING_STOP_WORDS
            score = len(asked & words)
            if score > best_score:
                best, best_score = (heading, facts), score
        return best

    # -- helpers -----------------------------------------------------------
    def _role_index(self, version: int) -> RoleIndex:
        if self._index is None or self._index_version != version:
            self._index = RoleIndex(self.knowledge.roles(), self.knowledge.career_titles())
            self._index_version = version
        return self._index

    def _profile(self, role_id: int):
        return self.knowledge.profile(role_id)

    def _ids_of(self, titles) -> list[int]:
        ids = []
        for title in titles:
            role = self.knowledge.role_by_alias(title)
            if role is not None:
                ids.append(role.id)
        return ids

    def _search_term(self, r: Reading) -> str | None:
        """The words a cross-role search is about: what is left once function
        words and intent phrases are set aside, in the user's spelling."""
        picked = [t for i, t in enumerate(r.tokens)
                  if not t.brk and not r.intents.used[i] and t.text not in V.FUNCTION_WORDS]
        if not picked:
            return None
        first, last = r.tokens.index(picked[0]), r.tokens.index(picked[-1])
        phrase = r.words(first, last + 1).strip(" ?!.,")
        if len(picked) > 1 and len(phrase) > 40:
            return r.words(first, first + 1)
        return phrase

    def _career_target(self, r: Reading) -> str | None:
        for m in reversed(r.mentions):
            profiled = m.profiled()
            if profiled and profiled[0].score >= ROLE_ACCEPT:
                return self.knowledge.role(profiled[0].title.role_id).title
            if m.best and m.best.score >= TITLE_EXACT:
                return m.best.title.name
        words = self._search_term(r)
        return words.title() if words else None

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
                not r.intents.used[i] or r.intents.corrected[i])

        while end < len(r.tokens) and part_of_name(end):
            end += 1  # "chief data officer": 'officer' only looked like 'office'
        while start > 0 and part_of_name(start - 1):
            start -= 1
        # "head of people": carry on over "of <word>"
        if end + 1 < len(r.tokens) and r.tokens[end].text == "of" and not r.tokens[end + 1].brk:
            end += 2
        while start < end and r.tokens[start].text in V.FUNCTION_WORDS:
            start += 1
        return r.words(start, end) if start < end else r.text.strip()

    def _close_roles(self, name: str, matched: list[str] = ()) -> list[str]:
        """Profiled roles whose titles are genuinely close to `name`, closest
        first; only titles sharing a word with it are compared, so this stays
        cheap. Roles the user's words `matched` count as close whatever the score."""
        index = self._role_index(self.knowledge.version)
        titles = sorted({t.name for t in index.titles_sharing_words(name) if t.role_id is not None} | set(matched))
        found = process.extract(name, titles, scorer=fuzz.WRatio, limit=None)
        return [title for title, score, _i in found if score >= CLOSE_ROLE_SCORE or title in matched][:3]

    def _appears_in(self, name: str) -> list[tuple[str, str]]:
        how = {S.CAREER_ENTRY: "people come to it from there", S.CAREER_ADVANCEMENT: "a next step from it",
               S.CAREER_LATERAL: "a lateral move from it"}
        out = []
        for link in self.knowledge.career_links(title_key=role_key(name), limit=MAX_CHOICES * 25):
            role = self.knowledge.role(link.role_id)
            if role is not None and (role.title, how[link.kind]) not in out:
                out.append((role.title, how[link.kind]))
        return out

    def _shortest_route(self, start: str, goal: str) -> list[tuple[str, str, str]] | None:
        names, edges = self._career_graph()
        a, b = self._node_key(start), self._node_key(goal)
        previous: dict[str, tuple[str, str] | None] = {a: None}
        queue = deque([a])
        while queue:
            current = queue.popleft()
            if current == b:
                break
            for nxt, how in edges.get(current, []):
                if nxt not in previous:
                    previous[nxt] = (current, how)
                    queue.append(nxt)
        if b not in previous or a == b:
            return None
        steps = []
        while previous[b] is not None:
            before, how = previous[b]
            steps.append((names.get(before, before), names.get(b, b), how))
            b = before
        return list(reversed(steps))

    def _node_key(self, title: str) -> str:
        role = self.knowledge.role_by_alias(title)
        return role.key if role else role_key(title)

    def _career_graph(self):
        """Titles and edges of every career path, built once per knowledge version."""
        version = self.knowledge.version
        if self._graph is not None and self._graph[0] == version:
            return self._graph[1], self._graph[2]
        roles = {role.id: role for role in self.knowledge.roles()}
        names: dict[str, str] = {role.key: role.title for role in roles.values()}
        edges: dict[str, list[tuple[str, str]]] = {}
        for link in self.knowledge.career_links():
            role = roles.get(link.role_id)
            if role is None:
                continue
            here, there = role.key, self._node_key(link.title)
            names.setdefault(there, link.title)
            if link.kind == S.CAREER_ADVANCEMENT:
                edges.setdefault(here, []).append((there, f"next step from {role.title}"))
            elif link.kind == S.CAREER_ENTRY:
                edges.setdefault(there, []).append((here, f"entry point into {role.title}"))
            else:
                edges.setdefault(here, []).append((there, f"lateral move from {role.title}"))
                edges.setdefault(there, []).append((here, f"lateral move into {role.title}"))
        self._graph = (version, names, edges)
        return names, edges


def _next_word(tokens: list[Token], i: int, step: int) -> str | None:
    """The word past the punctuation at token i, going by `step` (a title's
    qualifier: "Senior Data Engineer – Nordwind (Berlin)"); None when token i
    is a word, not punctuation."""
    if not (0 <= i < len(tokens) and tokens[i].brk):
        return None
    while 0 <= i < len(tokens) and tokens[i].brk:
        i += step
    return tokens[i].text if 0 <= i < len(tokens) else None


def _accepted(mention: Mention) -> Candidate | None:
    """The profiled role `mention` names, when it scores ROLE_ACCEPT with no
    other role within ROLE_MARGIN of it; else None."""
    profiled = mention.profiled()
    if not profiled or profiled[0].score < ROLE_ACCEPT:
        return None
    rivals = [c for c in profiled[1:] if c.title.role_id != profiled[0].title.role_id
              and profiled[0].score - c.score < ROLE_MARGIN]
    return None if rivals else profiled[0]


# The intents of a role described only in the seeds' layouts (see POSTING_INTENTS).
SEEDS_INTENTS = tuple(i for i in V.ROLE_INTENTS if i not in V.POSTING_INTENTS and i != V.NAMED_SECTION)


def _from_postings(profile) -> bool:
    """Whether any of the role's facts comes from under a document's own heading."""
    return profile is not None and any(f.heading for f in profile.facts)


def _intents_asked(intent: str | None, intents: IntentMatch, tokens: list[Token],
                   pool=V.ROLE_INTENTS) -> tuple[str, ...]:
    """Every fact of a role the question asks for, in the order asked:
    "salary and experience for X", "what's X's salary, and where is it
    located". A second intent counts when a phrase of its own weighs at
    least JOINED_INTENT_WEIGHT and a joining word or punctuation separates
    it from the first intent's phrases; "hard and soft skills" is skills."""
    if intent is None:
        return ()
    first = [h for h in intents.hits if h.intent == intent]
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
    if intent == V.SKILLS:
        hard, soft = intents.scores.get(V.HARD_SKILLS, 0), intents.scores.get(V.SOFT_SKILLS, 0)
        if hard > soft + 1:
            return V.HARD_SKILLS
        if soft > hard + 1:
            return V.SOFT_SKILLS
    return intent


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


def _with_explanation(answer: Answer, reading: Reading) -> Answer:
    answer.explanation.update(reading.explain())
    return answer


def open_assistant(database_url: str | None = None, *, seed: bool = True, lazy: bool = False,
                   upgrade: bool = True, serving: bool = False) -> Assistant:
    """An assistant on the store at `database_url` (default: the per-user
    SQLite file), filled with the bundled seeds when empty. With `lazy` the
    database is not touched here but on first use, so a web process starts
    while it is down (see `knowledge.store.Store`). `serving` sets it up for
    the web process: batched writes, a version read trusted for
    VERSION_TTL_SECONDS (see `Assistant` and `knowledge.writes`) and
    statements bounded by QUERY_TIMEOUT_SECONDS (`knowledge.store`)."""
    seeds = bundled_seeds_dir() if seed else None
    on_ready = [lambda store: ensure_seeded(store, seeds)] if seeds else []
    store = Store(database_url, lazy=lazy, upgrade=upgrade, on_ready=on_ready,
                  query_timeout=QUERY_TIMEOUT_SECONDS if serving else None)
    if not serving:
        return Assistant(Knowledge(store))
    return Assistant(Knowledge(store, version_ttl=VERSION_TTL_SECONDS), writes=BatchedWrites(store))


def _route_side(texts: list[str], mention, floor: int) -> int:
    """+1 when the words just before `mention` (not reaching back past
    `floor`) mark it as a route's start, -1 as its goal, 0 when they don't say."""
    before = set(texts[max(floor, mention.start - 3):mention.start])
    return (1 if before & V.ROUTE_START_WORDS else 0) - (1 if before & V.ROUTE_GOAL_WORDS else 0)


def _extreme(r: Reading) -> str | None:
    """"highest" or "lowest" when the question asks for an extreme ("which
    role pays the most", "needs the least experience"), else None."""
    words = {t.text for t in r.tokens}
    if words & V.HIGHEST_WORDS:
        return "highest"
    if words & V.LOWEST_WORDS:
        return "lowest"
    return None


def _answer_id() -> str:
    """16 hex digits telling one asking's 👍/👎 from another's. They need
    to be unique, not secret (a press is a signed request of its own), so
    they come from the process's pseudo-random generator, seeded from the
    system's: `secrets` makes a system call for each."""
    return f"{random.getrandbits(64):016x}"
