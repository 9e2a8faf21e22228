"""Write a language pack's general stems: the Snowball stems found in at least `SHARE` of a
news corpus's articles. What is left of a sentence once these, names and times are taken out is
its matter ("e-KTP" in "KPK menetapkan Novanto sebagai tersangka kasus e-KTP"); the store joins
accusations against one actor that share their matter into one claim.

    python scripts/general_stems.py ../shared/data/indosum-dev src/warta/lang/id/general_stems.txt
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from warta.store.text import stem, words

SHARE = 0.03


def main(corpus: str, out: str) -> None:
    df: Counter[str] = Counter()
    seen: set[str] = set()
    for path in sorted(Path(corpus).glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            if rec["id"] in seen:
                continue
            seen.add(rec["id"])
            text = " ".join(t for para in rec["paragraphs"] for sent in para for t in sent)
            df.update({stem(w.group().lower()) for w in words(text)})
    general = sorted(s for s, n in df.items() if n >= SHARE * len(seen))
    header = (f"# Snowball stems in at least {SHARE:.0%} of the {len(seen)} IndoSum dev articles "
              "(Kurniawan & Louvan 2018, CC BY-SA 4.0;\n# this derived list likewise). "
              "Made by scripts/general_stems.py.\n")
    Path(out).write_text(header + "\n".join(general) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
