"""`rolecall serve` as operators start it: a real process on a loopback port.

For the tests that need what only a separate process shows: start-up with
the database away, two replicas on one database, `rolecall ingest` seen by
servers already running. Slack's side is `tests.fake_slack`: its fake Web
API receives what the servers post, and `RemoteSlack` sends Slack's signed
requests to whichever server `url` points at.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.fake_slack import BOT_TOKEN, PROXY_VARIABLES, SIGNING_SECRET, Reply, SlackWorkspace

ROLECALL = Path(sys.executable).with_name("rolecall")
START_SECONDS = 60  # a cold start imports Bolt, botbuilder and SQLModel on a busy 2-core machine


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RemoteSlack(SlackWorkspace):
    """The fake Slack of `tests.fake_slack`, for RoleCall running elsewhere:
    set `url` to the server that Slack's next request should reach."""

    def __init__(self):
        super().__init__(assistant=None)

    async def _start_rolecall(self) -> None:  # RoleCall runs as its own process
        return None


class RoleCallServer:
    """One `rolecall serve` process; its output goes to a file in `folder`."""

    def __init__(self, folder: Path, *, database_url: str, slack_api_url: str, name: str = "serve",
                 **environment: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = folder / f"{name}.log"
        clean = {k: v for k, v in os.environ.items()
                 if not k.startswith(("SLACK_", "MICROSOFT_", "ROLECALL_TEAMS", "DATABASE_URL"))
                 and k not in PROXY_VARIABLES}
        self.env = {**clean, "DATABASE_URL": database_url, "SLACK_BOT_TOKEN": BOT_TOKEN,
                    "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": slack_api_url,
                    "ROLECALL_LOG_FORMAT": "text", **environment}
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
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
                env=self.env, stdout=log, stderr=subprocess.STDOUT)

    def wait_until_up(self) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"rolecall serve exited with {self.process.returncode}:\n{self.output()}")
            try:
                if self.get("/healthz").status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise AssertionError(f"rolecall serve did not answer /healthz within {START_SECONDS} s:\n{self.output()}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)

    def output(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def get(self, path: str, timeout: float = 10) -> Reply:
        try:
            with self._opener.open(self.url + path, timeout=timeout) as response:
                return Reply(response.status, response.read().decode())
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.read().decode())


def rolecall(*args: str, database_url: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """A one-off `rolecall` command (ingest, ask) on `database_url`."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    return subprocess.run([str(ROLECALL), *args], capture_output=True, text=True, timeout=timeout,
                          env={**env, "DATABASE_URL": database_url})
