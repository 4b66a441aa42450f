"""Published dates: each expression's date against the expected value and precision, per language."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate.gold import read_jsonl
from pipeline.evaluate.scoring import JsonScores, accuracy
from pipeline.lexicon import Lexicon, load_lexicons


@dataclass
class DateScores(JsonScores):
    accuracy: float
    per_lang: dict[str, dict[str, float]]
    misses: list[dict]


def evaluate_dates(path: Path, lexicons: dict[str, Lexicon] | None = None) -> DateScores:
    """Reads JSONL rows {lang, text, published, precision}; a row is right when the date read from
    ``text`` has the expected value and precision (or none is read where none is expected). The
    dates are read with ``lexicons`` (the packaged ones where none are given)."""
    from pipeline.dates import DateReader

    reader = DateReader(lexicons if lexicons is not None else load_lexicons())

    totals: Counter = Counter()
    right: Counter = Counter()
    misses = []
    for row in read_jsonl(path):
        found = reader.published_from_text(row["text"])
        got = (found.value.isoformat(), found.precision) if found else (None, None)
        totals[row["lang"]] += 1
        if got == (row["published"], row["precision"]):
            right[row["lang"]] += 1
        else:
            misses.append({**row, "read": got[0], "read_precision": got[1]})
    per_lang = {lang: {"n": totals[lang], "accuracy": accuracy(right[lang], totals[lang])} for lang in sorted(totals)}
    return DateScores(accuracy(sum(right.values()), sum(totals.values())), per_lang, misses)


def format_date_scores(scores: DateScores) -> str:
    rows = [f"{'lang':<8}{'n':>6}{'accuracy':>10}"]
    rows += [f"{lang:<8}{v['n']:>6}{v['accuracy']:>10.3f}" for lang, v in scores.per_lang.items()]
    rows.append(f"{'all':<8}{sum(v['n'] for v in scores.per_lang.values()):>6}{scores.accuracy:>10.3f}")
    rows += [f"miss: {m['text'][:70]!r} read {m['read']} ({m['read_precision']}), expected {m['published']} "
             f"({m['precision']})" for m in scores.misses]
    return "\n".join(rows)
