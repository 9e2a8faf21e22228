"""The quote component: direct and indirect quotes with cue and speaker (`doc._.quotes`).

The cascade, run once per document (the vocabulary is the language pack's `quotes.yaml`):

1. Direct quotes: the stretches between quotation marks, paired per paragraph
   (`warta.nlp.quotes.direct.scan_stretches`).
2. Attribution of direct quotes: a cue after the stretch ("…," ujar X), else before it
   (X menegaskan: "…"); a stretch with no cue stays a quote only when it opens a sentence.
3. Indirect quotes: clauses outside the stretches reported by a verb of saying, "menurut X",
   a speech cue between commas, a source cue or a statement phrase
   (`warta.nlp.quotes.indirect`).
4. Speaker resolution: cued mentions in reading order (pronouns to the last speaker, names
   to entities); an uncued quote takes the speaker of the quote it continues or follows, or
   whom the previous paragraph says speaks or writes, or the person it names
   (`warta.nlp.quotes.speakers`).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warta.nlp.quotes.base import Quote, paragraphs
from warta.nlp.quotes.direct import DirectQuotes, scan_stretches
from warta.nlp.quotes.indirect import IndirectQuotes
from warta.nlp.quotes.lexicon import QuoteLexicon
from warta.nlp.quotes.names import DocNames
from warta.nlp.quotes.phrases import SpeakerPhrases
from warta.nlp.quotes.speakers import SpeakerResolver, assign_speakers


class QuoteExtractor:
    """Sets `doc._.quotes`: direct and indirect quotes with cue and resolved speaker."""

    def __init__(self, nlp: Language, name: str = "warta_quotes"):
        self.name = name
        self.lex = QuoteLexicon.load(nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        names = DocNames(doc, self.lex)
        phrases = SpeakerPhrases(names)
        # 1. Direct quotes: stretches between quotation marks.
        stretches = scan_stretches(doc.text)
        quoted = [(s.start, s.end) for s in stretches]
        # 2. Attribution of direct quotes: keep the attributed and the sentence-opening ones.
        finder = DirectQuotes(phrases)
        direct = finder.find(stretches)
        # … and the paragraphs of a text reproduced after "Berikut isi surat X:", unmarked.
        reproduced = finder.reproduced()
        direct += reproduced
        quoted += [(q.start, q.end) for q in reproduced]
        # 3. Indirect quotes: reported clauses outside the stretches and the direct quotes' cues.
        indirect = IndirectQuotes(phrases).find(quoted, direct)
        # 4. Speaker resolution: mentions to names, uncued quotes from their neighbours.
        quotes = one_per_span(direct + indirect)
        resolver = SpeakerResolver(names, quoted + [(q.start, q.end) for q in indirect])
        assign_speakers(quotes, resolver, paragraphs(doc.text), phrases.announcers(quoted))
        doc._.quotes = [q.as_dict() for q in quotes]
        return doc


def one_per_span(quotes: list[Quote]) -> list[Quote]:
    """The quotes in order, one per span: of two cues reporting the same words ("…, kata Doug
    Chin, dikutip AFP") the nearer one is the speaker's, and a named source beats an unnamed
    one ("Budi disebut menerima … Hal itu diungkapkan X")."""
    def distance(q: Quote) -> int:
        return min(abs(q.cue[0] - q.end), abs(q.start - q.cue[1])) if q.cue else 1 << 30

    best: dict[tuple[int, int], Quote] = {}
    for q in quotes:
        kept = best.get((q.start, q.end))
        if kept is None or (q.unsourced, distance(q)) < (kept.unsourced, distance(kept)):
            best[(q.start, q.end)] = q
    return sorted(best.values(), key=lambda q: q.start)

