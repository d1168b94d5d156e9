"""Answering a platform event exactly once, across processes: the first process to insert the event's
key answers it (the primary key arbitrates, no lock). With the database out of reach this raises
`StoreUnavailable`, and the adapters answer anyway rather than provoke a redelivery."""

from sqlalchemy import bindparam
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from knowledge.models import ProcessedEvent, utcnow
from knowledge.store import Store
from knowledge.upsert import conflict_insert

_TABLE = ProcessedEvent.__table__
_inserts: dict[str, object] = {}


def first_delivery(store: Store, key: str) -> bool:
    """True the first time `key` is seen; False for every repeat."""
    if _insert(store.engine) is None:
        return _first_delivery_portably(store, key)
    store.prepare()
    with store.engine.begin() as conn:
        return bool(first_deliveries(conn, [key]))


def first_deliveries(conn: Connection, keys: list[str]) -> set[str]:
    """Record `keys` (distinct) in the caller's transaction; the ones seen
    for the first time. One statement for all of them: the rows it inserts
    come back (RETURNING), the ones already there do not."""
    if not keys:
        return set()
    insert = _insert(conn.engine)
    if insert is None:
        raise NotImplementedError(f"no INSERT … ON CONFLICT on {conn.engine.dialect.name}")
    now = utcnow()
    inserted = set()
    for chunk in _in_statement_sizes(keys):
        result = conn.execute(insert, [{"key": key[:255], "seen_at": now} for key in chunk])
        inserted.update(row[0] for row in result)
    return {key for key in keys if key[:255] in inserted}


# The row counts one INSERT … RETURNING takes: every distinct count is a statement the driver
# prepares and keeps, and memory crept up while new lot sizes turned up (bench/README.md,
# "Fourth pass"); these seven make every lot from seven statements.
STATEMENT_SIZES = (64, 32, 16, 8, 4, 2, 1)


def _in_statement_sizes(keys: list[str]):
    """`keys` in consecutive chunks whose lengths are all in STATEMENT_SIZES."""
    start = 0
    for size in STATEMENT_SIZES:
        while len(keys) - start >= size:
            yield keys[start:start + size]
            start += size


def batches_deliveries(engine: Engine) -> bool:
    """Whether `first_deliveries` works on this database."""
    return _insert(engine) is not None


def _first_delivery_portably(store: Store, key: str) -> bool:
    with store.session() as session:
        session.add(ProcessedEvent(key=key[:255]))
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return False
    return True


def _insert(engine: Engine):
    """INSERT … ON CONFLICT DO NOTHING RETURNING key for this database, built
    once (SQLAlchemy then reuses its compiled form)."""
    dialect = engine.dialect.name
    if dialect not in _inserts:
        insert = conflict_insert(engine, _TABLE)
        if insert is not None:
            insert = (insert.values(key=bindparam("key"), seen_at=bindparam("seen_at"))
                      .on_conflict_do_nothing().returning(_TABLE.c["key"]))
        _inserts[dialect] = insert
    return _inserts[dialect]

