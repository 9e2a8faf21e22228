"""Writing records: one JSON line per article (or Parquet shards), written atomically, errors
and warnings to their own report. The files get the permissions the umask gives a new file
(0644 for the usual 022)."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterator, Sequence

from warta.core import MAX_CHARS, Outcome
from warta.errors import WartaError
from warta.runner import partitions

FORMATS = ("jsonl", "parquet")
RecordWriter = Callable[[int, list[dict[str, Any]]], None]  # (partition number, its records)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@dataclass
class Summary:
    """What a batch wrote: how many records, the failures and the warnings by code."""

    written: int = 0
    failed: Counter = field(default_factory=Counter)
    warned: Counter = field(default_factory=Counter)

    def __str__(self) -> str:
        def by_code(counts: Counter) -> str:
            return (" (" + ", ".join(f"{code} ×{n}" for code, n in sorted(counts.items())) + ")"
                    if counts else "")

        text = (f"{_plural(self.written, 'article')} written, "
                f"{sum(self.failed.values())} skipped{by_code(self.failed)}")
        if self.warned:
            text += f", {_plural(sum(self.warned.values()), 'warning')}{by_code(self.warned)}"
        return text


def _umask() -> int:
    """The process's umask (reading it means setting it; it is put back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_writer(path: Path | None) -> Iterator[IO[str]]:
    """A text file that appears at `path` only when complete (stdout when `path` is None)."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes it 0600
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


@contextmanager
def jsonl_writer(path: Path | None) -> Iterator[RecordWriter]:
    """Records as JSON lines in one file at `path` (stdout if None), atomically."""
    with atomic_writer(path) as out:
        yield lambda _, records: out.writelines(
            json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _parquet_shard(path: Path, records: list[dict[str, Any]]) -> None:
    """One Parquet file of records, written atomically: a string column per field, the
    layers (lists) as the JSON text a JSONL line holds for them, so every shard has the same
    schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {key: [v if v is None or isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                     for v in (r[key] for r in records)] for key in records[0]}
    table = pa.table({k: pa.array(v, pa.string()) for k, v in columns.items()})
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


@contextmanager
def parquet_writer(directory: Path | None) -> Iterator[RecordWriter]:
    """Records as Parquet shards in `directory`, one per partition with records
    (part-00000.parquet, ...); needs pyarrow."""
    if directory is None:
        raise WartaError("E062", "--format parquet writes shards to a directory: give -o DIR")
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise WartaError("E062", "--format parquet needs pyarrow: pip install pyarrow") from exc
    directory.mkdir(parents=True, exist_ok=True)
    yield lambda n, records: (_parquet_shard(directory / f"part-{n:05d}.parquet", records)
                              if records else None)


def extract_to(inputs: Sequence[str | Path], output: Path | None, errors: Path | None = None, *,
               lang: str = "id", max_chars: int = MAX_CHARS,
               on_outcome: Callable[[Outcome], None] | None = None, workers: int = 1,
               dask: str | None = None, ordered: bool = True, fmt: str = "jsonl") -> Summary:
    """Analyse `inputs` (serially, in `workers` processes or on Dask, see `warta.runner`);
    records to `output` (a JSONL file, stdout if None; a directory of shards for `fmt`
    "parquet"), errors and warnings to `errors` (if given)."""
    summary = Summary()
    writer = parquet_writer if fmt == "parquet" else jsonl_writer
    with writer(output) as write, \
            (atomic_writer(errors) if errors else nullcontext()) as err:
        parts = partitions(inputs, lang=lang, max_chars=max_chars, workers=workers, dask=dask,
                           ordered=ordered)
        for number, part in enumerate(parts):
            write(number, [o.record for o in part if o.record is not None])
            for outcome in part:
                summary.written += outcome.record is not None
                if outcome.error is not None:
                    summary.failed[outcome.error.code] += 1
                summary.warned.update(w.code for w in outcome.warnings)
                reports = outcome.warnings + ([outcome.error] if outcome.error else [])
                if err is not None:
                    err.writelines(json.dumps(r.to_dict(), ensure_ascii=False) + "\n"
                                   for r in reports)
                if on_outcome is not None:
                    on_outcome(outcome)
    return summary
