"""`warta serve`: the HTTP API and the web UI, served by uvicorn."""
from __future__ import annotations

from typing import Callable, Optional

import typer

from warta.cli.store import DB_HELP


def run_serve(db: str | None, host: str, port: int, echo: Callable[[str], None] = typer.echo) -> None:
    """Open the store at `db` (default `WARTA_DB`), say where the UI is, and serve until stopped."""
    import uvicorn

    from warta.api import Settings, create_app

    settings = Settings(db=db) if db else Settings()
    app = create_app(settings)
    echo(f"warta: the web UI at http://{host}:{port}/  (API: http://{host}:{port}/api/v1/docs;"
         f" store: {settings.db})")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def serve(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
) -> None:
    """Serve the web UI and the HTTP API (/api/v1) over the store."""
    run_serve(db, host, port)
