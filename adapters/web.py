"""The one web process: an aiohttp application every platform plugs into. It
knows no platform: each package in adapters/platforms.py adds its route, and
they share one event loop, one runtime, `/healthz` and `/readyz`.
"""

import asyncio
import contextlib
import errno
import functools
import gc
import logging
import socket
import sys

from aiohttp import web

from adapters import observability
from adapters.connections import LimitedSite, descriptors_for, quiet_accept_errors
from adapters.platforms import PLATFORMS
from adapters.readiness import readyz
from adapters.runtime import Runtime
from adapters.settings import Settings
from bot import Assistant
from knowledge import StoreError
from knowledge.prune import prune

log = logging.getLogger("rolecall.web")

# What the application carries for its handlers and for whoever started it.
SETTINGS = web.AppKey("settings", Settings)
ASSISTANT = web.AppKey("assistant", Assistant)
RUNTIME = web.AppKey("runtime", Runtime)
PLATFORMS_SERVED = web.AppKey("platforms", list)


# In asyncio's debug mode a callback holding the loop this long is logged:
# well under the 50 ms p99 a slash command is allowed.
SLOW_CALLBACK_SECONDS = 0.05
# How long a thread may hold the interpreter while another waits (CPython: 5 ms):
# the loop, sharing it with the core's threads, waits less (bench/README.md).
SWITCH_INTERVAL_SECONDS = 0.001
# Container objects allocated between two young garbage collections (CPython:
# 700, a few requests' worth): with 64 requests in flight, their objects
# outlived young collections and were walked again in older ones (bench/README.md).
YOUNG_COLLECTION_OBJECTS = 20_000


def prefer_the_event_loop() -> None:
    """Tune the interpreter for the web process (see SWITCH_INTERVAL_SECONDS
    and YOUNG_COLLECTION_OBJECTS)."""
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    gc.set_threshold(YOUNG_COLLECTION_OBJECTS, *gc.get_threshold()[1:])


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def _slow_callback_threshold(_app: web.Application) -> None:
    loop = asyncio.get_running_loop()
    if loop.get_debug():
        loop.slow_callback_duration = SLOW_CALLBACK_SECONDS
        log.warning("asyncio debug mode: callbacks over %d ms are logged", SLOW_CALLBACK_SECONDS * 1000)


async def _freeze_start_up_objects(_app: web.Application) -> None:
    """Exempt what start-up built (the SDKs' modules and classes) from garbage
    collection: full collections walking them stalled the loop (bench/README.md)."""
    gc.collect(1)
    gc.freeze()


def collect_before_serving() -> None:
    """A full collection before the event loop starts, so that the one on
    start-up is not a long step of the loop (bench/README.md)."""
    gc.collect()


async def _prune_regularly(app: web.Application):
    """While the application runs, delete what the store no longer needs
    (knowledge/prune.py): at start, then every `prune_interval` seconds.
    Every replica does it; a prune that fails is logged and tried again
    at the next interval."""
    settings, runtime = app[SETTINGS], app[RUNTIME]
    run = functools.partial(prune, runtime.assistant.store, context_ttl=runtime.assistant.context_ttl,
                            question_log_days=settings.question_log_days)

    async def every_interval():
        while True:
            try:
                pruned = await runtime.run(run)
                if pruned.total:
                    log.info("pruned %s", pruned.describe())
            except StoreError as exc:  # away, or turned read-only: said in one line, tried again next time
                log.warning("prune skipped: %s", exc)
            except Exception:
                log.exception("prune failed")
            await asyncio.sleep(settings.prune_interval)

    task = asyncio.create_task(every_interval())
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def _store_pending_writes(app: web.Application) -> None:
    """At shutdown, what questions left to write (question log, contexts)."""
    await app[RUNTIME].close()


def build_app(settings: Settings, assistant: Assistant) -> web.Application:
    app = web.Application(client_max_size=settings.max_body_bytes)
    runtime = Runtime(assistant, rate_limit=settings.rate_limit)
    app[SETTINGS], app[ASSISTANT], app[RUNTIME] = settings, assistant, runtime
    app.router.add_get("/healthz", healthz)
    app.on_startup.append(_slow_callback_threshold)
    app.on_startup.append(_freeze_start_up_objects)
    app.on_cleanup.append(_store_pending_writes)
    app.cleanup_ctx.append(_prune_regularly)
    app.router.add_get("/readyz", readyz(runtime))
    served = [platform for platform in PLATFORMS if platform.configured(settings)]
    for platform in served:
        platform.install(app, settings, runtime)
    app[PLATFORMS_SERVED] = [f"{platform.title} (POST {platform.route})" for platform in served]
    # Request ids, request lines, /metrics and the body limit.
    observability.install(
        app,
        platforms=tuple(platform.name for platform in served),
        max_body_bytes=settings.max_body_bytes,
        body_timeout=settings.read_timeout,
        metrics_token=settings.metrics_token,
    )
    return app


async def start_serving(app: web.Application, host: str, port: int, *, handle_signals: bool = False,
                        max_connections: int | None = None) -> web.AppRunner:
    """Serve `app` on host:port with the limits of adapters/connections.py
    (its settings' read timeout and connection limit, or `max_connections`
    already checked against the process's descriptors); stop with
    `runner.cleanup()`."""
    settings = app[SETTINGS]
    # No access log: each request gets one line from adapters.observability instead.
    runner = web.AppRunner(app, handle_signals=handle_signals, access_log=None,
                           keepalive_timeout=settings.read_timeout)
    await runner.setup()
    quiet_accept_errors(asyncio.get_running_loop())
    try:
        await LimitedSite(runner, host, port, max_connections or settings.max_connections).start()
    except BaseException:
        await runner.cleanup()  # the application's background work, started by setup()
        raise
    return runner


def serve(app: web.Application, host: str, port: int, listening=lambda: None) -> None:
    """What `web.run_app` does, through `start_serving`: serve until SIGINT or
    SIGTERM, then shut down cleanly (replies in flight, pending writes).
    `listening` is called once the port is bound (so "listening on" is
    never said of a port that turns out to be taken)."""
    max_connections = descriptors_for(app[SETTINGS].max_connections)

    async def run() -> None:
        runner = await start_serving(app, host, port, handle_signals=True, max_connections=max_connections)
        listening()
        try:
            await asyncio.Event().wait()
        finally:
            await runner.cleanup()

    try:
        asyncio.run(run())
    except (web.GracefulExit, KeyboardInterrupt):
        pass
    except socket.gaierror as error:  # a HOST that is no address and no name this machine resolves
        raise SystemExit(f"rolecall: cannot listen on {host}:{port}: the host name does not resolve "
                         f"({error.strerror}); use --host 0.0.0.0 or 127.0.0.1 (HOST)") from None
    except OSError as error:  # the port: taken, privileged, or an address not on this machine
        if error.errno not in LISTEN_ERRORS:
            raise
        raise SystemExit(f"rolecall: cannot listen on {host}:{port}: {LISTEN_ERRORS[error.errno]}") from None


# Why a server could not listen, and what to do about it: one line, not a traceback.
LISTEN_ERRORS = {
    errno.EADDRINUSE: "the port is already in use (another RoleCall, or another server); "
                      "stop it, or choose another with --port or PORT",
    errno.EACCES: "not allowed to use this port (below 1024 needs privileges); choose one above 1023 "
                  "with --port or PORT, behind a reverse proxy",
    errno.EADDRNOTAVAIL: "the address is not one of this machine's; use --host 0.0.0.0 or 127.0.0.1",
}
