"""Configuration, read once from the environment at the process edge.

Nothing below the CLI reads environment variables: it builds a `Settings`
here and passes it down. Every variable is declared once, with its default
and meaning: the core's below, each platform's in its package's `settings`
module. `--help`, `.env.example` (`python -m adapters.settings`) and
`load_settings` all come from the declarations. A half-configured platform
is a `ConfigError` naming what is missing, at start-up.
"""

import os
import re
import textwrap
from dataclasses import dataclass, field, make_dataclass
from typing import Callable, Mapping

from adapters.downloads import DEFAULT_MAX_DOCUMENT_BYTES, parse_hosts
from adapters.platforms import PLATFORMS
from adapters.ratelimit import DEFAULT_RATE_LIMIT, RateLimit, parse_rate_limit
from knowledge.previews import PREVIEW_MINUTES

# Slack and Teams bodies are a few KB; anything near this is not a chat event.
DEFAULT_MAX_BODY_BYTES = 256 * 1024
# How long the question log is kept: long enough for `rolecall report` over half a year.
DEFAULT_QUESTION_LOG_DAYS = 180
# Slack and Teams send a request in milliseconds; a client that takes this
# long over its headers, or over its body, is not one of them.
DEFAULT_READ_TIMEOUT = 15.0
# Each connection holds a file descriptor; the process needs some for itself.
DEFAULT_MAX_CONNECTIONS = 1000


class ConfigError(Exception):
    """A setting is missing or wrong; the message names it."""


@dataclass(frozen=True)
class Variable:
    """One environment variable: `help` is its `--help` line, `note` (if
    longer) its comment in `.env.example`, `example` the value shown there."""

    name: str
    default: str
    help: str
    note: str = ""
    example: str | None = None

    def described(self) -> str:
        return self.help + (f" (default {self.default})" if self.default else "")


@dataclass(frozen=True)
class Section:
    title: str
    variables: tuple[Variable, ...]


def number(env: Mapping[str, str], name: str, low, high, what: str, kind: Callable = int):
    """`env[name]` as a `kind` from `low` to `high`, or a ConfigError saying so."""
    text = env.get(name)
    try:  # plain ASCII digits for a whole number: not "1_000", "+2048" or other scripts' digits
        value = kind(text) if text is not None and text.isascii() and (kind is not int or text.isdigit()) else None
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise ConfigError(f"{name} must be {what} from {low} to {high}, not {text!r}")
    return value


CORE_SECTIONS = (
    Section("The knowledge store", (
        Variable("DATABASE_URL", "", "the store: an SQLAlchemy URL or SQLite path (default: a SQLite file in the "
                 "user data folder)", "Any SQLAlchemy URL, or a file path for SQLite. Default: a SQLite file in "
                 "the user data folder (~/.local/share/rolecall/rolecall.db on Linux). On a host whose disk is "
                 "thrown away at each deploy (Heroku-style dynos, most PaaS), use PostgreSQL: the SQLite file "
                 "would be lost. Percent-encode @ : / in a password (%40 %3A %2F).",
                 "postgresql+psycopg://rolecall:PASSWORD@127.0.0.1:5432/rolecall"),
        Variable("ROLECALL_DOCUMENTS", "", "what `admin reload` re-ingests: paths separated by the OS path "
                 "separator", "What \"admin reload\" ingests again: files or folders separated by ':' (';' on "
                 "Windows). Default: the bundled seed job descriptions.", "/srv/rolecall/job-descriptions"),
        Variable("ROLECALL_ADMINS", "", "comma-separated platform user ids allowed admin commands",
                 "Who may run \"admin reload\" from chat: comma-separated Slack member ids (U…/W…), Teams users' "
                 "Entra object ids (aadObjectId) or Teams ids (29:…). Default: nobody."),
        Variable("ROLECALL_QUESTION_LOG_DAYS", str(DEFAULT_QUESTION_LOG_DAYS),
                 "days questions are kept for `report`; 0 keeps them"),
    )),
    Section("The web process (rolecall serve)", (
        Variable("HOST", "0.0.0.0", "interface `serve` listens on",
                 "Interface to listen on. Behind a reverse proxy on the same host, use 127.0.0.1."),
        Variable("PORT", "3000", "port `serve` listens on"),
        Variable("ROLECALL_RATE_LIMIT", DEFAULT_RATE_LIMIT, "questions per user per period",
                 "Questions per person per platform in each process: N/second, N/minute, N/10s, or off."),
        Variable("ROLECALL_MAX_BODY_BYTES", str(DEFAULT_MAX_BODY_BYTES), "largest request body accepted",
                 "Largest request body accepted, in bytes (1024 to 67108864); larger gets a 413."),
        Variable("ROLECALL_READ_TIMEOUT", f"{DEFAULT_READ_TIMEOUT:g}", "seconds a client has for headers, and "
                 "for a body", "Seconds a client has for a request's headers, and again for its body, else a "
                 "408; also how long an idle connection is kept. Keep it above your proxy's idle timeout."),
        Variable("ROLECALL_MAX_CONNECTIONS", str(DEFAULT_MAX_CONNECTIONS), "connections open at once",
                 "Connections open at once; past it a new one gets a 503 and is closed."),
        Variable("ROLECALL_METRICS_TOKEN", "", "when set, GET /metrics needs `Authorization: Bearer <it>`",
                 "When set, GET /metrics needs \"Authorization: Bearer <this token>\". Default: no token, so "
                 "block /metrics at the proxy (deploy/Caddyfile does)."),
        Variable("ROLECALL_LOG_FORMAT", "", "json or text (default: text on a terminal, json otherwise)",
                 "Log lines: json (one object per line) or text. Default: text at a terminal, else json.", "json"),
    )),
    Section("Job descriptions sent in chat (admins only)", (
        Variable("ROLECALL_DOWNLOAD_HOSTS", "", "hosts documents sent in chat are downloaded from (host or "
                 "host:port, comma-separated)", "Hosts documents are downloaded from, comma-separated host or "
                 "host:port (\"*.example.com\" for its subdomains); replaces the defaults: files.slack.com for "
                 "Slack, *.sharepoint.com for Teams. Only https, except a loopback host listed here (local tests)."),
        Variable("ROLECALL_MAX_DOCUMENT_BYTES", str(DEFAULT_MAX_DOCUMENT_BYTES), "largest document accepted from "
                 "chat", "Largest document accepted from chat, in bytes, checked while it downloads."),
        Variable("ROLECALL_PREVIEW_MINUTES", str(PREVIEW_MINUTES), "minutes a preview's Add button stays good"),
    )),
)


