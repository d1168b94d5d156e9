"""Someone who is not an admin sends RoleCall a file with a question in a
chat. Their file is not opened (only admins add documents); the question
typed with it is still answered, then one line says files are for admins.

End to end on both platforms: the real web application, Bolt and botbuilder,
a seeded store, and local stand-ins for Slack's Web API and the Bot Connector.
"""

import asyncio

from adapters.teams.bot import FILE_DOWNLOAD_INFO as TEAMS_FILE_DOWNLOAD_INFO
from bot.admin_documents import NOT_ADMIN
from tests.fake_connector import teams_and_bot
from tests.fake_slack import all_text, assistant, slack, without_proxies  # noqa: F401 (fixtures)

SLACK_FILE = {"id": "F0123ABCD", "name": "role.docx", "mimetype": "application/msword", "filetype": "docx",
              "size": 12_345, "url_private": "https://files.slack.com/files-pri/T1-F0123ABCD/role.docx",
              "url_private_download": "https://files.slack.com/files-pri/T1-F0123ABCD/download/role.docx"}

FILES_TITLE = NOT_ADMIN.title

TEAMS_FILE = {
    "contentType": TEAMS_FILE_DOWNLOAD_INFO,
    "contentUrl": "https://contoso.sharepoint.com/personal/ann/Documents/role.docx",
    "name": "role.docx",
    "content": {"downloadUrl": "https://contoso.sharepoint.com/download/role.docx?token=x",
                "uniqueId": "1150D938-8870-4044-9F2C-5BBDEBA70C9D", "fileType": "docx"},
}


def test_a_slack_file_with_a_question_gets_the_answer_then_the_note(slack):
    slack.dm("salary for lead back end engineer", user="U30", channel="D30", subtype="file_share",
             files=[SLACK_FILE])

    answer, note = slack.wait_for_post("D30"), slack.wait_for_post("D30", nth=2)
    assert "160,000" in all_text(answer.body)
    assert FILES_TITLE in all_text(note.body) and "160,000" not in all_text(note.body)
    assert answer.refused == [] and note.refused == []


def test_a_slack_file_alone_gets_the_note_only(slack):
    slack.dm("", user="U31", channel="D31", subtype="file_share", files=[SLACK_FILE])

    note = slack.wait_for_post("D31")
    assert FILES_TITLE in all_text(note.body)
    assert len(slack.posts_to("D31")) == 1


def test_a_teams_file_with_a_question_gets_the_answer_then_the_note(assistant):  # noqa: F811
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            with_question = teams.personal("salary for lead back end engineer", id="f-1")
            with_question["attachments"] = [TEAMS_FILE]
            await teams.post(with_question)
            alone = teams.personal("", id="f-2")
            alone["attachments"] = [TEAMS_FILE]
            await teams.post(alone)
            return await teams.connector.wait_for(3)

    answer, note, lone_note = asyncio.run(scenario())
    assert "160,000" in answer.shown
    assert note.reply_to_id == "f-1" and FILES_TITLE in note.shown
    assert lone_note.reply_to_id == "f-2" and FILES_TITLE in lone_note.shown
