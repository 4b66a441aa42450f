"""Evaluate: precision, recall and F1 of entity spans against gold data (exact span match)."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from pipeline.iob import TaggedSentence, read_iob, spans_from_tags, write_predictions
from pipeline.ner import BackendSpec, common_label, load_backend
from pipeline.records import EntitySpan


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    correct: int

    @classmethod
    def from_counts(cls, correct: int, predicted: int, gold: int) -> "PRF":
        precision = correct / predicted if predicted else 0.0
        recall = correct / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(round(precision, 4), round(recall, 4), round(f1, 4), gold, predicted, correct)


@dataclass
class SpanScores:
    micro: PRF
    per_label: dict[str, PRF] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] | None = None  # token level, gold label -> predicted label -> count

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)


def score_spans(gold: list[set[tuple]], predicted: list[set[tuple]]) -> SpanScores:
    """Each item is one sentence's set of (start, end, label); a span counts only if all three match."""
    counts = {"correct": Counter(), "predicted": Counter(), "gold": Counter()}
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        counts["gold"].update(span[-1] for span in gold_spans)
        counts["predicted"].update(span[-1] for span in predicted_spans)
        counts["correct"].update(span[-1] for span in gold_spans & predicted_spans)
    labels = sorted(set(counts["gold"]) | set(counts["predicted"]))
    per_label = {
        label: PRF.from_counts(counts["correct"][label], counts["predicted"][label], counts["gold"][label])
        for label in labels
    }
    micro = PRF.from_counts(*(sum(counts[key].values()) for key in ("correct", "predicted", "gold")))
    return SpanScores(micro, per_label)


def align_to_tokens(tokens: list[str], entities: list[EntitySpan]) -> set[tuple[int, int, str]]:
    """Maps character spans over ``" ".join(tokens)`` to token spans; a span whose edges fall
    inside a token keeps the tokens it overlaps."""
    starts, position = [], 0
    for token in tokens:
        starts.append(position)
        position += len(token) + 1
    spans = set()
    for entity in entities:
        covered = [i for i, start in enumerate(starts) if start < entity.end and start + len(tokens[i]) > entity.start]
        if covered:
            spans.add((covered[0], covered[-1] + 1, entity.label))
    return spans


