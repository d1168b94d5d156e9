"""The Teams app package an admin uploads: a manifest for our bot and two
real PNG icons at the sizes Teams requires."""

import json
import re
import struct
import zipfile
import zlib

import pytest

from adapters.teams.package import MANIFEST_VERSION, write_package

APP_ID = "6a1f4b0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


def read_png(data: bytes) -> tuple[int, int, list[tuple[int, int, int, int]]]:
    """Width, height and RGBA pixels, checking every chunk's CRC on the way."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF, kind
        chunks.append((kind, body))
        pos += 12 + length
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    width, height, depth, color_type, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    assert (depth, color_type, interlace) == (8, 6, 0)  # 8-bit RGBA
    raw = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    stride = 1 + 4 * width
    assert len(raw) == stride * height
    pixels = []
    for y in range(height):
        row = raw[y * stride:(y + 1) * stride]
        assert row[0] == 0  # no filter
        pixels.extend(tuple(row[1 + 4 * x:5 + 4 * x]) for x in range(width))
    return width, height, pixels


@pytest.fixture
def package(tmp_path):
    path = write_package(APP_ID, tmp_path / "out" / "rolecall-teams.zip")
    with zipfile.ZipFile(path) as archive:
        yield {name: archive.read(name) for name in archive.namelist()}


def test_the_package_holds_a_manifest_and_two_icons_at_its_root(package):
    assert sorted(package) == ["color.png", "manifest.json", "outline.png"]


def test_the_manifest_names_our_bot_in_personal_team_and_group_chat_scopes(package):
    manifest = json.loads(package["manifest.json"])

    assert manifest["id"] == APP_ID
    [bot] = manifest["bots"]
    assert bot["botId"] == APP_ID
    assert bot["scopes"] == ["personal", "team", "groupChat"]
    assert manifest["icons"] == {"color": "color.png", "outline": "outline.png"}


def test_the_manifest_passes_the_rules_of_its_schema_version(package):
    manifest = json.loads(package["manifest.json"])

    assert manifest["manifestVersion"] == MANIFEST_VERSION
    assert f"/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json" in manifest["$schema"]
    for field in ("manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor"):
        assert field in manifest
    assert re.fullmatch(r"\d+\.\d+\.\d+", manifest["version"])
    assert GUID.match(manifest["id"])
    assert re.fullmatch(r"#[0-9a-fA-F]{6}", manifest["accentColor"])
    assert len(manifest["name"]["short"]) <= 30 and len(manifest["name"]["full"]) <= 100
    assert len(manifest["description"]["short"]) <= 80 and len(manifest["description"]["full"]) <= 4000
    assert len(manifest["developer"]["name"]) <= 32
    for url in ("websiteUrl", "privacyUrl", "termsOfUseUrl"):
        assert manifest["developer"][url].startswith("https://")
    for command in manifest["bots"][0]["commandLists"][0]["commands"]:
        assert len(command["title"]) <= 32 and len(command["description"]) <= 128


def test_the_color_icon_is_a_192_pixel_opaque_png(package):
    width, height, pixels = read_png(package["color.png"])

    assert (width, height) == (192, 192)
    assert all(a == 255 for *_, a in pixels)
    assert len({p[:3] for p in pixels}) > 2  # a glyph on a background, not a flat square


def test_the_outline_icon_is_a_32_pixel_white_glyph_on_transparency(package):
    width, height, pixels = read_png(package["outline.png"])

    assert (width, height) == (32, 32)
    assert all((r, g, b) == (255, 255, 255) for r, g, b, a in pixels if a)
    assert pixels[0][3] == 0 and pixels[-1][3] == 0  # transparent corners
    assert any(a == 255 for *_, a in pixels)  # and a glyph


@pytest.mark.parametrize("app_id", ["", "not-a-guid", "28:0b6fe6d1-fece-44f7-9a48"])
def test_an_app_id_that_is_not_a_guid_is_refused(tmp_path, app_id):
    with pytest.raises(ValueError, match="GUID"):
        write_package(app_id, tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()
