"""The server's settings, read from `WARTA_*` environment variables (or given in code)."""
from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from warta.store.db import DEFAULT_URL


class Settings(BaseSettings):
    """`WARTA_DB` (the store's URL), `WARTA_API_KEY` (when set, writes need it in the
    `X-API-Key` header), `WARTA_MAX_BODY` (the largest request body, bytes), `WARTA_LANG`."""

    model_config = SettingsConfigDict(env_prefix="WARTA_", extra="ignore")

    db: str = DEFAULT_URL
    api_key: str | None = None
    max_body: int = Field(2_000_000, gt=0)
    lang: str = "id"
