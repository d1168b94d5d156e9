"""How many connections the web process holds, and for how long: each holds
a file descriptor, and slow clients once used them all up (bench/README.md).
A client has `read_timeout` for its headers and again for its body; past
`max_connections` a new connection gets a 503; a failed `accept()` is
logged at most once per ACCEPT_ERROR_LOG_SECONDS.
"""

import asyncio
import logging
import resource
import time

from aiohttp import web

log = logging.getLogger("rolecall.web")

# Descriptors the process needs besides its inbound connections: the store,
# the log, outbound HTTP to Slack and the Bot Connector (aiohttp's pool
# holds up to 100), threads' sockets, with room to spare.
RESERVED_DESCRIPTORS = 256
# A flood of failed accepts or refused connections is one line this often.
ACCEPT_ERROR_LOG_SECONDS = 10.0
# What asyncio's event loop reports when accept() fails for lack of descriptors or memory.
ACCEPT_ERROR = "socket.accept() out of system resource"
_BUSY_TEXT = b"busy: too many connections, retry shortly\n"
BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nRetry-After: 1\r\n"
        b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(_BUSY_TEXT), _BUSY_TEXT))


class LimitedSite(web.BaseSite):
    """aiohttp's TCP site, whose connections go through a `ConnectionLimit`."""

    def __init__(self, runner: web.BaseRunner, host: str, port: int, max_connections: int):
        super().__init__(runner)
        self._address = (host, port)
        self.limit = ConnectionLimit(max_connections)

    @property
    def name(self) -> str:
        return "http://%s:%s" % self._address

    async def start(self) -> None:
        await super().start()
        host, port = self._address
        self._server = await asyncio.get_running_loop().create_server(
            self.limit.around(self._runner.server), host, port, backlog=self._backlog)


class ConnectionLimit:
    """At most `limit` connections at a time; `open` is how many there are."""

    def __init__(self, limit: int):
        self.limit = limit
        self.open = 0
        self._log = Occasional(log, ACCEPT_ERROR_LOG_SECONDS)

    def around(self, make_protocol):
        """A protocol factory for the listening socket, around `make_protocol` (aiohttp's)."""
        def make() -> asyncio.Protocol:
            if self.open >= self.limit:
                self._log.warning("refusing connections: %d open, the most ROLECALL_MAX_CONNECTIONS allows",
                                  self.open)
                return _Refused()
            protocol = _Counted(make_protocol(), self)
            self.open += 1
            return protocol

        return make


class _Counted(asyncio.Protocol):
    """aiohttp's protocol for one connection, counted until it closes. The
    transport calls aiohttp's own methods directly; only the close passes here."""

    def __init__(self, inner: asyncio.Protocol, limit: ConnectionLimit):
        self.connection_made = inner.connection_made
        self.data_received = inner.data_received
        self.eof_received = inner.eof_received
        self.pause_writing = inner.pause_writing
        self.resume_writing = inner.resume_writing
        self._inner = inner
        self._limit = limit

    def connection_lost(self, exc: Exception | None) -> None:
        self._limit.open -= 1
        self._inner.connection_lost(exc)


class _Refused(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.write(BUSY)
        transport.close()


def descriptors_for(connections: int) -> int:
    """How many connections the process can hold: `connections`, with the
    soft descriptor limit raised towards the hard one to make room for them
    and RESERVED_DESCRIPTORS; fewer when the hard limit is too low."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = connections + RESERVED_DESCRIPTORS
    if soft != resource.RLIM_INFINITY and soft < wanted:
        raised = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
        soft = raised
    if soft != resource.RLIM_INFINITY and soft < wanted:
        fewer = max(1, soft - RESERVED_DESCRIPTORS)
        log.warning("the process may open only %d files (ulimit -n): holding at most %d connections, "
                    "not ROLECALL_MAX_CONNECTIONS=%d", soft, fewer, connections)
        return fewer
    return connections


def quiet_accept_errors(loop: asyncio.AbstractEventLoop) -> None:
    """Log a failed accept() at most once per ACCEPT_ERROR_LOG_SECONDS.
    asyncio logs every one, and when descriptors run out it fails up to
    a listening backlog's worth of times per turn of the loop."""
    previous = loop.get_exception_handler()
    accept_errors = Occasional(logging.getLogger("asyncio"), ACCEPT_ERROR_LOG_SECONDS)

    def handle(loop: asyncio.AbstractEventLoop, context: dict) -> None:
        if context.get("message") == ACCEPT_ERROR:
            accept_errors.error("%s: %s", ACCEPT_ERROR, context.get("exception"))
        elif previous is not None:
            previous(loop, context)
        else:
            loop.default_exception_handler(context)

    loop.set_exception_handler(handle)


class Occasional:
    """A logger's warnings or errors, at most one per `seconds`; the next one
    says how many were left out in between."""

    def __init__(self, logger: logging.Logger, seconds: float, clock=time.monotonic):
        self._logger = logger
        self._seconds = seconds
        self._clock = clock
        self._next = float("-inf")
        self._left_out = 0

    def warning(self, message: str, *args) -> None:
        self._log(logging.WARNING, message, args)

    def error(self, message: str, *args) -> None:
        self._log(logging.ERROR, message, args)

    def _log(self, level: int, message: str, args: tuple) -> None:
        now = self._clock()
        if now < self._next:
            self._left_out += 1
            return
        if self._left_out:
            message += " (and %d more like it since the last such line)"
            args += (self._left_out,)
        self._logger.log(level, message, *args)
        self._next = now + self._seconds
        self._left_out = 0
