"""The Teams app package: `manifest.json` and two icons in a zip, the icons
drawn here as PNG with zlib and struct, so no image library is needed.
"""

import json
import re
import struct
import uuid
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

MANIFEST_VERSION = "1.16"
MANIFEST_SCHEMA = (f"https://developer.microsoft.com/en-us/json-schemas/teams/"
                   f"v{MANIFEST_VERSION}/MicrosoftTeams.schema.json")
APP_VERSION = "1.0.0"
# The package's files (Teams' names for the icons), and where `rolecall teams-package` writes it.
MANIFEST_FILE, COLOR_ICON, OUTLINE_ICON = "manifest.json", "color.png", "outline.png"
PACKAGE_FILES = frozenset({MANIFEST_FILE, COLOR_ICON, OUTLINE_ICON})
DEFAULT_OUT = "rolecall-teams.zip"
ACCENT = (0x46, 0x4E, 0xB8)  # Teams' own indigo, so the icon sits well in its rail
COLOR_SIZE = 192
OUTLINE_SIZE = 32
# Defaults that pass Teams' validation; an organisation publishing the app
# gives its own with `rolecall teams-package --website … --privacy-url …`.
WEBSITE = "https://example.com/rolecall"
APP_NAME = "RoleCall"
# The manifest schema's limits: name.short at most 30 characters, and a
# version of three dot-separated numbers.
NAME_MAX = 30
_VERSION = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")


@dataclass(frozen=True)
class PackageDetails:
    """What an organisation says about its copy of the app in Teams' store
    listing. The privacy and terms pages default to pages under `website`."""

    name: str = APP_NAME
    version: str = APP_VERSION
    website: str = WEBSITE
    privacy_url: str | None = None
    terms_url: str | None = None

    def checked(self) -> "PackageDetails":
        """These details, or a ValueError naming the one Teams would refuse."""
        name = self.name.strip()
        if not 1 <= len(name) <= NAME_MAX:
            raise ValueError(f"the app name must be 1 to {NAME_MAX} characters, not {len(name)}")
        if not _VERSION.match(self.version):
            raise ValueError(f"the app version must be three numbers like 1.0.0, not {self.version!r}")
        for label, url in (("website", self.website), ("privacy URL", self.privacy_url),
                           ("terms URL", self.terms_url)):
            parts = urlsplit(url or "https://x")
            if parts.scheme != "https" or not parts.netloc:
                raise ValueError(f"the {label} must be an https:// address (Teams requires it), not {url!r}")
        return PackageDetails(name, self.version, self.website.rstrip("/"),
                              self.privacy_url or f"{self.website.rstrip('/')}/privacy",
                              self.terms_url or f"{self.website.rstrip('/')}/terms")


def write_package(app_id: str, out: Path, details: PackageDetails = PackageDetails()) -> Path:
    """Write the package for the bot whose Microsoft app id is `app_id`."""
    try:
        app_id = str(uuid.UUID(app_id.strip()))
    except (ValueError, AttributeError):
        raise ValueError(f"the Microsoft app id must be a GUID like "
                         f"00000000-0000-0000-0000-000000000000, not {app_id!r}") from None
    details = details.checked()
    out = Path(out)
    _check_replaceable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr(MANIFEST_FILE, json.dumps(manifest(app_id, details), indent=2))
        package.writestr(COLOR_ICON, color_icon())
        package.writestr(OUTLINE_ICON, outline_icon())
    return out


def _check_replaceable(out: Path) -> None:
    """Refuse an `--out` that names a folder, or a file that is not an earlier package (a mistyped
    name must not replace the knowledge store's SQLite file, say); an earlier package is rewritten,
    as a re-upload with a raised version wants."""
    if out.is_dir():
        raise ValueError(f"{out} is a folder: give the package's file name, e.g. --out {out / DEFAULT_OUT}")
    if not out.exists():
        return
    try:
        with zipfile.ZipFile(out) as earlier:
            ours = set(earlier.namelist()) <= PACKAGE_FILES
    except (zipfile.BadZipFile, OSError):
        ours = False
    if not ours:
        raise ValueError(f"{out} already exists and is not a Teams package RoleCall wrote: choose another --out, "
                         "or remove it first")


def manifest(app_id: str, details: PackageDetails = PackageDetails()) -> dict:
    details = details.checked()
    scopes = ["personal", "team", "groupChat"]
    return {
        "$schema": MANIFEST_SCHEMA,
        "manifestVersion": MANIFEST_VERSION,
        "version": details.version,
        "id": app_id,
        "developer": {
            "name": details.name,
            "websiteUrl": details.website,
            "privacyUrl": details.privacy_url,
            "termsOfUseUrl": details.terms_url,
        },
        "name": {"short": details.name, "full": f"{details.name}: answers about job roles"},
        "description": {
            "short": "Ask what a job role owns, pays and needs.",
            "full": ("RoleCall answers recruiters' questions about job roles from the company's "
                     "job descriptions: responsibilities, salary, experience, career paths. "
                     "Chat with it directly, or @mention it in a channel or group chat."),
        },
        "icons": {"color": COLOR_ICON, "outline": OUTLINE_ICON},
        "accentColor": "#{:02X}{:02X}{:02X}".format(*ACCENT),
        "bots": [{
            "botId": app_id,
            "scopes": scopes,
            "supportsFiles": True,  # admins send job descriptions in personal chat (issue 21)
            "isNotificationOnly": False,
            "commandLists": [{
                "scopes": scopes,
                "commands": [
                    {"title": "help", "description": "What RoleCall can answer, with examples"},
                ],
            }],
        }],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [],
    }


# -- icons ------------------------------------------------------------------
def color_icon() -> bytes:
    """White person on the accent colour, filling the square."""
    size = COLOR_SIZE
    return png(size, size, lambda x, y: _blend(ACCENT, (255, 255, 255), _person(x / size, y / size)))


def outline_icon() -> bytes:
    """The same person in white on a transparent background."""
    size = OUTLINE_SIZE
    return png(size, size, lambda x, y: (255, 255, 255, round(255 * _person(x / size, y / size, step=1 / size))))


def _blend(under, over, alpha: float) -> tuple[int, int, int, int]:
    return tuple(round(u + (o - u) * alpha) for u, o in zip(under, over)) + (255,)


# Supersampling a pixel 4×4 gives smooth enough edges at both sizes.
SUPERSAMPLE = 4


def _person(x: float, y: float, *, step: float = 1 / COLOR_SIZE) -> float:
    """How much of the pixel at (x, y) (unit square, top left) the glyph
    covers: a head and a pair of shoulders."""
    hits = 0
    for i in range(SUPERSAMPLE):
        for j in range(SUPERSAMPLE):
            px = x + (i + 0.5) * step / SUPERSAMPLE
            py = y + (j + 0.5) * step / SUPERSAMPLE
            head = (px - 0.5) ** 2 + (py - 0.36) ** 2 <= 0.15 ** 2
            shoulders = py <= 0.80 and ((px - 0.5) / 0.30) ** 2 + ((py - 0.86) / 0.30) ** 2 <= 1
            hits += head or shoulders
    return hits / SUPERSAMPLE ** 2


def png(width: int, height: int, pixel) -> bytes:
    """An 8-bit RGBA PNG; `pixel(x, y)` gives each pixel's (r, g, b, a)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        for x in range(width):
            rows.extend(pixel(x, y))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlace
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + _chunk(b"IEND", b""))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
