"""JSON Lines: one record per line with `text` and optional metadata.

IndoSum records (tokenised `paragraphs` instead of `text`) are read too.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from warta.errors import WartaError
from warta.ingest.base import IngestError, ItemStream, RawDocument, open_binary, reader
from warta.ingest.indosum import indosum_meta, indosum_text
from warta.ingest.text import decode

META_FIELDS = ("id", "title", "published", "fetched", "outlet", "url", "section", "dateline",
               "language")


def parse_lines(lines: IO[bytes], name: str) -> ItemStream:
    """Records of a JSONL stream; each bad line is an error naming `name:line`, and a stream
    without a single non-blank line is an error naming the stream."""
    blank = True
    for n, raw in enumerate(lines, 1):
        source = f"{name}:{n}"
        try:
            line = decode(raw, source)
        except IngestError as exc:
            yield exc
            continue
        if line.strip():
            blank = False
            yield parse_record(line, source)
    if blank:
        yield IngestError("E003", "no records (empty JSONL)", name)


def parse_record(line: str, source: str) -> RawDocument | IngestError:
    """The document of one JSONL line, or the error that names what is wrong with it."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return IngestError("E004", f"not JSON: {exc.msg} (column {exc.colno})", source)
    if not isinstance(rec, dict):
        return IngestError("E004", "a record must be a JSON object", source)
    if "text" not in rec and "paragraphs" in rec:
        try:
            rec = {**indosum_meta(rec), **rec, "text": indosum_text(rec)}
        except WartaError as exc:
            return IngestError(exc.code, exc.message, source)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return IngestError("E005", "record has no 'text' (or it is empty)", source)
    meta = {k: rec[k] for k in META_FIELDS if rec.get(k) is not None}
    return RawDocument(source=source, text=text, meta=meta, body_only=True)


@reader
def read_jsonl(path: Path) -> ItemStream:
    """Records of a JSONL file."""
    with open_binary(path) as fh:
        yield from parse_lines(fh, str(path))
