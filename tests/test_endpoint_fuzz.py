"""Thousands of wrong, strange and hostile requests against both endpoints of
one real web process: never a 500, never an exception escaping into the log,
never a message Slack would refuse, and the knowledge exactly as it was.

The requests start from the real-shaped payloads in tests/payloads and are
mutated the ways a broken client, a fuzzer or an attacker would: fields
replaced by other types, deleted or added, strings made huge or full of odd
Unicode (lone surrogates included), bodies re-encoded, cut short or replaced
by noise, content types and headers swapped. Slack requests are mostly
signed correctly, so the mutations reach the listeners and the core, and
sometimes signed wrongly, late or not at all. Teams runs anonymous, replying
to the local fake connector.
"""

import hashlib
import itertools
from collections import Counter
import json
import os
import string
import time
import traceback
import urllib.parse
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import open_assistant
from knowledge import Knowledge, Store
from tests.fake_connector import PAYLOADS
from tests.fake_slack import PROXY_VARIABLES, payload
from tests.web_process import LogCapture, WebProcess

# Outcomes of a request that reached the core (see adapters.observability).
ANSWERED = {"answered", "clarify", "unknown_role", "not_understood", "help", "rate_limited"}
# About 3,000 requests in all; each is a few milliseconds on loopback.
SLACK_EXAMPLES = 1_000
TEAMS_EXAMPLES = 900
RAW_EXAMPLES = 400
FUZZ = settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))

SLACK_JSON = ["slack_app_mention.json", "slack_message_im.json"]
TEAMS_JSON = ["teams_personal_message.json", "teams_channel_mention.json", "teams_personal_mention.json",
              "teams_card_submit_personal.json", "teams_conversation_update_bot_added.json"]
# Invokes Teams may send a bot (RoleCall implements none of them).
INVOKE_NAMES = st.sampled_from(["adaptiveCard/action", "composeExtension/query", "task/fetch", "signin/verifyState"])
# Askers, spread so that the default per-user rate limit (which stays on)
# answers some requests and lets most through to the core.
USERS = st.integers(0, 39).map(lambda n: f"W{n:04d}")
QUESTIONS = ["salary for lead back end engineer", "what does a Global Lead Engineer own?", "help",
             "compare engineer and lead engineer", "which roles need Kubernetes?", "<@UBOT> and the salary?"]


# -- the server ----------------------------------------------------------------

@pytest.fixture(scope="module")
def server(tmp_path_factory):
    saved = {name: os.environ.pop(name) for name in PROXY_VARIABLES if name in os.environ}
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'rolecall.db'}"
    assistant = open_assistant(url)
    try:
        with LogCapture() as logs, WebProcess(assistant) as web:
            web.logs, web.logs_checked, web.digest_before = logs, 0, knowledge_digest(url)
            yield web
    finally:
        assistant.knowledge.store.dispose()
        os.environ.update(saved)


def knowledge_digest(url: str) -> str:
    """A fingerprint of everything RoleCall knows (roles, aliases, salaries,
    sources, facts, career paths), read through the knowledge read API from
    a fresh connection; conversations and delivery records are not in it."""
    store = Store(url, create=False)
    try:
        knowledge = Knowledge(store)
        knowledge.refresh()
        roles = knowledge.roles()
        parts = [repr(roles), repr(knowledge.career_links())]
        parts += [repr(knowledge.profile(role.id)) for role in roles]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()
    finally:
        store.dispose()


def check(server, reply) -> None:
    """A clean HTTP answer, and nothing escaped into the log since the last
    check (so hypothesis shrinks the request that caused it)."""
    failures = server.logs.failures(since=server.logs_checked)
    server.logs_checked = len(server.logs.records)
    assert reply.status_code < 500, (reply.status_code, reply.text[:300])
    assert "Traceback" not in reply.text
    assert not failures, describe(failures)


def describe(records) -> str:
    """The first failure records with their tracebacks, for the report."""
    return "\n".join(f"{r.name}: {r.getMessage()}\n" + "".join(traceback.format_exception(*r.exc_info))
                     if r.exc_info else f"{r.name}: {r.getMessage()}" for r in records[:2])


