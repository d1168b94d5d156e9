"""Every package RoleCall's code imports is declared in pyproject.toml.

A package that arrives only as another's dependency can leave with that
package's next release, and then `pip install rolecall` gives a process
that fails at its first import of it. The installed packages (bot,
adapters, knowledge) may import only what `dependencies` names; the tests
and bench/ (run from a checkout, in the venv of `pip install -e '.[dev]'`)
also what the `dev` extra names.
"""

import ast
import re
import sys
import tomllib
from functools import lru_cache
from importlib.metadata import distributions
from pathlib import PurePosixPath

import pytest

from tests.conftest import PROJECT

OWN = {"bot", "adapters", "knowledge", "bench", "tests"}
INSTALLED = ("bot", "adapters", "knowledge")
FROM_A_CHECKOUT = ("bench", "tests")


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(*extras: str) -> set[str]:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]
    requirements = project["dependencies"] + [r for extra in extras for r in project["optional-dependencies"][extra]]
    return {normalized(re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", r).group()) for r in requirements}


def imported(package: str) -> dict[str, str]:
    """Each third-party module imported anywhere in `package` (at the top or
    inside a function), with one file importing it."""
    found = {}
    for path in sorted((PROJECT / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.partition(".")[0]
                if top not in OWN and top not in sys.stdlib_module_names and top != "__future__":
                    found.setdefault(name, str(path.relative_to(PROJECT)))
    return found


@lru_cache(maxsize=1)
def module_owners() -> dict[str, str]:
    """Module name -> the distribution installing it, from the distributions'
    file lists: namespace packages (botbuilder.core, botbuilder.schema,
    botframework.connector) belong to different distributions."""
    owners = {}
    for dist in distributions():
        for file in dist.files or ():
            path = PurePosixPath(str(file))
            if path.suffix == ".py" and not any(part.endswith((".dist-info", ".egg-info")) for part in path.parts):
                parts = path.with_suffix("").parts
                module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
                owners.setdefault(module, normalized(dist.metadata["Name"]))
    return owners


def owner(module: str) -> str | None:
    parts = module.split(".")
    for end in range(len(parts), 0, -1):
        found = module_owners().get(".".join(parts[:end]))
        if found:
            return found
    return None


@pytest.mark.parametrize("packages, extras", [(INSTALLED, ()), (FROM_A_CHECKOUT, ("dev",))],
                         ids=["installed packages: dependencies", "bench and tests: dependencies and dev"])
def test_every_imported_package_is_declared(packages, extras):
    allowed = declared(*extras)
    undeclared = {}
    for package in packages:
        for module, where in imported(package).items():
            distribution = owner(module)
            if distribution not in allowed:
                undeclared.setdefault(distribution or f"(no installed distribution has {module})", where)
    assert not undeclared, "imported but not declared in pyproject.toml: " + ", ".join(
        f"{distribution} (by {where})" for distribution, where in sorted(undeclared.items()))
