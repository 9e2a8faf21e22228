"""WARC archives of crawled pages (warcio): one document per HTML response record."""
from __future__ import annotations

from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from warta.ingest.base import IngestError, ItemStream, RawDocument, open_binary, reader
from warta.ingest.text import decode

MAX_RECORD_BYTES = 32 * 2**20  # a larger (decompressed) payload is refused: no gzip bomb


@reader
def read_warc(path: Path) -> ItemStream:
    """HTML responses of a WARC file; a truncated or corrupt archive is reported where it breaks."""
    n = found = 0
    with open_binary(path) as fh:
        try:
            for n, record in enumerate(ArchiveIterator(fh), 1):
                if record.rec_type != "response":
                    continue
                ctype = record.http_headers.get_header("Content-Type") if record.http_headers else ""
                if "html" not in (ctype or ""):
                    continue
                found += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                source = f"{path}#{n}"
                payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
                if len(payload) > MAX_RECORD_BYTES:
                    yield IngestError("E007", f"record larger than {MAX_RECORD_BYTES:,} bytes "
                                      "once decompressed; not read", source)
                    continue
                if record.raw_stream.limit:
                    yield IngestError("E007", f"record truncated ({record.raw_stream.limit} "
                                      "bytes missing)", source)
                    continue
                try:
                    html = decode(payload, source)
                except IngestError as exc:
                    yield exc
                    continue
                yield RawDocument(source=source, html=html, meta={"url": url} if url else {})
        except Exception as exc:  # warcio raises several types for a broken archive
            yield IngestError("E007", f"archive broken after record {n}: "
                              f"{type(exc).__name__}: {exc}", str(path))
            return
    if not found:
        yield IngestError("E003", f"no HTML response among its {n} records", str(path))
