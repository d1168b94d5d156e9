"""An admin adds, replaces and removes a job description by sending it to
RoleCall in a Slack DM; everyone else's files are never opened.

Real Bolt on real HTTP against the local fake Slack (tests/fake_slack.py),
whose files.info and file downloads stand in for files.slack.com; the store
is a real SQLite file or PostgreSQL schema.
"""

import json
import time
from datetime import timedelta

import pytest
from sqlmodel import select, update

from adapters.downloads import DownloadLimits, refusal
from bot import Question, open_assistant
from knowledge.audit import audit_log
from knowledge.models import DocumentPreview, utcnow
from tests.fake_slack import SlackWorkspace, all_text, buttons
from tests.fake_slack import assistant, without_proxies  # noqa: F401  (fixtures: SQLite and PostgreSQL)

ADMIN = "UADMIN1"
OTHER_ADMIN = "UADMIN2"
RECRUITER = "URECRUIT"
DM = "D0ADMIN"


def posting(title: str, *, salary: str = "$120,000 – $150,000", extra: str = "") -> bytes:
    return f"""# {title}

*Lumenfield Robotics · Engineering · Remote · Full-time*

## About the role

You will keep our warehouse robots' fleet software running and improve how fast it learns.

## Responsibilities

- Own the fleet scheduling service end to end
- Review designs and keep runbooks current
{extra}
## Requirements

- 3+ years building production services in Go or Python
- Solid PostgreSQL skills

## Compensation

The salary range for this role is **{salary}** per year.

## Location

Fully remote within the EU.
""".encode()


@pytest.fixture
def slack(assistant, without_proxies):  # noqa: F811
    with SlackWorkspace(assistant, app_settings={"admins": frozenset({ADMIN, OTHER_ADMIN})}) as workspace:
        yield workspace


def share(slack: SlackWorkspace, file_id: str, name: str, data: bytes, *, user: str = ADMIN,
          channel: str = DM, url: str | None = None, channel_type: str = "im"):
    shared = slack.api.share_file(file_id, name, data, url=url)
    slack.dm("", user=user, channel=channel, subtype="file_share", files=[shared], channel_type=channel_type)
    slack.settle()


def last_post(slack: SlackWorkspace, channel: str = DM) -> dict:
    slack.settle()
    posts = slack.posts_to(channel)
    assert posts, "RoleCall posted nothing"
    return posts[-1].body


def press(slack: SlackWorkspace, message: dict, label: str, *, user: str = ADMIN, value: str | None = None):
    button = dict(buttons(message)[label])
    if value is not None:
        button["value"] = value
    url = slack.api.response_url(f"doc-{time.monotonic_ns()}")
    slack.press(button, user=user, channel=DM, response_url=url)
    return slack.wait_for_response(url).body


def ask(assistant, text: str) -> str:  # noqa: F811
    answer = assistant.ask(Question(text=text, platform="cli", logged=False))
    return json.dumps([answer.title, answer.summary, [[i.text for i in s.items] for s in answer.sections]])


def test_an_admin_sends_a_file_sees_a_preview_adds_it_and_recruiters_can_ask(slack, assistant):  # noqa: F811
    share(slack, "F1", "fleet-engineer.md", posting("Fleet Software Engineer"))
    preview = last_post(slack)
    text = all_text(preview)
    assert "Fleet Software Engineer" in text and "120,000 - 150,000" in text
    assert set(buttons(preview)) == {"Add to RoleCall", "Cancel"}
    assert "Fleet Software Engineer" not in ask(assistant, "what does a fleet software engineer do?")  # not yet
    download = slack.api.calls_to("file.download")[-1]
    assert download.token.endswith("RoleCallTestBotToken")

    confirmation = press(slack, preview, "Add to RoleCall")
    assert confirmation.get("replace_original") is True
    assert "Added to RoleCall: Fleet Software Engineer" in all_text(confirmation)
    assert "“salary for Fleet Software Engineer”" in all_text(confirmation)  # and how to ask about it
    assert "fleet scheduling service" in ask(assistant, "what does a fleet software engineer do?")
    entry = audit_log(assistant.store, 1)[0]
    assert (entry.who, entry.action, entry.source) == (ADMIN, "add", "fleet-engineer.md")

    again = press(slack, preview, "Add to RoleCall")  # pressed twice: nothing changes
    assert "already added" in all_text(again)
    assert len([e for e in audit_log(assistant.store) if e.source == "fleet-engineer.md"]) == 1


