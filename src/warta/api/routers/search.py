"""GET /search and /search/counts: full-text search with filters, and matches over time."""
from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from warta.api.deps import StoreDep
from warta.api.schemas import Page, PeriodCount, SearchHit
from warta.store import queries

router = APIRouter(tags=["search"])
Q = Annotated[str, Query(min_length=1, max_length=500, description="Words, all of which must occur.")]
Since = Annotated[date | None, Query(description="First day (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Last day (YYYY-MM-DD).")]
Outlet = Annotated[str | None, Query(max_length=200, description="Only this outlet.")]


@router.get("/search", summary="Articles containing every word, best first, with snippets")
def search(store: StoreDep, q: Q, since: Since = None, until: Until = None, outlet: Outlet = None,
           limit: Annotated[int, Query(ge=1, le=100)] = 20,
           offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Page[SearchHit]:
    """Snippets mark the matched words `**like this**`."""
    hits, count = queries.search_page(store, q, since, until, outlet, limit, offset)
    return Page(data=hits, count=count)


@router.get("/search/counts", summary="Matching articles per period and outlet")
def search_counts(store: StoreDep, q: Q, since: Since = None, until: Until = None,
                  outlet: Outlet = None,
                  period: Annotated[str, Query(pattern="^(day|week|month)$")] = "month",
                  ) -> Page[PeriodCount]:
    """The outlet '*' counts all outlets (each near-duplicate group once); `share` is the part
    of the outlet's articles in the period that match."""
    rows = queries.search_counts(store, q, period, since, until, outlet)
    return Page(data=rows, count=len(rows))
