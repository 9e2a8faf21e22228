"""Readers that turn files into `Entity` records: warta's JSONL/YAML data, a user's YAML or
CSV file, and a subset of a Wikidata JSON dump."""
from __future__ import annotations

import bz2
import csv
import gzip
import json
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

import yaml

from warta.errors import WartaError
from warta.kb.base import Entity

YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Wikidata "instance of" (P31) classes -> (label, type). Extend per use; unknown classes are skipped.
WIKIDATA_CLASSES: dict[str, tuple[str, str]] = {
    "Q5": ("PER", "person"),
    "Q6256": ("GPE", "country"), "Q3624078": ("GPE", "country"), "Q3024240": ("GPE", "country"),
    "Q5119": ("GPE", "capital"), "Q515": ("GPE", "city"), "Q1549591": ("GPE", "city"),
    "Q1637706": ("GPE", "city"), "Q5098": ("GPE", "province"), "Q3191695": ("GPE", "regency"),
    "Q43229": ("ORG", "org"), "Q484652": ("ORG", "igo"), "Q245065": ("ORG", "igo"),
    "Q7278": ("ORG", "party"), "Q327333": ("ORG", "agency"), "Q192283": ("ORG", "agency"),
    "Q1002697": ("ORG", "outlet"), "Q4830453": ("ORG", "company"), "Q783794": ("ORG", "company"),
    "Q41176": ("FAC", "building"), "Q1248784": ("FAC", "airport"), "Q4022": ("LOC", "river"),
    "Q8502": ("LOC", "mountain"), "Q165": ("LOC", "sea"), "Q23442": ("LOC", "island"),
    "Q1190554": ("EVENT", "event"), "Q198": ("EVENT", "war"), "Q131569": ("LAW", "treaty"),
    "Q820655": ("LAW", "law"),
}


def read_records(path: str | Path) -> Iterator[Entity]:
    """Entities from a data file, by its extension: .jsonl, .yaml/.yml, .csv."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise WartaError("E051", f"unknown KB file type '{path.suffix}'", str(path))
    try:
        with path.open(encoding="utf-8") as f:
            for record in reader(f):
                yield Entity.from_dict(record)
    except (OSError, ValueError, TypeError, yaml.YAMLError) as err:
        raise WartaError("E052", f"cannot read KB records: {err}", str(path)) from err


def _jsonl(f: IO[str]) -> Iterator[dict]:
    return (json.loads(line) for line in f if line.strip())


def _yaml(f: IO[str]) -> list[dict]:
    return yaml.load(f, Loader=YamlLoader) or []


def _csv(f: IO[str]) -> Iterator[dict]:
    """CSV with a header row: name,label,type,country,qid,aliases,sector,stands_for;
    aliases separated by `|`."""
    return csv.DictReader(f)


READERS: dict[str, Callable[[IO[str]], Iterable[dict]]] = {
    ".jsonl": _jsonl, ".yaml": _yaml, ".yml": _yaml, ".csv": _csv,
}


def _open_dump(path: Path) -> IO[str]:
    opener = {".bz2": bz2.open, ".gz": gzip.open}.get(path.suffix, open)
    return opener(path, "rt", encoding="utf-8")


def read_wikidata_dump(path: str | Path, countries: dict[str, str] | None = None,
                       languages: tuple[str, ...] = ("id", "en"),
                       classes: dict[str, tuple[str, str]] | None = None) -> Iterator[Entity]:
    """Entities from a Wikidata JSON dump (or a subset): a JSON array written one entity per
    line, `[` and `]` on their own lines, each line but the last ending in a comma. Plain,
    .gz or .bz2. Items whose P31 is not in `classes` are skipped; the name is the enwiki
    sitelink title, else the English label; `countries` maps country QIDs (P17) to ISO3."""
    classes = WIKIDATA_CLASSES if classes is None else classes
    path = Path(path)
    with _open_dump(path) as f:
        for n, line in enumerate(f, 1):
            line = line.strip().rstrip(",")
            if line in ("", "[", "]"):
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as err:
                raise WartaError("E053", f"bad dump line {n}: {err.msg}", str(path)) from err
            entity = _from_wikidata(item, countries or {}, languages, classes)
            if entity is not None:
                yield entity


def _claim_ids(item: dict, prop: str) -> list[str]:
    """Item ids that are the values of `prop`."""
    out = []
    for claim in item.get("claims", {}).get(prop, []):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and "id" in value:
            out.append(value["id"])
    return out


def _from_wikidata(item: dict, countries: dict[str, str], languages: tuple[str, ...],
                   classes: dict[str, tuple[str, str]]) -> Entity | None:
    kind = next((classes[c] for c in _claim_ids(item, "P31") if c in classes), None)
    title = item.get("sitelinks", {}).get("enwiki", {}).get("title")
    labels, aliases = item.get("labels", {}), item.get("aliases", {})
    name = title or labels.get("en", {}).get("value")
    if kind is None or not name:
        return None
    surfaces = [labels[lang]["value"] for lang in languages if lang in labels]
    surfaces += [a["value"] for lang in languages for a in aliases.get(lang, [])]
    country_qid = next(iter(_claim_ids(item, "P17")), None)
    return Entity(name=name, label=kind[0], type=kind[1], qid=item.get("id"),
                  aliases=list(dict.fromkeys(s for s in surfaces if s != name)),
                  country=countries.get(country_qid))
