"""Timeouts for the many short waits of the web process, one timer per tick.

Every answer given from memory waits for its conversation's context to be
written, and every Slack event for its delivery to be recorded: futures the
batched writer settles a few milliseconds later, almost always in time.
`asyncio.wait_for` guards each with a future, a callback and a timer of its
own, which cost more (about 5 µs) than the wait itself. Here the waits share
one timer per TICK_SECONDS: when it fires, every future due by then that is
still pending fails with `asyncio.TimeoutError`, as `wait_for` would have
raised. A wait may so last up to one tick longer than asked, which nobody
waiting for a second or two notices.

Only for asyncio futures made for the one waiting (the writer's on the
event loop, one per question): the future itself is failed, and whoever
settles it later finds it done. Any other future (a thread's, on PostgreSQL)
is waited for with `wait_for`.
"""

import asyncio
import math

TICK_SECONDS = 0.1


class Deadlines:
    """The pending waits of one event loop, by the tick they are due at."""

    def __init__(self, loop: asyncio.AbstractEventLoop):
        self._loop = loop
        self._due: dict[float, list[asyncio.Future]] = {}

    def add(self, future: asyncio.Future, seconds: float) -> None:
        tick = math.ceil((self._loop.time() + seconds) / TICK_SECONDS) * TICK_SECONDS
        waiting = self._due.get(tick)
        if waiting is None:
            waiting = self._due[tick] = []
            self._loop.call_at(tick, self._expire, tick)
        waiting.append(future)

    def _expire(self, tick: float) -> None:
        for future in self._due.pop(tick, ()):
            if not future.done():
                future.set_exception(asyncio.TimeoutError())


_BY_LOOP: dict[asyncio.AbstractEventLoop, Deadlines] = {}


async def within(future, seconds: float):
    """`await asyncio.wait_for(asyncio.wrap_future(future), seconds)`, the
    cheap way for a future of the running loop that nobody else awaits."""
    loop = asyncio.get_running_loop()
    if not isinstance(future, asyncio.Future) or future.get_loop() is not loop:
        return await asyncio.wait_for(asyncio.wrap_future(future), seconds)
    deadlines = _BY_LOOP.get(loop)
    if deadlines is None:
        for old in [old for old in _BY_LOOP if old.is_closed()]:  # the tests' loops, one after another
            del _BY_LOOP[old]
        deadlines = _BY_LOOP[loop] = Deadlines(loop)
    deadlines.add(future, seconds)
    return await future
