"""The intent layer's front door: `Assistant.answer(question) -> Answered`.

It reads the question (`bot.reading`: the intent phrases weighed, the role
mentions found with scores), then asks the answer rules of `bot.rules` in
order (`_respond`), bringing in the conversation's context only when a rule
leans on it ("and the salary?"). An answer that did not lean on the
conversation comes back marked reusable, for the runtime's memo
(adapters/runtime.py); one that did is remembered here for the context it
was worked out from (`_work_out`). Where each kind of answer is built:
`bot.rules`. It never guesses a role: below `ROLE_ACCEPT` it
asks, unless the words fit one title and no other (`_sole_fit`), and a role
the store lacks is said to be missing.
"""

import logging
import random
from typing import Callable
from dataclasses import replace
from datetime import timedelta

from bot import company_back, compose, operators, rules, search_again, signs_alone
from bot import context as C
from bot import vocabulary as V
from bot.across_roles import AcrossRoles
from bot.answer import ANSWER, CLARIFY, NOT_UNDERSTOOD, UNAVAILABLE, UNKNOWN_ROLE, Answer, Answered, Question
from bot.answer import WorkedOut
from bot.career import CareerPaths
from bot.feedback import FeedbackPress, FeedbackTarget
from bot.follow_ups import FollowUps
from bot.intents import IntentMatch, IntentMatcher
from bot.qualifiers import QualifierIndex
from bot.qualifiers import COMPANY, Qualifier, company_of
from bot.questions_back import QuestionsBack
from bot.reading import QuestionReader, Reading
from bot.role_answers import RoleAnswers
from bot.role_intent import RoleIntentReader
from bot.roles import RoleIndex
from bot.store_search import StoreSearch
from bot.text import cap, well_formed
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
    load_contexts,
)
from knowledge.store import QUERY_TIMEOUT_SECONDS
from knowledge.effects import Effects, persist

# Conversation context older than this is forgotten.
CONTEXT_TTL = timedelta(minutes=30)
# Answers that invite a 👍/👎: the ones about roles, including the questions
# back and "I don't have that role". Help, small talk and notices do not.
FEEDBACK_KINDS = (ANSWER, CLARIFY, UNKNOWN_ROLE)
# Kinds that leave a question unanswered (its words are kept for the report).
UNANSWERED_KINDS = (CLARIFY, UNKNOWN_ROLE, NOT_UNDERSTOOD)
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


def _no_context() -> None:
    return None


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


