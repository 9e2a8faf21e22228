"""Statistical NER: runs warta's trained Indonesian pipeline (`warta.models:ner-id`) on a doc.

The trained pipeline (tok2vec CNN + NER, see `warta/models/ner-id/MODEL.md`) is loaded once per
process and per path. It never sees warta's `Doc` directly: the tokens of warta's doc are copied
(text + whitespace, so the tokenisation is exactly warta's) into a doc of the model's own vocab,
the model runs on that, and its entities are copied back by token index. So warta's tokenizer
special cases, its vocab and its other annotations cannot disturb the model, and the model's
string store cannot leak into warta's docs.

Labels: the model predicts the coarse types PER / ORG / LOC. On warta's docs LOC is written as
GPE, because in news most places are political territories (countries, provinces, cities) and
the contract's fine label for those is GPE; `warta_entities` (the KB linker, which runs after
this component) re-labels mentions it knows as LOC / FAC / NORP / ... . Coarse scoring treats
GPE, LOC and FAC alike, so this choice only matters for the fine label of unknown places.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch, registry

from warta.models import model_path

LABEL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "GPE"}


def _matmul_ops():
    """thinc `NumpyOps` whose `gemm` is numpy's matmul (OpenBLAS): about 2.5x faster than
    thinc's bundled blis kernel on the CPUs measured (AMD EPYC), with identical results."""
    import numpy as np
    from thinc.api import NumpyOps

    class MatmulOps(NumpyOps):
        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            if out is None:
                return np.ascontiguousarray(np.matmul(a, b))
            np.matmul(a, b, out=out)
            return out

    return MatmulOps()


@registry.tokenizers("warta.no_rules_tokenizer.v1")
def _no_rules_tokenizer():
    """A whitespace tokenizer without Indonesian special cases. The component never uses the
    model's tokenizer (it copies warta's tokens), and building spaCy's Indonesian tokenizer costs
    about 2 s (16k special cases), so the model is loaded with this one instead."""
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


@lru_cache(maxsize=4)
def load_model(path: str) -> Language:
    """The trained pipeline at `path`, loaded once per process (inference only, matmul ops)."""
    import spacy

    nlp = spacy.load(path, exclude=["tokenizer"],
                     config={"nlp": {"tokenizer": {"@tokenizers": "warta.no_rules_tokenizer.v1"}}})
    ops = _matmul_ops()
    for _, proc in nlp.pipeline:
        for node in proc.model.walk():
            node.ops = ops
    return nlp


class StatisticalNER:
    """Sets `doc.ents` from the trained model (replacing any entities already there)."""

    def __init__(self, nlp: Language, name: str = "warta_ner", model: str = "warta.models:ner-id"):
        self.name = name
        self.path = model_path(model)
        self.model: Language = load_model(str(self.path.resolve()))

    def _mirror(self, doc: Doc) -> Doc:
        """A copy of `doc`'s tokens in the model's vocab."""
        words = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        return Doc(self.model.vocab, words=words, spaces=spaces)

    def _copy_ents(self, src: Doc, doc: Doc) -> Doc:
        """`src`'s entities set on `doc` by token index, labels mapped by `LABEL_MAP`, each cut
        where `doc`'s sentence ends ("Kylie Jenner | . Anak")."""
        spans = []
        for e in src.ents:
            end = next((i + 1 for i in range(e.start, e.end - 1) if doc[i + 1].is_sent_start),
                       e.end)
            while end > e.start and doc[end - 1].text in (".", "!", "?"):
                end -= 1
            if end > e.start:
                spans.append(Span(doc, e.start, end, label=LABEL_MAP.get(e.label_, e.label_)))
        doc.set_ents(spans, default="outside")
        return doc

    def _run(self, mirrors: list[Doc], batch_size: int) -> Iterator[Doc]:
        """The model's components over the mirrored docs, batched where they can be."""
        docs: Iterable[Doc] = mirrors
        for _, proc in self.model.pipeline:
            docs = proc.pipe(docs, batch_size=batch_size) if hasattr(proc, "pipe") else map(proc, docs)
        return iter(docs)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        (out,) = list(self._run([self._mirror(doc)], batch_size=1))
        return self._copy_ents(out, doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            mirrors = [self._mirror(d) for d in batch]
            for out, doc in zip(self._run(mirrors, batch_size), batch):
                yield self._copy_ents(out, doc)
