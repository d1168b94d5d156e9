"""Conversation context kept in the store, so that every web process behind a
load balancer sees what a thread was last about, and so it expires.

Besides the roles of the last answer, a conversation keeps the roles it was
about before them ("earlier"), so that "compare the two" after a question
about each compares them. The store itself moves the old roles aside when a
write brings new ones (in the upsert), so a write never needs a read first.
The rest of a `Context` (a question back, a ranking, ...) is one JSON column,
so remembering one more thing is one more field, not a migration. What the
conversation was told rather than shown (a candidate's years, a company:
`KEPT`) is merged, not replaced: an answer that did not establish it leaves
it as it was, also by the store (one JSON merge in the upsert, no read).

Read when a question leans on what came before and written after every
answer about roles, so both are plain statements rather than ORM sessions
(a third of the cost on SQLite); the web process writes many at once
(`knowledge.effects`)."""

import json
from bisect import bisect_left
from dataclasses import dataclass, fields
from datetime import timedelta
from operator import attrgetter
from typing import get_args

from sqlalchemy import Text, bindparam, case, cast, delete, func, literal_column, select, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection, Engine

from knowledge.bulk import BulkStatement
from knowledge.models import Conversation, utcnow
from knowledge.plain_select import PlainSelect
from knowledge.store import SQLITE_FUNCTIONS, Store
from knowledge.upsert import conflict_insert

_TABLE = Conversation.__table__
# Built once: SQLAlchemy then reuses their compiled form and cache keys,
# which otherwise cost more than SQLite's own work for these statements.
_LOAD = select(_TABLE.c.role_ids, _TABLE.c.intent, _TABLE.c.updated_at, _TABLE.c.earlier_role_ids,
               _TABLE.c.earlier_at, _TABLE.c.state).where(_TABLE.c["key"] == bindparam("key"))
# An expired row goes only while still older than the time to live: another
# process may have just renewed it. Compared as times, not matched as the
# value read: SQLite keeps a time as text, the upsert's rows (the driver's
# own conversion) end in "+00:00" and SQLAlchemy binds a time without it, so
# an expired row was never matched, never deleted, and read (and found
# expired) again on every later turn of that conversation.
_EXPIRE = delete(_TABLE).where(_TABLE.c["key"] == bindparam("key"), _TABLE.c.updated_at < bindparam("cutoff"))
_STATE_OF = select(_TABLE.c.state).where(_TABLE.c["key"] == bindparam("key"))
_FORGET = delete(_TABLE).where(_TABLE.c["key"] == bindparam("key"))
_SAVED = ("role_ids", "intent", "state", "updated_at")


def _moved_aside(new_role_ids) -> dict:
    """What an update of a stored row sets besides `_SAVED`: when its roles
    change, the old ones become the earlier ones, stamped with when they
    were last asked about. The right-hand sides read the row as it was."""
    same = _TABLE.c.role_ids == new_role_ids
    return {"earlier_role_ids": case((same, _TABLE.c.earlier_role_ids), else_=_TABLE.c.role_ids),
            "earlier_at": case((same, _TABLE.c.earlier_at), else_=_TABLE.c.updated_at)}


# Its key's parameter is not named "key": SQLAlchemy keeps a column's name for
# the SET clause of an UPDATE given that column.
_UPDATE = update(_TABLE).where(_TABLE.c["key"] == bindparam("row_key")).values(
    {**_moved_aside(bindparam("role_ids")), **{name: bindparam(name) for name in _SAVED}})
# `load_contexts`: keys read by one statement at most, and the sizes of its
# statements (a lot's keys are padded to the next: a few compiled statements).
MANY_AT_ONCE = 64
_SIZES = (1, 2, 4, 8, 16, 32, 64)
_upserts: dict[tuple, BulkStatement | None] = {}
_loads: dict[tuple, PlainSelect] = {}


