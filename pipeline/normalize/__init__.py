"""Normalize: canonical forms of the names of people and institutions and of titles.

``names`` (people), ``institutions`` (registry and nominative forms) and ``latin`` (the Latin
keys both match on) do the work; the ``Normalizer`` stage fills ``Mention.normalized`` and
``Mention.link_key``, the key entity linking groups mentions by.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import islice

from pipeline.language import SIGNATURE_LETTERS, WRITTEN_IN, dominant_script
from pipeline.lexicon import words_in_all
from pipeline.normalize.latin import latin_key
from pipeline.normalize.names import CASE_CONTEXT_CHARS, russian_morphology
from pipeline.patterns import MAIDEN_NAME_WINDOW, alone_on_its_line, any_of, maiden_name_opening
from pipeline.records import Document, LinkKey, Mention, PersonName

ORG_LABELS = {"ORG", "FACILITY"}
PLACE_LABELS = {"GPE", "LOC"}
# A student group's code: capitals, maybe a hyphen, digits, maybe a letter (ТМ-21, ПД-22к, IT-2301).
_GROUP_CODE = re.compile(r"[^\W\d_]{1,4}-?\d{1,4}[^\W\d_]?")
_NAME_PUNCTUATION = ",.;:!?()«»\"“”„'"  # what may cling to a name's last word
_NAMESAKE_INSTITUTION_WORDS = 3  # "Назарбаев Интеллектуальной школы": the words after a namesake that end its institution's name
_CLOSING_QUOTES = "»”\""
_SHORTEST_NAME_STEM = 3  # Рэпп; a shorter stem would join unrelated words
_CLAUSE_START = re.compile(r"(?:^|[.!?;:—–«(\n])\s*$")
# A space may stand before the comma too ("Зейін , айтыңызшы"), as in transcripts.
_COMMA_AND_A_WORD = re.compile(r"\s*,\s+[а-яәғқңөұүһі]")
# Before a name addressed at the close of a clause: a word in lower case, or the clause's first word, and a comma.
_WORD_BEFORE_AN_ADDRESS = re.compile(r"(?:(?<![\w-])[а-яәғқңөұүһі]+|(?:^|[.!?;:—–«(\n])\s*[^\W\d_]+)\s*,\s*$")
_CLAUSE_END = re.compile(r"\s*[,.!?]")
_LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_CYRILLIC_NAME_WORD = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+")
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_INITIALS_OF_A_NAME = re.compile(r"(?:[^\W\d_]\.){2}(?=\s)")  # a canonical name's two initials (Ж.Б. Кусаинова)
_ONE_INITIAL_OF_A_NAME = re.compile(r"([^\W\d_])\.\s")  # a canonical name's one initial (А. Жумабаева)


class Normalizer:
    """The normalize stage: fills ``Mention.normalized`` and ``Mention.link_key`` from the names
    and registry of ``resources`` (pipeline.resources.Resources)."""

    def __init__(self, resources):
        self.names = resources.names
        self.registry = resources.registry
        self.taxonomy = resources.roles
        titles = {form.lower() for lang in ("kk", "ru", "en") for form, _ in self.taxonomy.forms(lang)}
        honorifics = set(words_in_all(resources.lexicons, "honorifics"))
        self.country_names = frozenset(words_in_all(resources.lexicons, "country_names"))
        kazakh = resources.lexicons["kk"]
        person_words = kazakh.words("naming_words_after_name") + kazakh.words("speech_words_after_name")
        self.kazakh_introductory_words = frozenset(kazakh.words("introductory_words"))
        self.kazakh_pronouns = frozenset(kazakh.words("pronouns"))
        # "Алғыс хаттары", "Жеңіс күні": the rest of a term that opens with a given name's word, after that word.
        self.kazakh_term_after_a_name_word = {
            first: re.compile(rf"\s+(?:{any_of(rests)})", re.IGNORECASE)
            for first, rests in _grouped_by_first_word(kazakh.words("terms_opening_with_a_given_name")).items()}
        self.kazakh_phrase_head_after = re.compile(rf"\s+(?:{any_of(kazakh.words('phrase_heads_after_a_word'))})(?!\w)",
                                                   re.IGNORECASE)
        self.kazakh_naming_word_after = re.compile(
            rf"\s+(?:{any_of(person_words)}|(?:{any_of(kazakh.words('titles_after_name'))})"
            rf"(?:{any_of(kazakh.words('surname_case_endings'))})?)(?![\w-])")
        # Longest first: Манделой loses -ой, not -й.
        self.name_case_endings = tuple(sorted(resources.lexicons["ru"].words("name_case_endings"), key=len, reverse=True))
        self.title_right_before = re.compile(rf"(?<![\w-])(?:{any_of(titles | honorifics)})\.?\s$", re.IGNORECASE)
        self.titles_and_honorifics = frozenset(titles | honorifics)
        self.group_noun_before = re.compile(rf"(?<!\w)(?:{any_of(words_in_all(resources.lexicons, 'student_group_nouns'))})\s+$",
                                            re.IGNORECASE)
        self.kazakh_group_noun_after = re.compile(rf"\s+(?:{any_of(kazakh.words('student_group_nouns_after'))})(?!\w)", re.IGNORECASE)
        # "Candidate of Technical Sciences", "кандидат технических наук", "техника ғылымдарының кандидаты".
        self.spelled_degree = re.compile(
            rf"(?:{any_of(words_in_all(resources.lexicons, 'spelled_degree_openings'))})\s+(?:[\w-]+\s+){{0,3}}"
            rf"(?:{any_of(words_in_all(resources.lexicons, 'spelled_degree_closings'))})"
            rf"|(?:[\w-]+\s+){{1,3}}(?:{any_of(resources.lexicons['kk'].words('spelled_degree_heads'))})", re.IGNORECASE)
        self.degree_closings = frozenset(words_in_all(resources.lexicons, "spelled_degree_closings"))
        # A woman's surname at birth in brackets right after her name ("Zhanar Bekova (née Sadykova)"): hers too.
        self.maiden_name_before = maiden_name_opening(resources.lexicons["en"])

    def __call__(self, documents: list[Document]) -> list[Document]:
        for document in documents:
            mentions = sorted((_in_the_language_of_its_letters(m) for m in document.mentions), key=lambda m: (m.start, m.end, m.label))
            document.mentions = self.normalize_mentions(self._institutions_opened_by_a_namesake(mentions, document.page.text),
                                                        document.page.text)
        return documents

    def _institutions_opened_by_a_namesake(self, mentions: list[Mention], text: str) -> list[Mention]:
        """A person's name that opens a registered institution's name with the words after it ("Назарбаев
        Университета", "Назарбаев Интеллектуальной школы", where NER reads the namesake as a person) is
        that institution: one ORG span over both, with the ORG span after it if there is one. The words after it are
        up to three, or the organization's span that follows it, however long ("S.D. Asfendiyarov [Kazakh National
        Medical University]")."""
        merged: list[Mention] = []
        skip_until = -1
        for index, mention in enumerate(mentions):
            if mention.start < skip_until:
                continue
            if mention.label == "PERSON":
                following = _up_to_a_closing_quote(text[mention.end:mention.end + 60].split()[:_NAMESAKE_INSTITUTION_WORDS])
                candidates = [f"{mention.text} {' '.join(following[:size])}".rstrip(_NAME_PUNCTUATION + ",;:")
                              for size in range(len(following), 0, -1)]
                organization = next((other for other in islice(mentions, index + 1, None) if other.start >= mention.end), None)
                if organization is not None and organization.label in ORG_LABELS and text[mention.end:organization.start] == " ":
                    candidates.insert(0, text[mention.start:organization.end])
                written = next((written for written in candidates
                                if self.registry.resolve(written, mention.lang, in_any_case=True).in_registry), None)
                found_at = text.find(written, mention.start) if written is not None else -1
                if found_at >= 0:
                    end = found_at + len(written)
                    mention = replace(mention, end=end, text=text[mention.start:end], label="ORG")
                    skip_until = end
            merged.append(mention)
        return merged

    def normalized(self, mention: Mention, text: str = "") -> Mention:
        """The mention with its label checked against the registry, its canonical form and link key;
        ``text``, the page's, tells the case of a name from the words before it."""
        label = self._label(mention)
        if label in ORG_LABELS and self._student_groups_code(mention, text):
            return replace(mention, label="MISC")
        form = key = None
        if label == "PERSON":
            name = self.names.normalize(mention.text, mention.lang, _before(text, mention), _after(text, mention))
            plausible = name is not None and (self.names.is_plausible_in(name, mention.lang)
                                              or self._surname_after_a_title(name, text, mention)
                                              or self._spoken_of_as_a_person(mention, text)
                                              or self._kazakh_name_by_its_form(mention, text))
            pronoun = mention.lang == "kk" and mention.text.strip().lower() in self.kazakh_pronouns
            if not plausible or pronoun or self._opens_a_kazakh_phrase(mention, text) or self._institution_words(mention.text) or _numbered(mention, text):
                # A lone capitalized word that is neither a known given name nor shaped like a surname
                # ("Университет", "Akorda", "Kazakhstanis") is not a person; it is kept, as MISC.
                return replace(mention, label="MISC")
            form, key = name.display, name.link_key
        elif label in ORG_LABELS:
            institution = self.registry.resolve(mention.text, mention.lang, in_any_case=True)
            form, key = institution.name, str(LinkKey("O", (institution.org_id,)))
        elif label in PLACE_LABELS:
            form = self.registry.nominative(mention.text, mention.lang)
            key = str(LinkKey("G", (latin_key(form),)))
        return replace(mention, label=label, normalized=form, link_key=key)

    def _student_groups_code(self, mention: Mention, text: str) -> bool:
        """A code of letters and digits after a student group's noun, or in Kazakh before it ("куратор группы ТМ-21",
        "студентка группы ПД-22", "МС-401 тобының кураторы"): a class of the college, no institution."""
        return _GROUP_CODE.fullmatch(mention.text.strip()) is not None and bool(
            self.group_noun_before.search(_before(text, mention)) or self.kazakh_group_noun_after.match(_after(text, mention)))

    def _surname_after_a_title(self, name: PersonName, text: str, mention: Mention) -> bool:
        """One word right after a title or an honorific ("President Macron", "Ambassador Rosenblum",
        "Mr Smith") is the person's surname, whatever its shape."""
        return bool(name.surname) and not name.given and self.title_right_before.search(_before(text, mention)) is not None

    def _label(self, mention: Mention) -> str:
        """A PERSON whose text is, or holds a word that is, a registered institution's name or
        acronym ("KazNPU", "S. Abai KazNPU Zh") is an institution; so is one whose last word is an
        institution's head word ("Abai Kunanbayev School", "Zhansaya Foundation"), and one whose last
        word is a place's head word ("Zhambyl District") is a place. A head word that reads as a name
        (Банков: a surname's ending) leaves the person. A country's name ("Great Britain") is a place, and
        so is a Kazakh word alone that is a country, a region or a city in any case and no surname."""
        if (mention.label in ORG_LABELS or mention.label in PLACE_LABELS) and not any(char.isalpha() for char in mention.text):
            return "MISC"  # "№" alone before a number ("№1 сайлау округінен"): a sign the model read as a place names none
        if mention.label in ORG_LABELS and (mention.text.strip().lower() in self.taxonomy.degree_forms
                                            or self.spelled_degree.fullmatch(mention.text.strip())):
            return "MISC"  # "Докторант PhD Name": a degree the model read as an organization is none
        if mention.label != "PERSON":
            return mention.label
        if mention.text.split()[-1].strip(_NAME_PUNCTUATION).lower() in self.degree_closings:
            return "MISC"  # "Doctor of Physical and Mathematical Sciences": the field, no person
        if mention.text.strip().lower() in self.country_names:
            return "GPE"
        if _CYRILLIC_ACRONYM.fullmatch(mention.text.strip()) and mention.text.strip().capitalize() not in self.names.surnames_without_an_ending:
            return "MISC"  # "ЖОО-ларды" (higher schools), "ҰБТ": a word in capitals alone is an abbreviation, no person
        if mention.lang == "kk" and " " not in mention.text.strip() and not self.names.reads_as_a_surname(mention.text.strip()) \
                and self._kazakh_place(mention.text.strip()):
            return "GPE"  # Нұр-Сұлтан, Алматыда; not Қонаев, a person and the city named after him
        lookup = self.registry.lookup
        if lookup(mention.text, mention.lang) is not None or any(
                sum(letter.isupper() for letter in word) >= 2 and lookup(word, mention.lang) is not None
                for word in mention.text.split()):
            return "ORG"
        words = mention.text.split()
        last = words[-1].strip(_NAME_PUNCTUATION) if len(words) > 1 else ""
        if not last or self.names.reads_as_a_name(last):
            return mention.label
        if self.taxonomy.is_place_word(last):
            return "GPE"
        return "ORG" if self.taxonomy.is_institution_word(last) else mention.label

    def _spoken_of_as_a_person(self, mention: Mention, text: str) -> bool:
        """A Kazakh name the person is addressed or spoken of by: one word that opens a clause before a
        comma and a word in lower case ("Риат, қайырлы кеш!", "— Зейін, айтыңызшы"), or that closes one
        after a comma and a word in lower case or the clause's first word ("Дұрыс айтасыз, Жігер, мен...",
        "Рақмет, Зейін."; not an item of a list, "Делегация Ташкент, Варшава,"; not an introductory word
        opening the clause, "Мәселен, ..."), one before a word of
        address ("Бейсен аға", "Клара апамыз"), a word that introduces a name ("Сезім деген адам",
        "Дінмұхамед атты ұл"), one of a person's speech ("Ердоғанның айтуынша", according to Erdoğan) or
        a title written after the name ("Ағынтай батыр", "Кабус сұлтанды"),
        or after a word of age ("19 жастағы Қарасай"): a person whatever the name, as the model read it."""
        if mention.lang != "kk" or " " in mention.text.strip() or self.names.kazakh_plural_noun(mention.text.strip()):
            return False  # a plural is a group, no person: "Мамандардың айтуынша", according to experts
        start, end = mention.start, mention.end
        opens_a_clause_addressed = mention.text.strip().lower() not in self.kazakh_introductory_words and bool(
            _CLAUSE_START.search(text, max(0, start - 3), start) and _COMMA_AND_A_WORD.match(text, end))
        return self.names.spoken_of_as_a_person(text, start, end) or self.kazakh_naming_word_after.match(text, end) is not None \
            or opens_a_clause_addressed or bool(
            _WORD_BEFORE_AN_ADDRESS.search(text, max(0, start - 40), start) and _CLAUSE_END.match(text, end))

    def _opens_a_kazakh_phrase(self, mention: Mention, text: str) -> bool:
        """A Kazakh word alone at a clause's start before a noun of the phrase it opens ("Еңбек жолын", his
        career's path): a common noun capitalized, no person; so is one, anywhere, that opens a term whose first word is
        also a given name ("арнайы Алғыс хаттары", letters of thanks)."""
        word = mention.text.strip()
        if mention.lang != "kk" or " " in word:
            return False
        term = self.kazakh_term_after_a_name_word.get(word.lower())
        return term is not None and term.match(text, mention.end) is not None \
            or bool(_CLAUSE_START.search(text, max(0, mention.start - 3), mention.start)) \
            and self.kazakh_phrase_head_after.match(text, mention.end) is not None

    def _kazakh_name_by_its_form(self, mention: Mention, text: str) -> bool:
        """A Kazakh word alone that the model read as a person is one where it has a given name's ending
        (Өміржан, Сәлімхан, Тілләгүл), or where it stands capitalized inside a clause with a case ending
        (Мұратханға, Диастың, Трамптың): a proper noun, as a common noun capitalized at a clause's
        start ("Облыстың") is not; and no place's (Италиядан, Ақтөбеде), which its form does not tell apart."""
        word = mention.text.strip()
        if mention.lang != "kk" or " " in word or not word[:1].isupper() or self._kazakh_place(word):
            return False
        return self.names.has_a_kazakh_given_names_ending(word) or (
            not _CLAUSE_START.search(text, max(0, mention.start - 3), mention.start) and self.names.in_a_kazakh_case(word))

    def _kazakh_place(self, word: str) -> bool:
        """Whether a Kazakh word, as written or with a case ending cut, is a country, a region or a city of
        the registry (Италиядан, Ақтөбеде, Нұр-Сұлтанға)."""
        return any(stem.lower() in self.country_names or self.registry.region_of(stem, "kk", by_centre=True) is not None
                   for stem in [word, *self.names.kazakh_case_stems(word)])

    def _institution_words(self, text: str) -> bool:
        """Words of a language with an institution's head word among them and no word of a name
        ("University Council", "Министерство Образования"): capitalized, they look like a name
        of two words to a model, but they name no person."""
        return not self.names.reads_as_a_name(text) and any(
            self.taxonomy.is_institution_word(word) for word in self.names.name_tokens(text))

    def normalize_mentions(self, mentions: list[Mention], text: str = "") -> list[Mention]:
        """Normalizes the mentions of one document. A surname written alone ("Balykbaev said"), or
        a given name with a patronymic ("Наталья Васильевна"), takes the key of the one fuller name
        in the same document it fits, if there is exactly one; a given name with a patronymic fits a name
        with those two initials ("Жанна Болатовна", "Кусаинова Ж.Б.") where none has the given name."""
        with_forms = self._bylines_surname_first(self._in_the_pages_name_order(self._listed_with_persons(
            mentions, [self.normalized(mention, text) for mention in mentions], text)), text)
        with_forms = self._in_the_paragraphs_kazakh_name_order(with_forms, text)
        # A page cut off in the middle of a name's last word ("... Петра Игнатьеви" after "Петра Игнатьевича"): the name
        # the page wrote in full so, read as that one.
        written = {index: full for index, mention in enumerate(mentions)
                   if (full := self._name_cut_off_by_the_page_end(mention, mentions, text)) is not None}
        with_forms = [replace(form, normalized=with_forms[written[index]].normalized, link_key=with_forms[written[index]].link_key)
                      if index in written else form for index, form in enumerate(with_forms)]
        by_surname: dict[str, set[str]] = {}
        by_given: dict[str, set[str]] = {}
        by_word_stem: dict[str, set[str]] = {}
        by_initials: dict[str, set[str]] = {}
        by_one_initial: dict[str, set[str]] = {}
        patronymic_of: dict[str, str] = {}
        for mention in with_forms:
            key = LinkKey.parse(mention.link_key) if mention.link_key else None
            if key is not None and key.is_person and not key.is_surname_only:
                by_surname.setdefault(key.surname, set()).add(mention.link_key)
                middle = (mention.normalized or "").split()[1:-1]
                patronymic = next((word for word in middle if self.names.patronymic.search(word)), None)
                if patronymic is not None:
                    patronymic_of.setdefault(mention.link_key, patronymic)
                if not key.given and (initials := _INITIALS_OF_A_NAME.match(mention.normalized or "")):
                    by_initials.setdefault(initials.group().replace(".", "").lower(), set()).add(mention.link_key)
                elif not key.given and (initial := _ONE_INITIAL_OF_A_NAME.match(mention.normalized or "")):
                    by_one_initial.setdefault(initial.group(1).lower(), set()).add(mention.link_key)
                if mention.lang == "ru":
                    for word in mention.text.split():
                        by_word_stem.setdefault(self._russian_name_stem(word), set()).add(mention.link_key)
                # A given name with a middle name ("Carter Anthony") is also known by its first word.
                for given in {key.given, key.given.split()[0]} if key.given else ():
                    by_given.setdefault(given, set()).add(mention.link_key)
        # A foreign name the dictionary does not know (Пеле, Акихито), written alone again and again.
        lone_word_stems = Counter(self._russian_name_stem(mention.text) for mention in mentions
                                  if mention.label == "PERSON" and mention.lang == "ru" and " " not in mention.text.strip())
        repeated_stems = {stem for stem, count in lone_word_stems.items() if count > 1}
        with_forms = [self._word_of_a_named_person(mention, normalized, text, by_surname, by_given, by_word_stem, repeated_stems)
                      for mention, normalized in zip(mentions, with_forms)]
        first_of = _spellings_of_one_name(with_forms)
        resolved = []
        for index, mention in enumerate(with_forms):
            key = LinkKey.parse(mention.link_key) if mention.link_key else None
            if key is not None and key.is_person:
                as_written = mentions[written[index]] if index in written else mention
                name = self.names.normalize(as_written.text, mention.lang, _before(text, as_written), text[as_written.end:as_written.end + 40])
                # A given name with a patronymic ("Наталья Васильевна"): the given name decides. So does a Russian given
                # name alone, read in the nominative ("Мама Тимура", "Ильяс занимается" after
                # "Тимур Ержанов", "Ильяса Нурпеисова"), a Kazakh one without initials ("Аружанның әкесі": her
                # father), and an English one ("Daniyar said" after "Daniyar Kaliyev"): the one person the page names in
                # full with it.
                if name is not None and name.given and not name.surname and (
                        name.patronymic or mention.lang == "ru" or mention.lang in ("kk", "en") and not name.initials):
                    candidates = by_given.get(latin_key(name.given), set()) - {mention.link_key}
                    if name.patronymic:
                        # Another father's patronymic is another person ("Nurlan Yerzhanuly" is not "Nurlan Bolatovich
                        # Sarsenov"): the patronymics open with the father's name.
                        candidates = {candidate for candidate in candidates if candidate not in patronymic_of
                                      or _same_father(name.patronymic, patronymic_of[candidate])}
                    if not candidates and name.patronymic:
                        # "Жанна Болатовна" after "Кусаинова Ж.Б.": the one person named with those two initials; or, where
                        # none has those two, with the given name's one initial ("Айгерим Сериковна" after "А.Жумабаева").
                        candidates = by_initials.get((name.given[0] + name.patronymic[0]).lower(), set()) \
                            or by_one_initial.get(name.given[0].lower(), set())
                    elif not candidates:
                        # A word that is also a given name but is the surname of the one person named in full
                        # ("Professor Brandt" after "Michael Brandt"): that person, as a surname alone would be.
                        candidates = _fullest(by_surname.get(latin_key(name.given), set()) - {mention.link_key})
                elif key.is_surname_only:
                    candidates = by_surname.get(key.surname) or set().union(
                        *(by_surname.get(surname, set()) for surname in self.names.surname_keys(mention.text.strip())))
                    # An English given name alone (Hayley, plausible by the English lexicon's list), or a Russian one no
                    # list knows ("Ганиден ага" after "Ганиден Шугаипов"), that is no one's surname here: the one person
                    # the page names in full with it.
                    candidates = _fullest(candidates) or (by_given.get(key.surname, set()) if mention.lang in ("en", "ru") else set()) \
                        or self._named_before_her_surname_at_birth(mention, with_forms, text) \
                        or _glossed_in_brackets_after(mention, with_forms, text)
                    if len(candidates) > 1 and mention.lang == "en":
                        candidates = _named_last_before(mention, candidates, with_forms)
                elif key.given and key.surname:
                    # A full name written again without one of its given names ("Khalifa Al Dhaheri" after "Khalifa
                    # Mubarak Al Dhaheri", "Abdel Ghaffar" after "Khaled Abdel Ghaffar"): the one fuller name so spelled.
                    candidates = {fuller for fuller in by_surname.get(key.surname, set())
                                  if _given_names_left_out(key.given, LinkKey.parse(fuller).given)}
                    words = mention.text.split()
                    if not candidates and mention.lang == "ru" and len(words) == 2 and key.given.endswith("a") \
                            and key.surname.endswith("a") and words[0].lower() not in self.names.given_names_as_spelled:
                        # A man's name in the genitive that reads as a woman's ("освобождение Тимара Исаева"), its given
                        # name in no list, where the page names him in the nominative ("Тимар Исаев"): his.
                        candidates = {man for man in by_surname.get(key.surname[:-1], set())
                                      if LinkKey.parse(man).given == key.given[:-1]}
                        nominative = next((form.normalized for form in with_forms if form.link_key in candidates), None)
                        if len(candidates) == 1 and nominative:
                            mention = replace(mention, normalized=nominative)
                elif key.initial and not key.given:
                    # Initials and a surname ("Zh. Ibrayeva", "Мұканова Г.А.") after the one full name the page gives them
                    # ("Zhanat Ibrayeva"): that person, here, whatever namesakes other pages name in full.
                    candidates = self._the_full_name_of_the_initials(mention, key, by_surname, patronymic_of)
                    if not candidates and mention.lang == "ru" and self.names.surname_dative_or_accusative.search(mention.text.strip()):
                        # Initials and a surname in -ову, a man's dative or a woman's accusative ("поздравил Г.Сапарову"),
                        # where the page names a woman with those initials and the surname in -ова: hers.
                        candidates = _fullest({woman for woman in by_surname.get(key.surname + "a", set())
                                               if LinkKey.parse(woman).initial == key.initial})
                    elif not candidates and mention.lang == "ru" and key.surname.endswith("a") \
                            and _RUSSIAN_SURNAME_IN_OVA.search(mention.text.strip()) \
                            and not by_surname.get(key.surname, set()) - {mention.link_key}:
                        # Initials and a surname in -ова, a woman's nominative or a man's genitive ("пресс-служба Н. Петрова"),
                        # where the page names no other woman so but a man in full with that initial and the surname in -ов: his.
                        candidates = _fullest({man for man in by_surname.get(key.surname[:-1], set())
                                               if LinkKey.parse(man).given and LinkKey.parse(man).initial == key.initial})
                    elif not candidates and not text[mention.end:].strip():
                        # A page cut off in the middle of a surname after its initials ("... В свою очередь М. Жу"): the one
                        # person named with that initial whose surname opens so.
                        candidates = _fullest({other for surname, others in by_surname.items()
                                               if surname != key.surname and surname.startswith(key.surname)
                                               for other in others if LinkKey.parse(other).initial == key.initial})
                else:
                    candidates = set()
                candidates = {first_of.get(candidate, candidate) for candidate in candidates}
                if len(candidates) == 1:
                    mention = replace(mention, link_key=next(iter(candidates)))
            resolved.append(mention)
        return [replace(mention, link_key=first_of[mention.link_key]) if mention.link_key in first_of else mention
                for mention in resolved]

    @staticmethod
    def _name_cut_off_by_the_page_end(mention: Mention, mentions: list[Mention], text: str) -> int | None:
        """The index of the one other person's mention a name at the very end of a cut-off page begins: the same words but
        the last, which the cut left short ("Петра Игнатьеви" of "Петра Игнатьевича"), or cut to its capital with no
        point after it ("Алия С" of "Алия Сапарова": no initial), else None."""
        if mention.label != "PERSON" or text[mention.end:].strip():
            return None
        words = mention.text.split()
        found = {index for index, other in enumerate(mentions) if other.label == "PERSON" and other is not mention
                 and len(other_words := other.text.split()) == len(words) and other_words[:-1] == words[:-1]
                 and (len(words[-1]) >= 3 or words[-1].isalpha() and words[-1].isupper() and text.rstrip().endswith(words[-1]))
                 and other_words[-1].startswith(words[-1]) and other_words[-1] != words[-1]}
        texts = {mentions[index].text for index in found}
        return min(found) if len(texts) == 1 else None

    def _the_full_name_of_the_initials(self, mention: Mention, key: LinkKey, by_surname: dict[str, set[str]],
                                       patronymic_of: dict[str, str]) -> set[str]:
        """The full names of the page with the initials' surname and first letter, and with the patronymic a second
        initial stands for, where the page names both."""
        initials = _INITIALS_OF_A_NAME.match(mention.normalized or "")
        second = initials.group()[2].lower() if initials else None
        return {full for full in by_surname.get(key.surname, set())
                if (full_key := LinkKey.parse(full)).given and full_key.initial == key.initial
                and not (second and full in patronymic_of and latin_key(patronymic_of[full])[:1] != latin_key(second)[:1])}

    def _named_before_her_surname_at_birth(self, mention: Mention, mentions: list[Mention], text: str) -> set[str]:
        """The person named right before the brackets of a surname at birth ("Zhanar Bekova (née Sadykova)",
        "(premarital: Sadykova)"), whose other surname it is."""
        opening = self.maiden_name_before.search(text, max(0, mention.start - MAIDEN_NAME_WINDOW), mention.start)
        if opening is None:
            return set()
        return {other.link_key for other in mentions if other.link_key and other.label == "PERSON"
                and other.end <= opening.start() and not text[other.end:opening.start()].strip()}

    def _listed_with_persons(self, mentions: list[Mention], normalized: list[Mention], text: str) -> list[Mention]:
        """An English word alone that the model read as a person but no dictionary knows as a name is still one
        where it is an item of a list next to a person ("Tazhi, Qanay and Madiyev"): the items of a list
        are of one kind. Each one so kept may keep the one before it."""
        result = list(normalized)
        changed = True
        while changed:
            changed = False
            for index, (mention, current) in enumerate(zip(mentions, result)):
                word = mention.text.strip()
                if mention.label != "PERSON" or current.label != "MISC" or mention.lang != "en" or not _LATIN_NAME_WORD.fullmatch(word) \
                        or word.lower() in self.titles_and_honorifics or self.registry.lookup(word, mention.lang) is not None:
                    continue
                before = result[index - 1] if index > 0 else None
                after = result[index + 1] if index + 1 < len(result) else None
                if before is not None and before.label == "PERSON" and _LIST_SEPARATOR.fullmatch(text, before.end, mention.start) \
                        or after is not None and after.label == "PERSON" and _LIST_SEPARATOR.fullmatch(text, mention.end, after.start):
                    name = self.names.normalize(word, mention.lang)
                    if name is not None:
                        result[index] = replace(mention, normalized=name.display, link_key=name.link_key)
                        changed = True
        return result

    def _in_the_pages_name_order(self, mentions: list[Mention]) -> list[Mention]:
        """A page that writes Latin names surname first (two or more read so, "Bakirov Serik", and none given name
        first with a surname's ending, "Serik Bakirov") writes them all so, as lists on university sites do: a name of
        two words whose second is a known given name ("Imangazy Anar", "Tolegen Anar": a surname without an ending,
        maybe a given name too, as Kazakh surnames made of a father's name are) is read surname first too."""
        order = Counter()
        for mention in mentions:
            if (words := self._latin_two_words_name(mention)) is not None:
                if mention.normalized.split() == words[::-1]:
                    order["surname first"] += 1
                elif self.names.is_given_name(words[0]) and self.names.looks_like_latin_surname(words[1]):
                    order["given first"] += 1
        if order["surname first"] < 2 or order["given first"]:
            return mentions
        result = []
        for mention in mentions:
            words = self._latin_two_words_name(mention)
            if words is not None and mention.normalized.split() == words and self.names.is_given_name(words[1]) \
                    and (name := self.names.normalize(f"{words[1]} {words[0]}", "en")):
                mention = replace(mention, normalized=name.display, link_key=name.link_key)
            result.append(mention)
        return result

    def _in_the_paragraphs_kazakh_name_order(self, mentions: list[Mention], text: str) -> list[Mention]:
        """A Cyrillic paragraph that writes a name surname first by its ending ("Сапаров Ерлан") and none given first
        with such an ending ("Ерлан Сапаров") writes its other names surname first too, as a district paper's list
        of guests does: a name of two words neither of which ends as a family name (-ов, -ева, -ин) and that is no
        patronymic ("Бекмұрат Гүлнар", "Жақып Сания": a surname made of a father's name, unchanged, reads as a given
        name) is read surname first, and so is the same name written again anywhere on the page ("Бекмұрат Гүлнарға")."""
        if not text:
            return mentions
        names = self.names
        family = names.surname_first

        def paragraph_of(mention: Mention) -> int:
            return text.count("\n", 0, mention.start)

        evidence: dict[int, Counter] = {}
        for mention in mentions:
            if (words := self._cyrillic_two_words_name(mention)) is None:
                continue
            order = evidence.setdefault(paragraph_of(mention), Counter())
            shown = mention.normalized.split()
            if shown == words[::-1] and family.search(words[0]):
                order["surname first"] += 1
            elif len(shown) == 2 and shown[0] == words[0] and family.search(shown[1]):
                order["given first"] += 1
        flipped: dict[str, tuple[str, str]] = {}
        for mention in mentions:
            words = self._cyrillic_two_words_name(mention)
            order = evidence.get(paragraph_of(mention)) if words is not None else None
            if not order or not order["surname first"] or order["given first"]:
                continue
            name = names.normalize(mention.text, mention.lang)
            if name is not None and name.given and name.surname and not name.patronymic and not name.initials \
                    and mention.normalized.split() == [name.given, name.surname] and name.given == words[0] \
                    and not any(family.search(word) or names.patronymic.search(word) for word in (name.given, name.surname)):
                swapped = names.surname_first_of(name)
                flipped[mention.normalized] = (swapped.display, swapped.link_key)
        if not flipped:
            return mentions
        return [replace(mention, normalized=flipped[mention.normalized][0], link_key=flipped[mention.normalized][1])
                if mention.normalized in flipped and self._cyrillic_two_words_name(mention) is not None
                and mention.text.split()[0] == mention.normalized.split()[0] else mention
                for mention in mentions]

    @staticmethod
    def _cyrillic_two_words_name(mention: Mention) -> list[str] | None:
        words = mention.text.split()
        return words if mention.label == "PERSON" and mention.normalized and mention.lang == "kk" and len(words) == 2 \
            and all(_CYRILLIC_NAME_WORD.fullmatch(word) for word in words) else None

    def _bylines_surname_first(self, mentions: list[Mention], text: str) -> list[Mention]:
        """A Latin name of two words alone on its line, a byline as news agencies in Kazakhstan write it, surname first
        as in Russian ("Ivanchuk Marina" above or below the story): read surname first where the second word is a known
        given name without a surname's ending and the first is no given name any list knows ("Dana Sultan" and "Rehan
        Sadyk" keep their order wherever the first word is a given name, or in running text)."""
        names = self.names
        result = []
        for mention in mentions:
            words = self._latin_two_words_name(mention)
            if words is not None and mention.lang == "en" and mention.normalized.split() == words \
                    and alone_on_its_line(text, mention.start, mention.end, mention.text) \
                    and names.reads_surname_first(words) \
                    and (name := names.normalize(f"{words[1]} {words[0]}", "en")) and name.display.split() == words[::-1]:
                mention = replace(mention, normalized=name.display, link_key=name.link_key)
            result.append(mention)
        return result

    @staticmethod
    def _latin_two_words_name(mention: Mention) -> list[str] | None:
        words = mention.text.split()
        return words if mention.label == "PERSON" and mention.normalized and len(words) == 2 \
            and all(_LATIN_NAME_WORD.fullmatch(word) for word in words) else None

    def _word_of_a_named_person(self, mention: Mention, normalized: Mention, text: str, by_surname: dict[str, set[str]],
                                by_given: dict[str, set[str]], by_word_stem: dict[str, set[str]],
                                repeated_stems: set[str]) -> Mention:
        """A person written by one word that no dictionary knows is still the person when the document
        names someone in full with that word: as the surname ("Эберсман" after "Дэвид Эберсман"), or as
        the given name of exactly one of its persons ("Jack says" after "Jack Wilson"), whose key it takes;
        in Russian, also in another case than the full name's (Манделы, Спектеру after "Нельсон Мандела",
        "Арлена Спектера"). A Russian word the dictionary does not know that the model read as a person
        twice or more on the page (Пеле, Мэддокса) is a person too, unless the registry knows it."""
        if mention.label != "PERSON" or normalized.label != "MISC" or " " in mention.text.strip():
            return normalized
        name = self.names.normalize(mention.text, mention.lang, _before(text, mention))
        key = LinkKey.parse(name.link_key) if name is not None else None
        if key is None or not key.is_person or not key.is_surname_only:
            return normalized
        if key.surname not in by_surname:
            # A foreign surname in a case (Хоровитца after "Скотт Хоровитц"): the person by its nominative.
            nominative = next((form for form in sorted(self.names.surname_nominatives(mention.text.strip()))
                               if latin_key(form) in by_surname), None)
            declined = self.names.normalize(nominative, mention.lang) if nominative else None
            if declined is None:
                # A given name alone: the one person the page names in full with it.
                named = by_given.get(key.surname, set())
                if mention.lang == "ru" and not named:
                    stem = self._russian_name_stem(mention.text.strip())
                    named = by_word_stem.get(stem, set())
                    if named:
                        return replace(mention, normalized=name.display,
                                       link_key=next(iter(named)) if len(named) == 1 else name.link_key)
                    if stem in repeated_stems and self._unknown_russian_word(mention.text.strip()):
                        return replace(mention, normalized=name.display, link_key=name.link_key)
                return replace(mention, normalized=name.display, link_key=next(iter(named))) if len(named) == 1 else normalized
            name = declined
        return replace(mention, normalized=name.display, link_key=name.link_key)

    def _unknown_russian_word(self, word: str) -> bool:
        """A word no Russian dictionary, the registry or the countries' list knows."""
        return (not russian_morphology().word_is_known(word.lower()) and self.registry.lookup(word, "ru") is None
                and word.lower() not in self.country_names)

    def _russian_name_stem(self, word: str) -> str:
        """A Russian name word without its case ending, where a stem of three letters or more is left."""
        word = word.strip(_NAME_PUNCTUATION)
        return next((word[:-len(ending)] for ending in self.name_case_endings
                     if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_NAME_STEM), word)


