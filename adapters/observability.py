"""What an operator sees of the web process: a log line per request,
Prometheus metrics, and the per-request limit on body size.

One aiohttp middleware gives each request an id, refuses an oversized body
with a 413, and writes one line with the request's outcome. The runtime
fills in what was answered through a `RequestRecord` in a context variable
(listeners in other tasks share the object). Metrics live in a registry per
application; the question text is never logged.
"""

import asyncio
import hmac
import logging
import random
import re
import time
from contextvars import ContextVar
from dataclasses import dataclass, field

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

from adapters.platforms import PLATFORMS
from bot.answer import ERROR, NOT_UNDERSTOOD, UNKNOWN_ROLE, Answer

log = logging.getLogger("rolecall.request")

REQUEST_ID_HEADER = "X-Request-Id"
# A caller's request id is kept when it is a short token of safe characters;
# anything else (long, spaces, control characters, JSON) is replaced, so it
# cannot forge log lines or blow up label sets downstream.
_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
MAX_LOGGED_PATH = 200
# Ids taken from a request's body, in a log line: Teams' own run to ~140 characters (a personal chat's
# conversation id), but an anonymous endpoint takes any sender's, of any length and with line breaks;
# cut and escaped as a path is, so one request cannot write a megabyte of log or forge a line.
MAX_LOGGED_ID = 200

PLATFORM_ROUTES = {platform.route: platform.name for platform in PLATFORMS}
NO_PLATFORM = "none"
# Probes and scrapes come every few seconds; their lines go to DEBUG.
QUIET_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})
METRICS_PATH = "/metrics"

# Outcomes: what happened to a request, one word, for the log and the
# `outcome` label. A request that answered a question takes the answer's
# kind (ANSWERED for a plain answer); the rest are decided by the status
# or noted by the adapter (DUPLICATE).
ANSWERED = "answered"
DUPLICATE = "duplicate"  # a platform's retry of something already answered
IGNORED = "ignored"  # accepted, nothing to answer (a bot's message, an edit, an unknown event)
FEEDBACK = "feedback"  # a 👍/👎 press
PROBE = "probe"  # a HEAD on an endpoint: a platform checking that it answers
OK = "ok"  # health checks, metrics
UNAUTHORIZED = "unauthorized"
BAD_REQUEST = "bad_request"
TOO_LARGE = "too_large"
NOT_FOUND = "not_found"
UNAVAILABLE = "unavailable"  # a 503: a dependency (Slack's API, the database) is out of reach
FAILED = "error"
CANCELLED = "cancelled"  # the client went away before the answer
# Kinds of answers the store could not answer (see `record_unanswered`).
UNANSWERED_KINDS = frozenset({UNKNOWN_ROLE, NOT_UNDERSTOOD})


@dataclass
class RequestRecord:
    """What is known about the request being handled, filled in as it goes."""

    request_id: str
    platform: str
    metrics: "Metrics | None" = field(default=None, repr=False)
    outcome: str | None = None  # noted by an adapter; else derived from answers and status
    answers: list[tuple[str, str]] = field(default_factory=list)  # (intent, kind)

    @property
    def intent(self) -> str | None:
        return self.answers[-1][0] if self.answers else None

    @property
    def kind(self) -> str | None:
        return self.answers[-1][1] if self.answers else None


_CURRENT: ContextVar[RequestRecord | None] = ContextVar("rolecall_request", default=None)


def current_request() -> RequestRecord | None:
    """The record of the request being handled; None outside the web
    process (the CLI, Socket Mode)."""
    return _CURRENT.get()


def note_answer(answer: Answer) -> None:
    record = _CURRENT.get()
    if record is not None:
        record.answers.append((answer.intent, answer.kind))


def note_outcome(outcome: str) -> None:
    record = _CURRENT.get()
    if record is not None:
        record.outcome = outcome


def note_delivery_failure(platform: str, cause: str) -> None:
    """Count a reply given up on (its retries spent). Replies are posted
    after the request's response, in tasks that carry the request's record,
    and through it this application's metrics."""
    record = _CURRENT.get()
    if record is not None and record.metrics is not None:
        record.metrics.delivery_failures.labels(platform, cause).inc()


def platform_of(path: str) -> str:
    return PLATFORM_ROUTES.get(path, NO_PLATFORM)


# Statuses with an outcome of their own; any other 5xx is FAILED, any other 4xx BAD_REQUEST.
STATUS_OUTCOMES = {499: CANCELLED, 503: UNAVAILABLE, 401: UNAUTHORIZED, 403: UNAUTHORIZED, 413: TOO_LARGE,
                   404: NOT_FOUND}


