"""Where RoleCall reaches into slack-bolt's private parts, in one place; `check()`
refuses an untested Bolt release (tests/test_sdk_internals.py checks the shapes).

`SharedClientApp`: every listener gets the app's one Web API client instead
of a per-request copy (RoleCall never changes its token), and the
unmatched-request warning says what came without quoting it.
"""

import logging

from slack_bolt.async_app import AsyncApp

from adapters.sdk_versions import require_tested

log = logging.getLogger("rolecall.slack")

# The slack-bolt releases these fixes were tested with.
TESTED_VERSIONS = ("1.30.",)
# Slack's type names and ids are short; anything longer is cut in the log.
MAX_LOGGED_FIELD = 40


def check() -> str:
    """The installed slack-bolt version; ConfigError if untested."""
    return require_tested("slack-bolt", TESTED_VERSIONS)


class SharedClientApp(AsyncApp):
    """Bolt, handing every listener the app's one Web API client."""

    _request_logger = None

    def _init_context(self, req) -> None:
        # Bolt's own, but with the app's client, and a logger of RoleCall's
        # own: Bolt's `get_bolt_app_logger` copies another logger's level onto
        # the logger named after the app ("rolecall", the parent of every
        # RoleCall logger), which silenced the request lines.
        if self._request_logger is None:
            self._request_logger = logging.getLogger("rolecall.slack.bolt")
        req.context["logger"] = self._request_logger
        req.context["token"] = self._token
        req.context["client"] = self._async_client
        req.context["listener_runner"] = self.listener_runner

    def _handle_unmatched_requests(self, req, resp):
        """A request no listener took. Bolt's warning quotes the request
        (whole action lists, dialog submissions: lines of 50 KB, holding
        what people typed); this one line says only what it was."""
        body = req.body if isinstance(req.body, dict) else {}
        event, team = body.get("event"), body.get("team")
        log.warning("Slack: no listener for a %s request (event %s, team %s, %d bytes); answered %s",
                    _short(body.get("type")), _short(event.get("type") if isinstance(event, dict) else None),
                    _short(body.get("team_id") or (team.get("id") if isinstance(team, dict) else None)),
                    len(req.raw_body or ""), resp.status)
        return resp


def _short(value) -> str:
    """A field of an untrusted body, cut to size for a log line."""
    text = "-" if value is None else str(value)
    return text if len(text) <= MAX_LOGGED_FIELD else text[:MAX_LOGGED_FIELD] + "…"
