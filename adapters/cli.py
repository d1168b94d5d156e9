"""`rolecall`: the command line, for people and for scripts.

The CLI is an adapter like Slack and Teams: it reads the environment once,
builds the assistant, and draws answers as plain text or JSON lines. `ask`,
`chat`, `ingest` and `roles` import no Slack or Teams code, so they start quickly.
"""

import argparse
import json
import os
import sys
import unicodedata
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = _parsed(parser, argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        _load_env_file(args)
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `rolecall ask … | head`: the reader left; leave quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:
        from adapters.settings import ConfigError
        from knowledge import StoreError
        from knowledge.errors import mask_urls  # a library's message may quote a URL

        # A wrong setting, a store out of reach, an SDK release RoleCall's
        # fixes were not tested with: one line, not a traceback.
        if not isinstance(exc, (Fail, ConfigError, StoreError)):
            raise
        print(f"rolecall: {mask_urls(str(exc))}", file=sys.stderr)
        return EXIT_FAILED


def _parsed(parser: argparse.ArgumentParser, argv: list[str] | None):
    """The arguments, with an option allowed among a command's words: in
    `rolecall ask salary --explain for engineer` argparse takes "salary" as
    the question and refuses "for engineer"; those words carry on the list
    the command names in `words` (its question, paths, sources). A word
    that looks like an option is still refused."""
    args, extras = parser.parse_known_args(argv)
    words = getattr(args, "words", None)
    if extras and words and not any(extra.startswith("-") for extra in extras):
        setattr(args, words, [*getattr(args, words), *extras])
    elif extras:
        parser.error(f"unrecognized arguments: {' '.join(extras)}")
    return args


class Fail(Exception):
    pass


def _load_env_file(args) -> None:
    """Settings from --env-file, or from ./.env when there is one, into the
    environment, before anything reads it."""
    from adapters.envfile import DEFAULT_ENV_FILE, EnvFileError, load_env_file, parse_env_file

    path = args.env_file or (DEFAULT_ENV_FILE if Path(DEFAULT_ENV_FILE).is_file() else None)
    args.env_file_read, args.env_file_names = path, ()
    if path:
        try:
            load_env_file(Path(path))
            args.env_file_names = tuple(parse_env_file(Path(path)))
        except EnvFileError as exc:
            raise Fail(str(exc))


def unknown_settings(args) -> list[str]:
    """What `serve` and `doctor` warn about: names in the environment or the
    .env file that look meant for RoleCall but are no setting."""
    from adapters.settings import unknown_settings

    return unknown_settings(os.environ, file_names=args.env_file_names, file=args.env_file_read)


def _parser() -> argparse.ArgumentParser:
    from adapters.cli_parser import CommandParser, VersionAction, add_global_options, environment_epilog

    parser = CommandParser(prog="rolecall", description="Answers questions about job roles.",
                           epilog=environment_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action=VersionAction)
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer a question (or one per stdin line with --jsonl)")
    ask.add_argument("question", nargs="*", help="the question")
    ask.add_argument("--jsonl", action="store_true", help="read questions from stdin, print JSON lines")
    ask.add_argument("--conversation", metavar="KEY", help="remember context across questions under KEY")
    ask.add_argument("--explain", action="store_true", help="show how the question was understood")
    ask.set_defaults(run=_ask, words="question")

    chat = sub.add_parser("chat", help="an interactive session with context")
    chat.set_defaults(run=_chat)

    ingest = sub.add_parser("ingest", help="read job-description documents into the store")
    ingest.add_argument("paths", nargs="+", help="files or folders")
    ingest.add_argument("--dry-run", action="store_true", help="read everything and show what would be stored; "
                                                               "change nothing")
    ingest.add_argument("--quiet", action="store_true", help="print only errors and the summary")
    ingest.add_argument("--json", action="store_true", help="print one JSON object (for scripts)")
    ingest.set_defaults(run=_ingest, words="paths")

    roles = sub.add_parser("roles", help="list the roles in the store and their sources")
    roles.set_defaults(run=_roles)

    sources = sub.add_parser("sources", help="list the documents in the store: role, format, when, facts")
    sources.set_defaults(run=_sources)

    remove = sub.add_parser("remove", help="remove documents (or a role with all of its documents) from the store")
    remove.add_argument("sources", nargs="*", metavar="SOURCE", help="source names, as `rolecall sources` shows them")
    remove.add_argument("--role", metavar="TITLE", help="remove this role and every source of it")
    remove.set_defaults(run=_remove, words="sources")

    report = sub.add_parser("report", help="for recruiters: unanswered questions, answer rate, feedback")
    report.add_argument("--days", type=_days, default=30, help="the period: the last N days (default 30)")
    report.add_argument("--top", type=_days, default=20, metavar="N",
                        help="how many unanswered questions to list (default 20)")
    report.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    report.set_defaults(run=_report)

    audit = sub.add_parser("audit", help="who added, replaced or removed which document from chat, newest first")
    audit.add_argument("--limit", type=_days, default=None, metavar="N", help="only the N newest entries")
    audit.set_defaults(run=_audit)

    serve = sub.add_parser("serve", help="run the web process (Slack and Teams endpoints)")
    serve.add_argument("--host", help="interface to listen on (default: $HOST or 0.0.0.0)")
    serve.add_argument("--port", type=int, help="port (default: $PORT or 3000)")
    serve.add_argument("--no-upgrade", action="store_true",
                       help="do not upgrade the database schema at start-up (run `rolecall db upgrade` yourself)")
    add_log_format_option(serve)
    serve.set_defaults(run=_serve)

    from adapters.platforms import PLATFORMS

    for platform in PLATFORMS:  # a platform's own commands: `slack --socket`, `teams-package`
        platform.module("cli").add_commands(sub)

    db = sub.add_parser("db", help="the store's schema: show its revision, upgrade it; prune old rows")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("current", help="show the schema revision of the database and of this RoleCall") \
        .set_defaults(run=_db_current)
    db_sub.add_parser("upgrade", help="bring the database's schema to this RoleCall's (forward only)") \
        .set_defaults(run=_db_upgrade)
    db_sub.add_parser("prune", help="delete old event ids, expired conversation contexts and questions older "
                                    "than ROLECALL_QUESTION_LOG_DAYS (for cron; `serve` does it every 10 minutes)") \
        .set_defaults(run=_db_prune)
    revision = db_sub.add_parser("revision", help="(developers) write a migration for changes to knowledge/models.py")
    revision.add_argument("-m", "--message", required=True, help="what the revision changes")
    revision.add_argument("--rev-id", help="the revision id, e.g. 0002 (default: a random one)")
    revision.set_defaults(run=_db_revision)

    doctor = sub.add_parser("doctor", help="check this deployment: database, documents, Slack, Teams, URL and "
                                           "port; a fix for each problem, and a non-zero exit when there is one")
    doctor.add_argument("--public-url", metavar="URL",
                        help="the https address Slack and Teams reach RoleCall at; its /healthz is fetched")
    doctor.add_argument("--timeout", type=float, default=10.0, help="seconds for each network check (default 10)")
    for platform in PLATFORMS:  # --slack-api-url, --login-url
        platform.module("doctor").add_options(doctor)
    doctor.set_defaults(run=_doctor)

    backup = sub.add_parser("backup", help="copy the store: SQLite with its online backup, PostgreSQL "
                                           "with pg_dump (or the command to run)")
    backup.add_argument("out", nargs="?", help="the file to write (default: rolecall-backup-DATE.db, "
                                               "or .dump for PostgreSQL)")
    backup.set_defaults(run=_backup)
    return parser


def add_log_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--log-format", choices=("json", "text"),
                        help="json (one object per line) or text (default: $ROLECALL_LOG_FORMAT, "
                             "else text when stderr is a terminal and json otherwise)")


