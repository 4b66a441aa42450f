"""Person -> profession end to end: the roles the pipeline reads on NEREL brat documents against
their WORKS_AS relations."""

from __future__ import annotations

from pathlib import Path

from pipeline.evaluate.ner import read_brat
from pipeline.evaluate.scoring import PRF, Tally, overlaps


def evaluate_works_as(stages, folder: Path, lang: str = "ru") -> PRF:
    """End-to-end person -> profession: a gold WORKS_AS pair is found when a role's person mention
    overlaps the gold person and its title overlaps the gold profession."""
    from pipeline.records import Page

    tally = Tally()
    for document in read_brat(folder):
        gold = {(document.entities[first][1:], document.entities[second][1:])
                for kind, first, second in document.relations
                if kind == "WORKS_AS" and first in document.entities and second in document.entities}
        [annotated] = stages.annotate([Page(source=document.name, text=document.text)])
        found = {((fact.person_mention.start, fact.person_mention.end), (fact.title_start, fact.title_end))
                 for fact in annotated.roles if fact.person_mention.lang == lang}
        correct = sum(1 for person, title in found if any(overlaps(person, gp) and overlaps(title, gt) for gp, gt in gold))
        tally.add(correct, len(found), len(gold))
    return tally.prf()
