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
3. ``linked_mentions`` / ``linked_roles``: write ``mentions.entity_id`` and ``roles.person_id``
   into a part.

Entity ids are stable: an entity's id is the hash of its earliest-seen key (then the smallest),
so re-running gives the same ids and adding later pages keeps the existing ones. Institutions keep
their ``org_id`` as entity id.

Keys that can join one entity share a *family* (a person's surname and initial; any other key is a
family of its own), so linking is decided family by family. That makes it incremental: the
``link_index`` dataset keeps every key's statistics (its pages as a count, not as ids), spread over
``BUCKETS`` files by family, beside ``entities`` spread the same way; ``link_bucket`` merges the
new pages' statistics with the index rows of the families they touch, resolves only those
families and rewrites only that bucket. Pages are never counted twice because the new pages are
never pages already in the store (a ``--force`` run links the whole store again).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.folding import combine
from pipeline.faults import checkpoint
from pipeline.records import LinkKey, stable_id
from pipeline.store import SCHEMAS, KnowledgeStore, part_rows, read_part, table_of, write_part

# Files of link_index and of entities; a family lives in one, so buckets link independently (one
# task each on a cluster) and a run rewrites only the buckets its pages touch.
BUCKETS = 8


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
    # Pages counted by earlier runs (from the index, which keeps no page ids); never among ``docs``.
    earlier_docs: int = 0

    @property
    def n_docs(self) -> int:
        return self.earlier_docs + len(self.docs)

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
        self.earlier_docs += other.earlier_docs


def key_stats(mentions_part: Path, documents_part: Path, roles_part: Path) -> dict[str, KeyStats]:
    """Per-key statistics of one batch; the documents part of the same batch gives the dates, and
    institutions named only in roles (not as ORG mentions) become entities too."""
    # An undated page adds no date: the day the pipeline ran is no date of the page.
    seen = dict(part_rows(documents_part, ["doc_id", "published"]))
    stats: dict[str, KeyStats] = {}

    def add(key, doc_id, form, lang, alias, label, counted):
        entry = stats.get(key)
        if entry is None:
            entry = stats[key] = KeyStats(key)
        # One string per page however many keys it holds: the combined statistics keep the pages
        # of every key, the one part of them that grows with the corpus.
        entry.observe(sys.intern(doc_id), seen.get(doc_id), form, lang, alias, label, counted)

    for doc_id, text, label, lang, normalized, link_key in part_rows(
            mentions_part, ["doc_id", "text", "label", "lang", "normalized", "link_key"]):
        if link_key:
            add(link_key, doc_id, normalized or text, lang, text, label, 1)
    for doc_id, org_id, org, lang in part_rows(roles_part, ["doc_id", "org_id", "org", "lang"]):
        if org_id:
            add(str(LinkKey("O", (org_id,))), doc_id, org, lang, org, "ORG", 0)
    return stats


def family(key: str) -> str:
    """Keys that may be one entity share a family: initials (``P|surname||initial``) join a full
    name with the same surname and initial; every other key is a family of its own."""
    parsed = LinkKey.parse(key)
    if parsed.initial:
        return str(LinkKey("P", (parsed.surname, parsed.initial)))
    return key


def bucket_of(key_family: str) -> int:
    return int(stable_id("", key_family, 8), 16) % BUCKETS


def resolve(stats: dict[str, KeyStats], before: dict[str, tuple[str, int]] | None = None
            ) -> tuple[dict[str, str], list[dict]]:
    """The entity id of every key, and the rows of the entities table. ``before`` holds, for keys
    of earlier runs, the entity they belonged to and its page count, so pages that two such keys
    shared are counted once."""
    families: dict[str, list[str]] = {}
    for key in stats:
        families.setdefault(family(key), []).append(key)
    mapping: dict[str, str] = {}
    rows = []
    for keys in families.values():
        for members in _clusters(keys):
            anchor = min(members, key=lambda key: (stats[key].first_seen or date.max, key))
            entity_id = _entity_id(anchor)
            merged = KeyStats(anchor)
            for key in members:
                mapping[key] = entity_id
                merged.merge(stats[key])
            merged.earlier_docs -= _pages_counted_twice(members, stats, before or {})
            rows.append(_entity_row(entity_id, anchor, merged))
    return mapping, sorted(rows, key=lambda row: row["entity_id"])


def _clusters(keys: list[str]) -> list[list[str]]:
    """The entities of one family: initials join its full name when there is exactly one (and
    stay apart when there is none or several); every other key is an entity of its own."""
    full_names = [key for key in keys if LinkKey.parse(key).given]
    return [keys] if len(full_names) == 1 else [[key] for key in keys]


