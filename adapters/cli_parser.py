"""What makes `rolecall`'s argument parsing forgiving, which argparse is not
by default: global options before or after the subcommand, a description on
every subcommand's help, "did you mean" for a mistyped command, and the
environment variables listed under `--help`.
"""

import argparse
import difflib
import re
import sys


class VersionAction(argparse.Action):
    """`--version`, read from the package metadata only when asked for:
    importlib.metadata costs every other command a tenth of a second."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS):
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0,
                         help="show RoleCall's version and exit")

    def __call__(self, parser, *_given):
        from importlib.metadata import PackageNotFoundError, version

        try:
            print(f"{parser.prog} {version('rolecall')}")
        except PackageNotFoundError:  # run from a checkout that was never installed
            print(f"{parser.prog} unknown (not installed)")
        parser.exit()


def add_global_options(parser: argparse.ArgumentParser, *, default=None) -> None:
    """The options every command takes; `default` is SUPPRESS on the
    subcommands so that leaving them out there keeps the main parser's value."""
    parser.add_argument("--database-url", default=default, metavar="URL",
                        help="SQLAlchemy URL or SQLite path (default: $DATABASE_URL, "
                             "else a SQLite file in your user data folder)")
    parser.add_argument("--env-file", default=default, metavar="PATH",
                        help="read settings from this NAME=value file (default: ./.env when it exists); "
                             "variables already in the environment win")


def environment_epilog() -> str:
    import shutil
    import textwrap

    from adapters.settings import variables

    width = max(len(variable.name) for variable in variables())
    columns = max(shutil.get_terminal_size().columns - 2, width + 40)
    lines = [textwrap.fill(v.described(), columns, initial_indent=f"  {v.name:<{width}}  ",
                           subsequent_indent=" " * (width + 4)) for v in variables()]
    return "environment variables (also read from --env-file or ./.env):\n" + "\n".join(lines)


_INVALID_CHOICE = re.compile(r"invalid choice: '(?P<given>[^']*)' \(choose from (?P<choices>.*)\)")


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser whose subcommands inherit the global options and
    take their help line as a description, and whose errors suggest the
    closest command."""

    def add_subparsers(self, **kwargs):
        action = super().add_subparsers(**kwargs)
        add_parser = action.add_parser

        def add_command(name, **options):
            summary = options.get("help")
            if summary:
                options.setdefault("description", summary[0].upper() + summary[1:] + ".")
            command = add_parser(name, **options)
            add_global_options(command, default=argparse.SUPPRESS)
            return command

        action.add_parser = add_command
        return action

    def error(self, message: str):
        match = _INVALID_CHOICE.search(message)
        if match:
            given, choices = match["given"], re.findall(r"'([^']*)'", match["choices"])
            close = difflib.get_close_matches(given, choices, n=3, cutoff=0.5)
            self.print_usage(sys.stderr)
            hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            self.exit(2, f"{self.prog}: {given!r} is not one of {', '.join(choices)}.{hint}\n")
        super().error(message)
