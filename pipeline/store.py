"""Store: the Parquet knowledge tables, one dataset directory per table.

Each batch becomes one part file per table, written to a hidden temporary name and renamed into
place, so readers (pandas, DuckDB, polars) never see a half-written file. The documents part of a
batch is written last and marks the batch complete: parts of a batch that has no documents part
(a run killed mid-batch) are removed when the store is next opened, so re-running never
duplicates a mention.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import __version__
from pipeline.records import Document, Failure

SCHEMA_VERSION = "1"
SCHEMA_KEY = b"pipeline.schema_version"
COMMIT_TABLE = "documents"
STAGING = ".staging"

SCHEMAS = {
    "documents": pa.schema([
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("published_precision", pa.string()),
        ("published_source", pa.string()),
        ("lang", pa.string()),
        ("langs", pa.list_(pa.string())),
        ("text", pa.string()),
        ("n_chars", pa.int64()),
        ("ingested_at", pa.timestamp("us", tz="UTC")),
        ("pipeline_version", pa.string()),
    ]),
    "segments": pa.schema([
        ("doc_id", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("lang", pa.string()),
        ("confidence", pa.float64()),
        ("script", pa.string()),
    ]),
    "mentions": pa.schema([
        ("doc_id", pa.string()),
        ("mention_id", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("label", pa.string()),
        ("lang", pa.string()),
        ("backend", pa.string()),
        ("backend_version", pa.string()),
        ("score", pa.float64()),
        ("normalized", pa.string()),
        ("link_key", pa.string()),
        ("entity_id", pa.string()),
    ]),
    "roles": pa.schema([
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("published", pa.date32()),
        ("lang", pa.string()),
        ("person_id", pa.string()),
        ("person", pa.string()),
        ("person_latin", pa.string()),
        ("person_key", pa.string()),
        ("person_mention_id", pa.string()),
        ("title", pa.string()),
        ("role", pa.string()),
        ("role_label", pa.string()),
        ("org_id", pa.string()),
        ("org", pa.string()),
        ("degrees", pa.list_(pa.string())),
        ("evidence", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("confidence", pa.float64()),
    ]),
    "errors": pa.schema([
        ("source", pa.string()),
        ("stage", pa.string()),
        ("error", pa.string()),
        ("message", pa.string()),
        ("at", pa.timestamp("us", tz="UTC")),
    ]),
}
SCHEMAS["entities"] = pa.schema([
    ("entity_id", pa.string()),
    ("type", pa.string()),
    ("name", pa.string()),
    ("name_kk", pa.string()),
    ("name_ru", pa.string()),
    ("name_en", pa.string()),
    ("latin", pa.string()),
    ("aliases", pa.list_(pa.string())),
    ("n_mentions", pa.int64()),
    ("n_docs", pa.int64()),
    ("first_seen", pa.date32()),
    ("last_seen", pa.date32()),
    ("link_key", pa.string()),
])
TABLES = tuple(SCHEMAS)
# Tables written a part per batch; "entities" is rebuilt whole by linking after every run.
BATCH_TABLES = tuple(table for table in TABLES if table != "entities")
ENTITIES_PART = "part-entities.parquet"


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
            })
    return table_of("roles", rows)


def mention_id(doc_id: str, mention) -> str:
    return f"{doc_id}:{mention.start}:{mention.end}:{mention.label}"


def errors_table(failures: list[Failure]) -> pa.Table:
    return table_of("errors", [
        {"source": f.source, "stage": f.stage, "error": f.error, "message": f.message, "at": f.at}
        for f in failures
    ])


def read_part(path: Path, columns: list[str] | None = None) -> pa.Table:
    with pq.ParquetFile(path) as opened:  # half the cost of read_table on a small file
        return opened.read(columns=columns).replace_schema_metadata(None)


def write_part(path: Path, data: pa.Table) -> None:
    """Writes under a hidden temporary name, syncs, and renames into place: never a partial file."""
    data = data.replace_schema_metadata({SCHEMA_KEY: SCHEMA_VERSION.encode(), b"pipeline.version": __version__.encode()})
    temporary = path.with_name(f".{path.name}.tmp")
    pq.write_table(data, temporary)
    with open(temporary, "rb") as written:
        os.fsync(written.fileno())
    os.replace(temporary, path)


def write_batch(target: Path, documents: list[Document], failures: list[Failure]) -> None:
    """One part file per table for one batch, the documents part last (it marks the batch complete).
    Safe from any process: names are unique, and the lock is the coordinating run's."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    name = f"part-{stamp}-{secrets.token_hex(4)}.parquet"
    ingested_at = datetime.now(timezone.utc)
    write_part(target / "segments" / name, segments_table(documents))
    write_part(target / "mentions" / name, mentions_table(documents))
    write_part(target / "roles" / name, roles_table(documents))
    write_part(target / "errors" / name, errors_table(failures))
    write_part(target / COMMIT_TABLE / name, documents_table(documents, ingested_at))


class OutputLocked(RuntimeError):
    pass


class KnowledgeStore:
    """The output directory of one run; a lock file keeps a second run out while this one writes.

    With ``replace=True`` (``--force``) new batches go to a hidden staging directory that replaces
    the tables only when ``commit`` is called: a run killed before then leaves the old tables whole.
    """

    def __init__(self, root: Path | str, replace: bool = False):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock = _acquire_lock(self.root / ".lock")
        shutil.rmtree(self.root / STAGING, ignore_errors=True)
        for table in TABLES:
            (self.root / table).mkdir(exist_ok=True)
        self.check_schema()
        self.remove_incomplete_batches()
        self.target = self.root / STAGING if replace else self.root
        for table in BATCH_TABLES:
            (self.target / table).mkdir(parents=True, exist_ok=True)

    def commit(self) -> None:
        """Moves staged tables into place (``replace`` runs)."""
        if self.target != self.root:
            # Documents move in last and go out first, so at every instant each mention part in
            # place belongs to a documents part in place (or is removed as incomplete).
            commit_last = [table for table in BATCH_TABLES if table != COMMIT_TABLE] + [COMMIT_TABLE]
            old = {table: self.parts(table) for table in BATCH_TABLES}
            for table in commit_last:
                for part in sorted((self.target / table).glob("part-*.parquet")):
                    os.replace(part, self.root / table / part.name)
            for table in reversed(commit_last):
                for part in old[table]:
                    part.unlink()
            shutil.rmtree(self.target)
            self.target = self.root

    def close(self) -> None:
        self._lock.close()

    def finish(self) -> None:
        self.commit()
        self.close()

    def batch_names(self) -> list[str]:
        return [part.name for part in self.parts(COMMIT_TABLE)]

    def batch_paths(self, name: str) -> dict[str, Path]:
        return {table: self.root / table / name for table in BATCH_TABLES}

    def write_entities(self, rows: list[dict]) -> None:
        table = table_of("entities", rows)
        path = self.root / "entities" / ENTITIES_PART
        if not path.exists() or not read_part(path).equals(table):
            write_part(path, table)

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
