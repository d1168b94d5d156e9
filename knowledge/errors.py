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


def mask_urls(text: str) -> str:
    """`text` with the password of every URL in it replaced by ***."""
    return _URL_PASSWORD.sub(r"\1:" + MASK + "@", text) if "://" in text else text


def url_password(url: str | None) -> str | None:
    """The password `mask_urls` would hide in `url` (as written), if any."""
    match = _URL_PASSWORD.match(url or "")
    return match.group(0)[len(match.group(1)) + 1:-1] if match else None
