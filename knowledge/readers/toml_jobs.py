"""Job specs kept as TOML (a static site's `roles.toml`, a careers microsite's source): parsed by the
standard library's `tomllib`, then read as the YAML role files are (`yaml_jobs`): `[[roles]]`
tables are the roles, a `[company]` table their shared employer. TOML's comments are lost to its
parser, but a line's trailing comment can hold a fact ("hybrid = false  # no WFH"): it is kept as
a `<key>_note` value beside its key."""

import re
import tomllib

from knowledge.parse import DocumentError
from knowledge.readers import yaml_jobs
from knowledge.readers.model import Document

FORMAT = "toml"
_KEY_LINE = re.compile(r"^(?P<indent>\s*)(?P<key>[A-Za-z0-9_-]+)\s*=\s*(?P<value>[^#]*?)\s*#\s*(?P<note>\S.*)$")
_TABLE = re.compile(r"^\s*\[")


def read(text: str, name: str) -> Document:
    try:
        data = tomllib.loads(with_notes(text.lstrip("\ufeff")))
    except tomllib.TOMLDecodeError as exc:
        raise DocumentError(f"{name}: not TOML that can be read ({exc})")
    return yaml_jobs.read_data(data, name, FORMAT, "TOML")


def with_notes(text: str) -> str:
    """The text with each one-line `key = value  # note` followed by `key_note = "note"`, when the
    value is whole on its line (outside multi-line strings and arrays) and the key has no note yet."""
    out, open_quote, keys = [], None, set()
    for line in text.splitlines():
        out.append(line)
        if _TABLE.match(line) and open_quote is None:
            keys = set()
        if open_quote is None:
            match = _KEY_LINE.match(line)
            if match:
                keys.add(match.group("key"))
                note, key = match.group("note").strip(), f"{match.group('key')}_note"
                if key not in keys and _whole(f"{match.group('key')} = {match.group('value')}"):
                    out.append(f'{match.group("indent")}{key} = "{_escaped(note)}"')
                    keys.add(key)
        for quote in ('"""', "'''"):
            if line.count(quote) % 2 and open_quote in (None, quote):
                open_quote = None if open_quote else quote
    return "\n".join(out)


def _whole(line: str) -> bool:
    try:
        tomllib.loads(line)
        return True
    except tomllib.TOMLDecodeError:
        return False


def _escaped(note: str) -> str:
    return note.replace("\\", "\\\\").replace('"', '\\"')
