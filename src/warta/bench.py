"""`warta bench`: throughput and memory of the whole job and of each component.

`run_bench` times, on the first N articles of a corpus (repeated if N is larger): reading and
the article layer, the tokenizer, each pipeline component over chunks of `CHUNK` articles, and
the record; each stage's articles/s and tokens/s are its own, the total is their sum (load time
apart, reported on its own). A trained component (the NER) runs in batches as `nlp.pipe`
runs it, and a batch's time is shared among its articles by their tokens; the others are
timed article by article, which gives the ms per article p50/p95. With `vs_tokenizer`, a bare
`spacy.blank(lang)` tokenizes the same texts in the same run, and `ratio` is the total over
that time. With `scaling`, whole analyses of 1x, 2x and 4x the articles are timed.
`run_lengths` times whole analyses (windowed, as `warta extract` runs them) of synthetic
documents of growing length, to show that the cost per KB stays flat.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import time
from itertools import cycle, islice
from pathlib import Path
from statistics import quantiles
from typing import Any, Callable, Iterator, Sequence

import spacy
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc

from warta.article import Article
from warta.core import Outcome, read_articles
from warta.ingest import read
from warta.pipeline import (DEFAULT_PIPELINE, analyse, analyse_windows, build_pipeline,
                             load_pipeline, make_doc, window_docs)
from warta.record import to_record

BUNDLED = Path(__file__).parent / "samples"
INDOSUM_DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "indosum-dev"
LENGTHS = (1_000, 10_000, 100_000, 1_000_000)
MIN_BENCH_CHARS = 100_000  # short lengths are timed over several documents, this much in all
PUBLISHED = "2025-01-01T00:00:00+07:00"
BATCH_SIZE = 16  # as `warta extract` batches
CHUNK = 256  # articles analysed together, stage by stage (memory stays flat for any --n)
SCALES = (1, 2, 4)


def default_corpus() -> list[str]:
    """The IndoSum dev set beside the checkout (../shared), else the bundled sample."""
    return [str(INDOSUM_DEV / "*.jsonl")] if INDOSUM_DEV.is_dir() else [str(BUNDLED)]


def _timed(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    """`fn(*args)` and the seconds it took."""
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def _per_doc(fn: Callable[[Any], Any], items: Sequence[Any]) -> tuple[list[Any], list[float]]:
    """`fn` of each item, and the seconds each took."""
    results, seconds = [], []
    for item in items:
        result, took = _timed(fn, item)
        results.append(result)
        seconds.append(took)
    return results, seconds


def _batched(proc: TrainablePipe, docs: list[Doc]) -> tuple[list[Doc], list[float]]:
    """A trained component over `docs` in `nlp.pipe`'s batches, each batch's time shared
    among its docs by their tokens."""
    out: list[Doc] = []
    seconds: list[float] = []
    for i in range(0, len(docs), BATCH_SIZE):
        batch = docs[i:i + BATCH_SIZE]
        done, took = _timed(lambda b: list(proc.pipe(b, batch_size=BATCH_SIZE)), batch)
        tokens = sum(len(d) for d in batch) or 1
        out += done
        seconds += [took * len(d) / tokens for d in batch]
    return out, seconds


def _stage(seconds: list[float], n_tokens: int) -> dict[str, float]:
    """A stage's figures from its seconds per article."""
    total = sum(seconds)
    p50, p95 = (quantiles(seconds, n=100, method="inclusive")[i] for i in (49, 94)) \
        if len(seconds) > 1 else (total, total)
    return {"seconds": round(total, 3),
            "articles_per_s": round(len(seconds) / total, 1) if total else None,
            "tokens_per_s": round(n_tokens / total) if total else None,
            "ms_p50": round(p50 * 1000, 2), "ms_p95": round(p95 * 1000, 2)}


