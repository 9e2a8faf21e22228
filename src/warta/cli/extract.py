"""`warta extract`: records to a file or stdout, errors reported as they come, a summary."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from warta.core import MAX_CHARS, Outcome
from warta.errors import WartaError
from warta.output import FORMATS, extract_to

if TYPE_CHECKING:
    from rich.progress import Progress


def _progress(enabled: bool) -> Progress | None:
    """A progress bar on stderr, when enabled and stderr is a terminal."""
    if not (enabled and sys.stderr.isatty()):
        return None
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                    transient=True)


@dataclass
class RunOptions:
    """Where and how the analysis runs (see `warta.runner`) and what it writes."""

    workers: int = 1
    dask: str | None = None
    ordered: bool = True
    fmt: str = "jsonl"


def run_extract(inputs: Sequence[str], output: Path | None, errors: Path | None,
                lang: str = "id", progress: bool = True, max_chars: int = MAX_CHARS,
                run: RunOptions | None = None) -> int:
    """Write records and the error report; 0 if every document was analysed, else 1."""
    run = run or RunOptions()
    if run.fmt not in FORMATS:
        raise WartaError("E062", f"unknown --format {run.fmt!r} (known: {', '.join(FORMATS)})")
    bar = _progress(progress)
    counts = {"ok": 0, "failed": 0}

    def report(outcome: Outcome) -> None:
        if outcome.record is not None or outcome.error is not None:
            counts["ok" if outcome.error is None else "failed"] += 1
        for report in outcome.warnings + ([outcome.error] if outcome.error else []):
            print(f"warta: {report}", file=sys.stderr)
        if bar is not None:
            bar.update(task, description=f"articles: {counts['ok']}, failed: {counts['failed']}")

    if bar is not None:
        task = bar.add_task("articles: 0")
        bar.start()
    try:
        summary = extract_to(inputs, output, errors, lang=lang, max_chars=max_chars,
                             on_outcome=report, workers=run.workers, dask=run.dask,
                             ordered=run.ordered, fmt=run.fmt)
    finally:
        if bar is not None:
            bar.stop()
    print(f"warta: {summary}", file=sys.stderr)
    return 1 if summary.failed else 0
