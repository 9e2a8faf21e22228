"""The web UI's pages as HTML: what each shows, the language switch, missing things."""
from __future__ import annotations

import re

import pytest
from markupsafe import Markup

from warta.store import open_store, queries
from warta.web.markup import Mark, annotate, bars


def _text(html: str) -> str:
    """What a page says, roughly: tags dropped, spaces squeezed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _kursk_claim(seeded_url: str) -> dict:
    store = open_store(seeded_url)
    try:
        return next(c for c in queries.claims(store, entity="North Korea") if c["type"] == "MOBILIZE")
    finally:
        store.close()


def test_search_page_lists_hits_counts_and_a_chart(client):
    html = client.get("/", params={"q": "Korea Utara"}).text
    assert '<strong id="hit-count">3</strong>' in html
    assert 'href="/articles/sindonews-kursk"' in html and "<mark>Korea</mark>" in html
    assert "<svg" in html and "<title>2025-04: 1</title>" in html and "<title>2024-10: 2</title>" in html
    filtered = client.get("/", params={"q": "Korea Utara", "outlet": "antaranews"}).text
    assert '<strong id="hit-count">1</strong>' in filtered and "kursk-denied" in filtered
    assert "Tidak ada artikel yang cocok." in client.get("/", params={"q": "zzzqqq"}).text


def test_search_page_without_words_lists_stories(client):
    html = client.get("/").text
    assert "Cerita" in html and re.search(r'href="/stories/\d+"', html)


def test_article_view_draws_the_layers_and_links_facts_to_sentences(client):
    html = client.get("/articles/sindonews-kursk").text
    assert "Terkonfirmasi! Kim Jong-un Kerahkan Tentara Korut" in html
    assert '<span class="hl ent" id="ent-0" data-label="GPE" title="North Korea (Q423)">Korea Utara</span>' in html
    assert re.search(r'<span class="hl time" id="time-\d+" data-label="DATE" title="2025-04-26">Sabtu pekan lalu</span>', html)
    assert 'class="hl quote"' in html and 'data-label="Korean Central News Agency"' in html
    anchors = set(re.findall(r'<a class="sent" id="(s-\d+)">', html))
    links = set(re.findall(r'href="#(s-\d+)"', html))
    assert links and links <= anchors
    assert 'href="/entities/North%20Korea"' in html
    assert '<pre id="record-json">' in html and 'href="/api/v1/articles/sindonews-kursk"' in html


def test_article_view_links_events_to_their_claim(client, seeded_url):
    html = client.get("/articles/kursk-alleged").text
    assert 'class="hl event"' in html and 'class="hl stance"' in html
    assert f'href="/claims/{_kursk_claim(seeded_url)["id"]}"' in html


def test_entity_page(client, seeded_url):
    html = client.get("/entities/Korut").text
    text = _text(html)
    assert "North Korea" in text and "Korea Utara ×" in text and "Korut ×" in text
    assert "Penyebutan per bulan" in text and "Peristiwa per bulan" in text
    events_chart = html.split("<h2>Peristiwa")[1].split('class="timeline events"')[0]
    assert "<title>2024-10: 2</title>" in events_chart  # the two hand-made reports' events
    assert "2024-10-18 North Korea (PRK) MOBILIZE Ukraine (UKR)" in text
    assert f'href="/claims/{_kursk_claim(seeded_url)["id"]}"' in html
    assert "Kutipan darinya" in text and "Kutipan tentangnya" in text


def test_claim_tracker_and_claim_timeline(client, seeded_url):
    claim = _kursk_claim(seeded_url)
    listing = client.get("/claims").text
    assert f'href="/claims/{claim["id"]}"' in listing and "MOBILIZE" in listing
    assert f'href="/claims/{claim["id"]}"' in client.get("/claims", params={"status": claim["status"]}).text
    other = "confirmed" if claim["status"] != "confirmed" else "alleged"
    assert f'href="/claims/{claim["id"]}"' not in client.get("/claims", params={"status": other}).text
    assert client.get("/claims", params={"status": "rumoured"}).status_code == 422
    text = _text(client.get(f"/claims/{claim['id']}").text)
    assert "North Korea (PRK) MOBILIZE Ukraine (UKR)" in text
    assert "2024-10-18 tuduhan Ukraine (UKR) CNN Indonesia · 2024-10-18 Intelijen Ukraina menuding" in text
    assert "2024-10-24 bantahan Russia (RUS) antaranews · 2024-10-24 Kremlin menyebut laporan" in text
    assert '<li class="step st-allege seen">' in client.get(f"/claims/{claim['id']}").text


def test_story_page_groups_articles_by_outlet(client, seeded_url):
    store = open_store(seeded_url)
    try:
        story = next(s for s in queries.stories(store) if "sindonews-kursk" in s["articles"])
    finally:
        store.close()
    html = client.get(f"/stories/{story['id']}").text
    assert "<h2>sindonews</h2>" in html and 'href="/articles/sindonews-kursk"' in html


def test_paste_box_analyses_on_the_spot(client):
    assert '<textarea name="text"' in client.get("/analyze").text
    text = ("Menteri Pertanian Andi Amran Sulaiman mengatakan bahwa pemerintah terus menambah "
            "stok beras di Jakarta, Senin (13/3/2017).")
    html = client.post("/analyze", data={"text": text}).text
    assert 'class="hl ent"' in html and "Dianalisis langsung, tidak disimpan." in html
    empty = client.post("/analyze", data={"text": ""})
    assert empty.status_code == 422 and 'role="alert"' in empty.text


def test_language_switch_by_query_then_cookie(client):
    english = client.get("/claims", params={"lang": "en"})
    assert "Claims" in english.text and english.cookies.get("lang") == "en"
    assert '<html lang="en">' in client.get("/").text  # the cookie now holds it
    assert "Klaim" in client.get("/claims", params={"lang": "id"}).text
    assert '<html lang="id">' in client.get("/", params={"lang": "xx"}).text


@pytest.mark.parametrize("url", ["/articles/nope", "/entities/Atlantis%20Raya", "/claims/999999",
                                 "/stories/999999"])
def test_missing_things_are_404_pages(client, url):
    response = client.get(url)
    assert response.status_code == 404 and "Tidak ditemukan" in response.text


def test_pages_fit_a_phone_and_use_local_assets_only(client):
    html = client.get("/articles/sindonews-kursk").text
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert not re.search(r'(src|href)="(https?:)?//', html.replace('href="https://www.wikidata.org', ""))
    css = client.get("/static/warta.css")
    assert css.status_code == 200 and "@media (max-width: 760px)" in css.text


def test_annotate_nests_spans_and_skips_one_that_would_cross():
    spans = [Mark(0, 20, "quote", "A", "", "q"), Mark(5, 9, "ent", "PER", "", "e"),
             Mark(15, 25, "time", "DATE", "", "t")]
    html = annotate("Kata Budi bahwa <semua> beres. Lalu.", spans)
    assert isinstance(html, Markup)
    assert html.startswith('<a class="sent" id="s-0"></a><span class="hl quote" id="q"')
    assert '<span class="hl ent" id="e" data-label="PER" title="">Budi</span>' in html
    assert 'id="t"' not in html and "bahwa &lt;sem</span>ua&gt; beres" in html
    assert '<a class="sent" id="s-1"></a>Lalu.' in html


def test_bars_scale_to_the_largest_value():
    chart = bars({"2025-03": 2, "2025-04": 4}, width=200, height=140)
    assert [b["h"] for b in chart["bars"]] == [50.0, 100.0]
    assert bars({})["bars"] == []


def test_search_form_sends_empty_dates_and_bad_dates_are_422(client):
    html = client.get("/", params={"q": "Korea Utara", "since": "", "until": "", "outlet": ""}).text
    assert '<strong id="hit-count">3</strong>' in html
    dated = client.get("/", params={"q": "Korea Utara", "since": "2025-01-01"}).text
    assert '<strong id="hit-count">1</strong>' in dated and 'value="2025-01-01"' in dated
    assert client.get("/", params={"q": "Korea", "since": "kemarin"}).status_code == 422


def test_language_links_keep_the_page_and_its_query(client):
    html = client.get("/", params={"q": "Korea Utara", "lang": "id"}).text
    assert 'href="/?q=Korea+Utara&amp;lang=en"' in html


@pytest.mark.parametrize("url", ["/claims/9223372036854775808", "/stories/0"])
def test_ids_out_of_range_are_422_not_server_errors(client, url):
    assert client.get(url).status_code == 422
