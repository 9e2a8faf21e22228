"""The read API (`warta.store.queries`) and the store's commands, on both backends."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from handmade import novanto_records
from typer.testing import CliRunner

from warta.cli import app
from warta.store import queries, store_records


@pytest.fixture
def filled(store, gold_records):
    store_records(list(gold_records.values()) + novanto_records(), store)
    return store


def test_search_stems_words_and_highlights(filled):
    hits = queries.search(filled, "tuduhan senjata kimia")
    assert [h["article"] for h in hits] == ["indosum-1491426738"]
    assert set(hits[0]) == {"article", "title", "outlet", "published", "snippet", "score"}
    assert "**kimia**" in hits[0]["snippet"]
    # 'menyerang' is not in the text: its stem 'serang' finds 'serangan' and 'diserang'
    hits = queries.search(filled, "menyerang Suriah")
    assert [h["article"] for h in hits] == ["indosum-1491426738"]
    assert "**serangan**" in hits[0]["snippet"] or "**diserang**" in hits[0]["snippet"]


def test_search_entity_names_are_not_stemmed(filled):
    # the stemmer would cut 'Diansyah' to 'ansyah' and 'Selatan' to 'selat' (strait)
    assert [h["article"] for h in queries.search(filled, "Diansyah")] == ["indosum-1513845402"]
    assert queries.search(filled, "ansyah") == []
    assert "indosum-1498846500" in [h["article"] for h in queries.search(filled, "Korea Selatan")]
    assert "indosum-1498846500" not in [h["article"] for h in queries.search(filled, "selat")]
    assert queries.search(filled, "kata yang tidak ada di mana pun") == []


def test_search_filters_and_counts(filled):
    hits = queries.search(filled, "proyek e-KTP", since=date(2017, 7, 18), until=date(2017, 12, 31))
    assert {h["article"] for h in hits} == {"ektp-2", "ektp-3", "ektp-other-man", "indosum-1513845402"}
    assert {h["article"] for h in queries.search(filled, "proyek e-KTP", outlet="cnn indonesia")} \
        == {"ektp-1", "ektp-other-man"}
    counts = queries.search_counts(filled, "proyek e-KTP", "month")
    july = {r["outlet"]: r for r in counts if r["period"] == "2017-07"}
    assert july["*"]["matches"] == 3 and july["*"]["articles"] == 4
    assert july["*"]["share"] == 0.75 and july["CNN Indonesia"]["share"] == 1.0
    weeks = {r["period"] for r in queries.search_counts(filled, "proyek e-KTP", "week")}
    assert "2017-W29" in weeks


def test_entity_aliases_months_cooccurrence_quotes(filled):
    korut = queries.entity(filled, "Korut")
    assert korut["name"] == "North Korea"
    assert {"Korea Utara", "Korut"} <= {a["text"] for a in korut["aliases"]}
    assert korut["mentions_per_month"]["2025-04"] == 8
    assert "Korean Central News Agency" in [c["name"] for c in korut["cooccurring"]]
    kcna = queries.entity(filled, "KCNA")
    assert kcna["quotes_by"] and all(q["speaker"] == "Korean Central News Agency"
                                     for q in kcna["quotes_by"])
    assert any("Korea Utara" in q["text"] for q in korut["quotes_about"])
    assert queries.entity(filled, "Tidak Ada Orang Ini") is None


def test_stories_shape(filled):
    stories = queries.stories(filled, since=date(2025, 1, 1))
    assert [s["articles"] for s in stories] == [["sindonews-kursk"]]
    assert set(stories[0]) == {"id", "title", "start", "end", "articles"}


def test_export_event_table(filled):
    rows = list(queries.event_rows(filled))
    mobilize = next(r for r in rows if r["article"] == "sindonews-kursk" and r["type"] == "MOBILIZE")
    assert (mobilize["actor1_country"], mobilize["actor2_country"]) == ("PRK", "UKR")
    assert mobilize["claim_status"] == "confirmed" and "pengerahan" in mobilize["sentence"]


runner = CliRunner()


def test_cli_store_commands(store_url, gold_records, tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in gold_records.values()), encoding="utf-8")
    db = ["--db", store_url]
    result = runner.invoke(app, ["ingest", str(records), "--records", *db])
    assert result.exit_code == 0, result.output
    assert "6 added" in result.output
    assert "6 unchanged" in runner.invoke(app, ["ingest", str(records), "--records", *db]).output

    found = json.loads(runner.invoke(app, ["search", "pengerahan tentara", "--format", "json", *db]).stdout)
    assert found[0]["article"] == "sindonews-kursk"
    table = runner.invoke(app, ["claims", "--entity", "North Korea", "--status", "confirmed", *db])
    assert "MOBILIZE" in table.stdout and "confirmed" in table.stdout
    claim_id = json.loads(runner.invoke(app, ["claims", "--status", "confirmed", "--format", "json",
                                              *db]).stdout)[0]["id"]
    shown = runner.invoke(app, ["claim", str(claim_id), *db]).stdout
    assert shown.index("allege") < shown.index("no_comment") < shown.index("confirm ")
    counts = runner.invoke(app, ["search", "Korea Utara", "--counts", "month", "--format", "csv", *db])
    rows = list(csv.DictReader(io.StringIO(counts.stdout)))
    assert {"period", "outlet", "matches", "articles", "share"} == set(rows[0])
    assert runner.invoke(app, ["entity", "KCNA", *db]).stdout.startswith("name: Korean Central")
    assert runner.invoke(app, ["claim", "999", *db]).exit_code == 1
    assert runner.invoke(app, ["claims", "--status", "rumoured", *db]).exit_code == 2

    out = tmp_path / "events.parquet"
    assert runner.invoke(app, ["export", "--format", "parquet", "--table", "events", "-o", str(out),
                               *db]).exit_code == 0
    import pyarrow.parquet as pq
    assert "MOBILIZE" in pq.read_table(out).column("type").to_pylist()
    exported = runner.invoke(app, ["export", *db]).stdout.splitlines()
    assert {json.loads(line)["id"] for line in exported} == set(gold_records)


def test_search_stems_as_postgres_indonesian_config(store, gold_records):
    """The Python stemmer is the algorithm of PostgreSQL's `indonesian` configuration: on the
    words of a real article both give the same stems."""
    if store.dialect != "postgresql":
        pytest.skip("compares with PostgreSQL's own stemmer")
    from sqlalchemy import text as sql

    from warta.store.text import stem, words

    vocabulary = sorted({w.group().lower() for w in words(gold_records["sindonews-kursk"]["text"])
                         if w.group().isalpha()})
    with store.read() as session:
        theirs = [session.execute(sql("SELECT ts_lexize('indonesian_stem', :w)"), {"w": w}).scalar()
                  for w in vocabulary]
    assert [t[0] if t else w for t, w in zip(theirs, vocabulary)] == [stem(w) for w in vocabulary]
