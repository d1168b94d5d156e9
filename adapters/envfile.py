"""`.env` files: the `NAME=value` lines systemd, Docker and PaaS consoles use,
read by `rolecall` too (`--env-file PATH`, or `./.env`). A variable already
in the environment wins over the file, as with those tools.
"""

import os
import re
from pathlib import Path
from typing import MutableMapping

DEFAULT_ENV_FILE = ".env"
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*$")


class EnvFileError(Exception):
    """The file cannot be read, or a line is not `NAME=value`; the message says where."""


def parse_env_file(path: Path) -> dict[str, str]:
    """The file's variables. Blank lines and `#` comments are skipped; an
    optional `export ` prefix is allowed; a value in single quotes is taken
    as written, one in double quotes understands \\n, \\" and \\\\; an
    unquoted value ends at ` #`."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise EnvFileError(f"cannot read the env file {path}: {exc.strerror or exc}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EnvFileError(_not_utf8(path, data, exc.start)) from None
    values: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, equals, value = line.removeprefix("export ").partition("=")
        name = name.strip()
        if not equals or not _NAME.match(name):
            raise EnvFileError(f"{path}, line {number}: expected NAME=value")
        values[name] = _value(value.strip(), f"{path}, line {number}")
    return values


def _not_utf8(path: Path, data: bytes, start: int) -> str:
    """Why a file that is not UTF-8 is refused, and where: Python's own
    message ("can't decode byte 0xff in position 0") named neither the line
    nor what to do, and Windows Notepad saves "Unicode" as UTF-16."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return f"the env file {path} is saved as UTF-16: save it as UTF-8"
    line = data[:start].count(b"\n") + 1
    return f"{path}, line {line}: not UTF-8 text; save the file as UTF-8"


def _value(value: str, where: str) -> str:
    if value[:1] in ("'", '"'):
        quote = value[0]
        end = value.find(quote, 1)
        while quote == '"' and end > 0 and value[end - 1] == "\\" and not value[:end].endswith("\\\\"):
            end = value.find(quote, end + 1)
        if end < 0:
            raise EnvFileError(f"{where}: the value's closing {quote} is missing")
        inner = value[1:end]
        if quote == '"':
            inner = re.sub(r'\\(["\\n])', lambda m: "\n" if m.group(1) == "n" else m.group(1), inner)
        return inner
    return value.split(" #", 1)[0].rstrip()


def load_env_file(path: Path, environ: MutableMapping[str, str] = os.environ) -> list[str]:
    """Put the file's variables into `environ`, except those already set
    there; returns the names it set."""
    loaded = []
    for name, value in parse_env_file(path).items():
        if name not in environ:
            environ[name] = value
            loaded.append(name)
    return loaded
