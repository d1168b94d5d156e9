"""Each Slack event answered once, however often (and to whichever process)
Slack delivers it: the event id is written to the store first, and only its
first writer answers. When the store cannot record it the event is answered
anyway: a rare double answer beats a retry storm. And the deliveries Slack
drops: its `app_rate_limited` notice is acknowledged and logged.
"""

import logging

from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from adapters.observability import DUPLICATE, note_outcome
from adapters.runtime import Runtime
from knowledge.errors import StoreUnavailable

log = logging.getLogger("rolecall.slack")


class AnswerOnce(AsyncMiddleware):
    """A Bolt middleware that lets only an event's first delivery through."""

    def __init__(self, runtime: Runtime):
        self.runtime = runtime

    async def async_process(self, *, req: AsyncBoltRequest, resp: BoltResponse, next) -> BoltResponse:
        body = req.body
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if not event_id:  # slash commands and button presses are not retried
            return await next()
        try:
            first = await self.runtime.first_delivery(f"slack:{event_id}")
        except StoreUnavailable as error:
            # A 5xx would make Slack retry into the outage; the answer will
            # most likely be "try again shortly", acknowledged with a 200.
            log.warning("Slack event %s: could not record its delivery (%s); answering it anyway", event_id, error)
            return await next()
        except Exception:  # any other failure of the store: a rare double answer beats a retry storm
            log.exception("Slack event %s: could not record its delivery; answering it anyway", event_id)
            return await next()
        if first:
            return await next()
        note_outcome(DUPLICATE)
        retry = (req.headers.get("x-slack-retry-num") or ["?"])[0]
        log.info("Slack event %s was already answered; delivery (retry %s) acknowledged and dropped",
                 event_id, retry)
        return BoltResponse(status=200, body="")


async def rate_limited_notice(req: AsyncBoltRequest, resp: BoltResponse, next) -> BoltResponse:
    """A Bolt middleware for Slack's notice that it stopped delivering the
    app's events for a minute (over 30,000 an hour): it wants a 200, and the
    on-call engineer wants to know, since questions of that minute went unheard."""
    body = req.body
    if body.get("type") != "app_rate_limited":
        return await next()
    log.warning("Slack rate-limited event deliveries to this app (team %s, minute %s): events of that minute "
                "were dropped", body.get("team_id"), body.get("minute_rate_limited"))
    return BoltResponse(status=200, body="")
