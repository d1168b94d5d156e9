"""Job descriptions sent to RoleCall in a Teams personal chat: the Teams half
of `bot.admin_documents`. A file attachment is fetched only for an admin,
from an allowed host, within caps (adapters/downloads.py); anyone else is
refused. The preview card's "Add to RoleCall" / "Cancel" presses are
checked again (an admin, their own preview).
"""

import functools
import logging

from botbuilder.schema import Activity

from adapters.admin import REFUSED_DOCUMENTS, AdminCommands, is_document_command
from adapters.downloads import TEAMS_HOSTS, DownloadRefused, download
from adapters.runtime import Runtime
from adapters.teams.render import ACTION_KEY, Reply, render_reply
from bot import admin_documents as docs

log = logging.getLogger("rolecall.teams.documents")

PLATFORM = "teams"
FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info"  # a file sent in a personal chat
DOCUMENT_ACTION = "document"  # the card data's ACTION_KEY value for Add / Cancel
PERSONAL = "personal"  # a one-to-one chat: every message there is for the bot


def _files(activity: Activity) -> list:
    return [a for a in activity.attachments or () if a.content_type == FILE_DOWNLOAD_INFO]


def _pressed(activity: Activity) -> dict | None:
    value = activity.value
    return value if isinstance(value, dict) and value.get(ACTION_KEY) == DOCUMENT_ACTION else None


def sender_ids(activity: Activity) -> tuple:
    """The ids ROLECALL_ADMINS may name the sender by: Teams id and Entra object id."""
    sender = activity.from_property
    return (sender.id, sender.aad_object_id) if sender is not None else ()


def _text(activity: Activity) -> str:
    return (activity.text or "").strip()


def is_document_message(activity: Activity) -> bool:
    """A personal-chat message this module answers."""
    if (activity.conversation.conversation_type or PERSONAL) != PERSONAL:
        return False
    text = _text(activity)
    return bool(_files(activity) or _pressed(activity)
                or is_document_command(text))


async def reply_to(activity: Activity, runtime: Runtime, admin: AdminCommands) -> Activity | None:
    """The reply to a document, a preview's button or a document command;
    None when the message is none of these (it is then a question)."""
    if not is_document_message(activity):
        return None
    sender = activity.from_property
    if not admin.allows(*sender_ids(activity)):
        log.info("Teams: a document or document command from a user not in ROLECALL_ADMINS; not opened")
        return drawn(docs.Reply(docs.NOT_ADMIN if _files(activity) else REFUSED_DOCUMENTS))
    who = sender.aad_object_id or sender.id
    try:
        reply = await _admin_reply(activity, runtime, admin, who)
    except DownloadRefused as refused:
        log.info("Teams: a document was not downloaded: %s", refused)
        reply = docs.cannot_read(f"I couldn't download it: {refused}.")
    except Exception:
        log.exception("Teams: a document from an admin failed")
        reply = docs.cannot_read("Something went wrong on our side; nothing changed.")
    runtime.assistant.knowledge.expire()  # this process answers from what changed at once
    return drawn(reply)


async def _admin_reply(activity: Activity, runtime: Runtime, admin: AdminCommands, who: str) -> docs.Reply:
    store, minutes = runtime.assistant.store, admin.preview_minutes

    def run(function, *args, **keywords):
        return runtime.run(functools.partial(function, *args, **keywords))

    pressed = _pressed(activity)
    if pressed is not None:
        kind, preview_id = pressed.get("do"), pressed.get("preview")
        if kind not in (docs.ADD, docs.CANCEL) or not isinstance(preview_id, str):
            return await run(docs.press, store, docs.ADD, "", who=who)  # "not one of your previews"
        return await run(docs.press, store, kind, preview_id, who=who, minutes=minutes)
    files = _files(activity)
    if files:
        if len(files) != 1:
            return docs.cannot_read("Send one document at a time.")
        content = files[0].content if isinstance(files[0].content, dict) else {}
        name = files[0].name or "document.txt"
        data = await download(content.get("downloadUrl") or "", hosts=admin.downloads.allowed_hosts(TEAMS_HOSTS),
                              limits=admin.downloads, name=name)
        return await run(docs.preview, store, data, name, who=who, platform=PLATFORM, minutes=minutes)
    return await admin.document_command(runtime, _text(activity), who=who, platform=PLATFORM)


def drawn(reply: docs.Reply) -> Activity:
    """The reply as a Teams message: the answer's card, with the preview's
    Action.Submit buttons when it has any."""
    from adapters.teams.bot import reply_activity  # the bot module imports this one

    base = render_reply(reply.answer)
    card = base.card
    if reply.actions:
        card = {**(card or {"type": "AdaptiveCard", "version": "1.4", "body": []}),
                "actions": [{"type": "Action.Submit", "title": a.label,
                             "data": {ACTION_KEY: DOCUMENT_ACTION, "do": a.action, "preview": a.preview_id}}
                            for a in reply.actions]}
    return reply_activity(Reply(text=base.text, summary=base.summary, card=card))
