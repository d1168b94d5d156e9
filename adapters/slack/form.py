"""Slack's form bodies (slash commands, button presses), read once.

Bolt's aiohttp adapter hands the body text to `AsyncBoltRequest`, which
reads a form with `urllib.parse.parse_qsl`, and takes any body containing the
word "payload" for an interaction (so `/rolecall what does a payload
engineer earn?` arrived empty). RoleCall reads the form itself, as the
form it is, and gives Bolt the fields. The reading is `parse_qsl`'s (same
fields, same values, the last of a repeated name wins), without its
general-purpose steps: half its time, and a slash command's body is read
on every command (bench/own_cost.py).
"""

from urllib.parse import unquote

from aiohttp import web
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.request.async_internals import build_async_context
from slack_bolt.request.async_request import AsyncBoltRequest

JSON = "application/json"


def form_fields(raw: str) -> dict[str, str]:
    """`dict(parse_qsl(raw, keep_blank_values=True))`: `&`-separated
    `name=value` pairs, `+` for a space, %-escapes as UTF-8 (an invalid
    sequence becomes U+FFFD), a name without `=` has the empty value."""
    fields = {}
    for pair in raw.split("&"):
        if pair:
            name, _, value = pair.partition("=")
            fields[_unescape(name)] = _unescape(value)
    return fields


def _unescape(text: str) -> str:
    if "+" in text:
        text = text.replace("+", " ")
    return unquote(text) if "%" in text else text


async def bolt_request(request: web.Request) -> AsyncBoltRequest:
    """What Bolt's `to_bolt_request(request)` makes of it, except that a
    form body is a form whatever words it contains. Raises what reading the
    body raises (text that is not UTF-8, say) and Bolt's JSON errors."""
    raw = await request.text()
    query, headers = request.query_string, request.headers
    if not raw or raw.startswith("{") or request.content_type == JSON:
        return AsyncBoltRequest(body=raw, query=query, headers=headers)
    fields = form_fields(raw)
    if "payload" in fields:  # a button press: Bolt reads the JSON inside
        return AsyncBoltRequest(body=raw, query=query, headers=headers)
    # Bolt's own request with nothing to parse, then given the fields: the
    # raw text stays what the signature is checked against.
    bolt = AsyncBoltRequest(body="", query=query, headers=headers)
    bolt.raw_body, bolt.body = raw, fields
    bolt.context = build_async_context(AsyncBoltContext({}), fields)
    return bolt
