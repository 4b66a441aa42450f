"""Who held which post: the ``positions`` table queried by person, institution or role.

A query is read in any language or spelling: a person by the Latin key of any form seen of their
name (``Балыкбаев`` finds Takir Balykbayev), an institution through the registry's names and aliases
(``КазНПУ``, ``Abai KazNPU``) or else by the words of its name, a role by any form of the title in
``roles.yaml`` (``ректор``, ``әкімі``, ``rector``) or its code. Only the positions table is read, and
only its columns; the filtering is Arrow's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.normalize.institutions import Registry, fold
from pipeline.resources import Resources
from pipeline.store import REBUILT_PARTS
from pipeline.taxonomy import LANGS, RoleTaxonomy

BY = ("person", "org", "role")
SHOWN = ["person_id", "person", "role", "role_label", "org_id", "org", "status", "first_seen", "last_seen",
         "n_docs", "events", "last_event", "last_event_date", "evidence", "evidence_url", "doc_ids"]


def read_positions(store: Path) -> pa.Table:
    # ParquetFile, not read_table: read_table imports pyarrow.dataset, half a second of a query's second.
    with pq.ParquetFile(Path(store) / "positions" / REBUILT_PARTS["positions"]) as opened:
        return opened.read(columns=[*SHOWN, "person_search", "org_search"])


def role_codes(query: str, taxonomy: RoleTaxonomy) -> set[str]:
    """Role codes a query names: a form of the title in any language, the code or the label."""
    wanted = query.strip().lower()
    return {code for code, role in taxonomy.roles.items()
            if wanted in (code, role.label.lower()) or any(wanted in role.forms.get(lang, ()) for lang in LANGS)}


def registry_ids(query: str, registry: Registry, inflected: bool = True) -> set[str]:
    """Registry ids of the institution a query names: by its folded alias, then (``inflected``)
    by its nominative in each language, which loads Russian morphology."""
    found = registry.by_alias.get(fold(query))
    if found is not None or not inflected:
        return {found.org_id} if found else set()
    return {institution.org_id for lang in LANGS if (institution := registry.lookup(query, lang)) is not None}


def _one_of(column: pa.ChunkedArray, values: set[str]) -> pa.ChunkedArray:
    # A regular expression, not is_in: building a value set (any pa.array or scalar) makes pyarrow
    # import pandas, which alone costs more than half a second of a query.
    return pc.match_substring_regex(column, "^(?:" + "|".join(re.escape(value) for value in sorted(values)) + ")$")


def _words_mask(column: pa.ChunkedArray, query: str) -> pa.ChunkedArray | None:
    """Rows whose search keys hold a word starting with each folded word of the query."""
    words = fold(query).split()
    if not words:
        return None
    masks = [pc.match_substring_regex(column, rf"(^| ){re.escape(word)}") for word in words]
    mask = masks[0]
    for more in masks[1:]:
        mask = pc.and_(mask, more)
    return mask


@dataclass(frozen=True)
class Answer:
    by: str
    rows: list[dict]


def find_positions(positions: pa.Table, query: str, resources: Resources, by: str | None = None) -> Answer:
    """The positions a query names, newest first within each institution and post. Without
    ``by``: a role when the query is a title, else the institution the registry knows by that
    name, else a person whose name has the query's words, else institutions with those words."""
    attempts = [by] if by else ["role", "org-registry", "person", "org"]
    for attempt in attempts:
        mask = _mask(positions, query, attempt, resources)
        if mask is not None and (by or pc.any(mask).as_py()):
            found = positions.filter(mask).select(SHOWN)
            rows = sorted(found.to_pylist(), key=_newest_first)
            return Answer(attempt.split("-")[0], rows)
    return Answer(by or "any", [])


def _mask(positions: pa.Table, query: str, attempt: str, resources: Resources):
    if attempt == "role":
        codes = role_codes(query, resources.roles)
        return _one_of(positions["role"], codes) if codes else None
    if attempt in ("org", "org-registry"):
        ids = registry_ids(query, resources.registry, inflected=attempt == "org")
        if ids:
            return _one_of(positions["org_id"], ids)
        return None if attempt == "org-registry" else _words_mask(positions["org_search"], query)
    return _words_mask(positions["person_search"], query)


def _newest_first(row: dict):
    latest = row["last_seen"].toordinal() if row["last_seen"] else 0
    return (row["org"] or "", row["role"], -latest, row["person"])


def format_answer(answer: Answer, query: str) -> str:
    if not answer.rows:
        named = "a title, an institution or a person" if answer.by == "any" else f"a {answer.by}"
        return f"no position found for {query!r} as {named}"
    header = ("person", "post", "institution", "seen", "pages", "events", "source")
    lines = [header]
    for row in answer.rows:
        post = row["role_label"] + ("" if row["status"] == "current" else f" ({row['status']})")
        seen = (f"{row['first_seen'] or '?'}" if row["first_seen"] == row["last_seen"]
                else f"{row['first_seen'] or '?'}..{row['last_seen'] or '?'}")
        lines.append((row["person"], post, _short(row["org"] or "-", 48), seen, str(row["n_docs"]),
                      ",".join(row["events"]) or "-", row["evidence_url"]))
    widths = [max(len(line[column]) for line in lines) for column in range(len(header) - 1)]
    text = ["  ".join(value.ljust(width) for value, width in zip(line, widths)) + "  " + line[-1] for line in lines]
    return "\n".join([*text, f"{len(answer.rows)} positions (by {answer.by})"])


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def answer_json(answer: Answer) -> str:
    return json.dumps({"by": answer.by, "positions": answer.rows}, ensure_ascii=False, default=str)
