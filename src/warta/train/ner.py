"""Train and evaluate warta's statistical Indonesian NER (spaCy tok2vec CNN + NER, CPU).

Data (published splits kept as they are):

- `idner-news-2k/{train,dev,test}.txt`: `TOKEN UPOS TAG` (space separated, CRLF), IOB2
  PER/ORG/LOC; Indonesian online news (Khairunnisa et al. 2020, MIT).
- `indonlu/nergrit_ner-grit/{train,valid,test}_preprocess.txt`: `token<TAB>tag`, IOB2
  PERSON/ORGANISATION/PLACE (IndoNLU, Apache-2.0; NERGrit corpus). The test file is labelled.
- `indonlu/nerp_ner-prosa/...`: lower-cased, PPL/IND/PLC (+EVT/FNB dropped); optional.

All tags are mapped onto the coarse labels PER / ORG / LOC. The model is trained on the union
of the chosen datasets' train splits, selected on the union of their dev splits, and scored on
each test split separately.
"""
from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from warta.kb import NERUI_DERIVED
from warta.paths import REPO_ROOT, default_data_dir

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

LABELS = ("PER", "ORG", "LOC")
CONFIG_PATH = Path(__file__).with_name("ner.cfg")
DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "models" / "ner-id"
# Which pipeline files make a loadable model (anything else spaCy writes is left out).
MODEL_FILES = ("config.cfg", "meta.json", "tokenizer", "vocab", "tok2vec", "ner")


@dataclass(frozen=True)
class Dataset:
    name: str
    subdir: str
    files: dict  # split ("train"/"dev"/"test") -> file name
    tag_map: dict  # dataset entity type -> warta coarse label (missing types become O)
    sep: str | None = None  # column separator (None: any whitespace)
    lowercased: bool = False
    note: str = ""
    recased: bool = False  # re-case the lower-cased text (`recase`) when reading it
    # only these labels are trusted: other spans, and words usually written capitalised outside
    # them, are marked missing ("-": neither entity nor O) rather than O (`partial`)
    partial: tuple = ()
    # sentences whose text (`text_key`) is in any split of these datasets are dropped (NERP
    # shares text with idner-news-2k: four fifths of its test sentences are in NERP)
    drop_overlap: tuple = ()


