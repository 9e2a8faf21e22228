"""The HTTP API under /api/v1: every endpoint, its filters and pagination, each error case,
the request-size limit and the API key of the writes."""
from __future__ import annotations

import csv
import io
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from seeded import analysed

from warta.api import Settings, create_app

API = "/api/v1"
PAGE = ("Banjir Rendam Rumah di Bekasi\n\nNasional | kabarkita | Selasa, 4 Februari 2025 - 19:30\n\n"
        "BEKASI - Banjir merendam ratusan rumah di Kecamatan Bekasi Timur, Selasa (4/2/2025) sore. "
        '"Air mulai naik pukul 15.00 WIB," kata Suryani, warga setempat.')
HTML = ("<html><head><title>Gempa Guncang Lombok Utara</title>"
        '<meta property="article:published_time" content="2024-08-05T19:46:00+08:00"></head>'
        "<body><article><h1>Gempa Guncang Lombok Utara</h1><p>Gempa bermagnitudo 5,8 mengguncang "
        "Kabupaten Lombok Utara, Nusa Tenggara Barat, pada Senin malam.</p><p>Badan Meteorologi, "
        "Klimatologi, dan Geofisika (BMKG) menyatakan gempa tersebut tidak berpotensi tsunami."
        "</p></article></body></html>")


def _record(id_: str = "hand-1", text: str = "Presiden Joko Widodo meresmikan jembatan.") -> dict:
    return {"id": id_, "text": text, "outlet": "contoh", "published": "2025-01-02T10:00:00+07:00",
            "entities": [{"start": 9, "end": 20, "text": "Joko Widodo", "label": "PER",
                          "name": "Joko Widodo", "kb_id": "Q388"}],
            "times": [], "quotes": [], "events": [], "stances": []}


# analyze

def test_analyze_text_returns_the_record_and_stores_nothing(client):
    response = client.post(f"{API}/analyze", json={"text": PAGE, "url": "http://127.0.0.1:9/x"})
    assert response.status_code == 200
    record = response.json()
    assert record["title"] == "Banjir Rendam Rumah di Bekasi"
    assert record["outlet"] == "kabarkita" and record["url"] == "http://127.0.0.1:9/x"
    assert record["published"].startswith("2025-02-04T19:30")
    assert "Kecamatan Bekasi Timur" in {e["text"] for e in record["entities"]}
    assert any(t["value"] == "2025-02-04T15:00" for t in record["times"])
    assert [q["speaker"]["text"] for q in record["quotes"]] == ["Suryani"]
    assert client.get(f"{API}/articles/{record['id']}").status_code == 404


def test_concurrent_analyses_give_what_one_at_a_time_gives(client):
    texts = [PAGE, PAGE.replace("Suryani", "Budi Santoso"), PAGE.replace("Bekasi Timur", "Cibitung")] * 2

    def analysed_text(text: str) -> dict:
        return client.post(f"{API}/analyze", json={"text": text}).json()

    serial = [analysed_text(t) for t in texts]
    with ThreadPoolExecutor(len(texts)) as pool:
        assert list(pool.map(analysed_text, texts)) == serial


def test_analyze_html_and_given_metadata(client):
    record = client.post(f"{API}/analyze", json={"html": HTML, "outlet": "KabarKita"}).json()
    assert record["title"] == "Gempa Guncang Lombok Utara"
    assert record["outlet"] == "KabarKita"
    assert record["text"].startswith("Gempa bermagnitudo 5,8")
    assert "BMKG" in {e["text"] for e in record["entities"]}


@pytest.mark.parametrize("body, words", [
    ({"text": "a", "html": "<p>a</p>"}, "exactly one of 'text' and 'html'"),
    ({"outlet": "x"}, "exactly one of 'text' and 'html'"),
    ({"text": ""}, "at least 1 character"),
    ({"text": 5}, "valid string"),
])
def test_analyze_bad_input_is_422_with_a_message(client, body, words):
    response = client.post(f"{API}/analyze", json=body)
    assert response.status_code == 422
    assert words in json.dumps(response.json()["detail"])


