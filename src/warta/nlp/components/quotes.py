"""Direct and indirect quotes with their cues and speakers (`doc._.quotes`).

Direct quotes are stretches between quotation marks (straight or curly, paired per paragraph;
a quote left open runs to the paragraph end, a closing mark with no opener starts the quote at
the paragraph start, single quotes inside are nested quotes). A stretch is a quote when a cue
attributes it - after it ("…," ujar X / "…" - X), before it (Kata dia, "…" / X menegaskan: "…")
- or when it opens a sentence; short scare-quoted terms inside a sentence are not quotes. A
quote with no cue continues the quote it follows (same or previous paragraph) or is spoken by
the person the previous paragraph names.

Indirect quotes are the clauses reported by a verb of saying ("X mengatakan bahwa …"; a verb
that also takes a plain object only with a clause), "menurut X", a speech cue between commas
("…, kata hakim, …"), a source cue ("Dilansir X, …") or a statement phrase ("X dalam
keterangan resminya, …"), to the sentence end. The vocabulary is the language pack's
`quotes.yaml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from warta.nlp.speakers import DASHES, QuoteLexicon, Speaker, SpeakerResolver, is_capitalised

OPENING, CLOSING, STRAIGHT = "“„", "”", '"'
VERB = re.compile(r"^(me|ber|di|ter)[a-z]{3,}$")
MIN_SENTENCE_QUOTE_WORDS = 3


@dataclass
class Quote:
    """A quote before its speaker is resolved."""

    start: int
    end: int
    kind: str
    para: int
    cue: tuple[int, int] | None = None
    mention: Span | None = None
    suffix: tuple[int, int] | None = None
    continued: bool = False
    wrapper: bool = False
    cue_token: int | None = None
    speaker: Speaker | None = field(default=None, repr=False)

    def as_dict(self) -> dict:
        cue = {"start": self.cue[0], "end": self.cue[1]} if self.cue else None
        return {"start": self.start, "end": self.end, "kind": self.kind, "cue": cue,
                "speaker": self.speaker.as_dict() if self.speaker else None}


@dataclass
class Stretch:
    """Text between quotation marks; `open_at`/`close_at` are the marks' offsets or None."""

    open_at: int | None
    close_at: int | None
    para: int
    start: int = 0
    end: int = 0


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the non-empty lines of `text`."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def _closes_here(text: str, at: int, para_start: int) -> bool:
    """Whether a straight quote mark at `at` reads as closing (after punctuation, before a space)."""
    before = text[at - 1] if at > para_start else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return before in ",.!?" and (after.isspace() or after in ",.;")


def scan_stretches(text: str) -> list[Stretch]:
    """Quoted stretches of every paragraph, marks paired left to right."""
    out: list[Stretch] = []
    for p, (ps, pe) in enumerate(paragraphs(text)):
        marks = [i for i in range(ps, pe) if text[i] in OPENING + CLOSING + STRAIGHT]
        opened: int | None = None
        k = 0
        while k < len(marks):
            at, ch = marks[k], text[marks[k]]
            if opened is None:
                if ch in CLOSING or ch == STRAIGHT and _closes_here(text, at, ps):
                    out.append(Stretch(None, at, p))
                else:
                    opened = at
            elif ch in OPENING:
                out.append(Stretch(opened, None, p))
                opened = at
            elif ch == STRAIGHT and text[opened] in OPENING and not _closes_here(text, at, ps):
                # a straight pair nested in a curly quote, when a curly close still follows
                partner = next((m for m in marks[k + 1:] if text[m] == STRAIGHT), None)
                if partner is not None and any(text[m] in CLOSING for m in marks if m > partner):
                    k = marks.index(partner) + 1
                    continue
                out.append(Stretch(opened, at, p))
                opened = None
            else:
                out.append(Stretch(opened, at, p))
                opened = None
            k += 1
        if opened is not None:
            out.append(Stretch(opened, None, p))
        for s in out:
            if s.para == p and s.end == 0:
                s.start = ps if s.open_at is None else s.open_at + 1
                s.end = pe if s.close_at is None else s.close_at
                while s.start < s.end and text[s.start].isspace():
                    s.start += 1
                while s.end > s.start and (text[s.end - 1].isspace() or text[s.end - 1] == ","):
                    s.end -= 1
    return [s for s in out if s.end > s.start]


