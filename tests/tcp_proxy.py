"""A TCP forwarder that a test can pull out and plug back in.

Put between RoleCall and PostgreSQL, it is the database going away and coming
back as the server sees it: `stop()` closes the listening socket and every
live connection (the pooled connections die, new ones are refused), `start()`
listens again on the same port. `freeze()` is a database that hangs: it
still accepts connections, but nothing is forwarded either way (not even
the server's own timeout errors) until `thaw()`. Plain threads and
sockets, nothing of RoleCall's.
"""

import socket
import threading

ACCEPT_POLL_SECONDS = 0.1  # how quickly the accepting thread notices stop()
CHUNK = 64 * 1024


class TcpProxy:
    def __init__(self, target_host: str = "127.0.0.1", target_port: int = 5432):
        self.target = (target_host, target_port)
        self.port = 0  # chosen by the first start(), kept afterwards
        self.connections = 0  # accepted since creation, for tests that want to see traffic
        self._listener: socket.socket | None = None
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._running = threading.Event()
        self._flowing = threading.Event()  # cleared while frozen
        self._flowing.set()
        self._acceptor: threading.Thread | None = None

    def __enter__(self) -> "TcpProxy":
        self.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        listener.settimeout(ACCEPT_POLL_SECONDS)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._running.set()
        self._acceptor = threading.Thread(target=self._accept, args=(listener,), name="tcp-proxy-accept",
                                          daemon=True)
        self._acceptor.start()

    def freeze(self) -> None:
        """Accept connections and hold every byte, both ways, until `thaw()`."""
        self._flowing.clear()

    def thaw(self) -> None:
        """Forward again, what was held first."""
        self._flowing.set()

    def stop(self) -> None:
        """Close the listener and every live connection, both sides (a
        freeze ends with them)."""
        self._running.clear()
        self._flowing.set()
        if self._acceptor is not None:
            self._acceptor.join(5)
            self._acceptor = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with self._lock:
            live, self._sockets = self._sockets, set()
        for sock in live:
            _close(sock)

    # -- inside -------------------------------------------------------------
    def _accept(self, listener: socket.socket) -> None:
        while self._running.is_set():
            try:
                client, _address = listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            client.settimeout(None)
            try:
                server = socket.create_connection(self.target, timeout=5)
                server.settimeout(None)
            except OSError:
                _close(client)
                continue
            with self._lock:
                if not self._running.is_set():
                    _close(client)
                    _close(server)
                    return
                self._sockets.update((client, server))
                self.connections += 1
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), name="tcp-proxy-pump",
                                 daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while True:
                data = source.recv(CHUNK)
                if not data:
                    break
                self._flowing.wait()
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with self._lock:
                self._sockets.discard(source)
                self._sockets.discard(sink)
            _close(source)
            _close(sink)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
