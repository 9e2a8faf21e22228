"""GET /entities/{name} and /entities/{name}/timeline: an entity's profile and its events."""
from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from warta.api.deps import StoreDep
from warta.api.schemas import EVENT_TYPES, EntityProfile, Page, TimelineEvent
from warta.store import queries

router = APIRouter(tags=["entities"])
Name = Annotated[str, Path(min_length=1, max_length=300,
                           description="Canonical name, else a mention's text (any case).")]


def _unknown(name: str) -> HTTPException:
    return HTTPException(404, f"no entity called {name!r}")


@router.get("/entities/{name}", summary="An entity: aliases, mentions per month, quotes",
            responses={404: {"description": "No entity of that name"}})
def entity(store: StoreDep, name: Name) -> EntityProfile:
    """Found by canonical name, else by a mention's text (case-insensitive)."""
    found = queries.entity(store, name)
    if found is None:
        raise _unknown(name)
    return found


@router.get("/entities/{name}/timeline", summary="The events an entity takes part in, by date",
            responses={404: {"description": "No entity of that name"}})
def timeline(store: StoreDep, name: Name, since: Annotated[date | None, Query()] = None,
             until: Annotated[date | None, Query()] = None,
             type: Annotated[EVENT_TYPES | None, Query()] = None,
             limit: Annotated[int, Query(ge=1, le=500)] = 100,
             offset: Annotated[int, Query(ge=0)] = 0) -> Page[TimelineEvent]:
    """As source or target, under any of its names; each with its claim and sentence."""
    found = queries.entity_timeline(store, name, since, until, type)
    if found is None:
        raise _unknown(name)
    return Page(data=found[offset:offset + limit], count=len(found))
