"""RoleCall's Alembic migrations: `env.py`, the revision template and
`versions/`. Applied by `knowledge.schema`; README.md says how to add one."""
