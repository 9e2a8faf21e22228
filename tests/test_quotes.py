"""Quote extraction and attribution on passages written for these tests."""
from __future__ import annotations

import pytest

from warta.pipeline import analyse, build_pipeline, make_doc


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(components=["warta_sentences", "warta_quotes"])


def run(nlp, text: str, ents: list[tuple[str, str, str]] = ()):
    """Quotes of `text`, with entities (surface, label, name) set by hand at first occurrence
    of each surface after the previous one; a name of None leaves the entity unlinked."""
    doc = make_doc(nlp, text)
    spans, pos = [], 0
    for surface, label, name in ents:
        start = text.index(surface, pos)
        span = doc.char_span(start, start + len(surface), label=label,
                             kb_id=name.replace(" ", "_") if name else "")
        span._.name = name
        spans.append(span)
        pos = start + len(surface)
    doc.ents = spans
    doc = nlp.get_pipe("warta_quotes")(nlp.get_pipe("warta_sentences")(doc))
    return [dict(q, text=text[q["start"]:q["end"]],
                 cue_text=text[q["cue"]["start"]:q["cue"]["end"]] if q["cue"] else None,
                 who=q["speaker"]["name"] if q["speaker"] else None,
                 mention=text[q["speaker"]["start"]:q["speaker"]["end"]] if q["speaker"] else None)
            for q in doc._.quotes]


def test_direct_attributed_after_straight_quotes(nlp):
    text = ('Rapat berlangsung tertutup.\n\n"Kami akan menambah anggaran sekolah tahun depan," '
            'ujar Rini Astuti dalam rapat di Bandung.')
    (q,) = run(nlp, text, [("Rini Astuti", "PER", "Rini Astuti")])
    assert q["kind"] == "direct"
    assert q["text"] == "Kami akan menambah anggaran sekolah tahun depan"
    assert q["cue_text"] == "ujar" and q["who"] == "Rini Astuti"
    assert q["speaker"]["kb_id"] == "Rini_Astuti"


def test_curly_quote_over_several_sentences_with_short_name(nlp):
    text = ("Gubernur Rini Astuti meninjau banjir.\n\n“Air sudah surut. Warga boleh pulang. "
            "Posko tetap buka,” kata Rini.")
    (q,) = run(nlp, text, [("Rini Astuti", "PER", "Rini Astuti"), ("Rini", "PER", "Rini Astuti")])
    assert q["text"].startswith("Air sudah surut.") and q["text"].endswith("Posko tetap buka")
    assert q["who"] == "Rini Astuti" and q["mention"] == "Rini"


def test_cue_before_quote(nlp):
    text = 'Rudi Hartono hadir. Kata dia, "Pembangunan jembatan selesai bulan depan."'
    (q,) = run(nlp, text, [("Rudi Hartono", "PER", "Rudi Hartono")])
    assert q["cue_text"] == "Kata" and q["mention"] == "dia" and q["who"] == "Rudi Hartono"
    assert q["text"].startswith("Pembangunan jembatan")


def test_reporting_verb_with_colon_before_quote(nlp):
    text = 'Kementerian Kesehatan menegaskan: "Vaksin itu aman bagi anak-anak."'
    (q,) = run(nlp, text, [("Kementerian Kesehatan", "ORG", "Ministry of Health")])
    assert q["kind"] == "direct" and q["cue_text"] == "menegaskan"
    assert q["who"] == "Ministry of Health"


def test_attribution_in_the_middle(nlp):
    text = ('"Harga beras turun," kata Dewi Lestari, "tetapi cabai masih mahal dan '
            'pedagang mengeluh."')
    quotes = run(nlp, text, [("Dewi Lestari", "PER", "Dewi Lestari")])
    assert [q["text"][:10] for q in quotes] == ["Harga bera", "tetapi cab"]
    assert all(q["who"] == "Dewi Lestari" for q in quotes)


def test_continued_quote_over_paragraphs(nlp):
    text = ('"Kami sudah menyiapkan tiga ribu tenda untuk pengungsi di seluruh kabupaten.\n\n'
            '"Bantuan makanan datang besok pagi," ujar Agus Salim.')
    quotes = run(nlp, text, [("Agus Salim", "PER", "Agus Salim")])
    assert len(quotes) == 2
    assert quotes[0]["text"].endswith("seluruh kabupaten.") and quotes[0]["cue"] is None
    assert [q["who"] for q in quotes] == ["Agus Salim", "Agus Salim"]


def test_nested_quotes_stay_inside(nlp):
    text = ('“Mereka menyebut kami ‘pengkhianat’ dan "musuh rakyat" sejak dulu,” '
            'ujar Bayu Pratama.')
    (q,) = run(nlp, text, [("Bayu Pratama", "PER", "Bayu Pratama")])
    assert "‘pengkhianat’" in q["text"] and '"musuh rakyat" sejak dulu' in q["text"]
    assert q["who"] == "Bayu Pratama"


@pytest.mark.parametrize("text", [
    'Program "rumah murah" itu dimulai pada 2020 di tiga kota besar.',
    # titles in a numbered chart, their artists after a dash
    'Lima album terlaris pekan ini:\n\n1. "Senja di Kota Tua" - Raisa (120.000)\n\n'
    '2. "Bintang" - Tulus (45.000)',
])
def test_scare_quotes_and_chart_titles_are_not_quotes(nlp, text):
    assert run(nlp, text) == []


def test_odd_number_of_quote_marks(nlp):
    text = ('"Stok pupuk cukup sampai musim tanam," kata Hendra Wijaya. "Petani tidak perlu '
            'khawatir soal harga.\n\nPemerintah daerah menambah gudang baru.')
    quotes = run(nlp, text, [("Hendra Wijaya", "PER", "Hendra Wijaya")])
    assert len(quotes) == 2
    assert quotes[1]["text"] == "Petani tidak perlu khawatir soal harga."
    assert quotes[1]["who"] == "Hendra Wijaya"


def test_missing_opening_mark(nlp):
    text = 'Sekolah dibuka kembali pekan depan," ujar Hendra Wijaya.'
    (q,) = run(nlp, text, [("Hendra Wijaya", "PER", "Hendra Wijaya")])
    assert q["text"] == "Sekolah dibuka kembali pekan depan" and q["who"] == "Hendra Wijaya"


def test_closing_mark_typed_for_an_opening_one(nlp):
    text = ('Dalam pernyataannya, Hendra Wijaya menyebutkan,” Kegagalan ini membuat kami belajar '
            'banyak. Kami akan mencoba lagi.”')
    (q,) = run(nlp, text, [("Hendra Wijaya", "PER", "Hendra Wijaya")])
    assert q["text"] == "Kegagalan ini membuat kami belajar banyak. Kami akan mencoba lagi."
    assert q["who"] == "Hendra Wijaya"


def test_dash_attributed_quote(nlp):
    text = '"Demokrasi tumbuh dari desa dan dari warga yang berani bersuara." — Siti Rahmawati'
    (q,) = run(nlp, text, [("Siti Rahmawati", "PER", "Siti Rahmawati")])
    assert q["who"] == "Siti Rahmawati" and q["mention"] == "Siti Rahmawati"


def test_speaker_in_previous_paragraph(nlp):
    text = ('Ketua Umum Partai Maju Joko Santoso menutup kongres dengan pidato singkat.\n\n'
            '"Kita harus bekerja lebih keras untuk memenangkan pemilu mendatang."')
    (q,) = run(nlp, text, [("Partai Maju", "ORG", "Partai Maju"),
                           ("Joko Santoso", "PER", "Joko Santoso")])
    assert q["cue"] is None and q["who"] == "Joko Santoso"


def test_suffix_cue_resolves_to_previous_speaker(nlp):
    text = ('Menteri Pertanian Agus Salim meninjau sawah.\n\n"Panen tahun ini bagus," kata Agus.'
            '\n\n"Kami akan ekspor beras," ujarnya.')
    quotes = run(nlp, text, [("Agus Salim", "PER", "Agus Salim"), ("Agus", "PER", "Agus Salim")])
    last = quotes[-1]
    assert last["cue_text"] == "ujarnya" and last["mention"] == "nya"
    assert last["who"] == "Agus Salim"


def test_role_phrase_resolves_to_person_with_that_role(nlp):
    text = ('Ketua Umum Partai Maju Joko Santoso bertemu wartawan.\n\n'
            '"Koalisi tetap solid sampai akhir," kata Ketua Umum Partai Maju itu.')
    (q,) = run(nlp, text, [("Partai Maju", "ORG", "Partai Maju"),
                           ("Joko Santoso", "PER", "Joko Santoso"),
                           ("Partai Maju", "ORG", "Partai Maju")])
    assert q["who"] == "Joko Santoso"


def test_unnamed_speaker_keeps_mention_without_name(nlp):
    text = '"Harga minyak akan naik," kata seorang pejabat kementerian.'
    (q,) = run(nlp, text)
    assert q["who"] is None and q["mention"] == "seorang pejabat kementerian"


def test_indirect_with_bahwa_and_pronoun(nlp):
    text = ('Menteri Keuangan Rina Marlina mengatakan bahwa inflasi akan turun tahun ini. '
            'Ia juga menegaskan anggaran subsidi tidak dipotong.')
    quotes = run(nlp, text, [("Rina Marlina", "PER", "Rina Marlina")])
    assert [q["kind"] for q in quotes] == ["indirect", "indirect"]
    assert quotes[0]["text"] == "inflasi akan turun tahun ini"
    assert quotes[1]["text"] == "anggaran subsidi tidak dipotong"
    assert [q["who"] for q in quotes] == ["Rina Marlina", "Rina Marlina"]
    assert quotes[1]["mention"] == "Ia"


def test_personal_pronoun_skips_a_source_that_is_no_person(nlp):
    text = ('Analis Dana Sekuritas Budi Hartono mengatakan investor asing melepas saham. '
            'Berdasarkan data BEI, indeks turun 0,5 persen. '
            'Ia menambahkan, pelemahan dipimpin saham sektor industri.')
    quotes = run(nlp, text, [("Budi Hartono", "PER", "Budi Hartono"),
                             ("BEI", "ORG", "Indonesia Stock Exchange")])
    assert [(q["who"], q["mention"]) for q in quotes] == [
        ("Budi Hartono", "Analis Dana Sekuritas Budi Hartono"), ("Indonesia Stock Exchange", "BEI"),
        ("Budi Hartono", "Ia")]


@pytest.mark.parametrize("text,expected", [
    ("Hingga akhir tahun, Elen optimistis pertumbuhan premi bisa mencapai 20 persen.",
     ["pertumbuhan premi bisa mencapai 20 persen"]),
    ("Tim itu tampil optimistis di laga perdana.", []),
])
def test_optimism_reports_a_view_only_of_a_clause(nlp, text, expected):
    quotes = run(nlp, text, [("Elen", "PER", "Elen Waty")] if "Elen" in text else [])
    assert [q["text"] for q in quotes] == expected


@pytest.mark.parametrize("text,expected", [
    # projections, promises and instructions report a clause, not a plain noun
    ("Kementerian ESDM memproyeksikan proyek listrik itu membutuhkan gas 1.100 MMSCFD.",
     ["proyek listrik itu membutuhkan gas 1.100 MMSCFD"]),
    ("Kementerian ESDM memproyeksikan pertumbuhan sebesar lima persen.", []),
    ("Ia menjanjikan deklarasi itu akan digelar bulan depan.",
     ["deklarasi itu akan digelar bulan depan"]),
    ("Presiden menginstruksikan para menteri memudahkan jalur investasi.",
     ["para menteri memudahkan jalur investasi"]),
    ("Ia kembali mempertegas bahwa ia hanya membantu memberi masukan.",
     ["ia hanya membantu memberi masukan"]),
    # a thought is reported like words, of a clause only
    ("Menpora berpikir, tantangan terbesar ialah pemuda kini menjadi objek isu radikalisme.",
     ["tantangan terbesar ialah pemuda kini menjadi objek isu radikalisme"]),
    ("Ia berpikir keras sebelum menjawab pertanyaan.", []),
    # a wish reports a clause after "bahwa", not a thing wanted
    ("Gubernur juga menginginkan bahwa warga merawat taman kota bersama.",
     ["warga merawat taman kota bersama"]),
    ("Para nelayan menginginkan dermaga baru, yang dijanjikan sejak lama.", []),
    # a comma after an object verb opens what is reported, as "bahwa" does
    ("Untuk itu, ia menyatakan, perjuangan hak pekerja karena kontrak itu menjadi prioritas.",
     ["perjuangan hak pekerja karena kontrak itu menjadi prioritas"]),
])
def test_projection_promise_and_instruction_cues(nlp, text, expected):
    assert [q["text"] for q in run(nlp, text, [])] == expected


def test_a_speakers_title_running_on_after_a_tail_cue_is_no_content(nlp):
    text = ('Indonesia menempati posisi kelima produsen sepatu terbesar di dunia, kata Dirjen '
            'Industri Kimia, Tekstil dan Aneka, Kementerian Perindustrian Achmad Sigit.')
    quotes = run(nlp, text, [("Achmad Sigit", "PER", "Achmad Sigit")])
    assert [(q["text"], q["who"]) for q in quotes] == [
        ("Indonesia menempati posisi kelima produsen sepatu terbesar di dunia", "Achmad Sigit")]


def test_source_named_by_its_site(nlp):
    text = "Dikutip dari laman Harian Kota, warga kerap abai dengan sampah di depan rumah."
    quotes = run(nlp, text, [("Harian Kota", "ORG", "Harian Kota")])
    assert [(q["text"], q["who"]) for q in quotes] == [
        ("warga kerap abai dengan sampah di depan rumah", "Harian Kota")]


def test_age_description_is_the_person_last_introduced(nlp):
    text = ('Osvaldo Haay kembali dipanggil pelatih. Pemain 19 tahun itu mengatakan ia siap '
            'tampil melawan Filipina.')
    quotes = run(nlp, text, [("Osvaldo Haay", "PER", "Osvaldo Haay")])
    assert [(q["mention"], q["who"]) for q in quotes] == [("Pemain 19 tahun itu", "Osvaldo Haay")]


def test_person_noun_with_a_relative_clause_after_a_cue_is_the_person_last_introduced(nlp):
    text = ('Rudi Hartono mengaku pernah menerima honor sebagai pembicara. "Uang itu sah," ujar '
            'pria yang juga pernah menjabat sebagai Bupati Sleman tersebut.')
    quotes = run(nlp, text, [("Rudi Hartono", "PER", "Rudi Hartono"), ("Sleman", "GPE", "Sleman")])
    assert [(q["text"], q["who"]) for q in quotes][-1] == ("Uang itu sah", "Rudi Hartono")


def test_menurut_before_and_after(nlp):
    text = ('Menurut Badan Meteorologi, hujan lebat turun hingga akhir pekan. '
            'Gempa itu tidak berpotensi tsunami, menurut Badan Meteorologi.')
    quotes = run(nlp, text, [("Badan Meteorologi", "ORG", "Badan Meteorologi"),
                             ("Badan Meteorologi", "ORG", "Badan Meteorologi")])
    assert [q["text"] for q in quotes] == ["hujan lebat turun hingga akhir pekan",
                                          "Gempa itu tidak berpotensi tsunami"]
    assert all(q["cue_text"] == "Menurut" or q["cue_text"] == "menurut" for q in quotes)


def test_menurut_skips_the_speakers_office_set_off_by_commas(nlp):
    """"Menurut X, pengamat dari Y, <clause>": the office apposed to X is no content."""
    text = ('Menurut Budi Santoso, pengamat ekonomi dari Universitas Andalas, para investor '
            'kemungkinan akan menunggu hasil pemilu.')
    (q,) = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso"),
                           ("Universitas Andalas", "ORG", "Universitas Andalas")])
    assert q["text"] == "para investor kemungkinan akan menunggu hasil pemilu"
    assert q["who"] == "Budi Santoso"


def test_report_noun_and_source_cue(nlp):
    text = ('"Latihan gabungan dimulai besok," bunyi laporan Kantor Berita Nusantara. '
            'Dilansir Kantor Berita Nusantara, latihan itu melibatkan lima ribu prajurit.')
    quotes = run(nlp, text, [("Kantor Berita Nusantara", "ORG", "Kantor Berita Nusantara"),
                             ("Kantor Berita Nusantara", "ORG", "Kantor Berita Nusantara")])
    assert [q["kind"] for q in quotes] == ["direct", "indirect"]
    assert quotes[0]["mention"] == "Kantor Berita Nusantara"
    assert quotes[1]["text"] == "latihan itu melibatkan lima ribu prajurit"


def test_statement_phrase(nlp):
    text = 'Polda Jaya dalam keterangan resminya, Senin, menyatakan pelaku sudah ditangkap.'
    (q,) = run(nlp, text, [("Polda Jaya", "ORG", "Polda Jaya")])
    assert q["who"] == "Polda Jaya" and q["text"] == "pelaku sudah ditangkap"


def test_subject_of_cue_not_the_quoted_agency(nlp):
    text = ('"Operasi berhasil," imbuh laporan Kantor Berita Nusantara mengutip pernyataan '
            'Markas Besar Tentara.')
    (q,) = run(nlp, text, [("Kantor Berita Nusantara", "ORG", "Kantor Berita Nusantara"),
                           ("Markas Besar Tentara", "ORG", "Markas Besar Tentara")])
    assert q["who"] == "Kantor Berita Nusantara"


def test_negated_cue_reports_nothing(nlp):
    text = 'Kepolisian belum menyebutkan jumlah korban dalam kecelakaan itu.'
    assert run(nlp, text, [("Kepolisian", "ORG", "Kepolisian")]) == []


def test_a_question_of_who_said_it_reports_nothing(nlp):
    text = "Siapa bilang para atlet tidak pernah bermalas-malasan? Mereka juga manusia biasa."
    assert run(nlp, text) == []


def test_no_entities_falls_back_to_fullest_name(nlp):
    text = ('Zulkifli Hasan meresmikan pasar baru.\n\n'
            '"Pasar ini untuk pedagang kecil," ujar Zulkifli.')
    (q,) = run(nlp, text)
    assert q["who"] == "Zulkifli Hasan"


@pytest.mark.parametrize("text", [
    "Negara Arkadia menyebut Kota Lama sebagai ibu kotanya dan beberapa negara menerimanya.",
    "Budi Santoso tetap membantah tuduhan miring tersebut kepadanya.",
    "Kedua negara tidak pernah secara terbuka membenarkan ataupun membantah laporan tersebut.",
    "Belum ada pihak yang mengaku bertanggung jawab atas serangan itu.",
    "Penjualan rumah itu sah menurut hukum yang berlaku di kota tersebut.",
    "Pernyataan ini sekaligus membantah eksepsi tim pengacara yang diajukan pekan lalu.",
    "Para pendukung sudah tak lagi percaya pelatih itu bisa membawa tim juara musim depan.",
])
def test_object_negated_and_relative_uses_are_not_quotes(nlp, text):
    assert [q["text"] for q in run(nlp, text)] == []


def test_object_verb_with_a_clause_and_negation_inside_the_subject(nlp):
    text = ("Budi Santoso membantah Irman dan Sugiharto terbukti menerima suap. "
            "Orang-orang tak dikenal itu menjelaskan bahwa kota itu tak bisa menerima tamu.")
    quotes = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso")])
    assert [q["text"] for q in quotes] == ["Irman dan Sugiharto terbukti menerima suap",
                                          "kota itu tak bisa menerima tamu"]


def test_parenthetical_and_trailing_cues_outside_quotes(nlp):
    text = ("Rina Marlina memimpin sidang. Uang itu, kata hakim, kemudian dipakai untuk membeli "
            "mobil baru. Pelaku akan dikenai denda besar, ujarnya. Pelanggar juga akan diumumkan "
            "ke publik, demikian dilansir BBC, Rabu (12/4).")
    quotes = run(nlp, text, [("Rina Marlina", "PER", "Rina Marlina"), ("BBC", "ORG", "BBC")])
    assert [(q["cue_text"], q["who"]) for q in quotes] == [
        ("kata", None), ("ujarnya", None), ("dilansir", "BBC")]
    assert quotes[2]["text"] == "Pelanggar juga akan diumumkan ke publik"


def test_name_apposed_after_a_role_and_a_client_is_no_speaker(nlp):
    text = ('Tim kuasa hukum Rina Marlina mengklaim uang itu tidak terkait kasus.\n\n'
            '"Tidak ada aliran dana," kata tim kuasa hukum Rina Marlina, Agus Salim, di '
            'pengadilan.\n\n"Api sudah padam," kata Kepala Dinas Kebakaran, Logistik dan '
            'Penyelamatan Kota Bima, Hardi Susanto.')
    quotes = run(nlp, text, [("Rina Marlina", "PER", "Rina Marlina"),
                             ("Rina Marlina", "PER", "Rina Marlina"),
                             ("Agus Salim", "PER", "Agus Salim"),
                             ("Hardi Susanto", "PER", "Hardi Susanto")])
    assert [q["who"] for q in quotes] == [None, "Agus Salim", "Hardi Susanto"]


