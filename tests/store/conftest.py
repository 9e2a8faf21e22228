"""Store fixtures: a fresh store on SQLite and on PostgreSQL, records with events and stances.

PostgreSQL: the server at `WARTA_TEST_PG` (as `.ci/run` starts it), else a throwaway cluster
started here with `scripts/pg_tmp.sh`; tests on PostgreSQL are skipped, saying why, when
neither works. Each test gets its own database.
"""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from warta.store import Store, database_url, open_store

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
PG_SCRIPT = ROOT / "scripts" / "pg_tmp.sh"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str | None]:
    """The URL of a PostgreSQL server to create test databases in, or None with a reason."""
    if os.environ.get("WARTA_TEST_PG"):
        yield os.environ["WARTA_TEST_PG"]
        return
    where = tempfile.mkdtemp(prefix="warta-pg-")
    started = subprocess.run([str(PG_SCRIPT), "start", where], capture_output=True, text=True)
    if started.returncode:
        pytest.pg_skip_reason = started.stderr.strip() or "could not start PostgreSQL"
        yield None
        return
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([str(PG_SCRIPT), "stop", where], capture_output=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path: Path) -> Iterator[str]:
    """A new, empty database's URL, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'warta.db'}"
        return
    server = request.getfixturevalue("pg_server")
    if server is None:
        pytest.skip("no PostgreSQL server (set WARTA_TEST_PG or install postgresql): "
                    + getattr(pytest, "pg_skip_reason", ""))
    admin = create_engine(database_url(server), isolation_level="AUTOCOMMIT")
    name = f"warta_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield make_url(database_url(server)).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An opened (migrated) empty store."""
    opened = open_store(store_url)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def gold_records() -> dict[str, dict[str, Any]]:
    """Records made from gold files (scripts/gold_records.py), by id: the Kursk article and five
    IndoSum articles, with the gold's events and stances."""
    lines = (DATA / "gold_records.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, lines)}

