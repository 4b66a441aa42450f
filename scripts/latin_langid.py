"""Language identification of Kazakh in Latin letters: the share of KazNERD dev sentences (6,001
on) identified as kk once written in each Latin variant, and the share of wikigold's English
sentences (CoNLL tokens joined back into sentences) taken for kk.

    .venv/bin/python scripts/latin_langid.py [--kaznerd ../shared/data/kaznerd/dev.iob] [--wikigold FILE]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.iob import read_iob
from pipeline.language import make_detector
from pipeline.lexicon import load_lexicons
from pipeline.translit import alphabets, to_latin

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def conll_sentences(path: Path) -> list[str]:
    sentences, tokens = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        fields = line.split()
        if fields and fields[0] != "-DOCSTART-":
            tokens.append(fields[0])
        elif not fields and tokens:
            sentences.append(" ".join(tokens))
            tokens = []
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kaznerd", type=Path, default=DATA / "kaznerd" / "dev.iob")
    parser.add_argument("--skip-sentences", type=int, default=6000)
    parser.add_argument("--wikigold", type=Path, default=DATA / "wikigold" / "wikigold.conll.txt")
    args = parser.parse_args()
    detector = make_detector("lingua", ["kk", "ru", "en"], load_lexicons())
    kazakh = [" ".join(s.tokens) for s in list(read_iob(args.kaznerd))[args.skip_sentences:]]
    print(f"{'set':<28}{'n':>6}{'kk share':>10}{'seconds':>9}")
    for variant in alphabets():
        started = time.perf_counter()
        found = detector.detect([to_latin(sentence, variant) for sentence in kazakh])
        share = sum(decision.lang == "kk" for decision in found) / len(found)
        print(f"{'KazNERD dev ' + variant:<28}{len(found):>6}{share:>10.4f}{time.perf_counter() - started:>9.1f}")
    english = conll_sentences(args.wikigold)
    started = time.perf_counter()
    found = detector.detect(english)
    share = sum(decision.lang == "kk" for decision in found) / len(found)
    print(f"{'wikigold English':<28}{len(found):>6}{share:>10.4f}{time.perf_counter() - started:>9.1f}")


if __name__ == "__main__":
    main()
