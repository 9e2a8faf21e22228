"""The article's layers drawn on its text: highlighted spans with labels, an anchor at every
sentence so that each fact in the lists beside the text links to its sentence.

Spans nest (a quote holds names and times); a span that would cross an open one is left
unhighlighted rather than breaking the markup (it is still listed, and linked to its sentence).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from warta.store.text import SENTENCE_END

ORDER = {"quote": 0, "event": 1, "stance": 1, "ent": 2, "time": 2}  # outer kinds first


@dataclass
class Mark:
    """A highlighted span: where, which layer, its label and tooltip, its anchor id."""

    start: int
    end: int
    kind: str
    label: str
    title: str
    anchor: str


def marks(record: dict[str, Any]) -> list[Mark]:
    """The record's spans to highlight: entities, times, quotes, event triggers, stance evidence."""
    out = [Mark(e["start"], e["end"], "ent", e["label"],
                f"{e.get('name') or e['text']}" + (f" ({e['kb_id']})" if e.get("kb_id") else ""),
                f"ent-{i}") for i, e in enumerate(record["entities"])]
    out += [Mark(t["start"], t["end"], "time", t["type"], t.get("value") or "", f"time-{i}")
            for i, t in enumerate(record["times"])]
    out += [Mark(q["start"], q["end"], "quote", (q.get("speaker") or {}).get("name") or "?",
                 q["kind"], f"quote-{i}") for i, q in enumerate(record["quotes"])]
    out += [Mark(e["trigger"]["start"], e["trigger"]["end"], "event", e["type"],
                 e.get("predicate") or "", f"event-{i}")
            for i, e in enumerate(record["events"]) if e.get("trigger")]
    out += [Mark(s["evidence"]["start"], s["evidence"]["end"], "stance", s["stance"],
                 (s.get("holder") or {}).get("name") or "", f"stance-{i}")
            for i, s in enumerate(record["stances"]) if s.get("evidence")]
    return out


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of `text` starts."""
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


def sentence_of(starts: list[int], offset: int) -> int:
    """The number of the sentence holding character `offset`."""
    return max(0, bisect_right(starts, offset) - 1)


def annotate(text: str, spans: list[Mark]) -> Markup:
    """`text` as HTML: every span highlighted (nested where they nest), a sentence anchor
    `s-N` at the start of each sentence."""
    starts = sentence_starts(text)
    cuts = sorted({*starts, *(m.start for m in spans), *(m.end for m in spans)})
    opening: dict[int, list[Mark]] = {}
    for m in sorted(spans, key=lambda m: (m.start, -m.end, ORDER[m.kind])):
        if 0 <= m.start < m.end <= len(text):
            opening.setdefault(m.start, []).append(m)
    sentence_at = {s: i for i, s in enumerate(starts)}
    out: list[str] = []
    stack: list[Mark] = []
    for here, there in zip(cuts, cuts[1:] + [len(text)]):
        while stack and stack[-1].end <= here:
            stack.pop()
            out.append("</span>")
        if here in sentence_at:
            out.append(f'<a class="sent" id="s-{sentence_at[here]}"></a>')
        for m in opening.get(here, []):
            if stack and m.end > stack[-1].end:
                continue  # would cross the open span
            stack.append(m)
            out.append(f'<span class="hl {m.kind}" id="{m.anchor}" data-label="{escape(m.label)}"'
                       f' title="{escape(m.title)}">')
        out.append(str(escape(text[here:there])))
    out.extend("</span>" for _ in stack)
    return Markup("".join(out))


def bars(counts: dict[str, int] | list[tuple[str, int]], width: int = 600,
         height: int = 140) -> dict[str, Any]:
    """Geometry of a simple bar chart of (label, value) pairs, for the `chart` macro."""
    items = list(counts.items()) if isinstance(counts, dict) else list(counts)
    top = max((v for _, v in items), default=0) or 1
    step = width / max(len(items), 1)
    return {"width": width, "height": height, "bars": [
        {"x": round(i * step + step * 0.1, 1), "w": round(step * 0.8, 1),
         "h": round((height - 40) * v / top, 1), "label": label, "value": v}
        for i, (label, v) in enumerate(items)]}
