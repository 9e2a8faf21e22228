"""The event component: PLOVER events coded from one clause each (`doc._.events`).

The cascade, per sentence (the vocabulary is the language pack's `events.yaml`):

1. Triggers: verbal, passive and nominal forms of the lexicon, longest first; a form before a
   word that makes it something else ("serangan jantung", "menolak berkomentar") is dropped,
   and so are the content of a threat or request ("mengancam akan menyerang" is one THREATEN),
   a noun that is another trigger's object ("menyesalkan ancaman"), a passive describing a name
   ("milisi yang didukung Iran"), a means ("dengan mengerahkan …"), a purpose ("guna
   menentang …", "perjamuan untuk mengapresiasi …") and a noun pointing back ("serangan
   tersebut").
2. Arguments from the clause (`warta.nlp.events.clauses`): source and target by voice, the
   pronoun subject carried from the sentence before, a possessed role word ("pasukannya") its
   owner's, a relative clause's its head (unknown when no actor heads it: "pria yang
   menikam …"), "antara X dan Y" for two-sided types; a meeting held in its subject's own country
   has the foreign partner, the visitor, as source. An event without a source (an unknown
   perpetrator) is not coded.
3. Place (geocoded), date (the time layer's expression in the sentence, else null — never the
   publication date), status, reporter (the speaker of the quote the trigger sits in), the
   normalised predicate and the sentence span.
4. One event told twice is one record: same type and source, and no target, place or date
   that disagrees (a date within the other's agrees).

The `ClauseReader` is left on `doc._.clause_reader` for the stances component.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Any, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from warta.kb import KnowledgeBase, load_kb
from warta.kb.geo import geocode
from warta.nlp.events.actors import Actor, DocActors
from warta.nlp.events.clauses import ClauseReader, sentence_bounds
from warta.nlp.events.lexicon import CLITIC, EventLexicon, Hit, Trigger

CONTENT_TYPES = ("THREATEN", "REQUEST", "REJECT")   # whose following trigger is their content
CONTENT_REACH = 3
AGENT_GAP = 3    # words between "oleh" and its agent ("oleh sejumlah negara seperti Turki")
OBJECT_GAP = 1   # a noun this close after a trigger is its object ("menyesalkan ancaman")
MATCH_REACH = 4   # words after a form in which a score makes it play
MATCH_REPORT_WORDS = 5   # match words that make a text a match report (see `play`)
TWO_SIDED = ("AGREE", "CONSULT", "COOPERATE")


class EventCoder:
    """Sets `doc._.events`: PLOVER events with actors, place, date, status and provenance."""

    def __init__(self, nlp: Language, name: str = "warta_events", *,
                 kb: KnowledgeBase | None = None):
        self.name = name
        self.lex = EventLexicon.load(nlp.lang)
        self.kb = kb if kb is not None else load_kb()

    def __call__(self, doc: Doc) -> Doc:
        actors = DocActors(doc, self.lex, self.kb)
        reader = ClauseReader(doc, self.lex, actors)
        quotes = QuoteSpans(doc, actors)
        named = {i for e in doc.ents
                 for i in range(e.start + (e.label_ in ("LAW", "EVENT")), e.end)}
        events: list[dict[str, Any]] = []
        previous_subject: Actor | None = None
        match_report = sum(t.lower_ in self.lex.match_words for t in doc) >= MATCH_REPORT_WORDS
        for sent in doc.sents:
            # 1. Triggers
            hits = list(self.triggers(doc, sent, reader, named))
            for hit in hits:
                # 2. Arguments
                rivals = [h.start for h in hits if h is not hit]
                for source, target in self.arguments(hit, sent, reader, previous_subject, quotes):
                    if self.competitor(source) or self.competitor(target) or (
                            target is None and hit.payload.type in self.lex.needs_target) or (
                            match_report and self.play(hit, source, target)):
                        continue   # "membela Celtics" (a contest), "bertemu" with no one
                    # 3. Place, date, status, reporter, predicate
                    events.append(self.event(doc, hit, sent, reader, quotes, source, target,
                                             rivals))
            previous_subject = reader.subject(sent.end, sent) or previous_subject
        # 4. One event told twice is one record
        doc._.events = merge(events)
        doc._.clause_reader = reader   # for the stances component
        return doc

    def triggers(self, doc: Doc, sent: Span, reader: ClauseReader,
                 named: set[int]) -> Iterable[Hit[Trigger]]:
        """The sentence's triggers, less those inside a name and the content of a threat (with
        what is coordinated with it: "mengancam akan menyerang … dan menghancurkan …")."""
        kept: list[Hit[Trigger]] = []
        content = False
        for hit in self.lex.triggers.find(doc, sent.start, sent.end):
            if hit.start in named or self.no_report(doc, hit) or self.purpose(hit, reader) \
                    or self.contest(doc, hit, sent):
                continue
            gap = hit.start - kept[-1].end if kept else 0
            content = bool(kept) and (reader.clause_start(hit.start, sent) <= kept[-1].start and (
                (kept[-1].payload.type in CONTENT_TYPES and gap <= CONTENT_REACH)
                or (hit.payload.voice == "noun" and gap <= OBJECT_GAP))
                or (content and doc[hit.start - 1].lower_ in self.lex.coordinators))
            kept.append(hit)
            if not content:
                yield hit

    def contest(self, doc: Doc, hit: Hit[Trigger], sent: Span) -> bool:
        """Whether a match word follows the form in its sentence ("ditahan imbang", "tembakan
        tiga poin", "melepaskan tembakan kaki kiri di area penalti") or a score closely
        ("ditahan Chelsea 2 - 2")."""
        after = doc[hit.end:min(sent.end, hit.end + MATCH_REACH)]
        return any(t.lower_ in self.lex.match_words for t in doc[hit.end:sent.end]) or any(
            a.like_num and b.text in ("-", "–") and c.like_num
            for a, b, c in zip(after, after[1:], after[2:]))

    def play(self, hit: Hit[Trigger], source: Actor | None, target: Actor | None) -> bool:
        """Whether, in a match report, a blow, a seizure, a threat or a surrender is a move of
        the game ("tembakan Victor Moses", "menusuk jantung pertahanan lawan", "ditangkap Dwi
        Kuswanto", "Laos … belum menyerah"): one with no source, or a person's, or a country's
        (a national team's) on no one or on another country."""
        return hit.payload.type in self.lex.play_types and (
            source is None or source.label == "PER" or source.role_only
            or source.label == "GPE" and (target is None or target.label == "GPE"))

    def competitor(self, actor: Actor | None) -> bool:
        """Whether the actor is a sports club or league (its deeds are play, not events)."""
        entity = self.kb.get_entity(actor.name) if actor is not None and actor.name else None
        return entity is not None and entity.type in self.lex.match_types

    def purpose(self, hit: Hit[Trigger], reader: ClauseReader) -> bool:
        """Whether "untuk" makes the trigger what a thing or act was for ("perjamuan untuk
        mengapresiasi …"), not the complement of a verb ("mempertimbangkan untuk mengirimkan
        pasukan")."""
        return hit.start > 1 and reader.doc[hit.start - 1].lower_ in self.lex.purpose_words \
            and not reader.is_verb(hit.start - 2)

    @staticmethod
    def inside(hit: Hit[Trigger], reader: ClauseReader) -> Actor | None:
        """An actor between the words of a form: "menetapkan Setya Novanto sebagai tersangka"."""
        return next((a for a in reader.actors.within(hit.tokens[0] + 1, hit.end)
                     if not set(range(a.start, a.end)) & set(hit.tokens)), None)

    def patient_noun(self, hit: Hit[Trigger]) -> bool:
        """Whether the name after a noun is its target: the pe-…-an nouns of deeds done to
        someone ("penangkapan X" is X's arrest, where "serangan X" is X's attack)."""
        first = hit.form[0]
        return first in self.lex.patient_nouns or (
            hit.payload.type in self.lex.patient_types and first.endswith("an")
            and any(first.startswith(p) for p in self.lex.patient_prefixes))

    def no_report(self, doc: Doc, hit: Hit[Trigger]) -> bool:
        """Whether the words around a form make it no report of an event: "serangan jantung",
        "dengan mengerahkan …" (a means), "serangan tersebut" (pointing back), "milisi yang
        didukung Iran" (a description)."""
        after = doc[hit.end].lower_ if hit.end < len(doc) else ""
        before = doc[hit.start - 1].lower_ if hit.start > 0 else ""
        voice = hit.payload.voice
        return after in self.lex.not_after.get(hit.form[-1], ()) \
            or before in self.lex.not_before.get(hit.form, ()) \
            or before in self.lex.manner_words \
            or (voice == "noun" and after in self.lex.anaphora) \
            or (voice == "passive" and before in self.lex.relativizers)

    def arguments(self, hit: Hit[Trigger], sent: Span, reader: ClauseReader,
                  previous: Actor | None, quotes: "QuoteSpans") -> list[tuple[Actor, Actor | None]]:
        """(source, target) of a trigger by its voice; one pair per coordinated source
        ("diajukan oleh Turki, Yaman, serta Indonesia")."""
        voice, etype = hit.payload.voice, hit.payload.type
        pair = reader.between(hit.end, sent) if etype in TWO_SIDED else None
        if pair:
            return [pair]
        subject = self.subject(hit, sent, reader, previous, quotes)
        light = reader.light_verb(hit.start, sent)
        if light is not None and reader.relative_at(light, sent) is not None:
            subject = reader.relative_head(light, sent)   # "X yang melakukan serangan"
        if voice == "passive":
            source = reader.after_preposition(hit.end, sent, self.lex.agent_prepositions,
                                              gap=AGENT_GAP) or reader.actors.at(hit.end)
            target = reader.relative_head(hit.start, sent) or (   # "X, yang ditangkap …"
                None if reader.relative_at(hit.start, sent) is not None else subject)
        elif voice == "noun" and self.patient_noun(hit):   # "penangkapan Setya Novanto oleh KPK"
            source = reader.after_preposition(hit.end, sent, self.lex.agent_prepositions) or (
                subject if light is not None else None)
            target = reader.possessor(hit.end)
        elif voice == "noun":
            source = reader.possessor(hit.end) or reader.after_preposition(
                hit.end, sent, self.lex.agent_prepositions | {"dari"})
            if source is None and light is None:
                return []   # "dalam perjanjian dengan Rusia": a reference, not a report
            if source is None or (source.role_only and subject is not None):
                source = replace(subject, sector=source.sector) if source and subject else subject
            preps = self.lex.target_prepositions - (
                {"ke"} if etype in self.lex.destination_types else set())
            target = reader.after_preposition(hit.end, sent, preps)
            if source is not None and target is not None and target.start == source.start:
                target = None
        else:
            source = reader.relative_head(hit.start, sent) or (
                None if reader.relative_at(hit.start, sent) is not None else subject)
            target = self.inside(hit, reader) or reader.object(hit.end, sent, etype) \
                or self.clitic_object(hit, sent, reader, source, previous) \
                or (reader.after_preposition(hit.end, sent, self.lex.partner_prepositions,
                                             gap=AGENT_GAP) if etype in TWO_SIDED else None)
        if source is None and hit.form in self.lex.implicit_agent_forms:
            source = reader.actors.authority()   # "Setya Novanto didakwa …": by the prosecutors
            if source is not None and target is not None and source.name == target.name:
                source = None
        if source is None:
            return []
        partners = reader.partners(source, sent.end)
        if etype in TWO_SIDED:
            return [(source, target or next(iter(partners), None))]
        return [(s, target) for s in (source, *partners)
                if target is None or s.start != target.start]

    @staticmethod
    def clitic_object(hit: Hit[Trigger], sent: Span, reader: ClauseReader,
                      source: Actor | None, previous: Actor | None) -> Actor | None:
        """The referent of a verb's object clitic ("menuduhnya"): the first actor of the
        sentence before the verb other than its source, else the last sentence's subject."""
        if not reader.doc[hit.tokens[-1]].lower_.endswith(CLITIC) or hit.form[-1].endswith(CLITIC):
            return None
        before = reader.actors.within(sent.start, hit.start)
        found = next((a for a in before if source is None or a.name != source.name), None) \
            or previous
        return found if found is not None and (source is None or found.name != source.name) \
            else None

    def subject(self, hit: Hit[Trigger], sent: Span, reader: ClauseReader,
                previous: Actor | None, quotes: "QuoteSpans") -> Actor | None:
        """The clause's subject; a pronoun carries the last sentence's subject, and so does a
        bare title when that was a person of its sector ("Raja …"); a first person in a quote
        is its speaker; a role word with "-nya" ("pasukannya") is its owner's, the subject
        before it."""
        subject = reader.subject(hit.start, sent, own_clause=hit.payload.voice != "noun")
        if subject is None and reader.pronoun_before(hit.start, sent, self.lex.first_person):
            speaker = quotes.speaker_at(reader.doc[hit.start].idx)
            if speaker is not None:
                return Actor(hit.start, hit.end, speaker["name"], speaker["country"],
                             speaker["sector"], speaker["kb_id"])
        if subject is None and reader.pronoun_before(hit.start, sent):
            return previous
        if subject is not None and subject.role_only and previous is not None \
                and previous.label == "PER" and previous.sector == subject.sector:
            return previous   # "Raja juga dijadwalkan bertemu …": the king named before
        if subject is not None and subject.possessed:   # "X membantah pasukannya menerobos …"
            owner = reader.subject(subject.start, sent) or previous
            if owner is not None and not owner.role_only:
                return replace(owner, start=subject.start, end=subject.end,
                               sector=subject.sector)
        return subject

    def event(self, doc: Doc, hit: Hit[Trigger], sent: Span, reader: ClauseReader,
              quotes: "QuoteSpans", source: Actor, target: Actor | None,
              rivals: list[int]) -> dict[str, Any]:
        trigger = doc[hit.start:hit.end]
        place = reader.place(hit.start, hit.end, sent, hit.payload.type)
        location = geocode(place["name"], place["country"]) if place else None
        if hit.payload.type in self.lex.visitor_types and self.met_at_home(
                hit, sent, reader, source, target):
            source, target = target, source   # the foreign partner is the visitor
        etype, mode = hit.payload.type, hit.payload.mode
        if (etype, mode) == ("COERCE", "arrest") and source.sector in self.lex.abductor_sectors:
            etype, mode = "ASSAULT", "abduct"   # only a state arrests
        return {
            "type": etype,
            "mode": mode,
            "trigger": {"start": trigger.start_char, "end": trigger.end_char},
            "source": source.as_dict(),
            "target": target.as_dict() if target else None,
            "location": location,
            "date": reader.date(hit.start, sent, rivals),
            "status": reader.status(hit.start, sent),
            "reported_by": quotes.speaker_at(trigger.start_char),
            "sentence": sentence_bounds(sent),
            "predicate": self.predicate(doc, hit, sent),
        }

    @staticmethod
    def met_at_home(hit: Hit[Trigger], sent: Span, reader: ClauseReader, source: Actor,
                    target: Actor | None) -> bool:
        """Whether a meeting's own clause places it in the source's country, with a foreign
        partner ("Trump bertemu dengan Moon Jae-in di Gedung Putih")."""
        if target is None or target.country in (None, source.country):
            return False
        clause = sent.doc[reader.clause_start(hit.start, sent):reader.clause_end(hit.end, sent)]
        place = reader.place(hit.start, hit.end, clause, hit.payload.type)
        return place is not None and place["country"] == source.country

    def predicate(self, doc: Doc, hit: Hit[Trigger], sent: Span) -> str:
        """The trigger's words and the first words of its object, lower case."""
        out = [doc[i].lower_ for i in hit.tokens]
        j = hit.end
        while j < sent.end and len(out) < len(hit.tokens) + self.lex.predicate_words:
            tok = doc[j]
            if tok.is_punct or tok.lower_ in self.lex.predicate_stops:
                break
            out.append(tok.lower_)
            j += 1
        return " ".join(out)


class QuoteSpans:
    """The quote layer's spans and speakers, for "who reports this"."""

    def __init__(self, doc: Doc, actors: DocActors):
        self.actors = actors
        self.quotes = sorted(((q["start"], q["end"], q["speaker"]) for q in doc._.quotes or []
                              if q.get("speaker") and q["speaker"].get("name")),
                             key=lambda q: q[0])
        self.starts = [q[0] for q in self.quotes]

    def speaker_at(self, char: int) -> dict[str, Any] | None:
        """The speaker of the quote holding character `char`, as an actor dict."""
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and char < self.quotes[i][1]:
            speaker = self.quotes[i][2]
            return self.actors.named(speaker["name"], speaker.get("kb_id"), 0).as_dict()
        return None


STATE_SECTORS = ("GOV", "MIL")   # sectors that act for their state when events are merged


def actor_key(actor: dict[str, Any]) -> str | None:
    """Who an actor is when events are merged: a state's government or military is its
    country ("Kim Jong-un mengirim pasukan" = "Korea Utara mengerahkan pasukan"); anyone else
    is its name (in domestic news every actor has the same country, and the commission's
    charge is not the suspect's), else its country."""
    if actor.get("sector") in STATE_SECTORS and actor.get("country"):
        return actor["country"]
    return actor.get("name") or actor.get("country")


def same_actor(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Two actors of one event: either unknown, the same name, or the same key."""
    return a is None or b is None or bool(a.get("name")) and a.get("name") == b.get("name") \
        or actor_key(a) == actor_key(b)


def same_place(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Whether two places can be one event's: one unknown, the same name, or a country (no
    coordinates) and a place in it ("ke Rusia" and "di wilayah Kursk")."""
    if a is None or b is None or a["name"] == b["name"]:
        return True
    return (a["lat"] is None or b["lat"] is None) and a["country"] is not None \
        and a["country"] == b["country"]


def compatible(a: str | None, b: str | None) -> bool:
    """Two values of one event: equal, or one of them unknown."""
    return a is None or b is None or a == b


def same_time(a: str | None, b: str | None) -> bool:
    """Two dates of one event: compatible, or one within the other ("2017" and "2017-10-04")."""
    return compatible(a, b) or a.startswith(f"{b}-") or b.startswith(f"{a}-")


def merge(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per event: a later mention of the same type and source (`same_actor`), or
    of the same trigger and a source of the same country (two sources found for one: "jaksa
    KPK, Ali Fikri"; not "Turki, Yaman, serta Indonesia"), whose target,
    place and date agree with the first's (a date may hold the other) or are unknown, fills
    the first record's empty fields and is counted in `mentions`. Records are
    found through their source's name and key, so a long document is not compared pairwise."""
    out: list[dict[str, Any]] = []
    by_source: dict[tuple[str, str, str | None], list[int]] = {}
    for ev in events:
        handles = [(ev["type"], "key", actor_key(ev["source"])),
                   (ev["type"], f"trigger {ev['trigger']['start']}",
                    ev["source"].get("country") or ev["source"].get("name"))]
        if ev["source"].get("name"):
            handles.append((ev["type"], "name", ev["source"]["name"]))
        kin = sorted({i for h in handles for i in by_source.get(h, ())})
        at = next((i for i in kin if same_actor(out[i]["target"], ev["target"])
                   and same_place(out[i]["location"], ev["location"])
                   and same_time(out[i]["date"], ev["date"])), None)
        if at is None:
            out.append({**ev, "mentions": 1})
            at = len(out) - 1
        else:
            same = out[at]
            same["mentions"] += 1
            for key in ("target", "location", "date", "mode", "reported_by"):
                if same[key] is None and ev[key] is not None:
                    same[key] = ev[key]
        for h in handles:  # a merged mention's trigger and source find the record too
            if at not in by_source.setdefault(h, []):
                by_source[h].append(at)
    return out
