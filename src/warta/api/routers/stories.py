"""GET /stories and /stories/{id}: articles of several outlets clustered into stories."""
from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query

from warta.api.deps import StoreDep, found_or_404
from warta.api.schemas import MAX_ID, Page, StoryDetail, StorySummary
from warta.store import queries

router = APIRouter(tags=["stories"])


@router.get("/stories", summary="Stories, latest first")
def stories(store: StoreDep, since: Annotated[date | None, Query()] = None,
            min_articles: Annotated[int, Query(ge=1)] = 1,
            limit: Annotated[int, Query(ge=1, le=500)] = 50,
            offset: Annotated[int, Query(ge=0)] = 0) -> Page[StorySummary]:
    """Stories that end on or after `since`, with at least `min_articles` articles."""
    found = queries.stories(store, since, min_articles)
    return Page(data=found[offset:offset + limit], count=len(found))


@router.get("/stories/{story_id}", summary="One story and its articles",
            responses={404: {"description": "No such story"}})
def story(store: StoreDep, story_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> StoryDetail:
    return found_or_404(queries.story(store, story_id), f"story {story_id}")
