"""What every engine shares: ``Stages`` (the models, loaded once per process, turning a batch of
pages into documents: segment -> language -> NER -> normalize -> dates -> roles) and ``run``, which streams pages from
ingest through an engine's ``annotate`` into the store a batch at a time, so memory is bounded by
the batch size, not by the corpus.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.config import Settings
from pipeline.dates import date_page
from pipeline.faults import stall_point
from pipeline.folding import combine
from pipeline.ingest import IngestOptions, InputError, count_items, read_pages, time_limit
from pipeline.language import OTHER, make_detector
from pipeline.ner import NerBackend, load_backends, locate_model
from pipeline.ner.repair import repair_spans
from pipeline.normalize import normalize_mentions
from pipeline.positions import position_rows, position_stats
from pipeline.records import Alias, Document, Failure, Mention, Page, Segment
from pipeline.roles import extract_roles
from pipeline.segment import split_segments
from pipeline.translit import CyrillicView
from pipeline.link import BUCKETS, bucket_of, family, key_stats, link_bucket, linked_mentions, linked_roles
from pipeline.store import KnowledgeStore, read_part, write_batch, write_part


class Stages:
    def __init__(self, settings: Settings):
        os.environ.update(settings.data_file_environment())  # before the taxonomy and registry are first read
        self.detector = make_detector(settings.language_detector, settings.languages, settings.min_language_confidence)
        self.page_seconds = settings.page_seconds
        self.backends: dict[str, NerBackend] = load_backends(
            spec for lang, spec in settings.ner.items() if lang in settings.languages)

    def annotate(self, pages: list[Page]) -> list[Document]:
        for page in pages:
            stall_point(f"annotate {page.source}")
        spans = [split_segments(page.text) for page in pages]
        flat = [(index, start, end) for index, page_spans in enumerate(spans) for start, end in page_spans]
        segments: list[list[Segment]] = [[] for _ in pages]
        decisions = self.detector.detect([pages[index].text[start:end] for index, start, end in flat])
        for (index, start, end), (lang, confidence, script) in zip(flat, decisions):
            segments[index].append(Segment(start, end, lang, round(confidence, 4), script))
        # Kazakh in Latin letters is read in Cyrillic from here on; restore() maps it back.
        views = [CyrillicView.of(Document(page, page_segments, [])) for page, page_segments in zip(pages, segments)]
        documents = [view.document for view in views]
        by_lang: dict[str, list[tuple[int, int, int]]] = {}
        for index, document in enumerate(documents):
            for segment in document.segments:
                if segment.lang != OTHER and segment.lang in self.backends:
                    by_lang.setdefault(segment.lang, []).append((index, segment.start, segment.end))
        for lang, located in by_lang.items():
            backend = self.backends[lang]
            found = backend.tag([documents[index].page.text[start:end] for index, start, end in located])
            for (index, start, end), entities in zip(located, found):
                text = documents[index].page.text
                entities = repair_spans(text[start:end], entities)
                documents[index].mentions.extend(
                    Mention(start + e.start, start + e.end, text[start + e.start:start + e.end], e.label, lang,
                            backend.name, backend.version, e.score)
                    for e in entities
                )
        for document in documents:
            document.mentions = normalize_mentions(sorted(document.mentions, key=lambda m: (m.start, m.end, m.label)))
            published = date_page(document.page)
            document.published, document.published_precision, document.published_source = (
                published.value, published.precision, published.source)
            document.roles = extract_roles(document)
        return [view.restore() for view in views]

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
        summary.entities = link_entities(store, engine)
    if len(store.batch_names()) > settings.compact_after_parts:
        store.compact()
    store.close()
    summary.seconds = time.monotonic() - started
    return summary


def link_entities(store: KnowledgeStore, engine) -> int:
    """Links the batches that link_index does not hold yet: statistics of their parts alone,
    merged bucket by bucket with the index rows of the families they touch; parts of earlier runs
    are rewritten only for keys whose entity changed. Where the index holds nothing for sure (a
    new output, after --force, a run killed while linking) every batch is linked again."""
    linked = store.linked_batches()
    new = [name for name in store.batch_names() if linked is None or name not in linked]
    if linked is not None and not new:
        return store.count_rows("entities")
    stats = engine.map_reduce(_part_stats, [store.batch_paths(name) for name in new], combine, {})
    by_bucket: list[dict] = [{} for _ in range(BUCKETS)]
    for key, entry in stats.items():
        by_bucket[bucket_of(family(key))][key] = entry
    store.begin_linking()
    work = [(*store.bucket_paths(bucket), by_bucket[bucket], linked is None)
            for bucket in range(BUCKETS) if linked is None or by_bucket[bucket]]
    mapping, changed = {}, {}
    for bucket_mapping, bucket_changed in engine.map(_link_bucket, work):
        mapping.update(bucket_mapping)
        changed.update(bucket_changed)
    engine.map(_link_part, [store.batch_paths(name) for name in new], shared=mapping)
    if changed:
        earlier = [store.batch_paths(name) for name in store.batch_names() if name not in set(new)]
        holding = engine.map(_holds_keys, earlier, shared=set(changed))
        engine.map(_link_part, [paths for paths, holds in zip(earlier, holding) if holds], shared=changed)
    store.end_linking(set(store.batch_names()))
    update_positions(store, engine, whole=linked is None or bool(changed))
    return store.count_rows("entities")


def update_positions(store: KnowledgeStore, engine, whole: bool) -> None:
    """The positions and events tables, from the statistics the store keeps of the batches it
    has seen plus those of the new batches; from every roles part again when earlier roles were
    relinked (``whole``) or the kept statistics do not match the batches (after compaction)."""
    batches = store.batch_names()
    kept = None if whole else store.read_position_state()
    if kept is not None and not set(kept[0]) <= set(batches):
        kept = None
    seen, stats = kept if kept is not None else ([], {})
    parts = [store.batch_paths(name) for name in batches if name not in set(seen)]
    stats = engine.map_reduce(_part_positions, parts, combine, stats)
    positions, events = position_rows(stats, store.read_rows("entities"))
    store.write_rebuilt("positions", positions)
    store.write_rebuilt("events", events)
    store.write_position_state(batches, stats)


def _part_positions(paths: dict):
    return position_stats(paths["roles"], paths["documents"])


def _part_stats(paths: dict):
    return key_stats(paths["mentions"], paths["documents"], paths["roles"])


def _link_bucket(work: tuple, _=None):
    return link_bucket(*work)


def _holds_keys(paths: dict, keys: set[str]) -> bool:
    return not keys.isdisjoint(read_part(paths["mentions"], ["link_key"]).column("link_key").to_pylist())


def _link_part(paths: dict, mapping: dict) -> None:
    mentions = read_part(paths["mentions"])
    linked = linked_mentions(mentions, mapping)
    if not linked.equals(mentions):
        write_part(paths["mentions"], linked)
    roles = read_part(paths["roles"])
    linked_role_rows = linked_roles(roles, linked, mapping)
    if not linked_role_rows.equals(roles):
        write_part(paths["roles"], linked_role_rows)


def pages_of(batch: list[Page | Failure]) -> list[Page]:
    return [item for item in batch if isinstance(item, Page)]


