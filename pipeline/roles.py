"""Roles: each person tied to their titles and each title to its institution, sentence by sentence.

Patterns, in the order they are tried for each person:
- apposition after the name: "Elena Kazakova, Director of the Institute of Pedagogy at ...";
  "Жиенбаева С.Н., п.ғ.д., ... ЕҰУ профессоры" (the titles after a comma, up to an "and" or the
  next person's own titles);
- titles before the name, chains included: "KazNPU Rector Takir Balykbayev", "облыс әкімі
  Н.М. Нәлібаев", "Chairman of the Managing Board - Rector - Gulmira Qanai" (two roles);
- lists: a person with no title of their own right after another in a list inherits the titles
  ("депутаттары Наурызбай Байқадамов, Руслан Рүстемов"), and an institution named in between
  replaces the first one's ("methodologists of nursery No. 42 Aigul Idrisova, nursery No. 137
  Zhazir Soltanayeva");
- across sentences: a subject pronoun among a sentence's first words ("Ранее она работала ...") and, in
  Russian, a title as the subject of the sentence right after a name ("41-летний музыкант доставлен в
  больницу"; in Kazakh a one-word title opening it, "Министр ... атап өтті") stand for the person the
  sentence before named first (a Russian pronoun: the first of its gender named in the nominative); a Russian sentence without a subject ("В 2006 году назначен ...") or a
  biography's dated line ("С 2010 года — ректор ...") is the person's the last sentence with a name named
  first, and so is a Kazakh or English one ("2015–2018 жж. – Кентау қаласының әкімі", "2021 – present – Vice-Rector");
  a name after words that say it held the post before ("Его предшественник Name", "She succeeds Name", "бұл
  қызметті Name атқарған") held the post of the subject (``post_held_before_name`` in the lexicons), formerly;
  a biography's header, a name alone on its line and the post on the line under it, is one sentence;
  a possessive pronoun before a deputy's or
  an aide's title ("Оның орынбасары", "Его заместитель", "His deputy") refers to the holder named last before:
  the aide works at the holder's institution, and a deputy of an akim is a deputy akim (``deputy_of``).
Institutions, the first that names one: one named inside the title (Majilis Deputy); the fixed
seat of the title (a prime minister's government); the org part of a Kazakh POSITION entity
(Қызылорда облысының әкімі) or the Kazakh genitive chain before the title; an organization right
after the title ("Director of the Republican Association ...", "ректор КазНПУ"), or the place an
NER span took the title into ("Аким Туркестанской области"); the field after a minister's title
("министр просвещения"); an organization right before it ("KazNPU Rector"); then the page's own
(its university, school or region, by role: ``page_institution`` in roles.yaml; where the page names
several, the registered one the paragraph named last before the title). A seat turns a place into its
akimat and a field into its ministry (``seats``); a department on a university's page is a unit
(``org_unit``) of that university. A noun that names a kind of institution but not which ("Мектеп
директоры", "Университеттің ... хатшысы", "кафедра меңгерушісі", "Ауылдық округ әкімінің орынбасары",
"ректор университета", "заместитель акима области", "the university's rector", "deputy akim of the
region"), and a minister's title alone ("Министр Name"), refer back: to the last one of that kind named
before in the paragraph (an NER span, a numbered one, a name before the kind's noun, or the institution an earlier
title was read with), or in the page's first line, else the page's own (a place: its akimat; a Kazakh
unit: of the page's university); and a Kazakh place's chief specialist is its akimat's. The titles, institution and status words live
in ``data/roles.yaml``; the connectives, endings and other words of each language in
``data/lexicon/<lang>.yaml``.

English adds: an akim's region around the title ("Akim of Pavlodar Region", "the region of X"), a
unit named in lower case after the title or followed by "at" its institution, a subject before
"at" ("teacher of chemistry at X"), an adviser "to" an institution, "the university president"
(the page's university), the members or the leader of a visiting delegation (the delegation's
institution), a member of a chamber's committee (a deputy of the chamber), "its" or "whose" before a
title (the organization named last before it), "appointed Name as minister", an institution's possessive
after a verb of appointment ("who was appointed Narxoz University's rector"), and plural titles right
before a list or after a comma that ends one ("Name, Name and Name, teachers of School No. 5"), where each
listed name takes the institution written after it ("Professors Name of X and Name of Y"); an akimat
named by its place ("The Akimat of Astana") is that place's.
"""

from __future__ import annotations

import calendar
import itertools
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache

from pipeline.language import SIGNATURE_LETTERS, dominant_script
from pipeline.lexicon import Lexicon, words_in_all
from pipeline.normalize.institutions import academic_host_words, fold
from pipeline.normalize.latin import latin_key
from pipeline.normalize.names import CASE_CONTEXT_CHARS, nominative_adjective, russian_morphology
from pipeline.patterns import any_of, ends_with_any, kazakh_place_at, office_after_a_possessive_title
from pipeline.records import Document, Institution, Mention, PersonName, RoleFact
from pipeline.segment import navigation_separators
from pipeline.taxonomy import LANGS, RoleTaxonomy

ORG_LABELS = {"ORG", "GPE", "LOC", "FACILITY"}
# A sentence's end before the next one's capital, or glued to its opening quote or, in Latin letters after a lower-case
# word, to its first word, as pages lose the space ("баяндама жасады.«АМАНАТ» партиясы ...", "in the village.Escorted by
# ..."; not an initial's or an abbreviation's period: "Zh.Name", "Dr.Name").
_SENTENCE_END = re.compile(r"[.!?…]+[»\")]*(?:\s+(?=[«\"№A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])|(?=«[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))")
_WORD = re.compile(r"[\w-]+")
# A Kazakh word right before a title, maybe before "жаңа" (new) or "қайтадан" (again), with its last two letters, a
# dative's ending where it is one ("ауданына жаңа әкім", "ауданына қайтадан әкім болып ауысады").
_KAZAKH_DATIVE_BEFORE_A_TITLE = re.compile(r"(?<![\w-])(?P<noun>\w+(?P<ending>\w\w))\s+(?:(?:жаңа|қайтадан)\s+)?$", re.IGNORECASE)
# A move to a post the place in the dative before the title names ("... ауданына әкім болып ауысты").
_KAZAKH_MOVE_TO_A_POST = re.compile(r"\s+болып\s+ауыс(?:ты|қан|ады|ып)(?![\w-])", re.IGNORECASE)
# The dative's endings after a possessive (ауданы-на, университеті-не) and the genitive's that take their place (ауданының).
_KAZAKH_GENITIVE_OF_A_POSSESSIVES_DATIVE = {"на": "ның", "не": "нің"}
_SENTENCE_CLOSING = ".!?…»\")\t\n "  # what a sentence's last word may have after it, rstrip's characters
_POSSESSIVE_PRONOUN_BEFORE = re.compile(r"(?<![\w-])(?:его|её|ее)\s+$", re.IGNORECASE)  # "Его руководителем": a Russian one right before a title
_LINE_CLOSING = frozenset(".!?…»\"”):;")  # what a line that closes its sentence, or opens a list, may end with
# Posts that represent a country abroad: the country named with one is whom the holder represents ("Представитель
# Казахстана Name"), which other posts of it (a State Counsellor) are held at no body for.
_POSTS_REPRESENTING_A_COUNTRY = frozenset({"representative", "ambassador"})
# Up to four lower-case words between a Kazakh participle and a name, nothing else (``_kazakh_description_of_a_subject``).
_KAZAKH_DESCRIPTION_WORDS = re.compile(r"\s+(?:[а-яәғқңөұүһі][а-яәғқңөұүһі-]*\s+){1,4}")
_KAZAKH_GENITIVE_ENDING = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$", re.IGNORECASE)
_COLON_AFTER = re.compile(r"[^\S\n]*:")
_KAZAKH_LIST_ITEM_JOINER = re.compile(r"[,;]|(?<![\w-])(?:және|мен|бен|пен)(?![\w-])")
# Roles whose institution is a body one belongs to or an event one moderates, not where one works: an academic rank is held
# at no such body (``_ranks_at_the_holders_post``).
_RANKS_OF_NO_WORKPLACE = frozenset({"other", "member", "moderator"})
_WORD_PART = re.compile(r"\w+")
# A hyphen alone is the join of two titles written as one word ("басқарма төрағасы-ректоры").
_JOINING_PUNCTUATION = re.compile(r"[,;–—]|\s-\s|^-$")
_INITIALS_TOKEN = re.compile(r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]?\.)+")
MAX_CHUNK_WORDS = 8
_MAX_ATTACHED_OFFICE_WORDS = 3  # "Қазақстан Республикасының Президенті" before "жанындағы"
MAX_FIELD_WORDS = 3  # a Kazakh title's field before "жөніндегі": "ғылыми жұмыс", "оқу-тәрбие ісі"
_APPOINTMENT_VERB_CHARS = 40  # how far after a post's evidence its verb of appointment may stand ("... болып тағайындалды")
_OBJECT_VERB_CHARS = 100  # how far before an appointed name its verb may stand ("appoint former Vice Minister of ... Name as")
MAX_SUBJECT_WORDS = 4  # a school subject's name before "пәнінің": "қазақ тілі мен әдебиеті"
_SUBJECT_WORD = re.compile(r"[a-zа-яәғқңөұүһі][\w-]*")
MAX_TITLE_DISTANCE = 100
_MAX_ADJECTIVES_BEFORE_A_HEAD = 3  # "Национального научно-практического центра"
_CLAUSE_MARK = re.compile(r"[,.;:!?–—]")
# A Russian deputy of a body's head by the head's noun ("замглавы", "заместитель руководителя", "первый зам главы").
_RUSSIAN_DEPUTY_OF_THE_HEAD = re.compile(r"(?i)(?:первый\s+)?(?:замглавы|зам(?:еститель)?\s+(?:главы|руководителя))")


def _clause_mark_outside(text: str, start: int, end: int, mentions) -> bool:
    """Whether a clause's mark stands in ``start``..``end`` outside the mentions' spans (an initial's point inside a name,
    "Д.Name", closes no clause)."""
    return any(not any(mention.start <= mark.start() < mention.end for mention in mentions)
               for mark in _CLAUSE_MARK.finditer(text, start, end))


# Words before a government that say it is gone ("отставка правительства Name").
_GOVERNMENT_GONE_BEFORE = re.compile(r"(?:отставк[аиуое]\w*|бывш\w+|прежн\w+|экс-)\s*$", re.IGNORECASE)
MAX_HOLDER_DISTANCE = 400  # how far before "his deputy" the holder it refers to may be named
# Words that join institutions into a chain after an English title ("of the Center of the Ministry").
_CHAIN_WORDS = frozenset({"of", "the", "at", "under", "and"})
_CHAIN_LINK = re.compile(r"\s*[-–—]\s*")  # between two titles of one chain
_TITLES_LISTED = re.compile(r"\s*,\s*")  # between two Kazakh titles of one person listed before the name
_AND_ALONE = re.compile(r"\s+and\s+(?:an?\s+)?")  # "Provost and Vice President", "a professor and a member of"
# The capitalized name of the institution of the title before, then "and" ("a student of Marmara University and chairman of ...").
_INSTITUTION_THEN_AND = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,6}\s+and\s+(?:an?\s+)?")
# ... and in Russian, the capitalized name in the genitive ("профессор КазНУ и профессор Назарбаев Университета").
_RUSSIAN_INSTITUTION_THEN_AND = re.compile(r"\s+(?:[«\"]?[А-ЯЁA-Z][\w'’.«»\"-]*\s+){1,6}и\s+")
# A Russian ministry in lower case with its field of one to four words in the genitive ("министерства охраны окружающей
# среды"), up to punctuation or a word of another part of speech.
_RUSSIAN_MINISTRY_IN_LOWER_CASE = re.compile(r"(?<![\w-])министерств[аеоу]\s+(?P<field>[а-яё]+(?:ого|его|ой|ей|ых|их|[аыиу])"
                                             r"(?:\s+(?:и\s+)?[а-яё]+(?:ого|его|ой|ей|ых|их|[аыиуя])){0,3})(?![\w-])")
# A lower-case Russian word right before an organization's name, an opening quote maybe between.
_LOWER_CASE_WORD_BEFORE = re.compile(r"(?<![\w-])([а-яё][а-яё-]*)\s+[«\"]?$")
# ... and a bare "и" between two Russian titles of one name ("Name, генеральный директор и председатель правления X").
_RUSSIAN_AND_ALONE = re.compile(r"\s+и\s+")
_IN_AFTER_A_TITLE = re.compile(r"\s+in\s+")
# Where the clause that may give an English apposition's next title opens: after a comma or a relative "who"
# ("Name, a PhD student in chemistry who previously taught at X").
_ENGLISH_CLAUSE_OPENING = re.compile(r",|(?<![\w-])who(?![\w-])", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s*")
_COMMA_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|a|an)\s+)?", re.IGNORECASE)  # "Name, the vice-rector of ..."


# " at the Department for ..." right after a title: a capitalized body where the title is held.
_BODY_AT_AFTER_A_TITLE = re.compile(r"\s+at\s+the\s+[A-Z]")
# " of the presidential administration of Kazakhstan" right after a title: a body's name in lower case, maybe with its state.
_LOWER_CASE_BODY_AFTER_A_TITLE = re.compile(
    r"\s+of\s+the\s+([a-z][a-z-]+(?:\s+[a-z][a-z-]+){1,4}(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?Kazakhstan)?)(?![\w-])")


@dataclass(frozen=True)
class TitleHit:
    start: int
    end: int
    code: str
    written: str
    org_text: str | None = None  # the institution part of a Kazakh POSITION entity
    verb: bool = False  # a verb that gives the post (English "heads"): its subject's only, the name before it
    whose: str | None = None  # the possessive pronoun before a deputy's or an aide's title ("his deputy")
    served: TitleHit | None = None  # the title of the official an aide serves ("помощник министра финансов")
    subject_after: bool = False  # a verb whose object stands before it and subject after ("Сбербанк возглавил Name")
    of_no_institution: bool = False  # a post of a body of no institution ("The jury was chaired by Name", "The jury included Name")


# A deputy's title that names a dean ("deputy dean", "vice-dean", "заместитель декана", "декан орынбасары").
_A_DEANS_DEPUTY = re.compile(r"(?i)(?<!\w)(?:dean|декан)")

# The kinds of Russian institutions named by a capitalized adjective before their noun ("Костанайский высший технический
# колледж").
_RUSSIAN_KINDS_NAMED_BY_ADJECTIVES = ("school", "university")
# A capitalized word of four letters or more right before, on its line: no preposition opening a sentence ("В", "Для").
_NAME_WORD_BEFORE = re.compile(r"[A-ZА-ЯЁ][\w-]{3,}[^\S\n]+$")
# A Russian noun right before an organization's name, an opening quote maybe between ("журнале «Нива»").
_NOUN_BEFORE_A_NAME = re.compile(r"(?<![\w-])(?P<noun>[а-яё][а-яё-]*)\s+[«\"„“']*$")
_MAX_NOUN_BEFORE_A_NAME = 40
# "без" ("without") and an adjective of the title's right before a Russian title: a post no one holds there.
_RUSSIAN_WITHOUT_BEFORE = re.compile(r"(?<![\w-])без\s+(?:[а-яё-]+(?:ого|его|ой|ей|ых|их)\s+)?$", re.IGNORECASE)
# A Russian kind's noun in lower case and a Latin name of one or two capitalized words after it ("партии Amanat").
_RUSSIAN_NOUN_AND_LATIN_NAME = re.compile(r"(?<![\w-])(?P<noun>[а-яё]+)\s+[«\"]?(?P<name>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)[»\"]?(?![\w-])")

# Between a Russian verb of heading and the organization it governs: up to two lower-case words (the
# organization's kind and adjectives: "возглавляет нефтяную компанию «Name»") and an opening quote.
_VERB_OBJECT_GAP = re.compile(r"(?:\s+[а-яё][а-яё-]*){0,2}\s+[«\"„“']*")
_MAX_VERB_OBJECT_CHARS = 40
_MAX_SUCCEEDED_POST_CHARS = 80  # "На посту акима Костанайской области" before the name of the one who held it
# A Kazakh body's membership words at the end of their line, before the dashed lines of its members ("Кеңестің
# құрамында:", "Жюри құрамына мыналар енді:"): the body in the genitive, if named, is the members' institution.
_KAZAKH_MEMBER_LIST_OPENING = re.compile(r"(?:(?P<body>[^\W\d_][\w-]*(?:ның|нің|дың|дің|тың|тің))\s+)?құрам(?:ында|ына)(?:[^\S\n]+[^\W\d_][\w-]*){0,3}[^\S\n]*:[^\S\n]*\n",
                                         re.IGNORECASE)
# A likeness word and the members' noun right after a Kazakh list's last name ("Name, Name сынды мүшелер"), and the
# membership word before the list, a body's genitive or a possessive pronoun before it ("кеңестің құрамында", "оның
# құрамына"); a body's noun in a title ("директорлар кеңесінің төрағасы").
_KAZAKH_MEMBERS_NOUN_AFTER_A_LIST = re.compile(
    r"[^\S\n]+(?:сынды|секілді|сияқты|тәрізді)[^\S\n]+(?P<noun>мүшелер(?:і|імен|ден|і\s+бар)?)(?![\w-])", re.IGNORECASE)
_KAZAKH_MEMBERSHIP_WORD = re.compile(
    r"(?:(?P<body>[^\W\d_][\w-]*(?:ның|нің|дың|дің|тың|тің))[^\S\n]+)?құрам(?:ында|ына)(?![\w-])", re.IGNORECASE)
# A Kazakh name whose last word is in the dative ("Ділдәбековке", "Сейітоваға").
_KAZAKH_NAME_IN_THE_DATIVE = re.compile(r"(?:ке|қа|ге|ға)$")
# The end of a Kazakh list's item after its name: a comma or "және" ("Name, ... Name және Name қазылық етті").
_KAZAKH_LIST_ITEM_END = re.compile(r"\s*(?:,|және(?![\w-]))", re.IGNORECASE)
_CLAUSE_END_IN_A_LIST = re.compile(r"[;:!?\n]|\.(?=\s)")  # not an initial's point ("М.Мәметова атындағы")
# A pupil's item's end before a supervisor's title: its place in a contest in brackets maybe, and a comma.
_ITEM_END_BEFORE_A_SUPERVISOR = re.compile(r"[^\S\n]*(?:\([^()\n]{0,40}\)[^\S\n]*)?,[^\S\n]*")
_LEARNERS = ("pupil", "student")
_KAZAKH_BODIES_OF_NO_INSTITUTION = ("жюри", "алқа", "комиссия")
# A jury's membership words before a colon inside a sentence ("Жарыстың қазылар алқасының құрамында: title Name, title Name
# болды", "Қазылар алқасының мүшелері: Name, Name"): the names after it, to the sentence's end, are its members.
_KAZAKH_JURY_LIST_OPENING = re.compile(r"(?<![\w-])(?:әділ(?:[^\S\n]+|-))?(?<!\w)қазылар(?:[^\S\n]+алқа[\w]*)?[^\S\n]+"
                                       r"(?:мүшелері|мүшелігінде|мүшелігіне|құрамында|құрамына|құрамы)[^\S\n]*:", re.IGNORECASE)
_SENTENCE_END_IN_A_LIST = re.compile(r"[;!?\n]|\.(?=\s)")  # not an initial's point ("М.Мәметова атындағы")
# The copula that closes such a list ("... Name болды", "... Name кірді"), which a site may write after lines and points
# that break the list (a member's long titles, each ending with a point).
_KAZAKH_LIST_COPULA = re.compile(r"(?<![\w-])(?:болды|кірді|енді)(?![\w-])")
_MAX_JURY_LIST_CHARS = 700
_DASHED_LIST_LINE = re.compile(r"[^\S\n]*[-–—•][^\S\n]")  # a line of a dashed or bulleted list
_MAX_MEMBER_LIST_CHARS = 1200

# Between a supervisor's title and the post after it: a dash, then the post's lower-case words before its
# head ("жетекшісі – химия пәнінің мұғалімі").
_DASH_THEN_LOWER_CASE_WORDS = re.compile(r"\s*[–—-]\s*(?:[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s+){0,4}")
# A supervisor's title inside a parenthesis after a pupil's name, maybe after the subject or the year, then a dash, a colon
# or nothing before the supervisor's name: "(физика, жетекшісі – Name)", "(9 сынып, жетекшісі Name)".
_IN_A_PARENTHESIS = re.compile(r"\((?:[^()\n,]*,)?\s*$")
_MAX_PARENTHESIS_ASIDE = 40
_BEFORE_THE_SUPERVISORS_NAME = re.compile(r"\s*[–—:-]?\s")

_ENGLISH_STATE_IN_A_MISSION = re.compile(r"\s+of\s+\{\}.*")  # "Embassy of {}": the mission's noun before it
# How far before a title the words of "named after" may open (with an article: "named after the ").
_NAMED_AFTER_CHARS = 20
_MAX_BRACKETED_ASIDE_WORDS = 12  # an aside in brackets between a Kazakh institution's genitive and its title
_KAZAKH_ACADEMICIAN = re.compile(r"(?:академиг|akademıg|akademig)", re.IGNORECASE)  # a Kazakh academician's title, Cyrillic or Latin
_NAMESAKE_CHARS = 30  # "named after the academician ": the words before a namesake's name
_MAX_BARE_UNIT_CHARS = 30  # "the department's " before a title
_MAX_NAMED_PLACE_CHARS = 80  # "Ғабит Мүсірепов атындағы аудан " before a title
_WORD_BEFORE_CHARS = 30  # how far before a title the word right before it is looked for ("работал ")
_DEPUTY_OF_A_HOLDER_CHARS = 30  # "deputies of the ex-" before a holder's title
_ENGLISH_MISSION_BY_ITS_STATE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,2}Embassy")  # "U.S. Embassy", "British Embassy"
_ENGLISH_FIELD_AFTER = re.compile(rf"\s+(?P<preposition>of|for)\s+((?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,{MAX_CHUNK_WORDS}}})")
# A headline that quotes its speaker: the name opens its line (maybe after the page's "TITLE:"), a colon follows it.
_HEADLINE_OPENING = re.compile(r"[^\S\n]*(?:TITLE:[^\S\n]*)?")
_HEADLINE_SPEAKER_AFTER = re.compile(r"[^\S\n]*:")
# Where an English title is its sentence's agent: its subject (only an article and an adjective before it), after "by" or
# "according to" ("held by akim of Pavlodar region", "According to akim").
_ENGLISH_AGENTS_PLACE = re.compile(r"(?:^\s*|(?<![\w-])(?:by|[Aa]ccording\s+to)\s+)(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z][\w-]*\s+)?\Z")
# What may stand before a sentence's subject: nothing, or an opening adverbial and its comma ("On Monday, Name").
_ENGLISH_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[^.!?,\n]{1,40},\s*)?$")
_MAX_TITLE_COMPLEMENT_WORDS = 6  # "The Minister of Culture and Information of Kazakhstan" said
_LONGEST_HONOUR_WORD = 20  # "Honoured" and the spaces after it, before an English title of honour
# The state's name after a consul's title, and the city the consulate sits in ("Consul General of the Republic of
# Korea in Almaty", "Генеральный консул Республики Корея в Алматы").
# "Consul General of Russia in Almaty", "U.S. Consul General in Almaty" (the state before the title).
_CITY_AFTER_A_CONSULS_TITLE = {"en": re.compile(r"\s+(?:of\s+(?:(?:the|of|[A-Z][\w’'.-]*)\s+){1,5}?)?in\s+([A-Z][\w-]+)"),
                               "ru": re.compile(r"\s+(?:[А-ЯЁ][\w-]*\s+){1,4}?в\s+([А-ЯЁ][\w-]+)")}

# Between a Russian title and the title in the genitive of the official it serves: nothing, or the office's
# noun ("руководитель аппарата акима").
_OF_WHOM_GAP = re.compile(r"\s+(?:[а-яё]+\s+)?")
_APPOSITION_DASH = re.compile(r"\s*[—–-]\s*")
# A quotation closed right before a name ('..., a pupil who surpasses him," Name said'): a title inside it is
# a word of what the person said, no post of theirs.
_QUOTE_CLOSED_BEFORE_A_NAME = re.compile(r"[,.!?…]\s*[\"”»]\s*(?:[–—-]\s*)?$")
# A Kazakh list's item whose title is left out: the name's own institution in the genitive, then a comma and maybe
# "ал" (whereas) or "және" before the next name ("Name Сарыағаш ауданының, ал Name ...").
_KAZAKH_ITEM_WITHOUT_ITS_TITLE = re.compile(r"\s+(?P<owner>(?:[^\W\d_][\w-]*\s+){0,3}[^\W\d_][\w-]*),\s+(?:(?:ал|және)\s+)?")
_MAX_PLACE_NOUN_CHARS = 20  # a Kazakh place's noun in the genitive right before a title ("ауданының ")
# The next item's name's former post between the comma and the name, ending with a past participle ("Семей қаласы
# әкімінің орынбасары болған Name").
_KAZAKH_POST_HELD_BEFORE_A_NAME = re.compile(r"(?:ған|ген|қан|кен)\s+$")
# The last word of a Kazakh clause whose verb is left out, in an oblique case (an object: "сайлауын", "мектепке"), then ", ал"
# and the next clause's subject: no finite verb (a past tense's "-ды") ends the clause before it.
_KAZAKH_GAPPED_CLAUSE_BEFORE_AL = re.compile(r"[а-яәғқңөұүһі]{2}(?:ын|ін|ны|ні|ға|ге|қа|ке|на|не|да|де|та|те|мен|бен|пен|нан|нен|дан|ден|тан|тен)"
                                             r"\s*,\s+ал\s+$")
# A partitive numeral after a Kazakh title ("депутаттың 102-сі": 102 of the deputies).
_KAZAKH_COUNT_OF_HOLDERS = re.compile(r"\s+\d+\s*-\s*(?:і|ы|сі|сы)(?![\w-])")
# A Kazakh title in the genitive, then one lower-case word and a comma: the word is the title's possessed noun, and the
# comma closes the clause ("Министрдің айтуынша, Name ...", according to the minister; "аудан әкімінің сайлауын, ал
# Name ...", the election of the district's akim): the title is no name's after the comma.
_KAZAKH_WORD_A_GENITIVE_TITLE_OWNS = re.compile(r"\s+(?P<word>(?-i:[а-яәғқңөұүһіё][а-яәғқңөұүһіё-]*))\s*,")
# A title before a lower-case group that a colon lists ("introduced the new Provost to the deans: Name, ..."): the list's.
_ENGLISH_GROUP_LISTED_AFTER_A_TITLE = re.compile(r"\s+(?:to|with|among)\s+(?:the\s+)?[a-z][a-z\s-]{0,40}:\s*")
_OPENING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
# A clock time right before "PM" ("at 5 PM", "10:30 PM"): the afternoon, no Prime Minister. (The Prime Minister's "PM" is
# written in capitals; a lower-case "pm" is always the time.)
_CLOCK_TIME_BEFORE = re.compile(r"\d[\d:.]*\s*$")
# A complementizer "that" right before a name (searched between a title's end and the name).
_THAT_RIGHT_BEFORE = re.compile(r"(?<![\w-])that\s+$", re.IGNORECASE)
# A country's or place's word before a lower-case title ("Kazakhstani senator", "Kazakh minister", "Almaty akim").
_CAPITALIZED_WORD_BEFORE_A_LOWER_CASE_TITLE = re.compile(r"[A-Z][a-z]+\s+(?=[a-z])")
# A national laboratory ("Astana National Laboratory", "Национальная лаборатория Астана") is an institution, no unit.
_NATIONAL_LABORATORY = re.compile(r"(?<![\w-])(?:national\s+laborator|национальн\w*\s+лаборатори|ұлттық\s+зертхана)", re.IGNORECASE)
_ENGLISH_ACRONYM = re.compile(r"[A-Z]{2,6}")  # an institution's acronym in Latin capitals ("NLA")
# The article before a bare English title and the "and" that joins it to the next (``_bare_title_of_a_holder_named_before``).
_ENGLISH_ARTICLE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
_ENGLISH_AGENTS_BY_BEFORE = re.compile(r"(?<![\w-])by\s+(?:the\s+)?$", re.IGNORECASE)  # "appointed by [the] Name/President"
_ENGLISH_TITLES_JOINED = re.compile(r"\s+and\s+(?:the\s+)?", re.IGNORECASE)
# What ends an English title's clause after it ("minister of education in 1993–1995, ..."), and an academic year's span.
_ENGLISH_CLAUSE_END = re.compile(r"[,;(\n]|\.\s")
_ACADEMIC_YEAR_AFTER = re.compile(r"\s+(?:academic|school)\s+year", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_PORTFOLIO_BEFORE = re.compile(r"(?<![\w-])for\s+(?:the\s+)?$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\s+in\s+(?:the\s+)?", re.IGNORECASE)
_YEARS = re.compile(r"\d{4}(?:\s*[—–-]\s*\d{2,4})?")  # a year, or a span of years ("2006-2012")
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")  # "2025-08-23", "23.08.2025": a dateline's day
# A biography's dated line: an adverbial of time, then a dash for the predicate ("С 1992 года — начальник").
# A line that ends as a sentence or a clause does is no post written over its holder's name.
_TITLE_LINE_END = re.compile(r"[.!?:;,…]\s*$")
_BRACKETED_ASIDE = re.compile(r"\(([^()\n]{1,20})\)\s*$", re.MULTILINE)
_TRANSLATION_SLASH = re.compile(r"\s+/\s+")  # between a line and its translation
_TABLE_CELLS = re.compile(r"\t|\s\|\s")  # a table row's cells, apart by tabs or bars
_REST_OF_A_LIST_LINE = re.compile(r",[^\n]*\n[^\S\n]*")  # a listed name's line after it, to the next line's name
_LAST_CLAUSE_AFTER_A_COMMA = re.compile(r",([^,]*)$")
_DATED_LINE = re.compile(r"\s*(?P<when>[^()\n]{1,60}?)\s(?P<dash>[—–-])\s+(?=[а-яё])")


class SentenceSplitter:
    """Sentences of a text, not broken after an initial (Т.Б. Дүйсенова) or an abbreviation of
    the lexicons (No. 33, им. Абая)."""

    def __init__(self, lexicons: dict[str, Lexicon]):
        common = lexicons["common"]
        not_ending = common.words("abbreviations") + common.words("latin_digraph_initials")
        self.not_a_sentence_end = re.compile(rf"(?:^|[\s(.])(?:[^\W\d_]|{any_of(not_ending)})$")

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        spans, cursor = [], start
        for match in _SENTENCE_END.finditer(text, start, end):
            if self.not_a_sentence_end.search(text[max(start, match.start() - 6):match.start()]):
                continue
            spans.append((cursor, match.start() + len(match.group().rstrip())))
            cursor = match.end()
        if cursor < end:
            spans.append((cursor, end))
        return spans


def _later_ordinal_forms(forms: list[tuple[str, str]], later_ordinals: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """The forms with a later ordinal in place of the first, of the code of the form without the ordinal."""
    code_of = dict(forms)
    later_forms = []
    for form, _ in forms:
        words = form.split()
        for index, word in enumerate(words):
            plain = code_of.get(" ".join(words[:index] + words[index + 1:])) if word in later_ordinals else None
            if plain is not None:
                later_forms += [(" ".join(words[:index] + [later] + words[index + 1:]), plain) for later in later_ordinals[word]]
    return later_forms


def _counted_forms(forms: list[tuple[str, str]], counts: tuple[str, ...], genitive_endings: tuple[str, ...]) -> list[tuple[str, str]]:
    """The forms whose last word a word in the genitive possesses, with a count before that word ("үкімет басшысының
    үш орынбасары"), of the form's code: a count of holders before a list of them."""
    return [(" ".join(words[:-1] + [count, words[-1]]), code) for form, code in forms for words in [form.split()]
            if len(words) > 1 and words[-2].endswith(genitive_endings) for count in counts]


class TitleMatcher:
    """Finds the taxonomy's titles in text: whole words, case-insensitive; Kazakh titles with any
    case ending (министрінің), English ones with a plural s; Russian ones by lemma (ректора). A
    word whose ending after the title begins with one of ``derivations`` is another noun made of
    the title (министрлігі, the ministry), no title. A title with an ordinal word is also one with the
    ordinal's number (``numbered_ordinals``: "бірінші" -> "1-ші", "1-інші"). A title with the first ordinal
    whose words without it make a title of their own is also one with a later ordinal (``later_ordinals``),
    of the plain title's code: the second deputy ("министрдің екінші орынбасары") is a deputy of the kind the
    plain title names (a vice minister), where the first has a title of his own (a first vice minister). A Kazakh
    title whose last word a genitive possesses is also one with a count before that word (``counts``, with the
    ``genitive_endings``): "Үкімет басшысының үш орынбасары" over a list is each one's "Үкімет басшысының орынбасары"."""

    def __init__(self, taxonomy: RoleTaxonomy, lang: str, derivations: tuple[str, ...] = (),
                 possessive_endings: tuple[str, ...] = (), numbered_ordinals: dict[str, tuple[str, ...]] | None = None,
                 later_ordinals: dict[str, tuple[str, ...]] | None = None, place_kind_openers: tuple[str, ...] = (),
                 counts: tuple[str, ...] = (), genitive_endings: tuple[str, ...] = ()):
        self.lang = lang
        self._derivation = re.compile(rf"^(?:{any_of(derivations)})", re.IGNORECASE) if derivations else None
        forms = taxonomy.forms(lang)
        # A Kazakh title of several words in the plural ("ректордың орынбасарлары"): its last word's
        # stem, the plural ending and the possessive after it come as the tail.
        endings = sorted(possessive_endings, key=len, reverse=True)
        forms = forms + [(form[:-len(ending)], code) for form, code in forms if " " in form
                         for ending in [next((ending for ending in endings if form.endswith(ending)), "")]
                         if ending and len(form.split()[-1]) > len(ending) + 2]
        forms = forms + _later_ordinal_forms(forms, later_ordinals or {})
        forms = forms + _counted_forms(forms, counts, genitive_endings)
        forms = forms + [(" ".join(numbered if word == ordinal else word for word in form.split()), code)
                         for ordinal, numbers in (numbered_ordinals or {}).items() for form, code in forms
                         if ordinal in form.split() for numbered in numbers]
        if lang == "ru":
            self._lemma_forms = {}
            for form, code in forms:
                self._lemma_forms.setdefault(tuple(_lemma(word) for word in form.split()), code)
            # The sizes of the titles each lemma opens, longest first: only those windows are read.
            self._sizes_opened_by: dict[str, list[int]] = {}
            for key in self._lemma_forms:
                self._sizes_opened_by.setdefault(key[0], []).append(len(key))
            self._sizes_opened_by = {lemma: sorted(set(sizes), reverse=True) for lemma, sizes in self._sizes_opened_by.items()}
            self._title_lemmas = {lemma for key in self._lemma_forms for lemma in key}
            # Inflection changes a Russian word's ending, not its first letters: only words that
            # begin like a word of some title need a lemma (pymorphy is the slow part).
            self._title_word_starts = {word[:3].lower() for form, _ in forms for word in form.split()}
            self._written_title_words = {word.lower() for form, _ in forms for word in form.split()}
            self._status_prefixes = {word[:-1].lower() for words in taxonomy.status.values()
                                     for word in words.get(lang, ()) if word.endswith("-")}
            # Per instance, bounded: a text repeats its words, and each is read by several dictionary lookups.
            self._word_reading = lru_cache(maxsize=100_000)(self._read_word)
        else:
            if lang == "en":
                # Translated news often leaves the article out ("deputy of Mazhilis"): a form "X of the Y" is one without it too.
                forms = forms + [(form.replace(" of the ", " of "), code) for form, code in forms if " of the " in form]
                # "deputies", "secretaries": an English title ending in "y" makes its plural in "ies"
                forms = forms + [(form[:-1] + "ies", code) for form, code in forms if form.endswith("y")]
                # "deputies of the city maslikhat": one of the form "X of Y" makes it on its head word, the first.
                forms = forms + [(" ".join([_english_plural(words[0]), *words[1:]]), code) for form, code in forms
                                 for words in [form.split()] if len(words) > 2 and words[1] == "of"]
            tail = r"[а-яәғқңөұүһі]*" if lang == "kk" else r"s?"
            alternatives = any_of((form for form, _ in forms), _spaced_form)
            # A title's word after a hyphen is no title ("vice-chairman" is not "chairman"), unless the hyphen
            # ends a status prefix ("ex-chairman").
            prefixed = "".join(rf"|(?<=\b{re.escape(word)})" for words in taxonomy.status.values()
                               for word in words.get(lang, ()) if word.endswith("-"))
            # A hyphen before a capital joins two titles ("Chairman of the Board-Rector"): the second is matched after it.
            # One before a space is a dash glued to the title ("said History teacher- Name").
            # An abbreviation's full stop ends the title, though the name is glued to it ("Prof.Name").
            end = rf"(?P<tail>{tail})(?:(?<=\.)(?=(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))|(?!\w|-(?!(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|\s)))"
            self._pattern = re.compile(rf"(?:(?<![\w-]){prefixed}){alternatives}{end}", re.IGNORECASE)
            self._code_of = {re.sub(r"\s+", " ", form): code for form, code in forms}
            self._placed_pattern = _placed_title_pattern(forms, place_kind_openers, taxonomy.institution_words.get(lang, frozenset())
                                                         | taxonomy.unit_words.get(lang, frozenset()))

    def find(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        if self.lang == "ru":
            return self._find_by_lemma(text, start, end)
        hits = []
        for match in self._pattern.finditer(text, start, end):
            if self._derivation is not None and self._derivation.match(match.group("tail")):
                continue
            if text.startswith("-", match.end()) and text[match.end() + 1:match.end() + 2].isupper():
                # Read apart from the text, where no hyphen stands before it.
                after = match.end() + 1
                joined = self._pattern.match(text[after:end])
                hits += self._hit(joined.group(), after, after + joined.end()) if joined else []
            if self.lang == "en" and " of " in match.group() and text.startswith(("'s", "’s"), match.end()):
                # "president of Kazakhstan's chess federation": the place after "of" is the possessor of what follows,
                # not the title's own ("president of Kazakhstan"); the title is the words before that "of".
                cut = match.start() + match.group().rindex(" of ")
                shorter = self._pattern.fullmatch(text, match.start(), cut)
                hits += self._hit(shorter.group(), match.start(), cut) if shorter else []
                continue
            hits += self._hit(match.group(), match.start(), match.end())
        if self.lang == "kk":
            hits += self._hyphen_joined_titles(text, start, end, hits)
        hits.sort()
        placed = self._placed_hits(text, start, end, hits)
        hits = [hit for hit in hits if not any(place_start <= hit[0] and hit[1] <= place_end for place_start, place_end, _ in placed)]
        return hits + placed + _classes_after_names(text, start, end, hits, self.lang)

    def _hyphen_joined_titles(self, text: str, start: int, end: int, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A Kazakh chain of two titles joined by a hyphen in lower case ("басқарма төрағасы-ректоры"): each title, where
        the hyphenated word is no title of its own ("педагог-психолог") and both its parts are."""
        joined = []
        for word in _HYPHEN_JOINED_WORDS.finditer(text, start, end):
            if any(hit_start < word.end() and word.start() < hit_end for hit_start, hit_end, _ in hits):
                continue
            # The first title may open words before the hyphen ("басқарма төрағасы"): the longest that ends at it.
            before = text[max(start, word.start() - 60):word.end(1)]
            first = next((match for match in self._pattern.finditer(before) if match.end() == len(before)), None)
            second = self._pattern.fullmatch(word.group(2))
            if first is None or second is None or any(self._derivation is not None and self._derivation.match(match.group("tail"))
                                                      for match in (first, second)):
                continue
            first_hit = self._hit(first.group(), word.end(1) - len(first.group()), word.end(1))
            second_hit = self._hit(second.group(), word.start(2), word.end(2))
            if first_hit and second_hit:
                joined += first_hit + second_hit
        return joined

    def _hit(self, matched: str, start: int, end: int) -> list[tuple[int, int, str]]:
        written = re.sub(r"\s+", " ", re.sub(r"\s*-\s*", "-", matched.lower())).replace("’", "'")
        code = self._code_of.get(written) or self._code_of.get(written[:-1]) or self._code_by_prefix(written)
        return [(start, end, code)] if code else []

    def _placed_hits(self, text: str, start: int, end: int, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """English titles with a place's name inside before the kind of body ("deputy of the Kostanay city
        maslikhat", "head of the Pavlodar region"), by the title's form without it, where no other title is found in
        their words but in the words before the place (the "head" of "head of the region", which the placed title is)."""
        if self._placed_pattern is None:
            return []
        placed = []
        for match in self._placed_pattern.finditer(text, start, end):
            code = self._code_of.get(re.sub(r"\s+", " ", f"{match.group('head')} the {match.group('kind')}".lower()))
            if code and not any(hit_start < match.end() and match.end("head") < hit_end for hit_start, hit_end, _ in hits):
                placed.append((match.start(), match.end(), code))
        return placed

    def tail(self, text: str, start: int, end: int) -> str:
        """The ending a Kazakh or English title found at (start, end) took after its form ("ларды" of
        "оқушыларды"); empty for a Russian title, read by lemma."""
        match = self._pattern.fullmatch(text, start, end) if self.lang != "ru" else None
        return match.group("tail") if match else ""

    def _code_by_prefix(self, written: str) -> str | None:
        candidates = [form for form in self._code_of if written.startswith(form)]
        return self._code_of[max(candidates, key=len)] if candidates else None

    def _find_by_lemma(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        words = list(self._lemmatized_words(text, start, end))
        hits, index = [], 0
        while index < len(words):
            size = self._title_size(text, words, index, hits) if words[index][2] else 0
            index += size or 1
        return hits + _classes_after_names(text, start, end, hits, self.lang)

    def _title_size(self, text: str, words: list, index: int, hits: list) -> int:
        """The number of words of the longest title that begins at ``words[index]`` (0 if none), its hit
        appended to ``hits``. A word is read by its first lemma, or by another of its parses where that
        one makes a title (pymorphy reads "премьера" as a premiere first, "главного" as "главное"): within
        a title of several words, or where the word stands as a title does (_in_title_position)."""
        first = words[index]
        sizes = sorted({size for lemma in (first[2], *(lemma for lemma, _ in first[3]))
                        for size in self._sizes_opened_by.get(lemma, ()) if size <= len(words) - index}, reverse=True)
        for size in sizes:
            window = words[index:index + size]
            readings = itertools.product(*([(word[2], None)] + [(lemma, case) for lemma, case in word[3]] for word in window))
            for reading in readings:
                key = tuple(lemma for lemma, _ in reading)
                if key not in self._lemma_forms:
                    continue
                other_case = reading[0][1]
                if size == 1 and other_case and not self._in_title_position(text, words, index, other_case, hits):
                    continue
                hits.append((window[0][0], window[-1][1], self._lemma_forms[key]))
                return size
        return 0

    def _in_title_position(self, text: str, words: list, index: int, case: str, hits: list) -> bool:
        """Whether a word read as a title by a parse other than its first, in ``case``, stands where
        only a person can: after an adjective of a man in that case ("бывшего премьера", not "российская
        премьера"; a pronoun's "её политика" is hers), after a status prefix ("экс-премьера"), or in the
        genitive after "пост" or after another title ("пост премьера", "пресс-секретарь премьера");
        "политика Путина" stays politics."""
        word_start = words[index][0]
        if text[word_start - 1:word_start] == "-":
            prefix = words[index - 1] if index else None
            return prefix is not None and prefix[1] == word_start - 1 and text[prefix[0]:prefix[1]].lower() in self._status_prefixes
        if not index or text[words[index - 1][1]:word_start].strip():
            return False
        previous = text[words[index - 1][0]:words[index - 1][1]].lower()
        if case == "gent" and (hits and hits[-1][1] == words[index - 1][1] or _lemma(previous) in _POST_NOUNS):
            return True
        return any(parse.tag.POS in ("ADJF", "PRTF") and "Apro" not in parse.tag and parse.tag.case == case
                   and parse.tag.gender == "masc" for parse in russian_morphology().parse(previous))

    def _lemmatized_words(self, text: str, start: int, end: int):
        """(start, end, lemma, other readings) of each word: the lemma empty where no title word begins
        so, the other readings the (lemma, case) of its other parses that give a title's word. A
        hyphenated word that is no title is read as its parts: "экс-министра", "президент-республиканец",
        "женщина-президент" hold a title ("генерал-майор", "вице-премьер" are titles whole)."""
        for match in _WORD.finditer(text, start, end):
            lemma, other_readings = self._word_reading(match.group())
            if "-" in match.group() and lemma not in self._title_lemmas and not self._is_hyphenated_name(match.group()):
                for part in _WORD_PART.finditer(text, match.start(), match.end()):
                    yield part.start(), part.end(), *self._word_reading(part.group())
            else:
                yield match.start(), match.end(), lemma, other_readings

    def _is_hyphenated_name(self, word: str) -> bool:
        """Whether a hyphenated word is a proper name, each part capitalized and the first neither a title's
        word nor a status prefix: "Нур-Султана" is the capital (its "Султана" no sultan), while "Экс-министра"
        and "Правления-Ректор" are read as their parts."""
        first, *rest = word.split("-")
        return all(part[:1].isupper() for part in (first, *rest)) \
            and first.lower() not in self._written_title_words and first.lower() not in self._status_prefixes

    def _read_word(self, word: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """(``_word_reading``) A word's title lemma and its other title readings."""
        return self._title_lemma(word), self._other_title_readings(word)

    def _title_lemma(self, word: str) -> str:
        # A verb is no title's word, though its lemma is a participle title's ("училась", "учащийся": учиться), unless
        # a title is so written ("завлаб", which the dictionary reads as a verb).
        return _lemma(word) if word[:3].lower() in self._title_word_starts \
            and not (_reads_as_a_verb(word) and word.lower() not in self._written_title_words) else ""

    def _other_title_readings(self, word: str) -> tuple[tuple[str, str], ...]:
        if word[:3].lower() not in self._title_word_starts:
            return ()
        first, *others = _readings(word)
        return tuple(dict.fromkeys((lemma, case) for lemma, case in others
                                   if lemma != first[0] and lemma in self._title_lemmas))


# A legal entity's form and quoted name closing a unit's name ("отдел кадров ТОО «АгроТехСервис»").
_LEGAL_FORM_AND_QUOTED_NAME = re.compile(r"(?<![\w-])[А-ЯЁ]{2,5}\s+«[^«»]+(?:«[^«»]*»[^«»]*)?»$")
_NEXT_RUSSIAN_WORD = re.compile(r"\s+([а-яё]+)(?![\w-])")
# A byline's outlet after its author's name, the rest of the line ("Name, «Наш город»", "Name, “Kazinform”").
_BYLINE_OUTLET_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*[«\"“„][^\n«»\"“”„]+[»\"”“][^\S\n]*(?:\n|$)")
_LAST_RUSSIAN_WORD = re.compile(r"(?<![\w-])([а-яё]+)[^\S\n]+$", re.IGNORECASE)  # the word before a title, in group 1
# A school class in the nominative after a name and a comma or an opening bracket, as a list of winners gives a pupil's
# ("Name, 9 «А» класс", "Name (10 класс)", "Name (10 «А» сынып)", "Name, 11-сынып"), as English gives "Name, 11th grade";
# "учитель 9 класса" is a teacher's, and "Name (литературное чтение, 4 «А» класс)" the class of a teacher's lesson.
_NAME_BEFORE_A_CLASS = re.compile(r"(?:[А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ-]+|[А-ЯЁӘІҢҒҮҰҚӨҺ]\.)\s*[,(]\s*$")
_CLASS_AFTER_A_NAME = {lang: re.compile(rf"(?:(?<=,\s)|(?<=\())(?:1[01]|[1-9])(?:\s*|-)(?:[«\"“]?[А-ЯЁӘІҢҒҮҰҚӨҺ][»\"”]?\s*)?{noun}(?![\w-])")
                       for lang, noun in (("ru", "класс"), ("kk", "сынып"))}


# A Kazakh class in the locative with a participle of studying right before a name ("9-сыныпта оқитын Name", "10 «Ә»
# сыныпта оқып жүрген Name"): the name is a pupil of that class, and a title before the clause is someone else's.
_CLASS_STUDIED_IN_BEFORE_A_NAME = re.compile(r"(?<![\w-])(?:1[01]|[1-9])(?:\s*|-)(?:[«\"“]?[А-ЯЁӘІҢҒҮҰҚӨҺ][»\"”]?\s*)?"
                                             r"сыныпта\s+(?:оқитын|оқып\s+жүрген|білім\s+алатын)(?=\s+[А-ЯЁӘІҢҒҮҰҚӨҺ])")


def _classes_after_names(text: str, start: int, end: int, hits: list[tuple[int, int, str]], lang: str) -> list[tuple[int, int, str]]:
    """The classes after names that no title found covers, as pupils' titles, and in Kazakh the classes studied in
    before names."""
    if lang not in _CLASS_AFTER_A_NAME:
        return []
    after = [match for match in _CLASS_AFTER_A_NAME[lang].finditer(text, start, end)
             if _NAME_BEFORE_A_CLASS.search(text, max(start, match.start() - 40), match.start())]
    before = list(_CLASS_STUDIED_IN_BEFORE_A_NAME.finditer(text, start, end)) if lang == "kk" else []
    return [(match.start(), match.end(), "pupil") for match in after + before
            if not any(hit_start < match.end() and match.start() < hit_end for hit_start, hit_end, _ in hits)]

# Nouns of a post whose genitive names the post: "пост премьера", "должность министра", "исполняющим обязанности премьера".
_POST_NOUNS = frozenset({"пост", "должность", "обязанность"})


@lru_cache(maxsize=100_000)
def _lemma(word: str) -> str:
    return russian_morphology().parse(word.lower())[0].normal_form


@lru_cache(maxsize=100_000)
def _reads_as_a_verb(word: str) -> bool:
    return russian_morphology().parse(word.lower())[0].tag.POS in ("VERB", "INFN", "GRND")


@lru_cache(maxsize=100_000)
def _readings(word: str) -> tuple[tuple[str, str], ...]:
    """(lemma, case) of each of pymorphy's parses of a word, the likeliest first."""
    return tuple((parse.normal_form, parse.tag.case) for parse in russian_morphology().parse(word.lower()))


# A word of two lower-case parts joined by a hyphen ("төрағасы-ректоры").
_HYPHEN_JOINED_WORDS = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")


def _placed_title_pattern(forms: list[tuple[str, str]], place_kind_openers: tuple[str, ...],
                          body_nouns: frozenset[str] = frozenset()) -> re.Pattern | None:
    """A pattern of the English title forms "X of the <kind word> Y" ("deputy of the city maslikhat") with a
    place's name, capitalized words, before the kind word: its groups the head ("deputy of the") and the kind
    ("city maslikhat"). A place's kind word that opens a body's name ("head of the Karaganda Region Health
    Department", "head of the Pavlodar region education department") ends no title."""
    opener = rf"(?:{any_of(place_kind_openers)})(?:\s|$)" if place_kind_openers else None
    split = [re.split(r"(?<= of) the (?=\S)", form, maxsplit=1) for form, _ in forms] if opener else []
    parts = [(head, kind) for head, kind in (pair for pair in split if len(pair) == 2) if re.match(opener, kind)]
    if not parts:
        return None
    # The article may be left out before the place's name ("head of Pavlodar region").
    return re.compile(rf"(?<![\w-])(?P<head>{any_of({head for head, _ in parts}, _spaced_form)})(?:\s+the)?\s+"
                      r"(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?\s+"
                      rf"(?P<kind>{any_of({kind for _, kind in parts}, _spaced_form)})s?(?![\w'’-])"  # no possessive: "region's department"
                      + (rf"(?!(?:(?:\s+(?-i:[A-Z][\w-]*)){{0,3}}|(?:\s+(?-i:[a-z][\w-]*)){{1,2}})\s+(?:{any_of(body_nouns)})s?(?![\w-]))"
                         if body_nouns else ""),
                      re.IGNORECASE)


def _spaced_form(form: str) -> str:
    """A title as a pattern that allows any spacing between its words and around its hyphens, and a typographic
    apostrophe for a straight one ("Children’s Ombudsman")."""
    return re.escape(form).replace(r"\ ", r"\s+").replace(r"\-", r"\s*-\s*").replace("'", "['’]")


def _spaced_dashed_form(form: str) -> str:
    """Words as a pattern that allows any spacing between them and any dash for their dash ("Ол –", "Ол —", "Ол -") or
    hyphen ("ясли – сад", as a page may type a compound's hyphen)."""
    return _spaced_form(form).replace("–", "[–—-]").replace(r"\s*-\s*", r"\s*[-–—]\s*")


class RoleExtractor:
    """The roles stage: the facts of each document, read with the taxonomy, registry and names of
    ``resources`` (pipeline.resources.Resources); its title matchers and patterns are built once."""

    def __init__(self, resources):
        self.taxonomy = resources.roles
        # The Russian titles' forms, in the nominative: a word that is one ("аким") is no genitive of another word
        # ("Акима", a given name's plural).
        self.russian_title_forms = frozenset(form for form, _ in self.taxonomy.forms("ru"))
        self._kazakh_adjective_suffixes = tuple(resources.lexicons["kk"].words("relational_adjective_suffixes"))
        self._kazakh_titles_after_name = frozenset(resources.lexicons["kk"].words("titles_after_name"))
        self._kazakh_chain_stop_words = frozenset(resources.lexicons["kk"].words("chain_stop_words"))
        self.kazakh_determiners = frozenset(resources.lexicons["kk"].words("determiners"))  # "бұл", "осы", "аталған"
        self._kazakh_unregistered_place_kinds = frozenset(resources.lexicons["kk"].words("unregistered_place_kinds"))
        oblique_endings = tuple(resources.lexicons["kk"].words("oblique_case_endings_of_words"))
        self._kazakh_case_endings = oblique_endings + tuple(resources.lexicons["kk"].words("accusative_endings_of_words"))
        # Where, whither or an object: a word in one of these cases qualifies no title as its possessor.
        self._kazakh_where_or_object_endings = oblique_endings + tuple(resources.lexicons["kk"].words("object_case_endings"))
        # Who heads each kind of institution, the other way round: the kind an aide of that head works at.
        self._kind_headed_by = {code: kind for kind, code in reversed(self.taxonomy.head_by_institution.items())
                                if kind in REGISTRY_KINDS}
        # A rector and a vice-rector head a university or an institute of its own, never a unit of one ("ректор Таразского
        # педагогического института" after a university named before).
        rectors = {code for code, kind in self._kind_headed_by.items() if kind == "university"}
        self.heads_of_a_whole_university = frozenset(rectors | {self.taxonomy.deputy_of[code] for code in rectors
                                                                 if code in self.taxonomy.deputy_of})
        self.registry = resources.registry
        # The registered universities and academies by id: a page's home institution is one of them.
        self._universities = {institution.org_id: institution for institution in self.registry.by_alias.values()
                              if institution.type in _UNIVERSITY_TYPES}
        self.names = resources.names
        self._matchers: dict[str, TitleMatcher] = {}
        self.degree_pattern = re.compile(r"(?<![\w.])" + any_of(self.taxonomy.degree_forms) + r"(?![\w])", re.IGNORECASE)
        # A sportsperson's achievement after a title's comma ("чемпион мира", "олимпийский чемпион"), as a degree spelled out.
        self.russian_achievement = re.compile(
            rf"(?<![\w-])(?:(?:{any_of(resources.lexicons['ru'].words('achievement_modifier_stems'))})[а-яё]{{0,4}}\s+)*"
            rf"(?:{any_of(resources.lexicons['ru'].words('achievement_head_stems'))})[а-яё]{{0,4}}"
            rf"(?:\s+(?:{any_of(resources.lexicons['ru'].words('achievement_complements'))}))?(?![\w-])", re.IGNORECASE)
        # A Russian degree spelled out, its field's words between its head and "наук" ("доктор физико-математических наук").
        self.russian_spelled_degree = re.compile(
            rf"(?<!\w)(?:{any_of(resources.lexicons['ru'].words('spelled_degree_heads'))})\w*(?:\s+[а-яё-]+){{1,3}}?"
            rf"\s+(?:{any_of(resources.lexicons['ru'].words('spelled_degree_closings'))})(?!\w)", re.IGNORECASE)
        # A credit line's label and colon ("Автор: Name", "Фото: Name", "Photo: Name"): the name is the page's author or
        # photographer, no subject of the sentences after it.
        self.credit_line = re.compile(rf"[^\S\n]*(?:{any_of(words_in_all(resources.lexicons, 'credit_labels'))})[^\S\n]*:",
                                      re.IGNORECASE)
        # A Kazakh degree spelled out after its field's words ("физика-математика ғылымдарының кандидаты").
        self.kazakh_spelled_degree = re.compile(
            rf"(?<!\w)(?:[а-яәғқңөұүһі-]+\s+){{1,3}}(?:{any_of(resources.lexicons['kk'].words('spelled_degree_heads'))})(?!\w)")
        self._kazakh_field_postpositions = frozenset(resources.lexicons["kk"].words("field_postpositions"))
        # A title's field at the end of the words before it, up to MAX_FIELD_WORDS words and its postposition ("оқу ісі жөніндегі").
        self.kazakh_field_before_a_title = re.compile(
            rf"(?<=[,;–—-] )(?:[а-яәғқңөұүһі][\w-]*\s+){{1,{MAX_FIELD_WORDS}}}(?:{any_of(resources.lexicons['kk'].words('field_postpositions'))})\s+$")
        self.kazakh_pronouns = frozenset(word.lower() for word in resources.lexicons["kk"].words("pronouns"))
        last_words = {lang: frozenset(form.split()[-1] for form, _ in self.taxonomy.forms(lang)) for lang in LANGS}
        # A form's last word that is another title's in the plural ("board of directors") leaves that title's plural one
        # ("Deputy directors Name and Name").
        self.title_last_words = {lang: frozenset(word for word in words if not (lang == "en" and word[-1:] == "s" and word[:-1] in words))
                                 for lang, words in last_words.items()}
        self.status_patterns = {lang: _status_patterns(self.taxonomy, lang) for lang in LANGS}
        lexicons = resources.lexicons
        self.title_derivations = {"kk": lexicons["kk"].words("title_derivation_suffixes")}
        self.kazakh_agent_noun = re.compile(rf"^[^\W\d_]{{3,}}(?:{any_of(lexicons['kk'].words('agent_noun_endings'))})$", re.IGNORECASE)
        self.possessive_endings = {"kk": lexicons["kk"].words("possessive_endings")}
        kazakh = lexicons["kk"]
        ordinal_words = kazakh.table("ordinal_words")
        self.numbered_ordinals = {"kk": {word: tuple(f"{number}-{ending}" for ending in kazakh.words("ordinal_endings"))
                                         for number, words in ordinal_words.items() for word in words}}
        self.later_ordinals = {"kk": {first: tuple(word for number, words in ordinal_words.items() if number != "1" for word in words)
                                      for first in ordinal_words["1"]}}
        self.place_kind_openers = {"en": lexicons["en"].words("place_kind_openers")}  # "deputy of the Kostanay city maslikhat"
        self.title_counts = {"kk": tuple(kazakh.words("title_counts"))}
        self.genitive_endings = {"kk": tuple(kazakh.words("genitive_endings"))}
        self.title_idioms = _whole_word_pattern(frozenset(words_in_all(lexicons, "idioms_with_a_title_word")))
        self.read_also_headings = frozenset(_heading_key(heading) for heading in words_in_all(lexicons, "read_also_headings"))
        self.named_contest = {lang: re.compile(rf"[«\"“][^«»\"“”\n]{{1,60}}[»\"”]\s+(?i:{any_of(lexicons[lang].words('contest_nouns'))})")
                              for lang in LANGS}
        # An English quoted name after its noun ("the educational program “Chemistry teacher and counsellor”"):
        # the quotes' span, whose title words are the name's.
        self.english_quoted_name_after_its_noun = re.compile(
            rf"(?<![\w-])(?i:{any_of(lexicons['en'].words('quoted_name_nouns'))})\s+([“\"][^“”\"\n]{{1,80}}[”\"])")
        # The words after a Russian contest's noun, the last of which may be a plural title in the genitive that names its
        # entrants ("конкурса молодых ученых", "олимпиады юных математиков").
        self.russian_contest_entrants = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('contest_nouns'))})[а-яё]*\s+((?:[а-яё]+\s+){{0,2}}[а-яё]+)", re.IGNORECASE)
        self.offices_named_by_titles = {lang: {stem: office for office, stems in lexicons[lang].table("offices_named_by_titles").items()
                                               for stem in stems} for lang in ("kk", "en")}
        self.title_of_honour = {lang: re.compile(
            rf"(?<!\w)(?:{any_of(lexicons[lang].words('honour_words_before_a_title'))})\s+"
            rf"(?!(?:{any_of(lexicons[lang].words('posts_held_in_honour'))}))[^\W\d_]+", re.IGNORECASE) for lang in ("kk", "ru")}
        # A Russian class rank of the justice and prosecution service ("старший советник юстиции") is no post (lexicon ru).
        # A government in any case right before a name in the genitive, an opening bracket maybe between
        # ("правительства [Name] Name"). Not "кабинет": "в кабинете Name" is as often the person's office room.
        self.russian_government_before = re.compile(
            rf"(?<![\w-])(?P<noun>(?i:{any_of(lexicons['ru'].words('government_nouns'))}))\s+\[?$")
        self.russian_class_rank = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('class_ranks'))})(?![\w-])", re.IGNORECASE)
        # "итальянский специалист Name", "местный специалист": where an expert is from, no specialist's post.
        entrusting = any_of(lexicons['ru'].words('post_entrusting_verbs'))
        self.russian_post_entrusted_after = re.compile(
            rf"[^.!?]{{0,40}}?(?<![\w-])(?:{entrusting})\s+(?:[а-яё]+\s+){{0,2}}(?:должност|пост|кресл)", re.IGNORECASE)
        self.russian_post_entrusted_before = re.compile(
            rf"(?<![\w-])(?:{entrusting})\s+(?:[а-яё]+\s+){{0,2}}(?:должност|пост|кресл)[а-яё]*\s+[^.!?]{{0,40}}$", re.IGNORECASE)
        # A verb of becoming or appointment right after a subject, its title in the instrumental after it ("стал
        # помощником", "назначен министром"), maybe after an adverb or two.
        self.russian_title_verb_after_a_subject = re.compile(
            rf"\s*(?:[а-яё]+\s+){{0,2}}?(?:{any_of([word for word in lexicons['ru'].words('title_verbs') if ' ' not in word])})\s+"
            rf"(?:[а-яё]+\s+){{0,1}}", re.IGNORECASE)
        self.russian_specialist_of_a_country = re.compile(
            rf"(?<![\w-])(?:{any_of([*lexicons['ru'].words('foreign_nationality_adjective_stems'), *lexicons['ru'].words('specialist_origin_adjective_stems')])})"
            rf"[а-яё]{{1,3}}\s+специалист(?:ы|а|у|ом|е|ов|ам|ами|ах)?(?![\w-])", re.IGNORECASE)
        # ... or the official's office, maybe after a unit of it ("заведующий сектором жилищной политики аппарата акима
        # города", "Заместитель Руководителя Администрации Президента").
        self.russian_office_of_whom = re.compile(
            rf"\s+(?:[а-яё]+\s+){{0,8}}(?P<office>(?i:{any_of(lexicons['ru'].words('offices_of_an_official'))}))\s+")
        self.russian_press_office_of_a_title = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('press_office_nouns'))})\s+[^\W\d_][\w-]*", re.IGNORECASE)
        self.kazakh_supervisor_titles = frozenset(lexicons["kk"].words("supervisor_titles"))
        self.sentences = SentenceSplitter(lexicons)
        self.numbered_institution = _numbered_institution(lexicons)
        # "Rudny school No. 7", "Aksu secondary school No. 3": an English numbered school's place before it.
        kinds_of_school = [word for word in lexicons["en"].words("name_continuing_words") if word not in lexicons["en"].words("gap_words")]
        self.english_place_before_number = re.compile(rf"(?<![\w-])(?!The\s)[A-Z][\w-]*\s+(?:(?:{any_of(kinds_of_school)})\s+){{0,2}}$")
        self.kazakh_office_attached_to = re.compile(rf"\s+(?:{any_of(lexicons['kk'].words('attached_to_postpositions'))})(?!\w)",
                                                     re.IGNORECASE)
        # Two words joined by "мен", "пен", "және" right before a title's last word ("Сенаты мен Мәжілісінің | депутаттары").
        self.kazakh_pair_before = re.compile(
            rf"(?<![\w-])(?P<first>[\w-]+)\s+(?:{any_of(lexicons['kk'].words('with_words') + lexicons['kk'].words('and_words'))})"
            rf"\s+(?P<second>[\w-]+)\s+$", re.IGNORECASE)
        # The field between a holder's title in the genitive and the deputy's ("директорының өндірістік оқыту
        # жөніндегі орынбасары"): a few lower-case words and the field's postposition. A site may capitalize the
        # field's first word ("бас директорының Ғылым жөніндегі орынбасары"), which no name is before the postposition.
        self.kazakh_deputys_field = re.compile(
            rf"\s+(?:[а-яәғқңөұүһіА-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі-]*\s+)(?:[а-яәғқңөұүһі][а-яәғқңөұүһі-]*\s+){{0,{MAX_FIELD_WORDS - 1}}}"
            rf"(?:{any_of(lexicons['kk'].words('field_postpositions'))})\s+")
        self.kazakh_chain = KazakhGenitiveChain(
            lexicons["kk"], self.taxonomy.institution_words.get("kk", frozenset()), self.taxonomy.place_words.get("kk", frozenset()),
            self._registered_in_kazakh)
        kazakh_title_words = frozenset(form.lower() for form, _ in self.taxonomy.forms("kk") if " " not in form)
        self.russian_noun_after_a_unit = re.compile(
            rf"[ \t]+(?:(?:{any_of(lexicons['ru'].words('pointing_pronouns'))})[ \t]+)?([а-яё]+)(?![\w-])")
        self.references = {"kk": KazakhReferringNouns(lexicons["kk"], self.kazakh_chain, kazakh_title_words,
                                                      self.taxonomy.place_words.get("kk", frozenset())),
                           **{lang: ReferringNouns(lexicons[lang], lang, self.taxonomy.unit_words.get(lang, frozenset()),
                                                   tuple(word for words in self.taxonomy.status.values() for word in words.get(lang, ())))
                              for lang in ("ru", "en")}}
        self.place_kinds = frozenset().union(*(references.place_kinds for references in self.references.values()))
        # A Kazakh board named by its kind's adjective alone, no owner before it ("қамқоршылық кеңесінің төрағасы"):
        # the board of the institution named before (kk lexicon ``board_adjectives``).
        self.kazakh_bare_board = re.compile(
            rf"(?:{any_of(lexicons['kk'].words('board_adjectives'))})\s+(?:{any_of(lexicons['kk'].words('board_nouns'))})")
        # A body's noun in a Kazakh title ("директорлар кеңесінің төрағасы"): whose membership "оның құрамында" lists.
        self.kazakh_body_noun = re.compile(any_of(lexicons["kk"].words("body_nouns")), re.IGNORECASE)
        # A quoted institution's name, maybe its legal forms, a region or a city and a branch's noun right before a title
        # ("«Х» РМК Жамбыл облысы бойынша филиалының ", "«Х» АҚ Алматы қаласындағы филиалы ").
        legal_forms = any_of(lexicons["common"].words("legal_form_abbreviations"))
        self.kazakh_registered_branch_in_a_region = re.compile(
            rf"«(?P<name>[^«»]{{2,60}})»\s+(?:(?P<form>(?:{legal_forms})(?:\s+(?:{legal_forms}))?)\s+)?"
            r"(?:[А-ЯӘҒҚҢӨҰҮҺІ][\w-]*\s+){1,3}(?:облысы\s+бойынша|облысындағы|қаласы\s+бойынша|қаласындағы|өңірлік)\s+"
            r"филиал(?:ы|ының)\s+$")
        self.place_level_kinds = {adjective: kind for kind, adjectives in lexicons["ru"].table("place_level_adjectives").items()
                                  for adjective in adjectives}
        self.place_level_contractions = lexicons["ru"].table("place_level_contractions")
        self.page_kinds = frozenset(kind for kinds in self.taxonomy.page_institution.values() for kind in kinds)
        # Kinship nouns of the title's language only: a Russian one begins a Kazakh word ("сын", "сынып" a grade).
        self.act_noun = {lang: re.compile(rf"(?<!\w)(?:(?:{any_of(words_in_all(lexicons, 'act_nouns'))})"
                                          # in lower case: «Братья мусульмане» names no brother
                                          rf"|(?-i:{any_of(lexicons[lang].words('kinship_nouns'))})\w{{0,3}}(?!\w))", re.IGNORECASE)
                         for lang in LANGS}
        # An award's name: its noun capitalized before "of" and a quoted or capitalized name ("the Order of Parasat", "the
        # Order of “Kurmet”"); "By Order of the Rector" is an act's.
        self.english_award_name = re.compile(
            rf"(?<![\w-])(?-i:{any_of([noun.capitalize() for noun in lexicons['en'].words('award_nouns_before_of')])})\s+of\s+"
            rf"(?:[“«\"][^”»\"]*[”»\"]|(?!the\b)[A-Z][\w-]*)")
        # A noun a title completes right after it: an act's ("decree of the", "Указом"), in Russian and English a relative's
        # too ("супруга президента", "the daughter of the minister"), in Russian an award's ("грамотой министра"), in English
        # one of acting for the holder ("on behalf of the").
        completed_nouns = {lang: lexicons[lang].words("act_nouns")
                           + (lexicons[lang].words("kinship_nouns") if lang != "kk" else ())
                           + (lexicons[lang].words("award_nouns") if lang == "ru" else ())
                           + (lexicons[lang].words("behalf_nouns") if lang == "en" else ()) for lang in LANGS}
        # A Russian one may hold a modifier of the title between, a numeral's or an adjective's ending shows it ("отец
        # двоих школьников", "мать нового директора"; not another title: "приказом министра ректорами назначены").
        self.english_act_opening = re.compile(
            rf"\s*by\s+(?:(?:an?|the)\s+)?(?:{any_of(lexicons['en'].words('act_nouns'))})\w*\s+of\s+[^,.;!?]*", re.IGNORECASE)
        self.object_preposition_before_a_name = {lang: re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons[lang].words('object_prepositions'), _spaced_form)})\s+$", re.IGNORECASE) for lang in ("ru", "en")}
        # In Russian an acting holder's words may stand between too ("Распоряжением исполняющего обязанности акима").
        russian_acting = rf"(?:(?:{any_of(self.taxonomy.status['acting']['ru'])})\s*)?"
        self.act_before_title = {lang: re.compile(rf"(?<!\w)(?:{any_of(nouns)})\w*\s+" + (r"of\s+(?:the\s+)?$" if lang == "en"
                                                                                           else russian_acting + _RUSSIAN_MODIFIER_BEFORE_A_TITLE
                                                                                           if lang == "ru" else "$"),
                                                  re.IGNORECASE) for lang, nouns in completed_nouns.items()}
        # A verb of appointment right before a president's title ("назначить на должность президента"), or its passive right
        # after it ("Исполняющим обязанности президента назначен"): an organization's president, a head of state being elected.
        self.russian_appointed_to_the_title = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('appointment_verbs'))})\s+(?:на\s+(?:должность|пост)\s+)?$", re.IGNORECASE)
        self.russian_appointed_after_the_title = re.compile(
            rf"\s+(?:{any_of(lexicons['ru'].words('appointed_participles'))})(?![\w-])", re.IGNORECASE)
        self.university_unit = {lang: _word_opening(lexicons[lang].words("university_unit_heads")) for lang in LANGS}
        self.university_unit_nouns = frozenset(head for head in lexicons["en"].words("university_unit_heads") if " " not in head)
        self.laboratory_unit = {lang: _word_opening(lexicons[lang].words("laboratory_unit_heads")) for lang in LANGS}
        self.research_unit = {lang: _whole_word_pattern(frozenset(lexicons[lang].words("research_unit_heads"))) for lang in LANGS}
        self.own_site_unit = _word_opening(lexicons["en"].words("own_site_unit_heads"))
        # A school's unit by the beginning of its head noun, or by its abbreviation whole ("руководитель МО").
        abbreviations = {lang: frozenset(lexicons[lang].words("school_unit_abbreviations")) for lang in ("kk", "ru")}  # none in English
        self.school_unit = {lang: re.compile(rf"{_word_opening(lexicons[lang].words('school_unit_heads')).pattern}|"
                                             rf"{_whole_word_pattern(abbreviations.get(lang, frozenset())).pattern}", re.IGNORECASE)
                            for lang in LANGS}
        self.school_staff_titles = {lang: frozenset(_lemmas(title) for title in lexicons[lang].words("school_staff_titles"))
                                    for lang in ("ru", "kk")}
        # The languages whose lexicons name a ministry's own units (a Russian "департамент" may be a region's).
        self.ministry_unit = {lang: _word_opening(lexicons[lang].words("ministry_unit_heads")) for lang in ("en", "kk")}
        self.akim_office_unit = _word_opening(lexicons["kk"].words("akim_office_unit_heads"))
        # A title right before that office's noun is the office's name ("аудан әкімі аппаратында бөлім басшысы"), no post.
        self.akim_office_after_a_title = re.compile(rf"\s+(?:{any_of(lexicons['kk'].words('akim_office_unit_heads'))})",
                                                    re.IGNORECASE)
        self.maslikhat_unit = _word_opening(words_in_all(lexicons, "maslikhat_unit_heads"))
        # A Kazakh plural title right before a union's noun names the body's members ("Жазушылар одағының төрағасы",
        # "Журналистер одағы"): a word of the body's name, no post of a person.
        self.kazakh_body_of_members_after = re.compile(
            rf"\s+(?:{any_of(lexicons['kk'].words('bodies_named_by_their_members'))})\w*", re.IGNORECASE)
        self.title_in_a_name = re.compile(rf"\s+(?:{any_of(lexicons['en'].words('title_in_a_name_before'))})(?!\w)",
                                          re.IGNORECASE)
        # A capitalized title opening the name of an institution named after its bearer ("a pupil of Sheikh Name Lyceum",
        # "the King Name School"): the name's word, no post of a person. Capitalized words, maybe an Arabic name's particles
        # (bin, al), run from it to an institution's noun.
        institution_nouns = sorted({word.capitalize() for word in self.taxonomy.institution_words.get("en", ()) if word.isalpha()}
                                   | {"Lyceum", "Gymnasium", "Mosque", "Madrasa"})
        self.english_title_opening_a_namesakes_institution = re.compile(
            rf"(?:\s+(?:(?:bin|ibn|al|el|ul)\s+)?(?-i:[A-Z][\w'’-]*)){{1,6}}?\s+(?-i:{any_of(institution_nouns)})(?![\w-])")
        self.english_state_as_an_adjective = re.compile(
            rf"(?<=\bstate)\s+(?:{any_of(lexicons['en'].words('nouns_after_the_state_as_an_adjective'))})(?![\w-])", re.IGNORECASE)
        # "the candidates for the post of (the region's) governor": a post sought, no post of the names after it.
        self.post_sought_before_a_title = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['en'].words('post_sought_before_a_title'))})\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$",
            re.IGNORECASE)
        # "a letter from the Head of State on two candidates for the post of akim, Name and Name": a title before the
        # candidates is whoever proposes them.
        self.post_sought = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['en'].words('post_sought_before_a_title'))})(?![\w-])",
                                      re.IGNORECASE)
        # "Head of the President's Office Name", "the rector's office": the title names the office, whatever span the model gave.
        self.office_after_a_possessive_title = office_after_a_possessive_title(lexicons["en"])
        # A document a title's holder issues, after the title in the possessive ("the President’s Address, Name"): whose
        # the document is, no post of a name around it.
        self.document_after_a_possessive_title = re.compile(
            rf"['’]s\s+(?:{any_of(lexicons['en'].words('documents_after_a_possessive_title'), _spaced_form)})(?![\w-])", re.IGNORECASE)
        self.honour_before_a_title = re.compile(
            rf"(?<![\w'’-])(?:{any_of(lexicons['en'].words('honour_words_before_a_title'))})\s+$", re.IGNORECASE)
        self.posts_held_in_honour = frozenset(lexicons["en"].words("posts_held_in_honour"))
        # ... maybe with up to three capitalized words of the award's field between them ("The Best Winter Sports Athlete")
        self.award_before_a_title = re.compile(
            rf"(?<![\w'’-])(?:{any_of(lexicons['en'].words('award_words_before_a_title'))})(?:\s+[A-Z][\w'’-]*){{0,3}}\s+$")
        self.english_titled_subject_opening = re.compile(rf"\s*(?:{any_of(lexicons['en'].words('definite_articles'))})\s+",
                                                         re.IGNORECASE)
        # The title's complement, a few words with no mark between ("of the city", "of Education"), then the verb.
        self.english_subject_verb = re.compile(
            rf"(?:\s+[\w’'.&-]+){{0,{_MAX_TITLE_COMPLEMENT_WORDS}}}?\s+(?P<verb>{any_of(lexicons['en'].words('titled_subject_verbs'))})(?!\w)")
        # "Escorted by the district akim Name, the Minister toured ...": a phrase that opens the sentence and holds the name.
        self.english_phrase_before_the_subject = re.compile(
            rf"\s*(?:{any_of(lexicons['en'].words('phrases_opening_before_a_subject'), _spaced_form)})\s[^,;:]*$", re.IGNORECASE)
        self.words_before_a_ministers_field = frozenset(lexicons["en"].words("words_before_a_ministers_field"))
        self.ministry_fields_by_adjective = {adjective: field for adjective, (field,) in
                                             lexicons["en"].table("ministry_fields_by_adjective").items()}
        self.consulates = {lang: {title: template for title, (template,) in lexicons[lang].table("consulates").items()}
                           for lang in ("en", "ru", "kk")}
        # "Deputy Foreign Minister": a deputy's word, then the field the title's matcher leaves out.
        self.deputy_before_field = re.compile(
            rf"(?<![\w-])({any_of(lexicons['en'].words('deputy_words'))})\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){{1,4}}$", re.IGNORECASE)
        self.english_title_codes = {form.lower(): code for form, code in self.taxonomy.forms("en")}
        # The post a verb of teaching gives: held at the institution it names, never that institution's head.
        self.teaching_code = self.english_title_codes["teacher"]
        self.english_institution_words = self.taxonomy.institution_words.get("en", frozenset())
        self.field_stop_words = frozenset(lexicons["en"].words("field_stop_words"))
        # A titled subject's verbs of speech ("The akim recalled his teacher Name") are news verbs too.
        self.news_verbs = frozenset(lexicons["en"].words("news_verbs")) | frozenset(lexicons["en"].words("titled_subject_verbs"))
        # The capitalized words right before an English title, a country's possessive among them ("former
        # Italian Prime Minister", "Russian Foreign Minister", "Kyrgyzstan's Prime Minister"), or an abbreviation
        # with its periods ("U.S. Consul General").
        self.capitalized_before_title = re.compile(r"(?<![\w.-])((?:(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*(?:['’]s)?)\s+){1,4})$")
        home = self.kazakh_home_country = tuple(lexicons["kk"].words("home_country_words"))
        self.kazakh_foreign_country = re.compile(
            rf"(?:{any_of(word for word in lexicons['kk'].words('country_names') if not word.startswith(home))})(?!\w)", re.IGNORECASE)
        # "учителем в школе", "эксперт Name из университета «»": a preposition, the kind of institution, its name;
        # or the name in brackets after the holder's ("вратарь Name (Кайрат)").
        self.russian_preposition_gap = re.compile(
            rf"\s*(?:\(\s*|(?:{any_of(lexicons['ru'].words('institution_prepositions'))})\s+(?P<kind>(?:[а-яё-]+\s+){{0,2}}))[«\"„“]?",
            re.IGNORECASE)
        # "В компании «Name» сообщили, что ...": the organization the sentence opens with reports what follows.
        self.russian_report_before = re.compile(r"(?:^|[.!?…]\s+|\n)\s*(?:В|Во)\s+(?:[а-яё-]+\s+){0,2}[«\"„“]?$")
        # A career line's unit, its words after the title (a Kazakh unit's before it), then a comma or a dash before the
        # institution it belongs to ("head of the department of higher education, Ministry of ...", "заведующий кафедрой
        # физики, Карагандинский университет", "ғылым бөлімінің меңгерушісі, Қ. Жұбанов атындағы ... университеті").
        units_words = {"kk": "", "ru": r"(?:\s+[а-яё][а-яё-]*){0,5}",
                       "en": rf"\s+(?:{any_of(lexicons['en'].words('institution_prepositions'))})\s+(?:[\w’'-]+\s+){{0,6}}?[\w’'-]+"}
        self.unit_joined_to_its_institution = {lang: re.compile(rf"{words}\s*(?:,|\s[–—-])\s*", re.IGNORECASE)
                                               for lang, words in units_words.items()}
        # A place named after a person, its name and the words that say so before the place's noun in Kazakh, after it in
        # Russian and English ("Ғабит Мүсірепов атындағы аудан", "района имени Габита Мусрепова", "the district named after
        # Gabit Musrepov"): the whole is the place's name, no person's.
        places = {lang: any_of(self.taxonomy.place_words.get(lang, frozenset()), _spaced_form) for lang in LANGS}
        self.place_named_after_before_a_title = re.compile(
            rf"(?<![\w-])(?P<place>(?:(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w.-]*\s+){{1,3}}(?:{any_of(lexicons['kk'].words('named_after_after_name'))})"
            rf"\s+(?:{places['kk']}))\s+$", re.IGNORECASE)
        self.place_named_after_after_a_title = {lang: re.compile(
            rf"\s+{of}(?P<place>{article}(?:{places[lang]})\s+(?:{any_of(lexicons[lang].words('named_after_before_name'))})"
            rf"(?:\s+(?-i:[{capitals}])[\w.-]*){{1,3}})", re.IGNORECASE)
            for lang, of, article, capitals in (("ru", "", "", "А-ЯЁ"), ("en", r"of\s+", r"(?:the\s+)?", "A-Z"))}
        self.russian_head_of_unit = {word: code for code, words in lexicons["ru"].table("heads_of_units").items() for word in words}
        self.russian_schoolteachers_nouns = frozenset(lexicons["ru"].words("schoolteachers_institution_nouns"))
        self.russian_outlet_words = tuple(lexicons["ru"].words("outlet_words_before_name"))
        self.russian_unit_in_instrumental = _russian_unit_after(lexicons["ru"].words("units_in_instrumental"))
        # A unit a verb of heading governs, in the instrumental or the accusative.
        self.russian_unit_object = _russian_unit_after(lexicons["ru"].words("units_in_instrumental") + lexicons["ru"].words("units_in_accusative"),
                                                       adjective=True)
        # A unit in lower case after a title, in any case a title or a verb governs, then "в" ("отдела кадров в ...").
        self.russian_unit_in_an_institution = re.compile(
            rf"\s+(?:{any_of(lexicons['ru'].words('units_in_instrumental') + lexicons['ru'].words('units_in_accusative') + lexicons['ru'].words('units_in_genitive'))})"
            r"(?:\s+[а-яё][а-яё-]*){0,4}?\s+во?\s+")
        # A passive verb of appointment right before a name ("назначен Name", "избрана Name").
        self.russian_appointed_right_before = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('appointing_passives'))})\s+$", re.IGNORECASE)
        self.russian_appointed_by_active_right_before = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('appointing_actives'))})\s+$", re.IGNORECASE)
        # A founder's or an owner's word joined by "и" after a title, no post of its own ("главный редактор и основатель
        # X"): the institution after it is the title's too.
        self.russian_founders_word = re.compile(
            rf"(?i)(?:со)?(?:{any_of(lexicons['ru'].words('founder_word_stems'))})[а-яё]*(?!\w)")
        self.russian_report_after = re.compile(
            rf"[»\"“]?\s+(?:{any_of(lexicons['ru'].words('impersonal_report_verbs'))})(?:\s+[^\s,]+){{0,3}}\s*,\s*что\s+")
        self.home_country_words = frozenset(lexicons["ru"].words("home_country_words"))
        # "при ООН", and "при уставных органах СНГ": an organization's bodies, in the plural or one, are that organization
        self.posted_at = re.compile(r"\s+(?:при|в)\s+(?:(?:[а-яё]+(?:ых|их|ом|ем)\s+)*орган(?:ах|е)\s+)?")
        self.russian_foreign_region_after = re.compile(
            rf"\s+от\s+(?:{any_of(lexicons['ru'].words('foreign_region_noun_stems'))})[а-яё]{{0,3}}(?![а-яё])", re.IGNORECASE)
        # "городской аким", "помощник городского акима": a city's adjective right before a title of a place's post.
        self.russian_city_adjective_before = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['common'].words('city_adjectives'))})[а-яё]{{2,3}}\s+$", re.IGNORECASE)
        # "районный аким", "районного акима": a district's adjective right before a title of a place's post.
        self.russian_district_adjective_before = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['common'].words('district_adjectives'))})[а-яё]{{2,3}}\s+$", re.IGNORECASE)
        # "американские сенаторы", "бывший британский премьер-министр": another country's adjective right before the title.
        self.russian_foreign_adjective_before = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('foreign_nationality_adjective_stems'))})[а-яё]{{1,3}}\s+$", re.IGNORECASE)
        # A president of a state heads it: of this country with no institution, of another with that country.
        self.country_names = {lang: frozenset(lexicons[lang].words("country_names")) for lang in ("kk", "ru", "en")}
        self.state_letters = {letters: " ".join(name) for letters, name in lexicons["en"].table("state_letters").items()}
        self.heads_of_state_names = tuple(frozenset(latin_key(name).split()) for name in self.taxonomy.heads_of_state)
        self.home_country_names = {lang: frozenset(lexicons[lang].words("home_country_words")) for lang in ("kk", "ru", "en")}
        self.home_country_name = {lang: lexicons[lang].words("home_country_name")[0] for lang in ("ru", "en")}
        self.home_country_official_name = {"ru": lexicons["ru"].words("home_country_official_name")[0]}
        self.embassy_host_official_names = {"ru": {fold(host): names[0] for host, names in lexicons["ru"].table("embassy_host_official_names").items()}}
        # Of the countries' names, not this country's in full ("the Republic of Kazakhstan").
        self.foreign_words = frozenset(name for name in lexicons["en"].words("nationality_adjectives") + lexicons["en"].words("country_names")
                                       if not self._names_this_country(name))
        self.state_names = {lang: self.country_names[lang] | self.home_country_names[lang] for lang in ("kk", "ru", "en")}
        self.nationality_countries = {adjective: countries[0]
                                      for adjective, countries in lexicons["en"].table("nationality_countries").items()}
        self.russian_nationality_countries = {stem: countries[0]
                                              for stem, countries in lexicons["ru"].table("nationality_countries").items()}
        # "While welcoming the Minister, ...", "Introducing the new akim to the region, ...": a clause before the subject,
        # opened by a conjunction or a present participle (a word in -ing before a lower-case one: not "Beijing University";
        # no preposition: "During the panel moderated by the Dean, Name, ...").
        self.english_opening_clause = re.compile(
            rf"\s*(?:(?:{any_of(lexicons['en'].words('adverbial_clause_conjunctions'))})\s+"
            rf"|(?!(?:{any_of(lexicons['en'].words('prepositions_in_ing'))})\s)(?-i:[A-Z][a-z]+ing\s+(?=[a-z])))[^,;:]*$",
            re.IGNORECASE)
        self.english_foreign_region_after = re.compile(
            rf"\s+of\s+(?:the\s+)?((?-i:[A-Z][\w-]*\s+){{1,3}}(?:{any_of(lexicons['en'].words('foreign_region_nouns'))}))(?![\w-])",
            re.IGNORECASE)
        # "Governor of Sverdlovsk region", "of the Omsk Oblast": a Russian region (or one named after a foreign city).
        self.english_foreign_named_region_after = re.compile(
            rf"\s+of\s+(?:the\s+)?((?=(?-i:[A-Z]))(?:{any_of(lexicons['en'].words('foreign_region_names') + lexicons['en'].words('foreign_city_names'))})"
            rf"\s+(?:{any_of(lexicons['en'].words('foreign_region_kind_nouns'))}))(?![\w'’-])",
            re.IGNORECASE)
        # Whose team a list of names with their titles is ("members of the management team of", "the delegation of"), and
        # the nouns that close a unit's name the list's titles give without its institution ("Planning Department").
        self.english_team_of_an_institution = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['en'].words('team_nouns'))})\s+of\s+(?:the\s+)?", re.IGNORECASE)
        self.english_unit_nouns_alone = frozenset(lexicons["en"].words("unit_nouns_alone"))
        # An English institution a title's "of the" names right before its holder, its first word capitalized and a word of
        # it in lower case, which the model marks no organization of ("Director of the Scientific-practical center of
        # Child Health Name"): its words up to a kind's noun, and "of" a capitalized name after it.
        self.english_mixed_case_body_before_a_holder = re.compile(
            r"\s+of\s+the\s+(?P<body>(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,3}?\s+"
            rf"(?:{any_of(lexicons['en'].words('institution_kind_nouns'))})"
            r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,4})?)\s*", re.IGNORECASE)
        # "Mayor of Frankfurt", "Deputy Mayor of Istanbul": a city abroad (the lexicon's foreign cities), no akimat.
        self.english_foreign_city_after = re.compile(
            rf"\s+of\s+(?:the\s+(?:city\s+of\s+)?)?((?=(?-i:[A-Z]))(?:{any_of(lexicons['en'].words('foreign_city_names'))}))(?![\w'’-])",
            re.IGNORECASE)
        self.english_country_after = _english_state_after(self.country_names["en"] - self.home_country_names["en"])
        # Any state, this country too: whose embassy ("of the Embassy of Kazakhstan in Malaysia").
        self.english_state_after = _english_state_after(self.country_names["en"])
        head_verbs = lexicons["en"].table("head_verbs")
        russian_head_verbs = lexicons["ru"].table("head_verbs")
        kazakh_head_verbs = lexicons["kk"].table("head_verbs")
        teach_verbs = lexicons["en"].table("teach_verbs")
        kazakh_locative_head_verbs = lexicons["kk"].table("locative_head_verbs")
        self.former_head_verbs = frozenset(head_verbs["former"]) | frozenset(russian_head_verbs["former"]) \
            | frozenset(kazakh_head_verbs["former"]) | frozenset(teach_verbs["former"]) | frozenset(kazakh_locative_head_verbs["former"])
        self.kazakh_head_verb = re.compile(
            rf"(?<![\w-])(?:{any_of([verb for table in (kazakh_head_verbs, kazakh_locative_head_verbs) for verbs in table.values() for verb in verbs])})(?![\w-])",
            re.IGNORECASE)
        self.kazakh_head_verb_object = ends_with_any(lexicons["kk"].words("head_verb_object_endings"))
        # A Kazakh school's noun, no kindergarten's ("№ 5 мектептің басшысы": its director; "балабақша басшысы": its head).
        self.kazakh_school_headed_by_a_director = re.compile(any_of(lexicons["kk"].words("schools_headed_by_a_director")),
                                                             re.IGNORECASE)
        self.kazakh_own_subject_before_a_head_verb = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['kk'].words('own_subjects_before_a_head_verb'))})\s+$", re.IGNORECASE)
        # "Мұражайда басшылық қызмет атқарған": a leading post held at the institution in the locative before the phrase.
        self.kazakh_locative_head_verbs = frozenset(verb.lower() for verbs in kazakh_locative_head_verbs.values() for verb in verbs)
        self.kazakh_locative_head_verb_object = ends_with_any(lexicons["kk"].words("locative_head_verb_object_endings"))
        self._kazakh_place_noun_stems = tuple(stem for stems in lexicons["kk"].table("referring_place_nouns").values() for stem in stems)
        russian_teach_verbs = lexicons["ru"].table("teach_verbs")
        self.former_head_verbs |= frozenset(russian_teach_verbs["former"])
        self.russian_teach_verb = re.compile(
            rf"(?<![\w-])(?:{any_of([verb for verbs in russian_teach_verbs.values() for verb in verbs])})(?![\w-])", re.IGNORECASE)
        kazakh_teach_verbs = lexicons["kk"].table("teach_verbs")
        self.former_head_verbs |= frozenset(kazakh_teach_verbs["former"])
        self.kazakh_teach_verb = re.compile(
            rf"(?<![\w-])(?:{any_of([verb for verbs in kazakh_teach_verbs.values() for verb in verbs])})(?![\w-])", re.IGNORECASE)
        self.kazakh_locative = ends_with_any(lexicons["kk"].words("locative_endings"), flags=0)
        self.kazakh_units_of_a_listed_institution = tuple(lexicons["kk"].words("units_of_a_listed_institution"))
        # The title a verb of heading gives by its object's noun ("мектепті басқарды": a director; "ауданды": an akim).
        self._kazakh_head_of_the_object = [(tuple(stem for noun in nouns for stem in {noun, _voiced_before_a_vowel(noun)}), code)
                                           for code, nouns in lexicons["kk"].table("head_of_the_object").items()]
        self.russian_board_membership = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('board_membership_verbs'))})\s+в\s+(?:{any_of(lexicons['ru'].words('boards'))})(?![\w-])",
            re.IGNORECASE)
        self.russian_head_verb = re.compile(
            rf"(?<![\w-])(?:{any_of([verb for verbs in russian_head_verbs.values() for verb in verbs])})(?![\w-])", re.IGNORECASE)
        # "Қазылар алқасының төрағасы", "ұйымдастыру комитетінің хатшысы": the title of a body of no institution, up to its
        # last word or two ("төраға орынбасары").
        self.kazakh_chaired_body_title = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['kk'].words('chaired_bodies'), _spaced_form)})\w*(?:\s+\S+){{1,2}}$", re.IGNORECASE)
        # "Name, Name қазылық етті": the verb of judging after a list of names, each of the list the jury's member.
        self.kazakh_jury_verb = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['kk'].words('jury_verbs'), _spaced_form)})\w*(?![\w-])",
                                           re.IGNORECASE)
        self.kazakh_supervisor_titles = frozenset(title.lower() for title in lexicons["kk"].words("supervisor_titles"))
        self.russian_chamber_body = re.compile(rf"\s+(?:{any_of(lexicons['ru'].words('chamber_bodies_after_a_title'))})(?![\w-])",
                                               re.IGNORECASE)
        self.russian_member_list_opening = re.compile(
            rf"(?<![\w-])в\s+состав\s+(?:[а-яё]+(?:ой|ей|ого|его)\s+)?(?:{any_of(lexicons['ru'].words('member_list_bodies'))})"
            rf"\s+(?:также\s+)?(?:{any_of(lexicons['ru'].words('member_list_verbs'))})(?![\w-])", re.IGNORECASE)
        self.russian_chaired_body = re.compile(rf"\s*(?:{any_of(lexicons['ru'].words('chaired_bodies'))})(?![\w-])", re.IGNORECASE)
        self.russian_chair_verb = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('chair_verbs'))})(?![\w-])", re.IGNORECASE)
        # The organization a Russian verb of heading governs, before it: right before, or the relative pronoun
        # after it that the verb governs ("компанию, которую возглавил Name").
        self.russian_object_before_verb = re.compile(
            rf"[»\"“']*(?:\s*,\s*(?:{any_of(lexicons['ru'].words('relative_pronouns_oblique'))}|которое|которые))?\s+",
            re.IGNORECASE)
        # In lower case, before an article: "heads of schools", "department heads Name" are the plural noun.
        self.head_verb = re.compile(rf"(?<![\w-])(?:{any_of([verb for verbs in head_verbs.values() for verb in verbs])})"
                                    r"(?=\s+(?:the|an?)\s)")
        self.lead_verb = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['en'].words('lead_verbs'))})(?=\s+the\s+(?-i:[A-Z]))"
                                    r"(?![^,.;:!?]{0,100}\sas\s)")
        chair_verbs = lexicons["en"].table("chair_verbs")
        self.former_head_verbs |= frozenset(chair_verbs["former"])
        self.chair_verb = re.compile(
            rf"(?<![\w-])(?:{any_of([verb for verbs in chair_verbs.values() for verb in verbs])})(?=\s+the\s+(?:[A-Z][\w’'-]*\s+){{0,3}}"
            rf"(?:{any_of(word.capitalize() for word in lexicons['en'].words('chaired_body_nouns'))})(?![\w-])(?!\s+(?:meeting|session|sitting)))")
        # ... a body of no institution among them ("chaired the Government Commission on ...", as "the commission, chaired
        # by Name" is): the chairman of none.
        self.chaired_body_of_none = re.compile(
            rf"\s+the\s+(?:[A-Z][\w’'-]*\s+){{0,3}}(?:{any_of(' '.join(word.capitalize() for word in body.split()) for body in lexicons['en'].words('chaired_bodies'))})(?![\w-])")
        # ... or right before an organization's name the model marked ("now heads Kazatomprom").
        self.head_verb_before_a_name = re.compile(
            rf"(?<![\w-])(?:{any_of([verb for verbs in head_verbs.values() for verb in verbs])})(?=\s+[A-Z])")
        # Before a subject taught or a preposition, not after the passive's auxiliary ("is taught by": the subject after
        # it), nor before a person taught ("she taught me that ...": a lesson, no post).
        self.teach_verb = re.compile(rf"(?<![\w-])(?<!is\s)(?<!was\s)(?<!are\s)(?<!were\s)(?<!been\s)"
                                     rf"(?:{any_of([verb for verbs in teach_verbs.values() for verb in verbs])})"
                                     rf"(?=\s+(?!(?:{any_of(lexicons['en'].words('object_pronouns'))})(?!\w))\w)", re.IGNORECASE)
        # "the laboratory, which is headed by Name": the relative pronoun before the passive.
        self.english_passive_head_verb = re.compile(rf"\s*,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|has\s+been|had\s+been|will\s+be)\s+)?"
                                                    rf"(?P<verb>{any_of([verb for verbs in lexicons['en'].table('passive_head_verbs').values() for verb in verbs], _spaced_form)})\s+")
        # A plural English title's area between it and the names ("Deputy directors for academic affairs Name and Name").
        determiners = any_of(["our", "a", "an", *lexicons["en"].words("definite_articles"),
                              *(word for words in lexicons["en"].table("possessive_pronouns").values() for word in words)])
        self.title_area_nouns = frozenset(lexicons["en"].words("title_area_nouns"))
        self.english_locative_preposition_before = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['en'].words('locative_prepositions'))})\s+$", re.IGNORECASE)
        self.english_plural_copula = re.compile(rf"\s+(?:{any_of(lexicons['en'].words('plural_copulas'), _spaced_form)})\s+")
        self.english_plural_subject = re.compile(
            rf"\s*(?P<pronoun>{any_of(lexicons['en'].words('plural_subject_pronouns'), _spaced_form)}){self.english_plural_copula.pattern}",
            re.IGNORECASE)
        # The same after a participle of appointment and its adjuncts, no comma between ("Among the senators appointed
        # on Monday are Name and Name"): a reduced relative clause that qualifies the group, no clause of its own.
        appointed = [verb for verb in lexicons["en"].words("object_appointment_verbs") if verb.endswith("ed")]
        self.english_participle_then_plural_copula = re.compile(
            rf"\s+(?:{any_of(appointed, _spaced_form)})(?:\s+[^\s,;:.]+)*?{self.english_plural_copula.pattern}")
        # A predicate in the plural after a list's last name ("Name and Name were appointed rectors"): the whole list's.
        self.english_plural_predicate = re.compile(
            rf"\s+(?:{any_of(lexicons['en'].words('plural_title_auxiliaries'), _spaced_form)})\s+", re.IGNORECASE)
        # "..., respectively": the items named before it go one to each of the names listed, in order.
        self.english_respectively = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['en'].words('respective_order_words'))})(?![\w-])",
                                               re.IGNORECASE)
        self.english_titles_area = re.compile(rf"\s+for\s+(?:(?!(?:{determiners})\s)[a-z-]+\s+){{0,3}}"
                                              rf"(?:{any_of(lexicons['en'].words('title_area_nouns'))})\s+")
        # An akimat named as a whole menu item ("Мемлекеттік органдар | Сарыағаш ауданының әкімдігі | ...").
        self.akimat_menu_item_end = re.compile(rf"[ \t]+(?:{any_of(lexicons['kk'].words('akimat_nouns'))})[^\W\d_]*[ \t]*(?:[|/>»]|$)",
                                               re.MULTILINE)
        self.english_deputy_codes = {word: code for code, words in lexicons["en"].table("deputies_before_a_name").items() for word in words}
        self.english_deputy_word = re.compile(rf"(?<![\w'’-])(?:{any_of(self.english_deputy_codes)})(?=[^\S\n]+\S)", re.IGNORECASE)
        # A possessive, maybe one word between, makes the deputy a holder's aide ("his first deputy Name", "the akim's deputy").
        self.english_possessive_before = re.compile(
            rf"(?:(?<![\w-])(?:{any_of(word for words in lexicons['en'].table('possessive_pronouns').values() for word in words)})|['’]s)"
            r"\s+(?:[^\W\d_][\w-]*\s+)?$", re.IGNORECASE)
        # A time clause of a gerund opening the sentence, its comma left out ("Before coming to the university he was"):
        # the subject's own adverbial.
        self.english_gerund_time_clause = re.compile(
            r"\s*(?:before|after|since|until|upon|prior\s+to)\s+[a-z]+ing\s+[^,;:.!?]*", re.IGNORECASE)
        self.english_former_opening = re.compile(rf"\s*(?:{any_of(lexicons['en'].words('former_openings'))})\s*,?\s*", re.IGNORECASE)
        self.english_chaired_body = re.compile(rf"(?<![\w-])the\s+(?:{any_of(lexicons['en'].words('chaired_bodies'), _spaced_form)})(?![\w-])",
                                               re.IGNORECASE)
        # "A session of the republican commission was held under the chairmanship of Name": the commission's chairman, of
        # no institution, as "The jury was chaired by Name" is; a title of the name's own may stand between, maybe after a
        # country's adjective ("under the chairmanship of Kazakhstani senator Name"). A meeting of no such body ("The
        # council's session was held under the chairmanship of Name") gives its chair no post, as "под председательством"
        # gives none in the probe pages' gold.
        self.english_chairmanship = re.compile(
            rf"(?<![\w-])(?P<verb>{any_of(lexicons['en'].words('chairmanship_phrases'), _spaced_form)})\s+", re.IGNORECASE)
        self.english_chaired_body_word = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['en'].words('chaired_bodies'), _spaced_form)})(?![\w-])", re.IGNORECASE)
        self.english_body_membership_verb = re.compile(
            rf"(?<![\w-])(?P<verb>{any_of(lexicons['en'].words('body_membership_verbs'), _spaced_form)})\s+")
        passive_teach_verbs = lexicons["en"].table("passive_teach_verbs")
        self.former_head_verbs |= frozenset(passive_teach_verbs["former"])
        self.english_passive_teach_verb = re.compile(
            rf"(?<!\w)(?P<verb>{any_of([verb for verbs in passive_teach_verbs.values() for verb in verbs], _spaced_form)})\s+", re.IGNORECASE)
        referring = lexicons["en"].table("referring_institution_nouns")
        self.english_bare_institution_noun = re.compile(
            rf"(?<![\w-])the\s+(?P<noun>{any_of([noun for nouns in referring.values() for noun in nouns])})(?![\w-])", re.IGNORECASE)
        # "the seed laboratory is headed by Name": a university's unit by its noun, a word or two before it.
        self.english_bare_unit_noun = re.compile(
            rf"(?<![\w-])(?i:the)\s+(?P<noun>(?:[a-z-]+\s+){{0,2}}(?:{any_of([head for head in lexicons['en'].words('university_unit_heads') if ' ' not in head])}))(?![\w-])")
        # Honorifics and degrees spelled out between a passive verb and its name ("headed by candidate of agricultural
        # sciences Name", "led by Prof. Name").
        self.english_degrees_before_a_name = re.compile(
            rf"(?:(?:(?:candidate|doctor)\s+of\s+(?:[a-z-]+\s+){{0,3}}sciences|(?:{any_of(lexicons['en'].words('honorifics'))})\.?),?\s+)*",
            re.IGNORECASE)
        # ... and the name's own title there ("the laboratory headed by senior lecturer Name", "chaired by Professor Name").
        self.english_title_before_a_name = re.compile(rf"(?:{any_of(self.english_title_codes)})\s+", re.IGNORECASE)
        # "by" or "to" right before an English name, maybe with an honorific (``_agent_or_recipient``).
        self.english_agent_or_recipient_before_a_name = re.compile(
            rf"(?<![\w-])(?P<preposition>by|to)\s+(?:(?:{any_of(lexicons['en'].words('honorifics'))})\.?\s+)?$", re.IGNORECASE)
        # A rank or an honorific that opens a name ("Professor Name", "Dr. Name").
        ranks = [form for form, code in self.taxonomy.forms("en") if code in self.taxonomy.ranks]
        self.english_rank_before_a_name = re.compile(
            rf"(?:(?:{any_of(ranks + list(lexicons['en'].words('honorifics')) + sorted(self.taxonomy.degree_forms))})\.?\s+)+", re.IGNORECASE)
        self.english_passive_head_codes = {verb: code for code, verbs in lexicons["en"].table("passive_head_verbs").items() for verb in verbs}
        succession = lexicons["en"].table("succession_verbs")
        self.succession_verb = {holder: re.compile(rf"\s*,?\s+(?:{any_of(verbs)})\s+", re.IGNORECASE)
                                for holder, verbs in succession.items()}
        self.counterpart_before = re.compile(rf"(?<!\w)(?:{any_of(lexicons['en'].words('counterpart_nouns'))})(?=\s*,?\s*$)")
        self.as_before_title = re.compile(r"\s+as\s+(?:(?:the|an?|new)\s+)?", re.IGNORECASE)
        # "as a visiting professor": the article and up to two words of the title's kind between.
        self.as_before_a_title = re.compile(r"\s+as\s+(?:(?:the|an?|new)\s+)?(?:[a-z][\w-]*\s+){0,2}")
        pronouns = {lang: lexicons[lang].table("subject_pronouns") for lang in LANGS}
        self.pronoun_gender = {lang: {word: (None if gender == "any" else gender) for gender, words in table.items()
                                      for word in words} for lang, table in pronouns.items()}
        self.earlier_post_subjects = {phrase: gender for gender, phrases in lexicons["en"].table("earlier_post_subjects").items()
                                      for phrase in phrases}
        self.pronoun_gender["en"].update(self.earlier_post_subjects)
        # The pronoun among the first three words, after an opening adverbial ("Previously, he", "Ранее он");
        # in Russian among the first seven, after a longer one with no verb ("В конце 1989 г. он", "По
        # информации The Times, он"), in English after a dated period ("From 2001 to 2006 he"): ``_opening_adverbial``.
        self.subject_pronoun = {lang: re.compile(rf"\s*(?:[^\s,]+,?\s+){{0,{3 if lang == 'kk' else 6}}}?"
                                                 rf"(?P<pronoun>{any_of(tuple(words))})(?!\w)",
                                                 re.IGNORECASE) for lang, words in self.pronoun_gender.items()}
        # "Name-ді таныстырды": a Kazakh verb of introducing right after the one introduced.
        self.kazakh_introduced_after = re.compile(rf"\s+(?:{any_of(lexicons['kk'].words('introducing_verbs'))})(?!\w)",
                                                  re.IGNORECASE)
        # A pronoun in a case says the one named before is someone the sentence's subject acts on (roles: a title opening it).
        self.kazakh_oblique_pronoun = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['kk'].words('oblique_third_person_pronouns'))})(?![\w-])", re.IGNORECASE)
        # An English sentence may open with a dated period before its pronoun ("From 2001 to 2006 he").
        self.english_period_words = frozenset(lexicons["en"].words("period_words")) \
            | frozenset(word for words in lexicons["en"].table("months").values() for word in words)
        self.english_closed_period = re.compile(
            rf"\d{{4}}\s*[—–-]\s*\d{{2,4}}(?!\d)|(?<![\w-])(?:(?:{any_of(lexicons['en'].words('period_start_prepositions'))})\s+"
            rf"(?:[a-z]+\s+)?\d{{4}}\s+)?(?:{any_of(lexicons['en'].words('period_end_prepositions'))})\s+(?:[a-z]+\s+)?\d{{4}}(?!\d)",
            re.IGNORECASE)
        # A Kazakh period that has ended ("2010–2015 жж.", "2008–2016 жылдары", "2019 жылға дейін"); not a school
        # year ("2024–2025 оқу жылы"), which is the present one.
        self.kazakh_closed_period = re.compile(
            r"\d{4}\s*[—–-]\s*\d{2,4}\s*(?:жж\.|ж\.|жылдары|жылдар аралығында)|\d{4}\s+жылға\s+дейін", re.IGNORECASE)
        # A list of a career's posts that its last one's past predicate closes ("оқытушы, аға оқытушы, доцент болып
        # қызмет атқарды"): each post of the list is a former one.
        self.kazakh_former_list_end = re.compile(
            rf"\s*,[^.;:!?]*?\s(?:болып\s+|қызметін\s+)?(?:{any_of(lexicons['kk'].words('former_predicates'))})\s*[.!]?\s*$",
            re.IGNORECASE)
        # A clause of a post closed by a converb of service and its comma ("аудан әкімі қызметін атқарып, ... Name енді"),
        # whose holder holds another post now, by the adverb of the present right after the name: a post held before.
        self.kazakh_service_converb_clause = re.compile(rf"\s*(?:{any_of(lexicons['kk'].words('service_converbs'))})\s*,", re.IGNORECASE)
        self.kazakh_present_after_name = re.compile(rf"\s+(?:{any_of(lexicons['kk'].words('present_post_adverbs'))})(?![\w-])",
                                                    re.IGNORECASE)
        # A clause of the post a name held before, closed by a past participle right before the name ("Бұл лауазымға облыс
        # әкімі аппараты басшысының орынбасары болып қызмет атқарып келген Name тағайындалды").
        self.kazakh_former_post_clause = re.compile(
            rf"[^.;:!?]*\s(?:болып\s+|қызметін\s+)?(?:{any_of(lexicons['kk'].words('former_predicates'))})\s*", re.IGNORECASE)
        self.russian_subject_pronoun_anywhere = re.compile(rf"(?<!\w)(?:{any_of(tuple(self.pronoun_gender['ru']))})(?!\w)",
                                                           re.IGNORECASE)
        possessives = {lang: lexicons[lang].table("possessive_pronouns") for lang in LANGS}
        self.possessive_gender = {lang: {word: (None if gender == "any" else gender) for gender, words in table.items()
                                         for word in words} for lang, table in possessives.items()}
        self.pronouns = frozenset(word for lang in LANGS for word in (*self.possessive_gender[lang], *self.pronoun_gender[lang],
                                                                      *lexicons[lang].words("pointing_pronouns")))
        self.someone_elses_words = frozenset(lexicons["ru"].words("someone_elses_words")) | frozenset(self.possessive_gender["ru"])
        self.authored_work_noun = re.compile(rf"(?:{any_of(lexicons['ru'].words('authored_work_nouns'))})\w{{0,2}}", re.IGNORECASE)
        self.aide_codes = {lang: sorted(((noun, code) for code, nouns in lexicons[lang].table("aide_nouns").items() for noun in nouns),
                                        key=lambda pair: -len(pair[0])) for lang in LANGS}
        # "the deputies of the ex-governor Name and Name": a deputy's noun and "of (the)" before a holder's title, which a
        # status word may open ("ex-", "former").
        self.english_deputy_of_a_holder = re.compile(
            rf"(?<![\w-])(?:{any_of(noun for noun, code in self.aide_codes['en'] if code == 'deputy_head')})\s+of\s+(?:the\s+)?"
            rf"(?:(?:{any_of(word.rstrip('-') for word in self.taxonomy.status['former'].get('en', ()))})(?:\s+|-))?$", re.IGNORECASE)
        # One word may stand between the pronoun and the title ("оның бірінші орынбасары", "his new adviser").
        self.aide_after_possessive = {lang: re.compile(
            rf"(?<![\w-])(?P<pronoun>{any_of(tuple(self.possessive_gender[lang]))})\s+(?:[^\W\d_][\w-]*\s+)?"
            rf"(?P<aide>(?:{any_of(noun for noun, _ in self.aide_codes[lang])}){_STEM_ENDING[lang]})(?![\w-])",
            re.IGNORECASE) for lang in LANGS}
        # "Оның директоры": a Kazakh possessive pronoun right before a title, or opening the model's span of it.
        self.kazakh_possessive_opening = re.compile(rf"(?<![\w-])(?:{any_of(tuple(self.possessive_gender['kk']))})\s+", re.IGNORECASE)
        # "№3 сайлау округінен сайланған" between two Kazakh titles: a deputy's constituency, list or party qualifies the
        # next title ("депутат"), so the two are one person's.
        self.kazakh_session_noun = re.compile(r"(?<![\w-])(?:сессия(?:ның|сының)?|тұрақты\s+комиссия(?:ның|сының|сы)?)\s+"
                                              r"(?:төраға|төрайым|хатшы)\w*$", re.IGNORECASE)
        self.kazakh_title_attribute = re.compile(
            rf"\s*(?:№\s*\d+\s+)?(?:[^\W\d_][\w-]*\s+){{0,3}}?(?:{any_of(lexicons['kk'].words('title_attribute_clauses'))})\s+",
            re.IGNORECASE)
        self.former_predicate = {
            # In English not after the perfect's auxiliary: "has served as rector since 2019" holds the post now.
            # In Kazakh maybe after the post's word ("болып", "лауазымында") and an adverb ("ұзақ жыл").
            lang: re.compile({"kk": rf"\s+(?:(?:болып|қызметін|лауазымында|қызметінде)\s+)?"
                                    rf"(?:(?:{any_of(lexicons['kk'].words('predicate_adverbs'))})\s+)?",
                              "en": r"(?<!\w)(?<!has\s)(?<!have\s)"}.get(lang, r"(?<!\w)")
                             + rf"(?:{any_of(lexicons[lang].words('former_predicates'))})(?!\w)", re.IGNORECASE)
            for lang in LANGS}
        # A description's clause after a Kazakh name's dash closed by one ("... шетелде қызмет атқарған,").
        self.kazakh_former_predicate_at_the_end = re.compile(rf"(?:{self.former_predicate['kk'].pattern})\s*$", re.IGNORECASE)
        # A Russian period of time that has ended ("в 2012–2015 годах", "до 2019 года", "по май 1999 года"),
        # and a year alone ("в 1999 году"), which a dated line's dash holds only for that year.
        self.russian_closed_period = re.compile(
            rf"\d{{4}}\s*[—–-]\s*\d{{2,4}}(?!\d)|(?<![\w-])(?:{any_of(lexicons['ru'].words('period_end_prepositions'))})"
            rf"\s+(?:[а-яё]+\s+){{0,2}}\d{{4}}(?!\d)", re.IGNORECASE)
        self.russian_year_point = re.compile(r"(?<![\w-])в\s+(?:[а-яё]+\s+)?\d{4}\s+год", re.IGNORECASE)
        self.russian_past_copula = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('past_copulas'))})\s+"
            rf"(?:[а-яё]+(?:{any_of(lexicons['ru'].words('adjective_instrumental_endings'))})\s+)*$", re.IGNORECASE)
        # "подполковник медицинской службы в отставке": a retired holder, the title's genitive complement between.
        self.russian_retired_words = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('retired_after_title'))})(?!\w)")
        self.russian_retired_after_title = re.compile(rf"(?:[^\S\n]+[а-яё-]+){{0,3}}?[^\S\n]+{self.russian_retired_words.pattern}")
        self.russian_predicate_before_subject = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('past_copulas') + lexicons['ru'].words('former_predicates'))})\s+$",
            re.IGNORECASE)
        # "Обязанности директора (временно) исполняла Name": the duties' title, then the verb, then the one acting.
        ru = lexicons["ru"]
        self.russian_duties_before = re.compile(rf"(?<![\w-])(?:{any_of(ru.words('duties_nouns'))})\s+$", re.IGNORECASE)
        self.russian_duties_verb = re.compile(rf"(?<![\w-])(?:{any_of(ru.words('acting_duty_verbs'))})(?![\w-])", re.IGNORECASE)
        # "Обязанности Name (временно) исполняет Name": a person's duties, not a title's; the verb right
        # after the first name, then the one acting, not far.
        self.russian_duties_of_a_name_verb = re.compile(
            rf"\s+(?P<words>(?:временно\s+)?(?:{any_of(ru.words('acting_duty_verbs'))}))(?![\w-])[^.;!?]{{0,40}}$", re.IGNORECASE)
        # The copulas and verbs of appointment whose predicate a title in the instrumental is ("Директором стал Name").
        self.copulas = frozenset(ru.words("title_verbs"))
        # The verbs that open a Russian sentence whose subject is left out and give it the title after them.
        self.elided_subject_predicates = frozenset(lexicons["ru"].words("title_verbs") + lexicons["ru"].words("former_predicates")
                                                   + lexicons["ru"].words("career_start_verbs"))
        self.career_start_verbs = frozenset(lexicons["ru"].words("career_start_verbs"))
        self.graduation_opening = re.compile(rf"\s*(?:{any_of(lexicons['ru'].words('graduation_openings'))})\s", re.IGNORECASE)
        self.career_object_words = frozenset(word for phrase in lexicons["ru"].words("career_objects") for word in phrase.split())
        self.duration_nouns = frozenset(lexicons["ru"].words("duration_nouns"))
        # A biography's dated line: its period, then a dash for the predicate. A Russian title after the dash
        # is in lower case; a Kazakh one may open with a place's name, an English one is capitalised. A period
        # still open ("2021 – present –") is part of the period.
        open_ends = {lang: any_of(lexicons[lang].words("dated_line_open_ends")) for lang in ("kk", "en")}
        self.dated_line = {"ru": _DATED_LINE} | {
            lang: re.compile(rf"\s*(?P<when>[^()\n]{{1,60}}?(?:\s[—–-]\s+(?:{ends})(?!\w))?)\s(?P<dash>[—–-])\s+(?=[^\W\d_])",
                             re.IGNORECASE) for lang, ends in open_ends.items()}
        # Words of a period: in Russian an adverbial's, in English the period words, in Kazakh any in lower case.
        self.dated_line_word = {"ru": _adverbial_word,
                                 "en": lambda word: any(map(str.isdigit, word)) or word.lower() in self.english_period_words,
                                 "kk": lambda word: any(map(str.isdigit, word)) or word.islower()}
        # Words right before a name that say the name held the post of the page's subject before or after them
        # ("Его предшественник Name", "Сменил на этом посту Name", "succeeded Name", "бұл қызметті Name атқарған").
        # An English honorific's dot is no sentence's end ("She succeeds Dr. Name").
        abbreviated = {"en": rf"(?<![\w-])(?:{any_of(lexicons['en'].words('honorifics'))})\.|"}
        self.post_held_before = {lang: re.compile(
            rf"(?<![\w-])(?P<words>{any_of(lexicons[lang].words('post_held_before_name'))})(?![\w-])(?!\s+by\b)"
            rf"(?:{abbreviated.get(lang, '')}[^.;!?]){{0,40}}$", re.IGNORECASE) for lang in LANGS}
        # Of those, the Kazakh words that point at a post ("осы қызметте", in this post), not at a person ("оның алдындағы",
        # his predecessor): the post of the one the page reports appointed, whose words of appointment (roles.yaml
        # ``events``) follow its title.
        self.kazakh_post_pointed_at = re.compile(rf"(?:{any_of(lexicons['kk'].words('post_pointed_at'))})", re.IGNORECASE)
        self.russian_appointment_word = re.compile(rf"(?<![\w-])(?:{any_of(self.taxonomy.events['appointed']['ru'])})", re.IGNORECASE)
        self.kazakh_appointment_word = re.compile(rf"(?<![\w-])(?:{any_of(self.taxonomy.events['appointed']['kk'])})", re.IGNORECASE)
        # ... or that say the name took the post the subject left, now ("Оның орнына Name тағайындалды", "Его место занял
        # Name", "На ее место назначен Name"). Not in English: "succeeded by Name" closes a biography whose posts the page
        # lists, one left unsaid.
        # "Name сменил Name на посту акима района": the verb between the names, and the post's words after the second.
        # The words around the name of the one a post's new holder replaces: a preposition before it, a participle's
        # lower-case words maybe between ("вместо ушедшего в отставку Name", "in place of the retired Name"), or a
        # postposition after it ("Name-ның орнына").
        replaced_one = {lang: lexicons[lang].table("replaced_one_words") for lang in LANGS}
        self.replaced_one_before = {lang: re.compile(rf"(?<![\w-])(?:{any_of(words['before'])})(?-i:\s+[^\W\d_A-ZА-ЯЁ][\w-]*){{0,4}}\s+$",
                                                     re.IGNORECASE) for lang, words in replaced_one.items() if "before" in words}
        self.replaced_one_after = {lang: re.compile(rf"[^\S\n]+(?:{any_of(words['after'])})(?![\w-])", re.IGNORECASE)
                                   for lang, words in replaced_one.items() if "after" in words}
        self.russian_kinship_noun = re.compile(rf"(?<![\w-])(?-i:{any_of(lexicons['ru'].words('kinship_nouns'))})\w{{0,3}}(?![\w-])")
        # A kinship noun right before a name ("зятя Name", "Сын Name").
        self.russian_kinship_before = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('kinship_nouns'))})\w{{0,3}}\s+$",
                                                 re.IGNORECASE)
        # ... those of them that open a clause after a comma ("назначена министром, сменив на этом посту Name").
        self.replaced_one_after_a_comma = {lang: re.compile(rf",\s*(?:{any_of(words['after_a_comma'])})(?![\w-])", re.IGNORECASE)
                                           for lang, words in replaced_one.items() if "after_a_comma" in words}
        self.russian_succession_verb = re.compile(rf"\s+(?:{any_of(lexicons['ru'].words('succession_verbs'))})\s+", re.IGNORECASE)
        succession_post_words = any_of(lexicons['ru'].words('succession_post_words'), _spaced_form)
        self.russian_succession_post = re.compile(rf"\s+(?:{succession_post_words})\s+", re.IGNORECASE)
        self.russian_succession_post_before = re.compile(rf"(?<![\w-])(?:{succession_post_words})\s+", re.IGNORECASE)
        self.russian_succession_verb_and_post = re.compile(
            rf"\s+(?:{any_of(lexicons['ru'].words('succession_verbs'))})\s+(?:{succession_post_words})\s+", re.IGNORECASE)
        # The adjective of a ministry's executive secretary right before the title ("ответственным секретарем").
        self.russian_ministry_secretary = re.compile(
            rf"(?<![\w-])(?i:{any_of(lexicons['ru'].words('ministry_secretary_adjectives'))})\s+$")
        self.post_taken_before = {lang: re.compile(
            rf"(?<![\w-])(?P<words>{any_of(lexicons[lang].words('post_taken_before_name'))})(?![\w-])[^.;!?]{{0,64}}$",
            re.IGNORECASE) for lang in ("kk", "ru")}
        # A sentence's opening words that name the holder of the post the sentence before named with no one ("Им стал Name",
        # "Ол – Name", "He is Name"): the name right after them.
        self.holder_of_the_post_named_before = {lang: re.compile(
            rf"\s*(?:{any_of(lexicons[lang].words('holder_of_the_post_named_before'), _spaced_dashed_form)})(?![\w-])\s*",
            re.IGNORECASE) for lang in LANGS}
        # ... or a Russian name's anywhere, that introduce it to the body's staff ("представил сотрудникам управления Name").
        self.russian_holder_introduced = re.compile(
            rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('holder_introduced_before_name'))})(?:\s+[а-яё-]+){{0,2}}\s+$", re.IGNORECASE)
        # ... or the words after a name that opens its sentence ("Name was appointed to the post", "Name осы қызметке
        # тағайындалды").
        self.holder_of_the_post_named_after = {lang: re.compile(
            rf"[\s,]*(?:{any_of(lexicons[lang].words('holder_of_the_post_named_after'))})(?![\w-])", re.IGNORECASE)
            for lang in LANGS}
        self.kazakh_career_line_end = re.compile(
            rf"(?<!\w)(?:{any_of(tuple(lexicons['kk'].words('career_line_predicates')))})\s*[.!]?\s*$", re.IGNORECASE)
        self.plural_appointment_verbs = frozenset(lexicons["ru"].words("plural_appointment_verbs"))
        self.appointing_passives = frozenset(lexicons["ru"].words("appointing_passives"))
        self.predicates = {"ru": RussianPredicate(lexicons["ru"]), "en": EnglishPredicate(lexicons["en"]),
                           "kk": KazakhPredicate(lexicons["kk"])}
        self.one_of_a_group = re.compile(rf"(?<!\w)(?:{any_of(lexicons['ru'].words('one_of_a_group'))})\s", re.IGNORECASE)
        # "One of the new akims, ": the partitive, then only an article and adjectives in lower case before the plural title.
        self.english_one_of_a_group = re.compile(
            rf"(?<!\w)(?:{any_of(lexicons['en'].words('one_of_a_group'))})\s+(?:the\s+)?(?:(?!of\s)[a-z]+\s+){{0,2}}$", re.IGNORECASE)
        joiner = any_of(words_in_all(lexicons, "and_words") + words_in_all(lexicons, "with_words"))
        # An honorific may open the next item ("teachers Mr. Name and Ms. Name").
        self.kazakh_examples_ahead = re.compile(
            rf"(?:[^.!?\n]|\.(?=\S)){{0,80}}?(?<![\w-])"
            rf"(?:{any_of(lexicons['kk'].words('examples_postpositions') + lexicons['kk'].words('others_of_the_group'))})(?![\w-])")
        self.kazakh_others_of_the_group = re.compile(
            rf"[\s,]*(?:(?:{any_of(lexicons['kk'].words('and_words'))})\s+)?(?:{any_of(lexicons['kk'].words('others_of_the_group'))})\s+",
            re.IGNORECASE)
        self.list_joiner = re.compile(rf"^[\s,;]*(?:{joiner})?[\s,;]*(?:(?:{any_of(lexicons['en'].words('honorifics'))})\.?\s+)?$",
                                      re.IGNORECASE)
        self.joining_words = frozenset(word.lower() for word in words_in_all(lexicons, "and_words") + words_in_all(lexicons, "with_words"))
        self.served_official_before = re.compile(
            rf"(?<!\w)(?:{any_of(lexicons['ru'].words('served_official_prepositions'))})\s+(?:[а-яё-]+\s+)?$", re.IGNORECASE)
        self.and_between = re.compile(rf"(?:^|[\s,])(?:{joiner})\s", re.IGNORECASE)
        self.and_right_before_a_name = re.compile(rf"\s+(?:{any_of(words_in_all(lexicons, 'and_words'))})\s+$", re.IGNORECASE)
        # The posts one person holds at a time in an institution: its head's, its chairman's or its secretary's ("the
        # former rector", "прежний секретарь маслихата" is the predecessor).
        self.first_presidents_title = re.compile(rf"(?<!\w)(?:{any_of(lexicons['common'].words('first_presidents_titles'))})(?!\w)",
                                                 re.IGNORECASE)
        self.single_holder_codes = frozenset({"head", "chairman", "secretary", "president", *self.taxonomy.head_by_institution.values()})
        # A deputy's titles: a seat in a chamber or a maslikhat (a deputy alone on a maslikhat's page, and what a
        # deputy of a chamber is called), never at another post's institution.
        self.chamber_seat_codes = frozenset({*(code for code, kinds in self.taxonomy.page_institution.items() if "maslikhat" in kinds),
                                             *self.taxonomy.role_by_institution.get("parliament_deputy", {}).values()})
        self.present_post_opening = {lang: re.compile(
            rf"(?:^|[\s,])(?:{any_of(lexicons[lang].words('present_post_adverbs'))})\s+(?:(?:an?|the)\s+)?$", re.IGNORECASE)
            for lang in ("ru", "en")}
        named_after_before = words_in_all(lexicons, "named_after_before_name")
        self.part_of_a_name = re.compile(
            rf"^\s*(?:{any_of(named_after_before + words_in_all(lexicons, 'named_after_after_name'))})", re.IGNORECASE)
        # A rank may stand between the words and the name ("имени академика Е.А. Букетова", "named after the academician").
        named_after_rank = rf"(?:\s+(?:(?:{any_of(lexicons['en'].words('definite_articles'))})\s+)?" \
                           rf"(?:{any_of(words_in_all(lexicons, 'named_after_ranks'))}))?"
        on_behalf_words = words_in_all(lexicons, "on_behalf_before_named_after")
        on_behalf = "".join(rf"(?<!(?<!\w){re.escape(word)}\s)" for word in on_behalf_words)
        self.named_after = re.compile(rf"{on_behalf}(?:{any_of(named_after_before)}){named_after_rank}\s*$", re.IGNORECASE)
        self.on_behalf_of = re.compile(rf"(?<![\w-])(?:{any_of(on_behalf_words)})\s+(?:{any_of(named_after_before)})\s+$", re.IGNORECASE)
        self.russian_agreement_opening = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['ru'].words('agreement_openings'), _spaced_form)})\s+",
                                                    re.IGNORECASE)
        self.passive_auxiliary_before = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['en'].words('passive_auxiliaries'))})\s+$",
                                                   re.IGNORECASE)
        self.named_after_inside = re.compile(rf"\s(?:{any_of(named_after_before)})(?!\w)", re.IGNORECASE)
        self.gap_words = frozenset(words_in_all(lexicons, "gap_words"))
        self.object_case = re.compile(rf"(?:{any_of(lexicons['kk'].words('object_case_endings'))})$")
        self.kazakh_genitive_ending = re.compile(rf"(?:{any_of(lexicons['kk'].words('genitive_endings'))})$")
        self.kazakh_locative_after_possessive = re.compile(
            rf"(?<=[ыі])(?:{any_of([ending for ending in lexicons['kk'].words('locative_endings') if ending.startswith('н')])})$")
        self.kazakh_quote_closing = re.compile(
            rf"[»\"”,.!?]\s*(?:[–—-]\s*)?(?:{any_of(lexicons['kk'].words('quote_closing_verbs'))})(?!\w)", re.IGNORECASE)
        # A Kazakh title's plural ending may take other endings after it (депутаттары).
        self.plural = {lang: re.compile(rf"(?:{any_of(lexicons[lang].words('plural_endings'))})"
                                        + (r"\w*$" if lang == "kk" else "$"), re.IGNORECASE) for lang in LANGS}
        english = lexicons["en"]
        article = rf"(?:{any_of(english.words('definite_articles'))}\s+)?"
        # What may stand between a title and the institution after it: in English a preposition
        # and an article ("Director of the Institute"), or a subject in lower case and "at" ("teacher
        # of chemistry at the Lyceum"); in Kazakh nothing; in Russian nothing but the title's field.
        # The field is a preposition and up to three words, in English before the preposition
        # ("Vice-Rector for Academic Affairs of", "Deputy Director for Research at the"), in Russian
        # in lower case before the genitive ("Проректор по научной работе" Карагандинского университета).
        prepositions = any_of(english.words("institution_prepositions"))
        self.english_field_nouns = frozenset(english.words("field_nouns"))
        self.english_article_or_preposition = frozenset(english.words("definite_articles") + english.words("institution_prepositions"))
        # "teacher of chemistry at the Lyceum", "teacher of literature of school-gymnasium No. 5", "teacher of physics,
        # School No. 22": a subject before the institution.
        subject = r"(?:of\s+(?!the\s)(?:(?-i:[A-Za-z][\w-]*\s+(?:and\s+)?){1,3}(?=(?:at|of)\s)|(?-i:[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,2}),\s*))?"
        # "senior lecturer in energy economics at the University of X": a subject in lower case after "in".
        english_field = (rf"(?:(?:(?:{any_of(english.words('title_field_prepositions'))})\s+(?:[\w-]+\s+){{1,3}}"
                         rf"|(?:{any_of(english.words('title_subject_prepositions'))})\s+(?!the\s)(?-i:[a-z][\w-]*\s+(?:and\s+)?){{1,3}})"
                         rf"(?=(?:{prepositions})\s))?")
        russian_field = (rf"(?:\s+(?:{any_of(lexicons['ru'].words('title_field_prepositions'))})(?:\s+[а-яё][а-яё-]*){{1,3}}"
                         rf"(?:\s+и(?:\s+[а-яё][а-яё-]*){{1,2}})?)?")  # "по научной работе и инновациям"

        # A biography's line may close the field with a comma before the institution ("Vice-Rector for International
        # Relations, Korkyt Ata University").
        english_field_before_a_comma = rf"\s+(?:{any_of(english.words('title_field_prepositions'))})\s+(?:[\w-]+\s+){{0,2}}[\w-]+,"
        self.title_to_institution = {"kk": re.compile(r"^\s*$"), "ru": re.compile(rf"^{russian_field}\s*$"), "en": re.compile(
            # "CEO of Kazakhstan's Bilim Foundation", "head of the capital city's Department of ...": a place's possessive
            # before the institution's name.
            rf"^(?:\s*(?:,\s*)?{subject}{english_field}(?:{prepositions})?|{english_field_before_a_comma})\s*{article}"
            # An opening quote the institution's span left out (a quoted name in single quotes and a legal form's capitals after it),
            # after its place's name ("Director of Taraz “Nazarbayev Intellectual School”").
            rf"(?:(?:{any_of(english.words('newly_formed_before_a_name'))})\s+)?(?:(?:capital\s+)?[A-Z][\w-]*['’]s\s+)?"
            rf"(?:['‘\"“«]|(?-i:[A-Z][\w-]*)\s+[‘\"“«])?$", re.IGNORECASE)}
        # "teaches information systems at Astana IT University": a verb of teaching's subject, then "at" or "in".
        self.taught_at_institution = re.compile(rf"^\s+(?:[\w-]+\s+(?:and\s+)?){{0,3}}(?:at|in)\s+{article}$", re.IGNORECASE)
        # "Director of Programs of the Civic Institute": a capitalized subject before "of" and an organization (no
        # place, no minister's field: "Minister of Foreign Affairs of Kazakhstan" is a ministry's).
        self.english_subject_to_organization = re.compile(
            rf"^\s*of\s+(?-i:[A-Z][\w-]*\s+(?:and\s+)?){{1,3}}of\s+{article}$", re.IGNORECASE)
        # A Russian group names its institution in the genitive, without a preposition ("делегация Лодзинского
        # университета во главе с проректором Name", "Члены делегации: ...").
        group = any_of(words_in_all(lexicons, "visiting_groups"))
        group_preposition = rf"(?:(?:{any_of(words_in_all(lexicons, 'visiting_group_prepositions'))})\s+{article})?"
        self.visiting_group_from = re.compile(rf"(?<!\w)(?:{group})\s+{group_preposition}$", re.IGNORECASE)
        self.visiting_group_members = re.compile(
            rf"(?<!\w)(?:(?:{any_of(words_in_all(lexicons, 'visiting_group_members'))})\s+(?:of\s+{article})?)?(?:{group})\s*:"
            rf"|(?<!\w)(?:{group})\s+(?:also\s+)?(?:{any_of(words_in_all(lexicons, 'visiting_group_verbs'))})\s"
            # "a delegation from Tsinghua University led by Vice-President Name"
            rf"|(?<!\w)(?:{group})\s+{group_preposition}[^.;:]{{1,80}}?"
            rf"\s(?:{any_of(words_in_all(lexicons, 'visiting_group_leaders'))})\s", re.IGNORECASE)
        english_unit = (
            rf"(?P<unit>(?:[a-z][\w-]*\s+){{0,3}}(?:{any_of(self.taxonomy.unit_words.get('en', frozenset()))})"
            # "in 2020" after the unit is a date, not the unit's place
            rf"(?P<owner>\s+(?:{any_of(english.words('institution_prepositions'))}|for)\s+(?!\d)[^,.;:()\"«»“”]+)?)\s*(?:[,.;:()]|$)")
        # A unit's bare noun in the possessive before a title or after it ("the department's deputy head", "head of the
        # department"): the unit named before.
        english_units = any_of(self.taxonomy.unit_words.get("en", frozenset()))
        self.english_bare_unit_before = re.compile(rf"(?<![\w-])the\s+(?P<unit>{english_units})['’]s\s+$", re.IGNORECASE)
        self.english_bare_unit_after = re.compile(rf"\s+of\s+the\s+(?P<unit>{english_units})(?![\w'’-])(?!\s+(?:of|for|at|in)\s)",
                                                  re.IGNORECASE)
        # A unit's noun after an institution's name or acronym, as an attribute ("head of the KazNU department", "Heads of
        # NU departments"): the head of a unit of the institution, not of the institution.
        self.english_unit_of_a_named_institution = re.compile(rf"(?<![\w-])[A-Z][\w-]*\s+(?:{english_units})s?(?![\w-])")
        # A unit's own name after a possessive, capitalized ("head of the Karaganda region's Department of Education"): the
        # head of the possessor's unit, as a lower-case one is (_POSSESSED_NOUN).
        self.english_possessed_unit = re.compile(rf"['’]s\s+(?:{english_units})(?![\w-])", re.IGNORECASE)
        # A place's possessive before a capitalized name, its kind's noun maybe between ("of Kazakhstan's Bilim Foundation",
        # "of the Karaganda region's Department of Education"): the place qualifies the institution after it.
        self.english_possessive_before_a_name = re.compile(
            rf"(?:\s+(?i:{any_of(self.taxonomy.place_words.get('en', frozenset()))}))?['’]s\s+[A-Z]")
        self.english_unit_after = re.compile(rf"\s*(?:{any_of(english.words('institution_prepositions'))})\s+{article}{english_unit}")
        # A head verb's object, with no preposition: "headed the department of gas processing at the Ministry of Energy".
        self.english_unit_object = re.compile(rf"\s+{article}{english_unit}")
        institution_heads = (self.taxonomy.institution_words.get("en", frozenset())
                             | self.taxonomy.unit_words.get("en", frozenset()))
        # "Akmola Region Department of Education", "Akmola region's construction, architecture and urban planning department".
        self.english_institution_after_place = re.compile(
            rf"(?:['’]s)?(?:(?:\s+[a-z][\w-]*){{0,3}}|(?:,?\s+(?!{_ENGLISH_FUNCTION_WORD})[a-z][\w-]*){{1,6}})\s+(?:{any_of(institution_heads)})(?!\w)")
        # "head of the regional education department", "deputy of the regional maslikhat", "head of the city's education
        # department": a body of no named region.
        self.english_regional_body = re.compile(
            rf"\s+(?:of|at)\s+the\s+(?P<adjective>{any_of(lexicons['common'].words('regional_adjectives'))})(?:['’]s)?"
            rf"(?P<body>(?:\s+[a-z][\w-]*){{0,3}}?\s+(?:{any_of(institution_heads)}))(?![\w-])")
        self.english_institution_opening = re.compile(
            rf"\s*(?:{any_of(english.words('institution_prepositions'))})\s+{article}", re.IGNORECASE)
        # ... or in brackets right after it ("Professor Name (Yassawi University)"), or after "from" ("Professor Name from
        # Politecnico di Torino").
        holder_prepositions = english.words("institution_prepositions") + english.words("holder_institution_prepositions")
        self.institution_after_holder = re.compile(
            rf"\s*\(\s*|\s*(?:{any_of(holder_prepositions)})\s+{article}", re.IGNORECASE)
        # A group's plural title and its institution after "from" ("The teachers from the Department of History Name, Name"):
        # the group's place of work, no clause between the title and the names.
        self.english_group_institution_opening = re.compile(
            rf"\s*(?:{any_of(english.words('holder_institution_prepositions'))})\s+{article}", re.IGNORECASE)
        embassy_noun = _ENGLISH_STATE_IN_A_MISSION.sub("", self.taxonomy.seat("ambassador", "embassy").template["en"])
        self.english_project_after = re.compile(rf"\s+(?:{any_of(english.words('project_nouns'))})(?![\w-])", re.IGNORECASE)
        self.english_embassy_line = re.compile(rf"^[ \t]*{embassy_noun}\s+of\s+(?:the\s+)?[A-Z][^\n.!?]{{2,120}}$", re.MULTILINE)
        # ... and a consulate's ("Consulate General of the Republic of Kazakhstan in Istanbul"), its staff's.
        mission_nouns = [embassy_noun] + [_ENGLISH_STATE_IN_A_MISSION.sub("", mission) for mission in self.consulates["en"].values()]
        self.english_mission_line = re.compile(rf"^[ \t]*(?:{any_of(mission_nouns)})\s+of\s+(?:the\s+)?[A-Z][^\n.!?]{{2,120}}$",
                                               re.MULTILINE)
        # "Counsellor of the Embassy of Iran": the embassy right after the title, of the state the country after it names;
        # "First Secretary of the Embassy Name": the page's own.
        self.english_embassy_after_title = re.compile(rf"\s+(?:of|at)\s+the\s+{embassy_noun}(?![\w-])")
        self.service_gap = re.compile(rf"^\s*(?:{any_of(english.words('service_prepositions'))})?\s*{article}$", re.IGNORECASE)
        self.kazakh_place_where = ends_with_any(lexicons["kk"].words("place_where_endings"))  # "Қазақстандағы"
        self.english_field_noun = re.compile(rf"\s+(?:{any_of(english.words('field_nouns_after_a_title'))})(?![\w-])", re.IGNORECASE)
        self.english_adverbs = re.compile(rf"(?<!\w)(?:{any_of(english.words('title_verb_adverbs'))})(?!\w)", re.IGNORECASE)
        # A lower-case word right before an article or a possessive after a name's comma ("Name, briefed the President").
        self.english_word_before_a_determiner = re.compile(
            rf"(?<![\w'’-])(?P<word>(?-i:[a-z][a-z-]*))\s+(?:{any_of(english.words('object_determiners'))})\s", re.IGNORECASE)
        # The words that may stand there all the same: the gap's, "as", and a verb that gives the title ("Name, a graduate of
        # the university, became the governor").
        self.english_apposition_words_before_a_determiner = frozenset((
            *english.words("gap_words"), *english.words("apposition_words_before_a_determiner"), *english.words("title_verbs")))
        # One word may stand between the pronoun and the title ("its new rector").
        self.institution_possessive_before = re.compile(
            rf"(?<![\w-])(?:{any_of(english.words('institution_possessives'))})\s+(?:[^\W\d_][\w-]*\s+)?$", re.IGNORECASE)

    def __call__(self, documents: list[Document]) -> list[Document]:
        for document in documents:
            document.roles = self.roles_of(document)
        return documents

    def matcher(self, lang: str) -> TitleMatcher:
        """Built when a language is first met: the Russian one lemmatizes every title form."""
        if lang not in self._matchers:
            self._matchers[lang] = TitleMatcher(self.taxonomy, lang, self.title_derivations.get(lang, ()),
                                                self.possessive_endings.get(lang, ()), self.numbered_ordinals.get(lang, {}),
                                                self.later_ordinals.get(lang, {}), self.place_kind_openers.get(lang, ()),
                                                self.title_counts.get(lang, ()), self.genitive_endings.get(lang, ()))
        return self._matchers[lang]

    def roles_of(self, document: Document) -> list[RoleFact]:
        text = document.page.text
        facts: list[RoleFact] = []
        home = PageInstitutions(document, self)  # looked up only when a title's sentence names no institution
        mentions = sorted(document.mentions, key=lambda mention: mention.start)
        starts = [mention.start for mention in mentions]
        named_before: list[tuple[Mention, PersonName]] = []  # the persons the last sentence with persons named
        named_in_full = self._named_in_full(text, mentions)
        named_last = False  # whether that sentence is the one right before
        named_on_page: list[tuple[Mention, PersonName]] = []  # every person named so far, in order
        # The sentence right before, where no pronoun stands for anyone: (start, end, lang, its mentions, where its post of
        # no one may stand from (after its last name), the spans of the titles its facts hold).
        post_of_no_one = None
        sentences = [(start, end, segment.lang) for segment in document.segments if segment.lang in ("kk", "ru", "en")
                     for start, end in self.sentences.spans(text, segment.start, segment.end)]
        read: list[tuple[int, int, str, list[Mention]]] = []  # each sentence read, with its mentions
        for start, end, lang in self._title_lines_over_their_names(text, sentences, mentions, starts):
            inside = [m for m in mentions[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]
            read.append((start, end, lang, inside))
            persons = self._persons_in(text, start, lang, inside, named_in_full)
            antecedent = self._subject_named_before(text, named_before, lang)
            pronoun = self._pronoun_for(text, start, end, lang, named_before, persons, named_on_page) \
                or self._dated_line_subject(text, start, end, lang, antecedent, persons)
            # A title that stands for the person is theirs only where the page gave them no other post.
            referred_by_title = None
            if pronoun is None:
                referred_by_title = self._described_subject(text, start, end, lang, named_before, persons, facts) \
                    if named_last else None
                pronoun = referred_by_title or self._elided_subject(text, start, end, lang, antecedent, persons) \
                    or self._kazakh_career_line_subject(text, start, end, lang, named_before, persons) \
                    or (self._english_titled_subject(text, start, end, lang, named_before, persons, facts)
                        or self._kazakh_titled_subject(text, start, end, lang, named_before, persons, facts)
                        if named_last else None)
            if pronoun is None and named_last:
                referred_by_title = pronoun = self._title_of_the_one_named_before(
                    text, start, end, lang, inside, persons, named_before)
            group = self._plural_subject_for(text, start, end, lang, named_before, persons) if pronoun is None and named_last else []
            # A pronoun stands before every name of its sentence.
            sentence_facts = self._sentence_roles(text, start, end, lang, inside,
                                                  ([pronoun] if pronoun else []) + persons, home,
                                                  pronoun[0] if pronoun else None, facts)
            if lang == "ru":  # "Назначение зятя Name на пост главы ...": the post is the relative's, not the name's
                sentence_facts = [fact for fact in sentence_facts if not self._russian_relative_of_the_name(text, fact)]
            for member, referent in group:  # the facts of a plural subject are each listed person's it stands for
                member_facts = self._as_held(self._sentence_roles(text, start, end, lang, inside, [member], home, member[0], facts),
                                             member, facts, lang)
                sentence_facts += [replace(fact, person_mention=referent) for fact in member_facts if fact.person_mention is member[0]]
            if pronoun:  # the facts of the pronoun are the person's it stands for
                sentence_facts = self._as_held(sentence_facts, pronoun, facts, lang)
                # A title's holder named earlier on the page may stand behind it ("Глава региона рассказал").
                referent = next((mention for mention, name in named_before if name is pronoun[1]), None) \
                    or next(fact.person_mention for fact in facts if fact.person is pronoun[1])
                sentence_facts = [replace(fact, person_mention=referent) if fact.person_mention is pronoun[0]
                                  else fact for fact in sentence_facts
                                  if not (referred_by_title and fact.person_mention is pronoun[0]
                                          and _another_post(fact, referent, facts)
                                          and not self._predicate_after_a_title_subject(text, pronoun[0], fact, lang))]
            sentence_facts = _former_holders_at_the_post_named(sentence_facts, facts, self.single_holder_codes,
                                                               lambda fact, holder: self._at_another_kind_of_place(text, lang, fact, holder))
            if lang == "ru":
                sentence_facts += self._russian_post_named_before_its_verb_of_holding(
                    text, (start, end, lang, inside), persons, home, facts, sentence_facts)
            sentence_facts += self._posts_held_before(text, start, lang, persons, named_before, facts, sentence_facts)
            if lang == "ru":
                sentence_facts = self._posts_left_for_the_one_taken(text, start, persons, sentence_facts)
            if lang == "ru" and len(persons) > 1:
                sentence_facts = self._russian_succession(text, persons, sentence_facts)
            if len(persons) > 1:
                sentence_facts += self._replaced_ones(text, persons, sentence_facts, lang)
            if lang == "ru":
                sentence_facts += self._heads_of_the_government_named_by_them(text, persons, sentence_facts)
            sentence_facts += self._post_named_before_its_holder(text, start, end, lang, persons, post_of_no_one, home, facts,
                                                                 sentence_facts)
            sentence_facts = self._head_of_the_body_named_before(text, lang, post_of_no_one, sentence_facts)
            if lang == "kk":
                sentence_facts = self._units_of_the_institution_listed_before(sentence_facts)
                sentence_facts = self._heads_of_the_agency_named_before(text, start, lang, sentence_facts)
            if lang == "ru":
                sentence_facts = self._russian_departments_of_the_ministry_named_before(sentence_facts, home)
            facts.extend(sentence_facts)
            post_of_no_one = None if pronoun or group else (start, end, lang, inside, max((mention.end for mention, _ in persons), default=start),
                                                   {(fact.title_start, fact.title_end) for fact in sentence_facts},
                                                   [fact for fact in sentence_facts if fact.status == "former"])
            # A sentence a pronoun or a title opens for a person keeps that person the subject of the next ones that
            # name no one ("Minister Name introduced the new vice minister. She will supervise ... Born in 1981 in ...": hers).
            # A byline's or a photo credit's name is no subject for the headline or the sentences after it, nor is a
            # byline's that opens its line with its outlet after it ("Name, «Наш город»").
            dated_bylines = [person for person in persons if _dated_byline(text, person[0])]
            subjects = [person for person in persons
                        if not self.credit_line.match(text, text.rfind("\n", 0, person[0].start) + 1)
                        and not (_BYLINE_OUTLET_AFTER.match(text, person[0].end)
                                 and not text[text.rfind("\n", 0, person[0].start) + 1:person[0].start].strip())
                        and person not in dated_bylines]
            # A dated byline's name alone leaves the subject named before it as it was (the headline's).
            if not (persons and len(dated_bylines) == len(persons)):
                named_before = subjects if persons else ([(referent, pronoun[1])] if pronoun else named_before)
            named_on_page.extend(persons)
            named_last = bool(subjects)
        facts = _without_head_verbs_of_a_post_held(facts, self.registry.content_words)
        facts = self._heads_of_state_by_name(text, _without_short_forms_of_a_post_held(_without_bare_titles_of_a_seat_named(
            self._ranks_at_the_holders_post(_one_institution_per_post(facts)), self.taxonomy.role_by_institution),
            self.taxonomy.short_forms))
        facts = _without_categories_of_another_post(facts + self._head_of_state_by_his_title_alone(text, read, named_on_page, home, facts)
                                                    + self._post_of_no_one_held_by_the_headlines_speaker(text, read, named_on_page, home, facts),
                                                    self.taxonomy.qualification_categories)
        facts = self._english_acronyms_in_full(text, facts)
        # A page names an institution as it was on the day it was published; a page dated by its month or year alone may
        # be from its last day, so an institution formed within it is not taken back to its predecessor.
        latest = _last_day_of(document.published, document.published_precision)
        return [replace(fact, org=self.registry.as_of(fact.org, latest)) if fact.org is not None else fact
                for fact in facts]

    def _english_acronyms_in_full(self, text: str, facts: list[RoleFact]) -> list[RoleFact]:
        """An English institution named by an acronym the registry does not hold ("the Center ... at the NLA") that the page
        spelled out before it, the acronym in brackets right after the full name ("the Astana National Laboratory (NLA)"):
        the full name, as written there."""
        def in_full(fact: RoleFact) -> RoleFact:
            org = fact.org
            if org is None or org.in_registry or not _ENGLISH_ACRONYM.fullmatch(org.name):
                return fact
            defined = next((match for match in re.finditer(
                rf"((?:[A-Z][\w'’.&-]*\s+)(?:(?:of|for|and|the|on|in)\s+|[A-Z][\w'’.&-]*\s+)*[A-Z][\w'’.&-]*)\s*\({re.escape(org.name)}\)",
                text) if match.start() < fact.title_start), None)
            if defined is None:
                return fact
            # The name is the words whose capitals are the acronym's letters, in any order ("National Laboratory Astana",
            # written "Astana National Laboratory"), and no title before them ("Director General of the ...").
            words = defined.group(1).split()
            full = next((" ".join(words[index:]) for index in range(len(words)) if words[index][:1].isupper()
                         and sorted(word[0] for word in words[index:] if word[:1].isupper()) == sorted(org.name)), None)
            return replace(fact, org=self.registry.resolve(full, "en")) if full else fact
        return [in_full(fact) for fact in facts]

    def _posts_held_before(self, text: str, start: int, lang: str, persons, named_before, facts: list[RoleFact],
                           sentence_facts: list[RoleFact]) -> list[RoleFact]:
        """A name after words that say it held the post of the sentence's subject before or after them ("Его
        предшественник Name", "ранее эту должность занимал Name", "She succeeds Name", "Бұл қызметті бұрын атқарған
        Name") and that gets no such title of its own there: it held that post, formerly. The subject is the
        sentence's person named before those words, else the one the last sentence with a name named first; the
        post, the first the subject holds now or acts in (a joint title's last: "Председатель правления – ректор") or
        held before another ("She succeeds Name. Before that, the post was held by Name"). A name after words that say
        it took the subject's post over ("Его место занял Name", "На ее место назначен Name") holds, now, the post the
        subject left, else the first the subject holds."""
        found = []
        for index, (mention, name) in enumerate(persons):
            window = (max(start, mention.start - 80), mention.start)
            # "Его сменил Name" took the post over, though "сменил" alone may say the post was held before.
            taken = self.post_taken_before[lang].search(text, *window) if lang in self.post_taken_before else None
            words = taken or self.post_held_before[lang].search(text, *window)
            acting = self._duties_of_a_name_taken(text, start, persons[:index], mention) if words is None and lang == "ru" else None
            if acting is not None:
                taken = words = acting
            if words is None:
                continue
            before = [person for person in persons[:index] if person[0].end <= words.start()]
            if acting is not None:  # the person whose duties they are, named right before the verb
                before = before[-1:]
            subject = before[0][1] if before else self._holder_of_a_title_before(text, start, words.start(), lang, facts) \
                or lang == "kk" and self.kazakh_post_pointed_at.match(words.group("words")) is not None \
                and self._appointed_before(text, words.start(), facts, name) \
                or (self._subject_named_before(text, named_before, lang) or (None, None))[1]
            subjects = [fact for fact in facts + sentence_facts if subject is not None and fact.person.key == subject.key
                        and subject.key != name.key]
            if taken:  # the post the subject left (a former one where the page says so), the last named before the words
                left = sorted((fact for fact in subjects if fact.evidence_start < words.start()), key=lambda fact: fact.evidence_start)
                held = ([fact for fact in left if fact.status == "former"] or left)[-1:]
            else:
                held = [fact for fact in subjects if fact.status in ("current", "acting") or self.post_held_before[lang].fullmatch(fact.title)]
            post = [fact for fact in held if fact.evidence_start == held[0].evidence_start][-1] if held else None
            # A post of that role the name held before, elsewhere, is no bar to the one taken now ("Его сменил
            # Name, прежде министр юстиции": a minister of another ministry before).
            if post is not None and not any(fact.person_mention is mention and fact.role == post.role
                                            and not (taken and fact.status == "former" and _another_institution(fact, post))
                                            for fact in sentence_facts):
                found.append(replace(post, person=name, person_mention=mention, title=words.group("words"),
                                     title_start=words.start(), title_end=words.end("words"),
                                     status="acting" if acting is not None else "current" if taken else "former",
                                     evidence_start=words.start(), evidence_end=mention.end))
        return found

    def _posts_left_for_the_one_taken(self, text: str, start: int, persons, sentence_facts: list[RoleFact]) -> list[RoleFact]:
        """A Russian title between words that say the name after it took another's post ("На его место назначили", "Его
        сменил") and the name ("На его место назначили замакима района Name"): the post the name held before it took that
        one, formerly."""
        left = []
        for mention, _ in persons:
            taken = self.post_taken_before["ru"].search(text, max(start, mention.start - 80), mention.start)
            if taken is None or any(taken.end() <= other.start < mention.start for other, _ in persons):
                continue
            left += [id(fact) for fact in sentence_facts if fact.person_mention is mention and fact.status == "current"
                     and taken.end("words") <= fact.title_start and fact.title_end <= mention.start]
        return [replace(fact, status="former") if id(fact) in left else fact for fact in sentence_facts]

    def _russian_post_named_before_its_verb_of_holding(self, text: str, sentence, persons, home, facts: list[RoleFact],
                                                       sentence_facts: list[RoleFact]) -> list[RoleFact]:
        """A Russian post named with its title before the verb of holding it and the name after the verb ("должность
        акима города занимал Name", "пост ректора университета с 2015 года занимает Name"): the title, with the
        institution after it, is the name's, as if the name stood right after them; held before where the verb is
        past, now where it is present. A name the sentence gives that role already keeps its own."""
        start = sentence[0]
        found = []
        for mention, name in persons:
            held = _POST_BEFORE_ITS_VERB_OF_HOLDING.search(text, max(start, mention.start - _POST_BEFORE_ITS_VERB_CHARS), mention.start)
            if held is None:
                continue
            own = {fact.role for fact in sentence_facts if fact.person_mention is mention}
            status = "current" if held.group("verb").lower() in ("занимает", "занимают") else "former"
            found += [replace(fact, status=status, evidence_start=held.start(), evidence_end=mention.end)
                      for fact in self._roles_with_the_name_at(text, sentence, (mention, name), held.end("post"), home, facts)
                      if held.start("post") <= fact.title_start < held.end("post") and fact.role not in own]
        return found

    def _duties_of_a_name_taken(self, text: str, start: int, persons_before, mention):
        """The verb that says the name after it acts in the post of the person named right before it, whose duties the
        words before that person name ("Обязанности Name исполняет первый заместитель Name"): the verb's match, else None."""
        if not persons_before:
            return None
        holder = persons_before[-1][0]
        verb = self.russian_duties_of_a_name_verb.match(text, holder.end, mention.start)
        if verb is None or self.russian_duties_before.search(text, max(start, holder.start - 20), holder.start) is None:
            return None
        return verb

    def _russian_succession(self, text: str, persons, sentence_facts: list[RoleFact]) -> list[RoleFact]:
        """Two names, a verb of succession and the post's words before its title, in any of the orders Russian writes them
        ("Name сменил Name на посту акима района", "Name сменил на посту акима района Name", "На посту акима района Name
        сменил Name"): the one the verb's object names held the post, formerly; its subject holds it now, at the same
        institution."""
        found = list(sentence_facts)
        for (first, first_name), (second, second_name) in zip(persons, persons[1:]):
            if self.russian_succession_verb.fullmatch(text, first.end, second.start):
                post = self.russian_succession_post.match(text, second.end)
                if post is not None:  # the subject first, the object next, then the post
                    predecessor, successor, name, post_end = second, first, first_name, post.end()
                else:  # the post first, its holder next, the subject after the verb
                    post = self.russian_succession_post_before.search(text, max(0, first.start - _MAX_SUCCEEDED_POST_CHARS), first.start)
                    predecessor, successor, name, post_end = first, second, second_name, post.end() if post else -1
            elif (post := self.russian_succession_verb_and_post.match(text, first.end)) is not None and post.end() < second.start:
                predecessor, successor, name, post_end = second, first, first_name, post.end()  # the post between the names
            else:
                continue
            for fact in [fact for fact in found if fact.person_mention is predecessor and fact.title_start == post_end]:
                found[found.index(fact)] = replace(fact, status="former")
                if not any(other.person_mention is successor and other.role == fact.role for other in found):
                    found.append(replace(fact, person=name, person_mention=successor, status="current",
                                         evidence_start=successor.start))
        return found

    def _russian_relative_of_the_name(self, text: str, fact: RoleFact) -> bool:
        """Whether a Russian fact's name stands in an oblique case right after a kinship noun, its title after it ("Назначение
        зятя Name на пост главы фонда", "Сын Name назначен директором"): the title is the relative's, whom the noun names,
        not the name's. A name in the nominative after one is the relative ("его супруга Name, директор школы")."""
        mention = fact.person_mention
        if mention is None or not mention.text or fact.title_start < mention.end \
                or not self.russian_kinship_before.search(text, max(0, mention.start - 30), mention.start):
            return False
        written = mention.text.split()
        return any(word not in written for part in (fact.person.given, fact.person.surname) if part for word in part.split())

    def _heads_of_the_government_named_by_them(self, text: str, persons, sentence_facts: list[RoleFact]) -> list[RoleFact]:
        """A Russian government named by the name in the genitive right after it ("отставка правительства Name",
        "в правительстве Name"): the name heads this country's government, its prime minister; formerly where the
        government's resignation or a past period is spoken of before it ("отставка правительства Name", "бывшего
        правительства Name"). A name the sentence gives a post already keeps its own."""
        government = self.registry.registered("government_rk")
        found = []
        for mention, name in persons:
            before = self.russian_government_before.search(text, max(0, mention.start - 60), mention.start)
            # In the genitive: written otherwise than its nominative ("По решению правительства Name выступила": no head).
            if government is None or before is None or not name.surname or mention.text == mention.normalized \
                    or any(fact.person_mention is mention for fact in sentence_facts):
                continue
            status = "former" if _GOVERNMENT_GONE_BEFORE.search(text[max(0, before.start() - 30):before.start()]) else "current"
            written = before.group("noun")
            found.append(RoleFact(name, written, "prime_minister", self.taxonomy.label("prime_minister"), government, [],
                                  before.start("noun"), mention.end, 0.6, mention, before.start("noun"), before.end("noun"),
                                  status, "text", None))
        return found

    def _replaced_at(self, text: str, mention: Mention, lang: str) -> int | None:
        """Where the words that name a person as the one a post's new holder replaces start ("вместо ушедшего на пенсию
        Name", "in place of Name", "Name-ның орнына": at the name), or None."""
        before = self.replaced_one_before.get(lang)
        instead = before.search(text, max(0, mention.start - _REPLACED_ONE_CHARS), mention.start) if before else None
        if instead is not None:
            return instead.start()
        after = self.replaced_one_after.get(lang)
        return mention.start if after is not None and after.match(text, mention.end) else None

    def _replaced_ones(self, text: str, persons, sentence_facts: list[RoleFact], lang: str) -> list[RoleFact]:
        """The one a post's new holder replaces ("Новым ректором вместо Name стал Name", "Name was appointed akim in place
        of Name", "Name-ның орнына аудан әкімі болып Name тағайындалды") held the post, formerly, at the same institution:
        the post of the sentence's other person whose title is nearest the words, no clause mark between."""
        found = []
        for replaced, name in persons:
            at = self._replaced_at(text, replaced, lang)
            if at is None or any(fact.person_mention is replaced for fact in sentence_facts):
                continue
            # A new holder's post held in the past is the replaced one's too, held before it ("занимал должность ...,
            # сменив Name").
            others = [fact for fact in sentence_facts if fact.person_mention is not replaced]
            # The title before the words first ("Новым ректором вместо Name стал директор школы Name"), else after the name
            # ("Вместо Name ректором назначен Name", "Name-ның орнына аудан әкімі болып Name"). A gerund's clause after a
            # comma is the post's sentence's ("назначена министром, сменив на этом посту Name"): up to its comma.
            comma = self.replaced_one_after_a_comma.get(lang)
            gap_end = text.rfind(",", 0, at) if comma is not None and comma.match(text, text.rfind(",", 0, at)) \
                and not text[text.rfind(",", 0, at) + 1:at].strip() else at
            # A name's initials ("назначен Д.Name, сменив Name") close no clause: the names' spans are passed over.
            names = [mention for mention, _ in persons]
            before = [fact for fact in others if fact.title_end <= at and not _clause_mark_outside(text, fact.title_end, gap_end, names)]
            after = [fact for fact in others if fact.title_start >= replaced.end
                     and not _clause_mark_outside(text, replaced.end, fact.title_start, names)]
            post = max(before, key=lambda fact: fact.title_end, default=None) or min(after, key=lambda fact: fact.title_start, default=None)
            if post is not None:
                found.append(replace(post, person=name, person_mention=replaced, status="former", evidence_start=replaced.start))
        return found

    def _post_named_before_its_holder(self, text: str, start: int, end: int, lang: str, persons, post_sentence, home,
                                      facts: list[RoleFact], sentence_facts: list[RoleFact]) -> list[RoleFact]:
        """A sentence that opens with words naming the holder of a post ("Им стал Name", "Ол – Name", "He is Name"), or
        with the name and words saying it took the post ("Name was appointed to the post", "Name назначен на эту должность"), right
        after one that names the post in the singular but no one ("В колледже сменился директор", "Университетке жаңа ректор
        тағайындалды", "The akimat has a new deputy akim"), or after its names a post none of them holds ("Ректор Name
        представил нового проректора. Им стал Name"): the post, with the institution its sentence names, is the
        name's, unless the name gets that role in its own sentence. The stand-in mention stands right after the post's
        title in the sentence before, as a name after its title."""
        if post_sentence is None or post_sentence[2] != lang or not persons:
            return []
        opening = self.holder_of_the_post_named_before[lang].match(text, start, end)
        mention, name = persons[0]
        if opening is None and lang == "ru":
            # "Name представил сотрудникам управления Name": the introduced name, wherever its sentence names it.
            introduced = next(((person, words) for person in persons[1:]
                               if (words := self.russian_holder_introduced.search(text, max(start, person[0].start - 60), person[0].start))),
                              None)
            if introduced is not None:
                (mention, name), opening = introduced
        # Or the name opens the sentence and the words after it say it took that post ("Name was appointed to the post",
        # "Name назначен на эту должность").
        named_first = opening is None and self._titles_only_between(text, start, mention.start, lang) \
            and self.holder_of_the_post_named_after[lang].match(text, mention.end, end) is not None
        # Not one whose relative is the holder ("He is Name's son", "Ол – Name-нің інісі"); a rank may stand between ("Им
        # стал профессор Name").
        # A Kazakh name may have its former post's clause before it ("Бұл лауазымға ... болып істеген Name тағайындалды").
        if not named_first and (opening is None or not self._titles_only_between(text, opening.end(), mention.start, lang)
                                and not (lang == "kk" and self.kazakh_former_post_clause.fullmatch(text, opening.end(), mention.start))) \
                or lang == "en" and _POSSESSIVE.match(text, mention.end) \
                or lang == "kk" and self.kazakh_chain.genitive.search(mention.text):
            return []
        post_start, post_end, _, inside, after_the_names, held_titles, vacated = post_sentence
        # A post its holder left in the sentence before ("Освобождён от должности директора Name. На эту должность назначен
        # Name"): the words naming that post ("на эту должность", "назначен на этот пост") give it to the new name, now.
        vacating = lang == "ru" and (named_first or opening is not None and _POST_NOUN.search(opening.group()) is not None)
        # A Kazakh post after names is a genitive chain's last word, whose adjectives the stand-in reads apart ("облыс
        # әкімінің жаңа орынбасарын": a deputy of none): only Russian and English read the post of no one after names.
        if after_the_names > post_start and lang == "kk":
            return []
        posts = [hit for hit in self._title_hits(text, post_start, post_end, lang, inside)
                 if not hit.verb and not hit.whose and not hit.served and not self._is_plural(hit, lang)
                 and (hit.start >= after_the_names and (hit.start, hit.end) not in held_titles
                      or vacating and any((fact.title_start, fact.title_end) == (hit.start, hit.end) for fact in vacated))]
        if not posts:
            return []
        left = [fact for fact in vacated if vacating and (fact.title_start, fact.title_end) == (posts[-1].start, posts[-1].end)]
        if left:
            # The new holder takes the post as its former holder's sentence read it, its institution included.
            return [replace(fact, person=name, person_mention=mention, status="current", evidence_end=mention.end)
                    for fact in left if fact.role not in {other.role for other in sentence_facts if other.person_mention is mention}]
        # After names, the post is the verb's object, its last title ("представил коллективу заведующего кафедрой").
        title = posts[-1] if after_the_names > post_start else posts[0]
        # A post the name held before is no bar to the same post now ("мектеп директоры болып істеген Name": a director then).
        held = {fact.role for fact in sentence_facts if fact.person_mention is mention and fact.status != "former"}

        def read_with_the_name_at(position: int) -> list[RoleFact]:
            return [replace(fact, evidence_end=mention.end) for fact in self._roles_with_the_name_at(
                text, (post_start, post_end, lang, inside), (mention, name), position, home, facts) if fact.role not in held]
        post_facts = read_with_the_name_at(title.end)
        # A post's institution after its title, closing the sentence ("Сменился аким Уланского района."): the name stands
        # after it, as after a title with its institution.
        closing = len(text[:post_end].rstrip(_SENTENCE_CLOSING))
        if closing > title.end and any(fact.org_source == "page" or fact.org is None for fact in post_facts):
            after_the_institution = read_with_the_name_at(closing)
            if after_the_institution and all(fact.org_source in ("text", "title") for fact in after_the_institution):
                post_facts = after_the_institution
        # The post's sentence may name its institution away from the title, its subject ("Министерство просвещения получило
        # нового руководителя"): its one registered organization, a head's of which is that institution's head.
        seat = self._one_registered_organization(inside, lang)
        return [self._at_the_seat(fact, seat) if fact.org is None and seat is not None else fact for fact in post_facts]

    def _one_registered_organization(self, mentions: list[Mention], lang: str) -> Institution | None:
        """The one registered institution the organizations among ``mentions`` name, None where they name none or several."""
        registered = {found.org_id: found for m in mentions if m.label in ORG_LABELS and (found := self.registry.lookup(m.text, lang)) is not None}
        return next(iter(registered.values())) if len(registered) == 1 else None

    def _head_of_the_body_named_before(self, text: str, lang: str, post_sentence, sentence_facts: list[RoleFact]) -> list[RoleFact]:
        """A Russian head's title of no institution after a possessive pronoun ("Его руководителем назначен Name", "Её
        главой стала Name"), right after a sentence that names a registered institution and no one ("Создано
        агентство по делам молодежи."): the head of that institution (the one organization the model marked there, else the
        first the words name), a plain head of it its own head (a ministry's minister)."""
        if lang != "ru" or post_sentence is None or post_sentence[2] != lang:
            return sentence_facts
        heads = [fact for fact in sentence_facts if fact.role == "head" and fact.org is None
                 and _POSSESSIVE_PRONOUN_BEFORE.search(text, max(0, fact.title_start - 8), fact.title_start)]
        # The model may mark no organization there (a ministry written in lower case): the first one its words name.
        seat = (self._one_registered_organization(post_sentence[3], lang)
                or self._registry_ngram(_words(text[post_sentence[0]:post_sentence[1]]), lang)) if heads else None
        return [self._at_the_seat(fact, seat) if fact in heads and seat is not None else fact for fact in sentence_facts]

    def _heads_of_the_agency_named_before(self, text: str, start: int, lang: str, sentence_facts: list[RoleFact]) -> list[RoleFact]:
        """A Kazakh head's or deputy head's title right after "ведомство" (the agency: the ministry its sentence named
        before it), with no institution of its own ("Білім министрлігі атынан ведомство басшысының орынбасары Name"):
        that ministry's minister, or its vice-minister (a first deputy: its first vice-minister)."""
        found = []
        for fact in sentence_facts:
            if fact.org is None and fact.role in ("head", "deputy_head") and start <= fact.title_start \
                    and _KAZAKH_AGENCY_BEFORE.search(text, max(start, fact.title_start - 16), fact.title_start):
                seat = self._registry_ngram(_words(text[start:fact.title_start]), lang)
                if seat is not None and seat.type == "ministry":
                    code = "minister" if fact.role == "head" else \
                        "first_vice_minister" if "бірінші" in fact.title.lower() else "vice_minister"
                    fact = replace(fact, role=code, role_label=self.taxonomy.label(code), org=seat, org_source="text")
            found.append(fact)
        return found

    def _at_the_seat(self, fact: RoleFact, seat: Institution) -> RoleFact:
        """The fact at ``seat``, read from its sentence: a plain head of it is its own head (a ministry's minister)."""
        code = (self.taxonomy.head_by_institution.get(seat.org_id) or self.taxonomy.head_by_institution.get(seat.type)
                if fact.role == "head" else None) or fact.role
        return replace(fact, role=code, role_label=self.taxonomy.label(code), org=seat, org_source="text")

    def _titles_only_between(self, text: str, start: int, end: int, lang: str) -> bool:
        """Whether nothing but spaces, commas and titles stands between ``start`` and ``end``."""
        hits = sorted((hit_start, hit_end) for hit_start, hit_end, _ in self.matcher(lang).find(text, start, end))
        return not "".join(_gaps_between(text, start, end, hits)).strip(" ,")

    def _appointed_before(self, text: str, end: int, facts: list[RoleFact], name: PersonName) -> PersonName | None:
        """The person a Kazakh page reported appointed last before ``end`` (a post they hold now, a verb of appointment
        right after its title): the one whose post the words pointing at a post name where their sentence names no one
        before them, though a sentence between named another ("Name вице-министрі болып тағайындалды. ... министр Name
        таныстырды. Осы қызметте болған Name ...")."""
        return next((fact.person for fact in reversed(facts) if fact.evidence_end <= end
                     and fact.status in ("current", "acting") and fact.person.key != name.key
                     and self.kazakh_appointment_word.search(text, fact.evidence_start,
                                                             min(end, fact.evidence_end + _APPOINTMENT_VERB_CHARS))), None)

    def _agent_or_recipient(self, text: str, title: TitleHit, mention: Mention) -> bool:
        """Whether "by" right before an English name makes it an agent or an author ("Students recited poems by Name",
        "The pupils were greeted by Name"), or "to" a recipient ("Letters were handed by the Director to Ms Name"), an
        honorific maybe between: a title before the preposition is another's. A plural title before "to" names the group
        the recipient is one of ("awarded to the best students of the Faculty, this year went to Name"). A passive verb of
        heading or teaching is a title of its own."""
        preposition = self.english_agent_or_recipient_before_a_name.search(text, title.end, mention.start)
        return preposition is not None and (preposition.group("preposition").lower() == "by" or not self._is_plural(title, "en"))

    def _agent_before_a_plural_copula(self, text: str, agent_start: int, agent_end: int, mention: Mention) -> bool:
        """Whether a title or a name right after "by" is the agent of a participle, before the copula that opens a list
        ("Among the senators appointed by the President are Name, Name"): no holder's title nor an item of the list."""
        return _ENGLISH_AGENTS_BY_BEFORE.search(text, max(0, agent_start - 8), agent_start) is not None \
            and self.english_plural_copula.fullmatch(text, agent_end, mention.start) is not None

    def _bare_title_of_a_holder_named_before(self, text: str, title: TitleHit, titles: list[TitleHit], mention: Mention,
                                             name: PersonName, earlier: list[RoleFact]) -> bool:
        """Whether an English title with its article and nothing else, joined by "and" to the next title before a name
        ("The trip of the Minister and Akim of the region Name began"), refers back to its holder named in a sentence
        before ("Minister Name arrived ..."), another person than the name, who holds only the second title."""
        if not _ENGLISH_ARTICLE_BEFORE.search(text, max(0, title.start - 5), title.start):
            return False
        joined = any(title.end < other.start and other.end <= mention.start
                     and _ENGLISH_TITLES_JOINED.fullmatch(text, title.end, other.start) for other in titles)
        return joined and any(fact.role == title.code and fact.status in ("current", "acting") and fact.person.key != name.key
                              for fact in earlier)

    def _holder_of_a_title_before(self, text: str, start: int, end: int, lang: str, facts: list[RoleFact]) -> PersonName | None:
        """The subject a sentence names by a title alone before a predecessor's words ("The minister noted that the
        programme launched by her predecessor Name"): the person named last on the page with that title now."""
        hits = self.matcher(lang).find(text, start, end)
        if not hits:
            return None
        code = hits[0][2]
        return next((fact.person for fact in reversed(facts) if fact.role == code and fact.status in ("current", "acting")), None)

    def _title_lines_over_their_names(self, text: str, sentences: list[tuple[int, int, str]], mentions: list[Mention],
                                      starts: list[int]) -> list[tuple[int, int, str]]:
        """A staff page writes a post on a line of its own and its holder's name alone on the next line
        ("Заместитель директора по учебной работе" / "Ткаченко Ирина Владимировна"): the two lines are one
        sentence, so the title is the name's, not the person's named above it. A post written in two languages
        ("Әдіскер / Методист") is read from its last, in that one's language: the line's language is one of them."""
        joined = []
        for index, ((start, end, lang), below) in enumerate(zip(sentences, sentences[1:] + [None])):
            if joined and joined[-1][1] > start:  # the line joined to the one before it
                continue
            # A sentence broken over lines, as a page wraps its text: a line that ends with no sentence's closing
            # punctuation goes on in the next line of its language that opens in lower case ("На встрече выступил
            # советник" / "министра просвещения Name."). The title and the name read as one sentence.
            last = index
            while last + 1 < len(sentences) and sentences[last + 1][2] == lang \
                    and sentences[last + 1][0] < len(text) and text[sentences[last + 1][0]].islower() \
                    and text.count("\n", sentences[last][1], sentences[last + 1][0]) == 1 \
                    and not text[sentences[last][1]:sentences[last + 1][0]].strip() \
                    and text[sentences[last][0]:sentences[last][1]].rstrip()[-1:] not in _LINE_CLOSING:
                last += 1
            if last > index:
                joined.append((start, sentences[last][1], lang))
                continue
            # A biography's header: the name, and its holder's post on the line below ("Абдуллаев Ержан
            # Сапарбекұлы" / "Түркістан облысы әкімінің орынбасары"), unless a name follows that post as a staff
            # page's next holder under it.
            next_below = sentences[index + 2] if index + 2 < len(sentences) else None
            if below is not None and self._name_alone_on_its_line(text, start, end, mentions, starts) \
                    and self._title_line_over_a_name(text, below[0], below[1], below[2], (start, end, lang), mentions, starts,
                                                     name_above=True) \
                    and not (next_below and self._name_alone_on_its_line(text, next_below[0], next_below[1], mentions, starts)):
                # A contact block's third line, a registered institution alone ("Name" / "Communication Officer" / "UNICEF
                # Kazakhstan"): where the post is held.
                if next_below and text.count("\n", below[1], next_below[0]) == 1 and not text[below[1]:next_below[0]].strip() \
                        and self.registry.lookup(text[next_below[0]:next_below[1]].strip(), below[2]) is not None:
                    below = next_below
                joined.append((start, below[1], below[2]))
                continue
            # A title and a verb of appointment before a colon, the list's items on the lines below, each opening with a
            # name ("Председателями комиссий избраны:" / "Жакупов Е.С. – по вопросам бюджета;" / "Ли В.Е. – ..."): one
            # sentence, so that the plural title is each listed name's.
            items = self._list_items_under(text, start, end, sentences[index + 1:], mentions, starts)
            if items and self.matcher(lang).find(text, start, end):
                joined.append((start, items[-1][1], lang))
                continue
            # A post heading a staff list on a line of its own, no colon after it ("Аға оқытушылар / Старшие
            # преподаватели" / "Қалиев Бауыржан Серікұлы, магистр" / "Омарова Динара Маратовна, магистр"): each name's.
            items = self._list_items_under(text, start, end, sentences[index + 1:], mentions, starts, after_a_colon=False)
            if len(items) > 1 and self._post_heading(text, start, end, lang):
                start, lang = self._last_translation(text, start, end, lang)
                joined.append((start, items[-1][1], lang))
                continue
            if below is not None and self._title_line_over_a_name(text, start, end, lang, below, mentions, starts):
                # The name's line going on in one language ("Name, п.ғ.к., қауымдастырылған профессор"): the post in that one.
                goes_on = "," in text[below[0]:below[1]].strip().removesuffix(",")
                start, lang = self._last_translation(text, start, end, lang, prefer=below[2] if goes_on else None)
                # A second post on the line under the name, no post over another name ("Директордың оқу ісі
                # жөніндегі орынбасары" / Name / "Математика пәнінің мұғалімі."): the holder's too.
                under = sentences[index + 2] if index + 2 < len(sentences) else None
                if under is not None and self._post_line_under_a_name(text, below, under, sentences[index + 3:index + 4], mentions, starts):
                    below = under
                joined.append((start, below[1], lang))
            else:
                joined.append((start, end, lang))
        return joined

    def _list_items_under(self, text: str, start: int, end: int, below: list[tuple[int, int, str]], mentions: list[Mention],
                          starts: list[int], after_a_colon: bool = True) -> list[tuple[int, int, str]]:
        """The lines right under a sentence that ends its line with a colon (unless not ``after_a_colon``: a staff
        list's heading has none) and names no one, each a sentence of its own that opens with a name: the items of the
        list the sentence opens."""
        if after_a_colon and not text[start:end].rstrip().endswith(":") or text[end:end + 1] not in ("", "\n") \
                or any(m.label == "PERSON" for m in mentions[bisect_left(starts, start):bisect_left(starts, end)]):
            return []
        items, line_end = [], end
        for item in below:
            first = next((m for m in mentions[bisect_left(starts, item[0]):bisect_left(starts, item[1])]), None)
            if text.count("\n", line_end, item[0]) != 1 or text[line_end:item[0]].strip() or first is None \
                    or first.label != "PERSON" or first.start != item[0] or text[item[1]:item[1] + 1] not in ("", "\n"):
                break
            items.append(item)
            line_end = item[1]
        return items

    def _post_heading(self, text: str, start: int, end: int, lang: str) -> bool:
        """Whether a line of its own holds a post and ends with no punctuation, read in its last translation's language;
        not a table's header row, whose columns' names are no post (Student, Medal, Teacher)."""
        if (start and text[start - 1] != "\n") or _TITLE_LINE_END.search(text, start, end) or _TABLE_CELLS.search(text, start, end):
            return False
        start, lang = self._last_translation(text, start, end, lang)
        return lang in ("kk", "ru", "en") and bool(self.matcher(lang).find(text, start, end))

    @staticmethod
    def _last_translation(text: str, start: int, end: int, lang: str, prefer: str | None = None) -> tuple[int, str]:
        """A line written in two languages ("Әдіскер / Методист") from its part in the language ``prefer`` on, where it
        has one (the name's line under it goes on in that language: "Name, п.ғ.к., қауымдастырылған профессор"), else
        from its last part on, in that part's language."""
        slashes = list(_TRANSLATION_SLASH.finditer(text, start, end))
        if not slashes:
            return start, lang
        parts = zip([start] + [slash.end() for slash in slashes], [slash.start() for slash in slashes] + [end])
        written = [(part_start, "kk" if SIGNATURE_LETTERS["kk"].search(text, part_start, part_end)
                    else "en" if text[part_start:part_end].isascii() else "ru") for part_start, part_end in parts]
        return next((part for part in written if part[1] == prefer), written[-1])

    def _post_line_under_a_name(self, text: str, name_line: tuple[int, int, str], line: tuple[int, int, str],
                                following: list[tuple[int, int, str]], mentions: list[Mention], starts: list[int]) -> bool:
        """Whether a line right under a name's line holds a post and no name, and is no post over the next line's name."""
        start, end, lang = line
        return text.count("\n", name_line[1], start) == 1 and not text[name_line[1]:start].strip() \
            and not any(m.label == "PERSON" for m in mentions[bisect_left(starts, start):bisect_left(starts, end)]) \
            and bool(self.matcher(lang).find(text, start, end)) \
            and not (following and self._title_line_over_a_name(text, start, end, lang, following[0], mentions, starts))

    def _name_alone_on_its_line(self, text: str, start: int, end: int, mentions: list[Mention], starts: list[int]) -> bool:
        """Whether a sentence is a line of its own that holds a person's name and nothing else, maybe the comma of a
        byline whose post follows on the next line ("Бекжан ӘЛІМОВ," / "«Жетісу» газетінің тілшісі")."""
        name = next((m for m in mentions[bisect_left(starts, start):bisect_left(starts, end)] if m.label == "PERSON"), None)
        return name is not None and text[start:end].strip().removesuffix(",").rstrip() == name.text \
            and (not start or text[start - 1] == "\n") and text[end:end + 1] in ("", "\n")

    def _title_line_over_a_name(self, text: str, start: int, end: int, lang: str, below: tuple[int, int, str],
                                mentions: list[Mention], starts: list[int], name_above: bool = False) -> bool:
        """Whether a line is a post alone, next to a line that holds a name alone: the one below it, or with
        ``name_above`` the one above it (``below`` is then that line)."""
        name_start, name_end = below[0], below[1]
        if name_above:
            if text.count("\n", name_end, start) != 1 or text[name_end:start].strip() or text[end:end + 1] not in ("", "\n") \
                    or _TITLE_LINE_END.search(text, start, end):
                return False
        elif text.count("\n", end, name_start) != 1 or text[end:name_start].strip() or (start and text[start - 1] != "\n") \
                or text[name_end:name_end + 1] not in ("", "\n") or _TITLE_LINE_END.search(text, start, end):
            return False
        above = mentions[bisect_left(starts, start):bisect_left(starts, end)]
        name = next((m for m in mentions[bisect_left(starts, name_start):bisect_left(starts, name_end)]
                     if m.label == "PERSON"), None)
        # A staff list's name line may go on after a comma with the holder's degree or rank ("Name, п.ғ.к., доцент").
        line = text[name_start:name_end].strip().removesuffix(",").rstrip()
        return name is not None and (line == name.text or not name_above and line.startswith(name.text + ",")) \
            and not any(m.label == "PERSON" for m in above) and bool(self.matcher(lang).find(text, start, end))

    def _ranks_at_the_holders_post(self, facts: list[RoleFact]) -> list[RoleFact]:
        """An academic rank the page gives no institution of its own ("Professor Tanaka", the president of a
        university the page names) is held at the institution of the holder's post a sentence names, if that is
        an academic one (roles.yaml ``ranks``), not at the page's own; a unit ("кафедра истории") is no
        institution of a rank's."""
        ranks, academic = self.taxonomy.ranks, self.taxonomy.rank_institution_types
        units = frozenset().union(*self.taxonomy.unit_words.values())
        posts: dict[str, RoleFact] = {}
        # A post the page's own institution was read for counts only in the rank's own sentence ("генеральный директор
        # института, профессор Name" on the institute's site): the one the sentence's words refer to.
        said_with_the_rank: dict[tuple[str, int], RoleFact] = {}
        for fact in facts:
            # An academician's or a member's academy or board ("профессор, ҚР ҰҒА академигі, деканы"), a moderator's event, is no
            # workplace of the rank's.
            if fact.role not in ranks and fact.role not in _RANKS_OF_NO_WORKPLACE and fact.org is not None \
                    and (fact.org.type in academic if fact.org.in_registry else not _has_word(fact.org.name, units)):
                if fact.org_source in ("title", "text"):
                    posts.setdefault(fact.person.key, fact)
                elif fact.org_source == "page":
                    said_with_the_rank.setdefault((fact.person.key, fact.evidence_start), fact)
        return [replace(fact, org=post.org, org_source=post.org_source, org_unit=post.org_unit)
                if fact.role in ranks and (fact.org is None or fact.org_source == "page")
                and (post := posts.get(fact.person.key) or said_with_the_rank.get((fact.person.key, fact.evidence_start))) is not None
                else fact for fact in facts]

    def _named_in_full(self, text: str, mentions: list[Mention]) -> dict[str, PersonName]:
        """The name a page writes each person's link key with in full, the first time it does: with the surname
        before without it ("Мадина Ержановна Сейткали" after "Мадина Ержановна"), with a given name before initials."""
        def fullness(name: PersonName) -> tuple[bool, bool]:
            return bool(name.surname), bool(name.given)

        named: dict[str, PersonName] = {}
        for mention in mentions:
            known = named.get(mention.link_key) if mention.link_key else None
            if mention.label != "PERSON" or not mention.link_key or (known is not None and fullness(known) == (True, True)
                                                                     and known.link_key == mention.link_key):
                continue
            name = self.names.normalize(mention.text, mention.lang, text[max(0, mention.start - CASE_CONTEXT_CHARS):mention.start],
                                       text[mention.end:mention.end + 40])
            # A slip the normalize stage tied to a later, fuller spelling ("Lee Minjoo" in a headline, "Lee Minjoon" after)
            # gives way to the spelling of the key.
            if name is not None and (name.given or name.initials) and (known is None or fullness(name) > fullness(known)
                                                                       or fullness(name) == fullness(known)
                                                                       and name.link_key == mention.link_key != known.link_key):
                named[mention.link_key] = name
        return named

    def _persons_in(self, text: str, start: int, lang: str, mentions: list[Mention],
                    named_in_full: dict[str, PersonName]) -> list[tuple[Mention, PersonName]]:
        """The persons a sentence names, with their canonical names: a surname alone that the normalize
        stage tied to a fuller name on the page ("Нұрбек" after "Саясат Нұрбек") by its link key takes
        that name."""
        persons = []
        for mention in mentions:
            # The name again in brackets after a name, in another script ("Томас Шефер (Thomas Schäfer),
            # министр"), is an aside: the titles after it are the name's.
            other_spelling = bool(persons) and _OPENING_BRACKET_ONLY.fullmatch(text, persons[-1][0].end, mention.start) \
                and _CLOSING_BRACKET.match(text, mention.end)
            if mention.label == "PERSON" and not other_spelling and not self.part_of_a_name.match(text[mention.end:mention.end + 15]) \
                    and not self._rank_of_a_namesake(text, start, mention.start, _NAMESAKE_CHARS):
                name = self._in_the_normalized_order(mention, lang, self.names.normalize(
                    mention.text, lang, text[start:mention.start], text[mention.end:mention.end + 40]))
                # A mention the normalize stage kept as a person has a link key: a lone surname it
                # tied to a fuller name on the page ("Эберсман" after "Дэвид Эберсман").
                if name is not None and (self.names.is_plausible_in(name, lang) or mention.link_key is not None):
                    # So does a given name with a patronymic or alone ("Наталья Васильевна", "Алтынай" after the name
                    # in full). So does a full name the normalize stage joined to its spelling in another language on the page
                    # ("Нұрлан Оразәліұлы Дүйсенбаевтың" after "Нурлан Оразалиевич Дюсембаев"): one person, one name.
                    # A full name keeps the script it is written in: a Latin one the page reads as Kazakh elsewhere is
                    # not shown in Cyrillic.
                    full = named_in_full.get(mention.link_key)
                    if full is not None and (not (name.given or name.initials) or (name.given and not name.surname)
                                             or name.given and name.surname and name.link_key != mention.link_key
                                             and dominant_script(full.display) == dominant_script(mention.text)):
                        name = full
                    persons.append((mention, name))
        return persons

    def _in_the_normalized_order(self, mention: Mention, lang: str, name: PersonName | None) -> PersonName | None:
        """The name in the order the normalize stage read the page's names in ("Imangazy Anar" surname first, where
        the page writes every name so), where its canonical form says so."""
        if name is None or not mention.normalized or name.link_key == mention.link_key:
            return name
        reordered = self.names.normalize(mention.normalized, lang)
        if reordered is not None and reordered.link_key == mention.link_key:
            return reordered
        # A Kazakh name read surname first whose two words, read alone, would go the other way ("Ұлтусын Мұратбек").
        if name.given and name.surname and not name.patronymic and not name.initials \
                and (swapped := self.names.surname_first_of(name)).link_key == mention.link_key:
            return swapped
        return name

    def _pronoun_for(self, text: str, start: int, end: int, lang: str, named_before, persons,
                     named_on_page) -> tuple[Mention, PersonName] | None:
        """A subject pronoun among a sentence's first words, before any name, that may stand for the
        person the sentence before named first (of its gender, where the pronoun has one): the pronoun
        as a stand-in mention of that person. In Russian, for the first person of the pronoun's gender
        that sentence names in the nominative, its subject ("Премию вручили Name": "Он" is not the
        laureate's; "Name и Name встретились. Она ...": the woman). In English, where that person is of
        the other gender, for the last one of the pronoun's named before, past persons of the other gender
        only ("Name was appointed ... Our correspondent Dana Omarova spoke with him. ... He worked")."""
        if not named_before:
            return None
        match = self.subject_pronoun[lang].match(text, start, end)
        if match is not None and not self._opening_adverbial(text[start:match.start("pronoun")], lang):
            match = None
        if match is None and lang == "ru":
            match = self._pronoun_opening_a_russian_clause(text, start, end)
        if match is None or any(mention.start < match.end() for mention, _ in persons):
            return None
        gender = self.pronoun_gender[lang].get(match.group("pronoun").lower())
        if lang == "ru":
            candidates = [(mention, name) for mention, name in named_before if _written_as_named(mention, name)]
            # One named right after a passive verb of appointment is the news the next sentence goes on about, though
            # another was named first ("Распоряжение подписал Name ... назначен Name. Ранее он ...": the one appointed).
            candidates.sort(key=lambda person: self.russian_appointed_right_before.search(
                text, max(0, person[0].start - 20), person[0].start) is None)
            # So is one named right after an active verb of appointment, in the accusative ("Президент назначил Name
            # министром. Он занимал ...": the one appointed, not the one appointing named first in the nominative).
            appointed = [person for person in named_before if self.russian_appointed_by_active_right_before.search(
                text, max(0, person[0].start - 20), person[0].start)]
            candidates = appointed + [person for person in candidates if person not in appointed]
            # One named in another case is the subject of the relative clause right after it ("Он сменил Name,
            # которая освобождена от должности. Ранее она ..."), where the sentence named no one of the pronoun's
            # gender in the nominative.
            # So is one a verb of introducing presents ("Коллективу представили нового директора Name. Ранее он ...": the
            # news is about the one introduced, as about one appointed).
            # So is one appointed ("Name, занимавшего должность акима, назначили акимом района. Ранее он ...").
            if gender is not None and not any(self.names.gender_of(name) == gender for _, name in candidates):
                candidates += [(mention, name) for mention, name in named_before if self.names.gender_of(name) == gender
                               and (self.predicates["ru"].relative_clause_subject.match(text, mention.end)
                                    or self.predicates["ru"].introduced_before.search(text, max(0, mention.start - 120), mention.start)
                                    or self._appointed_in_its_sentence(text, mention)
                                    # So is one a post is entrusted to ("Name(dat) предложили новый пост. Он стал ...").
                                    or self.russian_post_entrusted_after.match(text, mention.end)
                                    or self.russian_post_entrusted_before.search(text, max(0, mention.start - 80), mention.start))]
        elif lang == "kk":
            # The subject is in the nominative; one in the genitive possesses something ("Name-ның бұйрығымен Name
            # тағайындалды. Ол ...": the one appointed). One introduced is the news, as one appointed is ("Әкім
            # Name-ді таныстырды. Ол ...").
            candidates = [person for person in named_before if self.kazakh_introduced_after.match(text, person[0].end)][:1] \
                or [person for person in named_before if not self.kazakh_chain.genitive.search(person[0].text)][:1] \
                or named_before[:1]
        else:
            candidates = [self._subject_named_before(text, named_before, lang)]
        antecedent = next((person for person in candidates
                           if gender is None or self.names.gender_of(person[1]) in (None, gender)), None)
        if antecedent is None and lang == "en" and gender is not None:
            antecedent = self._last_of_gender(named_on_page, gender)
        if antecedent is None:
            return None
        stand_in = replace(antecedent[0], start=match.start("pronoun"), end=match.end("pronoun"), text=match.group("pronoun"))
        return stand_in, antecedent[1]

    def _appointed_in_its_sentence(self, text: str, mention: Mention) -> bool:
        """Whether a verb of appointment follows a Russian name in its sentence ("Name-а назначили акимом")."""
        sentence_end = _SENTENCE_END.search(text, mention.end)
        return self.russian_appointment_word.search(text, mention.end, sentence_end.start() if sentence_end else len(text)) is not None

    def _issuer_of_an_opening_act(self, text: str, mention: Mention) -> bool:
        """Whether an English name closes the opening words of an act before a comma ("By order of the Rector Name,
        Name has been appointed"): the act's issuer, not the sentence's subject."""
        opening = max(text.rfind(mark, 0, mention.start) for mark in ".!?\n") + 1
        return text.startswith(",", mention.end) and self.english_act_opening.fullmatch(text, opening, mention.start) is not None

    def _subject_named_before(self, text: str, named_before, lang: str) -> tuple[Mention, PersonName] | None:
        """The person the last sentence with a name named first, in Russian the first it named in the nominative, its
        subject ("Приказом руководителя управления Name назначена Name": the one appointed), in English the first not
        named as the issuer of the act it opens with ("By order of the Rector Name, Name has been appointed"), where it
        named one."""
        if lang == "ru":
            return next((person for person in named_before if _written_as_named(*person)), None) \
                or (named_before[0] if named_before else None)
        if lang == "en":
            return next((person for person in named_before if not self._issuer_of_an_opening_act(text, person[0])), None) \
                or (named_before[0] if named_before else None)
        return named_before[0] if named_before else None

    def _last_of_gender(self, named_on_page, gender: str) -> tuple[Mention, PersonName] | None:
        """The last person named of ``gender``, where every one named after is of the other gender."""
        for person in reversed(named_on_page):
            person_gender = self.names.gender_of(person[1])
            if person_gender == gender:
                return person
            if person_gender is None:
                return None
        return None

    def _pronoun_opening_a_russian_clause(self, text: str, start: int, end: int) -> re.Match | None:
        """A subject pronoun that opens a Russian sentence's clause after a comma, maybe after an adverbial of its own
        ("Но в регионе этот человек не новый, с 2011 по 2019 год он работал ..."), where no verb or conjunction stands
        before it but the sentence's first word: a first clause with a verb has a subject of its own, and a conjunction
        makes the pronoun another clause's ("Министр сказал, что он")."""
        for comma in _COMMA.finditer(text, start, end):
            found = self.subject_pronoun["ru"].match(text, comma.end(), end)
            if found is not None:
                words = [word.strip(".,()«»\"—–-") for word in text[start:found.start("pronoun")].split()[1:]]
                return found if not any(_opens_a_clause(word) for word in words if word) else None
        return None

    def _opening_adverbial(self, opening: str, lang: str) -> bool:
        """Whether the words before a subject pronoun are an adverbial of its own clause: any three words;
        in Russian up to seven with no verb or conjunction ("Министр сказал, что он": the pronoun is
        another clause's); in English up to seven of a dated period ("From 2001 to 2006 he"), an opening of the past
        ("Prior to this appointment, he") or an adverbial clause that a comma closes ("Before joining the ministry, she")."""
        words = [word.strip(".,()«»\"") for word in opening.split()]
        if len(words) <= 3:
            return True
        if lang == "ru":
            return not any(_opens_a_clause(word) for word in words)
        # An opening of the past ("Prior to this appointment, he") or an adverbial clause closed by a comma ("Before joining
        # the ministry, she") longer than three words is the subject's own too.
        clause = opening.rstrip()
        return lang == "en" and (all(word.lower() in self.english_period_words or _YEARS.fullmatch(word) for word in words)
                                 or self.english_former_opening.fullmatch(opening) is not None
                                 or clause.endswith(",") and self.english_opening_clause.fullmatch(clause[:-1]) is not None
                                 or len(words) <= 8 and self.english_gerund_time_clause.fullmatch(clause) is not None)

    def _plural_subject_for(self, text: str, start: int, end: int, lang: str, named_before, persons) -> list[tuple]:
        """A plural subject and a copula opening an English sentence that names no one ("All of them are members of the
        Assembly", "Both were teachers of School No. 5"), where the sentence right before ended its names with a list
        (joined by commas or "and", maybe each with its own title; not "Rector Name met Name and Name", the subject
        of the verb): for each listed person, the subject as a stand-in mention of them and the mention it stands for."""
        match = self.english_plural_subject.match(text, start, end) if lang == "en" and not persons and named_before else None
        if match is None:
            return []
        listed = named_before[-1:]
        for mention, name in reversed(named_before[:-1]):
            gap = text[mention.end:listed[0][0].start]
            if not _LIST_ITEM_OPENING.match(gap) or self._news_verb_in(gap) or len(gap) > 2 * MAX_TITLE_DISTANCE:
                break
            listed.insert(0, (mention, name))
        if len(listed) < 2:
            return []
        return [((replace(mention, start=match.start("pronoun"), end=match.end("pronoun"), text=match.group("pronoun")), name), mention)
                for mention, name in listed]

    def _as_held(self, sentence_facts: list[RoleFact], stand_in, facts: list[RoleFact], lang: str) -> list[RoleFact]:
        """A stand-in's title that its referent holds already in a more specific role is that role, at that
        institution ("депутат областного маслихата Name. Депутат предложил": the maslikhat deputy, not a
        member of parliament besides)."""
        held = {}
        for fact in facts:
            if fact.person is stand_in[1]:
                for code in self._title_codes(fact, lang):
                    held.setdefault(code, fact)
        roles = {fact.role for fact in held.values()}

        def as_held(fact: RoleFact) -> RoleFact:
            holder = next((held[code] for code in self._title_codes(fact, lang) if code in held), None)
            # A title the sentence gives an institution of its own is another post ("Name heads the region. Before that,
            # he was head of the city's department"), no repetition of the held one.
            if fact.person_mention is not stand_in[0] or fact.role in roles or holder is None \
                    or fact.org is not None and fact.org_source == "text" and fact.org != holder.org:
                return fact
            return replace(fact, role=holder.role, role_label=holder.role_label, org=holder.org, org_source=holder.org_source,
                           org_unit=holder.org_unit)
        return [as_held(fact) for fact in sentence_facts]

    def _russian_members_listed(self, text: str, start: int, end: int, persons, assigned: list) -> None:
        """The names after a body's membership words in a Russian sentence ("В состав комиссии вошли: заместитель
        руководителя отдела Name, методист Name"), each the body's member, of no institution, besides its own titles."""
        opening = self.russian_member_list_opening.search(text, start, end)
        if opening is None:
            return
        member = TitleHit(opening.start(), opening.end(), "member", opening.group(), of_no_institution=True)
        for index, ((mention, _), (titles, confidence, boundary)) in enumerate(zip(persons, assigned)):
            if mention.start >= opening.end():
                assigned[index] = ([*titles, member], max(confidence, 0.7), boundary)

    def _kazakh_plural_title_over_a_colon_list(self, text: str, persons, assigned: list, titles: list[TitleHit]) -> None:
        """A Kazakh title in the plural before a colon ("Іс-шараның модераторлары:") is the post of each name listed after it in
        the sentence, whatever titles and degrees each item gives its name ("ғылым докторы, профессор Name және ..., Name"):
        the items, joined by a comma or "және", each end with their name."""
        for title in titles:
            colon = _COLON_AFTER.match(text, title.end)
            # A body's members listed after "Мүшелері:" are read by the membership rules (``_kazakh_members_listed``), whose
            # body may hold no institution (a jury's).
            if colon is None or title.verb or title.code == "member" or not self._plural_kazakh_form(title, "kk"):
                continue
            previous_end = colon.end()
            first_boundary = None  # the title's institution is read from where the list's first name's was, as a list's is
            for index, (mention, _) in enumerate(persons):
                if mention.start < previous_end:
                    continue
                gap = text[previous_end:mention.start]
                if previous_end > colon.end() and not _KAZAKH_LIST_ITEM_JOINER.search(gap) or "\n" in gap:
                    break
                own, confidence, boundary = assigned[index]
                first_boundary = boundary if first_boundary is None else first_boundary
                if all(hit.code != title.code for hit in own):
                    assigned[index] = ([*own, title], max(confidence, 0.7), min(boundary, first_boundary))
                previous_end = mention.end

    def _kazakh_members_listed(self, text: str, persons, assigned: list) -> None:
        """The names on the dashed lines after a Kazakh body's membership words that end their line with a colon ("Кеңестің
        құрамында:", "Комиссия құрамына мыналар кірді:"), each line "- title Name,": each such name is the body's member,
        besides the post its line gives, at the body the words name ("кеңестің", the board the page named before)."""
        for index, ((mention, _), (titles, confidence, boundary)) in enumerate(zip(persons, assigned)):
            line_start = text.rfind("\n", 0, mention.start) + 1
            if not _DASHED_LIST_LINE.match(text, line_start):
                continue
            opening = None
            for opening in _KAZAKH_MEMBER_LIST_OPENING.finditer(text, max(0, line_start - _MAX_MEMBER_LIST_CHARS), line_start):
                pass
            if opening is None or not all(_DASHED_LIST_LINE.match(line) for line in text[opening.end():line_start].splitlines() if line.strip()):
                continue
            # A jury's or a commission's members hold a post of no institution, as its chairman does.
            body = opening.group("body")
            body = None if body and body.lower().startswith(_KAZAKH_BODIES_OF_NO_INSTITUTION) else body
            if body:
                # The body by the name the page gave it before ("Жоғары қамқоршылық кеңесі ... Кеңестің құрамында"): its
                # capitalized opening and up to two words before its noun.
                noun = re.escape(body[:-3].lower())
                named = list(re.finditer(rf"(?<![\w-])[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:[^\S\n]+[а-яёәғқңөұүһі][\w-]*){{0,2}}[^\S\n]+{noun}(?=[\w-]*)",
                                         text[max(0, opening.start() - _MAX_MEMBER_LIST_CHARS):opening.start()]))
                body = named[-1].group() if named else body
            member = TitleHit(opening.start(), opening.end(), "member", opening.group(), org_text=body, of_no_institution=not body)
            assigned[index] = ([*titles, member], max(confidence, 0.7), boundary)

    def _kazakh_members_listed_before_their_noun(self, text: str, start: int, persons, assigned: list,
                                                 titles: list[TitleHit]) -> None:
        """The names listed after a body's membership word ("құрамында", "құрамына") and before a likeness word and the
        members' noun ("кеңестің құрамында Name, Name, Name сынды мүшелер болды"; "оның құрамында" after the body's chairman
        named before): each listed name without a title of its own is the body's member, at the institution the body's
        other title in the sentence is of ("директорлар кеңесінің төрағасы Name болса, оның құрамында ..."), else at the body
        as the genitive before "құрамында" names it."""
        for index, (mention, _) in enumerate(persons):
            noun = _KAZAKH_MEMBERS_NOUN_AFTER_A_LIST.match(text, mention.end)
            if noun is None:
                continue
            first = self._list_opening(text, persons, index, assigned)
            opening = next(reversed(list(_KAZAKH_MEMBERSHIP_WORD.finditer(text, start, persons[first][0].start))), None)
            if opening is None or _CLAUSE_END_IN_A_LIST.search(text, opening.end(), persons[first][0].start):
                continue
            body = opening.group("body")
            # "оның құрамында": the body whose other post ("кеңесінің төрағасы") the sentence gave before it
            other = next((t for t in reversed(titles) if t.end <= opening.start() and t.code != "member"
                          and self.kazakh_body_noun.search(text, max(start, t.start - 40), t.end)), None) \
                if body is None or body.lower() in self.possessive_gender["kk"] else None
            if other is not None:
                # at the other title's place, whose genitive before it names the body and its institution
                member = replace(other, code="member", verb=False, whose=None, served=None)
                # read from where the other title's holder's was
                holder = next((assigned[other_index][2] for other_index in range(len(persons))
                               if any(hit is other for hit in assigned[other_index][0])), None)
            elif body is not None and body.lower() not in self.possessive_gender["kk"]:
                member, holder = TitleHit(noun.start(), noun.end(), "member", noun.group("noun"), org_text=body), None
            else:
                continue
            for listed in range(first, index + 1):
                if not assigned[listed][0]:
                    assigned[listed] = ([member], 0.7, assigned[listed][2] if holder is None else holder)

    def _title_codes(self, fact: RoleFact, lang: str) -> set[str]:
        """A fact's role and its title's own code (депутат of a maslikhat: maslikhat_deputy and parliament_deputy)."""
        return {fact.role} | {hit[2] for hit in self.matcher(lang).find(fact.title, 0, len(fact.title))}

    def _described_subject(self, text: str, start: int, end: int, lang: str, named_before, persons,
                           facts: list[RoleFact]) -> tuple[Mention, PersonName] | None:
        """A Russian sentence that names no one and whose subject is a title, alone, after its adjectives
        or after an opening adverbial ("Актриса была замужем", "41-летний музыкант доставлен в больницу",
        "21 октября 2016 года певец выпустил"): the title is the person's whom the sentence right before
        named first, in the nominative (of the title's gender, where the title has one), unless the page gave
        the title to another of that sentence's persons ("пришли президент Name и вице-министр Name.
        Вице-министр вручил": the vice minister's). The stand-in mention stands where the subject ends,
        so that the title is the one before its name and the institution it names its own ("Новый глава
        Сбербанка встретился")."""
        if lang != "ru" or not named_before or persons:
            return None
        hits = self.matcher(lang).find(text, start, min(end, start + _DESCRIPTION_OPENING_CHARS))
        if not hits:
            return None
        hit_start, hit_end, code = hits[0]
        # A fact's role may be its title's more specific one (депутат of a maslikhat: maslikhat_deputy).
        # Titles of the code "other" are one post only with the same noun (режиссёр is no актёр).
        subject = _lemmas(text[hit_start:hit_end])[-1:]
        holders = {fact.person.key for fact in facts if code in self._title_codes(fact, lang)
                   and (code != "other" or _lemmas(fact.title)[-1:] == subject)}
        holder = next(((mention, name) for mention, name in named_before if name.key in holders), None)
        mention, name = holder or named_before[0]
        # The subject of the sentence before: not "нашли Name" or "у Name".
        if holder is None and sorted(name.display.split()) != sorted(mention.text.split()) \
                or self._someone_elses_title(text, start, hit_start) or _adjective_of_the_next_noun(text, hit_start, hit_end, end):
            return None
        words = re.findall(r"[^\W_][\w-]*|\S", text[start:hit_start])
        first_modifier = len(words)
        while first_modifier and _nominative(words[first_modifier - 1], ("ADJF", "PRTF")):
            first_modifier -= 1
        if len(words) - first_modifier > _MAX_DESCRIPTION_MODIFIERS or not _adverbial(words[:first_modifier]):
            return None
        head = _WORD.match(text, hit_start).group()
        readings = russian_morphology().parse(head)
        # The nominative of the title's own word: "акима" ("Фото пресс-службы акима") is the genitive of "аким".
        parses = [parse for parse in readings if {"NOUN", "nomn", "sing"} <= parse.tag.grammemes
                  and parse.normal_form == readings[0].normal_form]
        if not parses:
            return None
        if parses[0].tag.gender == "femn" and self.names.gender_of(name) == "masc" or self._predicate_disagrees(text, start, end, name):
            return None
        subject_end = _end_of_subject(text, hit_end, end)
        return replace(mention, start=subject_end, end=subject_end, text=""), name

    def _dated_line_subject(self, text: str, start: int, end: int, lang: str, antecedent, persons) -> tuple[Mention, PersonName] | None:
        """A sentence that names no one and opens with an adverbial of time and a dash that stands for
        its predicate, as a biography's dated lines write it ("С 2010 года — ректор ...", "В 1996—1997 годах —
        заместитель ..."), and a Kazakh or English one ("2015–2018 жж. – Кентау қаласының әкімі", "2021 – present –
        Vice-Rector ..."): the line is the person's whom the last sentence with a name named first. The stand-in
        mention stands right before the dash, as a name before its apposition."""
        if antecedent is None or persons:
            return None
        dated = self.dated_line[lang].match(text, start, min(end, start + _DESCRIPTION_OPENING_CHARS))
        if dated is None or not any(character.isdigit() for character in dated.group("when")) \
                or not all(map(self.dated_line_word[lang], _WORD.findall(dated.group("when")))) \
                or any(word[:1].isupper() for word in dated.group("when").split()[1:]):
            return None
        return replace(antecedent[0], start=dated.end("when"), end=dated.end("when"), text=""), antecedent[1]

    def _elided_subject(self, text: str, start: int, end: int, lang: str, antecedent, persons) -> tuple[Mention, PersonName] | None:
        """A Russian sentence that names no one and opens with a predicate that gives a title, after an
        adverbial maybe, its subject left out as a biography leaves it ("Работал учителем", "В 2006 году
        назначен заместителем директора", "С 1975 по 1977 занимал пост ..."): the predicate is the person's
        whom the last sentence with a name named first, finite, in the singular and of the person's gender. An
        opening with a title is no adverbial ("указом президента назначен": the title would be read as the
        person's). The stand-in mention stands right before the predicate."""
        if lang != "ru" or antecedent is None or persons:
            return None
        # "После окончания Павлодарского университета в 2004 году работала учителем": the graduation, an institution's
        # name in the genitive, opens a longer adverbial, capitalized words in it.
        graduation = self.graduation_opening.match(text, start, end)
        opening_words = _MAX_GRADUATION_OPENING_WORDS if graduation else _MAX_ADVERBIAL_WORDS
        words = list(_WORD.finditer(text, graduation.end() if graduation else start,
                                    min(end, start + (_GRADUATION_OPENING_CHARS if graduation else _DESCRIPTION_OPENING_CHARS))))
        # A career's start only with its object ("Трудовую деятельность начала учителем"; "с начала года" is no verb).
        career_start = self.predicates["ru"].career_start_with_its_object.search(text, start, end)
        predicate = next((index for index, word in enumerate(words[:opening_words + 1])
                          if word.group().lower() in self.elided_subject_predicates
                          and (word.group().lower() not in self.career_start_verbs or career_start)), None)
        if predicate is None or not _adverbial([word.group() for word in words[:predicate]
                                                if word.group().lower() not in self.duration_nouns | self.career_object_words],
                                               opening_words, names=bool(graduation)):
            return None
        verb = words[predicate]
        parses = [parse for parse in russian_morphology().parse(verb.group().lower()) if parse.tag.POS in _RUSSIAN_PREDICATE_PARTS]
        if not parses or parses[0].tag.POS not in ("VERB", "PRTS") or parses[0].tag.number == "plur" \
                or self.matcher(lang).find(text, start, verb.start()):
            return None
        # A title in the nominative after the predicate, no noun between, is the sentence's own subject ("Вчера избран
        # председатель комиссии", "назначен новый директор"), where one left out takes the instrumental ("назначен директором").
        after = self.matcher(lang).find(text, verb.end(), end)
        if after and _nominative_title(TitleHit(after[0][0], after[0][1], after[0][2], text[after[0][0]:after[0][1]])) \
                and not any(russian_morphology().parse(word)[0].tag.POS == "NOUN" for word in _lower_case_words(text[verb.end():after[0][0]])):
            return None
        gender = parses[0].tag.gender
        if gender in ("masc", "femn") and self.names.gender_of(antecedent[1]) not in (None, gender):
            return None
        return replace(antecedent[0], start=verb.start(), end=verb.start(), text=""), antecedent[1]

    def _kazakh_career_line_subject(self, text: str, start: int, end: int, lang: str, named_before,
                                    persons) -> tuple[Mention, PersonName] | None:
        """A Kazakh sentence that names no one and closes with a predicate of a career's line, its subject left
        out as a biography leaves it ("Еңбек жолын мектепте мұғалім болып бастаған", "2015–2020 жылдары бөлім
        басшысы, 2020 жылдан бастап басқарма басшысының орынбасары қызметтерін атқарған"), or with a verb of
        heading that ends its clause ("2016–2021 жылдары осы мектепке басшылық етті, кейін ..."): its titles are the
        person's whom the last sentence with a name named, where it named one; so are those of a sentence that opens
        with the words of the last post ("Соңғы қызметі – ... проректоры"). The stand-in mention stands at the
        sentence's opening, where the subject pronoun "Ол" would."""
        if lang != "kk" or persons or len(named_before) != 1:
            return None
        career_line = (self.kazakh_career_line_end.search(text, start, end) is not None
                       or self.predicates["kk"].last_post_opening.match(text, start, end) is not None) and self.matcher(lang).find(text, start, end)
        # A participle of heading before no name is no predicate ("Бөлімді басқарған жылдары").
        if not career_line and not any(_CLAUSE_END.match(text, verb.end()) for verb in self.kazakh_head_verb.finditer(text, start, end)):
            return None
        # The verb's own subject right before it ("... Ұлыбритания азаматы басқарады"): no subject left out.
        if not career_line and any(_CLAUSE_END.match(text, verb.end()) and self.kazakh_own_subject_before_a_head_verb.search(text, start, verb.start())
                                   for verb in self.kazakh_head_verb.finditer(text, start, end)):
            return None
        opening = start + len(text[start:end]) - len(text[start:end].lstrip())
        mention, name = named_before[0]
        return replace(mention, start=opening, end=opening, text=""), name

    def _english_titled_subject(self, text: str, start: int, end: int, lang: str, named_before, persons,
                                facts: list[RoleFact]) -> tuple[Mention, PersonName] | None:
        """An English sentence that names no one and whose subject is "the" and a title, with its complement
        maybe, before a verb of speech or of an act ("The minister said", "The Rector of KazNU noted"), right after
        a sentence that named one person, as its subject: the title is that person's, unless the page has already
        given them another (the visiting minister is not "the director" who spoke next). The stand-in mention
        stands right before the verb, as a name after its title."""
        if lang != "en" or persons or len(named_before) != 1:
            return None
        opening = self.english_titled_subject_opening.match(text, start, end)
        hits = self.matcher(lang).find(text, start, min(end, start + _DESCRIPTION_OPENING_CHARS)) if opening else []
        if not hits or hits[0][0] != opening.end():
            return None
        _, hit_end, code = hits[0]
        verb = self.english_subject_verb.match(text, hit_end, end)
        mention, name = named_before[0]
        if verb is None or not _ENGLISH_SUBJECT_BEFORE.search(text, max(0, mention.start - _DESCRIPTION_OPENING_CHARS), mention.start) \
                or any(fact.person.link_key == name.link_key and fact.role != code for fact in facts):
            return None
        return replace(mention, start=verb.start("verb"), end=verb.start("verb"), text=""), name

    def _kazakh_titled_subject(self, text: str, start: int, end: int, lang: str, named_before, persons,
                               facts: list[RoleFact]) -> tuple[Mention, PersonName] | None:
        """A Kazakh sentence that names no one and opens with a one-word title, in the nominative singular
        ("Министр ... атап өтті", "Ректор ... деді"), right after a sentence that named one person, in the nominative
        ("Name жауап берді. Министр ..."): the title is that person's, unless the page has already given them
        another post (the deputy who asked is not the minister who answered) or the title to someone else (the
        minister quoted before), or a pronoun in a case stands for the one named ("Директор оны қарсы алды": the
        director received them). The stand-in mention stands right after the title, as a name after its title."""
        if lang != "kk" or persons or len(named_before) != 1:
            return None
        hits = self.matcher(lang).find(text, start, min(end, start + _DESCRIPTION_OPENING_CHARS))
        if not hits:
            return None
        hit_start, hit_end, code = hits[0]
        mention, name = named_before[0]
        one_word = not text[start:hit_start].strip() and _WORD.match(text, hit_start).end() == hit_end \
            and text[hit_start].isupper() and len(text[hit_start:hit_end].split()) == 1
        if not one_word or self.matcher(lang).tail(text, hit_start, hit_end) or not _written_as_named(mention, name) \
                or self.kazakh_oblique_pronoun.search(text, hit_end, end) \
                or any((fact.person.link_key == name.link_key) != (fact.role == code) for fact in facts):
            return None
        return replace(mention, start=hit_end, end=hit_end, text=""), name

    def _predicate_after_a_title_subject(self, text: str, stand_in: Mention, fact: RoleFact, lang: str) -> bool:
        """Whether a fact's title is the predicate of a verb of becoming or appointment right after a title that stands for
        the person named before ("Name покинул пост министра. Экс-министр назначен послом"): a new post of
        that person, no other's."""
        return lang == "ru" and fact.title_start >= stand_in.end \
            and self.russian_title_verb_after_a_subject.fullmatch(text, stand_in.end, fact.title_start) is not None

    def _title_of_the_one_named_before(self, text: str, start: int, end: int, lang: str, inside: list[Mention], persons,
                                       named_before) -> tuple[Mention, PersonName] | None:
        """A Russian sentence that names no one and speaks of a person by a title in the singular, in any case and
        anywhere ("Иванов провёл совещание. Затем министр отметил ...", "Похороны артиста пройдут в среду"): the
        title is the person's whom the sentence right before named as its subject, where it named one person only
        (of the title's gender and the predicate's). Not a title after a possessive, a number, "ещё один", a
        relative's or an act's noun ("его заместитель", "брат министра"), after a verb or a dash (a predicate of
        something else: "документ подписан министром"), nor one that may read as an adjective ("полицейский"),
        nor in a sentence with a subject pronoun (the pronoun's rule reads it), nor in the words of direct speech ("– Новому
        акиму придется ...": the speaker's words of someone else, after the last speaker's name), only in its
        attribution ("..., – подчеркнул министр"). The stand-in mention stands right
        after the title and the institution it names; the facts it gets that give the person another post than
        the page gave them are dropped by the caller."""
        if lang != "ru" or persons or not named_before or self.russian_subject_pronoun_anywhere.search(text, start, end):
            return None
        line_start = text.rfind("\n", 0, start) + 1
        # A quotation too («От нового акима ждем ...», – рассказала жительница Name): the sentence opens one, or lies
        # inside one opened before it on its line.
        quoted = text[start:end].lstrip().startswith("«") or text.count("«", line_start, start) > text.count("»", line_start, start)
        if _DIRECT_SPEECH_LINE.match(text, line_start) or quoted:
            # Direct speech speaks of others; only its attribution after the dash may name the speaker by a title.
            attribution = _SPEECH_ATTRIBUTION.search(text, start, end)
            if attribution is None:
                return None
            start = attribution.end()
        hits = [hit for hit in self._title_hits(text, start, end, lang, inside)
                if not hit.verb and not hit.whose and not hit.served and not self._is_plural(hit, lang)]
        # An act's author opening the sentence ("Распоряжением главы государства экс-министр назначен ...") is no subject: the title after it is.
        if len(hits) > 1 and _ACT_OPENING.fullmatch(text, start, hits[0].start):
            hits = hits[1:]
        title = hits[0] if hits else None
        if title is None or text.startswith("-", title.end) or _russian_plural(title) or _may_be_an_adjective(title.written) \
                or _APPOSITION_DASH.fullmatch(text[max(start, title.start - 3):title.start]) \
                or self._someone_elses_title(text, start, title.start) \
                or _RUSSIAN_WITHOUT_BEFORE.search(text, max(start, title.start - 30), title.start):
            # A post after "без" is one no one holds ("страна живёт без министра"): no one's named before.
            return None
        feminine = any(parse.tag.POS == "NOUN" and parse.tag.gender == "femn"
                       for parse in russian_morphology().parse(title.written.split()[0])[:1])
        candidates = {mention.link_key or name.display: (mention, name) for mention, name in named_before
                      if not (feminine and self.names.gender_of(name) == "masc")}
        if len(candidates) != 1:
            return None
        mention, name = next(iter(candidates.values()))
        if not _written_as_named(mention, name) or self._predicate_disagrees(text, start, end, name, _nominative_title(title)):
            return None
        subject_end = _end_of_subject(text, title.end, end) if _nominative_title(title) else title.end
        following_org = next((m for m in inside if m.label in ORG_LABELS and subject_end <= m.start
                              and text[subject_end:m.start].isspace()), None)
        if following_org is not None and subject_end == title.end:
            subject_end = following_org.end
        return replace(mention, start=subject_end, end=subject_end, text=""), name

    def _predicate_disagrees(self, text: str, start: int, end: int, name: PersonName, subject: bool = True) -> bool:
        """Whether a Russian sentence's first predicate is in the plural (where the title is its subject) or in the
        past of the other gender than a person's ("Его брат и министр заявили", "экс-президент уехал" of a woman):
        the title is not that person's."""
        predicate = next((parse for parse in (russian_morphology().parse(word.lower())[0] for word in _WORD.findall(text, start, end))
                          if parse.tag.POS in ("VERB", "PRTS")), None)
        return predicate is not None and (subject and predicate.tag.number == "plur" or predicate.tag.gender in ("masc", "femn")
                                          and self.names.gender_of(name) not in (None, predicate.tag.gender))

    def _someone_elses_title(self, text: str, start: int, title_start: int) -> bool:
        """Whether the words before a Russian title, over its modifiers, say it is held by someone other than the
        person named before: a possessive ("его заместитель"), "ещё один", "другого" ("ещё один ученик"), a number
        or a modifier in the plural ("трое полицейских", "новые директора"), a verb whose predicate or agent it is
        ("стал послом", "подписан министром"), a relative's or an act's noun it completes ("брат северокорейского
        лидера", "указом президента"), or the noun of a work it names the author of ("статье Президента")."""
        words = _WORD.findall(text[max(start, title_start - _MAX_SUBJECT_TAIL_CHARS):title_start])
        first_modifier = len(words)
        while first_modifier and _modifier(words[first_modifier - 1]):
            first_modifier -= 1
        determiners = {word.lower() for word in words[max(0, first_modifier - 1):]}
        before = words[first_modifier - 1] if first_modifier else ""
        plural_modifier = any(russian_morphology().parse(word.lower())[0].tag.number == "plur" for word in words[first_modifier:])
        return bool(determiners & self.someone_elses_words) or before.isdigit() or plural_modifier \
            or russian_morphology().parse(before.lower())[0].tag.POS in ("NUMR", "VERB", "PRTS", "INFN") \
            or self.act_before_title["ru"].search(before + " ") is not None or self.authored_work_noun.fullmatch(before) is not None

    def home_institution(self, document: Document) -> Institution | None:
        """The university or academy a page names most often (by any registry alias): where its rectors work."""
        counts: Counter = Counter()
        first_named: dict[str, int] = {}  # where each is first named, in words
        words = re.findall(r"[\w’'`.-]+", document.page.text)
        starts = self.registry.first_words
        for index in range(len(words)):
            if fold(words[index]) not in starts:
                continue
            for size in (7, 6, 5, 4, 3, 2, 1):
                # As written: any word order of a registered name ("Buketov Karaganda University"), no case.
                institution = self.registry.lookup(" ".join(words[index:index + size]), "en")
                if institution is not None and institution.org_id in self._universities:
                    counts[institution.org_id] += 1
                    first_named.setdefault(institution.org_id, index)
                    break
        # The model's spans give the names in a case ("Карагандинского технического университета"), in their language.
        named = Counter()
        for mention in document.mentions:
            if mention.label in ORG_LABELS and (institution := self.registry.lookup(mention.text, mention.lang)) is not None \
                    and institution.org_id in self._universities:
                named[institution.org_id] += 1
                first_named.setdefault(institution.org_id, len(document.page.text[:mention.start].split()))
        counts = Counter({org_id: max(counts[org_id], named[org_id]) for org_id in counts.keys() | named.keys()})
        # Of those named equally often, the one the page names first.
        return self._universities[max(counts, key=lambda org_id: (counts[org_id], -first_named[org_id]))] if counts else None

    def _registry_ngram(self, words: list[str], lang: str) -> Institution | None:
        """The first registry institution named inside a phrase, left to right, longest first (a
        ministry of two fields takes five words: "Ғылым және жоғары білім министрлігінің"). An English
        name runs to more words ("Ministry of Science and Higher Education"), and a window across a unit's
        name and its institution's may read as another ("Education of the Ministry" of "Department of Higher
        Education of the Ministry of ..."): a longer name that opens inside the window is the one meant."""
        sizes = range(MAX_CHUNK_WORDS, 0, -1) if lang == "en" else (5, 4, 3, 2, 1)

        def longest_at(index: int) -> tuple[int, Institution] | None:
            return next(((size, found) for size in sizes if index + size <= len(words)
                         and (found := self.registry.lookup(" ".join(words[index:index + size]), lang)) is not None), None)

        for index in range(len(words)):
            match = longest_at(index)
            if match is None or lang == "kk" and self._regional_namesake_of_a_national_body(words[:index], match[1]):
                continue
            if lang == "en":
                inside = [other for inner in range(index + 1, index + match[0]) if (other := longest_at(inner)) is not None]
                match = max([match, *inside], key=lambda pair: pair[0])
            return match[1]
        return None

    def _title_hits(self, text: str, start: int, end: int, lang: str, mentions: list[Mention],
                    stand_in: Mention | None = None) -> list[TitleHit]:
        positions = [m for m in mentions if m.label == "POSITION"]
        # A title inside the quoted name of a contest, an award or a title of honour («Үздік педагог»
        # байқауы, «Учитель года» конкурса) is not the post of the person after it.
        idioms = [match.span() for pattern in (self.title_idioms, self.named_contest[lang])
                  for match in pattern.finditer(text, start, end)]
        # So is a title inside an English quoted name after its noun ("the head of the program “Teacher of the future”").
        idioms += [match.span(1) for match in self.english_quoted_name_after_its_noun.finditer(text, start, end)] if lang == "en" else []
        # A title word inside a registered institution's English name ("Kazakh National Women's Teacher
        # Training University") is the name's. (A Kazakh span of the institution and its title is not.) A title that
        # opens before the name and runs into it is a title with the name as its complement ("Deputies of the Senate"
        # in "Deputies of the Senate of the Parliament of the Republic of Kazakhstan Name, Name"): its own.
        registered_names = [(m.start, m.end) for m in mentions if lang == "en" and m.label == "ORG" and start <= m.start
                            and m.end <= end and " " in m.text and self.registry.lookup(m.text, lang) is not None]
        # A span the model opens with a title and "of" before the registered name is the title and its complement ("an
        # Academician of the National Academy of Sciences"): the title is the person's.
        registered_names = [(name_start, name_end) for name_start, name_end in registered_names
                            if not self._title_opening_a_registered_name(text, name_start, name_end, lang)]
        idioms += self._russian_registered_names_with_a_title(text, start, end, lang, mentions)
        # Nor is a contest's entrants' plural title ("дипломы конкурса молодых ученых получили Name"), no post of the winners.
        idioms += [entrants for match in self.russian_contest_entrants.finditer(text, start, end)
                   if (entrants := _genitive_plural_words_from(text, match.start(1), match.end(1)))] if lang == "ru" else []
        # Nor is a title among the parties an act was agreed with ("по согласованию с министерством и депутатами
        # городского маслихата"), whom the name the act appoints is none of.
        names_at = {m.start for m in mentions if m.label == "PERSON"}
        idioms += self._russian_parties_agreed_with(text, start, end, names_at) if lang == "ru" else []
        # Nor is the title after a Russian press office's noun, whose office it is ("пресс-служба акима области").
        idioms += [match.span() for match in self.russian_press_office_of_a_title.finditer(text, start, end)] if lang == "ru" else []
        # A Kazakh or Russian title of honour ("еңбек сіңірген ұстазы", "заслуженный тренер") is no post.
        idioms += [match.span() for match in self.title_of_honour[lang].finditer(text, start, end)] if lang in self.title_of_honour else []
        idioms += [match.span() for match in self.russian_class_rank.finditer(text, start, end)] if lang == "ru" else []
        idioms += [match.span() for match in self.russian_specialist_of_a_country.finditer(text, start, end)] if lang == "ru" else []
        # An office named after its head's title ("the Office of the Provost") is the office, no post of a person.
        idioms += [(m.start, m.end) for m in mentions if lang == "en" and m.label == "ORG" and start <= m.start and m.end <= end
                   and _OFFICE_OF_A_TITLE.search(m.text)]
        # So is the office an institution is attached to ("the Institute ... under the President of Kazakhstan"), not a
        # title before its holder's name ("a PhD at the University of Tokyo under Professor Name": a supervisor).
        attached_at = {m.end for m in mentions if lang in ("en", "ru") and m.label == "ORG" and start <= m.start and m.end <= end}
        # A capitalized English title in the plural inside an organization's name, words of the name on both sides ("the
        # Young Scientists Council of X", "the Union of Journalists of X"), is the name's word, no post.
        org_spans = [(m.start, m.end) for m in mentions if lang == "en" and m.label == "ORG" and start <= m.start and m.end <= end]
        hits = []
        for hit_start, hit_end, code in self.matcher(lang).find(text, start, end):
            # A title that holds the whole name after its own words is no word of it ("deputy of the Pavlodar
            # regional maslikhat").
            if any(idiom_start < hit_end and hit_start < idiom_end and not hit_start < idiom_start < idiom_end <= hit_end
                   for idiom_start, idiom_end in idioms) \
                    or any(name_start <= hit_start < name_end for name_start, name_end in registered_names) \
                    or self.title_in_a_name.match(text, hit_end) or lang == "en" and self._english_title_of_honour(text, hit_start, hit_end) \
                    or lang == "en" and code == "other" and text[hit_start:hit_start + 1].isupper() \
                    and self.english_title_opening_a_namesakes_institution.match(text, hit_end) \
                    or lang == "en" and _BODY_OF_A_TITLE_BEFORE.search(text, max(start, hit_start - 12), hit_start) \
                    or lang == "en" and _BODY_NAMED_AFTER_AN_OFFICE_BEFORE.search(text, max(start, hit_start - 30), hit_start) \
                    or lang == "en" and text[hit_start:hit_end].lower() == "pm" and (
                        text[hit_start:hit_end] != "PM" or _CLOCK_TIME_BEFORE.search(text, max(start, hit_start - 8), hit_start)) \
                    or lang == "en" and code == "pupil" and _OF_BEFORE.search(text, max(start, hit_start - 8), hit_start) \
                    and not _LEARNERS_OF_BEFORE.search(text, max(start, hit_start - 24), hit_start) \
                    or lang == "en" and (self.office_after_a_possessive_title.match(text, hit_end)
                                         or self.document_after_a_possessive_title.match(text, hit_end)
                                         or self.post_sought_before_a_title.search(text, max(start, hit_start - 60), hit_start)) \
                    or lang == "kk" and self.akim_office_after_a_title.match(text, hit_end) \
                    or lang == "kk" and text[hit_start:hit_end].lower() == "жетекші" and _KAZAKH_NOUN_QUALIFIED_AFTER.match(text, hit_end) \
                    or lang == "kk" and self._kazakh_plural_compound_after(text, hit_end) \
                    or lang == "kk" and self.kazakh_body_of_members_after.match(text, hit_end) \
                    and bool(self.plural["kk"].search(text[hit_start:hit_end])) \
                    or (attached := _ATTACHED_TO_AN_OFFICE.search(text, max(0, hit_start - 12), hit_start)) \
                    and (attached.start() in attached_at or lang == "ru") \
                    and not self._holder_of_the_office_after(text, hit_end, names_at, mentions, lang, attached.group()) \
                    or self._rank_of_a_namesake(text, start, hit_start) or self._on_behalf_of_a_group(text, start, hit_start, hit_end, code, lang) \
                    or lang == "en" and text[hit_start:hit_start + 1].isupper() and text[hit_end - 1:hit_end] == "s" \
                    and any(org_start < hit_start and hit_end < org_end and text[hit_end:org_end].strip()[:1].isupper()
                            for org_start, org_end in org_spans):
                continue
            covering = next((m for m in positions if m.start <= hit_start and hit_end <= m.end), None)
            org_text = None
            if lang == "kk" and covering is not None and covering.start < hit_start:
                org_text = text[covering.start:hit_start].strip() or None
            written = text[covering.start:covering.end] if covering is not None and lang == "kk" else text[hit_start:hit_end]
            if lang == "en":
                code = self._deputys_code(text, start, hit_start, written) or code
                if code == "head_of_state" and self.english_state_as_an_adjective.match(text, hit_end):
                    # "the head of the state commission": the head of the body "state" qualifies.
                    hit_end = hit_start + len(_WORD.match(text, hit_start).group())
                    code, written = "head", text[hit_start:hit_end]
            hits.append(TitleHit(hit_start, hit_end, code, written, org_text))
        if lang == "kk":
            hits = self._kazakh_deputies_in_a_field(text, self._kazakh_supervisors_named_by_their_post(
                text, self._kazakh_titles_of_whom(text, hits)))
            hits = self._kazakh_titles_after_their_place_in_the_dative(text, start, end, hits, mentions)
            head_verbs = self._kazakh_head_verbs(text, start, end, mentions)
            # "Колледжді басқарған басшы Name": a head's bare noun right after a participle of heading is the participle's
            # post, no second one held now: one title of both.
            nouns = {verb: next((hit for hit in hits if hit.code == "head" and verb.end <= hit.start
                                 and text[verb.end:hit.start].isspace()), None) for verb in head_verbs}
            hits = [hit for hit in hits if hit not in nouns.values()]
            head_verbs = [replace(verb, end=noun.end,
                                  subject_after=_WHITESPACE.match(text, noun.end).end() in names_at) if noun else verb
                          for verb, noun in nouns.items()]
            hits = sorted(hits + head_verbs + self._kazakh_teach_verbs(text, start, end, mentions), key=lambda hit: hit.start)
        if lang == "ru":
            hits = sorted(self._russian_titles_of_whom(text, hits) + self._russian_head_verbs(text, start, end, mentions, stand_in),
                          key=lambda hit: hit.start)
        if lang == "en":
            hits = sorted(_english_titles_of_whom(text, hits) + self._english_passive_head_verbs(text, start, end, mentions)
                          + self._english_deputies_before_names(text, start, end, mentions, hits), key=lambda hit: hit.start)
            hits = self._english_deputies_of_a_holder(text, start, hits)
        hits = self._aides_of_the_holder_before(text, start, end, lang, hits)
        if lang == "en":
            # The matcher reads the verb "heads" as the plural noun: the verb it is.
            verbs = [TitleHit(verb.start(), verb.end(), self.english_title_codes[code], verb.group(), verb=True,
                              of_no_institution=code == "chairman" and self.chaired_body_of_none.match(text, verb.end()) is not None)
                     for code, pattern in (("head", self.head_verb), ("head", self.lead_verb), ("teacher", self.teach_verb),
                                           ("chairman", self.chair_verb))
                     for verb in pattern.finditer(text, start, end)]
            organizations = {m.start for m in mentions if m.label == "ORG"}
            verbs += [TitleHit(verb.start(), verb.end(), self.english_title_codes["head"], verb.group(), verb=True)
                      for verb in self.head_verb_before_a_name.finditer(text, start, end)
                      if _WHITESPACE.match(text, verb.end()).end() in organizations]
            hits = sorted([hit for hit in hits if not any(verb.start < hit.end and hit.start < verb.end for verb in verbs)] + verbs,
                          key=lambda hit: hit.start)
        # A title in brackets right after another glosses it, no second post: "deputy akim (mayor) of Astana city". The
        # title runs to the bracket's end, so that its complement after it is still its own.
        glossed = []
        for hit in hits:
            opened = bool(glossed) and _OPENING_BRACKET_ONLY.fullmatch(text, glossed[-1].end, hit.start) is not None
            closing = _CLOSING_BRACKET.match(text, hit.end) if opened else None
            if closing is not None:
                glossed[-1] = replace(glossed[-1], end=closing.end())
            else:
                glossed.append(hit)
        return glossed

    def _rank_of_a_namesake(self, text: str, start: int, hit_start: int, window: int = _NAMED_AFTER_CHARS) -> bool:
        """Whether a title is the rank of the one a thing is named after ("a laboratory named after academician Name",
        "имени академика Name"): no post of anyone on the page; with a wider ``window``, whether a name is that one's. After
        a passive ("The school was named after academician Name", "will be named after the poet Name") the name is a
        person's, the rank theirs."""
        named_after = self.named_after.search(text, max(start, hit_start - window), hit_start)
        return named_after is not None and not self.passive_auxiliary_before.search(text, max(start, named_after.start() - 12),
                                                                                    named_after.start())

    def _russian_parties_agreed_with(self, text: str, start: int, end: int, names_at: set[int]) -> list[tuple[int, int]]:
        """The spans of the parties a Russian act was agreed with, after "по согласованию с" (``agreement_openings``):
        nouns in the instrumental, each with its complement in the genitive, joined by "и" or commas ("с министерством
        просвещения и депутатами городского маслихата"), up to the next instrumental that no "и" joins ("... директором
        лицея назначен") or any other word. Parties named by their names ("с министром Name") hold their own titles: none."""
        spans = []
        for opening in self.russian_agreement_opening.finditer(text, start, end):
            position, party_end, joined = opening.end(), opening.end(), True
            for word in _WORD.finditer(text, opening.end(), end):
                between = text[position:word.start()]
                if word.start() in names_at:
                    party_end = opening.start()
                if word.start() in names_at or between.strip() not in ("", ","):
                    break
                cases = {parse.tag.case for parse in russian_morphology().parse(word.group().lower())}
                if word.group().lower() == "и" or between.strip() == ",":
                    joined = True
                    if word.group().lower() == "и":
                        position = word.end()
                        continue
                if "ablt" in cases and joined:
                    joined = False
                elif "gent" not in cases or joined:
                    break
                position = party_end = word.end()
            if party_end > opening.start():
                spans.append((opening.start(), party_end))
        return spans

    def _on_behalf_of_a_group(self, text: str, start: int, hit_start: int, hit_end: int, code: str, lang: str) -> bool:
        """Whether a title in the plural follows "от имени" ("От имени студентов Name поздравил ..."): the group on whose
        behalf one speaks, no post of the name after it (a singular title there is the named one's: "от имени ректора Name")."""
        return lang == "ru" and self.on_behalf_of.search(text, max(start, hit_start - 20), hit_start) is not None \
            and self._is_plural(TitleHit(hit_start, hit_end, code, text[hit_start:hit_end]), lang)

    def _english_deputies_before_names(self, text: str, start: int, end: int, mentions: list[Mention],
                                       hits: list[TitleHit]) -> list[TitleHit]:
        """A deputy's word alone right before a person's name, in no other title and after no possessive ("Deputy Aidos
        Serikov met voters", "chaired by deputy Name"; not "Deputy Director Name", "his first deputy Name"), or before
        a participle of appointment and the copula that opens a list of names ("Among the deputies appointed by Name are
        Name, Name"): a member of an elected body, the page's (``deputies_before_a_name``)."""
        persons = {m.start for m in mentions if m.label == "PERSON"}
        return [TitleHit(word.start(), word.end(), self.english_deputy_codes[word.group().lower()], word.group())
                for word in self.english_deputy_word.finditer(text, start, end)
                if (_WHITESPACE.match(text, word.end()).end() in persons
                    or (copula := self.english_participle_then_plural_copula.match(text, word.end(), end)) is not None
                    and any(copula.end() <= person < end for person in persons))
                and not any(hit.start < word.end() and word.start() < hit.end for hit in hits)
                and not self.english_possessive_before.search(text, max(start, word.start() - 40), word.start())]

    def _title_opening_a_registered_name(self, text: str, name_start: int, name_end: int, lang: str) -> bool:
        """Whether an English span opens with a title, then "of" and a registered institution's name ("Academician of the
        National Academy of Sciences"): a title and its complement the model read as one name."""
        hit = next((hit for hit in self.matcher(lang).find(text, name_start, name_end) if hit[0] == name_start), None)
        complement = _OF_THE_AFTER_A_TITLE.match(text, hit[1], name_end) if hit is not None else None
        return complement is not None and self.registry.lookup(text[complement.end():name_end], lang) is not None

    def _english_title_of_honour(self, text: str, hit_start: int, hit_end: int) -> bool:
        """Whether an English title is one of honour, after "Honored", "Merited", "Honorary" or "People's"
        ("Honored Teacher of Kazakhstan", "Honorary Professor of KazNU"): no post, unless one of the posts also
        held so (an honorary consul); so is a capitalized one in an award's name ("named Best Teacher of the region")."""
        before = max(0, hit_start - _LONGEST_HONOUR_WORD)
        return self.honour_before_a_title.search(text, before, hit_start) is not None \
            and text[hit_start:hit_end].lower() not in self.posts_held_in_honour \
            or text[hit_start].isupper() and self.award_before_a_title.search(text, max(0, hit_start - 60), hit_start) is not None

    def _russian_registered_names_with_a_title(self, text: str, start: int, end: int, lang: str,
                                               mentions: list[Mention]) -> list[tuple[int, int]]:
        """The spans of registered Russian institutions whose name holds a title after its first word
        ("Администрации Президента", "Академии ... при Президенте"): the title is the name's, no post. The model's span
        may open with the post held there or a unit of it ("Руководителя Администрации Президента", "Отделом ...
        Администрации Президента"): the registered name is then its last words, from an institution's noun on."""
        if lang != "ru":
            return []
        spans = []
        for m in mentions:
            if m.label != "ORG" or not (start <= m.start and m.end <= end) or " " not in m.text:
                continue
            openings = [m.start] + [m.start + word.start() for word in re.finditer(r"\S+", m.text)
                                    if word.start() and self.taxonomy.is_institution_word(word.group())]
            opening = next((opening for opening in openings if " " in text[opening:m.end].strip()
                            and self.registry.lookup(text[opening:m.end], lang) is not None), None)
            if opening is not None and any(hit_start > opening for hit_start, _, _ in self.matcher(lang).find(text, opening, m.end)):
                spans.append((opening, m.end))
        return spans

    def _english_deputies_of_a_holder(self, text: str, start: int, hits: list[TitleHit]) -> list[TitleHit]:
        """A deputy's noun and "of (the)" before a holder's title ("the deputies of the ex-governor Name and Name",
        "deputy of the rector Name"): one title, the holder's deputy's (``deputy_of``), held now at the holder's
        institution; a status word before the holder's title is the holder's, whom the sentence leaves unnamed."""
        kept: list[TitleHit] = []
        for hit in hits:
            deputy = self.english_deputy_of_a_holder.search(text, max(start, hit.start - _DEPUTY_OF_A_HOLDER_CHARS), hit.start) \
                if hit.code in self.taxonomy.deputy_of else None
            if deputy is not None:
                kept = [other for other in kept if other.end <= deputy.start()]
                hit = TitleHit(deputy.start(), hit.end, self.taxonomy.deputy_of[hit.code], text[deputy.start():hit.end], hit.org_text)
            kept.append(hit)
        return kept

    def _aides_of_the_holder_before(self, text: str, start: int, end: int, lang: str, hits: list[TitleHit]) -> list[TitleHit]:
        """A deputy's or an aide's title after a possessive pronoun ("оның орынбасары", "его помощник", "his
        deputy", where "deputy" alone is no English title): the aide's title, whose holder the pronoun names; the
        pronoun names no institution. A title of its own the words make ("заместитель министра") stays."""
        aide_codes = {code for _, code in self.aide_codes[lang]}
        for match in self.aide_after_possessive[lang].finditer(text, start, end):
            aide_start, aide_end = match.span("aide")
            covering = [hit for hit in hits if hit.start < aide_end and aide_start < hit.end]
            if any(hit.code not in aide_codes and hit.code != "other" for hit in covering):
                continue
            code = next(code for noun, code in self.aide_codes[lang] if match.group("aide").lower().startswith(noun))
            written = covering[0].written if covering else match.group("aide")
            aide = TitleHit(min([aide_start] + [hit.start for hit in covering]), max([aide_end] + [hit.end for hit in covering]),
                            code, written, whose=match.group("pronoun"))
            hits = sorted([hit for hit in hits if hit not in covering] + [aide], key=lambda hit: hit.start)
        return hits

    def _kazakh_titles_of_whom(self, text: str, hits: list[TitleHit]) -> list[TitleHit]:
        """A Kazakh title in the genitive right before another title says whose the other is
        ("Президентінің көмекшісі", "Мемлекет басшысының баспасөз хатшысы", "Бас прокурордың
        орынбасары"): the person holds the second alone. A title before "жанындағы" (under) names the
        office an institution is attached to ("Президент жанындағы ... академиясы"), no post."""
        return [hit for hit, following in zip(hits, hits[1:] + [None])
                if not self.kazakh_office_attached_to.match(text, hit.end)
                and (following is None or not text[hit.end:following.start].isspace()
                     or not self.kazakh_chain.genitive.search(text[hit.start:hit.end]))]

    def numbered_institutions(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[tuple[int, int]]:
        """Where each numbered institution, or school named after a person, between ``start`` and ``end`` is written: a
        namesake's words end before a person's name the pattern ran into ("школе-лицее имени Абая Кунанбаева Есенов провел")."""
        spans = []
        for match in self.numbered_institution.finditer(text, start, end):
            person = min((m.start for m in mentions if m.label == "PERSON" and match.start() < m.start < match.end()), default=match.end())
            spans.append((match.start(), _end_before_spaces(text, person)))
        return spans

    def _kazakh_titles_after_their_place_in_the_dative(self, text: str, start: int, end: int, hits: list[TitleHit],
                                                       mentions: list[Mention]) -> list[TitleHit]:
        """A Kazakh title of no institution right after a place or an institution named in the dative, maybe with "жаңа"
        (new) between, in a sentence of appointment ("Ұлан ауданына жаңа әкім тағайындалды", "Name Ұлан ауданына әкім
        болып тағайындалды", "Name Абай атындағы университетке ректор болып тағайындалды"): the post is there, as in
        the genitive ("Ұлан ауданының әкімі")."""
        references = self.references["kk"]
        found = []
        for hit in hits:
            before = _KAZAKH_DATIVE_BEFORE_A_TITLE.search(text, max(start, hit.start - 60), hit.start) \
                if hit.org_text is None and not hit.verb else None
            kind = references.kind_of(before.group("noun")) if before is not None else None
            genitive = _KAZAKH_GENITIVE_OF_A_POSSESSIVES_DATIVE.get(before.group("ending").lower()) if kind is not None else None
            if genitive is not None and (self.kazakh_appointment_word.search(text, hit.end, end)
                                         or _KAZAKH_MOVE_TO_A_POST.match(text, hit.end, end)):
                # The name's words follow the subject's name where it comes first ("Name Ұлан ауданына әкім болып").
                name_start = max([start, *(m.end for m in mentions if m.label == "PERSON" and m.end <= before.start())])
                named = [name for name_end, name in references.named(text, name_start, before.end("noun"), kind)
                         if name_end == before.end("noun")]
                hit = replace(hit, org_text=named[-1][:-2] + genitive) if named else hit
            found.append(hit)
        return found

    def _kazakh_supervisors_named_by_their_post(self, text: str, hits: list[TitleHit]) -> list[TitleHit]:
        """A pupil's supervisor whose post follows after a dash ("оның жетекшісі – химия пәнінің мұғалімі Name",
        "жетекшісі – педагог-зерттеуші Name"): the supervision is no post, the title after the dash is. So is one
        in a pupil's parenthesis, a name right after it ("Name (физика, жетекшісі – Т.Қ. Сәрсенғалиев)", "Name (9
        сынып, жетекшісі Сәрсенғалиев Т.Қ.)")."""
        return [hit for hit, following in zip(hits, hits[1:] + [None])
                if text[hit.start:hit.end].lower() not in self.kazakh_supervisor_titles
                or (following is None or not _DASH_THEN_LOWER_CASE_WORDS.fullmatch(text, hit.end, following.start))
                and not (_IN_A_PARENTHESIS.search(text, max(0, hit.start - _MAX_PARENTHESIS_ASIDE), hit.start)
                         and _BEFORE_THE_SUPERVISORS_NAME.match(text, hit.end))]

    def _kazakh_deputies_in_a_field(self, text: str, hits: list[TitleHit]) -> list[TitleHit]:
        """A deputy's title after a holder's title in the genitive and the deputy's field ("колледж директорының
        өндірістік оқыту жөніндегі орынбасары", "ректордың халықаралық байланыстар жөніндегі орынбасары"): one
        title, the holder's deputy's (``deputy_of``), which roles.yaml lists for the common fields only."""
        kept: list[TitleHit] = []
        for hit in hits:
            holder = kept[-1] if kept else None
            if holder is not None and hit.code == "deputy_head" and holder.code in self.taxonomy.deputy_of \
                    and self.kazakh_chain.genitive.search(text[holder.start:holder.end]) \
                    and self.kazakh_deputys_field.fullmatch(text, holder.end, hit.start):
                kept[-1] = TitleHit(holder.start, hit.end, self.taxonomy.deputy_of[holder.code], text[holder.start:hit.end],
                                    holder.org_text)
                continue
            kept.append(hit)
        return kept

    def _russian_titles_of_whom(self, text: str, hits: list[TitleHit]) -> list[TitleHit]:
        """A Russian title in the genitive right after another title, or after the office noun that follows it,
        says whose the other is ("помощник акима Алматы", "советник министра", "назначен помощником
        Президента", "руководитель аппарата акима области"): the person holds the first alone, at the
        institution of the official served (``served``). A plural title is an audience's, not an aide's
        ("представил депутатам заместителя акима Name")."""
        kept: list[TitleHit] = []
        for hit in hits:
            previous = kept[-1] if kept else None
            if previous is not None and not self._is_plural(previous, "ru") and _genitive_only(text[hit.start:hit.end].split()[0]) \
                    and text[hit.start:hit.end].split()[0].lower() not in self.russian_title_forms \
                    and (_OF_WHOM_GAP.fullmatch(text, previous.end, hit.start)
                         and all(_genitive_only(word) for word in text[previous.end:hit.start].split())
                         or self.russian_office_of_whom.fullmatch(text, previous.end, hit.start)):
                kept[-1] = replace(previous, served=hit)
                continue
            kept.append(hit)
        return kept

    def _russian_head_verbs(self, text: str, start: int, end: int, mentions: list[Mention],
                            stand_in: Mention | None = None) -> list[TitleHit]:
        """A verb of heading whose object is an organization the model marked, up to two lower-case words of
        its kind and adjectives between ("возглавляет компанию «Name»", "руководил фондом Name"), or before it
        with the name right after the verb ("Сбербанк возглавил Name"): a head's title, the organization its
        institution. Without one it heads no institution ("возглавил делегацию"). The subject may be the stand-in of
        a pronoun or of a subject left out ("С 1989 года она руководила школой № 5")."""
        organizations = [m for m in mentions if m.label in ("ORG", "FACILITY")]
        persons = sorted([m for m in mentions if m.label == "PERSON"] + ([stand_in] if stand_in is not None else []),
                         key=lambda mention: mention.start)
        # A verb of chairing ("На заседании председательствовал Name"): a chairman of no institution.
        hits = [TitleHit(verb.start(), verb.end(), "chairman", verb.group(), verb=True,
                         subject_after=_subject_after_the_verb(text, verb.end(), persons))
                for verb in self.russian_chair_verb.finditer(text, start, end)]
        # A verb of teaching: a teacher, at the school named after "в" in its clause ("преподавала физику в школе №5").
        for verb in self.russian_teach_verb.finditer(text, start, end):
            schools = sorted([(m.start, m.text) for m in organizations] + [
                (name_start, text[name_start:name_end]) for name_start, name_end in self.numbered_institutions(text, verb.end(), end, mentions)])
            school = next((written for school_start, written in schools if verb.end() < school_start
                           and _TAUGHT_AT.fullmatch(text, verb.end(), school_start)), None)
            hits.append(TitleHit(verb.start(), verb.end(), self.teaching_code, verb.group(), school, verb=True,
                                 subject_after=_subject_after_the_verb(text, verb.end(), persons)))
        for verb in self.russian_head_verb.finditer(text, start, end):
            # A jury or a commission it governs, right after it or opening its clause: its chairman, of no institution.
            clause_start = max([start, *(m.end() for m in _CLAUSE_OR_SENTENCE_END.finditer(text, start, verb.start()))])
            body_before = self.russian_chaired_body.match(text, clause_start) is not None
            if body_before or self.russian_chaired_body.match(text, verb.end()):
                hits.append(TitleHit(verb.start(), verb.end(), "chairman", verb.group(), verb=True,
                                     subject_after=body_before and _subject_after_the_verb(text, verb.end(), persons)))
                continue
            governed = next((m for m in organizations if verb.end() < m.start <= verb.end() + _MAX_VERB_OBJECT_CHARS
                             and _VERB_OBJECT_GAP.fullmatch(text, verb.end(), m.start)), None)
            if governed is not None:
                hits.append(TitleHit(verb.start(), verb.end(), "head", verb.group(), governed.text, verb=True))
                continue
            # An institution in common nouns no span covers, its head word in the instrumental the verb governs
            # ("руководил управлением образования Павлодарской области", "руководила школой № 5").
            subject = next((m for m in reversed(persons) if m.end <= verb.start()), None)
            hit = TitleHit(verb.start(), verb.end(), "head", verb.group(), verb=True)
            phrase = _russian_institution_after(text, hit, subject, self.taxonomy.institution_words.get("ru", frozenset())) \
                if subject is not None else None
            if phrase:
                hits.append(TitleHit(verb.start(), verb.end(), "head", verb.group(), phrase, verb=True))
                continue
            # An institution's bare noun after it, maybe pointed at, refers to the one named before ("она руководила
            # этой школой"); not a unit's before its institution's ("руководил кафедрой университета").
            referred = self.references["ru"].after(text, hit, subject) if subject is not None else None
            if referred is not None and referred[0] not in self.place_kinds \
                    and not any(self.taxonomy.is_institution_word(word) for word in referred[1][:-1]):
                hits.append(TitleHit(verb.start(), verb.end(), "head", verb.group(), referred[1][-1], verb=True))
                continue
            # A district or a region by its adjective and noun, the verb's object after it or before it with the subject's
            # name right after the verb ("Name возглавил Баянаульский район", "Туркестанскую область возглавил Name"): its
            # head is its akim (roles.yaml seats: place), at its akimat.
            place = self._russian_place_headed(text, verb, mentions)
            if place is not None:
                written_place, before = place
                if not before or any(m.start > verb.end() and _attributes_only(text[verb.end():m.start]) for m in persons):
                    hits.append(TitleHit(verb.start(), verb.end(), "akim", verb.group(), written_place,
                                         verb=True, subject_after=before))
                    continue
            # The object first and the subject's name right after the verb, as headlines and relative clauses
            # write it ("Сбербанк возглавил Name", "компанию «Name», которую возглавляет Name").
            governed = next((m for m in organizations if self.russian_object_before_verb.fullmatch(text, m.end, verb.start())), None)
            governed = governed.text if governed is not None else self._organization_with_its_place_before(text, verb.start(), mentions) \
                or _organization_with_its_complement_before(text, verb.start(), organizations)
            # ... or an institution's bare noun, which refers to the one named before ("Ранее отдел возглавляла Name"), in
            # the instrumental the verb "руководить" governs ("Колледжем руководит Name": a school's is its director).
            noun = self._institution_noun_before(text, start, verb.start())
            bare_noun = noun.group(1).lower() if noun \
                and any(parse.tag.POS == "NOUN" and parse.tag.case in ("nomn", "accs", "ablt") for parse in russian_morphology().parse(noun.group(1))[:1]) \
                else None
            # ... with its name after it, it names its own ("Ранее детским садом «Балапан» руководила Name").
            bare_noun = bare_noun and _russian_noun_with_its_name(text, start, noun) or bare_noun
            if (governed is not None or bare_noun) and any(m.start > verb.end() and _attributes_only(text[verb.end():m.start]) for m in persons):
                hits.append(TitleHit(verb.start(), verb.end(), "head", verb.group(), governed or bare_noun, verb=True, subject_after=True))
        # A verb of belonging to a company's board and the company the model marked right after it, its adjectives between
        # ("входила в правление национального холдинга «Name»"): a member of the board, at the company.
        for board in self.russian_board_membership.finditer(text, start, end):
            governed = next((m for m in organizations if board.end() < m.start <= board.end() + _MAX_VERB_OBJECT_CHARS
                             and _VERB_OBJECT_GAP.fullmatch(text, board.end(), m.start)), None)
            if governed is not None:
                hits.append(TitleHit(board.start(), board.end(), "member", board.group(), governed.text, verb=True))
        return hits

    def _russian_place_headed(self, text: str, verb: re.Match, mentions: list[Mention]) -> tuple[str, bool] | None:
        """A place a verb of heading governs, named by its adjective and its noun (район, область) right after the verb or
        right before it: the place in the genitive ("Баянаульский район": "Баянаульского района") and whether it stands
        before the verb."""
        place_nouns = self.taxonomy.place_words.get("ru", frozenset())
        for mention in mentions:
            if mention.label not in PLACE_LABELS:
                continue
            after = mention.start >= verb.end() and text[verb.end():mention.start].isspace()
            before = mention.end <= verb.start() and self.russian_object_before_verb.fullmatch(text, mention.end, verb.start()) is not None
            words = mention.text.split()
            # The object in the nominative or the accusative singular: a place in the genitive is another noun's complement
            # ("Управление образования Павлодарской области возглавила Name": the department's head).
            if not (after or before) or len(words) != 2 or words[1].lower() not in place_nouns \
                    or not any(parse.tag.POS == "NOUN" for parse in russian_morphology().parse(words[1].lower())[:1]) \
                    or not all(parse.tag.case in ("nomn", "accs") and parse.tag.number == "sing"
                               for parse in russian_morphology().parse(words[1].lower()) if parse.tag.POS == "NOUN"):
                continue
            adjective = _russian_place_adjective_in_the_genitive(words[0], words[1])
            if adjective is not None:
                return f"{adjective} {_russian_genitive(words[1])}", before
        return None

    def _organization_with_its_place_before(self, text: str, end: int, mentions: list[Mention]) -> str | None:
        """An organization the model marked and the place in the genitive right after it, together right before ``end``
        ("Управление образования Павлодарской области возглавила Name"): the organization's whole name."""
        place = next((m for m in mentions if m.label in PLACE_LABELS and self.russian_object_before_verb.fullmatch(text, m.end, end)), None)
        owner = next((m for m in mentions if place is not None and m.label in ("ORG", "FACILITY") and m.end < place.start
                      and text[m.end:place.start].isspace()), None)
        return text[owner.start:place.end] if owner is not None else None

    def _institution_noun_before(self, text: str, start: int, end: int) -> re.Match | None:
        """An institution's noun right before ``end``, a verb of heading, or before an adverbial of time that ends there,
        in its clause ("Колледжем руководит Name", "Раньше институтом в течение двенадцати лет руководил Name")."""
        clause_start = max([start, *(mark.end() for mark in _CLAUSE_OR_SENTENCE_END.finditer(text, start, end))])
        # The noun's name in quotes after it is no adverbial ("Детским садом «Балапан» руководила Name").
        names = [(quoted.start(), quoted.end()) for quoted in _QUOTED_NAME.finditer(text, clause_start, end)]
        words = [word for word in _WORD_IN_GROUP.finditer(text, clause_start, end)
                 if not any(name_start < word.start() < name_end for name_start, name_end in names)][-(_MAX_ADVERBIAL_WORDS + 1):]
        for index in range(len(words) - 1, -1, -1):
            # ... or the noun of a name after an adjective that holds the institution's word ("Детским садом «Ертегі»
            # руководила Name"; a bare "детским садом" is none).
            if self.taxonomy.is_institution_word(words[index].group(1)) or index and self.taxonomy.is_institution_word(words[index - 1].group(1)) \
                    and _NAME_AFTER_AN_INSTITUTIONS_NOUN.match(text, words[index].end()) \
                    and russian_morphology().parse(words[index - 1].group(1))[0].tag.POS == "ADJF" \
                    and russian_morphology().parse(words[index].group(1))[0].tag.POS == "NOUN":
                return words[index]
            # A comparative is an adverbial of time too ("Колледжем раньше руководила Name").
            if not (_adverbial_word(words[index].group(1)) or russian_morphology().parse(words[index].group(1))[0].tag.POS == "COMP"):
                return None
        return None

    def _kazakh_head_verbs(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[TitleHit]:
        """A Kazakh verb of heading after the institution it governs, in the dative or the accusative, a few
        adverbials maybe between ("Мектепке 2018 жылдан бері басшылық ететін Name", "Бөлімді басқарған Name",
        "Ол 2003–2015 жылдары Топардағы №14 мектепке басшылық етті"): a head's title, a school's or a college's
        director's; the institution its object's name, or the one its bare noun refers back to. A participle
        right before a name gives the name the post; another verb, its subject before it."""
        references = self.references["kk"]
        persons = [m for m in mentions if m.label == "PERSON"]
        hits = []
        for verb in self.kazakh_head_verb.finditer(text, start, end):
            # The object is in the verb's clause, after its subject's name ("Name университеттің химия кафедрасын
            # басқарған") or before it ("Мектепті 2018 жылдан бері Name басқарады"); the dash of a span of years
            # ("2003–2015 жылдары") ends no clause, nor does an initial's period inside the subject's name.
            window_start = max(start, verb.start() - MAX_HEAD_VERB_CLAUSE_CHARS)
            window = _NUMBER_SPAN_DASH.sub(lambda dash: " " * len(dash.group()), text[window_start:verb.start()])
            for person in persons:
                if window_start <= person.start and person.end <= verb.start():
                    window = window[:person.start - window_start] + " " * (person.end - person.start) + window[person.end - window_start:]
            # Nor does the comma after a degree spelled out before the subject's name ("ғылымдарының докторы, профессор Name").
            degrees = [degree.span() for degree in self.kazakh_spelled_degree.finditer(window)]
            window = "".join(" " if char == "," and any(index == end for _, end in degrees) else char for index, char in enumerate(window))
            clause_start = window_start + max([0, *(m.end() for m in _CLAUSE_OR_SENTENCE_END.finditer(window))])
            # The subject's words are none of the object's distance, nor are a degree's, but for an institution's noun or
            # name the degree's field words may have run into ("Химия зертханасын техника ғылымдарының кандидаты Name").
            offset = clause_start - window_start
            words = [word for word in re.finditer(r"\S+", window[offset:])
                     if not any(degree_start <= offset + word.start() < degree_end for degree_start, degree_end in degrees)
                     or references.kind_of(word.group()) is not None or _HYPHENED_CASE_ENDING.search(word.group())][-MAX_HEAD_VERB_OBJECT_DISTANCE:]
            object_case = self.kazakh_locative_head_verb_object if verb.group().lower() in self.kazakh_locative_head_verbs \
                else self.kazakh_head_verb_object
            noun = next((word for word in reversed(words) if references.kind_of(word.group()) is not None
                         and object_case.search(word.group().lower())), None)
            if noun is None:
                # A registered institution's one-word name with its case ending after a hyphen ("ЕҰУ-ды ... Name
                # басқарды"): its head's post, the head of its kind (a university's rector).
                registered = next((word for word in reversed(words) if (ending := _HYPHENED_CASE_ENDING.search(word.group()))
                                   and self.kazakh_head_verb_object.search(ending.group().lower())
                                   and self.registry.lookup(word.group()[:ending.start()], "kk") is not None), None)
                if registered is not None:
                    subject_after = any(text[verb.end():person.start].isspace() for person in persons if person.start > verb.end())
                    hits.append(TitleHit(verb.start(), verb.end(), "head", verb.group(),
                                         registered.group()[:_HYPHENED_CASE_ENDING.search(registered.group()).start()],
                                         verb=True, subject_after=subject_after))
                continue
            noun_end = clause_start + noun.end()
            # The object's words follow its subject's name where the name comes first.
            object_start = max([clause_start, *(m.end for m in persons if clause_start <= m.start and m.end <= clause_start + noun.start())])
            kind = references.kind_of(noun.group())
            named = [name for name_end, name in references.named(text, object_start, noun_end, kind) if name_end == noun_end]
            before = text[object_start:clause_start + noun.start()].split()
            chain = self.kazakh_chain.before(before + [self.registry.nominative(noun.group(), "kk")])
            # A bare noun ("Мектепке", "осы мектепке") is kept as written: it refers back to the one named before.
            org_text = self.registry.nominative(named[-1] if named else " ".join(chain), "kk") if named or len(chain) > 1 \
                else noun.group()
            if not named and kind in references.unit_kinds:
                # A unit's institution in the locative before it ("Торайғыров университетінде физика кафедрасын басқарған").
                at = self._kazakh_registered_in_the_locative(before[:len(before) - len(chain) + 1])
                org_text = f"{at} {org_text}" if at else org_text
            code = next((code for stems, code in self._kazakh_head_of_the_object if noun.group().lower().startswith(stems)), "head")
            subject_after = any(text[verb.end():person.start].isspace() or self._kazakh_description_of_a_subject(text[verb.end():person.start])
                                for person in persons if person.start > verb.end())
            hits.append(TitleHit(verb.start(), verb.end(), code, verb.group(), org_text, verb=True, subject_after=subject_after))
        return hits

    def _kazakh_description_of_a_subject(self, between: str) -> bool:
        """Whether the words between a participle and the name after it describe the name's holder, no clause of their own:
        up to four lower-case words, no punctuation, none in the genitive but a place's ("мұражайға басшылық еткен ардагер
        Name", "... атқарған қаламыздың құрметті тұрғыны Name"; not "... еткен ұстаздың шәкірті Name", the pupil of the head)."""
        words = between.split()
        return bool(_KAZAKH_DESCRIPTION_WORDS.fullmatch(between)) and not any(
            _KAZAKH_GENITIVE_ENDING.search(word) and not word.lower().startswith(self._kazakh_place_noun_stems) for word in words)

    def _kazakh_registered_in_the_locative(self, words: list[str]) -> str | None:
        """The registered institution that ``words`` end with in the locative ("Торайғыров университетінде"), in the
        genitive that opens its unit's name ("Торайғыров университетінің"), else None."""
        chain = self._kazakh_chain_in_the_locative(words)
        # The longest registered name that ends the chain: an adverb may open it ("одан ертерек Торайғыров университетінде").
        size = next((size for size in range(len(chain), 1, -1) if self.registry.lookup(" ".join(chain[-size:]), "kk") is not None), 0)
        if not size:
            return None
        return " ".join(chain[-size:-1] + [chain[-1] + ("ның" if chain[-1].endswith("ы") else "нің")])  # after the possessive

    def _kazakh_teach_verbs(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[TitleHit]:
        """A Kazakh verb of teaching ("Мектепте 40 жыл орыс тілінен сабақ берген Name", "Ол Қаскелеңдегі №1 орта мектепте
        математикадан сабақ берген"): a teacher's title, at the school its clause names in the locative before it (a
        bare noun refers back), else at the page's. A participle right before a name gives the name the post."""
        references = self.references["kk"]
        persons = [m for m in mentions if m.label == "PERSON"]
        hits = []
        for verb in self.kazakh_teach_verb.finditer(text, start, end):
            window_start = max(start, verb.start() - MAX_HEAD_VERB_CLAUSE_CHARS)
            clause_start = max([window_start, *(m.end() for m in _CLAUSE_OR_SENTENCE_END.finditer(text, window_start, verb.start()))])
            school = next((word for word in reversed(list(re.finditer(r"\S+", text[clause_start:verb.start()])))
                           if references.kind_of(word.group()) == "school" and self.kazakh_locative.search(word.group())), None)
            org_text = None
            if school is not None:
                school_end = clause_start + school.end()
                # The school's words follow its teacher's name where the name comes first ("Name №5 мектепте ... сабақ берді").
                object_start = max([clause_start, *(m.end for m in persons if clause_start <= m.start and m.end <= clause_start + school.start())])
                named = [name for name_end, name in references.named(text, object_start, school_end, "school") if name_end == school_end]
                org_text = self.registry.nominative(named[-1], "kk") if named else school.group()
            subject_after = any(text[verb.end():person.start].isspace() for person in persons if person.start > verb.end())
            hits.append(TitleHit(verb.start(), verb.end(), self.teaching_code, verb.group(), org_text, verb=True, subject_after=subject_after))
        return hits

    def _english_passive_head_verbs(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[TitleHit]:
        """A passive verb of heading right after an organization the model marked and right before a name ("the
        Science Committee, headed by Name"): the title it gives, the organization its institution."""
        persons = [m.start for m in mentions if m.label == "PERSON"]
        organizations = [(m.end, m.text) for m in mentions if m.label in ("ORG", "FACILITY") and start <= m.start and m.end <= end]
        # "the OSCE Programme Office in Astana, headed by Name", "the Embassy of Austria in Kazakhstan, headed by Name": where
        # the organization is, after it, is its name's.
        places_at = {m.start: m for m in mentions if m.label in PLACE_LABELS and m.end <= end}
        organizations += [(place.end, organization + text[organization_end:place.end])
                          for organization_end, organization in list(organizations)
                          for where in [_IN_A_PLACE.match(text, organization_end)] if where is not None
                          for place in [places_at.get(where.end())] if place is not None]
        organizations += [(place.end, text[kind.start():place.end]) for kind in _ENGLISH_EMBASSY_OF_A_STATE.finditer(text, start, end)
                          for place in [places_at.get(kind.end())] if place is not None]
        marked = len(organizations)  # the organizations the model marked; bare nouns and bodies after them
        # "Today the lyceum is headed by Name": an institution's bare noun, the one of its kind named before.
        organizations += [(noun.end(), noun.group("noun").lower()) for pattern in (self.english_bare_institution_noun, self.english_bare_unit_noun)
                          for noun in pattern.finditer(text, start, end)]
        # "The jury was chaired by Name": the chairman of a body of no institution.
        bodies = list(self.english_chaired_body.finditer(text, start, end))
        organizations += [(body.end(), None) for body in bodies]
        # A unit's or a jury's head may be named with a title of their own ("the laboratory headed by senior lecturer
        # Name", "The jury was chaired by Professor Name"); an organization's named so is often a group's from it
        # ("a delegation of the University of Leeds led by Professor Name").
        titled_heads = {organization_end for organization_end, _ in organizations[marked:]}
        # "Mathematics is taught by Name": a teacher, at the institution the page or paragraph names.
        hits = [TitleHit(verb.start("verb"), verb.end("verb"), self.teaching_code, verb.group("verb"), verb=True, subject_after=True)
                for verb in self.english_passive_teach_verb.finditer(text, start, end) if verb.end() in persons]
        for organization_end, organization in organizations:
            verb = self.english_passive_head_verb.match(text, organization_end)
            if verb is None:
                continue
            # A body of no institution's head is its chairman ("The jury was chaired by Name").
            name_start = self.english_degrees_before_a_name.match(text, verb.end()).end()
            titled = self.english_title_before_a_name.match(text, name_start) if organization_end in titled_heads else None
            if name_start in persons or titled is not None and self.english_degrees_before_a_name.match(text, titled.end()).end() in persons:
                code = self.english_passive_head_codes[re.sub(r"\s+", " ", verb.group("verb").lower())] if organization is not None else "chairman"
                hits.append(TitleHit(verb.start("verb"), verb.end("verb"), code, verb.group("verb"), organization, verb=True,
                                     subject_after=True, of_no_institution=organization is None))
        for chairmanship in self.english_chairmanship.finditer(text, start, end):
            if not self.english_chaired_body_word.search(text, start, chairmanship.start()):
                continue
            name_start = self.english_degrees_before_a_name.match(text, chairmanship.end()).end()
            titled = _CAPITALIZED_WORD_BEFORE_A_LOWER_CASE_TITLE.match(text, name_start)
            titled = self.english_title_before_a_name.match(text, titled.end() if titled else name_start)
            if name_start in persons or titled is not None and self.english_degrees_before_a_name.match(text, titled.end()).end() in persons:
                hits.append(TitleHit(chairmanship.start("verb"), chairmanship.end("verb"), "chairman", chairmanship.group("verb"),
                                     verb=True, subject_after=True, of_no_institution=True))
        # "The jury ... included Name": its member, of no institution, as "Members of the jury: Name" is.
        for body in bodies[:1]:
            verb = self.english_body_membership_verb.search(text, body.end(), end)
            name_start = self.english_rank_before_a_name.match(text, verb.end()) if verb is not None else None
            if verb is not None and (verb.end() in persons or name_start is not None and name_start.end() in persons):
                hits.append(TitleHit(verb.start("verb"), verb.end("verb"), "member", verb.group("verb"), verb=True, subject_after=True,
                                     of_no_institution=True))
        return hits

    def names_none(self, mention: Mention) -> bool:
        """An organization's span that is only a noun of a kind ("About school", "the Foundation", a heading's
        "Администрация колледжа", a sentence's "Колледждің", "Апталықты мектеп"): it refers to an institution named
        elsewhere, or to none. A registered name is one. So is a place's span, but for a Kazakh institution's noun the
        model took for a place ("Мектеп директоры" with "Мектеп" a GPE)."""
        return mention.lang in self.references and self.references[mention.lang].names_none(mention.text) \
            and (mention.label not in PLACE_LABELS or mention.lang == "kk"
                 and self.references["kk"].kind_of(mention.text.split()[-1]) in self.references["kk"].institution_kinds) \
            and not (mention.lang == "kk" and self.registry.lookup(mention.text, "kk") is not None)

    def _deputys_code(self, text: str, start: int, hit_start: int, written: str) -> str | None:
        """The code of the deputy's title where a deputy's word stands before the field before the title
        ("Deputy Foreign Minister": a deputy minister; the field still names the ministry). A title among the
        words between is another person's ("Deputy Prime Minister Name and Minister of Health Name"); one of the
        ``field_stop_words`` ends the deputy's word's phrase before the title ("a deputy inquiry to Prime Minister Name":
        a deputy's inquiry, and the title is the addressee's own)."""
        deputy = self.deputy_before_field.search(text, max(start, hit_start - 60), hit_start)
        if deputy is None or any(word.lower() in self.english_title_codes or word.lower() in self.field_stop_words
                                 for word in text[deputy.end(1):hit_start].split()):
            return None
        return self.english_title_codes.get(f"{deputy.group(1)} {written}".lower())

    def _sentence_roles(self, text, start, end, lang, mentions, persons, home, stand_in: Mention | None = None,
                        earlier: list[RoleFact] = ()) -> list[RoleFact]:
        """``stand_in``: the mention that stands for a person the sentence does not name (a pronoun, a title as
        the subject), whose text is no name in a case; ``earlier``: the facts of the sentences before."""
        if not persons:
            return []
        titles = self._title_hits(text, start, end, lang, mentions, stand_in)
        orgs = [(m.start, m.end, m.text, m.label) for m in mentions if m.label in ORG_LABELS and not self.names_none(m)]
        orgs += [(opening, name_end, text[opening:name_end], "ORG") for name_start, name_end in self.numbered_institutions(text, start, end, mentions)
                 for opening in [self._english_numbered_opening(text, name_start, start) if lang == "en" else name_start]]
        claimed: set[TitleHit] = set()
        assigned: list[tuple[list[TitleHit], float]] = []
        owned_from = None
        handed_on: list[TitleHit] = []  # the title before the name before that the next name agrees with
        replaced_at = [self._replaced_at(text, mention, lang) for mention, _ in persons]  # the one a new holder replaces
        for index, (mention, name) in enumerate(persons):
            following = persons[index + 1][0].start if index + 1 < len(persons) else end
            after = self._appositive_titles(text, start, mention.start, mention.end, following, end, titles, lang,
                                            next_replaced=index + 1 < len(persons) and replaced_at[index + 1] is not None)
            if lang == "ru" and after and index + 1 < len(persons) and after[0].end <= following \
                    and _oblique_name_before_a_nominative_title(text, mention, name, after[0]):
                after = []  # "от имени председателя Name-genitive, заместитель председателя ... Name": the next name's
            claimed.update(after)
            received, handed_on = handed_on, []
            if lang == "ru" and not after and index + 1 < len(persons) and text[mention.end:following].isspace():
                handed_on = self._russian_title_of_the_next_name(text, titles, claimed, mention, persons[index + 1][0])
                claimed.update(handed_on)
            # "адвокат Гибсона Стивен Колодни": a Russian name right before another, nothing between, is
            # whose the title before them is; the next name holds it.
            owner = lang == "ru" and index + 1 < len(persons) and text[mention.end:following].isspace() \
                and _nominative_title(max((t for t in titles if t.end <= mention.start), key=lambda t: t.end, default=None))
            # The agent named before the copula ("Among the senators appointed by Name are Name, Name") is no item of the
            # list: the group's title before the agent stays in reach of the names after the copula.
            agent = lang == "en" and index > 0 and self._agent_before_a_plural_copula(text, persons[index - 1][0].start,
                                                                                       persons[index - 1][0].end, mention)
            # Nor is the one replaced, named after "вместо" ("Ректором вместо Name стал Name"): the post is the next name's.
            replaced = index > 0 and replaced_at[index - 1] is not None
            named_before = index - 1 if agent or replaced else index  # how many names before this one may bound its titles
            boundary = max([owned_from if owned_from is not None else start]
                           + [persons[named_before - 1][0].end if named_before and owned_from is None else start]
                           + [t.end for t in claimed if t.end <= mention.start])
            owned_from = None
            if owner and not after:
                assigned.append(([], 0.0, boundary))
                owned_from = boundary  # the next name's titles are looked for from where the owner's would be
                continue
            before = self._before_titles(text, [t for t in titles if t not in claimed and (not t.verb or t.subject_after) and boundary <= t.start
                                           and t.end <= mention.start and (_distance_past_quoted_names(text, t.end, mention.start) <= MAX_TITLE_DISTANCE
                                                or lang == "en" and _distance_past_quoted_names(text, t.end, mention.start)
                                                - _english_degree_before_a_name(text, t.end, mention.start) <= MAX_TITLE_DISTANCE
                                                or self._institutions_only_between(text, t.end, mention.start, orgs, lang)
                                                or lang == "ru" and self._russian_institutions_name_between(text, t.end, mention.start)
                                                or lang == "ru" and self._russian_title_chained_to_the_next(text, t, titles, mention))
                                           and not self._plural_title_cut_off(text, t, mention.start, lang, titles)
                                           # "a motion of the Chairman of the Senate that Name and Name be elected": a
                                           # "that" right before the name opens a clause the name is the subject of, no
                                           # apposition of the title before it.
                                           and not (lang == "en" and _THAT_RIGHT_BEFORE.search(text, t.end, mention.start))
                                           and not self._possessor_after_a_plural_title(t, mention, lang)
                                           and not self._plural_title_before_a_lone_name(text, t, mention, following, lang)
                                           and not (lang == "ru" and self._oblique_plural_title_before_a_subject(text, t, mention, name, following))
                                           and not (lang == "ru" and self._agent_title_before_a_post_given(text, t, titles, mention))
                                           # "Новым ректором вместо ушедшего на пенсию Name стал Name": the one replaced
                                           # held the post before; the subject after the predicate takes it.
                                           and not (replaced_at[index] is not None and t.end <= replaced_at[index])
                                           and not (lang == "kk" and self._kazakh_plural_title_before_a_name_in_a_case(text, t, mention, name, following))
                                           and not (lang == "ru" and _russian_clause_between(text[t.end:mention.start], t, mention)
                                                    and not self._duties_performed_by(text, t, mention)
                                                    and not self._russian_predicate_title(text, t, mention))
                                           and not (lang == "ru" and mention is not stand_in and self._names_whose(text, t, mention, name))
                                           and not (lang == "ru" and self.predicates["ru"].candidacy_before(text, t))
                                           # "письмо Президента о двух кандидатурах на должность акима - Name": a title
                                           # before a candidacy the name is put up for is another's.
                                           and not (lang == "ru" and t.end <= mention.start and self.predicates["ru"].candidacy_between(text, t.end, mention.start))
                                           and not (lang == "ru" and t.end <= mention.start
                                                    and self.predicates["ru"].prospective_after(text, t, mention.start))
                                           and not (lang in self.object_preposition_before_a_name
                                                    and self.object_preposition_before_a_name[lang].search(text, t.end, mention.start))
                                           and not (lang == "ru" and _same_title_nearer(t, titles, mention))
                                           and not (lang == "ru" and _object_title_before_a_subjects(text, t, titles, mention)
                                                    and not self._duties_performed_by(text, t, mention)
                                                    and not self._russian_predicate_title(text, t, mention))
                                           and not (lang == "en" and self._news_verb_in(text[t.end:mention.start])
                                                    and not self.english_participle_then_plural_copula.fullmatch(text, t.end, mention.start))
                                           and not (lang == "en" and self.post_sought.search(text, t.end, mention.start))
                                           and not (lang == "en" and self._agent_or_recipient(text, t, mention))
                                           and not (lang == "en" and self._agent_before_a_plural_copula(text, t.start, t.end, mention))
                                           and not (lang == "en" and _ENGLISH_GROUP_LISTED_AFTER_A_TITLE.fullmatch(text, t.end, mention.start))
                                           and not (lang == "en" and self._in_an_opening_clause(text, start, t, mention))
                                           and not (lang == "en" and self._bare_title_of_a_holder_named_before(text, t, titles, mention, name, earlier))
                                           and not self._issues_an_act(text, t, mention, name, lang)
                                           and not self._object_before_a_subject(text, t, mention, name, lang)
                                           and not (lang == "kk" and self.kazakh_quote_closing.search(text, t.end, mention.start))
                                           # "126 депутаттың 102-сі Name-нің кандидатурасын қолдады": a number of the
                                           # title's holders after it is a count of them, no name's title
                                           and not (lang == "kk" and _KAZAKH_COUNT_OF_HOLDERS.match(text, t.end))
                                           and not (lang == "kk" and self._kazakh_genitive_title_owns_the_word_after(text, t, titles))
                                           and not (lang == "kk" and _CLASS_STUDIED_IN_BEFORE_A_NAME.search(text, t.end, mention.end))
                                           and not _QUOTE_CLOSED_BEFORE_A_NAME.search(text, t.end, mention.start)],
                                    lang)
            if lang == "kk":
                before = self._kazakh_titles_joined_to_the_last(text, before)
            before = received + before
            if lang == "ru" and before and index and assigned:
                before += self._russian_post_of_the_list_before(text, assigned[-1][0], persons[index - 1][0], before)
            if before or after:
                assigned.append((before + after, 0.9 if before else 0.8, boundary))
                continue
            previous = assigned[-1][0] if index and assigned and assigned[-1][0] else None
            # "Minister Name and his Kyrgyz counterpart Name": the title of the person before, in another country.
            counterpart = self.counterpart_before.search(text, persons[index - 1][0].end, mention.start) \
                if lang == "en" and previous else None
            if counterpart:
                # Of a chain before the name ("Deputy Prime Minister – Foreign Minister Name and his Russian
                # counterpart Name"), the counterpart holds the post of the title nearest that name.
                nearest = max((hit for hit in previous if hit.end <= persons[index - 1][0].start), key=lambda hit: hit.end,
                              default=previous[0])
                assigned.append(([TitleHit(counterpart.start(), counterpart.end(), nearest.code, counterpart.group())],
                                 0.7, boundary))
                continue
            gap = text[persons[index - 1][0].end:mention.start] if index else ""
            gap_org = next((o for o in orgs if persons[index - 1][0].end <= o[0] and o[1] <= mention.start), None) if index else None
            if index and lang == "ru" and (gap_org is None or gap_org[3] in PLACE_LABELS):
                # "акимами: X района Y области — Name, Z района — Name": the item's whole genitive words before the dash, of
                # which the model marks only the region, name the item's own institution.
                dashed = _russian_institution_dashed_before(text, persons[index - 1][0].end, mention.start)
                gap_org = dashed if dashed is not None and (gap_org is None or dashed[0] <= gap_org[0]) else gap_org
            gap_rest = gap.replace(gap_org[2], "") if gap_org else gap
            # "ректоры X – Name, Y – Name": an institution before a dash right before a listed name is that name's own.
            own_before_dash = gap_org is not None and (_RUSSIAN_DASH_AFTER_AN_INSTITUTION if lang == "ru" else _DASH_AFTER_AN_INSTITUTION
                                                       ).fullmatch(text, gap_org[1], mention.start) is not None
            if own_before_dash:
                gap_rest = gap_rest.rstrip().rstrip("–—-")
                if lang == "ru":  # "; -X района - Name": the hyphen that opens the item
                    gap_rest = gap_rest.rstrip().rstrip("-")
            # A bracket right after a listed name is that name's ("Name (қазақ филологиясы кафедрасы), Name"): the
            # list goes on after it. So does a name in quotes, maybe with a dash, that heads the list's next part
            # ("students of the programmes “Physics” – Name, Name; “Chemistry” – Name").
            gap_rest = _ASIDE_AFTER_NAME.sub("", gap_rest, count=1)
            if lang == "en":
                gap_rest = _QUOTED_PART_OF_A_LIST.sub("", gap_rest)
            # A Russian degree spelled out before a listed name is no title nor a clause ("избраны доктор химических наук
            # Name и доктор физико-математических наук Name"): the list goes on past it.
            if lang == "ru":
                gap_rest = self.russian_spelled_degree.sub("", gap_rest)
            # So is a dash after it up to the item's end, unless a title follows it ("Name – Баянаульский район;",
            # "Name – по вопросам бюджета;"; not "Name – проректор; Name"): the item's own place or field.
            dash_aside = _DASH_ASIDE_AFTER_NAME.match(text, persons[index - 1][0].end, mention.start) if index else None
            if dash_aside and not any(persons[index - 1][0].end <= title.start < mention.start for title in titles):
                gap_rest = text[dash_aside.end():mention.start]
                gap_org = gap_org if gap_org is not None and gap_org[0] >= dash_aside.end() else None
            # A list written a name to a line ("Қалиев Бауыржан Серікұлы, магистр" / "Омарова Динара Маратовна, PhD"): what
            # follows a listed name after a comma on its line, no title among it, is the item's own (a degree).
            elif index and _REST_OF_A_LIST_LINE.fullmatch(text, persons[index - 1][0].end, mention.start) \
                    and not any(persons[index - 1][0].end <= title.start < mention.start for title in titles):
                gap_rest, gap_org = "\n", None
            # A field before a dash that opens the next item ("Председателями комиссий стали: по вопросам бюджета —
            # Name, по вопросам экологии — Name"): the item's own commission, the list's title still shared.
            field_before = _FIELD_BEFORE_A_DASH.search(gap_rest) if lang == "ru" and index \
                and not any(persons[index - 1][0].end <= title.start < mention.start for title in titles) else None
            if field_before:
                gap_rest = gap_rest[:field_before.start() + 1]
            # "Professors Name of X and Name of Y", "rectors Name (X), Name (Y)", "ректорами назначены Name (X) и Name
            # (Y)": the institution after a listed name is that name's, not the next one's; the next one's follows it.
            previous_owns = lang in ("en", "ru") and gap_org is not None \
                and self.institution_after_holder.fullmatch(text, persons[index - 1][0].end, gap_org[0]) is not None
            own_org = None
            if previous_owns:
                gap_rest = _CLOSING_BRACKET.sub("", text[gap_org[1]:mention.start], count=1)
                own_org = next((o[2] for o in orgs if o[0] >= mention.end
                                and self.institution_after_holder.fullmatch(text, mention.end, o[0])), None)
                gap_org = None
            # An English title in the singular before a name is that name's alone ("Akim of Almaty Name and Name"); a
            # passive verb's is its whole list's ("Mathematics is taught by Name and Name").
            shared = lang != "en" or any(self._is_plural(title, lang) or title.subject_after for title in previous or ())
            # A Kazakh title in the singular, no count of holders in it, before a name and a bare comma is that name's
            # alone ("аудандық білім бөлімінің басшысы Name, Name сөз сөйледі"): a title over a list is in the plural
            # ("бөлім басшылары Name, Name") or counts them ("әкімнің үш орынбасары Name, Name").
            if lang == "kk" and previous and gap_rest.strip() == "," \
                    and all(self._kazakh_singular_uncounted(title) for title in previous):
                shared = False
            # A Kazakh name right after another, nothing between, is no item of a list: the verb's object
            # ("Мемлекет басшысы Name Name-ді қабылдады": the head of state received the second).
            # Nor is a Russian one ("с послом Name-instrumental Name-nominative отметила": the subject after the object).
            listed = not (lang == "kk" and gap_rest.isspace() and "\n" not in gap_rest) \
                and not (lang == "ru" and gap.isspace() and "\n" not in gap)
            # Nor are the names before "секілді" ("Мәжіліс депутаты Name, Name, Name секілді қайраткерлер") the first one's
            # fellows in the title: they are examples of the noun after it.
            listed = listed and not (lang == "kk" and self.kazakh_examples_ahead.match(text, mention.end))
            gapped = self._gapped_items_institution(text, persons[index - 1][0], mention, orgs) \
                if previous and lang in ("en", "ru") and not own_before_dash else None
            if gapped is not None:
                # "Name was elected rector of X, Name – Y and Name – Z": the title left out of each next item, which
                # names the item's own institution after a dash.
                assigned.append(([replace(t, org_text=gapped, verb=False, code=self._gapped_items_code(t, gapped, lang)) for t in previous], 0.7, mention.start))
            elif previous and shared and listed and self.list_joiner.match(gap_rest) and (len(gap) <= 60 or own_before_dash or field_before):
                # The list's items share whose aides they are ("его заместители Name и Name").
                # A verb of heading before the list is each listed subject's ("школу возглавляли Name, Name и Name").
                inherited = [replace(t, org_text=gap_org[2] if gap_org else own_org if previous_owns else t.org_text,
                                     verb=t.verb and t.subject_after) for t in previous]
                # The shared title's institution is read from where the list's first name's was, the words before the
                # title ("кафедра меңгерушілері Name, Name", "Қалалық білім басқармасының әдіскерлері Name, Name").
                assigned.append((inherited, 0.7, assigned[index - 1][2]))
            elif lang == "kk" and previous and all(not t.verb and self._plural_kazakh_form(t, lang) for t in previous) \
                    and _KAZAKH_GAPPED_CLAUSE_BEFORE_AL.search(gap) and not _CLAUSE_PUNCTUATION.search(gap[:gap.rindex(",")]):
                # "депутаттары Name X-ті, ал Name Y-ті ұсынды": the first clause's verb left out, "ал" opens the second of one
                # predicate; the group's title before the first name is the second name's too.
                assigned.append(([replace(t, verb=False) for t in previous], 0.6, assigned[index - 1][2]))
            else:
                assigned.append(([], 0.0, boundary))
        if lang == "en":
            self._plural_title_after_a_list(text, persons, assigned, titles, end)
            self._plural_predicates_title_over_a_list(text, persons, assigned, end)
            self._plural_object_title_over_a_list(text, persons, assigned, titles, end)
            self._group_title_over_a_copula_list(text, persons, assigned, titles)
        if lang == "kk":
            self._kazakh_plural_title_over_a_colon_list(text, persons, assigned, titles)
            self._plural_title_after_a_list(text, persons, assigned, titles, end, lang)
            self._kazakh_group_after_a_list(text, persons, assigned, titles)
            self._kazakh_title_left_out_of_a_list(text, persons, assigned)
        if lang == "ru" and text.find("состав", start, end) >= 0:
            self._russian_members_listed(text, start, end, persons, assigned)
        if lang == "kk" and persons and text.find("құрам", max(0, persons[0][0].start - _MAX_MEMBER_LIST_CHARS), end) >= 0:
            self._kazakh_members_listed(text, persons, assigned)
        if lang == "kk" and text.find("құрам", start, end) >= 0:
            self._kazakh_members_listed_before_their_noun(text, start, persons, assigned, titles)
        if lang == "kk":
            self._kazakh_jury_after_a_list(text, start, end, persons, assigned)
            self._kazakh_jury_listed_after_a_colon(text, start, end, persons, assigned)
        succession_status = self._succession(text, titles, persons, assigned, claimed) if lang == "en" else {}
        facts = []
        taxonomy = self.taxonomy
        for (mention, name), (person_titles, confidence, boundary) in zip(persons, assigned):
            person_titles = self._own_titles(text, person_titles, lang, mention)
            if lang == "kk" and _KAZAKH_NAME_IN_THE_DATIVE.search(mention.text):
                # "<title> қызметін атқарып, 2012 жылы Name-ке тұрмысқа шықты": the converb's clause holds the post, its subject
                # before it; a name in the dative after its comma is that clause's object, no holder.
                person_titles = [t for t in person_titles if not (
                    t.end <= mention.start and self.kazakh_service_converb_clause.match(text, t.end, mention.start))]
            degrees = self._degrees_near(text, mention, start, end, person_titles)
            # A title shared over a list names its institution before the list's first name ("нападающие
            # сборной Испании Хави и Андрес Иньеста": not "сборная Испании Хави" for the second).
            found = {title: self._institution_for(text, title, lang, orgs,
                                                  next(m for m, _ in persons if m.start >= title.end) if title.end <= mention.start else mention,
                                                  home, boundary if title.end <= mention.start else mention.end)
                     for title in person_titles}
            found = _chain_institutions(text, person_titles, found, mention, self.chamber_seat_codes, lang)
            if lang in _RESPECTIVE_PLACES:
                found |= self._respective_places(text, person_titles, mention, lang)
            if lang == "ru":
                found |= self._respective_institutions_named_before(text, person_titles, mention, home)
            for title in person_titles:
                org, org_confidence, org_source = found[title]
                if org_source == "page" and lang == "en" and title.code in self.single_holder_codes \
                        and self._is_plural(title, lang) and self._one_of_the_group(text, title):
                    # "The youngest of the akims, Name": each of them heads another institution, not the page's one.
                    org, org_source = None, None
                unit = None
                unit_named_before = self._english_unit_named_before(text, start, title, [*earlier, *facts]) \
                    if lang == "en" and org is None else None
                if unit_named_before is not None:
                    org, org_source, unit = unit_named_before.org, "text", unit_named_before.org_unit
                holder = self._holder_before(title, name, [*earlier, *facts], lang,
                                             {other.code for other in titles if other is not title},
                                             {other.key: other_mention.start for other_mention, other in persons
                                              if other_mention.start < title.start}) if title.whose else None
                # An aide's institution the sentence names itself ("его помощница по работе в Госдуме") stays.
                from_holder = holder is not None and holder.org is not None and (org is None or org_source == "page")
                if lang == "en" and not from_holder and (org is None or not org.in_registry):
                    unit_of_the_title = self._unit_the_title_ends_with(text, title, org, mention)
                    if unit_of_the_title is not None:
                        org, org_source = unit_of_the_title, "text"
                # A body whose name opens or ends with its institution's bare noun in the genitive ("попечительский совет
                # гимназии", "Университеттің Қамқоршылық кеңесі") is a unit of the one of that kind named before.
                referred = (self._russian_referred_parent(org.name, title, home) if lang == "ru"
                            else self._referred_parent(self._with_the_owner_before(text, title, org.name, lang), title, lang, home)
                            or self._kazakh_bare_boards_institution(text, title, org.name, lang, home)) \
                    if not from_holder and org is not None and not org.in_registry else None
                # "College of Earth Sciences of Lanzhou University": a name ending with its institution's is a unit of it; so
                # is one opening with the acronym of an institution the page names in full ("the KAIST Office of ...").
                english_parent = (self._english_parent(org.name, title, home) or self._english_possessor_of_a_unit(text, title, org.name, home)
                                  or home.spelled_out(org.name, lang)) \
                    if lang == "en" and not from_holder and org is not None and not org.in_registry else None
                if from_holder:
                    org, org_source, unit = holder.org, "text", holder.org_unit
                # A numbered school ("School-Lyceum No. 134") is an institution of its own, never a unit; a numbered class
                # ("7 «Ә» сыныбы") is its school's.
                elif org is not None and not org.in_registry \
                        and (not any(character.isdigit() for character in org.name) or self.school_unit[lang].search(org.name)) \
                        and (_has_word(org.name, taxonomy.unit_words.get(lang, frozenset())) and title.code not in self.heads_of_a_whole_university
                             or referred is not None
                             or self.school_unit[lang].search(org.name) or _BOARD_OF_A_COMPANY.search(org.name)
                             or english_parent is not None
                             or lang == "en" and self._english_unit_of_a_registered_institution(org.name)):
                    # A unit names its institution ("Department of History of KazNU"), refers back to one by its
                    # kind's bare noun ("Министрліктің ... департаменті"), is the reporting one's ("В министерстве
                    # сообщили, что директор департамента ..."), or is the page university's.
                    abroad = lang == "ru" and self._russian_foreign_place_after(text, title, orgs, mention) is not None
                    parent = None if abroad else \
                        self._registry_ngram(org.name.split(), lang) or self._legal_entity_closing_a_unit(org.name, lang) \
                        or self._institution_after_a_units_comma(text, title, orgs, mention, lang) \
                        or self._referred_parent(org.name, title, lang, home) or referred \
                        or english_parent or self._kazakh_body_of_a_unit(org.name, lang) \
                        or (self._russian_reporting_institution(text, title, orgs) if lang == "ru" else None) \
                        or (self._russian_registered_after_unit(text, title, orgs, mention) if lang == "ru" else None) \
                        or (self._russian_referred_after_unit(text, title, orgs, mention, home) if lang == "ru" else None) \
                        or (self._russian_institution_of_a_bare_branch(org.name, title, home) if lang == "ru" else None)
                    if lang == "en" and parent is not None and parent.org_id in _CHAMBER_IDS and _ENGLISH_COMMITTEE.search(org.name):
                        parent = None  # "the Senate Committee on ...": a chamber's committee is an institution of its own
                    # A ministry's department ("Director of the Department of Higher Education") on a page that names no
                    # university before it is the ministry's, though the page names the universities whose rectors it met after.
                    ministry = self._ministry_of_a_department(org.name, title, lang, home) \
                        if parent is None and not home.on_its_site("university") \
                        and home.named_before(REFERRED_KINDS["university"], title.start, lang)[0] is None else None
                    university = None if parent is not None or ministry is not None or not self.university_unit[lang].search(org.name) \
                        or _NATIONAL_LABORATORY.search(org.name) \
                        or lang == "en" and self._english_unit_of_a_place(text, title, org.name) else home("university", title.code, lang)
                    if parent is None and university is None:
                        university = ministry or self._ministry_of_a_department(org.name, title, lang, home)
                    if parent is None and university is None and self.laboratory_unit[lang].search(org.name) \
                            and not _NATIONAL_LABORATORY.search(org.name):  # a national laboratory is an institution of its own
                        university = home("institute", title.code, lang) or home("university", title.code, lang)
                    if parent is None and university is None and self.school_unit[lang].search(org.name):
                        university = home("school", title.code, lang)
                    if parent is None and university is None and self.research_unit[lang].search(org.name) \
                            and not self._names_a_place(org.name, lang) and (institute := home("institute", title.code, lang)) is not None \
                            and institute.type == "research institute":
                        university = institute  # "этнология бөлімінің меңгерушісі" on a research institute's page
                    if parent is None and university is None and _BOARD_OF_A_COMPANY.search(org.name):
                        # "член Совета директоров": the board of the page's own company or university, else of the one
                        # named last before it.
                        university = home("university", title.code, lang) if home.on_its_site("university") \
                            else home.named_before(_BOARD_OWNER_KINDS, title.start, lang)[0]
                    if parent is None and university is None and lang == "en" and home.on_its_site("university") \
                            and self.own_site_unit.search(org.name):
                        university = home("university", title.code, lang)  # "the Center for Teaching Excellence" on its site
                    if parent is None and university is None and lang == "en" and " " not in (noun := _OPENING_ARTICLE.sub("", org.name)) \
                            and self.own_site_unit.fullmatch(noun):
                        # "the Director General of the Center": the noun alone refers back to the one named before that holds it.
                        university = home.named_before(_BOARD_OWNER_KINDS, title.start, lang, noun=noun.lower())[0]
                    if parent is None and university is None and self.maslikhat_unit.search(org.name):
                        # A standing commission: the page's maslikhat, or the one it names ("сессия областного маслихата").
                        university = home("maslikhat", title.code, lang) or home.the_one_maslikhat_named(lang)
                    if parent is None and university is None and lang == "kk" and self.akim_office_unit.search(org.name):
                        university = self._akimat_of_an_akims_office(org.name, title, lang, home)
                    if parent is None and university is None and lang in ("ru", "kk") and not self._names_a_place(org.name, lang):
                        # "главный специалист отдела кадровой работы" on a department's site, "«Мейірбике ісі» бөлімінің
                        # меңгерушісі" on a college's: a unit of the site's own; "отдел образования района", "аудандық
                        # білім бөлімі" is a district's body of its own.
                        university = home("publisher", title.code, lang)
                    if parent is None and university is not None and lang == "ru" \
                            and _same_head_noun(org.name, university.name_ru or university.name):
                        university = None  # "Институт российской истории" on an institute's site: an institute has no institutes
                    if parent is not None or university is not None:
                        unit, org = org.name, parent or university
                        if parent is None:
                            org_source, org_confidence = "page", min(org_confidence, 0.7)
                elif lang == "kk" and org is not None and org.in_registry and org_source == "title":
                    org, unit = self._kazakh_body_inside((title.org_text or "").split(), org)
                if not from_holder and org is not None and not org.in_registry and (
                        self.registry.names_no_region(org.name) or self.registry.names_a_regions_own_body(org.name)):
                    org = self._of_the_region(org, title, lang, home)
                elif lang == "kk" and org is not None and not org.in_registry and not from_holder:
                    # "аудандық білім бөлімінің басшысы": the district's department the site's header names in full.
                    org = home.in_full(org, (self.references["kk"].kind_of(org.name.split()[-1]),), lang)
                if lang == "ru" and org is not None and not org.in_registry and not from_holder:
                    org = self._russian_unit_of_the_place_named_before(org, title, home)
                by_institution = taxonomy.role_by_institution.get(title.code, {})
                if title.code == "deputy_head" and _A_DEANS_DEPUTY.search(title.written):
                    # A dean's deputy is a deputy head at a college too ("deputy dean of the College of Law"), no
                    # school's deputy director.
                    by_institution = {}
                code = (by_institution.get(org.org_id) or by_institution.get(org.type) or by_institution.get(self._kind_by_its_noun(org, lang))
                        or title.code) if org else title.code
                if lang == "en" and code == title.code and code in _AKIMS_DEPUTY_OF_A_BODY and org is not None and org.in_registry \
                        and org.type not in _BODIES_AN_AKIM_HEADS and self.registry.region_of_akimat(org.org_id) is None:
                    # An akim's English title ("Governor") of a registered body that is no akimat ("Governor of the Astana
                    # International Financial Centre") heads that body: its head, the deputy its deputy head.
                    code = _AKIMS_DEPUTY_OF_A_BODY[code]
                if code == "lecturer" and lang == "ru" and self._a_russian_general_school(org):
                    # "преподаватель математики школы № 5": a school's teacher, though a college's is a lecturer.
                    code = self.teaching_code
                # The verb's object itself, or the body a plain "head" heads, not a unit of it: "глава Минздрава",
                # "өңір басшысы" name the minister, the akim. A head only the site's header gives an institution
                # ("заведующий сектором" on an akimat's page) heads a part of it.
                # A head the sentence gives an official's office ("руководитель аппарата акима") heads that office, a part
                # of the official's institution. So does a verb's unit of the institution ("руководила кафедрой истории КазНУ").
                if (title.verb and title.code != self.teaching_code
                        or title.code == "head" and title.served is None and not self._heads_a_possessed_unit(text, title, mention, lang)
                        and not (org_source == "page" and org == home("publisher", title.code, lang))) \
                        and org is not None and unit is None \
                        and not (title.verb and lang == "ru" and self.russian_unit_object.match(text, title.end)) \
                        and not (lang == "ru" and self.russian_unit_in_an_institution.match(text, title.end)):
                    # An unregistered one by the noun of its kind, for a verb's object ("руководила школой № 5": its director).
                    # So is a ministry's plain head ("стал главой Министерства ..."): a ministry is headed by its minister alone,
                    # and a Kazakh school's ("№ 5 мектептің басшысы", "мектеп басшысы"): its director, as its verb gives.
                    kind = self._kind_by_its_head_noun(org, lang)
                    code = taxonomy.head_by_institution.get(org.org_id) or taxonomy.head_by_institution.get(org.type) \
                        or ((title.verb or kind == "ministry" or lang == "kk" and kind == "school"
                             and title.written.lower().startswith("басшы") and self.kazakh_school_headed_by_a_director.search(org.name))
                            and taxonomy.head_by_institution.get(kind)) or code
                if lang == "ru" and code == "deputy_head" and title.served is None and org is not None and unit is None \
                        and _RUSSIAN_DEPUTY_OF_THE_HEAD.fullmatch(title.written) \
                        and (org.type == "ministry" or self._kind_by_its_head_noun(org, lang) == "ministry") \
                        and not self._heads_a_possessed_unit(text, title, mention, lang) \
                        and not self.russian_unit_in_an_institution.match(text, title.end):
                    # A ministry's deputy head ("замглавы Минфина", "заместитель руководителя министерства"): its vice
                    # minister, as its plain head is its minister.
                    code = "first_vice_minister" if title.written.lower().startswith("перв") else "vice_minister"
                if lang == "kk" and code == "head" and org is not None and not org.in_registry and len(org.name.split()) == 1 \
                        and self.references["kk"].kind_of(org.name) in self.place_kinds \
                        and (akim := taxonomy.head_by_institution.get("akimat")) is not None:
                    # A place's own head, its noun alone in the genitive before a qualifier ("Ауданның бұрынғы басшысы",
                    # "Облыстың жаңа басшысы"): its akim, as "аудан басшысы" is (roles.yaml).
                    code = akim
                if code == "head" and title.verb and lang == "ru" \
                        and (unit_after := self.russian_unit_object.match(text, title.end)) is not None:
                    # "руководила факультетом", "возглавляла постоянную комиссию": a unit's noun of one word or two
                    words = unit_after.group("unit").lower().split()
                    code = self.russian_head_of_unit.get(" ".join(words[:2]), self.russian_head_of_unit.get(words[0], code))
                if holder is not None and title.code == "deputy_head":
                    code = taxonomy.deputy_of.get(holder.role, code)
                if code == "president":
                    code, org = self._head_of_a_state(text, title, org, lang, mention)
                elif code == "head_of_state" and org is not None and org.in_registry:
                    # This country's head of state, by a title that names it ("Президент РК"), holds no post at a
                    # registered body named before the title ("на форуме партии ... Президент РК Name").
                    org = None
                elif lang == "en" and (governor := taxonomy.role_by_institution.get(code, {}).get("province")) is not None \
                        and (org is None or not org.in_registry) \
                        and (region := self.english_foreign_region_after.match(text, title.end)) is not None:
                    # "Governor of Gyeonggi Province": another country's region (roles.yaml role_by_institution), its governor.
                    code, org = governor, self.registry.unregistered(region.group(1), lang)
                elif lang == "en" and (governor := taxonomy.role_by_institution.get(code, {}).get("province")) is not None \
                        and (org is None or not org.in_registry) \
                        and (region := self.english_foreign_named_region_after.match(text, title.end)) is not None:
                    # "Governor of Sverdlovsk region": a Russian region, no Kazakh one; its governor, the region his institution.
                    words = region.group(1).split()
                    code, org = governor, self.registry.unregistered(" ".join(words[:-1] + [words[-1].capitalize()]), lang)
                elif lang == "en" and (governor := taxonomy.role_by_institution.get(code, {}).get("province")) is not None \
                        and (org is None or not org.in_registry) \
                        and (city := self.english_foreign_city_after.match(text, title.end)) is not None:
                    # "Mayor of Frankfurt", "Deputy Mayor of Istanbul": a city abroad has no akimat; its mayor is its governor,
                    # the city its institution, as another country's province's.
                    code, org = governor, self.registry.unregistered(city.group(1), lang)
                elif (akim := taxonomy.role_by_institution.get(code, {}).get("akimat")) is not None and (org is None or not org.in_registry) \
                        and (place := _CAPITALIZED_WORD_AFTER.match(text, title.end)) is not None \
                        and (akimat := self._seat_of(place.group(1), akim, lang, True)) is not None and akimat.type == "akimat":
                    # "Мэр Алматы", "мэром Актобе": a mayor of this country's registered city is its akim (roles.yaml).
                    code, org = akim, akimat
                elif self.taxonomy.seat(code, "embassy") is not None \
                        or lang == "en" and org is not None and not org.in_registry and _ENGLISH_MISSION_BY_ITS_STATE.fullmatch(org.name):
                    # An ambassador's embassy, and the one another official of it names by its state ("the U.S. Embassy").
                    org = self._embassy_of_the_sender(text, title, org, lang)
                elif lang == "en" and (org is None or org_source == "page") \
                        and (embassy := self.english_embassy_after_title.match(text, title.end)) is not None:
                    # An embassy's official whose embassy the model left unmarked ("Counsellor of the Embassy of Iran Name",
                    # "Chargé d'Affaires of the Embassy of Kazakhstan in Malaysia"); "of the Embassy" alone, the page's.
                    state = self.english_state_after.match(text, embassy.end())
                    org = self._embassy_of_the_sender(text, title, state and self.registry.unregistered(state.group(1), lang), lang)
                elif lang in self.consulates and (consulate := self._consulate(text, title, lang)) is not None:
                    org = self._embassy_of_the_sender(text, title, org, lang, consulate)
                elif lang == "en" and org is not None and not org.in_registry and _ENGLISH_BARE_COMMISSION.fullmatch(org.name):
                    # "Chairman of the Commission", "Secretary of the Commission": a commission named by its noun alone is
                    # a body of no institution, as a commission's chairman is (README).
                    org = None
                elif code == "other" and org is not None and not org.in_registry and lang in self.country_names \
                        and self.registry.nominative(org.name, lang).strip().lower() in self.country_names[lang] - self.home_country_names[lang]:
                    org = None  # another country before an occupation is the person's ("Италия ғалымы", an Italian scientist)
                elif org is not None and not org.in_registry and code not in _POSTS_REPRESENTING_A_COUNTRY \
                        and self._names_only_this_country(org.name, lang):
                    org = None  # this country's post of no body ("Қазақстан Республикасының Мемлекеттік кеңесшісі", the State Counsellor)
                if lang == "kk" and code in self.chamber_seat_codes and (parliament := self._kazakh_parliament_of_both_chambers(text, title)):
                    code, org = "parliament_deputy", parliament
                if lang == "kk" and code == "other" and org is not None and org.type == "academy of sciences" \
                        and _KAZAKH_ACADEMICIAN.match(title.written):
                    code = "member"  # "ҰҒА академигі", "UǴA akademıgi": of the academy the title names, a membership (README)
                if code == "member" and org is None and " ".join(_lemmas(title.written)) in self.taxonomy.degree_forms:
                    continue  # "академик" alone is a rank; of the academy named after it ("академик НАН РК"), a membership
                if org is not None and org_source != "page":
                    home.read(title.end, org, lang)
                facts.append(RoleFact(name, title.written, code, taxonomy.label(code), org, degrees,
                                      start, end, round(min(confidence, org_confidence), 2), mention, title.start, title.end,
                                      succession_status.get((mention.start, title))
                                      or self._status(text, title, lang, start, end, mention), org_source if org else None, unit))
                facts.extend(self._chamber_membership(facts[-1], lang))
                for shared in self._kazakh_title_shared_by_the_genitive_before(text, title, facts[-1], lang):
                    facts.append(shared)
                    facts.extend(self._chamber_membership(shared, lang))
        if lang == "en":
            facts = self._shared_title_in_turn(facts, home)
        if lang in ("en", "ru"):
            facts = self._visiting_members(facts, text, start, end, lang, home)
            facts = self._from_the_country_in_brackets(facts, text, lang)
        if lang == "en":
            facts = self._joined_title_at_the_named_institution(text, facts, home)
            facts = self._titles_at_the_opening_institution(text, start, facts, orgs, lang)
            facts = self._titles_listed_after_a_team_of(text, start, facts, home)
            facts = self._staff_of_the_appointing_head_of_state(text, start, facts, earlier)
        if lang == "kk":
            facts = self._kazakh_supervisors_of_pupils(text, facts)
        return facts

    def _kazakh_supervisors_of_pupils(self, text: str, facts: list[RoleFact]) -> list[RoleFact]:
        """"№5 мектептің оқушысы Name (І орын), жетекшісі Name": a supervisor's title alone right after a pupil's or a
        student's item, a comma and maybe the item's bracket between, is a teacher's at the pupil's institution."""
        result = []
        for fact in facts:
            pupil = max((other for other in facts if other.role in _LEARNERS and other.person_mention is not None
                         and other.person_mention.end <= fact.title_start), key=lambda other: other.person_mention.end, default=None)
            if fact.role != "teacher" and fact.title.lower() in self.kazakh_supervisor_titles and pupil is not None \
                    and _ITEM_END_BEFORE_A_SUPERVISOR.fullmatch(text, pupil.person_mention.end, fact.title_start) \
                    and (fact.org is None or fact.org_source == "page"):
                fact = replace(fact, role="teacher", role_label=self.taxonomy.label("teacher"), org=pupil.org,
                               org_source=pupil.org_source, org_unit=None)
            result.append(fact)
        return result

    def _titles_at_the_opening_institution(self, text: str, start: int, facts: list[RoleFact], orgs, lang: str) -> list[RoleFact]:
        """"At Kazatomprom, Name was named chief financial officer": an English sentence that opens with "At" and an
        institution (not a place: "At Astana, the minister ...") sets where its titles that name none are held, before
        the page's own institution."""
        opening = _AT_AN_OPENING_INSTITUTION.match(text, start)
        if opening is None:
            return facts
        institution = next((self.registry.resolve(written.rstrip(","), lang) for org_start, org_end, written, label in orgs
                            if label not in PLACE_LABELS and org_start == opening.end()
                            and _COMMA_AFTER.match(text, org_end - 1 if written.endswith(",") else org_end)), None)
        if institution is None:
            return facts
        return [replace(fact, org=institution, org_source="text") if (fact.org is None or fact.org_source == "page")
                and fact.role != "head_of_state" else fact for fact in facts]

    def _staff_of_the_appointing_head_of_state(self, text: str, start: int, facts: list[RoleFact],
                                               earlier: list[RoleFact]) -> list[RoleFact]:
        """"Name1 appointed Name2 as his chief of staff": a title after "as his" (her) that names no institution is held on
        the staff of the subject before, where the subject is the head of state the page names (roles.yaml staff_seat)."""
        seat = self.taxonomy.staff_seat.get("head_of_state")
        asked = [fact for fact in facts if fact.org is None and fact.person_mention is not None
                 and fact.title_start >= fact.person_mention.end
                 and _AS_THE_SUBJECTS_OWN.fullmatch(text, fact.person_mention.end, fact.title_start)]
        if seat is None or not asked:
            return facts
        heads = {fact.person.surname.lower() for fact in [*earlier, *facts] if fact.role == "head_of_state" and fact.person.surname}
        staff = [fact for fact in asked if heads & {word.lower() for word in re.findall(r"[\w-]+", text[start:fact.person_mention.start])}]
        return [replace(fact, org=self.registry.registered(seat), org_source="text") if fact in staff else fact for fact in facts]

    def _titles_listed_after_a_team_of(self, text: str, start: int, facts: list[RoleFact], home) -> list[RoleFact]:
        """"members of the management team of X. From left: Name, Title, Name, Title", "The delegation of X included:
        Name, Title, ...": an English list of names with their titles, after a colon in the sentence that names whose team
        (delegation, staff) they are, or in the next sentence of its paragraph that opens as a caption does ("From left:"),
        holds at X the titles that name no institution, or only a unit of one ("Director of Planning Department")."""
        if not facts:
            return facts
        paragraph = text.rfind("\n", 0, start) + 1
        first = min(fact.person_mention.start for fact in facts if fact.person_mention is not None) \
            if any(fact.person_mention is not None for fact in facts) else start
        team = next(reversed(list(self.english_team_of_an_institution.finditer(text, paragraph, first))), None)
        span = home.organization_named_at(team.end()) if team is not None else None
        if span is None:
            return facts
        if team.end() >= start:
            colon = text.find(":", span.end, first)
            if colon < 0 or not _NO_CLAUSE_BEFORE_A_LIST_COLON.fullmatch(text, span.end, colon):
                return facts
            listed_from = colon
        elif _CAPTION_CUE.match(text, start):
            listed_from = start
        else:
            return facts
        institution = self.registry.resolve(span.text.rstrip(",. "), "en")
        if institution is None:
            return facts
        result = []
        for fact in facts:
            unit = fact.org is not None and not fact.org.in_registry and fact.org_source in ("title", "text") \
                and fact.org.name.split()[-1].lower() in self.english_unit_nouns_alone
            if fact.person_mention is not None and fact.person_mention.start > listed_from and fact.role != "head_of_state" \
                    and (fact.org is None or fact.org_source == "page" or unit):
                fact = replace(fact, org=institution, org_source="text", org_unit=fact.org.name if unit else fact.org_unit)
            result.append(fact)
        return result

    def _joined_title_at_the_named_institution(self, text: str, facts: list[RoleFact], home) -> list[RoleFact]:
        """"the President of Lanzhou University Name and Vice President Name": a bare English title joined by "and"
        to a name whose title named its institution in the sentence is held there, not at the page's own, where it
        is a post of that kind of institution (roles.yaml page_institution)."""
        for index in range(1, len(facts)):
            fact, before = facts[index], facts[index - 1]
            if fact.org_source != "page" or before.org is None or before.org_source not in ("text", "title") \
                    or before.title_end > before.person_mention.start or fact.title_end > fact.person_mention.start \
                    or not _JOINED_BY_AND_BEFORE_A_TITLE.fullmatch(text, before.person_mention.end, fact.title_start):
                continue
            kind = home._kind_of(before.org, "en")
            if kind is not None and set(self.taxonomy.page_institution.get(fact.role, ())) & set(REFERRED_KINDS.get(kind, (kind,))):
                facts[index] = replace(fact, org=before.org, org_source="text", confidence=min(fact.confidence, 0.8))
        return facts

    def _shared_title_in_turn(self, facts: list[RoleFact], home) -> list[RoleFact]:
        """An English title in the plural shared over a list of names that the sentence gives no institution
        ("The rectors of the two universities, Name and Name"), after the paragraph named several of the page's
        kind: each name holds it at one of them in the order named, where as many are named as names listed,
        else at none that is sure."""
        shared: dict[tuple[int, str], list[int]] = {}
        for index, fact in enumerate(facts):
            if fact.org is not None and fact.org_source == "page":
                shared.setdefault((fact.title_start, fact.role), []).append(index)
        for (title_start, _), indexes in shared.items():
            kind = home._kind_of(facts[indexes[0]].org, "en")
            named = home.registered_in_paragraph((kind,), title_start, "en") if len(indexes) > 1 and kind else []
            if len(named) < 2:
                continue
            for index, institution in zip(indexes, named if len(named) == len(indexes) else [None] * len(indexes)):
                facts[index] = replace(facts[index], org=institution, org_source="text" if institution else None)
        return facts

    def _english_unit_of_a_registered_institution(self, name: str) -> bool:
        """Whether an English name is a part "of" a registered university, academy or research institute that
        the name closes ("International Relations of Satbayev University"): a unit of it, named without a unit's
        noun."""
        _, of, whose = name.rpartition(" of ")
        found = self.registry.lookup(_DEFINITE_ARTICLE.sub("", whose), "en") if of else None
        return found is not None and found.type in _INSTITUTIONS_WITH_UNITS

    def _gapped_items_code(self, title: TitleHit, institution: str, lang: str) -> str:
        """The post a verb of heading left out of a gapped item gives at the item's institution ("Name будет руководить
        судом X, а Name — судом Y": its chairman, as the verb gives at X), where the institution's kind has a head's title."""
        if not title.verb or title.code != "head" or lang not in ("ru", "en"):
            return title.code
        words = [word for word in institution.split() if self.taxonomy.is_institution_word(word)]
        kind = self.references[lang].kind_of(words[0]) if words else None
        return self.taxonomy.head_by_institution.get(kind, title.code) if kind else title.code

    def _gapped_items_institution(self, text: str, previous: Mention, mention: Mention, orgs) -> str | None:
        """The institution after a dash that follows a listed name, where the item before the name ends with an
        institution of its own (gapping: "Name was elected rector of X, Name – Y", "Name назначен ректором X, Name – Y")."""
        own = next((written for org_start, _, written, label in orgs if org_start >= mention.end and label not in PLACE_LABELS
                    and _GAPPED_INSTITUTION_AFTER.fullmatch(text, mention.end, org_start)), None)
        if own is None:
            return None
        item_before = any(previous.end <= org_start and _GAPPED_ITEM_JOINER.fullmatch(text, org_end, mention.start) is not None
                          for org_start, org_end, _, label in orgs if label not in PLACE_LABELS)
        return own if item_before else None

    def _plural_title_after_a_list(self, text: str, persons, assigned: list, titles: list[TitleHit], end: int,
                                   lang: str = "en") -> None:
        """"Name, Name and Name, teachers of School No. 5": an English title in the plural after a comma that
        follows the last name of a list, none of whose names has a title, is each listed name's; so is a Kazakh one
        after a dash, its institution's genitive between ("Name, Name – №5 мектептің мұғалімдері", are the school's
        teachers)."""
        separator = _COMMA_ONLY if lang == "en" else _DASH_AND_A_GENITIVE_CHAIN
        for index, (mention, _) in enumerate(persons):
            following = persons[index + 1][0].start if index + 1 < len(persons) else end
            title = next((t for t in titles if mention.end <= t.start and t.end <= following), None)
            if title is None or assigned[index][0] or not self._is_plural(title, lang) \
                    or not separator.fullmatch(text, mention.end, title.start) \
                    or index + 1 < len(persons) and not _LIST_ITEM_END.search(text, title.end, following):
                continue
            first = self._list_opening(text, persons, index, assigned)
            if first < index:
                for listed in range(first, index + 1):
                    assigned[listed] = ([title], 0.7, assigned[listed][2])

    def _plural_predicates_title_over_a_list(self, text: str, persons, assigned: list, end: int) -> None:
        """"Name and Name were appointed governors": the title a predicate in the plural gives a list's last name is each
        listed name's that has none of its own; with "respectively" after as many institutions or places as names
        ("... governor of Turkestan region and Shymkent city, respectively"), each holds it at the one in its place."""
        for index, (mention, _) in enumerate(persons):
            given = assigned[index][0]
            if not index or not given or given[0].start < mention.end or not self.english_plural_predicate.match(text, mention.end):
                continue
            first = self._list_opening(text, persons, index, assigned)
            if first == index:
                continue
            title = given[0]
            respectively = self.english_respectively.search(text, title.end, end)
            complement = _COMPLEMENT_OPENING.sub("", text[title.end:respectively.start()].strip(" ,")) if respectively else ""
            named = [item for item in _LIST_ITEM_SEPARATOR.split(complement) if item]
            places = named if len(named) == index - first + 1 else [title.org_text] * (index - first + 1)
            for listed, place in zip(range(first, index + 1), places):
                titles = [replace(title, org_text=place), *given[1:]]
                assigned[listed] = (titles, 0.7 if listed < index else assigned[listed][1], assigned[listed][2])

    def _plural_object_title_over_a_list(self, text: str, persons, assigned: list, titles: list[TitleHit], end: int) -> None:
        """"appointed Name and Name as vice ministers": the plural title after "as" right after a list's last name, the
        list the object of a verb of appointment before its first name, is each listed name's that has no title of its
        own, as "appointed Name as minister" is the one name's."""
        for index, (mention, _) in enumerate(persons):
            following = persons[index + 1][0].start if index + 1 < len(persons) else end
            title = next((t for t in titles if mention.end <= t.start and t.end <= following), None)
            if not index or title is None or assigned[index][0] or not self._is_plural(title, "en"):
                continue
            first = self._list_opening(text, persons, index, assigned)
            opening = persons[first][0].start
            if first < index and self.predicates["en"].gives_the_object(
                    text[max(0, opening - _OBJECT_VERB_CHARS):opening], text[mention.end:title.start], title):
                for listed in range(first, index + 1):
                    assigned[listed] = ([title], 0.7, assigned[listed][2])

    def _group_title_over_a_copula_list(self, text: str, persons, assigned: list, titles: list[TitleHit]) -> None:
        """"Among the senators appointed by Name are former judge Name, rector Name and Name": the plural title before a
        participle of appointment and the copula is each name's listed after the copula, beside the title an item may
        have before its name (a post held before, which the names after it do not share)."""
        for title in titles:
            copula = self.english_participle_then_plural_copula.match(text, title.end) if self._is_plural(title, "en") else None
            if copula is None:
                continue
            item_start = copula.end()  # where the next item's words begin: its own titles, then its name
            for index, (mention, _) in enumerate(persons):
                if mention.start < item_start:
                    continue
                gap = text[item_start:mention.start]
                opening = _LIST_ITEM_OPENING.match(gap) if item_start > copula.end() else None
                own_words = gap[opening.end():] if opening else gap
                if item_start > copula.end() and opening is None or len(gap) > 2 * MAX_TITLE_DISTANCE \
                        or _CLAUSE_MARK.search(own_words) or self._news_verb_in(own_words) \
                        or any(item_start <= t.start < mention.start and t not in assigned[index][0] for t in titles):
                    break
                if title not in assigned[index][0]:
                    assigned[index] = (assigned[index][0] + [title], max(assigned[index][1], 0.7), assigned[index][2])
                item_start = mention.end

    def _kazakh_group_after_a_list(self, text: str, persons, assigned: list, titles: list[TitleHit]) -> None:
        """"Name, Name және басқа да оқытушылар": the plural title after "басқа да" (other ...) right after a list's
        last name is each listed name's that has no title of its own."""
        for index, (mention, _) in enumerate(persons):
            others = self.kazakh_others_of_the_group.match(text, mention.end)
            title = next((t for t in titles if others is not None and t.start == others.end()), None)
            if title is None:
                continue
            for listed in range(self._list_opening(text, persons, index), index + 1):
                if not assigned[listed][0]:
                    assigned[listed] = ([title], 0.7, assigned[listed][2])

    def _kazakh_jury_after_a_list(self, text: str, start: int, end: int, persons, assigned: list) -> None:
        """"Сайысқа X орталығының маманы Name, Y мектебінің мұғалімі Name қазылық етті": a verb of judging right after a
        name makes that name and each name listed before it (items ending with a comma or "және", each maybe with its own
        title before its name) members of the contest's jury, a post of no institution, besides their own posts."""
        for verb in self.kazakh_jury_verb.finditer(text, start, end):
            listed = [index for index, (mention, _) in enumerate(persons) if mention.end <= verb.start()]
            if not listed or text[persons[listed[-1]][0].end:verb.start()].strip():
                continue
            jurors = [listed[-1]]
            for index in reversed(listed[:-1]):
                gap = text[persons[index][0].end:persons[index + 1][0].start]
                if not _KAZAKH_LIST_ITEM_END.match(gap) or _CLAUSE_END_IN_A_LIST.search(gap):
                    break
                jurors.append(index)
            for index in jurors:
                titles, confidence, boundary = assigned[index]
                if any(title.code == "member" and title.of_no_institution for title in titles):
                    continue
                member = TitleHit(verb.start(), verb.end(), "member", verb.group(), of_no_institution=True)
                assigned[index] = ([*titles, member], max(confidence, 0.7), boundary)

    def _kazakh_jury_listed_after_a_colon(self, text: str, start: int, end: int, persons, assigned: list) -> None:
        """"Жарыстың қазылар мүшелігінде: мұғалім Name, дәрігер Name болды": the names after a jury's
        membership words and a colon, to the sentence's end, each maybe with its own title before it, are the jury's
        members, a post of no institution, besides their own posts."""
        # An opening in a sentence before this one holds this one's names where its copula closes the list here.
        for opening in _KAZAKH_JURY_LIST_OPENING.finditer(text, max(0, start - _MAX_JURY_LIST_CHARS), end):
            copula = _KAZAKH_LIST_COPULA.search(text, opening.end(), min(len(text), opening.end() + _MAX_JURY_LIST_CHARS))
            stop = _SENTENCE_END_IN_A_LIST.search(text, opening.end())
            stop_at = copula.start() if copula else stop.start() if stop else len(text)
            for index, (mention, _) in enumerate(persons):
                if not opening.end() <= mention.start < stop_at:
                    continue
                titles, confidence, boundary = assigned[index]
                if any(title.code == "member" and title.of_no_institution for title in titles):
                    continue
                member = TitleHit(opening.start(), opening.end(), "member", opening.group().rstrip(": "), of_no_institution=True)
                assigned[index] = ([*titles, member], max(confidence, 0.7), boundary)

    def _kazakh_title_left_out_of_a_list(self, text: str, persons, assigned: list) -> None:
        """"Name Сарыағаш ауданының, Name Қазығұрт ауданының, ал Name Ордабасы ауданының әкімі болып тағайындалды": the
        title the verb gives the list's last name is left out of the items before it, each a name, its own institution
        in the genitive and a comma; each such name without a title of its own after it takes it with that institution.
        The next item's name may have its former post before it ("..., бұрын аудан әкімінің орынбасары болған Name ...").
        An item may leave out its place's noun too, the place's name alone ("Name Сарыағаш, ал Name Ордабасы ауданының
        әкімі"): its institution is its place with the noun of the last item's ("Сарыағаш ауданының")."""
        left_out: list[TitleHit] = []  # the title of the list's last item, while the items before it leave it out
        for index in range(len(persons) - 2, -1, -1):
            mention, following_mention = persons[index][0], persons[index + 1][0]
            following = [title for title in assigned[index + 1][0] if title.start > following_mention.end
                         and self.predicates["kk"].post_word.match(text, title.end)] or left_out
            item = _KAZAKH_ITEM_WITHOUT_ITS_TITLE.match(text, mention.end, following_mention.start)
            next_ones_post = text[item.end():following_mention.start] if item else ""
            owner = item.group("owner") if item else ""
            own_place = None if self.kazakh_chain.genitive.search(owner.split()[-1] if owner else "") \
                else self._place_left_out_of_its_noun(text, owner, following)
            if any(title.start > mention.end for title in assigned[index][0]) or item is None or not following \
                    or not self.kazakh_chain.genitive.search(owner.split()[-1]) and own_place is None \
                    or next_ones_post and not _KAZAKH_POST_HELD_BEFORE_A_NAME.search(next_ones_post):
                left_out = []
                continue
            left_out = following
            # Read where the left-out title would stand, right after the item's own institution, without the last
            # item's institution that a POSITION's words hold.
            own = [replace(title, start=item.end("owner"), end=item.end("owner"), org_text=own_place,
                           written=title.written.removeprefix(title.org_text or "").strip() or title.written) for title in following]
            assigned[index] = (assigned[index][0] + own, max(assigned[index][1], 0.7), assigned[index][2])

    def _place_left_out_of_its_noun(self, text: str, owner: str, titles: list[TitleHit]) -> str | None:
        """(``_kazakh_title_left_out_of_a_list``) A list's item written as its place's capitalized name alone, before the
        last item's title whose institution, in its words or right before it, ends with a place's noun in the genitive
        ("Ордабасы ауданының әкімі"): the item's place with that noun ("Сарыағаш" -> "Сарыағаш ауданының"); else None."""
        if not owner or not all(word[:1].isupper() for word in owner.split()):
            return None
        place_words = self.taxonomy.place_words.get("kk", frozenset())
        for title in titles:
            noun = (title.org_text or text[max(0, title.start - _MAX_PLACE_NOUN_CHARS):title.start]).rstrip().rpartition(" ")[2]
            genitive = self.kazakh_chain.genitive.search(noun)
            if genitive and noun[:genitive.start()] in place_words:
                return f"{owner} {noun}"
        return None

    def _list_opening(self, text: str, persons, index: int, assigned: list | None = None) -> int:
        """The index of the first name of the list of names joined by commas or "and" that ends with ``persons[index]``;
        with ``assigned``, of its names without a title of their own."""
        first = index
        while first and not (assigned is not None and assigned[first - 1][0]) \
                and self.list_joiner.match(text[persons[first - 1][0].end:persons[first][0].start]):
            first -= 1
        return first

    def _holder_before(self, title: TitleHit, name: PersonName, facts: list[RoleFact], lang: str,
                       sentence_codes: set[str] = frozenset(), named_in_sentence: dict[str, int] | None = None) -> RoleFact | None:
        """The fact of the holder whom the possessive pronoun before a deputy's or an aide's title refers to: the
        person other than the aide named last before the title, not too far, of the pronoun's gender where it has
        one; of that person's titles, the one of a post the aide's sentence names (``sentence_codes``: "обязанности
        акима исполнял его заместитель", the akim's deputy, though the akim has moved to another post since), else
        the last one that has a deputy's title, else the last. A person the aide's own sentence names before the title
        without a title there ("по словам Name, его заместитель ...") is named there, nearer than the
        fact's mention (``named_in_sentence``: each such person's key and where the sentence names them)."""
        gender = self.possessive_gender[lang].get(title.whose.lower())
        named_in_sentence = named_in_sentence or {}

        def named_at(fact: RoleFact) -> int:
            return max(fact.person_mention.start, named_in_sentence.get(fact.person.key, -1))

        candidates = [fact for fact in facts if fact.person_mention is not None and fact.person.key != name.key
                      and title.start - MAX_HOLDER_DISTANCE <= named_at(fact) < title.start and fact.title_start < title.start
                      and (gender is None or self.names.gender_of(fact.person) in (None, gender))]
        if not candidates:
            return None
        nearest = max(named_at(fact) for fact in candidates)
        own = [fact for fact in candidates if named_at(fact) == nearest]
        return next((fact for fact in reversed(own) if fact.role in sentence_codes and fact.role in self.taxonomy.deputy_of),
                    next((fact for fact in reversed(own) if fact.role in self.taxonomy.deputy_of), own[-1]))

    def _institutions_only_between(self, text: str, title_end: int, name_start: int, orgs, lang: str) -> bool:
        """A title with a long chain of institutions after it, set off by a comma from the name ("The head of
        the National Center for ... of the Ministry of ..., Name, said") is the name's however long the chain; so is one
        whose chain's last institution the name follows right after, no other title between ("Director of the National
        Center for ... under the Ministry of ... of Kazakhstan Name")."""
        if name_start - title_end > 2 * MAX_TITLE_DISTANCE:
            return False
        spans = sorted((org[0], org[1]) for org in orgs if title_end <= org[0] and org[1] <= name_start)
        set_off = text[title_end:name_start].rstrip().endswith(",")
        # A title in the name of a body named after an office ("the Foundation of the First President") is the name's.
        if not set_off and not (lang == "en" and spans and not text[spans[-1][1]:name_start].strip()
                                and not any(not _BODY_NAMED_AFTER_AN_OFFICE_BEFORE.search(text, max(0, hit[0] - 30), hit[0])
                                            for hit in self.matcher(lang).find(text, title_end, name_start))):
            return False
        rest, cursor = [], title_end
        for org_start, org_end in spans:
            rest.append(text[cursor:org_start])
            cursor = org_end
        rest.append(text[cursor:name_start])
        # A capitalized word the model left out of an institution's name ("... and Training") is the name's.
        return bool(spans) and all(word.lower() in _CHAIN_WORDS or word[:1].isupper()
                                   for word in re.findall(r"[\w-]+", " ".join(rest)))

    def _russian_title_chained_to_the_next(self, text: str, title: TitleHit, titles: list[TitleHit], mention: Mention) -> bool:
        """A Russian title with its complement set off by a comma from the next title of the same name, which reaches
        the name ("посол Казахстана в X, постоянный представитель Казахстана при уставных органах Y Name"): both titles
        are the name's, however far the first stands from it; no verb or clause mark but the comma between them."""
        following = next((other for other in sorted(titles, key=lambda hit: hit.start)
                          if title.end < other.start and other.end <= mention.start), None)
        if following is None:
            return False
        gap, rest = text[title.end:following.start], text[following.end:mention.start]
        return len(gap) <= MAX_TITLE_DISTANCE and len(rest) <= MAX_TITLE_DISTANCE and gap.rstrip().endswith(",") \
            and not _CLAUSE_MARK.search(gap.rstrip()[:-1]) and not _CLAUSE_MARK.search(rest) \
            and not _russian_verb_in(gap) and not _russian_verb_in(rest)

    def _russian_institutions_name_between(self, text: str, title_end: int, name_start: int) -> bool:
        """A Russian title followed by its institution's long name in the genitive, which no punctuation or verb breaks,
        is the name's after it however long the institution's ("Пресс-секретарь Комитета по обеспечению качества в сфере
        науки и высшего образования Министерства ... Республики Казахстан (ККСНВО МНВО РК) Name"); the commas of a list of
        its fields break nothing ("Комитета по вопросам науки, высшего образования и молодежной политики")."""
        gap = text[title_end:name_start]
        words = gap.split()
        # Its head noun may follow its adjectives ("Федеральной службы", "Национального научного центра").
        head = next((index for index, word in enumerate(words[:_MAX_ADJECTIVES_BEFORE_A_HEAD + 1])
                     if self.taxonomy.is_institution_word(word)), None)
        return len(gap) <= 2 * MAX_TITLE_DISTANCE and head is not None \
            and all(russian_morphology().parse(word.lower())[0].tag.POS in ("ADJF", "PRTF") for word in words[:head]) \
            and not _CLAUSE_MARK.search(_COMMA_IN_A_LIST_OF_WORDS.sub("", gap)) and not _russian_verb_in(gap)

    def _succession(self, text: str, titles: list[TitleHit], persons, assigned: list, claimed: set) -> dict:
        """"Name replaced Name as rector", "Name was succeeded by Name as akim": the title after "as" is
        both names' post, the current holder's and the one before; ``assigned`` takes it for both, and the
        status of each by (person's start, title) is returned."""
        status = {}
        for index in range(1, len(persons)):
            first, second = persons[index - 1][0], persons[index][0]
            holder = next((holder for holder, verb in self.succession_verb.items()
                           if verb.fullmatch(text, first.end, second.start)), None)
            as_title = self.as_before_title.match(text, second.end)
            title = next((t for t in titles if as_title and t.start == as_title.end() and t not in claimed), None)
            if holder is None or title is None:
                continue
            claimed.add(title)
            for position, person in ((index - 1, first), (index, second)):
                own_titles, confidence, boundary = assigned[position]
                assigned[position] = (own_titles + [title], max(confidence, 0.8), boundary)
                current = (person is first) == (holder == "subject")
                status[(person.start, title)] = "current" if current else "former"
        return status

    def _referred_parent(self, name: str, title: TitleHit, lang: str, home) -> Institution | None:
        """The institution a Kazakh unit's name opens with by its kind's bare noun in the genitive
        ("Министрліктің мектепке дейінгі білім департаменті", "Университеттің ... департаменті"), or ends with by
        that noun in the nominative before the unit's word ("... министрлік аппараты"): the one of that kind named before."""
        words = name.split()
        if lang != "kk" or len(words) < 2:
            return None
        if not self.kazakh_chain.genitive.search(words[0]):
            words = words[-2:]  # "министрлік аппараты", whatever words the chain took in before it
            if self.registry.nominative(words[0], "kk").lower() != words[0].lower() \
                    or not _has_word(words[1], self.taxonomy.unit_words.get("kk", frozenset())):
                return None
        kind = self.references["kk"].kind_of(words[0])
        if kind is None or kind in self.references["kk"].unit_kinds or kind in self.place_kinds:
            return None
        return self._named_before((kind,), title.start, lang, home)[0]

    def _kazakh_bare_boards_institution(self, text: str, title: TitleHit, name: str, lang: str, home) -> Institution | None:
        """The institution a Kazakh board named by its kind's adjective alone belongs to ("қамқоршылық кеңесінің
        төрағасы", "қоғамдық кеңесінің мүшесі" on a school's page): no owner in the genitive before it, the one of an
        institution's kind named before, or the page's."""
        if lang != "kk" or not self.kazakh_bare_board.fullmatch(name.strip().lower()) \
                or self._with_the_owner_before(text, title, name, lang) != name:
            return None
        return self._named_before(_KINDS_WITH_BOARDS, title.start, lang, home)[0]

    def _with_the_owner_before(self, text: str, title: TitleHit, name: str, lang: str) -> str:
        """A Kazakh body's name right before the title, and the lower-case noun in the genitive right before it that
        owns the body ("университеттің Қамқоршылық кеңесінің төрағасы": the name the model marked without it)."""
        size = len(name.split())
        words = text[max(0, title.start - 40 * (size + 1)):title.start].split()[-size - 1:] if lang == "kk" else []
        if len(words) <= size or words[1].lower() != name.split()[0].lower() or not words[0].islower() \
                or not self.kazakh_chain.genitive.search(words[0]):
            return name
        return f"{words[0]} {name}"

    def _kazakh_body_of_a_unit(self, name: str, lang: str) -> Institution | None:
        """The body a Kazakh unit's chain opens with, up to its last genitive of a body's noun before the unit's words
        ("білім басқармасының кәсіптік білім беру бөлімі", "қалалық білім бөлімінің мектепке дейінгі білім беру
        секторы"), or up to a body's noun in the possessive after its capitalized name ("Сеул университеті тарих
        кафедрасы"): the body in the nominative, of which the unit is one."""
        words = name.split()
        if lang != "kk" or len(words) < 3:
            return None
        references = self.references["kk"]
        body_end = next((index for index in range(len(words) - 2, 0, -1)
                         if (self.kazakh_chain.genitive.search(words[index]) or words[index - 1][:1].isupper()
                             and self.kazakh_chain.possessive_head(words[index]))
                         and references.kind_of(words[index]) in references.kinds - self.place_kinds
                         and not references.bare_in_a_case(words[index].lower())), None)
        return self.registry.resolve(self.registry.nominative(" ".join(words[:body_end + 1]), "kk"), "kk") if body_end else None

    def _english_parent(self, name: str, title: TitleHit, home) -> Institution | None:
        """The institution an English unit's name ends with after "of" or "at": by its kind's noun alone ("Department
        of International Cooperation of the Ministry", "laboratory of nuclear reactions at the institute"), the one of
        that kind named before; by a university's own name ("First Faculty of Medicine of Charles University"), that
        university. The unit is its."""
        parts = _LAST_OF_OR_AT.split(name)
        whose = parts[-1] if len(parts) == 3 else ""
        words = whose.split()
        kind = self.references["en"].kind_of(words[-1]) if words else None
        if kind is None or kind in self.place_kinds:
            return None
        if len(words) == 2 and words[0].lower() == "the":
            return self._named_before(REFERRED_KINDS.get(kind, (kind,)), title.start, "en", home)[0]
        named = len(words) > 1 and all(word[:1].isupper() for word in words)
        return self.registry.resolve(whose, "en") if named and kind in REFERRED_KINDS["university"] else None

    def _unit_the_title_ends_with(self, text: str, title: TitleHit, org: Institution | None, person: Mention) -> Institution | None:
        """"Head of the chair of Physics", "head of the department of History": a title that ends with a university
        unit's noun, where what follows its "of" is only the unit's field (no institution's word, no place: the
        model's "Physics", or capitalized words up to the name after them), names that unit ("chair of Physics"), a
        unit of the page's university."""
        noun = text[title.start:title.end].split()[-1]
        if noun.lower() not in self.university_unit_nouns:  # "head of the chair", not "chairman"
            return None
        if org is not None:
            of = _OF_THE.match(text, title.end)
            field = org.name if of is not None and text.startswith(org.name, of.end()) \
                and _WORD_ENDS.match(text, of.end() + len(org.name)) else None
        else:
            up_to_the_name = _FIELD_UP_TO_THE_NAME.fullmatch(text, title.end, person.start) if title.end <= person.start else None
            field = up_to_the_name.group("field") if up_to_the_name else None
        if not field or any(self.taxonomy.is_institution_word(word) for word in field.split()) or self._names_a_place(field, "en"):
            return None
        return self.registry.resolve(f"{noun.lower()} of {field}", "en")

    def _english_unit_named_before(self, text: str, start: int, title: TitleHit, facts: list[RoleFact]) -> RoleFact | None:
        """The post held at a unit named before that an English title names by the unit's bare noun, in the possessive
        before it or after "of the" ("Name heads the Department of Physics at KBTU. The department's deputy head Name",
        "the deputy head of the department"): the last such post, for its unit and institution; not where the title's
        sentence names a unit of that noun before it ("the head of the regional education department ... Name, deputy
        head of the department": that one)."""
        noun = self.english_bare_unit_before.search(text, max(0, title.start - _MAX_BARE_UNIT_CHARS), title.start) \
            or self.english_bare_unit_after.match(text, title.end)
        if noun is None:
            return None
        word = noun.group("unit").lower()
        if re.search(rf"(?<![\w-]){word}(?![\w-])", text[start:min(noun.start(), title.start)], re.IGNORECASE):
            return None
        return next((fact for fact in reversed(facts) if fact.org is not None and fact.org_unit is not None
                     and word in fact.org_unit.lower().split()), None)

    def _english_possessor_of_a_unit(self, text: str, title: TitleHit, name: str, home) -> Institution | None:
        """The institution a kind's noun in the possessive before an English unit right after the title refers to
        ("headed the company's treasury department", "head of the ministry's legal department"): the one of
        that kind named before."""
        possessor = _POSSESSOR_OF_A_UNIT.match(text, title.end)
        if possessor is None or not text.startswith(name, possessor.end()):
            return None
        kind = self.references["en"].kind_of(possessor.group("noun"))
        if kind is None or kind in self.place_kinds:
            return None
        return self._named_before(REFERRED_KINDS.get(kind, (kind,)), title.start, "en", home)[0]

    def _english_unit_of_a_place(self, text: str, title: TitleHit, name: str) -> bool:
        """Whether an English unit right after the title follows a place's possessive ("head of the capital city's
        Department of Architecture", "of Almaty's Department of Education"): the place's body, not a unit of the
        university the page names. So is a school named after its place ("the International School of Almaty", read
        where or however the title refers to it): the place's school, no university's "School of Economics"."""
        possessor = _POSSESSOR_OF_A_NAMED_UNIT.match(text, title.end)
        if possessor is not None and text.startswith(name, possessor.end()) and self._names_a_place(possessor.group("place"), "en"):
            return True
        school = _SCHOOL_OF_A_PLACE.search(name)
        return school is not None and self._names_a_place(school.group("place"), "en")

    def _russian_referred_parent(self, name: str, title: TitleHit, home) -> Institution | None:
        """The institution a Russian body's name ends with by its kind's bare noun in the genitive ("департамент
        дошкольного образования министерства", "попечительский совет гимназии", "профсоюзная организация
        академии"): the one of that kind named before, else the page's own of that kind; the body is its unit."""
        words = name.split()
        if len(words) < 2:
            return None
        kind = self.references["ru"].kind_of(words[-1])
        # After a capitalized adjective, the kind's noun as the lexicon writes it names that body in the nominative
        # ("Мартукский маслихат"), though pymorphy may read it as a genitive.
        if kind is None or kind in self.place_kinds or words[-2][:1].isupper() and self.references["ru"].as_the_lexicon_writes_it(words[-1]) \
                or "gent" not in russian_morphology().parse(words[-1].lower())[0].tag:
            return None
        referred = REFERRED_KINDS.get(kind, (kind,))
        # A paragraph that names none of the kind refers to the one the page's title names, as a title's own noun does
        # (``_referred_back``): not to one an earlier paragraph named as someone's former post.
        in_title = home.registered_in_title(referred, "ru") if not home.named_in_paragraph(referred, title.start, "ru") else None
        found = in_title or self._named_before(referred, title.start, "ru", home)[0]
        page_kind = next((wide for wide, kinds in REFERRED_KINDS.items() if kind in kinds), kind)
        return found or (home(page_kind, title.code, "ru") if page_kind in self.page_kinds else None)

    def _kazakh_body_inside(self, words: list[str], org: Institution) -> tuple[Institution, str | None]:
        """The body a Kazakh title's chain names after its registered institution, an institution's noun at its
        end: a registered one is the title's institution ("министрлігі Ғылым комитетінің төрағасы": the Science
        Committee), another a unit of the registered one, named by the whole chain in the nominative as a unit
        the model marked is ("министрлігінің Жоғары білім департаментінің директоры")."""
        for index in range(len(words)):
            size = next((size for size in (5, 4, 3, 2, 1) if index + size <= len(words)
                         and self.registry.lookup(" ".join(words[index:index + size]), "kk") == org), None)
            if size is not None:
                rest = " ".join(words[index + size:])
                if not rest or not self.taxonomy.is_institution_word(rest.split()[-1]):
                    return org, None
                registered = self.registry.lookup(rest, "kk")
                return (registered, None) if registered is not None else (org, self.registry.nominative(" ".join(words), "kk"))
        return org, None

    def _kazakh_title_of_whom_from(self, text: str, start: int, title: TitleHit) -> bool:
        """Whether the words from ``start`` to the end of ``title`` are titles only, the first in the genitive
        (whose the last is: "Президенттің баспасөз хатшысы", "Мемлекет басшысының көмекшісі")."""
        hits = self.matcher("kk").find(text, start, title.end)
        return len(hits) >= 2 and text[start:hits[0][0]].isspace() and hits[-1][1] == title.end \
            and self.kazakh_chain.genitive.search(text[hits[0][0]:hits[0][1]]) is not None \
            and all(text[previous[1]:following[0]].isspace() for previous, following in zip(hits, hits[1:]))

    def _kazakh_institution_of_its(self, text: str, title: TitleHit, home) -> Institution | None:
        """The institution a Kazakh possessive pronoun before a title refers to ("... «Шаңырақ» театры жаңа
        маусымды ашты. Оның директоры Name"): the one of a kind named last before the pronoun (its name before the
        kind's noun, which the model often leaves unmarked), else the organization the model marked last there."""
        pronoun = next((match for match in self.kazakh_possessive_opening.finditer(text, max(0, title.start - 12), title.end)
                        if match.end() == title.start or match.start() == title.start and match.end() < title.end), None)
        if pronoun is None:
            return None
        kinds = tuple(self.references["kk"].institution_kinds)
        found, source = home.named_before(kinds, pronoun.start(), "kk")
        return found if found is not None and source == "text" else home.organization_named_before(pronoun.start(), "kk")

    def _regional_body_in_title(self, text: str, title: TitleHit) -> Institution | None:
        """A Kazakh title that holds its body's noun after the body's regional adjective ("Облыстық
        мәслихат депутаты"): the adjective and the noun name the body, of the region the page names."""
        head = next((word for word in title.written.split() if self.taxonomy.is_institution_word(word)), None)
        before = text[max(0, title.start - 30):title.start].split()
        if head is None or not before or not self.registry.names_no_region(before[-1]):
            return None
        return self.registry.resolve(f"{before[-1]} {head}", "kk")

    def _of_the_region(self, org: Institution, title: TitleHit, lang: str, home) -> Institution:
        """A regional institution written without its region ("Облыстық білім басқармасы") is the
        registered one of the region named last before the title, else of the page's region: a town named
        last (Петропавл, no region's own akimat) or a city of another kind (the capital, where the
        institution is a region's) tells no region of its own. A registered body the page named in full before,
        whose name holds all its words, comes first ("В управлении образования Павлодарской области ... передадут
        Карагандинской области ... руководитель управления образования Name": Pavlodar's)."""
        same_body = home.registered_body_named_before(org, title.start)
        if same_body is not None:
            return same_body
        named, _ = home.named_before(PAGE_KINDS["region"], title.start, lang)
        # The page's place named most may be a city of republican significance, which has no regional body of its own
        # ("депутаты областного маслихата" on a page that names the capital once and the oblys by its district): then the
        # oblys the page names most.
        for akimat in (named, home("region", "akim", lang), home.akimat_named_most("region")):
            region = self.registry.region_of_akimat(akimat.org_id) if akimat is not None else None
            found = self.registry.of_region(org.name, region, home.names_a_town) if region is not None else None
            if found is not None:
                return found
        return org

    def _issues_an_act(self, text: str, title: TitleHit, mention: Mention, name, lang: str) -> bool:
        """Whether a title before a name names who issued an act, or whose relative the name is, rather
        than the name: the act's or the kinship noun stands between them ("Мемлекет басшысының
        Жарлығымен Name", "the President's wife Name"), or the title completes such a noun before it and
        the name is not its apposition ("By a decree of the Head of State, Name was appointed", "Указом
        Главы государства Name назначен", "супруга президента Name": in Russian the name is then in
        the nominative, or a verb stands between them)."""
        # An award's name ("the holder of the Order of Parasat Name") holds an act's noun that names no act.
        gap = self.english_award_name.sub("", text[title.end:mention.start]) if lang == "en" else text[title.end:mention.start]
        if lang == "kk" and self.predicates["kk"].names_the_post(text, title):
            return False  # "ректоры лауазымына Жарлығымен Name тағайындалды": the post the act gives the name
        if self.act_noun[lang].search(gap):
            # "Ректором университета приказом министра назначен Name": a predicate's title in the instrumental before the
            # act's noun is the name's, the act's issuer the title after that noun; a relative's noun there is no act's.
            return not (lang == "ru" and not self.russian_kinship_noun.search(gap) and self._russian_predicate_title(text, title, mention))
        if not self.act_before_title[lang].search(text, max(0, title.start - 40), title.start):
            return False
        # A Russian name the normalizer kept as written, in any order (Сейтжанов Ерлан Болатович), with no
        # ending a genitive may have (Сыдыков, not Токаева) or with a known given name as written (Айгуль Омарова).
        nominative = sorted(name.display.split()) == sorted(mention.text.split()) and (not self.names.surname_of_either_gender.search(mention.text)
                                                        or bool(name.given and self.names.is_given_name(name.given)))
        # A verb between them leaves the title with the act ("Распоряжением акима города назначить Name").
        return "," in gap if lang == "en" else lang == "ru" and (nominative or _russian_verb_in(gap))

    def _act_issued_by(self, before: str) -> bool:
        """Whether a Russian institution named right after ``before`` issued an act whose noun ends it ("Постановлением
        Правительства вице-министром назначен", "Приказом министерства директором назначен"): the title after the
        institution names its own after it, not the issuer; nor one the act was agreed with ("По согласованию с
        министерством директором лицея назначен")."""
        noun = re.search(r"(\w+)\s*$", before)
        agreed = self.russian_agreement_opening.search(before[-30:] + " ")
        return noun is not None and self.act_noun["ru"].match(noun.group(1)) is not None \
            or agreed is not None and agreed.end() == len(before[-30:]) + 1

    def _in_an_opening_clause(self, text: str, start: int, title: TitleHit, mention: Mention) -> bool:
        """Whether an English title stands in an adverbial clause that opens the sentence and ends at a comma
        before the name ("While welcoming the Minister, Acting Rector Name thanked ..."): the title is whom the
        clause speaks of, none of the name's."""
        return "," in text[title.end:mention.start] and self.english_opening_clause.match(text, start, title.start) is not None

    def _news_verb_in(self, gap: str) -> bool:
        """Whether a verb of a news report stands between an English title and a name ("The minister met
        Name", "The rector congratulated Name"): the title is the verb's subject's. Lower case only; the
        words of "named after" belong to a name."""
        return any(word in self.news_verbs and word not in self.gap_words for word in _LOWER_CASE_WORD.findall(gap))

    def _kazakh_titles_joined_to_the_last(self, text: str, titles: list[TitleHit]) -> list[TitleHit]:
        """Of Kazakh titles before a name, the last and those joined to it by a comma or a dash, or
        standing right before it ("ректоры, профессор", "басқарма төрағасы – ректоры") with no clause
        between; a title with other words between it and the next is another person's ("Министр мектеп директоры Name-мен кездесті":
        the minister met the school's director). A past participle of being or serving between two titles makes
        the first the name's former post ("Петропавл қаласының әкімі болған депутат Name": the deputy who was the
        city's akim)."""
        ordered = sorted(titles, key=lambda title: title.start)
        joined = ordered[-1:]
        for title in reversed(ordered[:-1]):
            gap = text[title.end:joined[0].start]
            # "..., 47 ата-ана, 15 сынып жетекші, кеңестің төрағасы Name": a title after a count of its holders names a
            # group of people in a list, no post of the name's; nor is any title listed before it.
            if _KAZAKH_COUNT_BEFORE_A_TITLE.search(text, max(0, title.start - 12), title.start):
                break
            if self.former_predicate["kk"].fullmatch(gap.rstrip()):
                joined.insert(0, title)
                continue
            if self.kazakh_title_attribute.fullmatch(gap):
                joined.insert(0, title)
                continue
            # "Мектеп директоры болып бұған дейін ... басшысы қызметін атқарған Name тағайындалды", "Орталық жетекшісі
            # болып профессор Name тағайындалды": the post the name is appointed to, whatever stands between.
            # "кеңестің төрағасы, педагогика ғылымдарының докторы, профессор": a degree spelled out is no clause.
            # "Басқарма мүшесі – ғылыми жұмыс жөніндегі проректор": the next title's field after the dash is that title's, no clause.
            gap = self.kazakh_field_before_a_title.sub("", gap)
            if not self.predicates["kk"].names_the_post(text, title) and (
                    gap.strip() and not _JOINING_PUNCTUATION.search(gap)
                    or self._clause_before_a_chain(self.kazakh_spelled_degree.sub("", gap))):
                break
            joined.insert(0, title)
        return joined

    def _without_career_clauses_after_a_dash(self, between: str) -> str:
        """The words between a Kazakh name's dash and a title after it less the clauses of a description of the name, each
        closed by a past participle of serving and a comma ("Name – шетелде ұзақ жыл қызмет атқарған, ... министрі
        болған азамат"): items of the name's career, no clause of another subject."""
        dash = _DASH_AFTER_A_NAME.match(between)
        if dash is None or "," not in between:
            return between
        items = between[dash.end():].split(",")
        if not all(self.kazakh_former_predicate_at_the_end.search(item) for item in items[:-1]):
            return between
        # The last item holds the title's field or institution, maybe after a word that joins it to the others
        # ("сондай-ақ"); a pronoun there opens a clause of another subject's ("..., оны облыс әкімі марапаттады"), whose title
        # is none of the name's.
        if any(word.lower() in self.kazakh_pronouns for word in _WORD_PART.findall(items[-1])):
            return between
        return between[:dash.end()] + items[-1]

    def _clause_before_a_chain(self, gap: str) -> bool:
        """Whether more than two loose words stand between two Kazakh titles, less the next title's
        institution chain: a clause ("Мемлекет басшысы жоғары қызметті атқара отырып, ... Name": the
        first title is the sentence's subject's), not a list of one person's titles."""
        words = gap.split()
        institution = self.kazakh_chain.before(words)
        return self._loose_words(" ".join(words[:len(words) - len(institution)])) > 2

    def _object_before_a_subject(self, text: str, title: TitleHit, mention: Mention, name: PersonName, lang: str) -> bool:
        """A Kazakh title in an object's case (accusative, dative, ablative, instrumental) before a name
        in the nominative is what the person acts on ("Оқушыларды Name құттықтады": Name congratulated
        the pupils), not the person's title; with the name in a case too, the two are in apposition, but
        for the genitive: a name in it owns the noun after it ("елшіге Name-ның кітабын сыйлады", gave the
        ambassador Name's book)."""
        if lang != "kk" or not self.object_case.search(self.matcher(lang).tail(text, title.start, title.end)):
            return False
        last = mention.text.split()[-1]
        return name.display.split()[-1] == last or self.kazakh_genitive_ending.search(last) is not None

    def _russian_title_of_the_next_name(self, text: str, titles: list[TitleHit], claimed: set, mention: Mention,
                                        next_mention: Mention) -> list[TitleHit]:
        """"пресс-секретарю экс-президента Билла Клинтона Джо Локхарту": of two Russian titles in a row before
        two names in a row, the second in the genitive goes with the first name in the genitive (whose aide),
        and the first title with the second name, whose case it agrees with (the aide)."""
        chain = [t for t in titles if t not in claimed and not t.verb and t.end <= mention.start][-2:]
        # After the second title: its field in the genitive maybe ("министра финансов"); between the two: nothing,
        # or the second's modifiers or prefix ("бывшего", "экс-").
        if len(chain) < 2 or not _russian_genitive_chain(text[chain[1].end:mention.start]) or not all(
                word.endswith("-") or russian_morphology().parse(word)[0].tag.POS in ("ADJF", "PRTF")
                for word in text[chain[0].end:chain[1].start].split()):
            return []
        if "gent" not in _russian_title_cases(chain[1]) or "gent" not in _russian_name_cases(mention) \
                or not _russian_title_cases(chain[0]) & _russian_name_cases(next_mention):
            return []
        return [chain[0]]

    def _names_whose(self, text: str, title: TitleHit, mention: Mention, name: PersonName) -> bool:
        """Whether a Russian title in the nominative stands before a surname in an oblique case, so that the
        name is whose the title is, not its holder ("Представитель Григорьевой отказался"): apposition
        takes the title's case. So too a predicate's title in the instrumental, after a verb in the past ("был",
        "работал"), right before a name that reads in the genitive and in no word in the instrumental ("был
        заместителем Кадесова": its holder is the verb's subject; "заместителем Кадесовым" would be in apposition)."""
        written, display = mention.text.split(), name.display.split()
        # A man's given name in the genitive declines the name too ("руководитель Айдара Жумабекова": Aidar's boss),
        # whose -ова surname reads as a woman's in the nominative.
        bare = {word.strip(".,;:") for word in written}
        declined = (any(self.names.surname_in_a_case.search(word) for word in written)
                    or any(self.names.is_given_name(word) and word not in bare
                           and (word + "а" in bare or word[-1:] in "йь" and word[:-1] + "я" in bare) for word in display)) \
            and sorted(display) != sorted(written)
        if declined and _nominative_title(title):
            return True
        verb = _LAST_RUSSIAN_WORD.search(text, max(0, title.start - _WORD_BEFORE_CHARS), title.start)
        return _russian_title_cases(title) == {"ablt"} and not text[title.end:mention.start].strip() \
            and verb is not None and any({"VERB", "past"} <= parse.tag.grammemes for parse in russian_morphology().parse(verb.group(1).lower())[:1]) \
            and "gent" in _russian_name_cases(mention) and not any("ablt" in _russian_noun_cases(word) for word in mention.text.split())

    def _subject_after_an_opening_phrase(self, text: str, sentence_start: int, person_start: int, title: "TitleHit",
                                         sentence_end: int) -> bool:
        """Whether an English title after a name's comma is the subject of the sentence's verb right after it, the name
        standing in a phrase that opens the sentence ("Escorted by the district akim Name, the Minister toured ...",
        "Together with Name, the Minister visited ..."): the title is another's, no apposition of the
        name ("Name, the akim of the region visited ...", its comma left out, is the name's)."""
        return self.english_phrase_before_the_subject.fullmatch(text, sentence_start, person_start) is not None \
            and self.english_subject_verb.match(text, title.end, sentence_end) is not None

    def _english_verb_before_its_object(self, gap: str) -> bool:
        """Whether a gap after "Name," holds a lower-case word before an article or a possessive that is neither a gap's
        word, an adverb, "as" nor a verb that gives a title: a verb whose object follows ("Name, briefed the President",
        "Name, thanked her teacher"), where an apposition has none ("Name, the rector", "Name, as the rector", "Name,
        formerly the rector", "Name, head of the department")."""
        return any(match.group("word").lower() not in self.english_apposition_words_before_a_determiner
                   for match in self.english_word_before_a_determiner.finditer(self.english_adverbs.sub("", gap)))

    def _kazakh_genitive_title_owns_the_word_after(self, text: str, title: TitleHit, titles: list[TitleHit]) -> bool:
        """Whether a Kazakh title in the genitive owns the one lower-case word after it, which a comma closes
        ("Министрдің айтуынша, Name": according to the minister; "аудан әкімінің сайлауын, ал Name": the election of
        the district's akim); no title's word of its own, which would make the two one longer title."""
        written = text[title.start:title.end].split()
        owned = _KAZAKH_WORD_A_GENITIVE_TITLE_OWNS.match(text, title.end)
        return bool(written) and owned is not None and self.kazakh_genitive_ending.search(written[-1]) is not None \
            and not any(other.start <= owned.start("word") < other.end for other in titles)

    def _loose_words(self, gap: str) -> int:
        """Lower-case words in a gap that are not articles, prepositions or degrees: a clause, not a title's tail."""
        words = re.findall(r"[^\W\d_][\w.-]*(?:['’]s\b)?", gap)  # "master's" is one word, not two
        return sum(1 for word in words
                   if word[:1].islower() and word.lower() not in self.gap_words and word.lower() not in self.taxonomy.degree_forms)

    def _plural_kazakh_form(self, title: TitleHit, lang: str) -> bool:
        """A Kazakh title in a plural form (депутаттары) heads a list only right before the names. After
        "Name," it names another group ("..., Мәслихат депутаттары және ..."), and with a word between it
        and a name it qualifies that word ("педагогтер кеңесінде Name": the teachers' council)."""
        words = title.written.split()
        return lang == "kk" and bool(words) and bool(self.plural["kk"].search(words[-1]))

    def _possessor_after_a_plural_title(self, title: TitleHit, mention: Mention, lang: str) -> bool:
        """Whether a name in the genitive follows a Kazakh title in the plural: whose thing the group acts on
        ("оқушылар Абайдың өлеңдерін оқыды": the pupils read Abai's poems), not a list of the group's members."""
        return self._plural_kazakh_form(title, lang) and bool(self.kazakh_chain.genitive.search(mention.text))

    def _plural_title_cut_off(self, text: str, title: TitleHit, name_start: int, lang: str, titles: list[TitleHit]) -> bool:
        """Whether a clause stands between a plural title and the name after it, so that the title
        names another group: in Kazakh any loose word does; in English one that is not in the group's
        institution after "of" ("methodologists of nursery No. 42 Name", "Representatives of the
        Center, head Name" keep their title; "congratulated teachers on the holiday, said Name" does not),
        and so does a comma right after the title ("Speaking to reporters, Name said": whom one speaks to);
        a copula does not ("The new rectors are Name and Name"), unless the title is someone's ("Among her pupils
        were Name": a teacher's pupils, no post); in Russian a verb does ("аналитики полагают, что у Name"), a participle's
        clause after a comma ("вручил сенаторам сборник трудов кафедры, основанной Name"), and "с" right after the title
        ("встреча учащихся с ветераном педагогического труда Name": whom the group meets)."""
        gap = text[title.end:name_start]
        if self._plural_kazakh_form(title, lang):
            # The word that makes it the names' post is no clause ("кафедра меңгерушілері болып Name, Name бекітілді").
            return bool(self._loose_words(gap)) and not self.predicates["kk"].post_word.fullmatch(gap.rstrip())
        if lang == "ru":
            # The title's own genitive words may stand before the verb that appoints the list ("Председателями комиссий
            # избраны Name, Name"): only another verb makes a clause.
            other_words = " ".join(word for word in _lower_case_words(gap) if word not in self.plural_appointment_verbs)
            # A comma and another title after the title's own words open the list's next item ("депутаты Парламента,
            # вице-президент академии Name"): those present, not the name's group; a list's opening is none ("писатели,
            # среди которых — Name").
            next_item = _COMMA_BEFORE_A_LOWER_CASE_WORD.match(gap)
            return self._is_plural(title, lang) and (_russian_verb_in(other_words) or "," in gap and _russian_participle_in(gap)
                                                      or _WITH_RIGHT_AFTER.match(gap) is not None) \
                or self._russian_plural_title(title) and next_item is not None \
                and any(other.start == title.end + next_item.end() - 1 for other in titles)
        if lang != "en" or not self._is_plural(title, lang) or self.english_institution_opening.match(gap) \
                or self.english_group_institution_opening.match(gap) \
                or self.english_titles_area.fullmatch(gap):  # "Deputy directors for academic affairs Name and Name"
            return False
        if self.english_plural_copula.fullmatch(gap) or self.english_participle_then_plural_copula.fullmatch(gap):
            return self.english_possessive_before.search(text, max(0, title.start - 30), title.start) is not None
        if gap.strip() == "," and self._one_of_the_group(text, title):
            return False  # "One of the new akims, Name, ...": the one name singled out holds it
        return bool(self._loose_words(gap)) or gap.lstrip().startswith(",")

    def _one_of_the_group(self, text: str, title: TitleHit) -> bool:
        """Whether an English partitive stands before a plural title, only an article and adjectives between ("One of the
        new akims", "The youngest of the akims"): the name set off by commas after it is one of the group, its title's."""
        return self.english_one_of_a_group.search(text, max(0, title.start - 40), title.start) is not None

    def _plural_title_before_a_lone_name(self, text: str, title: TitleHit, mention: Mention, following: int, lang: str) -> bool:
        """Whether an English title in the plural ends a phrase right before a comma and one name that no other name
        follows in a list ("after the reports of akims of a number of regions, Name noted"), or is the object of "with"
        before one such name, the comma left out ("At the meeting with the activists of the region Name thanked"): a
        group's title goes with its names, so the one name is the subject of the clause after, no member of the group."""
        if lang != "en" or not self._is_plural(title, lang) or not (
                _COMMA_ONLY_AT_THE_END.search(text, title.end, mention.start)
                or _WITH_AND_ARTICLE_AT_THE_END.search(text, max(0, title.start - 20), title.start)):
            return False
        # "One of the akims, Name, said": a partitive before the title singles the one name out of the group, set off by commas.
        if self._one_of_the_group(text, title) and _COMMA_AFTER.match(text, mention.end):
            return False
        # "with the rectors Name and others": one of the group all the same
        return not self.list_joiner.match(text[mention.end:following]) and not _AND_OTHERS.match(text, mention.end)

    def _oblique_plural_title_before_a_subject(self, text: str, title: TitleHit, mention: Mention, name: PersonName | None,
                                              following: int) -> bool:
        """Whether a Russian plural title in the dative, the instrumental or the prepositional case ("обратился к педагогам",
        "на встрече с учителями") stands right before one name written in the nominative that no other name follows in a
        list: the name is the clause's subject, the title the group it tells of; in apposition the name would take the
        title's case ("вручил награды педагогам Алие Сериковой и ...")."""
        return name is not None and self._is_plural(title, "ru") and _in_an_oblique_plural_case(title.written.split()[-1]) \
            and text[title.end:mention.start].isspace() and _written_as_named(mention, name) \
            and not self.list_joiner.match(text[mention.end:following])

    def _agent_title_before_a_post_given(self, text: str, title: TitleHit, titles: list[TitleHit], mention: Mention) -> bool:
        """Whether a Russian title in the genitive only stands before a passive verb of appointment and the post it gives in
        the instrumental, then the name ("По итогам голосования депутатов маслихата акимом избран Name", "по предложению
        депутатов ... избраны акимами: X района — Name"): the genitive names who chose, the name's post being the
        instrumental one."""
        given = [other for other in titles if title.end <= other.start and other.end <= mention.start
                 and {parse.tag.case for parse in russian_morphology().parse(other.written.split()[0].lower())
                      if parse.tag.POS == "NOUN"} == {"ablt"}]
        if not given:
            return False
        cases = {parse.tag.case for parse in russian_morphology().parse(title.written.split()[0].lower()) if parse.tag.POS == "NOUN"}
        if "gent" not in cases or cases - {"gent", "accs"}:
            return False
        return any(word in self.plural_appointment_verbs or word in self.appointing_passives
                   for word in _lower_case_words(text[title.end:mention.start]))

    @staticmethod
    def _holder_of_the_office_after(text: str, hit_end: int, names_at: set[int], mentions: list[Mention], lang: str,
                                    attached: str) -> bool:
        """Whether the name right after a title an institution is attached to holds it: in Russian only one in the title's
        prepositional ("при ректоре Name-е"; "Комиссии при Президенте Name" is the body's, the name another's), in English
        one after a title with no article ("under Professor Name": a supervisor; "the Commission under the President of
        Kazakhstan Name": the office's, the name a member's)."""
        after = _WHITESPACE.match(text, hit_end).end()
        if after not in names_at:
            return False
        if lang == "ru":
            return any(mention.start == after and mention.label == "PERSON" and "loct" in _russian_name_cases(mention)
                       for mention in mentions)
        return not attached.rstrip().lower().endswith(" the")

    def _kazakh_plural_compound_after(self, text: str, hit_end: int) -> bool:
        """Whether a Kazakh title word is the first part of a hyphenated compound whose last part is in the plural
        ("магистрант-студенттер", "мұғалім-тәрбиешілер"): the compound names a group by its last word, so the first
        part is no title of its own (its last part, a plural title, is read as the group's)."""
        compound = _HYPHENATED_WORD_AFTER.match(text, hit_end)
        return compound is not None and bool(self.plural["kk"].search(compound.group(1)))

    def _kazakh_plural_title_before_a_name_in_a_case(self, text: str, title: TitleHit, mention: Mention,
                                                     name: PersonName | None, following: int) -> bool:
        """Whether a Kazakh title in the plural stands right before one name that takes a case ending and that no other
        name follows in a list ("оқушылар Name-мен кездесті", "мұғалімдер Name-ға алғыс айтты"): the group is the
        clause's subject, the name its object. A title over one name in apposition leaves the case to the name, but a
        plural one needs a list of names to be theirs."""
        if name is None or not self._is_plural(title, "kk") or not text[title.end:mention.start].isspace() \
                or self.list_joiner.match(text[mention.end:following]):
            return False
        last = _LEADING_INITIALS.sub("", mention.text.split()[-1]) if mention.text.split() else ""
        return bool(last) and last.lower() not in name.display.lower().split() and self.names.in_a_kazakh_case(last)

    def _is_plural(self, title: TitleHit, lang: str) -> bool:
        words = title.written.split()
        # An English title of the form "X of Y" is in the plural by its head word ("Deputies of the city maslikhat").
        last_word = words[0] if lang == "en" and len(words) > 2 and words[1].lower() == "of" else words[-1] if words else ""
        return not title.verb and last_word.lower() not in self.title_last_words[lang] and bool(self.plural[lang].search(last_word)) \
            and not (lang == "ru" and _russian_singular_only(last_word))

    def _kazakh_singular_uncounted(self, title: TitleHit) -> bool:
        """Whether a Kazakh title names one holder: no plural ending in its last word ("басшысы", not "басшылары") and no
        count of holders before it ("үш орынбасары"); a verb's post is no such title."""
        words = title.written.lower().split()
        return not title.verb and bool(words) and not self.plural["kk"].search(words[-1]) \
            and not any(word.isdigit() or word in self.title_counts["kk"] for word in words)

    def _russian_plural_title(self, title: TitleHit) -> bool:
        """Whether a Russian title is in the plural by its last word ("учителя") or by its head noun before its
        genitive complement ("депутаты Парламента"), a plural's only."""
        return self._is_plural(title, "ru") or not title.verb and _russian_plural_only(title.written.split()[0])

    def _legal_entity_closing_a_unit(self, name: str, lang: str) -> Institution | None:
        """The legal entity a unit's name ends with, its legal form and quoted name ("отдел кадров ТОО «АгроТехСервис»"),
        or the institution it ends with by a capitalized noun of its kind in the genitive ("юридический факультет
        Университета Цинхуа", a foreign one the registry lacks): the unit's institution, not the page's own."""
        if lang != "ru":
            return None
        entity = _LEGAL_FORM_AND_QUOTED_NAME.search(name)
        if entity is not None and entity.start() > 0:
            return self.registry.resolve(entity.group(), lang)
        words = name.split()
        opening = next((index for index in range(1, len(words)) if words[index][:1].isupper()
                        and self.references["ru"].kind_of(words[index]) in (*REFERRED_KINDS["university"], "institute")
                        and "gent" in russian_morphology().parse(words[index].lower())[0].tag), None)
        return self.registry.resolve(" ".join(words[opening:]), lang) if opening is not None else None

    def _over_institutions_in_the_plural(self, text: str, title: TitleHit) -> bool:
        """Whether a Russian title is over institutions in the plural ("Name, директора школ, педагоги и ветераны"):
        a group's that a list of those present goes on with, no apposition of the name before it."""
        following = _NEXT_RUSSIAN_WORD.match(text, title.end)
        if following is None or self.references["ru"].kind_of(following.group(1)) is None:
            return False
        parse = russian_morphology().parse(following.group(1).lower())[0]
        return parse.tag.number == "plur" and parse.tag.case == "gent"

    def _appositive_titles(self, text, sentence_start, person_start, person_end, next_person_start, sentence_end, titles,
                           lang, next_replaced: bool = False) -> list[TitleHit]:
        """Titles after "Name," (or "Name -", or a predicate: "Name был назначен министром", "Name was
        appointed rector", "Name ... ректоры болып тағайындалды", "appointed Name as rector") up to an "and"
        or a title that leads straight into the next person; ``next_replaced``: the next is the one the name replaces
        ("Name was appointed akim instead of Name"), whom no title leads into."""
        chain: list[TitleHit] = []
        # A plural subject that stands for each name of a list ("All of them are members of ...") holds a plural title.
        plural_subject = lang == "en" and (match := self.english_plural_subject.match(text, person_start)) is not None \
            and match.span("pronoun") == (person_start, person_end)
        # A Kazakh word of address after the name is no gap before its apposition ("Name мырза, облыс әкімі").
        cursor = (self.names.kazakh_address_end(text, person_end) or person_end) if lang == "kk" else person_end
        for title in (t for t in titles if t.start >= cursor and t.end <= sentence_end and not t.subject_after):
            if lang == "kk" and not chain and self.kazakh_chain.genitive.search(text[title.start:title.end]) \
                    and not self._acting_after(text, title, sentence_end):
                # Whose title the next one is ("Name Мемлекет басшысының кеңесшісі болып"), not the name's, unless
                # the name acts in it ("Name облыс әкімінің міндетін атқарушы болып тағайындалды").
                continue
            between = text[cursor:title.start]
            if not chain:  # "Name (1926–2016) — драматург": what the brackets after the name hold is an aside
                between = _ASIDE_AFTER_NAME.sub("", between, count=1)
            if lang == "en" and not chain:  # "Professor Name of the University of Tokyo, a spokesperson for ...": so is the holder's institution
                between = _HOLDERS_INSTITUTION_BEFORE_A_COMMA.sub("", between, count=1)
            if lang == "en" and chain:  # "Name – scientist, founder and the first Director of X": the founder's noun, the holders' ordinal
                between = _FOUNDER_AND_AN_ORDINAL.sub(", ", between, count=1)
            if lang == "kk":  # "Name, химия ғылымдарының докторы, профессор": a degree spelled out is no gap's words
                between = self.kazakh_spelled_degree.sub("", between)
            if lang == "kk" and not chain:
                between = self._without_career_clauses_after_a_dash(between)
            # "Name — один из самых известных продюсеров": one of a group is the person's title.
            one_of = self.one_of_a_group.search(between) if lang == "ru" and not chain else None
            # "Name в соответствии с постановлением ... был назначен ...": an act the predicate complies with stands aside.
            complied = _without_a_russian_act_complied_with(between) if lang == "ru" and not chain else between
            predicate = not chain and lang in self.predicates and (self.predicates[lang].gives(
                complied, title, text[title.end:min(sentence_end, title.end + 60)])
                or lang == "en" and self.predicates[lang].gives_the_object(text[max(0, person_start - _OBJECT_VERB_CHARS):person_start], between, title))
            # "Name, председатель правления банка, будет назначен министром": the name's predicate after its apposition;
            # "Name окончил университет и работал учителем", "Name работал учителем, а затем был назначен
            # директором": a predicate of the name's after another, joined to it; "Name, who headed the department,
            # has been appointed minister": after an English apposition or relative clause.
            predicate = predicate or lang == "ru" and self.predicates[lang].gives_after_another(
                between, title, text[title.end:min(sentence_end, title.end + 60)]) \
                or lang == "ru" and bool(chain) and self.predicates[lang].continues(
                    between, title, chain[-1], text[max(0, chain[0].start - _POST_NOUN_CHARS):chain[0].start]) \
                or lang == "en" and bool(chain) and (clause := _last_english_clause_opening(between)) is not None \
                and self.predicates[lang].gives(between[clause:], title, text[title.end:min(sentence_end, title.end + 60)]) \
                or lang == "en" and bool(chain) and self.predicates[lang].gives_again(between, title) \
                or lang == "en" and len(chain) == 1 and text.startswith(",", person_end) \
                and self.predicates[lang].gives_the_object_after_an_apposition(
                    text[max(0, person_start - _OBJECT_VERB_CHARS):person_start], between, title) \
                or bool(chain) and lang in self.present_post_opening and self.present_post_opening[lang].search(between) is not None
            # "Name №1 гимназияны басқарды, одан бұрын ... сабақ берген": a Kazakh predicate joined to the name's one before.
            predicate = predicate or lang == "kk" and bool(chain) and self.predicates[lang].ends_a_predicate(text, chain[-1]) \
                and self.predicates[lang].gives_after_another(between, title, text[title.end:min(sentence_end, title.end + 60)])
            # "Name ... кіші ғылыми қызметкер, зертхана меңгерушісі болды": a list of a career's posts, the predicate after its last.
            predicate = predicate or lang == "kk" and not chain and text.startswith(",", title.end) \
                and not _CLAUSE_PUNCTUATION.search(_NUMBER_SPAN_DASH.sub("", between)) \
                and self.kazakh_career_line_end.search(text, title.end, sentence_end) is not None
            # "Name с 1991 года президент Узбекистана": a dated adverbial and a title in the nominative, the copula left out.
            # (Not the subject of a predicate after it: "Name в 2010 году министр назначил ...")
            predicate = predicate or lang == "ru" and not chain and _dated_adverbial(between) and _nominative_title(title) \
                and not _russian_verb_after(text, title.end, sentence_end)
            # A caption's English title in capitals right after the name is its apposition ("Name Director of the school").
            caption = lang == "en" and not chain and between.isspace() and title.written[:1].isupper()
            # "Name Президенттің көмекшісі": a Kazakh title of whom right after a name, which no genitive can own, is the name's.
            caption = caption or lang == "kk" and not chain and self._kazakh_title_of_whom_from(text, cursor, title)
            if not chain and not predicate and not caption and not _APPOSITION_OPENING.match(between[:one_of.start()] if one_of else between):
                break
            if lang == "ru" and not chain and not predicate and self._over_institutions_in_the_plural(text, title):
                break
            # What follows a verb's object is a clause of its own ("возглавляет компанию, директор которой"), unless
            # the name's predicate goes on ("руководил управлением, а до этого работал директором школы").
            if lang == "ru" and chain and chain[-1].verb and not predicate:
                break
            if lang == "en" and not chain and _english_title_of_the_next_apposition(
                    text, between, title, next_person_start, self.english_rank_before_a_name):
                break
            # "According to Name, the main task of a teacher is ...": a title after "of a" is the complement of another noun,
            # a kind of person in general, no apposition of the name.
            if lang == "en" and not chain and not predicate and _OF_AN_INDEFINITE_ARTICLE_AT_THE_END.search(between):
                break
            # "The Mayor, Name, briefed the President on ...", "Name, thanked the rector": a verb after the name's comma
            # whose object the title is, no apposition of the name.
            if lang == "en" and not chain and not predicate and self._english_verb_before_its_object(between):
                break
            if lang == "en" and not chain and not predicate and self._subject_after_an_opening_phrase(
                    text, sentence_start, person_start, title, sentence_end):
                break
            if not chain and self._title_of_the_next_listed_name(
                    text, person_start, between, title, next_person_start, sentence_end, titles, lang):
                break
            if lang == "en" and not chain and self._english_posts_listed_without_holders(
                    text, person_start, between, title, min(next_person_start, sentence_end), titles):
                break
            # "Name, the daughter of the rector", "Name, appointed by a decree of the President": the relative's
            # or the act's title, not the name's; so is the awarder's right after an award's noun ("Name, отмечена
            # грамотой акима района").
            # Not an act's adverbial the name's predicate follows, whose own words hold no title ("Name согласно
            # постановлению правительства был назначен председателем"): the post the predicate gives is the name's.
            if (self.act_noun[lang].search(between) or lang == "ru" and self.act_before_title["ru"].search(between)) \
                    and not (lang == "ru" and predicate and not chain and complied != between
                             and not self.act_noun["ru"].search(complied)):
                break
            # The clause's subject's title; the name's predicate may follow the clause.
            if lang == "ru" and not chain and self.predicates["ru"].in_a_clause_of_its_own(between):
                continue
            # A verb's or a participle's object ("Name, пожелавший новому акиму успехов"): a title in neither the
            # nominative of an apposition nor the instrumental of a post a verb gives; a deputy's abbreviation, the same
            # in every case, after a verb that gives no post is its object too ("Name, которая поблагодарила замакима").
            if lang == "ru" and not chain and not predicate and _russian_verb_or_participle_in(between) \
                    and (_russian_object_case_only(first_word := title.written.split()[0])
                         or self.predicates["ru"].indeclinable_deputy(first_word)):
                break
            modifiers = lang == "ru" and not chain and _russian_modifiers_only(between[one_of.end():] if one_of else between)
            # "Name, на встрече с учителями министр отметил, что ...": a title in the nominative after words that are none of
            # its modifiers, its verb after it before any comma, is the subject of a clause of its own (after a name
            # addressed, as an interview's question opens), no apposition of the name; an apposition's comma closes it
            # before the name's verb ("Name, в то время министр, подписал").
            if lang == "ru" and not chain and not predicate and not one_of and not modifiers and between.strip(" ,") \
                    and _nominative_title(title) and _russian_verb_after(text, title.end, _clause_end(text, title.end, sentence_end)):
                break
            # A Kazakh institution's genitive chain before the title is its own, no loose words ("Name –
            # облыстық білім басқармасының басшысы").
            gap_words = between.split()
            if lang == "kk":  # "Name – дене шынықтыру пәнінің мұғалімі": a school subject's words are no clause's
                gap_words = gap_words[:len(gap_words) - self.kazakh_chain.subject_size(gap_words)]
            loose = self._loose_words(" ".join(gap_words[:-len(institution)]) if lang == "kk" and (
                institution := self.kazakh_chain.before(gap_words)) else " ".join(gap_words))
            # "Name – руководитель отдела образования Мендыкаринского района, заместитель председателя": the words in the
            # genitive before the comma, or the semicolon of a biography's dated items, complete the title before them.
            item_end = max(between.rfind(","), between.rfind(";"))
            if lang == "ru" and chain and item_end >= 0 and _russian_complement_in_the_genitive(between[:item_end]):
                loose = self._loose_words(between[item_end:])
            # So do a field in the genitive and "в" an institution named with capitals ("Name, профессор химии в Школе
            # инженерии КБТУ, руководитель лаборатории"): the title's place of work, no clause.
            institution_in = lang == "ru" and chain and item_end >= 0 and not _russian_complement_in_the_genitive(between[:item_end]) \
                and _russian_field_then_an_institution_in(between[:item_end])
            if institution_in:  # its name's "и" ("Школе естественных и социальных наук") joins no other person
                loose = self._loose_words(between[item_end:])
            # "Name – проректор по научной работе (ранее – декан факультета)": a bracket opens the name's other post, the
            # words before it the title's before it.
            # So does an English one ("Name – chief justice of X (relieved of his previous post as chief justice of Y); Name"),
            # whose words may be the predicate that gives the title after them.
            opened_aside = between[between.rindex("("):] if lang in ("ru", "en") and chain and "(" in between \
                and ")" not in between[between.rindex("("):] else None
            if opened_aside is not None:
                loose = self._loose_words(opened_aside)
                if lang == "en" and loose and self.predicates["en"].gives(
                        " " + opened_aside[1:].lstrip(), title, text[title.end:min(sentence_end, title.end + 60)]):
                    loose = 0
            # "Name, rector of X, said the minister ...": after an English apposition's comma a clause's word starts
            # another's words.
            clause_after = lang == "en" and bool(chain) and not predicate and "," in between \
                and self._loose_words(self.english_adverbs.sub("", between[between.rindex(","):])) > 0
            # "представителем при президенте": the official served, not a second post.
            if lang == "ru" and chain and self.served_official_before.search(between):
                break
            # "Name has been named Provost and Vice President": a bare "and" joins a second title of the same person, and so
            # does one after the first title's institution ("Name, a student of Marmara University and chairman of ...").
            joined = lang == "en" and bool(chain) and (_AND_ALONE.fullmatch(between) or _INSTITUTION_THEN_AND.fullmatch(between)) is not None \
                or lang == "ru" and bool(chain) and (_RUSSIAN_INSTITUTION_THEN_AND.fullmatch(between) or _RUSSIAN_AND_ALONE.fullmatch(between)) is not None
            # "Name, Vice-Rector for Science and Innovation, Professor of ...": the "and" inside the first title's field,
            # before the comma that opens the next title of the same name, joins no one else.
            joined = joined or lang == "en" and bool(chain) and _ENGLISH_FIELD_WITH_AND_THEN_A_COMMA.fullmatch(between) is not None
            if len(between) > MAX_TITLE_DISTANCE or (chain and self.and_between.search(
                    opened_aside or (between[item_end:] if institution_in else between)) and not predicate and not joined) \
                    or clause_after \
                    or (loose > 2 and not predicate and not modifiers and not caption):
                break
            # A Russian title whose head noun is a plural's only, before its genitive complement ("Name, депутаты
            # Парламента, ..."), is the next item of a list of those present, no apposition of one name.
            # An English plural title a predicate in the plural gives a list's last name ("Name and Name were elected vice
            # presidents") is the list's: each listed name's (``_plural_predicates_title_over_a_list``).
            plural_predicate = lang == "en" and predicate and not chain \
                and self.english_plural_predicate.match(text, person_end) is not None
            if (self._russian_plural_title(title) if lang == "ru" else self._is_plural(title, lang)) and not one_of and not plural_subject \
                    and not plural_predicate or self._plural_kazakh_form(title, lang):
                break
            # A comma, a semicolon or a closing bracket ends the list's item ("Name, Professor of the Department;
            # Name, ...", "Name (Director of the Institute) and Name"); without one the title leads into the next person.
            # So does an opening bracket before the next person's own title ("Name, ученик 9 класса (учитель – Name)").
            if title.start >= next_person_start or not _LIST_ITEM_END.search(text, title.end, next_person_start) and not next_replaced \
                    and next_person_start < sentence_end and not self._bracketed_title_between(text, title.end, next_person_start, titles) \
                    and not self._item_closed_by_and(text, title, next_person_start, titles) \
                    and not (lang == "en" and self._news_verb_in(text[title.end:next_person_start])):
                # (Unless a verb of the report stands between: "Name, rector of the university awarded Name2 a diploma",
                # "Name - governor of X region met Name2": the next name is the verb's object, the title the name's.)
                break
            # A Kazakh title, then only a comma and a degree spelled out before the next name ("Name, институт директорының
            # орынбасары, тарих ғылымдарының кандидаты Name"): the next name's, whose degree follows it, as its title would.
            if lang == "kk" and next_person_start < sentence_end \
                    and _COMMAS_ONLY.fullmatch(self.kazakh_spelled_degree.sub("", text[title.end:next_person_start])):
                break
            # So does a comma and one lower-case noun of the next name's occupation ("Name, осы университеттің доценті,
            # тарихшы Name"): a Kazakh list writes each item's words before its name.
            if lang == "kk" and next_person_start < sentence_end \
                    and self._kazakh_occupation_before_a_name(text[title.end:next_person_start]) \
                    and not any(title.end <= other.start and other.end <= next_person_start and other.code != "other" for other in titles):
                break
            # "Name, академиясының президенті, академик Name": a degree after the comma opens the next person's
            # words, whose title the one before the comma is.
            # So does a Russian degree spelled out ("член группы Name, член экспертной группы, кандидат исторических наук Name").
            if lang in ("kk", "ru") and next_person_start < sentence_end \
                    and self._degree_before_a_name(text, title.end, next_person_start, titles, lang):
                break
            chain.append(title)
            cursor = title.end
        return chain

    def _title_of_the_next_listed_name(self, text: str, person_start: int, between: str, title: TitleHit,
                                       next_person_start: int, sentence_end: int, titles: list[TitleHit], lang: str) -> bool:
        """Whether a title after "Title Name," opens the next item of a list of names each after its titles ("the
        Minister of Education Name1, the President of KAFU, Academician of the Academy Name2"; "депутат маслихата и
        директор ТОО «А» Name1, глава ТОО «Б» и председатель совета, депутат маслихата Name2"): the name's own title
        stands before it, and only titles, their complements, commas and, in Russian, an "и" that joins two titles lead
        from this one to the next name, whose own title stands right before it."""
        own = [t for t in titles if t.end <= person_start]
        # A Kazakh list may write each item's titles before a dash and its holder ("..., Name1, композитор, профессор –
        # Name2, доцент, кеңесінің төрайымы – Name3"): titles after a name's comma that run up to a dash right before the
        # next name are that name's, whatever the name before holds.
        if lang == "kk" and next_person_start < sentence_end and self._kazakh_titles_joint(between, _COMMA_BEFORE_AN_APPOSITION) \
                and self._kazakh_titles_up_to_the_next_name(text, title, next_person_start, titles, dash=True):
            return True
        # The name may close a list its plural title stands before ("депутаты Мажилиса Name, Name и Name2, заместитель
        # председателя ... Name3"): the names before it and their commas lead from the title to it.
        opening = self._kazakh_titles_joint(between, _COMMA_BEFORE_AN_APPOSITION) if lang == "kk" \
            else _COMMA_BEFORE_AN_APPOSITION.fullmatch(between)
        if not own or next_person_start >= sentence_end or not opening \
                or _PUNCTUATION.search(text, own[-1].end, person_start) \
                and not (lang == "ru" and self._russian_plural_title(own[-1]) and _RUSSIAN_NAMES_LISTED.fullmatch(text, own[-1].end, person_start)):
            return False
        to_the_next = text[title.end:next_person_start]
        if lang == "en":
            return self._loose_words(to_the_next) == 0 and not self.and_between.search(to_the_next)
        if lang == "kk":
            return self._kazakh_titles_up_to_the_next_name(text, title, next_person_start, titles)
        # Russian titles are written in lower case: the words between them must be their complements, not a clause's.
        others = [(t.start, t.end) for t in titles if title.end <= t.start and t.end <= next_person_start]
        if not others:
            return False
        *joints, last = _gaps_between(text, title.end, next_person_start, others)
        # A retired holder's words after the last title ("полковник в отставке Name2") still lead into the name; so does a
        # degree spelled out ("член экспертной группы, кандидат политических наук Name2").
        last = self.russian_spelled_degree.sub("", self.russian_retired_words.sub("", last))
        return not _PUNCTUATION.search(last) and " и " not in f" {last} " and _russian_title_complement(last) \
            and all(_russian_title_complement(re.sub(r"(?:,|\s+и)\s*$", "", joint)) for joint in joints)

    def _kazakh_occupation_before_a_name(self, gap: str) -> bool:
        """Whether the gap from a Kazakh title to the next name is a comma and one lower-case word that names an
        occupation ("тарихшы", "филолог"): no verb's form, no conjunction, pronoun or adverb that ends a chain."""
        match = _KAZAKH_OCCUPATION_GAP.fullmatch(gap)
        word = match.group("word") if match else ""
        # A possessive's ending after a vowel ("жетекшісі", its supervisor) is a post of someone's, no occupation.
        return bool(word) and not _KAZAKH_VERB_FORM.search(word) and word not in self._kazakh_chain_stop_words \
            and not word.endswith(("сы", "сі"))

    def _kazakh_titles_up_to_the_next_name(self, text: str, title: TitleHit, next_person_start: int, titles: list[TitleHit],
                                           dash: bool = False) -> bool:
        """Whether only Kazakh titles lead from ``title`` to the next name, the last right before it, each after a comma or
        a chain's dash and its institution's genitive chain ("..., Ассамблея мүшесі, «Жаңа толқын» жобасының жетекшісі,
        ардагерлер кеңесінің төрағасы Name2"): a Kazakh title stands before its name, so these are the next name's.
        With ``dash``, the last title and the name stand apart by a dash alone ("..., композитор, профессор – Name2"),
        which may follow ``title`` itself."""
        others = [(t.start, t.end) for t in titles if title.end <= t.start and t.end <= next_person_start]
        if dash and not others:
            return _DASH_ALONE.fullmatch(text, title.end, next_person_start) is not None
        if not others:
            return False
        *joints, last = _gaps_between(text, title.end, next_person_start, others)
        return (_DASH_ALONE.fullmatch(last) is not None if dash else not last.strip()) \
            and all(self._kazakh_titles_joint(joint, _KAZAKH_TITLES_JOINT) for joint in joints)

    def _kazakh_titles_joint(self, gap: str, separator: re.Pattern) -> bool:
        """Whether a gap before a Kazakh title is a ``separator`` and the title's institution's genitive chain, if any,
        or a few words that qualify the title and hold no verb ("..., белгілі қоғам қайраткері", "..., ұлттық кеңес
        мүшесі", "..., Президенті жанындағы Ұлттық Құрылтай мүшесі"): a Kazakh title's words stand before it."""
        opening = separator.match(gap)
        words = gap[opening.end():].split() if opening else []
        return opening is not None and (len(self.kazakh_chain.before(words)) == len(words) or self._kazakh_title_modifiers(words))

    @staticmethod
    def _kazakh_title_modifiers(words: list[str]) -> bool:
        """Whether words before a Kazakh title are its modifiers alone: few, no punctuation inside, none of them a verb's
        form (a finite verb, a converb or a participle: "ашты", "келіп", "болған"), which would open a clause."""
        return 0 < len(words) <= _KAZAKH_TITLE_MODIFIERS_MAX and not any(
            _INSIDE_PUNCTUATION.search(word) or _KAZAKH_VERB_FORM.search(word.strip("«»\"“”")) for word in words)

    def _english_posts_listed_without_holders(self, text: str, person_start: int, between: str, title: TitleHit, limit: int,
                                              titles: list[TitleHit]) -> bool:
        """Whether a title after "Title Name," opens a list of posts whose holders go unnamed, another title after it
        and "and others" closing the list before the next name ("speeches were made by Vice Minister Name,
        Director of the Department of X, Director of the Y Centre and others"): the name's post is the one before it."""
        own = [t for t in titles if t.end <= person_start]
        if not own or _PUNCTUATION.search(text, own[-1].end, person_start) or not _COMMA_BEFORE_AN_APPOSITION.fullmatch(between):
            return False
        later = [t for t in titles if title.end <= t.start and t.end <= limit]
        return bool(later) and _AND_OTHERS.search(text, later[-1].end, limit) is not None

    def _item_closed_by_and(self, text: str, title: TitleHit, next_person_start: int, titles: list[TitleHit]) -> bool:
        """Whether an apposition's title and its complement run up to an "and" right before the next name, no other
        title between ("Name1, Head of the Department of History and Name2, Vice-Rector, received ...", "Name1,
        директор Института физики и Name2", "Name1, физика институтының директоры және Name2"): the "and" closes the
        item, so the title is the name's before it, not one that leads into the next name."""
        return self.and_right_before_a_name.search(text, title.end, next_person_start) is not None \
            and not any(title.end <= other.start and other.end <= next_person_start for other in titles)

    @staticmethod
    def _bracketed_title_between(text: str, start: int, end: int, titles: list[TitleHit]) -> bool:
        return any(start < title.start and title.end <= end and "(" in text[start:title.start] for title in titles)

    def _degree_before_a_name(self, text: str, start: int, end: int, titles: list[TitleHit], lang: str) -> bool:
        """Whether the gap between a title and the next name is a comma and degrees, ranks or other titles
        alone (", академик ", ", филология ғылымдарының докторы, профессор ", ", кандидат исторических наук "), which
        stand before the name they are of."""
        others = sorted((t.start, t.end) for t in titles if start <= t.start and t.end <= end)
        gaps = " ".join(_gaps_between(text, start, end, others))
        comma = gaps.find(",")
        if lang == "ru" and comma > 0 and _russian_title_complement(gaps[:comma]):
            gaps = gaps[comma:]  # the Russian title's complement after it ("член экспертной группы, кандидат ... наук")
        # A Kazakh degree spelled out stands beside a degree's word or a title ("докторы, профессор"); a Russian one alone.
        gaps, spelled_out = self.kazakh_spelled_degree.subn("", gaps) if lang == "kk" else self.russian_spelled_degree.subn("", gaps)
        if lang == "ru":  # so does a sportsperson's achievement ("председатель федерации, чемпион мира Name")
            gaps, achieved = self.russian_achievement.subn("", gaps)
            spelled_out += achieved
        rest, degrees = self.degree_pattern.subn("", gaps)
        # In Russian a degree spelled out only: a title after the comma ("11 класс, руководитель Name") is the next
        # name's alone, the one before the comma the name's before it.
        opening = spelled_out > 0 and not others if lang == "ru" else degrees > 0 or bool(others)
        return opening and rest.strip().startswith(",") and set(rest.replace(" ", "")) == {","}

    def _function_words_only(self, phrase: str, lang: str) -> bool:
        return all(word.lower() in self.gap_words or word.lower() in self.joining_words
                   or (lang == "ru" and russian_morphology().parse(word)[0].tag.POS in ("PREP", "CONJ", "PRCL"))
                   for word in re.findall(r"\w+", phrase))

    def _before_titles(self, text, titles: list[TitleHit], lang) -> list[TitleHit]:
        """A plural title ahead of a singular one ("Representatives of X, head Natalia Karaseva") names
        the group; the singular title is the person's, and takes the group's institution, unless the
        group is only led by the person ("Руководители управлений во главе с акимом области"). A Russian
        plural title after a singular one and a predicate is the names' own."""
        plural = [t for t in titles if self._is_plural(t, lang) or lang == "ru" and self._russian_plural_by_its_conjunct(text, t, titles)]
        singular = [t for t in titles if t not in plural]
        if not singular or not plural:
            return titles
        if lang == "ru" and plural[-1].end <= singular[0].start and self._russian_post_given_to_a_list(text, plural[-1], singular[0].start):
            return titles
        if plural[-1].start > singular[-1].start and lang == "ru" and _russian_verb_in(text[singular[-1].end:plural[-1].start]):
            # "Письмами акима района отмечены методисты Name и Name": a plural title after a predicate is the
            # names'; a singular one before the predicate is another's, whose act the sentence tells of.
            return [t for t in titles if t.start > singular[-1].start]
        group_org = re.sub(r"^\s*(?:of|at)\s+(?:the\s+)?", "", text[plural[-1].end:singular[0].start]).strip(" ,;")
        if lang == "en" and _ENGLISH_ITEM_JOINED_AFTER.search(group_org):
            # "representatives from X and Deputy Chairman of Y Name": "and" before the singular title joins another item
            # to the plural one; the words between name where the group is from, no group the singular title heads.
            group_org = ""
        # An English group without a name or an institution's word ("Members of the delegation:") names
        # none, and a clause between the two ("Во дворце студентов им. X прошла встреча ректора") names no group.
        # "педагогов и руководитель Name", "встреча студентов с ректором Name": a conjunction or a
        # preposition alone joins the two titles, it names no group.
        # "сообщил журналистам новый спикер Name": adjectives alone qualify the singular title, they name no group.
        # "представил депутатам районного маслихата аким области Name": a plural title in the dative, instrumental or
        # prepositional case is what the sentence tells of, no group the singular title heads.
        if group_org and not self._function_words_only(group_org, lang) and not plural[-1].org_text \
                and not (lang == "ru" and all(_adjective(word) for word in group_org.split())) \
                and not (lang == "ru" and _in_an_oblique_plural_case(plural[-1].written.split()[-1])) \
                and not self.title_idioms.search(group_org) \
                and (lang != "en" or self._names_an_institution(group_org.split(), lang)) \
                and self._loose_words(group_org) <= 2:
            return [TitleHit(t.start, t.end, t.code, t.written, t.org_text or group_org) for t in singular]
        return singular

    def _russian_plural_by_its_conjunct(self, text: str, title: TitleHit, titles: list[TitleHit]) -> bool:
        """Whether a Russian title whose last word reads as a genitive singular or a nominative plural ("учителя",
        "директора") is the plural by the title "и" joins it to, which stands in the nominative ("учителя и директор
        школы Name"): joined nouns share their case, and in the nominative the word is only a plural."""
        following = next((other for other in titles if other.start > title.end), None)
        if following is None or not self.and_between.fullmatch(" " + text[title.end:following.start].strip() + " "):
            return False
        readings = russian_morphology().parse(title.written.split()[-1].lower())
        nominative = [parse for parse in readings if parse.tag.POS == "NOUN" and parse.tag.case == "nomn"]
        return bool(nominative) and all(parse.tag.number == "plur" for parse in nominative) and any(
            parse.tag.POS == "NOUN" and parse.tag.case == "nomn" for parse in russian_morphology().parse(following.written.split()[0].lower()))

    def _russian_post_given_to_a_list(self, text: str, plural: TitleHit, before: int) -> bool:
        """Whether a Russian plural title in the instrumental is the post a verb of appointment between it and ``before``
        gives the names of a list, each with a title of their own ("Членами-корреспондентами избраны профессор Name и
        доцент Name"): each name's post beside its own, no group the singular title heads."""
        plural_readings = [parse for parse in russian_morphology().parse(plural.written.split()[-1].lower()) if "plur" in parse.tag]
        return bool(plural_readings) and all(parse.tag.case == "ablt" for parse in plural_readings) \
            and any(word in self.plural_appointment_verbs for word in _lower_case_words(text[plural.end:before]))

    def _russian_post_of_the_list_before(self, text: str, previous_titles: list[TitleHit], previous: Mention,
                                         own: list[TitleHit]) -> list[TitleHit]:
        """The post a list's verb of appointment gave the name before, for a name after it and "и" or a comma with a title
        of its own ("Членами-корреспондентами избраны профессор Name и доцент Name": the second is one too)."""
        if not self.list_joiner.match(text[previous.end:min(title.start for title in own)]):
            return []
        return [title for title in previous_titles if title not in own and title.end <= previous.start and self._is_plural(title, "ru")
                and self._russian_post_given_to_a_list(text, title, previous.start)]

    def _institution_dashed_before_the_name(self, text, title: TitleHit, orgs, person: Mention) -> Institution | None:
        """A Russian institution after a title and the colon that opens a list, a dash right before the holder's name: the
        holder's, as each next item's of such a list is ("ректорами рекомендованы: X университета — Name, Y университета
        — Name"). Not a place before the dash, which completes the title ("аким поселка A и села B – Name")."""
        opening = text.find(":", title.end, person.start)
        if opening < 0:
            return None
        dashed = next((org for org in sorted(orgs) if opening < org[0] and org[1] <= person.start and org[3] not in PLACE_LABELS
                       and _RUSSIAN_DASH_AFTER_AN_INSTITUTION.fullmatch(text, org[1], person.start)), None) \
            or _russian_institution_dashed_before(text, opening, person.start)
        return self._seat_of(dashed[2], title.code, "ru", False) if dashed else None

    def _institution_for(self, text, title: TitleHit, lang, orgs, person: Mention, home,
                         left_limit: int) -> tuple[Institution | None, float, str]:
        """The institution a title belongs to, how sure, and where it was read: inside the title
        ("title"), in the sentence around it ("text"), or the page's own ("page"); the first way that
        names one wins."""
        # A foreign official's institution is none of this country's registered ones: a title of a national
        # government (its seat is fixed or a ministry of its field) after another country's word. A subject
        # is not a country ("Russian Language Teacher"); in Kazakh, another country's name before the title
        # and its field ("Жапония Премьер-министрі", "Ресей Сыртқы істер министрі").
        national = self.taxonomy.fixed_seat(title.code, title.written) is not None or self.taxonomy.seat(title.code, "field") is not None
        abroad = national and (self._foreign_title(text, title) or self._country_of_the_joined_minister(text, title, person) is not None
                               or self._foreign_country_after_the_holder(text, title, person)
                               if lang == "en" else lang == "kk" and self._kazakh_foreign_title(text, title, orgs)) \
            or lang == "ru" and (self._russian_foreign_place_after(text, title, orgs, person) is not None
                                 and self.taxonomy.seat(title.code, "place") is None  # an akim is of this country's place
                                 or national and (self.russian_foreign_adjective_before.search(text, max(0, title.start - 30), title.start)
                                                  or self.russian_foreign_region_after.match(text, title.end)) is not None)
        if abroad and lang == "en" and self.taxonomy.seat(title.code, "field") is not None:
            # Another country's minister: its ministry by the field; by the country's adjective alone, none the page
            # names ("Vice Minister of Education of Poland Name and Russian Foreign Minister Name": not Poland's).
            # A body named after "at the" is where the minister serves ("UK Minister of State at the Department for
            # Name"): read from the sentence as any title's institution, none of this country's registered ones.
            ministry = self._english_foreign_ministry(text, title, person)
            if ministry is not None or not _COUNTRY_AFTER_OF.match(text, title.end) and not _BODY_AT_AFTER_A_TITLE.match(text, title.end):
                return ministry, 1.0, "title"
        served = None, 1.0, "text"
        if title.served is not None:
            # An aide works at the institution of the official served ("помощник министра финансов": at the
            # ministry), named with the served title, before anything the aide's own title would find; the page's
            # institution the served title would take is the aide's where the aide's own title finds none.
            # The official's office itself where the registry holds it ("инспектор канцелярии премьер-министра":
            # the Prime Minister's Office, a state body of its own, not the Government).
            office = self.russian_office_of_whom.fullmatch(text, title.end, title.served.start) if lang == "ru" else None
            if office is not None:
                found = self.registry.lookup(text[office.start("office"):title.served.end], lang)
                if found is not None and found.in_registry:
                    return found, 1.0, "title"
            served = self._institution_for(text, title.served, lang, orgs, person, home, left_limit)
            if served[0] is not None and served[2] != "page":
                return served
        if lang == "kk" and (branchs := self._kazakh_institution_of_a_bare_branch(text, title, home)
                             or self._kazakh_registered_branch_in_a_region(text, title)) is not None:
            return branchs, 0.9, "text"
        for found, confidence, source in self._institution_candidates(text, title, lang, orgs, person, home, left_limit):
            # A pronoun is no institution ("Оның орынбасары": his deputy), nor a school subject ("Физика пәнінің мұғалімі").
            # A country after "in" is where the post is held, not its institution ("WHO Representative in Kazakhstan").
            if found is not None and not (abroad and found.in_registry) \
                    and not (lang == "en" and found.name.lower() in self.state_names["en"] and _IN_AFTER_A_TITLE.match(text, title.end)) \
                    and not all(word.lower() in self.pronouns for word in found.name.split()) \
                    and not (lang == "kk" and self.kazakh_chain.names_a_subject(found.name)) \
                    and not self._a_state_before_a_ministers_field(found, title.code, lang):
                if lang == "kk" and not found.in_registry:
                    found = self._kazakh_body_pointed_at(text, title, found, home) or found
                return self._as_the_places_office(home.in_its_place(found, title.start, lang), title.code, lang), confidence, source
        return served

    def _kazakh_body_pointed_at(self, text: str, title: TitleHit, found: Institution, home) -> Institution | None:
        """The body a Kazakh title's bare noun after a pointing word stands for ("аталған кеңестің төрағасы": the said
        council's chairman): the last one named before whose name ends with that noun (an NER span, no place), where
        the title's institution was read as the bare noun alone."""
        pointed = _KAZAKH_POINTED_NOUN_BEFORE_A_TITLE.search(text, max(0, title.start - 40), title.start)
        if pointed is None or " " in found.name.strip() or fold(found.name) != fold(pointed.group("noun")):
            return None
        stem = pointed.group("noun").lower()
        before = [mention for mention in home.document.mentions if mention.label in ORG_LABELS and mention.label not in PLACE_LABELS
                  and mention.end <= pointed.start() and " " in mention.text.strip()
                  and mention.text.split()[-1].lower().startswith(stem)]
        named = [(mention.end, mention.text) for mention in before]
        # A name no span holds: the genitive chain that ends with the noun before ("аудандық ардагерлер кеңесінің").
        for noun in re.finditer(rf"(?<![\w-]){re.escape(stem)}[а-яәғқңөұүһі]*", text[:pointed.start()], re.IGNORECASE):
            paragraph = text.rfind("\n", 0, noun.start()) + 1
            chain = self.kazakh_chain.before(text[max(paragraph, noun.start() - 120):noun.end()].split())
            if len(chain) >= 2 and chain[0].lower() not in self.kazakh_determiners:
                named.append((noun.end(), " ".join(chain)))
        return self.registry.resolve(max(named)[1], "kk", in_any_case=True) if named else None

    def _a_state_before_a_ministers_field(self, found: Institution, code: str, lang: str) -> bool:
        """Whether a minister's found institution is a state whose name holds an institution's noun ("Министр науки
        Российской Федерации"): the ministry of the title's field in that state is, not the state."""
        return self.taxonomy.seat(code, "field") is not None and not found.in_registry and lang in self.state_names \
            and any(self.taxonomy.is_institution_word(word) for word in found.name.split()) \
            and self.registry.nominative(found.name, lang).strip().lower() in self.state_names[lang]

    def _kazakh_local_chapter(self, words_before: list[str], body: Institution) -> Institution | None:
        """A registered national body of a kind that has local chapters, named after a place's adjective or a place
        ("Талғар аудандық Қазақстан халқы Ассамблеясының төрағасы", "Павлодар облысы Қазақстан халқы Ассамблеясының"): that
        place's own body, not the national one, named with the place's words as written (a place's adjective alone too)."""
        if not body.in_registry or body.type not in _BODIES_WITH_LOCAL_CHAPTERS or not words_before or not body.name_kk:
            return None
        references = self.references["kk"]
        last = words_before[-1]
        named = len(words_before) > 1 and self._kazakh_place_name(words_before[-2])  # "Талғар аудандық", "Павлодар облысы"
        if references.kind_of(last) not in self.place_kinds or not (named or references.adjective(last)):
            return None
        place = words_before[-2:] if named else [last]
        return self.registry.resolve(" ".join([*place, body.name_kk]), "kk")

    def _regional_namesake_of_a_national_body(self, words_before: list[str], body: Institution) -> bool:
        """A registered republican or national body's short name after a place's adjective ("облыстық «Дарын»
        орталығы", a region's own centre of that name): a local body of the same name, not the registered one, where the
        body has no local chapters of its own (those are `_kazakh_local_chapter`'s) and its registered names hold no
        place's adjective."""
        if not words_before or not body.in_registry or body.type in _BODIES_WITH_LOCAL_CHAPTERS:
            return False
        references = self.references["kk"]
        last = words_before[-1]
        if not last.islower() or references.kind_of(last) not in self.place_kinds or not references.adjective(last):
            return False
        return last.lower() not in (body.name_kk or "").lower()

    def _kazakh_place_name(self, word: str) -> bool:
        """Whether a word before a place's noun or adjective may be the place's name: capitalized, in no case (not a
        sentence's first word in the locative, "Жиында аудандық ...", nor a genitive that owns what follows)."""
        return word[:1].isupper() and not self.kazakh_chain.oblique_capitalized(word) and not self.kazakh_chain.genitive.search(word)

    def _the_one_chamber_named_before_in_the_sentence(self, text: str, title: TitleHit, orgs, lang: str,
                                                       left_limit: int) -> Institution | None:
        """The one chamber of Parliament (the Senate or the Majilis) the title's sentence names before it, where it
        names no maslikhat there: the chamber of a deputy alone after it."""
        bodies = [self.registry.lookup(written, lang) for org_start, org_end, written, label in orgs
                  if left_limit <= org_start and org_end <= title.start]
        ids = {body.org_id for body in bodies if body is not None}
        chambers = ids & (_CHAMBER_IDS - {"parliament_rk"})
        if len(chambers) != 1 or any(self.references[lang].kind_of(word) == "maslikhat"
                                     for word in text[left_limit:title.start].split()):
            return None
        return self.registry.registered(next(iter(chambers)))

    def _names_a_maslikhat(self, title: TitleHit, lang: str) -> bool:
        """Whether a title names the maslikhat by its noun ("депутат маслихата", "мәслихат депутаты"): no chamber's."""
        return any(self.references[lang].kind_of(word) == "maslikhat" for word in title.written.split())

    def _maslikhat_of_the_pages_place(self, title: TitleHit, lang: str, home) -> Institution | None:
        """The maslikhat of the page's place, for a title that names a maslikhat by its noun alone on a page that names
        none ("депутат маслихата" on a page of Astana's): the place's seat of that name (roles.yaml place_maslikhat)."""
        place = home("region", title.code, lang)
        maslikhat = self._as_the_places_office(place, title.code, lang) if place is not None else None
        return maslikhat if maslikhat is not place else None

    def _as_the_places_office(self, found: Institution, code: str, lang: str) -> Institution:
        """A place's akimat, read by reference or from the page for a title whose seat is another office of the place (a
        prosecutor's: "облыс прокуроры", "прокурор области" on a region's page): that office of the same place ("Қостанай
        облысының прокуратурасы"), as the place named with the title gives it."""
        office = next((seat for kind in _PLACE_OFFICE_SEATS if (seat := self.taxonomy.seat(code, kind)) is not None), None)
        if office is None or lang not in office.template:
            return found
        before, _, after = self.taxonomy.place_seat_template(lang).partition("{}")
        name = getattr(found, f"name_{lang}") or found.name
        if not (name.startswith(before) and name.endswith(after) and len(name) > len(before) + len(after)):
            return found
        return self.registry.resolve(office.template[lang].format(name[len(before):len(name) - len(after)]), lang)

    def _at_another_kind_of_place(self, text: str, lang: str, fact: RoleFact, holder: RoleFact) -> bool:
        """Whether a title names the kind of its place right after it ("экс-аким города") and another holder's post is at
        a place of another kind (the akimat of a district): two posts, whichever town was meant."""
        references = self.references.get(lang)
        noun = _WORD_RIGHT_AFTER.match(text, fact.title_end) if references is not None else None
        kind = references.kind_of(noun.group(1)) if noun is not None else None
        name = getattr(holder.org, f"name_{lang}", None) or holder.org.name
        return kind in self.place_kinds and not any(references.kind_of(word) == kind for word in name.split())

    def _office_named_by_the_title(self, text: str, title: TitleHit, lang: str, orgs) -> Institution | None:
        """The one office a Kazakh or an English title names by itself, or a Kazakh title in the genitive right before it
        names ("Бас прокурор", "Бас прокурорының орынбасары", "Prosecutor General": the Prosecutor General's Office),
        unless the title is another country's ("Украинаның Бас прокуроры", "Prosecutor General of Ukraine")."""
        before = text[max(0, title.start - 40):title.start].lower()
        office = next((office for stem, office in self.offices_named_by_titles[lang].items()
                       if stem in title.written.lower() or lang == "kk" and re.search(rf"(?<!\w){stem}\w*\s+$", before)), None)
        if office is None or (self._kazakh_foreign_title(text, title, orgs) if lang == "kk" else self._foreign_title(text, title)):
            return None
        return self.registry.lookup(office, lang)

    def _kazakh_institution_served_at(self, text: str, title: TitleHit, left_limit: int) -> Institution | None:
        """The institution a Kazakh title was held at, in the locative right before it, a unit's bare noun maybe
        between, where the title is the predicate of service ("Білім және ғылым министрлігінде департамент
        директоры болып қызмет атқарған", "аудандық білім бөлімінде әдіскер болып жұмыс істеген")."""
        if self.predicates["kk"].pattern.match(text, title.end) is None:
            return None
        words = _words(text[left_limit:title.start])
        # A unit's bare noun between ("министрлігінде департамент директоры"); a unit in the locative is the place
        # itself ("білім бөлімінде әдіскер").
        if words and self.references["kk"].kind_of(words[-1]) in self.references["kk"].unit_kinds and words[-1].islower() \
                and self.kazakh_locative_after_possessive.search(words[-1]) is None:
            words = words[:-1]
        chain = self._kazakh_chain_in_the_locative(words)
        if len(chain) < 2:
            return None
        # A place's post held in the place is its body's ("Ақсу ауданында әкім болған": the district's akimat), as the
        # place in the genitive before the title gives it.
        if self.references["kk"].kind_of(chain[-1]) in self.place_kinds:
            return self._seat_of(" ".join(chain), title.code, "kk", is_place=True)
        return self.registry.resolve(" ".join(chain), "kk")

    def _kazakh_chain_in_the_locative(self, words: list[str]) -> list[str]:
        """The genitive chain that ``words`` end with, its last word in the locative after a possessive
        ("Торайғыров университетінде"), that ending cut; empty where the last word takes none."""
        if not words or self.kazakh_locative_after_possessive.search(words[-1]) is None:
            return []
        return self.kazakh_chain.before(words[:-1] + [self.kazakh_locative_after_possessive.sub("", words[-1])])

    def _institution_opening_the_title(self, text: str, title: TitleHit, left_limit: int, orgs) -> Institution | None:
        """A Kazakh title that opens with its institution's noun in the genitive ("мәслихатының хатшысы",
        "әкімдігінің басшысы"), after the words that name which one ("Павлодар облысы", "Алматы қалалық"):
        the registered institution those words and the noun name together, the longest first."""
        words = title.written.split()
        preceding = _words(text[left_limit:title.start])[-MAX_CHUNK_WORDS - 1:]
        if len(words) < 2:
            # The body's noun bare before a title of one word ("... жөніндегі басқарма басшысы").
            return self._field_body_opening_the_title(preceding[:-1], preceding[-1]) if preceding else None
        preceding = preceding[-MAX_CHUNK_WORDS:]
        registered = next((found for size in range(len(preceding), 0, -1)
                           if (found := self.registry.lookup(" ".join([*preceding[-size:], words[0]]), "kk")) is not None), None)
        return registered or self._place_body_opening_the_title(preceding, words[0], orgs) \
            or self._field_body_opening_the_title(preceding, words[0])

    def _field_body_opening_the_title(self, preceding: list[str], noun: str) -> Institution | None:
        """A Kazakh body named by its place's adjective and its field before the noun that opens the title ("облыстық жер
        қатынастары жөніндегі басқарма басшысы"): that body, by its words as written, the registry's none; the words
        between the adjective and the field's postposition in lower case."""
        if len(preceding) < 3 or preceding[-1].lower() not in self._kazakh_field_postpositions or not self.taxonomy.is_institution_word(noun):
            return None
        references = self.references["kk"]
        for index in range(len(preceding) - 2, max(-1, len(preceding) - 3 - MAX_CHUNK_WORDS), -1):
            word = preceding[index]
            if not word.isalpha() or not word.islower():
                return None
            if references.adjective(word) and references.kind_of(word) in self.place_kinds:
                return self.registry.resolve(" ".join([*preceding[index:], noun]), "kk") if index < len(preceding) - 2 else None
        return None

    def _place_body_opening_the_title(self, preceding: list[str], noun: str, orgs) -> Institution | None:
        """The body of a place the registry does not hold whose name opens a Kazakh title: a place's name and
        its relational adjective before the body's noun in the genitive ("Сарыағаш аудандық мәслихатының хатшысы",
        "Кентау қалалық білім бөлімінің"): that place's body. A word in a case is no place's name there: it opens
        the sentence ("Жиынға облыстық мәслихат депутаты"). An adjective no name stands before, of a place whose bodies
        the registry holds none of ("аудандық мәслихат хатшысы"), is the body of no place yet (``in_its_place`` finds it)."""
        if not self.taxonomy.is_institution_word(noun) or not preceding or not preceding[-1].lower().endswith(self._kazakh_adjective_suffixes):
            return None
        unnamed = self.registry.resolve(f"{preceding[-1].lower()} {noun}", "kk") \
            if self.references["kk"].kind_of(preceding[-1]) in self._kazakh_unregistered_place_kinds else None
        if len(preceding) < 2 or not preceding[-1].islower():
            return unnamed
        before = list(reversed(preceding[:-1]))
        # A place named after a titled person ends with the title in lower case ("Бұқар жырау", "Төле би").
        title = before[:1] if before and before[0] in self._kazakh_titles_after_name else []
        # A capitalized adverb opening the sentence is no place's name ("Бұрын аудандық мәслихат хатшысы болған").
        words = title + list(itertools.takewhile(lambda word: word[:1].isupper() and word.isalpha()
                                                 and not self.kazakh_chain.ends_a_name(word), before[len(title):]))[:2]
        if len(words) == len(title):
            return unnamed
        name = " ".join(reversed(words))
        # A name that ends like a case (Жаңаарқа) must be one the model read, not the sentence's first word.
        if name.lower().endswith(self._kazakh_case_endings) and (
                len(words) == len(preceding) - 1 or not any(name in written for _, _, written, _ in orgs)):
            return unnamed
        return self.registry.resolve(f"{name} {preceding[-1]} {noun}", "kk")

    def _seat_of_whom(self, org_text: str) -> Institution | None:
        """The institution of the official whose title in the genitive ends a Kazakh title's words: an
        adviser of a region's akim works at its akimat ("Алматы қаласы әкімінің кеңесшісі"), an aide of a
        minister at the ministry ("Ішкі істер министрінің көмекшісі")."""
        hits = self.matcher("kk").find(org_text, 0, len(org_text))
        if not hits or hits[-1][1] != len(org_text) or not self.kazakh_chain.genitive.search(org_text):
            return None
        start, _, code = hits[-1]
        whose = org_text[:start].strip()
        consulate = self.consulates["kk"].get(self.kazakh_chain.genitive.sub("", org_text[start:]).lower())
        if consulate is not None:
            # A consul's deputy works at the consulate of the state that opens the words ("ҚХР Алматы қаласындағы бас
            # консулдың орынбасары"), not at the akimat of the city it sits in; the city says which of the state's
            # consulates ("ҚХР Алматы қаласындағы бас консулдығы").
            state, *where = whose.split() or [""]
            state = self.kazakh_chain.genitive.sub("", state).rstrip("-")
            return self.registry.resolve(consulate.format(" ".join([state, *where])), "kk") \
                if state.lower() in self.state_names["kk"] else None
        return self._served_officials_seat(code, org_text[start:start + 1].isupper(), whose,
                                           not whose or whose.lower().startswith(self.kazakh_home_country), "kk")

    def _seat_of_whom_with_fields_joined(self, words_before: list[str], whom: str) -> Institution | None:
        """(``_seat_of_whom``) The registered seat of a served official whose fields are joined by "және" before the
        genitive chain ("Ғылым және жоғары білім министрінің кеңесшісі"), which the chain stops at: the conjunction and
        up to three words before it put before the chain, the fewest that name a registered seat."""
        chain = whom.split()
        starts = [index for index in range(len(words_before) - len(chain), 0, -1) if words_before[index:index + len(chain)] == chain]
        if not chain or not starts or words_before[starts[0] - 1].lower() not in self.joining_words:
            return None
        joined = starts[0] - 1
        for first in range(joined - 1, max(-1, joined - 4), -1):
            seat = self._seat_of_whom(" ".join(words_before[first:joined + 1] + chain))
            if seat is not None and seat.in_registry:
                return seat
        return None

    def _kazakh_served_title_alone(self, whom: str) -> str | None:
        """The kind of institution whose head an aide serves where a Kazakh title's genitive words are that head's
        title alone ("Министрдің баспасөз хатшысы": a ministry, "Әкімнің көмекшісі": an akimat, "Ректордың
        кеңесшісі": a university), naming no institution itself; None otherwise."""
        hits = self.matcher("kk").find(whom, 0, len(whom))
        if len(hits) != 1 or hits[0][:2] != (0, len(whom)) or not self.kazakh_chain.genitive.search(whom):
            return None
        return self._kind_headed_by.get(hits[0][2])

    def _served_officials_seat(self, code: str, capitalized: bool, whose: str, of_this_country: bool, lang: str) -> Institution | None:
        """The registered institution where the aides of the holder of ``code`` (of ``whose``) work: this country's
        president, capitalized, is its head of state (as for his own title), whose staff work at ``staff_seat``;
        another official at the institution ``whose`` names with the title."""
        if code == "president" and capitalized and of_this_country:
            code = "head_of_state"
        if code in self.taxonomy.staff_seat:
            return self.registry.registered(self.taxonomy.staff_seat[code])
        seat = self._seat_of(whose, code, lang, is_place=False) if whose else None
        # A prosecutor's deputy works at the place's prosecutor's office, registered or not ("Сарайшық ауданы
        # прокурорының орынбасары": Сарайшық ауданы прокуратурасы), no institution named after a person's title.
        office = self.taxonomy.seat(code, "place_office")
        if (seat is None or not seat.in_registry) and office is not None and lang in office.template and whose \
                and self._names_a_place(whose, lang):
            return self.registry.resolve(office.template[lang].format(self.registry.nominative(whose, lang)), lang)
        return seat if seat is not None and seat.in_registry else None

    def _kind_by_its_noun(self, org: Institution, lang: str) -> str | None:
        """The kind of an unregistered institution by a noun of its name ("областной маслихат": a maslikhat); a
        Kazakh name's head noun is its last, after the adjectives of places ("қалалық мәслихат")."""
        if org.in_registry:
            return None
        # A name from another language's paragraph of the page (the Kazakh "Қалалық мәслихат" a Russian "Депутат"
        # takes from the page) is read in its own language.
        lang = next((code for code, name in (("kk", org.name_kk), ("ru", org.name_ru), ("en", org.name_en)) if name == org.name), lang)
        words = org.name.split()
        return next(filter(None, map(self.references[lang].kind_of, reversed(words) if lang == "kk" else words)), None)

    def _a_russian_general_school(self, org: Institution | None) -> bool:
        """Whether an unregistered Russian institution's first institution noun is a general school's (the lexicon's
        ``schoolteachers_institution_nouns``), not a college's, an institute's or a university's."""
        if org is None or org.in_registry:
            return False
        nouns = [word for word in org.name.split() if self.taxonomy.is_institution_word(word)]
        return bool(nouns) and _lemma(nouns[0]) in self.russian_schoolteachers_nouns

    def _kind_by_its_head_noun(self, org: Institution, lang: str) -> str | None:
        """The kind of an unregistered institution by the first of its institution's nouns, in Kazakh the last: "кафедра
        университета" is a chair, no university."""
        if org.in_registry:
            return None
        words = [word for word in org.name.split() if self.taxonomy.is_institution_word(word)]
        return self.references[lang].kind_of((words[-1] if lang == "kk" else words[0])) if words else None

    def _names_a_place(self, name: str, lang: str) -> bool:
        """Whether a Russian or Kazakh name holds a place's noun (or its adjective), a place's name or, in Russian, the
        adjective of a place's level ("отдел образования района", "... города Актобе", "районный отдел образования",
        "аудандық білім бөлімі")."""
        return any(self.references[lang].kind_of(word) in self.place_kinds or self.registry.region_of(word, lang, by_centre=True)
                   or lang == "ru" and _lemma(word) in self.place_level_kinds for word in name.split())

    def _russian_unit_of_the_place_named_before(self, org: Institution, title: TitleHit, home) -> Institution:
        """A unit named by its place's level ("городской отдел образования", "районный отдел образования") is the unit
        of the place of that level the page named last before the title ("Отдел образования города Семей"), as its
        akimat's name gives the place; so is a place's own maslikhat ("районный маслихат": "Маслихат Казыгуртского
        района", a district's, which the registry does not hold); else the unit or body as written."""
        words = org.name.split()
        contracted = self.place_level_contractions.get(_lemma(words[0])) if words else None
        if contracted and len(words) > 1:
            words = [*contracted, *words[1:]]  # "райотдел образования": "районный отдел образования"
        kind = self.place_level_kinds.get(_lemma(words[0])) if len(words) > 1 else None
        names_a_unit = len(words) > 2 and _has_word(words[1], self.taxonomy.unit_words.get("ru", frozenset()))
        names_a_maslikhat = len(words) == 2 and self.references["ru"].kind_of(words[1]) == "maslikhat"
        if kind is None or not (names_a_unit or names_a_maslikhat):
            return org
        akimat, _ = home.named_before((kind,), title.start, "ru")
        akimat_name = (akimat.name_ru or akimat.name) if akimat is not None else ""
        template = self.taxonomy.place_seat_template("ru")
        opening = template.format("")
        if not akimat_name.startswith(opening):
            return org
        return self.registry.resolve(" ".join([words[1].capitalize(), *words[2:], akimat_name[len(opening):]]), "ru")

    def _akimat_of_an_akims_office(self, office: str, title: TitleHit, lang: str, home) -> Institution | None:
        """The akimat whose akim's office or its unit a name without the akimat's own name stands for: the place's named
        last before the title, of the kind the office's name gives ("аудан әкімі аппараты": a district's, not the
        region's; "облыс әкімі аппараты": a region's, not a city's named last), else the page's region's."""
        place = next((kind for word in office.split() if (kind := self.references["kk"].kind_of(word)) in self.place_kinds), None)
        if place is not None and place not in PAGE_KINDS["region"]:
            return home.named_before((place,), title.start, lang)[0]
        return home.named_before((place,) if place else PAGE_KINDS["region"], title.start, lang)[0] or home("region", title.code, lang)

    def _heads_a_possessed_unit(self, text: str, title: TitleHit, person: Mention, lang: str) -> bool:
        """Whether a head's institution owns what the head heads ("head of the Ministry of Health's press
        service", "университетінің кафедра меңгерушісі", "заведующий кафедрой информатики университета"): the head
        of its unit, not of the institution."""
        if lang == "kk":
            words = text[max(0, title.start - 80):title.start].split()
            # "облысы әкімі аппаратының басшысы": the head of the akim's office, a part of the akimat.
            return self.kazakh_chain.ends_with_a_bare_unit(words) or bool(words) and self.akim_office_unit.match(words[-1]) is not None
        if lang == "ru":
            return self.russian_unit_in_instrumental.match(text, title.end) is not None
        if lang != "en":
            return False
        limit = person.start if person.start >= title.end else min(len(text), title.end + 80)
        # the title's own phrase: a unit named after its comma is another's ("X, head of KazNU, met the NU department")
        phrase = _CLAUSE_PUNCTUATION.split(text[title.end:limit], maxsplit=1)[0]
        return _POSSESSED_NOUN.search(text[title.end:limit]) is not None or self.english_possessed_unit.search(phrase) is not None \
            or self.english_unit_of_a_named_institution.search(phrase) is not None

    def _seat_of_the_served(self, text: str, title: TitleHit, person: Mention, lang: str) -> Institution | None:
        """The registered institution of the official a Russian or English adviser serves, as the Kazakh
        ``_seat_of_whom``: "помощник акима Алматы" works at the city's akimat, "Advisor to the Minister of
        Education" at the ministry, "помощник Президента" (this country's) at the Presidential Administration."""
        served = next((hit for hit in self.matcher(lang).find(text, title.end, min(len(text), title.end + 60))
                       if self.service_gap.match(text[title.end:hit[0]])), None)
        if served is None and lang == "en":
            # "the President's Press Secretary Name": the official served in the possessive right before the title, after
            # "the" (this country's; "the US President's" names another state before it).
            served = next((hit for hit in self.matcher(lang).find(text, max(0, title.start - 60), title.start)
                           if _SERVED_IN_THE_POSSESSIVE.fullmatch(text, hit[1], title.start)
                           and _THE_BEFORE_THE_SERVED.search(text, max(0, hit[0] - 10), hit[0])), None)
            if served is not None:
                return self._served_officials_seat(served[2], text[served[0]:served[0] + 1].isupper(), "", True, lang)
        if served is None:
            return None
        start, end, code = served
        stop = person.start if person.start >= end else len(text)
        words = []  # the served title's complement, up to the name or the phrase's end ("of the" left out)
        for word in text[end:stop].split()[:MAX_CHUNK_WORDS]:
            if words or word.lower() not in ("of", "the"):
                words.append(word.rstrip(",;:."))
            if _ENDS_A_PHRASE.search(word) or word.endswith("."):
                break
        whose = " ".join(word for word in words if word)
        return self._served_officials_seat(code, text[start:start + 1].isupper(), whose,
                                           not whose or not self.home_country_names[lang].isdisjoint(whose.lower().split()), lang)

    def _head_of_a_state(self, text: str, title: TitleHit, org: Institution | None, lang: str,
                         person: Mention) -> tuple[str, Institution | None]:
        """The code and institution of a president: of a state, its head; this country's with no institution
        ("Президент РК", "Қазақстанның Президенті"), as "Мемлекет басшысы" has none; another's with that state in
        the nominative ("President of Uzbekistan", "Uzbek President", "Президент Узбекистана", "Өзбекстан
        Президенті"). A "Президент" of no institution heads this country ("Президент Name", in Kazakh with a
        capital); a president of an organization (a university, a federation, a company) stays its president."""
        if org is None:
            state = self._state_of_the_title(text, title, lang)
            if state is None and lang == "en" and self._foreign_country_after_the_holder(text, title, person):
                # "President Name of France": another state named right after the holder's name
                state = self.registry.unregistered(self.english_country_after.match(text, person.end).group(1), lang)
            if state is not None:
                return "head_of_state", state
            body = self._english_body_before(text, title) if lang == "en" else None
            if body is not None:  # "Student Council President Name": the council's
                return "president", body
            if lang == "en" and _OF_A_NAMED_BODY.match(text, title.end):  # "President of the German-Kazakh Society": no state's
                return "president", None
            # "the university's President Name", "the company's president", "Президент академии Name": of an institution
            # the page does not name.
            kind = self.references["en"].before(text, title) if lang == "en" else self.references["ru"].after(text, title, person) \
                if lang == "ru" else None
            if kind and kind[0] not in self.place_kinds:
                return "president", None
            if lang == "ru" and self._appointed_to_the_title(text, title):
                return "president", None
            # A president of nothing the page names is the head of state ("Президент Касым-Жомарт Токаев", "President
            # Tokayev") where he is named; a Kazakh one in lower case, or one before anyone else's name ("президент
            # Шигео Катсу"), is a president of what the sentence is about.
            heads_the_state = (lang != "kk" or text[title.start:title.start + 1].isupper()) \
                and (self._names_a_head_of_state(person.normalized or person.text)
                     or lang == "ru" and self._a_capital_president_inside_a_sentence(text, title, person))
            return ("head_of_state" if heads_the_state else "president"), None
        country = self.registry.nominative(org.name, lang).lower()
        if lang == "en":
            country = _POSSESSIVE.sub("", country)
        if country not in self.state_names[lang]:  # a state named with its form ("Қырғызстан Республикасы") is that state
            country = _STATE_FORM.sub("", country).strip() or country
        if country not in self.state_names[lang]:
            return "president", org
        return "head_of_state", None if not self.home_country_names[lang].isdisjoint(country.split()) else org

    @staticmethod
    def _a_capital_president_inside_a_sentence(text: str, title: TitleHit, person: Mention) -> bool:
        """A Russian "Президент" with a capital inside a sentence, its name right after it ("мы с Президентом Name"):
        a head of state, another state's too (a president of an organization is written in lower case there)."""
        if not text[title.start:title.start + 1].isupper() or person.start < title.end \
                or text[title.end:person.start].strip():
            return False
        before = text[max(0, title.start - 40):title.start].rstrip()
        return bool(before) and before[-1].isalpha() and before.split()[-1][:1].islower()

    def _names_a_head_of_state(self, name: str) -> bool:
        """Whether a person's name holds all the words of one of this country's heads of state (roles.yaml), maybe in a
        case the normalizer left ("Токаева" in "вступления Токаева в должность президента")."""
        words = latin_key(name).split()
        return any(all(any(word.startswith(part) for word in words) for part in head) for head in self.heads_of_state_names)

    def _head_of_state_by_his_title_alone(self, text: str, sentences: list[tuple[int, int, str, list[Mention]]],
                                          named_on_page: list[tuple[Mention, PersonName]], home,
                                          facts: list[RoleFact]) -> list[RoleFact]:
        """The head of state's title that no name stands by ("Глава государства принял министра", a headline's "Мемлекет
        басшысы ... қабылдады", "The Head of State noted") on a page that names one of this country's heads of state
        elsewhere: the page calls him by it, so the post is his. A page that names two (the first president and the
        second) or gives him the title by his name already leaves it."""
        # Named by his surname: a given name and a patronymic alone ("Касым-Жомарта Кемелевича") name him in address only.
        heads = {name.key: (mention, name) for mention, name in named_on_page
                 if name.surname and self._names_a_head_of_state(name.display)}
        if len(heads) != 1 or any(fact.role == "head_of_state" and fact.person.key in heads for fact in facts):
            return []
        mention, name = next(iter(heads.values()))
        held = {(fact.title_start, fact.title_end) for fact in facts}
        for start, end, lang, inside in sentences:
            for hit in self._title_hits(text, start, end, lang, inside):
                # A bare "Президент" may be any institution's, and "Елбасы" is the first president's alone: only the head
                # of state's titles of office stand for the one the page names.
                if hit.code != "head_of_state" or (hit.start, hit.end) in held or self.first_presidents_title.search(hit.written):
                    continue
                # The site's name in its header ("Official website of the President of the Republic of Kazakhstan",
                # "Официальный сайт Президента") names the office whose site it is, no one the news calls by it.
                if _SITE_OF_AN_OFFICE_BEFORE.search(text, max(0, hit.start - 40), hit.start):
                    continue
                for fact in self._roles_with_the_name_at(text, (start, end, lang, inside), (mention, name), hit.end, home, facts):
                    if fact.role == "head_of_state" and fact.org is None:
                        return [fact]
        return []

    def _post_of_no_one_held_by_the_headlines_speaker(self, text: str, sentences: list[tuple[int, int, str, list[Mention]]],
                                                      named_on_page: list[tuple[Mention, PersonName]], home,
                                                      facts: list[RoleFact]) -> list[RoleFact]:
        """An English post one person holds at a time, named by its title alone as the agent of the news under a headline
        that quotes its speaker ("Name: snow has to be removed together" over "... a meeting held by akim of Pavlodar region",
        "chaired by the regional akim", "According to akim, ...", "The akim of the region will meet ..."), with no one else
        named between: the speaker's, whom the news is about. A speaker the page gives that post already keeps it."""
        speakers = [(mention, name) for mention, name in named_on_page if mention.lang == "en"
                    and _HEADLINE_SPEAKER_AFTER.match(text, mention.end)
                    and _HEADLINE_OPENING.fullmatch(text, text.rfind("\n", 0, mention.start) + 1, mention.start)]
        if not speakers:
            return []
        held = {(fact.title_start, fact.title_end) for fact in facts}
        found: list[RoleFact] = []
        for start, end, lang, inside in sentences:
            if lang != "en" or any(mention.label == "PERSON" for mention in inside):
                continue
            for hit in self._title_hits(text, start, end, lang, inside):
                if hit.code not in self.single_holder_codes or (hit.start, hit.end) in held \
                        or not _ENGLISH_AGENTS_PLACE.search(text[start:hit.start]):
                    continue
                speaker = next(((mention, name) for mention, name in reversed(speakers) if mention.end <= hit.start), None)
                if speaker is None or any(other.key != speaker[1].key for mention, other in named_on_page
                                          if speaker[0].end <= mention.start < hit.start):
                    continue
                found += [fact for fact in self._roles_with_the_name_at(text, (start, end, lang, inside), speaker, hit.end, home, facts)
                          if fact.role == hit.code and not any(
                              held_fact.person.key == speaker[1].key and held_fact.role == fact.role for held_fact in facts + found)]
        return found

    def _roles_with_the_name_at(self, text: str, sentence: tuple[int, int, str, list[Mention]],
                                person: tuple[Mention, PersonName], position: int, home, facts: list[RoleFact]) -> list[RoleFact]:
        """The roles a sentence gives a person it does not name, read as if the name stood at ``position`` (right after a
        title, or after the title's institution): a stand-in mention there while the sentence is read, the person's own
        mention on each fact it gets."""
        start, end, lang, inside = sentence
        mention, name = person
        stand_in = replace(mention, start=position, end=position, text="")
        return [replace(fact, person_mention=mention)
                for fact in self._sentence_roles(text, start, end, lang, inside, [(stand_in, name)], home, stand_in, facts)
                if fact.person_mention is stand_in]

    def _heads_of_state_by_name(self, text: str, facts: list[RoleFact]) -> list[RoleFact]:
        """This country's head of state is one of those roles.yaml names: his title given to anyone else was read off
        another part of the sentence ("под председательством Госсекретаря Name" after "при Главе государства"; "встретился
        с Главой государства"). A Russian "Президент" with a capital inside a sentence right before its name ("мы с
        Президентом Name") heads a state, another one too."""
        return [fact for fact in facts if fact.role != "head_of_state" or fact.org is not None
                or self._names_a_head_of_state(fact.person.display)
                or fact.person_mention is not None and self._a_capital_president_inside_a_sentence(
                    text, TitleHit(fact.title_start, fact.title_end, fact.role, fact.title), fact.person_mention)
                and text[fact.title_start:fact.title_end].lower().startswith("президент")]

    def _appointed_to_the_title(self, text: str, title: TitleHit) -> bool:
        """Whether a Russian sentence appoints someone to the title ("назначить на должность президента Name",
        "Исполняющим обязанности президента назначен Name"), not an act the title's holder issued ("Указом Президента
        назначен Name")."""
        before = text[max(0, title.start - 40):title.start]
        return bool(self.russian_appointed_to_the_title.search(before)) or (
            self.russian_appointed_after_the_title.match(text, title.end) is not None and not self.act_before_title["ru"].search(before))

    def _embassy_of_the_sender(self, text: str, title: TitleHit, org: Institution | None, lang: str,
                               mission: str | None = None) -> Institution | None:
        """An ambassador's embassy: of the state named with the title ("Ambassador of Uzbekistan to Kazakhstan",
        "South African Ambassador", "Kazakhstan's Ambassador to Germany", "Посол Франции в Казахстане",
        "Өзбекстанның Қазақстандағы елшісі"), never of the state they are sent to (a Kazakh locative); an
        institution that is no state stays (a goodwill ambassador of UNICEF). Another ``mission`` of the
        state ("Consulate General of {}") is named so too."""
        state = None
        mission = mission or self.taxonomy.seat("ambassador", "embassy").template[lang]
        if org is not None and lang == "kk" and self.kazakh_place_where.search(org.name):
            org = None  # "Қазақстандағы": where the ambassador is sent
        if org is not None and lang == "en" and self.registry.region_of(org.name, lang, by_centre=True) is not None:
            org = None  # "Turkish Consul General in Almaty": the city of this country the mission sits in
        if org is not None and lang == "en" and not org.in_registry \
                and (named := self.english_state_after.match(text, title.end)) is not None \
                and self.registry.nominative(org.name, lang).strip().lower() not in self.state_names[lang] \
                and named.group(1).lower() not in org.name.lower():
            # "the Consulate, headed by Consul General of Poland in Shymkent": the state the title names sends it (where the
            # institution names no state of its own: "the Officer of the U.S. Embassy" keeps its embassy)
            org = None
        if org is not None:
            country = self.registry.nominative(org.name, lang).strip()
            if country.lower() not in self.state_names[lang]:  # "Kazakhstan's", not "People's Republic of China"
                country = _POSSESSIVE.sub("", country).strip()
            if lang == "en":
                # A nationality the model read as an organization ("The Turkish" Consul General), or before the
                # mission's noun ("German Embassy" Ambassador).
                adjective, _, noun = country.partition(" ")
                if noun.lower() == _ENGLISH_STATE_IN_A_MISSION.sub("", mission).lower():
                    country = adjective
                country = self.nationality_countries.get(country.lower(), country)
            # "Исламская Республика Пакистан": a Russian state's form with its adjective stays as written, as the state.
            with_its_form = country if lang == "ru" and _STATE_FORM_WITH_AN_ADJECTIVE.match(country) else None
            if country.lower() not in self.state_names[lang]:  # "Түркия Республикасы": the state the list names alone
                country = _STATE_FORM.sub("", country).strip()
            city, *rest = country.split()
            if country.lower() not in self.state_names[lang] and lang == "kk" and rest and self.kazakh_locative.search(city):
                # "Алматыда АҚШ-тың Бас консулы": the city the mission sits in, run into the state's name, says which mission
                # (АҚШ Алматыдағы бас консулдығы).
                country = " ".join(rest)
                mission = mission.format(f"{{}} {city}{'ғы' if city[-1:] in 'аa' else 'гі'}")
            if country.lower() not in self.state_names[lang]:
                return org
            state = with_its_form or country
        if state is None and lang == "kk":
            after_a_place = False
            for word in reversed(text[max(0, title.start - 60):title.start].split()[-3:]):
                if self.kazakh_place_where.search(word):
                    after_a_place = True
                    continue
                if after_a_place and not self.kazakh_chain.genitive.search(word):
                    continue  # the place's first word ("Қазақстан Республикасындағы"): the sender is in the genitive before it
                stem = self.kazakh_chain.genitive.sub("", word)
                state = stem if stem.lower() in self.state_names["kk"] else None
                if state is None and _STATE_FORM.search(stem):
                    # a state named with its form ("Ресей Федерациясының", "Корея Республикасының"): its name before the form
                    before = text[max(0, title.start - 80):title.start].split()
                    index = len(before) - 1 - before[::-1].index(word)
                    state = next((phrase for size in (2, 3) if index - size + 1 >= 0
                                  for phrase in [" ".join([*before[index - size + 1:index], stem])]
                                  if phrase.lower() in self.state_names["kk"]), None)
                break
        if state is None and lang in ("en", "ru"):
            found = self._state_of_the_title(text, title, lang)
            state = found.name if found is not None else None
        if state is None and lang == "en":  # this country's too, and a nationality of two words ("South African")
            before = self.capitalized_before_title.search(text, max(0, title.start - 60), title.start)
            words = [_POSSESSIVE.sub("", word) for word in (before.group(1).split() if before else ())]
            phrases = [" ".join(words[first:last]) for first in range(len(words)) for last in range(len(words), first, -1)]
            state = next((self.nationality_countries.get(phrase.lower()) or phrase for phrase in phrases
                          if phrase.lower() in self.state_names["en"] or phrase.lower() in self.nationality_countries), None)
        if state is None and org is None and lang in self.home_country_name and mission == self.taxonomy.seat("ambassador", "embassy").template[lang]:
            # "appointed ambassador to Malaysia", "назначен послом в Малайзии": the sender a page of this country leaves
            # unsaid is this country, where the state sent to is another (an ambassador "to Kazakhstan" is a foreign one).
            host = self._host_state_after(text, title, lang)
            if host is not None and _STATE_FORM.sub("", host).strip().lower() not in self.home_country_names[lang]:
                state = self.home_country_name[lang]
        if state is None and lang == "en" and org is None and mission == self.taxonomy.seat("ambassador", "embassy").template[lang]:
            # a headline's "Norwegian Ambassador" ... "Ambassador to Kazakhstan Name": the one other country whose
            # ambassador the page named before by its nationality or name is this ambassador's.
            state = self._the_one_foreign_state_of_an_ambassador_named_before(text, title)
        if state is None and lang == "en" and org is None:
            # A mission's own page names it alone on a line of its header ("Embassy of the Republic of Kazakhstan in the
            # Federal Republic of Germany", "Consulate General of ... in Istanbul"): its ambassador's, and its consul's,
            # where the title names no state.
            ambassador = mission == self.taxonomy.seat("ambassador", "embassy").template[lang]
            own = (self.english_embassy_line if ambassador else self.english_mission_line).search(text)
            if own is None and ambassador:
                # "The Embassy of Norway in Kazakhstan hosted a concert ... Ambassador Name said": the one embassy the page
                # names before a title that names no state is its ambassador's.
                named = {re.sub(r"\s+", " ", embassy.group()): embassy.group() for embassy in _ENGLISH_NAMED_EMBASSY.finditer(text, 0, title.start)}
                if len(named) == 1:
                    return self.registry.resolve(next(iter(named.values())), lang)
            return self.registry.resolve(own.group().strip(), lang) if own else None
        if state is None:
            return org
        host = self._host_state_after(text, title, lang) if _STATE_FORM.sub("", state).strip().lower() in self.home_country_names[lang] else None
        if host and lang in self.home_country_official_name and state.strip().lower() in self.home_country_names[lang] \
                and fold(host) in self.embassy_host_official_names[lang]:
            # This country's own embassy in a state the title names is named by the official names of both ("посла
            # Казахстана в России", "Посла РК в РФ": Посольство Республики Казахстан в Российской Федерации), however the
            # title shortens them.
            state = self.home_country_official_name[lang]
            host = self.embassy_host_official_names[lang].get(fold(host), host)
        if lang == "ru":
            # A state's form before its name declines alone: "Республика Казахстан", "Посольство Республики Казахстан".
            words = state.split()
            declined = 2 if len(words) > 2 and _STATE_FORM_WITH_AN_ADJECTIVE.match(state) \
                else 1 if len(words) > 1 and _STATE_FORM.match(words[0]) else len(words)
            state = " ".join([_russian_genitive(word) for word in words[:declined]] + words[declined:])
        name = mission.format(state)
        if lang == "kk" and mission == self.taxonomy.seat("ambassador", "embassy").template[lang]:
            name = self._kazakh_embassy_as_written(text, title, state, mission) or name
        return self.registry.resolve(f"{name} {'в' if lang == 'ru' else 'in'} {host}" if host else name, lang)

    def _kazakh_embassy_as_written(self, text: str, title: TitleHit, state: str, mission: str) -> str | None:
        """A Kazakh embassy named as its ambassador's title writes it, Kazakh pages' own way: the sender in the
        genitive, then the state it is sent to in the locative where the title says it ("Германияның Қазақстандағы
        елшісі": Германияның Қазақстандағы елшілігі); a bare "{state} елшілігі" would tell one of this country's
        embassies from another by nothing. None where the sender's genitive is not among the words before the noun."""
        words = text[max(0, title.start - 80):title.end].split()[:-1]  # the title's noun ("елшісі") goes
        state_words = state.split()
        for index in range(len(words) - 1, len(state_words) - 2, -1):
            if words[index].lower().startswith(state_words[-1].lower()) and self.kazakh_chain.genitive.search(words[index]):
                sender = words[index - len(state_words) + 1:index + 1]
                # The state sent to, of one or two words, right after the sender ("Қазақстан Республикасындағы").
                host = next((words[index + 1:index + 1 + size] for size in (1, 2)
                             if index + size < len(words) and self.kazakh_place_where.search(words[index + size])), [])
                return " ".join([*sender, *host, mission.format("").strip()])
        return None

    def _host_state_after(self, text: str, title: TitleHit, lang: str) -> str | None:
        """The state this country's ambassador is sent to, as the words after the title name it ("Послом Республики
        Казахстан в Королевстве Нидерландов", "Ambassador of Kazakhstan to the United Arab Emirates"): which of this
        country's embassies is meant."""
        pattern = _HOST_STATE_AFTER.get(lang)
        window = re.split(r"[,.;:()\n]", text[title.end:title.end + 80], maxsplit=1)[0]
        host = pattern.search(window) if pattern is not None else None
        if host is None:
            return None
        # The longest run of the words that is a state's name: a person's name may follow ("in Germany Name").
        words = host.group("host").split()
        for size in range(len(words), 0, -1):
            phrase = " ".join(words[:size])
            if phrase.lower() in self.country_names[lang] or words[size - 1].lower() in self.country_names[lang] \
                    or _STATE_FORM.match(words[size - 1]) or fold(phrase) in self.embassy_host_official_names.get(lang, {}):
                # a state's letters stand for its name in words ("to the UK": in the United Kingdom)
                return " ".join(words[:size - 1] + [self.state_letters.get(words[size - 1], words[size - 1])])

        return None

    def _consulate(self, text: str, title: TitleHit, lang: str) -> str | None:
        """The name of the consulate an English or Russian consul's title implies, "{}" its state, and the city of
        this country it sits in where the words after the title name one ("Consul General of Russia in Almaty",
        "Генеральный консул России в Алматы"), or None for another title."""
        written = title.written.lower()
        if lang == "kk":
            # The city the consulate sits in opens a Kazakh title ("Алматыдағы Бас консулы": АҚШ Алматыдағы бас консулдығы).
            return next((template.format(f"{{}} {city}" if city else "{}")
                         for consul, template in self.consulates["kk"].items()
                         if written == consul or written.endswith(f" {consul}")
                         for city in [title.written[:len(written) - len(consul)].strip()]), None)
        honour = self.honour_before_a_title.search(text, max(0, title.start - _LONGEST_HONOUR_WORD), title.start) \
            if lang == "en" else None
        consulate = self.consulates[lang].get(f"{honour.group().strip().lower()} {written}" if honour else written)
        city = _CITY_AFTER_A_CONSULS_TITLE[lang].match(text, title.end)
        if consulate is None or city is None or self.registry.region_of(city.group(1), lang, by_centre=True) is None:
            return consulate
        return f"{consulate} {'in' if lang == 'en' else 'в'} {city.group(1)}"

    def _english_body_before(self, text: str, title: TitleHit) -> Institution | None:
        """The body whose capitalized name ends right before an English title with a body's noun ("Student
        Council President", "Football Federation President")."""
        before = self.capitalized_before_title.search(text, max(0, title.start - 60), title.start)
        words = before.group(1).split() if before else []
        if not words or not (self.english_field_noun.fullmatch(" " + words[-1]) or self.taxonomy.is_institution_word(words[-1])):
            return None
        return self.registry.resolve(" ".join(words), "en")

    def _state_of_the_title(self, text: str, title: TitleHit, lang: str) -> Institution | None:
        """Another country named with a president's title that the sentence's entities leave out: right before
        it, by its adjective or possessive in English ("Uzbek President", "Kyrgyzstan's President"), its adjective
        in Russian ("российский президент") or its name in Kazakh ("Өзбекстан Президенті"); or right after it in
        English ("President of Uzbekistan Name")."""
        after = self.english_country_after.match(text, title.end) if lang == "en" else None
        if after is not None:
            return self.registry.unregistered(after.group(1), lang)
        if lang == "en":
            before = self.capitalized_before_title.search(text, max(0, title.start - 60), title.start)
            for word in before.group(1).split() if before else ():
                written = _POSSESSIVE.sub("", word)
                country = self.nationality_countries.get(written.lower()) \
                    or (written if written.lower() in self.country_names["en"] and written.lower() in self.foreign_words else None)
                if country is not None:
                    return self.registry.unregistered(country, lang)
        elif lang == "ru":
            before = self.russian_foreign_adjective_before.search(text[max(0, title.start - 30):title.start])
            adjective = before.group().strip().lower() if before else ""
            country = next((name for stem, name in self.russian_nationality_countries.items() if adjective.startswith(stem)), None)
            if country is not None:
                return self.registry.unregistered(country, lang)
        elif lang == "kk":
            before = re.search(r"(?<!\w)\w+\s+$", text[max(0, title.start - 40):title.start])
            for written in (title.org_text, before.group() if before else None):
                country = self.kazakh_foreign_country.match(written) if written else None
                if country is not None:
                    return self.registry.unregistered(country.group(), lang)
        return None

    def _registered_in_kazakh(self, word: str) -> bool:
        """Whether a Kazakh word names a region, a region's centre, a district or a registered institution."""
        return (self.registry.region_of(word, "kk", by_centre=True) or self.registry.lookup(word, "kk")) is not None \
            or self.registry.is_kazakh_district_name(word)

    def _kazakh_foreign_title(self, text: str, title: TitleHit, orgs) -> bool:
        """Whether another country's name opens the Kazakh title's span ("Ресей Сыртқы істер министрі") or
        stands right before the title ("Жапония Премьер-министрі"), or a place that is neither this country
        nor one of its regions does, in no object's case, or opens the title's span in the genitive ("Сингапурдың
        Премьер-министрі")."""
        before = re.search(r"(?<!\w)\w+\s+$", text[max(0, title.start - 40):title.start])
        if any(written and self.kazakh_foreign_country.match(written) is not None
               for written in (title.org_text, before.group() if before else None)):
            return True
        # A kind's bare noun that opens a sentence is no country's name ("Министрліктің вице-министрі": the ministry's).
        opening = title.org_text.split()[0] if title.org_text else ""
        if opening[:1].isupper() and self.kazakh_chain.genitive.search(opening) and not opening.lower().startswith(self.kazakh_home_country) \
                and not self._registered_in_kazakh(opening) and self.references["kk"].kind_of(opening) is None:
            return True
        # A place in an oblique case is where, whither or an object, not whose ("Жиынға министрдің орынбасары",
        # "Талқылауға сенатор Name қатысты": a noun the model took for a place).
        return any(label in PLACE_LABELS and end <= title.start and text[end:title.start].isspace()
                   and not written.lower().startswith(self.kazakh_home_country) and self.registry.region_of(written, "kk") is None
                   and not written.lower().endswith(self._kazakh_where_or_object_endings)
                   for _, end, written, label in orgs)

    def _english_foreign_ministry(self, text: str, title: TitleHit, person: Mention) -> Institution | None:
        """The ministry of another country a minister's title names by its field and the country after it ("Vice
        Minister of Education of the Republic of Korea Name": the Ministry of Education of the Republic of Korea), or
        the country's adjective before it ("Korean Vice Minister of Education Name")."""
        seat = self.taxonomy.seat(title.code, "field")
        end = person.start if person.start > title.end else len(text)
        after = _FIELD_AND_COUNTRY_AFTER_OF.match(text, title.end, end)
        if seat is None or "en" not in seat.template:
            return None
        if after is None:
            if (country := self.english_country_after.match(text, title.end)) is not None:
                # "Culture Minister of Mongolia", "Foreign Minister of Latvia": the field before the title, the
                # country after "of"; no field, no ministry.
                field = self._english_field_words_before(text, title)
                return self.registry.unregistered(f"{seat.template['en'].format(field)} of {country.group(1)}", "en") if field else None
            if (country := self._country_of_the_joined_minister(text, title, person)) is not None:
                # "Health Minister Name and Sports Minister of Mongolia Name": the country closing the next
                # minister's title is the first's too.
                field = self._english_field_words_before(text, title)
                return self.registry.unregistered(f"{seat.template['en'].format(field)} of {country}", "en") if field else None
            field, state = _ENGLISH_FIELD_AFTER.match(text, title.end, end), self._state_of_the_title(text, title, "en")
            return self.registry.unregistered(f"{seat.template['en'].format(field.group(2))} of {state.name}", "en") \
                if field is not None and field.group("preposition") == "of" and state is not None else None
        words = after.group("country").split()
        country = next((" ".join(words[:size]) for size in range(len(words), 0, -1)
                        if " ".join(words[:size]).lower().replace("’", "'") in self.foreign_words), None)
        if country is None:
            return None
        return self.registry.unregistered(f"{seat.template['en'].format(after.group('field'))} of {after.group('the') or ''}{country}", "en")

    def _the_one_foreign_state_of_an_ambassador_named_before(self, text: str, title: TitleHit) -> str | None:
        """The one other country that an ambassador's title before ``title`` is given by its nationality or its name
        ("UK Ambassador", "Japanese Ambassador", "Hungary's Ambassador"), where the page names no other one so."""
        states = set()
        for before in _ENGLISH_STATE_BEFORE_AN_AMBASSADOR.finditer(text, 0, title.start):
            words = [_POSSESSIVE.sub("", word) for word in before.group(1).split()]
            phrases = [" ".join(words[first:]) for first in range(len(words))]
            state = next((self.nationality_countries.get(phrase.lower()) or phrase for phrase in phrases
                          if phrase.lower() in self.state_names["en"] or phrase.lower() in self.nationality_countries), None)
            if state is not None and state.lower() not in self.home_country_names["en"]:
                states.add(state)
        return states.pop() if len(states) == 1 else None

    def _english_field_words_before(self, text: str, title: TitleHit) -> str | None:
        """The field an English minister's title has right before it in capitalized words ("Culture Minister": Culture;
        "Foreign Minister": Foreign Affairs, as the ministry's name writes it), without an article, a rank, or a
        nationality."""
        run = self.capitalized_before_title.search(text, max(0, title.start - 60), title.start)
        words = run.group(1).split() if run else []
        while words and (words[0].lower() in self.words_before_a_ministers_field or _POSSESSIVE.sub("", words[0]).lower() in self.foreign_words
                         or _POSSESSIVE.sub("", words[0]).lower() in self.home_country_names["en"]):
            words = words[1:]
        if not words:
            return None
        field = " ".join(words)
        return self.ministry_fields_by_adjective.get(field.lower(), field)

    def _country_of_the_joined_minister(self, text: str, title: TitleHit, person: Mention) -> str | None:
        """Another country closing the minister's title joined by "and" right after this title's holder ("Education
        Minister Name and Sports Minister of Mongolia Name"): the country both ministers serve."""
        if person.start < title.end or text[title.end:person.start].strip():
            return None
        joined = _JOINED_MINISTERS_TITLE.match(text, person.end)
        country = self.english_country_after.match(text, joined.end()) if joined else None
        return country.group(1) if country else None

    def _home_body_of_another_country(self, text: str, title: TitleHit, registered: Institution) -> Institution | None:
        """Another country's body that an English title names by the words of one of this country's and the country
        after it ("deputies of the Parliament of Poland Name": Turkey's parliament, not Kazakhstan's)."""
        after = self.english_country_after.match(text, title.end)
        body = _BODY_AFTER_OF.search(title.written)
        if after is None or body is None or self._names_this_country(after.group(1)) or not self._names_this_country(registered.name):
            return None
        return self.registry.unregistered(f"{body.group(1)} {' '.join(after.group().split())}", "en")

    def _names_only_this_country(self, written: str, lang: str) -> bool:
        """Whether an institution's name is this country's name and nothing else ("Қазақстан Республикасы", "the Republic
        of Kazakhstan"): the country holds posts of its own, but no body of that name holds them."""
        nominative = self.registry.nominative(written, lang).strip().lower()
        return nominative in self.country_names[lang] and not self.home_country_names[lang].isdisjoint(nominative.split())

    def _names_this_country(self, written: str) -> bool:
        """Whether an English place's name is this country's ("Kazakhstan", "the Republic of Kazakhstan"): after a
        minister's title it says whose minister, not which ministry ("Foreign Minister of Kazakhstan": the field's)."""
        return bool(self.home_country_names["en"] & set(written.lower().split()))

    def _foreign_country_after_the_holder(self, text: str, title: TitleHit, person: Mention) -> bool:
        """Whether another country is named with "of" right after the name that follows an English title ("Prime
        Minister Name of Japan", "President Name of France"): the title is that country's."""
        return title.end <= person.start and _ONLY_SPACES.fullmatch(text, title.end, person.start) is not None \
            and self.english_country_after.match(text, person.end) is not None

    def _foreign_title(self, text: str, title: TitleHit) -> bool:
        """Whether the capitalized words right before an English title hold another country's nationality
        or possessive ("Hungarian Prime Minister", "Russian Foreign Minister", "Kyrgyzstan's Prime Minister"), or
        the title or its field ends with another country's name after "of" ("Prime Minister of Hungary", "Minister of
        Education of Poland")."""
        before = self.capitalized_before_title.search(text, max(0, title.start - 60), title.start)
        after = _COUNTRY_AFTER_OF.match(text, title.end)
        return before is not None and any(_POSSESSIVE.sub("", word).lower() in self.foreign_words for word in before.group(1).split()) \
            or after is not None and any(" ".join(words[:size]).lower().replace("’", "'") in self.foreign_words
                                         for words in [after.group(1).split()] for size in range(1, len(words) + 1))

    def _russian_foreign_place_after(self, text: str, title: TitleHit, orgs, person: Mention) -> str | None:
        """The place of another country that closes a Russian title's field and institution in the genitive
        ("министр финансов США", "директор департамента МВД Украины", "премьер-министр Италии"): the title
        is a foreign official's, whose institution no registered one of this country is."""
        place = next((org for org in sorted(orgs) if org[0] >= title.end and org[3] in PLACE_LABELS), None)
        if place is None or title.end <= person.start < place[0] or not _russian_genitive_chain(self._after_joined_title(text, title.end, place[0])) \
                or place[2].lower() in self.home_country_words or self.registry.region_of(place[2], "ru", by_centre=True):
            return None
        # "ректор университета Букетова": a namesake the model read as a place, whose words after the title are a registered
        # institution's short name in the genitive, is that institution's word, no foreign place.
        registered = self.registry.lookup(text[title.end:place[1]].strip(), "ru")
        if registered is not None and registered.in_registry:
            return None
        # A district, a village, a region with its noun: a place of this country the registry does not list.
        return None if any(word.startswith(_RUSSIAN_PLACE_NOUNS + ("област",)) for word in place[2].lower().split()) else place[2]

    def _after_joined_title(self, text: str, start: int, end: int) -> str:
        """The Russian text between ``start`` and ``end``, after a title joined by "и" that opens it: one
        holder's titles share the country after the last ("премьер-министр и министр иностранных дел Катара")."""
        joined = _JOINED_BY_AND.match(text, start, end)
        if joined:
            ends = [hit_end for hit_start, hit_end, _ in self.matcher("ru").find(text, joined.end(), end) if hit_start == joined.end()]
            if ends:
                return text[max(ends):end]
        return text[start:end]

    def _russian_represented_at(self, text: str, title: TitleHit, orgs, person: Mention) -> Institution | None:
        """The organization a country's representative is posted at, right after the country ("постпред
        России при ООН", "представитель Казахстана в ОБСЕ"): where the representative works."""
        place = next((org for org in sorted(orgs) if org[0] >= title.end), None)
        if place is None or place[3] not in PLACE_LABELS or text[title.end:place[0]].strip() or title.end <= person.start < place[1]:
            return None
        gap = self.posted_at.match(text, place[1])
        posted = next((org for org in orgs if gap and org[0] == gap.end() and org[3] not in PLACE_LABELS), None)
        if posted is None or title.end <= person.start < posted[1]:
            return None
        return self._seat_of(posted[2], title.code, "ru", False)

    def _russian_institution_by_preposition(self, text: str, title: TitleHit, orgs, person: Mention) -> Institution | None:
        """An organization after "в", "из", "при" or "от", right after a Russian title or after the name the
        title precedes ("работает учителем в школе-лицее № 2", "депутат от «Партии»", "эксперт Name из
        Университета ..."), the kind of the organization or its adjectives maybe before its name; or in
        brackets after the name ("вратарь Name (Кайрат)")."""
        starts = (title.end, person.end) if title.end <= person.start else (title.end,)
        for org_start, org_end, written, label in sorted(orgs):
            gap = next((self.russian_preposition_gap.fullmatch(text, start, org_start) for start in starts
                        if start <= org_start and (start == person.end or not title.end <= person.start < org_start)), None)
            if label not in PLACE_LABELS and gap is not None and all(
                    word.lower().startswith(tuple(self.taxonomy.institution_words.get("ru", ()))) or _adjective(word)
                    for word in (gap.group("kind") or "").split()):
                return self._seat_of(written, title.code, "ru", False)
        return None

    def _russian_place_after_institution(self, text: str, title: TitleHit, org_start: int, org_end: int, orgs,
                                         person: Mention) -> Institution | None:
        """A Russian institution with the place it serves right after it, one name: an unregistered one ("начальник
        УВД Карагандинской области"), or another country's ("представитель МВД Туркменистана")."""
        place = next((org for org in orgs if org[3] in PLACE_LABELS and org[0] > org_end and text[org_end:org[0]].isspace()), None)
        if place is None or org_start <= person.start < place[1] or self.registry.lookup(text[org_start:org_end], "ru") is not None \
                and self._russian_foreign_place_after(text, title, orgs, person) != place[2]:
            return None
        return self.registry.resolve(text[org_start:place[1]], "ru")

    def _russian_registered_after_unit(self, text: str, title: TitleHit, orgs, person: Mention) -> Institution | None:
        """The registered institution a Russian unit after a title is followed by, a space apart, the model
        marking them apart ("директор Департамента высшего образования МНВО РК", "начальник отдела кадров
        Минпросвещения"), or by the last field of its name that the model left out ("председатель Комитета по
        социально-культурному развитию и науке Сената"): the unit's institution."""
        ordered = sorted(org for org in orgs if org[0] >= title.end and not org[0] <= person.start < org[1])
        for (unit_start, unit_end, unit, _), (next_start, _, written, label) in zip(ordered, ordered[1:]):
            if title.end <= person.start < next_start:
                return None
            # So is a board's ("член Совета директоров АО «Name»": the company's, as a board named alone is its page's company's).
            if (_has_word(unit, self.taxonomy.unit_words.get("ru", frozenset())) or _BOARD_OF_A_COMPANY.search(unit)) \
                    and label not in PLACE_LABELS \
                    and (text[unit_end:next_start].isspace() or _UNIT_FIELD_JOINED_BY_AND.fullmatch(text, unit_end, next_start)):
                return self.registry.lookup(written, "ru")
        return None

    def _russian_referred_after_unit(self, text: str, title: TitleHit, orgs, person: Mention, home) -> Institution | None:
        """The institution a Russian unit after a title is followed by as its kind's bare noun in the genitive, the model
        marking the unit alone ("директор Департамента науки и человеческих ресурсов министерства"): the one of that kind
        named before, else the page's own (``_russian_referred_parent``); a pointing word may stand before the noun
        ("директор Института непрерывного образования того же вуза": the university named before)."""
        unit = min((org for org in orgs if org[0] >= title.end and not org[0] <= person.start < org[1]), default=None)
        if unit is None or title.end <= person.start < unit[0] \
                or not _has_word(unit[2], self.taxonomy.unit_words.get("ru", frozenset())):
            return None
        following = self.russian_noun_after_a_unit.match(text, unit[1])
        return self._russian_referred_parent(f"{unit[2]} {following.group(1)}", title, home) if following else None

    def _kazakh_institution_of_a_bare_branch(self, text: str, title: TitleHit, home) -> Institution | None:
        """The institution a Kazakh branch named by its level alone before a title ("Облыстық филиал төрағасы") belongs to:
        the one whose branch of that level its paragraph or the ones before named last ("... кәсіподағы облыстық
        филиалында"), an NER span right before the branch's words; a branch is its institution's, as the pages' gold
        reads it."""
        bare = _KAZAKH_BARE_BRANCH_BEFORE_A_TITLE.search(text, max(0, title.start - 40), title.end)
        if bare is None:
            return None
        level = bare.group("level").lower()
        named = None
        for match in _KAZAKH_BRANCH_AFTER_A_NAME.finditer(text, 0, bare.start()):
            if match.group("level").lower() != level:
                continue
            before = [mention for mention in home.document.mentions if mention.label in ORG_LABELS and mention.label not in PLACE_LABELS
                      and mention.end <= match.start()
                      and text[mention.end:match.start()].strip(" »”\"") == ""]
            if before:
                named = max(before, key=lambda mention: mention.end)
        return self.registry.resolve(named.text, "kk") if named is not None else None

    def _kazakh_registered_branch_in_a_region(self, text: str, title: TitleHit) -> Institution | None:
        """The registered institution whose regional branch a Kazakh title names, its quoted name and legal form before
        the region ("«X» РМК Ақмола облысы бойынша филиалының директоры", "«X» АҚ Алматы қаласындағы филиалының"):
        a branch is its institution's, as the pages' gold reads it."""
        branch = self.kazakh_registered_branch_in_a_region.search(text, max(0, title.start - 160), title.start)
        if branch is None:
            return None
        for written in (f"«{branch.group('name')}» {branch.group('form') or ''}".strip(), branch.group("name")):
            found = self.registry.lookup(written, "kk")
            if found is not None and found.in_registry:
                return found
        return None

    def _russian_institution_of_a_bare_branch(self, name: str, title: TitleHit, home) -> Institution | None:
        """The registered institution a Russian branch named without whose branch it is ("исполнительный секретарь
        Житикаринского районного филиала" after "... городского филиала партии «AMANAT»") belongs to: the one of a kind that
        has branches named last before the title in its paragraph."""
        if not self.references["ru"].names_a_branch_alone(name.split()):
            return None
        return home.named_before(_KINDS_WITH_BRANCHES, title.start, "ru", registered_only=True)[0]

    def _institution_after_a_units_comma(self, text: str, title: TitleHit, orgs, person: Mention, lang: str) -> Institution | None:
        """The institution a career line names after the title's unit, a comma or a dash apart, the clause ending with it
        ("head of the department of higher education, Ministry of Education and Science", "заведующий кафедрой физики,
        Карагандинский университет им. Букетова", "ғылым бөлімінің меңгерушісі, Қ. Жұбанов атындағы Ақтөбе өңірлік
        университеті"): the unit's. The model's spans right after one another are one name."""
        # A title before its holder's name is one of an apposition's titles and degrees, each after a comma ("Dean of the
        # Faculty of Natural Sciences, Candidate of Chemical Sciences, Associate Professor Name"): no career line.
        joined = self.unit_joined_to_its_institution[lang].match(text, title.end)
        if joined is None or person.start >= title.end:
            return None
        name_end = None
        for org_start, org_end, _, label in sorted(orgs):
            if label not in PLACE_LABELS and (org_start == joined.end() if name_end is None else text[name_end:org_start].isspace()):
                name_end = org_end
        if name_end is None or _CLAUSE_END.match(text, name_end) is None:
            return None
        return self._seat_of(text[joined.end():name_end], title.code, lang, False)

    def _russian_antecedent_of_whose(self, text: str, title: TitleHit, orgs) -> Institution | None:
        """The organization a relative clause qualifies, where the title opens the clause with "которой"/"которого" after
        it ("Ассоциация вузов, первым президентом которой был Name", "Музей, директор которого Name"): the organization
        the comma before the clause closes."""
        if _RUSSIAN_WHOSE.match(text, title.end) is None:
            return None
        opening = _RUSSIAN_CLAUSE_OPENING_BEFORE.search(text, max(0, title.start - 40), title.start)
        if opening is None:
            return None
        return next((self._seat_of(written, title.code, "ru", label in PLACE_LABELS) for _, org_end, written, label in orgs
                     if label not in PLACE_LABELS and not text[org_end:opening.start()].strip(" »\"")), None)

    def _russian_institution_of_a_unit_in(self, text: str, title: TitleHit, orgs, person: Mention) -> Institution | None:
        """The institution after "в" that a unit right after a Russian title is part of, the unit's noun and words in lower
        case ("руководитель отдела цифровизации в Министерстве энергетики", "заведовал лабораторией в ведущем
        онкологическом центре X"): the unit's institution, as a unit's staff are at it; not a place ("в Алматы")."""
        unit = self.russian_unit_in_an_institution.match(text, title.end)
        if unit is None or title.end <= person.start < unit.end():
            return None
        found = next(((start, end, written) for start, end, written, label in sorted(orgs)
                      if label not in PLACE_LABELS and start >= unit.end() and not (unit.end() <= person.start < start)
                      and _RUSSIAN_LOWER_CASE_MODIFIERS.fullmatch(text, unit.end(), start)), None)
        if found is None:
            # The model marks no institution there ("в Канцелярии премьер-министра X"): its capitalized noun and the
            # words in the genitive after it, up to a state's name.
            named = _RUSSIAN_CAPITALIZED_BODY.match(text, unit.end())
            if named is None or named.start(1) <= person.start < named.end(1) \
                    or not all(word[:1].isupper() or _genitive_or_and(word) for word in named.group(1).split()[1:]):
                return None
            found = (named.start(1), named.end(1), named.group(1))
        start, end, written = found
        # Another state's body, named by its state in the genitive right after it: no registered body of this country.
        state = _RUSSIAN_STATE_WORD_AFTER.match(text, end)
        state_word = state.group(1) if state else written.split()[-1]
        if state_word.lower() in self.country_names["ru"] and state_word.lower() not in self.home_country_names["ru"]:
            return self.registry.unregistered(written if state is None else f"{written} {state_word}", "ru")
        return self._seat_of(written, title.code, "ru", False)

    def _russian_registered_after_instrumental_unit(self, text: str, title: TitleHit, orgs, person: Mention) -> Institution | None:
        """The registered institution right after a head's unit in the instrumental, the unit's words unmarked
        ("заведующий лабораторией молекулярной генетики Института генетики и физиологии Name")."""
        unit = self.russian_unit_in_instrumental.match(text, title.end)
        if unit is None or unit.end() > person.start >= title.end:
            return None
        return next((self.registry.lookup(written, "ru") for start, _, written, label in orgs
                     if start == unit.end() and label not in PLACE_LABELS), None)

    def _russian_reporting_institution(self, text: str, title: TitleHit, orgs) -> Institution | None:
        """The organization a Russian sentence opens with as the ones who report what its title holder does ("В
        компании «Name» сообщили, что директор Name ...", "В Минздраве рассказали, что вице-министр Name ...")."""
        for org_start, org_end, written, label in sorted(orgs):
            if org_end > title.start or label in PLACE_LABELS:
                continue
            report = self.russian_report_after.match(text, org_end, title.start)
            if report is not None and self.russian_report_before.search(text, max(0, org_start - 40), org_start) \
                    and _russian_modifiers_only(text[report.end():title.start]):
                return self._seat_of(written, title.code, "ru", False)
        return None

    def _registered_in_lower_case_after(self, text: str, title: TitleHit) -> Institution | None:
        """A registered institution an English title's "of the" names in lower case, where the model marks no organization
        ("head of the presidential administration of Kazakhstan"): the longest run of two words or more from its start
        that is one of the registry's names exactly."""
        match = _LOWER_CASE_BODY_AFTER_A_TITLE.match(text, title.end)
        if match is None:
            return None
        words = match.group(1).split()
        return next((found for size in range(len(words), 1, -1)
                     if (found := self.registry.by_alias.get(fold(" ".join(words[:size])))) is not None), None)

    def _english_mixed_case_body_before_the_holder(self, text: str, title: TitleHit, person: Mention) -> Institution | None:
        """An institution an English title's "of the" names right before its holder's name, its first word capitalized
        and a word of it in lower case, where the model marks no organization ("Director of the Scientific-practical
        center of Child Health Name"): the words up to the name."""
        if person.start <= title.end:
            return None
        match = self.english_mixed_case_body_before_a_holder.fullmatch(text, title.end, person.start)
        if match is None or not any(word[:1].islower() for word in re.split(r"[\s-]+", match.group("body"))):
            return None
        return self.registry.resolve(match.group("body"), "en")

    def _institution_candidates(self, text, title: TitleHit, lang, orgs, person: Mention, home, left_limit: int):
        if lang == "kk" and self.kazakh_chaired_body_title.search(text, max(0, title.start - 40), title.end):
            return  # a jury's chairman, an organizing committee's secretary: a post of no institution
        if title.of_no_institution:
            return  # "The jury included Name": a member of the jury, whatever the name's own post
        words_before = _words(text[left_limit:title.start])  # where a genitive chain before the title names its institution
        if lang == "en" and _ENGLISH_COUNT_OF_PLACES_AFTER.match(text, title.end):
            return  # "akim (head) of two districts in X region": of several places the page does not name, at none of them
        registered = self._registry_ngram(title.written.split(), lang)
        if lang == "en" and registered is None and (district := _ENGLISH_DISTRICT_AFTER_A_HEAD.match(text, title.end)) is not None \
                and (text[district.end():person.start].isspace() or _CLAUSE_END_AFTER_A_DISTRICT.match(text, district.end())) \
                and (place_head := self.taxonomy.seat(title.code, "place_head")) is not None and "en" in place_head.template:
            # "Head of Otrar district Name": a district's head by its name is its akim (place_head), at the district's akimat.
            akimat = self.registry.resolve(place_head.template["en"].format(f"{district.group('place')} District"), "en")
            yield (akimat if akimat.in_registry else replace(akimat, type="akimat")), 1.0, "title"
            return
        registered = self._registry_ngram(title.written.split(), lang)
        if lang == "en" and registered is not None and (abroad := self._home_body_of_another_country(text, title, registered)):
            yield abroad, 1.0, "title"
            return
        yield registered, 1.0, "title"
        if lang == "ru":
            # "руководитель отдела цифровизации в Министерстве ...", "возглавлял управление кадров в Канцелярии ...",
            # "заведовал лабораторией в ... центре X": a unit named in lower case, then "в" and the institution it is part of.
            yield self._russian_institution_of_a_unit_in(text, title, orgs, person), 1.0, "text"
        if lang == "en" and self.taxonomy.seat(title.code, "place") is not None \
                and (placed := _PLACE_CLOSING_A_TITLE.search(title.written)) is not None:
            yield self._seat_of(placed.group(1), title.code, lang, True), 1.0, "title"  # "head of the Pavlodar region"
        fixed = self.taxonomy.fixed_seat(title.code, title.written)
        yield (self.registry.registered(fixed) if fixed else None), 1.0, "title"
        if lang == "en":
            yield self._registered_in_lower_case_after(text, title), 1.0, "text"
            yield self._english_mixed_case_body_before_the_holder(text, title, person), 1.0, "text"
        if self.taxonomy.seat(title.code, "place") is not None:
            yield self._place_named_after_a_person(text, title, lang, person), 1.0, "text"
        if lang == "kk" and title.verb and title.org_text \
                and (bare := self.references["kk"].bare_phrase(title.org_text.split())) is not None:
            # A verb's object that is a bare noun ("Басқарманы басқарған", "осы мектепке басшылық етті") names none:
            # it refers back.
            yield from self._referred_back(bare, title, lang, home)
            title = replace(title, org_text=None)
        if lang in self.offices_named_by_titles:
            yield self._office_named_by_the_title(text, title, lang, orgs), 1.0, "title"
        if lang == "kk" and not title.whose:
            yield self._kazakh_institution_of_its(text, title, home), 0.8, "text"
        if lang == "kk":
            yield self._institution_opening_the_title(text, title, left_limit, orgs), 1.0, "title"
            yield self._kazakh_institution_served_at(text, title, left_limit), 0.8, "text"
            # The kind's noun before the title, or an institution's opening it ("мәслихат хатшысы"; a unit's,
            # "басқарма төрағасы", chairs a board).
            referred = self.references["kk"].bare_phrase(
                self.kazakh_chain.without_subject(words_before)[-MAX_CHUNK_WORDS:])
            opening = self.references["kk"].bare_phrase(title.written.split()[:-1])
            # A place's adjective before the title says whose body it opens with ("Облыстық мәслихат депутаты": the region's,
            # not the district's maslikhat named before).
            place_adjective = next((self.references["kk"].adjective(word) and self.references["kk"].kind_of(word) in self.place_kinds
                                    for word in words_before[-1:]), False)
            # A head of a place by its bare noun ("аудан басшысы", "округ басшысы") is the akim of the one referred to.
            if referred is None and opening is not None and not place_adjective and (
                    opening[0] in self.references["kk"].institution_kinds
                    or opening[0] in self.place_kinds and self.taxonomy.seat(title.code, "place") is not None):
                referred = opening
        else:
            referred = self.references[lang].after(text, title, person)
            # A kind's noun inside the title refers back only where no institution follows it: "a kindergarten teacher at
            # nursery-garden No. 54" works there, not at the kindergarten named before.
            if referred is None and not any(org_start >= title.end and self.title_to_institution[lang].match(text[title.end:org_start])
                                             for org_start, _, _, _ in orgs):
                referred = self.references[lang].inside(title)
            # A title that names its place's level ("глава региона", "head of the region") refers to the place of that level.
            referred = referred or self._bare_noun_a_head_verb_governs(title, lang) or self.references[lang].place_inside(title) \
                or (self._russian_city_adjective_before(text, title) if lang == "ru" else None)
        if lang == "en":
            # Before the place its words name: "head of the city's education department" heads the city's registered department.
            yield self._english_regional_body(text, title, home), 0.8, "text"
        yield from self._referred_back(referred, title, lang, home)
        if lang == "ru" and referred is not None and referred[0] in _PLACES_BELOW_A_REGION \
                and russian_morphology().parse(referred[1][-1].lower())[0].tag.number != "plur":
            # A rural district's or a village's akim where the page names none before: that place's akimat by its noun
            # alone, as a Kazakh title's ("Ауылдық округ әкімі") is read, never the district's or the region's. The plural
            # ("акимы сельских округов: ...") names none of them. So is a district's ("аким района" on a page naming no
            # district), as "аудан әкімдігі" and "District Akimat" are read.
            yield self.registry.resolve(self.taxonomy.place_seat_template(lang).format(" ".join(referred[1])), lang), 0.7, "text"
            return
        if lang == "kk":
            whom = title.org_text or " ".join(self.kazakh_chain.before(words_before))
            yield self._seat_of_whom(whom), 1.0, "title"
            if not title.org_text:
                yield self._seat_of_whom_with_fields_joined(words_before, whom), 1.0, "title"
            served_alone = self._kazakh_served_title_alone(whom)
            if served_alone is not None:
                yield from self._referred_back((served_alone, whom.split()), title, lang, home)
                return
        elif title.code in self.taxonomy.in_service_of:
            yield self._seat_of_the_served(text, title, person, lang), 1.0, "text"
        if lang == "kk" and title.org_text and self.taxonomy.seat(title.code, "field") is not None:
            # The model's title may hold only the last of a minister's fields ("білім және [ғылым министрі]"): the
            # registered ministry of the fields the title's own words end, before the title's words alone name one.
            yield self._ministry_before(text, title, self.taxonomy.seat(title.code, "field").template[lang], left_limit,
                                        own_words=True), 1.0, "title"
        if title.org_text:
            words = self.kazakh_chain.without_subject(title.org_text.split()) if lang == "kk" else title.org_text.split()
            breaks = [index for index, word in enumerate(words)
                      if self.kazakh_chain.breaks(word, words[index + 1] if index + 1 < len(words) else "")] if lang == "kk" else []
            # A registered name may hold a word that breaks a chain ("Еңбек және халықты әлеуметтік қорғау
            # министрі": the accusative is part of the ministry's name).
            whole = self._seat_of(" ".join(words), title.code, lang, is_place=False) if breaks else None
            if whole is not None and whole.in_registry:
                yield whole, 1.0, "title"
            org_text = " ".join(words[breaks[-1] + 1:] if breaks else words)
            # The model often leaves a numbered institution's number or a name's first words out of the
            # POSITION ("№ 3 облыстық ... кеңесінің басшысы", "Мұхтар Әуезов атындағы Оңтүстік | Қазақстан
            # университетінің проректоры"): the chain before the title, from a name's first word, is the whole name.
            chain = self.kazakh_chain.before(words_before)
            if org_text and " ".join(chain).endswith(" " + org_text) and (
                    any(word.startswith("№") for word in chain) or chain[0][:1].isupper()):
                org_text = " ".join(chain)
            if org_text:
                yield self._seat_of(org_text, title.code, lang, is_place=False), 1.0, "title"
        if lang == "ru":
            yield self._institution_dashed_before_the_name(text, title, orgs, person), 1.0, "text"
            yield self._institution_of_the_title_joined_after(text, title, orgs, person), 1.0, "text"
        if lang == "kk":
            yield self._regional_body_in_title(text, title), 1.0, "title"
        if lang == "ru" and title.code in self.taxonomy.in_service_of:
            yield self._russian_represented_at(text, title, orgs, person), 1.0, "text"
        if lang == "ru":
            yield self._russian_registered_after_instrumental_unit(text, title, orgs, person), 1.0, "text"
            yield self._russian_antecedent_of_whose(text, title, orgs), 1.0, "text"
        # In English within the title's sentence ("... held in Akorda. Minister Name": not the minister's; a Kazakh
        # institution's name may open before the boundary left of the title). A dash, a comma or a closing bracket
        # ends what may name the title's institution ("KAZINFORM – Head of State", "ASTANA, Dec 4 (Kazinform)
        # Minister": the agency that wrote the report). Never in a paragraph before ("... управления образования
        # Костанайской области.\n\nМинистр просвещения Name").
        preceding = text[max(left_limit if lang == "en" else 0, title.start - 80, text.rfind("\n", 0, title.start) + 1):title.start].split()
        cut = max((index for index, word in enumerate(preceding) if _ENDS_A_PHRASE.search(word)
                   and not (lang == "kk" and self.kazakh_chain.registered_across_its_comma(word, preceding[index + 1:]))), default=-1)
        preceding = preceding[cut + 1:]
        if lang == "kk":  # "министрлігінің жауапты хатшысы": the words that qualify the title are no name's
            preceding = self.kazakh_chain.without_subject(preceding)
        # An English verb's institution is its object after it: what ends before it is another title's
        # ("worked as an expert of the Ministry of Education and headed the Center").
        # A dateline's agency in capitals before the title ("ASTANA. KAZINFORM Deputy Minister Name") wrote the report.
        agency = _DATELINE_AGENCY_BEFORE.fullmatch(text, text.rfind("\n", 0, title.start) + 1, title.start)
        # "representatives from X University and Deputy Chairman of the Y Centre Name": the body before "and" is another
        # item's, where the title names its own institution after it.
        joined = lang == "en" and bool(preceding) and preceding[-1].lower() in ("and", "or") \
            and bool(_ENGLISH_OWN_INSTITUTION_AFTER.match(text, title.end))
        if text[title.start - 1:title.start].isspace() and not (lang == "en" and title.verb and not title.subject_after) \
                and not agency and not joined:
            # A Kazakh institution's whole name runs up to the title it qualifies, however long
            # ("Ғылым және жоғары білім министрлігінің өкілі"); elsewhere a short name right before it.
            for size in range(MAX_CHUNK_WORDS if lang == "kk" else 4, 0, -1):
                issuer = lang == "ru" and self._act_issued_by(" ".join(preceding[:-size]))
                body = self.registry.lookup(" ".join(preceding[-size:]), lang) if len(preceding) >= size and not issuer else None
                if lang == "kk" and body is not None and self._regional_namesake_of_a_national_body(preceding[:-size], body):
                    continue
                yield (self._kazakh_local_chapter(preceding[:-size], body) or body) if lang == "kk" and body is not None \
                    else body, 1.0, "text"
        if lang == "en" and self.taxonomy.seat(title.code, "place") is not None:
            yield self._english_region_around(text, title, person), 1.0, "text"
        elif lang == "en" and self.taxonomy.seat(title.code, "place_office") is not None:
            # "Prosecutor of Kostanay region Name": the place's office, read as an akim's place is
            akimat = self._english_region_around(text, title, person)
            yield (self._as_the_places_office(akimat, title.code, lang) if akimat is not None else None), 1.0, "text"
        if lang == "kk":
            chunk = self.kazakh_chain.before(words_before)
            # A title in its bare form, no possessive ending ("кәсіпкер Name", not "колледж директоры"), is qualified by
            # no noun before it: what precedes it is the clause's object or subject ("екі колледжді кәсіпкер Name-ге
            # берді"), not the title's institution.
            bare = bool(chunk) and _KAZAKH_CYRILLIC_LOWER_WORD.fullmatch(title.written.split()[-1]) is not None \
                and not self.references["kk"].in_the_possessive(title.written.split()[-1])
            if chunk and not bare and self._names_an_institution(chunk, lang) and not self.references["kk"].in_the_plural(chunk[-1]):
                yield self._seat_of(" ".join(chunk), title.code, lang, is_place=False), 0.9, "text"
        if lang == "en" and title.code in self.taxonomy.in_service_of:
            # "Adviser to the Consulate General of X": an adviser of an institution works for it.
            yield next((self._seat_of(written, title.code, lang, label in PLACE_LABELS)
                        for org_start, org_end, written, label in sorted(orgs)
                        if org_start >= title.end and self.service_gap.match(text[title.end:org_start])
                        and not title.end <= person.start < org_start), None), 1.0, "text"
        if lang == "en":
            yield self._quoted_unit_at_an_institution(text, title, orgs, person), 1.0, "text"
            yield self._unit_of_a_registered_institution(text, title, orgs, person), 1.0, "text"
            yield self._supervisors_institution_before(text, title, orgs, person), 1.0, "text"
            yield self._workplace_before_as(text, title, orgs, person), 1.0, "text"
        russian_heads = self.taxonomy.institution_words.get("ru", frozenset())
        # "депутат маслихата Карагандинской области": the title's own noun heads the institution the place
        # after it completes, read before the place alone; any other title's institution after the places.
        title_holds_its_noun = lang == "ru" and len(title.written.split()) > 1 \
            and title.written.split()[-1].lower().startswith(tuple(russian_heads))
        if title_holds_its_noun:
            phrase = _russian_institution_after(text, title, person, russian_heads)
            if phrase:
                yield self.registry.resolve(phrase, lang), 1.0, "text"
        pattern = self.title_to_institution[lang]
        # What a verb of teaching governs right after it is the subject taught ("teaches Turkic history at X").
        taught_at = self.taught_at_institution if title.verb and title.code == self.teaching_code else pattern
        field_seat = self.taxonomy.seat(title.code, "field")
        if lang == "en" and field_seat is not None:
            # A field of several of the model's spans ("Minister of" "Labor" and "Social Protection of the Population").
            yield self._english_field_after(text, title, person, field_seat.template[lang]), 1.0, "title"
        # A minister's capitalized words after "of" are the field of the ministry (the candidates below).
        subject_before_organization = lang == "en" and field_seat is None
        for org_start, org_end, written, label in orgs:
            # NER often takes the title, or its end, into the place or organization it qualifies: "Аким Туркестанской
            # области" (LOC), "председатель [совета директоров «Name»]". A Kazakh title follows its institution: the
            # words after it in such a span are the clause's ("Аудан әкімінің орынбасары болып").
            rest = text[title.end:org_end].strip()
            # Nor is a chain's next title the model ran in ("Председатель [Правления – Ректор]") an institution.
            if org_start < title.end < org_end and rest and lang != "kk" and not (title.end <= person.start < org_end) \
                    and not self._a_title_word(rest.strip("–—-:;,. "), lang):
                yield self._seat_of(rest, title.code, lang, label in PLACE_LABELS), 1.0, "text"
        for org_start, org_end, written, label in sorted(orgs):
            gap = text[title.end:org_start]
            if org_start >= title.end and (taught_at.match(gap) or subject_before_organization and label not in PLACE_LABELS
                                           and self.english_subject_to_organization.match(gap)) \
                    and not (title.end <= person.start < org_start) \
                    and not (lang == "en" and field_seat is not None and self._names_this_country(written)) \
                    and not (lang == "en" and label not in PLACE_LABELS and self._english_field_of_study(gap, written)):
                if lang == "en" and (possessive := self.english_possessive_before_a_name.match(text, org_end)):
                    # "of Kazakhstan's Bilim Foundation": the place qualifies the institution after it; a unit in lower
                    # case after it is the institution's ("head of the Ministry of Education's press service"), and so is
                    # a unit's name after a registered institution's ("director of the Education Ministry's Preschool
                    # Education Department": a unit takes its institution's id). A place's body named so is the registered
                    # one of that place ("of the Karaganda region's Department of Education").
                    possessor = self.registry.lookup(written, lang) if label not in PLACE_LABELS else None
                    named_after = next((other_end for other_start, other_end, _, label_after in orgs
                                        if other_start == possessive.end() - 1 and label_after not in PLACE_LABELS), None)
                    if possessor is not None and named_after is not None and not org_start <= person.start < org_end:
                        yield possessor, 1.0, "text"
                    elif named_after is not None and not org_start <= person.start < named_after \
                            and (body := self.registry.lookup(text[org_start:named_after], lang)) is not None:
                        yield body, 1.0, "text"
                    continue
                if lang == "en" and label in PLACE_LABELS and (quote := _QUOTED_NAME_AFTER_A_PLACE.match(text, org_end)) \
                        and any(other_start in (quote.end() - 1, quote.end()) and label_after not in PLACE_LABELS
                                for other_start, _, _, label_after in orgs):
                    continue  # "Director of Taraz “Nazarbayev Intellectual School”": the place of the quoted institution
                # "head of the Almaty city education department": a place the model took alone (as a place or
                # an organization) heads the name; so does a name the registry lacks ("the Esik humanitarian
                # college", "the Enbekshikazakh district maslikhat": the model reads only the capitalized word).
                is_place = label in PLACE_LABELS or self.registry.region_of(written, lang) is not None
                named = self.english_institution_after_place.match(text, org_end) \
                    if lang == "en" and (is_place or self.registry.lookup(written, lang) is None) else None
                if named and not org_start <= person.start < named.end():
                    yield self.registry.resolve(text[org_start:named.end()], lang), 1.0, "text"
                if lang == "ru" and not is_place:
                    yield self._russian_place_after_institution(text, title, org_start, org_end, orgs, person), 1.0, "text"
                yield self._seat_of(written, title.code, lang, label in PLACE_LABELS), 1.0, "text"
            elif lang == "ru" and label in PLACE_LABELS and org_start >= title.end \
                    and (noun := _russian_place_noun_written_out(text[title.end:org_start], self.taxonomy.place_words.get("ru", frozenset()))) \
                    and not title.end <= person.start < org_start:
                # "аким города Конаев", "аким г. Павлодара" (города Павлодара): the place's noun before its name, or its
                # abbreviation, says which kind of place it is.
                yield self._seat_of(f"{noun} {text[org_start:org_end].strip()}", title.code, lang, True), 1.0, "text"
        if lang == "en":
            yield self._english_body_of_the_place_after(text, title, orgs, person), 1.0, "text"
            yield self._institution_of_its(text, title, home), 1.0, "text"
            unit = self._english_unit_after(text, title, person)
            if unit:
                yield self.registry.resolve(unit, lang), 0.8, "text"
        if lang == "en" and title.end <= person.start:
            # "Professor Li Wei of Tsinghua University", "Professor Name (KBTU)": the institution follows the
            # holder's name; a place there is where the holder is ("UNESCO Director-General Name in Paris").
            yield next((self._seat_of(written, title.code, lang, False)
                        for org_start, org_end, written, label in sorted(orgs)
                        if label not in PLACE_LABELS and org_start >= person.end
                        and self.institution_after_holder.fullmatch(text, person.end, org_start)),
                       None), 1.0, "text"
            # "Professor Name, Satbayev University, Professor Name, ...": a registered institution in apposition to the
            # holder's name, closed as an item of a list is, is where the holder is.
            yield next((found for org_start, org_end, written, label in sorted(orgs)
                        if label not in PLACE_LABELS and org_start >= person.end and _COMMA_ONLY.fullmatch(text, person.end, org_start)
                        and _LIST_ITEM_CLOSED.match(text, org_end)
                        and (found := self._seat_of(written, title.code, lang, False)) is not None and found.in_registry), None), 1.0, "text"
        if lang == "ru" and not title_holds_its_noun:
            phrase = _russian_institution_after(text, title, person, russian_heads)
            if phrase:
                yield self.registry.resolve(phrase, lang), 0.9, "text"
        if lang == "ru":
            # "глава корпорации Microsoft", "тренер мадридского «Реала»": the kind of the organization or its
            # adjectives before its name.
            # On a school's own site a school's unit's noun among them keeps the name a unit's: "куратор группы ЭМ-41"
            # (elsewhere "глава группы «Альфа»" heads the group).
            school_site = home.school_site(lang) is not None
            yield next((self._seat_of(f"{between.strip()} {written}" if school_site and self.school_unit[lang].search(between) else written,
                                      title.code, lang, False)
                        for org_start, org_end, written, label in sorted(orgs)
                        if label not in PLACE_LABELS and org_start >= title.end and not title.end <= person.start < org_start
                        and _russian_genitive_words_only(between := text[title.end:org_start])), None), 1.0, "text"
        if field_seat is not None and lang == "kk":
            yield self._ministry_before(text, title, field_seat.template[lang], left_limit), 0.9, "title"
        elif field_seat is not None and lang in field_seat.template:
            complement = _field_after(text, title, lang, person, self.field_stop_words)
            if complement and not (lang == "en" and self._names_this_country(complement)):
                ministry = field_seat.template[lang].format(complement)
                country = self._russian_foreign_place_after(text, title, orgs, person) if lang == "ru" else None
                yield (self.registry.unregistered(f"{ministry} {country}", lang) if country
                       else self.registry.resolve(ministry, lang)), 0.9, "title"
            elif lang == "en":
                yield self._english_field_before(text, title, field_seat.template[lang]), 0.9, "title"
        if lang == "ru":
            yield self._russian_institution_by_preposition(text, title, orgs, person), 0.9, "text"
        for org_start, org_end, written, label in sorted(orgs, reverse=True):
            # A Russian place right before a title completes the words before it ("заведующий кафедрой
            # истории Казахстана профессор Name"): a Russian title names its place after it. An English
            # institution, not a place, may have its possessive ("Kazakhtelecom's head Name").
            gap = text[org_end:title.start].strip()
            # "Vice President for International Relations Professor Name": a portfolio after "for" is the title's before it;
            # so is one right before it ("External Relations Officer").
            if lang == "en" and (_PORTFOLIO_BEFORE.search(text, max(0, org_start - 12), org_start) or self._portfolio(written)):
                continue
            # An English institution's acronym in brackets may stand between its name and the title, or be the
            # institution read alone where it is a registered one ("the World Health Organization (WHO) Director-General Name").
            if org_end <= title.start and (gap == "" or lang == "en" and label not in PLACE_LABELS
                                           and (_POSSESSIVE.fullmatch(gap) or _BRACKETED_ACRONYM.fullmatch(gap)
                                                or gap == ")" and text[:org_start].rstrip().endswith("(")
                                                and self.registry.lookup(written, lang) is not None)) \
                    and not agency and not (lang == "ru" and (label in PLACE_LABELS or self._act_issued_by(text[max(0, org_start - 40):org_start]))) \
                    and not (lang == "ru" and self._russian_title_word_right_before(text, org_start)) \
                    and not (lang == "kk" and self.kazakh_chain.names_where(written)) \
                    and not (lang == "kk" and self.kazakh_agent_noun.match(written.strip()) and self.registry.lookup(written.strip(), lang) is None) \
                    and not (lang == "en" and label in PLACE_LABELS and self.taxonomy.seat(title.code, "place") is None
                             and self.english_locative_preposition_before.search(text, max(0, org_start - 6), org_start)):
                yield self._seat_of(written, title.code, lang, label in PLACE_LABELS), 1.0, "text"
        if field_seat is not None:
            # "Қаржы министрлігі ... . Министр Name": a minister's title alone is the ministry named last.
            yield self._named_before(("ministry",), title.start, lang, home)
        if lang == "ru" and title.code == "secretary" and self.russian_ministry_secretary.search(text, max(0, title.start - 20), title.start):
            # "назначен ответственным секретарем": a ministry's executive secretary, of the ministry named last.
            yield self._named_before(("ministry",), title.start, lang, home)
        if lang == "ru":
            yield self._russian_reporting_institution(text, title, orgs), 0.8, "text"
        if lang == "en":
            yield from self._referred_back(self.references["en"].before(text, title), title, lang, home)
        kinds = self.taxonomy.page_institution.get(title.code, ())
        if lang != "ru":
            # A head on a Kazakh school's own site heads a part of it the sentence names ("Мектеп кітапханасын
            # меңгеріп", "бөлімге басшылық етеді"), not the school its header names.
            kinds = tuple(kind for kind in kinds if kind != "publisher")
        if title.code == "deputy_head":
            # A deputy of a post the title names ("Заместитель декана", "Deputy deans", "Деканның орынбасары") is where
            # that post is.
            first_word_end = title.start + len(text[title.start:title.end].split()[0])
            served = [code for _, _, code in [*self.matcher(lang).find(text, max(left_limit, title.start - 30), title.start),
                                              *self.matcher(lang).find(text, first_word_end, title.end)]
                      if code != title.code]
            kinds = (*self.taxonomy.page_institution.get(served[-1], ()), *kinds) if served else kinds
        # An English board's chairman after the name and its comma, the title closing the clause ("..., the first subscriptions
        # were made by Name, Chairman of the Board."): the board of the registered institution the sentence named before
        # the name, not the page's own.
        if lang == "en" and title.code in ("chairman", "deputy_chairman") and person.end <= title.start \
                and _MANAGEMENT_BOARD.search(title.written) and _CLAUSE_END_AFTER_A_TITLE.match(text, title.end):
            yield next((registered for org_start, org_end, written, label in sorted(orgs, reverse=True)
                        if label not in PLACE_LABELS and org_end <= person.start
                        and (registered := self.registry.lookup(written, lang)) is not None), None), 0.8, "text"
        # A board's chairman, deputy or member ("заместитель председателя правления", the board's word maybe after the title).
        if not kinds and title.code in ("chairman", "deputy_chairman", "member") \
                and _MANAGEMENT_BOARD.search(title.written + text[title.end:title.end + 16].split(",")[0]):
            if lang == "en" and title.code == "member" and _INDEPENDENT_DIRECTOR.search(title.written):
                # An independent director sits on the board of the company or the fund its paragraph named last ("The company's
                # board has 9 members, 3 of them independent directors: Name, ...").
                yield home.named_before(_BOARD_OWNER_KINDS, title.start, lang)[0], 0.7, "text"
            kinds = ("university",)
        # A session's or a commission's chairman or secretary ("Председателем сессии избран депутат Name", "председатель
        # комиссии Name" after its commission's meeting): the maslikhat's (or the chamber's) the page is of.
        if not kinds and lang == "ru" and title.code in ("chairman", "secretary") and self.russian_chamber_body.match(text, title.end):
            kinds = ("maslikhat",)
        # "Сессия төрағасы Name", "сессияның хатшысы", "тұрақты комиссиясының төрағасы": a Kazakh session's or standing
        # commission's chairman or secretary, the maslikhat's the page is of.
        if not kinds and lang == "kk" and title.code in ("chairman", "secretary") \
                and self.kazakh_session_noun.search(text, max(0, title.start - 30), title.end):
            kinds = ("maslikhat",)
        # A title of two kinds is tried in the order roles.yaml gives them: a lecturer on a page that names no
        # university teaches at its college. The institutions of every kind that the title's paragraph names come
        # before those the page names elsewhere: a college's students ("колледжінің студенттері ... 3-курс
        # студенті") are not at a university named later as someone's former post.
        if not kinds and _lemmas(title.written) in self.school_staff_titles.get(lang, ()):
            # A school's psychologist, librarian, nurse or music director on its own site works there; elsewhere at the
            # school the page names, as a teacher does.
            yield home.school_site(lang), 0.6, "page"
            kinds = ("school",)
        if lang in ("ru", "kk") and kinds[:1] == ("university",) and "school" in kinds:
            # On a college's own site its lecturers and students are its own, though the paragraph names a university
            # before them (as the post of a guest, a jury's chairman).
            yield home.school_site(lang), 0.6, "page"
        # A read-also teaser reports another page's news: the page's institutions are its people's there only where the
        # page is their site ("Aktobe schoolgirl Name wins gold" on a news agency's page is at none of its schools).
        teaser = home._in_read_also(title.start)
        for kind in kinds:
            # A page that names several of the kind: the registered one its paragraph named last before the
            # title, unless the page is the site of its own.
            if kind == "court":
                # A judge the sentence names no court of sits at the court named last before ("Дело рассматривает ... суд
                # ... Председательствует судья Name"), registered or not, by a name that holds the court's noun.
                court = self._named_before((kind,), title.start, lang, home)
                if court[0] is not None and any(self.references[lang].kind_of(word) == kind for word in court[0].name.split()):
                    yield court
                continue
            if kind == "maslikhat":
                # A deputy alone after the one chamber of Parliament its sentence names before it ("Мәжілістің жалпы
                # отырысында депутат Name"): that chamber's, though the page names the other chamber too.
                if not self._names_a_maslikhat(title, lang) \
                        and (chamber := self._the_one_chamber_named_before_in_the_sentence(text, title, orgs, lang, left_limit)):
                    yield chamber, 0.6, "text"
                    return
                # A title that names the maslikhat by its noun ("депутат маслихата") is no chamber's deputy: the page's
                # place's maslikhat (``_as_the_places_office``), where the page names none.
                yield home(kind, title.code, lang) or home.the_one_maslikhat_named(lang) \
                    or (self._maslikhat_of_the_pages_place(title, lang, home) if self._names_a_maslikhat(title, lang)
                        else home.the_one_chamber_of_no_maslikhat(lang)), 0.6, "page"
                return
            # A district's or a village's akim ("аудан әкімі", "аким района") is not the page's region's; a city's ("қала
            # әкімі", "аким города") is the page's city of republican significance, not its oblys, else its oblys's centre
            # ("Аким города" on a page, or a regional newspaper's site, of Pavlodar Region: Pavlodar's), where the page
            # names no town or district, whose own town it may be; an oblys's, found as it was referred back, is no city's
            # (on a Shymkent paper's site "аким области" is another place's akim).
            if kind == "region" and referred is not None and referred[0] in self.place_kinds:
                if referred[0] == "city" and not teaser:
                    yield home.akimat_named_most("city"), 0.6, "page"
                    yield home.centre_akimat(), 0.6, "page"
                if lang == "kk" and referred[0] in _PLACES_BELOW_A_REGION \
                        and not any(self.references["kk"].in_the_plural(word) for word in referred[1]):
                    # "аудан әкімі", "ауыл әкімі" where the page names no such place: that place's akimat by its noun
                    # alone ("аудан әкімдігі"), as a Russian village's akim is read; the plural names none of them.
                    yield self.registry.resolve(self.taxonomy.place_seat_template(lang).format(" ".join(referred[1])), lang), 0.6, "text"
                return
            place_noun = _ENGLISH_PLACE_NOUN_BEFORE_AN_AKIM.search(text, max(0, title.start - 30), title.start) \
                if lang == "en" and kind == "region" and title.code == "akim" else None
            if place_noun is not None:
                # "District Akim", "the village akim" where no place's name stands before the noun: that place's akimat
                # by its noun alone ("District Akimat"), as a Kazakh "аудан әкімі" is read, never the page's region's.
                yield self.registry.resolve(f"{place_noun.group(1).title()} Akimat", lang), 0.6, "text"
                return
            if home.on_its_site(kind):
                yield home(kind, title.code, lang), 0.6, "page"
            elif not teaser:
                yield self._named_before(PAGE_KINDS[kind], title.start, lang, home, registered_only=True)
            if kind == "school" and not teaser:
                # "... a pupil of school-lyceum No. 3. Her teacher Name": the school its paragraph named last, not
                # the one the page names most.
                yield home.last_in_paragraph(PAGE_KINDS[kind], title.start, lang), 0.6, "text"
        for kind in kinds:
            # (A court is only the one named before, above: a page names none the most as a school or a region.)
            if kind != "court" and (not teaser or home.on_its_site(kind)):
                yield home(kind, title.code, lang), 0.6, "page"

    def _place_named_after_a_person(self, text: str, title: TitleHit, lang: str, person: Mention) -> Institution | None:
        """The akimat of a place named after a person that a title of a place's official names ("Ғабит Мүсірепов
        атындағы аудан әкімі", "аким района имени Габита Мусрепова", "Akim of the district named after Gabit Musrepov"),
        before the holder's name."""
        if lang == "kk":
            named = self.place_named_after_before_a_title.search(text, max(0, title.start - _MAX_NAMED_PLACE_CHARS), title.start)
        elif lang in self.place_named_after_after_a_title:
            named = self.place_named_after_after_a_title[lang].match(text, title.end, person.start if person.start > title.end else len(text))
        else:
            named = None
        if named is None:
            return None
        return self.registry.resolve(self.taxonomy.place_seat_template(lang).format(named.group("place").strip()), lang)

    def _bare_noun_a_head_verb_governs(self, title: TitleHit, lang: str) -> tuple[str, list[str]] | None:
        """The kind and word of an institution's bare noun a verb of heading governs ("Ранее отдел возглавляла
        Name"): it refers to the one of that kind named before."""
        if not title.verb or not title.org_text or " " in title.org_text or not title.org_text.islower():
            return None
        kind = self.references[lang].kind_of(title.org_text)
        return (kind, [title.org_text]) if kind is not None and kind not in self.place_kinds else None

    def _russian_city_adjective_before(self, text: str, title: TitleHit) -> tuple[str, list[str]] | None:
        """A city's adjective right before a title of a place's post ("городской аким", "помощник городского акима"): the
        title refers to a city as "аким города" does, never to the region."""
        if self.taxonomy.seat(title.code, "place") is None:
            return None
        adjective = self.russian_city_adjective_before.search(text, max(0, title.start - 20), title.start)
        if adjective is not None:
            return ("city", adjective.group().split())
        # "районного акима" is a district's akim as "акима района" is: the district named before, never the city's
        # or the region's akimat.
        adjective = self.russian_district_adjective_before.search(text, max(0, title.start - 20), title.start)
        return ("district", ["района"]) if adjective is not None else None

    def _referred_back(self, referred: tuple[str, list[str]] | None, title: TitleHit, lang: str, home):
        """A title with a noun that names a kind of institution but not which ("Мектеп директоры",
        "Университеттің бас ғалым хатшысы", "Ауылдық округ әкімінің орынбасары", "ректор университета",
        "заместитель акима области", "the university's rector"): the last of that kind named before it,
        else the page's own of that kind, else for a Kazakh unit the noun itself, a unit of the page's university."""
        if referred is None:
            return
        kind, phrase = referred
        # On a university's own site "университет" is that university, unless its paragraph names another
        # ("Қарағанды университетінің доценті ... \n Қорғауға университет ректоры Name қатысты": the site's rector).
        if home.site_is_of_kind(kind, lang) and not home.named_in_paragraph((kind,), title.start, lang):
            yield self.registry.of_site(home.document.page.url), 0.7, "page"
        # So is, on a school's own site, the noun its name holds ("заместитель директора гимназии" on a gymnasium's, after
        # a paragraph on guests from a school; "Мектепті 17 жыл басқарған" on a school's, after a paragraph on another's).
        site = home.school_site(lang) if kind == "school" and lang in ("ru", "kk") else None
        words = re.findall(r"\w+(?:-\w+)*", site.name) if site is not None else []
        parts = [part for word in words for part in (word, *word.split("-"))]
        if site is not None and not home.named_in_paragraph((kind,), title.start, lang) and (
                _lemma(phrase[-1]) in {_lemma(part) for part in parts} if lang == "ru"
                else self.references["kk"].stem_of(phrase[-1]) in {self.references["kk"].stem_of(part) for part in parts}):
            yield site, 0.7, "page"
        # A paragraph that names none of the kind refers to the one the page's title names, not to one an earlier
        # paragraph named in passing ("Бұған дейін Атырау университетінің проректоры болған. \n Университеттің бұрынғы
        # ректоры ...": the new rector's university).
        kinds = REFERRED_KINDS.get(kind, _GENERIC_REFERRED_KINDS.get(kind, (kind,)))
        if kind not in self.place_kinds and not home.named_in_paragraph(kinds, title.start, lang):
            yield home.registered_in_title(kinds, lang), 0.7, "page"
            # So is a maslikhat's noun ("Сессияда мәслихат хатшысы қызметіне Name сайланды") on a page that names its own
            # maslikhat most, not the region's an earlier paragraph named among the guests.
            if kind == "maslikhat":
                yield home.the_one_maslikhat_named(lang), 0.6, "page"
        # An akimat is the one of the place named last, or the one named itself.
        # A school's own noun refers back to the last of that noun ("гимназияның мұғалімі", "директор гимназии": the
        # gymnasium's, not a lyceum or a school named after it).
        noun = self.references["kk"].stem_of(phrase[-1]) if lang == "kk" and kind == "school" \
            else _lemma(phrase[-1]) if lang == "ru" and kind == "school" else None
        named = self._named_before(tuple(self.place_kinds | {kind}) if kind == "akimat" else kinds,
                                   title.start, lang, home, noun=noun)
        # A Kazakh noun after a place's adjective ("аудандық мәслихаттың төрағасы") refers back to a body of a place of
        # that kind only ("Байзақ аудандық мәслихаты"), not to the country's or a region's named before.
        references = self.references.get(lang)
        place_kind = next((references.kind_of(word) for word in phrase if lang == "kk" and references.adjective(word)
                           and references.kind_of(word) in self.place_kinds), None)
        # One named nowhere before is that place's body as written ("аудандық кітапхана директоры": the district's library),
        # not the places of a plural ("Ауылдық округтердің әкімдері": of several).
        if place_kind is not None and (
                named[0] is not None
                and not any(references.kind_of(word) == place_kind for word in (named[0].name_kk or named[0].name).split())
                or named[0] is None and kind not in self.place_kinds and not references.in_the_plural(phrase[-1])):
            yield self.registry.resolve(" ".join(phrase), lang), 0.7, "text"
            return
        yield named
        page_kind = next((wide for wide, kinds in REFERRED_KINDS.items() if kind in kinds), kind)  # an academy: the page's university
        if kind == "region":
            # A region's own noun ("облыс әкімінің орынбасары") is no city of republican significance's, though the page
            # names one as often (the city of a guest's academy): the region proper the page names most.
            yield home.akimat_named_most("region"), 0.6, "page"
        elif page_kind in self.page_kinds:
            yield home(page_kind, title.code, lang), 0.6, "page"
        elif lang == "kk" and kind in self.references["kk"].unit_kinds and home("university", title.code, "kk") is not None:
            yield self.registry.resolve(" ".join(phrase), "kk"), 0.7, "text"
        if kind == "maslikhat" and lang == "ru":
            # A Russian maslikhat's noun alone after the title ("секретарь маслихата"): the one maslikhat the page names,
            # else its place's, a city of republican significance's too (the akim of the page "аким города").
            yield home.the_one_maslikhat_named(lang), 0.6, "page"
            city = home.akimat_named_most("city")
            yield (self._as_the_places_office(city, "maslikhat_deputy", lang) if city is not None else None), 0.6, "page"

    def _named_before(self, kinds: tuple[str, ...], before: int, lang: str, home,
                      registered_only: bool = False, noun: str | None = None) -> tuple[Institution | None, float, str]:
        """The institution of one of ``kinds`` named last before ``before`` in its paragraph ("text"), else
        in the page's first line ("page"); for a place, the place's akimat. ``registered_only``: a
        registered one in the paragraph only, a choice among the page's own ("page"); ``noun``: one whose name
        holds it, where one does."""
        found, source = home.named_before(kinds, before, lang, registered_only, noun)
        if registered_only or source == "page":
            return found, 0.6, "page"
        return found, 0.7, source

    def institution_named(self, written: str, kind: str, lang: str) -> Institution:
        """The institution a name of ``kind`` stands for: a place's akimat, else the institution itself."""
        if kind not in self.place_kinds:
            return self.registry.resolve(written, lang)
        region = self.registry.region_of(written, lang)
        if region is not None:
            return region.akimat
        template = self.taxonomy.place_seat_template(lang)
        if lang == "kk":
            written = self.registry.nominative(written, lang)
            # A place read with its akimat's noun after it ("Мұнайлы ауданы әкімдігінің залында") names the akimat already.
            if fold(written.split()[-1]) == fold(template.format("").split()[-1]):
                return self.registry.resolve(written, lang)
        elif lang == "ru" and kind == "city" and _CAPITALIZED_RUSSIAN_WORD.fullmatch(written):
            # A name that does not decline ("Актобе", which the dictionary would read as a case of "Актоба") is its
            # own genitive: a registered city's akimat under it is the one meant.
            registered = self.registry.lookup(template.format(f"города {written}"), lang)
            if registered is not None:
                return registered
            written = f"города {_russian_genitive(written)}"  # "в Экибастузе": "Акимат города Экибастуза"
        elif lang == "ru" and len(words := written.split()) == 2 \
                and (adjective := _russian_place_adjective_in_the_genitive(words[0], words[1])) is not None:
            written = f"{adjective} {_russian_genitive(words[1])}"  # "по Зерендинскому району": "Акимат Зерендинского района"
        return self.registry.resolve(template.format(written), lang)

    def _quoted_unit_at_an_institution(self, text: str, title: TitleHit, orgs, person: Mention) -> Institution | None:
        """A unit named in quotes right after an English title, then "at" the institution it belongs to ("Director of the
        “Open Science” Centre at the National Institute of X"): the holder works at that institution, as one of a unit
        the model read whole does ("Director of X Studies at the Y Institute")."""
        units = self.taxonomy.unit_words.get("en", frozenset())
        unit = _ENGLISH_QUOTED_UNIT_AFTER.match(text, title.end)
        if unit is None or not _has_word(unit.group("unit"), units):
            return None
        spans = [(org_start, org_end, written) for org_start, org_end, written, label in orgs
                 if org_start == unit.end() and label not in PLACE_LABELS and not org_start <= person.start < org_end]
        if not spans:
            # The model may run the quoted name into the institution, as a title of a work: its capitalized words then.
            named = _ENGLISH_CAPITALIZED_NAME.match(text, unit.end())
            words = named.group().split() if named else []
            if not words or not any(word.lower().startswith(tuple(self.english_institution_words)) for word in words) \
                    or named.start() <= person.start < named.end():
                return None
            spans = [(named.start(), named.end(), named.group())]
        org_start, org_end, written = spans[0]
        # Named with its unit, as the unit rule reads "the Department of X at ENU": a unit of a registered institution.
        return self.registry.resolve(text[unit.start("whole"):org_end] if self.registry.lookup(written, "en") is not None
                                     else written, "en")

    def _unit_of_a_registered_institution(self, text: str, title: TitleHit, orgs, person: Mention) -> Institution | None:
        """A unit right after an English title, followed by the registered institution it belongs to:
        "Head of the Department of Russian Language at ENU" heads a unit of ENU, "... at Zhejiang
        University" one of Zhejiang University, whatever the page's own university; a place after it is where
        the unit is ("Head of the OSCE Office in Astana")."""
        ordered = sorted(orgs)
        pattern = self.title_to_institution["en"]
        for index, (org_start, org_end, written, _) in enumerate(ordered):
            if org_start < title.end or not pattern.match(text[title.end:org_start]) or title.end <= person.start < org_start:
                continue
            # A registered unit is an institution of its own, and so is a numbered school ("school-gymnasium No. 5 of Rudny").
            # What a dean heads is a unit ("Dean of the College of Engineering at the University of Arizona").
            if index + 1 == len(ordered) or not (_has_word(written, self.taxonomy.unit_words.get("en", frozenset())) or title.code == "dean") \
                    or self.registry.lookup(written, "en") is not None or self.numbered_institution.search(written):
                return None
            next_start, next_end, next_written, next_label = ordered[index + 1]
            # The model may end the unit's name early: "the Department of Slavic" Studies of the University of Lodz, "the
            # Department of Kazakh Language" and Culture of a university; not over the holder's name after it.
            extended = _CAPITALIZED_WORDS_AFTER.match(text, org_end).end()
            org_end = person.start if org_end <= person.start < extended else extended
            if not self.english_institution_opening.fullmatch(text, org_end, next_start) or org_end <= person.start < next_start:
                return None
            # A unit registered with its institution's name is that entry.
            whole = self.registry.lookup(text[org_start:next_end], "en")
            if whole is not None:
                return whole
            # "the OSCE Office in Astana": where the unit is, not whose; "the Department of History of Kazakhstan": a country
            # the model read as an organization is the unit's subject.
            if (next_label in PLACE_LABELS or self.registry.region_of(next_written, "en", by_centre=True) is not None
                    or next_written.lower() in self.state_names["en"]) and self.registry.lookup(next_written, "en") is None:
                return None
            # A registered institution keeps the unit (the unit rule splits them); another is named alone.
            registered = self.registry.lookup(next_written, "en") is not None
            return self.registry.resolve(text[org_start:next_end] if registered else next_written, "en")
        return None

    def _workplace_before_as(self, text: str, title: TitleHit, orgs, person: Mention) -> Institution | None:
        """The organization between a name and "as" before its title ("Name works at Dulaty University as a visiting
        professor", "Name joined KBTU as a senior lecturer"): where the title is held."""
        if title.end > person.start:
            return next((self.registry.resolve(written, "en") for org_start, org_end, written, label in orgs
                         if label not in PLACE_LABELS and person.end <= org_start and self.as_before_a_title.fullmatch(text, org_end, title.start)),
                        None)
        return None

    def _portfolio(self, written: str) -> bool:
        """Whether an English organization's span is a title's area ("External Relations", "International Affairs"): its
        last word an area's noun, no institution's word in it, and no registered name."""
        words = written.lower().split()
        return bool(words) and words[-1] in self.title_area_nouns \
            and not any(word.startswith(head) for word in words for head in self.english_institution_words) \
            and self.registry.lookup(written, "en") is None

    def _supervisors_institution_before(self, text: str, title: TitleHit, orgs, person: Mention) -> Institution | None:
        """The organization right before "under" and an English title before its holder's name ("completed his PhD at
        the University of Tokyo under Professor Name"): where the holder works, as the office an institution is
        attached to is no one's post ("the Institute under the President")."""
        if title.end > person.start:
            return None
        return next((self.registry.resolve(written, "en") for org_start, org_end, written, label in orgs
                     if label not in PLACE_LABELS and _ATTACHED_TO_AN_OFFICE.fullmatch(text, org_end, title.start)), None)

    def _russian_departments_of_the_ministry_named_before(self, facts: list[RoleFact], home) -> list[RoleFact]:
        """A Russian department named by its field alone, in lower case, none of the registry's ("директор Департамента
        высшего образования Name", no ministry after it): a unit of the registered ministry the page named last before, as
        a state body's departments are its ministry's; none where the page names no ministry."""
        placed = []
        for fact in facts:
            words = fact.org.name.split() if fact.org is not None else []
            if len(words) > 1 and not fact.org.in_registry and fact.org_unit is None and fact.org_source in ("title", "text") \
                    and words[0].lower() == "департамент" and all(word.islower() for word in words[1:]):
                ministry, _ = home.named_before(("ministry",), fact.title_start, "ru")
                if ministry is not None and ministry.in_registry:
                    fact = replace(fact, org=ministry, org_unit=fact.org.name)
            placed.append(fact)
        return placed

    def _units_of_the_institution_listed_before(self, facts: list[RoleFact]) -> list[RoleFact]:
        """In a Kazakh list of posts, a title whose institution is a unit's name alone, in lower case ("облыс жастар
        орталығының басшысы – Name, ұйымдастыру бөлімінің басшысы – Name"), is held at a unit of the institution an
        earlier item of the sentence named, another person's post."""
        listed = None
        placed: dict[int, RoleFact] = {}
        for index in sorted(range(len(facts)), key=lambda index: facts[index].title_start):
            fact = facts[index]
            if fact.org is not None and fact.org_source in ("title", "text") and fact.org_unit is None:
                words = fact.org.name.split()
                unit = not fact.org.in_registry and words[-1].lower().startswith(self.kazakh_units_of_a_listed_institution)
                if unit and words[0].islower() and listed is not None and listed.person_mention is not fact.person_mention:
                    placed[index] = replace(fact, org=listed.org, org_source=listed.org_source, org_unit=fact.org.name)
                elif not unit:
                    listed = fact
        return [placed.get(index, fact) for index, fact in enumerate(facts)]

    def _visiting_members(self, facts: list[RoleFact], text: str, start: int, end: int, lang: str, home) -> list[RoleFact]:
        """In an English or Russian list of a visiting group's members ("Members of the delegation: Vice rector
        Name, Head of the International Department Name", "В состав делегации вошли декан Name") or after its
        leader's words ("a delegation from Tsinghua University led by Vice-President Name", "делегация Лодзинского
        университета во главе с проректором Name"), a title whose institution is only the page's own
        is held at the group's institution ("a delegation from Zhejiang University"), named earlier on the
        page or in the opening words."""
        opener = self.visiting_group_members.search(text, start, end)
        if opener is None:
            return facts
        visitors = home.visiting(opener.end())
        if visitors is None:
            return facts
        units = self.taxonomy.unit_words.get(lang, frozenset())
        # A unit the title names without its institution ("head of the International Office") is the group's institution's.
        return [replace(fact, org=visitors, org_source="text", confidence=min(fact.confidence, 0.7),
                        org_unit=fact.org.name if fact.org is not None and fact.org_source != "page" else fact.org_unit)
                if fact.person_mention.start >= opener.end() and (
                    fact.org is None or fact.org_source == "page"
                    or not fact.org.in_registry and fact.org_unit is None and _has_word(fact.org.name, units)) else fact
                for fact in facts]

    def _from_the_country_in_brackets(self, facts: list[RoleFact], text: str, lang: str) -> list[RoleFact]:
        """A name with another country in brackets after it ("профессора Франк Вебер (Германия) и Гюльшен Йылмаз
        (Турция)"): a guest from abroad, whose post is at none of the page's own institutions, nor at the country."""
        abroad = self.country_names[lang] - self.home_country_names[lang]
        from_abroad = {fact.person_mention.start for fact in facts
                       if (country := _COUNTRY_IN_BRACKETS.match(text, fact.person_mention.end)) and country.group(1).lower() in abroad}
        return [replace(fact, org=None, org_source=None)
                if fact.person_mention.start in from_abroad and fact.org is not None
                and (fact.org_source == "page" or fact.org.name.lower() in abroad) else fact
                for fact in facts]

    def _ministry_of_a_department(self, unit: str, title: TitleHit, lang: str, home) -> Institution | None:
        """A ministry's department named without its ministry or a place ("Director of the Department of
        Preschool and Secondary Education", "Жоғары білім департаментінің директоры"): a unit of the ministry the
        paragraph, or the page's first line, names last before the title."""
        if lang not in self.ministry_unit or not self.ministry_unit[lang].search(unit) \
                or any(self.registry.region_of(word, lang) is not None for word in unit.split() if word[:1].isupper()):
            return None
        return home.named_before(("ministry",), title.start, lang)[0]

    def _kazakh_parliament_of_both_chambers(self, text: str, title: TitleHit) -> Institution | None:
        """Parliament, for a Kazakh deputy's title after both its chambers joined by "and" ("Парламенті Сенаты мен
        Мәжілісінің депутаттары", "Мәжіліс пен Сенаттың депутаты"): the title does not say which chamber each of its
        holders sits in, as a page naming both chambers' deputies does not (PageInstitutions.the_one_chamber_of_no_maslikhat)."""
        deputy_start = title.end - len(text[title.start:title.end].split()[-1])
        pair = self.kazakh_pair_before.search(text, max(0, deputy_start - 60), deputy_start)
        chambers = {found.org_id for word in pair.group("first", "second")
                    if (found := self.registry.lookup(word, "kk")) is not None} if pair else set()
        return self.registry.registered("parliament_rk") if chambers == _CHAMBER_IDS - {"parliament_rk"} else None

    def _kazakh_title_shared_by_the_genitive_before(self, text: str, title: TitleHit, fact: RoleFact, lang: str) -> list[RoleFact]:
        """A Kazakh title one head of two institutions' genitives, the first closed by a comma ("Сенаттың ... комитетінің,
        «X» партиясы фракциясының мүшесі Name"): the person's post at the first one too, as at the second."""
        mention = fact.person_mention
        # The title right before its name, as a Kazakh title stands: no item of a list whose title is left out.
        if lang != "kk" or fact.org is None or fact.org_source == "page" or mention is None \
                or mention.start < title.end or text[title.end:mention.start].strip():
            return []
        line_start = text.rfind("\n", 0, title.start) + 1
        words_before = text[max(line_start, title.start - 300):title.start].split()
        chain = self.kazakh_chain.before(words_before)
        rest = words_before[:len(words_before) - len(chain)] if chain else []
        if not rest or not rest[-1].endswith(",") or rest[-1].endswith(",,"):
            return []
        before = rest[:-1] + [rest[-1][:-1]]
        if not self.kazakh_chain.genitive.search(before[-1]):
            return []
        other = self.kazakh_chain.before(before)
        if not other or not self._names_an_institution(other, lang) or self.references["kk"].in_the_plural(other[-1]):
            return []
        org = self._seat_of(" ".join(other), fact.role, lang, is_place=False)
        if org is None or org.name == fact.org.name:
            return []
        return [replace(fact, org=org, org_source="text", org_unit=None)]

    def _chamber_membership(self, fact: RoleFact, lang: str) -> list[RoleFact]:
        """The more specific title (``role_by_institution``) a fact's unregistered body gives by the
        registered body it belongs to: a member of "the Committee for Economic Reform of the Mazhilis of
        the Parliament" is also a deputy of the Mazhilis, with the committee as the unit."""
        specific = self.taxonomy.role_by_institution.get(fact.role)
        if not specific or fact.org is None or fact.org.in_registry:
            return []
        words = fact.org.name.split()
        for index in range(len(words)):
            for size in (4, 3, 2, 1):
                found = self.registry.lookup(" ".join(words[index:index + size]), lang) if index + size <= len(words) else None
                if found is not None and found.org_id in specific:
                    code = specific[found.org_id]
                    return [replace(fact, role=code, role_label=self.taxonomy.label(code), org=found, org_unit=fact.org.name)]
        return []

    def _institution_of_its(self, text: str, title: TitleHit, home) -> Institution | None:
        """The institution an English possessive pronoun before a title refers to ("Kazatomprom, whose chairman
        Name", "The Ministry of Health ... . Its head Name"): the organization named last before it in its paragraph."""
        pronoun = self.institution_possessive_before.search(text, max(0, title.start - 40), title.start)
        # A unit named in lower case after that organization is what the pronoun refers to ("visited the Name Museum
        # and the new laboratory of organic synthesis, where they were met by its head"): the unit, of the page's
        # institution as a unit's bare noun is.
        return home.organization_named_before(pronoun.start(), "en", self.english_bare_unit_noun) if pronoun else None

    def _english_body_of_the_place_after(self, text: str, title: TitleHit, orgs, person: Mention) -> Institution | None:
        """The registered institution an English title's "of the <kind's noun> of <place>" names ("Secretary of the
        maslikhat of Astana city"), where NER reads the place alone: that place's body of the kind. (An unregistered one
        is read otherwise, with what follows the place: "of the Embassy of Kazakhstan in Malaysia".)"""
        for org_start, org_end, _, _ in sorted(orgs):
            body = _OF_THE_BODY_OF.fullmatch(text, title.end, org_start) if org_start >= title.end else None
            if body is not None and not title.end <= person.start < org_start \
                    and self.references["en"].kind_of(body.group("noun")) not in (None, *self.place_kinds):
                # The place's noun NER leaves out of its span is the place's name's ("of Kostanay region").
                place_noun = _PLACE_NOUN_AFTER.match(text, org_end)
                if place_noun is not None and self.references["en"].kind_of(place_noun.group("noun")) in self.place_kinds:
                    org_end = place_noun.end()
                return self.registry.lookup(f"{body.group('noun')} of {text[org_start:org_end]}", "en")
        return None

    def _english_unit_after(self, text: str, title: TitleHit, person: Mention) -> str | None:
        """A unit named in lower case after an English title, which NER leaves out: "head of the
        department of philological specialties Name", "deputy head of the department of education in
        Rudny,", "Vice-Dean of the faculty of foreign Name", or a head verb's object ("headed the department of
        gas processing at the Ministry of Energy"); up to the name or punctuation."""
        end = person.start if person.start > title.end else min(len(text), title.end + 150)
        match = (self.english_unit_object if title.verb else self.english_unit_after).match(text[title.end:end])
        # A bare "the department" is one the page or the sentence names otherwise; so is a verb's object that names
        # no institution after it ("headed the finance department").
        if match is None or len(match.group("unit").split()) < 2 or title.verb and not match.group("owner"):
            return None
        return match.group("unit").strip()

    def _english_numbered_opening(self, text: str, number_start: int, sentence_start: int) -> int:
        """Where an English numbered institution's name opens: at its place's name before it, if any."""
        place = self.english_place_before_number.search(text, max(sentence_start, number_start - 60), number_start)
        return place.start() if place is not None else number_start

    def _english_regional_body(self, text: str, title: TitleHit, home) -> Institution | None:
        """The registered body of the page's region that an English title's "of the regional ..." names without the
        region ("head of the regional education department", "deputy of the regional maslikhat"), as the Russian
        "областного маслихата" is read."""
        match = self.english_regional_body.match(text, title.end) or self.english_regional_body.search(text, title.start, title.end)
        if match is None:
            return None
        found = self._of_the_region(self.registry.resolve(match.group("adjective") + match.group("body"), "en"), title, "en", home)
        return found if found.in_registry else None

    def _english_region_around(self, text: str, title: TitleHit, person: Mention) -> Institution | None:
        """The akimat of the region an English akim's title names after it ("Akim of Pavlodar Region",
        "akim of the Pavlodar region", "governor of the region of Pavlodar"), after the name that follows
        the title ("first deputy akim Name of Almaty") or right before it ("Pavlodar Region Akim"), as
        regions.yaml writes the region, or the registered institution of the title's seat for that place
        ("Akim of Aktobe city": the registry's "Akimat of Aktobe city", the city's own); spaCy seldom makes
        it a span."""
        after_end = person.start if person.start > title.end else min(len(text), title.end + 60)
        after = self.english_institution_opening.match(text, title.end, after_end)
        if after is None and title.end <= person.start and not text[title.end:person.start].strip():
            after_end = min(len(text), person.end + 60)
            after = self.english_institution_opening.match(text, person.end, after_end)
        words = _leading_plain_words(text[after.end():after_end]) if after else []
        place_words = self.taxonomy.place_words.get("en", frozenset())
        if len(words) > 2 and words[0].lower() in place_words and words[1].lower() == "of":
            words = words[2:] + [words[0]]  # "the region of Pavlodar" is "Pavlodar region"
        words = self._place_of_the_respective_name(text, title, person, after, place_words, "en") or words
        before = _trailing_plain_words(text[max(0, title.start - 60):title.start])
        # A name with "district" after it is the district's ("akim of Almaty district of Astana", "of the Pavlodar
        # district"), not the city's or the region's it shares: no shorter phrase than the name and its noun is read.
        district = next((index for index, word in enumerate(words[:4]) if self.references["en"].kind_of(word) == "district"), 0)
        phrases = [words[:size] for size in range(min(len(words), 4), district, -1)] \
            + [before[-size:] for size in range(min(len(before), 4), 0, -1)]
        place_seat = self.taxonomy.seat(title.code, "place")
        seat_template = place_seat.template.get("en") if place_seat is not None else None
        # A place that opens a registered institution's name after the title ("Governor of the Astana International
        # Financial Centre") is that name's word: the institution's, no akimat's.
        if after is not None and any((named := self.registry.lookup(" ".join(words[:size]), "en")) is not None
                                     and named.type not in ("akimat", "maslikhat")
                                     for size in range(len(words), 1, -1)):
            return None
        for phrase in phrases:
            seat = self.registry.lookup(seat_template.format(" ".join(phrase)), "en") if seat_template else None
            if seat is not None:
                return seat
            region = self.registry.region_of(" ".join(phrase), "en")
            if region is not None:
                return region.akimat
        # A district, town or village the registry does not know, named with its noun ("akim of Sairam district"):
        # its own akimat.
        local = words[:next((index for index, word in enumerate(words[:4]) if word.lower() in place_words), -1) + 1]
        if seat_template and len(local) > 1 and all(word[:1].isupper() for word in local[:-1]):
            return self._place_of_another_title(" ".join(local), title.code, "en") \
                or self.registry.resolve(seat_template.format(" ".join(local)), "en")
        # A town named without its noun, the whole of what stands between the title and the name ("akim of Stepnogorsk Name").
        town = " ".join(words)
        if seat_template and after is not None and after_end == person.start and town == text[after.end():after_end].strip() \
                and self._reads_as_a_towns_name(words):
            return self.registry.resolve(seat_template.format(town), "en")
        return None

    def _respective_places(self, text: str, titles: list[TitleHit], mention: Mention, lang: str) -> dict:
        """For a name in a list after a plural English or Russian title's places joined by "and", each such title's seat at
        the place of the same rank in its list ("The akims of A and B regions, Name and Name", "акимами A и B районов
        назначены Name и Name": the second name's is B's akimat), where the title's institution is otherwise read before
        the list's first name, as a shared title's is."""
        place_words = self.taxonomy.place_words.get(lang, frozenset())
        found = {}
        for title in titles:
            after = self.english_institution_opening.match(text, title.end) if lang == "en" else _WHITESPACE.match(text, title.end)
            words = self._place_of_the_respective_name(text, title, mention, after, place_words, lang) \
                if self.taxonomy.seat(title.code, "place") is not None else None
            if words:
                found[title] = (self._english_region_around(text, title, mention) if lang == "en"
                                else self._seat_of(" ".join(words), title.code, lang, True)), 1.0, "text"
        return found

    def _respective_institutions_named_before(self, text: str, titles: list[TitleHit], mention: Mention, home) -> dict:
        """For a name in a list right after a Russian plural title and its institutions' noun in the plural ("ректоры
        университетов Name и Name"), the institution of that kind of the same rank among as many as its paragraph named
        last before the title ("между университетом A и университетом B ... ректоры университетов Name и Name": the
        second name's is B), where the title's institution is otherwise read as the one named last."""
        references = self.references["ru"]
        _, _, names_listed, _ = _RESPECTIVE_PLACES["ru"]
        found = {}
        for title in titles:
            noun = _PLURAL_NOUN_AFTER_A_TITLE.match(text, title.end)
            if noun is None or title.end > mention.start or not _russian_plural(title) \
                    or not _russian_plural_only(noun.group("noun")):
                continue
            kind = references.kind_of(russian_morphology().parse(noun.group("noun").lower())[0].normal_form)
            names = names_listed.match(text, noun.end("noun"))
            if kind is None or kind in self.place_kinds or names is None:
                continue
            starts = [name.start() for name in _RUSSIAN_LISTED_NAME.finditer(text, names.start("names"), names.end("names"))]
            if mention.start not in starts or len(starts) < 2:
                continue
            paragraph = text.rfind("\n", 0, title.start) + 1
            named: list[Institution] = []
            for _, institution in sorted(home._named_in(paragraph, title.start, REFERRED_KINDS.get(kind, (kind,)), "ru"),
                                         key=lambda pair: pair[0]):
                # A name's abbreviation in brackets after it ("... университет (КазНУ)") names it again.
                if named and (institution == named[-1] or not institution.in_registry
                              and institution.name in named[-1].name):
                    continue
                named.append(institution)
            if len(named) >= len(starts) and len({id(institution) for institution in named[-len(starts):]}) == len(starts):
                found[title] = named[-len(starts):][starts.index(mention.start)], 1.0, "text"
        return found

    @staticmethod
    def _place_of_the_respective_name(text: str, title: TitleHit, person: Mention, after: re.Match | None,
                                      place_words: frozenset[str], lang: str) -> list[str] | None:
        """The words of the place a plural title's places joined by "and" give the name at the same place in the list of
        as many names after them ("The akims of Pavlodar and East Kazakhstan regions, Name and Name, ...": the second
        name's is "East Kazakhstan region"; "акимами Шетского и Абайского районов назначены Name и Name": "Абайского
        района"), the kind's noun in the singular (in Russian, in the genitive); None for any other title."""
        if after is None or not (_russian_plural(title) if lang == "ru" else title.written.split()[0].lower().endswith("s")):
            return None
        listed_name, places_joined, names_listed, conjunction = _RESPECTIVE_PLACES[lang]
        places = places_joined.match(text, after.end())
        noun = places.group("noun") if places else ""
        if lang == "ru":
            singular = russian_morphology().parse(noun.lower())[0].inflect({"sing", "gent"}) if noun else None
            singular = singular.word if singular is not None else ""
        else:
            singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        names = names_listed.match(text, places.end()) if places and singular in place_words else None
        if names is None:
            return None
        starts = [name.start() for name in listed_name.finditer(text, names.start("names"), names.end("names"))]
        written = re.split(rf"\s*,\s*|\s+{conjunction}\s+", places.group("places"))
        if len(starts) != len(written) or person.start not in starts:
            return None
        return [*written[starts.index(person.start)].split(), singular]

    def _place_of_another_title(self, place: str, code: str, lang: str) -> Institution | None:
        """A place whose kind makes an akim's title another (``role_by_institution``: another country's province,
        "Governor of Gyeonggi Province"): it has no akimat, the place itself is the institution; None for any other."""
        others = self.taxonomy.role_by_institution.get(code, {})
        return self.registry.unregistered(place, lang) if any(self.references[lang].kind_of(word) in others for word in place.split()) else None

    def _reads_as_a_towns_name(self, words: list[str]) -> bool:
        """Whether the English words after an akim's title are a town's name the registry does not know: one or two
        capitalized words with no institution's word, since an akim heads only a place."""
        return 1 <= len(words) <= 2 and all(word[:1].isupper() and word.lower() not in self.english_institution_words for word in words)

    def _ministry_before(self, text: str, title: TitleHit, template: str, left_limit: int,
                         own_words: bool = False) -> Institution | None:
        """A Kazakh minister's field comes before the title, nouns joined by "және" ("Ғылым және жоғары
        білім министрі", "Туризм және спорт вице-министрі"): the registered ministry of the longest
        field that ends right at the title, none where no registered ministry has it. ``own_words``: the
        field may end inside the title, with its words before the title's noun."""
        field_end = title.written.split()[:-1] if own_words else []
        words = (_words(text[left_limit:title.start]) + field_end)[-MAX_CHUNK_WORDS:]
        for first in range(len(words)):
            ministry = self.registry.lookup(template.format(" ".join(words[first:])), "kk")
            if ministry is not None:
                return ministry
        return None

    def _english_field_after(self, text: str, title: TitleHit, person: Mention, template: str) -> Institution | None:
        """The registered ministry an English field after "of" names ("Minister of Labor and Social Protection of
        the Population"): the longest run of the words up to the person or a punctuation mark that, put in the
        template, is a registered name."""
        field = _ENGLISH_FIELD_AFTER.match(text, title.end, person.start if person.start > title.end else len(text))
        words = field.group(2).split() if field else []
        if field is not None and field.group("preposition") == "for":  # "Minister for Religious Affairs": the Ministry for them
            template = template.replace(" of {}", " for {}")
        return next((found for size in range(len(words), 0, -1)
                     if (found := self.registry.lookup(template.format(" ".join(words[:size])), "en")) is not None), None)

    def _english_field_before(self, text: str, title: TitleHit, template: str) -> Institution | None:
        """The registered ministry an English field before the title names ("Education Minister",
        "Foreign Minister", "Science and Higher Education Minister"): the longest run of capitalized
        words right before it that, put in the template, is a registered name."""
        field = _ENGLISH_FIELD_BEFORE.search(text, max(0, title.start - 80), title.start)
        if field is None:
            return None
        words = field.group(1).split()
        for first in range(len(words)):
            found = self.registry.lookup(template.format(" ".join(words[first:])), "en")
            if found is not None:
                return found
        return None

    def _own_titles(self, text: str, titles: list[TitleHit], lang: str, holder: Mention) -> list[TitleHit]:
        """Drops the title that names whom an adviser or a representative serves: "Advisor to the
        Prime Minister", "советник премьер-министра" are advisers, not prime ministers; an English
        title's word that qualifies a field or a body ("Vice-Rector for Student Affairs", "Director of Teacher
        Training", "Student Council President"); and an English title in the possessive after the name, which
        names whose office or service it is, someone the sentence leaves unnamed ("Name was appointed ..., the
        Prime Minister's press service reports"; before the name it may be the name's own: "After the Rector's
        speech, Name thanked the guests")."""
        served = self.taxonomy.in_service_of
        ordered = sorted(titles, key=lambda title: title.start)
        dropped = {later for earlier, later in zip(ordered, ordered[1:])
                   if earlier.code in served and self.service_gap.match(text[earlier.end:later.start])}
        return [title for title in titles if title not in dropped and not self.english_field_noun.match(text, title.end)
                and not (lang == "en" and title.start >= holder.end and _POSSESSIVE.match(text, title.end))]

    def _english_field_of_study(self, gap: str, written: str) -> bool:
        """An English name after "in" ("a master's student in Data Science"), or one that ends with a field's noun
        ("Vice President, Global Affairs"), that is neither registered nor has an institution's word is a field, not
        the title's institution."""
        heads = self.taxonomy.institution_words.get("en", frozenset())
        return (_IN_BEFORE.fullmatch(gap) is not None or written.split()[-1].lower() in self.english_field_nouns) \
            and self.registry.lookup(written, "en") is None \
            and not any(word.lower().startswith(head) for word in written.split() for head in heads)

    def _names_an_institution(self, words: list[str], lang: str) -> bool:
        """A genitive chain names an institution when it has a proper name, a number or an
        institution's head word ("білім бөлімінің"), not when it is a school subject ("математика пәнінің")."""
        heads = self.taxonomy.institution_words.get(lang, frozenset())
        return any(word[:1].isupper() and not self._a_title_word(word, lang) or any(c.isdigit() or c in "№«\"" for c in word)
                   or any(word.lower().startswith(head) for head in heads) for word in words)

    def _institution_of_the_title_joined_after(self, text: str, title: TitleHit, orgs, person: Mention) -> Institution | None:
        """The institution of a Russian title that a bare "и" joins right after this one, where this one has no words of
        its own ("генеральный директор и председатель правления АО «Name»": both posts at the company)."""
        joint = _RUSSIAN_AND_ALONE.match(text, title.end)
        if joint is None:
            return None
        following = [end for start, end, _ in self.matcher("ru").find(text, joint.end(), min(len(text), joint.end() + 80))
                     if start == joint.end()]
        founder = self.russian_founders_word.match(text, joint.end())
        if founder is not None:
            following.append(founder.end())
        if not following:
            return None
        after = max(following)
        return next((self._seat_of(written, title.code, "ru", label in PLACE_LABELS)
                     for org_start, org_end, written, label in sorted(orgs)
                     if org_start >= after and self.title_to_institution["ru"].match(text[after:org_start])
                     and not title.end <= person.start < org_end), None)

    def _russian_title_word_right_before(self, text: str, start: int) -> bool:
        """Whether another's one-word title in lower case, or a reporter's or an outlet's word (ru.yaml
        outlet_words_before_name), stands right before an organization's name, which is then theirs ("прокомментировал
        корреспонденту Zakon.kz политолог Name": the reporter's outlet, not the political scientist's)."""
        word = _LOWER_CASE_WORD_BEFORE.search(text, max(0, start - 40), start)
        return word is not None and (word.group(1).startswith(self.russian_outlet_words) or self._a_title_word(word.group(1), "ru"))

    def _a_title_word(self, word: str, lang: str) -> bool:
        """Whether a word is a title's, a sentence's first word in capitals ("Деканның орынбасары": the dean's deputy)."""
        return any(start == 0 and end == len(word) for start, end, _ in self.matcher(lang).find(word, 0, len(word)))

    def _seat_of(self, written: str, code: str, lang: str, is_place: bool) -> Institution | None:
        """The institution named, or the one a title's seat makes of it: for an akim, the akimat of
        the place ("Туркестанской области" -> "Акимат Туркестанской области"); for a minister, the
        registered ministry of the field ("Science and Higher Education" -> mnvo_rk). None for a
        place with no name ("аким области", "облыс әкімі"): which region, the page may say."""
        place_head = self.taxonomy.seat(code, "place_head")
        if place_head is not None and lang in place_head.template and self.registry.lookup(written, lang) is None:
            region = self.registry.region_of(written.strip(), lang)
            akimat = region.akimat if region is not None else self.registry.lookup(place_head.template[lang].format(written.strip()), lang)
            if akimat is not None:
                return akimat
        if self.registry.lookup(written, lang) is None:
            named_after = self.named_after_inside.search(written)
            head = self.registry.lookup(written[:named_after.start()], lang) if named_after else None
            if head is not None:
                return head  # "КазНУ им. аль-Фараби": the name after "имени" only repeats the registered one's
            place = self.taxonomy.seat(code, "place") or self.taxonomy.seat(code, "place_staff")
            field = self.taxonomy.seat(code, "field")
            office = self.taxonomy.seat(code, "place_office")
            if office is not None and lang in office.template and (is_place or self.registry.region_of(written.strip(), lang) is not None):
                return self.registry.resolve(office.template[lang].format(written.strip()), lang)
            if place is not None and lang in place.template:
                # A place's akimat is the same whatever region it is said to be in ("Атырау облысындағы Құлсары қаласы").
                written = self.registry.without_place_where(written.strip(), lang)
                # A sentence's first word may run into the region's name that follows it ("Қабылдау Павлодар
                # облысының әкімі": the reception, the akim of Pavlodar Region); a place's noun is no such word: the
                # place it names is a smaller one named like a city ("района Алматы города Астаны", a district of Astana).
                words = written.split()
                place_words = self.taxonomy.place_words.get(lang, frozenset())
                skippable = next((index for index, word in enumerate(words) if word.lower() in place_words), len(words))
                region = next((region for first in range(skippable + 1)
                               if (region := self.registry.region_of(" ".join(words[first:]), lang)) is not None), None)
                if region is not None:
                    return region.akimat
                where = self.registry.nominative(written, lang) if lang == "kk" else written.strip()
                last = where.lower().split()[-1] if where.split() else ""
                if all(word.lower() in place_words or word.lower() in ("the", "of") for word in where.split()):
                    return None
                province = self._place_of_another_title(where, code, lang)
                if province is not None:
                    return province
                # An English town the model read as an organization ("akim of Ekibastuz").
                if is_place or last in place_words or lang == "en" and self._reads_as_a_towns_name(where.split()):
                    return self.registry.resolve(place.template[lang].format(where), lang)
            if field is not None and lang in field.template:
                ministry = self.registry.lookup(field.template[lang].format(written.strip()), lang)
                if ministry is not None:
                    return ministry
        return self.registry.resolve(written, lang)

    def _acting_after(self, text: str, title: TitleHit, end: int) -> bool:
        """Whether a Kazakh acting status's words follow the title ("әкімінің міндетін атқарушы")."""
        after = text[title.end:min(end, title.end + 30)].lower()
        return any(status == "acting" and after_pattern.match(after) for status, _, after_pattern in self.status_patterns["kk"])

    def _status(self, text: str, title: TitleHit, lang: str, start: int, end: int, person: Mention) -> str:
        """former | acting, from the status words just before the title (and in Kazakh, just after it),
        or former from a past predicate that gives the title: between the name and the title ("Name
        занимал должность руководителя", "Name previously served as"), in Kazakh after the title
        ("... ректоры болған")."""
        # A Kazakh title that a status word opens with a hyphen ("зейнеткер-ұстаз": a retired teacher) is held so.
        opening = title.written.lower().split("-", 1)[0] if "-" in title.written else ""
        if lang == "kk" and opening and opening in self.taxonomy.status.get("former", {}).get("kk", ()):
            return "former"
        before = text[max(start, title.start - 30):title.start].lower()
        if lang == "kk":  # "Бұрын ... әкімі болған депутат Name": the status word before a past participle is the earlier post's
            before = before[max((match.end() for match in self.former_predicate["kk"].finditer(before)), default=0):]
        # The reason for a release between the post's word and the verb ("лауазымынан өз өтініші бойынша босатылды") says no status.
        predicate_after = self.predicates["kk"].reason.sub("", text[title.end:min(end, title.end + 80)].lower()) if lang == "kk" else ""
        after = predicate_after[:30]
        # A staff list marks the status in brackets after the post's words, before the name: "Заместитель
        # директора по учебной работе (и.о.)".
        aside = _BRACKETED_ASIDE.search(text, title.end, person.start) if title.end < person.start <= title.end + 80 else None
        # The words after the title end at its holder's name after it: "м.а." (acting) there is no name's initials ("М.А. Name").
        before_the_name = person.start - title.end if person.start >= title.end else len(after)
        for status, before_pattern, after_pattern in self.status_patterns[lang]:
            if before_pattern.search(before) or (after and (match := after_pattern.match(after)) and match.end() <= before_the_name) \
                    or (aside and after_pattern.fullmatch(aside.group(1).lower())):
                return status
        if lang == "kk" and title.verb:
            return "former" if title.written.lower() in self.former_head_verbs else "current"
        if lang == "kk":  # a past predicate after the title or after the list it opens, or a dated line's period that has ended
            # (the predicate's words may run past the status words' reach: "... лауазымында ұзақ жыл жұмыс істеген")
            return "former" if self.former_predicate["kk"].match(predicate_after) or self.kazakh_former_list_end.match(text, title.end, end) \
                or self.predicates["kk"].last_post_opening.match(text, start, end) \
                or person.start >= title.end and self.kazakh_service_converb_clause.match(text, title.end, person.start) \
                and self.kazakh_present_after_name.match(text, person.end, end) \
                or person.end <= title.start and self.kazakh_closed_period.search(text, start, person.start) else "current"
        if lang == "ru" and self._duties_performed_by(text, title, person):
            return "acting"
        if lang == "ru" and self.russian_retired_after_title.match(text, title.end, end):
            return "former"
        if lang == "ru" and person.end <= title.start and self._russian_past_period(text, title, start, person):
            return "former"
        if lang == "ru" and self._russian_past_predicate_before_its_subject(text, title, person):
            return "former"
        if lang == "en" and person.text.lower() in self.earlier_post_subjects:  # "His previous post was ..."
            return "former"
        if lang == "en" and person.end <= title.start and (self.english_closed_period.search(text, start, person.start)
                                                           or self.english_closed_period.search(text, person.end, title.start)
                                                           or self.english_former_opening.fullmatch(text, start, person.start)):
            return "former"
        if lang == "en" and self._english_closed_period_after(text, title, end, person):
            return "former"
        if title.verb:
            return "former" if title.written in self.former_head_verbs else "current"
        between = text[person.end:title.start] if person.end <= title.start else ""
        if lang == "en":
            between = self.predicates["en"].before_the_elided_verb(between)
        # A career's start in the title's clause, its subject maybe left out ("Трудовую деятельность начала учителем").
        if lang == "ru" and between and self.predicates["ru"].career_start_with_its_object.search(
                self._titles_clause(text[start:title.start], lang)):
            return "former"
        # "Name – от должности ответственного секретаря ...": an act's list item whose dash stands for the verb of release.
        if lang == "ru" and _DASHED_RELEASE_FROM_A_POST.match(between):
            return "former"
        # Only the predicate of the title's own clause: "Name, работавшая ранее директором, назначена
        # руководителем" holds the second post now.
        return "former" if self.former_predicate[lang].search(self._titles_clause(between, lang)) else "current"

    def _english_closed_period_after(self, text: str, title: TitleHit, end: int, person: Mention) -> bool:
        """Whether a dated period that has ended follows an English title in its clause, before a comma or the name after
        it ("Name, minister of education in 1993–1995, wrote", "rector of the university from 2001 to 2006"): the post
        was held then. An academic year's span is the present one."""
        clause_end = min(end, title.end + 80, person.start if person.start >= title.end else end)
        clause = _ENGLISH_CLAUSE_END.search(text, title.end, clause_end)
        period = self.english_closed_period.search(text, title.end, clause.start() if clause else clause_end)
        return period is not None and not _ACADEMIC_YEAR_AFTER.match(text, period.end())

    def _duties_performed_by(self, text: str, title: TitleHit, person: Mention) -> bool:
        """Whether a Russian title's duties are performed by the name after it ("Обязанности директора колледжа
        временно исполняла заместитель директора Name"): the title is the name's, acting, though a verb stands between."""
        return person.start >= title.end and self.russian_duties_before.search(text, max(0, title.start - 20), title.start) is not None \
            and self.russian_duties_verb.search(text, title.end, person.start) is not None

    def _russian_predicate_title(self, text: str, title: TitleHit, person: Mention) -> bool:
        """Whether a Russian title in the instrumental, or the acting duties of one ("исполняющим обязанности акима"),
        is the predicate of a copula whose subject is the name after it, its appositions between ("Первым директором стал
        фронтовик, учитель математики Name", "Временно исполняющим обязанности акима стал первый заместитель акима Name"):
        the name's title, though a comma or another title stands between."""
        verbs = [word for word in _lower_case_words(text[title.end:person.start]) if _opens_a_clause(word)]
        if not verbs or not all(word in self.copulas for word in verbs):
            return False
        duties = self.russian_duties_before.search(text, max(0, title.start - 40), title.start)
        acting_word = text[:duties.start()].split()[-1:] if duties is not None else []
        return "ablt" in _russian_title_cases(title) or any("ablt" in parse.tag for word in acting_word
                                                            for parse in russian_morphology().parse(word.lower())[:1])

    def _titles_clause(self, between: str, lang: str) -> str:
        """The clause of a title after its holder's name, the last after a comma; an adverb of sequence alone
        after the comma lists the next post of the clause before ("работала учителем в школе №31, затем
        заместителем директора")."""
        clauses = re.split(r"[,;]", between)
        if lang == "ru" and len(clauses) > 1 and self.predicates["ru"].next_in_sequence.search("," + clauses[-1]):
            clauses.pop()
        return clauses[-1]

    def _russian_past_predicate_before_its_subject(self, text: str, title: TitleHit, person: Mention) -> bool:
        """Whether a Russian title in the instrumental opens a clause whose past predicate stands right
        before its subject, the name ("Ранее министром просвещения был Name", "ректором работала Name")."""
        if person.start < title.end or not person.text:
            return False
        gap = text[title.end:person.start]
        if re.search(r"[,;.:!?()—–]", gap) or not self.russian_predicate_before_subject.search(gap):
            return False
        return any(parse.tag.case == "ablt" for parse in russian_morphology().parse(text[title.start:title.end].split()[0].lower()))

    def _russian_past_period(self, text: str, title: TitleHit, start: int, person: Mention) -> bool:
        """Whether the time words before a Russian title after its holder put it in the past: a period that
        has ended, in the sentence's opening or the title's clause ("В 2012–2015 годах Name был министром",
        "Name до 2019 года возглавлял", "С 1998 по 2003 год — ректор"); the past copula right before the title
        ("Name был министром"); a year alone before a dated line's dash ("В 1999 году — помощник")."""
        clause = self._titles_clause(text[person.end:title.start], "ru")
        opening = re.split(r"[,;]", text[start:person.start])[-1]  # not "По данным за 2015–2016 годы, Name является"
        if self.russian_closed_period.search(opening) or self.russian_closed_period.search(clause) \
                or self.russian_past_copula.search(clause):
            return True
        return not person.text and _APPOSITION_DASH.fullmatch(clause) is not None and self.russian_year_point.search(opening) is not None

    def _degrees_near(self, text, person: Mention, start, end, titles: list[TitleHit]) -> list[str]:
        window_start = min([person.start] + [t.start for t in titles if t.start >= start])
        window_end = max([person.end] + [t.end for t in titles if t.end <= end])
        window = text[max(start, window_start - 40):min(end, window_end + 40)]
        return list(dict.fromkeys(match.group() for match in self.degree_pattern.finditer(window)))


def _status_patterns(taxonomy: RoleTaxonomy, lang: str) -> tuple[tuple[str, re.Pattern, re.Pattern], ...]:
    """(status, a word of it ending the text before a title, a word of it opening the text after)."""
    patterns = []
    for status, by_lang in taxonomy.status.items():
        for word in by_lang.get(lang, ()):
            ending = rf"(?<!\w){re.escape(word)}(?:\s|$)" if word[-1:].isalnum() else rf"(?<!\w){re.escape(word)}"
            patterns.append((status, re.compile(ending + r"[^.!?]{0,12}$"), re.compile(r"\W{0,3}" + re.escape(word))))
    return tuple(patterns)


def _another_institution(fact: RoleFact, other: RoleFact) -> bool:
    """Whether two facts name institutions and not the same one."""
    return fact.org is not None and other.org is not None and (fact.org.org_id or fact.org.name) != (other.org.org_id or other.org.name)


_ACT_OPENING = re.compile(r"\s*(?:[А-ЯЁ]?[а-яё]+\s+)?(?:указом|распоряжением|приказом|постановлением|решением)\s+", re.IGNORECASE)
_JOINED_CLAUSE_SUBJECT_PRONOUN = re.compile(r"(?<![\w-])(?:он|она)\s+$")
_DATE_LINE = re.compile(r"[^\S\n]*\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:[^\S\n]+\d{1,2}:\d{2})?[^\S\n]*")


def _dated_byline(text: str, mention: Mention) -> bool:
    """Whether a name stands alone on its line right under a line of a date alone ("01.12.2022\nName\n"): a page's
    author in its byline, no subject of the sentences after it."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:mention.start].strip() or text[mention.end:line_end].strip() or line_start == 0:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    return _DATE_LINE.fullmatch(text, previous_start, line_start - 1) is not None


# A Russian post's noun, its title and institution, and the verb of holding it right before the holder's name ("должность акима
# города с 2020 года занимал Name"); an adverbial of time may stand between the post and the verb.
_POST_BEFORE_ITS_VERB_OF_HOLDING = re.compile(
    r"(?<![\w-])(?:должность|пост)\s+(?P<post>[^\W\d_][^.;!?()\n«»\"]{1,80}?)\s+"
    r"(?:(?:ранее|прежде|до\s+(?:него|нее|неё)|с\s+[^.;!?()\n]{1,30}?года|в\s+[^.;!?()\n]{1,20}?годах?)\s+)?"
    r"(?P<verb>занимал|занимала|занимали|занимает|занимают)\s+(?:(?:ранее|прежде)\s+)?$", re.IGNORECASE)
_POST_BEFORE_ITS_VERB_CHARS = 160

# A dash for the verb of release before the post left, the title's adjectives maybe between ("Name – от должности
# ответственного секретаря", "Name – с поста главы").
_DASHED_RELEASE_FROM_A_POST = re.compile(r"\s*[—–-]\s+(?:от|с)\s+(?:занимаемой\s+)?(?:должности|поста)\s+(?:[а-яё-]+\s+){0,3}$",
                                         re.IGNORECASE)
_POST_NOUN = re.compile(r"(?<![\w-])(?:должност|пост(?![а-яё]*(?:упил|авил|роил)))", re.IGNORECASE)
_KAZAKH_LEGAL_FORM = r"\s+[А-ЯӘҒҚҢӨҰҮҺІ]{2,6}"  # КМҚК, КММ, ЖШС after a school's name
_KAZAKH_LEGAL_NAME = re.compile(rf"(?:[^«]*\w(?:ның|нің|дың|дің|тың|тің)\s+)?«(?P<name>.+)»(?:{_KAZAKH_LEGAL_FORM})?")
_KAZAKH_LEGAL_FORM_AFTER = re.compile(rf"{_KAZAKH_LEGAL_FORM}$")
_NEXT_TWO_WORDS = re.compile(r"[^\S\n]+(?P<adjective>\w+)(?:[^\S\n]+(?P<following>\w+))?")
_KAZAKH_CYRILLIC_LOWER_WORD = re.compile(r"[а-яәғқңөұүһі]+")
_CAPITALIZED_KAZAKH_WORD = re.compile(r"(?<![\w-])[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+(?![\w-])")


def _end_of_the_next_word(text: str, end: int) -> int | None:
    """Where the word after ``end`` on its line ends, None where none follows."""
    words = _NEXT_TWO_WORDS.match(text, end)
    return words.end("adjective") if words is not None else None


_ENGLISH_OF_WORDS = frozenset({"of", "for", "in", "at", "under"})
# The state an ambassador is sent to, after the title: its capitalized name in the Russian prepositional, or after
# "to"/"in" in English.
_HOST_STATE_AFTER = {
    "ru": re.compile(r"(?<!\w)в\s+(?P<host>(?:[А-ЯЁ][а-яё-]+|[А-ЯЁ]{2,4}(?![\w-]))(?:\s+[А-ЯЁ][а-яё-]+){0,3})"),
    # a state's capitalized words, or its letters ("to the UK", "in the UAE")
    "en": re.compile(r"(?<!\w)(?:to|in)\s+(?P<host>(?:the\s+)?(?:[A-Z][a-z-]+|[A-Z]{2,4}(?![\w-]))(?:\s+(?:of\s+)?[A-Z][a-z-]+){0,3})"),
}
# A company's (or a university's) board, the body its chairman and members sit on ("член Совета директоров",
# "Директорлар кеңесінің төрағасы"): a body of the institution it governs, named without it on that one's own pages.
_COMPANY_BOARD = (r"(?<!\w)(?:board\s+of\s+directors|management\s+board|supervisory\s+board|board\s+of\s+trustees|совет\w*\s+директоров|наблюдательн\w*\s+совет"
                  r"|правлени|директорлар\s+кеңес)")
_BOARD_OF_A_COMPANY = re.compile(_COMPANY_BOARD, re.IGNORECASE)
_BOARD_OWNER_KINDS = ("company", "university", "academy", "institute", "foundation")
# A board's word with a title, or an independent director, who sits on a board by the title itself.
_INDEPENDENT_DIRECTOR = re.compile(r"independent\s+directors?", re.IGNORECASE)
_MANAGEMENT_BOARD = re.compile(rf"{_COMPANY_BOARD}|board|{_INDEPENDENT_DIRECTOR.pattern}|басқарма|независим\w*\s+директор|тәуелсіз\s+директор", re.IGNORECASE)


class PageInstitutions:
    """The page's own institutions, the fallback for a title whose sentence names none: its
    university (the registered institution whose site the page is from, else the one it names
    most), its school (the educational organization it names most) and its region's akimat."""

    def __init__(self, document: Document, roles: RoleExtractor):
        self.document = document
        self.roles = roles
        self._found: dict[tuple[str, str], Institution | None] = {}
        self._places_in_title: dict[tuple[str, ...], Institution | None] = {}
        self._read: list[tuple[int, Institution, str]] = []
        # Each title asks again of the same spans: what each names is read once per page.
        self._of_kind = lru_cache(maxsize=None)(self._of_kind_read)
        self._bare_city = lru_cache(maxsize=None)(self._bare_city_read)
        self._regions_named = lru_cache(maxsize=None)(self._regions_named_read)

    # The page's spans, menus and read-also lists are read when a title first asks (most pages' sentences hold none).
    @cached_property
    def _named_spans(self) -> list[Mention]:
        return self._with_the_place_that_ends_the_name(
            [m for m in self.document.mentions if m.label in ORG_LABELS and m.lang in self.roles.references and not self.roles.names_none(m)
             and not self._names_a_project(m.end, m.lang)])

    def organization_named_at(self, start: int) -> Mention | None:
        """The organization's span (no place's) the page opens at ``start``."""
        return next((m for m in self._named_spans if m.start == start and m.label not in PLACE_LABELS), None)

    def registered_body_named_before(self, org: Institution, before: int) -> Institution | None:
        """The registered institution an organization's or a place's span before ``before`` names, last first, with up
        to the words of ``org``'s name before it ("управлении образования | Павлодарской области"), whose name holds
        every word of ``org``'s name: the body ``org`` names without its region."""
        registry, text = self.roles.registry, self.document.page.text
        words = registry.content_words(org.name)
        size = len(org.name.split())
        for mention in reversed(self._named_spans):
            if mention.end > before or not words:
                continue
            preceding = text[max(0, mention.start - _MAX_BODY_WORDS_CHARS):mention.start].split()[-size:]
            for written in (mention.text, " ".join(preceding + [mention.text])):
                found = registry.lookup(written, mention.lang)
                if found is not None and found.in_registry and any(
                        words <= registry.content_words(name) for name in (found.name, found.name_ru) if name):
                    return found
        return None

    @cached_property
    def names_a_town(self) -> bool:
        """Whether the page names a town of regional significance (Екібастұз, Рудный): a city's body it names without
        the city may be the town's, not its region's centre's."""
        return bool(self.roles.registry.towns_written_in(self.document.page.text))

    def _names_a_project(self, end: int, lang: str) -> bool:
        """A name before a project's noun is the project's ("the Comfortable School national project"), no institution."""
        return lang == "en" and self.roles.english_project_after.match(self.document.page.text, end) is not None

    @cached_property
    def _places_by_their_adjectives(self) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, name) of each Kazakh district, rural district or village (places the registry holds no
        bodies of) the model marks as a place before its adjective ("Байзақ аудандық мәслихаты": Байзақ ауданы), or marks
        before its noun elsewhere on the page."""
        references, text = self.roles.references["kk"], self.document.page.text
        places = [m for m in self._named_spans if m.label in PLACE_LABELS and m.lang == "kk"]
        # A place's name before its adjective is in the nominative: a sentence's first word in a case the model marks
        # ("... таныстырды. Жиынға аудандық мәслихат хатшысы", to the meeting) names no place.
        named = [(m.start, m.end, m.text) for m in places
                 if not (self.roles.kazakh_chain.oblique_capitalized(m.text) and text[:m.start].rstrip()[-1:] in ("", ".", "!", "?"))]
        # The model marks a district's name in one place and not in another ("Жаңаарқа ауданының" marked, "Жаңаарқа
        # аудандық мәслихатының" opening the page not): each name it marked before its place's noun, which says the name is
        # in the nominative, wherever else it is written.
        for name in {m.text for m in places if " " not in m.text and (after := _NEXT_TWO_WORDS.match(text, m.end))
                     and references.kind_of(word_after := after.group("adjective")) in references.place_kinds
                     and not references.adjective(word_after)}:
            start = text.find(name)
            while start != -1:
                end = start + len(name)
                if not (text[start - 1:start].isalnum() or text[end:end + 1].isalnum()):
                    named.append((start, end, name))
                start = text.find(name, end)
        # So is a district's name regions.yaml holds, marked or not, one word or two ("Жаңаарқа аудандық мәслихатының",
        # "Бұқар жырау аудандық" opening a paragraph, where the model marks none).
        named += [(match.start(), end, text[match.start():end]) for match in _CAPITALIZED_KAZAKH_WORD.finditer(text)
                  for end in (match.end(), _end_of_the_next_word(text, match.end()))
                  if end and self.roles.registry.is_kazakh_district_name(text[match.start():end])]
        return sorted({(start, adjective_end, kind, f"{name} {noun}")
                       for start, end, name in named
                       for adjective_end, kind, noun in [references.place_by_its_adjective(text, end) or (0, None, "")]
                       if kind in self.roles._kazakh_unregistered_place_kinds})

    @cached_property
    def _navigation(self) -> list[tuple[int, int]]:
        """A menu's item names the site's sections, none of the page's institutions ("Главная | О колледже | ...")."""
        text = self.document.page.text
        return [(segment.start, segment.end) for segment in self.document.segments
                if navigation_separators(text[segment.start:segment.end])]

    @cached_property
    def _read_also(self) -> list[tuple[int, int]]:
        """A read-also list names other pages' institutions ("Оқи отырыңыз:\nТүркістанда Ясауи атындағы мектеп-лицей ..."), up
        to a blank line or a labelled line of the page's own ("Photo credit: Humboldt Gymnasium press office")."""
        text = self.document.page.text
        lists = [(heading.start(), end.start() if (end := _END_OF_A_READ_ALSO_LIST.search(text, heading.end())) else len(text))
                 for heading in re.finditer(r"^[^\S\n]*(\w[^\n:]{0,40}?)[^\S\n]*:?[^\S\n]*$", text, re.MULTILINE)
                 if _heading_key(heading.group(1)) in self.roles.read_also_headings]
        # A heading that opens its one teaser's line ("Related: Shymkent school wins the cup", "Читайте также: ..."): that line.
        return lists + [(line.start(), line.end()) for line in _TEASER_AFTER_A_HEADING.finditer(text)
                         if _heading_key(line.group(1)) in self.roles.read_also_headings]

    def _with_the_place_that_ends_the_name(self, spans: list[Mention]) -> list[Mention]:
        """The spans, a Russian organization the model marked apart from the region its registered name ends with
        ("Управление образования | Павлодарской области", as a department's site heads its pages) read as one; a
        country after a name ("НАН | РК") leaves the name as it was read."""
        text = self.document.page.text
        places = {m.start: m for m in spans if m.label in PLACE_LABELS and self.roles.registry.region_of(m.text, "ru") is not None}
        joined = []
        for mention in spans:
            gap = _SPACE_IN_A_LINE.match(text, mention.end) if mention.label not in PLACE_LABELS and mention.lang == "ru" else None
            place = places.get(gap.end()) if gap else None
            if place is not None and self.roles.registry.lookup(text[mention.start:place.end], "ru") is not None:
                mention = replace(mention, end=place.end, text=text[mention.start:place.end])
            joined.append(mention)
        return joined

    def _in_navigation(self, position: int) -> bool:
        return any(start <= position <= end for start, end in self._navigation)

    def _akimat_item_of_a_menu(self, text: str, name_end: int, kind: str) -> bool:
        """Whether a place's name in a menu is a whole item that names its akimat ("Мемлекеттік органдар | Сарыағаш
        ауданының әкімдігі | Баспасөз орталығы"): an akimat's site heads its pages with its own name, the site's place."""
        return kind in self.roles.place_kinds and self.roles.akimat_menu_item_end.match(text, name_end) is not None

    def _in_read_also(self, position: int) -> bool:
        return any(start <= position <= end for start, end in self._read_also)

    def __call__(self, kind: str, code: str, lang: str) -> Institution | None:
        if (kind, lang) not in self._found:
            if kind == "university":
                # Not an academy of sciences the page names last as its academicians' ("ректор университета, академик НАН РК").
                found = self._teaching_site() or (lang == "en" and self._university_named_by_the_site) \
                    or self._unregistered_university_named_most(lang) \
                    or self.roles.home_institution(self.document) or self._registered_named_last(PAGE_KINDS[kind], lang, _UNIVERSITY_TYPES)
            elif kind == "publisher":
                # A Russian page of a Kazakh site names its school in the Kazakh header only ("№45 «Балапан»
                # бөбекжай-бақшасы" over "В нашем детском саду ..."): the header's school is the page's all the same.
                found = (self._publisher() or self._kazakh_school_heading()) if lang == "ru" \
                    else self._kazakh_school_heading() if lang == "kk" else None
            elif kind == "institute":
                found = self._teaching_site() or self._registered_named_last(PAGE_KINDS[kind], lang)
            elif kind == "school":
                found = self.school_site(lang) or self._most_named(kind, code, lang)
            else:
                found = self._most_named(kind, code, lang)
            self._found[kind, lang] = found
        return self._found[kind, lang]

    @cached_property
    def _university_named_by_the_site(self) -> Institution | None:
        """The unregistered university an English page names with a word of its academic site's host ("the University of
        Arizona" on humanities.arizona.edu): a foreign partner's own news of a visit, its staff listed without their
        institution, however often the page names the visitors' universities. (A registered one's site is known by its
        domain, or its page names its own staff by their university: the visitors' list may follow the host's name.)"""
        host_words = academic_host_words(self.document.page.url)
        heads = tuple(self.roles.taxonomy.institution_words.get("en", ()))
        return next((institution for mention in self._named_spans
                     if host_words and mention.lang == "en" and mention.label == "ORG" and not self._in_read_also(mention.start)
                     and any(word.lower() in host_words and not word.lower().startswith(heads) for word in mention.text.split())
                     and (institution := self._of_kind(mention.text, PAGE_KINDS["university"], mention.lang)) is not None
                     and not institution.in_registry), None)

    def _unregistered_university_named_most(self, lang: str) -> Institution | None:
        """An English page's university that the registry does not hold where the page names it more often than any
        other (a foreign partner's visit, "Leipzig University" named twice, the Kazakh universities once each): the one
        whose staff the page names without their institution."""
        if lang != "en":
            return None
        counts: Counter = Counter()
        found: dict[str, Institution] = {}
        for mention in self._named_spans:
            institution = self._of_kind(mention.text, PAGE_KINDS["university"], mention.lang) \
                if mention.lang == lang and mention.label == "ORG" and not self._in_read_also(mention.start) else None
            if institution is not None:
                counts[institution.org_id] += 1
                found[institution.org_id] = institution
        ranked = counts.most_common(2)
        if not ranked or found[ranked[0][0]].in_registry or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return found[ranked[0][0]]

    def _teaching_site(self) -> Institution | None:
        """The registered institution whose site the page is from, where its staff teach or do research: a news
        agency's, a ministry's or a government's site reports on the rectors and students of others."""
        site = self.roles.registry.of_site(self.document.page.url)
        return site if site is not None and site.type in self.roles.taxonomy.teaching_site_types else None

    def spelled_out(self, name: str, lang: str) -> Institution | None:
        """The institution the page names in full whose capitalized words' initials spell the acronym opening an
        unregistered name ("CSU" after "Central South University"; "the KAIST Office of Global Initiatives" after "Korea
        Advanced Institute of Science and Technology"): the one the acronym stands for, where it is one."""
        acronym = next(iter(_OPENING_ARTICLE.sub("", name).split()), "")
        if not _ACRONYM.fullmatch(acronym) or self.roles.registry.lookup(acronym, lang) is not None:
            return None
        spelled = {_OPENING_ARTICLE.sub("", span.text) for span in self._named_spans
                   if span.label == "ORG" and span.lang == lang
                   and "".join(word[0] for word in _OPENING_ARTICLE.sub("", span.text).split() if word[:1].isupper()) == acronym}
        return self.roles.registry.resolve(spelled.pop(), lang) if len(spelled) == 1 else None

    def school_site(self, lang: str) -> Institution | None:
        """The school, kindergarten or college whose own site the page is, as its header names it ("КГУ «Школа-гимназия
        №26» акимата города Астаны"): its staff and pupils are there, however often the page names another one or a
        model's span takes a title into the name ("Методист детского сада")."""
        site = self("publisher", "", lang)
        return site if site is not None and self.roles._kind_by_its_noun(site, lang) == "school" else None

    def on_its_site(self, kind: str) -> bool:
        """Whether the page's own of ``kind`` is the institution whose site the page is from: a registered
        university's, one an English page names by its site's host, or the one the page's header names (``publisher``)."""
        return kind == "university" and (self._teaching_site() is not None or self._university_named_by_the_site is not None) \
            or kind == "publisher"

    def _publisher(self) -> Institution | None:
        """The institution whose site a Russian page is, as its header names it: the first line of its text, else a
        part of its title, that is an institution's name, its legal form's capitals before it and its founder in
        the genitive after it left out ("Управление образования Павлодарской области", "Семинар | ГУ «Отдел
        образования по Шортандинскому району управления образования ...»", "КГУ «Школа-гимназия №12» отдела
        образования города ..."). A headline ("Колледж открыл мастерскую") names none."""
        title = self.document.page.title or ""
        first_line = self.document.page.text.split("\n", 1)[0]
        for line in (first_line, *_HEADER_PARTS.split(title)):
            if navigation_separators(line):  # a menu's items ("Университет | Абитуриенту | Студенту"), no name
                continue
            name = self._institution_heading(line.strip())
            if name:
                return self.roles.registry.resolve(name, "ru")
        return None

    def _kazakh_school_heading(self) -> Institution | None:
        """The school, college or kindergarten whose site a Kazakh page is, as a line of its header names it, alone or
        before a bar ("Қостанай политехникалық жоғары колледжі" under the menu, "№42 жалпы білім беретін мектеп | Шымкент
        қаласы"): a line of the header before the body's first sentence, or a part of the page's title, that is the
        school's name and nothing else. A headline ("Мектебімізге жаңа директор тағайындалды") is none."""
        references = self.roles.references["kk"]
        lines = []
        for line in self.document.page.text.split("\n")[:_HEADER_LINES]:
            if _LINE_ENDING_A_SENTENCE.search(line.strip()):
                break
            lines.append(line)
        for line in (*lines, *_HEADER_PARTS.split(self.document.page.title or "")):
            if navigation_separators(line):
                continue
            for part in _HEADER_PARTS.split(line.strip()):
                part = part.strip()
                # A school's legal name: its founder's genitive before the quoted name, its legal form's capitals after
                # ("Павлодар қаласы білім бөлімінің «№12 «Аққу» сәбилер бақшасы» КМҚК"); a name in no quotes of its own
                # keeps its city, only the legal form goes ("Павлодар қаласының №18 «Балдәурен» бөбекжай-балабақшасы КМҚК").
                legal = _KAZAKH_LEGAL_NAME.fullmatch(part)
                name = legal.group("name") if legal else _KAZAKH_LEGAL_FORM_AFTER.sub("", part)
                if any(written == name for _, written in references.named(part, 0, len(part), "school")):
                    return self.roles.registry.resolve(name, "kk")
        return None

    def _institution_heading(self, line: str) -> str | None:
        """The name a header's line is of an institution, else None: a noun of an institution's kind or a unit's
        ("Управление", "Отдел", "Школа-гимназия", "колледж"), adjectives maybe before it, and no verb."""
        line = _OPENING_LEGAL_FORM.sub("", line)
        if line.startswith("«"):  # "«Школа-гимназия №12» отдела образования": the name's own quotes
            line = line[1:].replace("»", "", 1)
        words = line.split()
        if not words or len(words) > _MAX_HEADER_NAME_WORDS:
            return None
        references = self.roles.references["ru"]
        units = self.roles.taxonomy.unit_words.get("ru", frozenset())

        def institution_noun(word: str) -> bool:
            word = word.strip("«»\"“”,.:;()")
            kind = references.kind_of(word)
            return kind is not None and kind not in references.place_kinds or word.lower() in units

        parses = [russian_morphology().parse(word.strip("«»\"“”,.:;()"))[0] for word in words]
        # A capitalized word is a name's, whatever the dictionary guesses of it («Шұғыла» reads as a verb); a short
        # participle is a predicate ("Колледж основан в 1965 году").
        if any(parse.tag.POS in ("VERB", "INFN", "PRTS") and not word.strip("«»\"“”,.:;()")[:1].isupper()
               for word, parse in zip(words, parses)):
            return None
        head = next((index for index, word in enumerate(words) if institution_noun(word)), None)
        if head is None or not all(parse.tag.POS == "ADJF" for parse in parses[:head]):
            return None
        # The founder after the name: a lower-case noun of an institution's kind in the genitive ("отдела образования").
        founder = next((index for index in range(head + 1, len(words)) if words[index][:1].islower()
                        and institution_noun(words[index]) and "gent" in parses[index].tag), len(words))
        return " ".join(words[:founder]).strip(" ,.:;")

    def _registered_named_last(self, kinds: tuple[str, ...], lang: str, types: tuple[str, ...] | None = None) -> Institution | None:
        """The registered institution of ``kinds`` (of the registry ``types``, where given) the page names last, in any
        case ("М.Х. Дулати атындағы Тараз өңірлік университетінде"), which the count of names as written misses."""
        found = self._named_in(0, len(self.document.page.text), kinds, lang)
        registered = [(position, institution) for position, institution in found
                      if institution.in_registry and not self._in_read_also(position) and (types is None or institution.type in types)]
        return max(registered, key=lambda pair: pair[0])[1] if registered else None

    def named_before(self, kinds: tuple[str, ...], before: int, lang: str,
                     registered_only: bool = False, noun: str | None = None) -> tuple[Institution | None, str]:
        """The institution of one of ``kinds`` named last before ``before`` in its paragraph or the ones
        before it ("text"), else in the page's first line ("page"): an NER span of that kind (a registered one by its type, a place
        by regions.yaml, another by the kind's noun in it), a name before the kind's noun in the title's
        language ("Балкашин №1 орта мектебінде", "Almaty Region"), or the institution an earlier title was
        read with ("Оқу-ағарту министрі Name"). ``registered_only``: registered ones, in the paragraph only; ``noun``
        (a stem): of those named in a span, the ones whose name holds it, where any does."""
        text = self.document.page.text
        paragraph = text.rfind("\n", 0, before) + 1
        first_line = text.find("\n") if "\n" in text else len(text)
        # The paragraph, then the paragraphs before it, then the page's first line (its title).
        spans = [(paragraph, before, "text")] + ([] if registered_only else [
            (min(first_line, paragraph), paragraph, "text"), (0, min(first_line, paragraph), "page")])
        for start, end, source in spans:
            named = [(position, institution) for position, institution in self._named_in(start, end, kinds, lang)
                     if institution.in_registry or not registered_only]
            if noun is not None:
                named = [pair for pair in named if noun in pair[1].name.lower()] or named
            if named:
                return self.in_full(max(named, key=lambda pair: pair[0])[1], kinds, lang), source
            # A Kazakh paragraph that names no place of the kind refers to the one the page's title names, not to one
            # an earlier paragraph named in passing ("Қармақшы ауданына жаңа әкім тағайындалды": "... бұрын Жалағаш
            # ауданы әкімінің орынбасары болған. \n Аудан әкімінің орынбасары Name": Karmakshy's).
            in_title = self._place_in_title(kinds, lang) \
                if lang == "kk" and not registered_only and source == "text" and start == paragraph else None
            if in_title is not None:
                return in_title, "page"
        in_title = None if registered_only else self._place_in_title(kinds, lang) or self._district_of_site(kinds, lang) \
            or self._the_one_district_named_after(before, kinds, lang)
        return (in_title, "page") if in_title is not None else (None, "text")

    def _the_one_district_named_after(self, before: int, kinds: tuple[str, ...], lang: str) -> Institution | None:
        """The akimat of the one district a Kazakh page names only after a district's title that no text before names
        ("аудан әкімінің орынбасары Name ... Шардара аудандық мәслихатының депутаты": Shardara's), by its name and noun or
        its body's adjective ("аудандық"); a page that names two districts or more names none of them for it."""
        if lang != "kk" or "district" not in kinds:
            return None
        named = {fold(institution.name): institution for _, institution in self._named_in(before, len(self.document.page.text), ("district",), lang)
                 if institution is not None}
        # A district named only inside another name, a project's or a branch's in quotes, that no span reads as a
        # district ("«Бөкей ауданының жас кәсіпкерлері» жобасы"): the district of regions.yaml it names, one district
        # however the spans read it ("Сырым аудандық филиалы" read as a district's name too).
        registered = {}
        for written, _ in self.roles.registry.districts_written_in(self.document.page.text[before:]):
            place = re.sub(r"(?i)\s+(?:аудандық|ауданы[а-яәғқңөұүһі]*)$", "", written)
            registered[fold(place)] = self.roles.institution_named(f"{place} ауданы", "district", lang)
        if len(registered) == 1 and len(named) != 1 and all(key.startswith(next(iter(registered))) for key in named):
            return next(iter(registered.values()))
        return next(iter(named.values())) if len(named) == 1 else None

    def _district_of_site(self, kinds: tuple[str, ...], lang: str) -> Institution | None:
        """The akimat of the district whose own newspaper a Kazakh page comes from (regions.yaml's district_news_sites),
        for a district's noun no text or title before it names ("аудан әкімі" on temirnews.kz: Темір ауданы's akim):
        a district paper names its own district nowhere."""
        district = self.roles.registry.district_of_site(self.document.page.url) \
            if lang in ("kk", "ru") and "district" in kinds else None
        # A Russian page of the paper names the district by its Russian name ("аким района": Акимат Кокпектинского района).
        district = self.roles.registry.district_name(district, lang) if district and lang == "ru" else district
        return self.roles.institution_named(district, "district", lang) if district else None

    def _place_in_title(self, kinds: tuple[str, ...], lang: str) -> Institution | None:
        """The akimat of the last place of one of ``kinds`` a Russian or Kazakh page's title names, by a name and its place's
        noun ("Аппарат акима Зерендинского района подвел итоги", "... города Актобе"): a saved page's title is no
        part of its text, and a district akimat's page may name its district nowhere else. Read once per page and kinds."""
        references = self.roles.references.get(lang)
        title = self.document.page.title
        if lang not in ("ru", "kk") or not title or not set(kinds) & references.place_kinds:
            return None
        if kinds not in self._places_in_title:
            if lang == "kk":  # a name before its place's noun ("Қармақшы ауданына жаңа әкім тағайындалды")
                named = sorted((end, written, kind) for kind in set(kinds) & references.place_kinds
                               for end, written in references.named(title, 0, len(title), kind))
            else:
                named = sorted((match.start(), match.group(), references.kind_of(match.group("noun")))
                               for pattern in _RUSSIAN_PLACES_IN_A_TITLE for match in pattern.finditer(title)
                               if not self._given_name_after_a_places_noun(match, lang) and not self._title_before_a_places_noun(match, title))
            found = [self.roles.institution_named(written, kind, lang) for _, written, kind in named if kind in kinds]
            self._places_in_title[kinds] = found[-1] if found else None
        return self._places_in_title[kinds]

    def _given_name_after_a_places_noun(self, match: re.Match, lang: str) -> bool:
        """Whether the capitalized word after a place's noun in a Russian title is a given name as written, which opens
        the name of the person the title before it qualifies ("заместитель акима области Данияр Жаналинов": a page with
        no title of its own is titled by its first line), not the place's name: a place named after a person takes the
        genitive ("района Беимбета Майлина"), and a region's name after its noun ("области Абай") is the region's."""
        after = match.groupdict().get("after")
        if after is None:
            return False
        if self.roles.names.is_given_name(after) and self.roles.registry.region_of(match.group(), lang) is None:
            return True
        # A given name in a case opens a person's name the page's NER read there ("акима района Бекзата Жумабаева",
        # no known given name as written), unless the noun and that name are a registered district's ("района Беимбета Майлина").
        return any(mention.label == "PERSON" and len(words := mention.text.split()) >= 2 and words[0] == after
                   and not self.roles.registry.districts_written_in(f"{match.group('noun')} {mention.text}")
                   for mention in self.document.mentions)

    def _title_before_a_places_noun(self, match: re.Match, title: str) -> bool:
        """Whether the capitalized word before a place's noun in a Russian title is a title's, which the noun completes
        ("Аким области Name осмотрел ...", a page titled by its first line): no place's name."""
        return match.groupdict().get("after") is None \
            and any(start == match.start() for start, _, _ in self.roles.matcher("ru").find(title, match.start(), match.end()))

    def in_full(self, institution: Institution, kinds: tuple[str, ...], lang: str) -> Institution:
        """The institution a Kazakh name of a place's adjective and nouns only stands for ("Аудандық мәслихат", "қалалық
        білім бөлімі"), where the page names it in full, its place's name before the same words ("Қармақшы аудандық
        мәслихаты", in a site's header)."""
        words = institution.name.split()
        references = self.roles.references["kk"]
        kind = references.kind_of(words[-1]) if words else None
        # A name whose last noun is of no kind ("аудан әкімдігі": an akimat is read by its place) has no fuller one to find.
        if lang != "kk" or institution.in_registry or len(words) < 2 or kind is None or any(_names(word) for word in words[1:]) \
                or references.kind_of(words[0]) not in references.place_kinds:
            return institution
        for _, fuller in self._named_in(0, len(self.document.page.text), kinds, lang):
            longer = fuller.name.split()
            if len(longer) > len(words) and not fuller.in_registry and _names(longer[0]) \
                    and references.kind_of(longer[-1]) == kind and (
                        [fold(word) for word in longer[-len(words):-1]] == [fold(word) for word in words[:-1]]
                        # The place's noun for its adjective: "аудандық білім бөлімі" of "Шиелі ауданы білім бөлімі".
                        or [fold(word) for word in longer[-len(words) + 1:-1]] == [fold(word) for word in words[1:-1]]
                        and references.kind_of(longer[-len(words)]) == references.kind_of(words[0])):
                return fuller
        return institution

    def in_its_place(self, institution: Institution, before: int, lang: str) -> Institution:
        """A Kazakh name of a place's adjective and nouns only ("Аудандық білім бөлімі", "аудандық мәслихат"): the page's
        name in full (``in_full``), else the same words after the name of the place of that kind the text refers to
        (``named_before``: its paragraph's, the page title's, an earlier paragraph's), "Сарыағаш аудандық білім бөлімі"
        on a page about Saryagash district; a title's institution is no district's department of all districts. A Russian
        short name, the page's full one (``_russian_named_in_full``). An English one named by one capitalized word ("members of
        the Assembly"), the registered body named before whose name holds it ("the Assembly of People of Kazakhstan")."""
        if lang == "ru":
            return self._russian_named_in_full(institution)
        if lang == "en":
            one_word = not institution.in_registry and len(institution.name.split()) == 1 and institution.name[:1].isupper()
            return (self.registered_body_named_before(institution, before) if one_word else None) or institution
        references = self.roles.references["kk"]
        words = institution.name.split()
        place_kind = references.kind_of(words[0]) if lang == "kk" and len(words) > 1 and not institution.in_registry else None
        # The place's bare noun refers back as its adjective does ("қала білім басқармасы": the city's department).
        bare_noun = words[0] in self.roles.taxonomy.place_words.get("kk", ())
        if place_kind not in references.place_kinds or not (references.adjective(words[0]) or bare_noun) \
                or any(_names(word) for word in words[1:]):
            return institution
        own_kind = references.kind_of(words[-1])
        fuller = self.in_full(institution, (own_kind,), lang) if own_kind else institution
        if fuller is not institution:
            return fuller
        # On the own site of a registered body of that kind and place, the site's ("Қалалық мәслихат" on a city maslikhat's
        # site), as the body writes itself there, whatever else its pages name.
        site = self.roles.registry.of_site(self.document.page.url)
        site_words = (site.name_kk or "").split() if site is not None else []
        if own_kind and site_words and references.kind_of(site_words[-1]) == own_kind \
                and any(references.kind_of(word) == place_kind for word in site_words[:-1]):
            return site
        place, _ = self.named_before((place_kind,), before, lang)
        if place is None and place_kind == "region" and not bare_noun:
            # No region named before it: the page's ("облыстық мәдениет басқармасы" on a regional paper's site, or on a page
            # about one region), as a bare "аким области" is its akim.
            place = self.akimat_named_most("region")
        # A place named by its registered akimat ("Қарағанды қаласының әкімдігі"): its Kazakh name, for a body the
        # registry holds too ("Қарағанды қалалық мәслихаты").
        registered_place = place is not None and place.in_registry and bool(place.name_kk)
        place_words = (place.name_kk if registered_place else place.name).split() if place is not None else []
        noun = next((index for index in range(len(place_words) - 1, 0, -1) if references.kind_of(place_words[index]) == place_kind), 0)
        # A district's name regions.yaml holds may have a lower-case word ("Бұқар жырау ауданы").
        if not noun or not (all(_names(word) for word in place_words[:noun])
                            or self.roles.registry.is_kazakh_district_name(" ".join(place_words[:noun]))):
            return institution
        # A bare noun takes the place's noun as the page writes it ("Шымкент қаласы білім басқармасы").
        place_name = place_words[:noun + 1] if bare_noun else place_words[:noun] + [words[0].lower()]
        fuller = self.roles.registry.resolve(" ".join(place_name + words[1:]), lang)
        return fuller

    def _russian_named_in_full(self, institution: Institution) -> Institution:
        """A Russian institution named short, by its proper adjective and its kind's noun ("Михайловская школа"), that the
        page names in full elsewhere ("Михайловская общеобразовательная школа Мендыкаринского района"): the one full name
        of the page that opens with the same word and holds the short name's words in order (the longest, where the page
        writes it in several lengths, each holding the shorter)."""
        words = institution.name.split()
        kind = self.roles.references["ru"].kind_of(words[-1]) if len(words) >= 2 and not institution.in_registry else None
        if kind is None or not words[0][:1].isupper() or any(_names(word) for word in words[1:]):
            return institution
        fuller = {named.name: named for _, named in self._named_in(0, len(self.document.page.text), (kind,), "ru")
                  if not named.in_registry and _holds_in_order(named.name, institution.name)}
        longest = max(fuller, key=len, default=None)
        return fuller[longest] if longest is not None and all(name == longest or _holds_in_order(longest, name) for name in fuller) else institution

    def site_is_of_kind(self, kind: str, lang: str) -> bool:
        """Whether the page is from the site of a registered institution of ``kind`` (a university's, not a news agency's)."""
        site = self.roles.registry.of_site(self.document.page.url)
        return site is not None and self._kind_of(site, lang) == kind

    def registered_in_title(self, kinds: tuple[str, ...], lang: str) -> Institution | None:
        """The registered institution of one of ``kinds`` the page's title names, the one the page is about
        ("Қ. Жұбанов атындағы университетке жаңа ректор тағайындалды")."""
        found = self._registered_inside(self.document.page.title or "", kinds, lang)
        return found if found is not None and _referred_to_by(found, kinds) else None

    def named_in_paragraph(self, kinds: tuple[str, ...], before: int, lang: str) -> bool:
        """Whether the paragraph names an institution of one of ``kinds`` before ``before``."""
        return bool(self._named_in(self.document.page.text.rfind("\n", 0, before) + 1, before, kinds, lang))

    def last_in_paragraph(self, kinds: tuple[str, ...], before: int, lang: str) -> Institution | None:
        """The institution of one of ``kinds`` the paragraph names last before ``before``."""
        named = self._named_in(self.document.page.text.rfind("\n", 0, before) + 1, before, kinds, lang)
        return max(named, key=lambda pair: pair[0])[1] if named else None

    def registered_in_paragraph(self, kinds: tuple[str, ...], before: int, lang: str) -> list[Institution]:
        """The registered institutions of ``kinds`` that the paragraph names before ``before``, each once, in
        the order named."""
        text = self.document.page.text
        named = sorted(self._named_in(text.rfind("\n", 0, before) + 1, before, kinds, lang), key=lambda pair: pair[0])
        return list({institution.org_id: institution for _, institution in named if institution.in_registry}.values())

    def _named_in(self, start: int, end: int, kinds: tuple[str, ...], lang: str) -> list[tuple[int, Institution]]:
        """Where each institution of ``kinds`` named between ``start`` and ``end`` ends, and the institution."""
        text = self.document.page.text
        named = [(m.end, self._of_kind(m.text, kinds, m.lang)) for m in self._named_spans
                 if start <= m.start and m.end <= end]
        named += [(name_end, self._registered_inside(name, (kind,), lang) or self.roles.institution_named(name, kind, lang))
                  for kind in kinds for name_end, written in self.roles.references[lang].named(text, start, end, kind)
                  if not self._in_navigation(name_end) or self._akimat_item_of_a_menu(text, name_end, kind)
                  for name in [self._after_persons(written, name_end, lang)] if name]
        named += [(position, institution) for position, institution, lang in self._read
                  if start <= position <= end and self._kind_of_read_body(institution, lang) in kinds]
        if lang == "kk":
            named += [(adjective_end, self.roles.institution_named(name, kind, lang))
                      for name_start, adjective_end, kind, name in self._places_by_their_adjectives
                      if start <= name_start and adjective_end <= end and kind in kinds]
        if lang == "kk" and "village" in kinds:
            # A village named by its name and noun inside a sentence, which a span may hold without its noun ("... қарасты
            # Көктал ауылында"): the village's akimat, as a span's is; the name before the noun is its name whatever its
            # ending looks like, unless it is a person's ("Name Surname-ға ауыл әкімі қызметі жүктелді").
            persons = [mention for mention in self.document.mentions if mention.label == "PERSON"]
            named += [(village.end(), self.roles.institution_named(f"{village.group('name')} ауылы", "village", lang))
                      for village in _KAZAKH_VILLAGE_NAMED.finditer(text, start, end)
                      if not self.roles.kazakh_chain.genitive.search(village.group("name"))
                      and not any(mention.start < village.end("name") and village.start("name") < mention.end for mention in persons)]
        named += [(m.end, institution) for m in self._named_spans if start <= m.start and m.end <= end
                  and (institution := self._russian_of_kind_by_its_noun(m, kinds)) is not None]
        if lang == "ru":
            # A registered institution named by its kind's noun and a Latin name the model left without a span ("Съезд
            # партии Amanat"): the noun and the name together.
            named += [(match.end(), institution) for match in _RUSSIAN_NOUN_AND_LATIN_NAME.finditer(text, start, end)
                      if self.roles.references["ru"].kind_of(match.group("noun")) in kinds
                      and (institution := self.roles.registry.lookup(f"{match.group('noun')} {match.group('name')}", lang)) is not None]
        if lang == "ru" and "ministry" in kinds:
            # A registered ministry named in lower case, its field in the genitive after its noun, which NER leaves out
            # ("суд над руководством министерства сельского хозяйства. Бывшего главу министерства ..."): that ministry.
            named += [(ministry.end(), institution) for ministry in _RUSSIAN_MINISTRY_IN_LOWER_CASE.finditer(text, start, end)
                      if (institution := self.roles.registry.lookup(f"Министерство {ministry.group('field')}", lang)) is not None]
        if "city" in kinds:
            # A registered city the model read as an organization is the city too, for a title that names a city ("deputy
            # akim of Ekibastuz ... akim of the city"); one of a region's takes the region the city is the centre of.
            named += [(m.end, institution) for m in self._named_spans if start <= m.start and m.end <= end
                      and m.lang != "kk" and (institution := self._bare_city(m.text.strip(), m.lang)) is not None
                      and (m.label in PLACE_LABELS or institution.in_registry and "region" not in kinds)]
        # A numbered institution often has no NER span ("в школе-лицее № 8"); it may be written in another
        # language than the title that refers back to it.
        named += [(name_end, self._numbered_of_kind(self._with_compound_head(text, name_start, name_end), kinds, lang))
                  for name_start, name_end in self.roles.numbered_institutions(text, start, end, self.document.mentions)]
        return [(position, institution) for position, institution in named if institution is not None
                and _referred_to_by(institution, kinds) and not (lang == "ru" and self._one_of_places_in_the_plural(text, position))]

    def _one_of_places_in_the_plural(self, text: str, position: int) -> bool:
        """Whether a Russian place named up to ``position`` is one of a list before the plural of its noun ("Акмолинской,
        Карагандинской областей"), or that list with the noun: several places, none of which a singular noun after them
        refers back to ("руководитель аппарата акима области" is of the region the page named before)."""
        references = self.roles.references["ru"]

        def plural_place_noun(word: str) -> bool:
            parses = [parse for parse in russian_morphology().parse(word.lower())
                      if references.kind_of(parse.normal_form) in self.roles.place_kinds]
            return bool(parses) and all(parse.tag.number == "plur" for parse in parses)

        before = re.search(r"([а-яё]+)\W*$", text[max(0, position - 30):position], re.IGNORECASE)
        after = _PLACES_LISTED_BEFORE_A_NOUN.match(text, position)
        return before is not None and plural_place_noun(before.group(1)) or after is not None and plural_place_noun(after.group("noun"))

    def _bare_city_read(self, word: str, lang: str) -> Institution | None:
        """(``_bare_city``) The akimat of a place named by one word, no region's nor a country's, where a title refers
        back to a city ("В Экибастузе ... заместитель акима города", "in Ekibastuz ... deputy akim of the city")."""
        if not word.isalpha() or not word[:1].isupper():
            return None
        nominative = russian_morphology().parse(word)[0].normal_form if lang == "ru" else word.lower()
        if {word.lower(), nominative} & self.roles.state_names[lang] or self.roles.registry.region_of(word, lang) is not None \
                or self.roles.registry.lookup(word, lang) is not None:
            return None
        return self.roles.institution_named(word, "city", lang)

    def _russian_of_kind_by_its_noun(self, mention: Mention, kinds: tuple[str, ...]) -> Institution | None:
        """A Russian organization the model marked without its kind's noun, the noun right before it ("в журнале
        «Нива»", "компании Genentech"): the organization, if the noun is of one of ``kinds``; a place so named
        ("акима города Павлодара") is its akimat."""
        if mention.lang != "ru":
            return None
        noun = _NOUN_BEFORE_A_NAME.search(self.document.page.text, max(0, mention.start - _MAX_NOUN_BEFORE_A_NAME), mention.start)
        kind = self.roles.references["ru"].kind_of(noun.group("noun")) if noun is not None else None
        if kind not in kinds:
            return None
        if kind in self.roles.place_kinds:
            # A region whose official Russian name opens with its noun ("области Абай", "области Жетісу") is named by the
            # noun and the name together: the name alone may be a person's or a city's, and names no region.
            with_its_noun = self.roles.registry.region_of(self.document.page.text[noun.start("noun"):mention.end], "ru")
            if with_its_noun is not None:
                return with_its_noun.akimat if with_its_noun.kind == kind else None
            # A registered place of another kind is named by its own noun, the one before is another place's ("в
            # Казыгуртском районе Туркестанской области": the region is no district).
            region = self.roles.registry.region_of(mention.text, "ru")
            return self.roles.institution_named(mention.text, kind, "ru") if region is None or region.kind == kind else None
        if mention.label in PLACE_LABELS:
            # "сессия маслихата Бурабайского района": the place's body of that kind, not the place; a noun in the plural
            # names its bodies, none of them ("рейтинг «100 лучших школ Казахстана»").
            if _russian_plural_only(noun.group("noun")):
                return None
            return self.roles.registry.resolve(self.document.page.text[noun.start("noun"):mention.end], "ru")
        found = self.roles.registry.resolve(mention.text, "ru")
        if not found.in_registry:
            # A name that is also a word is registered with its kind's noun only ("партии Amanat": the party; the word
            # alone is none): the noun and the name together, where they name a registered one.
            with_its_noun = self.roles.registry.lookup(self.document.page.text[noun.start("noun"):mention.end], "ru")
            if with_its_noun is not None:
                return with_its_noun
        return found

    def organization_named_before(self, before: int, lang: str, referent_after: re.Pattern | None = None) -> Institution | None:
        """The organization (no place) an NER span or a numbered institution's name names last before ``before``
        in its paragraph, or the referent ``referent_after`` finds (its group "noun") between it and ``before``."""
        text = self.document.page.text
        paragraph = text.rfind("\n", 0, before) + 1
        numbered = [match.span() for match in self.roles.numbered_institution.finditer(text, paragraph, before)]
        spans = [(m.start, m.end) for m in self._named_spans if m.label not in PLACE_LABELS and paragraph <= m.start and m.end <= before]

        def with_its_number(start: int, end: int) -> tuple[int, int]:
            # A span the model cut out of a numbered name ("Gymnasium No. [5 named after Name]") is read with it.
            overlapping = [span for span in numbered if span[0] < end and start < span[1]]
            return min([start, *(first for first, _ in overlapping)]), max([end, *(last for _, last in overlapping)])

        named = [with_its_number(start, end) for start, end in spans + numbered]
        start, end = max(named, key=lambda span: span[1]) if named else (paragraph, paragraph)
        # The referent may follow a name the model gave no organization's label ("the Abai Memorial Museum").
        referent = list(referent_after.finditer(text, end, before)) if referent_after is not None else []
        if referent:
            return self.roles.registry.resolve(referent[-1].group("noun"), lang)
        return self.roles.registry.resolve(text[start:end], lang) if named else None

    def _numbered_of_kind(self, written: str, kinds: tuple[str, ...], lang: str) -> Institution | None:
        """The numbered institution written, if of one of ``kinds``, read in the title's language first."""
        languages = (lang, *(other for other in self.roles.references if other != lang))
        return next((found for other in languages if (found := self._of_kind(written, kinds, other)) is not None), None)

    @staticmethod
    def _with_compound_head(text: str, start: int, end: int) -> str:
        """A numbered institution with the first noun of its compound the pattern leaves out ("School-" of
        "School-Lyceum No. 8")."""
        head = _COMPOUND_HEAD.search(text, max(0, start - 30), start)
        return (head.group() if head else "") + text[start:end]

    def _after_persons(self, written: str, name_end: int, lang: str) -> str:
        """A name read back from its noun without the person's name it ran into ("Ғани Бейсембаев Астана
        қаласындағы № 95 мектеп-лицейге": the school is "Астана қаласындағы № 95 мектеп-лицей"), where
        words are left before the noun; one named after the person keeps the person ("Абай мектебі", "Абай
        атындағы мектеп"). Where the person's name leaves a Kazakh noun alone in a case, no possessive between
        ("Әдіскер Зарина Мұратова балабақшаның": the kindergarten's), or "our" one ("Name мектебімізге келді": the page's
        own school), it names none: ""."""
        # Where the name starts in the text: its words may be spaced otherwise, its noun's case gone.
        text = self.document.page.text
        name_start = text.rfind(written.split()[0], 0, name_end) if written.split() else name_end
        person_end = max((m.end for m in self.document.mentions if m.label == "PERSON" and name_start <= m.start < name_end),
                         default=name_start)
        rest = text[person_end:name_end].split()
        if person_end == name_start or self.roles.part_of_a_name.match(text, person_end):
            return written
        if len(rest) == 1 and lang == "kk" and (self.roles.references["kk"].bare_in_a_case(rest[0].lower())
                                                or self.roles.references["kk"].ours(rest[0])):
            return ""
        return " ".join(rest) if len(rest) > 1 else written

    def read(self, position: int, institution: Institution, lang: str) -> None:
        """Notes the institution a title at ``position`` was read with, for the titles after it."""
        self._read.append((position, institution, lang))

    def _of_kind_read(self, written: str, kinds: tuple[str, ...], lang: str) -> Institution | None:
        """(``_of_kind``) The institution a name stands for, if it is a name of one of ``kinds``."""
        registry = self.roles.registry
        registered = registry.lookup(written, lang)
        if registered is not None:
            # One of another kind may hold its parent's name ("Bureau of National Statistics of the Agency ...": an agency).
            return registered if self._kind_of(registered, lang) in kinds else self._registered_inside(written, kinds, lang)
        inside = self._registered_inside(written, kinds, lang)
        if inside is not None:
            return inside
        references = self.roles.references[lang]
        kind = next((kind for kind in kinds if references.names_one_of(written.split(), kind)), None)
        # A place's name is its akimat; a name that opens with a place and ends with the kind's noun is that
        # institution ("Қарағанды университеті": a university, not Karaganda's akimat).
        region = (registry.region_of(written, lang) or self._place_of_an_english_akimat(written, lang)) \
            if kind is None or kind in self.roles.place_kinds else None
        if region is not None:
            return region.akimat if region.kind in kinds else None
        # NER takes a title into a span ("Проректор университета"): a title and its noun name nothing.
        if kind is None or self.roles.matcher(lang).find(written, 0, len(written)):
            return None
        return self.roles.institution_named(written, kind, lang)

    def _place_of_an_english_akimat(self, written: str, lang: str):
        """The place an English akimat's name holds ("The Akimat of Astana", "Akimat of Karaganda Region")."""
        if lang != "en":
            return None
        references = self.roles.references[lang]
        words = [word for word in written.split() if word.lower() not in self.roles.english_article_or_preposition]
        if not any(references.kind_of(word) == "akimat" for word in words):
            return None
        return self.roles.registry.region_of(" ".join(word for word in words if references.kind_of(word) != "akimat"), lang,
                                             by_centre=True)

    def _registered_inside(self, written: str, kinds: tuple[str, ...], lang: str) -> Institution | None:
        """A registered institution of one of ``kinds`` inside a name: the one meant ("әл-Фараби атындағы
        ҚазҰУ-дың зерттеу университеті": KazNU, a research university; "Мұхтар Әуезов атындағы Оңтүстік
        Қазақстан университеті": Auezov University, whose registered name has the initial)."""
        # A unit's name may hold its institution's after it ("Bureau of National Statistics of the Agency for Strategic
        # Planning"): the first registered one of ``kinds``, read on past one of another kind.
        words = written.split()
        for index in range(len(words)):
            inside = self.roles._registry_ngram(words[index:], lang)
            if inside is None:
                return None
            if self._kind_of(inside, lang) in kinds:
                return inside
        return None

    def _kind_of(self, institution: Institution, lang: str) -> str | None:
        """The kind a referring noun calls an institution: a registered one's by its type, a region's
        or city's akimat by the place, another by the kind's noun in its name."""
        registry = self.roles.registry
        region = registry.region_of_akimat(institution.org_id)
        if region is not None:
            return region.kind
        if institution.in_registry:
            # A type no noun refers to (an agency, a committee) is of the kind of its English name's first noun of a kind.
            kind = REGISTRY_KINDS.get(institution.type or "") or self._english_kind_of(institution.name_en or "")
            # A registered department is referred back to in Kazakh by its Kazakh name's noun: an education
            # department's by "басқарма" ("Басқарманы басқарған Name"), an emergency department's by "департамент".
            if lang == "kk" and kind == "department" and institution.name_kk:
                kind = self.roles.references["kk"].kind_of(institution.name_kk.split()[-1]) or kind
            # A registered akimat of a city or district is that place's ("Kostanay City Akimat": "akim of the city").
            english = self.roles.references["en"]
            return next((place for word in (institution.name_en or "").split()
                         if (place := english.kind_of(word)) in english.place_kinds), kind) if kind == "akimat" else kind
        # A name with nouns of two kinds is one of its last ("Enbekshikazakh district maslikhat": a maslikhat); a Russian
        # one of its first, the genitives after it being whose ("Отдел образования города Павлодара": a department).
        # A Kazakh place's adjective names the body, not the place ("Абай облыстық әдістемелік орталық": a centre).
        references, words = self.roles.references[lang], institution.name.split()
        kind = next((kind for word in (words if lang == "ru" else reversed(words))
                     if (kind := references.kind_of(word.strip(",.;:«»\"“”()"))) is not None
                     and not (lang == "kk" and kind in references.place_kinds and references.adjective(word))
                     and references.names_one_of(words, kind)), None)
        # An unregistered Russian akimat is its place's, as a registered one is ("Акимат района имени Казыбек би": what
        # "аким района" after it refers back to).
        if kind == "akimat" and lang == "ru":
            return next((place for word in words[1:2] if (place := references.kind_of(word)) in references.place_kinds), kind)
        return kind

    def _english_kind_of(self, name: str) -> str | None:
        """The kind of the first noun of an institution's kind in an English name ("Bureau of National Statistics of the Agency ...": a bureau)."""
        english = self.roles.references["en"]
        return next((kind for word in name.split() if (kind := english.kind_of(word)) is not None and kind not in english.place_kinds), None)

    def _kind_of_read_body(self, institution: Institution, lang: str) -> str | None:
        """The kind of an institution an earlier title was read with: as named, or for a Kazakh one written in
        lower case by its place and field ("аудандық білім бөлімі") the kind of its last noun, which a bare noun
        of that kind after it refers back to ("Бөлімнің әдіскері")."""
        kind = self._kind_of(institution, lang)
        words = institution.name.split()
        if kind is None and lang == "kk" and len(words) >= 2:
            return self.roles.references["kk"].kind_of(words[-1])
        return kind

    def visiting(self, before: int) -> Institution | None:
        """The institution of the last visiting group the page names before ``before``: the
        organization right after "delegation from" ("a delegation from the Zhejiang University")."""
        text = self.document.page.text
        for mention in sorted(self.document.mentions, key=lambda mention: -mention.start):
            if mention.start < before and mention.label in ("ORG", "FACILITY") \
                    and self.roles.visiting_group_from.search(text[max(0, mention.start - 30):mention.start]):
                return self.roles.registry.resolve(mention.text, mention.lang)
        return None

    def _regions_named_read(self, kinds: tuple[str, ...] = ("region", "city")) -> Counter:
        """(``_regions_named``, asked again at each akim's title) How often the page names each region of ``kinds``
        (regions.yaml's: an oblys, a city of republican significance)."""
        registry = self.roles.registry
        # A body named with its region's adjective ("Павлодарской областной библиотеке") names the region too.
        regions = Counter(region for region in (registry.region_of(m.text, m.lang, by_centre=True)
                                                or (registry.region_of_its_body(m.text) if m.label == "ORG" else None)
                                                for m in self.document.mentions
                                                if m.label in ("GPE", "LOC", "ORG")) if region is not None and region.kind in kinds)
        # A region no span names, by a name of several words ("Сыр елінде"), else by the districts the page names in it
        # ("в селе Карабулак Уланского района": East Kazakhstan's; "Алмалинский район": Almaty's).
        text = self.document.page.text
        regions = regions or Counter(region for region in registry.regions_written_in(text) if region.kind in kinds)
        regions = regions or Counter(region for _, region in registry.districts_written_in(text) if region.kind in kinds)
        if regions:
            return regions
        # Else the region whose own news outlet the page comes from ("аким области" on a regional newspaper's site), or
        # the one the registered institution whose own site it is is named after (a regional university's).
        url = self.document.page.url
        site_region = registry.region_of_site(url) or registry.region_its_site_is_named_after(url)
        return Counter([site_region] if site_region is not None and site_region.kind in kinds else [])

    def centre_akimat(self) -> Institution | None:
        """The akimat of the centre of the oblys the page names most (or whose news outlet it is from), where it names
        none of its towns and districts: the city a bare "аким города", "қала әкімі" is of."""
        regions = self._regions_named(("region",))
        if not regions or self.names_a_town or self.roles.registry.districts_written_in(self.document.page.text):
            return None
        return self.roles.registry.centre_akimat(regions.most_common(1)[0][0])

    def akimat_named_most(self, kind: str) -> Institution | None:
        """The akimat of the place of ``kind`` the page names most: an oblys ("region") or a city of republican
        significance ("city"), never the other kind."""
        regions = self._regions_named((kind,))
        return regions.most_common(1)[0][0].akimat if regions else None

    def _most_named(self, kind: str, code: str, lang: str) -> Institution | None:
        if kind == "region":
            regions = self._regions_named()
            if regions:
                return regions.most_common(1)[0][0].akimat
        if kind == "maslikhat":
            # A maslikhat's own site, by its registered domain or its header ("... - Маслихат города Шымкент"), is the
            # one, whatever chamber its news names.
            site = self.roles.registry.of_site(self.document.page.url)
            publisher = site if site is not None and site.type == "maslikhat" else self._publisher() if lang == "ru" else None
            return publisher if publisher is not None and publisher.in_registry and publisher.type == "maslikhat" \
                else self._the_one_maslikhat_of_no_chamber()
        taxonomy = self.roles.taxonomy
        words = taxonomy.school_words if kind == "school" else taxonomy.place_words
        wanted = ("ORG", "FACILITY") if kind == "school" else ("GPE", "LOC", "ORG")
        named = [(m.start, m.end, m.text) for m in self.document.mentions if m.label in wanted and m.lang == lang
                 and not self.roles.names_none(m) and not self._in_read_also(m.start) and not self._names_a_project(m.end, lang)]
        if kind == "school":  # "№12 мектеп-гимназия", "«Шапағат» мектеп-гимназиясы": often no NER span
            text = self.document.page.text
            named += [(match.start(), match.end(), match.group()) for match in self.roles.numbered_institution.finditer(text)
                      if not self._in_read_also(match.start())]
            named += [(end - len(written), end, self._after_persons(written, end, lang))
                      for end, written in self.roles.references[lang].named(text, 0, len(text), kind)
                      if not self._in_navigation(end) and not self._in_read_also(end) and not self._names_a_project(end, lang)]
        # A name the model's span and the kind's noun both read is named once ("Рудный политехникалық колледжінің" in
        # the text does not outnumber the college the site's header names once): the first reading of each name's end.
        named = list({end: (start, written) for start, end, written in reversed(named)}.values())
        # Of those named equally often, the one the page names first.
        counts = Counter(text for _, text in sorted(named) if _has_word(text, words.get(lang, frozenset())))
        if not counts and kind == "school":
            # A saved page's title is no part of its text: on a staff page it may be all that names the school
            # ("Наш коллектив — ГККП «Ясли-сад №27 «Балбөбек»", then only "Заведующая: Name").
            # So may a school's name of its kind's noun ("«Күншуақ» бөбекжай-бақшасы – Ата-аналар күні", "... –
            # Атырау политехникалық колледжі").
            title = self.document.page.title or ""
            counts = Counter(match.group() for match in self.roles.numbered_institution.finditer(title)
                             if _has_word(match.group(), words.get(lang, frozenset())))
            counts = counts or Counter(written for _, written in self.roles.references[lang].named(title, 0, len(title), kind))
        if not counts:
            return None
        written = counts.most_common(1)[0][0]
        return self.roles._seat_of(written, code, lang, is_place=kind == "region")


    def the_one_maslikhat_named(self, lang: str) -> Institution | None:
        """The one maslikhat the text names where none is registered, a city's or a district's ("Қалалық
        мәслихаттың хатшысы ... Депутаттар Name"), read with a title, named by its noun or by its place's adjective
        alone, on a page that names no chamber of Parliament: the body a deputy alone on it sits in."""
        if not _CHAMBER_IDS.isdisjoint(self._named_ids()):
            return None
        references = self.roles.references[lang]
        bodies = [body for _, body in self._named_in(0, len(self.document.page.text), ("maslikhat",), lang)]
        # Of several, the one the text names most often: a district maslikhat's report names the region's in passing
        # ("облыстық мәслихат депутаты Name қатысты").
        counts = Counter(fold(body.name) for body in bodies).most_common(2)
        if len(counts) > 1 and counts[0][1] > counts[1][1]:
            return next(body for body in bodies if fold(body.name) == counts[0][0])
        bodies += [body for _, body, read_in in self._read if read_in == lang and body.name.split()
                   and references.kind_of(body.name.split()[-1]) == "maslikhat"]  # "қалалық мәслихат": no name before its noun
        if lang == "ru":
            bodies = bodies or self._russian_maslikhats_by_their_adjective()
        elif lang == "kk":
            bodies = bodies or self._kazakh_maslikhats_by_their_adjective_alone()
        # A bilingual page names its maslikhat in both languages (a Kazakh header over a Russian body): the names in
        # the title's language count, where it has any.
        bodies = [body for body in bodies if getattr(body, f"name_{lang}") == body.name] or bodies
        named = {fold(body.name): body for body in bodies}
        return next(iter(named.values())) if len(named) == 1 else None

    def _russian_maslikhats_by_their_adjective(self) -> list[Institution]:
        """The maslikhats a Russian text names by a regional adjective and the noun alone, no title with them ("прошла
        сессия областного маслихата ... Им стал депутат Name"): each the registered one of the page's region, where
        there is one, else as written. (A Kazakh one is read by its adjective already.)"""
        text, registry, lang = self.document.page.text, self.roles.registry, "ru"
        akimat = self("region", "akim", lang)
        region = registry.region_of_akimat(akimat.org_id) if akimat is not None else None
        bodies, words = [], list(_WORD.finditer(text))
        for adjective, noun in zip(words, words[1:]):
            if noun.start() - adjective.end() == 1 and self.roles.references[lang].kind_of(noun.group()) == "maslikhat" \
                    and registry.names_no_region(adjective.group()):
                body = registry.resolve(text[adjective.start():noun.end()], lang)  # named in the nominative
                bodies.append((registry.of_region(body.name, region, self.names_a_town) if region is not None else None) or body)
        return bodies

    def _kazakh_maslikhats_by_their_adjective_alone(self) -> list[Institution]:
        """The maslikhats a Kazakh text names by the adjective of a place whose bodies the registry holds none of and the
        noun alone, no title with them and no place's name before them ("аудандық мәслихаттың кезекті сессиясы ... депутат
        Name", where the model marks no organization): each the body of the place of that kind the page refers to
        (``in_its_place``), else as written."""
        references, text = self.roles.references["kk"], self.document.page.text
        words = list(_WORD.finditer(text))
        return [self.in_its_place(body, adjective.start(), "kk") for adjective, noun in zip(words, words[1:])
                if noun.start() - adjective.end() == 1 and references.kind_of(noun.group()) == "maslikhat"
                and references.adjective(adjective.group())
                and references.kind_of(adjective.group()) in self.roles._kazakh_unregistered_place_kinds
                for body in [self.roles.registry.resolve(f"{adjective.group().lower()} {noun.group()}", "kk")]]

    def the_one_chamber_of_no_maslikhat(self, lang: str) -> Institution | None:
        """The one chamber of Parliament a page names, or a title before was read with, where it names no maslikhat
        ("Мәжілістің жалпы отырысы ... Депутаттар Name"): the chamber a deputy alone on it sits in."""
        registry = self.roles.registry
        named_ids = self._named_ids() | {body.org_id for _, body, _ in self._read if body.in_registry}
        chambers = (named_ids & _CHAMBER_IDS) - {"parliament_rk"}  # both chambers' deputies are Parliament's
        if len(chambers) != 1 or any((body := registry.registered(org_id)) is not None and body.type == "maslikhat" for org_id in named_ids) \
                or self._named_in(0, len(self.document.page.text), ("maslikhat",), lang):
            return None
        return registry.registered(next(iter(chambers)))

    def _named_ids(self) -> set[str]:
        return set(self._named_id_counts())

    def _named_id_counts(self) -> Counter:
        return Counter(m.link_key[2:] for m in self.document.mentions
                       if m.label in ORG_LABELS and (m.link_key or "").startswith("O|"))

    def _the_one_maslikhat_of_no_chamber(self) -> Institution | None:
        """The registered maslikhat a page names, where it names one and names it more often than the chambers of
        Parliament: the body a deputy alone on it sits in ("мәслихат сессиясы ... депутат Name"; a session's
        report that names the Majilis's deputies among its guests once is still the maslikhat's page)."""
        registry = self.roles.registry
        named = self._named_id_counts()
        maslikhats = [body for org_id in named if (body := registry.registered(org_id)) is not None and body.type == "maslikhat"]
        if len(maslikhats) != 1 or named[maslikhats[0].org_id] <= sum(named[chamber] for chamber in _CHAMBER_IDS):
            return None
        return maslikhats[0]


def _last_english_clause_opening(between: str) -> int | None:
    """Where the words after the last comma or relative "who" between an apposition's titles begin, if any."""
    last = None
    for last in _ENGLISH_CLAUSE_OPENING.finditer(between):
        pass
    return last.end() if last is not None else None


def _chain_institutions(text: str, titles: list[TitleHit], found: dict, holder: Mention, chamber_seats: frozenset[str],
                        lang: str) -> dict:
    """Titles of one person written as a chain ("басқарма төрағасы – ректоры", "Председатель правления
    — ректор ЕНУ"), or one before the name and one in the apposition right after it ("Professor Name,
    vice-rector of the University of Szeged"), hold one institution: a title whose institution was read only from
    the page, or not at all, takes the one its neighbour in the chain names in the sentence; so do two English titles
    joined by "and" ("Provost and Dean of Engineering at the University of Leeds"). A deputy's seat
    (``chamber_seats``: codes) and another post are two ("Депутат Name, директор колледжа": no deputy of the college).
    A Kazakh institution in the genitive before titles listed with commas holds each of them that takes its possessive
    ending ("Елшіліктің басшысы, елшісі Name"; not "жобасының жетекшісі, әдіскер Name"), though no rank of no institution
    ("other": "академигі")."""
    ordered = sorted(titles, key=lambda title: title.start)
    shared = dict(found)
    for first, second in zip(ordered, ordered[1:]):
        around_the_name = first.end <= holder.start and holder.end <= second.start and not text[first.end:holder.start].strip() \
            and _COMMA_APPOSITION.fullmatch(text, holder.end, second.start)
        kazakh_list = lang == "kk" and second.end <= holder.start and second.code != "other" \
            and second.written.lower().endswith(("ы", "і")) and _TITLES_LISTED.fullmatch(text, first.end, second.start) is not None
        # A Russian title of no institution listed with a comma before one that names its own, both before the name
        # ("Председателем правления, членом Совета директоров АО «Name» назначен Name"): the institution of both.
        russian_list = lang == "ru" and second.end <= holder.start and "other" not in (first.code, second.code) \
            and _TITLES_LISTED.fullmatch(text, first.end, second.start) is not None and shared[first][0] is None
        # Two English titles joined by a bare "and" ("served as Provost and Vice-Rector at X") are one person's at one
        # institution, as a chain's are.
        joined = lang == "en" and _AND_ALONE.fullmatch(text, first.end, second.start) is not None
        if not (_CHAIN_LINK.fullmatch(text, first.end, second.start) or around_the_name or kazakh_list or russian_list or joined) \
                or (first.code in chamber_seats) != (second.code in chamber_seats):
            continue
        # The first title's institution read as the second title and its institution ("Председатель Правления-Ректор
        # КазНУ": not a body "Ректор КазНУ") is the second's.
        first_org = shared[first][0]
        first_reads_the_second = first_org is not None and not first_org.in_registry \
            and _same_head_noun(first_org.name, second.written)
        for weak, strong in ((second, first),) if kazakh_list else ((first, second),) if russian_list else ((first, second), (second, first)):
            org, confidence, source = shared[strong]
            # A jury's post stays of no institution beside the name's own ("The jury included Name, head of X").
            if org is not None and source != "page" and (shared[weak][0] is None or shared[weak][2] == "page"
                                                         or weak is first and first_reads_the_second) and not weak.of_no_institution:
                shared[weak] = org, min(confidence, 0.8), "text"
    return shared


def _same_title_nearer(title: TitleHit, titles: list[TitleHit], mention: Mention) -> bool:
    """Whether the same Russian title, in any form, stands again between ``title`` and the name after it
    ("благодарит директоров школ, особенно директора школы №2 Name"): the nearer one is the name's, with its
    institution. Titles of one code are not the same title ("Писатель, поэт и журналист Name": all "other")."""
    return any(other.code == title.code and title.end <= other.start and other.end <= mention.start
               and _lemmas(other.written) == _lemmas(title.written) for other in titles)


def _object_title_before_a_subjects(text: str, title: TitleHit, titles: list[TitleHit], mention: Mention) -> bool:
    """Whether a Russian title in an oblique case only stands a comma or a verb before a title in the nominative
    only, which the name after it holds ("Представляя нового руководителя района, заместитель акима области Name
    отметил", "Коллективу нового руководителя представил заместитель акима Name": whom the clause speaks of, the
    name's title being the nominative one). Titles that agree chain ("ректора КазНУ, академика Name"; "директор,
    учитель физики Name"), and one in the instrumental before a verb is the name's predicate ("Модератором секции
    выступила проректор Name", "Председателем комиссии по вопросам экологии, транспорта и связи избран депутат Name")."""
    nearer = [other for other in titles if title.end <= other.start and other.end <= mention.start]
    # The commas of a list of single words in the title's complement are none ("председателем комиссии по вопросам
    # экологии, бюджета и финансов избран депутат Name").
    gap = _COMMA_IN_A_LIST_OF_WORDS.sub("", text[title.end:nearer[0].start]) if nearer else ""
    # A finite verb, not a passive participle, whose subject the name is ("И.о. директора назначен учитель Name").
    finite_verb = any(russian_morphology().parse(word)[0].tag.POS == "VERB" for word in _lower_case_words(gap))
    # Or nothing at all: an oblique title right before a nominative one is governed by the word before it ("в ответ на
    # вопрос депутата представитель акимата Name": the deputy is another's, the name the representative).
    if not nearer or not ("," in gap or finite_verb or gap.isspace() and nearer[0] is nearer[-1]):
        return False
    # A plural's nominative ("директора") is no singular holder's title: the cases of the singular.
    cases = {parse.tag.case for parse in russian_morphology().parse(title.written.split()[0])
             if parse.tag.POS == "NOUN" and parse.tag.number == "sing"}
    if "," not in gap and "ablt" in cases:
        return False
    # Or an oblique one too, a finite verb between: the two verbs' objects ("раскритиковал заместителя министра за ... и
    # попросил председателя правительства Name": the name is the chairman only).
    return bool(cases) and "nomn" not in cases and (_nominative_title(nearer[-1]) or finite_verb)


_QUOTED_NAME = re.compile(r"«[^«»]*»")
_ENGLISH_QUOTED_NAME = re.compile(r"“[^“”\n]*”")
_STRAIGHT_QUOTED_NAME = re.compile(r'"[А-ЯЁӘҒҚҢӨҰҮҺІ][^"\n]*"')  # a Cyrillic name in typewriter quotes, as some sites write them all


# A degree spelled out right before a name after its titles, maybe after "and", its field maybe in brackets ("member of
# the Academy ..., and doctor of science (Philology) Name"): the name's own words, no distance from its titles.
_ENGLISH_DEGREE_BEFORE_A_NAME = re.compile(
    r",?\s*(?:and\s+)?(?:doctor|candidate)\s+of\s+(?:[a-z]+\s+){0,3}?(?:sciences?|[a-z]+)(?:\s*\([^()\n]{1,40}\))?\s*$",
    re.IGNORECASE)


def _english_degree_before_a_name(text: str, start: int, end: int) -> int:
    """The length of an English degree spelled out right before a name (``_ENGLISH_DEGREE_BEFORE_A_NAME``), or 0."""
    degree = _ENGLISH_DEGREE_BEFORE_A_NAME.search(text, start, end)
    return len(degree.group()) if degree else 0


def _distance_past_quoted_names(text: str, start: int, end: int) -> int:
    """The characters from ``start`` to ``end``, a quoted name counted as one: an institution's official name
    between a title and its holder may be long ("руководителем ГУ «Отдел образования по ... району управления
    образования ... области» назначен Name"), and so may an English programme's name in quotes that heads its part of
    a list ("students of the programmes: “Pedagogy and methods of primary education” – Name"), in typewriter quotes too
    ("председатель объединения "Союз учителей, воспитателей и методистов Казахстана" Name")."""
    return end - start - sum(len(quoted.group()) - 1 for pattern in (_QUOTED_NAME, _ENGLISH_QUOTED_NAME, _STRAIGHT_QUOTED_NAME)
                             for quoted in pattern.finditer(text, start, end))


def _subject_after_the_verb(text: str, verb_end: int, persons: list[Mention]) -> bool:
    """Whether the next name after a verb is its subject, in its clause: titles and a bracket's aside may stand between
    ("председательствовал академик Name", "возглавил профессор университета (Екатеринбург, Россия) Name")."""
    after = next((m for m in persons if m.start >= verb_end), None)
    return after is not None and not _CLAUSE_BREAK.search(_BRACKETS.sub("", text[verb_end:after.start]))


def _organization_with_its_complement_before(text: str, end: int, organizations: list[Mention]) -> str | None:
    """An organization the model marked and the lower-case words in the genitive that complete its name, right before
    ``end`` ("колледж агробизнеса и права возглавляет Name", where the model marks "колледж" alone): the whole name."""
    for organization in organizations:
        complement = text[organization.end:end].split()
        if organization.end < end and complement and all(word == "и" or word.islower() and any(
                parse.tag.case == "gent" and parse.tag.POS in ("NOUN", "ADJF") for parse in russian_morphology().parse(word))
                for word in complement) and complement[-1] != "и":
            return text[organization.start:organization.end] + " " + " ".join(complement)
    return None


def _attributes_only(between: str) -> bool:
    """Whether only Russian adjectives in the nominative, the subject's attributes, stand between a verb and the name after
    it ("колледж возглавляет 34-летний Name", "школой руководит опытная Name"), or nothing."""
    return all(nominative_adjective(word) for word in between.split())


def _same_head_noun(name: str, other: str) -> bool:
    """Whether two Russian names open with the same noun ("Институт российской истории", "Институт ботаники")."""
    return bool(name.split()) and bool(other.split()) and _lemma(name.split()[0]) == _lemma(other.split()[0])


def _lemmas(written: str) -> tuple[str, ...]:
    return tuple(russian_morphology().parse(word)[0].normal_form for word in written.lower().split())


def _one_institution_per_post(facts: list[RoleFact]) -> list[RoleFact]:
    """One person's post on one page is at one institution: where a sentence names it ("Rector of
    KazNU Name ... Rector Name said"), the facts of that post with none, or with the page's only,
    take it; not one whose sentence names its unit ("облыс әкімі аппаратының ішкі саясат бөлімінің меңгерушісі"),
    another post, nor a post held at another time that its own sentence gives another institution ("до прошлого года
    был заместителем акима Актобе ... стал первым заместителем акима области": the city's, then the region's)."""
    # The first fact of each post, and of each post held before or now, whose sentence names its institution.
    named, named_at_the_time = {}, {}
    for fact in facts:
        if fact.org is not None and fact.org_source in ("title", "text"):
            named.setdefault((fact.person.key, fact.role), fact)
            named_at_the_time.setdefault((fact.person.key, fact.role, fact.status == "former"), fact)

    def source_of(fact: RoleFact) -> RoleFact | None:
        at_the_time = named_at_the_time.get((fact.person.key, fact.role, fact.status == "former"))
        other = named.get((fact.person.key, fact.role))
        if fact.org is None:
            return at_the_time or other
        if fact.org_source == "page" and fact.org_unit is None:
            return at_the_time or (other if other is not None and other.org.org_id == fact.org.org_id else None)
        # A title of one word ("In turn, Minister Name said") that took the institution of its kind named last before it
        # (another sentence's "the Egyptian ministry") is the post its holder's own title named ("Minister of X of Egypt").
        if fact.org_source == "text" and fact.org_unit is None and len(fact.title.split()) == 1 and at_the_time is not None \
                and fact.person_mention is not None and fact.person_mention.lang == "en" \
                and at_the_time.org_source == "title" and at_the_time is not fact and at_the_time.org.org_id != fact.org.org_id:
            return at_the_time
        return None

    return [replace(fact, org=source.org, org_source=source.org_source, org_unit=source.org_unit)
            if (source := source_of(fact)) is not None else fact for fact in facts]


def _former_holders_at_the_post_named(sentence_facts: list[RoleFact], facts: list[RoleFact], single_holder_codes: frozenset[str],
                                      at_another_kind_of_place) -> list[RoleFact]:
    """A former holder of a head's title the sentence gives no institution ("Прежний ректор Name", "The former rector
    Name", "Бұрынғы ректор Name", "Прежний секретарь Name") held the post the page named last with an institution of
    its own, another person's now (the new rector's university), not the page's institution that the page names most
    or last, nor none. Not a post many hold at once: a veteran teacher taught anywhere. Not one whose title names
    another kind of place (``at_another_kind_of_place``: "экс-аким города" after the district's akim)."""
    held = []
    for fact in sentence_facts:
        if fact.status == "former" and (fact.org is None or fact.org_source == "page") and fact.role in single_holder_codes:
            holder = next((earlier for earlier in reversed(facts) if earlier.role == fact.role and earlier.org is not None
                           and earlier.status in ("current", "acting") and earlier.org_source in ("title", "text")
                           and earlier.person.key != fact.person.key), None)
            if holder is not None and at_another_kind_of_place(fact, holder):
                holder = None
            if holder is not None:
                fact = replace(fact, org=holder.org, org_unit=None, org_source="text")
        held.append(fact)
    return held


def _without_bare_titles_of_a_seat_named(facts: list[RoleFact], role_by_institution: dict[str, dict[str, str]]) -> list[RoleFact]:
    """A bare title with no institution that the page gave the same person as its more specific seat
    ("мәслихат депутаты Name ... Депутат Name айтты": a maslikhat deputy, named again as a deputy) is that
    seat, already a fact, not another post. Two bare titles each the other's seat ("экс-аким города Name, выбранный на
    должность градоначальника": an akim, a mayor) are one post named twice: the first named stands."""
    held = {}
    for fact in facts:
        held.setdefault((fact.person.key, fact.role), fact)

    def named_again(fact: RoleFact) -> bool:
        for specific in role_by_institution.get(fact.role, {}).values():
            seat = held.get((fact.person.key, specific))
            if seat is not None and not (seat.org is None and seat.title_start > fact.title_start
                                         and fact.role in role_by_institution.get(specific, {}).values()):
                return True
        return False

    return [fact for fact in facts if fact.org is not None or not named_again(fact)]


def _without_short_forms_of_a_post_held(facts: list[RoleFact], short_forms: dict[str, str]) -> list[RoleFact]:
    """A title's short form ("проректоры", a vice-rector) that the page gives a person who holds its more specific
    form ("бірінші проректоры", the first vice-rector) at the same institution, or that names none, in the same time
    (current, former or acting), is that post named again, not a second one."""
    held: dict[tuple, set] = defaultdict(set)
    for fact in facts:
        if fact.role in short_forms:
            held[(fact.person.key, short_forms[fact.role], fact.status)].add(fact.org.org_id if fact.org else None)
    return [fact for fact in facts
            if not (seats := held.get((fact.person.key, fact.role, fact.status))) or fact.org is not None and fact.org.org_id not in seats]


# A district's or a village's noun right before an English akim's title, no place's name before it ("District Akim",
# "the village akim"; not "Zhanakorgan District Akim").
_ENGLISH_PLACE_NOUN_BEFORE_AN_AKIM = re.compile(r"(?:^|[^\w\s-]\s*|(?<![\w-])(?:the|a|an|from|by|of|to|and|with)\s+)"
                                               r"((?i:district|village|rural district))\s+$")

# An English verb that is a head's title ("He now heads the Federation", "who led the college").
_ENGLISH_HEAD_VERB = re.compile(r"(?i)(?:heads|headed|heading|leads|led|leading)")
_LEADING_ROLES = frozenset({"chairman", "president", "director", "general_director", "executive_director", "rector", "akim",
                            "minister"})


def _without_head_verbs_of_a_post_held(facts: list[RoleFact], content_words) -> list[RoleFact]:
    """An English head's verb ("He now heads the Athletics Federation") for a person the page gives a leading title at
    that institution ("the Chairman of the Athletics Federation"), in the same time, tells that post again: no head's post
    of its own. The institutions are one where their ids are, or where most of their names' words are the same."""
    def same(one: Institution, other: Institution) -> bool:
        if one.in_registry and other.in_registry:
            return one.org_id == other.org_id
        words, others = content_words(one.name), content_words(other.name)
        return bool(words and others) and len(words & others) / len(words | others) >= 0.5
    leading = [fact for fact in facts if fact.role in _LEADING_ROLES and fact.org is not None]
    return [fact for fact in facts
            if not (fact.role == "head" and fact.org is not None and _ENGLISH_HEAD_VERB.fullmatch(fact.title.strip())
                    and any(post.person.key == fact.person.key and post.status == fact.status and same(post.org, fact.org)
                            for post in leading))]


def _last_day_of(published: date | None, precision: str | None) -> date | None:
    """The last day a publication date of ``precision`` (day, month or year, stored as the period's first day) may be."""
    if published is None or precision not in ("month", "year"):
        return published
    month = 12 if precision == "year" else published.month
    return date(published.year, month, calendar.monthrange(published.year, month)[1])


def _without_categories_of_another_post(facts: list[RoleFact], categories: frozenset[str]) -> list[RoleFact]:
    """A teacher's qualification category is the category of the post the page gives the same person
    ("Заведующая: Name, педагог-исследователь"), a teacher's post only where the page gives none."""
    posted = {fact.person.key for fact in facts if fact.title.lower() not in categories}
    return [fact for fact in facts if fact.title.lower() not in categories or fact.person.key not in posted]




def _english_plural(noun: str) -> str:
    if noun.endswith("man"):  # chairman, chairmen
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def _has_word(text: str, words: frozenset[str]) -> bool:
    return _whole_word_pattern(words).search(text) is not None


_END_OF_A_READ_ALSO_LIST = re.compile(r"\n[^\S\n]*\n|\n[^\n:]{1,30}:[^\S\n]*\S")
_TEASER_AFTER_A_HEADING = re.compile(r"^[^\S\n]*(\w[^\n:]{0,40}?)[^\S\n]*:[^\S\n]*\S[^\n]*$", re.MULTILINE)


def _heading_key(heading: str) -> str:
    """A heading folded to compare across scripts and spellings: a Latin ñ folds to n, the Cyrillic ң to ng."""
    return fold(heading).replace("ng", "n")


# What closes an institution in apposition to a name as a list's item.
_LIST_ITEM_CLOSED = re.compile(r"\s*(?:[,;.]|and\s|$)")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")  # between a title and its complement
_WORD_ENDS = re.compile(r"(?!\w)")
# A unit's field after its noun, capitalized words up to the name ("[Head of the chair] of Geography, Ecology and Tourism [Name]").
_FIELD_UP_TO_THE_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?P<field>[A-Z][\w-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w-]*){0,5})\s+")


def _word_opening(beginnings) -> re.Pattern:
    """Any of ``beginnings`` (the heads of units' names, stems allowed) where a word begins, in any case."""
    return re.compile(rf"(?<!\w)(?:{any_of(beginnings)})", re.IGNORECASE)


@lru_cache(maxsize=32)
def _whole_word_pattern(words: frozenset[str]) -> re.Pattern:
    """Any of ``words`` (lower case) as a whole word, compiled once per word list."""
    return re.compile(rf"(?<!\w)(?:{any_of(words)})(?!\w)" if words else r"(?!)", re.IGNORECASE)


_STEM_ENDING = {"kk": r"[^\W\d_]*", "ru": r"[^\W\d_]*", "en": ""}  # what may follow a word of a lexicon's stems
_COMPOUND_HEAD = re.compile(r"(?<![\w-])[^\W\d_]+-$")
_QUOTED_NAME_AFTER_A_PLACE = re.compile(r"\s[«“„\"]")  # "of Karaganda “Name”": the quoted name opening after a place
_BODY_AFTER_OF = re.compile(r"\sof\s+(?:the\s+)?((?-i:[A-Z])[\w\s-]*)$", re.IGNORECASE)  # "deputy of the Parliament": its body
_ENDS_A_PHRASE = re.compile(r"^[-–—]$|[,;:!?)]$")
# A state's form, with the "of" of an English one ("Republic of Kazakhstan": Kazakhstan), and the adjectives of a
# republic's form before it ("Исламская Республика Пакистан", "Islamic Republic of Iran": Pakistan, Iran).
_STATE_FORM = re.compile(r"\s*(?<!\w)(?:(?:исламск|федеративн|демократическ|социалистическ|islamic|federal|democratic|socialist)\w*\s+"
                         r"(?=республик|republic))?(?:республик|федерац|republic|federation)\w*(?:\s+of(?!\w))?", re.IGNORECASE)
# ... the Russian one with its adjective ("Исламская Республика Пакистан"), declined word by word before the state's name.
_STATE_FORM_WITH_AN_ADJECTIVE = re.compile(r"(?:исламск|федеративн|демократическ|социалистическ)\w*\s+республик", re.IGNORECASE)
_ONLY_SPACES = re.compile(r"[^\S\n]+")
_FOR_A_CAPITALIZED_FIELD = re.compile(r"\s+for\s+(?=[A-Z][a-z])")
_POSSESSIVE = re.compile(r"['’]s(?!\w)")
_BRACKETED_ACRONYM = re.compile(r"\(\s*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ]{0,2}[A-ZÀ-ÖØ-Þ](?:[-&][A-ZÀ-ÖØ-Þ]+)?\s*\)")  # "(WHO)", "(UN)", "(YÖK)"
_POSSESSIVE_BEFORE_A_WORD = re.compile(r"['’]s\s+")


def _english_titles_of_whom(text: str, hits: list[TitleHit]) -> list[TitleHit]:
    """An English title in the possessive right before another says whose the other is ("Rector's Advisor Name",
    "the Minister's adviser"): the person holds the second alone, at the institution of the official served
    (``served``), as "Advisor to the Rector" reads."""
    kept: list[TitleHit] = []
    for hit in hits:
        previous = kept[-1] if kept else None
        if previous is not None and not previous.verb and _POSSESSIVE_BEFORE_A_WORD.fullmatch(text, previous.end, hit.start):
            kept[-1] = replace(hit, served=previous)
            continue
        kept.append(hit)
    return kept
_POSSESSED_NOUN = re.compile(r"['’]s\s+[a-z]")
_COMMA_ONLY_AT_THE_END = re.compile(r"[^\W\d_][^,]*,\s*$")  # a phrase's words and the comma that ends it, right before a name
_AND_OTHERS = re.compile(r"\s*,?\s+and\s+others?(?![\w-])", re.IGNORECASE)  # "Name and others": a list's first item
_WITH_AND_ARTICLE_AT_THE_END = re.compile(r"(?<![\w-])with\s+(?:the\s+)?$", re.IGNORECASE)  # "with the" right before a title
# The items of a title's complement named "respectively" ("of Turkestan region and Shymkent city"): after the preposition,
# one to each listed name.
_COMPLEMENT_OPENING = re.compile(r"^(?:of|at|in|for)\s+(?:the\s+)?", re.IGNORECASE)
_LIST_ITEM_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_LOWER_CASE_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]*(?![\w-])")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()—–]")
def _voiced_before_a_vowel(noun: str) -> str:
    """A Kazakh noun's stem with its final п, к, қ voiced, as before a vowel ("мектеп": "мектеб-і")."""
    return noun[:-1] + {"п": "б", "к": "г", "қ": "ғ"}.get(noun[-1], noun[-1])


_CLAUSE_BREAK = re.compile(r"[,;:—–]")
_WORD_IN_GROUP = re.compile(r"([^\W_][\w-]*)")  # a word or a number, in group 1
_COUNTRY_IN_BRACKETS = re.compile(r"\s*\(([^()\d,]{2,40})\)")
_BRACKETS = re.compile(r"\([^()]*\)")
_CLAUSE_OR_SENTENCE_END = re.compile(r"[,;:()—–.!?]\s*|\n")
_CLAUSE_END = re.compile(r"\s*(?:[,;.!?\n]|\Z)")
MAX_HEAD_VERB_OBJECT_DISTANCE = 6  # words between a Kazakh verb of heading and its object, the object's included
MAX_HEAD_VERB_CLAUSE_CHARS = 120  # how far back a Kazakh verb of heading's clause is looked for
_DASH_AFTER_A_NAME = re.compile(r"\s*[–—-]\s+")  # "Name – ...": a description of the name follows
_HYPHENED_CASE_ENDING = re.compile(r"(?<=\w)-[а-яәғқңөұүһі]{2,3}$")  # "ЕҰУ-ды": a name's case ending after a hyphen
_NUMBER_SPAN_DASH = re.compile(r"(?<=\d)\s?[—–-]\s?(?=\d)")
_ASIDE_AFTER_NAME = re.compile(r"^\s*\([^()]{0,80}\)")
_DASH_ASIDE_AFTER_NAME = re.compile(r"\s*[–—-]\s+[^;\n]{1,60}(?:;|\n|$)")
_FIELD_BEFORE_A_DASH = re.compile(r"[,;]\s*по\s[^;:.!?()\n–—]{1,120}?\s[–—-]\s*$")
_OPENING_BRACKET_ONLY = re.compile(r"\s*\(\s*")
_CLOSING_BRACKET = re.compile(r"\s*\)")
# Between an English title and the place NER reads alone: an institution's noun and "of" ("of the maslikhat of").
_OF_THE_BODY_OF = re.compile(r"\s+of\s+the\s+(?P<noun>[A-Za-z][a-z-]*)\s+of\s+(?:the\s+)?")
# The word after a place's name on its line, which may be its kind's noun ("Kostanay | region").
_PLACE_NOUN_AFTER = re.compile(r"[^\S\n]+(?P<noun>[A-Za-z][a-z]*)(?![\w-])")
_AKIMS_DEPUTY_OF_A_BODY = {"akim": "head", "deputy_akim": "deputy_head"}  # an akim's title of a body that is no akimat
_BODIES_AN_AKIM_HEADS = frozenset({"akimat"})
_CLAUSE_END_AFTER_A_TITLE = re.compile(r"\s*(?:[.;!?]|$)")  # a title that closes its clause: no complement after it
_CAPITALIZED_WORDS_AFTER = re.compile(r"(?:\s+(?:(?:and|&)\s+)?[A-Z][\w-]*){0,3}")  # "Language | and Culture" too
# A title's own institution right after it ("Deputy Chairman of the Centre for ...", "Dean at the Faculty ...").
_ENGLISH_OWN_INSTITUTION_AFTER = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?[A-Z]")
# A unit's quoted name after a title, then "at" and its institution: "Director of the “Open Science” Centre at ".
_ENGLISH_QUOTED_UNIT_AFTER = re.compile(r"\s+of\s+(?P<whole>(?:the\s+)?[“\"«‘'][^”\"»’'\n]{1,60}[”\"»’']\s+"
                                        r"(?P<unit>(?:[A-Z][\w-]*\s+){0,2}[A-Za-z][\w-]*))\s+at\s+")
# An institution's capitalized name, its small joining words inside ("the National Institute of Education").
_ENGLISH_CAPITALIZED_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w'’-]*)*")
# A commission named by its noun alone.
_ENGLISH_BARE_COMMISSION = re.compile(r"(?:the\s+)?commission", re.IGNORECASE)
# A title's field in lower or title case joined by "and", then a comma: "for Science and International Relations, ".
_ENGLISH_FIELD_WITH_AND_THEN_A_COMMA = re.compile(r"\s+(?:for|on)\s+(?:[A-Za-z][\w-]*\s+){1,4}(?:and|&)\s+(?:[A-Za-z][\w-]*\s+){0,3}"
                                                  r"[A-Za-z][\w-]*\s*,\s*")
# A gap ending with a conjunction: the title after it is another item of a list, not the head of the group before.
_ENGLISH_ITEM_JOINED_AFTER = re.compile(r"(?:^|\s)(?:and|as\s+well\s+as)$", re.IGNORECASE)
# Words no institution's lower-case words in a list before its head noun are: they open a clause or a phrase of their own.
_ENGLISH_FUNCTION_WORD = r"(?:the|of|a|an|in|at|for|to|with|by|from|on|who|which|that|is|was|were|are|has|have)(?![\w-])"
# Between a gapped item's name and its institution ("Name – the X"), and between the item before and the name ("X, and Name").
# After the dash, maybe a capitalized word of the name the model left out ("Name – the Kozybayev" "North Kazakhstan University").
_GAPPED_INSTITUTION_AFTER = re.compile(r"\s+[–—-]\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?")
_GAPPED_ITEM_JOINER = re.compile(r"\s*,?\s+(?:(?:and|и|а)\s+)?|\s*,\s*")
_DATELINE_AGENCY_BEFORE = re.compile(r"\s*[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+(?:[ -][A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+)?\.\s+[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+\s+")
_CAPITALIZED_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w-]*)")
# A place's name and its kind's word closing an English title ("head of [the] Pavlodar region").
_PLACE_CLOSING_A_TITLE = re.compile(r"\sof\s+(?:the\s+)?((?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?\s+[a-z]+)$", re.IGNORECASE)
_DEFINITE_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
# The registry's types of institution whose parts a page names by their field alone ("Admissions of X University").
_INSTITUTIONS_WITH_UNITS = ("university", "academy", "research institute")
_OFFICE_OF_A_TITLE = re.compile(r"(?<!\w)Office of the(?: [A-Z][\w-]*){1,3}$")
_IN_A_PLACE = re.compile(r"\s+in\s+")
# An embassy named by its state, and where it sits ("the Embassy of Norway in Kazakhstan").
_ENGLISH_NAMED_EMBASSY = re.compile(r"(?<![\w-])Embassy\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
                                    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?")
# "the Embassy of Austria in Kazakhstan": a mission named by the states, which the model marks as places only.
_ENGLISH_EMBASSY_OF_A_STATE = re.compile(r"(?<![\w-])(?:Embassy|Consulate(?:\s+General)?)\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+in\s+")
_OF_A_CAPITALIZED_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# A class after "of" is what the title before it is over ("the curator of grade 10", "class teacher of grade 5"), no pupil's.
_OF_THE_AFTER_A_TITLE = re.compile(r"\s+of\s+(?:the\s+)?")  # "Academician of the National Academy of Sciences"
_OF_BEFORE = re.compile(r"(?<![\w-])of\s+(?:the\s+)?$", re.IGNORECASE)
_LEARNERS_OF_BEFORE = re.compile(r"(?<![\w-])(?:students?|pupils?|schoolchildren|learners?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A board or a council named by its members' title ("the Board of Directors", "the company's Council of Directors"): the body's
# name, no post of the names after it.
_BODY_OF_A_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:[Bb]oard|[Cc]ouncil)\s+of\s+$")
# A body named after the office of its founder ("the Foundation of the First President", "the Library of the First
# President"): the title is the name's, no post of the name after it.
_BODY_NAMED_AFTER_AN_OFFICE_BEFORE = re.compile(r"(?<![\w-])(?:Foundation|Fund|Library|Museum)\s+of\s+the\s+(?:First\s+)?$")
# "the Kazakhstan Institute for Strategic Studies under the President": an institution attached to the office after it.
_ATTACHED_TO_AN_OFFICE = re.compile(r" (?:under (?:the )?|при )$")  # "the Institute under the President", "академии при Президенте"
# A capitalized name after "of" a president's title: the body presided over (a state's name is read before: _state_of_the_title).
_OF_A_NAMED_BODY = re.compile(r" of (?:the )?[A-Z]")
# The comma and article between a name and an English apposition after it ("Name, the President of ...").
_COMMA_BEFORE_AN_APPOSITION = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)
# A lower-case word right after a Kazakh title's bare word that this word qualifies as an adjective ("жетекші
# университеттерімен", leading universities; "жетекші орын алады"): no post of a name's.
_KAZAKH_NOUN_QUALIFIED_AFTER = re.compile(
    r"[ \t]+(?!бол|ретін|қызмет|ет[іе]|атқар|тағайында|сайлан|мен\b|және\b|ре?тінде)[а-яәғқңөұүһі][а-яәғқңөұүһі-]+")
# A count of a title's holders right before it ("15 сынып жетекші", "30-дан астам мұғалім"), not a number of an institution ("№ 15").
_KAZAKH_COUNT_BEFORE_A_TITLE = re.compile(r"(?<![№\d\w])(?<!№ )\d+(?:-?[а-яәғқңөұүһі]+)?(?:\s+астам)?\s+$")
# A comma between two Kazakh titles listed, or a chain's dash; a chain's title the taxonomy lacks, a lower-case word in the
# possessive after a dash, may end the item before the comma ("жобасының жетекшісі – үйлестірушісі, ...").
_KAZAKH_TITLES_JOINT = re.compile(r"(?:\s*[–—-]\s*[а-яәғқңөұүһі][а-яәғқңөұүһі-]*[ыі](?=\s*,))?\s*[,–—-]\s*")
# Punctuation that ends a title's complement before a name.
_PUNCTUATION = re.compile(r"[,;:.!?()\n]")
# The most words that may qualify a Kazakh title between a list's comma and the title ("Қазақстан Республикасы
# Президенті жанындағы Ұлттық кеңестің мүшесі"), none of them a verb's form: a lower-case word's ending of a past or
# present finite verb, a converb or a participle ("ашты", "келді", "келіп", "болған", "атқаратын").
_KAZAKH_TITLE_MODIFIERS_MAX = 7
_KAZAKH_VERB_FORM = re.compile(r"^[а-яәғқңөұүһі-]+(?:ды|ді|ты|ті|ған|ген|қан|кен|ып|іп|атын|етін|йтын|йтін|мақ|мек|уда|уде)$")
_INSIDE_PUNCTUATION = re.compile(r"[,;:.!?()]")
# The names of a list after a plural title and before its last name: capitalized words joined by commas or "и".
_RUSSIAN_NAMES_LISTED = re.compile(r"(?:\s+[А-ЯЁ][\w.-]*(?:\s+[А-ЯЁ][\w.-]*)*\s*(?:,|\s+и)\s*)*\s*")
# "|" and a tab: a table row ("Name | teacher of math"); a line break: a biography's header, the post on the line
# under the name (the two lines are read as one sentence).
# "the President's Press Secretary": the possessive's ending between the official served and the title (roles).
_SERVED_IN_THE_POSSESSIVE = re.compile(r"['’]s\s+")
_THE_BEFORE_THE_SERVED = re.compile(r"(?:^|[\s(])[Tt]he\s+$")
# A founder's noun and "and", or an ordinal of the post's holders, after a comma right before an English title in a chain
# ("..., founder and the first Director of the Institute"): no clause's words (``_appositive_titles``).
_FOUNDER_AND_AN_ORDINAL = re.compile(r",\s*(?:(?:co-)?founder\s+and\s+)?(?:the\s+)?(?:first|second|third|last)\s+$"
                                     r"|,\s*(?:co-)?founder\s+and\s+(?:the\s+)?$", re.IGNORECASE)
# A district by its name in capitals right after a head's English title ("Head of Otrar district Name") (roles).
_CLAUSE_END_AFTER_A_DISTRICT = re.compile(r"\s*(?:[,.;:)]|$)")  # not "Head of Almaly district police department"
_ENGLISH_DISTRICT_AFTER_A_HEAD = re.compile(r"\s+of\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?)\s+district\b",
                                            re.IGNORECASE)
# A site's name up to the office whose site it is, in its header (``_head_of_state_by_his_title_alone``).
_SITE_OF_AN_OFFICE_BEFORE = re.compile(r"(?:web\s*site|internet\s+resource|portal)\s+of\s+(?:the\s+)?$|(?:сайт|портал)\s+$",
                                       re.IGNORECASE)
# A count of places in the plural after a title ("akim (head) of two districts in X region"), maybe after a bracket's gloss:
# posts at several places the page does not name, no one institution (``_institution_candidates``).
_ENGLISH_COUNT_OF_PLACES_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?\s+of\s+(?:two|three|four|five|six|seven|several|various|a\s+few|\d+)\s+"
    r"(?:[a-z]+\s+)?(?:districts|regions|cities|towns|villages|rural\s+districts|oblasts)\b", re.IGNORECASE)
_APPOSITION_OPENING = re.compile(r"\s*[,(—–|\t]|\s+-\s|[^\S\n]*\n")
# "of a" or "of an" right before a title ("the main task of a teacher"): a kind of person, no one's post.
_OF_AN_INDEFINITE_ARTICLE_AT_THE_END = re.compile(r"\sof\s+an?\s+$", re.IGNORECASE)
# "..., Name1, and the Rector, Name2", "..., and by the school's principal, Name2".
_HOLDERS_INSTITUTION_BEFORE_A_COMMA = re.compile(
    r"^\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,6}[A-Z][\w.&'’-]*(?=\s*,)")
# "appointed Name as his chief of staff": the words between the object's name and a title of the subject's staff.
_AS_THE_SUBJECTS_OWN = re.compile(r"\s+as\s+(?:his|her)\s+(?:new\s+)?")
# What may stand between the team's institution and the colon that opens its list ("..., Kazakhstan, included:").
_NO_CLAUSE_BEFORE_A_LIST_COLON = re.compile(r"(?:,?\s+[A-Z][\w-]*)?(?:,?\s+(?:included|includes|were|are|was|is))?\s*")
# A photo caption's opening before its list of names.
_CAPTION_CUE = re.compile(r"\s*\(?(?:[Ff]rom\s+(?:the\s+)?left|[Ll]eft\s+to\s+right|L-R|L to R|[Pp]ictured)\b")
_AT_AN_OPENING_INSTITUTION = re.compile(r"\s*At\s+(?:the\s+)?")
_COMMA_AFTER = re.compile(r"\s*,")
_POSSESSOR_OF_A_UNIT = re.compile(r"\s+(?:of\s+)?the\s+(?P<noun>[a-z]+)['’]s\s+")
# A school named after its place: "school of" and a capitalized name, the whole name's end ("International School of Astana").
_SCHOOL_OF_A_PLACE = re.compile(r"\b[Ss]chool\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)$")
_POSSESSOR_OF_A_NAMED_UNIT = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?P<place>(?:[\w-]+\s+){0,2}[\w-]+)['’]s\s+")
_LAST_OF_OR_AT = re.compile(r"( (?:of|at) )(?!.* (?:of|at) )")
# "..., Name1, and the Rector, Name2", "..., and by the school's principal, Name2", "..., and NU President, Name2": the
# title's own institution, a possessive or capitalized words, may open it.
_AND_AFTER_AN_APPOSITION = re.compile(
    r"\s*,\s*and\s+(?:by\s+|with\s+)?(?:the\s+)?(?:[a-z]+['’]s\s+|(?:(?-i:[A-Z])[\w.&-]*(?:['’]s)?\s+){1,4})?", re.IGNORECASE)
_JOINED_BY_AND_BEFORE_A_TITLE = re.compile(r"\s*,?\s+and\s+(?:the\s+|(?:his|her)\s+)?", re.IGNORECASE)
# An initial's full stop is no sentence's end ("the Institute named after O. Baikonurov, Name").
_ONE_COMMA_TO_THE_NEXT_NAME = re.compile(r"(?:[^,;.()]|(?<=\b[A-Z])\.)*,\s*")


def _english_title_of_the_next_apposition(text: str, between: str, title: "TitleHit", next_person_start: int,
                                          name_opener: re.Pattern) -> bool:
    """Whether a title after "Name, ..., and the" is the apposition of the name after it ("The Minister of
    Energy, Name1, and the Rector of KazNU, Name2, signed": the rector is Name2), not Name1's; an honorific or
    a rank may open that name ("and the Vice-Rector, Professor Name2")."""
    comma = _ONE_COMMA_TO_THE_NEXT_NAME.match(text, title.end, next_person_start)
    return bool(_AND_AFTER_AN_APPOSITION.fullmatch(between)) and comma is not None and (
        comma.end() == next_person_start or bool(name_opener.fullmatch(text, comma.end(), next_person_start)))


class RussianPredicate:
    """Russian predicates that give the subject a title: a copula or a verb of appointment with the
    title in the instrumental ("был назначен министром", "стал новым президентом", "назначить Name
    послом"), or a post ("занимал пост министра", "ушёл с поста главы", "на посту мэра", a headline's
    "назначен на новую должность — глава", an acting holder's "назначен врио губернатора"); lower-case
    words only, so that no other name stands between; a relative pronoun ("Name, который является лидером")
    and adverbs may open it ("фактически является главой", "официально стала самым долгоправящим
    монархом"). The words are the Russian lexicon's."""

    def __init__(self, lexicon: Lexicon):
        # "начала трудовую деятельность", "Трудовую деятельность начал": a career's start, its object on either side.
        verbs, objects = any_of(lexicon.words("career_start_verbs")), any_of(lexicon.words("career_objects"))
        self.career_start = re.compile(rf"(?:(?:{objects})\s+)?(?:{verbs})(?:\s+(?:{objects}))?", re.IGNORECASE)
        self.career_start_with_its_object = re.compile(rf"(?<!\w)(?:(?:{objects})\s+(?:{verbs})|(?:{verbs})\s+(?:{objects}))(?!\w)",
                                                       re.IGNORECASE)
        # "трудился в училище с 1968 года преподавателем": where and since when between a verb and its title; a career's
        # start, the year ("Трудовую деятельность начал в 2001 году инженером").
        # So is an adverb of the same place ("ранее работавшая там заместителем директора").
        workplace = rf"(?:(?:{any_of(lexicon.words('same_place_adverbs'))})\s+)?" \
                    r"(?:(?:в|на)\s+[а-яё-]+\s+(?:№\s*\d+\s+)?)?(?:с\s+\d{4}\s+года\s+)?"
        start_year = r"(?:в\s+\d{4}\s+(?:году|г\.)\s+)?"
        self.pattern = re.compile(
            rf"\s*(?:,\s*(?:{any_of(lexicon.words('relative_pronouns'))})(?!\w))?,?\s+(?P<adverbs>(?:[а-яё\d–—-]+\s+){{0,7}}?)"
            rf"(?:(?P<post>(?:[а-яё\d]+\s+){{0,6}}(?:(?:{any_of(lexicon.words('post_words'))})\s+(?:[—–-]\s+)?"
            rf"|(?:{any_of(lexicon.words('acting_abbreviations'))})\s*))"
            rf"|(?P<verbs>{self.career_start.pattern}\s+{start_year}(?P<as>как\s+)?|(?:(?:{any_of(lexicon.words('title_verbs'))})\s+){{1,2}}{workplace}"
            rf"|(?:(?:{any_of(lexicon.words('title_verbs'))})\s+){{0,2}}))"
            rf"(?:(?:[а-яё]+(?:{any_of(lexicon.words('adjective_instrumental_endings'))})|\d+-[а-яё]+)\s+){{0,3}}")
        self.instrumental = ends_with_any(lexicon.words("instrumental_endings"))
        self.duration_nouns = frozenset(lexicon.words("duration_nouns"))
        # The last comma, or a coordinating conjunction after it, before a predicate joined to the one before.
        self.joined_predicate = re.compile(
            rf"(?:,\s*(?:(?:{any_of(lexicon.words('coordinating_conjunctions'))})\s+)?|\s(?:{any_of(lexicon.words('coordinating_conjunctions'))})\s+)"
            r"(?=[^,]*$)", re.IGNORECASE)
        self.indeclinable_deputy_prefixes = lexicon.words("indeclinable_deputy_prefixes")
        # A comma and an adverb of sequence before the next post of a career, maybe with the past copula or the verb of
        # working again, and an adverb of the same place ("..., затем заместителем директора", "..., затем была
        # проректором по науке", "..., затем работала там же заместителем директора").
        same_place = rf"(?:(?:{any_of(lexicon.words('same_place_adverbs'))})\s+)?"
        # The noun of a post right before a title in the genitive ("занимал должности" декана ...).
        self.post_noun_before = re.compile(rf"(?<!\w)(?:{any_of(lexicon.words('post_words'))})\s+$", re.IGNORECASE)
        self.next_in_sequence = re.compile(rf",\s*(?:{any_of(lexicon.words('sequence_adverbs'))})\s+{same_place}"
                                           rf"(?:(?:{any_of(lexicon.words('past_copulas') + lexicon.words('sequence_verbs'))})\s+)?"
                                           rf"{same_place}$", re.IGNORECASE)
        relative_pronouns = lexicon.words("relative_pronouns") + lexicon.words("relative_pronouns_oblique")
        self.relative_clause = re.compile(rf"\s*,\s*(?:{any_of(relative_pronouns)})\s[^,.;:!?«»()]*(?=,)")
        self.clause_of_its_own = re.compile(rf"\s*,\s*(?:{any_of(lexicon.words('relative_pronouns_oblique'))})\s[^,.;:!?«»()]*")
        self.candidacy = re.compile(rf"(?<!\w)(?:{any_of(lexicon.words('candidacy_words'))})", re.IGNORECASE)
        # "Name, которая освобождена": the name the subject of the clause the relative pronoun opens.
        self.relative_clause_subject = re.compile(rf"\s*,\s*(?:{any_of(lexicon.words('relative_pronouns'))})(?!\w)", re.IGNORECASE)
        # "Коллективу представили нового директора Name": a verb of introducing before the name in its clause.
        self.introduced_before = re.compile(rf"(?<!\w)(?:{any_of(lexicon.words('introducing_verbs'))})(?!\w)[^.!?;]*$", re.IGNORECASE)
        # "Name с 2002 года возглавляет", "Name, который бессменно руководит": a verb that is the title, only
        # adverbials before it.
        # "до этого с мая 2018 года возглавлял": a pointing adverb and a date, up to six words.
        self.before_a_verb = re.compile(
            rf"\s*(?:,\s*(?:{any_of(lexicon.words('relative_pronouns'))})(?!\w))?,?\s+(?P<adverbs>(?:[а-яё\d–—-]+\s+){{0,{_MAX_ADVERBIAL_WORDS}}})")
        self.two_word_adverbs = frozenset(tuple(adverb.split()) for adverb in lexicon.words("two_word_adverbs"))
        self.prospective_copula = re.compile(rf"(?<![\w-])(?:{any_of(lexicon.words('prospective_modals'))})\s+(?:стать|быть)(?![\w-])",
                                             re.IGNORECASE)
        # "кандидат в президенты Name", "кандидатом на пост мэра Name": a title after a candidacy is not held.
        self.candidacy_before_title = re.compile(rf"(?<!\w)(?:{any_of(lexicon.words('candidacy_words'))})\w*\s+(?:в|на)\s+"
                                                 rf"(?:(?:{any_of(lexicon.words('post_words'))})\s+)?$", re.IGNORECASE)
        # A candidacy for a post, no scholar's degree ("кандидатуру", "кандидатом на пост", not "кандидат наук").
        self.candidacy_for_a_post = re.compile(r"(?i)(?<![\w-])кандидат(?:ур[а-яё]*|[а-яё]*\s+(?:в|на)\s)")

    def prospective_after(self, text: str, title: TitleHit, end: int) -> bool:
        """Whether a modal word and the copula follow a predicate title in its clause, before ``end`` ("акимом должен
        стать Name", "директором колледжа может стать Name"): a post the name is to take, not one held."""
        gap = self.prospective_copula.search(text, title.end, end)
        return gap is not None and not _CLAUSE_MARK.search(text, title.end, gap.start())

    def candidacy_before(self, text: str, title: TitleHit) -> bool:
        """Whether a candidacy ends right before a title ("кандидат в президенты")."""
        return self.candidacy_before_title.search(text, max(0, title.start - 40), title.start) is not None

    def candidacy_between(self, text: str, start: int, end: int) -> bool:
        """Whether a candidacy for a post stands between a title and a name ("письмо Президента о двух кандидатурах на
        должность акима - Name"): the title is another's, the one who puts the name up."""
        return self.candidacy_for_a_post.search(text, start, end) is not None

    def in_a_clause_of_its_own(self, between: str) -> bool:
        """Whether a title after a name stands in a relative clause with a subject of its own ("Name, которого
        поддержал аким"; "Name, которому вручил награду министр")."""
        return self.clause_of_its_own.fullmatch(between) is not None

    def _adverbial(self, words: list[str]) -> bool:
        """Whether words are an adverbial: each an adverbial word, a comparative ("раньше"), a pronoun in an
        oblique case after a preposition ("до этого"), or an adjective of a length of time's noun ("долгое время
        был шерифом", "последние годы работал")."""
        def adverbial(word: str, previous: str, following: str, next_but_one: str) -> bool:
            parse = russian_morphology().parse(word.lower())[0]
            # "последние пять лет работала": the adjective of a length of time counted by a numeral.
            counted = _adverbial_word(following) and next_but_one.lower() in self.duration_nouns
            # the second word of an adverb of two ("только что назначили"), which reads as a conjunction alone
            compound = (previous.lower(), word.lower()) in self.two_word_adverbs
            return _adverbial_word(word) or compound or following.lower() in self.duration_nouns or counted or parse.tag.POS == "COMP" \
                or parse.tag.POS == "NPRO" and parse.tag.case != "nomn" and russian_morphology().parse(previous.lower())[0].tag.POS == "PREP"
        return all(adverbial(word, previous, following, next_but_one) for previous, word, following, next_but_one
                   in zip(["", *words], words, [*words[1:], ""], [*words[2:], "", ""]))

    def gives_after_another(self, between: str, title: TitleHit, after: str) -> bool:
        """Whether the words between a name and the title after it end with a predicate that gives the title,
        after a comma or a coordinating conjunction that joins it to the name's predicate or apposition before;
        not a gerund's clause or a negated predicate ("..., не доверив ей пост спикера", "..., но не был министром")."""
        joined = self.joined_predicate.search(between)
        if joined is None:
            return False
        # The subject repeated by its pronoun in the joined clause ("..., до этого он руководил колледжем") is the name's.
        predicate = _JOINED_CLAUSE_SUBJECT_PRONOUN.sub(" ", between[joined.end():])
        return not any(word.lower() == "не" or russian_morphology().parse(word.lower())[0].tag.POS == "GRND"
                       for word in _lower_case_words(predicate)) and self.gives(" " + predicate, title, after, joined=True)

    def gives(self, between: str, title: TitleHit, after: str, joined: bool = False) -> bool:
        """Whether the words between a name and the title after it make the title the person's: not a post
        the person is a candidate for ("баллотироваться на пост мэра"). ``joined``: a predicate joined to the
        name's one before, which may leave its verb out for a dash ("..., а до этого – директором школы")."""
        if between[:1].isalpha() or not between:  # an elided subject's stand-in right before the predicate, which may open the sentence
            between = " " + between[0].lower() + between[1:] if between else " "
        # A relative clause that holds no title stands aside ("Name, которому исполнилось 55 лет, стал министром").
        between = self.relative_clause.sub("", between, count=1) if self.relative_clause.match(between) else between
        if title.verb:
            match = self.before_a_verb.fullmatch(between)
            return match is not None and self._adverbial(match.group("adverbs").split())
        match = self.pattern.fullmatch(between)
        adverbs = match.group("adverbs").split() if match is not None else []
        # "..., а до этого – директором школы": a dash after the adverbial stands for the verb the joined predicate leaves out.
        elided = joined and bool(adverbs) and adverbs[-1] in _DASHES
        # "Name – от должности секретаря ...;" (an act's list of those relieved or appointed, its verb said once before
        # the list): a dash alone before a post's noun stands for the verb each item leaves out.
        elided = elided or match is not None and adverbs in (["—"], ["–"], ["-"]) and match.group("post") is not None
        # "..., а еще раньше – с марта 2015 года был акимом": a joined predicate's dash after its pointing adverb, before a date.
        if joined:
            adverbs = adverbs[:1] + [word for word in adverbs[1:-1] if word not in _DASHES] + adverbs[-1:] if len(adverbs) > 1 else adverbs
        if match is None or not self._adverbial(adverbs[:-1] if elided else adverbs) \
                or self.candidacy.search(match.group("post") or ""):
            return False
        # An adverbial qualifies a verb: without one it governs the title itself ("вместе с президентом").
        if match.group("adverbs") and not (match.group("post") or match.group("verbs") or elided):
            return False
        first = title.written.split()[0]
        # "начал свою карьеру как профессор ...": a career's start and "как" give the title in the nominative.
        return match.group("post") is not None or bool(self.instrumental.search(first)) or self.indeclinable_deputy(first) \
            or match.group("as") is not None

    def continues(self, between: str, title: TitleHit, previous: TitleHit, before_first: str = "") -> bool:
        """Whether a title in the instrumental after a comma and an adverb of sequence or of a date is the next post
        the predicate of the title before, in the instrumental too, gives ("работала учителем математики в школе
        №31, затем заместителем директора", "..., с 2016 года директором школы"): the verb is left out before it.
        So is a title in the genitive after "и", or a comma and maybe a date and a dash, where a post's noun before
        the first title governs both ("занимал должности декана факультета и директора института", "занимал
        должность проректора университета, в 2021–2024 годах – директора департамента")."""
        if self.post_noun_before.search(before_first) and not title.verb and not previous.verb \
                and all(_genitive(hit.written.split()[0]) for hit in (title, previous)):
            item = _NEXT_GENITIVE_ITEM.search(between)
            if item is not None and (not item.group("dated").strip() or _dated_adverbial(item.group("dated"))):
                return True
        dated = _LAST_CLAUSE_AFTER_A_COMMA.search(between)
        return (self.next_in_sequence.search(between) is not None or dated is not None and _dated_adverbial(dated.group(1))) \
            and not title.verb and not previous.verb \
            and all(self.instrumental.search(hit.written.split()[0]) for hit in (title, previous))

    def indeclinable_deputy(self, word: str) -> bool:
        """Whether a Russian title's first word is a deputy's abbreviation before a title in the genitive, the
        same in every case ("замминистра", "замглавы"; not "заместителя")."""
        prefix = next((prefix for prefix in self.indeclinable_deputy_prefixes if word.lower().startswith(prefix)), None)
        served = word[len(prefix):].lower() if prefix is not None else ""
        return russian_morphology().word_is_known(served) and any(
            parse.tag.POS == "NOUN" and parse.tag.case == "gent" for parse in russian_morphology().parse(served))


class EnglishPredicate:
    """English predicates that give the subject the title after them: "Name was appointed rector",
    "Name has been named Vice Minister", "Name, who became the new akim", "Name served as deputy akim",
    "Name, who is also the rector", "Name, who has been the rector since 2019", "Name, who was appointed
    Narxoz University's rector"; and the title after an appointed object's name ("appointed Name as minister").
    The words are the English lexicon's."""

    def __init__(self, lexicon: Lexicon):
        # "Name, who previously headed the department, has been appointed ...": a relative clause between; "Name,
        # who studied there and later served as deputy akim": the clause's second predicate after "and".
        # "Name recalled that before joining the ministry he had worked as ...": reported speech of the name's own
        # past, its subject a pronoun after "that" and maybe an adverbial.
        speech = rf"\s+(?:{any_of(lexicon.words('speech_verbs_before_that'))})\s+that(?:\s+[^,.;]{{1,60}}?)?\s*,?\s+" \
                 rf"(?:{any_of(lexicon.words('subject_pronouns_of_a_person'))})"
        # "Name, class of 2015, works as ...": a short aside in lower case or figures between commas.
        # "Professor Name, Doctor of Biological Sciences, has been appointed ...": a degree between commas.
        aside = rf"\s*,\s*(?:(?-i:[a-z0-9][\w-]*)(?:\s+(?-i:[a-z0-9][\w-]*)){{0,3}}" \
                rf"|(?:{any_of(lexicon.words('degree_asides'))})(?:\s+[\w-]+){{0,4}})\s*,"
        # "Name has long experience in public service, was the akim of X": the subject's first predicate, in lower case (no
        # other name in it), and a comma before the one that gives the title.
        first_predicate = rf"\s+(?:{any_of(lexicon.words('predicates_before_a_career'))})\s+(?-i:[a-z][^,.;:A-Z]{{0,80}}?),"
        subject = rf"(?:\s*,\s*who(?:\s+[^,.;]{{1,80}}?(?:,|\s+and))?|{speech}|{aside}|{first_predicate})?\s+"
        adverb = rf"(?:(?:{any_of(lexicon.words('title_verb_adverbs'))})\s+)?"
        fillers = rf"(?:(?:{any_of(lexicon.words('title_verb_fillers'))})\s+){{0,3}}"
        # "who was appointed Narxoz University's rector": the institution's possessive before the title.
        # "who served as the country's First Vice Minister": a place noun's possessive, where the post is.
        possessor = rf"(?:(?:(?-i:[A-Z])[\w.&-]*\s+){{0,6}}(?-i:[A-Z])[\w.&-]*" \
                    rf"|(?:{any_of(lexicon.words('place_nouns_possessed_before_a_title') + lexicon.words('institution_nouns_possessed_before_a_title'))}))['’]s\s+"
        # "was appointed KTZ board chair", "was elected NOC secretary general": an institution's acronym before the title,
        # no possessive written.
        acronym = r"(?:(?-i:[A-Z][A-Z0-9&]{1,7})\s+)"
        # "works as a physics teacher", "as a primary school teacher": a subject's nouns before the title.
        subject_noun = r"(?:(?-i:[a-z][a-z-]*)\s+){0,2}"
        # "began her career in 2004 as a teacher": the year of the verb before the title.
        year = r"(?:in\s+\d{4}\s+)?"
        # "works at Dulaty University as a visiting professor", "teaches literature at the university as ...": a verb of
        # work, what is taught, the workplace and "as" before the title.
        workplace = rf"(?:{any_of(lexicon.words('workplace_verbs'))})\s+(?:[\w-]+\s+){{0,3}}?(?:(?:at|in)\s+)?(?:[\w.&'’-]+\s+){{1,8}}?as\s+"
        # "held numerous posts in the city administration, including deputy akim": one of a career's posts, which the
        # words before "including" qualify.
        career = rf"(?:{any_of(lexicon.words('career_post_verbs'))})\s+(?:[^,.;]{{1,40}}?\s+)?(?:{any_of(lexicon.words('career_post_nouns'))})" \
                 rf"(?:\s+[^,.;]{{1,80}}?)?\s*,?\s+including\s+"
        # "is moving to a new role as deputy akim", "took up a new post as rector": a move of the subject's to a post
        # that its noun names, "as" before the title.
        new_post = rf"(?-i:[a-z]+)\s+(?:{any_of(lexicon.words('new_post_particles'))})\s+(?:an?|the|his|her)\s+(?:new\s+)?" \
                   rf"(?:{any_of(lexicon.words('new_post_nouns'))})\s+as\s+"
        # "worked as Kazakhstan Minister of Agriculture", "served as Kazakh Ambassador to Japan": the state, by its name or its
        # adjective, before the title.
        state = rf"(?:(?=(?-i:[A-Z]))(?:{any_of(lexicon.words('country_names') + lexicon.words('nationality_adjectives'))})\s+)?"
        self.pattern = re.compile(
            rf"{subject}(?:(?:{any_of(lexicon.words('title_auxiliaries'))})\s+)?{adverb}"
            rf"(?:(?:{any_of(lexicon.words('title_verbs'))})\s+{year}|{workplace}|{career}|{new_post}){adverb}{fillers}"
            rf"(?:{possessor}|{acronym}|{state}{subject_noun})",
            re.IGNORECASE)
        # "appointed Name as rector": a verb of appointment before the name, "as" after it; an honorific may stand
        # between ("elected Dr. Name as Chairman"), and the candidacy's noun ("approved the candidacy of Name as ...");
        # so may the name's own title and its institution, capitalized ("appoint former First Vice Minister of
        # Agriculture Name as the new akim"), as appointment news introduce the one appointed.
        # A place's noun in lower case ends the title's place ("Akim of Pavlodar region"), and a gloss in brackets may
        # follow a word ("Akim (governor) of ...").
        own_title = r"(?:(?:former|the)\s+)?(?:(?:(?-i:[A-Z])[\w.&'’-]*|(?-i:region|district|city|oblast|province))\s+" \
                    r"(?:\((?-i:[a-z]+)\)\s+)?(?:(?:of|for|and)\s+(?:the\s+)?)?){1,8}"
        # The act's noun alone may stand for the verb ("due to the appointment of Name to the office of Chairman").
        # An active verb of appointment after the name ("Name has appointed a new minister", "Name appointed a former akim to
        # head the agency"): the title after it is its object's, whom the sentence does not name. A verb of appointment
        # after "has", "had", "will" and no "been", or right before an indefinite article.
        verbs = any_of(lexicon.words('object_appointment_verbs'))
        self.active_appointment = re.compile(rf"(?<![\w-])(?:has|have|had|will)\s+{adverb}(?:{verbs})(?![\w-])"
                                             rf"|^\s+(?:{verbs})\s+an?\s", re.IGNORECASE)
        self.object_verb_before = re.compile(rf"(?:(?<![\w-])(?:{any_of(lexicon.words('object_appointment_verbs') + lexicon.words('object_dismissal_verbs'))})\s+"
                                             rf"(?:the\s+(?:{any_of(lexicon.words('appointment_object_nouns'))})\s+of\s+)?"
                                             rf"|(?<![\w-])the\s+(?:{any_of(lexicon.words('appointment_nouns_alone'))})\s+of\s+)"
                                             rf"(?:{own_title})?(?:(?:{any_of(lexicon.words('honorifics'))})\.?\s+)?$", re.IGNORECASE)
        # "as the company's CEO"; "to the post of akim", as "was appointed to the post of" gives its subject the title;
        # or nothing at all, the title the verb's second object right after the name ("appointed Name head of the
        # Presidential Administration", "elected Name chairman of the board").
        # (A verb of dismissal's "from the post of", "of the post of", "of his duties as": the post it takes away.)
        post = rf"(?:as|to\s+the\s+(?:{any_of(lexicon.words('new_post_nouns'))})\s+of" \
               rf"|(?:from|of)\s+(?:the|his|her|their)\s+(?:{any_of(lexicon.words('new_post_nouns'))}|duties)\s+(?:of|as))\s+{fillers}" \
               rf"(?:{possessor}|(?:his|her|their)\s+)?"  # "appointed Name as his chief of staff": the subject's staff
        self.object_title = re.compile(rf"\s+(?:{post})?", re.IGNORECASE)
        # The rest of the name's apposition between commas, then "as" and the title the verb gives ("confirmed the
        # appointment of Name, former akim of X, as minister"); no list's "and" in it.
        self.object_title_after_an_apposition = re.compile(rf"(?:(?!\s(?:and|or)\s)[^,;.:()])*,\s+{post}", re.IGNORECASE)
        # A verb that is the title ("Name currently heads the ..."): only an adverb between.
        self.before_a_verb = re.compile(subject + adverb, re.IGNORECASE)
        # "Name served as rector and, before that, as dean", "... and later as dean": the verb left out before a
        # second "as", after "and" and maybe an adverb or an aside between commas.
        self.elided_verb = re.compile(rf"\s(?:and|or)\s*(?:,[^,;.]{{1,40}},\s*|{adverb})as\s+{fillers}$", re.IGNORECASE)
        # "Name served as deputy head, and before that she was the director", "... and headed the department": a
        # second predicate of the same subject after "and", its pronoun maybe repeated; the predicate after it.
        self.joined_predicate = re.compile(
            rf"\s(?:and|but)\s*,?\s+(?:that\s+)?(?:(?:before|after)\s+that\s*,?\s+)?(?:{any_of(lexicon.words('subject_pronouns_of_a_person'))}\s+)?(?=\S|$)",
            re.IGNORECASE)

    def gives(self, between: str, title: TitleHit, after: str) -> bool:
        if not title.verb and self.active_appointment.search(between) is not None:
            return False  # "Name has appointed a new minister": the verb's object's post, no post of its subject
        return (self.before_a_verb if title.verb else self.pattern).fullmatch(between) is not None

    def gives_again(self, between: str, title: TitleHit) -> bool:
        """Whether a title after a predicate's title is the subject's by the same verb, left out before "as", or
        by a second predicate of the subject's joined to the first by "and"."""
        if not title.verb and self.elided_verb.search(between) is not None:
            return True
        joined = None
        for joined in self.joined_predicate.finditer(between):
            pass
        return joined is not None and self.gives(" " + between[joined.end():], title, "")

    def before_the_elided_verb(self, between: str) -> str:
        """The words between a name and a title up to where the verb is left out before "as": the clause of
        the verb that gives the title its status ("previously served as rector and, before that, as dean")."""
        elided = self.elided_verb.search(between)
        # The comma before "and" ends the verb's clause, not opens another ("served as rector, and before that as dean").
        return between[:elided.start()].rstrip(", ") if elided else between

    def gives_the_object_after_an_apposition(self, before_name: str, between: str, title: TitleHit) -> bool:
        """Whether the title after "as" is the name's, the object of a verb of appointment before it, after the name's
        apposition between commas ("the appointment of Name, former akim of X, as head of Y"); ``between``: the words
        from the apposition's title to this one."""
        return not title.verb and self.object_title_after_an_apposition.fullmatch(between) is not None \
            and self.object_verb_before.search(before_name) is not None

    def gives_the_object(self, before_name: str, between: str, title: TitleHit) -> bool:
        """Whether the title after "as" is the name's, the object of a verb of appointment before it ("appointed
        Name as minister"); not another verb's ("replaced Name as rector": the post was the other's)."""
        return not title.verb and self.object_title.fullmatch(between) is not None \
            and self.object_verb_before.search(before_name) is not None


class KazakhPredicate:
    """A Kazakh title after its subject's name, before a verb of appointment or service or a copula:
    "Name ... университетінің ректоры болып тағайындалды", "Name вице-министрі қызметіне тағайындалды",
    "Name ... ректоры болған"; the
    institution's chain may stand between the name and the title, no punctuation. The words are the
    Kazakh lexicon's."""

    def __init__(self, lexicon: Lexicon):
        self.reason = re.compile(rf"(?<!\w)(?:{any_of(lexicon.words('change_of_post_reasons'))})\s+", re.IGNORECASE)
        self.pattern = re.compile(rf"\s+(?:(?:{any_of(lexicon.words('title_predicate_words'))})\s+"
                                  rf"(?:(?:{any_of(lexicon.words('predicate_adverbs'))})\s+)?"
                                  rf"(?:{self.reason.pattern})?(?:{any_of(lexicon.words('title_predicate_verbs'))})"
                                  rf"|(?:{any_of(lexicon.words('title_copulas'))})(?!\w))", re.IGNORECASE)
        self.post_word = re.compile(rf"\s+(?:{any_of(lexicon.words('title_predicate_words'))})(?!\w)", re.IGNORECASE)
        self.last_post_opening = re.compile(rf"\s*(?:{any_of(lexicon.words('last_post_openings'))})\s*[—–-]", re.IGNORECASE)
        # A converb's comma joins two predicates of one subject ("Name колледжді бітіріп, мектепке мұғалім болып келді").
        self.converb_comma = re.compile(rf"(?<=[а-яәғқңөұүһі]{{3}}(?:{any_of(lexicon.words('converb_endings'))})),")

    def gives(self, between: str, title: TitleHit, after: str) -> bool:
        # The dash of a span of years ("2015–2020 жылдары") joins numbers, no clauses. A verb of heading is the
        # predicate itself ("Name ... мектепке басшылық етті"). The words of the last post and their dash, after a
        # subject left out, are a predicate before the title ("Соңғы қызметі – ... проректоры").
        opening = self.last_post_opening.match(between)
        if opening is not None:
            return not _CLAUSE_PUNCTUATION.search(_NUMBER_SPAN_DASH.sub("", between[opening.end():]))
        between = self.converb_comma.sub("", between)
        # A line's end between the name and the title ends the name's line, a heading's or a signature's ("Name\n\n
        # Колледжді Қытай азаматы басқарады"): the title is another line's predicate.
        return not _CLAUSE_PUNCTUATION.search(_NUMBER_SPAN_DASH.sub("", between)) and "\n" not in between \
            and (title.verb or self.pattern.match(after) is not None)

    def gives_after_another(self, between: str, title: TitleHit, after: str) -> bool:
        """Whether the words after the last comma between the name's predicate and the title are a predicate's clause
        that gives the title, its subject left out as the clause before's ("Ол №1 гимназияны басқарды, одан бұрын осы
        гимназияда орыс тілінен сабақ берген", "... мұғалім болып істеді, кейін №5 мектептің директоры болды")."""
        return "," in between and self.gives(between[between.rindex(",") + 1:], title, after)

    def ends_a_predicate(self, text: str, title: TitleHit) -> bool:
        """Whether a title is its clause's predicate: a verb, or a title before a verb or a copula."""
        return title.verb or self.pattern.match(text, title.end) is not None

    def names_the_post(self, text: str, title: TitleHit) -> bool:
        """Whether a title before its holder's name is the post of the sentence's predicate ("ректоры болып",
        "директоры қызметіне", "әкімі лауазымына"), whose verb follows the name."""
        return self.post_word.match(text, title.end) is not None


class ReferringNouns:
    """Russian and English nouns that name a kind of institution or place but not which one: after a
    title, in the Russian genitive ("ректор университета", "заместитель акима области", "декан
    физического факультета университета") or with "of the" in English ("rector of the university",
    "deputy akim of the region"), and in English in lower case before it ("the university's rector",
    "our school director"). A name, a number or a quote after the noun makes it a name ("ректор
    университета Туран", "школы № 5", "the region of Pavlodar"), as does an NER span that runs on past it.
    The nouns are each lexicon's; the Russian ones are lemmas, so that any case of a noun is one."""

    def __init__(self, lexicon: Lexicon, lang: str, unit_words: frozenset[str], status_words: tuple[str, ...] = ()):
        institutions, places = lexicon.table("referring_institution_nouns"), lexicon.table("referring_place_nouns")
        self.lang = lang
        self.place_kinds = frozenset(places)
        self.kinds = frozenset(institutions) | self.place_kinds
        self._kind_of_noun = {noun: kind for table in (institutions, places) for kind, nouns in table.items() for noun in nouns}
        self._branch_nouns = frozenset(lexicon.words("branch_nouns")) if lang == "ru" else frozenset()
        # "ректор этого вуза", "rector of this university": a pointing pronoun refers back as the article does.
        pointing = any_of(lexicon.words("pointing_pronouns"))
        if lang == "en":
            preposition = any_of(lexicon.words('institution_prepositions'))
            opening = rf"(?:{preposition})\s+(?:{any_of(lexicon.words('definite_articles'))}|{pointing})\s+"
            word = r"[a-z][a-z-]*"
            noun = r"[A-Za-z][a-z-]*"  # after the article, capitalized as a name's noun: "of the Foundation"
            subject = rf"(?:\s+(?:{preposition})\s+{word})?"  # "the faculty of engineering of the university"
            # A unit's own name, capitalized, before "of the Ministry": "Director of the Europe Department of the Ministry".
            unit_name = r"(?:[A-Z][\w-]*\s+){1,3}"
            # The title's field between: "Vice President for International Affairs of the university".
            field = r"(?:\s+for\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?"
        else:
            opening, word, subject, field = rf"(?:(?:{pointing})\s+)?", r"[а-яё][а-яё-]*", "", ""
            # Capitalized as a name's noun where punctuation ends it ("президент Академии, академик Name"); with
            # words after it, it opens a name ("директор Института ионосферы").
            noun = rf"{word}|[А-ЯЁ][а-яё-]*(?=[,.;:!?)])"
            unit_name = r"(?!)"
        units = any_of(unit_words)
        self._after = re.compile(
            rf"{field}\s+{opening}(?:(?P<unit>(?:{word}\s+)?(?:{units}){subject}|{unit_name}(?i:{units}))\s+{opening})?(?P<noun>{noun})(?![\w-])")
        # A status word may stand between: "the bureau's former head".
        status = rf"(?:(?:{any_of(status_words)})\s+)?" if status_words else ""
        self._before = re.compile(rf"(?<![\w-])(?P<noun>{noun if lang == 'en' else word})(?:['’]s)?\s+{status}$")
        name_openings = lexicon.words("named_after_before_name") + (lexicon.words("institution_prepositions") if lang == "en" else ())
        self._name_after = re.compile(rf"\s*(?:[№\d«\"“]|(?:No\.?|N)\s*\d|(?:{any_of(name_openings)})(?!\w))", re.IGNORECASE)
        self._next_word = re.compile(r"\s+(?P<word>[^\s,.;:!?()]+)")
        self._field_prepositions = frozenset(lexicon.words("title_field_prepositions")) if lang == "ru" else frozenset()
        # Lower-case words in the genitive after the noun, then a capitalized one ("управления образования Карагандинской").
        self._named_after_genitives = re.compile(r"(?P<genitives>(?:\s+[а-яё][а-яё-]*){1,3})\s+(?P<word>[А-ЯЁ][а-яё-]+)")
        # After a capitalized noun, a preposition of names or a lower-case word before a capitalized one continues
        # a name: "the Committee for Quality Assurance", "the Committee on education", "the Institute of Oriental Studies".
        self._name_continued = re.compile(rf"\s+(?:(?:{any_of(lexicon.words('name_prepositions'))})\s|[a-z]+\s+(?:the\s+)?[A-Z])") \
            if lang == "en" else re.compile(r"\s+[a-z]+\s+(?:the\s+)?[A-Z]")
        self._unit_ahead = re.compile(rf"(?:\s+[a-z][a-z-]*){{0,5}}?\s+(?:{units})(?![\w-])")
        self._articles = frozenset(lexicon.words("definite_articles")) if lang == "en" else frozenset()
        # An act's title in quotes ("„On Regional Housing Fund“"): its words before a kind's noun name no institution.
        self._act_title_opening = re.compile(rf"[«\"“„]\s*(?:{any_of(lexicon.words('act_title_openings'))})$") \
            if lang == "en" else None
        self._referring_adjectives = frozenset(lexicon.words("referring_adjectives")) if lang == "en" else frozenset()
        # A Russian one: a capitalized adjective and up to three lower-case ones before the kind's noun, in any case, on one
        # line, not in quotes (a project's «Читающая школа») and with no number after (a numbered school is read with its
        # number elsewhere): "в Костанайском высшем техническом колледже", which the Russian model often leaves without a span.
        adjective_ending = any_of(lexicon.words("adjective_endings")) if lang == "ru" else ""
        self._name_before_noun = re.compile(rf"(?<![\w-])([A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){{0,3}}\s+"
                                            rf"(?P<noun>(?i:{any_of(self._kind_of_noun)}))(?![\w-])") if lang == "en" \
            else re.compile(rf"(?<![\w«\"„“-])([А-ЯЁ][а-яё]+(?:{adjective_ending}))(?:[^\S\n]+[а-яё]+(?:{adjective_ending})){{0,3}}"
                            rf"[^\S\n]+(?P<noun>[а-яё-]+)(?![\w-]|[^\S\n]*№)") if lang == "ru" else None
        # Words around a noun of a kind that name no institution: "About school", "Our kindergarten", "the Foundation".
        self._no_name_words = frozenset(lexicon.words("headline_function_words") + lexicon.words("definite_articles")
                                        + lexicon.words("pointing_pronouns") + lexicon.words("institution_possessives")
                                        + lexicon.words("count_words")
                                        + tuple(word for words in lexicon.table("possessive_pronouns").values() for word in words)
                                        + lexicon.words("site_section_nouns")
                                        ) if lang == "en" else frozenset(lexicon.words("no_name_words") + lexicon.words("site_section_nouns"))

    def kind_of(self, word: str) -> str | None:
        kind = self._kind_of_word(word)
        if kind is None and "-" in word.strip("-"):  # "школе-лицее", "School-Lyceum": a compound of nouns of a kind
            return next(filter(None, map(self._kind_of_word, word.split("-"))), None)
        return kind

    def _kind_of_word(self, word: str) -> str | None:
        if self.lang == "en":
            return self._kind_of_noun.get(word.lower())
        # The first reading only: "области" is a region, "городской" (an adjective) no city.
        parse = russian_morphology().parse(word.lower())[0]
        if parse.tag.POS == "NOUN" and parse.normal_form in self._kind_of_noun:
            return self._kind_of_noun[parse.normal_form]
        # A noun the dictionary does not know (маслихата): its stem, less a case ending of a letter or two.
        lowered = word.lower()
        return next((self._kind_of_noun[form] for form in (lowered, lowered[:-1], lowered[:-2]) if form in self._kind_of_noun), None)

    def after(self, text: str, title: TitleHit, person: Mention) -> tuple[str, list[str]] | None:
        """The kind and words of a bare noun of a kind right after a title; a unit between only before an
        institution's noun ("декан факультета университета", not "директор департамента области")."""
        match = self._after.match(text, title.end)
        if match is None:
            return None
        end, words = match.end(), match.group().split()
        kind = self.kind_of(match.group("noun"))
        if kind is None and match.group("unit") and self.kind_of(match.group("unit").split()[-1]) is not None \
                and russian_morphology().parse(match.group("noun").lower())[0].tag.POS not in ("NOUN", "ADJF"):
            # A unit's word that is a kind's noun itself, no noun after it ("возглавляла отдел с 2021 года"; not "отдела
            # образования", a unit's name).
            kind, end = self.kind_of(match.group("unit").split()[-1]), match.end("unit")
            words = text[match.start():end].split()
        second = self._next_word.match(text, end) if kind is None and self.lang == "ru" else None
        if second is not None and f"{_lemma(match.group('noun'))} {_lemma(second.group('word'))}" in self._kind_of_noun:
            # A noun of a kind of two words, its adjective first: "воспитатель детского сада".
            kind = self._kind_of_noun[f"{_lemma(match.group('noun'))} {_lemma(second.group('word'))}"]
            end, words = second.end(), [*words, second.group("word")]
        if kind is None and match.group("noun").lower() in self._referring_adjectives:
            # An adjective that names no new one before the noun of a kind: "of the national company" (not "of the
            # new school", one the page has not named).
            second = self._next_word.match(text, end)
            if second is not None and self.kind_of(second.group("word")) not in (None, *self.place_kinds):
                kind, end, words = self.kind_of(second.group("word")), second.end(), [*words, second.group("word")]
        if kind is None or (match.group("unit") and kind in self.place_kinds) or self._name_after.match(text, end):
            return None
        following = self._next_word.match(text, end)
        if following is not None and following.group("word")[:1].isupper() and following.start("word") != person.start:
            return None
        if following is not None and kind in _BODIES_NAMED_BY_THEIR_FIELD and following.group("word").lower() in self._field_prepositions:
            return None  # "областного департамента по охране общественного здоровья": a body its field names, no one named before
        if self.lang == "ru" and (named := self._named_after_genitives.match(text, end)) is not None \
                and named.start("word") != person.start and _russian_genitive_chain(named.group("genitives")):
            return None  # "управления образования Карагандинской области": the department of that region, not one named before
        if match.group("noun")[:1].isupper() and self._name_continued.match(text, end):
            return None  # "of the Committee for Quality Assurance ...", "of the Institute of Oriental Studies": a name
        if self.lang == "en" and kind in self.place_kinds and following is not None:
            # A place's noun before another noun qualifies it: "the city maslikhat" is the maslikhat, "the city
            # economy and budget planning department" a unit, neither the city.
            qualified = self.kind_of(following.group("word"))
            if qualified is not None and qualified not in self.place_kinds:
                return qualified, match.group().split() + [following.group("word")]
            if self._unit_ahead.match(text, match.end()):
                return None
        return kind, words

    def inside(self, title: TitleHit) -> tuple[str, list[str]] | None:
        """The kind of an institution's bare noun an English or a Russian title holds ("deputy of the maslikhat",
        "Maslikhat deputy", "deputies of the city maslikhat", "депутат маслихата"): the title refers to the one of that
        kind named before."""
        words = title.written.split()
        return self._last_noun_of_a_kind(words, places=False) if len(words) > 1 else None

    def place_inside(self, title: TitleHit) -> tuple[str, list[str]] | None:
        """The kind of a place's bare noun a title of more words holds ("глава региона", "head of the region")."""
        return self._last_noun_of_a_kind(title.written.split()[1:], places=True)

    def _last_noun_of_a_kind(self, words: list[str], places: bool) -> tuple[str, list[str]] | None:
        """(kind, [word]) of the last of ``words`` that is a noun of a place's kind (``places``) or of another kind."""
        kinds = [(kind, word) for word in words if (kind := self.kind_of(word)) is not None and (kind in self.place_kinds) == places]
        return (kinds[-1][0], [kinds[-1][1]]) if kinds else None

    def names_none(self, written: str) -> bool:
        """Whether an organization's span is a noun of a kind and words around it that name none (a menu's
        "About school", "Our kindergarten", "the Foundation" referring back, a heading's "Администрация колледжа"):
        no institution of its own."""
        words = [word.lower() for word in _WORD.findall(written)]
        # A quality's, a degree's or an order's adjective describes the institution, it names none: a headline's
        # "Старейшую районную школу отремонтируют", "Новая школа"; a place's adjective names one ("Костанайский колледж").
        return bool(self._no_name_words) and any(self.kind_of(word) for word in words) \
            and all(self._no_name_word(word) or self.kind_of(word) or self.lang == "ru" and _describing_adjective(word) for word in words)

    def _no_name_word(self, word: str) -> bool:
        # "forty-two": a compound number names none as its parts do.
        return word in self._no_name_words or "-" in word.strip("-") and all(part in self._no_name_words for part in word.split("-"))

    def before(self, text: str, title: TitleHit) -> tuple[str, list[str]] | None:
        """The kind and word of a noun of a kind right before a title, in lower case ("the university's
        rector") or capitalized alone ("According to Committee Chairman Name"); after a capitalized word it is
        part of a name ("Zhejiang University President")."""
        match = self._before.search(text, max(0, title.start - 30), title.start)
        kind = self.kind_of(match.group("noun")) if match else None
        if kind is not None and match.group("noun")[:1].isupper():
            previous = re.search(r"(\S+)\s+$", text[max(0, match.start() - 40):match.start()])
            if previous is not None and previous.group(1)[:1].isupper() and previous.group(1).lower() not in self._articles \
                    and previous.group(1)[-1:] not in ".!?:;,":
                return None
        return (kind, [match.group("noun")]) if kind is not None else None

    def names_one_of(self, words: list[str], kind: str) -> bool:
        """Whether a phrase is a name of ``kind``: a noun of the kind, and a proper name, a number or a
        quote that is no noun of a kind ("Карагандинский технический университет", "School No. 5")."""
        kinds = [self.kind_of(word.strip(",.;:«»\"“”()")) for word in words]
        if self._branch_opens(words, kinds):
            return False
        if self.lang == "en":
            # An English compound's head is its last noun before "of": "Baizak district maslikhat" is a maslikhat, no district.
            opening = next((index for index, word in enumerate(words) if word.lower() in _ENGLISH_OF_WORDS), len(words))
            heads = [found for found in kinds[:opening] if found is not None]
            if heads and heads[-1] != kind:
                return False
            # A place's noun closes its English name ("Atyrau Oblast", "the Region of Abai"); before other words it opens
            # a body's ("the Oblast Tax Police"), no place.
            if kind in self.place_kinds and opening and kinds[opening - 1] != kind:
                return False
        return kind in kinds and any(_names(word) and found is None for word, found in zip(words, kinds))

    def as_the_lexicon_writes_it(self, word: str) -> bool:
        """Whether a word is a kind's noun as the lexicon writes it, in the nominative singular ("Мартукский маслихат"),
        which pymorphy may also read as another word's genitive plural (of a "маслихата")."""
        return word.lower() in self._kind_of_noun

    def names_a_branch_alone(self, words: list[str]) -> bool:
        """Whether a Russian phrase names a branch and no institution of a kind whose branch it is ("районный филиал")."""
        kinds = [self.kind_of(word.strip(",.;:«»\"“”()")) for word in words]
        return all(kind is None for kind in kinds) and self._branch_opens(words, kinds)

    def _branch_opens(self, words: list[str], kinds: list[str | None]) -> bool:
        """Whether a Russian branch's noun comes before the phrase's first noun of a kind ("Костанайский филиал партии"): the
        phrase names a branch, the genitive after it whose branch it is."""
        first_kind = next((index for index, kind in enumerate(kinds) if kind is not None), len(words))
        return any(russian_morphology().parse(word.lower())[0].normal_form in self._branch_nouns for word in words[:first_kind])

    def named(self, text: str, start: int, end: int, kind: str) -> list[tuple[int, str]]:
        """(end, name) of each English name of ``kind`` between ``start`` and ``end`` that NER may leave out:
        capitalized words before the kind's noun ("Almaty Region Akim Name"); a Russian institution's (no place's) by its
        adjectives before its noun ("Костанайском высшем техническом колледже"), other Russian ones are NER spans only."""
        if self._name_before_noun is None or self.lang == "ru" and kind not in _RUSSIAN_KINDS_NAMED_BY_ADJECTIVES:
            return []
        return [(match.end(), match.group()) for match in self._name_before_noun.finditer(text, start, end)
                if self.kind_of(match.group("noun")) == kind and match.group(1).lower() not in self._articles
                and not self.names_none(match.group())
                and not (self._act_title_opening is not None
                         and self._act_title_opening.search(text, max(0, match.start() - 3), match.end(1)))
                # An institution's name that goes on with "of" and a capital is a longer one ("the National Academy of
                # Sciences of ...", an academy of sciences, no academy named "National Academy").
                and not (self.lang == "en" and kind not in self.place_kinds and _OF_A_CAPITALIZED_NAME.match(text, match.end()))
                # A Russian adjective after a capitalized word is inside a longer name ("Назарбаев Интеллектуальной школы").
                and not (self.lang == "ru" and _NAME_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()))
                # A noun with an adjective's ending is no word of one ("Новым директором колледжа": a title's).
                and not (self.lang == "ru" and any(russian_morphology().parse(word.lower())[0].tag.POS == "NOUN"
                                                   for word in text[match.start():match.start("noun")].split()))]


# The registry's types that a noun of a kind refers back to ("Университет ректоры", "ректор вуза": a university;
# "секретарь маслихата": the maslikhat; "директор института": the research institute).
REGISTRY_KINDS = {"university": "university", "academy": "academy", "ministry": "ministry", "akimat": "akimat", "party": "party",
                  "maslikhat": "maslikhat", "research institute": "institute", "academy of sciences": "academy",
                  "foundation": "foundation", "sovereign wealth fund": "foundation", "diplomatic mission": "embassy",
                  "education department": "department", "health department": "department", "police department": "department",
                  "emergency department": "department", "committee": "committee",
                  "joint-stock company": "company", "news agency": "news agency",  # a news agency is no "agency" of the state
                  "school network": "school"}  # one of the Intellectual Schools: "the school" refers to it (as its id)
# A university's noun ("вуз", "университет", "the university") stands for an academy too; an academy's ("ректор
# академии") for an academy only.
REFERRED_KINDS = {"university": ("university", "academy")}
# A Kazakh institution's generic noun ("аталмыш мекеменің меңгерушісі"): the last named of any of these kinds.
_GENERIC_REFERRED_KINDS = {"institution": ("school", "university", "academy", "institute", "museum", "theatre", "library",
                                           "hospital")}
_UNIVERSITY_TYPES = ("university", "academy")  # the registry's types of a page's own university, an academy of sciences none
_MAX_BODY_WORDS_CHARS = 80  # how far before a place's span the words of a body's name it completes are looked for
# Kinds of a body whose field after its noun names it ("департамент по охране общественного здоровья", "комитет по делам
# молодежи"), as a school's does not ("заместитель директора школы по учебной работе": the title's field).
_BODIES_NAMED_BY_THEIR_FIELD = frozenset({"department", "division", "committee"})
# The registry's types of a national body with chapters of its own in regions and districts (the Assembly of People of
# Kazakhstan's regional and district assemblies, each chaired by its akim): named after a place, the place's chapter.
_BODIES_WITH_LOCAL_CHAPTERS = frozenset({"assembly"})
# The kinds a page's own institution of a kind (roles.yaml's page_institution) may be named by: a
# region's akim may be a city's.
PAGE_KINDS = {"university": REFERRED_KINDS["university"], "school": ("school",), "region": ("region", "city"),
              "maslikhat": ("maslikhat",), "institute": ("institute",)}
# Places whose akims are no district's or region's officials though the page names only those: a Russian
# title's bare noun of one ("акима сельского округа", "аким села") refers to one named before or to an unnamed one.
_PLACES_BELOW_A_DISTRICT = frozenset({"rural_district", "village"})
_PLACES_BELOW_A_REGION = _PLACES_BELOW_A_DISTRICT | {"district"}
# A Kazakh branch named by its level alone, right before a title's noun, opening its sentence or after a comma ("Облыстық
# филиал төрағасы Name"), and a branch of a level right after an institution's name ("... кәсіподағы облыстық филиалында").
_KAZAKH_BARE_BRANCH_BEFORE_A_TITLE = re.compile(
    r"(?:^|(?<=[.!?:;,—–-]\s)|(?<=\n))(?P<level>[Оо]блыстық|[Аа]удандық|[Ққ]алалық)\s+филиал(?:ы|ының)?\s+(?=[а-яәғқңөұүһі])")
_KAZAKH_BRANCH_AFTER_A_NAME = re.compile(
    r"(?<=[\w»”\"])\s+(?P<level>облыстық|аудандық|қалалық)\s+филиал[а-яәғқңөұүһі]*(?![\w-])")
# A pointing word and a body's bare noun in the genitive right before a title ("аталған кеңестің төрағасы").
_KAZAKH_POINTED_NOUN_BEFORE_A_TITLE = re.compile(
    r"(?<![\w-])(?:аталған|аталмыш|осы)\s+(?P<noun>[а-яәғқңөұүһі]{3,}?)(?:тың|тің|дың|дің|ның|нің)\s+$", re.IGNORECASE)
# A Kazakh village's capitalized name and noun after a lower-case word or a comma, inside a sentence ("қарасты Көктал
# ауылында"), no rural district's adjective ("ауылдық").
_KAZAKH_VILLAGE_NAMED = re.compile(
    r"(?<=[а-яәғқңөұүһі,] )(?P<name>[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]{2,})\s+ауыл(?:ы|ында|ына|ынан|ының|ындағы)?(?![\w-])")
_KAZAKH_LEVEL_ADJECTIVE = re.compile(r"(?i)(?:аудандық|облыстық|қалалық)")
# The kinds of institution a branch (филиал) named alone may be one of: a party's, a company's, a university's, an institute's.
_KINDS_WITH_BRANCHES = ("party", "company", "university", "academy", "institute")
# The kinds of institution a board named by its adjective alone ("қамқоршылық кеңесі") may be the board of.
_KINDS_WITH_BOARDS = ("school", "university", "academy", "institute", "museum", "theatre", "library", "hospital", "company", "ministry")
# The seats of roles.yaml that name a place's office other than its akimat, by the place (``_as_the_places_office``).
_PLACE_OFFICE_SEATS = ("place_office", "place_maslikhat")
# The chambers whose deputies a page may name besides a maslikhat's.
_CHAMBER_IDS = frozenset({"parliament_rk", "senate_rk", "majilis_rk"})
_ENGLISH_COMMITTEE = re.compile(r"\b[Cc]ommittee\b")


def _referred_to_by(institution: Institution, kinds: tuple[str, ...]) -> bool:
    """Whether a title's noun of ``kinds`` may stand for the institution: a university's noun stands for an academy
    that teaches, not for an academy of sciences, which the academy's noun names too ("университет ректоры" on a page
    of the academy's visit to a university is the university's)."""
    return "university" not in kinds or not institution.in_registry or institution.type != "academy of sciences"


class KazakhReferringNouns:
    """Kazakh nouns that name a kind of institution or place but not which one ("Мектеп директоры",
    "кафедра меңгерушісі", "Ауылдық округ әкімінің орынбасары"), and the names of each kind a text
    holds: a proper name, a number or a quote before the kind's noun ("Балкашин №1 орта мектебінде",
    "Көксарай ауыл округінің", "Арабтану кафедрасы"). The nouns are the Kazakh lexicon's."""

    def __init__(self, lexicon: Lexicon, chain: "KazakhGenitiveChain", title_words: frozenset[str], place_words: frozenset[str]):
        units, places = lexicon.table("referring_unit_nouns"), lexicon.table("referring_place_nouns")
        # A place's noun in the possessive, as a name puts it after itself ("аудан": "Байзақ ауданы", roles.yaml place_words).
        self._place_in_the_possessive = {stem: word for stems in places.values() for stem in stems for word in place_words
                                         if word.startswith(stem) and word != stem and " " not in word and word[-1] in "ыі"}
        tables = (lexicon.table("referring_institution_nouns"), units, places)
        self.unit_kinds, self.place_kinds = frozenset(units), frozenset(places)
        self.institution_kinds = frozenset(lexicon.table("referring_institution_nouns"))
        self.kinds = frozenset(kind for table in tables for kind in table)
        self._kind_of_stem = {stem: kind for table in tables for kind, stems in table.items() for stem in stems}
        # The stems by their first letter, in the tables' order (the first stem a word opens with wins): every word
        # asks, and a scan of all stems per word was a tenth of the roles stage's time.
        self._stems_by_initial: dict[str, list[tuple[str, str]]] = {}
        for stem, kind in self._kind_of_stem.items():
            self._stems_by_initial.setdefault(stem[:1], []).append((stem, kind))
        self._akimat = tuple(lexicon.words("akimat_nouns"))
        self._adjective_suffixes = lexicon.words("relational_adjective_suffixes")
        self._determiners = frozenset(lexicon.words("determiners"))
        self._name_adjectives = frozenset(lexicon.words("adjectives_in_names"))
        self._named_after = frozenset(lexicon.words("named_after_after_name"))
        self._case_endings = frozenset(lexicon.words("genitive_endings") + lexicon.words("oblique_case_endings_of_words"))
        self._and_words = frozenset(lexicon.words("and_words"))
        self._plural_endings = lexicon.words("plural_endings")
        # A noun in the plural, maybe with its possessive and a case after it ("ардагерлері", "мұғалімдер"), after a stem
        # of three letters or more (Индер, a district, is a name).
        self._plural_noun = re.compile(
            rf"\w{{3,}}(?:{any_of(self._plural_endings)})(?:[ыі](?:{any_of(lexicon.words('case_endings_after_possessive'))})?"
            rf"|{any_of(lexicon.words('genitive_endings') + lexicon.words('oblique_case_endings_of_words'))})?")
        participles, postpositions = lexicon.words("participles_in_names"), lexicon.words("dative_postpositions")
        # A title after a person's name inside a place's or an institution's ("Бұқар жырау ауданы", "Төле би ауданы").
        self._words_inside_names = frozenset(participles + postpositions + lexicon.words("named_after_after_name")
                                             + lexicon.words("titles_after_name"))
        self._words_after_a_names_word = frozenset(participles + postpositions)
        # A title's word capitalized before a name opens a headline, no part of the name ("Вице-министр Түркістан
        # облысында болды"); not one written after a person's name inside a place's ("Төле би ауданы").
        self._title_words = title_words - set(lexicon.words("titles_after_name"))
        self._after_possessive = re.compile(rf"(?<=[ыі])(?:{any_of(lexicon.words('case_endings_after_possessive'))})$")
        self._dative_after_possessive = re.compile(rf"(?<=[ыі])(?:{any_of(lexicon.words('dative_endings_after_possessive'))})$")
        self._ours = re.compile(rf"(?:{any_of(lexicon.words('first_person_possessive_endings'))})"
                                rf"(?:{any_of(lexicon.words('genitive_endings') + lexicon.words('oblique_case_endings_of_words'))})?")
        self._chain = chain

    def _stems_of(self, word: str) -> list[tuple[str, str]]:
        """(stem, kind) of the stems that open with the word's first letter: the only ones it can open with."""
        return self._stems_by_initial.get(word[:1], [])

    def kind_of(self, word: str) -> str | None:
        lowered = word.lower().strip("«»\"")
        return next((kind for stem, kind in self._stems_of(lowered) if lowered.startswith(stem)), None)

    def _bare_in_a_case(self, word: str) -> bool:
        """Whether a kind's noun is in a case without its possessive ("мектепті", "колледжге"; not "мектебі", "мектебін",
        nor "министрлігінде", whose stem's last consonant the possessive voices: министрлік, министрлігі)."""
        lowered = word.lower()
        stem = max((stem for stem, _ in self._stems_of(lowered) if lowered.startswith(stem)), key=len, default=None)
        rest = lowered[len(stem):] if stem is not None else ""
        return bool(rest) and not rest.startswith(("ы", "і", "сы", "сі", "гі", "ғы")) and not self.adjective(word)

    def place_by_its_adjective(self, text: str, name_end: int) -> tuple[int, str, str] | None:
        """(end, kind, noun) of the place a place's name is, by its adjective right after it ("Байзақ | аудандық мәслихаты":
        Байзақ ауданы), unless the adjective is part of another place's name ("Көксу ауылдық округі"). Read for the
        places the registry holds no bodies of: a region's or a city's name is found otherwise."""
        words = _NEXT_TWO_WORDS.match(text, name_end)
        if words is None:
            return None
        adjective, following = words.group("adjective"), words.group("following") or ""
        kind = self.kind_of(adjective)
        if kind not in self.place_kinds or not self.adjective(adjective) or self.kind_of(following) in self.place_kinds:
            return None
        noun = next((noun for stem, noun in self._place_in_the_possessive.items() if adjective.lower().startswith(stem)), None)
        return (words.end("adjective"), kind, noun) if noun is not None else None

    def bare_phrase(self, words: list[str]) -> tuple[str, list[str]] | None:
        """The kind and words of the noun phrase that ends ``words`` (those before a title) when it is
        made of kind nouns only ("Мектеп", "Ауылдық округ", "Аудан әкімдігінің") and nothing before it
        names which: the phrase opens the text, or follows punctuation, a pointing word or a word that
        ends a genitive chain. "Абай мектебінің директоры" names its school. A noun of a kind in a case a
        chain never holds ends the phrase: "Балпық би ауылында ауыл әкімі" refers back to the village named."""
        size = 0
        while size < len(words) and (self.kind_of(words[-1 - size]) or words[-1 - size].lower().startswith(self._akimat)) \
                and not (size and self._chain.stops(words[-1 - size])):
            size += 1
        phrase = words[len(words) - size:]
        kinds = [self.kind_of(word) for word in phrase if self.kind_of(word) and not self.adjective(word)]
        if not kinds or any(not word.isalpha() and "-" not in word for word in phrase):
            return None
        previous = words[-1 - size] if size < len(words) else None
        compound = previous is not None and self._chain.modifies_a_compound(previous, phrase[0])
        # A capitalized word before the noun names it ("Түркістан қаласы"), unless it opens the sentence. A quoted
        # name is followed by its noun in the possessive («Болашақ» институты): one without it names no quote's
        # institution («... сыйлығы» институттың қызметкеріне, to the institute's researcher).
        # A lower-case verb form or a word in a case no name holds before it qualifies the person, not the noun ("Дәрістерді
        # ұйымдастырған кафедра меңгерушісі": the chair's head who organized them). So does a noun in the dative after its
        # possessive, the verb's object, before a district's or a village's noun ("Сессия жұмысына аудан әкімі қатысты": the
        # akim of the district referred to took part in its work); a region's noun there is the page's region's already.
        # So does a noun in the plural, no place's name ("мектеп ұстаздары аудан әкімі ...": the teachers, the akim of the
        # district referred to).
        if previous is not None and (compound or not (previous[-1:] in ",.;:!?" or previous.lower() in self._determiners
                                                      or self._chain.stops(previous) or self._chain.oblique_capitalized(previous)
                                                      or previous.islower() and self._chain.breaks(previous, phrase[0])
                                                      or previous.islower() and kinds[-1] in _PLACES_BELOW_A_REGION
                                                      and self._dative_after_possessive.search(previous)
                                                      or previous.islower() and kinds[-1] in _PLACES_BELOW_A_REGION
                                                      and self._plural_noun.fullmatch(previous.lower())
                                                      or previous[-1:] in "»”\"" and not self.in_the_possessive(phrase[0]))):
            return None
        return kinds[-1], phrase

    def in_the_possessive(self, word: str) -> bool:
        """A noun with the possessive ending, in any case ("институты", "мектебінің"), not in its bare form ("институттың")."""
        lowered = word.lower().strip("«»\"")
        return lowered.endswith(("ы", "і")) or self._after_possessive.search(lowered) is not None

    def adjective(self, word: str) -> bool:
        """A kind's noun made an adjective ("облыстық"), which names no kind itself."""
        lowered = word.lower()
        return any(lowered.startswith(stem) and lowered[len(stem):].startswith(self._adjective_suffixes)
                   for stem, _ in self._stems_of(lowered))

    def names_one_of(self, words: list[str], kind: str, closed_on_the_noun: bool = False) -> bool:
        """Whether a phrase is a name of ``kind``: its last noun of a kind is one, and a proper name, a
        number or a quote that is no pointing word stands before it. ``closed_on_the_noun``: a quote may close
        on the noun, where no lower-case word follows it (a header's "«Тараз политехникалық жоғары колледжі» КМҚК",
        not a project's «Табиғат мектебі» жобасы)."""
        kinds = [(index, self.kind_of(word)) for index, word in enumerate(words) if self.kind_of(word)]
        if not kinds or kinds[-1][1] != kind:
            return False
        before = words[:kinds[-1][0]]
        counted = before[:-1] if _a_count(before) else before
        noun = words[kinds[-1][0]].lower()
        if self.in_the_plural(noun):
            return False
        # A quotation opened before the noun and not closed is what someone says ("«Бұл мектепте ..."), no quoted name.
        closing = [words[kinds[-1][0]]] if closed_on_the_noun else []
        if any(_numbered_or_quoted(word) and not _opens_an_unclosed_quote(counted[index:] + closing)
               for index, word in enumerate(counted)):
            return True
        # A name puts its noun in the possessive ("Абай мектебі", "Қарасу ауданында"); a capitalized word
        # before a bare noun, or one in a case ("Ғ. Бекмағамбетова университеттің"), is a sentence's
        # first word or its subject ("Алғаш мектеп табалдырығын аттаған ...").
        # A place's adjective names the place's one ("Облыстық мәслихаттың": the region's the page names).
        # A name "named after" someone keeps its noun bare ("Сәбит Мұқанов атындағы жалпы білім беретін мектеп").
        named_after = any(word.lower() in self._named_after for word in before)
        return (noun not in self._kind_of_stem or named_after) and (not self.bare_in_a_case(noun) or named_after or bool(before) and (
            self.adjective(before[-1]) or self._adjective_in_a_name(before[-1]))) and any(
            word[:1].isupper() and word.lower() not in self._determiners and (not self.kind_of(word) or self.adjective(word))
            and not self._chain.ends_a_name(word) for word in before)

    def in_the_plural(self, noun: str) -> bool:
        """A kind's noun in the plural, which names none of its kind ("Ауылдық округтердің әкімдері": the rural
        districts' akims; "мектептердің директорлары")."""
        stem = self.stem_of(noun)
        return stem is not None and noun.lower().strip("«»\",.;:!?")[len(stem):].startswith(self._plural_endings)

    def names_none(self, written: str) -> bool:
        """Whether an organization's span is nouns of a kind only, maybe after a sentence's first word in an
        oblique case, its verb's object or adverbial ("Колледждің", "Балабақша", "Апталықты мектеп"): no name."""
        words = [word.strip(",.;:!?()") for word in written.split()]
        if len(words) > 1 and self._chain.oblique_capitalized(words[0]):
            words = words[1:]
        return bool(words) and all(word.isalpha() and self.kind_of(word) and not self.adjective(word) for word in words)

    def bare_in_a_case(self, noun: str) -> bool:
        """A kind's noun with a case ending right after its stem, no possessive: "университеттің"."""
        return any(noun.startswith(stem) and noun[len(stem):] in self._case_endings for stem, _ in self._stems_of(noun))

    def stem_of(self, noun: str) -> str | None:
        """The stem of a kind's noun ("гимназия" of "гимназияның")."""
        lowered = noun.lower().strip("«»\",.;:!?")
        return next((stem for stem, _ in self._stems_of(lowered) if lowered.startswith(stem)), None)

    def ours(self, noun: str) -> bool:
        """A kind's noun with a first-person possessive, in any case ("мектебімізге", to our school): the page's
        own institution, named by no words around it."""
        lowered = noun.lower().strip("«»\",.;:!?")
        return any(lowered.startswith(stem) and self._ours.fullmatch(lowered, len(stem)) for stem, _ in self._stems_of(lowered))

    def _adjective_in_a_name(self, word: str) -> bool:
        """A lower-case adjective inside a name ("Ақтөбе жоғары политехникалық колледжі"): a relational
        adjective (-лық) or one of the lexicon's."""
        lowered = word.lower()
        return word.islower() and (lowered in self._name_adjectives or lowered.endswith(self._adjective_suffixes))

    def _encloses(self, word: str, following: str, kind: str) -> bool:
        """A place's noun of another kind before a place's name is the place around it, no part of
        the name: "Алматы облысы Қарасай ауданы" is the district of Қарасай, in the Almaty region."""
        other = self.kind_of(word)
        return (kind in self.place_kinds and other in self.place_kinds and other != kind
                and following[:1].isupper() and not self.kind_of(following))

    def named(self, text: str, start: int, end: int, kind: str) -> list[tuple[int, str]]:
        """(end, name) of each name of ``kind`` between ``start`` and ``end``: a noun of the kind and the
        words right before it, back to punctuation, that are proper names, numbers, quotes or nouns of a kind."""
        tokens = list(re.finditer(r"\S+", text[start:end]))
        # A name is written on one line: a line before it ends with a view count or a menu ("Просмотров: 97").
        opens_a_line = {index for index, token in enumerate(tokens)
                        if not index or "\n" in text[start + tokens[index - 1].end():start + token.start()]}
        found = []
        for index, token in enumerate(tokens):
            word = token.group().rstrip(",.;:!?)")
            if self.kind_of(word) != kind or self.adjective(word):
                continue
            first = index
            while first not in opens_a_line and tokens[first - 1].group()[-1:] not in ",.;:!?)" \
                    and not self._chain.ends_a_name(tokens[first - 1].group()) \
                    and not _a_count([token.group() for token in tokens[max(0, first - 2):first]]) \
                    and (_names(tokens[first - 1].group()) or self.kind_of(tokens[first - 1].group())
                         or self._adjective_in_a_name(tokens[first - 1].group())) \
                    and not self._encloses(tokens[first - 1].group(), tokens[first].group(), kind) \
                    and not self._founder_before(tokens[first - 1].group(), tokens[first].group(), kind) \
                    and not (kind in self.place_kinds and self._plural_noun.fullmatch(tokens[first - 1].group().lower())) \
                    and tokens[first - 1].group().lower() not in self._title_words:
                first -= 1
            # Lower-case words of a name before its noun, and the names before them: "Абай атындағы №7 жалпы
            # білім беретін мектепте".
            while first not in opens_a_line and self._lower_case_word_in_a_name(tokens[first - 1].group(), tokens[first].group()):
                first -= 1
                while first not in opens_a_line and self._names_word_before(tokens[first - 1].group(), tokens[first].group()):
                    first -= 1
            words = [t.group() for t in tokens[first:index]] + [word]
            following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
            # A proper name names an institution in a compound whose noun takes the possessive ("Абай мектебін"); before the
            # bare noun in a case it is the clause's subject, a person's name ("Name мектепті басқарады", heads the school).
            if kind not in self.place_kinds and len(words) > 1 and self._bare_in_a_case(word) \
                    and all(_CAPITALIZED_KAZAKH_WORD.fullmatch(name) and self.kind_of(name) is None for name in words[:-1]):
                continue
            # A quoted name set after its noun in the possessive ("ауылының жаңа балабақшасы «Балбөбек»", the village's
            # new kindergarten «...»): the institution is the quoted name's, written with its noun after it.
            apposition = _QUOTED_NAME_AFTER.match(text, start + token.end()) \
                if kind not in self.place_kinds and word == token.group() and self.in_the_possessive(word) else None
            if apposition is not None:
                found.append((apposition.end(), f"{apposition.group('name')} {word}"))
                continue
            if self.names_one_of(words, kind, closed_on_the_noun=not following[:1].islower()):
                found.append((start + token.start() + len(word), _without_enclosing_quotes(" ".join(words))))
            elif kind not in self.place_kinds and (chain := self._named_by_its_chain(
                    tokens[max(line for line in opens_a_line if line <= index):index], word)):
                found.append((start + token.start() + len(word), " ".join(chain)))
        return found

    def _founder_before(self, word: str, following: str, kind: str) -> bool:
        """A unit's or a ministry's noun in the genitive before a quoted name or a place's is its founder's, no part of
        the name, as a site's header writes them: "білім басқармасының «Тараз политехникалық жоғары колледжі»", "облысы
        білім басқармасының Қарасай ауданы бойынша білім бөлімі", "Оқу-ағарту министрлігінің «... колледжі»" (a place's
        noun is: "Тараз қаласының «Айсәуле» балабақшасы")."""
        return (following[:1] == "«" or kind in self.place_kinds) and self._chain.genitive.search(word) is not None \
            and (self.kind_of(word) in self.unit_kinds or self.kind_of(word) == "ministry")

    def _names_word_before(self, word: str, following: str) -> bool:
        """Whether a word is a name's before ``following`` inside an institution's name: initials, or a
        capitalized word, a number or a quote that ends no clause, unless initials follow it (a person's
        name opens with its initials: "Жиын Ж. Аймауытов атындағы")."""
        if _INITIALS_TOKEN.fullmatch(following):
            return False
        return bool(_INITIALS_TOKEN.fullmatch(word.lstrip("«"))) or (
            word[-1:] not in ",.;:!?)" and _names(word) and not self._chain.ends_a_name(word))

    def _lower_case_word_in_a_name(self, word: str, following: str) -> bool:
        """A lower-case word inside an institution's name: "атындағы", a participle of a name ("беретін"),
        the noun before one ("білім беретін"), an adjective of a name ("жалпы", "облыстық"), a dative
        postposition and the dative before it ("балаларға арналған")."""
        lowered, next_word = word.lower(), following.lower()
        return word.islower() and (lowered in self._words_inside_names or next_word in self._words_after_a_names_word
                                   or self._adjective_in_a_name(word))

    def _named_by_its_chain(self, tokens: list[re.Match], noun: str) -> list[str]:
        """An institution or a unit named by lower-case words after its institution's genitive ("Оқу-ағарту
        министрлігінің мектепке дейінгі тәрбие департаментінде") or its place's name ("Ақтөбе облыстық ішкі
        саясат басқармасы", "Жамбыл облыстық тарихи-өлкетану музейі"): the chain in its sentence that ends with
        the noun, in the possessive without the case ending after it, when it holds a genitive before the
        noun's words or opens with a name."""
        words = [token.group() for token in tokens]
        words = words[max((index for index, word in enumerate(words) if word[-1:] in ".!?"), default=-1) + 1:]
        chain = self._chain.before(words + [self._after_possessive.sub("", noun)])
        if len(chain) <= 2 or _a_count(chain[:-1]) or not (chain[0][:1].isupper() or any(self._chain.genitive.search(word) for word in chain[:-2])):
            return []
        # A field of two joined by "және" opens the institution's name ("Ғылым және жоғары білім министрлігінің").
        opening = len(words) + 1 - len(chain)
        if opening >= 2 and words[opening - 1].lower() in self._and_words and words[opening - 2].istitle():
            return words[opening - 2:opening] + chain
        return chain


def _holds_in_order(longer: str, shorter: str) -> bool:
    """Whether a Russian name has another's words in order, in any case, opening with the same word and more words
    ("Михайловская общеобразовательная школа" holds "Михайловская школа")."""
    long_words, short_words = [_lemma(word) for word in longer.split()], [_lemma(word) for word in shorter.split()]
    remaining = iter(long_words)
    return len(long_words) > len(short_words) and long_words[0] == short_words[0] and all(word in remaining for word in short_words)


def _names(word: str) -> bool:
    """A proper name, a number or a quote: what may make a noun of a kind a name. A date is none: a dateline's day
    run into the headline after it ("2025-08-23 Қызылорда облысында ...") is no part of the place's name."""
    return (word[:1].isupper() or _numbered_or_quoted(word)) and not _NUMERIC_DATE.fullmatch(word)


def _a_count(words: list[str]) -> bool:
    """Whether the last of ``words`` is a bare number that counts the noun after it ("ауданның 14
    балабақшасы", the district's 14 kindergartens; "320 орындық", of 320 places), not one that numbers an
    institution (after "№")."""
    return bool(words) and words[-1].isdigit() and not (len(words) > 1 and words[-2].rstrip(".") in ("№", "No", "N"))


def _opens_an_unclosed_quote(words: list[str]) -> bool:
    """Whether the first of ``words`` opens a quotation (and holds no number) that none of them closes."""
    return words[0][:1] in "«\"“" and not any(c.isdigit() or c == "№" for c in words[0]) \
        and not any(word[1 if index == 0 else 0:].rstrip(",.;:!?").endswith(("»", "\"", "”")) for index, word in enumerate(words))


# A quoted name right after an institution's noun in the possessive, before a punctuation mark, the line's end or a
# reflexive pronoun ("өздерінің", their own), no noun it would name ("мектебі «...» жобасына", the school's project):
# the noun's name in apposition.
_QUOTED_NAME_AFTER = re.compile(r"[^\S\n]+(?P<name>«[^«»\n]{2,40}»)(?=[^\S\n]*(?:[,.;:!?)–—]|$|өз))", re.MULTILINE)


def _without_enclosing_quotes(name: str) -> str:
    """A name a header writes in its own quotes, without them: "«№12 «Аққу» балабақшасы»" is "№12 «Аққу» балабақшасы"."""
    depth = 0
    for index, character in enumerate(name):
        depth += (character == "«") - (character == "»")
        if depth == 0 and index < len(name) - 1:
            return name  # the first quote closes inside: "«Аққу» балабақшасы"
    return name[1:-1] if name[:1] == "«" and name[-1:] == "»" else name


def _numbered_or_quoted(word: str) -> bool:
    return any(c.isdigit() or c in "№«\"" for c in word)


class KazakhGenitiveChain:
    """A Kazakh institution ahead of a title is a genitive chain ("Тараз қаласының №33 «Айсәуле»
    балабақшасының меңгерушісі") or a compound whose head, an institution or place word, is in the
    possessive ("Көксарай ауыл округі әкімі", "Ақмола облысы білім басқармасы басшысы"), read
    leftwards from the title. It ends at punctuation, a conjunction or adverb, or a word in a case
    other than the genitive (a head word with just its possessive ending, "ауданы", is none); verb
    forms, participles and agent nouns break it too ("... мерекелерімен құттықтаған облыс әкімі" is
    the akim of a region, not of a greeting). The words and endings are the Kazakh lexicon's."""

    def __init__(self, lexicon: Lexicon, institution_words: frozenset[str], place_words: frozenset[str],
                 is_registered: Callable[[str], bool]):
        self.genitive = ends_with_any(lexicon.words("genitive_endings"), flags=0)
        self._capitalized_oblique = re.compile(
            rf"[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі-]{{2,}}(?:{any_of(lexicon.words('oblique_case_endings_of_words') + lexicon.words('accusative_endings'))})")
        self._is_registered = is_registered
        self._countries = frozenset(lexicon.words("country_names"))
        self._attached_to = frozenset(lexicon.words("attached_to_postpositions"))
        self._possessive_endings = lexicon.words("possessive_endings")
        self._possessive = ends_with_any(self._possessive_endings)
        self._ours = re.compile(rf"(?:{any_of(lexicon.words('first_person_possessive_endings'))})"
                                rf"(?:{any_of(lexicon.words('genitive_endings'))})?$", re.IGNORECASE)
        self._heads = tuple(institution_words | place_words)
        self._place_words = place_words
        self._stop = re.compile(rf"[,;:()]|^[–—-]$|^(?i:{any_of(lexicon.words('chain_stop_words'))})$|"
                                rf"^(?:{any_of(lexicon.words('chain_stop_words_in_lower_case'))})$|"
                                rf"^[а-яәғқңөұүһі-]{{3,}}(?:{any_of(lexicon.words('chain_stop_endings'))})$")
        self._break = ends_with_any(lexicon.words("chain_break_endings"), flags=0)
        # A lower-case noun in the dative after its possessive ("салтанатына", to the ceremony): a verb's object, no
        # institution's word, though a bare place noun after it may still refer back (KazakhReferringNouns.bare_phrase).
        self._dative_after_possessive = re.compile(
            rf"[а-яәғқңөұүһі]{{4,}}[ыі](?:{any_of(lexicon.words('dative_endings_after_possessive'))})")
        self._dative_postpositions = frozenset(lexicon.words("dative_postpositions"))
        self._nouns_ending_like_a_case = frozenset(lexicon.words("nouns_ending_like_a_case"))
        self._verbal_noun = re.compile(rf"[а-яәғқңөұүһі]{{3,}}(?:{any_of(lexicon.words('verbal_noun_endings'))})")
        self._locative = ends_with_any(lexicon.words("locative_endings"), flags=0)
        self._compound_verbal_noun = re.compile(rf"[а-яәғқңөұүһі]{{2,}}(?:{any_of(lexicon.words('verbal_noun_endings'))})")
        self._subject_nouns = frozenset(lexicon.words("subject_nouns"))
        self._bare_unit_nouns = frozenset(lexicon.words("bare_unit_nouns"))
        self._field_postpositions = frozenset(lexicon.words("field_postpositions"))
        ordinal = rf"\d+-?(?:{any_of(lexicon.words('ordinal_endings'))})"
        self._title_modifier = re.compile(rf"(?:{any_of(lexicon.words('title_modifiers'))}|{ordinal})$", re.IGNORECASE)
        self._grade = re.compile(rf"(?:(?:{ordinal}|\d+)-)?(?:{any_of(lexicon.words('grade_nouns'))})\w*", re.IGNORECASE)
        self._stop_words = frozenset(lexicon.words("chain_stop_words"))
        self._subject_title_nouns = frozenset(lexicon.words("subject_title_nouns"))
        self._participles_in_names = frozenset(lexicon.words("participles_in_names"))
        self._short_participles = frozenset(lexicon.words("short_participles"))
        self._and_words = frozenset(lexicon.words("and_words"))
        self._inside_before_number = frozenset(lexicon.words("place_adjectives_before_number") + lexicon.words("named_after_after_name"))
        # A place "at" which ("Алматыдағы", "Қарағанды облысындағы"): where a post is held or an institution is.
        self._at_a_place = re.compile("|".join(kazakh_place_at(lexicon)))

    def without_subject(self, words: list[str]) -> list[str]:
        """The words before a title less a school subject at their end ("... мектептің математика пәні"),
        or the title's field, back to the genitive before it ("... университетінің ғылыми жұмыс жөніндегі"),
        and less the words that qualify the title after a genitive ("... альянсының жоғары"), or a school's
        grade ("... мектебінің 9-сынып", "... мектептің 11 сынып"), or a unit's bare noun after the genitive
        ("... университетінің кафедра"), or the place at which the title is held
        ("Ұлттық банктің Алматыдағы өкілі", "Қазақстанның Ресейдегі елшісі"). Qualifiers alone ("Алдыңғы хатшы",
        a sentence's first words) name none."""
        if all(self._title_modifier.match(word) for word in words):
            return []
        if self._at_a_place.fullmatch(words[-1]):
            words = words[:-1]
        if words and self._grade.fullmatch(words[-1]):
            words = words[:-2] if len(words) >= 2 and (words[-2].isdigit() or self._title_modifier.match(words[-2])) else words[:-1]
        if self.ends_with_a_bare_unit(words):
            words = words[:-1]
        modifiers = next((size for size in range(len(words) - 1, 0, -1)
                          if all(self._title_modifier.match(word) for word in words[-size:])), 0)
        if modifiers and self.genitive.search(words[-1 - modifiers]):
            words = words[:-modifiers]
        elif modifiers and self._at_a_place.fullmatch(words[-1 - modifiers]):  # "Қазақстанның Түркиядағы бұрынғы елшісі"
            words = words[:-1 - modifiers]
        if words and words[-1].lower() in self._field_postpositions:
            # A field is a few words ("оқу-әдістемелік жұмыс"), right after the institution's genitive.
            return next((words[:-1 - size] for size in range(1, MAX_FIELD_WORDS + 1)
                         if len(words) > size + 1 and self.genitive.search(words[-2 - size])), [])
        return words[:len(words) - self.subject_size(words)]

    def without_bracketed_aside(self, words: list[str]) -> list[str]:
        """The words before a title less an aside in brackets between the institution's genitive and the title, with the
        title's qualifiers after it ("колледжінің (қазіргі ... университетінің ректоры) бұрынғы директоры": the college's
        former director, the brackets saying what the holder is now)."""
        close = next((index for index in range(len(words) - 1, -1, -1) if words[index].endswith(")")), None)
        if close is None or not all(self._title_modifier.match(word) for word in words[close + 1:]):
            return words
        opening = next((index for index in range(close, max(-1, close - _MAX_BRACKETED_ASIDE_WORDS), -1)
                        if words[index].startswith("(")), None)
        if opening is None or opening == 0 or not self.genitive.search(words[opening - 1]) or opening == close:
            return words
        return words[:opening] + words[close + 1:]

    def ends_with_a_bare_unit(self, words: list[str]) -> bool:
        """Whether the words before a title end with a unit's bare noun after a genitive ("университетінің кафедра")."""
        return len(words) >= 2 and words[-1].lower() in self._bare_unit_nouns and self.genitive.search(words[-2]) is not None

    def subject_size(self, words: list[str]) -> int:
        """How many of the last ``words`` name a school subject: its noun and the lower-case words of its name
        before it ("дене шынықтыру пәнінің", "қазақ тілі мен әдебиеті пәнінің"), none where no subject's noun
        ends them; the institution's genitive before them is none of them ("гимназияның қазақ тілі мен әдебиеті")."""
        if not words or words[-1].lower() not in self._subject_nouns:
            return 0
        size = 1
        while size < len(words) and size <= MAX_SUBJECT_WORDS and _SUBJECT_WORD.fullmatch(words[-1 - size]) \
                and not self.genitive.search(words[-1 - size]):
            size += 1
        return size

    def _compound_verbs_object(self, chunk: list[str]) -> bool:
        """Whether the chunk opens with a compound verb's verbal noun, a bare lower-case word and a short verbal
        noun ("қамтамасыз ету", "қолдау көрсету"), whose object the word before it is ("сапаны қамтамасыз ету
        комитеті", "жастарға қолдау көрсету орталығы")."""
        return len(chunk) > 1 and chunk[0].isalpha() and chunk[0].islower() and not self.genitive.search(chunk[0]) \
            and not self._possessive.search(chunk[0]) and self._compound_verbal_noun.fullmatch(chunk[1]) is not None

    def names_a_subject(self, name: str) -> bool:
        """Whether a name ends with a school subject's noun ("Физика пәні", "Ағылшын тілі"): no institution."""
        words = name.split()
        return bool(words) and words[-1].lower() in self._subject_nouns

    def before(self, words: list[str]) -> list[str]:
        """The chain that ends with the last of ``words`` (those before a title), empty if none does.
        A possessive head opens it whatever its ending looks like (комитеті, not an accusative), and
        needs a word that is no head word itself: "Партия филиалы", "облыс әкімдігі" name no one
        institution, "білім бөлімі", "Көксарай ауыл округі" do. "Our" institution ("мектебіміздің
        директоры") is the page's own: no chain."""
        words = self.without_bracketed_aside(words)
        words = self.without_subject(words)
        # An abbreviation in brackets right after the institution's genitive is its short name, no break of the chain
        # ("... желісінің (SUN) бас хатшысы").
        if len(words) >= 2 and _BRACKETED_ABBREVIATION.fullmatch(words[-1]) and self.genitive.search(words[-2]):
            words = words[:-1]
        # The words of an office the institution is attached to count for none ("Қазақстан Республикасының Президенті
        # жанындағы ...").
        attached = any(word.lower() in self._attached_to for word in words[-MAX_CHUNK_WORDS:])
        words = words[-MAX_CHUNK_WORDS - (_MAX_ATTACHED_OFFICE_WORDS if attached else 0):]
        if not words:
            return []
        last = words[-1]
        if self._ours.search(last):
            return []
        possessive = not self.genitive.search(last)
        if possessive and not (self._possessive.search(last) and last.lower().startswith(self._heads)):
            return []
        chunk, rest = ([last], words[:-1]) if possessive else ([], words)
        quote_opens = None  # where the quoted name the chain has reached opens
        for index in range(len(rest) - 1, -1, -1):
            word = rest[index]
            if (quote_opens is None or index < quote_opens) and word[-1:] in _CLOSING_QUOTES and word[:1] not in _OPENING_QUOTES:
                quote_opens = _where_the_quote_opens(rest, index)
            if quote_opens is not None and index >= quote_opens:  # a quoted name's words are its own ("«Білім мен ғылым»")
                chunk.insert(0, word)
                continue
            # A number sign opens a numbered institution's name: before it, only the place it is in ("Тараз
            # қаласының №33 «Айсәуле» балабақшасының", "Астана қаласы №45 мектеп-лицейінің", "Қарағанды қалалық
            # № 2 емханасының") or the name it is named after ("Абай атындағы № 7 мектебінің"), no other word
            # ("... медалі № 3 облыстық ... кеңесінің"), nor the place it is at ("Астанадағы № 5 мектептің").
            if chunk and chunk[0].startswith("№") and not (self.genitive.search(word) or word.lower() in self._place_words
                                                          or word.lower() in self._inside_before_number):
                break
            # The word before a place word is the place's name, whatever its ending ("Қарағанды облысы"), unless
            # it is a sentence's first word in a case ("Жиынға аудан әкімдігінің ...": to the meeting).
            # So is the word before a place word of two ("Обаған ауылдық округінің": its name, though it ends like a participle).
            place_word = " ".join(self.genitive.sub("", part.lower()) for part in chunk[:2])
            named_place = bool(chunk) and (chunk[0].lower() in self._place_words or place_word in self._place_words) \
                and word[:1].isupper() and not self.oblique_capitalized(word)
            following = chunk[0] if chunk else ""
            # A dative before a postposition is an adjective inside the name ("мектепке дейінгі білім"), and
            # so is the word that qualifies the dative ("дарынды балаларға арналған мектеп").
            # A country's name ends like a case (Қазақстан): "Оңтүстік Қазақстан университетінің".
            qualifies_a_dative = word.islower() and word not in self._stop_words and len(chunk) > 1 \
                and chunk[1].lower() in self._dative_postpositions
            # "және" between two lower-case words joins two fields of one name ("... реттеу және дамыту агенттігі",
            # "мәдениет және тілдерді дамыту бөлімі"); after a name, a genitive or a case it joins two phrases.
            # The word before "және" may be a hyphenated compound ("тарихи-мәдени және табиғи музей-қорығы").
            joins_fields = word.lower() in self._and_words and index > 0 and following.islower() \
                and rest[index - 1].replace("-", "").isalpha() and rest[index - 1].islower() \
                and not self.genitive.search(rest[index - 1]) \
                and not self.breaks(rest[index - 1], word)
            # A registered name of two fields may open with a capitalized one ("Ғылым және жоғары білім министрлігінің").
            joins_fields = joins_fields or word.lower() in self._and_words and index > 0 and any(
                self._is_registered(" ".join([rest[index - 1], word, *chunk[:size]])) for size in range(1, len(chunk) + 1))
            # A registered place's name ends like a case whatever follows it ("Алматы облыстық филиалы"); a
            # verbal noun's object is in any case ("тілдерді дамыту бөлімі") but the locative, which says where
            # ("коммуникациялар қызметінде денсаулық сақтау басқармасы": at the service, not its object).
            registered = word[:1].isupper() and self._is_registered(word)
            registered = registered or self.registered_across_its_comma(word, chunk)
            verbal_nouns_object = word.isalpha() and word.islower() and word not in self._stop_words \
                and not self._locative.search(word) \
                and (self._verbal_noun.fullmatch(following) is not None or self._compound_verbs_object(chunk))
            # A hyphen set apart between two lower-case words joins a compound adjective ("инженерлік - педагогикалық
            # институтының"), no dash that ends the name.
            joins_a_compound = word in _HYPHENS and index > 0 and rest[index - 1].isalpha() and rest[index - 1].islower() \
                and following.isalpha() and following.islower()
            # The office an institution is attached to, before "жанындағы" ("Президенті жанындағы ... комиссиясы"), is
            # its name's, with the genitive before it.
            inside_a_name = (named_place or self.possessive_head(word) or self.modifies_a_compound(word, following)
                             or following.lower() in self._dative_postpositions or qualifies_a_dative
                             or following.lower() in self._attached_to
                             or word.lower() in self._countries or joins_fields or registered or verbal_nouns_object
                             or joins_a_compound)
            if not inside_a_name and (self.oblique_capitalized(word) or self.stops(word) or self.breaks(word, following)
                                      or self._dative_after_possessive.fullmatch(word)):
                break
            if word[:1].isupper() and word.lower() in self._subject_title_nouns and following[:1].isupper():
                break  # the sentence's subject, a title's bare noun, before the institution's name ("Әкім Жастар орталығының")
            chunk.insert(0, word)
        # A level's adjective before another head ("аудандық партия филиалы") qualifies it as a name's word does: the
        # district's branch; alone ("қалалық филиалы") it names no institution whose branch it is.
        if possessive and all(word.lower().startswith(self._heads) for word in chunk[:-1]) \
                and not (_KAZAKH_LEVEL_ADJECTIVE.fullmatch(chunk[0]) and len(chunk) >= 3):
            return []
        return chunk

    def registered_across_its_comma(self, word: str, following: list[str]) -> bool:
        """Whether a capitalized word before a comma opens a registered name with the words after it, which holds the
        comma between its fields ("Философия, саясаттану және дінтану институтының")."""
        return word.endswith(",") and word[:1].isupper() and any(
            self._is_registered(" ".join([word, *following[:size]])) for size in range(1, len(following) + 1))

    def possessive_head(self, word: str) -> bool:
        """A head word with just a possessive ending (ауданы, комитеті), or a place word as listed; a
        sentence's first word in a case that a head's stem spells is none ("Әкімді", the akim: not әкімдігі)."""
        lowered = word.lower()
        return lowered in self._heads and not self.oblique_capitalized(word) or any(lowered.startswith(head) and lowered[len(head):] in self._possessive_endings
                                             for head in self._heads)

    def modifies_a_compound(self, word: str, following: str) -> bool:
        """A word in the possessive before a head word in the possessive is a compound's modifier, a
        compound itself ("қазақ әдебиеті кафедрасының", the chair of Kazakh literature), no accusative."""
        lowered, head = word.lower(), following.lower()
        return (lowered.isalpha() and self._possessive.search(lowered) is not None
                and any(head.startswith(stem) and head[len(stem):].startswith(self._possessive_endings) for stem in self._heads))

    def oblique_capitalized(self, word: str) -> bool:
        """A capitalized word in an oblique case, no genitive chain's: mostly a sentence's first word
        ("Отырыста", "Жиынға", "Конференцияны"), unless a place's or an institution's name ends like one
        (Қызылорда, Ақорда)."""
        return self._capitalized_oblique.fullmatch(word) is not None and not self._is_registered(word)

    def names_where(self, written: str) -> bool:
        """Whether a name ends in an oblique case, a country's aside ("Ақордада", "Бішкекте": where, not
        whose), or names a place at which ("Қарағандыдағы директор"): no title's institution."""
        words = written.split()
        return bool(words) and words[-1].lower() not in self._countries and (
            self.oblique_capitalized(words[-1]) or self._at_a_place.fullmatch(words[-1]) is not None)

    def stops(self, word: str) -> bool:
        # A noun that only ends like a case is none ("саясаты", policy's possessive: the accusative is "саясатты").
        return self._stop.search(word) is not None and word.lower() not in self._nouns_ending_like_a_case

    def ends_a_name(self, word: str) -> bool:
        """A stop word or ending before a name's words, unless a country's or a registered place's name
        ends like a case ("Оңтүстік Қазақстан университеті", "Қарағанды университеті")."""
        return self.stops(word.lower()) and word.lower() not in self._countries \
            and not (word[:1].isupper() and self._is_registered(word))

    def breaks(self, word: str, following: str = "") -> bool:
        if word[:1] in "«\"" or word[-1:] in "»\"":
            return False  # a quoted word is a name's ("«Атамекен» палатасы")
        lowered = word.lower()
        # A dative postposition and the dative before it are inside a name ("балаларға арналған мектеп").
        # So is the object of a verbal noun ("жұмыспен қамту басқармасы").
        if following.lower() in self._dative_postpositions or lowered in self._dative_postpositions \
                or lowered in self._participles_in_names or self._verbal_noun.fullmatch(following):
            return False
        if word in self._short_participles:  # in lower case: "Шараны ашқан аудан әкімі"
            return True
        # Short words end like a case by chance ("жеке", private): only a stem of four letters or more counts.
        return (len(lowered) >= 6 and lowered not in self._nouns_ending_like_a_case
                and bool(self._break.search(lowered)))


_OPENING_QUOTES = "«\"“„"
_CLOSING_QUOTES = "»\"”"
_MAX_QUOTED_WORDS = 6


def _where_the_quote_opens(words: list[str], closing: int) -> int | None:
    """The index of the word that opens the quote the word at ``closing`` closes, a few words before it, or None."""
    for index in range(closing - 1, max(closing - _MAX_QUOTED_WORDS, -1), -1):
        if words[index][:1] in _OPENING_QUOTES:
            return index
        if words[index][-1:] in _CLOSING_QUOTES:
            return None
    return None


def _end_before_spaces(text: str, end: int) -> int:
    """Where the text before ``end`` stops after its last character other than a space (``len(text[:end].rstrip())``,
    without copying the text's start)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _numbered_institution(lexicons: dict[str, Lexicon]) -> re.Pattern:
    """A numbered institution: "school No. 5", "школа № 5", "school-lyceum No. 8", "№12 мектеп-гимназия", "No. 33 «Айсәуле» ...",
    or a Russian school named after a person or by a quoted name
    (Kazakh institution words are stems: any endings follow them)."""
    kazakh, russian = lexicons["kk"], lexicons["ru"]
    before = [any_of(lexicons[lang].words("institutions_before_number")) for lang in ("en", "ru")]
    before.append(rf"(?:{any_of(kazakh.words('institutions_before_number'))})\w*")
    # A Russian school named after a person instead ("школы-лицея имени Магжана Жумабаева", "гимназии им. Абая"),
    # which the model often leaves out: its name's words in capitals or initials, up to three.
    named_after = (rf"(?:{any_of(russian.words('institutions_before_number'))})\s+(?:{any_of(russian.words('named_after_before_name'))})"
                   rf"\s*(?:(?:{any_of(russian.words('named_after_ranks'))})\s+)?"
                   r"(?-i:(?:[А-ЯЁ]\.\s?)*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?){0,2})")
    # ... or by a quoted name alone ("ясли-сада «Еркетай» Шахтинска", which the model reads as a place's words), its
    # compound's hyphen maybe typed as a spaced dash.
    quoted = rf"(?:{any_of(russian.words('institutions_before_number'), _spaced_dashed_form)})\s+«[^«»\n]{{1,40}}»"
    # The lookahead holds the alternatives' first letters, so a scan passes most positions at once.
    first_letters = {word[0] for lang in LANGS for word in lexicons[lang].words("institutions_before_number")} | {"n", "№"}
    return re.compile(
        rf"(?=[{re.escape(''.join(sorted(first_letters)))}])"
        rf"(?:(?:(?:{'|'.join(before)})-)?(?:{'|'.join(before)})\s*(?:No\.?|№|N)\s*\d+{_RUSSIAN_CITY_AFTER_A_NUMBER}|{named_after}|{quoted}"
        rf"|(?:No\.?|№)\s*\d+\s*«[^»]+»\s*\w+"
        rf"|(?:No\.?|№)\s*\d+\s*{_KAZAKH_SCHOOL_TYPE}(?:{any_of(kazakh.words('institutions_after_number'))})[\w-]*)", re.IGNORECASE)


# A Russian numbered school's city after its number, a part of its name ("школы № 23 города Костанай", "гимназии №5 г. Тараза").
_RUSSIAN_CITY_AFTER_A_NUMBER = r"(?:[^\S\n]+(?:города|г\.)[^\S\n]?(?-i:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?))?"


# The type of a Kazakh numbered school between its number and its noun ("№ 12 жалпы білім беретін мектебі",
# "№ 3 орта мектептің"): up to three Cyrillic words.
_KAZAKH_SCHOOL_TYPE = r"(?:[а-яёәғқңөұүһі]+\s+){0,3}"


PLACE_LABELS = {"GPE", "LOC"}
# Between the parts of a page's title: its headline, its site's name ("Семинар | ГУ «Отдел образования ...»").
_HEADER_PARTS = re.compile(r"\s+[|—–-]\s+|\s*\|\s*")
# A legal form's capitals before an institution's name in a header ("ГУ «...»", "КГУ", "ГККП").
_OPENING_LEGAL_FORM = re.compile(r"^(?:[А-ЯЁ]{2,5}\s+)+")
_MAX_HEADER_NAME_WORDS = 14
# The lines a site's header takes before a page's body (menu, the site's name, breadcrumbs, a date), and the end of
# the body's first sentence, which closes the header.
_HEADER_LINES = 6
_LINE_ENDING_A_SENTENCE = re.compile(r"[.!?]$")
# A place in a Russian title: a name before its noun ("Зерендинского района"), or after it ("города Актобе").
_RUSSIAN_PLACES_IN_A_TITLE = (re.compile(r"(?<![\w-])[А-ЯЁ][а-яё-]+\s+(?P<noun>[а-яё]+)(?![\w-])"),
                              re.compile(r"(?<![\w-])(?P<noun>[а-яё]+)\s+(?P<after>[А-ЯЁ][\w-]+)"))
_SPACE_IN_A_LINE = re.compile(r"[ \t]+")
_WORD_RIGHT_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
_JOINED_BY_AND = re.compile(r"\s+и\s+")
_RUSSIAN_WHOSE = re.compile(r"\s+(?:которой|которого|которых)(?![\w-])")
# The comma that opens a relative clause before its title, maybe with an ordinal or an adjective between ("Ассоциация,
# первым президентом которой").
_RUSSIAN_CLAUSE_OPENING_BEFORE = re.compile(r",(?:\s+[а-яё-]+)?\s+$")
# A minister's field and the country after it ("Minister of Science and Higher Education of the Republic of Korea"); a
# country's word may hold an apostrophe ("the People's Republic of China").
_FIELD_AND_COUNTRY_AFTER_OF = re.compile(r"\s+of\s+(?P<field>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4})\s+of\s+(?P<the>the\s+)?"
                                         r"(?P<country>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,2})")
# A country's name or nationality right before an ambassador's title ("UK Ambassador", "Hungary's Ambassador").
_ENGLISH_STATE_BEFORE_AN_AMBASSADOR = re.compile(r"(?<![\w-])((?:[A-Z][\w.'’-]*\s+){1,3})Ambassador(?![\w-])")
# A minister's title after "and" ("and Culture Minister", "and Deputy Minister"), its country after it.
_JOINED_MINISTERS_TITLE = re.compile(r"\s+and\s+(?:[A-Z][\w-]*\s+){0,3}Minister")
# "Prime Minister of Hungary", "Vice Minister of Education of the Republic of Korea": the country after the title or
# after its field.
_COUNTRY_AFTER_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4}\s+of\s+(?:the\s+)?)?"
                               r"([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,2})")
_DASHES = frozenset("—–-")
_DIRECT_SPEECH_LINE = re.compile(r"[ \t]*[—–-]\s")  # a line of direct speech opens with a dash
_SPEECH_ATTRIBUTION = re.compile(r"[,!?…]»?\s*[—–-]\s+")  # "..., – подчеркнул министр": the speaker's words after the dash
_UNIT_FIELD_JOINED_BY_AND = re.compile(r"\s+и\s+[а-яё-]+(?:\s+[а-яё-]+)?\s+")  # "Комитета по ... развитию и науке" Сената


_MAX_INSTITUTION_WORDS = 8
_RUSSIAN_PREDICATE_PARTS = frozenset({"VERB", "INFN", "GRND", "PRTS"})
# What a Russian verb of teaching has before the school it names: the subject taught, up to five lower-case words, and "в".
_TAUGHT_AT = re.compile(r"(?:\s+[а-яё-]+){0,5}?\s+(?:в|во)\s+")
_WITH_RIGHT_AFTER = re.compile(r"\s+(?:с|со)\s", re.IGNORECASE)  # a Russian "with" opening the words after a title
_RUSSIAN_VERB_FORMS = _RUSSIAN_PREDICATE_PARTS | {"PRTF"}  # and a full participle, which governs an object as its verb does
_LIST_ITEM_END = re.compile(r"[,;)]")
_COMMAS_ONLY = re.compile(r"[\s,]*")
# An institution's abbreviation in brackets ("(SUN)", "(ЮНЕСКО)").
_BRACKETED_ABBREVIATION = re.compile(r"\([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9&-]{1,11}\)")
# A comma and one lower-case word between a Kazakh title and the next name ("..., доценті, тарихшы Name").
_KAZAKH_OCCUPATION_GAP = re.compile(r"[^\S\n]*,[^\S\n]*(?P<word>[а-яәғқңөұүһі]{3,})[^\S\n]+")
_HYPHENS = ("-", "–")
# A dash alone between a title and its holder ("профессор – Name").
_DASH_ALONE = re.compile(r"[^\S\n]*[–—-][^\S\n]*")
# An "and" that a list's next name follows straight away ("..., Head of the Department and Name2").
_COMMA_ONLY = re.compile(r"\s*,\s*")
# A dash after a name, and the words of a Kazakh title's institution up to the title, on one line: no other punctuation.
_DASH_AND_A_GENITIVE_CHAIN = re.compile(r"[^\S\n]+[–—-][^\S\n]+(?:[^\s,.;:!?–—()]+[^\S\n]+)*")
_LIST_ITEM_OPENING = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")  # the comma or "and" before a list's next item
_ENGLISH_FIELD_BEFORE = re.compile(r"((?:[A-Z][\w-]*\s+(?:and\s+)?){1,5})$")
# Russian place nouns after which an indeclinable name follows ("города Шымкент", "района Байдибек").
_RUSSIAN_PLACE_NOUNS = ("город", "район", "сел", "посёл", "поселк", "округ", "г.", "с.", "п.", "пос.")
# The regions whose official Russian name puts their name after "область" ("управления ... области Абай"), as
# pipeline/data/regions.yaml writes them (область Абай, область Жетісу, область Ұлытау), and as the press also spells
# them (tests/test_regions_data.py keeps the two together).
_RUSSIAN_REGIONS_AFTER_THEIR_NOUN = frozenset({"абай", "жетісу", "жетысу", "ұлытау", "улытау"})
_RUSSIAN_PLACE_ABBREVIATIONS = frozenset({"г", "с", "п", "пос"})
# The noun a Russian place noun's abbreviation stands for after a title, in the genitive ("аким г. Павлодара": города).
_RUSSIAN_PLACE_NOUN_ABBREVIATED = {"г": "города", "с": "села", "п": "посёлка", "пос": "посёлка"}
_FIELD_WORD = {"ru": re.compile(r"[а-яё-]+|и"), "en": re.compile(r"[A-Za-z-]+|and|of|the")}


def _field_after(text: str, title: TitleHit, lang: str, person: Mention, stop_words: frozenset[str]) -> str | None:
    """The field a minister's title names after it ("министр просвещения", "Minister of Science
    and Higher Education"), up to the person, punctuation, the end of the line (a headline's "Vice Minister of
    Ecology" is not continued by the next teaser's "Akim of ..."), one of the English ``stop_words`` ("minister
    of education until 2022") or six words. A word with punctuation after it is the field's last ("Name,
    министр науки и высшего образования, посетил")."""
    if lang not in _FIELD_WORD:
        return None
    end = person.start if person.start > title.end else min(len(text), title.end + 80)
    words = []
    line = text[title.end:end].split("\n", 1)[0]
    if lang == "en" and (portfolio := _FOR_A_CAPITALIZED_FIELD.match(line)) is not None:
        # "Minister for Education and Science": "for" before a capitalized field is as "of"
        line = " of " + line[portfolio.end():]
    for written in line.split()[:6]:
        word = written.rstrip(",;:.)»\"")
        # "министр по чрезвычайным ситуациям": a field after "по" is in the dative. A one-letter word is a
        # preposition, whatever abbreviation in the genitive the dictionary also reads it as ("в связи с").
        after_po = lang == "ru" and bool(words) and words[0] == "по" and _dative(word)
        if not _FIELD_WORD[lang].fullmatch(word) \
                or (lang == "ru" and (word[:1].isupper() or len(word) == 1 and word != "и"
                                      or not (_genitive_or_and(word) or after_po))) \
                or (lang == "en" and (word in stop_words or len(word) == 1 and word != written)):
            # An English capital with a full stop is a name's initial ("Minister H. Name"), no field.
            break
        words.append(word)
        if word != written:
            break
    if lang == "en" and words and words[0] == "of":
        words = words[1:]
    elif lang == "en" and words and words[0].islower():
        # Lower-case words right after an English title with no "of" are the sentence's verb and its object ("the
        # Minister visited the campus"), no field.
        return None
    while words and words[-1] in ("и", "and", "of", "the"):
        words.pop()
    # A conjunction right after the title joins another title to it, no field: "the Minister and Akim of the region
    # Name" names no "Ministry of and Akim of the region".
    return " ".join(words) if words and words[0] not in ("и", "and", "or") else None


# A comma or semicolon glued to the next word ("профессор,Түркістан облысы мәслихатының депутаты": scraped text drops
# the space) ends the word before it, as it does with the space.
_GLUED_PUNCTUATION = re.compile(r"([,;])(?=[^\W\d_])")


# "ведомство" right before a Kazakh head's title: the agency, a ministry named before ("ведомство басшысы").
_KAZAKH_AGENCY_BEFORE = re.compile(r"(?<!\w)ведомство\s+$", re.IGNORECASE)


def _words(text: str) -> list[str]:
    """The words of ``text`` split at spaces and after a comma or semicolon glued to the next word."""
    return _GLUED_PUNCTUATION.sub(r"\1 ", text).split()


# Places of one kind joined by commas and "and" before the kind's plural noun ("Pavlodar and East Kazakhstan regions",
# "Шетского и Абайского районов"), and the names of as many persons listed after them, one for each in order
# ("..., Name Surname and Name Surname, reported"; in Russian after a verb maybe, "районов назначены Name и Name"):
# (a listed name, the places, the names, the conjunction) by language.
_LISTED_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
_RUSSIAN_LISTED_NAME = re.compile(r"[А-ЯЁ][\w'’-]*(?:\s+[А-ЯЁ][\w'’-]*){0,3}")
_RESPECTIVE_PLACES = {
    "en": (_LISTED_NAME, re.compile(
        rf"\s*(?:the\s+)?(?P<places>{_LISTED_NAME.pattern}(?:\s*,\s*{_LISTED_NAME.pattern})*\s+and\s+{_LISTED_NAME.pattern})\s+(?P<noun>[a-z]+s)\b"),
        # the city the places are in may follow their noun ("akims of A and B districts of Astana, Name and Name"), and
        # the comma before the names may be left out ("the new akims of A and B districts Name Surname and Name Surname")
        re.compile(rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?=\s*,))?\s*,?\s*(?P<names>{_LISTED_NAME.pattern}"
                   rf"(?:\s*,\s*{_LISTED_NAME.pattern})*,?\s+and\s+{_LISTED_NAME.pattern})(?=\s*[,.;]|\s+[a-z])"), "and"),
    "ru": (_RUSSIAN_LISTED_NAME, re.compile(r"(?P<places>[А-ЯЁ][\w-]*(?:\s*,\s*[А-ЯЁ][\w-]*)*\s+и\s+[А-ЯЁ][\w-]*)\s+(?P<noun>[а-яё]+)(?![\w-])"),
           re.compile(rf"(?:\s+[а-яё]+){{0,2}}(?:\s*[,:–—-]\s*|\s+)(?P<names>{_RUSSIAN_LISTED_NAME.pattern}"
                      rf"(?:\s*,\s*{_RUSSIAN_LISTED_NAME.pattern})*,?\s+и\s+{_RUSSIAN_LISTED_NAME.pattern})(?=\s*[,.;]|\s+[а-яё])"), "и"),
}


def _leading_plain_words(text: str) -> list[str]:
    """The words a text opens with, up to the first punctuation."""
    return re.match(r"[\w\s'’-]*", text).group().split()


def _trailing_plain_words(text: str) -> list[str]:
    """The words a text ends with, back to the last punctuation."""
    return re.search(r"[\w\s'’-]*$", text).group().split()


def _russian_modifiers_only(between: str) -> bool:
    """Whether the words between "Name —" and a title only qualify the title: adjectives, participles
    and "и" ("Name — советский и российский политик"), not a clause."""
    words = re.findall(r"[^\W\d_][\w-]*", between)
    return all(word == "и" or word[:1].islower() and any(
        parse.tag.POS in ("ADJF", "PRTF", "NUMR") for parse in russian_morphology().parse(word)[:2]) for word in words)


# A comma between items of a list of up to three words, the next one followed by another comma or "и" ("экологии, бюджета
# и финансов", "связи, информационных технологий и массовых коммуникаций").
_COMMA_IN_A_LIST_OF_WORDS = re.compile(r",(?=(?:\s+[а-яё-]+){1,3}(?:,|\s+и\s))")


def _russian_clause_between(gap: str, title: TitleHit, person: Mention) -> bool:
    """A comma and a verb between a title and a name after it: a clause of its own, whose subject the
    title is ("федеральный судья вынес постановление, согласно которому Name ..."); or a finite verb
    after a title in the nominative, its subject ("Аким области вручил награду учителю Name"), or in the
    dative, its object ("Новому директору пожелали успехов Name"), where a title in another case goes
    with a participle ("Заместителем акима назначен Name"). The commas of a list of words in the title's complement
    open no clause ("Председателем комиссии по вопросам экологии, бюджета и финансов избран Name"). A quoted name's
    words are a name's, no verb ("директор ТОО «Жасыл дала» Name": a Kazakh "дала" reads as a Russian past tense)."""
    gap = _QUOTED_NAME.sub("«»", gap)
    if "," in _COMMA_IN_A_LIST_OF_WORDS.sub("", gap) and _russian_verb_in(gap):
        return True
    first_word = title.written.split()[0] if title.written.split() else ""
    parses = russian_morphology().parse(first_word)
    words = _lower_case_words(gap)
    # "(И.о.) ректора ... был назначен Name": a title likeliest in another case goes with the passive participle
    # ("был" is its auxiliary); one in the nominative is the passive's subject ("Аким был награждён ...").
    passive = parses[0].tag.case != "nomn" and any(russian_morphology().parse(word)[0].tag.POS == "PRTS" for word in words)
    # "Новому директору пожелали успехов Name": a title in the dative before a finite verb is its object, another's
    # than a name in another case.
    subject_or_object = any(parse.tag.case == "nomn" for parse in parses) \
        or parses[0].tag.case == "datv" and "datv" not in _russian_name_cases(person)
    return subject_or_object and any(russian_morphology().parse(word)[0].tag.POS == "VERB"
                                     and not (passive and russian_morphology().parse(word)[0].normal_form == "быть") for word in words)


_COMMA = re.compile(",")


def _opens_a_clause(word: str) -> bool:
    """Whether a Russian word reads first as a verb or a conjunction."""
    return russian_morphology().parse(word)[0].tag.POS in _RUSSIAN_PREDICATE_PARTS | {"CONJ"}


_CAPITALIZED_RUSSIAN_WORD = re.compile(r"[А-ЯЁ][а-яё-]+")


def _russian_genitive(word: str) -> str:
    """A word of a state's name in the genitive (Франция -> Франции); an acronym or an unknown word as it is."""
    if word.isupper():
        return word
    parse = russian_morphology().parse(word)[0]
    inflected = parse.inflect({"gent"}) if parse.tag.POS in ("NOUN", "ADJF") else None
    return (inflected.word.capitalize() if word[:1].isupper() else inflected.word) if inflected else word


def _russian_place_adjective_in_the_genitive(word: str, noun: str) -> str | None:
    """A place's adjective before its noun in the genitive of the noun's gender ("Зерендинскому району": Зерендинского),
    one the dictionary does not know as an adjective by its "-ский" lemma ("Казалинском", which it reads as a town's
    name: Казалинского); None for no adjective."""
    parses = russian_morphology().parse(word)
    adjective = next((parse for parse in parses if parse.tag.POS == "ADJF"), None)
    if adjective is None and _RUSSIAN_SKIY_ADJECTIVE_ENDING.search(word.lower()):
        lemma = _RUSSIAN_SKIY_ADJECTIVE_ENDING.sub("ий", word.lower())
        adjective = next((parse for parse in russian_morphology().parse(lemma) if parse.tag.POS == "ADJF"), None)
    if adjective is None:
        return None
    gender = next((parse.tag.gender for parse in russian_morphology().parse(noun.lower()) if parse.tag.POS == "NOUN"), "masc")
    inflected = adjective.inflect({"gent", "sing", gender}) or adjective.inflect({"gent"})
    return (inflected.word.capitalize() if word[:1].isupper() else inflected.word) if inflected else None


# The endings of a "-ский" adjective's forms after its "ск"/"цк" ("Казалинском", "Шиелийскому").
_RUSSIAN_SKIY_ADJECTIVE_ENDING = re.compile(r"(?<=[сц]к)(?:ом|ому|им|ого|ой|ую|ая|ое|ий)$")


def _russian_participle_in(gap: str) -> bool:
    """Whether a lower-case word between a Russian title and a name reads first as a full participle ("основанной")."""
    return any(russian_morphology().parse(word)[0].tag.POS == "PRTF" for word in _lower_case_words(gap))


def _russian_noun_cases(word: str) -> set[str]:
    """The cases a Russian word reads in as a noun."""
    return {parse.tag.case for parse in russian_morphology().parse(word) if parse.tag.POS == "NOUN"}


def _russian_name_cases(mention: Mention) -> set[str]:
    """The cases any word of a Russian name reads in ("Ерлану Карину": the dative, of Ерлан)."""
    return set().union(*(_russian_noun_cases(word) for word in mention.text.split()))


_REPLACED_ONE_CHARS = 60  # how far before the name of the one replaced its preposition may stand ("вместо ушедшего в отставку ")
# The rest of a hyphenated word right after a title word ("магистрант-студенттер": "студенттер").
_HYPHENATED_WORD_AFTER = re.compile(r"-(\w+)(?![\w-])")
# Initials written onto a surname with no space ("Р.А.Алпысбаевқа"): the surname is what follows them.
_LEADING_INITIALS = re.compile(r"^(?:\w\.)+")


def _written_as_named(mention: Mention, name: PersonName) -> bool:
    """Whether a Russian name is written in its canonical form, the nominative ("Айгуль Сейтова", "Сейтова"
    for "Айгуль Сейтова"; not "Айгуль Сейтовой")."""
    return set(mention.text.lower().split()) <= set(name.display.lower().split())


def _russian_title_cases(title: TitleHit) -> set[str]:
    """The cases of a Russian title's first noun ("бывшего президента": the genitive), or of its participle where it
    holds no noun: a participle is the title's noun ("Заведующим кафедрой назначен ...": the instrumental)."""
    words = title.written.split()
    return next(filter(None, map(_russian_noun_cases, words)), set()) or {
        parse.tag.case for parse in russian_morphology().parse(words[0]) if parse.tag.POS == "PRTF"} if words else set()


def _oblique_name_before_a_nominative_title(text: str, mention: Mention, name: PersonName, title: TitleHit) -> bool:
    """Whether a Russian name written in an oblique case (its surname's nominative not as written: "Бахыта Серикова") is
    followed by a comma and a title in the nominative: an apposition agrees with its name in case, so the title is no
    apposition of this name, but the subject's of what follows ("..., заместитель председателя союза, ветеран труда Name")."""
    surname = name.surname or ""
    return bool(surname) and re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", mention.text) is None \
        and re.fullmatch(r"\s*,\s*", text[mention.end:title.start]) is not None and _nominative_title(title)


def _nominative_title(title: TitleHit | None) -> bool:
    """Whether a Russian title's first word reads as a noun in the nominative only ("адвокат", not "адвоката"): as a
    singular, where it reads as one (the dictionary also reads "аким" as the genitive plural of an "акима")."""
    nouns = [parse for parse in russian_morphology().parse(title.written.split()[0]) if parse.tag.POS == "NOUN"] if title else []
    singular = [parse for parse in nouns if parse.tag.number == "sing"] or nouns
    return bool(singular) and all(parse.tag.case == "nomn" for parse in singular)


def _adverbial(words: list[str], most: int | None = None, names: bool = False) -> bool:
    """Whether Russian words that open a sentence are an adverbial, no subject or clause of their own:
    up to ``most`` (six), none a noun or pronoun in the nominative, a verb or a conjunction, nor a name after the
    first word ("21 октября 2016 года", "В последний раз", "Сейчас,"); with ``names``, the words of an institution's
    name after a graduation may be capitalized, whatever case they read in ("После окончания КазГУ имени С. Кирова")."""
    if len(words) > (most or _MAX_ADVERBIAL_WORDS):
        return False
    for word in words:
        parse = russian_morphology().parse(word)[0]
        name_word = names and word[:1].isupper()
        if _opens_a_clause(word) and not name_word or (parse.tag.POS in ("NOUN", "NPRO") and parse.tag.case == "nomn" and not name_word) \
                or word[:1].isupper() and word != words[0] and not names:
            return False
    return True


def _end_of_subject(text: str, title_end: int, end: int) -> int:
    """Where the subject that a Russian title opens ends: before the first punctuation mark or word that
    reads as a predicate, an adverb or a conjunction ("Глава Сбербанка | встретился", "Президент | уже
    связался", "Король |, возглавляющий"); right after the title where none comes soon."""
    subject_end = title_end
    for token in _SUBJECT_TOKEN.finditer(text, title_end, min(end, title_end + _MAX_SUBJECT_TAIL_CHARS)):
        word = token.group()
        if word in _NAME_QUOTES:
            subject_end = token.end()
            continue
        if not word[0].isalnum() or russian_morphology().parse(word.lower())[0].tag.POS in _ENDS_A_SUBJECT:
            return subject_end
        subject_end = token.end()
    return title_end


def _another_post(fact: RoleFact, person: Mention, earlier: list[RoleFact]) -> bool:
    """Whether the page gave a person only posts other than a fact's (a description, "other", gives none, and is none of
    one the page gave a post): a title
    that refers back to them by another post is someone else's ("Ректор Name выступил. Декан факультета ответил"); so is
    one of the same post at another registered institution, where the page gave them that post at registered ones only
    ("Name назначен акимом Костанайской области. По словам помощника акима Актюбинской области, ... акима региона")."""
    posts = {(known.role, known.org.org_id if known.org is not None and known.org.in_registry else None) for known in earlier
             if known.role != "other"
             and (known.person_mention is person or person.link_key and known.person_mention.link_key == person.link_key)}
    # A description ("other") refers back to one whom the page gave no post but descriptions ("Певица Name ... Актриса
    # была"); to one the page gave a post it is a word for that post's holder, no post of theirs ("Аким Name выступил на
    # брифинге. Спикер отметил", "принял председателя правления Name. Топ-менеджер рассказал").
    if not posts:
        return False
    if fact.role == "other":
        return True
    seats = [org_id for role, org_id in posts if role == fact.role]
    if not seats:
        return True
    return fact.org is not None and fact.org.in_registry and all(org_id not in (None, fact.org.org_id) for org_id in seats)


def _modifier(word: str) -> bool:
    """Whether a Russian word before a title reads as its modifier: an adjective, a participle, an ordinal, an age
    ("47-летнего") or a prefix ("экс-")."""
    return word.endswith("-") or any(character.isdigit() for character in word) and not word.isdigit() \
        or russian_morphology().parse(word.lower())[0].tag.POS in ("ADJF", "PRTF")


def _may_be_an_adjective(written: str) -> bool:
    """Whether a one-word Russian title may read as an adjective ("полицейский", "военного"): alone, with no name,
    it may modify a noun or speak of anyone."""
    written = written.strip()
    return " " not in written and any(parse.tag.POS in ("ADJF", "PRTF") for parse in russian_morphology().parse(written.lower()))


def _adjective_of_the_next_noun(text: str, title_start: int, title_end: int, end: int) -> bool:
    """Whether a one-word Russian title that may read as an adjective is one of the noun after it ("Полицейский
    автомобиль")."""
    following = _WORD.match(text, title_end + 1, end) if text[title_end:title_end + 1].isspace() else None
    return following is not None and _may_be_an_adjective(text[title_start:title_end]) \
        and russian_morphology().parse(following.group().lower())[0].tag.POS == "NOUN"


_COMMA_BEFORE_A_LOWER_CASE_WORD = re.compile(r"[^,\n]*,\s*[а-яё]")


def _russian_plural(title: TitleHit) -> bool:
    """Whether a Russian title's last word reads first as a plural ("полицейские", "военнослужащих", "солдат")."""
    words = title.written.split()
    return bool(words) and russian_morphology().parse(words[-1].lower())[0].tag.number == "plur"


def _clause_end(text: str, position: int, end: int) -> int:
    """Where the first comma after a position ends its clause, else ``end``."""
    comma = text.find(",", position, end)
    return comma if comma >= 0 else end


def _russian_verb_after(text: str, position: int, end: int) -> bool:
    """Whether the next Russian word after a position, over its institution's words, reads first as a verb."""
    for word in _WORD.finditer(text, position, min(end, position + _MAX_SUBJECT_TAIL_CHARS)):
        part = russian_morphology().parse(word.group().lower())[0].tag.POS
        if part in ("VERB", "PRTS"):
            return True
        if part not in ("NOUN", "ADJF", "PRTF", "PREP", "CONJ") and not word.group()[:1].isupper():
            return False
    return False


def _dated_adverbial(gap: str) -> bool:
    """Whether the words between a Russian name and a title are an adverbial of time with a number only ("с 1991
    года", "в 2010—2015 годах")."""
    words = _WORD.findall(gap)
    return bool(words) and not re.search(r"[^\w\s—–-]", gap) and any(character.isdigit() for character in gap) \
        and all(_adverbial_word(word.lower()) for word in words)


def _adverbial_word(word: str) -> bool:
    """A word of an adverbial of time or manner: an adverb, a particle, a preposition, a number, or a noun
    in an oblique case ("фактически", "в 2001-2002 годах", "четыре года", "в молодости")."""
    parses = russian_morphology().parse(word)
    return any(character.isdigit() for character in word) or parses[0].tag.POS in ("ADVB", "PRCL", "PREP", "NUMR") \
        or (parses[0].tag.POS == "NOUN" and any(parse.tag.case != "nomn" for parse in parses if parse.tag.POS == "NOUN"))


_MAX_ADVERBIAL_WORDS = 6
_MAX_GRADUATION_OPENING_WORDS = 14
_GRADUATION_OPENING_CHARS = 160
_SUBJECT_TOKEN = re.compile(r"[^\W_][\w-]*|[^\w\s]")
_NAME_QUOTES = frozenset("«»\"„“'")
_ENDS_A_SUBJECT = _RUSSIAN_PREDICATE_PARTS | {"ADVB", "CONJ", "PRCL"}
_MAX_SUBJECT_TAIL_CHARS = 60
_DESCRIPTION_OPENING_CHARS = 80
_MAX_DESCRIPTION_MODIFIERS = 3


def _nominative(word: str, parts: tuple[str, ...]) -> bool:
    """Whether a Russian word reads as one of ``parts`` of speech in the nominative ("41-летний", "новый")."""
    return any(parse.tag.POS in parts and parse.tag.case == "nomn" for parse in russian_morphology().parse(word))


def _russian_singular_only(word: str) -> bool:
    """Whether a Russian word with a plural's ending reads as a singular noun only: the instrumental of a
    noun in -ья or -ца ("судьей", "певицей"), not "судей" or "учителей"; a title that is a participle
    used as a noun, by its participle's forms ("заведующей", not "заведующих")."""
    parses = russian_morphology().parse(word)
    nouns = [parse for parse in parses if parse.tag.POS == "NOUN"] or [parse for parse in parses if parse.tag.POS in ("PRTF", "ADJF")]
    return bool(nouns) and all(parse.tag.number == "sing" for parse in nouns)


def _russian_verb_in(gap: str) -> bool:
    return any(russian_morphology().parse(word)[0].tag.POS in _RUSSIAN_PREDICATE_PARTS for word in _lower_case_words(gap))


def _russian_verb_or_participle_in(gap: str) -> bool:
    return any(russian_morphology().parse(word)[0].tag.POS in _RUSSIAN_VERB_FORMS for word in _lower_case_words(gap))


def _russian_object_case_only(word: str) -> bool:
    """Whether a Russian word reads in an oblique case only, none of them the instrumental ("акиму", not "аким", "акимом")."""
    return not any(parse.tag.case in ("nomn", "ablt") for parse in russian_morphology().parse(word.lower()))


def _lower_case_words(text: str) -> list[str]:
    """The whole Russian words in lower case: no piece of a capitalized name ("Отдел" is no "тдел")."""
    return re.findall(r"(?<!\w)[а-яё-]+(?!\w)", text)


_NAME_AFTER_AN_INSTITUTIONS_NOUN = re.compile(r"\s*(?:«[^«»]+»|№\s*\d+)")


def _russian_noun_with_its_name(text: str, start: int, noun: re.Match) -> str | None:
    """An institution's noun before a verb of heading with its name, in quotes or a number, right after it and its
    adjectives before it ("детским садом «Балапан»", "школой-лицеем № 8"): the institution as written; None for a
    bare noun."""
    name = _NAME_AFTER_AN_INSTITUTIONS_NOUN.match(text, noun.end())
    if name is None:
        return None
    first = noun.start()
    for word in reversed(list(_WORD_IN_GROUP.finditer(text, start, noun.start()))):
        if text[word.end():first].strip() or russian_morphology().parse(word.group(1))[0].tag.POS != "ADJF":
            break
        first = word.start()
    return text[first:name.end()]


def _after_po_in_the_dative(words: list[str]) -> bool:
    """Whether the words end with "по" and the adjectives in the dative after it: an agency's field goes on to its noun
    ("Комитета по конституционному законодательству", "департамента по чрезвычайным ситуациям")."""
    index = len(words)
    while index and words[index - 1] != "по" and any(
            parse.tag.POS == "ADJF" and parse.tag.case == "datv" for parse in russian_morphology().parse(words[index - 1])):
        index -= 1
    return index > 0 and words[index - 1] == "по"


def _russian_institution_after(text: str, title: TitleHit, person: Mention, heads: frozenset[str]) -> str | None:
    """The institution a Russian title names in the genitive after it, written in common nouns that
    no NER span covers ("руководитель управления образования Карагандинской области Name",
    "председатель областного маслихата Name", "Name, начальник отдела образования района"): the
    genitive words up to the person, punctuation or eight words, where one of the first three is an
    institution's head word (``institution_words`` of roles.yaml); the first may be in the instrumental
    a unit's head governs ("заведующий кафедрой истории КазНУ")."""
    end = person.start if person.start > title.end else min(len(text), title.end + 100)
    if person.start > title.end and (mission := _RUSSIAN_MISSION_BEFORE_A_NAME.fullmatch(text[title.end:end].strip())):
        return mission.group()
    # A line's end ends the name: a caption's title ("ДИРЕКТОР КОЛЛЕДЖА") before the quote on the next line names no «...».
    if "\n" in text[title.end:end]:
        end = text.index("\n", title.end)
    # A title that ends with its institution's noun ("депутат маслихата") names it with the words after it.
    title_words = title.written.split()
    words = title_words[-1:] if len(title_words) > 1 and title_words[-1].lower().startswith(tuple(heads)) else []
    tokens = text[title.end:end].split()
    # The title's own field in the dative after "по" before the institution ("заместитель директора по учебной части
    # областной школы"): no word of the institution's name.
    tokens = tokens[_russian_field_of_the_title(tokens) if not words else 0:]
    limit = _MAX_INSTITUTION_WORDS  # and the fields a comma lists on ("Комитета по вопросам образования, науки и спорта")
    if title.written.isupper():
        # A caption's title in capitals ("ЗАМЕСТИТЕЛЬ ДИРЕКТОРА КОЛЛЕДЖА") writes the words of the dictionary after it in
        # capitals too: common nouns, no acronyms (КазНУ, which the dictionary does not know, stays as written).
        morphology = russian_morphology()
        tokens = [token.lower() if token.isupper() and morphology.word_is_known(token.strip(",;:.)»\"").lower()) else token
                  for token in tokens]
    quoted = False  # inside a quoted name after the head ("футбольного клуба «Ак Жол»")
    namesake = False  # inside the name after "имени" ("школы имени Абылай хана Толебийского района")
    governing = True  # before the head word of the object the title governs
    for index, written in enumerate(tokens):
        if index >= limit:
            break
        word = written.rstrip(",;:.)»\"")
        quoted = quoted or bool(words) and word.startswith(("«", '"'))
        namesake = bool(words) and (words[-1].lower() == "имени" or namesake) and bool(word) \
            and (word[:1].isupper() or word.lower() in _RUSSIAN_NAMESAKES_TITLES) and written.rstrip(".") == word
        if namesake:
            # The namesake's initials and names, and a title after them ("Абылай хана", "Райымбек батыра").
            words.append(written)
            continue
        place_name = bool(words) and word[:1].isupper() and (words[-1].lower().startswith(_RUSSIAN_PLACE_NOUNS)
                                                             or words[-1].lower() == "области" and word.lower() in _RUSSIAN_REGIONS_AFTER_THEIR_NOUN)
        parses = russian_morphology().parse(word)
        # "заведующий кафедрой истории КазНУ": a head of a unit governs the instrumental, a verb of heading the
        # accusative too, with the adjectives before the head word ("возглавлял городской совет ветеранов", "заведующая
        # районным отделом образования").
        head_word = word.lower().startswith(tuple(heads))
        governed = governing and (head_word or parses[0].tag.POS == "ADJF") \
            and any(parse.tag.case == "ablt" or title.verb and parse.tag.case == "accs" for parse in parses)
        governing = governed and not head_word
        acronym = sum(1 for letter in word if letter.isupper()) >= 2  # КазНУ does not decline
        if quoted:
            word = written.rstrip(",;:.)")
            if word.endswith(("»", '"')):
                words.append(word)
                break
        elif word == "и" and _a_persons_name_opens(tokens[index + 1:index + 3]):
            # "и" before a person's name ends the name: the next item of a list ("учитель школы № 4 и Name — ...").
            break
        elif parses[0].tag.POS == "PREP":
            # A preposition ends the name ("управления образования в связи с ..."), except the field of an
            # agency in the dative after "по" right after its head ("Комитета по обеспечению качества",
            # not "отдела образования района по собственному желанию"), but for a deputy's constituency.
            following = tokens[index + 1].rstrip(",;:.)»\"") if index + 1 < len(tokens) else ""
            if following.lower() in _RUSSIAN_CONSTITUENCY_WORDS \
                    or not (word == "по" and words and words[-1].lower().startswith(tuple(heads)) and following
                    and any(parse.tag.case == "datv" for parse in russian_morphology().parse(following))
                    or word == "по" and words and _russian_place_in_the_dative([token.rstrip(",;:.)»\"") for token in tokens[index + 1:index + 3]])
                    or _russian_field_of_an_agency(word, following, words)):
                break
        elif not (place_name or governed or acronym or word.startswith("№") or word.isdigit() or _genitive_or_and(word)
                  or (_after_po_in_the_dative(words) and any(parse.tag.case == "datv" for parse in parses))
                  or (words[-2:-1] == ["по"] and _russian_place_in_the_dative([word]))
                  or (words and words[-1] == "в" and word in _RUSSIAN_FIELD_NOUNS)
                  # "управления делами Президента": the office of affairs, whose instrumental the name goes on through
                  or (word.lower() == "делами" and words and words[-1].lower() == "управления")):
            break
        # A place noun's abbreviation ("г. Алматы", "с. Аксу") goes on to the place's name.
        abbreviation = written.endswith(".") and word.lower() in _RUSSIAN_PLACE_ABBREVIATIONS
        # A comma inside the name, between the fields it lists ("управления культуры, архивов и документации").
        listing = written.endswith(",") and _russian_fields_listed_after(tokens[index + 1:], heads)
        limit += listing
        words.append(written if abbreviation or listing else word)
        if word != written and not abbreviation and not listing:
            break
    while words and words[-1] == "и":
        words.pop()
    head = next((index for index, word in enumerate(words[:3]) if word.lower().startswith(tuple(heads))), None)
    # A head word in the plural ("директора школ Name, Name") names several institutions, not one.
    if head is None or not any("sing" in parse.tag for parse in russian_morphology().parse(words[head])):
        return None
    # The title's own complement before the institution ("учитель математики школы № 45") is no part
    # of it; the adjectives of its head are ("председатель областного маслихата"), participles among them
    # ("специализированной школы-лицея").
    first = head
    while first and any(parse.tag.POS in ("ADJF", "PRTF") for parse in russian_morphology().parse(words[first - 1])[:1]) \
            and not (russian_morphology().parse(words[first - 1])[0].normal_form in _RUSSIAN_ADJECTIVES_OF_NOVELTY and len(words) - first >= 2):
        first -= 1
    # A head word alone ("ректор университета") refers to an institution named elsewhere, unless it is a name
    # ("депутат Госдумы").
    return " ".join(words[first:]) if len(words) - first >= 2 or words[first][:1].isupper() else None


def _russian_field_of_the_title(tokens: list[str]) -> int:
    """How many of the words after a Russian title are its field in the dative after "по", its adjectives and one noun
    ("по учебной работе", "по воспитательной части"), where words follow it; 0 where none is."""
    if not tokens or tokens[0] != "по":
        return 0
    index = 1
    while index < min(len(tokens), _MAX_ADJECTIVES_BEFORE_A_HEAD + 1) and (tokens[index].isalpha() or "-" in tokens[index]) \
            and russian_morphology().parse(tokens[index])[0].tag.POS == "ADJF":
        index += 1
    if index == 1 or index + 1 >= len(tokens) or not tokens[index].isalpha() or not any(
            parse.tag.POS == "NOUN" and parse.tag.case == "datv" for parse in russian_morphology().parse(tokens[index])):
        return 0
    return index + 1


_RUSSIAN_FIELD_NOUNS = frozenset({"сфере", "области"})
# A diplomatic mission named by its state's name and its host's after "в", all the words up to its staff's name
# ("советник посольства Республики Казахстан в Российской Федерации Name").
_RUSSIAN_MISSION_BEFORE_A_NAME = re.compile(
    r"(?:генерального\s+)?(?:посольств|консульств|генконсульств)[а-я]*(?:\s+[А-ЯЁ][а-яё-]*)+(?:\s+в\s+[А-ЯЁ][а-яё-]*(?:\s+[А-ЯЁ][а-яё-]*)*)?")
# Adjectives that say an institution is new or was before ("возглавил новое министерство водных ресурсов"): no word of a
# name that goes on after its head; before a head alone ("новое министерство"), they are all the sentence names it by.
_RUSSIAN_ADJECTIVES_OF_NOVELTY = frozenset({"новый", "новосозданный", "созданный", "бывший", "прежний", "нынешний"})
# A deputy's constituency after "по" is no field of the body's name ("депутат маслихата по избирательному округу № 5").
_RUSSIAN_CONSTITUENCY_WORDS = frozenset({"избирательному", "округу"})


def _a_persons_name_opens(tokens: list[str]) -> bool:
    """Whether Russian words open with a person's name: a capitalized given name or surname the dictionary knows
    ("Дина", "Омарова"), or two capitalized words, neither an acronym nor a place's or an institution's noun
    ("Ерлан Сапаров", not "Карагандинской области")."""
    words = [token.strip(",;:.()«»\"") for token in tokens]
    if not words or not words[0][:1].isupper() or sum(1 for letter in words[0] if letter.isupper()) > 1:
        return False
    if any({"Name", "Surn"} & parse.tag.grammemes for parse in russian_morphology().parse(words[0])):
        return True
    return len(words) > 1 and words[1][:1].isupper() and sum(1 for letter in words[1] if letter.isupper()) == 1 \
        and not any(parse.tag.POS == "ADJF" for parse in russian_morphology().parse(words[0])) \
        and not words[1].lower().startswith(_RUSSIAN_PLACE_NOUNS + ("област",))


def _russian_place_noun_written_out(words: str, place_words: frozenset[str]) -> str | None:
    """The place's noun that the words between a title and a place's name are ("города", "района"), or that their
    abbreviation stands for ("г." -> "города", "с." -> "села"); None where they are none."""
    words = words.strip().lower()
    if words in place_words:
        return words
    return _RUSSIAN_PLACE_NOUN_ABBREVIATED.get(words[:-1]) if words.endswith(".") else None


def _russian_place_in_the_dative(words: list[str]) -> bool:
    """Whether words open with a place's noun in the dative, maybe after its adjective ("городу Кокшетау", "Бурабайскому
    району"): after "по" they name the place a district's or a city's body serves ("отдел образования по Бурабайскому
    району"), not a field nor a reason ("по собственному желанию")."""
    def place_noun(word: str) -> bool:
        return word.lower().startswith(_RUSSIAN_PLACE_NOUNS) \
            and any(parse.tag.case == "datv" for parse in russian_morphology().parse(word))
    return bool(words) and (place_noun(words[0]) or len(words) > 1 and place_noun(words[1])
                            and any(parse.tag.POS == "ADJF" and parse.tag.case == "datv"
                                    for parse in russian_morphology().parse(words[0])))
# Titles that follow a namesake's name inside an institution's ("школа имени Абылай хана", "имени Толе би").
_RUSSIAN_NAMESAKES_TITLES = frozenset({"хана", "батыра", "би", "ата", "акына"})


def _russian_field_of_an_agency(preposition: str, following: str, words: list[str]) -> bool:
    """Whether "в сфере"/"в области" continues an agency's name after its field ("Комитет по обеспечению
    качества в сфере образования"); elsewhere "в области" is a place ("директор школы в области")."""
    return preposition == "в" and following in _RUSSIAN_FIELD_NOUNS and "по" in words


_RUSSIAN_WORDS_BEFORE_A_NAME = re.compile(r"((?:\s+[а-яё][а-яё-]*){0,3})\s*[«\"„“]?")


def _russian_institution_dashed_before(text: str, start: int, end: int) -> tuple[int, int, str, str] | None:
    """The institution of a list's item, as the model's spans are, that opens after a colon, a comma or "и" and closes
    with a dash at ``end``, right before the item's name: capitalized words in the genitive ("ректорами рекомендованы:
    Таразского педагогического института — Name"), which the model often reads as no organization."""
    item = _RUSSIAN_ITEM_BEFORE_A_DASH.search(text, start, end)
    # An adjective alone is no institution's name: "акимы сельских округов: Катаркольского – Name" leaves the noun out.
    if item is None or not _russian_complement_in_the_genitive(item.group("words")) \
            or russian_morphology().parse(item.group("words").split()[-1])[0].tag.POS != "NOUN":
        return None
    return item.start("words"), item.end("words"), item.group("words"), "ORG"


def _russian_genitive_words_only(gap: str) -> bool:
    """Whether a gap between a Russian title and a name is up to three lower-case words in the genitive,
    an opening quote maybe after them ("корпорации", "мадридского «", "клуба «")."""
    words = _RUSSIAN_WORDS_BEFORE_A_NAME.fullmatch(gap)
    return words is not None and all(word != "и" and _genitive_or_and(word) for word in words.group(1).split())


_RUSSIAN_FIELD_THEN_IN = re.compile(r"\s*(?P<field>(?:[а-яё-]+\s+){0,3}?)во?\s+(?:[а-яё-]+\s+){0,2}[А-ЯЁA-Z«\"][^;()«»\"]*(?:[«\"][^«»\"]*[»\"])?\s*")


def _russian_field_then_an_institution_in(words: str) -> bool:
    """Whether words after a Russian title are its field in the genitive, maybe none, then "в" and an institution whose
    name opens with a capital ("химии в Школе инженерии КБТУ", "в Назарбаев Университете")."""
    match = _RUSSIAN_FIELD_THEN_IN.fullmatch(words)
    return match is not None and all(word != "и" and _genitive_or_and(word) for word in match.group("field").split())


def _russian_complement_in_the_genitive(words: str) -> bool:
    """Whether words after a Russian title are its institution in the genitive, names' words included, up to eight
    ("отдела образования Мендыкаринского района")."""
    split = words.split()
    return 0 < len(split) <= 8 and all(word != "и" and _genitive_or_and(word) for word in split)


def _russian_title_complement(gap: str) -> bool:
    """Whether a gap after a Russian title is nothing or its institution's words only: words in the genitive, capitalized
    or quoted names, acronyms and numbers ("Регионального совета палаты предпринимателей", "ТОО «Гормолзавод»",
    "школы № 5"), no verb or other clause."""
    return all(word == "№" or word[:1].isupper() or word[:1] in "«\"" or word.lstrip("№").isdigit()
               or word != "и" and _genitive_or_and(word.lower()) for word in re.findall(r"[^\s,]+", gap))


def _russian_genitive_chain(gap: str) -> bool:
    """Whether a gap after a Russian title is up to six words in the genitive or acronyms ("иностранных дел",
    "департамента коммуникации МВД"), nothing else."""
    words = gap.split()
    return len(words) <= 6 and all(re.fullmatch(r"[А-ЯЁ]{2,}", word) or word != "и" and re.fullmatch(r"[а-яё-]+", word)
                                   and _genitive_or_and(word) for word in words)


_RUSSIAN_CAPITALIZED_BODY = re.compile(r"(?:[а-яё][а-яё-]*\s+){0,3}([А-ЯЁ][а-яё-]+(?:\s+[а-яё][а-яё-]+){0,3}(?:\s+[А-ЯЁ][а-яё-]+)?)(?=[\s,.;:()])")
_RUSSIAN_STATE_WORD_AFTER = re.compile(r"\s+([А-ЯЁ][а-яё-]+)")
_RUSSIAN_LOWER_CASE_MODIFIERS = re.compile(r"(?:[а-яё][а-яё-]*\s+){0,3}")  # "ведущем онкологическом центре " before a name
_DASH_AFTER_AN_INSTITUTION = re.compile(r"\s+[–—]\s+")
# A Russian list's dash may be a spaced hyphen, and its item open with a hyphen glued to it ("акимами: -X района - Name;").
_RUSSIAN_DASH_AFTER_AN_INSTITUTION = re.compile(r"\s+[–—-]\s+")
_RUSSIAN_ITEM_BEFORE_A_DASH = re.compile(r"(?:[:;,]|\sи)\s+(?:-\s*)?(?P<words>[А-ЯЁ][^:;,\n–—]*?)\s+[–—-]\s+$")
_QUOTED_PART_OF_A_LIST = re.compile(r"(?<=[;,])\s*“[^“”\n]*”\s*(?:[–—-]\s*)?$")
_RUSSIAN_MODIFIER_BEFORE_A_TITLE = r"(?:[а-яё]+(?:их|ых|ого|его|ой|ей)\s+)?$"
# An act the name's predicate complies with ("согласно постановлению", "в соответствии с приказом", "на основании
# распоряжения"): an adverbial of the predicate, whose author a title right after it would name.
_RUSSIAN_ACT_COMPLIED_WITH = re.compile(
    r"(?<![\w-])(?:согласно|в\s+соответствии\s+с|на\s+основании)\s+(?:указ|распоряжени|постановлени|приказ)\w*", re.IGNORECASE)


# The rest of a list of places after one of them, up to the noun of their kind ("…, Карагандинской областей").
_PLACES_LISTED_BEFORE_A_NOUN = re.compile(r"(?:\s*(?:,|\s\bи\b)\s*[А-ЯЁ][\w-]*)*\s+(?P<noun>[а-яё]+)")


# The noun of a plural title's institutions right after it ("ректоры университетов").
_PLURAL_NOUN_AFTER_A_TITLE = re.compile(r"\s+(?P<noun>[а-яё]+)(?![\w-])")


def _without_a_russian_act_complied_with(between: str) -> str:
    """``between`` without an act the predicate after it complies with and its complement in the genitive or abbreviated
    ("согласно постановлению правительства РК"), up to the first word of neither; unchanged where the complement
    holds anything else (a title after the act names its author: no name's predicate follows)."""
    match = _RUSSIAN_ACT_COMPLIED_WITH.search(between)
    if match is None:
        return between
    end = match.end()
    for word in re.finditer(r"\S+", between[end:]):
        token = word.group()
        if not (token.isupper() and len(token) > 1 or any(
                parse.tag.case == "gent" and parse.tag.POS in ("NOUN", "ADJF") for parse in russian_morphology().parse(token.lower())[:1])):
            break
        end = match.end() + word.end()
    return between[:match.start()] + between[end:].lstrip() if between[end:].strip() else between


def _gaps_between(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[str]:
    """The pieces of ``text[start:end]`` around ``spans`` (in order, within it)."""
    pieces, cursor = [], start
    for span_start, span_end in spans:
        pieces.append(text[cursor:span_start])
        cursor = span_end
    return pieces + [text[cursor:end]]


def _russian_unit_after(units: tuple[str, ...], adjective: bool = False) -> re.Pattern:
    """One of ``units``, a unit's noun, after a title or a verb, and its words in lower case ("кафедрой истории КазНУ"),
    with ``adjective`` one adjective of its own before it ("следственный департамент МВД", "юридическим отделом"):
    the unit's noun and its words are the group ``unit``."""
    before = r"(?:[а-яё-]+(?:ый|ий|ой|ую|юю|ое|ее|ым|им|ей)\s+)?" if adjective else ""
    return re.compile(rf"\s+{before}(?P<unit>(?:{any_of(units)})(?:\s+[а-яё][а-яё-]*){{0,4}})\s+")


def _english_state_after(states) -> re.Pattern:
    """"of" and one of ``states`` after it (its group 1)."""
    return re.compile(rf"\s+of\s+(?:the\s+)?({any_of(states)})(?![\w-])", re.IGNORECASE)


def _genitive_plural_words_from(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the Russian words from ``start`` on that read in the genitive plural only ("молодых ученых" of
    "молодых ученых получили"), if there are any."""
    last = None
    for word in _WORD.finditer(text, start, end):
        if not _russian_genitive_plural_only(word.group()):
            break
        last = word.end()
    return (start, last) if last is not None else None


def _russian_genitive_plural_only(word: str) -> bool:
    """Whether a Russian word reads in the genitive plural and in no singular ("ученых", "математиков"; not "учителя")."""
    parses = russian_morphology().parse(word.lower())
    return any(parse.tag.case == "gent" and parse.tag.number == "plur" for parse in parses) \
        and not any(parse.tag.number == "sing" for parse in parses)


def _russian_plural_only(word: str) -> bool:
    """Whether a Russian word reads as a plural noun only ("школ", "колледжей"; not "школы", also a singular's genitive)."""
    nouns = [parse for parse in russian_morphology().parse(word.lower()) if parse.tag.POS == "NOUN"]
    return bool(nouns) and all(parse.tag.number == "plur" for parse in nouns)


def _in_an_oblique_plural_case(word: str) -> bool:
    """Whether a Russian plural noun is in the dative, the instrumental or the prepositional case, and nothing else."""
    plural = [parse for parse in russian_morphology().parse(word.lower()) if "plur" in parse.tag]
    return bool(plural) and all(parse.tag.case in ("datv", "ablt", "loct") for parse in plural)


def _adjective(word: str) -> bool:
    """Whether a Russian word reads first as an adjective ("мадридского", "национальном")."""
    return russian_morphology().parse(word)[0].tag.POS == "ADJF"


def _describing_adjective(word: str) -> bool:
    """Whether a Russian word reads first as an adjective of quality, degree or order ("старейшую", "новая", "лучший",
    "первая"), not of relation ("костанайский", "сельская", "национальный")."""
    tag = russian_morphology().parse(word.lower())[0].tag
    return tag.POS == "ADJF" and bool({"Qual", "Supr", "Anum"} & tag.grammemes)


# The words between two titles in the genitive that a post's noun governs: "и", or a comma, maybe a date and a dash.
_NEXT_GENITIVE_ITEM = re.compile(r"(?:,|\sи(?!\w))(?P<dated>[^,;]*?)(?:\s[–—-])?\s*$")
_POST_NOUN_CHARS = 30


def _genitive_only(word: str) -> bool:
    """Whether a Russian noun reads only as a case form that may be the genitive (акима, министра); a
    reading of the word as its own nominative is left out (the given name Акима)."""
    lower = word.lower()
    cases = {parse.tag.case for parse in russian_morphology().parse(lower) if parse.tag.POS == "NOUN" and parse.normal_form != lower}
    return "gent" in cases and "nomn" not in cases


def _genitive(word: str) -> bool:
    return any(parse.tag.case == "gent" for parse in russian_morphology().parse(word))


def _dative(word: str) -> bool:
    return any(parse.tag.case == "datv" for parse in russian_morphology().parse(word))


def _russian_fields_listed_after(tokens: list[str], heads: frozenset[str]) -> int:
    """How many of the words after a comma in a Russian institution's name go on listing its fields up to "и" and the last
    one, or 0 where they do not ("управления культуры, архивов и документации", "отдела жилищно-коммунального хозяйства, пассажирского
    транспорта и автомобильных дорог"): words in lower case and in the genitive, none a noun of a person (a holder's
    title opens another holder: "отдела образования, директора школы и ...") or an institution's head word (another
    institution)."""
    joined = False
    for count, written in enumerate(tokens, 1):
        word = written.rstrip(",")
        if word == "и":
            joined = True
            continue
        likeliest = russian_morphology().parse(word)[0]
        if not word.islower() or word.startswith(tuple(heads)) or likeliest.tag.animacy == "anim" \
                or not any(parse.tag.case == "gent" for parse in russian_morphology().parse(word)):
            return 0
        if joined:
            return count
    return 0


def _genitive_or_and(word: str) -> bool:
    """A Russian field after "министр" is in the genitive ("просвещения", "науки и высшего
    образования"); a verb or a plural ("ректорами назначены") ends it."""
    return word == "и" or any(parse.tag.case == "gent" for parse in russian_morphology().parse(word))


