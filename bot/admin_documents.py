"""The words of adding, replacing and removing knowledge from chat.

An admin sends a job description; RoleCall answers with a preview (what it
read, what is missing, what a replaced source gains and loses) and two
buttons, then a confirmation or the reason why not. This module does the
work through `knowledge.previews` and describes each reply as an `Answer`
plus the buttons it carries (`Action`): each platform draws them its own way
(Block Kit buttons, Adaptive Card Action.Submit) with the preview id as the
value. It never sends and knows no platform.

The admin check itself is the adapter's (it holds the settings); a refusal's
words are here, so both platforms say the same.
"""

from dataclasses import dataclass

from bot import compose
from bot.answer import NOTICE, Answer, Item, Section
from knowledge import DocumentError, Store
from knowledge.previews import (
    ALREADY, DONE, EXPIRED, PREVIEW_MINUTES, REMOVAL, WAS_CANCELLED, Preview, add_preview, cancel_preview,
    pasted_name, preview_document, preview_removal,
)
from knowledge.sources import NotInStore, list_sources

ADD, CANCEL = "add", "cancel"
# A preview lists at most this many facts added or removed per section; the rest are counted.
MAX_CHANGES_SHOWN = 5
MAX_SOURCES_SHOWN = 40
NOT_ADMIN = Answer(
    title="Only RoleCall admins can add job descriptions.", kind=NOTICE, intent="admin_refused",
    summary="Your file was not opened or kept. To add a role, send the job description to one of "
            "your RoleCall admins; anyone can ask me about the roles I know.")


@dataclass(frozen=True)
class Action:
    """A button: `label` shown, `action` (ADD or CANCEL) and the preview it is about."""

    label: str
    action: str
    preview_id: str


@dataclass(frozen=True)
class Reply:
    answer: Answer
    actions: tuple[Action, ...] = ()


def preview(store: Store, data: bytes, name: str, *, who: str, platform: str,
            minutes: int = PREVIEW_MINUTES) -> Reply:
    """Read a document an admin sent; the preview with its buttons, or the reader's reason."""
    try:
        found = preview_document(store, data, name, who=who, platform=platform, minutes=minutes)
    except DocumentError as error:
        return cannot_read(str(error))
    return Reply(_preview_answer(found, minutes), (Action("Add to RoleCall", ADD, found.id),
                                                   Action("Cancel", CANCEL, found.id)))


def preview_pasted(store: Store, text: str, *, who: str, platform: str, minutes: int = PREVIEW_MINUTES) -> Reply:
    """A posting pasted after "admin add": previewed like a file named after its role."""
    data = text.encode("utf-8")
    try:
        name = pasted_name(data)
    except DocumentError as error:
        return cannot_read(str(error))
    return preview(store, data, name, who=who, platform=platform, minutes=minutes)


def cannot_read(reason: str) -> Reply:
    return Reply(Answer(title="I couldn't read that document; nothing was added.", kind=NOTICE,
                        intent="admin_document", summary=reason))


def press(store: Store, action: str, preview_id: str, *, who: str, minutes: int = PREVIEW_MINUTES) -> Reply:
    """An admin pressed Add or Cancel on a preview."""
    if action == CANCEL:
        outcome = cancel_preview(store, preview_id, who=who)
        if outcome.status == DONE:
            return _notice("Cancelled; nothing changed.", f"{outcome.source} was neither added nor removed.")
    else:
        outcome = add_preview(store, preview_id, who=who, minutes=minutes)
        if outcome.status == DONE and outcome.kind == REMOVAL:
            gone = f" The role{'s' if len(outcome.roles) != 1 else ''} {', '.join(outcome.roles)} went with it." \
                if outcome.roles else ""
            return _notice(f"Removed {outcome.source}.", f"RoleCall no longer answers from it.{gone}")
        if outcome.status == ALREADY and outcome.kind == REMOVAL:
            return _notice(f"{outcome.source} was already removed; nothing changed.", None)
        if outcome.status == DONE:
            roles = ", ".join(outcome.roles)
            first = outcome.roles[0] if outcome.roles else "the role"
            return _notice(f"Added to RoleCall: {roles}.",
                           f"From {outcome.source}; every RoleCall answers from it now (knowledge version "
                           f"{outcome.version}). Ask, for example, “what does {compose.article(first)} {first} do?” or "
                           f"“salary for {first}”.")
    if outcome.status == ALREADY:
        return _notice(f"{outcome.source} was already added; nothing changed.", None)
    if outcome.status == WAS_CANCELLED:
        return _notice(f"That preview of {outcome.source} was cancelled; nothing changed.",
                       "Send the document again to add it.")
    if outcome.status == EXPIRED:
        return _notice(f"That preview of {outcome.source} has expired; nothing changed.",
                       f"Previews last {minutes} minutes. Send the document again to add it.")
    return _notice("That button is not one of your previews; nothing changed.",
                   "Send the document again to preview it.")


