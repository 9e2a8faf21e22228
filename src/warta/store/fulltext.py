"""The full-text index, the one place where SQLite (FTS5) and PostgreSQL (tsvector) differ.

Both index the terms of `warta.store.text.index_terms`; a query is the conjunction of its words,
each matching its stem or its written form. Scores are the backend's own (FTS5's bm25 negated,
PostgreSQL's ts_rank): higher is better, comparable within one store only.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from warta.store.text import query_terms


def index(session: Session, article_id: str, terms: str) -> None:
    """Index (or re-index) an article's terms."""
    unindex(session, article_id)
    value = "to_tsvector('simple', :terms)" if _pg(session) else ":terms"
    session.execute(text(f"INSERT INTO article_fts (article_id, terms) VALUES (:id, {value})"),
                    {"id": article_id, "terms": terms})


def unindex(session: Session, article_id: str) -> None:
    """Remove an article from the index."""
    session.execute(text("DELETE FROM article_fts WHERE article_id = :id"), {"id": article_id})


def match(session: Session, query: str) -> dict[str, float]:
    """The ids of the articles that contain every word of `query`, with their scores."""
    groups = [sorted(g) for g in query_terms(query)]
    if not groups:
        return {}
    if _pg(session):
        tsquery = " & ".join("(" + " | ".join(f"'{t}'" for t in g) + ")" for g in groups)
        sql = ("SELECT article_id, ts_rank(terms, q) FROM article_fts, "
               "to_tsquery('simple', :q) AS q WHERE terms @@ q")
    else:
        tsquery = " AND ".join("(" + " OR ".join(f'"{t}"' for t in g) + ")" for g in groups)
        sql = "SELECT article_id, -bm25(article_fts) FROM article_fts WHERE article_fts MATCH :q"
    return {aid: float(score) for aid, score in session.execute(text(sql), {"q": tsquery})}


def _pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"
