"""Entity recognition backed by the knowledge base, merged with the statistical NER, and linked.

`EntityLinker.__call__` runs these stages over a `Doc` whose `doc.ents` may already hold the
statistical NER's PER/ORG/LOC spans:
1. KB ruler: every strong KB alias, phrase-matched in lower case, longest match first; an
   all-caps alias ("AS", "PBB") matches only in its own case, a lower-case mention only for
   country and group names that are not ordinary words ("suriah", not "barat"); an ordinary
   word opening a sentence is no name alone ("Tempo dan ..."); an alias of several entities
   goes to the one of the statistical span's kind ("Barcelona" ORG is the club), a city after a
   match cue to its club ("tuan rumah Granada"); a league is a competition (EVENT).
2. Rules: a head word opens a name over the capitalised words after it and fixes its label
   ("Gedung X" FAC, "Laut X" LOC, "Kementerian X" ORG, "Perang Dunia II" EVENT), not after a
   seat word ("Kantor | KPK") or inside a role ("Majelis Hakim"); a person after a title and
   its portfolio words ("Menteri Perhubungan | Ignasius Jonan"); the players of a line-up;
   venues and competitions by English tail words ("Manchester Arena", "India Open Super Series").
3. Statistical spans: cut at "vs" and at a comma before a head word; an ordinary word opening
   a sentence cut off ("Kepergian | Neymar"); PER spans trimmed of titles, ranks, roles and
   degrees ("Presiden Rusia Vladimir Putin", "Laksamana Madya Widodo", "Fitria Amalia, M.Kes";
   a given-name title before two names stays: "Ratu Tisha Destria"), of a word glued before or
   after a name found alone ("umpan | Juan Pablo Pino", "Maia | Duet", "Aji | Arema"); an
   office's acronym parted from its holder ("Menteri ESDM | Ignasius Jonan"); others cut at an
   honorific ("Denpasar | Dr Ketut Sumadi") and after titles before an organisation ("Humas |
   Mahkamah Konstitusi"); degrees, titles and words never a name alone ("Jaya", "Ratas")
   dropped; a person split off a KB name it is glued to ("Everton | Cuco Martina"). Then, over
   the article (`entity_rules`): works and products dropped ("film Deadpool"), persons the model
   labelled ORG/GPE relabelled ("kata Neymar"), one label for a name the model labels two ways.
4. Merge: common nouns' acronyms and their expansions dropped ("WNI", "badan usaha milik
   negara (BUMN)"); the dateline's place a GPE alone ("YOGYAKARTA | – Kerja"); the longer span
   wins; between equal spans KB > rule > statistical; nothing inside a "(Baca: ...)" link; an
   event takes its year ("Photokina 2016"); in an article of clubs a city named like a club is
   the club where nothing puts it on the map ("Spurs menelan Leicester").
5. Linking (`warta.nlp.linking`): KB entity, acronyms defined in brackets, name parts of a
   fuller mention, weak KB aliases, else the fullest form in the article (a short head word
   spelled out: "Ditjen Pajak" -> "Direktorat Jenderal Pajak").
Sets `doc.ents` (fine labels), `span.kb_id_` (QID or ""), `span._.name`, `span._.country`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterable

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from warta.article.body import find_dateline
from warta.article.metadata import WEB_NAME
from warta.kb import (Entity, KnowledgeBase, alias_key, common_words, country_codes, load_kb,
                      person_tokens)
from warta.kb.base import SERIAL_COMMA
from warta.lang import load_yaml
from warta.nlp.components.entity_rules import (BRAND, GROUP_NAME, QUOTES, ArticleCase,
                                               SpanRules, known_person_end, opens_clause)
from warta.nlp.linking import KB, NER, PLACES, RULE, Mention, link_mentions, person_index

ACRONYM_MAX = 8
GLOSS = re.compile(r"-[a-z]\w*")   # a dash opening a gloss or a clitic: "Mutiara Hitam | -julukan"
NAME_PUNCT = ("-", "'", "\u2019", ".")   # punctuation inside names: al-Assad, O'Neil, B. J.
LINE = re.compile(r"[^\n]+")
RESULT = re.compile(r"\d+ ?- ?\d+|\bvs\b")   # a score or a pairing: a line of results
YEAR = re.compile(r"(19|20)\d\d")
ORDINAL = re.compile(r"[Kk]e-\d+")
QUOTE_MARKS = frozenset("'\u2018\u2019\"\u201c\u201d")
LINE_UP_ITEM = re.compile(r"[;,]")
DAY_COUNT = re.compile(r"H ?[+-] ?\d+")   # days counted from a holiday: "H+7", "H - 3"
DASHES = frozenset({"-", "\u2013", "\u2014"})   # parting the stops of a route
INITIAL = re.compile(r"[A-Z]\.")   # a given name's initial before a name: "T. Alvin Papatria"


def is_acronym(text: str) -> bool:
    """An all-caps form such as "AS", "PBB", "A.S.", "PDI-P"."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= ACRONYM_MAX


