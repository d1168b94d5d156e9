"""An operator starts `rolecall serve` and reads its log: a first start says
what it did in a few lines, the platforms' probes and 👍/👎 presses are
logged as what they are, and a start that cannot listen says why in one line.

Through the real command (tests/rolecall_process.py), on a fresh SQLite file
(so the migrations run), Slack's side played by tests/fake_slack.py.
"""

import asyncio
import json
import logging
import socket

from tests.fake_connector import assistant, teams_and_bot  # noqa: F401 (fixture)
from tests.fake_slack import buttons
from tests.rolecall_process import RoleCallServer, free_port, rolecall


def log_lines(output: str) -> list[dict]:
    """The process's JSON log lines; anything else (a traceback) fails the test."""
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_a_first_start_is_quiet_and_probes_and_presses_are_logged_for_what_they_are(tmp_path, slack):
    database = f"sqlite:///{tmp_path / 'rolecall.db'}"
    with RoleCallServer(tmp_path, database_url=database, slack_api_url=slack.api.api_url,
                        ROLECALL_TEAMS_ANONYMOUS="1") as served:
        probe = served.http.head(served.url + "/api/messages", timeout=10)
        slack.url = served.url
        answer = slack.slash("salary for lead back end engineer", user="W1", channel="C1").json
        pressed = slack.press(buttons(answer)["👍"], user="W1", channel="C1",
                              response_url=slack.api.response_url("quiet-1"))
        slack.wait_for_response(slack.api.response_url("quiet-1"))
        output = served.stop()

    assert probe.status_code == 200 and pressed.status == 200
    lines = log_lines(output)
    loggers = [line["logger"] for line in lines]
    assert not [name for name in loggers if name.startswith("alembic")], output
    [upgraded] = [line["message"] for line in lines if "schema upgraded" in line["message"]]
    assert upgraded.startswith("database schema upgraded from an empty database to ")
    assert "will be unused" not in output  # Bolt's warning about the token it is, in fact, using
    requests = [line for line in lines if line["logger"] == "rolecall.request"]
    assert not [line for line in requests if line["method"] == "HEAD"]  # a probe is not an INFO line
    assert not [line for line in requests if line["outcome"] == "bad_request"]
    press_lines = [line for line in requests if line["path"] == "/slack/events" and line["outcome"] == "feedback"]
    assert len(press_lines) == 1, requests
    assert "Traceback" not in output


def test_a_port_in_use_is_one_line_and_a_failed_exit(tmp_path):
    port = free_port()
    with socket.socket() as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        taken.bind(("127.0.0.1", port))
        taken.listen()
        result = rolecall("serve", "--host", "127.0.0.1", "--port", str(port),
                          database_url=f"sqlite:///{tmp_path / 'rolecall.db'}", ROLECALL_TEAMS_ANONYMOUS="1")

    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    said = [line for line in result.stderr.splitlines() if not line.startswith("{")]
    assert said == [f"rolecall: cannot listen on 127.0.0.1:{port}: the port is already in use "
                    "(another RoleCall, or another server); stop it, or choose another with --port or PORT"]
    assert "listening on" not in result.stderr + result.stdout  # never said of a port it could not bind


def test_a_teams_thumbs_press_is_logged_as_feedback(assistant, caplog):  # noqa: F811
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            await teams.post(teams.personal("salary for lead back end engineer", id="q-1"))
            [answer] = await teams.connector.wait_for(1)
            [thumbs_up] = [b for b in answer.buttons if b["title"].startswith("👍")]
            await teams.post(teams.activity("teams_card_submit_personal", id="q-2", value=thumbs_up["data"]))
            await teams.connector.wait_for(2)

    with caplog.at_level(logging.INFO, logger="rolecall.request"):
        asyncio.run(scenario())

    outcomes = [record.fields["outcome"] for record in caplog.records
                if record.name == "rolecall.request" and hasattr(record, "fields")]
    assert outcomes == ["answered", "feedback"]
