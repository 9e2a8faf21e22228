"""Near-duplicates and stories, decided online as each article is stored.

Duplicates: a MinHash of the article's word 3-shingles (datasketch), split into LSH bands kept
in `minhash_bands`; articles sharing a band are candidates, and a candidate whose estimated
Jaccard similarity reaches `DUPLICATE_JACCARD` makes the article its duplicate (`duplicate_of`
names the first copy stored). Duplicates are counted once by the queries.

Stories (after Miranda et al. 2018, streaming clustering): each story keeps a profile, the
summed entity weights (idf over the store's articles), title/lead term counts and the days its
articles' time expressions name. A new article joins the most similar story active within
`WINDOW` of its day when the similarity (cosines weighted by `WEIGHTS`; nothing unless the
entities alone reach `ENTITY_MIN`) reaches `STORY_SIMILARITY`; otherwise it starts a story. A
duplicate joins its original's story.
"""
from __future__ import annotations

import math
from collections import Counter
from datetime import timedelta
from typing import Any

import numpy as np
from datasketch import MinHash
from sqlalchemy import func, or_, select, tuple_
from sqlalchemy.orm import Session

from warta.store.models import Article, Band, Entity, Mention, Story
from warta.store.text import stem, words

NUM_PERM, BANDS = 128, 32  # 32 bands of 4 rows: candidates from a Jaccard of about 0.4
DUPLICATE_JACCARD = 0.8
WINDOW = timedelta(days=7)
CANDIDATE_STORIES = 300  # the most recent stories in the window are compared
STORY_SIMILARITY = 0.35
WEIGHTS = {"entities": 0.6, "terms": 0.25, "days": 0.15}
ENTITY_MIN = 0.2
LEAD_CHARS = 600
TITLE_CHARS = 100  # an untitled article's story is named by its opening
MIN_TERM_CHARS = 5
PROFILE_TERMS = 60
ENTITY_LABELS = {"PER", "ORG", "EVENT", "LAW", "FAC", "LOC", "GPE"}


def minhash(text: str) -> MinHash:
    """The MinHash of a text's lower-cased word 3-shingles."""
    tokens = [w.group().lower() for w in words(text)]
    mh = MinHash(num_perm=NUM_PERM)
    mh.update_batch([" ".join(tokens[i:i + 3]).encode() for i in range(max(1, len(tokens) - 2))])
    return mh


def _bands(mh: MinHash) -> list[str]:
    rows = NUM_PERM // BANDS
    return [mh.hashvalues[b * rows:(b + 1) * rows].tobytes().hex()[:40] for b in range(BANDS)]


def _duplicate_of(session: Session, article: Article, mh: MinHash) -> Article | None:
    """The first stored copy of which the article is a near-duplicate, if any."""
    bands = _bands(mh)
    candidates = session.execute(select(Article.id, Article.minhash, Article.duplicate_of).where(
        Article.id != article.id, Article.id.in_(select(Band.article_id).where(
            tuple_(Band.band, Band.hash).in_(list(enumerate(bands))))))).all()
    best, best_j = None, DUPLICATE_JACCARD
    mine = mh.hashvalues.astype(np.uint64)
    for other in candidates:
        j = float(np.mean(np.frombuffer(other.minhash, dtype=np.uint64) == mine))  # est. Jaccard
        if j >= best_j:
            best, best_j = other, j
    session.add_all(Band(article_id=article.id, band=i, hash=h) for i, h in enumerate(bands))
    return session.get(Article, best.duplicate_of or best.id) if best is not None else None


def _profile(session: Session, record: dict[str, Any]) -> dict[str, dict[str, float]]:
    """An article's profile: entity names weighted by idf, title and lead term counts."""
    names = Counter(e.get("name") or e["text"] for e in record["entities"]
                    if e["label"] in ENTITY_LABELS)
    total = session.scalar(select(func.count(Article.id))) or 1
    df = dict(session.execute(
        select(Entity.name, func.count(func.distinct(Mention.article_id)))
        .join(Mention, Mention.entity_id == Entity.id)
        .where(Entity.name.in_(list(names))).group_by(Entity.name)).all())
    entities = {n: c * math.log((total + 1) / (df.get(n, 0) + 1)) + c for n, c in names.items()}
    lead = f"{record.get('title') or ''} {record['text'][:LEAD_CHARS]}"
    terms = Counter(stem(w.group().lower()) for w in words(lead)
                    if len(w.group()) >= MIN_TERM_CHARS and not w.group()[0].isdigit())
    days = Counter(t["value"][:10] for t in record["times"]
                   if t["type"] == "DATE" and len(t.get("value") or "") >= 10)
    return {"entities": entities, "terms": dict(terms.most_common(PROFILE_TERMS)),
            "days": dict(days)}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def similarity(a: dict[str, dict[str, float]], b: dict[str, dict[str, float]]) -> float:
    """How alike two profiles are (0..1): the weighted cosines of the parts both have (days
    count only when both name some); 0 unless they share entities (`ENTITY_MIN`)."""
    parts = [p for p in WEIGHTS if p != "days" or (a.get(p) and b.get(p))]
    cosines = {p: _cosine(a.get(p, {}), b.get(p, {})) for p in parts}
    if cosines["entities"] < ENTITY_MIN:
        return 0.0
    return sum(WEIGHTS[p] * c for p, c in cosines.items()) / sum(WEIGHTS[p] for p in parts)


def _add(story: Story, profile: dict[str, dict[str, float]], article: Article) -> None:
    """Add an article's profile to its story's and widen the story's dates."""
    merged = {part: dict(Counter(story.profile.get(part, {})) + Counter(profile[part]))
              for part in WEIGHTS}
    merged["terms"] = dict(Counter(merged["terms"]).most_common(PROFILE_TERMS * 3))
    story.profile = merged
    if article.day:
        story.start = min(story.start or article.day, article.day)
        story.end = max(story.end or article.day, article.day)


def place(session: Session, article: Article, record: dict[str, Any]) -> None:
    """Mark the article's near-duplicate original and put it into a story (new or existing)."""
    mh = minhash(record["text"])
    article.minhash = mh.hashvalues.astype(np.uint64).tobytes()
    original = _duplicate_of(session, article, mh)
    article.duplicate_of = original.id if original else None
    if article.story_id is not None:
        return
    profile = _profile(session, record)
    story = session.get(Story, original.story_id) if original and original.story_id else None
    if story is None:
        query = select(Story)
        if article.day:
            query = query.where(or_(Story.end.is_(None), Story.end >= article.day - WINDOW),
                                or_(Story.start.is_(None), Story.start <= article.day + WINDOW))
        recent = session.scalars(query.order_by(Story.id.desc()).limit(CANDIDATE_STORIES))
        scored = [(similarity(profile, s.profile), s) for s in recent]
        score, best = max(scored, key=lambda p: p[0], default=(0.0, None))
        story = best if score >= STORY_SIMILARITY else None
    if story is None:
        story = Story(title=record.get("title") or record["text"][:TITLE_CHARS], start=article.day, end=article.day, profile={})
        session.add(story)
        session.flush()
    _add(story, profile, article)
    article.story_id = story.id