# -- mutations ------------------------------------------------------------------

_FRESH = itertools.count(1)


def fresh_or_repeated(data, prefix: str) -> str:
    """Mostly a new delivery id (so the request is handled), sometimes one
    already seen (a platform's retry). A counter rather than drawn ids:
    hypothesis would draw the same small id again and again. Always eight
    characters: hypothesis replays a test case expecting the same draws, and
    a body one digit longer (id 10 after id 9) changes the range of the
    "cut" drawn from its length (FlakyStrategyDefinition)."""
    if data.draw(st.sampled_from([False] * 5 + [True]), label="repeated delivery"):
        return f"{prefix}REPEATED"
    return f"{prefix}{next(_FRESH):08d}"


WEIRD_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3),
    st.sampled_from(["", " ", "\x00", "<!channel>", "<@UBOT>", "&lt;&amp;", "<at>x</at>", "\u202e", "💼" * 50,
                     "a" * 5_000, "\n" * 200, "null", "{}", "[]", "1e309", "%00", "../../etc/passwd"]),
    st.sampled_from(QUESTIONS),
)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                    st.floats(allow_nan=True, allow_infinity=True), WEIRD_TEXT)
JSON_VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8)


def paths(node, prefix=()):
    """Every place in a JSON document: key tuples, list indexes included."""
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, prefix + (index,))


def mutate(data, doc):
    """Apply 0-4 mutations to `doc` (a parsed JSON document), in place where
    possible; returns the new document."""
    for _ in range(data.draw(st.sampled_from([0, 0, 1, 1, 1, 2, 2, 3, 4]), label="mutations")):
        where = data.draw(st.sampled_from(list(paths(doc))), label="path")
        operation = data.draw(st.sampled_from(["replace", "delete", "add", "retype"]), label="operation")
        if not where:
            if operation == "replace":
                doc = data.draw(JSON_VALUES, label="whole document")
            continue
        parent = doc
        for step in where[:-1]:
            parent = parent[step]
        key = where[-1]
        if operation == "delete":
            del parent[key]
        elif operation == "add" and isinstance(parent[key], dict):
            parent[key][data.draw(st.text(max_size=12), label="new key")] = data.draw(JSON_VALUES, label="value")
        elif operation == "retype":
            old = parent[key]
            parent[key] = (str(old) if not isinstance(old, str) else
                           data.draw(st.sampled_from([0, -1, 1.5, True, None, [], {}, [old], {"text": old}])))
        else:
            parent[key] = data.draw(JSON_VALUES, label="value")
    return doc


def encode(data, doc) -> bytes:
    how = data.draw(st.sampled_from(["json"] * 8 + ["json-unicode"] * 3 + ["utf-16", "latin-1", "truncated", "noise"]),
                    label="encoding")
    try:
        text = json.dumps(doc, ensure_ascii=how != "json-unicode")
    except (TypeError, ValueError):
        text = "{}"
    if how == "noise":
        return data.draw(st.binary(max_size=300), label="noise")
    if how == "utf-16":
        return text.encode("utf-16")
    if how == "latin-1":
        return text.encode("latin-1", "replace")
    raw = text.encode("utf-8", "surrogatepass")  # a lone surrogate becomes invalid UTF-8
    if how == "truncated":
        return raw[: data.draw(st.integers(0, max(len(raw) - 1, 0)), label="cut")]
    return raw


EXTRA_HEADERS = st.dictionaries(
    st.sampled_from(["X-Slack-Retry-Num", "X-Slack-Retry-Reason", "X-Request-Id", "Authorization",
                     "Content-Encoding", "Accept", "X-Forwarded-For"]),
    st.one_of(st.sampled_from(["1", "2", "-1", "abc", "99999999999", "http_timeout", "Bearer eyJ0eXAi.eyJ.sig",
                               "Bearer ", "gzip", "*/*"]),
              st.text(alphabet=string.printable.strip("\r\n\x0b\x0c"), max_size=30).map(str.strip)),
    max_size=3)


