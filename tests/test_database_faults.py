"""The database goes away: people are told to try again shortly, Slack still
gets its acknowledgement (no retries piling onto the outage), /readyz says
not ready while /healthz stays up, and answers resume by themselves when the
database is back, without restarting anything.

`rolecall serve` runs as a real process against a fake Slack
(tests/fake_slack.py). The database is either a loopback port with nothing
listening, or the real PostgreSQL server behind a TCP proxy the test stops
and starts (tests/tcp_proxy.py): the only faithful way to take a database
away from a running server.
"""

import json
import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bot.assistant import UNAVAILABLE_TITLE, VERSION_TTL_SECONDS
from tests.conftest import _postgres_url
from tests.fake_slack import all_text
from tests.rolecall_process import RemoteSlack, RoleCallServer, free_port
from tests.tcp_proxy import TcpProxy

MENTION = "<@UBOT> salary for lead back end engineer"
SALARY = "160,000"
DB_PASSWORD = "db-password-never-shown"
# How long a test waits for the server to notice the database is back.
RECOVERY_SECONDS = 15


def through_proxy(request) -> tuple[TcpProxy, str]:
    """A fresh PostgreSQL schema reached through a proxy, and its URL
    (skips without PostgreSQL: a SQLite file cannot be taken away)."""
    direct = make_url(_postgres_url(request))
    proxy = TcpProxy(direct.host or "127.0.0.1", direct.port or 5432)
    proxy.start()
    request.addfinalizer(proxy.stop)
    return proxy, direct.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)


def serve(folder, database_url: str, slack: RemoteSlack) -> RoleCallServer:
    """`rolecall serve` answering Slack, its log in text to read in a failure."""
    return RoleCallServer(folder, database_url=database_url, slack_api_url=slack.api.api_url,
                          ROLECALL_LOG_FORMAT="text")


def ready(server: RoleCallServer) -> tuple[int, dict]:
    reply = server.get("/readyz")
    return reply.status_code, reply.json()


def eventually(check, seconds: float = RECOVERY_SECONDS):
    """`check()`'s first truthy value, trying until `seconds` have passed."""
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.2)


def assert_clean(output: str) -> None:
    assert "Traceback" not in output
    assert DB_PASSWORD not in output


# -- nothing listening -------------------------------------------------------------

def test_serve_starts_with_the_database_unreachable_and_says_so(tmp_path, slack):
    url = f"postgresql+psycopg://rolecall:{DB_PASSWORD}@127.0.0.1:{free_port()}/rolecall"

    with serve(tmp_path, url, slack) as server:
        slack.url = server.url
        health = server.get("/healthz")
        status, readiness = ready(server)
        private = slack.slash("salary for lead back end engineer", user="W1", channel="C1")
        event = slack.mention(MENTION, channel="C2", event_id="EvDOWN1")
        posted = slack.wait_for_post("C2")

    assert health.status_code == 200
    assert (status, readiness) == (503, {"status": "not ready", "reason": "knowledge store unreachable"})
    assert private.status == 200
    assert UNAVAILABLE_TITLE in all_text(private.json)
    assert event.status == 200  # acknowledged: Slack does not retry into the outage
    assert UNAVAILABLE_TITLE in all_text(posted.body)
    for said in (private.text, json.dumps(posted.body)):
        assert "127.0.0.1" not in said and "postgresql" not in said and DB_PASSWORD not in said
    output = server.output()
    assert "knowledge store is unreachable at start-up" in output
    assert_clean(output)


# -- taken away and brought back (PostgreSQL) ------------------------------------------

def test_answers_stop_and_resume_as_the_database_goes_and_returns(tmp_path, slack, request):
    proxy, url = through_proxy(request)

    with serve(tmp_path, url, slack) as server:
        slack.url = server.url
        assert ready(server)[0] == 200
        assert SALARY in all_text(slack.slash("salary for lead back end engineer", channel="C10").json)

        proxy.stop()  # the database goes away, pooled connections included
        # For VERSION_TTL_SECONDS after its last read of the knowledge version
        # the process may still give answers it has in memory; then it notices.
        time.sleep(VERSION_TTL_SECONDS + 0.2)
        private = slack.slash("salary for lead back end engineer", channel="C11")
        event = slack.mention(MENTION, channel="C12", event_id="EvGONE1")
        during = slack.wait_for_post("C12")
        health, readiness = server.get("/healthz").status_code, ready(server)

        proxy.start()  # and comes back on the same address
        back = eventually(lambda: ready(server)[0] == 200)
        resumed = slack.slash("salary for lead back end engineer", channel="C13")
        slack.mention(MENTION, channel="C14", event_id="EvBACK1")
        after = slack.wait_for_post("C14")

    output = server.output()  # once it has stopped: every line it logged is in the file
    assert private.status == 200 and UNAVAILABLE_TITLE in all_text(private.json)
    assert event.status == 200 and UNAVAILABLE_TITLE in all_text(during.body)
    assert health == 200
    assert readiness == (503, {"status": "not ready", "reason": "knowledge store unreachable"})
    assert back, "/readyz did not report ready after the database returned"
    assert resumed.status == 200 and SALARY in all_text(resumed.json)
    assert SALARY in all_text(after.body)
    assert "could not record its delivery" in output  # the dedup's fault path: logged, not a 5xx
    assert_clean(output)


