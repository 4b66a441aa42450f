"""Builds tests/fixtures/stanza_kk: a tiny stanza NER model for Kazakh, trained with stanza's own
trainer, so the stanza backend is tested through its real loading path without a download.

    .venv/bin/pip install '.[stanza]'
    .venv/bin/python scripts/build_stanza_fixture.py

Word vectors: 32-dimensional PPMI-SVD vectors of the 3,000 most frequent words of KazNERD
train.iob. NER model: the first 400 sentences of train.iob, validated on the next 100, with small
dimensions and 400 steps (a few minutes on 2 cores). It is a test fixture, not a usable model.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

from pipeline.iob import read_iob

REPO = Path(__file__).resolve().parent.parent
TRAIN = REPO.parent / "shared" / "data" / "kaznerd" / "train.iob"
TARGET = REPO / "tests" / "fixtures" / "stanza_kk"
VOCABULARY, DIMENSIONS, WINDOW = 3000, 32, 2


def word_vectors(sentences, path: Path) -> None:
    counts = Counter(token.lower() for sentence in sentences for token in sentence.tokens)
    words = [word for word, _ in counts.most_common(VOCABULARY)]
    index = {word: i for i, word in enumerate(words)}
    cooccurrence = np.zeros((len(words), len(words)), dtype=np.float64)
    for sentence in sentences:
        ids = [index.get(token.lower()) for token in sentence.tokens]
        for position, word in enumerate(ids):
            for other in ids[max(0, position - WINDOW):position + WINDOW + 1]:
                if word is not None and other is not None and other != word:
                    cooccurrence[word, other] += 1
    total = cooccurrence.sum()
    expected = np.outer(cooccurrence.sum(1), cooccurrence.sum(0)) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        ppmi = np.nan_to_num(np.maximum(np.log(cooccurrence / expected), 0))
    left, singular, _ = np.linalg.svd(ppmi, full_matrices=False)
    vectors = left[:, :DIMENSIONS] * np.sqrt(singular[:DIMENSIONS])
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"{len(words)} {DIMENSIONS}\n")
        for word, vector in zip(words, vectors):
            out.write(word + " " + " ".join(f"{value:.4f}" for value in vector) + "\n")


def stanza_json(sentences, path: Path) -> None:
    path.write_text(json.dumps([[{"text": token, "ner": tag} for token, tag in zip(s.tokens, s.tags)]
                                for s in sentences], ensure_ascii=False), encoding="utf-8")


def main() -> None:
    from stanza.models.common.pretrain import Pretrain

    sentences = list(read_iob(TRAIN))
    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        word_vectors(sentences, work / "vectors.txt")
        pretrain = TARGET / "kk_tiny_pretrain.pt"
        Pretrain(str(pretrain), str(work / "vectors.txt"), max_vocab=VOCABULARY).load()
        stanza_json(sentences[:400], work / "train.json")
        stanza_json(sentences[400:500], work / "dev.json")
        subprocess.run([sys.executable, "-m", "stanza.models.ner_tagger", "--mode", "train",
                        "--shorthand", "kk_tiny", "--train_file", str(work / "train.json"),
                        "--eval_file", str(work / "dev.json"), "--wordvec_pretrain_file", str(pretrain),
                        "--save_dir", str(TARGET), "--save_name", "kk_tiny_nertagger.pt", "--scheme", "bio",
                        "--hidden_dim", "32", "--char_hidden_dim", "32", "--word_emb_dim", "32",
                        "--char_emb_dim", "16", "--max_steps", "400", "--eval_interval", "100",
                        "--batch_size", "32", "--seed", "1234"], check=True)
    for path in sorted(TARGET.glob("*.pt")):
        print(f"{path.name}: {path.stat().st_size / 2**20:.2f} MiB")


if __name__ == "__main__":
    main()
