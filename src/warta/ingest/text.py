"""Plain text and HTML files (one document each)."""
from __future__ import annotations

from pathlib import Path

from warta.ingest.base import IngestError, ItemStream, RawDocument


def decode(data: bytes, source: str) -> str:
    """UTF-8 text of `data` (a BOM is dropped); anything else is an error naming the source."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError("E002", f"not UTF-8 text (byte {exc.start}: {exc.reason})", source)
    if "\x00" in text:
        raise IngestError("E002", "binary data, not text", source)
    return text


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError("E001", f"cannot read file: {exc.strerror}", str(path))
    text = decode(data, str(path))
    if not text.strip():
        raise IngestError("E003", "empty document", str(path))
    return text


def read_text(path: Path) -> ItemStream:
    """A scraped page saved as plain text."""
    try:
        yield RawDocument(source=str(path), text=_read_text(path))
    except IngestError as exc:
        yield exc


def read_html(path: Path) -> ItemStream:
    """A saved HTML page."""
    try:
        yield RawDocument(source=str(path), html=_read_text(path))
    except IngestError as exc:
        yield exc
