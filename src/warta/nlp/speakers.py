"""Speakers of quotes: the cue vocabulary of a language pack, speaker noun phrases, and their
resolution to names.

A speaker mention resolves, in order: a pronoun or "-nya" suffix to the most recent compatible
speaker; a mention holding a PER entity to that person; a mention whose head is (inside) an
entity to that entity; an anaphoric or role phrase ("pejabat itu", "Ketua Umum PAN") to the
person introduced with that role, else to the most recent speaker; a descriptive head ("juru
bicara", "para pakar") to no name. Entities come from `doc.ents` (`span._.name`, `kb_id_`);
without them, a capitalised mention stands for the fullest form of that name in the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from warta.lang import load_yaml

VERBISH = re.compile(r"^(me|ber|di)[a-z]{3,}$")
DASHES = frozenset({"-", "--", "—", "–"})
NAME_JOINERS = frozenset({"al", "el", "bin", "binti", "van", "von", "de", "da", "-", "ibn"})


@dataclass(frozen=True)
class QuoteLexicon:
    """A language pack's quote vocabulary (`quotes.yaml`), as sets of lower-case words."""

    speech_cues: frozenset[str]
    speaker_suffixes: tuple[str, ...]
    reporting_verbs: frozenset[str]
    complementizers: frozenset[str]
    according_cues: frozenset[str]
    source_cues: frozenset[str]
    statement_phrases: tuple[tuple[str, ...], ...]
    object_anaphors: tuple[tuple[str, ...], ...]
    source_connectors: frozenset[str]
    source_prepositions: frozenset[str]
    coordinators: frozenset[str]
    negators: frozenset[str]
    statement_nouns: frozenset[str]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    anaphora_markers: frozenset[str]
    unnamed_heads: frozenset[str]
    body_heads: frozenset[str]
    plural_quantifiers: frozenset[str]
    singular_quantifiers: frozenset[str]
    titles: frozenset[str]
    phrase_breaks: frozenset[str]
    adverbials: frozenset[str]
    clause_openers: frozenset[str]
    calendar: frozenset[str]

    @classmethod
    def load(cls, lang: str) -> "QuoteLexicon":
        data = load_yaml(lang, "quotes.yaml")
        fields = {}
        for name, typ in cls.__annotations__.items():
            value = data.get(name, [])
            if name in ("statement_phrases", "object_anaphors"):
                fields[name] = tuple(tuple(w.lower() for w in p) for p in value)
            elif name == "speaker_suffixes":
                fields[name] = tuple(value)
            else:
                fields[name] = frozenset(w.lower() for w in value)
        return cls(**fields)

    def suffix_cue(self, word: str) -> int:
        """Length of the speaker suffix when `word` is a speech cue plus suffix ("ujarnya"), else 0."""
        low = word.lower()
        for suf in self.speaker_suffixes:
            if low.endswith(suf) and low[: -len(suf)] in self.speech_cues:
                return len(suf)
        return 0

    def is_cue_word(self, word: str) -> bool:
        low = word.lower()
        return (low in self.speech_cues or low in self.reporting_verbs
                or low in self.according_cues or self.suffix_cue(low) > 0)


@dataclass
class Speaker:
    """A resolved speaker: mention offsets, name, KB id, and whether it stands for a group."""

    start: int
    end: int
    name: str | None
    kb_id: str | None
    plural: bool = False

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "name": self.name, "kb_id": self.kb_id}


def is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


