"""EntityLinker on sentences written here: KB ruler, rules, merge with statistical spans,
title trimming, linking, name-part and acronym coreference, metonyms. No trained model."""
from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from warta.nlp.linking import NER, Mention, mark_repeats
from warta.pipeline import build_pipeline, make_doc

FAKE_NER: list[tuple[str, str]] = []   # (text, label) pairs the stand-in NER marks


@Language.component("test_fake_ner")
def fake_ner(doc: Doc) -> Doc:
    """Stands in for `warta_ner`: marks every occurrence of the FAKE_NER strings."""
    spans = []
    for text, label in FAKE_NER:
        start = doc.text.find(text)
        while start >= 0:
            spans.append(doc.char_span(start, start + len(text), label=label))
            start = doc.text.find(text, start + 1)
    doc.ents = filter_spans([s for s in spans if s is not None])
    return doc


@pytest.fixture(scope="module")
def nlp():
    """warta_sentences, the stand-in NER (marks nothing unless told) and warta_entities."""
    return build_pipeline(components=["warta_sentences", "test_fake_ner", "warta_entities"])


def ents(nlp, text: str, ner: list[tuple[str, str]] = ()) -> dict[str, Span]:
    FAKE_NER[:] = ner
    return {e.text: e for e in nlp(make_doc(nlp, text)).ents}


def assert_labels(nlp, text: str, ner: list[tuple[str, str]], present: dict[str, str],
                  absent: list[str]) -> None:
    """The entities in `present` come out with their labels, none of `absent` does."""
    found = ents(nlp, text, ner)
    assert {t: found[t].label_ for t in present if t in found} == present
    assert not any(a in found for a in absent)


def test_entities_kb_ruler_and_linking(nlp):
    found = ents(nlp, "Presiden Rusia Vladimir Putin bertemu Kim Jong-un di Pyongyang. "
                      "Putin mengatakan Korea Utara adalah sahabat.")
    assert {t: (e.label_, e._.name) for t, e in found.items()} == {
        "Rusia": ("GPE", "Russia"), "Vladimir Putin": ("PER", "Vladimir Putin"),
        "Kim Jong-un": ("PER", "Kim Jong Un"), "Pyongyang": ("GPE", "Pyongyang"),
        "Putin": ("PER", "Vladimir Putin"), "Korea Utara": ("GPE", "North Korea")}
    assert found["Korea Utara"].kb_id_ == "Q423"
    assert found["Korea Utara"]._.country == "PRK"


def test_entities_short_form_carries_the_full_mentions_qid(nlp):
    """A surname or part of a name that coreference resolves gets the QID as well as the name."""
    found = ents(nlp, "Ketua DPR Setya Novanto diperiksa KPK. Setya mengatakan ia akan hadir.",
                 [("Setya", "PER")])
    assert found["Setya Novanto"].kb_id_ == "Q18421371"
    assert (found["Setya"]._.name, found["Setya"].kb_id_) == ("Setya Novanto", "Q18421371")


@pytest.mark.parametrize("text,mention,country", [
    ("Kremlin membantah laporan itu.", "Kremlin", "RUS"),
    ("Gedung Putih belum berkomentar.", "Gedung Putih", "USA"),
    ("Istana menyatakan Presiden akan hadir.", "Istana", "IDN"),
    ("Pyongyang menembakkan rudal.", "Pyongyang", "PRK"),
])
def test_entities_metonyms_keep_name_and_carry_country(nlp, text, mention, country):
    span = ents(nlp, text)[mention]
    assert span._.country == country
    assert span._.name != mention or mention == "Pyongyang"


@pytest.mark.parametrize("text,present,absent", [
    ("Warga suriah mengungsi ke Turki.", ["suriah", "Turki"], []),
    ("Sanksi AS diumumkan, tapi as roda truk patah.", ["AS"], ["as"]),
    ("Angin barat bertiup kencang, kata negara-negara Barat.", ["Barat"], ["barat"]),
    ("Ia fasih berbahasa Inggris dan Bahasa Indonesia.", [], ["Inggris", "Indonesia"]),
    ("Wali Kota Malang meninjau banjir di Kota Batu.", ["Malang", "Kota Batu"], ["Kota Malang"]),
])
def test_entities_case_rules(nlp, text, present, absent):
    found = ents(nlp, text)
    assert all(p in found for p in present) and not any(a in found for a in absent)


@pytest.mark.parametrize("text,mention,label,name", [
    ("Demonstran berkumpul di depan Gedung Sate.", "Gedung Sate", "FAC", "Gedung Sate"),
    ("Sampah menumpuk di Sungai Cikapundung.", "Sungai Cikapundung", "LOC", "Sungai Cikapundung"),
    ("Sampah menumpuk di Sungai Ciliwung.", "Sungai Ciliwung", "LOC", "Ciliwung"),
    ("Kapal itu berlayar di Laut China Selatan.", "Laut China Selatan", "LOC", "South China Sea"),
    ("Kota itu hancur dalam Perang Dunia II.", "Perang Dunia II", "EVENT", "World War II"),
    ("Hal itu melanggar Pasal 51 Piagam PBB.", "Pasal 51 Piagam PBB", "LAW",
     "Charter of the United Nations"),
    ("Bamsoet mengatakan DPR mendukung.", "Bamsoet", "PER", "Bambang Soesatyo"),
    ("Pernyataan Komisi Pemilihan Umum Filipina dibacakan.", "Komisi Pemilihan Umum Filipina",
     "ORG", "Komisi Pemilihan Umum Filipina"),
    ("Pelatih Timnas Vietnam memuji lawannya.", "Timnas Vietnam", "ORG", "Timnas Vietnam"),
    # music groups
    ("Coldplay akan menggelar konser di Jakarta.", "Coldplay", "ORG", "Coldplay"),
    ("Tiket konser SNSD di Jakarta ludes terjual.", "SNSD", "ORG", "Girls' Generation"),
    ("Personel Coboy Junior kini bersolo karier.", "Coboy Junior", "ORG", "CJR (band)"),
    ("Lagu baru Sheila on 7 dirilis pekan ini.", "Sheila on 7", "ORG", "Sheila on 7"),
    # companies and outlets
    ("Pengemudi Blue Bird berunjuk rasa di Jakarta.", "Blue Bird", "ORG", "Blue Bird"),
    ("Laporan itu disiarkan detikNews pada Senin.", "detikNews", "ORG", "Detik.com"),
    ("Debat kandidat disiarkan langsung oleh RCTI.", "RCTI", "ORG", "RCTI"),
    ("Saham Adaro Energy naik tiga persen.", "Adaro Energy", "ORG", "Adaro Energy"),
    ("Film terbaru Disney tayang di bioskop.", "Disney", "ORG", "The Walt Disney Company"),
    ("Satria Muda menjuarai IBL musim lalu.", "Satria Muda", "ORG",
     "Satria Muda Pertamina Jakarta"),
    # landmarks: head words as news writes them, titles the head word cannot build
    ("Gunung Sinabung kembali erupsi pagi ini.", "Gunung Sinabung", "LOC", "Mount Sinabung"),
    ("Antrean panjang di Bandara Ngurah Rai.", "Bandara Ngurah Rai", "FAC",
     "Ngurah Rai International Airport"),
    ("Pemudik tiba di Stasiun Senen pagi ini.", "Stasiun Senen", "FAC", "Pasar Senen Station"),
    # a place's name run together, as some outlets write Jakarta's: spaced as the KB writes it
    ("Penumpang menumpuk di Stasiun Pasarminggu pagi ini.", "Stasiun Pasarminggu", "FAC",
     "Pasar Minggu Station"),
    ("Kereta dari Stasiun Jakartakota terlambat.", "Stasiun Jakartakota", "FAC",
     "Jakarta Kota Station"),
    ("Banjir merendam Kelapa Gading, Jakarta Utara.", "Kelapa Gading", "GPE", "Kelapa Gading"),
    ("Dia dipindahkan ke Lapas Sukamiskin, Bandung.", "Lapas Sukamiskin", "FAC",
     "Sukamiskin Prison"),
    # a presidium is a body: its head word opens the organisation's name
    ("Ketua Presidium Alumni 212 Ansufri Sambo mengatakan aksi itu damai.",
     "Presidium Alumni 212", "ORG", "Presidium Alumni 212"),
    # a reservoir's head word opens a place the KB does not know, over a district it does
    ("Waduk Pluit meluap setelah hujan deras.", "Waduk Pluit", "LOC", "Waduk Pluit"),
    # in an article of clubs a city named like a club is the club, unless put on the map
    ("Spurs menelan Leicester 6-1, sementara Chelsea kalah dari Arsenal.", "Leicester", "ORG",
     "Leicester City F.C."),
    ("Chelsea dan Arsenal berlatih di Leicester pekan ini.", "Leicester", "GPE", "Leicester"),
    ("Laga digelar di Amex Stadium, Brighton. Chelsea dan Arsenal menang.", "Brighton", "GPE",
     "Brighton"),
    ("Manajer kelahiran Leicester itu melatih Chelsea sebelum Arsenal.", "Leicester", "GPE",
     "Leicester"),
    ("Pekan lalu Madrid menang 3-1 atas Getafe, sementara Chelsea kalah.", "Madrid", "ORG",
     "Real Madrid CF"),
])
def test_entities_fine_labels(nlp, text, mention, label, name):
    span = ents(nlp, text)[mention]
    assert (span.label_, span._.name) == (label, name)


@pytest.mark.parametrize("text,absent", [
    ("Padi di sawah itu siap dipanen.", "Padi"),
    ("Twice a week, kata dia, cukup.", "Twice"),
])
def test_entities_a_band_named_by_an_ordinary_word_is_not_matched_alone(nlp, text, absent):
    assert absent not in ents(nlp, text)


def test_entities_acronym_defined_in_brackets(nlp):
    found = nlp(make_doc(nlp, "Badan Riset Kelautan Nusantara (BRKN) menyatakan laut tercemar. "
                              "Menurut BRKN, kondisi itu berbahaya."))
    brkn = [e for e in found.ents if e.text == "BRKN"]
    assert len(brkn) == 2
    assert {(e.label_, e._.name) for e in brkn} == {("ORG", "Badan Riset Kelautan Nusantara")}


def test_entities_acronym_of_known_entity(nlp):
    found = ents(nlp, "Kantor Berita Pusat Korea (KCNA) melaporkan uji coba itu.")
    assert found["KCNA"]._.name == "Korean Central News Agency"


def test_entities_titles_trimmed_and_name_parts(nlp):
    text = ("Menteri Pertanian Rusia Andrei Sokolov tiba di Jakarta. "
            "Menurut Sokolov, panen gandum naik.")
    found = ents(nlp, text, [("Menteri Pertanian Rusia Andrei Sokolov", "PER"),
                                 ("Sokolov", "PER")])
    assert found["Andrei Sokolov"].label_ == "PER"
    assert found["Rusia"]._.name == "Russia"
    assert found["Sokolov"]._.name == "Andrei Sokolov"


def test_entities_weak_alias_after_in_document_name(nlp):
    found = ents(nlp, "Kim Jong-nam tewas di Malaysia. Kim diserang di bandara.",
                 [("Kim", "PER")])
    assert found["Kim"]._.name == "Kim Jong-nam"
    alone = ents(nlp, "Kim menyaksikan peluncuran rudal.", [("Kim", "PER")])
    assert alone["Kim"]._.name == "Kim Jong Un"


def test_entities_statistical_org_containing_a_place_stays_whole(nlp):
    found = ents(nlp, "Perusahaan Dalian Global Unity Shipping dikenai sanksi.",
                 [("Dalian Global Unity Shipping", "ORG")])
    span = found["Dalian Global Unity Shipping"]
    assert (span.label_, span._.name, span._.country) == (
        "ORG", "Dalian Global Unity Shipping", "CHN")


def test_entities_unknown_name_joins_tokenised_hyphen(nlp):
    found = ents(nlp, "Juru bicara Ahmed al - Asadi membantah.", [("Ahmed al - Asadi", "PER")])
    assert found["Ahmed al - Asadi"]._.name == "Ahmed al-Asadi"


