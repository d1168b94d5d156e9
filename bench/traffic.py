"""What the load generator sends: signed Slack requests and Teams activities,
built in advance and written where wrk's Lua script can replay them.

wrk cannot sign anything, and Slack requests only count when signed: the
signature covers the timestamp and the body, and Bolt refuses a timestamp
older than five minutes. So each run builds its requests just before it
starts, with a fresh timestamp. A slash command may be sent many times over
(Slack does not deduplicate them, nor does RoleCall), but an `app_mention`
with an event id already seen is acknowledged and dropped, and a Teams
activity id is the same kind of promise: every mention and every activity in
a run is its own, and the pool is made big enough for the run.

The pool file is a sequence of complete HTTP/1.1 requests, each preceded by
its length in bytes on a line of its own; `replay.lua` reads it.
"""

import hashlib
import hmac
import itertools
import json
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from bench.farside import BOT_USER, TEAM

QUESTIONS_FILE = Path(__file__).resolve().parent / "questions.txt"
SLACK_PATH = "/slack/events"
TEAMS_PATH = "/api/messages"
# Distinct people and channels the traffic comes from, so that conversation
# context is spread over many keys as in a real workspace.
PEOPLE = 50
CHANNELS = 10


@dataclass(frozen=True)
class Request:
    path: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    method: str = "POST"

    def http(self, host: str) -> bytes:
        """The request as it goes on the wire (keep-alive, as wrk sends it)."""
        head = [f"{self.method} {self.path} HTTP/1.1", f"Host: {host}", f"Content-Length: {len(self.body)}"]
        head.extend(f"{name}: {value}" for name, value in self.headers.items())
        return ("\r\n".join(head) + "\r\n\r\n").encode() + self.body


def questions() -> list[str]:
    return [line.strip() for line in QUESTIONS_FILE.read_text().splitlines() if line.strip()]


def slack_signature(secret: str, timestamp: int, body: bytes) -> str:
    """Slack's v0 request signature (api.slack.com/authentication/verifying-requests-from-slack)."""
    base = b"v0:" + str(timestamp).encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed(body: bytes, content_type: str, *, secret: str, timestamp: int) -> Request:
    return Request(SLACK_PATH, body, {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": str(timestamp),
        "X-Slack-Signature": slack_signature(secret, timestamp, body),
    })


def slash_command(question: str, n: int, *, secret: str, timestamp: int, response_url: str) -> Request:
    """`/rolecall <question>` typed by person n % PEOPLE in channel n % CHANNELS."""
    fields = {
        "token": "bench", "team_id": TEAM, "team_domain": "bench", "channel_id": f"C{n % CHANNELS:08d}",
        "channel_name": "bench", "user_id": f"W{n % PEOPLE:08d}", "user_name": "bench", "command": "/rolecall",
        "text": question, "api_app_id": "A0BENCH", "is_enterprise_install": "false",
        "response_url": f"{response_url}/cmd-{n}", "trigger_id": f"{n}.1.bench",
    }
    body = urllib.parse.urlencode(fields).encode()
    return signed(body, "application/x-www-form-urlencoded", secret=secret, timestamp=timestamp)


def app_mention(question: str, n: int, *, secret: str, timestamp: int, run: str) -> Request:
    """`@RoleCall <question>` in a channel, as the Events API delivers it;
    event n of run `run` has its own event id and its own thread."""
    ts = f"{timestamp}.{n:06d}"
    body = {
        "token": "bench", "team_id": TEAM, "api_app_id": "A0BENCH", "type": "event_callback",
        "event_id": f"Ev{run}{n:08d}", "event_time": timestamp,
        "event": {"type": "app_mention", "text": f"<@{BOT_USER}> {question}", "user": f"W{n % PEOPLE:08d}",
                  "ts": ts, "event_ts": ts, "team": TEAM, "channel": f"C{n % CHANNELS:08d}"},
        "authorizations": [{"enterprise_id": None, "team_id": TEAM, "user_id": BOT_USER, "is_bot": True,
                            "is_enterprise_install": False}],
        "is_ext_shared_channel": False,
    }
    return signed(json.dumps(body).encode(), "application/json", secret=secret, timestamp=timestamp)


def teams_message(question: str, n: int, *, service_url: str, run: str) -> Request:
    """A personal-chat message to the bot, as Teams posts it; activity n of
    run `run` has its own id."""
    person = n % PEOPLE
    body = {
        "type": "message", "id": f"{run}-{n}", "timestamp": "2026-01-01T00:00:00.000Z",
        "serviceUrl": service_url, "channelId": "msteams",
        "from": {"id": f"29:bench-user-{person}", "name": f"Bench {person}", "aadObjectId": f"aad-{person}"},
        "conversation": {"conversationType": "personal", "tenantId": "tenant-bench", "id": f"a:bench-{person}"},
        "recipient": {"id": "28:bench-bot", "name": "RoleCall"},
        "textFormat": "plain", "text": question, "locale": "en-US",
        "channelData": {"tenant": {"id": "tenant-bench"}},
    }
    return Request(TEAMS_PATH, json.dumps(body).encode(), {"Content-Type": "application/json"})


def write_pool(path: Path, requests, host: str) -> int:
    """Write `requests` for replay.lua; returns how many were written."""
    count = 0
    with path.open("wb") as out:
        for request in requests:
            raw = request.http(host)
            out.write(f"{len(raw)}\n".encode())
            out.write(raw)
            count += 1
    return count


def build(kind: str, count: int, *, secret: str, api_url: str, service_url: str, run: str,
          timestamp: int | None = None):
    """`count` requests of `kind` (slash, mention or teams), cycling through
    the benchmark questions, signed now (or at `timestamp`)."""
    timestamp = timestamp or int(time.time())
    asked = itertools.cycle(questions())
    for n in range(count):
        question = next(asked)
        if kind == "slash":
            yield slash_command(question, n, secret=secret, timestamp=timestamp,
                                response_url=api_url.rstrip("/").removesuffix("/api") + "/respond")
        elif kind == "mention":
            yield app_mention(question, n, secret=secret, timestamp=timestamp, run=run)
        elif kind == "teams":
            yield teams_message(question, n, service_url=service_url, run=run)
        else:
            raise ValueError(f"unknown kind of request: {kind}")
