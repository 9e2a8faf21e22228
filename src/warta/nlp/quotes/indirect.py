"""Indirect quotes: clauses reported by a cue outside quotation marks, to the sentence end.

The cues: a verb of saying ("X mengatakan bahwa …"; a verb that also takes a plain object
only with a clause), "menurut X", a speech cue between commas ("…, kata hakim, …"), a source
cue ("Dilansir X, …"), a statement phrase ("X dalam keterangan resminya, …") or a passive
report of the previous sentence ("Hal itu diakui oleh X"). A clause that is only a date is none.
A paragraph opening with a coordinator ("Dan …") after one a report ends goes on with it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from warta.nlp.quotes.base import (
    CLOSING,
    MARKS,
    OPENING,
    STRAIGHT,
    Quote,
    is_capitalised,
    names_a_site,
    paragraphs,
)
from warta.nlp.quotes.phrases import SpeakerPhrases

Offsets = tuple[int, int]
DATELINE_TOKENS = 12  # tokens of a dateline opening the body ("Jakarta, CNN Indonesia - -")
MAX_OFFICE = 12  # tokens of an office apposed to a speaker ("X, analis dari Y Z, …")
APPEAL_OBJECT = 6  # tokens of the object of an appeal ("mengajak warga Kecamatan X Tengah agar")


class IndirectQuotes:
    """Finds the indirect quotes of one document."""

    def __init__(self, phrases: SpeakerPhrases):
        self.phrases = phrases
        self.doc: Doc = phrases.doc
        self.lex = phrases.lex

    def find(self, quoted: list[Offsets], direct: list[Quote]) -> list[Quote]:
        """Indirect quotes outside the `quoted` stretches, not inside a direct quote and not
        cued by a direct quote's cue."""
        used = {q.cue_token for q in direct if q.cue_token is not None}
        para_of = self._para_of()
        out: list[Quote] = []
        for sent in self.doc.sents:
            found: list[Quote] = []
            for tok in sent:
                if tok.i in used or any(a <= tok.idx < b for a, b in quoted):
                    continue
                q = self._quote_at(sent, tok)
                for part in (self._contrasted(sent, tok, q), q):
                    if part is not None:
                        part.para = para_of[tok.i]
                        found.append(part)
            out.extend(self._drop_nested(found))
        out = [q for q in out if not any(d.start <= q.start and q.end <= d.end for d in direct)]
        return out + self._continuations(out, direct, quoted)

    def _continuations(self, found: list[Quote], direct: list[Quote],
                       quoted: list[Offsets]) -> list[Quote]:
        """The first sentence of a paragraph that opens with a coordinator ("Dan hanya 30
        persen …") right after a paragraph whose indirect quote runs to its end: the report goes
        on, an uncued quote the previous speaker's (`assign_speakers`); not when that sentence
        holds a quotation mark or a quote of its own."""
        doc, lex = self.doc, self.lex
        text = doc.text  # rebuilt on each access
        paras = paragraphs(text)
        out: list[Quote] = []
        for q in found:
            if q.para + 1 >= len(paras) or text[q.end:paras[q.para][1]].strip(" .!?"):
                continue
            ps, pe = paras[q.para + 1]
            span = doc.char_span(ps, pe, alignment_mode="expand")
            if span is None or not (span[0].lower_ in lex.coordinators and is_capitalised(span[0])):
                continue
            sent = span[0].sent
            content = self._content(sent, sent.start)
            if content is None or any(t.text in MARKS for t in sent) or any(
                    content[0] < o.end and o.start < content[1] for o in found + direct) or any(
                    content[0] < b and a < content[1] for a, b in quoted):
                continue
            out.append(Quote(content[0], content[1], "indirect", q.para + 1))
        return out

    def _para_of(self) -> list[int]:
        """Paragraph index of each token."""
        doc = self.doc
        para_of = [0] * len(doc)
        for p, (ps, pe) in enumerate(paragraphs(doc.text)):
            for t in doc.char_span(ps, pe, alignment_mode="expand") or []:
                para_of[t.i] = p
        return para_of

    def _quote_at(self, sent: Span, tok: Token) -> Quote | None:
        """The indirect quote whose cue is `tok`, if any."""
        lex = self.lex
        low = tok.lower_
        if low in lex.reporting_verbs:
            return self._reported(sent, tok)
        opening = tok.i == sent.start and (  # "Dikatakan Tito, …", "Kata Ihsan, …"
            lex.passive_verb.match(low) or (low in lex.speech_cues or lex.suffix_cue(low))
            and is_capitalised(tok) and self._after_stop(tok))  # "Katanya, …"
        if lex.is_according(low) or low in lex.source_cues or (
                (opening or tok.i > sent.start and self.doc[tok.i - 1].text == ",")
                and (low in lex.speech_cues | lex.tail_cues or lex.suffix_cue(low))
                and self._parenthetical(tok)):
            according = self._according(sent, tok)
            if according is not None or low not in lex.rumour_passives:
                return according  # else a rumour: "Maia dikabarkan dekat dengan …"
        if low in lex.passive_beliefs or lex.passive_suffix(low):
            return self._passive(sent, tok)
        if tok.i == sent.start:
            return self._referred(sent) or self._document(sent) or self._agentless(sent, tok)
        return self._statement_phrase(sent, tok)

    def _contrasted(self, sent: Span, cue: Token, q: Quote | None) -> Quote | None:
        """The clause before a speech cue set off by commas whose quote after it opens with a
        contrastive: "A, kata X, tapi B" are two statements of X, A and "tapi B"."""
        doc, lex = self.doc, self.lex
        if q is None or not q.wrapper or q.start < cue.idx or cue.i == sent.start \
                or doc[cue.i - 1].text != "," or not (
                cue.lower_ in lex.speech_cues or lex.suffix_cue(cue.lower_)):
            return None
        first = doc.char_span(q.start, q.end, alignment_mode="expand")
        content = self._unattributed_before(sent, cue.i - 1)
        if first is None or first[0].lower_ not in lex.contrastives or content is None:
            return None
        before = Quote(content[0], content[1], "indirect", 0, wrapper=True)
        before.attribute(cue, q.mention, q.suffix)
        return before

    def _after_stop(self, tok: Token) -> bool:
        """Whether a full stop, a line break or a quote's end comes before the token (not a
        comma a sentence split was wrongly made at: "…,  kata Paisan, petani …")."""
        doc, k = self.doc, tok.i - 1
        while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
            k -= 1
        return k < 0 or "\n" in doc[k].text + doc[k].whitespace_ \
            or doc[k].text[-1] in ".!?" + MARKS

    # --- "X mengatakan bahwa …" -------------------------------------------------------------
    def _reported(self, sent: Span, verb: Token) -> Quote | None:
        """X <verb> [kepada Y] [bahwa] <clause>; not a question's ("Siapa bilang …?")."""
        doc, lex = self.doc, self.lex
        subject, _ = self.phrases.cue_speaker(verb, sent.start, sent.end)
        if subject is None or subject[0].lower_ in lex.interrogatives \
                or self.phrases.negated(verb.i, subject.end) \
                or doc[verb.i - 1].lower_ in lex.infinitive_markers or (
                verb.lower_ in lex.speaker_subject_verbs
                and not self.phrases.names_speaker(subject)):
            return None
        i, bahwa = verb.i + 1, False
        if i < sent.end and doc[i].lower_ in lex.directive_complementizers:
            i, bahwa = i + 1, True  # "meminta agar …"
        elif i + 1 < sent.end and doc[i].text in (",", ":") \
                and doc[i + 1].text not in OPENING + STRAIGHT:
            i, bahwa = i + 1, True  # "ia menyatakan, perjuangan … menjadi prioritas"
        for k in range(i, min(sent.end, i + 12) if not bahwa else i):
            if doc[k].lower_ in lex.complementizers:
                i, bahwa = i if self._conditional(sent, i, k) else k + 1, True
                break
            if doc[k].text in OPENING + STRAIGHT or lex.is_cue_word(doc[k].text):
                break
        bahwa = bahwa or self._appeal(sent, verb)
        if i < sent.end and doc[i].lower_ in lex.recipients:  # "menuturkan kepada Dailymail, …"
            comma = next((k for k in range(i, min(sent.end, i + 8)) if doc[k].text == ","), None)
            i = comma + 1 if comma is not None else i
        if self._other_sense(sent, verb, bahwa) or self._no_report_object(sent, i):
            return None
        content = self._content(sent, i)
        if content is None or self._takes_object(verb) and not bahwa and (
                doc[i].lower_ in lex.phrase_breaks  # "merespons dengan meraih dua poin"
                or not self._is_clause(doc.char_span(*content, alignment_mode="expand"))):
            return None
        q = Quote(content[0], content[1], "indirect", 0)
        suffix = self.lex.suffix_cue(subject.text) if len(subject) == 1 else 0
        if suffix:  # '"…," tulisnya seraya bersumpah bahwa …': the "-nya" speaks
            q.attribute(verb, None, (subject.end_char - suffix, subject.end_char))
        else:
            q.attribute(verb, subject)
        return q

    def _conditional(self, sent: Span, i: int, k: int) -> bool:
        """Whether the complementizer at token k, in the object from token i, opens a condition
        that belongs to the report: a consequent follows it ("merasa jika absen maka …"), a
        coordinator comes right before it ("ia cedera ringan dan jika dipercaya …"), or commas
        set it off after an object that is no recipient ("meminta warga, jika peduli, cukup
        berdoa")."""
        doc, lex = self.doc, self.lex
        return doc[k].lower_ in lex.conditionals and (
            any(t.lower_ in lex.consequents for t in doc[k + 1:sent.end])
            or k > i and doc[k - 1].lower_ in lex.coordinators
            or k > i and doc[k - 1].text == "," and doc[i].lower_ not in lex.recipients
            and any(t.text == "," for t in doc[k + 1:sent.end]))

    def _appeal(self, sent: Span, verb: Token) -> bool:
        """Whether a complement verb makes an appeal to a short object that "agar"/"supaya"
        or the verb's purpose word follows ("mengajak warga desa agar …", "mengajak kepada
        warga agar …", "mengajak warga untuk …"; not a plan: "akan mengajak pihak itu agar …")."""
        doc, lex = self.doc, self.lex
        if verb.lower_ not in lex.complement_verbs or verb.i == sent.start \
                or doc[verb.i - 1].lower_ in lex.intention_markers:
            return False
        ends = lex.directive_complementizers | lex.appeal_purposes.get(verb.lower_, frozenset())
        for k in range(verb.i + 1, min(sent.end, verb.i + APPEAL_OBJECT + 2)):
            if doc[k].lower_ in ends:
                return k > verb.i + 1
            if doc[k].is_punct or lex.is_predicate_verb(doc[k].lower_) or doc[k].lower_ in \
                    lex.phrase_breaks - lex.coordinators - lex.recipients:
                return False   # not "mengundang wartawan ke rumahnya agar …"
        return False

    def _takes_object(self, verb: Token) -> bool:
        """Whether the verb may take a plain noun object here: an object verb, or a verb that
        gives a case role to a person right after it, titles and adverbs aside ("melaporkan
        Budi (30) ke polisi", "melaporkan balik Habib Rizieq ke polisi")."""
        lex, doc = self.lex, self.doc
        k = verb.i + 1
        while k < len(doc) and doc[k].lower_ in lex.titles | lex.adverbials:
            k += 1
        return verb.lower_ in lex.object_verbs or any(
            verb.lower_ in verbs["object_of"] for verbs in lex.case_roles.values()) and any(
            e.start == k and e.label_ == "PER" for e in self.phrases.names.ents)

    def _other_sense(self, sent: Span, verb: Token, bahwa: bool) -> bool:
        """Whether the verb does not report here: its next word gives it another sense
        ("memastikan tiket ke final"; a number after a verb of counting: "mencatat delapan
        kekalahan"), or it takes a noun ("mengecam serangan itu") and no
        complementizer, comma or colon follows it."""
        lex = self.lex
        nxt = self.doc[verb.i + 1] if verb.i + 1 < sent.end else None
        after = nxt.lower_ if nxt is not None else ""
        return after in lex.sense_objects.get(verb.lower_, ()) or (
            verb.lower_ in lex.counting_verbs and nxt is not None and nxt.like_num) or (
            verb.lower_ in lex.complement_verbs and not bahwa and after not in {",", ":"})

    def _no_report_object(self, sent: Span, i: int) -> bool:
        """Whether the object at token i is no report: it points back ("mengatakan hal itu
        dalam …") or names a courtesy ("mengucapkan terima kasih kepada …")."""
        doc, lex = self.doc, self.lex
        for phrase in lex.non_report_objects:
            n = len(phrase)
            if tuple(t.lower_ for t in doc[i:i + n]) == phrase and (
                    i + n >= sent.end or doc[i + n].lower_ in lex.phrase_breaks
                    or doc[i + n].is_punct):
                return True
        return False

    def _apposed_place(self, comma: Token) -> bool:
        """Whether a comma opens or closes one capitalised word set off by commas after a
        name, a place after a place ("di Kampung Melayu, Jakarta, diduga …")."""
        doc = self.doc
        k = comma.i

        def sets_off(c: int) -> bool:   # the comma at c opens the word
            return 0 < c and c + 2 < len(doc) and doc[c + 2].text == "," \
                and is_capitalised(doc[c + 1]) and is_capitalised(doc[c - 1])
        return sets_off(k) or k >= 2 and doc[k - 2].text == "," and sets_off(k - 2)

    def _is_clause(self, span: Span) -> bool:
        """Whether an object's first conjunct holds a predicate (not "Yerusalem sebagai ibu
        kotanya dan …"); a time expression and the clause opener before it are no break
        ("pengusutan kasus itu hingga saat ini masih belum dihentikan")."""
        lex = self.lex
        timed = self.phrases.names.timed
        for t in span[1:]:
            low = t.lower_
            if t.i in timed or t.i + 1 in timed and low in lex.clause_openers:
                continue
            if not is_capitalised(t) and (low in lex.predicate_words or lex.is_predicate_verb(low)):
                return True   # not a name's word ("Polda Metro Jaya")
            joins = is_capitalised(t.nbor(-1)) and is_capitalised(t.nbor())  # "Irman dan Budi"
            if t.text == "," and not self._apposed_place(t) or (
                    low in lex.coordinators or low in lex.clause_openers) and not joins:
                return False
        return False

    # --- "Menurut X, …" / "…, kata X, …" / "Dilansir X, …" -----------------------------------
    def _parenthetical(self, cue: Token) -> bool:
        """Whether a speech cue after a comma outside quotes attributes its sentence
        ("Uang itu, kata hakim, dipakai …" / "…, ujarnya."): a suffix or a speaker follows,
        not as the subject of a passive ("Si Ayam Jantan, demikian ia dijuluki")."""
        doc = self.doc
        speaker, suffix = self.phrases.cue_speaker(cue, cue.sent.start, cue.sent.end)
        if speaker is not None and speaker.end < len(doc) and (
                self.lex.passive_verb.match(doc[speaker.end].lower_)):
            return False
        return suffix is not None or speaker is not None and self.phrases.could_speak(speaker[0])

    def _according(self, sent: Span, cue: Token) -> Quote | None:
        """Menurut X[, Y,] <clause> / <clause>, kata X, <clause> / Dilansir X, <clause>."""
        doc, lex = self.doc, self.lex
        if lex.is_according(cue.lower_) and _in_brackets(doc[sent.start:cue.i]):
            return None  # "(data sapi menurut Dirjen PKH sebanyak …)" cites a figure's source
        speaker, suffix = self.phrases.cue_speaker(
            cue, sent.start, sent.end, apposition="closed" if lex.is_according(cue.lower_) else False)
        if suffix is None and (speaker is None or speaker[0].lower_ in lex.non_speakers):
            return None
        k = cue.i + 1 if suffix else speaker.end
        while k < sent.end and doc[k].text == "(":  # "Korean Central News Agency (KCNA)"
            k = next((j + 1 for j in range(k, sent.end) if doc[j].text == ")"), sent.end)
        if cue.lower_ in lex.source_cues:
            content = self._source_content(sent, cue, speaker, k)
        else:
            content = self._cued_content(sent, cue, k)
        if content is None:
            return None
        q = Quote(content[0], content[1], "indirect", 0, wrapper=True)
        q.attribute(cue, speaker, suffix)
        return q

    def _source_content(self, sent: Span, cue: Token, source: Span, k: int) -> Offsets | None:
        """A source cue names a capitalised source followed by a comma or a time (ending at
        token k) and opens its clause, after connectives only ("Sementara itu dilansir X, …"),
        or closes one (", demikian dilansir BBC, Rabu")."""
        doc, lex = self.doc, self.lex
        prev = doc[cue.i - 1] if cue.i > sent.start else None
        if prev is not None and prev.lower_ in lex.source_connectors:
            prev = doc[prev.i - 1] if prev.i > sent.start else None
        if prev is not None and all(t.lower_ in lex.connectives for t in doc[sent.start:cue.i]):
            prev = None  # "Sementara itu diberitakan X, …" opens its sentence
        timed = self._past_time(sent, k)
        if (prev is not None and prev.text != "," or not names_a_site(source[0])
                or timed == k and k < sent.end and doc[k].text not in ",."):
            return None
        before = doc[sent.start:prev.i] if prev is not None else []
        return self._after_comma(sent, timed) or (
            self._content(sent, sent.start, stop=prev.i) if len(before) and not any(
                t.text in MARKS for t in before) else None)

    def _unattributed_before(self, sent: Span, stop: int) -> Offsets | None:
        """The clause from the sentence start to token `stop`, unless a quotation mark in it
        closes a direct quote before its speech cue ('"…," tutur De Bruyne | menurut FFT'; not
        words in quotes inside a clause: 'posisi "pole" …, demikian Reuters')."""
        doc, lex = self.doc, self.lex
        if stop <= sent.start or any(
                t.text in MARKS and (doc[t.i + 1].lower_ in lex.speech_cues or doc[t.i + 1].text
                                     == "," and doc[t.i + 2].lower_ in lex.speech_cues)
                for t in doc[sent.start:stop - 2]):
            return None
        return self._content(sent, sent.start, stop=stop)

    def _past_time(self, sent: Span, k: int) -> int:
        """The end of a time expression at token k, or after a preposition there ("dilaporkan
        Reuters pada Senin (4/12) badan itu …"); k when none is there."""
        j = k + (k < sent.end and self.doc[k].lower_ in self.lex.phrase_breaks)
        end = self.phrases.names.time_ends.get(j)
        return end if end is not None and end <= sent.end else k

    def _cued_content(self, sent: Span, cue: Token, k: int) -> Offsets | None:
        """After "menurut" or a speech cue the clause is what follows the speaker (ending at
        token k) when a clause follows (not a date or a relative clause), else what precedes
        the cue."""
        doc = self.doc
        if cue.i == sent.start or doc[cue.i - 1].text == ",":
            comma = next((j for j in range(k, min(sent.end, k + 10)) if doc[j].text == ","), None)
            comma = self._office_closed(sent, comma) if comma == k else comma
            if comma is not None and self._names_only(sent, comma + 1):
                content = None   # "…, kata Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian
            elif comma is not None:  # Perindustrian Achmad Sigit.": the speaker's title goes on
                content = self._content(sent, comma + 1)
            else:
                content = self._after_comma(sent, k)
            if content is not None and len(doc.text[content[0]:content[1]].split()) < 3:
                content = None
            if content is None:
                content = self._unattributed_before(sent, cue.i)
            return content
        return self._after_comma(sent, k) or self._unattributed_before(sent, cue.i)

    def _office_closed(self, sent: Span, comma: int) -> int:
        """The comma closing an office apposed to the speaker after the comma at token `comma`
        ("Menurut X, pengamat ekonomi dari Universitas Y, | para investor …"), else `comma`."""
        doc, lex = self.doc, self.lex
        if comma + 1 >= sent.end or doc[comma + 1].lower_ not in lex.titles | lex.unnamed_heads:
            return comma
        for j in range(comma + 2, min(sent.end, comma + MAX_OFFICE)):
            if doc[j].text == ",":
                return j
            if doc[j].is_punct and doc[j].text not in "()" or lex.is_predicate_verb(doc[j].lower_):
                break
        return comma

    def _names_only(self, sent: Span, j: int) -> bool:
        """Whether the sentence from token j on holds only capitalised words, commas and
        coordinators: the rest of a name or title, no clause."""
        words = [t for t in self.doc[j:sent.end] if not (t.is_punct or t.is_space)]
        return bool(words) and all(is_capitalised(t) or t.lower_ in self.lex.coordinators
                                   for t in words)

    # --- "Hal itu diakui oleh X, …" -----------------------------------------------------------
    def _referred(self, sent: Span) -> Quote | None:
        """Hal itu <passive report> [oleh] X: the previous sentence, when it holds no quote
        mark and no cue that reports there ("Budi merasa terharu ketika …" reports nothing), is
        X's indirect quote; so is its report with no named source ("Budi disebut menerima …
        Keterangan itu diungkapkan X")."""
        doc, lex = self.doc, self.lex
        words = tuple(t.lower_ for t in sent[:4])
        n = next((len(p) for p in lex.referring_subjects if words[:len(p)] == p), 0)
        if not n or sent.start == 0 or sent.start + n >= sent.end \
                or doc[sent.start + n].lower_ not in lex.passive_reports:
            return None
        verb = doc[sent.start + n]
        agent = self.phrases.phrase_after(verb.i + 1, sent.end)
        prev = doc[sent.start - 1].sent
        if agent is None or any(t.text in MARKS for t in prev):
            return None
        reported = [q for t in prev if lex.is_cue_word(t.text)
                    for q in [self._quote_at(prev, t)] if q is not None]
        if any(not q.unsourced for q in reported):
            return None
        content = (reported[0].start, reported[0].end) if reported else \
            self._content(prev, prev.start)
        if content is None:
            return None
        q = Quote(content[0], content[1], "indirect", 0)
        q.attribute(verb, agent)
        return q

    def _agentless(self, sent: Span, cue: Token) -> Quote | None:
        """<passive report> [juga] [bahwa|,] <clause> opening a sentence with no agent
        ("Dijelaskan, …", "Disampaikan juga bahwa …"): an uncued quote, the words of the
        speaker in context."""
        doc, lex = self.doc, self.lex
        if cue.lower_ not in lex.agentless_reports:
            return None
        k = cue.i + 1
        while k < sent.end and doc[k].lower_ in lex.adverbials:
            k += 1
        if k >= sent.end or not (doc[k].text == "," or doc[k].lower_ in lex.complementizers):
            return None
        content = self._content(sent, k + 1)
        if content is None:
            return None
        q = Quote(content[0], content[1], "indirect", 0)
        q.attribute(cue)
        return q

    # --- "Atut didakwa menerima suap" / "Dari surat dakwaan, …" -------------------------------
    def _passive(self, sent: Span, cue: Token) -> Quote | None:
        """X <passive belief> [oleh] [title] Y <predicate …>: what is said of X, by Y or an
        unnamed source; not "yang disebut …", nor before a noun ("disebut sebagai …"). Opening a
        sentence it reports the rest ("Disebutkan investor …"); a rumour ("dikabarkan") reports
        any predicate, also after "yang"; so does a named person's or a suffix's view ("…,
        dinilai Habiburokhman jauh dari …", "Kondisi ini diakuinya berbeda …", "Hal ini,
        dinilainya, tidak sebanding …"); a judgement ("dinilai") only with its judge named."""
        doc, lex, phrases = self.doc, self.lex, self.phrases
        k, agent = cue.i + 1, None
        suffix = lex.passive_suffix(cue.text)
        rumour = cue.lower_ in lex.rumour_passives
        prev = doc[cue.i - 1] if cue.i > sent.start else None
        closes = prev is not None and phrases.relative_closed(cue.i - 1, sent.start)
        if prev is None:  # "Disebutkan [bahwa] investor …"
            k += k < sent.end and doc[k].lower_ in lex.complementizers
            rumour = True
        elif prev.is_punct and not (suffix or closes) or prev.lower_ in lex.negators \
                or prev.lower_ in lex.relativizers and not rumour \
                or not rumour and phrases.subject_before(cue.i, sent.start) is None:
            return None
        if suffix:
            k += k < sent.end and doc[k].text == ","
        elif k < sent.end and (doc[k].lower_ in lex.source_prepositions | lex.titles
                               or phrases.names.in_entity(k)):
            agent = phrases.phrase_after(k, sent.end)
            if agent is not None and doc[k].lower_ in lex.titles and not any(
                    e.label_ == "PER" for e in phrases.names.ents_in(agent.start, agent.end)):
                agent = None  # "dianggap pemimpin …" is no agent, "dianggap Ketua X" is
            k = agent.end if agent is not None else k
        viewed = suffix or agent is not None and any(
            e.label_ == "PER" for e in phrases.names.ents_in(agent.start, agent.end))
        if k >= sent.end or not (doc[k].lower_ in lex.predicate_words | lex.adverbials
                                 or lex.is_predicate_verb(doc[k].lower_)
                                 or (rumour or viewed) and not (
                                     doc[k].is_punct or doc[k].lower_ in lex.phrase_breaks)):
            return None
        sourced = agent is not None or suffix
        content = self._content(sent, k)
        if content is None or not sourced and cue.lower_ in lex.judgement_passives:
            return None
        q = Quote(content[0], content[1], "indirect", 0, wrapper=True, unsourced=not sourced)
        q.attribute(cue, agent, (cue.idx + len(cue.text) - suffix, cue.idx + len(cue.text))
                    if suffix else None)
        return q

    def _document(self, sent: Span) -> Quote | None:
        """Dari surat dakwaan [X], <clause>: a document, and its author if named, as source,
        when no cue of its own reports a quotation in the clause ("Dalam keterangan video itu
        Budi menulis, "…"")."""
        doc, lex = self.doc, self.lex
        opener = sent[0]
        first = opener.i + 1 + (opener.i + 1 < sent.end
                                and doc[opener.i + 1].lower_ in lex.document_prepositions)
        k = first
        while k < sent.end and doc[k].lower_ in lex.documents:
            k += 1
        comma = next((j for j in range(k, min(sent.end, k + 8)) if doc[j].text == ","), None)
        if opener.lower_ not in lex.document_openers or k == first or comma is None \
                or lex.anaphora_markers & {doc[k].lower_, doc[comma - 1].lower_}:
            return None
        author = self.phrases.phrase_after(k, comma) if k < comma else None
        content = self._content(sent, comma + 1)
        rest = doc[k:sent.end]
        if content is None or any(t.text in MARKS for t in rest) and any(
                lex.is_cue_word(t.text) for t in rest):
            return None  # "Dalam keterangan fotonya, Ani menuliskan "repost"" reports itself
        q = Quote(content[0], content[1], "indirect", 0, wrapper=True, unsourced=author is None)
        q.attribute(opener, author)
        return q

    # --- "X dalam keterangan resminya, …" ---------------------------------------------------
    def _statement_phrase(self, sent: Span, tok: Token) -> Quote | None:
        """X dalam keterangan resminya, <clause>."""
        doc, lex = self.doc, self.lex
        for phrase in lex.statement_phrases:
            if phrase[0] != tok.lower_:
                continue
            n = len(phrase)
            if [t.lower_ for t in doc[tok.i:tok.i + n]] != list(phrase):
                continue
            after = tok.i + n
            if after >= sent.end or doc[after].text != "," or any(
                    t.lower_ in lex.reporting_verbs for t in doc[after:after + 8]):
                return None
            subject = self.phrases.subject_before(tok.i, sent.start)
            content = self._content(sent, after + 1)
            if subject is None or content is None:
                return None
            q = Quote(content[0], content[1], "indirect", 0, mention=subject)
            q.cue = (tok.idx, doc[after - 1].idx + len(doc[after - 1].text))
            q.cue_token = tok.i
            return q
        return None

    # --- the reported clause ------------------------------------------------------------------
    def _content(self, sent: Span, i: int, stop: int | None = None) -> Offsets | None:
        """Offsets of the reported clause from token i to `stop`, the sentence end or a
        trailing cue (", menurut X"); a writer's opener ("Seperti diketahui,"), trailing
        "demikian" and punctuation are left out, but for a bracket closing one the clause opens
        ("… belanja negara (APBN).")."""
        doc, lex = self.doc, self.lex
        trailing = lex.according_cues | lex.speech_cues | lex.source_cues | lex.source_connectors
        j, stop = i, sent.end if stop is None else stop
        while j < stop and not doc[j].is_space:
            if doc[j].text == "," and j + 1 < sent.end and doc[j + 1].lower_ in trailing:
                break
            j += 1
        while j > i and (doc[j - 1].is_punct and doc[j - 1].text not in STRAIGHT + CLOSING
                         and not self._closes_bracket(i, j - 1)
                         or doc[j - 1].is_space or doc[j - 1].lower_ == "demikian"):
            j -= 1
        if i == sent.start and doc[i].idx == 0:   # the body's first words: past its dateline
            i = next((k + 1 for k in range(i, min(j, i + DATELINE_TOKENS))
                      if self.phrases.dateline_dash(k)), i)
        i += next((len(p) + 1 for p in lex.content_openers if i + len(p) < j and doc[
            i + len(p)].text == "," and tuple(t.lower_ for t in doc[i:i + len(p)]) == p), 0)
        while i < j and doc[i].is_punct and doc[i].text not in OPENING + STRAIGHT:
            i += 1
        if len([t for t in doc[i:j] if not t.is_punct]) < 2 or self._only_time(i, j):
            return None
        return doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)

    def _closes_bracket(self, i: int, k: int) -> bool:
        """Whether token k is a closing bracket and tokens i..k leave a bracket open."""
        inside = self.doc[i:k].text
        return self.doc[k].text == ")" and inside.count("(") > inside.count(")")

    def _only_time(self, i: int, j: int) -> bool:
        """Whether tokens i..j are only a date or time ("Kamis (10/8)", "Senin pagi"): each is
        punctuation, a number, a calendar or time word, or inside a time expression."""
        doc, lex, timed = self.doc, self.lex, self.phrases.names.timed
        return all(t.is_punct or t.like_num or t.i in timed or t.lower_ in lex.calendar
                   or t.lower_ in lex.time_nouns for t in doc[i:j])

    def _after_comma(self, sent: Span, k: int) -> Offsets | None:
        """The clause after a speaker ending at token k, past commas and dates, if it is one
        (with a time opening it: "…, kata X saat ini dituntut …"), and past a time set off by
        commas ("Mengutip Billboard, pada 3 Mei lalu, …")."""
        doc, lex = self.doc, self.lex
        while k < sent.end:
            timed = self._time_aside(sent, k) if k > 0 and doc[k - 1].text == "," else k
            if timed > k:
                k = timed
            elif doc[k].text in {",", "(", ")", "/"} or doc[k].like_num or doc[
                    k].lower_ in lex.calendar | lex.adverbials and doc[k].lower_ not in lex.negators:
                k += 1
            else:
                break
        if k >= sent.end or doc[k].is_punct or doc[k].lower_ in lex.phrase_breaks \
                and k not in self.phrases.names.time_ends:  # "kata X saat ini dituntut …"
            return None
        content = self._content(sent, k)
        if content is None or len(doc.text[content[0]:content[1]].split()) < 3:
            return None
        return content

    def _time_aside(self, sent: Span, k: int) -> int:
        """The comma closing a time at token k, after a preposition there ("pada 3 Mei lalu,"):
        the time layer's expression, or numbers and calendar and time words; k when none."""
        doc, lex = self.doc, self.lex
        end = self._past_time(sent, k)
        if end == k:
            start = end = k + (k < sent.end and doc[k].lower_ in lex.phrase_breaks)
            while end < sent.end and (doc[end].like_num or doc[end].lower_ in
                                      lex.calendar | lex.time_nouns | lex.adverbials):
                end += 1
            end = k if not any(t.like_num or t.lower_ in lex.calendar | lex.time_nouns
                               for t in doc[start:end]) else end
        return end if k < end < sent.end and doc[end].text == "," else k

    def _named_or_pronoun(self, mention: Span) -> bool:
        """Whether a speaker mention is a pronoun or opens with a person's name."""
        return mention[0].lower_ in self.lex.pronouns or any(
            e.start == mention.start and e.label_ == "PER" for e in self.phrases.names.ents)

    def _drop_nested(self, found: list[Quote]) -> list[Quote]:
        """Settle quotes whose cue lies in another's content. When a new clause holds the inner
        quote ("Menurut X, A, dan Y bersumpah …"; "X mengakui A, namun ia berharap B") the
        outer ends before it; otherwise a source wrapper gives way to the inner quote ("Menurut
        X, Y mengatakan …") unless it is the manner of a deed ("dengan menyebut …") or a passive
        with no source of its own ("Menurut X, A disebut …": X is the source), and an inner
        cue inside a reported clause is part of it, unless the clause is a claim its maker's
        relative clause reports ("membantah tudingan X yang menyebut A": the quote is A)."""
        doc = self.doc
        drop: set[int] = set()
        for a, outer in enumerate(found):
            for b, inner in enumerate(found):
                if a == b or a in drop or b in drop or inner.cue is None:
                    continue
                if not outer.start <= inner.cue[0] < outer.end:
                    continue
                head = inner.mention.start if inner.mention is not None else None
                if not outer.wrapper and head is not None and inner.cue_token > 0 \
                        and doc[inner.cue_token - 1].lower_ in self.lex.relativizers \
                        and doc.text[outer.start:outer.end].split(None, 1)[0].lower() \
                        in self.lex.claim_nouns:
                    drop.add(a)   # "membantah tudingan X yang menyebut A": X's words A
                    break
                if not outer.wrapper and head is not None and head > 1 \
                        and doc[head - 1].lower_ in self.lex.clause_openers \
                        and doc[head - 2].text == "," and outer.start < doc[head - 2].idx \
                        and self._named_or_pronoun(inner.mention):
                    outer.end = doc[head - 2].idx  # "X mengakui A, namun ia berharap B"
                    continue
                if not outer.wrapper or doc[inner.cue_token - 1].lower_ in self.lex.manner_markers \
                        or inner.unsourced and outer.cued:
                    drop.add(b)   # "Menurutnya, A menghina agama dengan menyebut B": one report;
                    continue      # "Menurut X, A disebut masih …": the passive's source is X
                if head is not None and len(doc.text[outer.start:doc[head].idx].split()) > 3 and (
                        doc[head - 1].lower_ in self.lex.coordinators or doc[head - 1].text == ","):
                    outer.end = len(doc.text[:doc[head - 1].idx].rstrip(" ,"))
                else:
                    drop.add(a)
        return [q for k, q in enumerate(found) if k not in drop]


def _in_brackets(span: Span) -> bool:
    """Whether `span` leaves a round bracket open."""
    depth = 0
    for t in span:
        depth += (t.text == "(") - (t.text == ")" and depth > 0)
    return depth > 0
