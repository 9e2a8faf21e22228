"""newsnames3.yaml: people and organisations IndoSum news names often link by the forms news
writes; a given name, a surname several people bear and a shared acronym stay no name; an entry
that repeats another file's entity only adds forms; no surface is taken from another file's
entity."""
from __future__ import annotations

import pytest
from kb_checks import assert_new_or_extending, assert_tagged


FILE = "newsnames3.yaml"


@pytest.mark.parametrize("written,name", [
    ("Ratu Tisha", "Ratu Tisha Destria"),
    ("Marko Simic", "Marko Šimić"),                          # without its diacritics
    ("Johann Gudmundsson", "Jóhann Berg Guðmundsson"),
    ("Ashley Williams", "Ashley Williams (footballer)"),
    ("Doan Thi Huong", "Đoàn Thị Hương"),
    ("Hamish Daud Wyllie", "Hamish Daud"),
    ("Penny Lukito", "Penny Kusumastuti Lukito"),
    ("Viktor Bungtilu Laiskodat", "Viktor Laiskodat"),
    ("Ralali.com", "Ralali"),
    ("BPJPH", "Badan Penyelenggara Jaminan Produk Halal"),
    ("Federasi Sepak Bola Thailand", "Football Association of Thailand"),
    ("Edy Rahmyadi", "Edy Rahmayadi"),                       # another file's entity
    ("Stefano Cugurra Teco", "Stefano Cugurra"),
    ("Maudy Mikha Maria Tambayong", "Mikha Tambayong"),
    ("Abel Tesfaye", "The Weeknd"),
    ("Jonathan Christie", "Jonatan Christie"),
    ("Ever Banega", "Éver Banega"),
])
def test_newsnames3_link_as_news_writes_them(kb, written, name):
    assert kb.get_candidates(written)[0].entity.name == name


@pytest.mark.parametrize("form", ["Ederson", "Tisha", "Abhan", "Rohadi", "Kasbani",
                                  "Suhariyanto", "Mapan", "Saracen", "Daud", "Williams"])
def test_newsnames3_shared_forms_are_not_names(kb, form):
    """A given name, a one-word name, an ordinary word, a surname several people bear."""
    assert not kb.get_candidates(form)


def test_a_shared_nickname_is_weak(kb):
    """"Sandi" links a mention the recogniser found to Sandiaga Uno, but is matched on its
    own nowhere: many people bear the name."""
    assert "Sandi" in kb.get_entity("Sandiaga Uno").weak
    assert not any(s == "Sandi" for s, _ in kb.aliases())


@pytest.mark.parametrize("text,present", [
    ("Sekretaris Jenderal PSSI Ratu Tisha Destria menyebut jadwal liga belum berubah.",
     {"Ratu Tisha Destria": "Ratu Tisha Destria"}),
    ("Kepala Badan POM Penny K Lukito meminta toko daring itu ditutup.",
     {"Penny K Lukito": "Penny Kusumastuti Lukito"}),
    ("Penyerang Persija, Marko Simic, mencetak dua gol ke gawang tim tamu.",
     {"Marko Simic": "Marko Šimić"}),
    ("Startup Ralali.com membuka kantor baru di Surabaya bulan ini.",
     {"Ralali.com": "Ralali"}),
    ("Ketua Bawaslu Abhan Misbah dan anggota KPU Evi Novida Ginting hadir di rapat itu.",
     {"Abhan Misbah": "Abhan Misbah", "Evi Novida Ginting": "Evi Novida Ginting Manik"}),
])
def test_newsnames3_in_sentences(entity_nlp, text, present):
    assert_tagged(entity_nlp, text, present)


@pytest.mark.parametrize("text,labels", [
    ("Platform urun dana Kickstarter menghentikan kampanye itu pekan lalu.",
     {"Kickstarter": "ORG"}),
])
def test_newsnames3_entry_decides_a_label(entity_nlp, text, labels):
    assert_tagged(entity_nlp, text, labels, by="label")


def test_newsnames3_take_no_surface_of_another_file():
    assert_new_or_extending(FILE, 240)
