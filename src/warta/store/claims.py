"""Claims across articles: events that state the same proposition are merged into one claim,
and the stances on them make the claim's status timeline.

Same proposition (`same_proposition`): the same PLOVER type; no conflicting place (two named
places must be one place, maybe at another granularity: "Kursk", "Kursk Oblast"); dates
(TIMEX3, where both are given) within `DATE_WINDOW`; predicates,
where both are given, sharing at least `PREDICATE_MIN` of their stems; and the same source and
target actors, or the same target when the predicates share at least `PREDICATE_SAME`
(prosecutors and the commission accusing the same man of the same act make one claim; the
commission accusing another man of it does not). For meetings, agreements and cooperation
(done together) the same two actors in either order are enough, whatever the wording. An
accusation is about what its target did, whoever makes it and however it is worded: two
accusations against the same named target within `ACCUSATION_WINDOW` are one claim when they
share their matter (`Matters`: "KPK menetapkan Novanto sebagai tersangka kasus e-KTP" and
"Novanto didakwa dalam perkara korupsi KTP elektronik" share "ktp"). An event is compared only
with those of articles published within `CANDIDATE_WINDOW` (two years) of its own, so that the
cost of an article does not grow with the archive's span.

Status (`status_of`), from the timeline in order:
1. confirmed: a confirmation with no denial after it;
2. disputed: a denial beside an allegation, an assertion or an earlier confirmation;
3. denied: denials only (refusals to comment aside);
4. alleged: allegations (or refusals to comment) only;
5. asserted: assertions only, or no stances at all (the events are reported as facts).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta
from typing import Any, Iterable

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from warta.lang import load_lines
from warta.store.models import Article, Claim, Event, Mention, Stance, Time
from warta.store.text import SENTENCE_END, stem, words

DATE_WINDOW = timedelta(days=31)
ACCUSATION_WINDOW = timedelta(days=366)
# an event is compared with those of articles published within this time of its own, so that
# the cost of merging an article does not grow with the archive's span
CANDIDATE_WINDOW = timedelta(days=2 * 366)
MATTER_MIN_CHARS = 3
PREDICATE_MIN = 0.3
PREDICATE_SAME = 0.5
TWO_SIDED = ("AGREE", "CONSULT", "COOPERATE")   # types whose two actors do it together
STANCE_ORDER = {"allege": 0, "assert": 1, "no_comment": 2, "deny": 3, "confirm": 4}
STATUSES = ("alleged", "disputed", "denied", "confirmed", "asserted")


def actor_key(actor: dict[str, Any] | None) -> str | None:
    """How an event's actor is compared: its lower-cased canonical name, else its Wikidata id,
    else its country code (the name first: records made with more or less of the knowledge
    base agree on names sooner than on ids)."""
    if not actor:
        return None
    return (actor.get("name") or "").strip().lower() or actor.get("kb_id") or actor.get("country")


def _stems(text: str | None) -> set[str]:
    return {stem(w.group().lower()) for w in words(text or "")}


def _overlap(a: str, b: str) -> float:
    sa, sb = _stems(a), _stems(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def date_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day of a TIMEX3 date (YYYY, YYYY-MM or YYYY-MM-DD...), else None."""
    try:
        if value and len(value) >= 10 and value[4] == "-" and value[7] == "-":
            day = date.fromisoformat(value[:10])
            return day, day
        if value and len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
            first = date(int(value[:4]), int(value[5:7]), 1)
            return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(1)
        if value and value[:4].isdigit():
            return date(int(value[:4]), 1, 1), date(int(value[:4]), 12, 31)
    except ValueError:
        pass
    return None


def same_place(a: str, b: str) -> bool:
    """Two names of one place, at the same or another granularity ("Kursk", "Kursk Oblast")."""
    a, b = a.lower(), b.lower()
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


@lru_cache(maxsize=None)
def general_stems(lang: str) -> frozenset[str]:
    """The stems a language pack counts as general vocabulary (`general_stems.txt`)."""
    return frozenset(load_lines(lang, "general_stems.txt"))