def configure_process_logging(args, settings) -> None:
    """Every logger in one format, with the configured secrets masked."""
    from urllib.parse import unquote

    from adapters.logs import FORMATS, configure_logging, default_format
    from knowledge.errors import url_password

    fmt = args.log_format or os.environ.get("ROLECALL_LOG_FORMAT", "").strip().lower() or default_format()
    if fmt not in FORMATS:
        raise Fail(f"ROLECALL_LOG_FORMAT must be json or text, not {fmt!r}")
    password = url_password(settings.database_url) or ""
    secrets = settings.secrets() + [password, unquote(password)]  # a driver may quote either
    configure_logging(fmt, secrets=secrets)


def _database_url(args) -> str | None:
    return _readable(args.database_url or os.environ.get("DATABASE_URL") or None)


def _readable(url: str | None) -> str | None:
    """`url`, unless it cannot be read: then the command stops here with
    one line, which does not repeat it (it may hold a password)."""
    from knowledge.store import database_url

    database_url(url)
    return url


def _assistant(args):
    from bot import open_assistant
    from knowledge import IngestError

    url = _database_url(args)
    try:
        return open_assistant(url)
    except IngestError as exc:  # the bundled seeds should always read; say so if not
        raise Fail(f"could not load the bundled job descriptions:\n{exc}")
    except Exception as exc:
        raise Fail(f"cannot open the knowledge store: {type(exc).__name__}: {exc}")


