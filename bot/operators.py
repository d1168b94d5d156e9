"""What RoleCall does for the people who run it and rate it: recording a
👍/👎, and an admin's reload of the knowledge, each returning the short
`Answer` the platform shows back.

Whether a message is an admin command and whether its sender is an admin is
decided at the edge (the adapters hold the settings); this module does the
work and words the reply. A reload that cannot read a document says which
and why, and leaves the knowledge as it was; it never shows a traceback.
"""

from pathlib import Path

from bot.answer import NOTICE, Answer, Item, Section
from bot.feedback import UP, FeedbackPress
from knowledge import IngestError, Store, Vote, record_feedback, reload_documents

THANKS_UP = "Thanks for the feedback! 👍"
THANKS_DOWN = "Thanks for the feedback. 👎 It helps us see which answers and documents need work."
REFUSED = "Only RoleCall admins can reload the knowledge."
# A failed reload lists at most this many problems; the rest are counted.
MAX_ERRORS_SHOWN = 10


def rate(store: Store, press: FeedbackPress, platform: str, user_id: str | None) -> Answer:
    """Store a 👍/👎 and thank the person who pressed it."""
    target = press.target
    record_feedback(store, Vote(vote=press.vote, platform=platform, question=target.question,
                                intent=target.intent, roles=target.roles, answer_id=target.answer_id,
                                user_id=user_id))
    return Answer(title=THANKS_UP if press.vote == UP else THANKS_DOWN, kind=NOTICE, intent="feedback")


def refuse_admin() -> Answer:
    return Answer(title=REFUSED, kind=NOTICE, intent="admin_refused",
                  summary="Ask one of your RoleCall admins to run it for you.")


def reload_started() -> Answer:
    """Said at once when the outcome of a reload will follow in a moment."""
    return Answer(title="Reloading the knowledge from the documents…", kind=NOTICE, intent="admin_reload",
                  summary="I'll tell you here when it is done.")


def reload(store: Store, paths: list[str | Path]) -> Answer:
    """Re-ingest `paths` for every process on the store; the summary or why not."""
    try:
        done = reload_documents(store, paths)
    except IngestError as error:
        shown = [Item(line) for line in error.errors[:MAX_ERRORS_SHOWN]]
        more = len(error.errors) - len(shown)
        return Answer(
            title="The reload failed; the knowledge is unchanged.", kind=NOTICE, intent="admin_reload",
            summary="Fix these documents (or ROLECALL_DOCUMENTS) and reload again."
                    + (f" {more} more problem{'s' if more != 1 else ''} not shown." if more > 0 else ""),
            sections=(Section("Problems", tuple(shown)),),
        )
    warnings = f"{done.warnings} warning{'s' if done.warnings != 1 else ''}"
    return Answer(
        title=f"Knowledge reloaded: {_count(done.roles, 'role')} from {_count(done.documents, 'document')}.",
        kind=NOTICE, intent="admin_reload",
        summary=f"{done.changed} added or changed since they were last read, {warnings}. Every RoleCall "
                f"process answers from it from its next question (knowledge version {done.version}).",
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
