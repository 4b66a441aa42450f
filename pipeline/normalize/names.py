"""Person names in one canonical form: "given [patronymic] surname", with parts and Latin key.

Kazakh names lose their case endings (Бейсембаевтың -> Бейсембаев, Дүйсеновамен -> Дүйсенова,
Жетібайды -> Жетібай), a base being accepted only when qazaq-inflector regenerates the written
form from it and the base looks like a name, so Қызылорда or Алматы are never cut. Russian names
go to the nominative with the gender of the person (Ирины Смирновой -> Ирина Смирнова); where the
name leaves it open (К. Туймебаева: a woman, or a man in the genitive), the title or preposition
before it tells (ректора К. Туймебаева -> К. Туймебаев). Titles and
degrees glued to a name by NER are dropped; surname-first order (Мамбетова Нұрзада Үсенқызы) and
initials (Т.Б. Дүйсенова, Жиенбаева С.Н.) are recognised.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.lexicon import Lexicon, words_in_all
from pipeline.normalize.latin import latin, latin_key
from pipeline.patterns import any_of, ends_with_any
from pipeline.records import LinkKey, PersonName
from pipeline.taxonomy import LANGS, RoleTaxonomy

GIVEN_NAMES = Path(__file__).resolve().parent.parent / "data" / "given_names.txt"
VOWELS = "аеёиоуыэюяәөұүі"
_SOFT_SIGNS = "ьъй"  # Буфье ends in a vowel after a soft sign: no case ending to cut
_PUNCTUATION = ",.;:!?()«»\"“”„'"
_QUOTES = "»\"“”)'"
_SENTENCE_ENDS = ".!?;:"


# Four Cyrillic lower-case letters then a capital inside a token: two words the page wrote without a
# space ("ЖомартКемелұлы"), not a name's own capital after a short prefix ("МакКейн").
_GLUED_WORDS = re.compile(r"(?<=[а-яёәғқңөұүһі]{4})(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")


@lru_cache(maxsize=1)
def _inflector():
    from qazaq_inflector import QazaqNameInflector

    return QazaqNameInflector()


class _MorphologyWithMemory:
    """pymorphy's analyzer whose parses are remembered: a page's names and titles recur on every
    page, and one parse walks the dictionary for each ё/е spelling (a tenth of a millisecond with DAWG2's compiled
    reader, pymorphy3's "fast" extra; four times that with the pure-Python one it falls back to)."""

    def __init__(self, analyzer):
        self._analyzer = analyzer
        self.parse = lru_cache(maxsize=20_000)(lambda word: tuple(analyzer.parse(word)))

    def __getattr__(self, name):
        return getattr(self._analyzer, name)


@lru_cache(maxsize=1)
def russian_morphology():
    """pymorphy's analyzer, loaded once per process for everything that inflects Russian."""
    import pymorphy3

    return _MorphologyWithMemory(pymorphy3.MorphAnalyzer())


# A surname with its particle in lower case before a hyphen (эль-Масри, al-Haj, ад-Дин).
_PARTICLE_BEFORE_A_NAME = re.compile(r"[a-zа-яё]{1,3}-[A-ZА-ЯЁ][\w'’]*")
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([а-яё]+)\b")
_APPOSITION_AFTER = re.compile(r"[ \t]*,[ \t]*([а-яё]+)\b")  # the first word of an apposition after a name
_APPOSITION_WORDS_AFTER = re.compile(r"[ \t]*,[ \t]*([а-яё]+)(?:[ \t]+([а-яё]+))?")  # and its second, after an adjective
# Capitalized too: a byline opens its line. The word before it, if any: a subject pronoun makes the name the verb's object.
_LAST_WORD_BEFORE = re.compile(r"(?<![\w-])(?:([А-ЯЁа-яё]+)[ \t]+)?([А-ЯЁа-яё][а-яё]+)[ \t]+$")
_SHORTEST_SURNAME_STEM = 3  # Кана, Бута: Кан, Бут
# The dative and instrumental endings of a man's name after a consonant: no nominative ends so.
_CASE_ENDINGS_NO_NOMINATIVE_TAKES = ("у", "ом", "ем")
_SHORT_I_STEM_CASE = re.compile(r"[ае](?:я|ю|ем|е)$", re.IGNORECASE)
_GENITIVE_OF_A = "ы"  # a man's -а surname in the genitive (Обамы); -и is Georgian (Саакашвили) and stays
_GENITIVE_OF_A_AFTER_A_VELAR = re.compile(r"(?<!с)[кгхжшчщ]и$", re.IGNORECASE)
_WOMANS_GIVEN_NAME_IN_THE_GENITIVE = re.compile(r"[бвдзлмнпрстф]ы$", re.IGNORECASE)

# Russian surnames mix back and front vowels (Сағадиев, Бекмағанбетов): writers give their endings
# either vowel harmony (Сағадиевке and Сағадиевқа, Бекмағанбетовтің and Бекмағанбетовтың), so both count.
_HARMONIES = (str.maketrans("аықғ", "еікг"), str.maketrans("еікг", "аықғ"))
# The instrumental ending keeps its front vowel after any stem: "-пан", "-ман" end names (Құспан, Құрман), no case.
_INSTRUMENTAL_ENDINGS = ("мен", "бен", "пен")


# A Russian surname's -в (Серікбаев, Асанов) takes either instrumental: the rule's "-пен" (Серікбаевпен) or the
# "-мен" that the press writes as often (Серікбаевмен), as if the -в were the sonorant у it is read as.
_INSTRUMENTAL_AFTER_V = "мен"


def _declined_forms(base: str, plural: bool = False) -> set[str]:
    forms = {forms[1 if plural else 0] for forms in _inflector().declension(base).values()}
    if not plural and base.endswith("в"):
        forms.add(base + _INSTRUMENTAL_AFTER_V)
    return forms | {base + form[len(base):].translate(harmony) for form in forms
                    if form.startswith(base) and not form.endswith(_INSTRUMENTAL_ENDINGS) for harmony in _HARMONIES}


@lru_cache(maxsize=50_000)
def kazakh_case_stems(word: str) -> tuple[str, ...]:
    """The stems of three letters or more that a Kazakh case ending makes ``word`` of, the shortest ending
    first (Италиядан: Италия)."""
    return tuple(word[:-cut] for cut in range(2, 6) if len(word) - cut >= 3 and word in _declined_forms(word[:-cut]))


def russian_patronymic(word: str) -> str:
    for parse in russian_morphology().parse(word):
        if "Patr" in parse.tag:
            normal = parse.inflect({"nomn", "sing"})
            return _restore_case(word, normal.word if normal else parse.normal_form)
    return word


_FEMININE_PATRONYMIC = re.compile(r"(?:овн|евн|ичн)(?:а|ы|е|у|ой)$", re.IGNORECASE)
_MASCULINE_PATRONYMIC = re.compile(r"(?:ович|евич|ьич)(?:а|у|ем|е)?$", re.IGNORECASE)


def _reads_as_a_name_in_the_nominative(word: str) -> bool:
    """Whether the dictionary reads a word as a given name in the nominative (Валерия: Валерий's genitive, and a woman's
    name too), not only in a case (Сергеем)."""
    return any({"Name", "nomn"} <= parse.tag.grammemes for parse in russian_morphology().parse(word))


def _gender_of_russian_patronymic(word: str) -> str | None:
    """The gender a Russian patronymic shows in any case (Сериковна, Сериковны: a woman; Сериковича: a
    man), whatever the given name reads as (Алия, also the genitive of Алий)."""
    if _FEMININE_PATRONYMIC.search(word):
        return "femn"
    return "masc" if _MASCULINE_PATRONYMIC.search(word) else None


_REGNAL_NUMBER = re.compile(r"[IVX]{2,5}")


def _capitalized(word: str) -> str:
    """A word written in capitals, each part after a hyphen capitalized: САГАДИЕВ -> Сагадиев."""
    return "-".join(part.capitalize() for part in word.split("-"))


def _restore_case(original: str, word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-")) if original[:1].isupper() else word


# Letters that look alike in Cyrillic and Latin: a word written mostly in one script with one of
# the other's look-alikes in it ("Yеrmaganbetov" with a Cyrillic е) is folded into its own script.
_CYRILLIC_LOOKALIKES = "аеорсухіјАВЕКМНОРСТХІ"
_LATIN_LOOKALIKES = "aeopcyxijABEKMHOPCTXI"
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04FF]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def one_script(word: str) -> str:
    cyrillic, latin = len(_CYRILLIC_LETTER.findall(word)), len(_LATIN_LETTER.findall(word))
    if not cyrillic or not latin:
        return word
    return word.translate(_TO_LATIN if latin > cyrillic else _TO_CYRILLIC)


def person_link_key(given: str | None, surname: str | None, key: str) -> LinkKey:
    """``P|surname|given|initial`` in Latin keys: what entity linking compares."""
    return LinkKey.person(latin_key(surname or given or ""), latin_key(given) if given and surname else "",
                          key.split(" ")[1] if " " in key else "")


def person_key(given: str | None, initials: str | None, surname: str | None) -> str:
    """Surname key plus the first letter of the given name (or first initial): Т.Б. Дүйсенова and
    Tamara Duisenova share "duisenova t"."""
    first = latin_key(given)[:1] if given else (latin_key(initials.split(".")[0])[:1] if initials else "")
    return " ".join(part for part in (latin_key(surname or given or ""), first) if part)


_OBLIQUE_WINDOW = 8  # the words before a Russian name that ``russian_oblique_before`` reads its case from
# How far before a name its callers pass the text its case is read from: more than the window's words and one take
# (a cut by characters that falls between two words would make the first a sentence's opening).
CASE_CONTEXT_CHARS = 200


def _last_words(text: str, count: int) -> str:
    """The last ``count`` words of a text's last line: a bounded key for a cache that, unlike a cut by characters,
    keeps a word one more than the window where the sentence has it, so that the window's first word is read as
    a sentence's opening only where it is one ("встреча ректора ВКГТУ ..., профессора Name": "ректора" cut
    from the middle is no plural over a list)."""
    return " ".join(text.rsplit("\n", 1)[-1].split()[-count:])


def nominative_adjective(word: str) -> bool:
    """Whether a Russian word reads as an adjective in the nominative ("опытная", "34-летний"), a subject's attribute."""
    return any(parse.tag.POS == "ADJF" and parse.tag.case == "nomn" for parse in russian_morphology().parse(word.lower()))


# The verbs whose participle is a title that governs its unit in the instrumental ("заведующего кафедрой").
_HEADING_PARTICIPLE_VERBS = frozenset({"заведовать", "руководить", "управлять"})


def _heading_participles_case(word: str) -> bool | None:
    """Whether a Russian participle of heading ("заведующего", "заведующий") is in an oblique case (True: the genitive or
    accusative) or the nominative (False); None for any other word."""
    parses = [parse for parse in russian_morphology().parse(word.lower())
              if parse.tag.POS == "PRTF" and parse.normal_form in _HEADING_PARTICIPLE_VERBS]
    cases = {parse.tag.case for parse in parses}
    if not cases:
        return None
    if cases <= {"gent", "accs"}:
        return True
    return False if cases == {"nomn"} else None


def _participle_case_in_apposition(word: re.Match | None) -> str | None:
    """The case of a participle that opens an apposition after a name ("Name, занимавшего пост акима", "Name,
    возглавлявшая школу"), which agrees with the name: "nomn", "gent" (the genitive or the accusative, one form in a
    man's name), or None where the word is no participle or its forms disagree."""
    if word is None:
        return None
    cases = {"gent" if parse.tag.case == "accs" else parse.tag.case
             for parse in russian_morphology().parse(word.group(1)) if parse.tag.POS == "PRTF" and parse.tag.number == "sing"}
    return next(iter(cases)) if len(cases) == 1 and cases <= {"nomn", "gent"} else None


# "Исполняющий обязанности" in the genitive or dative, the case of a name after the title it governs.
_OBLIQUE_ACTING_PARTICIPLES = frozenset({"исполняющего", "исполняющему", "исполняющей"})


class PersonNames:
    """Reads person names with what it knows of them: given names (``data/given_names.txt``), the
    words NER glues to names (the taxonomy's titles and degrees, honorifics) and the name endings
    of the lexicons (``data/lexicon/<lang>.yaml``). One per process, built by
    ``pipeline.resources.Resources``; it remembers the names it has read."""

    def __init__(self, given_names: list[str], non_name_words: frozenset[str], lexicons: dict[str, Lexicon],
                 acting_words: frozenset[str] = frozenset()):
        kazakh, russian = lexicons["kk"], lexicons["ru"]
        letters = "".join(kazakh.words("letters"))
        kazakh_letter = re.compile(f"[{letters}{letters.upper()}]")
        # Other peoples' given names in Latin letters count too: a name "Selin Aydoğan" reads given name first. (English ones,
        # Beverly, Louis, Stanley, open the names of places, teams and firms too: "Beverly Hills", "St. Louis Cardinals".)
        self.given_keys = frozenset(latin_key(name) for name in [*given_names, *lexicons["en"].words("foreign_given_names")])
        self.kazakh_given_keys = frozenset(latin_key(name) for name in given_names if kazakh_letter.search(name))
        # The Cyrillic names as the list spells them: "Арына" folds like "Арина", but the list knows only the second.
        self.given_names_as_spelled = frozenset(name.lower() for name in given_names)
        self.non_name_words = non_name_words | {word.lower() for word in words_in_all(lexicons, "honorifics")}
        # The words of "и.о." and "исполняющий обязанности": a title after them is in the genitive, the name is not.
        self.russian_subject_pronouns = frozenset(word for words in russian.table("subject_pronouns").values() for word in words)
        self.acting_words = frozenset(token.lower() for phrase in acting_words for token in phrase.split())
        self.patronymic = ends_with_any(words_in_all(lexicons, "patronymic_endings"))
        self.surname = ends_with_any(words_in_all(lexicons, "surname_endings"))
        self.surname_first = ends_with_any(words_in_all(lexicons, "surname_first_endings"), flags=0)
        self.surnames_without_an_ending = frozenset(russian.words("surnames_without_an_ending"))
        # An initial is a letter, or in Latin the two letters of one Cyrillic letter (S.Zh. Praliyev).
        initial = rf"(?:(?:{any_of(lexicons['common'].words('latin_digraph_initials'))}|[^\W\d_])\.)"
        self.initials = re.compile(rf"^{initial}{{1,3}}$")
        # A surname's one-letter prefix and apostrophe belong to it (O'Brien, D'Souza); an initial is no prefix.
        self.token = re.compile(rf"{initial}{{1,3}}|(?:[A-Z]['’](?=[A-Z]))?[^\W\d_][^\W\d_'’`]*(?:-[^\W\d_]+)*")
        self.name_particles = frozenset(lexicons["en"].words("name_particles"))
        self.titles_that_are_surnames = frozenset(lexicons["en"].words("titles_that_are_surnames"))
        self.capitalized_name_particles = frozenset(lexicons["en"].words("capitalized_name_particles"))
        # "ұлы"/"қызы" written apart, maybe in a case (Серік ұлы, Марат қызына): the patronymic's end.
        self.kazakh_patronymic_word = re.compile(
            rf"(?:{any_of(kazakh.words('patronymic_words'))})(?:{any_of(kazakh.words('case_endings_after_possessive'))})?")
        self.english_given_names = frozenset(lexicons["en"].words("given_names"))
        self.foreign_given_names = frozenset(lexicons["en"].words("foreign_given_names"))
        self.latin_surname = re.compile(rf"\w{{3,}}(?:{any_of(lexicons['en'].words('surname_only_endings'))})$")
        self.kazakh_name_base = ends_with_any(kazakh.words("name_base_endings"))
        self.kazakh_dative_endings = tuple(kazakh.words("dative_endings"))
        self.kazakh_accusative_after_t = tuple(kazakh.words("accusative_endings_after_t"))
        self.family_surname = ends_with_any(kazakh.words("family_surname_endings") + kazakh.words("feminine_family_surname_endings"))
        self.kazakh_surname_before_a_lists_plural = ends_with_any(kazakh.words("surname_endings_before_a_lists_plural"))
        self.kazakh_plural_endings = tuple(kazakh.words("plural_endings"))
        # A Kazakh surname or patronymic in a case (Қоңырбаевтың, Әлиеваның, Сейітқызына): by an ending only
        # surnames have, as -ын + -да is also a possessed noun's case (ауданында); a patronymic ends with a
        # possessive, so it takes the cases a possessed noun takes (-ның, -на, -нда, -нан), a surname not.
        surname_cases = [ending for ending in kazakh.words("surname_case_endings")
                         if ending not in kazakh.words("dative_endings_after_possessive")]
        surnames = [ending for ending in kazakh.words("surname_only_endings") if ending not in kazakh.words("patronymic_endings")]
        self.kazakh_surname_in_a_case = re.compile(
            rf"(?:(?:{any_of(surnames)})(?:{any_of(surname_cases)})"
            rf"|(?:{any_of(kazakh.words('patronymic_endings'))})"
            rf"(?:{any_of(kazakh.words('case_endings_after_possessive') + kazakh.words('with_words'))}))$",
            re.IGNORECASE)
        self.kazakh_patronymic_in_a_case = re.compile(
            rf"(.{{3,}}(?:{any_of(kazakh.words('patronymic_endings'))}))(?:{any_of(kazakh.words('case_endings_after_possessive'))})$")
        self.kazakh_given_name_ending = ends_with_any(kazakh.words("given_name_endings"))
        self.kazakh_word_like_a_surname = ends_with_any(kazakh.words("endings_of_words_like_surnames"))
        self.kazakh_plural = ends_with_any(kazakh.words("plural_endings"))
        self._kazakh_address_after = re.compile(
            rf"\s+(?:{any_of(kazakh.words('address_words_after_name'))})(?:{any_of(kazakh.words('address_possessives'))})?"
            rf"(?:{any_of(kazakh.words('address_case_endings'))})?(?![\w-])"
            rf"(?!\s+(?:{any_of(kazakh.words('title_words_after_address_words'))})(?![\w-]))")
        # A Kazakh word of address joined to a given name by a hyphen ("Зейнила-апай", "Бакыт-ага"): no word of the name.
        self.address_words_after_name = frozenset(kazakh.words("address_words_after_name"))
        self._kazakh_age_before = re.compile(rf"(?<![\w-])(?:{any_of(kazakh.words('age_words_before_name'))})\s+$")
        self.feminine_surname = ends_with_any(russian.words("feminine_surname_endings"))
        self.feminine_endings = russian.words("feminine_name_endings")
        self.masculine_endings = russian.words("masculine_name_endings")
        self.masculine_given_endings = russian.words("masculine_given_name_endings")
        self.undeclined_masculine_given_endings = russian.words("undeclined_masculine_given_name_endings")
        self.declined_masculine_given_stem_endings = russian.words("declined_masculine_given_name_stem_endings")
        self.undeclined_kazakh_surname_endings = russian.words("undeclined_kazakh_surname_endings")
        self.undeclined_feminine_given_ending = ends_with_any(russian.words("undeclined_feminine_given_name_endings"))
        # Endings of the Russian oblique cases of given names (Ирины, Ивану, Ерланом, Ольгой): a known given
        # name without one of them is already in the nominative, whatever pymorphy guesses (Ерлан is not
        # the genitive of "Ерлана", Гани not of "Ганя").
        self.russian_oblique = ends_with_any(russian.words("oblique_endings"))
        self.given_name_case_endings = russian.words("given_name_case_endings")
        self.masculine_given_case_endings = russian.words("masculine_given_case_endings")
        self.surname_masculine = {ending: forms[0] for ending, forms in russian.table("surname_case_masculine").items()}
        self.surname_feminine = {ending: forms[0] for ending, forms in russian.table("surname_case_feminine").items()}
        self.adjectival_surname_feminine = {ending: forms[0] for ending, forms in russian.table("adjectival_surname_case_feminine").items()}
        self.adjectival_surname_masculine = russian.table("adjectival_surname_case_masculine")
        self.surname_oblique_endings = russian.words("surname_oblique_endings")
        # A surname in an oblique case (Тулегеновой, Сейтказиеву): an ending no nominative has.
        nominatives = set(self.surname_masculine.values()) | set(self.surname_feminine.values())
        self.surname_in_a_case = ends_with_any(tuple((self.surname_masculine.keys() | self.surname_feminine.keys()) - nominatives))
        # A man's surname in the nominative (Бегентаев, Жандосов): only a man's nominative ends so.
        self.masculine_surname_nominatives = tuple(set(self.surname_masculine.values()))
        # Surname endings that show the gender in any script, as folded Latin keys (Смирнова, Smirnova,
        # Тоқтарқызы; Бегентаев, Begentayev, Тоқтарұлы).
        feminine = russian.words("feminine_surname_endings")
        self._feminine_surname_keys = tuple(latin_key(ending) for ending in feminine)
        self._masculine_surname_keys = tuple(latin_key(ending) for ending in (
            *self.masculine_surname_nominatives, *(ending for ending in kazakh.words("patronymic_endings") if ending not in feminine)))
        # A surname case ending only one gender takes (Смирновой, Ивановым) gives the gender.
        self.surname_gender = {**{ending: "femn" for ending in self.surname_feminine if ending not in self.surname_masculine},
                               **{ending: "masc" for ending in self.surname_masculine if ending not in self.surname_feminine}}
        # A woman's nominative that is also a man's genitive or accusative (Туймебаева, Ильина).
        self.surname_of_either_gender = ends_with_any(tuple(
            ending for ending, nominative in self.surname_feminine.items() if nominative == ending and ending in self.surname_masculine))
        # A man's dative that is also a woman's accusative (Муканову: Муканов or Муканова).
        self.surname_dative_or_accusative = ends_with_any(tuple(
            ending for ending in self.surname_feminine.keys() & self.surname_masculine.keys() if ending not in nominatives))
        self.named_after = frozenset(russian.words("named_after_before_name"))
        # A namesake's Kazakh title in lower case that ends a place's name ("поселка Айтеке би"): a word of the name.
        self.namesakes_titles = frozenset(kazakh.words("titles_after_name"))
        self.post_change_nouns = frozenset(russian.words("post_change_nouns_before_a_genitive"))
        # A government's noun, which a name in the genitive after it names by its head ("правительство Иванова").
        self.government_nouns = frozenset(russian.words("government_nouns"))
        self.case_verbs = {verb.lower(): case for case, verbs in russian.table("case_verbs_before_a_name").items() for verb in verbs}
        # One heads an organization, not a person: a name after a finite verb of heading is its subject (roles' head_verbs).
        self.heading_verbs = frozenset(form for forms in russian.table("head_verbs").values() for form in forms
                                       if russian_morphology().parse(form)[0].tag.POS == "VERB")
        # Per instance, bounded: a page repeats its names, a corpus does not repeat its pages.
        self._normalized = lru_cache(maxsize=100_000)(self._normalize)
        self.russian_oblique_before = lru_cache(maxsize=50_000)(self._russian_oblique_before)
        self.kazakh_base = lru_cache(maxsize=50_000)(self._kazakh_base)
        self.in_a_kazakh_case = lru_cache(maxsize=50_000)(self._in_a_kazakh_case)
        self.reads_as_a_name = lru_cache(maxsize=50_000)(self._reads_as_a_name)  # asked of each span by many repairs
        self.kazakh_case_stems = kazakh_case_stems

    @classmethod
    def from_files(cls, taxonomy: RoleTaxonomy, lexicons: dict[str, Lexicon],
                   given_names_file: Path = GIVEN_NAMES) -> "PersonNames":
        lines = given_names_file.read_text(encoding="utf-8").splitlines()
        # Titles and degrees that NER glues to names ("Rector Takir Balykbayev", "PhD Rosa ...").
        words = {word for lang in LANGS for form, _ in taxonomy.forms(lang) for word in form.split()}
        words |= taxonomy.degree_forms
        given_names = [line for line in lines if line and not line.startswith("#")] + list(lexicons["kk"].words("given_names"))
        acting = frozenset((taxonomy.status.get("acting") or {}).get("ru", ()))
        return cls(given_names, frozenset(words), lexicons, acting)

    def is_plausible(self, name: PersonName) -> bool:
        """A given name or initials, or a surname with a surname's or a patronymic's ending (Момышұлы): a lone capitalized word
        a model took for a person ("Upbringing") is not."""
        return bool(name.given or name.initials or (name.surname and (self.surname.search(name.surname)
                                                                        or self.patronymic.search(name.surname))))

    def is_plausible_in(self, name: PersonName, lang: str) -> bool:
        """``is_plausible``, and in Russian also a lone word the dictionary knows as a surname or a
        name (Эрдоган, Обама, Путин), not as a common noun or a place (Университет, Приуралья). In Kazakh
        a lone word that ends like a surname only as Kazakh words end (Жиын, Бұрын) is no surname, and one
        the Russian dictionary itself (not its guesses) knows as a surname is one (a foreign name written as
        in Russian: Трамп, Меркель, Шопен). In English a lone word that is a common English given name (Stan,
        Hayley) is a name."""
        if lang == "kk" and name.surname and not (name.given or name.initials) \
                and self.kazakh_word_like_a_surname.search(name.surname):
            return False
        if self.is_plausible(name) or lang == "en" and name.surname in self.english_given_names:
            return True
        if not name.surname or " " in name.surname:
            return False
        if lang == "kk":
            return self.known_as_a_surname(name.surname)
        # A Korean family's surname alone is one, though the dictionary reads some as other words (Пак).
        return lang == "ru" and (name.surname in self.surnames_without_an_ending
                                 or any("Surn" in parse.tag or "Name" in parse.tag for parse in russian_morphology().parse(name.surname)))

    def looks_like_latin_surname(self, word: str) -> bool:
        """A word of three letters or more with a Kazakh or Russian surname ending in Latin script (Soltanayeva)."""
        return self.latin_surname.match(word) is not None

    def reads_surname_first(self, words: list[str]) -> bool:
        """Whether two Latin words of a name read surname first ("Ivanchuk Marina"): the second a known given name
        without a surname's or a patronymic's ending, the first no given name any list knows ("Dana Sultan" does not)."""
        surname, given = words
        return self.is_given_name(given) and not self.surname.search(given) and not self.patronymic.search(given) \
            and not self.is_given_name(surname) and surname not in self.english_given_names and surname not in self.foreign_given_names

    def normalize(self, text: str, lang: str, before: str = "", after: str = "") -> PersonName | None:
        """The canonical name of a PERSON mention, or None when nothing name-like is left. ``before``
        and ``after`` are the texts around the mention in its sentence: what tells the case of a Russian
        name that does not say it itself."""
        case = self.russian_oblique_before(_last_words(before, _OBLIQUE_WINDOW + 1)) if lang == "ru" and before else None
        # A title with no dative reading right before the name, its institution maybe between ("Директора школы №7 Name"):
        # the name in apposition is in the title's case, no dative. Asked only of a word that ends as both cases may (its
        # morphology is the stage's costliest reading).
        after_an_oblique_title = lang == "ru" and bool(before) \
            and any(self.surname_dative_or_accusative.search(word.strip(_PUNCTUATION)) for word in text.split()) \
            and self._title_before_reads_no_dative(before)
        verb_before = _LAST_WORD_BEFORE.search(before) if lang == "ru" and before else None
        if verb_before is not None and (verb_before.group(1) or "").lower() in self.russian_subject_pronouns:
            verb_before = None  # "Она поблагодарила Тимура Ахметова": the name is the verb's object
        # A verb that governs the dative right before the name puts it in that case, whatever title stands before the verb
        # ("руководитель управления доложил Ерлану Досову": a man's, where a woman's accusative reads the same). One of the
        # accusative may have its subject after it ("Отчет представила Сарина Г.К."), so it tells only a form no nominative
        # has (Дину).
        verb_case = self.case_verbs.get(verb_before.group(2).lower()) if lang == "ru" and verb_before is not None else None
        case = True if verb_case == "datv" else case
        after_an_oblique_title = after_an_oblique_title and verb_case is None
        # A woman's verb after the name is its subject's, unless a thing's feminine noun stands right before the name:
        # then the verb may be the noun's, the name its genitive ("работа Гани Омарбаева была связана с наукой").
        participle_case = _participle_case_in_apposition(_APPOSITION_AFTER.match(after)) if lang == "ru" and case is None and after else None
        if lang == "ru" and case is None and (after and self._woman_acts(_NEXT_LOWER_WORD.match(after))
                                              and not self._feminine_thing_before(verb_before)
                                              or verb_before is not None and self._woman_acts(verb_before, 2)
                                              or after and self._nominative_title_in_apposition(_APPOSITION_AFTER.match(after))
                                              or participle_case == "nomn"):
            case = False
        elif lang == "ru" and case is None and (after and self._oblique_title_in_apposition(_APPOSITION_WORDS_AFTER.match(after))
                                                or participle_case == "gent"
                                                or verb_before is not None
                                                and verb_before.group(2).lower() in self.post_change_nouns | self.government_nouns):
            # "До назначения Е. Иванова школой руководил ...": the appointed one's genitive, where no woman's verb follows
            # ("До назначения А. Иванова работала ...": the name is the subject). So is a government named by its head
            # ("о правительстве Иванова": the head's genitive, no woman's name).
            case = True
        # A woman's short participle right before or after the name ("была освобождена Name", "Name назначена") is
        # passive: the name is its subject, a woman, whatever her given name reads as, where a past tense verb may
        # have her as its object ("Name поздравила министр"); after it, not where a thing's feminine noun stands before
        # the name, whose participle it may be ("школа Name построена").
        womans_participle = lang == "ru" and (after and self._woman_acts(_NEXT_LOWER_WORD.match(after), 1, ("PRTS",))
                                              and not self._feminine_thing_before(verb_before)
                                              or verb_before is not None and self._woman_acts(verb_before, 2, ("PRTS",)))
        return self._normalized(text, lang, case, bool(womans_participle), verb_case, after_an_oblique_title)

    def _title_before_reads_no_dative(self, before: str) -> bool:
        """Whether the nearest words before a Russian name are a title that no dative reading has, maybe with its
        institution after it in the genitive, a number or capitalized words ("Директора школы №7", "заместителя акима
        района"), so that the name in apposition to it is in no dative."""
        morphology = russian_morphology()
        reads = False  # the outermost title's, a title in the genitive completing the one before it ("заместителю акима")
        for index, token in enumerate(reversed(before.rsplit("\n", 1)[-1].split()[-_OBLIQUE_WINDOW:])):
            word = token.strip(_PUNCTUATION)
            if not word or index and token.rstrip(_QUOTES)[-1:] in _SENTENCE_ENDS:
                break
            parses = morphology.parse(word.lower())
            titles = [parse for parse in parses if parse.normal_form in self.non_name_words and {"NOUN", "anim"} <= parse.tag.grammemes]
            if titles:
                reads = not any(parse.tag.case == "datv" for parse in titles) \
                    and any(parse.tag.case in ("gent", "accs") and parse.tag.number == "sing" for parse in titles)
                if not any(parse.tag.case == "gent" for parse in titles):
                    break
                continue
            if not (word == "№" or word.lstrip("№").isdigit() or word[:1].isupper()
                    or any(parse.tag.case == "gent" and parse.tag.POS in ("NOUN", "ADJF") for parse in parses)):
                break
        return reads

    @staticmethod
    def _feminine_thing_before(word: re.Match | None) -> bool:
        """Whether the word right before a name reads first as an inanimate feminine noun in the nominative (работа,
        карьера, книга), which a name in the genitive may complete."""
        return word is not None and {"NOUN", "inan", "femn", "sing", "nomn"} <= \
            russian_morphology().parse(word.group(2).lower())[0].tag.grammemes

    def _nominative_title_in_apposition(self, word: re.Match | None) -> bool:
        """Whether a title's word in the nominative follows a name after a comma (Алия Жакупова, проректор ...): the
        apposition agrees with the name, in the nominative (not "Алий Жакупов" in the genitive)."""
        return word is not None and word.group(1) in self.non_name_words and any(
            parse.tag.POS == "NOUN" and parse.tag.case == "nomn" and parse.tag.number == "sing"
            for parse in russian_morphology().parse(word.group(1))[:1])

    def _oblique_title_in_apposition(self, words: re.Match | None) -> bool:
        """Whether a title in the genitive or accusative, maybe after its adjective, follows a name after a comma
        (прочили Малика Мурзалина, первого зама ...): the apposition agrees with the name, in that case too."""
        if words is None:
            return False
        morphology = russian_morphology()
        first, second = words.group(1), words.group(2)
        likeliest = morphology.parse(first)[0]
        if second and likeliest.tag.POS in ("ADJF", "PRTF") and likeliest.tag.case in ("gent", "accs"):
            first = second
        titles = [parse for parse in morphology.parse(first) if parse.normal_form in self.non_name_words and parse.tag.POS == "NOUN"]
        return bool(titles) and all(parse.tag.case in ("gent", "accs") and parse.tag.number == "sing" for parse in titles)

    @staticmethod
    def _woman_acts(word: re.Match | None, group: int = 1, parts_of_speech: tuple[str, ...] = ("VERB", "PRTS")) -> bool:
        """Whether the word right after a name, or right before it, is a verb in a woman's past tense or short
        participle (Марина Петрова вручила, Анна Иванова назначена; a byline's "Беседовала Дана Айтжанова"): the
        name is its subject, in the nominative. ``parts_of_speech=("PRTS",)``: a short participle only (назначена)."""
        return word is not None and any(parse.tag.POS in parts_of_speech and parse.tag.gender == "femn"
                                        for parse in russian_morphology().parse(word.group(group).lower()))

    def _normalize(self, text: str, lang: str, case: bool | None, womans_participle: bool = False,
                   verb_case: str | None = None, after_an_oblique_title: bool = False) -> PersonName | None:
        """``case``: what the words before a Russian name say of its case (``russian_oblique_before``);
        ``womans_participle``: a woman's short participle beside it makes it hers, in the nominative; ``verb_case``: the
        case ("datv", "accs") a verb right before it governs."""
        oblique = case is True
        # A word in capitals (Ерлан САГАДИЕВ, an interview's heading) is read as the capitalized word; a Roman regnal
        # number after a name stays as written (Aurelia III).
        tokens = [_capitalized(token) if len(token) > 2 and token.isupper() and token.replace("-", "").isalpha()
                  and not (index and _REGNAL_NUMBER.fullmatch(token)) else token
                  for index, token in enumerate(self.name_tokens(text))]
        initials = [token for token in tokens if self.initials.match(token)]
        words = [token for token in tokens if not self.initials.match(token)]
        if not words:
            return None
        if lang == "kk":
            # Read without case endings first: a given name in a case (Сергейдің) is still a given name. Kazakh puts a
            # name's case ending on its last word alone, so a word before it is as written: a given name that ends as
            # a case does (Гүлстан, Жамаладен before a surname) keeps its ending.
            words = [word if index < len(words) - 1 else self.kazakh_base(word) for index, word in enumerate(words)]
            if len(words) >= 2:
                words[-1] = self.kazakh_surname_out_of_a_lists_plural(words[-1])
        middle = self._given_with_middle_initial(tokens, words, initials) if lang == "en" else None
        if middle is not None:
            (given, patronymic, surname), initials = middle, []
        else:
            given, patronymic, surname = self._assign_parts(words, bool(initials))
        if lang == "ru":
            if surname and not given and not initials and " " not in surname and not self.surname.search(surname) \
                    and self.known_given_in_a_case(surname):
                given, surname = surname, None  # "стихи Абая": a man known by his given name alone, in a case
            gender = (_gender_of_russian_patronymic(patronymic) if patronymic else None) \
                or ("femn" if womans_participle and surname and self.feminine_surname.search(surname) else None) or self.russian_gender(
                [w for w in (given, patronymic, surname) if w], given, surname, nominative=case is False, verb_case=verb_case)
            if oblique and surname and self.surname_of_either_gender.search(surname) \
                    and not (given and self.is_given_name(given) and not self._mans_name_with_a_case_ending(given)
                             and not given.lower().endswith(self.undeclined_masculine_given_endings)):
                # ректора К. Туймебаева, акима Ермаганбета Булекпаева: a woman would be Туймебаевой; so with a
                # name that is a woman's and a man's with -а too (акима, Малика Мурзалина: Малик, not Малика), and
                # with a known man's name that does not decline (министра Гани Сейтказиева: a woman's given name as
                # written says the name is hers in the nominative, this one says nothing of the case)
                gender = "masc"
            elif case is False and surname and not given and self.surname_of_either_gender.search(surname):
                gender = "femn"  # руководитель отдела Мусина Ж.К.: a man in the nominative would be Мусин
            elif after_an_oblique_title and surname and not given and self.surname_dative_or_accusative.search(surname):
                # "Директора школы Name" (-ову, -еву, -ину): a man's genitive or accusative would end in -а, so this is a
                # woman's accusative, not a man's dative.
                gender = "femn"
            nominative_surname = self.russian_surname(surname, gender) if surname else surname
            if gender == "femn" and given and surname and nominative_surname == surname and surname.lower().endswith("ой") \
                    and given.lower().endswith(("ой", "ей")):
                # A woman's surname that declines as a noun in -а, in the instrumental as her given name is (Иоанной Мухой).
                nominative_surname = surname[:-2] + "а"
            nominative_patronymic = russian_patronymic(patronymic) if patronymic else patronymic
            declined = oblique or nominative_surname != surname or nominative_patronymic != patronymic
            # A known man's given name in a case (Виктора, Йенсом) puts the whole name in that case, unless
            # the surname is a man's nominative: then the given name is one that ends so (Абдулла Арипов).
            mans_nominative_surname = bool(surname) and surname.lower().endswith(self.masculine_surname_nominatives)
            # Not where the words around put it in the nominative ("Иоанна Муха выразила": not Иоанн Мух's genitive), unless
            # the given name has no nominative reading: "с участием и.о. акима Сергеем Хорошуном" is in the preposition's
            # case, though "и.о. акима Name" reads as a nominative.
            declined = declined or bool(given) and gender == "masc" and not mans_nominative_surname \
                and (case is not False or not _reads_as_a_name_in_the_nominative(given.split()[0])) \
                and self.known_given_in_a_case(given)
            if not declined and given and surname and " " not in given and self._same_masculine_case_ending(given, surname):
                # Two foreign words with one case ending after a consonant (Оррина Хэтча, Дэвиду Саутеру):
                # a man's name in that case.
                gender, declined = "masc", True
                given = self._masculine_consonant_stem(given)
            if declined and gender == "masc" and surname and nominative_surname == surname and not self.surname.search(surname):
                # A Kazakh or a foreign surname without a Russian ending declines as a man's given name
                # (Толегена Мухтара Адилбековича -> Толеген, Виктора Бута -> Бут, Барака Обамы -> Обама).
                nominative_surname = self._masculine_surname_stem(surname)
            # A surname in the nominative puts the given name in the nominative too, whatever pymorphy
            # reads in a name it does not know (Мейрам Бегентаев: not "Мейра"; Жанар Темирбекова).
            as_written = bool(surname) and not declined and (
                mans_nominative_surname
                or (gender == "femn" and self.feminine_surname.search(surname) is not None))
            given = self._russian_given_words(given, gender, declined, in_the_nominative=case is False) if given and not as_written else given
            patronymic = nominative_patronymic
            surname = nominative_surname
        initial_text = "".join(initials) or None
        if initial_text:
            display = f"{initial_text} {surname}"
        else:
            display = " ".join(part for part in (given, patronymic, surname) if part)
        # The key leaves the particles out: "Friedrich von Schlegel" and "Friedrich Schlegel" are one person.
        given_key, surname_key = self._without_particles(given), self._without_particles(surname)
        key = person_key(given_key, initial_text, surname_key)
        # A given name with a patronymic and no surname links by both, the patronymic in the surname's place (Kazakh
        # names carry it as one: "Дана Ерғалиқызы"): two pages' "Дана Ерғалиқызы" and "Дана Ержанқызы" are two persons.
        return PersonName(display, given, patronymic, surname, initial_text, latin(display), key,
                          str(person_link_key(given_key, surname_key or patronymic, key)))

    @staticmethod
    def surname_first_of(name: PersonName) -> PersonName:
        """A name of a given name and a surname read the other way round: "Бекмұрат Гүлнар" (given first) as Гүлнар
        Бекмұрат, for a page that writes its names surname first."""
        given, surname = name.surname, name.given
        display = f"{given} {surname}"
        key = person_key(given, None, surname)
        return PersonName(display, given, None, surname, None, latin(display), key, str(person_link_key(given, surname, key)))

    def _without_particles(self, words: str | None) -> str | None:
        return " ".join(word for word in words.split() if word not in self.name_particles) if words else words

    def _given_with_middle_initial(self, tokens: list[str], words: list[str], initials: list[str]) -> tuple[str, str, str] | None:
        """(given, patronymic initial, surname) of an English-style name with a middle initial after
        the given name: "Konstantin A. Bulygin", "Malaeva Indira E."; the given name is the word
        the given-name list knows (the first where both are known). Where it knows neither, an initial between the
        words stands after the given name ("Yerezhep A. Mambetkaziev"), unless only the first word has a surname's
        ending."""
        if len(initials) != 1 or len(words) != 2 or tokens[0] == initials[0]:
            return None
        known = [self.is_given_name(word) for word in words]
        if not any(known):
            if tokens[1] != initials[0]:
                return None
            known = [not (self.surname.search(words[0]) and not self.surname.search(words[1])), False]
        given, surname = words if known[0] else words[::-1]
        return given, initials[0], surname

    def is_given_name(self, word: str) -> bool:
        """A known given name, or one of known names joined by a hyphen (Касым-Жомарт)."""
        return latin_key(word) in self.given_keys or "-" in word.strip("-") and all(
            latin_key(part) in self.given_keys for part in word.split("-"))

    def _reads_as_a_name(self, text: str) -> bool:
        """(``reads_as_a_name``) Whether some word of the text, titles left out, is initials, a known given name or has a
        surname's or patronymic's ending, in any case: "Petr Jurcik", "Т. Сейітов", "Жанной Тулегеновой" and
        "Советхан Қоңырбаевтың" do, "Czech Trade" and "University Council" (words of a language, not of a name) do not."""
        return any(self.initials.match(word) or self.is_given_name(word) or self.surname_in_a_case.search(word)
                   or self.reads_as_a_surname(word) for word in self.name_tokens(text))

    def kazakh_plural_noun(self, word: str) -> bool:
        """Whether a Kazakh word, its case ending cut, is in the plural and no family (Мамандардың, experts'; not
        Жекеевтердің, the Zhekeyevs')."""
        return bool(self.kazakh_plural.search(self.kazakh_base(word)))

    @staticmethod
    def known_as_a_surname(word: str) -> bool:
        """Whether the Russian dictionary itself (not its guesses) knows the word as a surname and not as a place
        (Трамп, Меркель, Алиев; not Ростов)."""
        parses = russian_morphology().parse(word)
        return russian_morphology().word_is_known(word.lower()) and any("Surn" in parse.tag for parse in parses) \
            and not any("Geox" in parse.tag for parse in parses)

    def reads_as_a_surname(self, word: str) -> bool:
        """Whether a word has a surname's or a patronymic's ending, maybe in a Kazakh case (Қонаев, Қонаевтың)."""
        return bool(self.surname.search(word) or self.patronymic.search(word) or self.kazakh_surname_in_a_case.search(word))

    def _kazakh_base(self, word: str) -> str:
        """(``kazakh_base``) The nominative of a Kazakh name word: the longest base from which qazaq-inflector
        generates ``word`` and which is itself a known given name or has a name ending; a surname's
        in the plural (a family)."""
        if self.is_given_name(word) or len(word) < 5:
            return word
        if patronymic := self.kazakh_patronymic_in_a_case.fullmatch(word):
            return patronymic.group(1)  # Сейітқызына: the inflector declines no possessive
        for cut in range(3, 9):
            # A surname in the plural is the family (Жекеевтер, Жекеевтердің): its base is the surname.
            base = word[:-cut]
            if len(base) >= 3 and self.family_surname.search(base) and word in _declined_forms(base, plural=True):
                return base
        for cut in range(2, 6):
            base = word[:-cut]
            if len(base) < 3:
                break
            # A Russian patronymic takes a Kazakh case as a name base does (Александровичке: Александрович); so does a
            # Korean family's surname (Пакты: Пак).
            plausible = self.is_given_name(base) or self.kazakh_name_base.search(base) or self.patronymic.search(base) or cut >= 3 \
                or base in self.surnames_without_an_ending or word.endswith(self.kazakh_dative_endings) \
                or (cut == 2 and word.endswith(self.kazakh_accusative_after_t))
            if plausible and word in _declined_forms(base):
                return base
        return word

    def kazakh_surname_out_of_a_lists_plural(self, word: str) -> str:
        """A name's last word in the plural that closes a list ("әнші Дана Жұмахандар"): the plural is the list's, the
        surname its base, where the base ends as a surname made of a given name does (Жұмахан, Сәрсенбек) and is no
        given name that ends so itself (Мұхтар, Айдар)."""
        if self.is_given_name(word):
            return word
        for ending in self.kazakh_plural_endings:
            base = word[:-len(ending)]
            if word.endswith(ending) and len(base) >= 6 and self.kazakh_surname_before_a_lists_plural.search(base) \
                    and word in _declined_forms(base, plural=True):
                return base
        return word

    def has_a_kazakh_given_names_ending(self, word: str) -> bool:
        """Whether a word, a Kazakh case ending left out, ends as only given names do (Өміржан, Сәлімханға, Тілләгүл)."""
        return bool(self.kazakh_given_name_ending.search(self.kazakh_base(word)))

    def _in_a_kazakh_case(self, word: str) -> bool:
        """(``in_a_kazakh_case``) Whether a word is a Kazakh noun of three letters or more with a case ending (Диастың, Мұратханға)."""
        return bool(self.kazakh_case_stems(word))

    def gender_of(self, name: PersonName) -> str | None:
        """The gender a name's surname shows in any script, else its Kazakh patronymic written where the surname
        stands ("Bolatbek Kemeluly", "Aigerim Nurlankyzy"), None where they show none."""
        key = latin_key(name.surname or name.patronymic or "")
        if key.endswith(self._feminine_surname_keys):
            return "femn"
        return "masc" if key.endswith(self._masculine_surname_keys) else None

    def russian_gender(self, words: list[str], given: str | None = None, surname: str | None = None,
                       nominative: bool = False, verb_case: str | None = None) -> str | None:
        """The gender a Russian sentence gives the person. Before an -ова/-ева surname, a given name
        that reads as the genitive of a known man's name is a man in the genitive (Ерлана Сагадиева,
        Ивана Петрова, and Манаша Козыбаева: an unknown name that is a known one ending in a consonant
        with -а added); any other is a woman in the nominative (Сауле Елеусинова, Гульшара
        Абдыкаликова), whatever pymorphy guesses for a Kazakh name it does not know. ``nominative``: the
        words before the name put it in the nominative, so a known given name as written is a woman's
        (учитель физики Алия Муратова: not "Алий Муратов" in the genitive); ``verb_case``: the case a verb before the
        name governs: after one of the dative a man's dative is no woman's accusative (доложил Малику Сейтову), after one of
        the accusative a known woman's name is hers (поздравили Дину Ермекову)."""
        if given and surname and self.feminine_surname.search(surname):
            if nominative and self.is_given_name(given):
                return "femn"
            parses = russian_morphology().parse(given)
            as_a_man = sum(parse.score for parse in parses if "Name" in parse.tag and parse.tag.gender == "masc"
                           and parse.tag.case in ("gent", "accs") and latin_key(parse.normal_form) in self.given_keys)
            # A known given name the dictionary reads as a woman's more often than as a man's in a case
            # (Марина, Валентина: not "Марин", "Валентин"); a plural reading is no person's (Гани: not "Гани" of Ганя).
            as_a_woman = sum(parse.score for parse in parses if "Name" in parse.tag and parse.tag.gender == "femn"
                             and parse.tag.case == "nomn" and parse.tag.number != "plur") if self.is_given_name(given) else 0.0
            genitive_of_a_man = as_a_man > as_a_woman
            declined_like_a_man = given.endswith("а") and not self.is_given_name(given) \
                and (self.is_given_name(given[:-1]) or given[:-1].lower().endswith(self.declined_masculine_given_stem_endings)) \
                and given[-2:-1].lower() not in VOWELS \
                or given.endswith("я") and not self.is_given_name(given) and self.is_given_name(given[:-1] + "й")
            # (a known man's name in -й declines as a noun in -й: Алтая, Николая, the genitive of Алтай, Николай)
            # A Kazakh given name with a man's ending (Тлеугали, Гани) does not decline: the surname is; a known one
            # too, unless the dictionary reads it as a woman's.
            mans_given_name = given.lower().endswith(self.masculine_given_endings) and not as_a_woman
            return "masc" if genitive_of_a_man or declined_like_a_man or mans_given_name else "femn"
        if given and surname and self.surname_dative_or_accusative.search(surname):
            # After a verb of the dative, no woman's accusative (she would be "Малике Сейтовой"); after one of the accusative,
            # a woman's where her name in -а/-я is known, though a man's name's dative reads the same (Дину: Дина, not Дин).
            ending = given.lower()[-1:]
            woman = False if verb_case == "datv" and ending in ("у", "ю") \
                else True if verb_case == "accs" and ending in ("у", "ю") and self.is_given_name(given[:-1] + ("а" if ending == "у" else "я")) \
                else self._woman_in_the_accusative(given)
            if woman is None and self.is_given_name(given) and given[-1:].lower() not in VOWELS + _SOFT_SIGNS:
                woman = True  # a known name that ends in a consonant, undeclined: a man's would be (Куляш Есенову; Нурлану)
            if woman is not None:
                return "femn" if woman else "masc"
        if surname:
            lower = surname.lower()
            # (Only one the dictionary reads as a man's nominative: Баймухамбетовой, known as a woman's -ова surname in a
            # case alone, is hers whatever the given name before it reads as, Айдын a man's name too.)
            if given and lower.endswith("ой") and russian_morphology().word_is_known(lower) \
                    and any(parse.tag.gender == "masc" and parse.tag.case == "nomn" for parse in russian_morphology().parse(lower)):
                # A man's adjectival surname in the nominative ends as a woman's in a case (Сергей Яровой,
                # Ирины Яровой): the given name tells them apart. One the dictionary does not know is a
                # woman's -ова/-ева surname in a case (Райхан Абеновой), whatever it guesses for the given name; a
                # plural reading is no person's (Дариги: not the plural of a man's "Дариг").
                names = [parse for parse in russian_morphology().parse(given.split()[0])
                         if "Name" in parse.tag and parse.tag.number != "plur"]
                if names and names[0].tag.gender == "masc" and names[0].tag.case == "nomn":
                    return "masc"
            by_ending = [gender for ending, gender in self.surname_gender.items() if lower.endswith(ending)]
            if by_ending:
                return by_ending[0]
        for word in words:
            for parse in russian_morphology().parse(word):
                if "Name" in parse.tag and parse.tag.gender in ("masc", "femn"):
                    return parse.tag.gender
        for word in words:
            lower = word.lower()
            if lower.endswith(self.feminine_endings):
                return "femn"
            if lower.endswith(self.masculine_endings):
                return "masc"
        return None

    def _woman_in_the_accusative(self, given: str) -> bool | None:
        """Before a surname that is a man's dative or a woman's accusative (Муканову), whether the given
        name is a woman's accusative: its nominative in -а/-я is a known given name, and the dictionary
        reads it as a man's dative less often than not (Гульнару, Алию: a woman, Алий being rare;
        Ерлану, Сергею, Дмитрию: a man). Read both ways equally, a name whose man's form ends in a
        consonant is the man's (Нурлану: Нурлан, the common one), one in -й the woman's (Юлию: Юлия). An
        unknown name with a consonant before -у is a man's dative (Ерулану): a woman's name that ends in a
        consonant does not decline. None where the given name says neither."""
        lower = given.lower()
        if not lower.endswith(("у", "ю")) or len(given) < 3:
            return None
        stem = given[:-1]
        woman = self.is_given_name(stem + ("я" if lower.endswith("ю") else "а"))
        as_a_man = sum(parse.score for parse in russian_morphology().parse(given)
                       if "Name" in parse.tag and parse.tag.gender == "masc" and parse.tag.case == "datv")
        man = self.is_given_name(stem + ("й" if lower.endswith("ю") else "")) \
            and (as_a_man > 0.5 or as_a_man == 0.5 and lower.endswith("у") or not woman)
        if woman and not man:
            return True
        unknown_consonant_stem = not woman and lower.endswith("у") and stem[-1:].lower() not in VOWELS
        return False if man or unknown_consonant_stem else None

    def _russian_oblique_before(self, before: str) -> bool | None:
        """(``russian_oblique_before``) Whether the words before a name put it in an oblique case (True),
        in the nominative (False: the nearest title is in the nominative, or names in the nominative
        are listed before it) or leave its case open (None). Oblique: a
        preposition right before it (у А. Иванова), or the nearest title in the genitive or accusative
        (ректора К. Туймебаева, ректора КазНУ им. Аль-Фараби, К. Туймебаева, директора школы А.
        Петрова), the name standing in apposition to it; not when a man's surname in the nominative
        stands between them (a list of names). Between the title and the name may stand
        the institution's name (capitalized words, им.) and words in the genitive that complete the
        title; an animate noun in the nominative that is no title (жительница, пенсионер) puts it in the
        nominative; anything else, or the end of an earlier sentence, leaves the case open."""
        morphology = russian_morphology()
        tokens = before.rsplit("\n", 1)[-1].split()
        if self._after_a_heading_verb(tokens):
            return False
        oblique = title_seen = feminine_title = False  # the case of the nearest title, until one before it governs it
        window = tokens[-_OBLIQUE_WINDOW:]
        for index, token in enumerate(reversed(window)):
            word = token.strip(_PUNCTUATION)
            if not word:
                continue
            if index == 0 and token.endswith(":"):
                return False  # a label's name ("Автор: Дина Омарова", "Фото: ...") stands in the nominative
            named_after = token.lower() in self.named_after or word.lower() in self.named_after
            if word in self.namesakes_titles and token == word and index + 1 < len(window) \
                    and window[len(window) - index - 2][:1].isupper():
                continue  # "акима поселка Айтеке би Name": the place's name goes on before its title
            if title_seen and token.lower() in self.acting_words:
                # "исполняющего обязанности руководителя Name": the participle's case is the name's.
                if {token.lower(), *(earlier.lower() for earlier in window[len(window) - index - 2:len(window) - index - 1])} \
                        & _OBLIQUE_ACTING_PARTICIPLES:
                    continue
                return False  # "и.о. руководителя Name": the name stands with "и.о.", in the nominative
            # Right before the name, only a capitalized word of a sentence's end ("Польши. Name выразила"), no abbreviation.
            if (index or word[:1].isupper() and len(word) > 3) and token.rstrip(_QUOTES)[-1:] in _SENTENCE_ENDS \
                    and not named_after and not self.initials.match(token):
                return oblique or None
            parses = morphology.parse(word)
            # A letter's reading (Abbr) is no title, though a title's words hold it ("и": министр науки и высшего образования).
            titles = [parse for parse in parses if parse.normal_form in self.non_name_words
                      and {"NOUN", "anim", "sing"} <= parse.tag.grammemes and "Abbr" not in parse.tag]
            plural_title = any(parse.normal_form in self.non_name_words and {"NOUN", "anim", "plur", "nomn"} <= parse.tag.grammemes
                               and "Abbr" not in parse.tag for parse in parses)
            position = len(window) - 1 - index
            opens_sentence = position == 0 and len(tokens) <= len(window) \
                or position > 0 and window[position - 1].rstrip(_QUOTES)[-1:] in _SENTENCE_ENDS
            if plural_title and (not titles or opens_sentence):
                # A plural title over a list ("Воспитатели группы Name и Name", "доценты кафедры Анара Есимова и ...";
                # "Учителя" opening its sentence, not a teacher's genitive): the names are its subjects, in the nominative.
                return False
            if titles:
                # A title is a masculine noun whoever holds it; a feminine reading is another word (акима: Акима).
                titles = [parse for parse in titles if parse.tag.gender == "masc"] or titles
                oblique, title_seen = all(parse.tag.case in ("gent", "accs") for parse in titles), True
                feminine_title = all(parse.tag.gender == "femn" for parse in titles)
                if not oblique:
                    return False
                # A title in the genitive may complete one before it ("заместитель акима Name": the
                # name stands with "заместитель"), so the scan goes on.
                continue
            if index == 0 and word == token and parses[0].tag.POS == "PREP":
                return True
            heading = _heading_participles_case(window[position - 1].strip(_PUNCTUATION)) if position and word.islower() \
                and parses and all(parse.tag.case == "ablt" for parse in parses if parse.tag.POS == "NOUN") \
                and parses[0].tag.POS == "NOUN" else None
            if heading is not None:
                # "заведующего кафедрой ... Name": the participle that heads the unit in the instrumental is the title,
                # in the case of the name after it (the genitive or accusative; "заведующий кафедрой Name": the nominative).
                return heading
            capitalized = word.lower() != word
            if (feminine_title if title_seen else not capitalized) and all({"NOUN", "anim", "sing", "nomn"} <= parse.tag.grammemes
                                                           for parse in morphology.parse(word.lower()) if parse.tag.POS == "NOUN") \
                    and morphology.parse(word.lower())[0].tag.POS == "NOUN":
                # "жительница Уральска Алия Кенжегалиева": a person's noun in the nominative, as no title is. Before a
                # woman's title in the genitive it leaves the case open: the name may be the noun's ("Мама ученицы Алия
                # Досова") or the title's ("Мама ученицы Алии Досовой"); a man's name after a man's title is the title's
                # ("Жена актёра Ивана Петрова").
                return None if title_seen else False
            if capitalized and word.lower().endswith(self.masculine_surname_nominatives):
                return False  # "директора школ Иванов, Петров и Name": a list of names in the nominative
            # директора школы № 5 Name, школы №1 Name: the number with or without a space after "№"
            numbered = word == "№" or word.lstrip("№").isdigit()
            if not (capitalized or named_after or numbered or any(parse.tag.case == "gent" for parse in parses)):
                return oblique or None
        return oblique or None

    def _after_a_heading_verb(self, tokens: list[str]) -> bool:
        """Whether a name follows a finite verb of heading, maybe with adjectives in the nominative between ("Школу
        возглавляет опытная Name", "Колледжем руководит 34-летняя Name"): the verb's subject, in the nominative."""
        for token in reversed(tokens[-_OBLIQUE_WINDOW:]):
            word = token.lower()
            if word in self.heading_verbs:
                return True
            if not nominative_adjective(word):
                return False
        return False

    def russian_surname(self, word: str, gender: str | None) -> str:
        """The nominative of a Russian surname in a case (Смирновой -> Смирнова), of the person's gender."""
        lower = word.lower()
        if gender == "femn":
            adjectival = self._adjectival_feminine_surname(word)
            if adjectival:
                return adjectival
        elif gender == "masc" and lower.endswith("ой"):
            return word  # a man's adjectival surname in the nominative (Яровой), not a woman's Ярова in a case
        elif gender == "masc":
            adjectival = self._adjectival_masculine_surname(word)
            if adjectival:
                return adjectival
        for ending in {**self.surname_masculine, **self.surname_feminine}:
            if lower.endswith(ending) and len(lower) > len(ending) + 1:
                masculine, feminine = self.surname_masculine.get(ending), self.surname_feminine.get(ending)
                nominative = (feminine if gender == "femn" else masculine) or feminine or masculine
                return word[: len(word) - len(ending)] + nominative
        return word

    def _adjectival_masculine_surname(self, word: str) -> str | None:
        """The nominative of a man's surname declined as an adjective (Толстого -> Толстой, Горькому -> Горький), None
        where the dictionary knows no such surname."""
        lower = word.lower()
        for ending, nominatives in self.adjectival_surname_masculine.items():
            if lower.endswith(ending) and len(lower) > len(ending) + 2:
                for nominative in nominatives:
                    candidate = lower[: -len(ending)] + nominative
                    if any({"Surn", "masc", "nomn"} <= parse.tag.grammemes and parse.is_known
                           for parse in russian_morphology().parse(candidate)):
                        return word[: -len(ending)] + nominative
        return None

    def _adjectival_feminine_surname(self, word: str) -> str | None:
        """The nominative of a woman's surname declined as an adjective (Яровой -> Яровая), None where
        the dictionary knows no such surname (Крыловой: Крылова)."""
        lower = word.lower()
        for ending, nominative in self.adjectival_surname_feminine.items():
            if lower.endswith(ending) and len(lower) > len(ending) + 2:
                candidate = lower[: -len(ending)] + nominative
                if any({"Surn", "femn", "nomn"} <= parse.tag.grammemes and parse.is_known
                       for parse in russian_morphology().parse(candidate)):
                    return word[: -len(ending)] + nominative
        return None

    def spoken_of_as_a_person(self, text: str, start: int, end: int) -> bool:
        """Whether the Kazakh words around a span show a person whatever the name: a word of address
        after it ("Бейсен аға", "Клара апамыз") or a word of age before it ("19 жастағы Қарасай")."""
        return bool(self._kazakh_address_after.match(text, end) or self._kazakh_age_before.search(text, max(0, start - 20), start))

    def kazakh_address_end(self, text: str, end: int) -> int | None:
        """Where the Kazakh words of address right after a name ending at ``end`` end ("Бейсен аға", "Клара апамыз")."""
        address = self._kazakh_address_after.match(text, end)
        return address.end() if address else None

    def surname_keys(self, word: str) -> set[str]:
        """The Latin keys of the nominatives a Cyrillic surname alone may stand for."""
        return {latin_key(nominative) for nominative in self.surname_nominatives(word)}

    def surname_nominatives(self, word: str) -> set[str]:
        """The nominatives a Cyrillic surname alone may stand for: a man's and a woman's ("Бейсембаева":
        Бейсембаев's genitive or a woman's nominative), and the stem of a surname that declines as a
        noun (Хоровитца, Леману: Хоровитц, Леман)."""
        return {self.russian_surname(word, gender) for gender in ("masc", "femn")} | {
            word[:-len(ending)] for ending in self.surname_oblique_endings
            if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_SURNAME_STEM}

    def russian_given(self, word: str, gender: str | None, declined: bool = False) -> str:
        """The nominative of a Russian given name. ``declined``: the surname or the title before the
        name shows that it stands in an oblique case."""
        keys, kazakh_keys = self.given_keys, self.kazakh_given_keys
        head, hyphen, last = word.rpartition("-")
        if hyphen and head and last and self.is_given_name(head):
            # Of a name joined by a hyphen only the last part declines (Касым-Жомарта -> Касым-Жомарт).
            return f"{head}-{self.russian_given(last, gender, declined)}"
        if latin_key(word) in keys and not self.russian_oblique.search(word):
            return word
        if gender in (None, "femn") and self.undeclined_feminine_given_ending.search(word):
            return word  # a Kazakh woman's name in -гуль, in any case (Карлыгуль Ермековне)
        if gender == "femn" and self._woman_in_the_accusative(word):
            return word[:-1] + ("я" if word.lower().endswith("ю") else "а")
        if declined and gender == "masc" and word.lower().endswith("я") and latin_key(word) not in keys \
                and latin_key(word[:-1] + "й") in keys:
            return word[:-1] + "й"  # a known man's name in -й in the genitive (Алтая: Алтай), which pymorphy may read as another
        parses = [p for p in russian_morphology().parse(word) if "Name" in p.tag and (gender is None or p.tag.gender == gender)]
        if declined and gender != "femn" and latin_key(word) not in keys \
                and all(parse.normal_form == word.lower() for parse in parses):
            # A known man's name with a case ending no nominative takes (Даниалом, Даниалу: Даниал), which pymorphy
            # reads, if at all, as an unknown name of its own (in the nominative, or one that does not decline).
            stem = next((word[:-len(ending)] for ending in _CASE_ENDINGS_NO_NOMINATIVE_TAKES
                         if word.lower().endswith(ending) and len(word) - len(ending) >= 3
                         and latin_key(word[:-len(ending)]) in keys), None)
            if stem is not None:
                return stem
        if declined:  # an oblique reading first where the context says the name is declined (Саясата: Саясат's)
            parses.sort(key=lambda parse: parse.tag.case == "nomn")
        if declined and gender == "masc" and parses and not any(parse.is_known or parse.tag.case != "nomn" for parse in parses) \
                and word.lower().endswith("а") and word[-2:-1].lower() not in VOWELS + _SOFT_SIGNS and latin_key(word) not in keys:
            # A man's name nobody knows, in a case the surname or the patronymic shows (Мехлиса Касымовича: Мехлис), that
            # pymorphy guesses as a nominative in -а (as Никита): a man's -а name would be Никиты in that case.
            return self._masculine_consonant_stem(word)
        if parses:
            normal = parses[0].inflect({"nomn", "sing"})
            candidate = normal.word if normal else parses[0].normal_form
            # Kazakh names declined as Russian -ий names (Ганием): Гани, not Ганий.
            if candidate.endswith("ий") and latin_key(candidate[:-1]) in kazakh_keys:
                candidate = candidate[:-1]
            if latin_key(word) in keys and latin_key(candidate) not in keys:
                return word  # a known name read as a case of one nobody knows (Кенесары: not Кенесара's genitive)
            return _restore_case(word, candidate)
        if declined and gender == "masc" and word.endswith("а") and word[-2:-1].lower() not in VOWELS + _SOFT_SIGNS \
                and self.is_given_name(word[:-1]):
            return word[:-1]  # a man's name that is also a woman's (Ерика: Ерик's genitive)
        if latin_key(word) in keys:
            return word
        for ending in self.given_name_case_endings:
            stem = word[: -len(ending)]
            if word.lower().endswith(ending) and len(stem) >= 3:
                # A woman's name keeps a vowel ending (Сауле is not Саул); only -а can be restored.
                for candidate in ((stem + "а",) if gender == "femn" else (stem, stem + "а")):
                    if latin_key(candidate) in keys:
                        return candidate
        if declined and gender == "masc":
            return self._masculine_consonant_stem(word)
        if declined and gender == "femn" and _WOMANS_GIVEN_NAME_IN_THE_GENITIVE.search(word) and len(word) >= 4:
            # A woman's name nobody knows, in the genitive her surname shows (Зейнилы Есимовой: Зейнила); no woman's
            # name in the nominative ends in -ы after a hard consonant.
            return word[:-1] + "а"
        return word

    def _same_masculine_case_ending(self, given: str, surname: str) -> bool:
        """Whether an unknown given name and a surname without a Russian ending both take the same
        case ending of a man's name after a consonant, one that no woman's name in the nominative
        ends in (Ннека Угбома may be a woman's name as written)."""
        if self.is_given_name(given) or self.surname.search(surname) or self.surname_in_a_case.search(surname):
            return False
        return any(given.lower().endswith(ending) and surname.lower().endswith(ending)
                   and self._masculine_consonant_stem(given) != given and self._masculine_consonant_stem(surname) != surname
                   for ending in _CASE_ENDINGS_NO_NOMINATIVE_TAKES)

    def _mans_name_with_a_case_ending(self, given: str) -> bool:
        """Whether a given name reads as a known man's name that ends in a consonant with -а added (Малика: Малик's
        genitive, though Малика is a woman's name too)."""
        return given.endswith("а") and given[-2:-1].lower() not in VOWELS + _SOFT_SIGNS and self.is_given_name(given[:-1]) \
            or self.known_given_in_a_case(given)

    def known_given_in_a_case(self, given: str) -> bool:
        """Whether a given name's first word is a known man's given name in an oblique case."""
        first = given.split()[0]
        if not self.russian_oblique.search(first):
            return False
        nominative = self.russian_given(first, "masc", True)
        return nominative != first and self.is_given_name(nominative)

    def _russian_given_words(self, given: str, gender: str | None, declined: bool, in_the_nominative: bool = False) -> str:
        """The nominative of each word of a given name (Хуану Пабло -> Хуан Пабло). Outside a case, a
        word without a case ending, or whose nominative would be no known given name, stays as written:
        pymorphy reads a foreign name it does not know as a case of another (Раймон as Раймона's
        genitive plural). ``in_the_nominative``: the words around the name put it in the nominative, so a known
        given name that is also a nominative stays as written ("Валерия добавила": not Валерий's genitive; but
        "Мама Тимура рассказала": the verb's subject is another word)."""
        words = []
        for word in given.split():
            if in_the_nominative and self.is_given_name(word) and _reads_as_a_name_in_the_nominative(word):
                words.append(word)  # a name the dictionary knows in the nominative too (Валерия), not only in a case (Тимура)
                continue
            nominative = self.russian_given(word, gender, declined)
            in_a_case = declined or self.is_given_name(nominative) and self.russian_oblique.search(word)
            words.append(nominative if in_a_case else word)
        return " ".join(words)

    def _masculine_surname_stem(self, word: str) -> str:
        """A man's surname without a Russian ending in an oblique case, in the nominative: a
        consonant's stem (Бута -> Бут), or an -а surname from its genitive (Обамы -> Обама); a surname the dictionary
        knows in a case, its nominative (Кравца -> Кравец: a vowel drops out of the stem)."""
        known = next((parse.normal_form for parse in russian_morphology().parse(word.lower()) if parse.is_known
                      and {"Surn", "masc"} <= parse.tag.grammemes and parse.tag.case != "nomn"), None)
        if known is not None and known[:2] == word[:2].lower():
            return word[:1] + known[1:]
        if word.lower().endswith(_GENITIVE_OF_A) and len(word) >= 4 and not word.lower().endswith(self.undeclined_kazakh_surname_endings):
            return word[:-1] + "а"
        if _GENITIVE_OF_A_AFTER_A_VELAR.search(word) and len(word) >= 4 and any(
                parse.is_known and parse.normal_form == word.lower()[:-1] + "а" and {"sing", "gent"} <= parse.tag.grammemes
                for parse in russian_morphology().parse(word.lower())):
            # A man's -а surname that is a Russian noun, after к, г, х or a hushing consonant takes -и in the genitive
            # (Блохи -> Блоха, Мухи -> Муха); a word the dictionary does not know so stays (Сасаки, Левандовски).
            return word[:-1] + "а"
        # A Kazakh surname in -ай or -ей declines as a noun in -й (Мынбай: Мынбая, Мынбаю, Мынбаем, Мынбае).
        short_i_stem = _SHORT_I_STEM_CASE.search(word)
        if short_i_stem is not None and short_i_stem.start() >= 3:
            return word[:short_i_stem.start() + 1] + "й"
        return self._masculine_consonant_stem(word)

    def _masculine_consonant_stem(self, word: str) -> str:
        """A Kazakh man's name word in an oblique case without its ending: such names end in a
        consonant (Ермаганбета -> Ермаганбет, Бахытжаном -> Бахытжан)."""
        for ending in self.masculine_given_case_endings:
            stem = word[: -len(ending)]
            if word.lower().endswith(ending) and len(stem) >= 3 and stem[-1].lower() not in VOWELS + _SOFT_SIGNS:
                return stem
        return word

    def name_tokens(self, text: str) -> list[str]:
        """The words and initials of a name, titles at either end left out; a lone capital letter is
        an initial written without its dot ("Толкын А", "Akhmetov A"), and gets it."""
        # Words a page glued together ("Қасым-ЖомартКемелұлымен") are read apart.
        words = [part for token in self.token.findall(text) for part in _GLUED_WORDS.split(token)]
        tokens = [f"{token}." if len(token) == 1 and token.isupper() else one_script(token) for token in words]
        if tokens and (address := tokens[-1].rpartition("-"))[1] and address[0][:1].isupper() \
                and address[2] in self.address_words_after_name:
            tokens[-1] = address[0]
        non_name = self.non_name_words
        # A title that is also a given name before one more word, or before a patronymic, is the given name
        # ("Ғалым Мұтанов", "Ғалым Советұлы Тастанбеков").
        while tokens and tokens[0].lower() in non_name and not (
                self.is_given_name(tokens[0]) and (len(tokens) == 2 or len(tokens) > 2 and self.patronymic.search(tokens[1]))):
            tokens.pop(0)
        # A title that is also a given name right after a given name is the surname a father's name became
        # ("Dana Sultan", "Асем Имам"), not a title glued to the name.
        # So is such a title word after two words of a name or more ("Yusuf Karim Sheikh").
        while tokens and tokens[-1].lower() in non_name and not (
                len(tokens) == 2 and tokens[-1][:1].isupper() and self.is_given_name(tokens[-1]) and self.is_given_name(tokens[0])) \
                and not (len(tokens) >= 3 and tokens[-1] in self.titles_that_are_surnames and self.is_given_name(tokens[0])):
            tokens.pop()
        # A particle in lower case between a name's words is part of the word after it ("Mohamed bin
        # Zayed", "Ursula von der Leyen"), which is then one word of the name; one joined to the word by
        # a hyphen is that word's ("эль-Масри"); so is a capitalized Arabic one before a name's word ("Omar
        # Salem Al Hammadi": the family name "Al Hammadi", also written alone).
        words, particles = [], []
        for index, token in enumerate(tokens):
            if token in self.capitalized_name_particles and tokens[index + 1:index + 2] and tokens[index + 1][:1].isupper():
                particles.append(token)
                continue
            if words and words[-1][:1].isupper() and self.kazakh_patronymic_word.fullmatch(token):
                words[-1] += token  # one patronymic, however written: Серік ұлы is Серікұлы
                continue
            if token in self.name_particles and words and words[-1][:1].isupper():
                particles.append(token)
                continue
            if token[:1].isupper() or _PARTICLE_BEFORE_A_NAME.fullmatch(token):
                words.append(" ".join(particles + [token]))
            particles = []
        return words

    def _assign_parts(self, words: list[str], has_initials: bool) -> tuple[str | None, str | None, str | None]:
        """(given, patronymic, surname) from the name words in written order."""
        if has_initials:
            return None, None, words[-1] if len(words) == 1 else " ".join(words)
        if len(words) == 1:
            word = words[0]
            return (word, None, None) if self.is_given_name(word) and not self.surname.search(word) else (None, None, word)
        patronymics = [i for i, word in enumerate(words) if self.patronymic.search(word)]
        if len(words) == 3 and patronymics == [2]:
            return words[1], words[2], words[0]  # Мамбетова Нұрзада Үсенқызы
        if len(words) == 3 and patronymics == [1]:
            return words[0], words[1], words[2]
        if len(words) == 2 and patronymics == [1]:
            return words[0], words[1], None  # Наталья Васильевна: the surname is elsewhere on the page
        first, last = words[0], words[-1]
        if len(words) == 2 and patronymics == [0] and (self.is_given_name(last) or not self.surname.search(last)):
            return last, None, first  # Хайыпназарұлы Дархан: an -ұлы surname written first
        # Two known given names are in the written order, the second a surname too (Марина Ким).
        # A double given name ends as a surname in its last part only (Свен-Олов Карлсон); a double surname in each
        # (Салтыков-Щедрин).
        double_given = "-" in first and not all(self.surname.search(part) for part in first.split("-"))
        surname_first = self.surname.search(first) and not double_given and not self.surname.search(last) and not self.is_given_name(first) \
            and not self.known_given_in_a_case(first) and (
            self.is_given_name(last) or self.surname_first.search(first))
        # A surname-first ending on the first word alone, though the second ends as surnames do: -bek, -bay close
        # Kazakh given names and new surnames alike (Ishpekbayev Zhanatbek, Исмаилова Айнабек).
        surname_first = surname_first or len(words) == 2 and self.surname_first.search(first) and not self.surname_first.search(last) \
            and not self.is_given_name(first) and not self.known_given_in_a_case(first)
        # A known given name after a surname that is none, though it ends as surnames do (Абдуллаева Мадина).
        surname_first = surname_first or len(words) == 2 and self.surname.search(first) and self.is_given_name(last) \
            and not self.is_given_name(first) and not self.known_given_in_a_case(first)
        # A surname in a case no given name takes, before a word without one (Оспановой Даны, Жумабекову Ерлану).
        surname_first = surname_first or len(words) == 2 and self.surname_in_a_case.search(first) and not self.known_given_in_a_case(first) \
            and not (self.surname.search(last) or self.surname_in_a_case.search(last))
        # A surname without an ending before a given name, maybe in a case (Ким Валерия, Ли Виктории); not the
        # first of a Korean name's three words (Ким Чжон Хо).
        surname_first = surname_first or len(words) == 2 and first in self.surnames_without_an_ending and last not in self.surnames_without_an_ending \
            and self.is_given_name(self.russian_given(last, None, declined=True) if not self.is_given_name(last) else last)
        # Of three words or more without a patronymic, the words after a surname written first are all given names
        # (Surname Given Given); else the name is in the written order and its last word the surname, whatever the
        # first word's ending: a foreign given name may end as a surname does (Нежмеддин Біләл Ердоған).
        if surname_first and len(words) > 2 and not all(self.is_given_name(word) for word in words[1:]):
            surname_first = False
        if surname_first:
            return " ".join(words[1:]), None, first  # Balykbayev Takir; Мамбетова Нұрзада
        return " ".join(words[:-1]), None, last
