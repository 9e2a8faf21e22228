"""Claims across articles: merging events into propositions, and the status timeline."""
from __future__ import annotations

import pytest
from handmade import kursk_before, novanto_records

from warta.store import queries, store_records
from warta.store.claims import status_of


def _only(found: list[dict]) -> dict:
    assert len(found) == 1, [(c["type"], c["subject"], c["object"]) for c in found]
    return found[0]


def test_claims_kursk_timeline_allegation_no_comment_confirmation(store, gold_records):
    store_records([gold_records["sindonews-kursk"]], store)
    claim = _only([c for c in queries.claims(store, entity="North Korea") if c["type"] == "MOBILIZE"])
    assert claim["status"] == "confirmed"
    assert claim["subject"] == {"name": "North Korea", "country": "PRK"}
    assert claim["object"] == {"name": "Ukraine", "country": "UKR"}
    steps = [(s["stance"], s["holder"]["country"], s["date"]) for s in claim["stances"]]
    assert [s for s, _, _ in steps] == ["allege", "allege", "no_comment", "no_comment",
                                        "confirm", "confirm"]
    assert steps[-2:] == [("confirm", "RUS", "2025-04-26"), ("confirm", "PRK", "2025-04-28")]
    assert all(s["article"] == "sindonews-kursk" and s["outlet"] == "sindonews"
               and "pengerahan" in s["sentence"] for s in claim["stances"])
    assert queries.claim(store, claim["id"]) == claim


def test_claims_kursk_status_moves_as_articles_arrive(store, gold_records):
    alleged, denied = kursk_before()
    store_records([alleged], store)
    assert _only(queries.claims(store, entity="Korea Utara"))["status"] == "alleged"
    store_records([denied], store)
    assert _only(queries.claims(store, entity="North Korea"))["status"] == "disputed"
    store_records([gold_records["sindonews-kursk"]], store)
    claim = _only([c for c in queries.claims(store, entity="North Korea")
                   if c["type"] == "MOBILIZE"])
    assert claim["status"] == "confirmed"
    assert (claim["first_seen"], claim["last_seen"]) == ("2024-10-18", "2025-04-28")
    outlets = [(s["stance"], s["outlet"]) for s in claim["stances"]]
    assert outlets[:2] == [("allege", "CNN Indonesia"), ("deny", "antaranews")]
    assert outlets[-1] == ("confirm", "sindonews")
    assert claim["stances"][1]["sentence"].startswith("Kremlin menyebut laporan")


def test_claims_novanto_allegations_and_denials_one_claim_across_months(store):
    store_records(novanto_records(), store)
    claim = _only(queries.claims(store, entity="Setya Novanto", status="disputed"))
    assert claim["object"]["name"] == "Setya Novanto"
    assert (claim["first_seen"], claim["last_seen"]) == ("2017-07-17", "2018-01-05")
    # the accusations the denials answer count as their accusers' allegations
    assert [(s["stance"], s["holder"]["name"], s["article"]) for s in claim["stances"]] == [
        ("allege", "Corruption Eradication Commission", "ektp-1"),
        ("allege", "Corruption Eradication Commission", "ektp-2"),
        ("deny", "Setya Novanto", "ektp-2"),
        ("allege", "KPK prosecutors", "ektp-3"),
        ("allege", "KPK prosecutors", "ektp-4"),
        ("deny", "Setya Novanto", "ektp-4"),
    ]
    assert claim["stances"][2]["sentence"].startswith("Jakarta (ANTARA News) - Ketua DPR Setya")
    others = {c["object"]["name"]: c["status"] for c in queries.claims(store, entity="Setya Novanto")
              if c["id"] != claim["id"]}
    assert others == {"Joko Widodo": "asserted"}  # support for Jokowi: not the e-KTP claim
    narogong = _only(queries.claims(store, entity="Andi Narogong"))
    assert narogong["status"] == "alleged" and narogong["id"] != claim["id"]


def test_claims_compare_only_articles_published_near_each_other(store):
    """A denial published years after the charge starts a claim of its own: events are compared
    only with those of articles published within two years (a bounded cost per article)."""
    first, later = [r for r in novanto_records() if r["id"] in ("ektp-1", "ektp-2")]
    later = {**later, "id": "ektp-2-late", "published": "2020-07-18T11:00:00+07:00"}
    store_records([first, later], store)
    found = queries.claims(store, entity="Setya Novanto")
    # (published a day apart, the two are one disputed claim: the test above)
    assert sorted(c["status"] for c in found) == ["alleged", "disputed"]


def test_claims_replaced_article_leaves_its_claims(store):
    records = novanto_records()
    store_records(records[:2], store)
    changed = {**records[1], "text": records[1]["text"].replace("membantah", "membantah keras"),
               "stances": []}
    changed["events"][0]["trigger"] = None
    store_records([changed], store)
    claim = _only(queries.claims(store, entity="Setya Novanto"))
    assert claim["status"] == "alleged"
    assert {s["stance"] for s in claim["stances"]} == {"allege"}   # the denial went with it


@pytest.mark.parametrize("stances,status", [
    ([], "asserted"),
    (["assert"], "asserted"),
    (["allege"], "alleged"),
    (["allege", "no_comment"], "alleged"),
    (["deny"], "denied"),
    (["allege", "deny"], "disputed"),
    (["assert", "deny"], "disputed"),
    (["allege", "no_comment", "confirm"], "confirmed"),
    (["allege", "deny", "confirm"], "confirmed"),
    (["confirm", "deny"], "disputed"),
])
def test_claims_status_rules(stances, status):
    assert status_of([{"stance": s} for s in stances]) == status
