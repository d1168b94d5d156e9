"""Hardening, pass eleven: what admins set, what documents hold and what a
store keeps over time, each met with a clear line, never a traceback, a
paragraph stored as a role, or a conversation remembered past its time.

Through the real `rolecall` command (tests/rolecall_process.py) where the
story starts there, else through the knowledge store on SQLite and
PostgreSQL (the `store` fixture).
"""

import subprocess
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlmodel import select as sql_select

import knowledge.conversations as conversations
from knowledge import IngestError, ingest_paths
from knowledge.conversations import Context, load_context, load_contexts, save_context
from knowledge.models import Conversation, Role
from knowledge.previews import preview_document
from knowledge.parse import DocumentError
from tests.rolecall_process import ROLECALL, environment, free_port, rolecall


def said(result) -> list[str]:
    """What a command said on stderr, without the server's JSON log lines."""
    return [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("{")]


# -- a Microsoft app id that is not one ------------------------------------------

@pytest.mark.parametrize("app_id", ["rolecall-bot", "6a1f4b0e3c2d", "Xq8~secret.value-that-is-a-password"])
def test_an_app_id_that_is_not_a_guid_stops_serve_naming_the_variable_not_its_value(tmp_path, app_id):
    """Only `rolecall doctor` said that MICROSOFT_APP_ID was no GUID (the
    bot's name, or the client secret pasted into the wrong box): `serve`
    started, and every Teams message failed at Microsoft, in a log line
    nobody reads. Start-up now stops and says where the id is found."""
    env = dict(database_url=f"sqlite:///{tmp_path / 'rolecall.db'}", MICROSOFT_APP_ID=app_id,
               MICROSOFT_APP_PASSWORD="s3cr3t-Password~value")

    served = rolecall("serve", "--host", "127.0.0.1", "--port", str(free_port()), **env)

    assert served.returncode != 0
    assert "Traceback" not in served.stdout + served.stderr, served.stderr
    [line] = said(served)
    assert line.startswith("rolecall: MICROSOFT_APP_ID is not a GUID") and "Azure Bot" in line, line
    assert app_id not in served.stdout + served.stderr
    assert "s3cr3t-Password~value" not in served.stdout + served.stderr


def test_an_app_id_in_capitals_is_still_a_guid():
    from adapters.settings import load_settings

    settings = load_settings({"MICROSOFT_APP_ID": "6A1F4B0E-3C2D-4E5F-8A9B-0C1D2E3F4A5B",
                              "MICROSOFT_APP_PASSWORD": "pw"})

    assert settings.teams.app_id == "6A1F4B0E-3C2D-4E5F-8A9B-0C1D2E3F4A5B"


# -- a Slack Web API address that is no address -----------------------------------

@pytest.mark.parametrize("url", ["slack.example.org/api", "not a url", "ftp://slack.example.org/api/", "http://proxy:port/api/"])
def test_a_slack_api_url_that_is_no_http_address_stops_start_up(url):
    """SLACK_API_URL=slack.com/api (no scheme) started a server whose every
    Slack request got 503, its log blaming the network. Said at start, the
    value unshown (a proxy's address may carry a password)."""
    from adapters.settings import ConfigError, load_settings

    with pytest.raises(ConfigError, match="^SLACK_API_URL must be an http:// or https:// address") as refused:
        load_settings({"SLACK_BOT_TOKEN": "xoxb-1-2-abc", "SLACK_SIGNING_SECRET": "secret", "SLACK_API_URL": url})

    assert url not in str(refused.value)


def test_a_slack_api_url_with_a_proxy_password_is_still_taken():
    from adapters.settings import load_settings

    settings = load_settings({"SLACK_BOT_TOKEN": "xoxb-1-2-abc", "SLACK_SIGNING_SECRET": "secret",
                              "SLACK_API_URL": "https://user:pw@proxy.internal:8443/api/"})

    assert settings.slack.api_url == "https://user:pw@proxy.internal:8443/api/"


# -- a paragraph read as a title ---------------------------------------------------

def _roles(store) -> list[str]:
    with store.session() as session:
        return sorted(session.exec(sql_select(Role.title)).all())


