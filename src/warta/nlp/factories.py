"""Every warta component, registered by name in one place (as spaCy's `pipeline/factories.py`).

Component modules are imported inside their factory so that loading one does not import all.
"""
from __future__ import annotations

from spacy.language import Language

from warta.nlp import extensions  # noqa: F401  (declares the custom attributes)


@Language.factory("warta_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str):
    from warta.nlp.components.sentences import SentenceSplitter

    return SentenceSplitter(nlp, name)


@Language.factory("warta_ner", assigns=["doc.ents"], default_config={"model": None})
def make_ner(nlp: Language, name: str, model: str | None):
    """The trained NER at `model` (default: the pack's `warta.models:ner-<lang>`)."""
    from warta.nlp.components.ner import StatisticalNER

    return StatisticalNER(nlp, name, model=model or f"warta.models:ner-{nlp.lang}")


@Language.factory("warta_entities", assigns=["doc.ents", "span._.name", "span._.country"],
                  default_config={"extra_kb": [], "without_kb": []})
def make_entities(nlp: Language, name: str, extra_kb: list[str], without_kb: list[str]):
    from warta.nlp.components.entities import EntityLinker

    return EntityLinker(nlp, name, extra_kb=extra_kb, without_kb=without_kb)


@Language.factory("warta_timex", assigns=["doc.spans", "span._.value"])
def make_timex(nlp: Language, name: str):
    from warta.nlp.components.timex import TimexTagger

    return TimexTagger(nlp, name)


@Language.factory("warta_quotes", assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str):
    from warta.nlp.components.quotes import QuoteExtractor

    return QuoteExtractor(nlp, name)


@Language.factory("warta_events", assigns=["doc._.events"],
                  requires=["doc.ents", "doc.spans", "doc._.quotes"])
def make_events(nlp: Language, name: str):
    from warta.nlp.components.events import EventCoder

    return EventCoder(nlp, name)


@Language.factory("warta_stances", assigns=["doc._.stances"], requires=["doc._.events"])
def make_stances(nlp: Language, name: str):
    from warta.nlp.components.stances import StanceTagger

    return StanceTagger(nlp, name)
