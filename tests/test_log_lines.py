"""The web process's log: one JSON object per line, written by a thread of
its own (the standard QueueHandler and QueueListener), in order, nothing
lost at shutdown, tracebacks kept and redacted, and the line written for
every request carrying what an operator filters on."""

import io
import json
import logging
import time

import pytest
from aiohttp.test_utils import make_mocked_request

from adapters import observability
from adapters.logs import QueuedLog, configure_logging

# How long a line may take to reach the file by itself: only a safety net for
# a busy machine, the listener thread writes it as soon as it runs.
WRITTEN_WITHIN_SECONDS = 30
SECRET = "configured-SECRET-4471"


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "rolecall.log"
    with path.open("w", encoding="utf-8") as stream:
        handler = configure_logging("json", stream=stream, secrets=[SECRET])
        yield path, handler
        logging.getLogger().removeHandler(handler)
        handler.close()


def logger() -> logging.Logger:
    """A logger of its own: other tests may have set levels on RoleCall's."""
    log = logging.getLogger("test_log_lines")
    log.setLevel(logging.INFO)
    return log


def lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def written_by_itself(path, count: int) -> list[dict]:
    """The file's lines once it holds `count` (nobody flushing meanwhile)."""
    deadline = time.monotonic() + WRITTEN_WITHIN_SECONDS
    while len(path.read_text(encoding="utf-8").splitlines()) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return lines(path)


def test_every_logger_goes_through_one_queue_to_one_json_line_each(log_file):
    path, handler = log_file
    assert isinstance(handler, QueuedLog) and handler in logging.getLogger().handlers

    logger().info("first")
    logging.getLogger("slack_bolt.App").warning("from an SDK")
    handler.flush()

    first, second = lines(path)
    assert (first["message"], first["level"], first["logger"]) == ("first", "INFO", "test_log_lines")
    assert (second["message"], second["level"], second["logger"]) == ("from an SDK", "WARNING", "slack_bolt.App")
    assert first["time"].endswith("Z") and "request_id" not in first


def test_a_burst_of_lines_is_written_to_the_stream_in_one_write_not_one_per_line():
    """Under load the web process logs a line per request: the listener
    writes what is queued together, so the log costs one write per batch."""

    class CountedWrites(io.StringIO):
        def __init__(self):
            super().__init__()
            self.writes = []

        def write(self, text):
            self.writes.append(text)
            return super().write(text)

    stream = CountedWrites()
    handler = configure_logging("json", stream=stream)
    try:
        with handler.target.lock:  # the listener waits meanwhile: the burst is all queued when it goes on
            for n in range(50):
                logger().info("request %d", n)
        deadline = time.monotonic() + WRITTEN_WITHIN_SECONDS
        while stream.getvalue().count("request ") < 50 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()

    written = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["message"] for line in written if line["logger"] == "test_log_lines"] == [
        f"request {n}" for n in range(50)]
    assert len([text for text in stream.writes if "request " in text]) == 1  # (a stray line may be on its own)


def test_lines_that_nothing_follows_reach_the_file_without_a_flush(log_file):
    path, _handler = log_file
    logger().info("a quiet moment")

    assert [line["message"] for line in written_by_itself(path, 1)] == ["a quiet moment"]


def test_lines_still_queued_are_written_when_logging_shuts_down(log_file):
    path, handler = log_file
    for number in range(200):
        logger().info("line %d", number)
    handler.close()  # what logging.shutdown() does for every handler at exit

    assert [line["message"] for line in lines(path)] == [f"line {n}" for n in range(200)]


def test_a_traceback_is_kept_as_text_and_redacted(log_file):
    path, handler = log_file
    try:
        raise RuntimeError(f"the API refused Bearer {SECRET} at postgresql://u:hunter2@db/x")
    except RuntimeError:
        logger().exception("calling out failed with %s", SECRET)
    handler.flush()

    [line] = lines(path)
    assert line["message"] == "calling out failed with ***"
    assert "RuntimeError: the API refused Bearer ***" in line["exception"]
    assert SECRET not in json.dumps(line) and "hunter2" not in json.dumps(line)


def test_a_line_orjson_refuses_is_still_written(log_file):
    """orjson writes the lines; a value it will not encode (an integer over
    64 bits) goes through the standard library's encoder instead."""
    path, handler = log_file
    logger().info("counted", extra={"count": 2**70})
    handler.flush()

    [line] = lines(path)
    assert (line["message"], line["count"]) == ("counted", 2**70)


# -- request lines ---------------------------------------------------------------

@pytest.fixture
def request_log():
    """The request lines' logger at INFO (other tests may have set levels on RoleCall's)."""
    request_log = logging.getLogger("rolecall.request")
    level = request_log.level
    request_log.setLevel(logging.INFO)
    yield request_log
    request_log.setLevel(level)


def answered_request_line():
    """The line the web process writes for an answered Slack question."""
    record = observability.RequestRecord("req-1", "slack")
    record.answers.append(("salary", "answer"))
    request = make_mocked_request("POST", "/slack/events", headers={"X-Slack-Retry-Num": "1"})
    observability._log_request(request, record, 200, observability.ANSWERED, 0.0123)


def test_a_request_line_is_one_flat_object_with_its_fields(log_file, request_log):
    path, handler = log_file
    answered_request_line()
    handler.flush()

    [line] = lines(path)
    assert line.pop("time")
    assert line == {
        "level": "INFO", "logger": "rolecall.request", "request_id": "req-1",
        "message": "POST /slack/events 200 answered intent=salary kind=answer 12.3 ms id=req-1",
        "method": "POST", "path": "/slack/events", "platform": "slack", "status": 200, "latency_ms": 12.3,
        "outcome": "answered", "intent": "salary", "kind": "answer", "slack_retry": 1,
    }


def test_request_lines_reach_another_handler_too_or_stay_out_at_a_higher_level(log_file, request_log):
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
    assert [line["request_id"] for line in lines(path)] == ["req-1"]  # the first only


def test_request_lines_and_other_lines_keep_their_order(log_file, request_log):
    path, handler = log_file
    answered_request_line()
    logger().info("between two requests")
    answered_request_line()
    handler.flush()

    assert [line.get("request_id", line["message"]) for line in lines(path)] == [
        "req-1", "between two requests", "req-1"]
