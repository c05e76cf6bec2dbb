"""Alembic environment: runs on the connection the desk hands over, in its transaction."""

from alembic import context

from rescue_desk.domain.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the desk's own upgrade runs migrations
    raise RuntimeError("Migrations run through rescue_desk.store.migrate, not the alembic command.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    # The desk's SQLite connections begin real transactions, so DDL rolls back with the rest.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
