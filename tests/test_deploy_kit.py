"""The deployment kit in deploy/ works as its comments and docs/deploy.md say:
the systemd unit is valid and starts the real command with flags that exist,
the Caddy example is a valid config that proxies to where the unit listens,
and the backup and restore steps bring a store back, for a SQLite file and
for PostgreSQL. Each check uses the real tool where this machine has it
(systemd-analyze, caddy, sqlite3, pg_dump) and says so when it skips."""

import configparser
import re
import shlex
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from adapters.settings import DEFAULT_READ_TIMEOUT
from knowledge.schema import INITIAL_REVISION, head_revision
from tests.conftest import PROJECT, _postgres_url
from tests.rolecall_process import ROLECALL, environment, free_port, rolecall
from tests.test_migrations import migrate_to, revision_of

UNIT = PROJECT / "deploy" / "rolecall.service"
CADDYFILE = PROJECT / "deploy" / "Caddyfile"
INSTALLED_CLI = "/opt/rolecall/.venv/bin/rolecall"
ENV_FILE = "/etc/rolecall/rolecall.env"


def unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read_string(UNIT.read_text())
    return parser


def unit_environment() -> dict[str, str]:
    """The unit's Environment= lines (configparser keeps the last of repeated keys, so read the text)."""
    pairs = re.findall(r"^Environment=(\w+)=(\S*)$", UNIT.read_text(), re.M)
    return dict(pairs)


def here(text: str, tmp_path: Path) -> str:
    """The unit as it would be on a host laid out like this checkout."""
    env_file = tmp_path / "rolecall.env"
    env_file.write_text((PROJECT / ".env.example").read_text())
    return text.replace(INSTALLED_CLI, str(ROLECALL)).replace(ENV_FILE, str(env_file))


# -- the systemd unit -----------------------------------------------------------------

def test_the_unit_runs_the_installed_cli_with_its_settings_file():
    service = unit()["Service"]
    assert service["ExecStart"] == f"{INSTALLED_CLI} serve"
    assert service["EnvironmentFile"] == ENV_FILE
    assert unit()["Install"]["WantedBy"] == "multi-user.target"
    # Every variable it sets is a documented setting.
    example = (PROJECT / ".env.example").read_text()
    for name in unit_environment():
        assert re.search(rf"^#?{name}=", example, re.M), name


def test_the_unit_passes_systemd_analyze_verify(tmp_path):
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze is not installed here")
    path = tmp_path / "rolecall.service"
    path.write_text(here(UNIT.read_text(), tmp_path))

    result = subprocess.run(["systemd-analyze", "verify", str(path)], capture_output=True, text=True, timeout=60)

    assert result.returncode == 0, result.stderr
    # verify exits 0 on an unknown value, only saying so: any line about the unit is a fault.
    assert "rolecall.service" not in result.stderr + result.stdout, result.stderr


