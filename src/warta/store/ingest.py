"""Storing records: one article per transaction, idempotent, with revision history.

`store_records` takes schema records (from `warta extract` or `warta.process`); `ingest`
analyses inputs and stores their records. An article is found by its normalised URL, else by its
id. The same content again changes nothing, nor does an older version seen before (inputs that
hold two versions of a page do not flip it back and forth); new content replaces the analysis
and keeps the old version's hash, title and publication date as a `Revision`.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Callable, Iterable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from warta.core import Outcome
from warta.runner import outcomes
from warta.errors import WartaError
from warta.store import claims, fulltext, stories
from warta.store.db import Store, open_store
from warta.store.models import (Article, Band, Entity, Event, Mention, Quote, Revision, Stance,
                                Time)
from warta.store.text import index_terms, sentence_at, url_key

RETRIES = 3


@dataclass
class IngestSummary:
    """What an ingest did, article by article."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged, "
                f"{len(self.failed)} failed")


def content_hash(record: dict[str, Any]) -> str:
    """The SHA-256 of what identifies a version of an article: its title and text."""
    return hashlib.sha256(json.dumps([record.get("title"), record["text"]],
                                     ensure_ascii=False).encode()).hexdigest()


def day_of(published: str | None) -> date | None:
    """The calendar day of an ISO 8601 publication time (as the outlet gave it)."""
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _name(value: dict[str, Any] | str | None) -> str | None:
    """A place's or reporter's name, given as an object with `name` or as a plain string."""
    return value.get("name") if isinstance(value, dict) else value


def _entity_ids(session: Session, record: dict[str, Any]) -> dict[tuple[str, str], int]:
    """The ids of the record's entities (name, label), created where new."""
    wanted = {(e.get("name") or e["text"], e["label"]): e.get("kb_id") for e in record["entities"]}
    ids = {(e.name, e.label): e.id for e in session.scalars(
        select(Entity).where(Entity.name.in_({name for name, _ in wanted})))}
    new = [Entity(name=name, label=label, kb_id=kb_id)
           for (name, label), kb_id in wanted.items() if (name, label) not in ids]
    session.add_all(new)
    session.flush()
    return ids | {(e.name, e.label): e.id for e in new}


def _add_layers(session: Session, article: Article, record: dict[str, Any]) -> list[Event]:
    """Insert the record's mentions, times, quotes, events and stances; the events added."""
    text = record["text"]
    ids = _entity_ids(session, record)
    session.add_all(Mention(article_id=article.id, entity_id=ids[(e.get("name") or e["text"],
                                                                   e["label"])],
                            start=e["start"], end=e["end"], text=e["text"])
                    for e in record["entities"])
    session.add_all(Time(article_id=article.id, start=t["start"], end=t["end"], text=t["text"],
                         type=t["type"], value=t.get("value")) for t in record["times"])
    session.add_all(Quote(article_id=article.id, start=q["start"], end=q["end"], text=q["text"],
                          kind=q["kind"], cue=(q.get("cue") or {}).get("text"),
                          speaker=(q.get("speaker") or {}).get("name"),
                          speaker_kb_id=(q.get("speaker") or {}).get("kb_id"))
                    for q in record["quotes"])
    events = [_event(article.id, i, e, text) for i, e in enumerate(record["events"])]
    session.add_all(events)
    session.flush()
    for s in record["stances"]:
        event = events[s["event"]]
        evidence = s.get("evidence")
        span = ((evidence["start"], evidence["end"]) if evidence
                else (event.sentence_start, event.sentence_end)
                if event.sentence_start is not None else None)
        holder = s.get("holder") or {}
        session.add(Stance(
            article_id=article.id, event_id=event.id, holder_name=holder.get("name"),
            holder_country=holder.get("country"), stance=s["stance"], date=s.get("date"),
            evidence_start=evidence["start"] if evidence else None,
            evidence_end=evidence["end"] if evidence else None,
            sentence=text[slice(*sentence_at(text, *span))] if span else None))
    return events


def _event(article_id: str, idx: int, e: dict[str, Any], text: str) -> Event:
    """The row of one record event (the sentence found around its trigger when not given)."""
    source, target, trigger = e.get("source") or {}, e.get("target") or {}, e.get("trigger")
    sentence = e.get("sentence") or (sentence_at(text, trigger["start"], trigger["end"])
                                     if trigger else None)
    return Event(
        article_id=article_id, idx=idx, type=e["type"], mode=e.get("mode"),
        predicate=e.get("predicate"), source_name=source.get("name"),
        source_country=source.get("country"), source_sector=source.get("sector"),
        source_key=claims.actor_key(source), target_name=target.get("name"),
        target_country=target.get("country"), target_sector=target.get("sector"),
        target_key=claims.actor_key(target), location=_name(e.get("location")),
        date=e.get("date"), status=e["status"], reported_by=_name(e.get("reported_by")),
        trigger_start=trigger["start"] if trigger else None,
        trigger_end=trigger["end"] if trigger else None,
        trigger_text=trigger["text"] if trigger else None,
        sentence_start=sentence[0] if sentence else None,
        sentence_end=sentence[1] if sentence else None)


