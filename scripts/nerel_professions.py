"""Lists the professions NEREL train ties to persons (WORKS_AS) that the role taxonomy does not
yet find: the source for extending pipeline/data/roles.yaml. Only the train split is read; dev
stays the measurement (`python -m pipeline evaluate roles --brat ../shared/data/nerel/dev`).

A PROFESSION span is covered when the Russian title matcher finds a title anywhere in it. An
uncovered span is counted under its head: its words up to and including the first noun, as
lemmas ("главного тренера сборной" -> "главный тренер"). With --misses FOLDER, the pipeline runs
on a brat folder and the WORKS_AS pairs it misses are counted by why (the README's figures for
dev). Run from the repository root with ../shared beside it:

    .venv/bin/python scripts/nerel_professions.py [--min-count 2] [--covered]
    .venv/bin/python scripts/nerel_professions.py --misses ../shared/data/nerel/dev
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from pipeline.evaluate.ner import read_brat
from pipeline.evaluate.scoring import overlaps
from pipeline.normalize.names import russian_morphology
from pipeline.resources import Resources
from pipeline.roles import SentenceSplitter, TitleMatcher

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


def miss_reasons(folder: Path) -> Counter:
    """Why each gold WORKS_AS pair of a brat folder is missed: no title of the taxonomy in its
    profession, no PERSON mention kept on its person, the two in different sentences, the person
    given another title, the title given to another person, or else the construction."""
    from pipeline.config import load_settings
    from pipeline.engine import Stages
    from pipeline.records import Page

    resources = Resources()
    stages, matcher, reasons = Stages(load_settings(), resources), TitleMatcher(resources.roles, "ru"), Counter()
    splitter = SentenceSplitter(resources.lexicons)
    for document in read_brat(folder):
        [annotated] = stages.annotate([Page(source=document.name, text=document.text)])
        found = {((f.person_mention.start, f.person_mention.end), (f.title_start, f.title_end))
                 for f in annotated.roles if f.person_mention.lang == "ru"}
        persons = [(m.start, m.end) for m in annotated.mentions if m.label == "PERSON"]
        sentences = splitter.spans(document.text, 0, len(document.text))

        def sentence_of(offset: int) -> int:
            return next((i for i, (start, end) in enumerate(sentences) if start <= offset < end), -1)

        gold = {(document.entities[first][1:], document.entities[second][1:])
                for kind, first, second in document.relations
                if kind == "WORKS_AS" and first in document.entities and second in document.entities}
        for person, title in gold:
            if any(overlaps(p, person) and overlaps(t, title) for p, t in found):
                continue
            reasons[("no title in the taxonomy" if not matcher.find(document.text, *title)
                     else "no person kept" if not any(overlaps(p, person) for p in persons)
                     else "person in another sentence" if sentence_of(person[0]) != sentence_of(title[0])
                     else "person given another title" if any(overlaps(p, person) for p, _ in found)
                     else "title given to another person" if any(overlaps(t, title) for _, t in found)
                     else "construction")] += 1
    return reasons


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--covered", action="store_true", help="list the covered heads instead")
    parser.add_argument("--misses", type=Path, help="count why the pipeline misses the WORKS_AS pairs of this brat folder")
    args = parser.parse_args()
    if args.misses:
        reasons = miss_reasons(args.misses)
        print(f"# {sum(reasons.values())} WORKS_AS pairs missed in {args.misses}")
        for reason, count in reasons.most_common():
            print(f"{count}\t{reason}")
        return
    matcher = TitleMatcher(Resources().roles, "ru")
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
