"""The pages are outside the OpenAPI spec, so hypothesis generates their parameters here:
whatever a person or a crawler puts in the URL or the paste box, no page is a server error."""
from __future__ import annotations

from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ANY = st.text(max_size=40)
PAGES = st.one_of(
    st.builds(lambda q, s, u, o, off, lang: ("/", {"q": q, "since": s, "until": u, "outlet": o,
                                                   "offset": off, "lang": lang}),
              ANY, st.one_of(ANY, st.dates().map(str)), st.one_of(ANY, st.dates().map(str)), ANY,
              st.one_of(ANY, st.integers(-5, 10**6).map(str)), ANY),
    st.builds(lambda s, e: ("/claims", {"status": s, "entity": e}), ANY, ANY),
    st.builds(lambda n: (f"/entities/{quote(n, safe='')}", {}), ANY.filter(lambda n: n not in (".", ".."))),
    st.builds(lambda n: (f"/articles/{quote(n, safe='')}", {}), ANY.filter(lambda n: n not in (".", ".."))),
    st.builds(lambda i: (f"/claims/{i}", {}), st.integers(-10, 2**64)),
    st.builds(lambda i: (f"/stories/{i}", {}), st.integers(-10, 2**64)),
)


@given(page=PAGES)
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_no_page_is_a_server_error(client, page):
    path, params = page
    assert client.get(path, params=params).status_code < 500


@given(text=st.text(max_size=300))
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_no_pasted_text_is_a_server_error(client, text):
    assert client.post("/analyze", data={"text": text}).status_code in (200, 422)
