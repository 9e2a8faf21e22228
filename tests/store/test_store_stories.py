"""Near-duplicates and stories, decided as articles arrive."""
from __future__ import annotations

from datetime import date

import pytest
from handmade import kursk_before, novanto_records
from sqlalchemy import select

from warta.store import queries, store_records
from warta.store.models import Article


@pytest.fixture
def syndicated(gold_records) -> dict:
    """The Kursk article as another outlet republished it: new URL, id, outlet, a lightly
    edited lead and without its last paragraph."""
    kursk = gold_records["sindonews-kursk"]
    text = kursk["text"].replace("Korea Utara (Korut) akhirnya", "Korea Utara akhirnya")
    text = text[:text.rstrip().rfind("\n")]
    return {**kursk, "id": "okezone-kursk", "outlet": "okezone", "url": "https://okezone.com/k",
            "text": text, "entities": [], "times": [], "quotes": [], "events": [], "stances": []}


def test_duplicates_syndicated_copy_counted_once(store, gold_records, syndicated):
    store_records([gold_records["sindonews-kursk"], gold_records["indosum-1505169310"],
                   syndicated], store)
    with store.read() as session:
        marked = {a.id: a.duplicate_of for a in session.scalars(select(Article))}
    assert marked == {"sindonews-kursk": None, "indosum-1505169310": None,
                      "okezone-kursk": "sindonews-kursk"}
    counts = {r["outlet"]: r for r in queries.search_counts(store, "Kursk", "month")}
    assert counts["*"]["matches"] == 1 and counts["*"]["articles"] == 1
    assert counts["okezone"]["matches"] == 1 and counts["sindonews"]["matches"] == 1
    assert [s["articles"] for s in queries.stories(store, min_articles=2)] == \
        [["okezone-kursk", "sindonews-kursk"]]


def test_stories_cluster_a_development_and_keep_others_apart(store, gold_records):
    store_records(list(gold_records.values()) + novanto_records() + kursk_before(), store)
    stories = {tuple(s["articles"]) for s in queries.stories(store)}
    # the same week's e-KTP articles, and the Kursk reports of October 2024, are one story each
    assert ("ektp-1", "ektp-2") in stories
    assert ("kursk-alleged", "kursk-denied") in stories
    # the Kursk confirmation half a year later, and Novanto's party politics, are stories apart
    assert ("sindonews-kursk",) in stories and ("golkar-jokowi",) in stories
    # the December indictment report joins the KPK report of the same day
    assert ("ektp-3", "indosum-1513845402") in stories
    since = queries.stories(store, since=date(2018, 1, 1))
    assert [s["articles"] for s in since] == [["sindonews-kursk"], ["kursk-alleged", "kursk-denied"],
                                              ["ektp-4"]]
