"""How the store fails, in terms the layers above can act on.

A database that cannot be reached is not a bug in answering: the people
asking should be told to try again shortly, Slack and Teams should still get
their acknowledgement, and the web process should report itself not ready
until the database is back. So connection-level failures of the driver
(refused, timed out, dropped mid-query) surface as one exception,
`StoreUnavailable`, wherever in `knowledge` they happen, while every other
database error (a missing table, a constraint) keeps its own type and stays a
bug. A database whose schema this code cannot use is a `SchemaError`: a
deployment problem, reported with both revisions, never a traceback.

Messages name the database without its password, so they can be logged.
"""

from sqlalchemy.engine import make_url


class StoreError(Exception):
    """The knowledge store cannot serve this process."""


class StoreUnavailable(StoreError):
    """The database cannot be reached right now; trying again later may work."""


class SchemaError(StoreError):
    """The database's schema is not the one this RoleCall uses, and will not
    become it by itself (too new, or upgrades turned off)."""


def safe_url(url: str) -> str:
    """`url` with any password masked, for logs and error messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy can parse: say nothing of it
        return "the configured database"
