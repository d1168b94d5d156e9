"""`rolecall serve` as operators start it: a real process on a loopback port.

For what only a separate process shows: the real command's log format and
masking, start-up with the database away, two replicas on one database,
`rolecall ingest` seen by servers already running, a stalled Bot Connector
next to Slack traffic. Tests that can run RoleCall in their own process use
`tests.web_process.WebProcess` instead: quicker, and it sees log records.

`RoleCallServer` is the one way these tests start the command, so each of
them gets the same care: an environment holding only what the test set (a
developer's own Slack, Teams, RoleCall, database or proxy settings would
otherwise leak in), readiness judged by /healthz answering 200, the process's
whole output kept in a file (a pipe nobody reads would fill and stall it),
and SIGTERM to stop it, as a process manager does.

Slack's side is `tests.fake_slack`: its fake Web API receives what the
servers post, and `RemoteSlack` sends Slack's signed requests to whichever
server `url` points at.
"""

import os
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

from tests.conftest import PROXY_VARIABLES
from tests.fake_slack import BOT_TOKEN, SIGNING_SECRET, SlackWorkspace

ROLECALL = Path(sys.executable).with_name("rolecall")
START_SECONDS = 60  # a cold start imports Bolt, botbuilder and SQLModel on a busy 2-core machine
STOP_SECONDS = 20  # SIGTERM's grace before SIGKILL; a clean shutdown takes well under a second
TIMEOUT = 10.0  # for each request a test sends
# Variables of the shell running the tests that would configure the server
# behind the test's back (ROLECALL_ covers ROLECALL_TEST_POSTGRES_URL too).
INHERITED_SETTINGS = ("SLACK_", "MICROSOFT_", "ROLECALL_", "DATABASE_URL", "PORT", "HOST")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database_url: str, **settings: str) -> dict[str, str]:
    """The environment of a `rolecall` process: this one's, less anything
    that would configure RoleCall or route loopback calls through a proxy,
    plus the test's own settings."""
    clean = {name: value for name, value in os.environ.items()
             if not name.startswith(INHERITED_SETTINGS) and name not in PROXY_VARIABLES}
    # Unbuffered, so a test reading `output()` while the server runs sees every line written so far.
    return {**clean, "PYTHONUNBUFFERED": "1", "DATABASE_URL": database_url, **settings}


class RemoteSlack(SlackWorkspace):
    """The fake Slack of `tests.fake_slack`, for RoleCall running elsewhere:
    set `url` to the server that Slack's next request should reach."""

    def __init__(self):
        super().__init__(assistant=None)

    async def _start_rolecall(self) -> None:  # RoleCall runs as its own process
        return None


class RoleCallServer:
    """One `rolecall serve` process on a free loopback port, configured by
    `database_url`, Slack (the test bot's token and secret, posting to
    `slack_api_url`) when that is given, and any other variables passed as
    keywords. Its stdout and stderr go, interleaved, to `{name}.log` in
    `folder`. Use it with `with`, or `start()` and `stop()`; `launch()` and
    `wait_until_up()` start several at once. `open_files` caps the files the
    process may open (`ulimit -n`, soft and hard)."""

    def __init__(self, folder: Path, *, database_url: str, slack_api_url: str | None = None,
                 name: str = "serve", open_files: int | None = None, **settings: str):
        self.open_files = open_files
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = folder / f"{name}.log"
        if slack_api_url is not None:
            settings = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                        "SLACK_API_URL": slack_api_url, **settings}
        self.env = environment(database_url, **settings)
        self.http = requests.Session()
        self.http.trust_env = False  # loopback: never through a proxy
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "RoleCallServer":
        self.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()

    def start(self) -> None:
        self.launch()
        self.wait_until_up()

    def launch(self) -> None:
        """Start the process without waiting for it (replicas starting together)."""
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [str(ROLECALL), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                env=self.env, stdout=log, stderr=subprocess.STDOUT, preexec_fn=self._limits)

    def _limits(self) -> None:
        """In the child, before `rolecall` starts."""
        if self.open_files is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (self.open_files, self.open_files))

    def wait_until_up(self) -> None:
        """Return once /healthz answers 200; otherwise stop the process and
        fail with its output."""
        deadline = time.monotonic() + START_SECONDS
        while self.process.poll() is None and time.monotonic() < deadline:
            try:
                if self.get("/healthz", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass  # not listening yet
            time.sleep(0.1)
        code = self.process.poll()
        why = f"exited with {code}" if code is not None else f"did not answer /healthz within {START_SECONDS} s"
        raise AssertionError(f"rolecall serve {why}:\n{self.stop()}")

    def stop(self) -> str:
        """Stop it as a process manager does (SIGTERM, SIGKILL if it lingers);
        its whole output. Stopping a stopped server only reads the output."""
        self.http.close()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.output()

    def wait_for_output(self, text: str, seconds: float = 10.0) -> str:
        """The output once it holds `text` (log lines reach the file from a
        logging thread, a moment after the request they tell of), or as it
        is after `seconds`."""
        deadline = time.monotonic() + seconds
        while text not in (output := self.output()) and time.monotonic() < deadline:
            time.sleep(0.05)
        return output

    def output(self) -> str:
        """Everything the process has written so far."""
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def get(self, path: str, **kwargs) -> requests.Response:
        kwargs.setdefault("timeout", TIMEOUT)
        return self.http.get(self.url + path, **kwargs)

    def post(self, path: str, **kwargs) -> requests.Response:
        kwargs.setdefault("timeout", TIMEOUT)
        return self.http.post(self.url + path, **kwargs)


def rolecall(*args: str, database_url: str, timeout: float = 120, **settings: str) -> subprocess.CompletedProcess:
    """A one-off `rolecall` command (ingest, ask, a `serve` that should
    refuse to start) on `database_url`, in the same clean environment."""
    return subprocess.run([str(ROLECALL), *args], capture_output=True, text=True, timeout=timeout,
                          env=environment(database_url, **settings))
