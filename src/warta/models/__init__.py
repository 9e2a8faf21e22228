"""Trained pipelines shipped with warta, referred to as "warta.models:<name>" (e.g. ner-id)."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from warta.errors import WartaError

PREFIX = "warta.models:"


def model_path(name: str | Path) -> Path:
    """The directory of a model: "warta.models:ner-id", a bare shipped name ("ner-id"), or a path."""
    if isinstance(name, Path):
        path = name
    elif name.startswith(PREFIX):
        path = Path(str(resources.files("warta.models").joinpath(name[len(PREFIX):])))
    else:
        path = Path(name).expanduser()
        if not path.exists() and "/" not in name and "\\" not in name:
            path = Path(str(resources.files("warta.models").joinpath(name)))
    if not (path / "config.cfg").is_file():
        raise WartaError("E030", f"no trained pipeline at {path} (for model '{name}')")
    return path
