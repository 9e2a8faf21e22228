"""Stances, one row per case: each stance, negation, coordinated holders, a stance's own date.

Passages written for these tests; the whole pipeline runs on each.
"""
from __future__ import annotations

import pytest

from warta.pipeline import load_pipeline, make_doc

PUBLISHED = "2024-03-15T10:00:00+07:00"
DEPLOY = "Korea Utara mengerahkan pasukan ke Rusia untuk berperang melawan pasukan Ukraina. "

# text (after DEPLOY), holder country or name, stance
STANCES = [
    ("Ukraina menuduh Korea Utara mengirim ribuan tentara.", "UKR", "allege"),
    ("Korea Utara membantah laporan tersebut.", "PRK", "deny"),
    ("Laporan itu dibantah oleh pemerintah Korea Utara.", "PRK", "deny"),
    ("Rusia akhirnya mengonfirmasi pengerahan tersebut.", "RUS", "confirm"),
    ("Pyongyang enggan mengonfirmasi keterlibatan militernya.", "PRK", "no_comment"),
    ("Kremlin menolak berkomentar soal laporan itu.", "RUS", "no_comment"),
    ("Korea Utara mengklaim berhasil membebaskan wilayah Kursk.", "PRK", "assert"),
    ("Sebelumnya berbagai tuduhan dari Kyiv dan negara-negara Barat sudah muncul.",
     "western world", "allege"),
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("id")


def stances_of(nlp, text: str) -> tuple[list[dict], list[dict]]:
    doc = nlp(make_doc(nlp, text, published=PUBLISHED))
    return doc._.events, doc._.stances


def key(stance: dict) -> tuple[str, str]:
    holder = stance["holder"]
    return (holder["country"] or holder["name"].lower(), stance["stance"])


@pytest.mark.parametrize("text,holder,stance", STANCES)
def test_stance_table(nlp, text, holder, stance):
    events, stances = stances_of(nlp, DEPLOY + text)
    found = [s for s in stances if key(s) == (holder, stance)]
    assert found, [key(s) for s in stances]
    assert events[found[0]["event"]]["type"] == "MOBILIZE"
    evidence = (DEPLOY + text)[found[0]["evidence"]["start"]:found[0]["evidence"]["end"]]
    assert evidence == text


def test_neither_confirm_nor_deny_is_no_comment_for_each_holder(nlp):
    _, stances = stances_of(nlp, DEPLOY + "Namun hingga Sabtu lalu, baik Rusia maupun Korea "
                            "Utara tidak pernah secara terbuka membenarkan ataupun membantah "
                            "laporan tersebut.")
    assert sorted(key(s) for s in stances) == [("PRK", "no_comment"), ("RUS", "no_comment")]
    assert all(s["date"] is None for s in stances)   # "hingga Sabtu lalu" only bounds it


def test_stance_date_differs_from_publication(nlp):
    _, stances = stances_of(nlp, DEPLOY + "Rusia mengonfirmasi pengerahan itu pada Sabtu "
                            "(9/3/2024).")
    (confirm,) = [s for s in stances if s["stance"] == "confirm"]
    assert confirm["date"] == "2024-03-09"


def test_ordinary_reporting_is_no_stance(nlp):
    _, stances = stances_of(nlp, DEPLOY + "Menteri Pertahanan Ukraina mengatakan pasukan "
                            "Ukraina terus bertahan.")
    assert stances == []


def test_reporter_of_a_denied_event_alleges_it(nlp):
    text = ("Menurut pemerintah Afghanistan, pasukan Amerika Serikat menyerang desa itu pada "
            "Sabtu. Amerika Serikat membantah tudingan tersebut.")
    events, stances = stances_of(nlp, text)
    assert ("USA", "deny") in [key(s) for s in stances]
    (allege,) = [s for s in stances if s["stance"] == "allege"]
    assert allege["holder"]["country"] == "AFG"
    assert events[allege["event"]]["type"] == "ASSAULT"
