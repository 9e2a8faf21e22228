"""Linking of recognised mentions to KB entities and to each other within one article.

`link_mentions` resolves each mention in this order, each step filling only what is still open:
1. the KB entity the ruler matched it by, or one of the mention's label by the same name
   ("tuan rumah Granada" ORG: the club, not the city); a place named like an organisation the
   article names in full is that organisation ("Borussia Dortmund ... Dortmund menyatakan");
   a field after an office is the body the KB knows for it ("Menteri BUMN": the ministry);
   a person after a royal title is the royal the KB knows by that title in English and the
   name ("Pangeran Charles": Prince Charles, now Charles III);
2. an acronym defined in brackets, both ways: "Korean Central News Agency (KCNA)",
   "KCNA (Korean Central News Agency)"; the acronym's other mentions in the article follow
   (also away from a KB entity of that acronym that the long form shares no word with:
   "Aliansi Super Oposisi Nasional (NASA)");
   likewise a person's other name after an alias word ("Andi Agustinus alias Andi Narogong");
3. a fuller mention of the same kind that contains it ("Zulkifli" -> "Zulkifli Hasan"; a KB
   person's one-word name too, after another person's full name the KB lacks that opens or
   ends with it, if the article never names the KB's person in full: "Aurelio Sergio Guterres
   ... Guterres", "Ganjar Mukti ... Ganjar"; for
   organisations a prefix: "Dinas Perhubungan" -> "Dinas Perhubungan DKI Jakarta"); an
   unlinked statistical one-word mention of another label inside a person's name is that
   person ("Conte" ORG -> PER "Antonio Conte", two words likewise), and an unlinked
   statistical organisation or place of two or three words ending in a person's name is that
   person ("Ansel Elgort" ORG, "Thaung Tun" GPE ... "Elgort" PER);
4. the KB by the mention's own text, weak aliases included ("Kim", "Batu"), or that text
   without a glued particle ("Arab Saudilah"), or without a kind word or legal form of the
   mention's label ("Provinsi Aceh", "PT Antam Tbk"), a person's name with one word misspelt
   ("Guy Rithie"); a law cited by
   article links to the law ("Pasal 51 Piagam PBB" -> Charter of the United Nations);
5. else its own text (or `full`, which the caller may set): the fullest form in the article,
   tokenisation artefacts joined; a one-word person's name the article writes in full where
   no mention holds it ("Presiden Uhuru Kenyatta ... Kenyatta"), or spells one letter
   otherwise ("Darmin Nasution ... Damin"); an unknown one-word place is the place before it
   whose name opens with it ("Cabo San Lucas ... Cabo").
A generic home-country body in an article about another country is that country's
(`localise_institutions`: "Mahkamah Agung" in a story from Kuwait). Finally, unmarked repeats
of a person or organisation already found ("Nadal" after "Rafael Nadal", "Arsenal" after
"Arsenal") become mentions of it (`mark_repeats`); a competition with its year is that
edition ("SEA Games 2017" -> "2017 Southeast Asian Games"); a law cited short is the article's
fullest citation of it ("UU Pemilu" after "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan
Umum", `same_laws`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Token

from warta.kb import Entity, KnowledgeBase

KB, RULE, NER = 0, 1, 2   # mention sources, in order of trust on equal spans
PLACES = ("GPE", "LOC", "FAC")   # the labels of places
ACRONYM_WINDOW = 16       # the longest bracketed name looked at, in tokens
HOME = "IDN"              # the country whose state bodies the KB names generically
# KB types whose years name an edition or a season, and how Wikipedia titles it (a series'
# season by the series' name as written then: "2017 Moto2 season", "2018 MotoGP season"; a
# league of calendar-year seasons by its name without the disambiguator: "2017 Liga 1")
EDITIONS = {"competition": "{year} {name}", "calendar_league": "{year} {name}",
            "series": "{year} {written} season"}
NICKNAME = re.compile(r"(?:^|\s)['\u2019][A-Z][^'\u2019]*['\u2019](?:\s|$)")   # "'The Rock'"


@dataclass
class Mention:
    """A candidate entity span (token offsets) and what it resolved to."""

    start: int
    end: int
    label: str
    source: int
    entity: Entity | None = None
    ref: "Mention | None" = None    # the mention this one is another form of
    text: str = ""
    inner: tuple["Mention", ...] = ()   # KB matches inside the span
    full: str = ""                      # the text with a short head word spelled out

    def resolved(self) -> "Mention":
        return self.ref.resolved() if self.ref is not None else self

    @property
    def name(self) -> str:
        head = self.resolved()
        return head.entity.name if head.entity else normalise_name(head.full or head.text)

    @property
    def country(self) -> str | None:
        head = self.resolved()
        if head.entity:
            return head.entity.stands_for or head.entity.country
        return next((k.entity.country for k in head.inner if k.label == "GPE"), None)


def normalise_name(text: str) -> str:
    """Join the spaces that tokenised text puts around hyphens and apostrophes ("Moody 's",
    "Sung Ji - hyun"), not around a nickname in quotes ("Dwayne 'The Rock' Johnson") nor an
    ordinal's dash, which names keep as written ("Kongres Pemuda ke - 3")."""
    text = " ".join(text.split())
    marks = "-\u2013" if NICKNAME.search(text) else "-\u2013'\u2019"
    return re.sub(rf"(?<!\bke)(?<!\bke )\s*([{marks}])\s*", r"\1", text)


