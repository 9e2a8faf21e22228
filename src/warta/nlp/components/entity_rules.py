"""Judgements on statistical NER spans that neither the KB nor head words make, for
`warta.nlp.components.entities`:
- an ordinary word capitalised by its position ("Kepergian | Neymar", "Agresivitas"): it opens
  a sentence or quote, is a common word, in lower case elsewhere in the article or derived from
  a common word (Indonesian prefixes and suffixes), and the article never capitalises it
  mid-sentence;
- a work or product, which has no label ("film Deadpool", "lagu Feels", "Canon EOS 6D");
- a person the model labelled ORG/GPE: a speech cue or person's role right before ("kata
  Neymar", "Presiden Cyril Ramaphosa"), a title that is also a given name opening it ("Ratu Tisha
  Destria"), or a first word seen only in person names of the NER training data
  (`warta.kb.person_tokens`);
- an academic or professional degree after a name ("Fitria Amalia, SpKK, M.Kes"), never a name;
- two persons over a capitalised word between them are one ("Herlambang | Perdana | Wiratman"),
  a known person opening a longer PER span another ("Ahok | I Wayan Sudirta").
"""
from __future__ import annotations

from collections import Counter

import re
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc, Span, Token

QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
CLAUSE_OPENERS = QUOTES | {"(", "-", "--", "\u2013", "\u2014"}
# a model number or brand-shaped token: "6D", "S8", "500D", "iPhone"
MODEL_TOKEN = re.compile(r"[A-Za-z]+\d+[A-Za-z]*|\d+[A-Za-z]+|[a-z]{1,2}[A-Z]\w*")
# a brand's shape, never a person's: "MotoGP", "UnionSpace", "DailySocial", "GoToMalls" (not
# "McDonald", "MacArthur", "LeBron")
BRAND = re.compile(r"[A-Z][a-z]+[A-Z]{2,}|(?!Ma?c[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+"
                   r"|[A-Z][a-z]+[A-Z][a-z]+[A-Z][a-z]+")
# a name of letters and a number alone is a group's, not a model's: "JKT48", "AKB48"
GROUP_NAME = re.compile(r"[A-Z]{3,}\d+")
MIN_STEM = 4
INITIALS = re.compile(r"[A-Z]{1,2}\.?")   # a person's initials before a name: "DL", "M."
SPECIALIST = re.compile(r"Sp[A-Z]{1,4}(\(K\))?")   # specialist degrees: SpKK, Sp.OG, Sp.A(K)


def opens_clause(tok: Token) -> bool:
    """Whether a token is capitalised by position: sentence start, or after a quote or dash."""
    return bool(tok.is_sent_start) or (tok.i > 0 and tok.doc[tok.i - 1].text in CLAUSE_OPENERS)


@dataclass(frozen=True)
class ArticleCase:
    """How one article writes its words: the lower-case forms it uses, and the words it
    capitalises where no sentence or quote opens (`mid_caps`; `repeated`: twice or more);
    the entity component adds the words that stand alone where a speaker does."""

    lower: frozenset[str]
    mid_caps: frozenset[str]
    repeated: frozenset[str]
    speaking: frozenset[str] = frozenset()   # one-word names where a speaker stands

    @classmethod
    def of(cls, doc: Doc) -> "ArticleCase":
        lower, caps = set(), Counter()
        for tok in doc:
            if tok.is_lower:
                lower.add(tok.text)
            elif tok.text[:1].isupper() and not opens_clause(tok):
                caps[tok.lower_] += 1
        return cls(frozenset(lower), frozenset(caps),
                   frozenset(w for w, n in caps.items() if n > 1))


