"""The article layer on pages written here: metadata, furniture, datelines, zones."""
from __future__ import annotations

from pathlib import Path

import pytest

from warta.article import parse
from warta.article.body import clean_text, find_dateline
from warta.article.language import detect_language
from warta.article.metadata import parse_header, parse_published, published_from_url
from warta.article.outlets import outlet_from_url
from warta.errors import WartaError
from warta.ingest import RawDocument, read


@pytest.mark.parametrize("text,expected", [
    ("Senin, 28 April 2025 - 07:46", "2025-04-28T07:46:00+07:00"),
    ("28/4/2025", "2025-04-28"),
    ("28 Apr 2025 07:46 WIB", "2025-04-28T07:46:00+07:00"),
    ("Kamis, 12 Des 2024 | 14.05 WITA", "2024-12-12T14:05:00+08:00"),
    ("Rabu, 1 Januari 2025 09:00 WIT", "2025-01-01T09:00:00+09:00"),
    ("03/02/2025, 21:15 WIB", "2025-02-03T21:15:00+07:00"),
    ("2025-04-28T07:46:00+07:00", "2025-04-28T07:46:00+07:00"),
    ("2025-04-28 07:46", "2025-04-28T07:46:00+07:00"),
    ("Jumat, 17 Agustus 2018", "2018-08-17"),
    ("30 Februari 2025", None),
    ("kemarin sore", None),
])
def test_article_published_forms(text, expected):
    assert parse_published(text) == expected


@pytest.mark.parametrize("line,expected", [
    ("Ekonomi | kabarkita | Selasa, 4 Februari 2025 - 19:30",
     {"section": "Ekonomi", "outlet": "kabarkita", "published": "2025-02-04T19:30:00+07:00"}),
    ("KabarKita.com - 04/02/2025, 19:30 WIB",
     {"outlet": "KabarKita.com", "published": "2025-02-04T19:30:00+07:00"}),
    ("Olahraga • Kabar Kita • Selasa, 4 Feb 2025 19:30 WIB",
     {"section": "Olahraga", "outlet": "Kabar Kita", "published": "2025-02-04T19:30:00+07:00"}),
    ("Selasa, 4 Feb 2025 19:30 WITA", {"published": "2025-02-04T19:30:00+08:00"}),
    ("Diterbitkan 05 Mar 2025, 10:30 WIB", {"published": "2025-03-05T10:30:00+07:00"}),
    ("Ahmad Rizki, Jurnalis · Jumat 07 Maret 2025 06:30 WIB",
     {"published": "2025-03-07T06:30:00+07:00"}),
    ("Fachri Audhia Hafiez • 14 Maret 2025 16:45", {"published": "2025-03-14T16:45:00+07:00"}),
    ("Senin, 03 Maret 2025 / 08:10 WIB", {"published": "2025-03-03T08:10:00+07:00"}),
    ("12 March 2025 10:05", {"published": "2025-03-12T10:05:00+07:00"}),
    ("Jakarta | Kompas | Senin, 3 Maret 2025 - 16:40",
     {"section": "Jakarta", "outlet": "Kompas", "published": "2025-03-03T16:40:00+07:00"}),
    ("Gubernur meninjau lokasi | banjir", None),
    ("4 Februari 2025 menjadi hari bersejarah bagi warga.", None),
    ("Pada Selasa, 4 Februari 2025, gubernur meninjau lokasi banjir di tiga kecamatan", None),
])
def test_article_header_line(line, expected):
    assert parse_header(line) == expected