class Assistant(QuestionReader, RoleIntentReader, FollowUps, RoleAnswers, AcrossRoles, StoreSearch,
                CareerPaths, QuestionsBack):
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

    def answer(self, question: Question, read: Callable[[], Context | None] | None = None) -> Answered:
        """The answer to `question` and the rows it leaves to store (its
        conversation's new context, its question-log line), which the caller
        stores before sending the answer, so that a follow-up finds them;
        while the database cannot be reached, a short "try again shortly"
        (no URL, no cause: those go to the log). It may wait on the database.
        `read` gives the conversation's context, if the answer leans on it,
        when the caller read it already (`read_contexts`, for many questions
        at once; it may raise the StoreError of that read); by default it is
        read from the store when needed."""
        if question.text and (text := well_formed(question.text)) is not question.text:
            question = replace(question, text=text)  # stored in the context, logged: UTF-8 only
        try:
            version = self.knowledge.refresh()
            return self._work_out(question, version, read)
        except StoreError as error:
            log.log(logging.ERROR if isinstance(error, SchemaError) else logging.WARNING,
                    "answered 'unavailable' (platform=%s): %s", question.platform, error)
            unavailable = store_unavailable()
            # Counted (when the store is back) as not answered; its words say nothing of roles.
            logged = LoggedQuestion(platform=question.platform, intent=unavailable.intent, kind=unavailable.kind,
                                    not_answered=NotAnswered("", UNAVAILABLE)) if question.logged else None
            return Answered(unavailable, Effects(logged=logged))

    def leans(self, question: Question) -> bool:
        """Whether `question`'s words leaned on its conversation when they
        were last answered at the knowledge version read last: its context
        will be read first (the caller may read it with others': `read_contexts`)."""
        known_at, leaned = self._leaned
        # the words first: until an answer leaned, the knowledge may never have been
        # read, and its version would read it here, on the caller's (the event loop's) thread
        return (bool(question.conversation_key) and cap(question.text or "") in leaned
                and known_at == self.knowledge.version)

    def read_contexts(self, keys) -> dict[str, Context | None]:
        """The contexts of the conversations `keys`, read together from the
        store (one statement), for `answer`'s `read`."""
        return load_contexts(self.store, keys, self.context_ttl)

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

    def _work_out(self, question: Question, version: int, read: Callable[[], Context | None] | None) -> Answered:
        """The answer worked out, or taken from the answers that leaned on
        the conversation: an answer is a function of the words, the knowledge
        version and the context read, so words that leaned on the context
        before have it read first (always from the store, so never stale) and
        are answered as they were for that same context, in any conversation."""
        index = self._role_index(version)
        key = question.conversation_key
        if not key:
            read = _no_context
        elif read is None:
            read = lambda: load_context(self.store, key, self.context_ttl)  # noqa: E731
        recall = _Recall(read)
        known_at, leaned = self._leaned
        if known_at != version:
            leaned = {}
            self._leaned = (version, leaned)
        words = cap(question.text or "")
        if words in leaned and (worked := leaned.get((words, recall()))) is not None:
            return self.deliver(question, worked, version)
        text = question.text
        if signs_alone.alone(text) and (asked := signs_alone.asked(recall())) is not None:
            text = asked  # "$?" after a role's answer: its pay, read as those words
        elif not signs_alone.alone(text):
            text = signs_alone.worded(text)  # "£ for the global one?": the sign stands for "pay"
        reading = self.read(text, index)
        if key:
            self._company_pointed_at(reading, recall)
        answer = _with_explanation(_said_of(self._respond(reading, recall), reading), reading)
        # a role the asker named that the store lacks, with close ones offered, is a question back too
        offered = answer.kind == CLARIFY or answer.kind == UNKNOWN_ROLE and answer.choices and not reading.used_context
        shown = tuple(c.label for c in answer.choices) if offered else answer.roles
        asked, topic, pending = next(iter(reading.intents_asked), None), reading.topic, reading.pending
        if offered and asked is None and not topic and not pending and key and (before := recall()):
            # "no, the lead one" after a salary: which lead role's salary (or items the last question asked)
            asked, topic, pending = C.still_asked(before), before.topic, before.pending
        # what the answer established; what it did not (a candidate, a company told before) the store keeps
        told = C.Told(reading.candidate_years, company_of(reading.qualifiers) or "", reading.candidate_told)
        context = C.context_after(answer, self._ids_of(shown), asked, topic, pending if offered else "",
                                  reading.bounds, told, reading.target, reading.listed,
                                  self._ids_of(compose.unplaced(answer)), reading.facet_shown,
                                  tuple(reading.intents_asked[1:]))
        if context is None and told.any:  # no roles shown, a candidate or company told
            context = Context((), None, candidate_years=told.candidate_years, company=told.company,
                              candidate_told=told.candidate_told)
        context = search_again.remembered(context, answer, reading, recall() if recall.used else None)
        context = C.ranking_kept(context, recall() if recall.used else None)
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

    def _company_pointed_at(self, reading: Reading, recall: _Recall) -> None:
        """"Who else is hiring at that company?": words that point back at the
        company the conversation named read as its name (`bot.company_back`)."""
        if company_of(reading.qualifiers) or not (span := company_back.said(
                reading.tokens, {m.end for m in reading.mentions})):
            return
        if (before := recall()) is None or not before.company:
            return
        hiring = frozenset(role.id for role in self.knowledge.roles() if before.company in role.companies)
        reading.qualifiers.append(Qualifier(COMPANY, before.company, *span, hiring))
        reading.intents = reading.intents.without([span])
        reading.used_context = True

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

    def _qualifier_index(self, index: RoleIndex) -> QualifierIndex:
        """The companies and places of the roles `index` was built from (rebuilt with it)."""
        if self._qualifiers is None or self._qualifiers_of is not index:
            self._qualifiers = QualifierIndex(self.knowledge.roles(), index.name_words.__contains__)
            self._qualifiers_of = index
        return self._qualifiers

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


def _said_of(answer: Answer, reading: Reading) -> Answer:
    """An answer from one company's or place's sources says so in its title."""
    if not reading.narrowed_to or answer.kind != ANSWER or len(answer.roles) != 1:
        return answer
    role = answer.roles[0]
    return replace(answer, title=answer.title.replace(role, f"{role} ({reading.narrowed_to})", 1))


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
