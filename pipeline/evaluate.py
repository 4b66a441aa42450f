"""Evaluate: precision, recall and F1 of entity spans against gold data (exact span match)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
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


def evaluate_conll(spec: BackendSpec, path: Path, predictions: Path | None = None) -> SpanScores:
    sentences: list[TaggedSentence] = list(read_iob(path))
    backend = load_backend(spec)
    found = backend.tag([" ".join(sentence.tokens) for sentence in sentences])
    gold = [{(s, e, common_label(label)) for s, e, label in spans_from_tags(sentence.tags)} for sentence in sentences]
    predicted = [align_to_tokens(sentence.tokens, entities) for sentence, entities in zip(sentences, found)]
    if predictions is not None:
        write_predictions(predictions, [TaggedSentence(s.tokens, tags_from_spans(len(s.tokens), g)) for s, g in zip(sentences, gold)],
                          [tags_from_spans(len(s.tokens), p) for s, p in zip(sentences, predicted)])
    return score_spans(gold, predicted)


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