class EntityLinker:
    """Recognises and links named entities with a `KnowledgeBase` and language word lists."""

    def __init__(self, nlp: Language, name: str = "warta_entities", *,
                 kb: KnowledgeBase | None = None, extra_kb: Iterable[str] = (),
                 without_kb: Iterable[str] = ()):
        self.name = name
        self.kb = kb if kb is not None else load_kb(extra=extra_kb, without=without_kb)
        person_index(self.kb)   # the misspelt-name index, built at load, not in a document
        self.codes = country_codes()
        words = load_yaml(nlp.lang, "entities.yaml")
        quotes = load_yaml(nlp.lang, "quotes.yaml")
        times = load_yaml(nlp.lang, "times.yaml")
        self.months = frozenset(times["months"]) | frozenset(times["hijri_months"])
        self.month_cues = frozenset(words["month_cues"])
        # reporting and source verbs and nouns for a person are words, whatever case IndoSum
        # writes them in ("Melansir Soompi, …", "Bocah remaja itu …" open sentences), and so
        # are interjections ("Yuk, …")
        self.common = common_words(nlp.lang) | frozenset(words["interjections"]) | {
            w.lower() for key in ("reporting_verbs", "source_cues", "according_cues",
                                  "person_nouns") for w in quotes[key]}
        self.rules = SpanRules(words, self.common, person_tokens(nlp.lang),
                               quotes["office_abbreviations"])
        self.speech_cues = frozenset(quotes["speech_cues"])
        self.reporting_verbs = frozenset(quotes["reporting_verbs"])
        self.speech_adverbs = frozenset(words["speech_adverbs"])
        self.company_cues = frozenset(words["company_cues"])
        self.tail_connectors = frozenset(words["tail_connectors"])
        self.common_phrases = frozenset(words["common_phrases"])
        self.body_ranks = frozenset(words["body_ranks"])
        self.state_body_types = frozenset(words["state_body_types"])
        self.clause_openers = frozenset(quotes["clause_openers"])
        self.pronouns = frozenset(quotes["pronouns"]) | frozenset(quotes["own_voice_pronouns"])
        self.not_alone = frozenset(words["not_alone"]) | frozenset(words["word_acronyms"])
        self.fac_tails = frozenset(words["fac_tails"])
        self.teams = frozenset(words["team_heads"])
        self.place_event_tails = frozenset(words["place_event_tails"])
        self.place_event_heads = [tuple(h.split()) for h in words["place_event_heads"]]
        self.account_words = frozenset(words["account_words"])
        self.units = frozenset(words["units"])
        self.tail_labels = {**{t: "EVENT" for t in words["event_tails"]},
                            **{t: "ORG" for t in words["org_tails"]},
                            **{t: "FAC" for t in self.fac_tails}}
        self.connectors = frozenset(words["connectors"])
        self.person_joins = frozenset(words["person_joins"])
        self.head_expansions = dict(words["head_expansions"])
        self.english_heads = dict(words["english_heads"])
        self.place_kinds = frozenset(words["place_kinds"])
        self.name_suffixes = frozenset(words["name_suffixes"])
        self.role_phrases = [tuple(p.split())
                             for p in words["role_phrases"] + words["meeting_phrases"]]
        self.role_starts = frozenset(p[0] for p in self.role_phrases)
        self.generic_bodies = frozenset(words["generic_bodies"])
        self.law_subjects = frozenset(words["law_connectors"])
        self.law_connectors = self.connectors | self.law_subjects
        self.org_span_tails = [tuple(t.split()) for t in words["org_span_tails"]]
        self.regional_bodies = frozenset(words["regional_bodies"])
        self.missions = frozenset(words["missions"])
        self.tier_bodies = [tuple(b.split()) for b in words["tier_bodies"]]
        self.tier_openers = frozenset(t[0] for t in self.tier_bodies)
        self.alias_words = frozenset(words["alias_words"])
        self.nickname_calls = frozenset(words["nickname_calls"])
        self.nickname_leads = frozenset(words["nickname_leads"])
        self.name_affixes = tuple(words["name_affixes"])
        self.given_name_variants = tuple(words["given_name_variants"])
        self.lowercase_blocklist = frozenset(words["lowercase_blocklist"])
        self.language_words = frozenset(words["language_words"])
        self.people_words = frozenset(words["people_words"])
        self.office_kinds = frozenset(tuple(o.split()) for o in words["office_kinds"])
        self.royal_titles = dict(words["royal_titles"])
        self.law_kinds = dict(words["law_kinds"])
        self.shared_name_words = frozenset(words["shared_name_words"])
        self.office_bodies = dict(words["office_bodies"])
        self.kb_type_labels = dict(words["kb_type_labels"])
        self.seats = frozenset(words["seat_words"])
        self.place_cues = frozenset(words["place_cues"])
        self.furniture_openers = frozenset(words["furniture_openers"])
        self.team_cues = frozenset(words["team_cues"])
        self.dated_event_words = frozenset(w.lower() for w in words["dated_event_words"])
        self.club_places = frozenset(words["club_places"])
        self.common_acronyms = frozenset(words["common_acronyms"])
        self.coordinate_words = frozenset(words["coordinate_words"])
        self.draw_heads = frozenset(words["draw_heads"])
        self.address_units = frozenset(words["address_units"])
        self.house_numbers = frozenset(words["house_numbers"])
        self.heads = {tuple(head.split()): label
                      for label, heads in words["heads"].items() for head in heads}
        sizes: dict[str, set[int]] = {}
        for head in self.heads:
            sizes.setdefault(head[0], set()).add(len(head))
        # a head's first word -> the sizes of the heads it opens, longest first
        self.head_sizes = {word: tuple(sorted(n, reverse=True)) for word, n in sizes.items()}
        self.surfaces: dict[str, list[tuple[str, Entity]]] = {}
        for surface, entity in self.kb.aliases():
            self.surfaces.setdefault(alias_key(surface), []).append((surface, entity))
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        forms = {s for pairs in self.surfaces.values() for s, _ in pairs}
        forms |= {re.sub(r"\s*-\s*", " - ", s) for s in forms if "-" in s}   # "Go - Jek"
        forms |= {SERIAL_COMMA.sub(r"\1", s) for s in forms if "," in s}   # "…, Klimatologi dan"
        self.matcher.add("KB", list(nlp.tokenizer.pipe(sorted(forms))))

    def __call__(self, doc: Doc) -> Doc:
        kb_mentions = self.match_kb(doc)
        per_starts = {m.start for m in kb_mentions if m.label == "PER"}
        per_starts |= {e.start for e in doc.ents if e.label_ == "PER"}
        aliased = self.aliased_starts(doc)
        per_starts |= aliased
        case = replace(ArticleCase.of(doc), speaking=frozenset(
            t.text for t in doc if t.is_title and t.is_alpha and self.speaks(doc, t.i, t.i + 1)))
        per_starts |= {t.i for t in doc if self.team_member(doc, t.i, kb_mentions, case)}
        persons = self.persons_elsewhere(doc)
        rule_mentions = self.match_heads(doc, kb_mentions, per_starts, persons)
        rule_mentions += self.titled_names(doc, kb_mentions)
        rule_mentions += self.titled_persons(doc, kb_mentions)
        rule_mentions += self.ranked_persons(doc, kb_mentions)
        rule_mentions += self.royal_names(doc)
        rule_mentions += line_up(doc)
        rule_mentions += self.result_codes(doc)
        rule_mentions += self.tail_names(doc)
        rule_mentions += web_names(doc)
        rule_mentions += self.account_platforms(doc)
        rule_mentions += brand_names(doc)
        rule_mentions += self.dated_events(doc)
        rule_mentions += self.place_events(doc, kb_mentions)
        rule_mentions += self.company_names(doc, kb_mentions)
        rule_mentions += self.route_places(doc, kb_mentions)
        spans = self.split_lists(self.rules.split_pairs(self.rules.join_persons(doc, kb_mentions)))
        ner_mentions = self.settle(doc, [m for e in spans
                                         for m in self.from_ner(e, kb_mentions, case,
                                                                aliased, persons)],
                                   kb_mentions)
        furniture = self.furniture(doc)
        candidates = [part for m in self.drop_common_acronyms(
            doc, kb_mentions + rule_mentions + ner_mentions)
            for part in self.speaking_holder(doc, m, case)]
        candidates += self.speaking_names(doc, {i for m in candidates
                                                for i in range(m.start, m.end)}, case)
        place = self.dateline_place(doc)
        if place is not None:   # the dateline's place alone, before anything glued to it
            candidates = [place] + [m for m in candidates if m.end <= place.start
                                    or m.start >= place.end or (m.start, m.end) == (
                                        place.start, place.end)]
        chosen = [m for m in select([m for m in candidates
                                     if within_paragraph(doc, m) and well_formed(doc, m)])
                  if m.start not in furniture]
        self.club_cities(doc, chosen, place)
        self.widen_given_names(doc, chosen, case)
        self.coordinated_persons(doc, chosen)
        self.speaking_places(doc, chosen, case)
        add_years(doc, chosen)
        self.org_tails(doc, chosen)
        self.national_arms(doc, chosen)
        self.regional_branches(doc, chosen, kb_mentions)
        self.tiered_bodies(doc, chosen)
        given_titles = {doc[m.start].text for m in chosen if m.label == "PER"   # "Raja" alone
                        and m.end - m.start > 2 and doc[m.start].lower_ in self.rules.name_titles}
        link_mentions(doc, chosen, kb_mentions, self.kb,
                      lambda tok: tok.lower_ not in self.clause_openers
                      and not self.rules.corps_code(tok)
                      and not self.rules.ordinary_opener(tok, case) and (
                          self.is_name(tok) or self.name_by_case(tok, case)
                          or tok.text in given_titles),   # not "Adapun | Sugiharto",
                      # "Perkenalkan | Lulu Hashimoto"
                      self.alias_words | self.nickname_calls, self.nickname_leads,
                      self.rules.org_words, self.rules.particles[1:], self.name_affixes,
                      self.given_name_variants, self.rules.locatives, self.shared_name_words,
                      self.office_bodies, self.royal_titles, self.law_kinds)
        self.widen_repeats(doc, chosen)
        self.spell_out_heads(doc, chosen)
        persons = {m.start for m in chosen if m.label == "PER"}
        chosen = [m for m in chosen if not self.no_name(doc, m, case, persons)]
        doc.ents = [self.to_span(doc, m) for m in sorted(chosen, key=lambda m: m.start)]
        return doc

    def no_name(self, doc: Doc, m: Mention, case: ArticleCase, persons: set[int]) -> bool:
        """Whether a chosen mention names nothing after all: an ordinary word (unless it speaks
        and the article capitalises it more than once: "kata Novel"), a job title or a rank, a
        coordinate, group or address unit, or one letter ("Navas (K)": a position)."""
        head = m.resolved()
        return (self.ordinary_word(doc, head) and not (
                    self.speaks(doc, head.start, head.end)
                    and doc[head.start].lower_ in case.repeated)
                or self.job_title(doc, head) or self.rank(doc, m, persons)
                or self.not_a_name(doc, m) or len(m.text) == 1)

    def ordinary_word(self, doc: Doc, head: Mention) -> bool:
        """Whether a mention (by its head mention) is one ordinary word capitalised, that
        nothing named: no KB entity, no fuller name ("Penipuan dan atau Penggelapan",
        "Musikus disc jockey …", "Terimakasih atas …"; not "Novel" for Novel Baswedan)."""
        return head.end - head.start == 1 and head.entity is None \
            and doc[head.start].lower_ in self.common and head.name == doc[head.start].text

    def coordinated_persons(self, doc: Doc, mentions: list[Mention]) -> None:
        """A statistical organisation joined by "dan" to a person is a person too: one word in
        title case that the KB does not know ("terdakwa Irman dan Sugiharto"), or two or three
        such words, place or organisation to the model, none an organisation's, venue's or
        connecting word ("The") nor a head word ("Marco Borriello dan Diego Farias")."""
        ends = {m.end for m in mentions if m.label == "PER"}
        starts = {m.start for m in mentions if m.label == "PER"}
        for m in mentions:
            words = doc[m.start:m.end]
            if m.source == NER and (m.label == "ORG" and len(words) == 1 or (
                    m.label in ("ORG", "GPE") and len(words) in (2, 3)
                    and not any(t.lower_ in self.rules.org_words or t.text in self.fac_tails
                                or t.lower_ in self.connectors
                                or self.head_at(doc, t.i) is not None for t in words))) \
                    and all(t.is_title and t.is_alpha and alias_key(t.text) not in self.surfaces
                            for t in words) \
                    and (m.start - 1 in ends and doc[m.start - 1].lower_ in self.person_joins
                         or m.end + 1 in starts and doc[m.end].lower_ in self.person_joins):
                m.label = "PER"

    def speaking_places(self, doc: Doc, mentions: list[Mention], case: ArticleCase) -> None:
        """A place of two or three words that only the model vouches for (the KB knows none of
        it), whose first word the article has speak alone elsewhere, is a person ("Bank
        Indonesia, Juda Agung, memperkirakan … kata Juda")."""
        for m in mentions:
            if m.label in PLACES and m.source == NER and m.entity is None \
                    and 2 <= m.end - m.start <= 3 and doc[m.start].text in case.speaking \
                    and not any(alias_key(t.text) in self.surfaces for t in doc[m.start:m.end]) \
                    and self.head_at(doc, m.start) is None:
                m.label = "PER"

    def job_title(self, doc: Doc, head: Mention) -> bool:
        """Whether an organisation (by its head mention) is a job title or rank: the first
        and the last word a title, none an organisation's head word ("Chief Communication
        Officer (CCO)", "AKP" before "Arman"; not "Bidang Peternakan Dinas Pertanian")."""
        return head.label == "ORG" and head.entity is None \
            and doc[head.start].lower_ in self.rules.titles \
            and doc[head.end - 1].lower_ in self.rules.titles \
            and all(self.head_at(doc, i) is None for i in range(head.start, head.end))

    def not_a_name(self, doc: Doc, m: Mention) -> bool:
        """Whether a mention is a capitalised common phrase ("Tanah Air"), a coordinate
        ("Lintang Selatan"), a tournament's group ("Grup B", "Grup B." ending a sentence), a
        unit of an address before its number ("RT 03 / RW 05"), a social-media account's
        handle ("akun @ucikardin") or a day counted from a holiday ("H+9"), or a month after a
        word that dates by it ("saat | Ramadhan", "bulan | Ramadan"), no name."""
        after = doc[m.end] if m.end < len(doc) else None
        return doc[m.start:m.end].text in self.common_phrases or (
            m.end - m.start == 1 and doc[m.start].text in self.months and m.start > 0
                and doc[m.start - 1].lower_ in self.month_cues) \
            or doc[m.start].lower_ in self.coordinate_words or doc[m.start].text[:1] == "@" \
            or DAY_COUNT.fullmatch(doc[m.start:m.end].text) is not None or (
            m.end - m.start == 2 and doc[m.start].lower_ in self.draw_heads
            and len(doc[m.start + 1].text.rstrip(".")) == 1 and doc[m.start + 1].is_upper) or (
            doc[m.start:m.end].text in self.address_units and after is not None
            and (after.like_num or after.text in self.address_units or after.text == "/"))

    def rank(self, doc: Doc, m: Mention, persons: set[int]) -> bool:
        """Whether a one-word mention is a title or rank right before a person, whatever else
        it may abbreviate ("AKP | Arman", not the Turkish party)."""
        return m.end - m.start == 1 and m.end in persons \
            and doc[m.start].lower_ in self.rules.titles

    def dateline_place(self, doc: Doc) -> Mention | None:
        """The place of the dateline opening the text, a GPE ("Kuta, Bali (ANTARA News) -",
        "JUARA.NET, YOGYAKARTA – Kerja"), linked when the KB knows it."""
        place, _ = find_dateline(doc.text, doc.lang_)
        at = doc.text[:120].lower().find(place.lower()) if place else -1
        span = doc.char_span(at, at + len(place)) if at >= 0 else None
        if span is None:
            return None
        entity = self.best_entity(span, "LOC")
        return Mention(span.start, span.end, "GPE", RULE,
                       entity if entity is not None and entity.label in PLACES else None)

    def drop_common_acronyms(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Mentions without common nouns' acronyms ("WNI", "OTT"), a bracketed expansion
        before one ("Operasi Tangkap Tangan | (OTT)"), and acronyms the article defines by
        lower-case words: ones whose initials they are ("badan usaha milik negara (BUMN)"),
        any the KB does not know ("militan teroris asing (FTF)"; not after a pronoun: "kepada
        mereka (BTS)" names the band), and a word shortened from
        them that the KB knows only as a place ("perwira tinggi (Pati)"); also a mention that
        opens with such a word ("Pati TNI"), so that what follows it is named alone."""
        texts, expansions = set(self.common_acronyms), set()
        for tok in doc[2:-2]:
            if tok.text not in ("(", "/") or doc[tok.i + 2].text != ")":
                continue   # "(OTT)", "(initial coin offering / ICO)"
            short = doc[tok.i + 1].text
            if short in self.common_acronyms:
                expansions.add(tok.i)
            elif is_acronym(short) and len(short) > 1 and short.isalpha() and (
                    spells_out(doc[max(tok.i - len(short), 0):tok.i], short)
                    or (alias_key(short) not in self.surfaces
                        and doc[tok.i - 1].lower_ not in self.pronouns
                        and all(t.is_lower and t.is_alpha for t in doc[tok.i - 2:tok.i]))):
                texts.add(short)
            elif short.istitle() and short.isalpha() and self.only_places(short) and any(
                    shortens(doc[max(tok.i - n, 0):tok.i], short) for n in (2, 3)):
                texts.add(short)   # "perwira tinggi (Pati)", not the regency
        starts = {m.start for m in mentions if doc[m.start].text in texts}
        return [m for m in mentions if m.end not in expansions and m.start not in starts]

    def only_places(self, word: str) -> bool:
        """Whether the KB knows a word, and only as places."""
        known = self.surfaces.get(alias_key(word), ())
        return bool(known) and all(entity.label in PLACES for _, entity in known)

    def furniture(self, doc: Doc) -> set[int]:
        """Tokens of bracketed links to other articles ("(Baca: ... )", "(Baca juga: ...)"),
        page furniture inside the text."""
        inside: set[int] = set()
        for tok in doc[:-1]:
            if tok.text == "(" and doc[tok.i + 1].lower_ in self.furniture_openers and any(
                    t.text == ":" for t in doc[tok.i + 2:tok.i + 4]):
                end = next((t.i for t in doc[tok.i:] if t.text == ")" or "\n" in t.text),
                           len(doc))
                inside.update(range(tok.i, end))
        return inside

    def org_tails(self, doc: Doc, mentions: list[Mention]) -> None:
        """An organisation's span runs over the words written after its name that belong to
        it ("KPU | RI", "PT Inalum | (Persero)"); a mention those words held goes."""
        for m in [m for m in mentions if m.label == "ORG"]:
            end = m.end
            while tail := next((t for t in self.org_span_tails
                                if tuple(tok.text for tok in doc[end:end + len(t)]) == t), None):
                end += len(tail)
            if end > m.end and any(o is m for o in mentions):
                m.end = end
                mentions[:] = [o for o in mentions if o is m or o.end <= m.start
                               or o.start >= m.end]

    def national_arms(self, doc: Doc, mentions: list[Mention]) -> None:
        """An organisation, its organisation words and a country after them are one company's
        name, its arm in that country ("SGMW | Motor | Indonesia", "Mandiri | Capital
        Indonesia"), and another country's ministry before one is that country's ("Kemlu |
        Jepang"); the mentions those words held go."""
        countries = {m.start: m for m in mentions
                     if m.entity is not None and m.entity.type == "country"}
        for m in [m for m in mentions if m.label == "ORG"]:
            end = m.end
            while end < len(doc) and end - m.end < 2 and doc[end].text[:1].isupper() \
                    and doc[end].lower_ in self.rules.org_words:
                end += 1
            country = countries.get(end)
            if country is not None and any(o is country for o in mentions) and (
                    end > m.end or doc[m.end - 1].lower_ in self.rules.org_words
                    or m.entity is not None and m.entity.type in self.state_body_types
                    and m.entity.country != country.entity.country):
                m.end, m.entity = country.end, None   # not the parent's or the other state's
                mentions[:] = [o for o in mentions if o is m or o.end <= m.start
                               or o.start >= m.end]

    def regional_branches(self, doc: Doc, mentions: list[Mention],
                          kb_mentions: list[Mention]) -> None:
        """A national body followed by an Indonesian province, regency or city, also after its
        head word ("BNN | Provinsi Jawa Tengah"), is its office there, and an Indonesian mission
        followed by a foreign place its post there: one organisation named as written ("KPU |
        Jawa Tengah" -> "KPU Jawa Tengah", "KJRI | Davao City"); the place's mention goes."""
        starts = {m.start: m for m in mentions}
        for m in [m for m in mentions if m.label == "ORG"]:
            body, place = doc[m.start:m.end].text, starts.get(m.end)
            if place is None or place.label != "GPE":
                continue
            entity = place.entity or next((k.entity for k in kb_mentions if k.end == place.end
                                           and k.start > place.start), None)
            if entity is None:
                continue
            home = entity.country == "IDN"
            if ((body in self.regional_bodies and home
                    and entity.type in ("province", "regency", "city"))
                    or (body in self.missions and not home)):
                m.end, m.entity = place.end, None
                mentions.remove(place)

    def tiered_bodies(self, doc: Doc, mentions: list[Mention]) -> None:
        """A body named by its tier, an acronym in brackets and its parent or place, is one
        organisation ("Pengurus Pusat (PP) | PBSI", "Panitia Khusus (Pansus) | Angket KPK");
        the capitalised words after the brackets end it, before a person or a title; named
        without the brackets. The mentions inside go."""
        persons = {m.start for m in mentions if m.label == "PER"}
        done = 0
        for i in [tok.i for tok in doc if tok.text in self.tier_openers]:
            if i < done:
                continue
            tier = max((t for t in self.tier_bodies
                        if tuple(tok.text for tok in doc[i:i + len(t)]) == t), key=len, default=None)
            if tier is None:
                continue
            rest = i + len(tier) + 3
            if not (rest < len(doc) and doc[rest - 3].text == "(" and doc[rest - 1].text == ")"
                    and doc[rest - 2].is_alpha and doc[rest - 2].text[:1].isupper()):
                continue
            end = rest
            while (end < len(doc) and end not in persons and doc[end].is_alpha
                   and doc[end].text[:1].isupper() and doc[end].lower_ not in self.rules.titles
                   and doc[end].text not in self.rules.stop_words):
                end += 1
            end = max([end, *(m.end for m in mentions if rest <= m.start < end)])
            if end > rest:
                mentions[:] = [m for m in mentions if m.end <= i or m.start >= end]
                mentions.append(Mention(i, end, "ORG", RULE,
                                        full=f"{doc[i:rest - 3].text} {doc[rest:end].text}"))
                done = end

    # 1. KB ruler
    def match_kb(self, doc: Doc) -> list[Mention]:
        """Non-overlapping KB matches, longest first; an alias of several entities goes to the
        one of the statistical span's kind ("Barcelona" ORG: the club, not the city); none for a
        degree ("Budi, MA") nor for an organisation word that the statistical NER calls a person
        and that is part of a longer person's name in the article ("Keisuke Honda ... Honda"),
        unless that opens an account's name ("akun Instagram Bella ... akun Instagram"), nor
        for a royal named like a city ("Putri | Charlotte"), nor for a place whose kind word
        closes an office ("Wali | Kota Bandung")."""
        ner_kinds = {(e.start, e.end): kind(e.label_) for e in doc.ents}
        surnames = {t.lower_ for e in doc.ents if e.label_ == "PER" and len(e) > 1
                    and not any(t.is_space for t in e) and not self.after_account(e)
                    for t in e if not t.is_upper}
        found = []
        for _, start, end in self.matcher(doc):
            if self.language_at(doc, start):
                continue
            if end - start == 1 and (self.common_sentence_opener(doc[start])
                                     or self.rules.degree(doc[start])):
                continue
            entity = self.best_entity(doc[start:end], ner_kinds.get((start, end)))
            if entity is not None and self.honorific_alias(doc, start, end, entity):
                continue   # "Habib | Rizieq": the name without the honorific matches too
            if entity is None or (entity.label == "ORG" and ner_kinds.get((start, end)) == "PER"
                                  and doc[start:end].text.lower() in surnames):
                continue   # "Honda" after "Keisuke Honda" is the person
            if self.royal_name(doc, start, end, entity):
                continue   # "Putri | Charlotte": `royal_names` finds the person
            if start > 0 and (doc[start - 1].lower_, doc[start].lower_) in self.office_kinds:
                continue   # "Wali | Kota Bandung": "Bandung" matches too
            label = self.kb_type_labels.get(entity.type or "", entity.label)
            if label in PLACES and start > 0 and doc[start - 1].lower_ in self.people_words:
                label = "NORP"   # "suku Jawa"
            if entity.type in self.club_places and self.after_team_cue(doc, start):
                label = "ORG"   # "tuan rumah Granada": the club
            found.append(Mention(start, end, label, KB, entity))
        return select(found)

    def royal_names(self, doc: Doc) -> list[Mention]:
        """Royals named like a KB city right after their title ("Putri | Charlotte")."""
        return [Mention(tok.i, tok.i + 1, "PER", RULE) for tok in doc[1:]
                if doc[tok.i - 1].lower_ in self.royal_titles
                and any(self.royal_name(doc, tok.i, tok.i + 1, entity)
                        for _, entity in self.surfaces.get(alias_key(tok.text), ()))]

    def royal_name(self, doc: Doc, start: int, end: int, entity: Entity) -> bool:
        """Whether a KB city's one-word name is a royal's: right after a capitalised royal
        title, no name after it ("Putri | Charlotte merayakan"; not "Sultan Yogyakarta
        Hamengku Buwono X")."""
        return (entity.type == "city" and end - start == 1 and start > 0
                and doc[start - 1].is_title and doc[start - 1].lower_ in self.royal_titles
                and not (end < len(doc) and doc[end].text[:1].isupper()))

    def club_cities(self, doc: Doc, chosen: list[Mention], dateline: Mention | None) -> None:
        """In an article that names two clubs or more, a city the KB matched that names a club
        too is the club ("Spurs menelan Leicester", "Brighton, Everton, Southampton"), unless a
        locative, a place cue, a venue or another name before it puts it on the map ("di
        Leicester", "kelahiran Strasbourg", "Stadion Millennium, Cardiff", "MotoGP Valencia"),
        nor the dateline's place."""
        clubs = {m.entity.name for m in chosen
                 if m.label == "ORG" and m.entity is not None and m.entity.type == "club"}
        if len(clubs) < 2:
            return
        ends = {m.end: m for m in chosen}
        for m in chosen:
            if m.source != KB or m.label not in PLACES or m.entity is None \
                    or m.entity.type not in self.club_places or self.on_map(doc, m.start, ends) \
                    or dateline is not None and m.start == dateline.start:
                continue
            club = next((c.entity for c in self.kb.get_candidates(doc[m.start:m.end].text)
                         if c.entity.type == "club"), None)
            if club is not None:
                m.label, m.entity = "ORG", club

    def on_map(self, doc: Doc, i: int, ends: dict[int, Mention]) -> bool:
        """Whether a locative or place cue, a venue and a comma, or a name that is no club
        stand right before token `i` ("di | Leicester", "Stadion Millennium, | Cardiff",
        "MotoGP | Valencia"); `ends`: the chosen mentions by where they end."""
        if i == 0:
            return False
        before, venue, named = doc[i - 1].lower_, ends.get(i - 1), ends.get(i)
        return before in self.rules.locatives or before in self.place_cues or (
            before == "," and (venue is not None and venue.label == "FAC"
                               or i > 1 and doc[i - 2].text in self.fac_tails)) or (
            named is not None and (named.entity is None or named.entity.type != "club"))

    def honorific_alias(self, doc: Doc, start: int, end: int, entity: Entity) -> bool:
        """Whether a person's alias opens with an honorific and the words after it are an
        alias of the same person ("Habib Rizieq" and "Rizieq"): titles are outside the span."""
        return (entity.label == "PER" and end - start > 1
                and doc[start].lower_ in self.rules.honorifics
                and any(e is entity for _, e in self.surfaces.get(
                    alias_key(doc[start + 1:end].text), ())))

    def language_at(self, doc: Doc, i: int) -> bool:
        """Whether token `i` names a language: after a language word ("bahasa | Arab"), or
        listed after one ("bahasa Arab dan | Perancis", "bahasa Inggris, | Jepang")."""
        return i > 0 and (doc[i - 1].lower_ in self.language_words or (
            i > 2 and doc[i - 1].lower_ in ("dan", "atau", ",")
            and doc[i - 3].lower_ in self.language_words))

    def after_team_cue(self, doc: Doc, i: int) -> bool:
        """Whether a word or two before token `i` name a match's opponent or host ("melawan",
        "tuan rumah")."""
        return any(i >= n and " ".join(t.lower_ for t in doc[i - n:i]) in self.team_cues
                   for n in (1, 2))

    def common_sentence_opener(self, tok: Token) -> bool:
        """An ordinary word capitalised only because it opens a sentence or quote ("Tempo dan
        intensitas ..."), not an all-caps form."""
        return (tok.lower_ in self.common and not tok.is_upper
                and (bool(tok.is_sent_start) or (tok.i > 0 and tok.doc[tok.i - 1].text in QUOTES)))

    def titled_names(self, doc: Doc, kb_mentions: list[Mention]) -> list[Mention]:
        """A person named right after a title and the KB organisation or place it heads, which
        the statistical NER missed ("Direktur Utama Perum Peruri | Prasetio", "Gubernur Jawa
        Barat | Ridwan Kamil", "Juru Bicara KOI | Raja Parlindungan Pane"): up to four name
        words that the KB does not know (a given-name title opening two; no acronym), the last no
        organisation word ("Kepala Madinah | Almunawaroh Development Authority" is none)."""
        kb_at = {m.start: m for m in kb_mentions}
        starts_by_end = {k.end: k.start for k in kb_mentions}
        found = []
        for m in kb_mentions:
            first = m.start
            while first in starts_by_end:   # "Ketua DPR | RI | Abhan"
                first = starts_by_end[first]
            if m.label == "PER" or first == 0 or doc[first - 1].lower_ not in self.rules.titles:
                continue
            end = m.end
            if (end + 2 < len(doc) and doc[end].lower_ in self.rules.name_titles
                    and self.is_name(doc[end + 1]) and self.is_name(doc[end + 2])):
                end += 1   # a title that is also a given name opens the name ("KOI | Raja …")
            while (end < len(doc) and end - m.end < 4 and end not in kb_at
                   and self.is_name(doc[end]) and self.head_at(doc, end) is None
                   and not (doc[end].is_upper and len(doc[end]) > 2)):   # "NICE | APAC"
                end += 1
            if (end > m.end and not (end < len(doc) and doc[end].text[:1].isupper())
                    and doc[end - 1].lower_ not in self.rules.org_words):
                found.append(Mention(m.end, end, "PER", RULE))
        return found

    def result_codes(self, doc: Doc) -> list[Mention]:
        """A country's code in brackets after a player's name, seeded or not, in a line of
        results ("Ayaka Takahashi (1/JPN) vs Kim Ha-na (KOR) 21 - 18"): that country."""
        found, text = [], ""
        for tok in doc[2:-1]:
            name = self.codes.get(tok.text)
            k = tok.i - 1 - 2 * (doc[tok.i - 1].text == "/" and doc[tok.i - 2].like_num)
            if (name is None or doc[tok.i + 1].text != ")" or k < 1 or doc[k].text != "("
                    or not doc[k - 1].is_alpha):
                continue
            text = text or doc.text   # built once, and only for a code in brackets
            line = text[text.rfind("\n", 0, tok.idx) + 1:text.find("\n", tok.idx)]
            entity = self.kb.get_entity(name)
            if entity is not None and RESULT.search(line):
                found.append(Mention(tok.i, tok.i + 1, "GPE", RULE, entity))
        return found

    def spell_out_heads(self, doc: Doc, mentions: list[Mention]) -> None:
        """The name of an organisation or building the KB does not know, opened by a head word
        and naming no other organisation or law: an organisation's short head word spelled out
        ("Ditjen Pajak" -> "Direktorat Jenderal Pajak"; not "Kanwil Kementerian Agama"), a
        building's kind in English after its name, as its Wikipedia title has it ("Stadion
        Kanjuruhan" -> "Kanjuruhan Stadium"; a place's name run together spaced as the KB
        writes it: "Stasiun Tanahabang" -> "Tanah Abang Station"); a place without the word for
        its kind, where a name follows it ("Kota Mbay" -> "Mbay"; not "Kota Tua")."""
        for m in mentions:
            head = doc[m.start].text
            if (m.entity is not None or m.ref is not None or m.end - m.start < 2
                    or any(self.head_at(doc, i) for i in range(m.start + 1, m.end))):
                continue
            rest = doc[m.start + 1:m.end].text
            if m.label == "ORG" and head in self.head_expansions:
                m.full = f"{self.head_expansions[head]} {rest}"
            elif m.label == "FAC" and head in self.english_heads:
                m.full = f"{self.spaced_place(rest)} {self.english_heads[head]}"
            elif m.label in ("GPE", "LOC") and head in self.place_kinds \
                    and self.is_name(doc[m.start + 1]):
                m.full = rest

    def spaced_place(self, text: str) -> str:
        """A place's name the article runs together, spaced as the KB writes it ("Tanahabang"
        -> "Tanah Abang"); else the text as written."""
        joined = alias_key(text).replace(" ", "")
        for candidate in self.kb.get_candidates(text):
            name = re.sub(r" \(.*\)$", "", candidate.entity.name)
            if candidate.entity.label in PLACES and alias_key(name).replace(" ", "") == joined:
                return name
        return text

    def tail_names(self, doc: Doc) -> list[Mention]:
        """A venue, competition or listed company named by tail words after one to four
        capitalised words or possessives: a building word makes a FAC ("Manchester Arena",
        "Royal Manchester Children 's Hospital"), a competition or
        tour word an EVENT ("India Open Super Series", "Justin Bieber Purpose World Tour"),
        "Tbk" an ORG ("Summarecon Agung Tbk"), English connectors between the words ("Japan
        International Seafood and Technology Expo"); the tail runs to its last tail word."""
        found = []
        for tok in doc[1:]:
            label = self.tail_labels.get(tok.text)
            if label is None or (tok.i + 1 < len(doc)
                                 and self.tail_labels.get(doc[tok.i + 1].text) == label):
                continue
            first = tok.i
            while first > 0 and self.tail_labels.get(doc[first - 1].text) == label:
                first -= 1
            start, words = first, 0
            while start > 0 and words < 4:
                size = possessive(doc, start)   # "Children 's | Hospital"
                if size and doc[start - size - 1].text[:1].isupper():
                    start -= size
                    continue
                prev = doc[start - 1]
                if (prev.text in self.tail_connectors and start > 1 and words
                        and doc[start - 2].text[:1].isupper()):
                    start -= 1   # "Seafood | and | Technology Expo"
                    continue
                if (not prev.text[:1].isupper() or prev.text in self.rules.stop_words
                        or prev.lower_ in self.rules.titles):
                    break
                start, words = start - 1, words + 1
                if doc[start].is_sent_start:
                    break
            if (doc[start].is_sent_start and doc[start].lower_ in self.common
                    and self.head_at(doc, start) is None):
                start += 1   # "Saham | Summarecon Agung Tbk"
            if start < first:
                found.append(Mention(start, tok.i + 1, label, RULE))
        return found

    def speaking_names(self, doc: Doc, taken: set[int], case: ArticleCase) -> list[Mention]:
        """One or two name words that speak, named nowhere else as anything: after a speech
        cue that follows a quote or comma ('…," ujar Jonan'), or opening a clause before a
        reporting verb ("Jonan mengatakan …", "Mega pun menilai …"): a person, or an
        organisation where the article names it after a company word. Not a pronoun
        ("Ia mengatakan"), an ordinary word capitalised by position ("Tampilannya
        mengingatkan"), nor the start of a longer capitalised run ("kata Konsul Jenderal")."""
        excluded = {doc[i].lower_ for i in taken} | self.pronouns | self.generic_bodies

        def name_word(i: int, by_case: bool = False) -> bool:
            """A name word; with `by_case`, also an ordinary word this article capitalises
            more than once ("kata Novel", "kata Day"; not "kata Pimpinan sendra tari …, X"),
            which is a whole name only alone."""
            tok = doc[i]
            return i not in taken and tok.is_alpha and not tok.is_upper \
                and (self.is_name(tok) or by_case and self.name_by_case(tok, case)
                     and tok.lower_ in case.repeated) \
                and tok.lower_ not in excluded and not self.capitalised_by_position(tok, case) \
                and self.head_at(doc, i) is None   # not "Kementerian menegaskan", "Tampilannya"

        companies = self.company_named(doc)
        found = []
        i = 0
        while i < len(doc):
            if not name_word(i, by_case=True) or i > 0 and name_word(i - 1, by_case=True):
                i += 1
                continue
            end = i + 1 + (i + 1 < len(doc) and name_word(i + 1))
            if end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in (
                    self.connectors - {"dan"})):   # "kata Konsul Jenderal", "ucap Head of"
                i = end
                continue
            if self.speaks(doc, i, end):
                found.append(Mention(i, end, "ORG" if doc[i:end].text in companies else "PER",
                                     RULE))
            i = end
        return found

    def company_named(self, doc: Doc) -> set[str]:
        """Names this article puts after a company word ("aplikasi Deliveree"): an organisation
        wherever it speaks ("Deliveree percaya …")."""
        return {doc[i].text for i in range(1, len(doc))
                if doc[i - 1].lower_ in self.company_cues and doc[i].is_title}

    def speaks(self, doc: Doc, start: int, end: int) -> bool:
        """Whether doc[start:end] stands where a speaker does: after a speech cue that follows
        a quote or comma ('…," kata Novel'), or opening a clause before a reporting verb
        ("Mega pun menilai …")."""
        prev = doc[start - 1] if start > 0 else None
        after = [t.lower_ for t in doc[end:end + 2]]
        while after and after[0] in self.speech_adverbs:   # "Mega pun menilai"
            after = after[1:]
        cued = start > 1 and prev.text in self.speech_cues and doc[start - 2].is_punct  # not "Aku"
        opens = prev is None or doc[start].is_sent_start or prev.is_punct
        return cued or opens and bool(after) and after[0] in self.reporting_verbs

    def titled_persons(self, doc: Doc, kb_mentions: list[Mention]) -> list[Mention]:
        """A person that neither the model nor the KB found, named after a title and its
        portfolio words ("Menteri Perhubungan | Ignasius Jonan menggelar"): two to four name
        words, none common or derived, not all-caps, the last no organisation word, before a
        word that is no name nor a bracket (an organisation's acronym: "Koordinator Indonesia
        Corruption Watch (ICW)")."""
        taken = {i for m in kb_mentions for i in range(m.start, m.end)}
        taken |= {i for e in doc.ents for i in range(e.start, e.end)}
        found = []
        for tok in doc:
            if tok.lower_ not in self.rules.titles or tok.lower_ in self.rules.honorifics:
                continue
            start = tok.i + 1
            while start < len(doc) and start not in taken and self.portfolio_word(doc[start]):
                start += 1
            end = start
            while (end < len(doc) and end - start < 4 and end not in taken
                   and self.is_name(doc[end]) and not doc[end].is_upper
                   and not self.rules.derived(doc[end].lower_) and self.head_at(doc, end) is None):
                end += 1
            after = doc[end].text if end < len(doc) else ""
            if (end - start >= 2 and start > tok.i + 1 and not (after[:1].isupper() or after == "(")
                    and doc[end - 1].lower_ not in self.rules.org_words):
                found.append(Mention(start, end, "PER", RULE))
        return found

    def ranked_persons(self, doc: Doc, kb_mentions: list[Mention]) -> list[Mention]:
        """The person named after a rank ("Pratu | Ibnu Hidayat", "Prada | Danar", "Kapten Arh
        | Herubelum"): one to four capitalised name words, none all-caps ("Brigjen TNI") nor
        the KB's, after a capitalised rank or any title with a corps code after it."""
        taken = {i for m in kb_mentions if m.start > 0 and doc[m.start - 1].lower_
                 not in self.rules.ranks for i in range(m.start, m.end)}
        found = []
        for tok in doc[:-1]:
            start = tok.i + 1
            if self.rules.corps_code(doc[start]):
                start += 1
            elif not (tok.is_title and tok.lower_ in self.rules.ranks):
                continue
            end = start
            while (end < len(doc) and end - start < 4 and end not in taken
                   and self.is_name(doc[end]) and not doc[end].is_upper):
                end += 1
            if end > start:
                found.append(Mention(start, end, "PER", RULE))
        return found

    def portfolio_word(self, tok) -> bool:
        """A capitalised word of an office after a title ("Menteri | Perhubungan", "Menteri |
        ESDM", "Kepala Staf"): a title, an acronym, or a common or derived word."""
        return tok.text[:1].isupper() and (tok.lower_ in self.rules.titles or tok.is_upper
                                           or self.rules.derived(tok.lower_))

    def name_by_case(self, tok, case: ArticleCase) -> bool:
        """An ordinary word that is a name in this article: never written in lower case in it,
        capitalised where no sentence or quote opens, and so also where one does ("kasus
        Novel" and "Novel diperiksa" after "Novel Baswedan")."""
        low = tok.lower_
        return (tok.is_title and low in self.common
                and (not opens_clause(tok) or low in case.mid_caps)
                and tok.text.lower() not in case.lower and low not in self.rules.titles
                and low not in self.not_alone and tok.text not in self.rules.stop_words)

    def is_name(self, tok) -> bool:
        """A capitalised token that can be a name on its own: no title, connector, weekday,
        ordinary word, company suffix ("Tbk") or word never a name alone ("Jaya")."""
        low = tok.lower_
        return (tok.text[:1].isupper() and low not in self.rules.titles
                and low not in self.connectors
                and tok.text not in self.rules.stop_words and low not in self.common
                and low not in self.not_alone and low not in self.rules.company_suffixes)

    def best_entity(self, span: Span, prefer: str | None = None) -> Entity | None:
        """The most likely entity among the aliases that the span's casing allows, those of
        the kind `prefer` (PER, ORG, place) first."""
        pairs = self.surfaces.get(alias_key(span.text), ())
        fitting = [entity for alias, entity in pairs if self.case_fits(span.text, alias, entity)]
        return max(fitting, key=lambda e: (kind(e.label) == prefer, e.prior), default=None)

    def case_fits(self, text: str, alias: str, entity: Entity) -> bool:
        """Whether a text's casing allows the alias: the same text, an acronym's letters, a
        capitalised text that writes no capitalised word of the alias in lower case between
        capitalised ones (not "Kantor berita | Reuters", a descriptor before the name; "Jawa
        tengah" is the province), or a lower-case country or group."""
        if text == alias:
            return True
        if is_acronym(alias):
            return text.replace(" ", "") == alias.replace(" ", "")
        if text[:1].isupper():
            words = text.split()
            return not any(a[:1].isupper() and t.islower() and after[:1].isupper()
                           for t, a, after in zip(words[1:], alias.split()[1:], words[2:]))
        return (text.islower() and text not in self.lowercase_blocklist
                and (entity.type == "country" or entity.label == "NORP"))

    # 2. Head-word rules
    def match_heads(self, doc: Doc, kb_mentions: list[Mention], per_starts: set[int],
                    persons: set[int]) -> list[Mention]:
        """Names opened by a head word, over the capitalised words that follow it; a name
        needs one capitalised word after its head ("Pasal 4" alone is none), and a law one
        other than the surname of a person the article names in full ("Keputusan Conte"). An
        organisation's name stops before a person, also one the model finds elsewhere
        (`persons_elsewhere`), but goes on over an ordinary word that the KB knows as a
        person's name alone ("PT Sumber Alam Abadi")."""
        kb_ends = {m.start: m.end for m in kb_mentions}
        inside_kb = {i for m in kb_mentions for i in range(m.start + 1, m.end)}
        org_starts = {m.start for m in kb_mentions if m.label == "ORG"}
        place_starts = {m.start for m in kb_mentions if m.label in PLACES}
        bodies = {i for i in org_starts if self.opens_body(doc, i)}
        surnames = {doc[m.end - 1].text for m in kb_mentions
                    if m.label == "PER" and m.end - m.start > 1}
        persons = set(persons)
        # an ordinary word the KB knows as a person's name alone ("Abadi") goes on a name
        modelled = {e.start for e in doc.ents}
        persons |= per_starts - {m.start for m in kb_mentions if m.label == "PER"
                                 and m.end - m.start == 1 and doc[m.start].lower_ in self.common
                                 and m.start not in modelled}
        found, i = [], 0
        while i < len(doc):
            head = None if i in inside_kb else self.head_at(doc, i)
            if head is not None and self.role_at(doc, i):
                head = None
            if head is None:
                i += 1
                continue
            label, size = head
            if self.seat_of_org(doc, i, org_starts):
                if i + size in org_starts or self.head_at(doc, i + size) is not None:
                    i += size   # the KB name or the head after the seat is the mention
                    continue
                i, size = i + size, 0   # an acronym the KB does not know: "Kantor | KPUD Jateng"
            # a head that opens a longer KB name ("Provinsi Nangarhar") continues from that name,
            # one that is a KB name alone after it ("Olimpiade | Rio 2016"); a
            # building's name stops before a place or a body named in full after it ("Jl. MH
            # Thamrin | Jakarta Pusat", "Gedung Djuanda I | Kementerian Keuangan"; not "Gedung
            # | DPR", "Grha Suara Muhammadiyah")
            j = i if kb_ends.get(i, i) > i + size else i + size
            stops = per_starts | (place_starts - {j}) | (bodies - {j}) if label == "FAC" \
                else persons if label == "ORG" else per_starts
            end = self.extend(doc, j, label, kb_ends, stops)
            if label == "LAW" and end == j + 1 and doc[j].text in surnames:
                i = j   # a decision of a person named in full elsewhere ("Keputusan | Conte")
            elif any(t.text[:1].isupper() for t in doc[i + size:end]):
                found.append(Mention(i, end, label, RULE))
                i = end
            else:
                i += 1
        return found

    def split_lists(self, spans: list[Span]) -> list[Span]:
        """Non-person spans cut at a comma before a head word: a list of names ("Dinas
        Ketenagakerjaan | , | Dinas Perhubungan")."""
        out: list[Span] = []
        for span in spans:
            start = span.start
            if span.label_ != "PER" and "," in span.text:
                for tok in span[1:-1]:
                    if tok.text == "," and self.head_at(span.doc, tok.i + 1) is not None:
                        out.append(Span(span.doc, start, tok.i, label=span.label_))
                        start = tok.i + 1
            out.append(Span(span.doc, start, span.end, label=span.label_))
        return out

    def opens_body(self, doc: Doc, i: int) -> bool:
        """Whether an organisation head word opens token `i` ("Kementerian Keuangan"), a body
        named in full that a building houses rather than one it is named after ("Grha Suara
        Muhammadiyah")."""
        head = self.head_at(doc, i)
        return head is not None and head[0] == "ORG"

    def seat_of_org(self, doc: Doc, i: int, org_starts: set[int]) -> bool:
        """Whether token `i` is a seat word before an organisation's name (a KB organisation
        or an organisation head or acronym), which is the mention ("Kantor | KPK", "Kantor |
        Kementerian Agama", "Kantor | KPUD Jateng"; not "Kantor Wilayah Sumatera Utara")."""
        if i + 1 >= len(doc) or doc[i].text not in self.seats:
            return False
        after = self.head_at(doc, i + 1)
        word = doc[i + 1].text
        return (i + 1 in org_starts or (after is not None and after[0] == "ORG")
                or (is_acronym(word) and len(word) > 2 and word.isalpha()))

    def dated_events(self, doc: Doc) -> list[Mention]:
        """A word for a recurring event with a year right after it, in any case, is that
        year's event ("Pilpres 2014", "pemilu 2019")."""
        return [Mention(tok.i, tok.i + 2, "EVENT", RULE) for tok in doc[:-1]
                if tok.lower_ in self.dated_event_words and YEAR.fullmatch(doc[tok.i + 1].text)]

    def place_events(self, doc: Doc, kb_mentions: list[Mention]) -> list[Mention]:
        """A KB place before a place-event tail or after a place-event head is the competition
        held there ("China Terbuka", "GP Amerika Serikat", "MotoGP Perancis"); its year joins
        later (`add_years`)."""
        found = []
        for m in kb_mentions:
            if m.label not in PLACES:
                continue
            if m.end < len(doc) and doc[m.end].text in self.place_event_tails:
                found.append(Mention(m.start, m.end + 1, "EVENT", RULE))
            head = next((len(h) for h in self.place_event_heads
                         if tuple(t.text for t in doc[max(m.start - len(h), 0):m.start]) == h),
                        0)
            if head:
                found.append(Mention(m.start - head, m.end, "EVENT", RULE))
        return found

    def route_places(self, doc: Doc, kb_mentions: list[Mention]) -> list[Mention]:
        """The towns of a route, three or more names parted by dashes of which two or more
        are KB places ("Maumere - Ende - Borong - Labuan Bajo"): every other item of one or two
        name words is a place too."""
        places = {(m.start, m.end) for m in kb_mentions if m.label == "GPE"}
        found: list[Mention] = []
        items: list[tuple[int, int]] = []
        i = 0
        while i <= len(doc):
            end = i
            while end < len(doc) and end - i < 3 and self.is_name(doc[end]) and doc[end].is_alpha:
                end += 1
            if end > i:
                items.append((i, end))
            if end > i and end + 1 < len(doc) and doc[end].text in DASHES and doc[end].whitespace_:
                i = end + 1
                continue
            if len(items) >= 3 and len(places.intersection(items)) >= 2:
                found += [Mention(a, b, "GPE", RULE) for a, b in items if (a, b) not in places
                          and b - a <= 2 and not any(k.start < b and a < k.end
                                                     for k in kb_mentions)]
            items = []
            i = max(end, i + 1)
        return found

    def company_names(self, doc: Doc, kb_mentions: list[Mention]) -> list[Mention]:
        """A KB organisation before up to three capitalised organisation words, the last a
        company suffix and no hyphenated word's start, is one company's name ("Hyundai | Motor
        Group"; not "DailySocial | Co - founder")."""
        found = []
        for m in kb_mentions:
            end = m.end
            while (m.label == "ORG" and end < len(doc) and end - m.end < 3
                   and doc[end].text[:1].isupper() and doc[end].lower_ in self.rules.org_words):
                end += 1
            if (end > m.end and doc[end - 1].lower_ in self.rules.company_suffixes
                    and not (end < len(doc) and doc[end].text == "-")):   # "Co - founder"
                found.append(Mention(m.start, end, "ORG", RULE))
        return found

    def head_at(self, doc: Doc, i: int) -> tuple[str, int] | None:
        """The label and size of the longest head word(s) at token `i`; only the sizes of the
        heads that start with its word are tried (this runs at every token)."""
        for size in self.head_sizes.get(doc[i].text, ()) if i < len(doc) else ():
            if i + size <= len(doc):
                label = self.heads.get(tuple(t.text for t in doc[i:i + size]))
                if label is not None:
                    return label, size
        return None

    def extend(self, doc: Doc, j: int, label: str, kb_ends: dict[int, int],
               per_starts: set[int]) -> int:
        """End of a name whose head ends at j: over capitalised words, connectors between
        them and KB names; a place stops after its first KB name, any name after a KB name
        that another KB name does not follow ("Provinsi Nangarhar | Attaullah"), except a law,
        which runs on over its number, year and subject ("Undang-Undang Republik Indonesia
        Nomor 12 Tahun 1995 tentang Pemasyarakatan"). A person
        right after an organisation, building or event head is part of the name ("Universitas
        Airlangga", "Olimpiade Rio 2016"), one later or after another head is not ("Keputusan |
        Trump"), nor a rank right before a person ("Angkatan Darat | Jenderal Mulyono"); a connector
        before another head parts two names ("Peradilan Agama | dan | Koperasi Parsub")."""
        named_after = j if label in ("ORG", "FAC", "EVENT") and doc[j - 1].text not in self.teams \
            else -1
        connectors = self.law_connectors if label == "LAW" else self.connectors

        def name_word(tok) -> bool:
            if (tok.text in self.rules.stop_words or (tok.i in per_starts and tok.i != named_after)
                    or (tok.is_sent_start and tok.i != j)   # a dotted head: "PT. | Mikrobisnis"
                    or tok.lower_ in self.rules.honorifics
                    or (tok.lower_ in self.body_ranks and tok.i + 1 in per_starts)
                    or (label == "FAC" and tok.text in self.house_numbers)):
                return False
            return tok.text[:1].isupper() or (tok.like_num and label in ("LAW", "EVENT"))

        end, after_kb = j, False
        while end < len(doc):
            group = age_group(doc, end) if label in ("ORG", "EVENT") else 0
            if group:
                end += group   # "Timnas | U - 16 | Indonesia", "Piala Asia | U-16"
                continue
            if (label == "ORG" and end > j and end not in kb_ends
                    and self.holder_after_acronym(doc[end - 1], doc[end])):
                break   # "Kementerian PANRB | Suwardi"
            if end in kb_ends and end not in per_starts:
                end, after_kb = kb_ends[end], True
                if label in PLACES:
                    break
            elif after_kb and label != "LAW":
                break
            elif label == "LAW" and (bracketed_number(doc, end) or (
                    bracketed_acronym(doc, end) and end + 3 < len(doc)
                    and (doc[end + 3].lower_ in self.law_subjects or name_word(doc[end + 3])))):
                end += 3   # "Pasal 42 ayat | (4) | UU No 13", "Peraturan Menteri | (PMK) | Nomor"
            elif label == "LAW" and end > j and number_piece(doc, end):
                end += 1   # "Nomor 18 | / | 40/PBI/2016", "Nomor 35/PMK.010/2017"
            elif name_word(doc[end]):
                end += 1
            elif (doc[end].lower_ in connectors and end + 1 < len(doc)
                  and (name_word(doc[end + 1]) and (self.head_at(doc, end + 1) is None
                                                    or doc[end].lower_ in self.law_subjects)
                       or label == "LAW" and bracketed_number(doc, end + 1))):
                end += 1
            else:
                break
        return end

    def holder_after_acronym(self, prev, tok) -> bool:
        """Whether `tok` opens a person's name right after an acronym, where an organisation
        name ends ("Kementerian PANRB | Suwardi"): a title-case name word, neither common nor
        derived nor an organisation word."""
        return (prev.is_upper and prev.is_alpha and len(prev) > 1 and tok.is_title
                and self.is_name(tok) and not self.rules.derived(tok.lower_)
                and tok.lower_ not in self.rules.org_words)

    # 3. Statistical spans
    def from_ner(self, ent: Span, kb_mentions: list[Mention], case: ArticleCase,
                 aliased: set[int] = frozenset(),
                 persons: set[int] = frozenset()) -> list[Mention]:
        """A statistical span as mentions: trimmed of trailing lower-case words ("Kementerian
        menegaskan"), degrees ("Budi M.Si") and a given-name title before a name ("PSSI |
        Ratu Tisha"), and of an ordinary word opening a sentence ("Kepergian Neymar"); PER
        trimmed of titles; others cut at an honorific, trimmed of ordinary words ("Pasukan
        Suriah" at a sentence start, "kota Deraa"), dropped when they swallow a known person,
        split after a title before a name ("Kepala | BPS | Suhariyanto"); a person glued to a KB
        name split off; a place ending in a KB place cut before it ("Kursk | Rusia"); LOC refined
        by head word; every span cut before a dash-opened gloss ("Mutiara Hitam | -julukan
        Persipura-") or a score ("Club Brugge | 1 - 2 FC Porto"). Dropped: degrees alone
        ("M.Kes"), a lone title, company suffix ("Tbk") or word never a name alone ("Jaya"), a
        lone ordinary word at a sentence start."""
        doc, label = ent.doc, ent.label_
        start, end = ent.start, ent.end
        end = next((i for i in range(start + 1, end) if GLOSS.fullmatch(doc[i].text) or (
            doc[i].like_num and i + 2 < len(doc) and doc[i + 1].text == "-"
            and doc[i + 2].like_num)), end)   # a score: "Barito Putera | 2 - 1"
        while end > start + 1 and (doc[end - 1].is_punct or (
                doc[end - 1].is_lower and any(not t.is_lower for t in doc[start:end - 1])
                and doc[end - 2].text not in ("-", "'", "\u2019"))   # "Sung Ji - hyun", "Moody 's"
                or (label != "PER" and end - start > 2 and doc[end - 2].text == "-"
                    and doc[end - 1].lower_ in self.common)   # "KUALA LUMPUR - Tim"

                or (label == "PER" and (self.rules.degree_in_name(doc[end - 1])
                                        or doc[end - 1].like_num))   # "Dendi 69'"
                or (label != "PER" and doc[end - 1].lower_ in self.rules.name_titles
                    and end < len(doc) and doc[end].text[:1].isupper())):
            end -= 1
        if label != "PER" and doc[end - 1].like_num and any(
                (m.start, m.end) == (start, end - 1) and m.label in PLACES for m in kb_mentions):
            end -= 1   # a number after a place ("Thailand | 83")
        if (label == "PER" and end + 1 < len(doc) and doc[end].text == "-"
                and doc[end + 1].is_lower and doc[end + 1].is_alpha and len(doc[end + 1]) <= 5):
            end += 2   # the model cut a hyphenated given name short ("Chae Yoo - | jung")
        if all(t.is_punct or self.rules.degree(t) for t in doc[start:end]) or (
                label != "PER" and self.language_at(doc, start)) or doc[start].text[:1] == "#" or (
                end - start == 1 and doc[start].text in self.units and start > 0
                and doc[start - 1].like_num):
            return []   # degrees alone, languages ("bahasa Arab dan | Perancis"), hashtags,
            # units after a number ("177 | PS")
        if self.capitalised_by_position(doc[start], case):
            start += 1
        if start >= end:
            return []
        while (start < end - 1 and doc[start].is_lower
               and doc[start].lower_ not in self.connectors):   # "umpan | Juan Pablo Pino"
            start += 1
        if label != "PER" and self.seat_of_org(doc, start, {m.start for m in kb_mentions
                                                            if m.label == "ORG"}):
            start += 1   # "Kantor | KPK"
        split = self.acronym_person(doc, start, end, kb_mentions) \
            or self.listed_company_person(doc, start, end) \
            or self.office_place_person(doc, start, end, kb_mentions)
        if split is not None:
            return split
        if label == "PER" and (end - start == 1 and (BRAND.fullmatch(doc[start].text)
                                                     or GROUP_NAME.fullmatch(doc[start].text))
                               or self.org_named(doc, start, end, kb_mentions)):
            label = "ORG"   # "MotoGP", "JKT48", "Indosurya Sekuritas", "Hawai Waterpark | Malang"
        if label == "ORG" and self.trim_platform(doc, start, end, kb_mentions) > start:
            label = "PER"   # "akun | Twitter | Lulu": the account's holder after its platform
        person: list[Mention] = []
        if label == "PER" and end - start >= 3 and BRAND.fullmatch(doc[start].text):
            return [Mention(start, start + 1, "ORG", NER),   # "CEO UnionSpace | Albert Goh"
                    *self.from_ner(Span(doc, start + 1, end, label="PER"), kb_mentions, case,
                                   aliased, persons)]
        if label == "PER":
            if start == ent.start and self.missed_opening_name(doc, start, end):
                start -= 1   # "Sandy | Febriansyakh Kurniawan"
            start = self.trim_roles(doc, start, end, kb_mentions)
            start = self.trim_leading_place(doc, start, end, kb_mentions)
            start = self.trim_platform(doc, start, end, kb_mentions)
            if self.common_before_place(doc, start, end, kb_mentions):
                return []   # "Area | Jabotabek": the KB place alone
            if (start > 0 and doc[start - 1].text in self.rules.name_articles
                    and doc[start].text in self.rules.name_articles[doc[start - 1].text]):
                start -= 1   # "I | Wayan Kusmiantha Dusak", "Ni | Luh Putu"
            if start > 0 and INITIAL.fullmatch(doc[start - 1].text):
                start -= 1   # "T. | Alvin Papatria": an initial opens the name
            alias = next((i for i in range(start + 1, end - 1)
                          if doc[i].lower_ in self.alias_words), None)
            if alias is not None:   # "Andi Agustinus | Alias | Andi Narogong"
                return [Mention(start, alias, "PER", NER), Mention(alias + 1, end, "PER", NER)]
            end = self.trim_common_tail(doc, start, end)
            end = self.trim_known_org(doc, start, end, kb_mentions)
            closing = next((m.start for m in kb_mentions if m.label == "PER" and m.end == end
                            and start < m.start <= start + 2 and m.end - m.start >= 2), None)
            if closing is not None and all(self.given_name_shape(t) for t in doc[start:closing]) \
                    and start > 1 and doc[start - 1].text in ("-", "/", "&") \
                    and doc[start - 2].is_alpha and doc[start - 2].is_title:
                # a KB person's full name closing it after the second of a pair: "Anies - Sandi
                # | Sudirman Said" (not "Muhammad Jusuf Kalla")
                return [Mention(start, closing, "PER", NER), Mention(closing, end, "PER", NER)]
            cut = known_person_end(doc, start, end, kb_mentions)
            if cut is not None:   # the rest a person too, where its words are names
                rest = all(self.is_name(t) and not self.rules.derived(t.lower_)
                           for t in doc[cut:end])   # not "Nia Ramadhani | Melahirkan Anak"
                return [Mention(start, cut, "PER", NER),
                        *([Mention(cut, end, "PER", NER)] if rest else [])]
        else:
            start += self.role_at(doc, start) if start + 1 < end else 0
            end, person = self.split_at_honorific(doc, start, end)
            kb_starts = {m.start for m in kb_mentions}
            honorifics = self.rules.honorifics
            while start < end and (doc[start].is_lower or doc[start].lower_ in honorifics or (
                    doc[start].lower_ in self.common
                    and (opens_clause(doc[start]) or start > ent.start))
                    or self.title_before_org(doc, start, kb_starts)):
                start += 1
            cut = next((i for i in range(start + 1, end - 1) if i in aliased), None)
            if cut is not None and self.rules.person_shaped(doc[cut:end]):
                person.append(Mention(cut, end, "PER", NER))   # "PT Statika | Joni Wijaya"
                end = cut
        if (label != "PER" and self.holder_words(doc[start + 1:end])
                and self.team_member(doc, start + 1, kb_mentions, case)):
            return [Mention(start, start + 1, "ORG", NER), Mention(start + 1, end, "PER", NER),
                    *person]   # "Dokter Timnas | Syarif Alwi"
        if start >= end or all(t.lower_ in self.rules.titles for t in doc[start:end]) or (
                end - start == 1 and (
                    doc[start].lower_ in self.not_alone
                    or doc[start].lower_ in self.rules.company_suffixes
                    or (opens_clause(doc[start]) and doc[start].lower_ in self.common
                        and alias_key(doc[start].text) not in self.surfaces))):
            return person   # titles alone ("General Manager"), ...
        inside = [m for m in kb_mentions if start <= m.start and m.end <= end]
        if label != "PER" and any(m.label == "PER" for m in inside):
            return []
        head = self.head_at(doc, start)
        if label != "PER" and (head is not None and head[0] == label and head[1] >= end - start or (
                doc[start].text in self.generic_bodies and any(
                    m.start == start + 1 and m.end == end and m.label in PLACES for m in inside))):
            return person   # a head word alone ("Kementerian menegaskan"), "Pemerintah | Suriah"
        if (label != "PER" and inside and inside[0].start == start and inside[0].end < end
                and start > 0 and doc[start - 1].lower_ in self.rules.titles
                and all(self.is_name(t) for t in doc[inside[0].end:end])):
            return [Mention(inside[0].end, end, "PER", NER)]
        if label in PLACES and head is not None and head[0] == "FAC":
            end = next((m.start for m in inside if m.end == end and m.start > start + head[1]
                        and (m.label in PLACES or self.opens_body(doc, m.start))),
                       end)   # "Gedung Djuanda I | Kementerian Keuangan"
        if label in PLACES and head is None:
            cut = next((m.start for m in inside if m.end == end and m.start > start
                        and m.label in PLACES), end)   # "Kursk | Rusia"
            if doc[start:cut].text in self.name_affixes:
                return person   # "Kota | London": the KB place alone
            end = cut
            if (inside and inside[0].start == start and inside[0].label in PLACES
                    and any(m.label == "ORG" and m.start >= inside[0].end for m in inside)):
                label = "ORG"   # a team named by its city and sponsor ("Jakarta BNI Taplus")
        titled = start > 0 and doc[start - 1].lower_ in self.rules.titles
        if (titled and label == "ORG" and end - start >= 3 and self.head_at(doc, start) is None
                and alias_key(doc[start].text) not in self.surfaces):
            glued = self.glued_person(doc, end, [Mention(start, start + 1, "ORG", NER)], True)
            if glued is not None and glued.start == start + 1:   # "Ketua Umum Aftech | Niki Luhur"
                return [Mention(start, start + 1, "ORG", NER), glued, *person]
        known = [m for m in kb_mentions if start < m.end < end or (   # "... Airlangga | Surabaya"
            m.end == end and m.label in PLACES and any(k.end == m.start for k in kb_mentions))]
        company = None if known else (self.company_end(doc, start, end)
                                      or self.person_named_after(start, end, label, persons))
        if company is not None:   # "The Aerospace Corporation | Siegfried Janson"
            known = [Mention(start, company, "ORG", NER)]
        glued = self.glued_person(doc, end, known, titled)
        if glued is not None and company is not None:
            return [known[0], glued, *person]
        if glued is not None and (self.head_at(doc, start) is None
                                  or any(m.start == start for m in inside)):  # a KB name's head
            return [glued, *person]
        club = self.club_after_person(doc, start, end, kb_mentions) if label == "ORG" else None
        if club is not None:
            return [Mention(start, club, "PER", NER), *person]   # "Dion Dublin | Coventry 18"
        if label in ("ORG", *PLACES):
            head = self.head_at(doc, start)
            if head is not None:
                label = head[0]
            elif end - start > 1 and doc[end - 1].text in self.fac_tails:
                label = "FAC"
            elif label == "LOC":
                label = "GPE"
        return [Mention(start, end, label, NER), *person]

    def team_member(self, doc: Doc, i: int, kb_mentions: list[Mention],
                    case: ArticleCase) -> bool:
        """Whether a member's name opens at token `i`, right after a team's head word
        ("Timnas | Syarif Alwi"): a person-shaped name word outside any KB name that, with the
        word after it, holds a word seen only in person names, or that the article has speak."""
        words = doc[i:i + 2]
        return (0 < i < len(doc) and doc[i - 1].text in self.teams and self.is_name(doc[i])
                and self.rules.person_shaped(words[:1])
                and not any(m.start <= i < m.end for m in kb_mentions)
                and (self.rules.person_named(words) or doc[i].text in case.speaking))

    def company_end(self, doc: Doc, start: int, end: int) -> int | None:
        """The end of a company's name that the KB does not know, after its last company
        suffix inside a span and one name word or more before it ("The Aerospace
        Corporation"), else None."""
        return next((i + 1 for i in range(end - 2, start, -1)
                     if doc[i].lower_ in self.rules.company_suffixes), None)

    @staticmethod
    def person_named_after(start: int, end: int, label: str, persons: set[int]) -> int | None:
        """The end of an organisation's name inside an ORG span where a person the model
        finds elsewhere in the article follows it ("Komisaris PT Wira Sakti | Hendra Gunawan
        ... Hendra ditahan"): the first of the last one to three words that opens a person's
        name elsewhere (`persons_elsewhere`), two words or more after the span opens; else
        None."""
        if label != "ORG":
            return None
        return min(persons & set(range(max(start + 2, end - 3), end)), default=None)

    def persons_elsewhere(self, doc: Doc) -> set[int]:
        """The name words that open a statistical person's span somewhere else in the
        article."""
        given: dict[str, set[int]] = {}
        for e in doc.ents:
            if e.label_ == "PER":
                given.setdefault(e[0].text, set()).update(range(e.start, e.end))
        return {t.i for t in doc if t.i not in given.get(t.text, {t.i}) and self.is_name(t)}

    def role_at(self, doc: Doc, i: int) -> int:
        """The size of a role or meeting phrase at token `i` ("Majelis Hakim", "Rapat
        Koordinasi"), else 0."""
        if doc[i].text not in self.role_starts:
            return 0
        return next((len(p) for p in self.role_phrases
                     if tuple(t.text for t in doc[i:i + len(p)]) == p), 0)

    def title_before_org(self, doc: Doc, i: int, kb_starts: set[int]) -> bool:
        """Whether token `i` is a title (no head word itself) before an organisation's name,
        which opens there ("Humas | Mahkamah Konstitusi", "Kapuskom | Kementerian Perhubungan")."""
        if (doc[i].lower_ not in self.rules.titles or self.head_at(doc, i) is not None
                or i + 1 >= len(doc)):
            return False
        after = self.head_at(doc, i + 1)
        return i + 1 in kb_starts or (after is not None and after[0] == "ORG")

    def acronym_person(self, doc: Doc, start: int, end: int,
                       kb_mentions: list[Mention]) -> list[Mention] | None:
        """A span that is an office or organisation's short name and the person holding it
        ("Menteri | ESDM | Ignasius Jonan", "Kementerian PANRB | Suwardi", "Kepala ITPC
        Jeddah | Gunawan"): one to three name words after the span's last acronym and a KB
        place that the office is of, with a title before the span or an organisation head
        opening it, which then stays an organisation; or an acronym that opens the span, a
        KB organisation or one right after another name word ("dari PDIP | Sadarestuwati",
        "Sekretaris Jendral SP | JICT | Firmansyah")."""
        cut = next((i for i in range(end - 2, start - 1, -1)
                    if doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1), None)
        if cut is None:
            return None
        place = next((m.end for m in kb_mentions if m.start == cut + 1 and m.end < end
                      and m.label in PLACES), cut + 1)
        if not self.holder_words(doc[place:end]) or any(
                (m.start, m.end) == (place, end) and m.label in PLACES for m in kb_mentions):
            return None   # the rest a known place, no person ("direktur BCI | Asia")
        head = self.head_at(doc, start)
        person = Mention(place, end, "PER", NER)
        if head is not None and head[0] == "ORG":
            return [Mention(start, place, "ORG", NER), person]
        if start > 0 and doc[start - 1].lower_ in self.rules.titles - self.rules.name_epithets \
                and all(t.is_upper or t.lower_ in self.rules.titles for t in doc[start:cut + 1]):
            return [person]   # (not "budayawan | JJ Rizal": initials)
        known = any(m.start == start and m.end == cut + 1 and m.label == "ORG" for m in kb_mentions)
        if cut == start and (known or len(doc[start]) > 2 and start > 0
                             and doc[start - 1].text[:1].isupper()):
            return [Mention(start, place, "ORG", NER), person]   # "dari PDIP | Sadarestuwati"
        return None

    def listed_company_person(self, doc: Doc, start: int, end: int) -> list[Mention] | None:
        """A listed company's name and the person after it, glued in one span ("PT Indofood
        Sukses Makmur Tbk | Franciscus Welirang"): one to three name words after "Tbk"."""
        cut = next((i for i in range(start + 1, end - 1) if self.tail_labels.get(doc[i].text)
                    == "ORG"), None)
        if cut is None:
            return None
        if not self.holder_words(doc[cut + 1:end]):
            return None
        return [Mention(start, cut + 1, "ORG", NER), Mention(cut + 1, end, "PER", NER)]

    def speaking_holder(self, doc: Doc, m: Mention, case: ArticleCase) -> list[Mention]:
        """An organisation mention the KB does not know, as a body's name and the person after
        it when the article has that person speak by the first word of the rest ("Direktur PT
        Indo Beras Unggul | Jo Tjong Seng …. Jo mengatakan …"): two or three name words after
        a body's name of two words or more, opened by a head word or an acronym."""
        start, end = m.start, m.end
        if m.label != "ORG" or m.entity is not None or not (
                self.head_at(doc, start) is not None or doc[start].is_upper):
            return [m]
        cut = next((i for i in range(start + 2, end - 1) if doc[i].text in case.speaking
                    and self.holder_words(doc[i:end])), None)
        if cut is None:
            return [m]
        return [Mention(start, cut, "ORG", m.source), Mention(cut, end, "PER", m.source)]

    def office_place_person(self, doc: Doc, start: int, end: int,
                            kb_mentions: list[Mention]) -> list[Mention] | None:
        """An office of a region and the person heading it, glued in one span ("Dinas Tenaga
        Kerja Jawa Barat | Ferry Sofwan Arief", "Direktur | Ippudo Indonesia | Amanda
        Sihombing"): an organisation head opens the span or a title precedes it, and a KB
        place inside it is followed by one to three person-shaped words to its end, one of them
        seen only in person names or two or more name words, none a KB name."""
        head = self.head_at(doc, start)
        if (head is None or head[0] != "ORG") and not (
                start > 0 and doc[start - 1].lower_ in self.rules.titles):
            return None
        place = max((m.end for m in kb_mentions if m.label in PLACES
                     and start < m.start and m.end < end), default=None)
        if place is None:
            return None
        rest = doc[place:end]
        if any(place <= m.start < end for m in kb_mentions) or not (
                self.rules.person_named(rest) and self.name_shaped(rest)
                or len(rest) > 1 and self.holder_words(rest)):
            return None
        return [Mention(start, place, "ORG", NER), Mention(place, end, "PER", NER)]

    def holder_words(self, rest: Span) -> bool:
        """Whether the words after an organisation's name glued to them are a person's: one to
        three person-shaped name words, none opening a head-word name."""
        return self.name_shaped(rest) and all(self.is_name(t) for t in rest)

    def name_shaped(self, rest: Span) -> bool:
        """Whether words have the shape of a person's name: one to three person-shaped words,
        none opening a head-word name."""
        return (len(rest) <= 3 and self.rules.person_shaped(rest)
                and all(self.head_at(rest.doc, t.i) is None for t in rest))

    def aliased_starts(self, doc: Doc) -> set[int]:
        """Where a person's name opens inside a longer name, as an alias word after it shows
        by naming the person again with the same first word ("PT Statika | Joni Wijaya alias
        Joni Statika"): the first word's index, within the sentence."""
        found = set()
        for tok in doc[2:-1]:
            if tok.lower_ in self.alias_words and self.is_name(doc[tok.i + 1]):
                first = doc[tok.i + 1].text
                found.update(t.i for t in doc[tok.sent.start:tok.i - 1]
                             if t.text == first and t.i > tok.sent.start)
        return found

    @staticmethod
    def trim_leading_place(doc: Doc, start: int, end: int, kb_mentions: list[Mention]) -> int:
        """Start of a person's span without a KB place glued before two name words or more,
        right after an organisation's name ("Universitas Airlangga | Surabaya | Herlambang
        Perdana Wiratman")."""
        place = next((m for m in kb_mentions if m.start == start and m.end <= end - 2
                      and m.label in PLACES), None)
        if place is not None and start > 0 and doc[start - 1].text[:1].isupper():
            return place.end
        return start

    def after_account(self, span: Span) -> bool:
        """Whether an account word is right before a span ("akun | Instagram Bella")."""
        return span.start > 0 and span.doc[span.start - 1].lower_ in self.account_words

    def account_platforms(self, doc: Doc) -> list[Mention]:
        """A KB company written in lower case where an account is named: after an account word
        or before a handle ("akun instagram Kahiyang", "foto: instagram @kulinerjkt")."""
        found = []
        for tok in doc[1:-1]:
            if not (tok.is_lower and tok.is_alpha and (doc[tok.i - 1].lower_ in self.account_words
                                                       or doc[tok.i + 1].text[:1] == "@")):
                continue
            entity = next((e for _, e in self.surfaces.get(alias_key(tok.text), ())
                           if e.type == "company"), None)
            if entity is not None:
                found.append(Mention(tok.i, tok.i + 1, "ORG", RULE, entity))
        return found

    def trim_platform(self, doc: Doc, start: int, end: int, kb_mentions: list[Mention]) -> int:
        """Start of a person's span without a KB organisation opening it after an account word:
        the platform, and the person its account's owner ("akun | Instagram | Bella")."""
        platform = next((m.end for m in kb_mentions if m.start == start and m.label == "ORG"
                         and m.end < end), None)
        if (platform is not None and self.after_account(doc[start:end])
                and self.holder_words(doc[platform:end])):
            return platform
        return start

    def common_before_place(self, doc: Doc, start: int, end: int,
                            kb_mentions: list[Mention]) -> bool:
        """Whether a person's span is common words before a KB place that ends it ("Telkomsel
        Area | Jabotabek"): no person's name."""
        return any(m.end == end and m.start > start and m.label in PLACES
                   and all(t.lower_ in self.common for t in doc[start:m.start])
                   for m in kb_mentions)

    def org_named(self, doc: Doc, start: int, end: int, kb_mentions: list[Mention]) -> bool:
        """Whether a person-labelled span of two or more words ends in an organisation word,
        alone or before a KB place ("Indosurya Sekuritas", "Hawai Waterpark | Malang"): no
        person's name does."""
        place = next((m.start for m in kb_mentions if m.end == end and start + 1 < m.start
                      and m.label in PLACES), end)
        return place - start >= 2 and doc[place - 1].lower_ in self.rules.org_words

    def trim_known_org(self, doc: Doc, start: int, end: int, kb_mentions: list[Mention]) -> int:
        """End of a person's span without a KB organisation glued after a name the model finds
        alone elsewhere in the article ("menurut Aji | Arema juga ...") or after a full name
        (`club_after_person`); not when the model finds the whole span again, a surname that
        is also a firm's name ("Ankiti Bose" twice, then "Ankiti")."""
        org = next((m for m in kb_mentions if m.end == end and start < m.start
                    and m.label == "ORG"), None)
        whole = doc[start:end].text
        if org is not None and any(e.label_ == "PER" and e.text == doc[start:org.start].text
                                   for e in doc.ents) \
                and sum(e.text == whole for e in doc.ents) < 2:
            return org.start
        return self.club_after_person(doc, start, end, kb_mentions) or end

    def club_after_person(self, doc: Doc, start: int, end: int,
                          kb_mentions: list[Mention]) -> int | None:
        """Where a KB organisation or place glued after a person's full name starts in a table
        of players, clubs and numbers ("Gary Lineker | Tottenham 24", "Dion Dublin | Coventry
        18"): two name words or more that no KB name covers but a KB person's whole, then the
        KB name to the span's end, then a number."""
        org = next((m for m in kb_mentions if m.end == end and start + 1 < m.start
                    and (m.label == "ORG" or m.label in PLACES)), None)
        if org is None or end == len(doc) or not doc[end].like_num or any(
                start <= m.start < org.start and (m.start, m.end, m.label) != (
                    start, org.start, "PER") for m in kb_mentions):
            return None
        name = doc[start:org.start]
        return org.start if (self.rules.person_shaped(name) and all(self.is_name(t) for t in name)
                             and not any(self.head_at(doc, t.i) for t in name)) else None

    def trim_common_tail(self, doc: Doc, start: int, end: int) -> int:
        """End of a person's span without a common word glued after a name the model finds
        alone elsewhere in the article ("Maia | Duet dengan ...")."""
        last = doc[end - 1]
        if (end - start >= 2 and last.lower_ in self.common
                and last.lower_ not in self.name_suffixes
                and last.lower_ not in self.rules.person_tokens):
            name = doc[start:end - 1].text
            if any(e.label_ == "PER" and e.text == name for e in doc.ents):
                return end - 1
        return end

    def missed_opening_name(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the word before a person's span is a first name the model left out: a name
        word, not all-caps, derived or known to the KB, that the model finds in a person's name
        elsewhere in the article ("Sandy | Febriansyakh Kurniawan ... Sandy kembali",
        "Pesinetron Soraya | Larasati ... Soraya mengunggah"), that follows a profession no
        body follows or a naming word ("Sejarawan | Asvi | Warman Adam", "bernama | Mikhaela |
        Lee Jowono"), or that follows a lower-case word or a title before a one-word span,
        where only a name is capitalised ("pria | Koh | Ueno", "Presiden | Uhuru | Kenyatta";
        not a misspelt rank: "konflik Birgjen | Aris Budiman", nor an opener: "Adapun | Antasari
        Azhar")."""
        if start == 0:
            return False
        tok, before = doc[start - 1], doc[start - 2] if start > 1 else None
        return (self.given_name_shape(tok) and alias_key(tok.text) not in self.surfaces
                and (any(e.label_ == "PER" and e.start != start and tok.text in e.text.split()
                         for e in doc.ents)
                     or before is not None and (
                         before.lower_ in self.rules.name_epithets
                         or before.lower_ in self.rules.naming_words
                         or end - start == 1 and (before.lower_ in self.rules.titles
                                                  or tok.is_alpha and before.is_lower))))

    def given_name_shape(self, tok) -> bool:
        """A word shaped like a given name: a name word (`is_name`), neither all-caps, brand-
        shaped ("UnionSpace") nor derived from a common stem."""
        return (self.is_name(tok) and not tok.is_upper and not BRAND.fullmatch(tok.text)
                and not self.rules.derived(tok.lower_))

    def widen_given_names(self, doc: Doc, chosen: list[Mention], case: ArticleCase) -> None:
        """A person's given name the model left out before the tagged rest of the name, when the
        article writes it alone later, not before ("Pesinetron Soraya | Larasati ... dibagikan
        Soraya lewat"; not an office only ever written before a name: "Mensos | Khofifah"; not
        "Cashlez adalah ... Co-Founder Cashlez | Teddy Setiawan"): a word of
        `given_name_shape`, no organisation word nor a KB name of anything but a person,
        capitalised where no sentence opens."""
        taken = {i for m in chosen for i in range(m.start, m.end)}
        alone: dict[str, int] = {}   # where each word is first written alone
        for tok in doc[1:-1]:
            if not (opens_clause(tok) or doc[tok.i - 1].text[:1].isupper()
                    or doc[tok.i + 1].text[:1].isupper()):
                alone.setdefault(tok.text, tok.i)

        def given_name(tok) -> bool:
            return (alone.get(tok.text, -1) > tok.i and self.given_name_shape(tok) and tok.is_alpha
                    and len(tok) > 2 and tok.lower_ in case.mid_caps
                    and tok.lower_ not in self.rules.org_words
                    and all(e.label == "PER"
                            for _, e in self.surfaces.get(alias_key(tok.text), ())))

        for m in chosen:
            while (m.label == "PER" and m.start > 0 and m.start - 1 not in taken
                   and given_name(doc[m.start - 1])):
                m.start -= 1
                taken.add(m.start)

    def widen_repeats(self, doc: Doc, chosen: list[Mention]) -> None:
        """A one-word repeat of a person's name (`mark_repeats`) followed by the rest of the
        name where the model missed it ("narapidana bernama Kristian | Jaya Kusuma ... Kristian
        mengaku") is the whole name: one or two person-shaped words in the same sentence, the
        last a name word, none a KB name nor opening a head-word name."""
        taken = {i for m in chosen for i in range(m.start, m.end)}
        for m in chosen:
            if m.label != "PER" or m.source != RULE or m.ref is None or m.end - m.start != 1:
                continue
            end = m.end
            while (end < len(doc) and end not in taken and doc[end].is_alpha
                   and doc[end].text[:1].isupper() and not doc[end].is_sent_start):
                end += 1
            rest = doc[m.end:end]
            if (0 < len(rest) <= 2 and self.rules.person_shaped(rest) and self.is_name(rest[-1])
                    and not any(alias_key(t.text) in self.surfaces or self.head_at(doc, t.i)
                                for t in rest)):
                m.end, m.ref, m.text = end, None, doc[m.start:end].text
                taken.update(range(m.start, end))

    def capitalised_by_position(self, tok, case: ArticleCase) -> bool:
        """An ordinary word capitalised by position (`SpanRules.ordinary_opener`) that the KB
        does not know and that opens no head-word name."""
        return (alias_key(tok.text) not in self.surfaces and self.head_at(tok.doc, tok.i) is None
                and self.rules.ordinary_opener(tok, case))

    def glued_person(self, doc: Doc, end: int, known: list[Mention],
                     titled: bool = False) -> Mention | None:
        """The person after the last KB organisation or place ending inside a span, and after
        its company suffixes, glued to it without a title ("Everton | Cuco Martina", "UOB Group | Sam
        Cheong"): two or more name words that open no head-word name, also past the span's end;
        one is enough after a title ("Direktur Utama | Perum Peruri | Prasetio")."""
        known = [m for m in known if m.label != "PER"]
        if not known:
            return None
        start = known[-1].end
        while start < end and doc[start].lower_ in self.rules.company_suffixes:
            start += 1
        while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_sent_start:
            end += 1   # the statistical span cut the name short ("... Herlambang | Perdana Wiratman")
        rest = doc[start:end]
        if (len(rest) >= (1 if titled else 2) and self.rules.person_shaped(rest)
                and self.is_name(rest[0]) and self.is_name(rest[-1])
                and not any(self.head_at(doc, t.i) for t in rest)):
            return Mention(start, end, "PER", NER)
        return None

    def settle(self, doc: Doc, mentions: list[Mention],
               kb_mentions: list[Mention]) -> list[Mention]:
        """Article-level judgements on statistical mentions the KB does not know: a text once a
        work or product is dropped everywhere, one once a person is a person everywhere. A
        title before KB names before a name makes a person too ("Ketua Bawaslu RI | Abhan")."""
        kb_starts = {m.end: m.start for m in kb_mentions}
        kb_tokens = {i for m in kb_mentions for i in range(m.start, m.end)}
        products, persons = set(), set()
        for m in mentions:
            span = Span(doc, m.start, m.end, label=m.label)
            if self.rules.product(span):
                products.add(span.text)
            elif self.unknown_name(span, kb_tokens) and (
                    self.rules.person(span) or self.after_titled_name(span, kb_starts)):
                persons.add(span.text)
        kept = [m for m in mentions if doc[m.start:m.end].text not in products]
        for m in kept:
            span = Span(doc, m.start, m.end, label=m.label)
            if span.text in persons and self.unknown_name(span, kb_tokens):
                m.label = "PER"
        self.harmonise(doc, [m for m in kept if doc[m.start:m.end].text not in persons
                             and alias_key(doc[m.start:m.end].text) not in self.surfaces])
        return kept

    @staticmethod
    def harmonise(doc: Doc, mentions: list[Mention]) -> None:
        """One label for a name the model labels differently in one article: the label of
        most of its mentions ("Persiba" ORG five times, PER four times, GPE once)."""
        by_text: dict[str, list[Mention]] = {}
        for m in mentions:
            by_text.setdefault(doc[m.start:m.end].text, []).append(m)
        for same in by_text.values():
            (label, n), *rest = Counter(m.label for m in same).most_common()
            if rest and n > rest[0][1]:
                for m in same:
                    m.label = label

    def unknown_name(self, span: Span, kb_tokens: set[int]) -> bool:
        """An ORG/GPE/LOC span that is no KB alias, holds no KB name and opens no head-word
        name."""
        return (span.label_ in ("ORG", "GPE", "LOC") and alias_key(span.text) not in self.surfaces
                and not kb_tokens.intersection(range(span.start, span.end))
                and self.head_at(span.doc, span.start) is None)

    def after_titled_name(self, span: Span, kb_starts: dict[int, int]) -> bool:
        """Whether a person-shaped span follows KB names that follow a title ("Ketua Bawaslu
        RI | Abhan")."""
        i = span.start
        while i in kb_starts:
            i = kb_starts[i]
        return (i < span.start and i > 0 and span.doc[i - 1].lower_ in self.rules.titles
                and len(span) <= 3 and self.rules.person_shaped(span))

    def split_at_honorific(self, doc: Doc, start: int, end: int) -> tuple[int, list[Mention]]:
        """End of a non-person span cut before an honorific inside it, and the person named
        after its titles and rank words ("Denpasar | Dr | Ketut Sumadi", "Korem 042/Garuda Putih
        | Kolonel", "Kementerian Pertahanan | Laksamana Madya | Widodo")."""
        honorifics = self.rules.honorifics
        cut = next((i for i in range(start + 1, end) if doc[i].lower_ in honorifics), None)
        if cut is None:
            return end, []
        name = cut
        while name < end and (doc[name].lower_ in self.rules.titles | self.not_alone):
            name += 1
        return cut, [Mention(name, end, "PER", NER)] if name < end else []

    def trim_roles(self, doc: Doc, start: int, end: int, kb_mentions: list[Mention]) -> int:
        """Start of the name in a PER span: after its last title word, separating punctuation,
        degree, rank, corps code or common word after a title ("Laksamana | Madya | Widodo",
        "Kapten Inf | Bambang", "Dokter | Anestesi | Stefanus Taofik") and KB names that follow
        a title ("Menteri Pertanian Rusia | Andrei Sokolov", "Ketua MPR | Zulkifli Hasan");
        never after the last token, nor a title word between name words ("Herlambang Perdana
        Wiratman"). A title that is also a given name stays before two or more
        name words ("Sekretaris Jenderal | Ratu Tisha Destria"), and before one where the
        article writes them before more ("Ratu Tisha" after "Ratu Tisha Destria")."""
        covered = {i for m in kb_mentions if m.label != "PER" for i in range(m.start, m.end)}

        def name_word(tok, known_ok: bool = False) -> bool:
            return self.is_name(tok) and not tok.is_upper and (known_ok or tok.i not in covered)

        titled = False
        for tok in doc[start:end - 1]:
            title = tok.lower_ in self.rules.titles or self.rules.degree_in_name(tok) \
                or self.rules.corps_code(tok) or (
                (tok.lower_ in self.not_alone or (tok.lower_ in self.common
                                                  and tok.lower_ not in self.rules.person_tokens))
                and tok.i > 0
                and doc[tok.i - 1].lower_ in self.rules.titles)   # "Dokter | Anestesi"
            if (title and tok.i > start and tok.lower_ not in self.rules.honorifics
                    and name_word(doc[tok.i - 1]) and name_word(doc[tok.i + 1], True)):
                title = False   # a name word between name words ("Herlambang Perdana Wiratman")
            titled = titled or title
            if (title or (tok.is_punct and tok.text not in NAME_PUNCT)
                    or (titled and tok.i in covered)):
                start = tok.i + 1
        name = doc[start:end]
        given = doc[start - 1] if start > 0 else None
        if (given is not None and given.lower_ in self.rules.name_titles
                and given.text[:1].isupper()
                and (len(name) >= 2 or re.search(rf"(?<!\w){re.escape(doc[start - 1:end].text)}"
                                                 r" [A-Z][a-z]", doc.text))
                and self.rules.person_shaped(name) and all(self.is_name(t) for t in name)):
            start -= 1
        return start

    @staticmethod
    def to_span(doc: Doc, m: Mention) -> Span:
        head = m.resolved()   # a short form or repeat carries its full mention's QID too
        entity = m.entity or (head.entity if head.label == m.label else None)
        span = Span(doc, m.start, m.end, label=m.label, kb_id=(entity.qid if entity else "") or "")
        span._.name = m.name
        span._.country = m.country
        return span


AGE_GROUP = re.compile(r"U-?\d{2}")


def age_group(doc: Doc, i: int) -> int:
    """The tokens of an age group at token i ("U - 16", "U-16", "U16"), 0 if none."""
    if AGE_GROUP.fullmatch(doc[i].text):
        return 1
    if (doc[i].text == "U" and i + 2 < len(doc) and doc[i + 1].text == "-"
            and doc[i + 2].text.isdigit() and len(doc[i + 2]) == 2):
        return 3
    return 0


def possessive(doc: Doc, end: int) -> int:
    """The tokens of an English possessive ending before token `end` ("'s", "' s") after a
    word, 0 if none."""
    if end > 2 and doc[end - 1].text == "s" and doc[end - 2].text in ("'", "\u2019"):
        return 2
    return 1 if end > 1 and doc[end - 1].text in ("'s", "\u2019s") else 0


def web_names(doc: Doc) -> list[Mention]:
    """A site named by its domain ("Kitabisa.com", "premierleague.com") is an organisation."""
    return [Mention(tok.i, tok.i + 1, "ORG", RULE) for tok in doc if WEB_NAME.fullmatch(tok.text)]


def brand_names(doc: Doc) -> list[Mention]:
    """A word of a brand's shape the article writes twice or more ("UnionSpace", "DailySocial")
    is an organisation."""
    counts = Counter(tok.text for tok in doc if BRAND.fullmatch(tok.text))
    return [Mention(tok.i, tok.i + 1, "ORG", RULE) for tok in doc if counts.get(tok.text, 0) > 1]


def number_piece(doc: Doc, i: int) -> bool:
    """Whether token i continues a regulation's number after a number: a piece with a digit
    ("40/PBI/2016", "PMK.010/2017") or a slash or dash before a piece that has a digit or is
    in capitals ("18 | / | 40", "06/M | - | DAG")."""
    prev, tok = doc[i - 1], doc[i]
    if not (prev.like_num or any(c.isdigit() for c in prev.text) or prev.is_upper
            or prev.text in ("/", "-")):
        return False
    if tok.text in ("/", "-"):
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is not None and (any(c.isdigit() for c in nxt.text) or nxt.is_upper)
    return any(c.isdigit() for c in tok.text)


def bracketed_acronym(doc: Doc, i: int) -> bool:
    """Whether tokens i..i+2 are an abbreviation in brackets ("(PMK)", "(Permendag)")."""
    return (i + 2 < len(doc) and doc[i].text == "(" and doc[i + 1].is_alpha
            and doc[i + 1].text[:1].isupper() and doc[i + 2].text == ")")


def bracketed_number(doc: Doc, i: int) -> bool:
    """Whether tokens i..i+2 are a number in brackets ("(4)")."""
    return (i + 2 < len(doc) and doc[i].text == "(" and doc[i + 1].like_num
            and doc[i + 2].text == ")")


def add_years(doc: Doc, mentions: list[Mention]) -> None:
    """An event's year after its name is part of it ("Photokina 2016", "Hari Raya Idul Fitri
    2017"), and a season's second year ("Premier League 2016 / 17", "Liga Belgia 2016 -
    2017"); so is its ordinal ("Kongres Pemuda | ke - 3", "Hari Bhayangkara | ke-71")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.label != "EVENT" or m.end >= len(doc) or m.end in taken:
            continue
        if YEAR.fullmatch(doc[m.end].text):
            m.end += 1
            if season_end(doc, m.end - 1):
                m.end += 2
        else:
            m.end += ordinal_length(doc, m.end)


def ordinal_length(doc: Doc, i: int) -> int:
    """How many tokens from `i` spell an ordinal number: "ke - 4", "ke-4"; 0 if none."""
    if ORDINAL.fullmatch(doc[i].text):
        return 1
    if (i + 2 < len(doc) and doc[i].lower_ == "ke" and doc[i + 1].text == "-"
            and doc[i + 2].is_digit):
        return 3
    return 0


def season_end(doc: Doc, i: int) -> bool:
    """Whether the year at token `i` opens a season: a slash or dash, then the next year in
    two or four digits ("2016 / 17", "2016 - 2017")."""
    if i + 2 >= len(doc) or doc[i + 1].text not in ("/", "-") or not doc[i + 2].is_digit:
        return False
    following = int(doc[i].text) + 1
    return doc[i + 2].text in (str(following), f"{following % 100:02d}")


def line_up(doc: Doc) -> list[Mention]:
    """The players of a team line-up: a line with a colon, then names parted by semicolons
    (positions) and commas, a substitute in brackets with the minute ("Arsenal (3 - 4 - 2 - 1):
    Cech; Holding, Mustafi, Chambers; ... (Nketiah 76')"): every item of title-case words."""
    found: list[Mention] = []
    if not doc.count_by(ORTH).get(doc.vocab.strings[";"]):
        return found   # no semicolon, no line-up (and no need to build the text)
    for line in LINE.finditer(doc.text):
        colon = line.group().find(":")
        rest = line.group()[colon + 1:]
        if colon < 0 or rest.count(";") < 1 or len(LINE_UP_ITEM.split(rest)) < 5:
            continue
        span = doc.char_span(line.start() + colon + 1, line.end(), alignment_mode="contract")
        item: list = []
        for tok in [*(span or ()), None]:
            if tok is not None and ((tok.is_title and tok.text[:1].isupper())
                                    or (tok.text == "-" and item)):
                item.append(tok)
                continue
            if item and item[-1].text != "-" and (tok is None or not tok.text[:1].isupper()):
                found.append(Mention(item[0].i, item[-1].i + 1, "PER", RULE))
            item = []
    return found


def kind(label: str) -> str:
    """PER, ORG, or "place" for GPE/LOC/FAC (what the statistical NER tells apart)."""
    return "place" if label in PLACES else label


def shortens(words: Span, short: str) -> bool:
    """Whether a word is shortened from lower-case words, taking letters of each in turn and
    opening with the first word's ("perwira tinggi" -> "Pati", "perwira menengah" -> "Pamen")."""
    letters = short.lower()
    if not (len(words) > 1 and all(t.is_lower and t.is_alpha for t in words)
            and letters[0] == words[0].text[0]):
        return False
    at = 0
    for word in words:
        at = letters.find(word.text[0], at)
        if at < 0:
            return False
        at += 1
    return True


def spells_out(words: Span, short: str) -> bool:
    """Whether lower-case words are the expansion whose initials an acronym is ("badan usaha
    milik negara" -> "BUMN")."""
    return (len(words) == len(short) and all(t.is_lower and t.is_alpha for t in words)
            and "".join(t.text[0] for t in words) == short.lower())


def select(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longer first, then by source (KB, rule, statistical)."""
    taken: set[int] = set()
    chosen = []
    for m in sorted(mentions, key=lambda m: (m.start - m.end, m.source, m.start)):
        if not taken.intersection(range(m.start, m.end)):
            taken.update(range(m.start, m.end))
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def well_formed(doc: Doc, m: Mention) -> bool:
    """Trim a statistical mention of punctuation opening it ("Bertahun | - tahun"), of a quote
    mark inside it and what follows, and of a match minute closing it ("Eder | 78’"); False
    if no capitalised word is left (nor a number is all that it holds: "29.367,06")."""
    if m.source != NER:
        return True
    while m.start < m.end and doc[m.start].is_punct:
        m.start += 1
    quote = next((i for i in range(m.start + 1, m.end) if doc[i].text in QUOTE_MARKS
                  and doc[i - 1].whitespace_
                  and doc[min(i + 1, len(doc) - 1)].lower_ != "s"), None)   # not "People 's"
    if quote is not None:
        m.end = quote   # "Keith Duffy | 'Boyzone' dan Brian McFadden"
    if (m.end - m.start > 1 and doc[m.end - 1].like_num and m.end < len(doc)
            and doc[m.end].text in ("'", "\u2019")):
        m.end -= 1
    return any(t.text[:1].isalpha() and t.text[:1].isupper() for t in doc[m.start:m.end])


def within_paragraph(doc: Doc, m: Mention) -> bool:
    """Trim a mention to its first line of text (a name never runs across a line or paragraph
    break: "Muchlis Hadi\n\nPelatih"); False if no word is left ("\n\n")."""
    while m.start < m.end and doc[m.start].is_space:
        m.start += 1
    m.end = next((i for i in range(m.start, m.end) if doc[i].is_space), m.end)
    return m.start < m.end
