"""How the store fails, in terms the layers above can act on.

A database out of reach is not a bug: people are told to try again shortly. So connection-level
failures surface as one `StoreUnavailable`, a database that refuses writes as `StoreReadOnly`; other
database errors keep their type. A schema this code cannot use is a `SchemaError`. `mask_urls` is the one place a URL's password is masked."""

import re


class StoreError(Exception):
    """The knowledge store cannot serve this process."""


class StoreUnavailable(StoreError):
    """The database cannot be reached right now; trying again later may work."""


class StoreReadOnly(StoreError):
    """The database refuses writes: a SQLite file or folder RoleCall may not
    write (or opened with `mode=ro`), a PostgreSQL standby. Trying again will
    not help; reading still works."""


class SchemaError(StoreError):
    """The database's schema is not the one this RoleCall uses, and will not
    become it by itself (too new, or upgrades turned off)."""


MASK = "***"
# The password of a `scheme://user:password@host` URL anywhere in a text: from
# the first ":" after the user name to the last "@" before a blank, because a
# password written with an unescaped "@" (or ":" or "/") is still a password.
_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s:/]*):\S*@")
# Its parts, for `mask_urls`, which finds each "://" and reads around it: the pattern above, searched
# through a text, tried each letter of a long "a.a.a…" run as a scheme's start and each "://" of a
# blank-free run as a URL's, each reading to the run's end (100,000 characters took 25 seconds).
_SCHEME_CHAR = re.compile(r"(?i)[a-z0-9+.-]")
_SCHEME = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://")
_USER = re.compile(r"[^\s:/]*:")
_BLANK = re.compile(r"\s")


def mask_urls(text: str) -> str:
    """`text` with the password of every URL in it replaced by ***: what `_URL_PASSWORD.sub` gives, in
    one pass. A URL's scheme is the run of scheme characters before its "://", from the run's first
    letter after a word boundary; its password runs from the ":" after the user name to the last "@"
    before a blank, so no other URL in the same blank-free run can have one."""
    if "://" not in text:
        return text
    out, done, at = [], 0, 0  # copied up to `done`; "://" looked for from `at`
    while (sep := text.find("://", at)) >= 0:
        start = sep
        while start > done and _SCHEME_CHAR.match(text, start - 1):
            start -= 1
        scheme = _SCHEME.search(text, start, sep + 3)
        user = _USER.match(text, sep + 3) if scheme else None
        if not user:
            at = sep + 1
            continue
        blank = _BLANK.search(text, user.end())
        end = blank.start() if blank else len(text)
        last_at = text.rfind("@", user.end(), end)
        if last_at >= 0:
            out += [text[done:user.end()], MASK, "@"]
            done = last_at + 1
        at = end
    return "".join(out) + text[done:]


def url_password(url: str | None) -> str | None:
    """The password `mask_urls` would hide in `url` (as written), if any."""
    match = _URL_PASSWORD.match(url or "")
    return match.group(0)[len(match.group(1)) + 1:-1] if match else None
