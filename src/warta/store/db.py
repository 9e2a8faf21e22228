"""Opening a store: the engine for a database URL, SQLite's pragmas and write locking, and the
Alembic migrations (shipped in the package) applied on open.

SQLite runs in WAL mode; a write transaction starts with `BEGIN IMMEDIATE`, so concurrent
writers queue on the lock (with a busy timeout) instead of failing on upgrade, while readers
start a plain `BEGIN` and never wait for writers. On PostgreSQL each
write transaction takes one advisory lock: articles are stored one at a time, so the stories and
claims they join are never raced.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///warta.db"
MIGRATIONS = Path(__file__).parent / "migrations"
WRITE_LOCK = 0x77617274  # 'wart': the advisory lock id of PostgreSQL writers
BUSY_TIMEOUT_MS = 60_000
WRITER = "warta_writer"  # the execution option of connections that write


def database_url(url: str | None = None) -> str:
    """The URL given, else `WARTA_DB`, else `sqlite:///warta.db`; `postgresql://` uses psycopg 3."""
    url = url or os.environ.get("WARTA_DB") or DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" below issues BEGIN itself
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITER)
                             else "BEGIN")

    return engine


@dataclass
class Store:
    """An open store: its engine and session factories for reading and for writing."""

    engine: Engine
    sessions: sessionmaker[Session]
    writers: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction, committed on success, rolled back on error."""
        with self.writers.begin() as session:
            if self.dialect == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading."""
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        """Release the engine's connections."""
        self.engine.dispose()


def migrate(engine: Engine) -> None:
    """Bring the database's schema to the newest migration."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.execution_options(**{WRITER: True}).connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_store(url: str | None = None) -> Store:
    """Open (and create or upgrade) the store at `url` (see `database_url`)."""
    url = database_url(url)
    engine = _sqlite_engine(url) if url.startswith("sqlite") else create_engine(url)
    migrate(engine)
    return Store(engine, sessionmaker(engine, expire_on_commit=False),
                 sessionmaker(engine.execution_options(**{WRITER: True}), expire_on_commit=False))
