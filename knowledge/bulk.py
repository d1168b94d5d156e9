"""Statements the web process runs for many rows at once, handed to the
database driver's own `executemany`.

Every question leaves a conversation context and a question-log row, written
by `knowledge.effects` many at a time. For such a lot SQLAlchemy spends more
on each row (building its parameters, looking up and applying each column's
type conversion) than the database spends storing it: on SQLite about
50 us of CPU per question against 20 us in all this way (issue 7), and that
CPU is taken from the event loop answering the next questions. A
`BulkStatement` is compiled once per dialect by SQLAlchemy, so the SQL text,
the driver's parameter style and the columns' conversions stay SQLAlchemy's;
only the per-row bookkeeping is done here, once per column instead of per
value.
"""

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql import Executable


class BulkStatement:
    """`statement` for `engine`'s dialect, taking rows as tuples in the
    order of `columns`."""

    def __init__(self, engine: Engine, statement: Executable, columns: tuple[str, ...]):
        dialect = engine.dialect
        compiled = statement.compile(dialect=dialect, column_keys=list(columns))
        self.sql = str(compiled)
        names = list(compiled.positiontup) if compiled.positional else list(compiled.binds)
        unknown = set(names) - set(columns)
        if unknown:
            raise ValueError(f"the statement takes {sorted(unknown)} too, which the rows do not give")
        # Where each parameter comes from in a row, and its type's conversion.
        self._names = names
        self._positions = [columns.index(name) for name in names]
        self._convert = [(i, processor) for i, name in enumerate(names)
                         if (processor := compiled.binds[name].type.bind_processor(dialect)) is not None]
        self._positional = compiled.positional

    def execute(self, conn: Connection, rows: list[tuple]) -> None:
        """Run the statement once per row, in `conn`'s transaction."""
        if not rows:
            return
        positions, convert = self._positions, self._convert
        params = []
        converted: dict[int, tuple] = {}  # column -> (last value, its conversion): a lot shares its times
        for row in rows:
            values = [row[p] for p in positions]
            for i, processor in convert:
                value = values[i]
                if value is not None:
                    last = converted.get(i)
                    if last is not None and last[0] is value:
                        values[i] = last[1]
                    else:
                        values[i] = processor(value)
                        converted[i] = (value, values[i])
            params.append(tuple(values) if self._positional else dict(zip(self._names, values)))
        conn.exec_driver_sql(self.sql, params)
