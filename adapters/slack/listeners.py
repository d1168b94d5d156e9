"""Where RoleCall listens in Slack: mentions, DMs and button presses, each as
two conversions and a call. Bolt sends its HTTP response when a listener
returns, so answers are *posted* after it (`in_background`) and a slow Web
API never makes Slack retry an answered event. Conversation keys: a mention
per thread, a DM per DM, so "and the salary?" follows on.
"""

import asyncio
import hashlib
import json
import logging
import re

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.admin import AdminCommands
from adapters.observability import DUPLICATE, FEEDBACK, note_delivery_failure, note_outcome
from adapters.slack import buttons, documents
from adapters.slack.buttons import Asked
from adapters.slack.markup import question_text
from adapters.slack.render import fit_fallback, message_json, render_message
from adapters.runtime import APOLOGY, Runtime
from adapters.slack.web_api import failure_cause
from bot import Answer, Question
from bot.feedback import read_press

log = logging.getLogger("rolecall.slack")

PLATFORM = "slack"
# What an empty `/rolecall` or an empty DM asks: the examples.
HELP_QUESTION = "help"
# The messages in a DM that are questions: plain ones, and a thread's reply
# that was also sent to the DM ("Also send to direct message").
QUESTION_SUBTYPES = (None, "thread_broadcast")
# How much of Slack's answer to a failed post goes into the log: its error,
# not a whole error page.
MAX_LOGGED_BODY = 300
# Posts to a response URL in all when Slack answers 5xx or 429, or the
# connection breaks (as many as the Web API client makes), and the first wait.
RESPONSE_URL_ATTEMPTS = 3
RESPONSE_URL_BACKOFF_SECONDS = 0.5


def conversation_key(context, channel: str | None, *scope: str) -> str:
    """`slack:<workspace>:<channel>[:<scope>…]`, e.g. a thread's
    `slack:T1:C1:thread:1700000000.000100`."""
    workspace = context.team_id or context.enterprise_id or "-"
    return ":".join(["slack", workspace, channel or "-", *scope])


