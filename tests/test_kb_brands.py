"""globalbrands.yaml: companies and consumer brands link by the forms news writes and are ORG
where the tagger alone would miss them or read a person; an entry that repeats another file's
entity only adds forms; no surface is taken from another file's entity; ordinary words, given
names and products are no names."""
from __future__ import annotations

import pytest
from kb_checks import assert_new_or_extending, assert_tagged


FILE = "globalbrands.yaml"


@pytest.mark.parametrize("written,name", [
    ("Adidas", "Adidas"),
    ("Bose", "Bose Corporation"),
    ("Razer", "Razer Inc."),
    ("Epson", "Seiko Epson"),
    ("TCL", "TCL Technology"),
    ("Air India", "Air India"),
    ("ICBC", "Industrial and Commercial Bank of China"),
    ("Telefonica", "Telefónica"),                             # without its diacritics
    ("L'Oreal", "L'Oréal"),
    ("Big Hit Entertainment", "Big Hit Music"),
    ("Intel Corporation", "Intel"),                           # another file's entity
    ("Go-Jek Indonesia", "Gojek"),
    ("Uber Technologies", "Uber"),
])
def test_brands_link_as_news_writes_them(kb, written, name):
    assert kb.get_candidates(written)[0].entity.name == name


@pytest.mark.parametrize("form", ["Puma", "Aprilia", "Seiko", "Mizuno", "Scania", "Total",
                                  "Kering", "Versace", "Best Buy", "iPhone", "Avanza"])
def test_brands_ordinary_words_names_and_products_are_not_names(kb, form):
    """An ordinary word or phrase, a given name or a surname others bear, a product."""
    assert not kb.get_candidates(form)


@pytest.mark.parametrize("text,present", [
    ("Menurut Adidas, jersey ini terinspirasi dari jersey klasik.", {"Adidas": "ORG"}),
    ("Bose bilang bahwa tujuannya adalah membantu tidur.", {"Bose": "ORG"}),
    ("Tiga bulan berselang, Razer memperkenalkan versi lain dari controller itu.",
     {"Razer": "ORG"}),
    ("Dalam setiap balap, Michelin menyediakan ban depan dan belakang.", {"Michelin": "ORG"}),
    ("Garmin mengungkap Virb 360 sebelum GoPro merilis kamera barunya.",
     {"Garmin": "ORG", "GoPro": "ORG"}),
    ("Maskapai Air India menetapkan aturan baru bagi penumpang yang terlambat.",
     {"Air India": "ORG"}),
])
def test_brands_are_org_in_sentences(entity_nlp, text, present):
    assert_tagged(entity_nlp, text, present, by="label")


def test_brands_take_no_surface_of_another_file():
    assert_new_or_extending(FILE, 200)
