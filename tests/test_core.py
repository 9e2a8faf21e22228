"""The batch driver: order, isolation of a failing document, the Python API."""
from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language

import warta
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
    article = warta.analyze("Presiden Joko Widodo meresmikan bendungan di Aceh kemarin.",
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
