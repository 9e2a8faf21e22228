"""Arguments of a trigger read from its clause: subject, object, agent, place, date and status.

Indonesian clauses are subject–verb–object; a passive verb (di-) puts the target first and the
agent after "oleh" or right after the verb; a noun names its actor right after it ("serangan
Ukraina") or takes the subject of the verb it is the object of ("Korut mengonfirmasi
pengerahan …"). A clause runs from the last break (comma, "bahwa", a dash …) before the trigger
to the next one after it. Every look-up stays inside one sentence.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import product
from typing import Any, Sequence

from spacy.tokens import Doc, Span

from warta.nlp.events.actors import Actor, DocActors
from warta.nlp.events.lexicon import EventLexicon, PhraseIndex

OBJECT_REACH = 8     # tokens after a trigger in which its object is looked for
TARGET_REACH = 12    # tokens after a trigger in which "melawan X", "terhadap X" is looked for
STATUS_REACH = 4     # tokens before a trigger in which its status cues are looked for
LIGHT_REACH = 3      # tokens between a light verb and its noun ("melakukan sejumlah serangan")
RELATIVE_REACH = 5   # tokens between "yang" and its verb ("yang tak lama setelahnya ditetapkan")
DATED = ("DATE", "TIME")


def sentence_bounds(sent: Span) -> dict[str, int]:
    """A sentence's character span without its trailing whitespace: the `sentence` of an event,
    the `evidence` of a stance."""
    return {"start": sent.start_char, "end": sent.start_char + len(sent.text.rstrip())}


class ClauseReader:
    """Argument look-ups over one analysed document."""

    def __init__(self, doc: Doc, lex: EventLexicon, actors: DocActors):
        self.doc = doc
        self.lex = lex
        self.actors = actors
        times = sorted((t for t in doc.spans.get("times", []) if t.label_ in DATED
                        and not self._numbers_document(t)), key=lambda t: t.start)
        self.times = times
        self.time_starts = [t.start for t in times]

    def _numbers_document(self, time: Span) -> bool:
        """Whether a time is the year of a document's number ("UU Nomor 20 Tahun 2001")."""
        doc, i = self.doc, time.start
        return i >= 2 and doc[i - 1].like_num and doc[i - 2].lower_ in self.lex.document_numbers

    # clauses
    def is_break(self, i: int) -> bool:
        """Whether token `i` ends a clause; a hyphen inside a name ("Moon Jae-in") does not."""
        tok = self.doc[i]
        if tok.ent_iob_ == "I" and not tok.whitespace_ and not self.doc[i - 1].whitespace_:
            return False
        return tok.lower_ in self.lex.clause_breaks or tok.text in self.lex.clause_breaks

    def clause_start(self, i: int, sent: Span) -> int:
        j = i - 1
        while j >= sent.start and not self.is_break(j):
            j -= 1
        return j + 1

    def clause_end(self, i: int, sent: Span) -> int:
        j = i
        while j < sent.end and not self.is_break(j):
            j += 1
        return j

    def in_phrase(self, actor: Actor, floor: int) -> bool:
        """Whether a preposition heads the actor's phrase ("menurut KCNA", "di Suriah")."""
        return actor.start > floor and self.doc[actor.start - 1].lower_ in self.lex.pp_heads

    def light_verb(self, i: int, sent: Span) -> int | None:
        """The light verb whose object token `i` is ("melakukan sejumlah serangan")."""
        return next((j for j in range(max(sent.start, i - LIGHT_REACH), i)
                     if self.doc[j].lower_ in self.lex.light_verbs), None)

    # arguments
    def relative_at(self, i: int, sent: Span) -> int | None:
        """The position of the relativizer that token `i` opens a relative clause after
        ("… yang telah menjerat …"), or None."""
        for j in range(i - 1, max(sent.start, i - 1 - RELATIVE_REACH), -1):
            tok = self.doc[j]
            if tok.lower_ in self.lex.relativizers:
                return j
            if tok.is_punct or self.is_break(j) or self.actors.covering(j) is not None:
                return None
        return None

    def relative_head(self, i: int, sent: Span) -> Actor | None:
        """The actor a relative clause hangs on: "pasukan Korea Utara yang membantu …",
        "Rusia, yang membantu …"."""
        j = self.relative_at(i, sent)
        if j is None:
            return None
        k = j - 1 if j - 1 > sent.start and self.doc[j - 1].is_punct else j
        return self.actors.covering(k - 1)

    def subject(self, i: int, sent: Span, own_clause: bool = False) -> Actor | None:
        """The first actor of the clause before token `i` that no preposition heads; else the
        first such actor of the sentence before it. With `own_clause`, a verb before `i` opens
        the clause ("Ukraina menuduh Korea Utara mengirim …": Korea Utara sends)."""
        start = self.clause_start(i, sent)
        if own_clause:
            verb = next((j for j in range(i - 1, start - 1, -1) if self.is_verb(j)), None)
            found = next((a for a in self.actors.within(verb + 1, i)
                          if not self.in_phrase(a, verb + 1)), None) if verb is not None else None
            if found is not None:
                return found
        for floor in (start, sent.start):
            found = next((a for a in self.actors.within(floor, i)
                          if not self.in_phrase(a, floor)), None)
            if found is not None:
                return found
        return None

    def pronoun_before(self, i: int, sent: Span, pronouns: PhraseIndex[str] | None = None) -> bool:
        """Whether the clause before token `i` opens with a pronoun subject ("Mereka …"), of
        the pack's third-person pronouns or of `pronouns`."""
        start = self.clause_start(i, sent)
        return bool((pronouns or self.lex.pronouns).find(self.doc, start, min(i, start + 3)))

    def partners(self, actor: Actor, end: int) -> list[Actor]:
        """Actors coordinated with `actor`: "X dan Y", "X, Y serta Z", "baik X maupun Y"."""
        out, cur = [], actor
        while cur.end < end and (self.doc[cur.end].lower_ in self.lex.coordinators
                                 or self.doc[cur.end].text == ","):
            nxt = self.actors.at(cur.end + 1)
            if nxt is None and cur.end + 2 < end and (
                    self.doc[cur.end + 1].lower_ in self.lex.coordinators   # "Turki, serta Yaman"
                    or (self.doc[cur.end + 1].is_lower   # "Kyiv dan negara-negara Barat"
                        and self.doc[cur.end + 1].lower_ not in self.lex.pp_heads)):
                nxt = self.actors.at(cur.end + 2)
            if nxt is None:
                break
            out.append(nxt)
            cur = nxt
        return out

    def object(self, end: int, sent: Span, etype: str) -> Actor | None:
        """The first actor after a trigger ending at `end`, not a place or an agent."""
        stop = min(self.clause_end(end, sent), end + OBJECT_REACH)
        skip = self.lex.location_prepositions | self.lex.agent_prepositions
        if etype in self.lex.destination_types:
            skip = skip | {"ke"}
        for actor in self.actors.within(end, stop):
            if any(self.next_verb(j) for j in range(end, actor.start)):
                return None
            if actor.start > 0 and self.doc[actor.start - 1].lower_ in skip:
                continue
            return actor
        return None

    def is_verb(self, j: int) -> bool:
        """An active or passive verb by its shape (me-, di-, ber- and five letters or more)."""
        tok = self.doc[j]
        return tok.is_lower and len(tok) > 5 and tok.text.startswith(("me", "di", "ber"))

    def next_verb(self, j: int) -> bool:
        """Whether token `j` joins a second verb phrase ("… ke Rusia dan langsung memberitahu
        …")."""
        return self.doc[j].lower_ in self.lex.coordinators and any(
            self.is_verb(k) for k in range(j + 1, min(j + 3, len(self.doc))))

    def after_preposition(self, end: int, sent: Span, preps: frozenset[str],
                          reach: int = TARGET_REACH, gap: int = 0) -> Actor | None:
        """The first actor after one of `preps` following token `end`, within its clause,
        with place nouns and up to `gap` words between (lower-case ones, or titles: "dengan
        Ketua DPR Setya Novanto")."""
        stop = min(self.clause_end(end, sent), end + reach)
        for actor in self.actors.within(end, stop):
            j, skipped = actor.start - 1, 0
            while j >= end and (self.doc[j].lower_ in self.lex.place_nouns or (
                    skipped < gap and (self.doc[j].is_lower or self.doc[j].is_title)
                    and self.doc[j].lower_ not in preps)):
                skipped += self.doc[j].lower_ not in self.lex.place_nouns
                j -= 1
            if j >= end and self.doc[j].lower_ in preps:
                return actor
        return None

    def possessor(self, end: int) -> Actor | None:
        """The actor right after a noun trigger ("serangan Ukraina", "pengiriman pasukan Korea
        Utara", "serangan udara AS")."""
        return self.actors.covering(end) if end < len(self.doc) else None

    def between(self, end: int, sent: Span) -> tuple[Actor, Actor] | None:
        """"… antara X dan Y" after a trigger."""
        stop = min(sent.end, end + OBJECT_REACH)
        for j in range(end, stop):
            if self.doc[j].lower_ in self.lex.between_prepositions:
                first = next(iter(self.actors.within(j + 1, stop)), None)
                others = self.partners(first, sent.end) if first else []
                return (first, others[0]) if others else None
        return None

    def place(self, start: int, end: int, sent: Span, etype: str) -> dict[str, Any] | None:
        """The place of the event: a place entity after "di" in the sentence, after the trigger
        first, then before it; for destinations then one after "ke"."""
        tiers = [self.lex.location_prepositions]
        if etype in self.lex.destination_types:
            tiers.append(frozenset({"ke"}))
        for preps, (lo, hi) in product(tiers, ((end, sent.end), (sent.start, start))):
            i = lo
            while i < hi:
                place = self.actors.place_after(i, hi)
                if place is None:
                    break
                j = place.start - 1
                while j >= lo and self.doc[j].lower_ in self.lex.place_nouns:
                    j -= 1
                if j >= lo and self.doc[j].lower_ in preps:
                    return {"name": place._.name or place.text, "country": place._.country}
                i = place.end
        return None

    def date(self, start: int, sent: Span, rivals: Sequence[int] = ()) -> str | None:
        """The value of the date or time expression of the sentence nearest token `start`,
        among those no other trigger of the sentence (`rivals`) is nearer to."""
        best: tuple[int, str] | None = None
        for t in self.times_in(sent):
            dist = abs(t.start - start)
            if t._.value and (best is None or dist < best[0]) \
                    and not any(abs(t.start - r) < dist for r in rivals):
                best = (dist, t._.value)
        return best[1] if best else None

    def times_in(self, sent: Span) -> list[Span]:
        """The date and time expressions of a sentence."""
        i = bisect_left(self.time_starts, sent.start)
        j = bisect_left(self.time_starts, sent.end, lo=i)
        return self.times[i:j]

    def status(self, start: int, sent: Span) -> str:
        """asserted, or negated / hypothetical / future by a cue just before the trigger."""
        floor = max(self.clause_start(start, sent), start - STATUS_REACH)
        before = {self.doc[j].lower_ for j in range(floor, start)}
        for status in ("negated", "hypothetical", "future"):
            if before & self.lex.status[status]:
                return status
        return "asserted"
