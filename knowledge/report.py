"""`rolecall report`: the unanswered questions asked most (grouped by normalized text), the answer rate
overall and per platform, and 👍/👎 per intent and per role. Counting in SQL where it can; grouping by
role here, since roles are a list per row."""

import json
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import Integer, case, func
from sqlmodel import select

from knowledge.feedback import DOWN, UP
from knowledge.models import Feedback, QuestionLog, Unanswered, as_utc, utcnow
from knowledge.questions import roles_from_json
from knowledge.store import Store

DEFAULT_DAYS = 30
# The most frequent unanswered questions shown; a recruiter acts on the top
# of the list, and twenty fits a terminal.
DEFAULT_TOP = 20
# Best role candidates shown per unanswered question.
CANDIDATES_SHOWN = 3

_EDGE_PUNCTUATION = re.compile(r"^[\s\"'“”‘’.,;:!?¿¡()\[\]-]+|[\s\"'“”‘’.,;:!?¿¡()\[\]-]+$")


@dataclass(frozen=True)
class PlatformRate:
    platform: str
    questions: int
    answered: int

    @property
    def rate(self) -> float | None:
        return self.answered / self.questions if self.questions else None


@dataclass(frozen=True)
class UnansweredQuestion:
    text: str  # normalized
    count: int
    last_seen: datetime
    reason: str  # of the latest asking
    candidates: tuple[tuple[str, float], ...]  # of the latest asking


@dataclass(frozen=True)
class FeedbackTally:
    name: str  # an intent or a role title
    up: int
    down: int

    @property
    def ratio(self) -> float | None:
        """The share of 👍 among the votes."""
        total = self.up + self.down
        return self.up / total if total else None


@dataclass(frozen=True)
class Report:
    since: datetime
    until: datetime
    days: int
    overall: PlatformRate
    platforms: tuple[PlatformRate, ...]
    unanswered: tuple[UnansweredQuestion, ...]
    unanswered_total: int
    feedback_by_intent: tuple[FeedbackTally, ...]
    feedback_by_role: tuple[FeedbackTally, ...]

    def to_dict(self) -> dict:
        """Plain JSON values: times as ISO 8601 UTC, rates as fractions (or null)."""

        def rate(r: PlatformRate) -> dict:
            return {**asdict(r), "rate": _round(r.rate)}

        def tally(t: FeedbackTally) -> dict:
            return {**asdict(t), "ratio": _round(t.ratio)}

        return {
            "since": _iso(self.since), "until": _iso(self.until), "days": self.days,
            "questions": self.overall.questions, "answered": self.overall.answered,
            "answer_rate": _round(self.overall.rate),
            "platforms": [rate(p) for p in self.platforms],
            "unanswered_total": self.unanswered_total,
            "unanswered": [{"text": u.text, "count": u.count, "last_seen": _iso(u.last_seen), "reason": u.reason,
                            "candidates": [{"role": name, "score": score} for name, score in u.candidates]}
                           for u in self.unanswered],
            "feedback_by_intent": [tally(t) for t in self.feedback_by_intent],
            "feedback_by_role": [tally(t) for t in self.feedback_by_role],
        }


def normalize_question(text: str) -> str:
    """The form unanswered questions are grouped by: case folded, spaces
    collapsed, quotes and punctuation around it dropped ("What does a Head of
    People do?" and "what does a head of people do" are one question)."""
    return _EDGE_PUNCTUATION.sub("", " ".join(text.casefold().split()))


