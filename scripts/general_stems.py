"""Write a language pack's general stems: the Snowball stems found in at least `SHARE` of a
news corpus's articles. What is left of a sentence once these, names and times are taken out is
its matter ("e-KTP" in "KPK menetapkan Novanto sebagai tersangka kasus e-KTP"); the store joins
accusations against one actor that share their matter into one claim.

    python scripts/general_stems.py ../shared/data src/warta/lang/id/general_stems.txt
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from warta.ingest.indosum import indosum_text
from warta.store.text import stem, words
from warta.train.ner import indosum_articles

SHARE = 0.03


def main(data: str, out: str) -> None:
    df: Counter[str] = Counter()
    articles = 0
    for rec in indosum_articles(Path(data)):
        articles += 1
        df.update({stem(w.group().lower()) for w in words(indosum_text(rec) or "")})
    general = sorted(s for s, n in df.items() if n >= SHARE * articles)
    header = (f"# Snowball stems in at least {SHARE:.0%} of the {articles} IndoSum dev articles "
              "(Kurniawan & Louvan 2018, CC BY-SA 4.0;\n# this derived list likewise). "
              "Made by scripts/general_stems.py.\n")
    Path(out).write_text(header + "\n".join(general) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
