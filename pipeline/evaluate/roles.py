"""Officials end to end: on NEREL brat documents, person -> profession (the roles the pipeline reads
against the WORKS_AS relations) and person -> organization (the roles' institutions against the
WORKPLACE relations); on IOB2 sentences (KazNERD), person -> title against the POSITION spans next to
PERSON spans."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.evaluate.ner import BratDocument, read_brat
from pipeline.evaluate.scoring import PRF, JsonScores, Tally, accuracy, overlaps
from pipeline.iob import TaggedSentence, read_iob, spans_from_tags
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
    for name in filter(None, (fact.org.name, fact.org.name_kk, fact.org.name_ru, fact.org.name_en, fact.org_unit)):
        if fold(name) in (fold(gold_text), fold(registry.nominative(gold_text, lang))):
            return True  # an acronym or a country has no content words ("ИГ", "ООН", "Қазақстанның")
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


# What may stand between a title and its holder's name: nothing, a comma or a dash.
_JOINERS = frozenset({",", "-", "–", "—"})
# A Kazakh genitive word: the title's institution or place stands in it ("облысының әкімі").
_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")


def title_pairs(sentence: TaggedSentence) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(PERSON, POSITION) token spans that name one person and a title of theirs: the POSITIONs right
    before a PERSON, each right before the next ("Мемлекеттік хатшы Name", "Премьер-министрдің
    орынбасары – Қаржы министрі Name"), and those right after a PERSON ("Name, облыс әкімі") unless
    they lead to the next name ("Name Украина Президенті Name-мен": the second name's)."""
    spans = sorted(spans_from_tags(sentence.tags))

    def joined(first: int, second: int) -> bool:
        """Nothing, a comma or a dash between; between two titles, a comma or a dash: without one the
        first is another person's ("Мемлекет басшысы Денсаулық сақтау министрі Name-ге")."""
        between = sentence.tokens[spans[first][1]:spans[second][0]]
        return all(token in _JOINERS for token in between) and (bool(between) or label(first) != label(second))

    def label(index: int) -> str:
        return spans[index][2]

    pairs, titled = [], set()
    for index in range(len(spans)):
        if label(index) != "PERSON":
            continue
        before = index - 1
        while before >= 0 and label(before) == "POSITION" and joined(before, before + 1):
            pairs.append((spans[index][:2], spans[before][:2]))
            titled.add(before)
            before -= 1
    for index in range(len(spans)):
        if label(index) != "PERSON":
            continue
        after = index + 1
        while after < len(spans) and label(after) == "POSITION" and after not in titled and joined(after - 1, after):
            pairs.append((spans[index][:2], spans[after][:2]))
            after += 1
    return sorted(pairs)


# The spans that may name a title's institution right before it ("ҚазҰУ ректоры", "Қазақстан Президенті").
_INSTITUTION_LABELS = frozenset({"ORGANISATION", "ORGANIZATION", "GPE", "LOCATION"})


def written_institution(sentence: TaggedSentence, title: tuple[int, int]) -> tuple[int, int] | None:
    """The tokens of the institution a gold title names: its POSITION's words up to the last in the genitive
    ("Денсаулық сақтау министрлігінің" of "... бас маманы"), else a span of an institution or a place right
    before it."""
    words = sentence.tokens[title[0]:title[1]]
    genitives = [index for index, word in enumerate(words[:-1]) if _GENITIVE.search(word.lower())]
    if genitives:
        return title[0], title[0] + genitives[-1] + 1
    before = [(start, end) for start, end, label in spans_from_tags(sentence.tags)
              if end == title[0] and label in _INSTITUTION_LABELS]
    return before[0] if before else None


def _names_the_written_institution(fact: RoleFact, text: str, institution: tuple[int, int], registry: Registry,
                                   lang: str) -> bool:
    """Whether a role names the institution at ``institution`` (characters): the words of it before the role's
    title do, or the title takes in them all ("Премьер-министрдің орынбасары", whose institution the
    title's seat gives)."""
    if fact.org is None:
        return False
    written = text[institution[0]:min(institution[1], max(institution[0], fact.title_start))].strip()
    return not written or names_the_institution(fact, written, registry, lang)


