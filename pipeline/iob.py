"""IOB2 files: one ``token tag`` pair per line, a blank line between sentences."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True)
class TaggedSentence:
    tokens: list[str]
    tags: list[str]


def read_iob(path: Path) -> Iterator[TaggedSentence]:
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            fields = line.split()
            if not fields:
                if tokens:
                    yield TaggedSentence(tokens, tags)
                tokens, tags = [], []
                continue
            if len(fields) != 2:
                raise ValueError(f"{path}:{number}: expected 'token tag', got {line.strip()!r}")
            tokens.append(fields[0])
            tags.append(fields[1])
    if tokens:
        yield TaggedSentence(tokens, tags)


def spans_from_tags(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans as (first token, token after last, label); a stray I- opens a span (IOB2 repair)."""
    spans = set()
    start, label = None, None
    for index, tag in enumerate(tags + ["O"]):
        prefix, _, name = tag.partition("-")
        continues = prefix == "I" and name == label
        if start is not None and not continues:
            spans.add((start, index, label))
            start, label = None, None
        if prefix in ("B", "I") and not continues:
            start, label = index, name
    return spans


def write_predictions(path: Path, sentences: list[TaggedSentence], predicted: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for sentence, tags in zip(sentences, predicted):
            for token, gold, pred in zip(sentence.tokens, sentence.tags, tags):
                out.write(f"{token}\t{gold}\t{pred}\n")
            out.write("\n")
