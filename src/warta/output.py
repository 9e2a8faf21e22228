"""Writing records: one JSON line per article, written atomically, errors to their own report."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterator, Sequence

from warta.core import Outcome, process


@dataclass
class Summary:
    """What a batch wrote: how many records, and the failures by error code."""

    written: int = 0
    failed: Counter = field(default_factory=Counter)

    def __str__(self) -> str:
        reasons = ", ".join(f"{code} ×{n}" for code, n in sorted(self.failed.items()))
        return (f"{self.written} articles written, {sum(self.failed.values())} skipped"
                + (f" ({reasons})" if reasons else ""))


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
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def extract_to(inputs: Sequence[str | Path], output: Path | None, errors: Path | None = None, *,
               lang: str = "id", on_outcome: Callable[[Outcome], None] | None = None) -> Summary:
    """Analyse `inputs`; records to `output` (stdout if None), errors to `errors` (if given)."""
    summary = Summary()
    with atomic_writer(output) as out, \
            (atomic_writer(errors) if errors else nullcontext()) as err:
        for outcome in process(inputs, lang=lang):
            if outcome.record is not None:
                out.write(json.dumps(outcome.record, ensure_ascii=False) + "\n")
                summary.written += 1
            else:
                summary.failed[outcome.error.code] += 1
                if err is not None:
                    err.write(json.dumps(outcome.error.to_dict(), ensure_ascii=False) + "\n")
            if on_outcome is not None:
                on_outcome(outcome)
    return summary
