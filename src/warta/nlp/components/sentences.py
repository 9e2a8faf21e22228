"""Rule-based sentence boundaries for news text.

A sentence ends at `.`, `!` or `?` (or after a closing quote that follows one) when the next
token starts a new sentence; it never ends after a known abbreviation ("Jl.", "Kab.", "dr."), a
single capital initial ("H.", "M."), or before a lower-case word or a closing quote mark. A
paragraph break always ends a sentence. Quotes that span several sentences are split into
their sentences; the attribution after a closing quote ("...," ujar Zulkifli) stays in the
sentence of the quote because a comma does not end a sentence.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from warta.lang import load_lines

ENDERS = {".", "!", "?", "...", "…"}
CLOSERS = {'"', "”", "’", "'", ")", "]"}
OPENERS = {'"', "“", "‘", "'", "(", "["}


class SentenceSplitter:
    """Sets `token.is_sent_start` on every token."""

    def __init__(self, nlp: Language, name: str = "warta_sentences"):
        self.name = name
        self.abbreviations = frozenset(load_lines(nlp.lang, "abbreviations.txt"))

    def _ends_with_abbreviation(self, doc: Doc, i: int) -> bool:
        """Whether the period token at i closes an abbreviation or an initial."""
        tok = doc[i]
        if tok.text != "." or i == 0:
            return tok.text in self.abbreviations
        prev = doc[i - 1]
        if prev.whitespace_:
            return False
        word = prev.text + "."
        return word in self.abbreviations or (len(prev.text) == 1 and prev.text.isupper())

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        starts = [False] * n
        starts[0] = True
        for i in range(1, n):
            prev = doc[i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                starts[i] = True
        for i, tok in enumerate(doc[:-1]):
            if tok.text not in ENDERS and not tok.text.endswith("."):
                continue
            if tok.text.endswith(".") and tok.text not in (".", "...") and (
                    tok.text in self.abbreviations or len(tok.text) <= 3):
                continue
            if self._ends_with_abbreviation(doc, i):
                continue
            j = i + 1
            while j < n and doc[j].text in CLOSERS:
                # a closing quote or bracket belongs to the sentence it closes
                if doc[j].text in {'"', "'"} and doc[j - 1].whitespace_:
                    break
                j += 1
            while j < n and doc[j].is_space:
                j += 1
            if j >= n:
                continue
            nxt = doc[j]
            first = nxt.text[0]
            if first.isupper() or first.isdigit() or nxt.text in OPENERS:
                starts[j] = True
        # one array write: setting `token.is_sent_start` token by token costs O(n) each
        values = numpy.where(starts, 1, -1).astype("uint64")  # -1 wraps, as in Doc.to_array
        doc.from_array([SENT_START], values.reshape(-1, 1))
        return doc
