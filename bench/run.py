"""Throughput and memory benchmark: `make bench` (or `.venv/bin/python bench/run.py --pages N`).

Builds a synthetic corpus of N pages from the sample pages (English, Kazakh, mixed) and, when
../shared is present, real Russian news texts from NEREL dev; each page gets a distinct first
line so every page is a new document. Then measures, on the same pages:
  (a) the bare NER models alone (spaCy nlp.pipe for en and kk, natasha for ru) in a process of
      their own (bench/bare_models.py), imported, loaded and run on each language's lines;
  (b) the whole pipeline (ingest -> language -> NER -> normalize -> dates -> roles -> Parquet)
      with 1 and 2 local workers, and on a Dask LocalCluster with 2 workers;
  (c) peak RSS of the largest worker process for a small and a large corpus.
Every process runs one thread (BLAS, lingua), so "1 worker" is one core. Every run is a fresh
process timed from start to exit, imports and model loading included, the bare models as much as
each `python -m pipeline run`.
The throughput runs are repeated (--rounds, interleaved) and each one's fastest round is reported
next to all rounds. Results are appended to bench/RESULTS.md with the date, the machine and the
command.
"""

from __future__ import annotations

import os

from pipeline.config import ONE_THREAD_PER_WORKER

# One core per worker everywhere, the bare models included, so that "1 worker" means one core and
# the scaling and overhead figures compare like with like.
os.environ.update(ONE_THREAD_PER_WORKER)

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from datetime import datetime, timezone  # noqa: E402
from pathlib import Path  # noqa: E402

import psutil  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

from pipeline.config import load_settings  # noqa: E402
from pipeline.ingest import read_pages  # noqa: E402
from pipeline.language import make_detector  # noqa: E402
from pipeline.lexicon import load_lexicons  # noqa: E402
from pipeline.records import Page  # noqa: E402
from pipeline.segment import split_segments  # noqa: E402

NEREL_DEV = REPO.parent / "shared" / "data" / "nerel" / "dev"


def build_corpus(target: Path, pages: int, first: int = 0, nerel_texts: int = 20) -> None:
    """Pages ``first`` to ``first + pages - 1``: the samples and NEREL dev texts in turn, each
    under its own first line."""
    sources = [path.read_text(encoding="utf-8") for path in sorted((REPO / "corpus" / "samples").glob("*.txt"))]
    if NEREL_DEV.exists():
        sources += [path.read_text(encoding="utf-8") for path in sorted(NEREL_DEV.glob("*.txt"))[:nerel_texts]]
    target.mkdir(parents=True, exist_ok=True)
    for index in range(first, first + pages):
        (target / f"page{index:06}.txt").write_text(f"Page {index}\n{sources[index % len(sources)]}", encoding="utf-8")


class PeakMemory:
    """Samples the RSS of every process this one started (a pipeline run and its workers); keeps
    the largest single process."""

    def __init__(self):
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self):
        me = psutil.Process()
        while not self._stop.is_set():
            processes = me.children(recursive=True)
            for process in processes:
                try:
                    self.peak = max(self.peak, process.memory_info().rss)
                except psutil.Error:
                    pass
            time.sleep(0.2)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def count_tokens(pages: list[Page]) -> int:
    return sum(len(page.text.split()) for page in pages)


def lines_by_language(settings, pages: list[Page]) -> dict[str, list[str]]:
    """Each page's lines grouped by language, as the pipeline groups them for NER."""
    detector = make_detector(settings.language_detector, settings.languages, load_lexicons(), settings.min_language_confidence)
    lines: dict[str, list[str]] = {}
    for page in pages:
        spans = split_segments(page.text)
        decisions = detector.detect([page.text[s:e] for s, e in spans])
        for (start, end), (lang, _, _) in zip(spans, decisions):
            if lang in settings.ner:
                lines.setdefault(lang, []).append(page.text[start:end])
    return lines


