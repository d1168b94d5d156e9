"""`rolecall doctor`, run as an operator runs it, against a real database and
local stand-ins for Slack's Web API and Microsoft's sign-in service, over
real HTTP: green when all is well, and a failed line with its fix, and a
non-zero exit, for each thing that can be wrong."""

import contextlib
import io
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from unittest.mock import patch

import pytest
import yaml

from adapters.cli import main
from adapters.slack.doctor import SLACK_BOT_SCOPES
from knowledge import Store, ingest_paths
from tests.conftest import PROJECT, SEEDS
from tests.fake_entra import APP_ID, APP_PASSWORD, TENANT_ID, FakeEntra, LoopThread
from tests.fake_slack import APP_TOKEN, BOT_TOKEN, GRANTED_SCOPES, SIGNING_SECRET, FakeWebAPI

ROLECALL = Path(sys.executable).with_name("rolecall")
OWN_VARIABLES = ("SLACK_", "MICROSOFT_", "ROLECALL_", "DATABASE_URL", "PORT", "HOST", "HTTP_PROXY", "HTTPS_PROXY",
                 "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(scope="module")
def services():
    """Slack's Web API and Microsoft's token endpoint, on loopback ports."""
    loop = LoopThread()
    slack, entra = FakeWebAPI(), FakeEntra()
    loop.run(slack.start())
    runner, entra.url = loop.run(loop.serve(entra.app()))
    yield slack, entra
    loop.run(slack.close())
    loop.run(runner.cleanup())
    loop.close()


@pytest.fixture
def slack(services):
    fake = services[0]
    fake.scopes = list(GRANTED_SCOPES)
    return fake


@pytest.fixture
def entra(services):
    services[1].requests.clear()
    return services[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def with_own_documents(url: str, tmp_path: Path) -> str:
    """`url`'s store, holding a company's own job description (a copy of a
    bundled one under the company's file name)."""
    own = tmp_path / "documents"
    own.mkdir()
    shutil.copy(SEEDS / "engineer.txt", own / "acme-platform-engineer.txt")
    store = Store(url)
    ingest_paths(store, [own])
    store.dispose()
    return url


@pytest.fixture
def own_documents_db(tmp_path):
    """An SQLite store with the company's documents: the checks of the
    platforms do not depend on the database, so they run on one engine."""
    return with_own_documents(f"sqlite:///{tmp_path / 'rolecall.db'}", tmp_path)


@pytest.fixture
def own_documents_any_db(database_url, tmp_path):
    return with_own_documents(database_url, tmp_path)


def doctor(*args, env: dict, cwd: Path, process: bool = False):
    """`rolecall doctor` with exactly `env` (over this environment less any
    RoleCall settings), in `cwd`: as a process of its own, or through the
    CLI's `main()` in this one, which is quicker and runs the same code."""
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(OWN_VARIABLES)},
           "HOST": "127.0.0.1", "PORT": str(free_port()), **env}
    argv = ["doctor", "--timeout", "5", *args]
    if process:
        result = subprocess.run([str(ROLECALL), *argv], capture_output=True, text=True, env=env, cwd=cwd,
                                timeout=120)
    else:
        stdout, stderr = io.StringIO(), io.StringIO()
        with patch.dict(os.environ, env, clear=True), contextlib.chdir(cwd), \
                contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = main(argv)
        result = subprocess.CompletedProcess(argv, code, stdout.getvalue(), stderr.getvalue())
    assert "Traceback" not in result.stderr, result.stderr
    return result


def lines(result) -> dict[str, str]:
    """Each checklist line by its name: "[FAIL] Slack token: …" -> {"Slack token": "FAIL …"}."""
    found = {}
    for line in result.stdout.splitlines():
        if line.startswith("["):
            status, _, rest = line[1:].partition("] ")
            name, _, detail = rest.partition(": ")
            found[name] = f"{status.strip()} {detail}"
    return found