@pytest.mark.parametrize("name, text", [
    ("long.md", "# " + "Engineer " * 2300 + "\n\n## Responsibilities\n- Build pipelines\n"),
    ("long.txt", "Title: " + "x" * 20_000 + "\n\nResponsibilities\n- Build pipelines\n"),
    ("long.json", '{"title": "' + "Data " * 4000 + '", "description": "Build pipelines."}'),
])
def test_a_title_of_thousands_of_characters_is_refused_and_the_store_kept(store, tmp_path, name, text):
    """A 20,000-character first line was stored as a role's title: every
    list, heading and "did you mean" showed the paragraph. The document is
    refused, saying what was read as its title, and what is stored stays."""
    good = tmp_path / "data-engineer.md"
    good.write_text("# Data Engineer\n\n## Responsibilities\n- Build pipelines\n", encoding="utf-8")
    ingest_paths(store, [good])
    document = tmp_path / "again" / name
    document.parent.mkdir()
    document.write_text(text, encoding="utf-8")

    with pytest.raises(IngestError) as refused:
        ingest_paths(store, [document])

    [error] = refused.value.errors
    assert error.startswith(f"{document}: the line read as its role's title is ") and "at most 200" in error, error
    assert len(error) - len(str(document)) < 400
    assert _roles(store) == ["Data Engineer"]


def test_a_long_title_sent_in_chat_is_refused_before_any_preview(store):
    with pytest.raises(DocumentError, match="at most 200"):
        preview_document(store, ("# " + "Manager " * 100 + "\n\n## Responsibilities\n- Lead\n").encode(),
                         "manager.md", who="U1", platform="slack")


def test_a_long_but_real_title_is_kept(store, tmp_path):
    title = "Senior Staff Software Engineer, Machine Learning Infrastructure (Distributed Training, EMEA)"
    document = tmp_path / "ml-infra.md"
    document.write_text(f"# {title}\n\n## Responsibilities\n- Build training clusters\n", encoding="utf-8")

    ingest_paths(store, [document])

    assert _roles(store) == [title]


# -- a conversation past its time to live -------------------------------------------

def _count(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Conversation.__table__)).scalar_one()


@pytest.mark.parametrize("read", ["one", "together"])
def test_an_expired_context_is_deleted_when_read(store, monkeypatch, read):
    """On SQLite the upsert stores a time as "…+00:00" and SQLAlchemy
    binds one without it: the DELETE matching the time read never matched,
    so an expired context stayed (read, found expired, on every turn) until
    a prune. Read two hours on with an hour to live, it goes."""
    save_context(store, "slack:T1:C1:1", Context(role_ids=(1,), intent="salary"))
    save_context(store, "slack:T1:C1:1", Context(role_ids=(2,), intent="salary"))  # the upsert's update too
    save_context(store, "slack:T1:C1:2", Context(role_ids=(3,), intent="salary"))
    later = conversations.utcnow() + timedelta(hours=2)
    monkeypatch.setattr(conversations, "utcnow", lambda: later)

    if read == "one":
        assert load_context(store, "slack:T1:C1:1", timedelta(hours=1)) is None
        assert load_context(store, "slack:T1:C1:2", timedelta(hours=1)) is None
    else:
        assert load_contexts(store, ["slack:T1:C1:1", "slack:T1:C1:2"], timedelta(hours=1)) == {
            "slack:T1:C1:1": None, "slack:T1:C1:2": None}

    assert _count(store) == 0


def test_a_context_renewed_meanwhile_is_not_deleted(store, monkeypatch):
    """The DELETE of an expired row still spares one another process wrote
    since it was read: only a row older than the time to live goes."""
    save_context(store, "teams:c1", Context(role_ids=(1,), intent="salary"))
    real_now = conversations.utcnow
    later = real_now() + timedelta(hours=2)
    monkeypatch.setattr(conversations, "utcnow", lambda: later)
    first = conversations._load(store.engine).first

    def read_then_renewed(engine, params):
        row = first(engine, params)
        monkeypatch.setattr(conversations, "utcnow", lambda: later)
        save_context(store, "teams:c1", Context(role_ids=(2,), intent="duties"))  # stamped `later`
        return row

    monkeypatch.setattr(conversations._load(store.engine), "first", read_then_renewed)

    assert load_context(store, "teams:c1", timedelta(hours=1)) is None
    monkeypatch.undo()
    assert _count(store) == 1


# -- an env file that is not UTF-8 ---------------------------------------------------

