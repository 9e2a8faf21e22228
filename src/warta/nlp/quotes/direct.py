"""Direct quotes: stretches between quotation marks and the cues that attribute them.

Marks are straight or curly and paired per paragraph (a straight mark inside a word is an
apostrophe, not a mark): a quote left open runs to the paragraph end, a closing mark with no
opener starts the quote at the paragraph start, and a straight pair inside a curly quote is a
nested quote (also when a curly mark closes it, before the curly mark that closes the outer). A stretch is a quote when a cue attributes it -
after it ("…," ujar X / "…" - X / "…," X menambahkan / "…," demikian X), before it (Kata dia, "…" /
X menegaskan: "…" / X: "…"; inside a sentence after a passive or suffixed cue: yang
disebutnya "…"; after a caption noun: X mengunggah foto dengan tulisan "…") - or when it opens a
sentence with at least three words; short scare-quoted terms inside a sentence and nicknames
inside a name (Hendrik "Acheo" Lyanto) are not quotes.
Single-quoted texts after a post verb and a comma are quotes too (X menuliskan, 'Ramadan Kareem').
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from warta.nlp.quotes.base import (
    CLOSING,
    DASHES,
    MARKS,
    OPENING,
    STRAIGHT,
    Quote,
    paragraphs,
)
from warta.nlp.quotes.phrases import SpeakerPhrases

MIN_SENTENCE_QUOTE_WORDS = 3
# A short text in single quotes ('Ramadan Kareem', ‘Bon Ramadan’), not an apostrophe in a word.
SINGLE_QUOTED = re.compile(r"(?<!\w)['‘](?=\S)([^'‘’\n]{2,80}?)(?<=\S)['’](?!\w)")
LIST_NUMBER = re.compile(r"^(?:\d{1,2}|[a-z])[.)]\s+")  # "1. " opening an item of a list
MAX_APOSTROPHE_PART = 2  # letters on the short side of an apostrophe written as '"'


@dataclass
class Stretch:
    """Text between quotation marks; `open_at`/`close_at` are the marks' offsets or None."""

    open_at: int | None
    close_at: int | None
    para: int
    start: int = 0
    end: int = 0


def scan_stretches(text: str) -> list[Stretch]:
    """Quoted stretches of every paragraph, marks paired left to right."""
    out: list[Stretch] = []
    for p, (ps, pe) in enumerate(paragraphs(text)):
        for s in _pair_marks(text, p, ps, pe):
            s.start = ps if s.open_at is None else s.open_at + 1
            s.end = pe if s.close_at is None else s.close_at
            while s.start < s.end and text[s.start].isspace():
                s.start += 1
            while s.end > s.start and (text[s.end - 1].isspace() or text[s.end - 1] == ","):
                s.end -= 1
            out.append(s)
    return [s for s in out if s.end > s.start]


def _pair_marks(text: str, p: int, ps: int, pe: int) -> list[Stretch]:
    """The stretches of paragraph p (chars ps..pe), before their bounds are trimmed."""
    out: list[Stretch] = []
    marks = [i for i in range(ps, pe) if text[i] in MARKS and not _in_word(text, i)]
    last_close = max((m for m in marks if text[m] in CLOSING), default=-1)
    opened: int | None = None
    k = 0
    while k < len(marks):
        at, ch = marks[k], text[marks[k]]
        if opened is None:
            if ch in CLOSING and last_close > at and _opens_here(text, at, ps):
                opened = at
            elif ch in CLOSING or ch == STRAIGHT and _closes_here(text, at, ps):
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
            rest = marks[k + 1:]
            rest = rest[:next((j for j, m in enumerate(rest) if text[m] in OPENING), len(rest))]
            closes = [m for m in rest if text[m] in CLOSING]
            if partner is None and len(closes) > 1:  # “… "nested?” …”: closed by a curly mark
                k = marks.index(closes[0]) + 1
                continue
            out.append(Stretch(opened, at, p))
            opened = None
        else:
            out.append(Stretch(opened, at, p))
            opened = None
        k += 1
    if opened is not None:
        out.append(Stretch(opened, None, p))
    return out


