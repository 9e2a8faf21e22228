"""A document's names as the speaker code sees them: its entities and, for mentions no entity
covers, its capitalised runs (the fallback without an entity layer), less the common words
(`warta.kb.common_words`) that open a sentence."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from warta.kb import common_words
from warta.nlp.quotes.base import is_capitalised
from warta.nlp.quotes.lexicon import QuoteLexicon

NAME_JOINERS = frozenset({"al", "el", "bin", "binti", "van", "von", "de", "da", "-", "ibn"})


class DocNames:
    """Entities (`doc.ents`) and capitalised name runs of one document."""

    def __init__(self, doc: Doc, lex: QuoteLexicon):
        self.doc = doc
        self.lex = lex
        self.common = common_words(doc.lang_)
        self.not_names = lex.titles | lex.calendar | lex.pronouns | lex.own_voice_pronouns \
            | lex.case_roles.keys()
        self.ents = list(doc.ents)
        self._entity_tokens = {i for e in self.ents for i in range(e.start, e.end)}
        # the time layer's expressions (none without that layer): start -> end, and tokens
        self.time_ends = {t.start: t.end for t in doc.spans.get("times", [])}
        self.timed = {k for start, end in self.time_ends.items() for k in range(start, end)}
        self.runs = self._name_runs()

    def in_entity(self, i: int) -> bool:
        return i in self._entity_tokens

    def ents_in(self, a: int, b: int) -> list[Span]:
        """Entities overlapping tokens a..b."""
        return [e for e in self.ents if e.start < b and e.end > a]

    def name_token(self, tok: Token) -> bool:
        """Whether a token outside entities may belong to a name: capitalised, not a title,
        month, weekday or pronoun ("Anda"), and not a common word capitalised only because it
        opens a sentence ("Sejarah mencatat")."""
        return (is_capitalised(tok) or tok.lower_ in NAME_JOINERS) and not self.in_entity(tok.i) \
            and tok.lower_ not in self.not_names \
            and not (tok.lower_ in self.common and self._opens_sentence(tok))

    @staticmethod
    def _opens_sentence(tok: Token) -> bool:
        """Whether only punctuation comes before `tok` in its sentence or line."""
        k = tok.i - 1
        while k >= tok.sent.start and tok.doc[k].is_punct:
            k -= 1
        return k < tok.sent.start or tok.doc[k].is_space

    def core(self, tokens: Iterable[Token]) -> list[str]:
        """The name words among `tokens`, without leading joiners."""
        words = [t.text for t in tokens if self.name_token(t)]
        while words and words[0].lower() in NAME_JOINERS:
            words.pop(0)
        return words

    def trailing_name(self, span: Span) -> Span | None:
        """The capitalised run closing a mention outside any entity, when it is a name of
        two or more words or the mention's only name word, past the words of an office
        ("Menteri Keuangan" has none)."""
        k = span.end
        while k > span.start and self.name_token(span.doc[k - 1]):
            k -= 1
        k = self._past_office(k, span.end)
        run = span.doc[k:span.end]
        words = self.core(run)
        if not words or k == span.start or len(words) < 2 and self.core(
                span[:k - span.start]) and not self.in_entity(k - 1):  # "Kepala Dinas X Hardi"
            return None
        return run

    def fallback_name(self, span: Span) -> str | None:
        """The fullest capitalised form in the document that contains the mention's name words."""
        core = self.core(span)
        if not core:
            return None
        n, best = len(core), core
        for run in self.runs:
            words = self.core(run)
            if len(words) > len(best) and any(words[k:k + n] == core
                                              for k in range(len(words) - n + 1)):
                best = words
        return " ".join(best).replace(" - ", "-")

    def _past_office(self, k: int, end: int) -> int:
        """Past the ordinary words from token k (to `end` at most) that name an office after a
        title: "(Menteri) Pendidikan Fred Matiangi" -> "Fred Matiangi"; "(Menteri) Keuangan"
        -> nothing."""
        doc = self.doc
        while 0 < k < end and doc[k].lower_ in self.common and doc[k - 1].lower_ in (
                self.lex.titles | self.common):
            k += 1
        return k

    def _name_runs(self) -> list[Span]:
        """Capitalised token runs that may be names."""
        doc = self.doc
        runs, i = [], 0
        while i < len(doc):
            if not is_capitalised(doc[i]) or not self.name_token(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and self.name_token(doc[j]) and (
                    is_capitalised(doc[j]) or j + 1 < len(doc) and is_capitalised(doc[j + 1])):
                j += 1
            if self._past_office(i, j) < j:
                runs.append(doc[self._past_office(i, j):j])
            i = j
        return runs
