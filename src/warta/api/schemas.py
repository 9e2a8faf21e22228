"""The API's request and response shapes (Pydantic), apart from the store's ORM models.

`Record` follows `shared/schema/article.schema.json` closely enough that a stored record never
trips the store (offsets are checked against the text, a stance's event against the events).
"""
from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

T = TypeVar("T")
EVENT_TYPES = Literal["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT",
                      "COOPERATE", "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT",
                      "SANCTION", "SUPPORT", "THREATEN"]
TEXT_LIMIT = 1_000_000
MAX_ID = 2**31 - 1  # the stores' INTEGER keys (PostgreSQL's are 32-bit)


class Page(BaseModel, Generic[T]):
    """A list envelope: one page of `data` and the `count` of all items."""

    data: list[T]
    count: int


class Span(BaseModel):
    """A standoff span: character offsets into the record's text."""

    model_config = ConfigDict(extra="allow")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Entity(Span):
    label: str = Field(min_length=1, max_length=10)
    name: str | None = Field(None, max_length=300)
    kb_id: str | None = Field(None, max_length=40)


class Time(Span):
    type: str = Field(min_length=1, max_length=10)
    value: str | None = Field(None, max_length=60)


class Speaker(Span):
    name: str | None = Field(None, max_length=300)
    kb_id: str | None = Field(None, max_length=40)


class Quote(Span):
    kind: Literal["direct", "indirect"]
    cue: Span | None = None
    speaker: Speaker | None = None


class Actor(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str | None = Field(None, max_length=300)
    country: str | None = Field(None, max_length=10)
    sector: str | None = Field(None, max_length=10)
    kb_id: str | None = Field(None, max_length=40)


class Place(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str | None = Field(None, max_length=300)


class Event(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: EVENT_TYPES
    source: Actor | None
    target: Actor | None
    status: Literal["asserted", "negated", "hypothetical", "future"]
    mode: str | None = Field(None, max_length=60)
    trigger: Span | None = None
    location: Place | str | None = None
    date: str | None = Field(None, max_length=40)
    reported_by: Place | str | None = None
    sentence: tuple[int, int] | None = None
    predicate: str | None = None


class Stance(BaseModel):
    model_config = ConfigDict(extra="allow")
    holder: Actor | None
    stance: Literal["allege", "confirm", "deny", "no_comment", "assert"]
    event: int = Field(ge=0)
    date: str | None = Field(None, max_length=40)
    evidence: Span | None = None


class Record(BaseModel):
    """An article's record, as `warta extract` writes it."""

    model_config = ConfigDict(extra="allow")
    id: str = Field(min_length=1, max_length=300)
    url: str | None = None
    title: str | None = None
    outlet: str | None = Field(None, max_length=200)
    section: str | None = Field(None, max_length=200)
    published: str | None = Field(None, max_length=40)
    dateline: str | None = None
    language: str = Field("id", max_length=10)
    text: str = Field(min_length=1, max_length=TEXT_LIMIT)
    entities: list[Entity] = []
    times: list[Time] = []
    quotes: list[Quote] = []
    events: list[Event] = []
    stances: list[Stance] = []

    @model_validator(mode="after")
    def _consistent(self) -> Record:
        n = len(self.text)
        spans = [*self.entities, *self.times, *self.quotes]
        spans += [s for q in self.quotes for s in (q.cue, q.speaker) if s]
        spans += [s for x in (*self.events, *self.stances)
                  for s in (getattr(x, "trigger", None), getattr(x, "evidence", None)) if s]
        if any(s.start > s.end or s.end > n for s in spans):
            raise ValueError("a span's offsets fall outside the text")
        if any(e.sentence and not 0 <= e.sentence[0] <= e.sentence[1] <= n for e in self.events):
            raise ValueError("an event's sentence falls outside the text")
        if any(s.event >= len(self.events) for s in self.stances):
            raise ValueError("a stance names an event the record does not have")
        return self


class Document(BaseModel):
    """A text or an HTML page to analyse, with what is known about it (the URL is metadata: it
    is never fetched)."""

    text: str | None = Field(None, min_length=1, max_length=TEXT_LIMIT)
    html: str | None = Field(None, min_length=1, max_length=TEXT_LIMIT)
    published: str | None = Field(None, max_length=40,
                                  examples=["2025-04-28T07:46:00+07:00"])
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    id: str | None = Field(None, min_length=1, max_length=300)

    @model_validator(mode="after")
    def _one_body(self) -> Document:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


class IngestRequest(BaseModel):
    """Records to store as they are, and documents to analyse and then store."""

    records: list[Record] = Field([], max_length=1000)
    documents: list[Document] = Field([], max_length=100)


class IngestResult(BaseModel):
    added: int
    replaced: int
    unchanged: int
    failed: list[str]
    ids: list[str]


class SearchHit(BaseModel):
    article: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    score: float


class PeriodCount(BaseModel):
    period: str
    outlet: str
    matches: int
    articles: int
    share: float


class Alias(BaseModel):
    text: str
    mentions: int


class Cooccurring(BaseModel):
    name: str
    label: str
    articles: int


class QuoteRef(BaseModel):
    article: str
    published: str | None
    speaker: str | None
    kind: str
    text: str


class EntityProfile(BaseModel):
    name: str
    label: str
    kb_id: str | None
    aliases: list[Alias]
    mentions_per_month: dict[str, int]
    articles: int
    cooccurring: list[Cooccurring]
    quotes_by: list[QuoteRef]
    quotes_about: list[QuoteRef]


class StorySummary(BaseModel):
    id: int
    title: str | None
    start: str | None
    end: str | None
    articles: list[str]


class StoryArticle(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None


class StoryDetail(BaseModel):
    id: int
    title: str | None
    start: str | None
    end: str | None
    articles: list[StoryArticle]


class Party(BaseModel):
    name: str | None
    country: str | None


class TimelineStep(BaseModel):
    holder: Party
    stance: str
    date: str | None
    article: str
    outlet: str | None
    published: str | None
    sentence: str | None


class Claim(BaseModel):
    id: int
    type: str
    predicate: str | None
    subject: Party
    object: Party
    status: str
    first_seen: str | None
    last_seen: str | None
    stances: list[TimelineStep]


class TimelineEvent(BaseModel):
    """An event an entity takes part in, as one article reports it."""

    event: int
    type: str
    mode: str | None
    predicate: str | None
    source: Party
    target: Party
    role: Literal["source", "target"]
    location: str | None
    date: str | None
    when: str | None
    status: str
    claim: int | None
    claim_status: str | None
    article: str
    outlet: str | None
    day: str | None
    sentence: str | None


class ArticleDetail(BaseModel):
    """A stored article: its record, story, the article it duplicates, and its events' claims."""

    record: dict[str, Any]
    story: int | None
    duplicate_of: str | None
    claims: dict[int, int]