def test_coordinator_inside_a_name_and_a_name_after_an_organisation(nlp):
    text = ("Kepala Dinas Kebakaran dan Penyelamatan Kota Bima Hardisiswan mengatakan api "
            "sudah padam sejak siang.")
    (q,) = run(nlp, text, [("Dinas Kebakaran dan Penyelamatan Kota Bima", "ORG", "Dinas Bima")])
    assert q["who"] == "Hardisiswan" and q["mention"].startswith("Kepala Dinas")


def test_government_of_a_leader_and_an_anaphoric_country(nlp):
    text = ("Jakarta mengecam laporan itu. Menurut pemerintahan Joko Widodo, laporan tersebut "
            "tidak berdasar dan negara kepulauan itu bersumpah akan menuntut ganti rugi.")
    doc_ents = [("Jakarta", "GPE", "Jakarta"), ("Joko Widodo", "PER", "Joko Widodo")]
    doc = make_doc(nlp, text)
    spans = []
    for (surface, label, name), country in zip(doc_ents, ("IDN", "IDN")):
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        span._.name, span._.country = name, country
        spans.append(span)
    doc.ents = spans
    doc = nlp.get_pipe("warta_quotes")(nlp.get_pipe("warta_sentences")(doc))
    assert [q["speaker"]["name"] for q in doc._.quotes] == ["Indonesia", "Indonesia"]


@pytest.mark.parametrize("text,country,who", [
    ("Militer Korut menyatakan pasukannya siap menghadapi latihan gabungan itu.", "PRK",
     "Korean People's Army"),
    ('"Serangan dilakukan sekitar 150 gerilyawan," kata tentara Myanmar dalam pernyataannya.',
     "MMR", "Tatmadaw"),
])
def test_the_military_of_a_country_is_its_armed_forces_in_the_kb(nlp, text, country, who):
    doc = make_doc(nlp, text)
    surface = text.split()[1] if text.startswith("Militer") else "Myanmar"
    span = doc.char_span(text.index(surface), text.index(surface) + len(surface), label="GPE")
    span._.name, span._.country = surface, country
    doc.ents = [span]
    doc = nlp.get_pipe("warta_quotes")(nlp.get_pipe("warta_sentences")(doc))
    (q,) = doc._.quotes
    assert q["speaker"]["name"] == who


def test_unlinked_short_name_takes_the_fuller_earlier_name(nlp):
    text = 'Direktur Olahraga Txiki Begiristain puas.\n\n"Kami senang," ujar Begiristain.'
    (q,) = run(nlp, text, [("Txiki Begiristain", "PER", "Txiki Begiristain"),
                           ("Begiristain", "GPE", None)])
    assert q["who"] == "Txiki Begiristain"


def test_pronoun_antecedent_is_not_named_inside_the_quote(nlp):
    text = ('Manajer Putu Wiadnyana menjenguk pasien.\n\n"Kami memberi perhatian kepada Ibu '
            'Rina Amalia," katanya.')
    (q,) = run(nlp, text, [("Putu Wiadnyana", "PER", "Putu Wiadnyana"),
                           ("Rina Amalia", "PER", "Rina Amalia")])
    assert q["who"] == "Putu Wiadnyana"


def test_anaphoric_role_and_body_phrases(nlp):
    text = ('"Kami akan bangkit," kata Budi Santoso.\n\nEks pelatih Persija itu menyebut timnya '
            'akan menang.\n\nKementerian Perhubungan membenarkan peretasan itu.\n\n"Serangan itu '
            'kami anggap serius," tulis kantor pemerintah itu.')
    quotes = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso"),
                             ("Persija", "ORG", "Persija"),
                             ("Kementerian Perhubungan", "ORG", "Ministry of Transportation")])
    assert [q["who"] for q in quotes] == ["Budi Santoso", "Budi Santoso",
                                         "Ministry of Transportation"]


def test_agent_of_a_passive_report_is_the_speaker_of_a_role_and_plural_roles_no_holder(nlp):
    text = ('Menteri Luar Negeri Budi Santoso menerima Menteri Perdagangan Rudi Hartono di '
            'Jakarta.\n\n"Kerja sama kita positif," kata Budi.\n\nHal senada diucapkan Rudi. '
            'Pejabat senior itu menyebut ekspor akan naik tahun ini.\n\nPara menteri '
            'perdagangan ASEAN mendesak agar tarif impor diturunkan.')
    quotes = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso"),
                             ("Rudi Hartono", "PER", "Rudi Hartono"),
                             ("Budi", "PER", "Budi Santoso"), ("Rudi", "PER", "Rudi Hartono"),
                             ("ASEAN", "ORG", "ASEAN")])
    assert [q["who"] for q in quotes] == ["Budi Santoso", "Rudi Hartono", None]


def test_a_connective_opening_the_sentence_is_no_part_of_the_subject(nlp):
    text = ('"Kami akan banding," kata pengacara Budi Santoso, Rudi Hartono. Budi Santoso '
            'divonis lima tahun penjara. Sementara itu pengacara tersebut mengatakan kliennya '
            'tidak bersalah.')
    quotes = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso"),
                             ("Rudi Hartono", "PER", "Rudi Hartono"),
                             ("Budi Santoso", "PER", "Budi Santoso")])
    assert [(q["mention"], q["who"]) for q in quotes][-1] == ("pengacara tersebut",
                                                              "Rudi Hartono")


def test_statement_nouns_before_the_speaker(nlp):
    text = ('Menurut catatan yang disampaikan Rina Marlina, dua belas petugas terluka.\n\n'
            '"Kesepakatan sudah tercapai," demikian pernyataan resmi Persija.')
    quotes = run(nlp, text, [("Rina Marlina", "PER", "Rina Marlina"),
                             ("Persija", "ORG", "Persija")])
    assert [(q["cue_text"], q["who"]) for q in quotes] == [("Menurut", "Rina Marlina"),
                                                           ("pernyataan", "Persija")]


def test_uncued_quote_prefers_the_previous_speaker_in_the_paragraph_before(nlp):
    text = ('"Saya bukan pria yang mengejar uang," terang Budi Santoso.\n\n'
            'Budi Santoso ingin keluar dari bayang-bayang Rudi Hartono.\n\n'
            '"Jika saya hanya mengejar uang, saya akan berada di klub lain."')
    quotes = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso"),
                             ("Budi Santoso", "PER", "Budi Santoso"),
                             ("Rudi Hartono", "PER", "Rudi Hartono")])
    assert [q["who"] for q in quotes] == ["Budi Santoso", "Budi Santoso"]


def test_recipient_before_the_reported_clause(nlp):
    text = "Seorang saksi mata menuturkan kepada Dailymail, Rooney datang menjelang tengah malam."
    (q,) = run(nlp, text)
    assert q["text"] == "Rooney datang menjelang tengah malam" and q["who"] is None


def test_relative_clause_after_a_named_person_and_capitalised_title_words(nlp):
    text = ("Topsfield mengutip Damien Kingsbury, yang mengatakan keputusan itu tidak lazim. "
            "Lebih lanjut politisi Partai Maju mengatakan festival akan diadakan lagi. "
            "Turki menangkap seribu orang, kata Menteri Dalam Negeri Suleyman Soylu.")
    quotes = run(nlp, text, [("Topsfield", "PER", "Jewel Topsfield"),
                             ("Damien Kingsbury", "PER", "Damien Kingsbury"),
                             ("Partai Maju", "ORG", "Partai Maju"),
                             ("Suleyman Soylu", "PER", "Suleyman Soylu")])
    assert [(q["mention"], q["who"]) for q in quotes] == [
        ("Damien Kingsbury", "Damien Kingsbury"),
        ("politisi Partai Maju", "Partai Maju"),
        ("Menteri Dalam Negeri Suleyman Soylu", "Suleyman Soylu")]


def test_pronoun_goes_to_a_person_introduced_as_subject_after_the_last_speaker(nlp):
    text = ('Budi Santoso mengatakan bahwa jalan itu rusak parah. Sementara itu, Ani Lestari '
            'meninjau lokasi banjir di Bekasi.\n\n"Kami akan segera memperbaiki tanggul yang '
            'jebol," ujarnya.')
    quotes = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso"),
                             ("Ani Lestari", "PER", "Ani Lestari")])
    assert [q["who"] for q in quotes] == ["Budi Santoso", "Ani Lestari"]


def test_pronoun_keeps_the_last_speaker_when_named_again_or_not_a_subject(nlp):
    text = ('Budi Santoso mengatakan bahwa proyek itu berjalan. Ani Lestari meninjau lokasi, '
            'seperti diusulkan Budi Santoso.\n\nIa mengaku proyek harus ditunda dahulu.\n\n'
            'Menteri bertemu dengan Rina Wati di kantor. "Kami siap bekerja sama," ujarnya.')
    quotes = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso"),
                             ("Ani Lestari", "PER", "Ani Lestari"),
                             ("Budi Santoso", "PER", "Budi Santoso"),
                             ("Rina Wati", "PER", "Rina Wati")])
    assert [q["who"] for q in quotes] == ["Budi Santoso"] * 3


def test_subject_after_a_fronted_adverbial_without_comma(nlp):
    text = 'Usai pertandingan Budi Santoso mengaku kecewa dengan hasil imbang melawan tim tamu.'
    (q,) = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso")])
    assert q["cue_text"] == "mengaku" and q["who"] == "Budi Santoso"
    assert q["text"].startswith("kecewa")


def test_passive_cues_with_agent_or_suffix(nlp):
    text = ('Budi Santoso hadir dalam rapat.\n\n"Kami tidak akan mundur dari kasus ini," '
            'disebutnya.\n\n"Anggaran sudah cair," dikatakan oleh Ani Lestari. Selain itu, '
            'dikemukakannya, dana desa akan ditambah tahun depan.\n\nPanen padi naik tahun '
            'ini. Hal itu dikemukakan Budi Santoso di Brebes.')
    quotes = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso"),
                             ("Ani Lestari", "PER", "Ani Lestari"),
                             ("Budi Santoso", "PER", "Budi Santoso")])
    assert [(q["cue_text"], q["mention"], q["who"]) for q in quotes] == [
        ("disebutnya", "nya", "Budi Santoso"), ("dikatakan", "Ani Lestari", "Ani Lestari"),
        ("dikemukakannya", "nya", "Ani Lestari"), ("dikemukakan", "Budi Santoso", "Budi Santoso")]


def test_menurutnya_reports_for_the_last_speaker(nlp):
    text = ('Budi Santoso meninjau jembatan. Menurutnya, pembangunan jembatan akan selesai '
            'tahun depan.')
    (q,) = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso")])
    assert q["cue_text"] == "Menurutnya" and q["who"] == "Budi Santoso"
    assert q["text"] == "pembangunan jembatan akan selesai tahun depan"


@pytest.mark.parametrize("verb", ["berujar", "berkata", "menanggapi", "mempertanyakan",
                                  "mengeluhkan", "merespons", "menyepakati"])
def test_more_cue_verbs(nlp, verb):
    text = f'Budi Santoso {verb} bahwa kritik itu tidak berdasar sama sekali.'
    (q,) = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso")])
    assert q["cue_text"] == verb and q["who"] == "Budi Santoso"


@pytest.mark.parametrize("text", [
    "Budi Santoso mengucapkan terima kasih kepada warga yang telah membantu evakuasi.",
    "Tim lawan merespons dengan mencetak dua gol berikutnya secara beruntun.",
    "Anda juga bisa menambahkan lauk lain seperti ikan bakar atau ayam goreng.",
    "Game ini, menurut saya, adalah permainan paling unik tahun ini.",
    "Jika Anda aktif di media sosial, saya sangat menyarankan Anda untuk segera mencobanya.",
])
def test_courtesies_actions_and_the_articles_own_voice_are_not_quotes(nlp, text):
    assert run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso")] if "Budi" in text else []) == []


def test_kami_outside_quotes_speaks_for_the_last_speaker(nlp):
    text = ('Direktur Truecaller Rina Wati mengatakan bahwa fitur video siap dirilis. Kami '
            'dengan senang hati mengumumkan bahwa layanan baru itu hadir bulan depan.')
    quotes = run(nlp, text, [("Rina Wati", "PER", "Rina Wati")])
    assert [(q["mention"], q["who"]) for q in quotes][1:] == [("Kami", "Rina Wati")]
    assert quotes[0]["who"] == "Rina Wati"


def test_apostrophe_written_as_a_quote_mark_inside_a_word(nlp):
    text = ('Tim berlatih pada Jum"at pagi. "Kami ingin membawa pulang Ballon d"Or tahun ini," '
            'kata Rudi Hartono. "Latihan kami belum selesai," imbuhnya. Penonton masih '
            'mengingat drama "Boys Over Flower"itu dengan baik.')
    quotes = run(nlp, text, [("Rudi Hartono", "PER", "Rudi Hartono")])
    assert [q["text"] for q in quotes] == ['Kami ingin membawa pulang Ballon d"Or tahun ini',
                                           "Latihan kami belum selesai"]
    assert [q["who"] for q in quotes] == ["Rudi Hartono", "Rudi Hartono"]


def test_speaker_phrase_ends_before_verbs_and_time_words(nlp):
    text = ('"Kami sudah menunggu lama," timpal Moa tersenyum. "Pajak akan naik tahun depan," '
            'kata Haniv bulan lalu. Menurut Tierno dapat terjadi infeksi pada kulit. '
            '"Ia masih terkaya di kota ini," kata pria terkaya itu.')
    quotes = run(nlp, text)
    assert [q["mention"] for q in quotes] == ["Moa", "Haniv", "Tierno", "pria terkaya itu"]
    assert [q["who"] for q in quotes] == ["Moa", "Haniv", "Tierno", "Tierno"]
    text = '"Orang tua kami dulu tidak setuju," kata Lee Jeong beberapa waktu lalu.'
    (q,) = run(nlp, text, [("Lee Jeong", "PER", "Lee Jeong")])
    assert (q["mention"], q["who"]) == ("Lee Jeong", "Lee Jeong")


def test_sentence_opening_common_word_is_no_name(nlp):
    text = ('Sejarah mencatat bahwa kota ini pernah menjadi pusat perdagangan rempah.\n\n'
            'Kabar terakhir menyebutkan kapal itu sudah tiba di pelabuhan.\n\n'
            '"Kami akan memperbaiki jalan desa tahun ini," kata Warsito di balai desa.')
    quotes = run(nlp, text)
    assert [(q["mention"], q["who"]) for q in quotes] == [
        ("Sejarah", None), ("Kabar terakhir", None), ("Warsito", "Warsito")]


def test_subject_joined_with_dan_is_a_fresh_subject_for_ia_and_mereka(nlp):
    text = ('"Kami akan terus bekerja," kata Rina Wulandari.\n\n'
            'Tahun ini juga tahun pertama untuk Gilang Pratama dan istrinya merasakan puasa '
            'bersama. Ya, mereka baru saja menikah tahun lalu.\n\nDengan bercanda, ia mengungkap '
            'bahwa sang istri kerap berbuka puasa dengan teman-temannya.\n\n'
            'Joko Susilo dan rekannya mendatangi kantor polisi. Mereka mengatakan bahwa laporan '
            'itu sudah diterima petugas.')
    quotes = run(nlp, text, [("Rina Wulandari", "PER", "Rina Wulandari"),
                             ("Gilang Pratama", "PER", "Gilang Pratama"),
                             ("Joko Susilo", "PER", "Joko Susilo")])
    assert [(q["mention"], q["who"]) for q in quotes] == [
        ("Rina Wulandari", "Rina Wulandari"), ("ia", "Gilang Pratama"),
        ("Mereka", "Joko Susilo")]


def test_english_nouns_do_not_make_an_object_a_clause(nlp):
    text = ("Retno menyebut kunjungannya ke Myanmar dan Bangladesh sebagai marathon diplomacy. "
            "Budi menyebut jadwal distribution center itu. "
            "Ani menyebut harga beras ditransfer ke rekening petani.")
    quotes = run(nlp, text, [("Retno", "PER", "Retno Marsudi")])
    assert [q["text"] for q in quotes] == ["harga beras ditransfer ke rekening petani"]


def test_degrees_after_a_name_are_not_the_speaker(nlp):
    quotes = run(nlp, "Dokter kulit Rina Wulandari, SpKK, M.Kes mengatakan bahwa kulit kering "
                      "harus dirawat setiap hari.", [("Rina Wulandari", "PER", "Rina Wulandari")])
    assert [q["speaker"]["name"] for q in quotes] == ["Rina Wulandari"]


def test_person_at_the_end_of_a_role_and_organisation_phrase_and_pronouns_after_it(nlp):
    text = ('Laba Peruri naik. Menurut Direktur Utama Perum Peruri Prasetio, pendapatan perusahaan '
            'naik 20 persen. Ia menambahkan bahwa laba juga meningkat. "Kami optimistis," ujarnya.')
    quotes = run(nlp, text, [("Perum Peruri", "ORG", "Peruri"), ("Prasetio", "PER", "Prasetio")])
    assert [q["who"] for q in quotes] == ["Prasetio"] * 3
    assert quotes[0]["mention"] == "Direktur Utama Perum Peruri Prasetio"


def test_pronoun_after_an_unquoted_report_by_an_apposed_lawyer(nlp):
    text = ('Jaksa Ali Mukartono menuntut hukuman. Salah satu kuasa hukum Ahok I Wayan Sudirta '
            'mengatakan hal yang serupa. Menurut dia, dakwaan jaksa keliru. Saksi tidak kredibel, '
            'ujarnya.')
    quotes = run(nlp, text, [("Ali Mukartono", "PER", "Ali Mukartono"),
                             ("Ahok", "PER", "Basuki Tjahaja Purnama"),
                             ("I Wayan Sudirta", "PER", "I Wayan Sudirta")])
    assert [q["text"] for q in quotes] == ["dakwaan jaksa keliru", "Saksi tidak kredibel"]
    assert [q["who"] for q in quotes] == ["I Wayan Sudirta"] * 2


@pytest.mark.parametrize("obj", ["hal yang serupa", "hal yang sama", "hal senada", "demikian"])
def test_an_object_pointing_back_is_no_report(nlp, obj):
    assert run(nlp, f"Menteri Rini Astuti mengatakan {obj}.", [("Rini Astuti", "PER", None)]) == []


def test_a_date_after_the_cue_is_not_the_content(nlp):
    text = "Harga cabai naik tajam , kata Dewi Lestari , Kamis ( 10 / 8 ) ."
    (q,) = run(nlp, text, [("Dewi Lestari", "PER", "Dewi Lestari")])
    assert q["text"] == "Harga cabai naik tajam" and q["who"] == "Dewi Lestari"


def test_passive_report_of_the_previous_sentence(nlp):
    text = ('Perusahaan merugi selama tiga tahun. Hal itu diakui oleh Direktur Keuangan '
            'Budi Santoso, Selasa (3/4).')
    (q,) = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso")])
    assert q["text"] == "Perusahaan merugi selama tiga tahun"
    assert q["cue_text"] == "diakui" and q["who"] == "Budi Santoso"