def read_corpus(inputs: Sequence[str], n: int | None, lang: str = "id") -> tuple[list[Article],
                                                                                  int, float]:
    """The first `n` articles of `inputs` (all if None; the corpus repeated if it has fewer),
    the number of documents that could not be read among them, and the seconds reading and
    the article layer took. A skipped file (W003) takes no slot and is not 'unreadable'."""
    def first() -> list[Any]:
        items = (i for i in read_articles(read(list(inputs)), lang)
                 if not isinstance(i, Outcome) or i.error)
        return list(items if n is None else islice(items, n))

    items, seconds = _timed(first)
    articles = [i.article for i in items if not isinstance(i, Outcome)]
    if n is not None and articles and len(articles) < n:
        articles = list(islice(cycle(articles), n))
    return articles, len(items) - len([i for i in items if not isinstance(i, Outcome)]), seconds


def _chunks(articles: list[Article]) -> Iterator[list[Article]]:
    """`articles` in chunks of `CHUNK`, so that only one chunk's docs are alive at a time."""
    return (articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK))


def _throughput(nlp: spacy.Language, articles: list[Article]) -> float:
    """Articles per second of whole analyses (tokens to record, as `warta extract`)."""
    start = time.perf_counter()
    for chunk in _chunks(articles):
        windows = [window_docs(nlp, a.text, published=a.published, article_id=a.id)
                   for a in chunk]
        for article, doc in zip(chunk, analyse_windows(nlp, windows, BATCH_SIZE)):
            to_record(article, doc)
    return len(articles) / (time.perf_counter() - start)


def _stages(nlp: spacy.Language, articles: list[Article]) -> tuple[dict[str, list[float]],
                                                                    list[int]]:
    """Seconds per article of the tokenizer, each component and the record, chunk by chunk,
    and each article's tokens."""
    stages: dict[str, list[float]] = {"tokenizer": [], **{n: [] for n in nlp.pipe_names},
                                      "record": []}
    tokens: list[int] = []
    for chunk in _chunks(articles):
        docs, seconds = _per_doc(lambda a: make_doc(nlp, a.text, published=a.published,
                                                    article_id=a.id), chunk)
        stages["tokenizer"] += seconds
        for name, proc in nlp.pipeline:
            docs, seconds = (_batched(proc, docs) if isinstance(proc, TrainablePipe)
                             else _per_doc(proc, docs))
            stages[name] += seconds
        stages["record"] += _per_doc(lambda ad: to_record(*ad), list(zip(chunk, docs)))[1]
        tokens += [len(d) for d in docs]
    return stages, tokens


def run_bench(corpus: Sequence[str] | None = None, *, n: int | None = None, lang: str = "id",
              vs_tokenizer: bool = False, scaling: bool = False) -> dict[str, Any]:
    """The benchmark's figures (see the module docstring) on `corpus` (default:
    `default_corpus()`), as a JSON-ready dict."""
    inputs = list(corpus or default_corpus())
    nlp, blank_s = _timed(build_pipeline, lang, ())
    load = {name: _timed(nlp.add_pipe, name)[1] for name in DEFAULT_PIPELINE}
    articles, unreadable, parse_s = read_corpus(inputs, n, lang)
    timed, tokens = _stages(nlp, articles)
    n_tokens = sum(tokens)
    # reading is timed once, shared by tokens
    stages = {"read + article": [parse_s * t / (n_tokens or 1) for t in tokens], **timed}
    per_article = [sum(times) for times in zip(*stages.values())]
    result: dict[str, Any] = {
        "corpus": inputs, "articles": len(articles), "unreadable": unreadable,
        "tokens": n_tokens, **_stage(per_article, n_tokens),
        "load_s": round(blank_s + sum(load.values()), 2),
        "components": {name: {**_stage(times, n_tokens),
                              "load_s": round(load.get(name, blank_s if name == "tokenizer"
                                                       else 0.0), 2)}
                       for name, times in stages.items()},
    }
    if vs_tokenizer:
        blank = spacy.blank(lang)
        _, bare_s = _timed(lambda: [len(blank(a.text)) for a in articles])
        result["tokenizer_s"] = round(bare_s, 3)
        result["ratio"] = round(result["seconds"] / bare_s, 1) if bare_s else None
    if scaling:
        result["scaling"] = {f"{k}x": round(_throughput(nlp, articles * k), 1) for k in SCALES}
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    result["machine"] = f"{platform.processor() or platform.machine()}, {_cores()} cores, " \
                        f"Python {platform.python_version()}"
    return result


