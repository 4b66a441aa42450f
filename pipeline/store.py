"""Store: the Parquet knowledge tables, one dataset directory per table.

Each batch becomes one part file per table, written to a hidden temporary name and renamed into
place, so readers (pandas, DuckDB, polars) never see a half-written file. The documents part of a
batch is written last and marks the batch complete: parts of a batch that has no documents part
(a run killed mid-batch) are removed when the store is next opened, so re-running never
duplicates a mention.

Rows that a run supersedes (the old rows of pages redone with ``--force``, the ``errors`` rows of
sources that now succeed) are removed at the end of the run through a journal: the journal is
written first, then applied; a run killed while applying it is finished the next time the store
is opened, so no row is lost and none is left twice.

Compaction merges small batches the same way: merged parts are written to a hidden folder, a
journal names the parts each replaces, then they move in and the old parts go; the next open
finishes a journal it finds and drops merged parts without one. ``entities`` and ``link_index``
are not batch tables: linking keeps them a part per bucket (pipeline/link.py), and
``LINK_STATE`` says which batches they hold.
"""

from __future__ import annotations

import fcntl
import json
import os
import pickle
import secrets
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import __version__
from pipeline.data import DATA_DIR, read_yaml
from pipeline.faults import checkpoint
from pipeline.records import Document, Failure, Page

SCHEMA_VERSION = "2"
SCHEMA_KEY = b"pipeline.schema_version"
COMMIT_TABLE = "documents"
STAGING = ".staging"
JOURNAL = ".journal.json"
# Sorts before every batch part: the typed, empty part that a fresh store starts with, so every
# table reads as a dataset (pandas, DuckDB) before the first page is written.
EMPTY_PART = "part-00000000T000000000000-empty.parquet"

SCHEMA_FILE = DATA_DIR / "schema.yaml"
_ARROW_TYPES = {"string": pa.string(), "int64": pa.int64(), "double": pa.float64(), "date": pa.date32(),
                "timestamp": pa.timestamp("us", tz="UTC")}


def arrow_type(name: str) -> pa.DataType:
    """A contract type name (``string``, ``list<string>``, ``struct<form: string, count: int64>``)
    as an Arrow type."""
    if name.startswith("list<") and name.endswith(">"):
        return pa.list_(arrow_type(name[len("list<"):-1]))
    if name.startswith("struct<") and name.endswith(">"):
        fields = [field.split(":", 1) for field in name[len("struct<"):-1].split(",")]
        return pa.struct([(field.strip(), arrow_type(kind.strip())) for field, kind in fields])
    return _ARROW_TYPES[name]


def load_schemas(path: Path = SCHEMA_FILE) -> dict[str, pa.Schema]:
    """The tables of the contract in ``pipeline/data/schema.yaml``, columns in their written order."""
    contract = read_yaml(path)
    return {table: pa.schema([(column, arrow_type(spec["type"])) for column, spec in body["columns"].items()])
            for table, body in contract["tables"].items()}


SCHEMAS = load_schemas()
TABLES = tuple(SCHEMAS)
# Tables kept by linking, a part per bucket (pipeline/link.py).
LINK_TABLES = ("entities", "link_index")
# Tables rebuilt whole after every run from the roles, one part each.
REBUILT_PARTS = {"positions": "part-positions.parquet", "events": "part-events.parquet"}
# Tables written a part per batch.
BATCH_TABLES = tuple(table for table in TABLES if table not in LINK_TABLES and table not in REBUILT_PARTS)
# The order a batch's parts are written or moved in: documents last, since they mark it complete.
WRITE_ORDER = (*(table for table in BATCH_TABLES if table != COMMIT_TABLE), COMMIT_TABLE)
# Which batches link_index holds: {"complete": bool, "batches": [...]}; written "complete": false
# before linking writes anything, so a run killed while linking is linked again whole.
LINK_STATE = ".link_state.json"
COMPACTION_JOURNAL = ".compaction.json"
# The positions statistics of every batch seen (pipeline/positions.py), kept between runs.
POSITION_STATE = ".positions_state.pickle"
COMPACTING = ".compacting"
# Compaction packs batches into parts of about this size (all batch tables together).
COMPACT_BYTES = 256 * 2**20
ROW_GROUP_BYTES = 64 * 2**20


class SchemaMismatch(RuntimeError):
    pass