def test_analyze_a_page_of_furniture_only_is_422_with_the_code(client):
    response = client.post(f"{API}/analyze", json={"html": "<html><body></body></html>"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("[E0")


def test_analyze_not_json_is_422(client):
    response = client.post(f"{API}/analyze", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 422


def test_request_over_the_size_limit_is_413(empty_url):
    with TestClient(create_app(Settings(db=empty_url, max_body=1000))) as small:
        response = small.post(f"{API}/analyze", json={"text": "kata " * 400})
        assert response.status_code == 413
        assert "over 1000 bytes" in response.json()["detail"]
        chunks = iter([b'{"text": "', b"x" * 1500, b'"}'])  # no Content-Length: counted as read
        response = small.post(f"{API}/analyze", content=chunks,
                              headers={"Content-Type": "application/json"})
        assert response.status_code == 413
        assert small.post(f"{API}/analyze", json={"text": PAGE}).status_code == 200


# ingest and the key

def test_ingest_needs_the_key_when_one_is_set_and_reads_stay_open(empty_url):
    with TestClient(create_app(Settings(db=empty_url, api_key="s3cret"))) as keyed:
        body = {"records": [_record()]}
        for headers in ({}, {"X-API-Key": "wrong"}):
            response = keyed.post(f"{API}/ingest", json=body, headers=headers)
            assert response.status_code == 401
            assert "API key" in response.json()["detail"]
        assert keyed.get(f"{API}/articles/hand-1").status_code == 404
        response = keyed.post(f"{API}/ingest", json=body, headers={"X-API-Key": "s3cret"})
        assert response.status_code == 200
        assert response.json() == {"added": 1, "replaced": 0, "unchanged": 0, "failed": [],
                                   "ids": ["hand-1"]}
        assert keyed.get(f"{API}/articles/hand-1").json()["record"]["outlet"] == "contoh"
        assert keyed.get(f"{API}/search", params={"q": "jembatan"}).json()["count"] == 1


def test_ingest_documents_are_analysed_then_stored_and_a_second_time_unchanged(empty_url):
    with TestClient(create_app(Settings(db=empty_url))) as c:
        body = {"documents": [{"text": PAGE, "id": "bekasi"},
                              {"html": "<html><body></body></html>"}]}
        result = c.post(f"{API}/ingest", json=body).json()
        assert (result["added"], result["ids"]) == (1, ["bekasi"])
        assert len(result["failed"]) == 1 and result["failed"][0].startswith("documents[1]: [E0")
        stored = c.get(f"{API}/articles/bekasi").json()["record"]
        assert stored["title"] == "Banjir Rendam Rumah di Bekasi"
        again = c.post(f"{API}/ingest", json={"documents": [{"text": PAGE, "id": "bekasi"}]}).json()
        assert (again["added"], again["unchanged"]) == (0, 1)
        changed = _record("bekasi", "Banjir surut di Bekasi Timur.")
        changed["entities"] = []
        assert c.post(f"{API}/ingest", json={"records": [changed]}).json()["replaced"] == 1


@pytest.mark.parametrize("change, words", [
    (lambda r: r["entities"][0].update(end=999), "outside the text"),
    (lambda r: r["stances"].append({"holder": None, "stance": "deny", "event": 0}),
     "names an event"),
    (lambda r: r["entities"][0].pop("label"), "label"),
    (lambda r: r.pop("text"), "text"),
    (lambda r: r["stances"].append({"holder": None, "stance": "maybe", "event": 0}), "stance"),
])
def test_ingest_a_broken_record_is_422_and_nothing_is_stored(empty_url, change, words):
    with TestClient(create_app(Settings(db=empty_url))) as c:
        record = _record()
        change(record)
        response = c.post(f"{API}/ingest", json={"records": [record]})
        assert response.status_code == 422
        assert words in json.dumps(response.json()["detail"])
        assert c.get(f"{API}/articles/hand-1").status_code == 404


# search

def test_search_hits_snippets_and_pagination(client):
    body = client.get(f"{API}/search", params={"q": "Korea Utara"}).json()
    assert body["count"] == 3
    assert {h["article"] for h in body["data"]} == {"sindonews-kursk", "kursk-alleged", "kursk-denied"}
    assert all("**Korea**" in h["snippet"] for h in body["data"])
    first, second = (client.get(f"{API}/search", params={"q": "Korea Utara", "limit": 1, "offset": o}).json()
                     for o in (0, 1))
    assert first["count"] == second["count"] == 3
    assert first["data"][0] == body["data"][0] and second["data"][0] == body["data"][1]
    assert client.get(f"{API}/search", params={"q": "Korea Utara", "offset": 3}).json() == {"data": [], "count": 3}


def test_search_filters(client):
    def found(**params) -> set[str]:
        return {h["article"] for h in client.get(f"{API}/search", params={"q": "Kursk", **params}).json()["data"]}

    assert found(outlet="SINDONEWS") == {"sindonews-kursk"}
    assert found(since="2025-01-01") == {"sindonews-kursk"}
    assert found(until="2024-10-20") == {"kursk-alleged"}
    assert found(outlet="kumparan") == set()


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "x", "limit": 0}, {"q": "x", "limit": 101},
                                    {"q": "x", "offset": -1}, {"q": "x", "since": "28/4/2025"}])
