"""Orchestration: inputs → raw documents → articles → analysed docs → records.

`process` is the batch driver used by the CLI and the Python API: it yields an `Outcome` for
every document it met, in input order, so that a bad file, record or document is reported and
never stops the others. Any exception inside one document's analysis becomes that document's
coded error (E031); a document longer than `max_chars` is refused with E032 before analysis.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_limits

from warta.article import Article, parse
from warta.article.metadata import parse_published
from warta.errors import WartaError
from warta.ingest import RawDocument, read
from warta.ingest.jsonl import META_FIELDS
from warta.lang import require_pack
from warta.pipeline import analyse, analyse_windows, load_pipeline, window_docs
from warta.record import to_record

MAX_CHARS = 5_000_000  # a longer document (text or HTML as read) is refused: E032


@dataclass
class Outcome:
    """One document's result: a record, or the error that stopped it (with its source), and
    the warnings (W0xx) about what was read; a file that was not read (W003) has warnings
    only."""

    source: str | None
    record: dict[str, Any] | None = None
    error: WartaError | None = None
    warnings: list[WartaError] = field(default_factory=list)


@dataclass
class Parsed:
    """An article on its way to analysis, with the warnings raised while reading it."""

    article: Article
    warnings: list[WartaError]


def _warnings(raw: RawDocument, article: Article, lang: str) -> list[WartaError]:
    """What the batch should hear about an article that was read: a `published` value that
    could not be read (W001), a text in another language than the pack's (W002)."""
    found = []
    given = raw.meta.get("published")
    if given and article.published is None:
        found.append(WartaError("W001", f"unreadable 'published' {given!r}; left null",
                                raw.source))
    if article.language != lang:
        found.append(WartaError("W002", f"text looks like '{article.language}', analysed with "
                                f"the '{lang}' language pack", raw.source))
    return found


def read_articles(items: Iterable[RawDocument | WartaError], lang: str,
                  max_chars: int = MAX_CHARS) -> Iterator[Parsed | Outcome]:
    """Articles of the raw documents; what cannot be read or parsed becomes an error `Outcome`."""
    for item in items:
        if isinstance(item, WartaError):
            yield (Outcome(item.source, error=item) if item.code.startswith("E")
                   else Outcome(item.source, warnings=[item]))
            continue
        size = len(item.text if item.html is None else item.html)
        if size > max_chars:
            yield Outcome(item.source, error=WartaError(
                "E032", f"document of {size:,} characters is longer than --max-chars "
                f"{max_chars:,}", item.source))
            continue
        try:
            article = parse(item, lang)
            yield Parsed(article, _warnings(item, article, lang))
        except WartaError as exc:
            yield Outcome(item.source, error=exc)
        except Exception as exc:  # a reader/extractor bug must not end the batch
            yield Outcome(item.source, error=WartaError("E021", f"{type(exc).__name__}: {exc}",
                                                        item.source))


def _outcome(parsed: Parsed, analysed: Doc | Exception) -> Outcome:
    """The record of an analysed article, or its E031 error if analysis or the record failed."""
    article, failure = parsed.article, analysed
    if isinstance(analysed, Doc):
        try:
            return Outcome(article.source, record=to_record(article, analysed),
                           warnings=parsed.warnings)
        except Exception as exc:
            failure = exc
    return Outcome(article.source, warnings=parsed.warnings, error=WartaError(
        "E031", f"analysis failed: {type(failure).__name__}: {failure}", article.source))


def _analyse_one(nlp: Language, article: Article) -> Doc | Exception:
    try:
        return analyse(nlp, article.text, published=article.published, article_id=article.id)
    except Exception as exc:
        return exc


def _analyse_batch(nlp: Language, batch: list[Parsed]) -> list[Outcome]:
    """Analyse a batch together (long texts in windows); if it fails, analyse one by one to
    isolate the bad document."""
    try:
        windows = [window_docs(nlp, p.article.text, published=p.article.published,
                               article_id=p.article.id) for p in batch]
        docs: list[Doc | Exception] = list(analyse_windows(nlp, windows, len(batch)))
    except Exception:
        docs = [_analyse_one(nlp, p.article) for p in batch]
    return [_outcome(p, d) for p, d in zip(batch, docs)]


def _check_positive(**values: object) -> None:
    """A ValueError naming the first value that is not a positive int."""
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name}={value!r} must be a positive whole number")


