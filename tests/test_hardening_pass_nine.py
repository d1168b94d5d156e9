"""Hardening, pass nine: mistakes people make when they deploy and feed
RoleCall, each met with one line that says what to do, never a traceback,
and never a role gone without a word.

Through the real `rolecall` command (tests/rolecall_process.py) on a real
SQLite file or the local PostgreSQL server; `ingest_paths` on a real store.
"""

import json
import os
import uuid
import zipfile

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from knowledge import ingest_paths, readers
from tests.conftest import NO_POSTGRES, POSTGRES_ENV
from tests.rolecall_process import free_port, rolecall


def said(result) -> list[str]:
    """What a command said on stderr, without the server's JSON log lines."""
    return [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("{")]


# -- the knowledge store on PostgreSQL, set up by someone else ----------------

@pytest.fixture
def postgres_admin():
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(NO_POSTGRES)
    admin = create_engine(base)
    made: list[str] = []
    yield base, admin, made
    with admin.begin() as conn:
        for statement in reversed(made):
            conn.execute(text(statement))
    admin.dispose()


def _schema_and_user(postgres_admin, *grants: str) -> str:
    """A schema made by the database's owner, and a login user granted only
    `grants` on it (as a DBA hands a service its own user); that user's URL."""
    base, admin, made = postgres_admin
    name = f"rc9_{uuid.uuid4().hex[:10]}"
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
        made.append(f"DROP SCHEMA {name} CASCADE")
        conn.execute(text(f"CREATE ROLE {name} LOGIN"))
        made.insert(0, f"DROP ROLE {name}")  # dropped last, once the schema and its grants are gone
        for grant in grants:
            conn.execute(text(grant.format(schema=name, user=name)))
    url = make_url(base).set(username=name, password=None)
    return url.render_as_string(hide_password=False) + f"?options=-csearch_path%3D{name}"


def test_a_postgresql_user_that_may_not_create_tables_is_told_what_to_grant(postgres_admin):
    """Since PostgreSQL 15 only a database's owner may create tables in
    `public`: a service user made the usual way got a page of SQLAlchemy
    traceback from every command, and `serve` died with it."""
    url = _schema_and_user(postgres_admin, "GRANT USAGE ON SCHEMA {schema} TO {user}")

    listed = rolecall("roles", database_url=url)
    served = rolecall("serve", "--host", "127.0.0.1", "--port", str(free_port()), database_url=url,
                      ROLECALL_TEAMS_ANONYMOUS="1")

    for result in (listed, served):
        assert result.returncode != 0
        assert "Traceback" not in result.stdout + result.stderr, result.stderr
        [line] = said(result)
        assert "permission denied for schema" in line and "GRANT USAGE, CREATE ON SCHEMA" in line, line


def test_a_postgresql_user_that_may_read_but_not_write_cannot_serve_and_is_told_why(postgres_admin, tmp_path):
    """The tables made by the owner, the service user granted SELECT only:
    `ask` still answers (and says it records nothing), `ingest` and `serve`
    refuse in one line naming the grant, and nothing stored is touched."""
    url = _schema_and_user(postgres_admin, "GRANT USAGE ON SCHEMA {schema} TO {user}")
    base, admin, _made = postgres_admin
    schema = make_url(url).username
    owner_url = base + ("&" if "?" in base else "?") + f"options=-csearch_path%3D{schema}"
    assert rolecall("roles", database_url=owner_url).returncode == 0  # the owner migrates and seeds
    with admin.begin() as conn:
        conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {schema}"))

    asked = rolecall("ask", "salary for lead back end engineer", database_url=url)
    ingested = rolecall("ingest", str(_document(tmp_path, "Data Engineer", "build pipelines")), database_url=url)
    served = rolecall("serve", "--host", "127.0.0.1", "--port", str(free_port()), database_url=url,
                      ROLECALL_TEAMS_ANONYMOUS="1")

    assert asked.returncode == 0 and "Lead Back End Engineer" in asked.stdout
    assert [line for line in said(asked) if "not recorded" in line and "permission denied" in line]
    for result in (ingested, served):
        assert result.returncode != 0
        assert "Traceback" not in result.stdout + result.stderr, result.stderr
        [line] = said(result)
        assert "read-only" in line and "GRANT INSERT, UPDATE, DELETE" in line, line
    assert "Engineer" in rolecall("roles", database_url=owner_url).stdout


def test_a_search_path_naming_no_schema_says_so(postgres_admin):
    base, _admin, _made = postgres_admin
    url = base + ("&" if "?" in base else "?") + f"options=-csearch_path%3Dnowhere_{uuid.uuid4().hex[:8]}"

    result = rolecall("roles", database_url=url)

    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    [line] = said(result)
    assert "no schema" in line and "CREATE SCHEMA" in line, line