def slack_env(slack) -> dict:
    return {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": slack.api_url}


def teams_env(**overrides) -> dict:
    return {"MICROSOFT_APP_ID": APP_ID, "MICROSOFT_APP_PASSWORD": APP_PASSWORD, **overrides}


def test_a_ready_deployment_is_green_on_both_platforms(own_documents_any_db, slack, entra, tmp_path):
    result = doctor("--login-url", entra.url, env={"DATABASE_URL": own_documents_any_db, **slack_env(slack),
                                                   **teams_env()}, cwd=tmp_path, process=True)
    assert result.returncode == 0, result.stdout
    checks = lines(result)
    for name in ("database", "schema", "writable", "documents", "Slack token", "Slack scopes",
                 "Slack signing secret", "Teams settings", "Teams token", "port"):
        assert checks[name].startswith("ok "), (name, result.stdout)
    assert "1 role from 1 document" in checks["documents"]
    assert "rolecall" in checks["Slack token"] and "RoleCall Test" in checks["Slack token"]
    assert entra.requests[0][0] == "botframework.com"  # a multi-tenant bot's tokens come from there
    assert result.stdout.rstrip().endswith("ready.")
    assert checks["public URL"] == "skip not checked (pass --public-url https://…)"
    assert slack.calls_to("auth.test")


def test_a_bad_slack_token_fails_with_where_to_find_the_right_one(own_documents_db, slack, tmp_path):
    env = {**slack_env(slack), "SLACK_BOT_TOKEN": "xoxb-revoked", "DATABASE_URL": own_documents_db}
    result = doctor(env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert lines(result)["Slack token"] == "FAIL auth.test refused SLACK_BOT_TOKEN: invalid_auth"
    assert "fix: copy the Bot User OAuth Token (xoxb-…)" in result.stdout
    assert "xoxb-revoked" not in result.stdout


def test_a_token_without_a_needed_scope_names_the_scope(own_documents_db, slack, tmp_path):
    slack.scopes = [scope for scope in GRANTED_SCOPES if scope != "commands"]
    result = doctor(env={**slack_env(slack), "DATABASE_URL": own_documents_db}, cwd=tmp_path)
    assert result.returncode == 1
    assert lines(result)["Slack scopes"] == "FAIL missing commands"
    assert "then reinstall the app" in result.stdout


def test_socket_mode_is_checked_with_the_app_token(own_documents_db, slack, tmp_path):
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_API_URL": slack.api_url, "DATABASE_URL": own_documents_db}
    good = doctor(env={**env, "SLACK_APP_TOKEN": APP_TOKEN}, cwd=tmp_path)
    assert good.returncode == 0, good.stdout
    assert lines(good)["Slack Socket Mode"] == "ok SLACK_APP_TOKEN opens a connection"
    bad = doctor(env={**env, "SLACK_APP_TOKEN": "xapp-1-wrong"}, cwd=tmp_path)
    assert bad.returncode == 1
    assert lines(bad)["Slack Socket Mode"] == "FAIL apps.connections.open refused SLACK_APP_TOKEN: invalid_auth"


def test_an_unreachable_database_is_said_plainly(slack, tmp_path):
    env = {**slack_env(slack), "DATABASE_URL": "postgresql+psycopg://rolecall:s3cret@127.0.0.1:9/none"}
    result = doctor(env=env, cwd=tmp_path)
    assert result.returncode == 1
    checks = lines(result)
    assert checks["database"].startswith("FAIL cannot reach postgresql+psycopg://rolecall:***@127.0.0.1:9/none")
    assert "fix: start the database, or correct DATABASE_URL" in result.stdout
    assert "s3cret" not in result.stdout
    assert checks["Slack token"].startswith("ok ")  # the other checks still run


def test_an_empty_store_is_a_warning_that_says_what_to_load(database_url, slack, tmp_path):
    Store(database_url).dispose()  # the schema, and nothing in it
    result = doctor(env={**slack_env(slack), "DATABASE_URL": database_url}, cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert lines(result)["documents"].startswith("warn no roles yet")
    assert "fix: load your job descriptions: rolecall ingest PATH" in result.stdout


@pytest.mark.parametrize("overrides, expected", [
    ({"MICROSOFT_APP_TYPE": "SingleTenant"}, "FAIL Teams is half-configured: a SingleTenant bot needs "
                                             "MICROSOFT_APP_TENANT_ID"),
    ({"MICROSOFT_APP_PASSWORD": ""}, "FAIL Teams is half-configured: set MICROSOFT_APP_PASSWORD"),
    ({"MICROSOFT_APP_TYPE": "Multitenant"}, "FAIL MICROSOFT_APP_TYPE must be one of"),
])
def test_inconsistent_teams_settings_name_the_variable(own_documents_db, overrides, expected, tmp_path):
    result = doctor(env={"DATABASE_URL": own_documents_db, **teams_env(**overrides)}, cwd=tmp_path)
    assert result.returncode == 1
    assert lines(result)["settings"].startswith(expected)


def test_an_app_id_that_is_not_a_guid_is_caught_before_asking_microsoft(own_documents_db, entra, tmp_path):
    result = doctor("--login-url", entra.url, env={"DATABASE_URL": own_documents_db,
                                                   **teams_env(MICROSOFT_APP_ID="rolecall-bot")}, cwd=tmp_path)
    assert result.returncode == 1
    assert lines(result)["settings"].startswith("FAIL MICROSOFT_APP_ID is not a GUID")
    assert not entra.requests


def test_a_single_tenant_bot_asks_its_own_tenant_for_a_token(own_documents_db, entra, tmp_path):
    env = {"DATABASE_URL": own_documents_db,
           **teams_env(MICROSOFT_APP_TYPE="SingleTenant", MICROSOFT_APP_TENANT_ID=TENANT_ID)}
    result = doctor("--login-url", entra.url, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert lines(result)["Teams token"].startswith("ok ")
    assert entra.requests[0][0] == TENANT_ID


def test_a_wrong_teams_password_shows_microsofts_reason(own_documents_db, entra, tmp_path):
    env = {"DATABASE_URL": own_documents_db, **teams_env(MICROSOFT_APP_PASSWORD="expired-secret")}
    result = doctor("--login-url", entra.url, env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert lines(result)["Teams token"] == ("FAIL Microsoft refused the app id and password: "
                                            "AADSTS7000215: Invalid client secret provided.")
    assert "expired-secret" not in result.stdout


def test_an_unreachable_token_endpoint_is_said_plainly(own_documents_db, tmp_path):
    closed = f"http://127.0.0.1:{free_port()}"
    result = doctor("--login-url", closed, env={"DATABASE_URL": own_documents_db, **teams_env()}, cwd=tmp_path)
    assert result.returncode == 1
    assert lines(result)["Teams token"].startswith(f"FAIL Microsoft's sign-in service at {closed} is unreachable")
    assert "the bot cannot reply in Teams" in result.stdout
    assert "allow outbound HTTPS to login.microsoftonline.com" in result.stdout


def test_a_port_in_use_by_another_program_fails(own_documents_db, slack, tmp_path):
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        result = doctor(env={**slack_env(slack), "DATABASE_URL": own_documents_db, "PORT": str(port)}, cwd=tmp_path)
    assert result.returncode == 1
    assert lines(result)["port"].startswith(f"FAIL 127.0.0.1:{port} cannot be used")
    assert "set PORT (and HOST) to a free one" in result.stdout


def test_a_public_url_that_does_not_answer_fails(own_documents_db, slack, tmp_path):
    url = f"https://127.0.0.1:{free_port()}"
    result = doctor("--public-url", url, env={**slack_env(slack), "DATABASE_URL": own_documents_db}, cwd=tmp_path)
    assert result.returncode == 1
    assert lines(result)["public URL"].startswith(f"FAIL {url}/healthz does not answer")


def test_nothing_configured_says_what_to_set(own_documents_db, tmp_path):
    result = doctor(env={"DATABASE_URL": own_documents_db}, cwd=tmp_path)
    assert result.returncode == 1
    assert lines(result)["platforms"] == "FAIL no platform is configured"


def test_the_scopes_checked_are_the_ones_the_slack_manifest_asks_for():
    manifest = yaml.safe_load((PROJECT / "slack-app-manifest.yaml").read_text())
    assert set(SLACK_BOT_SCOPES) <= set(manifest["oauth_config"]["scopes"]["bot"])
    assert set(SLACK_BOT_SCOPES) == set(GRANTED_SCOPES)


def test_a_store_not_made_yet_is_a_warning_and_doctor_does_not_make_it(slack, tmp_path):
    path = tmp_path / "data" / "rolecall.db"
    result = doctor(env={**slack_env(slack), "DATABASE_URL": str(path)}, cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert lines(result)["database"] == f"warn no store at {path} yet: the first start creates it, with the " \
                                        "bundled demo roles"
    assert not path.exists() and not path.parent.exists()


def test_a_schema_behind_or_ahead_of_this_rolecall_fails_with_what_to_run(own_documents_any_db, slack, tmp_path):
    from knowledge.schema import head_revision
    from tests.test_migrations import execute, migrate_to

    migrate_to(own_documents_any_db, "-1", down=True)  # as the previous RoleCall left it
    behind = doctor(env={**slack_env(slack), "DATABASE_URL": own_documents_any_db}, cwd=tmp_path)
    assert behind.returncode == 1
    assert lines(behind)["schema"].startswith("FAIL ") and f"behind this RoleCall's {head_revision()}" in behind.stdout
    assert "fix: `rolecall db upgrade`" in behind.stdout
    execute(own_documents_any_db, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    ahead = doctor(env={**slack_env(slack), "DATABASE_URL": own_documents_any_db}, cwd=tmp_path)
    assert ahead.returncode == 1
    assert lines(ahead)["schema"] == f"FAIL 9999_from_the_future: newer than this RoleCall knows (its newest is " \
                                     f"{head_revision()})"


def test_a_running_rolecall_is_found_on_its_port_and_public_url(own_documents_db, slack, tmp_path):
    from tests.rolecall_process import RoleCallServer

    with RoleCallServer(tmp_path, database_url=own_documents_db, slack_api_url=slack.api_url) as server:
        result = doctor("--public-url", server.url, env={**slack_env(slack), "DATABASE_URL": own_documents_db,
                                                         "PORT": str(server.port)}, cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    checks = lines(result)
    assert checks["port"] == f"ok RoleCall already serves on 127.0.0.1:{server.port}"
    assert checks["public URL"] == f"warn {server.url}/healthz answers, over plain http"
    assert "fix: Slack and Teams only call https:// addresses" in result.stdout


def test_slack_out_of_reach_is_said_plainly(own_documents_db, tmp_path):
    closed = f"http://127.0.0.1:{free_port()}/api/"
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": closed,
           "DATABASE_URL": own_documents_db}
    result = doctor(env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert lines(result)["Slack token"].startswith(f"FAIL cannot reach Slack at {closed} (")
    assert "fix: check outbound HTTPS to slack.com (firewall, proxy, DNS)" in result.stdout