# --- cue families (issue 13): text, entities, cue, quoted words, speaker ----------------------
HENDRA = [("Hendra Wijaya", "PER", "Hendra Wijaya")]
CUES = [
    ("Hendra Wijaya menampik bahwa partainya menerima dana dari pengusaha tambang.", HENDRA,
     "menampik", "partainya menerima dana dari pengusaha tambang", "Hendra Wijaya"),
    ("Kementerian Kesehatan mengonfirmasi, dua pasien baru dirawat di rumah sakit daerah.",
     [("Kementerian Kesehatan", "ORG", "Ministry of Health")], "mengonfirmasi",
     "dua pasien baru dirawat di rumah sakit daerah", "Ministry of Health"),
    ("Hendra Wijaya mengecam, penggusuran itu dilakukan tanpa pemberitahuan kepada warga.",
     HENDRA, "mengecam", "penggusuran itu dilakukan tanpa pemberitahuan kepada warga",
     "Hendra Wijaya"),
    ("Bupati Hendra Wijaya menjamin bahwa pasokan beras aman hingga akhir tahun.", HENDRA,
     "menjamin", "pasokan beras aman hingga akhir tahun", "Hendra Wijaya"),
    ("Hendra Wijaya memuji, para relawan bekerja siang dan malam tanpa dibayar.", HENDRA,
     "memuji", "para relawan bekerja siang dan malam tanpa dibayar", "Hendra Wijaya"),
    ("Pengamat ekonomi Hendra Wijaya menilai kebijakan itu akan menekan daya beli warga.",
     HENDRA, "menilai", "kebijakan itu akan menekan daya beli warga", "Hendra Wijaya"),
    ("Gubernur Hendra Wijaya meminta warga tidak membuang sampah ke sungai.", HENDRA,
     "meminta", "warga tidak membuang sampah ke sungai", "Hendra Wijaya"),
    ("Hendra Wijaya meminta kepada polisi untuk bergerak cepat menindaklanjuti laporan itu.",
     HENDRA, "meminta", "kepada polisi untuk bergerak cepat menindaklanjuti laporan itu",
     "Hendra Wijaya"),
    ("Hendra Wijaya menyebut harga cabai sudah turun sejak pekan lalu.", HENDRA, "menyebut",
     "harga cabai sudah turun sejak pekan lalu", "Hendra Wijaya"),
    ("Kantor berita Antara melaporkan, tiga rumah rusak akibat gempa semalam.",
     [("Antara", "ORG", "Antara")], "melaporkan", "tiga rumah rusak akibat gempa semalam",
     "Antara"),
    ("Hendra Wijaya khawatir banjir akan datang lagi tahun depan.", HENDRA, "khawatir",
     "banjir akan datang lagi tahun depan", "Hendra Wijaya"),
    ("Hendra Wijaya merasa bahwa keputusan itu tidak adil bagi petani.", HENDRA, "merasa",
     "keputusan itu tidak adil bagi petani", "Hendra Wijaya"),
    ("Hendra Wijaya berpandangan, setiap sekolah wajib memiliki ruang kesehatan.", HENDRA,
     "berpandangan", "setiap sekolah wajib memiliki ruang kesehatan", "Hendra Wijaya"),
    ("Harga beras akan turun pekan depan, demikian Kepala Bulog Hendra Wijaya.", HENDRA,
     "demikian", "Harga beras akan turun pekan depan", "Hendra Wijaya"),
    ('"Stok kami cukup sampai Lebaran," demikian Hendra Wijaya.', HENDRA, "demikian",
     "Stok kami cukup sampai Lebaran", "Hendra Wijaya"),
    ('"Selamat untuk timnas kita malam ini," cuit Hendra Wijaya.', HENDRA, "cuit",
     "Selamat untuk timnas kita malam ini", "Hendra Wijaya"),
    ("Harga tiket disebut Hendra Wijaya akan naik bulan depan.", HENDRA, "disebut",
     "akan naik bulan depan", "Hendra Wijaya"),
    (('Pembawa acara itu bertanya soal musim terakhir. Hendra Wijaya membalas, "Tunggu saja '
      'sampai tayang."'), HENDRA, "membalas", "Tunggu saja sampai tayang.", "Hendra Wijaya"),
    (("Bank Indonesia memesan uang kertas dari Perum Peruri. Berdasarkan laporan keuangan "
      "perusahaan, pendapatan usahanya naik 40 persen."), [("Bank Indonesia", "ORG", None),
                                                          ("Perum Peruri", "ORG", "Peruri")],
     "Berdasarkan", "pendapatan usahanya naik 40 persen", "Peruri"),
    ("Berdasarkan data BPS, ekspor naik lima persen pada Maret.",
     [("BPS", "ORG", "Statistics Indonesia")], "Berdasarkan",
     "ekspor naik lima persen pada Maret", "Statistics Indonesia"),
    (('Hendra Wijaya menolak rencana itu. Ia menawarkan kesepakatan baru yang disebutnya '
      '"adil bagi petani dan pedagang kecil".'), HENDRA, "disebutnya",
     "adil bagi petani dan pedagang kecil", "Hendra Wijaya"),
    ("Dalam surat ketiga, Serikat Pekerja Nasional menuntut agar perusahaan membayar upah "
     "lembur.", [("Serikat Pekerja Nasional", "ORG", None)], "menuntut",
     "perusahaan membayar upah lembur", "Serikat Pekerja Nasional"),
    ("Hendra Wijaya mengingatkan agar warga tidak menyebarkan kabar bohong soal bank.", HENDRA,
     "mengingatkan", "warga tidak menyebarkan kabar bohong soal bank", "Hendra Wijaya"),
    ("Hendra Wijaya tampil di panggung. Ia pun mengelak jika kedatangannya dikaitkan dengan "
     "pemilihan kepala daerah.", HENDRA, "mengelak",
     "kedatangannya dikaitkan dengan pemilihan kepala daerah", "Hendra Wijaya"),
    ("Media asing memberitakan bahwa kapal itu tenggelam di perairan Natuna.", [],
     "memberitakan", "kapal itu tenggelam di perairan Natuna", None),
    ("Pelatih Hendra Wijaya memastikan timnya akan tampil menyerang di laga itu.", HENDRA,
     "memastikan", "timnya akan tampil menyerang di laga itu", "Hendra Wijaya"),
    ("Menteri ESDM Hendra Wijaya menjamin tidak akan ada pemadaman listrik selama Lebaran.",
     HENDRA, "menjamin", "tidak akan ada pemadaman listrik selama Lebaran", "Hendra Wijaya"),
    ("Mahkamah Agung menjatuhkan vonis itu karena menilai terdakwa menyalahgunakan wewenang.",
     [("Mahkamah Agung", "ORG", "Supreme Court of Indonesia")], "menilai",
     "terdakwa menyalahgunakan wewenang", "Supreme Court of Indonesia"),
    ("Dikatakan Hendra Wijaya, tujuan kegiatan ini untuk mendukung pola hidup sehat warga.",
     HENDRA, "Dikatakan", "tujuan kegiatan ini untuk mendukung pola hidup sehat warga",
     "Hendra Wijaya"),
    # a concessive connective closed by a pro-form, with no comma, before the subject
    ("Meskipun demikian Hendra Wijaya memastikan bahwa timnya akan bangkit pekan depan.", HENDRA,
     "memastikan", "timnya akan bangkit pekan depan", "Hendra Wijaya"),
    # an assumption, a notice given, and a site cited by its lower-case address
    ("Penggemar pun berasumsi, penyanyi itu tengah bersiap merilis album baru.", [],
     "berasumsi", "penyanyi itu tengah bersiap merilis album baru", None),
    ("Juru bicara KPK Hendra Wijaya menginformasikan bahwa penyidik telah memeriksa tiga saksi.",
     HENDRA, "menginformasikan", "penyidik telah memeriksa tiga saksi", "Hendra Wijaya"),
    ("Seperti dilansir beritabola.com, kejadian itu diketahui setelah pemain mengunggah foto.",
     [("beritabola.com", "ORG", "beritabola.com")], "dilansir",
     "kejadian itu diketahui setelah pemain mengunggah foto", "beritabola.com"),
    # a negated denial confirms; "bila" opens the clause
    ("Juru bicara KPK Hendra Wijaya tak menampik bila uang itu terkait proyek jembatan.",
     HENDRA, "menampik", "uang itu terkait proyek jembatan", "Hendra Wijaya"),
    # a hope that is a clause
    ("Hendra Wijaya mengharapkan jembatan itu menjadi jalur utama warga desa.", HENDRA,
     "mengharapkan", "jembatan itu menjadi jalur utama warga desa", "Hendra Wijaya"),
    # a regret whose object is a clause, and a view voiced
    ("Hendra Wijaya menyayangkan keputusan itu diambil di tengah masa kampanye.", HENDRA,
     "menyayangkan", "keputusan itu diambil di tengah masa kampanye", "Hendra Wijaya"),
    ("Hendra Wijaya menyesalkan sikap pengurus yang tak bersuara saat warga digusur.", HENDRA,
     "menyesalkan", "sikap pengurus yang tak bersuara saat warga digusur", "Hendra Wijaya"),
    ("Hendra Wijaya menyuarakan rencana untuk membuka kembali jalur kereta ke pelabuhan.",
     HENDRA, "menyuarakan", "rencana untuk membuka kembali jalur kereta ke pelabuhan",
     "Hendra Wijaya"),
    ("Hendra Wijaya mengklarifikasi uang itu adalah honor sebagai pembicara seminar.", HENDRA,
     "mengklarifikasi", "uang itu adalah honor sebagai pembicara seminar", "Hendra Wijaya"),
    # a condition with its consequent, or after a coordinator, is part of the report
    ("Hendra Wijaya merasa jika tidak datang ke rapat itu maka masalahnya akan makin besar.",
     HENDRA, "merasa", "jika tidak datang ke rapat itu maka masalahnya akan makin besar",
     "Hendra Wijaya"),
    ("Pelatih Hendra Wijaya menyebut Rudi hanya cedera ringan dan jika dipanggil lagi ia siap "
     "bermain.", HENDRA, "menyebut",
     "Rudi hanya cedera ringan dan jika dipanggil lagi ia siap bermain", "Hendra Wijaya"),
    ("Hendra Wijaya meminta warga, jika menemukan kejanggalan, segera melapor ke polisi.",
     HENDRA, "meminta", "warga, jika menemukan kejanggalan, segera melapor ke polisi",
     "Hendra Wijaya"),
    # an assurance to someone that …
    ("Hendra Wijaya juga meyakinkan para pencinta binatang bahwa setiap ikan dirawat dengan baik.",
     HENDRA, "meyakinkan", "setiap ikan dirawat dengan baik", "Hendra Wijaya"),
    # a caption after an upload verb
    (('Produser radio Hendra Wijaya mengunggah foto akuarium dengan tulisan "Temanku menginap '
      'di hotel itu dan mereka menyewakan ikan."'), HENDRA, "mengunggah",
     "Temanku menginap di hotel itu dan mereka menyewakan ikan.", "Hendra Wijaya"),
    # an appeal and a target
    ("Untuk itu, Hendra Wijaya mengajak agar warga ikut menjaga kebersihan sungai.", HENDRA,
     "mengajak", "warga ikut menjaga kebersihan sungai", "Hendra Wijaya"),
    ("Hendra Wijaya menargetkan pembangunan jembatan bisa selesai pada akhir tahun.", HENDRA,
     "menargetkan", "pembangunan jembatan bisa selesai pada akhir tahun", "Hendra Wijaya"),
    # an estimate by a named agent
    ("Nilai proyek itu ditaksir Hendra Wijaya mencapai Rp 3 triliun.", HENDRA, "ditaksir",
     "mencapai Rp 3 triliun", "Hendra Wijaya"),
    # a relative clause after a person's name, without a comma
    (("Hal itu dijelaskan Menteri Hendra Wijaya yang menilai pemerintah wajib menyediakan "
      "internet di sekolah."), HENDRA, "menilai",
     "pemerintah wajib menyediakan internet di sekolah", "Hendra Wijaya"),

    # a source cue after a connective opening the sentence
    ("Sementara itu diberitakan Reuters, kapal itu sempat berlabuh di Singapura.",
     [("Reuters", "ORG", "Reuters")], "diberitakan",
     "kapal itu sempat berlabuh di Singapura", "Reuters"),
    ("Lansiran Reuters, salah satu pejabat yang dipecat bernama Lee Min.",
     [("Reuters", "ORG", "Reuters")], "Lansiran",
     "salah satu pejabat yang dipecat bernama Lee Min", "Reuters"),
    (("Sesuai dengan catatan Hendra Wijaya, kerugian hotel mencapai ratusan juta rupiah."),
     HENDRA, "Sesuai", "kerugian hotel mencapai ratusan juta rupiah", "Hendra Wijaya"),
    # a body named by its head alone is the body named in full before
    (('Kementerian Luar Negeri Suriah membantah laporan itu. Kementerian menegaskan, "Militer '
      'kami tidak memiliki senjata kimia."'),
     [("Kementerian Luar Negeri Suriah", "ORG", "Ministry of Foreign Affairs (Syria)")],
     "menegaskan", "Militer kami tidak memiliki senjata kimia.",
     "Ministry of Foreign Affairs (Syria)"),
    # a government body the entity layer does not name is a speaker all the same
    (("Direktorat investigasi pidana melalui Twitter menyatakan ekonom itu tengah diperiksa "
      "terkait penghasutan."), [], "menyatakan",
     "ekonom itu tengah diperiksa terkait penghasutan", None),
    # a report a source document gives; the sentence before a pronoun subject's report
    (("Sesuai laporan Hendra Wijaya, pihak hotel telah mengundang penyanyi itu melalui "
      "manajernya."), HENDRA, "Sesuai",
     "pihak hotel telah mengundang penyanyi itu melalui manajernya", "Hendra Wijaya"),
    (("Hendra Wijaya merasa terharu ketika para pemain memberikan dukungan kepadanya. Itu "
      "diungkapkan Hendra Wijaya setelah laga di Bandung."), HENDRA * 2, "diungkapkan",
     "Hendra Wijaya merasa terharu ketika para pemain memberikan dukungan kepadanya",
     "Hendra Wijaya"),
    # a report with no named source whose source the next sentence names
    (("Mantan bupati itu disebut kerap menerima uang dari kontraktor jalan. Keterangan itu "
      "diungkapkan Kepala Bagian Keuangan, Hendra Wijaya, dalam sidang di Bandung."), HENDRA,
     "diungkapkan", "kerap menerima uang dari kontraktor jalan", "Hendra Wijaya"),
]


@pytest.mark.parametrize("text,ents,cue,words,who", CUES)
def test_cue_table(nlp, text, ents, cue, words, who):
    (q,) = run(nlp, text, ents)
    assert (q["cue_text"], q["text"], q["who"]) == (cue, words, who)


# Passive reports and document sources with no named source: a null speaker, never the
# speaker of the quote before them.
UNSOURCED = [
    ("Dalam perkara ini, Hendra Wijaya didakwa menerima suap dari kontraktor jalan.",
     "didakwa", "menerima suap dari kontraktor jalan"),
    ("Rombongan itu disebut akan tiba di Jakarta pada malam hari.", "disebut",
     "akan tiba di Jakarta pada malam hari"),
    ("Dari surat dakwaan, Hendra Wijaya menerima uang Rp 2 miliar dari kontraktor.", "Dari",
     "Hendra Wijaya menerima uang Rp 2 miliar dari kontraktor"),
    ("Merujuk pada data survei, sebagian besar warga menolak rencana kenaikan tarif.", "Merujuk",
     "sebagian besar warga menolak rencana kenaikan tarif"),
    # rumours and a passive opening the sentence
    ("Disebutkan investor lama juga turut menambah dana pada putaran ini.", "Disebutkan",
     "investor lama juga turut menambah dana pada putaran ini"),
    ("Hendra Wijaya pernah dikabarkan dekat dengan seorang penyanyi dangdut.", "dikabarkan",
     "dekat dengan seorang penyanyi dangdut"),
    ("Sejumlah pria kerap digosipkan dekat dengan penyanyi itu.", "digosipkan",
     "dekat dengan penyanyi itu"),
    ("Ia datang bersama seorang pengusaha yang dikabarkan dekat dengan keluarganya.",
     "dikabarkan", "dekat dengan keluarganya"),
]


@pytest.mark.parametrize("text,cue,words", UNSOURCED)
def test_unsourced_table(nlp, text, cue, words):
    first, q = run(nlp, '"Kami menghormati proses hukum," kata Rudi Hartono. ' + text,
                   [("Rudi Hartono", "PER", "Rudi Hartono")]
                   + (HENDRA if "Hendra" in text else []))
    assert first["who"] == "Rudi Hartono"
    assert (q["cue_text"], q["text"], q["who"]) == (cue, words, None)


@pytest.mark.parametrize("opening", ["Disampaikan juga bahwa", "Dijelaskan,"])
def test_a_passive_report_with_no_agent_opening_a_sentence_goes_on_for_the_speaker(nlp, opening):
    text = (f"Hendra Wijaya mengatakan harga cabai sudah turun. Ia meninjau pasar pagi itu. "
            f"{opening} stok beras aman hingga Lebaran.")
    quotes = run(nlp, text, HENDRA)
    assert [(q["cue_text"], q["text"], q["who"]) for q in quotes][-1] == (
        opening.split()[0].rstrip(","), "stok beras aman hingga Lebaran", "Hendra Wijaya")


@pytest.mark.parametrize("text", [
    "Dedi Kurnia melaporkan Hendra Wijaya (30), warga Tebet, ke Polres Malang.",
    "Persija memastikan tiket ke final setelah menang dua gol tanpa balas.",
    "Tim tamu memastikan diri lolos ke semifinal setelah bermain imbang.",
    "Hendra Wijaya merasa senang dengan hasil pertandingan itu.",
    "Rusia mengecam serangan itu dan memanggil duta besar Ukraina.",
    "Hendra Wijaya memuji kontribusi para relawan yang membantu evakuasi.",
    "Jalan yang disebut sebagai jalur tikus itu rusak berat.",
    "Jangan khawatir soal pengisian baterai ponsel ini.",
    "Para dokter khawatir terhadap kondisi kesehatan anak-anak di desa itu.",
    "Hendra Wijaya mengunggah foto yang menampilkan sawah hijau di Canggu.",
    "Hendra Wijaya percaya diri memamerkan lukisan barunya di pameran itu.",
    "Hendra Wijaya mengklarifikasi isu tersebut kepada wartawan di kantornya.",
    "Dalam laporan itu, polisi menetapkan dua tersangka baru.",
    "Setelah belajar untuk menulis, melukis, dan memahat, ia kini belajar gendang.",
    "Dalam laporan itu, tidak dijelaskan kapan kapal tersebut dicegat.",
    "Perusahaan asal Jepang itu menanggapinya dengan meminta bantuan pengadilan.",
    "Hendra Wijaya meminta maaf kepada warga atas keterlambatan itu.",
    "Hendra Wijaya mengelak dari kejaran wartawan di depan gedung.",
    "Keputusan itu disesalkan banyak pihak karena dianggap merusak kesepakatan iklim.",
    "Menteri ESDM Hendra Wijaya menjamin keamanan pasokan listrik selama Lebaran.",
    "Tembakan dua angka dan dua tembakan bebas Arki memastikan Indonesia memimpin 77-74.",
    "Kemenangan itu memastikan Persija lolos ke final.",
    "Kasus itu dihentikan karena yang bersangkutan mengaku tidak keberatan.",
    "Belotti dipertahankan Torino. Si Ayam Jantan, demikian ia dijuluki, masih dibutuhkan tim.",
    "Hendra Wijaya tidak membenarkan ataupun membantah kabar itu.",
    "Perusahaan itu menargetkan pertumbuhan penjualan sepuluh persen tahun ini.",
    "Hendra Wijaya melaporkan akun penyebar fitnah itu ke polisi.",
    "Pebalap muda Hendra Wijaya mencatat kemenangan pertamanya sejak naik ke kelas utama.",
    "Hendra Wijaya mengharapkan dukungan dari pemerintah pusat.",
    "Hendra Wijaya menyayangkan insiden penembakan di perbatasan.",
    "Hendra Wijaya menyuarakan aspirasi warga desa.",
    "Hendra Wijaya juga menyampaikan kondisi terkini rekannya yang dirawat di rumah sakit.",
    "Hendra Wijaya menanggapi isu yang beredar di media sosial soal kenaikan harga.",
    "Hendra Wijaya menyepakati kerja sama di bidang energi dengan Jepang.",
    # a judgement with no judge named is a verdict, no one's words
    "Hendra Wijaya dinyatakan bebas setelah sebelumnya dianggap bersalah oleh pengadilan.",
    "Pemain muda itu dinilai belum mampu menggantikan peran kaptennya.",
    "Hendra Wijaya berhasil meyakinkan para investor untuk menanam modal.",
    'Spanduk bertuliskan "Tolak tambang" dipasang warga di depan kantor desa.',
])
def test_other_senses_and_noun_objects_are_not_quotes(nlp, text):
    assert run(nlp, text, HENDRA if "Hendra" in text else []) == []


