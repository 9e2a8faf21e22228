"""Assemble warta's spaCy pipeline, and the `Doc`s it runs on.

The pipeline is `spacy.blank(lang)` plus warta's components, named in `DEFAULT_PIPELINE`
(overridable per call). Data flows one way: an `Article` from the article layer becomes a `Doc`
(`make_doc`); `warta.record.to_record` turns it into the output record.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from warta.lang import load_lines
from warta.nlp import factories  # noqa: F401  (registers the components)

DEFAULT_PIPELINE: tuple[str, ...] = (
    "warta_sentences", "warta_ner", "warta_entities", "warta_timex", "warta_quotes",
    "warta_events", "warta_stances",
)


def build_pipeline(lang: str = "id", components: Sequence[str] | None = None) -> Language:
    """A fresh pipeline for `lang` with the named components (default: `DEFAULT_PIPELINE`)."""
    nlp = spacy.blank(lang)
    for abbr in load_lines(lang, "abbreviations.txt"):
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    for name in DEFAULT_PIPELINE if components is None else components:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=4)
def load_pipeline(lang: str = "id", components: tuple[str, ...] | None = None) -> Language:
    """The shared (cached) pipeline for `lang`; build once per process."""
    return build_pipeline(lang, components)


def make_doc(nlp: Language, text: str, *, published: str | None = None,
             article_id: str | None = None) -> Doc:
    """A tokenised `Doc` carrying the article context that components read."""
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.article_id = article_id
    return doc
