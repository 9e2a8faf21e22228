"""Typed dependencies: the app's store, settings and pipeline, and the key check for writes."""
from __future__ import annotations

import secrets
from typing import Annotated, TypeVar

from fastapi import Depends, HTTPException, Request, Security
from fastapi.security import APIKeyHeader
from spacy.language import Language

from warta.api.settings import Settings
from warta.pipeline import load_pipeline
from warta.store import Store


def get_settings(request: Request) -> Settings:
    """The settings the app was made with."""
    return request.app.state.settings


def get_store(request: Request) -> Store:
    """The app's store (one engine per app, opened at start-up)."""
    return request.app.state.store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]


def get_nlp(settings: SettingsDep) -> Language:
    """The analysis pipeline (loaded on first use, then cached for the process)."""
    return load_pipeline(settings.lang)


NlpDep = Annotated[Language, Depends(get_nlp)]
_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                           description="Needed by the write endpoints when WARTA_API_KEY is set.")


def require_key(settings: SettingsDep, key: Annotated[str | None, Security(_key_header)]) -> None:
    """Refuse a write (401) when a key is configured and the request's is missing or wrong."""
    if settings.api_key and not (key and secrets.compare_digest(key, settings.api_key)):
        raise HTTPException(401, "missing or wrong API key (header X-API-Key)")


T = TypeVar("T")


def found_or_404(value: T | None, what: str) -> T:
    """A looked-up value, or a 404 that names what was not found."""
    if value is None:
        raise HTTPException(404, f"no {what}")
    return value