def test_entities_user_kb_through_config(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("- {name: Gerakan Hijau Nusantara, label: ORG, country: IDN, aliases: [GHN]}\n")
    nlp = build_pipeline(components=["warta_sentences"])
    nlp.add_pipe("warta_entities", config={"extra_kb": [str(path)]})
    span = nlp(make_doc(nlp, "Aktivis GHN berunjuk rasa.")).ents[0]
    assert (span.text, span._.name, span._.country) == ("GHN", "Gerakan Hijau Nusantara", "IDN")


def test_entities_name_part_takes_the_nearest_earlier_full_name(nlp):
    text = ("Ketua DPR Bambang Soesatyo membuka sidang. Menurut Bambang, sidang berjalan lancar. "
            "Ia juga memuji Presiden Susilo Bambang Yudhoyono.")
    FAKE_NER[:] = [("Bambang Soesatyo", "PER"), ("Susilo Bambang Yudhoyono", "PER"),
                   ("Bambang", "PER")]
    bambang = [e for e in nlp(make_doc(nlp, text)).ents if e.text == "Bambang"]
    assert [e._.name for e in bambang] == ["Bambang Soesatyo"]


def test_entities_statistical_span_loses_trailing_lowercase_words(nlp):
    found = ents(nlp, "Badan Pengawas Obat menegaskan produk itu aman.",
                 [("Badan Pengawas Obat menegaskan", "ORG")])
    assert "Badan Pengawas Obat" in found and found["Badan Pengawas Obat"].label_ == "ORG"


def test_entities_statistical_place_split_at_honorific(nlp):
    found = ents(nlp, "Direktur IHDN Denpasar Dr Ketut Sumadi menyatakan hal itu.",
                 [("Denpasar Dr Ketut Sumadi", "LOC")])
    assert (found["Denpasar"].label_, found["Ketut Sumadi"].label_) == ("GPE", "PER")


def all_ents(nlp, text: str, ner: list[tuple[str, str]] = ()) -> list[tuple[str, str, str]]:
    FAKE_NER[:] = ner
    return [(e.text, e.label_, e._.name) for e in nlp(make_doc(nlp, text)).ents]


def test_entities_repeats_of_found_names_are_marked(nlp):
    found = all_ents(nlp, "Petenis Budi Santosa menang. Lawan Santosa kalah. Laga Persikota Raya "
                          "berakhir, lalu Persikota Raya juara.",
                     [("Budi Santosa", "PER"), ("Laga Persikota Raya", "ORG")])
    assert ("Santosa", "PER", "Budi Santosa") in found
    assert found.count(("Persikota Raya", "ORG", "Persikota Raya")) == 2


def test_entities_repeats_skip_model_numbers(nlp):
    doc = make_doc(nlp, "Kamera Mark II dirilis. Harga Mark II mahal.")
    mentions = [Mention(1, 3, "PER", NER, text="Mark II")]
    mark_repeats(doc, mentions, lambda tok: tok.text[:1].isupper())
    assert len(mentions) == 1


def test_entities_one_word_of_a_persons_name_is_that_person(nlp):
    found = ents(nlp, "Pelatih Gianni Ventrone dipecat. Itu tanggung jawab Ventrone.",
                 [("Gianni Ventrone", "PER"), ("Ventrone.", "ORG")])
    assert (found["Ventrone"].label_, found["Ventrone"]._.name) == ("PER", "Gianni Ventrone")


def test_entities_brackets_do_not_redefine_a_known_name(nlp):
    found = ents(nlp, "Ia memimpin federasi sepak bola Italia (LNPI) selama empat tahun.")
    assert found["Italia"]._.name == "Italy"
    assert "LNPI" not in found or found["LNPI"]._.name != "Italy"


@pytest.mark.parametrize("text,ner,present,absent", [
    ("Tempo dan intensitas permainan menurun.", [], [], ["Tempo"]),
    ("Hal itu dilaporkan Tempo kemarin.", [], ["Tempo"], []),
])
def test_entities_ordinary_word_opening_a_sentence_is_no_kb_name(nlp, text, ner, present, absent):
    found = ents(nlp, text, ner)
    assert all(p in found for p in present) and not any(a in found for a in absent)


def test_entities_statistical_label_chooses_club_or_city(nlp):
    club = ents(nlp, "Sanchez pernah bermain untuk Barcelona.", [("Barcelona", "ORG")])
    city = ents(nlp, "Turis memadati Barcelona.")
    assert (club["Barcelona"].label_, club["Barcelona"]._.name) == ("ORG", "FC Barcelona")
    assert (city["Barcelona"].label_, city["Barcelona"]._.name) == ("GPE", "Barcelona")


def test_entities_english_venue_word_makes_a_facility(nlp):
    found = ents(nlp, "Laga digelar di Ashgrove Stadium kemarin.", [("Ashgrove Stadium", "ORG")])
    assert found["Ashgrove Stadium"].label_ == "FAC"


@pytest.mark.parametrize("text,ner,present,absent", [
    ("Kepergian Neymar membuat Barcelona goyah.", [("Kepergian Neymar", "PER")],
     ["Neymar"], ["Kepergian Neymar"]),
    ("Agresivitas lawan meningkat di babak kedua.", [("Agresivitas", "ORG")], [], ["Agresivitas"]),
    ("Uluran tangan datang dari warga. Mereka memberi uluran bantuan.", [("Uluran", "PER")],
     [], ["Uluran"]),
    # before a reporting verb it still opens the clause: no speaker
    ("Tampilannya mengingatkan orang pada mobil tua.", [], [], ["Tampilannya"]),
    # looks derived (ter- + awan), but the article capitalises it mid-sentence: a name
    ("Terawan tiba di rumah sakit. Dokter Terawan lalu memeriksa pasien.", [("Terawan", "PER")],
     ["Terawan"], []),
])
def test_entities_word_capitalised_only_by_position_is_no_name(nlp, text, ner, present, absent):
    found = ents(nlp, text, ner)
    assert all(p in found for p in present) and not any(a in found for a in absent)


@pytest.mark.parametrize("text,ner,present,absent", [
    ("Ia menonton film Galaksi Biru kemarin. Galaksi Biru laris.", [("Galaksi Biru", "ORG")],
     [], ["Galaksi Biru"]),
    ("Lagu Senja Merah dirilis pekan ini.", [("Lagu Senja Merah", "PER")], [],
     ["Lagu Senja Merah", "Senja Merah"]),
    ("Kamera Lumo EOS 6D Mark II dijual murah.", [("Lumo EOS 6D Mark II", "ORG")], [],
     ["Lumo EOS 6D Mark II"]),
    ("Ia membeli ponsel Xentra Nova, buatan Xentra.", [("Xentra Nova", "ORG"), ("Xentra", "ORG")],
     ["Xentra"], ["Xentra Nova"]),
    # an English title with a pronoun or a verb no name holds; not a Balinese "I Made"
    ("Ia menyanyikan Long As I Get Paid di Jakarta.", [("Long As I Get Paid", "ORG")], [],
     ["Long As I Get Paid"]),
    ("Video klip Look What You Did viral.", [("Look What You Did", "PER")], [],
     ["Look What You Did"]),
    ("Pesan itu ditulis I Made Kariyasa.", [("Made Kariyasa", "PER")], ["I Made Kariyasa"], []),
])
def test_entities_works_and_products_get_no_label(nlp, text, ner, present, absent):
    found = ents(nlp, text, ner)
    assert all(p in found for p in present) and not any(a in found for a in absent)


@pytest.mark.parametrize("text,ner,mention", [
    ("Neymar mencetak gol. \"Saya senang,\" kata Neymar.", [("Neymar", "ORG")], "Neymar"),
    ("Cyril Ramaphosa tiba di Jakarta.", [("Cyril Ramaphosa", "ORG")], "Cyril Ramaphosa"),
    ("Ketua Bawaslu RI Abhan membuka sidang.", [("Abhan", "ORG")], "Abhan"),
    ("Petenis Grigor Dimitrov menang.", [("Grigor Dimitrov", "GPE")], "Grigor Dimitrov"),
])
def test_entities_person_labelled_org_or_place_is_a_person(nlp, text, ner, mention):
    FAKE_NER[:] = ner
    spans = [e for e in nlp(make_doc(nlp, text)).ents if e.text == mention]
    assert spans and all(e.label_ == "PER" for e in spans)


def test_entities_person_cue_does_not_make_an_organisation_a_person(nlp):
    found = ents(nlp, "Pelatih Persikota Raya menolak berkomentar.", [("Persikota Raya", "ORG")])
    assert found["Persikota Raya"].label_ == "ORG"


@pytest.mark.parametrize("text,ner,parts", [
    ("Gol itu dicetak pemain Lyon Maxwell Cornet.", [("Lyon Maxwell Cornet", "ORG")],
     {"Lyon": "GPE", "Maxwell Cornet": "PER"}),
    ("Penasihat keamanan Myanmar Thaung Tun hadir. Tun mengatakan hal itu.",
     [("Myanmar Thaung Tun", "ORG"), ("Tun", "GPE")],
     {"Myanmar": "GPE", "Thaung Tun": "PER", "Tun": "PER"}),
    ("Dana itu dari Toyota Motor Manufacturing.", [("Toyota Motor Manufacturing", "ORG")],
     {"Toyota Motor Manufacturing": "ORG"}),
])
def test_entities_person_glued_to_a_known_name_is_split_off(nlp, text, ner, parts):
    found = ents(nlp, text, ner)
    assert {t: found[t].label_ for t in parts if t in found} == parts


def test_entities_place_glued_to_a_known_country_is_split(nlp):
    found = ents(nlp, "Pasukan itu mundur dari wilayah Belgorod Rusia pekan lalu.",
                 [("Belgorod Rusia", "GPE")])
    assert set(found) >= {"Belgorod", "Rusia"} and found["Rusia"]._.name == "Russia"


@pytest.mark.parametrize("text,ner,present,absent", [
    ("Dokter kulit Sinta Larasati, SpKK, M.Kes mengatakan krim itu aman.",
     [("Sinta Larasati", "PER"), ("SpKK", "ORG"), ("M.Kes", "PER")],
     ["Sinta Larasati"], ["SpKK", "M.Kes"]),
    ("Dosen Rahmat Hidayat, S.H., M.Si menjadi pembicara.",
     [("Rahmat Hidayat, S.H.", "PER"), ("M.Si", "PER")], ["Rahmat Hidayat"],
     ["Rahmat Hidayat, S.H.", "S.H.", "M.Si"]),
    ("Rektor Yudi Prasetya MBA Ph.D. membuka acara.", [("Yudi Prasetya MBA Ph.D.", "PER")],
     ["Yudi Prasetya"], ["Yudi Prasetya MBA Ph.D."]),
])
def test_entities_degrees_are_outside_names_and_never_alone(nlp, text, ner, present, absent):
    found = ents(nlp, text, ner)
    assert all(found[p].label_ == "PER" for p in present)
    assert not any(a in found for a in absent)


def test_entities_degree_form_is_kept_where_it_is_no_degree(nlp):
    found = ents(nlp, "Putusan MA dibacakan. Mereka tiba di St. Louis kemarin.",
                 [("St. Louis", "GPE")])
    assert "MA" in found and "St. Louis" in found


@pytest.mark.parametrize("text,ner,person,absent", [
    ("Sekretaris Jenderal Kemhan Laksamana Madya Arif Santoso hadir.",
     [("Kemhan Laksamana Madya Arif Santoso", "ORG")], "Arif Santoso", "Madya Arif Santoso"),
    ("Direktur Polda Metro Jaya Komisaris Besar Polisi Hendra Gunawan berbicara.",
     [("Metro Jaya Komisaris Besar Polisi", "ORG"), ("Hendra Gunawan", "PER")],
     "Hendra Gunawan", "Metro Jaya Komisaris Besar Polisi"),
    ("Kapolsek itu, AKP Dimas Saputra, tiba.", [("AKP Dimas Saputra", "PER")], "Dimas Saputra",
     "AKP Dimas Saputra"),
    # a corps code between the rank and the name
    ("Korban luka ialah Kapten Inf Yoga Pratama.", [("Inf Yoga Pratama", "PER")], "Yoga Pratama",
     "Inf Yoga Pratama"),
    ("Komandan batalyon, Letkol Cpl Reza, hadir.", [("Reza", "PER")], "Reza", "Cpl Reza"),
    # the words after a rank are a person that the model left out (not the brand "Prada")
    ("Korban tewas:\n\n1. Pratu Ibnu Hidayat\n\n2. Prada Danar", [], "Danar", "Prada"),
    ("Korban tewas:\n\n1. Pratu Ibnu Hidayat\n\n2. Prada Danar", [], "Ibnu Hidayat",
     "Pratu Ibnu Hidayat"),
    ("Korban ketujuh ialah Kapten Arh Herubelum.", [], "Herubelum", "Arh Herubelum"),
])
def test_entities_rank_words_stay_out_of_names(nlp, text, ner, person, absent):
    found = ents(nlp, text, ner)
    assert found[person].label_ == "PER" and absent not in found
    assert found[person]._.name == person


def test_entities_word_never_a_name_alone_is_no_person(nlp):
    found = ents(nlp, "Mantan Kapolda Metro Jaya ini berharap kasus itu diusut.",
                 [("Metro Jaya", "ORG")])
    assert not any(e.label_ == "PER" for e in found.values())


def test_entities_title_that_is_a_given_name_before_two_names(nlp):
    text = ("Sekretaris Jenderal PSSI Ratu Sekar Anindya membuka rapat. Ratu Sekar menyebut "
            "jadwal siap. Ratu Elizabeth II menyambut Raja Salman.")
    found = ents(nlp, text, [("PSSI Ratu", "ORG"), ("Sekar Anindya", "PER"), ("Ratu Sekar", "PER"),
                             ("Elizabeth II", "PER")])
    assert found["Ratu Sekar Anindya"].label_ == "PER"
    # the article writes "Ratu" before two names: a given name, kept before one too
    assert found["Ratu Sekar"]._.name == "Ratu Sekar Anindya" and "Sekar" not in found
    assert "Ratu" not in found and "Ratu Elizabeth II" not in found
    assert found["PSSI"].label_ == "ORG"
    for name in ("Ratu Sekar Anindya", "Ratu Sekar"):
        org = ents(nlp, f"PSSI menunjuk {name} sebagai sekjen.", [(name, "ORG")])
        assert org[name].label_ == "PER"


@pytest.mark.parametrize("text,ner,mention,name", [
    ("Hal itu diungkapkan Presiden Ferrari, Sergio Marchionne.", [("Ferrari", "PER")], "Ferrari",
     "Ferrari"),
    ("Seperti dilansir Channel News Asia, dua calon ditolak.", [], "Channel News Asia",
     "CNA (TV network)"),
    ("Kabar itu dilaporkan Straits Times dan NHK.", [], "Straits Times", "The Straits Times"),
    ("Ia berbicara kepada Daily Mail.", [("Daily Mail", "PER")], "Daily Mail", "Daily Mail"),
])
def test_entities_brands_and_outlets_are_organisations(nlp, text, ner, mention, name):
    span = ents(nlp, text, ner)[mention]
    assert (span.label_, span._.name) == ("ORG", name)


def test_entities_brand_that_is_a_persons_surname_stays_the_person(nlp):
    found = ents(nlp, "Keisuke Honda mencetak gol. Honda lalu berselebrasi.",
                 [("Keisuke Honda", "PER"), ("Honda", "PER")])
    assert found["Honda"].label_ == "PER" and found["Honda"]._.name == "Keisuke Honda"


@pytest.mark.parametrize("text,ner,mention,label,name", [
    ("Guru besar Universitas Airlangga menolak revisi itu.", [("Airlangga", "PER")],
     "Universitas Airlangga", "ORG", "Airlangga University"),
    ("Rektor Universitas Hartarto Nusantara hadir.", [("Hartarto Nusantara", "PER")],
     "Universitas Hartarto Nusantara", "ORG", "Universitas Hartarto Nusantara"),
    ("Mahasiswa Politeknik Negeri Kupang berunjuk rasa.", [], "Politeknik Negeri Kupang", "ORG",
     "Politeknik Negeri Kupang"),
    ("Lulusan Sekolah Tinggi Ilmu Hukum Jentera itu bicara.", [],
     "Sekolah Tinggi Ilmu Hukum Jentera", "ORG", "Sekolah Tinggi Ilmu Hukum Jentera"),
    ("Dosen Unsyiah itu ditahan.", [], "Unsyiah", "ORG", "Syiah Kuala University"),
])
def test_entities_universities_are_organisations_not_persons(nlp, text, ner, mention, label, name):
    found = ents(nlp, text, ner)
    assert (found[mention].label_, found[mention]._.name) == (label, name)
    assert not any(e.label_ == "PER" for e in found.values())


@pytest.mark.parametrize("text,ner", [
    ("Kata pengajar Herlambang Perdana Wiratman kepada wartawan.",
     [("Herlambang Perdana Wiratman", "PER")]),
    ("Kata pengajar Herlambang Perdana Wiratman kepada wartawan.",
     [("Herlambang", "PER"), ("Wiratman", "PER")]),
])
def test_entities_common_word_between_name_words_is_in_the_name(nlp, text, ner):
    found = ents(nlp, text, ner)
    assert found["Herlambang Perdana Wiratman"].label_ == "PER"
    assert "Herlambang" not in found and "Wiratman" not in found


@pytest.mark.parametrize("text,mention,label", [
    ("Tersangka dibawa ke Mako Brimob di Depok.", "Mako Brimob", "FAC"),
    ("Ia dipindah dari Rutan Salemba.", "Rutan Salemba", "FAC"),
    ("Anggota Korem Wira Bima ikut mencari.", "Korem Wira Bima", "ORG"),
    ("Berkas dikirim ke Polsek Tanah Abang.", "Polsek Tanah Abang", "ORG"),
])
def test_entities_police_and_military_heads(nlp, text, mention, label):
    found = ents(nlp, text, [(mention, "PER")])
    assert found[mention].label_ == label


def test_entities_known_person_opening_a_longer_name_is_two_persons(nlp):
    found = ents(nlp, "Kuasa hukum Ahok I Wayan Sudirta mengatakan kliennya siap.",
                 [("Ahok I Wayan Sudirta", "PER")])
    assert found["Ahok"]._.name == "Basuki Tjahaja Purnama"
    assert found["I Wayan Sudirta"].label_ == "PER"
    earlier = ents(nlp, "Ratna Sembiring hadir. Pengacara Ratna Sembiring Dimas Arya Lubis bicara.",
                   [("Ratna Sembiring", "PER"), ("Ratna Sembiring Dimas Arya Lubis", "PER")])
    assert earlier["Dimas Arya Lubis"].label_ == "PER"
    same = ents(nlp, "Basuki Tjahaja Purnama hadir.", [("Basuki Tjahaja Purnama", "PER")])
    assert "Basuki Tjahaja Purnama" in same


def test_entities_building_named_after_a_known_organisation_keeps_its_own_name(nlp):
    found = ents(nlp, "Laga digelar di GOR Universitas Negeri Yogyakarta (UNY).")
    gor = found["GOR Universitas Negeri Yogyakarta"]
    assert (gor.label_, gor._.name) == ("FAC", "GOR Universitas Negeri Yogyakarta")
    assert found["UNY"]._.name == "Yogyakarta State University"


@pytest.mark.parametrize("text,person", [
    ("Menurut Direktur Utama Perum Peruri Prasetio, laba naik.", "Prasetio"),
    ("Gubernur Jawa Barat Ridwan Kamil meresmikan jalan.", "Ridwan Kamil"),
    ("Kepala BPS Suhariyanto memaparkan data inflasi.", "Suhariyanto"),
])
def test_entities_person_after_a_title_and_a_known_organisation(nlp, text, person):
    found = ents(nlp, text)
    assert found[person].label_ == "PER"


def test_entities_province_abbreviations(nlp):
    found = ents(nlp, "Banjir melanda Jabar dan Jatim, sedangkan Sulsel dilanda kekeringan.")
    assert {t: e._.name for t, e in found.items() if t in ("Jabar", "Jatim", "Sulsel")} == {
        "Jabar": "West Java", "Jatim": "East Java", "Sulsel": "South Sulawesi"}


@pytest.mark.parametrize("text,ner,person,org", [
    ("Hal itu diakui dosen dari Universitas Airlangga Surabaya Herlambang Perdana Wiratman.",
     [("Universitas Airlangga Surabaya Herlambang", "ORG"), ("Wiratman", "PER")],
     "Herlambang Perdana Wiratman", "Universitas Airlangga Surabaya"),
    ("Klub itu mendatangkan bintang Arsenal Mesut Ozil musim depan.",
     [("Arsenal Mesut", "ORG"), ("Ozil", "PER")], "Mesut Ozil", "Arsenal"),
])
def test_entities_person_cut_short_after_a_known_organisation(nlp, text, ner, person, org):
    found = ents(nlp, text, ner)
    assert found[person].label_ == "PER" and found[org].label_ == "ORG"


def test_entities_never_cross_a_paragraph_break(nlp):
    # a statistical span running over the break, and one that is only the break
    text = "Persiba menurunkan pemain terbaiknya.\n\nPelatih: Joko Susilo\n\nPersiba: Dian Agus"
    found = ents(nlp, text, [("Joko Susilo\n\nPersiba", "PER"), ("\n\n", "ORG")])
    assert "Joko Susilo" in found and found["Joko Susilo"].label_ == "PER"
    assert not any("\n" in t or not t.strip() for t in found)


def test_entities_person_the_model_took_for_an_organisation(nlp):
    """An unlinked statistical ORG of two or three words that ends in a person's surname is that
    person ("Ansel Elgort" ORG, then "Elgort" PER)."""
    found = ents(nlp, "Aktor asal Amerika Serikat Ansel Elgort tak sabar bertemu BTS. Elgort "
                      "menulis di Twitter.", [("Ansel Elgort", "ORG"), ("Elgort", "PER")])
    assert (found["Ansel Elgort"].label_, found["Elgort"]._.name) == ("PER", "Ansel Elgort")


def test_entities_acronym_spelled_out_by_the_words_before_it(nlp):
    """"Millennium Challenge Corporation (MCC)": the words whose initials spell an acronym the
    article names as an organisation are its long name; a bracketed term that names nothing
    else ("Produk Domestik Bruto (PDB)") is left alone."""
    text = ("Filipina tidak merundingkan kesepakatan kedua dengan Millennium Challenge Corporation "
            "(MCC). Defisit dijaga di bawah 3 persen terhadap Produk Domestik Bruto (PDB). MCC "
            "menyatakan telah berinvestasi.")
    found = ents(nlp, text, [("MCC", "ORG")])
    assert found["Millennium Challenge Corporation"].label_ == "ORG"
    assert found["MCC"]._.name == "Millennium Challenge Corporation"
    assert "Produk Domestik Bruto" not in found


def test_entities_acronym_defined_with_a_legal_form(nlp):
    """"PT Kereta Api Nusantara (PT KAN)": the acronym alone later is the company too."""
    text = ("Direksi PT Kereta Api Nusantara (PT KAN) menolak tuntutan itu. Karyawan KAN "
            "mogok sejak Senin.")
    found = ents(nlp, text, [("PT Kereta Api Nusantara", "ORG"), ("KAN", "ORG")])
    assert found["KAN"]._.name == "PT Kereta Api Nusantara"


@pytest.mark.parametrize("text,ner,short,name", [
    # a one-word contraction in brackets after an organisation of three or more words
    ("Ketua Asosiasi Pengusaha Ritel Daerah Indonesia (Apredindo) hadir. Apredindo menolak "
     "aturan itu.", [("Asosiasi Pengusaha Ritel Daerah Indonesia", "ORG"), ("Apredindo", "ORG")],
     "Apredindo",
     "Asosiasi Pengusaha Ritel Daerah Indonesia"),
    # a long name spelled out over a place the KB knows
    ("Kepala Balai Pengembangan Industri Persepatuan Indonesia (BPIPI) hadir. BPIPI menolak.",
     [("BPIPI", "ORG")], "BPIPI", "Balai Pengembangan Industri Persepatuan Indonesia"),
])
def test_entities_short_forms_defined_in_brackets(nlp, text, ner, short, name):
    assert ents(nlp, text, ner)[short]._.name == name


@pytest.mark.parametrize("text,ner,short,name", [
    # a nickname: a given name's opening, or the openings of two names joined
    ("Bek Persib, Vladimir Jakovic, puas. Usai laga, Vlado mengatakan timnya tampil baik.",
     [("Vladimir Jakovic", "PER"), ("Vlado", "PER")], "Vlado", "Vladimir Jakovic"),
    ("Pelatih Persib Djadjang Nurdjaman puas. Djanur mengatakan timnya siap.",
     [("Djadjang Nurdjaman", "PER"), ("Djanur", "PER")], "Djanur", "Djadjang Nurdjaman"),
    # not a name that opens another person's, nor one that differs after four letters in six
    ("Pelatih Andika Pratama datang bersama Andi ke stadion.",
     [("Andika Pratama", "PER"), ("Andi", "PER")], "Andi", "Andi"),
    ("Pelatih Budiman Sudjatmiko datang bersama Budiono ke stadion.",
     [("Budiman Sudjatmiko", "PER"), ("Budiono", "PER")], "Budiono", "Budiono"),
])
def test_entities_nicknames(nlp, text, ner, short, name):
    assert ents(nlp, text, ner)[short]._.name == name


@pytest.mark.parametrize("text,ner,present,absent", [
    # a known person opening a span: the rest is a second person only where its words are names
    ("Nia Ramadhani Melahirkan Anak Ketiga, keluarga bahagia.",
     [("Nia Ramadhani Melahirkan Anak", "PER")], {"Nia Ramadhani": "PER"},
     ["Melahirkan Anak"]),
    # a separator between two names makes two persons
    ("Laga itu mempertemukan Kim Ye - jin vs Pornpawee Chochuwong di Tokyo.",
     [("Kim Ye - jin vs Pornpawee Chochuwong", "PER")],
     {"Kim Ye - jin": "PER", "Pornpawee Chochuwong": "PER"}, []),
    ("XD: Choi Sol - gyu / Chae Yoo - jung vs Dechapol Puavaranukroh 16 - 21",
     [("Choi Sol - gyu", "PER"), ("Chae Yoo -", "PER")], {"Chae Yoo - jung": "PER"}, []),
    # a dash between two full names is a couple; inside one name it stays
    ("Pasangan Rendra Wijaya - Sinta Maharani datang bersama.",
     [("Rendra Wijaya - Sinta Maharani", "PER")],
     {"Rendra Wijaya": "PER", "Sinta Maharani": "PER"}, ["Rendra Wijaya - Sinta Maharani"]),
    ("Penyanyi Park Min - Jae tampil di Jakarta.", [("Park Min - Jae", "PER")],
     {"Park Min - Jae": "PER"}, []),
    # a lower-case word glued before a name
    ("Gol itu berawal dari umpan Rafael Maldonado Ruiz di menit akhir.",
     [("umpan Rafael Maldonado Ruiz", "PER")], {"Rafael Maldonado Ruiz": "PER"},
     ["umpan Rafael Maldonado Ruiz"]),
    # an office's acronym and its holder glued: the person after a title, the organisation
    # where an organisation head opens it
    ("Rapat dihadiri Menteri ESDM Gunawan Prasetyo dan pejabat lain.",
     [("ESDM Gunawan Prasetyo", "ORG")], {"Gunawan Prasetyo": "PER"}, ["ESDM Gunawan Prasetyo"]),
    ("Kabag Humas Kementerian PANRB Herman Wibisono mengatakan tes berjalan lancar.",
     [("Kementerian PANRB Herman Wibisono", "PER")],
     {"Kementerian PANRB": "ORG", "Herman Wibisono": "PER"}, []),
    # an office's place between the acronym and the holder; an acronym opening a person
    ("Kepala ITPC Jeddah Gunawan menambahkan proyek itu baru dimulai.",
     [("ITPC Jeddah Gunawan", "ORG")], {"Jeddah": "GPE", "Gunawan": "PER"}, ["Jeddah Gunawan"]),
    ("Sekretaris Jendral SP JICT Firmansyah menuturkan aksi itu sah.",
     [("JICT Firmansyah", "PER")], {"JICT": "ORG", "Firmansyah": "PER"}, ["JICT Firmansyah"]),
    # a person glued after a listed company or a known party's acronym; not an English
    # organisation word after a known acronym
    ("Hal itu dikatakan Direktur PT Indofood Sukses Makmur Tbk Franciscus Welirang kemarin.",
     [("PT Indofood Sukses Makmur Tbk Franciscus Welirang", "ORG")],
     {"PT Indofood Sukses Makmur Tbk": "ORG", "Franciscus Welirang": "PER"}, []),
    ("Rapat dihadiri anggota Komisi VII DPR dari PDIP Sadarestuwati.",
     [("PDIP Sadarestuwati", "ORG")], {"PDIP": "ORG", "Sadarestuwati": "PER"}, []),
    ("Kabar itu dilansir dari akun NBA Conference.", [("NBA Conference", "ORG")], {},
     ["Conference"]),
    # a "person" ending in an organisation word, alone or before a place, is an organisation;
    # a titled "name" that ends in one is none
    ("Analis Panin Sekuritas William Surya mengatakan IHSG naik.",
     [("Panin Sekuritas", "PER"), ("William Surya", "PER")],
     {"Panin Sekuritas": "ORG", "William Surya": "PER"}, []),
    # a dash-opened gloss inside a span ends it
    ("Cedera memaksanya absen ketika Kuda Hitam -julukan Persiraja - melawat ke Bandung.",
     [("Kuda Hitam -julukan Persiraja", "PER")], {"Kuda Hitam": "PER"},
     ["Kuda Hitam -julukan Persiraja"]),
    ("Mobil itu melaju di Sheikh Zayed Road, Dubai.", [("Zayed Road", "PER")],
     {"Zayed Road": "FAC"}, []),
    ("Pengunjung kecewa pada Taman Ria Waterpark Malang semalam.",
     [("Taman Ria Waterpark Malang", "PER")], {"Taman Ria Waterpark Malang": "ORG"}, []),
    ("Kepala Madinah Almunawaroh Development Authority (MDA) mengatakan proyek berjalan.", [],
     {}, ["Almunawaroh Development Authority"]),
    # a party to a case is no name
    ("Terlapor sudah menyatakan bahwa penyanyi itu bisa hadir.", [("Terlapor", "ORG")], {},
     ["Terlapor"]),
    # an organisation's own words are never widened into a person after it
    ("Presiden Direktur Sun Life Finansial Indonesia Elen Waty menilai premi naik.",
     [("Sun Life Finansial Indonesia", "ORG"), ("Elen Waty", "PER")],
     {"Sun Life Finansial Indonesia": "ORG", "Elen Waty": "PER"},
     ["Life Finansial Indonesia Elen Waty"]),
    # an abbreviated office and an office's portfolio before a name are no part of it
    ("Pudji dilantik oleh Menhub Ignasius Jonan kemarin.", [("Menhub Ignasius Jonan", "PER")],
     {"Ignasius Jonan": "PER"}, ["Menhub Ignasius Jonan"]),
    ("Rapat dihadiri Menko Kemaritiman Rizal Ramli.", [("Kemaritiman Rizal Ramli", "PER")],
     {"Rizal Ramli": "PER"}, ["Kemaritiman Rizal Ramli"]),
    # a brand-shaped word is no person; the KB's racing series is an event
    ("Ia kini bekerja di RideHub sejak lulus.", [("RideHub", "PER")], {"RideHub": "ORG"}, []),
    ("Pebalap itu menjuarai MotoGP musim lalu.", [("MotoGP", "PER")], {"MotoGP": "EVENT"}, []),
    ("Ia pebalap MotoGP asal Australia.", [("MotoGP", "ORG")], {"MotoGP": "EVENT"}, []),
    # a work word that is a given name before a name is a person ("Novel Baswedan")
    ("Penyidik KPK Novel Hartanto diperiksa.", [("Novel Hartanto", "PER")],
     {"Novel Hartanto": "PER"}, []),
])
def test_entities_statistical_person_spans_are_cut_to_the_name(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


@pytest.mark.parametrize("text,ner,present,absent", [
    ("Rapat dipimpin Menteri Perhubungan Ignatius Sudarmo kemarin.", [],
     ["Ignatius Sudarmo"], []),
    ("Hadir pula Menteri Perdagangan Enggar Lukito, dan pejabat lain.", [],
     ["Enggar Lukito"], []),
    # capitalised words before a bracketed acronym are an organisation's name
    ("Hal itu dikritik Koordinator Indonesia Budget Watch (IBW) Adnan Husodo.", [],
     [], ["Indonesia Budget Watch"]),
])
def test_entities_person_after_title_and_portfolio_words(nlp, text, ner, present, absent):
    found = ents(nlp, text, ner)
    assert all(found[p].label_ == "PER" for p in present if p in found)
    assert all(p in found for p in present) and not any(a in found for a in absent)


@pytest.mark.parametrize("text,ner,mention,label", [
    ("Ia datang ke Kantor KPK di Jakarta.", [("Kantor KPK", "ORG")], "KPK", "ORG"),
    ("Rapat digelar di Kantor Kementerian Agama kemarin.", [], "Kementerian Agama", "ORG"),
    ("Kepala Staf Angkatan Laut Laksamana Ade Supandi hadir.", [], "Angkatan Laut", "ORG"),
    ("Madrid kembali memimpin klasemen Liga Champions musim ini.", [], "Liga Champions",
     "EVENT"),
    ("Persaingan di La Liga makin ketat.", [], "La Liga", "EVENT"),
])
def test_entities_seats_units_and_competitions(nlp, text, ner, mention, label):
    found = ents(nlp, text, ner)
    assert found[mention].label_ == label


def test_entities_place_ending_in_a_persons_surname_is_that_person(nlp):
    found = ents(nlp, "Penasihat Myanmar, Thaung Lwin, tiba. Lwin mengatakan hal itu.",
                 [("Thaung Lwin", "GPE"), ("Lwin", "PER")])
    assert found["Thaung Lwin"].label_ == "PER"


@pytest.mark.parametrize("text,ner,mention,label", [
    # the label of most of a name's mentions in the article
    ("Persikota menang. Pelatih Persikota senang. Persikota kini di puncak.",
     [("Persikota", "ORG"), ("Persikota senang", "PER")], "Persikota", "ORG"),
])
def test_entities_one_label_for_a_name_in_an_article(nlp, text, ner, mention, label):
    FAKE_NER[:] = ner
    doc = nlp(make_doc(nlp, text))
    assert {e.label_ for e in doc.ents if e.text == mention} == {label}


def test_entities_bracketed_links_to_other_articles_are_no_mentions(nlp):
    found = ents(nlp, "Ia dirawat. (Baca: Sinta Maharani Kecelakaan, Warganet Berdoa) Sinta pulih.",
                 [("Sinta Maharani Kecelakaan", "PER")])
    assert "Sinta Maharani Kecelakaan" not in found


def test_entities_line_up_items_are_players(nlp):
    found = ents(nlp, "Susunan pemain:\n\nPersikota (4 - 4 - 2): Darmawan; Holding, Mustafa, "
                      "Chambers, Rizky; Sutrisno, Wahid (Dendi 69'), Alwi; Sanchez, Ozil\n\n"
                      "Pelatih: Budi Santoso", [("Chambers", "ORG"), ("Dendi 69", "PER")])
    assert {t: found[t].label_ for t in ("Holding", "Chambers", "Ozil", "Dendi")} == dict.fromkeys(
        ("Holding", "Chambers", "Ozil", "Dendi"), "PER")


def test_entities_holder_of_an_office_after_initials_is_a_person(nlp):
    found = ents(nlp, "Lahan itu milik DL Sinaga. Putusan PK DL Sinaga selaku Direktur Utama "
                      "PT Tumbuh Jaya ditolak. Sinaga meninggal pada 2017.", [("DL Sinaga", "GPE")])
    assert found["DL Sinaga"].label_ == "PER" and found["Sinaga"].label_ == "PER"


@pytest.mark.parametrize("text,ner,present,absent", [
    # a city after a match cue is its club
    ("Real Madrid menaklukkan tuan rumah Granada dengan skor 4 - 0.", [],
     {"Granada": "ORG"}, []),
    ("Turis memadati Granada setiap musim panas.", [], {"Granada": "GPE"}, []),
    # a dateline's dash and the common word after it are outside the name
    ("KUALA LUMPUR - Tim basket putra Indonesia menang.", [("KUALA LUMPUR - Tim", "ORG")],
     {"KUALA LUMPUR": "GPE"}, ["KUALA LUMPUR - Tim"]),
    # a first name the model left out at a sentence start
    ("Skor 37 - 38.\n\nSandyka Febriansyah Kurniawan mencetak tiga angka. Sandyka senang.",
     [("Febriansyah Kurniawan", "PER"), ("Sandyka senang", "PER")],
     {"Sandyka Febriansyah Kurniawan": "PER"}, []),
    # a common word glued after a name found alone in the article
    ("Maira menikah. Maira Duet dengan Brondong di konser. Maira tertawa.",
     [("Maira", "PER"), ("Maira Duet", "PER")], {"Maira": "PER"}, ["Maira Duet"]),
    ("Wanderley menang. Pelatih Wanderley Junior tersenyum.",
     [("Wanderley", "PER"), ("Wanderley Junior", "PER")], {"Wanderley Junior": "PER"}, []),
])
def test_entities_clubs_datelines_and_name_edges(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


def test_entities_one_word_organisation_is_not_another_named_after_it(nlp):
    FAKE_NER[:] = [("Polarix", "ORG"), ("Polarix Originals", "ORG"), ("Persikota", "ORG"),
                   ("Persikota Jakarta", "ORG")]
    doc = nlp(make_doc(nlp, "Polarix menggugat. Perusahaan itu kini bernama Polarix Originals. "
                            "Polarix menolak. Persikota Jakarta menang, Persikota senang."))
    names = {e.text: e._.name for e in doc.ents}
    assert names["Polarix"] == "Polarix" and names["Persikota"] == "Persikota Jakarta"


@pytest.mark.parametrize("text,ner,mention,label,name", [
    ("Hal itu diatur dalam Undang-Undang Nomor 34 Tahun 2004 tentang TNI.", [],
     "Undang-Undang Nomor 34 Tahun 2004 tentang TNI", "LAW", None),
    ("Remisi diatur Undang-Undang Republik Indonesia Nomor 12 Tahun 1995 tentang "
     "Pemasyarakatan.", [],
     "Undang-Undang Republik Indonesia Nomor 12 Tahun 1995 tentang Pemasyarakatan", "LAW", None),
    ("Anggaran Ditjen Bina Marga naik tahun ini.", [], "Ditjen Bina Marga", "ORG",
     "Direktorat Jenderal Bina Marga"),
    ("Pejabat Kanwil Kementerian Agama hadir.", [], "Kanwil Kementerian Agama", "ORG",
     "Kanwil Kementerian Agama"),
    ("Serangan di Manchester Arena itu diklaim ISIS.", [], "Manchester Arena", "FAC", None),
    ("Ganda putra itu juara Malaysia Open Super Series Premier 2017 pekan lalu.", [],
     "Malaysia Open Super Series Premier 2017", "EVENT", None),
    ("Mereka tersingkir di Badminton Asia Championships.", [], "Badminton Asia Championships",
     "EVENT", None),
    ("Tiket Justin Bieber Purpose World Tour sudah habis.",
     [("Justin Bieber Purpose World", "PER")], "Justin Bieber Purpose World Tour", "EVENT", None),
    ("Band itu tampil di Java Jazz Festival semalam.", [], "Java Jazz Festival", "EVENT", None),
    ("Produk itu dipamerkan di Korea Marine Food and Packaging Expo pekan lalu.", [],
     "Korea Marine Food and Packaging Expo", "EVENT", None),
    ("Target berikutnya adalah Kejuaraan Dunia 2017 di Glasgow.", [], "Kejuaraan Dunia 2017",
     "EVENT", None),
    ("Saham Summarecon Agung Tbk (SMRA) naik 2 persen.", [], "Summarecon Agung Tbk", "ORG",
     None),
    ("Warga bisa berdonasi lewat Kitabisa.com sejak pekan lalu.", [], "Kitabisa.com", "ORG",
     None),
    ("BOLASPORT.COM - Pebalap Thailand menang.", [], "BOLASPORT.COM", "ORG", None),
    ("Asosiasi menolak PP Nomor 1 Tahun 2017 itu.", [], "PP Nomor 1 Tahun 2017", "LAW", None),
    ("Pelatih timnas U - 16 Fakhri Husaini puas.", [("Fakhri Husaini", "PER")],
     "timnas U - 16", "ORG", None),
    ("Timnas U-16 Indonesia lolos ke Piala Asia U - 16 2018.", [], "Piala Asia U - 16 2018",
     "EVENT", None),
    ("Remisi Idul Fitri 2017 diberikan kepada narapidana.", [], "Idul Fitri 2017", "EVENT",
     None),
    ("Ribuan pemuda hadir di Kongres Pemuda Nasional ke - 3 di Bogor.", [],
     "Kongres Pemuda Nasional ke - 3", "EVENT", "Kongres Pemuda Nasional ke - 3"),
    # an article's paragraph and an election's year are part of the name
    ("Hal itu tercantum dalam Pasal 42 ayat (4) UU No 13 Tahun 2003 tentang Ketenagakerjaan.",
     [], "Pasal 42 ayat (4) UU No 13 Tahun 2003 tentang Ketenagakerjaan", "LAW", None),
    ("Partai itu kalah pada Pilpres 2014.", [], "Pilpres 2014", "EVENT",
     "2014 Indonesian presidential election"),
    ("Partai itu bersiap menghadapi pemilu 2029 nanti.", [], "pemilu 2029", "EVENT",
     "pemilu 2029"),
    # a racing series and its classes are championships, not brands
    ("Ia naik ke MotoGP setelah dua musim di Moto2.", [("MotoGP", "PER")], "MotoGP", "EVENT",
     "Grand Prix motorcycle racing"),
    ("Ia naik ke MotoGP setelah dua musim di Moto2.", [], "Moto2", "EVENT", "Moto2"),
    ("Petenis itu merebut gelar Grand Slam pertamanya.", [], "Grand Slam", "EVENT",
     "Grand Slam (tennis)"),
    # a body named by its tier runs over its acronym in brackets to its parent or place
    ("Pengurus Pusat (PP) Perbasi menggelar rapat.", [], "Pengurus Pusat (PP) Perbasi", "ORG",
     "Pengurus Pusat Perbasi"),
    ("Berkas dilimpahkan ke Pengadilan Negeri (PN) Surabaya kemarin.", [("Surabaya", "GPE")],
     "Pengadilan Negeri (PN) Surabaya", "ORG", "Pengadilan Negeri Surabaya"),
])
def test_entities_laws_units_venues_and_event_years(nlp, text, ner, mention, label, name):
    found = ents(nlp, text, ner)
    assert found[mention].label_ == label
    assert name is None or found[mention]._.name == name


def test_entities_name_with_a_known_name_written_short_is_the_long_one(nlp):
    FAKE_NER[:] = []
    doc = nlp(make_doc(nlp, "Dewan Etik Mahkamah Konstitusi bersidang. Dewan Etik MK menjatuhkan "
                            "sanksi."))
    names = {e.text: e._.name for e in doc.ents}
    assert names["Dewan Etik MK"] == names["Dewan Etik Mahkamah Konstitusi"]


@pytest.mark.parametrize("text,ner,present,absent", [
    # a KB organisation glued after a name the model finds alone
    ("Aji tersenyum. Selain itu, menurut Aji Arema juga mengontrak dua pemain.",
     [("Aji", "PER"), ("Aji Arema", "PER")], {"Aji": "PER", "Arema": "ORG"}, ["Aji Arema"]),
    # a title before an organisation's name is outside it
    ("Kata Humas Mahkamah Konstitusi Fajar Laksono, sidang ditunda.",
     [("Humas Mahkamah Konstitusi", "ORG"), ("Fajar Laksono", "PER")],
     {"Mahkamah Konstitusi": "ORG", "Fajar Laksono": "PER"}, ["Humas Mahkamah Konstitusi"]),
    ("Kapuskom Kementerian Perhubungan Hengki Angkasawan hadir.",
     [("Kapuskom Kementerian Perhubungan", "ORG"), ("Hengki Angkasawan", "PER")],
     {"Kementerian Perhubungan": "ORG"}, ["Kapuskom Kementerian Perhubungan"]),
    # a word made of acronyms names no one
    ("Hal itu dibahas dalam Ratas di Istana kemarin.", [("Ratas", "PER")], {}, ["Ratas"]),
])
def test_entities_titles_clubs_and_word_acronyms_at_name_edges(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


@pytest.mark.parametrize("text,ner,present,absent", [
    # a panel of judges is no organisation; its head is a person
    ("Majelis Hakim Pengadilan Tindak Pidana Korupsi menjatuhkan vonis. \"Terbukti,\" ujar "
     "Ketua Majelis Hakim Marsudi saat membacakan putusan.",
     [("Majelis Hakim Pengadilan Tindak Pidana Korupsi", "ORG"), ("Majelis Hakim Marsudi", "ORG")],
     {"Pengadilan Tindak Pidana Korupsi": "ORG", "Marsudi": "PER"},
     ["Majelis Hakim Pengadilan Tindak Pidana Korupsi", "Majelis Hakim Marsudi"]),
    # an English possessive ends a name
    ("Indonesia memperoleh peringkat Baa3 dari Fitchby 's kemarin.", [("Fitchby 's", "ORG")],
     {"Fitchby 's": "ORG"}, []),
    # a profession and its field before a name
    ("Kabar meninggalnya seorang Dokter Anestesi Stefanus Taufan mengejutkan.",
     [("Dokter Anestesi Stefanus Taufan", "PER")], {"Stefanus Taufan": "PER"}, []),
    # a head word decides the label of a statistical span
    ("Ia mengajar di Sekolah Tinggi Hukum Nusa Jentera, Jakarta.",
     [("Sekolah Tinggi Hukum Nusa Jentera", "GPE")], {"Sekolah Tinggi Hukum Nusa Jentera": "ORG"},
     []),
])
def test_entities_roles_possessives_and_heads(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


@pytest.mark.parametrize("text,ner,present,absent", [
    # a road's name stops before the city after it; a connector before a head parts two names
    ("Rapat digelar di Jl. MH Thamrin Jakarta Pusat kemarin.", [],
     {"Jl. MH Thamrin": "FAC", "Jakarta Pusat": "GPE"}, []),
    ("Mereka bekerja sama dengan Peradilan Agama dan Koperasi Sawit Makmur.", [],
     {"Peradilan Agama": "ORG", "Koperasi Sawit Makmur": "ORG"}, []),
    # titles alone are no organisation; a group named with a number is no product
    ("Ia berduka atas kepergian sang General Manager, Jiro Inao.",
     [("General Manager", "ORG"), ("Jiro Inao", "PER")], {"Jiro Inao": "PER"},
     ["General Manager"]),
    ("Para anggota JKT48 menggelar acara.", [("JKT48", "ORG")], {"JKT48": "ORG"}, []),
    # the last player of a line-up before the next paragraph
    ("Arsenal (3 - 4 - 2 - 1): Cech; Holding, Mustafi; Sanchez, Ozil; Lacazette\n\nManajer: "
     "Arsene Wenger", [("Lacazette\n\nManajer", "ORG")], {"Lacazette": "PER"}, []),
])
def test_entities_building_and_unit_name_edges(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


def test_entities_name_with_a_glued_particle_links_to_the_kb(nlp):
    found = ents(nlp, "Yang paling keras menolak adalah Arab Saudilah.", [("Arab Saudilah", "GPE")])
    assert found["Arab Saudilah"]._.name == "Saudi Arabia"


def test_entities_ordinary_word_that_is_a_name_in_the_article_repeats(nlp):
    found = ents(nlp, "Penyidik KPK Novel Hartanto diserang. Polisi belum menangkap pelaku "
                      "penyerangan terhadap Novel pada April lalu.", [("Novel Hartanto", "PER")])
    assert found["Novel"].label_ == "PER" and found["Novel"]._.name == "Novel Hartanto"


def test_entities_ordinary_word_used_in_lower_case_does_not_repeat(nlp):
    FAKE_NER[:] = [("Novel Hartanto", "PER")]
    doc = nlp(make_doc(nlp, "Penulis Novel Hartanto hadir. Ia menulis novel baru, dan penerbit "
                            "menyebut Novel terlaris."))
    assert [e.text for e in doc.ents] == ["Novel Hartanto"]


@pytest.mark.parametrize("text,ner,present,absent", [
    # a comma before a head word parts a list of names
    ("Tim itu terdiri dari Dinas Tenaga Kerja, Dinas Perhubungan dan Biro Hukum.",
     [("Dinas Tenaga Kerja, Dinas Perhubungan", "ORG")],
     {"Dinas Tenaga Kerja": "ORG", "Dinas Perhubungan": "ORG"}, []),
    # a country's government in general is the country
    ("Mekdad menyatakan Pemerintah Suriah telah memberikan keterangan.",
     [("Pemerintah Suriah", "ORG")], {"Suriah": "GPE"}, ["Pemerintah Suriah"]),
    # a head word alone is a common noun
    ("Serangan itu melukai warga. Kementerian menegaskan hal itu.", [("Kementerian", "ORG")],
     {}, ["Kementerian"]),
    # a model's name after its model number is no person
    ("Hasil foto 6D Mark II lebih baik ketimbang 5D Mark IV.",
     [("Mark II", "PER"), ("Mark IV", "PER")], {}, ["Mark II", "Mark IV"]),
])
def test_entities_lists_governments_heads_and_models(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


@pytest.mark.parametrize("text,ner,present,absent", [
    # acronyms of common nouns and their bracketed expansions are no names
    ("Sebanyak 300 warga ditetapkan sebagai WNI. Pemerintah menyiapkan holding badan usaha "
     "milik negara (BUMN). Holding BUMN tambang segera dibentuk.",
     [("WNI", "ORG"), ("BUMN", "ORG")], {}, ["WNI", "BUMN"]),
    ("Berbagai kelompok HAM menuduh China mengekang hak beragama, kata Komnas HAM.",
     [("HAM", "ORG")], {"Komnas HAM": "ORG"}, ["HAM"]),
    ("Ketua KPK mengatakan Operasi Tangkap Tangan (OTT) itu berlangsung Selasa.",
     [("Operasi Tangkap Tangan", "EVENT"), ("OTT", "EVENT")], {},
     ["Operasi Tangkap Tangan", "OTT"]),
    ("Sebanyak 66.099 Warga Binaan Pemasyarakatan (WBP) mendapat remisi. Petugas meminta WBP "
     "tertib.", [("Warga Binaan Pemasyarakatan", "ORG"), ("WBP", "ORG")], {},
     ["Warga Binaan Pemasyarakatan", "WBP"]),
    # a province by its short name
    ("Ahok dimakamkan di Manggar, Belitung Timur, Bangka Belitung.", [],
     {"Bangka Belitung": "GPE"}, ["Bangka", "Belitung"]),
    # an acronym the article defines by lower-case words is a common noun too
    ("Forum membahas pergerakan militan teroris asing (FTF) di kawasan. Selain terkait FTF, "
     "forum juga membahas data.", [("FTF", "ORG")], {}, ["FTF"]),
    ("Mereka menawarkan koin perdana (initial coin offering / ICO). ICO dilarang di China.",
     [("ICO", "ORG")], {"China": "GPE"}, ["ICO"]),
    # ... but not one after a pronoun: the bracket names who "mereka" are
    ("BTS menggelar konser. \"Aku harap kamu mengundang mereka (BTS),\" tulis penggemar.",
     [("BTS", "ORG"), ("BTS", "ORG")], {"BTS": "ORG"}, []),
    # a national body's regional office is one organisation, named as written
    ("Ketua KPU Jawa Tengah mengatakan KPU Jateng menutup pendaftaran.", [],
     {"KPU Jawa Tengah": "ORG", "KPU Jateng": "ORG"}, ["Jawa Tengah", "Jateng", "KPU"]),
    ("Bawaslu DKI Jakarta memanggil saksi.", [], {"Bawaslu DKI Jakarta": "ORG"}, ["DKI Jakarta"]),
    ("Petugas BNN Provinsi Jawa Timur menyita sabu.", [], {"BNN Provinsi Jawa Timur": "ORG"},
     ["Provinsi Jawa Timur", "BNN"]),
    # the towns of a route parted by dashes, where the KB knows two of them
    ("Rombongan melintasi Cirebon - Losari - Brebes - Tegal sebelum tiba di Semarang.", [],
     {"Losari": "GPE", "Brebes": "GPE"}, []),
    # ... and an Indonesian mission its post abroad, split from its city by the NER or not
    ("Staf KBRI Tokyo mendampingi para pekerja.", [("KBRI", "ORG"), ("Tokyo", "GPE")],
     {"KBRI Tokyo": "ORG"}, ["Tokyo"]),
    # ... but the national body stays itself before a city that is not its office
    ("KPU menetapkan jadwal, kata dia di Jakarta.", [], {"KPU": "ORG", "Jakarta": "GPE"}, []),
    # the seat before an acronym the KB does not know, a street before its house number
    ("Dia berbicara di Kantor KPUD Jateng, Jalan Veteran Nomor 1A, Semarang.", [],
     {"KPUD Jateng": "ORG", "Jalan Veteran": "FAC"}, ["Kantor KPUD Jateng", "Jalan Veteran Nomor"]),
    # a month after a word that dates by it is no person, the same word in a name is one
    ("Tim menang saat Ramadhan, lalu kalah di bulan Ramadhan ini. Striker Iqbaal Ramadhan "
     "mencetak gol.", [("Ramadhan", "PER"), ("Iqbaal Ramadhan", "PER")],
     {"Iqbaal Ramadhan": "PER"}, ["Ramadhan"]),
    # a match named by its city, a studio by its last word
    ("Griezmann menjadi andalan Atletico di Derby Madrid.", [], {"Derby Madrid": "EVENT"},
     ["Madrid"]),
    ("Presenter itu pernah menjadi kandidat Miss Indonesia 2007.", [],
     {"Miss Indonesia 2007": "EVENT"}, ["Indonesia"]),
    ("Mike Mahan adalah Presiden Dick Clark Productions, rumah produksi acara itu.", [],
     {"Dick Clark Productions": "ORG"}, ["Dick Clark"]),
    # ... nor one spelled out by a name
    ("Laporan Badan Pusat Statistik (BPS) terbit. Data BPS naik.", [("BPS", "ORG")],
     {"BPS": "ORG"}, []),
    # a dateline's place alone, nothing glued to it
    ("JUARA.NET, YOGYAKARTA – Kerja keras tim putri membuahkan hasil.",
     [("YOGYAKARTA – Kerja", "ORG")], {"YOGYAKARTA": "GPE"}, ["YOGYAKARTA – Kerja"]),
    ("Kuta, Bali (ANTARA News) - Pertemuan itu digelar di Kuta.", [], {"Kuta": "GPE"}, []),
    # a person glued after a company's name that ends in its suffix
    ("Ilmuwan senior The Aerospace Corporation Siegfried Janson menyulap konsep itu.",
     [("The Aerospace Corporation Siegfried Janson", "ORG")],
     {"The Aerospace Corporation": "ORG", "Siegfried Janson": "PER"}, []),
    # a brand-shaped word the article writes twice is an organisation
    ("Hari ini NusaSpace menggandeng mitra lokal. Tahun depan NusaSpace membuka kantor.", [],
     {"NusaSpace": "ORG"}, []),
    ("Hal itu diungkapkan CEO UnionSpace Albert Goh kemarin.",
     [("UnionSpace Albert Goh", "PER")], {"UnionSpace": "ORG", "Albert Goh": "PER"}, []),
    ("CEO GoToMalls Bruno Zysman menjelaskan layanan itu gratis.",
     [("GoToMalls Bruno Zysman", "PER")], {"GoToMalls": "ORG", "Bruno Zysman": "PER"}, []),
    ("Ketua Umum Aftech Niki Luhur menambahkan, ruang itu dibutuhkan.",
     [("Aftech Niki Luhur", "ORG")], {"Aftech": "ORG", "Niki Luhur": "PER"}, []),
    ("Dokter Timnas Syarif Alwi menegaskan kondisinya baik.", [("Syarif Alwi", "PER")],
     {"Syarif Alwi": "PER"}, ["Timnas Syarif Alwi"]),
    ("Wakil Ketua Fraksi Rahmat Sudarso menolak usulan itu.", [("Rahmat Sudarso", "PER")],
     {"Rahmat Sudarso": "PER"}, ["Fraksi Rahmat Sudarso"]),
    # the model glues the member to the team's head word
    ("Fisioterapis Timnas Rudi Hartono menegaskan kondisinya baik. \"Tidak apa-apa,\" kata Rudi.",
     [("Timnas Rudi Hartono", "ORG")], {"Rudi Hartono": "PER"}, ["Timnas Rudi Hartono"]),
    # ... and a company the KB does not know before a person the article names elsewhere
    ("Jaksa memeriksa Direktur PT Sinar Kencana Bambang Wibisono. Menurut Bambang, dana itu sah.",
     [("Direktur PT Sinar Kencana Bambang Wibisono", "ORG"), ("Bambang,", "PER")],
     {"PT Sinar Kencana": "ORG", "Bambang Wibisono": "PER"}, ["PT Sinar Kencana Bambang Wibisono"]),
    ("Jaksa memeriksa Direktur PT Sinar Kencana Bambang Wibisono. Menurut Bambang, dana itu sah.",
     [("Bambang,", "PER")], {"PT Sinar Kencana": "ORG", "Bambang Wibisono": "PER"}, []),
    # an ordinary word the KB knows as a person alone goes on a company's name
    ("Gudang milik PT Sumber Alam Abadi disegel polisi.", [],
     {"PT Sumber Alam Abadi": "ORG"}, ["Abadi"]),
    ("Analis Reliance Sekuritas Lanjar Nafi mengatakan IHSG melemah.",
     [("Reliance Sekuritas Lanjar Nafi", "PER")],
     {"Reliance Sekuritas": "ORG", "Lanjar Nafi": "PER"}, []),
    # 'Bos' is a title, outside the organisation's name
    ("Mereka di antaranya Bos PT Rimba Raya, Rico Dian Sari.", [("Bos PT Rimba Raya", "ORG")],
     {"PT Rimba Raya": "ORG"}, ["Bos PT Rimba Raya"]),
    # a person glued after an organisation, whom an alias names again by the first name
    ("Mereka di antaranya Bos PT Rimba Raya Joni Wijaya alias Joni Rimba serta stafnya.",
     [("Bos PT Rimba Raya Joni Wijaya", "ORG"), ("Joni Rimba", "PER")],
     {"PT Rimba Raya": "ORG", "Joni Wijaya": "PER", "Joni Rimba": "PER"}, []),
    # a kinship word alone is no person
    ("Saya punya orang-orang seperti Ayah saya yang akan berbincang.", [("Ayah", "PER")], {},
     ["Ayah"]),
    # a first name the model found alone elsewhere opens the person's span it left it out of
    ("Pesinetron Soraya Larasati melahirkan anak kedua. Soraya mengunggah foto.",
     [("Larasati", "PER"), ("Soraya", "PER")], {"Soraya Larasati": "PER"}, ["Larasati"]),
    # a month of the Hijri calendar is a time, no event
    ("Pogba menuliskan ucapan selamat Ramadan kepada para pengikutnya.", [], {}, ["Ramadan"]),
])
def test_entities_acronyms_datelines_companies_and_kin(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


def test_entities_space_agency_spelled_out_links_to_its_acronym(nlp):
    found = ents(nlp, "Sampah antariksa menjadi perhatian Badan Antariksa Amerika Serikat (NASA). "
                      "NASA memperkirakan ada 500 ribu puing.", [])
    assert found["NASA"]._.name == "NASA"
    assert found["Badan Antariksa Amerika Serikat"]._.name == "NASA"


@pytest.mark.parametrize("text,surface,name,country", [
    # a generic home-country body in a story about another country is that country's
    # (its English name for that country where the article names the country)
    ("Kuwait City - Pengadilan di Kuwait menjatuhkan vonis. Mahkamah Agung menolak banding "
     "warga Kuwait itu.", "Mahkamah Agung", "Supreme Court of Kuwait", "KWT"),
    ("Nairobi - Polisi Nairobi menangkap aktivis di Mombasa. Mahkamah Agung menunda sidang.",
     "Mahkamah Agung", "Mahkamah Agung", "KEN"),
    ("Tripoli - Kementerian Dalam Negeri menyatakan milisi menyerang Tripoli. Libya dilanda "
     "konflik.", "Kementerian Dalam Negeri", "Kementerian Dalam Negeri", "LBY"),
    # at home, or named by its acronym, it stays the Indonesian one
    ("Jakarta - Mahkamah Agung menolak kasasi jaksa di Bandung.", "Mahkamah Agung",
     "Supreme Court of Indonesia", "IDN"),
    ("Tripoli - KPK menyatakan milisi menyerang Tripoli. Libya dilanda konflik.", "KPK",
     "Corruption Eradication Commission", "IDN"),
    # or where the article also names it with its country mark, inside another name
    ("Kairo - Kepala Biro Hukum Kementerian Keuangan RI menyatakan warga di Kairo dan "
     "Alexandria, Mesir, aman. Kementerian Keuangan memantau kondisi warga.",
     "Kementerian Keuangan", "Ministry of Finance (Indonesia)", "IDN"),
])
def test_entities_generic_institution_belongs_to_the_story_country(nlp, text, surface, name,
                                                                   country):
    found = ents(nlp, text)
    assert (found[surface]._.name, found[surface]._.country) == (name, country)


@pytest.mark.parametrize("text,ner,present,absent", [
    # languages listed after a language word are no places or groups
    ("Ia menulis ucapan dalam bahasa Arab dan Perancis kepada pengikutnya.",
     [("Arab", "NORP"), ("Perancis", "GPE")], {}, ["Arab", "Perancis"]),
    # a number after a KB place is no part of it
    ("Malaysia di peringkat 96 dan Thailand 83, ujar Menpar Arief Yahya.",
     [("Thailand 83", "ORG")], {"Thailand": "GPE"}, ["Thailand 83"]),
    # holy sites and the Earth are places; a community word stays out of the group's name
    ("Umat Islam di Mekah melakukan tawaf mengelilingi Kabah di Masjidil Haram.", [],
     {"Islam": "NORP", "Kabah": "FAC", "Masjidil Haram": "FAC"}, ["Umat Islam"]),
    ("Satelit itu membawa sampah kembali ke Bumi.", [], {"Bumi": "LOC"}, []),
    # a place after a word for its people is the people
    ("Warga suku Makassar dan etnis Jawa hidup berdampingan di kota itu.",
     [], {"Makassar": "NORP", "Jawa": "NORP"}, []),
    # a city and a company after it name a team
    ("Petrokimia selanjutnya menghadapi Jakarta BNI Taplus, Minggu.",
     [("Jakarta BNI Taplus", "GPE")], {"Jakarta BNI Taplus": "ORG"}, []),
    # a building's name stops before the organisation it houses, not right after its head
    ("Boediono berbicara di Gedung Djuanda I Kementerian Keuangan, Rabu. Ia lalu ke Gedung DPR.",
     [("Gedung Djuanda I Kementerian Keuangan", "GPE")],
     {"Gedung Djuanda I": "FAC", "Kementerian Keuangan": "ORG", "Gedung DPR": "FAC"}, []),
    # ... but one named after an organisation keeps its name
    ("Ia meresmikan gedung Grha Suara Muhammadiyah, kemarin.", [],
     {"Grha Suara Muhammadiyah": "FAC"}, ["Muhammadiyah"]),
    # a hyphenated KB name written with spaces around its hyphen
    ("Dana segar itu dibutuhkan Go - Jek untuk bersaing dengan Grab.", [],
     {"Go - Jek": "ORG"}, []),
    # a group named with a number is no person
    ("Para anggota JKT48 menggelar acara mengheningkan cipta.", [("JKT48", "PER")],
     {"JKT48": "ORG"}, []),
    # rating agencies
    ("Indonesia mendapat peringkat BBB- dari Fitch dan Baa3 dari Moody's.", [],
     {"Fitch": "ORG", "Moody's": "ORG"}, []),
    # awards are events
    ("Pemenang Grammy Awards ini masih memakai gitar lamanya.", [],
     {"Grammy Awards": "EVENT"}, []),
])
def test_entities_languages_numbers_sites_and_awards(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


def test_entities_police_rank_marker_and_dj_are_titles(nlp):
    found = ents(nlp, "Brigadir Jenderal Pol Rikwanto mengatakan laporan itu diproses.",
                 [("Pol Rikwanto", "PER")])
    assert "Rikwanto" in found and "Pol Rikwanto" not in found
    found = ents(nlp, "Polisi memeriksa FDJ Katty Butterfly di Malang.",
                 [("FDJ Katty Butterfly", "PER")])
    assert "Katty Butterfly" in found and found["Katty Butterfly"].label_ == "PER"


@pytest.mark.parametrize("text,ner,present,absent", [
    # a given name the model left out before the surname, written alone elsewhere
    ("Pesinetron Soraya Larasati baru saja melahirkan. Kabar itu dibagikan Soraya lewat foto.",
     [("Larasati", "PER")], {"Soraya Larasati": "PER", "Soraya": "PER"}, ["Pesinetron"]),
    # a full name's first word standing alone is the same person
    ("Pakar hukum Herlambang Wiratman berpendapat lain. Menurut Herlambang, aturan itu keliru.",
     [("Herlambang Wiratman", "PER")], {"Herlambang Wiratman": "PER", "Herlambang": "PER"}, []),
    # an ordinary word the article never writes in lower case is the person's name
    ("Penyidik Novel Baswedan diserang. Polisi belum menemukan penyerang Novel hingga kini.",
     [("Novel Baswedan", "PER")], {"Novel Baswedan": "PER", "Novel": "PER"}, []),
    # ... also opening a sentence, and though the KB knows it as the person's short name
    ("Penyidik KPK Novel Baswedan diperiksa. Novel diperiksa di KBRI.",
     [("Novel Baswedan", "PER")], {"Novel": "PER"}, []),
    # a word only ever written before the name (an office) is not widened into it
    ("Hadir pula Mensos Khofifah Indar Parawansa. Khofifah tiba pukul 10.00.",
     [("Khofifah Indar Parawansa", "PER")], {"Khofifah Indar Parawansa": "PER"},
     ["Mensos Khofifah Indar Parawansa"]),
    # a repeat of a one-word name takes the rest of the name the model missed after it
    ("Polisi menangkap pengedar bernama Rudi Hartono Saputra di Medan. Sabu itu milik Rudi.",
     [("Rudi.", "PER")], {"Rudi Hartono Saputra": "PER", "Rudi": "PER"}, []),
    ("Hal itu dikatakan Kepala Dinas Pariwisata Provinsi NTT Yohanes Lado di Kupang. "
     "Menurut Yohanes, lomba itu rutin digelar.", [("Yohanes,", "PER")],
     {"Yohanes Lado": "PER", "Kupang": "GPE"}, []),
])
def test_entities_given_names_and_repeats(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


@pytest.mark.parametrize("text,ner,present,absent", [
    # "Terbuka" (Open) after a known place: the tournament held there, with its year
    ("Liliyana cedera saat mengikuti kejuaraan China Terbuka 2016 pekan lalu.", [],
     {"China Terbuka 2016": "EVENT"}, ["China"]),
    ("Penampilan Tontowi / Liliyana pada Hong Kong Terbuka tidak maksimal.", [],
     {"Hong Kong Terbuka": "EVENT"}, ["Hong Kong"]),
    ("Mahasiswa Universitas Terbuka mengikuti ujian.", [], {"Universitas Terbuka": "ORG"}, []),
    # an event head that is a KB name alone continues over the place named after it
    ("Ia meraih medali emas pada Olimpiade Rio 2016 bersama Tontowi.", [("Rio", "PER")],
     {"Olimpiade Rio 2016": "EVENT"}, ["Rio", "Olimpiade"]),
    # a known person's alias with an honorific: the name without it ("Habib" is a title)
    ("ACTA siap membela Imam Besar FPI Habib Rizieq di pengadilan.", [("Habib Rizieq", "PER")],
     {"Rizieq": "PER"}, ["Habib Rizieq"]),
    # an initial opens a person's name
    ("Calon lainnya adalah T. Alvin Papatria dan Rudolf Yesayas.",
     [("Alvin Papatria", "PER"), ("Rudolf Yesayas", "PER")], {"T. Alvin Papatria": "PER"},
     ["Alvin Papatria"]),
    # a given-name title stays before one name word where the article writes the fuller name
    ("Kandidatnya Ratu Tisha Destria. Kini Ratu Tisha menjabat direktur kompetisi.",
     [("Ratu Tisha Destria", "PER"), ("Tisha", "PER")],
     {"Ratu Tisha Destria": "PER", "Ratu Tisha": "PER"}, ["Tisha"]),
    # organisation heads: a dotted legal form (the sentence splitter may cut after it), a
    # body's central board
    ("Ia menjabat Direktur Kompetisi PT. Liga Indonesia Baru sejak Juli.", [],
     {"PT. Liga Indonesia Baru": "ORG"}, ["Liga Indonesia Baru"]),
    ("Ia beroperasi di bawah nama PT. Mikrobisnis Digital Sejahtera sejak 2016.", [],
     {"PT. Mikrobisnis Digital Sejahtera": "ORG"}, ["PT"]),
    ("Laporan dibuat Pengurus Pusat Perhimpunan Mahasiswa Katolik Republik Indonesia kemarin.",
     [("Pusat Perhimpunan Mahasiswa Katolik Republik Indonesia", "ORG")],
     {"Pengurus Pusat Perhimpunan Mahasiswa Katolik Republik Indonesia": "ORG"}, []),
    # building heads over a place or a "person" named after them
    ("Mentan melakukan survei ke Pasar Induk Kramat Jati pada Sabtu.",
     [("Kramat Jati", "GPE")], {"Pasar Induk Kramat Jati": "FAC"}, ["Kramat Jati"]),
    ("Munas digelar di Asrama Haji Pondok Gede, Jakarta.", [("Pondok Gede", "PER")],
     {"Asrama Haji Pondok Gede": "FAC", "Jakarta": "GPE"}, ["Pondok Gede"]),
    # English building tails over a possessive and "Ground"
    ("Anaknya dirawat di Royal Manchester Children 's Hospital sejak Senin.", [],
     {"Royal Manchester Children 's Hospital": "FAC"}, ["Manchester"]),
    ("Konser digelar di Emirates Old Trafford Cricket Ground.", [("Cricket Ground", "PER")],
     {"Emirates Old Trafford Cricket Ground": "FAC"}, ["Cricket Ground", "Old Trafford"]),
    # an acronym before a known place is a company's name, no office and holder
    ("Sebelumnya ia menjabat sebagai direktur BCI Asia. Kini ia pensiun.", [("BCI Asia", "ORG")],
     {"BCI Asia": "ORG"}, ["Asia"]),
    # after an account word, a known platform opening a person's span is its own mention
    ("Video itu diunggah ke akun Instagram Bella, terlihat Emran tersenyum.",
     [("Instagram Bella", "PER")], {"Instagram": "ORG", "Bella": "PER"}, ["Instagram Bella"]),
    ("Pesan itu ditulis di akun Twitter Dinda, lalu dihapus.", [("Twitter Dinda", "ORG")],
     {"Twitter": "ORG", "Dinda": "PER"}, ["Twitter Dinda"]),
    # common words before a known place are no person ("Area" of a company's region)
    ("Hal itu disampaikan VP Sales Telkomsel Area Jabotabek - Jabar Agus Mulyadi.",
     [("Area Jabotabek", "PER"), ("Agus Mulyadi", "PER")], {"Jabotabek": "LOC"},
     ["Area Jabotabek"]),
    # a document's acronym and its expansion are no entities; an expo is an event
    ("Ia menerima Surat Perintah Dimulainya Penyidikan (SPDP) dari KPK.",
     [("Surat Perintah Dimulainya Penyidikan", "ORG"), ("SPDP", "ORG")], {"KPK": "ORG"},
     ["Surat Perintah Dimulainya Penyidikan", "SPDP"]),
    ("Fitur itu diperkenalkan dalam gelaran Bandung ICT Expo 2017 di Bandung.", [],
     {"Bandung ICT Expo 2017": "EVENT"}, []),
    # ... and the platform alone later in the article is still the organisation
    ("Ia membalas lewat akun Instagram Bella. Foto itu diunggah di akun Instagram.",
     [("Instagram Bella", "PER"), ("Instagram", "PER")], {"Instagram": "ORG", "Bella": "PER"},
     []),
    # a known company before organisation words that end in a company suffix: one name
    ("Hyundai Motor Group nampaknya berharap lebih pada model barunya.", [("Hyundai", "ORG")],
     {"Hyundai Motor Group": "ORG"}, ["Hyundai"]),
    ("Kepada DailySocial Co - founder HelloBeauty bercerita.", [], {"DailySocial": "ORG"},
     ["DailySocial Co"]),
    # a unit after a number is no name
    ("Mesin itu menjanjikan tenaga 177 PS dan torsi 264 Nm.", [("PS", "ORG"), ("Nm", "ORG")],
     {}, ["PS", "Nm"]),
    # prayer times and hashtags are no names
    ("Ia menunggu dari waktu Asar hingga Magrib di rumah sakit.", [("Magrib", "PER")], {},
     ["Magrib", "Asar"]),
    ("Rindu keluarga #missingyouboth, tulisnya di akun Instagram.",
     [("#missingyouboth", "PER")], {"Instagram": "ORG"}, ["#missingyouboth"]),
])
def test_entities_competitions_heads_initials_and_non_names(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


@pytest.mark.parametrize("text,present,absent", [
    # a name word no model or KB knows that speaks is a person: after a tail cue, or opening
    # a clause before a reporting verb
    ('"Kami siap," ujar Kaitisuk usai laga di Bangkok.', {"Kaitisuk": "PER"}, []),
    ("Mertesacker pun mengatakan kondisinya cukup sehat.", {"Mertesacker": "PER"}, []),
    # not a pronoun, a capitalised run going on, nor an English "of" after it
    ("Ia mengatakan tarif akan naik.", {}, ["Ia"]),
    ('"Kami siap," kata Konsul Jenderal RI di Jeddah.', {}, ["Konsul"]),
    ('"Desainnya beda," ucap Head of Product Management itu.', {}, ["Head"]),
    # nor the pronoun "Aku" before a quoted title, nor a body's head word
    ("Ia pelantun 'Aku Rapopo' ini.", {}, ["Rapopo"]),
    ("Serangan itu melukai warga. Kementerian menegaskan hal itu.", {}, ["Kementerian"]),
    # an ordinary word the article capitalises more than once and never writes in lower
    # case, where a speaker stands; not one capitalised once, a role before the name
    ('"Beliau pernah menjabat sebagai ketua," kata Novel usai acara itu. Selain itu, Novel '
     'juga mengucapkan selamat.', {"Novel": "PER"}, []),
    ('"Penontonnya mencapai satu juta," kata Pimpinan sendra tari Ramayana, Dahanan, di '
     'Yogyakarta.', {}, ["Pimpinan"]),
    # one the article names after a company word is an organisation
    ("Pengguna bisa memesan truk lewat aplikasi Lorikeet. Lorikeet percaya pasar logistik "
     "akan tumbuh.", {"Lorikeet": "ORG"}, []),
])
def test_entities_a_name_word_that_speaks_is_a_person(nlp, text, present, absent):
    assert_labels(nlp, text, [], present, absent)


@pytest.mark.parametrize("text,ner,present,absent", [
    # one ordinary word capitalised, that no KB entry or fuller name stands behind, is no name
    ("Ia disangka dengan pasal Penipuan dan atau Penggelapan.",
     [("Penipuan", "PER"), ("Penggelapan", "GPE")], {}, ["Penipuan", "Penggelapan"]),
    ("Motto kota itu Unggul, Nyaman dan Religius.", [("Nyaman", "PER"), ("Religius", "PER")],
     {}, ["Nyaman", "Religius"]),
    # a short form of a fuller name stays
    ("Penyidik KPK Novel Baswedan diserang. Novel kini dirawat.",
     [("Novel Baswedan", "PER"), ("Novel", "PER")], {"Novel Baswedan": "PER", "Novel": "PER"}, []),
])
def test_entities_an_ordinary_word_alone_is_no_name(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


@pytest.mark.parametrize("text,ner,nickname,name", [
    # a nickname glossed on the sentence's descriptive subject is the person before it
    ("Walikota Bandung, Ridwan Kamil, meresmikan taman itu. Pria yang akrab disapa Kang "
     "Emil ini ingin warga betah.", [("Ridwan Kamil", "PER"), ("Kang Emil", "PER")],
     "Kang Emil", "Ridwan Kamil"),
    # "X, alias Y" with a comma, and "X yang biasa dipanggil Y"
    ("Suap itu diberikan Teguh Santosa Wardana, alias Wawan pada 2013. Wawan membantah.",
     [("Teguh Santosa Wardana", "PER"), ("Wawan", "PER"), ("Wawan", "PER")],
     "Wawan", "Teguh Santosa Wardana"),
    ("Pelatih Yudi Hartanto Saputra yang biasa dipanggil Yuha memimpin latihan.",
     [("Yudi Hartanto Saputra", "PER"), ("Yuha", "PER")], "Yuha", "Yudi Hartanto Saputra"),
])
def test_entities_a_glossed_nickname_names_its_person(nlp, text, ner, nickname, name):
    assert ents(nlp, text, ner)[nickname]._.name == name


@pytest.mark.parametrize("text,ner,present,absent", [
    # a table of players, clubs and goals: the club the KB knows is cut off the person
    ("Top skor: 1990: (Gary Lineker Tottenham 24), 2000: (Kevin Phillips Sunderland 30).",
     [("Gary Lineker Tottenham", "PER"), ("Kevin Phillips Sunderland", "PER")],
     {"Gary Lineker": "PER", "Kevin Phillips": "PER", "Tottenham": "ORG"},
     ["Gary Lineker Tottenham", "Kevin Phillips Sunderland"]),
    # ... also after a person the KB knows by that full name
    ("Top skor: 2005: (Thierry Henry Arsenal 25), 2007: (Didier Drogba Chelsea 20).",
     [("Thierry Henry Arsenal", "PER"), ("Didier Drogba Chelsea", "PER")],
     {"Didier Drogba": "PER", "Chelsea": "ORG"}, ["Didier Drogba Chelsea"]),
    # ... not a place ending a name in prose (the corps code after the rank is no name)
    ("Letkol Czi Dwi Bima hadir dalam upacara itu.", [("Czi Dwi Bima", "PER")],
     {"Dwi Bima": "PER"}, ["Czi Dwi Bima"]),
    # an alias word inside one span parts two names of a person
    ("KPK memeriksa Andi Agustinus Alias Andi Narogong sebagai saksi.",
     [("Andi Agustinus Alias Andi Narogong", "PER")],
     {"Andi Agustinus": "PER", "Andi Narogong": "PER"}, ["Andi Agustinus Alias Andi Narogong"]),
    # a spelling of a city common in Indonesian news
    ("Twitter berbasis di San Fransisco.", [], {"San Fransisco": "GPE"}, []),
])
def test_entities_tables_aliases_and_spellings(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


def test_entities_a_known_persons_surname_is_not_the_town_of_that_name(nlp):
    found = ents(nlp, "Pebalap Mercedes Lewis Hamilton menang di Monza. Hamilton mengatakan "
                      "mobilnya sangat cepat.", [("Lewis Hamilton", "PER")])
    assert (found["Hamilton"].label_, found["Hamilton"]._.name) == ("PER", "Lewis Hamilton")
    alone = ents(nlp, "Hamilton tampil buruk di Monaco.", [])
    assert alone["Hamilton"].label_ == "GPE"



@pytest.mark.parametrize("text,ner,present,absent", [
    # a regional office and its head glued in one span part after the KB place
    ("\"UMK tertinggi ialah Karawang,\" kata Kepala Dinas Tenaga Kerja dan Transmigrasi Jawa "
     "Barat Ferry Sofwan Arief di Bandung.",
     [("Dinas Tenaga Kerja dan Transmigrasi Jawa Barat Ferry Sofwan Arief", "ORG")],
     {"Dinas Tenaga Kerja dan Transmigrasi Jawa Barat": "ORG", "Ferry Sofwan Arief": "PER"},
     ["Dinas Tenaga Kerja dan Transmigrasi Jawa Barat Ferry Sofwan Arief"]),
    # ... or a firm after a title, its country inside its name
    ("Menurut Direktur Ippudo Indonesia Amanda Sihombing cara makan ramen berbeda.",
     [("Ippudo Indonesia Amanda Sihombing", "ORG")],
     {"Ippudo Indonesia": "ORG", "Amanda Sihombing": "PER"}, ["Indonesia Amanda Sihombing"]),
    # an acronym after a title and a KB name is no word of the person after it
    ("\"Kami antusias,\" tambah Presiden NICE APAC Darren Rushoworth.",
     [("APAC", "ORG"), ("Darren Rushoworth", "PER")], {"Darren Rushoworth": "PER"},
     ["APAC Darren Rushoworth"]),
    # a job title spelled out before its acronym names no organisation
    ("Menurut Chief Communication Officer (CCO) Gaery Undarsa, tim developer hanya 35 orang.",
     [("CCO", "ORG"), ("Gaery Undarsa", "PER")], {"Gaery Undarsa": "PER"},
     ["Chief Communication Officer", "CCO"]),
    # a production company is an organisation, whatever the model says
    ("Film itu digarap Monkeypaw Productions milik Jordan Peele.",
     [("Monkeypaw Productions", "PER"), ("Jordan Peele", "PER")],
     {"Monkeypaw Productions": "ORG", "Jordan Peele": "PER"}, []),
    # a score ends a club's name
    ("Grup G\n\nClub Brugge 1 - 2 FC Porto\n\nSemen Padang dipermalukan Barito Putera 2 - 1 di "
     "kandang.", [("Club Brugge 1 - 2 FC", "ORG"), ("Barito Putera 2 - 1", "ORG")],
     {"Club Brugge": "ORG", "Barito Putera": "ORG"}, ["Club Brugge 1 - 2 FC", "Barito Putera 2 - 1"]),
    # a one-letter position in a line-up is no name
    ("Susunan pemain: 1 - Navas (K); 4 - Ramos (B); 8 - Kroos (G).",
     [("Navas", "PER"), ("K", "PER"), ("Ramos", "PER"), ("B", "PER"), ("G", "PER")],
     {"Navas": "PER", "Ramos": "PER"}, ["K", "B", "G"]),
    # a one-word organisation the model finds beside a person joined by "dan" is a person
    ("Dalam dakwaan terhadap Irman dan Sugiharto, jaksa menyebut nama lain.",
     [("Irman", "PER"), ("Sugiharto", "ORG")], {"Irman": "PER", "Sugiharto": "PER"}, []),
    # ... and two unknown name words, organisation or place to the model
    ("Pelatih memasang Marco Rinaldi dan Tomas Ferreira sebagai duet di lini depan.",
     [("Marco Rinaldi", "PER"), ("Tomas Ferreira", "ORG")],
     {"Marco Rinaldi": "PER", "Tomas Ferreira": "PER"}, []),
    ("Kiper Andrea Conti dan Rafael Moura absen karena cedera.",
     [("Andrea Conti", "PER"), ("Rafael Moura", "GPE")],
     {"Andrea Conti": "PER", "Rafael Moura": "PER"}, []),
    # ... not a band, a known body nor a name opened by a head word
    ("Konser Tom Petty dan The Heartbreakers digelar di Los Angeles.",
     [("Tom Petty", "PER"), ("The Heartbreakers", "ORG")], {"The Heartbreakers": "ORG"}, []),
    ("Menteri Rini Soemarno dan Bank Mandiri menandatangani kerja sama.",
     [("Rini Soemarno", "PER"), ("Bank Mandiri", "ORG")], {"Bank Mandiri": "ORG"}, []),
    # ... not an office whose place ends it
    ("Kantor Imigrasi Jakarta Selatan menahan dua warga asing.",
     [("Kantor Imigrasi Jakarta Selatan", "ORG")], {"Kantor Imigrasi Jakarta Selatan": "ORG"}, []),
    # a firm the article names alone before is no given name of its chief
    ("Startup fintech itu, Cashlez, mendapat dana baru. Produk milik Cashlez diterima luas. CEO "
     "Cashlez Teddy Setiawan mengatakan dana itu untuk ekspansi.", [("Teddy Setiawan", "PER")],
     {"Teddy Setiawan": "PER"}, ["Cashlez Teddy Setiawan"]),
    # a title that is also a given name opens the name after a title and a KB body
    ("\"Keputusan final diketahui April,\" ujar Juru Bicara KOI Raja Parlindungan Pane di "
     "Jakarta.", [], {"KOI": "ORG", "Raja Parlindungan Pane": "PER"}, ["Parlindungan Pane"]),
])
def test_entities_offices_heads_and_given_name_titles(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


@pytest.mark.parametrize("text,ner,present,absent", [
    # a rank before a person is no organisation, though a Turkish party shares the acronym
    ("Kapolsek Gubug AKP Dedy Setya mengatakan korban tewas. AKP Dedy menambahkan, kereta "
     "melaju kencang.", [("AKP Dedy Setya", "PER"), ("AKP Dedy", "PER")],
     {"Dedy Setya": "PER", "Dedy": "PER"}, ["AKP"]),
    # a camera's acronym is a common noun
    ("Polisi menelusuri rekaman CCTV di lokasi.", [("CCTV", "ORG")], {}, ["CCTV"]),
    # a surname that is also a firm's name stays in the name the model finds whole twice
    ("Zilingo didirikan oleh Ankiti Bose di Singapura. CEO Ankiti Bose mengatakan pasar "
     "tumbuh. \"Indonesia penting,\" lanjut Ankiti.",
     [("Ankiti Bose", "PER"), ("Ankiti Bose", "PER"), ("Ankiti", "PER")],
     {"Ankiti Bose": "PER"}, ["Bose"]),
    # a source verb opening the sentence is no part of the source's name
    ("Melansir Soompi, seorang netizen mengunggah blog.", [("Melansir Soompi", "PER")],
     {"Soompi": "ORG"}, ["Melansir Soompi"]),
    # a profession in -wan is no part of the name, nor a body's acronym after it; the first
    # name the model left out after one is put back
    ('"Dinas sudah ada," kata Budayawan JJ Rizal. Di sisi lain, budayawan JJ Rizal menilai '
     'museum diremehkan.', [("Budayawan JJ Rizal", "PER"), ("JJ Rizal", "PER")],
     {"JJ Rizal": "PER"}, ["Budayawan JJ Rizal", "Rizal"]),
    ("Sejarawan Asvi Warman Adam menilai hal itu wajar.", [("Warman Adam", "PER")],
     {"Asvi Warman Adam": "PER"}, ["Warman Adam"]),
    # so is a foreign given name after a lower-case word or a title
    ("Polisi menangkap pria bernama Daiki Moriyama di bandara.", [("Moriyama", "PER")],
     {"Daiki Moriyama": "PER"}, ["Moriyama"]),
    ("Mereka dikaruniai seorang putri bernama Kirana Ayu Larasati tahun lalu.",
     [("Ayu Larasati", "PER")], {"Kirana Ayu Larasati": "PER"}, ["Ayu Larasati"]),
    ("Oposisi kerap mengkritik Presiden Nanami Okada.", [("Okada", "PER")],
     {"Nanami Okada": "PER"}, ["Okada"]),
    # a KB person's full name glued after the second of a pair
    ("Sudirman Said hadir. Ia ketua Tim Sinkronisasi Anies - Sandi Sudirman Said.",
     [("Sudirman Said", "PER"), ("Anies", "PER"), ("Sandi Sudirman Said", "PER")],
     {"Sandi": "PER", "Sudirman Said": "PER"}, ["Sandi Sudirman Said"]),
    # a place only the model vouches for, whose first word speaks alone later, is a person;
    # "Pelaut" in a navy rank is no part of the name
    ('Direktur Bank Indonesia, Juda Agung, memperkirakan inflasi turun. "Harga naik," kata '
     'Juda.', [("Juda Agung", "GPE"), ("Juda", "PER")], {"Juda Agung": "PER"}, []),
    ("Komandan Lanal, Letnan Kolonel Pelaut Bagus Amarullah, mengatakan perahu itu ditangkap.",
     [("Pelaut Bagus Amarullah", "PER")], {}, ["Pelaut Bagus Amarullah"]),
    # an interjection or thanks opening a sentence or quote is no name
    ('Tiket sudah dijual di Jakarta. Yuk, segera pesan! "Terimakasih untuk Rina," tulis Dodi.',
     [("Yuk", "PER"), ("Terimakasih", "PER"), ("Rina", "PER"), ("Dodi", "PER")],
     {"Rina": "PER", "Dodi": "PER"}, ["Yuk", "Terimakasih"]),
    # a noun for a person opening a sentence is no name
    ("Collins ditemani anaknya yang berusia 15 tahun, Nicholas. Bocah remaja itu bermain drum.",
     [("Collins", "PER"), ("Nicholas", "PER"), ("Bocah", "PER")], {"Nicholas": "PER"},
     ["Bocah"]),
    # a coordinate and a tournament's group are no names; a firm's "Grup" is
    ("Gempa terjadi di 7,44 Lintang Selatan dan 106,48 Bujur Timur. Indonesia berada di Grup B "
     "bersama Thailand. Grup Lippo membeli saham itu.",
     [("Lintang Selatan", "GPE"), ("Bujur Timur", "GPE"), ("Grup B", "ORG")],
     {"Grup Lippo": "ORG"}, ["Lintang Selatan", "Bujur Timur", "Grup B"]),
    # a capitalised common phrase alone is no name, inside a longer name it stays
    ("Kedai kopi menjamur di Tanah Air. Gerakan Cinta Tanah Air menggugat.",
     [("Tanah Air", "GPE"), ("Gerakan Cinta Tanah Air", "ORG")],
     {"Gerakan Cinta Tanah Air": "ORG"}, ["Tanah Air"]),
    # a day counted from a holiday is no name
    ("Arus balik diperkirakan memuncak pada H+9 setelah Lebaran.", [("H+9", "PER")], {},
     ["H+9"]),
    # a social-media account's handle is no name, the account holder's name is
    ('Foto itu diunggah Rina Wulandari di akun Instagram @rinawulan88. "Terima kasih," tulis '
     "@BandungFC_official.", [("Rina Wulandari", "PER"), ("@rinawulan88", "ORG"),
                              ("@BandungFC_official", "PER")],
     {"Rina Wulandari": "PER"}, ["@rinawulan88", "@BandungFC_official"]),
    # a KB name written without its serial comma
    ("Badan Meteorologi, Klimatologi dan Geofisika memastikan isu itu bohong.",
     [("Meteorologi, Klimatologi", "ORG")],
     {"Badan Meteorologi, Klimatologi dan Geofisika": "ORG"}, ["Meteorologi, Klimatologi"]),
    # a firm and its head glued, the head speaking later by the first word of his name
    ("Direktur PT Indo Beras Unggul Jo Tjong Seng membantah tuduhan itu. Jo mengatakan beras "
     "itu memenuhi standar.", [("PT Indo Beras Unggul Jo Tjong Seng", "ORG")],
     {"PT Indo Beras Unggul": "ORG", "Jo Tjong Seng": "PER"},
     ["PT Indo Beras Unggul Jo Tjong Seng"]),
    # a rank before a person ends the body's name; a title's acronym is no organisation
    ("Upacara dihadiri Kepala Staf Angkatan Darat Jenderal Sutarno Wibisono. Ia kini KSAD.",
     [("Sutarno Wibisono", "PER"), ("KSAD", "ORG")],
     {"Angkatan Darat": "ORG", "Sutarno Wibisono": "PER"}, ["Angkatan Darat Jenderal", "KSAD"]),
    # a firm, its organisation word and a country are its arm there; another state's
    # ministry before a country is that country's
    ("Penjualan KRTW Motor Indonesia naik, kata pejabat Kemlu Jepang.", [("KRTW", "ORG")],
     {"KRTW Motor Indonesia": "ORG", "Kemlu Jepang": "ORG"}, ["KRTW", "Indonesia", "Jepang"]),
    # a KB alias's capitalised word written in lower case is a descriptor before the name
    ("Kantor berita Reuters melaporkan hal itu.", [], {"Reuters": "ORG"},
     ["Kantor berita Reuters"]),
    # a club named by its "FK", whatever letters its name is written in
    ("Tuan rumah Västerholms FK kalah 0-2 di kandang.", [], {"Västerholms FK": "ORG"}, []),
])
def test_entities_ranks_common_acronyms_and_firm_surnames(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


@pytest.mark.parametrize("text,ner,mention,label,name", [
    # the given-name title alone is then that person
    ("Juru Bicara KOI Raja Parlindungan Pane hadir. \"AISGOC diam,\" kata Raja.", [],
     "Raja", "PER", "Raja Parlindungan Pane"),
    # a club the article names in full: its city's name alone is the club ...
    ("Borussia Dortmund menolak tawaran itu. Dortmund menyatakan tidak ingin melepas pemainnya.",
     [], "Dortmund", "ORG", "Borussia Dortmund"),
    # a KB person's surname after another person's full name the KB lacks is that person
    ("Retno bertemu Menlu Timor Leste Aurelio Sergio Guterres di Jakarta. Retno dan Guterres "
     "sepakat membangun jembatan.", [("Aurelio Sergio Guterres", "PER")], "Guterres", "PER",
     "Aurelio Sergio Guterres"),
    # ... or whose full name opens with it
    ("Kiper PS TNI Ganjar Mukti tampil apik. Ganjar mengatakan timnya siap.",
     [("Ganjar Mukti", "PER")], "Ganjar", "PER", "Ganjar Mukti"),
    # ... not after a misspelling of the KB person's own name
    ("Pelatih Milan Gennar Gattuso kecewa. Gattuso mengatakan timnya bermain buruk.",
     [("Gennar Gattuso", "PER")], "Gattuso", "PER", "Gennaro Gattuso"),
])
def test_entities_names_that_the_article_gives_a_short_form(nlp, text, ner, mention, label, name):
    FAKE_NER[:] = ner
    span = [e for e in nlp(make_doc(nlp, text)).ents if e.text == mention][-1]
    assert (span.label_, span._.name) == (label, name)


def test_entities_a_place_after_a_locative_stays_the_place(nlp):
    FAKE_NER[:] = []
    found = [e for e in nlp(make_doc(nlp, "Borussia Dortmund menang. Laga digelar di Dortmund."))
             .ents if e.text == "Dortmund"]
    assert [(e.label_, e._.name) for e in found] == [("GPE", "Dortmund")]


def test_entities_country_codes_in_a_results_line_are_countries(nlp):
    FAKE_NER[:] = [("Ayaka Takahashi", "PER"), ("Takuto Inoue", "PER"), ("Zulkifli Hasan", "PER")]
    doc = nlp(make_doc(nlp, "WD: Ayaka Takahashi (1/JPN) vs Kong Hee - yong (KOR) 21 - 18\n\n"
                            "MD: Takuto Inoue (INA) vs Lee Chong Wei (MAS) 21 - 12\n\n"
                            "Ketua Umum Zulkifli Hasan (PAN) hadir di Jakarta."))
    codes = [(e.text, e.label_, e._.name) for e in doc.ents if e.text.isupper()]
    assert codes == [("JPN", "GPE", "Japan"), ("KOR", "GPE", "South Korea"),
                     ("INA", "GPE", "Indonesia"), ("MAS", "GPE", "Malaysia"),
                     ("PAN", "ORG", "National Mandate Party")]


def test_entities_an_address_unit_before_its_number_is_no_organisation(nlp):
    """"RT 02 / 01" is a neighbourhood; "RT" the broadcaster, alone, stays an organisation."""
    FAKE_NER[:] = []
    doc = nlp(make_doc(nlp, "Korban warga Kampung Cabang Empat RT 02 / 01 Desa Hurip Jaya. "
                            "Kantor berita RT melaporkan serangan itu."))
    assert [(e.text, e.label_, e.start_char > 60) for e in doc.ents if e.text == "RT"] \
        == [("RT", "ORG", True)]


@pytest.mark.parametrize("text, ner, present, absent", [
    # an honorific written with its dot is outside the person's span like the bare one
    ("Komisi Disiplin menjatuhkan sanksi kepada Sdr. Dragan Petrovic atas insiden itu.",
     [("Sdr. Dragan Petrovic", "PER")], {"Dragan Petrovic": "PER"}, ["Sdr. Dragan Petrovic"]),
    # a royal's title before a one-word name the KB has as a city: the person, not the city
    ("Putri Charlotte merayakan ulang tahun di Istana Kensington.", [],
     {"Charlotte": "PER"}, []),
    ("Pangeran Phoenix tiba di London bersama ibunya.", [], {"Phoenix": "PER"}, []),
    # an English body's name ending in "Republic", after a title: an organisation; a country
    # so named stays the country
    ("Pendiri Atheist Republic Armin Navabi mengecam keputusan itu.", [("Armin Navabi", "PER")],
     {"Atheist Republic": "ORG", "Armin Navabi": "PER"}, []),
    ("Atlet Czech Republic itu meraih medali emas.", [], {"Czech Republic": "GPE"}, []),
    # a tournament's group ending a sentence, its letter glued to the full stop: no organisation
    ("Timnya melaju ke final dengan kemenangan mutlak di fase Grup B.  Pelatih Hartono berharap "
     "timnya tetap kompak.", [("Grup B.", "ORG")], {}, ["Grup B.", "Grup B"]),
])
def test_entities_dotted_honorifics_groups_and_royal_names(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


@pytest.mark.parametrize("text, ner, names", [
    # the royal the KB knows by the title's English form and the name, the name alone after it
    ("Pangeran Charles tiba di Jakarta. Charles disambut gubernur di bandara.",
     [("Charles", "PER")], ["Charles III", "Charles III"]),
    ("Ratu Maxima dari Belanda membuka pameran batik itu.", [("Maxima", "PER")],
     ["Queen Máxima of the Netherlands"]),
    # a title before a name no royal bears leaves the name as it reads
    ("Pangeran Frans membuka pameran batik itu.", [("Frans", "PER")], ["Frans"]),
])
def test_entities_a_royal_is_the_one_of_the_title_and_name(nlp, text, ner, names):
    FAKE_NER[:] = ner
    doc = nlp(make_doc(nlp, text))
    assert [e._.name for e in doc.ents if e.label_ == "PER"] == names


def test_entities_a_royal_title_before_a_city_and_its_ruler_keeps_the_city(nlp):
    """"Sultan Yogyakarta Hamengku Buwono X": the city is the sultanate's, a name follows."""
    FAKE_NER[:] = [("Hamengku Buwono X", "PER")]
    found = ents(nlp, "Sultan Yogyakarta Hamengku Buwono X membuka acara itu.")
    assert found["Yogyakarta"].label_ == "GPE"


def test_entities_an_acronym_spelled_out_anew_is_not_the_kb_body_sharing_a_country_word(nlp):
    """"Kongres Advokat Indonesia (KAI)" shares only "Indonesia" with Kereta Api Indonesia:
    the article defines KAI anew, its later mentions follow."""
    FAKE_NER[:] = [("Kongres Advokat Indonesia", "ORG")]
    doc = nlp(make_doc(nlp, "Ketua Kongres Advokat Indonesia (KAI) Tjoetjoe Hernanto menilai "
                            "putusan itu keliru. KAI akan mengajukan banding."))
    kai = [(e.text, e.label_, e._.name) for e in doc.ents if "KAI" in e.text or "Kongres" in e.text]
    assert kai == [("Kongres Advokat Indonesia", "ORG", "Kongres Advokat Indonesia"),
                   ("KAI", "ORG", "Kongres Advokat Indonesia"),
                   ("KAI", "ORG", "Kongres Advokat Indonesia")]


def test_entities_countries_by_their_indonesian_spellings_and_long_names(nlp):
    """"Republik X" is one mention of country X, and Indonesian spellings link to it."""
    FAKE_NER[:] = []
    doc = nlp(make_doc(nlp, "Tim dari Hongaria, Republik Irlandia, Rep Ceska dan Republik Kongo "
                            "lolos ke babak final. Pengungsi itu lari dari Demokratik Republik "
                            "Kongo."))
    assert [(e.text, e._.name) for e in doc.ents] == [
        ("Hongaria", "Hungary"), ("Republik Irlandia", "Republic of Ireland"),
        ("Rep Ceska", "Czech Republic"), ("Republik Kongo", "Republic of the Congo"),
        ("Demokratik Republik Kongo", "Democratic Republic of the Congo")]


def test_entities_a_club_with_its_founding_year_in_its_name_is_one_mention(nlp):
    FAKE_NER[:] = [("TSV", "ORG")]
    found = ents(nlp, "Gelandang TSV 1860 Muenchen itu cedera saat latihan.")
    assert (found["TSV 1860 Muenchen"].label_, found["TSV 1860 Muenchen"]._.name) \
        == ("ORG", "TSV 1860 Munich")


@pytest.mark.parametrize("text,ner,present,absent", [
    # the home country's short form after a national body is part of its name
    ("Ketua KPU RI Arief Budiman menyerahkan data itu di Kantor KPU RI, Jakarta.", [],
     {"KPU RI": "ORG", "Arief Budiman": "PER"}, ["RI", "KPU"]),
    # a state firm's legal form in brackets, with the listing after it, stays in the name
    ("Direktur Utama PT Pertamina (Persero) Nicke Widyawati dan Direktur Utama PT Bank Mandiri "
     "(Persero) Tbk Kartika Wirjoatmodjo hadir.", [],
     {"PT Pertamina (Persero)": "ORG", "PT Bank Mandiri (Persero) Tbk": "ORG"},
     ["PT Pertamina", "PT Bank Mandiri"]),
    # a law's subject after "tentang" runs on over a head word ("Organisasi")
    ("Pemerintah menerbitkan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2017 "
     "tentang Organisasi Kemasyarakatan pekan lalu.", [],
     {"Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2017 tentang Organisasi "
      "Kemasyarakatan": "LAW"}, ["Organisasi Kemasyarakatan"]),
    # a word the article shortens from lower-case words is no place the KB knows by it
    ("Presiden melantik sejumlah perwira tinggi (Pati) di Istana Negara. Para Pati TNI dan "
     "Pati Polri itu naik pangkat.", [("Pati TNI", "ORG"), ("Pati Polri", "ORG")],
     {"TNI": "ORG", "Polri": "ORG"}, ["Pati", "Pati TNI", "Pati Polri"]),
    # a storm's name is an event, not a person
    ("Topan Mangkhut menerjang Filipina utara pada Sabtu.", [("Topan Mangkhut", "PER")],
     {"Topan Mangkhut": "EVENT"}, []),
    # a law head before the surname of a person named in full is that person's decision
    ("Pelatih Antonio Conte mencadangkan kiper utama. Keputusan Conte itu dikritik.", [],
     {"Conte": "PER"}, ["Keputusan Conte"]),
])
def test_entities_country_short_forms_legal_forms_laws_and_storms(nlp, text, ner, present,
                                                                    absent):
    assert_labels(nlp, text, ner, present, absent)


@pytest.mark.parametrize("text,ner,present,absent", [
    # a meeting named by the body that holds it: the body alone is the name
    ("Menteri berbicara di sela-sela Rapat Koordinasi BKPM di Bali. Ia juga hadir dalam Rapat "
     "Kerja Komisi VI DPR.", [("Rapat Koordinasi BKPM", "ORG"), ("Rapat Kerja Komisi VI", "ORG")],
     {"BKPM": "ORG", "Komisi VI DPR": "ORG"}, ["Rapat Koordinasi BKPM", "Rapat Kerja Komisi VI"]),
    # a level of government without its place names no one; with it, it is a name
    ("Dana hibah menunggu Pemda, sedangkan Pemkot Bandung sudah siap.", [("Pemda", "ORG")],
     {"Pemkot Bandung": "ORG"}, ["Pemda"]),
    # a club's "FC" belongs to its name, known to the KB or not
    ("Persebaya ditahan Bali United FC, lalu Kaya FC menang atas Ceres Negros FC.", [],
     {"Bali United FC": "ORG", "Ceres Negros FC": "ORG"}, ["Bali United"]),
    # a platform written in lower case where an account is named
    ("Ia menyapa penggemar lewat akun instagram miliknya (foto: twitter @kulinerjkt).", [],
     {"instagram": "ORG", "twitter": "ORG"}, []),
])
def test_entities_meetings_government_levels_clubs_and_platforms(nlp, text, ner, present,
                                                                  absent):
    assert_labels(nlp, text, ner, present, absent)


def test_entities_a_club_with_fc_and_a_state_firm_keep_their_kb_links(nlp):
    found = ents(nlp, "Bali United FC menjamu PSM. Direktur PT Bank Mandiri (Persero) Tbk hadir.")
    assert found["Bali United FC"]._.name == "Bali United F.C."
    assert found["PT Bank Mandiri (Persero) Tbk"]._.name == "Bank Mandiri"


@pytest.mark.parametrize("text,law", [
    ("Hal itu sesuai dengan Peraturan Bank Indonesia Nomor 18/40/PBI/2016 tentang Penyelenggaraan "
     "Pemrosesan Transaksi Pembayaran.", "Peraturan Bank Indonesia Nomor 18/40/PBI/2016 tentang "
     "Penyelenggaraan Pemrosesan Transaksi Pembayaran"),
    ("Dalam Permendag Nomor 06/M-DAG/PER/1/2015 tersebut, pemerintah melarang penjualan.",
     "Permendag Nomor 06/M-DAG/PER/1/2015"),
    ("Aturan itu tertuang dalam Peraturan Menteri Keuangan Nomor 35/PMK.010/2017 tentang Bea "
     "Masuk.", "Peraturan Menteri Keuangan Nomor 35/PMK.010/2017 tentang Bea Masuk"),
    # its abbreviation in brackets before its number or subject, a lower-case number and year
    ("Tarif itu diatur Peraturan Menteri Perhubungan (Permenhub) Nomor 108 Tahun 2017 kemarin.",
     "Peraturan Menteri Perhubungan (Permenhub) Nomor 108 Tahun 2017"),
    ("Ia dijerat Pasal 3 UU nomor 31 tahun 1999 tentang Pemberantasan Korupsi.",
     "Pasal 3 UU nomor 31 tahun 1999 tentang Pemberantasan Korupsi"),
])
def test_entities_a_regulation_runs_over_its_slashed_number(nlp, text, law):
    found = ents(nlp, text)
    assert law in found and found[law].label_ == "LAW"


def test_entities_news_forms_of_kb_names_link(nlp):
    """An economic community by its Indonesian name and acronym, an outlet by its acronym,
    a husband the article names by his first name only."""
    found = ents(nlp, "Integrasi lewat Masyarakat Ekonomi ASEAN (MEA) menarik investor. Laporan "
                      "Sydney Morning Herald dikutip. SMH menulis Raisa menikah dengan Hamish.",
                 [("Hamish", "PER"), ("Raisa", "PER")])
    assert {t: found[t]._.name for t in ("Masyarakat Ekonomi ASEAN", "MEA", "SMH", "Hamish")} == {
        "Masyarakat Ekonomi ASEAN": "ASEAN Economic Community",
        "MEA": "ASEAN Economic Community", "SMH": "The Sydney Morning Herald",
        "Hamish": "Hamish Daud"}
    assert ents(nlp, "King Diego memuji sang pelatih.")["King Diego"]._.name == "Diego Maradona"


def test_entities_a_season_after_an_event_name_is_part_of_it(nlp):
    found = ents(nlp, "Ia tampil gemilang di Liga Belgia 2016 - 2017 dan menjadi top skor "
                      "Premier League 2017 / 18.")
    assert found["Liga Belgia 2016 - 2017"].label_ == "EVENT"
    assert found["Premier League 2017 / 18"].label_ == "EVENT"


def test_entities_a_race_named_by_its_place_is_an_event(nlp):
    found = ents(nlp, "Sesi latihan GP Jepang dibatalkan, seperti di GP Amerika Serikat. Marquez "
                      "menang di MotoGP Spanyol.")
    assert {t: found[t].label_ for t in ("GP Jepang", "GP Amerika Serikat", "MotoGP Spanyol")} \
        == dict.fromkeys(("GP Jepang", "GP Amerika Serikat", "MotoGP Spanyol"), "EVENT")
    assert "Jepang" not in found


@pytest.mark.parametrize("text,ner,absent,present", [
    # a reduplicated word opening a sentence leaves no name behind its hyphen
    ("Bertahun - tahun hidup sendiri, Yuni Shara kini bahagia.", [("Bertahun - tahun", "PER")],
     ["- tahun", "Bertahun - tahun"], {"Yuni Shara": "PER"}),
    # an index's level is no name
    ("Indeks Hang Seng menguat ke 29.367,06 poin.", [("29.367,06", "ORG")], ["29.367,06"], {}),
    # a substitute's minute in a line-up is no part of his name
    ("Inter: Handanovic; Skriniar, Vecino (Eder 78’), Candreva.", [("Eder 78", "PER")],
     ["Eder 78"], {"Eder": "PER"}),
])
def test_entities_statistical_spans_without_names_are_trimmed_or_dropped(nlp, text, ner, absent,
                                                                         present):
    assert_labels(nlp, text, ner, present, absent)


def test_entities_kota_before_a_known_place_and_a_discourse_word_before_a_name(nlp):
    found = ents(nlp, "Cuma ada satu klub raksasa di Kota London. Hakim menyatakan Irman bersalah. "
                      "Adapun Sugiharto kala itu menjabat direktur. Sugiharto juga dihukum.",
                 [("Kota London", "GPE"), ("Sugiharto", "PER")])
    assert "Kota" not in found and found["London"].label_ == "GPE"
    assert found["Sugiharto"]._.name == "Sugiharto"


@pytest.mark.parametrize("text,ner,present,absent", [
    # a quote mark inside a statistical span ends the name before it
    ("Kini Keith Duffy 'Boyzone' dan Brian McFadden membentuk Boyzlife.",
     [("Keith Duffy 'Boyzone' dan Brian McFadden", "PER")], {"Keith Duffy": "PER"},
     ["Keith Duffy 'Boyzone' dan Brian McFadden"]),
    # ... not an English possessive
    ("Mereka membentuk pasukan New People 's Army di Luzon.", [("New People 's Army", "ORG")],
     {"New People 's Army": "ORG"}, []),
    # a degree of four letters before its dot closes no name
    ("Peneliti Mike Boge Dipl. Ing. hadir, begitu pula Jack Ma.", [("Mike Boge Dipl", "PER")],
     {"Mike Boge": "PER", "Jack Ma": "PER"}, ["Mike Boge Dipl"]),
])
def test_entities_quote_marks_and_dotted_degrees_end_names(nlp, text, ner, present, absent):
    assert_labels(nlp, text, ner, present, absent)


def test_entities_a_mountain_range_keeps_its_lower_case_head(nlp):
    found = ents(nlp, "Petani menolak tambang di sepanjang pegunungan Kendeng, Jawa Tengah.")
    assert found["pegunungan Kendeng"].label_ == "LOC" and "Kendeng" not in found
