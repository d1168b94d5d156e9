"""The app created from the repository's manifest is the app the code serves:
the scopes the issue names, DMs open, and every subscribed event handled (an
unhandled one would get a 404, which Slack keeps retrying)."""

import json
import re

import yaml

from adapters.slack.endpoint import PATH
from tests.conftest import PROJECT
from tests.fake_slack import assistant, slack, without_proxies  # noqa: F401  (fixtures)

MANIFEST = (PROJECT / "slack-app-manifest.yaml").read_text()


def listed_under(key: str) -> list[str]:
    """The `- item` lines of the YAML list under `key:` (the manifest is flat enough)."""
    lines = MANIFEST.splitlines()
    start = next(n for n, line in enumerate(lines) if line.strip() == f"{key}:")
    indent = len(lines[start]) - len(lines[start].lstrip())
    found = []
    for line in lines[start + 1:]:
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        if line.strip().startswith("- "):
            found.append(line.strip()[2:])
    return found


def test_the_manifest_asks_for_the_scopes_rolecall_needs_and_no_more():
    assert sorted(listed_under("bot")) == sorted(
        ["app_mentions:read", "chat:write", "commands", "files:read", "im:history"])


def test_the_manifest_declares_its_format_version():
    # Slack's manifest format 1, which editors and Slack's own tools validate against.
    manifest = yaml.safe_load(MANIFEST)
    assert manifest["_metadata"] == {"major_version": 1}
    assert set(manifest) == {"_metadata", "display_information", "features", "oauth_config", "settings"}


def test_no_scope_is_asked_for_that_no_code_uses():
    # im:read and im:write (listing and opening DMs) were asked for once; RoleCall only
    # answers DMs people open with it, which im:history and chat:write cover. A Web API
    # method needing another scope would show here as a call in adapters/slack/.
    calls = set()
    for source in (PROJECT / "adapters" / "slack").glob("*.py"):
        text = source.read_text()
        calls |= set(re.findall(r"client\.(\w+)\(", text)) - {"api_call"}  # its method is named below
        calls |= {name.replace(".", "_") for name in re.findall(r"api_call\(\s*[\"']([\w.]+)", text)}
    # files:read covers files_info, for the documents admins send (adapters/slack/documents.py);
    # apps_connections_open is Socket Mode's, made with the app-level token's connections:write
    # (adapters/slack/socket.py), not a bot scope.
    assert calls <= {"chat_postMessage", "chat_postEphemeral", "auth_test", "files_info",
                     "apps_connections_open"}, calls


def test_people_can_send_rolecall_direct_messages():
    assert re.search(r"^\s+messages_tab_enabled: true$", MANIFEST, re.M)
    assert re.search(r"^\s+messages_tab_read_only_enabled: false$", MANIFEST, re.M)


def test_every_request_url_is_the_slack_endpoint():
    urls = re.findall(r"(?:url|request_url): (\S+)", MANIFEST)
    assert len(urls) == 3  # the slash command, events, interactivity
    assert all(url == f"https://rolecall.example.com{PATH}" for url in urls)
    assert "command: /rolecall" in MANIFEST


def test_every_subscribed_event_is_acknowledged(slack):
    events = listed_under("bot_events")
    assert events == ["app_mention", "message.im"]

    for name in events:
        event_type, _, channel_type = name.partition(".")
        event = {"type": event_type, "user": "U80", "text": "hi", "ts": slack.next_ts(), "channel": "D80"}
        if channel_type:
            event["channel_type"] = channel_type
        reply = slack.send_event(slack.event_callback(event, template="slack_message_im.json"))
        assert reply.status == 200, name


def test_saving_the_request_url_passes_slacks_check(slack):
    challenge = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "type": "url_verification",
                 "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}

    reply = slack.post(json.dumps(challenge), content_type="application/json")

    assert reply.status == 200
    assert reply.json == {"challenge": challenge["challenge"]}
