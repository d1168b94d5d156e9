"""`rolecall doctor`: is this deployment ready, and if not, what to do. One
checklist line per check, with the fix beside anything wrong. The checks
talk to the real services (database, Slack's Web API, Microsoft's sign-in)
at base URLs that tests point at fakes; nothing is changed.
"""

import http.client
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from typing import Mapping, TextIO

OK, WARN, FAIL, SKIP = "ok", "warn", "FAIL", "skip"


@dataclass(frozen=True)
class Check:
    name: str
    status: str
    detail: str
    fix: str = ""

    @property
    def failed(self) -> bool:
        return self.status == FAIL


def print_checklist(checks: list[Check], out: TextIO) -> None:
    for check in checks:
        out.write(f"[{check.status:>4}] {check.name}: {check.detail}\n")
        if check.fix:
            out.write(f"       fix: {check.fix}\n")
    failed = sum(check.failed for check in checks)
    warned = sum(check.status == WARN for check in checks)
    if failed:
        out.write(f"\n{failed} problem{'s' * (failed != 1)} to fix"
                  f"{f', {warned} warning' + 's' * (warned != 1) if warned else ''}.\n")
    else:
        out.write(f"\nready{f' ({warned} warning' + 's' * (warned != 1) + ')' if warned else ''}.\n")