def link_mentions(doc: Doc, mentions: list[Mention], kb_matches: list[Mention],
                  kb: KnowledgeBase, is_name: Callable[[Token], bool] = lambda tok: True,
                  alias_words: frozenset[str] = frozenset(),
                  nickname_words: frozenset[str] = frozenset(),
                  org_words: frozenset[str] = frozenset(),
                  particles: tuple[str, ...] = (),
                  affixes: tuple[str, ...] = (), variants: tuple[str, ...] = (),
                  locatives: frozenset[str] = frozenset(),
                  generic_words: frozenset[str] = frozenset(),
                  office_bodies: dict[str, str] | None = None,
                  royal_titles: dict[str, str] | None = None,
                  law_kinds: dict[str, str] | None = None) -> None:
    """Resolve every mention in place (steps 1-5 of the module docstring); adds mentions of
    acronyms defined in the article and repeats of names whose tokens pass `is_name`; a long
    form sharing only `generic_words` with an acronym's KB entity defines it anew; a field
    after an office of `office_bodies` is the body of that field (`field_bodies`); a person
    after a title of `royal_titles` is the royal of that English title (`titled_royals`); a law
    of a kind in `law_kinds` (short form -> long) is the fullest citation of it (`same_laws`)."""
    for m in [*mentions, *kb_matches]:
        m.text = doc[m.start:m.end].text
        m.inner = tuple(k for k in kb_matches if m.start <= k.start and k.end <= m.end)
        if m.entity is not None and m.entity.label != m.label:         # 1.
            m.entity = next((c.entity for c in kb.get_candidates(m.text)
                             if c.entity.label == m.label), m.entity)
    named_bodies(doc, mentions, kb, locatives)
    field_bodies(doc, mentions, kb, office_bodies or {})
    titled_royals(doc, mentions, kb, royal_titles or {})
    define_acronyms(doc, mentions, affixes, generic_words)        # 2.
    define_aliases(doc, mentions, alias_words, nickname_words)
    for m in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        if m.entity is not None and m.ref is None:
            m.ref = namesake(m, mentions)
            m.entity = None if m.ref is not None else m.entity   # not the KB's Guterres
        if m.entity is None and m.ref is None:
            m.ref = (written_otherwise(doc, m, mentions)                               # 3.
                     or fuller_mention(m, mentions, org_words)
                     or person_part(m, mentions))
    taken = {i for m in [*mentions, *(k for k in kb_matches if k.label != "PER")]
             for i in range(m.start, m.end)}
    bodies = {m.text for m in mentions if m.label != "PER" and m.end - m.start == 1}
    places: dict[str, list[int]] = {}  # where each word stands, for `written_in_full`
    for tok in doc:
        places.setdefault(tok.text, []).append(tok.i)
        if tok.text in bodies:   # "CEO Telegram | Pavel Durov": a body's name, where unmarked
            taken.add(tok.i)
    for m in mentions:
        if m.entity is None and m.ref is None:
            m.entity = kb_entity(m, kb, particles, affixes, variants)  # 4.
            if m.entity is not None and (m.label == "PER") == (m.entity.label == "PER"):
                m.label = m.entity.label
        if m.entity is None and m.ref is None and m.label in PLACES:
            m.ref = place_opening(m, mentions)
        if m.entity is None and m.ref is None and m.label == "PER":
            m.ref = misspelt(m, mentions) or nicknamed(m, mentions)
        if m.entity is None and m.ref is None and m.label == "PER":
            m.full = written_in_full(doc, m, taken, is_name, places)  # 5.
            m.entity = kb_entity(replace(m, text=m.full), kb) if m.full else None
    surnames_over_places(mentions)
    localise_institutions(mentions)
    name_editions(doc, mentions)
    same_laws(mentions, law_kinds or {})
    mark_repeats(doc, mentions, is_name)


def named_bodies(doc: Doc, mentions: list[Mention], kb: KnowledgeBase,
                 locatives: frozenset[str]) -> None:
    """A place's name that is also an alias of an organisation the article names in full is
    that organisation ("Borussia Dortmund ... Dortmund menyatakan"), unless a locative
    preposition or a place and a comma before it put it on the map ("bermain di Dortmund",
    "Signal Iduna Park, Dortmund")."""
    named = {m.entity.name: m.entity for m in mentions
             if m.label == "ORG" and m.entity is not None and m.end - m.start > 1}
    place_ends = {m.end for m in mentions if m.label in PLACES}
    for m in mentions:
        before = doc[m.start - 1] if m.start else None
        if m.label != "GPE" or before is not None and (
                before.lower_ in locatives or before.text == "," and before.i in place_ends):
            continue
        body = next((c.entity for c in kb.get_candidates(doc[m.start:m.end].text)
                     if c.entity.name in named and c.entity.name != m.text), None)
        if body is not None:
            m.label, m.entity = "ORG", body


def field_bodies(doc: Doc, mentions: list[Mention], kb: KnowledgeBase,
                 office_bodies: dict[str, str]) -> None:
    """An organisation named as an office's field is the body the KB knows by the office's
    body word before that field ("Menteri BUMN" -> "Kementerian BUMN", the ministry, not
    state-owned enterprises)."""
    for m in mentions:
        office = doc[m.start - 1].lower_ if m.start and m.label == "ORG" else ""
        if office in office_bodies:
            text = f"{office_bodies[office]} {doc[m.start:m.end].text}"
            m.entity = next((c.entity for c in kb.get_candidates(text)
                             if c.entity.label == "ORG"), m.entity)