_VOWELS = re.compile(r"[aeiouy]")
# Letters a Russian spelling of a Kazakh name writes otherwise (folded keys): қ as х (Бақыт, Бахыт: k, h), н
# before б as м (Дүйсенбаев, Дюсембаев), ң as н (Жаңабаева, Жанабаева: ng, n).
_RUSSIAN_SPELLINGS = (("ng", "n"), ("h", "k"), ("nb", "mb"))


_GLOSS_AFTER_A_NAME = re.compile(r"[^\S\n]*\(")
_GLOSS_CLOSING = re.compile(r"[^\S\n]*(?:[-–—][^\S\n]*[^\W\d_]{2,5}\.?[^\S\n]*)?\)")


def _glossed_in_brackets_after(mention: Mention, mentions: list[Mention], text: str) -> set[str]:
    """The person a writer names in full in brackets right after a name of one word, a familiar or short form the
    page glosses ("Бөкеңнің (Name Surname – авт.) сөзі", "Сәкен (Name Surname) айтты"): that person."""
    opening = _GLOSS_AFTER_A_NAME.match(text, mention.end)
    if opening is None:
        return set()
    return {other.link_key for other in mentions if other.link_key and other.label == "PERSON" and other.start == opening.end()
            and len(other.text.split()) >= 2 and _GLOSS_CLOSING.match(text, other.end)
            and (key := LinkKey.parse(other.link_key)).is_person and not key.is_surname_only}