@dataclass(frozen=True)
class Context:
    role_ids: tuple[int, ...]
    intent: str | None
    # Read from the store, never written from here: the roles before these
    # (within the time to live), which the store keeps by itself.
    earlier_role_ids: tuple[int, ...] = ()
    # The fields from here on are the state column's (`_STATE`): a new one
    # needs only a plain default and a value JSON holds (tuples as lists).
    # The last answer was a question back: `role_ids` are the options it
    # offered, in order, and `intent` what the question it answers asked for.
    choosing: bool = False
    # The last answer ranked its roles (best first) for "which pays the most":
    # what it names is the first, so "it" and "pay?" mean that one role.
    ranked: bool = False
    # The words of an item question the last answer ranked a role's items by
    # ("which message queues"): what "same for the global lead" asks again.
    topic: tuple[str, ...] = ()
    # A question back: the question it answers, with PENDING_ROLE where the
    # role was named ("PENDING_ROLE on call?"), so that a typed pick ("the
    # back-end one", "2") answers it as the pick's button would.
    pending: str = ""
    # The last answer was a list filtered by pay or years ("which roles pay
    # over 200k?"): each threshold as [facet, above, inclusive, amount, end],
    # so that "and under 230k?" narrows that list and says both bounds.
    bounds: tuple = ()
    # The years of experience of a candidate the conversation described ("I
    # have a candidate with 7 years"), so that "which role would suit them?"
    # is a fit across the roles; kept while the context is read turn to turn.
    candidate_years: int | None = None
    # The question that told of that candidate ("got a candidate: 14 yrs, go +
    # rust, led teams across 3 continents"): "which role fits best?" later
    # ranks the roles by what they have, not by their years alone.
    candidate_told: str = ""
    # The last answer listed the roles leading to this career title ("roles
    # that lead to Chief Architect"): "and to Engineering Manager?" asks it again.
    target: str = ""
    # The one role of the last answer was picked from this list or ranking
    # by its place ("who's second?"): "and third?", "the next one down" go on along it.
    listed: tuple[int, ...] = ()
    # The hiring company the conversation named last ("what's open at
    # quillfeather?"): "who else is hiring at that company?" means it.
    company: str = ""
    # The last answer searched every role's facts: the terms it looked for,
    # after those of the search just before it ("roles with Jaeger", then
    # "and New Relic?"), so that "and Kafka?" searches again and "and both?"
    # asks for the last two together (`bot.search_again`).
    searched: tuple[str, ...] = ()
    # The last answer ranked the roles for a candidate, best fit first (or judged
    # one role for them: "and global lead?" judges that one): "what
    # would we pay them" asks of the person, so of that best fit alone.
    fitted: bool = False
    # The last answer ranked its roles by pay or years and set these apart,
    # their documents not saying it: "the least experienced one?" after a pay
    # ranking picks among them too; kept while one role of that ranking is
    # answered about ("yoe for it"), for the same pick after it.
    unplaced: tuple[int, ...] = ()
    # The last answer said the one role's documents don't mention this thing
    # ("does expert swe need github actions?"): "who does?" asks every role.
    term_asked: str = ""
    # The last answer showed the one role's items of this facet a bare topic
    # pointed at ("dbs?" after its hard skills): the next bare topic ("iac?",
    # "containers?") looks in that facet first, as it did right after it.
    facet_shown: str = ""
    # The roles the conversation talked about (answers about one role or a
    # pair, not lists), in the order talked about, the first kept first:
    # "back to the first one we discussed", "the one before". Written as the
    # last answer's roles only; the store merges them in (`discussed_after`),
    # so a write still needs no read first.
    discussed: tuple[int, ...] = ()
    # The other facts of one role the last question asked beside `intent`
    # ("years for X, and its salary"): "I meant Y for both" asks them all of Y.
    also: tuple[str, ...] = ()


# Where the role stands in a pending question: a private-use character, which
# no one types and no strip() takes for a space.
PENDING_ROLE = "\ue000"
# The fields the state column holds, by name, each only when it differs from
# its default (a plain value: JSON's, a tuple read back from a list).
def _kinds(field) -> tuple[tuple, type | None]:
    """The types a state field may hold (its default's, or its annotation's
    when the default is None: `int | None`) and, for a tuple, its items'
    type where the annotation names one (`tuple[str, ...]`)."""
    if field.default is None:
        return tuple(get_args(field.type)) or (type(None),), None
    if isinstance(field.default, tuple):
        return (tuple,), next(iter(get_args(field.type)), None)
    return (type(field.default),), None


