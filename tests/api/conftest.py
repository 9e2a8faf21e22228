"""API fixtures: a store filled once per module (see `seeded.py`) and clients of apps on it."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from fastapi.testclient import TestClient
from seeded import seed

from warta.api import Settings, create_app


@pytest.fixture(scope="module")
def seeded_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the analysed samples and the hand-made Kursk reports."""
    return seed(f"sqlite:///{tmp_path_factory.mktemp('api') / 'warta.db'}")


@pytest.fixture(scope="module")
def client(seeded_url: str) -> Iterator[TestClient]:
    """A client of the app on the seeded store, without an API key."""
    with TestClient(create_app(Settings(db=seeded_url, api_key=None))) as c:
        yield c


@pytest.fixture
def empty_url(tmp_path: Path) -> str:
    """A new, empty store's URL."""
    return f"sqlite:///{tmp_path / 'empty.db'}"
