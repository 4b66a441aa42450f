"""Language identification: each detector's accuracy per language, on ``lang<TAB>text`` files.

Whole sentences and short lines are scored alike."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline.evaluate.scoring import accuracy

SHORT_LINE = 30


def evaluate_langid(files: list[Path], languages: list[str], detector_names: tuple[str, ...]) -> dict:
    """Accuracy per language of each detector, separately for whole sentences and for short lines
    (at most 30 characters: headlines, menus), on `lang<TAB>text` files."""
    from pipeline.language import make_detector
    from pipeline.lexicon import load_lexicons

    rows = []
    for path in files:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                lang, _, text = line.partition("\t")
                rows.append((lang, text))
    results: dict = {}
    lexicons = load_lexicons()
    for name in detector_names:
        detected = make_detector(name, languages, lexicons, 0.0).detect([text for _, text in rows])
        tally: dict = {}
        for (lang, text), (found, _, _) in zip(rows, detected):
            kind = "short lines" if len(text) <= SHORT_LINE else "sentences"
            counts = tally.setdefault(kind, {}).setdefault(lang, Counter())
            counts["n"] += 1
            counts["right"] += found == lang
        results[name] = {kind: {lang: {"n": c["n"], "accuracy": accuracy(c["right"], c["n"])} for lang, c in per_lang.items()}
                         | {"all": {"n": sum(c["n"] for c in per_lang.values()),
                                    "accuracy": accuracy(sum(c["right"] for c in per_lang.values()),
                                                         sum(c["n"] for c in per_lang.values()))}}
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
