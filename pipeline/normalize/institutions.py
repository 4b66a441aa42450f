"""Institution names: nominative, unified quotes and numbering, and lookup in the registry.

``pipeline/data/institutions.yaml`` holds canonical kk/ru/en names, abbreviations and aliases.
A name found there gets the registry id; any other name gets an id from its folded key, so the
same unknown institution written the same way clusters across pages.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.data import DATA_DIR, read_yaml
from pipeline.lexicon import Lexicon, words_in_all
from pipeline.normalize.latin import latin_key
from pipeline.normalize.names import russian_morphology
from pipeline.patterns import any_of, kazakh_place_at
from pipeline.records import Institution, stable_id
from pipeline.translit import alphabets, to_latin

REGISTRY_FILE = DATA_DIR / "institutions.yaml"
REGIONS_FILE = DATA_DIR / "regions.yaml"
_QUOTES = re.compile(r"[«»\"“”„‟'’`]")
_QUOTED_ALONE = re.compile(r"«([^«»]+)»")
_DASHED_COMPOUND = re.compile(r"(?<=[а-яё])\s+[–—]\s+(?=[а-яё])")
_BRACKETED_AT_END = re.compile(r"\s*\(([^()]+)\)\s*$")  # a name's short form or acronym after it
# The acronyms of the bodies an institution reports to, after its name as a state institute's site writes it in its
# header ("Институт ботаники и фитоинтродукции КЛХЖМ МЭПР РК": its committee's, its ministry's, the republic's).
# An English branch's noun closing an institution's name ("... Regional Branch Office", "... branch") (``_lookup``).
_ENGLISH_BRANCH_AT_END = re.compile(r"\s+branch(?:\s+office)?\s*$", re.IGNORECASE)
_PARENTS_ACRONYMS_AT_END = re.compile(r"(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})+\s+РК\s*$")
_NUMBER = re.compile(r"(?:\bNo\.?|№|\bN)\s*(\d+)", re.IGNORECASE)  # the "n" of "in 2020" is no number sign
# The kinds of part of a district's name that its word's cases leave as they are (Registry._district_parts).
_DISTRICT_PARTS = ("kazakh", "kazakh_named_after", "russian_adjective", "russian_after_noun", "whole")
# The registry's types of a body over many states or abroad: none is a region's own (``Registry.of_region``).
_OF_NO_REGION = frozenset({"international organization", "foreign agency", "development bank", "diplomatic mission"})
# A Russian place adjective's ending ("Шымкентская", "Актюбинского").
_RUSSIAN_PLACE_ADJECTIVE_ENDING = re.compile(r"ск(?:ий|ая|ое|ие|ого|ой|ую|им|ом|их|ими|ому)$")
_STEM = 5  # letters of a region's name that tell it from another's in any case: Ақтөбе, Актюбинской -> aktob, aktiu
_LEADING_ARTICLE = re.compile(r"^(?:the|a)\s+", re.IGNORECASE)


def _without_stray_brackets(name: str) -> str:
    """A name without a bracket at either end that closes or opens nothing in it: the closing bracket of an acronym
    after the name stays ("Федеральная служба по надзору в сфере связи (Роскомнадзора)")."""
    if name.startswith("(") and name.count("(") > name.count(")"):
        name = name[1:]
    if name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1]
    return name.rstrip("( ").strip(" ,.;:-–—")
# A period between two letters ends an abbreviation glued to the next word: initials (Л.Н.Гумилева) and
# "named after" (им.аль-Фараби) read as spaced (Л. Н. Гумилева, им. аль-Фараби), however a page spaces them.
_GLUED_ABBREVIATION = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Key for matching: quotes dropped, numbering unified, a leading article dropped, abbreviations
    spaced, Latin key."""
    name = _LEADING_ARTICLE.sub("", _QUOTES.sub(" ", name.strip()))
    if "." in name:  # most names have no period: no regex for them
        name = _GLUED_ABBREVIATION.sub(". ", name)
    name = _NUMBER.sub(r" n\1 ", name)
    return latin_key(name)


def _stems_of_few(names: dict[str, Region], most_regions: int) -> dict[str, set[str]]:
    """Region id -> the beginnings (``_STEM`` letters) of the first words of its folded ``names``, those that open no more
    than ``most_regions`` regions' names."""
    stems: dict[str, set[str]] = {}
    for key, region in names.items():
        stems.setdefault(region.region_id, set()).add(key.split(" ")[0][:_STEM])
    regions_of = Counter(stem for region_stems in stems.values() for stem in region_stems)
    return {region_id: {stem for stem in region_stems if regions_of[stem] <= most_regions} for region_id, region_stems in stems.items()}


def _by_domain(by_domain: dict, url: str | None):
    """The value of the page's web domain or of a domain it is a subdomain of, in ``by_domain``. A key with a path is
    one body's section of a portal ("gov.kz/memleket/entities/taskala-maslihat", a district maslikhat's pages on
    gov.kz): the pages under that path are its own, before the portal's domain."""
    if not url:
        return None
    parts_of_url = urlsplit(url if "//" in url else f"//{url}")
    parts = (parts_of_url.hostname or "").lower().rstrip(".").split(".")
    segments = [segment for segment in parts_of_url.path.lower().split("/") if segment]
    for index in range(len(parts) - 1):
        domain = ".".join(parts[index:])
        for key in [f"{domain}/{'/'.join(segments[:depth])}" for depth in range(len(segments), 0, -1)] + [domain]:
            if key in by_domain:
                return by_domain[key]
    return None


# Labels of a web host that say it is a school's or a university's (arizona.edu, ox.ac.uk, tsinghua.edu.cn).
_ACADEMIC_HOST_LABELS = frozenset({"edu", "ac", "university"})


def academic_host_words(url: str | None) -> frozenset[str]:
    """The words of an academic web host's name, its domain's suffixes left out ("humanities.arizona.edu": humanities,
    arizona); none for any other host (a news agency's, a city's)."""
    if not url:
        return frozenset()
    labels = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower().rstrip(".").split(".")
    return frozenset(labels) - _ACADEMIC_HOST_LABELS - {labels[-1], "www"} if _ACADEMIC_HOST_LABELS & set(labels) else frozenset()


_NAMESAKES_SURNAME = re.compile(r"\w{3}(?:ов|ев|ёв|ин|ын)$")


def _with_its_own_stem(word: str, parse, inflected: str) -> str:
    """A superlative inflected keeps its own stem: the dictionary files "высшего" under "высокий" and inflects it
    to "высочайший", a name's "высший колледж" is "высший". The ending changes as its lexeme's usual form does."""
    if "Supr" not in parse.tag:
        return inflected
    usual = parse.inflect(set(parse.tag.grammemes))
    if usual is None:
        return inflected
    stem = len(os.path.commonprefix([usual.word, inflected]))
    ending = usual.word[stem:]
    return word[:len(word) - len(ending)] + inflected[stem:] if word.endswith(ending) else inflected


