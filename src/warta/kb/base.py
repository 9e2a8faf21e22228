"""The knowledge-base interface (as spaCy's `KnowledgeBase`) and an in-memory implementation.

A linker depends only on `KnowledgeBase`: `get_candidates(mention)` and `get_entity(name)`,
plus `aliases()` for a ruler that needs every surface form up front. `InMemoryKB` is filled
from records (see `warta.kb.loaders`); a SQL-backed KB can implement the same interface later.
"""
from __future__ import annotations

import re
import unicodedata
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, fields
from typing import Iterable, Iterator

LABELS = ("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW")
PLACE_LABELS = ("GPE", "LOC", "FAC")
REGION = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")   # "Texas", "North Carolina", not "D.C."
# Which entity wins when two share an alias: countries before provinces before cities ...
TYPE_PRIOR = {"country": 9, "province": 8, "holiday": 8, "capital": 7, "igo": 7, "city": 6,
              "person": 5, "regency": 4, "region": 4}   # a holiday before a city ("Natal")


LETTERS = str.maketrans({"ð": "d", "Ð": "D", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l",
                        "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE", "ı": "i"})


def ascii_form(text: str) -> str:
    """The text without diacritics, as news often writes foreign names ("José Mourinho" ->
    "Jose Mourinho", "Gylfi Sigurðsson" -> "Gylfi Sigurdsson")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


SERIAL_COMMA = re.compile(r",(\s+(?:dan|and|&)\s)", re.IGNORECASE)


def alias_key(text: str) -> str:
    """Lookup key of a surface form: case-folded, single-spaced, hyphens and apostrophes joined,
    no serial comma ("Meteorologi, Klimatologi, dan Geofisika" = "… Klimatologi dan …")."""
    text = re.sub(r"\s*([-\u2013'\u2019])\s*", r"\1", text.replace("\u2019", "'"))
    text = SERIAL_COMMA.sub(r"\1", text)
    return " ".join(text.casefold().split())


@dataclass
class Entity:
    """One KB record. `name` is the id: the English Wikipedia title where one exists."""

    name: str
    label: str
    type: str | None = None
    country: str | None = None      # ISO 3166 alpha-3, or "IGO"
    qid: str | None = None          # Wikidata QID, only where certain
    aliases: list[str] = field(default_factory=list)
    sector: str | None = None       # GOV / MIL / COP / MED / PTY / ... for organisations
    stands_for: str | None = None   # ISO3 of the country a metonym stands for (Kremlin -> RUS)
    weak: list[str] = field(default_factory=list)  # surfaces that link but are not matched alone

    @classmethod
    def from_dict(cls, record: dict) -> "Entity":
        data = {k: v for k, v in record.items() if k in FIELD_NAMES and v not in (None, "")}
        for key in ("aliases", "weak"):
            if isinstance(data.get(key), str):
                data[key] = [a.strip() for a in data[key].split("|") if a.strip()]
        return cls(**data)

    def to_dict(self) -> dict:
        """Compact dict: empty fields left out."""
        return {k: getattr(self, k) for k in FIELD_NAMES if getattr(self, k)}

    @property
    def prior(self) -> int:
        return TYPE_PRIOR.get(self.type or "", 3)

    def merge(self, other: "Entity") -> None:
        """Fill empty fields from `other` and add its aliases (a later file extends an entry);
        a surface one file gives as an alias stays strong ("NASA", weak in IndEL's entry)."""
        for key in FIELD_NAMES:
            if key in ("aliases", "weak"):
                mine = getattr(self, key)
                mine += [a for a in getattr(other, key) if a not in mine]
            elif getattr(other, key) and key != "name":
                setattr(self, key, getattr(other, key))
        self.weak = [w for w in self.weak if w not in self.aliases]


FIELD_NAMES = tuple(f.name for f in fields(Entity))


@dataclass(frozen=True)
class Candidate:
    """A possible referent of a mention, with the alias it was found by."""

    entity: Entity
    alias: str
    prior: int


class KnowledgeBase(ABC):
    """What a linker may ask of a knowledge base."""

    @abstractmethod
    def get_candidates(self, mention: str) -> list[Candidate]:
        """Entities a surface form may refer to, most likely first."""

    @abstractmethod
    def get_entity(self, name: str) -> Entity | None:
        """The entity with this canonical name."""

    @abstractmethod
    def aliases(self) -> Iterator[tuple[str, Entity]]:
        """Every (surface form, entity) pair a ruler may match: canonical names included,
        weak surfaces (ambiguous words, bare surnames) left out."""

    @abstractmethod
    def __len__(self) -> int:
        ...


class InMemoryKB(KnowledgeBase):
    """A KB held in dicts: entities by name and by alias key."""

    def __init__(self, entities: Iterable[Entity] = ()):
        self._entities: dict[str, Entity] = {}
        self._by_alias: dict[str, list[str]] = {}
        self._ascii: dict[str, list[str]] = {}   # without diacritics (persons: hyphens too)
        self._joined: dict[str, list[str]] = {}  # places' names of several words, run together
        for entity in entities:
            self.add_entity(entity)

    def add_entity(self, entity: Entity) -> Entity:
        """Add `entity`, or merge it into the entry of the same name."""
        if entity.label not in LABELS:
            raise ValueError(f"[E050] entity '{entity.name}' has unknown label '{entity.label}'")
        entry = self._entities.get(entity.name)
        if entry is None:
            entry = self._entities[entity.name] = entity
        else:
            entry.merge(entity)
        surfaces = (*self._surfaces(entry), *entry.weak)
        plain = [ascii_form(s) for s in surfaces]
        if entry.label == "PER":   # a hyphenated name written with a space ("Kim Tae Yeon")
            plain += [s.replace("-", " ") for s in plain if "-" in s]
        joined = [s.replace(" ", "") for s in map(alias_key, surfaces)
                  if " " in s] if entry.label in PLACE_LABELS else []
        for index, forms in ((self._by_alias, surfaces), (self._ascii, plain),
                             (self._joined, joined)):
            for surface in forms:
                names = index.setdefault(alias_key(surface), [])
                if entry.name not in names:
                    names.append(entry.name)
        return entry

    @staticmethod
    def _surfaces(entity: Entity) -> list[str]:
        """Aliases plus the name without a Wikipedia disambiguator ("Georgia (country)"; a
        place's region after a comma where its bare name is an alias: "Austin, Texas" is
        matched as "Austin", the state apart) and a person's "Júnior" or "Junior" written "Jr"
        ("Wanderley Jr"), less the weak surfaces."""
        name = re.sub(r" \(.*\)$", "", entity.name)
        place, _, region = name.partition(", ")
        if region and place in entity.aliases and REGION.fullmatch(region):
            name = place
        junior = re.sub(r" J[uú]nior$", " Jr", name) if entity.label == "PER" else name
        surfaces = (name, *entity.aliases, *((junior, f"{junior}.") if junior != name else ()))
        return [s for s in dict.fromkeys(surfaces) if s not in entity.weak]

    def get_candidates(self, mention: str) -> list[Candidate]:
        """By the surface as written, else by a surface without its diacritics ("Jose
        Mourinho" -> José Mourinho) or a person's without its hyphen ("Kim Tae Yeon" ->
        Taeyeon, "Kim Tae-yeon") where no entity is written that way, else by a place's name
        of several words written run together, as some outlets write Jakarta's ("Tanahabang" ->
        Tanah Abang, "Stasiun Jakartakota" -> Jakarta Kota Station)."""
        key = alias_key(mention)
        names = (self._by_alias.get(key) or self._ascii.get(key)
                 or self._joined.get(key.replace(" ", ""), ()))
        cands = [Candidate(self._entities[n], mention, self._entities[n].prior) for n in names]
        return sorted(cands, key=lambda c: -c.prior)

    def get_entity(self, name: str) -> Entity | None:
        return self._entities.get(name)

    def aliases(self) -> Iterator[tuple[str, Entity]]:
        """Also each surface of several words without its diacritics where no entity is
        written so ("Jose Mourinho"); one word without them only links ("Sale" is no Salé)."""
        for entity in self._entities.values():
            for surface in self._surfaces(entity):
                yield surface, entity
                plain = ascii_form(surface)
                if plain != surface and " " in plain and alias_key(plain) not in self._by_alias:
                    yield plain, entity

    def __len__(self) -> int:
        return len(self._entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities.values())
