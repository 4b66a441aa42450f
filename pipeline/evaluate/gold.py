"""Seed gold (``corpus/gold``): the whole pipeline on the seed documents, and the gold JSONL reader.

Scored per language for NER, person-name normalization, roles and pairwise linking."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.evaluate.scoring import PRF, JsonScores, SpanScores, Tally, accuracy, format_scores, score_exact_and_partial, score_spans


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class GoldScores(JsonScores):
    ner_exact: dict[str, SpanScores]
    ner_partial: dict[str, SpanScores]
    names: dict[str, dict[str, float]]
    roles_person_role: dict[str, PRF]
    roles_person_role_org: dict[str, PRF]
    linking: dict[str, PRF]
    misses: dict[str, list] = field(default_factory=dict)


def evaluate_gold(settings, gold_dir: Path, repo: Path) -> GoldScores:
    """Runs the whole pipeline (linking included) on the gold documents and scores NER (exact and
    partial, on the labels each document annotates), person-name normalization, roles and
    pairwise linking, per language. See corpus/README.md for the format."""
    import tempfile

    import pandas as pd

    from pipeline.engine import run_engine
    from pipeline.normalize.institutions import fold

    gold_dir = Path(gold_dir)
    documents = read_jsonl(gold_dir / "documents.jsonl")
    entities, roles, links = (read_jsonl(gold_dir / f"{name}.jsonl") for name in ("entities", "roles", "links"))
    with tempfile.TemporaryDirectory(prefix="gold-") as out:
        run_engine(settings.with_overrides(inputs=[str(repo / d["path"]) for d in documents], output=out, workers=1),
                   progress=False)
        tables = {name: pd.read_parquet(Path(out) / name) for name in ("documents", "mentions", "roles")}
    doc_of = {d["doc"]: tables["documents"][tables["documents"].source.str.endswith(d["path"])].iloc[0] for d in documents}
    mentions = tables["mentions"]

    def occurrences(doc: str, text: str) -> list[tuple[int, int]]:
        body = doc_of[doc].text
        return [(match.start(), match.end()) for match in re.finditer(re.escape(text), body)]

    gold_spans: dict[str, list[set]] = {}
    predicted_spans: dict[str, list[set]] = {}
    names: dict[str, Counter] = {}
    misses: dict[str, list] = {"names": [], "roles": []}
    for document in documents:
        doc, lang, labels = document["doc"], document["lang"], set(document["labels"])
        found = mentions[(mentions.doc_id == doc_of[doc].doc_id) & mentions.label.isin(labels)]
        gold = {(s, e, row["label"]) for row in entities if row["doc"] == doc for s, e in occurrences(doc, row["text"])}
        gold_spans.setdefault(lang, []).append(gold)
        predicted_spans.setdefault(lang, []).append({(r.start, r.end, r.label) for r in found.itertuples()})
        by_span = {(r.start, r.end): r.normalized for r in found.itertuples() if r.label == "PERSON"}
        for row in (r for r in entities if r["doc"] == doc and r.get("canonical")):
            for span in occurrences(doc, row["text"]):
                tally = names.setdefault(lang, Counter())
                tally["gold"] += 1
                if span in by_span:
                    tally["found"] += 1
                    tally["right"] += by_span[span] == row["canonical"]
                    if by_span[span] != row["canonical"]:
                        misses["names"].append({"doc": doc, "text": row["text"], "got": by_span[span], "want": row["canonical"]})

    def org_key(value) -> str | None:
        return fold(value) if isinstance(value, str) and value else None

    role_sets: dict[str, list[tuple[set, set]]] = {}
    predicted_roles = tables["roles"]
    for document in documents:
        doc, lang = document["doc"], document["lang"]
        gold_rows = [r for r in roles if r["doc"] == doc]
        found = predicted_roles[predicted_roles.doc_id == doc_of[doc].doc_id]
        gold_pr = {(r["person"], r["role"]) for r in gold_rows}
        gold_pro = {(r["person"], r["role"], org_key(r["org"])) for r in gold_rows}
        got_pr = {(r.person, r.role) for r in found.itertuples()}
        got_pro = set()
        for r in found.itertuples():
            wanted = {org_key(g["org"]) for g in gold_rows if (g["person"], g["role"]) == (r.person, r.role)}
            # A unit of the institution (a department) answers for the institution's name too.
            candidates = (org_key(r.org_id), org_key(r.org), org_key(getattr(r, "org_unit", None)))
            got = next((key for key in candidates if key in wanted), org_key(r.org_id))
            got_pro.add((r.person, r.role, got))
        role_sets.setdefault(lang, []).append((gold_pr, got_pr, gold_pro, got_pro))
        misses["roles"] += [{"doc": doc, "missing": list(key)} for key in sorted(gold_pro - got_pro, key=str)]

    def prf_of(pairs) -> PRF:
        tally = Tally()
        for gold, got in pairs:
            tally.add(len(gold & got), len(got), len(gold))
        return tally.prf()

    linking: dict[str, Tally] = {}
    for pair in links:
        ids, kinds = [], []
        for doc, text in (pair["a"], pair["b"]):
            rows = mentions[(mentions.doc_id == doc_of[doc].doc_id) & (mentions.text == text)]
            ids.append(set(rows.entity_id.dropna()))
            kinds.append("ORG" if rows.label.isin(["ORG", "FACILITY"]).any() else "PERSON")
        same_predicted = bool(ids[0] & ids[1])
        linking.setdefault(kinds[0], Tally()).add(same_predicted and pair["same"], same_predicted, pair["same"])
    return GoldScores(
        ner_exact={lang: score_spans(gold_spans[lang], predicted_spans[lang]) for lang in gold_spans},
        ner_partial={lang: score_exact_and_partial(gold_spans[lang], predicted_spans[lang]).partial for lang in gold_spans},
        names={lang: {"gold": t["gold"], "found": t["found"], "accuracy_of_found": accuracy(t["right"], t["found"])}
               for lang, t in names.items()},
        roles_person_role={lang: prf_of([(a, b) for a, b, _, _ in sets]) for lang, sets in role_sets.items()},
        roles_person_role_org={lang: prf_of([(c, d) for _, _, c, d in sets]) for lang, sets in role_sets.items()},
        linking={kind: tally.prf() for kind, tally in linking.items()},
        misses=misses,
    )


def format_gold_scores(scores: GoldScores) -> str:
    rows = []
    for lang in scores.ner_exact:
        rows += [f"NER {lang} (exact)", format_scores(scores.ner_exact[lang]),
                 f"NER {lang} (partial)", format_scores(scores.ner_partial[lang]), ""]
    rows.append(f"{'':<22}{'lang':<6}{'P':>8}{'R':>8}{'F1':>8}")
    for title, table in (("(person, role)", scores.roles_person_role), ("(person, role, org)", scores.roles_person_role_org)):
        rows += [f"{title:<22}{lang:<6}{p.precision:>8.3f}{p.recall:>8.3f}{p.f1:>8.3f}" for lang, p in table.items()]
    rows += [f"{'linking ' + kind:<22}{'all':<6}{p.precision:>8.3f}{p.recall:>8.3f}{p.f1:>8.3f}" for kind, p in scores.linking.items()]
    rows += [f"{'name normalization':<22}{lang:<6} {v['accuracy_of_found']:.3f} exact of {v['found']} found "
             f"({v['gold']} gold)" for lang, v in scores.names.items()]
    return "\n".join(rows)
