"""Officials end to end on NEREL brat documents: person -> profession (the roles the pipeline reads
against the WORKS_AS relations) and person -> organization (the roles' institutions against the
WORKPLACE relations)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate.ner import BratDocument, read_brat
from pipeline.evaluate.scoring import PRF, Tally, overlaps
from pipeline.normalize.institutions import Registry, fold
from pipeline.records import RoleFact

# NEREL's WORKPLACE also runs to countries, regions and cities ("министр России", "губернатор области"):
# what the pipeline attaches is an institution, so an organization (or a facility: a hospital, a museum).
WORKPLACE_TYPES = frozenset({"ORGANIZATION", "FACILITY"})
STEM = 5  # letters of a folded word that tell it from another in any case: университета, университет


@dataclass(frozen=True)
class OfficialsOnBrat:
    works_as: PRF
    workplace: PRF


def gold_workplaces(document: BratDocument) -> tuple[set[tuple], set[tuple]]:
    """(person span, organization span) pairs of the document, and the person's other workplaces (a
    country, a region): a person's WORKPLACE, or the WORKPLACE of a profession the person WORKS_AS."""
    entities = document.entities
    works_as: dict[str, list[str]] = {}
    for kind, first, second in document.relations:
        if kind == "WORKS_AS" and first in entities and second in entities:
            works_as.setdefault(second, []).append(first)
    organizations, places = set(), set()
    for kind, first, second in document.relations:
        if kind != "WORKPLACE" or first not in entities or second not in entities:
            continue
        holders = [first] if entities[first][0] == "PERSON" else works_as.get(first, [])
        target = organizations if entities[second][0] in WORKPLACE_TYPES else places
        target.update((entities[holder][1:], entities[second][1:]) for holder in holders)
    return organizations, places


def names_the_institution(fact: RoleFact, gold_text: str, registry: Registry, lang: str) -> bool:
    """Whether the fact's institution (or its unit) is the one a gold span names: the registry reads
    the span as it, or most of their words agree up to their endings (the span is in any case)."""
    found = registry.lookup(gold_text, lang)
    if found is not None and found.org_id == fact.org.org_id:
        return True
    gold = registry.content_words(gold_text)
    for name in filter(None, (fact.org.name, fact.org.name_ru, fact.org.name_en, fact.org_unit)):
        if fold(name) == fold(gold_text):
            return True  # an acronym has no content words ("ИГ", "ООН")
        words = registry.content_words(name)
        shared = sum(1 for word in gold if any(_same_word(word, other) for other in words))
        if gold and words and (shared == len(gold) or shared / (len(gold) + len(words) - shared) >= 0.5):
            return True
    return False


def _same_word(first: str, second: str) -> bool:
    """Two folded words that differ in their endings only: университета, университет; Рады, Рада."""
    shorter = min(len(first), len(second))
    return first == second or shorter >= 4 and len(os.path.commonprefix([first, second])) >= min(STEM, shorter - 1)


def evaluate_officials_on_brat(stages, registry: Registry, folder: Path, lang: str = "ru") -> OfficialsOnBrat:
    """A gold WORKS_AS pair is found when a role's person mention overlaps the gold person and its title
    overlaps the gold profession. A gold WORKPLACE pair (person, organization) is found when a role's
    person mention overlaps the gold person and its institution is the organization; precision is over
    the roles with an institution whose person holds some gold WORKPLACE (one that names another kind
    of workplace, a country or a region, counts neither way)."""
    from pipeline.records import Page

    works_as, workplace = Tally(), Tally()
    for document in read_brat(folder):
        entities = document.entities
        gold_titles = {(entities[first][1:], entities[second][1:]) for kind, first, second in document.relations
                       if kind == "WORKS_AS" and first in entities and second in entities}
        [annotated] = stages.annotate([Page(source=document.name, text=document.text)])
        facts = [fact for fact in annotated.roles if fact.person_mention.lang == lang]
        found = {((fact.person_mention.start, fact.person_mention.end), (fact.title_start, fact.title_end)) for fact in facts}
        works_as.add(sum(1 for person, title in found if any(overlaps(person, gp) and overlaps(title, gt) for gp, gt in gold_titles)),
                     len(found), len(gold_titles))
        organizations, places = gold_workplaces(document)
        workplace.add(*_workplace_counts(document.text, facts, organizations, places, registry, lang))
    return OfficialsOnBrat(works_as.prf(), workplace.prf())


def _workplace_counts(text: str, facts: list[RoleFact], organizations: set[tuple], places: set[tuple],
                      registry: Registry, lang: str) -> tuple[int, int, int]:
    """(correct, predicted, gold), one to one: each (person, institution) the facts hold answers for one
    gold pair at most."""
    holders = {person for person, _ in organizations | places}
    predicted: dict[tuple, RoleFact] = {}
    for fact in facts:
        person = (fact.person_mention.start, fact.person_mention.end)
        if fact.org is not None and any(overlaps(person, holder) for holder in holders):
            predicted.setdefault((person, fact.org.org_id, fact.org_unit), fact)

    def names(fact: RoleFact, pair: tuple) -> bool:
        (gold_person, (org_start, org_end)) = pair
        return overlaps((fact.person_mention.start, fact.person_mention.end), gold_person) \
            and names_the_institution(fact, text[org_start:org_end], registry, lang)

    matched, counted = set(), 0
    for fact in predicted.values():
        pair = next((pair for pair in sorted(organizations) if pair not in matched and names(fact, pair)), None)
        if pair is not None:
            matched.add(pair)
        # A second fact on an organization already found, or one on a country or a region, is not counted.
        if pair is not None or not any(names(fact, other) for other in organizations | places):
            counted += 1
    return len(matched), counted, len(organizations)
