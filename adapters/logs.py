"""How the web process writes its log: JSON lines in production, readable
lines at a terminal, and never a secret either way.

Every logger (RoleCall's, the SDKs', aiohttp's) goes through one
`QueueHandler`, so the event loop never waits on a pipe or a disk; the
listener thread writes what is queued every WRITE_INTERVAL_SECONDS, in one write. The
configured secrets and anything credential-shaped are masked, because a
library may put anything in an exception message.
"""

import logging
import queue
import re
import sys
import time
from logging.handlers import QueueHandler, QueueListener
from typing import Iterable

import orjson
from pythonjsonlogger.json import JsonEncoder
from pythonjsonlogger.orjson import OrjsonFormatter

from adapters.observability import current_request
from knowledge.errors import MASK, mask_urls

FORMATS = ("json", "text")
# A configured value shorter than this is not looked for in log lines: a
# two-letter "secret" would blank out ordinary words.
MIN_SECRET_CHARS = 6

_PATTERNS = (
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]{8,}"), r"\1 " + MASK),
    (re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*\.?[A-Za-z0-9_-]*"), "eyJ" + MASK),
    (re.compile(r"\b(xox[abposre]|xapp)-[A-Za-z0-9-]+"), r"\1-" + MASK),
    # Slack's legacy verification token, as it appears in a form body
    (re.compile(r"\b(token=)[^&\s]+"), r"\1" + MASK),
)
# Something every pattern above (and a URL's password) needs, in lower case:
# most lines have none, and substring tests are far cheaper than the patterns.
_CREDENTIAL_HINTS = ("bearer", "eyj", "xox", "xapp", "://", "token=")
_TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# How often the listener thread looks for queued records and writes them,
# all in one write. A thread woken, and a write made, for every record cost
# the web process more CPU than the rest of its request line (bench/README.md,
# issue 20). A line reaches the log within this time.
WRITE_INTERVAL_SECONDS = 0.05


def default_format(stream=None) -> str:
    """JSON unless a person is watching: text when stderr is a terminal."""
    stream = stream or sys.stderr
    return "text" if getattr(stream, "isatty", lambda: False)() else "json"


class Redactor:
    """Replaces the configured secrets and anything credential-shaped."""

    def __init__(self, secrets: Iterable[str | None]):
        values = {s for s in secrets if s and len(s) >= MIN_SECRET_CHARS}
        self._secrets = sorted(values, key=len, reverse=True)  # longest first: one may contain another

    def finds_anything(self, text: str) -> bool:
        """Whether `redact` could change `text`: substring tests only."""
        lowered = text.lower()
        for hint in _CREDENTIAL_HINTS:
            if hint in lowered:
                return True
        for secret in self._secrets:
            if secret in text:
                return True
        return False

    def redact(self, text: str) -> str:
        if not self.finds_anything(text):
            return text
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return mask_urls(text)


class JsonFormatter(OrjsonFormatter):
    """One JSON object per record: time, level, logger, message, the
    request id when the record was made while handling a request, the
    structured fields of a request line, and the traceback if any; every
    text in it redacted. Encoded by orjson, through the library's own
    formatter for it: the standard library's encoder was about a third of
    the log thread's work, which is a line per request (bench/README.md)."""

    def __init__(self, redactor: Redactor):
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s",
                         rename_fields={"asctime": "time", "levelname": "level", "name": "logger",
                                        "exc_info": "exception", "stack_info": "stack"})
        self._redactor = redactor
        self._encoder = JsonEncoder(ensure_ascii=False)  # for what orjson refuses
        self._second = (None, "")  # a second and its text: a line per request, many a second

    def formatTime(self, record: logging.LogRecord, datefmt=None) -> str:
        second = int(record.created)
        made = self._second
        if made[0] != second:
            made = self._second = (second, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second)))
        return f"{made[1]}.{int(record.msecs):03d}Z"

    def jsonify_log_record(self, log_data: dict) -> str:
        try:
            return super().jsonify_log_record(log_data)
        except orjson.JSONEncodeError:  # a lone surrogate or an integer over 64 bits: the line is still written
            return self._encoder.encode(log_data)

    def process_log_record(self, log_record: dict) -> dict:
        fields = log_record.pop("fields", None)  # a request line's, flattened
        if isinstance(fields, dict):
            log_record.update(fields)
        if log_record.get("request_id") is None:
            log_record.pop("request_id", None)
        # The texts are looked at together once; most lines hold nothing to mask.
        if self._redactor.finds_anything("\0".join([v for v in log_record.values() if isinstance(v, str)])):
            for key, value in log_record.items():
                if isinstance(value, str):
                    log_record[key] = self._redactor.redact(value)
        return log_record


