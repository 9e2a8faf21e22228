"""RSS and Atom feeds saved to disk (feedparser): one document per entry."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import feedparser

from warta.ingest.base import IngestError, ItemStream, RawDocument, open_binary, reader


def _published(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()


@reader
def read_feed(path: Path) -> ItemStream:
    """Entries of a feed; a malformed or truncated feed is reported, its readable entries kept."""
    with open_binary(path) as fh:
        feed = feedparser.parse(fh.read())
    if feed.bozo:
        reason = getattr(feed.bozo_exception, "getMessage", lambda: str(feed.bozo_exception))()
        yield IngestError("E006", f"malformed feed ({reason}); "
                          f"{len(feed.entries)} readable entries kept", str(path))
    elif not feed.entries:
        yield IngestError("E003", "feed has no entries", str(path))
    outlet = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        source = f"{path}#{n}"
        content = entry.get("content")
        html = content[0].get("value") if content else entry.get("summary")
        if not html or not html.strip():
            yield IngestError("E005", "feed entry has no content or summary", source)
            continue
        meta = {"title": entry.get("title"), "url": entry.get("link"),
                "published": _published(entry), "outlet": outlet, "id": entry.get("id")}
        yield RawDocument(source=source, html=html,
                          meta={k: v for k, v in meta.items() if v})
