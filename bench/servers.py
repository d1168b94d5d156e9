"""The processes the load benchmark measures and the fakes they talk to.

Each server is its own process on a loopback port, started the way its
users start it: RoleCall with `rolecall serve` and its environment, the bare
framework apps as plain scripts. The benchmark only needs to start them,
know when they answer, read their memory, and stop them.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Proxies would carry loopback traffic away from the fakes (slack_sdk and
# requests honour them, and slack_sdk ignores NO_PROXY).
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY",
                   "http_proxy", "https_proxy", "all_proxy", "no_proxy")
# Settings of the user's own environment that would change what RoleCall is.
ROLECALL_VARIABLES = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL",
                      "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "MICROSOFT_APP_ID", "MICROSOFT_APP_PASSWORD",
                      "MICROSOFT_APP_TYPE", "MICROSOFT_APP_TENANT_ID", "ROLECALL_TEAMS_ANONYMOUS",
                      "DATABASE_URL", "PORT", "HOST", "PYTHONASYNCIODEBUG", "ROLECALL_RATE_LIMIT")
READY_SECONDS = 60
# The per-user rate limit stays on (checking it is part of every request's
# cost) but far above what the benchmark's 50 people send: with the default
# (60 a minute) most questions after the first few thousand would get the
# cheap "please slow down" reply instead of an answer, and flatter RoleCall.
BENCH_RATE_LIMIT = "99999/second"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def clean_environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in PROXY_VARIABLES + ROLECALL_VARIABLES}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


@dataclass
class Server:
    name: str
    command: list[str]
    env: dict[str, str]
    log_path: Path
    port: int = field(default_factory=free_port)
    ready_path: str = "/healthz"
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(self.command + ["--port", str(self.port)], env=self.env, cwd=ROOT,
                                        stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self) -> None:
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}; "
                                   f"its log:\n{self.log_path.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(self.url + self.ready_path, timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer {self.ready_path} within {READY_SECONDS} s")

    def rss_mb(self) -> float:
        """Resident memory of the server process, in MB."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def cpu_seconds(self) -> float:
        """CPU time the server process has used (user + system). Per request
        it is a figure that other load on the machine barely moves."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class Fake(Server):
    """A far-side fake (bench/farside.py) whose counters can be read and zeroed."""

    def counts(self) -> dict[str, int]:
        with urllib.request.urlopen(self.url + "/_count", timeout=5) as response:
            return json.loads(response.read())

    def reset(self) -> None:
        request = urllib.request.Request(self.url + "/_reset", data=b"", method="POST")
        with urllib.request.urlopen(request, timeout=5) as response:
            response.read()


def fake(kind: str, workdir: Path) -> Fake:
    return Fake(name=f"fake {kind}", command=[sys.executable, str(HERE / "farside.py"), kind],
                env=clean_environment(), log_path=workdir / f"fake-{kind}.log", ready_path="/_count")


def rolecall(workdir: Path, *, api_url: str, secret: str, token: str, debug_asyncio: bool = False) -> Server:
    """`rolecall serve` with Slack pointed at the fake Web API, Teams
    anonymous, and its own SQLite store (seeded on start-up)."""
    env = clean_environment(
        SLACK_BOT_TOKEN=token, SLACK_SIGNING_SECRET=secret, SLACK_API_URL=api_url,
        ROLECALL_TEAMS_ANONYMOUS="1", DATABASE_URL=str(workdir / "rolecall.db"), HOST="127.0.0.1",
        ROLECALL_RATE_LIMIT=BENCH_RATE_LIMIT,
    )
    if debug_asyncio:
        env["PYTHONASYNCIODEBUG"] = "1"
    executable = Path(sys.executable).parent / "rolecall"
    name = "RoleCall (asyncio debug)" if debug_asyncio else "RoleCall"
    return Server(name=name, command=[str(executable), "serve", "--host", "127.0.0.1"], env=env,
                  log_path=workdir / ("rolecall-debug.log" if debug_asyncio else "rolecall.log"))


def bare_slack(workdir: Path, *, api_url: str, secret: str, token: str) -> Server:
    env = clean_environment(BENCH_SLACK_SIGNING_SECRET=secret, BENCH_SLACK_BOT_TOKEN=token)
    return Server(name="bare Bolt", command=[sys.executable, str(HERE / "bare_slack.py"), "--api-url", api_url],
                  env=env, log_path=workdir / "bare-slack.log")


def bare_teams(workdir: Path) -> Server:
    return Server(name="bare botbuilder", command=[sys.executable, str(HERE / "bare_teams.py")],
                  env=clean_environment(), log_path=workdir / "bare-teams.log")
