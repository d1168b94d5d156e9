"""How the web process writes its log: one JSON object per line in
production, readable lines at a terminal, and never a secret either way.

Every logger goes through the one handler set up here: RoleCall's own
(`rolecall.*`), the SDKs' (`slack_bolt`, `slack_sdk`, `botbuilder`, `msrest`)
and aiohttp's server errors, so a log collector sees a single format.
aiohttp's access log is not used: the request line of
`adapters.observability` replaces it with one that knows what was answered.

Secrets are kept out in two ways, because a library may put anything in an
exception message: the values RoleCall was configured with (tokens, signing
secret, app password, the database password) are replaced wherever they
appear, and so is anything shaped like a credential (`Bearer …`, a JWT,
`xoxb-…`/`xapp-…` tokens, the password in a `scheme://user:password@host` URL,
masked by `knowledge.errors.mask_urls` as everywhere else).
"""

import io
import json
import logging
import math
import os
import re
import sys
import threading
import time
from functools import lru_cache
from typing import Iterable

from adapters import observability
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
# Something every pattern above needs to find, in lower case: cheap to look
# for (a case-insensitive regular expression took 14 us on a request line,
# these substring tests on its lower-cased text 2 us).
_CREDENTIAL_HINTS = ("bearer", "eyj", "xox", "xapp", "://", "token=")


def _maybe_credential(text: str) -> bool:
    lowered = text.lower()
    for hint in _CREDENTIAL_HINTS:  # a loop, not any() over a generator: a third of the time
        if hint in lowered:
            return True
    return False
_TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
        """Whether `redact` could change `text` (a cheap test: one search)."""
        if _maybe_credential(text):
            return True
        for secret in self._secrets:
            if secret in text:
                return True
        return False

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        # One search decides whether the patterns need running at all: most
        # lines have nothing credential-shaped, and a line is logged per request.
        if _maybe_credential(text):
            for pattern, replacement in _PATTERNS:
                text = pattern.sub(replacement, text)
            text = mask_urls(text)
        return text


# `json.dumps` with options builds a new encoder for every call; a line is
# written per request, so the encoder is built once.
_ENCODE = json.JSONEncoder(ensure_ascii=False, default=str).encode
# How that encoder writes a string (the C function, when Python has it).
_encode_text = json.encoder.encode_basestring


