"""The store's tables (SQLAlchemy 2 ORM). Every annotation row keeps its provenance: the article
and the character offsets into the article's text (and, for events, the sentence).

The schema is created and changed only by the Alembic migrations in `migrations/`; the
full-text index (`article_fts`) is backend-specific and lives there alone.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of all tables."""


class Article(Base):
    """An analysed article: metadata, text and the full record as it was stored."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    url_key: Mapped[str | None] = mapped_column(String(1000), unique=True)
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[str | None] = mapped_column(String(40))
    day: Mapped[date | None] = mapped_column(Date, index=True)
    language: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    record: Mapped[dict] = mapped_column(JSON)
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    duplicate_of: Mapped[str | None] = mapped_column(String(300), index=True)
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id"), index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)


class Revision(Base):
    """A replaced version of an article: its content hash, publication date and when it went."""

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    published: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(Text)
    replaced_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Band(Base):
    """One LSH band hash of an article's MinHash (near-duplicate candidates share a band)."""

    __tablename__ = "minhash_bands"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String(40))

    __table_args__ = (Index("ix_minhash_bands_band_hash", "band", "hash"),)


class Entity(Base):
    """A canonical entity (name as linked, label, Wikidata id where known)."""

    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    label: Mapped[str] = mapped_column(String(10))
    kb_id: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (Index("ix_entities_name_label", "name", "label", unique=True),)


class Mention(Base):
    """An entity's mention in an article (offsets into the article's text)."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Time(Base):
    """A time expression and its TIMEX3 value."""

    __tablename__ = "times"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(10))
    value: Mapped[str | None] = mapped_column(String(60))


class Quote(Base):
    """A direct or indirect quote, its cue and its resolved speaker."""

    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10))
    cue: Mapped[str | None] = mapped_column(String(100))
    speaker: Mapped[str | None] = mapped_column(String(300), index=True)
    speaker_kb_id: Mapped[str | None] = mapped_column(String(40))


class Event(Base):
    """An event as one article reports it; `claim_id` is the proposition it was merged into."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(20), index=True)
    mode: Mapped[str | None] = mapped_column(String(60))
    predicate: Mapped[str | None] = mapped_column(Text)
    source_name: Mapped[str | None] = mapped_column(String(300))
    source_country: Mapped[str | None] = mapped_column(String(10))
    source_sector: Mapped[str | None] = mapped_column(String(10))
    source_key: Mapped[str | None] = mapped_column(String(300), index=True)
    target_name: Mapped[str | None] = mapped_column(String(300))
    target_country: Mapped[str | None] = mapped_column(String(10))
    target_sector: Mapped[str | None] = mapped_column(String(10))
    target_key: Mapped[str | None] = mapped_column(String(300), index=True)
    location: Mapped[str | None] = mapped_column(String(300))
    date: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    reported_by: Mapped[str | None] = mapped_column(String(300))
    trigger_start: Mapped[int | None] = mapped_column(Integer)
    trigger_end: Mapped[int | None] = mapped_column(Integer)
    trigger_text: Mapped[str | None] = mapped_column(Text)
    sentence_start: Mapped[int | None] = mapped_column(Integer)
    sentence_end: Mapped[int | None] = mapped_column(Integer)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"), index=True)


class Stance(Base):
    """A holder's position on an event's truth (allege, assert, deny, confirm, no_comment)."""

    __tablename__ = "stances"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    holder_name: Mapped[str | None] = mapped_column(String(300))
    holder_country: Mapped[str | None] = mapped_column(String(10))
    stance: Mapped[str] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(40))
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    sentence: Mapped[str | None] = mapped_column(Text)


class Story(Base):
    """A developing story: articles across outlets and days, clustered as they arrive."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    start: Mapped[date | None] = mapped_column(Date, index=True)
    end: Mapped[date | None] = mapped_column(Date, index=True)
    profile: Mapped[dict] = mapped_column(JSON)


class Claim(Base):
    """A proposition merged from events of several articles, with its current status."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(20))
    predicate: Mapped[str | None] = mapped_column(Text)
    subject_name: Mapped[str | None] = mapped_column(String(300), index=True)
    subject_country: Mapped[str | None] = mapped_column(String(10))
    object_name: Mapped[str | None] = mapped_column(String(300), index=True)
    object_country: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20), index=True)
    first_seen: Mapped[date | None] = mapped_column(Date)
    last_seen: Mapped[date | None] = mapped_column(Date)
