"""The read API of the store: what the CLI (and later the HTTP API) asks, as plain dicts.

Shapes scripts can rely on: a search hit is {"article", "title", "outlet", "published",
"snippet", "score"}; a story {"id", "title", "start", "end", "articles"}; a claim {"id", "type",
"predicate", "subject": {"name", "country"}, "object": {"name", "country"}, "status",
"first_seen", "last_seen", "stances": [{"holder": {"name", "country"}, "stance", "date",
"article", "outlet", "published", "sentence"}]}.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any, Iterator

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from warta.store import claims as claim_rules
from warta.store import fulltext
from warta.store.db import Store
from warta.store.models import Article, Claim, Entity, Event, Mention, Quote, Story
from warta.store.text import snippet

PERIODS = {
    "day": lambda d: d.isoformat(),
    "week": lambda d: "{}-W{:02d}".format(*d.isocalendar()[:2]),
    "month": lambda d: d.isoformat()[:7],
}
ALL_OUTLETS = "*"


def _filtered(query: Select, since: date | None, until: date | None, outlet: str | None) -> Select:
    if since:
        query = query.where(Article.day >= since)
    if until:
        query = query.where(Article.day <= until)
    if outlet:
        query = query.where(func.lower(Article.outlet) == outlet.lower())
    return query


def search(store: Store, text: str, since: date | None = None, until: date | None = None,
           outlet: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Articles containing every word of `text` (stem or written form), best first, with a
    snippet in which the matched words are marked **like this**."""
    with store.read() as session:
        scores = fulltext.match(session, text)
        if not scores:
            return []
        ids = session.scalars(_filtered(select(Article.id).where(Article.id.in_(list(scores))),
                                        since, until, outlet)).all()
        top = sorted(ids, key=lambda i: (-scores[i], i))[:limit]
        rows = {r.id: r for r in session.execute(
            select(Article.id, Article.title, Article.outlet, Article.published, Article.text)
            .where(Article.id.in_(top)))}
    return [{"article": i, "title": rows[i].title, "outlet": rows[i].outlet,
             "published": rows[i].published, "snippet": snippet(rows[i].text, text),
             "score": round(scores[i], 4)} for i in top]


def search_counts(store: Store, text: str, period: str = "month", since: date | None = None,
                  until: date | None = None, outlet: str | None = None) -> list[dict[str, Any]]:
    """Matching articles per period and outlet, and the share of all that outlet's articles in
    the period; the outlet '*' counts all outlets, each near-duplicate group once."""
    bucket = PERIODS[period]
    with store.read() as session:
        matched = set(fulltext.match(session, text))
        rows = session.execute(_filtered(
            select(Article.id, Article.day, Article.outlet, Article.duplicate_of)
            .where(Article.day.is_not(None)), since, until, outlet)).all()
    total: Counter[tuple[str, str]] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    groups: dict[str, set[str]] = defaultdict(set)
    matched_groups: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        key = (bucket(r.day), r.outlet or "")
        total[key] += 1
        hits[key] += r.id in matched
        groups[key[0]].add(r.duplicate_of or r.id)
        if r.id in matched:
            matched_groups[key[0]].add(r.duplicate_of or r.id)
    for p, members in groups.items():
        total[(p, ALL_OUTLETS)] = len(members)
        hits[(p, ALL_OUTLETS)] = len(matched_groups[p])
    return [{"period": p, "outlet": o, "matches": hits[(p, o)], "articles": n,
             "share": round(hits[(p, o)] / n, 4)} for (p, o), n in sorted(total.items())]


def _entity_ids(session: Session, name: str) -> list[int]:
    """The entities called `name` (canonical name, else a mention's text), case-insensitively."""
    ids = list(session.scalars(select(Entity.id).where(func.lower(Entity.name) == name.lower())))
    if not ids:
        ids = list(session.scalars(select(Mention.entity_id).where(
            func.lower(Mention.text) == name.lower()).distinct()))
    return ids