@pytest.mark.parametrize("data, expected", [
    ("DATABASE_URL=sqlite:///x.db\nSLACK_BOT_TOKEN=xoxb-1\n".encode("utf-16"), "is saved as UTF-16: save it as UTF-8"),
    (b"DATABASE_URL=sqlite:///x.db\nSLACK_SIGNING_SECRET=caf\xe9-s3cret\n", ", line 2: not UTF-8 text; save the file"),
])
def test_an_env_file_that_is_not_utf8_says_which_line_and_what_to_do(tmp_path, data, expected):
    """A .env saved by Notepad as "Unicode", or with one Latin-1 letter,
    was refused with Python's "'utf-8' codec can't decode byte 0xff in
    position 0": no line, no way out. The value is never shown."""
    from adapters.envfile import EnvFileError, parse_env_file

    path = tmp_path / ".env"
    path.write_bytes(data)

    with pytest.raises(EnvFileError) as refused:
        parse_env_file(path)

    assert expected in str(refused.value) and "s3cret" not in str(refused.value)
    assert "codec" not in str(refused.value)


def test_an_env_file_with_a_utf8_bom_is_read(tmp_path):
    from adapters.envfile import parse_env_file

    path = tmp_path / ".env"
    path.write_bytes(b"\xef\xbb\xbfROLECALL_ADMINS=U1\r\n")

    assert parse_env_file(path) == {"ROLECALL_ADMINS": "U1"}


# -- a SQLite database in memory ------------------------------------------------------

@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///", "sqlite:///:memory:", "sqlite:///file::memory:?uri=true"])
def test_a_sqlite_database_in_memory_is_refused_before_anything_is_added_and_lost(tmp_path, url):
    """DATABASE_URL=sqlite:/// ingested, said "1 added", and kept nothing
    (the next command saw no such role); "sqlite://" was a traceback
    ("no such table: meta"). Each command now says to name a file."""
    document = tmp_path / "baker.md"
    document.write_text("# Baker\n\n## Responsibilities\n- Bake\n", encoding="utf-8")

    for result in (rolecall("ingest", str(document), database_url=url), rolecall("ask", "what does a baker do", database_url=url)):
        assert result.returncode != 0
        assert "Traceback" not in result.stderr, result.stderr
        [line] = said(result)
        assert line.startswith(f"rolecall: DATABASE_URL '{url}' is a SQLite database in memory") and "name a file" in line


def test_a_sqlite_url_under_the_home_folder_is_kept_there(tmp_path):
    """"sqlite:///~/rolecall.db" made a folder named "~" in the working
    directory and kept the store in it: the next command, run elsewhere,
    found an empty store. "~" is the home folder, as in a plain path."""
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir(), work.mkdir()

    result = subprocess.run([str(ROLECALL), "roles"], cwd=work, capture_output=True, text=True, timeout=120,
                            env=environment("sqlite:///~/rolecall.db", HOME=str(home)))

    assert result.returncode == 0, result.stderr
    assert (home / "rolecall.db").exists() and not (work / "~").exists()


# -- a document sent in chat under a name no file system keeps --------------------------

def test_a_document_sent_with_a_name_of_thousands_of_bytes_is_refused_saying_so(store):
    """On PostgreSQL a name past ~2,700 bytes cannot be indexed: the preview
    failed with the database's "index row size exceeds maximum", which the
    chat showed as something gone wrong. The sender is told to rename it."""
    name = "".join(f"{i:04x}" for i in range(1500)) + ".md"

    with pytest.raises(DocumentError, match="the file name is over 255 bytes; rename the file"):
        preview_document(store, b"# Tiler\n\n## Responsibilities\n- Tile floors\n", name, who="U1", platform="slack")

    assert _roles(store) == []


def test_a_document_sent_with_an_ordinary_long_name_is_previewed(store):
    name = "Senior Staff Software Engineer - Machine Learning Infrastructure (EMEA) - final v3.md"

    found = preview_document(store, b"# Tiler\n\n## Responsibilities\n- Tile floors\n", name, who="U1", platform="slack")

    assert [role.title for role in found.roles] == ["Tiler"]


# -- a tenant id that is not one ---------------------------------------------------

