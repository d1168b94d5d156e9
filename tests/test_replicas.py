"""Two web processes behind a load balancer, on one PostgreSQL database.

Two real `rolecall serve` processes share a fresh schema and one fake Slack
(tests/fake_slack.py); each of Slack's requests goes to whichever process
the test names, as a load balancer might send it. A retried event is
answered once, a thread's follow-up keeps its context on the other process,
and `rolecall ingest` run beside them is seen by both without a restart.
"""

import time

import pytest

from bot.assistant import VERSION_TTL_SECONDS
from tests.conftest import SEEDS, _postgres_url
from tests.fake_slack import all_text
from tests.rolecall_process import RoleCallServer, rolecall

NEW_TITLE = "Quantum Widget Calibrator"


@pytest.fixture
def database(request) -> str:
    """A fresh PostgreSQL schema (skips without PostgreSQL: replicas share a
    database server, which a SQLite file is not)."""
    return _postgres_url(request)


@pytest.fixture
def replicas(tmp_path, database, slack):
    """Two processes started together on the empty schema: they migrate and
    seed it once between them (knowledge.schema's advisory lock)."""
    def replica(name: str) -> RoleCallServer:  # its log in text, to read in a failure
        return RoleCallServer(tmp_path, database_url=database, slack_api_url=slack.api.api_url, name=name,
                              ROLECALL_LOG_FORMAT="text")

    first, second = replica("replica-1"), replica("replica-2")
    try:
        first.launch()
        second.launch()
        first.wait_until_up()
        second.wait_until_up()
        yield first, second
    finally:
        first.stop()
        second.stop()
    for server in (first, second):
        assert "Traceback" not in server.output()


def test_an_event_retried_to_the_other_process_is_answered_once(replicas, slack):
    first, second = replicas
    event = slack.mention_payload("<@UBOT> salary for lead back end engineer", channel="C1", event_id="EvREPLICA1")

    slack.url = first.url
    delivered = slack.send_event(event)
    slack.url = second.url
    retried = slack.send_event(event, retry=1)

    assert (delivered.status, retried.status) == (200, 200)
    # The retry was dropped before answering (so it posts nothing, now or
    # later), and the first delivery's answer is posted once.
    assert "already answered" in second.wait_for_output("already answered")
    posted = slack.wait_for_post("C1")
    assert "160,000" in all_text(posted.body)
    assert len(slack.posts_to("C1")) == 1


def test_a_follow_up_on_the_other_process_keeps_the_threads_context(replicas, slack):
    first, second = replicas
    root = slack.next_ts()

    slack.url = first.url
    slack.mention("<@UBOT> tell me about the engineer role", channel="C2", ts=root)
    opening = slack.wait_for_post("C2", thread_ts=root)
    slack.url = second.url
    slack.mention("<@UBOT> and the salary?", channel="C2", thread_ts=root)
    follow_up = slack.wait_for_post("C2", thread_ts=root, nth=2)

    assert "The Engineer role is responsible" in all_text(opening.body)
    assert "The Engineer document does not state a salary" in all_text(follow_up.body)


def test_documents_ingested_beside_running_processes_are_seen_by_both(replicas, slack, tmp_path, database):
    first, second = replicas
    document = tmp_path / "quantum-widget-calibrator.txt"
    document.write_text((SEEDS / "engineer.txt").read_text(encoding="utf-8").replace(
        "Key Responsibilities and Required Skills for Engineer",
        f"Key Responsibilities and Required Skills for {NEW_TITLE}").replace(
        "The Engineer role is responsible", f"The {NEW_TITLE} role is responsible"), encoding="utf-8")
    question = f"what does a {NEW_TITLE} own?"

    before = {}
    for name, server in (("first", first), ("second", second)):
        slack.url = server.url
        before[name] = all_text(slack.slash(question, channel=f"C3{name}").json)

    ingested = rolecall("ingest", str(document), database_url=database)
    # Each process trusts the knowledge version it read for VERSION_TTL_SECONDS;
    # once they have passed (longer on a busy machine changes nothing), the
    # next question reads it again and is answered from the new document.
    time.sleep(VERSION_TTL_SECONDS)

    after = {}
    for name, server in (("first", first), ("second", second)):
        slack.url = server.url
        after[name] = all_text(slack.slash(question, channel=f"C4{name}").json)

    assert ingested.returncode == 0, ingested.stderr
    assert f"{NEW_TITLE} (role_profile, added)" in ingested.stdout
    for name in ("first", "second"):
        assert f"I don't have the role “{NEW_TITLE}”" in before[name]
        assert NEW_TITLE in after[name]
        assert "Lead the full software development lifecycle" in after[name]
        assert "quantum-widget-calibrator.txt" in after[name]
