"""`rolecall report`: what recruiters read to know which documents to add.

People ask in Slack and Teams through the real endpoints (fakes play Slack
and the Bot Connector), rate some answers, and then `rolecall report` runs
as a real process on the same database, as an operator would run it.
"""

import asyncio
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from adapters.teams.render import FEEDBACK_ACTION
from bot import open_assistant
from knowledge import LoggedQuestion, NotAnswered, record_question
from knowledge.models import utcnow
from tests.fake_connector import teams_and_bot
from tests.fake_slack import SlackWorkspace, buttons

ROLECALL = Path(sys.executable).with_name("rolecall")
HEAD_OF_PEOPLE = "what does a head of people do"


@pytest.fixture
def assistant(database_url, no_proxy):
    real = open_assistant(database_url)
    yield real
    real.knowledge.store.dispose()


def rolecall(*args, database_url: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url}
    return subprocess.run([str(ROLECALL), *args], capture_output=True, text=True, env=env, input=stdin, timeout=60)


def report(database_url: str, *args: str) -> dict:
    result = rolecall("report", "--json", *args, database_url=database_url)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def a_week_of_questions(assistant) -> None:
    """Slack: three answered, two unanswered (one question typed two ways), a 👍.
    Teams: one answered with a 👎, one unanswered."""
    with SlackWorkspace(assistant) as slack:
        answer = slack.slash("salary for lead back end engineer", user="W1", channel="C1").json
        slack.slash("what does a Global Lead Engineer own?", user="W2", channel="C1")
        slack.slash("help", user="W3", channel="C1")
        slack.slash("What does a Head of People do?", user="W4", channel="C1")
        slack.slash(HEAD_OF_PEOPLE, user="W5", channel="C2")
        slack.press(buttons(answer)["👍"], user="W1", channel="C1", response_url=slack.api.response_url("up"))
        slack.wait_for_response(slack.api.response_url("up"))

    async def teams_side():
        async with teams_and_bot(assistant) as teams:
            await teams.post(teams.personal("salary for lead back end engineer", id="9001"))
            await teams.post(teams.personal("comp for a chief data officer", id="9002"))
            thumbs = {b["title"]: b["data"] for b in teams.posted[0].buttons
                      if b["data"].get("rolecall") == FEEDBACK_ACTION}
            await teams.post(teams.activity("teams_card_submit_personal", id="9003", value=thumbs["👎 Not helpful"]))

    asyncio.run(teams_side())


def test_the_report_shows_answer_rates_the_unanswered_questions_and_the_feedback(assistant, database_url):
    a_week_of_questions(assistant)

    data = report(database_url)

    assert (data["questions"], data["answered"]) == (7, 4)
    assert data["answer_rate"] == pytest.approx(4 / 7, abs=0.001)
    platforms = {p["platform"]: p for p in data["platforms"]}
    assert (platforms["slack"]["questions"], platforms["slack"]["answered"]) == (5, 3)
    assert (platforms["teams"]["questions"], platforms["teams"]["answered"]) == (2, 1)
    assert platforms["teams"]["rate"] == 0.5

    top = data["unanswered"][0]
    assert (top["text"], top["count"], top["reason"]) == (HEAD_OF_PEOPLE, 2, "unknown_role")
    assert top["last_seen"].endswith("Z")
    assert "chief data officer" in data["unanswered"][1]["text"]
    assert data["unanswered_total"] == 3

    intents = {t["name"]: t for t in data["feedback_by_intent"]}
    assert (intents["salary"]["up"], intents["salary"]["down"], intents["salary"]["ratio"]) == (1, 1, 0.5)
    roles = {t["name"]: t for t in data["feedback_by_role"]}
    assert (roles["Lead Back End Engineer"]["up"], roles["Lead Back End Engineer"]["down"]) == (1, 1)


def test_the_plain_report_is_a_readable_table(assistant, database_url):
    a_week_of_questions(assistant)

    result = rolecall("report", database_url=database_url)

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Questions: 7, answered 4 (57.1%)" in out
    assert "Most frequent unanswered questions (3 unanswered in all)" in out
    row = next(line for line in out.splitlines() if HEAD_OF_PEOPLE in line)
    assert row.split()[0] == "2" and "unknown role" in row
    assert any(line.split()[:2] == ["slack", "5"] for line in out.splitlines())
    feedback = out[out.index("Feedback per role"):]
    assert any(line.split() == ["Lead", "Back", "End", "Engineer", "1", "1", "50.0%"]
               for line in feedback.splitlines())


def test_nothing_stored_names_a_user(assistant, database_url):
    a_week_of_questions(assistant)
    user_ids = ["W1", "W2", "W3", "W4", "W5", "29:102jd210jd010icsoaeclaejcoa9ue09u",
                "7faf8ab2-3d56-4244-b585-20c8a42ed2b8"]

    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            stored = [json.dumps([str(v) for v in row]) for table in ("question_log", "unanswered", "feedback")
                      for row in conn.execute(text(f"SELECT * FROM {table}"))]
    finally:
        engine.dispose()
    assert len(stored) == 7 + 3 + 2
    assert not [row for row in stored for uid in user_ids if uid in row]


def test_days_limits_the_report_to_the_period(assistant, database_url):
    store = assistant.knowledge.store
    old = utcnow() - timedelta(days=40)
    record_question(store, LoggedQuestion("slack", "unknown_role", "unknown_role", asked_at=old,
                                          not_answered=NotAnswered("who is the head of snacks", "unknown_role")))
    record_question(store, LoggedQuestion("teams", "salary", "answer", ("Engineer",), 0.9))

    recent, longer = report(database_url), report(database_url, "--days", "60")

    assert (recent["questions"], recent["unanswered_total"], recent["days"]) == (1, 0, 30)
    assert (longer["questions"], longer["unanswered_total"]) == (2, 1)
    assert longer["unanswered"][0]["text"] == "who is the head of snacks"


def test_evaluation_runs_redraws_and_welcomes_are_not_counted(assistant, database_url):
    evaluation = rolecall("ask", "--jsonl", database_url=database_url,
                          stdin="salary for lead back end engineer\nwhat does a head of people do\n")
    assert evaluation.returncode == 0, evaluation.stderr
    with SlackWorkspace(assistant) as slack:
        short = slack.slash("what does a Lead Back End Engineer own?", user="W6", channel="C6").json
        slack.press(buttons(short)["Show more"], user="W6", channel="C6", response_url=slack.api.response_url("m"))
        slack.wait_for_response(slack.api.response_url("m"))

    async def welcome():
        async with teams_and_bot(assistant) as teams:
            await teams.post(teams.activity("teams_conversation_update_bot_added"))
            assert len(teams.posted) == 1

    asyncio.run(welcome())

    data = report(database_url)
    assert (data["questions"], data["unanswered_total"]) == (1, 0)  # the one slash command


def test_an_empty_store_reports_no_questions_yet(database_url):
    data = report(database_url)
    assert (data["questions"], data["answer_rate"], data["unanswered"]) == (0, None, [])
    plain = rolecall("report", database_url=database_url).stdout
    assert "Questions: 0, answered 0 (-)" in plain and "no feedback yet" in plain


@pytest.mark.parametrize("days", ["0", "-3", "a week"])
def test_a_bad_period_is_a_usage_error(tmp_path, days):
    result = rolecall("report", "--days", days, database_url=str(tmp_path / "rolecall.db"))
    assert result.returncode == 2
    assert "--days" in result.stderr and "Traceback" not in result.stderr
