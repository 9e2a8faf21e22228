"""The store: every analysed article kept, searchable, clustered into stories and claims.

    from warta.store import open_store, store_records, ingest
    store = open_store("sqlite:///warta.db")      # or postgresql://...; WARTA_DB by default
    store_records(records, store)                 # records from `warta extract`
    ingest(["news/"], store)                      # analyse, then store

Layout: `db` (engines, migrations), `models` (tables), `ingest` (idempotent storing),
`fulltext` (FTS5 / tsvector), `stories` (duplicates, story clustering), `claims` (merging,
status timeline), `queries` (the read API used by the CLI and everything above the store).
"""
from warta.store.db import Store, database_url, open_store
from warta.store.ingest import IngestSummary, ingest, store_records

__all__ = ["IngestSummary", "Store", "database_url", "ingest", "open_store", "store_records"]