def _in_word(text: str, at: int) -> bool:
    """Whether the straight mark at `at` is an apostrophe inside a word ("Ballon d"Or",
    "Jum"at", "Qur"an"): letters on both sides and no space, with one side at most two letters
    long; a longer part each side is a quote glued to a word ("Flower"itu", "bahwa"peran")."""
    if text[at] != STRAIGHT or not (0 < at < len(text) - 1
                                    and text[at - 1].isalpha() and text[at + 1].isalpha()):
        return False
    head = re.search(r"[^\W\d_]+$", text[max(0, at - 40):at]).group()
    tail = re.match(r"[^\W\d_]+", text[at + 1:at + 41]).group()
    return min(len(head), len(tail)) <= MAX_APOSTROPHE_PART


def _opens_here(text: str, at: int, para_start: int) -> bool:
    """Whether a closing curly mark with no opener, and another closing mark later in its
    paragraph, is an opening one typed wrong: at the paragraph start or after a comma or
    colon, before a capitalised word (`menyebutkan,” Kami …”`)."""
    before = text[para_start:at].rstrip()
    after = text[at + 1:at + 3].lstrip()
    return (not before or before[-1] in ",:") and after[:1].isupper()


def _closes_here(text: str, at: int, para_start: int) -> bool:
    """Whether a straight quote mark at `at` reads as closing (after punctuation, before a space)."""
    before = text[at - 1] if at > para_start else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return before in ",.!?" and (after.isspace() or after in ",.;")


def _nickname(text: str, s: Stretch) -> bool:
    """Whether a stretch is a nickname quoted inside a name: one or two capitalised words
    between two name words (Hendrik “Acheo” Lyanto)."""
    if s.open_at is None or s.close_at is None:
        return False
    words = text[s.start:s.end].split()
    before = text[max(0, s.open_at - 40):s.open_at].rstrip(" ").rsplit(None, 1)[-1:]
    after = text[s.close_at + 1:s.close_at + 41].lstrip(" ").split(None, 1)[:1]
    return (0 < len(words) <= 2 and all(w[:1].isupper() for w in words)
            and bool(before) and before[0][:1].isupper() and before[0][-1:].isalpha()
            and bool(after) and after[0][:1].isupper() and after[0][:1].isalpha())


def _list_item(text: str, open_at: int) -> bool:
    """Whether a quotation mark opens an item of a numbered list ("1. "Joanne" - Lady Gaga
    (201.000)"): a title in a chart, not a quote, unless a cue word attributes it."""
    return LIST_NUMBER.fullmatch(text[text.rfind("\n", 0, open_at) + 1:open_at]) is not None


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in "\n.!?:" + CLOSING + STRAIGHT


