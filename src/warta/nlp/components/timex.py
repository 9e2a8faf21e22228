"""Time expressions: finds them and gives each its TIMEX3 value (`doc.spans["times"]`).

The grammar (`warta.nlp.timex_grammar`, data in `warta/lang/<code>/times.yaml`) finds the
expressions; `warta.nlp.timex_resolve` anchors them on `doc._.published`, sentence by sentence,
so that a clock time takes the date its sentence names ("pukul 04.28 WIB, Selasa (25/4)"), the
nearest one where it names several ("1 Mei pukul 06.00 hingga 3 Mei pukul 18.00"), and
"hari ini" in a quote the date of its attribution ("'Hari ini ...,' kata X, Senin (24/4)"),
and a weekday closing a range the first such day after the one opening it ("Minggu - Jumat").
Tense cues are read back to the nearest quotation mark, so that a quote's "akan" does not set
the tense of its attribution; a date in that attribution ('"…," kata X pada Selasa (19/2)') is
when the words were said, so not after publication.
Spans are token-aligned and do not overlap; `span.label_` is DATE, TIME, DURATION or SET and
`span._.value` the TIMEX3 value.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from itertools import groupby, pairwise
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from warta.nlp.timex_grammar import QUOTE_MARKS, Match, TimexGrammar
from warta.nlp.timex_resolve import Resolver, parse_published

SPAN_KEY = "times"
TENSE_WINDOW = 200  # characters searched back for a tense cue when sentences are not set
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")  # a day's value, without a clock time
APPOSED_GAP = 3  # characters of ", (" between a deictic word and the date it stands for
APPOSITION = re.compile(r",\s*(?:hari\s+)?|\s*\(\s*")  # "2 Oktober, hari | Senin", "3 Mei (| Rabu"


def quote_state(text: str, start: int) -> tuple[int, bool]:
    """Where the text after the last quotation mark of the paragraph before `start` begins,
    and whether `start` stands inside a quote."""
    para = text.rfind("\n", 0, start) + 1
    last = max(text.rfind(q, para, start) for q in QUOTE_MARKS)
    if last < 0:
        return para, False
    inside = text[last] == "“" or (text[last] == '"' and text.count('"', para, start) % 2 == 1)
    return last + 1, inside


def quote_close(text: str, start: int, inside: bool) -> int | None:
    """Where the quote that `start` stands in (`inside`, from `quote_state`) closes in its
    paragraph, or None."""
    if not inside:
        return None
    end = text.find("\n", start)
    close = min((i for i in (text.find(q, start, None if end < 0 else end) for q in '"”')
                 if i >= 0), default=-1)
    return close if close >= 0 else None


def _said_on(days: list[tuple[int, int, date]], close: int | None) -> date | None:
    """The first day named after a quote closes, in its attribution ("…,' tutur X ketika
    ditemui Kamis (20/4) malam")."""
    return next((d for s, _, d in sorted(days) if close is not None and s > close), None)


def _beside(text: str, match: Match, start: int) -> bool:
    """Whether only ", (" stand between a match and char offset `start` after it."""
    return match.end <= start <= match.end + APPOSED_GAP and not text[match.end:start].strip(" ,(")


def _before_date(match: Match, text: str, dated: set[int]) -> bool:
    """Whether a deictic word has a date set right after it (resolved first, for `_apposed`)."""
    return match.frame.relative_day and any(_beside(text, match, s) for s in dated)


def _apposed(days: list[tuple[int, int, date]], text: str, match: Match) -> date | None:
    """The day a date set right after a deictic word names ("Hari ini, Minggu (4/6)",
    "besok (Jumat, 21 April)"): the same day."""
    return next((d for s, _, d in days if _beside(text, match, s)), None)


def _weekday_day(days: list[tuple[int, int, date]], text: str, match: Match,
                 grammar: TimexGrammar) -> date | None:
    """The day a bare weekday names after a date: that date where it names it again ("2
    Oktober, hari Senin"), the first such day after the date where it closes a range ("Minggu -
    Jumat", "Senin (3/2) hingga Rabu")."""
    f = match.frame
    if not f.weekday or f.day is not None or f.rel is not None or f.midweek:
        return None
    same = next((d for _, e, d in days if d.isoweekday() == f.weekday
                 and APPOSITION.fullmatch(text, e, match.start)), None)
    opening = next((d for _, e, d in days if grammar.joins_range(text, e, match.start)), None)
    return same or opening and opening + timedelta((f.weekday - opening.isoweekday() - 1) % 7 + 1)


def _nearest(days: list[tuple[int, int, date]], text: str, match: Match,
             grammar: TimexGrammar) -> date:
    """The day of the day-naming match (start, end, day) nearest to `match`, before it on a tie;
    the first day of a range where that one closes it ("1 sampai 2 September, pukul 07.30")."""
    near = min(days, key=lambda d: (match.start - d[1] if d[1] <= match.start
                                    else d[0] - match.end + 0.5))
    return next((d for _, e, d in days if grammar.joins_range(text, e, near[0])), near[2])


def _dated_later(match: Match, quoted: bool) -> bool:
    """Whether a match takes its day from a date its sentence may name after it: a clock time
    or part of day, or a deictic word ("hari ini") inside a quote."""
    return match.frame.needs_day or quoted and match.frame.deictic


class Aligned(NamedTuple):
    """A match with its token span and where it stands: its sentence's start, where the text
    after the last quotation mark begins, whether it is inside a quote and where that closes."""

    sent_start: int
    span: Span
    match: Match
    after_quote: int
    inside: bool
    close: int | None


def _in_name(span: Span, named: dict[int, Span]) -> bool:
    """Whether `span` lies inside a longer person's or organisation's name, after its first
    word ("Aliansi Masa Depan Kosovo"; a holiday opening a "name" is the holiday: "Maulid Nabi
    Muhammad")."""
    ent = named.get(span.start)
    return ent is not None and ent.start < span.start and span.end <= ent.end


class TimexTagger:
    """Writes `doc.spans["times"]`, resolved against the article's publication time."""

    def __init__(self, nlp: Language, name: str = "warta_timex"):
        self.name = name
        self.grammar = TimexGrammar.load(nlp.lang)

    def _aligned(self, doc: Doc) -> list[tuple[int, Aligned]]:
        """(group, aligned match) of each match, without overlaps or a word of a person's or
        organisation's name ("Iqbaal Dhiafakhri Ramadhan"); a quote's sentences are grouped with
        the one it closes in, where its attribution is."""
        text = doc.text  # built anew on each access: once per document
        sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else []
        out: list[tuple[int, Aligned]] = []
        named = {i: e for e in doc.ents if e.label_ in ("PER", "ORG")
                 for i in range(e.start, e.end)}
        for match in self.grammar.find(text):
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None or (out and span.start < out[-1][1].span.end) or _in_name(
                    span, named):
                continue
            after_quote, inside = quote_state(text, match.start)
            close = quote_close(text, match.start, inside)
            if sent_starts:
                start = sent_starts[bisect_right(sent_starts, span.start_char) - 1]
                group = start if close is None else \
                    max(start, sent_starts[bisect_right(sent_starts, close) - 1])
            else:
                start = group = max(text.rfind("\n", 0, match.start) + 1,
                                    match.start - TENSE_WINDOW)
            out.append((group, Aligned(start, span, match, after_quote, inside, close)))
        return out

    def __call__(self, doc: Doc) -> Doc:
        resolver = Resolver(parse_published(doc._.published))
        text = doc.text
        spans: list[Span] = []
        aligned = self._aligned(doc)
        resolver.holiday_named = any(x.match.frame.movable for _, x in aligned)
        # a day ahead of publication ("akan digelar pada 7 Februari") is the narrative day in
        # its own paragraph and the next only: a clock time further on, told without a future
        # tense ("Sekira pukul 11.10 WIB, sidang kembali dilanjutkan"), falls on the last day
        # not ahead
        breaks = [m.start() for m in re.finditer(r"\n+", text)]
        told = settled = resolver.narrative
        ahead_in = len(breaks)
        for _, group in groupby(aligned, key=lambda item: item[0]):
            items = [item for _, item in group]
            # dates first, so that a clock time (or a quoted "hari ini") can fall on a date
            # named later in its sentence
            dated = {x.match.start for x in items if x.match.frame.day is not None}
            items.sort(key=lambda x: _dated_later(x.match, x.inside)
                       or _before_date(x.match, text, dated))
            day_named = any(x.match.frame.names_day for x in items)
            para = bisect_right(breaks, items[0].match.start)
            days: list[tuple[int, int, date]] = []  # where each day named stands, and its day
            for sent_start, span, match, after_quote, quoted, close in items:
                start = max(sent_start, after_quote)
                apposed = _apposed(days, text, match) if match.frame.relative_day \
                    else _weekday_day(days, text, match, self.grammar)
                said = _said_on(days, close) if quoted and match.frame.deictic else None
                quoted = quoted or (match.frame.deictic
                                    and self.grammar.reported(text, start, match.start))
                tail = self.grammar.report_tail(text, start, match.start)
                tense = self.grammar.tense(text, start if tail is None else tail, match.start) \
                    or (1 if self.grammar.future_after(text, match.end) else 0)
                spoken = not tense and not quoted and self.grammar.attribution(
                    text, start, match.start)
                habitual = (match.frame.hour is not None and not day_named
                            or match.frame.bare_weekday) \
                    and self.grammar.habitual(text, start, match.start, match.frame)
                if match.frame.needs_day and len(days) > 1:
                    resolver.narrative = _nearest(days, text, match, self.grammar)
                elif match.frame.needs_day and not days and tense <= 0 and para > ahead_in + 1:
                    resolver.narrative = settled
                resolver.narrative = said or resolver.narrative
                # "pada Sabtu (1/7) usai Lebaran": the sentence's day stays the day told
                side = resolver.anchors() if days and self.grammar.subordinate(
                    text, match.start) else None
                resolved = resolver.on_day(match.frame, apposed) if apposed else \
                    resolver.resolve(match.frame, tense, quoted, spoken, habitual)
                if side is not None:
                    resolver.restore(side)
                if resolved is not None and match.frame.names_day and resolved[1][:4].isdigit() \
                        and resolved[1][7:8] == "-":
                    days.append((match.start, match.end, date.fromisoformat(resolved[1][:10])))
                if resolver.narrative != told:
                    told = resolver.narrative
                    ahead = told is not None and resolver.today is not None \
                        and told > resolver.today
                    ahead_in = para if ahead else len(breaks)
                    settled = settled if ahead else told
                if resolved is not None:
                    spans.append(Span(doc, span.start, span.end, label=resolved[0]))
                    spans[-1]._.value = resolved[1]
        spans.sort(key=lambda s: s.start)
        self._range_years(spans, text)
        doc.spans[SPAN_KEY] = spans
        return doc

    def _range_years(self, spans: list[Span], text: str) -> None:
        """The opening day of a range with no year of its own takes the year of the day that
        closes it ("18 Agustus - 2 September mendatang": both next year)."""
        for a, b in pairwise(spans):
            va, vb = a._.value, b._.value
            if not (_DAY_VALUE.fullmatch(va) and _DAY_VALUE.fullmatch(vb)) \
                    or va[:4] == vb[:4] or re.search(r"\b\d{4}\b", a.text) \
                    or not self.grammar.joins_range(text, a.end_char, b.start_char):
                continue
            year = int(vb[:4]) - (va[5:7] > vb[5:7])
            if f"{year:04d}" != va[:4] and not va.endswith("02-29"):
                a._.value = f"{year:04d}{va[4:]}"