def test_search_bad_parameters_are_422(client, params):
    response = client.get(f"{API}/search", params=params)
    assert response.status_code == 422 and response.json()["detail"]


def test_search_counts_per_month_and_outlet(client):
    body = client.get(f"{API}/search/counts", params={"q": "Korea Utara"}).json()
    rows = {(r["period"], r["outlet"]): r for r in body["data"]}
    assert body["count"] == len(body["data"])
    assert rows[("2025-04", "*")]["matches"] == 1
    assert rows[("2024-10", "*")]["matches"] == 2
    assert rows[("2024-10", "antaranews")]["share"] == 1.0
    day = client.get(f"{API}/search/counts", params={"q": "Korea Utara", "period": "day"}).json()
    assert "2024-10-18" in {r["period"] for r in day["data"]}
    assert client.get(f"{API}/search/counts", params={"q": "Korea Utara", "period": "year"}).status_code == 422


# entities, stories, claims, articles

def test_entity_profile_and_unknown_entity(client):
    korut = client.get(f"{API}/entities/Korut").json()
    assert korut["name"] == "North Korea"
    assert {"Korea Utara", "Korut"} <= {a["text"] for a in korut["aliases"]}
    assert korut["mentions_per_month"]["2025-04"] >= 8
    assert korut["articles"] == 3
    kcna = client.get(f"{API}/entities/KCNA").json()
    assert any("memusnahkan" in q["text"] for q in kcna["quotes_by"])
    response = client.get(f"{API}/entities/Atlantis Raya")
    assert response.status_code == 404 and "Atlantis Raya" in response.json()["detail"]


def test_entity_timeline_filters_and_pages(client):
    body = client.get(f"{API}/entities/Korea Utara/timeline").json()
    assert body["count"] == len(body["data"]) >= 2
    first, second = body["data"][:2]
    assert (first["article"], first["outlet"], first["when"]) == ("kursk-alleged", "CNN Indonesia", "2024-10-18")
    assert (second["article"], second["role"]) == ("kursk-denied", "source")
    assert first["claim"] == _kursk_claim(client)["id"]
    late = client.get(f"{API}/entities/North Korea/timeline", params={"since": "2024-10-20"}).json()
    assert "kursk-alleged" not in {e["article"] for e in late["data"]}
    assert client.get(f"{API}/entities/North Korea/timeline", params={"type": "PROTEST"}).json()["count"] == 0
    page = client.get(f"{API}/entities/North Korea/timeline", params={"limit": 1, "offset": 1}).json()
    assert page["data"] == [second] and page["count"] == body["count"]
    assert client.get(f"{API}/entities/Atlantis Raya/timeline").status_code == 404
    assert client.get(f"{API}/entities/Korut/timeline", params={"type": "GOSSIP"}).status_code == 422


def test_stories_and_one_story(client):
    body = client.get(f"{API}/stories").json()
    assert body["count"] == len(body["data"]) >= 1
    stored = {a for s in body["data"] for a in s["articles"]}
    assert {r["id"] for r in analysed()} <= stored
    story = body["data"][0]
    one = client.get(f"{API}/stories/{story['id']}").json()
    assert [a["id"] for a in one["articles"]] == story["articles"]
    assert client.get(f"{API}/stories", params={"limit": 1}).json()["count"] == body["count"]
    assert client.get(f"{API}/stories/999999").status_code == 404
    assert client.get(f"{API}/stories/abc").status_code == 422


