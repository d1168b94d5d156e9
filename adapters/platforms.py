"""The platforms the web process can serve: one line each.

A platform is a package with `install(app, settings, runtime)`, which adds
its route to the shared aiohttp application; a `settings` module declaring
and loading its environment variables (`Settings.<name>`, None when not
configured); a `cli` module adding its own commands, and a `doctor` module
with its checks. The web app, the
settings, `rolecall`, the request log and the metrics learn the platforms
here; a third platform is one new package and one line below.
"""

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Platform:
    name: str  # the metrics' `platform` label, and the attribute of its settings
    title: str  # for people: the start-up line
    route: str
    package: str  # offers install(app, settings, runtime)

    def configured(self, settings) -> bool:
        return getattr(settings, self.name, None) is not None

    def install(self, app, settings, runtime) -> None:
        importlib.import_module(self.package).install(app, settings, runtime)

    def module(self, name: str):
        """One of the package's modules: `settings`, `cli` (its own `rolecall`
        commands) or `doctor` (its checks)."""
        return importlib.import_module(f"{self.package}.{name}")


PLATFORMS = (
    Platform("slack", "Slack", "/slack/events", "adapters.slack"),
    Platform("teams", "Teams", "/api/messages", "adapters.teams"),
)