def _clear(session: Session, article: Article) -> set[int]:
    """Delete an article's analysis rows; the claims its events belonged to."""
    touched = set(session.scalars(select(Event.claim_id).where(Event.article_id == article.id,
                                                               Event.claim_id.is_not(None))))
    for table in (Stance, Event, Mention, Time, Quote, Band):
        session.execute(delete(table).where(table.article_id == article.id))
    fulltext.unindex(session, article.id)
    return touched


def store_record(session: Session, record: dict[str, Any]) -> str:
    """Store one record in the session's transaction: 'added', 'replaced' or 'unchanged'."""
    key = url_key(record.get("url"))
    digest = content_hash(record)
    article = (session.scalar(select(Article).where(Article.url_key == key)) if key else None) \
        or session.get(Article, record["id"])
    now = datetime.now(timezone.utc)
    if article is not None and (article.content_hash == digest or digest in session.scalars(
            select(Revision.content_hash).where(Revision.article_id == article.id))):
        return "unchanged"  # the current version, or an older one seen before: nothing new
    touched: set[int] = set()
    if article is None:
        outcome = "added"
        article = Article(id=record["id"])
        session.add(article)
    else:
        outcome = "replaced"
        session.add(Revision(article_id=article.id, content_hash=article.content_hash,
                             published=article.published, title=article.title, replaced_at=now))
        touched = _clear(session, article)
    article.url, article.url_key, article.outlet = record.get("url"), key, record.get("outlet")
    article.title, article.section = record.get("title"), record.get("section")
    article.published, article.day = record.get("published"), day_of(record.get("published"))
    article.language, article.text = record.get("language") or "id", record["text"]
    article.content_hash, article.record, article.stored_at = digest, record, now
    session.flush()
    events = _add_layers(session, article, record)
    names = [(e["start"], e["end"]) for e in record["entities"]]
    fulltext.index(session, article.id, index_terms(record["text"], names, record.get("title")))
    stories.place(session, article, record)
    claims.merge(session, article, events, touched)
    return outcome


def _store_one(store: Store, record: dict[str, Any]) -> str:
    """Store a record in its own transaction, retried when a concurrent writer won a race."""
    attempt = 1
    while True:
        try:
            with store.write() as session:
                return store_record(session, record)
        except (IntegrityError, OperationalError):
            if attempt == RETRIES:
                raise
            attempt += 1


def store_records(records: Iterable[dict[str, Any]], store: Store | str,
                  on_error: Callable[[WartaError], None] | None = None) -> IngestSummary:
    """Store records into a store (or the database at a URL), each in its own transaction; a
    record that cannot be stored (a missing field, a value the database refuses) is reported as
    a coded error and the others go on."""
    if not isinstance(store, Store):
        opened = open_store(store)
        try:
            return store_records(records, opened, on_error)
        finally:
            opened.close()
    summary = IngestSummary()
    for n, record in enumerate(records, 1):
        try:
            outcome = _store_one(store, record)
        except (KeyError, TypeError, ValueError, IndexError, DataError) as exc:
            error = WartaError("E070", f"not stored: {type(exc).__name__}: {exc}",
                               str(record.get("id") or f"record {n}"))
            summary.failed.append(str(error))
            if on_error:
                on_error(error)
            continue
        setattr(summary, outcome, getattr(summary, outcome) + 1)
    return summary


def ingest(inputs: Sequence[str], store: Store | str, lang: str = "id",
           on_error: Callable[[Outcome], None] | None = None, workers: int = 1,
           dask: str | None = None) -> IngestSummary:
    """Analyse `inputs` (as `warta extract` reads them: in this process, in `workers`
    processes or on the Dask scheduler at `dask`) and store every record, in input order, from
    this process (into a store or the database at a URL)."""
    failed: list[str] = []

    def records() -> Iterable[dict[str, Any]]:
        for outcome in outcomes(inputs, lang=lang, workers=workers, dask=dask):
            if outcome.error is not None:
                failed.append(str(outcome.error))
            if on_error and (outcome.error is not None or outcome.warnings):
                on_error(outcome)   # a file that was not read has warnings only (W003)
            if outcome.record is not None:
                yield outcome.record

    summary = store_records(records(), store,
                            on_error=lambda e: on_error(Outcome(e.source, error=e)) if on_error else None)
    summary.failed = failed + summary.failed
    return summary
