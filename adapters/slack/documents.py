"""Job descriptions sent to RoleCall in a Slack DM: the Slack half of
`bot.admin_documents`. A shared file, "admin add", "admin remove" and
"admin sources" go through `handle_direct_message`; a non-admin's file is
refused and never fetched. An admin's file is fetched (adapters/downloads.py)
and previewed with "Add to RoleCall" / "Cancel", each press checked again.
"""

import functools
import logging
import re

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from adapters.admin import REFUSED_DOCUMENTS, AdminCommands, is_document_command
from adapters.downloads import SLACK_HOSTS, DownloadRefused, download
from adapters.runtime import Runtime
from adapters.slack.buttons import Asked
from adapters.slack.markup import CONTROL_SEQUENCE
from adapters.slack.render import MAX_BLOCKS, render_message
from bot import Answer
from bot import admin_documents as docs

log = logging.getLogger("rolecall.slack.documents")

PLATFORM = "slack"
# Action ids of the preview's buttons: "rolecall_document:add" / ":cancel".
ACTION = "rolecall_document"


def is_document_message(event: dict) -> bool:
    """A DM this module answers: a file shared, or an admin document command."""
    if event.get("channel_type") != "im" or event.get("bot_id"):
        return False
    if event.get("subtype") == "file_share":
        return True
    if event.get("subtype"):
        return False
    text = (event.get("text") or "").strip()
    return bool(is_document_command(text))


async def handle_direct_message(event: dict, client: AsyncWebClient, runtime: Runtime,
                                admin: AdminCommands) -> bool:
    """Answer a DM that carries a document or a document command; False
    when it is neither (the DM is then a question, or nothing)."""
    if not is_document_message(event):
        return False
    user, channel = event.get("user"), event.get("channel")
    if not user:
        return True
    if not admin.allows(user):
        log.info("Slack: a document or document command from a user not in ROLECALL_ADMINS; not opened")
        await _post(client, channel, docs.NOT_ADMIN if event.get("subtype") == "file_share" else REFUSED_DOCUMENTS)
        return True
    reply = await _admin_reply(event, client, runtime, admin, user)
    await _post(client, channel, reply.answer, reply.actions)
    return True


def install(bolt: AsyncApp, runtime: Runtime, admin: AdminCommands) -> None:
    """The listener of the preview's buttons."""

    @bolt.action(re.compile(f"^{ACTION}:"))
    async def document_button(ack, body: dict, action: dict, respond) -> None:
        await ack()
        user = (body.get("user") or {}).get("id")
        kind = (action.get("action_id") or "").partition(":")[2]
        if kind not in (docs.ADD, docs.CANCEL):
            return
        if not admin.allows(user):
            log.info("Slack: a document button pressed by a user not in ROLECALL_ADMINS; refused")
            await respond(replace_original=False, response_type="ephemeral",
                          **render_message(REFUSED_DOCUMENTS, Asked("")))
            return
        try:
            reply = await runtime.run(functools.partial(docs.press, runtime.assistant.store, kind,
                                                        action.get("value") or "", who=user,
                                                        minutes=admin.preview_minutes))
        except Exception:
            log.exception("Slack: a document button failed")
            reply = docs.Reply(docs.cannot_read("Something went wrong on our side; nothing changed.").answer)
        runtime.assistant.knowledge.expire()  # this process answers from what was added at once
        await respond(replace_original=True, **render_message(reply.answer, Asked("")))


async def _admin_reply(event: dict, client: AsyncWebClient, runtime: Runtime, admin: AdminCommands,
                       user: str) -> docs.Reply:
    try:
        if event.get("subtype") != "file_share":
            return await admin.document_command(runtime, (event.get("text") or "").strip(), who=user,
                                                platform=PLATFORM, pasted=_pasted)
        files = event.get("files") or []
        if len(files) != 1:
            return docs.cannot_read("Send one document at a time.")
        name, data = await _fetch(files[0], client, admin)
        return await runtime.run(functools.partial(docs.preview, runtime.assistant.store, data, name, who=user,
                                                   platform=PLATFORM, minutes=admin.preview_minutes))
    except DownloadRefused as refused:
        log.info("Slack: a document was not downloaded: %s", refused)
        return docs.cannot_read(f"I couldn't download it: {refused}.")
    except Exception:
        log.exception("Slack: a document from an admin failed")
        return docs.cannot_read("Something went wrong on our side; nothing was added.")


async def _fetch(shared: dict, client: AsyncWebClient, admin: AdminCommands) -> tuple[str, bytes]:
    """The file's name and bytes: files.info for its download URL (an
    event's file may be partial), then the download with the bot token."""
    info = (await client.files_info(file=shared.get("id") or "")).get("file") or {}
    url = info.get("url_private_download") or info.get("url_private") or ""
    name = info.get("name") or shared.get("name") or "document.txt"
    size = info.get("size")
    if isinstance(size, int) and size > admin.downloads.max_bytes:
        raise DownloadRefused(f"the file is over {admin.downloads.max_bytes:,} bytes (ROLECALL_MAX_DOCUMENT_BYTES)")
    data = await download(url, hosts=admin.downloads.allowed_hosts(SLACK_HOSTS), limits=admin.downloads,
                          headers={"Authorization": f"Bearer {client.token}"}, name=name)
    return name, data


def _pasted(text: str) -> str:
    """A posting pasted into Slack, as typed: Slack's links shown as their
    label and its three escaped characters decoded; lines kept."""
    def shown(match) -> str:
        target, _, label = match.group(1).partition("|")
        return label or target

    plain = CONTROL_SEQUENCE.sub(shown, text)
    return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


async def _post(client: AsyncWebClient, channel: str | None, answer: Answer,
                actions: tuple[docs.Action, ...] = ()) -> None:
    message = dict(render_message(answer, Asked("")))  # a copy: the renderer may hand out a cached one
    if actions:
        blocks = list(message.get("blocks", []))[:MAX_BLOCKS - 1]  # the buttons matter more than a last line
        message["blocks"] = [*blocks, {"type": "actions", "elements": [
            {"type": "button", "action_id": f"{ACTION}:{a.action}", "text": {"type": "plain_text", "text": a.label},
             "value": a.preview_id, **({"style": "primary"} if a.action == docs.ADD else {})} for a in actions]}]
    try:
        await client.chat_postMessage(channel=channel, **message)
    except Exception:
        log.exception("Slack: posting a document reply to %s failed", channel)
