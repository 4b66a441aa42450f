"""Writes a language-identification test set of whole sentences from ../shared/data:
Kazakh from KazNERD dev (sentences 6,001 on, which the NER model did not train on), Russian from
NEREL dev, English from the English seed pages. One `lang<TAB>sentence` per line.

    .venv/bin/python scripts/build_langid_set.py reports/langid_sentences.tsv
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


if __name__ == "__main__":
    main()
