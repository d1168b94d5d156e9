"""Waiting for the writer's futures with a timeout, the way `wait_for` does."""

import asyncio
import concurrent.futures
import threading

import pytest

from adapters.deadlines import within


def test_a_future_settled_in_time_gives_its_result():
    async def story():
        future = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0.01, future.set_result, "written")
        return await within(future, 1.0)

    assert asyncio.run(story()) == "written"


def test_a_future_nobody_settles_times_out_and_a_late_result_is_ignored():
    async def story():
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        started = loop.time()
        with pytest.raises(asyncio.TimeoutError):
            await within(future, 0.05)
        waited = loop.time() - started
        assert future.done()  # the writer, settling it later, finds it done and leaves it
        return waited

    waited = asyncio.run(story())
    assert waited >= 0.05  # never early; how much later depends on the machine's load, not on `within`


def test_a_wait_cancelled_with_its_request_cancels_the_future():
    async def story():
        future = asyncio.get_running_loop().create_future()
        waiting = asyncio.ensure_future(within(future, 1.0))
        await asyncio.sleep(0)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        return future.cancelled()

    assert asyncio.run(story())


def test_a_threads_future_is_waited_for_too():
    async def story():
        answered, never = concurrent.futures.Future(), concurrent.futures.Future()
        threading.Timer(0.01, answered.set_result, ["from a thread"]).start()
        result = await within(answered, 1.0)
        with pytest.raises(asyncio.TimeoutError):
            await within(never, 0.05)
        return result

    assert asyncio.run(story()) == "from a thread"


def test_many_waits_share_the_loops_timers():
    async def story():
        loop = asyncio.get_running_loop()
        futures = [loop.create_future() for _ in range(1000)]
        for n, future in enumerate(futures):
            loop.call_soon(future.set_result, n)
        results = await asyncio.gather(*(within(future, 1.0) for future in futures))
        return results, len(loop._scheduled)

    results, timers = asyncio.run(story())
    assert results == list(range(1000))
    assert timers <= 2  # one per tick the waits are due in, not one per wait
