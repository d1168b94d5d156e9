"""Giving the memory the web process has freed back to the system.

A web process allocates and frees a few kilobytes per request (request and
response bodies, drawn messages) in between longer-lived memory (caches,
SQLite's pages). glibc's malloc keeps what was freed for reuse, and in a
fragmented heap a growing share of it is never reused nor returned: under
bench/load.py's long run the heap's free space grew from 4.0 to 6.0 MB
over 30,000 mentions while the memory in use stayed at 29.7 MB, and the
resident size grew with it, by less and less but for as long as the run
went on. `malloc_trim(0)` hands the whole free pages inside the heap back
(in 0.3-0.7 ms there); done every TRIM_INTERVAL_SECONDS on a thread of its
own, the resident size follows the memory in use.

Only where the C library is glibc; elsewhere (musl, macOS) nothing is done.
"""

import ctypes
import logging
import threading

log = logging.getLogger("rolecall.web")

# How often freed memory is handed back: often enough that a long run's
# resident size stays flat, rarely enough that the trim's CPU (well under a
# millisecond each time) is lost in the noise.
TRIM_INTERVAL_SECONDS = 10.0


def _load_malloc_trim():
    """glibc's `malloc_trim`, or None where the C library has none."""
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_MALLOC_TRIM = _load_malloc_trim()


def trim_available() -> bool:
    return _MALLOC_TRIM is not None


def trim_now() -> bool:
    """Hand the freed memory back now; whether any was. ctypes lets go of
    the interpreter during the call, so other threads run meanwhile."""
    return bool(_MALLOC_TRIM(0)) if _MALLOC_TRIM is not None else False


class HeapTrimmer:
    """A daemon thread calling `trim` (`trim_now`) every `interval` seconds
    until stopped."""

    def __init__(self, interval: float = TRIM_INTERVAL_SECONDS, trim=trim_now):
        self.interval = interval
        self._trim = trim
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> bool:
        """Start trimming; False (and nothing started) where there is no malloc_trim."""
        if not trim_available():
            log.debug("malloc_trim is not available here; freed memory stays with the allocator")
            return False
        self._thread = threading.Thread(target=self._run, name="rolecall-heap-trim", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        self._stopped.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        while not self._stopped.wait(self.interval):
            try:
                self._trim()
            except Exception:  # never expected; the web process must not care
                log.exception("returning freed memory to the system failed; not trying again")
                return
