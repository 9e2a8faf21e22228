"""GET /export: the store as JSONL or CSV (records, or the flat event table)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from warta.api.deps import StoreDep
from warta.store.export import export_table

router = APIRouter(tags=["export"])
MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv"}


@router.get("/export", summary="Download records or events as JSONL or CSV",
            response_class=FileResponse,
            responses={200: {"content": {m: {} for m in MEDIA.values()}}})
def export(store: StoreDep, format: Annotated[Literal["jsonl", "csv"], Query()] = "jsonl",
           table: Annotated[Literal["records", "events"], Query()] = "records") -> FileResponse:
    """Records as stored (JSONL) or one flat row per article (CSV); or one row per event."""
    handle, name = tempfile.mkstemp(suffix=f".{format}")
    os.close(handle)
    export_table(store, format, table, Path(name))
    return FileResponse(name, media_type=MEDIA[format], filename=f"warta-{table}.{format}",
                        background=BackgroundTask(os.unlink, name))