def _consonants(key_word: str) -> str:
    """A name's folded key less its vowels, with the letters Russian spells otherwise made one."""
    word = _VOWELS.sub("", key_word)
    for letters, replacement in _RUSSIAN_SPELLINGS:
        word = word.replace(letters, replacement)
    return word


_LATIN_CH_FOR_KH = re.compile(r"(?<=[a-z])ch")  # a folded key's "ch" inside a word, where English may write х (kh: h)
_CYRILLIC_ACRONYM = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,4}")


def _in_the_language_of_its_letters(mention: Mention) -> Mention:
    """A Cyrillic name quoted in a sentence of a Latin-script language (a banner «... Күләш Байжановаға рахмет!» in an
    English report) is read by the rules of the language it is written in, its case ending cut: Kazakh where it has a
    letter only Kazakh writes, else Russian."""
    if mention.label != "PERSON" or WRITTEN_IN.get(mention.lang) != "Latn" or dominant_script(mention.text) != "Cyrl":
        return mention
    return replace(mention, lang="kk" if SIGNATURE_LETTERS["kk"].search(mention.text) else "ru")


def _spellings_of_one_name(mentions: list[Mention]) -> dict[str, str]:
    """Full names one page writes in two languages, the given name and the surname differing in their vowels
    and the letters Russian spells otherwise only ("Асхат Оралұлы Жақыпов" and "Асхатом Ораловичем Жакуповым",
    "Бауыржан" and "Бауржан", "Бақыт Сәрсенов" and "Бахыт Сарсенов", "Helen Watson" and "Хелен Уотсон"): one
    person, keyed as first written. In one language such names are two people (Ахметова and Ахматова). So is a
    name by its initials in the other language ("Жаңабаева А.С." in a Kazakh menu, "Алия Сабитовна Жанабаева"
    in the Russian news under it): the one full name of the other language spelled so, its given name of that
    initial. Each later key -> the key first written."""
    first_keys: dict[tuple[str, str], tuple[str, str]] = {}
    first_latin: dict[tuple[str, str, str], str] = {}
    first_of: dict[str, str] = {}
    by_initials = []
    for mention in mentions:
        key = LinkKey.parse(mention.link_key) if mention.link_key else None
        if key is not None and key.is_person and key.given and key.surname:
            first, lang = first_keys.setdefault((_consonants(key.given), _consonants(key.surname)), (mention.link_key, mention.lang))
            if first != mention.link_key and lang != mention.lang:
                first_of[mention.link_key] = first
            elif WRITTEN_IN.get(mention.lang) == "Latn":
                # In a Latin script the Russian х is written "kh" or, after Greek and German, "ch" ("Arkhimedes" and
                # "Archimedes", "Mikhail" and "Michail"): one page's two such spellings of one surname's given name are one person.
                first = first_latin.setdefault((mention.lang, key.surname, _LATIN_CH_FOR_KH.sub("h", key.given)), mention.link_key)
                if first != mention.link_key:
                    first_of[mention.link_key] = first
        elif key is not None and key.is_person and key.initial and key.surname:
            by_initials.append((mention, key))
    full_names: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for key_text, lang in first_keys.values():
        key = LinkKey.parse(key_text)
        full_names.setdefault((_consonants(key.surname), key.given[:1]), set()).add((key_text, lang))
    for mention, key in by_initials:
        named = {key_text for key_text, lang in full_names.get((_consonants(key.surname), key.initial[:1]), ())
                 if lang != mention.lang}
        if len(named) == 1:
            first_of[mention.link_key] = named.pop()
    # A word of a full name a Latin-script page writes once a consonant short, its other words the same ("Aslanbe Tokenov"
    # after "Aslanbek Tokenov", a headline's cut "Lee Minjoo" for "Lee Minjoon"): a slip of the fuller spelling's person.
    # A vowel more or less is another name ("Aida" and "Aidar" aside, "Ivanov" and "Ivanova" are two people).
    latin_names = {}
    for mention in mentions:
        key = LinkKey.parse(mention.link_key) if mention.link_key else None
        if key is not None and key.is_person and key.given and key.surname and WRITTEN_IN.get(mention.lang) == "Latn":
            latin_names.setdefault(mention.link_key, (mention.lang, key.given, key.surname))
    for key_text, (lang, given, surname) in latin_names.items():
        fuller = [other for other, (other_lang, other_given, other_surname) in latin_names.items()
                  if other_lang == lang and (given == other_given and _one_consonant_short(surname, other_surname)
                                             or surname == other_surname and _one_consonant_short(given, other_given))]
        if len(fuller) == 1 and key_text not in first_of:
            first_of[key_text] = first_of.get(fuller[0], fuller[0])
    return first_of


