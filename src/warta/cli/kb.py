"""`warta kb ...`: build and inspect warta's knowledge base (mounted by warta.cli)."""
from __future__ import annotations

import time
from pathlib import Path
from typing import List, Optional

import typer

from warta.cli.coded import coded

app = typer.Typer(help="Build and inspect the entity knowledge base.", no_args_is_help=True)


@app.command("build")
@coded
def build(
    data_dir: Optional[Path] = typer.Option(
        None, "--data-dir", help="Folder holding cldr-id/, countries-mledoze/, wilayah-id/ and "
        "indosum-dev/ [default: ../shared/data next to the repository]"),
    output: Optional[Path] = typer.Option(
        None, "--output", help="Where the generated JSONL files go [default: src/warta/kb/data]"),
    sources: Optional[Path] = typer.Option(
        None, "--sources", help="Folder of files copied out of public repositories (layout in "
        "src/warta/kb/data/SOURCES.md): also writes the Wikidata-id files"),
) -> None:
    """Regenerate the KB's data files from the openly licensed sources."""
    from warta.kb import build as kb_build

    counts = kb_build.build(data_dir, output or kb_build.DEFAULT_OUT, sources)
    for stem, n in counts.items():
        typer.echo(f"{stem}.jsonl: {n} records")


@app.command("lookup")
@coded
def lookup(
    mentions: List[str] = typer.Argument(..., help="Surface forms to look up."),
    extra: Optional[List[Path]] = typer.Option(None, "--extra", help="User KB files (YAML/CSV/JSONL/dump)."),
) -> None:
    """Print the KB candidates of each mention, and the KB's size and load time."""
    from warta.kb import load_kb

    start = time.perf_counter()
    kb = load_kb(extra=extra or ())
    typer.echo(f"{len(kb)} entities, loaded in {time.perf_counter() - start:.2f}s")
    for mention in mentions:
        for cand in kb.get_candidates(mention):
            e = cand.entity
            typer.echo(f"{mention}\t{e.name}\t{e.label}\t{e.country or ''}\t{e.qid or ''}")
