"""Where build-time data lives: the repository, and the `shared/` folder beside it.

Only the training and knowledge-base build commands read `shared/data`; the runtime package
never does.
"""
from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def default_data_dir() -> Path:
    """`../shared/data` next to the repository (or to the working directory)."""
    for base in (REPO_ROOT, Path.cwd()):
        candidate = (base / ".." / "shared" / "data").resolve()
        if candidate.is_dir():
            return candidate
    return (REPO_ROOT / ".." / "shared" / "data").resolve()