def build_report(store: Store, days: int = DEFAULT_DAYS, *, top: int = DEFAULT_TOP,
                 now: datetime | None = None) -> Report:
    if days < 1:
        raise ValueError("a report covers at least one day")
    until = now or utcnow()
    since = until - timedelta(days=days)
    with store.session() as session:
        answered = func.sum(case((QuestionLog.answered == True, 1), else_=0)).cast(Integer)  # noqa: E712
        platform_rows = session.exec(
            select(QuestionLog.platform, func.count(), answered)
            .where(QuestionLog.asked_at >= since).group_by(QuestionLog.platform)
        ).all()
        text_rows = session.exec(
            select(Unanswered.text, func.count(), func.max(Unanswered.asked_at))
            .where(Unanswered.asked_at >= since).group_by(Unanswered.text)
        ).all()
        groups = _group_unanswered(text_rows)[:top]
        latest = _latest_asking(session, since, [text for group in groups for text in group[3]])
        vote_rows = session.exec(
            select(Feedback.intent, Feedback.roles, Feedback.vote, func.count())
            .where(Feedback.given_at >= since).group_by(Feedback.intent, Feedback.roles, Feedback.vote)
        ).all()

    platforms = tuple(sorted((PlatformRate(p, int(n), int(a or 0)) for p, n, a in platform_rows),
                             key=lambda r: (-r.questions, r.platform)))
    overall = PlatformRate("all", sum(p.questions for p in platforms), sum(p.answered for p in platforms))
    unanswered = []
    for text, count, last_seen, raw_texts in groups:
        _at, reason, candidates = latest.get(_latest_of(raw_texts, latest), (None, "", ()))
        unanswered.append(UnansweredQuestion(text, count, as_utc(last_seen), reason, candidates))
    by_intent: dict[str, Counter] = defaultdict(Counter)
    by_role: dict[str, Counter] = defaultdict(Counter)
    for intent, roles, vote, count in vote_rows:
        by_intent[intent][vote] += count
        for title in roles_from_json(roles):
            by_role[title][vote] += count
    return Report(
        since=as_utc(since), until=as_utc(until), days=days, overall=overall, platforms=platforms,
        unanswered=tuple(unanswered), unanswered_total=sum(int(n) for _t, n, _l in text_rows),
        feedback_by_intent=_tallies(by_intent), feedback_by_role=_tallies(by_role),
    )


def _group_unanswered(rows) -> list[tuple[str, int, datetime, list[str]]]:
    """(normalized text, count, last seen, raw texts), most asked first."""
    groups: dict[str, list] = {}
    for text, count, last_seen in rows:
        key = normalize_question(text) or text
        group = groups.setdefault(key, [key, 0, None, []])
        group[1] += int(count)
        seen = as_utc(last_seen)
        group[2] = seen if group[2] is None or seen > group[2] else group[2]
        group[3].append(text)
    return sorted((tuple(g) for g in groups.values()), key=lambda g: (-g[1], -g[2].timestamp(), g[0]))


def _latest_asking(session, since: datetime, texts: list[str]) -> dict[str, tuple]:
    """For each raw text: (asked at, reason, candidates) of its latest row."""
    latest: dict[str, tuple] = {}
    for start in range(0, len(texts), 500):
        chunk = texts[start:start + 500]
        rows = session.exec(
            select(Unanswered.text, Unanswered.asked_at, Unanswered.reason, Unanswered.candidates)
            .where(Unanswered.asked_at >= since, Unanswered.text.in_(chunk)).order_by(Unanswered.id)
        ).all()
        for text, asked_at, reason, candidates in rows:
            latest[text] = (as_utc(asked_at), reason, _candidates(candidates))
    return latest


def _latest_of(raw_texts: list[str], latest: dict[str, tuple]) -> str | None:
    known = [t for t in raw_texts if t in latest]
    return max(known, key=lambda t: latest[t][0]) if known else None


def _candidates(value: str | None) -> tuple[tuple[str, float], ...]:
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return ()
    best: dict[str, float] = {}
    for entry in data if isinstance(data, list) else ():
        if (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)
                and isinstance(entry[1], (int, float))):
            best[entry[0]] = max(best.get(entry[0], 0.0), float(entry[1]))
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    return tuple(ranked[:CANDIDATES_SHOWN])


def _tallies(counts: dict[str, Counter]) -> tuple[FeedbackTally, ...]:
    tallies = [FeedbackTally(name, c[UP], c[DOWN]) for name, c in counts.items()]
    return tuple(sorted(tallies, key=lambda t: (-(t.up + t.down), t.name)))


def _iso(value: datetime) -> str:
    return as_utc(value).isoformat(timespec="seconds").replace("+00:00", "Z")


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
