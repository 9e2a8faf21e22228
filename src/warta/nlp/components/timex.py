"""Time expressions: finds them and gives each its TIMEX3 value (`doc.spans["times"]`).

The grammar (`warta.nlp.timex_grammar`, data in `warta/lang/<code>/times.yaml`) finds the
expressions; `warta.nlp.timex_resolve` anchors them on `doc._.published`. Spans are
token-aligned and do not overlap; `span.label_` is DATE, TIME, DURATION or SET and
`span._.value` the TIMEX3 value.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from warta.nlp.timex_grammar import TimexGrammar
from warta.nlp.timex_resolve import Resolver, parse_published

SPAN_KEY = "times"
TENSE_WINDOW = 200  # characters searched back for a tense cue when sentences are not set


class TimexTagger:
    """Writes `doc.spans["times"]`, resolved against the article's publication time."""

    def __init__(self, nlp: Language, name: str = "warta_timex"):
        self.name = name
        self.grammar = TimexGrammar.load(nlp.lang)

    def _sentence_start(self, doc: Doc, span: Span) -> int:
        if doc.has_annotation("SENT_START"):
            return span.sent.start_char
        return max(0, doc.text.rfind("\n", 0, span.start_char) + 1,
                   span.start_char - TENSE_WINDOW)

    def __call__(self, doc: Doc) -> Doc:
        resolver = Resolver(parse_published(doc._.published))
        spans: list[Span] = []
        for match in self.grammar.find(doc.text):
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None or (spans and span.start < spans[-1].end):
                continue
            tense = self.grammar.tense(doc.text, self._sentence_start(doc, span), match.start)
            resolved = resolver.resolve(match.frame, tense)
            if resolved is None:
                continue
            span = Span(doc, span.start, span.end, label=resolved[0])
            span._.value = resolved[1]
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc
