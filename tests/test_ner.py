"""Statistical NER: data converters (inline samples) and the committed model via the factory."""
from __future__ import annotations

import io

import pytest
import spacy

from warta.train.ner import DATASETS, iob_spans, map_tag, read_tagged, sentence_to_doc

IDNER_SAMPLE = (
    "Gubernur NOUN O\r\n"
    "Ridwan PROPN B-PER\r\n"
    "Kamil PROPN I-PER\r\n"
    "meresmikan VERB O\r\n"
    "kantor NOUN O\r\n"
    "Bank PROPN B-ORG\r\n"
    "Jabar PROPN I-ORG\r\n"
    "di ADP O\r\n"
    "Bandung PROPN B-LOC\r\n"
    ". PUNCT O\r\n"
    "\r\n"
    "Hujan NOUN O\r\n"
    "turun VERB O\r\n"
    ". PUNCT O\r\n"
    "\r\n"
)

NERGRIT_SAMPLE = (
    "Rombongan\tO\n"
    "Universitas\tB-ORGANISATION\n"
    "Gadjah\tI-ORGANISATION\n"
    "Mada\tI-ORGANISATION\n"
    "tiba\tO\n"
    "di\tO\n"
    "Kota\tB-PLACE\n"
    "Malang\tI-PLACE\n"
    "bersama\tO\n"
    "Siti\tB-PERSON\n"
    "Aminah\tI-PERSON\n"
    "\n"
    "Selesai\tO\n"
)


def _ents(sent):
    return [(" ".join(sent.words[s:e]), lab) for s, e, lab in iob_spans(sent.tags)]


def test_idner_format_parses_crlf_and_sentences():
    ds = DATASETS["idner-news-2k"]
    sents = list(read_tagged(io.StringIO(IDNER_SAMPLE, newline=""), ds.tag_map, ds.sep))
    assert len(sents) == 2
    assert sents[0].words[:3] == ["Gubernur", "Ridwan", "Kamil"]
    assert _ents(sents[0]) == [("Ridwan Kamil", "PER"), ("Bank Jabar", "ORG"), ("Bandung", "LOC")]
    assert _ents(sents[1]) == []


def test_nergrit_format_maps_tags_onto_coarse_labels():
    ds = DATASETS["nergrit"]
    sents = list(read_tagged(io.StringIO(NERGRIT_SAMPLE), ds.tag_map, ds.sep))
    assert len(sents) == 2  # the last sentence has no trailing blank line
    assert _ents(sents[0]) == [("Universitas Gadjah Mada", "ORG"), ("Kota Malang", "LOC"),
                               ("Siti Aminah", "PER")]
    assert sents[1].words == ["Selesai"]


def test_tag_mapping_and_iob_repair():
    nerp = DATASETS["nerp"].tag_map
    assert map_tag("B-PPL", nerp) == "B-PER"
    assert map_tag("I-IND", nerp) == "I-ORG"
    assert map_tag("B-EVT", nerp) == "O"  # types outside PER/ORG/LOC are dropped
    assert map_tag("O", nerp) == "O" and map_tag("", nerp) == "O"
    # a stray I- opens a span; a type change closes one
    assert iob_spans(["I-PER", "I-PER", "O", "B-ORG", "I-LOC"]) == [
        (0, 2, "PER"), (3, 4, "ORG"), (4, 5, "LOC")]


def test_sentence_to_doc_sets_entities():
    ds = DATASETS["nergrit"]
    sent = next(read_tagged(io.StringIO(NERGRIT_SAMPLE), ds.tag_map, ds.sep))
    doc = sentence_to_doc(spacy.blank("id").vocab, sent)
    assert [(e.text, e.label_) for e in doc.ents][0] == ("Universitas Gadjah Mada", "ORG")


# --------------------------------------------------------------------------- the model

@pytest.fixture(scope="module")
def nlp():
    from warta.pipeline import build_pipeline

    return build_pipeline("id", ["warta_sentences", "warta_ner"])


