"""Builds pipeline/data/given_names.txt: the given names of OpenCorpora's dictionary (in
pymorphy3, tagged Name), those seen in KazNERD train, in the first 6,000 sentences of KazNERD dev
(the rest measure the Kazakh model and the pipeline: no name of theirs may come from them) and in
NEREL train, the fathers' names inside Kazakh patronymics there (Серікұлы: Серік), and the
hand-written scripts/kazakh_given_names.txt.

In the corpora, a given name is the first word of a two- or three-word person name whose last
word has a surname or patronymic ending (Гүлмира Қанай is not counted, Гүлмира Қанаева is);
names seen at least twice are kept, and so are fathers' names seen twice. Run from the repository root with ../shared beside it:

    .venv/bin/python scripts/build_given_names.py
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from pipeline.iob import read_iob, spans_from_tags

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
TARGET = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "given_names.txt"
SURNAME = re.compile(r"(ов|ев|ёв|ова|ева|ин|ина|ский|ская|ұлы|улы|қызы|кызы|ович|евич|овна|евна|ична|енко|ук|юк)$")
NOT_GIVEN = re.compile(r"(ов|ев|ёв|ова|ева|ский|ская|ұлы|улы|қызы|кызы|ович|евич|овна|евна|ична|енко)$")
KAZAKH_PATRONYMIC = re.compile(r"^(.{3,}?)(ұлы|улы|қызы|кызы)$")
# The sentences of dev.iob the Kazakh model trained on (models/kk/README.md): the rest measure it.
MODEL_DEV_SENTENCES = 6000
HAND_WRITTEN = Path(__file__).resolve().parent / "kazakh_given_names.txt"
WORD = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}$")


def person_names():
    for name, sentences in (("train.iob", None), ("dev.iob", MODEL_DEV_SENTENCES)):
        for sentence in list(read_iob(SHARED / "kaznerd" / name))[:sentences]:
            for start, end, label in spans_from_tags(sentence.tags):
                if label == "PERSON":
                    yield sentence.tokens[start:end]
    for ann in sorted((SHARED / "nerel" / "train").glob("*.ann")):
        for line in ann.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) == 3 and fields[1].startswith("PERSON "):
                yield fields[2].split()


def dictionary_names():
    import pymorphy3

    for word, tag, normal_form, _, _ in pymorphy3.MorphAnalyzer().dictionary.iter_known_words():
        if word == normal_form and len(word) >= 3 and {"Name", "nomn", "sing"} <= set(str(tag).replace(" ", ",").split(",")):
            yield word.capitalize()


def main() -> None:
    counts: Counter = Counter()
    fathers: Counter = Counter()
    for words in person_names():
        if 2 <= len(words) <= 3 and WORD.match(words[0]) and not NOT_GIVEN.search(words[0].lower()) \
                and SURNAME.search(words[-1].lower()):
            counts[words[0]] += 1
        for word in words[1:] if len(words) >= 2 else ():
            father = KAZAKH_PATRONYMIC.match(word)
            if father and WORD.match(father.group(1)):
                fathers[father.group(1)] += 1
    hand_written = [line.strip() for line in HAND_WRITTEN.read_text(encoding="utf-8").splitlines()
                    if line.strip() and not line.startswith("#")]
    names = sorted({name for name, n in (counts + fathers).items() if n >= 2} | set(dictionary_names()) | set(hand_written))
    TARGET.write_text("# Given names (Cyrillic); built by scripts/build_given_names.py\n"
                      + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names written to {TARGET}")


if __name__ == "__main__":
    main()
