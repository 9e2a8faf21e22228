"""warta's knowledge base: entities with canonical names, labels, countries, QIDs and aliases.

`load_kb()` reads every data file in `warta/kb/data/` (built by `python -m warta.kb.build`
plus hand-curated YAML), then the user's own files: `extra` paths and the WARTA_KB_EXTRA
setting (paths separated by the OS path separator). A user file is YAML/JSONL/CSV records,
or a Wikidata JSON dump subset (`.json`, `.json.gz`, `.json.bz2`). An entry whose name is
already known extends that entity (more aliases, filled fields).
"""
from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from warta.kb.base import Candidate, Entity, InMemoryKB, KnowledgeBase, alias_key
from warta.kb.loaders import read_records, read_wikidata_dump

__all__ = ["Candidate", "Entity", "InMemoryKB", "KnowledgeBase", "alias_key", "common_words",
           "country_codes", "person_tokens", "load_kb", "NERUI_DERIVED",
           "read_records", "read_wikidata_dump", "DATA_SUFFIXES"]

DATA_SUFFIXES = (".jsonl", ".yaml", ".yml", ".csv")
# data files drawn from NER UI's sentences (IndEL's links typed by NER UI's tags): left out of
# the KB when the entity layer is scored on NER UI, the held-out public test set
NERUI_DERIVED = ("indel.jsonl", "indel_titles.yaml")
DUMP_SUFFIXES = (".json", ".json.gz", ".json.bz2")


def data_files(without: Iterable[str] = ()) -> list[Path]:
    """The KB's own data files, in load order (generated JSONL, then curated YAML), less the
    file names in `without`."""
    folder, left_out = Path(str(resources.files("warta.kb").joinpath("data"))), set(without)
    return sorted((p for p in folder.iterdir()
                   if p.name.endswith(DATA_SUFFIXES) and p.name not in left_out),
                  key=lambda p: (p.suffix != ".jsonl", p.name))


def common_words(lang: str = "id") -> frozenset[str]:
    """Ordinary words of `lang` (lower case) that are not names on their own."""
    return _word_list(f"common_words.{lang}.txt")


def country_codes() -> dict[str, str]:
    """Three-letter country codes (ISO 3166 alpha-3 and IOC) -> the country's KB name, for
    results tables ("(JPN)", "(1/INA)")."""
    return dict(line.split("\t", 1) for line in _word_list("country_codes.tsv"))


def person_tokens(lang: str = "id") -> frozenset[str]:
    """Words (lower case) found only in person names in `lang`'s NER training data."""
    return _word_list(f"person_tokens.{lang}.txt")


@lru_cache(maxsize=None)
def _word_list(filename: str) -> frozenset[str]:
    """A generated one-word-a-line file of the KB data folder; `#` lines are comments."""
    path = resources.files("warta.kb").joinpath("data", filename)
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def extra_paths(extra: Iterable[str | Path] = ()) -> tuple[str, ...]:
    """`extra` followed by the paths in WARTA_KB_EXTRA."""
    env = os.environ.get("WARTA_KB_EXTRA", "")
    return tuple(str(p) for p in extra) + tuple(p for p in env.split(os.pathsep) if p)


def load_kb(extra: Iterable[str | Path] = (), without: Iterable[str] = ()) -> InMemoryKB:
    """The KB from warta's data (less the data files named in `without`) plus the user's
    files (cached per list of files)."""
    return _load_kb(extra_paths(extra), tuple(sorted(without)))


@lru_cache(maxsize=8)
def _load_kb(extra: tuple[str, ...], without: tuple[str, ...] = ()) -> InMemoryKB:
    kb = InMemoryKB()
    for path in data_files(without):
        for entity in read_records(path):
            kb.add_entity(entity)
    for path in extra:
        for entity in _read_user_file(Path(path), kb):
            kb.add_entity(entity)
    return kb


def _read_user_file(path: Path, kb: InMemoryKB) -> Iterator[Entity]:
    if path.name.endswith(DUMP_SUFFIXES):
        countries = {e.qid: e.country for e in kb if e.type == "country" and e.qid}
        return read_wikidata_dump(path, countries=countries)
    return read_records(path)
