"""GET /entities/{name}: an entity's profile."""
from __future__ import annotations

from fastapi import APIRouter, HTTPException, Path

from warta.api.deps import StoreDep
from warta.api.schemas import EntityProfile
from warta.store import queries

router = APIRouter(tags=["entities"])


@router.get("/entities/{name}", summary="An entity: aliases, mentions per month, quotes",
            responses={404: {"description": "No entity of that name"}})
def entity(store: StoreDep, name: str = Path(min_length=1, max_length=300)) -> EntityProfile:
    """Found by canonical name, else by a mention's text (case-insensitive)."""
    found = queries.entity(store, name)
    if found is None:
        raise HTTPException(404, f"no entity called {name!r}")
    return found
