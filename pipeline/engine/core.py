"""What every engine shares: ``Stages`` (one process's annotator) and ``run`` (a whole run).

``Stages`` holds the annotator's stages, loaded once per process, and turns a batch of pages into
documents within the time budget. ``run`` streams pages from ingest through an engine into the
store a batch at a time, so memory is bounded by the batch size, not by the corpus, then links the
new batches' entities (pipeline.link) and updates the positions (pipeline.positions).
"""

from __future__ import annotations

import gc
import sys
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.config import Settings
from pipeline.engine.annotator import Annotator
from pipeline.faults import stall_point
from pipeline.ingest import IngestOptions, InputError, count_items, read_pages, time_limit
from pipeline.link import link_entities
from pipeline.ner import locate_model
from pipeline.positions import update_positions
from pipeline.records import Alias, Document, Failure, Page
from pipeline.resources import Resources
from pipeline.store import KnowledgeStore, write_batch


# Objects allocated between two collections of the youngest generation while models load (Python's default: 700).
_LOADING_COLLECTION_THRESHOLD = 100_000


@contextmanager
def _loading_for_good():
    """Models and resources load as some 130,000 objects the collector tracks, all living as long as the process: the
    collector waits till they are loaded (by default it would walk them some 600 times meanwhile, 8% of the
    loading time), then leaves them out of every later collection."""
    thresholds = gc.get_threshold()
    gc.set_threshold(_LOADING_COLLECTION_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.freeze()


class Stages:
    """What one process runs: the annotator (models and resources loaded once) over each batch,
    within the time budget, writing the batch's part files."""

    def __init__(self, settings: Settings, resources: Resources | None = None):
        with _loading_for_good():
            self.annotator = Annotator(settings, resources)
        self.page_seconds = settings.page_seconds

    def annotate(self, pages: list[Page]) -> list[Document]:
        for page in pages:
            stall_point(f"annotate {page.source}")
        return self.annotator(pages)

    def process(self, work: "BatchWork") -> "BatchOutcome":
        """Annotates one batch and writes its part files itself, so only counts travel back to
        the process that coordinates the run."""
        documents, timeouts = self.annotate_within_budget(work.pages)
        failures = work.failures + timeouts
        if documents or failures or work.aliases:
            write_batch(work.target, documents, failures, work.aliases)
        return BatchOutcome(len(documents), len(work.pages) + len(work.aliases) + work.n_failures_seen,
                            Counter((m.lang, m.label) for doc in documents for m in doc.mentions),
                            sum(len(doc.roles) for doc in documents), len(timeouts))

    def annotate_within_budget(self, pages: list[Page]) -> tuple[list[Document], list[Failure]]:
        """The batch, given ``page_seconds`` per page; a batch over its budget is annotated again
        page by page, so the page that stalls it becomes a ``timeout`` failure and the rest go on.
        The budget holds where SIGALRM can interrupt: a worker's main thread (local engine), not a
        Dask worker thread, where ``max_page_chars`` alone bounds a page."""
        try:
            with time_limit(self.page_seconds * len(pages), "annotating the batch"):
                return self.annotate(pages), []
        except InputError:
            pass
        documents, timeouts = [], []
        for page in pages:
            try:
                with time_limit(self.page_seconds, "annotating the page (page_seconds)"):
                    documents += self.annotate([page])
            except InputError as problem:
                failure = Failure(page.source, "annotate", problem.kind, str(problem))
                print(failure.one_line(), file=sys.stderr)
                timeouts.append(failure)
        return documents, timeouts


@dataclass(frozen=True)
class BatchWork:
    pages: list[Page]
    failures: list[Failure]  # the failures not yet recorded in the output
    n_failures_seen: int
    target: Path
    aliases: list[Page] = field(default_factory=list)


@dataclass(frozen=True)
class BatchOutcome:
    documents: int
    items: int
    mentions: Counter
    roles: int
    timeouts: int = 0


@dataclass
class RunSummary:
    documents: int = 0
    skipped: int = 0
    aliases: int = 0
    errors: int = 0
    mentions: Counter = field(default_factory=Counter)
    roles: int = 0
    entities: int = 0
    seconds: float = 0.0

    def add(self, outcome: BatchOutcome) -> None:
        self.documents += outcome.documents
        self.errors += outcome.timeouts
        self.roles += outcome.roles
        self.mentions.update(outcome.mentions)


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def new_pages(items: Iterable[Page | Failure], known: dict[str, set[str]], summary: RunSummary,
              force: bool = False) -> Iterator[Page | Alias | Failure]:
    """Each text is processed once: a page already in the output (unless ``force``) or already
    read in this run is skipped when its source is known, and becomes an ``Alias`` when the same
    text comes from another source."""
    processed: set[str] = set()
    for item in items:
        if isinstance(item, Page):
            sources = known.setdefault(item.doc_id, set())
            if item.doc_id not in processed and (force or not sources):
                processed.add(item.doc_id)
            elif item.source in sources:
                summary.skipped += 1
                continue
            else:
                summary.aliases += 1
                item = Alias(item)
            sources.add(item.page.source if isinstance(item, Alias) else item.source)
        yield item


def run(settings: Settings, engine, *, force: bool = False, progress: bool = True) -> RunSummary:
    """Annotates the new pages batch by batch through ``engine``, links their entities into the
    output's, and compacts the output once it holds more than ``compact_after_parts`` parts per
    table; the output stays locked from start to end."""
    from tqdm import tqdm

    started = time.monotonic()
    summary = RunSummary()
    for spec in settings.ner.values():
        if spec.lang in settings.languages:
            locate_model(spec)  # a missing model stops the run before anything is processed
    store = KnowledgeStore(settings.output, replace=force)
    recorded = store.known_failures()
    options = IngestOptions(settings.max_file_bytes, settings.html_seconds, settings.max_page_chars)
    items = new_pages(read_pages(settings.inputs, options), store.known_sources(), summary, force)
    total = count_items(settings.inputs) if progress else None
    with engine, tqdm(unit="page", total=total, disable=not progress, file=sys.stderr, desc="pages") as bar:
        def work_items():
            skipped_shown = 0
            for batch in batched(items, settings.batch_size):
                bar.update(summary.skipped - skipped_shown)  # pages already there count as done
                skipped_shown = summary.skipped
                failures = [item for item in batch if isinstance(item, Failure)]
                for failure in failures:
                    bar.write(failure.one_line(), file=sys.stderr)
                summary.errors += len(failures)
                new_failures = [f for f in failures if (f.source, f.error, f.message) not in recorded]
                yield BatchWork(pages_of(batch), new_failures, len(failures), store.target,
                                [item.page for item in batch if isinstance(item, Alias)])

        for outcome in engine.process(work_items()):
            summary.add(outcome)
            bar.update(outcome.items)
        bar.update(max(0, (total or 0) - bar.n))  # skipped pages after the last batch
        store.commit()
        relinked = link_entities(store, engine)
        update_positions(store, engine, Resources.from_settings(settings).events, whole=relinked)
        summary.entities = store.count_rows("entities")
    if len(store.batch_names()) > settings.compact_after_parts:
        store.compact()
    store.close()
    summary.seconds = time.monotonic() - started
    return summary


def pages_of(batch: list[Page | Failure]) -> list[Page]:
    return [item for item in batch if isinstance(item, Page)]


