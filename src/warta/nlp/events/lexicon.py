"""The event and stance vocabularies of a language pack (`events.yaml`, `stances.yaml`), compiled.

Forms are matched by `PhraseIndex`: word by word on lower-cased tokens, a clitic "-nya" ignored,
with up to `GAP` other words between the words of a multi-word form, longest match first.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Iterable, TypeVar

from spacy.tokens import Doc, Token

from warta.lang import load_yaml

GAP = 2          # words allowed between the words of a multi-word form
CLITIC = "nya"
P = TypeVar("P")


def words(form: str) -> tuple[str, ...]:
    return tuple(form.lower().split())


def token_forms(tok: Token) -> tuple[str, ...]:
    """The lower-cased word, and the word without a clitic "-nya"."""
    low = tok.lower_
    if low.endswith(CLITIC) and len(low) > len(CLITIC) + 3:
        return low, low[: -len(CLITIC)]
    return (low,)


@dataclass(frozen=True)
class Hit(Generic[P]):
    """A matched form: its token range (gaps included), the matched tokens and the payload."""

    start: int
    end: int
    tokens: tuple[int, ...]
    form: tuple[str, ...]
    payload: P


class PhraseIndex(Generic[P]):
    """Forms (word tuples) with payloads, indexed by their first word."""

    def __init__(self, entries: Iterable[tuple[str, P]], gap: int = GAP):
        self.gap = gap
        self.by_first: dict[str, list[tuple[tuple[str, ...], P]]] = {}
        for form, payload in entries:
            w = words(form)
            self.by_first.setdefault(w[0], []).append((w, payload))
        for forms in self.by_first.values():
            forms.sort(key=lambda fp: -len(fp[0]))

    def match_at(self, doc: Doc, i: int, limit: int) -> Hit[P] | None:
        """The longest form starting at token `i` and ending before token `limit`."""
        for first in token_forms(doc[i]):
            for form, payload in self.by_first.get(first, ()):
                found = self._rest(doc, i, form, limit, self.gap)
                if found is not None:
                    return Hit(i, found[-1] + 1, found, form, payload)
        return None

    @staticmethod
    def _rest(doc: Doc, i: int, form: tuple[str, ...], limit: int,
              gap: int) -> tuple[int, ...] | None:
        found = [i]
        for word in form[1:]:
            j = found[-1] + 1
            stop = min(limit, j + gap + 1)
            while j < stop and word not in token_forms(doc[j]) and not doc[j].is_punct:
                j += 1
            if j >= stop or word not in token_forms(doc[j]):
                return None
            found.append(j)
        return tuple(found)

    def find(self, doc: Doc, start: int, end: int) -> list[Hit[P]]:
        """Non-overlapping hits in tokens [start, end), left to right, longest first at a point."""
        hits, i = [], start
        while i < end:
            hit = self.match_at(doc, i, end)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.end
        return hits


def word_set(values: Iterable[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


@dataclass(frozen=True)
class Trigger:
    """What a form names: its PLOVER type and mode, and its voice."""

    type: str
    mode: str | None
    voice: str   # "active", "passive" or "noun"


@dataclass(frozen=True)
class EventLexicon:
    """`events.yaml` compiled: the trigger index and the word sets around arguments."""

    triggers: PhraseIndex[Trigger]
    sectors: PhraseIndex[str]
    not_after: dict[str, frozenset[str]]
    not_before: dict[tuple[str, ...], frozenset[str]]
    match_words: frozenset[str]
    document_numbers: frozenset[str]
    match_types: frozenset[str]
    play_types: frozenset[str]
    needs_target: frozenset[str]
    abductor_sectors: frozenset[str]
    target_prepositions: frozenset[str]
    agent_prepositions: frozenset[str]
    between_prepositions: frozenset[str]
    partner_prepositions: frozenset[str]
    coordinators: frozenset[str]
    relativizers: frozenset[str]
    pp_heads: frozenset[str]
    location_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    destination_types: frozenset[str]
    visitor_types: frozenset[str]
    clause_breaks: frozenset[str]
    anaphora: frozenset[str]
    patient_prefixes: tuple[str, ...]
    patient_types: frozenset[str]
    patient_nouns: frozenset[str]
    implicit_agent_forms: frozenset[tuple[str, ...]]
    authority_sectors: frozenset[str]
    light_verbs: frozenset[str]
    manner_words: frozenset[str]
    purpose_words: frozenset[str]
    pronouns: PhraseIndex[str]
    first_person: PhraseIndex[str]
    status: dict[str, frozenset[str]]
    default_sector: dict[str, str | None]
    type_countries: dict[str, str]
    actor_labels: frozenset[str]
    place_labels: frozenset[str]
    predicate_words: int
    predicate_stops: frozenset[str]

    @classmethod
    def load(cls, lang: str) -> "EventLexicon":
        data: dict[str, Any] = load_yaml(lang, "events.yaml")
        voice = data["voice"]
        base = {words(v) for v in voice["base_verbs"]}

        undergone = {words(v) for v in voice["undergone"]}

        def voice_of(form: str) -> str:
            first = words(form)[0]
            if words(form) in undergone:
                return "passive"
            if first in voice["nouns"]:
                return "noun"
            if any(first.startswith(p) and len(first) > len(p) + 2 for p in voice["passive"]):
                return "passive"
            if words(form) in base or any(words(form)[:len(b)] == b for b in base) or any(
                    first.startswith(p) and len(first) > len(p) + 2 for p in voice["active"]):
                return "active"
            return "noun"

        entries = [(form, Trigger(etype, group.get("mode"), voice_of(form)))
                   for etype, groups in data["triggers"].items()
                   for group in groups for form in group["forms"]]
        sectors = [(role, sector) for sector, roles in data["sectors"].items() for role in roles]
        return cls(
            triggers=PhraseIndex(entries),
            sectors=PhraseIndex(sectors, gap=0),
            not_after={k: word_set(v) for k, v in data["not_after"].items()},
            not_before={words(k): word_set(v) for k, v in data["not_before"].items()},
            match_words=word_set(data["match_words"]),
            document_numbers=word_set(data["document_numbers"]),
            match_types=frozenset(data["match_types"]),
            play_types=frozenset(data["play_types"]),
            needs_target=frozenset(data["needs_target"]),
            abductor_sectors=frozenset(data["abductor_sectors"]),
            target_prepositions=word_set(data["target_prepositions"]),
            agent_prepositions=word_set(data["agent_prepositions"]),
            between_prepositions=word_set(data["between_prepositions"]),
            partner_prepositions=word_set(data["partner_prepositions"]),
            coordinators=word_set(data["coordinators"]),
            relativizers=word_set(data["relativizers"]),
            pp_heads=word_set(data["pp_heads"]) | word_set(data["target_prepositions"])
            | word_set(data["agent_prepositions"]) | word_set(data["location_prepositions"])
            | word_set(data["between_prepositions"]),
            location_prepositions=word_set(data["location_prepositions"]),
            place_nouns=word_set(data["place_nouns"]),
            destination_types=frozenset(data["destination_types"]),
            visitor_types=frozenset(data["visitor_types"]),
            clause_breaks=frozenset(data["clause_breaks"]),
            anaphora=word_set(data["anaphora"]),
            patient_prefixes=tuple(data["patient_prefixes"]),
            patient_types=frozenset(data["patient_types"]),
            patient_nouns=word_set(data["patient_nouns"]),
            implicit_agent_forms=frozenset(words(f) for f in data["implicit_agent_forms"]),
            authority_sectors=frozenset(data["authority_sectors"]),
            light_verbs=word_set(data["light_verbs"]),
            manner_words=word_set(data["manner_words"]),
            purpose_words=word_set(data["purpose_words"]),
            pronouns=PhraseIndex(((p, p) for p in data["pronouns"]), gap=0),
            first_person=PhraseIndex(((p, p) for p in data["first_person"]), gap=0),
            status={k: word_set(v) for k, v in data["status"].items()},
            default_sector=data["default_sector"],
            type_countries=data["type_countries"],
            actor_labels=frozenset(data["actor_labels"]),
            place_labels=frozenset(data["place_labels"]),
            predicate_words=int(data["predicate_words"]),
            predicate_stops=word_set(data["predicate_stops"]),
        )


@dataclass(frozen=True)
class StanceCue:
    """What a stance cue says, and how its holder is found."""

    stance: str
    needs_source: bool   # hedging ("diduga") unless a named source follows
    self_claim: bool     # assert about one's own deed, allege about another's
    passive: bool        # the holder is the agent after it ("dibantah gerilyawan")
    own_only: bool = False   # a position only on the holder's own deed ("mengecam laporan")


@dataclass(frozen=True)
class StanceLexicon:
    """`stances.yaml` compiled."""

    cues: PhraseIndex[StanceCue]
    negators: frozenset[str]
    acknowledging: frozenset[str]
    alternatives: frozenset[str]
    holder_prepositions: frozenset[str]
    until_words: frozenset[str]
    quoted_hedges: frozenset[tuple[str, ...]]
    naming: dict[str, frozenset[str]]
    not_naming: frozenset[str]
    open_after: PhraseIndex[str]
    own_markers: frozenset[str]
    denial_negators: frozenset[str]
    future_words: frozenset[str]
    purpose_words: frozenset[str]
    rebuttal_openers: PhraseIndex[str]
    rebuttal_words: frozenset[str]
    state_sectors: frozenset[str]

    @classmethod
    def load(cls, lang: str) -> "StanceLexicon":
        data: dict[str, Any] = load_yaml(lang, "stances.yaml")
        needs = word_set(data["need_named_source"])
        claims = word_set(data["self_claims"])
        passive = tuple(data["passive_prefixes"])
        own_only = word_set(data["own_deed_only"])
        entries = [(form, StanceCue(stance, form.lower() in needs, form.lower() in claims,
                                    form.lower().startswith(passive) and len(words(form)[0]) > 4,
                                    form.lower() in own_only))
                   for stance, forms in data["cues"].items() for form in forms]
        return cls(
            cues=PhraseIndex(entries),
            negators=word_set(data["negators"]),
            acknowledging=word_set(data["acknowledging_negators"]),
            alternatives=word_set(data["alternatives"]),
            holder_prepositions=word_set(data["holder_prepositions"]),
            until_words=word_set(data["until_words"]),
            quoted_hedges=frozenset(words(f) for f in data["quoted_hedges"]),
            naming={k: word_set(v) for k, v in data["naming"].items()},
            not_naming=word_set(data["not_naming"]),
            open_after=PhraseIndex(((f, f) for f in data["open_after"]), gap=0),
            own_markers=word_set(data["own_markers"]),
            denial_negators=word_set(data["denial"]["negators"]),
            future_words=word_set(data["denial"]["not_before"]),
            purpose_words=word_set(data["denial"]["not_after"]),
            rebuttal_openers=PhraseIndex(((f, f) for f in data["rebuttal"]["openers"]), gap=0),
            rebuttal_words=word_set(data["rebuttal"]["words"]),
            state_sectors=frozenset(data["state_sectors"]),
        )
