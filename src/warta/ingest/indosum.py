"""IndoSum records (Kurniawan & Louvan 2018): paragraphs of sentences of tokens, re-joined.

The corpus ships tokenised text; `detokenize` puts it back the way a page prints it, so that
IndoSum files can be read as news (`warta extract dev.01.jsonl`) and used as a benchmark.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

WIB = timezone(timedelta(hours=7))

NO_SPACE_BEFORE = {",", ".", ")", "]", "}", "!", "?", ":", ";", "%", "”", "’", "..."}
NO_SPACE_AFTER = {"(", "[", "{", "“", "‘", "$"}
QUOTES = {'"', "'"}


def detokenize(tokens: list[str]) -> str:
    """A sentence's text from its tokens (straight quotes paired open/close)."""
    out: list[str] = []
    open_quote = {q: False for q in QUOTES}
    glue_next = False
    for tok in tokens:
        if tok in QUOTES:
            opening = not open_quote[tok]
            open_quote[tok] = opening
            if out and not opening:
                out[-1] += tok
            else:
                out.append(tok)
                glue_next = True
            continue
        if out and (glue_next or tok in NO_SPACE_BEFORE):
            out[-1] += tok
        else:
            out.append(tok)
        glue_next = tok in NO_SPACE_AFTER
    return " ".join(out)


def indosum_meta(record: dict[str, Any]) -> dict[str, Any]:
    """Metadata of an IndoSum record: its outlet, URL, and the time in its id's timestamp
    (`fetched`: when the corpus saw the page, often a day after publication)."""
    meta = {"outlet": record.get("source"), "url": record.get("source_url")}
    stamp = str(record.get("id", "")).split("-")[0]
    if stamp.isdigit():
        meta["fetched"] = datetime.fromtimestamp(int(stamp), WIB).isoformat()
    return {k: v for k, v in meta.items() if v}


def indosum_text(record: dict[str, Any]) -> str | None:
    """Body text of an IndoSum record, paragraphs separated by a blank line."""
    paragraphs = record.get("paragraphs")
    if not isinstance(paragraphs, list):
        return None
    return "\n\n".join(
        " ".join(detokenize(sentence) for sentence in paragraph) for paragraph in paragraphs
    )