def _flat_json(line: dict) -> str | None:
    """`_ENCODE(line)` for an object of text and finite numbers (a request
    line), a third quicker: the encoder's general walk is skipped, its
    string escaping kept. None for anything else (the encoder does that)."""
    parts = []
    for key, value in line.items():
        kind = type(value)
        if kind is str:
            parts.append(f"{_encode_text(key)}: {_encode_text(value)}")
        elif kind is int or (kind is float and math.isfinite(value)):
            parts.append(f"{_encode_text(key)}: {value!r}")
        else:
            return None
    return "{" + ", ".join(parts) + "}"


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, the
    request id when the record was made while handling a request, the
    structured fields of a request line, and the traceback if any."""

    def __init__(self, redactor: Redactor):
        super().__init__()
        self._redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        line = self._line(record.created, record.levelname, record.name, record.getMessage(),
                          getattr(record, "request_id", None), getattr(record, "fields", None))
        if record.exc_info:
            line["exception"] = self._redactor.redact(self.formatException(record.exc_info))
        elif record.exc_text:
            line["exception"] = self._redactor.redact(record.exc_text)
        if record.stack_info:
            line["stack"] = self._redactor.redact(self.formatStack(record.stack_info))
        return _ENCODE(line)

    def plain_line(self, created: float, level: str, logger: str, message: str, request_id: str | None,
                   fields: dict | None) -> str:
        """What `format` makes of a record without exception or stack (a
        request line), made without the record."""
        line = self._line(created, level, logger, message, request_id, fields)
        return _flat_json(line) or _ENCODE(line)

    def _line(self, created: float, level: str, logger: str, message: str, request_id: str | None,
              fields: dict | None) -> dict:
        line = {"time": _utc(created), "level": level, "logger": logger, "message": message}
        if request_id:
            line["request_id"] = request_id
        if fields:
            line.update(fields)
        # A request line per request: its texts are looked at together
        # once, and redacted one by one only when something is there.
        texts = [value for value in line.values() if type(value) is str]
        if self._redactor.finds_anything("\0".join(texts)):
            for key, value in line.items():
                if isinstance(value, str):
                    line[key] = self._redactor.redact(value)
        return line


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


class BatchedStreamHandler(logging.StreamHandler):
    """A stream handler that writes lines out (flushes) at most every
    FLUSH_SECONDS, and at once for a warning or worse.

    The web process writes a line per request. A system call per line on
    the event loop lets another thread take the interpreter (the writer of
    `knowledge.writes`, the core's threads), which the loop then waits to
    get back: under load, leaving the request line out saved 0.2-0.5 ms of
    CPU per request (bench/load.py). Python's stderr writes every line at
    once (line-buffered, or unbuffered with PYTHONUNBUFFERED), so
    `configure_logging` gives this handler a buffered stream of its own on
    the same file descriptor (`buffered`). A log collector sees the lines
    in batches, at most FLUSH_SECONDS late; a daemon thread flushes what a
    quiet moment left, and logging's shutdown at exit the rest."""

    FLUSH_SECONDS = 0.25
    BATCH_LINES = 64

    def __init__(self, stream):
        super().__init__(stream)
        self._flushed_at = time.monotonic()
        self._waiting = False
        self._closed = threading.Event()  # set by close(): the idle flusher stops at once
        self._own_filters: list = []  # the filters `configure_logging` gave it
        self._later: list[tuple] = []  # request lines to make and write (`write_later`)
        self._idle_flusher = threading.Thread(target=self._flush_when_idle, name="rolecall-log-flush", daemon=True)
        self._idle_flusher.start()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._later:  # the lines before this one first
                self._write_later_lines()
            self._write(self.format(record), record.levelno)
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def _write(self, line: str, level: int) -> None:
        self.stream.write(line + self.terminator)
        self._waiting = True
        if level >= logging.WARNING or time.monotonic() - self._flushed_at >= self.FLUSH_SECONDS:
            self.flush()

    def write_later(self, logger: logging.Logger, level: int, request_id: str | None, make, values: tuple) -> bool:
        """Write, soon, what `logger.log(level, message, extra={"fields":
        fields, "request_id": request_id})` would, with `message, fields =
        make(values)` made when the line is written. Without the logging
        machinery (a LogRecord, the chain of loggers, filters and handlers:
        two thirds of the cost of a request line), and a moment later: the
        lines of BATCH_LINES requests (or of FLUSH_SECONDS, or up to the next
        other line) are made and written together, which took a request
        line from 39 to 20 us of CPU amid the web process's other work
        (bench/own_cost.py: made one at a time, between requests, its code
        ran from a cold cache at 2-3x its speed in a loop). In order with
        every other line. Only when this handler is the one place `logger`'s
        records go and nothing on the way could change or stop the line;
        else False, and the caller logs as usual."""
        if not (self._sole_destination(logger) and level >= self.level and self.filters == self._own_filters
                and logger.isEnabledFor(level) and isinstance(self.formatter, JsonFormatter)):
            return False
        with self.lock:
            if self._closed.is_set():
                return False
            self._later.append((time.time(), level, logger.name, request_id, make, values))
            self._waiting = True
            if (len(self._later) >= self.BATCH_LINES or level >= logging.WARNING
                    or time.monotonic() - self._flushed_at >= self.FLUSH_SECONDS):
                self._write_later_lines()
        return True

    def _write_later_lines(self) -> None:
        """Make and write the lines `write_later` holds (holding the lock)."""
        later, self._later = self._later, []
        for created, level, name, request_id, make, values in later:
            try:
                message, fields = make(values)
                line = self.formatter.plain_line(created, logging.getLevelName(level), name, message,
                                                 request_id, fields)
                self._write(line, level)
            except Exception:  # a bug, or a closed stream: said on stderr, the other lines still go
                self.handleError(logging.makeLogRecord({"name": name, "levelno": level, "msg": "a request line"}))

    def _sole_destination(self, logger: logging.Logger) -> bool:
        if logger.filters:
            return False
        node = logger
        while node is not None:
            if node.handlers:
                return node is logging.root and len(node.handlers) == 1 and node.handlers[0] is self
            if not node.propagate:
                return False
            node = node.parent
        return False

    def flush(self) -> None:
        with self.lock:
            if self._later:
                self._write_later_lines()
            self._flushed_at = time.monotonic()
            self._waiting = False
            super().flush()

    def close(self) -> None:
        self._closed.set()
        try:
            self.flush()
        except Exception:  # a stream already closed: nothing left to write
            pass
        super().close()

    def _flush_when_idle(self) -> None:
        while not self._closed.wait(self.FLUSH_SECONDS):
            if self._waiting and time.monotonic() - self._flushed_at >= self.FLUSH_SECONDS:
                self.acquire()
                try:
                    if self._waiting:
                        self.flush()
                except Exception:  # a closed stream at exit: nothing left to do
                    return
                finally:
                    self.release()


def buffered(stream):
    """A block-buffered text stream writing to `stream`'s file descriptor
    (the same file or pipe), or `stream` itself when it has none."""
    try:
        descriptor = os.dup(stream.fileno())
    except (AttributeError, OSError, ValueError):  # a StringIO, a closed or detached stream
        return stream
    return io.TextIOWrapper(io.BufferedWriter(io.FileIO(descriptor, "w"), buffer_size=64 * 1024),
                            encoding="utf-8", errors="backslashreplace")


def configure_logging(fmt: str, *, secrets: Iterable[str | None] = (), level: int = logging.INFO,
                      stream=None) -> logging.Handler:
    """Route every logger through one handler in `fmt` ("json" or "text").
    Replaces any handler already on the root logger; returns the new one."""
    if fmt not in FORMATS:
        raise ValueError(f"log format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    redactor = Redactor(secrets)
    if fmt == "text":
        handler = logging.StreamHandler(stream or sys.stderr)
    else:
        handler = BatchedStreamHandler(stream or buffered(sys.stderr))
    handler.setFormatter(JsonFormatter(redactor) if fmt == "json" else TextFormatter(redactor))
    handler.addFilter(RequestIdFilter())
    handler.addFilter(_drop_signature_failure_bodies)
    if isinstance(handler, BatchedStreamHandler):
        handler._own_filters = list(handler.filters)
        observability.write_request_lines_with(handler.write_later)
    else:
        observability.write_request_lines_with(None)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
        if isinstance(old, BatchedStreamHandler):
            old.close()  # its lines out, its flushing thread stopped
    root.addHandler(handler)
    root.setLevel(level)
    # Neither format shows where a call was made, nor its thread or process;
    # not looking them up saves a quarter of a request line's cost (the
    # logging HOWTO's "Optimization" section). The web process logs a line
    # per request.
    logging._srcfile = None
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    # The request line replaces aiohttp's access log; its own errors stay.
    logging.getLogger("aiohttp.access").disabled = True
    logging.captureWarnings(True)
    return handler


def _utc(created: float) -> str:
    return _utc_second(int(created)) + f".{int(created % 1 * 1000):03d}Z"


@lru_cache(maxsize=4)
def _utc_second(second: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
