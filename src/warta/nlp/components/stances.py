"""The stance component: who alleges, asserts, denies, confirms or will not comment on an event
(`doc._.stances`).

The cascade, per sentence (the vocabulary is the language pack's `stances.yaml`; clauses and
actors are read with the events component's `doc._.clause_reader`, not built again):

1. Cues, longest first; a negator just before a confirm or deny cue makes it no_comment
   ("enggan mengonfirmasi"), and "membenarkan ataupun membantah" is one cue. Cues that are only
   hedging without a named source ("diduga", "disebut") need a holder found after them. A cue
   that names, recognises or claims a territory ("mengakui Yerusalem sebagai ibu kota", "klaim
   China atas pulau itu") or leaves the question open ("mengakuinya atau tidak") is none.
2. Holder: the speaker the quote layer gave the cue (the quote layer already parsed reported
   speech: it is not parsed twice); else the name after a nominal or passive cue ("tuduhan dari
   Kyiv dan negara-negara Barat"; a passive's subject is never its holder); else the clause's
   subject, with the names coordinated with it ("baik Rusia maupun Korea Utara"). A pronoun
   carries the last sentence's subject.
3. Event: the event a trigger after the cue in the sentence names (not the cue's own event;
   for a noun pointing back, "serangan tersebut", the most told event of its type), else one
   in the quote the cue introduces, else the most told event whose source the cue's object
   names, or whose source is the object's country when that is not the holder's own ("memuji
   kontribusi pasukan Korea Utara"), else the event of the position taken in the sentence
   before, else for a cue pointing back ("menampik tudingan tersebut") the deed told last (the
   holder's own first), else the article's most told event — for a denial, a refusal or a
   confirmation a charge against the holder first; for an allegation one of another actor's
   (of whom it names, if it names anyone), for a denial or an assertion one of the holder's own.
   A position on an accusation is one on the deed it accuses its target of. "mengklaim" about
   the holder's own deed (or one given to "… mereka") is assert, about another's allege; any
   other allegation of one's own deed is dropped, and so is a cue that only speaks of one's own
   deed ("mengecam laporan bahwa …") about another's.
4. Date: the sentence's date expression unless it only bounds the position ("hingga Sabtu
   lalu"); else the date of the next sentence when it names the holder's country (the report
   that states the position).
5. A named speaker's quote that an event did not happen denies it ("melaporkan bahwa Albu Kamal
   belum benar-benar direbut"); a denied event's reporter alleges it: two positions on one
   event make it disputed. One record per holder, stance and event; rebels, opposition and
   other sectors that do not speak for their state are holders beside it.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from warta.kb import KnowledgeBase, load_kb
from warta.nlp.events.actors import Actor
from warta.nlp.events.clauses import ClauseReader, sentence_bounds
from warta.nlp.events.lexicon import Hit, StanceCue, StanceLexicon, Trigger, token_forms

CUE_LOOKBACK = 40   # characters: the longest quote cue that can start before a stance cue
NEGATOR_REACH = 4
HOLDER_REACH = 6
NAMING_REACH = 3    # words besides names after a cue in which "sebagai", "atas" make it naming
OWN_REACH = 4       # words after "oleh" in which the holder's own people are named
LAST_REACH = 1      # sentences back in which the last position's event is the one meant
ANAPHORA_REACH = 2  # words after a cue in which "tersebut", "itu" point back ("tudingan tersebut")
DENIAL_REACH = 2    # words between a negator and the trigger it denies ("belum benar-benar")


class StanceTagger:
    """Sets `doc._.stances` from the stance cues, the quote layer and `doc._.events`, reading
    clauses with the events component's `doc._.clause_reader`."""

    def __init__(self, nlp: Language, name: str = "warta_stances", *,
                 kb: KnowledgeBase | None = None):
        self.name = name
        self.lex = StanceLexicon.load(nlp.lang)
        self.kb = kb if kb is not None else load_kb()
        self.country_names = {e.country: e.name for e in self.kb if e.type == "country"}

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.events or []
        reader: ClauseReader | None = doc._.clause_reader   # built by the events component
        doc._.clause_reader = None
        stances: list[dict[str, Any]] = []
        persons: set[str | None] = set()
        if events and reader is not None:
            context = StanceContext(doc, events, reader, self.lex.holder_prepositions)
            sents = list(doc.sents)
            previous: Actor | None = None
            for n, sent in enumerate(sents):
                for hit, stance in self.cues(doc, sent):
                    for holder in self.holders(hit, sent, reader, context, previous):
                        event = context.event_for(hit, sent, n, holder, stance)
                        own = hit.payload.self_claim and self.claims_own(
                            doc, hit, sent, reader.lex.agent_prepositions)
                        settled = None if event is None else \
                            self.settle(hit.payload, stance, holder, events[event], own)
                        if settled is None:
                            continue
                        context.last = (event, n)
                        if holder.label == "PER":
                            persons.add(holder.name)
                        stances.append({
                            "holder": self.holder(holder),
                            "stance": settled,
                            "event": event,
                            "date": context.date(hit, sent, sents[n + 1: n + 2], holder,
                                                 self.lex.until_words),
                            "evidence": sentence_bounds(sent),
                        })
                previous = reader.subject(sent.end, sent) or previous
            stances += self.denials(doc, context) + self.rebuttals(doc, context)
        doc._.stances = unique(stances + disputed_reports(events, stances), persons,
                               self.lex.state_sectors)
        return doc

    def cues(self, doc: Doc, sent: Span) -> list[tuple[Hit[StanceCue], str]]:
        """(cue, stance) of the sentence, with negation and alternatives settled."""
        out: list[tuple[Hit[StanceCue], str]] = []
        for hit in self.lex.cues.find(doc, sent.start, sent.end):
            stance = hit.payload.stance
            if self.no_position(doc, hit, sent):
                continue
            if out and (hit.start - out[-1][0].end <= 0 or (
                    hit.start - out[-1][0].end <= 1
                    and doc[hit.start - 1].lower_ in self.lex.alternatives)):
                continue   # "menampik tudingan", "membenarkan ataupun membantah": one position
            floor = max(sent.start, hit.start - NEGATOR_REACH)
            negator = next((doc[j].lower_ for j in range(hit.start - 1, floor - 1, -1)
                            if doc[j].lower_ in self.lex.negators), None)
            either = hit.end < sent.end and doc[hit.end].lower_ in self.lex.alternatives
            if negator is not None and stance == "deny" and negator in self.lex.acknowledging \
                    and not either:
                stance = "confirm"   # "tak menampik": not denying is acknowledging
            elif negator is not None and stance in ("confirm", "deny", "assert"):
                stance = "no_comment"
            out.append((hit, stance))
        return out

    def no_position(self, doc: Doc, hit: Hit[StanceCue], sent: Span) -> bool:
        """Whether the cue names, recognises or claims a territory ("mengakui Yerusalem sebagai
        ibu kota", "klaim China atas pulau itu") or leaves the question open ("mengakuinya atau
        tidak")."""
        if self.lex.open_after.match_at(doc, hit.end, sent.end) is not None:
            return True
        naming = self.lex.naming.get(hit.form[-1], frozenset())
        words = 0   # the words of the cue's object, a name counting as none
        for tok in doc[hit.end:sent.end] if naming else ():
            if tok.lower_ in naming:   # "disebut sebagai dalang" still alleges
                return tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ not in self.lex.not_naming
            words += not tok.ent_type_
            if words > NAMING_REACH:
                break
        return False

    def claims_own(self, doc: Doc, hit: Hit[StanceCue], sent: Span,
                   agents: frozenset[str]) -> bool:
        """Whether a claim gives its deed to the holder's own people: "mengklaim insiden itu
        dilakukan oleh salah satu penyusup mereka"."""
        for j in range(hit.end, sent.end):
            if doc[j].lower_ in agents:
                return any(doc[k].lower_ in self.lex.own_markers or len(token_forms(doc[k])) > 1
                           for k in range(j + 1, min(sent.end, j + 1 + OWN_REACH)))
        return False

    def denials(self, doc: Doc, context: StanceContext) -> list[dict[str, Any]]:
        """Deny stances of reported statements that an event did not happen: a named speaker's
        quote with a negator just before a trigger ("melaporkan bahwa Albu Kamal belum
        benar-benar direbut"), not one of the future ("tidak akan menyerang") or of a purpose
        ("agar tidak membahasnya"), nor a negated other verb ("tidak bertujuan menyerang"), nor
        one whose only record is the negated mention itself."""
        out = []
        for q in doc._.quotes or []:
            content = doc.char_span(q["start"], q["end"], alignment_mode="expand")
            holder = context.speaker(q)
            if content is None or holder is None:
                continue
            for trig in context.lexicon.triggers.find(doc, content.start, content.end):
                floor = max(content.start, trig.start - 1 - DENIAL_REACH)
                negator = next((j for j in range(trig.start - 1, floor - 1, -1)
                                if doc[j].lower_ in self.lex.denial_negators), None)
                if negator is None or doc[negator + 1].lower_ in self.lex.future_words \
                        or doc[negator - 1].lower_ in self.lex.purpose_words \
                        or any(context.reader.is_verb(j) for j in range(negator + 1, trig.start)):
                    continue   # "tidak akan menyerang", "agar tidak", "tidak bertujuan menyerang"
                event = context.event_at(trig)
                if event is not None and context.events[event]["status"] != "negated":
                    sent = doc[trig.start].sent
                    out.append({"holder": self.holder(holder), "stance": "deny", "event": event,
                                "date": context.date(trig, sent, [], holder,
                                                     self.lex.until_words),
                                "evidence": sentence_bounds(sent)})
        return out

    def rebuttals(self, doc: Doc, context: StanceContext) -> list[dict[str, Any]]:
        """A deed a report gives to an actor, and that actor's word in the next sentence that it
        was otherwise ("… tewas dalam serangan AS," say Afghan officials; "Namun, Amerika menyebut
        hanya militan yang terbunuh"): a contrast opener, a restricting or negating word, and
        the actor as the speaker. The actor denies the deed and the reporter alleges it."""
        out = []
        for q in doc._.quotes or []:
            content = doc.char_span(q["start"], q["end"], alignment_mode="expand")
            holder = context.speaker(q)
            if content is None or holder is None or holder.country is None \
                    or not any(t.lower_ in self.lex.rebuttal_words for t in content):
                continue
            sent = content.sent
            if sent.start == 0 or self.lex.rebuttal_openers.match_at(
                    doc, sent.start, sent.end) is None:
                continue
            before = doc[sent.start - 1].sent
            for reporter, trig, event in context.reported_deeds(before, holder):
                for who, stance, where in ((holder, "deny", sent), (reporter, "allege", before)):
                    out.append({"holder": self.holder(who), "stance": stance, "event": event,
                                "date": context.date(trig, where, [], who, self.lex.until_words),
                                "evidence": sentence_bounds(where)})
        return out

    def holders(self, hit: Hit[StanceCue], sent: Span, reader: ClauseReader,
                context: "StanceContext", previous: Actor | None) -> list[Actor]:
        """Who takes the position (several when coordinated); a hedge inside a quote
        ("dugaan kekerasan oleh …," ucap juru bicara X) is its speaker's."""
        speaker = context.speaker_of(hit) or (
            context.speaker_around(hit) if hit.form in self.lex.quoted_hedges else None)
        if speaker is not None:
            return [speaker]
        after = reader.after_preposition(hit.end, sent, self.lex.holder_prepositions,
                                         HOLDER_REACH) or reader.actors.at(hit.end)
        first = after if after is not None and (
            hit.payload.needs_source or hit.payload.passive
            or not reader.subject(hit.start, sent)) else None
        if first is None and not (hit.payload.needs_source or hit.payload.passive):
            first = reader.subject(hit.start, sent)   # a passive's subject is never its holder
            if first is None and reader.pronoun_before(hit.start, sent):
                first = previous
        if first is None:
            return []
        return [first, *reader.partners(first, sent.end)]

    def holder(self, actor: Actor) -> dict[str, Any]:
        """The holder as an actor dict; a capital or city speaks for its state ("Pyongyang"
        → North Korea)."""
        entity = self.kb.get_entity(actor.name) if actor.name else None
        if entity is not None and entity.type in ("capital", "city") \
                and actor.country in self.country_names:
            return {"name": self.country_names[actor.country], "country": actor.country,
                    "sector": actor.sector, "kb_id": None}
        return actor.as_dict()

    @staticmethod
    def settle(cue: StanceCue, stance: str, holder: Actor, event: dict[str, Any],
               claimed_own: bool = False) -> str | None:
        """A claim about one's own deed (by country, or given to the holder's people in its
        words) is assert, about another's allege; any other allegation of one's own deed is
        none, and so is a cue that only speaks of one's own deed about another's."""
        own = claimed_own or mine(event, holder)
        if cue.self_claim:
            return "assert" if own else "allege"
        if (stance == "allege" and own) or (cue.own_only and not own):
            return None
        return stance


