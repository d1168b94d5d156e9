"""Fetching a document an admin sent in chat, safely: an event's URL is input.
Only HTTPS from an allowed host (each platform's, or ROLECALL_DOWNLOAD_HOSTS;
http only for a listed loopback host, for tests), redirects only to allowed
URLs, the size capped while streaming, a time limit, and bytes that look like
a document.
"""

import asyncio
import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from knowledge.readers.detect import binary

# The largest document accepted from chat (ROLECALL_MAX_DOCUMENT_BYTES): a job
# description is tens of kilobytes; a Word file with a logo a few hundred.
DEFAULT_MAX_DOCUMENT_BYTES = 1_000_000
# Seconds a whole download may take: files.slack.com and SharePoint send a
# megabyte in well under a second; a stalled host must not hold the reply.
DOWNLOAD_SECONDS = 20.0
MAX_REDIRECTS = 3
# Where each platform keeps the files people send. Slack serves private files
# from files.slack.com; Teams hands the bot a pre-authenticated SharePoint or
# OneDrive for Business URL ("<tenant>.sharepoint.com", "<tenant>-my.sharepoint.com").
SLACK_HOSTS = ("files.slack.com",)
TEAMS_HOSTS = ("*.sharepoint.com",)
_CHUNK = 64 * 1024


class DownloadRefused(Exception):
    """The file was not fetched, or not kept; the message says why, for the admin."""


@dataclass(frozen=True)
class DownloadLimits:
    """What may be fetched: `hosts` replaces a platform's defaults when not empty."""

    hosts: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    seconds: float = DOWNLOAD_SECONDS

    def allowed_hosts(self, defaults: tuple[str, ...]) -> tuple[str, ...]:
        return self.hosts or defaults


def parse_hosts(text: str) -> tuple[str, ...]:
    """`ROLECALL_DOWNLOAD_HOSTS`: comma-separated `host` or `host:port`, lower-cased; ValueError
    for an entry that is neither (a URL, a path, a port that is no port): such an entry matched
    no file's host, so every document sent in chat was refused."""
    hosts = tuple(part.strip().lower() for part in text.split(",") if part.strip())
    for entry in hosts:
        if not _HOST_ENTRY.match(entry) and not _ipv6(entry) or not _port_ok(entry):
            host = urlsplit(entry if "//" in entry else f"//{entry}").hostname if "/" in entry else None
            hint = f" (write the host alone: {host})" if host else ""
            raise ValueError(f"{entry!r} is not a host or host:port{hint}; e.g. files.slack.com,*.sharepoint.com")
    return hosts


# A host name or IPv4 address, "*." for its subdomains, and a port.
_HOST_ENTRY = re.compile(r"^(\*\.)?[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*(:\d{1,5})?$")


def _ipv6(entry: str) -> bool:
    try:
        return ipaddress.IPv6Address(entry) is not None
    except ValueError:
        return False


def _port_ok(entry: str) -> bool:
    _, colon, port = entry.rpartition(":")
    return not colon or entry.count(":") > 1 or 1 <= int(port) <= 65535


def refusal(url: str, hosts: tuple[str, ...]) -> str | None:
    """Why `url` may not be fetched, or None when it may."""
    try:
        parts = urlsplit(url)
        host, port = (parts.hostname or "").lower(), parts.port
    except ValueError:
        return "the file's address is not a valid URL"
    if parts.scheme not in ("https", "http"):
        return f"the file's address is not https ({parts.scheme or 'no scheme'})"
    if not host:
        return "the file's address has no host"
    listed = any(_matches(entry, host, port, parts.scheme) for entry in hosts)
    if not listed:
        return f"{host} is not a host RoleCall downloads from (ROLECALL_DOWNLOAD_HOSTS)"
    if parts.scheme == "http" and not _loopback(host):
        return "the file's address is not https"
    return None


def _matches(entry: str, host: str, port: int | None, scheme: str) -> bool:
    name, _, listed_port = entry.rpartition(":") if entry.count(":") == 1 else (entry, "", "")
    if not name:
        name, listed_port = entry, ""
    if listed_port:
        if not listed_port.isdigit() or int(listed_port) != (port or (443 if scheme == "https" else 80)):
            return False
    elif port not in (None, 443):
        return False
    if name.startswith("*."):
        return host.endswith(name[1:])
    return host == name


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


async def download(url: str, *, hosts: tuple[str, ...], limits: DownloadLimits, headers: dict | None = None,
                   name: str = "") -> bytes:
    """The bytes at `url`, within `limits`; DownloadRefused says why not.
    `headers` (a bot token) go only to allowed hosts, redirects included."""
    import aiohttp  # here: adapters.settings imports this module, and the CLI needs no HTTP client

    try:
        async with asyncio.timeout(limits.seconds):
            data = await _fetch(url, hosts, limits.max_bytes, headers or {})
    except TimeoutError:
        raise DownloadRefused(f"the download took longer than {limits.seconds:g} seconds")
    except aiohttp.ClientError as error:
        raise DownloadRefused(f"the download failed ({type(error).__name__})")
    if not data:
        raise DownloadRefused("the file is empty")
    if binary(data, name) is None and b"\x00" in data[:4096]:
        raise DownloadRefused("the file is not a text, Markdown, HTML, Word or PDF document")
    return data


async def _fetch(url: str, hosts: tuple[str, ...], max_bytes: int, headers: dict) -> bytes:
    import aiohttp

    async with aiohttp.ClientSession(trust_env=False) as session:
        for _ in range(MAX_REDIRECTS + 1):
            reason = refusal(url, hosts)
            if reason:
                raise DownloadRefused(reason)
            async with session.get(url, headers=headers, allow_redirects=False) as response:
                if response.status in (301, 302, 303, 307, 308) and response.headers.get("Location"):
                    url = urljoin(url, response.headers["Location"])
                    continue
                if response.status != 200:
                    raise DownloadRefused(f"the file host answered HTTP {response.status}")
                if (response.content_length or 0) > max_bytes:
                    raise DownloadRefused(_too_big(max_bytes))
                data = bytearray()
                async for chunk in response.content.iter_chunked(_CHUNK):
                    data += chunk
                    if len(data) > max_bytes:
                        raise DownloadRefused(_too_big(max_bytes))
                return bytes(data)
    raise DownloadRefused("the file host redirected too many times")


def _too_big(max_bytes: int) -> str:
    return f"the file is over {max_bytes:,} bytes (ROLECALL_MAX_DOCUMENT_BYTES)"