def titled_royals(doc: Doc, mentions: list[Mention], kb: KnowledgeBase,
                  royal_titles: dict[str, str]) -> None:
    """A person named right after a royal title is the royal the KB knows by the title's
    English form and that name, before what the name alone reads as ("Pangeran | Charles" ->
    "Prince Charles", Charles III; "Ratu | Maxima dari Belanda" -> "Queen Maxima", Queen Máxima
    of the Netherlands); the name written again without the title is that royal too."""
    royals: dict[str, Mention] = {}
    for m in mentions:
        title = royal_titles.get(doc[m.start - 1].lower_) if m.start and m.label == "PER" else None
        royal = next((c.entity for c in kb.get_candidates(f"{title} {m.text}")
                      if c.entity.label == "PER"), None) if title else None
        if royal is not None:
            m.entity = royal
            royals.setdefault(m.text, m)
    for m in mentions:
        if m.label == "PER" and m.entity is None and m.text in royals:
            m.ref = royals[m.text]


def surnames_over_places(mentions: list[Mention]) -> None:
    """A one-word mention the KB reads as a place that is the surname of a person the KB knows
    and the article names in full is that person ("Lewis Hamilton … Hamilton mengatakan",
    "Kyrie Irving … Irving"), not the town of that name."""
    people: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.entity is not None and m.entity.label == "PER" and len(words(m)) > 1:
            people.setdefault(words(m)[-1], m)
    for m in mentions:
        person = people.get(words(m)[0]) if m.end - m.start == 1 and words(m) else None
        if person is not None and m.label in PLACES and m.entity is not None:
            m.entity, m.ref, m.label = None, person, "PER"


def name_editions(doc: Doc, mentions: list[Mention]) -> None:
    """A competition or a racing series named with its year is that year's edition or season,
    titled as Wikipedia titles them ("SEA Games 2017" -> "2017 Southeast Asian Games", "MotoGP
    2018" -> "2018 MotoGP season", "Liga 1 2017" -> "2017 Liga 1"), with no QID of its own."""
    for m in mentions:
        if (m.entity is not None and m.entity.type in EDITIONS and m.end - m.start > 1
                and re.fullmatch(r"(19|20)\d\d", doc[m.end - 1].text)):
            name = re.sub(r" \(.*\)$", "", m.entity.name)   # "Liga 1 (Indonesia)"
            title = EDITIONS[m.entity.type].format(year=doc[m.end - 1].text, name=name,
                                                   written=doc[m.start:m.end - 1].text)
            m.entity = replace(m.entity, name=title, qid=None, aliases=[], weak=[])


def same_laws(mentions: list[Mention], kinds: dict[str, str]) -> None:
    """A law the KB does not know is the article's fullest citation of the same law: the same
    kind (short or long: "UU", "Undang-Undang") and number, or with no number a subject that
    is the other's subject, its end or that shortened ("Undang-Undang Nomor 7 Tahun 2017
    tentang Pemilihan Umum ... UU Pemilu", "... Tindak Pidana Pencucian Uang ... UU TPPU",
    "Peraturan Pemerintah Nomor 1 Tahun 2017 ... PP Nomor 1 Tahun 2017"); a law cited by
    article is named without the article ("Pasal 11 UU Nomor 20 Tahun 2001" -> "UU Nomor 20
    Tahun 2001")."""
    laws = [(m, parts) for m in sorted(mentions, key=lambda m: m.start)
            if m.label == "LAW" and (parts := law_parts(m.text, kinds)) is not None]
    for m, (text, kind, number, topic) in laws:
        if m.entity is not None or m.ref is not None:
            continue
        m.full = text
        fuller = [(o, p) for o, p in laws if o is not m and p[1] == kind and (
            bool(p[2]) + bool(p[3]), -o.start) > (bool(number) + bool(topic), -m.start) and (
            number == p[2] if number else shortens_subject(topic, p[3]))]
        if fuller:
            m.ref = max(fuller, key=lambda op: (bool(op[1][2]) + bool(op[1][3]), -op[0].start))[0]


def law_parts(text: str, kinds: dict[str, str]) -> tuple[str, str, str, str] | None:
    """A law's citation without the article it cites, its kind in the long form, its number
    (with its year) and its subject (lower case); None if it names no kind of `kinds` with a
    number or a subject ("Pasal 5 UU Nomor 8 Tahun 2010" -> ("UU Nomor 8 Tahun 2010",
    "undang-undang", "8 2010", ""))."""
    text = normalise_name(text)
    forms = "|".join(sorted(map(re.escape, {*kinds, *kinds.values()}), key=len, reverse=True))
    found = re.search(rf"(?:^|\s)({forms})(?=\s)", text, re.I)
    if found is None or (found.start() and not text.casefold().startswith("pasal ")):
        return None
    cited = text[found.start(1):]
    rest = re.sub(r"\s*\([^)]*\)", "", cited[found.end(1) - found.start(1):]).casefold()
    subject, _, topic = rest.partition(" tentang ")
    number = " ".join(n or y for n, y in re.findall(
        r"(?:^|\s)(?:nomor|no\.?)\s*(\S+)|tahun (\d{4})", subject))
    topic = topic or (subject.strip() if not number else "")
    kind = found.group(1).casefold()
    kind = next((v.casefold() for k, v in kinds.items() if k.casefold() == kind), kind)
    return (cited, kind, number, topic) if number or topic else None


