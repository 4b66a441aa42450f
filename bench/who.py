"""`who` and `report` on a 10,000-page store: `.venv/bin/python bench/who.py [--pages 10000]`.

Builds the store cheaply: the pipeline runs once over real pages (../shared/pages, 48 news pages
in kk, ru, en and mixed, 2.9 positions a page; without them corpus/samples, 5 seed pages dense with
titles, 6.6 a page; or --seed DIR), then its roles and documents parts are copied until the store
holds N pages, each copy with new doc_ids and new
people (a surname of its own per copy, so no person recurs: the largest positions table N pages
can give) at the same institutions; the entities table gets each copy's people. Then it measures
(1) the positions rebuild over the parts, as the engine runs it after linking; (2) `python -m
pipeline who QUERY` as a user runs it, a fresh process each time (start-up and imports included),
for a person, an institution and a role; (3) `python -m pipeline report`, its time and size.
Appends the figures to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.normalize.latin import latin_key  # noqa: E402
from pipeline.folding import combine  # noqa: E402
from pipeline.positions import position_rows, position_stats  # noqa: E402
from pipeline.records import LinkKey  # noqa: E402
from pipeline.resources import Resources  # noqa: E402
from pipeline.store import KnowledgeStore, read_part, table_of, write_part  # noqa: E402
from pipeline.who import find_positions, read_positions  # noqa: E402

PAGES_PER_PART = 30
SHARED_PAGES = REPO.parent / "shared" / "pages"
QUERIES = [("person", "Балыкбаев"), ("org", "КазНПУ"), ("role", "ректор"), ("person", "Tulebayev")]


def surname(copy: int) -> str:
    """A distinct surname per copy (Bov, Cov, ..., Babov, ...), so every copy has its own people."""
    letters = ""
    while True:
        copy, rest = divmod(copy, 26)
        letters = chr(ord("a") + rest) + letters
        if not copy:
            return letters.capitalize() + "ov"


def renamed(name: str, surname_key: str, copy: int) -> str:
    """The seed's people keep their names in copy 0; in every other copy the surname (any word whose
    Latin key starts with ``surname_key``, case endings and all) becomes the copy's own."""
    if copy == 0 or not name:
        return name
    words = name.split(" ")
    if surname_key:
        words = [surname(copy) if latin_key(word).startswith(surname_key) else word for word in words]
    return " ".join(words) if surname(copy) in words else " ".join(words[:-1] + [surname(copy)])


def copy_of(table: pa.Table, copy: int, columns: dict) -> pa.Table:
    for column, change in columns.items():
        table = table.set_column(table.schema.get_field_index(column), column, change(table[column], copy))
    return table


def new_ids(values: pa.ChunkedArray, copy: int) -> pa.Array:
    return pc.binary_join_element_wise(values, pa.scalar(f"{copy:05d}"), "")


