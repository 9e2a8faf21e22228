"""The `warta` command end to end on small inputs written here."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta import __version__
from warta.bench import synthetic_text
from warta.cli import app
from warta.errors import WartaError

runner = CliRunner()


def test_cli_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_cli_extract_to_stdout(page_file: Path):
    result = runner.invoke(app, ["extract", str(page_file), "--no-progress"])
    assert result.exit_code == 0
    record = json.loads(result.stdout.splitlines()[0])
    assert record["id"] == "kabarkita-banjir" and record["outlet"] == "kabarkita"
    assert {"entities", "times", "quotes", "events", "stances"} <= record.keys()


def test_cli_extract_batch_goes_on_after_bad_input(tmp_path: Path, page_file: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "Gubernur meresmikan pasar."}\n{oops\n', encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["extract", str(bad), str(page_file), "-o", str(out),
                                 "--errors", str(errors)])
    assert result.exit_code == 1
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert ids == ["ok", "kabarkita-banjir"]
    [error] = [json.loads(line) for line in errors.read_text().splitlines()]
    assert error["code"] == "E004" and error["source"] == f"{bad}:2"
    assert "2 articles written, 1 skipped" in result.stderr


def test_cli_extract_output_is_atomic(tmp_path: Path, page_file: Path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    runner.invoke(app, ["extract", str(page_file), "-o", str(out)])
    assert out.read_text().startswith("{") and not list(tmp_path.glob(".out.jsonl.*"))


def test_cli_eval_calls_the_scorer(tmp_path: Path, page_file: Path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "page.txt").write_text(page_file.read_text(encoding="utf-8"), encoding="utf-8")
    scorer, seen = tmp_path / "score.py", tmp_path / "seen.json"
    scorer.write_text("import sys, json\n"
                      "recs = [json.loads(l) for l in open(sys.argv[2])]\n"
                      f"json.dump([sys.argv[1:], [r['title'] for r in recs]], open({str(seen)!r}, 'w'))\n"
                      "sys.exit(3)\n")
    result = runner.invoke(app, ["eval", str(gold), "--scorer", str(scorer), "--per-article"])
    assert result.exit_code == 3  # the scorer's exit status
    (gold_arg, _, flag), titles = json.loads(seen.read_text())
    assert (gold_arg, flag) == (str(gold), "--per-article")
    assert titles == ["Banjir Rendam Ratusan Rumah di Bekasi"]


def test_cli_bench_reports_throughput(page_file: Path):
    result = runner.invoke(app, ["bench", str(page_file), "--limit", "3"])
    assert result.exit_code == 0
    assert "tokens/s" in result.output and "peak memory" in result.output
    assert "articles: 3 (0 unreadable)" in result.output  # one article, repeated


def test_cli_bench_smoke_as_ci_runs_it(tmp_path: Path):
    """`warta bench --n 300 --vs-tokenizer --json out.json` on the default corpus (figures
    only checked for their presence: no timed assertion)."""
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["bench", "--n", "300", "--vs-tokenizer", "--json", str(out)])
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text())
    assert {"articles_per_s", "tokens_per_s", "ratio", "peak_rss_mb", "components"} <= set(figures)
    assert figures["articles"] == 300 and figures["ratio"] > 1
    assert list(figures["components"])[-3:] == ["warta_events", "warta_stances", "record"]
    assert all(c["ms_p95"] >= c["ms_p50"] for c in figures["components"].values())


def test_cli_show_prints_layers(tmp_path: Path, page_file: Path):
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["extract", str(page_file), "-o", str(out)])
    result = runner.invoke(app, ["show", str(out), "--id", "kabarkita-banjir"])
    assert result.exit_code == 0
    assert result.output.startswith("kabarkita-banjir: Banjir Rendam Ratusan Rumah di Bekasi")
    assert "outlet: kabarkita" in result.output
    assert "2025-02-04" in result.output and "quotes (" in result.output


def test_cli_batch_with_hostile_files_writes_every_good_record(tmp_path: Path, page_file: Path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a-page.txt").write_text(page_file.read_text(encoding="utf-8"), encoding="utf-8")
    long_text = synthetic_text(30_000)
    (batch / "b-long.txt").write_text(long_text, encoding="utf-8")
    (batch / "c-8mb.txt").write_text(synthetic_text(8_000_000), encoding="utf-8")
    (batch / "d-line.txt").write_text(synthetic_text(1_000_000).replace("\n", " "),
                                      encoding="utf-8")
    (batch / "e-binary.txt").write_bytes(bytes(range(256)) * 64)
    (batch / "f-records.jsonl").write_text(
        '{"id": "r1", "text": "Gubernur meresmikan pasar di Bekasi."}\n{"id": "r2", "te\n'
        '{"id": "r3", "text": "Bupati meresmikan jalan di Garut."}\n', encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["extract", str(batch), "-o", str(out), "--errors", str(errors),
                                 "--max-chars", "500000"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a-page", "b-long", "r1", "r3"]
    assert records[1]["text"] == long_text.strip() and len(records[1]["entities"]) > 100
    reported = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(e["code"], Path(e["source"]).name) for e in reported] == [
        ("E032", "c-8mb.txt"), ("E032", "d-line.txt"), ("E002", "e-binary.txt"),
        ("E004", "f-records.jsonl:2")]
    assert "4 articles written, 4 skipped (E002 ×1, E004 ×1, E032 ×2)" in result.stderr


def test_cli_output_files_follow_the_umask(tmp_path: Path, page_file: Path):
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    old = os.umask(0o022)
    try:
        result = runner.invoke(app, ["extract", str(page_file), "-o", str(out),
                                     "--errors", str(errors)])
    finally:
        os.umask(old)
    assert result.exit_code == 0 and "1 article written, 0 skipped" in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == stat.S_IMODE(errors.stat().st_mode) == 0o644


@pytest.mark.parametrize("args, message", [
    (["show", "missing.jsonl"], "[E001] missing.jsonl: cannot read file"),
    (["show", "{page}"], "[E004] {page}:1: not JSON"),
    (["show", "-"], "[E060] <stdin>:1: not a warta record (no entities, times, quotes)"),
    (["extract", "--lang", "en", "{page}"], "[E011] no language pack 'en' (installed: id)"),
    (["eval", "no-such-gold"], "[E040] no-such-gold: no such gold directory"),
    (["bench", "--lang", "xx"], "[E011] no language pack 'xx'"),
    (["extract", "{page}", "--format", "csv"], "[E062] unknown --format 'csv'"),
    (["extract", "{page}", "--format", "parquet"], "[E062] --format parquet writes shards"),
])
def test_cli_bad_input_is_one_coded_line(page_file: Path, args: list[str], message: str):
    result = runner.invoke(app, [a.replace("{page}", str(page_file)) for a in args],
                           input='{"id": "a", "text": "Berita."}\n')
    assert result.exit_code == 1
    assert result.stderr.startswith("warta: " + message.replace("{page}", str(page_file)))
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.output


def test_cli_debug_shows_the_traceback():
    result = runner.invoke(app, ["--debug", "show", "missing.jsonl"])
    assert result.exit_code == 1 and isinstance(result.exception, WartaError)


def test_cli_show_reads_stdin_and_says_when_an_id_is_missing(tmp_path: Path, page_file: Path):
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["extract", str(page_file), "-o", str(out)])
    records = out.read_text(encoding="utf-8")
    shown = runner.invoke(app, ["show", "-", "--id", "kabarkita-banjir"], input=records)
    assert shown.exit_code == 0 and shown.stdout.startswith("kabarkita-banjir: Banjir")
    missing = runner.invoke(app, ["show", str(out), "--id", "kabarkita-banjir", "--id", "nope"])
    assert missing.exit_code == 1 and missing.stdout.startswith("kabarkita-banjir: Banjir")
    assert missing.stderr == f"warta: [E061] {out}: no record with id nope\n"