def register(bolt: AsyncApp, runtime: Runtime, admin: AdminCommands) -> None:
    """Add RoleCall's listeners to `bolt`: every event type the manifest
    subscribes to has one, since an unhandled event gets a 404 that Slack
    retries. `admin` says who may add documents. Slash commands are not
    here: adapters/slack/commands.py answers them."""

    async def answer(asked: Asked, user_id: str | None, *, logged: bool = True) -> Answer | None:
        """The answer, or None when there is nothing to send (see `Runtime.answer`)."""
        question = Question(text=asked.question or HELP_QUESTION, platform=PLATFORM,
                            user_id=user_id, conversation_key=asked.conversation_key, logged=logged)
        return await runtime.answer(question)

    async def pressed(ack, body: dict, action: dict, *, logged: bool = True, once: bool = False):
        """A button's question and its answer, the press acknowledged; None
        when there is nothing to send (a value RoleCall did not write, a
        second share of one answer, a rate limit already told)."""
        await ack()
        asked = buttons.decode(action.get("value"))
        if asked is None:
            log.warning("Slack: ignored a press of %r with a value RoleCall did not write", action.get("action_id"))
            return None
        if once and not await _first_share(runtime, body, action):
            return None
        reply = await answer(asked, _user(body), logged=logged)
        return None if reply is None else (asked, reply)

    @bolt.event("app_mention")
    async def mention(event: dict, context, client: AsyncWebClient) -> None:
        """`@RoleCall …` in a channel: the answer goes into the thread."""
        channel = event.get("channel")
        if not channel or channel.startswith("D") or event.get("bot_id"):
            return  # a DM is answered as a message below; bots are not asked
        root = event.get("thread_ts") or event.get("ts")
        asked = Asked(question_text(event.get("text")), conversation_key(context, channel, "thread", root or "-"))
        reply = await answer(asked, event.get("user"))
        if reply is None:
            return
        in_background(_post(client, channel=channel, thread_ts=root, message=drawn_json(reply, asked)))

    @bolt.event("message")
    async def direct_message(event: dict, context, client: AsyncWebClient) -> None:
        """Every message in a DM is a question, a thread's reply also sent
        to the DM too. Edits, deletions, joins, bots and RoleCall's own
        messages are not (no loops)."""
        if documents.is_document_message(event):  # a file, or an admin's document command
            in_background(_document_message(event, context, client))
            return
        user = event.get("user")
        if (event.get("channel_type") != "im" or event.get("subtype") not in QUESTION_SUBTYPES or event.get("bot_id")
                or not user or user == context.bot_user_id):
            return
        channel = event.get("channel")
        asked = Asked(question_text(event.get("text")), conversation_key(context, channel))
        reply = await answer(asked, user)
        if reply is None:
            return
        in_background(_post(client, channel=channel, thread_ts=event.get("thread_ts"),
                            message=drawn_json(reply, asked)))

    async def _document_message(event: dict, context, client: AsyncWebClient) -> None:
        """A file from someone who is not an admin, with a question typed
        beside it: the question is answered, then they hear that files are
        for admins (it used to be that line alone, the question unheard)."""
        user, channel = event.get("user"), event.get("channel")
        asked = Asked(question_text(event.get("text")), conversation_key(context, channel))
        if event.get("subtype") == "file_share" and asked.question and user and not admin.allows(user):
            reply = await answer(asked, user)
            if reply is not None:
                await _post(client, channel=channel, thread_ts=event.get("thread_ts"),
                            message=drawn_json(reply, asked))
        await documents.handle_direct_message(event, client, runtime, admin)

    documents.install(bolt, runtime, admin)  # the preview's Add to RoleCall / Cancel

    @bolt.event(re.compile(r".*"))
    async def any_other_event(event: dict) -> None:
        """Acknowledged and left alone: should someone subscribe the app to
        more events, an unhandled one would get a 404 and Slack's retries."""
        log.debug("Slack: ignored a %s event", event.get("type"))

    @bolt.action(re.compile(f"^{buttons.ASK}:"))
    async def ask_button(ack, body: dict, action: dict, respond, client: AsyncWebClient) -> None:
        """A follow-up or a choice: asked in the conversation of the message.
        A private answer is replaced in place; elsewhere the answer is posted
        where the message is, so the thread reads as a conversation."""
        if (press := await pressed(ack, body, action)) is None:
            return
        asked, reply = press
        if _is_private(body):
            in_background(post_to_response_url(respond, replace_original=True,
                                               **drawn(reply, asked, shareable=True, echo_question=True)))
        else:
            channel, thread_ts = _where(body)
            in_background(_post(client, channel=channel, thread_ts=thread_ts,
                                 message=drawn_json(reply, asked, echo_question=True)))

    @bolt.action(re.compile(f"^{buttons.MORE}:"))
    async def show_more(ack, body: dict, action: dict, respond) -> None:
        """The same answer again with its long lists in full, in place."""
        if (press := await pressed(ack, body, action, logged=False)) is None:  # the same answer, drawn again
            return
        asked, reply = press
        in_background(post_to_response_url(respond, replace_original=True,
                                           **drawn(reply, asked, expanded=True, shareable=_is_private(body))))

    @bolt.action(re.compile(f"^{buttons.SHARE}:"))
    async def share_in_channel(ack, body: dict, action: dict, respond) -> None:
        """A private answer posted for everyone in the channel, through the
        response URL, which works even where RoleCall is not a member; once
        per answer, however often the press arrives (see `_first_share`)."""
        if (press := await pressed(ack, body, action, logged=False, once=True)) is None:  # shown to everyone
            return
        asked, reply = press
        in_background(post_to_response_url(respond, response_type="in_channel", replace_original=False,
                                           **drawn(reply, asked, echo_question=True, shared_by=_user(body))))

    @bolt.action(re.compile(f"^{buttons.FEEDBACK}:"))
    async def feedback_button(ack, body: dict, action: dict, respond) -> None:
        """👍/👎: recorded, and only the person who pressed is thanked (a
        private message), so the buttons stay for everyone else in a channel."""
        press = read_press(action.get("value"))
        if press is None or action.get("action_id") != f"{buttons.FEEDBACK}:{press.vote}":
            await ack()
            log.warning("Slack: ignored a feedback press with a value RoleCall did not write")
            return
        note_outcome(FEEDBACK)  # before the acknowledgement, which writes the request line
        await ack()
        thanks = await runtime.rate(press, PLATFORM, _user(body))
        in_background(post_to_response_url(respond, response_type="ephemeral", replace_original=False,
                                           **drawn(thanks, Asked(""))))


def drawn(answer: Answer, asked: Asked, **options) -> dict:
    """The message for `answer`; should drawing it fail, an apology instead
    of silence (the cause goes to the log)."""
    try:
        return render_message(answer, asked, **options)
    except Exception:
        log.exception("Slack: drawing an answer failed (intent=%s)", answer.intent)
        return {"text": fit_fallback(APOLOGY)}


def drawn_json(answer: Answer, asked: Asked, *, response_type: str | None = None, **options) -> str:
    """`drawn` as the JSON text of the message (see `message_json`), with
    `response_type` when one is given (a response URL's, an acknowledgement's)."""
    try:
        return message_json(answer, asked, response_type=response_type, **options)
    except Exception:
        log.exception("Slack: drawing an answer failed (intent=%s)", answer.intent)
        apology = {"text": fit_fallback(APOLOGY)}
        return json.dumps(apology if response_type is None else {**apology, "response_type": response_type})


# Work that outlives its listener: the messages posted after the
# acknowledgement (a mention's answer, a button's), an admin's reload. Held
# here so the event loop does not lose it before it is done, and so that
# shutdown can wait for it (`finish_background`).
_BACKGROUND: set[asyncio.Task] = set()


def in_background(coroutine) -> None:
    task = asyncio.ensure_future(coroutine)
    _BACKGROUND.add(task)
    task.add_done_callback(_BACKGROUND.discard)


