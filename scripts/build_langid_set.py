"""Writes a language-identification test set of whole sentences from ../shared/data:
Kazakh from KazNERD dev (sentences 6,001 on, which the NER model did not train on), Russian from
NEREL dev, English from the English seed pages. One `lang<TAB>sentence` per line. With a second
path, also the short Kazakh lines (60 characters at most) of KazNERD train that have none of
Kazakh's own letters, which only their grammar tells from Russian.

    .venv/bin/python scripts/build_langid_set.py reports/langid_sentences.tsv [reports/langid_kk_short.tsv]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pipeline.iob import read_iob

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
PER_LANGUAGE = 2000
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ«\"])")
SHORT_LINE = 60
_KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def sentences_of(text: str) -> list[str]:
    return [s.strip() for line in text.splitlines() for s in _SENTENCE.split(line) if len(s.strip().split()) >= 4]


def main() -> None:
    target = Path(sys.argv[1])
    kk = [" ".join(s.tokens) for s in list(read_iob(DATA / "kaznerd" / "dev.iob"))[6000:] if len(s.tokens) >= 4]
    ru = [s for path in sorted((DATA / "nerel" / "dev").glob("*.txt")) for s in sentences_of(path.read_text(encoding="utf-8"))]
    en = [s for path in sorted((REPO / "corpus" / "samples").glob("00[0134]_*.txt"))
          for s in sentences_of(path.read_text(encoding="utf-8")) if not re.search("[А-Яа-яЁё]", s)]
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8") as out:
        for lang, rows in (("kk", kk), ("ru", ru), ("en", en)):
            for sentence in rows[:PER_LANGUAGE]:
                out.write(f"{lang}\t{sentence}\n")
    print(f"{target}: kk {min(len(kk), PER_LANGUAGE)}, ru {min(len(ru), PER_LANGUAGE)}, en {min(len(en), PER_LANGUAGE)}")
    if len(sys.argv) > 2:
        write_short_kazakh_without_its_letters(Path(sys.argv[2]))


def write_short_kazakh_without_its_letters(target: Path) -> None:
    lines = [joined for s in read_iob(DATA / "kaznerd" / "train.iob") if len(s.tokens) >= 2
             for joined in [_as_written(s.tokens)] if len(joined) <= SHORT_LINE and not _KAZAKH_LETTERS.search(joined)]
    target.write_text("".join(f"kk\t{line}\n" for line in lines), encoding="utf-8")
    print(f"{target}: kk {len(lines)} short lines without a Kazakh letter")


def _as_written(tokens: list[str]) -> str:
    """The sentence without the corpus's spaces inside brackets and before punctuation."""
    return re.sub(r" ([.,:;!?)»])", r"\1", re.sub(r"([(«]) ", r"\1", " ".join(tokens)))


if __name__ == "__main__":
    main()