@pytest.mark.parametrize("opening,place,outlet", [
    ("Jakarta, CNN Indonesia -- Presiden membuka", "Jakarta", "CNN Indonesia"),
    ("JAKARTA, KOMPAS.com - Presiden membuka", "Jakarta", "KOMPAS.com"),
    ("Kompas.com - Presiden membuka", None, "Kompas.com"),
    ("Suara.com - Ketua DPR menyatakan", None, "Suara.com"),
    ("Surabaya (ANTARA) - Wali kota meresmikan", "Surabaya", "ANTARA"),
    ("Liputan6.com, Medan - Polisi menangkap", "Medan", "Liputan6.com"),
    ("TEMPO.CO, Jakarta - Menteri Keuangan", "Jakarta", "TEMPO.CO"),
    ("MAKASSAR - Gubernur Sulawesi Selatan", "Makassar", None),
    ("WASHINGTON DC — Bank Dunia menyatakan", "Washington DC", None),
    ("Jakarta (ANTARA News) - Komisi Pemilihan Umum", "Jakarta", "ANTARA News"),
    ("Kuta, Bali (ANTARA News) - Pertemuan imigrasi ASEAN", "Kuta", "ANTARA News"),
    # the dash touching the first word, spaces inside the brackets
    ("JAKARTA (Pos Kota) –Presiden Joko Widodo", "Jakarta", "Pos Kota"),
    ("JAKARTA ( Pos Kota ) -Ketua Umum", "Jakarta", "Pos Kota"),
    ("REPUBLIKA.CO.ID, JAKARTA -- Badan Amil", "Jakarta", "REPUBLIKA.CO.ID"),
    ("KONTAN.CO.ID - JAKARTA. PT Pertamina", "Jakarta", "KONTAN.CO.ID"),
    ("SLEMAN, iNews.id - Kepolisian Resor", "Sleman", "iNews.id"),
    ("Jakarta, IDN Times - PT Kereta", "Jakarta", "IDN Times"),
    ("VIVA – Tim nasional", None, "VIVA"),
    ("JUARA, GLASGOW - Pebulu tangkis", "Glasgow", "JUARA"),
    ("Jakarta - Pemerintah Provinsi", None, None),
    ("Kevin - Prince Boateng sudah menjalani tes medis", None, None),
    ("Presiden Joko Widodo meresmikan bendungan - yang terbesar", None, None),
    ("Badan Pusat Statistik (BPS) mencatat inflasi - x", None, None),
])
def test_article_datelines(opening, place, outlet):
    assert find_dateline(opening) == (place, outlet)


@pytest.mark.parametrize("opening,outlet,place", [
    ("Jakarta - Pemerintah Provinsi DKI", "detikcom", "Jakarta"),
    ("Jakarta: Prevalensi stunting nasional", "Medcom.id", "Jakarta"),
    ("Jakarta: Prevalensi stunting nasional", None, None),
])
def test_article_datelines_of_one_outlet(opening, outlet, place):
    assert find_dateline(opening, outlet=outlet) == (place, None)


def test_article_clean_text_drops_furniture(page_file: Path):
    page = clean_text(page_file.read_text(encoding="utf-8"))
    assert page.title == "Banjir Rendam Ratusan Rumah di Bekasi"
    assert page.meta["outlet"] == "kabarkita"
    assert page.body.startswith("BEKASI - Banjir merendam")
    assert "Baca juga" not in page.body and "share" not in page.body
    assert "Topik Menarik" not in page.body and "Banjir Bekasi" not in page.body
    assert page.body.count("\n\n") == 2


def test_article_inline_furniture_is_cut():
    page = clean_text("Judul Berita\n\nWarga mengungsi ke masjid. [Baca juga: Banjir Lagi] "
                      "Bantuan tiba sore (Baca juga: Posko Dibuka).\n\nParagraf dua.")
    assert page.body == "Warga mengungsi ke masjid. Bantuan tiba sore.\n\nParagraf dua."


