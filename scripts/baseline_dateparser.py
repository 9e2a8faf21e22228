#!/usr/bin/env python3
"""Baseline for the time layer: dateparser's `search_dates` scored like warta.

usage: baseline_dateparser.py GOLD_DIR [--out OUT.jsonl] [--score SCORE.py]

For every article of GOLD_DIR (`inputs.jsonl`, plus any `<id>.json` gold file not listed there,
read from its body and publication time) it runs `dateparser.search.search_dates` with
languages=["id"] and RELATIVE_BASE = the publication time, writes one article record per line
with each hit as a DATE whose value is the ISO date it returns, and scores the records with the
gold's scorer (`../shared/eval/score.py`, run as a subprocess).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from dateparser.search import search_dates

DEFAULT_SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


def articles(gold_dir: Path) -> list[dict]:
    """The gold articles as {"id", "text", "published"}."""
    inputs = gold_dir / "inputs.jsonl"
    lines = inputs.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines if line.strip()]
    seen = {r["id"] for r in recs}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("id") and gold["id"] not in seen and gold.get("body"):
            recs.append({"id": gold["id"], "text": gold["body"],
                         "published": gold.get("published")})
    return recs


def times(text: str, published: str | None) -> list[dict]:
    """dateparser's hits as time records, located left to right in the text."""
    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        base = datetime.fromisoformat(published.replace("Z", "+00:00")).replace(tzinfo=None)
        settings["RELATIVE_BASE"] = base
    out, pos = [], 0
    for surface, when in search_dates(text, languages=["id"], settings=settings) or []:
        start = text.find(surface, pos)
        if start < 0:
            continue
        pos = start + len(surface)
        out.append({"start": start, "end": pos, "text": surface, "type": "DATE",
                    "value": when.date().isoformat()})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--out", type=Path, help="where to write the records (default: a temp file)")
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORER, help="the scorer script")
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkstemp(suffix=".jsonl", prefix="dateparser-")[1])
    with out.open("w", encoding="utf-8") as fh:
        for art in articles(args.gold_dir):
            rec = {"id": art["id"], "text": art["text"], "entities": [],
                   "times": times(art["text"], art.get("published")),
                   "quotes": [], "events": [], "stances": []}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(args.score), str(args.gold_dir), str(out)]
    return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
