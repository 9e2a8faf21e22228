"""Actors: who can do something to whom, from the entity layer and the pack's role words.

An actor is a named entity that can act (a country, an organisation, a person, a group), or a
role phrase: a role word with the name after it ("pasukan Rusia" → Russia / MIL, "Presiden
Rusia Vladimir Putin" → Vladimir Putin / RUS / GOV), or a role word alone ("pemberontak"),
which stands for the article's main country. Each actor carries the PLOVER fields `name`,
`country` (ISO 3166 alpha-3 or IGO/NGO) and `sector`, and `kb_id`.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc, Span

from warta.kb import Entity, KnowledgeBase
from warta.nlp.events.lexicon import CLITIC, EventLexicon

DATELINE_REACH = 8   # tokens at the start of a text in which a dateline's dash is looked for
DATELINE_DASHES = ("-", "--", "\u2013", "\u2014")
TITLE_REACH = 4   # tokens before a person where a title's country ("Presiden Rusia") is looked for


@dataclass(frozen=True)
class Actor:
    """An actor mention: token range [start, end) and what it stands for."""

    start: int
    end: int
    name: str | None
    country: str | None
    sector: str | None
    kb_id: str | None = None
    role_only: bool = False
    label: str | None = None   # the entity label of a named actor
    possessed: bool = False    # a role word with "-nya": someone's ("pasukannya")

    @property
    def key(self) -> str | None:
        """What tells two actors apart in scoring and merging: the country, else the name."""
        return self.country or self.name

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "sector": self.sector,
                "kb_id": self.kb_id}


class DocActors:
    """The actor mentions of a document, in order, with look-ups by token position."""

    def __init__(self, doc: Doc, lex: EventLexicon, kb: KnowledgeBase):
        self.doc = doc
        self.lex = lex
        self.kb = kb
        self.main_country = _main_country(doc)
        self.body_start = _dateline_end(doc)
        ents = [e for e in doc.ents if e.label_ in lex.actor_labels and e.start >= self.body_start]
        self.places = [e for e in doc.ents if e.label_ in lex.place_labels]
        self.place_starts = [p.start for p in self.places]
        self.countries = [(e.end, e._.country) for e in doc.ents
                          if e.label_ in ("GPE", "ORG") and e._.country]
        self.country_at = {e.start: e._.country for e in doc.ents
                           if e.label_ in ("GPE", "ORG") and e._.country}
        self.person_countries: dict[str, str] = {}   # a person's country from any titled mention
        for ent in ents:
            if ent.label_ == "PER" and ent._.name not in self.person_countries:
                country = self._title_country(ent.start) or self._appositive_country(ent)
                if country is not None:
                    self.person_countries[ent._.name] = country
        self.actors = self._collect(ents)
        self.starts = [a.start for a in self.actors]

    def _entity_actor(self, ent: Span, sector: str | None = None) -> Actor:
        entity = self.kb.get_entity(ent._.name) if ent._.name else None
        country = self.kb_country(entity) if entity and entity.type in self.lex.type_countries \
            else ent._.country or (entity.country if entity else None)
        if country is None and ent.label_ == "PER":
            country = self._title_country(ent.start) or self.person_countries.get(ent._.name) \
                or self.main_country   # a person the article gives no country: its country
        elif country is None and ent.label_ == "ORG":   # likewise an organisation the KB lacks
            country = self._inner_country(ent) or (None if entity else self.main_country)
        sector = (entity.sector if entity and entity.sector else None) or sector \
            or self.lex.default_sector.get(ent.label_)
        return Actor(ent.start, ent.end, ent._.name or ent.text, country, sector,
                     ent.kb_id_ or None, label=ent.label_)

    def kb_country(self, entity: Entity | None) -> str | None:
        """A KB entity's PLOVER country: its own code for a kind that has one (an NGO is
        "NGO"), else its country."""
        if entity is None:
            return None
        return self.lex.type_countries.get(entity.type, entity.country)

    def named(self, name: str, kb_id: str | None, start: int) -> Actor:
        """An actor known only by its canonical name (a quote's speaker), from the KB, else
        from the person's titled mentions."""
        entity = self.kb.get_entity(name)
        country = self.kb_country(entity) or self.person_countries.get(name)
        return Actor(start, start, name, country, entity.sector if entity else None, kb_id)

    def _appositive_country(self, ent: Span) -> str | None:
        """The country of a title after a person: "John Nicholson, komandan senior AS" (a role
        word first)."""
        limit = min(len(self.doc), ent.end + 1 + TITLE_REACH)
        if ent.end + 1 >= len(self.doc) or self.doc[ent.end].text != "," \
                or self.lex.sectors.match_at(self.doc, ent.end + 1, limit) is None:
            return None
        for j in range(ent.end + 1, limit):
            if j in self.country_at:
                return self.country_at[j]
            if not self.doc[j].is_lower:
                break
        return None

    def _inner_country(self, ent: Span) -> str | None:
        """The country an organisation's name ends with: a country ("Kementerian Keuangan AS"),
        else that of the organisation it is a unit of ("Satuan Tugas KPK")."""
        for n in (2, 1):
            if len(ent) > n:
                for cand in self.kb.get_candidates(ent[-n:].text):
                    if cand.entity.type == "country":
                        return cand.entity.country
        for n in (2, 1):
            if len(ent) > n:
                owner = next((c.entity for c in self.kb.get_candidates(ent[-n:].text)
                              if c.entity.label == "ORG" and c.entity.country), None)
                if owner is not None:
                    return owner.country
        return None

    def _title_country(self, start: int) -> str | None:
        """The country of a title before a person: "Menteri Pertahanan Latvia, Janis …",
        "Juru bicara PMF, Ahmed al-Asadi"; never one of the sentence before, nor one with
        lower-case words between ("Israel mempertaruhkan mengubah Tamimi")."""
        j = bisect_left(self.countries, (start + 1,)) - 1
        if j < 0 or self.countries[j][0] < start - TITLE_REACH:
            return None
        between = self.doc[self.countries[j][0]:start]
        if any(t.is_sent_start or t.is_lower for t in between) or self.doc[start].is_sent_start:
            return None
        return self.countries[j][1]

    def _collect(self, ents: list[Span]) -> list[Actor]:
        by_start = {e.start: e for e in ents}
        covered = {i for e in self.doc.ents for i in range(e.start, e.end)}
        actors: dict[int, Actor] = {}
        used: set[int] = set()
        for hit in self.lex.sectors.find(self.doc, self.body_start, len(self.doc)):
            if hit.start in covered:
                continue
            covered.update(range(hit.start, hit.end))
            ent = self._named_after(hit.end, by_start)
            if ent is not None and ent.label_ == "GPE" and ent.end in by_start \
                    and by_start[ent.end].label_ == "PER":
                person = self._entity_actor(by_start[ent.end], hit.payload)
                actors[hit.start] = replace(person, start=hit.start,
                                            country=person.country or ent._.country)
                used |= {ent.start, ent.end}
                covered.update(range(hit.start, by_start[ent.end].end))
            elif ent is not None:
                actor = self._entity_actor(ent, hit.payload)
                if actor.country is None and ent.label_ == "NORP":
                    actor = replace(actor, country=self.main_country)   # "militan Rohingya"
                actors[hit.start] = replace(actor, start=hit.start)
                used.add(ent.start)
                covered.update(range(hit.start, ent.end))
            else:
                actors[hit.start] = Actor(hit.start, hit.end, None, self.main_country,
                                          hit.payload, role_only=True,
                                          possessed=self.doc[hit.end - 1].lower_.endswith(CLITIC))
        for ent in ents:
            if ent.start in used:
                continue
            person = by_start.get(ent.end)
            if ent.label_ in ("GPE", "ORG") and person is not None and person.label_ == "PER":
                actor = self._entity_actor(person)   # "Ketua DPR Setya Novanto": the person
                actors[ent.start] = replace(actor, start=ent.start,
                                            country=actor.country or ent._.country)
                used.add(person.start)
            else:
                actors.setdefault(ent.start, self._entity_actor(ent))
        return [actors[k] for k in sorted(actors)]

    def _named_after(self, i: int, by_start: dict[int, Span]) -> Span | None:
        """The entity right after a role word, over capitalised title words ("Kepala Staf
        Umum Jenderal Valery Gerasimov")."""
        j = i
        while j < min(len(self.doc), i + TITLE_REACH) and j not in by_start \
                and self.doc[j].is_title:
            j += 1
        return by_start.get(j)

    def authority(self) -> Actor | None:
        """The named actor of the pack's authority sectors (a commission, prosecutors, the
        police) that the document names most, the first named on a tie; None if there is none."""
        named = [a for a in self.actors if a.name and not a.role_only
                 and a.sector in self.lex.authority_sectors]
        if not named:
            return None
        counts = Counter(a.name for a in named)
        return next(a for a in named if counts[a.name] == max(counts.values()))

    def within(self, start: int, end: int) -> list[Actor]:
        """Actors wholly inside tokens [start, end), in order."""
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.actors) and self.actors[i].start < end:
            if self.actors[i].end <= end:
                out.append(self.actors[i])
            i += 1
        return out

    def at(self, i: int) -> Actor | None:
        """The actor starting at token `i`."""
        j = bisect_left(self.starts, i)
        return self.actors[j] if j < len(self.starts) and self.starts[j] == i else None

    def covering(self, i: int) -> Actor | None:
        """The actor whose span holds token `i`."""
        j = bisect_left(self.starts, i + 1) - 1
        return self.actors[j] if j >= 0 and self.actors[j].end > i else None

    def place_after(self, i: int, end: int) -> Span | None:
        """The first place entity in tokens [i, end)."""
        j = bisect_left(self.place_starts, i)
        return self.places[j] if j < len(self.places) and self.places[j].start < end else None


def _dateline_end(doc: Doc) -> int:
    """The first token after a dateline that opens the text ("Jakarta, CNN Indonesia --",
    "Seoul (ANTARA News) -", "Rimanews -"): its names are the outlet's, not actors."""
    for tok in doc[:DATELINE_REACH]:
        if tok.text in DATELINE_DASHES and tok.i > 0 and doc[tok.i - 1].whitespace_:
            return tok.i + 1   # a spaced dash: a hyphen in a name ("al-Asadi") is none
        if tok.is_sent_end:
            break
    return 0


def _main_country(doc: Doc) -> str | None:
    """The country the article is most about: the most mentioned country, first on ties."""
    counts = Counter(e._.country for e in doc.ents if e.label_ == "GPE" and e._.country)
    if not counts:
        return None
    top = max(counts.values())
    return next(e._.country for e in doc.ents
                if e.label_ == "GPE" and counts.get(e._.country) == top)
