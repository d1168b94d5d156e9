"""The web process runs on uvloop when uvloop is installed, and on asyncio's
own loop when it is not (adapters/event_loop.py; bench/README.md has what
it saved). Seen from the application's start-up, on the loop `serve` runs,
which `rolecall serve` uses; stopped as SIGTERM stops it (aiohttp raises
GracefulExit on the loop).
"""

import asyncio
import sys

import pytest
from aiohttp import web

from adapters.settings import Settings
from adapters.web import SETTINGS, serve


def loop_seen_by_serve() -> type:
    """The type of the event loop a started application finds itself on."""
    seen = []

    async def record(_app: web.Application) -> None:
        seen.append(type(asyncio.get_running_loop()))

    def stop() -> None:
        raise web.GracefulExit()

    app = web.Application()
    app[SETTINGS] = Settings()
    app.on_startup.append(record)
    serve(app, "127.0.0.1", 0, listening=lambda: asyncio.get_running_loop().call_soon(stop))
    return seen[0]


def test_the_web_process_runs_on_uvloop_when_it_is_installed():
    uvloop = pytest.importorskip("uvloop")

    assert loop_seen_by_serve() is uvloop.Loop


def test_without_uvloop_the_web_process_runs_on_asyncio_own_loop(monkeypatch):
    monkeypatch.setitem(sys.modules, "uvloop", None)  # `import uvloop` fails, as where it is not installed

    loop = loop_seen_by_serve()

    assert loop.__module__.startswith("asyncio.")
    assert issubclass(loop, asyncio.BaseEventLoop)