def remove(store: Store, what: str, *, who: str, platform: str, minutes: int = PREVIEW_MINUTES) -> Reply:
    """`admin remove <source or role>`: what it would take out, with a
    confirmation button; nothing is removed until it is pressed."""
    what = what.strip()
    if not what:
        return _notice("Say what to remove: `admin remove <source or role>`.", "`admin sources` lists them.")
    try:
        found = preview_removal(store, what, who=who, platform=platform)
    except NotInStore:
        return _notice(f"There is no source or role called “{what}”; nothing was removed.",
                       "`admin sources` lists them.")
    sections = [Section("Sources removed", tuple(Item(name) for name in found.sources))]
    if found.roles:
        sections.append(Section("Roles no other source describes, removed with them",
                                tuple(Item(title) for title in found.roles)))
    answer = Answer(title=f"Remove {what} from RoleCall?", kind=NOTICE, intent="admin_document",
                    sections=tuple(sections), summary=f"Nothing is removed yet. Press Remove from RoleCall "
                                                      f"(within {minutes} minutes), or Cancel.")
    return Reply(answer, (Action("Remove from RoleCall", ADD, found.id), Action("Cancel", CANCEL, found.id)))


def sources(store: Store) -> Reply:
    found = list_sources(store)
    items = tuple(Item(f"{s.name}: {s.role} ({s.facts} facts)") for s in found[:MAX_SOURCES_SHOWN])
    more = len(found) - len(items)
    return Reply(Answer(title=f"{len(found)} source{'s' if len(found) != 1 else ''} in RoleCall", kind=NOTICE,
                        intent="admin_sources", sections=(Section("Sources", items),) if items else (),
                        summary=f"{more} more not shown; `rolecall sources` lists them all." if more > 0 else
                        "Remove one with `admin remove <source or role>`."))


def _preview_answer(found: Preview, minutes: int) -> Answer:
    sections = []
    for role in found.roles:
        counts = tuple(Item(f"{count} item{'s' if count != 1 else ''}", label=section.replace("_", " "))
                       for section, count in sorted(role.counts.items()))
        sections.append(Section(f"{role.title} ({role.source})", counts, text=f"Salary: {role.salary}"))
        if role.missing:
            sections.append(Section("Missing", tuple(Item(m) for m in role.missing)))
        if role.warnings:
            sections.append(Section("Warnings", tuple(Item(w) for w in role.warnings[:MAX_CHANGES_SHOWN])))
    change = found.change
    if change is not None:
        lines = []
        for sign, side in (("+", change.added), ("−", change.removed)):
            for section, texts in side.items():
                shown = "; ".join(texts[:MAX_CHANGES_SHOWN])
                more = len(texts) - MAX_CHANGES_SHOWN
                lines.append(Item(f"{sign}{len(texts)}: {shown}" + (f" (and {more} more)" if more > 0 else ""),
                                  label=section.replace("_", " ")))
        if change.old_salary != change.new_salary:
            lines.append(Item(f"{change.old_salary} → {change.new_salary}", label="salary"))
        sections.append(Section(f"Replaces {found.source}: what changes", tuple(lines) or (Item("no facts change"),)))
    titles = ", ".join(role.title for role in found.roles)
    verb = "replace" if change is not None else "add"
    return Answer(title=f"Preview: {titles}", kind=NOTICE, intent="admin_document", sections=tuple(sections),
                  roles=tuple(role.title for role in found.roles),
                  summary=f"Nothing is stored yet. Press Add to RoleCall to {verb} {found.source} "
                          f"(within {minutes} minutes), or Cancel.")


def _notice(title: str, summary: str | None) -> Reply:
    return Reply(Answer(title=title, kind=NOTICE, intent="admin_document", summary=summary))
