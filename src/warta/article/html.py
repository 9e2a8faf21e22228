"""Main text and metadata of an HTML page (trafilatura, htmldate).

The publication time is a full timestamp in the page's metadata (`article:published_time`,
JSON-LD `datePublished`, detik's `publishdate` "2025/03/16 08:05:12"), which keeps its zone;
htmldate's guess at the date is kept apart (`htmldate`), as it ranks below a date in the URL.
"""
from __future__ import annotations

import re

from htmldate import find_date
from trafilatura import bare_extraction

from warta.errors import WartaError

TIMESTAMP = re.compile(
    r"""(?:article:published_time|datePublished|pubdate|publish[_-]?date)["']?\s*"""
    r"""(?:content\s*=\s*|:\s*)["'](?P<ts>\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}[^"']*)["']""",
    re.I)


def published_time(html: str) -> str | None:
    """The page's publication time as printed in its metadata (ISO dashes)."""
    m = TIMESTAMP.search(html)
    return m["ts"].replace("/", "-") if m else None


def extract_html(html: str, url: str | None, source: str) -> tuple[str, dict[str, str]]:
    """(main text with paragraphs, metadata: title, published, htmldate, outlet, section, url)."""
    doc = bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                          include_tables=False, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        raise WartaError("E003", "no article text found in the HTML page", source)
    paragraphs = [p for p in doc.text.split("\n") if p.strip()]
    if paragraphs and doc.title and paragraphs[0].strip() == doc.title.strip():
        paragraphs.pop(0)
    published = published_time(html)
    meta = {
        "title": doc.title,
        "outlet": doc.sitename,
        "section": (doc.categories or [None])[0],
        "published": published,
        "htmldate": None if published else find_date(
            html, url=url, original_date=True, outputformat="%Y-%m-%d",
            extensive_search=False) or doc.date,
        "url": doc.url or url,
    }
    return "\n\n".join(paragraphs), {k: v for k, v in meta.items() if v}
