"""Custom attributes that warta's components set on `Doc` and `Span`, declared once.

The contract between layers (all values msgpack-serialisable, so a `DocBin` keeps them):

- `doc._.published`: the article's publication time (ISO 8601 string or None); the anchor of
  every relative time expression. Never the wall clock.
- `doc._.article_id`: the record id.
- entities: `doc.ents`, label = fine label (PER, ORG, GPE, LOC, FAC, NORP, EVENT, LAW),
  `span.kb_id_` = Wikidata QID or "", `span._.name` = canonical name,
  `span._.country` = ISO 3166 alpha-3 (or IGO) of the country the mention stands for.
- times: `doc.spans["times"]`, label = DATE / TIME / DURATION / SET, `span._.value` = TIMEX3.
- quotes: `doc._.quotes`, a list of dicts with character offsets:
  {"start", "end", "kind", "cue": {"start", "end"} | None,
   "speaker": {"start", "end", "name", "kb_id"} | None}.
- events: `doc._.events`, a list of dicts: {"type", "mode", "trigger": {"start", "end"},
  "source", "target", "reported_by" (actors: {"name", "country", "sector", "kb_id"} | None),
  "location": {"name", "country", "lat", "lon", "geonames_id"} | None, "date", "status",
  "sentence": {"start", "end"}, "predicate", "mentions" (how often the article tells it)}.
- stances: `doc._.stances`, a list of dicts: {"holder" (an actor), "stance", "event" (index
  into `doc._.events`), "date", "evidence": {"start", "end"}}.

One value is transient, not part of the contract and never serialised: `doc._.clause_reader`,
the events component's `ClauseReader` (the document's actors and clause look-ups), which the
stances component reuses instead of building it again and then clears.
"""
from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {"published": None, "article_id": None, "quotes": None, "events": None,
                  "stances": None, "clause_reader": None}
SPAN_EXTENSIONS = {"name": None, "country": None, "value": None}


def register() -> None:
    """Declare warta's extensions (idempotent)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
