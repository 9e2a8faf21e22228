"""The store the API and web tests read: the bundled sindonews Kursk page and three IndoSum
records, analysed here (once per process), and two earlier reports of the Kursk deployment
written by hand with their events and stances (`tests/store/handmade.py`), so that a claim
tracker page exists on branches whose records carry no events yet."""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import warta
from warta.store import open_store, store_records

SAMPLES = Path(warta.__file__).parent / "samples"
INDOSUM_IDS = ("indosum-1490674536", "indosum-1504900800", "indosum-1489536002")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from handmade import kursk_before  # noqa: E402  (the store tests' hand-made records)


@lru_cache(maxsize=1)
def analysed() -> tuple[dict[str, Any], ...]:
    """The Kursk page and three IndoSum records, analysed."""
    lines = (SAMPLES / "indosum-sample.jsonl").read_text(encoding="utf-8").splitlines()
    wanted = [json.loads(line) for line in lines if json.loads(line)["id"] in INDOSUM_IDS]
    records = [warta.analyze(path=SAMPLES / "sindonews-kursk.txt").to_record()]
    records += [warta.analyze(text=r["text"], body_only=True,
                              **{k: v for k, v in r.items() if k != "text"}).to_record()
                for r in wanted]
    return tuple(records)


def seed(url: str) -> str:
    """Fill the (new) store at `url`; the URL."""
    store = open_store(url)
    try:
        store_records([*analysed(), *kursk_before()], store)
    finally:
        store.close()
    return url
