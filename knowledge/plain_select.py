"""A SELECT the web process runs on many questions, through the
driver's own cursor: a SQLAlchemy `Connection` and its result cost several
times SQLite's work for a keyed read of one row (figures in bench/README.md,
issue 20). Compiled once per dialect by SQLAlchemy, so the SQL, parameter
style and column conversions stay its own; only the execution is done here.
A driver error goes the usual way instead, so that the store's error
handling (`StoreUnavailable`) applies as to every other statement."""

from collections import namedtuple

from sqlalchemy.engine import Engine
from sqlalchemy.sql import Select


class PlainSelect:
    """`statement` (a SELECT of columns, with bound parameters) for the
    dialect of `engine`; `first` gives its first row, or None, and `rows`
    all of them, on any engine of that dialect."""

    def __init__(self, engine: Engine, statement: Select):
        dialect = engine.dialect
        compiled = statement.compile(dialect=dialect)
        self._statement = statement
        self.sql = str(compiled)
        names = list(compiled.positiontup) if compiled.positional else list(compiled.binds)
        self._names, self._positional = names, compiled.positional
        self._bind = {name: processor for name in names
                      if (processor := compiled.binds[name].type.bind_processor(dialect)) is not None}
        columns = list(statement.selected_columns)
        self._row = namedtuple("Row", [column.key for column in columns])
        self._convert = [(i, processor) for i, column in enumerate(columns)
                         if (processor := column.type.dialect_impl(dialect).result_processor(dialect, None))]

    def first(self, engine: Engine, params: dict):
        """The first row for `params`, as `rows` gives them, or None."""
        return next(iter(self.rows(engine, params)), None)

    def rows(self, engine: Engine, params: dict) -> list:
        """Every row for `params` (named by the statement's bound parameters),
        its columns as SQLAlchemy would convert them."""
        try:
            fetched = self._fetch(engine, params)
        except engine.dialect.loaded_dbapi.Error:
            with engine.connect() as conn:  # raises what the store makes of the error
                return conn.execute(self._statement, params).all()
        return [self._converted(values) for values in fetched]

    def _converted(self, values):
        if self._convert:
            values = list(values)
            for i, processor in self._convert:
                values[i] = processor(values[i])
        return self._row(*values)

    def _fetch(self, engine: Engine, params: dict):
        connection = engine.raw_connection()  # from the pool, given back (rolled back) on close
        try:
            cursor = connection.cursor()
            try:
                values = [params[name] for name in self._names]
                for i, name in enumerate(self._names):
                    if name in self._bind and values[i] is not None:
                        values[i] = self._bind[name](values[i])
                cursor.execute(self.sql, tuple(values) if self._positional else dict(zip(self._names, values)))
                return cursor.fetchall()
            finally:
                cursor.close()
        finally:
            connection.close()
