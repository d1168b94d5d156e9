"""No secret leaves `rolecall serve`, in its log or in its replies.

The server runs as a real subprocess with distinctive secrets in its
environment (Slack bot token and signing secret, Teams app password, the
metrics token, a database password) and is put through a rough day: Slack
refusing its token at start-up and later, good and forged signatures,
requests carrying `Authorization: Bearer` headers and tokens in their
bodies, forged Teams JWTs, scrapes with wrong tokens, oversized bodies.
Everything it wrote and every reply it gave are then searched for them.
"""

import json
import re
import time
import urllib.parse
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest
from slack_sdk.signature import SignatureVerifier

from tests.conftest import _postgres_url
from tests.fake_slack import BOT_TOKEN, SIGNING_SECRET, payload
from tests.rolecall_process import RemoteSlack, RoleCallServer, free_port, rolecall

APP_ID = "6c3f0a52-6a2a-4d33-9e51-0c9a43cb2c4e"
APP_PASSWORD = "TeamsAppPassw0rd~Kx9.SECRET-7731"
METRICS_TOKEN = "metrics-scrape-SECRET-5521"
DB_PASSWORD = "Db-Passw0rd-SECRET-0415"
# A well-formed JWT from an issuer Teams does not use: refused without any
# network call, and exactly the kind of string that must not be echoed.
FORGED_JWT = ("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
              "eyJpc3MiOiJodHRwczovL2V2aWwuZXhhbXBsZSIsImF1ZCI6IjZjM2YwYTUyIn0."
              "c2lnbmF0dXJlLXRoYXQtaXMtbm90LXJlYWw")
FORGED_QUESTION = "forged-question-text-zq81"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """Where the store lives; on PostgreSQL with a password in the URL (the
    local server trusts loopback, so any password gets in)."""
    if request.param == "sqlite":
        return str(tmp_path / "secrets.db")
    parts = urlsplit(_postgres_url(request))
    netloc = f"{parts.username or 'postgres'}:{DB_PASSWORD}@{parts.hostname}:{parts.port or 5432}"
    return urlunsplit(parts._replace(netloc=netloc))


