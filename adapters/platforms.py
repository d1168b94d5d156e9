"""The platforms the web process can serve: one line each.

A platform is a package with `install(app, settings, runtime)`, which adds
its route to the shared aiohttp application, and a `settings` module that
declares its environment variables and loads them (`Settings.<name>`, None
when not configured). The web application, the settings, `--help`, the
request log and the metrics learn the platforms here; a third platform is
one new package and one line below.
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


PLATFORMS = (
    Platform("slack", "Slack", "/slack/events", "adapters.slack"),
    Platform("teams", "Teams", "/api/messages", "adapters.teams"),
)
