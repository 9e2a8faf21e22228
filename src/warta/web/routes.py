"""The web UI's pages: search, article, entity, claims, claim, story, and the paste box.

Every page reads through `warta.store.queries` (the paste box through the same analysis as
POST /api/v1/analyze) and renders a template; the interface language is a dependency.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Cookie, Form, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from warta.api.analysis import analyse
from warta.api.deps import NlpDep, SettingsDep, StoreDep
from warta.api.schemas import MAX_ID, TEXT_LIMIT, Document
from warta.errors import WartaError
from warta.store import queries
from warta.store.claims import STATUSES
from warta.web import TEMPLATES
from warta.web.i18n import choose, strings
from warta.web.markup import annotate, bars, marks, sentence_of, sentence_starts

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=TEMPLATES)
templates.env.globals["chart"] = bars  # the bar-chart macro's geometry
PAGE = 20
STANCE_STEPS = ("allege", "assert", "no_comment", "deny", "confirm")


def render(request: Request, name: str, lang: str | None, cookie: str | None,
           status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page in the chosen language (remembered in a cookie when asked for with ?lang=)."""
    chosen = choose(lang, cookie)
    response = templates.TemplateResponse(request, name, {
        "t": strings(chosen), "lang": chosen, **context}, status_code=status_code)
    if lang == chosen:
        response.set_cookie("lang", chosen, max_age=365 * 24 * 3600, samesite="lax")
    return response


Lang = Annotated[str | None, Query(max_length=5)]
LangCookie = Annotated[str | None, Cookie(alias="lang")]


def _missing(request: Request, lang: str | None, cookie: str | None, what: str) -> HTMLResponse:
    return render(request, "missing.html", lang, cookie, 404, what=what)


def _day(value: str) -> date | None:
    """A date filter from a form: empty is none; anything but YYYY-MM-DD is refused (422)."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise HTTPException(422, f"not a date (YYYY-MM-DD): {value!r}") from None


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, lang: Lang = None, cookie: LangCookie = None,
                q: Annotated[str, Query(max_length=500)] = "",
                since: Annotated[str, Query(max_length=10)] = "",
                until: Annotated[str, Query(max_length=10)] = "",
                outlet: Annotated[str, Query(max_length=200)] = "",
                offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> HTMLResponse:
    """Search with filters and matches per month; without words, the latest stories."""
    first, last = _day(since), _day(until)
    hits: list[dict[str, Any]] = []
    count, months = 0, []
    if q.strip():
        hits, count = queries.search_page(store, q, first, last, outlet or None, PAGE, offset)
        months = [(r["period"], r["matches"]) for r in
                  queries.search_counts(store, q, "month", first, last, outlet or None)
                  if r["outlet"] == queries.ALL_OUTLETS]
    return render(request, "search.html", lang, cookie, q=q, since=since, until=until,
                  outlet=outlet, offset=offset, page=PAGE, hits=hits, count=count,
                  months=months, stories=[] if q.strip() else queries.stories(store)[:10])


def _article_page(request: Request, record: dict[str, Any], lang: str | None,
                  cookie: str | None, **context: Any) -> HTMLResponse:
    starts = sentence_starts(record["text"])
    return render(request, "article.html", lang, cookie, r=record,
                  body=annotate(record["text"], marks(record)),
                  sentence=lambda offset: sentence_of(starts, offset),
                  record_json=json.dumps(record, ensure_ascii=False, indent=1), **context)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, store: StoreDep, article_id: str, lang: Lang = None,
                 cookie: LangCookie = None) -> HTMLResponse:
    """The article with its analysis drawn on the text; the record's JSON one click away."""
    found = queries.article(store, article_id)
    if found is None:
        return _missing(request, lang, cookie, article_id)
    return _article_page(request, found["record"], lang, cookie, story=found["story"],
                         claims=found["claims"], stored=True)


@router.get("/analyze", response_class=HTMLResponse)
def paste_box(request: Request, lang: Lang = None, cookie: LangCookie = None) -> HTMLResponse:
    """A box to paste a news text into."""
    return render(request, "analyze.html", lang, cookie, error=None, text="")


@router.post("/analyze", response_class=HTMLResponse)
async def analyse_pasted(request: Request, nlp: NlpDep, settings: SettingsDep,
                         text: Annotated[str, Form(max_length=TEXT_LIMIT)] = "",
                         lang: Lang = None, cookie: LangCookie = None) -> HTMLResponse:
    """The pasted text analysed on the spot (nothing stored), drawn like a stored article."""
    try:
        record = await run_in_threadpool(analyse, Document(text=text), nlp, settings.lang)
    except (ValidationError, WartaError) as exc:
        message = str(exc) if isinstance(exc, WartaError) else "empty text"
        return render(request, "analyze.html", lang, cookie, 422, error=message, text=text)
    return _article_page(request, record, lang, cookie, story=None, claims={}, stored=False)


@router.get("/entities/{name}", response_class=HTMLResponse)
def entity_page(request: Request, store: StoreDep, name: str, lang: Lang = None,
                cookie: LangCookie = None) -> HTMLResponse:
    """Aliases, mentions and events per month, co-occurring entities, its events in order,
    quotes by and about it."""
    found = queries.entity(store, name)
    if found is None:
        return _missing(request, lang, cookie, name)
    events = queries.entity_timeline(store, name) or []
    per_month = Counter(e["when"][:7] for e in events if e["when"])
    return render(request, "entity.html", lang, cookie, e=found, events=events,
                  events_per_month=sorted(per_month.items()))


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, store: StoreDep, lang: Lang = None, cookie: LangCookie = None,
                status: Annotated[str, Query(max_length=20)] = "",
                entity: Annotated[str, Query(max_length=300)] = "") -> HTMLResponse:
    """The claim tracker: claims with their status, filtered by status and entity."""
    if status and status not in STATUSES:
        raise HTTPException(422, f"unknown status {status!r}")
    found = queries.claims(store, entity or None, status or None)
    return render(request, "claims.html", lang, cookie, claims=found, status=status,
                  entity=entity, statuses=STATUSES)


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, store: StoreDep,
               claim_id: Annotated[int, Path(ge=1, le=MAX_ID)], lang: Lang = None,
               cookie: LangCookie = None) -> HTMLResponse:
    """One claim and its status timeline, source by source."""
    found = queries.claim(store, claim_id)
    if found is None:
        return _missing(request, lang, cookie, str(claim_id))
    return render(request, "claim.html", lang, cookie, c=found, steps=STANCE_STEPS)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, store: StoreDep,
               story_id: Annotated[int, Path(ge=1, le=MAX_ID)], lang: Lang = None,
               cookie: LangCookie = None) -> HTMLResponse:
    """A story: its articles, outlet by outlet, in order of publication."""
    found = queries.story(store, story_id)
    if found is None:
        return _missing(request, lang, cookie, str(story_id))
    return render(request, "story.html", lang, cookie, s=found)
