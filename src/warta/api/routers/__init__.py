"""One router per resource, all mounted under /api/v1."""
from warta.api.routers import analyze, articles, claims, entities, export, ingest, search, stories

ROUTERS = [r.router for r in (analyze, ingest, search, entities, stories, claims, articles, export)]
