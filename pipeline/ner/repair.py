"""Span repairs that hold for every backend, applied to the entities of one text.

- An organization's span that ends with a Kazakh title in the possessive ("Абай атындағы
  мектеп-гимназия директоры") is the organization and the title (POSITION); a person's span that
  opens with a title ("Akim Yerbolat Dossayev") is the title and the name, where the rest reads as a
  name or is two capitalized words or more of no title, institution or place ("Akim Darkhan Satybaldy");
  one that ends with a title after a name of two words or more ("Marat Bekov Rector") is the name and the title.
- An organization's span that ends with its number sign ("School-Lyceum No") takes the number after it.
- A registered institution's acronym no span covers ("the vice-rector of KazNU Name") is an ORG.
- A place's span that the registry knows as an institution, and not as a place, is the institution
  ("В КазНУ открылся": КазНУ as LOC is KazNU).
- A person's span that is a registered institution, or holds one at either end with no name beside
  it ("Astana Hub", "Follow Kazinform"), is the institution.
- A person's span of two names side by side (given name and surname twice) is two persons.
- A person's name before the noun of a thing named after the person ("Abai Street", "Ясауи
  кесенесі", "the Adal Azamat programme", "the Khan Shatyr entertainment centre"), or after it ("улица
  Абая", "the mausoleum of Khoja Ahmed Yasawi"), names the thing (MISC), not the person; so does a
  "person" that ends with such a noun ("Baiterek Monument") or holds a Kazakh word of things in Latin
  letters ("Uly Dala Eli", "Tauelsizdik Sarayy").
- A person's or an organization's span that runs into a verb or a capitalized preposition of a
  headline in Title Case ("Aizhan Bekova Named" Best Teacher, "Meets Foreign" Investors, "Bektenov Chairs"
  Government Meeting) is the name before it where that reads as a name (an organization's span keeps
  the words before it), or after a headline's opening verb ("Meet Aigerim Bekova"); else no person.
- An organization's or a place's span that is a Latin full name and nothing else ("Zhanna Shayakhmetova
  /" The Astana Times: a known given name, a surname's ending) is the person.
- A hyphenated place's name the model split at its hyphen ("Nur-" and "Sultan" as a title) is one place.
- A person right after the abbreviation of an organization's kind ("FC Kairat", "HC Barys") is the
  organization, and so is the same name elsewhere in the text ("Kairat Almaty"), unless a capitalized
  word is written before the abbreviation ("Samruk-Kazyna JSC Name": it ends the name before it).
- A registered institution's name no span covers right before a person or a title ("of Samruk-Kazyna Name") is an
  ORG, and takes the abbreviation of its kind that the model ran into the person ("JSC Name").
- A "person" right before a capitalized title that a person follows ("Abu Dhabi Crown Prince Name") is
  a place: it says whose the title is.
- A Latin surname alone (an ending no given name has) joined by "and" to a person ("Tokayev and
  Japarov discussed") is a person where no span covers it.
- A person's span of a known given name alone takes the Latin surname right after it ("Marat" Beisenov).
- A nationality the model cut at a hyphen of a registered name ("Samruk" -Kazyna) is the institution.
- An organization after a title and "for" loses a field at its start ("Deputy Director for" "Science of
  the Institute"), not an institution's head word ("spokesperson for" "the Ministry of Energy").
- An organization's or a place's span that is an adjective of nationality ("Kazakh President") is the nationality
  (NORP); a person's span that starts with one is the nationality and the name after it, or, where
  the words after it read as no name (a headline's "Kazakh Students Win Gold"), no person (MISC).
- In Kazakh, a Cyrillic surname in the plural ("Жекеевтер отбасы", a family), a capitalized word
  before a word of address ("Баяш апа") or after one of age ("19 жастағы Қарасай") and a known given
  name before a word with a surname's ending, maybe in capitals ("Вадим Халиуллин", "Мақсұт ТАСПАНОВ"), are
  persons where the model labelled their words alone otherwise or not at all; a whole name in the
  nominative before a place's noun in the possessive ("Сәкен Сейфуллин ауылында") is the place named after it.
- In Russian, a known given name and a surname in any case ("Бауыржану Байбеку", "акиму села Айбару
  Калиеву") are a person where the model found nothing, the surname alone or a place there; a word of no
  name that opens a sentence before a given name and a surname ("Госсоветник Ерлан Карин") is no part of it;
  a word with a Russian surname's ending before a verb that agrees with it ("Досаев открыл сквер") is a
  person where the model found nothing; so is a surname in capitals beside a given name ("Ерлан
  САГАДИЕВ"). A city's name and a surname read as one span ("Аким Актобе Шахаров") are the place and
  the person, and a title read as a place ("Аким" as a GPE) is no place.
- A Kazakh person's span ends before the lower-case words the model took in after the name ("Кемел
  Ақышев туралы", about), but for a patronymic written apart ("Серік ұлы").
- A Kazakh person's span that ends with a place in a case ("Тоқаев Мәскеуге", "Смайылов Атырауда") is the
  name and the place; a known given name alone the model read as a place ("Жобаны Айгерім ұсынды") is the
  person, unless a place is written so; a capitalized word of no name's kind opening the sentence before a
  given name and a surname ("Марқұм Серік Ахметов") is no part of the name.
- A surname alone, after the full name in the same text, is the person where the model read it as a
  thing, or a Latin one as an organization ("Ferretti told reporters"), or a Russian one in a case as a
  place ("Действия Земана"), unless it is a place or an institution, also where the full name is in
  another paragraph of the page.
- An item of a list between two persons, of up to three capitalized words that are no institution,
  place or thing, is a person whatever the model labelled it ("Marat Bekov, Paris Hilton and ...").

- A span that took the English possessive ("Kazakhtelecom's" head) ends before it; a person's span
  that took a capitalized word opening a clause ("When Bekova returned") starts after it.
- A person's span that opens with the last Latin word of the sentence before and its period ("Zhasyl El.
  Abdygaliyev") starts after it; an initial, a Latin digraph initial (Zh.) or an abbreviation (Dr.)
  ends no sentence (common.yaml).
- A name the model started after a hyphen takes the first part back: "Kassym-Jomart Tokayev", not
  "Jomart Tokayev"; so does a thing named after a person ("the Nur-Ahmet Bekov programme"), whose first part
  alone is no person.
- A person's span that joins two names with a conjunction ("David Christison & Julio Iglesias",
  "Ерлан Сыдыков и Жанна Омарова", "Ерлан Сыдықов пен Айгүл Омарова": the lexicons' ``and_words``
  and ``with_words``) is one person each where each part reads as a name or is two capitalized
  words or more, and one of them reads as a name; a conjunction at its end is cut off.
- A surname followed by initials or a patronymic is one name: "Жиенбаева С.Н.", "Мамбетова
  Нұрзада Үсенқызы" (models often stop at the first word).
- A "person" that contains "атындағы", "имени" or "named after" is an institution's name
  (Л.Н. Гумилев атындағы ЕҰУ): it becomes an ORG. A person right before "атындағы" or right after
  "имени"/"named after" is part of the name around it: it joins the adjacent entity as one ORG,
  or, with none adjacent, is no mention of its own; after a form of "be" ("The park was named after
  Name") it is the person the subject is named after.
- A name written with initials ("Г.Т.Балақаева", "Т. Т. Жүнісова", "S.Zh. Praliyev", "Тулеуова Б.Т.",
  "Malaeva Indira E.": a surname, a known given name and one initial)
  is a PERSON where the model found none or only part of it, when its surname has a surname's
  ending or it is listed next to such a name (Ф. Н. Келлер, К.О. Болатов); not before "атындағы",
  "имени" or "named after", where it names an institution. A span that runs from before it into
  its initials ("Abai KazNPU S.Zh" as PERSON) gives the name back and keeps its head: as an ORG
  where the registry knows the head (Abai KazNPU), else not at all.
- An organization is one span with the «quoted name» that follows it (International Education
  Center «EDTECH- KZ», АО «...») and with a second part joined by "and" (Department of Preschool
  Education and Social Pedagogy), where a model stopped early or split it. An English unit written in
  lower case before "of" and an organization is part of it ("the education department of the Akimat
  of Kostanay"): its head word is one of the ``unit_words`` of roles.yaml.
- A person's name that fills a pair of quotes ("Ybyray Altynsarin" badges, «Ы. Алтынсарин» төсбелгісі)
  names an award, a programme or an institution after the person: it is no mention of the person (MISC); so
  does a "person" that fills a quoted name's second half after a dash (the project “Taza Ozen – Zhasyl Dala”), or its
  first half before one (the forum “Tarbieli Zhas – parasatty azamat”).
- A person whose name, with the words right around it, is a registered institution's name
  ("Университете Назарбаева", "Nazarbayev University", "Университет Сатпаева") is that institution;
  one that starts with a region, a city of republican significance, a country (the lexicons'
  ``country_names``) or a registered institution ("Akim of Astana Zhenis Kassymbek", "депутат
  Мажилиса Бауржан Алимов", "Министр ... Казахстана Саясат Нурбек") is the name after it, where
  two capitalized words stay for the name: the place becomes a GPE, the institution an ORG.
- An organization the registry does not know that is a registered name with up to two capitalized
  words before it or three after it takes them ("Abai" Kazakh National Pedagogical University, "Agency"
  for Strategic Planning and Reforms: the lexicons' ``name_connectives`` may stand between English
  ones), unless they belong to another entity.
- A person that ends with a region or a city of the registry or a country ("Czech Trade Almaty",
  "Samruk Energy Astana") is an organization there (ORG), unless the words before the place read as
  a name (a known given name, initials, a surname's ending): then the name stays a person and the
  place is a GPE.
- A person's span that opens with the noun of a place named right before it ("Pavlodar" "Region Asain
  Baikhanov") gives the noun back to the place (GPE).
- An organization or a place that is a registered institution, a region, a city or a country and a
  name after it ("NU Ilesanmi Adesida", "КазНУ Арман Сейтов", "of Kazakhstan Sayasat Nurbek") gives
  the name back as a PERSON (the place a GPE) where the two or three capitalized words after the
  head hold no institution's head word and read as a name or follow a title ("Acting President of
  NU Ilesanmi Adesida").
- An organization right after a title and "for" starts after the title's field the model took into
  it, up to three words and a preposition (Deputy Director for "Science of the Institute of Botany").
- Two or three capitalized words right after a title that no entity covers ("the Consul Naveen
  Kapoor.") are its holder's name, where none of them is a title, a head word, an institution or a
  region and no capitalized word follows.
- A «quoted name» the model took alone takes the words that say what kind of institution it is: in
  Russian the head word before it (детского сада «Еркемай», школу-лицей "Білім"), in Kazakh the words
  after it up to the head word («Ергөбек» негізгі орта мектебі); the head words are the
  ``institution_words`` and ``school_words`` of roles.yaml.

English persons (the weakest model):
- A person's span ends before an honorific ("Ms Zhansaya Abdumalik"); one to three capitalized words
  right after an honorific are a person where the model left them out or read them as a thing ("Mr
  Kassymov", "Dr Harthoorn's team"); one Latin word with a surname's ending right after a capitalized
  title is its holder's surname ("Minister Nurbek said"), unless a capitalized word or "of" follows.
- A lone Latin word with an ending only Kazakh and Russian surnames have (Sagadiyev; Zhaksybekova also
  where read as a place), or a common English given name (Toby), read as an organization, is a person.
- Two or three plain name words read as an organization before an apposition that opens with a title, maybe after
  its country ("Nusrat Ghani, UK Minister of State"), are a person.
- A name in capitals with a known given name first or last ("Photo by AIGERIM TAZHI") is a person; so is a
  name ended by "uulu", "kyzy" written apart ("Ulan Kurmanbek uulu"), and a capitalized word before a surname in
  capitals with a surname-only ending ("Baktykozha IZMUKHAMBETOV"), the given name known or not.
- No person: one in neither Latin nor Cyrillic letters (a Greek name), a two-word one that opens with a
  word of places' names ("North Carolina"), one after a capitalized "A"/"An" (a title: "A Beautiful Lie")
  or a ship's prefix ("USS Abraham Lincoln").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urlsplit

from pipeline import __version__
from pipeline.lexicon import Lexicon, words_in_all
from pipeline.ner.base import PLACE_LABELS
from pipeline.normalize.institutions import fold
from pipeline.normalize.names import VOWELS, russian_morphology
from pipeline.patterns import (MAIDEN_NAME_WINDOW, alone_on_its_line, any_of, maiden_name_opening, not_after,
                               office_after_a_possessive_title)
from pipeline.records import OTHER, Document, EntitySpan, Mention
from pipeline.segment import navigation_separators

LANGS = ("ru", "kk", "en")

# The endings of a given name in the genitive (Касыма, Алии): a settlement's name after its noun, not its akim's (Ержану).
_GENITIVE_ENDINGS_OF_GIVEN_NAMES = ("а", "я", "ы", "и")
# A settlement's noun already named by its capitalized adjective ("Жанатурмысского сельского округа", "Кызылжарского
# аульного округа"), a lower-case adjective maybe between: a name after it is no settlement's name.
_SETTLEMENT_NAMED_BY_ITS_ADJECTIVE = re.compile(
    r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:ого|его|ой|ей|ом|ем|ий|ый|ая|яя|ое|ее|ую|юю)\s+(?:[а-яё]+(?:ого|его|ой|ей|ом|ем|ий|ый|ая|ое|ую)\s+)?$")
_QUOTED_NAME = re.compile(r"\s?«[^«»\n]{1,60}»")
_ORG_JOINER = re.compile(r"\s*")
# An English institution's span that ends in a field after "of" ("Institute of Experimental").
_ENGLISH_FIELD_OPENED = re.compile(r"\sof\s+[A-Z][a-z]+$")
_FOR_BETWEEN_SPANS = re.compile(r"\s+(?:for|on)\s+")
_HEAD_WORD_OF_ONE_WORD = re.compile(r"(\w+)\s+of\s+[A-Z][\w-]*$")
# An acronym in brackets right after an organization's name ("The University of Central Asia (UCA)"); of three letters
# at least, since two capitals are also common words' abbreviations ("Artificial Intelligence (AI)", "IT").
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*(?P<acronym>[A-Z]{3,6})\s*\)")
_OPENING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# An institution's capitalized words after a title's "of" or "at", up to the head word a person's span took ("of Marmara ").
_NAME_BEFORE_ITS_HEAD_WORD = re.compile(r"(?<![\w-])(?:of|at)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,3})$")
_CAPITALIZED_WORDS = re.compile(r"(?:\s+[A-Z][a-z]+){1,3}\s+")
_CYRILLIC_UPPER, _CYRILLIC_LOWER = "А-ЯЁӘҒҚҢӨҰҮҺІ", "а-яёәғқңөұүһі"
# A Kazakh adjective's suffix of a place or a kind at a word's end ("облыстық", "аумақтық", "қалалық"), in capitals.
_KAZAKH_ADJECTIVE_SUFFIX = re.compile(r"(?:ЛЫҚ|ЛІК|ДЫҚ|ДІК|ТЫҚ|ТІК)$")
_MIN_HEADLINE_WORDS = 5  # a line all in capitals of so many words is a headline, no byline or caption of a name
_UPPER, _LOWER = "A-Z" + _CYRILLIC_UPPER, "a-z" + _CYRILLIC_LOWER
_INITIALS = rf"(?:[{_UPPER}][{_LOWER}]?\.\s?){{1,3}}"
# A capitalized Cyrillic word before a name's initials and its surname ("Таразе А. Серикбаев").
_WORD_BEFORE_INITIALS_AND_SURNAME = re.compile(
    r"(?P<word>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,})\s+(?P<name>(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?){1,2}[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?)")
_LONGEST_ABBREVIATION = 5  # a word in capitals longer than this is a name's, not an acronym ("ЕНСЕГЕН"; "КазНУ", "ЖОО")
# A byline's line: a given name and the surname in capitals ("Айгүл ТОҚТАРОВА,", "Мадина ЕРБОЛҚЫЗЫ").
_BYLINE_WITH_A_SURNAME_IN_CAPITALS = re.compile(
    rf"^[ \t]*(?P<given>[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+)[ \t]+(?P<surname>[{_CYRILLIC_UPPER}]{{3,}})[ \t]*,?[ \t]*$", re.MULTILINE)
# The same in Latin-script Kazakh ("Aıgúl BERDİǴULOVA,", "Name SURNAME, «Egemen Qazaqstan»": the paper's name may follow
# the comma): the 2021 alphabet's letters and the older Latin spellings'.
_LATIN_UPPER, _LATIN_LOWER = "A-ZÁÄÓÖÚÜÝÍİǴŃŞÇÑ", "a-záäóöúüýíıǵńşçñ"
_LATIN_BYLINE_WITH_A_SURNAME_IN_CAPITALS = re.compile(
    rf"^[ \t]*(?P<given>[{_LATIN_UPPER}][{_LATIN_LOWER}]+)[ \t]+(?P<surname>[{_LATIN_UPPER}]{{3,}})[ \t]*"
    rf"(?:,[ \t]*(?:«[^\n«»]*»?[ \t]*)?)?$", re.MULTILINE)
_CYRILLIC_UPPER_ENDING_OF_A_PLURAL = ("ЫХ", "ИХ")  # no name's surname: an adjective's plural in a heading in capitals
# A given name and a surname in capitals in running text ("Балсулу ТУРСЫНОВА").
_NAME_WITH_ITS_SURNAME_IN_CAPITALS = re.compile(rf"(?P<given>[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+)[ \t]+(?P<surname>[{_CYRILLIC_UPPER}]{{4,}})")
# A speaker's caption on a line of its own, all in capitals: two or three words of the name, a comma or a dash and the
# title ("БАКТЫГАЛИ САРСЕНБАЕВ, ЗАМЕСТИТЕЛЬ ДИРЕКТОРА КОЛЛЕДЖА", "ДИНАРА АХМЕТОВА – ДИРЕКТОР ШКОЛЫ", as TV sites caption
# a quote), maybe after the transcript's short label and a colon ("СНХ:", "СНХР:", the synchronous sound's).
_SPEAKER_CAPTION_IN_CAPITALS = re.compile(
    rf"^[ \t]*(?:[{_CYRILLIC_UPPER}]{{2,5}}:[ \t]*)?(?P<name>[{_CYRILLIC_UPPER}]{{2,}}(?:[ \t]+[{_CYRILLIC_UPPER}]{{2,}}){{1,2}})"
    rf"(?:[ \t]*,|[ \t]+[–—-])[ \t]*(?P<title>[{_CYRILLIC_UPPER}]{{2,}})(?![\w-])",
    re.MULTILINE)
_WORDS_IN_CAPITALS = re.compile(
    not_after(r"\w'’-", r"[A-Z](?<![A-Z][\w'’-]\s[A-Z])(?<![A-Z]\s[A-Z])[A-Z]+(?:\s[A-Z]{2,}){1,2}(?![\w'’-])(?!\s[A-Z])"))
_LATIN_OR_CYRILLIC_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")
_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff-]*[.,;:]?")
_MIDDLE_INITIAL = re.compile(rf"[{_UPPER}]\.")
# A preposition right before a span: what follows is a complement ("Doctor of" Biological Sciences, "for" Academic Affairs).
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:of|for|in|on|at|from|by)\s+$", re.IGNORECASE)
_PREPOSITION_CHARS = 6
_NICKNAME_IN_QUOTES = re.compile(r"\s[\"“«]\s?[^\"“”«»]{1,30}?\s?[\"”»]\s")
_SURNAME = rf"[{_UPPER}][{_LOWER}]{{2,}}(?:-[{_UPPER}][{_LOWER}]+)?"
# The word right before a span, and how far back it is looked for.
_LAST_WORD_BEFORE = re.compile(r"(\w[\w-]*)\s+$")
_MAX_LIST_ITEMS_CHARS = 150  # how far after an item of a list its last item may end
_TITLE_WORD_CHARS = 40
# Initials and a surname, or a surname and initials; no initial follows the latter's, also after a space, so a
# word before spaced initials ("Баяндаманы А. Қ. Тажиева") is read as no surname of the first of them.
_INITIALS_NAME = re.compile(not_after(  # both begin with a capital letter, matched once before them
    r"\w.", rf"[{_UPPER}](?:[{_LOWER}]?\.\s?(?:[{_UPPER}][{_LOWER}]?\.\s?){{0,2}}{_SURNAME}"
             rf"|[{_LOWER}]{{2,}}(?:-[{_UPPER}][{_LOWER}]+)?\s{_INITIALS}(?!\s?[{_UPPER}][{_LOWER}]?\.|\s?[{_UPPER}][{_LOWER}]))"))
# A surname and its initials at a sentence's end, the next sentence's first word after them ("учитель Мухамеджанова
# А.Е. Своими находками ..."): that word must be no name's (see _initials_names).
_SURNAME_INITIALS_BEFORE_A_WORD = re.compile(
    not_after(r"\w.", rf"{_SURNAME}\s{_INITIALS}(?=\s?(?P<next>[{_UPPER}][{_LOWER}]+)(?![\w.-]))"))
# Surname, given name and one initial ("Malaeva Indira E."): the surname's ending and the given name are checked.
# A Cyrillic name written surname first in full, as lists write it ("Петренко Олег Анатольевич").
_SURNAME_GIVEN_NAME_PATRONYMIC = re.compile(
    "(" + not_after(r"\w.-", f"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+") + rf")\s+([{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+)\s+([{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+)(?![\w-])(?!\s+[{_CYRILLIC_UPPER}])")
# In Latin letters, after a list's separator, a closing quote or a dash ("; “Pedagogy” Satan Zere Rymkankyzy").
_LATIN_SURNAME_GIVEN_NAME_PATRONYMIC = re.compile(
    r"(?<=[,;:”–—])\s+([A-Z][a-z]+)\s+([A-Z][a-z]+)\s+([A-Z][a-z]+)(?![\w-])(?!\s+[A-Z])")
# Anywhere in Latin letters, where the first word has a surname's ending ("an Honoured Teacher of the Kazakh SSR Omarov
# Serik Bolatovich", which a model may read as the place's institution and a name of two words).
_LATIN_SURNAME_FIRST_FULL_NAME = re.compile(r"(?<![\w.-])([A-Z][a-z]+)\s+([A-Z][a-z]+)\s+([A-Z][a-z]+)(?![\w-])(?!\s+[A-Z])")
_SURNAME_GIVEN_NAME_INITIAL = re.compile(
    "(" + not_after(r"\w.", _SURNAME) + rf")\s({_SURNAME})\s[{_UPPER}]\.(?![{_UPPER}][{_LOWER}]?\.|\s?[{_UPPER}][{_LOWER}])")
# Two capitalized names joined by a hyphen, maybe in a case (Ахмед-Заки, Нұр-Ахметке): after initials, a surname.
_HYPHENATED_NAME = re.compile(rf"[{_UPPER}][{_LOWER}]+-[{_UPPER}][{_LOWER}]+")
# Initials of one capital letter each: not an abbreviation ("School-Lyceum No.").
_LETTER_INITIALS = re.compile(rf"(?:[{_UPPER}]\.\s?){{1,3}}")
_NAME_PART = re.compile(rf"[{_UPPER}][{_LOWER}]{{2,}}(?:-[{_UPPER}]?[{_LOWER}]+)?")
# A foreign name's word with Latin letters of other alphabets (Zoltán, Özdemir, Uyanık, Szijjártó).
_ACCENTED_LATIN_UPPER, _ACCENTED_LATIN_LOWER = "A-ZÀ-ÖØ-ÞĀ-ž", "a-zß-öø-ÿĀ-ž"
_ACCENTED_NAME_PART = re.compile(
    rf"[{_ACCENTED_LATIN_UPPER}][{_ACCENTED_LATIN_LOWER}]{{2,}}(?:-[{_ACCENTED_LATIN_UPPER}]?[{_ACCENTED_LATIN_LOWER}]+)?")
_LAST_WORD = re.compile(r"[\w-]+$")
_ENDS_WITH_A_LOWER_CASE_WORD = re.compile(rf"\s[{_CYRILLIC_LOWER}][{_CYRILLIC_LOWER}-]+\s+$")
_NUMBER_SIGN_AT_END = re.compile(r"(?:\bNo|№|\bN)\.?$")
_NUMBER_AFTER_ITS_SIGN = re.compile(r"\.?\s?\d+\b")
_ONE_CAPITALIZED_WORD = re.compile(r"(?:[Tt]he\s+)?[A-Z][a-z]+")
# "University | of Bologna", "Fund | for Sustainable Development of Education": the name after the head word.
_NAME_AFTER_OF = re.compile(r" (?:of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
                            r"|for ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?: (?:of|and) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})?))(?![\w'’-])")
_SIGN_AND_NUMBER = re.compile(r"\s?(?:№|No\.|No)\s?\d+\b")
_WORDS_OF_A_TITLE = 3
_WORDS_OF_A_NAME = 3
# What the model may label a person's name in a list of persons.
# A Kazakh subject pronoun and its dash before the list they stand for ("Олар – Name, Name", "Olar – Name"): the model may
# read the pronoun with the first item's given name as one span, and its surname as another.
_PRONOUN_AND_DASH = re.compile(r"(?:Олар|Ол|Бұлар|Olar|Ol|Bular)[^\S\n]*[–—-][^\S\n]*")
_ONE_CAPITALIZED_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _without_a_pronoun_and_its_dash(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """A span that opens with a Kazakh subject pronoun and a dash ("Олар – Олег", the first item of the list the pronoun
    stands for) starts after the dash; the one word left, with the one capitalized word of the span right after it
    ("Лынник"), is one span: the list's first item, which the list's other items tell the kind of."""
    result: list[EntitySpan] = []
    skip = False
    for index, entity in enumerate(entities):
        if skip:
            skip = False
            continue
        opening = _PRONOUN_AND_DASH.match(text, entity.start, entity.end)
        if opening is None or opening.end() >= entity.end:
            result.append(entity)
            continue
        start = opening.end()
        following = entities[index + 1] if index + 1 < len(entities) else None
        if _ONE_CAPITALIZED_WORD.fullmatch(text, start, entity.end) and following is not None \
                and not text[entity.end:following.start].strip() and text[entity.end:following.start] \
                and _ONE_CAPITALIZED_WORD.fullmatch(text, following.start, following.end) and text[following.start].isupper():
            result.append(EntitySpan(start, following.end, entity.label, entity.score))
            skip = True
        else:
            result.append(EntitySpan(start, entity.end, entity.label, entity.score))
    return result


_LABELS_OF_LIST_ITEMS = frozenset({"ORG", "FACILITY", "GPE", "LOC", "NORP", "MISC", "PRODUCT", "WORK_OF_ART"})
_TITLE_CHARACTERS = 80  # the longest title form a person's span may run into
_LETTERS_OF_A_PLURAL_NOUNS_STEM = 4  # ұстаз|дар, мұғалім|дер; not Ай|дар, Гү|лер
_WORDS_BEFORE_AN_INSTITUTIONS_NOUN = 2  # директор "Художественного" музея: a title and an adjective
_WORDS_OF_A_FIELD = 3  # a Kazakh title's field before "жөніндегі": "ғылыми жұмыс", "оқу-тәрбие ісі"
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]?\.\s?){1,3}$")
_LATIN_FULL_NAME = re.compile(r"(?<![\w-])(?P<given>[A-Z][a-z]+) (?P<patronymic>[A-Z][a-z]+) [A-Z][a-z]+(?![\w-])")
_THING_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "MISC", "EVENT"})
_GIVEN_NAME_WORD_BEFORE = re.compile(rf"(?<![\w.-])([{_UPPER}][{_LOWER}]+) $")
_LATIN_RUSSIAN_PATRONYMIC_AND_SURNAME = re.compile(r"[A-Z][a-z]+(?:ovna|evna|ovich|evich) [A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_NAMED_AFTER_CHARS = 40  # how far before a surname alone "named after" and its rank and initials are looked for
_BRACKETED_ASIDE = re.compile(r"[^\S\n]*\([^()\n]{1,40}\)")  # "(Almaty)" after a listed name
_HYPHENATED_FIRST_PART = re.compile(rf"[{_UPPER}][{_LOWER}]+-$")
_HYPHENATED_SECOND_PART = re.compile(rf"-[{_UPPER}][{_LOWER}]+(?![\w-])")
_GIVEN_NAME_AND_HYPHENATED_WORD = re.compile(
    "(" + not_after(r"\w.-", f"[{_UPPER}][{_LOWER}]+") + rf")\s+[{_UPPER}][{_LOWER}]+-[{_UPPER}][{_LOWER}]+(?![\w-])")
# A Latin given name, an initial of one or two letters with its period, and a surname, maybe hyphenated ("Aidos Zh. Karimov").
_LATIN_GIVEN_NAME_INITIAL_SURNAME = re.compile(r"(?<![\w.-])([A-Z][a-z]+)\s+[A-Z][a-z]?\.\s*[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])")
# The labels of spans that may hold an official's name: those of persons and of what they head.
_LABELS_OF_NAMES = frozenset({"PERSON", "POSITION", "ORG", "FACILITY", "GPE", "LOC"})
# A surname's endings no place's or word's name has in the nominative (Арыстанбеков, Сейітова).
_RUSSIAN_TYPE_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ова", "ева", "ёва")
# ... and the same in the Latin script of Kazakh pages ("Ábenov", "Nazarbaev", "Saparova").
_SURNAME_ENDINGS_IN_BOTH_SCRIPTS = _RUSSIAN_TYPE_SURNAME_ENDINGS + ("ov", "ev", "ova", "eva")
# The labels of spans that name no official nor what one heads: a registered acronym so labelled is the institution.
# The labels a model gives a person's given name or surname written alone ("Hayley" NORP, "Stan" MISC).
_LABELS_OF_A_NAME_ALONE = frozenset({"ORG", "MISC", "NORP", "PRODUCT", "WORK_OF_ART"})
# The Kazakh model's labels of a given name alone ("Қайрат" LOC after "Қайрат Нұртас"); ORG stays, a club or
# a company may be named so.
_LABELS_OF_A_KAZAKH_GIVEN_NAME_ALONE = frozenset({"GPE", "LOC", "LAW"})
# natasha's labels of a foreign surname alone in a case ("Действия Земана" LOC after "Милош Земан"); the forms
# are no place's or institution's, and an organization named after its founder stays one.
_LABELS_OF_A_RUSSIAN_SURNAME_ALONE = frozenset({"MISC", "LOC", "GPE"})
_PIECES_OF_AN_INSTITUTIONS_NAME = frozenset({"POSITION", "ORG", "FACILITY"})
# The English article alone, which the model may open an institution's span with.
_ARTICLE_ONLY = re.compile(r"the\s+", re.IGNORECASE)
# A capitalized Latin word, then a word in lower case or a punctuation mark: no longer name or headline.
_CAPITALIZED_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?=\s+[a-z]|[,.;:!?)]|$)")
_LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")
_LATIN_NAME_WORDS = re.compile(r"[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})*")
_ACRONYM_IN_BRACKETS_AFTER = re.compile(r"\s*\(([A-Z]{2,})\)")
_CAPITALS_OPENING_WORDS = re.compile(r"(?<![\w-])([A-Z])")
# One or two capitalized words after a name, up to a word in lower case or a punctuation mark ("Gomez Lara.").
_LATIN_NAME_WORDS_AFTER = re.compile(r" ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})?)(?=\s+[a-z]|[,.;:!?)]|$)")
_ACCENTED_LATIN_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?")  # "José"
# A capitalized word opening a line or a sentence, then a comma and an indefinite article ("Zhuldyz, a second-year student").
_GIVEN_NAME_BEFORE_AN_INDEFINITE_APPOSITION = re.compile(  # the capital first: see patterns.not_after
    r"([A-Z](?:(?<=^[A-Z])|(?<=\n[A-Z])|(?<=[.!?]\s[A-Z])|(?<=[.!?][\"”]\s[A-Z]))[a-z]{2,}),\s+an?\s")
_APPOSITION_TITLE_REACH = 40  # characters from the article to the title the apposition holds ("an exchange student")
_CAPITALIZED_WORD_OR_INITIAL_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w-]*)\.? $")
_LABELS_OF_NO_OFFICIAL = frozenset({"NORP", "MISC", "LAW", "PRODUCT", "PROJECT", "EVENT", "WORK_OF_ART"})
_LOWER_CASE_WORD_AFTER = re.compile(rf"\s+([{_CYRILLIC_LOWER}][{_CYRILLIC_LOWER}-]*)(?![\w-])")
_COMMA_OR_FULL_STOP_AFTER = re.compile(r"[,.](?:\s|$)")
_LATIN_LOWER_CASE_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]*)(?![\w-])")
_GLUED_NAME = re.compile("(" + not_after(r"\w-", f"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+") + rf"(?:-[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+)?"
                         rf"(?<=[{_CYRILLIC_LOWER}]{{4}}))"
                         rf"([{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}})(?![\w-])")
_APPOSITION_MARK = re.compile(r"\s*[,–—-]\s")
_CYRILLIC_NAME = re.compile(rf"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}}(?:-[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+)?")
_SHORTEST_SURNAME_STEM = 3  # Кан, Бут; a shorter word (Ира of "Кима Чен Ира") keeps its last letter
# Capitalized adjectives of places joined by commas and "и", the first where a span opens, before their kind's noun
# ("Шетского, Абайского и Осакаровского районов").
_PLACE_ADJECTIVE = r"[А-ЯЁ][а-яё-]*(?:ск|цк)(?:ого|ой|ому|ом|им|их)"
_PLACE_ADJECTIVES_LISTED = re.compile(rf"{_PLACE_ADJECTIVE}(?:(?:\s*,\s*|\s+и\s+){_PLACE_ADJECTIVE})*\s+(?P<noun>[а-яё]+)(?![\w-])")
_CYRILLIC_NAME_WORD_BEFORE = re.compile(rf"(?<![\w-])[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}}\s+$")
# A capitalized Latin word right before a span, and one that opens its line (after a list's bullet or number).
_LATIN_NAME_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]{2,}\s+$")
_LATIN_WORD_OPENING_A_LINE_BEFORE = re.compile(r"(?:^|(?<=\n))(?:[-•*–]\s*|\d{1,2}[.)]\s*)?([A-Z][a-z]{2,})\s+$")
_LATIN_NAME_WORD_OR_CAPITALS_BEFORE = re.compile(r"(?<![\w-])[A-Z](?:[a-z]{2,}|[A-Z]{2,})\s+$")
_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]*")  # the letters a word opens with
_CLOSING_PUNCTUATION = ".,;:!?»\")"
_LOWER_CASE_CYRILLIC_WORD = re.compile(rf"[{_CYRILLIC_LOWER}][{_CYRILLIC_LOWER}-]*")
_THREE_CYRILLIC_WORDS = re.compile(rf"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+(?: [{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+){{2}}(?![\w-])")
_CYRILLIC_CAPITALIZED_WORD = re.compile(not_after(r"\w.-", rf"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}}(?![\w-])"))
# The second word in a lookahead: each pair of neighbours, also one after a capitalized word ("Кеше Name Surname").
_TWO_CYRILLIC_NAME_WORDS = re.compile(
    "(" + not_after(r"\w.-", f"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}}") + rf")(?=\s([{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}})(?![\w-]))")
# The same, each word capitalized or in capitals ("Ерлан САГАДИЕВ").
_TWO_CYRILLIC_NAME_WORDS_ANY_CASE = re.compile(
    "(" + not_after(r"\w.-", f"[{_CYRILLIC_UPPER}]") + rf"(?:[{_CYRILLIC_LOWER}]{{2,}}|[{_CYRILLIC_UPPER}]{{2,}}))"
    rf"(?=\s([{_CYRILLIC_UPPER}](?:[{_CYRILLIC_LOWER}]{{2,}}|[{_CYRILLIC_UPPER}]{{2,}}))(?![\w-]))")
# A list item's comma right after a name.
_COMMA_AFTER_A_NAME = re.compile(r"[^\S\n]*,")
_CYRILLIC_NAME_WORD_AFTER = re.compile(rf"\s+[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}}(?![\w-])")
# A Cyrillic word in lower case right after a span ("Шымкентская делегация": the span an adjective of the noun).
_CYRILLIC_LOWER_WORD_AFTER = re.compile(rf"\s+[{_CYRILLIC_LOWER}]{{2,}}(?![\w-])")
# ... or of two letters, as a surname without an ending may be (Ли, Ан), which the caller checks.
_CYRILLIC_SHORT_NAME_WORD_AFTER = re.compile(rf"\s+[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+(?![\w-])")


_HYPHENED_PART = re.compile(r"[^\s-]+")  # a part of a hyphenated word


class SpanRepair:
    """The repair stage: the NER spans of each segment with the constructions above mended. A
    span the rules add takes the backend of the segment's other spans (or ``rules``). The words
    and endings come from the lexicons (``data/lexicon/<lang>.yaml``), the head words from the
    taxonomy, the institutions and places from the registry of ``resources``; compiled once."""

    def __init__(self, resources):
        lexicons: dict[str, Lexicon] = resources.lexicons
        self.registry = resources.registry
        # Asked of every span by several repairs: each text is read once per process.
        self._registered = lru_cache(maxsize=100_000)(self._registered_in_any_language)
        self._is_place = lru_cache(maxsize=100_000)(self._a_place)
        # The first words of registered names, to try a registered name only where one may open.
        self.registered_first_words = frozenset(key.split()[0] for key in self.registry.by_alias if key)
        self.names = resources.names
        self.taxonomy = taxonomy = resources.roles
        patronymic = any_of(words_in_all(lexicons, "patronymic_endings"))
        self.trailing_name_part = re.compile(
            rf"\s+(?:(?:[{_UPPER}]\.\s?){{1,3}}|[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:{patronymic})\b"
            rf"|(?:{any_of(lexicons['en'].words('patronymic_words'))})(?![\w-]))")
        self.patronymic_end = re.compile(rf"(?:{patronymic})$")
        self.surname_only_word = re.compile(rf"\w+(?:{any_of(words_in_all(lexicons, 'surname_only_endings'))})(?=\s|$)", re.IGNORECASE)
        # A patronymic that ends a name in a case (Серікұлына, Маратқызының): it declines as a possessive does.
        self.patronymic_in_a_case_end = re.compile(rf"(?:{patronymic})(?:{any_of(lexicons['kk'].words('case_endings_after_possessive') + lexicons['kk'].words('with_words'))})?$")
        self.patronymic_words = frozenset(words_in_all(lexicons, "patronymic_endings"))
        # An honorary title's last word (Hero of Labour, People's Hero, Hero of the Soviet Union), capitalized before a
        # name the model may run it into, and the word right before it that makes it that title.
        self.honorary_title_last_word = re.compile(any_of(lexicons["kk"].words("honorary_title_last_words")), re.IGNORECASE)
        self.honorary_title_word_before_last = re.compile(
            rf"(?:{any_of(lexicons['kk'].words('honorary_title_words_before_last'))})\s+$", re.IGNORECASE)
        self.kazakh_patronymic_end = re.compile(rf"(?:{any_of(lexicons['kk'].words('patronymic_endings'))})$")
        self.russian_patronymic_end = re.compile(rf"(?:{any_of(lexicons['ru'].words('patronymic_endings'))})$")
        # A Kazakh patronymic written apart after the father's name, maybe in a case (Серік ұлы, Марат қызына).
        patronymic_word = rf"(?:{any_of(lexicons['kk'].words('patronymic_words'))})" \
                          rf"(?:{any_of(lexicons['kk'].words('case_endings_after_possessive') + lexicons['kk'].words('with_words'))})?"
        self.kazakh_patronymic_word_after = re.compile(rf"\s+{patronymic_word}(?![\w-])")
        self.kazakh_patronymic_word_alone = re.compile(patronymic_word)
        self.kazakh_patronymic_word = re.compile(rf"\s(?:{any_of(lexicons['kk'].words('patronymic_words'))})")
        and_words = any_of(words_in_all(lexicons, "and_words"))
        # Kazakh joins two names with "мен" as well ("Ә.Б. Сейітқали мен Г.Т. Омарова").
        joining_words = any_of(words_in_all(lexicons, "and_words") + lexicons["kk"].words("with_words"))
        self.list_separator = re.compile(rf"\s*(?:,\s*(?:(?:{and_words})\s+)?|\s(?:{joining_words})\s+)")
        self.and_at_end = re.compile(rf"\s(?:{and_words})\s*$", re.IGNORECASE)
        self.and_between_spans = re.compile(rf"\s+(?:{and_words})\s+")
        self.english_institution_words = self.taxonomy.institution_words.get("en", frozenset())
        # "the President's Office", "the Rector’s office": a body named after its head's title in the possessive.
        self.office_after_a_possessive_title = office_after_a_possessive_title(lexicons["en"])
        # A lower-case noun of an educational programme after an English span ("the Chemical Technology programme").
        self.study_programme_after = re.compile(rf"[ \t]+(?:{any_of(lexicons['en'].words('study_programme_nouns'))})(?!\w)")
        # The noun of an institution numbered after it, ending a span ("средней школы" №2, "School" No. 5).
        self.numbered_noun_at_end = re.compile(
            rf"(?<![\w-])(?:{any_of([word for lang in ('ru', 'en') for word in lexicons[lang].words('institutions_before_number')])})$",
            re.IGNORECASE)
        # A lone Latin surname, by an ending no given name has, joined to a person by "and" ("Tokayev and
        # Japarov discussed"), with no capitalized word after it that would make it part of a longer name.
        latin_surname = rf"[A-Z][a-z]{{2,}}(?:{any_of(lexicons['en'].words('surname_only_endings'))})"
        self.surname_after_and = re.compile(rf"\s+and\s+({latin_surname})\b(?![\w-]|\s+[A-Z]|['’]s)")
        self.latin_surname_after = re.compile(rf"\s+({latin_surname})\b(?![\w-])")
        self.lone_latin_surname = {labels: re.compile(rf"[A-Z][a-z]{{2,}}(?:{any_of(endings)})") for labels, endings in (
            (_LABELS_OF_A_NAME_ALONE, lexicons["en"].words("lone_surname_endings")),
            (PLACE_LABELS, lexicons["en"].words("lone_surname_endings_unlike_places")))}
        # A headline's or a teaser's opening surname before a verb only a person does ("Tokayev signs law on ..."):
        # case-sensitive, the verb in lower case.
        self.surname_opening_a_line = re.compile(
            rf"^[^\S\n]*([A-Z][a-z]{{2,}}(?:{any_of(lexicons['en'].words('lone_surname_endings'))}))"
            rf"(?=[^\S\n]+(?:{any_of(lexicons['en'].words('person_headline_verbs'))})[^\S\n])", re.MULTILINE)
        self.surname_before_and = re.compile(rf"(?<![\w-])(?<![A-Z][a-z]\s)({latin_surname})\s+and\s+$")
        # A capitalized word before a surname in capitals with an ending no given name has, as regional news write a
        # name ("Baktykozha IZMUKHAMBETOV"): case-sensitive, the endings in capitals.
        self.latin_surname_in_capitals = re.compile(
            rf"(?<![\w'’-])([A-Z][a-z]{{2,}})\s+([A-Z]{{2,}}(?:{any_of(ending.upper() for ending in lexicons['en'].words('surname_only_endings'))}))(?![\w'’-])")
        # Case-sensitive: a conjunction is in lower case, a name's word is not ("Марин Ле Пен").
        conjunction = any_of(words_in_all(lexicons, "and_words") + words_in_all(lexicons, "with_words"))
        self.conjunction_between = re.compile(rf"\s+(?:{conjunction})\s+")
        self.conjunction_at_end = re.compile(rf"\s+(?:{conjunction})$")
        self.conjunction_at_start = re.compile(rf"(?:{conjunction})\s+")
        self.kazakh_with_word_between = re.compile(rf"\s+(?:{any_of(lexicons['kk'].words('with_words'))})\s+")
        self.letters_before_ben = frozenset(lexicons["kk"].words("letters_before_ben"))
        self.caption_descriptions = frozenset(words_in_all(lexicons, "caption_descriptions"))
        named_after_before = words_in_all(lexicons, "named_after_before_name")
        named_after = any_of(named_after_before + words_in_all(lexicons, "named_after_after_name"))
        self.named_after = re.compile(rf"\b(?:{named_after})\b", re.IGNORECASE)
        # A Kazakh namesake's title may stand between ("Абылай хан атындағы", "Төле би атындағы").
        self.before_institution = re.compile(
            rf"\s*(?P<epithet>(?:{any_of(lexicons['kk'].words('titles_after_name'))})\s+)?(?:{named_after})\b", re.IGNORECASE)
        # A rank may stand between the words and the name ("имени академика Е.А. Букетова", "named after the academician").
        named_after_rank = rf"(?:\s+(?:(?:{any_of(lexicons['en'].words('definite_articles'))})\s+)?" \
                           rf"(?:{any_of(words_in_all(lexicons, 'named_after_ranks'))}))?"
        # The namesake's initials may stand before the span of the surname ("a reading hall named after K. Name").
        self.named_after_before = re.compile(rf"(?:{any_of(named_after_before)}){named_after_rank}"
                                             rf"(?:\s*(?-i:[{_UPPER}])\.){{0,3}}\s*$", re.IGNORECASE)
        self.honoured_namesake_before = re.compile(
            rf"(?<![\w-])(?:{any_of(words_in_all(lexicons, 'honoured_namesake_openings'))}){named_after_rank}"
            rf"(?:\s*(?-i:[{_UPPER}])\.){{0,3}}\s*$", re.IGNORECASE)
        # The namesake's given name after those words, its surname still to come ("имени Ыбырая" Алтынсарина).
        self.namesakes_given_name_before = re.compile(
            rf"(?i:{any_of(named_after_before)}){named_after_rank}\s+([{_UPPER}][{_LOWER}]+)\s+$")
        # An English honorific and one to three capitalized words, no capitalized word after them ("Mr Kassymov",
        # "Dr Aigerim Tazhi"): case-sensitive, the honorific capitalized.
        honorific = any_of([word.capitalize() for word in lexicons["en"].words("honorifics")], not_after=r"\w-")
        # A title's word, a dash and two capitalized Cyrillic words that end at a comma, a stop or an "and" ("композитор,
        # профессор – Name Surname, доцент ..."): the words are the title's holder.
        self.name_after_a_titles_dash = re.compile(
            rf"(?<![\w-])([{_CYRILLIC_LOWER}]+)[^\S\n]+[–—-][^\S\n]+([{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}}[^\S\n][{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}})"
            rf"(?=[^\S\n]*[,.;]|[^\S\n](?:және|мен|пен|бен|и)\s)")
        self.name_after_honorific = re.compile(
            rf"(?:{honorific})\.?\s+({_NAME_WORD_PATTERN}(?:\s{_NAME_WORD_PATTERN}){{0,2}})(?![\w-]|\.?\s+[{_UPPER}])")
        # A credit line's label and two or three capitalized words up to a slash, a comma or the line's end, the last
        # maybe in capitals as bylines write surnames ("Photo: Zhanibek Kuanyshev / Kazinform", "Автор: Гүлнәр САТЫБАЛДЫ").
        self.name_in_a_credit = re.compile(
            rf"^[^\S\n]*(?i:{any_of(words_in_all(lexicons, 'credit_labels'))})[^\S\n]*(?::|\s(?i:by))[^\S\n]*"
            rf"({_NAME_WORD_PATTERN}(?:[^\S\n]{_NAME_WORD_PATTERN}){{0,1}}[^\S\n](?:{_NAME_WORD_PATTERN}|[{_UPPER}]{{2,}}))"
            rf"[^\S\n]*(?=[/,|]|$)", re.MULTILINE)
        self.initialled_name_in_a_credit = re.compile(
            rf"^[^\S\n]*(?i:{any_of(words_in_all(lexicons, 'credit_labels'))})[^\S\n]*(?::|\s(?i:by):?)[^\S\n]*"
            rf"([{_UPPER}]\.[^\S\n]?([A-Z][a-z]+(?:-[A-Z]?[a-z]+)*))[^\S\n]*(?=[/,|]|$)", re.MULTILINE)
        self.place_name_opener = re.compile(rf"(?:{any_of(lexicons['en'].words('place_name_openers'))})\s+[A-Z]")
        self.founded_after = re.compile(rf"\s+(?:was|were|has been|had been)\s+(?:{any_of(lexicons['en'].words('founding_participles'))})\b")
        # "The school will be named after (the poet) Name": the person the subject is named after, a rank or an occupation
        # between as after "named after" in an institution's name.
        self.passive_named_after = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['en'].words('passive_auxiliaries'))})\s+(?:{any_of(named_after_before)}){named_after_rank}\s*$",
            re.IGNORECASE)
        # Endings of Kazakh and Russian surnames and patronymics, in Cyrillic and in their usual Latin
        # spellings; a Kazakh case ending may follow: Балақаеваның, Бекмағанбетовқа.
        self.surname_ending = re.compile(
            rf"(?:{any_of(words_in_all(lexicons, 'surname_endings') + words_in_all(lexicons, 'patronymic_endings'))})"
            rf"(?:{any_of(words_in_all(lexicons, 'surname_case_endings'))})?\b", re.IGNORECASE)
        # A Russian surname in the nominative, as a list's item writes it (Петренко, Жусупова).
        self.russian_nominative_surname_end = re.compile(rf"(?:{any_of(lexicons['ru'].words('surname_endings'))})$")
        # Beginnings of institutions' head words: Russian, written before a quoted name; Kazakh, after
        # it. The school words hold the stems that change before a case ending (мектеп, мектебі).
        self.russian_heads, self.kazakh_heads = (
            tuple(sorted(taxonomy.institution_words.get(lang, frozenset()) | taxonomy.school_words.get(lang, frozenset())))
            for lang in ("ru", "kk"))
        self.kazakh_verbs_like_heads = lexicons["kk"].words("verbs_like_institution_heads")
        self.country_names = frozenset(words_in_all(lexicons, "country_names"))
        self.world_regions = frozenset(lexicons["en"].words("world_regions"))
        # A sovereign's title, then a name of one or two capitalized words and a Roman regnal number.
        self.sovereign_and_regnal_name = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['en'].words('sovereign_titles'))})\s+"
                                                    r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[IVX]{1,5})(?![\w-])")
        # The plural place noun before a Russian list's item, the items before it capitalized words or numbered ones
        # ("микрорайонов Сарыбел, Коктем-3, Шугыла, ..."), searched back from the item.
        self.russian_places_listed_before = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('places_listed_after_nouns'))})\s+"
            rf"(?:[{_UPPER}0-9][\w-]*(?:[^\S\n]+[\w-]+){{0,2}}\s*,\s*)*\Z")
        # The rest of a list of capitalized names that ends with "and other" and a plural place noun.
        self.english_listed_places_after = re.compile(
            rf"(?:,\s*-?[A-Z0-9][\w'’-]*)*,?\s+and\s+other\s+(?:(?:{any_of(lexicons['en'].words('listed_place_modifiers'))})\s+)?"
            rf"(?:{any_of(lexicons['en'].words('listed_place_nouns'))})\b")
        # The capitalized words after a peer's or a knight's honorific, up to a mark, a lower-case word or the line's end.
        self.name_after_a_peers_honorific = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['en'].words('peer_honorifics'))})[^\S\n]+([A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){{0,3}})"
            rf"(?=[^\S\n]*[,.;:)]|[^\S\n]+[a-z]|[^\S\n]*$)", re.MULTILINE)
        self.award_word_before = re.compile(rf"(?<![\w'’-])(?:{any_of(lexicons['en'].words('award_words_before_a_title'))})[^\S\n]+$")
        self.lineage_words = frozenset(lexicons['en'].words('name_lineage_words'))
        self.sovereign_title_words = frozenset(word.lower() for word in lexicons['en'].words('sovereign_titles'))
        self.english_institution_words = frozenset(word.lower() for word in taxonomy.institution_words.get('en', ()))
        # The rest of an Arabic name after its first words: a lineage word, then capitalized words, each maybe after an
        # article or another lineage word ("bin Ahmed Al Thani"), up to five.
        lineage = any_of(lexicons['en'].words('name_lineage_words'))
        article = any_of(lexicons['en'].words('name_articles'))
        # A given name and a lineage word right before a span ("Fahd bin" + "Khalid Al Harthy").
        self.arabic_name_opening = re.compile(rf"(?<![\w'’-])([A-Z][\w'’]+)[^\S\n]+(?:{lineage})[^\S\n]+$")
        self.arabic_name_rest = re.compile(
            rf"[^\S\n]+(?:{lineage})[^\S\n]+(?:(?:{article})[-\s])?[A-Z][\w'’]+"
            rf"(?:[^\S\n]+(?:(?:{lineage}|{article})[^\S\n]+|(?:{article})-)?[A-Z][\w'’]+){{0,4}}(?![\w-])")
        # A plural noun of places and the list's items before a capitalized name ("the natural parks Kokzhal, Aksu and"),
        # each item up to three words, the first capitalized ("Ulken kol").
        self.english_place_list_before = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['en'].words('natural_site_nouns') + lexicons['en'].words('listed_place_nouns'))})\s+"
            rf"(?:[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){{0,2}}\s*,\s*(?:and\s+)?)*(?:and\s+)?$")
        # A country's official name with "of" in it ("the Arab Republic of Egypt"), which the model may split at its "of".
        self.country_name_with_of = re.compile(
            rf"(?<![\w-])(?:{any_of(name for name in self.country_names if ' of ' in name)})(?![\w-])", re.IGNORECASE)
        self.not_a_sentence_end = frozenset(lexicons["common"].words("abbreviations") + lexicons["common"].words("latin_digraph_initials"))
        self.nationality_adjectives = frozenset(words_in_all(lexicons, "nationality_adjectives"))
        # A capitalized word after a name the model cut short, with the lower-case words of a name before it.
        self.name_word_after = re.compile(
            rf"(?: (?:{any_of(words_in_all(lexicons, 'name_connectives'))}))* [^\W\d_{_LOWER}][\w-]*(?![\w-])")
        things = any_of(words_in_all(lexicons, 'things_after_name'))
        kinds = any_of(lexicons["en"].words("thing_kind_words"))
        # A Kazakh title after the name may stand before the thing's noun ("Әйтеке би көшесі", "Қабанбай батыр
        # даңғылы"), or before a place's ("Қазыбек би ауданы": a district named after the person).
        titles_after_name = any_of(lexicons["kk"].words("titles_after_name"))
        self.thing_after_name = re.compile(rf"\s+(?:(?:(?:{kinds})\s+){{0,2}}(?:{things})s?(?!\w)"
                                           rf"|(?:(?:{titles_after_name})\s+)?"
                                           rf"(?:{any_of(words_in_all(lexicons, 'thing_stems_after_name'))})"
                                           rf"|(?:{titles_after_name})\s+(?:{any_of(taxonomy.place_words.get('kk', ()))}))", re.IGNORECASE)
        self.thing_nouns = frozenset(words_in_all(lexicons, 'things_after_name'))
        # A namesake's epithet, then a place's noun ("... би ауылының"): the case ending is the noun's, so the word
        # before the epithet is the place's name in the nominative, whatever its own ending reads as ("-тан").
        self.epithet_before_a_place = re.compile(rf"\s+(?:{titles_after_name})\s+(?:{any_of(taxonomy.place_words.get('kk', ()))})",
                                                 re.IGNORECASE)
        things_ending = any_of(words_in_all(lexicons, 'things_after_name') + words_in_all(lexicons, 'things_ending_name'))
        self.thing_ending_name = re.compile(rf"\s(?:{things_ending})s?\.?$", re.IGNORECASE)  # "Tole Bi str."
        # ... or a plural noun of people ("Zhas Ulan Cadets", "English Language Fellows"): a group named, no one person.
        self.group_ending_name = re.compile(rf"\s(?:{any_of(lexicons['en'].words('people_in_the_plural'))})$", re.IGNORECASE)
        self.thing_before_name = re.compile(rf"(?<!\w)(?:{any_of(words_in_all(lexicons, 'thing_stems_before_name'))})\w*\s+$",
                                            re.IGNORECASE)
        # ... or opening the span itself, which took the thing's noun in ("ул. Пушкина", "the Order of Parasat").
        self.thing_opening_name = re.compile(
            rf"(?:the\s+)?(?:(?:{any_of(words_in_all(lexicons, 'thing_stems_before_name'))})\w*|(?:{things})\s+of)\s+", re.IGNORECASE)
        self.prepositions_before_a_place = frozenset(lexicons["ru"].words("institution_prepositions") + lexicons["ru"].words("object_prepositions"))
        # A namesake's Kazakh title after a settlement's name, in lower case ("поселок Айтеке би").
        self.russian_place_namesakes_title = re.compile(rf"[ \t]+(?:{any_of(lexicons['kk'].words('titles_after_name'))})(?![\w-])")
        self.settlement_before_name = re.compile(rf"(?<!\w)(?:{any_of(lexicons['ru'].words('settlement_nouns_before_name'))})\s+$",
                                                 re.IGNORECASE)
        self.kazakh_thing_words = frozenset(lexicons["en"].words("kazakh_thing_words") + lexicons["en"].words("platform_names"))
        self.english_abstract_noun_endings = tuple(lexicons["en"].words("abstract_noun_endings"))
        self.birth_in_brackets = re.compile(rf"\s*\(\s*(?:{any_of(lexicons['en'].words('birth_words_in_brackets'))})(?!\w)")
        self.maiden_name_before = maiden_name_opening(lexicons["en"])
        self.kind_before_name = [(label, re.compile(rf"(?<![\w-])(?i:{any_of(nouns)})\s+(?:(?:A|An|The)\s+)?$")) for label, nouns in (
            ("WORK_OF_ART", lexicons["en"].words("work_nouns_before_name")), ("ORG", lexicons["en"].words("group_nouns_before_name")))]
        # Case-sensitive: no person's name follows a capitalized indefinite article ("A Beautiful Lie", a title),
        # and a ship's prefix names a ship ("USS Abraham Lincoln").
        self.kind_before_name += [("WORK_OF_ART", re.compile(r"(?<![\w-])(?:A|An)\s+$")),
                                  ("PRODUCT", re.compile(rf"(?<![\w-])(?:{any_of(lexicons['en'].words('ship_prefixes'))})\s+$"))]
        self.news_verbs = frozenset(lexicons["en"].words("news_verbs"))
        self.name_continuing_words = frozenset(lexicons["en"].words("name_continuing_words"))
        # An honorific with or without its period ("Ms Aigerim Tazhi", "Dr. Smith") opens no name either.
        self.clause_opener = re.compile(rf"(?i:{any_of(lexicons['en'].words('clause_openers'))}|(?:{any_of(words_in_all(lexicons, 'honorifics'))})\.?)"
                                        rf"\s+(?=[{_UPPER}])")
        # A quotation's attribution after its dash, with the verb capitalized ("”. – Said I. Bekov."): no word of the name.
        self.speech_verb_opener = re.compile(rf"(?i:{any_of(lexicons['en'].words('speech_verbs_before_that'))})\s+(?=[{_UPPER}])")
        # Case-sensitive: the kind is written in capitals ("FC"), a name's word is not.
        self.organization_kinds = frozenset(lexicons['en'].words('organization_kinds_before_name'))
        self.place_kind_openers = frozenset(lexicons["en"].words("place_kind_openers"))
        # A legal form that ends a firm's name ("Learning Bridges Ltd"): a name after it is a person's.
        self.legal_form_at_end = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['common'].words('legal_form_abbreviations'))})$")
        self.organization_kind_before = re.compile(rf"(?<!\S)(?:{any_of(lexicons['en'].words('organization_kinds_before_name'))})\s+$")
        self.headline_words = self.news_verbs | frozenset(lexicons["en"].words("headline_function_words"))
        place_nouns = {word for words in taxonomy.place_words.values() for word in words}
        # With any ending: "Сайын Шапағатов ауылдарының".
        self.place_noun_after = re.compile(rf"\s+(?:{any_of(place_nouns)})", re.IGNORECASE)
        # The possessive forms a place's noun takes after the place's name ("Бірлік ауылы", "Көктөбе ауылдық округі").
        self.place_noun_in_a_compound_after = re.compile(
            rf"\s+(?:{any_of(word for word in taxonomy.place_words.get('kk', ()) if word[-1] in 'ыі')})", re.IGNORECASE)
        self.kazakh_and_words = frozenset(lexicons["kk"].words("and_words"))
        # A place's noun, or a Russian one's abbreviation ("г. Кокшетау", "с. Аксу"), right before a place's name.
        self.place_noun_before = re.compile(rf"(?<!\w)(?:(?:{any_of(place_nouns)})\s+|(?:г|с|п|пос)\.\s*)$", re.IGNORECASE)
        self.english_place_noun_and_of_before = re.compile(
            rf"(?<!\w)(?:{any_of(taxonomy.place_words.get('en', ()))})\s+of\s+$", re.IGNORECASE)
        self.russian_place_nouns = frozenset(taxonomy.place_words.get("ru", ()))
        self.russian_place_kinds = frozenset(noun for nouns in lexicons["ru"].table("referring_place_nouns").values() for noun in nouns
                                             if " " not in noun)
        self.russian_place_noun_before = re.compile(rf"(?<!\w)(?:{any_of(taxonomy.place_words.get('ru', ()))})\s+$", re.IGNORECASE)
        acronyms = any_of(tuple(self.registry.acronyms), not_after=r"\w-") if self.registry.acronyms else "(?!)"
        self.registered_acronym = re.compile(rf"(?:{acronyms})(?:-[^\W\d_]+)?(?![\w-])")
        phrases = any_of(tuple(self.registry.acronym_phrases), not_after=r"\w-") if self.registry.acronym_phrases else "(?!)"
        self.registered_acronym_phrase = re.compile(rf"(?:{phrases})(?![\w-])")
        legal_forms = any_of(lexicons["common"].words("legal_form_abbreviations"))
        # In English the name is in curly or straight quotes ("AEO “Nazarbayev Intellectual Schools”", 'JSC "Kazakhtelecom"').
        # A state body's quoted name may be long («Қарағанды облысының жұмыспен қамту және әлеуметтік бағдарламалар басқармасы» ММ).
        quoted = r"(?:«[^«»\n]{1,150}»|“[^“”\n]{1,150}”|\"[^\"\n]{1,150}\")"
        # A kind's abbreviation may stand before the form after the name ("«Name» РТРК АҚ"): both are the firm's.
        self.quoted_firm = re.compile(rf"(?<![\w-])(?:{legal_forms})\s+{quoted}|{quoted}(?:\s+(?:{legal_forms})){{1,2}}(?![\w-])")
        self.title_forms = frozenset(form.lower() for lang in LANGS for form, _ in taxonomy.forms(lang))
        # A title of several words or a country's name that ends where it is read ("Minister of Education and Science",
        # "the United Arab Emirates"): its last word may open the span of the name after it.
        self.phrase_ending_here = re.compile(
            rf"(?:{any_of(form for form in self.title_forms | frozenset(words_in_all(lexicons, 'country_names')) if ' ' in form)})$",
            re.IGNORECASE)
        # An akim's title in the nominative governs the place he heads in the genitive ("Аким Экибастуза Ерсултанов");
        # after one in a case the name shares that case ("акима Ермаганбета Булекпаева").
        self.russian_akim_title_before = re.compile(
            rf"(?<![\w-])(?i:{any_of([form for form, code in taxonomy.forms('ru') if code == 'akim' and ' ' not in form])})\s+$")
        # Status words written as a prefix of the title ("Экс-советник", "Ex-minister").
        self.title_prefixes = tuple(word for words_of in taxonomy.status.values() for words in words_of.values()
                                    for word in words if word.endswith("-"))
        self.honorifics = frozenset(words_in_all(lexicons, "honorifics"))
        self.words_before_a_name_alone = (frozenset(lexicons["en"].words("clause_openers") + lexicons["en"].words("english_only_words"))
                                          | self.honorifics | self.title_forms)
        # English words that open a sentence capitalized and are no name's word ("In", "The", "Later").
        self.english_function_words = frozenset(lexicons["en"].words("clause_openers") + lexicons["en"].words("english_only_words")
                                                + lexicons["en"].words("headline_function_words"))
        # One-word Kazakh titles in the possessive (директоры, меңгерушісі): what ends a title, never a name.
        self.kazakh_possessive_titles = frozenset(
            form for form, _ in taxonomy.forms("kk")
            if " " not in form and form.endswith(tuple(lexicons["kk"].words("possessive_endings"))))
        # A given name and a surname with a surname's ending (and maybe a case ending) after one of them.
        self.kazakh_name_after_title = re.compile(
            rf"(?<![\w-])(?i:{any_of(self.kazakh_possessive_titles)})\s+(([{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+)\s+"
            rf"([{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+))(?![\w-])")
        self.kazakh_possessive_endings = tuple(lexicons["kk"].words("possessive_endings"))
        self.kazakh_place_nouns = tuple(stem for stems in lexicons["kk"].table("referring_place_nouns").values() for stem in stems)
        # The rest of a list of places from one of its words: more capitalized words, then "және"/"мен" and the last one
        # before the places' noun in the plural ("..., Көктал және Ынталы ауылдық округтерінің").
        self.kazakh_listed_places_after = re.compile(
            rf"(?:\s*,\s*[{_UPPER}][{_LOWER}-]+)*\s*,?\s*(?:және|мен|бен|пен)\s+[{_UPPER}][{_LOWER}-]+\s+(?:ауылдық\s+)?"
            rf"(?:{any_of(self.kazakh_place_nouns)})(?:тар|тер|дар|дер|лар|лер)")
        self.kazakh_compound_head_after = re.compile(rf"\s+(?:{any_of(lexicons['kk'].words('compound_heads'))})(?![\w-])")
        self.kazakh_oblique_word = re.compile(
            rf"[{_UPPER}][{_LOWER}]{{3,}}(?:{any_of(lexicons['kk'].words('oblique_case_endings_of_words'))})")
        self.kazakh_accusative_word = re.compile(
            rf"[{_UPPER}][{_LOWER}]{{3,}}(?:{any_of(lexicons['kk'].words('accusative_endings_of_words'))})")
        # Adverbs, conjunctions and introductory words that open a clause ("Бұрын", earlier; "Сондай-ақ", also):
        # no word of a name, capitalized or not.
        self.kazakh_clause_opening_words = frozenset(lexicons["kk"].words("chain_stop_words") + lexicons["kk"].words("introductory_words"))
        self.kazakh_field_postpositions = frozenset(lexicons["kk"].words("field_postpositions"))
        self.kazakh_genitive = re.compile(rf"(?:{any_of(lexicons['kk'].words('genitive_endings'))})$")
        self.kazakh_multiword_titles = tuple(form.lower() for form, _ in taxonomy.forms("kk") if " " in form)
        # Longest first: the stem of Петровой is Петров, not Петрово.
        self.russian_title_case_endings = tuple(lexicons["ru"].words("title_case_endings"))
        self.russian_surname_case_endings = tuple(sorted(lexicons["ru"].words("surname_oblique_endings"), key=len, reverse=True))
        self.kazakh_surname_case_ending = f"(?:{any_of(lexicons['kk'].words('surname_case_endings'))})?"
        # A capitalized Cyrillic word with a surname's or a patronymic's ending (Тоқаев, Ермекұлы), and with
        # an ending only surnames and patronymics have.
        surname_word = rf"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+(?:{any_of(words_in_all(lexicons, 'surname_endings') + words_in_all(lexicons, 'patronymic_endings'))})"
        surname_only_word = rf"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+(?:{any_of(lexicons['kk'].words('surname_only_endings'))})"
        self.cyrillic_surname = re.compile(surname_word)
        # A capitalized word with a Russian surname's ending, a word of its own (Досаев, Сыздыкова).
        self.russian_surname_word = re.compile(
            rf"(?<![\w.-])[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}}(?:{any_of(lexicons['ru'].words('surname_endings'))})(?![\w.-])")
        # A Cyrillic word with a surname's or a patronymic's ending, and maybe a Kazakh case ending.
        self.cyrillic_surname_in_a_case = re.compile(rf"{surname_word}{self.kazakh_surname_case_ending}")
        self.korean_surnames = frozenset(lexicons["ru"].words("surnames_without_an_ending"))
        korean_surname = any_of(self.korean_surnames)
        endings_after_a_patronymic = lexicons["ru"].words("adjective_surname_endings") + lexicons["ru"].words("surname_endings_after_a_patronymic")
        self.cyrillic_surname_after_a_patronymic = re.compile(
            rf"(?:{surname_word}|{korean_surname}|[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+(?:{any_of(endings_after_a_patronymic)}))"
            rf"{self.kazakh_surname_case_ending}")
        # The same Ukrainian and Belarusian endings after initials of one letter each ("Т.Шевчук", "В.Кравец"): initials
        # make the word a surname, where alone it may be any word that ends so. In the nominative only: the name
        # normalizer knows no case ending after them.
        self.surname_ending_after_initials = re.compile(rf"(?:{any_of(lexicons['ru'].words('surname_endings_after_a_patronymic'))})$")
        self.korean_surname_after = re.compile(rf"[^\S\n]+(?:{korean_surname}){self.kazakh_surname_case_ending}(?![\w.-])")
        self.korean_surname_before = re.compile(rf"(?<![\w.-])(?:{korean_surname})[^\S\n]$")
        self.kazakh_letter = re.compile(f"[{''.join(lexicons['kk'].words('letters'))}]", re.IGNORECASE)
        self.kazakh_person_nouns = frozenset(lexicons["kk"].words("person_nouns_before_name"))
        self.kazakh_locative = re.compile(rf"(?:{any_of(lexicons['kk'].words('locative_endings'))})$")
        self.guest_words = frozenset(words_in_all(lexicons, "guest_words"))
        # A capitalized word "at" a place, its stem of three letters or more (Кентаудағы, Германиядағы; not "Тағы").
        self.kazakh_place_where_word = re.compile(
            rf"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}}(?:{any_of(lexicons['kk'].words('place_where_endings'))})")
        self.foreign_cities = frozenset(words_in_all(lexicons, "foreign_city_names"))
        # A Latin name's part NER left out or split off: the lower-case part of a hyphenated given name
        # ("Yoon Jae" + "-hyuk"), and a family name that opens with a capitalized Arabic particle ("Al Hammadi").
        self.hyphenated_name_rest = re.compile(r"-[a-z]+(?![\w-])")
        korean_latin_surname = any_of(lexicons["en"].words("korean_surnames"), not_after=r"\w-")
        self.korean_latin_name = re.compile(rf"(?:{korean_latin_surname}) [A-Z][a-z]+-[a-z]+(?![\w-])")
        # A Chinese family name and a given name of two Pinyin syllables after it ("Zhou Mingyuan", "Li Xiaoyan"), written
        # surname first.
        chinese_surname = any_of(lexicons["en"].words("chinese_surnames"), not_after=r"\w-")
        self.chinese_latin_name = re.compile(rf"(?:{chinese_surname}) (?P<given>[A-Z][a-z]+)(?![\w'’-])")
        # A Korean family's surname alone in a Russian sentence, after a lower-case word and before a comma, a full stop or
        # "и" ("член молодежного крыла Пак, член ..."): capitalized there, it is no word of another kind.
        self.korean_surname_alone = re.compile(rf"(?<=[{_CYRILLIC_LOWER}] )(?:{korean_surname})(?=\s*[,.;:)]|\s+и\s)")
        self.capitalized_name_particle = re.compile(rf"(?:{any_of(lexicons['en'].words('capitalized_name_particles'))}) [A-Z]")
        self.place_name_connective = re.compile(rf" (?:{any_of(lexicons['en'].words('place_name_connectives'))}) $")
        self.places_named_like_given_names = frozenset(lexicons["kk"].words("places_named_like_given_names"))
        # A Cyrillic surname in the Kazakh plural, maybe with a case ending: a family ("Жекеевтер отбасы").
        # A name's word with a surname's or a patronymic's ending and a case ending (Ермекұлына, Абайдың).
        self.surname_with_a_case_ending = re.compile(
            rf"{surname_word}(?:{any_of(lexicons['kk'].words('surname_case_endings') + lexicons['kk'].words('case_endings_after_possessive'))})")
        # A surname by an ending only surnames and patronymics have, maybe in a case (Тоқаевқа, Бекмұратұлының).
        self.kazakh_surname_word = re.compile(rf"(?<![\w-]){surname_only_word}{self.kazakh_surname_case_ending}(?![\w-])")
        # "Our" institution in a case after a visitor's name ("Name мектебімізге келді", came to our school): no part of
        # a name, which the model runs into the school's span.
        kk = lexicons["kk"]
        self.our_institution_word = re.compile(
            rf"(?:{any_of([stem for stems in kk.table('referring_institution_nouns').values() for stem in stems])})\w*?"
            rf"(?:{any_of(kk.words('first_person_possessive_endings'))})"
            rf"(?:{any_of(kk.words('genitive_endings') + kk.words('oblique_case_endings_of_words'))})?[.,;:!?]?")
        self.kazakh_surname_in_a_case = re.compile(rf"{surname_only_word}(?:{any_of(lexicons['kk'].words('surname_case_endings'))})")
        # A noun with a possessive and a case ending (Жолдауында, хатының); the accusative's bare -н is left out,
        # as given names end so (Жаңылсын, Ерсін).
        self.kazakh_possessed_noun_in_a_case = re.compile(
            rf"[{_CYRILLIC_LOWER}](?:{any_of(self.kazakh_possessive_endings)})"
            rf"(?:{any_of([ending for ending in lexicons['kk'].words('case_endings_after_possessive') if len(ending) > 1])})$")
        # A place's adjective or noun right after a word says the word is the place's name ("Жангелдин аудандық білім
        # бөлімі", "Жангелдин ауданы"), however like a surname it ends.
        self.kazakh_place_word_after = re.compile(
            rf"\s+(?:{any_of((*lexicons['kk'].words('place_adjectives_before_number'), *taxonomy.place_words.get('kk', ())))})(?![\w-])",
            re.IGNORECASE)
        # A comma, then the district's word further on in the sentence: the list's last item holds the noun that the items
        # before it leave out ("Name Бородулиха, ал Name Шемонаиха ауданының әкімі").
        self.kazakh_district_word_after_a_comma = re.compile(
            rf"\s*,[^.!?\n]{{0,{_MAX_LIST_ITEMS_CHARS}}}?\s(?:{any_of(lexicons['kk'].words('district_words_after_its_name'))})(?![\w-])",
            re.IGNORECASE)
        # The Kazakh district's word in the plural after a name: the last of a list of districts ("Жәнібек, Қазталов аудандары").
        self.kazakh_district_word_in_the_plural_after = re.compile(
            rf"\s+(?:{any_of(lexicons['kk'].words('district_words_in_the_plural'))})(?![\w-])", re.IGNORECASE)
        # A Kazakh place's noun in the possessive, maybe in a case, after a name: the place named after a person
        # ("Жданов ауылы", "Ұлан ауданында"), unlike the person going there ("Бектенов ауылға барды").
        self.kazakh_place_noun_of_a_name_after = re.compile(
            rf"\s+(?:{any_of([word for word in taxonomy.place_words.get('kk', ()) if word.endswith(self.kazakh_possessive_endings)])})"
            rf"(?:{any_of(lexicons['kk'].words('case_endings_after_possessive'))})?(?![\w-])")
        # A noun of the time or frame of an event right after a word, in the possessive ("Мейрам соңы", the holiday's
        # end; "Рәсім барысында"): the word is the event's noun, no one's name.
        self.kazakh_frame_noun_after = re.compile(rf"\s+(?:{any_of(lexicons['kk'].words('frame_nouns_after_a_noun'))})(?![\w-])")
        # An educational institution's head in the possessive, maybe in a case, after a name and adjectives of a name
        # ("Сәтбаев индустриалдық колледжінде"), or after other institutions' nouns joined to it by hyphens, or a complex
        # such a compound makes ("Абай мектеп-гимназиясында", "Абай мектеп-балабақша кешенінде"): the institution named
        # after the person.
        name_adjective = rf"[{_CYRILLIC_LOWER}]+(?:{any_of(lexicons['kk'].words('relational_adjective_suffixes'))})" \
                         rf"|{any_of(lexicons['kk'].words('adjectives_in_names'))}"
        compound_part = rf"(?:{any_of(lexicons['kk'].words('institution_compound_nouns'))})-"
        institution_head = rf"(?:{compound_part})*(?:{any_of(lexicons['kk'].words('named_institution_heads'))})" \
                           rf"|(?:{compound_part})+[{_CYRILLIC_LOWER}]+\s+(?:{any_of(lexicons['kk'].words('institution_complex_heads'))})"
        self.kazakh_institution_noun_of_a_name_after = re.compile(
            rf"(?:\s+(?:{name_adjective})){{0,3}}\s+(?:{institution_head})"
            rf"(?:{any_of(lexicons['kk'].words('possessive_endings'))})"
            rf"(?:{any_of(lexicons['kk'].words('case_endings_after_possessive'))})?(?![\w-])")
        # The head of a compound name in a case, with the possessive -сы/-сі after a vowel ("Сауд Арабиясында",
        # "Иран Ислам Республикасымен"): no word of a person's name, which takes no possessive (a patronymic's
        # -ы follows a consonant: Ахметұлының).
        self.kazakh_compound_head_in_a_case = re.compile(
            rf"[{VOWELS}]с[ыі](?:{any_of(lexicons['kk'].words('case_endings_after_possessive') + lexicons['kk'].words('with_words'))})$")
        self.titles_after_name = frozenset(lexicons["kk"].words("titles_after_name"))
        self.kazakh_title_after_name = re.compile(
            rf"\s+(?:{any_of(lexicons['kk'].words('titles_after_name'))}){self.kazakh_surname_case_ending}(?![\w-])")
        self.family_by_surname = re.compile(
            not_after(r"\w-", f"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+") + rf"(?:{any_of(lexicons['kk'].words('family_surname_endings'))})"
            rf"(?:{any_of(lexicons['kk'].words('plural_endings'))}){self.kazakh_surname_case_ending}(?![\w-])")
        # Up to two lower-case words and an English unit's head word, then "of (the)", at the end of a
        # text; a head word that is also a title ("chair") is left out.
        titles = {form for form, _ in taxonomy.forms("en")}
        heads = any_of(taxonomy.unit_words.get("en", frozenset()) - titles)
        self.trailing_preposition = re.compile(
            rf"\s+(?:{any_of(lexicons['en'].words('institution_prepositions'))})$")
        # A Russian pointing word before "же" that the model took into the unit before it ("Института непрерывного
        # образования того" же вуза): the words point at the institution named before.
        self.trailing_pointing_word = re.compile(rf"\s+(?i:{any_of(lexicons['ru'].words('pointing_pronouns'))})$")
        # A title's field the model took into the institution after it: "for" after the title, then up
        # to three words and a preposition in lower case inside the organization's span.
        self.field_preposition_after_title = re.compile(
            rf"\s+(?:{any_of(lexicons['en'].words('title_field_prepositions'))})\s+", re.IGNORECASE)
        self.field_in_organization = re.compile(
            rf"(?:[\w-]+\s+){{1,3}}?(?:{any_of(lexicons['en'].words('institution_prepositions'))})\s+(?=\S)")
        # A preposition of several words between a title and its institution, whose last words the model took into the
        # organization ("Secretary in" "Charge of the Ministry of Education").
        self.preposition_after_title = re.compile(
            rf"\s+(?:{any_of(lexicons['en'].words('institution_prepositions'))})\s+", re.IGNORECASE)
        self.unit_before_of = re.compile(rf"(?<![\w-])((?:[a-z]+ ){{0,2}}(?:{heads}) of (?:the )?)$")

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
            kept = _names_run_into_the_next_word(text, kept)
            document.mentions = _places_read_as_persons(text, self.foreign_cities, _site_names_as_organizations(
                document.page.url, self._firms_named_after_people(
                    text, self._bylines_read_as_organizations(
                        text, self._surnames_named_in_other_segments(text, document.segments, _acronyms_the_page_spells_out(
                            text, document.segments, kept))))))
        return documents

    def _surnames_named_in_other_segments(self, text: str, segments: list, mentions: list[Mention]) -> list[Mention]:
        """A surname alone that a paragraph before or after names in full is the person too (a page's
        paragraphs are segments of their own: "Name has been named ... \n\nSurname, a Bolashak scholar,")."""
        full_names = {(mention.text.split()[0], surname) for mention in mentions if mention.label == "PERSON"
                      and (surname := self._surname_of_full_name(mention.text)) is not None}
        surnames = {surname for _, surname in full_names}
        # Only the forms the page writes can name anyone; the registry is asked about those alone.
        russian_forms = {form for surname in surnames if _CYRILLIC_NAME.fullmatch(surname) for form in self._russian_case_forms(surname)
                         if form in text and form.lower() not in self.title_forms and not self._is_place(form) and not self._registered(form)}
        latin_words = self._latin_words_of_full_names(text, full_names)
        kazakh_given_names = {first for first, _ in full_names if self.names.is_given_name(first)}
        mentions = [self._kazakh_given_name_alone(text, mention, kazakh_given_names) or mention for mention in mentions
                    if not self._kazakh_noun_opening_a_sentence(text, mention, kazakh_given_names)]
        mentions = [replace(mention, label="PERSON") if mention.label != "PERSON" and (
                        self._surname_alone(mention.text, mention.label, surnames)
                        and not self.kazakh_place_noun_of_a_name_after.match(text, mention.end)
                        or mention.lang == "ru" and mention.text in russian_forms
                        and (mention.label in _LABELS_OF_A_RUSSIAN_SURNAME_ALONE or self.cyrillic_surname_in_a_case.match(mention.text))
                        or mention.lang == "en" and mention.text in latin_words and mention.label in _LABELS_OF_A_NAME_ALONE)
                    # a namesake after "named after" is no person of the page ("a reading hall named after K. Name")
                    and not self.named_after_before.search(text, max(0, mention.start - _NAMED_AFTER_CHARS), mention.start)
                    else self._without_a_title_before_a_surname(mention, full_names) for mention in mentions]
        given_names = {first for first, surname in full_names if _CYRILLIC_NAME.fullmatch(first) and _CYRILLIC_NAME.fullmatch(surname)}
        return _given_names_joined_to_surnames(text, sorted(
            mentions + self._russian_surnames_alone(text, segments, mentions, russian_forms, given_names)
            + self._latin_names_alone(text, segments, mentions, latin_words)
            + self._kazakh_surnames_alone(text, segments, mentions, surnames),
            key=lambda mention: (mention.start, mention.end)), russian_forms)

    def _bylines_read_as_organizations(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """An English "organization" of two Latin words alone on its line, the second a known given name without a
        surname's ending and the first no given name, no registered name, place or institution word: a byline written
        surname first as news agencies in Kazakhstan write it ("Ivanchuk Marina" under the story), a person (normalize
        reads it surname first)."""
        names = self.names
        result = []
        for mention in mentions:
            words = mention.text.split()
            if mention.lang == "en" and mention.label in _LABELS_OF_A_NAME_ALONE and len(words) == 2 \
                    and all(_LATIN_NAME_WORD.fullmatch(word) for word in words) \
                    and alone_on_its_line(text, mention.start, mention.end, mention.text) \
                    and names.reads_surname_first(words) \
                    and not any(word.lower() in names.non_name_words or self.taxonomy.is_institution_word(word)
                                or self.taxonomy.is_place_word(word) or self._is_place(word) or self._registered(word) for word in words) \
                    and not self._registered(mention.text):
                mention = replace(mention, label="PERSON")
            result.append(mention)
        return result

    def _firms_named_after_people(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A word alone that the page says was founded, established or incorporated ("Caloi was founded in
        1898 by Luigi Caloi") names an organization wherever it stands alone on the page, though it is the
        surname of the founders, whose full names stay persons."""
        founded = {mention.text for mention in mentions if mention.label in ("PERSON", "ORG") and " " not in mention.text.strip()
                   and self.founded_after.match(text, mention.end)}
        return [replace(mention, label="ORG") if mention.label == "PERSON" and mention.text in founded else mention
                for mention in mentions] if founded else mentions

    def _kazakh_noun_opening_a_sentence(self, text: str, mention: Mention, given_names: set[str]) -> bool:
        """Whether a Kazakh person's span of one word that opens a sentence is a noun that names a person too, as
        the page writes it in lower case elsewhere ("Рәсім соңында" after "салтанатты рәсімге", the ceremony;
        "Ғалымның айтуынша" after "ғалымдарға", the scientist): no one the page names in full with it; or as a noun of
        the time or frame of an event after it says, whatever the page writes elsewhere ("Мейрам соңы", a given name too)."""
        if mention.lang != "kk" or mention.label != "PERSON" or " " in mention.text.strip() \
                or text[max(0, mention.start - 4):mention.start].rstrip(" \t")[-1:] not in ("", ".", "!", "?", "\n"):
            return False
        if self.kazakh_frame_noun_after.match(text, mention.end):
            return True
        base = self.names.kazakh_base(mention.text)
        if base in given_names:
            return False
        noun = base.lower()
        found = text.find(noun)
        while found != -1 and (found > 0 and text[found - 1].isalpha()):
            found = text.find(noun, found + 1)
        return found != -1

    def _kazakh_given_name_alone(self, text: str, mention: Mention, given_names: set[str]) -> Mention | None:
        """A Kazakh span the model read as a place or a law whose first word is, maybe in a case, the given
        name of a person the page names in full ("Қайрат" after "Қайрат Нұртас", "Ерланның айтуынша"),
        and no registered place nor one a place's noun follows ("Ұлан ауданында", a district named like
        a man): that person named by the given name, without the lower-case words the model ran into it
        ("Алпамыс оқырмандармен")."""
        if mention.lang != "kk" or mention.label not in _LABELS_OF_A_KAZAKH_GIVEN_NAME_ALONE:
            return None
        first = _WORD.match(mention.text)
        rest = mention.text[first.end():].split()
        word = first.group()
        if self.names.kazakh_base(word) not in given_names or any(not _LOWER_CASE_CYRILLIC_WORD.fullmatch(w) for w in rest) \
                or self._is_place(word) or self._is_centre(word) or self.kazakh_place_noun_of_a_name_after.match(text, mention.start + first.end()):
            return None
        return replace(mention, end=mention.start + len(word), text=word, label="PERSON")

    def _latin_words_of_full_names(self, text: str, full_names: set[tuple[str, str]]) -> set[str]:
        """The given names and surnames of the persons a page names in full in Latin letters that the
        page also writes alone; a title, an honorific, a place, an institution or a word no name is made
        of is no one's name alone ("Dean", "Sir", "Almaty", "Player")."""
        words = {word for names in full_names for word in names if _LATIN_NAME_WORD.fullmatch(word) or _ACCENTED_NAME_PART.fullmatch(word)}
        return {word for word in words if text.count(word) > 1 and word.lower() not in self.title_forms
                and word.lower() not in self.honorifics and not self._is_place(word) and not self._registered(word)
                and self.names.normalize(word, "en") is not None}

    def _latin_names_alone(self, text: str, segments: list, mentions: list[Mention], words: set[str]) -> list[Mention]:
        """The English text's words that are one of ``words`` (a given name or surname of a person the page
        names in full) where the model found nothing: the person named by one word in another paragraph
        ("Carlo Citrone opened a gym. \n\nIn 2004, Citrone was sentenced"). A capitalized word next to
        it makes it part of another name ("Citrone Poker Club", "Shannon Citrone")."""
        if not words:
            return []
        word = re.compile(rf"(?<![\w.-])(?:{any_of(words)})(?![\w-])(?! [A-Z])")
        return [Mention(match.start(), match.end(), match.group(), "PERSON", segment.lang, "rules", __version__)
                for segment in segments if segment.lang == "en"
                for match in word.finditer(text, segment.start, segment.end)
                if not self._name_word_before(text, match.start())
                and not any(mention.start < match.end() and match.start() < mention.end for mention in mentions)]

    def _name_word_before(self, text: str, start: int) -> bool:
        """Whether a capitalized word or an initial is right before ``start``, other than a word that opens
        a sentence or a clause ("The", "When"), a title or an honorific ("Coach", "Mr")."""
        before = _CAPITALIZED_WORD_OR_INITIAL_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and before.group(1).lower() not in self.words_before_a_name_alone

    def _russian_surnames_alone(self, text: str, segments: list, mentions: list[Mention], forms: set[str],
                                given_names: set[str]) -> list[Mention]:
        """The Russian text's words that are one of ``forms`` (of the surname of a person the page names
        in full) where the model found nothing: the person named by the surname alone, in any paragraph
        ("Скотт Хоровитц сказал ... \n\nХоровитц добавил", "о Свиридове" after "Егор Свиридов"), or
        in full again after one of ``given_names`` (a heading's "Виктор Понедельник:")."""
        if not forms:
            return []
        given_name = any_of(given_names) if given_names else "(?!)"
        surname_word = re.compile(rf"(?<![\w.-])(?:(?:{given_name})\s+)?(?:{any_of(forms)})(?![\w-])")
        return [Mention(match.start(), match.end(), match.group(), "PERSON", segment.lang, "rules", __version__)
                for segment in segments if segment.lang == "ru"
                for match in surname_word.finditer(text, segment.start, segment.end)
                if not any(mention.start < match.end() and match.start() < mention.end for mention in mentions)]

    def _kazakh_surnames_alone(self, text: str, segments: list, mentions: list[Mention], surnames: set[str]) -> list[Mention]:
        """The Kazakh text's words that are one of ``surnames`` (of persons the page names in full) with a
        surname's ending, maybe in a case, where the model found nothing: the person named by the surname
        alone in another paragraph ("Олжас Бектенов ... \n\nБектенов тапсырма берді", "Тоқаевқа"), but
        for a place named after one ("Бектенов ауылы"); those in the full name's own paragraph are found
        with its spans."""
        kazakh = [surname for surname in surnames if self.cyrillic_surname.fullmatch(surname) and not self._is_place(surname)]
        if not kazakh or not any(segment.lang == "kk" for segment in segments):
            return []
        surname_word = re.compile(rf"(?<![\w.-])(?:{any_of(kazakh)}){self.kazakh_surname_case_ending}(?![\w-])")
        return [Mention(match.start(), match.end(), match.group(), "PERSON", segment.lang, "rules", __version__)
                for segment in segments if segment.lang == "kk"
                for match in surname_word.finditer(text, segment.start, segment.end)
                if not self.kazakh_place_noun_of_a_name_after.match(text, match.end())
                and not any(mention.start < match.end() and match.start() < mention.end for mention in mentions)]

    def _russian_case_forms(self, surname: str) -> set[str]:
        """The surname as written, its stem without a case ending (Лемана, Петровой) and the stem with
        each case ending: the forms a text names the person by."""
        stem = next((surname[:-len(ending)] for ending in self.russian_surname_case_endings
                     if surname.endswith(ending) and len(surname) - len(ending) >= _SHORTEST_SURNAME_STEM), surname)
        return {surname, stem} | {stem + ending for ending in self.russian_surname_case_endings}

    def _without_a_title_before_a_surname(self, mention: Mention, full_names: set[tuple[str, str]]) -> Mention:
        """A person's span of a title that is also a given name (Әкім, Dean) and the surname of a person
        the page names in full with another first word ("Әкім Ахметжановтың" after "Марат Ахметжанов"):
        the title and the surname, not a person of that given name; the span keeps the surname."""
        words = mention.text.split()
        if mention.label != "PERSON" or len(words) != 2 or words[0].lower() not in self.title_forms or not self._surname_alone(
                words[1], "MISC", {surname for first, surname in full_names if first != words[0]}):
            return mention
        offset = mention.text.index(words[1], len(words[0]))
        return replace(mention, start=mention.start + offset, text=words[1])

    def _without_the_next_names_initial(self, text: str, entity: EntitySpan) -> EntitySpan:
        """A person's span of a given name, a patronymic and a surname that took one initial after them ends before
        it: a full name takes no initial, which opens the next name ("оқытушы Роза Мәжитқызы Құсайынова Ы. Алтынсарин
        атындағы төсбелгімен марапатталды")."""
        if entity.label != "PERSON":
            return entity
        # Initials written against the next word ("Нұржан Нұржігітов М.Х.Дулати атындағы"): that word's, whatever
        # the words before them.
        glued = _NAME_AND_INITIALS.fullmatch(text, entity.start, entity.end) if _CAPITAL_LETTER_NEXT.match(text, entity.end) else None
        if glued is not None:
            return replace(entity, end=glued.end("names"))
        run_on = _FULL_NAME_AND_ONE_INITIAL.fullmatch(text, entity.start, entity.end)
        if run_on is None or not _CAPITALIZED_WORD_NEXT.match(text, entity.end) \
                or not self.patronymic_end.search(run_on.group("names").split()[1]):
            return entity
        return replace(entity, end=run_on.end("names"))

    def _address_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A PERSON the model ran over a comma after an abbreviated lower-case noun, as an address line writes a city
        and its street ("Павлодар қ., Ломов көшесі", "г. Караганда, ул. Ерубаева"): the words after the comma alone,
        the street's name (MISC) where a street's noun follows it; a name holds no such noun."""
        if entity.label != "PERSON":
            return None
        comma = _ABBREVIATED_NOUN_AND_A_COMMA.search(text, entity.start, entity.end)
        if comma is None or comma.end() >= entity.end:
            return None
        thing = self.thing_after_name.search(text, comma.end(), entity.end)
        if thing is not None and thing.start() > comma.end():
            return [EntitySpan(comma.end(), thing.start(), "MISC", entity.score)]
        return [EntitySpan(comma.end(), entity.end, "PERSON", entity.score)]

    def repair_spans(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        entities = _without_a_pronoun_and_its_dash(text, [self._without_an_opening_bracket_at_the_end(text, entity) for entity in entities])
        entities = _each_replaced(entities, lambda entity: self._address_parts(text, entity)
                                  or self._without_a_place_before_initials(text, entity))
        entities = self._table_cells(text, [self._without_a_kazakh_clause_run_in(text, _without_a_dash_at_the_end(text, _ended_at_the_initials_after_a_surname(text, entity)))
                                            for entity in entities])
        entities = self._kazakh_persons_the_model_misread(text, self._split_place_names_joined(
            text, _each_replaced(entities, lambda entity: self._kazakh_surname_parts(text, entity))))
        entities = self._russian_surnames_before_a_verb(text, self._places_right_before_russian_names(
            text, self._russian_given_names_with_surnames(text, entities)))
        entities = self._given_names_before_their_place_noun(text, self._kazakh_given_names_read_as_places(text, entities))
        entities = self._organizations_after_their_kind(text, [self._full_name_read_as_a_thing(text, entity) or entity
                                                                for entity in entities])
        entities = self._latin_names_in_cyrillic_sentences(text, entities)
        entities = _each_replaced(entities, lambda entity: self._headline_verb_parts(text, entity))
        entities = _each_replaced([_without_a_russian_function_word_at_the_end(text, entity) for entity in entities],
                                  lambda entity: self._honorific_and_name_parts(text, entity))
        entities = _each_replaced(entities, lambda entity: self._names_joined_by_a_conjunction(text, entity))
        entities = self._russian_places_read_as_persons(text, _each_replaced(entities, lambda entity: self._title_parts(text, entity)))
        entities = _each_replaced(entities, lambda entity: self._place_after_a_russian_place_noun(text, entity)
                                  or self._place_after_an_english_place_noun(text, entity))
        entities = [self._russian_region_with_its_word(text, self._russian_place_with_its_namesakes_title(text, entity)) for entity in entities]
        entities = [self._without_a_phrases_last_word(text, entity) for entity in entities]
        entities = _each_replaced(entities, lambda entity: self._place_and_russian_surname_parts(text, entity))
        entities = [entity for entity in entities if not self._title_read_as_a_place(text, entity)
                    and not self._institution_word_cut_at_the_end(text, entity)
                    and not self._kazakh_place_noun_and_lower_case_words(text, entity)
                    and not self._kazakh_common_noun_before_its_compound_head(text, entity)
                    and not self._kazakh_adjective_of_a_headline_in_capitals(text, entity)]
        entities = _each_replaced(entities, lambda entity: self._without_a_leading_kazakh_noun(text, entity)
                                  or self._without_a_trailing_kazakh_plural_noun(text, entity))
        entities = _each_replaced(entities, lambda entity: self._without_a_trailing_namesake_of_an_institution(text, entity)
                                  or self._without_a_second_surname_in_a_row(text, entity)
                                  or self._namesake_alone_opening_an_institution(text, entity))
        entities = _each_replaced(entities, lambda entity: self._without_kazakh_title_fields(text, entity))
        entities = _each_replaced(entities, lambda entity: self._two_names_parts(text, entity)
                                  or self._institution_run_into_a_person(text, entity, entities)
                                  or self._russian_institution_opening_a_person(text, entity))
        entities = self._persons_of_institutions(text, entities)
        entities = _each_replaced(entities, lambda entity: _other_name_in_brackets_parts(text, entity))
        entities = self._given_names_with_hyphenated_surnames(text, entities)
        entities = self._given_names_with_a_patronymics_initial(text, entities)
        entities = self._names_glued_together(text, entities)
        entities = self._registered_names_run_into_persons(text, self._persons_run_into_registered_abbreviations(text, entities))
        entities = [self._registered_place_as_institution(text, entity) for entity in entities]
        entities = self._given_names_of_surnames_after_titled_places(
            text, self._second_latin_surnames_after_names(text, self._latin_surnames_after_given_names(text, entities)))
        entities = self._surnames_listed_with_persons(text, self._registered_names_before_persons(
            text, self._registered_names_after_titles(text, self._registered_acronyms_added(
                text, self._whose_titles_before_persons(text, entities)))))
        entities = _each_replaced(entities, lambda entity: self._registered_part_of_a_person(text, entity))
        entities = self._named_after_people_joined(text, self._namesakes_opening_english_institutions(
            text, self._with_initials_names(text, entities)))
        entities = self._registered_names_around(text, self._without_preposition_words_of_titles(text, self._names_of_works_and_groups(
            text, self._names_of_things(text, _quoted_persons_as_names(text, self._places_read_as_persons(
                text, self._english_places_listed_after_their_noun(text, self._english_places_listed_before_others(text, self._russian_places_listed_after_their_noun(text, self._kazakh_places_listed_before_their_noun(
                text, _persons_in_two_scripts_as_names(_persons_in_other_scripts_as_names(entities, text), text)))))))))))
        entities = _each_replaced(self._without_trailing_prepositions(text, self._without_title_fields(text, entities)),
                                  lambda entity: self._leading_place_parts(text, entity))
        entities = _each_replaced(entities, lambda entity: self._trailing_place_parts(text, entity)
                                  or self._kazakh_place_in_a_case_parts(text, entity)
                                  or self._kazakh_place_where_parts(text, entity))
        entities = _each_replaced(entities, lambda entity: self._given_name_run_into_a_place(text, entity, entities))
        entities = _each_replaced(entities, lambda entity: self._place_before_its_noun_parts(text, entity))
        entities = _each_replaced(entities, lambda entity: self._nationality_led_parts(text, entity))
        entities = self._names_before_a_birth(text, self._teams_named_with_their_city(text, self._place_nouns_given_back(text, entities)))
        spans = entities
        entities = self._names_after_titles(
            text, _each_replaced(spans, lambda entity: self._name_after_institution_parts(text, entity, spans)))
        entities = self._units_before_organizations(text, self._english_kinds_before_quoted_names(
            text, self._quoted_names_with_their_kind(text, self._quoted_firms(text, entities))))
        entities = self._names_split_before_a_patronymic(text, entities)
        entities = _offices_named_after_their_titles(text, _each_replaced(
            entities, lambda entity: self._without_a_field_word_before_a_latin_name(text, entity)
            or self._office_of_a_possessive_title(text, entity, entities)
            or self._latin_organization_with_its_capitalized_opening(text, entity, entities)))
        entities = self._registered_names_ending_in_organizations(
            text, [self._russian_adjectives_with_their_institution_noun(
                text, self._place_with_its_lower_case_kind(text, entity, entities), entities) for entity in entities])
        entities = self._spans_cut_before_a_hyphenated_given_name(text, entities)
        entities = self._chinese_names_missed(text, self._korean_names_missed(
            text, self._latin_names_cut_short(text, self._without_a_place_names_last_word(text, entities))))
        entities = self._korean_surnames_alone(text, entities)
        entities = self._surnames_after_two_given_names(text, self._korean_surnames_before_persons(
            text, self._given_names_before_a_titled_apposition(text, entities)))
        absorbed: set[EntitySpan] = set()
        repaired = []
        for entity in entities:
            places_after: list[EntitySpan] = []  # the places the model ran a surname into
            if entity.label in _THING_LABELS \
                    and (first_part := _HYPHENATED_FIRST_PART.search(text, max(0, entity.start - 20), entity.start)) is not None \
                    and self.names.is_given_name(first_part.group() + _LETTERS.match(text, entity.start).group()):
                # "the Nur-Ahmet Bekov programme": a thing named after a person, which the model split at the hyphen
                # of the given name, takes the first part back; that part alone is no person.
                absorbed |= {other for other in entities if first_part.start() <= other.start and other.end <= entity.start}
                entity = EntitySpan(first_part.start(), entity.end, entity.label, entity.score)
            if entity.label == "PERSON":
                entity = self._with_a_patronymic_written_apart(text, entity, entities)
                if first_part := _HYPHENATED_FIRST_PART.search(text, max(0, entity.start - 20), entity.start):
                    # The first part may be a span of its own ("Kassym" as ORG): it is the name's.
                    absorbed |= {other for other in entities if first_part.start() <= other.start and other.end <= entity.start}
                    entity = EntitySpan(first_part.start(), entity.end, entity.label, entity.score)
                surname = self._surname_beside_given_name_and_patronymic(text, entity, before=True)
                given = self._given_name_before_one_word(text, entity) or self._latin_given_name_before_a_patronymic(text, entity)
                if given and not any(other.start < given.end() and given.start() < other.end for other in entities):
                    surname = surname or given
                if surname and not any(other.start < surname.start() < other.end for other in entities):
                    # "Сапарова Жанар Қайратқызы": the surname written first, which the model left out
                    # ("Кенесары Қасымұлы", "Эммануэль Макрон": the given name).
                    absorbed |= {other for other in entities if surname.start() <= other.start and other.end <= entity.start}
                    entity = EntitySpan(surname.start(), entity.end, entity.label, entity.score)
                if self.named_after.search(text[entity.start:entity.end]):
                    entity = EntitySpan(entity.start, entity.end, "ORG", entity.score)
                elif trailing := self.trailing_name_part.match(text, entity.end) or _HYPHENATED_SECOND_PART.match(text, entity.end) \
                        or self._surname_beside_given_name_and_patronymic(text, entity, before=False) \
                        or self._kazakh_forebears_name_after_given_name_and_patronymic(text, entity) \
                        or self._korean_surname_after_a_given_name(text, entity):
                    # A trailing name part the model labelled on its own (Үсенқызы as ORG, the surname after
                    # "Нұрлан Серікұлы" as GPE) or left out (a double surname's second part, "Tornyai-Lakos") joins the name, and so does one the model ran into the lower-case
                    # words after it ("Әбдірахманов баспасөз" as ORG) or into a place ("Оналбаев Берлин" as PERSON:
                    # the place keeps a span of its own).
                    inside = {other for other in entities if entity.end <= other.start and other.end <= trailing.end()}
                    run_on = {other for other in entities if other.start == trailing.end() - len(trailing.group().lstrip())
                              and other.end > trailing.end() and (text[trailing.end():other.end].islower()
                                                                   or self._is_place_or_foreign_city(text[trailing.end():other.end].strip()))}
                    crossing = [other for other in entities if other.start < trailing.end() and other.end > entity.end
                                and other not in inside | run_on]
                    if not crossing:
                        absorbed |= inside | run_on
                        entity = EntitySpan(entity.start, trailing.end(), entity.label, entity.score)
                        places_after = [EntitySpan(other.end - len(place), other.end, "GPE", other.score) for other in run_on
                                        if not (place := text[trailing.end():other.end].strip()).islower()]
            repaired += [entity, *places_after]
        # Last, once the joins across an "and" are made: what still ends with one ends before it.
        finished = _without_navigation_entities(text, self._without_guest_signatures(text, self._without_dateline_and_label_spans(text, self._initials_opening_organizations(text, self._full_names_inside_things(text, self._surnames_of_named_persons(
            text, self._kazakh_surnames_listed_with_persons(text, self._list_items_between_persons(
                text, self._names_after_a_titles_dash(text, self._names_after_honorifics(text, self._names_in_credits(text, self._surnames_opening_lines(text, self._names_in_capitals(text, self._latin_surnames_in_capitals(text, self._speaker_captions_in_capitals(text, self._bylines_in_capitals(text, self._organizations_before_titled_appositions(text, self._lone_latin_surnames_read_as_things(
                    text, self._joined_organizations(
                    text, _russian_courts_with_their_jurisdiction(text, self._persons_continuing_organizations(text, self._organizations_completed_before_persons(text, [
                    self._without_the_sentence_before(text, self._without_a_clause_opener(
                        text, self._without_trailing_kazakh_words(text, self._country_before_an_acting_title(text, _without_a_possessive(text, _ended_at_a_regnal_number(
                            text, self._without_the_next_names_initial(text, entity)))))))
                    for entity in repaired if entity not in absorbed]))))))))))))))))))))))
        finished = self._regnal_names_after_a_sovereigns_title(text, finished)
        finished = self._peers_names_whole(text, self._arabic_names_opened_before(
            text, self._arabic_names_joined(text, self._names_glued_to_things(text, finished))))
        finished = self._without_places_cut_at_their_hyphen(text, finished)
        finished = self._initialled_names_in_credits(text, finished)
        finished = self._namesakes_opening_institutions(text, finished)
        # Capitalized words right after an award's word ("The Best Winter Sports Athlete", "named Best Young Teacher") are
        # the award's field, no person.
        finished = [entity for entity in finished
                    if not (entity.label == "PERSON" and self.award_word_before.search(text, max(0, entity.start - 12), entity.start))]
        return [self._without_an_and_at_the_end(text, entity) for entity in finished
                if not (entity.label == "PERSON" and self.honoured_namesake_before.search(text, max(0, entity.start - _NAMED_AFTER_CHARS), entity.start))]

    def _country_before_an_acting_title(self, text: str, entity: EntitySpan) -> EntitySpan:
        """An organization's span cut before the possessive and an acting word ("Kazakhstan’s Interim" President) that
        names a country: the country, whose acting head the title after it is."""
        if entity.label == "ORG" and text[entity.start:entity.end].lower() in self.country_names \
                and _POSSESSIVE_BEFORE_AN_ACTING_WORD.match(text, entity.end) is not None:
            return EntitySpan(entity.start, entity.end, "GPE", entity.score)
        return entity

    def _without_an_and_at_the_end(self, text: str, entity: EntitySpan) -> EntitySpan:
        """A span the model ran into the "and" after it ("[Института физики и] Name") ends before it: no name ends with one."""
        conjunction = self.and_at_end.search(text, entity.start, entity.end)
        return entity if conjunction is None or conjunction.start() <= entity.start else EntitySpan(entity.start, conjunction.start(), entity.label, entity.score)

    def _surnames_after_two_given_names(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span of two known given names and nothing else takes the capitalized word after it that no span
        holds and no given name or place is: the surname of a name of three words ("профессоры Мехмет Али Йылдырым дәріс
        оқыды"), which the model left out."""
        repaired = []
        for entity in entities:
            words = text[entity.start:entity.end].split()
            surname = _CYRILLIC_NAME_WORD_AFTER.match(text, entity.end) \
                if entity.label == "PERSON" and len(words) == 2 and all(self.names.is_given_name(word) for word in words) else None
            if surname is not None and not self.names.is_given_name(word := surname.group().strip()) \
                    and not self._names_a_place(word) and not self.place_noun_after.match(text, surname.end()) \
                    and not any(other.start < surname.end() and entity.end < other.end for other in entities):
                entity = EntitySpan(entity.start, surname.end(), entity.label, entity.score)
            repaired.append(entity)
        return repaired

    def _korean_surnames_before_persons(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A Korean family's surname right before a person's span of two words none of which is a known given name
        opens the name, written surname first ("елшісі Пак Чхоль Хун"), where the model left the surname out or read it
        as a word of the title."""
        repaired, dropped = [], set()
        for entity in entities:
            words = text[entity.start:entity.end].split()
            surname = self.korean_surname_before.search(text, max(0, entity.start - 8), entity.start) \
                if entity.label == "PERSON" and len(words) == 2 and not any(self.names.is_given_name(word) for word in words) else None
            if surname is not None and not any(other.label == "PERSON" and other.start < entity.start < other.end + 2 and other is not entity
                                               for other in entities):
                dropped |= {other for other in entities if other is not entity and surname.start() <= other.start and other.end <= entity.start}
                entity = EntitySpan(surname.start(), entity.end, entity.label, entity.score)
            repaired.append(entity)
        return [entity for entity in repaired if entity not in dropped]

    def _given_names_before_a_titled_apposition(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A known given name alone opening a sentence before an apposition with an indefinite article and a title
        ("Zhuldyz, a second-year student, thanked ...", which the model reads as a place or leaves out): a person."""
        titles = [entity.start for entity in entities if entity.label == "POSITION"]
        result = entities
        for match in _GIVEN_NAME_BEFORE_AN_INDEFINITE_APPOSITION.finditer(text):
            start, end = match.span(1)
            word = match.group(1)
            if not any(match.end() <= title <= match.end() + _APPOSITION_TITLE_REACH and "," not in text[match.end():title] for title in titles) \
                    or not (self.names.is_given_name(word) or word in self.names.english_given_names) \
                    or self._is_place(word) or self._registered(word) \
                    or any(entity.start <= start and end <= entity.end and entity.label == "PERSON" for entity in result):
                continue
            result = [entity for entity in result if not (entity.start < end and start < entity.end)] \
                + [EntitySpan(start, end, "PERSON")]
        return sorted(result, key=lambda entity: (entity.start, entity.end)) if result is not entities else entities

    def _with_a_patronymic_written_apart(self, text: str, entity: EntitySpan, entities: list[EntitySpan]) -> EntitySpan:
        """A person's span of a given name and the father's name that the model ended before "ұлы"/"қызы"
        written apart ("Ерлан Серік ұлы", "Айгүл Марат қызына") runs to its end: the word is the patronymic's.
        The father's name bears no surname's ending: after a surname the word is the adjective "great"
        ("Әуезов ұлы жазушы", "Сейфуллин ұлы ақын")."""
        written = text[entity.start:entity.end]
        apart = self.kazakh_patronymic_word_after.match(text, entity.end)
        last = written.split()[-1] if written.split() else ""
        # A Russian surname's ending too (Сейфуллин), but for -ын, which Kazakh given names end with (Байтұрсын ұлы).
        surname = self.kazakh_surname_word.fullmatch(last) or self.russian_surname_word.fullmatch(last) and not last.endswith("ын")
        if apart is None or len(written.split()) < 2 or surname \
                or not _CYRILLIC_NAME_WORD_BEFORE.search(written + " ") \
                or any(other.start < apart.end() and entity.end < other.end for other in entities if other is not entity):
            return entity
        return EntitySpan(entity.start, apart.end(), entity.label, entity.score)

    def _name_word_count(self, written: str) -> int:
        """The words of a name, a patronymic written apart ("Серік ұлы") counted as one."""
        return len(written.split()) - len(self.kazakh_patronymic_word.findall(written))

    def _spans_cut_before_a_hyphenated_given_name(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A span the model ran into the first part of a hyphenated given name whose second part opens a
        person ("Akorda Kassym" + "Jomart Tokayev"): it ends before that part, which the person takes back;
        what is left of a "person" that reads as no name is none ("International Forum" of "the Astana
        International Forum Kassym")."""
        persons = {entity.start for entity in entities if entity.label == "PERSON"}
        result = []
        for entity in entities:
            first_part = _LAST_WORD.search(text, entity.start, entity.end)
            if entity.end + 1 in persons and text[entity.end:entity.end + 1] == "-" and first_part is not None \
                    and first_part.start() > entity.start and self.names.is_given_name(
                        first_part.group() + text[entity.end:_WORD.match(text, entity.end).end()]):
                left = text[entity.start:first_part.start()].rstrip()
                if entity.label == "PERSON" and not self.names.reads_as_a_name(left):
                    continue
                entity = EntitySpan(entity.start, entity.start + len(left), entity.label, entity.score)
            result.append(entity)
        return result

    def _latin_names_cut_short(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span that ends before the lower-case rest of a hyphenated given name ("Yoon Jae" of
        Korean "Yoon Jae-hyuk") takes it; one right before a person that opens with a capitalized Arabic
        particle ("Omar Salem" "Al Hammadi") takes that person: the family name of the same name."""
        result: list[EntitySpan] = []
        for entity in entities:
            previous = result[-1] if result else None
            if entity.label == "PERSON" and previous is not None and previous.label == "PERSON" \
                    and entity.start == previous.end + 1 and self.capitalized_name_particle.match(text, entity.start):
                entity = EntitySpan(result.pop().start, entity.end, entity.label, entity.score)
            if entity.label == "PERSON" and (rest := self.hyphenated_name_rest.match(text, entity.end)):
                entity = EntitySpan(entity.start, rest.end(), entity.label, entity.score)
            result.append(entity)
        return result

    def _korean_names_missed(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A Korean family name and a hyphenated given name after it ("Dean Choi Hyun-woo", "Vice Minister Han Ji-young")
        that no person's span holds is a person's name, surname first: the model often misses it or reads the surname
        as something else ("Han" a language); spans inside it give way, a span across its edge keeps it out, and a
        thing's noun after it makes it the thing's name ("the Choi Dong-hyun Reading Room")."""
        for name in self.korean_latin_name.finditer(text):
            if not self.thing_after_name.match(text, name.end()):
                entities = _with_a_person_over(entities, *name.span())
        return entities

    def _chinese_names_missed(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A Chinese family name and a given name of two Pinyin syllables after it ("Dean of the School of Physics Zhou
        Mingyuan,") where the model found nothing is a person's name, surname first; a thing's noun after it makes it the
        thing's name."""
        for name in self.chinese_latin_name.finditer(text):
            if _TWO_PINYIN_SYLLABLES.fullmatch(name.group("given").lower()) and not self.thing_after_name.match(text, name.end()) \
                    and not any(other.start < name.end() and name.start() < other.end for other in entities):
                entities = _with_a_person_over(entities, *name.span())
        return entities

    def _korean_surnames_alone(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A Korean family's surname alone after a title ("член молодежного крыла Пак,"), which the model often misses or
        reads as a place ("Пак"): a person's name, where no span holds it with other words."""
        for name in self.korean_surname_alone.finditer(text):
            overlapping = [other for other in entities if other.start < name.end() and name.start() < other.end]
            if all((other.start, other.end) == name.span() and other.label != "PERSON" for other in overlapping):
                entities = sorted([*(other for other in entities if other not in overlapping),
                                   EntitySpan(name.start(), name.end(), "PERSON", None)], key=lambda e: (e.start, e.end))
        return entities

    def _without_a_place_names_last_word(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span of three words or more right after a place and a lower-case word inside a city's
        name ("Frankfurt am" + "Main Arman Zhetpisbayev") opens with the city's last word: the name starts
        after it."""
        places_end = {entity.end for entity in entities if entity.label in PLACE_LABELS}
        result = []
        for entity in entities:
            connective = self.place_name_connective.search(text, max(0, entity.start - 10), entity.start)
            words = text[entity.start:entity.end].split()
            if entity.label == "PERSON" and connective is not None and connective.start() in places_end and len(words) >= 3:
                entity = EntitySpan(entity.start + len(words[0]) + 1, entity.end, entity.label, entity.score)
            result.append(entity)
        return result

    @staticmethod
    def _initials_opening_organizations(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """The initials of the person an institution is named after, right before its span, open its name ("Ch.Ch.
        Valikhanov Institute of History", "M.A. Aitkhozhin Institute"); the model often reads them apart ("Ch" a place)."""
        for entity in [e for e in entities if e.label == "ORG"]:
            initials = _INITIALS_BEFORE.search(text, max(0, entity.start - 12), entity.start)
            # A person's initials after the surname ("Orazaliyeva D.S. (KazNU)") stay the person's.
            if initials is None or not text[entity.start:entity.start + 1].isupper() or any(
                    e.label == "PERSON" and e.start < entity.start and initials.start() < e.end for e in entities):
                continue
            entities = [e for e in entities if not (initials.start() <= e.start and e.end <= entity.start)]
            entities[entities.index(entity)] = EntitySpan(initials.start(), entity.end, entity.label, entity.score)
        return sorted(entities, key=lambda e: (e.start, e.end))

    def _full_names_inside_things(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A Latin name of given name, patronymic and surname inside a span the model read as a thing, a work or
        an event ('Balapan" Yelena Viktorovna Morozova - "' as a WORK_OF_ART, after a quoted group's name) is a
        person's: the span is the name."""
        result = []
        for entity in entities:
            name = _LATIN_FULL_NAME.search(text, entity.start, entity.end) if entity.label in _THING_LABELS else None
            if name is not None and self.names.is_given_name(name.group("given")) \
                    and self.patronymic_end.search(name.group("patronymic")) is not None \
                    and not self.named_after.search(text[entity.start:name.start()]):
                entity = EntitySpan(name.start(), name.end(), "PERSON", entity.score)
            result.append(entity)
        return result

    def _names_split_before_a_patronymic(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person the model split after the given name ("Алия" and "Сериковна Мусина"): a one-word PERSON
        and a PERSON right after it, a space apart, that opens with a patronymic are one name; so is a known
        given name the model read as a place or an organization after a noun in the genitive ("заместитель
        акима города Бекзат" "Сапарович Нурахметов", "директор Маржан" "Болатовна Сулейменова"), or in a case of its own
        ("министра" "Саяна" "Болатовича Нурмагамбетова"); so are a surname
        and the given name and patronymic after it, as lists write a name surname first ("Abenova" and "Raushan
        Kairatovna"), whatever the model read the surname as (a place, often)."""
        ordered = sorted(entities, key=lambda entity: entity.start)
        joined: list[EntitySpan] = []
        for entity in ordered:
            previous = joined[-1] if joined else None
            # "Erjan Serıkūly" and "Bekmūhametov Qazaqstan Respublikasy ...": the surname the model read into the
            # span after a given name and patronymic is the person's; so is the one it read into a person's span
            # with the place after it ("Ерлан Қуанышұлы" "Досжанов Шиелі" ауданы), the place's name.
            place_after = entity.label == "PERSON" and self.kazakh_place_noun_of_a_name_after.match(text, entity.end) is not None
            surname = self.surname_only_word.match(text, entity.start, entity.end) \
                if previous is not None and previous.label == "PERSON" and (entity.label != "PERSON" or place_after) \
                and text[previous.end:entity.start].isspace() and self.patronymic_end.search(text[previous.start:previous.end]) else None
            if surname is not None:
                joined[-1] = EntitySpan(previous.start, surname.end(), "PERSON", previous.score)
                rest = len(text[surname.end():entity.end]) - len(text[surname.end():entity.end].lstrip())
                if surname.end() + rest < entity.end:
                    joined.append(EntitySpan(surname.end() + rest, entity.end, "GPE" if place_after else entity.label, entity.score))
                continue
            if previous is not None and entity.label == "PERSON" \
                    and text[previous.end:entity.start].isspace() and " " not in text[previous.start:previous.end].strip() \
                    and ((previous.label == "PERSON" or self.names.is_given_name(text[previous.start:previous.end])
                          or self.names.known_given_in_a_case(text[previous.start:previous.end]))
                         and self.trailing_name_part.match(text, previous.end) is not None
                         and self.patronymic_end.search(text[entity.start:entity.end].split()[0]) is not None
                         or self._given_name_and_patronymic_after_a_surname(text[previous.start:previous.end],
                                                                            text[entity.start:entity.end])):
                joined[-1] = EntitySpan(previous.start, entity.end, "PERSON", previous.score)
                continue
            namesake = previous is not None and previous.label == "PERSON" \
                and self.named_after_before.search(text, 0, previous.start) is not None
            given = _LAST_WORD.search(text, previous.start, previous.end) \
                if previous is not None and (previous.label != "PERSON" or namesake) and entity.label == "PERSON" \
                and text[previous.end:entity.start].isspace() else None
            if given is not None and given.start() > previous.start and self.names.is_given_name(given.group()) \
                    and self.patronymic_end.search(text[entity.start:entity.end].split()[0]) is not None:
                # A span the model ran into the given name of the person after it, whose patronymic opens that
                # person: an institution's, or the name it is named after ("университета имени" "Манаша Козыбаева
                # Олжас" "Бахытжанович Темирбеков"), which then ends the institution's name.
                end = previous.start + len(text[previous.start:given.start()].rstrip())
                institution = joined[-2] if namesake and len(joined) > 1 else None
                if institution is not None and institution.label == "ORG" and text[institution.end:previous.start].isspace():
                    joined[-2:] = [EntitySpan(institution.start, end, "ORG", institution.score)]
                else:
                    joined[-1] = EntitySpan(previous.start, end, "ORG" if namesake else previous.label, previous.score)
                joined.append(EntitySpan(given.start(), entity.end, "PERSON", entity.score))
                continue
            last = _LAST_WORD.search(text, previous.start, previous.end) \
                if previous is not None and previous.label != "PERSON" and entity.label == "PERSON" \
                and text[previous.end:entity.start].isspace() else None
            if last is not None and last.start() > previous.start and last.group()[:1].isupper() \
                    and self.surname_ending.search(last.group()) is not None \
                    and len(words := text[entity.start:entity.end].split()) == 2 and self.patronymic_end.search(words[1]) is not None:
                # A surname the model ran into the institution or the place before a given name and patronymic, as a
                # list writes a name surname first ("excellent teacher of the Kazakh SSR" "Abenov" "Serik Maratuly"):
                # the person's, whether the given name is known or not.
                joined[-1] = EntitySpan(previous.start, previous.start + len(text[previous.start:last.start()].rstrip()),
                                        previous.label, previous.score)
                joined.append(EntitySpan(last.start(), entity.end, "PERSON", entity.score))
                continue
            opening = self._given_name_and_patronymic_inside(text, entity) \
                if previous is not None and previous.label == "ORG" and entity.label == "PERSON" \
                and text[previous.end:entity.start].isspace() and self.named_after.search(text[previous.start:previous.end]) else None
            if opening is not None:
                # ... or the institution's span ended inside that name, its last words opening the person's
                # ("университета имени Манаша" "Козыбаева Ерлан Сабитович Кожахметов").
                joined[-1] = EntitySpan(previous.start, previous.start + len(text[previous.start:opening].rstrip()),
                                        previous.label, previous.score)
                joined.append(EntitySpan(opening, entity.end, "PERSON", entity.score))
                continue
            # The surname the model left out of any span ("Nurpeisova [Aliya Serikkyzy]").
            surname = _LATIN_WORD_BEFORE.search(text, max(0, entity.start - 40), entity.start) if entity.label == "PERSON" else None
            if surname is not None and (previous is None or previous.end <= surname.start()) \
                    and self._given_name_and_patronymic_after_a_surname(surname.group(1), text[entity.start:entity.end]):
                entity = EntitySpan(surname.start(), entity.end, "PERSON", entity.score)
            # The known given name the model left out of any span before a patronymic: a Russian model reads a Kazakh
            # letter as no name's ("Мастер Қайрат [Ерболұлы Тұрсынов]").
            given = _GIVEN_NAME_WORD_BEFORE.search(text, max(0, entity.start - 40), entity.start) if entity.label == "PERSON" else None
            if given is not None and (previous is None or previous.end <= given.start()) and self.names.is_given_name(given.group(1)) \
                    and self.patronymic_end.search(text[entity.start:entity.end].split()[0]) is not None:
                entity = EntitySpan(given.start(), entity.end, "PERSON", entity.score)
            elif given is not None and previous is not None and previous.label in _LABELS_OF_LIST_ITEMS \
                    and (previous.start, previous.end) == given.span(1) \
                    and _LATIN_RUSSIAN_PATRONYMIC_AND_SURNAME.fullmatch(text, entity.start, entity.end):
                # A Latin given name the model does not know, taken alone as an organization or a place, before a
                # Russian patronymic and a surname ("Name Nikolayevna Surname"): the name's first word.
                joined.pop()
                entity = EntitySpan(given.start(), entity.end, "PERSON", entity.score)
            joined.append(entity)
        return joined

    def _given_name_and_patronymic_inside(self, text: str, entity: EntitySpan) -> int | None:
        """Where a known given name followed by a patronymic starts inside a span, after its first word; else None."""
        words = list(_WORD.finditer(text, entity.start, entity.end))
        return next((given.start() for given, patronymic in zip(words[1:], words[2:])
                     if self.names.is_given_name(given.group()) and self.patronymic_end.search(patronymic.group())), None)

    def _given_name_and_patronymic_after_a_surname(self, surname: str, rest: str) -> bool:
        words = rest.split()
        return len(words) == 2 and self.surname_ending.search(surname) is not None \
            and self.patronymic_end.search(words[1]) is not None and self.names.is_given_name(words[0])

    def _without_guest_signatures(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A commenter's signature that opens with the word for a guest and a given name ("Гость Ерлан", "Қонақ
        Серік", "Guest Aigul") is a nickname under a comment, no person the page names; before a full name the
        word is no part of it ("Гость Ерлан Сапаров выступил")."""
        result = []
        for entity in entities:
            words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label == "PERSON" else []
            before = text[max(0, entity.start - 12):entity.start].split()
            if words and words[0].group().lower() in self.guest_words:
                if len(words) > 2:
                    result.append(EntitySpan(words[1].start(), entity.end, entity.label, entity.score))
            elif not (len(words) == 1 and before and before[-1].lower() in self.guest_words):
                result.append(entity)
        return result

    def _without_dateline_and_label_spans(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A paragraph's opening in capitals is no official's entity: a dateline ("ALMATY –", "NUR-SULTAN,
        Dec 4 (Kazinform)", "ASTANA. KAZINFORM –") names the place, a GPE where the registry knows it, and
        the agency that wrote the report, nobody's institution; a label before a colon ("INTERVIEW:",
        "PHOTO:") names nothing, unless it is a name ("TOKAYEV:" opening a transcript's reply)."""
        opening = _DATELINE.match(text) or _LABEL_BEFORE_A_COLON.match(text)
        if opening is None or self._registered(_WORD.match(text).group().rstrip(".,:")):
            return entities  # "NU – ...", "KIMEP: ...": an institution's acronym opens the paragraph
        place = opening.span("place") if "place" in opening.re.groupindex else (-1, -1)
        # An agency in capitals after the place's full stop and before the report's first words, with no dash between
        # ("ASTANA. KAZINFORM Kazakh Ambassador ..."): a span the model ran from it into those words is theirs alone.
        agency = opening.start("agency") if "agency" in opening.re.groupindex and opening.group("agency") \
            and self._a_news_outlet_or_none(opening.group("agency")) else -1
        result = []
        for entity in entities:
            if agency >= 0 and agency <= entity.start < opening.end() < entity.end:
                if entity.label == "PERSON":
                    result.append(EntitySpan(opening.end(), entity.end, entity.label, entity.score))
            elif not (opening.start() <= entity.start and entity.end <= opening.end()):
                result.append(entity)
            elif (entity.start, entity.end) == place and self._is_place(text[entity.start:entity.end].title()):
                result.append(EntitySpan(entity.start, entity.end, "GPE", entity.score))
            elif entity.label == "PERSON" and self.names.reads_as_a_name(text[entity.start:entity.end].title()):
                result.append(entity)
        return result

    def _kazakh_persons_the_model_misread(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A surname in the Kazakh plural ("Жекеевтер отбасы", "Маңғұтовтардың") names a family; a
        capitalized word before a word of address ("Баяш апа", "Клара апамыз") or after a word of age
        ("19 жастағы Қарасай") names a person, also where the model ran its span into the words of address
        ("Тұрлыбек мырза" as an ORG); a known
        given name before a word with a surname's ending, maybe in capitals ("Вадим Халиуллин", "Вадим Халиуллинге",
        "Мақсұт ТАСПАНОВ") names a person, unless the word is a place, a place's noun follows ("Жданов ауылы") or it is the possessed
        head of a compound name ("Сауд Арабиясында"); so does a Korean family's surname before a known given
        name, maybe in a case, the name written surname first ("Ким Валерийдің", "Пак Сергейге"). Each is a
        person where the model labelled its words alone as names of another kind (a place), or labelled
        nothing; a span that runs past it (an event: "Абай Құнанбаевтың 175 жылдығы") keeps it, and so
        does a word the model read as no name ("Биыл", this year, as a date, which folds to a given name)."""
        if not self.kazakh_letter.search(text):
            return entities
        # (start, end, how far a span of another kind the model ran past the name may reach and still give way)
        found = [(*family.span(), family.end()) for family in self.family_by_surname.finditer(text)]
        found += [(word.start(), word.end(), self.names.kazakh_address_end(text, word.end()) or word.end())
                  for word in _CYRILLIC_CAPITALIZED_WORD.finditer(text)
                  if self.names.spoken_of_as_a_person(text, *word.span()) and self._plain_name_words(word.group())]
        for name in _TWO_CYRILLIC_NAME_WORDS_ANY_CASE.finditer(text):
            if name.group(1).isupper():
                continue  # a given name is never written in capitals before its surname
            # Kazakh news write the surname in capitals as often as not ("Мақсұт ТАСПАНОВ"): read as written so.
            surname = name.group(2).capitalize() if name.group(2).isupper() else name.group(2)
            if self.names.is_given_name(name.group(1)) and self.cyrillic_surname_in_a_case.fullmatch(surname) \
                    and not self.kazakh_compound_head_in_a_case.search(surname) \
                    and not self._is_place(name.group(1)) and not self._is_place(surname) \
                    and not self.place_noun_after.match(text, name.end(2)):
                found.append((name.start(1), name.end(2), name.end(2)))
            elif name.group(1) in self.korean_surnames and self.names.is_given_name(self.names.kazakh_base(surname)) \
                    and not self._names_a_place(surname) and not self.place_noun_after.match(text, name.end(2)):
                found.append((name.start(1), name.end(2), name.end(2)))
        # A place's or a person's span of three or four capitalized words whose second has a surname's ending (-ов, -ева),
        # the others no such ending, before a place's noun ("Тілеген Арыстанбеков Сайқын ауылында"): the first two are a person's
        # name, whatever the given name is.
        names_before_a_place = set()
        for entity in entities:
            words = list(re.finditer(r"\S+", text[entity.start:entity.end]))
            if entity.label in ("GPE", "LOC", "PERSON") and 3 <= len(words) <= 4 and all(word.group()[:1].isupper() and word.group().isalpha()
                                                                               for word in words) \
                    and words[1].group().endswith(_RUSSIAN_TYPE_SURNAME_ENDINGS) and not self._is_place(words[1].group()) \
                    and not any(word.group().endswith(_RUSSIAN_TYPE_SURNAME_ENDINGS) for word in words[2:]):
                names_before_a_place.add((entity.start, entity.start + words[1].end()))
                found.append((entity.start, entity.start + words[1].end(), entity.start + words[1].end()))
        for start, end, reach in found:
            overlapping = [entity for entity in entities if entity.start < end and start < entity.end]
            if place := self._place_run_past_a_name(text, start, end, overlapping, (start, end) in names_before_a_place):
                entities = sorted([entity for entity in entities if entity not in overlapping]
                                  + [EntitySpan(start, end, "PERSON"), place], key=lambda entity: (entity.start, entity.end))
                continue
            if any(entity.start < start or entity.end > (end if entity.label == "PERSON" else reach)
                   or entity.label not in _LABELS_OF_NAMES
                   or (entity.label == "PERSON" and (entity.start, entity.end) == (start, end)) for entity in overlapping):
                continue
            entities = sorted([entity for entity in entities if entity not in overlapping] + [EntitySpan(start, end, "PERSON")],
                              key=lambda entity: (entity.start, entity.end))
        return entities

    def _place_run_past_a_name(self, text: str, start: int, end: int, overlapping: list[EntitySpan],
                               of_a_person_too: bool) -> EntitySpan | None:
        """The place of a place's or a person's span the model began at a person's name and ran over one or two
        capitalized words after it, right before a place's noun ("Name Surname Қарабұлақ ауылында" as one GPE or one
        PERSON, where ``of_a_person_too``: its second word a surname's, the others none, so no patronymic's full name as
        "Name Әбдіқадырұлы Төрехан аудан басшысын"): those words, the name being the person's. None where the span is
        otherwise."""
        if len(overlapping) != 1 or overlapping[0].label not in (("GPE", "LOC", "PERSON") if of_a_person_too else ("GPE", "LOC")):
            return None
        [entity] = overlapping
        if entity.start != start or entity.end <= end or not self.place_noun_after.match(text, entity.end):
            return None
        tail = text[end:entity.end]
        words = tail.split()
        if not 1 <= len(words) <= 2 or not tail[:1].isspace() or not all(word[:1].isupper() for word in words):
            return None
        return EntitySpan(end + len(tail) - len(tail.lstrip()), entity.end, "GPE" if entity.label == "PERSON" else entity.label,
                          entity.score)

    def _without_trailing_kazakh_words(self, text: str, entity: EntitySpan) -> EntitySpan:
        """A Kazakh person's span that ends with words in lower case ("Кемел Ақышев туралы", about;
        "Мұхаммед пайғамбарымыздың", the title after the name) ends before them: a Kazakh name's words
        are capitalized, but for a patronymic written apart ("Серік ұлы"); the sentence's last word may
        carry its period ("Name министрінің орынбасары болып тағайындалды.")."""
        if entity.label == "PERSON":
            entity = self._without_a_kazakh_word_of_address(text, entity)
        if entity.label != "PERSON" or not self.kazakh_letter.search(text, entity.start, entity.end):
            return entity
        words = [match.group().rstrip(_CLOSING_PUNCTUATION) for match in _WORD.finditer(text, entity.start, entity.end)]
        starts = [match.start() for match in _WORD.finditer(text, entity.start, entity.end)]
        kept = len(words)
        while kept > 1 and _LOWER_CASE_CYRILLIC_WORD.fullmatch(words[kept - 1]) and words[kept - 1] not in self.patronymic_words \
                and not self.kazakh_patronymic_word_alone.fullmatch(words[kept - 1]):
            kept -= 1
        return entity if kept == len(words) else EntitySpan(entity.start, starts[kept - 1] + len(words[kept - 1]), entity.label, entity.score)

    def _without_a_kazakh_clause_run_in(self, text: str, entity: EntitySpan) -> EntitySpan:
        """A Kazakh person's span that runs on into the sentence ("Name Ұлұлы Сағынбаев Жамбыл облысына жұмыс
        сапары аясында ..."): two lower-case words in a row belong to no name (a patronymic written apart or a
        particle is one), so the name ends before them, and before the capitalized word a place's noun
        follows (Жамбыл облысына: the region's name)."""
        if entity.label != "PERSON" or not self.kazakh_letter.search(text, entity.start, entity.end):
            return entity
        words = list(_WORD.finditer(text, entity.start, entity.end))
        plain = [bool(_LOWER_CASE_CYRILLIC_WORD.fullmatch(word.group().rstrip(_CLOSING_PUNCTUATION)))
                 and word.group() not in self.patronymic_words for word in words]
        run = next((index for index in range(1, len(words) - 1) if plain[index] and plain[index + 1]), None)
        if run is None:
            return entity
        kept = words[:run]
        if len(kept) > 1 and any(words[run].group().startswith(stem) and words[run].group()[len(stem):].startswith(
                self.kazakh_possessive_endings) for stem in self.kazakh_place_nouns):
            kept = kept[:-1]
        return EntitySpan(entity.start, kept[-1].end(), entity.label, entity.score)

    def _without_a_kazakh_word_of_address(self, text: str, entity: EntitySpan) -> EntitySpan:
        """A person's span that ends with a Kazakh word of address ("Марат Исаев мырза", "Клара апамыз") ends
        before it, whatever letters the name is written in: the word is no part of the name."""
        for space in re.finditer(r"\s+", text[entity.start:entity.end]):
            if self.names.kazakh_address_end(text, entity.start + space.start()) == entity.end:
                return EntitySpan(entity.start, entity.start + space.start(), entity.label, entity.score)
        return entity

    def _kazakh_surname_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Kazakh person's span that runs past a word with an ending only surnames have: a case ending
        goes on a name's last word only, so the name ends at a surname in a case ("Сәрсенбаеваның
        Жолдауында"), and at a surname without one when the span's last word is a place (a GPE of its
        own: "Бектенов Павлодарда", in Pavlodar) or a noun the surname possesses, in a case ("Тоқаев
        Жолдауында", in his Address), unlike a given name written after the surname ("Мамбетова Нұрзада
        Үсенқызы", "Бектенов Олжасқа"). A surname after a given name and a patronymic ends the name whatever
        follows ("Людмила Ивановна Гончаренко Атырау политехникалық колледжінде", "Name Ұлұлы Тұрсынбаев Ғылым
        және жоғары білім вице-министрі"): no name has a word after all three. The segment is Kazakh by its
        letters, which a name's own words may lack."""
        if entity.label != "PERSON" or not self.kazakh_letter.search(text):
            return None
        words = list(_WORD.finditer(text, entity.start, entity.end))
        last = words[-1].group().rstrip(_CLOSING_PUNCTUATION)
        for index, (word, following) in enumerate(zip(words, words[1:])):
            if self.patronymic_end.search(word.group()):
                continue
            after_given_and_patronymic = index == 2 and bool(self.patronymic_end.search(words[1].group())) \
                and self.names.reads_as_a_surname(word.group())
            if not after_given_and_patronymic and not self.kazakh_surname_word.fullmatch(word.group()):
                continue
            place = following is words[-1] and self._is_centre(last)
            # A second surname in a case after a given name and a surname ("Name Surname Назарбаевтың мектептері"):
            # no name has two surnames, so the second one opens what follows (a thing named after someone).
            second_surname = index >= 1 and following is words[-1] and bool(self.kazakh_surname_in_a_case.fullmatch(last)) \
                and not self.kazakh_surname_in_a_case.fullmatch(word.group())
            if place or after_given_and_patronymic or second_surname or self.kazakh_surname_in_a_case.fullmatch(word.group()) \
                    or following is words[-1] and self.kazakh_possessed_noun_in_a_case.search(last):
                person = EntitySpan(entity.start, word.end(), entity.label, entity.score)
                return [person, EntitySpan(following.start(), following.start() + len(last), "GPE")] if place else [person]
        return None

    def _kazakh_surnames_listed_with_persons(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A word with an ending only surnames have, that the model read as a place, listed next to a person
        ("Смағұлов, Ахметова және Бекова": each item next to the one before) is a person too, unless the
        registry knows the place: the items of a list are of one kind."""
        result = list(entities)
        for order in (range(1, len(result)), range(len(result) - 2, -1, -1)):
            for index in order:
                neighbour = result[index - 1] if order.step == 1 else result[index + 1]
                entity = result[index]
                between = (neighbour.end, entity.start) if order.step == 1 else (entity.end, neighbour.start)
                if entity.label in ("GPE", "LOC") and neighbour.label == "PERSON" \
                        and self.list_separator.fullmatch(text, *between) \
                        and self.kazakh_surname_word.fullmatch(text, entity.start, entity.end) \
                        and not self._is_place(text[entity.start:entity.end]):
                    result[index] = EntitySpan(entity.start, entity.end, "PERSON", entity.score)
        return result

    def _list_items_between_persons(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """An item of a list between two persons ("Marat Bekov, Paris Hilton and Aigerim Sadykova"), or a
        name of two or three words at either end of a list with two persons the model found next to it
        ("Marat Bekov, Aigerim Sadykova and Paris Hilton"; not a word alone, a clan's or a firm's: "Бонанно,
        Гамбино, Дженовезе"), of capitalized words that are no institution, place or thing, is a person
        too, whatever the model labelled it: the items of a list are of one kind."""
        result = list(entities)
        for index, entity in enumerate(result):
            if entity.label not in _LABELS_OF_LIST_ITEMS:
                continue
            written = text[entity.start:entity.end]
            # The two persons on either side, or both before it, or both after it.
            neighbours = [(result[index - 1], result[index + 1])] if 0 < index < len(result) - 1 else []
            if len(written.split()) >= 2:
                neighbours += [(entities[index + before], entities[index + after]) for before, after in ((-2, -1), (1, 2))
                               if 0 <= index + before and index + after < len(entities)]
            if any(one.label == other.label == "PERSON" and self._listed(text, *sorted((one, other, entity), key=_start))
                   for one, other in neighbours) and len(written.split()) <= _WORDS_OF_A_NAME and self._plain_name_words(written) \
                    and not self._is_place(written) and not self._registered(written) \
                    and not self.thing_ending_name.search(written) and not self._holds_a_word_of_things(text, entity):
                result[index] = EntitySpan(entity.start, entity.end, "PERSON", entity.score)
        return result

    def _lone_latin_surnames_read_as_things(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A capitalized Latin word alone with an ending only Kazakh and Russian surnames have ("Sagadiyev")
        that the model read as an organization, a work or a people, or one with an ending no place has
        either ("Zhaksybekova", "Nurlankyzy") that it read as a place, is a person, unless the registry
        knows it as a place or an institution; so is a common English given name alone that it read as an
        organization ("The fact Toby was"), not as a place (places are named after people: Charlotte); nor is
        one before the noun of a thing named after a person ("Erubayev street 23": the street's name)."""
        return [EntitySpan(entity.start, entity.end, "PERSON", entity.score)
                if (any(entity.label in labels and surname.fullmatch(text, entity.start, entity.end)
                        for labels, surname in self.lone_latin_surname.items())
                    or entity.label in _LABELS_OF_A_NAME_ALONE and text[entity.start:entity.end] in self.names.english_given_names)
                and not self._is_place(text[entity.start:entity.end]) and not self._registered(text[entity.start:entity.end])
                and not self.thing_after_name.match(text, entity.end)
                else entity for entity in entities]

    def _surnames_opening_lines(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A Latin word with a surname-only ending that opens a line before a verb only a person does, as a headline
        or a read-also teaser writes a person by the surname alone ("Tokayev signs law on education"), is a person
        where the model marked nothing there, unless it is a place or a registered institution."""
        for match in self.surname_opening_a_line.finditer(text):
            start, end = match.span(1)
            if any(entity.start < end and start < entity.end for entity in entities) \
                    or self._is_place(match.group(1)) or self._registered(match.group(1)):
                continue
            entities = sorted([*entities, EntitySpan(start, end, "PERSON")], key=lambda entity: (entity.start, entity.end))
        return entities

    def _names_in_capitals(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """Two or three Latin words in capitals alone, no capitalized word on either side ("Photo by AIGERIM
        TAZHI."), are a person's name where the first or the last is a known given name (TAZHI AIGERIM) and
        none is a title, an institution's or a place's head word, a place or a registered institution, nor the last a
        thing's noun after a namesake ("SHAKARIM FORUM": an event); unless a span the model found crosses them."""
        for match in _WORDS_IN_CAPITALS.finditer(text):
            words = [word.title() for word in match.group().split()]
            if not (self.names.is_given_name(words[0]) or self.names.is_given_name(words[-1])) or words[-1].lower() in self.thing_nouns \
                    or not self._plain_name_words(" ".join(words)) or any(word.lower() in self.title_forms for word in words) \
                    or any(self._registered(word) for word in match.group().split()):
                continue
            entities = _with_a_person_over(entities, *match.span())
        # A known Cyrillic given name (or one with a Kazakh given name's ending) and a surname in capitals, as regional papers write a name ("Name SURNAME"), which
        # the model may miss altogether after a title in the genitive: a person's name where nothing covers it.
        for name in _NAME_WITH_ITS_SURNAME_IN_CAPITALS.finditer(text):
            given = name.group("given")
            if (self.names.is_given_name(given) or self.names.has_a_kazakh_given_names_ending(given)) and not name.group("surname").endswith(_CYRILLIC_UPPER_ENDING_OF_A_PLURAL) \
                    and not any(entity.start < name.end() and name.start() < entity.end for entity in entities) \
                    and self._name_with_its_surname_in_capitals(text, EntitySpan(name.start(), name.end(), "PERSON")):
                entities = _with_a_person_over(entities, name.start(), name.end())
        return entities

    def _organizations_before_titled_appositions(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """An organization's span of two or three plain name words (no institution's head word, place or registered
        name among them) before an apposition that opens with a title ("met with visiting Nusrat Ghani, UK Minister
        of State at the Department ...") is a person: a foreign name the model read as a firm's; not a title's or a
        degree's complement after a preposition ("Doctor of Biological Sciences, Professor")."""
        return [EntitySpan(entity.start, entity.end, "PERSON", entity.score)
                if entity.label == "ORG" and 2 <= len(written := text[entity.start:entity.end].split()) <= 3
                and not _PREPOSITION_BEFORE.search(text, max(0, entity.start - _PREPOSITION_CHARS), entity.start)
                and self._plain_name_words(" ".join(written)) and self._title_in_apposition_after(text, entity.end)
                else entity for entity in entities]

    def _latin_surnames_in_capitals(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A capitalized Latin word before a word in capitals with an ending only Kazakh and Russian surnames have
        ("the Oblast Akim Baktykozha IZMUKHAMBETOV": regional news write the surname so) is a person's name where the
        model found no person there and no span that runs past the two words, unless the first word is a title, a
        place or an institution's word; the given name need not be a known one, the surname's ending tells. A span that
        opens before the name and ends in it ("Head of Tax Police Nurlan BEKMUKHANOV": the model ran the title's
        complement into the name) keeps its words before the name."""
        for match in self.latin_surname_in_capitals.finditer(text):
            if match.group(1).lower() not in self.title_forms and self._plain_name_words(match.group(1)):
                start, end = match.span()
                entities = _with_a_person_over(_each_replaced(entities, lambda entity: (
                    [head] if entity.label != "PERSON" and entity.start < start < entity.end
                    and (head := _without(text, entity, start, end)) is not None else None)), start, end)
        return entities

    def _bylines_in_capitals(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A line of a known given name and a word in capitals with a surname's or a patronymic's ending, or a given
        name's ("Айгүл ТОҚТАРОВА,", "Мадина ЕРБОЛҚЫЗЫ", "Ақмарал ЖҰМАҒАЛИ": a byline, which the model reads as an
        organization's acronym), or a longer word no institution or place is ("Абдрахман ЕНСЕГЕН": a father's name the
        given names do not list) is a person's name, in place of the spans inside it."""
        for match in [*_BYLINE_WITH_A_SURNAME_IN_CAPITALS.finditer(text), *_LATIN_BYLINE_WITH_A_SURNAME_IN_CAPITALS.finditer(text)]:
            # A Kazakh surname is often a father's given name with no surname's ending.
            surname = match.group("surname").capitalize()
            if not self.names.is_given_name(match.group("given")) \
                    or not (self.names.reads_as_a_surname(surname) or self.names.is_given_name(surname)
                            or len(surname) > _LONGEST_ABBREVIATION and not self._registered(surname)
                            and not self._names_a_place(surname)):
                continue
            start, end = match.start("given"), match.end("surname")
            entities = sorted([entity for entity in entities if not (entity.start < end and start < entity.end)]
                              + [EntitySpan(start, end, "PERSON")], key=lambda entity: (entity.start, entity.end))
        return entities

    def _speaker_captions_in_capitals(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A caption's name in capitals before a comma or a dash and a title ("БАКТЫГАЛИ САРСЕНБАЕВ, ЗАМЕСТИТЕЛЬ ДИРЕКТОРА
        КОЛЛЕДЖА", "МУРАТ ЖАКУПОВ – ЖИТЕЛЬ Г. КОСТАНАЙ") is a person's, in place of the spans inside it, where its last
        word has a surname's or a patronymic's ending: the title (or the description of one who holds none) after it says
        it is a name, so its given name need not be a known one (a rare
        Kazakh name the model, reading capitals as acronyms, leaves out). None of its words may be a title, an
        institution's or a place's head word, a registered institution or a place. A span the model read from the
        title on ("ДИРЕКТОРА КОЛЛЕДЖА" as an organization) is the title's words, no name: the institution's bare noun
        in it refers back, as in lower case."""
        for match in _SPEAKER_CAPTION_IN_CAPITALS.finditer(text):
            words = [word.capitalize() for word in match.group("name").split()]
            if not (self._is_title_word(match.group("title")) or match.group("title").lower() in self.caption_descriptions) \
                    or not self.names.reads_as_a_surname(words[-1]) \
                    or not self._plain_name_words(" ".join(words)) or any(self._is_title_word(word) or self._names_a_place(word) for word in words):
                continue
            start, end = match.span("name")
            line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
            entities = sorted([entity for entity in entities if not (entity.start < end and start < entity.end)
                               and not (match.start("title") <= entity.start < line_end and entity.label != "PERSON"
                                        and self._is_title_word(text[entity.start:entity.end].split()[0]))]
                              + [EntitySpan(start, end, "PERSON")], key=lambda entity: (entity.start, entity.end))
        return entities

    def _names_after_honorifics(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """One to three capitalized words right after an English honorific ("Mr Kassymov", "Dr Harthoorn's
        team"), with no capitalized word after them, are a person's name where no person covers them: the
        model left them out or read them, with the honorific or without, as a thing. None of the words may
        be a title, an institution's or a place's head word, a registered institution or a place."""
        for match in self.name_after_honorific.finditer(text):
            start, end = match.span(1)
            overlapping = [entity for entity in entities if entity.start < end and start < entity.end]
            if not self._plain_name_words(match.group(1)) or any(word.lower() in self.title_forms for word in match.group(1).split()) \
                    or any(entity.label == "PERSON" or entity.start < match.start() or entity.end > end for entity in overlapping):
                continue
            entities = sorted([entity for entity in entities if entity not in overlapping] + [EntitySpan(start, end, "PERSON")],
                              key=lambda entity: (entity.start, entity.end))
        return entities

    def _names_after_a_titles_dash(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """Two capitalized Cyrillic words after a one-word title and a dash ("композитор, профессор – Name Surname,"), up
        to a comma, a stop or an "and", are a person's name where no person covers them and neither word is a title, an
        institution's or a place's word, a registered institution or a place: a list of guests writes each title so before
        its holder, and the model misses a name whose given name it does not know there."""
        for match in self.name_after_a_titles_dash.finditer(text):
            start, end = match.span(2)
            if not self._is_title_word(match.group(1)) or not self._plain_name_words(match.group(2)) \
                    or any(word.lower() in self.title_forms for word in match.group(2).split()):
                continue
            overlapping = [entity for entity in entities if entity.start < end and start < entity.end]
            if any(entity.label == "PERSON" or entity.start < start or entity.end > end for entity in overlapping):
                continue
            entities = sorted([entity for entity in entities if entity not in overlapping] + [EntitySpan(start, end, "PERSON")],
                              key=lambda entity: (entity.start, entity.end))
        return entities

    def _names_in_credits(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """The name on a credit line ("Photo: Zhanibek Kuanyshev / Kazinform", "Photo credit: Aliya
        Serikova/Astana Times") is a person's where a known given name opens it: the model leaves it out, or runs
        it across the slash into the agency, which keeps the span's rest (an organization, if the span was a person)."""
        for match in self.name_in_a_credit.finditer(text):
            start, end = match.span(1)
            written = " ".join(word.capitalize() if word.isupper() else word for word in match.group(1).split())
            if not self.names.is_given_name(written.split()[0]) or not self._plain_name_words(written) \
                    or any(entity.label == "PERSON" and (entity.start, entity.end) == (start, end) for entity in entities):
                continue
            overlapping = [entity for entity in entities if entity.start < end and start < entity.end]
            rests = [EntitySpan(rest.end(), entity.end, "ORG" if entity.label == "PERSON" else entity.label, entity.score)
                     for entity in overlapping
                     if entity.end > end and (rest := _AFTER_A_SLASH.match(text, end, entity.end)) is not None]
            entities = sorted([entity for entity in entities if entity not in overlapping] + [EntitySpan(start, end, "PERSON"), *rests],
                              key=lambda entity: (entity.start, entity.end))
        return entities

    def _namesakes_opening_institutions(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span right before an organization's that opens with an institution's capitalized noun ("Name" +
        "Institute for Urban Studies"): the institution is named after the person, whose name is a word of it, no
        mention of a person of the page (README: a namesake inside an institution's name is none)."""
        ordered = sorted(entities, key=lambda entity: (entity.start, entity.end))
        for person, org in zip(ordered, ordered[1:]):
            if person.label != "PERSON" or org.label != "ORG" or not _ONE_SPACE.fullmatch(text, person.end, org.start) \
                    or len(text[org.start:org.end].split()) < 2:
                continue
            first = text[org.start:org.end].split()[0]
            if not first[:1].isupper() or first.lower() not in self.english_institution_words:
                continue
            entities = [entity for entity in entities if entity is not person and entity is not org] \
                + [EntitySpan(person.start, org.end, "ORG", org.score)]
        return sorted(entities, key=lambda entity: (entity.start, entity.end))

    def _initialled_names_in_credits(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """The name on a credit line written as an initial and a surname ("Photo by: A. Serikova", its initial maybe a
        Cyrillic capital that looks like a Latin one): a person's, where the model read it as a thing or left it out."""
        for match in self.initialled_name_in_a_credit.finditer(text):
            start, end = match.span(1)
            if not self._plain_name_words(match.group(2)) \
                    or any(entity.label == "PERSON" and entity.start <= start and end <= entity.end for entity in entities):
                continue
            overlapping = [entity for entity in entities if entity.start < end and start < entity.end]
            if any(entity.start < start or entity.end > end for entity in overlapping):
                continue
            entities = sorted([entity for entity in entities if entity not in overlapping] + [EntitySpan(start, end, "PERSON")],
                              key=lambda entity: (entity.start, entity.end))
        return entities

    def _places_read_as_persons(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A "person" of two words that opens with a word that opens places' names and no person's ("North
        Carolina", "New Mexico") is the place (GPE); a longer one may hold a name after the place."""
        return [EntitySpan(entity.start, entity.end, "GPE", entity.score)
                if entity.label == "PERSON" and len(text[entity.start:entity.end].split()) == 2
                and self.place_name_opener.match(text, entity.start, entity.end) else entity
                for entity in entities]

    def _kazakh_places_listed_before_their_noun(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A one-word "person" in a Kazakh list of capitalized words that ends with "және"/"мен" and one more
        before a place's noun in the plural ("Абай, Көктал және Ынталы ауылдық округтерінің", "Абай мен Сарыбел
        ауылдарында"): the list names places, so the word is one (GPE), as a given name alone is many a village's."""
        replaced = []
        for entity in entities:
            if entity.label == "PERSON" and len(text[entity.start:entity.end].split()) == 1 \
                    and self.kazakh_listed_places_after.match(text, entity.end):
                entity = EntitySpan(entity.start, entity.end, "GPE", entity.score)
            replaced.append(entity)
        return replaced

    def _russian_places_listed_after_their_noun(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A "person" of one or two capitalized words in a Russian list of names right after a place's noun in the
        plural ("в сёлах Акбулак, Талдыколь, Жана Даур, ..."): the list names places, so the item
        is one (GPE), as a given name alone is many a village's or neighbourhood's."""
        return [EntitySpan(entity.start, entity.end, "GPE", entity.score)
                if entity.label == "PERSON" and len(text[entity.start:entity.end].split()) <= 2
                and (listed := self.russian_places_listed_before.search(text, max(0, entity.start - 400), entity.start))
                and ("," in listed.group() or text[entity.end:entity.end + 2].lstrip().startswith(",")) else entity
                for entity in entities]

    def _english_places_listed_before_others(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A one-word "person" in an English list of capitalized words that ends with "and other" and a place's noun in
        the plural ("in the Samal, Zhuldyz and other areas", "Akzhol, Duman and other villages"): the list names places,
        so the word is one (GPE), as a given name alone is many a neighbourhood's."""
        return [EntitySpan(entity.start, entity.end, "GPE", entity.score)
                if entity.label == "PERSON" and len(text[entity.start:entity.end].split()) == 1
                and self.english_listed_places_after.match(text, entity.end) else entity
                for entity in entities]

    def _english_places_listed_after_their_noun(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A "person" that is an item of an English list of capitalized names right after a plural noun of places or
        natural sites ("the natural parks Kokzhal, Aksu Valley and Borovoe", "the villages Akzhol and Duman"), the item
        ending at a comma, an "and" or the sentence's end: the list names places (LOC), as a given name is many a site's."""
        return [EntitySpan(entity.start, entity.end, "LOC", entity.score)
                if entity.label == "PERSON" and not self._given_name_and_more(text[entity.start:entity.end])
                and self.english_place_list_before.search(text, max(0, entity.start - 200), entity.start)
                and _LIST_ITEMS_END.match(text, entity.end) else entity
                for entity in entities]

    def _names_glued_to_things(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A Latin name of two or three capitalized words that ends an organization's or a work's span after a quoted
        title's closing quote and a dash ("Coach of the Season" - Arman Bekov) is a person's of its own: the
        model ran the winner into the award's name. The name must read as one (a known given name, a surname's ending)."""
        result = []
        for entity in entities:
            if entity.label in ("PERSON", "POSITION", "DATE", "CARDINAL") \
                    or not (tail := _NAME_AT_THE_END.search(text, entity.start, entity.end)) \
                    or not self.names.reads_as_a_name(tail.group(2)):
                result.append(entity)
                continue
            before = text[entity.start:tail.start(2)]
            if (quoted := _CLOSING_QUOTE_AND_DASH.search(before)) is None:
                result.append(entity)
                continue
            thing = before[:quoted.start() + 1]
            result += [EntitySpan(entity.start, entity.start + len(thing), entity.label, entity.score),
                       EntitySpan(tail.start(2), tail.end(2), "PERSON", entity.score)]
        return sorted(result, key=lambda entity: (entity.start, entity.end))

    def _without_places_cut_at_their_hyphen(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span that ends inside a hyphenated place name ("... Kazakhstan- Nur-" before "Sultan city": the
        model stopped at the hyphen) names no person: the hyphenated word is the place."""
        result = []
        for entity in entities:
            if entity.label == "PERSON" and (word := _HYPHENATED_WORD_AT.search(text[max(0, entity.start):entity.end])) is not None \
                    and (rest := _HYPHENATED_REST.match(text, entity.end)) is not None \
                    and self._is_place_or_foreign_city(word.group(1) + rest.group()):
                continue
            result.append(entity)
        return result

    def _peers_names_whole(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """The capitalized words after a peer's or a knight's honorific ("Lord Ahmed Sheikh,") up to a comma, a stop or a
        lower-case word are the name: a person's span that stops short of title words there ("Sheikh", "Bishop") runs to
        them, and the honorific with one word alone that ends a person named before on the page ("Lord Imam said") is
        that person, not a title."""
        surnames = {text[entity.start:entity.end].split()[-1] for entity in entities
                    if entity.label == "PERSON" and len(text[entity.start:entity.end].split()) > 1}
        for match in self.name_after_a_peers_honorific.finditer(text):
            start, end = match.span(1)
            covered = [entity for entity in entities if entity.start < end and start < entity.end]
            persons = [entity for entity in covered if entity.label == "PERSON" and entity.start == start and entity.end < end]
            # the title words the model or the title finder read there, no other span
            titles = [entity for entity in covered if entity.label == "POSITION" and entity.start >= start and entity.end <= end]
            if len(persons) == 1 and len(covered) == 1 + len(titles) \
                    and all(word.lower() in self.title_forms for word in text[persons[0].end:end].split()):
                entities = sorted([entity for entity in entities if entity not in covered]
                                  + [EntitySpan(start, end, "PERSON", persons[0].score)], key=lambda e: (e.start, e.end))
                surnames.add(text[start:end].split()[-1])
            elif not persons and len(covered) == len(titles) and match.group(1) in surnames:
                entities = sorted([entity for entity in entities if entity not in covered] + [EntitySpan(start, end, "PERSON")],
                                  key=lambda e: (e.start, e.end))
        return entities

    def _arabic_names_joined(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span followed by a lineage word ("bin", "ibn", "bint") and capitalized words, maybe with an article
        ("Khalid bin Ahmed Al Thani"), is one person's name up to the last capitalized word: the model ends the name at
        the lower-case word and reads the rest as another person or a thing (a sovereign's title word such as "Sultan"
        is a name's word there). A title or an institution's word ends the name before it."""
        for entity in list(entities):
            if entity.label != "PERSON" or entity not in entities:
                continue
            # the model may have taken the lineage word in ("Khalid bin"): the rest starts before it
            written = text[entity.start:entity.end]
            last = written.rsplit(None, 1)[-1] if " " in written else ""
            stem_end = entity.end - len(last) - 1 if last in self.lineage_words else entity.end
            if not (rest := self.arabic_name_rest.match(text, stem_end)):
                continue
            end = entity.end
            for word in re.finditer(r"[A-Z][\w'’]+", rest.group()):
                if word.group().lower() in self.title_forms - self.sovereign_title_words \
                        or word.group().lower() in self.english_institution_words:
                    break
                end = max(end, stem_end + word.end())
            if end == entity.end:
                continue
            covered = [other for other in entities if other is not entity and other.start < end and entity.start < other.end]
            if any(other.start < entity.start or other.end > end for other in covered):
                continue
            entities = sorted([other for other in entities if other is not entity and other not in covered]
                              + [EntitySpan(entity.start, end, "PERSON", entity.score)], key=lambda e: (e.start, e.end))
        return entities

    def _arabic_names_opened_before(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span right after a capitalized word and a lineage word ("Fahd bin" + "Khalid Al Harthy") is the rest
        of one name that opens with that word: the model left the given name and "bin" out, or ran them into the place or
        organization before ("Saudi Arabia Fahd bin"), which then ends before the given name. A title's or an
        institution's word is no given name."""
        for entity in list(entities):
            if entity.label != "PERSON" or entity not in entities:
                continue
            opening = self.arabic_name_opening.search(text, max(0, entity.start - 40), entity.start)
            if opening is None or opening.group(1).lower() in self.title_forms \
                    or opening.group(1).lower() in self.english_institution_words:
                continue
            start = opening.start(1)
            covering = [other for other in entities if other is not entity and other.start < entity.start and other.end > start]
            if any(other.start >= start or other.label == "PERSON" for other in covering):
                continue
            cut = [EntitySpan(other.start, len(text[:start].rstrip()), other.label, other.score) for other in covering]
            entities = sorted([other for other in entities if other is not entity and other not in covering] + cut
                              + [EntitySpan(start, entity.end, "PERSON", entity.score)], key=lambda e: (e.start, e.end))
        return entities

    def _given_name_and_more(self, written: str) -> bool:
        """Whether a span is a known given name and a surname after it ("the heads of the districts Aidar Nurov and ..."
        lists persons, not places)."""
        words = written.split()
        return len(words) >= 2 and self.names.is_given_name(words[0])

    def _listed(self, text: str, *spans: EntitySpan) -> bool:
        """Whether the spans follow one another as the items of a list."""
        return all(self.list_separator.fullmatch(text, first.end, second.start) for first, second in zip(spans, spans[1:]))

    def _without_a_clause_opener(self, text: str, entity: EntitySpan) -> EntitySpan:
        """A person's span that opens with a capitalized word that opens a clause ("When Bekova
        returned", "Although Karin agreed"), with an honorific ("Ms Zhansaya Abdumalik", "Dr Toni
        Smith") or, after a quotation's closing quote and dash, with a verb of speech ("”. – Said A. Bekov";
        "Said Bekov" elsewhere is a given name and a surname) starts at the name after it."""
        opener = None
        if entity.label == "PERSON" and text[entity.start:entity.start + 1].isupper():
            opener = self.clause_opener.match(text, entity.start, entity.end)
            if opener is None and _QUOTE_AND_DASH_BEFORE.search(text, max(0, entity.start - 8), entity.start):
                opener = self.speech_verb_opener.match(text, entity.start, entity.end)
            if opener is None:
                opener = self._participle_opening_a_sentence(text, entity)
        return EntitySpan(opener.end(), entity.end, entity.label, entity.score) if opener is not None else entity

    def _regnal_names_after_a_sovereigns_title(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A name with its regnal number after a sovereign's English title ("Queen Elizabeth II", "King Abdullah II",
        "Pope Leo XIV") is a person where the model read no entity in it (a model reads the number as no name's)."""
        added = [EntitySpan(match.start(1), match.end(1), "PERSON", 1.0) for match in self.sovereign_and_regnal_name.finditer(text)
                 if not any(entity.start < match.end(1) and match.start(1) < entity.end for entity in entities)]
        return sorted(entities + added, key=lambda entity: entity.start) if added else entities

    def _participle_opening_a_sentence(self, text: str, entity: EntitySpan) -> re.Match | None:
        """A participle that opens a sentence before a name of two words or more ("Welcoming Aidos
        Serikov to the city, the akim ..."): no word of the name. A given name ending alike ("Irving")
        is in the given names, and a name of two words keeps both."""
        opener = _PARTICIPLE_OPENER.match(text, entity.start, entity.end)
        if opener is None or self.names.is_given_name(opener.group(1)) or not _SENTENCE_OPENING.search(text[:entity.start]):
            return None
        return opener if len(text[opener.end():entity.end].split()) >= 2 else None

    def _without_the_sentence_before(self, text: str, entity: EntitySpan) -> EntitySpan:
        """A person's span that opens with the last Latin word of the sentence before and its period
        ("met volunteers of Zhasyl El. Abdygaliyev thanked them"): the name starts after it. An initial, a
        Latin digraph initial (Zh.) or an abbreviation (Dr.) ends no sentence."""
        end_of_sentence = _WORD_AND_PERIOD.match(text, entity.start, entity.end) if entity.label == "PERSON" else None
        if end_of_sentence is None or end_of_sentence.group(1) in self.not_a_sentence_end:
            return entity
        return EntitySpan(end_of_sentence.end(), entity.end, entity.label, entity.score)

    def _title_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """An organization's span that ends with a Kazakh title in the possessive ("Абай атындағы
        мектеп-гимназия директоры", "... университетінің ректоры") as the organization and the title
        (POSITION): a name never ends with its official's title. A person's span that opens with a title
        ("Akim Yerbolat Dossayev", "Student Madina Omarova") as the title and the name, unless the word is
        also a given name and one word is left ("Dean Smith"). Any span that opens with a Kazakh word in an
        oblique case before a name with a surname is the person."""
        if entity.label == "PERSON":
            for parts_of in (self._leading_title_parts, self._trailing_title_parts, self._without_a_leading_oblique_word,
                             self._without_a_leading_russian_word, self._without_a_word_before_a_full_name,
                             self._without_a_title_opening_after, self._without_an_honorary_titles_last_word):
                parts = parts_of(text, entity)
                if parts is not None:
                    return parts
            return None
        # The model's place or organization that opens with the same oblique word before two or three names,
        # the last with a surname's ending ("Жарлығымен Асайын Байханов" as GPE), is the person.
        person = self._without_a_leading_oblique_word(text, entity) if entity.label in _LABELS_OF_NAMES else None
        names = text[person[0].start:person[0].end].split() if person else []
        if 2 <= len(names) <= _WORDS_OF_A_NAME and self.surname_ending.search(names[-1]):
            return [EntitySpan(person[0].start, person[0].end, "PERSON", entity.score)]
        if entity.label not in ("ORG", "FACILITY"):
            return None
        last = _LAST_WORD.search(text, entity.start, entity.end)
        if last is None or last.start() == entity.start or last.group().lower() not in self.kazakh_possessive_titles:
            return None
        head_end = entity.start + len(text[entity.start:last.start()].rstrip(" ,–—-"))
        return [EntitySpan(entity.start, head_end, entity.label, entity.score),
                EntitySpan(last.start(), last.end(), "POSITION", entity.score)]

    def _kazakh_adjective_of_a_headline_in_capitals(self, text: str, entity: EntitySpan) -> bool:
        """Whether a person's span in capitals, on a line written all in capitals (a headline), holds a Kazakh adjective
        of a place or a kind ("ОБЛЫСТЫҚ", "АУМАҚТЫҚ", "АУДАНДЫҚ": -лық, -дық, -тық) that is no known given name: every word
        of a headline is capitalized, so the words that read as a name there are the headline's own (a regional council)."""
        written = text[entity.start:entity.end]
        if entity.label != "PERSON" or not written.isupper():
            return False
        line_start = text.rfind("\n", 0, entity.start) + 1
        line_end = text.find("\n", entity.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        # A Kazakh headline's word may hold no letter of Kazakh's own ("ДАМИДЫ"): its line does.
        if not line.isupper() or len(line.split()) < _MIN_HEADLINE_WORDS or not self.kazakh_letter.search(line):
            return False
        words = [word.capitalize() for word in written.split()]
        # So are words of which none has a surname's or a patronymic's ending and one is no known given name ("ҒЫЛЫМ
        # ЖАҢА", a verb "ДАМИДЫ"): a headline's nouns and verbs, where a person's name there keeps its surname ("МҰХТАР
        # ӘУЕЗОВ") or is a known given name alone ("АБАЙ").
        return any(_KAZAKH_ADJECTIVE_SUFFIX.search(word) and not self.names.is_given_name(word.capitalize())
                   for word in written.split()) \
            or not any(self.names.reads_as_a_surname(word) for word in words) \
            and not all(self.names.is_given_name(word) for word in words)

    def _names_of_things(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's name right before the noun of a thing named after the person ("Abai Street",
        "Ясауи кесенесі", "the Khan Shatyr entertainment centre") or right after it ("улица Абая", "the
        mausoleum of Khoja Ahmed Yasawi") names the thing (MISC); so does a "person" that ends with such a
        noun ("Baiterek Monument") or with a plural noun of people, a group's name ("Zhas Ulan Cadets"), or holds a
        Kazakh word of things ("Uly Dala Eli", "Tauelsizdik Sarayy").
        A Kazakh name in a case before the noun is a person of the sentence, not the thing's name, which
        is in the nominative: whose the thing is ("Абайдың ескерткіші", Abai's monument; "Назарбаевтың
        есімі", Nazarbayev's name) or who receives it ("Асылбек Ермекұлына сыйлық берілді")."""
        things = [EntitySpan(entity.start, entity.end, "MISC", entity.score)
                  if entity.label == "PERSON" and ((self.thing_after_name.match(text, entity.end)
                                                    and (not self._kazakh_name_in_a_case(text, entity)
                                                         or self.epithet_before_a_place.match(text, entity.end)))
                                                   or self.thing_ending_name.search(text, entity.start, entity.end)
                                                   or self.group_ending_name.search(text, entity.start, entity.end)
                                                   or self._thing_named_before(text, entity)
                                                   or self.thing_opening_name.match(text, entity.start, entity.end)
                                                   or self._holds_a_word_of_things(text, entity))
                  else entity for entity in entities]
        # A capitalized title right before the person's name is the thing's too ("the Sheikh Zayed Grand Mosque"),
        # where the thing's own noun says so: a plural one may be a surname (the "Officer" Daniel Brooks).
        titles_of_things = {title for title, thing in zip(things, things[1:]) if title.label == "POSITION"
                            and thing.label == "MISC" and thing.start == title.end + 1 and text[title.start].isupper()
                            and (text[thing.start:thing.end].split()[-1].lower() in self.thing_nouns
                                 or self.thing_after_name.match(text, thing.end))}
        return [EntitySpan(entity.start, things[index + 1].end, "MISC", entity.score) if entity in titles_of_things else entity
                for index, entity in enumerate(things) if index == 0 or things[index - 1] not in titles_of_things]

    def _thing_named_before(self, text: str, entity: EntitySpan) -> bool:
        """Whether the noun of a thing named after a person stands right before the span ("улица Абая"),
        other than an institution's noun after a title that the name holds ("директора музея Name",
        "директор Художественного музея Name": the museum's director, not a museum named after him)."""
        thing = self.thing_before_name.search(text, max(0, entity.start - 30), entity.start)
        if thing is None and self._settlement_named_after(text, entity.start, entity.end):
            return True
        if thing is None or not self.taxonomy.is_institution_word(thing.group().strip()):
            return thing is not None
        before = _WORD.findall(text, max(0, thing.start() - _TITLE_CHARACTERS), thing.start())[-_WORDS_BEFORE_AN_INSTITUTIONS_NOUN:]
        return not any(self._is_title_word(word) for word in before)

    def _settlement_named_after(self, text: str, start: int, end: int) -> bool:
        """Whether a name in the genitive right after a settlement's noun is the settlement's ("в селе Касыма Кайсенова",
        "сельского округа Касыма Кайсенова"); its akim's name after the noun stands in the nominative or the dative
        ("аким сельского округа Ержан Ахметов", "акиму села Ержану Ахметову")."""
        name = text[start:end]
        settlement = self.settlement_before_name.search(text, max(0, start - 30), start)
        return settlement is not None and not _SETTLEMENT_NAMED_BY_ITS_ADJECTIVE.search(text, max(0, settlement.start() - 60), settlement.start()) \
            and name.split()[0].endswith(_GENITIVE_ENDINGS_OF_GIVEN_NAMES) and self.names.known_given_in_a_case(name)

    def _is_title_word(self, word: str) -> bool:
        """Whether a lower-case word is a one-word title in some case (директора, ректору)."""
        word = word.lower()
        return word in self.title_forms or any(word[:-len(ending)] in self.title_forms for ending in self.russian_title_case_endings
                                               if word.endswith(ending))

    def _names_of_works_and_groups(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A "person" right after the noun of a work or of a group ("the film Tomiris", "the band Ulytau")
        is the work's title (WORK_OF_ART) or the group's name (ORG); so is one right after a capitalized "A"
        or "An" ("the album A Beautiful Lie") a title, and one after a ship's prefix ("USS Abraham Lincoln")
        a ship (PRODUCT)."""
        return [next((EntitySpan(entity.start, entity.end, label, entity.score) for label, before in self.kind_before_name
                      if before.search(text, max(0, entity.start - 20), entity.start)), entity)
                if entity.label == "PERSON" else entity for entity in entities]

    def _names_before_a_birth(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A name of two or three capitalized words that the model read as a thing, right before brackets
        that tell of a birth ("Aigul Nurova (born 1975) is a Kazakh poet"), is a person's; so is the
        surname at birth in them ("(née Sadykova)")."""
        return [EntitySpan(entity.start, entity.end, "PERSON", entity.score)
                if entity.label in _LABELS_OF_LIST_ITEMS and (
                    self.birth_in_brackets.match(text, entity.end) and 2 <= len(text[entity.start:entity.end].split()) <= _WORDS_OF_A_NAME
                    or self.maiden_name_before.search(text, max(0, entity.start - MAIDEN_NAME_WINDOW), entity.start)
                    and " " not in text[entity.start:entity.end]) and self._plain_name_words(text[entity.start:entity.end])
                else entity for entity in entities]

    def _teams_named_with_their_city(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A "person" of one word right before a city's or a region's name ("Kairat Almaty") is a team
        named with its city: the two words are one organization; so is a "person" of two words, a city's
        name after a word that is no given name ("Tobol Kostanay"). Latin script only: a Kazakh place after a
        name is in a case of its own ("Макрон Астанаға келді": to Astana)."""
        result: list[EntitySpan] = []
        for entity in entities:
            words = text[entity.start:entity.end].split()
            if entity.label == "PERSON" and len(words) == 2 and text[entity.start:entity.end].isascii() \
                    and not self.names.is_given_name(words[0]) and self._is_place(words[1]):
                entity = EntitySpan(entity.start, entity.end, "ORG", entity.score)
            previous = result[-1] if result else None
            if previous is not None and previous.label == "PERSON" and entity.label in ("GPE", "LOC", "ORG") \
                    and text[previous.start:entity.end].isascii() \
                    and text[previous.end:entity.start] == " " and " " not in text[previous.start:previous.end] \
                    and self._is_place(text[entity.start:entity.end]):
                result[-1] = EntitySpan(previous.start, entity.end, "ORG", previous.score)
                continue
            result.append(entity)
        return result

    def _kazakh_name_in_a_case(self, text: str, entity: EntitySpan) -> bool:
        last = text[entity.start:entity.end].split()[-1]
        return _CYRILLIC_CAPITALIZED_WORD.fullmatch(last) is not None and (
            self.surname_with_a_case_ending.fullmatch(last) is not None or self.names.in_a_kazakh_case(last))

    def _holds_a_word_of_things(self, text: str, entity: EntitySpan) -> bool:
        """Whether a span holds a Latin word of things' names: a Kazakh one ("Tauelsizdik", "Zhangyru"), a web platform's
        ("Telegram") or an English abstract noun by its ending ("Modernization", "Leadership"), which no name's word has."""
        return any((lowered := word.group().lower()) in self.kazakh_thing_words or lowered.endswith(self.english_abstract_noun_endings)
                   for word in _LATIN_WORD.finditer(text, entity.start, entity.end))

    def _full_name_read_as_a_thing(self, text: str, entity: EntitySpan) -> EntitySpan | None:
        """An organization's or a place's span that is a Latin full name and nothing else ("Zhanna
        Shayakhmetova /" The Astana Times, "Kassym-Jomart Tokayev's" Address) is the person: two or three
        capitalized words, the first a known given name, the last with a surname's ending, none a word of
        an institution, a place or a thing, and no capitalized word right after them. So is a Kazakh
        full name ("Шәкәрім Құдайбердіұлының" as an ORG)."""
        if entity.label == "POSITION" and (name := self._given_name_patronymic_and_surname_opening(text, entity)):
            # A title's span never opens with a full name: the model ran the name into the verb after it
            # ("Лариса Петровна Шевченко қатысты." as POSITION).
            return EntitySpan(entity.start, name.end(), "PERSON", entity.score)
        if entity.label not in ("ORG", "FACILITY", "GPE", "LOC") or self._settlement_named_after(text, entity.start, entity.end):
            return None
        if self._kazakh_full_name(text, entity) or self._name_with_its_surname_in_capitals(text, entity):
            return EntitySpan(entity.start, entity.end, "PERSON", entity.score)
        words = list(_WORD.finditer(text, entity.start, entity.end))
        if len(words) > 2 and self.our_institution_word.fullmatch(words[-1].group()) \
                and self._kazakh_full_name(text, EntitySpan(entity.start, words[-2].end(), entity.label, entity.score)):
            return EntitySpan(entity.start, words[-2].end(), "PERSON", entity.score)
        if surname := self._latin_surname_opening_the_line_before_a_given_name(text, entity):
            return EntitySpan(surname.start(), entity.end, "PERSON", entity.score)
        name = _LEADING_NAME.match(text, entity.start, entity.end)
        words = name.group().split() if name else []
        if not 2 <= len(words) <= 3 or _CAPITALIZED_WORD_AFTER.match(text, name.end()) \
                or not self.names.is_given_name(words[0]) or not self.names.looks_like_latin_surname(words[-1]):
            return None
        if not self._plain_name_words(name.group()) or self._holds_a_word_of_things(text, entity):
            return None
        return EntitySpan(entity.start, name.end(), "PERSON", entity.score)

    def _name_with_its_surname_in_capitals(self, text: str, entity: EntitySpan) -> bool:
        """Whether a Cyrillic span is a capitalized word and a word in capitals with a surname's ending, as regional papers
        write a name ("Балсулу ТУРСЫНОВА"), which the model reads as an organization's acronym where it does not know the
        given name; neither word an institution's, a place's or a title's."""
        name = _NAME_WITH_ITS_SURNAME_IN_CAPITALS.fullmatch(text, entity.start, entity.end)
        if name is None:
            return False
        surname = name.group("surname").capitalize()
        return self.names.reads_as_a_surname(surname) and self._plain_name_words(f"{name.group('given')} {surname}") \
            and not self._is_title_word(name.group("given"))

    def _latin_names_in_cyrillic_sentences(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A foreign partner's name in Latin letters inside a Russian or Kazakh sentence ("профессор Yuko Morimoto",
        "директор компании Learning Bridges Ltd Sarah Whitmore"), which the Russian model reads as an organization: two
        or three capitalized Latin words that end an organization's span, a Cyrillic word before the span on its line and
        no capitalized Latin word after it, the first a known given name and the others no word of an institution, a
        place or a thing, is the person. Words before the name are an organization's only where a legal form ends them
        ("Ltd")."""
        result = []
        for entity in entities:
            name = self._latin_name_ending(text, entity) if entity.label == "ORG" and not _CAPITALIZED_WORD_AFTER.match(text, entity.end) \
                and _CYRILLIC_WORD_BEFORE.search(text, max(0, entity.start - 40), entity.start) else None
            opening = text[entity.start:name[0]].rstrip() if name else ""
            if name is None or opening and not self.legal_form_at_end.search(opening):
                result.append(entity)
                continue
            if opening:
                result.append(EntitySpan(entity.start, entity.start + len(opening), "ORG", entity.score))
            result.append(EntitySpan(name[0], entity.end, "PERSON", entity.score))
        return result

    def _latin_name_ending(self, text: str, entity: EntitySpan) -> tuple[int, int] | None:
        """The longest run of two or three Latin name words ending the span whose first is a known given name and whose
        others are plain name words, as (start, end)."""
        words = list(_FOREIGN_NAME_WORD.finditer(text, entity.start, entity.end))
        if not words or words[-1].end() != entity.end:
            return None
        run = [words[-1]]
        for word in reversed(words[:-1]):  # the words right before, one space apart
            if len(run) == 3 or word.end() + 1 != run[0].start():
                break
            run.insert(0, word)
        for first in range(len(run) - 1):
            given, rest = run[first].group(), text[run[first + 1].start():entity.end]
            if (given in self.names.english_given_names or given in self.names.foreign_given_names
                    or self.names.is_given_name(given)) and self._plain_name_words(rest):
                return run[first].start(), entity.end
        return None

    def _latin_surname_opening_the_line_before_a_given_name(self, text: str, entity: EntitySpan) -> re.Match | None:
        """A span of one known given name that is no place ("Yerzhan" as a GPE) after the word with a surname's
        ending that opens its line ("Bekbolatov Yerzhan – head of the laboratory"): a list of staff writes the
        surname first, and the model took the given name for a place."""
        written = text[entity.start:entity.end]
        if " " in written or not self.names.is_given_name(written) or self._is_place(written):
            return None
        surname = _LATIN_WORD_OPENING_A_LINE_BEFORE.search(text, max(0, entity.start - 40), entity.start)
        return surname if surname and self.names.looks_like_latin_surname(surname.group(1)) else None

    def _given_name_patronymic_and_surname_opening(self, text: str, entity: EntitySpan) -> re.Match | None:
        """The three words opening a span that are a known given name, a patronymic and a surname, in the
        nominative or a case ("Лариса Петровна Шевченко", "Ерлан Серікұлы Жұмабаевқа")."""
        name = _THREE_CYRILLIC_WORDS.match(text, entity.start, entity.end)
        if name is None:
            return None
        given, patronymic, surname = name.group().split()
        return name if self.names.is_given_name(given) and self.patronymic_end.search(patronymic) \
            and self.cyrillic_surname_after_a_patronymic.fullmatch(surname) else None

    def _kazakh_full_name(self, text: str, entity: EntitySpan) -> bool:
        """Two or three capitalized Cyrillic words, the last with an ending only surnames and patronymics
        have, maybe in a case ("Шәкәрім Құдайбердіұлының", "Ілияс Жансүгіровтің"), none a word of an
        institution, a place or a thing, and no thing's noun after them ("Абай Құнанбаев көшесі")."""
        words = text[entity.start:entity.end].split()
        return 2 <= len(words) <= 3 and self.kazakh_surname_word.fullmatch(words[-1]) is not None \
            and all(_CYRILLIC_CAPITALIZED_WORD.fullmatch(word) for word in words[:-1]) \
            and self._plain_name_words(" ".join(words)) and not self.thing_after_name.match(text, entity.end)

    def _split_place_names_joined(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A hyphenated place's name the model split at its hyphen ("Nur-" as a place and "Sultan" as a
        title), or a country's official name it split at its "of" ("the Arab Republic" and "Egypt"), is one place
        (GPE) in place of the spans inside or across it. A country's name in one span of its own is left as read."""
        splits = [(word, 1) for word in _HYPHENATED_WORD.finditer(text)] \
            + [(name, 2) for name in self.country_name_with_of.finditer(text)]
        for word, fewest_parts in splits:
            if not self._is_place(word.group()):
                continue
            parts = [entity for entity in entities if entity.start < word.end() and word.start() < entity.end]
            if len(parts) < fewest_parts or any(part.start < word.start() or part.end > word.end() for part in parts) \
                    or [(part.start, part.end, part.label) for part in parts] == [(*word.span(), "GPE")]:
                continue
            entities = sorted([entity for entity in entities if entity not in parts] + [EntitySpan(word.start(), word.end(), "GPE")],
                              key=lambda entity: (entity.start, entity.end))
        return entities

    def _office_of_a_possessive_title(self, text: str, entity: EntitySpan, entities: list[EntitySpan]) -> list[EntitySpan] | None:
        """A Latin title's span in the possessive before an office's noun ("Head of the President's Office Name") is the
        office's name (ORG), no post of anyone, unless another span starts inside the office's words."""
        office = self.office_after_a_possessive_title.match(text, entity.end) if entity.label == "POSITION" \
            and _LATIN_LETTERS_ONLY.fullmatch(text, entity.start, entity.end) else None
        if office is None or any(entity.end < other.start < office.end() for other in entities):
            return None
        return [EntitySpan(entity.start, office.end(), "ORG", entity.score)]

    def _latin_organization_with_its_capitalized_opening(self, text: str, entity: EntitySpan,
                                                         entities: list[EntitySpan]) -> list[EntitySpan] | None:
        """A Latin organization's span that opens in lower case after "the" and capitalized words no span holds ("the
        Secondary" "education committee of the Ministry") opens with those words: the model left them out."""
        opening = _CAPITALIZED_OPENING_BEFORE.search(text, max(0, entity.start - 40), entity.start) \
            if entity.label == "ORG" and text[entity.start:entity.start + 1].islower() \
            and _LATIN_LETTERS_ONLY.match(text, entity.start) else None
        if opening is None or any(other.start < entity.start and opening.start(1) < other.end for other in entities):
            return None
        return [EntitySpan(opening.start(1), entity.end, entity.label, entity.score)]

    def _organizations_after_their_kind(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A PERSON right after the abbreviation of an organization's kind ("FC Kairat", "HC Barys") is the
        organization (ORG, with the abbreviation), up to its last capitalized word; another PERSON of the
        text that is the same name, or the name and a place ("Kairat Almaty"), is the organization too."""
        result, names = list(entities), set()
        for entity in entities:
            words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label == "PERSON" else []
            kind = self.organization_kind_before.search(text, max(0, entity.start - 10), entity.start) if words else None
            # After a capitalized word the abbreviation ends the name before it ("Samruk-Kazyna JSC Name"):
            # the name after it is a person's.
            if kind is None or _CAPITALIZED_WORD_AT_END.search(text, max(0, kind.start() - 40), kind.start()):
                continue
            name = words[:next((index for index, word in enumerate(words) if not word.group()[:1].isupper()), len(words))]
            if not name:
                continue
            names.add(text[entity.start:name[-1].end()])
            result = [other for other in result if not (kind.start() <= other.start and other.end <= entity.start)]
            result[result.index(entity)] = EntitySpan(kind.start(), name[-1].end(), "ORG", entity.score)
        return [EntitySpan(entity.start, entity.end, "ORG", entity.score) if entity.label == "PERSON" and any(
            text[entity.start:entity.end] == name or text.startswith(name + " ", entity.start)
            and self._is_place(text[entity.start + len(name) + 1:entity.end]) for name in names) else entity for entity in result]

    def _headline_verb_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A PERSON or an ORG that runs into the verb or a capitalized preposition of a headline in Title
        Case ("Aizhan Bekova Named" Best Teacher, "Meets Foreign" Investors, "Bolashak Scholars Gather", "Abai
        Opera On" Its Stage, "Bektenov Chairs Government Meeting"): the words before that word are a person
        where they read as a name (in a headline every word is capitalized), else an organization's words
        stay the organization; a headline's opening verb leaves the name after it ("Meet Aigerim Bekova");
        what is left of a person's span is no person (MISC)."""
        if entity.label not in ("PERSON", "ORG"):
            return None
        words = list(_LATIN_WORD.finditer(text, entity.start, entity.end))
        # A preposition is a word of an organization's name in Title Case ("Ministry Of Education").
        ending = self.headline_words if entity.label == "PERSON" else self.news_verbs
        verb = next((index for index, word in enumerate(words) if word.group()[:1].isupper() and word.group().lower() in ending), None)
        if verb is None:
            return None
        before = EntitySpan(entity.start, words[verb - 1].end(), entity.label, entity.score) if verb else None
        # Words with an institution's noun are no name ("the Institute of Altai [Studies]": a noun read as a verb).
        if before is not None and not _has_institution_word(text[before.start:before.end], self.english_institution_words) \
                and self.names.reads_as_a_name(text[before.start:before.end]):
            return [replace(before, label="PERSON")]
        if entity.label == "ORG":
            return [before] if before is not None else []
        rest = text[words[1].start():entity.end] if verb == 0 and len(words) > 1 else ""
        if rest and not any(word.group().lower() in self.headline_words for word in words[1:]) and self.names.reads_as_a_name(rest):
            return [EntitySpan(words[1].start(), entity.end, "PERSON", entity.score)]
        return [EntitySpan(entity.start, entity.end, "MISC", entity.score)]

    def _registered_acronyms_added(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A registered institution's acronym that no span covers ("the vice-rector of KazNU Name",
        "ҚазҰУ-дың") is an ORG, with a Kazakh case ending after its hyphen; so is one the model labelled
        a nationality, a place or a thing ("ҚазҰПУ-да" as NORP)."""
        for phrase in self.registered_acronym_phrase.finditer(text):
            # "НАН РК" read as two places, "НАН" and "РК": the phrase is the registered institution's.
            inside = [entity for entity in entities if phrase.start() <= entity.start and entity.end <= phrase.end()]
            if inside and not any(entity.start < phrase.end() and phrase.start() < entity.end and entity not in inside
                                  for entity in entities) and all(entity.label != "PERSON" for entity in inside):
                entities = sorted([entity for entity in entities if entity not in inside]
                                  + [EntitySpan(phrase.start(), phrase.end(), "ORG", inside[0].score)],
                                  key=lambda entity: (entity.start, entity.end))
        acronyms = [(match.start(), match.end()) for match in self.registered_acronym.finditer(text)]
        entities = [EntitySpan(entity.start, entity.end, "ORG", entity.score)
                    if (entity.start, entity.end) in acronyms and entity.label in _LABELS_OF_NO_OFFICIAL else entity
                    for entity in entities]
        added = [EntitySpan(start, end, "ORG") for start, end in acronyms
                 if not any(entity.start < end and start < entity.end for entity in entities)]
        return sorted(entities + added, key=lambda entity: (entity.start, entity.end)) if added else entities

    def _registered_names_after_titles(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """An institution's name that no span covers, right after a title and "of" or "at" ("Name1, Rector
        of X, and Name2, Vice-Rector of Turan University": the model often reads only the first of two), is
        an ORG: the longest run of capitalized words there that the registry holds or that ends in an
        institution's head word ("Kokshetau Technical Institute"), with the initials of the one it is named after that open
        it ("F. Dostoevsky Omsk State University")."""
        added = []
        for title in entities:
            run = _CAPITALIZED_RUN_AFTER_OF.match(text, title.end) if title.label == "POSITION" else None
            if run is None:
                continue
            words = list(_CAPITALIZED_RUN_WORD.finditer(text, run.start(1), run.end(1)))
            name = next(((run.start(1), word.end()) for word in reversed(words)
                         if self.taxonomy.is_institution_word(word.group()) or self._registered(text[run.start(1):word.end()])),
                        None)
            if name and not any(other.start < name[1] and name[0] < other.end for other in entities + added):
                added.append(EntitySpan(*name, "ORG"))
        return sorted(entities + added, key=lambda entity: (entity.start, entity.end)) if added else entities

    def _whose_titles_before_persons(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A "person" right before a capitalized title that a person follows ("Abu Dhabi Crown Prince Name",
        "Almaty Akim Name") says whose the title is, a place: two names stand apart by no title alone. A
        given name (or its first part: Қасым-Жомарт) and a surname, or a full name with a surname's ending
        in a case, are a person all the same ("Нұрсұлтан Назарбаев Швейцария Президенті Name-мен кездесті":
        the title is the second person's, and says its country itself). So is a word with an ending only
        surnames have that names no place: the subject before the title of the person it acts on
        ("Тоқаев Мемлекеттік хатшы Name-нің баяндамасын тыңдады")."""
        result = list(entities)
        for before, title, after in zip(entities, entities[1:], entities[2:]):
            written = text[before.start:before.end]
            if before.label == "PERSON" and title.label == "POSITION" and after.label == "PERSON" \
                    and text[title.start:title.start + 1].isupper() and not self._names_a_person_alone(written) \
                    and text[before.end:title.start] == " " and text[title.end:after.start] == " ":
                result[result.index(before)] = EntitySpan(before.start, before.end, "GPE", before.score)
        return result

    def _names_a_person_alone(self, written: str) -> bool:
        """A given name (or its first part) and a surname; two words or more, the last with a surname's
        ending, maybe in a case (Сейтімова, Назарбаевтың); or one word with an ending only surnames have that
        is no registered place (Тоқаев, Бектеновке; not Ростов, Киев)."""
        words = written.split()
        if len(words) >= 2:
            return self.cyrillic_surname_in_a_case.fullmatch(words[-1]) is not None or bool(self.surname_ending.search(words[-1])) \
                and any(self.names.is_given_name(part) for part in (words[0], words[0].split("-")[0]))
        return self.kazakh_surname_word.fullmatch(written) is not None and not self._is_place(written)

    def _registered_names_before_persons(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A registered institution's name that no span covers, right before a person or a title ("Chairman
        of the Board of Samruk-Kazyna Name", "of Kazakhtelecom JSC Name", "Samruk-Kazyna Managing Director"),
        is an ORG; the abbreviation of its kind that the model ran into the person's span ("JSC Name") is the
        institution's."""
        result = list(entities)
        for entity in entities:
            if entity.label not in ("PERSON", "POSITION"):
                continue
            words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label == "PERSON" else []
            kind_led = len(words) > 2 and words[0].group() in self.organization_kinds
            name_end = words[0].end() if kind_led else entity.start
            window = max(0, entity.start - 60)
            free = max([window] + [other.end for other in result if other.end <= entity.start])
            for opening in _CAPITALIZED_WORD_START.finditer(text, free, entity.start):
                written = text[opening.start():name_end].rstrip()
                if self._registered(written):
                    person = EntitySpan(words[1].start(), entity.end, "PERSON", entity.score) if kind_led else entity
                    result[result.index(entity)] = person
                    result.append(EntitySpan(opening.start(), opening.start() + len(written), "ORG"))
                    break
        return sorted(result, key=lambda entity: (entity.start, entity.end))

    def _latin_surnames_after_given_names(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span of a known given name alone takes the Latin surname right after it that no span
        covers ("Marat" Beisenov was succeeded: the model stopped at the given name); a person's span of one
        word takes a capitalized word before a word in lower case or a punctuation mark ("Professor
        "Vassilios" Tourassis received") that is no verb of a headline or word of a title, a place or an
        institution."""
        result = []
        for entity in entities:
            written = text[entity.start:entity.end]
            surname = (self.latin_surname_after.match(text, entity.end) if self.names.is_given_name(written) else None) \
                or self._capitalized_surname_after(text, entity.end) if entity.label == "PERSON" and " " not in written else None
            if surname and not any(other.start < surname.end() and surname.start(1) < other.end for other in entities):
                entity = EntitySpan(entity.start, surname.end(), entity.label, entity.score)
            result.append(entity)
        return result

    def _second_latin_surnames_after_names(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span of two or three Latin words takes the one or two capitalized words right after it that no
        span covers, up to a punctuation mark or a word in lower case, where each is a plain name word and no word of a
        headline: a Spanish or Portuguese name has two given names and two surnames ("Mr. Pedro Ruiz" "Gomez Lara.")
        that the model stops inside. Four words at most. (Not a second person's span right after: two names a list
        writes without a comma, "Name Surname Name Surname", are two persons.)"""
        result = []
        for entity in entities:
            written = text[entity.start:entity.end]
            words = written.split()
            rest = _LATIN_NAME_WORDS_AFTER.match(text, entity.end) \
                if entity.label == "PERSON" and 2 <= len(words) <= 3 and all(_ACCENTED_LATIN_NAME_WORD.fullmatch(w) for w in words) else None
            if rest is not None:
                added = rest.group(1).split()
                if len(words) + len(added) > 4 or any(word.lower() in self.headline_words for word in added) \
                        or not self._plain_name_words(rest.group(1)) \
                        or any(other.start < rest.end() and entity.end < other.end for other in entities if other is not entity):
                    rest = None
            if rest is not None:
                entity = EntitySpan(entity.start, rest.end(), entity.label, entity.score)
            result.append(entity)
        return result

    def _capitalized_surname_after(self, text: str, end: int) -> re.Match | None:
        word = _CAPITALIZED_SURNAME_AFTER.match(text, end)
        if word is None or word.group(1).lower() in self.headline_words or not self._plain_name_words(word.group(1)):
            return None
        return word

    def _surnames_listed_with_persons(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A surname alone that no span covers, joined by "and" to a person ("Tokayev and Japarov
        discussed", "Japarov and Tokayev met"), is a person: the model often reads only one of the two."""
        found = []
        for entity in entities:
            if entity.label != "PERSON":
                continue
            after = self.surname_after_and.match(text, entity.end)
            before = self.surname_before_and.search(text, max(0, entity.start - 40), entity.start)
            found += [(match.start(1), match.end(1)) for match in (after, before) if match]
        added = [EntitySpan(start, end, "PERSON") for start, end in found
                 if not any(entity.start < end and start < entity.end for entity in entities)
                 and not self._is_place(text[start:end]) and not self._registered(text[start:end])]
        return sorted(entities + added, key=lambda entity: (entity.start, entity.end)) if added else entities

    def _registered_place_as_institution(self, text: str, entity: EntitySpan) -> EntitySpan:
        """A place's span that the registry knows as an institution and regions.yaml not as a place
        ("В КазНУ открылся ...", КазНУ as LOC) is the institution (ORG). An organization's or a place's span
        that is an adjective of nationality ("Kazakh President", "his Kyrgyz counterpart") is the nationality (NORP).
        A law's span that is a region, its centre or a country alone ("headed the Pavlodar regional education department",
        Pavlodar as LAW) is the place (GPE): no law is named by a place alone; so is an organization's span of a
        place alone right before a quoted name ("Director of Taraz “Nazarbayev Intellectual School”", Karaganda as
        ORG): the quoted name is the institution, the place where it stands."""
        written = text[entity.start:entity.end]
        if entity.label in ("ORG", "GPE", "LOC") and written.lower() in self.nationality_adjectives:
            return EntitySpan(entity.start, entity.end, "NORP", entity.score)
        if entity.label in ("LOC", "GPE") and self._registered(written) and not self._is_place(written):
            return EntitySpan(entity.start, entity.end, "ORG", entity.score)
        if (entity.label == "LAW" or entity.label == "ORG" and _QUOTE_AFTER_A_SPACE.match(text, entity.end)) \
                and (self._is_place(written) or self._is_centre(written)):
            return EntitySpan(entity.start, entity.end, "GPE", entity.score)
        return entity

    def _without_an_opening_bracket_at_the_end(self, text: str, entity: EntitySpan) -> EntitySpan:
        """A span the model ended on an opening bracket ("[Ainur Bekova (]Almaty)" as ORG) ends before it; what is left of
        an organization's span is a person where it reads as a name and names no registered institution."""
        written = text[entity.start:entity.end].rstrip()
        if not written.endswith("(") or len(written) < 2:
            return entity
        end = entity.start + len(written[:-1].rstrip())
        name = text[entity.start:end]
        label = "PERSON" if entity.label == "ORG" and self.names.reads_as_a_name(name) and not self._registered(name) \
            else entity.label
        return EntitySpan(entity.start, end, label, entity.score)

    def _table_cells(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A span the model ran across a table's bars ("[4 | Сейтқалиева Динара Болатқызы] | педагог-психолог" as
        MONEY) is the cells it covers: a cell that reads as a name is a person, no other cell is an entity."""
        if "|" not in text:
            return entities
        result = []
        for entity in entities:
            bars = list(_TABLE_BAR.finditer(text, entity.start, entity.end))
            if not bars:
                result.append(entity)
                continue
            edges = [entity.start, *(edge for bar in bars for edge in bar.span()), entity.end]
            result += [EntitySpan(start, end, "PERSON", entity.score) for start, end in zip(edges[::2], edges[1::2])
                       if start < end and self.names.reads_as_a_name(text[start:end]) and not any(c.isdigit() for c in text[start:end])]
        return result

    def _registered_names_run_into_persons(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span whose last word opens a registered institution's name that goes on after it, in lower
        case ("[Нұрғалиев Білім] және ғылым министрлігінде": Nurgaliyev, at the Ministry of Education and
        Science), is the words before it; the institution is an ORG."""
        result = []
        for entity in entities:
            words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label == "PERSON" else []
            following = _LOWER_CASE_WORDS_AFTER.match(text, entity.end) \
                if len(words) >= 2 and fold(words[-1].group()) in self.registered_first_words else None
            if following is None:
                result.append(entity)
                continue
            ends = [match.end() for match in _WORD_END.finditer(text, following.start(), following.end())]
            registered = next((end for end in reversed(ends) if self._registered(text[words[-1].start():end])), None)
            if registered is None:
                result.append(entity)
                continue
            result += [EntitySpan(entity.start, words[-2].end(), "PERSON", entity.score),
                       EntitySpan(words[-1].start(), registered, "ORG", entity.score)]
        return result

    def _persons_run_into_registered_abbreviations(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's or an organization's span of a person's name and a registered abbreviation after it ("До назначения
        [А. Ерланова КазНПУ] руководил Name": the name is the genitive a noun before it governs) is the person, and the
        abbreviation an ORG: each word before it initials or a name's word, none an institution's."""
        result = []
        for entity in entities:
            words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label in ("ORG", "PERSON") else []
            abbreviation = words[-1].group() if len(words) >= 2 else ""
            if len(words) < 2 or len(words) > 4 or sum(letter.isupper() for letter in abbreviation) < 2 \
                    or not self._registered(abbreviation) or self._registered(text[entity.start:entity.end]) \
                    or not all(self.names.initials.match(word.group()) or self.names.reads_as_a_name(word.group())
                               for word in words[:-1]) \
                    or any(self.taxonomy.is_institution_word(word.group()) for word in words[:-1]) \
                    or not self.names.reads_as_a_surname(words[-2].group()):
                result.append(entity)
                continue
            result += [EntitySpan(entity.start, words[-2].end(), "PERSON", entity.score),
                       EntitySpan(words[-1].start(), entity.end, "ORG", entity.score)]
        return result

    def _registered_part_of_a_person(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A person's span that is a registered institution, or holds one at either end with no name
        beside it ("Astana Hub", "Follow Kazinform"), is the institution (ORG); the other words go."""
        if entity.label != "PERSON":
            return None
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        for first, last in sorted(((first, last) for first in range(len(words)) for last in range(first, len(words))
                                   if first == 0 or last == len(words) - 1), key=lambda bounds: bounds[0] - bounds[1]):
            start, end = words[first].start(), words[last].end()
            rest = (text[entity.start:start] + " " + text[end:entity.end]).strip()
            if self._registered(text[start:end]) and not (rest and self.names.reads_as_a_name(rest)):
                return [EntitySpan(start, end, "ORG", entity.score)]
        return None

    def _persons_of_institutions(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """An organization's (or a work's) span of a person's name before "of" and an institution ("Marat
        Akhmetov of Turan University", or its name part alone: the model reads the phrase as one name) is the
        person, and the institution an ORG: the name two or three capitalized words that read as one,
        none an institution's head word; the institution registered or ending in such a head word."""
        result = []
        for entity in entities:
            parts = _PERSON_OF_INSTITUTION.match(text, entity.start) if entity.label in _LABELS_OF_A_NAME_READ_AS_A_THING else None
            if parts is None or not parts.end(1) <= entity.end <= parts.end(2):
                result.append(entity)
                continue
            institution_span = (parts.start(2), entity.end) if entity.end > parts.start(2) else next(
                ((other.start, other.end) for other in entities if other.start == parts.start(2) and other.label == "ORG"), None)
            institution = text[slice(*institution_span)] if institution_span else ""
            name = parts.group(1)
            if not institution or any(self.taxonomy.is_institution_word(word) for word in name.split()) \
                    or not self.names.reads_as_a_name(name) or self._registered(name) \
                    or not (self._registered(institution) or self.taxonomy.is_institution_word(institution.split()[-1])):
                result.append(entity)
                continue
            result.append(EntitySpan(entity.start, parts.end(1), "PERSON", entity.score))
            if entity.end > parts.start(2):
                result.append(EntitySpan(*institution_span, "ORG", entity.score))
        return result

    def _institution_run_into_a_person(self, text: str, entity: EntitySpan, entities: list[EntitySpan]) -> list[EntitySpan] | None:
        """A person's span that opens with an institution's head word whose name's other words stand unmarked right
        before it, after a title's "of" or "at" ("Vice Rector of Marmara | University Selin Aydoğan"): the institution
        (ORG), then the name."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label == "PERSON" else []
        if len(words) < 3 or not self.taxonomy.is_institution_word(words[0].group()):
            return None
        opening = _NAME_BEFORE_ITS_HEAD_WORD.search(text, max(0, entity.start - 60), entity.start)
        if opening is None or any(other.start < entity.start and other.end > opening.start(1) for other in entities) \
                or not self.names.reads_as_a_name(text[words[1].start():entity.end]):
            return None
        return [EntitySpan(opening.start(1), words[0].end(), "ORG", entity.score),
                EntitySpan(words[1].start(), entity.end, "PERSON", entity.score)]

    def _russian_institution_opening_a_person(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A person's span that opens with a Russian institution's name of adjectives and its lower-case head noun before
        the name ("депутат [Костанайского маслихата Т. Name]"): the institution (ORG), then the name."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label == "PERSON" else []
        head = next((index for index, word in enumerate(words[:-1]) if word.group().startswith(self.russian_heads)), None)
        if not head or not all(_RUSSIAN_ADJECTIVE_END.search(word.group().lower()) for word in words[:head]) \
                or not self.names.reads_as_a_name(text[words[head + 1].start():entity.end]):
            return None
        return [EntitySpan(entity.start, words[head].end(), "ORG", entity.score),
                EntitySpan(words[head + 1].start(), entity.end, "PERSON", entity.score)]

    def _two_names_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A person's span of two names side by side ("помощник министра Асхата Аймагамбетова Ерлан
        Сарсенбаев": whose aide, then the aide): given name and surname twice, each surname with a
        surname's ending and the second given name a known one."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label == "PERSON" else []
        if len(words) != 4 or not all(word.group()[:1].isupper() for word in words):
            return None
        first_surname, given, second_surname = words[1].group(), words[2].group(), words[3].group()
        # Or a known given name in a case, the second in the nominative ("с послом Name-instrumental Surname Name
        # Surname отметила"): two persons, whatever the first surname's ending (a foreign one has none).
        first_in_a_case = not self.names.is_given_name(words[0].group()) and any(
            words[0].group().endswith(ending) and self.names.is_given_name(words[0].group()[:-len(ending)])
            for ending in self.names.given_name_case_endings)
        if not ((self.surname_ending.search(first_surname) or first_in_a_case) and self.surname_ending.search(second_surname)
                and self.names.is_given_name(given)):
            return None
        return [EntitySpan(entity.start, words[1].end(), "PERSON", entity.score),
                EntitySpan(words[2].start(), entity.end, "PERSON", entity.score)]

    def _given_names_with_hyphenated_surnames(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A given name (a known one, or one the model labelled a person) before a capitalized hyphenated
        word ("Айдар Ахмед-Заки") is a person's name, whose surname the model leaves out or whose given
        name it reads as a place: the two words are the person, and a span of either word alone gives way."""
        for match in _GIVEN_NAME_AND_HYPHENATED_WORD.finditer(text):
            given = EntitySpan(match.start(), match.end(1), "PERSON")
            if self.names.is_given_name(match.group(1)) or any(
                    (e.start, e.end, e.label) == (given.start, given.end, given.label) for e in entities):
                entities = self._name_in_place_of_its_words(text, entities, match.start(), match.end())
        return entities

    def _given_names_with_a_patronymics_initial(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A known Latin given name, the patronymic's initial of one or two letters and a surname ("Aidos Zh. Karimov",
        "Daulet Al. Seitov-Zade"): one person's name, of which the model keeps only the initial and the surname, or the
        given name and the initial; the spans of its words give way."""
        for match in _LATIN_GIVEN_NAME_INITIAL_SURNAME.finditer(text):
            if self.names.is_given_name(match.group(1)):
                entities = self._name_in_place_of_its_words(text, entities, match.start(), match.end())
        return entities

    def _names_glued_together(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A known given name glued to a surname or a patronymic, the space lost ("Қасым-ЖомартКемелұлымен"):
        a person's name, in place of the spans inside it."""
        for match in _GLUED_NAME.finditer(text):
            given = match.group(1)
            if (self.names.is_given_name(given) or self.names.is_given_name(given.split("-")[0])) \
                    and self.cyrillic_surname_in_a_case.fullmatch(match.group(2)):
                entities = self._name_in_place_of_its_words(text, entities, match.start(), match.end())
        return entities

    def _honorific_and_name_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """An institution's or a place's span that runs into an English honorific ("president of [the University of
        Arizona Dr.] R. Robbins", "rector of [the University of Padua Prof. Name Surname]") ends before it: the honorific
        opens the name after it, which is a person's (PERSON) where the span holds it, no word of the institution's name."""
        honorific = next((match for match in _HONORIFIC_BEFORE_A_WORD.finditer(text, entity.start, entity.end)
                          if match.start() > entity.start and match.group(1).lower() in self.honorifics), None) \
            if entity.label != "PERSON" else None
        if honorific is None:
            return None
        name = text[honorific.end():entity.end].lstrip()
        if not name and not _CAPITALIZED_WORD_AFTER.match(text, entity.end) or name and not self._plain_name_words(name):
            return None
        institution = EntitySpan(entity.start, honorific.start(), entity.label, entity.score)
        return [institution, EntitySpan(entity.end - len(name), entity.end, "PERSON", entity.score)] if name else [institution]

    def _without_a_phrases_last_word(self, text: str, entity: EntitySpan) -> EntitySpan:
        """A PERSON opened by the last word of a title or a country's name written before it ("Ambassador to the United
        Arab [Emirates Najmedin Mukhametaliuly]"), or by a word joined by "and" to a capitalized one, no given name (a
        field's: "Minister of Education and [Science Nuriddin Said]"), starts after that word, where a name of two words or
        more is left."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label == "PERSON" else []
        if len(words) < 3 or not self.names.reads_as_a_name(text[words[1].start():entity.end]):
            return entity
        phrase = self.phrase_ending_here.search(text, max(0, entity.start - 80), words[0].end())
        if (phrase is None or phrase.start() >= entity.start) and not (
                _CAPITALIZED_WORD_AND_BEFORE.search(text, max(0, entity.start - 40), entity.start)
                and not self.names.is_given_name(words[0].group())):
            return entity
        return EntitySpan(words[1].start(), entity.end, entity.label, entity.score)

    def _without_an_honorary_titles_last_word(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Kazakh person's span that opens with the capitalized last word of an honorary title written before the
        name ("Социалистік Еңбек Ері Name Surname", "Халық Қаһарманы Name", "Кеңес Одағының Батыры Name"): the hero's
        title is no post and no part of the name, so the person starts after it."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        # the title's last word, its words before it inside the span or right before it ("Социалистік Еңбек Ері Name")
        last = next((index for index, word in enumerate(words[:3]) if self.honorary_title_last_word.fullmatch(word.group())
                     and self.honorary_title_word_before_last.search(text, max(0, word.start() - 40), word.start())), None)
        if last is None or len(words) - last - 1 < 2:
            return None
        return [EntitySpan(words[last + 1].start(), entity.end, entity.label, entity.score)]

    def _leading_title_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        for size in range(min(_WORDS_OF_A_TITLE, len(words) - 1), 0, -1):
            title = text[entity.start:words[size - 1].end()]
            name = text[words[size].start():entity.end]
            # "Dean Smith" may be a name; before a given name and a surname, or a Kazakh or Russian surname
            # alone that the text names with another given name ("Kumar Aksakalov ... Akim Aksakalov"), the word
            # is a title; "Sultan Abenov" alone is a given name and a surname.
            # Lower-case words the model ran into the span after the name count for none ("Ғалым Сейдахметов облыстық").
            given_name_alone = self.names.is_given_name(words[0].group()) \
                and sum(word.group()[:1].isupper() for word in words[size:]) < 2 \
                and not (self.names.looks_like_latin_surname(name) and _named_with_another_word(text, words[0].group(), name))
            # A Kazakh surname may carry its case ending: "Министр Бейсембаевқа". Two words or more that
            # no dictionary knows ("Akim Darkhan Satybaldy") are the name the model saw after the title.
            reads_as_a_name = self.names.reads_as_a_name(name) or self.surname_ending.search(name) \
                or len(words) - size >= 2 and self._plain_name_words(name) or _russian_name_by_the_dictionary(name)
            # A Russian title's oblique case before a given name and a surname is no name's word either ("при Президенте
            # Name": the body's, "Ректору Name").
            oblique_title = size == 1 and len(words) >= 3 and self._russian_title_in_a_case(title)
            if (self._is_title(title) or oblique_title) and not given_name_alone and reads_as_a_name:
                # A chain of titles joined by hyphens is a title each ("Төрағасы-Ректоры"), none the next one's body.
                titles = [EntitySpan(part.start(), part.end(), "POSITION", entity.score)
                          for part in _HYPHENED_PART.finditer(text, entity.start, words[size - 1].end())] \
                    if size == 1 and self._is_hyphened_title_chain(title) else \
                    [EntitySpan(entity.start, words[size - 1].end(), "POSITION", entity.score)]
                return titles + [EntitySpan(words[size].start(), entity.end, "PERSON", entity.score)]
            # A Russian title in a case before the city or region it is of ("Акимом Тараза назначен Name"), or the first of
            # places' adjectives before their noun ("Акимами Шетского и Абайского районов"): the place.
            # So is one in the nominative, a status prefix maybe before it, that is no given name ("Экс-аким Павлодара").
            if size == 1 and len(words) == 2 and (self._russian_title_in_a_case(title)
                                                  or self._is_title(title) and not self.names.is_given_name(title)) \
                    and (self._is_place(name) or self._is_centre(name) or self._place_adjective_before_its_noun(text, words[1].start())):
                return [EntitySpan(entity.start, words[0].end(), "POSITION", entity.score),
                        EntitySpan(words[1].start(), entity.end, "GPE", entity.score)]
        return None

    def _russian_title_in_a_case(self, word: str) -> bool:
        """Whether a Russian word is a one-word title's form in an oblique case ("Акимом", "Ректору")."""
        return _CAPITALIZED_RUSSIAN_WORD.fullmatch(word) is not None and any(
            parse.tag.POS == "NOUN" and parse.normal_form in self.title_forms for parse in russian_morphology().parse(word.lower()))

    def _is_title(self, words: str) -> bool:
        """Whether words are a title's form, maybe after a status prefix ("Экс-советник")."""
        words = words.lower()
        prefix = next((prefix for prefix in self.title_prefixes if words.startswith(prefix)), "")
        return words in self.title_forms or bool(prefix) and words[len(prefix):] in self.title_forms \
            or self._is_hyphened_title_chain(words)

    def _is_hyphened_title_chain(self, word: str) -> bool:
        """Whether a word is a chain of one-word titles joined by hyphens, capitalized as a heading writes them
        ("Төрағасы-Ректоры"): each part a title's form, the whole none ("педагог-психолог" is one title)."""
        word = word.lower()
        parts = word.split("-")
        return " " not in word and len(parts) >= 2 and word not in self.title_forms and all(part in self.title_forms for part in parts)

    def _trailing_title_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A person's span that ends with a title ("Marat Bekov Rector" of KazNU, a caption's): the name and
        the title (POSITION), where two words or more before the title read as a name (a one-word name may
        end with a title's word: "Aidos Sultan")."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        for size in range(min(_WORDS_OF_A_TITLE, len(words) - 2), 0, -1):
            title = text[words[-size].start():entity.end]
            name = text[entity.start:words[-size - 1].end()]
            # a one-word title in a case too, capitalized as a decree writes it ("о назначении Name Премьер-министром")
            in_a_case = size == 1 and self._russian_title_in_a_case(title)
            if (title.lower() in self.title_forms or in_a_case) and self.names.reads_as_a_name(name) \
                    and self.names.name_tokens(name) == name.split():
                return [EntitySpan(entity.start, words[-size - 1].end(), "PERSON", entity.score),
                        EntitySpan(words[-size].start(), entity.end, "POSITION", entity.score)]
        return None

    def _without_a_leading_oblique_word(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A person's span that opens with a capitalized Kazakh word in an oblique case, no name's
        ("Жарлығымен Ермағанбет Бөлекпаев": by the decree; "Отырысқа Ғылым және ...": to the meeting;
        "Марапатты Айгүл Бековаға": the award, in the accusative), or with an adverb, a conjunction or an
        introductory word that opens a clause ("Бұрын Name", earlier; "Сондай-ақ Name", also),
        a sentence's first word the model took into the name: the rest is the person where it reads
        as a name, else there is none. Only in a span with a Kazakh letter, or in a Kazakh text where the
        word is a Kazakh noun's case form ("Жиында Бектенов", at the meeting): a Russian given name in the
        genitive ends like one ("Асхата")."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        # Given names end like an accusative too (Ақтоты): only a third word shows one taken in.
        if len(words) < 2 or not (self.kazakh_oblique_word.fullmatch(words[0].group())
                                  or len(words) > 2 and self.kazakh_accusative_word.fullmatch(words[0].group())
                                  or words[0].group().lower() in self.kazakh_clause_opening_words):
            return None
        if not self.kazakh_letter.search(text, entity.start, entity.end) and not (
                self.kazakh_letter.search(text) and self.names.in_a_kazakh_case(words[0].group())):
            return None
        if len(words) == 2 and not _SENTENCE_START.search(text, 0, entity.start):
            # Inside a sentence two capitalized words are a given name and a surname, whatever the first
            # one's ending ("бұрын Таблида Қожамберлиеваның"); a third shows the extra word.
            return None
        first = words[0].group()
        # A place or an institution ending like a case (Қырғызстан) is one of the leading place parts; a clause's
        # opening word is none, though it may end like a surname in a case (Бұрын).
        if first.lower() not in self.kazakh_clause_opening_words and (
                self.names.reads_as_a_name(first) or self.surname_ending.search(first) or self._head_label(first, "ORG")):
            return None
        rest = EntitySpan(words[1].start(), entity.end, entity.label, entity.score)
        written = text[rest.start:rest.end]
        return [rest] if self.names.reads_as_a_name(written) or self._titled_kazakh_name(text, rest.start, rest.end) else []

    def _without_a_leading_kazakh_noun(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Kazakh person's span that opens a sentence with a capitalized word of no name's kind (no known
        given name, no surname's ending, no institution or place) before a given name and a surname
        ("Академик Әбдуәли Қайдаров", "Домбырашы Ержан Асанов", "Марқұм Серік Ахметов": an occupation or an
        epithet the model took in because the sentence capitalizes it; "Депутаттар Name Ұлұлы Surname", a
        title in the plural before a list): the person is the given name, the patronymic if any, and the surname. So is
        a word of address in the possessive before a given name and a Russian patronymic in a case, a quoted line's
        opening after its dash ("– Шеберім Виктор Александровичке рахмет": to my master Viktor Aleksandrovich)."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        if words and words[0].group() in _DIRECT_SPEECH_DASHES:
            words = words[1:]
        if entity.label != "PERSON" or len(words) not in (3, 4) or not _SENTENCE_START.search(text, 0, entity.start) \
                or not self.kazakh_letter.search(text):
            return None
        first, given, surname = words[0].group(), words[1].group(), words[-1].group()
        if len(words) == 3 and self.names.is_given_name(given) and self.patronymic_end.search(self.names.kazakh_base(surname)) \
                and not self.names.reads_as_a_name(first) and not self.names.is_given_name(first):
            return [EntitySpan(words[1].start(), entity.end, entity.label, entity.score)]
        if len(words) == 4 and not self.patronymic_end.search(words[2].group()):
            return None
        if first.lower() in self.kazakh_person_nouns and self.cyrillic_surname_in_a_case.fullmatch(surname):
            return [EntitySpan(words[1].start(), entity.end, entity.label, entity.score)]
        if not _CYRILLIC_NAME.fullmatch(first) or self.names.reads_as_a_name(first) or self.surname_ending.search(first) \
                or self._head_label(first, "ORG") or self._is_place(first) or self._is_centre(first) \
                or not self.names.is_given_name(given) or not self.cyrillic_surname_in_a_case.fullmatch(surname):
            return None
        return [EntitySpan(words[1].start(), entity.end, entity.label, entity.score)]

    def _without_a_trailing_kazakh_plural_noun(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Kazakh person's span whose last word is a capitalized noun in the plural, no family's ("Дәулет Құсайынов
        Ұстаздар күні қарсаңында": the holiday the model ran the name into; "Жекеевтер", "Серік Айдар", "Айше Гүлер" stay):
        a name takes no plural, so the person ends before it."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        if entity.label != "PERSON" or len(words) < 2 or not self.kazakh_letter.search(text):
            return None
        base = self.names.kazakh_base(words[-1].group())
        plural = self.names.kazakh_plural.search(base)
        # A noun's stem before the plural ending is a word of its own; a name's few letters are no stem (Айдар, Гүлер), and a
        # surname's plural is its family or "and the others" (Сартбаевалар).
        # So is a surname made of a given name that closes a list in the plural ("әнші Name Жұмахандар", person names).
        if plural is None or plural.start() < _LETTERS_OF_A_PLURAL_NOUNS_STEM or self.names.reads_as_a_name(base) \
                or self.names.reads_as_a_name(base[:plural.start()]) \
                or self.names.kazakh_surname_out_of_a_lists_plural(base) != base:
            return None
        return [EntitySpan(entity.start, words[-2].end(), entity.label, entity.score)]

    def _kazakh_institution_noun_after(self, text: str, end: int) -> bool:
        """Whether a Kazakh institution's noun of a compound name follows right after ``end`` ("... кітапханасында")."""
        word = _LOWER_WORD_AFTER.match(text, end)
        if word is None or word.group(1).startswith(self.kazakh_verbs_like_heads):
            return False
        # The noun of a compound name takes the possessive ("кітапхана-сы-нда", "университет-і-нде", "орталы-ғы"); a bare
        # one in a case is a phrase of its own after the name ("Name университеттің құрметті профессоры").
        return any(word.group(1).startswith(head) and word.group(1)[len(head):].startswith(_KAZAKH_POSSESSIVE_OPENINGS)
                   for head in self.kazakh_heads)

    def _without_a_trailing_namesake_of_an_institution(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Kazakh person's span of a name and one more capitalized word right before an institution's noun ("Name
        Surname Абай кітапханасында", "... Name Surname Әуезов театрына"): the last word is the namesake the institution
        is named after, which opens the institution's name; the person ends before it."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        if entity.label != "PERSON" or len(words) < 3 or not self.kazakh_letter.search(text) \
                or not self._kazakh_institution_noun_after(text, entity.end):
            return None
        # The words before it make a name of their own, no given name and patronymic of a namesake's whole name
        # ("Мұхтар Омарханұлы Әуезов театры" stays the theatre's).
        if any(self.names.patronymic.search(word.group()) for word in words[-2:]):
            return None
        return [EntitySpan(entity.start, words[-2].end(), entity.label, entity.score)]

    def _namesake_alone_opening_an_institution(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Kazakh person's span of one capitalized word right before an institution's noun in the possessive, in
        lower case or capitalized ("Name қорының", "Name Қорының кеңесі"): a compound name of the institution the namesake
        opens (a person who owned it would be in the genitive), no person of the page; the institution's span over both."""
        if entity.label != "PERSON" or not self.kazakh_letter.search(text):
            return None
        written = text[entity.start:entity.end]
        if not _CAPITALIZED_ONE_WORD.fullmatch(written):
            return None
        word = _WORD_AFTER_ON_THE_LINE.match(text, entity.end)
        if word is None:
            return None
        noun = word.group(1).lower()
        if noun.startswith(self.kazakh_verbs_like_heads) or not any(
                noun.startswith(head) and noun[len(head):].startswith(_KAZAKH_POSSESSIVE_OPENINGS) for head in self.kazakh_heads):
            return None
        return [EntitySpan(entity.start, word.end(1), "ORG", entity.score)]

    def _without_a_second_surname_in_a_row(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Kazakh person's span of three words whose last two both end like a surname (-ов, -ева; -ov, -eva in the
        Latin script) and whose first does not ("Name Surname Namesake-ов университетіне", however the noun after
        is spelt): a name holds one surname, so the last word opens what follows (a namesake's institution), and
        the person ends before it. A patronymic (-ович, -ұлы) is no surname's ending."""
        if entity.label != "PERSON":
            return None
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        if len(words) != 3 or not self.kazakh_letter.search(text):
            return None
        first, middle, last = (word.group() for word in words)
        if not all(word[:1].isupper() and word[1:2].islower() for word in (first, middle, last)) \
                or first.lower().endswith(_SURNAME_ENDINGS_IN_BOTH_SCRIPTS) \
                or not middle.lower().endswith(_SURNAME_ENDINGS_IN_BOTH_SCRIPTS) \
                or not last.lower().endswith(_SURNAME_ENDINGS_IN_BOTH_SCRIPTS) \
                or any(self.names.patronymic.search(word) for word in (middle, last)):
            return None
        return [EntitySpan(entity.start, words[1].end(), entity.label, entity.score)]

    def _titled_kazakh_name(self, text: str, start: int, end: int) -> re.Match | None:
        """The title written after a Kazakh name of one capitalized word ("Әйтеке бидің", "Бауыржан батыр"),
        where no noun of a place follows it, nor one of a thing after the title in the nominative ("Төле би
        көшесі" is a street, "Әйтеке бидің ескерткіші" the monument of a person)."""
        if not _CYRILLIC_CAPITALIZED_WORD.fullmatch(text, start, end):
            return None
        title = self.kazakh_title_after_name.match(text, end)
        if title is None or self.place_noun_after.match(text, title.end()) or (
                self.thing_after_name.match(text, title.end()) and title.group().strip() in self.titles_after_name):
            return None
        return title

    def _without_a_leading_russian_word(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A person's span that opens a sentence with a capitalized Russian word of no name's kind, an
        adjective, a verb or a particle that pymorphy reads with no name among its readings
        ("Восьмидесятилетний Маккейн", "Отрешить Соловьева", "Всё-таки Проди"), or a common noun in an
        oblique case before a surname alone ("Принцу Филиппу"): the name is the rest.
        Before a given name and a patronymic the word is the surname written first (Белый Андрей Петрович).
        A word the dictionary does not know is a foreign given name (Ратко Младич) unless pymorphy guesses a
        full adjective of it ("Шестидесятилетняя Руссефф"). Before a name with a Kazakh letter the word is
        Kazakh (Мерей Қалиасқар), whatever Russian word it spells."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        if len(words) < 2 or not _CAPITALIZED_RUSSIAN_WORD.fullmatch(words[0].group()) \
                or not _SENTENCE_START.search(text, 0, entity.start):
            return None
        if self.kazakh_letter.search(text, words[1].start(), entity.end):
            return None  # a name with a Kazakh letter is written in Kazakh, and so is the word before it (Мерей Қалиасқар)
        parses = russian_morphology().parse(words[0].group().lower())
        known = russian_morphology().word_is_known(words[0].group().lower())
        if not known and not any(parse.tag.POS in _FULL_ADJECTIVES for parse in parses):
            return None
        if any(_NAME_GRAMMEMES & parse.tag.grammemes for parse in parses):
            return None
        # A common noun of the dictionary in an oblique case before one word that is no given name ("Принцу
        # Филиппу", "Соседу Бергману"); in the nominative it may be a given name (Честер) and before a given
        # name a surname written first (Заяц Андрей).
        noun_before_a_surname = known and len(words) == 2 and not self.names.is_given_name(words[1].group()) \
            and all(parse.tag.POS in _NO_NAME_PARTS_OF_SPEECH or parse.tag.POS == "NOUN" and "nomn" not in parse.tag
                    for parse in parses)
        if not noun_before_a_surname and any(parse.tag.POS not in _NO_NAME_PARTS_OF_SPEECH for parse in parses):
            return None
        if any(parse.tag.POS in _ADJECTIVES for parse in parses) and self.patronymic_end.search(text, entity.start, entity.end):
            return None
        return [EntitySpan(words[1].start(), entity.end, entity.label, entity.score)]

    def _without_a_word_before_a_full_name(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Russian person's span of three words that opens a sentence with a word of no name before a
        known given name and a surname ("Госсоветник Ерлан Карин", "Акын Жандарбек Бупежанов",
        "Экоактивист Айгерим Мусаева": a calling or a title the taxonomy does not hold) is the name after
        it: a surname written first stands before a given name and a patronymic (Сагадиев Ерлан
        Мухтарович), never before a given name and another surname."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        if len(words) != 3 or self.kazakh_letter.search(text) or not _SENTENCE_START.search(text, 0, entity.start):
            return None
        first, given, surname = (word.group() for word in words)
        if not _CAPITALIZED_RUSSIAN_WORD.fullmatch(first) or self.names.is_given_name(first) \
                or not self.names.is_given_name(given) or not self.names.surname.search(surname) or self.patronymic_end.search(surname):
            return None
        # A word of the dictionary is no surname for its ending alone (Акын); one it does not know may be.
        morphology = russian_morphology()
        if any(_NAME_GRAMMEMES & parse.tag.grammemes for parse in morphology.parse(first.lower())) \
                or not morphology.word_is_known(first.lower()) and self.names.reads_as_a_surname(first):
            return None
        return [EntitySpan(words[1].start(), entity.end, entity.label, entity.score)]

    def _russian_given_names_with_surnames(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """Two capitalized words of a Russian text, a known given name and a surname in the same or any
        case ("Ерлана Сагадиева", "к акиму села Айбару Калиеву", "Бауыржану Байбеку": a surname without a
        Russian ending shows the case ending of the given name), or with a patronymic between them ("Аким
        Уральска Асхат Каиргалиевич Шакиров", which the model may miss whole), are a person where the model found
        nothing there, only the surname, or a place or an organization within the two words: a Kazakh,
        Uzbek or Kyrgyz name the Russian news model has seldom seen. So is a surname in capitals, before
        or after the given name ("Ерлан САГАДИЕВ", "САГАДИЕВ Ерлан Мухтарович": a person the model found
        after it takes it in). Not a given name that is a common word of the dictionary too (Вера,
        Слава), a title (Аким), a place, nor a name after "имени" or a thing's noun ("улица Абая
        Кунанбаева") or before a place's noun; Kazakh texts have their own rule."""
        if self.kazakh_letter.search(text):
            return entities
        for pair in _TWO_CYRILLIC_NAME_WORDS_ANY_CASE.finditer(text):
            start, end = pair.start(1), pair.end(2)
            first, second = pair.group(1), pair.group(2)
            surname_first = first.isupper() and not second.isupper()
            given, surname = (second, first) if surname_first else (first, second)
            if given.isupper() and not surname.isupper():
                continue  # a capitalized given name before a surname in lower case is no name's way of writing
            if not surname_first and self.patronymic_end.search(second) \
                    and (third := _CYRILLIC_NAME_WORD_AFTER.match(text, end)) and not self.patronymic_end.search(third.group()):
                surname, end = third.group().strip(), third.end()
            overlapping = [entity for entity in entities if entity.start < end and start < entity.end]
            # "директор Института геологии Сауле Абдрахманова": an organization that runs on from a lower-case word
            # into the name ends before it.
            runs_into = [entity for entity in overlapping if entity.label in _LABELS_OF_NAMES - {"PERSON", "POSITION"}
                         and entity.start < start and entity.end == end and _ENDS_WITH_A_LOWER_CASE_WORD.search(text, entity.start, start)]
            if any(entity.label != "PERSON" and entity not in runs_into and (entity.start < start or entity.end > end)
                   or entity.label == "PERSON" and entity.start <= start and end <= entity.end for entity in overlapping) \
                    or not self._russian_given_name_and_surname(text, given, surname, start, end):
                continue
            inside = [entity for entity in overlapping if entity not in runs_into]
            person = EntitySpan(min([start] + [entity.start for entity in inside]), max([end] + [entity.end for entity in inside]), "PERSON")
            kept = [replace(entity, end=entity.start + len(text[entity.start:start].rstrip())) for entity in runs_into]
            entities = sorted([entity for entity in entities if entity not in overlapping] + kept + [person],
                              key=lambda entity: (entity.start, entity.end))
        return entities

    def _russian_places_read_as_persons(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span of one word of a Russian text that is a city's or a region's name in a case ("Аким
        Кызылорды встретился", "Аким Актобе", the title split off the model's span): the place (GPE), whose akim
        the title before it is. Not a given name (Нурсултан), nor a word with a surname's ending (Конаев)."""
        # A place's Russian adjective before a common noun ("Шымкентская делегация") names no one: no person (a page
        # with Kazakh words in it too).
        entities = [entity for entity in entities if not (
            entity.label == "PERSON" and _CYRILLIC_NAME.fullmatch(written := text[entity.start:entity.end])
            and self.registry.is_russian_place_adjective(written) and _CYRILLIC_LOWER_WORD_AFTER.match(text, entity.end))]
        if self.kazakh_letter.search(text):
            return entities
        return [replace(entity, label="GPE") if entity.label == "PERSON" and _CYRILLIC_NAME.fullmatch(written := text[entity.start:entity.end])
                and ((self._is_place(written) or self._is_centre(written)) and not self._given_name_named_like_a_place(written)
                     and not self.surname_ending.search(written) or self._place_adjective_before_its_noun(text, entity.start))
                else entity for entity in entities]

    def _place_adjective_before_its_noun(self, text: str, start: int) -> bool:
        """Whether a capitalized adjective opens a list of such joined by commas and "и" before a place's noun ("акимы
        Шетского, Абайского и Осакаровского районов", "Акимами Северного и Южного районов"): the first place's, no
        surname, though its ending is one's."""
        listed = _PLACE_ADJECTIVES_LISTED.match(text, start)
        return listed is not None and any(parse.tag.POS == "NOUN" and parse.normal_form in self.russian_place_kinds
                                          for parse in russian_morphology().parse(listed.group("noun").lower()))

    def _place_after_a_russian_place_noun(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A registered place's name right after a Russian place noun that the model read as a person or a thing
        ("акимом области Жетісу", "области Абай": the new regions, whose Russian names keep the Kazakh word): the place
        (GPE), whose akim the title before it is, though the Kazakh letters keep the other Russian place repairs off.
        A person's span that opens with the name, a given name too, holds the akim's name after it ("Аким области
        Абай Нурлан Сериков"): the place and the person."""
        noun = self.russian_place_noun_before.search(text, max(0, entity.start - 20), entity.start) \
            if entity.label in ("PERSON", "MISC") else None
        if noun is None:
            return None
        # The noun and the name together: "области Абай" is the region, "Абай" alone may be the poet.
        if self.registry.region_of(text[noun.start():entity.end], "ru") is not None:
            return [replace(entity, label="GPE")]
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        if entity.label != "PERSON" or len(words) < 3 or self.registry.region_of(text[noun.start():words[0].end()], "ru") is None:
            return None
        return _place_then_person(entity, words)

    def _russian_place_with_its_namesakes_title(self, text: str, entity: EntitySpan) -> EntitySpan:
        """A Russian settlement's name after its noun that ends with its namesake's Kazakh title in lower case
        ("поселка Айтеке би", "села Кабанбай батыр"), which the model left out of the place's span: the place
        with the title, whose akim a title before it is, and no word of a name after it."""
        if entity.label not in ("LOC", "GPE") or not _CYRILLIC_CAPITALIZED_WORD.fullmatch(text, entity.start, entity.end) \
                or not (self.russian_place_noun_before.search(text, max(0, entity.start - 20), entity.start)
                        or self.settlement_before_name.search(text, max(0, entity.start - 30), entity.start)):
            return entity
        title = self.russian_place_namesakes_title.match(text, entity.end)
        return replace(entity, end=title.end()) if title else entity

    def _without_a_place_before_initials(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Russian person's span of a capitalized word, initials and a surname whose first word is no given name and
        stands after a preposition or names a place ("совета при Таразе А. Серикбаев"): the name is the
        initials and the surname; a name's words come after its initials, or before them as a surname alone."""
        if entity.label != "PERSON":
            return None
        found = _WORD_BEFORE_INITIALS_AND_SURNAME.fullmatch(text, entity.start, entity.end)
        if found is None or self.names.is_given_name(found.group("word")):
            return None
        before = text[max(0, entity.start - 12):entity.start].split()
        if not (before and before[-1] in self.prepositions_before_a_place or self._is_place(found.group("word"))):
            return None
        return [EntitySpan(found.start("name"), entity.end, entity.label, entity.score)]

    def _place_after_an_english_place_noun(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """The word right after an English place noun and "of" that the model read as a person ("in the city of
        Ayagoz", "the akim of the village of Birlik Name Surname"): the place's name (GPE), though many a town is named
        like a person (Аягөз is a given name too); the words after it in a longer span are the person's."""
        if entity.label != "PERSON" or not self.english_place_noun_and_of_before.search(text, max(0, entity.start - 20), entity.start):
            return None
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        if len(words) == 1:
            return [replace(entity, label="GPE")]
        if len(words) < 3:
            return None
        return _place_then_person(entity, words)

    def _places_right_before_russian_names(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A city's or a region's name in a Russian text, one capitalized word right before a person's span with no
        span of its own ("Аким Уральска Асхат Каиргалиевич Шакиров", the model missing both): a place (GPE), whose
        akim the title before it is. Not a given name (Нурсултан), which the name may have left out."""
        if self.kazakh_letter.search(text):
            return entities
        places = []
        for entity in entities:
            word = _CYRILLIC_NAME_WORD_BEFORE.search(text, max(0, entity.start - 30), entity.start) if entity.label == "PERSON" else None
            if word is None or "\n" in word.group() or any(other.start < word.end() and word.start() < other.end for other in entities):
                continue
            written = word.group().rstrip()
            if (self._is_place(written) or self._is_centre(written)) and not self._given_name_named_like_a_place(written):
                places.append(EntitySpan(word.start(), word.start() + len(written), "GPE", entity.score))
        return sorted(entities + places, key=lambda entity: (entity.start, entity.end)) if places else entities

    def _russian_surnames_before_a_verb(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A capitalized word of a Russian text with a Russian surname's ending, right before a verb that
        agrees with it as its subject, maybe after an adverb ("Досаев открыл сквер", "Аким Шымкента
        Сыздыкова открыла школу", "Мадиев также заявил"), is a person where the model found nothing
        there: a short news sentence names an official by the surname alone. A word the dictionary
        knows first as no surname (Остров, Итогов) or as a place (Ростов) is none, nor a given name, a
        title, a place or an institution; nor a surname after a given name, whose case it shares, or
        after "имени" ("Школа имени Мухтара Ауэзова отметила": the school did)."""
        if self.kazakh_letter.search(text):
            return entities
        for word in self.russian_surname_word.finditer(text):
            start, end = word.span()
            before = text[max(0, start - 30):start]
            given_name_before = _CYRILLIC_NAME_WORD_BEFORE.search(before)
            if any(entity.start < end and start < entity.end for entity in entities) or self.named_after_before.search(before) \
                    or self.thing_before_name.search(before) \
                    or given_name_before and self.names.is_given_name(self.names.russian_given(given_name_before.group().strip(), None)) \
                    or not self._subject_of_the_verb_after(text, word) or not self._reads_as_a_surname_alone(word.group()):
                continue
            entities = sorted(entities + [EntitySpan(start, end, "PERSON")], key=lambda entity: (entity.start, entity.end))
        return entities

    def _place_and_russian_surname_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A person's or a place's span in a Russian text of a city's or a region's name and one word with
        a Russian surname's ending, maybe with its initials ("Аким Актобе Шахаров", "Аким Алматы Досаев": whose title,
        and who) is the place (GPE) and the person; a region's centre (Актобе) too, a surname after it; so is a place
        before a known given name and more ("Аким Костаная Асхат Каиргалиевич Шакиров"). A place that is
        also a given name (Нурсултан) is the name's."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label in ("PERSON", "GPE", "LOC") else []
        if len(words) < 2 or self.kazakh_letter.search(text) or self._given_name_named_like_a_place(words[0].group()) \
                or not (self._is_place(words[0].group()) or self._is_centre(words[0].group())
                        or self._town_after_an_akims_title(text, entity.start, words[0].group())):
            return None
        # A surname alone or with its initials after it ("Аким Жезказгана Бекенов Д.С.").
        surname_alone = len(words) == 2 or len(words) == 3 and _LETTER_INITIALS.fullmatch(words[2].group()) is not None
        if surname_alone and not (self.russian_surname_word.fullmatch(words[1].group()) and self._reads_as_a_surname_alone(words[1].group())) \
                or not surname_alone and (entity.label != "PERSON" or not (
                    self.names.is_given_name(words[1].group())
                    # a given name in a case with a surname after it ("суда Семея Ержану Касымову")
                    or len(words) >= 3 and self.names.known_given_in_a_case(words[1].group())
                    and words[2].group()[:1].isupper())):
            return None
        return _place_then_person(entity, words)

    def _institution_word_cut_at_the_end(self, text: str, entity: EntitySpan) -> bool:
        """Whether a person's span is one capitalized Russian word the text stops in, nothing after it, that begins an
        institution's head word or begins with one ("... с секретарем Министерст": an excerpt cut mid-word): no name."""
        word = text[entity.start:entity.end]
        if entity.label != "PERSON" or text[entity.end:].strip() or not _CAPITALIZED_RUSSIAN_WORD.fullmatch(word):
            return False
        word = word.lower()
        return any(head.startswith(word) and len(word) >= 5 or word.startswith(head) and len(head) >= 5
                   for head in self.russian_heads)

    def _town_after_an_akims_title(self, text: str, start: int, word: str) -> bool:
        """Whether a word the registry does not know, right after an akim's title, is the town he heads in the
        genitive ("Аким Экибастуза Ерсултанов"): no surname's form, no known given name in a case (акима Ерлана
        Сагадиева), no word of the dictionary in the nominative."""
        if not self.russian_akim_title_before.search(text, max(0, start - 30), start) or not word.lower().endswith(("а", "я", "ы", "и")) \
                or self.names.reads_as_a_surname(word) or self.names.known_given_in_a_case(word):
            return False
        return not any(parse.tag.case == "nomn" and parse.is_known for parse in russian_morphology().parse(word.lower()))

    def _title_read_as_a_place(self, text: str, entity: EntitySpan) -> bool:
        """Whether a place's span in a Russian text is a title's form and nothing else ("Аким" Алматы
        Досаев as a GPE), or a title and a place's noun that names no place ("Аким области" Name): no place, the
        title before the place and the name."""
        if entity.label not in ("GPE", "LOC"):
            return False
        words = text[entity.start:entity.end].split()
        if len(words) > 1 and words[-1].lower() in self.russian_place_nouns and self._is_title(" ".join(words[:-1])):
            return True
        return not self.kazakh_letter.search(text) and self._is_title(" ".join(words))

    def _kazakh_place_noun_and_lower_case_words(self, text: str, entity: EntitySpan) -> bool:
        """Whether a place's span is a Kazakh place's noun opening a sentence and lower-case words after it ("Аудан
        әкімінің орынбасары болып" as LOC): it names no place, it refers to one ("the district's akim's deputy")."""
        words = text[entity.start:entity.end].split()
        return entity.label in ("GPE", "LOC") and len(words) > 1 and words[0].lower().startswith(self.kazakh_place_nouns) \
            and all(word.islower() for word in words[1:]) and bool(self.kazakh_letter.search(text[entity.start:entity.end]))

    def _kazakh_common_noun_before_its_compound_head(self, text: str, entity: EntitySpan) -> bool:
        """Whether an institution's span is a lower-case Kazakh noun that the noun after it makes one compound with
        ("әкімдіктің мәжіліс залында", in the assembly hall): a common noun, though an institution's name spells it
        (the Мәжіліс is written with a capital)."""
        written = text[entity.start:entity.end]
        return entity.label == "ORG" and written.islower() and bool(self.kazakh_letter.search(written)) \
            and self.kazakh_compound_head_after.match(text, entity.end) is not None

    def _reads_as_a_surname_alone(self, word: str) -> bool:
        if self.names.is_given_name(word) or self._is_title_word(word) or self._is_place(word) or self._registered(word):
            return False
        # pymorphy's guesses for a word it does not know read any surname as a place too (Сыздыкова).
        morphology = russian_morphology()
        parses = morphology.parse(word.lower())
        return not morphology.word_is_known(word.lower()) or "Surn" in parses[0].tag and not any("Geox" in parse.tag for parse in parses)

    def _subject_of_the_verb_after(self, text: str, word: re.Match) -> bool:
        """Whether the word after ``word``, or after an adverb or a particle there, is a verb in the
        singular of the third person or of the surname's gender (Досаев открыл, Сыздыкова назначена)."""
        gender = "femn" if self.names.feminine_surname.search(word.group()) else "masc"
        morphology = russian_morphology()
        for after in _LOWER_CASE_CYRILLIC_WORD.finditer(text, word.end()):
            if text[word.end():after.start()].strip():
                return False
            parses = morphology.parse(after.group())
            if any(parse.tag.POS in ("VERB", "PRTS") and "sing" in parse.tag and (
                    parse.tag.gender == gender if "past" in parse.tag else "3per" in parse.tag) for parse in parses):
                return True
            if not any(parse.tag.POS in ("ADVB", "PRCL") for parse in parses):
                return False
            word = after
        return False

    def _russian_given_name_and_surname(self, text: str, given: str, surname: str, start: int, end: int) -> bool:
        """Whether two capitalized words, written from ``start`` to ``end``, are a known given name, in any
        case, and a surname (see ``_russian_given_names_with_surnames``). A given name that is also a word of
        the dictionary (Динара, of a dinar) is a name before a surname in capitals."""
        in_capitals = surname.isupper()
        given, surname = given.capitalize(), surname.capitalize()
        with_an_ending = self.names.surname.search(surname) or self.names.surname_in_a_case.search(surname) or any(
            given.endswith(ending) and surname.endswith(ending) and self.names.surname.search(surname[:-len(ending)])
            for ending in self.names.masculine_given_case_endings)
        if not with_an_ending or self.names.is_given_name(surname) or not self.names.is_given_name(self.names.russian_given(given, None)) \
                or self._is_title_word(given) or any(self._is_place(word) or self._registered(word) for word in (given, surname)):
            return False
        morphology = russian_morphology()
        if not in_capitals and morphology.word_is_known(given.lower()) and any(not _NAME_GRAMMEMES & parse.tag.grammemes for parse in morphology.parse(given.lower())):
            return False
        before = text[max(0, start - 30):start]
        return not (self.named_after_before.search(before) or self.thing_before_name.search(before)
                    or self.place_noun_after.match(text, end) or self.thing_after_name.match(text, end)
                    or self._settlement_named_after(text, start, end))

    def _without_a_title_opening_after(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Kazakh person's span whose last word opens a title of several words after it ("Ж. Қасымбек
        Мемлекет" басшысының кеңесшісі: the Head of State's adviser): the word is the title's."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        if len(words) < 2 or not self.kazakh_letter.search(text, entity.start, entity.end):
            return None
        following = text[words[-1].start():words[-1].start() + _TITLE_CHARACTERS].lower()
        if not any(following.startswith(form) for form in self.kazakh_multiword_titles):
            return None
        rest = EntitySpan(entity.start, words[-2].end(), entity.label, entity.score)
        return [rest] if self.names.reads_as_a_name(text[rest.start:rest.end]) else None

    def _names_joined_by_a_conjunction(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A person's span that joins names with a conjunction ("David Christison & Julio Iglesias",
        "Ерлан Сыдықов пен Айгүл Омарова") as one PERSON each, where one of them reads as a name and
        each other one does or is two capitalized words or more ("Ernst & Young" stays); a conjunction
        at either end is no part of the name ("David Christison &"). An organization's span of such names,
        or of one before a conjunction, is theirs where each has two or three plain name words ("Karim
        Aliyev & Dana Serikova", "Karim Aliyev &"; "Ernst & Young" stays)."""
        if entity.label == "ORG":
            return self._names_joined_in_an_organization(text, entity)
        if entity.label != "PERSON":
            return None
        start, end = entity.start, entity.end
        if at_end := self.conjunction_at_end.search(text, start, end):
            end = at_end.start()
        if at_start := self.conjunction_at_start.match(text, start, end):
            start = at_start.end()
        bounds, cursor = [], start
        for conjunction in self.conjunction_between.finditer(text, start, end):
            if not self._kazakh_with_word_fits(text, conjunction):
                continue
            bounds.append((cursor, conjunction.start()))
            cursor = conjunction.end()
        bounds.append((cursor, end))
        if len(bounds) == 2 and self.kazakh_with_word_between.fullmatch(text, bounds[0][1], bounds[1][0]) \
                and " " not in text[bounds[0][0]:bounds[0][1]] and " " in text[bounds[1][0]:bounds[1][1]]:
            # A given name alone and a full name, joined by "мен" ("Тимур мен Бибігүл Таймановтар"): a
            # couple's given names before their one surname, one name as the corpora write it.
            bounds = [(start, end)]
        reading = [self.names.reads_as_a_name(text[part_start:part_end]) for part_start, part_end in bounds]
        if len(bounds) > 1 and any(reading) and all(
                reads or len(words := text[part_start:part_end].split()) >= 2 and all(word[:1].isupper() for word in words)
                for reads, (part_start, part_end) in zip(reading, bounds)):
            return [EntitySpan(part_start, part_end, "PERSON", entity.score) for part_start, part_end in bounds]
        if (start, end) == (entity.start, entity.end) or start >= end:
            return None
        return [EntitySpan(start, end, "PERSON", entity.score)]

    def _names_joined_in_an_organization(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        at_end = self.conjunction_at_end.search(text, entity.start, entity.end)
        end = at_end.start() if at_end else entity.end
        bounds, cursor = [], entity.start
        for conjunction in self.conjunction_between.finditer(text, entity.start, end):
            bounds.append((cursor, conjunction.start()))
            cursor = conjunction.end()
        bounds.append((cursor, end))
        names = [text[start:end] for start, end in bounds]
        if len(names) < 2 and not at_end or not all(2 <= len(name.split()) <= _WORDS_OF_A_NAME and self._plain_name_words(name) for name in names) \
                or not any(self.names.reads_as_a_name(name) for name in names):
            return None
        return [EntitySpan(start, end, "PERSON", entity.score) for start, end in bounds]

    def _kazakh_with_word_fits(self, text: str, conjunction: re.Match) -> bool:
        """Whether a Kazakh "мен/бен/пен" agrees with the word before it, as the conjunction does: "бен"
        only after ж or з; after any other letter it is the Arabic "son of" inside one name ("Мұхаммед бен
        Заид Әл Наһаян")."""
        word = conjunction.group().strip()
        return word != "бен" or text[conjunction.start() - 1:conjunction.start()].lower() in self.letters_before_ben

    def _surnames_of_named_persons(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        surnames = {surname for entity in entities if entity.label == "PERSON"
                    and (surname := self._surname_of_full_name(text[entity.start:entity.end])) is not None}
        if not surnames:
            return entities
        # A namesake after "named after" (maybe with initials) is none ("a reading hall named after K. Name").
        result = [EntitySpan(e.start, e.end, "PERSON", e.score) if self._surname_alone(text[e.start:e.end], e.label, surnames)
                  and not self.kazakh_place_noun_of_a_name_after.match(text, e.end)
                  and not self.named_after_before.search(text, max(0, e.start - _NAMED_AFTER_CHARS), e.start) else e for e in entities]
        # In Kazakh the surname takes its case ending: "Бейсембаевтың айтуынша".
        case_ending = self.kazakh_surname_case_ending if self.kazakh_letter.search(text) else ""
        for match in re.finditer(rf"(?<![\w.-])(?:{any_of(surnames)}){case_ending}(?![\w-])", text):
            if not any(e.start < match.end() and match.start() < e.end for e in result) \
                    and not self.kazakh_place_noun_of_a_name_after.match(text, match.end()) \
                    and not self.named_after_before.search(text, max(0, match.start() - _NAMED_AFTER_CHARS), match.start()):
                result.append(EntitySpan(match.start(), match.end(), "PERSON"))
        return sorted(result, key=lambda entity: (entity.start, entity.end))

    def _surname_beside_given_name_and_patronymic(self, text: str, entity: EntitySpan, before: bool) -> re.Match | None:
        """The word with a surname's ending right before a person's span of a given name and a patronymic
        (written first as in lists of staff: "Сапарова Жанар Қайратқызы", also with the name's case ending
        on the patronymic: "Асанов Ерлан Серікұлына"; in Latin letters, capitalized or in capitals as award
        lists write it: "ZHUNUSOVA Bakhyt Ermekovna") or right after it ("Нұрлан Серікұлы Жұмабаев"): the
        name's surname, whatever the model labelled it."""
        patronymic_end = self.patronymic_in_a_case_end if before else self.patronymic_end
        if not patronymic_end.search(text, entity.start, entity.end) or self._name_word_count(text[entity.start:entity.end]) != 2:
            return None
        if before and (latin := _LATIN_NAME_WORD_OR_CAPITALS_BEFORE.search(text, max(0, entity.start - 40), entity.start)):
            return latin if self.names.looks_like_latin_surname(latin.group().strip().capitalize()) else None
        word = _CYRILLIC_NAME_WORD_BEFORE.search(text, max(0, entity.start - 40), entity.start) if before \
            else _CYRILLIC_SHORT_NAME_WORD_AFTER.match(text, entity.end)  # "Ирина Степановна Ли"
        # A case ending goes on a Kazakh name's last word only: a word before the name with one
        # ("Жиынға Ерлан Серікұлы", to the meeting) is none of its words.
        surname = self.cyrillic_surname if before else self.cyrillic_surname_after_a_patronymic
        if word and before and _a_lifeless_neuter_noun(word.group().strip()):
            return None  # "Слова Name Patronymic-а" (his words): no surname, though it ends as one
        if word and not surname.fullmatch(word.group().strip()) and before and self.russian_patronymic_end.search(text, entity.start, entity.end):
            # Before a Russian given name and patronymic, a surname without a surname's ending that the dictionary reads as
            # one or does not know ("Крук Олег Павлович", "Пак Ирина Сергеевна"; not "Директор Олег Павлович").
            return word if self._surname_by_the_dictionary(word.group().strip()) else None
        return word if word and surname.fullmatch(word.group().strip()) else None

    def _surname_by_the_dictionary(self, word: str) -> bool:
        if word in self.names.surnames_without_an_ending:
            return True
        if self.names.is_given_name(word) or word.lower() in self.title_forms:
            return False
        parses = russian_morphology().parse(word.lower())
        return any("Surn" in parse.tag for parse in parses) and not any(
            parse.tag.POS in _FUNCTION_WORD_CLASSES or "Name" in parse.tag or "Geox" in parse.tag for parse in parses)

    def _kazakh_forebears_name_after_given_name_and_patronymic(self, text: str, entity: EntitySpan) -> re.Match | None:
        """The capitalized word right after a person's span of a given name and a Kazakh patronymic, in the
        nominative, that is no title, institution or place, followed by a lower-case word that is no genitive and
        no institution's or place's word ("Арман Бекболатұлы Сейітқали студенттермен кездесті", not "Ерлан Серікұлы
        Ғылым комитеті төрағасы болды"): the surname many Kazakhs take from a forebear's given name, which has no
        surname's ending. So is one before "және" in a list ("Әйгерім Сейітқызы Ыбырайым және ..."), and one before the
        comma or the full stop that closes a list's item or a sentence ("Абзал Серікұлы Жолдыбай, сондай-ақ ..."); one
        before a place's adjective or noun is the place's name ("Әлинұр Дәуренұлы Абай облыстық олимпиадасында")."""
        written = text[entity.start:entity.end]
        if self._name_word_count(written) != 2 or not self.kazakh_patronymic_end.search(written):
            return None
        word = _CYRILLIC_NAME_WORD_AFTER.match(text, entity.end)
        if word is None or not self._plain_name_words(word.group().strip()):
            return None
        if _COMMA_OR_FULL_STOP_AFTER.match(text, word.end()):
            # A surname may read as a word in a case (Құспан as "Құс" with -пан): only a place's or an institution's
            # case form is no surname here ("Ерлан Серікұлы Астанада, ...").
            return word if all(self._plain_name_words(stem) for stem in self.names.kazakh_case_stems(word.group().strip())) else None
        following = _LOWER_CASE_WORD_AFTER.match(text, word.end())
        if following is None or self.names.in_a_kazakh_case(word.group().strip()) or self.kazakh_place_word_after.match(text, word.end()) \
                or following.group(1) not in self.kazakh_and_words and not self._plain_name_words(following.group(1).capitalize()) \
                or self.kazakh_genitive.search(following.group(1)):
            return None
        return word

    def _korean_surname_after_a_given_name(self, text: str, entity: EntitySpan) -> re.Match | None:
        """A Korean family's surname, which has no surname's ending, right after a person's span of one known given
        name ("Ольга Пак", "Виктор Ким"): the name's surname, which the model leaves out."""
        written = text[entity.start:entity.end]
        return self.korean_surname_after.match(text, entity.end) \
            if " " not in written.strip() and self.names.is_given_name(written.strip()) else None

    def _given_name_before_one_word(self, text: str, entity: EntitySpan) -> re.Match | None:
        """The capitalized Cyrillic word right before a person's span of one word, a known given name
        ("Эммануэль" Макрон) or any before a patronymic ("Кенесары" Қасымұлы), in no Kazakh case and no
        word of a title, an institution or a place: the given name the model left out."""
        written = text[entity.start:entity.end]
        if " " in written.strip():
            return None
        word = _CYRILLIC_NAME_WORD_BEFORE.search(text, max(0, entity.start - 40), entity.start)
        given = word.group().strip() if word else ""
        if not given or not (self.patronymic_end.search(written) or self.names.is_given_name(given)) \
                or self.names.in_a_kazakh_case(given) or not self._plain_name_words(given):
            return None
        return word

    def _latin_given_name_before_a_patronymic(self, text: str, entity: EntitySpan) -> re.Match | None:
        """The capitalized Latin word right before a person's span that opens with a patronymic ("Sherzod" Abbozovich
        Pulatov, "Daniyar" Erikuly Kemerbayev), no word of a title, an institution or a place: the given name, known or
        not, that the model left out."""
        words = text[entity.start:entity.end].split()
        if len(words) < 2 or not self.patronymic_end.search(words[0]):
            return None
        word = _LATIN_NAME_WORD_BEFORE.search(text, max(0, entity.start - 40), entity.start)
        return word if word is not None and self._plain_name_words(word.group().strip()) else None

    def _surname_alone(self, written: str, label: str, surnames: set[str]) -> bool:
        """A surname of a person named in full that the model labelled a thing, and that is no place
        or institution. A Cyrillic one with a surname's ending (Рысбекова; Ахметовқа, with the case
        ending Kazakh adds) is the person under any label; a Latin one read as an organization is the
        person too ("Bullock calls"), but one read as a place stays so (places are named after people:
        Konayev; taking those for the person lowered the held persons' precision)."""
        if label == "PERSON" or self._is_place(written) or self._registered(written):
            return False
        if written in surnames and (label == "MISC" or label == "ORG" and _LATIN_WORD.fullmatch(written)):
            return True
        return any(written.startswith(surname) and self.cyrillic_surname_in_a_case.fullmatch(surname)
                   and re.fullmatch(self.kazakh_surname_case_ending, written[len(surname):]) for surname in surnames)

    def _surname_of_full_name(self, name: str) -> str | None:
        """The surname of a name of two or three words: the last, or the first before a given name
        and a patronymic ("Толеген Мухтар Адилбекович"); None for initials or one word. A middle initial
        and a nickname in quotes are no words of the name here ("George F. Hauser", 'William "Bill" Cowley')."""
        words = _NICKNAME_IN_QUOTES.sub(" ", name).split()
        words = words[:1] + [word for word in words[1:-1] if not _MIDDLE_INITIAL.fullmatch(word)] + words[1:][-1:]
        if not 2 <= len(words) <= 3 or any(not (_NAME_PART.fullmatch(word) or _ACCENTED_NAME_PART.fullmatch(word)) for word in words):
            return None
        return words[0] if len(words) == 3 and self.patronymic_end.search(words[-1]) else words[-1]

    def _organizations_completed_before_persons(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """An English organization the model ends on a word no name ends with ("the Department of Higher")
        takes the capitalized words between it and the person after it ("Education"), unless one is a
        title or a known given name ("Department of Higher Education Rector Name")."""
        result = []
        for entity in entities:
            if entity.label == "ORG" and text[entity.start:entity.end].rsplit(None, 1)[-1].lower() in self.name_continuing_words:
                person = next((other for other in entities if other.label == "PERSON" and other.start > entity.end
                               and _CAPITALIZED_WORDS.fullmatch(text, entity.end, other.start)), None)
                words = text[entity.end:person.start].split() if person else []
                if words and not any(word.lower() in self.title_forms or self.names.is_given_name(word) for word in words):
                    entity = EntitySpan(entity.start, entity.end + len(text[entity.end:person.start].rstrip()), "ORG", entity.score)
            result.append(entity)
        return result

    def _persons_continuing_organizations(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A Latin "person" right after an organization, one space between, none of whose words reads as a name (no
        known given name, no surname's ending, no initial), before an acronym in brackets spelled by the capitals of the
        two together, goes on with the organization's name ("the United Nations" "Academic Impact" "(UNAI)"): the
        organization takes it, no person. (A name the model leaves unknown may follow an organization: "University
        Name Surname" is two.)"""
        result: list[EntitySpan] = []
        for entity in sorted(entities, key=lambda entity: (entity.start, entity.end)):
            previous = result[-1] if result else None
            written = text[entity.start:entity.end]
            if entity.label == "PERSON" and previous is not None and previous.label == "ORG" \
                    and text[previous.end:entity.start] == " " and _LATIN_NAME_WORDS.fullmatch(written) \
                    and not self.names.reads_as_a_name(written) \
                    and (acronym := _ACRONYM_IN_BRACKETS_AFTER.match(text, entity.end)) is not None \
                    and acronym.group(1) == "".join(_CAPITALS_OPENING_WORDS.findall(text, previous.start, entity.end)):
                result[-1] = EntitySpan(previous.start, entity.end, "ORG", previous.score)
                continue
            result.append(entity)
        return result

    def _joined_organizations(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        entities = sorted(entities, key=lambda entity: (entity.start, entity.end))
        joined: list[EntitySpan] = []
        for entity in entities:
            previous = joined[-1] if joined else None
            if previous is not None and previous.label == entity.label == "ORG" and (_ORG_JOINER.fullmatch(
                    text[previous.end:entity.start]) and self.and_at_end.search(text[previous.start:entity.start])
                    or self._second_word_of_a_field(text, previous, entity) or self._field_after_for(text, previous, entity)) \
                    or previous is not None and previous.label in PLACE_LABELS and self._places_opening_a_units_name(text, previous, entity):
                joined[-1] = EntitySpan(previous.start, entity.end, "ORG", previous.score)
                continue
            joined.append(entity)
        result, absorbed = [], set()
        for entity in joined:
            # A registered institution is named in full; the quoted name after it is another thing's
            # ("ҚазҰПУ-да «Жас ғалым» конференциясы").
            quoted = _QUOTED_NAME.match(text, entity.end) if entity.label in ("ORG", "FACILITY") \
                and not self._registered(text[entity.start:entity.end]) else None
            # The quoted name may hold spans of its own ("ГУ «Отдел образования города Кокшетау»": an ORG
            # and a LOC inside the quotes): they are the name's words, unless one is a person.
            inside = {other for other in joined if quoted and entity.end <= other.start and other.end <= quoted.end()}
            if quoted and not any(other.start < quoted.end() and other.end > entity.end and other not in inside for other in joined) \
                    and not any(other.label == "PERSON" for other in inside):
                absorbed |= inside
                entity = EntitySpan(entity.start, quoted.end(), entity.label, entity.score)
            # "School-Lyceum No" and "134" as two spans, or "средней школы" and its "№2" outside any: the number
            # is the institution's.
            number = _NUMBER_AFTER_ITS_SIGN.match(text, entity.end) if entity.label in ("ORG", "FACILITY") \
                and _NUMBER_SIGN_AT_END.search(text, entity.start, entity.end) else None
            if number is None and entity.label in ("ORG", "FACILITY") and self.numbered_noun_at_end.search(text, entity.start, entity.end):
                number = _SIGN_AND_NUMBER.match(text, entity.end)
            if number:
                absorbed |= {other for other in joined if entity.end <= other.start and other.end <= number.end()}
                entity = EntitySpan(entity.start, number.end(), entity.label, entity.score)
            # An institution's head word alone before "of" or "for" and the capitalized name the model left out ("Rector of
            # the University | of Bologna", "the Fund | for Rural Schools"): the name is the institution's, up to a span of no place.
            name_after = _NAME_AFTER_OF.match(text, entity.end) if entity.label == "ORG" \
                and _ONE_CAPITALIZED_WORD.fullmatch(text, entity.start, entity.end) \
                and self.taxonomy.is_institution_word(text[entity.start:entity.end].split()[-1]) else None
            if name_after:
                name_after = _NAME_AFTER_OF.match(text, entity.end, min(
                    [other.start for other in joined if entity.end < other.start < name_after.end() and other.label not in PLACE_LABELS]
                    + [name_after.end()]))
            if name_after and not any(other.start < name_after.end() < other.end for other in joined):
                absorbed |= {other for other in joined if entity.end <= other.start and other.end <= name_after.end()}
                entity = EntitySpan(entity.start, name_after.end(), entity.label, entity.score)
            # A field the span names is a programme's name with its noun, a unit of the university that teaches it.
            programme = self.study_programme_after.match(text, entity.end) if entity.label == "ORG" else None
            if programme:
                entity = EntitySpan(entity.start, programme.end(), entity.label, entity.score)
            result.append(entity)
        return [entity for entity in result if entity not in absorbed]

    def _places_opening_a_units_name(self, text: str, place: EntitySpan, entity: EntitySpan) -> bool:
        """Whether a place and "and" open the name of an English unit, whose places are its field ("Africa" and "Middle
        East Division of the Department of ...", "Latin America and Caribbean Section"): an organization of capitalized
        words, no article, ending in a unit's noun, right after "and"."""
        words = text[entity.start:entity.end].split()
        return entity.label == "ORG" and _AND_ONLY.fullmatch(text, place.end, entity.start) is not None \
            and 2 <= len(words) <= _UNIT_NAME_WORDS and words[0].lower() != "the" and all(word[:1].isupper() for word in words) \
            and words[-1].lower() in self.taxonomy.unit_words.get("en", frozenset())

    def _second_word_of_a_field(self, text: str, previous: EntitySpan, entity: EntitySpan) -> bool:
        """Whether an English organization's span after "and" is the rest of the field the span before it
        opened with "of" ("the Research Institute of Experimental" and "Theoretical Physics"): capitalized
        words with no institution's word, right after the capitalized word that ends the span before."""
        written = text[entity.start:entity.end]
        return self.and_between_spans.fullmatch(text, previous.end, entity.start) is not None \
            and _ENGLISH_FIELD_OPENED.search(text, previous.start, previous.end) is not None \
            and all(word[:1].isupper() and word.lower() not in self.english_institution_words for word in written.split())

    def _field_after_for(self, text: str, previous: EntitySpan, entity: EntitySpan) -> bool:
        """Whether an English organization's span after "for" or "on" is the field that ends the name of the
        institution whose noun ends the span before it ("the Research Center" for "Physico-Chemical Methods", "the
        Senate Committee" on "Science and Education"): capitalized words, maybe joined by "and", with no
        institution's word."""
        written = text[entity.start:entity.end]
        return _FOR_BETWEEN_SPANS.fullmatch(text, previous.end, entity.start) is not None \
            and text[previous.start:previous.end].split()[-1].lower() in self.english_institution_words \
            and all((word[:1].isupper() or word == "and") and word.lower() not in self.english_institution_words
                    for word in written.split())

    def _with_initials_names(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """Adds the initials names, and the full names written surname first, the model missed; a PERSON or
        other span inside one is replaced by it, and a span that crosses its edge leaves it out."""
        for start, end in self._initials_names(text) + self._surname_first_full_names(text):
            if self.before_institution.match(text, end):
                continue
            if any(e.label == "PERSON" and e.start <= start and end <= e.end for e in entities):
                continue
            inside = [e for e in entities if start <= e.start and e.end <= end]
            trimmed = {e: _without(text, e, start, end) for e in entities
                       if e not in inside and e.label != "PERSON" and e.start <= start and end <= e.end}
            # A span that took the surname into the apposition after its dash or comma ("Тулеуова – облыстық ...
            # басқармасының") keeps the apposition; without one, the name is the thing's ("Б. Мусиннің колледжі").
            trimmed |= {e: _without(text, e, e.start, end) for e in entities
                        if e.label != "PERSON" and start < e.start < end < e.end and _APPOSITION_MARK.match(text, end)}
            glued = {e: self._glued_head(text, e, start) for e in entities if e.start < start < e.end <= end}
            if any(e.start < end and start < e.end and e not in inside and e not in glued and trimmed.get(e) is None
                   for e in entities):
                continue
            kept = [glued[e] if e in glued else trimmed.get(e, e) for e in entities if e not in inside]
            entities = [e for e in kept if e is not None] + [EntitySpan(start, end, "PERSON")]
        return sorted(entities, key=lambda entity: (entity.start, entity.end))

    def _surname_first_full_names(self, text: str) -> list[tuple[int, int]]:
        """The bounds of the names of a known given name and a patronymic after a surname, by its ending or
        the dictionary's own reading ("Петренко Олег Анатольевич", "Ли Елена Викторовна"), which a model may miss
        in a list; not where a capitalized word follows, the surname of a name written given name first
        ("Жиынға Ерлан Серікұлы Жақыпов"). In Latin letters, a list's item ("; Satan Zere Rymkankyzy"), whose surname
        is no title's word, or anywhere one whose first word has a surname's ending ("the Kazakh SSR Omarov Serik Bolatovich")."""
        morphology = russian_morphology()
        return [match.span() for match in _SURNAME_GIVEN_NAME_PATRONYMIC.finditer(text)
                if self.patronymic_end.search(match.group(3)) and self.names.is_given_name(match.group(2))
                and (self.russian_nominative_surname_end.search(match.group(1)) or morphology.word_is_known(match.group(1).lower())
                     and any("Surn" in parse.tag for parse in morphology.parse(match.group(1))))] \
            + [(match.start(1), match.end()) for match in _LATIN_SURNAME_GIVEN_NAME_PATRONYMIC.finditer(text)
               if self.patronymic_end.search(match.group(3)) and self.names.is_given_name(match.group(2))
               and not self.names.is_given_name(match.group(1)) and match.group(1).lower() not in self.title_forms] \
            + [match.span() for match in _LATIN_SURNAME_FIRST_FULL_NAME.finditer(text)
               if self.patronymic_end.search(match.group(3)) and self.names.is_given_name(match.group(2))
               and self.surname_ending.search(match.group(1)) and not self.patronymic_end.search(match.group(1))
               and not self.names.is_given_name(match.group(1))]

    def _name_word(self, word: str) -> bool:
        """Whether a capitalized word may be a name's: a given name, or one the Russian dictionary does not know or
        reads as a name, a surname, a patronymic or a place first; not an English function word ("In the hall")."""
        if word.lower() in self.english_function_words and not self.names.is_given_name(word):
            return False
        parse = russian_morphology().parse(word.lower())[0]
        return self.names.is_given_name(word) or not parse.is_known or bool({"Name", "Surn", "Patr", "Geox"} & parse.tag.grammemes)

    def _initials_names(self, text: str) -> list[tuple[int, int]]:
        """The bounds of the initials names of a text whose surname has a surname's ending or is two
        capitalized names joined by a hyphen or has a Ukrainian surname's ending beside initials of one letter
        ("Д. Ахмед-Заки", "А.Б. Нұр-Ахмет", "Т.Шевчук"),
        and of those listed next to one ("Ф. Н. Келлер, К.О. Болатов және А.Т. Есимкаирова": Келлер has none)."""
        surname_first = [match for match in _SURNAME_GIVEN_NAME_INITIAL.finditer(text)
                         if self.surname_ending.search(match.group(1)) and self.names.is_given_name(match.group(2))]
        # A word the dictionary knows as no name's after the initials opens the next sentence.
        before_a_sentence = [match for match in _SURNAME_INITIALS_BEFORE_A_WORD.finditer(text)
                             if not self._name_word(match.group("next"))]
        bounds = [(match.start(), match.start() + len(match.group().rstrip()))
                  for match in [*_INITIALS_NAME.finditer(text), *surname_first, *before_a_sentence]]
        with_ending = [(start, end) for start, end in bounds
                       if self.surname_ending.search(surname := max(re.split(r"[\s.]+", text[start:end]), key=len))
                       or (_HYPHENATED_NAME.fullmatch(surname) or self.surname_ending_after_initials.search(surname))
                       and _LETTER_INITIALS.fullmatch(text[start:end].replace(surname, "", 1).strip())]
        # A bracketed aside after a listed name ("Seitkali A.B. (Almaty), Nurlanova G.K. (Astana)") is no break of the list.
        listed = [(start, end) for start, end in bounds if (start, end) not in with_ending and any(
            self.list_separator.fullmatch(_BRACKETED_ASIDE.sub("", text[end:other_start]))
            or self.list_separator.fullmatch(_BRACKETED_ASIDE.sub("", text[other_end:start]))
            for other_start, other_end in with_ending)]
        # Right after a title's word, initials and a surname of no Kazakh or Russian ending are its holder's name too
        # ("кафедра меңгерушісі И. Дхомане", "аға оқытушы Р. Кикнадзе"): a foreign colleague's.
        after_a_title = [(start, end) for start, end in bounds if (start, end) not in with_ending and (start, end) not in listed
                         and (before := _LAST_WORD_BEFORE.search(text, max(0, start - _TITLE_WORD_CHARS), start)) is not None
                         and before.group(1).lower() in self.title_forms]
        return with_ending + listed + after_a_title

    def _place_with_its_lower_case_kind(self, text: str, entity: EntitySpan, entities: list[EntitySpan]) -> EntitySpan:
        """A Latin place's or organization's span before the lower-case words of an institution's kind, opened by
        a word of a place's kind ("the Karaganda regional maslikhat", "the Kostanay regional education department"),
        takes them in where the whole is an institution the registry holds, or where they end with an institution's
        head word ("the Saryagash district maslikhat", "the Karaganda regional centre"): the model reads only the
        capitalized place."""
        # A place's one word is often read as a person's ("Saryagash").
        if entity.label not in ("ORG", "GPE", "LOC", "MISC") and not (entity.label == "PERSON" and " " not in text[entity.start:entity.end]) \
                or not _LATIN_LETTERS_ONLY.fullmatch(text[entity.start:entity.end]):
            return entity
        after = _LOWER_CASE_LATIN_WORDS_AFTER.match(text, entity.end)
        if not after.group(1).split() or after.group(1).split()[0] not in self.place_kind_openers:
            return entity
        ends = [word.end() for word in re.finditer(r"[a-z]+", text[entity.end:after.end()])][:_MAX_LOWER_CASE_KIND_WORDS]
        for end in (entity.end + offset for offset in reversed(ends)):
            if not any(other.start < end and entity.end < other.end for other in entities if other is not entity) \
                    and (self._registered(text[entity.start:end]) or self.taxonomy.is_institution_word(text[entity.start:end].split()[-1])):
                return EntitySpan(entity.start, end, "ORG", entity.score)
        return entity

    def _russian_adjectives_with_their_institution_noun(self, text: str, entity: EntitySpan,
                                                        entities: list[EntitySpan]) -> EntitySpan:
        """A Russian span of a place's adjectives that the model ended before the institution's lower-case noun
        they qualify ("[Сарыагашского районного] маслихата", "[Бурабайского районного] отдела") takes the noun in:
        the whole names the institution."""
        noun = _RUSSIAN_NOUN_AFTER_AN_ADJECTIVE.match(text, entity.end)
        if entity.label not in ("ORG", "GPE", "LOC") or noun is None \
                or not _RUSSIAN_ADJECTIVE_END.search(text, entity.start, entity.end) \
                or not noun.group(1).startswith(self.russian_heads) \
                or any(other.start < noun.end() and entity.end < other.end for other in entities if other is not entity):
            return entity
        return EntitySpan(entity.start, noun.end(), "ORG", entity.score)

    def _without_a_field_word_before_a_latin_name(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Latin person's span that opens with the last word of a title's field joined by "and" or "of"
        ("Minister of Education and" "Science Aslan Sarinzhipov"), or opened by "for" ("Vice-Rector for International"
        "Affairs Name"), is the name after that word, where the word is no given name nor a surname written first
        ("and Akhmetova Aigul S.")."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label == "PERSON" else []
        if len(words) < 3 or not _LATIN_LETTERS_ONLY.fullmatch(text[entity.start:entity.end]) \
                or self.names.is_given_name(words[0].group()) or self.names.looks_like_latin_surname(words[0].group()):
            return None
        # After a field that "for" opened, the words are the field's up to the name, whatever name follows (a foreign
        # given name the list lacks: "for International Affairs Katharina Lenz"); after "and" or "of" a known given name
        # or a surname written first must tell where the name opens ("Head of the chair of Physics Akhmetova Aigul").
        opening = words[1].group()
        if not _FIELD_OPENED_BEFORE.search(text, max(0, entity.start - 40), entity.start) and not (
                _FIELD_JOINER_BEFORE.search(text, max(0, entity.start - 5), entity.start)
                and (self.names.is_given_name(opening) or self.names.looks_like_latin_surname(opening))):
            return None
        return [EntitySpan(words[1].start(), entity.end, entity.label, entity.score)]

    def _registered_names_ending_in_organizations(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A Latin organization's span whose capitalized words before it complete a registered institution's
        name ("JSC Kazakhstan Temir Zholy": the model reads "Kazakhstan" as a place and "Temir Zholy" alone) is
        that institution, the longest such name, with the abbreviation of its kind before it; the spans of the words
        it takes in are part of it."""
        result = list(entities)
        for entity in entities:
            if entity.label != "ORG" or entity not in result or not _LATIN_LETTERS_ONLY.fullmatch(text[entity.start:entity.end]):
                continue
            before = _CAPITALIZED_LATIN_WORDS_BEFORE.search(text, max(0, entity.start - 80), entity.start)
            starts = [word.start() for word in re.finditer(r"[A-Z][\w'-]*", before.group())
                      if word.group() not in _ENGLISH_WORDS_BEFORE_A_NAME] if before else []
            start = next((before.start() + offset for offset in starts
                          if self._registered(text[before.start() + offset:entity.end])), None)
            if start is None or any(other.start < start < other.end for other in result):
                continue
            # Another span's words join only a name that is registered already ("Kazakhstan" before "Temir Zholy"),
            # not one they make registered ("Nazarbayev" as a place before "University"), unless the name is a long one
            # the model cut at its places and its "and" ("Zhangir Khan West Kazakhstan Agrarian and" "Technical
            # University"): so many words are no chance meeting of a place and an institution's noun.
            covered = any(start <= other.start and other.end <= entity.start for other in result)
            if covered and self.registry.lookup(text[entity.start:entity.end], "en") != self.registry.lookup(text[start:entity.end], "en") \
                    and len(text[start:entity.end].split()) < _LONG_REGISTERED_NAME_WORDS:
                continue
            if kind := self.organization_kind_before.search(text, max(0, start - 10), start):
                start = kind.start()  # "JSC": the name as it is registered with its kind
            result = [other for other in result if not (start <= other.start and other.end <= entity.start)]
            result[result.index(entity)] = EntitySpan(start, entity.end, "ORG", entity.score)
        return result

    def _a_news_outlet_or_none(self, word: str) -> bool:
        """Whether a dateline's word in capitals names no registered institution, or a news outlet (KAZINFORM)."""
        found = next((found for lang in LANGS if (found := self.registry.lookup(word, lang)) is not None), None)
        return found is None or found.type in _NEWS_OUTLET_TYPES

    def _registered_in_any_language(self, text: str) -> bool:
        """(``_registered``)"""
        return any(self.registry.lookup(text, lang) is not None for lang in LANGS)

    def _glued_head(self, text: str, entity: EntitySpan, name_start: int) -> EntitySpan | None:
        """What is left of a span that ran into an initials name from before it; a "person" head is an
        institution the registry knows ("Abai KazNPU S.Zh"), or nothing."""
        head = text[entity.start:name_start].rstrip(" ,;-–—")
        if not head.strip():
            return None
        if entity.label == "PERSON":
            if not self._registered(head):
                return None
            return EntitySpan(entity.start, entity.start + len(head), "ORG", entity.score)
        return EntitySpan(entity.start, entity.start + len(head), entity.label, entity.score)

    def _namesakes_opening_english_institutions(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A Latin initial and surname right before an organization that ends in an institution's noun ("M. Auezov South
        Kazakhstan Research University", "S. Seifullin Kazakh Agro Technical University") is the namesake opening its
        name, as English writes "named after": one organization, no person. A name right after a title ("rector A. Name")
        is the official's."""
        result = list(entities)
        for person, organization in zip(entities, entities[1:]):
            if person.label == "PERSON" and organization.label == "ORG" and text[person.end:organization.start] == " " \
                    and _LATIN_INITIALS_AND_SURNAME.fullmatch(text, person.start, person.end) \
                    and self.taxonomy.is_english_body_noun(text[organization.start:organization.end].split()[-1]) \
                    and not any(word.lower().strip(",") in self.title_forms
                                for word in text[max(0, person.start - _TITLE_CHARACTERS):person.start].split()[-1:]):
                result.remove(person)
                result[result.index(organization)] = EntitySpan(person.start, organization.end, "ORG", organization.score)
        return result

    def _named_after_people_joined(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        result = list(entities)
        for person in [e for e in entities if e.label == "PERSON"]:
            after = self.before_institution.match(text, person.end)
            before = self.named_after_before.search(text, 0, person.start)
            if not after and (parts := self._namesake_and_official(text, person, before)) is not None:
                # "школе-интернате имени Ыбырая" "Алтынсарина Бейсенов", "школе-лицее имени" "Абая Кунанбаева Есенов": the
                # model ran the namesake's name into the official after it; the name ends the institution's, which an
                # organization's span right before "имени" or the institution's lower-case noun opens.
                named_after_start, namesake_end, official = parts
                result[result.index(person)] = official
                preceding = next((other for other in result if other.end <= named_after_start
                                  and not text[other.end:named_after_start].strip()), None)
                kind_start = self._kind_words_before(text, named_after_start) if preceding is None else None
                if preceding is not None:
                    result[result.index(preceding)] = EntitySpan(preceding.start, namesake_end, "ORG", preceding.score)
                elif kind_start is not None and not any(other.start < namesake_end and kind_start < other.end for other in result):
                    result.append(EntitySpan(kind_start, namesake_end, "ORG", person.score))
                continue
            if not after and (not before or self.passive_named_after.search(text, 0, person.start)):
                continue
            result.remove(person)
            if after and (official := self._official_before_a_namesake(text, person, after)) is not None:
                # "Гүлмира Қанай Абылай | хан атындағы университетінде": the model ran the official's name into the
                # namesake after it; the namesake opens the institution's name, the official stays a person.
                result.append(official)
                person = EntitySpan(_NAME_WORD.search(text, official.end, person.end).start(), person.end, "ORG", person.score)
            if before and (official := _initials_name_at_end(text, person)) is not None:
                # The model ran the name after "имени" into the official after it ("КазНУ им.
                # аль-Фараби К. Туймебаева"): the name ends the institution's, the official stays a person.
                result.append(official)
                person = EntitySpan(person.start, person.start + len(text[person.start:official.start].rstrip()),
                                    "ORG", person.score)
            if after:
                following = next((e for e in result if e.start >= after.end() and not text[after.end():e.start].strip()), None)
                if following is not None:
                    joined = EntitySpan(person.start, following.end, "ORG", following.score)
                    # A Kazakh title with its institution's genitive after the name ("Қ.И. Сәтбаев атындағы ...
                    # университетінің ғылыми жұмыс жөніндегі проректоры") is the institution and the title.
                    parts = self._title_parts(text, joined) if following.label == "POSITION" else None
                    parts = [part for entity in parts or [joined]
                             for part in (self._without_kazakh_title_fields(text, entity) or [entity])]
                    index = result.index(following)
                    result[index:index + 1] = parts
            else:
                # The model may have taken "имени" into the institution ("университета имени").
                preceding = next((e for e in result if e.end <= person.start and (
                    not text[e.end:person.start].strip() or e.end <= before.start() and not text[e.end:before.start()].strip())),
                    None)
                if preceding is not None:
                    result[result.index(preceding)] = EntitySpan(preceding.start, person.end, "ORG", preceding.score)
        return sorted(result, key=lambda entity: (entity.start, entity.end))


    def _official_before_a_namesake(self, text: str, person: EntitySpan, after: re.Match) -> EntitySpan | None:
        """The official's name that opens a span whose last word is the namesake before "атындағы": the namesake one
        word, a given name or before a title ("Абылай хан атындағы"), the official's two words or more before it."""
        words = list(_NAME_WORD.finditer(text, person.start, person.end))
        if len(words) < 3 or not (after.group("epithet") or self.names.is_given_name(words[-1].group())) \
                or not self.names.reads_as_a_name(text[person.start:words[-2].end()]):
            return None
        return EntitySpan(person.start, words[-2].end(), "PERSON", person.score)

    def _namesake_and_official(self, text: str, person: EntitySpan, before: re.Match | None) -> tuple[int, int, EntitySpan] | None:
        """Where the model ran a namesake's Russian name into the official after it, the namesake being a man's given name
        in a case and a surname in the genitive after "имени", the span opening with both ("имени" "Абая Кунанбаева
        Есенов") or with the surname after the given name ("имени Ыбырая" "Алтынсарина Бейсенов"): where "имени" starts,
        where the namesake's name ends, and the official's span."""
        words = list(re.finditer(r"\S+", text[person.start:person.end]))
        given = None if before is not None else self.namesakes_given_name_before.search(text, max(0, person.start - 60), person.start)
        if before is not None and not self.passive_named_after.search(text, 0, person.start):
            named_after_start, surname_at = before.start(), 1
            given_name = words[0].group() if words else ""
        elif given is not None:
            named_after_start, surname_at, given_name = given.start(), 0, given.group(1)
        else:
            return None
        # A woman's given name does not decline ("имени" "Мариям Хакимжановой Сабит Каримович Мусин"): known as written,
        # where the official's given name and patronymic follow the namesake's surname.
        undeclined = surname_at == 1 and len(words) >= 5 and self.names.is_given_name(given_name) \
            and self.names.is_given_name(words[2].group()) and self.patronymic_end.search(words[3].group()) is not None
        if len(words) <= surname_at + 1 or not (self.names.known_given_in_a_case(given_name) or undeclined):
            return None
        if surname_at and len(words) >= 4 and self.patronymic_end.search(words[2].group()):
            # A namesake known by one name, then the official's given name and patronymic ("имени" "Абая Турсынай
            # Абдуллаевна Есенова"): the name ends after the namesake's.
            return (named_after_start, person.start + words[0].end(),
                    EntitySpan(person.start + words[1].start(), person.end, person.label, person.score))
        if not undeclined and not self.russian_surname_word.fullmatch(words[surname_at].group()):
            return None
        return (named_after_start, person.start + words[surname_at].end(),
                EntitySpan(person.start + words[surname_at + 1].start(), person.end, person.label, person.score))

    def _quoted_firms(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A quoted name with a firm's legal form after or before it ("«Жасыл сервис» ЖШС", "ТОО «Жасыл сервис»") is the
        firm (ORG), whatever the model read the name as (a work of art, often) or left out. A title the model began with
        the legal form after the name ("«... басқармасы» [ММ басшысы]") begins after it."""
        result = entities
        for firm in self.quoted_firm.finditer(text):
            start, end = firm.span()
            result = [EntitySpan(entity.end - len(text[end:entity.end].lstrip()), entity.end, entity.label, entity.score)
                      if entity.label == "POSITION" and start < entity.start < end < entity.end else entity for entity in result]
            if any(entity.start < end and start < entity.end and not (start <= entity.start and entity.end <= end) for entity in result):
                continue
            result = sorted([entity for entity in result if not (start <= entity.start and entity.end <= end)]
                            + [EntitySpan(start, end, "ORG")], key=lambda entity: (entity.start, entity.end))
        return result

    def _quoted_names_with_their_kind(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        result = list(entities)
        for index, entity in enumerate(entities):
            quoted = _quoted_bounds(text, entity) if entity.label in ("ORG", "FACILITY") else None
            if quoted is None:
                continue
            before, after = self._kind_words_before(text, quoted[0]), self._kind_words_after(text, quoted[1])
            if before is None and after is None:
                continue
            start, end = before if before is not None else quoted[0], after if after is not None else quoted[1]
            if not any(other is not entity and other.start < end and start < other.end for other in entities):
                result[index] = EntitySpan(start, end, entity.label, entity.score)
        return sorted(result, key=lambda entity: (entity.start, entity.end))

    def _english_kinds_before_quoted_names(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """An English organization that ends in its kind's noun and the quoted name right after it are one organization
        ('the Autonomous Education Organization "..."', "the Public Foundation «...»"), as a legal form and its quoted
        name are: the model reads the kind and the name as two, or leaves the name out, and the title before them would
        take the kind alone. What the model read inside the quotes goes into the organization."""
        result = list(entities)
        for kind in entities:
            head = _ENGLISH_LAST_WORD.search(text, kind.start, kind.end) if kind.label == "ORG" else None
            name = _QUOTED_NAME_AFTER.match(text, kind.end) if head and head.group().lower() in self.english_institution_words else None
            if name is None or any(other.start < name.end() and name.start() < other.end and not name.start() <= other.start
                                   for other in entities if other is not kind):
                continue
            result = [other for other in result if other is not kind and not (name.start() <= other.start and other.end <= name.end())]
            result.append(EntitySpan(kind.start, name.end(), "ORG", kind.score))
        return sorted(result, key=lambda entity: (entity.start, entity.end))

    def _kind_words_before(self, text: str, quote_start: int) -> int | None:
        """Where a Russian head word right before a quoted name starts ("детского сада «...»": the
        nearest of up to three lower-case words that begins like one), else None."""
        cursor = quote_start
        for _ in range(MAX_KIND_WORDS):
            word = _WORD_BEFORE.search(text, max(0, cursor - 40), cursor)
            if word is None or not _LOWER_WORD.fullmatch(word.group(1)) or self.kazakh_letter.search(word.group(1)):
                return None
            if word.group(1).startswith(self.russian_heads):
                return word.start(1)
            cursor = word.start(1)
        return None

    def _kind_words_after(self, text: str, quote_end: int) -> int | None:
        """Where a Kazakh head word after a quoted name ends ("«...» негізгі орта мектебі": up to
        three lower-case words, the last beginning like one), else None."""
        cursor = quote_end
        for _ in range(MAX_KIND_WORDS):
            word = _WORD_AFTER.match(text, cursor)
            if word is None or not _LOWER_WORD.fullmatch(word.group(1)):
                return None
            cursor = word.end()
            lowered = word.group(1).lower()
            if lowered.startswith(self.kazakh_heads) and not lowered.startswith(self.kazakh_verbs_like_heads):
                return cursor
        return None

    def _registered_names_around(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """Each person, and each organization or place the registry does not know, that with the capitalized
        words around it is a registered name, as that institution: a person becomes an ORG and takes
        in the entities inside; an organization keeps its label and takes in only the titles and the
        organizations inside (a title word of the name: "Kazakh National Women's" "Teacher" "Training
        University"), not a person or a place; a place becomes an ORG over words no entity covers ("Astana" Hub)."""
        result = list(entities)
        for entity in entities:
            # A nationality the model cut at a hyphen ("Samruk" of Samruk-Kazyna) grows too, and so does a place that
            # opens a registered name ("Astana" Hub).
            grows = entity.label in ("PERSON", "NORP") or entity.label in ("ORG", "FACILITY", "GPE") and not self._registered(
                text[entity.start:entity.end])
            # So does a registered organization the model cut at the "and" of a longer registered name ("the Ministry of
            # Education" and Science of the Republic of Kazakhstan), up to the next entity (the place it left apart).
            cut_at_and = not grows and entity.label == "ORG" and _AND_THEN_A_CAPITALIZED_WORD.match(text, entity.end) is not None
            up_to = min((other.start for other in result if other.start >= entity.end), default=len(text)) if cut_at_and else len(text)
            around = self._registered_name_around(text, entity, up_to) if (grows or cut_at_and) and entity in result else None
            if around is None:
                continue
            start, end = around
            overlapping = [other for other in result if other is not entity and other.start < end and start < other.end]
            # A span the model opened with an article before the name's words is inside it too ("the Kazakh Ablai" of
            # "the Kazakh Ablai Khan UIR&WL"): the article is no word of the name.
            inside = [other for other in overlapping if (start <= other.start or _ARTICLE_ONLY.fullmatch(text, other.start, start))
                      and other.end <= end and (entity.label == "PERSON" or other.label in _PIECES_OF_AN_INSTITUTIONS_NAME)]
            if any(other not in inside for other in overlapping) or entity.label == "GPE" and overlapping:
                continue
            result = [other for other in result if other not in inside]
            result[result.index(entity)] = EntitySpan(start, end, "ORG" if entity.label in ("PERSON", "NORP", "GPE") else entity.label,
                                                      entity.score)
        return sorted(result, key=lambda entity: (entity.start, entity.end))

    def _registered_name_around(self, text: str, entity: EntitySpan, up_to: int | None = None) -> tuple[int, int] | None:
        """The longest span of the entity with up to two capitalized words before and three after it that
        the registry holds as a name, if any (the words of a name are capitalized: Университет Сатпаева;
        English ones may have lower-case words between them: Agency for Strategic Planning and Reforms);
        or with an institution's head word after it in lower case, that the model left out ("Назарбаев
        Зияткерлік | мектебінің", "Жамбылского областного | маслихата"), or an English place's ("of Karaganda | region")."""
        befores, afters = [entity.start], [entity.end]
        for _ in range(_WORDS_AROUND):
            if word := _CAPITALIZED_WORD_BEFORE.search(text, max(0, befores[-1] - 40), befores[-1]):
                befores.append(word.start())
        if hyphenated := _HYPHENATED_PART_AFTER.match(text, entity.end):
            afters.append(hyphenated.end())  # the model cut the name at its hyphen: "Samruk" -Kazyna
        if quoted := _QUOTED_WORDS_AFTER.match(text, entity.end):
            afters.append(quoted.end())  # an acronym of the kind and the name in quotes: "NCE" "Atameken"
        for _ in range(_WORDS_AFTER):
            if word := self.name_word_after.match(text, afters[-1]):
                afters.append(word.end())
        afters += [head.end() for end in list(afters) if (head := _LOWER_CASE_WORD_AFTER.match(text, end))
                   and self.taxonomy.is_institution_word(head.group(1))]
        # An English name that ends with a place written with its kind's word in lower case ("Education Department
        # of Karaganda | region").
        afters += [head.end() for end in list(afters) if (head := _LATIN_LOWER_CASE_WORD_AFTER.match(text, end))
                   and self.taxonomy.is_place_word(head.group(1))]
        spans = [(start, end) for start in befores for end in afters if (start, end) != (entity.start, entity.end)]
        # An organization's complement in the genitive, in lower case, that the model left out ("Национальным центром |
        # тестирования"); an English name a site writes in lower case after its first word or a place's name, which the
        # model cut there ("Ministry of science | and higher education", "Turkistan | regional education department").
        lower_case_word_after = _LATIN_LOWER_CASE_WORD_AFTER if _LATIN_LETTER_AT_END.search(text, entity.start, entity.end) \
            else _LOWER_CASE_WORD_AFTER
        end = entity.end
        for _ in range(_WORDS_AFTER if entity.label in ("ORG", "FACILITY", "NORP") else 0):
            if (word := lower_case_word_after.match(text, end)) is None:
                break
            spans.append((entity.start, end := word.end()))
        spans.sort(key=lambda span: span[0] - span[1])
        return next((span for span in spans if (up_to is None or span[1] <= up_to) and self._registered(text[span[0]:span[1]])), None) \
            or self._cyrillic_name_in_an_english_sentence(text, entity)

    def _cyrillic_name_in_an_english_sentence(self, text: str, entity: EntitySpan) -> tuple[int, int] | None:
        """The registered name a Cyrillic span after an English word opens, with the Cyrillic words after it that the
        model left out there, lower-case ones too ("of Абай | атындағы Қазақ ұлттық педагогикалық университеті, Name")."""
        if not _CYRILLIC_LETTER.match(text, entity.start) or not _ENGLISH_WORD_BEFORE.search(text, max(0, entity.start - 30), entity.start):
            return None
        ends, end = [], entity.end
        for _ in range(_CYRILLIC_WORDS_AFTER):
            if (word := _CYRILLIC_WORD_AFTER.match(text, end)) is None:
                break
            end = word.end()
            ends.append(end)
        return next(((entity.start, end) for end in reversed(ends) if self._registered(text[entity.start:end])), None)

    def _given_name_run_into_a_place(self, text: str, entity: EntitySpan, entities: list[EntitySpan]) -> list[EntitySpan] | None:
        """A place's span that the model ran into a known given name, with the surname right after it left out
        ("аким Алматы Бауыржан" + "Байбек"): the place, and the given name and the surname as the person."""
        if entity.label not in ("GPE", "LOC") or text[entity.end:entity.end + 1] != " ":
            return None
        words = list(_WORD.finditer(text, entity.start, entity.end))
        surname = _CYRILLIC_CAPITALIZED_WORD.match(text, entity.end + 1)
        if len(words) < 2 or surname is None \
                or not self.names.is_given_name(words[-1].group()) or not self._is_place(text[entity.start:words[-2].end()]) \
                or self._is_place(surname.group()) or any(other.start < surname.end() and surname.start() < other.end for other in entities):
            return None
        return [EntitySpan(entity.start, words[-2].end(), entity.label, entity.score),
                EntitySpan(words[-1].start(), surname.end(), "PERSON", entity.score)]

    def _is_place_or_foreign_city(self, text: str) -> bool:
        return self._is_place(text) or text.lower() in self.foreign_cities

    def _given_name_named_like_a_place(self, word: str) -> bool:
        """A known given name, or one in a Russian case whose nominative names a place too (Нурсултана: the man's
        genitive, no city's; Алматы is no case of Алмат, which names no place)."""
        return self.names.is_given_name(word) or self.names.known_given_in_a_case(word) \
            and self._is_place(self.names.russian_given(word, "masc", True))

    def _a_place(self, text: str) -> bool:
        """(``_is_place``) A region or a city of the registry, a town of regional significance (Екібастұз, Rudny), a
        country or a part of the world (Central Asia)."""
        return text.lower() in self.country_names or text.lower() in self.world_regions or any(self.registry.region_of(text, lang) is not None for lang in LANGS) \
            or self.registry.is_town_name(text)

    def _leading_place_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A PERSON that starts with a place or a registered institution, as the place (GPE) or the
        institution (ORG) and the name. Places that are also given names (Нурсултан, the capital's
        name in 2019-2022) and regions' centres (Орал, Қонаев, also surnames) are left out, unless a
        given name and a surname follow ("Конаев Нурлан Айтжанов"), as they do after a place's noun
        ("района Байдибек Серик Ахметов")."""
        if entity.label != "PERSON":
            return None
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        given_name_before = _CYRILLIC_NAME_WORD_BEFORE.search(text, max(0, entity.start - 30), entity.start)
        if len(words) == 3 and given_name_before is not None and self.names.is_given_name(words[1].group()) \
                and self._settlement_named_after(text, given_name_before.start(), words[0].end()):
            # "сельского округа Касыма" "Кайсенова Алмагуль Токтарова": the surname of the settlement's namesake, then its akim
            return [EntitySpan(entity.start, words[0].end(), "LOC", entity.score),
                    EntitySpan(words[1].start(), entity.end, "PERSON", entity.score)]
        # A place's name after its noun that is also a given name, before a full name of three parts ("заместитель акима
        # области Абай Айдана Куаткызы Смагулова"): no fourth part of the name, the place's.
        place_noun = self.place_noun_before.search(text, max(0, entity.start - 20), entity.start) if len(words) == 4 else None
        named_place = place_noun is not None and self.names.is_given_name(words[1].group()) and self.patronymic_end.search(words[2].group()) \
            and self.registry.region_of(text[place_noun.start():words[0].end()], "ru") is not None
        for size in range(len(words) - 2, 0, -1):
            if not all(word.group()[:1].isupper() for word in words[size:]):
                continue
            head = text[entity.start:words[size - 1].end()]
            if self.names.is_given_name(head) and not (named_place and size == 1) and head.lower() not in self.world_regions:
                continue
            label = self._head_label(head, "ORG")
            noun_before = size == 1 and self.place_noun_before.search(text, max(0, entity.start - 20), entity.start)
            if label is None and size == 1 and len(words) == 3 and (self.names.is_given_name(words[1].group())
                                                                    or noun_before and self.names.known_given_in_a_case(words[1].group())) \
                    and not self.patronymic_end.search(words[2].group()) \
                    and (self.surname_ending.search(words[2].group()) and (self._is_centre(head) or self._is_registered_town(head) or noun_before)
                         or noun_before and (self._is_place(head) or self._is_centre(head) or self._is_registered_town(head))):
                # "Конаев Нурлан Айтжанов", "района Байдибек Серик Ахметов", "отдела образования Экибастуза Анара
                # Ескендирова": a place's name before a given name and a surname; after the place's noun or its
                # abbreviation, a known place before a surname of any ending ("аким г. Кокшетау Ерлан Сәдуақас"); after the
                # noun, a given name in an oblique case too ("акима поселка Береке Ерболата Сейтказиева")
                label = "GPE"
            if label is None and size == 1 and len(words) == 4 and self.names.is_given_name(words[1].group()) \
                    and self.patronymic_end.search(words[2].group()) and not self.surname_ending.search(head) \
                    and (self._is_place(head) or self._is_centre(head) or self._is_registered_town(head)
                         or (title := _WORD_BEFORE.search(text, max(0, entity.start - 30), entity.start)) and self._is_title(title.group(1))):
                # "Аким Темиртау Нурлыбек Ерланович Мамытбеков": no fourth part of a full name, a word with no surname's
                # ending before the given name, the patronymic and the surname, after a title, is the title's place;
                # so is a registered place or centre after any word ("почетный гражданин Жезказгана Сейткали Абенович ...")
                label = "GPE"
            if label is None and size == 1 and named_place:
                label = "GPE"
            if label is not None:
                return [EntitySpan(entity.start, words[size - 1].end(), label, entity.score),
                        EntitySpan(words[size].start(), entity.end, "PERSON", entity.score)]
        return None

    def _nationality_led_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A PERSON that starts with an adjective of nationality, as the nationality (NORP) and the name
        ("Kazakh Aigerim Tulegenova"), or where no given name or surname follows, as no person (MISC: a
        headline's "Kazakh Students Win Gold")."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label == "PERSON" else []
        if len(words) < 2 or words[0].group().lower() not in self.nationality_adjectives:
            return None
        if self.names.is_given_name(words[1].group()) or self.surname_ending.search(words[-1].group()):
            return [EntitySpan(entity.start, words[0].end(), "NORP", entity.score),
                    EntitySpan(words[1].start(), entity.end, "PERSON", entity.score)]
        return [EntitySpan(entity.start, entity.end, "MISC", entity.score)]

    def _place_nouns_given_back(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A PERSON that opens with the noun of a place whose name stands right before it ("Governor of
        Pavlodar" "Region Asain Baikhanov"): the name and the noun are the place (GPE, with the model's
        span of the name, if any), the rest the person."""
        result = list(entities)
        for entity in entities:
            words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label == "PERSON" else []
            if len(words) < 3 or not self.taxonomy.is_place_word(words[0].group()):
                continue
            name = _CAPITALIZED_WORD_BEFORE.search(text, max(0, entity.start - 40), entity.start)
            if name is None or not self._is_place(text[name.start():words[0].end()]):
                continue
            result = [other for other in result if not (name.start() <= other.start and other.end <= entity.start)]
            result[result.index(entity):result.index(entity) + 1] = [
                EntitySpan(name.start(), words[0].end(), "GPE", entity.score),
                EntitySpan(words[1].start(), entity.end, "PERSON", entity.score)]
        return result

    def _russian_region_with_its_word(self, text: str, entity: EntitySpan) -> EntitySpan:
        """A place's span of a region's adjective that the model ended before "региона" after it ("акимом Павлодарского
        региона"): the region, its word included, where the two name one."""
        after = _RUSSIAN_REGION_WORD_AFTER.match(text, entity.end) if entity.label in ("GPE", "LOC") else None
        if after is None or " " in text[entity.start:entity.end].strip() or not self._is_place(text[entity.start:after.end()]):
            return entity
        return EntitySpan(entity.start, after.end(), entity.label, entity.score)

    def _is_registered_town(self, text: str) -> bool:
        """Whether a Russian word is a town in the genitive whose akimat the registry knows ("Рудного", "Экибастуза":
        "Акимат города Рудного"), the towns that are no region's centre."""
        return self.registry.lookup(f"Акимат города {text}", "ru") is not None

    def _is_centre(self, text: str) -> bool:
        return any(self.registry.region_of(text, lang, by_centre=True) is not None for lang in LANGS)

    def _trailing_place_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A PERSON that ends with a region or a city ("Czech Trade Almaty", "Samruk Energy Astana
        Region"): an organization there, or, where the words before the place read as a name, a
        person the model ran into the place; so is one before a place in a Kazakh case ("Макрон
        Астанаға" келді: an organization's name holds its place in the nominative). A place's name that
        is also a given name (Нурсултан) is left out. A whole name before a Kazakh place's noun in the
        possessive is the place named after the person ("Сәкен Сейфуллин ауылында")."""
        if entity.label != "PERSON":
            return None
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        # A given name and a surname that ran into a district's name before its place word ("Серік Әбілов Жангелдин
        # аудандық"): the last word is the place's, unless a patronymic makes it the surname.
        if len(words) == 3 and self.kazakh_place_word_after.match(text, entity.end) \
                and not self.patronymic_end.search(words[1].group()) and self.names.reads_as_a_name(text[entity.start:words[1].end()]):
            return [EntitySpan(entity.start, words[1].end(), "PERSON", entity.score),
                    EntitySpan(words[2].start(), entity.end, "GPE", entity.score)]
        # A registered district's name alone before the district's word in the plural: the last of a list of districts,
        # though it reads as a surname ("Жәнібек, Қазталов аудандары").
        if len(words) == 1 and self.kazakh_district_word_in_the_plural_after.match(text, entity.end) \
                and self.registry.is_kazakh_district_name(words[0].group()):
            return [EntitySpan(entity.start, entity.end, "GPE", entity.score)]
        # A given name and a surname run into a district's name without its word before a comma: an item of a list that
        # leaves the district's noun and the title to its last item ("Name Бородулиха, ал Name Шемонаиха ауданының әкімі
        # болып тағайындалды"); not a word that reads as a surname, which a full name ends with.
        if len(words) == 3 and self.kazakh_district_word_after_a_comma.match(text, entity.end) \
                and self.registry.is_kazakh_district_name(words[2].group()) \
                and not self.names.reads_as_a_surname(words[2].group()) and not self.patronymic_end.search(words[1].group()) \
                and self.names.reads_as_a_name(text[entity.start:words[1].end()]):
            return [EntitySpan(entity.start, words[1].end(), "PERSON", entity.score),
                    EntitySpan(words[2].start(), entity.end, "GPE", entity.score)]
        # A place's name the model read into a person's span of two words or less, before the place's noun in the
        # possessive, which needs its place's name ("Жиынға Сарыағаш ауданының", "Ізбасаров Дербісек ауылындағы"), or
        # alone before a place's adjective ("Сарыағаш аудандық мәслихатының"): the last word is the place's, unless it
        # reads as a surname (a place named after a person: "Мүсірепов ауданы"); the word before it stays a person only
        # where it reads as a name.
        if len(words) <= 2 and not self.names.reads_as_a_surname(words[-1].group()) and (
                self.kazakh_place_noun_of_a_name_after.match(text, entity.end)
                or len(words) == 1 and self.kazakh_place_word_after.match(text, entity.end)):
            place = EntitySpan(words[-1].start(), entity.end, "GPE", entity.score)
            if len(words) == 2 and self.names.reads_as_a_name(words[0].group()):
                return [EntitySpan(entity.start, words[0].end(), "PERSON", entity.score), place]
            return [place]
        for size in range(min(_WORDS_OF_A_PLACE, len(words) - 1), 0, -1):
            place_start = words[-size].start()
            place = text[place_start:entity.end]
            if self.names.is_given_name(place) or not self._is_place(place):
                continue
            before = text[entity.start:place_start].rstrip(" ,")
            if self.names.reads_as_a_name(before) or self.names.in_a_kazakh_case(words[-1].group()):
                return [EntitySpan(entity.start, entity.start + len(before), "PERSON", entity.score),
                        EntitySpan(place_start, entity.end, "GPE", entity.score)]
            return [EntitySpan(entity.start, entity.end, "ORG", entity.score)]
        # A whole name in the nominative before a place's noun in the possessive ("Ғабит Мүсірепов ауданы", "Сәкен
        # Сейфуллин ауылында"): a place named after the person, who is no person of the page; a name in a case
        # owns the place ("Ахметовтің ауылы", his village).
        if self.kazakh_place_noun_of_a_name_after.match(text, entity.end) and not self._kazakh_name_in_a_case(text, entity):
            return [EntitySpan(entity.start, entity.end, "GPE", entity.score)]
        # So is a surname alone before an educational institution's noun ("Сәтбаев индустриалдық колледжінде"): the
        # institution named after the person, whose name runs to its noun. A whole name may be the subject that
        # speaks of its own institution ("Ерлан Ахметов колледжінің жетістіктерін айтты"); such names go with "атындағы".
        institution = self.kazakh_institution_noun_of_a_name_after.match(text, entity.end)
        if institution and len(words) == 1 and not self._kazakh_name_in_a_case(text, entity):
            return [EntitySpan(entity.start, institution.end(), "ORG", entity.score)]
        return None

    def _kazakh_place_in_a_case_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Kazakh person's span that ends with a place in a case ("Тоқаев Мәскеуге", to Moscow; "Смайылов
        Атырауда"; "Эрдоған Анкарада"): the person the model ran into where they go or are, as the name and
        the place (GPE). The place is one by its stem (a country, a region or a city of the registry, a
        foreign city of the lexicon, also one that ends like a surname: Берлин, Женева), or, in a text with
        Kazakh letters, any other capitalized word in the locative, which no name takes; a surname in a case
        ("Серік Асановқа"), a given name, and a word after a surname alone or before a patronymic (a given
        name that ends like a locative: "Мамбетова Нұрзада Үсенқызы") stay the name's."""
        if entity.label != "PERSON":
            return None
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        last = words[-1].group()
        if len(words) == 1 and _CYRILLIC_NAME.fullmatch(last) and not self.names.is_given_name(last) \
                and (stems := self.names.kazakh_case_stems(last)) and not any(map(self.names.is_given_name, stems)) \
                and any(stem.lower() in self.foreign_cities or self._is_place(stem) for stem in stems):
            # A person's span of one word that is a foreign city or a place of the registry in a case ("былтыр
            # Сеулде өткен форумда", at a forum held in Seoul last year): the place, which no name is written as.
            return [EntitySpan(entity.start, entity.end, "GPE", entity.score)]
        if len(words) < 2 or not _CYRILLIC_NAME.fullmatch(last) or self.names.is_given_name(last):
            return None
        stems = self.names.kazakh_case_stems(last)
        if not any(self._is_place(stem) or self._is_centre(stem) or stem.lower() in self.foreign_cities for stem in stems) \
                and not (stems and self.kazakh_locative.search(last) and self.kazakh_letter.search(text)
                         and not self.cyrillic_surname_in_a_case.fullmatch(last) and not any(map(self.names.is_given_name, stems))
                         and not (len(words) == 2 and self.cyrillic_surname.fullmatch(words[0].group()))
                         # A known given name, then a word no gazetteer holds that ends like a locative and closes a list's
                         # item with a comma ("проректоры Ольга Кирахта, ..."): a surname of no Kazakh or Russian ending.
                         and not (len(words) == 2 and self.names.is_given_name(words[0].group()) and _COMMA_AFTER_A_NAME.match(text, entity.end))
                         and not self.trailing_name_part.match(text, entity.end)):
            return None
        return [EntitySpan(entity.start, words[-2].end(), "PERSON", entity.score),
                EntitySpan(words[-1].start(), entity.end, "GPE", entity.score)]

    def _kazakh_place_where_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A person's span that opens or ends with a place "at" which something is ("Серік Қалдыбаев
        Кентаудағы мектеп", the school in Kentau; "Германиядағы Гейдельберг университеті"): no name is written
        with that ending, so the word is the place (GPE) and the rest the person, if two words or more or a
        given name are left (one other word is the name of what is at the place: a university, a school)."""
        if entity.label != "PERSON":
            return None
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        if len(words) < 2:
            return None
        first, last = words[0], words[-1]
        if self.kazakh_place_where_word.fullmatch(last.group()):
            place, rest = EntitySpan(last.start(), entity.end, "GPE", entity.score), words[:-1]
        elif self.kazakh_place_where_word.fullmatch(first.group()):
            place, rest = EntitySpan(entity.start, first.end(), "GPE", entity.score), words[1:]
        else:
            return None
        if len(rest) == 1 and not self.names.is_given_name(rest[0].group()):
            return [place]
        return sorted([place, EntitySpan(rest[0].start(), rest[-1].end(), "PERSON", entity.score)], key=lambda span: span.start)

    def _kazakh_given_names_read_as_places(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A known given name alone, maybe in a case, that the model read as a place in a Kazakh text ("Жобаны
        Айгерім ұсынды", "Ержан мен Асқар"): the person, where it is in no locative (which no name takes:
        "Анталияда"), no place (of the registry, a country, a foreign city, a place named like a given name:
        Алтай, Мекке) is written so, no place's noun follows ("Бірлік ауылы") nor a capitalized word (it opens
        a place's longer name: "Сауд Арабиясына"), it is no item of a list of places ("Мекке, Мадина") and no
        quoted name («Қайрат» шағынауданы, a neighbourhood named like a man)."""
        if not self.kazakh_letter.search(text):
            return entities
        places = [entity for entity in entities if entity.label in ("GPE", "LOC")]
        repaired = []
        for entity in entities:
            word = text[entity.start:entity.end]
            if entity.label in ("GPE", "LOC") and _CYRILLIC_NAME.fullmatch(word) \
                    and self.names.is_given_name(self.names.kazakh_base(word)) \
                    and (self.names.is_given_name(word) or not self.kazakh_locative.search(word)) \
                    and not self._names_a_place(word) \
                    and not self.place_noun_after.match(text, entity.end) \
                    and not text[:entity.start].rstrip().endswith("«") \
                    and not any(other is not entity and self._joined_in_a_list(text[min(other.end, entity.end):max(other.start, entity.start)])
                                for other in places):
                surname = _CYRILLIC_NAME_WORD_AFTER.match(text, entity.end)
                if surname is None:
                    entity = EntitySpan(entity.start, entity.end, "PERSON", entity.score)
                elif self.names.is_given_name(word) and not self._names_a_place(surname.group().strip()) \
                        and not (_POSSESSIVE_IN_A_CASE_END.search(surname.group().strip())
                                 and not self.patronymic_in_a_case_end.search(surname.group().strip())) \
                        and not self.place_noun_after.match(text, surname.end()) \
                        and not any(other is not entity and other.start < surname.end() and entity.end < other.end for other in entities):
                    # A given name and a capitalized word no place's after it: the person's name and surname ("4-курс
                    # студенттері ..., Ерсұлтан Жаксылық", "директоры Виктория Цой"), where the model read the given
                    # name as a place and left the surname out. A place's word after it opens a place's longer name, and
                    # so does a compound's head in the possessive and a case, which no surname but a patronymic takes
                    # ("Сауд Арабиясына").
                    entity = EntitySpan(entity.start, surname.end(), "PERSON", entity.score)
            repaired.append(entity)
        return repaired

    def _names_a_place(self, word: str) -> bool:
        """Whether a Kazakh word, maybe in a case, is written as a place is: of the registry, a region's centre, a
        foreign city or a place named like a given name (Алтай, Мекке)."""
        return any(self._is_place(form) or self._is_centre(form) or form.lower() in self.foreign_cities
                   or form.lower() in self.places_named_like_given_names
                   for form in (word, *self.names.kazakh_case_stems(word)))

    def _given_names_before_their_place_noun(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span of one word before a Kazakh place's noun in the possessive of a compound ("Темірлан
        ауылдық округінің әкімі", "Айгерім ауылында"): the place (GPE), named like a person as many villages
        are. A noun without the possessive ("Ержан ауылға барды", went to the village) leaves the person."""
        return [EntitySpan(entity.start, entity.end, "GPE", entity.score)
                if entity.label == "PERSON" and _CYRILLIC_NAME.fullmatch(text[entity.start:entity.end])
                and self.place_noun_in_a_compound_after.match(text, entity.end) else entity
                for entity in entities]

    def _joined_in_a_list(self, gap: str) -> bool:
        """Whether the text between two spans joins them as items of one list: a comma, "and" or "with"."""
        return bool(self.list_separator.fullmatch(gap) or self.conjunction_between.fullmatch(gap))

    def _place_before_its_noun_parts(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A person's span of three words or more right before a Kazakh place's noun in the possessive
        ("Есен Елеукен Қызылорда облысындағы"): its last word, unless a surname's, is the place's name,
        no part of the person's ("Нұрлан Серікұлы Жұмабаев облыс әкімі" keeps its surname)."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label == "PERSON" else []
        noun = _LOWER_CASE_WORD_AFTER.match(text, entity.end)
        if len(words) < 3 or noun is None or self.cyrillic_surname_in_a_case.fullmatch(words[-1].group()) \
                or not any(noun.group(1).startswith(stem) and noun.group(1)[len(stem):].startswith(self.kazakh_possessive_endings)
                           for stem in self.kazakh_place_nouns):
            return None
        return [EntitySpan(entity.start, words[-2].end(), "PERSON", entity.score),
                EntitySpan(words[-1].start(), entity.end, "GPE", entity.score)]

    def _name_after_institution_parts(self, text: str, entity: EntitySpan,
                                      entities: list[EntitySpan]) -> list[EntitySpan] | None:
        """An organization's or a place's span that is a registered institution, a region or a country
        and a person's name after it ("NU Ilesanmi Adesida", "КазНУ Арман Сейтов", "Kazakhstan Sayasat
        Nurbek"), as the two (the place a GPE): two or three capitalized words,
        none an institution's head word nor the last a compound's possessed head ("Иран Ислам
        Республикасымен") nor a word of things' names ("Cooperation"), that read as a name or follow a title ("Acting President
        of NU Ilesanmi Adesida"), or, two or three plain name words, come before an apposition that opens
        with a title ("In Astana Volker Frobarth, head of the office,") or come after a title and the names of
        its body and place ("Head of the OSCE Office in Astana Volker Frobarth")."""
        if entity.label not in ("ORG", "FACILITY", "GPE", "LOC") or self._head_label(text[entity.start:entity.end], entity.label):
            return None
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end))
        for size in range(len(words) - 2, max(0, len(words) - 4), -1):
            tail = [word.group() for word in words[size:]]
            name = text[words[size].start():entity.end]
            if not all(word[:1].isupper() for word in tail) or any(self.taxonomy.is_institution_word(word) for word in tail) \
                    or self.kazakh_compound_head_in_a_case.search(tail[-1]) \
                    or self._holds_a_word_of_things(text, EntitySpan(words[size].start(), entity.end, "PERSON", entity.score)):
                # ... nor a word of things' names: "the IAEA Technical Cooperation" Officer is the agency's programme
                continue
            head = text[entity.start:words[size - 1].end()]
            if self.named_after_before.search(head):
                continue  # "Кокшетауский университет имени Шокана Уалиханова": the name is the institution's
            titled_after = len(tail) >= 2 and self._plain_name_words(name) and (
                self._title_in_apposition_after(text, entity.end) or self._title_of_a_named_body_before(text, entity.start, entities))
            # A region's centre is also a surname (Орал, Қонаев), but not before a name with its title.
            label = self._head_label(head, entity.label) or ("GPE" if titled_after and self._is_centre(head) else None)
            # Its head word may stand before "of" and one word ("the President of the University of Tsukuba Hiroshi Nagata").
            head_word = _HEAD_WORD_OF_ONE_WORD.search(head)
            after_a_title = label is not None or entity.label == "ORG" and (
                self.taxonomy.is_institution_word(words[size - 1].group())
                or head_word is not None and self.taxonomy.is_institution_word(head_word.group(1)))
            after_a_title = after_a_title and self._after_a_title(text, entity, entities) and self.names.name_tokens(name) == tail
            # An unregistered institution whose name ends with its head word, a name after it and a title before it ("director
            # of the Confucius Institute Zhao Meiling"): the head word ends the institution's name; so does a quoted name's
            # closing quote ("генеральный директор ГКП «Name» Ерболат Name").
            after_a_title = after_a_title or entity.label == "ORG" and head.endswith(tuple(_CLOSING_QUOTES)) \
                and self._after_a_title_word(text, entity, entities) and self.names.name_tokens(name) == tail
            label = label or ("ORG" if after_a_title else None)
            if label is None:
                continue
            if after_a_title or titled_after or self.names.reads_as_a_name(name):
                return [EntitySpan(entity.start, words[size - 1].end(), label, entity.score),
                        EntitySpan(words[size].start(), entity.end, "PERSON", entity.score)]
        return None

    def _title_of_a_named_body_before(self, text: str, start: int, entities: list[EntitySpan]) -> bool:
        """Whether an English title the model labelled comes before ``start`` with only capitalized words (of
        a body's or a place's name) and the words that join them between ("Head of the OSCE Office in
        Astana", "Akim of Almaty", "Ambassador of Poland to Kazakhstan")."""
        return any(title.label == "POSITION" and title.end < start and start - title.end <= _TITLE_CHARACTERS
                   and _BODY_AND_PLACE_AFTER_A_TITLE.fullmatch(text, title.end, start) for title in entities)

    def _given_names_of_surnames_after_titled_places(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """A person's span of one Latin word takes the capitalized word before it that the model left out, a
        given name it does not know, where a place's or a registered institution's name comes before that
        and a title before them ("Akim of Almaty Piotr" "Nowak", "Ambassador of Poland to Kazakhstan Piotr"
        "Nowak"): the title's holder, named in full."""
        result = []
        for entity in entities:
            given = _LATIN_WORD_BEFORE.search(text, max(0, entity.start - _TITLE_CHARACTERS), entity.start) \
                if entity.label == "PERSON" and _LATIN_NAME_WORD.fullmatch(text, entity.start, entity.end) else None
            if given is not None and self._plain_name_words(given.group(1)) \
                    and not any(other.start < given.end(1) and given.start(1) < other.end for other in entities) \
                    and self._place_or_institution_ends_at(text, given.start(1)) \
                    and self._title_of_a_named_body_before(text, given.start(1), entities):
                entity = EntitySpan(given.start(1), entity.end, entity.label, entity.score)
            result.append(entity)
        return result

    def _place_or_institution_ends_at(self, text: str, end: int) -> bool:
        """Whether the one to three capitalized words right before ``end`` end with a place's, a region's centre's
        or a registered institution's name."""
        words = _CAPITALIZED_WORDS_BEFORE.search(text, max(0, end - _TITLE_CHARACTERS), end)
        names = words.group().split() if words else []
        return any(self._is_place(phrase) or self._is_centre(phrase) or self._registered(phrase)
                   for phrase in (" ".join(names[first:]) for first in range(len(names))))

    def _title_in_apposition_after(self, text: str, end: int) -> bool:
        """Whether an English apposition that opens with a title follows ``end`` ("Name, head of the
        office,", "Name, the director of"): what stands before it is a person."""
        apposition = _APPOSITION_WORDS_AFTER.match(text, end)
        words = apposition.group(1).split() if apposition else []
        # "Name, UK Minister of State": the title's country may open it.
        if words and (words[0].lower() in self.nationality_adjectives or self._is_place(words[0])):
            words = words[1:]
        return any(self._is_title(" ".join(words[:size])) for size in range(len(words), 0, -1))

    def _head_label(self, head: str, label: str) -> str | None:
        """What the head of a span the model ran into a name is: a place (GPE), or where the span's
        ``label`` is an organization's and the registry knows the head, that organization; else None."""
        if self._is_place(head):
            return "GPE"
        return label if label in ("ORG", "FACILITY") and self._registered(head) else None

    def _names_after_titles(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """Adds the names right after a title that the model left without an entity or read as a thing: after a title it
        labelled, or after a Kazakh title in the possessive (әкімі, ректоры) a capitalized word that
        is no title, institution or place and a surname with a surname's ending, in any case ("әкімі
        Бейбіт Исабаевтың қатысуымен")."""
        added = [name for title in entities if title.label == "POSITION"
                 if (name := self._name_after_title(text, title, entities)
                     or self._name_after_title(text, self._title_with_its_places(text, title, entities), entities)) is not None]
        # A place's one word right after a lower-case title that is a known given name and ends the name ("named after the
        # poet Abai and the writer Name"): the one person named by a given name alone (Abai, Zhambyl are regions too).
        positions = {title.end for title in entities if title.label == "POSITION" and text[title.start:title.start + 1].islower()}
        added += [EntitySpan(place.start, place.end, "PERSON", place.score) for place in entities
                  if place.label in PLACE_LABELS and _LATIN_WORD.fullmatch(text[place.start:place.end])
                  and place.start - 1 in positions and text[place.start - 1] == " "
                  and self.names.is_given_name(text[place.start:place.end]) and not _CAPITALIZED_WORD_AFTER.match(text, place.end)]
        replaced = {(name.start, name.end) for name in added}
        entities = sorted([entity for entity in entities if (entity.start, entity.end) not in replaced] + added,
                          key=lambda entity: (entity.start, entity.end))
        for match in self.kazakh_name_after_title.finditer(text):
            if self._plain_name_words(match.group(2)) and (self.cyrillic_surname_in_a_case.fullmatch(match.group(3))
                                                           or self._foreign_name_read_as_a_place(text, entities, *match.span(1))):
                entities = self._name_in_place_of_its_words(text, entities, *match.span(1))
        return entities

    def _foreign_name_read_as_a_place(self, text: str, entities: list[EntitySpan], start: int, end: int) -> bool:
        """Whether the model read two capitalized words right after a Kazakh title in the possessive as one place
        ("президенті Name Surname" of a Japanese name as GPE), though neither word nor both are a place's name: a
        foreign name of no surname's ending, the title's holder."""
        written = text[start:end]
        return any(entity.label in PLACE_LABELS and (entity.start, entity.end) == (start, end) for entity in entities) \
            and not self._is_place(written) and not any(self._is_place(word) for word in written.split()) \
            and self._plain_name_words(written)

    def _title_with_its_places(self, text: str, title: EntitySpan, entities: list[EntitySpan]) -> EntitySpan:
        """An English title with the places that follow it by "of" and "in", each with its place's noun ("Honorary
        Consul of Kazakhstan in Osaka", "Governor of Miyagi Prefecture"), before its holder's name."""
        end = title.end
        for entity in sorted(entities, key=lambda entity: entity.start):
            # after a place, the next ones of a list ("to Kazakhstan, Kyrgyzstan and Uzbekistan": an ambassador accredited to several)
            # (a country there read as a nationality is a place all the same)
            if entity.start >= end and entity.label in PLACE_LABELS and _PLACE_AFTER_A_TITLE.fullmatch(text, end, entity.start) or (
                    entity.start >= end > title.end and _NEXT_PLACE_OF_A_LIST.fullmatch(text, end, entity.start) and (
                    entity.label in PLACE_LABELS or entity.label == "NORP" and self._is_place(text[entity.start:entity.end]))):
                noun = _WORD_AFTER.match(text, entity.end)
                end = noun.end() if noun and self.taxonomy.is_place_word(noun.group(1)) else entity.end
        return EntitySpan(title.start, end, title.label, title.score)

    def _name_in_place_of_its_words(self, text: str, entities: list[EntitySpan], start: int, end: int) -> list[EntitySpan]:
        """A person's span over (start, end), in place of the spans that give way to it: those of its
        words (a name the model read as a place), one of a kind that holds no official's name run over
        it (a "law" over the whole sentence), and one that adds only title words or an honorific to a part of it
        ("Төрағасы – Ректоры Мұрат": the matcher reads the titles; "Ms Zhanna" of "Ms Zhanna Aitova-Berik": no name
        holds an honorific). Unchanged where a person covers it or another span crosses its edge."""
        if any(e.label == "PERSON" and e.start <= start and end <= e.end for e in entities):
            return entities
        overlapping = [e for e in entities if e.start < end and start < e.end]
        if not all(start <= e.start and e.end <= end or (e.label not in _LABELS_OF_NAMES and e.start <= start and end <= e.end)
                   or self._title_or_honorific_words_only(text[e.start:max(e.start, start)] + " " + text[min(e.end, end):e.end])
                   for e in overlapping):
            return entities
        return sorted([e for e in entities if e not in overlapping] + [EntitySpan(start, end, "PERSON")],
                      key=lambda entity: (entity.start, entity.end))

    def _title_or_honorific_words_only(self, phrase: str) -> bool:
        words = [word.lower() for word in re.split(r"[\s–—-]+", phrase) if word]
        return bool(words) and all(word in self.title_forms or word.rstrip(".") in self.honorifics for word in words)

    def _name_after_title(self, text: str, title: EntitySpan, entities: list[EntitySpan]) -> EntitySpan | None:
        """Two or three capitalized words right after a title, and no capitalized word after them
        ("the Consul Naveen Kapoor."): the title's holder, where no entity but a thing's over just them covers them and none of them
        is a title, an institution's or a place's head word, a registered institution or a region. After
        a capitalized English title, one Latin word so is the holder's surname where it has a surname's
        ending ("Minister Nurbek said", "Rector Tuimebayev"): a capitalized word of no name's shape after a
        title is as often a word of the title or of an institution."""
        match = _CAPITALIZED_NAME.match(text, title.end)
        if match is None and text[title.start:title.start + 1].isupper():
            match = _LATIN_SURNAME_AFTER_A_TITLE.match(text, title.end)
            if match is not None and not self.names.reads_as_a_surname(match.group(1)):
                return None
        if match is None:
            return None
        start, end = match.span(1)
        # A thing's span over just the name's words ("Officer" "Daniel Brooks" as MISC) gives way to the holder, and so
        # does an organization's or a place's that opens with a known given name (a foreign surname with no surname's
        # ending: "профессоры Мехмет Йылмаз" as ORG).
        given_name_first = self.names.is_given_name(match.group(1).split()[0])
        # So does a place's span over just a foreign name of two or three words that no word of is a place's, after a
        # lower-case title ("президенті Name Surname" of a Japanese name read as GPE): a title's holder, not a place.
        unknown_place = text[title.start:title.start + 1].islower() and not self._is_place(match.group(1)) \
            and not any(self._is_place(word) for word in match.group(1).split())
        # So does a nationality's or an organization's span over a foreign surname alone inside the name ("Navikas" as
        # NORP or ORG after a given name the model does not know), none of the name's words an institution's.
        if any(other.start < end and start < other.end and not ((other.label in _THING_LABELS or given_name_first
                                                                and other.label in ("ORG", "FACILITY", "GPE", "LOC")
                                                                or unknown_place and other.label in ("GPE", "LOC"))
                                                               and (other.start, other.end) == (start, end))
               and not (other.label in ("NORP", "ORG") and start < other.start and other.end == end
                        and " " not in text[other.start:other.end])
               for other in entities) or not self._plain_name_words(match.group(1)):
            return None
        return EntitySpan(start, end, "PERSON", title.score)

    def _plain_name_words(self, name: str) -> bool:
        """Capitalized words of a name: none a title, an institution's or a place's head word, a
        registered institution, a region or a verb of a news report."""
        words = name.split()
        return self.names.name_tokens(name) == words and not any(
            self.taxonomy.is_institution_word(word) or self.taxonomy.is_place_word(word) or self._registered(word)
            or self._is_place(word) or word.lower() in self.news_verbs for word in words)

    def _after_a_title_word(self, text: str, entity: EntitySpan, entities: list[EntitySpan]) -> bool:
        """Whether a title stands right before the span: one the model marked, or a title's word in any case the model
        leaves unmarked in Russian ("генеральный директор ГКП «Name»")."""
        before = _LAST_WORD_BEFORE.search(text, max(0, entity.start - _TITLE_WORD_CHARS), entity.start)
        return self._after_a_title(text, entity, entities) or before is not None and self._is_title_word(before.group(1))

    def _after_a_title(self, text: str, entity: EntitySpan, entities: list[EntitySpan]) -> bool:
        return any(other.label == "POSITION" and other.end <= entity.start and _TITLE_TO_INSTITUTION.fullmatch(
            text[other.end:entity.start]) for other in entities)

    def _without_trailing_prepositions(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """An organization's or a person's span that ends with an English preposition took the word
        that leads to the next one ("the Department of Russian Language at" Zhejiang University,
        "Aigerim Bekova of" KazNU): the word goes. Case-sensitive: a name's own capitalized word stays.
        So does a Russian pointing word before "же" ("Института непрерывного образования того" же вуза)."""
        result = []
        for entity in entities:
            trailing = self.trailing_preposition.search(text, entity.start, entity.end) \
                if entity.label in ("ORG", "FACILITY", "PERSON") else None
            if trailing is None and entity.label in ("ORG", "FACILITY") and _SAME_AFTER.match(text, entity.end):
                trailing = self.trailing_pointing_word.search(text, entity.start, entity.end)
            result.append(EntitySpan(entity.start, trailing.start(), entity.label, entity.score)
                          if trailing is not None and trailing.start() > entity.start else entity)
        return result

    def _without_preposition_words_of_titles(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """An organization that opens with the last words of a preposition of several words between a title and it
        ("Secretary in" "Charge of the Ministry of Education"): the words go, so that the name left is read as registered."""
        titles_end = {entity.end for entity in entities if entity.label == "POSITION"}
        result = []
        for entity in entities:
            preposition = next((match for end in titles_end if end < entity.start
                                and (match := self.preposition_after_title.match(text, end)) is not None
                                and entity.start < match.end() < entity.end), None) if entity.label in ("ORG", "FACILITY") else None
            result.append(entity if preposition is None else EntitySpan(preposition.end(), entity.end, entity.label, entity.score))
        return result

    def _without_title_fields(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        """An organization right after a title and "for" that starts with the title's field ("Deputy
        Director for" "Science of the Institute of Botany"): the field goes, up to its preposition."""
        titles_end = {entity.end for entity in entities if entity.label == "POSITION"}
        result = []
        for entity in entities:
            if entity.label in ("ORG", "FACILITY") and any(
                    self.field_preposition_after_title.fullmatch(text, end, entity.start) for end in titles_end if end < entity.start):
                field = self.field_in_organization.match(text, entity.start, entity.end)
                # "spokesperson for" "the Ministry of Energy": an institution's own head word is no field.
                if field and not _has_institution_word(field.group(), self.taxonomy.institution_words.get("en", frozenset())):
                    entity = EntitySpan(field.end(), entity.end, entity.label, entity.score)
            elif entity.label == "ORG" and any(_INSTITUTION_AFTER_TITLE.fullmatch(text, end, entity.start) for end in titles_end if end < entity.start):
                entity = self._without_the_field_after_a_registered_name(text, entity)
            result.append(entity)
        return result

    def _without_the_field_after_a_registered_name(self, text: str, entity: EntitySpan) -> EntitySpan:
        """The title's field written after its institution, which the model took in ("Vice-Rector of the" "Eurasian
        National University for International Cooperation"): the registered name before "for" is the organization."""
        field = _FIELD_AFTER_A_NAME.search(text, entity.start, entity.end)
        if field is None or self._registered(text[entity.start:entity.end]) or not self._registered(text[entity.start:field.start()]):
            return entity
        return EntitySpan(entity.start, field.start(), entity.label, entity.score)

    def _without_kazakh_title_fields(self, text: str, entity: EntitySpan) -> list[EntitySpan] | None:
        """A Kazakh organization's span that ends with the field of the title after it ("... университетінің
        ғылыми жұмыс жөніндегі" проректоры): the field goes, back to the institution's genitive; a span
        of the field alone ("Ғылым жөніндегі" проректор) names no organization and goes whole."""
        words = list(_NAME_WORD.finditer(text, entity.start, entity.end)) if entity.label in ("ORG", "FACILITY") else []
        if len(words) < 2 or words[-1].group().lower() not in self.kazakh_field_postpositions:
            return None
        # A field is a few words ("ғылыми жұмыс"), right after the institution's genitive.
        institution_end = next((words[-2 - size] for size in range(1, _WORDS_OF_A_FIELD + 1)
                                if len(words) > size + 1 and self.kazakh_genitive.search(words[-2 - size].group())), None)
        if institution_end is not None:
            return [EntitySpan(entity.start, institution_end.end(), entity.label, entity.score)]
        return [] if len(words) <= _WORDS_OF_A_FIELD + 1 else None

    def _units_before_organizations(self, text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
        result = []
        for entity in entities:
            unit = self.unit_before_of.search(text, max(0, entity.start - 60), entity.start) if entity.label == "ORG" else None
            if unit is not None and not any(other.end > unit.start() and other.start < entity.start for other in entities):
                entity = EntitySpan(unit.start(), entity.end, entity.label, entity.score)
            result.append(entity)
        return result


def _ended_at_a_regnal_number(text: str, entity: EntitySpan) -> EntitySpan:
    """A Cyrillic person's span ends at a Latin Roman number and leaves the period after it, which a
    model reads as an initial's and runs into the next sentence ("Харальд V. Премия" -> "Харальд V"):
    a Cyrillic name has no Latin initial."""
    number = _REGNAL_NUMBER_AND_PERIOD.search(text, entity.start, entity.end) if entity.label == "PERSON" else None
    return replace(entity, end=number.end(1)) if number else entity


def _ended_at_the_initials_after_a_surname(text: str, entity: EntitySpan) -> EntitySpan:
    """A person's span that runs on past a surname's two initials ends at them: a model reads their period as
    no sentence end and takes the next sentence's first word ("Бекенов Д.С. Глубокие соболезнования", "Мусина
    Ж.К. С содокладом")."""
    initials = _SURNAME_AND_BOTH_INITIALS_BEFORE_MORE.search(text, entity.start, entity.end) if entity.label == "PERSON" else None
    return replace(entity, end=initials.end(1)) if initials else entity


def _russian_name_by_the_dictionary(word: str) -> bool:
    """Whether a capitalized Russian word is a name to pymorphy: a surname or a given name among its
    readings (Трампа, Обаме), or a word it does not know at all."""
    if not _CAPITALIZED_RUSSIAN_WORD.fullmatch(word):
        return False
    morphology = russian_morphology()
    return not morphology.word_is_known(word.lower()) or any(
        {"Surn", "Name"} & parse.tag.grammemes for parse in morphology.parse(word.lower()))


def _start(entity: EntitySpan) -> int:
    return entity.start


def _without_a_possessive(text: str, entity: EntitySpan) -> EntitySpan:
    """A span that took the English possessive ("Shakarim Kudaiberdiuly's poems", "Kazakhtelecom's head")
    ends before it: the name is without it."""
    possessive = _POSSESSIVE_AT_END.search(text, entity.start, entity.end) \
        or _POSSESSIVE_BEFORE_AN_ACTING_WORD.search(text, entity.start, entity.end)
    # A tokenized text writes the possessive apart ("Bekov 's"): the space goes with it.
    return EntitySpan(entity.start, entity.start + len(text[entity.start:possessive.start()].rstrip()), entity.label, entity.score) \
        if possessive is not None and text[entity.start:possessive.start()].strip() else entity


def _given_names_joined_to_surnames(text: str, mentions: list[Mention], surname_forms: set[str]) -> list[Mention]:
    """A person's one word right before a person's surname form, a space between ("Фёдора" and
    "Емельяненко" as two spans): one name."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if previous is not None and mention.label == previous.label == "PERSON" and mention.text in surname_forms \
                and previous.text not in surname_forms and " " not in previous.text and text[previous.end:mention.start] == " ":
            joined[-1] = replace(previous, end=mention.end, text=text[previous.start:mention.end])
        else:
            joined.append(mention)
    return joined


_ABBREVIATED_NOUN_AND_A_COMMA = re.compile(r"(?<![\w-])[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]{0,3}\.,\s*")


def _other_name_in_brackets_parts(text: str, entity: EntitySpan) -> list[EntitySpan] | None:
    """A person's name the model took with another name of the person in brackets after it, its
    original spelling or a second name ("Бернд Пишетсридер (Bernd Pischetsrieder)", "Саша (Наташа)"),
    the closing bracket maybe left out: two names, each a span of its own (one name would read as
    four words of one person); brackets after brackets ("Зайгер (Цайгер) (Zeiger)") each. Empty brackets,
    and brackets that open with a letter of no case (a name in Chinese or Arabic letters), are no part
    of the name."""
    if entity.label != "PERSON":
        return None
    brackets = _NAME_IN_BRACKETS_AT_END.search(text, entity.start, entity.end)
    if brackets is not None and brackets.start() > entity.start and brackets.group(1) and brackets.group(1)[0].isupper():
        name = EntitySpan(entity.start, brackets.start(), "PERSON", entity.score)
        return (_other_name_in_brackets_parts(text, name) or [name]) + [
            EntitySpan(brackets.start(1), brackets.end(1), "PERSON", entity.score)]
    any_brackets = _BRACKETS_AT_END.search(text, entity.start, entity.end)
    if any_brackets is None or any_brackets.start() == entity.start:
        return None
    opening = any_brackets.group(1)[:1]
    if not opening or opening.isalpha() and not opening.isupper() and not opening.islower():
        name = EntitySpan(entity.start, any_brackets.start(), "PERSON", entity.score)
        return _other_name_in_brackets_parts(text, name) or [name]
    return None


_FUNCTION_WORD_CLASSES = frozenset({"ADVB", "PREP", "CONJ", "PRCL", "INTJ", "PRED", "VERB", "INFN"})
_LAST_CYRILLIC_WORD = re.compile(r"\s+([А-ЯЁ][а-яё]{4,})$")  # not a short syllable of a Korean name (Ли Сон Хо, Хон Бом До)


def _without_a_russian_function_word_at_the_end(text: str, entity: EntitySpan) -> EntitySpan:
    """A PERSON that ran into a capitalized Russian word no name is, an adverb, a preposition or a verb that opens the next
    sentence where a crawler dropped its full stop ("Почетный педагог ЗКО Николай Вологин Сегодня, 5 октября, ..."),
    ends before it."""
    last = _LAST_CYRILLIC_WORD.search(text, entity.start, entity.end) if entity.label == "PERSON" else None
    if last is None or not _russian_function_word(last.group(1).lower()):
        return entity
    return EntitySpan(entity.start, last.start(), entity.label, entity.score)


@lru_cache(maxsize=20_000)
def _russian_function_word(word: str) -> bool:
    return russian_morphology().word_is_known(word) and all(parse.tag.POS in _FUNCTION_WORD_CLASSES
                                                            for parse in russian_morphology().parse(word))


def _initials_name_at_end(text: str, entity: EntitySpan) -> EntitySpan | None:
    """The initials name ("К. Туймебаева") that ends a longer span, as a PERSON of its own."""
    name = next((match for match in _INITIALS_NAME.finditer(text, entity.start, entity.end)
                 if match.end() == entity.end and match.start() > entity.start), None)
    return EntitySpan(name.start(), name.end(), "PERSON", entity.score) if name else None


def _without(text: str, entity: EntitySpan, start: int, end: int) -> EntitySpan | None:
    """The entity with a name glued to its head or tail cut off ("International Cooperation
    Department N.A. Abueva"); None when the name sits inside it."""
    if not text[end:entity.end].strip(" ,.;") and entity.start < start:
        return EntitySpan(entity.start, entity.start + len(text[entity.start:start].rstrip(" ,;-–—")), entity.label, entity.score)
    if entity.start == start and end < entity.end:
        return EntitySpan(end + len(text[end:entity.end]) - len(text[end:entity.end].lstrip(" ,;-–—")), entity.end,
                          entity.label, entity.score)
    return None


_OPENING_QUOTES, _CLOSING_QUOTES = "«“„\"'", "»”“\"'"
_QUOTE_AFTER_A_SPACE = re.compile(r"\s[«“„\"]\w")  # a quoted name opening after a space
# A quoted name with the comma or the period of the sentence inside its closing quote, as American usage puts them
# (the mosque "Nur Ata," and): the quotes fill with the name all the same.
_QUOTED_WITH_THE_SENTENCES_MARK = re.compile(r"[“\"][^“”\"]+[,.][”\"]")
# A quoted name's first half and its dash, right before the second ("“Taza Ozen – " of “Taza Ozen – Zhasyl Dala”): a
# slogan's or a project's name, no name of a person with a title.
_QUOTED_NAMES_FIRST_HALF = re.compile(r"[«“„\"][^\W\d_][^«»“”„\"\n]{0,40}?\s[–—-]\s$")
# A quoted name's dash and second half, right after the first ("– parasatty azamat”" of “Tarbieli Zhas – parasatty
# azamat”): a forum's or a slogan's name, whose first half is no person either.
_QUOTED_NAMES_SECOND_HALF = re.compile(r"\s[–—-]\s[^\W\d_][^«»“”„\"\n]{0,40}?[»”\"]")
# A quotation's closing quote, maybe a sentence's mark, and a dash before its attribution ("” – ", "». – ").
_QUOTE_AND_DASH_BEFORE = re.compile(r"[»”\"][.,!?]?\s*[–—-]\s*$")
_ENGLISH_LAST_WORD = re.compile(r"[A-Za-z]+$")  # the head noun an English organization's span ends in
_QUOTED_NAME_AFTER = re.compile(r" (?:«[^«»\n]{1,60}»|“[^“”\n]{1,60}”|\"[^\"\n]{1,60}\")")
_LOWER_WORD = re.compile(rf"[{_LOWER}]+(?:-[{_LOWER}]+)*")
_WORD_BEFORE = re.compile(r"(\S+) $")
_WORD_AFTER = re.compile(r" (\S+)")
_KAZAKH_POSSESSIVE_OPENINGS = ("ы", "і", "сы", "сі", "ғы", "гі")
_WORD_AFTER_ON_THE_LINE = re.compile(rf"[^\S\n]+([{_UPPER}]?[{_LOWER}]+)(?![\w-])")
_CAPITALIZED_ONE_WORD = re.compile(rf"[{_UPPER}][{_LOWER}]+")
_LOWER_WORD_AFTER = re.compile(rf"[^\S\n]+([{_LOWER}]+)(?![\w-])")
MAX_KIND_WORDS = 3
_WORDS_AROUND = 2
# A Latin word of two letters or more (the initials rule takes "El." for an initial), its period and
# the next name's capital: a sentence ended inside a span.
_WORD_AND_PERIOD = re.compile(r"([A-Z][a-z]+)\.\s+(?=[A-Z][a-z])")
# A capitalized participle of a verb ("Welcoming", "Congratulating") before a capitalized word, and where a sentence opens.
_PARTICIPLE_OPENER = re.compile(r"([A-Z][a-z]{3,}ing)\s+(?=[A-Z])")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?»”\"]\s+|\n\s*)$")
# A short capitalized word, maybe with its period, and the spaces around it, before a capitalized word or at the end of
# a span ("the University of Arizona Dr.", "the University of Padua Prof. Name").
_HONORIFIC_BEFORE_A_WORD = re.compile(r"\s+([A-Z][a-z]{1,3})\.?(?=\s+[A-Z]|$)")
_WORDS_AFTER = 3  # "Agency" for Strategic Planning and Reforms
_CYRILLIC_WORDS_AFTER = 6  # "Абай" атындағы Қазақ ұлттық педагогикалық университеті
_CYRILLIC_LETTER = re.compile(rf"[{_CYRILLIC_UPPER}{_CYRILLIC_LOWER}]")
_ENGLISH_WORD_BEFORE = re.compile(r"[A-Za-z]+[,:]?\s+$")
_CYRILLIC_WORD_AFTER = re.compile(rf" [{_CYRILLIC_UPPER}{_CYRILLIC_LOWER}][{_CYRILLIC_LOWER}-]*(?![\w-])")
_AND_THEN_A_CAPITALIZED_WORD = re.compile(rf" and [^\W\d_{_LOWER}]")
_AND_ONLY = re.compile(r"\s+and\s+")
# A Pinyin syllable: an initial, maybe, and a final; a Chinese given name in Latin letters is two of them (Mingyuan, Xiaoyan).
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)")
_TWO_PINYIN_SYLLABLES = re.compile(_PINYIN_SYLLABLE * 2)
_UNIT_NAME_WORDS = 4  # "Middle East Division", "Middle East and Africa Department"
_CAPITALIZED_WORD_BEFORE = re.compile(rf"(?<!\S)[^\W\d_{_LOWER}][\w-]* $")
_NAME_WORD = re.compile(r"\S+")
_CAPITALIZED_WORD_AND_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+ (?:and|&) $")
_HYPHENATED_PART_AFTER = re.compile(r"-[^\W\d_][\w]*(?![\w-])")
_QUOTED_WORDS_AFTER = re.compile(r"\s+[«“\"][^«»“”\"\n]{1,40}[»”\"]")
_LATIN_LETTER_AT_END = re.compile(r"[A-Za-z]$")
_CAPITALIZED_WORD_START = re.compile(r"(?<![\w-])[A-Z]")
_CAPITALIZED_WORD_AT_END = re.compile(r"(?<![\w-])[A-Z][\w-]*\s+$")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_POSSESSIVE_AT_END = re.compile(r"['’]s$")
# ... or before the word of an acting or interim post the model took in ("Kazakhstan’s Interim" President): the title's.
_POSSESSIVE_BEFORE_AN_ACTING_WORD = re.compile(r"['’]s\s+(?:[Ii]nterim|[Aa]cting)(?:$|(?=\s))")
_SENTENCE_START = re.compile(r"(?:^|[.!?…»\"]\s+|\n\s*)$")
_DIRECT_SPEECH_DASHES = frozenset("–—-")
_RUSSIAN_REGION_WORD_AFTER = re.compile(r"[ \t]+регион(?:а|у|ом|е)?(?![\w-])")
_CAPITALIZED_RUSSIAN_WORD = re.compile(rf"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+(?:-[{_CYRILLIC_LOWER}]+)*")
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
_FULL_ADJECTIVES = frozenset({"ADJF", "PRTF"})
_ADJECTIVES = frozenset({"ADJF", "ADJS"})  # an adjective may be a surname (Белый Андрей Петрович)
_NO_NAME_PARTS_OF_SPEECH = frozenset({"ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "PRCL", "CONJ", "PREP"})
# Up to four capitalized words in brackets (or none) at a span's end; the closing one may be missing.
_REGNAL_NUMBER_AND_PERIOD = re.compile(rf"[{_CYRILLIC_LOWER}] ([IVX]{{1,4}})\.")
# A Cyrillic surname and its two initials with more after them: both initials are there, so what follows is
# no part of the name.
# Three words of a name and one initial after them, as a span that ran into the next name's initial holds them.
_FULL_NAME_AND_ONE_INITIAL = re.compile(rf"(?P<names>[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+(?:\s[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+){{2}})"
                                        rf"\s[{_CYRILLIC_UPPER}]\.\s*")
# Two or three words of a name and the initials after them (one or two), as a span holds them.
_NAME_AND_INITIALS = re.compile(rf"(?P<names>[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+(?:\s[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]+){{1,2}})"
                                rf"\s(?:[{_CYRILLIC_UPPER}]\.){{1,2}}")
_CAPITAL_LETTER_NEXT = re.compile(rf"[{_CYRILLIC_UPPER}]")
# A Kazakh noun in the third person's possessive and a case after it ("Арабиясына", "Республикасының").
_POSSESSIVE_IN_A_CASE_END = re.compile(r"(?:сы|сі|ы|і)(?:на|не|нда|нде|нан|нен|ның|нің|н)$")
_CAPITALIZED_WORD_NEXT = re.compile(rf"\s*[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]")
_SURNAME_AND_BOTH_INITIALS_BEFORE_MORE = re.compile(
    rf"[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{2,}}\s([{_CYRILLIC_UPPER}]\.\s?[{_CYRILLIC_UPPER}]\.)\s+\S")
_BRACKETS_AT_END = re.compile(r"\s*\(\s*([^()]*)\)?$")
_NAME_IN_BRACKETS_AT_END = re.compile(r"\s*\(\s*((?:[^\W\d_][\w'’.-]*)(?:\s[^\W\d_][\w'’.-]*){0,3})?\s*\)?$")
# Latin name words at the start of a span, up to a possessive, a separator or the span's end.
_LEADING_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}(?=['’]s\b|\s*[/|]?\s*$)")
_CAPITALIZED_WORD_AFTER = re.compile(r"\s+[A-Z]")
# A word of a name in Latin letters, those of other alphabets of Europe and Turkey too (Wróbel, O'Connor, Jae-hyun).
_FOREIGN_NAME_WORD = re.compile(rf"(?<![\w'’-])[{_ACCENTED_LATIN_UPPER}](?:[{_ACCENTED_LATIN_LOWER}]*['’-][{_ACCENTED_LATIN_UPPER}])?"
                                rf"[{_ACCENTED_LATIN_LOWER}]+(?:-[{_ACCENTED_LATIN_LOWER}]+)?(?![\w'’-])")
# A Cyrillic word right before a span on its line, maybe a comma, a colon or a quote between.
_CYRILLIC_WORD_BEFORE = re.compile(r"[\u0400-\u04ff][^\S\n]*[,:«»\"]?[^\S\n]*$")
_HYPHENATED_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
_WORDS_OF_A_PLACE = 2  # Almaty; Almaty Region, Абай облысы
_NAME_WORD_PATTERN = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)*"
# What ends an item of an English list: a comma, an "and", the sentence's end.
_LIST_ITEMS_END = re.compile(r"\s*(?:,|and\b|\.|;|$)")
# Two or three Latin name words ending a span, after a space ("... School Arman Bekov", "Dana-Bi Temirova").
_NAME_AT_THE_END = re.compile(r"(\s)([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,2})(?:\s+and)?$")
# A lower-case English word form glued to a name's last word where a space was lost (-ed, -ing, -s: "stressed", "noting",
# "says"): at least four letters, plain Latin.
_GLUED_ENGLISH_TAIL = re.compile(r"(?=[a-z]{4})[a-z]{2,}(?:ed|ing|s)")
# A span's last word that ends in a hyphen ("Nur-"), and the capitalized part after it ("Sultan").
_HYPHENATED_WORD_AT = re.compile(r"(\b[A-Z][a-z]+-)$")
_HYPHENATED_REST = re.compile(r"[A-Z][a-z]+")
# A quoted title's closing quote and a dash before a name ("of the Year\" - Name").
_CLOSING_QUOTE_AND_DASH = re.compile(r"[\"”»]\s*[-–—]\s*$")
_AFTER_A_SLASH = re.compile(r"[^\S\n]*/[^\S\n]*(?=\S)")
# "of" after the word makes it a title's or a unit's ("Specialist Group of the Society").
_LATIN_SURNAME_AFTER_A_TITLE = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-]|\s+[A-Z]|\s+of\b)")
_CAPITALIZED_NAME = re.compile(rf" ({_NAME_WORD_PATTERN}(?: {_NAME_WORD_PATTERN}){{1,2}})(?![\w-]|\s+[{_UPPER}])")
_CAPITALS = r"[A-Z][A-Z'’-]+(?:[^\S\n][A-Z][A-Z'’-]+){0,2}"
_DATELINE = re.compile(
    rf"(?P<place>{_CAPITALS})(?:,[^\S\n]*[A-Z][a-z]{{2,8}}\.?[^\S\n]*\d{{1,2}}(?:,[^\S\n]*\d{{4}})?)?"
    rf"(?:[^\S\n]*\([^()\n]{{2,30}}\)[^\S\n]*(?:[–—-][^\S\n]*)?|[^\S\n]*[–—-][^\S\n]+|\.[^\S\n]+)"
    rf"(?:{_CAPITALS}[^\S\n]*[–—-][^\S\n]*|(?<=\.[^\S\n])(?P<agency>[A-Z][A-Z'’-]{{3,}})[^\S\n]+(?=[A-Z][a-z]))?")
_NEWS_OUTLET_TYPES = frozenset({"news agency", "newspaper"})  # registry types of who writes a report, not whom it is about
_LABEL_BEFORE_A_COLON = re.compile(rf"{_CAPITALS}:")
_CAPITALIZED_OPENING_BEFORE = re.compile(r"(?<![\w-])the\s+((?:[A-Z][a-z][\w-]*\s+){1,2})$")
_LATIN_LETTERS_ONLY = re.compile(r"[A-Za-z][A-Za-z .'-]*")
# A Russian adjective's case ending at a span's end, and the lower-case noun right after it.
_RUSSIAN_ADJECTIVE_END = re.compile(r"[а-яё]{3}(?:ого|его|ой|ей|ому|ему|ым|им|ый|ий|ая|яя|ое|ее|ую|юю|ых|их)$")
_RUSSIAN_NOUN_AFTER_AN_ADJECTIVE = re.compile(r"[ \t]+([а-яё][а-яё-]+)")
def _offices_named_after_their_titles(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """An organization's span that ends with "of the" before a title's ("the Office of the" "Provost") is the
    office, named after the title: the title is its name's, no person's."""
    result, absorbed = [], set()
    for index, entity in enumerate(entities):
        title = entities[index + 1] if index + 1 < len(entities) else None
        if entity.label == "ORG" and title is not None and title.label == "POSITION" \
                and _ENDS_WITH_OF_THE.search(text, entity.start, entity.end) and text[entity.end:title.start].isspace() \
                and _LATIN_LETTERS_ONLY.fullmatch(text[entity.start:title.end]):
            entity = EntitySpan(entity.start, title.end, "ORG", entity.score)
            absorbed.add(index + 1)
        if index not in absorbed:
            result.append(entity)
    return result


def _named_with_another_word(text: str, first_word: str, surname: str) -> bool:
    """Whether the text writes the surname after a capitalized word other than ``first_word`` (its full name)."""
    return any(match.group(1) != first_word for match in re.finditer(
        rf"(?<![\w-])([^\W\d_a-zа-яё][\w-]*)\s+{re.escape(surname)}(?![\w-])", text))


_ENDS_WITH_OF_THE = re.compile(r"\s[Oo]f\s+the$")
# An article, or a preposition opening the sentence ("At Zhangir Khan ... University, ..."), opens no registered name.
_ENGLISH_WORDS_BEFORE_A_NAME = frozenset({"The", "A", "An", "At", "In", "On", "For", "From", "By", "With", "To"})
_FIELD_JOINER_BEFORE = re.compile(r"(?<!\w)(?:and|of|&)\s+$")
# A title's field opened by "for" and a capitalized word of it before the span ("for International", "for Central and West").
_FIELD_OPENED_BEFORE = re.compile(r"(?<!\w)for(?:\s+[A-Z][\w'-]*(?:\s+(?:and|&))?)+\s+$")
# Capitalized words, "and" or "of" maybe between ("West Kazakhstan Agrarian and" before "Technical University").
_CAPITALIZED_LATIN_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'-]*\s+(?:(?:and|of|&)\s+)?){1,6}$")
_LONG_REGISTERED_NAME_WORDS = 5
# "Vice-Rector of the" before an organization; "for" and capitalized words closing the organization's span.
_INSTITUTION_AFTER_TITLE = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")
_FIELD_AFTER_A_NAME = re.compile(r"\s+for(?:\s+[A-Z][\w'-]*(?:\s+and)?)+$")
_LOWER_CASE_LATIN_WORDS_AFTER = re.compile(r"((?:\s+[a-z]+)*)")
_MAX_LOWER_CASE_KIND_WORDS = 4  # "regional department of education"
_CAPITALIZED_RUN_AFTER_OF = re.compile(
    r"\s+(?:of|at)\s+(?:the\s+)?((?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’-]*){0,7})")
_CAPITALIZED_RUN_WORD = re.compile(r"[A-Z][\w'’-]*")
_LABELS_OF_A_NAME_READ_AS_A_THING = ("ORG", "FACILITY", "WORK_OF_ART")
_PERSON_OF_INSTITUTION = re.compile(
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}) of (?:the )?([A-Z][^\n,;:()]*)")
_TITLE_TO_INSTITUTION = re.compile(r"\s*(?:of\s+(?:the\s+)?)?")
_PLACE_AFTER_A_TITLE = re.compile(r"\s+(?:of|in|to)\s+(?:the\s+)?")
_NEXT_PLACE_OF_A_LIST = re.compile(r",?\s+and\s+|,\s+")
_BODY_AND_PLACE_AFTER_A_TITLE = re.compile(r"(?:\s+(?:of|the|in|at|to|for|and|[A-Z][\w’'.&-]*))+\s+")
_LATIN_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,}) $")
_CAPITALIZED_WORDS_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?= $)")
_APPOSITION_WORDS_AFTER = re.compile(r",\s+(?:(?:the|a|an)\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})")


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


def _persons_in_other_scripts_as_names(entities: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A "person" written in neither Latin nor Cyrillic letters (a Greek company's name the model read in an
    English sentence) names no one the pipeline can read: it is kept as MISC."""
    return [EntitySpan(entity.start, entity.end, "MISC", entity.score)
            if entity.label == "PERSON" and not _LATIN_OR_CYRILLIC_LETTER.search(text, entity.start, entity.end) else entity
            for entity in entities]


def _persons_in_two_scripts_as_names(entities: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A "person" made of a Cyrillic word and a Latin one ("Абитуриенту Admission" of a menu in two languages) names no
    one: a name is written in one script (a stray letter of the other inside a word is folded elsewhere; a Roman
    numeral is no word: "Елизавета II"). It is kept as MISC."""
    def in_two_scripts(entity: EntitySpan) -> bool:
        words = text[entity.start:entity.end].split()
        return any(_CYRILLIC_WORD.fullmatch(word) for word in words) \
            and any(_LATIN_WORD.fullmatch(word) and not _ROMAN_NUMERAL.fullmatch(word) for word in words)
    return [EntitySpan(entity.start, entity.end, "MISC", entity.score) if entity.label == "PERSON" and in_two_scripts(entity)
            else entity for entity in entities]


def _quoted_persons_as_names(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    return [EntitySpan(entity.start, entity.end, "MISC", entity.score)
            if entity.label == "PERSON" and (_quoted_bounds(text, entity) is not None or _QUOTED_NAMES_FIRST_HALF.search(text, 0, entity.start)
                                             and text[entity.end:entity.end + 1] in _CLOSING_QUOTES
                                             or text[entity.start - 1:entity.start] in _OPENING_QUOTES
                                             and _QUOTED_NAMES_SECOND_HALF.match(text, entity.end)
                                             or _QUOTED_WITH_THE_SENTENCES_MARK.fullmatch(text, entity.start - 1, entity.end + 2)) else entity
            for entity in entities]


def _has_institution_word(phrase: str, institution_words: frozenset[str]) -> bool:
    return any(word.lower() in institution_words for word in phrase.split())


def _with_a_person_over(entities: list[EntitySpan], start: int, end: int) -> list[EntitySpan]:
    """``entities`` with a PERSON from ``start`` to ``end`` in place of the spans inside it, unless a person's span
    overlaps it or a span runs past it (the model's reading of a longer name stands)."""
    overlapping = [entity for entity in entities if entity.start < end and start < entity.end]
    if any(entity.label == "PERSON" or entity.start < start or entity.end > end for entity in overlapping):
        return entities
    return sorted([entity for entity in entities if entity not in overlapping] + [EntitySpan(start, end, "PERSON")],
                  key=lambda entity: (entity.start, entity.end))


def _a_lifeless_neuter_noun(word: str) -> bool:
    """Whether the Russian dictionary reads a word only as a lifeless noun of the neuter gender (слова, поручение,
    письмо): no person's surname is one, whatever its ending."""
    morphology = russian_morphology()
    return morphology.word_is_known(word.lower()) and all(
        parse.tag.POS == "NOUN" and {"inan", "neut"} <= parse.tag.grammemes for parse in morphology.parse(word.lower()))

def _each_replaced(entities: list[EntitySpan], parts_of) -> list[EntitySpan]:
    """Each entity, or the spans ``parts_of(entity)`` gives in its place (None keeps it as it is)."""
    result = []
    for entity in entities:
        parts = parts_of(entity)
        result += [entity] if parts is None else parts
    return result


def _place_then_person(entity: EntitySpan, words: list[re.Match]) -> list[EntitySpan]:
    """A person's span split after its first word: the place (GPE) the model ran into the name, and the name."""
    return [EntitySpan(entity.start, words[0].end(), "GPE", entity.score), EntitySpan(words[1].start(), entity.end, "PERSON", entity.score)]


_SAME_AFTER = re.compile(r"\s+же(?!\w)")
_LATIN_INITIALS_AND_SURNAME = re.compile(r"(?:[A-Z]\.\s?){1,2}[A-Z][a-z'’-]+")
_TABLE_BAR = re.compile(r"\s*\|\s*")
_DASH_AT_THE_END = re.compile(r"\s+[–—-]+(?:\s+[a-zа-яёәғқңөұүһі]+)*$")  # with lower-case words after it ("Name - the")
_DASH_AT_THE_START = re.compile(r"[–—-]+\s+")


def _without_a_dash_at_the_end(text: str, entity: EntitySpan) -> EntitySpan:
    """A span the model ran into the dash after it, maybe with lower-case words after the dash ("[Мұхамедиярова Ләззат –]
    математика пәнінің мұғалімі", a list's name before its title; "[Name - the] Kozybayev University") ends before the dash; one it ran into the dash before it ("Ол [– Асқар Нұрланов]", a
    copula's dash before the name) starts after it."""
    dash = _DASH_AT_THE_END.search(text, entity.start, entity.end)
    if dash and dash.start() > entity.start:
        entity = EntitySpan(entity.start, dash.start(), entity.label, entity.score)
    dash = _DASH_AT_THE_START.match(text, entity.start, entity.end)
    return EntitySpan(dash.end(), entity.end, entity.label, entity.score) if dash and dash.end() < entity.end else entity


_LOWER_CASE_WORDS_AFTER = re.compile(r"(?:[ \t]+[a-zа-яәғқңөұүһі][\w-]*){1,5}")
_WORD_END = re.compile(r"[\w-]+")


# A language switch's item: a code in capitals ("KZ", "ҚАЗ") or a known code as a site writes it ("Ru", "Kz", "Рус").
_LANGUAGE_CODES = ("kz", "kk", "ru", "en", "eng", "rus", "kaz", "qaz", "каз", "қаз", "рус", "ағл", "анг")
_SWITCH_ITEM = rf"(?:[{_UPPER}]{{2,3}}|(?i:{'|'.join(_LANGUAGE_CODES)}))"
_ONE_SPACE = re.compile(r" ")  # between two spans the model read apart
# A calendar's header: five to seven short capitalized words alone on their line, the weekdays' abbreviations.
_CALENDAR_HEADER = re.compile(rf"[{_UPPER}][{_LOWER}]{{1,2}}(?:[^\S\n]+[{_UPPER}][{_LOWER}]{{1,2}}){{4,6}}")
_LANGUAGE_SWITCH = re.compile(rf"{_SWITCH_ITEM}(?:[^\S\n]+{_SWITCH_ITEM}){{1,4}}")
# A breadcrumb's item alone on its line, a few capitalized words and the angle bracket that leads to the next item.
_BREADCRUMB_ITEM_ALONE = re.compile(rf"[{_UPPER}][\w-]*(?:[^\S\n]+[{_UPPER}][\w-]*){{0,2}}[^\S\n]+[>»›]")


def _without_navigation_entities(line: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """A menu or breadcrumb line ("Басты бет / Жаңалықтар / Мектеп өмірі", "Basty bet | Saiasat | Qoğam") names
    no official: a span run across its separators is none ("Жаңалықтар / Мектеп"), and a word of its own read
    as a person is a menu item that is also a given name (Саясат, politics), as are words in capitals alone (a
    language switch, "RU KZ EN") and a later item of a menu of three or more read whole as a person, a section's name
    ("Opinion | Culture | Tengri Tales"). A table's row of staff opens with the name ("Беккер Наталья | мұғалім |
    ағылшын тілі") or holds a title's item ("teacher of mathematics"); a photo credit of two items names its author
    ("Фото: Kazinform / Name")."""
    separators = navigation_separators(line)
    if not separators:
        # A language switch's codes between spaces alone ("KZ RU EN", "Ru Kz") are no name either.
        # Nor is a calendar's header of weekdays' short names ("Mo Tu We Th Fr Sa Su", "Пн Вт Ср Чт Пт Сб Вс").
        # Nor is a breadcrumb's item the site broke onto a line of its own, its angle bracket after it ("Main Page  >").
        return [entity for entity in entities if not (entity.label == "PERSON" and (
            _LANGUAGE_SWITCH.fullmatch(line.strip()) or _CALENDAR_HEADER.fullmatch(line.strip())
            or _BREADCRUMB_ITEM_ALONE.fullmatch(line.strip())))]
    bounds = [0, *(bound for separator in separators for bound in separator), len(line)]
    items = set() if len(separators) < 2 or any(entity.label == "POSITION" for entity in entities) \
        else {line[start:end].strip() for start, end in zip(bounds[2::2], bounds[3::2])}
    return [entity for entity in entities
            if not any(entity.start < end and start < entity.end for start, end in separators)
            and not (entity.label == "PERSON" and (len(line[entity.start:entity.end].split()) == 1
                                                  or line[entity.start:entity.end].isupper()
                                                  or line[entity.start:entity.end].strip() in items))]


def _site_names_as_organizations(url: str | None, mentions: list[Mention]) -> list[Mention]:
    """A "person" of two words or more whose words, run together, are part of the page's web address is the site
    that publishes the page, named in its title or header ("Kursiv Media" on kz.kursiv.media, "Tengri News" on
    tengrinews.kz). One word may be the surname of the person a university is named after ("Satbayev" on
    satbayev.university)."""
    host = "".join((urlsplit(url if "//" in url else f"//{url}").hostname or "").lower().split(".")) if url else ""
    if not host:
        return mentions
    return [replace(mention, label="ORG") if mention.label == "PERSON" and len(mention.text.split()) > 1
            and (key := "".join(_LATIN_LETTERS.findall(mention.text.lower()))) and key in host
            else mention for mention in mentions]


_LATIN_LETTERS = re.compile(r"[a-z]+")


def _acronyms_the_page_spells_out(text: str, segments: list, mentions: list[Mention]) -> list[Mention]:
    """An acronym the page gives in brackets after an organization's name, the initials of the name's capitalized words
    ("The University of Central Asia (UCA)"), is an ORG wherever no mention covers it, in any paragraph: the model reads
    the name in full and seldom the bare acronym again after a title ("Professor Name, Rector of UCA"). The brackets
    themselves stay the name's: a pronoun after them refers to the name ("... (KAIST) led by its Vice President")."""
    acronyms, brackets = set(), set()
    for mention in mentions:
        bracket = _BRACKETED_ACRONYM.match(text, mention.end) if mention.label == "ORG" else None
        name = _OPENING_THE.sub("", mention.text)
        if bracket is not None and "".join(word[0] for word in name.split() if word[:1].isupper()) == bracket.group("acronym"):
            acronyms.add(bracket.group("acronym"))
            brackets.add(bracket.start("acronym"))
    if not acronyms:
        return mentions
    added = [Mention(match.start(), match.end(), match.group(), "ORG", segment.lang, "rules", __version__)
             for match in re.finditer(rf"(?<![\w-])(?:{'|'.join(sorted(acronyms))})(?![\w-])", text)
             if match.start() not in brackets and not any(mention.start < match.end() and match.start() < mention.end for mention in mentions)
             for segment in segments if segment.start <= match.start() and match.end() <= segment.end and segment.lang != OTHER]
    return sorted(mentions + added, key=lambda mention: (mention.start, mention.end))


def _names_run_into_the_next_word(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Latin name the page writes whole elsewhere, with the next English word glued to its last word where a space was
    lost ("Aigerim Tolegenovstressed"): the name, up to the end of the way the page writes it. The glued tail is an
    English word form (-ed, -ing, -s, as the verbs of speech after a name), never a Kazakh case ending (Бейсембаевтың,
    Beisembaevtyń are written so on purpose)."""
    persons = {mention.text for mention in mentions if mention.label == "PERSON" and " " in mention.text}
    result = []
    for mention in mentions:
        if mention.label == "PERSON":
            whole = max((name for name in persons if len(name) < len(mention.text) and mention.text.startswith(name)
                         and _GLUED_ENGLISH_TAIL.fullmatch(mention.text[len(name):])), key=len, default=None)
            if whole is not None:
                mention = replace(mention, end=mention.start + len(whole), text=whole)
        result.append(mention)
    return result


def _places_read_as_persons(text: str, foreign_cities: frozenset[str], mentions: list[Mention]) -> list[Mention]:
    """An English "person" of one word right after "in" ("the reactor in Kurchatov", a town named after a
    physicist), or one the model read as a place after a preposition elsewhere on the page ("teachers from Ayagoz"
    where "in the city of Ayagoz" is a place: a town named like a person; not a place read where no preposition
    tells one, as a surname alone may be), is a place, unless it is a word of a name the page writes in full (the
    person named again); so is one that is a foreign city's whole name, whose first word is also a given name ("in
    Abu Dhabi")."""
    named = {word for mention in mentions if mention.label == "PERSON" and " " in mention.text.strip() for word in mention.text.split()}
    places = {mention.text.strip() for mention in mentions if mention.label in PLACE_LABELS
              and _PREPOSITION_BEFORE_A_PLACE.search(text, max(0, mention.start - 6), mention.start)}
    return [replace(mention, label="GPE") if mention.label == "PERSON" and mention.lang == "en"
            and (" " not in (word := mention.text.strip()) and word not in named
                 and (word in places or _IN_BEFORE_A_PLACE.search(text, max(0, mention.start - 4), mention.start))
                 or word.lower() in foreign_cities)
            else mention for mention in mentions]


_IN_BEFORE_A_PLACE = re.compile(r"(?<![\w-])in\s$")
_PREPOSITION_BEFORE_A_PLACE = re.compile(r"(?<![\w-])(?:in|of|from|to|at)\s$")


# A Russian court's name ends with its jurisdiction, the cases it hears ("Кассационный суд по гражданским делам",
# "Специализированный межрайонный суд по делам несовершеннолетних"), which the model leaves out of the span.
_RUSSIAN_COURT_JURISDICTION = re.compile(r"(?i:суд|суда|суду|судом|суде|суды|судов|судам|судами|судах)"
                                         r"(?P<field>[^\S\n]+по(?:[^\S\n]+[а-яё-]+(?:ым|им))*[^\S\n]+делам"
                                         r"(?:[^\S\n]+несовершеннолетних)?)(?![\w-])")


def _russian_courts_with_their_jurisdiction(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """An ORG span that ends with a court's noun takes the jurisdiction after it ("Кассационным судом | по уголовным делам")."""
    result = []
    for entity in entities:
        if entity.label == "ORG":
            court = _RUSSIAN_COURT_JURISDICTION.match(text, entity.end - len(text[entity.start:entity.end].rsplit(None, 1)[-1]))
            if court is not None and court.start("field") == entity.end \
                    and not any(other is not entity and other.start < court.end() and other.end > entity.end for other in entities):
                entity = EntitySpan(entity.start, court.end(), entity.label, entity.score)
        result.append(entity)
    return result
