"""The Teams package an admin uploads is valid against the manifest schema of
the version it declares, so Teams' own validation (and the Developer Portal's)
accepts it as generated. The schema is a copy committed under tests/schemas/
(its origin is in tests/schemas/README.md), so the check runs offline."""

import json
import zipfile
from pathlib import Path

import jsonschema
import pytest

from adapters.teams.package import MANIFEST_SCHEMA, MANIFEST_VERSION, write_package

APP_ID = "6a1f4b0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
SCHEMA_FILE = Path(__file__).parent / "schemas" / f"teams-manifest-v{MANIFEST_VERSION}.schema.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_FILE.read_text())
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


@pytest.fixture
def manifest(tmp_path):
    with zipfile.ZipFile(write_package(APP_ID, tmp_path / "rolecall-teams.zip")) as package:
        return json.loads(package.read("manifest.json"))


def test_the_committed_schema_is_the_version_the_package_declares(validator, manifest):
    assert validator.schema["properties"]["manifestVersion"]["const"] == MANIFEST_VERSION
    assert manifest["manifestVersion"] == MANIFEST_VERSION
    assert manifest["$schema"] == MANIFEST_SCHEMA
    assert MANIFEST_SCHEMA.endswith(f"/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json")


def test_the_generated_manifest_is_valid_against_its_schema(validator, manifest):
    errors = [f"{'/'.join(map(str, error.path)) or '(top)'}: {error.message}"
              for error in validator.iter_errors(manifest)]
    assert errors == []


@pytest.mark.parametrize("break_it, where", [
    (lambda m: m["bots"][0].update(scopes=["personal", "channel"]), "bots/0/scopes/1"),
    (lambda m: m.update(accentColor="indigo"), "accentColor"),
    (lambda m: m["name"].update(short="R" * 31), "name/short"),
    (lambda m: m.update(unknownField=True), "(top)"),
])
def test_the_schema_catches_what_teams_would_refuse(validator, manifest, break_it, where):
    # Proof that the check above has teeth: each of these uploads fails in Teams.
    break_it(manifest)
    paths = ["/".join(map(str, error.path)) or "(top)" for error in validator.iter_errors(manifest)]
    assert where in paths