# -- Slack ----------------------------------------------------------------------

def slack_body(data, web) -> tuple[bytes, str]:
    shape = data.draw(st.sampled_from(["event", "slash", "action"]), label="shape")
    if shape == "event":
        doc = json.loads(payload(data.draw(st.sampled_from(SLACK_JSON), label="template")))
        doc["event_id"] = fresh_or_repeated(data, "EvFUZZ")
        doc["event"]["text"] = data.draw(st.sampled_from(QUESTIONS) | WEIRD_TEXT, label="text")
        doc["event"]["user"] = data.draw(USERS, label="user")
        doc["event"]["ts"] = doc["event"]["event_ts"] = f"{time.time():.6f}"
        doc["event"].pop("blocks", None)
        return encode(data, mutate(data, doc)), "application/json"
    if shape == "slash":
        fields = dict(urllib.parse.parse_qsl(payload("slack_slash_command.txt"), keep_blank_values=True))
        fields["text"] = data.draw(st.sampled_from(QUESTIONS) | WEIRD_TEXT, label="text")
        fields["user_id"] = data.draw(USERS, label="user")
        fields["response_url"] = web.slack_api.response_url("fuzz")
        for name in data.draw(st.lists(st.sampled_from(sorted(fields)), max_size=3), label="changed fields"):
            if data.draw(st.booleans(), label="delete"):
                fields.pop(name, None)
            else:
                fields[name] = data.draw(WEIRD_TEXT, label="field value")
        body = urllib.parse.urlencode({k: v.encode("utf-8", "surrogatepass") for k, v in fields.items()})
        return body.encode(), "application/x-www-form-urlencoded"
    doc = json.loads(payload("slack_block_actions.json"))
    doc["response_url"] = web.slack_api.response_url("fuzz")
    doc["actions"][0]["action_id"] = data.draw(
        st.sampled_from(["rolecall_ask:0", "rolecall_more:0", "rolecall_share:0", "feedback_up"]), label="action")
    doc["user"]["id"] = data.draw(USERS, label="user")
    doc["actions"][0]["value"] = data.draw(
        st.sampled_from([json.dumps({"q": q, "k": "slack:T111:C111"}) for q in QUESTIONS]) | WEIRD_TEXT,
        label="button value")
    if data.draw(st.sampled_from([False] * 5 + [True]), label="a modal's payload"):
        doc["type"] = data.draw(st.sampled_from(["view_submission", "view_closed"]), label="view payload")
        doc["view"] = data.draw(JSON_VALUES | st.just({"type": "modal", "callback_id": "ask"}), label="view")
    doc = mutate(data, doc)
    try:
        text = json.dumps(doc)
    except ValueError:
        text = "{}"
    return urllib.parse.urlencode({"payload": text}).encode(), "application/x-www-form-urlencoded"


@settings(FUZZ, max_examples=SLACK_EXAMPLES)
@given(data=st.data())
def test_slack_endpoint_survives_mutated_requests(server, data):
    body, content_type = slack_body(data, server)
    content_type = data.draw(st.sampled_from([content_type] * 16 + [
        "application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x",
        None]), label="content type")
    signing = data.draw(st.sampled_from(["good"] * 12 + ["wrong", "none", "stale", "garbage time"]), label="signing")
    options = {}
    if signing == "wrong":
        options["secret"] = "not-the-secret"
    elif signing == "none":
        options["signature"] = ""
    elif signing == "stale":
        options["timestamp"] = str(int(time.time()) - 3600)
    elif signing == "garbage time":
        options["timestamp"] = data.draw(st.sampled_from(["", "abc", "1e9", "-1", "1_0", "0x10"]), label="timestamp")
    check(server, server.slack_post(body, content_type=content_type, headers=data.draw(EXTRA_HEADERS, label="headers"),
                            **options))


def test_no_message_sent_to_slack_was_refused(server):
    """Whatever came in, what RoleCall posted keeps Block Kit's limits (the
    fake Web API refuses what Slack would)."""
    refused = [call for call in server.slack_api.calls if call.refused and call.refused != ["invalid_auth"]]
    assert not refused, [(call.method, call.refused) for call in refused[:5]]


