#!/usr/bin/env python3
"""warta against dateparser on the Indonesian table of tests/lang/id/test_dateparser_cases.py.

usage: compare_dateparser.py [--misses]

Each row is one date string, its TIMEX3 type and value, anchored on the table's publication
time. warta is right when it finds exactly one expression spanning the whole string with that
value; dateparser (`dateparser.parse`, languages=["id"], RELATIVE_BASE = the publication time)
when its datetime, written at the granularity of the expected value (year, month, ISO week,
day, or minute), equals it. Prints both systems' exact-value accuracy.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from datetime import datetime
from pathlib import Path

import dateparser

from warta.nlp.timex_resolve import parse_published
from warta.pipeline import build_pipeline, make_doc

TABLE_FILE = Path(__file__).resolve().parents[1] / "tests" / "lang" / "id" / \
    "test_dateparser_cases.py"


def load_table() -> tuple[str, list[tuple[str, str, str]]]:
    """The table's publication time and rows."""
    spec = importlib.util.spec_from_file_location("dateparser_cases", TABLE_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PUBLISHED, module.TABLE


def as_timex(when: datetime, like: str) -> str:
    """A datetime written as a TIMEX3 value of the same granularity as `like`."""
    if "W" in like:
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}"
    if "T" in like:
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.strftime({4: "%Y", 7: "%Y-%m"}.get(len(like), "%Y-%m-%d"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list each system's wrong rows")
    args = ap.parse_args(argv)
    published, table = load_table()
    base = parse_published(published)
    nlp = build_pipeline(components=["warta_timex"])
    right = {"warta": 0, "dateparser": 0}
    for text, _, value in table:
        doc = nlp(make_doc(nlp, text, published=published))
        spans = list(doc.spans["times"])
        when = dateparser.parse(text, languages=["id"], settings={"RELATIVE_BASE": base})
        whole = len(spans) == 1 and spans[0].text == text
        answers = {"warta": spans[0]._.value if whole else None,
                   "dateparser": as_timex(when, value) if when else None}
        for system, answer in answers.items():
            right[system] += answer == value
            if args.misses and answer != value:
                print(f"{system:<10} {text!r}: {answer} (expected {value})")
    for system, n in right.items():
        print(f"{system:<10} {n}/{len(table)} = {n / len(table):.3f} exact values")
    return 0


if __name__ == "__main__":
    sys.exit(main())
