"""The Teams bot: an activity in, a `Question` to the core, the answer back.
The conversation key is the Teams conversation id (a channel thread's ends
in `;messageid=…`), so follow-ups keep their context.
"""

import copy
import hashlib
import logging

from botbuilder.core import ActivityHandler, CardFactory, InvokeResponse, TurnContext
from botbuilder.schema import (Activity, ActivityTypes, AttachmentLayoutTypes, ChannelAccount, InputHints,
                               TextFormatTypes)

from adapters.admin import AdminCommands
from adapters.observability import DUPLICATE, logged_id, note_outcome
from adapters.runtime import Runtime
from adapters.teams import documents
from adapters.teams.documents import FILE_DOWNLOAD_INFO, PERSONAL, sender_ids
from adapters.teams.render import Reply, feedback_from_value, question_from_value, render_reply
from bot import HELP, Answer, Question, Suggestion
from bot.text import cap
from knowledge import StoreUnavailable

log = logging.getLogger("rolecall.teams")

PLATFORM = "teams"
# The dedup table's key column holds 255 characters.
MAX_KEY_CHARS = 255

WELCOME_TITLE = "Hi, I'm RoleCall."
WELCOME_TEXT = (
    "Ask me about a job role: what it owns, what it pays, the experience it needs. "
    "In a channel, @mention me; in a chat with me, just ask."
)
# Shown when the core's help answer offers no examples of its own.
WELCOME_EXAMPLES = (
    Suggestion("What does a Lead Back End Engineer own?", "What does a Lead Back End Engineer own?"),
    Suggestion("Salary for a Global Lead Engineer", "What is the salary for a Global Lead Engineer?"),
    Suggestion("help", "help"),
)
MAX_WELCOME_EXAMPLES = 3

# An Adaptive Card's Action.Execute arrives as this invoke (Universal Actions),
# and is answered, even in error, with a body of this type.
ADAPTIVE_CARD_ACTION = "adaptiveCard/action"
INVOKE_ERROR = "application/vnd.microsoft.error"


class RoleCallBot(ActivityHandler):
    def __init__(self, runtime: Runtime, admin: AdminCommands | None = None):
        self._runtime = runtime
        self._admin = admin or AdminCommands()

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        if documents.is_document_message(activity):  # a file, a preview's button, an admin's document command
            if await self._first_delivery(activity):
                await self._question_beside_a_file(turn_context)
                await turn_context.send_activity(await documents.reply_to(activity, self._runtime, self._admin))
            return
        text = question_text(activity)
        press = feedback_from_value(activity.value)  # a 👍/👎 under an answer
        if (text is None and press is None) or not await self._first_delivery(activity):
            return
        answer = await self._for_operators(activity, text, press) or await self._ask(activity, text)
        if answer is None:  # over the rate limit, and already told so
            return
        await turn_context.send_activity(reply_activity(render_reply(answer)))

    async def _question_beside_a_file(self, turn_context: TurnContext) -> None:
        """A file from someone who is not an admin, with a question typed
        beside it: the question is answered before they hear that files are
        for admins (it used to be that line alone, the question unheard)."""
        activity = turn_context.activity
        has_file = any(getattr(a, "content_type", None) == FILE_DOWNLOAD_INFO for a in activity.attachments or ())
        text = question_text(activity) if activity.value is None else None
        if not has_file or not text or self._admin.allows(*sender_ids(activity)):
            return
        answer = await self._ask(activity, text)
        if answer is not None:
            await turn_context.send_activity(reply_activity(render_reply(answer)))

    async def _for_operators(self, activity: Activity, text: str | None, press) -> Answer | None:
        """The reply to a 👍/👎 press or to "admin reload" (a refusal for
        anyone not in ROLECALL_ADMINS); None for a question."""
        if press is not None:
            return await self._runtime.rate(press, PLATFORM, user_id(activity))
        command = self._admin.command(text)
        if command is None:
            return None
        return await self._admin.run(self._runtime, command, *sender_ids(activity), platform=PLATFORM)

    async def _ask(self, activity: Activity, text: str) -> Answer | None:
        return await self._runtime.answer(Question(text=text, platform=PLATFORM, user_id=user_id(activity),
                                                   conversation_key=activity.conversation.id))

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        """RoleCall implements no invoke, and botbuilder's 501 shows as "Unable to
        reach app": an `adaptiveCard/action` gets the Universal Actions error
        (400 "BadRequest" for a value not an object, else "NotSupported"), any
        other invoke a 200 without a body (botbuilder-dotnet#6242, #3177)."""
        activity = turn_context.activity
        if activity.name != ADAPTIVE_CARD_ACTION:
            return InvokeResponse(status=200)
        if isinstance(activity.value, dict):
            code, message = "NotSupported", "RoleCall's cards do not use Action.Execute"
        else:
            code, message = "BadRequest", "the value of an adaptiveCard/action must be an object"
        return InvokeResponse(status=400, body={"statusCode": 400, "type": INVOKE_ERROR,
                                                "value": {"code": code, "message": message}})

    async def on_members_added_activity(self, members_added: list[ChannelAccount],
                                        turn_context: TurnContext) -> None:
        """One welcome when the bot itself joins a team, a group chat or a
        personal chat; people joining a team the bot is in get nothing."""
        activity = turn_context.activity
        if not any(member.id == activity.recipient.id for member in members_added):
            return
        if not await self._first_delivery(activity):
            return
        await turn_context.send_activity(reply_activity(render_reply(await self._welcome())))

    async def _welcome(self) -> Answer:
        """A greeting and three example questions as buttons. The examples
        are the core's own help examples, so they name roles the store has;
        the fixed ones stand in only if help has none."""
        help_answer = await self._runtime.answer(Question(text="help", platform=PLATFORM, logged=False))
        examples = [Suggestion(item.text, item.text) for section in help_answer.sections
                    for item in section.items] if help_answer.kind == HELP else []
        return Answer(
            title=WELCOME_TITLE,
            kind=HELP,
            intent="welcome",
            summary=WELCOME_TEXT,
            suggestions=tuple(examples or WELCOME_EXAMPLES)[:MAX_WELCOME_EXAMPLES],
        )

    async def _first_delivery(self, activity: Activity) -> bool:
        """Teams delivers an activity again when it thinks the bot was slow:
        only the first delivery, in any process, is answered."""
        if not activity.id:
            return True
        key = delivery_key(activity.conversation.id, activity.id)
        try:
            first = await self._runtime.first_delivery(key)
        except StoreUnavailable as error:  # the answer will say "try again shortly"
            log.warning("could not record Teams activity %s (%s); answering anyway", logged_id(activity.id), error)
            return True
        except Exception:  # a rare double answer beats silence
            log.exception("could not record Teams activity %s; answering anyway", logged_id(activity.id))
            return True
        if not first:
            note_outcome(DUPLICATE)
        return first


