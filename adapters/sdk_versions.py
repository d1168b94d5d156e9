"""The check every `*_fixes.py` makes before patching an SDK: a fix names the
releases it was tested with, and the process refuses to start on another.
"""

from importlib.metadata import version

from adapters.settings import ConfigError


def require_tested(distribution: str, tested: tuple[str, ...]) -> str:
    """The installed version of `distribution`; ConfigError unless it starts
    with one of `tested` (e.g. "4.17.")."""
    installed = version(distribution)
    if not installed.startswith(tested):
        raise ConfigError(
            f"{distribution} {installed} is installed, but RoleCall's fixes to it were tested only with "
            f"{', '.join(t.rstrip('.') + '.x' for t in tested)}: install a tested version "
            f"(pyproject.toml), or check and extend the fixes and their TESTED_VERSIONS")
    return installed
