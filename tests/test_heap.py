"""The web process hands freed memory back to the system, so that an
operator watching its resident size over a long day sees what it uses, not
what it once used (adapters/heap.py)."""

import asyncio
import threading
import time
from pathlib import Path

import pytest

from adapters.heap import HeapTrimmer, trim_available, trim_now
from adapters.settings import Settings, TeamsSettings
from adapters.web import build_app
from tests.fake_connector import assistant, serving  # noqa: F401  (assistant is a fixture)

pytestmark = pytest.mark.skipif(not trim_available(), reason="the C library has no malloc_trim (not glibc)")


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def fragmented_heap(megabytes: int = 96) -> list:
    """Free most of `megabytes` of heap blocks, keeping every 16th: the
    heap cannot shrink from its top, so the freed blocks stay resident."""
    blocks = [bytearray(64 * 1024) for _ in range(megabytes * 16)]  # under malloc's mmap threshold
    for block in blocks:
        block[::4096] = b"x" * len(block[::4096])  # touch every page
    kept = blocks[::16]
    del blocks
    return kept


def test_freed_memory_inside_the_heap_goes_back_to_the_system():
    kept = fragmented_heap()
    before = resident_mb()

    trim_now()

    assert before - resident_mb() > 40, "the freed blocks should no longer be resident"
    assert len(kept) == 96


def test_the_trimmer_hands_memory_back_on_its_own_and_stops_when_asked():
    trimmer = HeapTrimmer(interval=0.05)
    assert trimmer.start()
    try:
        kept = fragmented_heap()
        before = resident_mb()
        deadline = time.monotonic() + 5
        while before - resident_mb() <= 40 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert before - resident_mb() > 40
    finally:
        trimmer.stop()
    assert len(kept) == 96
    assert not trimming()


def trimming() -> bool:
    return any(thread.name == "rolecall-heap-trim" for thread in threading.enumerate())


def test_the_web_process_trims_while_it_serves_and_not_after(assistant):
    async def scenario():
        async with serving(build_app(Settings(teams=TeamsSettings(anonymous=True)), assistant)):
            assert trimming()
        assert not trimming()

    asyncio.run(scenario())
