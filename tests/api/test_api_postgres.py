"""The API on PostgreSQL (the server at `WARTA_TEST_PG`, as `.ci/run` starts it) answers as on
SQLite, up to the backends' own search scores and unordered lists."""
from __future__ import annotations

import os
import uuid
from typing import Iterator

import pytest
from fastapi.testclient import TestClient
from seeded import seed
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from warta.api import Settings, create_app
from warta.store import database_url

PG = os.environ.get("WARTA_TEST_PG")
pytestmark = pytest.mark.skipif(not PG, reason="no PostgreSQL: WARTA_TEST_PG is unset (.ci/run sets it)")
API = "/api/v1"


@pytest.fixture(scope="module")
def pg_client() -> Iterator[TestClient]:
    admin = create_engine(database_url(PG), isolation_level="AUTOCOMMIT")
    name = f"warta_api_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = make_url(database_url(PG)).set(database=name).render_as_string(hide_password=False)
    try:
        with TestClient(create_app(Settings(db=seed(url), api_key="k"))) as c:
            yield c
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


def _get(c: TestClient, path: str, **params) -> dict:
    response = c.get(API + path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_reads_on_postgresql_as_on_sqlite(pg_client, client):
    for c in (pg_client, client):
        hits = _get(c, "/search", q="Korea Utara")
        assert hits["count"] == 3 and all("**Korea**" in h["snippet"] for h in hits["data"])
    assert {h["article"] for h in _get(pg_client, "/search", q="Korea Utara")["data"]} == \
        {h["article"] for h in _get(client, "/search", q="Korea Utara")["data"]}
    for path, params in [("/search/counts", {"q": "Korea Utara"}), ("/claims", {}),
                         ("/entities/Korut/timeline", {}), ("/articles/sindonews-kursk", {}),
                         ("/stories", {})]:
        assert _get(pg_client, path, **params) == _get(client, path, **params), path
    pg, lite = _get(pg_client, "/entities/Korut"), _get(client, "/entities/Korut")
    assert {k: pg[k] for k in ("name", "aliases", "mentions_per_month", "articles")} == \
        {k: lite[k] for k in ("name", "aliases", "mentions_per_month", "articles")}
    assert sorted(pg_client.get(f"{API}/export").text.splitlines()) == \
        sorted(client.get(f"{API}/export").text.splitlines())


def test_ingest_on_postgresql_with_the_key(pg_client):
    record = {"id": "pg-1", "text": "Banjir surut di Bekasi Timur.", "outlet": "contoh"}
    assert pg_client.post(f"{API}/ingest", json={"records": [record]}).status_code == 401
    result = pg_client.post(f"{API}/ingest", json={"records": [record]}, headers={"X-API-Key": "k"})
    assert result.json()["added"] == 1
    assert _get(pg_client, "/search", q="banjir surut")["data"][0]["article"] == "pg-1"
