"""The interface every NER backend offers, and the one label set all of them map to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol

from pipeline.records import EntitySpan

# KazNERD, OntoNotes (spaCy) and natasha name the same things differently; everything else
# keeps its own name (CARDINAL, MONEY, NORP, ...).
LABELS = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "GPE",
    "POSITION": "POSITION",
    "PROFESSION": "POSITION",
    "EVENT": "EVENT",
    "DATE": "DATE",
    "FAC": "FACILITY",
}


PLACE_LABELS = frozenset({"GPE", "LOC"})


def common_label(label: str) -> str:
    return LABELS.get(label.upper(), label.upper())


@dataclass(frozen=True)
class BackendSpec:
    """One language's entry under ``ner:`` in pipeline.yaml."""

    lang: str
    backend: str
    model: str | None = None
    gazetteers: bool = False  # mark the taxonomy's titles as POSITION and known given names as PERSON
    resources: str | None = None  # stanza: the resources directory (default ~/stanza_resources)


@dataclass(frozen=True)
class Gazetteers:
    """What a backend with ``gazetteers: true`` marks before its statistical NER, from
    pipeline.resources: whether a word is a known given name, a language's titles as
    (form, role code) pairs, whether a Latin-script word ends like a Kazakh or Russian surname, and whether a word is an
    institution's or a unit's noun (no name's word)."""

    is_given_name: Callable[[str], bool]
    titles: Callable[[str], list[tuple[str, str]]]
    is_latin_surname: Callable[[str], bool]
    is_body_noun: Callable[[str], bool]


class MissingModel(RuntimeError):
    """A configured model is not installed here; the message says how to install it."""


class NerBackend(Protocol):
    name: str
    version: str

    def tag(self, texts: list[str]) -> list[list[EntitySpan]]:
        """Entity spans for each text, offsets relative to that text, labels from ``LABELS``."""
        ...
