"""Speaker noun phrases around a cue: the phrase after a speech cue ("kata X"), the subject
before a reporting verb ("X mengatakan"), and the "-nya" suffix of a cue ("ujarnya")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from warta.nlp.quotes.base import DASHES, is_capitalised, names_a_site
from warta.nlp.quotes.names import DocNames

MAX_PHRASE = 16  # tokens of a speaker phrase after a cue ("Kepala Bidang Humas Polda … X")
EPITHET_CLAUSE = 24  # tokens of a subject "Pria yang … ini" before its verb
ANAPHORIC_MODIFIER = 10  # tokens of a modifier closed by "itu" ("pengacara yang … tersebut")
SINGLE_OPENING = ("'", "‘")  # the marks around a work's title ("pelantun 'One Last Time' ini")
SINGLE_CLOSING = ("'", "’")


class SpeakerPhrases:
    """Finds the speaker mentions of one document."""

    def __init__(self, names: DocNames):
        self.names = names
        self.doc = names.doc
        self.lex = names.lex

    def cue_speaker(self, cue: Token, floor: int, limit: int, inverted: bool = False,
                    apposition: bool | str = False) -> tuple[Span | None, tuple[int, int] | None]:
        """What names the speaker of a cue, as (mention, suffix offsets): the "-nya" of
        "ujarnya"; the subject before a reporting verb (from token `floor`); else, or when the
        cue follows its quote (`inverted`: "…," ungkap X), the phrase after it (to `limit`)."""
        suffix = self.lex.suffix_cue(cue.text)
        if suffix:
            end = cue.idx + len(cue.text)
            return None, (end - suffix, end)
        if inverted or cue.lower_ not in self.lex.reporting_verbs:
            return self.phrase_after(cue.i + 1, limit, apposition), None
        return self.subject_before(cue.i, floor), None

    # --- after a cue --------------------------------------------------------------------------
    def phrase_after(self, i: int, limit: int, apposition: bool | str = False) -> Span | None:
        """The speaker noun phrase starting at token i (after a cue), up to token `limit`;
        a person named first ends it before a lower-case word ("kata Lee beberapa waktu lalu").
        With `apposition` a descriptive phrase takes the name apposed to it after a comma
        ("kata Deputi Bidang Energi, Logistik dan Pariwisata Kementerian BUMN, Edwin"; with
        "closed" only one a comma closes: "Menurut anggota Tim Advokasi, Alghiffari Aqsa, …",
        not "Menurut pengamat, Budi Santoso melakukan …"); a
        phrase with no person runs on over the place it comes from to the person closing it
        ("oleh Dosen Hukum Tata Negara dari Universitas Airlangga Budi Santoso")."""
        doc = self.doc
        k = self._skip_vehicle(i, limit)
        named = k < limit and (names_a_site(doc[k]) or self.names.in_entity(k))
        i = k if named else next((t for t in range(i, k) if doc[t].lower_ in
                                  self.lex.statement_nouns), k)
        # past "oleh", but not "kantor berita | setempat, X", "pernyataan | tersebut"
        j = i
        while j < limit and j - i < MAX_PHRASE and not self._ends_phrase(i, j, limit):
            j += 1
        if j - i == MAX_PHRASE:  # a long office and rank cut at the cap: to the person closing it
            j = next((e.end for e in self.names.ents if e.label_ == "PER"
                      and e.start <= j < e.end <= limit), j)
        person = next((e for e in self.names.ents if e.start == i and e.label_ == "PER"), None)
        if person is not None and person.end < j and not is_capitalised(doc[person.end]):
            j = person.end  # "kata Lee beberapa waktu lalu", "menurut Lee sekitar 200 orang"
        j = self._anaphoric_modifier(self._person_from(i, j, limit), limit)
        j = self._relative_holder(i, j, limit)
        j = self._work_title(i, j, limit)
        j = self._spokesperson_after(j, limit) or j
        while j > i and (doc[j - 1].is_punct or doc[j - 1].lower_ in self.lex.adverbials):
            j -= 1
        if j <= i or self._own_voice(i, j):
            return None
        if apposition and j < limit and doc[j].text == "," and self._descriptive_head(doc[i]):
            end = self._apposed_person(j, limit, ("PER", "ORG") if doc[i].lower_ in
                                       self.lex.body_heads | self.lex.statement_nouns else ("PER",))
            if end is not None and (apposition != "closed" or end < limit and doc[end].text == ","):
                j = end
        return doc[i:j]

    def _spokesperson_after(self, j: int, limit: int) -> int | None:
        """End of the person through whom the body named before token j speaks: "kata KPK
        melalui juru bicaranya, Febri Diansyah", "pernyataan Kemlu yang dibacakan juru bicaranya
        Arrmanatha Nasir"; the person is the speaker."""
        doc, lex = self.doc, self.lex
        k = j + (j < limit and doc[j].lower_ in lex.relativizers)
        if k >= limit or doc[k].lower_ not in lex.spokesperson_links:
            return None
        for e in self.names.ents:
            if e.start <= k:
                continue
            if e.label_ != "PER" or e.end > limit or e.start - k > MAX_PHRASE // 2 or any(
                    t.is_punct and t.text != "," or lex.is_cue_word(t.text)
                    or lex.verbish.match(t.lower_) for t in doc[k + 1:e.start]):
                return None
            return e.end
        return None

    def _person_from(self, i: int, j: int, limit: int) -> int:
        """End of a phrase i..j without a person, taken on over "dari", capitalised words,
        commas and titles to a PER entity that closes them ("Dosen … dari Universitas Airlangga
        Budi Santoso", "dokter gigi dari RSUD Bandung, drg. Rina Wati,"); past a comma only a
        person that punctuation closes (not "Menurut dosen dari UI, Budi Santoso melakukan …");
        else j."""
        doc, names, lex = self.doc, self.names, self.lex
        if j >= limit or doc[j].lower_ not in lex.origins or any(
                e.label_ == "PER" for e in names.ents_in(i, j)):
            return j
        for e in names.ents:
            between = doc[j + 1:e.start]
            if e.start > j + 1 and e.end <= limit and e.label_ == "PER" and all(
                    is_capitalised(t) or names.in_entity(t.i) or t.text == ","
                    or t.lower_.rstrip(".") in lex.titles for t in between) and (
                    all(t.text != "," for t in between) or e.end == limit
                    or doc[e.end].is_punct):
                return e.end
        return j

    def _person_ends(self, k: int) -> bool:
        """Whether a person's name ends before token k: a PER entity or a name word outside
        entities ("yang akrab disapa Djanur"; not "yang berbasis di Turin" with Turin a place)."""
        return self.names.name_token(self.doc[k - 1]) or any(
            e.end == k and e.label_ == "PER" for e in self.names.ents)

    def _anaphoric_modifier(self, j: int, limit: int) -> int:
        """End of a phrase ending at token j, taken on over a modifier closed by an anaphora
        marker, so that it reads as anaphoric: a relative clause without a verb ("mantan
        Presiden RI yang kelima itu") or with a person's name closing it ("pria yang akrab
        disapa Kang Emil itu"; not "pejabat yang menangani kasus itu", "media yang berbasis di
        Turin itu") or after a person noun ("pria yang pernah menjabat Gubernur X itu"), or an
        age, origin or term of numbers, dates and names ("perempuan berusia 25 tahun itu",
        "pemain 19 tahun itu", "mantan Menteri Keuangan pada 2001-2004 ini")."""
        doc, lex = self.doc, self.lex
        if j >= limit or not (doc[j].lower_ in lex.relativizers | lex.descriptive_modifiers or (
                j > 0 and doc[j - 1].like_num and doc[j].lower_ in lex.time_nouns)):
            return j   # (the last: an age cut from its number, "pemain 19 | tahun itu")
        relative, verb = doc[j].lower_ in lex.relativizers, False
        person = relative and doc[j - 1].lower_ in lex.person_nouns
        for k in range(j + 1, min(limit, j + ANAPHORIC_MODIFIER)):
            tok = doc[k]
            if tok.lower_ in lex.anaphora_markers:
                return k + 1 if not verb or self._person_ends(k) or person else j
            verb |= lex.verbish.match(tok.lower_) is not None
            if relative and (tok.is_punct or lex.is_cue_word(tok.text)) or not relative and not (
                    tok.like_num or tok.text in {"-", "/"} or is_capitalised(tok)
                    or tok.lower_ in lex.time_nouns | lex.calendar):
                break
        return j

    def _relative_holder(self, i: int, j: int, limit: int) -> int:
        """End of a role phrase i..j taken on over a relative clause of more roles to the person
        closing it ("Pendiri FPCI | yang juga mantan Menteri Luar Negeri Dino Patti Djalal"), or
        to the person apposed after the comma closing the clause, who ends the sentence
        ("petinggi Michelin | yang bertanggung jawab atas ban, Pierro Taramasso."); else j."""
        doc, lex = self.doc, self.lex
        if j >= limit or j == i or doc[j].lower_ not in lex.relativizers \
                or not self._descriptive_head(doc[i]) and doc[i].lower_ not in lex.titles:
            return j
        for e in self.names.ents:
            if e.label_ == "PER" and j < e.start and e.end <= limit \
                    and e.start - j <= MAX_PHRASE // 2 and all(
                        t.lower_ in lex.titles | lex.adverbials or is_capitalised(t)
                        or self.names.in_entity(t.i) for t in doc[j + 1:e.start]):
                return e.end
        comma = next((k for k in range(j + 2, min(limit, j + MAX_PHRASE)) if doc[k].is_punct),
                     None)
        end = self._apposed_person(comma, limit) if comma is not None \
            and doc[comma].text == "," else None
        if end is not None and (end == limit or doc[end].is_punct and doc[end].text != "("):
            return end
        return j

    def _work_title(self, i: int, j: int, limit: int) -> int:
        """End of a phrase i..j taken on over a title in single quotes closed by an anaphora
        marker, so that it reads as anaphoric ("pelantun 'One Last Time' ini"); else j."""
        doc = self.doc
        if j >= limit or j == i or doc[j].text not in SINGLE_OPENING:
            return j
        close = next((k for k in range(j + 2, min(limit, j + MAX_PHRASE))
                      if doc[k].text in SINGLE_CLOSING), None)
        if close is None or close + 1 >= limit or \
                doc[close + 1].lower_ not in self.lex.anaphora_markers:
            return j
        return close + 2

    def _skip_vehicle(self, i: int, limit: int) -> int:
        """Past statement nouns, "yang di-…" and adverbs before an author ("catatan yang dirilis
        X", "diungkapkan langsung oleh X")."""
        doc, lex = self.doc, self.lex
        while i < limit and not self.names.in_entity(i):
            k = i
            while k < limit and doc[k].lower_ in lex.adverbials:
                k += 1
            if doc[i].lower_ in lex.statement_nouns | lex.source_prepositions:
                i += 1
            elif k > i and k < limit and doc[k].lower_ in lex.agent_markers:
                i = k + 1
            elif (doc[i].lower_ in lex.relativizers and i + 1 < limit
                  and lex.passive_verb.match(doc[i + 1].lower_)):
                i += 2
            else:
                break
        return i

    def _ends_phrase(self, i: int, j: int, limit: int) -> bool:
        """Whether token j no longer belongs to a speaker phrase that starts at token i."""
        doc, lex = self.doc, self.lex
        tok = doc[j]
        low = tok.lower_
        joiner = j > i and j + 1 < limit and (  # "Jabotabek - Jabar", "Sales & Marketing"
            low == "-" and not doc[j + 1].is_punct
            or low == "&" and is_capitalised(doc[j - 1]) and is_capitalised(doc[j + 1])
            or low == "/" and doc[j - 1].like_num and (doc[j + 1].like_num or doc[j + 1].is_upper))
        # ("Ketua RT 3/RW VIII …, Lilik Baidlowi": an address's numbers)
        if tok.is_punct and not joiner and not self._inner_abbreviation(i, j, limit):
            return True
        verb = lex.verbish.match(tok.text) is not None and low not in lex.not_predicates
        if tok.is_space or (j > i and (low in lex.phrase_breaks and not is_capitalised(tok)
                                      and not self.joins_name(j) or self.runs_on(j)
                                      or verb or lex.is_cue_word(tok.text))):
            return True
        return j > i and is_capitalised(tok) and doc[j - 1].lower_.endswith(lex.speaker_suffixes) \
            and not is_capitalised(doc[j - 1])

    def _inner_abbreviation(self, i: int, j: int, limit: int) -> bool:
        """Whether the bracket at token j encloses an abbreviation of one or two capitalised
        words inside a capitalised phrase from token i: "Pelaksana Harian (Plh) Kepala Biro
        Humas KPK Yuyuk Andriati", "Wakil Ketua Komisi Nasional Hak Asasi Manusia (Komnas HAM)
        Hairansyah"."""
        doc = self.doc
        if doc[j].text == "(":
            close = next((k for k in (j + 2, j + 3) if k < limit and doc[k].text == ")"), None)
            return i < j and close is not None and close + 1 < limit \
                and all(is_capitalised(t) for t in doc[j + 1:close]) \
                and is_capitalised(doc[j - 1]) and is_capitalised(doc[close + 1])
        opening = next((k for k in (j - 2, j - 3) if k > i and doc[k].text == "("), None)
        return doc[j].text == ")" and opening is not None \
            and self._inner_abbreviation(i, opening, limit)

    def _apposed_person(self, comma: int, limit: int, labels: tuple[str, ...] = ("PER",)
                        ) -> int | None:
        """End of a PER entity (or one of `labels`: an outlet after "kantor berita setempat")
        after the comma at token `comma`, reached over title words."""
        doc, lex = self.doc, self.lex
        after = comma
        for k in range(comma + 1, min(limit, comma + 15)):
            if doc[k - 1].text == ",":
                after = k
            if all(t.lower_ in lex.titles for t in doc[after:k]):  # ", Kompol Sucipto"
                person = next((e for e in self.names.ents if e.start == k and e.label_ in labels),
                              None)
                if person is not None and person.end <= limit:
                    return person.end
            if not (doc[k].text == "," or is_capitalised(doc[k])
                    or doc[k].lower_ in lex.coordinators):
                return None
        return None

    def _descriptive_head(self, tok: Token) -> bool:
        lex = self.lex
        return (not is_capitalised(tok) or tok.lower_ in lex.titles | lex.unnamed_heads
                | lex.body_heads) and tok.lower_ not in lex.pronouns

    def could_speak(self, tok: Token) -> bool:
        """Whether a phrase opening with `tok` may name a speaker: a name, pronoun or role."""
        lex = self.lex
        return is_capitalised(tok) or tok.lower_ in lex.pronouns | lex.titles | lex.unnamed_heads \
            | lex.member_heads | lex.body_heads | lex.plural_quantifiers \
            | lex.singular_quantifiers | lex.case_roles.keys()

    def names_speaker(self, span: Span) -> bool:
        """Whether a subject names one who can speak: its head, past quantifiers and numbers,
        is an entity, a name word (not a common word opening the sentence: "Tembakan bebas
        Arki memastikan …"), a pronoun, a role or a body."""
        lex = self.lex
        head = next((t for t in span if not (t.like_num or t.lower_ in lex.plural_quantifiers
                                             | lex.singular_quantifiers)), span[-1])
        return self.names.in_entity(head.i) or self.names.name_token(head) or head.lower_ in \
            lex.pronouns | lex.titles | lex.unnamed_heads | lex.body_heads

    def runs_on(self, k: int) -> bool:
        """Whether a speaker phrase must not run on into token k: a time noun, a predicate or
        bare verb, or a ter- verb after a name word ("Moa tersenyum", "Haniv bulan lalu")."""
        prev = self.doc[k - 1]
        after_name = is_capitalised(prev) and prev.lower_ not in self.lex.titles
        return self.lex.ends_phrase(self.doc[k].text, after_name)

    def joins_name(self, k: int) -> bool:
        """Whether the coordinator at token k sits inside a name ("Kebakaran dan Penyelamatan")."""
        doc = self.doc
        return doc[k].lower_ in self.lex.coordinators and (
            self.names.in_entity(k) or 0 < k < len(doc) - 1 and is_capitalised(doc[k - 1])
            and is_capitalised(doc[k + 1]))

    # --- before a verb ------------------------------------------------------------------------
    def announcers(self, quoted: list[tuple[int, int]]) -> list[Span]:
        """The subjects, outside the quoted stretches, of the reporting verbs that no negator
        bears on, in reading order: who is said to speak or write ("Taman Ria lalu menulis
        permintaan maaf kepada pengunjung." before a quote that has no cue)."""
        out = []
        for tok in self.doc:
            if tok.lower_ not in self.lex.reporting_verbs or any(
                    a <= tok.idx < b for a, b in quoted):
                continue
            subject = self.subject_before(tok.i, tok.sent.start)
            if subject is not None and self.names_speaker(subject) \
                    and not self.negated(tok.i, subject.end):
                out.append(subject)
        return out

    def negated(self, v: int, floor: int) -> bool:
        """Whether a negator from token `floor` on bears on the verb at token v: it comes before
        an adverb or a cue ("belum pernah menyebutkan", "tidak membenarkan ataupun membantah"),
        not before another verb ("orang tak dikenal itu menjelaskan"), nor right before a
        denial it turns into a report ("tak menampik bila …")."""
        doc, lex = self.doc, self.lex
        return any(doc[k].lower_ in lex.negators and (
            doc[k + 1].lower_ in lex.adverbials | lex.negators or lex.is_cue_word(doc[k + 1].text))
            and not (k + 1 == v and doc[v].lower_ in lex.denials) for k in range(floor, v))

    def subject_before(self, v: int, floor: int) -> Span | None:
        """The subject of the verb at token v: the last clause chunk before it, from `floor`;
        after a relative pronoun only a person, set off by a comma or not ("Damien Kingsbury,
        yang mengatakan", "dijelaskan Menteri X yang menilai"), or the focus of a cleft ("Adalah
        X yang mengatakan"), not "seorang sumber yang mengatakan"."""
        doc, lex = self.doc, self.lex
        k = v - 1
        while k >= floor and doc[k].lower_ in lex.adverbials:
            k -= 1
        if k > floor and doc[k].lower_ in lex.pronouns and doc[k - 1].lower_ in lex.causatives:
            return doc[k:k + 1]  # "Bersenang-senang di Bali membuat ia mengakui …"
        named = next((e for e in self.names.ents if e.end == k + 1 and e.start > floor
                      and doc[e.start - 1].lower_ in lex.causatives), None)
        if named is not None:    # "hal inilah yang membuat Yamaha optimistis …"
            return doc[named.start:named.end]
        epithet = self._person_epithet(k, floor)
        if epithet is not None:
            return epithet
        relative = self._relative_clause(k, floor)
        if relative is not None:  # "Budi, yang memboikot rapat karena …, menyatakan"
            return self.subject_before(relative, floor)
        if k >= floor and doc[k].lower_ in lex.relativizers:
            if doc[floor].lower_ in lex.cleft_openers and floor + 1 < k:
                return doc[floor + 1:k]  # "Adalah Menteri X yang kemudian mengingatkan …"
            return next((e for e in self.names.ents if e.label_ == "PER" and (
                e.end == k or e.end == k - 1 and doc[k - 1].text == ",")), None)
        start = self._clause_start(v, floor)
        chunks, cur = [], start
        for k in range(start, v):
            if doc[k].text == "," and not self.names.in_entity(k):   # not "Badan Meteorologi,
                chunks.append((cur, k))                             # Klimatologi dan …"
                cur = k + 1
        chunks.append((cur, v))
        for a, b in reversed(chunks):
            if all(lex.is_degree(t.text) or t.is_punct for t in doc[a:b]) or all(
                    t.is_punct or t.like_num or t.lower_ in lex.calendar for t in doc[a:b]):
                continue  # "dr Fitria Amalia, SpKK, M.Kes mengatakan"; "X, Rabu (29/3), …"
            if a < b and doc[a].lower_ in lex.nickname_glosses:  # "Ucok, sapaan akrabnya,"
                person = next((e for e in self.names.ents_in(a, b) if e.label_ == "PER"), None)
                if person is not None:  # "Kang Emil, sapaan akrab Ridwan Kamil, mengatakan"
                    return doc[person.start:person.end]
                continue
            span = self._trim_subject(a, b)
            if span is not None:
                return self._apposed_to(span, start)
        opener = doc[start - 1].lower_ if start > floor + 1 else ""
        if opener in lex.coordinators or opener in lex.shared_subjects and not \
                lex.passive_verb.match(doc[v].lower_) and all(  # not "karena dianggap …"
                t.lower_ in lex.adverbials for t in doc[start:v]):  # nor "karena ia mengaku"
            # "X menyesalkan … dan menyatakan …", "MA menjatuhkan vonis karena menilai …"
            return self.subject_before(start - 1, floor)
        return None

    def _person_epithet(self, k: int, floor: int) -> Span | None:
        """A subject "Pria yang … ini" ending at token k: a person noun opening its clause, a
        relative clause, an anaphora marker; whole, so that it reads as anaphoric ("Pria yang
        pernah menjabat Kepala Bagian Tata Usaha BKSDA NTB ini mengatakan")."""
        doc, lex = self.doc, self.lex
        if k <= floor or doc[k].lower_ not in lex.anaphora_markers:
            return None
        for h in range(k - 2, max(floor, k - EPITHET_CLAUSE) - 1, -1):
            if doc[h].is_space or doc[h].text in {";", "."}:
                return None
            if doc[h].lower_ in lex.person_nouns and doc[h + 1].lower_ in lex.relativizers and (
                    h == floor or doc[h - 1].text == "," or doc[h].is_sent_start):
                return doc[h:k + 1]
        return None

    def relative_closed(self, k: int, floor: int) -> bool:
        """Whether the comma at token k closes a relative clause ("Ucapan X, yang viral, …")."""
        return self._relative_clause(k, floor) is not None

    def _relative_clause(self, k: int, floor: int) -> int | None:
        """The comma opening a relative clause that the comma at token k closes before a
        verb ("Budi, yang memboikot rapat karena panitia gagal, menyatakan …"): the subject
        comes before it, not inside the clause."""
        doc = self.doc
        if k < floor or doc[k].text != ",":
            return None
        for j in range(k - 1, floor, -1):
            if doc[j].is_space or doc[j].text == ";":
                return None
            if doc[j].text == ",":
                return j if doc[j + 1].lower_ in self.lex.relativizers else None
        return None

    def _apposed_to(self, role: Span, lo: int) -> Span:
        """The person a role chunk is apposed to: "AKP Boby, Kapolsek Tambun, mengatakan"
        gives "Boby" (a PER entity from token `lo` on, just before the role's comma, not the
        object of a preposition: "Senada dengan Budi, Anggota DPR Rudi"); else the role
        itself; nor one named inside an adjunct ("Dengan didampingi oleh Irjen M. Jasin,
        Menag menjelaskan")."""
        doc, lex = self.doc, self.lex
        if role[0].lower_ not in lex.titles or any(
                e.label_ == "PER" for e in self.names.ents_in(role.start, role.end)):
            return role
        person = next((e for e in self.names.ents if e.label_ == "PER" and e.start >= lo
                       and e.end == role.start - 1 and doc[e.end].text == ","), None)
        if person is None or person.start > 0 and doc[person.start - 1].lower_ in (
                lex.phrase_breaks | lex.recipients):
            return role
        chunk = next((k + 1 for k in range(person.start - 1, lo - 1, -1) if doc[k].text == ","),
                     lo)
        if any(t.lower_ in lex.adjunct_prepositions for t in doc[chunk:person.start]):
            return role   # "Didampingi oleh … Irjen M. Jasin, Menag menjelaskan"
        return doc[person.start:person.end]

    def _clause_start(self, v: int, floor: int) -> int:
        """The first token after the last clause opener, ";", line break or dateline before v."""
        doc = self.doc
        for k in range(v - 1, floor - 1, -1):
            opener = doc[k].lower_ in self.lex.clause_openers and not self.joins_name(k) \
                and doc[k + 1].lower_ not in self.lex.anaphora_markers  # not "saat itu"
            if opener or doc[k].text == ";" or doc[k].is_space or self.dateline_dash(k):
                return k + 1
        return floor

    def dateline_dash(self, k: int) -> bool:
        """Whether token k is the dash closing a dateline ("Seoul (ANTARA News) - …")."""
        doc = self.doc
        if doc[k].text not in DASHES:
            return False
        if doc[k].text != "-" or k > 0 and doc[k - 1].text in {"-", ")"}:
            return True
        first = k
        while first > 0 and not (doc[first - 1].is_space or "\n" in doc[first - 1].whitespace_):
            first -= 1
        return k - first <= 6 and k > 0 and is_capitalised(doc[k - 1])

    def _trim_subject(self, a: int, b: int) -> Span | None:
        """The subject phrase in chunk a..b, past leading adverbials, up to a break or verb."""
        doc, lex = self.doc, self.lex
        if 0 < a < b and doc[a - 1].text == "," and doc[a].lower_ in lex.spokesperson_links \
                and not any(e.label_ == "PER" for e in self.names.ents_in(a, b)):
            return None  # "X, melalui akun Twitternya mengatakan": the medium, X the subject
        while a < b and (doc[a].lower_ in lex.subject_leads
                         or doc[a].is_punct and doc[a].text != "("):
            a += 1
        fronted = self.names.time_ends.get(a)
        a = fronted if fronted is not None and fronted < b else a
        # past a fronted time: "Awal tahun ini | mereka berekspansi … dan mengklaim"
        if a >= b or doc[a].lower_ in lex.source_cues:
            return None
        if doc[a].lower_ in lex.phrase_breaks | lex.calendar:
            return self._fronted_subject(a, b)
        while a + 1 < b and doc[a].lower_ in lex.statement_nouns and not self.names.in_entity(a):
            a += 1
        if doc[a].lower_ in lex.anaphora_markers and not (
                doc[a].lower_ in lex.singular_quantifiers and a + 1 < b
                and any(doc[a + 1].lower_ in kind for kind in lex.epithet_classes)):
            return None  # "Pernyataan ini membantah …"; not "Sang nakhoda menyebut …"
        end = a + 1
        while end < b:
            tok = doc[end]
            if (tok.lower_ in lex.phrase_breaks | lex.adverbials | lex.negators
                    and not self.joins_name(end) or self.runs_on(end)
                    or tok.text == "(" and not self._inner_abbreviation(a, end, b)
                    or lex.verbish.match(tok.text) and tok.lower_ not in lex.titles  # "menteri"
                    or lex.is_cue_word(tok.text)):
                break
            end += 1
        end = self._anaphoric_modifier(self._person_from(a, end, b), b)
        if lex.verbish.match(doc[a].text) and doc[a].lower_ not in lex.pronouns \
                or doc[a].lower_ in lex.complementizers | lex.negators \
                or self._own_voice(a, end):
            return None  # not "Jangan selalu berharap …"; "dirinya" is no di- verb
        person = any(e.label_ == "PER" for e in self.names.ents_in(a, end))
        link = next((k for k in range(end, min(b, end + 1) if person else b)
                     if doc[k].lower_ in lex.spokesperson_links), None)
        if link is not None:  # "KPK melalui juru bicaranya X", "KPK dalam pernyataan yang
            # dibacakan juru bicaranya X"
            spokesperson = self._spokesperson(link, b)
            if spokesperson is not None:
                return spokesperson
        if not any(a <= e.start < end for e in self.names.ents):
            end = self._named_end(a, end, b)
        return doc[a:end]

    def _spokesperson(self, link: int, b: int) -> Span | None:
        """The person closing chunk link..b who speaks for the subject before the link:
        "KPK melalui juru bicaranya Febri Diansyah mengatakan" gives "Febri Diansyah"."""
        doc, lex = self.doc, self.lex
        while b > link and doc[b - 1].lower_ in lex.adverbials:
            b -= 1
        person = next((e for e in self.names.ents if e.label_ == "PER" and e.end == b
                       and e.start > link + 1), None)
        return doc[person.start:person.end] if person is not None else None

    def _fronted_subject(self, a: int, b: int) -> Span | None:
        """The person closing a chunk a..b that opens with an adverbial and has no comma:
        "Usai pertandingan Budi Santoso mengaku …" (not "kepada Budi", "dengan Budi")."""
        doc, lex = self.doc, self.lex
        for e in reversed(self.names.ents):
            if e.label_ == "PER" and a < e.start and e.end <= b:
                if doc[e.start - 1].lower_ in lex.phrase_breaks | lex.recipients or any(
                        t.lower_ not in lex.adverbials for t in doc[e.end:b]):
                    return None
                return doc[e.start:e.end]
        return None

    def _own_voice(self, a: int, b: int) -> bool:
        """Whether tokens a..b stand for the writer or the reader: a pronoun of theirs heads
        them ("menurut saya", "Anda aktif")."""
        return b > a and self.doc[a].lower_ in self.lex.own_voice_pronouns

    def _named_end(self, a: int, end: int, b: int) -> int:
        """Extend an unnamed subject a..end to the name that follows it within b:
        "Calon presiden dari Partai Republik Donald Trump pada Minggu memberitahu"."""
        doc, lex = self.doc, self.lex
        named = [e for e in self.names.ents if end <= e.start and e.end <= b
                 and e.label_ in ("PER", "ORG") and not any(
                    t.lower_ in lex.recipients or lex.active_verb.match(t.text)
                    or lex.is_cue_word(t.text) for t in doc[end:e.start])]
        if named:
            return named[-1].end
        if not self.names.core(doc[a:end]) and self.names.trailing_name(doc[end:b]) is not None:
            return b  # "Negosiator senior dari pihak pemberontak Luis Jalandoni mengatakan"
        return end
