"""The web process's log reaches its collector in batches, yet promptly:
a warning at once, every other line within a quarter of a second, even
when nothing follows it, and nothing is lost at shutdown; the line written
for every request reads the same whether it went through `logging` or not."""

import json
import logging
import math
import time
from contextlib import contextmanager

import pytest
from aiohttp.test_utils import make_mocked_request
from hypothesis import given
from hypothesis import strategies as st

from adapters import logs, observability
from adapters.logs import BatchedStreamHandler, configure_logging


# How long a line may take to reach the file by itself: only a safety net for
# a busy machine, the idle flusher writes it within FLUSH_SECONDS.
WRITTEN_WITHIN_SECONDS = 30


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "rolecall.log"
    with path.open("w", encoding="utf-8") as stream:
        handler = configure_logging("json", stream=stream)
        yield path, handler
        logging.getLogger().removeHandler(handler)
        handler.close()


def patient(handler: BatchedStreamHandler) -> None:
    """`handler` writing lines out only for a full batch, a warning or a
    flush, not for the time gone by: what a test counts then does not
    depend on how busy the machine is."""
    handler.FLUSH_SECONDS = 3600


def written_by_itself(path, count: int) -> list[dict]:
    """The file's lines once it holds `count` (nobody flushing meanwhile)."""
    deadline = time.monotonic() + WRITTEN_WITHIN_SECONDS
    while len(path.read_text(encoding="utf-8").splitlines()) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return lines(path)


def logger() -> logging.Logger:
    """A logger of its own: other tests may have set levels on RoleCall's."""
    log = logging.getLogger("test_log_lines")
    log.setLevel(logging.INFO)
    return log


def lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_warning_goes_out_at_once_with_every_line_before_it(log_file):
    path, handler = log_file
    assert isinstance(handler, BatchedStreamHandler)
    patient(handler)
    log = logger()

    log.info("first")
    log.info("second")
    log.warning("something to look at")

    assert [line["message"] for line in lines(path)] == ["first", "second", "something to look at"]


def test_lines_that_nothing_follows_are_written_within_the_flush_interval(log_file, request_log):
    path, handler = log_file
    with sole_handler(handler):
        logger().info("a quiet moment")
        answered_request_line()

    assert [line.get("request_id", line["message"]) for line in written_by_itself(path, 2)] == [
        "a quiet moment", "req-1"]


def test_lines_still_buffered_are_written_when_logging_shuts_down(log_file):
    path, handler = log_file
    patient(handler)
    logger().info("the last words")
    assert not path.read_text(encoding="utf-8")
    handler.flush()  # what logging.shutdown() does for every handler at exit

    assert lines(path)[-1]["message"] == "the last words"


# -- request lines ---------------------------------------------------------------

@pytest.fixture
def request_log():
    """The request lines' logger at INFO (other tests may have set levels on RoleCall's)."""
    request_log = logging.getLogger("rolecall.request")
    level = request_log.level
    request_log.setLevel(logging.INFO)
    yield request_log
    request_log.setLevel(level)


@contextmanager
def sole_handler(handler):
    """`handler` as the root logger's only one, as in the web process (pytest
    adds its own while a test runs, which sends request lines through
    `logging` instead of the handler's direct path)."""
    root = logging.getLogger()
    others = [h for h in root.handlers if h is not handler]
    for other in others:
        root.removeHandler(other)
    try:
        yield
    finally:
        for other in others:
            root.addHandler(other)


def answered_request_line():
    """The line the web process writes for an answered Slack question."""
    record = observability.RequestRecord("req-1", "slack")
    record.answers.append(("salary", "answer"))
    request = make_mocked_request("POST", "/slack/events", headers={"X-Slack-Retry-Num": "1"})
    observability._log_request(request, record, 200, observability.ANSWERED, 0.0123)


def test_a_request_line_reads_the_same_written_directly_or_through_logging(log_file, request_log):
    path, handler = log_file
    patient(handler)
    with sole_handler(handler):
        answered_request_line()  # directly: the handler is the only place it goes
        assert handler._later  # held, to be made with the next lines
    observability.write_request_lines_with(None)
    try:
        answered_request_line()  # through a LogRecord and the handler chain
    finally:
        observability.write_request_lines_with(handler.write_later)
    handler.flush()

    direct, logged = lines(path)
    assert direct.pop("time") and logged.pop("time")
    assert direct == logged == {
        "level": "INFO", "logger": "rolecall.request", "request_id": "req-1",
        "message": "POST /slack/events 200 answered intent=salary kind=answer 12.3 ms id=req-1",
        "method": "POST", "path": "/slack/events", "platform": "slack", "status": 200, "latency_ms": 12.3,
        "outcome": "answered", "intent": "salary", "kind": "answer", "slack_retry": 1,
    }


def test_request_lines_still_reach_another_handler_or_stay_out_at_a_higher_level(log_file, request_log):
    path, handler = log_file
    seen: list[logging.LogRecord] = []
    listener = logging.Handler()
    listener.emit = seen.append
    request_log.addHandler(listener)
    try:
        answered_request_line()
    finally:
        request_log.removeHandler(listener)
    request_log.setLevel(logging.WARNING)
    answered_request_line()
    handler.flush()

    assert [record.fields["intent"] for record in seen] == ["salary"]
    assert [line["request_id"] for line in lines(path)] == ["req-1"]  # the first only, through logging


@given(st.dictionaries(st.text(max_size=10), st.one_of(
    st.text(max_size=40), st.integers(), st.floats(), st.booleans(), st.none()), max_size=12))
def test_a_request_line_is_written_as_the_json_encoder_writes_it(line):
    """The request line's own writer of JSON (text and finite numbers)
    gives the encoder's text, and leaves everything else to it."""
    flat = logs._flat_json(line)
    if flat is not None:
        assert flat == logs._ENCODE(line)
    else:
        assert any(type(v) not in (str, int, float) or (type(v) is float and not math.isfinite(v))
                   for v in line.values())


def test_request_lines_made_later_keep_their_place_among_other_lines(log_file, request_log):
    """Request lines are made in batches; a line logged meanwhile, from any
    logger, comes after the requests before it."""
    path, handler = log_file
    patient(handler)
    with sole_handler(handler):
        answered_request_line()
        logger().info("between two requests")
        answered_request_line()
        assert len(handler._later) == 1
    handler.flush()

    assert [line.get("request_id", line["message"]) for line in lines(path)] == [
        "req-1", "between two requests", "req-1"]


def test_a_full_batch_of_request_lines_is_written_at_once(log_file, request_log):
    path, handler = log_file
    patient(handler)
    with sole_handler(handler):
        for _ in range(BatchedStreamHandler.BATCH_LINES - 1):
            answered_request_line()
        handler.stream.flush()  # what is in the stream's buffer, not what the handler holds
        held = len(lines(path))
        answered_request_line()
        handler.stream.flush()

    assert held == 0
    assert len(lines(path)) == BatchedStreamHandler.BATCH_LINES