class Matters:
    """What an event's sentence is about: the stems of its words, and of its article's first
    sentence, that are no name or time (the article's mentions), no general stem of the
    language (`general_stems.txt` of its pack), no number and not shorter than
    `MATTER_MIN_CHARS`; cached per event, and each article's spans and lead once."""

    def __init__(self, session: Session):
        self.session = session
        self.cache: dict[int, tuple[frozenset[str], date | None]] = {}
        self.articles: dict[str, tuple[Article, list[tuple[int, int]], frozenset[str],
                                       frozenset[str]]] = {}

    def _article(self, article_id: str) -> tuple[Article, list[tuple[int, int]],
                                                 frozenset[str], frozenset[str]]:
        """An article, its name and time spans, its language's general stems, its lead's terms."""
        if article_id not in self.articles:
            article = self.session.get(Article, article_id)
            spans = [tuple(r) for r in self.session.execute(
                select(Mention.start, Mention.end).where(Mention.article_id == article_id))]
            spans += [tuple(r) for r in self.session.execute(
                select(Time.start, Time.end).where(Time.article_id == article_id))]
            general = general_stems(article.language)
            first = SENTENCE_END.search(article.text)
            lead = (0, first.start() if first else len(article.text))
            self.articles[article_id] = (article, spans, general,
                                         self._terms(article.text, lead, spans, general))
        return self.articles[article_id]

    def __call__(self, event: Event) -> tuple[frozenset[str], date | None]:
        """The event's matter, and its article's day."""
        if event.id not in self.cache:
            article, spans, general, lead = self._article(event.article_id)
            matter = lead if event.sentence_start is None else lead | self._terms(
                article.text, (event.sentence_start, event.sentence_end), spans, general)
            self.cache[event.id] = matter, article.day
        return self.cache[event.id]

    @staticmethod
    def _terms(text: str, bounds: tuple[int, int], spans: list[tuple[int, int]],
               general: frozenset[str]) -> frozenset[str]:
        out = set()
        for w in words(text[bounds[0]:bounds[1]]):
            at = bounds[0] + w.start()
            word = w.group().lower()
            if len(word) < MATTER_MIN_CHARS or word.isdigit() \
                    or any(s <= at < e for s, e in spans):
                continue
            term = stem(word)
            if term not in general:
                out.add(term)
        return frozenset(out)


def same_accusation(a: Event, b: Event, matters: Matters) -> bool:
    """Whether two accusations against the same named target share their matter within
    `ACCUSATION_WINDOW` (see the module's docstring)."""
    (matter_a, day_a), (matter_b, day_b) = matters(a), matters(b)
    if day_a and day_b and abs(day_a - day_b) > ACCUSATION_WINDOW:
        return False
    return bool(matter_a & matter_b)


def same_proposition(a: Event, b: Event, matters: Matters | None = None) -> bool:
    """Whether two events state the same proposition (see the module's docstring)."""
    if a.type != b.type:
        return False
    if a.location and b.location and not same_place(a.location, b.location):
        return False
    if matters is not None and a.type == "ACCUSE" and a.target_name and b.target_name \
            and a.target_key == b.target_key and same_accusation(a, b, matters):
        return True
    ra, rb = date_range(a.date), date_range(b.date)
    if ra and rb and (ra[0] - DATE_WINDOW > rb[1] or rb[0] - DATE_WINDOW > ra[1]):
        return False
    if a.type in TWO_SIDED and a.source_key and a.target_key:   # "X bertemu Y" = "Y menemui X"
        return {a.source_key, a.target_key} == {b.source_key, b.target_key}
    if a.predicate and b.predicate:
        overlap = _overlap(a.predicate, b.predicate)
        if overlap < PREDICATE_MIN:
            return False
        if a.target_key and a.target_key == b.target_key and overlap >= PREDICATE_SAME:
            return True
    return bool(a.source_key or a.target_key) and (a.source_key, a.target_key) == (
        b.source_key, b.target_key)


def merge(session: Session, article: Article, events: Iterable[Event], touched: set[int]) -> None:
    """Put each of the article's events into the claim it states (new where none matches), then
    refresh every claim touched (including `touched`, those of a replaced version)."""
    touched = set(touched)
    matters = Matters(session)
    day = date_range(article.published[:10]) if article.published else None
    for event in events:
        keys = [k for k in (event.source_key, event.target_key) if k]
        query = select(Event).where(
            Event.claim_id.is_not(None), Event.type == event.type, Event.id != event.id,
            or_(Event.source_key.in_(keys), Event.target_key.in_(keys)))
        if day is not None:   # articles published near this one, or undated
            query = query.join(Article, Article.id == Event.article_id).where(or_(
                Article.published.is_(None), Article.published.between(
                    (day[0] - CANDIDATE_WINDOW).isoformat(),
                    (day[0] + CANDIDATE_WINDOW).isoformat() + "~")))
        candidates = session.scalars(query) if keys else []
        claims: set[int] = set()
        for c in candidates:   # one match per claim is enough
            if c.claim_id not in claims and same_proposition(event, c, matters):
                claims.add(c.claim_id)
        found = sorted(claims)
        if found:   # an event that states the propositions of several claims joins them
            event.claim_id = found[0]
            session.execute(update(Event).where(Event.claim_id.in_(found[1:]))
                            .values(claim_id=found[0]))
            touched.update(found[1:])
        else:
            claim = Claim(type=event.type, status="asserted")
            session.add(claim)
            session.flush()
            event.claim_id = claim.id
        touched.add(event.claim_id)
    session.flush()
    for claim_id in touched:
        refresh(session, claim_id)


