"""Builds pipeline/data/given_names.txt: the given names of OpenCorpora's dictionary (in
pymorphy3, tagged Name), those seen in KazNERD train, in the first 6,000 sentences of KazNERD dev
(the rest measure the Kazakh model and the pipeline: no name of theirs may come from them) and in
NEREL train, the fathers' names inside Kazakh patronymics there (Серікұлы: Серік), and the
hand-written scripts/kazakh_given_names.txt.

In the corpora, a given name is the first word of a two- or three-word person name whose last
word has a surname or patronymic ending (Гүлмира Қанай is not counted, Гүлмира Қанаева is);
names seen at least twice are kept, and so are fathers' names seen twice. In KazNERD a person
written by one word with no surname's ending (Зейін, a presenter addressed by name; Диастың,
Диас in the genitive: the Kazakh case ending is cut) is a given name too, seen twice.

A name is then dropped, unless written by hand, when its Latin key (what ``PersonNames``
compares) is far more often an ordinary word than a person's name in KazNERD train, the first
6,000 sentences of KazNERD dev and NEREL train: Енді (= Энди), Биыл (= Билл), Халық (= Халик),
Алайда (= Алаида) are words (in lower case, or capitalized at a sentence's start outside any
entity) many more times than they are inside a PERSON span. A Kazakh word counts also for the stems
its case endings leave, as the pipeline cuts them to find a given name: Алай and Мун are words too
(Алайда, however; Мұнда, here). Run from the repository root with ../shared beside it:

    .venv/bin/python scripts/build_given_names.py
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from pipeline.iob import read_iob, spans_from_tags
from pipeline.normalize.latin import latin_key
from pipeline.normalize.names import russian_morphology

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
TARGET = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "given_names.txt"
SURNAME = re.compile(r"(ов|ев|ёв|ова|ева|ин|ина|ский|ская|ұлы|улы|қызы|кызы|ович|евич|овна|евна|ична|енко|ук|юк)$")
NOT_GIVEN = re.compile(r"(ов|ев|ёв|ова|ева|ский|ская|ұлы|улы|қызы|кызы|ович|евич|овна|евна|ична|енко)$")
# A surname's ending before more letters (Бегалиевтер, a family; Мәлібековтікі, Malibekov's), or a plural
# (Ақшақарлар): a one-word person so written is no given name.
SURNAME_INSIDE = re.compile(r"(ов|ев|ёв)|(лар|лер|дар|дер|тар|тер)$")
KAZAKH_PATRONYMIC = re.compile(r"^(.{3,}?)(ұлы|улы|қызы|кызы)$")
# The sentences of dev.iob the Kazakh model trained on (models/kk/README.md): the rest measure it.
MODEL_DEV_SENTENCES = 6000
HAND_WRITTEN = Path(__file__).resolve().parent / "kazakh_given_names.txt"
WORD = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}$")
# A key is an ordinary word when its uses as a word are at least WORD_RATIO times its uses inside a
# person's name plus one. Measured with evaluate ner (KazNERD dev after 6,000, WikiGOLD, factRuEval),
# evaluate gold and evaluate roles: 2 loses Kazakh persons; 3 and 10 score the same, but 3 also drops
# names as common as Анна, Мэри and Али (a Kazakh case ending is then no longer cut from Аннаға).
WORD_RATIO = 10
# Names of God that KazNERD labels PERSON when they stand alone: no one's given name.
DEITY_NAMES = frozenset({"Құдай", "Алла", "Аллаһ", "Тәңір", "Жаратушы"})
TOKEN = re.compile(r"\w+(?:-\w+)*")
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def kaznerd_sentences():
    for name, sentences in (("train.iob", None), ("dev.iob", MODEL_DEV_SENTENCES)):
        yield from list(read_iob(SHARED / "kaznerd" / name))[:sentences]


def nerel_documents():
    """(text, PERSON character spans, other entities' character spans) of each NEREL train document."""
    for ann in sorted((SHARED / "nerel" / "train").glob("*.ann")):
        persons, others = [], []
        for line in ann.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) == 3 and fields[0].startswith("T"):
                label, *offsets = fields[1].replace(";", " ").split()
                spans = [(int(offsets[i]), int(offsets[i + 1])) for i in range(0, len(offsets), 2)]
                (persons if label == "PERSON" else others).extend(spans)
        yield ann.with_suffix(".txt").read_text(encoding="utf-8"), persons, others