def questions_logged(url: str) -> int:
    """Rows in the question log, read by a connection of the test's own."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM question_log")).scalar()
    finally:
        engine.dispose()


def test_questions_asked_while_the_database_is_away_are_counted_when_it_returns(tmp_path, slack, request):
    """Every question is counted, those of an outage too: their rows wait
    in the process and are written once the database is back."""
    proxy, url = through_proxy(request)
    asked_during = 30

    with serve(tmp_path, url, slack) as server:
        slack.url = server.url
        assert ready(server)[0] == 200
        assert SALARY in all_text(slack.slash("salary for lead back end engineer", channel="C50").json)

        proxy.stop()
        during = [slack.slash(f"salary for lead back end engineer {n}", channel=f"C5{n}")
                  for n in range(asked_during)]
        proxy.start()
        counted = eventually(lambda: questions_logged(url) == 1 + asked_during, seconds=60)

    output = server.output()  # once it has stopped: every line it logged is in the file
    assert all(reply.status == 200 for reply in during)
    assert all(UNAVAILABLE_TITLE in all_text(reply.json) for reply in during)
    assert counted, f"{questions_logged(url)} questions logged, {1 + asked_during} asked"
    assert "wait for it" in output
    assert_clean(output)


def test_an_answer_from_memory_whose_context_cannot_be_stored_is_the_try_again_reply(tmp_path, slack, request):
    """An answer the process already knows comes from memory while the
    knowledge version is trusted, but its conversation's context must still
    be stored before the reply goes (a follow-up may reach another process).
    With the database gone in between, the reply is "try again shortly"."""
    proxy, url = through_proxy(request)

    with serve(tmp_path, url, slack) as server:
        slack.url = server.url
        assert ready(server)[0] == 200
        assert SALARY in all_text(slack.slash("salary for lead back end engineer", channel="C30").json)
        proxy.stop()  # within the moment the version is trusted: the next answer comes from memory
        again = slack.slash("salary for lead back end engineer", channel="C31")

    output = server.output()  # once it has stopped: every line it logged is in the file
    assert again.status == 200
    assert UNAVAILABLE_TITLE in all_text(again.json) and SALARY not in all_text(again.json)
    # From memory when the machine was quick enough to trust the version it
    # read, else worked out against the missing database: "try again" either way.
    assert "answered 'unavailable' (platform=slack)" in output
    assert_clean(output)


def test_a_database_that_hangs_gets_prompt_acknowledgements_and_slacks_retry_is_not_answered_twice(
        tmp_path, slack, request):
    """The database accepts connections but never answers (the proxy
    forwards nothing): a slash command's acknowledgement still carries the
    try-again answer, a mention is acknowledged and answered so, and
    Slack's retry of that mention (it would come had the acknowledgement
    been late) is not answered a second time. Nothing here measures time:
    an acknowledgement held by the database would never come at all."""
    proxy, url = through_proxy(request)
    request.addfinalizer(proxy.thaw)

    with serve(tmp_path, url, slack) as server:
        slack.url = server.url
        assert ready(server)[0] == 200
        assert SALARY in all_text(slack.slash("salary for lead back end engineer", channel="C60").json)

        proxy.freeze()
        # Past the moment the knowledge version read before is trusted, the
        # next question reads it again (from the database that hangs).
        time.sleep(VERSION_TTL_SECONDS + 0.2)
        private = slack.slash("what skills does a lead back end engineer need", channel="C61")
        event = slack.mention("<@UBOT> experience for lead back end engineer", channel="C62", event_id="EvHUNG1")
        posted = slack.wait_for_post("C62")
        retried = slack.mention("<@UBOT> experience for lead back end engineer", channel="C62",
                                event_id="EvHUNG1", retry=1)
        proxy.thaw()

    output = server.output()  # once it has stopped: every line it logged is in the file
    assert private.status == 200 and UNAVAILABLE_TITLE in all_text(private.json)
    assert event.status == 200 and UNAVAILABLE_TITLE in all_text(posted.body)
    assert retried.status == 200
    assert len(slack.posts_to("C62")) == 1
    assert "Slack event EvHUNG1 was already answered; delivery (retry 1) acknowledged and dropped" in output
    assert_clean(output)


def test_a_server_started_while_the_database_was_away_prepares_it_when_it_returns(tmp_path, slack, request):
    proxy, url = through_proxy(request)
    proxy.stop()  # away before the server starts: an empty schema, not yet migrated or seeded

    with serve(tmp_path, url, slack) as server:
        slack.url = server.url
        before = ready(server)
        unavailable = slack.slash("salary for lead back end engineer", channel="C20")

        proxy.start()
        back = eventually(lambda: ready(server)[0] == 200)
        answered = slack.slash("salary for lead back end engineer", channel="C21")

    output = server.output()  # once it has stopped: every line it logged is in the file
    assert before[0] == 503
    assert UNAVAILABLE_TITLE in all_text(unavailable.json)
    assert back, "/readyz did not report ready after the database returned"
    assert SALARY in all_text(answered.json)  # migrated and seeded on first contact
    assert_clean(output)



# -- Teams, and both platforms' drawing of the reply ------------------------------------

def test_teams_gets_the_unavailable_reply_and_a_200_when_the_database_is_unreachable(monkeypatch, caplog):
    import asyncio

    from bot import open_assistant
    from tests.fake_connector import PROXY_VARIABLES as TEAMS_PROXY_VARIABLES
    from tests.fake_connector import teams_and_bot

    for name in TEAMS_PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    assistant = open_assistant(f"postgresql+psycopg://rolecall:{DB_PASSWORD}@127.0.0.1:{free_port()}/rolecall",
                               lazy=True)

    async def scenario():
        async with teams_and_bot(assistant) as teams:
            status = await teams.post(teams.personal("salary for lead back end engineer", id="9001"))
            return status, teams.posted

    try:
        status, posted = asyncio.run(scenario())
    finally:
        assistant.knowledge.store.dispose()

    assert status == 200
    [reply] = posted
    assert UNAVAILABLE_TITLE in reply.everything
    assert "127.0.0.1" not in reply.everything and DB_PASSWORD not in reply.everything
    assert "could not record Teams activity 9001" in caplog.text  # dedup's fault path: a warning
    assert "Traceback" not in caplog.text and DB_PASSWORD not in caplog.text


def test_both_platforms_draw_the_unavailable_reply_like_any_answer():
    from adapters.slack.buttons import Asked
    from adapters.slack.render import render_message
    from adapters.teams.render import render_reply
    from bot import UNAVAILABLE, render_text
    from bot.assistant import store_unavailable

    answer = store_unavailable()
    slack_message = render_message(answer, Asked("salary for engineer", "slack:T1:C1"))
    teams_reply = render_reply(answer)

    assert answer.kind == UNAVAILABLE
    assert UNAVAILABLE_TITLE in all_text(slack_message)
    assert UNAVAILABLE_TITLE in teams_reply.text
    assert render_text(answer).startswith(UNAVAILABLE_TITLE)


def test_a_connection_lost_in_the_middle_of_a_transaction_is_unavailable_then_replaced(request):
    from sqlalchemy import text

    from knowledge import Knowledge, Store, StoreUnavailable

    proxy, url = through_proxy(request)
    store = Store(url)
    request.addfinalizer(store.dispose)
    knowledge = Knowledge(store)
    with store.session() as session:
        assert session.execute(text("SELECT 1")).scalar() == 1
        proxy.stop()  # the connection this transaction holds dies under it
        with pytest.raises(StoreUnavailable):
            session.execute(text("SELECT count(*) FROM role")).scalar()
    with pytest.raises(StoreUnavailable):
        knowledge.refresh()

    proxy.start()
    assert knowledge.refresh() == store.version()  # a new connection, no restart
    with store.session() as session:
        assert session.execute(text("SELECT 1")).scalar() == 1


@pytest.mark.parametrize("command", [["ingest", "seeds"], ["roles"], ["ask", "help"], ["db", "current"]])
def test_commands_on_an_unreachable_database_say_so_in_one_line(command):
    from tests.rolecall_process import rolecall

    url = f"postgresql+psycopg://rolecall:{DB_PASSWORD}@127.0.0.1:{free_port()}/rolecall"
    result = rolecall(*command, database_url=url)

    assert result.returncode == 1
    assert "cannot reach the knowledge store at postgresql+psycopg://rolecall:***@127.0.0.1" in result.stderr
    assert_clean(result.stdout + result.stderr)


def test_a_statement_of_the_web_process_that_runs_out_of_time_is_unavailable(request):
    """The web process's store bounds each statement (a database that hangs,
    or a lock held elsewhere): one that runs out of time is "unavailable",
    as a lost connection is, and the connection serves the next one. Only
    the replicas' lock, held while migrating, may be waited for longer."""
    from sqlalchemy import text

    from knowledge import Store, StoreUnavailable
    from knowledge.schema import exclusive

    store = Store(_postgres_url(request), query_timeout=0.5)
    request.addfinalizer(store.dispose)
    store.engine.pool.dispose()  # one connection for all of this: the pool's only one
    with store.engine.connect() as conn:
        with pytest.raises(StoreUnavailable, match="statement timeout"):
            conn.execute(text("SELECT pg_sleep(1)"))
        conn.rollback()
        assert conn.execute(text("SELECT 1")).scalar() == 1
    with exclusive(store.engine) as conn:
        conn.execute(text("SELECT pg_sleep(1)"))
    with store.engine.connect() as conn:  # the same connection, its bound back
        with pytest.raises(StoreUnavailable, match="statement timeout"):
            conn.execute(text("SELECT pg_sleep(1)"))


