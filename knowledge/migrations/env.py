"""Alembic's entry point, run by `knowledge.schema` (and by the `alembic`
command, for writing a new revision).

RoleCall passes the connection it already holds, under the replicas'
advisory lock, in `config.attributes["connection"]`; there is no alembic.ini
and no URL here. The target metadata is the SQLModel tables of
`knowledge.models`, so autogenerate compares the database with the models.
"""

from alembic import context
from sqlmodel import SQLModel

from knowledge import models  # noqa: F401  (registers the tables)
from knowledge import schema

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("RoleCall's migrations run through knowledge.schema, which passes a connection; "
                           "see knowledge/migrations/README.md")
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        compare_type=True,
        include_name=schema.compared,
        include_object=schema.compared,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("RoleCall's migrations run online only, through `rolecall db upgrade`")
run()
