"""The article layer: from a `RawDocument` to an `Article` (metadata and clean body).

`parse(raw)` runs, in order: HTML extraction (for pages) or text cleaning (for scraped text),
dateline reading, outlet and time normalisation, language detection. Metadata that the source
gives (a JSONL record's fields, a feed entry's) wins over what is read from the page. The
outlet is the first of: given, read from the page (header, outlet line, byline, HTML site
name), the URL's domain, the dateline — turned into the outlet's own name by the pack's outlet
table (`lang/<code>/outlets.yaml`; IndoSum's "cnn indonesia" becomes "CNN Indonesia"). The
publication time is, in order: given, printed on the page, spelled out by the URL, htmldate's
guess for an HTML page, or else the time the source fetched the page (`fetched`, e.g.
IndoSum's id timestamp). A header's "section" that is the dateline's place ("Jakarta |
Kompas | ...") is no section.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from spacy.tokens import Doc

from warta.article.body import clean_text, find_dateline
from warta.article.html import extract_html
from warta.article.language import detect_language
from warta.article.metadata import parse_published, published_from_url
from warta.article.outlets import outlet_from_url, outlet_name
from warta.errors import WartaError
from warta.ingest.base import RawDocument


@dataclass
class Article:
    """An article's metadata and the body text that the NLP layers analyse."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    section: str | None = None
    published: str | None = None
    dateline: str | None = None
    language: str = "id"
    url: str | None = None
    source: str | None = None
    doc: Doc | None = field(default=None, repr=False, compare=False)

    def to_record(self) -> dict[str, Any]:
        """The output record (needs the analysed `doc`; see `warta.analyze`)."""
        from warta.record import to_record

        if self.doc is None:
            raise WartaError("E022", "article not analysed yet: no Doc", self.source)
        return to_record(self, self.doc)


def article_id(raw: RawDocument, text: str) -> str:
    """The source's id, else a readable stable one: file stem (+ record number), URL or text hash."""
    if raw.meta.get("id"):
        return str(raw.meta["id"])
    if raw.meta.get("url"):
        return "url-" + hashlib.sha1(raw.meta["url"].encode()).hexdigest()[:12]
    if raw.source and not raw.source.startswith("<"):
        m = re.match(r"(.*?)(?:[:#](\d+))?$", raw.source)
        stem = PurePath(m.group(1)).name.split(".")[0]
        return f"{stem}-{m.group(2)}" if m.group(2) else stem
    return "text-" + hashlib.sha1(text.encode()).hexdigest()[:12]


def parse(raw: RawDocument, lang_hint: str = "id") -> Article:
    """The `Article` of a raw document; raises `WartaError` if no body text is left."""
    given = dict(raw.meta)
    if raw.html is not None:
        text, found = extract_html(raw.html, given.get("url"), raw.source)
        page = clean_text(text, lang_hint, find_title=False, find_header=False)
        found.update(page.meta)
        title = given.get("title") or found.get("title")
    else:
        page = clean_text(raw.text or "", lang_hint, find_header=not raw.body_only,
                          find_title=not raw.body_only and "title" not in given)
        found = page.meta
        title = given.get("title") or page.title
    if not page.body.strip():
        raise WartaError("E020", "no body text left after removing page furniture", raw.source)
    url = given.get("url") or found.get("url")
    outlet = given.get("outlet") or found.get("outlet") or outlet_from_url(url, lang_hint)
    place, dateline_outlet = find_dateline(page.body, lang_hint, outlet_name(outlet, lang_hint))
    section = given.get("section") or found.get("section")
    if section and place and section.casefold() == place.casefold():
        section = None
    published = (given.get("published") or found.get("published")
                 or published_from_url(url, lang_hint) or found.get("htmldate")
                 or given.get("fetched"))
    return Article(
        id=article_id(raw, page.body),
        text=page.body,
        title=title,
        outlet=outlet_name(outlet or dateline_outlet, lang_hint),
        section=section,
        published=parse_published(published, lang_hint) if published else None,
        dateline=given.get("dateline") or place,
        language=given.get("language") or detect_language(page.body, lang_hint),
        url=url,
        source=raw.source,
    )
