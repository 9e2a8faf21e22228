"""Orchestration: inputs → raw documents → articles → analysed docs → records.

`process` is the batch driver used by the CLI and the Python API: it yields an `Outcome` for
every document it met, in input order, so that a bad file, record or document is reported and
never stops the others.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator

from spacy.language import Language

from warta.article import Article, parse
from warta.errors import WartaError
from warta.ingest import RawDocument, read
from warta.pipeline import load_pipeline, make_doc
from warta.record import to_record


@dataclass
class Outcome:
    """One document's result: a record, or the error that stopped it (with its source)."""

    source: str | None
    record: dict[str, Any] | None = None
    error: WartaError | None = None


def read_articles(items: Iterable[RawDocument | WartaError], lang: str) -> Iterator[Article | Outcome]:
    """Articles of the raw documents; what cannot be read or parsed becomes an error `Outcome`."""
    for item in items:
        if isinstance(item, WartaError):
            yield Outcome(item.source, error=item)
            continue
        try:
            yield parse(item, lang)
        except WartaError as exc:
            yield Outcome(item.source, error=exc)
        except Exception as exc:  # a reader/extractor bug must not end the batch
            yield Outcome(item.source, error=WartaError("E021", f"{type(exc).__name__}: {exc}",
                                                        item.source))


def _analyse_batch(nlp: Language, batch: list[Article]) -> list[Outcome]:
    """Analyse a batch together; if it fails, analyse one by one to isolate the bad document."""
    docs = [make_doc(nlp, a.text, published=a.published, article_id=a.id) for a in batch]
    try:
        done = list(nlp.pipe(docs, batch_size=len(docs)))
    except Exception:
        done = []
        for article, doc in zip(batch, docs):
            try:
                done.append(nlp(doc))
            except Exception as exc:
                done.append(WartaError("E031", f"analysis failed: {type(exc).__name__}: {exc}",
                                       article.source))
    return [Outcome(a.source, error=d) if isinstance(d, WartaError)
            else Outcome(a.source, record=to_record(a, d)) for a, d in zip(batch, done)]


def process(inputs: Iterable[str | Path], *, nlp: Language | None = None, lang: str = "id",
            batch_size: int = 16) -> Iterator[Outcome]:
    """Outcomes for every document in `inputs` (paths, directories, globs, '-'), in order."""
    nlp = nlp or load_pipeline(lang)
    stream = read_articles(read(inputs), lang)
    while True:
        chunk = list(islice(stream, batch_size))
        if not chunk:
            return
        pending: list[Article] = []
        for item in chunk:
            if isinstance(item, Outcome):
                yield from _analyse_batch(nlp, pending) if pending else ()
                pending = []
                yield item
            else:
                pending.append(item)
        if pending:
            yield from _analyse_batch(nlp, pending)


def extract(inputs: Iterable[str | Path] | str | Path, **kwargs) -> Iterator[dict[str, Any]]:
    """Records for every readable document; errors are skipped (use `process` to see them)."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    for outcome in process(inputs, **kwargs):
        if outcome.record is not None:
            yield outcome.record


def analyze(text_or_path: str | Path, *, nlp: Language | None = None, lang: str = "id",
            body_only: bool = False, **meta: Any) -> Article:
    """Analyse one article given as text or as a path to a file; `meta` as in a JSONL record.

    Text is read as a scraped page (title, header line, furniture) unless `body_only`.
    The returned `Article` carries its `Doc`; `article.to_record()` gives the output record.
    """
    if isinstance(text_or_path, Path) or _is_file(text_or_path):
        items = list(read([text_or_path]))
        raw = next((i for i in items if isinstance(i, RawDocument)), None)
        if raw is None:
            raise items[0] if items else WartaError("E003", "empty document", str(text_or_path))
        raw.meta.update(meta)
    else:
        raw = RawDocument(source="<text>", text=text_or_path, meta=meta, body_only=body_only)
    article = parse(raw, lang)
    nlp = nlp or load_pipeline(lang)
    article.doc = nlp(make_doc(nlp, article.text, published=article.published,
                               article_id=article.id))
    return article


def _is_file(value: str) -> bool:
    """Whether a string names an existing file (and is not an article's text)."""
    return "\n" not in value and len(value) < 4096 and Path(value).is_file()
