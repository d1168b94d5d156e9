"""An admin adds a job description by sending it to RoleCall in a Teams
personal chat; everyone else's files are never fetched.

The real web application and botbuilder on real HTTP, a fake Bot Connector
(tests/fake_connector.py) and a fake file host standing in for SharePoint,
on loopback; the store is a real database.
"""

import asyncio
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

from adapters.settings import Settings
from adapters.teams.settings import TeamsSettings
from adapters.teams.delivery import OUTBOX
from adapters.teams.documents import FILE_DOWNLOAD_INFO
from adapters.web import build_app
from knowledge.audit import audit_log
from tests.fake_connector import Teams, fake_connector, serving
from tests.fake_connector import assistant  # noqa: F401  (a fixture: the core on a seeded store)

ADMIN = "7faf8ab2-3d56-4244-b585-20c8a42ed2b8"  # Megan Bowen's aadObjectId in the payloads
POSTING = b"""# Harbour Pilot

## Responsibilities

- Bring container ships safely into the harbour
- Brief captains on tides and traffic

## Requirements

- A master mariner's licence

## Compensation

The salary range for this role is **$95,000 - $120,000** per year.
"""


class FileHost:
    """SharePoint, played locally: serves the files it holds and counts requests."""

    def __init__(self):
        self.files: dict[str, bytes] = {}
        self.requests: list[str] = []

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/personal/{name}", self._file)
        return app

    async def _file(self, request: web.Request) -> web.Response:
        self.requests.append(request.match_info["name"])
        return web.Response(body=self.files[request.match_info["name"]])


def file_message(teams: Teams, url: str, name: str, *, id: str, aad: str = ADMIN) -> dict:
    activity = teams.personal("", id=id)
    activity.pop("text")
    activity["from"] = dict(activity["from"], aadObjectId=aad)
    activity["attachments"] = [{"contentType": FILE_DOWNLOAD_INFO, "contentUrl": url, "name": name,
                                "content": {"downloadUrl": url, "uniqueId": "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
                                            "fileType": name.rpartition(".")[2]}}]
    return activity


def press(teams: Teams, data: dict, *, id: str) -> dict:
    activity = teams.personal("", id=id)
    activity.pop("text")
    activity["value"] = data
    return activity


def test_an_admin_sends_a_file_in_personal_chat_and_adds_it_once(assistant):  # noqa: F811
    async def scenario():
        host = FileHost()
        async with fake_connector() as connector, serving(host.app()) as files_url:
            settings = Settings(teams=TeamsSettings(anonymous=True), admins=frozenset({ADMIN}),
                                download_hosts=(urlsplit(files_url).netloc,))
            app = build_app(settings, assistant)
            async with serving(app) as url, aiohttp.ClientSession() as session:
                teams = Teams(url, connector, session, app[OUTBOX])
                host.files["pilot.md"] = POSTING
                await teams.post(file_message(teams, f"{files_url}/personal/pilot.md", "pilot.md", id="f1"))
                preview = teams.posted[-1]
                assert "Harbour Pilot" in preview.shown and "95,000 - 120,000" in preview.shown
                add = {b["title"]: b["data"] for b in preview.buttons}["Add to RoleCall"]

                await teams.post(press(teams, add, id="p1"))
                assert "Added to RoleCall: Harbour Pilot" in teams.posted[-1].shown
                await teams.post(press(teams, add, id="p2"))
                assert "already added" in teams.posted[-1].shown
                assert [(e.who, e.action, e.platform) for e in audit_log(assistant.store, 1)] == [
                    (ADMIN, "add", "teams")]

                await teams.post(press(teams, {**add, "preview": "someone-elses"}, id="p3"))
                assert "not one of your previews" in teams.posted[-1].shown

                requests = len(host.requests)
                await teams.post(file_message(teams, f"{files_url}/personal/pilot.md", "pilot.md", id="f2",
                                              aad="00000000-0000-0000-0000-00000000beef"))
                assert "Only RoleCall admins" in teams.posted[-1].shown
                await teams.post(file_message(teams, "https://evil.example/personal/pilot.md", "pilot.md", id="f3"))
                assert "evil.example is not a host" in teams.posted[-1].shown
                assert len(host.requests) == requests  # neither was fetched

                host.files["big.md"] = POSTING + b"- another duty\n" * 70_000
                await teams.post(file_message(teams, f"{files_url}/personal/big.md", "big.md", id="f4"))
                assert "over 1,000,000 bytes" in teams.posted[-1].shown
                host.files["lunch.txt"] = b"lunch on friday?\n"
                await teams.post(file_message(teams, f"{files_url}/personal/lunch.txt", "lunch.txt", id="f5"))
                assert "couldn't read that document" in teams.posted[-1].shown

                await teams.post(teams.personal("admin remove Harbour Pilot", id="r1"))
                confirm = teams.posted[-1]
                assert "Remove Harbour Pilot from RoleCall?" in confirm.shown and "pilot.md" in confirm.shown
                remove = {b["title"]: b["data"] for b in confirm.buttons}["Remove from RoleCall"]
                await teams.post(press(teams, remove, id="r2"))
                assert "Removed pilot.md" in teams.posted[-1].shown
                assert audit_log(assistant.store, 1)[0].action == "remove"

    asyncio.run(scenario())
