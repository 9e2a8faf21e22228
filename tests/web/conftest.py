"""Web fixtures: the API tests' seeded store (`tests/api/seeded.py`), a client of the app on it."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from seeded import seed  # noqa: E402

from warta.api import Settings, create_app  # noqa: E402


@pytest.fixture(scope="module")
def seeded_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the analysed samples and the hand-made Kursk reports."""
    return seed(f"sqlite:///{tmp_path_factory.mktemp('web') / 'warta.db'}")


@pytest.fixture(scope="module")
def client(seeded_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=seeded_url))) as c:
        yield c
