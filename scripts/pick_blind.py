"""Pick 16 IndoSum dev articles of several kinds for a blind set; write inputs.jsonl (no NLP)."""
import json, random, re, glob, sys
from pathlib import Path
from warta.ingest import read
from warta.article import parse

used = set()
for f in ["../shared/gold/dev/inputs.jsonl", "eval/heldout/inputs.jsonl", "eval/heldout2/inputs.jsonl",
          "eval/heldout3/inputs.jsonl", "src/warta/samples/indosum-sample.jsonl"]:
    for l in open(f):
        d = json.loads(l)
        m = re.search(r"(\d{10})", d.get("id", ""))
        if m: used.add(m.group(1))
recs = []
for f in sorted(glob.glob("../shared/data/indosum-dev/dev.0[2-4].jsonl")):
    for l in open(f):
        d = json.loads(l)
        ts = d["id"][:10]
        if ts in used: continue
        words = sum(len(s) for p in d["paragraphs"] for s in p)
        if not 180 <= words <= 600: continue
        text = " ".join(t for p in d["paragraphs"] for s in p for t in s)
        recs.append((d, text))
rng = random.Random(13)
rng.shuffle(recs)
kinds = {
  "politics": (lambda d,t: d["category"]=="tajuk utama" and re.search(r"\b(DPR|KPK|Presiden|menteri|partai|Pilkada)\b", t, re.I), 4),
  "economy": (lambda d,t: re.search(r"\b(rupiah|inflasi|ekonomi|saham|investasi|ekspor)\b", t) and d["category"] in ("tajuk utama","teknologi"), 4),
  "sport-results": (lambda d,t: d["category"]=="olahraga" and re.search(r"\d+ - \d+", t), 4),
  "entertainment-social": (lambda d,t: d["category"] in ("showbiz","hiburan") and re.search(r"(Instagram|Twitter|cuit|unggah|@\w)", t), 4),
}
chosen = []
seen = set()
for kind, (pred, n) in kinds.items():
    k = 0
    for d, t in recs:
        if d["id"] in seen or not pred(d, t): continue
        chosen.append((kind, d)); seen.add(d["id"]); k += 1
        if k == n: break
out = open(sys.argv[1], "w")
for kind, d in chosen:
    src = Path("/tmp/pick/one.jsonl"); src.write_text(json.dumps(d) + "\n")
    raw = next(iter(read([str(src)])))
    a = parse(raw)
    rec = {"id": "blind4-" + d["id"][:10], "text": a.text, "outlet": a.outlet, "url": a.url, "published": a.published, "kind": kind, "category": d["category"]}
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(kind, rec["id"], a.outlet, a.published, len(a.text))
