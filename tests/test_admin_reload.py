"""Knowledge updates without a restart.

An admin (a user id in ROLECALL_ADMINS) types `/rolecall admin reload` in
Slack or "admin reload" to the bot in Teams, and the documents folder
(ROLECALL_DOCUMENTS) is ingested again for every process on the store;
anyone else is refused politely. And `rolecall ingest`, run beside a server
that is already answering, is seen by it on the next question. Everything
through the real endpoints, with fakes playing Slack and the Bot Connector.
"""

import asyncio
import os
import shutil
import subprocess
import sys
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from adapters.settings import Settings, load_settings
from adapters.teams.settings import TeamsSettings
from adapters.teams.delivery import OUTBOX
from adapters.web import build_app
from bot import open_assistant
from tests.conftest import SEEDS
from tests.fake_connector import Teams, fake_connector, serving
from tests.fake_slack import SlackWorkspace, all_text

ROLECALL = Path(sys.executable).with_name("rolecall")
ADMIN = "WADMIN1"
# The senders of tests/payloads: a personal chat's by Microsoft Entra object id,
# a channel's by Teams user id (either of a person's two ids may be listed).
TEAMS_ADMIN_AAD = "7faf8ab2-3d56-4244-b585-20c8a42ed2b8"
TEAMS_CHANNEL_ADMIN = "29:17bUvCasIPKfQIXHvNzcPjD86fwm6GkWc1PvCGP2-NSkNb7AyGYpjQ7Xw-XgTwaHW5JxZ4KMNDxn1kcL8fwX1Nw"
REFUSAL = "Only RoleCall admins can reload the knowledge."
NEW_ROLE_QUESTION = "what does a Site Reliability Engineer own?"


class AdminWorkspace(SlackWorkspace):
    """A Slack workspace whose RoleCall has admins and a documents folder."""

    def __init__(self, assistant, *, admins=frozenset(), documents=()):
        super().__init__(assistant)
        self._app_settings = dict(admins=frozenset(admins), documents=tuple(map(str, documents)))

    async def _start_rolecall(self) -> None:
        app = build_app(Settings(slack=self.slack_settings(), **self._app_settings), self.assistant)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"


@pytest.fixture
def assistant(database_url, no_proxy):
    real = open_assistant(database_url)
    yield real
    real.knowledge.store.dispose()


@pytest.fixture
def documents(tmp_path) -> Path:
    """The deployment's documents folder: the seeds and one new role."""
    folder = tmp_path / "documents"
    shutil.copytree(SEEDS, folder)
    write_new_role(folder)
    return folder


def write_new_role(folder: Path) -> Path:
    text = (SEEDS / "engineer.txt").read_text()
    text = text.replace("Key Responsibilities and Required Skills for Engineer",
                        "Key Responsibilities and Required Skills for Site Reliability Engineer")
    path = folder / "site-reliability-engineer.txt"
    path.write_text(text)
    return path


def role_titles(assistant) -> set[str]:
    return {role.title for role in assistant.knowledge.roles()}


# -- Slack ----------------------------------------------------------------------------

def test_an_admin_reloads_from_slack_and_the_new_role_is_answered(assistant, documents):
    version = assistant.knowledge.store.version()
    with AdminWorkspace(assistant, admins={ADMIN}, documents=[documents]) as slack:
        before = slack.slash(NEW_ROLE_QUESTION, user="W1", channel="C1").json
        assert "Site Reliability Engineer" not in role_titles(assistant)

        ack = slack.slash("admin reload", user=ADMIN, channel="C1", response_url=slack.api.response_url("reload"))

        assert ack.status == 200
        assert ack.json["response_type"] == "ephemeral" and "Reloading" in all_text(ack.json)
        done = slack.wait_for_response(slack.api.response_url("reload")).body
        assert done["response_type"] == "ephemeral"
        assert "Knowledge reloaded: 5 roles from 6 documents." in all_text(done)
        assert "1 added or changed" in all_text(done) and "warning" in all_text(done)
        after = slack.slash(NEW_ROLE_QUESTION, user="W1", channel="C1").json

    assert "Lead the full software development lifecycle" not in all_text(before)
    assert "Lead the full software development lifecycle" in all_text(after)
    assert assistant.knowledge.store.version() > version


def test_a_reload_with_nothing_new_still_moves_every_process_to_a_new_version(assistant):
    version = assistant.knowledge.store.version()
    with AdminWorkspace(assistant, admins={ADMIN}) as slack:  # no folder: the bundled seeds
        slack.slash("Admin Reload.", user=ADMIN, channel="C1", response_url=slack.api.response_url("again"))
        done = slack.wait_for_response(slack.api.response_url("again")).body

    assert "Knowledge reloaded: 4 roles from 5 documents." in all_text(done)
    assert "0 added or changed" in all_text(done)
    assert assistant.knowledge.store.version() == version + 1


def test_anyone_else_is_refused_politely_and_nothing_changes(assistant, documents):
    version = assistant.knowledge.store.version()
    with AdminWorkspace(assistant, admins={ADMIN}, documents=[documents]) as slack:
        reply = slack.slash("admin reload", user="W2", channel="C1", response_url=slack.api.response_url("no"))

        assert reply.status == 200 and reply.json["response_type"] == "ephemeral"
        assert REFUSAL in all_text(reply.json)
        assert slack.api.calls_to("response_url") == []
    assert assistant.knowledge.store.version() == version
    assert "Site Reliability Engineer" not in role_titles(assistant)


