"""GET /articles/{id}: one stored article's record."""
from __future__ import annotations

from fastapi import APIRouter

from warta.api.deps import StoreDep, found_or_404
from warta.api.schemas import ArticleDetail
from warta.store import queries

router = APIRouter(tags=["articles"])


@router.get("/articles/{article_id}", summary="A stored article's record, story and claims",
            responses={404: {"description": "No such article"}})
def article(store: StoreDep, article_id: str) -> ArticleDetail:
    return found_or_404(queries.article(store, article_id), f"article {article_id!r}")
