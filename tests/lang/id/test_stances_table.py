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
    # not denying is acknowledging; neither denying nor confirming is no comment
    ("Rusia tidak membantah pengerahan tersebut.", "RUS", "confirm"),
    ("Rusia tidak membantah ataupun membenarkan pengerahan tersebut.", "RUS", "no_comment"),
    ("Pyongyang enggan mengonfirmasi keterlibatan militernya.", "PRK", "no_comment"),
    ("Kremlin menolak berkomentar soal laporan itu.", "RUS", "no_comment"),
    ("Korea Utara mengklaim berhasil membebaskan wilayah Kursk.", "PRK", "assert"),
    ("Sebelumnya berbagai tuduhan dari Kyiv dan negara-negara Barat sudah muncul.",
     "western world", "allege"),
    # a verdict of untruth in a quote is its speaker's, not the subject's ("laporan Ukraina")
    ("\"Laporan Ukraina itu tidak benar,\" kata Menteri Luar Negeri Korea Utara Choe Son-hui.",
     "PRK", "deny"),
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


# text, holder country or name, stance, event type: the rules beyond the cue itself
RULES = [
    # "tidak menyebutkan pelaku": declining to name who did it
    (("Rusia menyerang jaringan listrik Ukraina. Pemerintah Ukraina tidak pernah menyebutkan "
      "secara gamblang pelaku penyerangan itu."), "UKR", "no_comment", "ASSAULT"),
    # a claim that gives the deed to the holder's own people asserts it
    (("Pasukan Israel menyerang sebuah kamp di Rafah. Kelompok Hamas mengklaim serangan "
      "balasan itu dilakukan oleh pejuang mereka."), "PSE", "assert", "ASSAULT"),
    # a reported statement that the event did not happen denies it; an NGO is its own country
    (("Pasukan Suriah menyerang kota Idlib. Syrian Observatory for Human Rights melaporkan "
      "bahwa kota itu belum benar-benar direbut."), "NGO", "deny", "ASSAULT"),
    # a quote's speaker keeps the country of his title; "pasukannya" is the speaker's side
    (("Pasukan Suriah merebut kota Albu Kamal. Juru bicara PMF, Ahmed al-Asadi, juga "
      "membantah pasukannya menerobos perbatasan menuju Suriah."), "IRQ", "deny", "MOBILIZE"),
    # explicit refusals to comment, a suspicion, an assent, a culprit named "sebagai dalang"
    ("Pasukan Rusia menyerang kota Kharkiv. Kremlin menolak mengomentari serangan tersebut.",
     "RUS", "no_comment", "ASSAULT"),
    (("Pasukan Rusia menyerang kota Kharkiv. Juru bicara Kremlin enggan memberikan komentar "
      "soal serangan itu."), "RUS", "no_comment", "ASSAULT"),
    (("Pasukan Rusia menyerang kota Kharkiv. Pemerintah Ukraina mencurigai Rusia berada di "
      "balik serangan itu."), "UKR", "allege", "ASSAULT"),
    (("Pasukan Rusia menyerang kota Kharkiv. Ketika ditanya wartawan, Kremlin mengiyakan "
      "serangan itu."), "RUS", "confirm", "ASSAULT"),
    ("Pasukan Rusia menyerang kota Kharkiv. Rusia disebut Ukraina sebagai dalang serangan itu.",
     "UKR", "allege", "ASSAULT"),
    # an unnamed spokesman speaks for the state his mention names
    (("Pasukan Israel menyerang Rafah. \"Kami tidak pernah menyerang warga sipil,\" kata "
      "juru bicara militer Israel."), "ISR", "deny", "ASSAULT"),
    (("Pasukan Israel menyerang Rafah. Seorang pejabat Israel mengatakan bahwa pasukannya "
      "tidak menyerang Rafah."), "ISR", "deny", "ASSAULT"),
    # a hedge inside a quote is its speaker's allegation
    (("Pasukan Myanmar menyerang desa-desa di Rakhine. \"Ini termasuk dugaan kekerasan yang "
      "dilakukan oleh pasukan keamanan,\" ucap seorang juru bicara Kementerian Luar Negeri "
      "AS."), "USA", "allege", "ASSAULT"),
    # condemning the report of one's own side's deed rejects it
    (("Kementerian Luar Negeri Suriah mengecam laporan bahwa Angkatan Udara Suriah "
      "melancarkan serangan gas beracun terhadap kota Khan Sheikhoun."), "SYR", "deny",
     "ASSAULT"),
]