def _cores() -> int | None:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def format_bench(result: dict[str, Any]) -> str:
    """The benchmark's figures as a plain-text table."""
    lines = [
        f"corpus: {', '.join(result['corpus'])}",
        f"articles: {result['articles']} ({result['unreadable']} unreadable), "
        f"tokens: {result['tokens']}; {result['machine']}",
        f"{'stage':<16}{'load s':>8}{'seconds':>9}{'articles/s':>11}{'tokens/s':>10}"
        f"{'ms p50':>8}{'ms p95':>8}",
    ]
    rows = [*result["components"].items(), ("total", result)]
    lines += [f"{name:<16}{r['load_s']:8.2f}{r['seconds']:9.3f}{r['articles_per_s'] or 0:11.1f}"
              f"{r['tokens_per_s'] or 0:10}{r['ms_p50']:8.2f}{r['ms_p95']:8.2f}"
              for name, r in rows]
    if "ratio" in result:
        lines.append(f"bare spacy.blank tokenizer: {result['tokenizer_s']:.3f} s; "
                     f"ratio (total / tokenizer): {result['ratio']}")
    if "scaling" in result:
        lines.append("whole analyses, articles/s: " + ", ".join(
            f"{k} {v}" for k, v in result["scaling"].items()))
    lines.append(f"peak memory: {result['peak_rss_mb']} MB")
    return "\n".join(lines)


def run_bench_to(json_path: Path | None, corpus: Sequence[str] | None = None,
                 **kwargs: Any) -> str:
    """The table of `run_bench(corpus, **kwargs)`, its figures also written as JSON to
    `json_path` if given."""
    result = run_bench(corpus, **kwargs)
    if json_path is not None:
        json_path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return format_bench(result)


def synthetic_text(length: int, offset: int = 0, lang: str = "id") -> str:
    """`length` characters of the bundled sample articles' bodies, one after the other as
    paragraphs (repeated as needed), starting `offset` characters into them."""
    bodies = [i.article.text for i in read_articles(read([str(BUNDLED)]), lang)
              if not isinstance(i, Outcome)]
    pool = "\n\n".join(bodies) + "\n\n"
    repeats = (offset + length) // len(pool) + 1
    return (pool * repeats)[offset:offset + length]


def run_lengths(lengths: tuple[int, ...] = LENGTHS, *, lang: str = "id") -> str:
    """A plain-text table of ms per KB for whole analyses (tokens to record) of synthetic
    documents of each length (several documents for the short lengths, batched as `warta
    extract` does), and the spread between the extremes."""
    nlp = load_pipeline(lang)
    analyse(nlp, synthetic_text(1_000, lang=lang))  # warm up
    lines = [f"{'length':>10}{'documents':>11}{'seconds':>9}{'ms/KB':>8}"]
    rates = []
    for length in lengths:
        n = max(1, MIN_BENCH_CHARS // length)
        texts = [synthetic_text(length, offset=k * length, lang=lang) for k in range(n)]
        start = time.perf_counter()
        docs = analyse_windows(nlp, [window_docs(nlp, t, published=PUBLISHED) for t in texts])
        [to_record(Article(id=str(k), text=t, published=PUBLISHED), d)
         for k, (t, d) in enumerate(zip(texts, docs))]
        seconds = time.perf_counter() - start
        rates.append(seconds * 1000 / (n * length / 1000))
        lines.append(f"{length:>10,}{n:>11}{seconds:9.2f}{rates[-1]:8.1f}")
    lines.append(f"slowest/fastest ms per KB: {max(rates) / min(rates):.2f}")
    return "\n".join(lines)
