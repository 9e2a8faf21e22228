"""`warta bench --store`: ingest throughput into each store and the latency of each query.

Records are stored one transaction each (as `warta ingest --records` does), then stored again
(all unchanged), then every query of `warta.store.queries` runs `repeats` times: p50 and p95
in milliseconds. Inputs already analysed (JSONL records from `warta extract`) are used as they
are; other inputs are analysed first, and that time is not counted.
"""
from __future__ import annotations

import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable

from warta.core import extract
from warta.store import open_store, queries, store_records

ENTITY = "Setya Novanto"
WORDS = "korupsi e-KTP"


def load_records(inputs: Iterable[str]) -> list[dict[str, Any]]:
    """Records: JSONL files of records as they are, anything else analysed."""
    records, raw = [], []
    for path in inputs:
        first = Path(path).open(encoding="utf-8").readline() if path.endswith(".jsonl") else ""
        if first and {"entities", "events"} <= json.loads(first).keys():
            records += [json.loads(line) for line in Path(path).open(encoding="utf-8") if line.strip()]
        else:
            raw.append(path)
    return records + (list(extract(raw)) if raw else [])


def _latency(fn: Callable[[], Any], repeats: int) -> tuple[float, float]:
    """p50 and p95 of `fn`'s run time in milliseconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]


def bench_store(url: str, records: list[dict[str, Any]], repeats: int) -> list[str]:
    """The report lines of one store."""
    store = open_store(url)
    start = time.perf_counter()
    first = store_records(records, store)
    ingest_s = time.perf_counter() - start
    start = time.perf_counter()
    again = store_records(records, store)
    again_s = time.perf_counter() - start
    claim_ids = [c["id"] for c in queries.claims(store)][:1]
    cases: dict[str, Callable[[], Any]] = {
        f"search '{WORDS}'": lambda: queries.search(store, WORDS),
        f"search '{WORDS}' --counts month": lambda: queries.search_counts(store, WORDS, "month"),
        f"entity '{ENTITY}'": lambda: queries.entity(store, ENTITY),
        "stories --since 2017-12-01": lambda: queries.stories(store, date(2017, 12, 1)),
        f"claims --entity '{ENTITY}'": lambda: queries.claims(store, ENTITY),
    }
    if claim_ids:
        cases[f"claim {claim_ids[0]}"] = lambda: queries.claim(store, claim_ids[0])
    lines = [f"store: {store.engine.url.render_as_string(hide_password=True)}",
             f"  ingest: {first} in {ingest_s:.1f} s = {len(records) / ingest_s:.1f} records/s",
             f"  again:  {again} in {again_s:.1f} s = {len(records) / again_s:.1f} records/s",
             f"  {'query':<42}{'p50 ms':>9}{'p95 ms':>9}"]
    for name, fn in cases.items():
        p50, p95 = _latency(fn, repeats)
        lines.append(f"  {name:<42}{p50:9.1f}{p95:9.1f}")
    store.close()
    return lines


def run_store_bench(inputs: list[str], urls: list[str] | None, repeats: int = 20) -> str:
    """The report on every store in `urls` (default: a new SQLite file); each should be empty."""
    records = load_records(inputs)
    with tempfile.TemporaryDirectory() as tmp:
        lines = [f"records: {len(records)} from {', '.join(inputs)}"]
        for url in urls or [f"sqlite:///{tmp}/bench.db"]:
            lines += bench_store(url, records, repeats)
    return "\n".join(lines)
