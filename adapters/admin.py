"""Admin commands typed in chat, and who may run them: only the exact "admin
reload" (any case) is one, and only users in `ROLECALL_ADMINS` may run it.
The reload and the words of every reply are the core's (`bot.operators`).
"""

import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from adapters.downloads import DownloadLimits
from adapters.runtime import APOLOGY, Runtime
from adapters.settings import Settings
from bot import Answer
from bot import admin_documents as docs
from bot.operators import refuse_admin
from knowledge import bundled_seeds_dir
from knowledge.previews import PREVIEW_MINUTES

log = logging.getLogger("rolecall.admin")

_COMMAND = re.compile(r"admin\s+(reload)[\s.!]*", re.IGNORECASE)
# The document commands (bot.admin_documents), typed alike on every platform.
ADD = re.compile(r"admin\s+add\b[ \t]*\n?(.*)", re.IGNORECASE | re.DOTALL)
REMOVE = re.compile(r"admin\s+remove\b(.*)", re.IGNORECASE | re.DOTALL)
SOURCES = re.compile(r"admin\s+sources[\s.!]*", re.IGNORECASE)
# A document or document command from someone not in ROLECALL_ADMINS.
REFUSED_DOCUMENTS = Answer(title="Only RoleCall admins can add or remove job descriptions.",
                           kind=docs.NOT_ADMIN.kind, intent="admin_refused",
                           summary="Anyone can ask me about the roles I know.")


def is_document_command(text: str) -> bool:
    return bool(ADD.match(text) or REMOVE.match(text) or SOURCES.fullmatch(text))


@dataclass(frozen=True)
class AdminCommands:
    """Who the admins are (platform user ids) and what a reload reads."""

    admins: frozenset[str] = frozenset()
    documents: tuple[str, ...] = ()  # files or folders; empty: the bundled seeds
    # Documents sent in chat (adapters/downloads.py, bot/admin_documents.py).
    downloads: DownloadLimits = DownloadLimits()
    preview_minutes: int = PREVIEW_MINUTES

    @classmethod
    def from_settings(cls, settings: Settings) -> "AdminCommands":
        return cls(admins=settings.admins, documents=settings.documents,
                   downloads=DownloadLimits(settings.download_hosts, settings.max_document_bytes),
                   preview_minutes=settings.preview_minutes)

    def command(self, text: str | None) -> str | None:
        """The admin command `text` is, or None for everything else."""
        match = _COMMAND.fullmatch((text or "").strip())
        return match.group(1).lower() if match else None

    def allows(self, *user_ids: str | None) -> bool:
        """True when any of the person's ids (Teams has two) is an admin's."""
        return any(uid and uid in self.admins for uid in user_ids)

    def paths(self) -> list[str | Path]:
        seeds = bundled_seeds_dir()
        return list(self.documents) or ([seeds] if seeds else [])

    async def document_command(self, runtime: Runtime, text: str, *, who: str, platform: str,
                               pasted=str.strip) -> docs.Reply:
        """The reply to "admin sources", "admin remove <name>" or "admin add"
        and a posting, run on the core's threads; `pasted` turns the
        platform's markup of the posting back into the text as typed."""
        store, minutes = runtime.assistant.store, self.preview_minutes
        if SOURCES.fullmatch(text):
            return await runtime.run(docs.sources, store)
        removed = REMOVE.match(text)
        if removed:
            return await runtime.run(functools.partial(docs.remove, store, removed.group(1), who=who,
                                                       platform=platform, minutes=minutes))
        posting = pasted(ADD.match(text).group(1))
        if not posting:
            return docs.cannot_read("Paste the job description after `admin add` (on the next line), "
                                    "or send it as a file.")
        return await runtime.run(functools.partial(docs.preview_pasted, store, posting, who=who,
                                                   platform=platform, minutes=minutes))

    async def run(self, runtime: Runtime, command: str, *user_ids: str | None, platform: str) -> Answer:
        """The reply to an admin command: a refusal for anyone not an admin,
        else the command's outcome, worked out on the core's threads
        (adapters/runtime.py). Never raises."""
        if not self.allows(*user_ids):
            log.info("admin %s refused: the %s user is not in ROLECALL_ADMINS", command, platform)
            return refuse_admin()
        log.info("admin %s by a %s admin", command, platform)
        try:
            return await runtime.run(runtime.assistant.reload, self.paths())
        except Exception:  # the store failed mid-reload; the ingestion rolled back
            log.exception("admin %s failed", command)
            return APOLOGY