def _pages_counted_twice(members: list[str], stats: dict[str, KeyStats], before: dict[str, tuple[str, int]]) -> int:
    """Earlier keys that were already one entity (a full name and its initials) may share pages;
    their entity's page count, not the sum of theirs, holds each page once."""
    earlier: dict[tuple[str, int], list[int]] = {}
    for key in members:
        if key in before:
            earlier.setdefault(before[key], []).append(stats[key].earlier_docs)
    return sum(sum(counts) - n_docs for (_, n_docs), counts in earlier.items() if len(counts) > 1)


def _entity_id(anchor: str) -> str:
    """An institution's id is its registry (or name) id; any other entity's comes from its anchor key."""
    parsed = LinkKey.parse(anchor)
    return parsed.parts[0] if parsed.kind == "O" else stable_id(parsed.kind, anchor)


def _entity_row(entity_id: str, anchor: str, merged: KeyStats) -> dict:
    from pipeline.normalize.latin import latin, latin_key

    # Ties are broken by the text itself, so the result never depends on the order parts were read.
    by_lang = {}
    for (form, lang), _ in sorted(merged.forms.items(), key=lambda item: (-item[1], item[0])):
        by_lang.setdefault(lang, form)
    key = LinkKey.parse(anchor)
    # The fullest form names the entity: a person's form with the surname beats a given name with a patronymic
    # ("Pavel Olegovich", also against "P.O. Ivanov"), full names beat initials, then the most frequent, then the longest.
    name = max(merged.forms, key=lambda item: (key.surname in latin_key(item[0]).split(), "." not in item[0],
                                               merged.forms[item], len(item[0]), item[0]))[0]
    label = max(merged.labels, key=lambda label: (merged.labels[label], label))
    kind = key.kind
    return {
        "entity_id": entity_id,
        "type": "PERSON" if kind == "P" else ("ORG" if kind == "O" else label),
        "name": name,
        "name_kk": by_lang.get("kk"),
        "name_ru": by_lang.get("ru"),
        "name_en": by_lang.get("en"),
        "latin": latin(name),
        "aliases": sorted(merged.aliases),
        "n_mentions": merged.n_mentions,
        "n_docs": merged.n_docs,
        "first_seen": merged.first_seen,
        "last_seen": merged.last_seen,
        "link_key": anchor,
    }


def index_rows(stats: dict[str, KeyStats], mapping: dict[str, str], entities: list[dict]) -> list[dict]:
    """The ``link_index`` rows of ``stats``: what ``stats_of_index`` reads back for a later run."""
    n_docs = {row["entity_id"]: row["n_docs"] for row in entities}
    return [
        {
            "link_key": key,
            "family": family(key),
            "entity_id": mapping[key],
            "entity_docs": n_docs[mapping[key]],
            "n_mentions": entry.n_mentions,
            "n_docs": entry.n_docs,
            "first_seen": entry.first_seen,
            "last_seen": entry.last_seen,
            "forms": [{"form": form, "lang": lang, "count": count}
                      for (form, lang), count in sorted(entry.forms.items(), key=_text_order)],
            "aliases": sorted(entry.aliases, key=lambda alias: alias or ""),
            "labels": [{"label": label, "count": count} for label, count in sorted(entry.labels.items(), key=_text_order)],
        }
        for key, entry in stats.items()
    ]


def _text_order(item: tuple) -> tuple:
    """Sorts (text, count) pairs whose text may hold None."""
    text, _ = item
    return tuple(part or "" for part in text) if isinstance(text, tuple) else (text or "",)


def stats_of_index(index: pa.Table) -> tuple[dict[str, KeyStats], dict[str, tuple[str, int]]]:
    """Index rows as statistics (pages as a count), and each key's entity and its page count."""
    stats, before = {}, {}
    for row in index.to_pylist():
        key = row["link_key"]
        stats[key] = KeyStats(key, row["n_mentions"], set(), row["first_seen"], row["last_seen"],
                              Counter({(form["form"], form["lang"]): form["count"] for form in row["forms"]}),
                              set(row["aliases"]), Counter({label["label"]: label["count"] for label in row["labels"]}),
                              earlier_docs=row["n_docs"])
        before[key] = (row["entity_id"], row["entity_docs"])
    return stats, before


