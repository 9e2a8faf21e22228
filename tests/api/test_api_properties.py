"""A property-based run over the OpenAPI spec (schemathesis, against the ASGI app in process,
offline): requests generated from every operation's parameters and bodies, valid and not, on
a seeded store; none may get a server error (5xx)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from warta.api import Settings, create_app

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402

EXAMPLES = 25  # per operation: enough to try every parameter's edges, quick enough for `make test`


@pytest.fixture(scope="module")
def api_schema(seeded_url: str, tmp_path_factory: pytest.TempPathFactory):
    """The spec of an app on a copy of the seeded store (ingest may write to it)."""
    copy = tmp_path_factory.mktemp("props") / "warta.db"
    copy.write_bytes(Path(seeded_url.removeprefix("sqlite:///")).read_bytes())
    app = create_app(Settings(db=f"sqlite:///{copy}", max_body=200_000))
    return schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)


OPERATIONS = [("POST", "/analyze"), ("POST", "/ingest"), ("GET", "/search"),
              ("GET", "/search/counts"), ("GET", "/entities/{name}"),
              ("GET", "/entities/{name}/timeline"), ("GET", "/stories"),
              ("GET", "/stories/{story_id}"), ("GET", "/claims"), ("GET", "/claims/{claim_id}"),
              ("GET", "/articles/{article_id}"), ("GET", "/export")]


def test_every_operation_is_exercised(api_schema):
    found = {(r.ok().method.upper(), r.ok().path) for r in api_schema.get_all_operations()}
    assert found == {(m, "/api/v1" + p) for m, p in OPERATIONS}


@pytest.mark.parametrize("method, path", OPERATIONS)
def test_no_server_error(api_schema, method, path):
    operation = api_schema["/api/v1" + path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    def check(case) -> None:
        case.call_and_validate(checks=[not_a_server_error])

    check()
