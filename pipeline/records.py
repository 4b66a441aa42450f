"""The plain records that flow between stages.

A ``Page`` comes out of ingest; the language and NER stages turn it into a ``Document`` that
carries its segments and mentions; the store writes documents and ``Failure`` rows to Parquet.
Offsets are character offsets into ``Page.text``, the cleaned text the store keeps.
``LinkKey`` is what entity linking groups mentions by, and ``stable_id`` the one way every id is made.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import cached_property
from typing import Callable


def stable_id(prefix: str, text: str, digits: int = 12) -> str:
    """The same text gives the same id on every run and machine: ``prefix`` and the first
    ``digits`` hex digits of the text's SHA-256."""
    return prefix + hashlib.sha256(text.encode("utf-8")).hexdigest()[:digits]


@dataclass(frozen=True)
class LinkKey:
    """What entity linking groups mentions by, kept in Parquet as its text, ``kind|part|...``:
    ``P|surname|given|initial`` for a person (Latin keys; given and initial empty when the text
    does not say them), ``O|org_id`` for an institution, ``G|latin key`` for a place."""

    kind: str  # P | O | G
    parts: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> "LinkKey":
        kind, *parts = text.split("|")
        return cls(kind, tuple(parts))

    @classmethod
    def person(cls, surname: str, given: str, initial: str) -> "LinkKey":
        return cls("P", (surname, given, initial))

    def __str__(self) -> str:
        return "|".join((self.kind, *self.parts))

    @property
    def is_person(self) -> bool:
        return self.kind == "P"

    @property
    def surname(self) -> str:
        return self.parts[0] if self.is_person else ""

    @property
    def given(self) -> str:
        return self.parts[1] if self.is_person else ""

    @property
    def initial(self) -> str:
        return self.parts[2] if self.is_person else ""

    @property
    def is_surname_only(self) -> bool:
        """A surname written alone ("Balykbaev said"): the page's fuller name may tell who."""
        return self.is_person and not self.given and not self.initial


@dataclass(frozen=True)
class Page:
    source: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # as the input gives it (JSONL field, HTML metadata); read by pipeline.dates

    @cached_property  # every row the store writes for a page carries it
    def doc_id(self) -> str:
        """Stable across runs and machines: the same cleaned text gives the same id."""
        return stable_id("", self.text, 20)


@dataclass(frozen=True)
class Alias:
    """A page whose text is already in the output (or earlier in this run) under another source:
    the text is processed once, and every source it was seen under is kept."""

    page: Page


@dataclass(frozen=True)
class Failure:
    """One input (or one JSONL line) that could not be processed, and why."""

    source: str
    stage: str
    error: str
    message: str
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def one_line(self) -> str:
        return f"error: {self.source}: [{self.stage}/{self.error}] {self.message}"


OTHER = "other"  # a segment's language when it is none of the configured ones, or not yet decided


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    lang: str
    confidence: float
    script: str = ""  # Cyrl, Latn, Arab, Other: marks Kazakh written in Latin or Arabic letters


@dataclass(frozen=True)
class EntitySpan:
    """A span a NER backend found, with offsets relative to the text it was given."""

    start: int
    end: int
    label: str
    score: float | None = None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    lang: str
    backend: str
    backend_version: str
    score: float | None = None
    normalized: str | None = None
    link_key: str | None = None  # a LinkKey's text: what entity linking groups by (pipeline.normalize)
    entity_id: str | None = None


@dataclass(frozen=True)
class PersonName:
    """A person's name in one canonical form (pipeline.normalize.names): "given [patronymic]
    surname", or "initials surname", with its Latin spelling and keys."""

    display: str
    given: str | None
    patronymic: str | None
    surname: str | None
    initials: str | None
    latin: str
    key: str  # Latin surname key and first initial: "duisenova t"
    link_key: str  # a LinkKey's text: P|surname|given|initial

    @property
    def person_id(self) -> str:
        """Stable id from the Latin key, until entity linking assigns one."""
        return stable_id("P", self.key)


@dataclass(frozen=True)
class Institution:
    """An institution as the registry (pipeline.normalize.institutions) knows it, or named by the
    text alone (``in_registry`` false, id from its folded name)."""

    org_id: str
    name: str
    name_kk: str | None = None
    name_ru: str | None = None
    name_en: str | None = None
    type: str | None = None
    in_registry: bool = False


@dataclass
class RoleFact:
    """One person holding one title (pipeline.roles), with its institution and the evidence."""

    person: PersonName
    title: str
    role: str
    role_label: str
    org: Institution | None
    degrees: list[str]
    evidence_start: int
    evidence_end: int
    confidence: float
    person_mention: Mention = field(repr=False, default=None)
    title_start: int = 0
    title_end: int = 0
    status: str = "current"  # current | former | acting
    org_source: str | None = None  # title | text | page: where the institution was read
    org_unit: str | None = None  # a department or chair of the institution, named in the sentence


@dataclass
class Document:
    page: Page
    segments: list[Segment]
    mentions: list[Mention]
    published: date | None = None
    published_precision: str | None = None  # day | month | year
    published_source: str = "none"  # metadata | text | url | body | none
    roles: list[RoleFact] = field(default_factory=list)
    # Set by a stage that annotates the page in another reading (Latin Kazakh read in Cyrillic):
    # maps the annotated document back onto the page's own text once every stage has run.
    restore: Callable[["Document"], "Document"] | None = field(default=None, repr=False, compare=False)

    @property
    def doc_id(self) -> str:
        return self.page.doc_id

    @property
    def langs(self) -> list[str]:
        """Languages present, largest share of characters first."""
        share: dict[str, int] = {}
        for segment in self.segments:
            share[segment.lang] = share.get(segment.lang, 0) + segment.end - segment.start
        return sorted(share, key=lambda lang: -share[lang])

    @property
    def lang(self) -> str:
        known = [lang for lang in self.langs if lang != "other"]
        return known[0] if known else "other"
