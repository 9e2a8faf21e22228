"""The batch driver: order, isolation of a failing document, the Python API."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

import warta
from warta import core
from warta.bench import synthetic_text
from warta.errors import WartaError
from warta.pipeline import build_pipeline


@Language.component("test_fails_on_boom")
def fails_on_boom(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("component broke")
    return doc


def test_core_a_failing_document_does_not_take_its_batch_down(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    texts = ["Gubernur meresmikan pasar.", "Teks BOOM ini merusak.", "Menteri berkunjung ke Papua."]
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    nlp = build_pipeline("id", ["warta_sentences", "test_fails_on_boom"])
    outcomes = list(warta.process([path], nlp=nlp))
    assert [o.record["id"] if o.record else o.error.code for o in outcomes] == ["d0", "E031", "d2"]
    assert outcomes[1].source == f"{path}:2"


def test_core_analyze_text_with_metadata():
    article = warta.analyze(text="Presiden Joko Widodo meresmikan bendungan di Aceh kemarin.",
                            body_only=True, id="x1", published="2025-02-04T10:00:00+07:00")
    record = article.to_record()
    assert record["id"] == "x1" and record["published"] == "2025-02-04T10:00:00+07:00"
    assert [t["value"] for t in record["times"]] == ["2025-02-03"]
    assert any(e["name"] == "Joko Widodo" for e in record["entities"])


def test_core_extract_yields_records_only(tmp_path: Path, page_file: Path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    records = list(warta.extract([page_file, bad]))
    assert [r["id"] for r in records] == ["kabarkita-banjir"]


def test_core_analyze_takes_one_named_input(tmp_path: Path, page_file: Path):
    assert warta.analyze(path=page_file).to_record()["id"] == "kabarkita-banjir"
    html = warta.analyze(html="<html><body><p>Gubernur meresmikan pasar di Bekasi.</p></body></html>")
    assert html.text == "Gubernur meresmikan pasar di Bekasi."
    long_line = "Gubernur meresmikan pasar baru di Kota Bekasi pada hari Senin. " * 10
    assert warta.analyze(text=long_line, body_only=True).text == long_line.strip()
    with pytest.raises(TypeError, match="exactly one of text=, html=, path="):
        warta.analyze()
    with pytest.raises(TypeError, match="text, path"):
        warta.analyze(text="Teks.", path=page_file)
    with pytest.raises(TypeError):
        warta.analyze("Teks berita.")  # noqa: keyword-only
    with pytest.raises(TypeError, match="publishd"):
        warta.analyze(text="Teks berita.", publishd="2025-02-04")
    with pytest.raises(WartaError, match="E001"):
        warta.analyze(path=tmp_path / "typo.txt")


def test_core_bad_values_raise_value_error_naming_them():
    with pytest.raises(ValueError, match="'kemarin'"):
        warta.analyze(text="Teks berita.", published="kemarin")
    with pytest.raises(ValueError, match="'en'"):
        warta.analyze(text="Teks berita.", lang="en")
    with pytest.raises(ValueError, match="'xx'"):
        warta.process(["berita.txt"], lang="xx")
    with pytest.raises(ValueError, match="max_chars=0"):
        warta.extract(["berita.txt"], max_chars=0)
    with pytest.raises(ValueError, match="batch_size='16'"):
        warta.process(["berita.txt"], batch_size="16")


@pytest.mark.parametrize("single", ["berita.txt", Path("berita.txt"), b"berita.txt"])
def test_core_a_single_input_must_be_a_list(single):
    for fn in (warta.extract, warta.process):
        with pytest.raises(TypeError, match=r"list of inputs.*\[.*berita\.txt"):
            fn(single)


def test_core_long_document_in_windows_and_over_the_limit(tmp_path: Path):
    long_text = synthetic_text(25_000)
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in
                            [("long", long_text), ("huge", "Kata. " * 10_000),
                             ("ok", "Gubernur meresmikan pasar.")]), encoding="utf-8")
    outcomes = list(warta.process([path], max_chars=30_000))
    assert [o.record["id"] if o.record else o.error.code for o in outcomes] == ["long", "E032", "ok"]
    record = outcomes[0].record
    assert record["text"] == long_text and len(record["entities"]) > 100
    assert all(long_text[e["start"]:e["end"]] == e["text"] for e in record["entities"])
    assert "60,000 characters" in outcomes[1].error.message


def test_core_any_failure_in_the_record_is_that_documents_error(tmp_path: Path, monkeypatch):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "a", "text": "Gubernur meresmikan pasar."}\n'
                    '{"id": "b", "text": "Bupati meresmikan jalan."}\n', encoding="utf-8")
    real = core.to_record

    def breaks_on_b(article, doc):
        if article.id == "b":
            raise KeyError("speaker")
        return real(article, doc)

    monkeypatch.setattr(core, "to_record", breaks_on_b)
    outcomes = list(warta.process([path]))
    assert outcomes[0].record["id"] == "a"
    assert outcomes[1].error.code == "E031" and "KeyError" in outcomes[1].error.message


def test_core_warns_about_unreadable_dates_and_other_languages(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    english = ("The governor opened the new market on Monday, officials said, adding that "
               "traders would move in next week.")
    path.write_text(json.dumps({"id": "a", "text": "Gubernur meresmikan pasar baru di Bekasi.",
                                "published": "31/02/2017"}) + "\n"
                    + json.dumps({"id": "b", "text": english}) + "\n", encoding="utf-8")
    first, second = warta.process([path])
    assert first.record["published"] is None
    assert [(w.code, w.source) for w in first.warnings] == [("W001", f"{path}:1")]
    assert "'31/02/2017'" in first.warnings[0].message
    assert second.record["language"] == "en"
    assert [w.code for w in second.warnings] == ["W002"]