@dataclass
class TitlePairScores(JsonScores):
    """(person, title) pairs end to end: recall over the gold pairs, precision over the roles of the
    persons in them; of the gold titles, the share found with a role code of the taxonomy (not
    "other"), and of the genitive ones ("облысының әкімі"), the share found with an institution; of
    the titles that name their institution (``written_institution``), the share found with that one."""

    precision: float
    recall: float
    f1: float
    gold: int
    found: int  # gold pairs a role matches
    predicted: int  # roles of the persons in gold pairs
    correct: int  # of those, roles that match a gold pair
    resolved: float
    genitive_titles: int
    with_institution: float
    institution_titles: int
    institution_named: float
    missed: list[dict] = field(default_factory=list)  # sentence number, person, title
    spurious: list[dict] = field(default_factory=list)  # sentence number, person, the title read


def evaluate_title_pairs(stages, registry: Registry, path: Path, lang: str = "kk", skip: int = 0) -> TitlePairScores:
    """Each sentence of the IOB2 file after the first ``skip`` that holds a gold pair
    (``title_pairs``) is read as a page. A gold pair is found when a role's person mention overlaps
    its PERSON and the role's title its POSITION. Precision counts the roles of persons in gold
    pairs only: a sentence's other persons may hold titles nobody annotated."""
    from pipeline.records import Page

    with_pairs = [(number, sentence, pairs) for number, sentence in enumerate(read_iob(path))
                  if number >= skip and (pairs := title_pairs(sentence))]
    documents = stages.annotate([Page(source=f"sentence-{number}", text=" ".join(sentence.tokens))
                                 for number, sentence, _ in with_pairs])
    gold_count = found_count = predicted = correct = resolved = genitive_titles = with_institution = 0
    institution_titles = institution_named = 0
    missed, spurious = [], []
    for (number, sentence, pairs), document in zip(with_pairs, documents):
        text = document.page.text
        starts = [0]
        for token in sentence.tokens:
            starts.append(starts[-1] + len(token) + 1)
        gold = [((starts[person[0]], starts[person[1]] - 1), (starts[title[0]], starts[title[1]] - 1)) for person, title in pairs]
        institutions = [(starts[span[0]], starts[span[1]] - 1) if (span := written_institution(sentence, title)) else None
                        for _, title in pairs]
        facts = {((fact.person_mention.start, fact.person_mention.end), (fact.title_start, fact.title_end)): fact
                 for fact in document.roles if fact.person_mention.lang == lang}
        for person, title in (key for key in facts if any(overlaps(key[0], gold_person) for gold_person, _ in gold)):
            predicted += 1
            if any(overlaps(person, gold_person) and overlaps(title, gold_title) for gold_person, gold_title in gold):
                correct += 1
            else:
                spurious.append({"sentence": number, "person": text[slice(*person)], "title": text[slice(*title)]})
        for (person, title), institution in zip(gold, institutions):
            institution_titles += institution is not None
            found = [fact for (fact_person, fact_title), fact in facts.items()
                     if overlaps(fact_person, person) and overlaps(fact_title, title)]
            written = text[slice(*title)].split()
            genitive = any(_GENITIVE.search(word.lower()) for word in written[:-1])
            gold_count += 1
            genitive_titles += genitive
            if not found:
                missed.append({"sentence": number, "person": text[slice(*person)], "title": " ".join(written)})
                continue
            found_count += 1
            resolved += any(fact.role != "other" for fact in found)
            with_institution += genitive and any(fact.org is not None for fact in found)
            institution_named += institution is not None and any(
                _names_the_written_institution(fact, text, institution, registry, lang) for fact in found)
    precision, recall = accuracy(correct, predicted), accuracy(found_count, gold_count)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return TitlePairScores(precision, recall, f1, gold_count, found_count, predicted, correct,
                           accuracy(resolved, gold_count), genitive_titles, accuracy(with_institution, genitive_titles),
                           institution_titles, accuracy(institution_named, institution_titles), missed, spurious)


def format_title_pairs(scores: TitlePairScores) -> str:
    return (f"(person, title) pairs: P {scores.precision:.3f} R {scores.recall:.3f} F1 {scores.f1:.3f} "
            f"(gold {scores.gold}, found {scores.found}; roles of their persons {scores.predicted}, right {scores.correct})\n"
            f"gold titles found with a role code: {scores.resolved:.3f} of {scores.gold}\n"
            f"genitive titles found with an institution: {scores.with_institution:.3f} of {scores.genitive_titles}\n"
            f"titles found with the institution they name: {scores.institution_named:.3f} of {scores.institution_titles}")
