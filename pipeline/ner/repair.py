"""Span repairs that hold for every backend, applied to the entities of one text.

- A name the model started after a hyphen takes the first part back: "Kassym-Jomart Tokayev", not
  "Jomart Tokayev".
- A surname followed by initials or a patronymic is one name: "Жиенбаева С.Н.", "Мамбетова
  Нұрзада Үсенқызы" (models often stop at the first word).
- A "person" that contains "атындағы", "имени" or "named after" is an institution's name
  (Л.Н. Гумилев атындағы ЕҰУ): it becomes an ORG. A person right before "атындағы" or right after
  "имени"/"named after" is part of the name around it: it joins the adjacent entity as one ORG,
  or, with none adjacent, is no mention of its own.
- A name written with initials ("Г.Т.Балақаева", "Т. Т. Жүнісова", "S.Zh. Praliyev", "Тулеуова Б.Т.")
  is a PERSON where the model found none or only part of it, when its surname has a surname's
  ending; not before "атындағы", "имени" or "named after", where it names an institution.
- An organization is one span with the «quoted name» that follows it (International Education
  Center «EDTECH- KZ») and with a second part joined by "and" (Department of Preschool Education and
  Social Pedagogy), where a model stopped early or split it.
"""

from __future__ import annotations

import re

from pipeline import __version__
from pipeline.lexicon import Lexicon, words_in_all
from pipeline.patterns import any_of
from pipeline.records import OTHER, Document, EntitySpan, Mention

_QUOTED_NAME = re.compile(r"\s?«[^«»\n]{1,60}»")
_ORG_JOINER = re.compile(r"\s*")
_UPPER, _LOWER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ", "a-zа-яёәғқңөұүһі"
_INITIALS = rf"(?:[{_UPPER}][{_LOWER}]?\.\s?){{1,3}}"
_SURNAME = rf"[{_UPPER}][{_LOWER}]{{2,}}(?:-[{_UPPER}][{_LOWER}]+)?"
_INITIALS_NAME = re.compile(
    rf"(?<![\w.])(?:{_INITIALS}{_SURNAME}|{_SURNAME}\s{_INITIALS}(?![{_UPPER}][{_LOWER}]?\.|\s?[{_UPPER}][{_LOWER}]))")
_HYPHENATED_FIRST_PART = re.compile(rf"[{_UPPER}][{_LOWER}]+-$")