DATASETS: dict[str, Dataset] = {
    "idner-news-2k": Dataset(
        "idner-news-2k", "idner-news-2k",
        {"train": "train.txt", "dev": "dev.txt", "test": "test.txt"},
        {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
        note="Indonesian online news, re-annotated (MIT)"),
    "nergrit": Dataset(
        "nergrit", "indonlu/nergrit_ner-grit",
        {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt",
         "test": "test_preprocess.txt"},
        {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"}, sep="\t",
        note="IndoNLU NERGrit, 3-class subset (Apache-2.0)"),
    "nerp": Dataset(
        "nerp", "indonlu/nerp_ner-prosa",
        {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt",
         "test": "test_preprocess.txt"},
        {"PPL": "PER", "IND": "ORG", "PLC": "LOC"}, sep="\t", lowercased=True,
        note="IndoNLU NERP (Prosa), lower-cased; EVT/FNB dropped (Apache-2.0)"),
    "nerp-cased": Dataset(
        "nerp-cased", "indonlu/nerp_ner-prosa",
        {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt",
         "test": "test_preprocess.txt"},
        {"PPL": "PER", "IND": "ORG", "PLC": "LOC"}, sep="\t", lowercased=True, recased=True,
        drop_overlap=("idner-news-2k",),
        note="IndoNLU NERP (Prosa) re-cased from IndoSum word forms; EVT/FNB dropped "
             "(Apache-2.0)"),
    "nerp-partial": Dataset(
        "nerp-partial", "indonlu/nerp_ner-prosa",
        {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt",
         "test": "test_preprocess.txt"},
        {"PPL": "PER", "IND": "ORG", "PLC": "LOC", "EVT": "EVT", "FNB": "FNB"}, sep="\t",
        lowercased=True, recased=True, partial=("PER", "LOC"), drop_overlap=("idner-news-2k",),
        note="IndoNLU NERP (Prosa) re-cased, PER and LOC only: its IND is not warta's ORG "
             "(government bodies and parties are mostly O), so ORG/EVT/FNB spans and the "
             "usually-capitalised words outside PER/LOC are left unannotated (Apache-2.0)"),
}
DEFAULT_DATASETS = ("idner-news-2k", "nergrit")


# --------------------------------------------------------------------------- conversion


@dataclass
class Sentence:
    words: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # IOB2 over warta labels, "O" outside


def map_tag(tag: str, tag_map: dict) -> str:
    """`B-PERSON` -> `B-PER` under `tag_map`; unknown types and malformed tags -> `O`."""
    tag = tag.strip()
    if not tag or tag == "O" or "-" not in tag:
        return "O"
    prefix, _, etype = tag.partition("-")
    label = tag_map.get(etype)
    if label is None or prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{label}"


def read_tagged(lines: Iterable[str], tag_map: dict, sep: str | None = None) -> Iterator[Sentence]:
    """Sentences from a one-token-per-line file (token first column, tag last column).

    Blank lines (also `\\r`-only lines) separate sentences. A `-DOCSTART-` line is skipped.
    """
    sent = Sentence()
    for raw in lines:
        line = raw.rstrip("\r\n").strip("\r")
        if not line.strip():
            if sent.words:
                yield sent
                sent = Sentence()
            continue
        cols = line.split(sep) if sep else line.split()
        if sep:
            cols = [c.strip() for c in cols]
        if len(cols) < 2 or cols[0].startswith("-DOCSTART-"):
            continue
        sent.words.append(cols[0])
        sent.tags.append(map_tag(cols[-1], tag_map))
    if sent.words:
        yield sent


def iob_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans from IOB2 tags; a stray `I-X` opens a new span."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, lab = tag.partition("-")
        if start is not None and (prefix != "I" or lab != label):
            spans.append((start, i, label))
            start, label = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, label = i, lab
    return spans


def sentence_to_doc(vocab: Vocab, sent: Sentence) -> Doc:
    """A `Doc` of the sentence's words with its IOB2 tags as entities ("-": missing)."""
    from spacy.tokens import Doc, Span

    doc = Doc(vocab, words=sent.words)
    spans = [Span(doc, s, e, label=lab) for s, e, lab in iob_spans(sent.tags)]
    missing = [Span(doc, i, i + 1) for i, t in enumerate(sent.tags) if t == "-"]
    doc.set_ents(spans, missing=missing, default="outside")
    return doc


def read_split(data_dir: Path, ds: Dataset, split: str) -> list[Sentence]:
    """The sentences of one split ("train", "dev", "test") of a dataset."""
    path = Path(data_dir) / ds.subdir / ds.files[split]
    with open(path, encoding="utf-8", newline="") as fh:
        sents = list(read_tagged(fh, ds.tag_map, ds.sep))
    if ds.drop_overlap:
        seen = {text_key(x.words) for other in ds.drop_overlap
                for sp in DATASETS[other].files for x in read_split(data_dir, DATASETS[other], sp)}
        sents = [x for x in sents if text_key(x.words) not in seen]
    if ds.recased:
        table = _case_table(str(Path(data_dir).resolve()))
        sents = [recase(x, table) for x in sents]
        if ds.partial:
            sents = [partial(x, table, ds.partial) for x in sents]
    return sents


def partial(sent: Sentence, table: dict[str, str], keep: Sequence[str]) -> Sentence:
    """`sent` with only the `keep` labels trusted: tokens of other spans, and tokens outside the
    kept spans whose usual written form (`table`) is capitalised, become missing ("-")."""
    tags = ["-" if t != "O" else "O" for t in sent.tags]
    for s, e, lab in iob_spans(sent.tags):
        if lab in keep:
            tags[s:e] = [f"B-{lab}"] + [f"I-{lab}"] * (e - s - 1)
    for i, w in enumerate(sent.words):
        if tags[i] == "O" and table.get(w.lower(), w.lower())[:1].isupper():
            tags[i] = "-"
    return Sentence(list(sent.words), tags)


def text_key(words: Sequence[str]) -> str:
    """A sentence's letters and digits in lower case: the same text tokenised or punctuated
    differently gets the same key."""
    return "".join(c for c in "".join(words).lower() if c.isalnum())


@lru_cache(maxsize=2)
def _case_table(data_dir: str) -> dict[str, str]:
    return case_table(Path(data_dir), exclude_ids=gold_ids())


def convert(data_dir: Path, out_dir: Path, datasets: Sequence[str] = DEFAULT_DATASETS,
            docs_per_example: int = 1, silver: Sequence[Sentence] = (),
            normalise_spans: bool = False) -> dict[str, Path]:
    """Write `<dataset>-<split>.spacy` DocBins plus `train.spacy`/`dev.spacy` (the unions).
    `silver` sentences (see `silver_sentences`) are added to the training union only;
    `normalise_spans` applies `normalise` to the train and dev sentences (not to the tests)."""
    import spacy
    from spacy.tokens import DocBin

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("id").vocab
    paths: dict[str, Path] = {}
    union = {"train": DocBin(), "dev": DocBin()}
    for name in datasets:
        ds = DATASETS[name]
        for split in ("train", "dev", "test"):
            db = DocBin()
            for sent in read_split(data_dir, ds, split):
                if normalise_spans and split in union:
                    sent = normalise(sent)
                doc = sentence_to_doc(vocab, sent)
                db.add(doc)
                if split in union:
                    union[split].add(doc)
            path = out_dir / f"{name}-{split}.spacy"
            db.to_disk(path)
            paths[f"{name}-{split}"] = path
    tests = {text_key(x.words) for name in ("idner-news-2k", "nergrit", "nerp") if silver
             for x in read_split(data_dir, DATASETS[name], "test")}
    for sent in silver:  # never a sentence of a test split
        if text_key(sent.words) not in tests:
            union["train"].add(sentence_to_doc(vocab, sent))
    for split, db in union.items():
        path = out_dir / f"{split}.spacy"
        db.to_disk(path)
        paths[split] = path
    return paths


# --------------------------------------------------------------------------- paths


def resolve_output(path: str | Path | None) -> Path:
    """Where a trained model goes: the shipped `ner-id` by default; a relative path whose
    folder does not exist here is taken from the repository root."""
    if path is None:
        return DEFAULT_OUTPUT
    path = Path(path)
    if not path.is_absolute() and not path.parent.exists():
        return (REPO_ROOT / path).resolve()
    return path.resolve()


# --------------------------------------------------------------------------- training


def train(data_dir: Path | None = None, output: Path | None = None,
          workdir: Path | None = None, datasets: Sequence[str] = DEFAULT_DATASETS,
          max_steps: int | None = None, seed: int = 0, vectors: Path | None = None,
          overrides: dict | None = None, config: Path = CONFIG_PATH,
          silver: Path | None = None, normalise_spans: bool = False) -> dict:
    """Convert the data, train with `spacy.cli.train`, copy the best model to `output`.
    `silver`: a JSONL file of machine-tagged sentences (`write_silver`) added to the training
    union; `normalise_spans`: train/dev spans brought to warta's guidelines (`normalise`)."""
    from spacy.cli.train import train as spacy_train

    data_dir = Path(data_dir) if data_dir else default_data_dir()
    output = resolve_output(output)
    workdir = Path(workdir) if workdir else REPO_ROOT / "training" / "ner"
    corpus = convert(data_dir, workdir / "corpus", datasets,
                     silver=read_silver(silver) if silver else (),
                     normalise_spans=normalise_spans)
    over = {"paths.train": str(corpus["train"]), "paths.dev": str(corpus["dev"]),
            "system.seed": seed}
    if max_steps is not None:
        over["training.max_steps"] = max_steps
    if vectors:
        over["paths.vectors"] = str(vectors)
        over["components.tok2vec.model.embed.include_static_vectors"] = True
    over.update(overrides or {})
    run_dir = workdir / "run"
    if run_dir.exists():
        shutil.rmtree(run_dir)
    t0 = time.perf_counter()
    spacy_train(config, run_dir, use_gpu=-1, overrides=over)
    elapsed = time.perf_counter() - t0
    export(run_dir / "model-best", output, datasets=datasets, train_seconds=elapsed,
           silver=bool(silver))
    return {"output": output, "train_seconds": elapsed, "overrides": over}


def export(src: Path, dest: Path, *, datasets: Sequence[str], train_seconds: float,
           silver: bool = False) -> None:
    """Copy only the files needed to load the pipeline; stamp the meta."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for name in MODEL_FILES:
        target = dest / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        s = Path(src) / name
        if s.is_dir():
            shutil.copytree(s, target)
        else:
            shutil.copy2(s, target)
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": "ner_id", "version": "0.1.0",
        "description": "warta's Indonesian NER (PER/ORG/LOC), tok2vec CNN + NER, CPU",
        "license": "training data: MIT (idner-news-2k), Apache-2.0 (IndoNLU NERGrit, NERP)"
                   + ("; silver-tagged IndoSum text CC BY-SA 4.0" if silver else ""),
        "sources": [{"name": n, "note": DATASETS[n].note} for n in datasets]
                   + ([{"name": "indosum-silver", "note": "IndoSum dev articles tagged by warta's "
                        "entity layer (CC BY-SA 4.0 text)"}] if silver else []),
        "train_seconds": round(train_seconds, 1),
    })
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


# --------------------------------------------------------------------------- evaluation


def evaluate(model: str | Path | None = None, data_dir: Path | None = None,
             datasets: Sequence[str] = DEFAULT_DATASETS, split: str = "test") -> dict:
    """Per-dataset strict span P/R/F1 (overall and per label) of the model on `split`."""
    import spacy
    from spacy.scorer import Scorer
    from spacy.training import Example

    from warta.models import model_path

    data_dir = Path(data_dir) if data_dir else default_data_dir()
    nlp = spacy.load(model_path(model or "warta.models:ner-id"))
    results = {}
    for name in datasets:
        sents = read_split(data_dir, DATASETS[name], split)
        refs = [sentence_to_doc(nlp.vocab, s) for s in sents]
        preds = nlp.pipe(spacy.tokens.Doc(nlp.vocab, words=s.words) for s in sents)
        examples = [Example(p, r) for p, r in zip(preds, refs)]
        sc = Scorer.score_spans(examples, "ents")
        results[name] = {
            "p": sc["ents_p"], "r": sc["ents_r"], "f": sc["ents_f"],
            "per_type": sc["ents_per_type"], "sentences": len(sents),
            "tokens": sum(len(s.words) for s in sents),
        }
    return results


COARSE = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
          "NORP": "MISC", "EVENT": "MISC", "LAW": "MISC"}


def evaluate_gold(gold_dir: Path, components: Sequence[str] = ("warta_sentences", "warta_ner"),
                  labels: Sequence[str] = ("PER", "ORG", "LOC"),
                  model: str | Path | None = None) -> dict:
    """Strict coarse span F1 of a warta pipeline (its `warta_ner` running `model`, default the
    shipped one) on warta gold files (measurement only)."""
    from warta.pipeline import make_doc

    nlp = layer_pipeline(components, model)
    golds, preds = [], []
    for path in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        doc = nlp(make_doc(nlp, g["body"]))
        gold = {(e["start"], e["end"], COARSE.get(e["label"], e["label"]))
                for e in g.get("entities", []) if "start" in e}
        golds.append({x for x in gold if x[2] in labels})
        pred = {(e.start_char, e.end_char, COARSE.get(e.label_, e.label_)) for e in doc.ents}
        preds.append({x for x in pred if x[2] in labels})
    return span_prf(golds, preds, labels)


def indosum_articles(data_dir: Path) -> Iterator[dict]:
    """The IndoSum dev records under `data_dir`, each id once, in file order."""
    seen = set()
    for path in sorted((data_dir / "indosum-dev").glob("dev.*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                art = json.loads(line)
                if art["id"] not in seen:
                    seen.add(art["id"])
                    yield art


def indosum_texts(data_dir: Path | None = None, limit: int | None = None) -> list[str]:
    """Article texts (tokens joined by spaces, paragraphs by blank lines), unique by id."""
    texts = []
    for art in indosum_articles(Path(data_dir) if data_dir else default_data_dir()):
        texts.append("\n\n".join(" ".join(" ".join(s) for s in para)
                                 for para in art["paragraphs"]))
        if limit and len(texts) >= limit:
            break
    return texts


def benchmark(model: str | Path | None = None, data_dir: Path | None = None,
              n_docs: int = 300, batch_size: int = 64) -> dict:
    """Load time and tokens/s of the `warta_ner` component on IndoSum articles (one process)."""
    import spacy

    from warta.nlp.components import ner as ner_mod
    from warta.pipeline import build_pipeline

    texts = indosum_texts(data_dir, limit=n_docs)
    ner_mod.load_model.cache_clear()
    t0 = time.perf_counter()
    nlp = build_pipeline("id", [])
    nlp.add_pipe("warta_ner", config={"model": str(model or "warta.models:ner-id")})
    load_s = time.perf_counter() - t0
    docs = [nlp.make_doc(t) for t in texts]
    n_tokens = sum(len(d) for d in docs)
    t0 = time.perf_counter()
    for _ in nlp.pipe(docs, batch_size=batch_size):
        pass
    run_s = time.perf_counter() - t0
    return {"load_seconds": load_s, "docs": len(docs), "tokens": n_tokens,
            "seconds": run_s, "tokens_per_second": n_tokens / run_s,
            "spacy": spacy.__version__}


# --------------------------------------------------------------------------- static vectors


def vector_sentences(data_dir: Path | None = None, exclude_ids: Iterable[str] = ()) -> list[list[str]]:
    """Unlabelled, tokenised Indonesian text for static vectors: IndoSum articles (minus
    `exclude_ids`, e.g. articles used for evaluation) and the *train* splits of the NER/POS sets
    (their text only; no test text)."""
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    exclude = {str(x) for x in exclude_ids}
    sents: list[list[str]] = []
    for art in indosum_articles(data_dir):
        if art["id"].split("-", 1)[0] not in exclude:
            for para in art["paragraphs"]:
                sents.extend(list(s) for s in para)
    for name in ("idner-news-2k", "nergrit"):
        sents.extend(s.words for s in read_split(data_dir, DATASETS[name], "train"))
    bapos = data_dir / "indonlu" / "bapos_pos-idn" / "train_preprocess.txt"
    if bapos.is_file():
        with open(bapos, encoding="utf-8") as fh:
            sents.extend(s.words for s in read_tagged(fh, {}, "\t"))
    return sents


def build_vectors(out_dir: Path, data_dir: Path | None = None, *, dim: int = 100,
                  min_count: int = 3, max_words: int = 40000, exclude_ids: Iterable[str] = (),
                  seed: int = 0, epochs: int = 10) -> dict:
    """Train word2vec (skip-gram, gensim) on `vector_sentences` and save a spaCy vocab with the
    vectors (usable as `[paths] vectors`). Needs the optional `gensim` dependency."""
    import numpy as np
    import spacy
    from gensim.models import Word2Vec

    sents = vector_sentences(data_dir, exclude_ids)
    t0 = time.perf_counter()
    w2v = Word2Vec(sentences=sents, vector_size=dim, window=5, min_count=min_count, sg=1,
                   negative=5, workers=1, seed=seed, epochs=epochs)
    words = w2v.wv.index_to_key[:max_words]
    nlp = spacy.blank("id")
    table = np.asarray([w2v.wv[w] for w in words], dtype="float32")
    nlp.vocab.reset_vectors(width=dim)
    for word, vec in zip(words, table):
        nlp.vocab.set_vector(word, vec)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    return {"sentences": len(sents), "tokens": sum(map(len, sents)), "words": len(words),
            "seconds": time.perf_counter() - t0}


def gold_ids(gold_dir: Path | None = None) -> list[str]:
    """Timestamps of the IndoSum articles in warta's gold dev set (file names only), to keep
    them out of the text static vectors are trained on."""
    gold_dir = Path(gold_dir) if gold_dir else (default_data_dir().parent / "gold" / "dev")
    if not gold_dir.is_dir():
        return []
    return [p.stem.split("-", 1)[1] for p in gold_dir.glob("indosum-*.json")]


# --------------------------------------------------------------------------- held-out NER UI

# NER UI (Gultom & Wibowo 2017, as distributed by IndoLEM: indolem/indolem `ner/data/nerui`),
# 2,125 news sentences tagged PERSON / ORGANIZATION / LOCATION. It is never used for training or
# model selection: only as a zero-shot test set (see MODEL.md).
NERUI = Dataset(
    "nerui", "nerui", {"test": "nergithub.txt"},
    {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}, sep="\t",
    note="NER UI (Gultom & Wibowo 2017) via IndoLEM; held-out test only")
NERUI_FOLD_FILES = ("train.01.tsv", "dev.01.tsv", "test.01.tsv")
# warta's fine labels -> NER UI's three types. NER UI's LOCATION covers countries, provinces,
# cities and natural places alike, so GPE, LOC and FAC all count as LOC; NORP, EVENT, LAW,
# WORK_OF_ART, PRODUCT ... have no NER UI counterpart and are left out (neither right nor wrong).
LAYER_LABELS = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def read_nerui(path: Path) -> list[Sentence]:
    """All NER UI sentences: `path` is IndoLEM's `ner/data/nerui` folder (its `nergithub.txt`,
    else the union of fold 1's train/dev/test files, which is the same 2,125 sentences) or one
    `token<TAB>tag` file."""
    path = Path(path)
    files = [path]
    if path.is_dir():
        whole = path / NERUI.files["test"]
        files = [whole] if whole.is_file() else [path / f for f in NERUI_FOLD_FILES]
    sents: list[Sentence] = []
    for f in files:
        with open(f, encoding="utf-8", newline="") as fh:
            sents.extend(read_tagged(fh, NERUI.tag_map, NERUI.sep))
    return sents


def span_prf(gold: Sequence[set], pred: Sequence[set],
             labels: Sequence[str] = LABELS) -> dict:
    """Strict span P/R/F1 (overall and per label) from per-sentence sets of (start, end, label)."""
    counts = {lab: [0, 0, 0] for lab in labels}
    for g, p in zip(gold, pred):
        for lab in labels:
            gl = {x for x in g if x[2] == lab}
            pl = {x for x in p if x[2] == lab}
            c = counts[lab]
            c[0] += len(gl & pl)
            c[1] += len(pl - gl)
            c[2] += len(gl - pl)

    def prf(t, fp, fn):
        p = t / (t + fp) if t + fp else 0.0
        r = t / (t + fn) if t + fn else 0.0
        return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0, "tp": t,
                "fp": fp, "fn": fn}

    out = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    out["per_type"] = {lab: prf(*c) for lab, c in counts.items()}
    return out


def _char_spans(sent: Sentence) -> tuple[str, set]:
    """The sentence as text (words joined by single spaces) and its gold (start, end, label)
    character spans."""
    starts, pos = [], 0
    for w in sent.words:
        starts.append(pos)
        pos += len(w) + 1
    text = " ".join(sent.words)
    gold = {(starts[s], starts[e - 1] + len(sent.words[e - 1]), lab)
            for s, e, lab in iob_spans(sent.tags)}
    return text, gold


def layer_pipeline(components: Sequence[str], model: str | Path | None = None,
                   without_kb: Sequence[str] = ()):
    """warta's pipeline with `components`, its `warta_ner` running `model` (default: shipped)
    and its `warta_entities` the KB less the data files in `without_kb`."""
    import spacy

    from warta.lang import load_lines
    from warta.nlp import factories  # noqa: F401  (registers the components)

    nlp = spacy.blank("id")
    for abbr in load_lines("id", "abbreviations.txt"):
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    for name in components:
        cfg = {"model": str(model)} if name == "warta_ner" and model else {}
        if name == "warta_entities" and without_kb:
            cfg = {"without_kb": list(without_kb)}
        nlp.add_pipe(name, config=cfg)
    return nlp


def evaluate_heldout(sents: Sequence[Sentence], model: str | Path | None = None,
                     layers: Sequence[str] = ("model", "warta_ner", "warta_entities")) -> dict:
    """Strict span P/R/F1 per type on a held-out tagged set, for each of `layers`:

    - `model`: the trained NER alone on the gold tokens (as `evaluate`);
    - `warta_ner`: warta's `warta_sentences` + `warta_ner` on the sentence text (warta's
      tokenizer), LOC written as GPE and mapped back;
    - `warta_entities`: the full entity layer (`warta_sentences`, `warta_ner`,
      `warta_entities`: KB ruler, head-word rules, span trimming, merge), labels mapped by
      `LAYER_LABELS`, with a KB that holds nothing drawn from NER UI (`NERUI_DERIVED`).
    The text of a sentence is its words joined by single spaces; a predicted span counts only
    if its characters and its label are exactly a gold span's.
    """
    import spacy
    from spacy.tokens import Doc

    from warta.models import model_path

    path = model_path(model or "warta.models:ner-id")
    texts, gold = zip(*(_char_spans(s) for s in sents)) if sents else ((), ())
    results = {}
    for layer in layers:
        t0 = time.perf_counter()
        if layer == "model":
            nlp = spacy.load(path)
            docs = nlp.pipe(Doc(nlp.vocab, words=s.words) for s in sents)
            pred = [{(d[e.start].idx, d[e.end - 1].idx + len(d[e.end - 1]), e.label_)
                     for e in d.ents} for d in docs]
        else:
            comps = ["warta_sentences", "warta_ner"]
            if layer == "warta_entities":
                comps.append("warta_entities")
            nlp = layer_pipeline(comps, path, without_kb=NERUI_DERIVED)   # nothing of NER UI
            pred = [{(e.start_char, e.end_char, LAYER_LABELS[e.label_]) for e in d.ents
                     if e.label_ in LAYER_LABELS} for d in nlp.pipe(texts, batch_size=64)]
        res = span_prf(gold, pred)
        res.update(sentences=len(sents), tokens=sum(len(s.words) for s in sents),
                   seconds=time.perf_counter() - t0)
        results[layer] = res
    return results


# --------------------------------------------------------------------------- re-casing NERP

# words kept lower case inside a name when re-casing ("Universitas Gadjah Mada dan ...": the
# connective words of names such as "Badan Pengawas Obat dan Makanan")
NAME_FUNCTION_WORDS = frozenset(("dan", "dari", "di", "ke", "untuk", "bin", "binti", "van", "von",
                                 "de", "da", "der", "la", "al", "of", "the"))


def case_table(data_dir: Path | None = None, exclude_ids: Iterable[str] = ()) -> dict[str, str]:
    """lower-cased word -> its most frequent written form, counted over the IndoSum text (not
    at the start of a sentence) and the cased NER train splits."""
    from collections import Counter

    data_dir = Path(data_dir) if data_dir else default_data_dir()
    exclude = {str(x) for x in exclude_ids}
    counts: dict[str, Counter] = {}

    def add(words: Sequence[str]) -> None:
        for w in words[1:]:
            counts.setdefault(w.lower(), Counter())[w] += 1

    for art in indosum_articles(data_dir):
        if art["id"].split("-", 1)[0] not in exclude:
            for para in art["paragraphs"]:
                for s in para:
                    add(s)
    for name in ("idner-news-2k", "nergrit"):
        for s in read_split(data_dir, DATASETS[name], "train"):
            add(s.words)
    return {low: c.most_common(1)[0][0] for low, c in counts.items()}


def recase(sent: Sentence, table: dict[str, str]) -> Sentence:
    """A lower-cased sentence written as news would write it: every word in its most frequent
    form (`case_table`); a word inside an entity that has no capitalised form known is
    capitalised (but for the function words of names); the first word capitalised."""
    inside = {i for s, e, _ in iob_spans(sent.tags) for i in range(s, e)}
    words = []
    for i, w in enumerate(sent.words):
        form = table.get(w.lower(), w)
        if i in inside and form == form.lower() and w.lower() not in NAME_FUNCTION_WORDS:
            form = form[:1].upper() + form[1:]
        if i == 0:
            form = form[:1].upper() + form[1:]
        words.append(form)
    return Sentence(words, list(sent.tags))


# --------------------------------------------------------------------------- silver IndoSum data

SILVER_FOLDS = ("dev.01.jsonl", "dev.05.jsonl")
# folds whose articles are never used for silver data: eval/heldout4 was drawn from them
SILVER_AVOID_FOLDS = ("dev.02.jsonl", "dev.03.jsonl", "dev.04.jsonl")
# warta's evaluation inputs whose articles stay out of the silver data (besides the gold dev):
# every set under eval/ and the bundled sample
SILVER_AVOID_INPUTS = ("eval/*/inputs.jsonl", "src/warta/samples/indosum-sample.jsonl")


def blind_candidate(art: dict) -> bool:
    """Whether an article is of one of the four kinds `scripts/pick_blind.py` drew eval/heldout4
    from (its predicates, whatever the article's length): such articles of folds 2-4 are never
    used, so the blind set stays out of the training data without being read."""
    import re

    text = " ".join(t for p in art["paragraphs"] for s in p for t in s)
    cat = art.get("category")
    return bool(
        (cat == "tajuk utama"
         and re.search(r"\b(DPR|KPK|Presiden|menteri|partai|Pilkada)\b", text, re.IGNORECASE))
        or (cat in ("tajuk utama", "teknologi")
            and re.search(r"\b(rupiah|inflasi|ekonomi|saham|investasi|ekspor)\b", text))
        or (cat == "olahraga" and re.search(r"\d+ - \d+", text))
        or (cat in ("showbiz", "hiburan")
            and re.search(r"(Instagram|Twitter|cuit|unggah|@\w)", text)))


def silver_articles(data_dir: Path | None = None, blind_folds: bool = False) -> list[dict]:
    """IndoSum articles that are safe to label automatically and train on, in file order:
    those of folds 1 and 5 that are in no other fold (eval/heldout4 was drawn from folds 2-4
    and is not read here); with `blind_folds`, then those of folds 2-4 (and not 1 or 5) of
    which no version is a `blind_candidate`. Never an article of warta's gold dev set or of the
    other evaluation inputs (`SILVER_AVOID_INPUTS`)."""
    import re

    data_dir = Path(data_dir) if data_dir else default_data_dir()

    def fold(name: str) -> list[dict]:
        with open(data_dir / "indosum-dev" / name, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh]

    avoid = set(gold_ids(data_dir.parent / "gold" / "dev"))
    for path in (p for pattern in SILVER_AVOID_INPUTS for p in sorted(REPO_ROOT.glob(pattern))):
        if path.is_file():
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    m = re.search(r"(\d{10})", json.loads(line).get("id", ""))
                    if m:
                        avoid.add(m.group(1))
    first = [a for name in SILVER_FOLDS for a in fold(name)]
    later = [a for name in SILVER_AVOID_FOLDS for a in fold(name)]
    in_later = {a["id"][:10] for a in later}
    blind = {a["id"][:10] for a in later if blind_candidate(a)}
    out, seen = [], set()
    for art in first:
        ts = art["id"][:10]
        if ts not in avoid and ts not in seen and ts not in in_later:
            seen.add(ts)
            out.append(art)
    for art in later if blind_folds else []:
        ts = art["id"][:10]
        if ts not in avoid and ts not in seen and ts not in blind:
            seen.add(ts)
            out.append(art)
    return out


def silver_sentences(articles: Sequence[dict], model: str | Path | None = None,
                     components: Sequence[str] = ("warta_sentences", "warta_ner",
                                                  "warta_entities")) -> list[Sentence]:
    """IndoSum sentences (their own tokens) tagged by warta's entity layer: the statistical NER
    ensembled with the KB ruler, head-word rules and title trimming (distant supervision from the
    KB plus self-training). Labels mapped by `LAYER_LABELS`; an entity whose edges are not token
    edges drops its sentence (the sentence might otherwise teach a false O). An organisation
    only the model vouches for (`backed` says no) is marked missing, so that the model's own
    errors ("Neymar" ORG across a whole article) are not taught back to it."""
    nlp = layer_pipeline(components, model)
    linker = nlp.get_pipe("warta_entities") if "warta_entities" in nlp.pipe_names else None
    texts, offsets = [], []
    for art in articles:
        pos, parts, sents = 0, [], []
        for pi, para in enumerate(art["paragraphs"]):
            for s in para:
                starts = []
                for w in s:
                    starts.append(pos)
                    parts.append(w)
                    pos += len(w) + 1
                sents.append((list(s), starts))
            if pi < len(art["paragraphs"]) - 1:
                parts[-1] += "\n"
                pos += 1
        texts.append(" ".join(parts))
        offsets.append(sents)
    out: list[Sentence] = []
    for doc, sents in zip(nlp.pipe(texts, batch_size=8), offsets):
        ents = [(e.start_char, e.end_char, LAYER_LABELS[e.label_]) for e in doc.ents
                if e.label_ in LAYER_LABELS]
        for words, starts in sents:
            if not words:
                continue
            begin, end = starts[0], starts[-1] + len(words[-1])
            index = {st: i for i, st in enumerate(starts)}
            ends = {st + len(w): i for i, (st, w) in enumerate(zip(starts, words))}
            tags, ok = ["O"] * len(words), True
            for s, e, lab in ents:
                if e <= begin or s >= end:
                    continue
                if s not in index or e not in ends:
                    ok = False
                    break
                i, j = index[s], ends[e]
                if lab == "ORG" and linker is not None and not backed(linker, words[i:j + 1]):
                    tags[i:j + 1] = ["-"] * (j + 1 - i)
                    continue
                tags[i] = f"B-{lab}"
                for k in range(i + 1, j + 1):
                    tags[k] = f"I-{lab}"
            if ok:
                out.append(Sentence(words, tags))
    return out


def backed(linker, words: Sequence[str]) -> bool:
    """Whether an organisation span has support besides the statistical model: a KB name, an
    acronym, or an organisation word or head word ("Kementerian", "FC", "PT") among its words."""
    from warta.kb import alias_key

    text = " ".join(words)
    heads = _title_words()[2]
    return (alias_key(text) in linker.surfaces or (text.isupper() and len(text) > 1)
            or any(w.lower() in linker.rules.org_words or w.lower() in heads for w in words))


# --------------------------------------------------------------------------- span normalisation


@lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset, frozenset, frozenset]:
    """(titles, given-name titles, ORG head words) from the language pack's entities.yaml (and
    its abbreviated offices, from quotes.yaml)."""
    from warta.lang import load_yaml

    words = load_yaml("id", "entities.yaml")
    heads = {h.split()[0].lower() for h in words["heads"].get("ORG", [])}
    offices = load_yaml("id", "quotes.yaml")["office_abbreviations"]
    return (frozenset(t.lower() for t in [*words["titles"], *offices]),
            frozenset(t.lower() for t in words["name_titles"]), frozenset(heads))


def normalise(sent: Sentence) -> Sentence:
    """Training spans brought to warta's guidelines (titles and roles are not part of a name):
    title words opening a PER span ("Presiden | Joko Widodo") or an ORG span that is not an
    organisation's head word ("Humas | Mahkamah Konstitusi") are moved outside the span, as is
    "Kota" opening a place ("Kota | Surabaya"). A given-name title before two names stays
    ("Ratu Tisha Destria"); a span is never emptied."""
    titles, name_titles, org_heads = _title_words()
    tags = list(sent.tags)
    for s, e, lab in iob_spans(sent.tags):
        i = s
        while i < e - 1:
            w = sent.words[i].lower()
            title = (
                (lab == "PER" and w in titles and not (w in name_titles and e - i - 1 >= 2))
                or (lab == "ORG" and w in titles and w not in org_heads and w != "tim")
                or (lab == "LOC" and w == "kota" and i == s))
            if not title:
                break
            i += 1
        if i > s:
            for k in range(s, i):
                tags[k] = "O"
            tags[i] = f"B-{lab}"
    return Sentence(list(sent.words), tags)


def write_silver(path: Path, n_articles: int, data_dir: Path | None = None,
                 model: str | Path | None = None, blind_folds: bool = True) -> dict:
    """Tag the first `n_articles` of `silver_articles` with warta's entity layer and write the
    sentences as JSONL ({"words": [...], "tags": [...]}) to `path`."""
    t0 = time.perf_counter()
    arts = silver_articles(data_dir, blind_folds=blind_folds)[:n_articles]
    sents = silver_sentences(arts, model)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"words": x.words, "tags": x.tags}, ensure_ascii=False) + "\n"
                      for x in sents)
    return {"articles": len(arts), "sentences": len(sents), "seconds": time.perf_counter() - t0}


def read_silver(path: Path) -> list[Sentence]:
    """The sentences of a `write_silver` file."""
    with open(path, encoding="utf-8") as fh:
        return [Sentence(d["words"], d["tags"]) for d in map(json.loads, fh) if d["words"]]