class SpanRules:
    """Word lists (`entities.yaml`; `offices`: the abbreviated offices of `quotes.yaml`, also
    titles) and the judgements made with them."""

    def __init__(self, words: dict, common: frozenset[str], person_tokens: frozenset[str],
                 offices: Iterable[str] = ()):
        morphology = words["morphology"]
        self.prefixes = ("", *morphology["prefixes"])
        self.nasal = {k: v for k, v in morphology["prefixes"].items() if v}
        self.suffixes = ("", *morphology["suffixes"])
        self.loan_endings = tuple(morphology["loan_endings"])
        self.particles = ("", *morphology["particles"])
        self.person_cues = frozenset(words["person_cues"])
        self.name_articles = {a: frozenset(names) for a, names in words["name_articles"].items()}
        self.work_words = frozenset(words["work_words"])
        self.title_words = frozenset(words["title_words"])
        self.product_words = frozenset(words["product_words"])
        self.org_words = frozenset(words["org_words"]) | {w.lower() for w in words["fac_tails"]}
        self.company_suffixes = frozenset(words["company_suffixes"])
        self.name_titles = frozenset(words["name_titles"])
        self.locatives = frozenset(words["locatives"])
        self.degrees = frozenset(words["degrees"])
        self.ranks = frozenset(words["ranks"])
        self.honorifics = frozenset(words["honorifics"]) | self.ranks
        self.stop_words = frozenset(words["stop_words"])
        self.pair_separators = frozenset(words["pair_separators"])
        self.office_cues = frozenset(words["office_cues"])
        self.name_epithets = frozenset(words["name_epithets"])
        self.naming_words = frozenset(words["naming_words"])
        self.corps_codes = frozenset(words["corps_codes"])
        self.titles = frozenset(words["titles"]) | self.honorifics | self.name_epithets \
            | {o.lower() for o in offices}
        self.common = common
        self.person_tokens = person_tokens

    def corps_code(self, tok: Token) -> bool:
        """Whether a token is an armed-forces corps code after a rank ("Kapten | Inf")."""
        return tok.text in self.corps_codes and tok.i > 0 \
            and tok.doc[tok.i - 1].lower_ in self.titles

    def derived(self, word: str) -> bool:
        """Whether a lower-case word is a common word or one derived from a common stem
        ("kepergian" <- "pergi", "disebutnya" <- "sebut"), or a loan noun ("agresivitas")."""
        if word in self.common or (word.endswith(self.loan_endings) and len(word) > 7):
            return True
        for particle in self.particles:
            if not word.endswith(particle):
                continue
            base = word[:len(word) - len(particle)]
            for suffix in self.suffixes:
                if suffix and not base.endswith(suffix):
                    continue
                core = base[:len(base) - len(suffix)]
                for prefix in self.prefixes:
                    if not core.startswith(prefix) or not (particle or suffix or prefix):
                        continue
                    stem = core[len(prefix):]
                    if len(stem) >= MIN_STEM - len(self.nasal.get(prefix, "")) and (
                            stem in self.common or self.nasal.get(prefix, "") + stem in self.common):
                        return True
        return False

    def ordinary_opener(self, tok: Token, case: ArticleCase) -> bool:
        """An ordinary word capitalised only by position: it opens a clause, is no all-caps
        form, the article never capitalises it mid-sentence, and it is common, used in lower
        case in the article, or derived. The caller checks that the KB does not know it."""
        low = tok.lower_
        return (opens_clause(tok) and not tok.is_upper and low not in case.mid_caps
                and (low in case.lower or self.derived(low)))

    def degree_form(self, tok: Token) -> bool:
        """A capitalised token spelling a degree, dots left out ("S.H.", "M.Kes", "SpKK")."""
        text = tok.text.replace(".", "")
        return text[:1].isupper() and (text.lower() in self.degrees
                                       or bool(SPECIALIST.fullmatch(text)))

    def degree_in_name(self, tok: Token) -> bool:
        """A degree at the edge of a person span: dotted, all-caps or mixed-case ("Budi SH",
        "Drs. Ahmad"), or of four letters or more before its dot ("Dipl ."), not a plain
        capitalised word ("Ma Ying-jeou", "Jack Ma.")."""
        dotted = len(tok) >= 4 and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "."
        return self.degree_form(tok) and ("." in tok.text or not tok.text.istitle() or dotted)

    def degree(self, tok: Token) -> bool:
        """A degree standing alone: after a comma that follows a name or another degree ("Handa
        Abidin, S.H., Ph.D."), or dotted or mixed-case before no capitalised word ("M.Kes
        mengatakan"; not "St. Louis", not "MA" for Mahkamah Agung)."""
        if not self.degree_form(tok):
            return False
        doc, i = tok.doc, tok.i
        if i > 1 and doc[i - 1].text == ",":
            prev = doc[i - 2]
            if self.degree(prev) or (prev.text[:1].isupper() and not prev.is_upper):
                return True
        after = doc[i + 1] if i + 1 < len(doc) else None
        return (("." in tok.text or not tok.text.isupper())
                and (after is None or not after.text[:1].isupper() or self.degree_form(after)))

    def product(self, span: Span) -> bool:
        """A work or product: after a work word, a model after a product word ("ponsel Samsung
        Galaxy"), with a model-number token or a "person" after one ("6D Mark II"); a work word
        may open the span ("Lagu Happy"); an English title with a pronoun or verb no name
        holds ("Look What You Made Me Do", "Long As I Get Paid")."""
        doc = span.doc
        if len(span) > 1 and any(t.text in self.title_words for t in span):
            return True
        prev = doc[span.start - 1].text if span.start > 0 else ""
        before = prev.lower()
        if span[0].lower_ in self.work_words and len(span) > 1:   # not "Novel Baswedan"
            return span.label_ != "PER" or any(t.lower_ in self.common for t in span[1:])
        modelled = (any(MODEL_TOKEN.fullmatch(t.text) for t in span) and not (
            len(span) == 1 and GROUP_NAME.fullmatch(span.text))) or (
            span.label_ == "PER" and bool(MODEL_TOKEN.fullmatch(prev)))   # "6D | Mark II"
        if before in self.work_words:
            return span.label_ != "PER" or not self.person_named(span)
        return modelled or (before in self.product_words and len(span) > 1)

    def person_shaped(self, span: Span) -> bool:
        """Capitalised words, none all-caps, brand-shaped ("MotoGP") nor an organisation word
        ("Motor", "Group")."""
        return all(t.text[:1].isupper() and not (t.is_upper and len(t) > 1)
                   and not BRAND.fullmatch(t.text)
                   and t.lower_ not in self.org_words for t in span)

    def person_named(self, span: Span) -> bool:
        """Whether a word of the span is seen only in person names."""
        return any(t.lower_ in self.person_tokens for t in span)

    def person(self, span: Span) -> bool:
        """Whether an ORG/place span of 1-3 capitalised words, none all-caps nor an
        organisation word (initials may open it: "DL Sitorus"), is a person: a person cue right
        before it, an office after it ("DL Sitorus | selaku Direktur Utama"), or (2-3 words) a
        title that is also a given name or (ORG) a first word seen only in person names."""
        initials = len(span) > 1 and bool(INITIALS.fullmatch(span[0].text))
        if len(span) > 3 or not self.person_shaped(span[1:] if initials else span):
            return False
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].lower_ in self.person_cues:
            return True
        if (span.end + 1 < len(doc) and doc[span.end].lower_ in self.office_cues
                and doc[span.end + 1].lower_ in self.titles):
            return True
        return len(span) > 1 and (span.label_ == "ORG" and span[0].lower_ in self.person_tokens
                                  or span[0].lower_ in self.name_titles)

    def split_pairs(self, spans: list[Span]) -> list[Span]:
        """Spans cut at a separator between two names ("Sung Ji-hyun | vs | Ratchanok
        Intanon", "Ahsan / Hendra"), and persons at a dash between two full names ("Raffi
        Ahmad | - | Nagita Slavina"; not "Lee Jung - Jin", "Pierre - Emerick Aubameyang")."""
        out: list[Span] = []
        for span in spans:
            cuts = [tok.i for tok in span if tok.lower_ in self.pair_separators
                    or self.pair_dash(span, tok)]
            if not cuts:
                out.append(span)
                continue
            start = span.start
            for tok in span:
                if tok.i in cuts:
                    if tok.i > start:
                        out.append(Span(span.doc, start, tok.i, label=span.label_))
                    start = tok.i + 1
            if start < span.end:
                out.append(Span(span.doc, start, span.end, label=span.label_))
        return out

    @staticmethod
    def pair_dash(span: Span, tok: Token) -> bool:
        """Whether a dash in a person span stands between two names of two or more words."""
        before, after = span.doc[span.start:tok.i], span.doc[tok.i + 1:span.end]
        return span.label_ == "PER" and tok.text == "-" and len(before) >= 2 \
            and len(after) >= 2 and all(t.is_alpha and t.is_title for t in (*before, *after))

    def join_persons(self, doc: Doc, kb_mentions: list) -> list[Span]:
        """The statistical spans, two persons joined over the capitalised words between them
        that are no title, KB name or clause opener ("Herlambang | Perdana | Wiratman")."""
        known = {i for m in kb_mentions for i in range(m.start, m.end)}
        spans: list[Span] = []
        for ent in doc.ents:
            prev = spans[-1] if spans else None
            gap = doc[prev.end:ent.start] if prev is not None else None
            if (gap and ent.label_ == "PER" and prev.label_ == "PER" and len(gap) <= 2
                    and all(t.is_alpha and t.is_title and not opens_clause(t)
                            and t.lower_ not in self.honorifics and t.i not in known
                            and t.text not in self.stop_words for t in gap)):
                spans[-1] = Span(doc, prev.start, ent.end, label="PER")
            else:
                spans.append(ent)
        return spans


def known_person_end(doc: Doc, start: int, end: int, kb_mentions: list) -> int | None:
    """Where a known person (KB, or a statistical person of two or more words earlier in the
    article; one word may be a given name: "Melody ... Melody Nurramdhani Laksani") that opens
    a PER span ends, when two or more capitalised words outside that person's name follow:
    the span is two persons ("Ahok | I Wayan Sudirta")."""
    known = [(m.end, words_of(m.entity.name)) for m in kb_mentions
             if m.label == "PER" and m.start == start]
    known += [(start + len(e), words_of(e.text)) for e in doc.ents
              if e.label_ == "PER" and e.end <= start and len(e) > 1
              and doc[start:start + len(e)].text == e.text]
    for cut, name in known:
        rest = doc[cut:end]
        if (len(rest) >= 2 and all(t.text[:1].isupper() for t in rest)
                and not name.intersection(words_of(rest.text))):
            return cut
    return None


def words_of(text: str) -> set[str]:
    return set(text.casefold().split())
