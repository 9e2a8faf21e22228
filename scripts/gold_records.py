"""Write schema records made from gold files (for the store's tests, which need records that
carry events and stances before the pipeline writes them).

    python scripts/gold_records.py ../shared/gold/dev ID... > tests/store/data/gold_records.jsonl

Metadata comes from the gold file or, where it lacks it, from the gold's `inputs.jsonl`; a list
of equally right names keeps the first; quotes get their text and speaker object.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

META = ("id", "url", "title", "outlet", "section", "published", "dateline", "language")


def first(name):
    """The first of equally right names (the gold may list several)."""
    return name[0] if isinstance(name, list) else name


def first_names(value):
    """`value` with every `name` list replaced by its first name, at any depth."""
    if isinstance(value, dict):
        return {k: first(v) if k == "name" else first_names(v) for k, v in value.items()}
    return [first_names(v) for v in value] if isinstance(value, list) else value


def gold_record(gold: dict, inputs: dict) -> dict:
    """The schema record of one gold file."""
    text = gold["body"] if gold.get("body") is not None else inputs["text"]
    return {
        **{k: gold.get(k) or inputs.get(k) for k in META},
        "language": gold.get("language") or "id",
        "text": text,
        "entities": [{**e, "name": first(e.get("name"))} for e in gold["entities"]],
        "times": gold["times"],
        "quotes": [{"start": q["start"], "end": q["end"], "text": text[q["start"]:q["end"]],
                    "kind": q["kind"], "cue": q.get("cue"),
                    "speaker": {**q["speaker_mention"], "name": first(q.get("speaker")),
                                "kb_id": None} if q.get("speaker_mention") else None}
                   for q in gold["quotes"]],
        "events": first_names(gold["events"]),
        "stances": first_names(gold["stances"]),
    }


def main(gold_dir: str, ids: list[str]) -> None:
    root = Path(gold_dir)
    inputs = {r["id"]: r for r in map(json.loads, (root / "inputs.jsonl").open(encoding="utf-8"))}
    for id_ in ids:
        gold = json.loads((root / f"{id_}.json").read_text(encoding="utf-8"))
        print(json.dumps(gold_record(gold, inputs.get(id_, {})), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