def test_a_replaced_source_shows_what_changes_then_is_removed(slack, assistant):  # noqa: F811
    share(slack, "F2", "dock-engineer.md", posting("Dock Automation Engineer"))
    press(slack, last_post(slack), "Add to RoleCall")
    changed = posting("Dock Automation Engineer", salary="$130,000 – $160,000",
                      extra="- Lead the on-call rotation for the docks\n")
    share(slack, "F3", "dock-engineer.md", changed)
    preview = last_post(slack)
    text = all_text(preview)
    assert "Replaces dock-engineer.md" in text and "Lead the on-call rotation" in text
    assert "130,000" in text and "120,000" in text  # old and new salary
    press(slack, preview, "Add to RoleCall")
    assert "Lead the on-call rotation" in ask(assistant, "what does a dock automation engineer do?")
    assert audit_log(assistant.store, 1)[0].action == "replace"

    slack.dm("admin remove dock-engineer.md", user=ADMIN, channel=DM)
    confirm = last_post(slack)
    assert "Remove dock-engineer.md from RoleCall?" in all_text(confirm) and "Dock Automation Engineer" in all_text(confirm)
    assert "Lead the on-call" in ask(assistant, "what does a dock automation engineer do?")  # not yet
    assert "Removed dock-engineer.md" in all_text(press(slack, confirm, "Remove from RoleCall"))
    assert "already removed" in all_text(press(slack, confirm, "Remove from RoleCall"))
    assert "Lead the on-call" not in ask(assistant, "what does a dock automation engineer do?")
    assert audit_log(assistant.store, 1)[0].action == "remove"


def test_a_posting_pasted_after_admin_add_is_previewed_and_sources_are_listed(slack, assistant):  # noqa: F811
    slack.dm("admin add\n" + posting("Pasted Gantry Technician").decode(), user=ADMIN, channel=DM)
    preview = last_post(slack)
    assert "pasted-gantry-technician.txt" in all_text(preview)
    press(slack, preview, "Add to RoleCall")
    slack.dm("admin sources", user=ADMIN, channel=DM)
    assert "pasted-gantry-technician.txt: Pasted Gantry Technician" in all_text(last_post(slack))


def test_a_recruiters_file_is_never_fetched_and_gets_a_polite_answer(slack):
    share(slack, "F4", "mine.md", posting("Recruiter Upload Role"), user=RECRUITER, channel="D0RECRUIT")
    assert "Only RoleCall admins" in all_text(last_post(slack, "D0RECRUIT"))
    assert not slack.api.calls_to("files.info") and not slack.api.calls_to("file.download")
    slack.dm("admin remove Backend Engineer", user=RECRUITER, channel="D0RECRUIT")
    assert "Only RoleCall admins" in all_text(last_post(slack, "D0RECRUIT"))


def test_files_shared_in_channels_are_ignored(slack):
    share(slack, "F5", "chan.md", posting("Channel Role"), channel="C0JOBS", channel_type="channel")
    assert not slack.posts_to("C0JOBS") and not slack.api.calls_to("files.info")


def test_expired_cancelled_and_forged_confirmations_change_nothing(slack, assistant):  # noqa: F811
    share(slack, "F6", "late.md", posting("Late Crane Operator"))
    late = last_post(slack)
    with assistant.store.session() as session:
        session.exec(update(DocumentPreview).where(DocumentPreview.source == "late.md")
                     .values(created_at=utcnow() - timedelta(minutes=31)))
        session.commit()
    assert "has expired" in all_text(press(slack, late, "Add to RoleCall"))

    share(slack, "F7", "other.md", posting("Forged Hoist Operator"))
    other = last_post(slack)
    # another admin presses with this admin's preview id: not theirs
    assert "not one of your previews" in all_text(press(slack, other, "Add to RoleCall", user=OTHER_ADMIN))
    assert "not one of your previews" in all_text(press(slack, other, "Add to RoleCall", value="made-up-id"))
    refused = press(slack, other, "Add to RoleCall", user=RECRUITER)
    assert "Only RoleCall admins" in all_text(refused)
    assert "Cancelled" in all_text(press(slack, other, "Cancel"))
    assert "cancelled" in all_text(press(slack, other, "Add to RoleCall"))
    for title in ("late crane operator", "forged hoist operator"):
        assert "fleet scheduling" not in ask(assistant, f"what does a {title} do?")
    assert not [e for e in audit_log(assistant.store) if e.source in ("late.md", "other.md")]


