"""Parallel and distributed runs: the serial driver on partitions of the input, in N local
processes (`workers`) or on a Dask cluster (`dask`).

The client reads the inputs (`warta.ingest.read`) and cuts the stream of raw documents into
partitions of `PARTITION_BATCHES` batches. Each partition is analysed where it runs by
`warta.core.process_items`, the driver of a serial run, with the pipeline loaded once per
process (`load_pipeline`'s cache), and comes back as plain `Outcome`s: records as dicts, errors
and warnings as coded `WartaError`s, never `Doc`s. A partition holds whole batches, so every
document is analysed in the same batch as in a serial run and the records are identical. At
most two partitions per worker slot are in flight, so memory stays bounded on any corpus, and
workers need only the documents, not the client's files.

Order: with `ordered=True` (the default) outcomes come in input order, as a serial run's; with
`ordered=False` a partition's outcomes come as soon as it is done (in order within it), so
one slow partition does not hold the others back.

On Dask, partitions are futures submitted as the input is read, not a `dask.bag` (STYLE.md's
suggestion): a bag needs the whole input up front, while futures keep the client's memory
bounded and let records stream out in order as the partitions finish.

A Dask worker runs one partition per thread, and the cached pipeline is shared by its threads:
start workers with one thread each (`dask worker ADDRESS --nthreads 1`, `LocalCluster(...,
threads_per_worker=1)`) and as many processes as cores.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures
from contextlib import contextmanager, nullcontext
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from warta.core import MAX_CHARS, Outcome, _check_inputs, _check_positive, process_items
from warta.ingest import read
from warta.ingest.base import Item
from warta.lang import require_pack
from warta.pipeline import load_pipeline

PARTITION_BATCHES = 4  # batches per partition: 64 documents at the default batch size
IN_FLIGHT_PER_SLOT = 2

Submit = Callable[[list[Item]], Any]  # a partition -> a future of its outcomes
Wait = Callable[[list[Any]], Iterable[Any]]  # pending futures -> some that are done


def analyse_partition(items: list[Item], *, lang: str, batch_size: int,
                      max_chars: int) -> list[Outcome]:
    """The outcomes of one partition of read documents, by the serial driver (run on a
    worker; the pipeline is loaded on its first partition and cached)."""
    return list(process_items(items, lang=lang, batch_size=batch_size, max_chars=max_chars))


def partitions(inputs: Iterable[str | Path], *, workers: int = 1, dask: str | None = None,
               ordered: bool = True, lang: str = "id", batch_size: int = 16,
               max_chars: int = MAX_CHARS) -> Iterator[list[Outcome]]:
    """The outcomes of `inputs`, a list per partition: in this process when `workers` is 1
    and `dask` None, else in `workers` local processes, or on the Dask scheduler at address
    `dask` ("local": a LocalCluster of `workers` processes, at least 2). See the module
    docstring for order and identity with a serial run."""
    _check_inputs(inputs, "runner.partitions")
    _check_positive(workers=workers, batch_size=batch_size, max_chars=max_chars)
    require_pack(lang)
    stream = iter(read(inputs))
    chunks = iter(lambda: list(islice(stream, batch_size * PARTITION_BATCHES)), [])
    analyse = partial(analyse_partition, lang=lang, batch_size=batch_size, max_chars=max_chars)
    if dask is None and workers == 1:
        yield from map(analyse, chunks)
        return
    pool = _dask_pool(dask, workers, lang) if dask else _process_pool(workers, lang)
    with pool as (submit, wait, slots):
        yield from _in_flight(chunks, partial(submit, analyse), wait,
                              IN_FLIGHT_PER_SLOT * slots, ordered)


def outcomes(inputs: Iterable[str | Path], **kwargs: Any) -> Iterator[Outcome]:
    """Every document's outcome, as `partitions` (same keywords) gives them: what `warta
    extract` and `warta ingest` consume."""
    return (outcome for part in partitions(inputs, **kwargs) for outcome in part)


def _in_flight(chunks: Iterator[list[Item]], submit: Submit, wait: Wait, window: int,
               ordered: bool) -> Iterator[list[Outcome]]:
    """Each chunk's outcomes, with at most `window` chunks submitted and not yet collected."""
    pending: list[Any] = []
    exhausted = False
    while pending or not exhausted:
        while not exhausted and len(pending) < window:
            chunk = next(chunks, None)
            if chunk is None:
                exhausted = True
            else:
                pending.append(submit(chunk))
        if pending:
            done = [pending[0]] if ordered else list(wait(pending))
            for future in done:
                pending.remove(future)
                yield future.result()


def _load(lang: str) -> None:
    """Load and cache the pipeline in a worker process before its first partition."""
    load_pipeline(lang)


@contextmanager
def _process_pool(workers: int, lang: str) -> Iterator[tuple[Callable, Wait, int]]:
    """`workers` fresh ('spawn') processes, each loading the pipeline once."""
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_load, initargs=(lang,)) as pool:
        def wait(pending: list[Future]) -> Iterable[Future]:
            return wait_futures(pending, return_when=FIRST_COMPLETED).done

        yield pool.submit, wait, workers


@contextmanager
def _dask_pool(address: str, workers: int, lang: str) -> Iterator[tuple[Callable, Wait, int]]:
    """A client of the Dask scheduler at `address` (or of a new LocalCluster for "local"),
    the pipeline loaded on every worker."""
    from distributed import Client, LocalCluster
    from distributed import wait as wait_dask

    cluster = (LocalCluster(n_workers=max(workers, 2), threads_per_worker=1, processes=True)
               if address == "local" else nullcontext(address))
    with cluster as target, Client(target) as client:
        client.run(_load, lang)

        def submit(fn: Callable, chunk: list[Item]) -> Any:
            [data] = client.scatter([chunk])  # one object, not one future per document
            return client.submit(fn, data, pure=False)

        def wait(pending: list[Any]) -> Iterable[Any]:
            return wait_dask(pending, return_when="FIRST_COMPLETED").done

        yield submit, wait, max(1, sum(client.nthreads().values()))
