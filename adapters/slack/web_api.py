"""The Web API client, retrying what may pass on a second try: a 429 after
`Retry-After` (capped), a 5xx with back-off, a broken connection at once.
When retries are spent the call raises and the listener logs its
`failure_cause`, which also labels the delivery-failure metric.
"""

import asyncio
import random
import re

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import AsyncConnectionErrorRetryHandler
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.jitter import RandomJitter
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.settings import SlackSettings

# Seconds a Web API call may take before it counts as failed.
CALL_TIMEOUT_SECONDS = 10
# Retries per kind of failure, after the first attempt.
RATE_LIMIT_RETRIES = 2
SERVER_ERROR_RETRIES = 2
CONNECTION_RETRIES = 2
# The longest RoleCall waits on one Retry-After before trying again.
MAX_RETRY_AFTER_SECONDS = 10


class RateLimitRetry(AsyncRetryHandler):
    """Retry a 429 after Slack's `Retry-After` (at most MAX_RETRY_AFTER_SECONDS)."""

    async def _can_retry_async(self, *, state, request, response=None, error=None) -> bool:
        return response is not None and response.status_code == 429

    async def prepare_for_next_attempt_async(self, *, state, request, response=None, error=None) -> None:
        state.next_attempt_requested = True
        await asyncio.sleep(retry_after(response.headers if response is not None else {}))
        state.increment_current_attempt()


class ServerErrorRetry(AsyncRetryHandler):
    """Retry any 5xx. slack_sdk's own handler takes only 500 and 503, and
    not at all a 5xx whose body claims to be JSON and is not (slack_sdk
    raises on reading it, with the HTTP response as the error's)."""

    async def _can_retry_async(self, *, state, request, response=None, error=None) -> bool:
        if response is not None:
            return response.status_code >= 500
        return isinstance(error, SlackApiError) and (_status(error.response) or 0) >= 500


def failure_cause(error: BaseException) -> str:
    """A failed Web API call's cause in a word, for the log and for the
    `cause` label of the delivery-failure metric: Slack's error code on an
    HTTP 200 (`channel_not_found`), `http_<status>` otherwise, `timeout`,
    `connection`, or `error` for anything else."""
    if isinstance(error, SlackApiError):
        status = _status(error.response)
        data = getattr(error.response, "data", None)
        if status == 200 and isinstance(data, dict) and isinstance(data.get("error"), str):
            return re.sub(r"[^a-z0-9_]", "_", data["error"].lower())[:40] or "error"
        return f"http_{status}" if status else "error"
    if isinstance(error, asyncio.TimeoutError):  # before ClientError: aiohttp's timeouts are both
        return "timeout"
    if isinstance(error, aiohttp.ClientError):
        return "connection"
    return "error"


def _status(response) -> int | None:
    """The HTTP status of a Slack response (slack_sdk's or aiohttp's)."""
    status = getattr(response, "status_code", None) or getattr(response, "status", None)
    return status if isinstance(status, int) else None


def retry_after(headers: dict) -> float:
    """Seconds to wait from a `Retry-After` header (slack_sdk gives header
    values as lists), 1 when absent or unreadable, capped."""
    values = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    value = values[0] if isinstance(values, list) and values else values
    try:
        seconds = max(0.0, float(value))
    except (TypeError, ValueError):
        seconds = 1.0
    return min(seconds, MAX_RETRY_AFTER_SECONDS) + random.random() * 0.1


def web_api_client(settings: SlackSettings) -> AsyncWebClient:
    """The Web API client: Slack's own URL unless `api_url` overrides it (a
    local stand-in in tests). Its aiohttp session is set when the event loop
    runs (see `endpoint`), so that every call shares one connection pool."""
    backoff = BackoffRetryIntervalCalculator(backoff_factor=0.5, jitter=RandomJitter())
    retries = [
        AsyncConnectionErrorRetryHandler(max_retry_count=CONNECTION_RETRIES,
                                         error_types=[aiohttp.ClientConnectionError, asyncio.TimeoutError]),
        RateLimitRetry(max_retry_count=RATE_LIMIT_RETRIES),
        ServerErrorRetry(max_retry_count=SERVER_ERROR_RETRIES, interval_calculator=backoff),
    ]
    options = dict(token=settings.bot_token, timeout=CALL_TIMEOUT_SECONDS, retry_handlers=retries)
    if settings.api_url:
        options["base_url"] = settings.api_url.rstrip("/") + "/"
    return AsyncWebClient(**options)
