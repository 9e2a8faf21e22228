"""The knowledge base: bundled data, lookup, user extension (YAML, CSV, env), Wikidata dumps."""
from __future__ import annotations

import bz2
import json
from collections import Counter
from pathlib import Path

import pytest

from warta.errors import WartaError
from warta.kb import (Entity, InMemoryKB, alias_key, common_words, load_kb, person_tokens,
                      read_records, read_wikidata_dump)
from warta.kb import build as kb_build
from warta.kb.build import person_tokens as build_person_tokens

SOURCES = Path(__file__).parent / "kb_sources"   # a few records of each `--sources` file


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("mention,name,label,country", [
    ("Korut", "North Korea", "GPE", "PRK"),
    ("Korea Selatan", "South Korea", "GPE", "KOR"),
    ("AS", "United States", "GPE", "USA"),
    ("Tiongkok", "China", "GPE", "CHN"),
    ("RRC", "China", "GPE", "CHN"),
    ("Inggris", "United Kingdom", "GPE", "GBR"),
    ("Federasi Rusia", "Russia", "GPE", "RUS"),
    ("UEA", "United Arab Emirates", "GPE", "ARE"),
    ("Georgia", "Georgia (country)", "GPE", "GEO"),
    ("Moskow", "Moscow", "GPE", "RUS"),
    ("Den Haag", "The Hague", "GPE", "NLD"),
    ("Washington", "Washington, D.C.", "GPE", "USA"),
    ("New York", "New York City", "GPE", "USA"),
    # a US city is "City, State" as Wikipedia titles it, save the AP dateline cities
    ("Austin", "Austin, Texas", "GPE", "USA"),
    ("Columbus", "Columbus, Ohio", "GPE", "USA"),
    ("Seattle", "Seattle", "GPE", "USA"),
    ("Jawa Barat", "West Java", "GPE", "IDN"),
    ("Kabupaten Aceh Selatan", "South Aceh Regency", "GPE", "IDN"),
    ("PBB", "United Nations", "ORG", "IGO"),
    ("Liga Super Indonesia", "Indonesia Super League", "ORG", "IDN"),   # Liga 1's forerunner
    ("El Clasico", "El Clásico", "EVENT", "ESP"),           # without its diacritic
    ("Azulgrana", "FC Barcelona", "ORG", "ESP"),            # a club's nickname
    ("DK PBB", "United Nations Security Council", "ORG", "IGO"),
    ("KPK", "Corruption Eradication Commission", "ORG", "IDN"),
    ("PDI-P", "Indonesian Democratic Party of Struggle", "ORG", "IDN"),
    ("Antara", "Antara (news agency)", "ORG", "IDN"),
    ("Bamsoet", "Bambang Soesatyo", "PER", "IDN"),
    ("HRS", "Rizieq Shihab", "PER", "IDN"),
    ("BTP", "Basuki Tjahaja Purnama", "PER", "IDN"),
    ("Barat", "Western world", "NORP", None),
    ("Piagam PBB", "Charter of the United Nations", "LAW", "IGO"),
])
def test_kb_lookup(kb, mention, name, label, country):
    best = kb.get_candidates(mention)[0].entity
    assert (best.name, best.label, best.country) == (name, label, country)


def test_kb_metonym_stands_for_its_country(kb):
    assert kb.get_entity("Moscow Kremlin").stands_for == "RUS"
    assert kb.get_candidates("Gedung Putih")[0].entity.stands_for == "USA"


def test_kb_qids_only_where_given(kb):
    assert kb.get_entity("North Korea").qid == "Q423"
    assert kb.get_entity("Aruba").qid is not None          # countries: dr5hn, joined on ISO3
    assert kb.get_entity("West Kalimantan").qid is None    # its source QID is Kalimantan's too


def test_kb_alias_key_ignores_case_space_and_hyphen_spacing():
    assert alias_key("Kim Jong - un") == alias_key("kim jong-un")


def test_kb_weak_alias_links_but_is_not_offered_to_ruler(kb):
    kim = kb.get_entity("Kim Jong Un")
    assert kb.get_candidates("Kim")[0].entity is kim
    assert "Kim" not in {surface for surface, e in kb.aliases() if e is kim}


def test_kb_group_named_by_a_common_surname_is_weak(kb):
    """"Wagner" alone may be Paula Wagner; "Grup Wagner" is the military company."""
    wagner = kb.get_entity("Wagner Group")
    assert "Wagner" not in {surface for surface, e in kb.aliases() if e is wagner}
    assert kb.get_candidates("Grup Wagner")[0].entity is wagner


def test_kb_band_named_by_an_ordinary_word_is_weak(kb):
    """"Padi" the band links a recognised mention but is never matched alone."""
    padi = kb.get_entity("Padi (band)")
    assert kb.get_candidates("Padi")[0].entity is padi
    assert "Padi" not in {surface for surface, e in kb.aliases() if e is padi}