def tags_from_spans(length: int, spans: set[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * length
    for start, end, label in sorted(spans):
        if all(tag == "O" for tag in tags[start:end]):
            tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return tags


def evaluate_conll(spec: BackendSpec, path: Path, predictions: Path | None = None, skip: int = 0,
                   script: str | None = None) -> SpanScores:
    """Span scores of a backend on an IOB2 file. With ``script`` (a Latin variant of Kazakh), the
    sentences are first written in that variant and read the way the pipeline reads Latin Kazakh:
    back to Cyrillic, tagged, spans mapped onto the Latin text."""
    sentences: list[TaggedSentence] = list(read_iob(path))[skip:]
    backend = load_backend(spec)
    if script is None:
        found = backend.tag([" ".join(sentence.tokens) for sentence in sentences])
    else:
        from pipeline.translit import read_latin, to_latin

        sentences = [TaggedSentence([to_latin(token, script) for token in s.tokens], s.tags) for s in sentences]
        readings = [read_latin(" ".join(sentence.tokens), script) for sentence in sentences]
        found = [[replace(entity, start=start, end=end) for entity in entities
                  for start, end in [reading.source_span(entity.start, entity.end)]]
                 for reading, entities in zip(readings, backend.tag([reading.text for reading in readings]))]
    gold = [{(s, e, common_label(label)) for s, e, label in spans_from_tags(sentence.tags)} for sentence in sentences]
    predicted = [align_to_tokens(sentence.tokens, entities) for sentence, entities in zip(sentences, found)]
    gold_tags = [tags_from_spans(len(s.tokens), g) for s, g in zip(sentences, gold)]
    predicted_tags = [tags_from_spans(len(s.tokens), p) for s, p in zip(sentences, predicted)]
    if predictions is not None:
        write_predictions(predictions, [TaggedSentence(s.tokens, tags) for s, tags in zip(sentences, gold_tags)], predicted_tags)
    scores = score_spans(gold, predicted)
    confusion: dict[str, Counter] = {}
    for gold_sentence, predicted_sentence in zip(gold_tags, predicted_tags):
        for gold_tag, predicted_tag in zip(gold_sentence, predicted_sentence):
            confusion.setdefault(gold_tag.split("-")[-1], Counter())[predicted_tag.split("-")[-1]] += 1
    scores.confusion = {label: dict(counts) for label, counts in confusion.items()}
    return scores


def format_scores(scores: SpanScores) -> str:
    rows = [f"{'label':<16}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}"]
    for label, prf in [*scores.per_label.items(), ("micro", scores.micro)]:
        rows.append(f"{label:<16}{prf.precision:>8.3f}{prf.recall:>8.3f}{prf.f1:>8.3f}{prf.gold:>8}{prf.predicted:>8}")
    return "\n".join(rows)


@dataclass
class DateScores:
    accuracy: float
    per_lang: dict[str, dict[str, float]]
    misses: list[dict]

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)


def evaluate_dates(path: Path) -> DateScores:
    """Reads JSONL rows {lang, text, published, precision}; a row is right when the date read from
    ``text`` has the expected value and precision (or none is read where none is expected)."""
    from pipeline.dates import published_from_text

    totals: Counter = Counter()
    right: Counter = Counter()
    misses = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        found = published_from_text(row["text"])
        got = (found.value.isoformat(), found.precision) if found else (None, None)
        totals[row["lang"]] += 1
        if got == (row["published"], row["precision"]):
            right[row["lang"]] += 1
        else:
            misses.append({**row, "read": got[0], "read_precision": got[1]})
    per_lang = {lang: {"n": totals[lang], "accuracy": round(right[lang] / totals[lang], 4)} for lang in sorted(totals)}
    total = sum(totals.values())
    return DateScores(round(sum(right.values()) / total, 4) if total else 0.0, per_lang, misses)


def format_date_scores(scores: DateScores) -> str:
    rows = [f"{'lang':<8}{'n':>6}{'accuracy':>10}"]
    rows += [f"{lang:<8}{v['n']:>6}{v['accuracy']:>10.3f}" for lang, v in scores.per_lang.items()]
    rows.append(f"{'all':<8}{sum(v['n'] for v in scores.per_lang.values()):>6}{scores.accuracy:>10.3f}")
    rows += [f"miss: {m['text'][:70]!r} read {m['read']} ({m['read_precision']}), expected {m['published']} "
             f"({m['precision']})" for m in scores.misses]
    return "\n".join(rows)


# NEREL types as our labels; natasha knows only PER, ORG and LOC, so places of every kind are LOC.
NEREL_LABELS = {"PERSON": "PERSON", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC",
                "STATE_OR_PROVINCE": "LOC", "LOCATION": "LOC", "DISTRICT": "LOC"}


@dataclass
class BratDocument:
    name: str
    text: str
    entities: dict[str, tuple[str, int, int]]  # id -> (type, start, end)
    relations: list[tuple[str, str, str]]  # (type, arg1 id, arg2 id)


def read_brat(folder: Path) -> list[BratDocument]:
    """brat standoff: NAME.txt and NAME.ann (T lines for entities, R lines for relations).
    A discontinuous entity keeps its outer bounds."""
    documents = []
    for ann in sorted(Path(folder).glob("*.ann")):
        entities, relations = {}, []
        for line in ann.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("T") and len(fields) >= 2:
                kind, _, offsets = fields[1].partition(" ")
                numbers = [int(number) for number in offsets.replace(";", " ").split()]
                entities[fields[0]] = (kind, min(numbers), max(numbers))
            elif line.startswith("R") and len(fields) >= 2:
                kind, first, second = fields[1].split()[:3]
                relations.append((kind, first.split(":", 1)[1], second.split(":", 1)[1]))
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        documents.append(BratDocument(ann.stem, text, entities, relations))
    return documents


def outermost(spans: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    return {span for span in spans
            if not any(other != span and other[0] <= span[0] and span[1] <= other[1] for other in spans)}


@dataclass
class MatchScores:
    exact: SpanScores
    partial: SpanScores

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)


def score_exact_and_partial(gold: list[set[tuple]], predicted: list[set[tuple]]) -> MatchScores:
    """Exact: same bounds and label. Partial: a predicted span overlapping a gold span of the same
    label counts once for that gold span (the rest of the prediction is forgiven)."""
    forgiven = []
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        used_gold, used_predicted = set(), set()
        for g, p in sorted((g, p) for g in gold_spans for p in predicted_spans
                           if g[2] == p[2] and g[0] < p[1] and p[0] < g[1]):
            if g not in used_gold and p not in used_predicted:
                used_gold.add(g)
                used_predicted.add(p)
        forgiven.append(used_gold | (predicted_spans - used_predicted))
    return MatchScores(score_spans(gold, predicted), score_spans(gold, forgiven))


def evaluate_brat_ner(spec: BackendSpec, folder: Path, labels: dict[str, str] = NEREL_LABELS) -> MatchScores:
    """NEREL-style brat documents; gold keeps the outermost spans of the mapped types."""
    documents = [(document.text, outermost({(start, end, labels[kind]) for kind, start, end in document.entities.values()
                                            if kind in labels}))
                 for document in read_brat(folder)]
    return evaluate_documents_ner(spec, documents, set(labels.values()))


# factRuEval-2016 objects as our labels; LocOrg (a place acting as an organization) counts as LOC,
# as natasha tags it.
FACTRUEVAL_LABELS = {"Person": "PERSON", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}


def read_factrueval(folder: Path) -> list[tuple[str, set[tuple[int, int, str]]]]:
    """factRuEval-2016: NAME.txt, NAME.spans (id type start length ...) and NAME.objects (id type
    span ids ...); an object covers its spans from the first start to the last end."""
    documents = []
    for objects in sorted(Path(folder).glob("*.objects")):
        spans = {}
        for line in objects.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 4:
                spans[fields[0]] = (int(fields[2]), int(fields[2]) + int(fields[3]))
        gold = set()
        for line in objects.read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 3 and fields[1] in FACTRUEVAL_LABELS:
                bounds = [spans[span] for span in fields[2:] if span in spans]
                if bounds:
                    gold.add((min(b[0] for b in bounds), max(b[1] for b in bounds), FACTRUEVAL_LABELS[fields[1]]))
        documents.append((objects.with_suffix(".txt").read_text(encoding="utf-8"), outermost(gold)))
    return documents


def evaluate_documents_ner(spec: BackendSpec, documents: list[tuple[str, set]], wanted: set[str]) -> MatchScores:
    """The configured backend of one language over whole documents, line by line as the pipeline
    runs it, against gold character spans."""
    from pipeline.segment import split_segments

    backend = load_backend(spec)
    gold, predicted = [], []
    for text, gold_spans in documents:
        segments = split_segments(text)
        found = backend.tag([text[start:end] for start, end in segments])
        gold.append(gold_spans)
        predicted.append({(start + e.start, start + e.end, e.label)
                          for (start, _), entities in zip(segments, found) for e in entities if e.label in wanted})
    return score_exact_and_partial(gold, predicted)


def evaluate_works_as(stages, folder: Path, lang: str = "ru") -> PRF:
    """End-to-end person -> profession: a gold WORKS_AS pair is found when a role's person mention
    overlaps the gold person and its title overlaps the gold profession."""
    from pipeline.records import Page

    correct = predicted_total = gold_total = 0
    for document in read_brat(folder):
        gold = {(document.entities[first][1:], document.entities[second][1:])
                for kind, first, second in document.relations
                if kind == "WORKS_AS" and first in document.entities and second in document.entities}
        [annotated] = stages.annotate([Page(source=document.name, text=document.text)])
        found = {((fact.person_mention.start, fact.person_mention.end), (fact.title_start, fact.title_end))
                 for fact in annotated.roles if fact.person_mention.lang == lang}
        gold_total += len(gold)
        predicted_total += len(found)
        correct += sum(1 for person, title in found if any(_overlaps(person, gp) and _overlaps(title, gt) for gp, gt in gold))
    return PRF.from_counts(correct, predicted_total, gold_total)


def _overlaps(first: tuple[int, int], second: tuple[int, int]) -> bool:
    return first[0] < second[1] and second[0] < first[1]


@dataclass
class GoldScores:
    ner_exact: dict[str, SpanScores]
    ner_partial: dict[str, SpanScores]
    names: dict[str, dict[str, float]]
    roles_person_role: dict[str, PRF]
    roles_person_role_org: dict[str, PRF]
    linking: dict[str, PRF]
    misses: dict[str, list] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False, default=str)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate_gold(settings, gold_dir: Path, repo: Path) -> GoldScores:
    """Runs the whole pipeline (linking included) on the gold documents and scores NER (exact and
    partial, on the labels each document annotates), person-name normalization, roles and
    pairwise linking, per language. See corpus/README.md for the format."""
    import tempfile

    import pandas as pd

    from pipeline.engine import run_engine
    from pipeline.normalize.institutions import fold

    gold_dir = Path(gold_dir)
    documents = _jsonl(gold_dir / "documents.jsonl")
    entities, roles, links = (_jsonl(gold_dir / f"{name}.jsonl") for name in ("entities", "roles", "links"))
    with tempfile.TemporaryDirectory(prefix="gold-") as out:
        run_engine(settings.with_overrides(inputs=[str(repo / d["path"]) for d in documents], output=out, workers=1),
                   progress=False)
        tables = {name: pd.read_parquet(Path(out) / name) for name in ("documents", "mentions", "roles")}
    doc_of = {d["doc"]: tables["documents"][tables["documents"].source.str.endswith(d["path"])].iloc[0] for d in documents}
    lang_of = {d["doc"]: d["lang"] for d in documents}
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
        correct = sum(len(gold & got) for gold, got in pairs)
        return PRF.from_counts(correct, sum(len(got) for _, got in pairs), sum(len(gold) for gold, _ in pairs))

    linking: dict[str, Counter] = {}
    for pair in links:
        ids, kinds = [], []
        for doc, text in (pair["a"], pair["b"]):
            rows = mentions[(mentions.doc_id == doc_of[doc].doc_id) & (mentions.text == text)]
            ids.append(set(rows.entity_id.dropna()))
            kinds.append("ORG" if rows.label.isin(["ORG", "FACILITY"]).any() else "PERSON")
        same_predicted = bool(ids[0] & ids[1])
        tally = linking.setdefault(kinds[0], Counter())
        tally["predicted"] += same_predicted
        tally["gold"] += pair["same"]
        tally["correct"] += same_predicted and pair["same"]
    return GoldScores(
        ner_exact={lang: score_spans(gold_spans[lang], predicted_spans[lang]) for lang in gold_spans},
        ner_partial={lang: score_exact_and_partial(gold_spans[lang], predicted_spans[lang]).partial for lang in gold_spans},
        names={lang: {"gold": t["gold"], "found": t["found"], "accuracy_of_found": round(t["right"] / t["found"], 4)
                      if t["found"] else 0.0} for lang, t in names.items()},
        roles_person_role={lang: prf_of([(a, b) for a, b, _, _ in sets]) for lang, sets in role_sets.items()},
        roles_person_role_org={lang: prf_of([(c, d) for _, _, c, d in sets]) for lang, sets in role_sets.items()},
        linking={kind: PRF.from_counts(t["correct"], t["predicted"], t["gold"]) for kind, t in linking.items()},
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


SHORT_LINE = 30


def evaluate_langid(files: list[Path], languages: list[str], detector_names: tuple[str, ...]) -> dict:
    """Accuracy per language of each detector, separately for whole sentences and for short lines
    (at most 30 characters: headlines, menus), on `lang<TAB>text` files."""
    from pipeline.language import make_detector

    rows = []
    for path in files:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                lang, _, text = line.partition("\t")
                rows.append((lang, text))
    results: dict = {}
    for name in detector_names:
        detected = make_detector(name, languages, 0.0).detect([text for _, text in rows])
        tally: dict = {}
        for (lang, text), (found, _, _) in zip(rows, detected):
            kind = "short lines" if len(text) <= SHORT_LINE else "sentences"
            counts = tally.setdefault(kind, {}).setdefault(lang, Counter())
            counts["n"] += 1
            counts["right"] += found == lang
        results[name] = {kind: {lang: {"n": c["n"], "accuracy": round(c["right"] / c["n"], 4)} for lang, c in per_lang.items()}
                         | {"all": {"n": sum(c["n"] for c in per_lang.values()),
                                    "accuracy": round(sum(c["right"] for c in per_lang.values())
                                                      / sum(c["n"] for c in per_lang.values()), 4)}}
                         for kind, per_lang in tally.items()}
    return results


def format_langid(results: dict) -> str:
    names = list(results)
    rows = [f"{'set':<13}{'lang':<6}{'n':>6}" + "".join(f"{name:>12}" for name in names)]
    first = results[names[0]]
    for kind in sorted(first):
        for lang in first[kind]:
            rows.append(f"{kind:<13}{lang:<6}{first[kind][lang]['n']:>6}"
                        + "".join(f"{results[name][kind][lang]['accuracy']:>12.3f}" for name in names))
    return "\n".join(rows)


def write_report(directory: Path, title: str, command: str, sections: dict[str, SpanScores]) -> Path:
    """A Markdown report with a per-label F1 chart per section and, where token predictions exist,
    a label-confusion chart; returns the report's path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    lines = [f"# {title}", "", f"Command: `{command}`", ""]
    for index, (name, scores) in enumerate(sections.items()):
        labels = [label for label, prf in scores.per_label.items() if prf.gold]
        chart = f"f1_{index}.png"
        figure, axes = plt.subplots(figsize=(7, 0.35 * len(labels) + 1.2))
        axes.barh(labels, [scores.per_label[label].f1 for label in labels])
        axes.set_xlim(0, 1)
        axes.set_title(f"{name}: F1 per label (micro {scores.micro.f1:.3f})")
        figure.tight_layout()
        figure.savefig(directory / chart, dpi=100)
        plt.close(figure)
        lines += [f"## {name}", "", "```", format_scores(scores), "```", "", f"![F1 per label]({chart})", ""]
        if scores.confusion:
            names = sorted(set(scores.confusion) | {p for row in scores.confusion.values() for p in row})
            matrix = [[scores.confusion.get(g, {}).get(p, 0) for p in names] for g in names]
            figure, axes = plt.subplots(figsize=(0.4 * len(names) + 2, 0.4 * len(names) + 2))
            axes.imshow([[value ** 0.5 for value in row] for row in matrix], cmap="Blues")
            axes.set_xticks(range(len(names)), names, rotation=90)
            axes.set_yticks(range(len(names)), names)
            axes.set_xlabel("predicted")
            axes.set_ylabel("gold")
            axes.set_title("label confusion (tokens, square-root scale)")
            figure.tight_layout()
            figure.savefig(directory / f"confusion_{index}.png", dpi=100)
            plt.close(figure)
            lines += [f"![label confusion](confusion_{index}.png)", ""]
    report = directory / "report.md"
    report.write_text("\n".join(lines), encoding="utf-8")
    return report
