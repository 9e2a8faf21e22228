"""`warta bench`: throughput and memory of the whole job and of each component.

Stages are timed separately on the same articles: reading + article parsing, tokenisation,
then each pipeline component over the whole batch (so a component's tokens/s is its own).
`run_lengths` times whole analyses (windowed, as `warta extract` runs them) of synthetic
documents of growing length, to show that the cost per KB stays flat.
"""
from __future__ import annotations

import resource
import time
from itertools import islice
from pathlib import Path
from typing import Any, Callable

from spacy.tokens import Doc

from warta.article import Article
from warta.core import Outcome, read_articles
from warta.ingest import read
from warta.pipeline import (DEFAULT_PIPELINE, analyse, analyse_windows, build_pipeline,
                             load_pipeline, make_doc, window_docs)
from warta.record import to_record

BUNDLED = Path(__file__).parent / "samples"
LENGTHS = (1_000, 10_000, 100_000, 1_000_000)
MIN_BENCH_CHARS = 100_000  # short lengths are timed over several documents, this much in all
PUBLISHED = "2025-01-01T00:00:00+07:00"


def _timed(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    """`fn(*args)` and the seconds it took."""
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def _apply(proc: Callable[[Doc], Doc], docs: list[Doc]) -> list[Doc]:
    """One pipeline component over all docs (batched when it has `pipe`)."""
    return list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]


def run_bench(corpus: list[str] | None, *, limit: int = 200, lang: str = "id") -> str:
    """A plain-text report of the benchmark on `corpus` (default: the bundled sample)."""
    inputs = corpus or [str(BUNDLED)]
    nlp, load_s = _timed(build_pipeline, lang, ())
    load = {name: _timed(nlp.add_pipe, name)[1] for name in DEFAULT_PIPELINE}
    items, parse_s = _timed(lambda: list(islice(  # articles and errors; not skipped files
        (i for i in read_articles(read(inputs), lang) if not isinstance(i, Outcome) or i.error),
        limit)))
    articles = [i.article for i in items if not isinstance(i, Outcome)]
    docs, tok_s = _timed(lambda: [make_doc(nlp, a.text, published=a.published) for a in articles])
    n_tokens = sum(len(d) for d in docs)
    rows = [("read + article", parse_s), ("tokenizer", tok_s)]
    for name, proc in nlp.pipeline:
        docs, seconds = _timed(_apply, proc, docs)
        rows.append((name, seconds))
    total = sum(s for _, s in rows)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        f"corpus: {', '.join(inputs)}",
        f"articles: {len(articles)} ({len(items) - len(articles)} unreadable), tokens: {n_tokens}",
        f"load: blank pipeline {load_s:.2f} s; "
        + ", ".join(f"{name} {s:.2f} s" for name, s in load.items()),
        f"{'stage':<18}{'seconds':>9}{'tokens/s':>12}",
    ]
    lines += [f"{name:<18}{s:9.3f}{n_tokens / s if s else float('inf'):12.0f}" for name, s in rows]
    lines += [
        f"{'total':<18}{total:9.3f}{n_tokens / total if total else 0:12.0f}",
        f"articles/s: {len(articles) / total if total else 0:.1f}",
        f"peak memory: {peak_mb:.0f} MB",
    ]
    return "\n".join(lines)


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