# --- speakers as entities (issue 13): text, entities, the speakers in order ------------------
SPEAKERS = [
    # a role chunk apposed to a person, and the bare office later
    (('AKP Budi Santoso, Kapolsek Tambun, mengatakan pelaku sudah ditahan.\n\n"Pelaku kami '
      'titipkan di rutan," kata Kapolsek.'), [("Budi Santoso", "PER", "Budi Santoso")],
     ["Budi Santoso", "Budi Santoso"]),
    # an office abbreviated in brackets before the name
    (('Menteri Dalam Negeri (Mendagri) Tjahjo Kumolo hadir di Solo.\n\n"Pelakunya harus '
      'diusut," kata Mendagri.'), [("Tjahjo Kumolo", "PER", "Tjahjo Kumolo")], ["Tjahjo Kumolo"]),
    # a bare office nobody holds in the article
    ('"Kami berjaga sampai pagi," kata Kapolsek.', [], [None]),
    # a bracketed abbreviation inside the phrase, and a long phrase with a rank
    (('"Operasi tambahan akan dilakukan," kata Pelaksana Harian (Plh) Kepala Biro Humas KPK '
      'Yuyuk Andriati di Jakarta.'), [("KPK", "ORG", "Corruption Eradication Commission"),
                                    ("Yuyuk Andriati", "PER", "Yuyuk Andriati")],
     ["Yuyuk Andriati"]),
    ("Wakil Ketua Dewan Perwakilan Rakyat (DPR) Fahri Hamzah menilai operasi itu berlebihan.",
     [("Dewan Perwakilan Rakyat", "ORG", "People's Representative Council"),
      ("Fahri Hamzah", "PER", "Fahri Hamzah")], ["Fahri Hamzah"]),
    (('"Pelaku sudah kami tangkap," kata Kepala Subbagian Humas Polres Bogor Inspektur '
      'Polisi Satu Ita Puspitalena.'), [("Ita Puspitalena", "PER", "Ita Puspitalena")],
     ["Ita Puspitalena"]),
    # an English office before the holder set off by a comma ("Manager Humas …, X")
    (('"Dua kereta tambahan berangkat malam ini," kata General Manager Humas Daop 2 Bandung, '
      'Budi Santoso.'), [("Bandung", "GPE", "Bandung"), ("Budi Santoso", "PER", "Budi Santoso")],
     ["Budi Santoso"]),
    # an office's ordinary words are no part of a name without an entity
    ('"Api muncul di asrama," ujar Menteri Pendidikan Fred Matiangi kepada wartawan.', [],
     ["Fred Matiangi"]),
    # the reader is no speaker
    ('Semua wahana bisa Anda coba sepanjang tahun.\n\n"Kami buka setiap hari sampai malam."',
     [], [None]),
    # a short form takes the canonical name of the fuller entity named before it
    (('Kementerian Luar Negeri Indonesia memanggil duta besar itu.\n\n"Kami menunggu '
      'penjelasan," kata Kementerian Luar Negeri.'),
     [("Kementerian Luar Negeri Indonesia", "ORG", "Ministry of Foreign Affairs (Indonesia)"),
      ("Kementerian Luar Negeri", "ORG", None)], ["Ministry of Foreign Affairs (Indonesia)"]),
    # a role closed by "itu" after a relative clause is anaphoric; "Iapun" is a pronoun
    (('"Penyebar hoaks harus ditindak," kata Megawati Soekarnoputri.\n\nMenurut mantan '
      'presiden yang kelima itu, penyebar hoaks adalah pengecut.\n\nIapun mengakui bahwa '
      'kebebasan pers penting.'), [("Megawati Soekarnoputri", "PER", "Megawati Soekarnoputri")],
     ["Megawati Soekarnoputri"] * 3),
    # the subject of a sentence opened by a source cue is a fresh antecedent for "Ia"
    (('Diberitakan Reuters, Rina Marlina menjadi saksi dalam sidang itu. Ia menegaskan bahwa '
      'kesaksiannya sudah lengkap.'), [("Reuters", "ORG", "Reuters"),
                                        ("Rina Marlina", "PER", "Rina Marlina")],
     ["Reuters", "Rina Marlina"]),
    # a role of a body, then the person apposed after a comma and an honorific
    (('"Jemaah datang dari mana-mana," kata Pengurus FKDT Jakarta Selatan, Ustadz Ahmad '
      'Munthoi.\n\nIa menambahkan bahwa acara itu digelar setiap bulan.'),
     [("FKDT", "ORG", None), ("Ahmad Munthoi", "PER", "Ahmad Munthoi")], ["Ahmad Munthoi"] * 2),
    # a person's name glued to a body by the entity layer, a person on its own elsewhere
    (('"Peserta harus percaya pada diri sendiri," kata Kabag Komunikasi Publik Kementerian '
      'PANRB Suwardi.\n\nSuwardi menambahkan bahwa tes dimulai pekan depan.'),
     [("Kementerian PANRB Suwardi", "ORG", None), ("Suwardi", "PER", "Suwardi")],
     ["Suwardi", "Suwardi"]),
    # a spokesperson speaking for a body keeps their own name
    ("KPK melalui juru bicaranya Febri Diansyah mengatakan penyidik sudah memeriksa tiga saksi.",
     [("KPK", "ORG", "Corruption Eradication Commission"),
      ("Febri Diansyah", "PER", "Febri Diansyah")], ["Febri Diansyah"]),
    # an office of one person held by another: the last person named holds it
    ("Juru bicara Duterte Harry Roque mengatakan Manila tidak akan merundingkan kesepakatan itu.",
     [("Duterte", "PER", "Rodrigo Duterte"), ("Harry Roque", "PER", "Harry Roque")],
     ["Harry Roque"]),
    # the short form's referent, with its KB id, carries on to "-nya"
    (('Komisioner Tinggi HAM PBB Zeid Ra\'ad Al Hussein berbicara di Jenewa.\n\n"Ini '
      'pembersihan etnis," kata Zeid.\n\n"Dunia harus bertindak," ujarnya.'),
     [("Zeid Ra'ad Al Hussein", "PER", "Zeid Ra'ad Al Hussein"), ("Zeid", "PER", None)],
     ["Zeid Ra'ad Al Hussein", "Zeid Ra'ad Al Hussein"]),
    # a described speaker whose age or term an anaphora marker closes is the one named before
    (('Acara itu dipimpin Melati Sukma. Di hadapan penggemar, ia berpidato singkat.\n\n'
      '"Beliau orang yang sangat baik bagi kami," ucap perempuan berusia 25 tahun itu sambil '
      'menahan tangis.'), [("Melati Sukma", "PER", "Melati Sukma")], ["Melati Sukma"]),
    (('"Anggaran harus menjadi solusi," tutur Boediman Hartono dalam seminar itu.\n\n'
      'Karenanya, mantan Menteri Keuangan pada 2001 - 2004 ini menyatakan, pemerintah harus '
      'mematuhi rambu-rambu anggaran.'), [("Boediman Hartono", "PER", "Boediman Hartono")],
     ["Boediman Hartono"] * 2),
    ('"Kami belum menerima laporan itu," ujar pejabat kementerian pada kesempatan itu.', [],
     [None]),
    # a relative clause closed by a name and "itu" is anaphoric, one with a verb and a noun not
    (('Gubernur Jawa Barat Ridwan Kamil meninjau lokasi banjir.\n\n"Kami akan membangun '
      'tanggul baru," ujar pria yang akrab disapa Kang Emil itu.'),
     [("Ridwan Kamil", "PER", "Ridwan Kamil")], ["Ridwan Kamil"]),
    ('"Kami akan membangun tanggul baru," ujar pejabat yang menangani kasus itu.', [], [None]),
    # the agent of a passive whose subject is no person is a fresh antecedent, also past a
    # sentence whose pronoun subject follows an adverbial
    (('"Tanggul akan dibangun tahun ini," kata Ridwan Kamil.\n\nRencana itu disambut oleh '
      'Bupati Bogor Ade Yasin.\n\n"Warga sudah lama menunggu," katanya.'),
     [("Ridwan Kamil", "PER", "Ridwan Kamil"), ("Ade Yasin", "PER", "Ade Yasin")],
     ["Ridwan Kamil", "Ade Yasin"]),
    # a person introduced as the subject of a bare or stative predicate
    (('"Tanggul akan dibangun tahun ini," kata Ridwan Kamil.\n\nBupati Bogor Ade Yasin juga '
      'hadir dalam acara itu.\n\n"Warga sudah lama menunggu," katanya.'),
     [("Ridwan Kamil", "PER", "Ridwan Kamil"), ("Ade Yasin", "PER", "Ade Yasin")],
     ["Ridwan Kamil", "Ade Yasin"]),
    (('"Tanggul akan dibangun tahun ini," kata Ridwan Kamil.\n\nBupati Bogor Ade Yasin '
      'terlihat senang. Dia mengatakan warga sudah lama menunggu.'),
     [("Ridwan Kamil", "PER", "Ridwan Kamil"), ("Ade Yasin", "PER", "Ade Yasin")],
     ["Ridwan Kamil", "Ade Yasin"]),
    # the agent of a passive report after a role set off by commas; a nickname closing a
    # relative clause; a place closing one is no person
    (('"Kami sudah memeriksa lima saksi," kata Kapolres Hendro Pandowo.\n\nHal itu disampaikan '
      'Kasat Reskrim Polresta Depok, Kompol Teguh Nugroho, kepada wartawan. Menurutnya, pelaku '
      'sudah ditangkap.'), [("Hendro Pandowo", "PER", "Hendro Pandowo"),
                            ("Teguh Nugroho", "PER", "Teguh Nugroho")],
     ["Hendro Pandowo", "Teguh Nugroho"]),
    (('Pelatih Persib Djadjang Nurdjaman memimpin latihan.\n\nMenurut pelatih yang akrab disapa '
      'Djanur ini, timnya siap menghadapi Arema.'),
     [("Persib", "ORG", "Persib Bandung"), ("Djadjang Nurdjaman", "PER", "Djadjang Nurdjaman"),
      ("Arema", "ORG", "Arema F.C.")], ["Djadjang Nurdjaman"]),
    (('Koran Tuttosport memuat kabar itu.\n\n"Chelsea sudah mengajukan tawaran," tulis media '
      'yang berbasis di Turin itu.'), [("Tuttosport", "ORG", "Tuttosport"),
                                       ("Turin", "GPE", "Turin")], [None]),
    # a passive's agent after a lower-case role and a comma; an anaphoric unnamed source is the
    # last speaker's, not a person introduced since
    (('"Kami menang karena kerja keras," tutur pelatih Abdul Kadir.\n\nPeningkatan performa '
      'turut dirasakan pemain asal Balikpapan, Linda. Menurutnya, kerja sama tim sudah mulai '
      'mengalir.'), [("Abdul Kadir", "PER", "Abdul Kadir"), ("Balikpapan", "GPE", "Balikpapan"),
                     ("Linda", "PER", "Linda")], ["Abdul Kadir", "Linda"]),
    (('"Mereka sudah lama dekat," kata seorang sumber.\n\nSaat ini, Anthony Joshua '
      'dikabarkan tengah melajang.\n\n"Mereka sering bertemu," kata sumber itu.'),
     [("Anthony Joshua", "PER", "Anthony Joshua")], [None, None, None]),
    # a possessor after a common noun, or an embedded subject after an adjective, is no fresh
    # subject
    (('"Ia sudah pergi sejak Selasa," kata Novel Bamukmin.\n\nKeyakinan lainnya, '
      'ponsel Rizieq Shihab sudah tak dapat dihubungi. Itu pun, imbuhnya, terjadi sejak malam.'),
     [("Novel Bamukmin", "PER", "Novel Bamukmin"), ("Rizieq Shihab", "PER", "Rizieq Shihab")],
     ["Novel Bamukmin", "Novel Bamukmin"]),
    (('Umuh Muchtar menilai Djanur sudah berjasa. Ia juga yakin Djanur mampu membawa timnya '
      'bangkit.\n\n"Kami tetap mendukung," katanya.'),
     [("Umuh Muchtar", "PER", "Umuh Muchtar"), ("Djanur", "PER", "Djadjang Nurdjaman"),
      ("Djanur", "PER", "Djadjang Nurdjaman")], ["Umuh Muchtar"] * 3),
    # "mereka" is the group that spoke last, not an organisation named as an object
    (('"Kami akan memanggil mereka," kata Rudi Hartono.\n\nSejumlah anggota DPR '
      'mempermasalahkan penyadapan yang dilakukan oleh KPK. Mereka menilai penyadapan itu '
      'melanggar hukum.'), [("Rudi Hartono", "PER", "Rudi Hartono"),
                            ("DPR", "ORG", "People's Representative Council"),
                            ("KPK", "ORG", "Corruption Eradication Commission")],
     ["Rudi Hartono", None, None]),
    # an uncued quote after a person introduced as a subject since the last quote is theirs
    (('"Tanggul akan dibangun tahun ini," kata Ridwan Kamil. Bupati Bogor Ade Yasin juga hadir '
      'dalam acara itu.\n\n"Warga sudah lama menunggu sejak tahun lalu."'),
     [("Ridwan Kamil", "PER", "Ridwan Kamil"), ("Ade Yasin", "PER", "Ade Yasin")],
     ["Ridwan Kamil", "Ade Yasin"]),
    (('"Tanggul akan dibangun tahun ini," kata Ridwan Kamil. Ia juga bertemu Bupati Bogor Ade '
      'Yasin.\n\n"Warga sudah lama menunggu sejak tahun lalu."'),
     [("Ridwan Kamil", "PER", "Ridwan Kamil"), ("Ade Yasin", "PER", "Ade Yasin")],
     ["Ridwan Kamil", "Ridwan Kamil"]),
    (('"Tanggul akan dibangun tahun ini," kata Ridwan Kamil.\n\nIa dilantik oleh Bupati Bogor '
      'Ade Yasin.\n\n"Warga sudah lama menunggu," katanya.'),
     [("Ridwan Kamil", "PER", "Ridwan Kamil"), ("Ade Yasin", "PER", "Ade Yasin")],
     ["Ridwan Kamil", "Ridwan Kamil"]),
    (('Doa bersama yang dimulai pukul 17.30 WIB ini dipimpin oleh Ade Yasin selaku ketua '
      'panitia. Di hadapan para warga, ia berpidato untuk mengenang sosok Ridwan Kamil.\n\n'
      '"Beliau orang yang sangat baik," ucap perempuan berusia 45 tahun itu.'),
     [("Ade Yasin", "PER", "Ade Yasin"), ("Ridwan Kamil", "PER", "Ridwan Kamil")],
     ["Ade Yasin"]),
    # a role from a place, then the person closing it
    (('Para dosen kebingungan mengajarkan etika kepada mahasiswanya.\n\nHal itu diakui oleh '
      'Dosen Hukum Tata Negara dari Universitas Airlangga Budi Santoso, ketika menyampaikan '
      'keterangan pers.'), [("Universitas Airlangga", "ORG", "Airlangga University"),
                            ("Budi Santoso", "PER", "Budi Santoso")], ["Budi Santoso"]),
    # "mereka" after a person's quote: the organisation the sentence before names
    (('"Kami datang untuk berkoordinasi," kata Siti Rahma di Jakarta.\n\nRatusan orang '
      'menolak eksekusi itu. Mereka menamakan diri sebagai Gerakan Tani Merdeka.\n\nMereka menilai '
      'lahan itu merupakan tanah ulayat yang dilindungi hukum.'),
     [("Siti Rahma", "PER", "Siti Rahma"), ("Gerakan Tani Merdeka", "ORG", None)],
     ["Siti Rahma", "Gerakan Tani Merdeka"]),
    # the focus of a cleft, and an agent after a title with no "oleh"
    (('Adalah Menteri Perdagangan Rudi Hartono dan Menteri Pertanian Ani Lestari yang kemudian '
      'mengingatkan agar kabar semacam ini jangan disebarkan.'),
     [("Rudi Hartono", "PER", "Rudi Hartono"), ("Ani Lestari", "PER", "Ani Lestari")],
     ["Ani Lestari"]),
    (('Lembaga kepolisian dianggap Koordinator Lembaga Pemantau Hukum Rudi Hartono tak mampu '
      'menangani kasus itu.'), [("Lembaga Pemantau Hukum", "ORG", None),
                                ("Rudi Hartono", "PER", "Rudi Hartono")], ["Rudi Hartono"]),
    # a reporting verb after "sambil" shares the "-nya" of the cue before it
    (('Budi Santoso menyapa wartawan.\n\n"Kami siap bertanding," ujarnya sambil menegaskan '
      'bahwa timnya sudah berlatih keras.'), [("Budi Santoso", "PER", "Budi Santoso")],
     ["Budi Santoso", "Budi Santoso"]),
]


# a spokesperson who reads or gives a body's statement is the speaker; a body on its own, or
# with an unnamed spokesperson, keeps its name
KEMLU = [("Kementerian Luar Negeri", "ORG", "Ministry of Foreign Affairs (Indonesia)"),
         ("Arrmanatha Nasir", "PER", "Arrmanatha Nasir")]
SPEAKERS += [
    (('Kementerian Luar Negeri dalam pernyataan yang dibacakan juru bicara Arrmanatha Nasir '
      'menegaskan bahwa WNI itu sudah dipulangkan.'), KEMLU, ["Arrmanatha Nasir"]),
    (('"WNI itu sudah dipulangkan," demikian pernyataan Kementerian Luar Negeri yang dibacakan '
      'juru bicaranya Arrmanatha Nasir.'), KEMLU, ["Arrmanatha Nasir"]),
    (('"WNI itu sudah dipulangkan," kata Kementerian Luar Negeri melalui juru bicaranya, '
      'Arrmanatha Nasir.'), KEMLU, ["Arrmanatha Nasir"]),
    ('"WNI itu sudah dipulangkan," kata Kementerian Luar Negeri melalui juru bicaranya.',
     KEMLU[:1], ["Ministry of Foreign Affairs (Indonesia)"]),
    (('Kementerian Luar Negeri, dalam pernyataan yang disampaikan juru bicaranya, menegaskan '
      'bahwa WNI itu sudah dipulangkan.'), KEMLU[:1], ["Ministry of Foreign Affairs (Indonesia)"]),
    (('Budi Santoso dalam rapat yang digelar melalui konferensi video bersama Arrmanatha Nasir '
      'mengatakan bahwa WNI itu sudah dipulangkan.'),
     [("Budi Santoso", "PER", "Budi Santoso"), KEMLU[1]], ["Budi Santoso"]),
]

# social-media posts: a handle names the account's owner, comments and replies are cues
RAISA = [("Raisa Andriana", "PER", "Raisa Andriana")]
SPEAKERS += [
    (('Raisa Andriana mengunggah foto putrinya.\n\n"Selamat ulang tahun, sayangku," tulis akun '
      '@raisa6690.'), RAISA, ["Raisa Andriana"]),
    (('Grup BTS tampil di Seoul.\n\n"Senang bertemu kalian besok," tulis pemilik akun '
      '@BTS_twt itu.'), [("BTS", "ORG", "BTS")], ["BTS"]),
    ('Raisa Andriana menuliskan, "Terima kasih untuk semua doa kalian."', RAISA,
     ["Raisa Andriana"]),
    ('Raisa Andriana ikut berkomentar di unggahan itu. "Cantik sekali," komentarnya.', RAISA,
     ["Raisa Andriana"]),
]

