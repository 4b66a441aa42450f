"""The scoring every evaluation shares: precision, recall and F1 from counts, accuracy, and span
scores (exact span match, and partial: overlapping spans of the same label)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field


class JsonScores:
    """Scores that print as indented JSON (``--json``)."""

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False, default=str)


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
class Tally:
    """Counts summed over documents, pages or pairs, read out as one PRF."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, correct: int, predicted: int, gold: int) -> None:
        self.correct, self.predicted, self.gold = self.correct + correct, self.predicted + predicted, self.gold + gold

    def prf(self) -> PRF:
        return PRF.from_counts(self.correct, self.predicted, self.gold)


def accuracy(right: int, total: int) -> float:
    return round(right / total, 4) if total else 0.0


def overlaps(first: tuple, second: tuple) -> bool:
    """Whether two spans, (start, end, ...), share a character or token."""
    return first[0] < second[1] and second[0] < first[1]


@dataclass
class SpanScores(JsonScores):
    micro: PRF
    per_label: dict[str, PRF] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] | None = None  # token level, gold label -> predicted label -> count


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


def outermost(spans: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    return {span for span in spans
            if not any(other != span and other[0] <= span[0] and span[1] <= other[1] for other in spans)}


@dataclass
class MatchScores(JsonScores):
    exact: SpanScores
    partial: SpanScores


def score_exact_and_partial(gold: list[set[tuple]], predicted: list[set[tuple]]) -> MatchScores:
    """Exact: same bounds and label. Partial: a predicted span overlapping a gold span of the same
    label counts once for that gold span (the rest of the prediction is forgiven)."""
    forgiven = []
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        used_gold, used_predicted = set(), set()
        for g, p in sorted((g, p) for g in gold_spans for p in predicted_spans if g[2] == p[2] and overlaps(g, p)):
            if g not in used_gold and p not in used_predicted:
                used_gold.add(g)
                used_predicted.add(p)
        forgiven.append(used_gold | (predicted_spans - used_predicted))
    return MatchScores(score_spans(gold, predicted), score_spans(gold, forgiven))


def format_scores(scores: SpanScores) -> str:
    rows = [f"{'label':<16}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}"]
    for label, prf in [*scores.per_label.items(), ("micro", scores.micro)]:
        rows.append(f"{label:<16}{prf.precision:>8.3f}{prf.recall:>8.3f}{prf.f1:>8.3f}{prf.gold:>8}{prf.predicted:>8}")
    return "\n".join(rows)
