"""royals.yaml: monarchs, consorts and heirs by their current English Wikipedia titles, found
by the English form of title and name the entity layer looks up after an Indonesian title; a
given name only one royal bears is weak, a shared one is no name; an entry that repeats another
file's royal only adds forms."""
from __future__ import annotations

import pytest
from kb_checks import assert_new_or_extending


FILE = "royals.yaml"


@pytest.mark.parametrize("written,name", [
    ("Prince Charles", "Charles III"),                        # the current title
    ("Queen Maxima", "Queen Máxima of the Netherlands"),      # without its diacritics
    ("King Willem-Alexander", "Willem-Alexander of the Netherlands"),
    ("Prince Harry", "Prince Harry, Duke of Sussex"),
    ("King Salman", "Salman of Saudi Arabia"),                # another file's royal
    ("Queen Rania", "Queen Rania of Jordan"),
    ("Emperor Akihito", "Akihito"),
    ("Paus Yohanes Paulus II", "Pope John Paul II"),
])
def test_royals_by_title_and_name(kb, written, name):
    assert kb.get_candidates(written)[0].entity.name == name


def test_royals_unique_given_name_is_weak_shared_one_no_name(kb):
    assert kb.get_candidates("Maxima")[0].entity.name == "Queen Máxima of the Netherlands"
    assert not any(s == "Máxima" for s, _ in kb.aliases())
    assert not [c for c in kb.get_candidates("Charles") if c.entity.name == "Charles III"]


def test_royals_take_no_surface_of_another_file():
    assert_new_or_extending(FILE, 60)
