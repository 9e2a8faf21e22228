"""The output record: schema contract and the worked example of the README."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import warta

SAMPLES = Path(warta.__file__).parent / "samples"
SCHEMA = Path(__file__).resolve().parents[1].parent / "shared" / "schema" / "article.schema.json"


@pytest.fixture(scope="module")
def seed() -> dict:
    return warta.analyze(path=SAMPLES / "sindonews-kursk.txt").to_record()


def test_record_seed_metadata(seed: dict):
    assert seed["id"] == "sindonews-kursk"
    assert seed["title"].startswith("Terkonfirmasi! Kim Jong-un")
    assert (seed["outlet"], seed["section"], seed["language"]) == ("sindonews", "Global", "id")
    assert seed["published"] == "2025-04-28T07:46:00+07:00"
    assert not any(w in seed["text"] for w in ("share", "Topik Menarik", "Global | sindonews"))


def test_record_offsets_point_at_their_text(seed: dict):
    text = seed["text"]
    spans = [*seed["entities"], *seed["times"], *seed["quotes"]]
    spans += [q["cue"] for q in seed["quotes"] if q["cue"]]
    spans += [q["speaker"] for q in seed["quotes"] if q["speaker"]]
    assert spans
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]


def test_record_matches_schema(seed: dict):
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.skip("no ../shared/schema here")
    schema = json.loads(SCHEMA.read_text())
    records = [seed, *warta.extract([SAMPLES / "indosum-sample.jsonl"])]
    for record in records:
        jsonschema.validate(record, schema)


def test_record_spans_and_names_leave_out_invisible_marks():
    body = ("Pengacara kondang Elza Syarif\u200e hadir di Jakarta. \"Saya tidak tahu,\" kata "
            "Elza Syarif\u200e.")
    record = warta.analyze(text=body, body_only=True, published="2017-04-20").to_record()
    elza = [e for e in record["entities"] if e["text"].startswith("Elza")]
    assert elza and all(e["text"] == e["name"] == "Elza Syarif" for e in elza)
    assert record["quotes"][0]["speaker"]["text"] == "Elza Syarif"


def test_a_direction_mark_before_a_pronoun_reads_as_space():
    body = ("\"Kami kerahkan 75 personel,\" kata Kapolsek Taman Sari Komisaris Erick Frendriz."
            "\n\n\u200eDia mengatakan, situasi aman dan terkendali.")
    record = warta.analyze(text=body, body_only=True, published="2018-02-16").to_record()
    assert [q["speaker"]["name"] for q in record["quotes"]] == ["Erick Frendriz"] * 2
    assert record["quotes"][1]["speaker"]["text"] == "Dia"
