"""Store-growth benchmark: `make bench-growth` (or `.venv/bin/python bench/growth.py --pages N`).

The daily job adds a few pages to a store that only grows; this measures what the store's size
costs them. Steps:
  1. a seed store: `pipeline run` on --seed-pages real pages (samples and every NEREL dev text,
     each under its own first line, as bench/run.py builds its corpus);
  2. a big store of --pages pages: the seed store's batches copied with new doc_ids (a hash of
     the old id and the copy number), mention ids and sources, each copy a batch of its own, so
     the big store has the part files a store of that size grown 32 pages at a time has;
  3. linking the whole big store (every batch new to the link index): what every run cost before
     the index, when each run linked the whole store;
  4. --add new pages onto the big store as it is (hundreds of small parts, compaction off);
  5. `pipeline compact`: part files per table before and after;
  6. --rounds interleaved rounds of the same --add pages onto a copy of the compacted big store
     and onto an empty store: seconds and peak RSS of each `pipeline run`.
Each `pipeline run` is a fresh process on 1 worker, timed from start to exit, in wall seconds and
in CPU seconds (user and system): on a shared machine other work stretches the wall clock by tens
of percent from run to run, the CPU seconds far less, so the ratios are taken on the median CPU
seconds. Results are appended to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import psutil
import pyarrow as pa
import pyarrow.parquet as pq

from run import REPO, build_corpus, timed  # bench/run.py: the corpus and the timed fresh process

from pipeline.store import (BATCH_TABLES, COMMIT_TABLE, EMPTY_PART, LINK_STATE, WRITE_ORDER, batch_name, read_part,
                            write_part)

NEREL_TEXTS = 94  # every NEREL dev text: the more distinct pages, the more entities


def measured(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS of a fresh process."""
    def cpu() -> float:
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        return used.ru_utime + used.ru_stime

    before = cpu()
    seconds, peak = timed(command)
    return seconds, cpu() - before, peak


def pipeline_run(corpus: Path, out: Path, *flags: str) -> tuple[float, float, int]:
    return measured([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--quiet",
                     "--workers", "1", *flags])


def replicate(out: Path, copies: int) -> None:
    """Copies every batch of ``out`` ``copies - 1`` times as new pages (new doc ids and sources)."""
    seeds = [part.name for part in sorted((out / COMMIT_TABLE).glob("part-*.parquet")) if part.name != EMPTY_PART]
    for copy in range(1, copies):
        for seed in seeds:
            tables = {table: read_part(out / table / seed) for table in BATCH_TABLES}
            new_id = {doc_id: hashlib.sha256(f"{doc_id}/{copy}".encode()).hexdigest()[:20]
                      for doc_id in tables[COMMIT_TABLE].column("doc_id").to_pylist()}
            name = batch_name(datetime.now(timezone.utc))
            for table in WRITE_ORDER:
                data = tables[table]
                if table == "errors":
                    data = data.slice(0, 0)  # an error is recorded once, not per copy
                for column in ("doc_id", "mention_id", "person_mention_id"):
                    if column in data.column_names:
                        # mention ids start with their page's 20-digit doc_id
                        values = [new_id[value[:20]] + value[20:] for value in data.column(column).to_pylist()]
                        data = data.set_column(data.schema.get_field_index(column), column,
                                               pa.array(values, pa.string()))
                if table in (COMMIT_TABLE, "aliases"):
                    sources = [f"{source}#copy{copy}" for source in data.column("source").to_pylist()]
                    data = data.set_column(data.schema.get_field_index("source"), "source",
                                           pa.array(sources, pa.string()))
                write_part(out / table / name, data)


