"""The application: the HTTP API under /api/v1 and the web UI, from one process.

    from warta.api import create_app
    app = create_app(Settings(db="sqlite:///warta.db"))     # or WARTA_* from the environment

One store (one engine) per app, opened when the app is made and closed at shut-down; routes reach it
through dependencies and ask `warta.store.queries` only.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from warta import __version__
from warta.api.limits import BodyLimit
from warta.api.routers import ROUTERS
from warta.api.settings import Settings
from warta.errors import WartaError
from warta.store import open_store
from warta.web import STATIC
from warta.web.routes import router as web_router

API_PREFIX = "/api/v1"


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app for `settings` (default: read from `WARTA_*` environment variables)."""
    settings = settings or Settings()

    store = open_store(settings.db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    app = FastAPI(title="warta", version=__version__, lifespan=lifespan,
                  openapi_url=f"{API_PREFIX}/openapi.json", docs_url=f"{API_PREFIX}/docs",
                  redoc_url=None,
                  description="Indonesian news analysed: entities, times, quotes, events, "
                              "stances; stored, searched, clustered into stories and claims.")
    app.state.settings, app.state.store = settings, store
    for router in ROUTERS:
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(BodyLimit, max_body=settings.max_body)

    @app.exception_handler(WartaError)
    async def _unreadable(_request: Request, exc: WartaError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 422)

    return app