def test_kb_country_beats_city_of_same_name(kb):
    assert kb.get_candidates("Singapura")[0].entity.type == "country"


def test_kb_rejects_unknown_label():
    with pytest.raises(ValueError):
        InMemoryKB([Entity(name="X", label="THING")])


def test_kb_user_yaml_adds_and_extends(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("- {name: Gerakan Hijau Nusantara, label: ORG, country: IDN, aliases: [GHN]}\n"
                    "- {name: North Korea, label: GPE, aliases: [Negeri Juche]}\n")
    kb = load_kb(extra=[path])
    assert kb.get_candidates("GHN")[0].entity.name == "Gerakan Hijau Nusantara"
    assert kb.get_candidates("Negeri Juche")[0].entity.name == "North Korea"
    assert kb.get_entity("North Korea").qid == "Q423"


def test_kb_user_csv(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("name,label,type,country,qid,aliases,sector\n"
                    "Budi Santoso,PER,person,IDN,,Pak Budi|Budi S.,GOV\n")
    entity = load_kb(extra=[path]).get_candidates("Budi S.")[0].entity
    assert (entity.name, entity.label, entity.sector) == ("Budi Santoso", "PER", "GOV")


def test_kb_extra_from_setting(tmp_path, monkeypatch):
    path = tmp_path / "env.yaml"
    path.write_text("- {name: Lembaga Contoh, label: ORG, aliases: [LC]}\n")
    monkeypatch.setenv("WARTA_KB_EXTRA", str(path))
    assert load_kb().get_candidates("LC")[0].entity.name == "Lembaga Contoh"


def test_kb_bad_user_file_is_a_coded_error(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("x")
    with pytest.raises(WartaError, match="E051"):
        list(read_records(path))


def _item(qid, en, idn, p31, country=None, enwiki=None, aliases=()):
    claims = {"P31": [{"mainsnak": {"datavalue": {"value": {"id": p31}}}}]}
    if country:
        claims["P17"] = [{"mainsnak": {"datavalue": {"value": {"id": country}}}}]
    item = {"id": qid, "type": "item", "claims": claims,
            "labels": {"en": {"language": "en", "value": en}, "id": {"language": "id", "value": idn}},
            "aliases": {"id": [{"language": "id", "value": a} for a in aliases]}}
    if enwiki:
        item["sitelinks"] = {"enwiki": {"site": "enwiki", "title": enwiki}}
    return item


@pytest.fixture
def dump(tmp_path):
    """A three-item dump in the real line format: `[`, one item per line with commas, `]`."""
    items = [_item("Q9001", "Kampung Contoh", "Kampung Contoh", "Q515", "Q252",
                   enwiki="Kampung Contoh (city)", aliases=["Kacon"]),
             _item("Q9002", "Some painting", "Lukisan", "Q3305213"),
             _item("Q9003", "Sample Party", "Partai Contoh", "Q7278", "Q252", aliases=["PC"])]
    lines = ["[", *(json.dumps(i) + "," for i in items[:-1]), json.dumps(items[-1]), "]"]
    path = tmp_path / "wikidata-sample.json.bz2"
    with bz2.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def test_kb_wikidata_dump_reader(dump):
    entities = list(read_wikidata_dump(dump, countries={"Q252": "IDN"}))
    assert [(e.name, e.label, e.type, e.qid, e.country) for e in entities] == [
        ("Kampung Contoh (city)", "GPE", "city", "Q9001", "IDN"),
        ("Sample Party", "ORG", "party", "Q9003", "IDN"),
    ]
    assert entities[0].aliases == ["Kampung Contoh", "Kacon"]


def test_kb_wikidata_dump_as_user_file(dump):
    kb = load_kb(extra=[dump])
    party = kb.get_candidates("Partai Contoh")[0].entity
    assert (party.name, party.country) == ("Sample Party", "IDN")


def test_kb_wikidata_dump_bad_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("[\n{not json},\n]\n")
    with pytest.raises(WartaError, match="E053"):
        list(read_wikidata_dump(path))


@pytest.mark.parametrize("mention,name", [
    ("Kemenkeu", "Ministry of Finance (Indonesia)"),
    ("Kemendag", "Ministry of Trade (Indonesia)"),
    ("Kemenhub", "Ministry of Transportation (Indonesia)"),
    ("KKP", "Ministry of Marine Affairs and Fisheries (Indonesia)"),
    ("Kementerian PUPR", "Ministry of Public Works and Housing"),
    ("Kemenpora", "Ministry of Youth and Sports (Indonesia)"),
    ("Kementerian BUMN", "Ministry of State-Owned Enterprises (Indonesia)"),
    ("Basarnas", "National Search and Rescue Agency"),
    ("Angkatan Darat", "Indonesian Army"),      # weak: a found mention, the home force
    ("Angkatan Udara", "Indonesian Air Force"),
    ("Partai Bulan Bintang", "Crescent Star Party"),
    ("PLN", "Perusahaan Listrik Negara"),
    ("BRI", "Bank Rakyat Indonesia"),
    ("Liga Primer Inggris", "Premier League"),
    ("Liga Champions", "UEFA Champions League"),
    ("Persija", "Persija Jakarta"),
    ("MU", "Manchester United F.C."),
    ("PBSI", "Badminton Association of Indonesia"),
    ("Kantor Berita EFE", "EFE"),
    ("Channel NewsAsia", "CNA (TV network)"),
    ("Straits Times", "The Straits Times"),
    ("Scuderia Ferrari", "Scuderia Ferrari"),
    ("Yamaha", "Yamaha Motor Company"),
    ("Universitas Airlangga", "Airlangga University"),
    ("Unair", "Airlangga University"),
    ("UGM", "Gadjah Mada University"),
    ("UIN Syarif Hidayatullah", "Syarif Hidayatullah State Islamic University Jakarta"),
    ("Binus", "Bina Nusantara University"),
    ("SNSD", "Girls' Generation"),
    ("CJR", "CJR (band)"),
    ("Peterpan", "Noah (band)"),
    ("Guns N Roses", "Guns N' Roses"),
    ("Bluebird", "Blue Bird"),
    ("detikFinance", "Detik.com"),
    ("Global TV", "GTV (Indonesian TV network)"),
    ("Matahari Department Store", "Matahari"),
    ("Shell Indonesia", "Royal Dutch Shell"),
])
def test_kb_categories(kb, mention, name):
    assert kb.get_candidates(mention)[0].entity.name == name


def test_kb_indonesian_ministries_complete(kb):
    """All 34 ministries of Kabinet Kerja, each with its Indonesian name."""
    ministries = [e for e in kb if e.type == "ministry" and e.country == "IDN"
                  and any(a.startswith("Kementerian") for a in e.aliases)]
    assert len(ministries) >= 34


def test_kb_news_outlets_and_agencies_are_one_category(kb):
    """Major regional and international outlets and agencies, one entity per outlet."""
    for alias in ("Al Jazeera", "BBC", "CNN", "Xinhua", "Kyodo", "NHK", "TASS", "RIA Novosti",
                  "Sputnik", "Yonhap", "Bernama", "South China Morning Post", "Associated Press",
                  "Channel News Asia", "Reuters", "Daily Mail", "Republika", "Sindonews"):
        found = kb.get_candidates(alias)
        assert found and found[0].entity.type == "outlet", alias
        assert len({c.entity.name for c in found if c.entity.type == "outlet"}) == 1, alias


def test_kb_person_tokens_are_name_words_only():
    names = person_tokens()
    assert "joko" in names and not names & common_words()


def test_kb_build_person_tokens_from_train_splits(tmp_path):
    (tmp_path / "idner-news-2k").mkdir()
    (tmp_path / "idner-news-2k" / "train.txt").write_text(
        "Budi PROPN B-PER\nSantoso PROPN I-PER\ndi ADP O\nBank PROPN B-ORG\nSantoso PROPN I-ORG\n")
    nergrit = tmp_path / "indonlu" / "nergrit_ner-grit"
    nergrit.mkdir(parents=True)
    (nergrit / "train_preprocess.txt").write_text("Kata\tO\nRiyanti\tB-PERSON\nbin\tI-PERSON\n")
    assert build_person_tokens(tmp_path, frozenset()) == {"budi", "riyanti"}


def test_kb_universities_are_a_category(kb):
    """Indonesian state and major private universities; a bare person name is no university."""
    universities = [e for e in kb if e.type == "university" and e.country == "IDN"]
    assert len(universities) >= 40
    assert all(e.label == "ORG" for e in universities)
    assert all(c.entity.type != "university" for c in kb.get_candidates("Airlangga"))


def test_kb_build_qids_join_on_codes_names_and_titles():
    known = InMemoryKB([
        Entity("Indonesia", "GPE", "country", "IDN"),
        Entity("West Java", "GPE", "province", "IDN", aliases=["Jawa Barat"]),
        Entity("West Kalimantan", "GPE", "province", "IDN", aliases=["Kalimantan Barat"]),
        Entity("Aceh", "GPE", "province", "IDN", qid="Q1823"),
        Entity("Surabaya", "GPE", "city", "IDN"),
        Entity("Stoke City F.C.", "ORG", "club", "GBR"),
        Entity("Stoke-on-Trent", "GPE", "city", "GBR"),
    ])
    found = {e.name: e.qid for e in kb_build.qids(SOURCES, known)}
    assert found == {"Indonesia": "Q252", "West Java": "Q3724", "Surabaya": "Q11462",
                     "Stoke City F.C.": "Q18736"}   # Kalimantan Barat's QID is Kalimantan's


def test_kb_build_qids_from_indel_votes_not_held_by_another_entity():
    known = InMemoryKB([
        Entity("Corruption Eradication Commission", "ORG", "agency", "IDN", aliases=["KPK"]),
        Entity("Basuki Tjahaja Purnama", "PER", "person", "IDN", aliases=["Ahok"]),
        Entity("Jakarta", "GPE", "province", "IDN", qid="Q3630"),
        Entity("Madrid", "GPE", "capital", "ESP"),
        Entity("Real Madrid CF", "ORG", "club", "ESP", qid="Q8682"),
        Entity("Zulkifli Hasan", "PER", "person", "IDN"),
        Entity("Valencia CF", "ORG", "club", "ESP", aliases=["Valencia"]),
    ])
    found = {e.name: e.qid for e in kb_build.qids(SOURCES, known)}
    # Basuki's name is linked to Jakarta as often as to him, but Jakarta holds Q3630; "Madrid"
    # is the club's QID and no place's; one link of a full name (Zulkifli Hasan) is enough,
    # one link of a one-word alias ("Valencia", the city) is not.
    assert found == {"Corruption Eradication Commission": "Q3273955",
                     "Basuki Tjahaja Purnama": "Q3701615", "Zulkifli Hasan": "Q4260406"}


def test_kb_build_subdivisions_first_level_with_qids():
    known = InMemoryKB([Entity("Northern Cape Province", "GPE", aliases=["Northern Cape"])])
    found = {e.name: e for e in kb_build.subdivisions(SOURCES, known)}
    assert set(found) == {"Gauteng"}     # no districts (Aiwo), no Indonesia, no known names
    gauteng = found["Gauteng"]
    assert (gauteng.qid, gauteng.country, gauteng.weak) == ("Q133083", "ZAF", ["Gauteng"])


def test_kb_build_with_sources_writes_qid_files(tmp_path, monkeypatch):
    for stem in ("countries", "regions", "cities", "wilayah"):
        monkeypatch.setitem(kb_build.BUILDERS, stem, lambda data, *rest: iter(()))
    monkeypatch.setattr(kb_build, "common_words", lambda data: frozenset())
    monkeypatch.setattr(kb_build, "person_tokens", lambda data, common: frozenset())
    monkeypatch.setattr(kb_build, "country_codes", lambda data: iter(()))
    counts = kb_build.build(tmp_path, tmp_path, sources=SOURCES)
    assert counts["subdivisions"] == 2 and counts["qids"] == 0
    lines = (tmp_path / "subdivisions.jsonl").read_text().splitlines()
    assert {json.loads(line)["qid"] for line in lines} == {"Q133083", "Q132418"}


def test_kb_subdivisions_link_but_do_not_take_person_names(kb):
    assert kb.get_candidates("Rhode Island")[0].entity.qid == "Q1387"
    assert all(a != "Amran" for a, _ in kb.aliases())


def test_kb_one_entity_per_qid(kb):
    """A QID names one entity: a source's slip (Guam with the United States' QID) is dropped."""
    owners: dict[str, str] = {}
    for entity in kb:
        if entity.qid:
            assert owners.setdefault(entity.qid, entity.name) == entity.name, entity.qid


def test_kb_confirmed_qids_name_their_source():
    import csv

    path = Path(kb_build.DEFAULT_OUT) / "wikidata_confirmed.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["source"].strip() and r["qid"][:1] == "Q" and r["qid"][1:].isdigit()
                        for r in rows)


def test_kb_build_indel_entities_new_people_and_organisations():
    known = InMemoryKB([Entity("Corruption Eradication Commission", "ORG", "agency", "IDN",
                               qid="Q3273955", aliases=["KPK"])])
    found = {e.name: e for e in kb_build.indel_entities(
        SOURCES, known, {"Q3273955": "Corruption Eradication Commission"},
        places=frozenset({"torino"}))}
    assert set(found) == {"Roger Federer", "Formula 1", "Nintendo", "Marvel"}
    federer = found["Roger Federer"]
    # the surname is weak, the first name no alias at all
    assert (federer.label, federer.qid, federer.aliases, federer.weak) == (
        "PER", "Q1426", [], ["Federer"])
    # a person linked to an organisation is no alias of it; "Torino" is a place name
    assert found["Formula 1"].aliases == [] and found["Formula 1"].label == "ORG"
    assert found["Marvel"].weak == ["Marvel"]          # a plain word: weak
    assert found["Nintendo"].aliases == []


def test_kb_build_cli_takes_sources(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from warta.cli import app

    seen = {}
    monkeypatch.setattr(kb_build, "build", lambda data, out, sources=None:
                        seen.update(sources=sources) or {"qids": 0})
    result = CliRunner().invoke(app, ["kb", "build", "--sources", str(SOURCES)])
    assert result.exit_code == 0 and seen["sources"] == SOURCES


def test_kb_build_politicians_people_only_full_names_qids_once():
    known = InMemoryKB([Entity("Airlangga Hartarto", "PER", "person", "IDN")])
    taken = {"Q17410774": "Hanif Dhakiri"}
    found = {e.name: e for e in kb_build.politicians(SOURCES, known, taken)}
    # a body (no gender, no birth date), a one-word name, a disambiguated name, a namesake
    # born in 1905 and a QID another entity holds are left out; a known person takes the QID
    assert set(found) == {"Fadli Zon", "Airlangga Hartarto"}
    assert (found["Fadli Zon"].qid, found["Fadli Zon"].label) == ("Q12482698", "PER")
    assert found["Airlangga Hartarto"].to_dict() == {
        "name": "Airlangga Hartarto", "label": "PER", "qid": "Q12471140"}


def test_kb_build_fb15k_people_and_organisations_typed_by_their_triples():
    known = InMemoryKB([Entity("Ben Affleck", "PER", "person"),
                        Entity("Google", "ORG", "company", qid="Q95")])
    taken = {"Q95": "Google"}
    found = {e.name: e for e in kb_build.fb15k_entities(SOURCES, known, taken)}
    # a one-word person (Madonna), a name two records share (John Smith), an entity typed
    # both ways (Taylor Swift) or by no relation (FC Barcelona) and a held QID are left out
    assert set(found) == {"Harvey Weinstein", "University College London", "Ben Affleck"}
    assert (found["Harvey Weinstein"].qid, found["Harvey Weinstein"].label) == ("Q531599", "PER")
    # no one-word alias: "UCL" is also the Champions League
    assert "UCL" not in found["University College London"].aliases
    assert found["University College London"].label == "ORG"
    # a person the KB already has takes the QID, nothing else
    assert found["Ben Affleck"].to_dict() == {"name": "Ben Affleck", "label": "PER",
                                              "qid": "Q483118"}
    assert taken["Q531599"] == "Harvey Weinstein"
    # an Indonesian namesake takes no QID Wikidata describes otherwise ("American film producer")
    namesake = InMemoryKB([Entity("Harvey Weinstein (Indonesian)", "PER", "person", "IDN",
                                  aliases=["Harvey Weinstein"])])
    assert all("Weinstein" not in e.name for e in kb_build.fb15k_entities(SOURCES, namesake, {}))


def test_kb_build_fb15k_qid_for_a_name_written_with_diacritics():
    known = InMemoryKB([Entity("Bén Affleck", "PER", "person")])
    found = {e.name: e for e in kb_build.fb15k_entities(SOURCES, known, {})}
    assert found["Bén Affleck"].qid == "Q483118" and "Ben Affleck" not in found


@pytest.mark.parametrize("links,qid", [
    # one full name linked once, where most of the QID's links are other names: not its QID
    ({"bernie ecclestone": Counter({"Q1968": 1}), "formula 1": Counter({"Q1968": 5})}, None),
    # where most of them share a word with its names: its QID
    ({"bernie ecclestone": Counter({"Q9": 1}), "ecclestone": Counter({"Q9": 3})}, "Q9"),
])
def test_kb_build_indel_qid_of_a_name_linked_once(links, qid):
    entity = Entity("Bernie Ecclestone", "PER", "person")
    assert kb_build.indel_qid(entity, links, {}) == qid


def test_kb_build_brand_qids_where_name_and_country_agree():
    known = [Entity("Petronas", "ORG", "company"), Entity("Pertamina", "ORG", "company", "IDN"),
             Entity("NET (Indonesian TV network)", "ORG", "outlet", "IDN"),
             Entity("Sinar", "ORG", "company", "IDN"), Entity("Pertamina Foundation", "PER")]
    found = {e.name: e.qid for e in kb_build.brand_qids(SOURCES, known, {})}
    # worldwide or in the entity's country; not the Taiwanese clothes brand "NET" for the
    # Indonesian TV network, not a name with two QIDs
    assert found == {"Petronas": "Q221692", "Pertamina": "Q1641044"}
    assert not list(kb_build.brand_qids(SOURCES, known, {"Q221692": "Petronas", "Q1641044": "x"}))


def test_kb_build_indel_leaves_out_first_names_and_shared_surnames(tmp_path):
    import shutil

    sources = tmp_path / "sources"
    shutil.copytree(SOURCES, sources)
    ttl = sources / "indel" / "IndEL_General_Domain.ttl"
    ttl.write_text(ttl.read_text() + "".join(
        f'<http://IndEL/{90 + i}#0,1>\n        nif:anchorOf          "{a}" ;\n'
        f'        itsrdf:taIdentRef     <http://www.wikidata.org/entity/{q}> .\n'
        for i, (a, q) in enumerate([("Kevin", "Q901"), ("Kevin", "Q901"), ("Hendra Setiawan", "Q902"),
                                    ("Setiawan", "Q902"), ("Setiawan", "Q902")])))
    (sources / "nerui" / "nergithub.txt").write_text(
        "Kevin\tB-PERSON\nHendra\tB-PERSON\nSetiawan\tI-PERSON\ndan\tO\nBudi\tB-PERSON\n"
        "Setiawan\tI-PERSON\n.\tO\n\nSetiawan\tB-PERSON\n")
    found = {e.qid: e for e in kb_build.indel_entities(sources, InMemoryKB(), {})}
    assert "Q901" not in found                         # a first name alone is no one's own
    assert (found["Q902"].name, found["Q902"].weak) == ("Hendra Setiawan", [])


def test_the_kb_can_leave_out_what_was_drawn_from_the_held_out_ner_set():
    from warta.kb import NERUI_DERIVED, data_files, load_kb

    assert set(NERUI_DERIVED) <= {p.name for p in data_files()}
    assert not set(NERUI_DERIVED) & {p.name for p in data_files(without=NERUI_DERIVED)}
    assert len(list(load_kb(without=NERUI_DERIVED))) < len(list(load_kb()))


@pytest.mark.parametrize("written,name", [
    # news writes foreign names without their diacritics
    ("Jose Mourinho", "José Mourinho"),
    ("Gylfi Sigurdsson", "Gylfi Sigurðsson"),
    # a form some entity is written as stays that entity's
    ("Tartus", "Tartus"),
    # one word without its diacritics links, but the ruler does not match it alone
    ("Sale", "Salé"),
])
def test_kb_finds_a_name_written_without_diacritics(written, name):
    kb = InMemoryKB([Entity("José Mourinho", "PER", aliases=["Mourinho"]),
                     Entity("Gylfi Sigurðsson", "PER"), Entity("Ţarţūs", "GPE"),
                     Entity("Tartus", "GPE", type="city"), Entity("Salé", "GPE")])
    assert kb.get_candidates(written)[0].entity.name == name
    ruled = sum(alias_key(a) == alias_key(written) for a, _ in kb.aliases())
    assert ruled == (0 if written == "Sale" else 1)


@pytest.mark.parametrize("written,name", [
    ("Tanahabang", "Tanah Abang"),                        # a place's name run together
    ("Kebayoranbaru", "Kebayoran Baru"),
    ("Jokowidodo", None),                                 # a person's is not
])
def test_kb_finds_a_place_written_run_together(kb, written, name):
    assert [c.entity.name for c in kb.get_candidates(written)][:1] == ([name] if name else [])


@pytest.mark.parametrize("written,name", [
    ("Vladimir Vujovic", "Vladimir Vujović"),            # without its diacritics
    ("Marc-Andre ter Stegen", "Marc-André ter Stegen"),
    ("Ter Stegen", "Marc-André ter Stegen"),              # a surname one person bears
    ("Andik Vermansyah", "Andik Vermansah"),              # the spelling news uses
    ("Jack Miller", "Jack Miller (motorcyclist)"),        # the title's disambiguator dropped
    ("Vinales", "Maverick Viñales"),
    ("Celine Dion", "Céline Dion"),
    ("Wanderley Jr", "Wanderley Júnior"),                 # "Júnior" written "Jr"
    ("Kim Tae Yeon", "Taeyeon"),                          # a hyphen written as a space
    ("Park Chae Young", "Rosé (singer)"),
])
def test_kb_athletes_and_entertainers_by_their_wikipedia_titles(kb, written, name):
    assert kb.get_candidates(written)[0].entity.name == name


@pytest.mark.parametrize("name,weak", [
    ("Valentino Rossi", "Rossi"),           # a surname many people share
    ("Lisa (rapper)", "Lisa"),              # a given name
    ("Julia Perez", "Jupe"),                # a nickname a footballer bears too
])
def test_kb_shared_short_forms_of_people_link_only(kb, name, weak):
    person = kb.get_entity(name)
    assert kb.get_candidates(weak)[0].entity is person
    assert weak not in {surface for surface, e in kb.aliases() if e is person}


@pytest.mark.parametrize("written,name", [
    ("Nguyen Phu Trong", "Nguyễn Phú Trọng"),          # without its diacritics
    ("Gus Ipul", "Saifullah Yusuf"),                    # a nickname news writes
    ("Kak Seto", "Seto Mulyadi"),
    ("FX Hadi Rudyatmo", "F. X. Hadi Rudyatmo"),
    ("Kate Middleton", "Catherine, Princess of Wales"), # the form news writes, the current title
    ("Lopez Obrador", "Andrés Manuel López Obrador"),
    ("Hatta Ali", "Muhammad Hatta Ali"),                # the short form news writes
])
def test_kb_officials_by_their_wikipedia_titles(kb, written, name):
    assert kb.get_candidates(written)[0].entity.name == name


@pytest.mark.parametrize("name,weak", [
    ("Bernie Sanders", "Sanders"),          # a surname several people bear
    ("Susan Rice", "Rice"),                 # an ordinary word
    ("Shimon Peres", "Peres"),              # a footballer's name too ("Bruno Peres")
    ("Kartika Wirjoatmodjo", "Tiko"),       # a nickname
    ("Luiz Inácio Lula da Silva", "Lula"),  # a place's name too
])
def test_kb_shared_short_forms_of_officials_link_only(kb, name, weak):
    person = kb.get_entity(name)
    assert any(c.entity is person for c in kb.get_candidates(weak))
    assert weak not in {surface for surface, e in kb.aliases() if e is person}


@pytest.mark.parametrize("short,name", [
    ("Conte", "Antonio Conte"),             # Giuseppe Conte does not take the manager's name
    ("Clinton", "Hillary Clinton"),
    ("Perry", "Katy Perry"),
])
def test_kb_officials_leave_other_peoples_short_forms_alone(kb, short, name):
    assert kb.get_candidates(short)[0].entity.name == name

@pytest.mark.parametrize("written,name,label", [
    ("Gunung Sinabung", "Mount Sinabung", "LOC"),         # the head word news writes
    ("Sinabung", "Mount Sinabung", "LOC"),                # bare, where unambiguous
    ("Danau Toba", "Lake Toba", "LOC"),
    ("Selat Sunda", "Sunda Strait", "LOC"),
    ("Bandara Juanda", "Juanda International Airport", "FAC"),
    ("Tol Cipali", "Cikopo–Palimanan Toll Road", "FAC"),
    ("Stasiun Senen", "Pasar Senen Station", "FAC"),       # a title the head word cannot build
    ("RSCM", "Cipto Mangunkusumo Hospital", "FAC"),
    ("Lapas Sukamiskin", "Sukamiskin Prison", "FAC"),
    ("Masjid Istiqlal", "Istiqlal Mosque, Jakarta", "FAC"),
    ("Kelapa Gading", "Kelapa Gading", "GPE"),             # a Jakarta district
    ("Teluk Palu", "Palu Bay", "LOC"),
])
def test_kb_landmarks_by_their_wikipedia_titles(kb, written, name, label):
    entity = kb.get_candidates(written)[0].entity
    assert (entity.name, entity.label) == (name, label)


@pytest.mark.parametrize("name,weak", [
    ("Mina, Saudi Arabia", "Mina"),                      # a given name
    ("Komodo (island)", "Komodo"),                       # the lizard, the national park
    ("Tanjung Priok", "Priok"),
])
def test_kb_landmarks_ambiguous_short_forms_link_only(kb, name, weak):
    place = kb.get_entity(name)
    assert kb.get_candidates(weak)[0].entity is place
    assert weak not in {surface for surface, e in kb.aliases() if e is place}


@pytest.mark.parametrize("written,name", [
    ("Jimin BTS", "Jimin (singer)"),                     # a stage name with the group's
    ("Kim Taehyung", "V (singer)"),                      # the full name news writes
    ("Rap Monster", "RM (rapper)"),                      # a former stage name
    ("Ariel Noah", "Ariel (singer)"),
    ("Nazril Irham", "Ariel (singer)"),
    ("Sule", "Sule (comedian)"),                         # the title's disambiguator dropped
    ("Aa Gatot", "Gatot Brajamusti"),                    # a nickname news writes
    ("Tiesto", "Tiësto"),                                # without its diacritics
    ("Alejandro Gonzalez Inarritu", "Alejandro González Iñárritu"),
])
def test_kb_entertainers_by_the_forms_news_writes(kb, written, name):
    assert kb.get_candidates(written)[0].entity.name == name


@pytest.mark.parametrize("written,name", [
    ("Blibli.com", "Blibli"),
    ("Ruang Guru", "Ruangguru"),
    ("Modalku", "Funding Societies"),
    ("Go-Pay", "GoPay"),
    ("PT Pertamina EP", "Pertamina EP"),
    ("PT Pelindo II", "Pelabuhan Indonesia II"),
    ("KAI Commuter", "Kereta Commuter Indonesia"),
    ("Pupuk Kaltim", "Pupuk Kalimantan Timur"),
    ("PT Honda Prospect Motor", "Honda Prospect Motor"),
    ("Freeport McMoRan", "Freeport-McMoRan"),
    ("Softbank", "SoftBank Group"),
    ("Pos Kota", "Pos Kota"),
    ("Harian Pikiran Rakyat", "Pikiran Rakyat"),
    ("Hurriyet", "Hürriyet"),                            # written without its diacritics
    ("Repsol Honda", "Repsol Honda Team"),               # one team, not Repsol and Honda
    ("Toro Rosso", "Scuderia Toro Rosso"),
])
def test_kb_businesses_link_as_news_writes_them(kb, written, name):
    assert kb.get_candidates(written)[0].entity.name == name


@pytest.mark.parametrize("name,weak", [
    ("Jimin (singer)", "Jimin"),            # a given name
    ("V (singer)", "V"),                    # a letter
    ("Rosé (singer)", "Rose"),              # an ordinary word and a given name
    ("Ariel (singer)", "Ariel"),
    ("Anggun", "Anggun"),                   # an Indonesian word ("graceful")
    ("Haha (entertainer)", "Haha"),         # laughter as written
    ("Raisa Andriana", "Raisa"),
])
def test_kb_entertainers_short_forms_link_only(kb, name, weak):
    person = kb.get_entity(name)
    assert any(c.entity is person for c in kb.get_candidates(weak))
    assert weak not in {surface for surface, e in kb.aliases() if e is person}


@pytest.mark.parametrize("name,weak", [
    ("HP Inc.", "HP"),                                   # "HP" is also a handphone
    ("Asia Pacific Resources International", "APRIL"),   # the month
    ("ATR (aircraft manufacturer)", "ATR"),              # Kementerian ATR
    ("Kakao", "Kakao"),                                  # cocoa
    ("Jenius (bank)", "Jenius"),                         # genius
    ("Waspada (newspaper)", "Waspada"),                  # beware
    ("Sequoia Capital", "Sequoia"),                      # the tree
    ("People (magazine)", "People"),
])
def test_kb_businesses_weak_forms_link_only(kb, name, weak):
    entity = kb.get_entity(name)
    assert kb.get_candidates(weak)[0].entity is entity
    assert weak not in {surface for surface, e in kb.aliases() if e is entity}


def test_kb_businesses_take_no_surface_of_another_file():
    """businesses.yaml loads after the other files: none of its entities or surfaces may be
    another file's (written as it is or without diacritics), nor twice in the file."""
    from warta.kb import data_files
    from warta.kb.base import ascii_form
    mine_path = next(p for p in data_files() if p.name == "businesses.yaml")
    others = InMemoryKB(e for p in data_files(without=["businesses.yaml"]) for e in read_records(p))
    mine = list(read_records(mine_path))
    assert len(mine) >= 300
    keys = []
    for entity in mine:
        assert others.get_entity(entity.name) is None, entity.name
        base = entity.name.split(" (")[0]
        for surface in {base, *entity.aliases, *entity.weak}:
            for form in {surface, ascii_form(surface)}:
                assert not others.get_candidates(form), (entity.name, surface)
            keys.append(alias_key(surface))
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("text,present,absent", [
    ("Direktur Utama PT Pertamina EP Nanang Abdul Manaf mengatakan produksi gas naik.",
     {"PT Pertamina EP": "Pertamina EP"}, ()),
    ("Pengguna Go-Pay dan OVO bertambah, kata CEO Ruangguru Belva Devara.",
     {"Go-Pay": "GoPay", "OVO": "OVO (company)", "Ruangguru": "Ruangguru"}, ()),
    ("Seperti dilansir Pos Kota, pekerja JICT mogok sejak Kamis.",
     {"Pos Kota": "Pos Kota", "JICT": "Jakarta International Container Terminal"}, ()),
    ("Pebalap Repsol Honda Marc Marquez menang di Sirkuit Jerez.",
     {"Repsol Honda": "Repsol Honda Team"}, ("Repsol", "Honda")),
    ("Petani Kakao diminta Waspada pada April, sebab harga Garam juga naik.",
     {}, ("Kakao", "Waspada", "April", "Garam")),
])
def test_kb_businesses_in_sentences(text, present, absent):
    from warta.pipeline import build_pipeline, make_doc
    nlp = build_pipeline(components=["warta_sentences", "warta_entities"])
    found = {e.text: e._.name for e in nlp(make_doc(nlp, text)).ents}
    assert {t: found.get(t) for t in present} == present
    assert not set(absent) & set(found)


def test_a_city_named_with_its_state_is_matched_by_its_bare_name(kb):
    surfaces = {s for s, e in kb.aliases() if e.name in ("Austin, Texas", "Washington, D.C.")}
    assert "Austin" in surfaces and "Austin, Texas" not in surfaces
    assert "Washington, D.C." in surfaces   # "D.C." is no region of its own
