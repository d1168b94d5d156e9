"""What an operator sees: one structured line per request with its outcome,
request ids that follow a request through the log, and Prometheus metrics,
all from the real web process serving real Slack and Teams requests."""

import json
import re
import time

from sqlalchemy import text

from adapters.logs import Redactor
from knowledge.errors import mask_urls
from bot import open_assistant
from tests.rolecall_process import RoleCallServer, rolecall
from tests import web_process
from tests.web_process import LogCapture, WebProcess, sample

assistant, web = web_process.assistant, web_process.web  # fixtures


def line_for(logs: LogCapture, request_id: str) -> dict:
    [line] = [line for line in logs.request_lines() if line["request_id"] == request_id]
    return line


# -- the request line ---------------------------------------------------------

def test_an_answered_slash_command_is_one_line_with_intent_and_kind(web):
    reply = web.slash("salary for lead back end engineer")

    assert reply.status_code == 200
    line = line_for(web.logs, reply.headers["X-Request-Id"])
    assert line["method"] == "POST" and line["path"] == "/slack/events"
    assert (line["platform"], line["status"], line["outcome"]) == ("slack", 200, "answered")
    assert line["intent"] == "salary" and line["kind"] == "answer"
    assert 0 < line["latency_ms"] < 10_000
    assert "lead back end engineer" not in json.dumps(line)  # the question is not logged


def test_each_kind_of_reply_has_its_outcome(web):
    outcomes = {}
    for question in ("what does a Zoo Wrangler do?", "help", "lead engineer salary", "tell me a joke"):
        reply = web.slash(question, user="W200")
        outcomes[question] = line_for(web.logs, reply.headers["X-Request-Id"])["outcome"]

    assert outcomes == {"what does a Zoo Wrangler do?": "unknown_role", "help": "help",
                        "lead engineer salary": "clarify", "tell me a joke": "not_understood"}


def test_refused_and_repeated_requests_have_their_outcomes(web):
    forged = web.slash("help", secret="not-the-signing-secret")
    malformed = web.slack_post("{not json")
    event = {"type": "event_callback", "event_id": "EvOBS1", "team_id": "T111", "event_time": int(time.time()),
             "event": {"type": "app_mention", "text": "<@UBOT> help", "user": "W1", "channel": "C300",
                       "ts": "1700000000.000300"}}
    first = web.slack_post(json.dumps(event))
    retry = web.slack_post(json.dumps(event), headers={"X-Slack-Retry-Num": "1"})
    missing = web.get("/nowhere")

    statuses = [r.status_code for r in (forged, malformed, first, retry, missing)]
    assert statuses == [401, 400, 200, 200, 404]
    outcomes = [line_for(web.logs, r.headers["X-Request-Id"])["outcome"]
                for r in (forged, malformed, first, retry, missing)]
    assert outcomes == ["unauthorized", "bad_request", "help", "duplicate", "not_found"]
    assert line_for(web.logs, retry.headers["X-Request-Id"])["slack_retry"] == 1


def test_teams_messages_are_logged_with_their_platform(web):
    activity = web.teams_activity(id="obs-1", text="salary for lead back end engineer")
    first = web.teams_post(activity)
    again = web.teams_post(activity)  # Teams redelivers

    assert (first.status_code, again.status_code) == (200, 200)
    answered = line_for(web.logs, first.headers["X-Request-Id"])
    assert (answered["platform"], answered["outcome"], answered["intent"]) == ("teams", "answered", "salary")
    assert line_for(web.logs, again.headers["X-Request-Id"])["outcome"] == "duplicate"


def test_a_sane_request_id_is_kept_and_anything_else_replaced(web):
    kept = web.slash("help", headers={"X-Request-Id": "lb-7f3a.42:9"})
    for junk in ("has spaces", "x" * 200, '{"forged": "line"}', "ünïcode"):
        replaced = web.slash("help", headers={"X-Request-Id": junk.encode("utf-8").decode("latin-1")})
        assert re.fullmatch(r"[0-9a-f]{32}", replaced.headers["X-Request-Id"]), junk
        line_for(web.logs, replaced.headers["X-Request-Id"])

    assert kept.headers["X-Request-Id"] == "lb-7f3a.42:9"
    assert line_for(web.logs, "lb-7f3a.42:9")["outcome"] == "help"
    # every response carries one, errors included
    assert web.get("/nowhere").headers["X-Request-Id"]
    assert web.teams_post(data=b"[]").headers["X-Request-Id"]