def part_files(out: Path) -> dict[str, int]:
    return {table: len(list((out / table).glob("*.parquet"))) for table in (*BATCH_TABLES, "entities", "link_index")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=20000, help="pages in the big store")
    parser.add_argument("--seed-pages", type=int, default=400, help="pages run through the pipeline, then copied")
    parser.add_argument("--add", type=int, default=50, help="new pages added onto each store")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--results", type=Path, default=REPO / "bench" / "RESULTS.md")
    args = parser.parse_args()
    copies = -(-args.pages // args.seed_pages)
    rows: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="bench-growth-") as work:
        work = Path(work)
        no_compaction = work / "no-compaction.yaml"
        no_compaction.write_text("compact_after_parts: 1000000\n", encoding="utf-8")
        seeds, added = work / "seeds", work / "added"
        build_corpus(seeds, args.seed_pages, nerel_texts=NEREL_TEXTS)
        build_corpus(added, args.add, first=10**6, nerel_texts=NEREL_TEXTS)
        big = work / "big"
        rows["seed run"] = pipeline_run(seeds, big, "--config", str(no_compaction))
        started = time.perf_counter()
        replicate(big, copies)
        print(f"replicated to {copies * args.seed_pages} pages in {time.perf_counter() - started:.0f} s", flush=True)
        (big / LINK_STATE).unlink()
        parts_before = part_files(big)
        rows["link the whole big store"] = pipeline_run(seeds, big, "--config", str(no_compaction))
        print(f"whole store linked: {rows['link the whole big store'][0]:.1f} s", flush=True)
        uncompacted = work / "uncompacted"
        shutil.copytree(big, uncompacted)
        rows[f"{args.add} pages onto the big store, {parts_before[COMMIT_TABLE]} parts"] = pipeline_run(
            added, uncompacted, "--config", str(no_compaction))
        shutil.rmtree(uncompacted)
        rows["compact the big store"] = measured([sys.executable, "-m", "pipeline", "compact", "--out", str(big)])
        parts_after = part_files(big)
        rounds: dict[str, list[tuple[float, float, int]]] = {"empty store": [], "big store, compacted": []}
        for round_number in range(1, args.rounds + 1):
            for label in rounds:
                out = work / "round"
                shutil.rmtree(out, ignore_errors=True)
                if label != "empty store":
                    shutil.copytree(big, out)
                rounds[label].append(pipeline_run(added, out))
                print(f"round {round_number}: {args.add} pages onto the {label}: {rounds[label][-1][0]:.1f} s, "
                      f"{rounds[label][-1][1]:.1f} s CPU", flush=True)
        pages_in_big = sum(pq.ParquetFile(part).metadata.num_rows for part in (big / COMMIT_TABLE).glob("*.parquet"))
    write_results(args, rows, rounds, parts_before, parts_after, pages_in_big)


def write_results(args, rows, rounds, parts_before, parts_after, pages_in_big) -> None:
    fastest = {label: min(wall for wall, _, _ in runs) for label, runs in rounds.items()}
    cpu = {label: statistics.median(cpu for _, cpu, _ in runs) for label, runs in rounds.items()}
    peak = {label: max(peak for _, _, peak in runs) for label, runs in rounds.items()}
    empty, big = rounds
    lines = [
        f"## {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC — store growth: {args.add} pages onto "
        f"{pages_in_big:,} pages",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}. "
        f"Command: `{' '.join([Path(sys.executable).name, *sys.argv])}`",
        "",
        "| step | seconds | CPU seconds | peak RSS |",
        "|---|---:|---:|---:|",
        *[f"| {label} | {wall:.1f} | {used:.1f} | {top / 2**20:,.0f} MiB |" for label, (wall, used, top) in rows.items()],
        "",
        f"| {args.add} new pages onto | seconds (fastest) | CPU seconds (median) | every round, s (CPU s) | peak RSS |",
        "|---|---:|---:|---:|---:|",
        *[f"| {label} | {fastest[label]:.1f} | {cpu[label]:.1f} | "
          f"{' / '.join(f'{wall:.1f} ({used:.1f})' for wall, used, _ in runs)} | {peak[label] / 2**20:,.0f} MiB |"
          for label, runs in rounds.items()],
        "",
        f"- big compacted store / empty store: CPU seconds **{cpu[big] / cpu[empty]:.2f}x**, fastest wall "
        f"seconds {fastest[big] / fastest[empty]:.2f}x, peak RSS **{peak[big] / peak[empty]:.2f}x**",
        "- part files per table before / after compaction: "
        + ", ".join(f"{table} {parts_before[table]} / {parts_after[table]}" for table in parts_before),
        "",
    ]
    with open(args.results, "a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
