"""`warta train ...`: train and evaluate warta's statistical models (mounted by warta.cli)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from warta.cli.coded import coded

app = typer.Typer(help="Train warta's statistical models (CPU) and evaluate the committed ones.",
                  no_args_is_help=True)


@app.callback()
def main() -> None:
    """Train warta's statistical models (CPU) and evaluate the committed ones."""


@app.command("ner")
@coded
def ner(
    data_dir: Optional[Path] = typer.Option(
        None, "--data-dir", help="Folder holding idner-news-2k/ and indonlu/ "
        "[default: ../shared/data next to the repository]"),
    output: Optional[Path] = typer.Option(
        None, "--output", help="Where the trained pipeline goes [default: src/warta/models/ner-id]"),
    evaluate: bool = typer.Option(
        False, "--evaluate", help="Only evaluate the model at --output on the test splits."),
    max_steps: Optional[int] = typer.Option(
        None, "--max-steps", help="Training steps [default: the config's]"),
    seed: int = typer.Option(0, "--seed", help="Random seed."),
    datasets: str = typer.Option(
        "idner-news-2k,nergrit", "--datasets", help="Comma-separated: idner-news-2k, nergrit, nerp"),
    vectors: Optional[Path] = typer.Option(
        None, "--vectors", help="A spaCy vocab dir with static vectors to train with, or 'build' "
        "to train word2vec vectors on the IndoSum/NER train text first (needs gensim)."),
    gold: Optional[Path] = typer.Option(
        None, "--gold", help="With --evaluate: also score the warta pipeline on a warta gold dir."),
    workdir: Optional[Path] = typer.Option(
        None, "--workdir", help="Scratch folder [default: training/ner in the repository]"),
    silver: Optional[Path] = typer.Option(
        None, "--silver", help="A JSONL file of IndoSum sentences tagged by warta's entity layer "
        "(distant supervision from the KB + self-training) to add to the training data; built "
        "first when --silver-articles is given."),
    silver_articles: Optional[int] = typer.Option(
        None, "--silver-articles", help="Build --silver from this many IndoSum articles with "
        "the shipped model (folds 1 and 5 first, then the articles of folds 2-4 that are not of "
        "the kinds eval/heldout4 was drawn from; never the gold dev or held-out articles)."),
    normalise_spans: bool = typer.Option(
        False, "--normalise-spans", help="Move titles and 'Kota' out of the train/dev spans "
        "(warta's guidelines: titles are not part of names)."),
    heldout: Optional[Path] = typer.Option(
        None, "--heldout", help="With --evaluate: score on NER UI, the held-out zero-shot test "
        "(IndoLEM's ner/data/nerui folder or a token<TAB>tag file): the model alone, warta_ner "
        "on warta's tokens and the full warta_entities layer."),
) -> None:
    """Train the Indonesian NER (PER/ORG/LOC) on idner-news-2k + NERGrit, or evaluate it."""
    from warta.train import ner as tr

    names = tuple(n.strip() for n in datasets.split(",") if n.strip())
    unknown = [n for n in names if n not in tr.DATASETS]
    if unknown:
        raise typer.BadParameter(f"unknown dataset(s): {', '.join(unknown)}")
    out = tr.resolve_output(output)
    if not evaluate:
        vec = None
        if vectors is not None and str(vectors) == "build":
            work = Path(workdir) if workdir else tr.REPO_ROOT / "training" / "ner"
            vec = work / "vectors"
            info = tr.build_vectors(vec, data_dir, exclude_ids=tr.gold_ids())
            typer.echo(f"vectors: {info}")
        elif vectors is not None:
            vec = vectors
        if silver is not None and silver_articles:
            typer.echo(f"silver: {tr.write_silver(silver, silver_articles, data_dir)}")
        res = tr.train(data_dir, out, workdir, datasets=names, max_steps=max_steps, seed=seed,
                       vectors=vec, silver=silver, normalise_spans=normalise_spans)
        typer.echo(f"trained in {res['train_seconds']:.0f} s -> {res['output']}")
    if heldout is not None:
        sents = tr.read_nerui(heldout)
        typer.echo(f"held-out NER UI: {len(sents)} sentences, "
                   f"{sum(len(x.words) for x in sents)} tokens; model {out}")
        typer.echo(f"{'layer':<15} {'P':>6} {'R':>6} {'F1':>6}   per type (P/R/F1)")
        for layer, r in tr.evaluate_heldout(sents, out).items():
            per = "  ".join(f"{lab} {v['p']:.3f}/{v['r']:.3f}/{v['f']:.3f}"
                            for lab, v in r["per_type"].items())
            typer.echo(f"{layer:<15} {r['p']:6.3f} {r['r']:6.3f} {r['f']:6.3f}   {per}")
    results = tr.evaluate(out, data_dir, datasets=names)
    typer.echo(f"model: {out}")
    typer.echo(f"{'dataset':<15} {'split':<5} {'P':>6} {'R':>6} {'F1':>6}   per type (F1)")
    for name, r in results.items():
        per = "  ".join(f"{lab} {v['f']:.3f}" for lab, v in sorted(r["per_type"].items()))
        typer.echo(f"{name:<15} {'test':<5} {r['p']:6.3f} {r['r']:6.3f} {r['f']:6.3f}   {per}")
    if gold is not None:
        g = tr.evaluate_gold(gold, model=out)
        per = "  ".join(f"{lab} {v['f']:.3f}" for lab, v in sorted(g["per_type"].items()))
        typer.echo(f"{'gold (NER only)':<15} {'dev':<5} {g['p']:6.3f} {g['r']:6.3f} {g['f']:6.3f}   {per}")
