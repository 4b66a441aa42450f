"""Positions and change events: who held which post, when, and what the pages say changed.

``roles`` holds one row per mention of a person in a post; analysts ask per post. This stage
groups the roles of every batch part into one row per (person_id, role, org_id, status), with the
first and last publication date it was reported on, the pages, and the best evidence sentence; and
it reads change events (appointed, dismissed, resigned, acting) from the words nearest a role's
title in its evidence (``events:`` in ``roles.yaml``).

Like linking, it runs after every run, in steps an engine can spread over workers:
``position_stats(part)`` per batch part, ``pipeline.folding.combine`` to fold them, ``position_rows`` once.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from pipeline.folding import combine
from pipeline.normalize.institutions import fold
from pipeline.normalize.latin import latin
from pipeline.store import KnowledgeStore, part_rows

EVENT_KINDS = ("appointed", "dismissed", "resigned", "acting")
# How far from its title (in characters of the evidence sentence) an event word counts for a role.
EVENT_WINDOW = 80
SEARCH_SEPARATOR = " | "

ROLE_COLUMNS = ["doc_id", "source", "published", "lang", "person_id", "person", "title", "role", "role_label",
                "org_id", "org", "evidence", "confidence", "status"]


class EventReader:
    """Reads the change a role's evidence sentence reports, from the event words of the taxonomy
    (``events:`` in roles.yaml, kind -> lang -> words), each matched at a word start as the
    beginning of a word, the words of a phrase separated by any spaces."""

    def __init__(self, words: dict[str, dict[str, tuple[str, ...]]]):
        self.patterns: dict[str, list[tuple[str, re.Pattern]]] = {}
        for kind, by_lang in words.items():
            for lang, lang_words in by_lang.items():
                for word in lang_words:
                    body = r"\s+".join(re.escape(part) for part in word.split())
                    self.patterns.setdefault(lang, []).append((kind, re.compile(rf"(?<!\w){body}", re.IGNORECASE)))

    def __call__(self, evidence: str, title: str, lang: str, status: str) -> str | None:
        """The event word nearest the title (within ``EVENT_WINDOW`` characters); an acting
        official appointed, or named as acting, is ``acting``."""
        at = evidence.lower().find(title.lower()) if title else -1
        start, end = (at, at + len(title)) if at >= 0 else (0, len(evidence))
        nearest, distance = None, EVENT_WINDOW + 1
        for kind, pattern in self.patterns.get(lang, ()):
            for match in pattern.finditer(evidence):
                gap = max(start - match.end(), match.start() - end, 0)
                if gap < distance:
                    nearest, distance = kind, gap
        if status == "acting" and nearest in (None, "appointed"):
            return "acting"
        return nearest


@dataclass
class PositionStats:
    """What one (person_id, role, org_id, status) gathers over the roles rows."""

    n_mentions: int = 0
    docs: set = field(default_factory=set)
    first_seen: date | None = None
    last_seen: date | None = None
    persons: dict = field(default_factory=dict)  # display form -> count
    orgs: dict = field(default_factory=dict)
    role_label: str = ""
    best: tuple = ()  # (confidence, published or date.min, doc_id, evidence, url): the strongest, latest
    events: dict = field(default_factory=dict)  # (kind, doc_id) -> (date, evidence, url, confidence)

    def observe(self, row: dict, url: str, kind: str | None) -> None:
        day = row["published"]
        self.n_mentions += 1
        self.docs.add(sys.intern(row["doc_id"]))
        if day is not None:
            self.first_seen = day if self.first_seen is None else min(self.first_seen, day)
            self.last_seen = day if self.last_seen is None else max(self.last_seen, day)
        self.persons[row["person"]] = self.persons.get(row["person"], 0) + 1
        if row["org"]:
            self.orgs[row["org"]] = self.orgs.get(row["org"], 0) + 1
        self.role_label = row["role_label"]
        candidate = (row["confidence"], day or date.min, row["doc_id"], row["evidence"], url)
        self.best = max(self.best, candidate) if self.best else candidate
        if kind:
            previous = self.events.get((kind, row["doc_id"]))
            if previous is None or row["confidence"] > previous[3]:
                self.events[(kind, row["doc_id"])] = (day, row["evidence"], url, row["confidence"])

    def merge(self, other: "PositionStats") -> None:
        self.n_mentions += other.n_mentions
        self.docs |= other.docs
        self.first_seen = min(filter(None, [self.first_seen, other.first_seen]), default=None)
        self.last_seen = max(filter(None, [self.last_seen, other.last_seen]), default=None)
        for mine, theirs in ((self.persons, other.persons), (self.orgs, other.orgs)):
            for form, count in theirs.items():
                mine[form] = mine.get(form, 0) + count
        self.role_label = self.role_label or other.role_label
        self.best = max(self.best, other.best) if self.best and other.best else self.best or other.best
        for key, value in other.events.items():
            if key not in self.events or value[3] > self.events[key][3]:
                self.events[key] = value


PositionKey = tuple  # (person_id, role, org_id or "", status)


def position_stats(roles_part: Path, documents_part: Path, events: EventReader) -> dict[PositionKey, PositionStats]:
    """The positions of one batch part; its documents part gives each page's URL."""
    urls = {doc_id: url or source for doc_id, url, source in part_rows(documents_part, ["doc_id", "url", "source"])}
    stats: dict[PositionKey, PositionStats] = {}
    for values in part_rows(roles_part, ROLE_COLUMNS):
        row = dict(zip(ROLE_COLUMNS, values))
        key = (row["person_id"], row["role"], row["org_id"] or "", row["status"] or "current")
        entry = stats.get(key)
        if entry is None:
            entry = stats[key] = PositionStats()
        entry.observe(row, urls.get(row["doc_id"], row["source"]),
                      events(row["evidence"], row["title"], row["lang"], row["status"]))
    return stats


