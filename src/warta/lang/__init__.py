"""Language packs: the data (word lists, patterns) that makes warta speak a language.

A pack is the folder `warta/lang/<code>/` holding YAML/TSV/TXT files with the same names in
every language (`article.yaml`, `abbreviations.txt`, ...). Components ask for data by language
code and file name, so adding English is adding `warta/lang/en/` with the same files.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from warta.errors import WartaError

if TYPE_CHECKING:
    from importlib.abc import Traversable


class UnknownPack(WartaError, ValueError):
    """A language code with no pack (E011): a coded error, and a ValueError for API callers."""


def packs() -> list[str]:
    """Codes of the installed language packs."""
    return sorted(p.name for p in resources.files("warta.lang").iterdir()
                  if p.is_dir() and p.joinpath("abbreviations.txt").is_file())


def require_pack(lang: str) -> None:
    """E011 (an `UnknownPack`) unless `lang` names an installed language pack."""
    if not (isinstance(lang, str) and re.fullmatch(r"[a-z]{2,3}", lang) and lang in packs()):
        raise UnknownPack("E011", f"no language pack {lang!r} (installed: {', '.join(packs())})")


def data_path(lang: str, name: str) -> Traversable:
    """Path of a language pack's data file; E010 if the pack lacks it."""
    path = resources.files("warta.lang").joinpath(lang, name)
    if not path.is_file():
        raise WartaError("E010", f"language pack '{lang}' has no data file '{name}'")
    return path


@lru_cache(maxsize=None)
def load_yaml(lang: str, name: str) -> Any:
    """Parsed YAML data file of a language pack (cached)."""
    return yaml.safe_load(data_path(lang, name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def load_lines(lang: str, name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a language pack's text file (cached)."""
    lines = data_path(lang, name).read_text(encoding="utf-8").splitlines()
    return tuple(s for s in (line.strip() for line in lines) if s and not s.startswith("#"))