class DirectQuotes:
    """Turns the stretches of one document into attributed direct quotes."""

    def __init__(self, phrases: SpeakerPhrases):
        self.phrases = phrases
        self.doc: Doc = phrases.doc
        self.text = self.doc.text  # `Doc.text` is rebuilt on each access
        self.lex = phrases.lex

    def find(self, stretches: list[Stretch]) -> list[Quote]:
        return [q for s in stretches if (q := self._quote(s)) is not None] + self._posted()

    def reproduced(self) -> list[Quote]:
        """The paragraphs of a text reproduced without quotation marks after a paragraph that
        announces it with a colon and names its writer ("Berikut isi lengkap surat Menteri
        Keuangan Sri Mulyani kepada Jonan:"): one direct quote per paragraph, past a list
        number ("1. "), up to a paragraph with quotation marks, cued by the text's noun ("isi")
        and spoken by the first person or organisation named after it."""
        doc, lex, text = self.doc, self.lex, self.text
        paras = paragraphs(text)
        out: list[Quote] = []
        p = 0
        while p < len(paras) - 1:
            a, b = paras[p]
            p += 1
            intro = doc.char_span(a, b, alignment_mode="expand")
            if intro is None or not text[a:b].endswith(":") or len(intro) < 3 \
                    or intro[0].lower_ not in lex.reproduction_openers:
                continue
            noun = intro[2] if intro[1].lower_ == "ini" and len(intro) > 3 else intro[1]
            if noun.lower_ not in lex.reproduction_nouns:
                continue
            writer = next((e for e in doc.ents if noun.i < e.start and e.end <= intro.end
                           and e.label_ in ("PER", "ORG")), None)
            if writer is None:
                continue
            while p < len(paras):
                a, b = paras[p]
                body = text[a:b]
                if any(m in body for m in MARKS) or body.split(None, 1)[0].lower() in (
                        lex.reproduction_openers):
                    break
                number = LIST_NUMBER.match(body)
                quote = Quote(a + (number.end() if number else 0), b, "direct", p)
                quote.attribute(noun, writer)
                out.append(quote)
                p += 1
        return out

    def _posted(self) -> list[Quote]:
        """Texts in single quotes after a post verb with a subject, in its sentence and
        outside double quotes, each after a comma or colon or joined to the one before: what
        the subject wrote ("Pogba pun menuliskan ucapan selamat dalam dua bahasa, 'Ramadan
        Kareem' dan 'Bon Ramadan'."; not a scare quote "gambar yang menggambarkan 'X'")."""
        doc, lex = self.doc, self.lex
        paras = paragraphs(self.text)
        out: list[Quote] = []
        for tok in doc:
            if tok.lower_ not in lex.post_verbs:
                continue
            sent = tok.sent
            tail = self.text[tok.idx:sent.end_char]
            if any(m in tail for m in MARKS):
                continue
            subject = self.phrases.subject_before(tok.i, sent.start)
            if subject is None:
                continue
            joined = False
            for m in SINGLE_QUOTED.finditer(tail):
                before = tail[:m.start()].rstrip()
                joined = before.endswith((",", ":")) or joined and (
                    before.split()[-1].lower() in lex.coordinators)
                if not joined:
                    continue
                start, end = tok.idx + m.start(1), tok.idx + m.end(1)
                para = next(p for p, (a, b) in enumerate(paras) if a <= start < b)
                quote = Quote(start, end, "direct", para)
                quote.attribute(tok, subject)
                out.append(quote)
        return out

    def _quote(self, s: Stretch) -> Quote | None:
        """The stretch as a quote, attributed by a cue before it, else after it, else none."""
        text = self.text
        if _nickname(text, s):
            return None
        quote = Quote(s.start, s.end, "direct", s.para, continued=s.close_at is None)
        attributed = False
        if s.open_at is not None:
            attributed = self._attribute_before(s.open_at, quote)
        if not attributed and s.close_at is not None:
            attributed = self._attribute_after(s.close_at, quote)
        listed = s.open_at is not None and _list_item(text, s.open_at)
        if attributed and not (listed and quote.cue is None):
            return quote
        if listed or s.open_at is None \
                or len(text[s.start:s.end].split()) < MIN_SENTENCE_QUOTE_WORDS:
            return None
        return quote if _opens_sentence(text, s.open_at) or self._attribute_inline(
            s.open_at, quote) else None

    def _attribute_after(self, close_at: int, quote: Quote) -> bool:
        """Cue and speaker after a closing mark: "…," kata X / "…" - X / "…," X menambahkan."""
        doc, lex, phrases = self.doc, self.lex, self.phrases
        mark = doc.char_span(close_at, close_at + 1, alignment_mode="expand")
        if mark is None:
            return False
        i, limit = mark.end, self._clause_end(mark.end)
        while i < limit and doc[i].text in {",", ".", "!", "?"}:
            i += 1
        if i >= limit:
            return False
        tok = doc[i]
        if tok.lower_ in lex.source_connectors and i + 1 < limit:
            vehicle = doc[i + 1]
            if vehicle.lower_ in lex.statement_nouns:  # "…," demikian pernyataan X
                quote.attribute(vehicle, phrases.phrase_after(i + 1, limit))
                return quote.mention is not None
            suffix = lex.statement_suffix(vehicle.text)
            if suffix:  # "…," begitu postingannya
                quote.attribute(vehicle, None, (vehicle.idx + len(vehicle) - suffix,
                                                vehicle.idx + len(vehicle)))
                return True
            if lex.is_cue_word(vehicle.text):  # "…," begitu kata X
                i, tok = i + 1, vehicle
        if tok.lower_ in lex.tail_cues and i + 1 < limit:  # "…," demikian Kepala BPS X
            mention = phrases.phrase_after(i + 1, limit)
            if mention is not None and phrases.could_speak(mention[0]):
                quote.attribute(tok, mention)
                return True
        if tok.text in DASHES:
            while i < limit and doc[i].text in DASHES:
                i += 1
            quote.mention = phrases.phrase_after(i, limit)
            return quote.mention is not None
        if lex.is_cue_word(tok.text):
            quote.attribute(tok, *phrases.cue_speaker(tok, i, limit, inverted=True,
                                                      apposition=True))
            return True
        if tok.lower_ in lex.contrastives:  # "…”, namun dia yakin …": a statement of its own
            return False
        for k in range(i + 1, min(limit, i + 8)):
            if doc[k].lower_ in lex.speech_cues:  # "…" Hanya satu, kata X, …: a clause's own
                return False
            if doc[k].lower_ in lex.reporting_verbs:
                subject = phrases.subject_before(k, i)
                if subject is not None:
                    quote.attribute(doc[k], subject)
                    return True
        return False

    def _attribute_before(self, open_at: int, quote: Quote) -> bool:
        """Cue and speaker before an opening mark: Kata dia, "…" / X menegaskan: "…" / X: "…"."""
        doc, lex, phrases = self.doc, self.lex, self.phrases
        mark = doc.char_span(open_at, open_at + 1, alignment_mode="expand")
        if mark is None or mark.start == 0 or doc[mark.start - 1].text not in {",", ":"}:
            return False
        h = mark.start - 1
        floor = max(doc[h].sent.start, h - 12)
        for k in range(h - 1, floor - 1, -1):
            tok = doc[k]
            if tok.is_space or tok.text in CLOSING + STRAIGHT:
                break
            low = tok.lower_
            if low in lex.speech_cues | lex.according_cues or (
                    low in lex.reporting_verbs and h - k <= 6):
                quote.attribute(tok, *phrases.cue_speaker(tok, tok.sent.start, h))
                return True
        if doc[h].text == ":" and not self.text[doc[h].idx + 1:open_at].strip():
            quote.mention = phrases.subject_before(h, max(doc[h].sent.start, h - 10))
            return quote.mention is not None
        return False

    def _attribute_inline(self, open_at: int, quote: Quote) -> bool:
        """A passive or suffixed speech cue a few words before a quote inside a sentence:
        'yang disebutnya "…"', 'disebut pemerintah setempat sebagai "…"'; a caption after a
        post or upload verb with a subject: 'X mengunggah foto dengan tulisan "…"'."""
        doc, lex = self.doc, self.lex
        mark = doc.char_span(open_at, open_at + 1, alignment_mode="expand")
        if mark is None:
            return False
        if mark.start > 0 and doc[mark.start - 1].lower_ in lex.caption_nouns:
            sent = doc[mark.start].sent
            verb = next((t for t in reversed(doc[sent.start:mark.start])
                         if t.lower_ in lex.post_verbs | lex.upload_verbs), None)
            subject = self.phrases.subject_before(verb.i, sent.start) if verb else None
            if subject is not None:
                quote.attribute(verb, subject)
                return True
        floor = max(doc[mark.start].sent.start, mark.start - 6)
        for k in range(mark.start - 1, floor - 1, -1):
            tok = doc[k]
            if tok.is_punct or tok.is_space:
                return False
            if lex.passive_verb.match(tok.lower_) and tok.lower_ in lex.speech_cues \
                    or lex.suffix_cue(tok.text):
                quote.attribute(tok, *self.phrases.cue_speaker(tok, tok.sent.start, mark.start))
                quote.unsourced = not quote.cued
                return True
        return False

    def _clause_end(self, i: int) -> int:
        """End of the attribution after token i: next sentence start, quote mark or line break."""
        doc = self.doc
        j = i
        while j < len(doc) and not (j > i and doc[j].is_sent_start) and not doc[j].is_space \
                and doc[j].text not in MARKS:
            j += 1
        return j
