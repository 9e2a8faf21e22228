"""`warta show`: a record as a person reads it — metadata, then each layer, one line a fact;
an event's line carries the positions taken on it."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any, Iterator

from warta.errors import WartaError

LAYERS = ("entities", "times", "quotes")


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
    mode = f"/{ev['mode']}" if ev.get("mode") else ""
    head = f"  {_actor(ev.get('source'))} —{ev['type']}{mode}"
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


def _records(fh: IO[str], name: str) -> Iterator[dict[str, Any]]:
    """The records of an open JSONL stream of warta's output; E004/E060 for anything else."""
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise WartaError("E004", f"not JSON: {exc.msg} (is this warta's output?)",
                             f"{name}:{n}") from exc
        missing = [k for k in ("id", *LAYERS) if not isinstance(record, dict) or k not in record]
        if missing:
            raise WartaError("E060", f"not a warta record (no {', '.join(missing)}); "
                             "'warta show' reads what 'warta extract' writes", f"{name}:{n}")
        yield record


def read_records(path: str | Path, ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Records of a JSONL output file, or of stdin for '-' (those with the given ids, if any)."""
    if str(path) == "-":
        yield from (r for r in _records(sys.stdin, "<stdin>") if not ids or r["id"] in ids)
        return
    try:
        fh = Path(path).open(encoding="utf-8")
    except OSError as exc:
        raise WartaError("E001", f"cannot read file: {exc.strerror}", str(path)) from exc
    with fh:
        try:
            yield from (r for r in _records(fh, str(path)) if not ids or r["id"] in ids)
        except UnicodeDecodeError as exc:
            raise WartaError("E002", f"not UTF-8 text (byte {exc.start})", str(path)) from exc


def run_show(path: str, ids: list[str] | None) -> int:
    """Print the records; 1 (with E061 on stderr) if an asked id is not among them."""
    seen = set()
    for record in read_records(path, ids):
        seen.add(record["id"])
        print(format_record(record) + "\n")
    missing = [i for i in ids or [] if i not in seen]
    if missing:
        print(f"warta: {WartaError('E061', 'no record with id ' + ', '.join(missing), path)}",
              file=sys.stderr)
        return 1
    return 0
