"""Speakers of quotes: the cue vocabulary of a language pack, speaker noun phrases, and their
resolution to names.

A speaker mention resolves, in order: a pronoun or "-nya" suffix to the most recent compatible
speaker; a mention holding a PER entity to that person (the one apposed after a comma; none
for "tim kuasa hukum X"; the leader's country for "pemerintahan X"); a mention whose head is
(inside) an entity to that entity; an anaphoric phrase to the last country ("negara itu") or
organisation ("kantor pemerintah itu") named, or to the person introduced with that role
("Ketua Umum PAN itu"), else to the most recent speaker; a descriptive head ("juru bicara",
"para pakar") to no name. An unlinked short name takes the fuller name introduced before it. Entities come from `doc.ents` (`span._.name`, `kb_id_`);
without them, a capitalised mention stands for the fullest form of that name in the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from warta.kb import load_kb
from warta.lang import load_yaml

VERBISH = re.compile(r"^(me|ber|di)[a-z]{3,}$")
ACTIVE_VERB = re.compile(r"^(me|ber)[a-z]{3,}$")
DASHES = frozenset({"-", "--", "—", "–"})
NAME_JOINERS = frozenset({"al", "el", "bin", "binti", "van", "von", "de", "da", "-", "ibn"})


@dataclass(frozen=True)
class QuoteLexicon:
    """A language pack's quote vocabulary (`quotes.yaml`), as sets of lower-case words."""

    speech_cues: frozenset[str]
    speaker_suffixes: tuple[str, ...]
    reporting_verbs: frozenset[str]
    object_verbs: frozenset[str]
    predicate_words: frozenset[str]
    not_predicates: frozenset[str]
    complementizers: frozenset[str]
    according_cues: frozenset[str]
    source_cues: frozenset[str]
    statement_phrases: tuple[tuple[str, ...], ...]
    object_anaphors: tuple[tuple[str, ...], ...]
    source_connectors: frozenset[str]
    source_prepositions: frozenset[str]
    coordinators: frozenset[str]
    relativizers: frozenset[str]
    recipients: frozenset[str]
    negators: frozenset[str]
    statement_nouns: frozenset[str]
    non_speakers: frozenset[str]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    anaphora_markers: frozenset[str]
    unnamed_heads: frozenset[str]
    body_heads: frozenset[str]
    relational_heads: frozenset[str]
    government_heads: frozenset[str]
    country_heads: frozenset[str]
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


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Name of each country in the KB by its ISO 3166 alpha-3 code."""
    return {e.country: e.name for e in load_kb() if e.type == "country" and e.country}


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
    def phrase_after(self, i: int, limit: int, apposition: bool = False) -> Span | None:
        """The speaker noun phrase starting at token i (after a cue), up to token `limit`;
        with `apposition` a descriptive phrase takes the name apposed to it after a comma
        ("kata Deputi Bidang Energi, Logistik dan Pariwisata Kementerian BUMN, Edwin")."""
        doc, lex = self.doc, self.lex
        while i < limit and not self._in_entity(i):
            if doc[i].lower_ in lex.statement_nouns | lex.source_prepositions:
                i += 1
            elif (doc[i].lower_ in lex.relativizers and i + 1 < limit  # "catatan yang dirilis X"
                  and doc[i + 1].lower_.startswith("di") and VERBISH.match(doc[i + 1].lower_)):
                i += 2
            else:
                break
        j = i
        while j < limit and j - i < 10:
            tok = doc[j]
            low = tok.lower_
            joiner = low == "-" and j > i and j + 1 < limit and not doc[j + 1].is_punct
            if tok.is_punct and not joiner:
                break
            if tok.is_space or (j > i and (low in lex.phrase_breaks and not is_capitalised(tok)
                                          and not self._joins_name(j)
                                          or VERBISH.match(tok.text) or lex.is_cue_word(tok.text))):
                break
            if j > i and is_capitalised(tok) and doc[j - 1].lower_.endswith("nya") \
                    and not is_capitalised(doc[j - 1]):
                break
            j += 1
        while j > i and (doc[j - 1].is_punct or doc[j - 1].lower_ in lex.adverbials):
            j -= 1
        if j <= i:
            return None
        if apposition and j < limit and doc[j].text == "," and self._descriptive_head(doc[i]):
            j = self._apposed_person(j, limit) or j
        return doc[i:j]

    def _apposed_person(self, comma: int, limit: int) -> int | None:
        """End of a PER entity after the comma at token `comma`, reached over title words."""
        doc, lex = self.doc, self.lex
        for k in range(comma + 1, min(limit, comma + 15)):
            if doc[k - 1].text == ",":
                person = next((e for e in self.ents if e.start == k and e.label_ == "PER"), None)
                if person is not None and person.end <= limit:
                    return person.end
            if not (doc[k].text == "," or is_capitalised(doc[k])
                    or doc[k].lower_ in lex.coordinators):
                return None
        return None

    def _descriptive_head(self, tok: Token) -> bool:
        lex = self.lex
        return (not is_capitalised(tok) or tok.lower_ in lex.titles | lex.unnamed_heads
                | lex.body_heads) and tok.lower_ not in lex.pronouns

    def could_speak(self, tok: Token) -> bool:
        """Whether a phrase opening with `tok` may name a speaker: a name, pronoun or role."""
        lex = self.lex
        return is_capitalised(tok) or tok.lower_ in lex.pronouns | lex.titles | lex.unnamed_heads \
            | lex.body_heads | lex.plural_quantifiers | lex.singular_quantifiers

    def _joins_name(self, k: int) -> bool:
        """Whether the coordinator at token k sits inside a name ("Kebakaran dan Penyelamatan")."""
        doc = self.doc
        return doc[k].lower_ in self.lex.coordinators and (
            self._in_entity(k) or 0 < k < len(doc) - 1 and is_capitalised(doc[k - 1])
            and is_capitalised(doc[k + 1]))

    def negated(self, v: int, floor: int) -> bool:
        """Whether a negator from token `floor` on bears on the verb at token v: it comes before
        an adverb or a cue ("belum pernah menyebutkan", "tidak membenarkan ataupun membantah"),
        not before another verb ("orang tak dikenal itu menjelaskan")."""
        doc, lex = self.doc, self.lex
        return any(doc[k].lower_ in lex.negators and (
            doc[k + 1].lower_ in lex.adverbials | lex.negators or lex.is_cue_word(doc[k + 1].text))
            for k in range(floor, v))

    def subject_before(self, v: int, floor: int) -> Span | None:
        """The subject of the verb at token v: the last clause chunk before it, from `floor`;
        after a relative pronoun only a person set off by a comma ("Damien Kingsbury, yang
        mengatakan"), not "seorang sumber yang mengatakan"."""
        doc, lex = self.doc, self.lex
        k = v - 1
        while k >= floor and doc[k].lower_ in lex.adverbials:
            k -= 1
        if k >= floor and doc[k].lower_ in lex.relativizers:
            return next((e for e in self.ents if e.end == k - 1 and e.label_ == "PER"
                         and doc[k - 1].text == ","), None)
        start = floor
        for k in range(v - 1, floor - 1, -1):
            if (doc[k].lower_ in lex.clause_openers and not self._joins_name(k)
                    or doc[k].text == ";" or doc[k].is_space or self._dateline_dash(k)):
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

    def _ents_in(self, a: int, b: int) -> list[Span]:
        return [e for e in self.ents if e.start < b and e.end > a]

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
        lead = lex.adverbials | lex.speech_cues | {"itu", "ini"}  # "Lebih lanjut politisi X"
        while a < b and (doc[a].lower_ in lead or doc[a].is_punct and doc[a].text != "("):
            a += 1
        if a >= b or doc[a].lower_ in lex.phrase_breaks | lex.source_cues | lex.calendar:
            return None
        while a + 1 < b and doc[a].lower_ in lex.statement_nouns and not self._in_entity(a):
            a += 1
        if doc[a].lower_ in lex.anaphora_markers:  # "Pernyataan ini membantah …"
            return None
        end = a + 1
        while end < b:
            tok = doc[end]
            if (tok.lower_ in lex.phrase_breaks | lex.adverbials | lex.negators
                    and not self._joins_name(end)
                    or tok.text == "(" or VERBISH.match(tok.text) or lex.is_cue_word(tok.text)):
                break
            end += 1
        if VERBISH.match(doc[a].text) or doc[a].lower_ in lex.complementizers:
            return None
        if not any(a <= e.start < end for e in self.ents):
            # "Calon presiden dari Partai Republik Donald Trump pada Minggu memberitahu"
            named = [e for e in self.ents if end <= e.start and e.end <= b
                     and e.label_ in ("PER", "ORG") and not any(
                        t.lower_ in lex.recipients or ACTIVE_VERB.match(t.text)
                        or lex.is_cue_word(t.text) for t in doc[end:e.start])]
            if named:
                end = named[-1].end
            elif not self._core(doc[a:end]) and self._trailing_name(doc[end:b]) is not None:
                end = b  # "Negosiator senior dari pihak pemberontak Luis Jalandoni mengatakan"
        return doc[a:end]

    # --- resolution -------------------------------------------------------------------------
    def resolve(self, mention: Span | None, suffix_at: tuple[int, int] | None = None,
                before: int | None = None) -> Speaker | None:
        """Resolve a speaker mention (or a "-nya" suffix at char offsets) and remember it;
        a pronoun's antecedent is named before char offset `before` (the quote's start)."""
        if suffix_at is not None:
            at = suffix_at[0] if before is None else before
            spk = self._antecedent(at, suffix_at[0], suffix_at[1], plural=False)
        elif mention is None:
            return None
        else:
            spk = self._resolve_phrase(mention, mention.start_char if before is None else before)
        if spk is not None:
            self.history.append(spk)
        return spk

    def _resolve_phrase(self, span: Span, before: int) -> Speaker:
        lex = self.lex
        start, end = span.start_char, span.end_char
        words = [t.lower_ for t in span]
        if len(words) == 1 and words[0] in lex.pronouns:
            return self._antecedent(before, start, end, words[0] in lex.plural_pronouns)
        i = 0
        plural = False
        while i < len(span) - 1 and (words[i] in lex.plural_quantifiers
                                     or words[i] in lex.singular_quantifiers):
            plural |= words[i] in lex.plural_quantifiers
            i += 1
        head = span[i]
        low = head.lower_
        plural |= "-" in head.text and low.split("-")[0] == low.split("-")[-1]
        ents = self._ents_in(span.start, span.end)
        persons = [e for e in ents if e.label_ == "PER"]
        if persons:
            apposed = [e for e in persons
                       if e.start > span.start and span.doc[e.start - 1].text == ","]
            if apposed or len(persons) > 1 and low in lex.relational_heads:
                return self._from_ent((apposed or persons)[-1], start, end)
            if low in lex.relational_heads:  # "tim kuasa hukum Siti Fadilah"
                return Speaker(start, end, None, None, plural)
            if low in lex.government_heads and persons[0]._.country in country_names():
                return Speaker(start, end, country_names()[persons[0]._.country], None, plural)
            return self._from_ent(persons[0], start, end)
        covering = next((e for e in ents if e.start <= head.i < e.end), None)
        if covering is None and low in lex.body_heads and ents:
            covering = ents[0]
        if covering is not None:
            return self._from_ent(covering, start, end, plural)
        anaphoric = words[-1] in lex.anaphora_markers or words[0] in lex.anaphora_markers
        descriptive = (low in lex.unnamed_heads | lex.body_heads | lex.statement_nouns
                       or low in lex.titles and not self._core(span)
                       or not is_capitalised(head))
        apposed = self._trailing_name(span)
        if apposed is not None and (descriptive or low in lex.titles):
            # "Negosiator pemerintah Sivestre Bello", "Kepala BPS Suhariyanto" (no PER entity)
            return Speaker(start, end, self._fallback_name(apposed), None, plural)
        if anaphoric and low in lex.country_heads:  # "negara terisolasi itu"
            country = self._last_country(span.start)
            if country is not None:
                return Speaker(start, end, country, None, plural)
        if anaphoric and low in lex.body_heads:  # "kantor pemerintah itu": the last body named
            body = next((e for e in reversed(self.ents) if e.label_ == "ORG"
                         and e.end_char <= before), None)
            if body is not None:
                return self._from_ent(body, start, end, plural)
        if anaphoric or descriptive:
            role = self._role_holder(span, i)
            if role is not None:
                return Speaker(start, end, role[0], role[1], plural)
            if anaphoric and not plural:  # "eks pelatih Borussia Dortmund itu"
                return self._antecedent(before, start, end, plural)
            organisation = next((e for e in ents if e.label_ == "ORG"), None)
            if organisation is not None and low not in lex.unnamed_heads | lex.titles:
                return self._from_ent(organisation, start, end, plural)  # "panel pakar PBB"
            return Speaker(start, end, None, None, plural)
        if ents:
            return self._from_ent(ents[0], start, end, plural)
        earlier = self._fuller_entity(span)
        if earlier is not None:
            return self._from_ent(earlier, start, end, plural)
        return Speaker(start, end, self._fallback_name(span), None, plural)

    def _last_country(self, before: int) -> str | None:
        """Name of the country the last GPE entity before token `before` stands for."""
        ent = next((e for e in reversed(self.ents) if e.end <= before and e.label_ == "GPE"
                    and e._.country in country_names()), None)
        return country_names()[ent._.country] if ent is not None else None

    def _fuller_entity(self, span: Span, labels: tuple[str, ...] = ("PER", "ORG")) -> Span | None:
        """The latest entity before the mention's first use, longer than it, whose words hold
        its words ("Kementerian" -> "Kementerian Luar Negeri", "Begiristain" -> "Txiki
        Begiristain"; not "Neymar" -> a later "Kepergian Neymar")."""
        words = [t.lower_ for t in span]
        n = len(words)
        first = next((e.start for e in self.ents if [t.lower_ for t in e] == words), span.start)
        for e in reversed(self.ents):
            ew = [t.lower_ for t in e]
            if e.end <= min(first, span.start) and e.label_ in labels and len(ew) > n and any(
                    ew[k:k + n] == words for k in range(len(ew) - n + 1)):
                return e
        return None

    def person_between(self, lo: int, hi: int, prefer: str | None = None) -> Speaker | None:
        """The last PER entity (without entities: the last name) between two char offsets;
        the one named `prefer` (the previous speaker) when it is there."""
        persons = [e for e in self.ents if e.label_ == "PER" and lo <= e.start_char
                   and e.end_char <= hi]
        if persons:
            named = [self._from_ent(e, e.start_char, e.end_char) for e in persons]
            return next((p for p in reversed(named) if p.name == prefer), named[-1])
        run = next((r for r in reversed([] if self.ents else self.name_runs)
                    if lo <= r.start_char and r.end_char <= hi), None)
        if run is None:
            return None
        return Speaker(run.start_char, run.end_char, self._fallback_name(run), None)

    def _name_of(self, ent: Span) -> str:
        return ent._.name or ent.text

    def _from_ent(self, ent: Span, start: int, end: int, plural: bool = False) -> Speaker:
        """A speaker named by `ent`, or by the linked form it abbreviates when it is unlinked:
        "Lembaga Pusat Intelijen AS (CIA)", "Begiristain" after "Txiki Begiristain"."""
        if not ent.kb_id_ and ent._.name in (None, ent.text):  # unlinked: its alias or fuller form
            doc = self.doc
            alias = next((e for e in self.ents if e.start == ent.end + 1 and e.kb_id_
                          and doc[ent.end].text == "(" and e.end < len(doc)
                          and doc[e.end].text == ")"), None)
            labels = ("PER",) if ent.label_ == "PER" else ("PER", "ORG")
            ent = alias or (self._fuller_entity(ent, labels) if len(ent) == 1 else None) or ent
        return Speaker(start, end, self._name_of(ent), ent.kb_id_ or None, plural)

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
        if not words or k == span.start or len(words) < 2 and self._core(
                span[:k - span.start]) and not self._in_entity(k - 1):  # "Kepala Dinas X Hardi"
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
