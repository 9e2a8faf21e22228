"""POST /ingest: store records, or analyse documents and store them (needs the API key when
one is set)."""
from __future__ import annotations

from typing import Any, Iterator

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool

from warta.api.analysis import analyse
from warta.api.deps import NlpDep, SettingsDep, StoreDep, require_key
from warta.api.schemas import IngestRequest, IngestResult
from warta.errors import WartaError
from warta.store import store_records

router = APIRouter(tags=["ingest"], dependencies=[Depends(require_key)])


@router.post("/ingest", summary="Store records, or analyse documents and store them",
             responses={401: {"description": "Missing or wrong X-API-Key"}})
async def ingest(body: IngestRequest, store: StoreDep, nlp: NlpDep,
                 settings: SettingsDep) -> IngestResult:
    """Each article in its own transaction; the same content again changes nothing. A document
    whose analysis fails is listed in `failed`, and the others are stored."""
    failed: list[str] = []
    sent: list[str] = []
    refused: set[str | None] = set()

    def records() -> Iterator[dict[str, Any]]:
        for record in (*(r.model_dump() for r in body.records), *analysed()):
            sent.append(record.get("id"))
            yield record

    def analysed() -> Iterator[dict[str, Any]]:
        for i, document in enumerate(body.documents):
            try:
                yield analyse(document, nlp, settings.lang)
            except WartaError as exc:
                failed.append(f"documents[{i}]: {exc}")

    summary = await run_in_threadpool(store_records, records(), store,
                                      lambda error: refused.add(error.source))
    return IngestResult(added=summary.added, replaced=summary.replaced,
                        unchanged=summary.unchanged, failed=failed + summary.failed,
                        ids=[i for i in sent if i not in refused])