def _acquire_lock(path: Path):
    handle = open(path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise OutputLocked(f"another run is writing to {path.parent} (it holds {path}); "
                           f"wait for it to finish or choose another --out") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


def table_of(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts keyed by column) as a table of the named schema; built column by column, which
    is ten times faster than ``Table.from_pylist``."""
    schema = SCHEMAS[name]
    return pa.Table.from_pydict({column: [row[column] for row in rows] for column in schema.names}, schema=schema)


def documents_table(documents: list[Document], ingested_at: datetime) -> pa.Table:
    return table_of("documents", [
        {
            "doc_id": doc.doc_id,
            "source": doc.page.source,
            "url": doc.page.url,
            "title": doc.page.title,
            "published": doc.published,
            "published_precision": doc.published_precision,
            "published_source": doc.published_source,
            "lang": doc.lang,
            "langs": doc.langs,
            "text": doc.page.text,
            "n_chars": len(doc.page.text),
            "ingested_at": ingested_at,
            "pipeline_version": __version__,
        }
        for doc in documents
    ])


def segments_table(documents: list[Document]) -> pa.Table:
    return table_of("segments", [
        {"doc_id": doc.doc_id, "start": s.start, "end": s.end, "lang": s.lang, "confidence": s.confidence,
         "script": s.script}
        for doc in documents for s in doc.segments
    ])


def mentions_table(documents: list[Document]) -> pa.Table:
    return table_of("mentions", [
        {
            "doc_id": doc.doc_id,
            "mention_id": mention_id(doc.doc_id, m),
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "label": m.label,
            "lang": m.lang,
            "backend": m.backend,
            "backend_version": m.backend_version,
            "score": m.score,
            "normalized": m.normalized,
            "link_key": m.link_key,
            "entity_id": m.entity_id,
        }
        for doc in documents for m in doc.mentions
    ])


def roles_table(documents: list[Document]) -> pa.Table:
    rows = []
    for doc in documents:
        for fact in doc.roles:
            mention = fact.person_mention
            rows.append({
                "doc_id": doc.doc_id,
                "source": doc.page.source,
                "published": doc.published,
                "lang": mention.lang,
                "person_id": fact.person.person_id,
                "person": fact.person.display,
                "person_latin": fact.person.latin,
                "person_key": fact.person.key,
                "person_mention_id": mention_id(doc.doc_id, mention),
                "title": fact.title,
                "role": fact.role,
                "role_label": fact.role_label,
                "org_id": fact.org.org_id if fact.org else None,
                "org": fact.org.name if fact.org else None,
                "degrees": fact.degrees,
                "evidence": doc.page.text[fact.evidence_start:fact.evidence_end],
                "start": fact.evidence_start,
                "end": fact.evidence_end,
                "confidence": fact.confidence,
                "status": fact.status,
                "org_source": fact.org_source,
                "org_unit": fact.org_unit,
            })
    return table_of("roles", rows)


def mention_id(doc_id: str, mention) -> str:
    return f"{doc_id}:{mention.start}:{mention.end}:{mention.label}"


def aliases_table(aliases: list[Page], seen_at: datetime) -> pa.Table:
    return table_of("aliases", [
        {"doc_id": page.doc_id, "source": page.source, "url": page.url, "title": page.title, "seen_at": seen_at}
        for page in aliases
    ])


def errors_table(failures: list[Failure]) -> pa.Table:
    return table_of("errors", [
        {"source": f.source, "stage": f.stage, "error": f.error, "message": f.message, "at": f.at}
        for f in failures
    ])


def read_part(path: Path, columns: list[str] | None = None) -> pa.Table:
    with pq.ParquetFile(path) as opened:  # half the cost of read_table on a small file
        return opened.read(columns=columns).replace_schema_metadata(None)


def part_rows(path: Path, columns: list[str]):
    """A part's rows as tuples of ``columns``: tuples cost half as much as dicts."""
    table = read_part(path, columns)
    return zip(*(table.column(name).to_pylist() for name in columns))


PART_METADATA = {SCHEMA_KEY: SCHEMA_VERSION.encode(), b"pipeline.version": __version__.encode()}


def write_part(path: Path, data: pa.Table) -> None:
    """Writes under a hidden temporary name, syncs, and renames into place: never a partial file."""
    data = data.replace_schema_metadata(PART_METADATA)
    _replace_atomically(path, lambda temporary: pq.write_table(data, temporary))


def merge_parts(parts: list[Path], table: str, target: Path) -> None:
    """The rows of ``parts`` as one file, read a part at a time and written in row groups of
    about ``ROW_GROUP_BYTES``, so memory holds one row group, not the merged file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with pq.ParquetWriter(target, SCHEMAS[table].with_metadata(PART_METADATA)) as writer:
        pending, size = [], 0
        for part in parts:
            pending.append(read_part(part))
            size += pending[-1].nbytes
            if size >= ROW_GROUP_BYTES:
                writer.write_table(pa.concat_tables(pending))
                pending, size = [], 0
        if pending:
            writer.write_table(pa.concat_tables(pending))
    with open(target, "rb") as written:
        os.fsync(written.fileno())


def _write_atomically(path: Path, content: bytes) -> None:
    _replace_atomically(path, lambda temporary: temporary.write_bytes(content))


def _replace_atomically(path: Path, write) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    write(temporary)
    with open(temporary, "rb") as written:
        os.fsync(written.fileno())
    os.replace(temporary, path)


def batch_name(now: datetime) -> str:
    return f"part-{now.strftime('%Y%m%dT%H%M%S%f')}-{secrets.token_hex(4)}.parquet"


def write_batch(target: Path, documents: list[Document], failures: list[Failure], aliases: list[Page] = (),
                name: str | None = None) -> None:
    """One part file per table for one batch, the documents part last (it marks the batch complete).
    Safe from any process: names are unique, and the lock is the coordinating run's."""
    now = datetime.now(timezone.utc)
    name = name or batch_name(now)
    write_part(target / "segments" / name, segments_table(documents))
    write_part(target / "mentions" / name, mentions_table(documents))
    write_part(target / "roles" / name, roles_table(documents))
    write_part(target / "aliases" / name, aliases_table(list(aliases), now))
    write_part(target / "errors" / name, errors_table(failures))
    checkpoint("before-documents-part")
    write_part(target / COMMIT_TABLE / name, documents_table(documents, now))


class OutputLocked(RuntimeError):
    pass


class OutputUnavailable(RuntimeError):
    """The output folder cannot be created or written (a file in the way, no permission)."""


class KnowledgeStore:
    """The output directory of one run; a lock file keeps a second run out while this one writes.

    With ``replace=True`` (``--force``) new batches go to a hidden staging directory and move in
    only when ``commit`` is called, replacing the old rows of the same pages: a run killed before
    then leaves the old tables whole.
    """

    def __init__(self, root: Path | str, replace: bool = False):
        self.root = Path(root)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self._lock = _acquire_lock(self.root / ".lock")
            for table in TABLES:
                (self.root / table).mkdir(exist_ok=True)
        except OSError as problem:
            raise OutputUnavailable(f"cannot write the output to {self.root}: {problem.strerror or problem}") from None
        self.check_schema()
        self._apply_journal()  # a run killed while superseding rows is finished before anything else
        self._apply_compaction()
        shutil.rmtree(self.root / STAGING, ignore_errors=True)
        self.remove_incomplete_batches()
        self._write_empty_tables()
        self._batches_before = set(self.batch_names())
        self.target = self.root / STAGING if replace else self.root
        for table in BATCH_TABLES:
            (self.target / table).mkdir(parents=True, exist_ok=True)

    def commit(self) -> None:
        """Ends the run's writing. The rows its pages supersede go: with ``replace``, every old row
        of a page it processed again (then its staged batches move in); always, the ``errors``
        rows of sources that now succeeded."""
        replacing = self.target != self.root
        fresh = ({part.name for part in (self.target / COMMIT_TABLE).glob("part-*.parquet")} if replacing
                 else set(self.batch_names()) - self._batches_before)
        doc_ids, sources = set(), set()
        for name in fresh:
            done = read_part(self.target / COMMIT_TABLE / name, ["doc_id", "source"])
            doc_ids.update(done.column("doc_id").to_pylist())
            sources.update(done.column("source").to_pylist())
        journal = {"fresh": sorted(fresh), "doc_ids": sorted(doc_ids) if replacing else [], "sources": sorted(sources)}
        _write_atomically(self.root / JOURNAL, json.dumps(journal).encode())
        checkpoint("journal-written")
        self._apply_journal()
        self.target = self.root

    def _apply_journal(self) -> None:
        """Idempotent, so a run killed half-way through it is finished by the next open."""
        path = self.root / JOURNAL
        if not path.exists():
            return
        journal = json.loads(path.read_text(encoding="utf-8"))
        fresh, doc_ids, sources = (set(journal[key]) for key in ("fresh", "doc_ids", "sources"))
        for table in (COMMIT_TABLE, *(t for t in BATCH_TABLES if t != COMMIT_TABLE)):
            column, superseded = ("source", sources) if table == "errors" else ("doc_id", doc_ids)
            if not superseded:
                continue
            for part in self.parts(table):
                if part.name not in fresh and not superseded.isdisjoint(read_part(part, [column]).column(column).to_pylist()):
                    data = read_part(part)
                    keep = pc.invert(pc.is_in(data.column(column), value_set=pa.array(sorted(superseded), pa.string())))
                    write_part(part, data.filter(keep))
                    checkpoint("part-superseded")
        if doc_ids:
            self.forget_links()  # the index still counts the superseded rows
        staging = self.root / STAGING
        for table in WRITE_ORDER:
            for part in sorted((staging / table).glob("part-*.parquet")):
                os.replace(part, self.root / table / part.name)
        path.unlink()
        shutil.rmtree(staging, ignore_errors=True)

    def _write_empty_tables(self) -> None:
        if not self.parts(COMMIT_TABLE):
            write_batch(self.root, [], [], name=EMPTY_PART)
        for table in REBUILT_PARTS:
            if not self.parts(table):
                self.write_rebuilt(table, [])
        for table in LINK_TABLES:
            if not self.parts(table):
                write_part(self.root / table / EMPTY_PART, SCHEMAS[table].empty_table())

    def compact(self) -> int:
        """Merges small batches into parts of about ``COMPACT_BYTES``, every batch table of a
        group under one new batch name (its documents part last, as for any batch); returns how
        many part files each batch table lost. Safe to kill: the merged parts are written to a
        hidden folder, then a journal names the parts each replaces, then they move in and the
        parts they replace go; opening the output finishes a journal it finds and drops merged
        parts that have none."""
        groups = self._compaction_groups()
        if not groups:
            return 0
        merged = {}
        for group in groups:
            name = batch_name(datetime.now(timezone.utc))
            for table in WRITE_ORDER:
                merge_parts([self.root / table / old for old in group], table, self.root / COMPACTING / table / name)
                checkpoint("merged-part-written")
            merged[name] = group
        _write_atomically(self.root / COMPACTION_JOURNAL, json.dumps(merged).encode())
        checkpoint("compaction-journal-written")
        self._apply_compaction()
        return sum(len(group) for group in groups) - len(groups)

    def _compaction_groups(self) -> list[list[str]]:
        """Runs of small batches, each run at most ``COMPACT_BYTES`` on disk; a run of one stays."""
        sizes = {name: sum(path.stat().st_size for path in self.batch_paths(name).values()) for name in self.batch_names()}
        groups, size = [[]], 0
        for name in sorted(name for name, bytes_ in sizes.items() if bytes_ < COMPACT_BYTES // 2):
            if groups[-1] and size + sizes[name] > COMPACT_BYTES:
                groups.append([])
                size = 0
            groups[-1].append(name)
            size += sizes[name]
        return [group for group in groups if len(group) > 1]

    def _apply_compaction(self) -> None:
        """Idempotent, like ``_apply_journal``; without a journal, merged parts are dropped."""
        path = self.root / COMPACTION_JOURNAL
        staging = self.root / COMPACTING
        if path.exists():
            merged = json.loads(path.read_text(encoding="utf-8"))
            for name, group in merged.items():
                for table in WRITE_ORDER:
                    if (staging / table / name).exists():
                        os.replace(staging / table / name, self.root / table / name)
                        checkpoint("merged-part-moved")
                    for old in group:
                        (self.root / table / old).unlink(missing_ok=True)
            self._rename_linked_batches(merged)
            self._rename_position_batches(merged)
            path.unlink()
        shutil.rmtree(staging, ignore_errors=True)

    def linked_batches(self) -> set[str] | None:
        """The batches link_index holds, or None when it holds none for sure (no index yet, a run
        killed while linking, rows superseded by --force): then every batch is linked again."""
        path = self.root / LINK_STATE
        if not path.exists():
            return None
        state = json.loads(path.read_text(encoding="utf-8"))
        return set(state["batches"]) if state["complete"] else None

    def begin_linking(self) -> None:
        _write_atomically(self.root / LINK_STATE, json.dumps({"complete": False, "batches": []}).encode())

    def end_linking(self, batches: set[str]) -> None:
        _write_atomically(self.root / LINK_STATE, json.dumps({"complete": True, "batches": sorted(batches)}).encode())

    def forget_links(self) -> None:
        (self.root / LINK_STATE).unlink(missing_ok=True)

    def _rename_linked_batches(self, merged: dict[str, list[str]]) -> None:
        linked = self.linked_batches()
        if linked is None:
            return
        for name, group in merged.items():
            if name in linked or linked.isdisjoint(group):
                continue  # renamed already, or never linked
            if not linked.issuperset(group):
                self.forget_links()  # part linked, part not: link everything again
                return
            linked = (linked - set(group)) | {name}
        self.end_linking(linked)

    def close(self) -> None:
        self._lock.close()

    def finish(self) -> None:
        self.commit()
        self.close()

    def batch_names(self) -> list[str]:
        return [part.name for part in self.parts(COMMIT_TABLE)]

    def batch_paths(self, name: str) -> dict[str, Path]:
        return {table: self.root / table / name for table in BATCH_TABLES}

    def write_rebuilt(self, name: str, rows: list[dict]) -> None:
        """Replaces a table rebuilt whole after every run (``REBUILT_PARTS``); unchanged, it is left as is."""
        table = table_of(name, rows)
        path = self.root / name / REBUILT_PARTS[name]
        if not path.exists() or not read_part(path).equals(table):
            write_part(path, table)

    def _rename_position_batches(self, merged: dict[str, list[str]]) -> None:
        """Keeps the positions statistics valid across a compaction: they are per post, not per
        batch, so only the names of the batches they cover change."""
        kept = self.read_position_state()
        if kept is None:
            return
        seen = set(kept[0])
        for name, group in merged.items():
            if name in seen or seen.isdisjoint(group):
                continue
            if not seen.issuperset(group):
                (self.root / POSITION_STATE).unlink(missing_ok=True)  # part seen, part not: rebuild next time
                return
            seen = (seen - set(group)) | {name}
        self.write_position_state(sorted(seen), kept[1])

    def read_position_state(self) -> tuple[list[str], dict] | None:
        """The positions statistics of the batches named, as the last run left them (a private
        cache beside the tables, so adding pages does not read every roles part again)."""
        try:
            with open(self.root / POSITION_STATE, "rb") as kept:
                return pickle.load(kept)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None

    def write_position_state(self, batches: list[str], stats: dict) -> None:
        _write_atomically(self.root / POSITION_STATE, pickle.dumps((batches, stats), protocol=pickle.HIGHEST_PROTOCOL))

    def read_rows(self, table: str) -> list[dict]:
        return [row for part in self.parts(table) for row in read_part(part).to_pylist()]

    def bucket_paths(self, bucket: int) -> tuple[Path, Path]:
        """The link_index and entities parts of one linking bucket."""
        name = f"part-bucket-{bucket:03}.parquet"
        return self.root / "link_index" / name, self.root / "entities" / name

    def count_rows(self, table: str) -> int:
        return sum(pq.ParquetFile(part).metadata.num_rows for part in self.parts(table))

    def parts(self, table: str) -> list[Path]:
        return sorted((self.root / table).glob("part-*.parquet"))

    def check_schema(self) -> None:
        for table in TABLES:
            for part in self.parts(table)[:1]:
                metadata = pq.read_schema(part).metadata or {}
                found = metadata.get(SCHEMA_KEY, b"unknown").decode()
                if found != SCHEMA_VERSION:
                    raise SchemaMismatch(
                        f"{self.root} holds tables of schema version {found}; this is pipeline {__version__} "
                        f"with schema version {SCHEMA_VERSION}. Write to a new --out directory, or "
                        f"rebuild this one with the pipeline version that wrote it.")

    def remove_incomplete_batches(self) -> None:
        committed = {part.name for part in self.parts(COMMIT_TABLE)}
        for table in BATCH_TABLES:
            for leftover in (self.root / table).glob(".*.tmp"):
                leftover.unlink(missing_ok=True)
            if table != COMMIT_TABLE:
                for part in self.parts(table):
                    if part.name not in committed:
                        part.unlink(missing_ok=True)

    def known_doc_ids(self) -> set[str]:
        return set(self._column_values(COMMIT_TABLE, ["doc_id"]))

    def known_sources(self) -> dict[str, set[str]]:
        """Every source each page is known under: where it was read, and its aliases."""
        sources: dict[str, set[str]] = {}
        for table in (COMMIT_TABLE, "aliases"):
            for doc_id, source in self._column_values(table, ["doc_id", "source"]):
                sources.setdefault(doc_id, set()).add(source)
        return sources

    def known_failures(self) -> set[tuple]:
        """(source, error, message) of every recorded failure, so a re-run does not record it twice."""
        return set(self._column_values("errors", ["source", "error", "message"]))

    def _column_values(self, table: str, columns: list[str]) -> list:
        values: list = []
        for part in self.parts(table):
            data = read_part(part, columns)
            rows = zip(*(data.column(name).to_pylist() for name in columns))
            values.extend(row[0] if len(columns) == 1 else row for row in rows)
        return values