def _russian_head_to_nominative(name: str, known_nouns: frozenset[str] = frozenset()) -> str:
    """Puts the leading adjectives and their noun in the nominative; the genitive complement stays.
    ``known_nouns``: institution nouns whose forms the dictionary reads as another word (маслихата)."""
    morph = russian_morphology()
    words = name.split(" ")
    agreed = None  # the adjective's case and gender, which its noun shares
    for index, word in enumerate(words):
        if len(word) > 1 and (word.isupper() or _written_as_an_acronym(word)):
            break  # an acronym heads the name and does not decline (КазНУ, ВКГУ, КарУ)
        # A namesake's surname opening the name stays as it is ("Назарбаев Интеллектуальной школы").
        if index == 0 and len(words) > 1 and words[1][:1].isupper() and any("Surn" in p.tag for p in morph.parse(word)):
            continue
        # ... and so does one before a noun in lower case, which the dictionary reads as a plural's genitive
        # ("Торайгыров университета": not "Торайгыр").
        if index == 0 and len(words) > 1 and word[:1].isupper() and _NAMESAKES_SURNAME.search(word):
            continue
        parses = [p for p in morph.parse(word) if p.tag.POS in ("ADJF", "NOUN")]
        if not parses:
            break
        # A word the dictionary guesses may be a surname or an adjective: inside a name, the adjective
        # ("Ботакаринской средней школы", "психолого-медико-педагогического центра").
        if any(p.tag.POS == "ADJF" for p in parses):
            parses = [p for p in parses if "Surn" not in p.tag]
            # An adjective the dictionary also reads as a noun made of it, before a common noun of the name it agrees
            # with, maybe other adjectives between, is the adjective ("Павлодарского городского маслихата": not
            # "городской", a townsman; "Главного ботанического сада": not "главное"; "сборной Испании" stays the team).
            adjectives = {(p.tag.case, p.tag.gender) for p in parses if p.tag.POS == "ADJF"}
            following = next((w for w in words[index + 1:] if not all(p.tag.POS == "ADJF" for p in morph.parse(w))), "")
            if following.islower() and any(p.tag.POS == "NOUN" and (p.tag.case, p.tag.gender) in adjectives
                                           for p in morph.parse(following)):
                parses = [p for p in parses if p.tag.POS == "ADJF"]
        # A noun pymorphy does not know ("маслихата") is read as its adjective says: masculine genitive.
        parse = next((p for p in parses if p.tag.POS == "NOUN" and p.normal_form in known_nouns), None) or next(
            (p for p in parses if agreed and p.tag.POS == "NOUN" and (p.tag.case, p.tag.gender) in agreed), parses[0])
        noun = parse.tag.POS == "NOUN"
        gender = None
        if not noun:
            agreed = agreed or {(p.tag.case, p.tag.gender) for p in parses if p.tag.POS == "ADJF"}
            following = next((p for w in words[index + 1:] for p in morph.parse(w) if p.tag.POS == "NOUN"
                              and (p.tag.case, p.tag.gender) in agreed), None) or \
                next((p for w in words[index + 1:] for p in morph.parse(w) if p.tag.POS == "NOUN"), None)
            gender = following.tag.gender if following else None
        target = {"nomn", "sing"} | ({gender} if gender else set())
        inflected = parse.inflect(target) or parse.inflect({"nomn"})
        if inflected:
            nominative = _with_its_own_stem(word.lower(), parse, inflected.word)
            words[index] = nominative.capitalize() if word[:1].isupper() else nominative
        if noun:
            break
    return " ".join(words)



@dataclass(frozen=True)
class Region:
    """A region or a city of republican significance (``data/regions.yaml``), and its akimat."""

    region_id: str
    kind: str  # region | city
    name: str
    akimat: Institution
    name_kk: str | None = None


