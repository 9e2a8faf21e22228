"""Coded errors: every message carries a searchable code and, where known, its source."""
from __future__ import annotations


class WartaError(Exception):
    """An error with a code (E001 ...) and the file/record it concerns."""

    def __init__(self, code: str, message: str, source: str | None = None):
        self.code = code
        self.message = message
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"[{code}] {where}{message}")

    def to_dict(self) -> dict:
        return {"code": self.code, "source": self.source, "message": self.message}


# E001-E009 ingest, E010-E019 language packs, E020-E029 article, E030-E049 nlp/models
