"""Shared fixtures: a real store on a real database, SQLite always and the
local PostgreSQL server where ROLECALL_TEST_POSTGRES_URL names one."""

import os
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import create_engine, text

from knowledge import Store, ingest_paths

# The thread stories' `assistant` and `thread` fixtures (tests/threads.py).
pytest_plugins = ["tests.threads"]

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
# No property test fails because the machine is busy: hypothesis' time limit
# per example (200 ms) and its "too slow" check are off for every test.
settings.register_profile("rolecall", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("rolecall")

POSTGRES_ENV = "ROLECALL_TEST_POSTGRES_URL"
NO_POSTGRES = f"PostgreSQL not configured: set {POSTGRES_ENV}, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _postgres_url(request) -> str:
    """A fresh schema on the test server, dropped after the test."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(NO_POSTGRES)
    schema = f"rc_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))

    def drop():
        with admin.begin() as conn:
            # Connections the test left open (a store it did not dispose, a
            # thread's pooled one) would add up over the suite to the
            # server's limit: they are named after the schema, and closed.
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE application_name = :name AND pid <> pg_backend_pid()"), {"name": schema})
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()

    request.addfinalizer(drop)
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options=-csearch_path%3D{schema}&application_name={schema}"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Every test skipped for want of PostgreSQL, reported at the one place
    that skips it: `-ra` then sums them up in one line, not one per test."""
    report = yield
    if report.skipped and isinstance(report.longrepr, tuple) and report.longrepr[2].endswith(NO_POSTGRES):
        report.longrepr = (__file__, _postgres_url.__code__.co_firstlineno, report.longrepr[2])
    return report


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """The URL of an empty database; the same test runs on both engines."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rolecall.db'}"
    return _postgres_url(request)


@pytest.fixture
def store(database_url):
    store = Store(database_url)
    yield store
    store.dispose()


@pytest.fixture
def seeded_store(store):
    ingest_paths(store, [SEEDS])
    return store


# Proxy settings of the person running the tests. Every test talks to servers
# on loopback, and slack_sdk and aiohttp honour HTTP(S)_PROXY but not NO_PROXY,
# so those calls would go to the proxy.
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def slack():
    """Slack's far side for `rolecall serve` run as its own process
    (tests.rolecall_process.RemoteSlack). Tests of the in-process app import
    tests.fake_slack's `slack` instead, which takes this name's place."""
    from tests.rolecall_process import RemoteSlack

    with RemoteSlack() as fake:
        yield fake