_STATE = tuple(f for f in fields(Context) if f.name not in ("role_ids", "intent", "earlier_role_ids"))
# What a conversation was told, not shown: kept until an answer establishes it
# anew, however many answers about other things come between. The rest of the
# state is what the last answer showed, and goes with it.
KEPT = ("candidate_years", "candidate_told", "company")
# What the conversation talked about: kept as `KEPT` is, and added to by
# each answer that sets it (`discussed_after`), not replaced.
GROWN = ("discussed",)
# How many roles talked about are kept: the first, and the latest others.
DISCUSSED_KEPT = 8
_SHOWN = tuple(f.name for f in _STATE if f.name not in KEPT and f.name not in GROWN)
_STATE_NAMES = tuple(f.name for f in _STATE)
_STATE_DEFAULTS = tuple(f.default for f in _STATE)
_STATE_KINDS = {f.name: _kinds(f) for f in _STATE}
_state_values = attrgetter(*_STATE_NAMES)  # one call, and one comparison for the common all-default case
# Built once: json.dumps with options builds an encoder per call.
_to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _state_column(context: Context) -> str | None:
    """Compact JSON of `context`'s state; None when all of it is the
    default, as for most answers, so their row stays small."""
    values = _state_values(context)
    if values == _STATE_DEFAULTS:
        return None
    return _to_json({name: value for name, value, default in zip(_STATE_NAMES, values, _STATE_DEFAULTS)
                     if value != default})


def merged_state(old: str | None, new: str | None) -> str | None:
    """The state column once `new` is written over `old`: `new`, with what
    `old` was told (`KEPT`) that `new` does not set, and the roles talked
    about grown by `new`'s (`discussed_after`); as the upsert does it (on
    SQLite by calling this very function: `SQL_MERGED_STATE`)."""
    before = _from_state_column(old)
    kept = {name: value for name, value in before.items() if name in KEPT or name in GROWN}
    state = {**kept, **_from_state_column(new)}
    if (grown := discussed_after(before.get("discussed", ()), state.get("discussed", ()))) != state.get("discussed"):
        state["discussed"] = grown
    if not state.get("discussed", True):
        del state["discussed"]
    return _to_json(state) if state else None


def discussed_after(before: tuple[int, ...], new: tuple[int, ...]) -> tuple[int, ...]:
    """The roles talked about once an answer about `new` is given: the
    first ever stays first ("the first one we discussed" is it even after it
    came up again); the others in the order last talked about, a role
    talked about again moving to the end, so the last but the roles on screen is
    "the one before"; at most DISCUSSED_KEPT, the oldest others dropped."""
    if not new or before[-len(new):] == new:
        return before
    if not before:
        return new[:DISCUSSED_KEPT]
    others = [i for i in before[1:] if i not in new] + list(new)
    return (before[0], *others[-(DISCUSSED_KEPT - 1):])


# The SQL function SQLite's upsert merges the state column with: `merged_state`
# itself, registered on every connection (`knowledge.store`), so the merge
# of the roles talked about is written once, in Python.
SQL_MERGED_STATE = "rolecall_merged_state"
SQLITE_FUNCTIONS[SQL_MERGED_STATE] = (2, merged_state)


def _pg_discussed_after(old: str, new: str) -> str:
    """`discussed_after` in PostgreSQL's SQL, for the state columns `old` and
    `new` (SQL text): the same four cases, in the same order, so both
    databases keep the same roles talked about (tests run it on both)."""
    before = f"coalesce(({old})::jsonb -> 'discussed', '[]'::jsonb)"
    now = f"coalesce(({new})::jsonb -> 'discussed', '[]'::jsonb)"
    return (
        f"(CASE WHEN jsonb_array_length({now}) = 0 THEN {before}"
        f" WHEN jsonb_array_length({before}) = 0 THEN (SELECT jsonb_agg(e ORDER BY i)"
        f" FROM jsonb_array_elements({now}) WITH ORDINALITY AS t(e, i) WHERE i <= {DISCUSSED_KEPT})"
        # the last answer's roles already last: nothing moves
        f" WHEN (SELECT jsonb_agg(e ORDER BY i) FROM jsonb_array_elements({before}) WITH ORDINALITY AS t(e, i)"
        f" WHERE i > jsonb_array_length({before}) - jsonb_array_length({now})) = {now} THEN {before}"
        # the first kept first; the others but the new ones, then the new ones; the latest kept
        f" ELSE jsonb_build_array({before} -> 0) || (SELECT coalesce(jsonb_agg(e ORDER BY k), '[]'::jsonb) FROM"
        f" (SELECT e, k FROM (SELECT e, i AS k FROM jsonb_array_elements({before}) WITH ORDINALITY AS t(e, i)"
        f" WHERE i > 1 AND NOT ({now} @> jsonb_build_array(e))"
        f" UNION ALL SELECT e, 1000000 + i FROM jsonb_array_elements({now}) WITH ORDINALITY AS u(e, i)) AS o"
        f" ORDER BY k DESC LIMIT {DISCUSSED_KEPT - 1}) AS s) END)")


