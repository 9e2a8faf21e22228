"""POST /analyze: a text or HTML page in, its record out; nothing is stored."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from warta.api.analysis import analyse
from warta.api.deps import NlpDep, SettingsDep
from warta.api.schemas import Document

router = APIRouter(tags=["analyze"])


@router.post("/analyze", summary="Analyse a text or an HTML page (nothing is stored)")
async def analyze(document: Document, nlp: NlpDep, settings: SettingsDep) -> dict[str, Any]:
    """The article's record (`shared/schema/article.schema.json`). The URL is metadata only."""
    return await run_in_threadpool(analyse, document, nlp, settings.lang)
