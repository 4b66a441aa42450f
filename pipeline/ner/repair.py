"""Span repairs that hold for every backend, applied to the entities of one text.

- A surname followed by initials or a patronymic is one name: "Жиенбаева С.Н.", "Мамбетова
  Нұрзада Үсенқызы" (models often stop at the first word).
- A "person" that contains "атындағы", "имени" or "named after" is an institution's name
  (Л.Н. Гумилев атындағы ЕҰУ): it becomes an ORG.
"""

from __future__ import annotations

import re

from pipeline.records import EntitySpan

_TRAILING_NAME_PART = re.compile(
    r"\s+(?:(?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]\.\s?){1,3}|[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:қызы|ұлы|кызы|улы|овна|евна|ович|евич|ична)\b)")
_NAMED_AFTER = re.compile(r"\b(?:атындағы|имени|named after)\b", re.IGNORECASE)


def repair_spans(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    repaired = []
    for entity in entities:
        if entity.label == "PERSON":
            if _NAMED_AFTER.search(text[entity.start:entity.end]):
                entity = EntitySpan(entity.start, entity.end, "ORG", entity.score)
            else:
                trailing = _TRAILING_NAME_PART.match(text, entity.end)
                if trailing and not any(other.start < trailing.end() and other.end > entity.end for other in entities):
                    entity = EntitySpan(entity.start, trailing.end(), entity.label, entity.score)
        repaired.append(entity)
    return repaired
