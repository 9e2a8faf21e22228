"""newsnames2.yaml: people and organisations IndoSum news names often link by the forms news
writes; a surname several people bear and a shared acronym stay no name; an entry that repeats
another file's entity only adds forms; no surface is taken from another file's entity."""
from __future__ import annotations

import pytest
from kb_checks import assert_new_or_extending, assert_tagged


FILE = "newsnames2.yaml"


@pytest.mark.parametrize("written,name", [
    ("Andi Agustinus", "Andi Narogong"),
    ("Ali Fahmi", "Ali Fahmi Habsyi"),
    ("Jesus Navas", "Jesús Navas"),                          # without its diacritics
    ("Stefan Kiessling", "Stefan Kießling"),
    ("Nguyen Huu Thang", "Nguyễn Hữu Thắng"),
    ("JK Rowling", "J. K. Rowling"),
    ("Sir Bobby Charlton", "Bobby Charlton"),
    ("Rinaldy A Yunardi", "Rinaldy Yunardi"),
    ("Federasi Sepak Bola Vietnam", "Vietnam Football Federation"),
    ("PVMBG", "Center for Volcanology and Geological Hazard Mitigation"),
    ("Bitcoin.co.id", "Indodax"),
    ("Popsivo Polwan", "Jakarta Popsivo Polwan"),
    ("Syamsul Haeruddin", "Syamsul Bachri Chaeruddin"),      # another file's entity
    ("Nila F Moeloek", "Nila Moeloek"),
    ("Salesforce.com", "Salesforce"),
])
def test_newsnames2_link_as_news_writes_them(kb, written, name):
    assert kb.get_candidates(written)[0].entity.name == name


@pytest.mark.parametrize("form", ["Andi", "Fahmi", "Silva", "Charlton", "Khadr",
                                  "Kardashian", "Spencer", "Earl Spencer", "MTI", "Hernandez"])
def test_newsnames2_shared_forms_are_not_names(kb, form):
    """A given name, a surname several people bear, a title, an acronym several bodies bear."""
    assert not kb.get_candidates(form)


@pytest.mark.parametrize("text,present", [
    ("Kabid Humas Polda Metro Jaya Kombes Awi Setiyono mengatakan penyidik kembali memeriksa "
     "Andi Agustinus pekan depan.",
     {"Awi Setiyono": "Awi Setiyono", "Andi Agustinus": "Andi Narogong"}),
    ("Ganda putra Rinov Rivaldy dan Rehan Naufal Kusharjanto melaju ke babak final.",
     {"Rinov Rivaldy": "Rinov Rivaldy", "Rehan Naufal Kusharjanto": "Rehan Naufal Kusharjanto"}),
    ("Menurut Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG), aktivitas gunung itu "
     "terus meningkat.",
     {"Pusat Vulkanologi dan Mitigasi Bencana Geologi":
      "Center for Volcanology and Geological Hazard Mitigation",
      "PVMBG": "Center for Volcanology and Geological Hazard Mitigation"}),
    ("Gelandang Mateo Kovacic dan bek Benedikt Howedes sama-sama absen pada laga itu.",
     {"Mateo Kovacic": "Mateo Kovačić", "Benedikt Howedes": "Benedikt Höwedes"}),
    ("Pasukan Pembebasan Rakyat Sudan (SPLA) menuding kubu Riek Machar melanggar gencatan "
     "senjata.",
     {"Pasukan Pembebasan Rakyat Sudan": "Sudan People's Liberation Army",
      "SPLA": "Sudan People's Liberation Army", "Riek Machar": "Riek Machar"}),
])
def test_newsnames2_in_sentences(entity_nlp, text, present):
    assert_tagged(entity_nlp, text, present)


@pytest.mark.parametrize("text,labels", [
    ("Startup Lily Robotics akhirnya menghentikan penjualan drone buatannya.",
     {"Lily Robotics": "ORG"}),
    ("Pemain voli Jakarta Popsivo Polwan meraih gelar juara musim ini.",
     {"Jakarta Popsivo Polwan": "ORG"}),
])
def test_newsnames2_entry_decides_a_label_the_tagger_gets_wrong(entity_nlp, text, labels):
    assert_tagged(entity_nlp, text, labels, by="label")


def test_newsnames2_take_no_surface_of_another_file():
    assert_new_or_extending(FILE, 200)