def test_doctor_fails_the_schema_a_postgresql_user_could_not_create_and_names_the_grant(postgres_admin):
    """`rolecall doctor` called such an empty database a warning to fix with
    "nothing": the first start then failed."""
    url = _schema_and_user(postgres_admin, "GRANT USAGE ON SCHEMA {schema} TO {user}")
    user = make_url(url).username

    result = rolecall("doctor", database_url=url)

    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    failed = lines.index(f"[FAIL] schema: empty database, and {user} may not create tables in schema {user}")
    assert lines[failed + 1].strip() == (f"fix: as the database's owner: GRANT USAGE, CREATE ON SCHEMA {user} TO {user}; "
                                         "or use a user that owns the database")


# -- serve, with a HOST that is no address -------------------------------------

def test_a_host_name_that_does_not_resolve_is_one_line_and_a_failed_exit(tmp_path):
    """HOST=0.0.0.0:3000 (a port where the host goes) or a typo: the
    resolver's error came out as a traceback."""
    for host in ("0.0.0.0:3000", "rolecall.invalid"):
        result = rolecall("serve", "--host", host, "--port", str(free_port()),
                          database_url=f"sqlite:///{tmp_path / 'rolecall.db'}", ROLECALL_TEAMS_ANONYMOUS="1")

        assert result.returncode != 0
        assert "Traceback" not in result.stderr + result.stdout, result.stderr
        [line] = said(result)
        assert line.startswith(f"rolecall: cannot listen on {host}:") and "--host 0.0.0.0 or 127.0.0.1" in line


# -- ROLECALL_DOWNLOAD_HOSTS written as a URL ------------------------------------

def test_download_hosts_written_as_a_url_stop_start_up_with_the_host_to_write(tmp_path):
    """`ROLECALL_DOWNLOAD_HOSTS=https://files.slack.com/` matched no file's
    host: every document an admin sent was refused, and only then did the
    variable come up. Like every other setting, it is checked at start."""
    result = rolecall("serve", "--host", "127.0.0.1", "--port", str(free_port()),
                      database_url=f"sqlite:///{tmp_path / 'rolecall.db'}", ROLECALL_TEAMS_ANONYMOUS="1",
                      ROLECALL_DOWNLOAD_HOSTS="https://files.slack.com/,*.sharepoint.com")

    assert result.returncode != 0
    assert said(result) == ["rolecall: ROLECALL_DOWNLOAD_HOSTS: 'https://files.slack.com/' is not a host or "
                            "host:port (write the host alone: files.slack.com); e.g. files.slack.com,*.sharepoint.com"]


# -- doctor, given a public URL that is no address ----------------------------

@pytest.mark.parametrize("public_url", ["https://[::1", "https://rolecall.example.com:99999",
                                        "https://rolecall.example.com:https", "https://rolecall example.com"])
def test_doctor_calls_a_public_url_that_is_no_address_so(public_url, tmp_path):
    """An IPv6 address left open, a port past 65535 or not a number, a
    space: each was a traceback of urllib's instead of the check's line."""
    result = rolecall("doctor", "--timeout", "2", "--public-url", public_url,
                      database_url=f"sqlite:///{tmp_path / 'rolecall.db'}", HOST="127.0.0.1", PORT=str(free_port()))

    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert f"[FAIL] public URL: {public_url!r} is not an address" in result.stdout


# -- teams-package, written over a file that is not one ----------------------

APP_ID = "00000000-0000-0000-0000-000000000000"


def test_a_teams_package_is_never_written_over_a_file_that_is_not_an_earlier_package(tmp_path):
    """`--out` mistyped as the store's own file (tab completion offers it)
    replaced the SQLite database with a zip, every role gone. An earlier
    package is rewritten, as a re-upload with a raised version wants."""
    database = tmp_path / "rolecall.db"
    url = f"sqlite:///{database}"
    assert rolecall("roles", database_url=url).returncode == 0
    stored = database.read_bytes()

    over_store = rolecall("teams-package", "--app-id", APP_ID, "--out", str(database), database_url=url)
    into_folder = rolecall("teams-package", "--app-id", APP_ID, "--out", str(tmp_path), database_url=url)
    first = rolecall("teams-package", "--app-id", APP_ID, "--out", str(tmp_path / "teams.zip"), database_url=url)
    again = rolecall("teams-package", "--app-id", APP_ID, "--version", "1.0.1", "--out", str(tmp_path / "teams.zip"),
                     database_url=url)

    assert over_store.returncode != 0 and said(over_store) == [
        f"rolecall: {database} already exists and is not a Teams package RoleCall wrote: choose another --out, "
        "or remove it first"]
    assert database.read_bytes() == stored
    assert "Engineer" in rolecall("roles", database_url=url).stdout
    assert into_folder.returncode != 0 and said(into_folder) == [
        f"rolecall: {tmp_path} is a folder: give the package's file name, e.g. --out {tmp_path / 'rolecall-teams.zip'}"]
    assert first.returncode == 0 and again.returncode == 0, again.stderr
    with zipfile.ZipFile(tmp_path / "teams.zip") as package:
        assert json.loads(package.read("manifest.json"))["version"] == "1.0.1"


