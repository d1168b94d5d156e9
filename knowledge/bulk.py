"""Statements the web process runs for many rows at once, through the driver's own `executemany`:
SQLAlchemy's per-row bookkeeping cost more CPU than storing the row (figures in bench/README.md,
issue 7). Compiled once per dialect by SQLAlchemy, so the SQL, parameter style and type conversions
stay its own; only the per-row work is done here, once per column."""

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
