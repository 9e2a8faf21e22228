"""What every reader yields."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Union

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
