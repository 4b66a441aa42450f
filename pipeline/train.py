"""Rebuilds the Kazakh NER model in ``models/kk`` from KazNERD with the committed config."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from pipeline.iob import read_iob, spans_from_tags
from pipeline.ner import kazakh  # noqa: F401  (registers the "kk" language the config names)

MODEL_NAME = "kaznerd_cnn"
MODEL_VERSION = "0.1.0"


def iob_to_docbin(paths: list[Path], target: Path) -> int:
    nlp = spacy.blank("kk")
    docs = DocBin()
    count = 0
    for path in paths:
        for sentence in read_iob(path):
            doc = Doc(nlp.vocab, words=sentence.tokens)
            doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label)
                        for s, e, label in sorted(spans_from_tags(sentence.tags))]
            docs.add(doc)
            count += 1
    docs.to_disk(target)
    return count


def describe_model(meta_path: Path, data_files: list[Path]) -> None:
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "description": "Kazakh NER (25 KazNERD types) trained by `python -m pipeline train kk`",
        "sources": [{"name": "KazNERD", "author": "Yeshpanov, Khassanov, Varol (LREC 2022)", "license": "CC BY 4.0",
                     "files": [path.name for path in data_files]}],
        "license": "CC BY 4.0",
    })
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


def train_kazakh(model_dir: Path, train_files: list[Path], dev_file: Path, *, seed: int = 0) -> Path:
    """Trains with ``model_dir/config.cfg``; the dev file picks the best checkpoint.

    The result replaces ``model_dir/model`` only once training has finished.
    """
    from spacy.cli.train import train as spacy_train

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kk-train-") as work:
        work_dir = Path(work)
        n_train = iob_to_docbin(train_files, work_dir / "train.spacy")
        n_dev = iob_to_docbin([dev_file], work_dir / "dev.spacy")
        print(f"training on {n_train} sentences, selecting on {n_dev}", flush=True)
        spacy_train(
            model_dir / "config.cfg",
            work_dir / "output",
            overrides={
                "paths.train": str(work_dir / "train.spacy"),
                "paths.dev": str(work_dir / "dev.spacy"),
                "system.seed": seed,
            },
        )
        target = model_dir / "model"
        staged = model_dir / "model.new"
        shutil.rmtree(staged, ignore_errors=True)
        shutil.copytree(work_dir / "output" / "model-best", staged)
        describe_model(staged / "meta.json", [*train_files, dev_file])
        shutil.rmtree(target, ignore_errors=True)
        staged.rename(target)
    print(f"model written to {target} in {time.monotonic() - started:.0f} s", flush=True)
    return target