def signed(body: str, secret: str = SIGNING_SECRET) -> dict:
    timestamp = str(int(time.time()))
    return {"X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body)}


def test_no_secret_reaches_the_log_or_a_reply(tmp_path, database_url):
    replies: list[str] = []

    def keep(response):
        replies.append(f"{response.status_code} {dict(response.headers)} {response.text}")
        return response

    with RemoteSlack() as workspace:
        slack = workspace.api
        slack.token_refused = True  # Slack refuses the token at start-up
        with RoleCallServer(tmp_path, database_url=database_url,
                            SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=slack.api_url,
                            MICROSOFT_APP_ID=APP_ID, MICROSOFT_APP_PASSWORD=APP_PASSWORD,
                            ROLECALL_METRICS_TOKEN=METRICS_TOKEN) as served:
            http, url = served.http, served.url

            def slash(text, *, secret=SIGNING_SECRET, headers=None):
                fields = dict(urllib.parse.parse_qsl(payload("slack_slash_command.txt"), keep_blank_values=True))
                fields.update(text=text, response_url=slack.response_url("secrets"))
                body = urllib.parse.urlencode(fields)
                return keep(http.post(url + "/slack/events", data=body, headers={
                    "Content-Type": "application/x-www-form-urlencoded", **signed(body, secret), **(headers or {})}))

            # Slack: refused token, then a working one, forged and odd requests
            slash("salary for lead back end engineer")
            slack.token_refused = False
            answered = slash("salary for lead back end engineer",
                             headers={"Authorization": f"Bearer {BOT_TOKEN}", "X-Request-Id": "secrets-1"})
            assert "160,000" in answered.text
            assert slash(FORGED_QUESTION, secret="a-guessed-secret").status_code == 401
            mention = json.dumps({"type": "event_callback", "event_id": f"Ev{uuid.uuid4().hex[:10]}",
                                  "team_id": "T111", "token": BOT_TOKEN, "event_time": int(time.time()),
                                  "event": {"type": "app_mention", "text": f"<@UBOT> help {BOT_TOKEN}",
                                            "user": "W1", "channel": "C900", "ts": "1700000000.000900"}})
            keep(http.post(url + "/slack/events", data=mention,
                           headers={"Content-Type": "application/json", **signed(mention)}))
            slack.wait_for("chat.postMessage", lambda call: call.body.get("channel") == "C900")
            slack.token_refused = True  # the next post is refused: logged as an error
            mention2 = mention.replace("1700000000.000900", "1700000000.000901").replace('"Ev', '"EvB')
            keep(http.post(url + "/slack/events", data=mention2,
                           headers={"Content-Type": "application/json", **signed(mention2)}))
            keep(http.post(url + "/slack/events", data="{broken", headers={
                "Content-Type": "application/json", **signed("{broken"), "Authorization": f"Bearer {FORGED_JWT}"}))
            keep(http.post(url + "/slack/events", data="x" * 300_000, headers={"Content-Type": "text/plain"}))

            # Teams: no token, a forged one, a malformed one
            activity = json.loads(payload("teams_personal_message.json"))
            activity["text"] = FORGED_QUESTION
            for header in (None, f"Bearer {FORGED_JWT}", f"Bearer {FORGED_JWT[:40]}", "Basic dXNlcjpwYXNz"):
                reply = keep(http.post(url + "/api/messages", json=activity,
                                       headers={"Authorization": header} if header else {}))
                assert reply.status_code == 401

            # Operators: scrapes with no, a wrong and the right token
            assert keep(http.get(url + "/metrics")).status_code == 401
            assert keep(http.get(url + "/metrics", headers={"Authorization": f"Bearer {FORGED_JWT}"})).status_code == 401
            assert keep(http.get(url + "/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})).status_code == 200
    output = served.output()

    assert "the bot token was refused" in output  # the day really was rough
    assert "chat.postMessage to C900 failed" in output
    everything = output + "\n".join(replies)
    for secret in (BOT_TOKEN, SIGNING_SECRET, APP_PASSWORD, METRICS_TOKEN, DB_PASSWORD, FORGED_JWT):
        assert secret not in everything, f"{secret[:12]}… leaked"
    assert not re.search(r"xox[abpr]-\w", everything)
    assert not re.search(r"Bearer\s+ey", everything)
    assert "verification_token" not in output  # bodies of refused requests are not logged
    assert FORGED_QUESTION not in output
    if "postgresql" in database_url:
        assert "postgres:***@" in output  # the store is named, its password masked
    assert all(line.startswith("{") for line in output.splitlines() if line.strip())  # JSON, not a TTY


# -- the database URL in the CLI's own errors ---------------------------------------

PASSWORD_PART = "SECRET-0415"
# URLs SQLAlchemy cannot read, or would read wrongly: with an unescaped "@",
# the password's tail would become the host name (and appear in the driver's
# "failed to resolve host" error); without any "@", the password would be
# read as the port (and appear in int()'s ValueError).
UNREADABLE_URLS = {
    "unescaped @": f"postgresql+psycopg://rolecall:Pw@{PASSWORD_PART}@127.0.0.1:{free_port()}/test",
    "no @": f"postgresql://rolecall:{PASSWORD_PART}/test",
}
COMMANDS = {"ask": ("ask", "what does an Engineer own?"), "db current": ("db", "current"), "serve": ("serve",)}


@pytest.mark.parametrize("url", UNREADABLE_URLS.values(), ids=UNREADABLE_URLS.keys())
@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_an_unreadable_database_url_is_refused_in_one_line_without_its_password(url, command):
    result = rolecall(*command, database_url=url, ROLECALL_TEAMS_ANONYMOUS="1", timeout=60)

    assert result.returncode == 1
    assert PASSWORD_PART not in result.stdout + result.stderr
    assert result.stderr.startswith("rolecall: DATABASE_URL is not a database URL RoleCall can read")
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr  # no traceback


def test_a_database_away_is_named_without_its_password(tmp_path):
    """A readable URL whose password holds escaped characters, to a database
    that does not answer: the errors and the start-up log name it masked."""
    url = f"postgresql+psycopg://rolecall:Pw%40{PASSWORD_PART}%3A9@127.0.0.1:{free_port()}/test"
    ask = rolecall(*COMMANDS["ask"], database_url=url, timeout=60)
    current = rolecall(*COMMANDS["db current"], database_url=url, timeout=60)
    with RoleCallServer(tmp_path, database_url=url, ROLECALL_TEAMS_ANONYMOUS="1") as served:
        assert served.get("/readyz").status_code == 503
    output = served.output()

    for result in (ask, current):
        assert result.returncode == 1
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "cannot reach the knowledge store at postgresql+psycopg://rolecall:***@127.0.0.1:" in result.stderr
    assert "the knowledge store is unreachable at start-up" in output
    assert "rolecall:***@127.0.0.1:" in output
    for text in (ask.stdout, ask.stderr, current.stdout, current.stderr, output):
        assert PASSWORD_PART not in text