def test_log_records_made_while_answering_carry_the_request_id(tmp_path):
    broken = open_assistant(f"sqlite:///{tmp_path / 'broken.db'}")
    with broken.knowledge.store.engine.begin() as connection:
        connection.execute(text("DROP TABLE meta"))
    try:
        with LogCapture() as logs, WebProcess(broken) as web:
            reply = web.slash("salary for lead back end engineer", headers={"X-Request-Id": "req-broken-1"})
            metrics = web.metrics()
    finally:
        broken.knowledge.store.dispose()

    assert reply.status_code == 200 and "Sorry, something went wrong" in reply.text
    [failure] = [r for r in logs.records if "answering failed" in r.getMessage()]
    assert failure.request_id == "req-broken-1"  # stamped by the filter, from a worker thread
    assert line_for(logs, "req-broken-1")["outcome"] == "error"
    assert sample(metrics, "rolecall_errors_total", platform="slack") == 1


# -- metrics --------------------------------------------------------------------

def test_metrics_count_requests_answers_and_unanswered_questions(web):
    before = web.metrics()
    web.slash("salary for lead back end engineer", user="W301")
    web.slash("salary for lead back end engineer", user="W301")
    web.slash("what does a Zoo Wrangler do?", user="W301")
    web.slash("help", secret="wrong-secret")
    web.teams_post(web.teams_activity(id="obs-metrics-1", text="what does a Global Lead Engineer own?"))
    after = web.metrics()

    def delta(name, **labels):
        return sample(after, name, **labels) - sample(before, name, **labels)

    assert delta("rolecall_requests_total", platform="slack", outcome="answered") == 2
    assert delta("rolecall_requests_total", platform="slack", outcome="unknown_role") == 1
    assert delta("rolecall_requests_total", platform="slack", outcome="unauthorized") == 1
    assert delta("rolecall_requests_total", platform="teams", outcome="answered") == 1
    assert delta("rolecall_answers_total", platform="slack", intent="salary", kind="answer") == 2
    assert delta("rolecall_unanswered_total", platform="slack") == 1
    assert delta("rolecall_unanswered_total", platform="teams") == 0
    assert delta("rolecall_request_duration_seconds_count", platform="slack") == 4
    assert delta("rolecall_request_duration_seconds_count", platform="teams") == 1
    assert sample(after, "rolecall_errors_total", platform="teams") == 0  # present, at zero


def test_two_applications_in_one_process_count_separately(assistant):
    with WebProcess(assistant) as first, WebProcess(assistant) as second:
        first.slash("help")
        first.slash("help")
        second.slash("help")

        assert sample(first.metrics(), "rolecall_requests_total", platform="slack", outcome="help") == 2
        assert sample(second.metrics(), "rolecall_requests_total", platform="slack", outcome="help") == 1


def test_metrics_can_require_a_bearer_token(assistant):
    with WebProcess(assistant, metrics_token="scrape-secret-123") as web:
        assert web.get("/metrics").status_code == 401
        assert web.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert web.get("/metrics", headers={"Authorization": "Bearer scrape-secret-123x"}).status_code == 401
        allowed = web.get("/metrics", headers={"Authorization": "Bearer scrape-secret-123"})

    assert allowed.status_code == 200
    assert allowed.headers["Content-Type"].startswith("text/plain")
    assert "rolecall_requests_total" in allowed.text


# -- the log format of `rolecall serve` -----------------------------------------------

def serve(tmp_path, **settings) -> RoleCallServer:
    """`rolecall serve` with Teams on and no log format set: it picks its own."""
    return RoleCallServer(tmp_path, database_url=str(tmp_path / "serve.db"), ROLECALL_TEAMS_ANONYMOUS="1",
                          **settings)


def test_serve_writes_every_line_as_json_when_not_at_a_terminal(tmp_path):
    with serve(tmp_path) as served:
        assert served.post("/api/messages", data=b"{broken", headers={
            "Content-Type": "application/json", "X-Request-Id": "json-line-1"}).status_code == 400
        served.get("/metrics")
    output = served.output()

    lines = [line for line in output.splitlines() if line.strip()]
    parsed = [json.loads(line) for line in lines]  # every single line is JSON
    assert all({"time", "level", "logger", "message"} <= set(entry) for entry in parsed)
    assert any(entry["logger"] == "rolecall.web" and "listening" in entry["message"] for entry in parsed)
    [request] = [entry for entry in parsed if entry.get("request_id") == "json-line-1"]
    assert (request["status"], request["outcome"], request["platform"]) == (400, "bad_request", "teams")
    assert not any(entry["logger"] == "aiohttp.access" for entry in parsed)


