"""Load time, size and tagging speed of the Kazakh model on one core.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python models/kk/measure.py [IOB_FILE]

Tags the sentences of an IOB2 file as raw text (tokens joined by spaces), as the pipeline does.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from pipeline.iob import read_iob  # noqa: E402


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent.parent.parent / "shared/data/kaznerd/dev.iob"
    texts = [" ".join(sentence.tokens) for sentence in read_iob(source)]
    tokens = sum(len(text.split()) for text in texts)
    started = time.perf_counter()
    from pipeline.ner.spacy_backend import SpacyBackend

    backend = SpacyBackend(str(HERE / "model"), "kk")
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    backend.tag(texts)
    seconds = time.perf_counter() - started
    size = sum(path.stat().st_size for path in (HERE / "model").rglob("*") if path.is_file())
    print(f"model: {backend.version}, {size / 2**20:.1f} MiB on disk")
    print(f"load: {loaded:.2f} s (spaCy and pipeline imports included)")
    print(f"tagging: {len(texts):,} sentences, {tokens:,} tokens in {seconds:.1f} s = {tokens / seconds:,.0f} tokens/s on one core")


if __name__ == "__main__":
    main()