def _check_inputs(inputs: object, caller: str) -> None:
    """A TypeError for a single path given where a list of inputs is expected."""
    if isinstance(inputs, (str, bytes, Path)):
        name = inputs.decode(errors="replace") if isinstance(inputs, bytes) else str(inputs)
        raise TypeError(f"warta.{caller}() takes a list of inputs, not a single "
                        f"{type(inputs).__name__}: write warta.{caller}([{name!r}])")


def process(inputs: Iterable[str | Path], *, nlp: Language | None = None, lang: str = "id",
            batch_size: int = 16, max_chars: int = MAX_CHARS) -> Iterator[Outcome]:
    """Outcomes for every document in `inputs` (a list of paths, directories, globs, '-'),
    in order. numpy/BLAS run on one thread meanwhile (faster under load, see README).
    The inputs and `lang` are checked at the call, not at the first outcome."""
    _check_inputs(inputs, "process")
    _check_positive(batch_size=batch_size, max_chars=max_chars)
    require_pack(lang)
    return process_items(read(inputs), nlp=nlp, lang=lang, batch_size=batch_size,
                         max_chars=max_chars)


def process_items(items: Iterable[RawDocument | WartaError], *, nlp: Language | None = None,
                  lang: str = "id", batch_size: int = 16,
                  max_chars: int = MAX_CHARS) -> Iterator[Outcome]:
    """Outcomes for documents already read (`warta.ingest.read`'s items), in order: the
    driver behind `process`, run as is on each partition by `warta.runner`."""
    return _outcomes(read_articles(items, lang, max_chars), nlp or load_pipeline(lang),
                     batch_size)


def _outcomes(stream: Iterator[Parsed | Outcome], nlp: Language,
              batch_size: int) -> Iterator[Outcome]:
    """The outcomes of a stream of parsed articles, analysed in batches."""
    while True:
        with threadpool_limits(limits=1):
            chunk = list(islice(stream, batch_size))
            if not chunk:
                return
            outcomes: list[Outcome] = []
            pending: list[Parsed] = []
            for item in chunk:
                if isinstance(item, Outcome):
                    outcomes += _analyse_batch(nlp, pending) if pending else []
                    pending = []
                    outcomes.append(item)
                else:
                    pending.append(item)
            outcomes += _analyse_batch(nlp, pending) if pending else []
        yield from outcomes


def extract(inputs: Iterable[str | Path], **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Records for every readable document; errors are skipped (use `process` to see them)."""
    _check_inputs(inputs, "extract")
    return (o.record for o in process(inputs, **kwargs) if o.record is not None)


def analyze(*, text: str | None = None, html: str | None = None, path: str | Path | None = None,
            nlp: Language | None = None, lang: str = "id", body_only: bool = False,
            max_chars: int = MAX_CHARS, **meta: Any) -> Article:
    """Analyse one article, given as exactly one of `text` (a scraped page, or a body if
    `body_only`), `html` or `path` (a file of any readable format; its first document);
    `meta` are a JSONL record's fields (id, title, published, outlet, url, ...).

    The returned `Article` carries its `Doc`; `article.to_record()` gives the output record.
    Raises TypeError for a missing or doubled input or an unknown keyword, ValueError for a
    bad value (an unreadable `published`, an unknown `lang`), `WartaError` for an unreadable
    file or a document with no body or longer than `max_chars`.
    """
    given = [name for name, value in (("text", text), ("html", html), ("path", path))
             if value is not None]
    if len(given) != 1:
        raise TypeError("warta.analyze() takes exactly one of text=, html=, path= "
                        f"(got {', '.join(given) or 'none'})")
    unknown = sorted(set(meta) - set(META_FIELDS))
    if unknown:
        raise TypeError(f"warta.analyze() got unknown keyword(s) {', '.join(unknown)} "
                        f"(metadata keywords: {', '.join(META_FIELDS)})")
    _check_positive(max_chars=max_chars)
    require_pack(lang)
    if meta.get("published") is not None and parse_published(str(meta["published"]), lang) is None:
        raise ValueError(f"published={meta['published']!r} is not a date warta can read "
                         "(ISO 8601 or as news pages print it)")
    if path is not None:
        raw = next(iter(read([path])), WartaError("E003", "no document in it", str(path)))
        if isinstance(raw, WartaError):
            raise raw
        raw.meta.update(meta)
    else:
        raw = RawDocument(source="<text>", text=text, html=html, meta=meta,
                          body_only=body_only and text is not None)
    [item] = read_articles([raw], lang, max_chars)
    if isinstance(item, Outcome):
        raise item.error
    nlp = nlp or load_pipeline(lang)
    article = item.article
    article.doc = analyse(nlp, article.text, published=article.published, article_id=article.id)
    return article
