"""Assemble warta's spaCy pipeline, and the `Doc`s it runs on.

The pipeline is `spacy.blank(lang)` plus warta's components, named in `DEFAULT_PIPELINE`
(overridable per call). Data flows one way: an `Article` from the article layer becomes a `Doc`
(`make_doc`); `warta.record.to_record` turns it into the output record.

Long texts are analysed in windows: `window_bounds` cuts the text at paragraph breaks (else
line breaks, sentence ends, spaces) into pieces of at most `WINDOW_CHARS`, the pipeline runs on
each piece, and `merge_docs` joins the analysed pieces into one `Doc` of the whole text
(`Doc.from_docs`: tokens, entities, span groups and span attributes, offsets shifted), then
concatenates the doc-level layers (`doc._.quotes`, and any other list of dicts such as events
and stances), shifting every nested {"start", "end"} by the window's offset and every index
into another layer ("event" into `doc._.events`) by that layer's length in earlier windows.
So time and memory per window are bounded and the cost of a document grows linearly; what a
window does not see is the text of the windows before it (a name's earlier full form, the
previous paragraph's speaker across a cut).
"""
from __future__ import annotations

import warnings
from functools import lru_cache
from typing import Any, Sequence

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from spacy.tokens import Doc

from warta.lang import load_lines
from warta.record import INVISIBLE
from warta.nlp import factories  # noqa: F401  (registers the components)

DEFAULT_PIPELINE: tuple[str, ...] = (
    "warta_sentences", "warta_ner", "warta_entities", "warta_timex", "warta_quotes",
    "warta_events", "warta_stances",
)
WINDOW_CHARS = 10_000
# doc-level list layers whose items point into another layer by index: key -> indexed layer
INDEX_KEYS = {"event": "events"}
# where a window may end, best first: after a paragraph break, a line break, a sentence, a word
CUTS = ("\n\n", "\n", ". ", " ")


def build_pipeline(lang: str = "id", components: Sequence[str] | None = None) -> Language:
    """A fresh pipeline for `lang` with the named components (default: `DEFAULT_PIPELINE`)."""
    nlp = spacy.blank(lang)
    nlp.tokenizer.suffix_search = compile_suffix_regex(  # "Syarif\u200e | ."
        (*nlp.Defaults.suffixes, f"(?<=[{INVISIBLE}])[.,;:!?)]")).search
    nlp.tokenizer.prefix_search = compile_prefix_regex(  # "\u200e | Dia"
        (*nlp.Defaults.prefixes, f"[{INVISIBLE}]")).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(  # a table's glued cells: "2017 | ) | FP1"
        (*nlp.Defaults.infixes, r"(?<=\w)\)(?=[^\W\d_])")).finditer
    for mark in INVISIBLE:   # split off before a word, a mark reads as the space it stands in
        nlp.vocab[mark].is_space = True
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


def window_bounds(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive windows covering `text`, each at most `size` characters,
    cut after the last paragraph break in the window (else line break, sentence end, space;
    else at `size`)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        end = next((cut + len(sep) for sep in CUTS
                    if (cut := text.rfind(sep, start + 1, limit - len(sep) + 1)) > start), limit)
        while end < len(text) and text[end] == "\n" and end - start < size:
            end += 1  # a run of blank lines stays with the paragraph it ends
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def window_docs(nlp: Language, text: str, *, published: str | None = None,
                article_id: str | None = None, size: int = WINDOW_CHARS) -> list[Doc]:
    """Tokenised `Doc`s of the windows of `text` (one for a text of at most `size`)."""
    return [make_doc(nlp, text[a:b], published=published, article_id=article_id)
            for a, b in window_bounds(text, size)]


def _shift(value: Any, offset: int, index_offsets: dict[str, int]) -> Any:
    """A copy of a layer item with every nested {"start", "end"} moved by `offset` and every
    index in `INDEX_KEYS` moved by its layer's offset."""
    if isinstance(value, list):
        return [_shift(v, offset, index_offsets) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _shift(v, offset, index_offsets) for k, v in value.items()}
    if isinstance(out.get("start"), int) and isinstance(out.get("end"), int):
        out["start"] += offset
        out["end"] += offset
    for key, layer in INDEX_KEYS.items():
        if isinstance(out.get(key), int):
            out[key] += index_offsets.get(layer, 0)
    return out


def merge_docs(docs: Sequence[Doc]) -> Doc:
    """One `Doc` of the concatenated windows, with every layer's offsets into the whole text."""
    if len(docs) == 1:
        return docs[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # W101: doc-level attributes are not copied; done below
        merged = Doc.from_docs(list(docs), ensure_whitespace=False)
    layers: dict[str, Any] = {}
    offset = 0
    for doc in docs:
        values = {key[1]: value for key, value in doc.user_data.items()
                  if isinstance(key, tuple) and len(key) == 4 and key[0] == "._."
                  and key[2] is None and value is not None}
        index_offsets = {name: len(layers.get(name) or []) for name in INDEX_KEYS.values()}
        for name, value in values.items():
            if isinstance(value, list):
                layers.setdefault(name, []).extend(_shift(value, offset, index_offsets))
            else:
                layers.setdefault(name, value)
        offset += len(doc.text)
    for name, value in layers.items():
        setattr(merged._, name, value)
    return merged


def analyse_windows(nlp: Language, windows: Sequence[Sequence[Doc]],
                    batch_size: int = 16) -> list[Doc]:
    """The analysed `Doc` of each text given as its window `Doc`s, all windows run through
    `nlp.pipe` together."""
    done = iter(nlp.pipe([d for w in windows for d in w], batch_size=batch_size))
    return [merge_docs([next(done) for _ in w]) for w in windows]


def analyse(nlp: Language, text: str, *, published: str | None = None,
            article_id: str | None = None, size: int = WINDOW_CHARS) -> Doc:
    """The analysed `Doc` of a text of any length (windowed, see the module docstring)."""
    return merge_docs([nlp(d) for d in window_docs(nlp, text, published=published,
                                                     article_id=article_id, size=size)])
