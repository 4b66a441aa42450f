"""Link: group mentions into entities across pages, languages and spellings.

Each mention carries a ``link_key`` from normalization: ``P|surname|given|initial`` for people
(Latin keys), ``O|org_id`` for institutions (registry id or folded name), ``G|name`` for places.
Linking runs after the per-page stages, in three steps that an engine can spread over workers:

1. ``key_stats(part)``: per batch part, a small table per key (mentions, documents, dates, forms);
2. ``resolve(stats)``: on the combined per-key table, which keys are one entity:
   - a full name (surname + given name) is its own entity;
   - initials only (Т.Б. Дүйсенова) join the one full name with that surname and initial
     (Tamara Duisenova), and stay apart when there is none or several;
   - a surname alone was already resolved within its page (normalization), else stays apart;
   - different given names or different initials never join;
3. ``apply_links(part)``: writes ``mentions.entity_id`` and ``roles.person_id`` into a part.

Entity ids are stable: an entity's id is the hash of its earliest-seen key (then the smallest),
so re-running gives the same ids and adding later pages keeps the existing ones. Institutions keep
their ``org_id`` as entity id.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

ENTITY_TYPES = {"P": "PERSON", "O": "ORG", "G": "GPE"}


@dataclass
class KeyStats:
    key: str
    n_mentions: int = 0
    docs: set = field(default_factory=set)
    first_seen: date | None = None
    last_seen: date | None = None
    forms: Counter = field(default_factory=Counter)  # (normalized, lang) -> count
    aliases: set = field(default_factory=set)
    labels: Counter = field(default_factory=Counter)

    def observe(self, doc_id: str, day: date | None, form: str, lang: str, alias: str, label: str, counted: int) -> None:
        """Adds one mention (``counted`` 1) or one institution named only in a role (0)."""
        self.n_mentions += counted
        self.docs.add(doc_id)
        if day is not None:
            self.first_seen = day if self.first_seen is None else min(self.first_seen, day)
            self.last_seen = day if self.last_seen is None else max(self.last_seen, day)
        self.forms[(form, lang)] += 1
        self.aliases.add(alias)
        self.labels[label] += 1

    def merge(self, other: "KeyStats") -> None:
        self.n_mentions += other.n_mentions
        self.docs |= other.docs
        self.first_seen = min(filter(None, [self.first_seen, other.first_seen]), default=None)
        self.last_seen = max(filter(None, [self.last_seen, other.last_seen]), default=None)
        self.forms.update(other.forms)
        self.aliases |= other.aliases
        self.labels.update(other.labels)


def key_stats(mentions_part: Path, documents_part: Path, roles_part: Path) -> dict[str, KeyStats]:
    """Per-key statistics of one batch; the documents part of the same batch gives the dates, and
    institutions named only in roles (not as ORG mentions) become entities too."""
    # An undated page adds no date: the day the pipeline ran is no date of the page.
    seen = dict(_rows(documents_part, ["doc_id", "published"]))
    stats: dict[str, KeyStats] = {}

    def add(key, doc_id, form, lang, alias, label, counted):
        entry = stats.get(key)
        if entry is None:
            entry = stats[key] = KeyStats(key)
        # One string per page however many keys it holds: the combined statistics keep the pages
        # of every key, the one part of them that grows with the corpus.
        entry.observe(sys.intern(doc_id), seen.get(doc_id), form, lang, alias, label, counted)

    for doc_id, text, label, lang, normalized, link_key in _rows(
            mentions_part, ["doc_id", "text", "label", "lang", "normalized", "link_key"]):
        if link_key:
            add(link_key, doc_id, normalized or text, lang, text, label, 1)
    for doc_id, org_id, org, lang in _rows(roles_part, ["doc_id", "org_id", "org", "lang"]):
        if org_id:
            add(f"O|{org_id}", doc_id, org, lang, org, "ORG", 0)
    return stats


def _rows(part: Path, columns: list[str]):
    """A part's rows as tuples of ``columns``; ParquetFile reads one small file at half the cost of
    ``read_table``, and tuples cost half as much as dicts."""
    with pq.ParquetFile(part) as opened:
        table = opened.read(columns=columns)
    return zip(*(table.column(name).to_pylist() for name in columns))


def combine(stats: dict[str, KeyStats], more: dict[str, KeyStats]) -> dict[str, KeyStats]:
    """Two parts' statistics as one, folded into ``stats`` in place (every input is folded exactly
    once, here or as one task of the Dask tree); any grouping and order gives the same result."""
    for key, entry in more.items():
        if key in stats:
            stats[key].merge(entry)
        else:
            stats[key] = entry
    return stats


def resolve(stats: dict[str, KeyStats]) -> tuple[dict[str, str], list[dict]]:
    """The entity id of every key, and the rows of the entities table."""
    groups: dict[str, list[str]] = {}
    for key in stats:
        groups.setdefault(_cluster_anchor_candidates(key, stats), []).append(key)
    mapping: dict[str, str] = {}
    rows = []
    for members in groups.values():
        anchor = min(members, key=lambda key: (stats[key].first_seen or date.max, key))
        entity_id = _entity_id(anchor)
        merged = KeyStats(anchor)
        for key in members:
            mapping[key] = entity_id
            merged.merge(stats[key])
        rows.append(_entity_row(entity_id, anchor, merged))
    return mapping, sorted(rows, key=lambda row: row["entity_id"])


def _cluster_anchor_candidates(key: str, stats: dict[str, KeyStats]) -> str:
    """The key a key joins: itself, or for initials only, the single full name it fits."""
    if not key.startswith("P|"):
        return key
    _, surname, given, initial = key.split("|")
    if given or not initial:
        return key
    fitting = sorted(other for other in stats
                     if other.startswith(f"P|{surname}|") and other.split("|")[2] and other.endswith(f"|{initial}"))
    return fitting[0] if len(fitting) == 1 else key


def _entity_id(anchor: str) -> str:
    kind, _, rest = anchor.partition("|")
    if kind == "O":
        return rest
    return kind + hashlib.sha256(anchor.encode()).hexdigest()[:12]


def _entity_row(entity_id: str, anchor: str, merged: KeyStats) -> dict:
    from pipeline.normalize.latin import latin

    # Ties are broken by the text itself, so the result never depends on the order parts were read.
    by_lang = {}
    for (form, lang), _ in sorted(merged.forms.items(), key=lambda item: (-item[1], item[0])):
        by_lang.setdefault(lang, form)
    # The fullest form names the entity: full names beat initials, then the most frequent, then the longest.
    name = max(merged.forms, key=lambda item: ("." not in item[0], merged.forms[item], len(item[0]), item[0]))[0]
    label = max(merged.labels, key=lambda label: (merged.labels[label], label))
    return {
        "entity_id": entity_id,
        "type": "PERSON" if anchor.startswith("P|") else ("ORG" if anchor.startswith("O|") else label),
        "name": name,
        "name_kk": by_lang.get("kk"),
        "name_ru": by_lang.get("ru"),
        "name_en": by_lang.get("en"),
        "latin": latin(name),
        "aliases": sorted(merged.aliases),
        "n_mentions": merged.n_mentions,
        "n_docs": len(merged.docs),
        "first_seen": merged.first_seen,
        "last_seen": merged.last_seen,
        "link_key": anchor,
    }


def linked_mentions(mentions: pa.Table, mapping: dict[str, str]) -> pa.Table:
    ids = [mapping.get(key) if key else None for key in mentions.column("link_key").to_pylist()]
    return mentions.set_column(mentions.schema.get_field_index("entity_id"), "entity_id", pa.array(ids, pa.string()))


def linked_roles(roles: pa.Table, mentions: pa.Table, mapping: dict[str, str]) -> pa.Table:
    key_of = dict(zip(mentions.column("mention_id").to_pylist(), mentions.column("link_key").to_pylist()))
    ids = [mapping.get(key_of.get(mention_id), person_id)
           for mention_id, person_id in zip(roles.column("person_mention_id").to_pylist(), roles.column("person_id").to_pylist())]
    return roles.set_column(roles.schema.get_field_index("person_id"), "person_id", pa.array(ids, pa.string()))