def _one_consonant_short(word: str, fuller: str) -> bool:
    """Whether ``fuller`` is ``word`` and one more consonant at its end, a word of five letters or more."""
    return len(word) >= 5 and fuller[:-1] == word and fuller[-1:].isalpha() and fuller[-1] not in "aeiouy"


def _given_names_left_out(given: str, fuller: str | None) -> bool:
    """Whether ``fuller`` is ``given`` with more given names: its words in order, and others besides."""
    words, fuller_words = given.split(), (fuller or "").split()
    remaining = iter(fuller_words)
    return len(words) < len(fuller_words) and all(word in remaining for word in words)


def _named_last_before(mention: Mention, keys: set[str], mentions: list[Mention]) -> set[str]:
    """Of several persons an English surname alone may join, the one named last before it ("Aidos Temirov ... Bolat
    Temirov got 40 of the votes ... Temirov said": Bolat): a report's surname alone is the one it has just named; all of
    them where it named none before."""
    before = [other for other in mentions if other.end <= mention.start and other.link_key in keys]
    return {max(before, key=lambda other: other.start).link_key} if before else keys


def _fullest(keys: set[str]) -> set[str]:
    """Of the person keys a surname alone may join, the one full name that the others write with
    its initial only ("Ерболат Досаев" and "Е. Досаев" are one person), else all of them."""
    parsed = [LinkKey.parse(key) for key in keys]
    full = [key for key in parsed if key.given]
    if len(full) == 1 and all(key.given or key.initial == full[0].initial for key in parsed):
        return {str(full[0])}
    return keys


