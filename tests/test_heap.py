"""The web process hands freed memory back to the system, so that an
operator watching its resident size over a long day sees what it uses, not
what it once used (adapters/heap.py)."""

import asyncio
import threading

import pytest

from adapters.heap import HeapTrimmer, trim_available, trim_now
from adapters.settings import Settings, TeamsSettings
from adapters.web import build_app
from tests.fake_connector import assistant, serving  # noqa: F401  (assistant is a fixture)

pytestmark = pytest.mark.skipif(not trim_available(), reason="the C library has no malloc_trim (not glibc)")


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

    assert trim_now(), "malloc_trim should report the freed blocks handed back"
    assert len(kept) == 96


def test_the_trimmer_hands_memory_back_on_its_own_and_stops_when_asked():
    """What the trimmer's own calls to `trim_now` report, not the resident
    size: that moves with whatever else the process does meanwhile."""
    results: list[bool] = []
    handed_back = threading.Event()

    def trim() -> bool:
        results.append(trim_now())
        if results[-1]:
            handed_back.set()
        return results[-1]

    trim_now()  # what earlier tests freed, handed back already
    trimmer = HeapTrimmer(interval=0.01, trim=trim)
    assert trimmer.start()
    try:
        kept = fragmented_heap()
        assert handed_back.wait(60), f"the trimmer never handed memory back: {results[:20]}"
    finally:
        trimmer.stop()
    assert not trimming()  # its thread is gone: nothing more is trimmed
    assert len(kept) == 96


def trimming() -> bool:
    return any(thread.name == "rolecall-heap-trim" for thread in threading.enumerate())


def test_the_web_process_trims_while_it_serves_and_not_after(assistant):
    async def scenario():
        async with serving(build_app(Settings(teams=TeamsSettings(anonymous=True)), assistant)):
            assert trimming()
        assert not trimming()

    asyncio.run(scenario())
