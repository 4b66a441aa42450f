"""Officials on real pages: persons, (person, role), (person, role, institution) against gold.

The gold is hand-made in ``corpus/gold/pages/`` (one JSONL per page of ``../shared/pages``, the
format in ``corpus/README.md``); scores are per split (dev, held) and page group (kk, ru, en, mixed).

A predicted person is an entity on the page (the linked PERSON mentions), named by its fullest
form; it matches a gold person with the same folded surname and a compatible first initial, one to
one, the same folded full name first (two namesakes, "Askhat Smailov" and "Alikhan Smailov", each
take their own). A (person, role) pair matches on that person and the role code. (person, role,
institution) counts every gold role line and every distinct predicted row, paired one to one within
a (person, role): one person's post at two institutions (a current and a former akimat) is two
facts. An institution matches when the registry ids agree; two different registry ids never match;
otherwise the folded names (gold name or English name) share most of their words, or the gold name
resolves through the registry to the predicted id, or both carry the same institution number (№ 67);
a predicted unit (``org_unit``: a department of the institution) answers for the gold name too. A gold
role without an institution matches a prediction without one.
"""

from __future__ import annotations

import csv
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.evaluate.gold import read_jsonl
from pipeline.evaluate.scoring import PRF, JsonScores, Tally, accuracy
from pipeline.normalize.institutions import Registry
from pipeline.normalize.latin import latin_key

SPLITS = ("dev", "held")
GROUPS = ("kk", "ru", "en", "mixed")


@dataclass
class GoldPage:
    page: str
    group: str
    split: str
    lang: str
    persons: list[dict]
    roles: list[dict]


def read_gold_pages(gold_dir: Path) -> list[GoldPage]:
    with open(gold_dir / "SPLIT.tsv", encoding="utf-8") as listing:
        rows = list(csv.DictReader((line for line in listing if not line.startswith("#")), delimiter="\t"))
    pages = []
    for row in rows:
        lines = read_jsonl(gold_dir / row["page"].replace(".txt", ".jsonl"))
        header = next(line for line in lines if line["type"] == "page")
        pages.append(GoldPage(row["page"], row["group"], row["split"], header["lang"],
                              [line for line in lines if line["type"] == "person"],
                              [line for line in lines if line["type"] == "role"]))
    return pages


def person_key(name: str) -> tuple[str, str]:
    """(folded surname, first letter of the first name or initial): Т.Б. Дүйсенова -> (duisenova, t)."""
    words = latin_key(name.replace(".", ". ")).split()
    if not words:
        return "", ""
    return words[-1], words[0][0] if len(words) > 1 else ""


def same_person(gold: str, predicted: str) -> bool:
    (gold_surname, gold_initial), (surname, initial) = person_key(gold), person_key(predicted)
    return gold_surname == surname and (not gold_initial or not initial or gold_initial == initial)


def same_org(gold: dict, org_id: str | None, org: str | None, lang: str, registry: Registry) -> bool:
    names = [name for name in (gold.get("org"), gold.get("org_en")) if name]
    if not names and not gold.get("org_id"):
        return org_id is None and not org
    if org_id is None and not org:
        return False
    if gold.get("org_id") and org_id:
        return gold["org_id"] == org_id
    for name in names:
        found = registry.lookup(name, lang)
        if found is not None and found.org_id == org_id:
            return True
        if org:
            gold_words, words = registry.content_words(name), registry.content_words(org)
            if gold_words and words and len(gold_words & words) / len(gold_words | words) >= 0.5:
                return True
            # A numbered school or kindergarten is named by its number on its page: "№ 67 мектеп-гимназиясы".
            numbers = {word for word in gold_words if re.fullmatch(r"n\d+", word)}
            if numbers and numbers == {word for word in words if re.fullmatch(r"n\d+", word)}:
                return True
    return False


@dataclass
class OfficialsScores(JsonScores):
    """split -> group (and "all") -> measure -> PRF; status accuracy over matched (person, role)."""

    scores: dict[str, dict[str, dict[str, PRF]]]
    status: dict[str, dict[str, float | int]]
    listing: dict[str, list[dict]] = field(default_factory=dict)  # dev only: misses, spurious, wrong institution


