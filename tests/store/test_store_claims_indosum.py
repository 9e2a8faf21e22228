"""Claims from the whole pipeline on real e-KTP coverage (IndoSum, 2016-2018): the charges
against Setya Novanto from several outlets and months, and his denial, are one claim; his
ethics-council case of 2016 is not part of it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta import extract
from warta.store import queries, store_records

INDOSUM = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "indosum-dev"
ARTICLES = ("1488943065",   # 2017-03 CNN Indonesia: Novanto swears he was not involved
            "1510015773",   # 2017-11 ANTARA: named a suspect on 17 July 2017 (by the KPK)
            "1511589600",   # 2017-11 Pos Kota: KPK names him a suspect in the e-KTP case
            "1474218009")   # 2016-09 CNN Indonesia: the ethics council (MKD), another matter


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> list[dict]:
    if not INDOSUM.is_dir():
        pytest.skip(f"IndoSum not found at {INDOSUM}")
    found: dict[str, str] = {}
    for path in sorted(INDOSUM.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            stamp = json.loads(line)["id"][:10]
            if stamp in ARTICLES:
                found.setdefault(stamp, line)
    assert set(found) == set(ARTICLES)
    source = tmp_path_factory.mktemp("ektp") / "ektp.jsonl"
    source.write_text("".join(found[a] for a in ARTICLES), encoding="utf-8")
    return list(extract([str(source)]))


def test_charges_and_denial_make_one_disputed_claim_across_months(store, records):
    store_records(records, store)
    claims = [c for c in queries.claims(store, entity="Setya Novanto")
              if c["type"] == "ACCUSE" and c["object"]["name"] == "Setya Novanto"]
    main = max(claims, key=lambda c: len(c["stances"]))
    assert main["status"] == "disputed"
    steps = {(s["holder"]["name"], s["stance"], s["article"][:10]) for s in main["stances"]}
    assert ("Setya Novanto", "deny", "1488943065") in steps
    assert {a for h, st, a in steps if st == "allege" and h == "Corruption Eradication Commission"
            } >= {"1510015773", "1511589600"}
    assert main["first_seen"] == "2017-03-07" and main["last_seen"] >= "2017-11-07"
    assert all(s["article"][:10] != "1474218009" for s in main["stances"])
