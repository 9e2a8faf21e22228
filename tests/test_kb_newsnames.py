"""newsnames.yaml: people and organisations IndoSum news names often link by the forms news
writes; "Timnas" forms name a country's team only with the country; an entry that repeats
another file's entity only adds forms; no surface is taken from another file's entity."""
from __future__ import annotations

import pytest
from kb_checks import assert_new_or_extending, assert_tagged


FILE = "newsnames.yaml"


@pytest.mark.parametrize("written,name", [
    ("Timnas Indonesia", "Indonesia national football team"),
    ("Timnas Indonesia U-19", "Indonesia national under-20 football team"),
    ("Timnas U - 22 Indonesia", "Indonesia national under-23 football team"),
    ("timnas Brasil", "Brazil national football team"),
    ("Wojciech Szczesny", "Wojciech Szczęsny"),               # without its diacritics
    ("Lothar Matthaeus", "Lothar Matthäus"),
    ("Akbar Tanjung", "Akbar Tandjung"),
    ("Partai Komunis Indonesia", "Communist Party of Indonesia"),
    ("BPPN", "Indonesian Bank Restructuring Agency"),
    ("UFC", "Ultimate Fighting Championship"),
    ("George RR Martin", "George R. R. Martin"),
    ("Anthony Sinisuka Ginting", "Anthony Ginting"),          # another file's entity
    ("Anies Rasyid Baswedan", "Anies Baswedan"),
])
def test_newsnames_link_as_news_writes_them(kb, written, name):
    assert kb.get_candidates(written)[0].entity.name == name


@pytest.mark.parametrize("form", ["Timnas", "Timnas U-19", "Timnas U-16", "Cahill", "Carter",
                                  "Huda", "Garcia"])
def test_newsnames_shared_forms_are_not_names(kb, form):
    """A team word without its country, a surname several people bear."""
    assert not kb.get_candidates(form)


@pytest.mark.parametrize("text,present,absent", [
    ("Pelatih Timnas Indonesia U-19 Indra Sjafri memanggil 25 pemain.",
     {"Timnas Indonesia U-19": "Indonesia national under-20 football team"}, ()),
    ("Pebulu tangkis Anthony Sinisuka Ginting dan Apriani Rahayu melaju ke final.",
     {"Anthony Sinisuka Ginting": "Anthony Ginting", "Apriani Rahayu": "Apriani Rahayu"}, ()),
    ("Sejarawan membahas PKI dan BPPN dalam diskusi di Jakarta.",
     {"PKI": "Communist Party of Indonesia", "BPPN": "Indonesian Bank Restructuring Agency"}, ()),
    ("Menurut laporan NME dan Soompi, Nick Carter menolak tuduhan itu.",
     {"NME": "NME", "Soompi": "Soompi", "Nick Carter": "Nick Carter (musician)"}, ()),
])
def test_newsnames_in_sentences(entity_nlp, text, present, absent):
    assert_tagged(entity_nlp, text, present, absent=tuple(absent))


def test_newsnames_take_no_surface_of_another_file():
    assert_new_or_extending(FILE, 100)


@pytest.mark.parametrize("text,labels", [
    ("Dilansir dari Soompi, produser acara itu membenarkan kabar tersebut.", {"Soompi": "ORG"}),
    ("Real Madrid menekuk Legia Warszawa di Santiago Bernabeu.", {"Legia Warszawa": "ORG"}),
    ("Bank Dagang Negara Indonesia (Sjamsul Nursalim) menerima dana BLBI.",
     {"Sjamsul Nursalim": "PER"}),
    ("Dinas itu menerapkan Maritime Labour Convention bagi awak kapal.",
     {"Maritime Labour Convention": "LAW"}),
])
def test_newsnames_entry_decides_a_label_the_tagger_gets_wrong(entity_nlp, text, labels):
    assert_tagged(entity_nlp, text, labels, by="label")