def _kursk_claim(client) -> dict:
    found = client.get(f"{API}/claims", params={"entity": "Korea Utara", "type": "MOBILIZE"}).json()
    assert found["count"] == 1
    return found["data"][0]


def test_claims_filters_and_the_kursk_timeline(client):
    claim = _kursk_claim(client)
    assert claim["subject"]["name"] == "North Korea" and claim["object"]["name"] == "Ukraine"
    steps = [(s["stance"], s["outlet"], s["date"]) for s in claim["stances"]]
    assert steps[:2] == [("allege", "CNN Indonesia", "2024-10-18"), ("deny", "antaranews", "2024-10-24")]
    assert claim["stances"][1]["sentence"].startswith("Kremlin menyebut laporan")
    assert client.get(f"{API}/claims/{claim['id']}").json() == claim
    same = client.get(f"{API}/claims", params={"status": claim["status"]}).json()["data"]
    assert claim["id"] in {c["id"] for c in same}
    other = "confirmed" if claim["status"] != "confirmed" else "alleged"
    assert claim["id"] not in {c["id"] for c in client.get(
        f"{API}/claims", params={"status": other}).json()["data"]}
    assert client.get(f"{API}/claims", params={"type": "PROTEST"}).json() == {"data": [], "count": 0}


@pytest.mark.parametrize("url, code", [
    (f"{API}/claims?status=rumoured", 422), (f"{API}/claims?type=GOSSIP", 422),
    (f"{API}/claims?limit=0", 422), (f"{API}/claims/999999", 404), (f"{API}/claims/abc", 422),
    (f"{API}/claims/9223372036854775808", 422), (f"{API}/stories/9223372036854775808", 422),
    (f"{API}/articles/no-such-article", 404), (f"{API}/entities/%20", 404),
])
def test_bad_ids_and_filters(client, url, code):
    response = client.get(url)
    assert response.status_code == code and response.json()["detail"]


def test_article_record_story_and_claims(client):
    body = client.get(f"{API}/articles/sindonews-kursk").json()
    expected = next(r for r in analysed() if r["id"] == "sindonews-kursk")
    assert body["record"] == expected
    assert isinstance(body["story"], int)
    alleged = client.get(f"{API}/articles/kursk-alleged").json()
    assert alleged["claims"] == {"0": _kursk_claim(client)["id"]}


# export

def test_export_jsonl_csv_and_events(client):
    response = client.get(f"{API}/export")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    ids = [json.loads(line)["id"] for line in response.text.splitlines()]
    assert sorted(ids) == sorted([r["id"] for r in analysed()] + ["kursk-alleged", "kursk-denied"])
    rows = list(csv.DictReader(io.StringIO(client.get(f"{API}/export", params={"format": "csv"}).text)))
    assert {r["id"]: r["outlet"] for r in rows}["sindonews-kursk"] == "sindonews"
    events = list(csv.DictReader(io.StringIO(client.get(
        f"{API}/export", params={"format": "csv", "table": "events"}).text)))
    assert {(e["article"], e["type"], e["actor1_name"]) for e in events} >= {
        ("kursk-alleged", "MOBILIZE", "North Korea"), ("kursk-denied", "MOBILIZE", "North Korea")}
    assert client.get(f"{API}/export", params={"format": "xml"}).status_code == 422


def test_openapi_documents_every_endpoint(client):
    paths = client.get(f"{API}/openapi.json").json()["paths"]
    assert set(paths) == {f"{API}{p}" for p in (
        "/analyze", "/ingest", "/search", "/search/counts", "/entities/{name}",
        "/entities/{name}/timeline", "/stories",
        "/stories/{story_id}", "/claims", "/claims/{claim_id}", "/articles/{article_id}", "/export")}
    spec = client.get(f"{API}/openapi.json").json()
    assert spec["components"]["securitySchemes"]["APIKeyHeader"]["name"] == "X-API-Key"
    assert paths[f"{API}/ingest"]["post"]["security"] == [{"APIKeyHeader": []}]
