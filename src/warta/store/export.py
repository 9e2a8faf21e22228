"""Exporting the store: records as JSONL (as stored), flat article and event tables as JSONL,
CSV or Parquet (Parquet needs pyarrow, an optional dependency: `pip install warta[parquet]`)."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any, Iterator

from warta.errors import WartaError
from warta.store import queries
from warta.store.db import Store


def _rows(store: Store, table: str, fmt: str) -> Iterator[dict[str, Any]]:
    if table == "events":
        return queries.event_rows(store)
    return queries.records(store) if fmt == "jsonl" else queries.article_rows(store)


def export_table(store: Store, fmt: str, table: str, output: Path | None) -> None:
    """Write `table` ('records' or 'events') in `fmt` ('jsonl', 'csv', 'parquet') to `output`."""
    rows = _rows(store, table, fmt)
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise WartaError("E071", "parquet export needs pyarrow (pip install pyarrow)") from exc
        if output is None:
            raise WartaError("E072", "parquet export needs a file (-o)")
        pq.write_table(pa.Table.from_pylist(list(rows)), output)
        return
    handle = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "jsonl":
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        first = next(rows, None)
        if first is None:
            return
        writer = csv.DictWriter(handle, fieldnames=list(first))
        writer.writeheader()
        writer.writerow(first)
        writer.writerows(rows)
    finally:
        if output:
            handle.close()
