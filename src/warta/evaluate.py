"""`warta eval`: analyse a gold directory's inputs and score them with the project's scorer.

The inputs are the gold directory's `inputs.jsonl` and the raw pages beside it (`*.txt`,
`*.html`); the scorer is `eval/score.py` found above the gold directory (as in `shared/`), or
the one given. The scorer is called, never re-implemented.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from warta.errors import WartaError
from warta.output import extract_to

RAW_PAGES = ("*.txt", "*.html", "*.htm")


def gold_inputs(gold_dir: Path) -> list[str]:
    """The files to analyse for a gold directory."""
    if not gold_dir.is_dir():
        raise WartaError("E040", "no such gold directory", str(gold_dir))
    inputs = [gold_dir / "inputs.jsonl"] if (gold_dir / "inputs.jsonl").exists() else []
    for pattern in RAW_PAGES:
        inputs.extend(sorted(gold_dir.glob(pattern)))
    if not inputs:
        raise WartaError("E040", "no inputs.jsonl or raw pages in the gold directory", str(gold_dir))
    return [str(p) for p in inputs]


def find_scorer(gold_dir: Path) -> Path:
    """`eval/score.py` in the nearest parent of the gold directory that has one."""
    for parent in gold_dir.resolve().parents:
        candidate = parent / "eval" / "score.py"
        if candidate.is_file():
            return candidate
    raise WartaError("E041", "no eval/score.py above the gold directory; pass --scorer",
                     str(gold_dir))


def run_eval(gold_dir: Path, *, scorer: Path | None = None, output: Path | None = None,
             per_article: bool = False) -> int:
    """Print the scorer's table; the scorer's exit status."""
    inputs = gold_inputs(gold_dir)
    scorer = scorer or find_scorer(gold_dir)
    with tempfile.TemporaryDirectory() as tmp:
        out = output or Path(tmp) / "system.jsonl"
        print(f"warta: {extract_to(inputs, out)}", file=sys.stderr)
        cmd = [sys.executable, str(scorer), str(gold_dir), str(out)]
        if per_article:
            cmd.append("--per-article")
        return subprocess.call(cmd)
