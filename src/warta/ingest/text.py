"""Plain text and HTML files (one document each)."""
from __future__ import annotations

from pathlib import Path

from warta.ingest.base import IngestError, ItemStream, RawDocument, open_binary, reader


def decode(data: bytes, source: str) -> str:
    """UTF-8 text of `data` (a BOM is dropped); anything else is an error naming the source."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError("E002", f"not UTF-8 text (byte {exc.start}: {exc.reason})",
                          source) from exc
    if "\x00" in text:
        raise IngestError("E002", "binary data, not text", source)
    return text


def read_document(path: Path) -> str:
    """The whole file as text; empty or unreadable files are errors naming it."""
    with open_binary(path) as fh:
        text = decode(fh.read(), str(path))
    if not text.strip():
        raise IngestError("E003", "empty document", str(path))
    return text


@reader
def read_text(path: Path) -> ItemStream:
    """A scraped page saved as plain text."""
    yield RawDocument(source=str(path), text=read_document(path))


@reader
def read_html(path: Path) -> ItemStream:
    """A saved HTML page."""
    yield RawDocument(source=str(path), html=read_document(path))
