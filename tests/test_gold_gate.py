"""Evaluation gate: the dev gold's scores must not fall below what each layer has reached.

Runs `warta eval`'s steps on ../shared/gold/dev with ../shared/eval/score.py (skipped where
../shared is absent, as in a user's clone). Raise a floor when a layer improves.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from warta.evaluate import gold_inputs
from warta.output import extract_to

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold" / "dev"
# The "done when" figures of each layer's issue (scorer keys; F1 for P/R/F1 triples); for
# stances, whose issue's bar (0.70) is not reached yet, just under the level reached.
FLOORS = {
    "events": 0.655,
    "stances": 0.70,
    "meta_acc": 0.95,
    "entities": 0.85,
    "linking_acc": 0.90,
    "time_values": 0.90,
    "quotes": 0.90,
    "attribution_acc": 0.90,
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict:
    if not (GOLD / "inputs.jsonl").exists():
        pytest.skip("no ../shared/gold/dev here")
    out = tmp_path_factory.mktemp("gate")
    extract_to(gold_inputs(GOLD), out / "dev.jsonl")
    subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(GOLD),
                    str(out / "dev.jsonl"), "--json", str(out / "scores.json")],
                   check=True, capture_output=True)
    return json.loads((out / "scores.json").read_text())


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_gold_gate_floor(scores: dict, key: str):
    value = scores[key]
    value = value[2] if isinstance(value, list) else value
    assert value >= FLOORS[key], f"{key} = {value:.3f} fell below {FLOORS[key]}"


def test_gold_gate_pairs_every_article(scores: dict):
    assert scores["missing"] == []
