"""Span repairs that hold for every backend, applied to the entities of one text.

- A surname followed by initials or a patronymic is one name: "Жиенбаева С.Н.", "Мамбетова
  Нұрзада Үсенқызы" (models often stop at the first word).
- A "person" that contains "атындағы", "имени" or "named after" is an institution's name
  (Л.Н. Гумилев атындағы ЕҰУ): it becomes an ORG.
- An organization is one span with the «quoted name» that follows it (International Education
  Center «EDTECH- KZ») and with a second part joined by "and" (Department of Preschool Education and
  Social Pedagogy), where a model stopped early or split it.
"""

from __future__ import annotations

import re

from pipeline.records import EntitySpan

_TRAILING_NAME_PART = re.compile(
    r"\s+(?:(?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]\.\s?){1,3}|[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:қызы|ұлы|кызы|улы|овна|евна|ович|евич|ична)\b)")
_QUOTED_NAME = re.compile(r"\s?«[^«»\n]{1,60}»")
_ORG_JOINER = re.compile(r"\s*")
_AND_AT_END = re.compile(r"\s(?:and|и|және)\s*$", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\b(?:атындағы|имени|named after)\b", re.IGNORECASE)


def repair_spans(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    absorbed: set[EntitySpan] = set()
    repaired = []
    for entity in entities:
        if entity.label == "PERSON":
            if _NAMED_AFTER.search(text[entity.start:entity.end]):
                entity = EntitySpan(entity.start, entity.end, "ORG", entity.score)
            elif trailing := _TRAILING_NAME_PART.match(text, entity.end):
                # A trailing name part the model labelled on its own (Үсенқызы as ORG) joins the name.
                inside = {other for other in entities if entity.end <= other.start and other.end <= trailing.end()}
                crossing = [other for other in entities if other.start < trailing.end() and other.end > entity.end
                            and other not in inside]
                if not crossing:
                    absorbed |= inside
                    entity = EntitySpan(entity.start, trailing.end(), entity.label, entity.score)
        repaired.append(entity)
    return _joined_organizations(text, [entity for entity in repaired if entity not in absorbed])


def _joined_organizations(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    entities = sorted(entities, key=lambda entity: (entity.start, entity.end))
    joined: list[EntitySpan] = []
    for entity in entities:
        previous = joined[-1] if joined else None
        if previous is not None and previous.label == entity.label == "ORG" and _ORG_JOINER.fullmatch(
                text[previous.end:entity.start]) and _AND_AT_END.search(text[previous.start:entity.start]):
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