def timed(command: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS of a fresh process (and its workers), started as a user starts it."""
    with PeakMemory() as memory:
        started = time.perf_counter()
        subprocess.run(command, check=True, cwd=REPO, stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
    return seconds, memory.peak


def bare_models(lines_file: Path) -> tuple[float, int]:
    """The NER backends alone in a fresh process: imports, model loading and tagging, as in a
    pipeline run, and nothing else."""
    return timed([sys.executable, str(REPO / "bench" / "bare_models.py"), str(lines_file)])


def whole_pipeline(corpus: Path, out: Path, *flags: str) -> tuple[float, int]:
    """`python -m pipeline run` in a fresh process, as a user runs it: seconds and peak RSS."""
    shutil.rmtree(out, ignore_errors=True)
    return timed([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--quiet", *flags])


RUNS = [
    ("bare NER models (1 process)", None),
    ("pipeline, local, 1 worker", ["--workers", "1"]),
    ("pipeline, local, 2 workers", ["--workers", "2"]),
    ("pipeline, dask LocalCluster, 2 workers", ["--workers", "2", "--engine", "dask"]),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000, help="pages in the throughput corpus")
    parser.add_argument("--rounds", type=int, default=5,
                        help="rounds of all throughput runs, interleaved; each run's fastest round is reported")
    parser.add_argument("--memory-pages", type=int, nargs=2, default=[1000, 10000],
                        help="small and large corpus for the peak-RSS comparison")
    parser.add_argument("--results", type=Path, default=REPO / "bench" / "RESULTS.md")
    args = parser.parse_args()
    settings = load_settings()
    timings: dict[str, list[tuple[float, int]]] = {label: [] for label, _ in RUNS}
    with tempfile.TemporaryDirectory(prefix="bench-") as work:
        work = Path(work)
        corpus = work / "corpus"
        build_corpus(corpus, args.pages)
        pages = [item for item in read_pages([corpus]) if isinstance(item, Page)]
        tokens = count_tokens(pages)
        lines_file = work / "lines.json"
        lines_file.write_text(json.dumps(lines_by_language(settings, pages), ensure_ascii=False), encoding="utf-8")
        # A shared machine's speed drifts by 10% within minutes: the runs are interleaved round by
        # round, and each one's fastest round is the one least disturbed.
        for round_number in range(1, args.rounds + 1):
            for label, flags in RUNS:
                result = bare_models(lines_file) if flags is None else whole_pipeline(corpus, work / "out", *flags)
                timings[label].append(result)
                print(f"round {round_number}: {label} {result[0]:.1f} s", flush=True)
        memory_rows = []
        for size in args.memory_pages:
            small = work / f"memory{size}"
            build_corpus(small, size)
            seconds, peak = whole_pipeline(small, work / "out", "--workers", "1")
            memory_rows.append((size, seconds, peak))
            shutil.rmtree(small)
            print(f"memory {size} pages: {peak / 2**20:.0f} MiB", flush=True)
    write_results(args, timings, memory_rows, len(pages), tokens)


def write_results(args, timings, memory_rows, n_pages, tokens) -> None:
    fastest = {label: min(seconds for seconds, _ in runs) for label, runs in timings.items()}
    bare, one_worker, two_workers = (fastest[label] for label, _ in RUNS[:3])
    lines = [
        f"## {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC — {args.pages} pages, {tokens:,} tokens",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}. "
        f"Command: `{' '.join([Path(sys.executable).name, *sys.argv])}`",
        "",
        "| run | seconds (fastest) | pages/s | tokens/s | every round, s | peak RSS of the largest process |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, runs in timings.items():
        seconds = fastest[label]
        every = " / ".join(f"{s:.1f}" for s, _ in runs)
        peak = max(peak for _, peak in runs)
        lines.append(f"| {label} | {seconds:.1f} | {n_pages / seconds:.1f} | {tokens / seconds:,.0f} | {every} | "
                     f"{peak / 2**20:,.0f} MiB |")
    lines += [
        "",
        f"- pipeline (1 worker) throughput / bare models: **{bare / one_worker:.2f}**",
        f"- 2 workers / 1 worker: **{one_worker / two_workers:.2f}x**",
        "",
        "| corpus (1 worker) | seconds | peak RSS |",
        "|---:|---:|---:|",
        *[f"| {size} pages | {seconds:.1f} | {peak / 2**20:,.0f} MiB |" for size, seconds, peak in memory_rows],
        "",
    ]
    if len(memory_rows) == 2:
        growth = memory_rows[1][2] / memory_rows[0][2] - 1
        lines.insert(-1, f"- peak RSS growth from {memory_rows[0][0]} to {memory_rows[1][0]} pages: **{growth:+.1%}**")
    with open(args.results, "a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
