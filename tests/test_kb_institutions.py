"""institutions.yaml: the forms Indonesian news writes link to the body's canonical name; weak
forms (ordinary words, shared acronyms) link a recognised mention but are never matched alone;
no surface is taken from an entity of another KB file."""
from __future__ import annotations

import pytest
from kb_checks import assert_tagged

from warta.kb import InMemoryKB, alias_key, data_files, read_records

FILE = "institutions.yaml"


@pytest.mark.parametrize("written,name", [
    ("ICW", "Indonesia Corruption Watch"),
    ("YLKI", "Yayasan Lembaga Konsumen Indonesia"),
    ("Aliansi Jurnalis Independen", "Alliance of Independent Journalists"),
    ("Hubdat", "Direktorat Jenderal Perhubungan Darat"),
    ("LKPP", "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah"),
    ("Komnas Perempuan", "National Commission on Violence Against Women"),
    ("PN Jaksel", "Pengadilan Negeri Jakarta Selatan"),
    ("GP Ansor", "Gerakan Pemuda Ansor"),
    ("Ditjen Imigrasi", "Directorate General of Immigration (Indonesia)"),
    ("Program Pembangunan PBB", "United Nations Development Programme"),
    ("Organisasi Buruh Internasional", "International Labour Organization"),
    ("Partai Buruh Inggris", "Labour Party (UK)"),
    ("Polis Diraja Malaysia", "Royal Malaysia Police"),
    ("Scotland Yard", "Metropolitan Police Service"),
    ("Kongres Rakyat Nasional", "National People's Congress"),
])
def test_institutions_link_as_news_writes_them(kb, written, name):
    assert kb.get_candidates(written)[0].entity.name == name


@pytest.mark.parametrize("name,weak", [
    ("Indikator Politik Indonesia", "Indikator"),     # an ordinary word
    ("Lembaga Survei Indonesia", "LSI"),             # Lingkaran Survei Indonesia's too
    ("Directorate General of Immigration (Indonesia)", "Imigrasi"),
    ("Indonesian Red Cross Society", "PMI"),         # also "pekerja migran Indonesia"
    ("Labour Party (UK)", "Partai Buruh"),           # Australia's and Indonesia's too
    ("State Duma", "Duma"),                          # a Syrian town
])
def test_institutions_weak_forms_link_only(kb, name, weak):
    entity = kb.get_entity(name)
    assert kb.get_candidates(weak)[0].entity is entity
    assert weak not in {surface for surface, e in kb.aliases() if e is entity}


@pytest.mark.parametrize("text,present,absent", [
    ("Ketua YLKI Tulus Abadi meminta pemerintah bertindak.",
     {"YLKI": "Yayasan Lembaga Konsumen Indonesia"}, ()),
    ("Peneliti ICW menyerahkan laporan itu ke Komnas Perempuan.",
     {"ICW": "Indonesia Corruption Watch",
      "Komnas Perempuan": "National Commission on Violence Against Women"}, ()),
    ("Menurut Indikator ekonomi, harga naik di Duma dan Imigrasi sibuk.",
     {}, ("Indikator", "Duma", "Imigrasi")),
])
def test_institutions_in_sentences(entity_nlp, text, present, absent):
    assert_tagged(entity_nlp, text, present, absent=tuple(absent))


def test_institutions_take_no_surface_of_another_file():
    """No entity or surface another file holds, but for the QIDs FB15k-237 and the name
    suggestion index give entities by name ("Commonwealth of Nations" in fb15k.jsonl)."""
    others = InMemoryKB(e for p in data_files(without=[FILE, "fb15k.jsonl", "brands.jsonl"])
                        for e in read_records(p))
    mine = list(read_records(next(p for p in data_files() if p.name == FILE)))
    assert len(mine) >= 300
    for entity in mine:
        assert others.get_entity(entity.name) is None, entity.name
        for surface in (*entity.aliases, *entity.weak):
            held = {c.entity.name for c in others.get_candidates(surface)}
            assert not held, (entity.name, surface, held)
    keys = [alias_key(s) for e in mine for s in {alias_key(a) for a in (*e.aliases, *e.weak)}]
    assert len(keys) == len(set(keys))