@contextmanager
def started_as_the_unit_starts_it(tmp_path: Path, database_url: str):
    """What systemd would run: ExecStart's command with the unit's Environment=
    and a settings file copied from .env.example with one platform turned on
    (Teams for local trials, which needs no network). Yields the /readyz
    answer; stops it with SIGTERM, as systemd does, and checks it stopped cleanly."""
    command = shlex.split(unit()["Service"]["ExecStart"])
    command[0] = str(ROLECALL)
    port = free_port()
    settings = {**unit_environment(), "PORT": str(port), "ROLECALL_TEAMS_ANONYMOUS": "1"}
    settings.pop("DATABASE_URL")
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(command, env=environment(database_url, **settings),
                                   stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline, ready = time.monotonic() + 60, None
        while process.poll() is None and time.monotonic() < deadline:
            try:
                ready = requests.get(f"http://127.0.0.1:{port}/readyz", timeout=1)
                break
            except requests.RequestException:
                time.sleep(0.2)
        assert ready is not None, log.read_text()
        yield ready
    finally:
        process.terminate()
        process.wait(20)
    assert process.returncode == 0, log.read_text()  # SIGTERM is a clean stop, not a failure for Restart=


def test_the_units_command_and_environment_start_a_healthy_server(tmp_path):
    with started_as_the_unit_starts_it(tmp_path, str(tmp_path / "rolecall.db")) as ready:
        assert ready.status_code == 200


def test_starting_the_service_after_an_upgrade_migrates_the_store(tmp_path):
    """docs/deploy.md, Upgrading: install the new version, restart; the store
    left by the old version is brought to this version's schema at start."""
    url = f"sqlite:///{tmp_path / 'rolecall.db'}"
    migrate_to(url, INITIAL_REVISION)
    assert revision_of(url) != head_revision()

    with started_as_the_unit_starts_it(tmp_path, url) as ready:
        assert ready.status_code == 200
        assert revision_of(url) == head_revision()


# -- the Caddy example ----------------------------------------------------------------

def test_the_caddy_example_proxies_to_where_the_unit_listens_and_hides_metrics():
    text = CADDYFILE.read_text()
    env = unit_environment()
    assert f"reverse_proxy {env['HOST']}:{env['PORT']}" in text
    assert re.search(r"^\s*respond /metrics 404$", text, re.M)
    [keepalive] = re.findall(r"^\s*keepalive (\d+)s$", text, re.M)
    assert int(keepalive) < DEFAULT_READ_TIMEOUT
    # Site blocks are balanced (what a parse needs first, where caddy itself is missing).
    assert text.count("{") == text.count("}")


def test_caddy_accepts_the_example(tmp_path):
    if not shutil.which("caddy"):
        pytest.skip("caddy is not installed here (Debian: apt-get install caddy)")
    adapted = subprocess.run(["caddy", "adapt", "--config", str(CADDYFILE), "--adapter", "caddyfile"],
                             capture_output=True, text=True, timeout=60)
    assert adapted.returncode == 0, adapted.stderr
    assert '"dial":"127.0.0.1:3000"' in adapted.stdout.replace(" ", "")
    validated = subprocess.run(["caddy", "validate", "--config", str(CADDYFILE), "--adapter", "caddyfile"],
                               capture_output=True, text=True, timeout=60, cwd=tmp_path,
                               env={"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path),
                                    "XDG_CONFIG_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert validated.returncode == 0, validated.stderr


# -- backup and restore ---------------------------------------------------------------

def roles(database_url: str) -> str:
    result = rolecall("roles", database_url=database_url)
    assert result.returncode == 0, result.stderr
    return result.stdout


def remove_the_engineer(database_url: str) -> None:
    result = rolecall("remove", "--role", "Engineer", database_url=database_url)
    assert result.returncode == 0, result.stderr


def test_a_sqlite_store_comes_back_from_its_backup(tmp_path):
    """docs/deploy.md: `sqlite3 rolecall.db ".backup 'backup.db'"` while it runs;
    to restore, stop, copy the backup over the file, start."""
    if not shutil.which("sqlite3"):
        pytest.skip("the sqlite3 command is not installed here (Debian: apt-get install sqlite3)")
    live, backup = tmp_path / "rolecall.db", tmp_path / "backups" / "rolecall-2026-12-04.db"
    backup.parent.mkdir()
    before = roles(str(live))
    assert "Engineer" in before

    subprocess.run(["sqlite3", str(live), f".backup '{backup}'"], check=True, timeout=60)
    remove_the_engineer(str(live))
    assert roles(str(live)) != before
    for suffix in ("", "-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, live)

    assert roles(str(live)) == before


def test_a_postgresql_store_comes_back_from_pg_dump(request, tmp_path):
    """docs/deploy.md: `pg_dump --format=custom`, and `pg_restore --clean
    --if-exists --no-owner` into the same database."""
    database_url = _postgres_url(request)  # skips without the test server
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("pg_dump and pg_restore are not installed here (Debian: apt-get install postgresql-client)")
    server = database_url.split("?")[0].replace("postgresql+psycopg://", "postgresql://")
    schema = re.search(r"search_path%3D(\w+)", database_url).group(1)  # this test's own schema
    dump = tmp_path / "rolecall.dump"
    before = roles(database_url)
    assert "Engineer" in before

    subprocess.run(["pg_dump", "--format=custom", f"--schema={schema}", f"--file={dump}", server],
                   check=True, timeout=120)
    remove_the_engineer(database_url)
    assert roles(database_url) != before
    subprocess.run(["pg_restore", "--clean", "--if-exists", "--no-owner", f"--schema={schema}",
                    f"--dbname={server}", str(dump)], check=True, timeout=120)

    assert roles(database_url) == before
