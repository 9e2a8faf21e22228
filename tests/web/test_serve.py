"""`warta serve`: opens the store, prints where the UI is, hands the app to uvicorn."""
from __future__ import annotations

import uvicorn
from fastapi import FastAPI
from typer.testing import CliRunner

from warta.cli import app


def test_serve_prints_the_url_and_runs_uvicorn_on_the_given_store(monkeypatch, tmp_path):
    ran = {}
    monkeypatch.setattr(uvicorn, "run", lambda app_, host, port, **_: ran.update(app=app_, host=host, port=port))
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    result = CliRunner().invoke(app, ["serve", "--db", url, "--port", "8765"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8765/" in result.output and url in result.output
    assert isinstance(ran["app"], FastAPI) and (ran["host"], ran["port"]) == ("127.0.0.1", 8765)
    assert ran["app"].state.settings.db == url
    assert (tmp_path / "serve.db").exists()  # the store was opened (and migrated)
