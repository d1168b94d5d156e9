"""`rolecall`: the command line, for people and for scripts.

The CLI is an adapter like Slack and Teams: it reads the environment once
(DATABASE_URL and the platform settings), builds the assistant, and draws
answers as plain text or JSON lines. `ask`, `chat`, `ingest` and `roles`
import no Slack or Teams code, so they start quickly.
"""

import argparse
import json
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `rolecall ask … | head`: the reader left; leave quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except _Fail as exc:
        print(f"rolecall: {exc}", file=sys.stderr)
        return EXIT_FAILED


class _Fail(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rolecall", description="Answers questions about job roles.")
    parser.add_argument("--database-url", help="SQLAlchemy URL or SQLite path (default: $DATABASE_URL, "
                                               "else a SQLite file in your user data folder)")
    sub = parser.add_subparsers(dest="command")

    ask = sub.add_parser("ask", help="answer a question (or one per stdin line with --jsonl)")
    ask.add_argument("question", nargs="*", help="the question")
    ask.add_argument("--jsonl", action="store_true", help="read questions from stdin, print JSON lines")
    ask.add_argument("--conversation", metavar="KEY", help="remember context across questions under KEY")
    ask.add_argument("--explain", action="store_true", help="show how the question was understood")
    ask.set_defaults(run=_ask)

    chat = sub.add_parser("chat", help="an interactive session with context")
    chat.set_defaults(run=_chat)

    ingest = sub.add_parser("ingest", help="read job-description documents into the store")
    ingest.add_argument("paths", nargs="+", help="files or folders")
    ingest.set_defaults(run=_ingest)

    roles = sub.add_parser("roles", help="list the roles in the store and their sources")
    roles.set_defaults(run=_roles)

    serve = sub.add_parser("serve", help="run the web process (Slack and Teams endpoints)")
    serve.add_argument("--host", help="interface to listen on (default: $HOST or 0.0.0.0)")
    serve.add_argument("--port", type=int, help="port (default: $PORT or 3000)")
    serve.set_defaults(run=_serve)

    slack = sub.add_parser("slack", help="run the Slack app over Socket Mode")
    slack.add_argument("--socket", action="store_true", required=True, help="use Socket Mode (needs SLACK_APP_TOKEN)")
    slack.set_defaults(run=_slack_socket)

    teams = sub.add_parser("teams-package", help="write the Teams app package (zip) to upload to Teams")
    teams.add_argument("--app-id", required=True, help="the bot's Microsoft app id")
    teams.add_argument("--out", default="rolecall-teams.zip", help="where to write the zip")
    teams.set_defaults(run=_teams_package)
    return parser


def _database_url(args) -> str | None:
    return args.database_url or os.environ.get("DATABASE_URL") or None


def _assistant(args):
    from bot import open_assistant
    from knowledge import IngestError

    try:
        return open_assistant(_database_url(args))
    except IngestError as exc:  # the bundled seeds should always read; say so if not
        raise _Fail(f"could not load the bundled job descriptions:\n{exc}")
    except Exception as exc:
        raise _Fail(f"cannot open the knowledge store: {type(exc).__name__}: {exc}")


def _ask(args) -> int:
    from bot import Question, render_text

    assistant = _assistant(args)
    if args.jsonl:
        for line in sys.stdin:
            question = line.rstrip("\n")
            answer = assistant.answer(Question(question, platform="cli", conversation_key=args.conversation))
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
    answer = assistant.answer(Question(text, platform="cli", conversation_key=args.conversation))
    print(render_text(answer))
    if args.explain:
        print("\n-- how I read it --")
        print(f"intent: {answer.intent} ({answer.kind}), confidence {answer.confidence:.2f}")
        print(json.dumps(answer.explanation, indent=2, ensure_ascii=False))
    return EXIT_OK


def _chat(args) -> int:
    import uuid

    from bot import Question, render_text

    assistant = _assistant(args)
    key = f"cli-chat:{uuid.uuid4().hex}"
    print("RoleCall: ask about a job role (empty line or Ctrl-D to quit).")
    while True:
        try:
            line = input("you> ").strip()
        except EOFError:
            print()
            return EXIT_OK
        if not line:
            return EXIT_OK
        print(render_text(assistant.answer(Question(line, platform="cli", conversation_key=key))))
        print()


def _ingest(args) -> int:
    from knowledge import IngestError, Store, ingest_paths

    store = Store(_database_url(args))
    try:
        report = ingest_paths(store, args.paths)
    except IngestError as exc:
        print("rolecall: nothing was ingested; the store is unchanged:", file=sys.stderr)
        for error in exc.errors:
            print(f"  {error}", file=sys.stderr)
        return EXIT_FAILED
    for doc in report.documents:
        counts = ", ".join(f"{name} {count}" for name, count in doc.counts.items())
        print(f"{doc.path}: {doc.role} ({doc.format}, {doc.status})")
        print(f"  salary: {doc.salary}")
        print(f"  items: {counts}")
        for warning in doc.warnings:
            print(f"  warning: {warning}")
    print("completeness:")
    for role, missing in report.completeness.items():
        print(f"  {role}: {'complete' if not missing else 'missing ' + ', '.join(missing)}")
    return EXIT_OK


def _roles(args) -> int:
    from knowledge import Knowledge, Store

    knowledge = Knowledge(Store(_database_url(args)))
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


def _settings(args, *, socket_mode: bool = False):
    from adapters.settings import ConfigError, load_settings

    try:
        settings = load_settings(os.environ, socket_mode=socket_mode)
    except ConfigError as exc:
        raise _Fail(str(exc))
    if args.database_url:
        from dataclasses import replace

        settings = replace(settings, database_url=args.database_url)
    return settings


def _serve(args) -> int:
    import logging

    from aiohttp import web

    from adapters.web import PLATFORMS, build_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = _settings(args)
    if settings.slack is None and settings.teams is None:
        raise _Fail("no platform is configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET for Slack, "
                    "and/or MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for Teams (see README)")
    assistant = _assistant(argparse.Namespace(database_url=settings.database_url))
    app = build_app(settings, assistant)
    host = args.host or settings.host
    port = args.port or settings.port
    print(f"RoleCall listening on http://{host}:{port} for {', '.join(app[PLATFORMS])}", flush=True)
    web.run_app(app, host=host, port=port, print=None)
    return EXIT_OK


def _slack_socket(args) -> int:
    import asyncio
    import logging

    from adapters.slack.socket import run_socket_mode

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = _settings(args, socket_mode=True)
    if settings.slack is None or not settings.slack.app_token:
        raise _Fail("Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN (an xapp- token with connections:write)")
    assistant = _assistant(argparse.Namespace(database_url=settings.database_url))
    asyncio.run(run_socket_mode(settings.slack, assistant))
    return EXIT_OK


def _teams_package(args) -> int:
    from adapters.teams.package import write_package

    try:
        path = write_package(args.app_id, Path(args.out))
    except (ValueError, OSError) as exc:  # not a GUID; a folder that is not there or not writable
        raise _Fail(str(exc))
    print(f"wrote {path}: upload it in Teams under Apps > Manage your apps > Upload an app")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
