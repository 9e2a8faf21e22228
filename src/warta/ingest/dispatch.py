"""Pick a reader by format, and walk paths, directories, globs and stdin."""
from __future__ import annotations

import glob
import io
import json
import sys
from pathlib import Path
from typing import Callable, Iterable

from warta.ingest.base import IngestError, ItemStream, RawDocument
from warta.ingest.feeds import read_feed
from warta.ingest.jsonl import parse_lines, read_jsonl
from warta.ingest.text import decode, read_html, read_text
from warta.ingest.warc import read_warc

Reader = Callable[[Path], ItemStream]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def reader_for(path: Path) -> Reader | None:
    """The reader for a file, by its (double) suffix."""
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def _is_jsonl(data: bytes) -> bool:
    """Whether data's first non-blank line is a JSON object (text may start with '{' too)."""
    first = next((line for line in data.lstrip().splitlines() if line.strip()), b"")
    if not first.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _read_stdin(stream: io.BufferedReader) -> ItemStream:
    """Sniff stdin: JSONL if its first line is a JSON object, HTML if it starts with '<', else
    one plain text."""
    data = stream.read()
    head = data.lstrip()[:1]
    if _is_jsonl(data):
        yield from parse_lines(io.BytesIO(data), "<stdin>")
        return
    try:
        text = decode(data, "<stdin>")
    except IngestError as exc:
        yield exc
        return
    if not text.strip():
        yield IngestError("E003", "empty document", "<stdin>")
    elif head == b"<":
        yield RawDocument(source="<stdin>", html=text)
    else:
        yield RawDocument(source="<stdin>", text=text)


def _hidden(path: Path, root: Path) -> bool:
    """Whether a path under `root` is, or lies in, a hidden file or folder (.git, .DS_Store)."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _expand(item: str) -> list[Path] | None:
    """Files named by a path, a directory (recursively, all but hidden files: those of an
    unknown format are reported by `read`) or a glob."""
    path = Path(item)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
    if path.exists():
        return [path]
    matches = sorted(glob.glob(item, recursive=True))
    return [Path(m) for m in matches if Path(m).is_file()] or None


def read(inputs: Iterable[str | Path]) -> ItemStream:
    """Every document (or error) of the given inputs, in order."""
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin(sys.stdin.buffer)
            continue
        paths = _expand(str(item))
        if paths is None:
            yield IngestError("E001", "no such file, directory or glob match", str(item))
            continue
        for path in paths:
            reader = reader_for(path)
            if reader is None:
                # named, it is an error; met in a directory, a warning (a README beside news)
                code = "W003" if Path(item).is_dir() else "E008"
                yield IngestError(code, f"unknown format '{path.suffix}', not read (known: "
                                  f"{', '.join(sorted(READERS))})", str(path))
                continue
            yield from reader(path)