@pytest.mark.parametrize("app_type", ["SingleTenant", "MultiTenant"])
@pytest.mark.parametrize("tenant_id", ["contoso", "9b2c1d0e-aaaa-4bbb-8ccc", "Xq8~secret.value-that-is-a-password"])
def test_a_tenant_id_that_is_not_a_guid_stops_serve_naming_the_variable_not_its_value(tmp_path, tenant_id, app_type):
    """Only `rolecall doctor` said that MICROSOFT_APP_TENANT_ID was no GUID
    (the tenant's name, a truncated id, the secret pasted in the wrong box):
    `serve` started, and a single-tenant bot's every reply failed at
    Microsoft's sign-in. Start-up now stops, as for MICROSOFT_APP_ID."""
    env = dict(database_url=f"sqlite:///{tmp_path / 'rolecall.db'}",
               MICROSOFT_APP_ID="6a1f4b0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b", MICROSOFT_APP_TYPE=app_type,
               MICROSOFT_APP_PASSWORD="s3cr3t-Password~value", MICROSOFT_APP_TENANT_ID=tenant_id)

    served = rolecall("serve", "--host", "127.0.0.1", "--port", str(free_port()), **env)

    assert served.returncode != 0
    assert "Traceback" not in served.stdout + served.stderr, served.stderr
    [line] = said(served)
    assert line.startswith("rolecall: MICROSOFT_APP_TENANT_ID is not a GUID") and "Azure Bot" in line, line
    assert tenant_id not in served.stdout + served.stderr
    assert "s3cr3t-Password~value" not in served.stdout + served.stderr


def test_a_tenant_id_in_capitals_is_still_a_guid():
    from adapters.settings import load_settings

    settings = load_settings({"MICROSOFT_APP_ID": "6a1f4b0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b", "MICROSOFT_APP_PASSWORD": "pw",
                              "MICROSOFT_APP_TYPE": "SingleTenant",
                              "MICROSOFT_APP_TENANT_ID": "9B2C1D0E-AAAA-4BBB-8CCC-123456789ABC"})

    assert settings.teams.tenant_id == "9B2C1D0E-AAAA-4BBB-8CCC-123456789ABC"


# -- a log saved as text ---------------------------------------------------------------

INGEST_LOG = """\
/srv/jd/data-engineer.md: Data Engineer (markdown, added); 4 sections (about_the_role 1, key_responsibilities 6, requirements 5, compensation 1); salary: 120,000 - 150,000 USD per year
  warning: the heading 'Benefits' has no items
/srv/jd/sous-chef.txt: Sous Chef (plain_text, added); 3 sections (about_the_role 2, key_responsibilities 7, requirements 4); salary: 19 - 23 USD per hour
/srv/jd/careers.html: 2 roles (html)
  Barista (added); 3 sections (about_the_role 1, key_responsibilities 5, perks 3); salary: 14 - 16 GBP per hour
  Store Manager (added); 4 sections (about_the_role 1, key_responsibilities 9, requirements 6, perks 3); salary: not stated
    warning: line 12: text outside any known section skipped: 'Apply by sending your CV and a short cover letter…'
/srv/jd/nurse.docx: Registered Nurse (word, added); 5 sections (about_the_role 1, key_responsibilities 8, requirements 6, education_minimum 1, compensation 1); salary: 31 - 38 USD per hour
completeness:
  Data Engineer: missing benefits
  Sous Chef: complete
  Barista: complete
  Store Manager: missing salary not stated
  Registered Nurse: complete
4 files read: roles 5 added, 0 updated, 0 unchanged; 0 skipped; 2 warnings
"""

SERVER_LOG = """\
2026-12-05 09:14:02,118 INFO rolecall.serve listening on 0.0.0.0:3978 (Slack, Teams)
2026-12-05 09:14:02,907 INFO rolecall.slack auth.test ok: team T0123ABC, bot U0456DEF
2026-12-05 09:15:41,530 INFO rolecall.answers slack:T0123ABC:C0789 salary for senior data engineer -> salary (12 ms)
2026-12-05 09:16:03,004 WARNING rolecall.answers slack:T0123ABC:C0789 what experience does the role need -> not understood
2026-12-05 09:21:17,662 ERROR rolecall.teams reply to https://smba.trafficmanager.net/emea/ failed: 502, retrying in 2 s
2026-12-05 09:21:19,701 INFO rolecall.teams reply sent after 2 attempts
2026-12-05 09:40:55,012 INFO rolecall.ingest /srv/jd/data-engineer.md: Data Engineer updated (job description, 4 sections)
2026-12-05 10:02:36,480 INFO rolecall.answers teams:19:abc@thread.v2 roles paying more than 120k -> list of 3 roles
"""