# names the entity layer cut short, offices abbreviated, adverbs after a pronoun, complaints
SPEAKERS += [
    # a person's entity cut before the rest of the name: the capitalised words after it
    (('Penyanyi Ratna Dewi Kusumawati melahirkan anak pertamanya.\n\n"Terima kasih untuk '
      'doanya," tulis Ratna di akun Instagramnya.'),
     [("Ratna Dewi", "PER", None), ("Ratna", "PER", None)], ["Ratna Dewi Kusumawati"]),
    (('Pesinetron Ratna Kusumawati baru saja melahirkan.\n\n"Terima kasih untuk doanya," '
      'tulis Ratna.'), [("Ratna", "PER", None), ("Kusumawati", "PER", None), ("Ratna", "PER", None)],
     ["Ratna Kusumawati"]),
    (('"Kami menunggu izin ekspor," kata Direktur Utama PT Tambang Jaya Benediktus Lelo Ama, '
      'Rabu (22/3).\n\nMenurut Benediktus, izin itu terbit pekan depan.'),
     [("PT Tambang Jaya", "ORG", None), ("Benediktus", "PER", None),
      ("Benediktus", "PER", None)], ["Benediktus Lelo Ama"] * 2),
    # a weekday after the name is no part of it
    ('"Harga beras turun," kata Budi Santoso Senin (5/6).', [("Budi", "PER", None)],
     ["Budi Santoso"]),
    # a minister's office abbreviated after the full title
    (('Menteri Perhubungan (Menhub) Darmawan Hadi meninjau bandara.\n\n"Landasan akan '
      'diperpanjang," kata Menhub.'), [("Darmawan Hadi", "PER", "Darmawan Hadi")],
     ["Darmawan Hadi"]),
    # a person glued after an organisation the article names alone
    (('Petro Jaya menang tipis.\n\nPemain asing Petro Jaya Yannis Bassa mengungkapkan '
      'penampilannya belum maksimal.\n\n"Saya senang," ujar Bassa.'),
     [("Petro Jaya", "ORG", None), ("Petro Jaya Yannis Bassa", "ORG", None)],
     ["Yannis Bassa"] * 2),
    (('Bank Mandiri membuka cabang baru. Bank Mandiri Syariah menyatakan bahwa pembiayaan '
      'naik.'), [("Bank Mandiri", "ORG", None), ("Bank Mandiri Syariah", "ORG", None)],
     ["Bank Mandiri Syariah"]),
    # a one-word office spelt out before
    (('Menteri Perdagangan Darmawan Hadi meninjau pasar.\n\n"Harga cabai sudah turun," ujar '
      'Mendag.'), [("Darmawan Hadi", "PER", "Darmawan Hadi")], ["Darmawan Hadi"]),
    # "menurut X" after a direct quote's attribution names where it was read, no new quote
    (('"Kami ada di jalan yang benar," tutur De Bruyne menurut FFT.\n\n"Semoga kami bisa '
      'menang akhir pekan ini."'), [("De Bruyne", "PER", "Kevin de Bruyne"), ("FFT", "ORG", None)],
     ["Kevin de Bruyne"] * 2),
    # ... while words in quotes inside a clause do not stop a trailing source
    (('Keduanya membahas bantuan yang disebut "investasi terbaik" dan kesepakatan nuklir Iran, '
      'demikian menurut kantor berita Reuters.'), [("Iran", "GPE", None), ("Reuters", "ORG", None)],
     ["Reuters"]),
    # an outlet apposed to "kantor berita setempat" is the speaker
    (('"Kecelakaan itu terjadi tadi malam," tulis kantor berita setempat, Cubadebate, seperti '
      'dikutip Reuters.'), [("Cubadebate", "ORG", None), ("Reuters", "ORG", None)],
     ["Cubadebate"]),
    # "pernyataan tersebut" with no speaker before is the body that announced it; an artist's
    # "agensi" is the one apposed to the relative clause, not the group it manages
    (('Sunhwa keluar dari Secret. Hal itu diumumkan oleh agensi yang menaungi Secret, TS '
      'Entertainment.\n\n"Sunhwa akan mengakhiri promosi," tulis pernyataan tersebut.\n\n'
      'Agensi menjelaskan, Secret akan tetap tampil bertiga.'),
     [("Sunhwa", "PER", None), ("Secret", "ORG", None), ("Secret", "ORG", None),
      ("TS Entertainment", "ORG", None)], ["TS Entertainment"] * 2),
    # a role taken on over a relative clause of more roles to the person closing it
    (('"Generasi kita bisa menghapus kemiskinan," ujar Pendiri FPCI yang juga mantan Menteri '
      'Luar Negeri Dino Patti Djalal dalam acara itu.'),
     [("FPCI", "ORG", None), ("Dino Patti Djalal", "PER", "Dino Patti Djalal")],
     ["Dino Patti Djalal"]),
    # an address's numbers inside a role phrase, the name apposed after it
    (('"Ustadz itu pingsan," kata Ketua RT 3/RW VIII Kecamatan Wonocolo, Lilik Baidlowi, kepada '
      'wartawan.'), [("Kecamatan Wonocolo", "GPE", None), ("Lilik Baidlowi", "PER", None)],
     ["Lilik Baidlowi"]),
    # a sub-directorate's head apposes his name; a person others make a claim of is no speaker
    (('"Tidak datang," kata Kasubdit V Dirtipikor Bareskrim Polri, Kombes Indarto, Kamis.'),
     [("Bareskrim Polri", "ORG", "Criminal Investigation Agency (Indonesia)"),
      ("Indarto", "PER", None)], ["Indarto"]),
    (('"Kami yakin menang," kata Ahmad Syaikhu.\n\nSebagai kader PKS, Aher diklaim memiliki '
      'jaringan kuat.\n\n"Pak Aher punya jejaring luas," ujarnya.'),
     [("Ahmad Syaikhu", "PER", None), ("PKS", "ORG", None), ("Aher", "PER", "Ahmad Heryawan"),
      ("Aher", "PER", "Ahmad Heryawan")], ["Ahmad Syaikhu"] * 2),
    # a named subject after a causative
    ('Hasil tes itulah yang membuat Yamaha optimistis bisa kembali menang di Jerez.',
     [("Yamaha", "ORG", None)], ["Yamaha"]),
    # a subject with a setting before its predicate is introduced as a new subject
    (('"Kami sudah lama berpisah," tulis Rina Marlina.\n\nSedangkan Budi Santoso dalam akun '
      'Twitter pribadinya juga sempat meluapkan kekesalannya. Ia meminta warganet berhenti '
      'mengomentari hidupnya.'), [("Rina Marlina", "PER", None), ("Budi Santoso", "PER", None)],
     ["Rina Marlina", "Budi Santoso"]),
    # a cue that goes on ("lanjutnya") is someone who has spoken, not a person named since
    (('"Ibu itu tergeletak di pinggir jalan," ujar Kapolres AKBP Hanny Hidayat.\n\nArman '
      'menggotong Sukiati ke mobil. Sukiati dan bayinya kemudian dibawa ke rumah sakit. '
      '"Bayinya perempuan," lanjutnya.'),
     [("Hanny Hidayat", "PER", None), ("Arman", "PER", None), ("Sukiati", "PER", None),
      ("Sukiati", "PER", None)], ["Hanny Hidayat"] * 2),
    # ... and past the country the office is of
    (('Menteri Perindustrian RI Darmawan Hadi membuka forum bisnis.\n\n"Kami berkomitmen '
      'memperkuat kerja sama," kata Menperin.'), [("RI", "GPE", None),
                                                  ("Darmawan Hadi", "PER", "Darmawan Hadi")],
     ["Darmawan Hadi"]),
    # no completion from a headline line, nor where the name was first given short
    (('Ratna Kebal Dijodohkan\n\nPenyanyi Ratna tampil di Jakarta.\n\n"Saya belum mau '
      'menikah," kata Ratna.'), [("Ratna", "PER", None), ("Ratna", "PER", None),
                                 ("Ratna", "PER", None)], ["Ratna"]),
    (('Pembawa acara Kimmel menangis.\n\n"Anak saya sehat," kata Kimmel dalam acara Jimmy '
      'Kimmel Live, Senin.'), [("Kimmel", "PER", None), ("Kimmel", "PER", None),
                               ("Kimmel", "PER", None)], ["Kimmel"]),
    # an adverb after a pronoun subject is no part of the speaker
    (('Rudi Hartono tidak cemas menghadapi laga itu, ia justru yakin timnya akan menang.'),
     [("Rudi Hartono", "PER", "Rudi Hartono")], ["Rudi Hartono"]),
    # a complaint filed with the police is no report; "-nya" stays with the speaker
    (('Menurut dia, perkara pers tidak harus langsung melaporkan ke pihak berwajib.\n\n'
      '"Ada dewan pers untuk itu," ujarnya.'), [], [None, None]),
]

# subjects past what is no subject, and uncued quotes after a paragraph that is no quote
SPEAKERS += [
    # a relative clause between the subject and its verb, with a clause opener inside it
    (('Hendra, yang memboikot rapat ulang karena panitia gagal melaksanakan perbaikan, '
      'menyatakan dirinya mengedepankan persatuan.'), [("Hendra", "PER", "Hendra Wijaya")],
     ["Hendra Wijaya"]),
    # a nickname's gloss between the subject and its verb
    (('Ucok, sapaan akrabnya, mengungkapkan bahwa ia telah dihubungi langsung oleh Rudi.'),
     [("Ucok", "PER", "Hendra Wijaya"), ("Rudi", "PER", "Rudi Hartono")],
     ["Hendra Wijaya"]),
    (('Kang Emil, sapaan akrab Ridwan Kamil, mengatakan bahwa jalan layang itu segera '
      'dibangun.'), [("Ridwan Kamil", "PER", "Ridwan Kamil")], ["Ridwan Kamil"]),
    # a misspelt name is the person whose name it misspells by one letter
    (('Menteri Perdagangan Rudi Hartono hadir di Istana.\n\nHartno menilai isu itu tidak '
      'layak dibesar-besarkan.'),
     [("Rudi Hartono", "PER", "Rudi Hartono"), ("Hartno", "PER", None)], ["Rudi Hartono"]),
    (('Mantan menteri Kurniawan Saputra tiba di Bandung.\n\n"Kami siap bekerja," kata '
      'Kurniwan.'), [("Kurniawan Saputra", "PER", None), ("Kurniwan", "PER", None)],
     ["Kurniawan Saputra"]),
    (('Pengelola Taman Ria Waterpark Malang dilaporkan ke polisi.\n\nTaman Ria Waterpak lalu '
      'menulis bahwa mereka tidak menduga kejadian ini.'),
     [("Taman Ria Waterpark Malang", "ORG", None), ("Taman Ria Waterpak", "ORG", None)],
     ["Taman Ria Waterpark Malang"]),
    # the first "-nya" of an article: the last person named, not one named as a possessor
    (('Penyanyi Rina Hartono mengumumkan kehamilannya. Melalui Instagram, adik kandung Dewi '
      'Hartono ini memamerkan perutnya.\n\n"Mimpi saya terwujud," tulisnya.'),
     [("Rina Hartono", "PER", None), ("Dewi Hartono", "PER", None)], ["Rina Hartono"]),
    # a person inside a reported clause is no new subject for the next "-nya"
    (('Hendra Wijaya berkata tidak ada rencana pemeriksaan tambahan. Menurutnya, keterangan '
      'yang diberikan Rudi Hartono sudah cukup.\n\n"Kami merasa keterangan itu cukup," '
      'ujarnya.'), [("Hendra Wijaya", "PER", "Hendra Wijaya"), ("Rudi Hartono", "PER", "Rudi Hartono")],
     ["Hendra Wijaya", "Hendra Wijaya", "Hendra Wijaya"]),
    # not toward a spelling the article uses no more often than the speaker's
    (('Kepala Dinas Nur Soleh hadir.\n\n"Hasilnya positif," kata Nur Sholeh.'),
     [("Nur Soleh", "PER", None), ("Nur Sholeh", "PER", None)], ["Nur Sholeh"]),
    # not a different name, nor a short one
    (('Hendra Wijaya bertemu Rudi Hartono.\n\n"Kami sepakat," kata Rudy.'),
     [("Hendra Wijaya", "PER", "Hendra Wijaya"), ("Rudi Hartono", "PER", "Rudi Hartono"),
      ("Rudy", "PER", None)], ["Rudy"]),
    # a person after a preposition is no apposition of the role that follows with its own name
    (('Senada dengan Hendra, Anggota Komisi V DPR Sutarno juga menyatakan, negosiasi itu '
      'perlu diapresiasi.'), [("Hendra", "PER", "Hendra Wijaya"), ("Komisi V DPR", "ORG", None)],
     ["Sutarno"]),
    # an office "dari" a body, closed by the person who holds it
    (('Ketua Pansus KPK dari Fraksi Partai Maju Rudi Hartono mengatakan rapat berlangsung '
      'dengan cair.'), [("KPK", "ORG", None), ("Fraksi Partai Maju", "ORG", None),
                        ("Rudi Hartono", "PER", "Rudi Hartono")], ["Rudi Hartono"]),
    # a quote left open is not continued by a paragraph that opens with no quote
    (('Partai oposisi menyatakan Budi ditangkap di Bogor.\n\nPemimpin oposisi Rudi Hartono '
      'mengecam penangkapan tersebut. "Dia tidak melakukan kejahatan.\n\nKelompok aktivis '
      'menyebut penangkapan itu memicu kekhawatiran.'), [("Budi", "PER", None),
                                                        ("Rudi Hartono", "PER", "Rudi Hartono")],
     [None, "Rudi Hartono", None]),
    # a quote over three paragraphs takes the speaker its last part names
    (('Menteri Rudi Hartono meninjau banjir.\n\nWarga mengeluhkan lambatnya bantuan.\n\n'
      '"Kami menyiapkan dua ribu paket.\n\n"Semua dibagikan besok pagi.\n\n"Posko tetap '
      'buka," kata Kepala BPBD Budi Santoso.'),
     [("Rudi Hartono", "PER", "Rudi Hartono"), ("Budi Santoso", "PER", "Budi Santoso")],
     ["Budi Santoso"] * 3),
    # after a paragraph with no quote, a person named there only as an object is no speaker
    (('"Kami akan terus mengusut kasus ini," kata Kapolres Budi Santoso.\n\nPolisi menahan '
      'Ani Lestari karena menipu puluhan warga.\n\n"Pelaku kami jerat pasal penipuan."'),
     [("Budi Santoso", "PER", "Budi Santoso"), ("Ani Lestari", "PER", "Ani Lestari")],
     ["Budi Santoso", "Budi Santoso"]),
    # a post quoted after a caption is the writer's direct quote, not a document's report
    (('Dalam keterangan video itu Hendra Wijaya menulis, "Sedang dalam perjalanan pulang ke '
      'kampung halaman."'), HENDRA, ["Hendra Wijaya"]),
    # a quote left open, then a direct quote cued before it in the next paragraph
    (('Pertandingan berakhir imbang.\n\n"Kami sudah berusaha keras.\n\nPelatih Budi Santoso '
      'menambahkan, "Pemain dalam kondisi baik."'), [("Budi Santoso", "PER", "Budi Santoso")],
     ["Budi Santoso"] * 2),
    # who the text after the last quote says writes, not the last speaker
    (('"Kami sudah siap," kata Budi Santoso. Taman Ria Malang lalu menulis permintaan maaf '
      'kepada pengunjung.\n\n"Kami memohon maaf atas ketidakhadiran DJ Rina."'),
     [("Budi Santoso", "PER", "Budi Santoso"), ("Taman Ria Malang", "ORG", None),
      ("Rina", "PER", None)], ["Budi Santoso", "Taman Ria Malang"]),
    # who the paragraph before says writes, not the last person it names
    (('Taman Ria Malang lalu menulis permintaan maaf kepada pengunjung karena tak '
      'mendatangkan DJ Rina.\n\n"Kami memohon maaf atas ketidakhadiran DJ Rina."'),
     [("Taman Ria Malang", "ORG", None), ("Rina", "PER", None)],
     ["Taman Ria Malang"]),
    # an outlet pointed back at is the last organisation named; a commentator is unnamed
    (('Surat kabar Harian Nusantara melaporkan bahwa dua pejabat dipecat.\n\n"Ini kejam," '
      'kata Budi Santoso.\n\nMenurut surat kabar tersebut, Lee Min dipecat karena mengkritik '
      'kebijakan pertanian.'),
     [("Harian Nusantara", "ORG", "Harian Nusantara"), ("Budi Santoso", "PER", "Budi Santoso"),
      ("Lee Min", "PER", None)], ["Harian Nusantara", "Budi Santoso", "Harian Nusantara"]),
    (('Seorang komentator di surat kabar Malaysia The Star mengatakan pengadilan itu hanya '
      'sandiwara.'), [("Malaysia", "GPE", "Malaysia"), ("The Star", "ORG", "The Star")], [None]),
    # a politician as a descriptive speaker between commas, anaphoric to the last speaker
    (('Anggota DPR Sutarno menyatakan, negosiasi itu perlu diapresiasi.\n\nApresiasi '
      'tersebut, ujar politisi Partai Maju itu, terutama karena perusahaan mau mengikuti '
      'aturan.'), [("DPR", "ORG", "People's Representative Council"),
                   ("Partai Maju", "ORG", "Partai Maju")], ["Sutarno", "Sutarno"]),
]
# parties to a case named by their role alone are the persons the article gives the role
REPORTED = [("Agus Salim", "PER", "Agus Salim"), ("Dedi Kurnia", "PER", "Dedi Kurnia")]
SPEAKERS += [
    (('Agus Salim, mewakili pemilik hotel, melaporkan Dedi Kurnia ke polisi.\n\nTerlapor sudah '
      'menyatakan bahwa penyanyi itu bisa hadir.'), REPORTED, ["Dedi Kurnia"]),
    (('Agus Salim, mewakili pemilik hotel, melaporkan Dedi Kurnia ke polisi.\n\nPelapor '
      'menyatakan bahwa kerugian mencapai ratusan juta rupiah.'), REPORTED, ["Agus Salim"]),
    (('Polisi menahan tersangka Dedi Kurnia di Malang.\n\n"Saya tidak menipu siapa pun," kata '
      'tersangka.'), REPORTED[1:], ["Dedi Kurnia"]),
    (('Dedi Kurnia kemarin ditetapkan sebagai tersangka.\n\n"Saya tidak menipu siapa pun," kata '
      'tersangka.'), REPORTED[1:], ["Dedi Kurnia"]),
    (('Polisi menemui korban Dedi Kurnia di rumah sakit.\n\n"Saya dipukul dari belakang," '
      'kata korban.'), REPORTED[1:], ["Dedi Kurnia"]),
    (('Polisi menemui korban Dedi Kurnia di rumah sakit.\n\n"Kami trauma," kata para '
      'korban.'), REPORTED[1:], [None]),
    # a case nobody in the article holds; a relative clause gives no role
    ('"Saya tidak menipu siapa pun," kata tersangka.', [], [None]),
    (('Kasus yang dilaporkan oleh Agus Salim itu ditangani polisi.\n\nTerlapor menyatakan '
      'bahwa penyanyi itu bisa hadir.'), REPORTED[:1], [None]),
]
SPEAKERS += [
    # kin of a person named in the phrase is someone named before, not that person
    (('Ratna Sari menggugat lembaga itu ke pengadilan. Menurut ibunda artis Dewi Lestari '
      'tersebut, gugatan diajukan pekan lalu. "Kami tidak mau menunggu," ucap istri Budi '
      'Santoso itu.'), [("Ratna Sari", "PER", "Ratna Sari"),
                        ("Dewi Lestari", "PER", "Dewi Lestari"),
                        ("Budi Santoso", "PER", "Budi Santoso")], ["Ratna Sari", "Ratna Sari"]),
    # a "-nya" cue, like "ia", skips an organisation that spoke since the last person
    (('"Impor gas itu tidak perlu," tegas Budi Hartono.\n\nKementerian ESDM memproyeksikan '
      'proyek listrik itu membutuhkan gas 1.100 MMSCFD.\n\n"Produksi dalam negeri masih '
      'cukup," pungkasnya.'), [("Budi Hartono", "PER", "Budi Hartono"),
                                ("Kementerian ESDM", "ORG", "Ministry of Energy")],
     ["Budi Hartono", "Ministry of Energy", "Budi Hartono"]),
    # "menurut" a role, then the person apposed to it between commas
    (('Menurut anggota Tim Advokasi Novel, Alghiffari Aqsa, nama jenderal itu tidak '
      'diungkapkan.'), [("Novel", "PER", "Novel Baswedan"),
                        ("Alghiffari Aqsa", "PER", "Alghiffari Aqsa")], ["Alghiffari Aqsa"]),
    # a person after "menurut" a role and a comma, with no comma after, is the subject
    ('Menurut pengamat, Budi Santoso melakukan kesalahan besar dalam rapat itu.',
     [("Budi Santoso", "PER", "Budi Santoso")], [None]),
]
MINISTER = [("Lukman Hakim Saifuddin", "PER", "Lukman Hakim Saifuddin"),
            ("M. Jasin", "PER", "M. Jasin")]
SPEAKERS += [
    # an abbreviated office is the person introduced with it spelt out, not a person named in
    # an adjunct before it ("Dengan didampingi oleh … M. Jasin, Menag …")
    (('Menteri Agama Lukman Hakim Saifuddin tiba di Jeddah.\n\nDengan didampingi oleh Irjen '
      'Kementerian Agama M. Jasin, Menag menjelaskan bahwa jamaah haji patuh.\n\nMenag juga '
      'menyebutkan bahwa petugas bekerja keras.'), MINISTER, ["Lukman Hakim Saifuddin"] * 2),
    # an abbreviated office as a new subject after an unnamed speaker takes the suffix cue
    (('Menteri Agama Lukman Hakim Saifuddin tiba di Jeddah.\n\nPetugas juga mengimbau agar '
      'jamaah beristirahat.\n\nMenag juga menyebut dedikasi petugas sebagai kunci.\n\n"Saya '
      'menyaksikan sendiri kerja mereka," katanya.'), MINISTER[:1],
     [None, "Lukman Hakim Saifuddin"]),
    # a title cut at a comma runs on over capitalised words to its holder
    (('Pemerintah diimbau memanggil para ahli dari luar negeri.\n\nHal itu disampaikan '
      'Anggota Komisi IX bidang Tenaga Kerja, Transmigrasi, dan Kesehatan DPR RI Okky '
      'Asokawati.'),
     [("Okky Asokawati", "PER", "Okky Asokawati")], ["Okky Asokawati"]),
    # an office's modifier after the place ("terpilih") is no verb that ends the phrase
    ('"Kami siap bekerja sejak hari pertama," kata Wali Kota Bandung terpilih Ridwan Kamil '
     'usai rapat.', [("Ridwan Kamil", "PER", "Ridwan Kamil")], ["Ridwan Kamil"]),
    # an account written without its "@" after a writing cue is the speaker
    ('Foto itu dibanjiri komentar. "Semoga menang nanti," tulis budiman77.', [], ["budiman77"]),
    # the officer named after the organisation that the office ran into
    ('Perusahaan asal Malaysia itu masuk pasar. "Kami melihat peluang besar di sini," kata '
     'Direktur Keuangan Sinar Abadi Group Tan Kok Wei di Jakarta.',
     [("Direktur Keuangan Sinar Abadi Group", "ORG", None)], ["Tan Kok Wei"]),
    # the company's name glued before its officer's is no part of the person's name
    ('PT Sentosa Jaya Makmur Tbk menutup gerai. Sekretaris Perusahaan Sentosa Budi Hartanto '
     'mengatakan, penutupan itu sementara.',
     [("PT Sentosa Jaya Makmur Tbk", "ORG", "Sentosa Jaya Makmur")], ["Budi Hartanto"]),
    # the organisation's last word that the entity layer ran into its founder's name
    ('Komunitas Jaringan Damai menolak tuduhan itu. "Kami tidak pernah merugikan siapa pun," '
     'kata Pendiri Jaringan Damai Arif Nugroho kepada wartawan.',
     [("Jaringan Damai", "ORG", None), ("Damai Arif Nugroho", "PER", None)], ["Arif Nugroho"]),
]


@pytest.mark.parametrize("text,ents,who", SPEAKERS)
def test_speaker_table(nlp, text, ents, who):
    quotes = run(nlp, text, ents)
    assert [q["who"] for q in quotes] == who
    linked = {name for _, _, name in ents if name}
    assert all(q["speaker"]["kb_id"] == q["who"].replace(" ", "_") for q in quotes
               if q["who"] in linked)