def mine(event: dict[str, Any], holder: Actor) -> bool:
    """Whether the event is the holder's own deed (the same country)."""
    return holder.country is not None and (event["source"] or {}).get("country") == holder.country


class StanceContext:
    """The events, quotes and times a stance is tied to."""

    def __init__(self, doc: Doc, events: list[dict[str, Any]], reader: ClauseReader,
                 holder_prepositions: frozenset[str]):
        self.doc = doc
        self.holder_prepositions = holder_prepositions
        self.lexicon = reader.lex
        self.events = events
        self.reader = reader
        self.triggers = sorted((ev["trigger"]["start"], ev["trigger"]["end"], i)
                               for i, ev in enumerate(events))
        self.trigger_starts = [t[0] for t in self.triggers]
        self.cued = sorted(((q["cue"]["start"], q["cue"]["end"], q) for q in doc._.quotes or []
                            if q.get("cue")), key=lambda c: c[0])
        self.cue_starts = [c[0] for c in self.cued]
        self.quoted = sorted(((q["start"], q["end"], q) for q in doc._.quotes or []),
                             key=lambda c: c[:2])
        self.quote_starts = [q[0] for q in self.quoted]
        self.last: tuple[int, int] | None = None   # the event and sentence of the last stance

    def quotes_cued(self, hit: Hit[StanceCue]) -> list[dict[str, Any]]:
        """The quotes whose cue overlaps the stance cue."""
        span = self.doc[hit.start:hit.end]
        i = bisect_left(self.cue_starts, span.start_char - CUE_LOOKBACK)
        out = []
        while i < len(self.cued) and self.cued[i][0] < span.end_char:
            if span.start_char < self.cued[i][1]:
                out.append(self.cued[i][2])
            i += 1
        return out

    def quotes_in(self, start: int, end: int) -> list[dict[str, Any]]:
        """The quotes that start between characters `start` and `end`."""
        i = bisect_left(self.quote_starts, start)
        out = []
        while i < len(self.quoted) and self.quoted[i][0] < end:
            out.append(self.quoted[i][2])
            i += 1
        return out

    def reported_deeds(self, sent: Span, actor: Actor) -> list[tuple[Actor, Hit[Trigger], int]]:
        """(reporter, trigger, event) of the first deed of `actor` that each quote in `sent` by
        someone of another country reports."""
        out = []
        for report in self.quotes_in(sent.start_char, sent.end_char):
            reporter = self.speaker(report)
            span = self.doc.char_span(report["start"], report["end"], alignment_mode="expand")
            if reporter is None or span is None or reporter.country == actor.country:
                continue
            deeds = ((trig, self.event_at(trig))
                     for trig in self.lexicon.triggers.find(self.doc, span.start, span.end))
            found = next(((trig, ev) for trig, ev in deeds
                          if ev is not None and mine(self.events[ev], actor)), None)
            if found is not None:
                out.append((reporter, *found))
        return out

    def speaker_of(self, hit: Hit[StanceCue]) -> Actor | None:
        """The holder the quote layer found for this cue: the speaker of a quote it cues."""
        return next((a for a in map(self.speaker, self.quotes_cued(hit)) if a is not None), None)

    def speaker_around(self, hit: Hit[StanceCue]) -> Actor | None:
        """The speaker of the quote the cue stands in."""
        char = self.doc[hit.start].idx
        i = bisect_left(self.quote_starts, char + 1) - 1
        if i >= 0 and char < self.quoted[i][1]:
            return self.speaker(self.quoted[i][2])
        return None

    def speaker(self, quote: dict[str, Any]) -> Actor | None:
        """A quote's speaker as an actor: the actor at the speaker mention, else the KB's
        entity of that name; an unnamed speaker by the name in its mention ("juru bicara
        militer Israel" speaks for Israel)."""
        speaker = quote.get("speaker")
        if not speaker:
            return None
        tok = self.doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
        if not speaker.get("name"):
            return next((a for a in self.reader.actors.within(tok.start, tok.end)
                         if not a.role_only), None) if tok is not None else None
        found = self.reader.actors.covering(tok.start) if tok is not None else None
        if found is not None and found.name == speaker["name"]:
            return found
        return self.reader.actors.named(speaker["name"], speaker.get("kb_id"),
                                        tok.start if tok is not None else 0)

    def event_for(self, hit: Hit[StanceCue], sent: Span, n: int, holder: Actor,
                  stance: str) -> int | None:
        """The index of the event the cue is about (see the module's step 3); a position on
        an accusation is one on the deed it accuses the target of."""
        found = self.event_named(hit, sent, n, holder, stance)
        if found is None or self.events[found]["type"] != "ACCUSE":
            return found
        accusation = self.events[found]
        accused = accusation["target"] or {}
        deed = self.salient(lambda ev: ev["type"] != "ACCUSE" and accused.get("name") is not None
                            and (ev["source"] or {}).get("name") == accused["name"]
                            and ev["sentence"] == accusation["sentence"])
        return found if deed is None else deed

    def event_named(self, hit: Hit[StanceCue], sent: Span, n: int, holder: Actor,
                    stance: str) -> int | None:
        span = self.doc[hit.start:hit.end]
        own = {i for s, e, i in self.triggers if s < span.end_char and span.start_char < e}
        named = self.named_after(hit, sent, own)
        if named is not None:
            return named
        for q in self.quotes_cued(hit):
            i = bisect_left(self.trigger_starts, q["start"])
            if i < len(self.triggers) and self.triggers[i][0] < q["end"]:
                return self.triggers[i][2]
        obj = self.reader.object(hit.end, sent, "")
        if obj is not None and not obj.role_only:   # "memuji kontribusi pasukan Korea Utara"
            found = self.salient(lambda ev: (ev["source"] or {}).get("name") == obj.name)
            if found is None and obj.country and obj.country != holder.country:
                found = self.salient(lambda ev: (ev["source"] or {}).get("country") == obj.country)
            if found is not None:
                return found
        last = self.last[0] if self.last is not None and self.last[0] not in own else None
        if last is not None and n - self.last[1] <= LAST_REACH:
            return last
        if any(self.doc[j].lower_ in self.lexicon.anaphora
               for j in range(hit.end, min(sent.end, hit.end + ANAPHORA_REACH))):
            told = self.told_before(span.start_char, holder, stance)   # "tudingan tersebut"
            if told is not None:
                return told
        if last is not None:
            return last
        lead = None
        if stance in ("deny", "no_comment", "confirm"):   # a charge against the holder
            lead = self.salient(lambda ev: ev["type"] == "ACCUSE" and holder.name is not None
                                and (ev["target"] or {}).get("name") == holder.name)
        if stance == "allege":   # of a deed by whom the allegation names, if it names one
            named = self.accused(hit, sent, holder)
            lead = self.salient(lambda ev: not mine(ev, holder) and (
                not named or (ev["source"] or {}).get("country") in named))
        elif stance in ("deny", "assert") and lead is None:
            lead = self.salient(lambda ev: mine(ev, holder))
        if lead is None and stance != "allege":
            lead = self.salient(lambda ev: True)
        return None if lead in own else lead

    def accused(self, hit: Hit[StanceCue], sent: Span, holder: Actor) -> set[str]:
        """The countries of the actors an allegation names after its cue, less its holders
        ("tuduhan dari Kyiv dan negara-negara Barat")."""
        first = self.reader.after_preposition(hit.end, sent, self.holder_prepositions,
                                              HOLDER_REACH)
        holders = {first.start, *(a.start for a in self.reader.partners(first, sent.end))} \
            if first is not None else set()
        return {a.country for a in self.reader.actors.within(hit.end, sent.end)
                if a.start not in holders and a.country not in (None, holder.country)}

    def told_before(self, char: int, holder: Actor, stance: str) -> int | None:
        """The event of the last sentence before character `char` that tells one, its first
        (the main clause's): for a denial, confirmation or silence the holder's own first, for
        an allegation another's."""
        before = self.triggers[:bisect_left(self.trigger_starts, char)]
        wanted = [(self.events[i]["sentence"]["start"], -s, i) for s, _, i in before
                  if (stance == "allege") != mine(self.events[i], holder)]
        if not wanted and stance != "allege":
            wanted = [(self.events[i]["sentence"]["start"], -s, i) for s, _, i in before]
        return max(wanted)[2] if wanted else None

    def named_after(self, hit: Hit[StanceCue], sent: Span, own: set[int]) -> int | None:
        """The event a trigger after the cue names: that event, or for a noun pointing back
        ("serangan tersebut") the most told event of its type."""
        for trig in self.lexicon.triggers.find(self.doc, hit.end, sent.end):
            found = self.event_at(trig)
            if found is not None and found not in own:
                return found
        return None

    def event_at(self, trig: Hit[Trigger]) -> int | None:
        """The event of a trigger: its own record, else (a noun pointing back, a passive
        without agent) the most told event of its type."""
        start = self.doc[trig.start].idx
        i = bisect_left(self.trigger_starts, start)
        if i < len(self.triggers) and self.triggers[i][0] == start:
            return self.triggers[i][2]
        return self.salient(lambda ev: ev["type"] == trig.payload.type)

    def salient(self, keep) -> int | None:
        """The most told event that `keep` accepts; the first told on ties."""
        best = None
        for k, ev in enumerate(self.events):
            if keep(ev) and (best is None or ev["mentions"] > self.events[best]["mentions"]):
                best = k
        return best

    def date(self, hit: Hit[StanceCue], sent: Span, following: list[Span], holder: Actor,
             until_words: frozenset[str]) -> str | None:
        """When the position was taken (see the module's step 4)."""
        value = self.reader.date(hit.start, sent)
        if value is not None:
            bounded = any(self.doc[t.start - 1].lower_ in until_words
                          for t in self.reader.times_in(sent)
                          if t.start > sent.start and t._.value == value)
            return None if bounded else value
        for nxt in following:
            if holder.country and any(a.country == holder.country
                                      for a in self.reader.actors.within(nxt.start, nxt.end)):
                return self.reader.date(nxt.start, nxt)
        return None