async def finish_background(timeout: float) -> int:
    """Wait up to `timeout` seconds for the messages still being posted (the
    web process's shutdown, before the Web API session closes); the number
    that did not finish in time."""
    loop = asyncio.get_running_loop()
    pending = {task for task in _BACKGROUND if not task.done() and task.get_loop() is loop}
    if not pending:
        return 0
    _done, late = await asyncio.wait(pending, timeout=timeout)
    return len(late)


async def _first_share(runtime: Runtime, body: dict, action: dict) -> bool:
    """Whether this is the first press of "Share in channel" on this answer in
    any process (a replay would post it again), kept in the store like an event id."""
    container = body.get("container") or {}
    team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id") or "-"
    value = hashlib.sha256((action.get("value") or "").encode("utf-8", "surrogatepass")).hexdigest()[:32]
    key = f"slack:share:{team}:{container.get('channel_id') or '-'}:{container.get('message_ts') or '-'}:{value}"
    try:
        first = await runtime.first_delivery(key)
    except Exception as error:  # the store is out of reach: a rare second share beats none
        log.warning("Slack: could not record a share (%s); sharing anyway", type(error).__name__)
        return True
    if not first:
        note_outcome(DUPLICATE)
        log.info("Slack: this answer was already shared in %s; press acknowledged and dropped",
                 container.get("channel_id"))
    return first


def _user(body: dict) -> str | None:
    return (body.get("user") or {}).get("id")


def _is_private(body: dict) -> bool:
    return bool((body.get("container") or {}).get("is_ephemeral"))


def _where(body: dict) -> tuple[str | None, str | None]:
    """The channel and thread to answer a button press of a public message
    in: the message's thread, or a new thread under it; in a DM, the DM."""
    container = body.get("container") or {}
    message = body.get("message") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    if message.get("thread_ts"):
        return channel, message["thread_ts"]
    if channel and channel.startswith("D"):
        return channel, None
    return channel, message.get("ts") or container.get("message_ts")


async def _post(client: AsyncWebClient, *, channel: str | None, thread_ts: str | None, message: str) -> None:
    """Post `message`, a message's JSON text (`drawn_json`); the client
    retries what may pass on a second try (`web_api`), so a failure here is
    final: logged with its cause and counted."""
    try:
        await client.api_call("chat.postMessage", data=post_body(client, message, channel=channel, thread_ts=thread_ts),
                              headers=POST_HEADERS)
    except Exception as error:
        _delivery_failed(f"chat.postMessage to {channel}", error)


# chat.postMessage's body goes as JSON text, as `chat_postMessage` sends it.
POST_HEADERS = {"Content-Type": "application/json;charset=utf-8"}


def post_body(client: AsyncWebClient, message: str, *, channel: str | None, thread_ts: str | None) -> bytes:
    """What `client.chat_postMessage(channel=…, thread_ts=…, **message)` sends
    (the same fields: where it goes, the client's default fields, the
    message), with the message's JSON text as it was drawn once per answer
    rather than encoded again at every asking (bench/README.md)."""
    where = {name: value for name, value in (("channel", channel), ("thread_ts", thread_ts)) if value is not None}
    where.update((name, value) for name, value in client.default_params.items() if name not in where)
    return (json.dumps(where)[:-1] + ", " + message[1:]).encode() if where else message.encode()


async def post_to_response_url(respond, **message) -> None:
    """Post to the response URL. Bolt's sender does not retry, so a 5xx, a
    429 or a broken connection is tried again here, as the Web API client
    would (Slack takes up to five posts to one response URL)."""
    for attempt in range(1, RESPONSE_URL_ATTEMPTS + 1):
        try:
            response = await respond(**message)
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            cause, detail = failure_cause(error), (str(error) or type(error).__name__)
        except Exception as error:
            _delivery_failed("posting to the response URL", error)
            return
        else:
            if response.status_code == 200:
                return
            cause, detail = f"http_{response.status_code}", str(response.body)
            if response.status_code < 500 and response.status_code != 429:
                break  # refused for good: the message itself, or the URL has expired
        if attempt < RESPONSE_URL_ATTEMPTS:
            await asyncio.sleep(RESPONSE_URL_BACKOFF_SECONDS * 2 ** (attempt - 1))
    log.error("Slack: posting to the response URL failed: %s (%s)", cause, detail[:MAX_LOGGED_BODY])
    note_delivery_failure(PLATFORM, cause)


def _delivery_failed(what: str, error: Exception) -> None:
    """One log line with the cause (a traceback only for what is not a Web
    API failure, i.e. a bug of ours), and the metric."""
    cause = failure_cause(error)
    if cause == "error" and not isinstance(error, SlackApiError):
        log.exception("Slack: %s failed", what)
    else:
        detail = getattr(error.response, "data", None) if isinstance(error, SlackApiError) else error
        log.error("Slack: %s failed: %s (%s)", what, cause, (str(detail) or type(detail).__name__)[:MAX_LOGGED_BODY])
    note_delivery_failure(PLATFORM, cause)
