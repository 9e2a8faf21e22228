"""Resolution of speaker mentions to names.

A mention resolves, in order: a pronoun or "-nya" suffix to the most recent compatible
speaker; a mention holding a PER entity to that person (the one apposed after a comma; none
for "tim kuasa hukum X"; the leader's country for "pemerintahan X"); a mention whose head is
(inside) an entity to that entity; "militer X" to the armed forces the KB has for country X;
an anaphoric phrase to the last country ("negara itu") or organisation ("kantor pemerintah
itu") named, or to the person introduced with that role ("Ketua Umum PAN itu"), else to the
most recent speaker; a descriptive head ("juru bicara", "para pakar") to no name. An unlinked
short name takes the fuller name introduced before it. Entities come from `doc.ents`
(`span._.name`, `kb_id_`); without them, a capitalised mention stands for the fullest form of
that name in the document.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from functools import cached_property, lru_cache

from spacy.tokens import Span

from warta.kb import load_kb
from warta.nlp.linking import one_edit
from warta.nlp.quotes.base import MARKS, Quote, Speaker, is_capitalised
from warta.nlp.quotes.names import DocNames
from warta.nlp.quotes.phrases import SINGLE_CLOSING, SINGLE_OPENING

HANDLE = "@"  # opens a social-media handle ("akun @raisa6690")
MIN_RESPELT = 5  # letters of a name word that may be misspelt by one ("Hartno" for "Hartono")
TITLE_RUN = 16   # tokens over which a title cut at a comma may run on to its holder
EPITHET_REACH = 4  # tokens before a name searched for the word that describes it
RELATIVE_RUN = 12  # tokens over which a relative clause after a subject may run
SETTING_RUN = 8    # tokens over which a setting between a subject and its predicate may run
PASSIVE_AGENT = 8  # tokens over which a passive verb's role may run to its agent


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str | None]]:
    """Name and KB id of each country in the KB by its ISO 3166 alpha-3 code."""
    return {e.country: (e.name, e.qid) for e in load_kb() if e.type == "country" and e.country}


@lru_cache(maxsize=1)
def militaries() -> dict[str, tuple[str, str | None]]:
    """Name and KB id of each country's armed forces: the first military the KB lists for the
    country (its armed forces come before a branch)."""
    out: dict[str, tuple[str, str | None]] = {}
    for e in load_kb():
        if e.type == "military" and e.country:
            out.setdefault(e.country, (e.name, e.qid))
    return out


def assign_speakers(quotes: list[Quote], resolver: SpeakerResolver,
                    paras: list[tuple[int, int]], announcers: list[Span] = ()) -> None:
    """Resolve cued speakers in reading order, then give uncued quotes theirs: a quote left
    open takes the speaker of the cued part that closes it in the paragraphs after it;
    else, when the previous quote is at most a paragraph back, the last of the `announcers`
    (subjects of reporting verbs, "X lalu menulis permintaan maaf …") after it, a person
    introduced as a subject after it, or else its speaker; else the last announcer in the
    previous paragraph, the person named there (preferring the last speaker), the account a
    handle there names, or the last speaker."""
    def where(q: Quote) -> int:
        if q.suffix:
            return q.suffix[0]
        return q.mention.start_char if q.mention is not None else q.start

    for q in sorted((q for q in quotes if q.cued), key=where):
        q.speaker = resolver.resolve(q.mention, q.suffix, before=min(q.start, where(q)))
    for k, q in enumerate(quotes):
        if q.cued or q.unsourced:
            continue
        prev = next((p for p in reversed(quotes[:k]) if p.speaker or p.cued), None)
        closing = _closing_part(quotes, k, resolver, paras)
        if closing is not None and closing.speaker:
            source = closing.speaker
        elif prev is not None and prev.para >= q.para - 1:
            source = _announced(announcers, prev.end, q.start, resolver) or resolver.subject_after(
                prev.end, prev.speaker, q.start) or prev.speaker
        else:
            lo = paras[q.para - 1][0] if q.para > 0 else 0
            last = prev.speaker if prev else None
            source = _announced(announcers, lo, q.start, resolver) or resolver.person_between(
                lo, q.start, last.name if last else None) or resolver.handle_between(
                lo, q.start) or last
        if source is not None:
            q.speaker = replace(source)


def _announced(announcers: list[Span], lo: int, hi: int,
               resolver: SpeakerResolver) -> Speaker | None:
    """The speaker the last of the `announcers` between char offsets lo and hi names."""
    mention = next((m for m in reversed(announcers)
                    if lo <= m.start_char and m.end_char <= hi), None)
    return resolver.resolve(mention, before=mention.start_char) if mention is not None else None


def _bare_handle(span: Span) -> bool:
    """Whether a mention is a social-media account written without its "@": one lower-case
    word of letters that digits or an underscore mark as a user name ("budiman77",
    "rina_w"), not a word of the language."""
    word = span.text
    return len(span) == 1 and word[:1].isalpha() and word.islower() and any(
        c.isdigit() or c == "_" for c in word) and all(c.isalnum() or c in "_." for c in word)


def _one_off(a: str, b: str) -> bool:
    """Whether two words of five or more letters with the same initial differ by one letter
    inserted, dropped or replaced (`linking.one_edit`)."""
    return min(len(a), len(b)) >= MIN_RESPELT and a[0] == b[0] and one_edit(a, b)


def _closing_part(quotes: list[Quote], k: int, resolver: SpeakerResolver,
                  paras: list[tuple[int, int]]) -> Quote | None:
    """The cued part that closes the quote left open at quotes[k], over the uncued parts that
    open the paragraphs after it ('"A¶"B¶"C," kata X'), or the cued direct quote that comes
    first in the paragraph after them ('"A¶Ia menambahkan, "B"'); None when the quote is not
    left open or no cued part closes it (not '"A¶Kelompok itu menyebut …')."""
    q = quotes[k]
    for nxt in quotes[k + 1:]:
        opens = resolver.opens_paragraph(nxt, paras)
        if not q.continued or nxt.para != q.para + 1 or not (opens or nxt.kind == "direct"):
            return None
        if nxt.cued:
            return nxt
        if not opens:
            return None
        q = nxt
    return None


class SpeakerResolver:
    """Resolves speaker mentions of one document, in reading order (it remembers speakers)."""

    def __init__(self, names: DocNames, quoted: list[tuple[int, int]]):
        self.names = names
        self.doc = names.doc
        self.text = self.doc.text  # `Doc.text` is rebuilt on each access
        self.lex = names.lex
        self.quoted = quoted  # char offsets of what is said: quoted stretches, reported clauses
        self.history: list[Speaker] = []
        self.kb_ids = {e._.name or e.text: e.kb_id_ for e in names.ents if e.kb_id_}

    @cached_property
    def canonical(self) -> dict[str, tuple[str, str | None]]:
        """Name and KB id the entity layer gives each lower-cased surface of a person or
        organisation, where the name is not the surface (a linked one first)."""
        out: dict[str, tuple[str, str | None]] = {}
        for e in self.names.ents:
            known = out.get(e.text.lower())
            if e.label_ in ("PER", "ORG") and e._.name and e._.name != e.text and (
                    known is None or e.kb_id_ and not known[1]):
                out[e.text.lower()] = e._.name, e.kb_id_ or None
        return out

    @cached_property
    def sents(self) -> list[Span]:
        return list(self.doc.sents)

    @cached_property
    def sent_starts(self) -> list[int]:
        return [sent.start_char for sent in self.sents]

    def resolve(self, mention: Span | None, suffix_at: tuple[int, int] | None = None,
                before: int | None = None) -> Speaker | None:
        """Resolve a speaker mention (or a "-nya" suffix at char offsets) and remember it;
        a pronoun's antecedent is named before char offset `before` (the quote's start)."""
        if suffix_at is not None:
            at = suffix_at[0] if before is None else before
            cue = self.doc.text[self.doc.text.rfind(" ", 0, suffix_at[0]) + 1:suffix_at[0]]
            spk = self._antecedent(at, suffix_at[0], suffix_at[1], plural=False, person=True,
                                   continuing=cue.lower() in self.lex.continuation_cues)
        elif mention is None:
            return None
        else:
            spk = self._resolve_phrase(mention, mention.start_char if before is None else before)
        if spk is not None:
            self.history.append(self._linked(spk))
        return spk

    def _linked(self, spk: Speaker) -> Speaker:
        """The speaker with the canonical name and KB id the entity layer gives its name
        elsewhere in the document: a surface form named without an entity here ("Suhariyanto"
        after "Kepala BPS", an entity "Suhariyanto" named "Kecuk Suhariyanto" elsewhere), or a
        name linked only where named in full ("Zulkifli Hasan")."""
        if spk.name and not spk.kb_id:
            spk.name, spk.kb_id = self.canonical.get(spk.name.lower(), (spk.name, None))
            spk.kb_id = spk.kb_id or self.kb_ids.get(spk.name)
        if spk.name and not spk.kb_id:
            spk.name = self.completed.get(spk.name.lower(), spk.name)
        if spk.name and not spk.kb_id:
            spk.name, spk.kb_id = self._respelt(spk.name) or (spk.name, None)
        if spk.name and not spk.kb_id:
            spk.name = self._past_body_words(spk.name)
        return spk

    @cached_property
    def _body_words(self) -> frozenset[str]:
        """The lower-cased words of the article's organisations' names that no person's name
        in the text holds (past the words that end an organisation's name written just before
        it: "Republic" of "Pendiri Atheist Republic Armin Navabi" is no person's word)."""
        orgs = [e.text.split() for e in self.names.ents if e.label_ == "ORG"]
        people = {w for e in self.names.ents if e.label_ == "PER"
                  for w in e.text.lower().split()[self._org_run_into(e, orgs):]}
        return frozenset(w for e in self.names.ents if e.label_ == "ORG"
                         for w in (e._.name or e.text).lower().split() + e.text.lower().split()
                         ) - people

    def _org_run_into(self, ent: Span, orgs: list[list[str]]) -> int:
        """How many of a person entity's opening words close an organisation's name that the
        text opens just before it ("Atheist" + "Republic Armin Navabi"), while two stay."""
        words = ent.text.split()
        before = ent.doc.text[:ent.start_char].split()
        for org in orgs:
            for k in range(min(len(org) - 1, len(words) - 2), 0, -1):
                head, tail = org[:-k], org[-k:]
                if words[:k] == tail and before[-len(head):] == head:
                    return k
        return 0

    def _past_body_words(self, name: str) -> str:
        """An unlinked name past the words that open it and name an organisation of the
        article, while two words stay: the officer of "Sekretaris Perusahaan Sentosa Budi
        Hartanto" after "PT Sentosa Jaya" is "Budi Hartanto", the office run into the name."""
        words = name.split()
        if name in self.institutions:
            return name
        k = 0
        while len(words) - k > 2 and words[k].lower() in self._body_words:
            k += 1
        if k == 0 or any(w.lower() in self._body_words for w in words[k:]):
            return name  # an organisation's own name: "Korean Central News Agency"
        return " ".join(words[k:])

    def _respelt(self, name: str) -> tuple[str, str | None] | None:
        """Name and KB id of the person or organisation entity (a linked one first) that a
        name misspells ("Hawai Waterpak" for "Hawai Waterpark Malang"): each
        of its words is a word of the entity's name or, for one of them at least, a word of
        five or more letters with the same initial and one letter off ("Hartno" for "Rudi
        Hartono", "Kurniwan" for "Kurniawan Saputra"), and it is linked, fuller or named more
        often than the name; None when some other one is named so or more fully."""
        words = name.lower().split()
        count, named = self._names
        fulls = [(full, e) for full, e in named if full != words]
        if any(all(w in full for w in words) for full, _ in fulls):
            return None
        return next(((e._.name or e.text, e.kb_id_ or None) for full, e in fulls if (
            e.kb_id_ or len(full) > len(words) or count[" ".join(full)] > count[name.lower()])
            and all(w in full or any(_one_off(w, f) for f in full) for w in words)), None)

    @cached_property
    def _names(self) -> tuple[Counter, list[tuple[list[str], Span]]]:
        """How often each person's or organisation's name is named, and each PER/ORG entity
        with the words of its name, linked ones first (for `_respelt`)."""
        people = [e for e in self.names.ents if e.label_ in ("PER", "ORG")]
        count = Counter((e._.name or e.text).lower() for e in people)
        return count, [((e._.name or e.text).lower().split(), e)
                       for e in sorted(people, key=lambda e: not e.kb_id_)]

    @cached_property
    def _person_at(self) -> dict[int, Span]:
        """The PER entities by their first token."""
        return {e.start: e for e in self.names.ents if e.label_ == "PER"}

    @cached_property
    def _person_until(self) -> dict[int, Span]:
        """The PER entities by the token after their last."""
        return {e.end: e for e in self.names.ents if e.label_ == "PER"}

    @cached_property
    def completed(self) -> dict[str, str]:
        """The full name of each unlinked, unnamed person entity the entity layer cut before
        the rest of the name where it is first named, by its lower-cased surface: the
        capitalised name words (or unlinked person entities) right after it in its sentence,
        which goes on after them on the same line in lower case, punctuation or a date
        ("Pesinetron Soraya | Larasati baru …", "Kementerian BUMN Aloysius | Kiik Ro, Rabu …";
        not a headline's "Prilly Latuconsina | Kebal Dijodohkan", nor common words or verbs);
        later short mentions ("kata Aloysius") take it too."""
        doc, names, lex = self.doc, self.names, self.lex
        out: dict[str, str] = {}
        seen: set[str] = set()
        for e in names.ents:
            key = e.text.lower()
            if e.label_ != "PER" or e.kb_id_ or e._.name not in (None, e.text) or key in seen:
                continue
            seen.add(key)
            k = e.end
            while k < len(doc) and not doc[k].is_sent_start and doc[k].is_alpha \
                    and is_capitalised(doc[k]) and (
                    names.name_token(doc[k]) or doc[k].ent_type_ == "PER"  # "Soraya | Larasati"
                    and not doc[k].ent_kb_id_ and doc[k].lower_ not in names.not_names) and not (
                    doc[k].lower_ in names.common or doc[k].lower_ in lex.bare_verbs
                    or lex.is_predicate_verb(doc[k].lower_)):
                k += 1
            if e.end < k < len(doc) and "\n" not in doc[k - 1].whitespace_ and not doc[
                    k].is_space and (not is_capitalised(doc[k]) or doc[k].lower_ in lex.calendar):
                out[key] = doc[e.start:k].text  # not "Ratna | Kebal Dijodohkan"
        return out

    def opens_paragraph(self, q: Quote, paras: list[tuple[int, int]]) -> bool:
        """Whether only quotation marks come before the quote in its paragraph."""
        return not self.text[paras[q.para][0]:q.start].strip(MARKS + " ")

    def subject_after(self, at: int, last: Speaker | None, before: int) -> Speaker | None:
        """A person introduced as a subject after char offset `at` (a quote of speaker `last`)
        in the sentence before char offset `before` ("…," kata Ani. Budi tiba kemudian. "…")."""
        mark = replace(last, end=max(at, last.end)) if last else Speaker(at, at, None, None)
        ent = self._new_subject(mark, before, plural=False)
        return self._linked(self._from_ent(ent, ent.start_char, ent.end_char)) if ent else None

    def person_between(self, lo: int, hi: int, prefer: str | None = None) -> Speaker | None:
        """The last PER entity (without entities: the last name) between two char offsets;
        the one named `prefer` (the previous speaker) when it is there; with a previous
        speaker, only a person who is a subject there (`_is_subject`; not the object of
        "Polisi menahan Ani")."""
        names = self.names
        persons = [e for e in names.ents if e.label_ == "PER" and lo <= e.start_char
                   and e.end_char <= hi]
        if persons:
            named = [self._linked(self._from_ent(e, e.start_char, e.end_char)) for e in persons]
            same = next((p for p in reversed(named) if p.name == prefer), None)
            subjects = [p for p, e in zip(named, persons) if self._is_subject(e)]
            return same or (subjects or named if prefer is None else subjects or [None])[-1]
        run = next((r for r in reversed([] if names.ents else names.runs)
                    if lo <= r.start_char and r.end_char <= hi), None)
        if run is None:
            return None
        return Speaker(run.start_char, run.end_char, names.fallback_name(run), None)

    # --- a mention ----------------------------------------------------------------------------
    def _resolve_phrase(self, span: Span, before: int) -> Speaker:
        lex = self.lex
        start, end = span.start_char, span.end_char
        words = [t.lower_ for t in span]
        if len(words) == 1 and words[0] in lex.pronouns:
            plural = words[0] in lex.plural_pronouns
            return self._antecedent(before, start, end, plural, person=not plural,
                                    group=words[0] in lex.group_pronouns)
        named = self._apposed_to(span)
        if named is not None:
            return self._from_ent(named, start, end)
        i, plural = 0, False
        while i < len(span) - 1 and (words[i] in lex.plural_quantifiers
                                     or words[i] in lex.singular_quantifiers):
            plural |= words[i] in lex.plural_quantifiers
            i += 1
        head = span[i]
        low = head.lower_
        plural |= "-" in head.text and low.split("-")[0] == low.split("-")[-1]
        ents = self.names.ents_in(span.start, span.end)
        persons = [e for e in ents if e.label_ == "PER"] or self._person_closing(span, i)
        if persons and all(span.doc[e.start - 1].lower_ in lex.closeness_words for e in persons):
            return Speaker(start, end, None, None, plural)  # "sumber dekat X": not X
        if persons:
            return self._person_phrase(span, persons, low, plural)
        party = self._case_party(low, span.start) if low in lex.case_roles and not plural \
            else None
        if party is not None:  # "Terlapor sudah menyatakan …"
            return self._from_ent(party, start, end, plural)
        covering = next((e for e in ents if e.start <= head.i < e.end), None)
        country = next((e._.country for e in ents if e.label_ == "GPE"), None)
        if covering is None and low in lex.military_heads and country in militaries():
            return Speaker(start, end, *militaries()[country], plural)  # "Militer Korut"
        if covering is None and low in lex.body_heads and ents:
            covering = ents[0]
        holder = self._name_after_body(span, covering)
        if holder is not None:  # "kata Manajer Keuangan PT Sinar Abadi Tan Kok Wei"
            return Speaker(start, end, self.names.fallback_name(holder), None, plural)
        if covering is not None:
            return self._from_ent(covering, start, end, plural)
        return self._described(span, i, ents, before, plural)

    def _name_after_body(self, span: Span, covering: Span | None) -> Span | None:
        """The name of two or more capitalised words, outside entities, that closes a mention
        right after the organisation covering its head: the body's officer who speaks, as in
        an office, body and holder ("Direktur Keuangan Bank Sentosa Budi Hartanto", with the
        office run into the organisation's entity)."""
        if covering is None or covering.label_ != "ORG" or covering.end >= span.end:
            return None
        run = self.names.trailing_name(span)
        if run is None or run.start != covering.end or len(self.names.core(run)) < 2 \
                or run[0].lower_ in self.names.common:  # not "… Group Cabang Medan"
            return None
        return run

    def _apposed_to(self, span: Span) -> Span | None:
        """The person a description (lower-case, or a title naming no one) stands in apposition
        to, where that person opens the clause: "Scooter Braun, manajer Grande, berkata",
        "Sutrisno, salah satu penjual cabai mengatakan", "Derrick Watson, Hakim Distrik di
        Hawaii, Rabu (29/3), menyatakan" (not "Polisi menahan Ani, ibu Budi mengatakan"; nor
        "Kepada wartawan, Andi, sutradara Rudi Hartono mengungkapkan": an office closed by a
        name with no comma after it names its own holder)."""
        doc, lex = self.doc, self.lex
        k = span.start - 1
        person = self._person_until.get(k)
        head = span[0].lower_
        persons = [e for e in self.names.ents_in(span.start, span.end) if e.label_ == "PER"]
        titled = head in lex.titles | lex.unnamed_heads and not persons
        held = any(e.end == span.end for e in persons) and head not in \
            lex.relational_heads | lex.kin_titles and (span.end == len(doc)
                                                        or doc[span.end].text != ",")
        if person is None or held or doc[k].text != "," or head in lex.pronouns or (
                is_capitalised(span[0]) and not titled):
            return None
        opener = doc[person.start - 1] if person.start else None
        if opener is None or person[0].is_sent_start or opener.is_punct or \
                opener.lower_ in lex.coordinators:
            return person
        return None

    def _person_closing(self, span: Span, skip: int) -> list[Span]:
        """A PER entity of the document whose words close the mention after its head (token
        `skip`) inside another entity: "Kabag Komunikasi Publik Kementerian PANRB Suwardi" (an
        ORG to its end) with "Suwardi" a person elsewhere."""
        words = [t.lower_ for t in span[skip + 1:]]
        found = [e for e in self.names.ents if e.label_ == "PER" and is_capitalised(e[0])
                 and len(e) <= len(words) and words[len(words) - len(e):] == [
                     t.lower_ for t in e] and any(  # not "Thaung Tun" with "Tun" a PER
                     o.label_ == "ORG" and o.start < span.end - len(e) and o.end == span.end
                     for o in self.names.ents)]
        return [max(found, key=len)] if found else []

    def _person_phrase(self, span: Span, persons: list[Span], low: str, plural: bool) -> Speaker:
        """A mention holding PER entities; `low` is its head word."""
        lex = self.lex
        start, end = span.start_char, span.end_char
        apposed = [e for e in persons if e.start > span.start and span.doc[e.start - 1].text == ","]
        relational = low in lex.relational_heads or low in lex.kin_titles
        if not (apposed or plural) and relational and span[-1].lower_ in lex.anaphora_markers:
            # "ibunda artis Atiqah Hasiholan tersebut", "Putra Kris Jenner itu": someone named
            return self._antecedent(start, start, end, plural)   # before, not the possessor
        if apposed or len(persons) > 1 and (low in lex.relational_heads or low in lex.titles):
            # "Juru bicara Duterte Harry Roque": the office's holder is the last person
            return self._from_ent((apposed or persons)[-1], start, end)
        if low in lex.relational_heads:  # "tim kuasa hukum Siti Fadilah"
            return Speaker(start, end, None, None, plural)
        if low in lex.government_heads and persons[0]._.country in countries():
            return Speaker(start, end, *countries()[persons[0]._.country], plural)
        return self._from_ent(persons[0], start, end)

    def _described(self, span: Span, i: int, ents: list[Span], before: int,
                   plural: bool) -> Speaker:
        """A mention whose head (token i) no entity covers: a social-media handle, a role, body,
        anaphor or bare name."""
        lex, names = self.lex, self.names
        start, end = span.start_char, span.end_char
        owner = self._handle_owner(span)
        if owner is not None:
            return self._from_ent(owner, start, end, plural)
        handle = next((t.text for t in span if t.text.startswith(HANDLE) and len(t) > 1), None)
        if handle is not None:  # "tulis akun @dewamade2002": the account's name, no one known
            return Speaker(start, end, handle, None, plural)
        if _bare_handle(span):  # "tulis budiman77": an account named without its "@"
            return Speaker(start, end, span.text, None, plural)
        words = [t.lower_ for t in span]
        head = span[i]
        low = head.lower_
        anaphoric = words[-1] in lex.anaphora_markers or words[0] in lex.anaphora_markers \
            or len(span) == 1 and low in lex.definite_bodies
        descriptive = (low in lex.unnamed_heads | lex.body_heads | lex.statement_nouns
                       or low in lex.titles and not names.core(span)
                       or low in lex.office_abbreviations
                       or not is_capitalised(head))
        apposed = names.trailing_name(span)
        if apposed is not None and (descriptive or low in lex.titles):
            # "Negosiator pemerintah Sivestre Bello", "Kepala BPS Suhariyanto" (no PER entity)
            return Speaker(start, end, names.fallback_name(apposed), None, plural)
        holder = self._title_runs_on(span) if low in lex.titles and not anaphoric else None
        if holder is not None:  # "Anggota Komisi IX bidang Tenaga Kerja, …, dan Kesehatan DPR RI
            return self._from_ent(holder, start, end, plural)  # Okky Asokawati"
        if anaphoric and low in lex.country_heads:  # "negara terisolasi itu"
            country = self._last_country(span.start)
            if country is not None:
                return Speaker(start, end, *country, plural)
        if anaphoric and (low in lex.body_heads or low in lex.statement_nouns and not self.history):
            # "kantor pemerintah itu": the last body named; so too the author of "pernyataan
            # tersebut" that no speaker before made
            body = next((e for e in reversed(names.ents) if e.label_ == "ORG"
                         and e.end_char <= before and not any(
                             a <= e.start_char < b for a, b in self.quoted)), None)
            if body is not None:
                return self._from_ent(body, start, end, plural)
        if anaphoric and not plural:
            described = self._epithet_holder(low, before)
            if described is not None:  # "pelantun 'One Last Time' ini" after "Penyanyi X"
                return self._from_ent(described, start, end)
        if anaphoric or descriptive:
            # "Seorang menteri", "para menteri": some minister(s), not the one named before
            role = None if words[0] in lex.indefinite_quantifiers or plural \
                else self._role_holder(span, i)
            if role is not None:
                return Speaker(start, end, role[0], role[1], plural)
            if anaphoric and not plural:  # "eks pelatih Borussia Dortmund itu"; "sumber itu"
                # is the last speaker's; a person's epithet not a cited source's ("Dilansir NME")
                return self._antecedent(before, start, end, plural,
                                        fresh=low not in lex.unnamed_heads,
                                        person=lex.person_epithet(low))
            organisation = next((e for e in ents if e.label_ == "ORG"), None)
            if organisation is None and low in lex.body_heads and is_capitalised(head):
                organisation = self._fuller_entity(span, ("ORG",))  # "Kementerian menegaskan"
            if organisation is not None and low not in lex.unnamed_heads | lex.titles:
                return self._from_ent(organisation, start, end, plural)  # "panel pakar PBB"
            return Speaker(start, end, None, None, plural)
        if ents:
            return self._from_ent(ents[0], start, end, plural)
        earlier = self._fuller_entity(span)
        if earlier is not None:
            return self._from_ent(earlier, start, end, plural)
        return Speaker(start, end, names.fallback_name(span), None, plural)

    def _title_runs_on(self, span: Span) -> Span | None:
        """The person a title cut short at a comma names further on, over capitalised words,
        commas and coordinators only."""
        doc = self.doc
        if span.end >= len(doc) or doc[span.end].text != ",":
            return None
        for j in range(span.end, min(len(doc), span.end + TITLE_RUN)):
            if j in self._person_at:
                return self._person_at[j]
            tok = doc[j]
            if not (tok.text == "," or tok.lower_ in self.lex.coordinators
                    or is_capitalised(tok)) or tok.is_sent_start:
                return None
        return None

    def _handle_owner(self, span: Span) -> Span | None:
        """The person or organisation a social-media handle in the mention names: the entity
        with the longest name (of three letters or more) whose letters the handle holds, or
        opens with at least four of them ("akun @raisa6690" for "Raisa Andriana", "@BTS_twt"
        for "BTS")."""
        handle = next((t.lower_ for t in span if t.text.startswith(HANDLE)), None)
        if handle is None:
            return None
        core = "".join(c for c in handle if c.isalpha())
        best, size = None, 2
        for e in self.names.ents:
            key = "".join(c for c in (e._.name or e.text).lower() if c.isalpha())
            if e.label_ in ("PER", "ORG") and len(key) > size and (
                    key in core or len(core) >= 4 and key.startswith(core)):
                best, size = e, len(key)
        return best

    # --- antecedents --------------------------------------------------------------------------
    def _antecedent(self, before: int, start: int, end: int, plural: bool, fresh: bool = True,
                    person: bool = False, group: bool = False,
                    continuing: bool = False) -> Speaker:
        """The most salient speaker before char offset `before`: (when `fresh`) a person
        introduced as a subject after the last speaker ("Sementara itu, Ani meninjau … "…,"
        ujarnya"; for a group only the first of a subject joined with "dan", or an
        organisation the sentence before names), else the last compatible speaker named
        before it (not one resolved before it but named after it, as for an announcer "Ia
        melanjutkan, "…"" resolved after all cued quotes; for a `person`al pronoun, "ia"/"dia"
        or "-nya", not an organisation or place cited as a source: "data BEI"; for a `group`
        pronoun, "mereka", a group or a body, never one person), else the last person named
        (not a possessor: "adik kandung X"). For a cue that is `continuing` ("lanjutnya") a new
        subject must have spoken before."""
        def fits(p: Speaker) -> bool:   # a group takes a group or a body, never one person
            number = p.plural or p.name in self.institutions if group else plural or not p.plural
            return number and not (person and p.name in self.institutions)

        last = next((p for p in reversed(self.history) if fits(p) and p.start < before), None)
        subject = self._reported_agent(last, before, plural) if not fresh else \
            self._new_subject(last, before, plural) or (
                self._new_group(last, before) if plural else None)
        if subject is not None and continuing and self._from_ent(subject, 0, 0).name not in {
                p.name for p in self.history}:
            subject = None   # "Sukiati dibawa ke rumah sakit. "…," lanjutnya": not Sukiati
        if subject is not None:
            return self._from_ent(subject, start, end, plural)
        handle = self._new_handle(last, before) if fresh and not plural else None
        if handle is not None:  # "Cuitan itu diposting akun @seterahdeh. "…," begitu postingannya
            return replace(self._described(handle, 0, [], before, plural), start=start, end=end)
        office = self._office_subject(last, before) if fresh and not plural else None
        if office is not None:  # "Menag juga menyebut …" after another speaker: "…," katanya
            return Speaker(start, end, *office, plural)
        if last is not None:
            return Speaker(start, end, last.name, last.kb_id, last.plural)
        if group:   # "Mereka menilai …" after one person's words: some group, unnamed
            return Speaker(start, end, None, None, plural)
        people = [e for e in self.names.ents if e.label_ == "PER" and e.end_char <= before
                  and not self._work_title(e)]
        ent = next((e for e in reversed(people) if not self._owned(e)), people[-1] if people
                   else None)   # "adik kandung Kim Kardashian ini …": not Kim
        if ent is not None:
            return self._from_ent(ent, start, end)
        run = next((r for r in reversed(self.names.runs) if r.end_char <= before), None)
        name = self.names.fallback_name(run) if run else None
        return Speaker(start, end, name, None, plural)

    @cached_property
    def institutions(self) -> frozenset[str]:
        """The names of the article's organisations and places that name no person."""
        people = {self._from_ent(e, 0, 0).name for e in self.names.ents if e.label_ == "PER"}
        return frozenset(self._from_ent(e, 0, 0).name for e in self.names.ents
                         if e.label_ != "PER") - people

    def _new_subject(self, last: Speaker | None, before: int, plural: bool) -> Span | None:
        """A person introduced after the last speaker as the subject of a predicate (not a
        possessor after a common noun: "ponsel Rizieq sudah tak dapat dihubungi"), or the
        agent of a passive one whose subject is no person ("Acara itu dipimpin oleh Melati"), in
        the sentence before char offset `before` (or before unquoted sentences that go on about
        it with a pronoun subject) or its own ("Sementara itu, Ani meninjau …"), outside quotes,
        when the last speaker is not named again after it. A subject joined with "dan" ("Gilang
        dan istrinya merasakan …") is its first, named, person both for "ia" (one of them, the
        one named) and for "mereka" (the group, as the gold lists a group's named members); for
        "mereka" a lone person is no subject."""
        window = self._subject_window(before)
        for e in reversed(self.names.ents):
            if e.label_ != "PER" or e.start_char < max(window, last.end if last else 0) \
                    or e.end_char > before or any(a <= e.start_char < b for a, b in self.quoted):
                continue
            if last is not None and self._from_ent(e, 0, 0).name == last.name:
                return None
            if self._is_subject(e, plural) and not self._talked_about(e):
                return e
        return None

    def _reported_agent(self, last: Speaker | None, before: int, plural: bool) -> Span | None:
        """A new subject (`_new_subject`) that is the agent of a passive report, said to speak
        ("Hal serupa diucapkan Retno. Diplomat itu menyebutkan …"): the speaker even of a
        phrase that otherwise keeps the last speaker ("diplomat itu", "sumber itu")."""
        e = self._new_subject(last, before, plural)
        doc = self.doc
        if e is None or not any(t.lower_ in self.lex.passive_reports
                                for t in doc[max(e.sent.start, e.start - PASSIVE_AGENT):e.start]):
            return None
        return e

    def _talked_about(self, e: Span) -> bool:
        """Whether the person `e` is what others say something of, not a speaker: the subject
        of a passive belief or claim ("Aher diklaim memiliki jaringan …")."""
        lex = self.lex
        k = self._conjunct_end(e.end)
        while k < len(self.doc) and self.doc[k].lower_ in lex.adverbials:
            k += 1
        return k < len(self.doc) and self.doc[k].lower_ in lex.passive_beliefs | lex.topic_passives

    def handle_between(self, lo: int, hi: int) -> Speaker | None:
        """The account the last social-media handle named outside quotes between two char
        offsets names ("pendukung … dengan akun @Mourinholic membela Fellaini. ¶"…"")."""
        handle = self._handle_in(lo, hi)
        return self._linked(self._described(handle, 0, [], hi, False)) if handle else None

    def _new_handle(self, last: Speaker | None, before: int) -> Span | None:
        """The last social-media handle named outside quotes after the last speaker, in the
        sentence before char offset `before` (or its own)."""
        return self._handle_in(max(self._subject_window(before), last.end if last else 0), before)

    def _handle_in(self, floor: int, before: int) -> Span | None:
        """The last social-media handle named outside quotes between two char offsets."""
        window = self.doc.char_span(floor, before, alignment_mode="contract") if floor < before \
            else None
        return next((window[k:k + 1] for k in range(len(window) - 1, -1, -1)
                     if window[k].text.startswith(HANDLE) and len(window[k]) > 1
                     and not any(a <= window[k].idx < b for a, b in self.quoted)),
                    None) if window else None

    def _subject_window(self, before: int) -> int:
        """Where a new subject may be looked for before char offset `before`: the sentence
        before it, and before that those that go on with a pronoun subject."""
        sents = self.sents[:bisect_right(self.sent_starts, before)]
        k = len(sents) - 2
        while k > 0 and self._pronoun_subject(sents[k]) and not any(
                t.text in MARKS for t in sents[k]):  # "Ya, mereka baru saja menikah."
            k -= 1
        return sents[max(k, 0)].start_char if len(sents) > 1 else 0

    def _office_subject(self, last: Speaker | None, before: int) -> tuple[str, str | None] | None:
        """Name and KB id of the holder of an abbreviated office ("Menag") that is the subject
        of a predicate in the window of `_new_subject`, after the last speaker; None when that
        is the last speaker."""
        doc, lex = self.doc, self.lex
        lo = max(self._subject_window(before), last.end if last else 0)
        for tok in reversed(doc.char_span(lo, before, alignment_mode="contract") or []):
            if tok.lower_ not in lex.office_abbreviations or any(
                    a <= tok.idx < b for a, b in self.quoted):
                continue
            k = tok.i + 1
            while k < len(doc) and doc[k].lower_ in lex.adverbials:
                k += 1
            role = self._role_holder(doc[tok.i:tok.i + 1], 0) \
                if k < len(doc) and self._predicate(doc[k].lower_) else None
            if role is not None:
                return None if last is not None and role[0] == last.name else role
        return None

    def _is_subject(self, e: Span, plural: bool = False) -> bool:
        """Whether the person `e` is the subject of a predicate (for a group: joined with
        "dan") and no possessor after a common noun ("ponsel Rizieq sudah …"; a role opening
        the sentence is no owner: "Pemimpin oposisi Budi mengecam …"), or the agent of a
        passive verb (`_passive_agent`). A fronted clause set off by a comma is no verb before it
        ("Diserang Sunan, Ilal membela diri", "Ditemui usai sidang, Budi …", "Menanggapi hal
        itu, Gubernur Budi …", "Sementara itu, usai mendaftar, Budi …").
        A work's title is no subject ("pemain 'Gatotkaca' lainnya")."""
        doc, lex = self.doc, self.lex
        if self._work_title(e):
            return False
        lo = max((t.i + 1 for t in doc[e.sent.start:e.start] if t.text == ","),
                 default=e.sent.start)
        k = self._conjunct_end(e.end)
        if plural and k == e.end:
            return False
        k = self._past_setting(self._past_relative(k))
        while k < len(doc) and doc[k].lower_ in lex.adverbials:
            k += 1
        opener = doc[e.start - 1].text if e.start > e.sent.start else ""
        return k < len(doc) and self._predicate(doc[k].lower_) and not self._owned(e) and \
            opener.lower() not in lex.phrase_breaks - lex.subject_prepositions \
            | lex.recipients | lex.coordinators and not any(
                lex.verbish.match(t.lower_) and t.lower_ not in lex.source_cues
                for t in doc[lo:e.start]) or self._passive_agent(e)
        # not "Diberitakan People, Arquette …"

    def _work_title(self, e: Span) -> bool:
        """Whether a name stands in single quotes, as a work's title ("film 'Gatotkaca'")."""
        doc = self.doc
        return 0 < e.start and e.end < len(doc) and doc[e.start - 1].text in SINGLE_OPENING \
            and doc[e.end].text in SINGLE_CLOSING

    def _past_relative(self, k: int) -> int:
        """The token after a descriptive relative clause opening at token k, where the main
        predicate goes on: one set off by commas ("Budi, yang membeli rumah itu, | menolak …")
        or one of a copula ("Kwik yang merupakan mantan menteri | diminta …"; not "Rossi yang
        berpeluang meraih poin justru …", whose verbs may run on), within RELATIVE_RUN tokens,
        times aside, before other punctuation or a clause opener; k when none opens there."""
        doc, lex = self.doc, self.lex
        j = k + (k < len(doc) and doc[k].text == ",")
        if j >= len(doc) or doc[j].lower_ not in lex.relativizers:
            return k
        end = min(len(doc), j + RELATIVE_RUN, doc[j].sent.end)
        verb = next((m for m in range(j + 1, end) if doc[m].lower_ not in lex.adverbials), end)
        if verb == end or not (j > k or doc[verb].lower_ in lex.copulas):
            return k
        timed = self.names.timed  # "yang membeli rumah itu tahun lalu, menolak …"
        for m in range(verb + 1, end):
            if m in timed:
                continue
            if doc[m].text == ",":
                return m + 1
            if doc[m].is_punct or doc[m].lower_ in lex.clause_openers:
                return k
            if j == k and not is_capitalised(doc[m]) and self._predicate(doc[m].lower_) \
                    and not self._predicate(doc[m - 1].lower_):
                return m
        return k

    def _past_setting(self, k: int) -> int:
        """The token after a setting opening at token k ("Budi | dalam akun Instagram
        pribadinya | juga sempat menulis …"): the first adverbial or predicate within SETTING_RUN
        tokens, before punctuation, a clause opener or a relative pronoun; k when none."""
        doc, lex = self.doc, self.lex
        if k >= len(doc) or doc[k].lower_ not in lex.setting_prepositions:
            return k
        for m in range(k + 1, min(len(doc), k + SETTING_RUN, doc[k].sent.end)):
            low = doc[m].lower_
            if doc[m].is_punct or low in lex.clause_openers or low in lex.relativizers:
                return k
            if low in lex.adverbials or self._predicate(low) and not is_capitalised(doc[m]):
                return m
        return k

    def _owned(self, e: Span) -> bool:
        """Whether the person `e` is a possessor after a common noun ("ponsel Rizieq", "adik
        kandung Kim Kardashian"), not a titled name ("Pemimpin oposisi Budi") nor one an
        epithet names ("Selain Ani, sang sutradara Budi pun …")."""
        lex = self.lex
        opener = self.doc[e.start - 1].text if e.start > e.sent.start else ""
        return opener.islower() and opener not in lex.titles | lex.clause_openers \
            | lex.adverbials | lex.subject_prepositions and not self._titled(e) \
            and not any(opener in c for c in lex.epithet_classes)

    def _titled(self, e: Span) -> bool:
        """Whether the words before the person `e` in its sentence are a role that opens it
        with a title ("Pemimpin oposisi Budi Santoso"), with no punctuation or verb among them."""
        doc, lex = self.doc, self.lex
        words = doc[e.sent.start:e.start]
        return len(words) > 0 and words[0].lower_ in lex.titles and not any(
            t.is_punct or lex.verbish.match(t.lower_) for t in words)

    def _predicate(self, low: str) -> bool:
        """Whether a word opens a predicate: a verb (me-, ber-, di-, ter-), a predicate word
        ("akan", "sudah") or a bare verb ("hadir", "tampak")."""
        lex = self.lex
        return lex.is_predicate_verb(low) or low in lex.predicate_words or low in lex.bare_verbs

    def _pronoun_subject(self, sent: Span) -> bool:
        """Whether a pronoun opens the sentence or comes before its first active verb
        ("Di hadapan para penggemar, ia memberikan …")."""
        lex = self.lex
        first = next((t.i for t in sent if lex.active_verb.match(t.lower_)), sent.end)
        return any(t.lower_ in lex.pronouns for t in sent[:3]) or any(
            t.lower_ in lex.pronouns for t in self.doc[sent.start:first])

    def _passive_agent(self, e: Span) -> bool:
        """Whether the person `e` is the agent of a passive verb, after "oleh" and a role (set
        off by commas or not), whose subject names no person but a statement's author
        ("Acara itu dipimpin oleh Melati", "Hal itu disampaikan Kasat Reskrim Polres X, Kompol
        Budi", "Pernyataan Ilal dibantah Sunan"; not "Ia dilantik oleh Presiden X", nor in a
        relative clause: "surat yang dibuat Freddy")."""
        doc, lex = self.doc, self.lex
        k = e.start - 1
        while k > max(e.sent.start, e.start - PASSIVE_AGENT) and not lex.verbish.match(
                doc[k].lower_) and (
                doc[k].text == "," or not doc[k].is_punct) and doc[k].lower_ not in (
                lex.agent_markers | lex.clause_openers | lex.phrase_breaks):
            k -= 1  # "dirasakan pemain asal Balikpapan, Linda"
        k -= k > e.sent.start and doc[k].lower_ in lex.agent_markers
        return k > e.sent.start and lex.passive_verb.match(doc[k].lower_) is not None \
            and not self._relative(k) and not any(
            t.lower_ in lex.pronouns for t in doc[e.sent.start:k]) and not any(
            p.label_ == "PER" and not (p.start and doc[p.start - 1].lower_ in lex.statement_nouns)
            for p in self.names.ents_in(e.sent.start, k))

    def _relative(self, k: int) -> bool:
        """Whether the verb at token k opens a relative clause, after "yang" and any adverbs,
        predicate words or passive verbs between ("yang dibuat", "yang sudah ditandatangani",
        "yang diduga dilakukan")."""
        doc, lex = self.doc, self.lex
        j, floor = k - 1, doc[k].sent.start
        while j > floor and (doc[j].lower_ in lex.adverbials or doc[j].lower_ in lex.predicate_words
                             or lex.passive_verb.match(doc[j].lower_)):
            j -= 1
        return doc[j].lower_ in lex.relativizers

    def _new_group(self, last: Speaker | None, before: int) -> Span | None:
        """The organisation opening the sentence before char offset `before`, or named there as
        what a group calls itself, after the last speaker and outside quotes ("Mereka
        menamakan diri sebagai Gerakan Tani Merdeka. Mereka menilai …"; not the object of
        "… penyadapan yang dilakukan oleh KPK. Mereka menilai …")."""
        doc, lex = self.doc, self.lex
        prev = next((sent for sent in reversed(self.sents) if sent.end_char <= before), None)
        if prev is None:
            return None
        lo = max(prev.start_char, last.end if last else 0)
        opening = next((t.i for t in prev if not t.is_punct and not t.is_space), prev.start)
        return next((e for e in self.names.ents if e.label_ == "ORG" and lo <= e.start_char
                     and e.end_char <= prev.end_char and (  # its subject, or the name it takes
                         e.start == opening or doc[e.start - 1].lower_ in lex.naming_words)
                     and not any(a <= e.start_char < b for a, b in self.quoted)), None)

    def _conjunct_end(self, k: int) -> int:
        """End of a conjunct joined with "dan" at token k ("dan istrinya", "dan Budi"), up to
        a verb or punctuation; k when none is joined there."""
        doc, lex = self.doc, self.lex
        if k >= len(doc) or doc[k].lower_ not in lex.coordinators:
            return k
        j = k + 1
        while j < min(len(doc), k + 5) and not (doc[j].is_punct or lex.verbish.match(doc[j].lower_)
                                                or doc[j].lower_ in lex.adverbials):
            j += 1
        return j if j > k + 1 else k

    def _last_country(self, before: int) -> tuple[str, str | None] | None:
        """Name and KB id of the country the last GPE entity before token `before` stands for."""
        ent = next((e for e in reversed(self.names.ents) if e.end <= before
                    and e.label_ == "GPE" and e._.country in countries()), None)
        return countries()[ent._.country] if ent is not None else None

    def _case_party(self, role: str, before: int) -> Span | None:
        """The person named before token `before` in a case role (`QuoteLexicon.case_roles`):
        right after the role word ("tersangka Budi"), else as the object of a verb giving the
        role ("melaporkan Budi") or the first person of the sentence of a verb giving it to its
        subject ("Budi, mewakili korban, melaporkan …"; not after a preposition, nor for a
        relative clause: "kasus yang dilaporkan oleh …")."""
        doc, lex = self.doc, self.lex
        verbs = lex.case_roles[role]
        persons = [e for e in self.names.ents if e.label_ == "PER" and e.end <= before]
        for e in persons:
            if e.start > 0 and doc[e.start - 1].lower_ == role:
                return e
        for tok in doc[:before]:
            if tok.lower_ in verbs["object_of"]:
                obj = next((e for e in persons if e.start == tok.i + 1), None)
            elif tok.lower_ in verbs["subject_of"] \
                    and doc[tok.i - 1].lower_ not in lex.relativizers:
                obj = next((e for e in persons if e.sent == tok.sent and e.end <= tok.i), None)
                obj = obj if obj is not None and (obj.start == obj.sent.start or doc[
                    obj.start - 1].lower_ not in lex.phrase_breaks | lex.recipients) else None
            else:
                continue
            if obj is not None:
                return obj
        return None

    def _role_holder(self, span: Span, skip: int) -> tuple[str, str | None] | None:
        """Name (and KB id) of the person introduced earlier with this role: "Ketua Umum PAN X",
        "Menteri Dalam Negeri (Mendagri) X", "X, Kapolsek Tambun"; a one-word role only when it
        is a title (not "polisi") and a PER entity holds it ("Kapolsek Cipondoh" names a place);
        an abbreviated office also as spelt out ("Mendag": "Menteri Perdagangan X")."""
        doc, names = self.doc, self.names
        lex = self.lex
        role = [t.lower_ for t in span[skip:] if t.lower_ not in lex.anaphora_markers]
        titled = is_capitalised(span[skip]) and not span[skip].is_sent_start  # "ujar Jaksa"
        shortest = 1 if role and (role[0] in lex.titles - lex.unnamed_heads
                                  or titled and role[0] in lex.unnamed_heads) else 2
        wanted = [role[:n] for n in range(len(role), shortest - 1, -1)]
        if len(role) == 1:  # "Mendag" after "Menteri Perdagangan X", which says it best
            wanted[:0] = [list(words) for words in lex.office_abbreviations.get(role[0], ())]
        for want in wanted:
            n = len(want)
            for k in range(span.start - n, -1, -1):
                if [t.lower_ for t in doc[k:k + n]] != want:
                    continue
                j = k + n   # past the body a one-word role names ("jaksa KPK, Ali Fikri"),
                # or the country an office is of ("Menteri Perindustrian RI Airlangga")
                j = next((e.end for e in names.ents if e.start == j and (
                    e.label_ != "PER" if n == 1 else e.label_ == "GPE")), j)
                while j < len(doc) and (doc[j].text in {",", ")"}  # "(Mendagri) Tjahjo"
                                        or doc[j].lower_ in lex.titles):  # "Kapolres X AKBP Y"
                    j += 1
                ent = next((e for e in names.ents if e.label_ == "PER" and (
                    e.start == j or e.end == k - 1 and doc[k - 1].text == ",")), None)
                if ent is not None:  # "Menteri X Budi" / "Budi, Kapolsek Tambun"
                    return ent._.name or ent.text, ent.kb_id_ or None
                run = next((r for r in names.runs if r.start == j), None)
                if n > 1 and run is not None and names.core(run):
                    return names.fallback_name(run), None
        return None

    def _epithet_holder(self, head: str, before: int) -> Span | None:
        """The last person (or body) named before char offset `before` right after a word of
        the same kind as the epithet's head with no other name between ("Penyanyi Ariana Grande"
        for "pelantun … ini", not Seaborn in "musisi Ed Sheeran dengan Cherry Seaborn";
        "agensi boyband tersebut, BigHit Entertainment" for "agensi tersebut", and the name
        apposed to a relative clause's object: "agensi yang menaungi Secret, TS Entertainment";
        not a real name, "penyanyi bernama asli X"); None when the last speaker was named so too
        (the usual antecedent then)."""
        lex = self.lex
        label, kind = next(((label, c) for label, classes in (
            ("PER", lex.epithet_classes), ("ORG", lex.body_epithet_classes))
            for c in classes if head in c), (None, None))
        if kind is None:
            return None
        doc = self.doc
        ents = [e for e in self.names.ents if e.label_ == label]
        holders = []
        for k, e in enumerate(ents):
            words = doc[max(e.sent.start, e.start - EPITHET_REACH, ents[k - 1].end if k else 0)
                        :e.start]
            if e.end_char > before or not any(t.lower_ in kind for t in words) \
                    or e.start and doc[e.start - 1].lower_ in lex.real_name_markers:
                continue
            apposed = ents[k + 1] if k + 1 < len(ents) else None
            if any(t.lower_ in lex.relativizers for t in words) and apposed is not None \
                    and apposed.start == e.end + 1 and doc[e.end].text == "," \
                    and apposed.end_char <= before:
                e = apposed   # "agensi yang menaungi Secret, TS Entertainment": the agency
            holders.append(e)
        last = self.history[-1].name if self.history else None
        if not holders or any((e._.name or e.text) == last for e in holders):
            return None
        return holders[-1]

    # --- entities to names ----------------------------------------------------------------------
    def _from_ent(self, ent: Span, start: int, end: int, plural: bool = False) -> Speaker:
        """A speaker named by `ent`, or by the linked form it abbreviates when it is unlinked:
        "Lembaga Pusat Intelijen AS (CIA)", "Begiristain" after "Txiki Begiristain"; the person
        an organisation's entity runs on into."""
        glued = self._glued_person(ent)
        if glued is not None:
            return Speaker(start, end, glued, None, plural)
        if not ent.kb_id_ and ent._.name in (None, ent.text):
            doc, ents = self.doc, self.names.ents
            alias = next((e for e in ents if e.start == ent.end + 1 and e.kb_id_
                          and doc[ent.end].text == "(" and e.end < len(doc)
                          and doc[e.end].text == ")"), None)
            labels = ("PER",) if ent.label_ == "PER" else ("PER", "ORG")
            ent = alias or self._fuller_entity(ent, labels) or ent
        return Speaker(start, end, ent._.name or ent.text, ent.kb_id_ or None, plural)

    def _glued_person(self, ent: Span) -> str | None:
        """The person's name an unlinked organisation entity runs on into past the name of an
        organisation the document names alone: two or more capitalised words, none a common
        word or title ("Pemain asing Petro Kimia | Yaniz Basa" with "Petro Kimia" named
        elsewhere; not "Bank Mandiri | Syariah")."""
        names = self.names
        if ent.label_ != "ORG" or ent.kb_id_:
            return None
        words = [t.lower_ for t in ent]
        cut = max((len(e) for e in names.ents if e.label_ == "ORG" and len(e) < len(ent)
                   and [t.lower_ for t in e] == words[:len(e)]), default=0)
        rest = ent[cut:]
        if cut and len(rest) >= 2 and all(
                t.is_alpha and is_capitalised(t) and t.lower_ not in names.common
                and t.lower_ not in names.not_names for t in rest):
            return rest.text
        return None

    def _fuller_entity(self, span: Span, labels: tuple[str, ...] = ("PER", "ORG")) -> Span | None:
        """The latest entity before the mention's first use, longer than it, whose words hold
        its words ("Kementerian" -> "Kementerian Luar Negeri", "Begiristain" -> "Txiki
        Begiristain"; not "Neymar" -> a later "Kepergian Neymar"), or a person whose initials
        an upper-case mention spells ("RM" -> "Rap Monster")."""
        ents = self.names.ents
        words = [t.lower_ for t in span]
        n = len(words)
        initials = words[0] if n == 1 and len(span[0]) > 1 and span[0].text.isalpha() \
            and span[0].text.isupper() else None
        first = next((e.start for e in ents if [t.lower_ for t in e] == words), span.start)
        for e in reversed(ents):
            ew = [t.lower_ for t in e]
            if e.end <= min(first, span.start) and e.label_ in labels and len(ew) > n and (any(
                    ew[k:k + n] == words for k in range(len(ew) - n + 1)) or e.label_ == "PER"
                    and "".join(w[0] for w in ew) == initials):
                return e
        return None
