"""Sentence boundaries on Indonesian news text written here."""
from __future__ import annotations

import pytest

from warta.pipeline import build_pipeline, make_doc


@pytest.fixture(scope="module")
def splitter():
    return build_pipeline("id", ["warta_sentences"])


def _sents(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(make_doc(nlp, text)).sents]


@pytest.mark.parametrize("text,expected", [
    ("Kantornya di Jl. Merdeka No. 5, Kab. Bogor. Ia datang pagi.",
     ["Kantornya di Jl. Merdeka No. 5, Kab. Bogor.", "Ia datang pagi."]),
    ("Pasien ditangani dr. Rina dan Ir. H. Budi. Keduanya dokter.",
     ["Pasien ditangani dr. Rina dan Ir. H. Budi.", "Keduanya dokter."]),
    ("Prof. Dr. Siti Nurbaya hadir. Acara dimulai pukul 09.00 WIB.",
     ["Prof. Dr. Siti Nurbaya hadir.", "Acara dimulai pukul 09.00 WIB."]),
    ("Harga naik 2,5 persen. Inflasi terkendali.", ["Harga naik 2,5 persen.", "Inflasi terkendali."]),
])
def test_sentences_abbreviations_do_not_split(splitter, text, expected):
    assert _sents(splitter, text) == expected


def test_sentences_quote_spanning_sentences(splitter):
    text = '"Kami siap. Semua sudah dicek," kata Ahmad. Ia lalu pergi.'
    assert _sents(splitter, text) == ['"Kami siap.', 'Semua sudah dicek," kata Ahmad.',
                                      "Ia lalu pergi."]


def test_sentences_closing_quote_stays_with_its_sentence(splitter):
    text = "Ia berkata, “Kami menolak.” Lalu rapat ditutup."
    assert _sents(splitter, text) == ["Ia berkata, “Kami menolak.”", "Lalu rapat ditutup."]


def test_sentences_paragraph_break_ends_sentence(splitter):
    text = "Paragraf pertama tanpa titik\n\nParagraf kedua."
    assert _sents(splitter, text) == ["Paragraf pertama tanpa titik", "Paragraf kedua."]


def test_sentences_lowercase_after_period_does_not_split(splitter):
    assert len(_sents(splitter, "Nilainya mencapai Rp 5 jt. per bulan untuk tiap orang.")) == 1
