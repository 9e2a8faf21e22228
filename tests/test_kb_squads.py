"""squads.yaml: squad players of Europe's big clubs, one-name Brazilians, tennis players and
motorcycle racers by their English Wikipedia titles, found by the forms news writes (without
diacritics, without the title's disambiguator); a surname or one-word name is weak; no
surface is taken from another file's entity."""
from __future__ import annotations

import pytest
from kb_checks import assert_new_or_extending


FILE = "squads.yaml"


@pytest.mark.parametrize("written,name", [
    ("Carles Alena", "Carles Aleñá"),                          # without its diacritics
    ("Brahim Diaz", "Brahim Díaz"),
    ("Martin Odegaard", "Martin Ødegaard"),
    ("Rafinha Alcantara", "Rafinha (footballer, born 1993)"),  # the title's disambiguator
    ("Fabinho", "Fabinho (footballer, born 1993)"),            # weak: links a found mention
    ("Yonny Hernandez", "Yonny Hernández"),
    ("Carreno Busta", "Pablo Carreño Busta"),
])
def test_squads_link_as_news_writes_them(kb, written, name):
    assert kb.get_candidates(written)[0].entity.name == name


@pytest.mark.parametrize("form", ["Rafinha", "Fabinho", "Brahim", "Lenglet"])
def test_squads_one_word_forms_are_weak(kb, form):
    assert not any(s == form for s, _ in kb.aliases())


def test_squads_take_no_surface_of_another_file():
    assert_new_or_extending(FILE, 85)
