"""The command line as a newcomer meets it: `--version`, help that explains
each command and lists the settings, options where people put them, a
suggestion for a typo, settings from a `.env` file, backups, and a Teams
package with the organisation's own details."""

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from adapters.settings import variables
from knowledge import Store
from tests.conftest import PROJECT

ROLECALL = Path(sys.executable).with_name("rolecall")
APP_ID = "6a1f4b0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"


def run(*args, cwd: Path, env: dict | None = None, stdin: str | None = None):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MICROSOFT_", "ROLECALL_"))
            and k != "DATABASE_URL"}
    result = subprocess.run([str(ROLECALL), *args], capture_output=True, text=True, cwd=cwd, input=stdin,
                            env={**base, **(env or {})}, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_version_comes_from_the_installed_package(tmp_path):
    from importlib.metadata import version

    result = run("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"rolecall {version('rolecall')}"


def test_help_describes_every_command_and_lists_every_setting(tmp_path):
    main_help = run("--help", cwd=tmp_path).stdout
    for name in (variable.name for variable in variables()):
        assert re.search(rf"^  {name} +\S", main_help, re.M), name
    for command in ("doctor", "backup", "teams-package"):
        assert re.search(rf"^    {command} +\w", main_help, re.M), command
    doctor_help = run("doctor", "--help", cwd=tmp_path).stdout
    assert "Check this deployment: database, documents, Slack" in doctor_help
    assert "--database-url URL" in doctor_help and "--env-file PATH" in doctor_help


def test_the_help_table_lists_the_settings_of_env_example():
    """Two lists for two readers (the operator's file, `--help`), from one
    declaration; tests/test_env_example.py keeps the file equal to what the code reads."""
    from tests.test_env_example import settings_in_example

    assert sorted(variable.name for variable in variables()) == sorted(settings_in_example())


def test_the_database_option_goes_before_or_after_the_command(tmp_path):
    before = run("--database-url", str(tmp_path / "a.db"), "ask", "what does an Engineer own?", cwd=tmp_path)
    after = run("ask", "--database-url", str(tmp_path / "b.db"), "what does an Engineer own?", cwd=tmp_path)
    nested = run("db", "current", "--database-url", str(tmp_path / "a.db"), cwd=tmp_path)
    assert before.returncode == after.returncode == nested.returncode == 0, (before.stderr, after.stderr)
    assert before.stdout == after.stdout and before.stdout.startswith("Engineer: responsibilities")
    assert (tmp_path / "a.db").exists() and (tmp_path / "b.db").exists()
    assert f"database: sqlite:///{tmp_path / 'a.db'}" in nested.stdout


@pytest.mark.parametrize("typed, suggestion", [("aks", "'ask'"), ("doctr", "'doctor'"), ("injest", "'ingest'")])
def test_a_mistyped_command_gets_a_suggestion(typed, suggestion, tmp_path):
    result = run(typed, "hello", cwd=tmp_path)
    assert result.returncode == 2
    assert f"rolecall: '{typed}' is not one of ask, chat" in result.stderr
    assert result.stderr.rstrip().endswith(f"Did you mean {suggestion}?")


def test_a_mistyped_db_command_gets_a_suggestion_too(tmp_path):
    result = run("db", "upgrad", cwd=tmp_path)
    assert result.returncode == 2
    assert "Did you mean 'upgrade'?" in result.stderr


def test_settings_come_from_the_env_file_named_or_from_dot_env(tmp_path):
    named = tmp_path / "rolecall.env"
    named.write_text(f"# RoleCall's settings\nexport DATABASE_URL=\"{tmp_path / 'named.db'}\"  \n\n"
                     "ROLECALL_ADMINS='U1, U2'\n")
    result = run("--env-file", str(named), "db", "current", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"database: sqlite:///{tmp_path / 'named.db'}" in result.stdout
    (tmp_path / ".env").write_text(f"DATABASE_URL={tmp_path / 'dot.db'} # the default file\n")
    dot = run("db", "current", cwd=tmp_path)
    assert f"database: sqlite:///{tmp_path / 'dot.db'}" in dot.stdout
    # The environment wins over the file, and the option over both.
    env = run("db", "current", cwd=tmp_path, env={"DATABASE_URL": str(tmp_path / "env.db")})
    assert f"database: sqlite:///{tmp_path / 'env.db'}" in env.stdout
    option = run("db", "current", "--database-url", str(tmp_path / "opt.db"), cwd=tmp_path,
                 env={"DATABASE_URL": str(tmp_path / "env.db")})
    assert f"database: sqlite:///{tmp_path / 'opt.db'}" in option.stdout


def test_a_broken_env_file_is_one_line_naming_the_line(tmp_path):
    bad = tmp_path / "bad.env"
    bad.write_text("DATABASE_URL=/tmp/x.db\nthis is not a setting\n")
    result = run("--env-file", str(bad), "roles", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == f"rolecall: {bad}, line 2: expected NAME=value\n"
    missing = run("roles", "--env-file", str(tmp_path / "nope.env"), cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.startswith(f"rolecall: cannot read the env file {tmp_path / 'nope.env'}")


def test_a_sqlite_backup_is_a_consistent_copy_that_restores(tmp_path):
    db = tmp_path / "rolecall.db"
    run("ingest", str(PROJECT / "seeds"), "--database-url", str(db), "--quiet", cwd=tmp_path)
    result = run("backup", "--database-url", str(db), str(tmp_path / "copy.db"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.search(r"backed up .*rolecall\.db to .*copy\.db \([\d,]+ bytes, 4 roles, integrity ok\)",
                     result.stdout)
    assert "to restore: stop RoleCall, then copy" in result.stdout
    db.unlink()  # the disk is lost; the copy is restored in its place
    (tmp_path / "copy.db").rename(db)
    answer = run("ask", "--database-url", str(db), "salary of a lead back end engineer", cwd=tmp_path)
    assert "Lead Back End Engineer" in answer.stdout
    again = run("backup", "--database-url", str(db), str(db), cwd=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_a_backup_of_a_store_not_made_yet_says_so(tmp_path):
    result = run("backup", "--database-url", str(tmp_path / "none.db"), cwd=tmp_path)
    assert result.returncode == 1
    assert "there is no store at" in result.stderr and "nothing to back up" in result.stderr


def test_a_backup_to_standard_output_asks_for_a_file_name_instead_of_writing_one_called_dash(tmp_path):
    """`rolecall backup -` reads as "to standard output", as `ingest -` does;
    a SQLite copy or a pg_dump archive is a file, so the operator is told so
    and no file named "-" appears beside them."""
    db = tmp_path / "rolecall.db"
    run("ingest", str(PROJECT / "seeds"), "--database-url", str(db), "--quiet", cwd=tmp_path)
    result = run("backup", "--database-url", str(db), "-", cwd=tmp_path)
    assert result.returncode == 1
    assert "standard output" in result.stderr and "file name" in result.stderr
    assert not (tmp_path / "-").exists()


def test_a_postgresql_backup_runs_pg_dump_on_the_stores_schema(request, tmp_path):
    from tests.conftest import _postgres_url

    url = _postgres_url(request)
    Store(url).dispose()
    out = tmp_path / "rolecall.dump"
    result = run("backup", "--database-url", url, str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    schema = re.search(r"search_path%3D(\w+)", url).group(1)
    assert f"--schema={schema}" in result.stdout and "pg_restore" in result.stdout
    listing = subprocess.run(["pg_restore", "--list", str(out)], capture_output=True, text=True, check=True)
    assert re.search(rf"TABLE {schema} role ", listing.stdout)


def test_teams_package_takes_the_app_id_and_the_organisations_details(tmp_path):
    out = tmp_path / "acme.zip"
    result = run("teams-package", "--out", str(out), "--name", "Acme Roles", "--version", "1.2.3",
                 "--website", "https://roles.acme.example", "--terms-url", "https://acme.example/legal/terms",
                 cwd=tmp_path, env={"MICROSOFT_APP_ID": APP_ID})
    assert result.returncode == 0, result.stderr
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["id"] == manifest["bots"][0]["botId"] == APP_ID
    assert manifest["version"] == "1.2.3"
    assert manifest["name"]["short"] == manifest["developer"]["name"] == "Acme Roles"
    assert manifest["developer"]["websiteUrl"] == "https://roles.acme.example"
    assert manifest["developer"]["privacyUrl"] == "https://roles.acme.example/privacy"
    assert manifest["developer"]["termsOfUseUrl"] == "https://acme.example/legal/terms"


@pytest.mark.parametrize("args, message", [
    ((), "teams-package needs the bot's Microsoft app id: --app-id GUID or $MICROSOFT_APP_ID"),
    (("--app-id", APP_ID, "--version", "2"), "the app version must be three numbers like 1.0.0, not '2'"),
    (("--app-id", APP_ID, "--privacy-url", "http://acme.example/privacy"),
     "the privacy URL must be an https:// address (Teams requires it)"),
    (("--app-id", APP_ID, "--name", "RoleCall for the Acme Corporation's recruiters"),
     "the app name must be 1 to 30 characters"),
])
def test_teams_package_refuses_what_teams_would_refuse(args, message, tmp_path):
    result = run("teams-package", "--out", str(tmp_path / "x.zip"), *args, cwd=tmp_path)
    assert result.returncode in (1, 2)
    assert message in result.stderr
    assert not (tmp_path / "x.zip").exists()


def chat_on_a_terminal(keys: list[bytes], *, cwd: Path, env: dict, command: list[str] | None = None) -> str:
    """`rolecall chat` on a pseudo-terminal, as a person types into it:
    each item of `keys` is typed at the next prompt. Everything the
    terminal showed, as text."""
    import pty
    import select

    master, terminal = pty.openpty()
    base = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MICROSOFT_", "ROLECALL_"))}
    process = subprocess.Popen(command or [str(ROLECALL), "chat"], stdin=terminal, stdout=terminal, stderr=terminal, cwd=cwd,
                               env={**base, "TERM": "xterm", **env}, start_new_session=True)
    os.close(terminal)
    shown = b""

    def read(until: int | None) -> None:
        nonlocal shown
        while until is None or shown.count(b"you> ") < until:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                raise AssertionError(f"chat stopped answering; it showed {shown!r}")
            try:
                data = os.read(master, 4096)
            except OSError:  # the process ended and closed the terminal
                return
            if not data:
                return
            shown += data

    try:
        for n, typed in enumerate(keys, start=1):
            read(until=n)
            os.write(master, typed)
        process.wait(timeout=60)
        read(until=None)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
    assert process.returncode == 0, shown
    return shown.decode("utf-8", "replace")


def test_chat_on_a_terminal_keeps_a_history_across_sessions(tmp_path):
    env = {"DATABASE_URL": str(tmp_path / "rolecall.db"), "XDG_STATE_HOME": str(tmp_path / "state")}
    first = chat_on_a_terminal([b"what does an Engineer own?\r", b"\r"], cwd=tmp_path, env=env)
    assert "Engineer: responsibilities" in first
    history = tmp_path / "state" / "rolecall" / "chat_history"
    assert "what does an Engineer own?" in history.read_text()
    # Ctrl-P brings back the last session's question, ready to send again.
    second = chat_on_a_terminal([b"\x10\r", b"\r"], cwd=tmp_path, env=env)
    assert "Engineer: responsibilities" in second


def test_chat_from_a_pipe_writes_no_history(tmp_path):
    env = {"DATABASE_URL": str(tmp_path / "rolecall.db"), "XDG_STATE_HOME": str(tmp_path / "state")}
    result = run("chat", cwd=tmp_path, env=env, stdin="what does an Engineer own?\n\n")
    assert result.returncode == 0
    assert "Engineer: responsibilities" in result.stdout
    assert not (tmp_path / "state").exists()


def test_chat_on_a_terminal_without_readline_still_answers(tmp_path):
    """A Python built without readline (as on Windows): no editing, no
    history, the same conversation."""
    env = {"DATABASE_URL": str(tmp_path / "rolecall.db"), "XDG_STATE_HOME": str(tmp_path / "state")}
    no_readline = ("import sys; sys.modules['readline'] = None; from adapters.cli import main; "
                   "sys.exit(main(['chat']))")
    shown = chat_on_a_terminal([b"what does an Engineer own?\r", b"\r"], cwd=tmp_path, env=env,
                               command=[sys.executable, "-c", no_readline])
    assert "Engineer: responsibilities" in shown
    assert not (tmp_path / "state").exists()


def test_an_option_typed_in_the_middle_of_a_question_is_an_option_and_the_rest_is_the_question(tmp_path):
    """`rolecall ask salary --explain for lead back end engineer`: the
    recruiter remembered --explain halfway through; the words on both
    sides are the question (argparse alone refused the words after it)."""
    db = f"sqlite:///{tmp_path / 'rolecall.db'}"

    result = run("ask", "salary", "--explain", "for", "lead", "back", "end", "engineer", "--database-url", db,
                 cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "Lead Back End Engineer: salary" in result.stdout
    assert "-- how I read it --" in result.stdout


def test_a_dry_run_flag_between_the_files_to_ingest_covers_them_all(tmp_path):
    for name in ("data-wrangler.md", "data-tamer.md"):
        title = name.removesuffix(".md").replace("-", " ").title()
        (tmp_path / name).write_text(f"# {title}\n\n## Responsibilities\n\n- Wrangle data\n")
    db = f"sqlite:///{tmp_path / 'rolecall.db'}"

    result = run("ingest", "data-wrangler.md", "--dry-run", "data-tamer.md", "--database-url", db, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "Data Wrangler" in result.stdout and "Data Tamer" in result.stdout
    assert "Data Tamer" not in run("roles", "--database-url", db, cwd=tmp_path).stdout  # a dry run


def test_an_unknown_option_among_the_words_is_still_refused(tmp_path):
    result = run("ask", "salary", "--explian", "for", "engineer", cwd=tmp_path)

    assert result.returncode == 2
    assert "unrecognized arguments: --explian" in result.stderr