def test_with_every_pooled_connection_busy_a_request_is_unavailable_instead_of_queueing(tmp_path, request):
    """Connections held by statements on a database that hangs: the next
    request waits for one no longer than a statement may run. (An SQLite
    file has the same pool, and no server whose connections the test
    could run out of.)"""
    from contextlib import ExitStack

    from knowledge import Store, StoreUnavailable

    store = Store(f"sqlite:///{tmp_path / 'rolecall.db'}", query_timeout=0.5)
    request.addfinalizer(store.dispose)
    busy = []
    with ExitStack() as held, pytest.raises(StoreUnavailable, match="no free connection"):
        for _ in range(100):
            busy.append(held.enter_context(store.engine.connect()))
    assert len(busy) == 15  # the pool's 5 and 10 more
    assert store.version() >= 0  # and they serve again once returned


def test_a_conversation_read_over_a_lost_connection_is_unavailable_then_read_on_a_new_one(request):
    """The context is read through the driver's cursor (knowledge/plain_select.py):
    a connection that died under it fails as any statement of the store does,
    and the next read gets a new connection."""
    from datetime import timedelta

    from knowledge import Context, Store, StoreUnavailable, load_context, save_context

    proxy, url = through_proxy(request)
    store = Store(url)
    request.addfinalizer(store.dispose)
    store.prepare()
    save_context(store, "slack:T1:C1:thread:1", Context((2, 1), "salary"))
    assert load_context(store, "slack:T1:C1:thread:1", timedelta(hours=1)) == Context((2, 1), "salary")

    proxy.stop()
    with pytest.raises(StoreUnavailable):
        load_context(store, "slack:T1:C1:thread:1", timedelta(hours=1))
    proxy.start()
    assert load_context(store, "slack:T1:C1:thread:1", timedelta(hours=1)) == Context((2, 1), "salary")


@pytest.mark.parametrize("url", [f"mysql://rolecall:{DB_PASSWORD}@127.0.0.1/rolecall",
                                 f"postgress://rolecall:{DB_PASSWORD}@127.0.0.1/rolecall"])
@pytest.mark.parametrize("command", [["serve", "--port", "0"], ["ingest", "seeds"], ["roles"], ["ask", "help"],
                                     ["db", "current"]])
def test_a_database_url_rolecall_has_no_driver_for_is_one_line_naming_what_it_can_use(command, url):
    """A MySQL URL, or PostgreSQL's scheme mistyped: the engineer is told
    which databases RoleCall stores its knowledge in, without a traceback."""
    from tests.rolecall_process import rolecall

    result = rolecall(*command, database_url=url, timeout=60, ROLECALL_TEAMS_ANONYMOUS="1")

    assert result.returncode == 1
    said = result.stderr.strip().splitlines()
    assert len(said) == 1 and "SQLite or PostgreSQL" in said[0], result.stderr
    assert_clean(result.stdout + result.stderr)