def _merged_column(engine: Engine, old, new):
    """SQL for `merged_state(old, new)` in this database: a JSON merge of
    `new` over what `old` keeps; NULL when nothing is left. Its constants
    are SQL text, not parameters: the bulk statement's rows give none."""
    empty = literal_column("'{}'")
    if engine.dialect.name == "postgresql":
        shown = literal_column("ARRAY[" + ",".join(f"'{name}'" for name in (*_SHOWN, *GROWN)) + "]::text[]")
        grown = literal_column("ARRAY[" + ",".join(f"'{name}'" for name in GROWN) + "]::text[]")
        kept = cast(func.coalesce(old, empty), JSONB).op("-")(shown)
        merged = kept.op("||")(cast(func.coalesce(new, empty), JSONB).op("-")(grown))
        sql = {name: str(column.compile(dialect=engine.dialect)) for name, column in (("old", old), ("new", new))}
        discussed = literal_column(_pg_discussed_after(sql["old"], sql["new"]))
        merged = cast(case((func.jsonb_array_length(discussed) == literal_column("0"), merged),
                           else_=merged.op("||")(func.jsonb_build_object(literal_column("'discussed'"), discussed))),
                      Text)
    else:  # SQLite: this module's own merge, registered as an SQL function (`knowledge.store`)
        return getattr(func, SQL_MERGED_STATE)(old, new)
    return func.nullif(merged, empty)


def _from_state_column(text: str | None) -> dict:
    """The fields `_state_column` wrote, to build a `Context` with; one this
    code lacks (a newer RoleCall's, read after a rollback) is left out."""
    if not text:
        return {}
    try:
        state = json.loads(text)
        if not isinstance(state, dict):
            return {}
        state = {name: _tuples(value) for name, value in state.items() if name in _STATE_KINDS}
    except (ValueError, RecursionError):  # cut short, edited by hand, nested past reading: no state
        return {}
    return {name: value for name, value in state.items() if _is_kind(value, *_STATE_KINDS[name])}


def _tuples(value):
    """JSON's lists as the tuples they were written from, nested ones too
    (a Context is hashable: answers are remembered by it)."""
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _is_kind(value, kinds: tuple, item: type | None) -> bool:
    """Whether `value` is what the field holds: one of its types, a tuple's
    items of the type the field's annotation names, and hashable all through
    (a JSON object inside a list is not: a Context is a key)."""
    if type(value) not in kinds or item is not None and not all(isinstance(v, item) for v in value):
        return False
    try:
        hash(value)
    except TypeError:
        return False
    return True


def load_context(store: Store, key: str, ttl: timedelta) -> Context | None:
    store.prepare()
    try:
        row = _load(store.engine).first(store.engine, {"key": key})
    except ValueError:
        # A time SQLite keeps as text, edited by hand: the row is read as
        # expired, and goes, or the next answer would move it to earlier_at.
        with store.engine.begin() as conn:
            conn.execute(_FORGET, {"key": key})
        return None
    if row is None:
        return None
    if utcnow() - row.updated_at > ttl:
        # Only the expired row: another process may have just renewed it.
        with store.engine.begin() as conn:
            conn.execute(_EXPIRE, {"key": key, "cutoff": utcnow() - ttl})
        return None
    return _context(row, ttl)


def load_contexts(store: Store, keys, ttl: timedelta) -> dict[str, Context | None]:
    """`load_context` of each of `keys`, read together: one SELECT … WHERE
    key IN (…) for up to MANY_AT_ONCE keys (the web process reads the
    contexts of the questions that arrived meanwhile in one go)."""
    store.prepare()
    keys = list(dict.fromkeys(keys))
    read: dict[str, Context | None] = dict.fromkeys(keys)
    for start in range(0, len(keys), MANY_AT_ONCE):
        some = keys[start:start + MANY_AT_ONCE]
        size = _SIZES[bisect_left(_SIZES, len(some))]
        select_many = _load_many(store.engine, size)
        try:  # padded with its first key to the statement's size: a few statements serve every lot
            rows = select_many.rows(store.engine, {f"k{i}": some[i] if i < len(some) else some[0]
                                                   for i in range(size)})
        except ValueError:  # a time edited by hand (see `load_context`): each key on its own
            read.update((key, load_context(store, key, ttl)) for key in some)
            continue
        now = utcnow()
        expired = [{"key": row.key, "cutoff": now - ttl} for row in rows if now - row.updated_at > ttl]
        if expired:
            with store.engine.begin() as conn:
                conn.execute(_EXPIRE, expired)
        read.update((row.key, _context(row, ttl)) for row in rows if now - row.updated_at <= ttl)
    return read


