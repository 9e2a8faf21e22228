"""The one function that turns an analysed `Doc` into the output record.

The record follows `shared/schema/article.schema.json`: metadata from the `Article`, standoff
layers from the `Doc` (see `warta.nlp.extensions` for where each layer lives). Offsets are
character offsets into `text`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from warta.article import Article


# zero-width and direction marks that scraped pages glue to words ("Elza Syarif\u200e")
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    """A standoff span: offsets into `text` and the text they cover, without the invisible
    marks a token may carry at either end."""
    while start < end - 1 and text[start] in INVISIBLE:
        start += 1
    while end > start + 1 and text[end - 1] in INVISIBLE:
        end -= 1
    return {"start": start, "end": end, "text": text[start:end]}


def _entities(doc: Doc) -> list[dict[str, Any]]:
    text = doc.text  # `Doc.text` is rebuilt on each access: once per layer, not per span
    return [
        {**_span(text, e.start_char, e.end_char), "label": e.label_,
         "name": (e._.name or e.text).strip(INVISIBLE), "kb_id": e.kb_id_ or None}
        for e in doc.ents
    ]


def _times(doc: Doc) -> list[dict[str, Any]]:
    spans: list[Span] = list(doc.spans.get("times", []))
    text = doc.text
    return [
        {**_span(text, t.start_char, t.end_char), "type": t.label_, "value": t._.value}
        for t in sorted(spans, key=lambda s: s.start_char)
    ]


def _quotes(doc: Doc) -> list[dict[str, Any]]:
    out = []
    text = doc.text
    for q in doc._.quotes or []:
        cue = q.get("cue")
        speaker = q.get("speaker")
        out.append({
            **_span(text, q["start"], q["end"]),
            "kind": q["kind"],
            "cue": _span(text, cue["start"], cue["end"]) if cue else None,
            "speaker": {**_span(text, speaker["start"], speaker["end"]),
                        "name": (speaker.get("name") or "").strip(INVISIBLE) or None,
                        "kb_id": speaker.get("kb_id")}
            if speaker else None,
        })
    return out


def _events(doc: Doc) -> list[dict[str, Any]]:
    out = []
    text = doc.text
    for ev in doc._.events or []:
        trigger, sentence = ev["trigger"], ev["sentence"]
        out.append({**ev, "trigger": _span(text, trigger["start"], trigger["end"]),
                    "sentence": [sentence["start"], sentence["end"]]})
    return out


def _stances(doc: Doc) -> list[dict[str, Any]]:
    out = []
    text = doc.text
    for st in doc._.stances or []:
        evidence = st.get("evidence")
        out.append({**st, "evidence": _span(text, evidence["start"], evidence["end"])
                    if evidence else None})
    return out


def to_record(article: Article, doc: Doc) -> dict[str, Any]:
    """The schema record of an article and its analysed `Doc`."""
    return {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "section": article.section,
        "published": article.published,
        "dateline": article.dateline,
        "language": article.language,
        "text": doc.text,
        "entities": _entities(doc),
        "times": _times(doc),
        "quotes": _quotes(doc),
        "events": _events(doc),
        "stances": _stances(doc),
    }