def kazakh_names_alone():
    """The nominative of each one-word PERSON span of KazNERD with no surname's ending."""
    from pipeline.normalize.names import kazakh_case_stems

    for sentence in kaznerd_sentences():
        for start, end, label in spans_from_tags(sentence.tags):
            word = sentence.tokens[start]
            if label == "PERSON" and end - start == 1 and WORD.match(word) and not SURNAME_INSIDE.search(word.lower()):
                yield next(iter(kazakh_case_stems(word)), word)


def person_names():
    for sentence in kaznerd_sentences():
        for start, end, label in spans_from_tags(sentence.tags):
            if label == "PERSON":
                yield sentence.tokens[start:end]
    for text, persons, _ in nerel_documents():
        for start, end in persons:
            yield text[start:end].split()


@lru_cache(maxsize=None)
def kazakh_keys(token: str) -> tuple[str, ...]:
    """The Latin keys a Kazakh token stands for: its own, and those of the stems a case ending leaves, as
    the pipeline cuts it to find a given name (Алайда, however: Алай; Мұнда, here: Мұн)."""
    from pipeline.normalize.names import kazakh_case_stems

    return tuple({latin_key(token)} | {latin_key(stem) for stem in kazakh_case_stems(token)})


def word_uses():
    """Latin key -> (uses inside a person's name, uses as an ordinary word: in lower case outside a
    person's name, or capitalized at a sentence's start outside any entity). A Kazakh ordinary word counts
    also for the stems its case endings leave."""
    in_names: Counter = Counter()
    as_words: Counter = Counter()
    for sentence in kaznerd_sentences():
        in_person = {index for start, end, label in spans_from_tags(sentence.tags) if label == "PERSON"
                     for index in range(start, end)}
        for index, (token, tag) in enumerate(zip(sentence.tokens, sentence.tags)):
            if index in in_person:
                in_names[latin_key(token)] += 1
            elif token[:1].islower() or (index == 0 and tag == "O"):
                as_words.update(kazakh_keys(token))
    for text, persons, others in nerel_documents():
        for match in TOKEN.finditer(text):
            def within(spans):
                return any(start <= match.start() and match.end() <= end for start, end in spans)
            if within(persons):
                in_names[latin_key(match.group())] += 1
            elif match.group()[:1].islower() or (SENTENCE_START.search(text[:match.start()][-5:]) and not within(others)):
                as_words[latin_key(match.group())] += 1
    return in_names, as_words


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
    in_names, as_words = word_uses()
    hand_written_keys = {latin_key(name) for name in hand_written}

    def ordinary_word(name: str) -> bool:
        key = latin_key(name)
        return key not in hand_written_keys and as_words[key] >= WORD_RATIO * (in_names[key] + 1)

    alone = Counter(name for name in kazakh_names_alone() if not SURNAME.search(name.lower()) and name not in DEITY_NAMES)
    found = {name for name, n in (counts + fathers + alone).items() if n >= 2} | set(dictionary_names())
    words = {name for name in found if ordinary_word(name)}
    kept = found - words
    declined = {name for name in kept if name not in hand_written and a_mans_name_in_a_case(name, kept)}
    names = sorted((kept - declined) | set(hand_written))
    TARGET.write_text("# Given names (Cyrillic); built by scripts/build_given_names.py\n"
                      + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names written to {TARGET} ({len(words)} left out as ordinary words, {len(declined)} as a man's "
          f"name in a case)")


def a_mans_name_in_a_case(name: str, names: set[str]) -> bool:
    """Whether the dictionary knows a name only as another case of a man's given name the list holds (Тимура, Сергея:
    the corpora's spans hold names in every case), never as a name in the nominative: read as a given name, it would
    take "Тимура Ахметова" for a woman's nominative."""
    morphology = russian_morphology()
    if not morphology.word_is_known(name.lower()):
        return False
    readings = [parse for parse in morphology.parse(name.lower()) if "Name" in parse.tag]
    return bool(readings) and all(parse.tag.case != "nomn" for parse in readings) and any(
        parse.tag.gender == "masc" and parse.normal_form.capitalize() in names for parse in readings)


if __name__ == "__main__":
    main()