@pytest.mark.parametrize("name, text", [("ingest-2026-12-05.txt", INGEST_LOG), ("rolecall.log.txt", SERVER_LOG),
                                        ("ingest.md", INGEST_LOG)])
def test_a_log_saved_as_text_is_refused_as_no_job_description_and_the_store_kept(store, tmp_path, name, text):
    """`rolecall ingest`'s output, or the server's log, saved as .txt in the
    folder of job descriptions was stored as a role titled with its first
    line (or "completeness"): it speaks of salary, experience and roles. A
    document most of whose text is lines a program wrote (paths, log levels,
    timestamps), with no section of a job description, is refused."""
    good = tmp_path / "data-engineer.md"
    good.write_text("# Data Engineer\n\n## Responsibilities\n- Build pipelines\n", encoding="utf-8")
    ingest_paths(store, [good])
    document = tmp_path / "logs" / name
    document.parent.mkdir()
    document.write_text(text, encoding="utf-8")

    with pytest.raises(IngestError) as refused:
        ingest_paths(store, [document])

    [error] = refused.value.errors
    assert error.startswith(f"{document}: this does not look like a job description") and "log" in error, error
    assert _roles(store) == ["Data Engineer"]


def test_a_posting_that_quotes_a_few_log_lines_is_kept(store, tmp_path):
    """An SRE posting showing the logs the hire will read is a job description."""
    document = tmp_path / "sre.txt"
    document.write_text(
        "Site Reliability Engineer\n\nAbout the role\nYou will keep our chat services up, and read lines like these:\n\n"
        "2026-12-05 09:21:17,662 ERROR teams reply failed: 502, retrying in 2 s\n"
        "2026-12-05 09:21:19,701 INFO teams reply sent after 2 attempts\n"
        "/var/log/rolecall/serve.log: rotated\n\n"
        "Responsibilities\n- Run the on-call rota\n- Write post-mortems\n\n"
        "Requirements\n- 3+ years running Linux services\n", encoding="utf-8")

    ingest_paths(store, [document])

    assert _roles(store) == ["Site Reliability Engineer"]


# -- UTF-16 with no byte-order mark ----------------------------------------------------

POSTING = "Pâtissier (Pastry Chef)\n\nResponsibilities\n- Laminate croissant dough\n- Temper chocolate\n\n" \
          "Requirements\n- 3+ years in a pastry kitchen\n\nSalary: €38,000 – €44,000 per year\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name, text", [("patissier.txt", POSTING), ("patissier.md", "# " + POSTING)])
def test_a_utf16_file_with_no_byte_order_mark_is_read_not_called_binary(codec, name, text):
    """Exports that write UTF-16 with no byte-order mark (PowerShell's
    `Out-File -Encoding unicode` piped through some tools, database dumps)
    were refused as "binary, not text": every other byte is NUL. The NULs'
    places tell the byte order; the document is read, and the report says how."""
    from knowledge.readers import read

    [doc] = read(text.encode(codec), name)

    assert doc.title == "Pâtissier (Pastry Chef)"
    assert "Temper chocolate" in [item.text for item in doc.items]
    assert f"read as {codec.upper()} text (no byte-order mark)" in [str(w) for w in doc.warnings]


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00" * 20,
    POSTING.encode("utf-32-le"),
    bytes(range(256)) * 8,
])
def test_a_binary_file_is_still_refused_as_binary(data):
    from knowledge.readers import read

    with pytest.raises(DocumentError, match="binary, not text"):
        read(data, "notes.txt")


# -- control characters in a title line ------------------------------------------------

@pytest.mark.parametrize("title", ["Data\x07 Engineer\x08", "Data\x0bEngineer", "\x1bData Engineer\x7f",
                                   "Data \x85Engineer"])
@pytest.mark.parametrize("duties", [1, 20])
def test_a_title_line_with_a_few_control_characters_is_read_without_them(tmp_path, store, title, duties):
    """Two control characters in a title line (a terminal's bell pasted with
    it, Word's line break as \\v) made a short posting "full of control
    characters, not text", and a longer one stored them in the title, shown
    in every answer. They are read as spaces."""
    document = tmp_path / "data-engineer.md"
    document.write_text(f"# {title}\n\n## Responsibilities\n" + "- Build pipelines\n" * duties, encoding="utf-8")

    ingest_paths(store, [document])

    assert _roles(store) == ["Data Engineer"]


