"""Slash commands, answered by a plain aiohttp handler instead of Bolt, whose
dispatch cost more than the answer (bench/README.md, "Slash commands without
Bolt"). It does what Bolt did: the signature and its five-minute window
(401), no answer while the bot token is unverified (503), a failure as a 503.
Over Socket Mode Bolt hands the command to `bolt_listener`; both end in `reply`.
"""

import hashlib
import hmac
import json
import logging
import time
from urllib.parse import unquote

from aiohttp import web
from slack_bolt.context.respond.async_respond import AsyncRespond

from adapters.admin import AdminCommands
from adapters.runtime import Runtime
from adapters.slack import listeners
from adapters.slack.buttons import Asked
from adapters.slack.markup import question_text
from adapters.slack.token import REQUEST_CHECK_SECONDS, TokenCheck
from bot import Question
from bot.operators import reload_started

log = logging.getLogger("rolecall.slack")

JSON = "application/json"
# What Bolt answers a request whose signature or timestamp is wrong.
REFUSED = {"error": "invalid request"}
# How far a request's timestamp may be from now: Slack's (and Bolt's) five minutes.
TIMESTAMP_WINDOW_SECONDS = 5 * 60


def signed_by_slack(secret: str, data: bytes, timestamp: str, signature: str) -> bool:
    """Whether `signature` is Slack's for the body bytes `data` at
    `timestamp`, within the window. Over the bytes as they came: slack_sdk's
    verifier takes text and encodes it as UTF-8, which is not what was
    signed when the body was decoded in another charset."""
    try:
        if abs(time.time() - int(timestamp)) > TIMESTAMP_WINDOW_SECONDS:
            return False
    except ValueError:
        return False
    base = b"v0:" + timestamp.encode("utf-8", "replace") + b":" + data
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace"))


def command_form(request: web.Request, raw: str) -> dict | None:
    """The fields of `raw` when it is a slash command (a form with a
    `command` field), else None: JSON, a button press (`payload=`), an SSL
    check go to Bolt as they are."""
    if not raw or raw.startswith("{") or request.content_type == JSON:
        return None
    fields = form_fields(raw)
    return fields if "command" in fields and "payload" not in fields else None


def form_fields(raw: str) -> dict[str, str]:
    """`dict(parse_qsl(raw, keep_blank_values=True))`, the same fields for
    any text, in half its time: most fields have nothing to unquote, and
    `parse_qsl` was the largest piece of a command's own work (bench/README.md)."""
    fields = {}
    for pair in raw.split("&"):
        if pair:
            name, _, value = pair.replace("+", " ").partition("=")
            fields[unquote(name) if "%" in name else name] = unquote(value) if "%" in value else value
    return fields


class SlashCommands:
    """Every command name (a workspace admin may rename `/rolecall`),
    answered privately in the acknowledgement."""

    def __init__(self, runtime: Runtime, admin: AdminCommands, token_check: TokenCheck,
                 signing_secret: str | None, client):
        self.runtime, self.admin, self.token_check, self.client = runtime, admin, token_check, client
        self.signing_secret = signing_secret

    async def handle(self, request: web.Request, data: bytes, command: dict) -> web.Response:
        """The HTTP response to a slash command whose body, the bytes `data`,
        parsed as `command` (already checked for shape by the endpoint)."""
        headers = request.headers
        if not self.signing_secret or not signed_by_slack(
                self.signing_secret, data, headers.get("X-Slack-Request-Timestamp", "0"),
                headers.get("X-Slack-Signature", "")):
            return web.json_response(REFUSED, status=401)
        if self.token_check.identity is None and not await self.token_check.verify(REQUEST_CHECK_SECONDS):
            return web.Response(status=503, text="temporarily unavailable")
        respond = AsyncRespond(response_url=command.get("response_url"), proxy=self.client.proxy,
                               ssl=self.client.ssl)
        try:
            reply = await self.reply(command, respond)
        except Exception:  # a bug of ours: Slack shows the asker its own error
            log.exception("Slack: answering the %s command failed", command.get("command"))
            return web.Response(status=503, text="temporarily unavailable")
        if reply is None:
            return web.Response(status=200, text="")
        return web.Response(status=200, text=reply, content_type=JSON)

    async def bolt_listener(self, ack, command: dict, respond) -> None:
        """The same over Socket Mode, where Bolt delivers the command."""
        reply = await self.reply(command, respond)
        await (ack() if reply is None else ack(reply))

    async def reply(self, command: dict, respond) -> str | None:
        """The acknowledgement's JSON text, or None for an empty one (the
        asker is over the rate limit and was told so)."""
        user_id = command.get("user_id")
        workspace = command.get("team_id") or command.get("enterprise_id") or "-"
        key = ":".join(["slack", workspace, command.get("channel_id") or "-", "user", user_id or "-"])
        asked = Asked(question_text(command.get("text")), key)
        admin_word = self.admin.command(asked.question)
        if admin_word is not None:
            return await self._admin(admin_word, user_id, asked, respond)
        question = Question(text=asked.question or listeners.HELP_QUESTION, platform=listeners.PLATFORM,
                            user_id=user_id, conversation_key=asked.conversation_key)
        answer = await self.runtime.answer(question)
        if answer is None:
            return None
        return listeners.drawn_json(answer, asked, response_type="ephemeral", shareable=True)

    async def _admin(self, word: str, user_id: str | None, asked: Asked, respond) -> str:
        """A refusal is the acknowledgement itself. An admin's reload may
        take longer than Slack's 3 seconds, so it is acknowledged at once
        and its outcome follows, privately, through the response URL."""
        platform = listeners.PLATFORM
        if not self.admin.allows(user_id):
            refusal = await self.admin.run(self.runtime, word, user_id, platform=platform)
            return json.dumps({**listeners.drawn(refusal, asked), "response_type": "ephemeral"})

        async def finish() -> None:
            outcome = await self.admin.run(self.runtime, word, user_id, platform=platform)
            await listeners.post_to_response_url(respond, response_type="ephemeral", replace_original=False,
                                               **listeners.drawn(outcome, asked))

        listeners.in_background(finish())
        return json.dumps({**listeners.drawn(reload_started(), asked), "response_type": "ephemeral"})
