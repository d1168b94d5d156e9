"""`rolecall backup`: a copy of the store that can be restored. SQLite is
copied with its online backup (a plain copy mid-write is torn); PostgreSQL
with pg_dump when installed, else the command is printed.
"""

import os
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote


class BackupError(Exception):
    """The backup could not be made; the message says why and what to do."""


def backup(url: str | None, out: str | None) -> list[str]:
    """Back up the store at `url` to `out`; the lines to show the operator."""
    from sqlalchemy.engine import make_url

    from knowledge.store import database_url

    if out == "-":  # as `ingest -` would read it: a copy of a database is a file, not a stream
        raise BackupError("a backup is written to a file, not to standard output: give it a file name "
                          "(rolecall backup rolecall-copy.db)")
    parsed = make_url(database_url(url))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    if parsed.get_backend_name() == "sqlite":
        return _sqlite(Path(parsed.database or ""), Path(out or f"rolecall-backup-{stamp}.db"))
    if parsed.get_backend_name() == "postgresql":
        return _postgres(parsed, Path(out or f"rolecall-backup-{stamp}.dump"))
    raise BackupError(f"cannot back up a {parsed.get_backend_name()} database; use its own tools")


def _sqlite(source: Path, out: Path) -> list[str]:
    if not source.name or str(source) == ":memory:":
        raise BackupError("an in-memory database has nothing to back up")
    if not source.is_file():
        raise BackupError(f"there is no store at {source} yet: nothing to back up")
    if out.exists():
        raise BackupError(f"{out} already exists: choose another name, or remove it first")
    try:
        reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            writer = sqlite3.connect(out)
            try:
                reader.backup(writer)
                check = writer.execute("PRAGMA integrity_check").fetchone()[0]
                roles = writer.execute("SELECT count(*) FROM role").fetchone()[0]
            finally:
                writer.close()
        finally:
            reader.close()
    except sqlite3.Error as exc:
        out.unlink(missing_ok=True)
        raise BackupError(f"the backup of {source} failed: {exc}")
    if check != "ok":
        raise BackupError(f"the copy at {out} failed SQLite's integrity check: {check}")
    return [f"backed up {source} to {out} ({out.stat().st_size:,} bytes, {roles} roles, integrity ok)",
            f"to restore: stop RoleCall, then copy {out} over {source} (and delete {source}-wal and "
            f"{source}-shm if they are there)"]


def _postgres(url, out: Path) -> list[str]:
    """pg_dump's custom format, for pg_restore. The password travels in
    PGPASSWORD, never on the command line; a search_path given in the URL's
    options limits the dump to that schema."""
    if out.exists():
        raise BackupError(f"{out} already exists: choose another name, or remove it first")
    command = ["pg_dump", "--format=custom", "--no-owner", f"--file={out}",
               f"--host={url.host or 'localhost'}", f"--port={url.port or 5432}",
               f"--username={url.username or 'postgres'}", f"--dbname={url.database or 'postgres'}"]
    schema = _search_path(url.query.get("options"))
    if schema:
        command.append(f"--schema={schema}")
    shown = " ".join(command)
    executable = shutil.which("pg_dump")
    if executable is None:
        return ["pg_dump is not installed here; run this where it is (set PGPASSWORD first if the database "
                "needs a password):", f"  {shown}",
                f"to restore: pg_restore --clean --if-exists --no-owner --dbname=… {out}"]
    env = {"PGPASSWORD": url.password} if url.password else {}
    result = subprocess.run([executable, *command[1:]], capture_output=True, text=True,
                            env={**os.environ, **env})
    if result.returncode != 0:
        out.unlink(missing_ok=True)
        reason = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise BackupError(f"pg_dump failed: {reason}\n  the command was: {shown}")
    return [f"backed up {url.database} on {url.host} to {out} ({out.stat().st_size:,} bytes) with: {shown}",
            f"to restore: pg_restore --clean --if-exists --no-owner --dbname=… {out}"]


def _search_path(options) -> str | None:
    """The schema in a libpq `options=-csearch_path=NAME` query parameter."""
    values = options if isinstance(options, tuple) else (options,) if options else ()
    for value in values:
        for part in unquote(value).split():
            name, _, schema = part.removeprefix("-c").partition("=")
            if name == "search_path" and schema:
                return schema.split(",")[0].strip()
    return None


