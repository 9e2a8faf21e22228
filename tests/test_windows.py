"""Long documents in windows: where the text is cut, and layers merged with whole-text offsets."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warta.article import Article
from warta.bench import run_lengths, synthetic_text
from warta.pipeline import analyse, build_pipeline, load_pipeline, window_bounds
from warta.record import to_record


def test_windows_cut_at_paragraphs_then_sentences_then_words():
    text = "Satu dua tiga.\n\nEmpat lima enam. Tujuh delapan.\n\nSembilan."
    bounds = window_bounds(text, 30)
    assert [text[a:b] for a, b in bounds] == [
        "Satu dua tiga.\n\n", "Empat lima enam. ", "Tujuh delapan.\n\nSembilan."]
    line = "kata " * 50
    assert all(line[a:b].endswith(" ") and b - a <= 32 for a, b in window_bounds(line, 32)[:-1])
    assert window_bounds("x" * 70, 32) == [(0, 32), (32, 64), (64, 70)]
    assert window_bounds("", 32) == [(0, 0)]


def test_windows_merge_keeps_every_layer_on_the_whole_text():
    text = synthetic_text(9_000)
    nlp = load_pipeline("id")
    article = Article(id="x", text=text, published="2017-03-01T10:00:00+07:00")
    whole = to_record(article, analyse(nlp, text, published=article.published, size=100_000))
    parts = to_record(article, analyse(nlp, text, published=article.published, size=2_000))
    assert parts["text"] == text
    for layer in ("entities", "times", "quotes"):
        assert parts[layer], layer
        for item in parts[layer]:
            assert text[item["start"]:item["end"]] == item["text"]
            for part in ("cue", "speaker"):
                if item.get(part):
                    assert text[item[part]["start"]:item[part]["end"]] == item[part]["text"]
    # windows lose only context across a cut (a speaker named in the window before):
    # nearly all spans of the whole-text analysis remain
    for layer in ("entities", "times", "quotes"):
        spans = {(x["start"], x["end"]) for x in whole[layer]}
        same = [x for x in parts[layer] if (x["start"], x["end"]) in spans]
        assert len(same) >= 0.8 * len(whole[layer]), layer


@Language.component("test_events")
def fake_events(doc: Doc) -> Doc:
    """Stands in for an events/stances layer: one event per 'meresmikan', a stance on it."""
    at = [i for i in range(len(doc.text)) if doc.text.startswith("meresmikan", i)]
    doc._.events = [{"trigger": {"start": a, "end": a + 10}, "sentence": {"start": 0, "end": a}}
                    for a in at]
    doc._.stances = [{"event": k, "holder": {"start": 0, "end": 8}, "polarity": "+"}
                     for k in range(len(at))]
    return doc


def test_windows_merge_shifts_nested_offsets_and_event_indices():
    for name in ("events", "stances"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    nlp = build_pipeline("id", ["warta_sentences", "test_events"])
    text = "Gubernur meresmikan pasar.\n\nBupati meresmikan jalan.\n\nMenteri meresmikan bendungan."
    doc = analyse(nlp, text, size=30)
    triggers = [e["trigger"] for e in doc._.events]
    assert [text[t["start"]:t["end"]] for t in triggers] == ["meresmikan"] * 3
    assert [s["event"] for s in doc._.stances] == [0, 1, 2]
    assert [text[s["holder"]["start"]:s["holder"]["end"]] for s in doc._.stances] == [
        "Gubernur", "Bupati m", "Menteri "]


def test_windows_bench_lengths_reports_ms_per_kb(monkeypatch):
    monkeypatch.setattr("warta.bench.MIN_BENCH_CHARS", 20_000)
    report = run_lengths((2_000, 20_000)).splitlines()
    assert report[0].split() == ["length", "documents", "seconds", "ms/KB"]
    assert [row.split()[:2] for row in report[1:3]] == [["2,000", "10"], ["20,000", "1"]]
    assert report[3].startswith("slowest/fastest ms per KB: ")