def _match(gold: list, predicted: list, same, exact=None) -> list[tuple[int, int]]:
    """Greedy one to one pairs (gold index, predicted index) in reading order; where ``exact`` is
    given, the pairs it finds come first."""
    pairs, used_gold, used = [], set(), set()
    for test in ((exact, same) if exact else (same,)):
        for g, gold_item in enumerate(gold):
            if g in used_gold:
                continue
            p = next((p for p, item in enumerate(predicted) if p not in used and test(gold_item, item)), None)
            if p is not None:
                pairs.append((g, p))
                used_gold.add(g)
                used.add(p)
    return sorted(pairs)


def _same_full_name(gold: str, predicted: str) -> bool:
    return latin_key(gold) == latin_key(predicted)


def score_page(page: GoldPage, persons: list[str], roles: list[dict], registry: Registry) -> dict:
    """Counts for one page: ``persons`` are the predicted person names, ``roles`` the predicted
    role rows (person, role, org_id, org, status); ``registry`` tells which gold names are one
    institution."""
    gold_names = [person["name"] for person in page.persons]
    person_pairs = _match(gold_names, persons, same_person, exact=_same_full_name)
    gold_of_predicted = {persons[p]: gold_names[g] for g, p in person_pairs}

    def gold_person_of(name: str) -> str | None:
        return gold_of_predicted.get(name) or next((gold for gold in gold_names if same_person(gold, name)), None)

    gold_lines: dict[tuple, list[dict]] = defaultdict(list)
    for role in page.roles:
        gold_lines[(role["person"], role["role"])].append(role)
    predicted_rows: dict[tuple, list[dict]] = defaultdict(list)
    for row in roles:
        key = (gold_person_of(row["person"]) or f"?{row['person']}", row["role"])
        if all((row.get("org_id"), row.get("org"), row.get("org_unit")) != (seen.get("org_id"), seen.get("org"), seen.get("org_unit"))
               for seen in predicted_rows[key]):
            predicted_rows[key].append(row)

    def same_institution(gold: dict, row: dict) -> bool:
        return same_org(gold, row.get("org_id"), row.get("org"), page.lang, registry) \
            or bool(row.get("org_unit")) and same_org(gold, None, row["org_unit"], page.lang, registry)

    matched = [key for key in gold_lines if key in predicted_rows]
    institution_pairs = {key: _match(gold_lines[key], predicted_rows[key], same_institution) for key in matched}
    predicted_facts = sum(len(rows) for rows in predicted_rows.values())

    def first_pair(key: tuple) -> tuple[dict, dict]:
        g, p = (institution_pairs[key] or [(0, 0)])[0]
        return gold_lines[key][g], predicted_rows[key][p]

    return {
        "persons": (len(person_pairs), len(persons), len(gold_names)),
        "person_role": (len(matched), len(predicted_rows), len(gold_lines)),
        "person_role_org": (sum(len(pairs) for pairs in institution_pairs.values()), predicted_facts, len(page.roles)),
        "status": [(gold.get("status", "current"), row.get("status") or "current") for gold, row in map(first_pair, matched)],
        "missed_persons": [gold_names[g] for g in range(len(gold_names)) if g not in {g for g, _ in person_pairs}],
        "spurious_persons": [persons[p] for p in range(len(persons)) if p not in {p for _, p in person_pairs}],
        "missed_roles": [list(key) + [gold.get("org") or gold.get("org_id")]
                         for key in gold_lines if key not in predicted_rows for gold in gold_lines[key]],
        "spurious_roles": [[row["person"], row["role"], row.get("org")] for key, rows in predicted_rows.items() if key not in gold_lines
                           for row in rows],
        "wrong_institution": [list(key) + [gold.get("org_id") or gold.get("org"), row.get("org_id"), row.get("org")]
                              for key in matched
                              for gold, row in _unpaired(gold_lines[key], predicted_rows[key], institution_pairs[key])],
    }