def shortens_subject(short: str, long: str) -> bool:
    """Whether a law's subject is another's, or one word that writes one of its endings
    short ("pemilu" / "pemilihan umum", "tppu" / "... tindak pidana pencucian uang")."""
    if not short or not long:
        return False
    ends = [" ".join(long.split()[i:]) for i in range(len(long.split()))]
    return short == long or " " not in short and any(abbreviates(short, e) for e in ends)


def localise_institutions(mentions: list[Mention], home: str = HOME) -> None:
    """A home-country state body named generically, with no country word ("Mahkamah Agung",
    "Kementerian Dalam Negeri"), in an article about another country is that country's body:
    no KB entity of its own, the name as written, the body's kind and sector, that country.
    An article is about another country when it names that country's places at least three
    times as often as the home country's, and no home body by a name of its own ("KPK"); a
    body the article also names with its country mark stays home's ("Biro Humas Kementerian
    Keuangan RI ... Kementerian Keuangan"). A body the KB calls "X of Indonesia" is named "X
    of" that country where the article names the country ("Supreme Court of Kenya")."""
    marked = {k.entity.name for m in mentions for k in (m, *m.inner)
              if k.entity is not None and not is_generic_name(k)}
    generic = [m for m in mentions if m.entity is not None and m.entity.country == home
               and m.entity.label == "ORG" and m.entity.sector and is_generic_name(m)
               and m.entity.name not in marked]
    if not generic:
        return
    places = Counter(m.entity.country for m in mentions
                     if m.entity is not None and m.label in ("GPE", "LOC") and m.entity.country)
    there = next((c for c, n in places.most_common(1) if c not in (home, "IGO")
                  and n >= max(2, 3 * places[home])), None)
    if there is None or any(
            m.entity is not None and m.entity.country == home and m.entity.label == "ORG"
            and m.entity.sector not in (None, "MED") and m not in generic for m in mentions):
        return
    country = next((m.entity.name for m in mentions if m.entity is not None
                    and m.entity.type == "country" and m.entity.country == there), None)
    for m in generic:
        m.entity = replace(m.entity, name=localised_name(m.entity.name, country)
                           or normalise_name(m.text), qid=None, aliases=[], weak=[],
                           country=there)


def localised_name(name: str, country: str | None) -> str | None:
    """A home body's English name "X of Indonesia" for the same body of `country` ("Supreme
    Court of Kenya", "Supreme Court of the Philippines"), or None."""
    if country is None or not name.endswith(" of Indonesia"):
        return None
    the = "the " if re.match(r"United |.*(Republic|Kingdom|s$)", country) else ""
    return f"{name[:-len('Indonesia')]}{the}{country}"


def is_generic_name(m: Mention) -> bool:
    """A name of several words with no acronym nor place in it ("Mahkamah Agung", not
    "Polri", "DPR RI", "Kepolisian Republik Indonesia")."""
    return (len(m.text.split()) > 1 and not any(is_short_form(w) for w in m.text.split())
            and not any(k.label in ("GPE", "LOC") for k in m.inner))


def kb_entity(m: Mention, kb: KnowledgeBase, particles: tuple[str, ...] = (),
              affixes: tuple[str, ...] = (), variants: tuple[str, ...] = ()) -> Entity | None:
    """The likeliest KB entity of the same kind (person or not) with this surface form, one
    of the mention's label first ("Granada" ORG: the club, not the city), also
    without a particle glued to its last word ("Arab Saudilah" -> Saudi Arabia); else one of
    the mention's label by the name without an affix ("Provinsi Aceh" -> Aceh, "PT Antam Tbk"
    -> Antam); a person also under another spelling of a given name in `variants`, or without it
    ("Muhammad Amien Rais" -> Amien Rais) or with one word misspelt (`misspelt_person`); or for
    a law the law it cites."""
    person = m.label == "PER"
    forms = [m.text] + [m.text[:-len(p)] for p in particles
                        if m.text.endswith(p) and len(m.text) > len(p) + 3]
    found = max((c.entity for form in forms for c in kb.get_candidates(form)
                 if (c.entity.label == "PER") == person),
                key=lambda e: e.label == m.label, default=None)
    if found is None and person:
        found = next((c.entity for form in respelt(m.text, variants)
                      for c in kb.get_candidates(form) if c.entity.label == "PER"), None)
    if found is None and person:
        found = misspelt_person(m.text, kb)
    bare = without_affixes(m.text, affixes)
    if found is None and bare != m.text:
        found = next((c.entity for c in kb.get_candidates(bare) if c.entity.label == m.label),
                     None)
    if found is None and m.label == "LAW":
        found = next((k.entity for k in m.inner if k.label == "LAW"), None)
    return found