def _asked(assistant, question):
    """`assistant.ask(question)`, but a store that refuses writes (a read-only
    file, a standby) still answers: the asker is told once, on stderr, that
    questions (and a conversation's context) are not being recorded."""
    from knowledge import StoreReadOnly
    from knowledge.effects import persist

    answered = assistant.answer(question)
    try:
        persist(assistant.store, answered.effects)
    except StoreReadOnly as exc:
        if not getattr(assistant, "read_only_told", False):
            assistant.read_only_told = True
            print(f"rolecall: answered, but not recorded: {exc}", file=sys.stderr)
    return answered.answer


def _ask(args) -> int:
    from bot import Question, render_text
    from bot.text import well_formed

    assistant = _assistant(args)
    if args.conversation:  # a byte that is not UTF-8 as \xff: the store takes only text, and keys stay apart
        args.conversation = os.fsencode(args.conversation).decode("utf-8", "backslashreplace")
    if args.jsonl:
        for line in sys.stdin:
            question = well_formed(line.rstrip("\n"))  # echoed below: each row valid UTF-8
            # Not logged: --jsonl is how evaluations run, and their questions
            # would drown the real ones in `rolecall report`.
            answer = _asked(assistant, Question(question, platform="cli", conversation_key=args.conversation,
                                                logged=False))
            row = {"question": question, "intent": answer.intent, "kind": answer.kind,
                   "roles": list(answer.roles), "confidence": round(answer.confidence, 3),
                   "text": render_text(answer), "sources": list(answer.sources)}
            if args.explain:
                row["explanation"] = answer.explanation
            print(json.dumps(row, ensure_ascii=False), flush=True)
        return EXIT_OK
    text = " ".join(args.question).strip()
    if not text:
        print("rolecall: ask needs a question, e.g. rolecall ask \"what does an Engineer own?\"", file=sys.stderr)
        return EXIT_USAGE
    answer = _asked(assistant, Question(text, platform="cli", conversation_key=args.conversation))
    print(render_text(answer))
    if args.explain:
        print("\n-- how I read it --")
        print(f"intent: {answer.intent} ({answer.kind}), confidence {answer.confidence:.2f}")
        _print_rule(answer.explanation)
        print(json.dumps(answer.explanation, indent=2, ensure_ascii=False))
    return EXIT_OK


def _print_rule(explanation: dict) -> None:
    """The answer rule that answered (`bot.rules`) and what it ranked or found, one line each."""
    detail = explanation.get("decision")
    print(f"rule: {explanation.get('rule')}" + (f" ({detail})" if detail else ""))
    for item in explanation.get("ranked_items", ()):
        print(f"  {item['score']:5.2f}  {item['section']}: {item['item']}")
    for role in explanation.get("roles_matched", ()):
        print(f"  {role['role']}: {role['why']}")


def _chat(args) -> int:
    import uuid

    from adapters.chat_history import line_editing
    from bot import Question, render_text

    assistant = _assistant(args)
    key = f"cli-chat:{uuid.uuid4().hex}"
    print("RoleCall: ask about a job role (empty line or Ctrl-D to quit).")
    with line_editing():
        while True:
            try:
                line = input("you> ").strip()
            except EOFError:
                print()
                return EXIT_OK
            if not line:
                return EXIT_OK
            print(render_text(_asked(assistant, Question(line, platform="cli", conversation_key=key))))
            print()