def test_a_line_mostly_of_control_characters_is_still_refused(tmp_path):
    from knowledge.readers import read

    with pytest.raises(DocumentError, match="line 1 is mostly control characters"):
        read(("# \x1b\x07\x1b\x07\x1b\x07\x01\x02AB\n\n## Responsibilities\n" + "- Build pipelines\n" * 40).encode(),
             "garbled.md")


# -- a file name with a line break in it ------------------------------------------------

def test_file_names_with_line_breaks_are_shown_escaped_one_line_each_in_the_ingest_report(tmp_path):
    """A file named with a newline (saved from a mail client, or made to
    forge a line) split its report line in two: the second half read as a
    line of its own, "added" or not. Such a name is shown escaped, as
    Python writes it, so each file keeps one line."""
    folder = tmp_path / "jd"
    folder.mkdir()
    (folder / "data\nengineer.md").write_text("# Data Engineer\n\n## Responsibilities\n- Build pipelines\n",
                                              encoding="utf-8")
    (folder / "notes\n: added.bak").write_text("not read", encoding="utf-8")
    database_url = f"sqlite:///{tmp_path / 'rolecall.db'}"

    added = rolecall("ingest", str(folder), database_url=database_url)

    assert added.returncode == 0, added.stderr
    lines = added.stdout.splitlines()
    assert f"{folder}/data\\nengineer.md: Data Engineer (markdown, added); 1 sections " \
           "(key_responsibilities 1); salary: none in this document" in lines, lines
    assert [line for line in lines if line.startswith(f"{folder}/notes\\n: added.bak: skipped, unknown format")]
    assert not [line for line in lines if line.startswith(("engineer.md", ": added"))]

    (folder / "bad\rname.md").write_text("# \x1b\x07\x1b\x07\x1b\x07AB\n", encoding="utf-8")
    refused = rolecall("ingest", str(folder), database_url=database_url)

    assert refused.returncode != 0
    assert f"  {folder}/bad\\rname.md: the file is full of control characters, not text" in refused.stderr.splitlines()


# -- ids of any length, from an anonymous Teams endpoint -----------------------------------

def test_an_anonymous_teams_endpoint_logs_ids_of_any_length_shortened_on_one_line(database_url, caplog):
    """Without an app id anyone may post an activity, with ids of 50,000
    characters and line breaks: each log line about it (a reply not
    delivered) repeated them whole, a megabyte of log for one request, and a
    forged line in text logs. Ids are cut as a request's path is, on one line;
    Teams' own (under 150 characters) stay whole."""
    import asyncio
    import logging

    from tests.fake_connector import Recording, teams_and_bot
    from bot import open_assistant

    huge = {"activity": "A" * 50_000, "conversation": "a:" + "C" * 49_990 + "\nforged", "reply": "R" * 50_000}
    teams_id = "a:1pL6H0wz2kM9vQe7RjXc3Tb5YdN8uFgS4iAoKlPq" + "Zx" * 45  # a personal chat's id: 131 characters

    async def scenario():
        real = open_assistant(database_url)
        try:
            async with teams_and_bot(Recording(real)) as teams:
                teams.connector.troubles = [(400, {}), (400, {})]
                for conversation, activity in ((huge["conversation"], huge["activity"]), (teams_id, "1759881511856")):
                    sent = teams.personal("salary for lead back end engineer", id=activity)
                    sent["conversation"] = dict(sent["conversation"], id=conversation)
                    sent["replyToId"] = huge["reply"]
                    assert await teams.post(sent) == 200
        finally:
            real.knowledge.store.dispose()

    with caplog.at_level(logging.INFO):
        asyncio.run(scenario())

    failures = [r for r in caplog.records if "Teams reply not delivered" in r.getMessage()]
    assert len(failures) == 2, [r.getMessage()[:200] for r in caplog.records]
    for record in caplog.records:
        shown = [record.getMessage(), *(str(v) for k, v in vars(record).items() if k.startswith("teams_"))]
        assert all(len(text) < 1_000 and "\nforged" not in text for text in shown), shown[0][:300]
    assert "AAAAAAAAAA" in failures[0].getMessage() and "…" in failures[0].getMessage()
    assert teams_id in failures[1].getMessage() and failures[1].teams_conversation_id == teams_id