def misspelt_person(name: str, kb: KnowledgeBase, home: str = HOME) -> Entity | None:
    """The one KB person whose name of two or three words this name writes with one word of
    five letters or more spelt one letter otherwise, same first letter, in a word no KB
    person's name has ("Guy Rithie" -> Guy Ritchie; "Andi Pereira" may be another man than
    Andi Pareira); or a foreigner's (not home's) with the given name of four letters or more
    so spelt, same first and last letter, before surnames of five letters or more ("Luca
    Modric" -> Luka Modrić; not "Maria" for "Mario", nor "Aries" for "Aris"); None where several
    or none are."""
    index, known = person_index(kb)
    mine = name_words(name)

    def slip(i: int, w: str, other: str, e: Entity) -> bool:
        given = (i == 0 and e.country != home and min(map(len, mine[1:])) >= 5
                 and w[-1] == other[-1] and min(len(w), len(other)) >= 4)
        return w[0] == other[0] and one_edit(other, w) and (
            given or len(w) >= 5 and w not in known and len(other) >= 5)

    found = {id(e): e for i, w in enumerate(mine)
             for other, e in index.get((*mine[:i], None, *mine[i + 1:]), ())
             if slip(i, w, other, e)}
    return next(iter(found.values())) if len(found) == 1 else None


@lru_cache(maxsize=4)
def person_index(kb: KnowledgeBase) -> tuple[dict[tuple[str | None, ...],
                                                  list[tuple[str, Entity]]], frozenset[str]]:
    """The KB's persons' names of two or three words, each word left out in turn (the words
    with None in its place -> that word and the person), and every word of their names."""
    index: dict[tuple[str | None, ...], list[tuple[str, Entity]]] = {}
    known: set[str] = set()
    for surface, entity in kb.aliases():
        parts = name_words(surface) if entity.label == "PER" else ()
        known.update(parts)
        for i, w in enumerate(parts if 2 <= len(parts) <= 3 else ()):
            index.setdefault((*parts[:i], None, *parts[i + 1:]), []).append((w, entity))
    return index, frozenset(known)


def respelt(name: str, variants: tuple[str, ...]) -> list[str]:
    """The name with its opening given name in `variants` written each other way, then left
    out where two words remain; none if it does not open with one."""
    first, _, rest = name.partition(" ")
    if first not in variants or not rest:
        return []
    forms = [f"{v} {rest}" for v in variants if v != first]
    return forms + [rest] if len(rest.split()) >= 2 else forms


def without_affixes(text: str, affixes: tuple[str, ...]) -> str:
    """The name without the words in `affixes` that open or close it ("PT Antam Tbk" ->
    "Antam"); never empty."""
    words = text.split()
    for _ in range(2):   # a legal form on either side: "PT Antam Tbk"
        for affix in map(str.split, affixes):
            n = len(affix)
            if len(words) > n and words[:n] == affix:
                words = words[n:]
            if len(words) > n and words[-n:] == affix:
                words = words[:-n]
    return " ".join(words)


def written_in_full(doc: Doc, m: Mention, taken: set[int],
                    is_name: Callable[[Token], bool], places: dict[str, list[int]]) -> str:
    """A one-word person's fuller name that the article writes where no mention holds it:
    the word (found through `places`, each word's token indices) with the most name words
    around it, up to two before and two after ("Presiden Uhuru Kenyatta ... Kenyatta",
    "Kementerian BUMN Aloysius Kiik Ro ... Aloysius"); "" if the article writes it alone
    only."""
    if m.end - m.start != 1:
        return ""

    def part(i: int) -> bool:
        return i not in taken and not doc[i].is_upper and is_name(doc[i])

    best = ""
    for at in places.get(m.text, ()):
        start, end = at, at + 1
        while start > 0 and at - start < 2 and part(start - 1):
            start -= 1
        while end < len(doc) and end - at < 3 and part(end):
            end += 1
        if end - start > max(1, len(best.split())):
            best = doc[start:end].text
    return best


def place_opening(m: Mention, mentions: list[Mention]) -> Mention | None:
    """For a one-word place the KB does not know, the last place before it whose name of
    several words opens with that word ("Cabo San Lucas ... Cabo")."""
    if m.end - m.start != 1:
        return None
    return max((o for o in mentions if o.label in PLACES and o.start < m.start
                and len(words(o)) > 1 and words(o)[0] == words(m)[0]),
               key=lambda o: o.start, default=None)


def misspelt(m: Mention, mentions: list[Mention]) -> Mention | None:
    """For an unknown one-word person, the nearest person known by a fuller name or the KB
    whose name has a word of five letters or more spelt one letter otherwise, with the same
    first letter ("Damin" after "Darmin Nasution"; two one-word spellings stay apart)."""
    mine = m.text.casefold()
    if m.end - m.start != 1 or len(mine) < 5:
        return None
    people = [o for o in mentions if o.label == "PER" and o.resolved() is not m
              and (o.resolved().entity is not None or len(words(o.resolved())) > 1)
              and any(w[0] == mine[0] and len(w) >= 5 and one_edit(w, mine) for w in words(o))]
    found = min(people, key=lambda o: abs(o.start - m.start), default=None)
    return found.resolved() if found is not None else None


def nicknamed(m: Mention, mentions: list[Mention]) -> Mention | None:
    """For an unknown one-word person no other name holds, the one person of the article known
    by a fuller name whose name it shortens: a word two letters longer or more whose first four
    it shares, then ends otherwise, in four or five letters ("Vlado" for "Vladimir Vujovic";
    not a name that opens another, "Andi" and "Andika"), or two words it joins the openings of
    in five letters or more ("Djanur" for "Djadjang Nurdjaman", "Jokowi" for "Joko Widodo")."""
    mine = m.text.casefold()
    if m.end - m.start != 1 or len(mine) < 4 or not mine.isalpha():
        return None
    people = {id(o.resolved()): o.resolved() for o in mentions if o.label == "PER"
              and o.resolved() is not m and len(words(o.resolved())) > 1}.values()
    if any(mine in words(o) for o in people):
        return None

    def shortens(name: tuple[str, ...]) -> bool:
        return any(w[:4] == mine[:4] and len(w) >= len(mine) + 2 and not w.startswith(mine)
                   for w in name if len(mine) <= 5) or len(mine) >= 5 and any(
            mine == a[:i] + b[:len(mine) - i] for a, b in zip(name, name[1:])
            for i in range(2, len(mine) - 1) if len(a) > i and len(b) >= len(mine) - i)

    found = [o for o in people if shortens(words(o))]
    return found[0] if len(found) == 1 else None


