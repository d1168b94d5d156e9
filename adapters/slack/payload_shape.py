"""The types Slack's payloads have in the fields Bolt and RoleCall read. A
signed body shaped otherwise would break Bolt or a listener into a retried
5xx, so the endpoint refuses it with a 400; event types RoleCall does not
answer are not checked.
"""

from urllib.parse import urlsplit

from adapters.wellformed import has_lone_surrogates

_TEXT = (str, type(None))
_OBJECT = (dict, type(None))
_LIST = (list, type(None))
_FLAG = (bool, type(None))

# Top level: slash commands (form fields), interaction payloads, event envelopes.
TOP = {
    "type": _TEXT, "token": _TEXT, "team_id": _TEXT, "api_app_id": _TEXT, "event_id": _TEXT,
    "command": _TEXT, "text": _TEXT, "user_id": _TEXT, "channel_id": _TEXT, "enterprise_id": _TEXT,
    "response_url": _TEXT, "trigger_id": _TEXT, "callback_id": _TEXT,
    "user": _OBJECT, "channel": _OBJECT, "team": _OBJECT, "enterprise": _OBJECT, "container": _OBJECT,
    "message": _OBJECT, "state": _OBJECT, "event": _OBJECT,
    "view": (dict,),  # Bolt's logger reads a view that is there, even a null one
}
# The top-level fields that must not be text: all a form's fields can get wrong.
_OBJECTS_AT_TOP = tuple(name for name, types in TOP.items() if str not in types)
# Fields Bolt matches listeners on: text whenever present, never null.
MATCHED = {"command": (str,), "callback_id": (str,), "action_id": (str,)}
# Inside the objects of an interaction payload.
NESTED = {
    "user": {"id": _TEXT, "team_id": _TEXT},
    "channel": {"id": _TEXT},
    "team": {"id": _TEXT},
    "enterprise": {"id": _TEXT},
    "container": {"channel_id": _TEXT, "message_ts": _TEXT, "thread_ts": _TEXT},
    "message": {"ts": _TEXT, "thread_ts": _TEXT},
}
ACTION = {"action_id": _TEXT, "block_id": _TEXT, "value": _TEXT, "type": _TEXT, "action_ts": _TEXT}
AUTHORIZATION = {"enterprise_id": _TEXT, "team_id": _TEXT, "user_id": _TEXT, "is_bot": _FLAG,
                 "is_enterprise_install": _FLAG}
# A modal's submission or closing: Bolt reads the view's type and callback_id
# without looking, and Slack always sends both.
VIEW_PAYLOADS = ("view_submission", "view_closed")
# Where Slack's response URLs point: an https URL with a host, as `_is_web_url` asks.
SLACK_RESPONSE_URLS = "https://hooks.slack.com/"
# The events RoleCall answers, and the fields it reads of them.
ANSWERED_EVENTS = ("app_mention", "message")
EVENT = {
    "type": _TEXT, "user": _TEXT, "channel": _TEXT, "text": _TEXT, "ts": _TEXT, "thread_ts": _TEXT,
    "event_ts": _TEXT, "channel_type": _TEXT, "subtype": _TEXT, "bot_id": _TEXT, "team": _TEXT,
    "message": _OBJECT, "blocks": _LIST,
}


def shape_problem(body: dict, raw: str | None = None) -> str | None:
    """Why `body` cannot be from Slack, judged by the types of the fields
    read from it, or None. `raw` is the text of the body, when known."""
    if all(type(value) is str for value in body.values()):  # a form (a slash command): only text
        problem = next((f"{name} is a str" for name in _OBJECTS_AT_TOP if name in body), None)
    else:
        problem = _fields(body, TOP, "") or _fields(body, MATCHED, "")
    if problem:
        return problem
    for name, fields in NESTED.items():
        if isinstance(body.get(name), dict):
            problem = _fields(body[name], fields, f"{name}.")
            if problem:
                return problem
    if body.get("type") in VIEW_PAYLOADS:
        view = body.get("view")
        if not isinstance(view, dict) or not all(isinstance(view.get(name), str) for name in ("type", "callback_id")):
            return "a view payload without a view's type and callback_id"
    for action in body.get("actions") or ():
        problem = _fields(action, ACTION, "actions[].")
        if problem:
            return problem
        if body.get("type") == "block_actions" and not isinstance(action.get("action_id"), str):
            return "a block action without an action_id"  # Bolt matches listeners on it
    for authorization in body.get("authorizations") or ():
        problem = _fields(authorization, AUTHORIZATION, "authorizations[].")
        if problem:
            return problem
    event = body.get("event")
    if isinstance(event, dict) and "type" in event and not isinstance(event["type"], str):
        return "event.type is not text"  # Bolt matches listeners on it
    if isinstance(event, dict) and event.get("type") in ANSWERED_EVENTS:
        problem = _fields(event, EVENT, "event.")
        if problem:
            return problem
    if has_lone_surrogates(body, raw):
        return "a string that is not valid Unicode (a lone surrogate)"
    url = body.get("response_url")
    if url is not None and not _is_web_url(url):
        return "response_url is not an http(s) URL"
    if url is None and body.get("type") == "block_actions" and "view" not in body:
        return "a button press on a message without a response_url"  # Slack always sends one
    return None


def _fields(obj: dict, expected: dict, prefix: str) -> str | None:
    for name, types in expected.items():
        if name in obj and not isinstance(obj[name], types):
            return f"{prefix}{name} is a {type(obj[name]).__name__}"
    return None


def _is_web_url(url: str) -> bool:
    if url.startswith(SLACK_RESPONSE_URLS):  # what Slack sends: no need to parse it (urlsplit, every command)
        return True
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)
