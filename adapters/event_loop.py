"""The event loop the long-running processes (`rolecall serve`, Socket Mode)
run on: uvloop's when it is installed (a declared dependency except on
Windows), else asyncio's own. One place, so both processes run on the same
loop and a test can say which one that is.
"""

import asyncio
from collections.abc import Coroutine
from typing import Any


def loop_factory():
    """uvloop's `new_event_loop`, or None (asyncio's default loop) without uvloop."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def run(main: Coroutine[Any, Any, Any]) -> Any:
    """`asyncio.run(main)` on the loop of `loop_factory()`."""
    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        return runner.run(main)
