"""The web process's log reaches its collector in batches, yet promptly:
a warning at once, every other line within a quarter of a second, even
when nothing follows it, and nothing is lost at shutdown."""

import json
import logging
import time

import pytest

from adapters.logs import BatchedStreamHandler, configure_logging


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "rolecall.log"
    with path.open("w", encoding="utf-8") as stream:
        handler = configure_logging("json", stream=stream)
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


def test_a_warning_goes_out_at_once_with_every_line_before_it(log_file):
    path, handler = log_file
    assert isinstance(handler, BatchedStreamHandler)
    log = logger()

    log.info("first")
    log.info("second")
    log.warning("something to look at")

    assert [line["message"] for line in lines(path)] == ["first", "second", "something to look at"]


def test_a_line_that_nothing_follows_is_written_within_the_flush_interval(log_file):
    path, _handler = log_file
    logger().info("a quiet moment")
    written_by = time.monotonic() + BatchedStreamHandler.FLUSH_SECONDS * 3

    while not path.read_text(encoding="utf-8") and time.monotonic() < written_by:
        time.sleep(0.02)

    assert [line["message"] for line in lines(path)] == ["a quiet moment"]


def test_lines_still_buffered_are_written_when_logging_shuts_down(log_file):
    path, handler = log_file
    logger().info("the last words")
    handler.flush()  # what logging.shutdown() does for every handler at exit

    assert lines(path)[-1]["message"] == "the last words"