def _most_frequent(counts: dict) -> str | None:
    return max(counts, key=lambda form: (counts[form], len(form), form)) if counts else None


def position_rows(stats: dict[PositionKey, PositionStats], entities: list[dict]) -> tuple[list[dict], list[dict]]:
    """Rows of the positions and events tables. ``entities`` (the linked entities rows) name each
    person and registry institution by its fullest form, and give every alias to search by."""
    by_id = {entity["entity_id"]: entity for entity in entities}

    def search_keys(entity_id: str, *forms: str | None) -> str:
        entity = by_id.get(entity_id) or {}
        names = [*forms, entity.get("name"), *(entity.get("aliases") or [])]
        return SEARCH_SEPARATOR.join(dict.fromkeys(key for key in (fold(name) for name in names if name) if key))

    positions, events = [], []
    for (person_id, role, org_id, status), entry in stats.items():
        person = (by_id.get(person_id) or {}).get("name") or _most_frequent(entry.persons)
        org = ((by_id.get(org_id) or {}).get("name") if org_id else None) or _most_frequent(entry.orgs)
        confidence, _, evidence_doc, evidence, evidence_url = entry.best
        happened = sorted(((day, kind, doc_id, evidence_of, url, score) for (kind, doc_id), (day, evidence_of, url, score)
                           in entry.events.items()), key=lambda event: (event[0] or date.min, event[2], event[1]))
        shared = {"person_id": person_id, "person": person, "role": role, "role_label": entry.role_label,
                  "org_id": org_id or None, "org": org}
        positions.append({
            **shared,
            "person_latin": latin(person),
            "status": status,
            "first_seen": entry.first_seen,
            "last_seen": entry.last_seen,
            "n_docs": len(entry.docs),
            "n_mentions": entry.n_mentions,
            "doc_ids": sorted(entry.docs),
            "evidence": evidence,
            "evidence_doc_id": evidence_doc,
            "evidence_url": evidence_url,
            "confidence": confidence,
            "events": [kind for _, kind, *_ in happened],
            "last_event": happened[-1][1] if happened else None,
            "last_event_date": happened[-1][0] if happened else None,
            "person_search": search_keys(person_id, *entry.persons),
            "org_search": search_keys(org_id, *entry.orgs) if org_id else "",
        })
        events.extend({**shared, "kind": kind, "date": day, "doc_id": doc_id, "url": url, "evidence": evidence_of,
                       "confidence": score} for day, kind, doc_id, evidence_of, url, score in happened)
    positions.sort(key=lambda row: (row["org"] or "", row["role"], row["first_seen"] or date.min, row["person_id"], row["status"]))
    events.sort(key=lambda row: (row["date"] or date.min, row["person_id"], row["role"], row["kind"], row["doc_id"]))
    return positions, events


def update_positions(store: KnowledgeStore, engine, events: EventReader, whole: bool) -> None:
    """The positions and events tables, from the statistics the store keeps of the batches it
    has seen plus those of the new batches; from every roles part again when earlier roles were
    relinked (``whole``) or the kept statistics do not match the batches (after compaction)."""
    batches = store.batch_names()
    kept = None if whole else store.read_position_state()
    if kept is not None and not set(kept[0]) <= set(batches):
        kept = None
    seen, stats = kept if kept is not None else ([], {})
    parts = [store.batch_paths(name) for name in batches if name not in set(seen)]
    stats = engine.map_reduce(partial(_part_positions, events=events), parts, combine, stats)
    positions, events = position_rows(stats, store.read_rows("entities"))
    store.write_rebuilt("positions", positions)
    store.write_rebuilt("events", events)
    store.write_position_state(batches, stats)


def _part_positions(paths: dict, events: EventReader):
    return position_stats(paths["roles"], paths["documents"], events)
