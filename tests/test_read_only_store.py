"""A store RoleCall may read but not write: a SQLite file opened read-only
(`sqlite:///file:/srv/rolecall.db?mode=ro&uri=true`, a copy on a read-only
share), or a PostgreSQL standby. A recruiter still gets answers; a command
that must change the store says in one line why it cannot, never with a
traceback, and nothing stored is touched."""

import subprocess
import time

import pytest

from knowledge import Knowledge, Store
from tests.conftest import SEEDS, _postgres_url
from tests.rolecall_process import ROLECALL, environment, rolecall


def read_only(path) -> str:
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def roles_in(url: str) -> list[str]:
    store = Store(url)
    try:
        return [role.title for role in Knowledge(store).roles()]
    finally:
        store.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def seeded(request, tmp_path):
    """A seeded store's URL, the URL that reaches it read-only (a file opened
    with mode=ro; a PostgreSQL session whose transactions are read-only, as
    on a standby), and the roles it holds."""
    if request.param == "sqlite":
        url, read_only_url = f"sqlite:///{tmp_path / 'rolecall.db'}", read_only(tmp_path / "rolecall.db")
    else:
        url = _postgres_url(request)
        read_only_url = url.replace("options=", "options=-cdefault_transaction_read_only%3Don%20", 1)
    result = rolecall("ingest", str(SEEDS), "--quiet", database_url=url)
    assert result.returncode == 0, result.stderr
    return url, read_only_url, roles_in(url)


def test_a_recruiter_asking_a_read_only_store_gets_the_answer_and_a_note_that_it_was_not_recorded(seeded):
    _, read_only_url, _ = seeded

    result = rolecall("ask", "salary for lead back end engineer", database_url=read_only_url)

    assert result.returncode == 0, result.stderr
    assert "Lead Back End Engineer: salary" in result.stdout
    assert "read-only" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["remove", "engineer.txt"], ["ingest", "NEW"], ["db", "prune"]])
def test_changing_a_read_only_store_is_refused_in_one_line_and_nothing_is_lost(seeded, tmp_path, command):
    url, read_only_url, roles = seeded
    new = tmp_path / "data-wrangler.md"
    new.write_text("# Data Wrangler\n\n## Responsibilities\n\n- Wrangle data\n")
    command = [str(new) if word == "NEW" else word for word in command]

    result = rolecall(*command, database_url=read_only_url)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    said = result.stderr.strip().splitlines()
    assert len(said) <= 2 and "is read-only" in said[-1], result.stderr
    assert roles_in(url) == roles


def test_a_new_store_that_cannot_be_written_says_so_in_one_line(tmp_path):
    """`rolecall roles` on an empty file opened read-only: the bundled
    roles cannot be loaded into it, and that is the message."""
    (tmp_path / "empty.db").touch()

    result = rolecall("roles", database_url=read_only(tmp_path / "empty.db"))

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "is read-only" in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_sqlite_uri_leaves_no_stray_folder_where_the_command_ran(tmp_path):
    path = tmp_path / "rolecall.db"
    assert rolecall("roles", database_url=f"sqlite:///{path}").returncode == 0
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()

    subprocess.run([str(ROLECALL), "roles"], cwd=elsewhere, capture_output=True, text=True, timeout=120,
                   env=environment(read_only(path)))

    assert list(elsewhere.iterdir()) == []


def test_serve_on_a_read_only_store_refuses_to_start_instead_of_answering_try_again_forever(seeded):
    """The web process stores each conversation's context and Slack's
    event ids: on a store that refuses writes every answer would be "try
    again shortly" while /readyz said ready. The on-call engineer is told
    at start, in one line, and the process exits."""
    _, read_only_url, _ = seeded

    result = rolecall("serve", "--port", "0", database_url=read_only_url, timeout=60, ROLECALL_TEAMS_ANONYMOUS="1",
                      ROLECALL_LOG_FORMAT="text")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "is read-only" in result.stderr.strip().splitlines()[-1], result.stderr


def test_doctor_finds_the_read_only_file_and_says_it_cannot_be_written(seeded):
    """Not "no store at file:… yet": the file is there, it answers, and the
    write check fails with what to do."""
    _, read_only_url, _ = seeded

    result = rolecall("doctor", "--timeout", "2", database_url=read_only_url)

    assert "Traceback" not in result.stdout + result.stderr
    assert "no store at" not in result.stdout
    assert "answers" in result.stdout and "[FAIL] writable" in result.stdout, result.stdout


def test_a_store_that_turns_read_only_while_serving_is_one_warning_per_prune_not_a_traceback(seeded, caplog):
    """On-call sees why the prune was skipped in one line each interval; the web process goes on."""
    from bot import open_assistant
    from tests.web_process import WebProcess

    _url, read_only_url, _roles = seeded
    assistant = open_assistant(read_only_url, serving=True)
    try:
        with caplog.at_level("WARNING"), WebProcess(assistant, prune_interval=0.05, question_log_days=30):
            deadline = time.monotonic() + 30
            while sum("prune skipped" in r.getMessage() for r in caplog.records) < 2:
                assert time.monotonic() < deadline, [r.getMessage() for r in caplog.records]
                time.sleep(0.02)
    finally:
        assistant.knowledge.store.dispose()
    pruning = [r for r in caplog.records if "prune" in r.getMessage()]
    assert all("read-only" in r.getMessage() and r.exc_info is None for r in pruning)