def test_article_listed_headlines_of_other_articles_are_dropped():
    """Two or more title-case lines without a sentence end between paragraphs are links to
    other articles; one such line is a subheading, and a numbered list or line-up stays."""
    body = ("Penyanyi itu tampil memukau di depan ribuan penggemarnya di Jakarta kemarin.\n\n"
            "Sudah Kurus, Rina Ngotot Ingin Turunkan Berat Badan\n\n"
            "Grup Baru Rilis Teaser Terbaru 'Sinyal'\n\n"
            "Konser itu berlangsung selama tiga jam tanpa jeda sama sekali, kata panitia.\n\n"
            "Penjualan Tiket Tahun Depan\n\n"
            "Panitia akan membuka penjualan tiket konser berikutnya bulan depan.\n\n"
            "1. Kurang Minum Air Putih\n\n2. Kurang Tidur Malam\n\n"
            "Wasit: Michael Oliver\n\nManajer: Arsene Wenger\n\n"
            "Persija Jakarta 2 - 1 Persib Bandung\n\nArema FC 3 - 0 Bali United\n\n"
            "Persija 30 poin\n\nPersib 28 poin")
    page = clean_text(body, find_title=False, find_header=False)
    assert "Rina Ngotot" not in page.body and "Teaser" not in page.body
    assert "Penjualan Tiket Tahun Depan" in page.body and "1. Kurang Minum" in page.body
    assert "Manajer: Arsene Wenger" in page.body and "Arema FC 3 - 0 Bali United" in page.body
    assert page.body.endswith("Persib 28 poin")


def test_article_tail_marker_with_body_below_is_dropped_alone():
    page = clean_text("Pertama paragraf berita yang cukup panjang untuk dibaca semua orang.\n\n"
                      "Penulis: Dwi Widijatmiko\n\n"
                      "Kedua paragraf berita yang juga cukup panjang untuk dibaca orang.\n\n"
                      "Editor:\nTomi Susanto", find_title=False, find_header=False)
    assert page.body.count("\n\n") == 1 and "Penulis" not in page.body
    assert page.body.endswith("dibaca orang.")


def test_article_header_place_is_no_section():
    raw = RawDocument(source="sungai.txt", text=(
        "Pencemaran Sungai Citarum Kembali Meningkat\nJakarta | Kompas | Senin, 3 Maret 2025 - "
        "16:40\nJAKARTA, KOMPAS — Kadar pencemaran di Sungai Citarum kembali meningkat."))
    art = parse(raw)
    assert (art.outlet, art.section, art.dateline) == ("Kompas", None, "Jakarta")


def test_article_from_text_page(page_file: Path):
    [raw] = read([page_file])
    art = parse(raw)
    assert art.id == "kabarkita-banjir"
    assert (art.title, art.outlet, art.section) == (
        "Banjir Rendam Ratusan Rumah di Bekasi", "kabarkita", "Nasional")
    assert art.published == "2025-02-04T19:30:00+07:00"
    assert art.dateline == "Bekasi"
    assert art.language == "id"


def test_article_from_html_page(html_file: Path):
    [raw] = read([html_file])
    art = parse(raw)
    assert art.title == "Gempa Guncang Lombok Utara"
    assert art.outlet == "KabarKita"
    assert art.published == "2024-08-05T19:46:00+08:00"
    assert art.dateline == "Mataram"
    assert "Beranda" not in art.text and "Hak cipta" not in art.text
    assert "BMKG" in art.text


def test_article_given_metadata_wins():
    raw = RawDocument(source="x.jsonl:1", text="Presiden meresmikan jembatan di Kalimantan.",
                      meta={"id": "r1", "outlet": "kabarkita", "published": "2025-02-04 10:00",
                            "url": "https://www.kompas.com/read/1"}, body_only=True)
    art = parse(raw)
    assert (art.id, art.outlet, art.published, art.title) == (
        "r1", "kabarkita", "2025-02-04T10:00:00+07:00", None)


@pytest.mark.parametrize("url,expected", [
    ("https://www.kabarkita.example/nasional/20250204193012-20-1234/banjir", "2025-02-04T19:30:12+07:00"),
    ("https://www.kabarkita.example/news/2025/02/04/193012/banjir", "2025-02-04T19:30:12+07:00"),
    ("https://kabarkita.example/read/2025/02/04/banjir-bekasi", "2025-02-04"),
    ("https://kabarkita.example/berita/656545/banjir", None),
    ("https://regional.kompas.com/read/2025/03/16/10150061/tanggul", "2025-03-16T10:15:00+07:00"),
    ("https://market.bisnis.com/read/20250310/7/1234567/ihsg", "2025-03-10"),
    (None, None),
])
def test_article_published_from_url(url, expected):
    assert published_from_url(url) == expected


