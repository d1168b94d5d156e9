"""Line editing and history for `rolecall chat` at a terminal (readline).
Without readline, or when stdin is not a terminal, no history is read or
written, so a script's questions never end up in anyone's history.
"""

import os
import sys
from contextlib import contextmanager
from pathlib import Path

# Enough to find last week's questions; the file stays a few tens of KB.
HISTORY_LINES = 1000


def history_path() -> Path:
    """Where the history lives: $XDG_STATE_HOME/rolecall (default
    ~/.local/state/rolecall), or %LOCALAPPDATA%\\rolecall on Windows."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return base / "rolecall" / "chat_history"


@contextmanager
def line_editing(stdin=None):
    stdin = stdin or sys.stdin
    try:
        interactive = stdin.isatty()
    except (AttributeError, ValueError):
        interactive = False
    readline = None
    if interactive:
        try:
            import readline
        except ImportError:
            readline = None
    if readline is None:
        yield
        return
    path = history_path()
    try:
        readline.read_history_file(path)
    except OSError:  # the first session, or an unreadable file: start afresh
        pass
    readline.set_history_length(HISTORY_LINES)
    try:
        yield
    finally:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            readline.write_history_file(path)
        except OSError as exc:
            print(f"rolecall: the chat history was not saved to {path}: {exc.strerror}", file=sys.stderr)