class SpanRepair:
    """The repair stage: the NER spans of each segment with the constructions above mended. A
    span the rules add takes the backend of the segment's other spans (or ``rules``). The words
    and endings come from the lexicons (``data/lexicon/<lang>.yaml``), compiled once."""

    def __init__(self, lexicons: dict[str, Lexicon]):
        patronymic = any_of(words_in_all(lexicons, "patronymic_endings"))
        self.trailing_name_part = re.compile(
            rf"\s+(?:(?:[{_UPPER}]\.\s?){{1,3}}|[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:{patronymic})\b)")
        self.and_at_end = re.compile(rf"\s(?:{any_of(words_in_all(lexicons, 'and_words'))})\s*$", re.IGNORECASE)
        named_after_before = words_in_all(lexicons, "named_after_before_name")
        named_after = any_of(named_after_before + words_in_all(lexicons, "named_after_after_name"))
        self.named_after = re.compile(rf"\b(?:{named_after})\b", re.IGNORECASE)
        self.before_institution = re.compile(rf"\s*(?:{named_after})\b", re.IGNORECASE)
        self.named_after_before = re.compile(rf"(?:{any_of(named_after_before)})\s*$", re.IGNORECASE)
        # Endings of Kazakh and Russian surnames and patronymics, in Cyrillic and in their usual Latin
        # spellings; a Kazakh case ending may follow: Балақаеваның, Бекмағанбетовқа.
        self.surname_ending = re.compile(
            rf"(?:{any_of(words_in_all(lexicons, 'surname_endings') + words_in_all(lexicons, 'patronymic_endings'))})"
            rf"(?:{any_of(words_in_all(lexicons, 'surname_case_endings'))})?\b", re.IGNORECASE)

    def __call__(self, documents: list[Document]) -> list[Document]:
        for document in documents:
            text = document.page.text
            kept = [m for m in document.mentions if not any(s.start <= m.start and m.end <= s.end for s in document.segments
                                                            if s.lang != OTHER)]
            for segment in document.segments:
                if segment.lang == OTHER:
                    continue
                inside = [m for m in document.mentions if segment.start <= m.start and m.end <= segment.end]
                spans = [EntitySpan(m.start - segment.start, m.end - segment.start, m.label, m.score) for m in inside]
                backend, version = (inside[0].backend, inside[0].backend_version) if inside else ("rules", __version__)
                kept.extend(Mention(segment.start + e.start, segment.start + e.end, text[segment.start + e.start:segment.start + e.end],
                                    e.label, segment.lang, backend, version, e.score)
                            for e in self.repair_spans(text[segment.start:segment.end], spans))
            document.mentions = kept
        return documents

    def repair_spans(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        entities = self._named_after_people_joined(text, self._with_initials_names(text, entities))
        absorbed: set[EntitySpan] = set()
        repaired = []
        for entity in entities:
            if entity.label == "PERSON":
                if first_part := _HYPHENATED_FIRST_PART.search(text, max(0, entity.start - 20), entity.start):
                    entity = EntitySpan(first_part.start(), entity.end, entity.label, entity.score)
                if self.named_after.search(text[entity.start:entity.end]):
                    entity = EntitySpan(entity.start, entity.end, "ORG", entity.score)
                elif trailing := self.trailing_name_part.match(text, entity.end):
                    # A trailing name part the model labelled on its own (Үсенқызы as ORG) joins the name.
                    inside = {other for other in entities if entity.end <= other.start and other.end <= trailing.end()}
                    crossing = [other for other in entities if other.start < trailing.end() and other.end > entity.end
                                and other not in inside]
                    if not crossing:
                        absorbed |= inside
                        entity = EntitySpan(entity.start, trailing.end(), entity.label, entity.score)
            repaired.append(entity)
        return self._joined_organizations(text, [entity for entity in repaired if entity not in absorbed])

    def _joined_organizations(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        entities = sorted(entities, key=lambda entity: (entity.start, entity.end))
        joined: list[EntitySpan] = []
        for entity in entities:
            previous = joined[-1] if joined else None
            if previous is not None and previous.label == entity.label == "ORG" and _ORG_JOINER.fullmatch(
                    text[previous.end:entity.start]) and self.and_at_end.search(text[previous.start:entity.start]):
                joined[-1] = EntitySpan(previous.start, entity.end, "ORG", previous.score)
                continue
            joined.append(entity)
        result = []
        for entity in joined:
            quoted = _QUOTED_NAME.match(text, entity.end) if entity.label == "ORG" else None
            if quoted and not any(other.start < quoted.end() and other.end > entity.end for other in joined):
                entity = EntitySpan(entity.start, quoted.end(), entity.label, entity.score)
            result.append(entity)
        return result

    def _with_initials_names(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """Adds the initials names the model missed; a PERSON or other span inside one is replaced by it,
        and a span that crosses its edge leaves it out."""
        for match in _INITIALS_NAME.finditer(text):
            start, end = match.span()
            end -= len(match.group()) - len(match.group().rstrip())
            surname = max(re.split(r"[\s.]+", text[start:end]), key=len)
            if not self.surname_ending.search(surname) or self.before_institution.match(text, end):
                continue
            if any(e.label == "PERSON" and e.start <= start and end <= e.end for e in entities):
                continue
            inside = [e for e in entities if start <= e.start and e.end <= end]
            trimmed = {e: _without(text, e, start, end) for e in entities
                       if e not in inside and e.label != "PERSON" and e.start <= start and end <= e.end}
            if any(e.start < end and start < e.end and e not in inside and trimmed.get(e) is None for e in entities):
                continue
            entities = ([trimmed.get(e, e) for e in entities if e not in inside] + [EntitySpan(start, end, "PERSON")])
        return sorted(entities, key=lambda entity: (entity.start, entity.end))

    def _named_after_people_joined(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        result = list(entities)
        for person in [e for e in entities if e.label == "PERSON"]:
            after = self.before_institution.match(text, person.end)
            before = self.named_after_before.search(text, 0, person.start)
            if not after and not before:
                continue
            result.remove(person)
            if after:
                following = next((e for e in result if e.start >= after.end() and not text[after.end():e.start].strip()), None)
                if following is not None:
                    result[result.index(following)] = EntitySpan(person.start, following.end, "ORG", following.score)
            else:
                preceding = next((e for e in result if e.end <= before.start() and not text[e.end:before.start()].strip()), None)
                if preceding is not None:
                    result[result.index(preceding)] = EntitySpan(preceding.start, person.end, "ORG", preceding.score)
        return sorted(result, key=lambda entity: (entity.start, entity.end))


def _without(text: str, entity: EntitySpan, start: int, end: int) -> EntitySpan | None:
    """The entity with a name glued to its head or tail cut off ("International Cooperation
    Department N.A. Abueva"); None when the name sits inside it."""
    if not text[end:entity.end].strip(" ,.;") and entity.start < start:
        return EntitySpan(entity.start, entity.start + len(text[entity.start:start].rstrip(" ,;-–—")), entity.label, entity.score)
    if entity.start == start and end < entity.end:
        return EntitySpan(end + len(text[end:entity.end]) - len(text[end:entity.end].lstrip(" ,;-–—")), entity.end,
                          entity.label, entity.score)
    return None