# -- Teams ----------------------------------------------------------------------

@settings(FUZZ, max_examples=TEAMS_EXAMPLES)
@given(data=st.data())
def test_teams_endpoint_survives_mutated_activities(server, data):
    doc = json.loads((PAYLOADS / data.draw(st.sampled_from(TEAMS_JSON), label="template")).read_text())
    doc["id"] = fresh_or_repeated(data, "fuzz-")
    doc["from"] = {"id": "29:" + data.draw(USERS, label="user"), "name": "Fuzz"}
    if doc.get("text") is not None:
        doc["text"] = data.draw(st.sampled_from(QUESTIONS) | WEIRD_TEXT, label="text")
    if data.draw(st.sampled_from([False] * 5 + [True]), label="an invoke"):
        doc.update(type="invoke", name=data.draw(INVOKE_NAMES, label="invoke name"),
                   value=data.draw(JSON_VALUES, label="invoke value"))
    doc = mutate(data, doc)
    if isinstance(doc, dict):
        doc.setdefault("serviceUrl", server.connector.url)
        service = doc.get("serviceUrl")
        try:
            reachable = isinstance(service, str) and urlsplit(service).scheme in ("http", "https")
        except ValueError:
            reachable = False
        if reachable:  # replies go to the local fake, never out to the internet
            doc["serviceUrl"] = server.connector.url
    body = encode(data, doc)
    content_type = data.draw(st.sampled_from(["application/json"] * 16 + [
        "application/json; charset=utf-16", "application/json; charset=bogus", "text/plain",
        "application/x-www-form-urlencoded", ""]),
        label="content type")
    check(server, server.teams_post(data=body, content_type=content_type,
                            headers=data.draw(EXTRA_HEADERS, label="headers")))


# -- anything at all ---------------------------------------------------------------

@settings(FUZZ, max_examples=RAW_EXAMPLES)
@given(method=st.sampled_from(["POST", "POST", "GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]),
       path=st.sampled_from(["/slack/events", "/api/messages", "/healthz", "/metrics", "/", "/slack/events/",
                             "/api/messages?x=1", "/%2e%2e/%2e%2e", "/slack/events?ssl_check=1"]),
       body=st.binary(max_size=2_000) | st.sampled_from([b"[" * 100_000, b'{"a":' * 50_000, b"\x00" * 10]),
       content_type=st.sampled_from(
           ["application/json", "application/x-www-form-urlencoded", "text/plain", "application/octet-stream"]),
       headers=EXTRA_HEADERS)
def test_any_method_path_and_body_gets_a_clean_answer(server, method, path, body, content_type, headers):
    reply = server.http.request(method, server.url + path, data=body or None,
                                headers={"Content-Type": content_type, **headers}, timeout=10)
    check(server, reply)


# -- afterwards --------------------------------------------------------------------

def test_the_fuzzing_reached_the_core_on_both_platforms(server):
    """Not a fuzz that only ever hit the front door: a good share of the
    requests got past signatures and parsing and were answered."""
    outcomes = Counter((line["platform"], line["outcome"]) for line in server.logs.request_lines())
    print("fuzz outcomes:", dict(sorted(outcomes.items())))  # shown with pytest -s
    for platform in ("slack", "teams"):
        total = sum(n for (p, _), n in outcomes.items() if p == platform)
        reached = {outcome: n for (p, outcome), n in outcomes.items() if p == platform and outcome in ANSWERED}
        assert total >= 800, (platform, outcomes)
        assert sum(reached.values()) >= 50 and len(reached) >= 3, (platform, outcomes)


def test_after_all_that_the_knowledge_is_unchanged_and_the_server_still_answers(server):
    assert server.get("/healthz").status_code == 200
    assert "160,000" in server.slash("salary for lead back end engineer", user="WAFTER").text
    assert not server.logs.failures(), describe(server.logs.failures())
    assert knowledge_digest(server.assistant.knowledge.store.url) == server.digest_before
