"""What RoleCall says to a file sent to it in a chat.

People drop a job description into a DM with RoleCall and ask about it. Files
are not read from chat (documents are loaded by the store's admins, with
`rolecall ingest`), and silence read as RoleCall being broken: so the question
typed with the file is answered as usual, and one polite line says where
files go. Nothing here downloads a file.
"""

from bot import NOTICE, Answer

# Slack: a file shared in a message arrives as a `message` of this subtype.
SLACK_FILE_SHARE = "file_share"
# Teams: a file sent in a personal chat arrives as an attachment of this type.
TEAMS_FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info"

FILES_TITLE = "Files are for RoleCall's admins."
FILES_TEXT = ("I don't read files sent in chat: my answers come from the job descriptions an admin has "
              "loaded (rolecall ingest). Ask them to add yours; meanwhile, ask me about a role in words.")


def files_note() -> Answer:
    """The line sent after the answer (or alone, when the file came with no question)."""
    return Answer(title=FILES_TITLE, kind=NOTICE, intent="files_in_chat", summary=FILES_TEXT, confidence=1.0)