def _context(row, ttl: timedelta) -> Context:
    earlier = ()
    if row.earlier_at is not None and utcnow() - row.earlier_at <= ttl:
        earlier = _ids(row.earlier_role_ids)
    return Context(role_ids=_ids(row.role_ids), intent=row.intent, earlier_role_ids=earlier,
                   **_from_state_column(row.state))


def _ids(text: str | None) -> tuple[int, ...]:
    """The role ids written as "3,1"; none when the column holds anything
    else (edited by hand), as for a state this code cannot read."""
    try:
        return tuple(int(part) for part in (text or "").split(",") if part)
    except ValueError:
        return ()


def save_context(store: Store, key: str, context: Context) -> None:
    """Remember what the conversation `key` is now about."""
    store.prepare()
    with store.engine.begin() as conn:
        save_contexts(conn, [context_row(key, context)])


def context_row(key: str, context: Context) -> dict:
    """The row `save_contexts` writes for `context` (stamped when written)."""
    return {"key": key, "role_ids": ",".join(str(i) for i in context.role_ids), "intent": context.intent,
            "state": _state_column(context)}


def save_contexts(conn: Connection, rows: list[dict]) -> None:
    """Write context rows (`context_row`) in the caller's transaction: one
    upsert statement for all of them where the database has one (see
    `upsert`), else an UPDATE and, for a new key, an INSERT per row."""
    if not rows:
        return
    rows = list(_one_per_key(rows).values())
    now = utcnow()  # one time for the lot: written together, and converted once
    upsert = _upsert(conn.engine)
    if upsert is not None:
        upsert.execute(conn, [(row["key"], row["role_ids"], row["intent"], row["state"], now) for row in rows])
        return
    for row in rows:
        row = {**row, "updated_at": now}
        if (old := conn.execute(_STATE_OF, {"key": row["key"]}).first()) is not None:
            row["state"] = merged_state(old.state, row["state"])  # no JSON merge in SQL here
        if not conn.execute(_UPDATE, {"row_key": row["key"], **{name: row[name] for name in _SAVED}}).rowcount:
            conn.execute(_TABLE.insert(), row)


def _one_per_key(rows: list[dict]) -> dict[str, dict]:
    """The rows of a lot, one per conversation: a later one written over an earlier."""
    merged: dict[str, dict] = {}
    for row in rows:
        if (before := merged.get(row["key"])) is not None:
            row = {**row, "state": merged_state(before["state"], row["state"])}
        merged[row["key"]] = row
    return merged


def _load(engine: Engine) -> PlainSelect:
    """The context's SELECT for this database, compiled once."""
    dialect = (engine.dialect.name, engine.dialect.driver, engine.dialect.paramstyle)
    if dialect not in _loads:
        _loads[dialect] = PlainSelect(engine, _LOAD)
    return _loads[dialect]


def _load_many(engine: Engine, size: int) -> PlainSelect:
    """The contexts' SELECT of `size` keys for this database, compiled once."""
    dialect = (engine.dialect.name, engine.dialect.driver, engine.dialect.paramstyle, size)
    if dialect not in _loads:
        _loads[dialect] = PlainSelect(engine, select(_TABLE.c["key"], *_LOAD.selected_columns).where(
            _TABLE.c["key"].in_([bindparam(f"k{i}") for i in range(size)])))
    return _loads[dialect]


def _upsert(engine: Engine) -> BulkStatement | None:
    """INSERT … ON CONFLICT (key) DO UPDATE for this database, built once."""
    dialect = (engine.dialect.name, engine.dialect.driver, engine.dialect.paramstyle)
    if dialect not in _upserts:
        insert = conflict_insert(engine, _TABLE)
        if insert is not None:
            # A new conversation has no earlier roles; written as SQL text, not
            # a parameter, so the rows need not carry it.
            insert = insert.values({**{name: bindparam(name) for name in ("key", *_SAVED)},
                                    "earlier_role_ids": literal_column("''")})
            insert = insert.on_conflict_do_update(
                index_elements=[_TABLE.c["key"]],
                set_={**_moved_aside(insert.excluded.role_ids), **{name: insert.excluded[name] for name in _SAVED},
                      "state": _merged_column(engine, _TABLE.c.state, insert.excluded.state)})
            insert = BulkStatement(engine, insert, ("key", *_SAVED))
        _upserts[dialect] = insert
    return _upserts[dialect]

