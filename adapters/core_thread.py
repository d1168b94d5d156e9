"""Where the web process runs the synchronous core and its store calls.

The core may wait on the database, so it never runs on the event loop that
Slack and Teams share. It gets a pool of its own rather than asyncio's
default one, which also carries blocking outbound work (Teams token and
signing-key fetches, each allowed seconds before its timeout): a burst of
those stalled on the network then cannot hold up answers, nor answers them.

Measured with bench/load.py and an in-process A/B: running every SQLite call
on one thread (to spare concurrent writers SQLite's busy-handler sleeps)
was slower than a pool, 127-130 against 189-224 slash commands per second
on the same machine, once the per-question writes had become single plain
statements (knowledge/conversations.py, dedup.py, questions.py); so the
pool is sized like asyncio's default for every database.

Context variables (the request id in log lines) travel with each call, as
with `asyncio.to_thread`.
"""

import asyncio
import contextvars
import functools
import os
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, TypeVar

from knowledge import Store

T = TypeVar("T")

# asyncio's own default: enough threads to overlap database round trips,
# bounded by the store's connection pool (knowledge.store: 5 plus 10 overflow).
CORE_THREADS = min(32, (os.cpu_count() or 1) + 4)

_executors: "weakref.WeakKeyDictionary[Store, ThreadPoolExecutor]" = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def executor_for(store: Store) -> ThreadPoolExecutor:
    with _lock:
        executor = _executors.get(store)
        if executor is None:
            executor = ThreadPoolExecutor(max_workers=CORE_THREADS, thread_name_prefix="rolecall-core")
            _executors[store] = executor
        return executor


async def run_core(store: Store, function: Callable[..., T], *args) -> T:
    """`function(*args)` on the core's threads for `store`; the loop stays free."""
    loop = asyncio.get_running_loop()
    context = contextvars.copy_context()
    return await loop.run_in_executor(executor_for(store), functools.partial(context.run, function, *args))
