"""Each reader on small inputs written here, and each bad-input case."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.ingest import IngestError, RawDocument, read

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>KabarKita</title><link>https://kabarkita.example/</link>
<item><title>Harga Beras Naik</title><link>https://kabarkita.example/ekonomi/1</link>
<pubDate>Tue, 04 Feb 2025 12:30:00 GMT</pubDate>
<description>&lt;p&gt;Harga beras medium naik Rp500 per kilogram di pasar induk.&lt;/p&gt;</description></item>
<item><title>Timnas Menang</title><link>https://kabarkita.example/olahraga/2</link>
<description>&lt;p&gt;Timnas Indonesia menang 2-0 atas Vietnam di Hanoi.&lt;/p&gt;</description></item>
</channel></rss>"""


def _items(*inputs) -> list:
    return list(read([str(i) for i in inputs]))


def test_ingest_text_page(page_file: Path):
    [doc] = _items(page_file)
    assert isinstance(doc, RawDocument)
    assert doc.source == str(page_file)
    assert doc.text.startswith("Banjir Rendam")


def test_ingest_html_page(html_file: Path):
    [doc] = _items(html_file)
    assert doc.html is not None and "<article>" in doc.html


def test_ingest_jsonl_records_and_bad_lines(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Presiden meresmikan jembatan.", "outlet": "kabarkita",
                    "published": "2025-02-04T10:00:00+07:00"}),
        "{not json",
        json.dumps({"id": "a3", "title": "Tanpa teks"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "a6", "text": "Menteri berkunjung ke Papua."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items(path)
    assert [type(i).__name__ for i in items] == [
        "RawDocument", "IngestError", "IngestError", "IngestError", "RawDocument"]
    assert items[0].meta == {"id": "a1", "outlet": "kabarkita",
                             "published": "2025-02-04T10:00:00+07:00"}
    assert items[1].source == f"{path}:2" and items[1].code == "E004"
    assert items[2].source == f"{path}:3" and items[2].code == "E005"
    assert items[3].source == f"{path}:5"
    assert items[4].meta["id"] == "a6"


def test_ingest_empty_jsonl_is_reported(tmp_path: Path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    [err] = _items(path)
    assert isinstance(err, IngestError) and err.code == "E003" and err.source == str(path)


def test_ingest_indosum_record_is_rejoined(tmp_path: Path):
    rec = {"id": "1490674536-contoh", "source": "kumparan", "source_url": "https://x.example/1",
           "paragraphs": [[["Ketua", "MPR", "datang", "."],
                           ['"', "Saya", "senang", ",", '"', "ujarnya", "(", "Senin", ")", "."]]]}
    path = tmp_path / "indosum.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    [doc] = _items(path)
    assert doc.text == 'Ketua MPR datang. "Saya senang," ujarnya (Senin).'
    assert doc.meta["outlet"] == "kumparan"
    assert doc.meta["fetched"] == "2017-03-28T11:15:36+07:00"


def test_ingest_feed_entries(tmp_path: Path):
    path = tmp_path / "kabarkita.rss"
    path.write_text(FEED, encoding="utf-8")
    first, second = _items(path)
    assert first.meta["title"] == "Harga Beras Naik"
    assert first.meta["url"] == "https://kabarkita.example/ekonomi/1"
    assert first.meta["published"] == "2025-02-04T12:30:00+00:00"
    assert first.meta["outlet"] == "KabarKita"
    assert "Harga beras medium" in first.html
    assert second.source == f"{path}#2"


def test_ingest_truncated_feed_reports_and_keeps_entries(tmp_path: Path):
    path = tmp_path / "cut.xml"
    path.write_text(FEED[: FEED.index("<item><title>Timnas")], encoding="utf-8")
    items = _items(path)
    errors = [i for i in items if isinstance(i, IngestError)]
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert errors and errors[0].code == "E006" and str(path) in str(errors[0])
    assert [d.meta["title"] for d in docs] == ["Harga Beras Naik"]


def _warc(path: Path, pages: list[tuple[str, str]]) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))


def test_ingest_warc_responses(tmp_path: Path, html_file: Path):
    html = html_file.read_text(encoding="utf-8")
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://kabarkita.example/gempa", html),
                 ("https://kabarkita.example/lagi", html.replace("5,8", "6,1"))])
    docs = _items(path)
    assert [d.meta["url"] for d in docs] == ["https://kabarkita.example/gempa",
                                             "https://kabarkita.example/lagi"]
    assert "6,1" in docs[1].html