def _unpaired(gold: list[dict], predicted: list[dict], pairs: list[tuple[int, int]]) -> list[tuple[dict, dict]]:
    """The gold lines no predicted row answers, each beside the first predicted row left over (an empty one where none is)."""
    paired_gold, paired = {g for g, _ in pairs}, {p for _, p in pairs}
    left = [row for p, row in enumerate(predicted) if p not in paired]
    return [(line, left[0] if left else {}) for g, line in enumerate(gold) if g not in paired_gold]


def evaluate_officials(settings, gold_dir: Path, pages_dir: Path, splits: tuple[str, ...] = SPLITS) -> OfficialsScores:
    """Runs the pipeline over the gold pages of the given splits (all by default) and scores them."""
    import pandas as pd

    from pipeline.engine import run_engine
    from pipeline.resources import Resources

    registry = Resources.from_settings(settings).registry
    gold_pages = [page for page in read_gold_pages(gold_dir) if page.split in splits]
    with tempfile.TemporaryDirectory(prefix="officials-") as out:
        run_engine(settings.with_overrides(inputs=[str(pages_dir / page.page) for page in gold_pages], output=out,
                                           workers=1), progress=False)
        tables = {name: pd.read_parquet(Path(out) / name) for name in ("documents", "mentions", "roles", "entities")}
    doc_of = {Path(source).name: doc_id for doc_id, source in zip(tables["documents"].doc_id, tables["documents"].source)}
    entity_name = dict(zip(tables["entities"].entity_id, tables["entities"].name))
    mentions, roles = tables["mentions"], tables["roles"]
    tallies: dict[str, dict[str, dict[str, Tally]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(Tally)))
    status_pairs: dict[str, list] = defaultdict(list)
    listing: dict[str, list[dict]] = defaultdict(list)
    for page in gold_pages:
        doc_id = doc_of.get(page.page)
        people = mentions[(mentions.doc_id == doc_id) & (mentions.label == "PERSON")]
        names = (entity_name.get(entity, name) for entity, name in zip(people.entity_id, people.normalized))
        persons = list(dict.fromkeys(name for name in names if isinstance(name, str) and name))
        found = roles[roles.doc_id == doc_id]
        rows = [{key: value if isinstance(value, str) else None for key, value in
                 (("person", row.person), ("role", row.role), ("org_id", row.org_id), ("org", row.org),
                  ("status", getattr(row, "status", None)), ("org_unit", getattr(row, "org_unit", None)))}
                for row in found.itertuples()]
        counts = score_page(page, persons, rows, registry)
        for group in (page.group, "all"):
            for measure in ("persons", "person_role", "person_role_org"):
                tallies[page.split][group][measure].add(*counts[measure])
        status_pairs[page.split] += counts["status"]
        if page.split == "dev":
            for kind in ("missed_persons", "spurious_persons", "missed_roles", "spurious_roles", "wrong_institution"):
                listing[kind] += [{"page": page.page, "item": item} for item in counts[kind]]
    return OfficialsScores(
        scores={split: {group: {measure: tally.prf() for measure, tally in measures.items()}
                        for group, measures in groups.items()} for split, groups in tallies.items()},
        status={split: {"matched": len(pairs), "accuracy": accuracy(sum(g == p for g, p in pairs), len(pairs))}
                for split, pairs in status_pairs.items()},
        listing=dict(listing),
    )


def format_officials(scores: OfficialsScores) -> str:
    rows = [f"{'split':<6}{'group':<7}{'measure':<18}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}"]
    for split in SPLITS:
        for group in (*GROUPS, "all"):
            for measure, prf in scores.scores.get(split, {}).get(group, {}).items():
                rows.append(f"{split:<6}{group:<7}{measure:<18}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}{prf.gold:>6}")
    for split, status in scores.status.items():
        rows.append(f"status {split}: {status['accuracy']:.3f} of {status['matched']} matched (person, role)")
    for kind, items in scores.listing.items():
        rows.append(f"\n{kind} (dev): {len(items)}")
        rows += [f"  {item['page']}  {item['item']}" for item in items]
    return "\n".join(rows)
