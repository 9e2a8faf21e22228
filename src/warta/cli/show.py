"""`warta show`: a record as a person reads it — metadata, then each layer, one line a fact;
an event's line carries the positions taken on it."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from warta.errors import WartaError


def _quote(q: dict[str, Any]) -> str:
    speaker = q.get("speaker") or {}
    who = speaker.get("name") or "(unnamed)"
    mention = f" [{speaker['text']}]" if speaker.get("text") else ""
    cue = f" ({q['cue']['text']})" if q.get("cue") else ""
    text = q["text"] if len(q["text"]) <= 90 else q["text"][:87] + "..."
    return f"  {q['kind']:<8} {who}{mention}{cue}: «{text}»"


def _actor(actor: dict[str, Any] | None) -> str:
    """"North Korea (PRK/MIL)"; "?" for no actor."""
    if not actor:
        return "?"
    tags = "/".join(x for x in (actor.get("country"), actor.get("sector")) if x)
    return (actor.get("name") or "(unnamed)") + (f" ({tags})" if tags else "")


STANCE_WORDS = {"allege": "alleged by", "assert": "asserted by", "deny": "denied by",
                "confirm": "confirmed by", "no_comment": "no comment"}


def _event(record: dict[str, Any], index: int) -> str:
    """One event and the positions taken on it, as one line."""
    ev = record["events"][index]
    place = (ev.get("location") or {}).get("name")
    head = f"  {_actor(ev.get('source'))} —{ev['type']}" + (f"/{ev['mode']}" if ev.get("mode") else "")
    parts = [f"{head}→ {_actor(ev.get('target')) if ev.get('target') else '?'}"
             + (f", {place}" if place else "") + (f", {ev['date']}" if ev.get("date") else "")
             + f", status {ev['status']}"]
    by_stance: dict[str, list[str]] = {}
    for st in record.get("stances") or []:
        if st.get("event") == index:
            holder = st.get("holder") or {}
            who = (holder.get("name") or holder.get("country") or "?") \
                + (f" {st['date']}" if st.get("date") else "")
            by_stance.setdefault(st["stance"], []).append(who)
    for stance, word in STANCE_WORDS.items():
        if stance in by_stance:
            sep = ": " if stance == "no_comment" else " "
            parts.append(f"{word}{sep}{', '.join(by_stance[stance])}")
    reporter = (ev.get("reported_by") or {}).get("name")
    trigger = (ev.get("trigger") or {}).get("text")
    tail = f"  [{trigger}" + (f"; reported by {reporter}" if reporter else "") + "]"
    return "; ".join(parts) + tail


def format_record(record: dict[str, Any]) -> str:
    """A readable summary of one article record."""
    lines = [f"{record['id']}: {record.get('title') or '(no title)'}"]
    for field in ("outlet", "section", "published", "dateline", "language", "url"):
        if record.get(field):
            lines.append(f"  {field}: {record[field]}")
    names: dict[tuple[str, str], list[str]] = {}
    for e in record["entities"]:
        key = (e["label"], e.get("name") or e["text"])
        names.setdefault(key, []).append(e["text"])
    lines.append(f"entities ({len(record['entities'])} mentions, {len(names)} distinct)")
    for (label, name), texts in sorted(names.items()):
        forms = sorted(set(texts) - {name})
        lines.append(f"  {label:<6} {name}" + (f"  ← {', '.join(forms)}" if forms else "")
                     + (f"  ×{len(texts)}" if len(texts) > 1 else ""))
    lines.append(f"times ({len(record['times'])})")
    lines += [f"  {t['type']:<8} {t['value']:<22} {t['text']}" for t in record["times"]]
    lines.append(f"quotes ({len(record['quotes'])})")
    lines += [_quote(q) for q in record["quotes"]]
    events = record.get("events") or []
    lines.append(f"events ({len(events)}, {len(record.get('stances') or [])} stances)")
    lines += [_event(record, i) for i in range(len(events))]
    return "\n".join(lines)


def read_records(path: Path, ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Records of a JSONL output file (those with the given ids, if any)."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise WartaError("E004", f"not JSON: {exc.msg}", f"{path}:{n}") from exc
            if not ids or record.get("id") in ids:
                yield record
