"""GET /claims and /claims/{id}: propositions merged across articles, with status timelines."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from warta.api.deps import StoreDep, found_or_404
from warta.api.schemas import EVENT_TYPES, MAX_ID, Claim, Page
from warta.store import queries
from warta.store.claims import STATUSES

router = APIRouter(tags=["claims"])
Status = Annotated[str | None, Query(pattern="^(" + "|".join(STATUSES) + ")$",
                                     description="One of " + ", ".join(STATUSES) + ".")]


@router.get("/claims", summary="Claims, most recently seen first")
def claims(store: StoreDep, entity: Annotated[str | None, Query(max_length=300)] = None,
           status: Status = None, type: Annotated[EVENT_TYPES | None, Query()] = None,
           limit: Annotated[int, Query(ge=1, le=500)] = 50,
           offset: Annotated[int, Query(ge=0)] = 0) -> Page[Claim]:
    """Filtered by an entity (subject or object, under any of its names), status and PLOVER type."""
    found = [c for c in queries.claims(store, entity, status) if type in (None, c["type"])]
    return Page(data=found[offset:offset + limit], count=len(found))


@router.get("/claims/{claim_id}", summary="One claim with its status timeline",
            responses={404: {"description": "No such claim"}})
def claim(store: StoreDep, claim_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> Claim:
    return found_or_404(queries.claim(store, claim_id), f"claim {claim_id}")
