"""Slash commands go straight to their one listener once Bolt has checked them.

RoleCall answers a slash command inside its acknowledgement, so the command's
whole cost is in the HTTP response Slack waits for. Bolt would find the
listener by running each listener's matchers, then build the listener's
arguments by name from some thirty candidates (each matcher's too), for a
choice with one outcome: RoleCall has one listener for every command name (a
workspace admin may rename `/rolecall`). The measured gain is in
bench/README.md ("Fifth pass"). This middleware runs after Bolt's own
(SSL check, signature and timestamp, team, URL verification) and AnswerOnce,
hands every slash command to that listener with the arguments it takes, and
returns its acknowledgement. Everything else goes on to Bolt's listeners.
"""

import logging

from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.request.payload_utils import is_slash_command
from slack_bolt.response import BoltResponse

log = logging.getLogger("rolecall.slack")


class CommandListener(AsyncMiddleware):
    """A Bolt middleware that runs `listener(ack, command, context, respond)`
    for every slash command, as Bolt's process-before-response mode would."""

    def __init__(self, listener):
        self.listener = listener

    async def async_process(self, *, req: AsyncBoltRequest, resp: BoltResponse, next) -> BoltResponse:
        body = req.body
        if not is_slash_command(body):
            return await next()
        context = req.context
        ack = context.ack
        await self.listener(ack=ack, command=body, context=context, respond=context.respond)
        if ack.response is None:  # a listener of ours that forgot to acknowledge: Slack shows a failure
            log.error("Slack: the %s command was not acknowledged", body.get("command"))
            return BoltResponse(status=500, body="")
        return ack.response
