"""Metadata of pages in the layouts of the big Indonesian outlets (tests/article/pages/).

Each page was written here in one outlet's layout; `pages/expected.yaml` holds what the
article layer should find. Run this file as a script for the accuracy per field:
`.venv/bin/python tests/article/test_outlet_pages.py`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from warta.article import Article, parse
from warta.ingest import read

PAGES = Path(__file__).parent / "pages"
EXPECTED: dict[str, dict[str, str | None]] = yaml.safe_load(
    (PAGES / "expected.yaml").read_text(encoding="utf-8"))
FIELDS = ("title", "outlet", "section", "published", "dateline", "body")


def found(name: str) -> Article:
    """The article parsed from one test page."""
    [raw] = read([PAGES / name])
    return parse(raw)


def verdicts(article: Article, expected: dict[str, str | None]) -> dict[str, bool]:
    """Per field, whether the article has the expected value (`body`: its first and last words)."""
    out = {f: getattr(article, f) == expected[f] for f in FIELDS if f != "body"}
    out["body"] = article.text.startswith(expected["first"]) and article.text.endswith(
        expected["last"])
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_outlet_page_metadata(name: str):
    article = found(name)
    expected = EXPECTED[name]
    wrong = {f: (getattr(article, f) if f != "body" else article.text[:40] + " … "
                 + article.text[-40:]) for f, ok in verdicts(article, expected).items() if not ok}
    assert not wrong, wrong


def main() -> int:
    """Print the accuracy per field over the test pages, and the pages' misses."""
    hits = dict.fromkeys(FIELDS, 0)
    for name in sorted(EXPECTED):
        article = found(name)
        for f, ok in verdicts(article, EXPECTED[name]).items():
            hits[f] += ok
            if not ok:
                value = getattr(article, f) if f != "body" else "…"
                print(f"  {name:<28} {f:<9} {value!r}")
    n = len(EXPECTED)
    meta = sum(hits[f] for f in FIELDS[:-1]) / (n * (len(FIELDS) - 1))
    print(f"{n} pages  metadata {meta:.3f}  " + "  ".join(f"{f} {hits[f] / n:.3f}" for f in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
