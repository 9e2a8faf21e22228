"""Checks shared by the tests of hand-written KB data files."""
from __future__ import annotations

from warta.kb import InMemoryKB, alias_key, data_files, read_records


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