def link_bucket(index_part: Path, entities_part: Path, new: dict[str, KeyStats], fresh: bool
                ) -> tuple[dict[str, str], dict[str, str]]:
    """Links the families of one bucket that the new pages touch: their index rows merged with
    ``new``, resolved, and written back to the bucket's index and entities parts (with ``fresh``,
    the bucket starts empty: linking the whole store again). Returns the entity id of every key
    of those families, and the ids that changed for keys of earlier pages (their parts must be
    linked again)."""
    empty_index, empty_entities = (SCHEMAS[name].empty_table() for name in ("link_index", "entities"))
    index = empty_index if fresh else read_part(index_part)
    entities = empty_entities if fresh else read_part(entities_part)
    touched = pc.is_in(index.column("family"), value_set=pa.array(sorted({family(key) for key in new}), pa.string()))
    earlier, before = stats_of_index(index.filter(touched))
    mapping, rows = resolve(combine(earlier, new), before)
    superseded = pc.is_in(entities.column("entity_id"),
                          value_set=pa.array(sorted({entity_id for entity_id, _ in before.values()}), pa.string()))
    index_after = pa.concat_tables([index.filter(pc.invert(touched)),
                                    table_of("link_index", index_rows(earlier, mapping, rows))]).sort_by("link_key")
    entities_after = pa.concat_tables([entities.filter(pc.invert(superseded)), table_of("entities", rows)]).sort_by("entity_id")
    for part, before_run, after_run in ((index_part, index, index_after), (entities_part, entities, entities_after)):
        if fresh or not after_run.equals(before_run):
            write_part(part, after_run)
    checkpoint("bucket-linked")
    return mapping, {key: mapping[key] for key, (entity_id, _) in before.items() if mapping[key] != entity_id}


def link_entities(store: KnowledgeStore, engine) -> bool:
    """Links the batches that link_index does not hold yet: statistics of their parts alone,
    merged bucket by bucket with the index rows of the families they touch; parts of earlier runs
    are rewritten only for keys whose entity changed. Where the index holds nothing for sure (a
    new output, after --force, a run killed while linking) every batch is linked again. True when
    rows of earlier batches may have changed entity (what was derived from them is stale)."""
    linked = store.linked_batches()
    new = [name for name in store.batch_names() if linked is None or name not in linked]
    if linked is not None and not new:
        return False
    stats = engine.map_reduce(_part_stats, [store.batch_paths(name) for name in new], combine, {})
    by_bucket: list[dict] = [{} for _ in range(BUCKETS)]
    for key, entry in stats.items():
        by_bucket[bucket_of(family(key))][key] = entry
    store.begin_linking()
    work = [(*store.bucket_paths(bucket), by_bucket[bucket], linked is None)
            for bucket in range(BUCKETS) if linked is None or by_bucket[bucket]]
    mapping, changed = {}, {}
    for bucket_mapping, bucket_changed in engine.map(_link_bucket, work):
        mapping.update(bucket_mapping)
        changed.update(bucket_changed)
    engine.map(_link_part, [store.batch_paths(name) for name in new], shared=mapping)
    if changed:
        earlier = [store.batch_paths(name) for name in store.batch_names() if name not in set(new)]
        holding = engine.map(_holds_keys, earlier, shared=set(changed))
        engine.map(_link_part, [paths for paths, holds in zip(earlier, holding) if holds], shared=changed)
    store.end_linking(set(store.batch_names()))
    return linked is None or bool(changed)


def _part_stats(paths: dict):
    return key_stats(paths["mentions"], paths["documents"], paths["roles"])


def _link_bucket(work: tuple, _=None):
    return link_bucket(*work)


def _holds_keys(paths: dict, keys: set[str]) -> bool:
    return not keys.isdisjoint(read_part(paths["mentions"], ["link_key"]).column("link_key").to_pylist())


def _link_part(paths: dict, mapping: dict) -> None:
    mentions = read_part(paths["mentions"])
    linked = linked_mentions(mentions, mapping)
    if not linked.equals(mentions):
        write_part(paths["mentions"], linked)
    roles = read_part(paths["roles"])
    linked_role_rows = linked_roles(roles, linked, mapping)
    if not linked_role_rows.equals(roles):
        write_part(paths["roles"], linked_role_rows)


def linked_mentions(mentions: pa.Table, mapping: dict[str, str]) -> pa.Table:
    """Keys not in ``mapping`` keep the entity they have."""
    ids = [mapping.get(key, entity_id) if key else None
           for key, entity_id in zip(mentions.column("link_key").to_pylist(), mentions.column("entity_id").to_pylist())]
    return mentions.set_column(mentions.schema.get_field_index("entity_id"), "entity_id", pa.array(ids, pa.string()))


def linked_roles(roles: pa.Table, mentions: pa.Table, mapping: dict[str, str]) -> pa.Table:
    key_of = dict(zip(mentions.column("mention_id").to_pylist(), mentions.column("link_key").to_pylist()))
    ids = [mapping.get(key_of.get(mention_id), person_id)
           for mention_id, person_id in zip(roles.column("person_mention_id").to_pylist(), roles.column("person_id").to_pylist())]
    return roles.set_column(roles.schema.get_field_index("person_id"), "person_id", pa.array(ids, pa.string()))
