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
  ending; not before "атындағы", "имени" or "named after", where it names an institution. A span
  that runs from before it into its initials ("Abai KazNPU S.Zh" as PERSON) gives the name back and
  keeps its head: as an ORG where the registry knows the head (Abai KazNPU), else not at all.
- An organization is one span with the «quoted name» that follows it (International Education
  Center «EDTECH- KZ», АО «...») and with a second part joined by "and" (Department of Preschool
  Education and Social Pedagogy), where a model stopped early or split it. An English unit written in
  lower case before "of" and an organization is part of it ("the education department of the Akimat
  of Kostanay"): its head word is one of the ``unit_words`` of roles.yaml.
- A person's name that fills a pair of quotes ("Ybyray Altynsarin" badges, «Ы. Алтынсарин» төсбелгісі)
  names an award, a programme or an institution after the person: it is no mention of the person (MISC).
- A person whose name, with the words right around it, is a registered institution's name
  ("Университете Назарбаева", "Nazarbayev University", "Университет Сатпаева") is that institution;
  one that starts with a region, a city of republican significance or a registered institution
  ("Akim of Astana Zhenis Kassymbek", "депутат Мажилиса Бауржан Алимов") is the name after it, where
  two capitalized words stay for the name: the place becomes a GPE, the institution an ORG.
- A «quoted name» the model took alone takes the words that say what kind of institution it is: in
  Russian the head word before it (детского сада «Еркемай», школу-лицей "Білім"), in Kazakh the words
  after it up to the head word («Ергөбек» негізгі орта мектебі); the head words are the
  ``institution_words`` and ``school_words`` of roles.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.institutions import lookup_institution, region_of
from pipeline.normalize.latin import latin_key
from pipeline.normalize.names import given_name_keys
from pipeline.records import EntitySpan
from pipeline.taxonomy import load_roles

_TRAILING_NAME_PART = re.compile(
    r"\s+(?:(?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]\.\s?){1,3}|[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:қызы|ұлы|кызы|улы|овна|евна|ович|евич|ична)\b)")
_QUOTED_NAME = re.compile(r"\s?«[^«»\n]{1,60}»")
_ORG_JOINER = re.compile(r"\s*")
_AND_AT_END = re.compile(r"\s(?:and|и|және)\s*$", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\b(?:атындағы|имени|named after)\b", re.IGNORECASE)
_UPPER, _LOWER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ", "a-zа-яёәғқңөұүһі"
_INITIALS = rf"(?:[{_UPPER}][{_LOWER}]?\.\s?){{1,3}}"
_SURNAME = rf"[{_UPPER}][{_LOWER}]{{2,}}(?:-[{_UPPER}][{_LOWER}]+)?"
_INITIALS_NAME = re.compile(
    rf"(?<![\w.])(?:{_INITIALS}{_SURNAME}|{_SURNAME}\s{_INITIALS}(?![{_UPPER}][{_LOWER}]?\.|\s?[{_UPPER}][{_LOWER}]))")
# Endings of Kazakh and Russian surnames, in Cyrillic and in their usual Latin spellings.
_SURNAME_ENDING = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ын|ына|ұлы|улы|қызы|кызы|бай|бек|ский|ская|цкий|цкая|енко|"
                             r"ov|ev|ova|eva|in|ina|yn|yna|uly|kyzy|qyzy|bay|bai|bek|sky|skaya|skiy|enko)"
                             # a Kazakh case ending may follow: Балақаеваның, Бекмағанбетовқа
                             r"(?:[нтд][ыі]ң|[нтд][ыі]|[гғкқ][аеә]|[нтд][аеә]н?|[мбп]ен|н[аеә])?\b", re.IGNORECASE)
_BEFORE_INSTITUTION = re.compile(r"\s*(?:атындағы|имени|named after)\b", re.IGNORECASE)


_HYPHENATED_FIRST_PART = re.compile(rf"[{_UPPER}][{_LOWER}]+-$")
_NAMED_AFTER_BEFORE = re.compile(r"(?:имени|им\.|named after)\s*$", re.IGNORECASE)


def repair_spans(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    entities = _named_after_people_joined(text, _with_initials_names(text, entities))
    entities = _registered_names_around_persons(text, _quoted_persons_as_names(text, entities))
    entities = _without_leading_places(text, entities)
    entities = _units_before_organizations(text, _quoted_names_with_their_kind(text, entities))
    absorbed: set[EntitySpan] = set()
    repaired = []
    for entity in entities:
        if entity.label == "PERSON":
            if first_part := _HYPHENATED_FIRST_PART.search(text, max(0, entity.start - 20), entity.start):
                entity = EntitySpan(first_part.start(), entity.end, entity.label, entity.score)
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
        quoted = _QUOTED_NAME.match(text, entity.end) if entity.label in ("ORG", "FACILITY") else None
        if quoted and not any(other.start < quoted.end() and other.end > entity.end for other in joined):
            entity = EntitySpan(entity.start, quoted.end(), entity.label, entity.score)
        result.append(entity)
    return result


def _with_initials_names(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """Adds the initials names the model missed; a PERSON or other span inside one is replaced by it,
    and a span that crosses its edge leaves it out."""
    for match in _INITIALS_NAME.finditer(text):
        start, end = match.span()
        end -= len(match.group()) - len(match.group().rstrip())
        surname = max(re.split(r"[\s.]+", text[start:end]), key=len)
        if not _SURNAME_ENDING.search(surname) or _BEFORE_INSTITUTION.match(text, end):
            continue
        if any(e.label == "PERSON" and e.start <= start and end <= e.end for e in entities):
            continue
        inside = [e for e in entities if start <= e.start and e.end <= end]
        trimmed = {e: _without(text, e, start, end) for e in entities
                   if e not in inside and e.label != "PERSON" and e.start <= start and end <= e.end}
        glued = {e: _glued_head(text, e, start) for e in entities if e.start < start < e.end <= end}
        if any(e.start < end and start < e.end and e not in inside and e not in glued and trimmed.get(e) is None
               for e in entities):
            continue
        kept = [glued[e] if e in glued else trimmed.get(e, e) for e in entities if e not in inside]
        entities = [e for e in kept if e is not None] + [EntitySpan(start, end, "PERSON")]
    return sorted(entities, key=lambda entity: (entity.start, entity.end))


def _glued_head(text: str, entity: EntitySpan, name_start: int) -> EntitySpan | None:
    """What is left of a span that ran into an initials name from before it; a "person" head is an
    institution the registry knows ("Abai KazNPU S.Zh"), or nothing."""
    head = text[entity.start:name_start].rstrip(" ,;-–—")
    if not head.strip():
        return None
    if entity.label == "PERSON":
        if not any(lookup_institution(head, lang) is not None for lang in _LANGS):
            return None
        return EntitySpan(entity.start, entity.start + len(head), "ORG", entity.score)
    return EntitySpan(entity.start, entity.start + len(head), entity.label, entity.score)


def _without(text: str, entity: EntitySpan, start: int, end: int) -> EntitySpan | None:
    """The entity with a name glued to its head or tail cut off ("International Cooperation
    Department N.A. Abueva"); None when the name sits inside it."""
    if not text[end:entity.end].strip(" ,.;") and entity.start < start:
        return EntitySpan(entity.start, entity.start + len(text[entity.start:start].rstrip(" ,;-–—")), entity.label, entity.score)
    if entity.start == start and end < entity.end:
        return EntitySpan(end + len(text[end:entity.end]) - len(text[end:entity.end].lstrip(" ,;-–—")), entity.end,
                          entity.label, entity.score)
    return None


def _named_after_people_joined(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    result = list(entities)
    for person in [e for e in entities if e.label == "PERSON"]:
        after = _BEFORE_INSTITUTION.match(text, person.end)
        before = _NAMED_AFTER_BEFORE.search(text, 0, person.start)
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


_OPENING_QUOTES, _CLOSING_QUOTES = "«“„\"'", "»”“\"'"
_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)
_LOWER_WORD = re.compile(rf"[{_LOWER}]+(?:-[{_LOWER}]+)*")
_WORD_BEFORE = re.compile(r"(\S+) $")
_WORD_AFTER = re.compile(r" (\S+)")
MAX_KIND_WORDS = 3
# Kazakh verbs that begin like an institution's head word (қор, сот, ұйым): "«...» ұйымдастырған".
_KAZAKH_VERBS_LIKE_HEADS = ("ұйымдастыр", "қорыт", "қорға", "қорқ", "сотта")


def _quoted_bounds(text: str, entity: EntitySpan) -> tuple[int, int] | None:
    """The span of the entity with the quotes around it, where it fills a pair of quotes."""
    start, end = entity.start, entity.end
    if start and text[start - 1] in _OPENING_QUOTES and text[start:start + 1] not in _OPENING_QUOTES:
        start -= 1
    if end < len(text) and text[end] in _CLOSING_QUOTES and text[end - 1:end] not in _CLOSING_QUOTES:
        end += 1
    if end - start > 2 and text[start] in _OPENING_QUOTES and text[end - 1] in _CLOSING_QUOTES:
        return start, end
    return None


@lru_cache(maxsize=1)
def _head_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Beginnings of institutions' head words: (Russian, written before a name; Kazakh, after it).
    The school words hold the stems that change before a case ending (мектеп, мектебі)."""
    taxonomy = load_roles()
    return tuple(tuple(sorted(taxonomy.institution_words.get(lang, frozenset()) | taxonomy.school_words.get(lang, frozenset())))
                 for lang in ("ru", "kk"))


def _quoted_names_with_their_kind(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    russian_heads, kazakh_heads = _head_words()
    result = list(entities)
    for index, entity in enumerate(entities):
        quoted = _quoted_bounds(text, entity) if entity.label in ("ORG", "FACILITY") else None
        if quoted is None:
            continue
        before, after = _kind_words_before(text, quoted[0], russian_heads), _kind_words_after(text, quoted[1], kazakh_heads)
        if before is None and after is None:
            continue
        start, end = before if before is not None else quoted[0], after if after is not None else quoted[1]
        if not any(other is not entity and other.start < end and start < other.end for other in entities):
            result[index] = EntitySpan(start, end, entity.label, entity.score)
    return sorted(result, key=lambda entity: (entity.start, entity.end))


def _kind_words_before(text: str, quote_start: int, heads: tuple[str, ...]) -> int | None:
    """Where a Russian head word right before a quoted name starts ("детского сада «...»": the
    nearest of up to three lower-case words that begins like one), else None."""
    cursor = quote_start
    for _ in range(MAX_KIND_WORDS):
        word = _WORD_BEFORE.search(text, max(0, cursor - 40), cursor)
        if word is None or not _LOWER_WORD.fullmatch(word.group(1)) or _KAZAKH_LETTERS.search(word.group(1)):
            return None
        if word.group(1).startswith(heads):
            return word.start(1)
        cursor = word.start(1)
    return None


def _kind_words_after(text: str, quote_end: int, heads: tuple[str, ...]) -> int | None:
    """Where a Kazakh head word after a quoted name ends ("«...» негізгі орта мектебі": up to
    three lower-case words, the last beginning like one), else None."""
    cursor = quote_end
    for _ in range(MAX_KIND_WORDS):
        word = _WORD_AFTER.match(text, cursor)
        if word is None or not _LOWER_WORD.fullmatch(word.group(1)):
            return None
        cursor = word.end()
        lowered = word.group(1).lower()
        if lowered.startswith(heads) and not lowered.startswith(_KAZAKH_VERBS_LIKE_HEADS):
            return cursor
    return None


def _quoted_persons_as_names(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    return [EntitySpan(entity.start, entity.end, "MISC", entity.score)
            if entity.label == "PERSON" and _quoted_bounds(text, entity) is not None else entity for entity in entities]


_WORDS_AROUND = 2
_CAPITALIZED_WORD_BEFORE = re.compile(rf"(?<!\S)[^\W\d_{_LOWER}][\w-]* $")
_CAPITALIZED_WORD_AFTER = re.compile(rf" [^\W\d_{_LOWER}][\w-]*(?![\w-])")


def _registered_names_around_persons(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    result = list(entities)
    for entity in entities:
        around = _registered_name_around(text, entity) if entity.label == "PERSON" else None
        if around is None:
            continue
        start, end = around
        inside = [other for other in result if other is not entity and start <= other.start and other.end <= end]
        if any(other is not entity and other not in inside and other.start < end and start < other.end for other in result):
            continue
        result = [other for other in result if other not in inside]
        result[result.index(entity)] = EntitySpan(start, end, "ORG", entity.score)
    return sorted(result, key=lambda entity: (entity.start, entity.end))


def _registered_name_around(text: str, entity: EntitySpan) -> tuple[int, int] | None:
    """The longest span of the person's name with up to two capitalized words either side that
    the registry holds as a name, if any (the words of a name are capitalized: Университет Сатпаева)."""
    befores, afters = [entity.start], [entity.end]
    for _ in range(_WORDS_AROUND):
        if word := _CAPITALIZED_WORD_BEFORE.search(text, max(0, befores[-1] - 40), befores[-1]):
            befores.append(word.start())
    for _ in range(_WORDS_AROUND):
        if word := _CAPITALIZED_WORD_AFTER.match(text, afters[-1]):
            afters.append(word.end())
    spans = sorted(((start, end) for start in befores for end in afters if (start, end) != (entity.start, entity.end)),
                   key=lambda span: span[0] - span[1])
    return next((span for span in spans if any(lookup_institution(text[span[0]:span[1]], lang) is not None
                                               for lang in _LANGS)), None)


_NAME_WORD = re.compile(r"\S+")
_LANGS = ("ru", "kk", "en")


def _without_leading_places(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    result = []
    for entity in entities:
        split = _leading_place_or_institution(text, entity) if entity.label == "PERSON" else None
        if split is None:
            result.append(entity)
            continue
        head_end, name_start, label = split
        result += [EntitySpan(entity.start, head_end, label, entity.score), EntitySpan(name_start, entity.end, "PERSON", entity.score)]
    return result


def _leading_place_or_institution(text: str, entity: EntitySpan) -> tuple[int, int, str] | None:
    """(end of the head, start of the name, the head's label) where a PERSON starts with a place or
    a registered institution. Places that are also given names (Нурсултан, the capital's name in
    2019-2022) and regions' centres (Орал, Қонаев) are left out."""
    words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
    for size in range(len(words) - 2, 0, -1):
        if not all(word.group()[:1].isupper() for word in words[size:]):
            continue
        head = text[entity.start:words[size - 1].end()]
        if latin_key(head) in given_name_keys():
            continue
        if any(region_of(head, lang) is not None for lang in _LANGS):
            return words[size - 1].end(), words[size].start(), "GPE"
        if any(lookup_institution(head, lang) is not None for lang in _LANGS):
            return words[size - 1].end(), words[size].start(), "ORG"
    return None


@lru_cache(maxsize=1)
def _unit_before_of() -> re.Pattern:
    """Up to two lower-case words and an English unit's head word, then "of (the)", at the end of a
    text; a head word that is also a title ("chair") is left out."""
    taxonomy = load_roles()
    titles = {form for form, _ in taxonomy.forms("en")}
    heads = "|".join(sorted(map(re.escape, taxonomy.unit_words.get("en", frozenset()) - titles), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])((?:[a-z]+ ){{0,2}}(?:{heads}) of (?:the )?)$")


def _units_before_organizations(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    result = []
    for entity in entities:
        unit = _unit_before_of().search(text, max(0, entity.start - 60), entity.start) if entity.label == "ORG" else None
        if unit is not None and not any(other.end > unit.start() and other.start < entity.start for other in entities):
            entity = EntitySpan(unit.start(), entity.end, entity.label, entity.score)
        result.append(entity)
    return result
