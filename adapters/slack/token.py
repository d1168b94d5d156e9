"""The bot token, checked with `auth.test` by RoleCall and handed to Bolt.
Left to Bolt, a failed check answers "installation is no longer available"
with a 200 that Slack never retries. Here it is checked before serving and
again with back-off; an unverified token gets a 503, so nothing is dropped.
"""

import asyncio
import logging
from contextlib import asynccontextmanager, suppress

from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.async_authorize import AsyncAuthorize
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.web_api import failure_cause

log = logging.getLogger("rolecall.slack")

# How long start-up waits for auth.test before serving without it.
STARTUP_CHECK_SECONDS = 10
# How long a request waits for a check: Slack gives up on a request after 3 s.
REQUEST_CHECK_SECONDS = 2
# The background checks' back-off: 1, 2, 4 … seconds, at most a minute apart.
FIRST_RETRY_SECONDS = 1
MAX_RETRY_SECONDS = 60
NOT_VERIFIED = "the Slack bot token is not verified yet; try again shortly"


class TokenCheck(AsyncMiddleware):
    """Bolt's `before_authorize` middleware (a 503 until the token is
    verified); its `authorize` is Bolt's source of the verified identity."""

    def __init__(self, client: AsyncWebClient):
        self.client = client
        self.identity = None  # auth.test's answer, once it succeeded
        self.authorize = _Verified(self)
        self._check: asyncio.Future | None = None
        self._last_cause: str | None = None  # logged once, not at every retry

    async def verify(self, timeout: float) -> bool:
        """Whether the token is verified, checking it (or joining the check
        in flight) for up to `timeout` seconds if it is not yet."""
        if self.identity is None:
            if self._check is None or self._check.done():
                self._check = asyncio.ensure_future(self._auth_test())
            with suppress(TimeoutError):
                async with asyncio.timeout(timeout):
                    await asyncio.shield(self._check)
        return self.identity is not None

    async def until_verified(self) -> None:
        wait = FIRST_RETRY_SECONDS
        while not await self.verify(STARTUP_CHECK_SECONDS):
            await asyncio.sleep(wait)
            wait = min(wait * 2, MAX_RETRY_SECONDS)

    async def _auth_test(self) -> None:
        try:
            identity = await self.client.auth_test()
        except Exception as error:
            self._failed(error)
            return
        self.identity = identity
        log.info("Slack: connected as @%s to workspace %s", identity.get("user"), identity.get("team"))

    def _failed(self, error: Exception) -> None:
        cause = failure_cause(error)
        level = logging.ERROR if cause != self._last_cause else logging.DEBUG
        self._last_cause = cause
        if isinstance(error, SlackApiError) and not cause.startswith("http_") and cause != "error":
            log.log(level, "Slack: the bot token was refused (auth.test: %s); check SLACK_BOT_TOKEN. "
                    "Slack requests get 503 until it is accepted.", cause)
        else:
            log.log(level, "Slack: could not reach the Slack Web API at %s (%s); check the network or "
                    "SLACK_API_URL. Slack requests get 503 until it answers.", self.client.base_url, cause)

    async def async_process(self, *, req, resp, next) -> BoltResponse:
        if (self.identity is None and req.body.get("type") != "url_verification"
                and not await self.verify(REQUEST_CHECK_SECONDS)):
            return BoltResponse(status=503, body=NOT_VERIFIED)
        return await next()



class _Verified(AsyncAuthorize):
    """Bolt's `authorize`: runs after `TokenCheck` let the request through."""

    def __init__(self, check: TokenCheck):
        self.check = check

    async def __call__(self, *, context, enterprise_id, team_id, user_id, **_actor) -> AuthorizeResult:
        """What Bolt's single-workspace authorization makes of auth.test's
        answer (the token is a bot token), for a request of `user_id`."""
        identity = self.check.identity
        return AuthorizeResult(
            enterprise_id=identity.get("enterprise_id"),
            team_id=identity.get("team_id"),
            bot_id=identity.get("bot_id"),
            bot_user_id=identity.get("user_id"),
            bot_token=self.check.client.token,
            bot_scopes=identity.headers.get("x-oauth-scopes"),
            user_id=user_id,
        )


@asynccontextmanager
async def token_checked(check: TokenCheck):
    """Check the token before serving (so a wrong one shows in the log at
    once), and while serving keep checking until Slack accepts it."""
    retrying = None
    if not await check.verify(STARTUP_CHECK_SECONDS):
        retrying = asyncio.ensure_future(check.until_verified())
    try:
        yield
    finally:
        for task in (retrying, check._check):  # a check still waiting on Slack, too
            if task is not None and not task.done():
                task.cancel()
                with suppress(asyncio.CancelledError):
                    await task
