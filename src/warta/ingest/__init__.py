"""Readers that turn what people have (pages, files, feeds, archives) into `RawDocument`s.

`read(inputs)` walks paths, directories, globs and `-` (stdin), picks a reader by format and
yields, in order, a `RawDocument` for every document found or an `IngestError` for every one
that could not be read — a bad file or record never stops the batch.
"""
from warta.ingest.base import IngestError, RawDocument
from warta.ingest.dispatch import read, reader_for

__all__ = ["IngestError", "RawDocument", "read", "reader_for"]