def platform_settings(platform):
    """The platform's `settings` module: its `SECTION`, `HOW_TO_TURN_ON` and `load(env, socket_mode)`."""
    return platform.module("settings")


def sections() -> tuple[Section, ...]:
    return CORE_SECTIONS[:2] + tuple(platform_settings(p).SECTION for p in PLATFORMS) + CORE_SECTIONS[2:]


def variables() -> list[Variable]:
    return [variable for section in sections() for variable in section.variables]


@dataclass(frozen=True)
class CoreSettings:
    database_url: str | None = None
    host: str = "0.0.0.0"
    port: int = 3000
    admins: frozenset[str] = field(default_factory=frozenset)  # platform user ids allowed admin commands
    # What "admin reload" re-ingests: files or folders; empty means the bundled seeds.
    documents: tuple[str, ...] = ()
    # Questions per user per period in this process; None: no limit.
    rate_limit: RateLimit | None = parse_rate_limit(DEFAULT_RATE_LIMIT)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES  # larger requests get a 413
    # Seconds a client has for a request's headers (and an idle connection
    # before it is closed), and again for its body (a 408).
    read_timeout: float = DEFAULT_READ_TIMEOUT
    max_connections: int = DEFAULT_MAX_CONNECTIONS  # past it new connections get a 503 and are closed
    metrics_token: str | None = None  # when set, GET /metrics needs "Authorization: Bearer <it>"
    question_log_days: int = DEFAULT_QUESTION_LOG_DAYS  # older questions are pruned; 0 keeps them all
    prune_interval: float = 600.0  # seconds between the web process's prunes (knowledge/prune.py)
    # Documents admins send in chat (adapters/downloads.py): the hosts fetched
    # from (empty: each platform's own), the size cap, and how long a preview lasts.
    download_hosts: tuple[str, ...] = ()
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    preview_minutes: int = PREVIEW_MINUTES

    def secrets(self) -> list[str]:
        """What the logs must never show: each configured platform's secrets too."""
        platforms = (getattr(self, p.name) for p in PLATFORMS)
        return [self.metrics_token or ""] + [s for settings in platforms if settings for s in settings.secrets()]


# The core's settings and one field per platform (its settings; None when off).
Settings = make_dataclass("Settings", [(p.name, object, None) for p in PLATFORMS], bases=(CoreSettings,),
                          frozen=True, namespace={"__module__": __name__})


# Quotes around a whole value: a shell or systemd takes them off, `docker run
# --env-file` and PaaS consoles keep them, and then a secret or an id never
# matches. No setting's value is quoted text.
QUOTES = ("'", '"')