def test_oversize_wrong_host_and_unreadable_files_are_refused_with_the_reason(slack):
    share(slack, "F8", "huge.md", posting("Huge Role") + b"- filler line\n" * 100_000)
    assert "over 1,000,000 bytes" in all_text(last_post(slack))
    downloads_before = len(slack.api.calls_to("file.download"))
    share(slack, "F9", "evil.md", posting("Evil Role"), url="https://files.evil.example/F9/evil.md")
    assert "files.evil.example is not a host" in all_text(last_post(slack))
    share(slack, "F10", "photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert "not a text, Markdown, HTML, Word or PDF" in all_text(last_post(slack))
    share(slack, "F11", "notes.txt", b"lunch on friday?\n")
    assert "couldn't read that document" in all_text(last_post(slack))
    assert len(slack.api.calls_to("file.download")) == downloads_before + 2  # never the wrong host
    with slack.assistant.store.session() as session:
        kept = session.exec(select(DocumentPreview.source)).all()
    assert not {"huge.md", "evil.md", "photo.md", "notes.txt"} & set(kept)


def test_a_preview_made_on_one_replica_is_added_by_a_press_on_another(assistant, without_proxies):  # noqa: F811
    url = str(assistant.store.engine.url.render_as_string(hide_password=False))
    second = open_assistant(url)
    try:
        admins = {"admins": frozenset({ADMIN})}
        with SlackWorkspace(assistant, app_settings=admins) as one, SlackWorkspace(second, app_settings=admins) as two:
            share(one, "F12", "replica.md", posting("Replica Rigger"))
            preview = last_post(one)
            assert "Added to RoleCall" in all_text(press(two, preview, "Add to RoleCall"))
            assert "already added" in all_text(press(one, preview, "Add to RoleCall"))
            assert "fleet scheduling" in ask(assistant, "what does a replica rigger do?")
    finally:
        second.knowledge.store.dispose()


def test_the_download_allow_list():
    slack_hosts = DownloadLimits().allowed_hosts(("files.slack.com",))
    assert refusal("https://files.slack.com/files-pri/T1-F1/download/a.md", slack_hosts) is None
    assert refusal("http://files.slack.com/a.md", slack_hosts) == "the file's address is not https"
    assert "not a host" in refusal("https://files.slack.com.evil.example/a.md", slack_hosts)
    assert "not a host" in refusal("https://files.slack.com:8443/a.md", slack_hosts)
    assert refusal("http://127.0.0.1:8080/a.md", ("127.0.0.1:8080",)) is None
    assert "not a host" in refusal("http://127.0.0.1:9090/a.md", ("127.0.0.1:8080",))
    assert refusal("http://10.0.0.5:8080/a.md", ("10.0.0.5:8080",)) == "the file's address is not https"
    assert refusal("https://contoso-my.sharepoint.com/x", ("*.sharepoint.com",)) is None
    assert "not a host" in refusal("https://sharepoint.com.evil.example/x", ("*.sharepoint.com",))
    assert "not https" in refusal("file:///etc/passwd", slack_hosts)


def test_the_download_settings_are_read_once_and_checked():
    from adapters.settings import ConfigError, load_settings

    settings = load_settings({"ROLECALL_DOWNLOAD_HOSTS": " Files.Example.com, 127.0.0.1:8080 ,",
                              "ROLECALL_MAX_DOCUMENT_BYTES": "2048", "ROLECALL_PREVIEW_MINUTES": "5"})
    assert settings.download_hosts == ("files.example.com", "127.0.0.1:8080")
    assert (settings.max_document_bytes, settings.preview_minutes) == (2048, 5)
    assert load_settings({}).download_hosts == () and load_settings({}).max_document_bytes == 1_000_000
    for name, value in (("ROLECALL_MAX_DOCUMENT_BYTES", "lots"), ("ROLECALL_PREVIEW_MINUTES", "0")):
        with pytest.raises(ConfigError, match=name):
            load_settings({name: value})


def test_through_rolecall_serve_an_admin_adds_a_posting_and_a_recruiter_asks_about_it(tmp_path, without_proxies):  # noqa: F811
    """The whole story with RoleCall started as an operator starts it: the
    admin and the download host come from the environment."""
    from tests.rolecall_process import RemoteSlack, RoleCallServer

    with RemoteSlack() as slack:
        fake_host = slack.api.url.split("//", 1)[1].rstrip("/")
        with RoleCallServer(tmp_path, database_url=f"sqlite:///{tmp_path / 'rolecall.db'}",
                            slack_api_url=slack.api.api_url, ROLECALL_ADMINS=ADMIN,
                            ROLECALL_DOWNLOAD_HOSTS=fake_host) as server:
            slack.url = server.url
            before = slack.slash("what does a fleet software engineer do?", user=RECRUITER)
            shared = slack.api.share_file("FSERVE1", "fleet.md", posting("Fleet Software Engineer"))
            slack.dm("", user=ADMIN, channel=DM, subtype="file_share", files=[shared], channel_type="im")
            preview = slack.wait_for_post(DM).body
            url = slack.api.response_url("doc-serve")
            slack.press(dict(buttons(preview)["Add to RoleCall"]), user=ADMIN, channel=DM, response_url=url)
            confirmation = slack.wait_for_response(url).body
            after = slack.slash("what does a fleet software engineer do?", user=RECRUITER)

    assert "fleet scheduling service" not in all_text(before.json)
    assert "Fleet Software Engineer" in all_text(preview)
    assert "Added to RoleCall: Fleet Software Engineer" in all_text(confirmation)
    assert "fleet scheduling service" in all_text(after.json)