def _ingest(args) -> int:
    from knowledge import IngestError, StoreError, ingest_paths

    store = _store(args)
    progress = _Progress(sys.stderr) if sys.stderr.isatty() and not args.json else None
    try:
        report = ingest_paths(store, args.paths, dry_run=args.dry_run, progress=progress)
    except StoreError as exc:  # the database went away, or another ingestion held it too long
        raise Fail(f"nothing was ingested: {exc}")
    except IngestError as exc:
        if args.json:
            print(json.dumps({"status": "failed", "errors": exc.errors}, ensure_ascii=False, indent=2))
        else:
            print("rolecall: nothing was ingested; the store is unchanged:", file=sys.stderr)
            for error in exc.errors:
                print(f"  {one_line(error)}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if progress:
            progress.clear()
    if args.json:
        print(json.dumps(_ingest_json(report, args.dry_run), ensure_ascii=False, indent=2))
        return EXIT_OK
    if not args.quiet:
        for line in report.skipped:
            print(one_line(line))
        for path, docs in _by_file(report.documents).items():
            for line in _file_lines(path, docs):
                print(one_line(line))
        print("completeness:")
        for role, missing in report.completeness.items():
            print(f"  {role}: {'complete' if not missing else 'missing ' + ', '.join(missing)}")
    print(_ingest_summary(report, args.dry_run))
    return EXIT_OK


# A run of more files than this shows a progress counter on a terminal.
PROGRESS_FROM_FILES = 20


class _Progress:
    """"reading 140/1000" rewritten in place on a terminal's stderr."""

    def __init__(self, stream):
        self.stream, self.shown = stream, False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if total > PROGRESS_FROM_FILES:
            self.stream.write(f"\r{stage} {done}/{total} files")
            self.stream.flush()
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def one_line(text: str) -> str:
    """A report line with the control characters and line breaks of the file names in it written as
    Python writes them ("data\\nengineer.md"): a name with a newline split its line in two, the second
    half read as a line of its own, and an escape sequence in a name could redraw the terminal."""
    return "".join(repr(ch)[1:-1] if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)


def _by_file(documents) -> dict:
    files: dict[str, list] = {}
    for doc in documents:
        files.setdefault(doc.path, []).append(doc)
    return files


def _sections(counts: dict[str, int]) -> str:
    return f"{len(counts)} sections ({', '.join(f'{name} {n}' for name, n in counts.items())})"


def _file_lines(path: str, docs) -> list[str]:
    """One line for a file of one role; a file of several postings gets a
    line, then one indented line per role. Warnings follow, indented."""
    if len(docs) == 1:
        doc = docs[0]
        lines = [f"{path}: {doc.role} ({doc.format}, {doc.status}); {_sections(doc.counts)}; salary: {doc.salary}"]
        return lines + [f"  warning: {w}" for w in docs[0].warnings]
    lines = [f"{path}: {len(docs)} roles ({docs[0].format})"]
    for doc in docs:
        lines.append(f"  {doc.role} ({doc.status}); {_sections(doc.counts)}; salary: {doc.salary}")
        lines += [f"    warning: {w}" for w in doc.warnings]
    return lines


def _ingest_summary(report, dry_run: bool) -> str:
    from knowledge.ingest import ADDED, UNCHANGED, UPDATED

    statuses = [doc.status for doc in report.documents]
    files = len(_by_file(report.documents))
    warnings = sum(len(doc.warnings) for doc in report.documents)
    line = (f"{files} file{'s' * (files != 1)} read: roles {statuses.count(ADDED)} added, "
            f"{statuses.count(UPDATED)} updated, {statuses.count(UNCHANGED)} unchanged; "
            f"{len(report.skipped)} skipped; {warnings} warning{'s' * (warnings != 1)}")
    return line + ("; dry run: nothing was stored" if dry_run else "")


def _ingest_json(report, dry_run: bool) -> dict:
    from collections import Counter

    from knowledge.ingest import ADDED, UNCHANGED, UPDATED

    statuses = [doc.status for doc in report.documents]
    sections = sum((Counter(doc.counts) for doc in report.documents), Counter())
    skipped = [dict(zip(("path", "reason"), line.split(": skipped, ", 1))) for line in report.skipped]
    return {
        "status": "dry-run" if dry_run else "ok",
        "files": len(_by_file(report.documents)),
        "roles": {status: statuses.count(status) for status in (ADDED, UPDATED, UNCHANGED)},
        "sections": dict(sections),
        "warnings": [f"{doc.path}: {w}" for doc in report.documents for w in doc.warnings],
        "skipped": skipped,
        "documents": [{"path": doc.path, "source": doc.name, "role": doc.role, "format": doc.format,
                       "status": doc.status, "sections": doc.counts, "salary": doc.salary,
                       "warnings": [str(w) for w in doc.warnings]} for doc in report.documents],
        "completeness": report.completeness,
    }


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 36_500:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1 to 36500, not {text!r}")
    return value


def _report(args) -> int:
    from adapters.report_text import render_report
    from knowledge import Store, build_report

    store = Store(_database_url(args))
    report = build_report(store, args.days, top=args.top)
    changes = _recent_changes(store, args.days)
    if args.json:
        print(json.dumps({**report.to_dict(), "knowledge_changes": [
            {"at": c.at.isoformat(), "who": c.who, "platform": c.platform, "action": c.action,
             "source": c.source, "checksum": c.checksum} for c in changes]}, ensure_ascii=False, indent=2))
    else:
        print(render_report(report))
        if changes:
            print(f"\nKnowledge changed from chat in the last {args.days} days:")
            print("\n".join(f"  {c}" for c in changes))
    return EXIT_OK


def _recent_changes(store, days: int) -> list:
    """The audit log's entries of the report's period, newest first."""
    from datetime import timedelta

    from knowledge.audit import audit_log
    from knowledge.models import as_utc, utcnow

    since = utcnow() - timedelta(days=days)
    return [c for c in audit_log(store) if as_utc(c.at) >= since]


def _audit(args) -> int:
    from knowledge import Store
    from knowledge.audit import audit_log

    entries = audit_log(Store(_database_url(args)), args.limit)
    if not entries:
        print("No document was added, replaced or removed from chat yet.")
    for entry in entries:
        print(entry)
    return EXIT_OK


def _roles(args) -> int:
    from knowledge import Knowledge

    knowledge = Knowledge(_store(args, seeded=True))
    roles = knowledge.roles()
    if not roles:
        print("The store is empty. Add documents with: rolecall ingest PATH")
        return EXIT_OK
    for role in roles:
        aliases = [a for a in role.aliases if a != role.title]
        print(role.title + (f" (also: {', '.join(aliases)})" if aliases else ""))
        for source in role.sources:
            print(f"  {source.name}  [{source.format}]  ingested {source.ingested_at}")
    return EXIT_OK


def _sources(args) -> int:
    from knowledge.sources import list_sources

    sources = list_sources(_store(args, seeded=True))
    if not sources:
        print("The store is empty. Add documents with: rolecall ingest PATH")
        return EXIT_OK
    width = max(len(s.name) for s in sources)
    for s in sources:
        print(f"{s.name:<{width}}  {s.role}  [{s.format}]  ingested {s.ingested_at:%Y-%m-%d %H:%M}  "
              f"{s.facts} facts")
    return EXIT_OK


def _remove(args) -> int:
    from knowledge import StoreError
    from knowledge.sources import NotInStore, remove_role, remove_sources

    if bool(args.sources) == bool(args.role):
        print("rolecall: remove needs source names or --role TITLE (one of the two), "
              "e.g. rolecall remove engineer.txt", file=sys.stderr)
        return EXIT_USAGE
    store = _store(args, seeded=True)
    try:
        removed = remove_role(store, args.role) if args.role else remove_sources(store, args.sources)
    except NotInStore as exc:
        raise Fail(str(exc))
    except StoreError as exc:
        raise Fail(f"nothing was removed: {exc}")
    print(f"removed {len(removed.sources)} source{'s' * (len(removed.sources) != 1)}: "
          f"{', '.join(removed.sources)}")
    if removed.roles:
        print(f"removed role{'s' * (len(removed.roles) != 1)} no source describes any more: "
              f"{', '.join(removed.roles)}")
    return EXIT_OK


def process_settings(args, *, socket_mode: bool = False):
    from adapters.settings import load_settings

    settings = load_settings(os.environ, socket_mode=socket_mode)
    if args.database_url:
        from dataclasses import replace

        settings = replace(settings, database_url=args.database_url)
    _readable(settings.database_url)
    return settings


def _serve(args) -> int:
    import logging

    from adapters.platforms import PLATFORMS
    from adapters.settings import platform_settings
    from adapters.web import PLATFORMS_SERVED, build_app, collect_before_serving, prefer_the_event_loop, serve

    settings = process_settings(args)
    configure_process_logging(args, settings)
    for warning in unknown_settings(args):
        logging.getLogger("rolecall.settings").warning("%s", warning)
    if not any(platform.configured(settings) for platform in PLATFORMS):
        how = ", and/or ".join(platform_settings(platform).HOW_TO_TURN_ON for platform in PLATFORMS)
        raise Fail(f"no platform is configured: set {how} (see README)")
    assistant = serving_assistant(settings, upgrade=not args.no_upgrade)
    app = build_app(settings, assistant)
    host = args.host or settings.host
    port = args.port or settings.port
    prefer_the_event_loop()
    collect_before_serving()
    serve(app, host, port, listening=lambda: logging.getLogger("rolecall.web").info(
        "RoleCall listening on http://%s:%s for %s (store %s, rate limit %s per user per process)",
        host, port, ", ".join(app[PLATFORMS_SERVED]), assistant.knowledge.store.safe_url,
        settings.rate_limit or "off"))
    return EXIT_OK


def serving_assistant(settings, *, upgrade: bool):
    """The web process's assistant, its store prepared (and upgraded, forward
    only) when the database answers; a schema it cannot use stops start-up,
    and so does a store that refuses writes: every answer stores its
    conversation's context, and would be "try again shortly". An unreachable
    database does not: questions get "try again shortly" until it answers."""
    import logging

    from bot import open_assistant
    from knowledge import IngestError, SchemaError, StoreUnavailable

    assistant = open_assistant(settings.database_url, lazy=True, upgrade=upgrade, serving=True)
    store = assistant.knowledge.store
    try:
        store.prepare()
        _check_writable(store)
    except StoreUnavailable as exc:
        logging.getLogger("rolecall.store").error(
            "the knowledge store is unreachable at start-up (%s); serving anyway: questions are answered "
            "'try again shortly' and /readyz reports not ready until it is back", exc)
    except SchemaError as exc:
        raise Fail(f"cannot use the knowledge store at {store.safe_url}: {exc}")
    except IngestError as exc:
        raise Fail(f"could not load the bundled job descriptions:\n{exc}")
    return assistant


def _check_writable(store) -> None:
    """Stop start-up on a store that refuses writes. Anything else that
    keeps the check from finishing (another ingestion holding SQLite's
    lock) is no reason not to serve: logged, and served."""
    import logging

    from knowledge import StoreReadOnly, StoreUnavailable

    try:
        store.check_writable()
    except StoreReadOnly as exc:
        raise Fail(f"cannot serve: {exc}")
    except StoreUnavailable:
        raise
    except Exception as exc:
        logging.getLogger("rolecall.store").warning(
            "could not check that the knowledge store takes writes (%s: %s); serving anyway",
            type(exc).__name__, str(exc).splitlines()[0] if str(exc) else "")


def _store(args, *, seeded: bool = False):
    """The store, prepared. `seeded`: a store never seeded gets the bundled
    demo roles first, as `ask` would, so `roles`, `sources` and `remove` show
    and change what the bot answers from."""
    from knowledge import Store, bundled_seeds_dir, ensure_seeded

    seeds = bundled_seeds_dir() if seeded else None
    return Store(_database_url(args), on_ready=[lambda store: ensure_seeded(store, seeds)] if seeds else [])


def _db_current(args) -> int:
    from knowledge import Store

    store = Store(_database_url(args), create=False)
    try:
        status = store.schema_status()
    finally:
        store.dispose()
    print(f"database: {store.safe_url}")
    print(f"revision: {status.describe()}")
    print(f"this RoleCall's newest revision: {status.head}")
    return EXIT_OK


def _db_upgrade(args) -> int:
    from knowledge import Store

    store = Store(_database_url(args), create=False)
    try:
        before = store.upgrade_schema()
    finally:
        store.dispose()
    if before.at_head:
        print(f"{store.safe_url}: already at revision {before.head} (head); nothing to do")
    else:
        was = "a database made before migrations" if before.legacy else before.revision or "an empty database"
        print(f"{store.safe_url}: upgraded from {was} to {before.head}")
    return EXIT_OK


def _db_prune(args) -> int:
    from bot.assistant import CONTEXT_TTL
    from knowledge.prune import prune

    settings = process_settings(args)
    store = _store(args)
    try:
        pruned = prune(store, context_ttl=CONTEXT_TTL, question_log_days=settings.question_log_days)
    finally:
        store.dispose()
    print(f"{store.safe_url}: deleted {pruned.describe()}")
    return EXIT_OK


def _db_revision(args) -> int:
    from knowledge.schema import write_revision

    path = write_revision(args.message, args.rev_id)
    print(f"wrote {path}: read it before committing (autogenerate cannot see renames or data changes)")
    return EXIT_OK


def _doctor(args) -> int:
    from adapters.doctor import Doctor, print_checklist

    doctor = Doctor(os.environ, database_url=args.database_url, public_url=args.public_url, timeout=args.timeout,
                    options=vars(args), unknown_settings=unknown_settings(args))
    checks = doctor.run()
    print_checklist(checks, sys.stdout)
    return EXIT_FAILED if any(check.failed for check in checks) else EXIT_OK


def _backup(args) -> int:
    from adapters.backup import BackupError, backup

    try:
        lines = backup(_database_url(args), args.out)
    except BackupError as exc:
        raise Fail(str(exc))
    for line in lines:
        print(line)
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
