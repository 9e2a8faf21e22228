"""The `warta` command: a thin layer over the library (each command forwards to a function).

Every command turns a failure into one coded line on stderr (`warta: [E001] ...`) and exit
status 1; `warta --debug COMMAND` shows the traceback instead.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from warta import __version__
from warta.cli import kb, serve, store, train
from warta.cli.coded import DEBUG, coded
from warta.core import MAX_CHARS

app = typer.Typer(help="warta: reads the news and writes down what happened, who says so, "
                       "and since when.", no_args_is_help=True, add_completion=False)
app.add_typer(train.app, name="train")
app.add_typer(kb.app, name="kb")
for _command in store.COMMANDS:
    app.command()(coded(_command))
app.command()(coded(serve.serve))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"warta {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit."),
          debug: bool = typer.Option(False, "--debug", help="Show tracebacks of failures.")) -> None:
    """warta's commands."""
    DEBUG["on"] = debug


@app.command()
@coded
def extract(
    inputs: List[str] = typer.Argument(..., help="Files, directories, globs or '-' (stdin)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="JSONL file (default stdout)."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write errors as JSONL here."),
    lang: str = typer.Option("id", help="Language pack."),
    progress: bool = typer.Option(True, help="Show a progress bar on stderr (TTY only)."),
    max_chars: int = typer.Option(MAX_CHARS, "--max-chars", help="Refuse (E032) a document "
                                  "longer than this many characters, as read (text or HTML)."),
    workers: int = typer.Option(1, "--workers", help="Analyse in this many processes (with "
                                "--dask local: the LocalCluster's worker processes)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Analyse on the Dask scheduler at "
                                       "this address (tcp://host:8786), or 'local' for a "
                                       "LocalCluster."),
    ordered: bool = typer.Option(True, "--ordered/--unordered", help="Records in input order "
                                 "(default), or each partition's as soon as it is done."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, or parquet: shards in the -o "
                            "directory (needs pyarrow)."),
) -> None:
    """Analyse news articles and write one JSON record per article."""
    from warta.cli.extract import RunOptions, run_extract

    raise typer.Exit(run_extract(inputs, output, errors, lang, progress, max_chars,
                                 RunOptions(workers, dask, ordered, fmt)))


@app.command()
@coded
def show(
    records: str = typer.Argument(..., help="A JSONL file written by 'warta extract', or '-'."),
    ids: Optional[List[str]] = typer.Option(None, "--id", help="Only these article ids."),
) -> None:
    """Print records as a person reads them: metadata, entities, times, quotes, events."""
    from warta.cli.show import run_show

    raise typer.Exit(run_show(records, ids))


@app.command("eval")
@coded
def evaluate(
    gold_dir: Path = typer.Argument(..., help="Gold directory (inputs.jsonl, raw pages, <id>.json)."),
    scorer: Optional[Path] = typer.Option(None, help="score.py (default: eval/score.py above the gold)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Keep the system records here."),
    per_article: bool = typer.Option(False, help="Also print per-article figures."),
) -> None:
    """Run extract on a gold directory's inputs and score the records with the scorer."""
    from warta.evaluate import run_eval

    raise typer.Exit(run_eval(gold_dir, scorer=scorer, output=output, per_article=per_article))


@app.command()
@coded
def bench(
    corpus: Optional[List[str]] = typer.Argument(None, help="Inputs (default: the IndoSum dev "
                                                 "set in ../shared, else the bundled sample)."),
    n: Optional[int] = typer.Option(None, "--n", "--limit", help="The first N articles (the "
                                    "corpus repeated if it has fewer; default: all)."),
    lang: str = typer.Option("id", help="Language pack."),
    vs_tokenizer: bool = typer.Option(False, "--vs-tokenizer", help="Also time a bare "
                                      "spacy.blank tokenizer on the same texts: the ratio."),
    scaling: bool = typer.Option(False, "--scaling", help="Also time whole analyses of 1x, 2x "
                                 "and 4x the articles."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Also write the figures here."),
    lengths: bool = typer.Option(False, "--lengths", help="Instead: ms per KB of synthetic "
                                 "documents of 1 KB, 10 KB, 100 KB and 1 MB."),
    store: bool = typer.Option(False, "--store", help="Benchmark the store instead: ingest "
                                                      "records/s and query latency (p50/p95)."),
    db: Optional[List[str]] = typer.Option(None, "--db", help="With --store: empty databases to "
                                                              "fill (default: a new SQLite file)."),
    repeats: int = typer.Option(20, help="With --store: runs of each query."),
) -> None:
    """Throughput (articles/s, tokens/s, ms per article, per component), load time, peak memory."""
    if store:
        from warta.store.bench import run_store_bench

        typer.echo(run_store_bench(corpus or [], db, repeats))
        return
    from threadpoolctl import threadpool_limits

    from warta.bench import run_bench_to, run_lengths
    from warta.lang import require_pack

    require_pack(lang)
    with threadpool_limits(limits=1):  # as `warta extract` runs
        typer.echo(run_lengths(lang=lang) if lengths else run_bench_to(
            json_path, corpus or None, n=n, lang=lang, vs_tokenizer=vs_tokenizer,
            scaling=scaling))


def main() -> None:
    app()
