"""Change events (appointed, dismissed, resigned, acting) on real pages against their gold.

``corpus/gold/events.jsonl`` lists every event the 48 pages of ``../shared/pages`` report.

The pipeline runs over every page of the gold split (``corpus/gold/pages/SPLIT.tsv``), so an event
read on a page without gold events counts against precision. A predicted event matches a gold
event on the same page with the same kind and the same person (folded surname and compatible
first initial, ``same_person``), one to one; the role is not required to match (the roles measures
of ``evaluate gold`` score it).
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate.gold import read_jsonl
from pipeline.evaluate.officials import GROUPS, read_gold_pages, same_person
from pipeline.evaluate.scoring import PRF, JsonScores, Tally


@dataclass
class EventScores(JsonScores):
    """group (kk, ru, en, mixed, all) -> PRF, kind -> PRF, and the misses and spurious events."""

    per_group: dict[str, PRF]
    per_kind: dict[str, PRF]
    missed: list[dict]
    spurious: list[dict]


def predicted_events(settings, pages: list[Path]) -> list[dict]:
    """(page, person, role, kind) of every event the pipeline reads on ``pages``."""
    import pandas as pd

    from pipeline.engine import run_engine

    with tempfile.TemporaryDirectory(prefix="events-") as out:
        run_engine(settings.with_overrides(inputs=[str(page) for page in pages], output=out, workers=1), progress=False)
        documents = pd.read_parquet(Path(out) / "documents", columns=["doc_id", "source"])
        events = pd.read_parquet(Path(out) / "events", columns=["doc_id", "person", "role", "kind"])
    page_of = {doc_id: Path(source).name for doc_id, source in zip(documents.doc_id, documents.source)}
    return [{"page": page_of[row.doc_id], "person": row.person, "role": row.role, "kind": row.kind}
            for row in events.itertuples()]


def score_events(gold: list[dict], predicted: list[dict], group_of: dict[str, str]) -> EventScores:
    """Counts per group and kind; a person's event of one kind on one page counts once, whatever
    the number of roles it was read on."""
    unique, seen = [], set()
    for event in predicted:
        key = (event["page"], event["kind"], next((g["person"] for g in gold if g["page"] == event["page"]
                                                   and same_person(g["person"], event["person"])), event["person"]))
        if key not in seen:
            seen.add(key)
            unique.append(event)
    groups, kinds = defaultdict(Tally), defaultdict(Tally)

    def count(event: dict, correct: int, predicted: int, gold_count: int) -> None:
        for tally in (groups[group_of.get(event["page"], "?")], groups["all"], kinds[event["kind"]]):
            tally.add(correct, predicted, gold_count)

    used, missed = set(), []
    for event in gold:
        count(event, 0, 0, 1)
        match = next((index for index, candidate in enumerate(unique) if index not in used
                      and candidate["page"] == event["page"] and candidate["kind"] == event["kind"]
                      and same_person(event["person"], candidate["person"])), None)
        if match is None:
            missed.append(event)
        else:
            used.add(match)
            count(event, 1, 0, 0)
    for event in unique:
        count(event, 0, 1, 0)
    return EventScores(
        per_group={group: groups[group].prf() for group in (*GROUPS, "all") if group in groups},
        per_kind={kind: tally.prf() for kind, tally in sorted(kinds.items())},
        missed=missed,
        spurious=[event for index, event in enumerate(unique) if index not in used],
    )


def evaluate_events(settings, gold_file: Path, gold_pages_dir: Path, pages_dir: Path) -> EventScores:
    pages = read_gold_pages(gold_pages_dir)
    group_of = {page.page: page.group for page in pages}
    predicted = predicted_events(settings, [pages_dir / page.page for page in pages])
    return score_events(read_jsonl(gold_file), predicted, group_of)


def format_events(scores: EventScores) -> str:
    rows = [f"{'':<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}"]
    for name, prf in [*scores.per_group.items(), *scores.per_kind.items()]:
        rows.append(f"{name:<12}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}{prf.gold:>6}{prf.predicted:>6}")
    rows += [f"missed    {event['page']}  {event['person']}  {event['kind']}" for event in scores.missed]
    rows += [f"spurious  {event['page']}  {event['person']}  {event['kind']}" for event in scores.spurious]
    return "\n".join(rows)