def question_text(activity: Activity) -> str | None:
    """What the user asks, or None when the activity asks nothing of us."""
    if activity.value is not None:
        return question_from_value(activity.value)  # a card button
    if not activity.text:
        return None
    text, to_bot = _without_bot_mention(activity)
    if not to_bot and (activity.conversation.conversation_type or PERSONAL) != PERSONAL:
        return None  # channels and group chats: only when @mentioned
    return cap(" ".join(text.split())) or "help"  # a bare @mention; the core reads no more than `cap` keeps


def _without_bot_mention(activity: Activity) -> tuple[str, bool]:
    """The text without the bot's `<at>` tag, other people's mentions as
    their names, and whether the bot is mentioned. Unlike
    TurnContext.remove_recipient_mention, which deletes every occurrence of
    the bot's name, only the tag itself is removed."""
    text, to_bot = activity.text or "", False
    for entity in activity.entities or ():
        if (entity.type or "").lower() != "mention":
            continue
        props = entity.additional_properties or {}
        mentioned = props.get("mentioned") or {}
        is_bot = mentioned.get("id") == activity.recipient.id
        to_bot = to_bot or is_bot
        if props.get("text"):
            text = text.replace(props["text"], " " if is_bot else mentioned.get("name") or "")
    return text, to_bot


def user_id(activity: Activity) -> str | None:
    sender = activity.from_property
    return None if sender is None else sender.aad_object_id or sender.id


def delivery_key(conversation_id: str, activity_id: str) -> str:
    key = f"teams:{conversation_id}:{activity_id}"
    if len(key) > MAX_KEY_CHARS:  # never cut off the activity id
        digest = hashlib.sha256(conversation_id.encode("utf-8")).hexdigest()
        key = f"teams:{digest}:{activity_id}"[:MAX_KEY_CHARS]
    return key


class _Reply(Activity):
    """A reply that botbuilder copies cheaply. botbuilder deep-copies every
    activity it sends, then only sets the copy's addresses and ids, so a copy
    of the reply's own attributes is enough; the card (a few hundred nodes,
    drawn once per answer and shared between replies: see `render_card`) is
    never copied, and nothing changes it."""

    def __deepcopy__(self, memo) -> "_Reply":
        return copy.copy(self)


def reply_activity(reply: Reply) -> Activity:
    """The message Teams shows: the plain line, then the card. `summary` is
    the whole answer as plain text for clients that cannot draw cards.
    Built as botbuilder's `MessageFactory.text` and `.attachment` build it."""
    if reply.card is None:
        activity = _Reply(type=ActivityTypes.message, text=reply.text, input_hint=InputHints.accepting_input)
    else:
        activity = _Reply(type=ActivityTypes.message, text=reply.text or None, attachments=[
            CardFactory.adaptive_card(reply.card)], attachment_layout=AttachmentLayoutTypes.list)
    activity.summary = reply.summary
    # Plain: whatever the answer repeats from the user (`<at>`, HTML,
    # Markdown) is shown as typed, and no mention entity is ever attached.
    activity.text_format = TextFormatTypes.plain
    return activity
