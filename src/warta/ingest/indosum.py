"""IndoSum records (Kurniawan & Louvan 2018): paragraphs of sentences of tokens, re-joined.

The corpus ships tokenised text; `detokenize` puts it back the way a page prints it, so that
IndoSum files can be read as news (`warta extract dev.01.jsonl`) and used as a benchmark.
Straight quotes are paired over a whole paragraph, since a quote may run over several of its
sentences (`"... tidak bisa," ucap Zulkifli`).
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from warta.errors import WartaError

WIB = timezone(timedelta(hours=7))

NO_SPACE_BEFORE = {",", ".", ")", "]", "}", "!", "?", ":", ";", "%", "”", "’", "..."}
NO_SPACE_AFTER = {"(", "[", "{", "“", "‘", "$"}
QUOTES = {'"', "'"}


def detokenize(tokens: list[str]) -> str:
    """The text of a run of tokens (a sentence or a paragraph; straight quotes paired
    open/close within it, and a quote between a comma or sentence end and a lower-case word
    closes one whatever came before: `..., "kata X`)."""
    out: list[str] = []
    open_quote = {q: False for q in QUOTES}
    glue_next = False
    for i, tok in enumerate(tokens):
        if tok in QUOTES:
            closes = (bool(out) and out[-1][-1:] in {",", ".", "!", "?"} and i + 1 < len(tokens)
                      and tokens[i + 1][:1].islower())
            opening = not open_quote[tok] and not closes
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
    """Body text of an IndoSum record, paragraphs separated by a blank line; None without
    paragraphs, E009 if they are not lists of lists of string tokens."""
    paragraphs = record.get("paragraphs")
    if not isinstance(paragraphs, list):
        return None
    texts = []
    for p, paragraph in enumerate(paragraphs, 1):
        if not isinstance(paragraph, list) or not all(isinstance(s, list) for s in paragraph):
            raise WartaError("E009", f"paragraph {p} is not a list of sentences")
        tokens = [tok for sentence in paragraph for tok in sentence]
        bad = next((tok for tok in tokens if not isinstance(tok, str)), "")
        if bad != "":
            raise WartaError("E009", f"paragraph {p} has a token that is not a string: {bad!r}")
        texts.append(detokenize(tokens))
    return "\n\n".join(texts)
