"""Lists the professions NEREL train ties to persons (WORKS_AS) that the role taxonomy does not
yet find: the source for extending pipeline/data/roles.yaml. Only the train split is read; dev
stays the measurement (`python -m pipeline evaluate roles --brat ../shared/data/nerel/dev`).

A PROFESSION span is covered when the Russian title matcher finds a title anywhere in it. An
uncovered span is counted under its head: its words up to and including the first noun, as
lemmas ("главного тренера сборной" -> "главный тренер"). Run from the repository root with
../shared beside it:

    .venv/bin/python scripts/nerel_professions.py [--min-count 2] [--covered]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from pipeline.evaluate import read_brat
from pipeline.normalize.names import russian_morphology
from pipeline.roles import title_matcher

TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "nerel" / "train"
WORD = re.compile(r"[\w-]+")
MODIFIERS = {"ADJF", "PRTF", "NUMR"}  # words that may stand before a title's head noun


def works_as_professions(folder: Path) -> list[str]:
    """The text of every PROFESSION span that is the second argument of a WORKS_AS relation."""
    spans = []
    for document in read_brat(folder):
        for kind, _, profession in document.relations:
            if kind == "WORKS_AS" and profession in document.entities:
                _, start, end = document.entities[profession]
                spans.append(re.sub(r"\s+", " ", document.text[start:end]).strip())
    return spans


def head_lemmas(span: str) -> str:
    """The span's words up to its first noun, lemmatized; the whole span when no noun is found."""
    morphology = russian_morphology()
    lemmas = []
    for word in WORD.findall(span.lower()):
        parse = morphology.parse(word)[0]
        lemmas.append(parse.normal_form)
        if parse.tag.POS not in MODIFIERS:
            break
    return " ".join(lemmas)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--covered", action="store_true", help="list the covered heads instead")
    args = parser.parse_args()
    matcher = title_matcher("ru")
    counts: Counter = Counter()
    examples: dict[str, Counter] = defaultdict(Counter)
    spans = works_as_professions(TRAIN)
    covered = 0
    for span in spans:
        found = bool(matcher.find(span, 0, len(span)))
        covered += found
        if found == args.covered:
            head = head_lemmas(span)
            counts[head] += 1
            examples[head][span.lower()] += 1
    print(f"# {len(spans)} WORKS_AS professions in NEREL train, {covered} covered by the taxonomy "
          f"({covered / len(spans):.1%})")
    print(f"# {'covered' if args.covered else 'uncovered'} heads seen at least {args.min_count} times: "
          "count, head lemmas, most frequent spans")
    for head, count in counts.most_common():
        if count >= args.min_count:
            shown = "; ".join(span for span, _ in examples[head].most_common(3))
            print(f"{count}\t{head}\t{shown}")


if __name__ == "__main__":
    main()