def _found(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_model_path_resolves_references(tmp_path):
    from warta.errors import WartaError
    from warta.models import model_path

    p = model_path("warta.models:ner-id")
    assert (p / "config.cfg").is_file() and (p / "ner").is_dir()
    assert model_path(str(p)) == p
    with pytest.raises(WartaError):
        model_path(str(tmp_path / "nothing"))


def test_model_finds_person_org_place(nlp):
    text = ("Menteri Luar Negeri Retno Marsudi bertemu dengan pimpinan Komisi Pemberantasan "
            "Korupsi di Surabaya pada Selasa pagi.")
    found = _found(nlp, text)
    assert ("Retno Marsudi", "PER") in found
    assert ("Surabaya", "GPE") in found  # the model's LOC is written as GPE
    assert any(lab == "ORG" and "Komisi Pemberantasan Korupsi" in t for t, lab in found)


def test_model_on_more_sentences(nlp):
    found = _found(nlp, "Presiden Joko Widodo menerima delegasi Bank Dunia di Istana Bogor, Jawa Barat.")
    labels = {lab for _, lab in found}
    assert "PER" in labels and "ORG" in labels and "GPE" in labels
    assert ("Joko Widodo", "PER") in found
    found = _found(nlp, "Ketua Partai Golkar Airlangga Hartarto berkunjung ke Makassar kemarin.")
    assert ("Airlangga Hartarto", "PER") in found
    assert ("Makassar", "GPE") in found


def test_component_keeps_warta_tokens_and_pipes(nlp):
    texts = ["Pak Budi Santoso tinggal di Yogyakarta.", "", "Tidak ada nama di sini."]
    docs = list(nlp.pipe(texts))
    assert [len(d) for d in docs] == [len(nlp.make_doc(t)) for t in texts]
    assert ("Yogyakarta", "GPE") in {(e.text, e.label_) for e in docs[0].ents}
    assert list(docs[1].ents) == []
    for e in docs[0].ents:  # spans belong to warta's doc and carry warta's extensions
        assert e.doc is docs[0] and e._.name is None


def test_model_spans_end_with_their_sentence(nlp):
    from spacy.tokens import Span

    from warta.nlp.components.ner import StatisticalNER

    doc = nlp.get_pipe("warta_sentences")(nlp.make_doc("Adik tirinya Kylie Jenner. Anak itu lahir."))
    model_doc = nlp.make_doc(doc.text)   # the model read "Kylie Jenner . Anak" as one name
    model_doc.ents = [Span(model_doc, 2, 6, label="PER")]
    out = StatisticalNER._copy_ents(nlp.get_pipe("warta_ner"), model_doc, doc)
    assert [(e.text, e.label_) for e in out.ents] == [("Kylie Jenner", "PER")]


def test_model_loaded_once_per_process():
    from warta.nlp.components.ner import load_model
    from warta.pipeline import build_pipeline

    nlp_a = build_pipeline("id", ["warta_ner"])
    nlp_b = build_pipeline("id", ["warta_ner"])
    a, b = nlp_a.get_pipe("warta_ner"), nlp_b.get_pipe("warta_ner")
    assert a.model is b.model
    doc = a(nlp_a.make_doc("Ani pergi ke Medan."))
    assert [(e.text, e.label_) for e in doc.ents] == [
        (e.text, e.label_) for e in nlp_b("Ani pergi ke Medan.").ents]
    assert load_model.cache_info().currsize >= 1


# --------------------------------------------------------------------------- held-out harness

NERUI_SAMPLE = (
    "Menteri\tO\n"
    "Ignasius\tB-PERSON\n"
    "Jonan\tI-PERSON\n"
    "di\tO\n"
    "Surabaya\tB-LOCATION\n"
    "\n"
    "Blue\tB-ORGANIZATION\n"
    "Bird\tI-ORGANIZATION\n"
    "\n"
)


def test_nerui_reader_and_strict_span_scores(tmp_path):
    from warta.train.ner import _char_spans, read_nerui, span_prf

    (tmp_path / "nergithub.txt").write_text(NERUI_SAMPLE, encoding="utf-8")
    sents = read_nerui(tmp_path)
    assert len(sents) == 2
    assert _ents(sents[0]) == [("Ignasius Jonan", "PER"), ("Surabaya", "LOC")]
    text, gold = _char_spans(sents[0])
    assert text == "Menteri Ignasius Jonan di Surabaya"
    assert gold == {(8, 22, "PER"), (26, 34, "LOC")}
    # one right, one wrong span ("Menteri Ignasius Jonan" is not the name), one missed
    pred = [{(0, 22, "PER"), (26, 34, "LOC")}, set()]
    res = span_prf([gold, {(0, 9, "ORG")}], pred)
    assert (res["tp"], res["fp"], res["fn"]) == (1, 1, 2)
    assert res["per_type"]["LOC"]["f"] == 1.0 and res["per_type"]["ORG"]["r"] == 0.0


def test_recase_writes_names_capitalised():
    from warta.train.ner import Sentence, recase

    sent = Sentence(["kepala", "dinas", "kota", "manado", "amos", "kenda", "dan", "kpk"],
                    ["O", "O", "O", "B-LOC", "B-PER", "I-PER", "O", "B-ORG"])
    out = recase(sent, {"kpk": "KPK", "dinas": "Dinas", "dan": "dan"})
    assert out.words == ["Kepala", "Dinas", "kota", "Manado", "Amos", "Kenda", "dan", "KPK"]
    assert out.tags == sent.tags


def test_normalise_moves_titles_and_kota_out_of_spans():
    from warta.train.ner import Sentence, normalise

    sent = Sentence(
        ["Presiden", "Joko", "Widodo", "dan", "Humas", "Mahkamah", "Konstitusi", "di", "Kota",
         "Surabaya", "bersama", "Ratu", "Tisha", "Destria"],
        ["B-PER", "I-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O",
         "B-PER", "I-PER", "I-PER"])
    out = normalise(sent)
    assert _ents(out) == [("Joko Widodo", "PER"), ("Mahkamah Konstitusi", "ORG"),
                          ("Surabaya", "LOC"), ("Ratu Tisha Destria", "PER")]
    # a span is never emptied
    one = Sentence(["Presiden", "berkata"], ["B-PER", "O"])
    assert normalise(one).tags == one.tags


def test_silver_round_trip(tmp_path):
    import json

    from warta.train.ner import read_silver

    path = tmp_path / "silver.jsonl"
    path.write_text(json.dumps({"words": ["Jokowi", "ke", "Bogor"],
                                "tags": ["B-PER", "O", "B-LOC"]}) + "\n"
                    + json.dumps({"words": [], "tags": []}) + "\n", encoding="utf-8")
    (sent,) = read_silver(path)
    assert _ents(sent) == [("Jokowi", "PER"), ("Bogor", "LOC")]


def test_blind_candidates_follow_pick_blind_kinds():
    from warta.train.ner import blind_candidate

    def art(category, *words):
        return {"category": category, "paragraphs": [[list(words)]]}

    assert blind_candidate(art("tajuk utama", "Presiden", "Jokowi", "berkata"))
    assert blind_candidate(art("olahraga", "Persib", "menang", "2", "-", "1"))
    assert blind_candidate(art("hiburan", "ia", "mengunggah", "foto", "di", "Instagram"))
    assert not blind_candidate(art("olahraga", "Persib", "berlatih", "pagi"))
    assert not blind_candidate(art("tajuk utama", "Hujan", "deras", "di", "Bogor"))