def _numbered(mention: Mention, text: str) -> bool:
    """A name has no digit in a word (a model's "EZ2DJ", "F-86 Sabre") and no number sign before a
    number ("Train No." 23, "School No" 5): such a "person" names a thing."""
    return any(_LETTER_AND_DIGIT.search(word) for word in mention.text.split()) or (
        _NUMBER_SIGN_AT_END.search(mention.text) is not None and _NUMBER_NEXT.match(text, mention.end) is not None)


_LETTER_AND_DIGIT = re.compile(r"[^\W\d_].*\d|\d.*[^\W\d_]")
_NUMBER_SIGN_AT_END = re.compile(r"(?:\bNo|№|\bN)\.?$")
_NUMBER_NEXT = re.compile(r"\.?\s?\d")


def _before(text: str, mention: Mention) -> str:
    """The page's text just before a mention: what a name's case may depend on."""
    return text[max(0, mention.start - CASE_CONTEXT_CHARS):mention.start]


def _after(text: str, mention: Mention) -> str:
    """The page's text just after a mention: the verb a name may be the subject of."""
    return text[mention.end:mention.end + 40]


def _up_to_a_closing_quote(words: list[str]) -> list[str]:
    """The words up to the one a quote closes: a quoted name ends there, and what follows is another's
    ("AEO “Nazarbayev Intellectual schools” K. Name": the name of the organization's head after it)."""
    closing = next((index for index, word in enumerate(words) if word.rstrip(",.;:!?")[-1:] in _CLOSING_QUOTES), None)
    return words if closing is None else words[:closing + 1]


def _same_father(patronymic: str, other: str) -> bool:
    """Whether two patronymics, in any script and form (Серікұлы, Serikovich, Сериковна), may be of one father's name: their
    Latin keys open alike."""
    return latin_key(patronymic)[:3] == latin_key(other)[:3]


# A Russian surname in -ова, -ева or -ина: a woman's nominative, or a man's genitive or accusative.
_RUSSIAN_SURNAME_IN_OVA = re.compile(r"(?:ов|ев|ёв|ин)а$", re.IGNORECASE)


def _grouped_by_first_word(terms: list[str]) -> dict[str, list[str]]:
    """Terms by their first word, lower-cased: the rest of each."""
    grouped: dict[str, list[str]] = {}
    for term in terms:
        first, _, rest = term.lower().partition(" ")
        if rest:
            grouped.setdefault(first, []).append(rest)
    return grouped