def build_store(seed: Path, store: Path, pages: int) -> list[dict]:
    """Copies of the seed output's roles and documents into ``store``; returns the entities rows."""
    roles = pa.concat_tables(read_part(part) for part in sorted((seed / "roles").glob("part-*.parquet")))
    documents = pa.concat_tables(read_part(part) for part in sorted((seed / "documents").glob("part-*.parquet")))
    entities = pq.read_table(seed / "entities").to_pylist()
    person_keys = roles["person_key"].to_pylist()
    seed_pages = documents.num_rows
    copies = -(-pages // seed_pages)
    KnowledgeStore(store).close()
    entity_rows = [row for row in entities if row["type"] != "PERSON"]
    per_part = max(1, PAGES_PER_PART // seed_pages)
    for first in range(0, copies, per_part):
        batch = range(first, min(copies, first + per_part))
        name = f"part-bench-{first:06d}.parquet"
        write_part(store / "roles" / name, pa.concat_tables(copy_of(roles, copy, {
            "doc_id": new_ids, "person_id": new_ids,
            "person": lambda names, copy: pa.array([renamed(name, key.split(" ")[0], copy) for name, key
                                                    in zip(names.to_pylist(), person_keys)], pa.string())})
            for copy in batch))
        write_part(store / "documents" / name, pa.concat_tables(
            copy_of(documents, copy, {"doc_id": new_ids}) for copy in batch))
        for copy in batch:
            entity_rows += [{**row, "entity_id": f"{row['entity_id']}{copy:05d}",
                             "name": renamed(row["name"], LinkKey.parse(row["link_key"]).surname, copy),
                             "aliases": [renamed(alias, LinkKey.parse(row["link_key"]).surname, copy) for alias in row["aliases"]]}
                            for row in entities if row["type"] == "PERSON"]
    return entity_rows


def rebuild_positions(store: Path, entities: list[dict]) -> tuple[float, int]:
    started = time.perf_counter()
    parts = sorted((store / "roles").glob("part-*.parquet"))
    events = Resources().events
    stats = functools.reduce(combine, (position_stats(part, store / "documents" / part.name, events) for part in parts), {})
    positions, events = position_rows(stats, entities)
    opened = KnowledgeStore(store)
    for part in opened.parts("entities"):
        part.unlink()
    write_part(store / "entities" / "part-bucket-000.parquet", table_of("entities", entities))
    opened.write_rebuilt("positions", positions)
    opened.write_rebuilt("events", events)
    opened.close()
    return time.perf_counter() - started, len(positions)


def timed(command: list[str], rounds: int) -> tuple[float, float, str]:
    """Median wall time and median CPU time (user + system) of ``command`` in fresh processes, and
    its last output. On a shared machine the wall time waits for the cores; the CPU time does not."""
    times, cpu_times, output = [], [], ""
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO).stdout
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times), statistics.median(cpu_times), output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--seed", type=Path, default=SHARED_PAGES if SHARED_PAGES.is_dir() else REPO / "corpus" / "samples",
                        help="the pages whose output is copied (default: ../shared/pages, else corpus/samples)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--results", type=Path, default=REPO / "bench" / "RESULTS.md")
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="bench-who-") as work:
        seed, store = Path(work) / "seed", Path(work) / "store"
        subprocess.run([python, "-m", "pipeline", "run", str(args.seed), "--out", str(seed),
                        "--quiet"], check=True, cwd=REPO)
        entities = build_store(seed, store, args.pages)
        n_pages = sum(pq.ParquetFile(part).metadata.num_rows for part in (store / "documents").glob("part-*.parquet"))
        n_roles = sum(pq.ParquetFile(part).metadata.num_rows for part in (store / "roles").glob("part-*.parquet"))
        rebuild_seconds, n_positions = rebuild_positions(store, entities)
        positions_bytes = sum(part.stat().st_size for part in (store / "positions").glob("*.parquet"))
        rows = []
        for by, query in QUERIES:
            seconds, cpu, output = timed([python, "-m", "pipeline", "who", query, "--out", str(store)], args.rounds)
            rows.append((by, query, seconds, cpu, output.strip().splitlines()[-1]))
        startup, _, _ = timed([python, "-m", "pipeline", "--version"], args.rounds)
        in_process = []
        resources = Resources()
        for _, query in QUERIES:
            started = time.perf_counter()
            find_positions(read_positions(store), query, resources)
            in_process.append(time.perf_counter() - started)
        report = Path(work) / "report.html"
        report_seconds, _, _ = timed([python, "-m", "pipeline", "report", "--store", str(store), "--out", str(report)], 1)
        report_mb = report.stat().st_size / 1e6
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"\n## {now} — who and report on a {n_pages:,}-page store\n",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end, "
        f"Python {platform.python_version()}. Command: `python bench/who.py "
        f"--pages {args.pages} --seed {args.seed.name}` (the output of {args.seed.name} copied to {n_pages:,} pages, "
        f"{n_roles:,} roles, new people on every copy: {n_positions:,} positions, {positions_bytes / 1e6:.1f} MB of "
        f"Parquet).\n",
        f"- positions and events rebuilt from the roles parts: **{rebuild_seconds:.1f} s**",
        f"- `python -m pipeline who`, a fresh process, median of {args.rounds} (`python -m pipeline --version` alone: "
        f"{startup:.2f} s; reading the table and answering in a warm process: "
        f"{min(in_process):.2f}–{max(in_process):.2f} s):\n",
        "| by | query | wall seconds | CPU seconds | answer |", "|---|---|---:|---:|---|",
        *(f"| {by} | {query} | {seconds:.2f} | {cpu:.2f} | {answer} |" for by, query, seconds, cpu, answer in rows),
        f"\n- `python -m pipeline report`: **{report_seconds:.1f} s**, **{report_mb:.1f} MB** (target < 20 MB)\n",
    ]
    with open(args.results, "a", encoding="utf-8") as results:
        results.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
