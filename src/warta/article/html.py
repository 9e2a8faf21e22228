"""Main text and metadata of an HTML page (trafilatura, htmldate)."""
from __future__ import annotations

from htmldate import find_date
from trafilatura import bare_extraction

from warta.errors import WartaError


def extract_html(html: str, url: str | None, source: str) -> tuple[str, dict[str, str]]:
    """(main text with paragraphs, metadata: title, published, outlet, section, url)."""
    doc = bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                          include_tables=False, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        raise WartaError("E003", "no article text found in the HTML page", source)
    published = find_date(html, url=url, original_date=True,
                          outputformat="%Y-%m-%dT%H:%M:%S", extensive_search=False)
    meta = {
        "title": doc.title,
        "outlet": doc.sitename,
        "section": (doc.categories or [None])[0],
        "published": published or doc.date,
        "url": doc.url or url,
    }
    text = doc.text.replace("\n", "\n\n")
    return text, {k: v for k, v in meta.items() if v}
