"""`warta extract`: records to a file (written atomically) or stdout, errors to a report."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterator, Sequence

from warta.core import process

if TYPE_CHECKING:
    from rich.progress import Progress


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


def _progress(enabled: bool) -> Progress | None:
    """A progress bar on stderr, when enabled and stderr is a terminal."""
    if not (enabled and sys.stderr.isatty()):
        return None
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                    transient=True, console=None)


def run_extract(inputs: Sequence[str], output: Path | None, errors: Path | None,
                lang: str = "id", progress: bool = True) -> int:
    """Write records and the error report; 0 if every document was analysed, else 1."""
    written, failed = 0, Counter()
    bar = _progress(progress)
    task = bar.add_task("articles: 0") if bar else None
    with atomic_writer(output) as out, atomic_writer(errors) if errors else _null() as err:
        if bar:
            bar.start()
        try:
            for outcome in process(inputs, lang=lang):
                if outcome.record is not None:
                    out.write(json.dumps(outcome.record, ensure_ascii=False) + "\n")
                    written += 1
                else:
                    failed[outcome.error.code] += 1
                    print(f"warta: {outcome.error}", file=sys.stderr)
                    if err is not None:
                        err.write(json.dumps(outcome.error.to_dict(), ensure_ascii=False) + "\n")
                if bar:
                    bar.update(task, description=f"articles: {written}, failed: {sum(failed.values())}")
        finally:
            if bar:
                bar.stop()
    reasons = ", ".join(f"{code} ×{n}" for code, n in sorted(failed.items()))
    print(f"warta: {written} articles written, {sum(failed.values())} skipped"
          + (f" ({reasons})" if reasons else ""), file=sys.stderr)
    return 1 if failed else 0


@contextmanager
def _null() -> Iterator[None]:
    """No error report: the `--errors` file was not asked for."""
    yield None
