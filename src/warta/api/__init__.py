"""The HTTP API (FastAPI, under /api/v1) and, from the same app, the web UI (`warta.web`)."""
from warta.api.app import create_app
from warta.api.settings import Settings

__all__ = ["Settings", "create_app"]