def test_ingest_truncated_warc_reports_where_it_breaks(tmp_path: Path, html_file: Path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://kabarkita.example/gempa", html_file.read_text(encoding="utf-8"))] * 3)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])
    items = _items(path)
    assert isinstance(items[-1], IngestError) and items[-1].code == "E007"
    assert sum(isinstance(i, RawDocument) for i in items) >= 1


@pytest.mark.parametrize("content,code", [
    (b"\xff\xfe\x00B\x00a\x00d", "E002"),
    (b"Berita \xe9\xe8 rusak", "E002"),
    (b"   \n\n  ", "E003"),
])
def test_ingest_bad_text_files(tmp_path: Path, content: bytes, code: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [err] = _items(path)
    assert isinstance(err, IngestError) and err.code == code and str(path) in str(err)


def test_ingest_missing_and_unknown_inputs(tmp_path: Path, page_file: Path):
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK")
    items = _items(tmp_path / "nope.txt", odd, page_file)
    assert [getattr(i, "code", None) for i in items] == ["E001", "E008", None]


def test_ingest_directory_and_glob(tmp_path: Path, page_file: Path, html_file: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("Satu paragraf berita.", encoding="utf-8")
    assert len(_items(tmp_path)) == 3
    assert len(_items(tmp_path / "*.txt")) == 1


def test_ingest_stdin_sniffs_jsonl(monkeypatch):
    data = (json.dumps({"id": "s1", "text": "Teks satu."}) + "\n").encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = _items("-")
    assert doc.meta["id"] == "s1" and doc.source == "<stdin>:1"


def test_ingest_gzip_text_is_not_silently_read(tmp_path: Path):
    path = tmp_path / "page.txt"
    path.write_bytes(gzip.compress(b"Berita"))
    [err] = _items(path)
    assert isinstance(err, IngestError) and err.code == "E002" and str(path) in str(err)


def test_ingest_directory_reports_files_it_cannot_read(tmp_path: Path, page_file: Path):
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / ".hidden.docx").write_bytes(b"PK")
    items = _items(tmp_path)
    assert [(getattr(i, "code", None), Path(i.source).name) for i in items] == [
        (None, "kabarkita-banjir.txt"), ("W003", "notes.docx")]


def test_ingest_stdin_text_that_opens_with_a_brace_is_text(monkeypatch):
    data = "{Catatan redaksi} Harga cabai naik di Pasar Induk Kramat Jati.\n".encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = _items("-")
    assert isinstance(doc, RawDocument) and doc.text.startswith("{Catatan redaksi}")


def _indosum(tmp_path: Path, *paragraph_lists) -> Path:
    path = tmp_path / "indosum.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{n}", "paragraphs": p}) + "\n"
                            for n, p in enumerate(paragraph_lists)), encoding="utf-8")
    return path


def test_ingest_indosum_bad_token_is_that_records_error(tmp_path: Path):
    good = [[["Harga", "naik", "."]]]
    path = _indosum(tmp_path, [[["Harga", None, "."]]], [[["Rp", 5, "."]]], good, [["x"]])
    items = _items(path)
    assert [getattr(i, "code", None) for i in items] == ["E009", "E009", None, "E009"]
    assert items[0].source == f"{path}:1" and "None" in items[0].message
    assert items[2].text == "Harga naik."


def test_ingest_indosum_quote_pairs_across_sentences(tmp_path: Path):
    # IndoSum splits a two-sentence quote: the closing mark is in the second sentence
    paragraph = [['"', "Kami", "sudah", "berusaha", "."],
                 ["Tapi", "tidak", "bisa", ",", '"', "ucap", "Zulkifli", "."],
                 ['"', "Ini", "berat", ",", '"', "katanya", "."]]
    [doc] = _items(_indosum(tmp_path, [paragraph]))
    assert doc.text == ('"Kami sudah berusaha. Tapi tidak bisa," ucap Zulkifli. '
                        '"Ini berat," katanya.')


def test_ingest_indosum_unpaired_quote_before_a_cue_closes(tmp_path: Path):
    # the opening mark is lost (it was in the paragraph before): the cue tells
    [doc] = _items(_indosum(tmp_path, [[["Itu", "sulit", ",", '"', "kata", "Ani", "."]]]))
    assert doc.text == 'Itu sulit," kata Ani.'


def test_ingest_a_reader_that_breaks_is_reported_and_the_next_file_read(
        tmp_path: Path, page_file: Path, monkeypatch):
    def broken(data):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("feedparser.parse", broken)
    path = tmp_path / "feed.xml"
    path.write_text(FEED, encoding="utf-8")
    error, doc = _items(path, page_file)
    assert error.code == "E009" and error.source == str(path) and "RecursionError" in error.message
    assert isinstance(doc, RawDocument)