def disputed_reports(events: list[dict[str, Any]],
                     stances: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Where an event is denied, whoever the article says reported it alleges it (two
    positions on one event make it disputed)."""
    out = []
    for st in stances:
        reporter = events[st["event"]].get("reported_by")
        if st["stance"] == "deny" and reporter and reporter.get("country") \
                and reporter["country"] != st["holder"]["country"]:
            out.append({"holder": reporter, "stance": "allege", "event": st["event"],
                        "date": None, "evidence": events[st["event"]]["sentence"]})
    return out


def unique(stances: list[dict[str, Any]], persons: set[str | None],
           state_sectors: frozenset[str]) -> list[dict[str, Any]]:
    """One record per holder, stance and event; a later one fills an empty date. Holders are
    told apart by country (a ministry speaks for its state), people also by name, and a
    sector that does not speak for the state (rebels, opposition) by its sector."""
    out: dict[tuple, dict[str, Any]] = {}
    for st in stances:
        holder = st["holder"]
        person = holder["name"] if holder["name"] in persons else None
        sector = holder.get("sector") if holder.get("sector") not in state_sectors else None
        key = (holder["country"] or holder["name"], person, sector, st["stance"], st["event"])
        if key not in out:
            out[key] = st
        elif out[key]["date"] is None:
            out[key]["date"] = st["date"]
    return list(out.values())
