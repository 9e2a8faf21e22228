"""The store's commands: ingest, search, entity, stories, claims, claim, export.

Each forwards to `warta.store` (ingest) or `warta.store.queries` and renders what it returns
as a table, JSON or CSV (`--format`).
"""
from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, List, Optional

import typer

from warta.errors import WartaError

if TYPE_CHECKING:
    from warta.core import Outcome
    from warta.store import Store

DB_HELP = "Database URL (default: $WARTA_DB, else sqlite:///warta.db)."
CELL = 70


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"


def _cell(value: Any) -> str:
    """A value as one table cell: {name, country} as 'name (country)', lists joined, cut short."""
    if isinstance(value, dict) and "name" in value:
        value = f"{value['name']} ({value.get('country') or '-'})"
    elif isinstance(value, list):
        value = ", ".join(_cell(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False)
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= CELL else text[:CELL - 1] + "…"


def _table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "(none)"
    columns = list(rows[0])
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def render(data: dict[str, Any] | list[dict[str, Any]], fmt: Format) -> str:
    """Rows (or one object) as a table, JSON or CSV; an object's lists of rows become tables."""
    if fmt is Format.json:
        return json.dumps(data, ensure_ascii=False, indent=1)
    if fmt is Format.csv:
        rows = data if isinstance(data, list) else [data]
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else [])
        writer.writeheader()
        writer.writerows({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list))
                          else v for k, v in r.items()} for r in rows)
        return out.getvalue().rstrip("\n")
    if isinstance(data, list):
        return _table(data)
    nested = {k: v for k, v in data.items() if isinstance(v, list) and v and isinstance(v[0], dict)}
    lines = [f"{k}: {_cell(v)}" for k, v in data.items() if k not in nested]
    lines += [f"\n{k}:\n{_table(v)}" for k, v in nested.items()]
    return "\n".join(lines)


def _open(db: Optional[str]) -> Store:
    """The store at `db` (the store is imported only when a command needs it)."""
    from warta.store import open_store

    return open_store(db)


def _day(value: Optional[str]) -> date | None:
    """A --since/--until day."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise typer.BadParameter(f"not a date (YYYY-MM-DD): {value}")


def _report(outcome: "Outcome") -> None:
    """Print a document's warnings and its error, if any, as `warta extract` does."""
    for report in outcome.warnings + ([outcome.error] if outcome.error else []):
        print(f"warta: {report}", file=sys.stderr)


def ingest(
    inputs: List[str] = typer.Argument(..., help="Files, directories, globs or '-' (as extract)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    records: bool = typer.Option(False, "--records",
                                 help="Inputs are JSONL records from 'warta extract': store them "
                                      "without analysing again."),
    lang: str = typer.Option("id", help="Language pack."),
    workers: int = typer.Option(1, help="Analyse in this many processes (one store writer)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Analyse on the Dask scheduler at "
                                                            "this address ('local': a LocalCluster)."),
) -> None:
    """Analyse articles and store them (idempotent; changed pages keep their old versions)."""
    from warta.store import ingest as analyse_and_store, store_records

    store = _open(db)
    if records:
        summary = store_records(_read_records(inputs), store,
                                on_error=lambda e: print(f"warta: {e}", file=sys.stderr))
    else:
        summary = analyse_and_store(inputs, store, lang=lang, workers=workers, dask=dask,
                                    on_error=_report)
    typer.echo(f"warta: {summary}", err=True)
    raise typer.Exit(1 if summary.failed else 0)


def _read_records(paths: Iterable[str]) -> Iterable[dict[str, Any]]:
    """The records of JSONL files ('-' for stdin)."""
    for path in paths:
        handle = sys.stdin if path == "-" else Path(path).open(encoding="utf-8")
        with handle:
            for n, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise WartaError("E004", f"not JSON: {exc.msg}", f"{path}:{n}") from exc


def search(
    text: str = typer.Argument(..., help="Words to find (all of them; any form of each)."),
    since: Optional[str] = typer.Option(None, help="From this day (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Until this day (YYYY-MM-DD)."),
    outlet: Optional[str] = typer.Option(None, help="Only this outlet."),
    counts: Optional[Period] = typer.Option(None, help="Count matches per day, week or month."),
    limit: int = typer.Option(20, help="At most this many hits."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Full-text search: articles with highlighted snippets, or counts per period and outlet."""
    from warta.store import queries

    store = _open(db)
    if counts:
        rows = queries.search_counts(store, text, counts.value, _day(since), _day(until), outlet)
    else:
        rows = queries.search(store, text, _day(since), _day(until), outlet, limit)
    typer.echo(render(rows, fmt))


def _found(value: dict[str, Any] | None, what: str) -> dict[str, Any]:
    """The looked-up value; a one-line message and exit status 1 when there is none."""
    if value is None:
        typer.echo(f"warta: no {what}", err=True)
        raise typer.Exit(1)
    return value


def entity(
    name: str = typer.Argument(..., help="Canonical name or any name in the text."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """An entity: aliases, mentions per month, co-occurring entities, quotes by and about it."""
    from warta.store import queries

    typer.echo(render(_found(queries.entity(_open(db), name), f"entity called {name!r}"), fmt))


def stories(
    since: Optional[str] = typer.Option(None, help="Stories still running on or after this day."),
    min_articles: int = typer.Option(1, help="Only stories with at least this many articles."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Stories: articles about the same development across outlets and days."""
    from warta.store import queries

    typer.echo(render(queries.stories(_open(db), _day(since), min_articles), fmt))


def claims(
    entity: Optional[str] = typer.Option(None, "--entity", help="Claims about this entity."),
    status: Optional[str] = typer.Option(None, help="alleged, disputed, denied, confirmed, "
                                                    "asserted."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Claims merged across articles, with their status."""
    from warta.store import queries
    from warta.store.claims import STATUSES

    if status and status not in STATUSES:
        raise typer.BadParameter(f"not one of {', '.join(STATUSES)}: {status}", param_hint="--status")
    found = queries.claims(_open(db), entity, status)
    if fmt is Format.table:
        found = [{**c, "stances": len(c["stances"])} for c in found]
    typer.echo(render(found, fmt))


def claim(
    claim_id: int = typer.Argument(..., help="The claim's id (from 'warta claims')."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """One claim and its timeline: who alleged, denied, declined, confirmed, when, where."""
    from warta.store import queries

    typer.echo(render(_found(queries.claim(_open(db), claim_id), f"claim {claim_id}"), fmt))


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Table(str, Enum):
    records = "records"
    events = "events"


def export(
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format"),
    table: Table = typer.Option(Table.records, help="records (articles) or events (flat, "
                                                    "GDELT-like)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="File (default stdout; "
                                                                       "parquet needs a file)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Export the store: records as JSONL, or flat article or event tables as CSV or Parquet."""
    from warta.store.export import export_table

    try:
        export_table(_open(db), fmt.value, table.value, output)
    except WartaError as exc:
        typer.echo(f"warta: {exc}", err=True)
        raise typer.Exit(1)


COMMANDS = (ingest, search, entity, stories, claims, claim, export)