def test_speaker_takes_the_kb_id_its_name_has_elsewhere(nlp):
    text = ('Ketua MPR Zulkifli Hasan hadir di Jakarta.\n\n"Kita harus duduk bersama," kata '
            'Zulkifli.\n\nMenurutnya, kisruh itu merugikan semua pihak.')
    doc = make_doc(nlp, text)
    full = doc.char_span(10, 24, label="PER", kb_id="Q_ZH")
    short = doc.char_span(text.index("Zulkifli."), text.index("Zulkifli.") + 8, label="PER")
    full._.name = short._.name = "Zulkifli Hasan"   # the short form is named, not linked
    doc.ents = [full, short]
    doc = nlp.get_pipe("warta_quotes")(nlp.get_pipe("warta_sentences")(doc))
    assert [(q["speaker"]["name"], q["speaker"]["kb_id"]) for q in doc._.quotes] == [
        ("Zulkifli Hasan", "Q_ZH")] * 2


def test_a_surface_name_without_an_entity_takes_the_canonical_name_of_that_surface(nlp):
    text = ('Suhariyanto tiba di Jakarta.\n\n"Neraca perdagangan kita surplus," kata Kepala '
            'BPS Suhariyanto.')
    quotes = run(nlp, text, [("Suhariyanto", "PER", "Kecuk Suhariyanto"),
                             ("BPS", "ORG", "Statistics Indonesia")])
    assert [(q["who"], q["speaker"]["kb_id"]) for q in quotes] == [
        ("Kecuk Suhariyanto", "Kecuk_Suhariyanto")]


def test_two_cues_of_the_same_words_make_one_quote_of_the_nearer_speaker(nlp):
    text = ("Putusan awal tidak mengenal tanggal berlaku, kata Jaksa Agung Hawaii Doug Chin, "
            "dikutip AFP.")
    quotes = run(nlp, text, [("Doug Chin", "PER", "Doug Chin"), ("AFP", "ORG", "Agence France-Presse")])
    assert [q["who"] for q in quotes] == ["Doug Chin"]



def test_a_paragraph_opening_with_dan_goes_on_with_the_report_before_it(nlp):
    text = ('Menteri Pariwisata Hendra Wijaya meninjau Bali.\n\nMenurut dia, hampir 40 persen '
            'wisatawan asing masuk melalui Bali.\n\nDan hanya 30 persen melalui Jakarta.\n\n'
            'Pantai itu ramai.\n\nDan hotel di sekitarnya penuh.')
    quotes = run(nlp, text, HENDRA)
    assert [(q["text"], q["who"]) for q in quotes] == [
        ("hampir 40 persen wisatawan asing masuk melalui Bali", "Hendra Wijaya"),
        ("Dan hanya 30 persen melalui Jakarta", "Hendra Wijaya")]


@pytest.mark.parametrize("text,quoted", [
    (("Lewat akun Instagram, Hendra Wijaya pun menuliskan ucapan selamat dalam dua bahasa, "
      "'Ramadan Kareem' dan ‘Bon Ramadan’."), ["Ramadan Kareem", "Bon Ramadan"]),
    # not an apostrophe, not before the verb, not without a subject
    ("Film 'Anak Rantau' dibuka Hendra Wijaya yang menulis di Jum'at pagi.", []),
    ("Menulis 'surat cinta' kini jarang dilakukan.", []),
    ("Hendra Wijaya menulis tentang gambar yang menggambarkan 'sepasang kekasih'.", []),
])
def test_single_quoted_posts(nlp, text, quoted):
    quotes = run(nlp, text, HENDRA if "Hendra" in text else [])
    assert [(q["text"], q["who"]) for q in quotes if q["kind"] == "direct"] == [
        (words, "Hendra Wijaya") for words in quoted]


def test_a_source_cue_followed_by_a_time_and_no_comma_opens_its_clause(nlp):
    text = ("Namun, sebagaimana dilaporkan Reuters pada Senin (4/12) badan tersebut tidak "
            "menjelaskan lebih lanjut.")
    doc = make_doc(nlp, text)
    source = doc.char_span(text.index("Reuters"), text.index("Reuters") + 7, label="ORG",
                           kb_id="Reuters")
    source._.name = "Reuters"
    doc.ents = [source]
    doc.spans["times"] = [doc.char_span(text.index("Senin"), text.index(") ") + 1)]
    doc = nlp.get_pipe("warta_quotes")(nlp.get_pipe("warta_sentences")(doc))
    assert [(text[q["start"]:q["end"]], q["speaker"]["name"]) for q in doc._.quotes] == [
        ("badan tersebut tidak menjelaskan lebih lanjut", "Reuters")]


def test_a_time_after_a_parenthetical_speaker_opens_the_clause_after_it(nlp):
    text = "Sekolah itu, kata Hendra Wijaya saat ini membutuhkan tambahan guru honorer."
    doc = make_doc(nlp, text)
    person = doc.char_span(text.index("Hendra"), text.index(" saat"), label="PER",
                           kb_id="Hendra_Wijaya")
    person._.name = "Hendra Wijaya"
    doc.ents = [person]
    doc.spans["times"] = [doc.char_span(text.index("saat"), text.index(" membutuhkan"))]
    doc = nlp.get_pipe("warta_quotes")(nlp.get_pipe("warta_sentences")(doc))
    assert [(text[q["start"]:q["end"]], q["speaker"]["name"]) for q in doc._.quotes] == [
        ("saat ini membutuhkan tambahan guru honorer", "Hendra Wijaya")]


@pytest.mark.parametrize("text,ents,who", [
    # a name opening the clause, then a lower-case description of the speaker after a comma
    (('Scooter Braun, manajer Grande, memberikan komentar pada foto tersebut dan berkata, '
      '"Aku sangat bangga menjadi saksinya".'),
     [("Scooter Braun", "PER", "Scooter Braun"), ("Grande", "PER", "Ariana Grande")],
     "Scooter Braun"),
    ("Sutrisno, salah satu penjual cabai mengatakan, harga cabai anjlok usai Lebaran.",
     [("Sutrisno", "PER", None)], "Sutrisno"),
    ("Adam, ayah Lily Harrison, berkata bahwa putrinya lebih semangat.",
     [("Adam", "PER", None), ("Lily Harrison", "PER", None)], "Adam"),
])
def test_speaker_described_after_a_comma_is_the_person_before_it(nlp, text, ents, who):
    (q,) = run(nlp, text, ents)
    assert q["who"] == who


def test_title_with_an_ampersand_runs_on_to_the_person(nlp):
    text = ('"Merchant akan dibantu untuk pembuatan kode khusus," ujar VP Sales & Marketing '
            'Telkomsel Area Jabotabek - Jabar Agus Mulyadi.')
    (q,) = run(nlp, text, [("Telkomsel", "ORG", "Telkomsel"), ("Agus Mulyadi", "PER", None)])
    assert q["who"] == "Agus Mulyadi"


@pytest.mark.parametrize("text,ents,cue,words,who", [
    # a passive view with its agent named, or its "-nya", reports any predicate after it
    ("Ucapan Hendra Wijaya, yang viral, dinilai Budi Santoso jauh dari kata menistakan agama.",
     [("Hendra Wijaya", "PER", None), ("Budi Santoso", "PER", None)], "dinilai",
     "jauh dari kata menistakan agama", "Budi Santoso"),
    ("Budi Santoso mengecek harga. Kondisi ini diakuinya berbeda dibandingkan tahun lalu.",
     [("Budi Santoso", "PER", None)], "diakuinya", "berbeda dibandingkan tahun lalu",
     "Budi Santoso"),
    # a time adverbial "saat itu" between subject and verb opens no clause
    ("Hendra Wijaya saat itu beralasan belum menerima surat panggilan dari KPK.",
     [("Hendra Wijaya", "PER", None), ("KPK", "ORG", None)], "beralasan",
     "belum menerima surat panggilan dari KPK", "Hendra Wijaya"),
    # a negated denial reports ("tak memungkiri jika …")
    ("Hendra Wijaya tak memungkiri jika kurangnya waktu pemulihan membuatnya belum pulih.",
     [("Hendra Wijaya", "PER", None)], "memungkiri",
     "kurangnya waktu pemulihan membuatnya belum pulih", "Hendra Wijaya"),
])
def test_passive_views_time_adverbials_and_negated_denials(nlp, text, ents, cue, words, who):
    q = run(nlp, text, ents)[-1]
    assert (q["cue_text"], q["text"], q["who"]) == (cue, words, who)


@pytest.mark.parametrize("text,ents,who", [
    # an anaphoric epithet, over a work's title in single quotes, is the last person introduced
    # with a word of its kind, not the last speaker
    (('Penyanyi Ariana Grande mengunjungi para korban.\n\nAdam, ayah Lily Harrison, berkata '
      'bahwa putrinya lebih semangat.\n\n"Kamu kuat," kata pelantun \'One Last Time\' ini.'),
     [("Ariana Grande", "PER", "Ariana Grande"), ("Adam", "PER", None),
      ("Lily Harrison", "PER", None)], "Ariana Grande"),
    # the last speaker named with a word of that kind stays the antecedent
    (('Petinju nasional, Matius Mandiangan, menang atas petinju Thailand, Sakda Ruamtham.\n\n'
      '"Saya berjuang keras," kata Matius.\n\n"Intinya membela Merah Putih," ucap petinju asal '
      'Bolaang Mongondow itu.'),
     [("Matius Mandiangan", "PER", None), ("Sakda Ruamtham", "PER", None), ("Matius", "PER", None)],
     "Matius Mandiangan"),
])
def test_anaphoric_epithet_is_the_person_introduced_so(nlp, text, ents, who):
    assert run(nlp, text, ents)[-1]["who"] == who


def test_a_dated_title_apposed_to_a_person_is_that_person(nlp):
    text = ("Derrick Watson, Hakim Distrik di Hawaii, Rabu (29 / 3), menyatakan telah mengubah "
            "larangan sementara menjadi putusan awal.")
    (q,) = run(nlp, text, [("Derrick Watson", "PER", None), ("Hawaii", "GPE", "Hawaii")])
    assert q["who"] == "Derrick Watson"


@pytest.mark.parametrize("text,ents", [
    # a police report on a person is no speech, titles before the person aside
    ("Budi Santoso melaporkan Presiden Joko Widodo ke polisi atas tuduhan itu.",
     [("Budi Santoso", "PER", None), ("Joko Widodo", "PER", "Joko Widodo")]),
    # a verb-shaped word inside a name makes no clause ("Polda Metro Jaya")
    ("Ormas itu melaporkan Habib Rizieq dengan pasal penistaan agama ke Polda Metro Jaya.",
     [("Rizieq", "PER", None), ("Polda Metro Jaya", "ORG", None)]),
])
def test_a_police_report_on_a_titled_person_is_no_quote(nlp, text, ents):
    assert run(nlp, text, ents) == []


def test_a_place_set_off_by_commas_does_not_end_the_reported_clause(nlp):
    text = ("Markas Besar Polri menyatakan serangan bom di Kampung Melayu, Jakarta, diduga "
            "dilakukan oleh kelompok teror.")
    (q,) = run(nlp, text, [("Markas Besar Polri", "ORG", None), ("Kampung Melayu", "LOC", None),
                           ("Jakarta", "GPE", "Jakarta")])
    assert q["text"].startswith("serangan bom di Kampung Melayu, Jakarta, diduga")


def test_a_bracket_the_clause_opens_closes_it_before_the_full_stop(nlp):
    text = ("Hendra Wijaya mengatakan biaya itu ditanggung anggaran pendapatan dan belanja "
            "negara (APBN). Ia menilai harga naik (sedikit) pekan ini.")
    assert [q["text"] for q in run(nlp, text, HENDRA)] == [
        "biaya itu ditanggung anggaran pendapatan dan belanja negara (APBN)",
        "harga naik (sedikit) pekan ini"]


def test_a_presentation_named_as_source_reports_its_clause(nlp):
    text = ("Dari pemaparan Telkomsel, layanan itu telah digunakan lebih dari 11 juta "
            "pengguna.")
    (q,) = run(nlp, text, [("Telkomsel", "ORG", "Telkomsel")])
    assert (q["cue_text"], q["who"]) == ("Dari", "Telkomsel")


def test_an_account_known_only_by_its_handle_speaks_under_it(nlp):
    text = ('Penyanyi Krisdayanti mengunggah foto.\n\n"Ini namanya tukang becak sosialita," '
            'tulis akun @ollaridhayunianda.')
    assert run(nlp, text, [("Krisdayanti", "PER", "Krisdayanti")])[-1]["who"] == \
        "@ollaridhayunianda"


def test_dirinya_as_subject_is_a_pronoun(nlp):
    text = ('"Kami akan memberi peringatan," jelas Hairansyah.\n\nDirinya menjelaskan, Bawaslu '
            'punya kewenangan untuk mengawasi kampanye.')
    assert run(nlp, text, [("Hairansyah", "PER", None)])[-1]["who"] == "Hairansyah"


def test_a_two_word_abbreviation_in_brackets_stays_inside_a_title(nlp):
    text = ("Wakil Ketua Komisi Nasional Hak Asasi Manusia (Komnas HAM) Hairansyah, mengatakan "
            "tahapan pelaksanaan Pilkada ini sangat krusial.")
    (q,) = run(nlp, text, [("Komisi Nasional Hak Asasi Manusia", "ORG", None),
                           ("Komnas HAM", "ORG", None), ("Hairansyah", "PER", None)])
    assert q["who"] == "Hairansyah"


@pytest.mark.parametrize("text,ents,who", [
    # "begitu cuitan pemilik akun @X" after a quote names the account
    (('Pembalap Jorge Lorenzo gagal finis.\n\n"Lorenzo mah udah biasa jatuh, santai aja," '
      'begitu cuitan pemilik akun @motomania88.'),
     [("Jorge Lorenzo", "PER", "Jorge Lorenzo")], ["@motomania88"]),
    # "begitu postingannya": the account named in the sentence before, not the last speaker
    (('"Selamat ya kalian berdua," begitu cuitan akun @dinda_ayu.\n\nUcapan serupa diunggah '
      'pemilik akun @rizkypratama, yang disukai ribuan orang. "Semoga langgeng sampai kakek '
      'nenek," begitu postingannya.'), [], ["@dinda_ayu", "@rizkypratama"]),
    # "demikian kata X" and "begitu pernyataannya"
    (('Netflix membatalkan kerja sama dengan sang komedian. "Kami tidak akan melanjutkan '
      'produksi itu," demikian kata Netflix.'), [("Netflix", "ORG", "Netflix"),
                                                 ("Netflix", "ORG", "Netflix")], ["Netflix"]),
    (('Menteri Keuangan Sri Mulyani hadir di Bali.\n\n"Ekonomi kita tumbuh stabil," begitu '
      'pernyataannya.'), [("Sri Mulyani", "PER", "Sri Mulyani")], ["Sri Mulyani"]),
    # a bare title used as a name ("ujar Jaksa") is the person introduced with it, past the
    # body the title names ("jaksa KPK, Ali Rahman")
    (('"Terdakwa menerima hadiah berupa uang," kata jaksa KPK, Ali Rahman, di Pengadilan '
      'Tipikor.\n\nTerdakwa saat itu merupakan auditor.\n\n"Terdakwa mengubah hasil temuan '
      'tim pemeriksa," ujar Jaksa.'),
     [("KPK", "ORG", "Corruption Eradication Commission"), ("Ali Rahman", "PER", None)],
     ["Ali Rahman", "Ali Rahman"]),
    # "agensi tersebut" is the body introduced as an agency, not the last body named
    (('Pengumuman itu disampaikan agensi boyband tersebut, Starship Entertainment.\n\n'
      'Diberitakan Yonhap, konser itu digelar di Seoul.\n\nSebelumnya, agensi tersebut '
      'mengatakan boyband itu akan tampil di Amerika Serikat.'),
     [("Starship Entertainment", "ORG", "Starship Entertainment"),
      ("Yonhap", "ORG", "Yonhap News Agency"), ("Seoul", "GPE", "Seoul"),
      ("Amerika Serikat", "GPE", "United States")],
     ["Yonhap News Agency", "Starship Entertainment"]),
])
def test_tails_titles_and_agencies_name_the_speaker(nlp, text, ents, who):
    assert [q["who"] for q in run(nlp, text, ents)] == who


def test_according_to_inside_brackets_cites_a_figure_not_the_sentence(nlp):
    text = ("Produksi pupuk mencapai 345 ribu ton per hari (data ternak menurut Dirjen "
            "Peternakan sebanyak 17 juta ekor pada 2016).\n\nHal tersebut diungkapkan oleh "
            "Wakil Dekan Fakultas Peternakan UGM, Bambang Wijaya, dalam siaran persnya.")
    quotes = run(nlp, text, [("Fakultas Peternakan UGM", "ORG", None),
                             ("Bambang Wijaya", "PER", None)])
    assert [(q["text"][:17], q["who"]) for q in quotes] == [("Produksi pupuk me", "Bambang Wijaya")]


def test_a_straight_quote_nested_in_a_curly_one_may_close_with_a_curly_mark(nlp):
    text = ('Akun @seterahdeh ikut berkomentar. “Coba ya hamish bisikin "gimana, ga susah kan?”,” '
            'begitu postingannya.')
    (q,) = run(nlp, text)
    assert (q["text"], q["who"]) == ('Coba ya hamish bisikin "gimana, ga susah kan?”', "@seterahdeh")


@pytest.mark.parametrize("text,ents,quotes", [
    # a speech cue opening the sentence before its speaker and a comma
    ("Kata Wiranto, isu itu tidak perlu diperpanjang.", [("Wiranto", "PER", "Wiranto")],
     [("isu itu tidak perlu diperpanjang", "Wiranto")]),
    # a source between commas ("seperti dikabarkan X,"); a rumour with none stays unsourced
    ("Hamid Daud, seperti dikabarkan Detik.com, keluar dari rumah itu pukul 21.00 WIB.",
     [("Hamid Daud", "PER", None), ("Detik.com", "ORG", "Detik.com")],
     [("keluar dari rumah itu pukul 21.00 WIB", "Detik.com")]),
    ("Maia dikabarkan dekat dengan pengusaha itu sejak tahun lalu.", [("Maia", "PER", None)],
     [("dekat dengan pengusaha itu sejak tahun lalu", None)]),
    # a second report by a pronoun after ", namun" ends the first
    (("Rian mengakui fan butuh waktu untuk menerima nama barunya, namun ia berharap para "
      "penggemar akan menerima keputusan tersebut."), [("Rian", "PER", None)],
     [("fan butuh waktu untuk menerima nama barunya", "Rian"),
      ("para penggemar akan menerima keputusan tersebut", "Rian")]),
    # a cue between commas before a contrastive: the clauses either side are two reports
    ("Jalan desa itu sudah diperbaiki, kata Rian, tapi warga diminta tetap berhati-hati.",
     [("Rian", "PER", None)], [("Jalan desa itu sudah diperbaiki", "Rian"),
                               ("tapi warga diminta tetap berhati-hati", "Rian")]),
    ("Jalan desa itu sudah diperbaiki, kata Rian, dan warga boleh melintas lagi.",
     [("Rian", "PER", None)], [("dan warga boleh melintas lagi", "Rian")]),
])
def test_fronted_cues_sources_between_commas_and_second_reports(nlp, text, ents, quotes):
    assert [(q["text"], q["who"]) for q in run(nlp, text, ents)] == quotes


@pytest.mark.parametrize("text,ents,quotes", [
    # "dirinya" after a fronted clause is the subject, not the clause's first word
    (("Penyanyi Melly Goeslaw tiba di Halmahera. Selain menjadi musisi dan menciptakan lagu, "
      "dirinya mengaku bangga menghibur warga."), [("Melly Goeslaw", "PER", "Melly Goeslaw")],
     [("bangga menghibur warga", "Melly Goeslaw")]),
    # the pronoun after a causative verb is the reporting verb's subject
    (("DJ Zedd berlibur di Bali. Bersenang - senang di Pulau Dewata membuat ia mengakui "
      "bahwa Indonesia indah."), [("Zedd", "PER", "Zedd")], [("Indonesia indah", "Zedd")]),
    # "tanpa menjelaskan" and an imperative report nothing
    ('"Saya akan pergi," katanya kepada wartawan, tanpa menjelaskan kapan ia berangkat.', [],
     [("Saya akan pergi", None)]),
    ("Jangan selalu berharap bahwa tempat duduk tersedia.", [], []),
    # "Pria yang … ini" is the last person named
    (("\"Pendaki naik,\" ujar Budi Kurniawan.\n\nPria yang pernah menjabat Kepala Bagian Tata "
      "Usaha BKSDA NTB ini mengatakan fasilitas perlu diperbaiki."),
     [("Budi Kurniawan", "PER", None), ("BKSDA NTB", "ORG", None)],
     [("Pendaki naik", "Budi Kurniawan"), ("fasilitas perlu diperbaiki", "Budi Kurniawan")]),
])
def test_fronted_clauses_causatives_negations_and_person_epithets(nlp, text, ents, quotes):
    assert [(q["text"], q["who"]) for q in run(nlp, text, ents)] == quotes


