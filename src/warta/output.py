"""Writing records: one JSON line per article, written atomically, errors and warnings to
their own report. The files get the permissions the umask gives a new file (0644 for the
usual 022)."""
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

from warta.core import MAX_CHARS, Outcome, process


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


def extract_to(inputs: Sequence[str | Path], output: Path | None, errors: Path | None = None, *,
               lang: str = "id", max_chars: int = MAX_CHARS,
               on_outcome: Callable[[Outcome], None] | None = None) -> Summary:
    """Analyse `inputs`; records to `output` (stdout if None), errors and warnings to `errors`
    (if given)."""
    summary = Summary()
    with atomic_writer(output) as out, \
            (atomic_writer(errors) if errors else nullcontext()) as err:
        for outcome in process(inputs, lang=lang, max_chars=max_chars):
            if outcome.record is not None:
                out.write(json.dumps(outcome.record, ensure_ascii=False) + "\n")
                summary.written += 1
            elif outcome.error is not None:
                summary.failed[outcome.error.code] += 1
            summary.warned.update(w.code for w in outcome.warnings)
            reports = outcome.warnings + ([outcome.error] if outcome.error else [])
            if err is not None:
                err.writelines(json.dumps(r.to_dict(), ensure_ascii=False) + "\n"
                               for r in reports)
            if on_outcome is not None:
                on_outcome(outcome)
    return summary