def entity(store: Store, name: str, top: int = 10) -> dict[str, Any] | None:
    """What the store knows about an entity: canonical name, label, aliases, mentions per month,
    co-occurring entities (by shared articles), quotes by it and quotes that mention it."""
    with store.read() as session:
        ids = _entity_ids(session, name)
        if not ids:
            return None
        counts = dict(session.execute(select(Mention.entity_id, func.count()).where(
            Mention.entity_id.in_(ids)).group_by(Mention.entity_id)).all())
        main = session.get(Entity, max(ids, key=lambda i: counts.get(i, 0)))
        mentions = session.execute(
            select(Mention.text, Mention.article_id, Mention.start, Mention.end, Article.day)
            .join(Article, Mention.article_id == Article.id).where(Mention.entity_id == main.id)
        ).all()
        articles = {m.article_id for m in mentions}
        co = session.execute(
            select(Entity.name, Entity.label, func.count(func.distinct(Mention.article_id)))
            .join(Mention, Mention.entity_id == Entity.id)
            .where(Mention.article_id.in_(articles), Entity.id != main.id)
            .group_by(Entity.name, Entity.label)
            .order_by(func.count(func.distinct(Mention.article_id)).desc(), Entity.name)
            .limit(top)).all()
        quotes = session.execute(
            select(Quote, Article.published).join(Article, Quote.article_id == Article.id)
            .where(or_(Quote.speaker == main.name, Quote.article_id.in_(articles)))).all()
    spans = defaultdict(list)
    for m in mentions:
        spans[m.article_id].append((m.start, m.end))

    def about(q: Quote) -> bool:
        return any(q.start <= s and e <= q.end for s, e in spans.get(q.article_id, ()))

    def shown(q: Quote, published: str | None) -> dict[str, Any]:
        return {"article": q.article_id, "published": published, "speaker": q.speaker,
                "kind": q.kind, "text": q.text}

    return {
        "name": main.name, "label": main.label, "kb_id": main.kb_id,
        "aliases": [{"text": t, "mentions": n} for t, n in
                    Counter(m.text for m in mentions).most_common()],
        "mentions_per_month": dict(sorted(Counter(m.day.isoformat()[:7] for m in mentions
                                                  if m.day).items())),
        "articles": len(articles),
        "cooccurring": [{"name": n, "label": lab, "articles": c} for n, lab, c in co],
        "quotes_by": [shown(q, p) for q, p in quotes if q.speaker == main.name],
        "quotes_about": [shown(q, p) for q, p in quotes if q.speaker != main.name and about(q)],
    }


def stories(store: Store, since: date | None = None, min_articles: int = 1) -> list[dict[str, Any]]:
    """Stories (latest first) with their articles in order of publication."""
    with store.read() as session:
        query = select(Story)
        if since:
            query = query.where(Story.end >= since)
        found = list(session.scalars(query.order_by(Story.end.desc(), Story.id)))
        members = defaultdict(list)
        for sid, aid in session.execute(
                select(Article.story_id, Article.id).where(Article.story_id.in_([s.id for s in found]))
                .order_by(Article.published, Article.id)):
            members[sid].append(aid)
    return [{"id": s.id, "title": s.title, "start": s.start and s.start.isoformat(),
             "end": s.end and s.end.isoformat(), "articles": members[s.id]}
            for s in found if len(members[s.id]) >= min_articles]


def _claim(session: Session, c: Claim) -> dict[str, Any]:
    return {"id": c.id, "type": c.type, "predicate": c.predicate,
            "subject": {"name": c.subject_name, "country": c.subject_country},
            "object": {"name": c.object_name, "country": c.object_country},
            "status": c.status, "first_seen": c.first_seen and c.first_seen.isoformat(),
            "last_seen": c.last_seen and c.last_seen.isoformat(),
            "stances": claim_rules.timeline(session, c.id)}


def claims(store: Store, entity: str | None = None,
           status: str | None = None) -> list[dict[str, Any]]:
    """Claims (most recently seen first), about `entity` (as subject, object or an event's
    actor under any of its names) and with `status` where given."""
    with store.read() as session:
        query = select(Claim)
        if entity:
            names = {entity.lower()} | {n.lower() for n in session.scalars(
                select(Entity.name).where(Entity.id.in_(_entity_ids(session, entity))))}
            query = query.where(Claim.id.in_(select(Event.claim_id).where(or_(
                func.lower(Event.source_name).in_(names), func.lower(Event.target_name).in_(names)))))
        if status:
            query = query.where(Claim.status == status)
        return [_claim(session, c) for c in
                session.scalars(query.order_by(Claim.last_seen.desc(), Claim.id))]


def claim(store: Store, claim_id: int) -> dict[str, Any] | None:
    """One claim with its status timeline."""
    with store.read() as session:
        c = session.get(Claim, claim_id)
        return _claim(session, c) if c else None


def records(store: Store) -> Iterator[dict[str, Any]]:
    """Every stored record, as it was stored, in order of publication."""
    with store.read() as session:
        yield from session.scalars(select(Article.record).order_by(Article.published, Article.id))


