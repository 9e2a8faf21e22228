"""End to end in a real headless Chromium (Debian's `chromium` and `chromium-driver`, driven by
Selenium with the system chromedriver): `warta serve` on the seeded store, then what a person
sees on the article view, the search page and the Kursk claim page, at desktop and phone width.

Screenshots go to a temporary folder, or to `$WARTA_SCREENSHOTS` (the README's come from
`WARTA_SCREENSHOTS=docs .venv/bin/pytest tests/web/test_browser.py`).
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("no chromium/chromedriver: apt-get install -y chromium chromium-driver "
                "(.ci/run does)", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seeded_url: str) -> Iterator[str]:
    """`warta serve` on the seeded store at a free port; its base URL."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from warta.cli import main; main()", "serve",
                             "--db", seeded_url, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        assert f"{base}/" in proc.stdout.readline()  # it prints where the UI is
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/static/warta.css", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1100,900", "--lang=id"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(CHROMEDRIVER))
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = Path(os.environ.get("WARTA_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    where.mkdir(parents=True, exist_ok=True)
    return where


def _shot(browser, shots: Path, name: str) -> None:
    path = shots / f"{name}.png"
    browser.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_article_view_as_a_reader_sees_it(browser, server, shots):
    browser.set_window_size(1100, 900)
    browser.get(f"{server}/articles/sindonews-kursk?lang=id")
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Terkonfirmasi! Kim Jong-un")
    first = browser.find_element(By.ID, "ent-0")
    assert first.text == "Korea Utara" and first.is_displayed()
    assert first.get_attribute("title") == "North Korea (Q423)"
    assert "Sabtu pekan lalu" in [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".hl.time")]
    speakers = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".facts .quotes .speaker")]
    assert "Korean Central News Agency" in speakers
    _shot(browser, shots, "article")
    link = browser.find_element(By.CSS_SELECTOR, ".facts .quotes a")
    target = link.get_attribute("href").split("#")[1]
    link.click()
    assert browser.current_url.endswith(f"#{target}")
    assert browser.find_element(By.ID, target).tag_name == "a"
    record = browser.find_element(By.ID, "record-json")
    assert not record.is_displayed()
    browser.find_element(By.CSS_SELECTOR, "details.json summary").click()
    WebDriverWait(browser, 5).until(EC.visibility_of(record))
    assert json.loads(record.text)["id"] == "sindonews-kursk"


def test_search_as_a_reader_uses_it(browser, server, shots):
    browser.get(f"{server}/?lang=id")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("Korea Utara")
    browser.find_element(By.CSS_SELECTOR, "form.search button").click()
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.ID, "hit-count")))
    assert browser.find_element(By.ID, "hit-count").text == "3"
    titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".hits .title")]
    assert any(t.startswith("Terkonfirmasi! Kim Jong-un") for t in titles)
    bars = [t.get_attribute("textContent") for t in browser.find_elements(By.CSS_SELECTOR, "figure.chart title")]
    assert {"2024-10: 2", "2025-04: 1"} <= set(bars)  # months with stored articles, matched or not
    assert "Korea" in [m.text for m in browser.find_elements(By.CSS_SELECTOR, ".snippet mark")]
    _shot(browser, shots, "search")
    browser.find_element(By.LINK_TEXT, "EN").click()
    assert browser.find_element(By.CSS_SELECTOR, "form.search button").text == "Search"
    assert browser.find_element(By.ID, "hit-count").text == "3"


def test_kursk_claim_page_shows_the_timeline(browser, server, shots):
    browser.get(f"{server}/claims?lang=en")
    browser.find_element(By.PARTIAL_LINK_TEXT, "MOBILIZE").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "North Korea (PRK) MOBILIZE Ukraine (UKR)"
    items = browser.find_elements(By.CSS_SELECTOR, "ol.timeline > li")
    sources = [i.find_element(By.CSS_SELECTOR, ".source a").text for i in items]
    assert sources[:2] == ["CNN Indonesia", "antaranews"]
    assert items[0].find_element(By.CSS_SELECTOR, ".when").text == "2024-10-18"
    assert items[1].find_element(By.TAG_NAME, "blockquote").text.startswith("Kremlin menyebut laporan")
    assert [s.text for s in browser.find_elements(By.CSS_SELECTOR, "ol.steps .step.seen")][:1] == ["alleged"]
    assert browser.find_element(By.CSS_SELECTOR, "p .badge").text in {"disputed", "confirmed"}
    _shot(browser, shots, "claim")
    items[0].find_element(By.CSS_SELECTOR, ".source a").click()
    assert browser.current_url.endswith("/articles/kursk-alleged")


def test_pages_fit_a_phone(browser, server, shots):
    browser.set_window_size(390, 844)
    try:
        for page in ("/articles/sindonews-kursk", "/?q=Korea+Utara", "/claims", "/entities/Korut"):
            browser.get(server + page)
            overflow = browser.execute_script(
                "return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, page
        _shot(browser, shots, "phone")
    finally:
        browser.set_window_size(1100, 900)
