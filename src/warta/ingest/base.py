"""What every reader yields."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import wraps
from pathlib import Path
from typing import IO, Any, Callable, Iterator, Union

from warta.errors import WartaError


@dataclass
class RawDocument:
    """One document as read: plain `text` or `html`, with what the source says about it.

    `source` names where it came from ("file.jsonl:3", "crawl.warc.gz#5"); `meta` holds
    metadata given by the source (id, title, published, outlet, url, section); `body_only` says
    the text is an article body already (no title or header line to look for).
    """

    source: str
    text: str | None = None
    html: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    body_only: bool = False


class IngestError(WartaError):
    """A file or record that could not be read."""


Item = Union[RawDocument, IngestError]
ItemStream = Iterator[Item]


def open_binary(path: Path) -> IO[bytes]:
    """The file opened for reading; an `IngestError` (E001) naming it if it cannot be."""
    try:
        return path.open("rb")
    except OSError as exc:
        raise IngestError("E001", f"cannot read file: {exc.strerror}", str(path)) from exc


def reader(fn: Callable[[Path], ItemStream]) -> Callable[[Path], ItemStream]:
    """Make a reader yield, instead of raise, the error that ends it: its `IngestError`, or
    E009 for an unexpected exception (a parser's bug must not end the batch)."""
    @wraps(fn)
    def wrapped(path: Path) -> ItemStream:
        try:
            yield from fn(path)
        except IngestError as exc:
            yield exc
        except Exception as exc:
            yield IngestError("E009", f"reader failed: {type(exc).__name__}: {exc}", str(path))
    return wrapped
