"""Checks shared by the tests of hand-written KB data files."""
from __future__ import annotations

from warta.kb import InMemoryKB, alias_key, data_files, read_records
from warta.pipeline import make_doc


def assert_new_or_extending(file: str, minimum: int) -> None:
    """An entity another file holds keeps its label and gains only forms no other entity
    bears; every other entity is new, with surfaces no other file's entity bears; no surface
    twice in the file, which holds at least `minimum` entries."""
    others = InMemoryKB(e for p in data_files(without=[file]) for e in read_records(p))
    mine = list(read_records(next(p for p in data_files() if p.name == file)))
    assert len(mine) >= minimum
    for entity in mine:
        held = others.get_entity(entity.name)
        assert held is None or held.label == entity.label, entity.name
        surfaces = (*entity.aliases, *entity.weak) if held else \
            (entity.name.split(" (")[0], *entity.aliases, *entity.weak)
        for surface in surfaces:
            taken = {c.entity.name for c in others.get_candidates(surface)}
            assert not taken, (entity.name, surface, taken)
    keys = [alias_key(s) for e in mine for s in {alias_key(a) for a in (*e.aliases, *e.weak)}]
    assert len(keys) == len(set(keys))


def assert_tagged(nlp, text: str, expected: dict[str, str], by: str = "name",
                  absent: tuple[str, ...] = ()) -> None:
    """The entity layer tags each text in `expected` with that name (or label, `by="label"`)
    and none of `absent`."""
    found = {e.text: e._.name if by == "name" else e.label_
             for e in nlp(make_doc(nlp, text)).ents}
    assert {t: found.get(t) for t in expected} == expected
    assert not set(absent) & set(found)

