"""Two ingests at once lose nothing; a killed ingest leaves every stored article whole."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select, text

from warta.store import open_store, store_records
from warta.store.models import Article, Mention

CLI = "from warta.cli import main; main()"


def _copies(gold_records: dict, n: int) -> list[dict]:
    """`n` distinct articles made from the gold records (new ids, URLs and a numbered lead)."""
    base = list(gold_records.values())
    out = []
    for i in range(n):
        r = base[i % len(base)]
        lead = f"Laporan {i}. "
        shift = len(lead)
        out.append({**r, "id": f"copy-{i}", "url": f"https://example.com/{i}", "text": lead + r["text"],
                    "entities": [{**e, "start": e["start"] + shift, "end": e["end"] + shift}
                                 for e in r["entities"]],
                    "times": [], "quotes": [], "events": [], "stances": []})
    return out


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _ingest(path: Path, url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CLI, "ingest", str(path), "--records", "--db", url],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _assert_whole(store, records: dict[str, dict]) -> int:
    """Every stored article has all its mentions and its full-text row; the number stored."""
    with store.read() as session:
        stored = session.scalars(select(Article.id)).all()
        mentions = dict(session.execute(select(Mention.article_id, func.count())
                                        .group_by(Mention.article_id)).all())
        indexed = set(session.execute(text("SELECT article_id FROM article_fts")).scalars())
    for aid in stored:
        assert mentions.get(aid, 0) == len(records[aid]["entities"]), aid
    assert indexed == set(stored)
    return len(stored)


def test_store_two_ingests_at_once_lose_nothing(store_url, gold_records, tmp_path):
    records = _copies(gold_records, 40)
    open_store(store_url).close()  # both processes find the schema in place
    a = _ingest(_write(tmp_path / "a.jsonl", records[:30]), store_url)
    b = _ingest(_write(tmp_path / "b.jsonl", records[10:]), store_url)
    outputs = [p.communicate(timeout=120) for p in (a, b)]
    assert [p.returncode for p in (a, b)] == [0, 0], outputs
    added = sum(int(err.split("warta: ")[-1].split(" added")[0]) for _, err in outputs)
    assert added == 40  # the 20 records both had were added once, found unchanged once
    store = open_store(store_url)
    assert _assert_whole(store, {r["id"]: r for r in records}) == 40


def test_store_killed_ingest_leaves_db_consistent(store_url, gold_records, tmp_path):
    records = _copies(gold_records, 150)
    path = _write(tmp_path / "many.jsonl", records)
    store = open_store(store_url)
    proc = _ingest(path, store_url)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with store.read() as session:
            if session.scalar(select(func.count(Article.id))) >= 5:
                break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    by_id = {r["id"]: r for r in records}
    stored = _assert_whole(store, by_id)
    assert 5 <= stored < 150
    if store.dialect == "sqlite":
        with store.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    summary = store_records(records, store)
    assert (summary.added, summary.unchanged) == (150 - stored, stored)
    assert _assert_whole(store, by_id) == 150


def test_store_reads_do_not_wait_for_a_writer(store, gold_records):
    store_records([gold_records["sindonews-kursk"]], store)
    with store.write() as writing:
        writing.execute(text("DELETE FROM article_fts"))  # holds the write lock, uncommitted
        start = time.monotonic()
        with store.read() as session:
            assert session.execute(text("SELECT count(*) FROM article_fts")).scalar() == 1
        assert time.monotonic() - start < 5
        writing.rollback()