def test_serve_writes_text_when_asked_and_refuses_an_unknown_format(tmp_path):
    with serve(tmp_path, ROLECALL_LOG_FORMAT="text") as served:
        served.get("/nowhere", headers={"X-Request-Id": "text-line-1"})
    output = served.output()
    assert re.search(r"INFO rolecall\.request: GET /nowhere 404 not_found .* id=text-line-1", output)
    assert not any(line.startswith("{") for line in output.splitlines())

    refused = rolecall("serve", database_url=str(tmp_path / "x.db"), timeout=60,
                       ROLECALL_TEAMS_ANONYMOUS="1", ROLECALL_LOG_FORMAT="yaml")
    assert refused.returncode == 1
    assert "ROLECALL_LOG_FORMAT must be json or text, not 'yaml'" in refused.stderr


# -- masking --------------------------------------------------------------------

def test_database_passwords_are_masked_in_urls():
    assert mask_urls("postgresql+psycopg://rolecall:s3cr%40t@db.internal:5432/rc") == \
        "postgresql+psycopg://rolecall:***@db.internal:5432/rc"
    assert mask_urls("sqlite:////var/lib/rolecall.db") == "sqlite:////var/lib/rolecall.db"
    assert mask_urls("postgresql://db.internal/rc") == "postgresql://db.internal/rc"
    assert mask_urls("postgresql://postgres@db.internal/rc") == "postgresql://postgres@db.internal/rc"
    # unescaped @, : and / in the password: everything up to the last @ is masked
    assert mask_urls("postgresql+psycopg://user:p@ss@host/db") == "postgresql+psycopg://user:***@host/db"
    assert mask_urls("postgresql://user:p:a/s@s@host:5432/db") == "postgresql://user:***@host:5432/db"
    # a user name with an @, and URLs inside a driver's or SQLAlchemy's message
    assert mask_urls("mssql://me@corp:hunter2@host/db") == "mssql://me@corp:***@host/db"
    assert mask_urls("(psycopg.OperationalError) failed for 'postgresql://u:p@ss@h/db' and mysql://a:b@c, "
                     "see https://sqlalche.me/e/20/e3q8") == \
        "(psycopg.OperationalError) failed for 'postgresql://u:***@h/db' and mysql://a:***@c, " \
        "see https://sqlalche.me/e/20/e3q8"


def test_the_redactor_masks_configured_values_and_credential_shapes():
    redactor = Redactor(["my-signing-secret", "ab"])  # "ab" is too short to look for
    line = ("secret my-signing-secret, header Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln "
            "token xoxb-123-456-abcdef url postgresql://u:hunter2@host/db, postgresql://u:p@ssw0rd@host/db "
            "about a lab")

    masked = redactor.redact(line)

    for leaked in ("my-signing-secret", "eyJhbGciOiJSUzI1NiJ9", "xoxb-123", "hunter2", "ssw0rd"):
        assert leaked not in masked
    assert "about a lab" in masked


def test_every_request_counted_is_in_the_next_scrape():
    from prometheus_client.parser import text_string_to_metric_families

    from adapters.observability import Metrics, RequestRecord

    def scraped(metrics) -> dict:
        return {(s.name, tuple(sorted(s.labels.items()))): s.value
                for family in text_string_to_metric_families(metrics.exposition().decode()) for s in family.samples}

    metrics = Metrics(("slack",))
    asked = 0
    for more in (1, 66, 63):
        for _ in range(more):
            metrics.observe(RequestRecord("r", "slack", answers=[("salary", "answer")]), 200, "answered", 0.01)
        asked += more
        seen = scraped(metrics)
        assert sample(seen, "rolecall_requests_total", platform="slack", outcome="answered") == asked
        assert sample(seen, "rolecall_answers_total", platform="slack", intent="salary", kind="answer") == asked
        assert sample(seen, "rolecall_request_duration_seconds_count", platform="slack") == asked