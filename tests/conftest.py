"""Shared fixtures: a news page written here, as plain text and as HTML."""
from __future__ import annotations

from pathlib import Path

import pytest

PAGE = """Banjir Rendam Ratusan Rumah di Bekasi

Banjir Rendam Ratusan Rumah di Bekasi

Nasional | kabarkita | Selasa, 4 Februari 2025 - 19:30
share

BEKASI - Banjir merendam ratusan rumah di Kecamatan Bekasi Timur, Selasa (4/2/2025) sore.

Baca juga: Hujan Deras Diprediksi Guyur Jabodetabek Sepekan

"Air mulai naik pukul 15.00 WIB dan terus bertambah," kata Suryani, warga setempat.

Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi menyatakan tidak ada korban jiwa.

Topik Menarik
Banjir Bekasi
"""

ARTICLE_HTML = """<!DOCTYPE html><html lang="id"><head>
<title>Gempa Guncang Lombok Utara - KabarKita</title>
<meta property="og:title" content="Gempa Guncang Lombok Utara">
<meta property="og:site_name" content="KabarKita">
<meta property="article:published_time" content="2024-08-05T19:46:00+08:00">
<meta property="article:section" content="Nasional">
</head><body><nav>Beranda | Nasional | Olahraga</nav>
<article><h1>Gempa Guncang Lombok Utara</h1>
<p>Mataram, KabarKita - Gempa bermagnitudo 5,8 mengguncang Kabupaten Lombok Utara, Nusa Tenggara Barat, pada Senin malam.</p>
<p>Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan gempa tersebut tidak berpotensi tsunami.</p>
<p>"Warga diimbau tetap tenang dan tidak mudah percaya pada kabar bohong," kata Kepala BMKG dalam keterangan tertulisnya.</p>
</article><footer>Hak cipta KabarKita</footer></body></html>"""


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    path = tmp_path / "kabarkita-banjir.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def html_file(tmp_path: Path) -> Path:
    path = tmp_path / "gempa.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def kb():
    """warta's knowledge base as shipped."""
    from warta.kb import load_kb
    return load_kb()


@pytest.fixture(scope="session")
def entity_nlp():
    """Sentences and the entity layer alone (no statistical NER): what the KB files give."""
    from warta.pipeline import build_pipeline
    return build_pipeline(components=["warta_sentences", "warta_entities"])
