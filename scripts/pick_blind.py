"""Pick 16 IndoSum dev articles of four kinds for a blind set and write their inputs (no NLP).

    python scripts/pick_blind.py eval/heldout4/inputs.jsonl blind4 13 2 3 4
    python scripts/pick_blind.py eval/heldout5/inputs.jsonl blind5 2026 1 5

Arguments: the output file, the id prefix, the shuffle seed and the IndoSum dev folds to draw from.

Articles already in the dev gold, an earlier blind set or the bundled sample are skipped (by
timestamp); the rest are shuffled with a fixed seed and the first four of each kind are kept.
"""
from __future__ import annotations

import json
import random
import re
import sys
import tempfile
from pathlib import Path

from warta.article import parse
from warta.ingest import read

SEEN = ["../shared/gold/dev/inputs.jsonl", "src/warta/samples/indosum-sample.jsonl",
        *sorted(map(str, Path("eval").glob("*/inputs.jsonl")))]
PER_KIND = 4
KINDS = {
    "politics": lambda cat, text: cat == "tajuk utama" and re.search(
        r"\b(DPR|KPK|Presiden|menteri|partai|Pilkada)\b", text, re.I),
    "economy": lambda cat, text: cat in ("tajuk utama", "teknologi") and re.search(
        r"\b(rupiah|inflasi|ekonomi|saham|investasi|ekspor)\b", text),
    "sport-results": lambda cat, text: cat == "olahraga" and re.search(r"\d+ - \d+", text),
    "entertainment-social": lambda cat, text: cat in ("showbiz", "hiburan") and re.search(
        r"(Instagram|Twitter|cuit|unggah|@\w)", text),
}


def seen_stamps() -> set[str]:
    stamps = set()
    for path in SEEN:
        for line in open(path, encoding="utf-8"):
            m = re.search(r"\d{10}", json.loads(line).get("id", ""))
            if m:
                stamps.add(m.group())
    return stamps


def candidates(folds: list[str], seed: int) -> list[tuple[dict, str]]:
    seen, out = seen_stamps(), []
    for path in ("../shared/data/indosum-dev/dev.0%s.jsonl" % k for k in folds):
        for line in open(path, encoding="utf-8"):
            rec = json.loads(line)
            tokens = [t for para in rec["paragraphs"] for sent in para for t in sent]
            if rec["id"][:10] not in seen and 180 <= len(tokens) <= 600:
                out.append((rec, " ".join(tokens)))
    random.Random(seed).shuffle(out)
    return out


def main(out_path: str, prefix: str, seed: str, *folds: str) -> None:
    pool, chosen = candidates(list(folds), int(seed)), []
    for kind, test in KINDS.items():
        picked = [rec for rec, text in pool if test(rec["category"], text)
                  and rec not in [c for _, c in chosen]][:PER_KIND]
        chosen += [(kind, rec) for rec in picked]
    with open(out_path, "w", encoding="utf-8") as out, tempfile.TemporaryDirectory() as tmp:
        for kind, rec in chosen:
            one = Path(tmp) / "one.jsonl"
            one.write_text(json.dumps(rec) + "\n", encoding="utf-8")
            article = parse(next(iter(read([str(one)]))))
            out.write(json.dumps({"id": f"{prefix}-" + rec["id"][:10], "text": article.text,
                                  "outlet": article.outlet, "url": article.url,
                                  "published": article.published, "kind": kind,
                                  "category": rec["category"]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
