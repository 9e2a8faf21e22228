"""Analysing one posted document: the same path as a file through `warta extract`
(reading the page, metadata, the pipeline, the record), without touching the store.

Requests run in a thread pool; the shared pipeline analyses one document at a time (its
components are not written for concurrent calls)."""
from __future__ import annotations

import threading
from typing import Any

from spacy.language import Language

from warta.api.schemas import Document
from warta.core import Outcome, read_articles
from warta.ingest import RawDocument
from warta.pipeline import analyse as analyse_text
from warta.record import to_record

_PIPELINE_LOCK = threading.Lock()


def analyse(document: Document, nlp: Language, lang: str) -> dict[str, Any]:
    """The record of a posted text or HTML page; raises `WartaError` when no article is left."""
    meta = document.model_dump(include={"id", "published", "outlet", "url"}, exclude_none=True)
    raw = RawDocument(source="<api>", text=document.text, html=document.html, meta=meta)
    parsed = next(read_articles([raw], lang))
    if isinstance(parsed, Outcome):
        raise parsed.error
    article = parsed.article
    with _PIPELINE_LOCK:   # long texts in windows, as `warta extract` analyses them
        doc = analyse_text(nlp, article.text, published=article.published, article_id=article.id)
    return to_record(article, doc)
