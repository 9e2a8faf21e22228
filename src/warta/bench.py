"""`warta bench`: throughput and memory of the whole job and of each component.

Stages are timed separately on the same articles: reading + article parsing, tokenisation,
then each pipeline component over the whole batch (so a component's tokens/s is its own).
"""
from __future__ import annotations

import resource
import time
from itertools import islice
from pathlib import Path
from typing import Any, Callable

from spacy.tokens import Doc

from warta.article import Article
from warta.core import read_articles
from warta.ingest import read
from warta.pipeline import DEFAULT_PIPELINE, build_pipeline, make_doc

BUNDLED = Path(__file__).parent / "samples"


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
    items, parse_s = _timed(lambda: list(islice(read_articles(read(inputs), lang), limit)))
    articles = [a for a in items if isinstance(a, Article)]
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