class Registry:
    """The institutions registry (``data/institutions.yaml`` plus the user's ``institutions_file``)
    and the regions with their akimats (``data/regions.yaml``): lookups by name as written, by
    id, by web domain, by region name. Built once per process by ``pipeline.resources``."""

    def __init__(self, entries: list[dict], regions: list[dict], lexicons: dict[str, Lexicon]):
        # A Kazakh name's last word in a case after its possessive ending (мәслихатының): the case goes, in a headline's
        # capitals too (ТҮРКІСТАН ОБЛЫСТЫҚ МӘСЛИХАТЫНЫҢ).
        self._kazakh_case_after_possessive = re.compile(
            f"(?<=[ыі])(?:{any_of(lexicons['kk'].words('case_endings_after_possessive'))})$", re.IGNORECASE)
        # After a vowel other than a possessive's ы/і too: кафедраның -> кафедра, балабақшаның -> балабақша.
        self._kazakh_genitive_after_a_stem = re.compile(
            rf"(?<=\w{{2}}[^\W\d_ыі])(?:{any_of(lexicons['kk'].words('genitive_endings'))})$", re.IGNORECASE)
        # The accusative too: a verb of heading's object ("№1 гимназияны басқарды": the gymnasium).
        self._kazakh_oblique_endings = lexicons["kk"].words("oblique_case_endings_of_words") + lexicons["kk"].words("accusative_endings")
        self._kazakh_bare_heads = tuple(lexicons["kk"].words("institutions_after_number") + lexicons["kk"].words("bare_institution_heads"))
        # A Kazakh place "at" which the institution is, before a name that opens with a capital, a number or a
        # quote: "Алматыдағы Қазақ ұлттық университеті", "Атырау облысындағы Құлсары қаласы" ("Абай атындағы",
        # named after, is in lower case: no place).
        capital = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
        name_at, place_word_at = kazakh_place_at(lexicons["kk"])
        self._kazakh_place_where = re.compile(
            rf"^(?:{name_at}|(?:[{capital}][\w-]*\s+){{1,2}}(?:{place_word_at}))\s+(?=[{capital}№«\"\d]|әл-)")
        # A larger place named before a smaller one, in the nominative or the genitive: "Алматы облысы Қонаев қаласы".
        self._kazakh_place_before_a_place = re.compile(
            rf"^(?:[{capital}][\w-]*\s+){{1,2}}(?:{any_of(lexicons['kk'].words('place_before_a_place_words'))})\s+"
            rf"(?=(?:[{capital}][\w-]*\s+){{1,2}}(?:{any_of(lexicons['kk'].words('place_before_a_place_words'))})$)")
        # An acronym takes its case ending after a hyphen (ҚазҰУ-дың): the ending goes.
        self._kazakh_case_after_acronym = re.compile(
            rf"[-‑](?:{any_of(lexicons['kk'].words('acronym_endings'))})$")
        self._russian_institution_nouns = frozenset(lexicons["ru"].words("institution_nouns_read_as_other_words"))
        self.nominative = lru_cache(maxsize=100_000)(self._nominative)  # per instance: its lexicons
        self._succession: dict[str, tuple[date, str]] = {}  # id -> (the day it was formed, the id it took over)
        self.regions: dict[str, Region] = {}
        self._region_names: dict[str, Region] = {}  # folded names and forms -> region
        self._region_centres: dict[str, Region] = {}  # folded forms of the centre city -> region
        self._region_phrases: dict[str, Region] = {}  # names and forms of two words or more, abbreviations, as written -> region
        self._region_sites: dict[str, Region] = {}  # web domain of a region's own news outlet -> region
        self._district_sites: dict[str, str] = {}  # web domain of a district's own newspaper -> the district's Kazakh name
        for entry in regions:
            self._add_region(entry)
        self._region_phrase = re.compile(rf"(?<![\w-])(?:{any_of(self._region_phrases)})(?![\w-])") if self._region_phrases else None
        # The districts (аудан, район) of regions.yaml, by the part of a name their word's case leaves as it is (the
        # Kazakh name before "ауданы", the Russian adjective's stem, the name after "район", an English or other name
        # whole), folded: the region, None where two regions have a district so named (Жамбыл ауданы). One pattern reads
        # the district's word in its cases after or before that part. Read after every region, so that a district named
        # like a place ("район Алматы" of Astana) knows the place's names.
        kazakh_words = lexicons["kk"].words("district_words_after_its_name")
        kazakh_words_after_named_after = lexicons["kk"].words("district_words_after_named_after")
        russian_nouns = lexicons["ru"].words("district_nouns")
        self._russian_district_adjective_endings = lexicons["ru"].table("district_adjective_endings")
        self._russian_district_nouns_meaning_around = frozenset(lexicons["ru"].words("district_nouns_meaning_around"))
        self._district_regions: dict[tuple[str, str], Region | None] = {}
        self._district_names: dict[str, dict[str, str]] = {}  # a district's folded Kazakh name -> its names by language
        parts: dict[str, set[str]] = {kind: set() for kind in _DISTRICT_PARTS}
        for entry in regions:
            region = self.regions[entry["id"]]
            for district in entry.get("districts") or []:
                self._district_names[fold(str(district["kk"]))] = {lang: str(district[lang]) for lang in ("kk", "ru", "en")}
                for kind, part in self._district_parts(district):
                    key = (kind, fold(part))
                    known = self._district_regions.get(key, region)
                    self._district_regions[key] = region if known is not None and known.region_id == region.region_id else None
                    parts[kind].add(part.lower().replace("ё", "е"))
        endings = {ending for cases in self._russian_district_adjective_endings.values() for ending in cases}
        self._district_phrase = re.compile(
            rf"(?<![\w-])(?:(?P<kazakh>{any_of(parts['kazakh'])})\s+(?:{any_of(kazakh_words)})"
            rf"|(?P<kazakh_named_after>{any_of(parts['kazakh_named_after'])})\s+(?:{any_of(kazakh_words_after_named_after)})"
            rf"|(?P<russian_adjective>{any_of(parts['russian_adjective'])})(?:{any_of(endings)})\s+(?:{any_of(russian_nouns)})"
            rf"|(?P<russian_noun>{any_of(russian_nouns)})\s+(?P<russian_after_noun>{any_of(parts['russian_after_noun'])})"
            rf"|(?P<whole>{any_of(parts['whole'])}))(?![\w-])", re.IGNORECASE) if any(parts.values()) else None
        self._add_towns(regions, lexicons)
        self._region_by_akimat = {region.akimat.org_id: region for region in self.regions.values()}
        self.by_alias: dict[str, Institution] = {}  # folded alias -> institution
        self._acronym_scripts: dict[str, set[str]] = {}  # folded acronym -> the scripts the registry writes it in
        self._domains: dict[str, str] = {}  # web domain -> id
        # the registered names written as acronyms (KazNU, ҚазҰУ, ЕНУ) or as one compound word of capitalized parts
        # (KazMunayGas, Samruk-Kazyna), as written: no word of a sentence looks like them
        self.acronyms: set[str] = set()
        self.acronym_phrases: set[str] = set()  # ... and as acronyms of several words (НАН РК, МНВО РК, ҚР ҰҒА)
        for entry in entries:
            institution = Institution(entry["id"], entry["en"], entry.get("kk"), entry.get("ru"), entry.get("en"),
                                      entry.get("type"), True)
            for alias in [entry.get("en"), entry.get("ru"), entry.get("kk"), *entry.get("aliases", [])]:
                if alias:
                    self.by_alias[fold(str(alias))] = institution
            self.acronyms.update(str(alias) for alias in entry.get("aliases", [])
                                 if (_written_as_an_acronym(str(alias)) or _COMPOUND_NAME.fullmatch(str(alias)))
                                 and " " not in str(alias) and len(str(alias)) >= 3)
            self.acronym_phrases.update(str(alias) for alias in entry.get("aliases", [])
                                        if len(str(alias).split()) >= 2 and all(_ACRONYM.match(word) and word.isupper()
                                                                               for word in str(alias).split()))
            for alias in entry.get("aliases", []):
                script = _acronym_script(str(alias))
                if script:
                    self._acronym_scripts.setdefault(fold(str(alias)), set()).add(script)
            self._domains.update({str(domain).lower(): entry["id"] for domain in entry.get("domains", [])})
            self._add_succession(entry)
        self._filler_words = frozenset(lexicons["common"].words("institution_filler_words"))
        self._akimat_offices = [(re.compile(rf"(?<!\S){re.escape(fold(office))}(?!\S)"), fold(akimat))
                                for akimat, offices in lexicons["common"].table("akimat_office_forms").items() for office in offices]
        self._legal_forms = re.compile(rf"(?<![\w-])(?:{any_of(lexicons['common'].words('legal_form_abbreviations'))})(?![\w-])\s*")
        self._foreign_state = re.compile(rf"(?<!\w)(?:{any_of(lexicons['common'].words('foreign_state_abbreviations'))})(?!\w)")
        self._national_adjective_before_a_state_body = re.compile(
            rf"^(?:the\s+)?(?:{any_of(lexicons['en'].words('national_adjectives_before_a_state_body'))})\s+"
            rf"(?=(?:{any_of(lexicons['en'].words('state_body_nouns'))})(?!\w))", re.IGNORECASE)
        # The words of each name in any order; None where two institutions share them.
        self._by_words: dict[frozenset[str], Institution | None] = {}
        alias_words = {key: self.content_words(key) for key in self.by_alias}
        # A two-letter acronym in capitals inside a name tells it from others ("Astana IT University" is no "Astana
        # University", "International IT University" no "University of International ..."): its words keep it.
        with_acronyms = {fold(str(alias)): self._words_with_short_acronyms(str(alias), alias_words.get(fold(str(alias)), frozenset()))
                         for entry in entries for alias in [entry.get("en"), *entry.get("aliases", [])] if alias}
        for key, institution in self.by_alias.items():
            words = with_acronyms.get(key, alias_words[key])
            if len(words) >= 2:
                known = self._by_words.get(words, institution)
                self._by_words[words] = institution if known is not None and known.org_id == institution.org_id else None
        self._regional_adjectives = tuple(fold(word) for word in lexicons["common"].words("regional_adjectives"))
        self._city_adjectives = tuple(fold(word) for word in lexicons["common"].words("city_adjectives"))
        self._regions_own_heads = tuple(fold(word) for word in lexicons["common"].words("heads_of_regions_own_bodies"))
        # The institutions a name of says they are a city's ("Павлодар қалалық мәслихаты"): no region's own body.
        self._city_bodies = frozenset(institution.org_id for key, institution in self.by_alias.items()
                                      if any(word.startswith(self._city_adjectives) for word in alias_words[key]))
        # A first word that many regions' names open with is a place's noun ("city", "г.", "город"), no region's
        # (Almaty's two, the city and the region, share theirs); a centre's is its own alone.
        self._region_stems = _stems_of_few(self._region_names, 2)  # region id -> beginnings of its names' first words
        self._centre_stems = _stems_of_few(self._region_centres, 1)  # region id -> beginnings of its centre's names' first words
        self.by_id = {institution.org_id: institution for institution in self.by_alias.values()}
        # Registered names of institutions named after a person ("Л.Н. Гумилев атындағы Еуразия ұлттық
        # университеті"), by the folded name word before "атындағы": their content words.
        self._named_after_words = frozenset(map(fold, lexicons["kk"].words("named_after_after_name")))
        self._named_after: dict[str, list[tuple[frozenset[str], Institution]]] = {}
        for key, institution in self.by_alias.items():
            at = self._named_after_at(key.split(" "))
            if at is not None:
                self._named_after.setdefault(key.split(" ")[at - 1], []).append((alias_words[key], institution))
        for region in self.regions.values():
            akimat = self.by_id.setdefault(region.akimat.org_id, region.akimat)
            # Kazakh writes the akimat as a compound too: "Түркістан облысы әкімдігі" beside "облысының әкімдігі".
            compound = f"{region.name_kk} {region.akimat.name_kk.split()[-1]}" if region.name_kk and region.akimat.name_kk else None
            for name in (region.akimat.name_kk, region.akimat.name_ru, region.akimat.name_en, compound):
                if name:
                    self.by_alias.setdefault(fold(name), akimat)
        # Folded first words of every registered name and alias: where a name can start; a name that opens
        # with initials starts at a word of them, glued or not (Л., Л.Н., Л.Н.Гумилев).
        self.first_words = frozenset(start for key in self.by_alias if key for start in _opening_words(key))
        self._alias_words = [(alias_words[key] if key in alias_words else self.content_words(key), institution) for key, institution in self.by_alias.items()]
        self.lookup = lru_cache(maxsize=100_000)(self._lookup)  # per instance: the registry it reads
        self.region_of = lru_cache(maxsize=100_000)(self._region_of)  # asked of every span by the repairs
        self.region_of_its_body = lru_cache(maxsize=100_000)(self._region_of_its_body)  # asked again at each title a page's region is read for

    @classmethod
    def from_files(cls, registry_files: list[Path], lexicons: dict[str, Lexicon],
                   regions_file: Path = REGIONS_FILE) -> "Registry":
        entries = [entry for path in registry_files for entry in (read_yaml(path).get("institutions") or [])]
        return cls(entries, read_yaml(regions_file).get("regions") or [], lexicons)

    def _nominative(self, name: str, lang: str) -> str:
        """(``nominative``) Қызылорда облысы мәслихатының -> Қызылорда облысы мәслихаты; Республиканской
        ассоциации частных организаций -> Республиканская ассоциация частных организаций; quotes as «», numbers as №."""
        name = re.sub(r"\s+", " ", _LEADING_ARTICLE.sub("", _without_stray_brackets(name.strip(" ,.;:-–—"))))
        name = re.sub(r"[\"“”„]([^\"“”„]+)[\"“”„]", r"«\1»", name)
        # A span that ends inside its quoted name (NER leaves the closing quote out): the quote closes it.
        name += "»" * (name.count("«") - name.count("»"))
        if lang == "kk":
            words = name.split(" ")
            # A head word broken across a line with its possessive after a hyphen, as a printed paper's page is copied
            # ("мектеп-гимназия-сында"): one word.
            words[-1] = _POSSESSIVE_AFTER_A_LINE_BREAK_HYPHEN.sub(r"\1\2", words[-1])
            last = words[-1]
            acronym = self._kazakh_case_after_acronym.search(last)
            words[-1] = (last[:acronym.start()] if acronym and _written_as_an_acronym(last[:acronym.start()])
                         else self._kazakh_case_after_possessive.sub("", last))
            if words[-1] == last:  # a head word in the genitive without a possessive: мектептің -> мектеп
                words[-1] = self._kazakh_genitive_after_a_stem.sub("", last)
            if words[-1] == last:  # a head word without a possessive in another case: мектеп-гимназияда, мәслихатқа -> мектеп-гимназия, мәслихат
                words[-1] = next((last[:-len(ending)] for ending in self._kazakh_oblique_endings
                                  if last.lower().endswith(ending) and last[:-len(ending)].lower().endswith(self._kazakh_bare_heads)), last)
            name = " ".join(words)
        elif lang == "ru":
            # A compound's hyphen typed as a spaced dash between two lower-case words ("ясли – сад"): the hyphen.
            name = _DASHED_COMPOUND.sub("-", name)
            # A name in quotes alone stands in the case its title governs ("председатель совета директоров «Казахтелекома»"),
            # unless its first word may be a nominative already («Самрук-Казына»).
            quoted = _QUOTED_ALONE.fullmatch(name)
            if quoted is None:
                name = _russian_head_to_nominative(name, self._russian_institution_nouns)
            elif not any(parse.tag.case == "nomn" for parse in russian_morphology().parse(quoted.group(1).split()[0])):
                name = f"«{_russian_head_to_nominative(quoted.group(1), self._russian_institution_nouns)}»"
        return _NUMBER.sub(lambda m: f"No. {m.group(1)}" if lang == "en" else f"№ {m.group(1)}", name)

    def _add_region(self, entry: dict) -> None:
        akimat = entry["akimat"]
        region = Region(entry["id"], entry["kind"], entry["en"],
                        Institution(akimat["id"], akimat["en"], akimat.get("kk"), akimat.get("ru"), akimat.get("en"),
                                    "akimat", True), entry.get("kk"))
        self.regions[region.region_id] = region
        self._add_succession(akimat)
        for form in [entry["kk"], entry["ru"], entry["en"], *entry.get("forms", [])]:
            self._region_names[fold(str(form))] = region
            # An abbreviation in capitals (ШҚО, ЗКО) is no other word either.
            if " " in str(form).strip() or str(form).isupper():
                self._region_phrases[str(form)] = region
        centre = entry.get("centre") or {}
        for form in [centre.get("kk"), centre.get("ru"), centre.get("en"), *centre.get("forms", [])]:
            if form:
                self._region_centres[fold(str(form))] = region
        self._region_sites.update({str(domain).lower(): region for domain in entry.get("news_sites", [])})
        # A district's paper is an outlet of the district's region too.
        for domain, district in (entry.get("district_news_sites") or {}).items():
            self._district_sites[str(domain).lower()] = str(district)
            self._region_sites[str(domain).lower()] = region

    def _district_parts(self, district: dict) -> list[tuple[str, str]]:
        """How pages write a district of regions.yaml: each of its names and forms as the part that its word's cases leave
        as it is and that part's kind (``_DISTRICT_PARTS``): Ұлан ауданы -> Ұлан before "ауданы" or another case of it;
        Уланский район -> the adjective's stem Уланск before an ending and "район" in a case; район Беимбета Майлина ->
        Беимбета Майлина after "район" in a case; Ulan District and other names whole. A name without its district's
        word is none."""
        parts = []
        for name in [district["kk"], district["ru"], district["en"], *district.get("forms", [])]:
            name = " ".join(str(name).split())
            head, _, last = name.rpartition(" ")
            first, _, rest = name.partition(" ")
            adjective = head.rpartition(" ")[2]
            ending = next((ending for ending in self._russian_district_adjective_endings if adjective.endswith(ending)), None)
            if head and last == "ауданы":
                parts.append(("kazakh", head))
            elif head and last == "аудан":
                parts.append(("kazakh_named_after", head))
            elif head and last == "район" and ending:
                parts.append(("russian_adjective", head[:-len(ending)]))
            elif rest and first == "район":
                parts.append(("russian_after_noun", rest))
            else:
                parts.append(("whole", name))
        return parts

    def _add_towns(self, regions: list[dict], lexicons: dict[str, Lexicon]) -> None:
        """The towns of regional significance of regions.yaml (``towns``): every name and form in each case a page writes it
        in (Kazakh endings by the name's last sound and vowels, Russian ones by its end), lower-cased with ё as е, to its
        region and whether only its name with a town word names it; and one pattern over them with the town's words
        before and after (``towns_written_in``). A form two regions' towns share names neither."""
        self._town_forms: dict[str, tuple[Region, bool] | None] = {}
        kazakh_endings = lexicons["kk"].table("town_case_endings")
        russian_endings = lexicons["ru"].table("town_case_endings")
        not_towns = frozenset(lexicons["kk"].words("town_case_forms_that_are_other_words"))
        kazakh_letter = re.compile(f"[{''.join(lexicons['kk'].words('letters'))}]")
        for entry in regions:
            region = self.regions[entry["id"]]
            for town in entry.get("towns") or []:
                only_with_word = bool(town.get("only_with_town_word"))
                for spelling in [town["kk"], town["ru"], town["en"], *town.get("forms", [])]:
                    spelling = " ".join(str(spelling).split()).lower().replace("ё", "е")
                    forms = {spelling}
                    if _CYRILLIC.search(spelling):
                        forms |= {spelling + ending for ending in _kazakh_case_endings(spelling, kazakh_endings)}
                        # Russian cases of the Russian name (Рудный, the Kazakh one too) and of other spellings in Russian letters
                        if spelling == str(town["ru"]).lower().replace("ё", "е") or \
                                spelling != str(town["kk"]).lower() and not kazakh_letter.search(spelling):
                            forms |= _russian_cases(spelling, russian_endings)
                    forms -= not_towns
                    if spelling == str(town["kk"]).lower():  # the Kazakh name's forms as Latin-script Kazakh writes them
                        forms |= {latin for form in forms for latin in _in_kazakh_latin(form)}
                    for form in forms:
                        known = self._town_forms.get(form, (region, only_with_word))
                        self._town_forms[form] = known if known is not None and known[0].region_id == region.region_id else None
        self._town_forms = {form: known for form, known in self._town_forms.items() if known is not None}
        before = [word.lower() for word in words_in_all(lexicons, "town_words_before_its_name")]
        after = [word.lower() for word in words_in_all(lexicons, "town_words_after_its_name")]
        after += [latin for word in lexicons["kk"].words("town_words_after_its_name") for latin in _in_kazakh_latin(word)]
        after = list(dict.fromkeys(after))
        self._town_phrase = re.compile(
            rf"(?<![\w-])(?:(?P<before>{any_of(before)})\s*)?(?P<name>{any_of(self._town_forms)})"
            rf"(?:\s+(?P<after>{any_of(after)}))?(?![\w-])", re.IGNORECASE) if self._town_forms else None
        self._words_before_no_town = frozenset(word.lower() for word in words_in_all(lexicons, "words_before_a_name_that_is_no_towns"))
        self._words_after_no_town = tuple(dict.fromkeys(
            [word.lower() for word in words_in_all(lexicons, "words_after_a_name_that_is_no_towns")]
            + [latin for word in lexicons["kk"].words("words_after_a_name_that_is_no_towns") for latin in _in_kazakh_latin(word)]))

    def _town_of(self, match: re.Match, text: str) -> Region | None:
        """The region of the town a match of the town pattern in ``text`` (ё read as е) names, or None where it names none:
        a name in lower case (рудный), a bare name that is only a town's with a town word (Сатпаева), one in quotes (an
        organization's: «Ақсу»), one after a word of another place or a person's ("озеро Балхаш", "имени Сатпаева", "Lake
        Balkhash") or before one ("Ақсу ауданы", "Балқаш көлі", "Рудный Алтай", "Aksu District")."""
        name = match.group("name")
        region, only_with_word = self._town_forms[name.lower()]
        has_word = match.group("before") is not None or match.group("after") is not None
        if not name[:1].isupper() or only_with_word and not has_word:
            return None
        start, end = match.start(), match.end()
        if text[start - 1:start] in _OPENING_QUOTES or text[end:end + 1] in _CLOSING_QUOTES:
            return None
        if match.group("before") is None:
            previous = text[max(0, start - 30):start].split()
            if previous and (previous[-1].lower() in self._words_before_no_town
                             or " ".join(previous[-2:]).lower() in self._words_before_no_town):  # "the village of Aksu"
                return None
        if match.group("after") is None:
            following = text[end:end + 30].split()
            if following and following[0].lower().startswith(self._words_after_no_town):
                return None
        return region

    def _add_succession(self, entry: dict) -> None:
        """An institution formed on a day (``since``) to take over another (``succeeds``), for ``as_of``."""
        if entry.get("since") and entry.get("succeeds"):
            self._succession[entry["id"]] = (date.fromisoformat(str(entry["since"])), str(entry["succeeds"]))

    def regions_written_in(self, text: str) -> list[Region]:
        """The regions a text names by a name of two words or more or an abbreviation, as written, once per time named
        ("Сыр елінде", "Қызылорда облысында", "БҚО"): what a page is about where NER labels none."""
        return [self._region_phrases[match.group()] for match in self._region_phrase.finditer(text)] if self._region_phrase else []

    def districts_written_in(self, text: str) -> list[tuple[str, Region]]:
        """The districts (аудан, район; a city's districts too) a text names with their district word, each time named,
        in text order: the district as written and its region or city of republican significance ("Ұлан ауданының",
        "в Уланском районе", "Ulan District": East Kazakhstan Region), in any letter case. A name two regions'
        districts have (Жамбыл ауданы) names none; a district's name without its word (Ұлан) is none either; "в районе
        Алматы" is around the city, no district."""
        if self._district_phrase is None:
            return []
        found = []
        for match in self._district_phrase.finditer(_with_plain_e(text)):
            kind = next(kind for kind in _DISTRICT_PARTS if match.group(kind) is not None)
            part = fold(match.group(kind))
            if kind == "russian_after_noun" and match.group("russian_noun").lower() in self._russian_district_nouns_meaning_around \
                    and (part in self._region_names or part in self._region_centres):
                continue
            region = self._district_regions.get((kind, part))
            if region is not None:
                found.append((text[match.start():match.end()], region))
        return found

    def is_kazakh_district_name(self, written: str) -> bool:
        """Whether a name is the Kazakh name of a district of regions.yaml without its district word (Бородулиха of
        Бородулиха ауданы, Жаңаарқа, Бұқар жырау), of one region's or of several: a place's name, though it may end like a
        word in a case."""
        return ("kazakh", fold(written)) in self._district_regions

    def towns_written_in(self, text: str) -> list[tuple[str, Region]]:
        """The towns of regional significance (regions.yaml's ``towns``) a text names, each time named, in text order: the
        town as written, with its town word where it has one, and its region ("Екібастұз қаласының", "Екібастұзда",
        "города Экибастуза", "Экибастузе", "г. Рудный", "town of Rudny", "Rudny": Pavlodar and Kostanay Regions), in
        Kazakh (Latin-script Kazakh too: Ekıbastūzdağy, Ekibastuz qalasyndagy), Russian and English, in any of its
        cases, a headline's capitals too. A name in lower case is none (рудный);
        a name that is also a surname or another place's (Сатпаев, Алатау) counts only with a town word (Сәтбаев қаласы,
        города Сатпаева); a name before another place's word (Ақсу ауданы, Балқаш көлі, Рудный Алтай) or after one
        (озеро Балхаш, имени Сатпаева, Lake Balkhash), or in quotes (an organization's), is none."""
        if self._town_phrase is None:
            return []
        read = _with_plain_e(text)
        found = []
        for match in self._town_phrase.finditer(read):
            region = self._town_of(match, read)
            if region is not None:
                found.append((text[match.start():match.end()], region))
        return found

    def is_town_name(self, words: str) -> bool:
        """Whether a span is only a town's name (regions.yaml's ``towns``), in any case and letter case, with or without
        its town word ("Ekibastuz", "Экибастуза", "Екібастұз қаласының", "the town of Rudny"): a person's span that is one
        is no person. A name that is also a surname (Сатпаев, Курчатов) is a town's only with its town word."""
        if self._town_phrase is None:
            return False
        span = _LEADING_ARTICLE.sub("", _with_plain_e(" ".join(words.split())))
        match = self._town_phrase.fullmatch(span)
        if match is None:
            return False
        _, only_with_word = self._town_forms[match.group("name").lower()]
        return not only_with_word or match.group("before") is not None or match.group("after") is not None

    def as_of(self, institution: Institution, published: date | None) -> Institution:
        """The institution a page published on ``published`` means: before the day a registered one was
        formed, the one it took over ("Ministry of Education" on a 2020 page: Education and Science; the akim of
        Semey's region on a 2020 page: East Kazakhstan's, as Abai Region was formed in 2022)."""
        seen = set()
        while published is not None and institution.org_id in self._succession and institution.org_id not in seen:
            seen.add(institution.org_id)
            since, predecessor = self._succession[institution.org_id]
            if published >= since or predecessor not in self.by_id:
                break
            institution = self.by_id[predecessor]
        return institution

    def registered(self, org_id: str) -> Institution | None:
        """The registry entry with this id."""
        return self.by_id.get(org_id)

    def of_site(self, url: str | None) -> Institution | None:
        """The registered institution whose own site a page comes from (kaznmu.kz/news/... ->
        KazNMU); subdomains count (welcome.kaznu.kz)."""
        org_id = _by_domain(self._domains, url)
        return self.registered(org_id) if org_id is not None else None

    def region_of_site(self, url: str | None) -> Region | None:
        """The region whose own news outlet a page comes from (regions.yaml's ``news_sites``: pricom.kz -> Atyrau
        Region); subdomains count."""
        return _by_domain(self._region_sites, url)

    def district_of_site(self, url: str | None) -> str | None:
        """The Kazakh name of the district whose own newspaper a page comes from (regions.yaml's ``district_news_sites``:
        temirnews.kz -> Темір ауданы); subdomains count."""
        return _by_domain(self._district_sites, url)

    def district_name(self, kazakh: str, lang: str) -> str:
        """A district of regions.yaml, named by its Kazakh name, in ``lang`` (Көкпекті ауданы: Кокпектинский район);
        the Kazakh name where the file lists no such district."""
        return self._district_names.get(fold(kazakh), {}).get(lang, kazakh)

    def region_its_site_is_named_after(self, url: str | None) -> Region | None:
        """The region that the registered institution whose own site a page comes from is named after, by the first
        word of one of its names ("Северо-Казахстанский университет" on ku.edu.kz: North Kazakhstan Region), where
        that word opens one region's names only: a regional university's "аким области" is its region's akim."""
        institution = self.of_site(url)
        if institution is None:
            return None
        found = {region.region_id: region for name in (institution.name_ru, institution.name_kk, institution.name_en) if name
                 for region in self.regions.values() if fold(name.split()[0])[:_STEM] in self._region_stems.get(region.region_id, ())}
        return next(iter(found.values())) if len(found) == 1 else None

    def region_of_akimat(self, org_id: str) -> Region | None:
        """The region or city whose akimat this is."""
        return self._region_by_akimat.get(org_id)

    def _region_of(self, written: str, lang: str, by_centre: bool = False) -> Region | None:
        """(``region_of``) The region a place names (Актюбинской области, ЗКО, Ақтөбе облысының), or with
        ``by_centre`` the region whose centre it is (Актобе): only where a region is expected,
        since a centre's name can be a surname or another place."""
        forms = [written, self.nominative(written, lang)]
        if lang == "en":
            forms.append(_ENGLISH_REGIONAL.sub(" Region", written))  # "Kostanay Regional (Akim)": of the region
        if lang == "ru":
            forms.append(_RUSSIAN_REGION_BY_ITS_WORD.sub(r"\1ая область", written.strip()))  # "Актюбинского региона": the oblys
        for key in map(fold, forms):
            if key in self._region_names:
                return self._region_names[key]
            if by_centre and key in self._region_centres:
                return self._region_centres[key]
        return None

    def _lookup(self, written: str, lang: str) -> Institution | None:
        """(``lookup``) The registry entry for a name as written or in its nominative, if there is one."""
        script = _acronym_script(written)
        if script:
            known = self._acronym_scripts.get(fold(written))
            if known and script not in known:
                return None
        keys = tuple(map(self._as_the_akimat, (fold(written), fold(self.nominative(written, lang)))))
        found = next((self.by_alias[key] for key in keys if key in self.by_alias), None)
        if found is None and not self._foreign_state.search(written):
            found = next((self._by_words[words] for words in (self._words_with_short_acronyms(written, self.content_words(key)) for key in keys)
                          if len(words) >= 2 and self._by_words.get(words)), None)
        if found is None and lang == "kk" and (where := self._kazakh_place_where.match(written)) is not None:
            found = self.lookup(written[where.end():], lang)
        if found is None and lang == "kk":
            found = self._named_after_person(keys[1])
        if found is None and lang == "en" and (national := self._national_adjective_before_a_state_body.match(written)):
            found = self.lookup(written[national.end():], lang)  # "Kazakh Ministry of Education": Kazakhstan's ministry
        if found is None and (without_legal_form := self._legal_forms.sub("", written).strip()) not in ("", written.strip()):
            found = self.lookup(without_legal_form, lang)
        if found is None and (parents := _PARENTS_ACRONYMS_AT_END.search(written)) is not None \
                and any(word.islower() for word in written[:parents.start()].split()):
            found = self.lookup(written[:parents.start()], lang)
        if found is None and lang == "en" and (branch := _ENGLISH_BRANCH_AT_END.search(written)) is not None:
            # "SHIF Regional Branch Office", "Kazpost Almaty branch": a branch is its institution's, as the Russian
            # "филиал" is; the institution's name before the branch's level or place (one or two words) and its noun.
            words = written[:branch.start()].split()
            found = next((parent for size in range(len(words), max(0, len(words) - 2) - 1, -1) if size
                          and (parent := self.lookup(" ".join(words[:size]), lang)) is not None), None)
        if found is None and lang == "en" and _ENGLISH_TOWN.search(written):
            found = self.lookup(_ENGLISH_TOWN.sub("city", written), lang)  # "Rudny town akimat": English calls one қала either
        if found is None and lang == "ru":
            found = self._regions_body_before_its_place(written) or self._towns_body_by_its_adjective(written)
        if found is None and (bracketed := _BRACKETED_AT_END.search(written)) is not None and bracketed.start() > 0:
            # "Немецкая служба академических обменов (DAAD)": the name, else the acronym in brackets (not a place: "(Алматы)")
            acronym = bracketed.group(1).strip()
            found = self.lookup(written[:bracketed.start()], lang) or (
                self.lookup(acronym, lang) if " " not in acronym and sum(map(str.isupper, acronym)) >= 2 else None)
        return found

    def _regions_body_before_its_place(self, written: str) -> Institution | None:
        """A region's or a city's own body written with the place after it by a form the body's registered names do
        not hold, an abbreviation or another case ("управление образования ВКО", "управление образования Абайской
        области"): the place's registered body of that name, as ``of_region`` finds it."""
        words = written.split()
        for place_start in range(max(2, len(words) - _MAX_PLACE_WORDS), len(words)):
            body = " ".join(words[:place_start])
            if self.names_a_regions_own_body(body) and (region := self.region_of(" ".join(words[place_start:]), "ru")) is not None:
                return self.of_region(self.nominative(body, "ru"), region)
        return None

    def _towns_body_by_its_adjective(self, written: str) -> Institution | None:
        """A Russian town's body named by the town's adjective and its noun alone, without "городской" ("Экибастузский
        маслихат", "секретарь Рудненского маслихата"): the town's registered body so named with the word, where the
        adjective names no region's body too ("Павлодарский маслихат" may be the region's or its centre's)."""
        words = self.nominative(written, "ru").split()
        if len(words) != 2 or not words[0][:1].isupper():
            return None
        adjective, noun = words
        town = self.lookup(f"{adjective} городской {noun}", "ru")
        return town if town is not None and self.lookup(f"{adjective} областной {noun}", "ru") is None else None

    def _named_after_person(self, key: str) -> Institution | None:
        """The one registered institution named after the person a Kazakh name is named after whose name has
        all the name's words (in any ending): "Гумилев атындағы университет" is the Gumilyov Eurasian National
        University, "Асфендияров атындағы медицина университеті" the Asfendiyarov medical university."""
        words = key.split(" ")
        at = self._named_after_at(words)
        if at is None:
            return None
        honoree, named = words[at - 1], self._named_after.get(words[at - 1], [])
        # A registered name after the person's, an acronym too ("Гумилев атындағы ЕҰУ"), is the one of that person's.
        after = self.by_alias.get(" ".join(words[at + 1:]))
        if after is not None and any(institution.org_id == after.org_id for _, institution in named):
            return after
        wanted = self.content_words(key)
        if not wanted - {honoree}:
            return None  # the person alone ("Абай атындағы") names no one institution
        found = {institution.org_id: institution for registered, institution in named
                 if all(any(_same_stem(word, other) for other in registered) for word in wanted)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _named_after_at(self, words: list[str]) -> int | None:
        """Where "атындағы" stands among the folded words of a name, after the person's name."""
        return next((index for index, word in enumerate(words) if index and word in self._named_after_words), None)

    def without_place_where(self, written: str, lang: str) -> str:
        """A Kazakh name less the place "at" which it is written before it ("Атырау облысындағы Құлсары қаласы"
        -> "Құлсары қаласы") or the larger place named before it ("Алматы облысы Қонаев қаласы" -> "Қонаев
        қаласы"); any other name as written."""
        where = (self._kazakh_place_where.match(written) or self._kazakh_place_before_a_place.match(written)) if lang == "kk" else None
        return written[where.end():] if where else written

    def _kazakh_without_oblique_case(self, written: str) -> list[str]:
        """A Kazakh name with its last word's oblique case ending taken off, and its possessive with it: the
        forms a registered name takes in a sentence (Үкіметке, Мәжілісінде, Ақордада -> Үкімет, Мәжіліс, Ақорда);
        only a registered alias among them counts."""
        head, _, last = written.strip().rpartition(" ")
        forms = []
        for ending in self._kazakh_oblique_endings:
            stem = last[:-len(ending)]
            if last.lower().endswith(ending) and len(stem) >= 3:
                forms.append(stem)
                if stem[-1].lower() in "ыі" or stem.lower().endswith(("ын", "ін")):
                    forms.append(stem.rstrip("нН")[:-1])
        return [f"{head} {form}".strip() for form in forms]

    def names_no_region(self, written: str) -> bool:
        """Whether a name says it is a region's or a city's with an adjective, without naming which."""
        return any(word.startswith(self._regional_adjectives) for word in self.content_words(written))

    def _region_of_its_body(self, written: str) -> Region | None:
        """(``region_of_its_body``) The region or city of republican significance whose body a name says it is by the
        place's adjective or name before a regional or city adjective ("Восточно-Казахстанской областной филармонии",
        "Павлодар облыстық кітапханасы", "Алматинский городской суд"): the one region of that kind whose names open so."""
        words = written.split()
        if len(words) < 3 or not words[0][:1].isupper():
            return None
        adjective = fold(words[1])
        if not adjective.startswith(self._regional_adjectives):
            return None
        kind = "city" if adjective.startswith(self._city_adjectives) else "region"
        stem = fold(words[0])[:_STEM]
        found = [region for region in self.regions.values() if region.kind == kind and stem in self._region_stems.get(region.region_id, ())]
        return found[0] if len(found) == 1 else None

    def is_russian_place_adjective(self, word: str) -> bool:
        """Whether a Russian word is the adjective of a region's or a centre city's name ("Шымкентская", "Павлодарской"):
        the place's stem and an adjective's "-ск-" ending."""
        if _RUSSIAN_PLACE_ADJECTIVE_ENDING.search(word) is None:
            return False
        stem = fold(word)[:_STEM]
        return any(stem in stems for stems in (*self._region_stems.values(), *self._centre_stems.values()))

    def names_a_regions_own_body(self, written: str) -> bool:
        """Whether a name is a body that only a region or a city of republican significance has, without saying
        which ("управление образования", "Білім басқармасы": a district's is an "отдел", a "бөлім")."""
        words = written.split()
        return len(words) >= 2 and all(word.islower() for word in words[1:]) \
            and any(word.startswith(self._regions_own_heads) for word in self.content_words(written))

    def of_region(self, written: str, region: Region, towns_named: bool = False) -> Institution | None:
        """The registered institution that an unnamed regional one ("Облыстық білім басқармасы",
        "областной маслихат", "управление образования") is in ``region``: the one registry entry whose name
        has the other words and the region's name, if only one has. A city's one ("қалалық мәслихат", "городской
        маслихат") in a region is its centre's, where the page names none of the region's towns (``towns_named``)."""
        words = self.content_words(written)
        rest = frozenset(word for word in words if not word.startswith(self._regional_adjectives))
        if rest == words and not self.names_a_regions_own_body(written):
            return None
        of_a_city = any(word.startswith(self._city_adjectives) for word in words - rest)
        if not rest or rest != words and region.kind == "city" and not of_a_city:
            return None
        # A city's body of a region is its centre's ("қалалық мәслихат" on a page of Pavlodar Region: the maslikhat of
        # Pavlodar city): a region's other cities are towns, which the page names where it is one of theirs.
        of_its_centre = of_a_city and region.kind != "city"
        if of_its_centre and towns_named:
            return None
        stems = self._centre_stems.get(region.region_id, set()) if of_its_centre else self._region_stems.get(region.region_id, set())
        # A region's body is none of its centre city's ("облыстық мәслихат" of Pavlodar Region: not the city's maslikhat).
        # No region's own body is one of many states' ("Turkic Council" is no council of Turkistan Region, though both
        # open alike).
        found = {institution.org_id: institution for alias, institution in self._alias_words
                 if rest <= alias and any(word[:_STEM] in stems for word in alias) and institution.type not in _OF_NO_REGION
                 and (region.kind == "city" or (institution.org_id in self._city_bodies) == of_its_centre)}
        if len(found) > 1 and region.kind == "city":
            # A city that shares its name's beginning with a region (Almaty, Almaty Region): of the two, the city's body.
            found = {org_id: institution for org_id, institution in found.items() if org_id in self._city_bodies}
        return next(iter(found.values())) if len(found) == 1 else None

    def centre_akimat(self, region: Region) -> Institution | None:
        """The registered akimat of a region's centre city (Pavlodar's of Pavlodar Region): the one akimat, no region's,
        whose names hold the centre's."""
        stems = self._centre_stems.get(region.region_id, set())
        found = {institution.org_id: institution for alias, institution in self._alias_words
                 if institution.type == "akimat" and institution.org_id not in self._region_by_akimat
                 and any(word[:_STEM] in stems for word in alias)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _as_the_akimat(self, key: str) -> str:
        """A folded name with an akim's apparatus written as the akimat it staffs ("аппарат акима области": "акимат области")."""
        for office, akimat in self._akimat_offices:
            key = office.sub(akimat, key)
        return key

    def _words_with_short_acronyms(self, written: str, words: frozenset[str]) -> frozenset[str]:
        """A name's content words and the two-letter Latin acronyms in capitals it holds ("IT", "TV"), which
        ``content_words`` drops as short words; a filler's ("RK") stays out, and a name written all in capitals
        has none ("UNIVERSITY OF ...")."""
        short = {fold(word) for word in _SHORT_LATIN_ACRONYM.findall(written)} if not written.isupper() else ()
        return words | frozenset(word for word in short if word not in self._filler_words) if short else words

    def content_words(self, name: str) -> frozenset[str]:
        """The folded words of a name that tell one institution from another: no filler words
        ("of", "named after", the country), no initials; numbers stay (№ 5 is "n5")."""
        return frozenset(word for word in self._as_the_akimat(fold(name)).split()
                         if (len(word) > 2 or any(letter.isdigit() for letter in word)) and word not in self._filler_words)

    def resolve(self, written: str, lang: str, in_any_case: bool = False) -> Institution:
        """The registry entry, or an institution of the name's own, with an id from its folded
        nominative, so the same unknown institution written the same way clusters across pages.
        ``in_any_case``: the name stands alone as an institution's (an NER span), so a Kazakh one in an
        oblique case is read too (Үкіметке); words before a title in that case are no institution's
        (Ақордада Мемлекет басшысы: where, not whose). A bracket the name opens and does not close is the
        sentence's aside, not the name's ("the University of Aberdeen (2015)")."""
        written = _UNCLOSED_BRACKET.sub("", written) or written
        found = self.lookup(written, lang)
        if found is None and in_any_case and lang == "kk":
            found = next((self.by_alias[key] for key in map(fold, self._kazakh_without_oblique_case(written))
                          if key in self.by_alias), None)
        if found is None and lang == "kk" and (parent := _kazakh_branchs_institution(written)) is not None:
            # "Қазақстан Суретшілер Одағы Павлодар облыстық филиалы": a branch is its institution's, as the pages' gold reads it
            return self.resolve(parent, lang, in_any_case)
        return found if found is not None else self.unregistered(written, lang)

    def unregistered(self, written: str, lang: str) -> Institution:
        """An institution of the name's own, whatever registered one its words fold like (another
        country's "Министерство обороны РФ" is no "Министерство обороны РК")."""
        name = self.nominative(written, lang)
        return Institution(stable_id("O", fold(name)), name,
                           **{f"name_{lang}": name} if lang in ("kk", "ru", "en") else {})


# A Kazakh branch named after its institution in the nominative, by its place and level ("... Одағы Павлодар облыстық
# филиалы", "... кәсіподағы» қоғамдық бірлестігі Ұлан аудандық филиалы"): the institution before it, its legal form
# ("қоғамдық бірлестігі") and a quote it leaves unopened left off.
_KAZAKH_BRANCH_AT_END = re.compile(
    r"\s+(?:облыстық|аудандық|қалалық|өңірлік|аймақтық|республикалық)\s+филиал[а-яәғқңөұүһі]*$", re.IGNORECASE)
_KAZAKH_PUBLIC_ASSOCIATION_AT_END = re.compile(r"\s*(?:қоғамдық\s+бірлестігі|ҚБ)$")
# A possessive no place's name ends with (the institution's noun: "Одағы", "Ассамблеясы", "Халқы").
_KAZAKH_KIND_POSSESSIVE = re.compile(r"(?:с[ыі]|[ғгқк][ыі])$")
# No institution's noun: a genitive ("партиясының бұрынғы қалалық филиалы": the party's, read as its unit) or an
# adjective of time ("бұрынғы", "қазіргі", "соңғы").
_KAZAKH_NO_HEAD = re.compile(r"(?:[нң][ыі]ң|[нрң][ғг][ыі])$", re.IGNORECASE)
_KAZAKH_POSSESSIVE_NOUN = re.compile(r"[а-яәғқңөұүһі](?:[ыі]|с[ыі])$", re.IGNORECASE)


def _kazakh_branchs_institution(written: str) -> str | None:
    """The institution a Kazakh branch's name written after it in the nominative names (``_KAZAKH_BRANCH_AT_END``, up to
    two capitalized words of its place before the level), of two words or more and closing with a noun's possessive
    ("Одағы", "кәсіподағы", "партиясы"), else None. The most words a place may take first ("Одағы Қарағанды облыстық")."""
    branch = _KAZAKH_BRANCH_AT_END.search(written)
    if branch is None:
        return None
    words = written[:branch.start()].split()
    for place_words in (2, 1, 0):
        places = words[len(words) - place_words:]
        if len(words) - place_words < 2 or not all(word[:1].isupper() and not _KAZAKH_KIND_POSSESSIVE.search(word) for word in places):
            continue
        parent = _KAZAKH_PUBLIC_ASSOCIATION_AT_END.sub("", " ".join(words[:len(words) - place_words])).strip()
        while parent.endswith(("»", "”")) and parent.count("»") + parent.count("”") > parent.count("«") + parent.count("“"):
            parent = parent[:-1].rstrip()
        last = parent.rpartition(" ")[2].strip("«»“”\"")
        if len(parent.split()) >= 2 and _KAZAKH_POSSESSIVE_NOUN.search(last) and not _KAZAKH_NO_HEAD.search(last):
            return parent
    return None


# An acronym folds to a few Latin letters, so one in another script can fold like it (ЕҰУ and EU
# both give "eu"): an acronym matches only acronyms written in its own script.
_ENGLISH_REGIONAL = re.compile(r" [Rr]egional$")
# A Russian region named by its adjective and "регион" in any case, the oblys's name in the masculine ("Актюбинского региона").
_RUSSIAN_REGION_BY_ITS_WORD = re.compile(r"^([А-ЯЁ][а-яё-]+?)(?:ого|ому|им|ом|ий|ый)\s+регион(?:а|у|ом|е)?$")
_MAX_PLACE_WORDS = 3  # a region's name after its body's: "Северо-Казахстанской области", "ВКО", "города Шымкент"
_UNCLOSED_BRACKET = re.compile(r"\s*\([^()]*$")
# A lower-case word of four letters or more, a hyphen, and a possessive (-сы, -сі) maybe with a case ending after it.
_POSSESSIVE_AFTER_A_LINE_BREAK_HYPHEN = re.compile(r"([а-яәғқңөұүһі]{4,})-(с[ыі][а-яәғқңөұүһі]{0,5})$")
_ACRONYM = re.compile(r"^[^\W\d_]{2,6}$")
_SHORT_LATIN_ACRONYM = re.compile(r"(?<![\w.-])[A-Z]{2}(?![\w.-])")  # "IT" in "Astana IT University"
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _with_plain_e(text: str) -> str:
    """The text with ё written е, as many pages write it (Приозёрск, Приозерск), the same length."""
    return text.replace("ё", "е").replace("Ё", "Е")


_ENGLISH_TOWN = re.compile(r"(?<![\w-])town(?![\w-])", re.IGNORECASE)
_OPENING_QUOTES = frozenset("«\"“„")  # not the apostrophe: "Rudny's"
_CLOSING_QUOTES = frozenset("»\"”")
_BACK_VOWELS, _FRONT_VOWELS = "аоұыя", "әеіөүэ"


def _kazakh_case_endings(name: str, endings: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The Kazakh case endings a place's name takes (kk.yaml's ``town_case_endings``), by its vowels' harmony (its last
    vowel that is back or front: Кентау -> а, back) and its last sound: after a vowel, a sonorant (л, р, й, у), a nasal
    (м, н, ң), ж or з, or another consonant; after -ск also і with a vowel's front endings (Степногорскіде). None after
    ь (Сарань is Russian)."""
    word = name.rpartition(" ")[2]
    vowel = next((letter for letter in reversed(word) if letter in _BACK_VOWELS + _FRONT_VOWELS), "а")
    harmony = "back" if vowel in _BACK_VOWELS else "front"
    last = word[-1:]
    if not last or last == "ь":
        return ()
    sound = ("vowel" if last in _BACK_VOWELS + _FRONT_VOWELS + "ию" else "sonorant" if last in "лрйу"
             else "nasal" if last in "мнң" else "voiced" if last in "жз" else "voiceless")
    found = endings[f"{harmony}_after_{sound}"]
    if word.endswith("ск"):
        found = (*found, *("і" + ending for ending in endings["front_after_vowel"]))
    return found


def _in_kazakh_latin(word: str) -> set[str]:
    """A Kazakh word as the Latin-script spellings write it (pipeline/translit.py's alphabets: 2018 Ekibastuzdaǵy, 2021
    Ekıbastūzdağy, ...), and without their marks as pages typed without them write it (Ekibastuzdagy, qalasyndagy)."""
    spellings = {to_latin(word, variant) for variant in alphabets()}
    return spellings | {"".join(letter for letter in unicodedata.normalize("NFKD", spelling) if not unicodedata.combining(letter))
                        .replace("ı", "i") for spelling in spellings}


def _russian_cases(name: str, endings: dict[str, tuple[str, ...]]) -> set[str]:
    """A place's Russian name in its oblique cases (ru.yaml's ``town_case_endings``): an adjective's (Рудный: Рудного),
    a feminine's in -ь (Сарань: Сарани) or a masculine's after a consonant (Экибастуз: Экибастуза, Экибастузе); a name
    ending in another vowel does not decline (Темиртау, Текели)."""
    if name.endswith("ый"):
        return {name[:-2] + ending for ending in endings["ый"]}
    if name.endswith("ь"):
        return {name[:-1] + ending for ending in endings["ь"]}
    if name[-1:].isalpha() and name[-1] not in _BACK_VOWELS + _FRONT_VOWELS + "иуюй":
        return {name + ending for ending in endings["consonant"]}
    return set()


def _opening_words(key: str) -> set[str]:
    """The folded forms a name's first word can take: its first word, or where it opens with initials
    ("l n gumilev ..."), the initials and the word after them run together to any point (Л.Н.,
    Л.Н.Гумилев); one of several initials alone is left out, as it folds like a one-letter word (в, у)."""
    words = key.split(" ")
    initials = next((index for index, word in enumerate(words) if len(word) > 1), len(words))
    shortest = 1 if initials <= 1 else 2
    return {" ".join(words[:end]) for end in range(shortest, min(initials + 1, len(words)) + 1)}


def _same_stem(first: str, second: str) -> bool:
    """Two folded words that differ in their endings only: universitet, universiteti."""
    return first == second or min(len(first), len(second)) >= _STEM and first[:_STEM] == second[:_STEM]


# Capitalized parts joined in one word: KazMunayGas, KazTransGas, Samruk-Kazyna.
_COMPOUND_NAME = re.compile(r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+-?){2,4}")


def _written_as_an_acronym(word: str) -> bool:
    """Two capitals or more in a short word: ҚазҰУ, ЕҰУ, KazNU."""
    return len(word) <= 8 and sum(1 for letter in word if letter.isupper()) >= 2


_ENGLISH_ARTICLE_BEFORE_AN_ACRONYM = re.compile(r"^[Tt]he\s+(?=[A-Z]{2,}$)")


def _acronym_script(text: str) -> str | None:
    # An English article before an acronym is none of its letters ("the EU": not the Kazakh "ЕҰУ" folded alike).
    text = _ENGLISH_ARTICLE_BEFORE_AN_ACRONYM.sub("", text.strip())
    if not (_ACRONYM.match(text) and text.isupper()):
        return None
    return "Cyrl" if _CYRILLIC.search(text) else "Latn"