def outcome_of(record: RequestRecord, status: int) -> str:
    if status in STATUS_OUTCOMES:
        return STATUS_OUTCOMES[status]
    if status >= 400:
        return FAILED if status >= 500 else BAD_REQUEST
    if record.outcome:
        return record.outcome
    if record.kind:
        return ANSWERED if record.kind == "answer" else record.kind
    return IGNORED if record.platform != NO_PLATFORM else OK


class Metrics:
    """RoleCall's Prometheus metrics, in a registry of their own."""

    def __init__(self, platforms: tuple[str, ...] = ()):
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter("rolecall_requests", "HTTP requests handled, by platform and outcome",
                                ["platform", "outcome"], registry=self.registry)
        self.duration = Histogram("rolecall_request_duration_seconds",
                                  "Time from receiving a request to its response, by platform",
                                  ["platform"], registry=self.registry,
                                  buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
        self.answers = Counter("rolecall_answers", "Questions answered, by platform, intent and kind of answer",
                               ["platform", "intent", "kind"], registry=self.registry)
        self.unanswered = Counter("rolecall_unanswered",
                                  "Questions RoleCall could not answer (unknown role or not understood)",
                                  ["platform"], registry=self.registry)
        self.errors = Counter("rolecall_errors",
                              "Requests that failed on RoleCall's side (an apology, or a 5xx status)",
                              ["platform"], registry=self.registry)
        self.delivery_failures = Counter("rolecall_delivery_failures",
                                         "Replies that never reached the platform, retries spent, by cause",
                                         ["platform", "cause"], registry=self.registry)
        for platform in platforms:  # present at zero from the start, so rates and alerts work
            self.unanswered.labels(platform)
            self.errors.labels(platform)
        # Each metric's child per label values, as `labels` finds it (it checks
        # and locks at every call, three times a request); as many as it keeps.
        self._children: dict[tuple, object] = {}

    def _child(self, metric, *values: str):
        child = self._children.get((metric, values))
        if child is None:
            child = self._children[(metric, values)] = metric.labels(*values)
        return child

    def observe(self, record: RequestRecord, status: int, outcome: str, seconds: float) -> None:
        """Count a request."""
        platform = record.platform
        self._child(self.requests, platform, outcome).inc()
        self._child(self.duration, platform).observe(seconds)
        for intent, kind in record.answers:
            self._child(self.answers, platform, intent, kind).inc()
            if kind in UNANSWERED_KINDS:
                self._child(self.unanswered, platform).inc()
        if status >= 500 or any(kind == ERROR for _intent, kind in record.answers):
            self._child(self.errors, platform).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


METRICS = web.AppKey("metrics", Metrics)


def install(app: web.Application, *, platforms: tuple[str, ...], max_body_bytes: int, body_timeout: float,
            metrics_token: str | None) -> Metrics:
    """Add the request middleware and `GET /metrics` to `app` (before it
    starts). `platforms` are the platform names served, for zeroed metrics."""
    metrics = Metrics(platforms)
    app[METRICS] = metrics
    app.middlewares.append(_middleware(metrics, max_body_bytes, body_timeout))
    app.router.add_get(METRICS_PATH, _metrics_handler(metrics, metrics_token))
    return metrics


def _middleware(metrics: Metrics, max_body_bytes: int, body_timeout: float):
    @web.middleware
    async def observe(request: web.Request, handler):
        started = time.perf_counter()
        record = RequestRecord(_request_id(request), platform_of(request.path), metrics)
        token = _CURRENT.set(record)
        status = 500
        try:
            response = await _within_size(request, handler, max_body_bytes, body_timeout)
            status = response.status
            if not response.prepared:
                response.headers[REQUEST_ID_HEADER] = record.request_id
            return response
        except web.HTTPException as exc:  # aiohttp's own: 404, 405, …
            status = exc.status
            exc.headers[REQUEST_ID_HEADER] = record.request_id
            raise
        except asyncio.CancelledError:
            status = 499
            raise
        except Exception:  # a bug: one clear log entry with its cause, a short 500 for the caller
            log.exception("unhandled error while handling %s %s", request.method, _logged_path(request.path))
            return web.json_response({"error": "internal error", "request_id": record.request_id}, status=500,
                                     headers={REQUEST_ID_HEADER: record.request_id})
        finally:
            _CURRENT.reset(token)
            seconds = time.perf_counter() - started
            outcome = outcome_of(record, status)
            metrics.observe(record, status, outcome, seconds)
            _log_request(request, record, status, outcome, seconds)

    return observe


async def _within_size(request: web.Request, handler, limit: int, timeout: float) -> web.StreamResponse:
    """Read the body here, so that an oversized one is a 413 on every route
    whatever each handler does with read errors (Slack's maps them to 400),
    and one that takes over `timeout` seconds to arrive is a 408."""
    if request.body_exists:
        if request.content_length is not None and request.content_length > limit:
            return _too_large(limit)
        try:
            if request.content.is_eof():  # all of it came with the headers: no timer to arm
                await request.read()  # cached: the handler's read returns the same bytes
            else:
                async with asyncio.timeout(timeout):
                    await request.read()
        except web.HTTPRequestEntityTooLarge:  # no Content-Length (chunked), and over the limit
            return _too_large(limit)
        except TimeoutError:
            log.warning("the request body did not arrive within %s s", timeout)
            return _unread(request, 408, "the request body took too long to arrive")
        except Exception as error:  # a broken chunked or compressed body, or the client went away
            log.warning("could not read the request body (%s)", type(error).__name__)
            return _unread(request, 400, "could not read the request body")
    return await handler(request)


def _unread(request: web.Request, status: int, message: str) -> web.Response:
    """An answer to a request whose body was not read to its end."""
    response = web.json_response({"error": message}, status=status)
    # Done with this body and this connection: otherwise aiohttp goes on
    # reading the body after the response, for up to 10 s, or fails again
    # and logs that as an unhandled exception (aiohttp issue #1710).
    request.content.feed_eof()
    response.force_close()
    return response


def _too_large(limit: int) -> web.Response:
    return web.json_response({"error": "request body too large", "limit_bytes": limit}, status=413)


def _request_id(request: web.Request) -> str:
    given = request.headers.get(REQUEST_ID_HEADER, "")
    # A new id needs to be unique, not secret: 128 bits of the process's
    # pseudo-random generator (uuid4 makes a system call for each).
    return given if _SANE_REQUEST_ID.match(given) else f"{random.getrandbits(128):032x}"


def _logged_path(path: str) -> str:
    return path if len(path) <= MAX_LOGGED_PATH else path[:MAX_LOGGED_PATH] + "…"


def logged_id(value) -> str:
    """An id from a request's body as a log line shows it (`MAX_LOGGED_ID`)."""
    text = "-" if value is None else str(value)
    if len(text) > MAX_LOGGED_ID:
        text = text[:MAX_LOGGED_ID] + "…"
    return text if text.isprintable() else "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _log_request(request: web.Request, record: RequestRecord, status: int, outcome: str, seconds: float) -> None:
    path = _logged_path(request.path)
    level = logging.WARNING if status >= 500 else logging.INFO
    if (path in QUIET_PATHS or outcome == PROBE) and status < 400:
        level = logging.DEBUG  # probes and scrapes come every few seconds
    if not log.isEnabledFor(level):
        return
    retry = request.headers.get("X-Slack-Retry-Num")
    answered = record.answers[-1] if record.answers else None
    latency_ms = round(seconds * 1000, 2)
    fields = {"method": request.method[:16], "path": path, "platform": record.platform, "status": status,
              "latency_ms": latency_ms, "outcome": outcome}
    summary = f"{fields['method']} {path} {status} {outcome}"
    if answered:
        intent, kind = fields["intent"], fields["kind"] = answered
        summary += f" intent={intent} kind={kind}"
    summary += f" {latency_ms} ms id={record.request_id}"
    if retry is not None and retry.isdigit() and len(retry) < 4:
        fields["slack_retry"] = int(retry)
    log.log(level, summary, extra={"fields": fields, "request_id": record.request_id})


def _metrics_handler(metrics: Metrics, token: str | None):
    expected = f"Bearer {token}".encode() if token else None

    async def serve_metrics(request: web.Request) -> web.Response:
        """The metrics in Prometheus' text format; behind a bearer token
        when ROLECALL_METRICS_TOKEN is set."""
        if expected is not None:
            given = request.headers.get("Authorization", "").encode("utf-8", "surrogateescape")
            if not hmac.compare_digest(given, expected):
                return web.json_response({"error": "unauthorized"}, status=401,
                                         headers={"WWW-Authenticate": 'Bearer realm="metrics"'})
        return web.Response(body=metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    return serve_metrics
