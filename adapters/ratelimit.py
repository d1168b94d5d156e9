"""How often one person may ask, per process: a token bucket per (platform,
user). The first question over the limit gets "slow down", later ones
nothing, so a flood does not become a flood of replies. Per process (N
processes allow N times the limit: enough to stop a flood); idle buckets
are dropped and there are at most `max_buckets`.
"""

import re
import time
from collections import OrderedDict
from dataclasses import dataclass

# Sixty questions a minute per person: more than anyone types, and a burst
# of sixty covers a person pressing through every follow-up button quickly.
DEFAULT_RATE_LIMIT = "60/minute"
# Buckets kept at most; each is ~200 bytes, so this caps the limiter at a
# few MB even if every request came from a new user id.
MAX_BUCKETS = 20_000

_UNITS = {
    "s": 1, "sec": 1, "second": 1, "seconds": 1,
    "m": 60, "min": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hour": 3600, "hours": 3600,
}
_SPEC = re.compile(r"^\s*(\d{1,6})\s*/\s*(\d{1,5})?\s*([a-z]+)\s*$")
OFF = ("off", "none", "0", "false", "no", "disabled")


@dataclass(frozen=True)
class RateLimit:
    """`requests` questions per `seconds`, per user."""

    requests: int
    seconds: float

    def __str__(self) -> str:
        return f"{self.requests}/{self.seconds:g}s"


def parse_rate_limit(text: str) -> RateLimit | None:
    """"30/minute", "5/second", "100/hour", "20/10s" → a `RateLimit`; "off" →
    None. Anything else raises ValueError saying what is accepted."""
    value = (text or "").strip().lower()
    if value in OFF:
        return None
    match = _SPEC.match(value)
    if not match or match.group(3) not in _UNITS:
        raise ValueError(f"{text!r} is not a rate limit; write it like 30/minute, 5/second, 100/hour, "
                         "20/10s, or off")
    requests = int(match.group(1))
    seconds = int(match.group(2) or 1) * _UNITS[match.group(3)]
    if requests < 1 or seconds < 1:
        raise ValueError(f"{text!r} is not a rate limit: both numbers must be at least 1 (or write off)")
    return RateLimit(requests, float(seconds))


class _Bucket:
    __slots__ = ("tokens", "updated", "noticed")

    def __init__(self, tokens: float, updated: float):
        self.tokens = tokens
        self.updated = updated
        self.noticed = float("-inf")  # when the user was last told to slow down


class RateLimiter:
    """Token buckets per key. Used from the event loop only (one thread),
    so there is no lock; `clock` lets tests step through time."""

    def __init__(self, limit: RateLimit, *, max_buckets: int = MAX_BUCKETS, clock=time.monotonic):
        self.limit = limit
        self._rate = limit.requests / limit.seconds  # tokens per second
        self._max_buckets = max_buckets
        self._clock = clock
        self._buckets: OrderedDict[tuple, _Bucket] = OrderedDict()  # least recently used first

    def __len__(self) -> int:
        return len(self._buckets)

    def try_acquire(self, key: tuple) -> float:
        """Take one token for `key`: 0.0 when allowed, otherwise the seconds
        until the next token."""
        now = self._clock()
        self._evict_idle(now)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(float(self.limit.requests), now)
            if len(self._buckets) > self._max_buckets:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(key)
            bucket.tokens = min(float(self.limit.requests), bucket.tokens + (now - bucket.updated) * self._rate)
            bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return 0.0
        return (1.0 - bucket.tokens) / self._rate

    def notice_due(self, key: tuple) -> bool:
        """After `try_acquire` refused `key`: whether to tell the user to slow
        down, which is once per period of the limit."""
        bucket = self._buckets.get(key)
        now = self._clock()
        if bucket is not None and now - bucket.noticed < self.limit.seconds:
            return False
        if bucket is not None:
            bucket.noticed = now
        return True

    def _evict_idle(self, now: float) -> None:
        """Drop buckets idle for a whole period: they would be full again,
        exactly like a new one. The oldest are at the front, so this stops at
        the first bucket still in use."""
        while self._buckets:
            _key, oldest = next(iter(self._buckets.items()))
            if now - oldest.updated < self.limit.seconds:
                return
            self._buckets.popitem(last=False)
