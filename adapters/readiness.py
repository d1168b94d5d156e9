"""`GET /readyz`: whether answers would come from the store right now, so a
load balancer can take a replica out while the database is away (`/healthz`
stays 200 so the process is not restarted). One bounded `SELECT 1` on the
core's threads, which also prepares a store unreachable at start-up.
"""

import asyncio
import logging

from aiohttp import web

from knowledge import SchemaError, StoreError

log = logging.getLogger("rolecall.web")

# Probes time out after a few seconds; answer before they do.
READY_TIMEOUT_SECONDS = 2.0
UNREACHABLE = "knowledge store unreachable"
WRONG_SCHEMA = "knowledge store schema not usable by this version"


def readyz(runtime):
    """The `/readyz` handler for the store of `runtime` (adapters/runtime.py)."""

    async def ready(_request: web.Request) -> web.Response:
        try:
            async with asyncio.timeout(READY_TIMEOUT_SECONDS):
                await runtime.run(runtime.assistant.store.ping)
        except SchemaError as error:
            log.error("not ready: %s", error)
            return _not_ready(WRONG_SCHEMA)
        except (StoreError, TimeoutError) as error:
            log.warning("not ready: %s", str(error) or f"no answer within {READY_TIMEOUT_SECONDS:g} s")
            return _not_ready(UNREACHABLE)
        except Exception:  # any other failure of the store: not ready either, and logged
            log.exception("not ready: the readiness check failed")
            return _not_ready(UNREACHABLE)
        return web.json_response({"status": "ready"})

    return ready


def _not_ready(reason: str) -> web.Response:
    return web.json_response({"status": "not ready", "reason": reason}, status=503)