def load_settings(env: Mapping[str, str], *, socket_mode: bool = False) -> Settings:
    given = {name: value.strip() for name, value in env.items() if (value or "").strip()}
    env = {variable.name: given.get(variable.name, variable.default) for variable in variables()}
    for name, value in env.items():
        if len(value) >= 2 and value[0] == value[-1] and value[0] in QUOTES:
            raise ConfigError(f"{name} is in quotes, which whatever set it kept as part of the value "
                              "(docker --env-file and PaaS consoles do): set it without them")
    try:
        rate_limit = parse_rate_limit(env["ROLECALL_RATE_LIMIT"])
    except ValueError as exc:
        raise ConfigError(f"ROLECALL_RATE_LIMIT: {exc}")
    try:
        download_hosts = parse_hosts(env["ROLECALL_DOWNLOAD_HOSTS"])
    except ValueError as exc:
        raise ConfigError(f"ROLECALL_DOWNLOAD_HOSTS: {exc}")
    return Settings(
        **{p.name: platform_settings(p).load(env, socket_mode=socket_mode) for p in PLATFORMS},
        database_url=env["DATABASE_URL"] or None,
        host=env["HOST"],
        port=number(env, "PORT", 0, 65535, "a port number"),
        # comma-separated, but "U1 U2" or "U1; U2" is two admins too: no platform's user id has a space
        admins=frozenset(re.split(r"[\s,;]+", env["ROLECALL_ADMINS"])) - {""},
        documents=tuple(p.strip() for p in env["ROLECALL_DOCUMENTS"].split(os.pathsep) if p.strip()),
        rate_limit=rate_limit,
        max_body_bytes=number(env, "ROLECALL_MAX_BODY_BYTES", 1024, 64 * 1024 * 1024, "a number of bytes"),
        read_timeout=number(env, "ROLECALL_READ_TIMEOUT", 0.1, 600, "seconds", float),
        max_connections=number(env, "ROLECALL_MAX_CONNECTIONS", 1, 1_000_000, "a number"),
        metrics_token=env["ROLECALL_METRICS_TOKEN"] or None,
        question_log_days=number(env, "ROLECALL_QUESTION_LOG_DAYS", 0, 36_500, "a number of days (0: keep them)"),
        download_hosts=download_hosts,
        max_document_bytes=number(env, "ROLECALL_MAX_DOCUMENT_BYTES", 1024, 100_000_000, "a number of bytes"),
        preview_minutes=number(env, "ROLECALL_PREVIEW_MINUTES", 1, 1440, "a number of minutes"),
    )


# Read by the test suite, not by RoleCall: no warning when a developer's shell has it.
NOT_SETTINGS = frozenset({"ROLECALL_TEST_POSTGRES_URL"})
# How alike (rapidfuzz's ratio, 0-100) a name must be to a setting to be
# offered as what was meant: a dropped underscore or letter scores 95+,
# ROLECALL_COLOUR against every setting under 70.
MEANT_SCORE = 80


def unknown_settings(env: Mapping[str, str], *, file_names=(), file=None) -> list[str]:
    """A warning per name that looks meant for RoleCall but is no setting,
    with the closest setting: a misspelt one is otherwise silently its
    default. That is a ROLECALL_* name, and in the .env file `file`
    (`file_names`, its names) also a name close to a setting
    (SLACK_SIGNING_SECRT): such a file may hold other programs' variables
    too (LANG, TZ)."""
    from rapidfuzz import fuzz, process

    known = [variable.name for variable in variables()]
    named = set(known) | NOT_SETTINGS

    def meant(name: str) -> str | None:
        found = process.extractOne(name, known, scorer=fuzz.ratio, score_cutoff=MEANT_SCORE)
        return found[0] if found else None

    where = dict.fromkeys(sorted(name for name in env if name.startswith("ROLECALL_") and name not in named), "")
    where.update({name: f" (in {file})" for name in file_names
                  if name not in named and (name.startswith("ROLECALL_") or meant(name))})
    return [f"{name}{place} is not a RoleCall setting and is ignored"
            + (f": did you mean {meant(name)}?" if meant(name) else "") for name, place in where.items()]


ENV_EXAMPLE_HEADER = """\
# RoleCall's settings: every environment variable it reads, with its default and meaning.
# Copy this file to .env (or to /etc/rolecall/rolecall.env for deploy/rolecall.service),
# uncomment what you set, and keep the copy out of version control: it holds secrets.
# An unset or empty variable takes its default. A wrong value stops start-up with one line
# naming the variable.
# Written by `python -m adapters.settings > .env.example` from the declarations in the code.
"""


def env_example() -> str:
    """The text of `.env.example`: every section, every variable commented out."""
    parts = [ENV_EXAMPLE_HEADER]
    for section in sections():
        parts.append(f"\n# ---- {section.title} " + "-" * max(3, 90 - len(section.title)) + "\n")
        for variable in section.variables:
            note = variable.note or variable.described()[0].upper() + variable.described()[1:] + "."
            value = variable.default if variable.example is None else variable.example
            parts.append(textwrap.fill(note, 96, initial_indent="# ", subsequent_indent="# ")
                         + f"\n#{variable.name}={value}\n")
    return "".join(parts)


if __name__ == "__main__":
    print(env_example(), end="")