@pytest.mark.parametrize("text,holder,stance,etype", RULES)
def test_stance_rules(nlp, text, holder, stance, etype):
    events, stances = stances_of(nlp, text)
    found = [s for s in stances if key(s) == (holder, stance)]
    assert found, [key(s) for s in stances]
    assert events[found[0]["event"]]["type"] == etype


# passages with a cue that takes no position
NO_STANCE = [
    # naming or recognising: "mengakui X sebagai …"
    ("Presiden Brasil mengakui Palestina sebagai negara merdeka. Brasil juga mengirim bantuan "
     "kemanusiaan ke Gaza."),
    # the question left open: "… atau tidak"
    (DEPLOY + '"Semua negara tahu hal itu, terlepas Moskow mengakuinya atau tidak," kata '
     "Presiden Ukraina Volodymyr Zelensky."),
    # a promise is no denial: "tidak akan"
    ("Korea Utara mengerahkan pasukan ke Rusia. Ukraina mengatakan bahwa Korea Utara tidak "
     "akan mengirim pasukan lagi."),
    # naming: "disebut X sebagai …" without a culprit word
    "Pasukan Rusia menyerang kota Kharkiv. Kharkiv disebut Ukraina sebagai kota pahlawan.",
    # a claim to a territory: "klaim X atas …"
    "Jepang menggelar latihan perang di Okinawa guna menentang klaim China atas pulau itu.",
    # a negated other verb is no denial of the trigger: "tidak bertujuan menyerang"
    (DEPLOY + '"Pasukan kami tidak bertujuan menyerang Ukraina," kata Menteri Pertahanan '
     "Korea Utara No Kwang-chol."),
    # an allegation against someone whose deed the article does not code is about no event
    DEPLOY + "Amerika Serikat menuduh sebuah bank China melakukan pencucian uang.",
    # condemning the report of another's deed is no position on it
    "Indonesia mengecam laporan bahwa militer Myanmar menyerang warga Rohingya di Rakhine.",
    # the subject of a passive cue is the accused, never the accuser
    ("Polisi Malaysia menangkap dua warga Indonesia di Johor. Dua warga yang dituduh terlibat "
     "itu kini ditahan."),
]


@pytest.mark.parametrize("text", NO_STANCE)
def test_no_stance(nlp, text):
    _, stances = stances_of(nlp, text)
    assert stances == []


def test_a_charge_pointed_back_at_is_the_last_told_deed(nlp):
    text = ("Korea Utara mengancam Jepang pekan lalu. Menurut Ukraina, Korea Utara juga "
            "mengerahkan pasukan ke Rusia. Korea Utara membantah tudingan tersebut.")
    events, stances = stances_of(nlp, text)
    (deny,) = [s for s in stances if s["stance"] == "deny"]
    assert deny["holder"]["country"] == "PRK"
    assert events[deny["event"]]["type"] == "MOBILIZE"


def test_rebels_are_a_holder_beside_their_government(nlp):
    text = ("Pasukan Suriah menyerang kota Idlib. Pemerintah Suriah membantah serangan itu, "
            "dan gerilyawan Suriah juga membantah serangan itu.")
    _, stances = stances_of(nlp, text)
    assert sorted(s["holder"]["sector"] for s in stances if s["stance"] == "deny") == [
        "GOV", "REB"]


def test_a_rebuttal_by_the_accused_denies_the_reported_deed(nlp):
    text = ("Pejabat Filipina mengatakan lima nelayan tewas dalam serangan China di Laut China "
            "Selatan. Namun, China menyebut hanya kapal kosong yang terkena tembakan.")
    events, stances = stances_of(nlp, text)
    found = sorted((key(s), events[s["event"]]["type"]) for s in stances)
    assert found == [(("CHN", "deny"), "ASSAULT"), (("PHL", "allege"), "ASSAULT")]


def test_a_contrast_without_a_rebuttal_word_or_from_another_actor_is_no_stance(nlp):
    # the accused agrees ("Namun, China menyebut serangan itu …" with no restriction), and a
    # third party speaks: neither denies the deed
    report = ("Pejabat Filipina mengatakan lima nelayan tewas dalam serangan China di Laut "
              "China Selatan. ")
    for text in (report + "Namun, China menyebut serangan itu sebagai pembelaan diri.",
                 report + "Namun, Jepang menyebut hanya kapal kosong yang terkena."):
        _, stances = stances_of(nlp, text)
        assert stances == [], stances
