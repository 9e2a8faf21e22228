"""Pick 16 IndoSum dev articles of four kinds for a blind set and write their inputs (no NLP).

    python scripts/pick_blind.py eval/heldout4/inputs.jsonl blind4 13 2 3 4
    python scripts/pick_blind.py eval/heldout5/inputs.jsonl blind5 2026 1 5
    python scripts/pick_blind.py eval/heldout7/inputs.jsonl blind7 77 1 2 4 5 \
        --kinds disputes --per-kind 12
    python scripts/pick_blind.py eval/heldout8/inputs.jsonl blind8 8888 1 5 --avoid 2,3,4

Arguments: the output file, the id prefix, the shuffle seed and the IndoSum dev folds to draw
from; `--kinds` (the four general kinds by default) and `--per-kind` (4). A command gives its
set again only beside the sets that existed when it was made (they shape the shuffled pool).

Articles already in the dev gold, an earlier blind set or the bundled sample are skipped (by
timestamp); the rest are shuffled with a fixed seed and the first four of each kind are kept.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path

from warta.article import parse
from warta.ingest import read

SEEN = ["../shared/gold/dev/inputs.jsonl", "src/warta/samples/indosum-sample.jsonl",
        *sorted(map(str, Path("eval").glob("*/inputs.jsonl")))]   # a set's own file aside
KINDS = {
    "politics": lambda cat, text: cat == "tajuk utama" and re.search(
        r"\b(DPR|KPK|Presiden|menteri|partai|Pilkada)\b", text, re.I),
    "economy": lambda cat, text: cat in ("tajuk utama", "teknologi") and re.search(
        r"\b(rupiah|inflasi|ekonomi|saham|investasi|ekspor)\b", text),
    "sport-results": lambda cat, text: cat == "olahraga" and re.search(r"\d+ - \d+", text),
    "entertainment-social": lambda cat, text: cat in ("showbiz", "hiburan") and re.search(
        r"(Instagram|Twitter|cuit|unggah|@\w)", text),
    # news of a disputed deed: an accusation and an answer to it (for events and stances)
    "disputes": lambda cat, text: cat == "tajuk utama" and re.search(
        r"\b(menuduh|menuding|tudingan|tuduhan|mengklaim)\b", text) and re.search(
        r"\b(membantah|menampik|menyangkal|membenarkan|mengonfirmasi|mengakui|"
        r"enggan berkomentar|menolak berkomentar)\b", text),
}
GENERAL = ["politics", "economy", "sport-results", "entertainment-social"]


def seen_stamps(out_path: str) -> set[str]:
    stamps = set()
    for path in (p for p in SEEN if Path(p).resolve() != Path(out_path).resolve()):
        for line in open(path, encoding="utf-8"):
            m = re.search(r"\d{10}", json.loads(line).get("id", ""))
            if m:
                stamps.add(m.group())
    return stamps


def candidates(out_path: str, folds: list[str], seed: int,
               avoid: list[str] = ()) -> list[tuple[dict, str]]:
    """The unseen articles of the folds, each once (the folds' dev sets overlap), shuffled;
    none that is also in an `avoid` fold."""
    seen, out = seen_stamps(out_path), []
    for path in ("../shared/data/indosum-dev/dev.0%s.jsonl" % k for k in avoid):
        seen |= {json.loads(line)["id"][:10] for line in open(path, encoding="utf-8")}
    for path in ("../shared/data/indosum-dev/dev.0%s.jsonl" % k for k in folds):
        for line in open(path, encoding="utf-8"):
            rec = json.loads(line)
            tokens = [t for para in rec["paragraphs"] for sent in para for t in sent]
            if rec["id"][:10] not in seen and 180 <= len(tokens) <= 600:
                out.append((rec, " ".join(tokens)))
    random.Random(seed).shuffle(out)
    once = {}
    for rec, text in out:
        once.setdefault(rec["id"], (rec, text))
    return list(once.values())


def main(out_path: str, prefix: str, seed: int, folds: list[str], kinds: list[str],
         per_kind: int, avoid: list[str]) -> None:
    pool, chosen = candidates(out_path, folds, seed, avoid), []
    for kind in kinds:
        picked = [rec for rec, text in pool if KINDS[kind](rec["category"], text)
                  and rec not in [c for _, c in chosen]][:per_kind]
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_path")
    parser.add_argument("prefix")
    parser.add_argument("seed", type=int)
    parser.add_argument("folds", nargs="+")
    parser.add_argument("--kinds", default=",".join(GENERAL))
    parser.add_argument("--per-kind", type=int, default=4)
    parser.add_argument("--avoid", default="", help="folds whose articles are not taken")
    args = parser.parse_args()
    main(args.out_path, args.prefix, args.seed, args.folds, args.kinds.split(","),
         args.per_kind, [f for f in args.avoid.split(",") if f])