class TextFormatter(logging.Formatter):
    """The classic line, with the request id appended, redacted."""

    def __init__(self, redactor: Redactor):
        super().__init__(_TEXT_FORMAT)
        self._redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        request_id = getattr(record, "request_id", None)
        if request_id and record.name != "rolecall.request":  # the request line names it already
            text += f" [request {request_id}]"
        return self._redactor.redact(text)


class RequestIdFilter(logging.Filter):
    """Stamps each record with the id of the request being handled, so the
    lines one request caused can be found together."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "request_id", None) is None:
            current = current_request()
            record.request_id = current.request_id if current else None
        return True


def _drop_signature_failure_bodies(record: logging.LogRecord) -> bool:
    """Bolt logs the whole body of every request with a bad signature, at
    INFO: forged text, and Slack's legacy verification token. The request
    line already says "unauthorized". (A filter on the handler, because
    Bolt resets its loggers' levels when an app is built.)"""
    return not (record.name == "slack_bolt.RequestVerification" and record.levelno < logging.WARNING)


class QueuedLog(QueueHandler):
    """The root logger's handler: records go on a queue, and the listener
    thread writes them through `target`. Closing it (as `logging.shutdown`
    does at exit) writes what is still queued and stops the thread."""

    def __init__(self, target: logging.Handler):
        records: queue.SimpleQueue = queue.SimpleQueue()
        super().__init__(records)
        self.target = target
        self._listener = _Listener(records, target, respect_handler_level=True)
        self._listener.start()

    def prepare(self, record: logging.LogRecord) -> logging.LogRecord:
        """The record as the listener needs it: its message made and its
        traceback turned into text here, where the objects they name are
        still what they were (the standard `prepare` folds the traceback
        into the message, which would leave JSON without its exception)."""
        # A copy, as other handlers may see the original: what `copy.copy` makes, without its generic protocol.
        copied = object.__new__(type(record))
        copied.__dict__.update(record.__dict__)
        record = copied
        record.message = record.msg = record.getMessage()
        record.args = None
        if record.exc_info:
            record.exc_text = record.exc_text or _TRACEBACKS.formatException(record.exc_info)
            record.exc_info = None
        return record

    def flush(self) -> None:
        """Wait until the listener has written everything queued so far."""
        with self.lock:  # no record is queued meanwhile
            if self._listener._thread is not None:
                self._listener.stop()  # writes every queued record, then the thread ends
                self._listener.start()
        self.target.flush()

    def close(self) -> None:
        with self.lock:
            if self._listener._thread is not None:
                self._listener.stop()
        self.target.close()
        super().close()


class _Listener(QueueListener):
    """Looks at the queue every WRITE_INTERVAL_SECONDS rather than waiting
    on it (so that queueing a record never wakes a thread), and has its
    handlers write out what they hold whenever the queue is empty."""

    def dequeue(self, block: bool) -> logging.LogRecord:
        while True:
            try:
                return self.queue.get_nowait()
            except queue.Empty:
                for handler in self.handlers:
                    handler.flush()
                if not block:
                    raise
                time.sleep(WRITE_INTERVAL_SECONDS)


class _LinesWrittenTogether(logging.StreamHandler):
    """A StreamHandler that keeps the lines of the records it formats until
    it is flushed (by the listener, once the queue is empty), then writes
    them to the stream in one go."""

    def __init__(self, stream):
        super().__init__(stream)
        self._lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._lines.append(self.format(record) + self.terminator)
        except Exception:
            self.handleError(record)

    def flush(self) -> None:
        with self.lock:
            lines, self._lines = self._lines, []
            if lines:
                try:
                    self.stream.write("".join(lines))
                except Exception:
                    self.handleError(None)
            super().flush()

    def close(self) -> None:
        self.flush()
        super().close()


_TRACEBACKS = logging.Formatter()


def configure_logging(fmt: str, *, secrets: Iterable[str | None] = (), level: int = logging.INFO,
                      stream=None) -> QueuedLog:
    """Route every logger through one handler in `fmt` ("json" or "text").
    Replaces any handler already on the root logger; returns the new one."""
    if fmt not in FORMATS:
        raise ValueError(f"log format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    redactor = Redactor(secrets)
    target = _LinesWrittenTogether(stream or sys.stderr)
    target.setFormatter(JsonFormatter(redactor) if fmt == "json" else TextFormatter(redactor))
    handler = QueuedLog(target)
    # On the queue's side: the request id lives in the caller's context.
    handler.addFilter(RequestIdFilter())
    handler.addFilter(_drop_signature_failure_bodies)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
        if isinstance(old, QueuedLog):
            old.close()  # its lines out, its thread stopped
    root.addHandler(handler)
    root.setLevel(level)
    # Neither format shows where a call was made, nor its thread or process:
    # not looking them up is the logging HOWTO's "Optimization" advice, and
    # the web process logs a line per request.
    logging._srcfile = None
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    # The request line replaces aiohttp's access log; its own errors stay.
    logging.getLogger("aiohttp.access").disabled = True
    logging.captureWarnings(True)
    return handler