class SpeakerResolver:
    """Resolves speaker mentions of one document, in reading order (it remembers speakers)."""

    def __init__(self, doc: Doc, lex: QuoteLexicon):
        self.doc = doc
        self.lex = lex
        self.history: list[Speaker] = []
        self.ents = list(doc.ents)
        self.in_entity = {i for e in self.ents for i in range(e.start, e.end)}
        self.name_runs = self._name_runs()

    # --- noun phrases -------------------------------------------------------------------------
    def phrase_after(self, i: int, limit: int) -> Span | None:
        """The speaker noun phrase starting at token i (after a cue), up to token `limit`."""
        doc, lex = self.doc, self.lex
        while (i < limit and doc[i].lower_ in lex.statement_nouns | lex.source_prepositions
               and not self._in_entity(i)):
            i += 1
        j = i
        while j < limit and j - i < 10:
            tok = doc[j]
            low = tok.lower_
            joiner = low == "-" and j > i and j + 1 < limit and not doc[j + 1].is_punct
            if tok.is_punct and not joiner:
                break
            if tok.is_space or (j > i and (low in lex.phrase_breaks or VERBISH.match(tok.text)
                                          or lex.is_cue_word(tok.text))):
                break
            if j > i and is_capitalised(tok) and doc[j - 1].lower_.endswith("nya") \
                    and not is_capitalised(doc[j - 1]):
                break
            j += 1
        while j > i and (doc[j - 1].is_punct or doc[j - 1].lower_ in lex.adverbials):
            j -= 1
        return doc[i:j] if j > i else None

    def subject_before(self, v: int, floor: int) -> Span | None:
        """The subject of the verb at token v: the last clause chunk before it, from `floor`."""
        doc, lex = self.doc, self.lex
        start = floor
        for k in range(v - 1, floor - 1, -1):
            if (doc[k].lower_ in lex.clause_openers or doc[k].text == ";" or doc[k].is_space
                    or self._dateline_dash(k)):
                start = k + 1
                break
        chunks, cur = [], start
        for k in range(start, v):
            if doc[k].text == ",":
                chunks.append((cur, k))
                cur = k + 1
        chunks.append((cur, v))
        for a, b in reversed(chunks):
            span = self._trim_subject(a, b)
            if span is not None:
                return span
        if start > floor and doc[start - 1].lower_ in lex.coordinators:
            return self.subject_before(start - 1, floor) if start - 1 > floor else None
        return None

    def _in_entity(self, i: int) -> bool:
        return i in self.in_entity

    def _dateline_dash(self, k: int) -> bool:
        """Whether token k is the dash closing a dateline ("Seoul (ANTARA News) - …")."""
        doc = self.doc
        if doc[k].text not in DASHES:
            return False
        if doc[k].text != "-" or k > 0 and doc[k - 1].text in {"-", ")"}:
            return True
        first = k
        while first > 0 and not (doc[first - 1].is_space or "\n" in doc[first - 1].whitespace_):
            first -= 1
        return k - first <= 6 and k > 0 and is_capitalised(doc[k - 1])

    def _trim_subject(self, a: int, b: int) -> Span | None:
        doc, lex = self.doc, self.lex
        lead = lex.adverbials | {"itu", "ini"}
        while a < b and (doc[a].lower_ in lead or doc[a].is_punct and doc[a].text != "("):
            a += 1
        if a >= b or doc[a].lower_ in lex.phrase_breaks | lex.source_cues | lex.calendar:
            return None
        while a + 1 < b and doc[a].lower_ in lex.statement_nouns and not self._in_entity(a):
            a += 1
        end = a + 1
        while end < b:
            tok = doc[end]
            if (tok.lower_ in lex.phrase_breaks or tok.lower_ in lex.adverbials
                    or tok.text == "(" or VERBISH.match(tok.text) or lex.is_cue_word(tok.text)):
                break
            end += 1
        if VERBISH.match(doc[a].text) or doc[a].lower_ in lex.complementizers:
            return None
        if not any(a <= e.start < end for e in self.ents):
            # "Calon presiden dari Partai Republik Donald Trump pada Minggu memberitahu"
            named = [e for e in self.ents if end <= e.start and e.end <= b
                     and e.label_ in ("PER", "ORG")]
            if named:
                end = named[-1].end
            elif not self._core(doc[a:end]) and self._trailing_name(doc[end:b]) is not None:
                end = b  # "Negosiator senior dari pihak pemberontak Luis Jalandoni mengatakan"
        return doc[a:end]

    # --- resolution -------------------------------------------------------------------------
    def resolve(self, mention: Span | None, suffix_at: tuple[int, int] | None = None) -> Speaker | None:
        """Resolve a speaker mention (or a "-nya" suffix at char offsets) and remember it."""
        if suffix_at is not None:
            spk = self._antecedent(suffix_at[0], suffix_at[0], suffix_at[1], plural=False)
        elif mention is None:
            return None
        else:
            spk = self._resolve_phrase(mention)
        if spk is not None:
            self.history.append(spk)
        return spk

    def inherit(self, other: Speaker) -> None:
        """Record that `other` spoke again (for pronoun resolution)."""
        self.history.append(other)

    def _resolve_phrase(self, span: Span) -> Speaker:
        lex = self.lex
        start, end = span.start_char, span.end_char
        words = [t.lower_ for t in span]
        if len(words) == 1 and words[0] in lex.pronouns:
            return self._antecedent(span.start_char, start, end, words[0] in lex.plural_pronouns)
        i = 0
        plural = False
        while i < len(span) - 1 and (words[i] in lex.plural_quantifiers
                                     or words[i] in lex.singular_quantifiers):
            plural |= words[i] in lex.plural_quantifiers
            i += 1
        head = span[i]
        plural |= "-" in head.text and head.lower_.split("-")[0] == head.lower_.split("-")[-1]
        ents = [e for e in self.ents if e.start < span.end and e.end > span.start]
        person = next((e for e in ents if e.label_ == "PER"), None)
        if person is not None:
            return self._from_ent(person, start, end)
        covering = next((e for e in ents if e.start <= head.i < e.end), None)
        if covering is None and head.lower_ in lex.body_heads and ents:
            covering = ents[0]
        if covering is not None:
            return self._from_ent(covering, start, end, plural)
        anaphoric = words[-1] in lex.anaphora_markers or words[0] in lex.anaphora_markers
        descriptive = (head.lower_ in lex.unnamed_heads | lex.body_heads | lex.statement_nouns
                       or head.lower_ in lex.titles and not self._core(span)
                       or not is_capitalised(head))
        apposed = self._trailing_name(span)
        if apposed is not None and (descriptive or head.lower_ in lex.titles):
            # "Negosiator pemerintah Sivestre Bello", "Kepala BPS Suhariyanto" (no PER entity)
            return Speaker(start, end, self._fallback_name(apposed), None, plural)
        if anaphoric or descriptive:
            role = self._role_holder(span, i)
            if role is not None:
                return Speaker(start, end, role[0], role[1], plural)
            organisation = next((e for e in ents if e.label_ == "ORG"), None)
            if organisation is not None and head.lower_ not in lex.unnamed_heads | lex.titles:
                return self._from_ent(organisation, start, end, plural)  # "panel pakar PBB"
            if anaphoric and not plural:
                return self._antecedent(span.start_char, start, end, plural)
            return Speaker(start, end, None, None, plural)
        if ents:
            return self._from_ent(ents[0], start, end, plural)
        earlier = self._entity_naming(span)
        if earlier is not None:
            return self._from_ent(earlier, start, end, plural)
        return Speaker(start, end, self._fallback_name(span), None, plural)

    def _entity_naming(self, span: Span) -> Span | None:
        """The latest earlier entity whose text starts with this mention ("Kementerian")."""
        words = [t.lower_ for t in span]
        return next((e for e in reversed(self.ents) if e.end <= span.start
                     and [t.lower_ for t in e[:len(words)]] == words), None)

    def person_between(self, lo: int, hi: int) -> Speaker | None:
        """The last PER entity (without entities: the last name) between two char offsets."""
        persons = [e for e in self.ents if e.label_ == "PER"]
        for cands in (persons, [] if self.ents else self.name_runs):
            span = next((e for e in reversed(cands) if lo <= e.start_char and e.end_char <= hi),
                        None)
            if span is not None and span.label_ == "PER":
                return self._from_ent(span, span.start_char, span.end_char)
            if span is not None:
                return Speaker(span.start_char, span.end_char, self._fallback_name(span), None)
        return None

    def _from_ent(self, ent: Span, start: int, end: int, plural: bool = False) -> Speaker:
        return Speaker(start, end, ent._.name or ent.text, ent.kb_id_ or None, plural)

    def _antecedent(self, before: int, start: int, end: int, plural: bool) -> Speaker:
        for prev in reversed(self.history):
            if plural or not prev.plural:
                return Speaker(start, end, prev.name, prev.kb_id, prev.plural)
        for ent in reversed(self.ents):
            if ent.label_ == "PER" and ent.end_char <= before:
                return self._from_ent(ent, start, end)
        run = next((r for r in reversed(self.name_runs) if r.end_char <= before), None)
        return Speaker(start, end, self._fallback_name(run) if run else None, None, plural)

    def _role_holder(self, span: Span, skip: int) -> tuple[str, str | None] | None:
        """Name (and KB id) of the person introduced earlier with this role ("Ketua Umum PAN X")."""
        doc, lex = self.doc, self.lex
        role = [t.lower_ for t in span[skip:] if t.lower_ not in lex.anaphora_markers]
        for n in range(len(role), 1, -1):
            want = role[:n]
            for k in range(span.start - n, -1, -1):
                if [t.lower_ for t in doc[k:k + n]] != want:
                    continue
                j = k + n
                if j < len(doc) and doc[j].text == ",":
                    j += 1
                ent = next((e for e in self.ents if e.start == j and e.label_ == "PER"), None)
                if ent is not None:
                    return ent._.name or ent.text, ent.kb_id_ or None
                run = next((r for r in self.name_runs if r.start == j), None)
                if run is not None and self._core(run):
                    return self._fallback_name(run), None
        return None

    # --- fallback without an entity layer ----------------------------------------------------
    def _name_runs(self) -> list[Span]:
        """Capitalised token runs that may be names, for mentions no entity covers."""
        doc, lex = self.doc, self.lex
        runs, i = [], 0
        while i < len(doc):
            if not is_capitalised(doc[i]) or not self._name_token(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and self._name_token(doc[j]) and (
                    is_capitalised(doc[j]) or j + 1 < len(doc) and is_capitalised(doc[j + 1])):
                j += 1
            runs.append(doc[i:j])
            i = j
        return runs

    def _trailing_name(self, span: Span) -> Span | None:
        """The capitalised run closing a mention outside any entity, when it is a name of
        two or more words or the mention's only name word."""
        k = span.end
        while k > span.start and self._name_token(span.doc[k - 1]):
            k -= 1
        run = span.doc[k:span.end]
        words = self._core(run)
        if not words or k == span.start or len(words) < 2 and self._core(span[:k - span.start]):
            return None
        return run

    def _name_token(self, tok: Token) -> bool:
        return (is_capitalised(tok) or tok.lower_ in NAME_JOINERS) and not self._in_entity(tok.i) \
            and tok.lower_ not in self.lex.titles | self.lex.calendar

    def _core(self, tokens: Iterable[Token]) -> list[str]:
        words = [t.text for t in tokens if self._name_token(t)]
        while words and words[0].lower() in NAME_JOINERS:
            words.pop(0)
        return words

    def _fallback_name(self, span: Span) -> str | None:
        """The fullest capitalised form in the document that contains the mention's name words."""
        core = self._core(span)
        if not core:
            return None
        n, best = len(core), core
        for run in self.name_runs:
            words = self._core(run)
            if len(words) > len(best) and any(words[k:k + n] == core
                                              for k in range(len(words) - n + 1)):
                best = words
        return " ".join(best).replace(" - ", "-")