class QuoteExtractor:
    """Sets `doc._.quotes`: direct and indirect quotes with cue and resolved speaker."""

    def __init__(self, nlp: Language, name: str = "warta_quotes"):
        self.name = name
        self.lex = QuoteLexicon.load(nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        resolver = SpeakerResolver(doc, self.lex)
        stretches = scan_stretches(doc.text)
        direct = [q for s in stretches if (q := self._direct(doc, s, resolver)) is not None]
        quoted = [(s.start, s.end) for s in stretches]
        used = {q.cue_token for q in direct if q.cue_token is not None}
        indirect = self._indirect(doc, resolver, quoted, direct, used)
        quotes = sorted(direct + indirect, key=lambda q: q.start)
        self._resolve(doc, quotes, resolver)
        doc._.quotes = [q.as_dict() for q in quotes]
        return doc

    # --- direct quotes -----------------------------------------------------------------------
    def _direct(self, doc: Doc, s: Stretch, res: SpeakerResolver) -> Quote | None:
        quote = Quote(s.start, s.end, "direct", s.para, continued=s.close_at is None)
        attributed = False
        if s.open_at is not None:
            attributed = self._attribute_before(doc, s.open_at, quote, res)
        if not attributed and s.close_at is not None:
            attributed = self._attribute_after(doc, s.close_at, quote, res)
        if attributed:
            return quote
        if s.open_at is None or not self._opens_sentence(doc.text, s.open_at):
            return None
        words = len(doc.text[s.start:s.end].split())
        return quote if words >= MIN_SENTENCE_QUOTE_WORDS else None

    @staticmethod
    def _opens_sentence(text: str, at: int) -> bool:
        before = text[:at].rstrip(" \t")
        return not before or before[-1] in "\n.!?:" + CLOSING + STRAIGHT

    def _set_cue(self, quote: Quote, tok: Token) -> None:
        quote.cue = (tok.idx, tok.idx + len(tok.text))
        quote.cue_token = tok.i

    def _attribute_after(self, doc: Doc, close_at: int, quote: Quote, res: SpeakerResolver) -> bool:
        """Cue and speaker after a closing mark: "…," kata X / "…" - X / "…," X menambahkan."""
        lex = self.lex
        mark = doc.char_span(close_at, close_at + 1, alignment_mode="expand")
        if mark is None:
            return False
        i, limit = mark.end, self._clause_end(doc, mark.end)
        while i < limit and doc[i].text in {",", ".", "!", "?"}:
            i += 1
        if i >= limit:
            return False
        if doc[i].lower_ in lex.source_connectors and i + 1 < limit \
                and doc[i + 1].lower_ in lex.statement_nouns:  # "…," demikian pernyataan X
            self._set_cue(quote, doc[i + 1])
            quote.mention = res.phrase_after(i + 1, limit)
            return quote.mention is not None
        tok = doc[i]
        if tok.text in DASHES:
            while i < limit and doc[i].text in DASHES:
                i += 1
            quote.mention = res.phrase_after(i, limit)
            return quote.mention is not None
        suffix = lex.suffix_cue(tok.text)
        if suffix:
            self._set_cue(quote, tok)
            end = tok.idx + len(tok.text)
            quote.suffix = (end - suffix, end)
            return True
        if tok.lower_ in lex.speech_cues | lex.reporting_verbs | lex.according_cues:
            self._set_cue(quote, tok)
            quote.mention = res.phrase_after(i + 1, limit, apposition=True)
            return True
        for k in range(i + 1, min(limit, i + 8)):
            if doc[k].lower_ in lex.speech_cues | lex.reporting_verbs:
                subject = res.subject_before(k, i)
                if subject is not None:
                    self._set_cue(quote, doc[k])
                    quote.mention = subject
                    return True
        return False

    def _attribute_before(self, doc: Doc, open_at: int, quote: Quote, res: SpeakerResolver) -> bool:
        """Cue and speaker before an opening mark: Kata dia, "…" / X menegaskan: "…" / X: "…"."""
        lex = self.lex
        mark = doc.char_span(open_at, open_at + 1, alignment_mode="expand")
        if mark is None or mark.start == 0 or doc[mark.start - 1].text not in {",", ":"}:
            return False
        h = mark.start - 1
        floor = max(doc[h].sent.start, h - 12)
        for k in range(h - 1, floor - 1, -1):
            tok = doc[k]
            if tok.is_space or tok.text in CLOSING + STRAIGHT:
                break
            if tok.lower_ in lex.speech_cues | lex.according_cues:
                self._set_cue(quote, tok)
                quote.mention = res.phrase_after(k + 1, h)
                return True
            if tok.lower_ in lex.reporting_verbs and h - k <= 6:
                self._set_cue(quote, tok)
                quote.mention = res.subject_before(k, doc[k].sent.start)
                return True
        if doc[h].text == ":":
            quote.mention = res.subject_before(h, max(doc[h].sent.start, h - 10))
            return quote.mention is not None
        return False

    @staticmethod
    def _clause_end(doc: Doc, i: int) -> int:
        """End of the attribution after token i: next sentence start, quote mark or line break."""
        j = i
        while j < len(doc) and not (j > i and doc[j].is_sent_start) and not doc[j].is_space \
                and doc[j].text not in OPENING + CLOSING + STRAIGHT:
            j += 1
        return j

    # --- indirect quotes ---------------------------------------------------------------------
    def _indirect(self, doc: Doc, res: SpeakerResolver, quoted: list[tuple[int, int]],
                  direct: list[Quote], used: set[int]) -> list[Quote]:
        lex = self.lex
        para_of = [0] * len(doc)
        for p, (ps, pe) in enumerate(paragraphs(doc.text)):
            for t in doc.char_span(ps, pe, alignment_mode="expand") or []:
                para_of[t.i] = p
        out: list[Quote] = []
        for sent in doc.sents:
            found: list[Quote] = []
            for tok in sent:
                if tok.i in used or any(a <= tok.idx < b for a, b in quoted):
                    continue
                low = tok.lower_
                if low in lex.reporting_verbs:
                    q = self._reported(doc, sent, tok, res)
                elif low in lex.according_cues or low in lex.source_cues or (
                        tok.i > sent.start and doc[tok.i - 1].text == ","
                        and (low in lex.speech_cues or lex.suffix_cue(low))
                        and self._parenthetical(doc, tok, res)):
                    q = self._according(doc, sent, tok, res)
                else:
                    q = self._statement_phrase(doc, sent, tok, res)
                if q is not None:
                    q.para = para_of[tok.i]
                    found.append(q)
            out.extend(self._drop_nested(doc, found))
        return [q for q in out
                if not any(d.start <= q.start and q.end <= d.end for d in direct)]

    def _content(self, doc: Doc, sent: Span, i: int, stop: int | None = None
                 ) -> tuple[int, int] | None:
        """Offsets of the reported clause from token i to `stop`, the sentence end or a
        trailing cue (", menurut X"); trailing "demikian" and punctuation are left out."""
        lex = self.lex
        j, stop = i, sent.end if stop is None else stop
        while j < stop and not doc[j].is_space:
            tok = doc[j]
            if tok.text == "," and j + 1 < sent.end and (
                    doc[j + 1].lower_ in lex.according_cues | lex.speech_cues | lex.source_cues
                    or doc[j + 1].lower_ in lex.source_connectors):
                break
            j += 1
        while j > i and (doc[j - 1].is_punct and doc[j - 1].text not in STRAIGHT + CLOSING
                         or doc[j - 1].is_space or doc[j - 1].lower_ == "demikian"):
            j -= 1
        while i < j and doc[i].is_punct and doc[i].text not in OPENING + STRAIGHT:
            i += 1
        words = [t for t in doc[i:j] if not t.is_punct]
        if len(words) < 2:
            return None
        return doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)

    def _reported(self, doc: Doc, sent: Span, verb: Token, res: SpeakerResolver) -> Quote | None:
        """X <verb> [kepada Y] [bahwa] <clause>."""
        lex = self.lex
        subject = res.subject_before(verb.i, sent.start)
        if subject is None or res.negated(verb.i, subject.end):
            return None
        i, bahwa = verb.i + 1, False
        for k in range(i, min(sent.end, i + 12)):
            low = doc[k].lower_
            if low in lex.complementizers:
                i, bahwa = k + 1, True
                break
            if doc[k].text in OPENING + STRAIGHT or lex.is_cue_word(doc[k].text):
                break
        if i < sent.end and doc[i].lower_ in lex.recipients:  # "menuturkan kepada Dailymail, …"
            comma = next((k for k in range(i, min(sent.end, i + 8)) if doc[k].text == ","), None)
            i = comma + 1 if comma is not None else i
        for phrase in lex.object_anaphors:
            n = len(phrase)
            if tuple(t.lower_ for t in doc[i:i + n]) == phrase and (
                    i + n >= sent.end or doc[i + n].lower_ in lex.phrase_breaks
                    or doc[i + n].is_punct):
                return None
        content = self._content(doc, sent, i)
        if content is None or verb.lower_ in lex.object_verbs and not bahwa \
                and not self._is_clause(doc.char_span(*content, alignment_mode="expand")):
            return None
        q = Quote(content[0], content[1], "indirect", 0, mention=subject)
        self._set_cue(q, verb)
        return q

    def _is_clause(self, span: Span) -> bool:
        """Whether an object's first conjunct holds a predicate (not "Yerusalem sebagai ibu
        kotanya dan …")."""
        lex = self.lex
        for t in span[1:]:
            low = t.lower_
            if low in lex.predicate_words or VERB.match(low) and low not in lex.not_predicates:
                return True
            joins = is_capitalised(t.nbor(-1)) and is_capitalised(t.nbor())  # "Irman dan Budi"
            if t.text == "," or (low in lex.coordinators or low in lex.clause_openers) and not joins:
                return False
        return False

    def _according(self, doc: Doc, sent: Span, cue: Token, res: SpeakerResolver) -> Quote | None:
        """Menurut X, <clause> / <clause>, kata X, <clause> / Dilansir X, <clause>.

        After "menurut" or a speech cue the clause is what follows the speaker when a clause
        follows (not a date or a relative clause), else what precedes the cue. A source cue
        ("dilansir") names a capitalised source followed by a comma and opens its clause, or
        closes one (", demikian dilansir BBC, Rabu").
        """
        lex = self.lex
        suffix = lex.suffix_cue(cue.text)
        speaker = None if suffix else res.phrase_after(cue.i + 1, sent.end)
        if not suffix and (speaker is None or speaker[0].lower_ in lex.non_speakers):
            return None
        k = cue.i + 1 if suffix else speaker.end
        while k < sent.end and doc[k].text == "(":  # "Korean Central News Agency (KCNA)"
            k = next((j + 1 for j in range(k, sent.end) if doc[j].text == ")"), sent.end)
        if cue.lower_ in lex.source_cues:
            prev = doc[cue.i - 1] if cue.i > sent.start else None
            if prev is not None and prev.lower_ in lex.source_connectors:
                prev = doc[prev.i - 1] if prev.i > sent.start else None
            if (prev is not None and prev.text != "," or not is_capitalised(speaker[0])
                    or k < sent.end and doc[k].text not in ",."):
                return None
            before = doc[sent.start:prev.i] if prev is not None else []
            content = self._after_comma(doc, sent, k) or (
                self._content(doc, sent, sent.start, stop=prev.i) if len(before) and not any(
                    t.text in OPENING + CLOSING + STRAIGHT for t in before) else None)
        elif cue.i == sent.start or doc[cue.i - 1].text == ",":
            comma = next((j for j in range(k, min(sent.end, k + 10)) if doc[j].text == ","), None)
            content = (self._content(doc, sent, comma + 1) if comma is not None
                       else self._after_comma(doc, sent, k))
            if content is not None and len(doc.text[content[0]:content[1]].split()) < 3:
                content = None
            if content is None and cue.i > sent.start:
                content = self._content(doc, sent, sent.start, stop=cue.i)
        else:
            content = self._after_comma(doc, sent, k) or self._content(
                doc, sent, sent.start, stop=cue.i)
        if content is None:
            return None
        q = Quote(content[0], content[1], "indirect", 0, mention=speaker, wrapper=True)
        if suffix:
            q.suffix = (cue.idx + len(cue.text) - suffix, cue.idx + len(cue.text))
        self._set_cue(q, cue)
        return q

    def _parenthetical(self, doc: Doc, cue: Token, res: SpeakerResolver) -> bool:
        """Whether a speech cue after a comma outside quotes attributes its sentence
        ("Uang itu, kata hakim, dipakai …" / "…, ujarnya."): a suffix or a speaker follows."""
        if self.lex.suffix_cue(cue.text):
            return True
        speaker = res.phrase_after(cue.i + 1, cue.sent.end)
        return speaker is not None and res.could_speak(speaker[0])

    def _after_comma(self, doc: Doc, sent: Span, k: int) -> tuple[int, int] | None:
        """The clause after a speaker ending at token k, past commas and dates, if it is one."""
        lex = self.lex
        while k < sent.end and (doc[k].text in {",", "(", ")", "/"} or doc[k].like_num
                                or doc[k].lower_ in lex.calendar | lex.adverbials
                                and doc[k].lower_ not in lex.negators):
            k += 1
        if k >= sent.end or doc[k].lower_ in lex.phrase_breaks or doc[k].is_punct:
            return None
        content = self._content(doc, sent, k)
        if content is None or len(doc.text[content[0]:content[1]].split()) < 3:
            return None
        return content

    def _statement_phrase(self, doc: Doc, sent: Span, tok: Token, res: SpeakerResolver) -> Quote | None:
        """X dalam keterangan resminya, <clause>."""
        for phrase in self.lex.statement_phrases:
            n = len(phrase)
            if [t.lower_ for t in doc[tok.i:tok.i + n]] != list(phrase):
                continue
            after = tok.i + n
            if after >= sent.end or doc[after].text != "," or any(
                    t.lower_ in self.lex.reporting_verbs for t in doc[after:after + 8]):
                return None
            subject = res.subject_before(tok.i, sent.start)
            content = self._content(doc, sent, after + 1)
            if subject is None or content is None:
                return None
            q = Quote(content[0], content[1], "indirect", 0, mention=subject)
            q.cue = (tok.idx, doc[after - 1].idx + len(doc[after - 1].text))
            q.cue_token = tok.i
            return q
        return None

    def _drop_nested(self, doc: Doc, found: list[Quote]) -> list[Quote]:
        """Settle quotes whose cue lies in another's content. When a new clause holds the inner
        quote ("Menurut X, A, dan Y bersumpah …") the outer ends before it; otherwise a source
        wrapper gives way to the inner quote ("Menurut X, Y mengatakan …"), and an inner cue
        inside a reported clause is part of it."""
        drop: set[int] = set()
        for a, outer in enumerate(found):
            for b, inner in enumerate(found):
                if a == b or a in drop or b in drop or inner.cue is None:
                    continue
                if not outer.start <= inner.cue[0] < outer.end:
                    continue
                if not outer.wrapper:
                    drop.add(b)
                    continue
                head = inner.mention.start if inner.mention is not None else None
                if head is not None and len(doc.text[outer.start:doc[head].idx].split()) > 3 and (
                        doc[head - 1].lower_ in self.lex.coordinators or doc[head - 1].text == ","):
                    outer.end = len(doc.text[:doc[head - 1].idx].rstrip(" ,"))
                else:
                    drop.add(a)
        return [q for k, q in enumerate(found) if k not in drop]

    # --- speakers ----------------------------------------------------------------------------
    def _resolve(self, doc: Doc, quotes: list[Quote], res: SpeakerResolver) -> None:
        """Resolve cued speakers in reading order, then give uncued quotes theirs."""
        paras = paragraphs(doc.text)

        def where(q: Quote) -> int:
            if q.suffix:
                return q.suffix[0]
            return q.mention.start_char if q.mention is not None else q.start

        for q in sorted((q for q in quotes if q.mention is not None or q.suffix), key=where):
            q.speaker = res.resolve(q.mention, q.suffix, before=min(q.start, where(q)))
        for k, q in enumerate(quotes):
            if q.mention is not None or q.suffix:
                continue
            nxt = quotes[k + 1] if k + 1 < len(quotes) else None
            prev = next((p for p in reversed(quotes[:k]) if p.speaker or p.mention or p.suffix),
                        None)
            if q.continued and nxt is not None and nxt.para == q.para + 1 and nxt.speaker:
                source = nxt.speaker
            elif prev is not None and prev.para >= q.para - 1:
                source = prev.speaker
            else:
                lo = paras[q.para - 1][0] if q.para > 0 else 0
                last = prev.speaker if prev else None
                source = res.person_between(lo, q.start, last.name if last else None) or last
            if source is not None:
                q.speaker = Speaker(source.start, source.end, source.name, source.kb_id,
                                    source.plural)