def one_edit(a: str, b: str) -> bool:
    """Whether two different words are one letter apart: one added, dropped or replaced."""
    if len(a) < len(b):
        a, b = b, a
    if a == b or len(a) - len(b) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(b))
    return a[i + 1:] == (b[i + 1:] if len(a) == len(b) else b[i:])


def words(m: Mention) -> tuple[str, ...]:
    return name_words(m.text)


@lru_cache(maxsize=8192)
def name_words(text: str) -> tuple[str, ...]:
    """The case-folded words of a name (cached: coreference compares every pair of mentions)."""
    return tuple(normalise_name(text).casefold().replace("-", " ").split())


def fuller_mention(m: Mention, mentions: list[Mention],
                   org_words: frozenset[str] = frozenset()) -> Mention | None:
    """The nearest other mention of the same kind that contains this one's words: the last one
    before it ("Bambang Soesatyo ... Bambang"), else the first one after it. A one-word
    organisation is the one named with its place or company word ("Persipura Jayapura", "Arema
    FC"), or a known one whose last word it is ("City" for Manchester City F.C.); not another
    one ("Polaroid" is not "Polaroid Originals")."""
    if m.label not in ("PER", "ORG"):
        return None
    mine = words(m)
    n = len(mine)

    def contains(o: Mention) -> bool:
        other = words(o)
        if m.label == "ORG":
            places = {w for k in o.inner if k.label in ("GPE", "LOC") for w in words(k)}
            return other[:n] == mine and (n > 1 or all(w in places or w in org_words
                                                       for w in other[n:])) \
                or n == 1 and other[-1:] == mine and o.entity is not None
        return any(other[i:i + n] == mine for i in range(len(other) - n + 1))

    fuller = [o for o in mentions if len(words(o)) > n and contains(o)
              and (o.label == m.label or m.label == "PER" and named_like_person(o, mine))]
    found = max(fuller, key=lambda o: (o.start < m.start, o.start if o.start < m.start else -o.start),
                default=None)
    if found is not None and found.label != m.label:
        found.label = m.label
    return found


