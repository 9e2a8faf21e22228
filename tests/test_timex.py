"""The time-expression component on sentences: spans, non-expressions, tense, context."""
import pytest

from warta.pipeline import build_pipeline, make_doc

MONDAY = "2025-04-28T10:00:00+07:00"


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(components=["warta_sentences", "warta_timex"])


def times(nlp, text, published=MONDAY):
    doc = nlp(make_doc(nlp, text, published=published))
    return [(s.text, s.label_, s._.value) for s in doc.spans["times"]]


def test_spans_are_token_aligned_and_disjoint(nlp):
    text = ("Kapal selam itu tenggelam pada Sabtu pekan lalu, Senin (28/4/2025). Pada Desember "
            "tahun lalu, latihan berlangsung selama tiga hari dan diulang setiap Senin.")
    doc = nlp(make_doc(nlp, text, published=MONDAY))
    spans = list(doc.spans["times"])
    assert [(s.text, s.label_, s._.value) for s in spans] == [
        ("Sabtu pekan lalu", "DATE", "2025-04-26"),
        ("Senin (28/4/2025)", "DATE", "2025-04-28"),
        ("Desember tahun lalu", "DATE", "2024-12"),
        ("tiga hari", "DURATION", "P3D"),
        ("setiap Senin", "SET", "XXXX-WXX-1"),
    ]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert all(doc[s.start:s.end].text == s.text for s in spans)


@pytest.mark.parametrize("text", [
    "Sebelumnya, polisi telah memeriksa tiga saksi.",
    "Selama ini pemerintah belum menanggapi.",
    "Sejauh ini belum ada korban jiwa.",
    "Saat itu ia masih menjabat gubernur.",
    "Harga naik menjadi Rp 2015 per liter dan 2016 orang mengungsi.",
    "Lalu ia pergi ke pasar, kemudian pulang.",
    "Ia sedang salat subuh di masjid.",
    "Pertandingan itu menjadi bagian dari kehidupan sehari-hari warga.",
])
def test_not_time_expressions(nlp, text):
    assert times(nlp, text) == []


def test_bare_weekday_is_past_by_default_and_future_after_akan(nlp):
    assert times(nlp, "Presiden meresmikan jembatan itu pada Kamis.") == [
        ("Kamis", "DATE", "2025-04-24")]
    assert times(nlp, "Presiden akan meresmikan jembatan itu pada Kamis.") == [
        ("Kamis", "DATE", "2025-05-01")]


def test_future_weekday_counts_from_the_narrative_day(nlp):
    text = ("Raja Salman tiba di Moskow pada Rabu (4/10). Ia akan menemui Presiden Putin pada "
            "Kamis dan dijadwalkan pulang pada Sabtu.")
    assert times(nlp, text, "2017-10-06T09:14:17+07:00") == [
        ("Rabu (4/10)", "DATE", "2017-10-04"),
        ("Kamis", "DATE", "2017-10-05"),
        ("Sabtu", "DATE", "2017-10-07"),
    ]


def test_minggu_capitalised_is_sunday_and_lower_case_is_week(nlp):
    assert times(nlp, "Unjuk rasa berlangsung Minggu (27/4) dan minggu lalu.") == [
        ("Minggu (27/4)", "DATE", "2025-04-27"), ("minggu lalu", "DATE", "2025-W17")]
    assert times(nlp, "Rapat digelar pada Minggu lalu.") == [
        ("Minggu lalu", "DATE", "2025-04-27")]
    assert times(nlp, "Ia dirawat selama seminggu.") == [("seminggu", "DURATION", "P1W")]


def test_explicit_date_wins_over_a_disagreeing_weekday(nlp):
    assert times(nlp, "Kesepakatan diteken Kamis (3/11).", "2017-11-02T20:36:24+07:00") == [
        ("Kamis (3/11)", "DATE", "2017-11-03")]


def test_day_month_year_follows_the_weekday_named_with_it(nlp):
    assert times(nlp, "Debat digelar Jumat (13/1).", "2017-10-22T10:00:00+07:00") == [
        ("Jumat (13/1)", "DATE", "2017-01-13")]


def test_clock_time_takes_the_date_of_its_sentence(nlp):
    text = ("Gempa terjadi sekitar pukul 04.28 WIB, Selasa (22/4). "
            "Getaran terasa hingga pukul 05.00 WIB.")
    assert times(nlp, text) == [
        ("sekitar pukul 04.28 WIB", "TIME", "2025-04-22T04:28"),
        ("Selasa (22/4)", "DATE", "2025-04-22"),
        ("pukul 05.00 WIB", "TIME", "2025-04-22T05:00"),
    ]


def test_part_of_day_with_weekday_and_date_is_one_time(nlp):
    assert times(nlp, "Ledakan terdengar Kamis (21/12) siang.", "2017-12-21T21:31:32+07:00") == [
        ("Kamis (21/12) siang", "TIME", "2017-12-21TMI")]


def test_same_year_refers_back(nlp):
    text = "Kota itu diserang pada 21 Agustus 2013. Pada tahun yang sama, serangan lain terjadi."
    assert times(nlp, text)[-1] == ("tahun yang sama", "DATE", "2013")


def test_articles_stamped_before_dawn_belong_to_the_day_before(nlp):
    assert times(nlp, "Ia baru hari ini mengenakan batik itu.", "2018-02-26T06:00:00+07:00") == [
        ("hari ini", "DATE", "2018-02-25")]


def test_without_publication_time_relative_values_stay_unresolved(nlp):
    text = "Kemarin ia tiba, Senin ia rapat, tahun lalu ia pergi; pukul 14.05 WIB ia pulang."
    assert times(nlp, text, None) == [
        ("Kemarin", "DATE", "PAST_REF"),
        ("Senin", "DATE", "XXXX-WXX-1"),
        ("tahun lalu", "DATE", "PAST_REF"),
        ("pukul 14.05 WIB", "TIME", "XXXX-XX-XXT14:05"),
    ]


def test_present_past_future_refs(nlp):
    text = "Saat ini harga turun, belakangan ini naik, dan di masa depan tak menentu."
    assert [v for _, _, v in times(nlp, text)] == ["PRESENT_REF", "PAST_REF", "FUTURE_REF"]
