"""Storing records: idempotency, revisions, URL keys, layers with provenance."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from warta.store import ingest, open_store, queries, store_records
from warta.store.models import Article, Event, Mention, Quote, Revision, Stance, Time
from warta.store.text import url_key

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "warta" / "samples"


@pytest.mark.parametrize("url,key", [
    ("https://www.antaranews.com/berita/656545/raja-saudi?utm_source=topnews&utm_medium=home",
     "antaranews.com/berita/656545/raja-saudi"),
    ("http://m.detik.com/news/d-123/judul/amp?page=2#komentar", "detik.com/news/d-123/judul?page=2"),
    ("https://amp.kompas.com/nasional/read/2017/07/17/berita.amp", "kompas.com/nasional/read/2017/07/17/berita"),
    ("https://www.cnnindonesia.com/internasional/2017-abc/?fbclid=XYZ&b=2&a=1",
     "cnnindonesia.com/internasional/2017-abc?a=1&b=2"),
    ("HTTPS://Mobile.Suara.com/news/2018/02/26/x/", "suara.com/news/2018/02/26/x"),
    (None, None),
])
def test_store_url_key(url, key):
    assert url_key(url) == key


def _count(store, table) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(table))


def test_store_ingest_twice_changes_nothing(store, gold_records):
    records = list(gold_records.values())
    first = store_records(records, store)
    assert (first.added, first.unchanged) == (len(records), 0)
    counts = [_count(store, t) for t in (Article, Mention, Time, Quote, Event, Stance)]
    second = store_records(records, store)
    assert (second.added, second.replaced, second.unchanged) == (0, 0, len(records))
    assert [_count(store, t) for t in (Article, Mention, Time, Quote, Event, Stance)] == counts
    assert _count(store, Revision) == 0


def test_store_changed_page_replaces_and_keeps_revision(store, gold_records):
    record = gold_records["indosum-1513845402"]
    store_records([record], store)
    corrected = {**record, "id": "kumparan-koreksi", "published": "2017-12-22T09:00:00+07:00",
                 "url": record["url"].replace("https://", "http://m.") + "?utm_source=twitter",
                 "text": record["text"].replace("KPK memastikan", "KPK menegaskan"),
                 "entities": record["entities"][1:]}
    assert store_records([corrected], store).replaced == 1
    # the old version arriving again (a second copy in the inputs) is known: nothing changes
    assert store_records([record, corrected], store).unchanged == 2
    with store.read() as session:
        article = session.get(Article, record["id"])  # the page keeps its identity
        assert article.text.startswith("KPK menegaskan") and article.published.startswith("2017-12-22")
        revision = session.scalars(select(Revision)).one()
        assert revision.published == record["published"] and revision.article_id == record["id"]
        assert revision.content_hash != article.content_hash
        assert session.scalar(select(func.count(Mention.id))) == len(record["entities"]) - 1


def test_store_layers_keep_provenance(store, gold_records):
    record = gold_records["sindonews-kursk"]
    store_records([record], store)
    with store.read() as session:
        quote = session.scalars(select(Quote).where(Quote.speaker == "Korean Central News Agency")
                                .order_by(Quote.start)).first()
        assert record["text"][quote.start:quote.end] == quote.text
        event = session.scalars(select(Event).where(Event.type == "MOBILIZE")).one()
        assert event.trigger_text == "pengerahan" and event.location == "Kursk Oblast"
        assert record["text"][event.sentence_start:event.sentence_end].startswith("Korea Utara (Korut)")
        time = session.scalars(select(Time).where(Time.text == "Sabtu pekan lalu")).one()
        assert time.value == "2025-04-26"


def test_store_open_applies_migrations_once(store_url, gold_records):
    assert store_records([gold_records["sindonews-kursk"]], store_url).added == 1  # a URL will do
    store = open_store(store_url)  # a second open finds the schema current
    with store.read() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    store.close()


def test_store_ingest_analyses_pages(tmp_path, page_file):
    store = open_store(f"sqlite:///{tmp_path / 'warta.db'}")
    assert ingest([str(page_file), str(tmp_path / "missing.txt")], store).added == 1
    assert ingest([str(page_file)], store).unchanged == 1
    hits = queries.search(store, "banjir rendam")
    assert [h["article"] for h in hits] == ["kabarkita-banjir"]
    assert "**Banjir**" in hits[0]["snippet"] and hits[0]["published"].startswith("2025-02-04")
    assert queries.entity(store, "BPBD")["name"]


def test_store_ingest_reports_unread_files_without_counting_them_failed(tmp_path, page_file):
    """A directory with files warta does not read (gold JSON beside the inputs) gives their
    W003 warnings, not failures with no message."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "gold.json").write_text("{}", encoding="utf-8")
    (inputs / page_file.name).write_bytes(page_file.read_bytes())
    reported = []
    summary = ingest([str(inputs)], open_store(f"sqlite:///{tmp_path / 'warta.db'}"),
                     on_error=reported.append)
    assert (summary.added, summary.failed) == (1, [])
    assert [str(w)[:6] for o in reported for w in o.warnings] == ["[W003]"]


def test_store_bad_record_is_reported_and_others_go_on(store, gold_records):
    broken = {**gold_records["indosum-1505169310"], "id": "rusak"}
    del broken["text"]
    summary = store_records([broken, gold_records["indosum-1498846500"]], store)
    assert summary.added == 1 and len(summary.failed) == 1
    assert summary.failed[0].startswith("[E070] rusak: not stored: KeyError")
    assert _count(store, Article) == 1


def test_store_migrations_match_models(store):
    """The migrations build exactly the tables of `warta.store.models` (plus the full-text
    index, which only the migrations know)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from warta.store.models import Base

    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diffs if not (d[0] == "remove_table" and d[1].name.startswith("article_fts"))
            and not (d[0] == "remove_index" and d[1].table.name.startswith("article_fts"))] == []


def test_store_ingest_with_workers_stores_what_a_serial_ingest_does(tmp_path, page_file):
    serial = open_store(f"sqlite:///{tmp_path / 'serial.db'}")
    parallel = open_store(f"sqlite:///{tmp_path / 'parallel.db'}")
    inputs = [str(page_file), str(SAMPLES / "sindonews-kursk.txt")]
    assert ingest(inputs, serial).added == 2
    assert ingest(inputs, parallel, workers=2).added == 2
    assert [r for r in queries.records(parallel)] == [r for r in queries.records(serial)]