@pytest.mark.parametrize("text,ents", [
    # a number after a verb of counting is a record, not a report
    ("Mark Hughes dipecat setelah mereka mencatat delapan kekalahan dari 11 pertandingan.",
     [("Mark Hughes", "PER", None)]),
    # "begitu" opening a clause after a comma is no trailing attribution
    ("Begitu banyak musisi yang terlahir, begitu banyak cerita yang dihasilkan, dan salah satu "
     "yang menjadi legenda adalah band itu.", []),
    # a lower-case cue a broken paragraph left at a line's start opens no report
    ("\"Skema beras itu membuat petani sejahtera lewat pemasukan tetap,\n\nkata Paisan Chan, "
     "petani berusia 59 tahun sekaligus pemimpin koperasi di Khon Kaen.",
     [("Paisan Chan", "PER", None), ("Khon Kaen", "GPE", None)]),
])
def test_records_clauses_and_broken_lines_report_nothing(nlp, text, ents):
    assert [q["text"] for q in run(nlp, text, ents) if q["kind"] == "indirect"] == []


@pytest.mark.parametrize("text,ents,who", [
    # "Sang nakhoda" is the last person introduced as a coach or manager
    (("\"Hanya Chelsea,\" kata William Gallas.\n\nPernyataan Gallas merujuk pada komentar "
      "manajer Arsenal, Arsene Wenger. Sang nakhoda menyebut hanya ada satu klub di kota itu, "
      "yakni timnya."),
     [("William Gallas", "PER", "William Gallas"), ("Gallas", "PER", "William Gallas"),
      ("Arsenal", "ORG", "Arsenal F.C."), ("Arsene Wenger", "PER", "Arsène Wenger")],
     "Arsène Wenger"),
    # a person who "tak setuju" opens a new subject for the next "Ia"
    (("\"Hanya satu klub,\" kata Arsene Wenger.\n\nNamun, Gallas tak setuju. Ia menganggap "
      "raksasa sesungguhnya dari London adalah Chelsea."),
     [("Arsene Wenger", "PER", "Arsène Wenger"), ("Gallas", "PER", "William Gallas"),
      ("London", "GPE", "London"), ("Chelsea", "ORG", "Chelsea F.C.")], "William Gallas"),
    # "Katanya," opening a sentence reports the clause after it
    (("Aktris Melissa Schuman menuding Nick Carter. Katanya, ia diajak Carter ke sebuah ruang "
      "kantor dan mulai bermesraan."),
     [("Melissa Schuman", "PER", None), ("Nick Carter", "PER", None), ("Carter", "PER", None)],
     "Melissa Schuman"),
])
def test_coach_epithets_stative_subjects_and_katanya(nlp, text, ents, who):
    assert run(nlp, text, ents)[-1]["who"] == who


@pytest.mark.parametrize("text,ents,quotes", [
    # a reporting verb that is the manner of a deed inside another's report is part of it
    (("\"Kami melaporkan Joshua,\" kata Rahmat Himran.\n\nMenurutnya, Joshua telah menghina agama "
      "dengan menyebut Anisa Rahma lebih terkenal dibandingkan Cherly Juno."),
     [("Joshua", "PER", "Joshua Suherman"), ("Rahmat Himran", "PER", "Rahmat Himran"),
      ("Joshua", "PER", "Joshua Suherman"), ("Anisa Rahma", "PER", "Anisa Rahma")],
     [("Kami melaporkan Joshua", "Rahmat Himran"),
      ("Joshua telah menghina agama dengan menyebut Anisa Rahma lebih terkenal dibandingkan "
       "Cherly Juno", "Rahmat Himran")]),
    # an epithet's word describes the first name after it, not a second name joined to it
    (("Rumor pernikahan musisi Ed Sheeran dengan Cherry Seaborn berhembus.\n\nSheeran menjawab "
      "misteri itu kepada Dan Wootton. Melansir Entertainment Weekly, musisi 27 tahun itu "
      "mengaku memakai cincin sebagai bentuk komitmen dengan Seaborn."),
     [("Ed Sheeran", "PER", "Ed Sheeran"), ("Cherry Seaborn", "PER", "Cherry Seaborn"),
      ("Sheeran", "PER", "Ed Sheeran"), ("Dan Wootton", "PER", "Dan Wootton"),
      ("Entertainment Weekly", "ORG", "Entertainment Weekly"), ("Seaborn", "PER", "Cherry Seaborn")],
     [("memakai cincin sebagai bentuk komitmen dengan Seaborn", "Ed Sheeran")]),
    # a colon with page debris before the mark introduces no speaker; the cue after it does
    ("Usaha kecil di AS.\n\ns: parallaxindetail e: parallaxindetail\"Pertemuan kami sangat "
     "hebat,\" kata Trump ditemani Jack Ma.",
     [("AS", "GPE", "United States"), ("Trump", "PER", "Donald Trump"),
      ("Jack Ma", "PER", "Jack Ma")],
     [("Pertemuan kami sangat hebat", "Donald Trump")]),
    # a nickname quoted inside a name is no quote of the person's
    ("Tokoh Masyarakat Poso Hendrik \u201cAcheo\u201d Lyanto mengatakan, masyarakat Poso "
     "sudah dewasa.",
     [("Hendrik", "PER", "Hendrik Lyanto"), ("Lyanto", "PER", "Hendrik Lyanto")],
     [("masyarakat Poso sudah dewasa", "Hendrik Lyanto")]),
])
def test_manner_cues_epithets_nicknames_and_colon_debris(nlp, text, ents, quotes):
    assert [(q["text"], q["who"]) for q in run(nlp, text, ents)] == quotes


def test_a_persons_epithet_is_no_source_cited_before_it(nlp):
    text = ("Penulis JK Rowling meminta maaf. Dilansir NME, Rowling mengumumkan permintaan maaf "
            "itu.\n\n\"Tolong jangan memulai perang lagi,\" kata perempuan berusia 51 tahun itu.")
    quotes = run(nlp, text, [("JK Rowling", "PER", "J. K. Rowling"), ("NME", "ORG", "NME"),
                             ("Rowling", "PER", "J. K. Rowling")])
    assert quotes[-1]["who"] == "J. K. Rowling"


@pytest.mark.parametrize("text,ents", [
    # kin of a named person, anaphoric: the person last introduced, not the possessor
    (("\"Aku tidak pernah selingkuh,\" cuit Rob Kardashian.\n\nPutra Kris Jenner itu menambahkan "
      "bahwa Chyna melakukan operasi plastik."),
     [("Rob Kardashian", "PER", "Rob Kardashian"), ("Kris Jenner", "PER", "Kris Jenner")]),
    (("\"Aku tidak pernah selingkuh,\" cuit Rob Kardashian.\n\nSelain itu, saudara tiri Kendall "
      "dan Kylie Jenner ini menuliskan bahwa mantan kekasihnya tidak berhak atas hak asuh."),
     [("Rob Kardashian", "PER", "Rob Kardashian"), ("Kendall", "PER", "Kendall Jenner"),
      ("Kylie Jenner", "PER", "Kylie Jenner")]),
])
def test_kin_of_a_named_person_is_the_person_last_introduced(nlp, text, ents):
    assert run(nlp, text, ents)[-1]["who"] == "Rob Kardashian"


def test_mereka_after_one_persons_words_is_no_one_named(nlp):
    """"Mereka" is a group: after a single speaker, some group the article names no speaker."""
    text = ("\"Saya tidak akan menikah lagi,\" kata Yuni Shara.\n\nAda alasan lain mengapa kedua "
            "anak Yuni melarang ibunya menikah lagi. Mereka menganggap Yuni sudah terlalu tua.")
    quotes = run(nlp, text, [("Yuni Shara", "PER", "Yuni Shara"), ("Yuni", "PER", "Yuni Shara"),
                             ("Yuni", "PER", "Yuni Shara")])
    assert [q["who"] for q in quotes] == ["Yuni Shara", None]


@pytest.mark.parametrize("text,ents,quotes", [
    # the agent of a passive verb in a relative clause is no new subject for "Pihaknya"
    (("\"Tim tidak menemukan aliran dana,\" kata anggota TPFG Effendi Gazali.\n\nHal itu "
      "disimpulkan dari surat yang dibuat Freddy untuk keluarganya.\n\nPihaknya mengakui bahwa "
      "pertemuan Haris dan Freddy memang terjadi."),
     [("Effendi Gazali", "PER", "Effendi Gazali"), ("Freddy", "PER", "Freddy Budiman"),
      ("Haris", "PER", "Haris Azhar"), ("Freddy", "PER", "Freddy Budiman")],
     [("Tim tidak menemukan aliran dana", "Effendi Gazali"),
      ("pertemuan Haris dan Freddy memang terjadi", "Effendi Gazali")]),
    # "Selain merespons X, Y ..." opens a clause: no report, and the next speaker is still Y
    (("\"Ada kesan,\" tegas Gus Sholah.\n\nSelain merespons situasi politik terkini, Gus Sholah "
      "juga menyoroti ketidakadilan.\n\n\"Kebebasan beragama perlu diterapkan,\" kata mantan "
      "wakil ketua lembaga itu."),
     [("Gus Sholah", "PER", "Salahuddin Wahid"), ("Gus Sholah", "PER", "Salahuddin Wahid")],
     [("Ada kesan", "Salahuddin Wahid"),
      ("Kebebasan beragama perlu diterapkan", "Salahuddin Wahid")]),
])
def test_relative_clause_agents_and_clauses_opened_by_selain(nlp, text, ents, quotes):
    assert [(q["text"], q["who"]) for q in run(nlp, text, ents)] == quotes


def test_a_fronted_time_is_no_part_of_the_subject():
    """With the time layer run first, "Awal tahun ini" is a time, so the subject is after it."""
    timed = build_pipeline(components=["warta_sentences", "warta_timex", "warta_quotes"])
    doc = analyse(timed, "Feedr berdiri pada 2015. Awal tahun ini Feedr mengklaim telah "
                       "menjangkau sembilan negara di Asia.", published="2017-09-10")
    assert [doc.text[q["speaker"]["start"]:q["speaker"]["end"]] for q in doc._.quotes] \
        == ["Feedr"]


SPEAKERS_RELATIVE = [
    # the agent of a passive verb in a relative clause, past a verb of belief or an adverb
    # ("isu yang diduga dilakukan X"), is no new subject for a later "ia"
    (('"Kami akan rapat sore ini," ujar Budi Santoso.\n\nBudi enggan berkomentar soal motif '
      'evaluasi itu. Saat disinggung soal isu yang diduga dilakukan Dedi Kurnia, ia juga enggan '
      'menjawab. Ia beralasan belum menerima keterangan resmi dari partai.'),
     [("Budi Santoso", "PER", "Budi Santoso"), ("Budi", "PER", "Budi Santoso"),
      ("Dedi Kurnia", "PER", "Dedi Kurnia")], ["Budi Santoso", "Budi Santoso"]),
    (('"Kami akan rapat sore ini," ujar Budi Santoso.\n\nMenurut surat yang sudah '
      'ditandatangani Dedi Kurnia, rapat ditunda. Ia mengatakan surat itu sah.'),
     [("Budi Santoso", "PER", "Budi Santoso"), ("Dedi Kurnia", "PER", "Dedi Kurnia")],
     ["Budi Santoso", "Budi Santoso"]),
    # a subject with a relative clause after it is still a new subject for "ia"
    (('"Perkara itu kami periksa, termasuk saksi Dedi Kurnia," kata Budi Santoso.\n\nPada '
      'minggu lalu, Dedi yang merupakan mantan menteri keuangan diminta keterangannya. Ia '
      'mengaku ditanya soal penerbitan surat itu.'),
     [("Dedi Kurnia", "PER", "Dedi Kurnia"), ("Budi Santoso", "PER", "Budi Santoso"),
      ("Dedi", "PER", "Dedi Kurnia")], ["Budi Santoso", "Dedi Kurnia"]),
    (('"Perkara itu kami periksa," kata Budi Santoso.\n\nDedi Kurnia, yang membeli rumah itu '
      'dari bank, menolak hadir. Ia mengatakan surat itu palsu.'),
     [("Budi Santoso", "PER", "Budi Santoso"), ("Dedi Kurnia", "PER", "Dedi Kurnia")],
     ["Budi Santoso", "Dedi Kurnia"]),
    # a relative clause of other verbs than a copula, not set off by commas, may run on
    # ("yang berpeluang meraih poin justru harus …"): its person is no new subject
    (('Budi Santoso menganggap kesalahan Dedi bukan yang terakhir. Alhasil, Dedi Kurnia yang '
      'berpeluang besar meraih poin justru harus mengakhiri balapan tanpa angka.\n\n"Sejauh '
      'ini, musim ini merupakan musim yang gila."'),
     [("Budi Santoso", "PER", "Budi Santoso"), ("Dedi Kurnia", "PER", "Dedi Kurnia")],
     ["Budi Santoso", "Budi Santoso"]),
    # the relative clause of an object is no subject's
    (('"Perkara itu kami periksa," kata Budi Santoso.\n\nPolisi memanggil saksi Dedi Kurnia '
      'yang membeli rumah itu. Ia mengatakan surat itu palsu.'),
     [("Budi Santoso", "PER", "Budi Santoso"), ("Dedi Kurnia", "PER", "Dedi Kurnia")],
     ["Budi Santoso", "Budi Santoso"]),
    # a passive verb's agent that is the clause's own report still speaks
    (('"Kami akan rapat sore ini," ujar Budi Santoso.\n\nHal itu disampaikan oleh Dedi '
      'Kurnia. Ia mengatakan surat itu sah.'),
     [("Budi Santoso", "PER", "Budi Santoso"), ("Dedi Kurnia", "PER", "Dedi Kurnia")],
     ["Budi Santoso", "Dedi Kurnia"]),
]


@pytest.mark.parametrize("text,ents,who", SPEAKERS_RELATIVE)
def test_relative_passive_agent_speaker_table(nlp, text, ents, who):
    assert [q["who"] for q in run(nlp, text, ents)] == who


@pytest.mark.parametrize("text,content", [
    ("KPK menyatakan pengusutan kasus itu hingga saat ini masih belum dihentikan.",
     "pengusutan kasus itu hingga saat ini masih belum dihentikan"),
    ("Polisi menyebutkan penyelidikan perkara itu sampai sekarang terus berjalan.",
     "penyelidikan perkara itu sampai sekarang terus berjalan"),
])
def test_a_time_inside_an_object_does_not_end_its_clause(text, content):
    """With the time layer run first, "hingga saat ini" is a time, no clause opener, so the
    object of an object verb still holds its predicate after it."""
    timed = build_pipeline(components=["warta_sentences", "warta_timex", "warta_quotes"])
    doc = analyse(timed, text, published="2017-04-25")
    assert [doc.text[q["start"]:q["end"]] for q in doc._.quotes] == [content]


@pytest.mark.parametrize("text,cue,words", [
    ("Hendra Wijaya mengabarkan bahwa dirinya akan pulang dari Arab Saudi pekan depan.",
     "mengabarkan", "dirinya akan pulang dari Arab Saudi pekan depan"),
    ("Hendra Wijaya melanjutkan, bandara merupakan aset negara yang memiliki aturan.",
     "melanjutkan", "bandara merupakan aset negara yang memiliki aturan"),
    ("Hendra Wijaya memproyeksi, puncak arus balik akan jatuh pada hari Jumat.", "memproyeksi",
     "puncak arus balik akan jatuh pada hari Jumat"),
])
def test_news_continuation_and_projection_cues(nlp, text, cue, words):
    (q,) = run(nlp, text, HENDRA)
    assert (q["cue_text"], q["text"], q["who"]) == (cue, words, "Hendra Wijaya")


@pytest.mark.parametrize("text", [
    "Hendra Wijaya melanjutkan pembangunan jembatan yang sempat terhenti.",
    "Hendra Wijaya mengabarkan kabar duka itu kepada keluarganya.",
])
def test_going_on_with_a_deed_and_news_as_a_noun_are_no_quotes(nlp, text):
    assert run(nlp, text, HENDRA) == []


@pytest.mark.parametrize("text,ents,who", [
    ("Pihak KPK menyatakan penyidikan kasus itu masih berjalan.",
     [("KPK", "ORG", "Corruption Eradication Commission")], "Corruption Eradication Commission"),
    ("Pihak berwenang menyatakan penyidikan kasus itu masih berjalan.", [], None),
])
def test_a_side_named_by_a_body_is_that_body(nlp, text, ents, who):
    (q,) = run(nlp, text, ents)
    assert q["who"] == who


def test_an_announcer_pronoun_resolved_late_takes_the_speaker_before_it(nlp):
    """An uncued quote opened by "Ia melanjutkan dengan tegas," is resolved after all cued
    quotes: its "Ia" is the speaker before it, not one named later in the article."""
    text = ('"Keputusan ini hanya meminta perlakuan setara," tutur Budi Santoso. Ia melanjutkan '
            'dengan tegas, "Keputusan ini menunjukkan sulitnya mengatur perusahaan internet."\n\n'
            '"Tindakan itu merusak persaingan," kata Dedi Kurnia.')
    quotes = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso"),
                             ("Dedi Kurnia", "PER", "Dedi Kurnia")])
    assert [q["who"] for q in quotes] == ["Budi Santoso", "Budi Santoso", "Dedi Kurnia"]


@pytest.mark.parametrize("text,ents,who", [
    # a fronted passive clause set off by a comma leaves the person after it the subject
    (('"Sidang ditunda karena berkas kami belum lengkap," ujar Dedi Kurnia.\n\nDiserang Dedi, '
      'Budi Santoso membela diri. Dirinya memastikan telah memiliki berkas sebagai advokat.'),
     [("Dedi Kurnia", "PER", "Dedi Kurnia"), ("Dedi", "PER", "Dedi Kurnia"),
      ("Budi Santoso", "PER", "Budi Santoso")], ["Dedi Kurnia", "Budi Santoso"]),
    (('"Sidang ditunda karena berkas kami belum lengkap," ujar Dedi Kurnia.\n\nDitemui usai '
      'sidang, Budi Santoso menolak berkomentar banyak. Ia mengatakan berkasnya sudah lengkap.'),
     [("Dedi Kurnia", "PER", "Dedi Kurnia"), ("Budi Santoso", "PER", "Budi Santoso")],
     ["Dedi Kurnia", "Budi Santoso"]),
])
def test_a_fronted_passive_clause_leaves_the_subject_after_it(nlp, text, ents, who):
    assert [q["who"] for q in run(nlp, text, ents)] == who


def test_an_uncued_quote_after_a_paragraph_naming_an_account_is_that_accounts(nlp):
    """With no person speaking in the paragraph before, an uncued quote is the post of the
    account a handle there names, not the last speaker's paragraphs back."""
    text = ('The Telegraph menyebut ekspresi itu sering diperlihatkan pemain lain.\n\nFoto '
            'itu menjadi olok-olok warganet.\n\nSementara pendukung klub dengan akun @budisetia '
            'membela Dedi Kurnia.\n\n"Tidak peduli apa kata orang lain. Pemain ini selalu '
            'berjuang. Salut!"')
    quotes = run(nlp, text, [("The Telegraph", "ORG", "The Daily Telegraph"),
                             ("Dedi Kurnia", "PER", "Dedi Kurnia")])
    assert [q["who"] for q in quotes] == ["The Daily Telegraph", "@budisetia"]


@pytest.mark.parametrize("text,who", [
    # the author of a statement is its possessor, no subject: the agent of the passive speaks
    ('Pernyataan Dedi Kurnia dibantah Budi Santoso. Ia menegaskan sidang ditunda karena berkas '
     'belum lengkap.', "Budi Santoso"),
    # an anaphoric role phrase whose relative clause runs on over a name is the person before
    ('Pernyataan Dedi Kurnia dibantah Budi Santoso. Pengacara yang dikabarkan pernah dekat '
     'dengan artis Rina Wati tersebut menegaskan sidang ditunda karena berkas belum lengkap.',
     "Budi Santoso"),
])
def test_a_statements_author_is_no_subject_and_long_anaphoric_roles(nlp, text, who):
    quotes = run(nlp, '"Kami belum siap mediasi," ujar Dedi Kurnia.\n\n' + text,
                 [("Dedi Kurnia", "PER", "Dedi Kurnia"), ("Dedi Kurnia", "PER", "Dedi Kurnia"),
                  ("Budi Santoso", "PER", "Budi Santoso")]
                 + ([("Rina Wati", "PER", "Rina Wati")] if "Rina" in text else []))
    assert [q["who"] for q in quotes] == ["Dedi Kurnia", who]