def timeline(session: Session, claim_id: int) -> list[dict[str, Any]]:
    """The stances on a claim in order, each with its date (null where the article gives none),
    article, outlet, the article's publication time and the sentence, with an asserted
    accusation counted as its accuser's allegation: by date (a stance without a date counts from its
    article's day, and before any dated stance the same article reports on the claim), then
    allegation → assertion → no comment → denial → confirmation."""
    rows = [(Step(s.holder_name, s.holder_country, s.stance, s.date, s.sentence), a)
            for s, a in session.execute(
                select(Stance, Article).join(Event, Stance.event_id == Event.id)
                .join(Article, Stance.article_id == Article.id)
                .where(Event.claim_id == claim_id)).all()]
    said = {(a.id, s.holder_name, s.stance) for s, a in rows}
    for event, article in session.execute(
            select(Event, Article).join(Article, Event.article_id == Article.id)
            .where(Event.claim_id == claim_id, Event.type == "ACCUSE", Event.status == "asserted",
                   Event.source_name.is_not(None))):
        if (article.id, event.source_name, "allege") not in said:   # one allegation a source
            said.add((article.id, event.source_name, "allege"))
            rows.append((accusation(event, article.text), article))
    earliest: dict[str, date] = {}
    for stance, article in rows:
        dated = date_range(stance.date)
        if dated:
            earliest[article.id] = min(earliest.get(article.id, dated[0]), dated[0])

    def key(row: tuple[Step, Article]) -> tuple:
        stance, article = row
        dated = date_range(stance.date)
        when = dated[0] if dated else min(d for d in (earliest.get(article.id), article.day,
                                                      date.max) if d)
        return when, dated is not None, STANCE_ORDER[stance.stance], article.published or ""

    return [{"holder": {"name": s.holder_name, "country": s.holder_country}, "stance": s.stance,
             "date": s.date, "article": a.id, "outlet": a.outlet, "published": a.published,
             "sentence": s.sentence}
            for s, a in sorted(rows, key=key)]


@dataclass(frozen=True)
class Step:
    """One position in a claim's timeline."""

    holder_name: str | None
    holder_country: str | None
    stance: str
    date: str | None
    sentence: str | None


def accusation(event: Event, text: str) -> Step:
    """An accusation reported as a fact is its accuser's allegation: "KPK menetapkan Setya
    Novanto sebagai tersangka" alleges what the charge says."""
    sentence = text[event.sentence_start:event.sentence_end] \
        if event.sentence_start is not None else None
    return Step(event.source_name, event.source_country, "allege", event.date, sentence)


def status_of(steps: list[dict[str, Any]]) -> str:
    """A claim's current status from its timeline (see the module's docstring)."""
    kinds = [s["stance"] for s in steps]
    if "confirm" in kinds:
        last = len(kinds) - 1 - kinds[::-1].index("confirm")
        return "disputed" if "deny" in kinds[last:] else "confirmed"
    if "deny" in kinds:
        return "disputed" if {"allege", "assert"} & set(kinds) else "denied"
    if "allege" in kinds or "no_comment" in kinds:
        return "alleged"
    return "asserted"


def refresh(session: Session, claim_id: int) -> None:
    """Recompute a claim's actors, predicate, dates and status from its events and stances; a
    claim left without events is deleted."""
    claim = session.get(Claim, claim_id)
    rows = session.execute(select(Event, Article.day).join(Article, Event.article_id == Article.id)
                           .where(Event.claim_id == claim_id)).all()
    if claim is None:
        return
    if not rows:
        session.execute(delete(Claim).where(Claim.id == claim_id))
        return
    rows.sort(key=lambda r: (r[1] or date.max, r[0].id))
    first = rows[0][0]
    claim.subject_name, claim.subject_country = first.source_name, first.source_country
    claim.object_name, claim.object_country = first.target_name, first.target_country
    predicates = Counter(e.predicate for e, _ in rows if e.predicate)
    claim.predicate = predicates.most_common(1)[0][0] if predicates else None
    days = [d for _, d in rows if d]
    claim.first_seen, claim.last_seen = (min(days), max(days)) if days else (None, None)
    claim.status = status_of(timeline(session, claim_id))