# -- ingest: a file of the same name that describes another role ----------------

def _document(folder, title: str, duty: str):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "job-description.md"
    path.write_text(f"# {title}\n\n## Responsibilities\n- {duty}\n\n## Salary\n$100,000 - $120,000\n")
    return path


def test_a_second_job_description_of_the_same_file_name_says_which_role_it_replaced(store, tmp_path):
    """Two postings both saved as job-description.md, from two folders, on
    two days: sources are identified by file name, so the second replaces
    the first. That used to be reported as the first role "updated" under
    the second's title, the first role gone without a word."""
    ingest_paths(store, [_document(tmp_path / "data", "Data Engineer", "build pipelines")])

    report = ingest_paths(store, [_document(tmp_path / "care", "Nurse", "care for patients")])

    [document] = report.documents
    assert (document.role, document.status) == ("Nurse", "added")
    assert [str(w) for w in document.warnings] == [
        "job-description.md described Data Engineer before: Data Engineer is removed, no other source describes "
        "it (sources are identified by file name: rename this file to keep both roles)"]


def test_a_retitled_document_whose_old_role_has_other_sources_says_the_role_stays(store, tmp_path):
    ingest_paths(store, [_document(tmp_path / "one", "Data Engineer", "build pipelines")])
    other = tmp_path / "two" / "data-engineer-guide.md"
    other.parent.mkdir()
    other.write_text("# Data Engineer\n\n## Requirements\n- SQL\n")
    ingest_paths(store, [other])

    report = ingest_paths(store, [_document(tmp_path / "one", "Nurse", "care for patients")])

    [document] = report.documents
    assert [str(w) for w in document.warnings] == [
        "job-description.md described Data Engineer before: Data Engineer keeps the facts of its other sources only"]
    unchanged = ingest_paths(store, [_document(tmp_path / "one", "Nurse", "care for patients")])
    assert [(d.status, d.warnings) for d in unchanged.documents] == [("unchanged", [])]



# -- documents without a title, whose first heading is a section's ------------

def test_a_document_without_a_title_is_named_after_its_file_not_its_first_section(tmp_path):
    """"# Responsibilities" at the top of a document with no title made a
    role called Responsibilities, its duties filed as its overview."""
    [document] = readers.read(b"# Responsibilities\n\n- build pipelines\n- run the warehouse\n\n"
                              b"# Requirements\n\n- SQL\n", "data-analyst.md")

    assert document.title == "Data Analyst"
    assert [(item.section, item.text) for item in document.items] == [
        ("key_responsibilities", "build pipelines"), ("key_responsibilities", "run the warehouse"),
        ("requirements", "SQL")]


def test_a_posting_whose_description_opens_with_a_responsibilities_heading_keeps_them_as_duties():
    """An ATS export gives the title in its own field; a description opening
    with <h1>Responsibilities</h1> lost that heading as if it were the title."""
    export = (b'[{"title": "Data Engineer", "description": "<h1>Responsibilities</h1><ul><li>build pipelines</li></ul>'
              b'<h1>Requirements</h1><ul><li>SQL</li></ul>"}]')

    [document] = readers.read(export, "jobs.json")

    assert document.title == "Data Engineer"
    assert [(item.section, item.text) for item in document.items] == [
        ("key_responsibilities", "build pipelines"), ("requirements", "SQL")]


def test_a_title_that_merely_starts_like_a_section_is_still_the_title():
    [document] = readers.read(b"# Compensation Analyst\n\n## Responsibilities\n\n- benchmark pay\n", "x.md")

    assert document.title == "Compensation Analyst"


def test_front_matter_whose_title_is_a_list_is_read_not_a_traceback(tmp_path):
    """`title: [Data Engineer, Analytics Engineer]` in YAML front matter is
    a list: `rolecall ingest` died with a TypeError. One item is the title;
    several are set aside with a warning, and the file name names the role."""
    one = tmp_path / "one.md"
    one.write_text("---\ntitle: [Data Engineer]\n---\n## Responsibilities\n- build pipelines\n")
    several = tmp_path / "data-roles.md"
    several.write_text("---\ntitle: [Data Engineer, Analytics Engineer]\n---\n## Responsibilities\n- build pipelines\n")

    result = rolecall("ingest", "--dry-run", str(one), str(several), database_url=f"sqlite:///{tmp_path / 'r.db'}")

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{one}: Data Engineer (markdown, added)" in result.stdout
    assert f"{several}: Data Roles (markdown, added)" in result.stdout
    assert ("  warning: the title field is a list ('Data Engineer; Analytics Engineer'), not one title; ignored"
            in result.stdout.splitlines())