def article_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One flat row per article: metadata, story and near-duplicate group."""
    with store.read() as session:
        for a in session.scalars(select(Article).order_by(Article.published, Article.id)):
            yield {"id": a.id, "url": a.url, "outlet": a.outlet, "title": a.title,
                   "section": a.section, "published": a.published, "language": a.language,
                   "story": a.story_id, "duplicate_of": a.duplicate_of,
                   "content_hash": a.content_hash}


def event_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One flat row per event, in the spirit of GDELT's event table (actors, type, place, date,
    source article), with what GDELT lacks: the claim, its status and the sentence."""
    with store.read() as session:
        rows = session.execute(
            select(Event, Article.day, Article.url, Article.outlet, Article.text, Claim.status)
            .join(Article, Event.article_id == Article.id)
            .outerjoin(Claim, Event.claim_id == Claim.id).order_by(Article.day, Event.id))
        for e, day, url, outlet, text, status in rows:
            yield {"event_id": e.id, "day": day and day.isoformat(), "event_date": e.date,
                   "type": e.type, "mode": e.mode, "predicate": e.predicate,
                   "actor1_name": e.source_name, "actor1_country": e.source_country,
                   "actor1_sector": e.source_sector, "actor2_name": e.target_name,
                   "actor2_country": e.target_country, "actor2_sector": e.target_sector,
                   "location": e.location, "status": e.status, "reported_by": e.reported_by,
                   "claim_id": e.claim_id, "claim_status": status, "article": e.article_id,
                   "outlet": outlet, "source_url": url,
                   "sentence": text[e.sentence_start:e.sentence_end]
                   if e.sentence_start is not None else None}


def search_page(store: Store, text: str, since: date | None = None, until: date | None = None,
                outlet: str | None = None, limit: int = 20,
                offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """One page of `search`'s hits (skipping `offset`) and how many hits there are in all."""
    with store.read() as session:
        scores = fulltext.match(session, text)
        count = session.scalar(_filtered(select(func.count()).select_from(Article).where(
            Article.id.in_(list(scores))), since, until, outlet)) if scores else 0
    hits = search(store, text, since, until, outlet, limit=offset + limit) if count > offset else []
    return hits[offset:], count


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One stored article: its record as stored, its story, the article it duplicates and the
    claim each of its events was merged into ({event index: claim id})."""
    with store.read() as session:
        a = session.get(Article, article_id)
        if a is None:
            return None
        claim_of = dict(session.execute(select(Event.idx, Event.claim_id).where(
            Event.article_id == article_id, Event.claim_id.is_not(None))).all())
        return {"record": a.record, "story": a.story_id, "duplicate_of": a.duplicate_of,
                "claims": claim_of}


def story(store: Store, story_id: int) -> dict[str, Any] | None:
    """One story with its articles (id, title, outlet, published) in order of publication."""
    with store.read() as session:
        s = session.get(Story, story_id)
        if s is None:
            return None
        members = session.execute(
            select(Article.id, Article.title, Article.outlet, Article.published)
            .where(Article.story_id == story_id).order_by(Article.published, Article.id)).all()
    return {"id": s.id, "title": s.title, "start": s.start and s.start.isoformat(),
            "end": s.end and s.end.isoformat(),
            "articles": [{"id": m.id, "title": m.title, "outlet": m.outlet,
                          "published": m.published} for m in members]}


def entity_timeline(store: Store, name: str, since: date | None = None, until: date | None = None,
                    type: str | None = None) -> list[dict[str, Any]] | None:
    """The events an entity takes part in (as source or target, under any of its names), in
    order of when they happened (the event's date, else its article's day): type, actors, the
    entity's role, place, claim and its status, article, outlet and sentence. None when no
    entity has that name."""
    with store.read() as session:
        ids = _entity_ids(session, name)
        if not ids:
            return None
        names = {name.lower()} | {n.lower() for n in session.scalars(
            select(Entity.name).where(Entity.id.in_(ids)))}
        query = _filtered(
            select(Event, Article.day, Article.outlet, Article.text, Claim.status)
            .join(Article, Event.article_id == Article.id)
            .outerjoin(Claim, Event.claim_id == Claim.id)
            .where(or_(func.lower(Event.source_name).in_(names),
                       func.lower(Event.target_name).in_(names))), since, until, None)
        if type:
            query = query.where(Event.type == type)
        rows = session.execute(query).all()

    def when(e: Event, day: date | None) -> date | None:
        dated = claim_rules.date_range(e.date)
        return dated[0] if dated else day

    rows.sort(key=lambda r: (when(r[0], r[1]) or date.max, r[0].id))
    return [{"event": e.id, "type": e.type, "mode": e.mode, "predicate": e.predicate,
             "source": {"name": e.source_name, "country": e.source_country},
             "target": {"name": e.target_name, "country": e.target_country},
             "role": "source" if (e.source_name or "").lower() in names else "target",
             "location": e.location, "date": e.date,
             "when": w.isoformat() if (w := when(e, day)) else None,
             "status": e.status,
             "claim": e.claim_id, "claim_status": claim_status, "article": e.article_id,
             "outlet": outlet, "day": day and day.isoformat(),
             "sentence": text[e.sentence_start:e.sentence_end]
             if e.sentence_start is not None else None}
            for e, day, outlet, text, claim_status in rows]
