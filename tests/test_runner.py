"""`warta.runner`: runs in worker processes and on a Dask LocalCluster give a serial run's
records and error report, in input order."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.runner import outcomes

SAMPLE = str(Path(__file__).parents[1] / "src" / "warta" / "samples")
runner = CliRunner()


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The bundled sample, then a file that cannot be read and a JSONL with a bad line."""
    folder = tmp_path_factory.mktemp("batch")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    lines = folder / "mixed.jsonl"
    lines.write_text('{"id": "a", "text": "Presiden Joko Widodo tiba di Bandung, Senin."}\n'
                     "not json\n", encoding="utf-8")
    return [SAMPLE, str(folder / "binary.txt"), str(lines)]


def _extract(tmp_path: Path, name: str, inputs: list[str], *options: str) -> tuple[str, str]:
    out, errors = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.errors.jsonl"
    result = runner.invoke(app, ["extract", *inputs, "-o", str(out), "--errors", str(errors),
                                 "--no-progress", *options])
    assert result.exit_code == 1, result.output  # the batch holds unreadable documents
    return out.read_text(encoding="utf-8"), errors.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def serial(batch: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    return _extract(tmp_path_factory.mktemp("serial"), "serial", batch)


@pytest.mark.parametrize("options", [["--workers", "2"], ["--dask", "local", "--workers", "2"]],
                         ids=["workers", "dask-local"])
def test_runner_output_equals_serial_run(tmp_path: Path, batch: list[str],
                                         serial: tuple[str, str], options: list[str]):
    records, errors = serial
    assert records.count("\n") == 42 and '"E002"' in errors and '"E004"' in errors
    assert _extract(tmp_path, "parallel", batch, *options) == (records, errors)


def test_runner_unordered_gives_the_same_outcomes(batch: list[str], serial: tuple[str, str]):
    got = sorted(json.dumps(o.record, ensure_ascii=False) + "\n"
                 for o in outcomes(batch, workers=2, ordered=False) if o.record)
    assert got == sorted(serial[0].splitlines(keepends=True))


def test_runner_parquet_shards_hold_the_records(tmp_path: Path, serial: tuple[str, str]):
    pq = pytest.importorskip("pyarrow.parquet")
    result = runner.invoke(app, ["extract", SAMPLE, "-o", str(tmp_path / "shards"),
                                 "--format", "parquet", "--no-progress"])
    assert result.exit_code == 0, result.output
    rows = pq.read_table(tmp_path / "shards").to_pylist()
    expected = [json.loads(line) for line in serial[0].splitlines()][:len(rows)]
    assert len(rows) == 41
    assert [{k: json.loads(v) if k in ("entities", "events") else v for k, v in row.items()
             if k in ("id", "text", "entities", "events")} for row in rows] == \
        [{k: r[k] for k in ("id", "text", "entities", "events")} for r in expected]