@pytest.mark.parametrize("text", [
    '"Pastinya ini tidak akan menjadi album hip-hop," kata sumber dekat Budi Santoso.',
    '"Ini negara kami, kami yang berhak memutuskan," ucap seorang orang kepercayaan Budi Santoso.',
    '"Mereka sudah lama berpacaran," ujar sumber terdekat Budi Santoso.',
])
def test_one_close_to_a_named_person_is_unnamed(nlp, text):
    """A source close to, or trusted by, a named person is not that person: unnamed."""
    (q,) = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso")])
    assert q["who"] is None


@pytest.mark.parametrize("text", [
    ('Proyek itu akan dimulai ulang pada musim depan. Hal tersebut diungkapkan langsung oleh '
     'Presiden Garuda Motor, Budi Santoso.'),
    ('Proyek itu akan dimulai ulang pada musim depan. Hal itu disampaikan secara langsung oleh '
     'Presiden Garuda Motor, Budi Santoso.'),
])
def test_an_adverb_before_the_agent_of_a_passive_report(nlp, text):
    """"diungkapkan langsung oleh X": the adverb is no part of the agent's phrase."""
    (q,) = run(nlp, text, [("Garuda Motor", "ORG", "Garuda Motor"),
                           ("Budi Santoso", "PER", "Budi Santoso")])
    assert (q["who"], q["mention"]) == ("Budi Santoso", "Presiden Garuda Motor")


@pytest.mark.parametrize("text,ents,who", [
    # a role whose relative clause a comma closes, the person apposed after it ending the sentence
    (('"Ini akhir pekan yang penting bagi kami," tukas petinggi Garuda Motor yang bertanggung '
      'jawab atas penyediaan ban bagi balap motor, Budi Santoso.'),
     [("Garuda Motor", "ORG", "Garuda Motor"), ("Budi Santoso", "PER", "Budi Santoso")],
     "Budi Santoso"),
    # a relative clause of more roles, with an organisation holding "dan", closed by the person
    (('"Sepuluh negara sudah mendaftar," kata Ketua Panitia penyelenggara yang juga Kepala Dinas '
      'Pemuda dan Olahraga Padang Budi Santoso, di Padang, Kamis.'),
     [("Dinas Pemuda dan Olahraga Padang", "ORG", None), ("Budi Santoso", "PER", "Budi Santoso")],
     "Budi Santoso"),
    # the person inside the clause is what it is about, not the speaker
    ('"Kasus itu masih kami dalami," kata pejabat yang menangani kasus Budi Santoso, Kamis.',
     [("Budi Santoso", "PER", "Budi Santoso")], None),
])
def test_a_role_with_a_relative_clause_takes_the_person_closing_it(nlp, text, ents, who):
    (q,) = run(nlp, text, ents)
    assert q["who"] == who


@pytest.mark.parametrize("text", [
    'Sementara itu, mantan perdana menteri Haiti Budi Santoso mengatakan, "Dunia menyaksikan."',
    'Wakil perdana menteri Haiti Budi Santoso menyatakan pemilu akan digelar tahun depan.',
])
def test_a_lower_case_title_is_no_verb_in_the_subject(nlp, text):
    """"menteri" has the shape of a me- verb but does not end the subject phrase."""
    (q,) = run(nlp, text, [("Haiti", "GPE", "Haiti"), ("Budi Santoso", "PER", "Budi Santoso")])
    assert q["who"] == "Budi Santoso"
    assert q["mention"].endswith("perdana menteri Haiti Budi Santoso")


def test_some_minister_is_not_the_minister_named_before(nlp):
    """"Seorang menteri" is an unnamed minister, not the holder of an office named before."""
    text = ('Perdana Menteri Inggris Budi Santoso mengecam video itu.\n\nSeorang menteri '
            'menggambarkan cuitan itu "mengkhawatirkan dan penuh keputusasaan".')
    quotes = run(nlp, text, [("Inggris", "GPE", "United Kingdom"),
                             ("Budi Santoso", "PER", "Budi Santoso")])
    assert [q["who"] for q in quotes][-1] is None


@pytest.mark.parametrize("text,who", [
    (('Sementara itu, mantan perdana menteri Haiti Budi Santoso, melalui akun Twitternya '
      'mengatakan, "Dunia menyaksikan pernyataan yang tak bisa diterima."'), "Budi Santoso"),
    (('Budi Santoso, lewat akun Instagram miliknya menyatakan, "Terima kasih atas semua '
      'dukungan kalian."'), "Budi Santoso"),
])
def test_a_medium_set_off_by_commas_is_no_subject(nlp, text, who):
    """"X, melalui akun Twitternya mengatakan": the chunk after the comma is the medium; the
    subject is the one before it."""
    (q,) = run(nlp, text, [("Haiti", "GPE", "Haiti")] * ("Haiti" in text)
               + [("Budi Santoso", "PER", "Budi Santoso")])
    assert q["who"] == who


@pytest.mark.parametrize("text,content", [
    ("Tikrit (ANTARA News) - Pelaku bom bunuh diri menyerang sebuah pembangkit listrik, "
     "menurut polisi setempat.", "Pelaku bom bunuh diri menyerang sebuah pembangkit listrik"),
    ("Merdeka.com - Chelsea harus mencari alternatif selain Romelu Lukaku, menurut laporan "
     "The Sun.", "Chelsea harus mencari alternatif selain Romelu Lukaku"),
    ("Seperti diketahui, harga cabai naik tajam sejak awal bulan, kata Budi Santoso.",
     "harga cabai naik tajam sejak awal bulan"),
    ("Sebelumnya diketahui, dinas itu menutup jalan selama dua pekan. Hal itu dikonfirmasi "
     "Kepala Dinas Budi Santoso.", "dinas itu menutup jalan selama dua pekan"),
])
def test_dateline_and_writers_opener_are_no_part_of_a_quote(nlp, text, content):
    """A reported clause that opens the body starts after the dateline, and one that opens a
    sentence after the writer's "Seperti diketahui,"."""
    assert [q["text"] for q in run(nlp, text)] == [content]


def test_a_long_office_and_rank_run_on_to_the_person_closing_them(nlp):
    """A speaker phrase cut at its length cap takes on the name of the person it reaches."""
    text = ('"Sebanyak 50 mobil ditilang pada hari pertama," kata Kepala Subdirektorat Pembinaan '
            'dan Penegakan Hukum Direktorat Lalu Lintas Polda Jawa Barat Ajun Komisaris Besar '
            'Polisi Sutarno Wibisono di Bandung.')
    (q,) = run(nlp, text, [("Direktorat Lalu Lintas Polda Jawa Barat", "ORG", None),
                           ("Sutarno Wibisono", "PER", "Sutarno Wibisono")])
    assert q["who"] == "Sutarno Wibisono"


def test_an_office_closed_by_a_name_after_a_comma_names_its_holder(nlp):
    """"X, sutradara Y mengungkapkan": the office runs into the verb with its own holder's
    name, so it is no apposition to X."""
    text = ('Dalam wawancara dengan wartawan senior, Andi Wijaya, sutradara Rudi Hartono '
            'mengungkapkan keinginannya membuat film horor.')
    (q,) = run(nlp, text, [("Andi Wijaya", "PER", "Andi Wijaya"),
                           ("Rudi Hartono", "PER", "Rudi Hartono")])
    assert q["who"] == "Rudi Hartono"


@pytest.mark.parametrize("text,content", [
    ("Bupati Rina Wulandari mengajak para petani Desa Sukamaju agar menanam padi organik.",
     "para petani Desa Sukamaju agar menanam padi organik"),
    ("Menteri Rina Wulandari mengundang investor asing supaya membangun pabrik di Papua.",
     "investor asing supaya membangun pabrik di Papua"),
    ("Rina Wulandari mengajak warga untuk menanam pohon di bantaran sungai.",
     "warga untuk menanam pohon di bantaran sungai"),
    ("Rina Wulandari mengundang wartawan untuk datang ke rumahnya.", None),
    ("Rina Wulandari akan mengajak pihak kampus agar kajian itu sah.", None),
    ("Rina Wulandari ingin mengajak investor itu untuk membangun pabrik di Bandung.", None),
    ("Rina Wulandari mengundang wartawan ke rumahnya agar melihat kebunnya.", None),
])
def test_an_appeal_to_a_short_object_before_agar_is_reported(nlp, text, content):
    """"mengajak X agar/untuk …" reports the appeal with its addressee; an invitation
    ("mengundang X untuk datang"), a plan or wish ("akan/ingin mengajak") or an object running
    past a preposition does not."""
    quotes = run(nlp, text, [("Rina Wulandari", "PER", "Rina Wulandari")])
    assert [q["text"] for q in quotes] == ([content] if content else [])
    assert all(q["who"] == "Rina Wulandari" for q in quotes)


def test_a_name_in_single_quotes_is_a_title_no_antecedent(nlp):
    """A person's name standing in single quotes is a work's title ("film 'Gatotkaca'"): a
    later "ia" or "-nya" goes to the person named before it."""
    text = ("Baru-baru ini, Budi Santoso yang merupakan bintang film 'Laskar' mengunggah foto "
            "bersama pemain 'Gatotkaca' lainnya. Ia juga mengumumkan bahwa syuting film "
            "'Gatotkaca' telah dimulai.\n\n\"Kami baru saja mulai syuting,\" tulisnya.")
    quotes = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso"),
                             ("Gatotkaca", "PER", "Gatotkaca"), ("Gatotkaca", "PER", "Gatotkaca")])
    assert [q["who"] for q in quotes] == ["Budi Santoso"] * 2


def test_a_bare_office_names_its_holder_past_a_rank(nlp):
    """"Kapolres" alone is the person introduced as "Kapolres Sleman AKBP Budi Santoso": the
    rank between the office and the name does not hide the holder; "ia" and "-nya" follow."""
    text = ("Kapolres Sleman AKBP Budi Santoso meninjau lokasi kebakaran.\n\nKapolres telah "
            "meminta warga untuk tetap tenang.\n\nIa mengatakan pemadam kebakaran tiba dalam "
            "sepuluh menit.\n\n\"Kami terus berjaga di lokasi,\" ujarnya.")
    quotes = run(nlp, text, [("Sleman", "GPE", "Sleman"), ("Budi Santoso", "PER", "Budi Santoso")])
    assert [q["who"] for q in quotes] == ["Budi Santoso"] * 3


@pytest.mark.parametrize("title", ["drg. ", "dr. ", ""])
def test_a_role_from_a_place_takes_the_titled_name_after_a_comma(nlp, title):
    """"ujar dokter gigi dari RSUD Bandung, drg. Rina Wati, di …": the role runs on over its
    place, a comma and a title to the name; not so a name a predicate follows."""
    text = ("Warga diminta rutin menyikat gigi.\n\n\"Karang gigi memicu radang gusi,\" ujar dokter "
            f"gigi dari RSUD Bandung, {title}Rina Wati, di Bandung, Senin.")
    (q,) = run(nlp, text, [("RSUD Bandung", "ORG", "RSUD Bandung"),
                           ("Rina Wati", "PER", "Rina Wati"), ("Bandung", "GPE", "Bandung")])
    assert q["who"] == "Rina Wati"
    text = "Sidang berlangsung lama. Menurut dosen dari UI, Rina Wati melakukan korupsi besar."
    (q,) = run(nlp, text, [("UI", "ORG", "UI"), ("Rina Wati", "PER", "Rina Wati")])
    assert q["who"] is None and q["text"].startswith("Rina Wati")


@pytest.mark.parametrize("opening", ["Tidak hanya Rina, sang sutradara Budi Santoso pun",
                                     "Selain Rina, sutradara Budi Santoso juga"])
def test_a_person_an_epithet_names_after_a_fronted_phrase_is_the_new_subject(nlp, opening):
    """"Tidak hanya X, sang sutradara Y pun bercerita …": Y, named by an epithet, is the
    subject that a following "dia" takes, not X (the last speaker, named in the fronted
    phrase); "Sutradara tersebut lantas …" is Y too."""
    text = ("Rina Wati memimpin tim peneliti.\n\n\"Kami sudah bekerja dua tahun,\" kata Rina.\n\n"
            f"{opening} bercerita tentang proyek itu.\n\nDia mengatakan bahwa proyek itu hampir "
            "selesai.\n\n\"Saya senang sekali,\" kata Rina.\n\nSutradara tersebut lantas "
            "mengatakan bahwa syuting selesai pekan lalu.")
    quotes = run(nlp, text, [("Rina Wati", "PER", "Rina Wati"), ("Rina", "PER", "Rina Wati"),
                             ("Budi Santoso", "PER", "Budi Santoso"), ("Rina", "PER", "Rina Wati")])
    assert [q["who"] for q in quotes] == ["Rina Wati", "Budi Santoso", "Rina Wati",
                                          "Budi Santoso"]


def test_a_contrastive_clause_after_a_scare_quote_does_not_attribute_it(nlp):
    """"X mengatakan ancaman itu “sangat berbahaya”, namun dia yakin …": the scare-quoted words
    stay inside X's indirect quote, and "namun dia yakin" opens an indirect quote of its own,
    not a cue for the words before it."""
    text = ("Rina Wati hadir dalam rapat. Dia mengatakan ancaman itu “sangat berbahaya”, namun "
            "dia yakin kota tersebut tetap aman.")
    quotes = run(nlp, text, [("Rina Wati", "PER", "Rina Wati")])
    assert [(q["kind"], q["text"]) for q in quotes] == [
        ("indirect", "ancaman itu “sangat berbahaya”"),
        ("indirect", "kota tersebut tetap aman")]
    assert all(q["who"] == "Rina Wati" for q in quotes)


def test_a_speech_cue_of_the_clause_after_a_quote_does_not_attribute_it(nlp):
    """'"…." Hanya ada satu, kata X, tapi …': the speech cue belongs to the unquoted clause
    after the closing mark, its speaker after it; the quote is the previous speaker's."""
    text = ('"Banyak orang salah paham soal proyek saya," kata Rina Wati. "Ini seperti memakai '
            'baju bagus." Hanya ada satu kostum seperti itu, kata Rina, tapi kostum itu sudah '
            'dipakai banyak penari.')
    quotes = run(nlp, text, [("Rina Wati", "PER", "Rina Wati"), ("Rina", "PER", "Rina Wati")])
    assert [(q["kind"], q["cue_text"], q["who"]) for q in quotes[:2]] == [
        ("direct", "kata", "Rina Wati"), ("direct", None, "Rina Wati")]


@pytest.mark.parametrize("text", [
    "Rina Wati langsung melaporkan Budi ke pihak yang berwajib.",
    "Rina Wati melaporkan balik Budi ke pihak kepolisian atas dugaan pencemaran nama baik.",
    "Warga Rina Wati boleh berharap banyak dari film Budi tersebut.",
    "Rina Wati berharap banyak kepada Budi ketika tim itu dibentuk.",
])
def test_a_complaint_and_an_expectation_are_not_reports(nlp, text):
    """"melaporkan (balik) X ke pihak yang berwajib" files a complaint ("berwajib" is no
    predicate to make a clause of the object); "berharap banyak" expects much of someone."""
    assert run(nlp, text, [("Rina Wati", "PER", "Rina Wati"), ("Budi", "PER", "Budi")]) == []


def test_an_unlinked_acronym_takes_the_person_whose_initials_it_spells(nlp):
    """"kata RM" after "kata Rap Monster": the upper-case mention spells the initials of the
    person named before, whose name it takes."""
    text = ('Budi Santoso hadir.\n\n"Lagu itu sangat keren," kata Rap Monster.\n\n"Ini lagu '
            'tentang perjuangan kami," kata RM.')
    quotes = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso"),
                             ("Rap Monster", "PER", "RM (rapper)"), ("RM", "PER", None)])
    assert [q["who"] for q in quotes] == ["RM (rapper)"] * 2


def test_source_cue_past_a_time_set_off_by_commas(nlp):
    text = ("Grup itu akan tampil di ajang musik tersebut.\n\nMengutip Billboard, pada 3 Mei "
            "lalu, seorang penggemar mengirim pesan kepada produser acara itu.")
    (q,) = run(nlp, text, [("Billboard", "ORG", "Billboard")])
    assert q["cue_text"] == "Mengutip" and q["who"] == "Billboard"
    assert q["text"].endswith("kepada produser acara itu")


def test_a_text_reproduced_after_an_announcing_colon_is_quoted_per_paragraph(nlp):
    """"Berikut isi surat X:" announces a text given in full without quotation marks: each of
    its paragraphs (past a list number) is a direct quote of the writer, cued by "isi", up to
    a paragraph with quotation marks."""
    people = [("Andi Saputra", "PER", "Andi Saputra"), ("Rudi Hartono", "PER", "Rudi Hartono")]
    quotes = run(nlp, 'Surat itu beredar di media sosial.\n\nBerikut isi lengkap surat Gubernur '
                      'Andi Saputra kepada para bupati:\n\nSehubungan dengan musim hujan, kami '
                      'meminta seluruh daerah bersiap.\n\n1. Setiap kabupaten wajib menyiapkan '
                      'posko banjir.\n\n"Kami sudah siap," kata Bupati Rudi Hartono.', people)
    assert [(q["text"], q["kind"], q["cue_text"], q["who"]) for q in quotes] == [
        ("Sehubungan dengan musim hujan, kami meminta seluruh daerah bersiap.", "direct",
         "isi", "Andi Saputra"),
        ("Setiap kabupaten wajib menyiapkan posko banjir.", "direct", "isi", "Andi Saputra"),
        ("Kami sudah siap", "direct", "kata", "Rudi Hartono")]


@pytest.mark.parametrize("text", [
    # a list announced with a colon that names no writer
    'Laga berakhir imbang.\n\nBerikut susunan pemain kedua tim:\n\nPersib: Made Wirawan, '
    'Supardi.',
    # a text's noun and its writer, but no colon: nothing after it is announced
    'Berikut isi pidato Andi Saputra dalam rapat itu.\n\nRapat ditutup sore hari.',
])
def test_no_reproduced_text_without_colon_noun_and_writer(nlp, text):
    quotes = run(nlp, text, [("Andi Saputra", "PER", "Andi Saputra")] if "Andi" in text else [])
    assert not any(q["cue_text"] == "isi" or q["text"].startswith(("Persib", "Rapat"))
                   for q in quotes)


@pytest.mark.parametrize("text,content", [
    ('Sementara, menurut Rahmat Hidayat, sejumlah kabupaten disebut masih menunggu peluncuran '
     'tahapan pemilu.', "sejumlah kabupaten disebut masih menunggu peluncuran tahapan pemilu"),
    ('Menurut Rahmat Hidayat, tersangka dikabarkan sudah meninggalkan kota itu sejak Senin.',
     "tersangka dikabarkan sudah meninggalkan kota itu sejak Senin"),
])
def test_a_sourceless_passive_inside_a_named_source_clause_is_the_source_s(nlp, text, content):
    """"Menurut X, A disebut …": the passive names no source of its own, so X's report is the
    quote, not an unsourced one after the passive."""
    (q,) = run(nlp, text, [("Rahmat Hidayat", "PER", "Rahmat Hidayat")])
    assert (q["text"], q["cue_text"].lower(), q["who"]) == (content, "menurut", "Rahmat Hidayat")


@pytest.mark.parametrize("opener", ["Menanggapi hal itu, ", "Menyikapi putusan tersebut, ",
                                    "Ditemui seusai rapat, ", "Sementara itu, usai mendaftar, "])
def test_suffix_takes_the_subject_after_a_fronted_clause(nlp, opener):
    """"Menurutnya" right after a sentence whose subject follows a fronted clause set off by
    a comma ("Menanggapi hal itu, Wali Kota X menyambut …") is that subject, not the last
    speaker."""
    people = [("Dewi Kartika", "PER", "Dewi Kartika"), ("Hendra Wijaya", "PER", "Hendra Wijaya")]
    quotes = run(nlp, '"Ini jelas keputusan politik," ujar Dewi Kartika.\n\nPengadilan sudah '
                      f'membacakan putusan itu.\n\n{opener}Wali Kota Surabaya Hendra Wijaya '
                      'menyambut baik langkah pengadilan. Menurutnya, putusan itu menunjukkan hukum '
                      'berjalan dengan adil.', people)
    assert [q["who"] for q in quotes] == [name for _, _, name in people]


@pytest.mark.parametrize("text,who,content", [
    ('Pengusaha Budi Santoso membantah tudingan Rina Wulandari yang menyebut Budi menahan gaji '
     'karyawan selama tiga bulan.', "Rina Wulandari", "Budi menahan gaji karyawan selama tiga bulan"),
    ('Pengusaha Budi Santoso membantah pernyataan Rina Wulandari yang mengatakan bahwa pabrik itu '
     'mencemari sungai.', "Rina Wulandari", "pabrik itu mencemari sungai"),
])
def test_a_denied_claim_reports_its_maker_s_words(nlp, text, who, content):
    """"X membantah tudingan Y yang menyebut A": the claim's relative clause reports Y's words
    A; X's denial of the claim is no quote of its own."""
    (q,) = run(nlp, text, [("Budi Santoso", "PER", "Budi Santoso"),
                           ("Rina Wulandari", "PER", "Rina Wulandari")])
    assert (q["who"], q["text"]) == (who, content)
