"""The queries added for the HTTP API: a page of search hits with the total, one article,
one story; on both backends."""
from __future__ import annotations

from datetime import date

from handmade import kursk_before

from warta.store import queries, store_records


def test_search_page_is_a_slice_of_search_with_the_total(store, gold_records):
    store_records(list(gold_records.values()) + kursk_before(), store)
    everything = queries.search(store, "Korea Utara", limit=100)
    assert len(everything) >= 3
    for offset in range(len(everything) + 1):
        hits, count = queries.search_page(store, "Korea Utara", limit=2, offset=offset)
        assert count == len(everything)
        assert hits == everything[offset:offset + 2]
    hits, count = queries.search_page(store, "Korea Utara", since=date(2025, 1, 1))
    assert count == len(hits) == len(queries.search(store, "Korea Utara", since=date(2025, 1, 1)))
    assert queries.search_page(store, "kata yang tidak ada di mana pun") == ([], 0)


def test_article_gives_the_record_story_and_claims_of_its_events(store, gold_records):
    store_records([gold_records["sindonews-kursk"], *kursk_before()], store)
    kursk = queries.article(store, "sindonews-kursk")
    assert kursk["record"] == gold_records["sindonews-kursk"]
    assert kursk["duplicate_of"] is None and isinstance(kursk["story"], int)
    claim = next(c for c in queries.claims(store, entity="North Korea") if c["type"] == "MOBILIZE")
    assert queries.article(store, "kursk-alleged")["claims"] == {0: claim["id"]}
    assert claim["id"] in kursk["claims"].values()
    assert queries.article(store, "no-such-article") is None


def test_story_lists_its_articles_in_order(store, gold_records):
    store_records(list(gold_records.values()), store)
    for summary in queries.stories(store):
        story = queries.story(store, summary["id"])
        assert [a["id"] for a in story["articles"]] == summary["articles"]
        assert {k: story[k] for k in ("id", "title", "start", "end")} == \
            {k: summary[k] for k in ("id", "title", "start", "end")}
        assert set(story["articles"][0]) == {"id", "title", "outlet", "published"}
    assert queries.story(store, 999_999) is None


def test_entity_timeline_in_order_of_date_with_claims(store, gold_records):
    store_records([gold_records["sindonews-kursk"], *kursk_before()], store)
    steps = queries.entity_timeline(store, "Korea Utara")
    assert steps == queries.entity_timeline(store, "north korea")
    assert [s["when"] for s in steps] == sorted(s["when"] for s in steps)
    first = steps[0]
    assert (first["article"], first["outlet"], first["type"]) == ("kursk-alleged", "CNN Indonesia", "MOBILIZE")
    assert first["role"] == "source" and first["target"]["name"] == "Ukraine"
    assert first["sentence"].startswith("Intelijen Ukraina menuding")
    claim = next(c for c in queries.claims(store, entity="North Korea") if c["type"] == "MOBILIZE")
    assert (first["claim"], first["claim_status"]) == (claim["id"], claim["status"])
    assert "sindonews-kursk" in {s["article"] for s in steps}
    later = queries.entity_timeline(store, "North Korea", since=date(2025, 1, 1))
    assert {s["article"] for s in later} == {"sindonews-kursk"}
    assert {s["type"] for s in queries.entity_timeline(store, "North Korea", type="MOBILIZE")} == {"MOBILIZE"}
    ukraine = queries.entity_timeline(store, "Ukraine", until=date(2024, 12, 31))
    assert [s["role"] for s in ukraine] == ["target", "target"]
    assert queries.entity_timeline(store, "Atlantis Raya") is None