def test_without_admins_configured_nobody_can_reload(assistant, documents):
    with AdminWorkspace(assistant, documents=[documents]) as slack:
        assert REFUSAL in all_text(slack.slash("admin reload", user=ADMIN, channel="C1").json)


def test_a_question_that_merely_starts_with_admin_is_a_question(assistant):
    with AdminWorkspace(assistant, admins={ADMIN}) as slack:
        reply = slack.slash("admin reload times for an engineer", user="W3", channel="C1").json
        assert REFUSAL not in all_text(reply) and "Reloading" not in all_text(reply)


def test_a_document_that_cannot_be_read_fails_the_reload_and_changes_nothing(assistant, documents):
    (documents / "broken.txt").write_bytes(b"\x00\x01\x02 not a job description \xff\xfe")
    version = assistant.knowledge.store.version()
    with AdminWorkspace(assistant, admins={ADMIN}, documents=[documents]) as slack:
        slack.slash("admin reload", user=ADMIN, channel="C1", response_url=slack.api.response_url("bad"))
        done = all_text(slack.wait_for_response(slack.api.response_url("bad")).body)

    assert "The reload failed; the knowledge is unchanged." in done
    assert "broken.txt" in done and "Traceback" not in done
    assert assistant.knowledge.store.version() == version
    assert "Site Reliability Engineer" not in role_titles(assistant)  # all or nothing


# -- Teams ----------------------------------------------------------------------------

@asynccontextmanager
async def teams_with_admins(assistant, documents, admins):
    """Like tests.fake_connector.teams_and_bot, with RoleCall's admin settings."""
    async with fake_connector() as connector:
        settings = Settings(teams=TeamsSettings(anonymous=True), admins=frozenset(admins),
                            documents=(str(documents),))
        app = build_app(settings, assistant)
        async with serving(app) as url, aiohttp.ClientSession() as session:
            yield Teams(url, connector, session, app[OUTBOX])


def test_an_admin_reloads_from_a_personal_chat_in_teams(assistant, documents):
    async def scenario():
        async with teams_with_admins(assistant, documents, {TEAMS_ADMIN_AAD}) as teams:
            await teams.post(teams.personal("admin reload", id="8001"))
            await teams.post(teams.personal(NEW_ROLE_QUESTION, id="8002"))

            reloaded, answer = teams.posted
            assert "Knowledge reloaded: 5 roles from 6 documents." in reloaded.everything
            assert reloaded.reply_to_id == "8001"
            assert "Lead the full software development lifecycle" in answer.everything

    asyncio.run(scenario())


def test_an_admin_mentioning_the_bot_in_a_channel_can_reload(assistant, documents):
    async def scenario():
        async with teams_with_admins(assistant, documents, {TEAMS_CHANNEL_ADMIN}) as teams:
            await teams.post(teams.channel_mention("admin reload", id="8101"))

            [reply] = teams.posted
            assert "Knowledge reloaded" in reply.everything

    asyncio.run(scenario())
    assert "Site Reliability Engineer" in role_titles(assistant)


def test_anyone_else_in_teams_is_refused(assistant, documents):
    async def scenario():
        async with teams_with_admins(assistant, documents, {"someone-else"}) as teams:
            await teams.post(teams.personal("admin reload", id="8201"))

            [reply] = teams.posted
            assert REFUSAL in reply.everything

    asyncio.run(scenario())
    assert "Site Reliability Engineer" not in role_titles(assistant)


# -- `rolecall ingest` next to a running server -----------------------------------------

def test_rolecall_ingest_beside_a_running_server_is_answered_without_a_restart(tmp_path, no_proxy):
    database = tmp_path / "rolecall.db"
    assistant = open_assistant(f"sqlite:///{database}")
    new_docs = tmp_path / "new"
    new_docs.mkdir()
    write_new_role(new_docs)
    try:
        with SlackWorkspace(assistant) as slack:
            before = slack.slash(NEW_ROLE_QUESTION, user="W1", channel="C1").json

            result = subprocess.run([str(ROLECALL), "ingest", str(new_docs)], capture_output=True, text=True,
                                    env={**os.environ, "DATABASE_URL": str(database)}, timeout=60)
            assert result.returncode == 0, result.stderr

            after = slack.slash(NEW_ROLE_QUESTION, user="W1", channel="C1").json
    finally:
        assistant.knowledge.store.dispose()

    assert "Lead the full software development lifecycle" not in all_text(before)
    assert "Lead the full software development lifecycle" in all_text(after)
    assert "Site Reliability Engineer" in all_text(after)


# -- settings ---------------------------------------------------------------------------

def test_admins_and_documents_are_read_from_the_environment():
    settings = load_settings({"ROLECALL_ADMINS": " U1, W2 ,,7faf8ab2-3d56 ",
                              "ROLECALL_DOCUMENTS": os.pathsep.join(["/srv/jobs", " /srv/more.txt ", ""])})
    assert settings.admins == frozenset({"U1", "W2", "7faf8ab2-3d56"})
    assert settings.documents == ("/srv/jobs", "/srv/more.txt")
    assert load_settings({}).admins == frozenset() and load_settings({}).documents == ()