def test_article_published_falls_back_to_url_then_fetch_time():
    raw = RawDocument(source="x.jsonl:1", text="Banjir melanda Bekasi kemarin.", body_only=True,
                      meta={"url": "https://kabarkita.example/news/2025/02/04/193012/banjir",
                            "fetched": "2025-02-05T08:00:00+07:00"})
    assert parse(raw).published == "2025-02-04T19:30:12+07:00"
    raw.meta["url"] = "https://kabarkita.example/berita/656545/banjir"
    assert parse(raw).published == "2025-02-05T08:00:00+07:00"


@pytest.mark.parametrize("url,expected", [
    ("https://nasional.kompas.com/read/2025/1", "Kompas.com"),
    ("https://m.detik.com/news/berita/d-7812345/x", "detikcom"),
    ("https://jatim.tribunnews.com/2025/03/20/longsor", "TribunJatim.com"),
    ("https://www.tribunnews.com/nasional/2025/03/20/x", "Tribunnews.com"),
    ("https://amp.kompas.id/baca/x", "Kompas"),
    ("https://www.bbc.com/indonesia/articles/c1x", "BBC News Indonesia"),
    ("https://www.bbc.com/news/world-1", None),
    ("https://notdetik.com/x", None),
    ("https://example.org/x", None),
])
def test_article_outlet_from_url(url, expected):
    assert outlet_from_url(url) == expected


@pytest.mark.parametrize("given,expected", [
    ("cnn indonesia", "CNN Indonesia"), ("kumparan", "kumparan"), ("antaranews", "ANTARA News"),
    ("suara", "Suara.com"), ("merdeka", "merdeka.com"), ("juara.net", "Juara.net"),
    ("goal indonesia", "Goal Indonesia"), ("poskotanews", "Pos Kota"), ("okezone", "Okezone"),
    ("tempo", "Tempo"), ("dream", "Dream.co.id"), ("dailysocial.id", "DailySocial"),
    ("rimanews", "Rimanews"), ("kabarkita", "kabarkita"),
])
def test_article_source_keys_become_outlet_names(given, expected):
    """IndoSum's lower-case source keys (and any given outlet) become the outlet's own name."""
    raw = RawDocument(source="x.jsonl:1", text="Presiden meresmikan jembatan di Kalimantan.",
                      meta={"outlet": given}, body_only=True)
    assert parse(raw).outlet == expected


def test_article_furniture_only_page_is_an_error():
    raw = RawDocument(source="empty.txt", text="Judul\n\nshare\nBaca juga: Lainnya\nTopik Menarik")
    with pytest.raises(WartaError) as err:
        parse(raw)
    assert err.value.code == "E020" and "empty.txt" in str(err.value)


def test_article_language():
    assert detect_language("Pemerintah akan menaikkan harga bahan bakar minyak pekan depan.") == "id"
    assert detect_language("The government will raise fuel prices next week, officials said.") == "en"


def test_article_related_links_without_juga_are_furniture():
    text = ("Judul Berita yang Cukup Panjang untuk Sebuah Judul\n\n"
            "Ponsel itu dapat dipesan sejak 8 April di toko ritel dan toko daring lainnya. "
            "Baca juga: 5 Mei, Samsung Pastikan Jual Galaxy S8 di Indonesia\n\n"
            "Baca: Menurut Luis Milla, Indonesia Punya Satu Keunggulan\n\n"
            "Ruki menegaskan lowongan itu terbuka (Baca: KPK Siapkan Sejumlah Posisi) untuk "
            "semua.\n\n"
            "(BACA: OSO Resmi Dilaporkan ke Mabes Polri)\n\n"
            "Ia berkata, baca juga: buku itu, sebelum tidur setiap malam.")
    body = clean_text(text).body
    assert body == ("Ponsel itu dapat dipesan sejak 8 April di toko ritel dan toko daring lainnya."
                    "\n\nRuki menegaskan lowongan itu terbuka untuk semua.\n\n"
                    "Ia berkata, baca juga: buku itu, sebelum tidur setiap malam.")
