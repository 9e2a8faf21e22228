"""Alembic environment: runs on the connection `warta.store.db.migrate` hands over, holding the
writers' lock (SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock) so that two processes
opening a new database at once do not both create it."""
from __future__ import annotations

from alembic import context
from sqlalchemy import text

from warta.store.db import WRITE_LOCK
from warta.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
    context.run_migrations()