class Doctor:
    """The checks of one deployment, configured by `env` (the process's
    environment); `options` are the platforms' own (`--slack-api-url`), each
    platform's checks are in its package's `doctor` module."""

    def __init__(self, env: Mapping[str, str], *, database_url: str | None = None, public_url: str | None = None,
                 timeout: float = 10.0, options: Mapping | None = None, unknown_settings: list[str] = ()):
        self.env = env
        self.unknown_settings = list(unknown_settings)  # names that look meant for RoleCall but are no setting
        self.database_url = database_url or (env.get("DATABASE_URL") or "").strip() or None
        self.public_url = public_url
        self.timeout = timeout
        self.options = dict(options or {})
        self._store = None  # the store that answered, for the documents check

    def run(self) -> list[Check]:
        from adapters.platforms import PLATFORMS
        from adapters.settings import ConfigError, load_settings, platform_settings

        checks = self.database()
        if self.unknown_settings:
            checks.append(Check("setting names", WARN, "; ".join(self.unknown_settings),
                                "rename each to the setting meant, or remove it (rolecall --help lists them all)"))
        try:
            settings = load_settings(self.env, socket_mode=bool((self.env.get("SLACK_APP_TOKEN") or "").strip()))
        except ConfigError as exc:
            if self._store is not None:
                self._store.dispose()
            return checks + [Check("settings", FAIL, str(exc), "set or unset the variable it names (rolecall --help "
                                                              "lists them all)")]
        checks += self.documents(settings)
        for platform in PLATFORMS:
            checks += platform.module("doctor").checks(self, settings)
        if not any(platform.configured(settings) for platform in PLATFORMS):
            how = ", and/or ".join(platform_settings(platform).HOW_TO_TURN_ON for platform in PLATFORMS)
            checks.append(Check("platforms", FAIL, "no platform is configured", f"set {how}"))
        checks += self.address(settings)
        return checks

    # -- the database -------------------------------------------------------
    def database(self) -> list[Check]:
        from knowledge import SchemaError, StoreError
        from knowledge.errors import mask_urls
        from knowledge.store import Store, database_url

        try:
            url = database_url(self.database_url)
            missing = _missing_sqlite_file(url)
            store = None if missing else Store(url, create=False)
        except Exception as exc:  # StoreError, or a URL naming a driver that is not installed
            reason = str(exc) if isinstance(exc, StoreError) else f"{type(exc).__name__}: {mask_urls(_reason(exc))}"
            return [Check("database", FAIL, reason, "set DATABASE_URL (or --database-url) to a URL RoleCall "
                                                    "can use")]
        if missing:  # not opened: that would create the file
            return [Check("database", WARN, f"no store at {missing} yet: the first start creates it, with the "
                                            "bundled demo roles", "nothing, or load your documents now: "
                                                                  "rolecall ingest PATH")]
        where = store.safe_url
        self._store = store
        try:
            status = store.schema_status()
        except SchemaError as exc:  # reached, but RoleCall's user is refused (knowledge/store.py says what to grant)
            self._store = None
            store.dispose()
            return [Check("database", FAIL, f"{where} answers, but {exc}",
                          "grant RoleCall's user what the line above says, or use a user that owns the database")]
        except Exception as exc:  # the driver's error, whatever the database
            self._store = None
            store.dispose()
            return [Check("database", FAIL, f"cannot reach {where}: {mask_urls(_reason(exc))}",
                          "start the database, or correct DATABASE_URL (host, port, user, password, name)")]
        checks = [Check("database", OK, f"{where} answers")]
        if status.at_head:
            checks.append(Check("schema", OK, f"at revision {status.describe()}"))
        elif status.revision is None and not status.legacy:
            checks.append(self._creatable(store) or Check(
                "schema", WARN, "empty database: the schema is created at the first start",
                "nothing, or `rolecall db upgrade` to create it now"))
        elif not status.known:
            checks.append(Check("schema", FAIL, status.describe(),
                                "run the RoleCall version that made this database, or upgrade this one"))
        else:
            checks.append(Check("schema", FAIL, status.describe(),
                                "`rolecall db upgrade` (`serve` does it at start unless --no-upgrade)"))
        if status.revision is not None:
            checks.append(self._writable(store))
        return checks

    def _creatable(self, store) -> Check | None:
        """A failed check when RoleCall's PostgreSQL user could not create the schema at the first
        start (no schema on its search_path, or no CREATE on it: PostgreSQL 15 grants that on
        `public` to the database's owner only); None when it could, or on SQLite."""
        from sqlalchemy import text

        if store.engine.dialect.name != "postgresql":
            return None
        try:
            with store.engine.connect() as conn:
                schema, user, allowed = conn.execute(text(
                    "SELECT current_schema(), current_user, "
                    "coalesce(has_schema_privilege(current_schema(), 'CREATE'), false)")).one()
        except Exception:  # the first start will say why; the database check already answered
            return None
        if schema is None:
            return Check("schema", FAIL, "empty database, and no schema on the search_path to create RoleCall's "
                                         "tables in", "create the schema (CREATE SCHEMA name), or correct "
                                                      "options=-csearch_path=… in DATABASE_URL")
        if not allowed:
            return Check("schema", FAIL, f"empty database, and {user} may not create tables in schema {schema}",
                         f"as the database's owner: GRANT USAGE, CREATE ON SCHEMA {schema} TO {user}; or use a "
                         "user that owns the database")
        return None

    def _writable(self, store) -> Check:
        from sqlalchemy import text

        from knowledge.errors import mask_urls

        try:
            with store.engine.connect() as conn:
                transaction = conn.begin()
                try:
                    conn.execute(text("INSERT INTO meta (key, value) VALUES (:key, 'doctor')"),
                                 {"key": f"doctor-{uuid.uuid4().hex}"})
                finally:
                    transaction.rollback()
        except Exception as exc:
            return Check("writable", FAIL, f"a test write failed: {mask_urls(_reason(exc))}",
                         "give RoleCall's user write access (the SQLite file and its folder, or the "
                         "PostgreSQL grants)")
        return Check("writable", OK, "a test write succeeded (and was rolled back)")

    # -- the documents ------------------------------------------------------
    def documents(self, settings) -> list[Check]:
        from pathlib import Path

        checks = []
        missing = [path for path in settings.documents if not Path(path).exists()]
        if missing:
            checks.append(Check("ROLECALL_DOCUMENTS", FAIL, f"not found: {', '.join(missing)}",
                                "correct the paths, or unset ROLECALL_DOCUMENTS to reload the bundled roles"))
        store = self._store
        if store is None:
            return checks
        from sqlalchemy import text

        from knowledge import bundled_seeds_dir

        try:
            with store.engine.connect() as conn:
                roles = conn.execute(text("SELECT count(*) FROM role")).scalar()
                sources = {row[0] for row in conn.execute(text("SELECT name FROM source"))}
        except Exception:
            return checks  # no schema yet: said above
        finally:
            store.dispose()
        seeds = {path.name for path in bundled_seeds_dir().iterdir()}
        if not roles:
            checks.append(Check("documents", WARN, "no roles yet: the bundled demo roles are loaded at the first "
                                                   "start", "load your job descriptions: rolecall ingest PATH"))
        elif sources <= seeds:
            checks.append(Check("documents", WARN, f"{roles} roles, all from the bundled demo job descriptions",
                                "load your own: rolecall ingest PATH (and rolecall remove the demo ones)"))
        else:
            checks.append(Check("documents", OK, f"{roles} role{'s' * (roles != 1)} from {len(sources)} "
                                                 f"document{'s' * (len(sources) != 1)}"))
        return checks

    # -- where it is served -------------------------------------------------
    def address(self, settings) -> list[Check]:
        return [self._port(settings), self._public_url()]

    def _public_url(self) -> Check:
        if not self.public_url:
            return Check("public URL", SKIP, "not checked (pass --public-url https://…)")
        try:
            parts = urllib.parse.urlsplit(self.public_url)
            parts.port  # noqa: B018 (read for its check: a port that is no number, or past 65535)
        except ValueError:  # "https://[::1" (an IPv6 address not closed), "https://host:99999"
            parts = None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            return Check("public URL", FAIL, f"{self.public_url!r} is not an address",
                         "pass the https:// address of your reverse proxy")
        health = self.public_url.rstrip("/") + "/healthz"
        try:
            with urllib.request.urlopen(health, timeout=self.timeout) as response:
                answered = response.status == 200
        except (urllib.error.URLError, OSError) as exc:
            return Check("public URL", FAIL, f"{health} does not answer ({_reason(exc)})",
                         "start `rolecall serve`, and point the reverse proxy and DNS at it")
        except (ValueError, http.client.InvalidURL) as exc:  # a space or a control character in it
            return Check("public URL", FAIL, f"{self.public_url!r} is not an address ({_reason(exc)})",
                         "pass the https:// address of your reverse proxy")
        if not answered:
            return Check("public URL", FAIL, f"{health} answered, but not as RoleCall does",
                         "point the reverse proxy at `rolecall serve`")
        if parts.scheme != "https":
            return Check("public URL", WARN, f"{health} answers, over plain http",
                         "Slack and Teams only call https:// addresses: put TLS in front (deploy/)")
        return Check("public URL", OK, f"{health} answers")

    def _port(self, settings) -> Check:
        host, port = settings.host, settings.port
        if not 1 <= port <= 65535:
            return Check("port", FAIL, f"PORT {port} is not a port", "set PORT to a number from 1 to 65535")
        try:
            with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
                probe.bind((host, port))
        except OSError as exc:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=self.timeout) as response:
                    if response.status == 200:
                        return Check("port", OK, f"RoleCall already serves on {host}:{port}")
            except (urllib.error.URLError, OSError):
                pass
            return Check("port", FAIL, f"{host}:{port} cannot be used ({exc.strerror or exc})",
                         "stop what holds it, or set PORT (and HOST) to a free one")
        return Check("port", OK, f"{host}:{port} is free for `rolecall serve`")

    # -- HTTP ---------------------------------------------------------------
    def post(self, url: str, form: dict, *, bearer: str | None = None) -> tuple[dict, Mapping[str, str]]:
        """POST `form`, return the JSON body and the headers, whatever the
        status (services explain refusals in the body). Raises Unreachable
        when no answer comes."""
        request = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode(), method="POST")
        if bearer:
            request.add_header("Authorization", f"Bearer {bearer}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw, headers = response.read(), response.headers
        except urllib.error.HTTPError as exc:
            raw, headers = exc.read(), exc.headers
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise Unreachable(_reason(exc)) from None
        try:
            body = json.loads(raw)
        except ValueError:
            body = {"error": f"not JSON: {raw[:80]!r}"}
        return (body if isinstance(body, dict) else {"error": body}), headers


class Unreachable(Exception):
    """No answer came from a service (`Doctor.post`)."""


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or getattr(exc, "orig", None) or exc
    return (str(reason).strip().splitlines() or [type(exc).__name__])[0]


def _missing_sqlite_file(url: str) -> str | None:
    """The path of an SQLite store whose file does not exist yet, else None."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    path = parsed.database or ""
    if path.startswith("file:") and parsed.query.get("uri") == "true":  # `file:/srv/rolecall.db?mode=ro&uri=true`
        path = path.removeprefix("file:")
    if path in ("", ":memory:") or Path(path).exists():
        return None
    return path
