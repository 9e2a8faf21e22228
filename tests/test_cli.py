"""The `warta` command end to end on small inputs written here."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from warta import __version__
from warta.cli import app

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
    result = runner.invoke(app, ["bench", str(page_file)])
    assert result.exit_code == 0
    assert "tokens/s" in result.output and "peak memory" in result.output


def test_cli_show_prints_layers(tmp_path: Path, page_file: Path):
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["extract", str(page_file), "-o", str(out)])
    result = runner.invoke(app, ["show", str(out), "--id", "kabarkita-banjir"])
    assert result.exit_code == 0
    assert result.output.startswith("kabarkita-banjir: Banjir Rendam Ratusan Rumah di Bekasi")
    assert "outlet: kabarkita" in result.output
    assert "2025-02-04" in result.output and "quotes (" in result.output