def written_otherwise(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The first other organisation with the same name but a known name inside it written
    out longer ("Dewan Etik MK" -> "Dewan Etik Mahkamah Konstitusi"; longer only, so that
    references never run in a circle)."""
    if m.label != "ORG" or not m.inner:
        return None
    mine = known_parts(doc, m)
    return next((o for o in mentions if o.label == "ORG" and o.entity is None
                 and len(o.text) > len(m.text) and o.inner and known_parts(doc, o) == mine), None)


def known_parts(doc: Doc, m: Mention) -> tuple[str, ...]:
    """A mention's words with each KB name inside it as that entity's name."""
    known = {k.start: k for k in m.inner if k.entity is not None}
    parts: list[str] = []
    i = m.start
    while i < m.end:
        k = known.get(i)
        parts.append(f"#{k.entity.name}" if k else doc[i].lower_)
        i = k.end if k else i + 1
    return tuple(parts)


def namesake(m: Mention, mentions: list[Mention]) -> Mention | None:
    """For a one-word person's name the KB knows, the nearest unlinked person before it whose
    full name opens or ends with that word, where the article never names the KB's person in
    full ("Menlu Timor-Leste Aurelio Sergio Guterres ... Guterres" is not António Guterres,
    "Ganjar Mukti ... Ganjar" not Ganjar Pranowo); not a misspelling of the KB's own name
    ("Gennar Gattuso ... Gattuso")."""
    if m.label != "PER" or m.end - m.start != 1 or m.entity.label != "PER" or any(
            o.entity is m.entity and len(words(o)) > 1 for o in mentions):
        return None
    mine = words(m)
    theirs = set(name_words(m.entity.name)) - set(mine)

    def other_person(o: Mention) -> bool:
        rest = [w for w in words(o) if w not in mine]
        return (mine in (words(o)[-1:], words(o)[:1]) and len(words(o)) > 1
                and not any(w == t or one_edit(w, t) for w in rest for t in theirs))

    return max((o for o in mentions if o.label == "PER" and o.start < m.start
                and o.entity is None and o.ref is None and other_person(o)),
               key=lambda o: o.start, default=None)


def named_like_person(o: Mention, surname: tuple[str, ...]) -> bool:
    """Whether an organisation or place mention is a person's name the statistical model
    mislabelled: unlinked, two or three words, ending in the person's surname ("Ansel Elgort"
    ORG, "Thaung Tun" GPE)."""
    return (o.label in ("ORG", "GPE") and o.source == NER and o.entity is None and o.ref is None
            and 2 <= len(words(o)) <= 3 and words(o)[-len(surname):] == surname)


def person_part(m: Mention, mentions: list[Mention]) -> Mention | None:
    """For an unlinked statistical non-person mention of one or two words, the nearest person
    whose name has those words ("Conte" -> "Antonio Conte", "La Nyalla" -> "La Nyalla
    Mattalitti"); relabels the mention PER."""
    if m.label == "PER" or m.source != NER or m.end - m.start > 2:
        return None
    mine = words(m)
    n = len(mine)
    people = [o for o in mentions if o.label == "PER" and len(words(o)) > n
              and any(words(o)[i:i + n] == mine for i in range(len(words(o)) - n + 1))]
    found = min(people, key=lambda o: abs(o.start - m.start), default=None)
    if found is not None:
        m.label = "PER"
    return found


def mark_repeats(doc: Doc, mentions: list[Mention], is_name: Callable[[Token], bool]) -> None:
    """Add a mention for each free occurrence of a person's or organisation's text, or of one
    word of a person's name, that stands alone (no capitalised word after it)."""
    forms: dict[tuple[str, ...], tuple[Mention, bool]] = {}   # form -> (mention, is a part)
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        tokens = tuple(t.text for t in doc[m.start:m.end])
        if (m.label not in ("PER", "ORG") and not is_short_form(m.text)) or any(
                re.fullmatch(r"[IVX]+|.*\d.*", t) for t in tokens):
            continue   # model numbers ("Mark II", "6D") are not names
        forms.setdefault(tokens, (m, False))
        if m.label == "PER" and len(tokens) > 1:
            for tok in doc[m.start:m.end]:
                if len(tok) > 2 and is_name(tok):
                    forms.setdefault((tok.text,), (m, True))
    taken = {i for m in mentions for i in range(m.start, m.end)}
    texts = [t.text for t in doc]
    starts: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        starts.setdefault(text, []).append(i)
    for form, (m, part) in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        n = len(form)
        for i in starts.get(form[0], ()):
            end = i + n
            if (tuple(texts[i:end]) != form or taken.intersection(range(i, end))
                    or not is_name(doc[i]) or (part and end < len(doc)
                                               and texts[end][:1].isupper())):
                continue
            mentions.append(Mention(i, end, m.label, RULE, ref=m, text=doc[i:end].text))
            taken.update(range(i, end))


def is_short_form(text: str) -> bool:
    """An acronym-like form: one word with two or more capitals ("KCNA", "KOMID", "PDI-P")."""
    return " " not in text and sum(c.isupper() for c in text) >= 2


def define_acronyms(doc: Doc, mentions: list[Mention], affixes: tuple[str, ...] = (),
                    generic_words: frozenset[str] = frozenset()) -> None:
    """Pair "Long Name (LN)" and "LN (Long Name)"; link the short form's other mentions and tag
    its unmarked occurrences, with and without a name affix before it ("PT Jakarta
    International Container Terminal (PT JICT)": "PT JICT" and "JICT"). A long name no model
    found is the capitalised words before the brackets that the acronym spells ("Millennium
    Challenge Corporation (MCC)"). An unknown long name's place written after the brackets
    belongs to its name ("Dinas Perhubungan (Dishub) DKI Jakarta")."""
    spelled_out(doc, mentions)
    by_span = {(m.start, m.end): m for m in mentions}
    by_start = {m.start: m for m in mentions}
    defined: dict[str, tuple[Mention, Entity | None]] = {}
    for m in list(mentions):
        j = m.end
        if j >= len(doc) or doc[j].text != "(":
            continue
        close = next((k for k in range(j + 1, min(j + ACRONYM_WINDOW, len(doc)))
                      if doc[k].text == ")"), None)
        if close is None or close == j + 1:
            continue
        inner_text = doc[j + 1:close].text
        bare = without_affixes(inner_text, affixes)   # "PT JICT" -> "JICT"
        inner = by_span.get((j + 1, close))
        known = m.entity is not None or (m.label == "PER" and inner is not None
                                         and inner.entity is not None)
        if known and not (abbreviates(inner_text, m.text) or abbreviates(m.text, inner_text)):
            continue   # "Italia (FIGC)": a known name is not defined by brackets it can't
            #            spell; "Stoffel Vandoorne (McLaren)": nor is a person by a known one
        if (is_short_form(bare) or m.label != "PER" and contraction(bare, m.text)) \
                and not is_short_form(m.text):
            if inner is None:
                inner = Mention(j + 1, close, m.label, RULE, text=inner_text)
                if _free(inner, mentions):
                    mentions.append(inner)
            long, short = m, inner
        elif inner is not None and is_short_form(m.text) and not is_short_form(inner_text):
            long, short = inner, m
        else:
            continue
        known_short = short.entity
        pair_up(long=long, short=short, generic_words=generic_words)
        place = by_start.get(close + 1)
        if long is m and long.entity is None and place is not None and place.label == "GPE":
            long.full = f"{long.text} {place.text}"   # "Dinas Perhubungan (Dishub) DKI Jakarta"
        redefined = short.ref is long and long.entity is None
        for form in {short.text, bare}:
            defined[form] = (long, known_short if redefined else None)
    for short, (long, redefined) in defined.items():
        _mark_occurrences(short, long, mentions, redefined)


def define_aliases(doc: Doc, mentions: list[Mention], alias_words: frozenset[str],
                   nickname_words: frozenset[str] = frozenset()) -> None:
    """Pair "First Name alias Other Name" or "First Name, yang akrab disapa Other Name" (two
    persons' mentions with one of `alias_words` between, after any `nickname_words` of its
    gloss): the other name and its later mentions are the first name's person. A gloss on a sentence's descriptive subject ("Pria yang akrab disapa Kang Emil
    ini") names the last person before that sentence."""
    people = sorted((m for m in mentions if m.label == "PER"), key=lambda m: m.start)
    for k, other in enumerate(people):
        gap = _gloss_start(doc, other.start, alias_words, nickname_words)
        if gap is None or other.entity is not None:
            continue
        first = next((m for m in people[:k] if m.end == gap or m.end == gap - 1
                      and doc[gap - 1].text == ","), None)
        sent = doc[gap].sent
        if first is None and gap - sent.start <= 2 and not any(
                sent.start <= m.start < gap for m in mentions):
            first = next((m for m in reversed(people[:k]) if m.end <= sent.start), None)
        if first is not None and first.ref is not other:
            other.ref = first.ref or first
            _mark_occurrences(other.text, other.ref, mentions)


def _gloss_start(doc: Doc, i: int, alias_words: frozenset[str],
                 nickname_words: frozenset[str]) -> int | None:
    """Where the alias word or nickname gloss ending just before token i starts ("alias",
    "yang akrab disapa"), or None."""
    if i == 0 or doc[i - 1].lower_ not in alias_words:
        return None
    j = i - 1
    while j > 0 and i - j < 5 and doc[j - 1].lower_ in nickname_words:
        j -= 1
    return j


def spelled_out(doc: Doc, mentions: list[Mention]) -> None:
    """Add the long name before a bracketed acronym that the article names as an organisation
    elsewhere ("Millennium Challenge Corporation (MCC) … MCC menyatakan") when no mention holds
    it: the capitalised words just before "(", one per letter, whose initials spell it; mentions
    inside them give way ("Balai Pengembangan Industri Persepatuan Indonesia (BPIPI)")."""
    named = {m.text for m in mentions if m.label == "ORG" and is_short_form(m.text)}
    for i in range(2, len(doc) - 2):
        short = doc[i + 1]
        if doc[i].text != "(" or doc[i + 2].text != ")" or short.text not in named \
                or not short.text.isalpha():
            continue
        start = i - len(short.text)
        if start < 0 or not all(t.is_title for t in doc[start:i]):
            continue
        long = Mention(start, i, "ORG", RULE, text=doc[start:i].text)
        others = [o for o in mentions if not (start <= o.start and o.end <= i)]
        if "".join(t.text[0] for t in doc[start:i]) == short.text and _free(long, others):
            mentions[:] = others + [long]   # the mentions inside give way: "... | Indonesia"


def contraction(short: str, long: str) -> bool:
    """Whether one capitalised word of four or more letters abbreviates a name of three or
    more words from its first letter on ("Asosiasi Fintech Indonesia (Aftech)")."""
    return (short.isalpha() and short.istitle() and len(short) >= 4
            and len(long.split()) >= 3 and abbreviates(short, long))


def abbreviates(short: str, long: str) -> bool:
    """Whether `short` can abbreviate `long`: same first letter, its letters in order within
    `long` ("KPK" / "Komisi Pemberantasan Korupsi"; not "FIGC" / "Italia")."""
    rest = iter(long.casefold())
    letters = [c for c in short.casefold() if c.isalnum()]
    return bool(letters) and letters[0] == long[:1].casefold() and all(c in rest for c in letters)


def pair_up(long: Mention, short: Mention, generic_words: frozenset[str] = frozenset()) -> None:
    """Make the two forms one entity: the KB entity of either, else the long form's name; a
    head-word name of another label is not the short form's KB entity ("GOR X (UNY)"), and a
    long form that shares no word with any name of the short form's KB entity defines the
    acronym anew ("Aliansi Super Oposisi Nasional (NASA)" is no space agency), as does one
    sharing only `generic_words` ("Kongres Advokat Indonesia (KAI)")."""
    if long.entity is None and short.entity is not None:
        if long.source == RULE and long.label != short.entity.label:
            return
        if shares_word(long.text, short.entity, generic_words):
            long.entity = short.entity
            return
        short.entity = None
    if short.entity is None or short.entity is long.entity:
        short.entity, short.ref, short.label = None, long, long.label


def shares_word(text: str, entity: Entity, generic_words: frozenset[str] = frozenset()) -> bool:
    """Whether a name shares a word of four letters or more, none of `generic_words`, with one
    of the entity's names, compared by their first five letters ("Pemberantas" ~
    "Pemberantasan")."""
    def stems(name: str) -> set[str]:
        return {w[:5] for w in name_words(name) if len(w) >= 4 and w.lower() not in generic_words}
    mine = stems(text)
    return any(mine & stems(name) for name in (entity.name, *entity.aliases, *entity.weak))


def _mark_occurrences(short: str, long: Mention, mentions: list[Mention],
                      redefined: Entity | None = None) -> None:
    """The other unlinked mentions of `short` (and those linked to the KB entity the article
    `redefined` it from) are `long`."""
    for m in mentions:
        if (m.text == short and m is not long and m.ref is None
                and (m.entity is None or m.entity is redefined)):
            m.entity, m.ref, m.label = None, long, long.label


def _free(m: Mention, mentions: list[Mention]) -> bool:
    return all(o.end <= m.start or m.end <= o.start for o in mentions)
