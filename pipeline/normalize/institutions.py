"""Institution names: nominative, unified quotes and numbering, and lookup in the registry.

``pipeline/data/institutions.yaml`` holds canonical kk/ru/en names, abbreviations and aliases.
A name found there gets the registry id; any other name gets an id from its folded key, so the
same unknown institution written the same way clusters across pages.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from pipeline.normalize.latin import latin_key
from pipeline.normalize.names import russian_morphology
from pipeline.taxonomy import SAFE_LOADER

REGISTRY_FILE = Path(__file__).resolve().parent.parent / "data" / "institutions.yaml"
REGIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "regions.yaml"
_QUOTES = re.compile(r"[«»\"“”„‟'’`]")
_NUMBER = re.compile(r"(?:\bNo\.?|№|N)\s*(\d+)", re.IGNORECASE)
_KAZAKH_CASE_AFTER_POSSESSIVE = re.compile(r"(?<=[ыі])(?:ның|нің|нда|нде|нан|нен|на|не|н)$")
_LEADING_ARTICLE = re.compile(r"^(?:the|a)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Institution:
    org_id: str
    name: str
    name_kk: str | None = None
    name_ru: str | None = None
    name_en: str | None = None
    type: str | None = None
    in_registry: bool = False


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Key for matching: quotes dropped, numbering unified, a leading article dropped, Latin key."""
    name = _LEADING_ARTICLE.sub("", _QUOTES.sub(" ", name.strip()))
    name = _NUMBER.sub(r" n\1 ", name)
    return latin_key(name)


@lru_cache(maxsize=100_000)
def nominative(name: str, lang: str) -> str:
    """Қызылорда облысы мәслихатының -> Қызылорда облысы мәслихаты; Республиканской ассоциации
    частных организаций -> Республиканская ассоциация частных организаций; quotes as «», numbers as №."""
    name = re.sub(r"\s+", " ", _LEADING_ARTICLE.sub("", name.strip(" ,.;:-–—()")))
    name = re.sub(r"[\"“”„]([^\"“”„]+)[\"“”„]", r"«\1»", name)
    if lang == "kk":
        words = name.split(" ")
        words[-1] = _KAZAKH_CASE_AFTER_POSSESSIVE.sub("", words[-1])
        name = " ".join(words)
    elif lang == "ru":
        name = _russian_head_to_nominative(name)
    return _NUMBER.sub(lambda m: f"No. {m.group(1)}" if lang == "en" else f"№ {m.group(1)}", name)


def _russian_head_to_nominative(name: str) -> str:
    """Puts the leading adjectives and their noun in the nominative; the genitive complement stays."""
    morph = russian_morphology()
    words = name.split(" ")
    for index, word in enumerate(words):
        parses = [p for p in morph.parse(word) if p.tag.POS in ("ADJF", "NOUN")]
        if not parses:
            break
        parse = parses[0]
        noun = parse.tag.POS == "NOUN"
        gender = None
        if not noun:
            following = next((p for w in words[index + 1:] for p in morph.parse(w) if p.tag.POS == "NOUN"), None)
            gender = following.tag.gender if following else None
        target = {"nomn", "sing"} | ({gender} if gender else set())
        inflected = parse.inflect(target) or parse.inflect({"nomn"})
        if inflected:
            words[index] = inflected.word.capitalize() if word[:1].isupper() else inflected.word
        if noun:
            break
    return " ".join(words)


@lru_cache(maxsize=1)
def alias_first_words() -> frozenset[str]:
    """Folded first words of every registered name and alias: where a name can start."""
    return frozenset(key.split(" ")[0] for key in load_registry() if key)


EXTRA_INSTITUTIONS_VARIABLE = "PIPELINE_INSTITUTIONS_FILE"


def load_registry() -> dict[str, Institution]:
    """Folded alias -> institution, for the packaged registry plus the user's file
    (``institutions_file`` in pipeline.yaml, passed to workers as $PIPELINE_INSTITUTIONS_FILE)."""
    return _load_registry(_extra_registry())


def _extra_registry() -> str | None:
    return os.environ.get(EXTRA_INSTITUTIONS_VARIABLE) or None


@lru_cache(maxsize=4)
def _registry_entries(extra: str | None) -> tuple[dict, ...]:
    """The entries of the packaged registry and of the user's file, read once per process."""
    return tuple(entry for path in [REGISTRY_FILE] + ([Path(extra)] if extra else [])
                 for entry in (yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}).get("institutions", []))


@lru_cache(maxsize=4)
def _domains(extra: str | None) -> dict[str, str]:
    """Web domain -> registry id, from the entries' ``domains``."""
    return {str(domain).lower(): entry["id"] for entry in _registry_entries(extra) for domain in entry.get("domains", [])}


def institution_of_site(url: str | None) -> Institution | None:
    """The registered institution whose own site a page comes from (kaznmu.kz/news/... -> KazNMU);
    subdomains count (welcome.kaznu.kz)."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    domains = _domains(_extra_registry())
    parts = host.lower().rstrip(".").split(".")
    for index in range(len(parts) - 1):
        org_id = domains.get(".".join(parts[index:]))
        if org_id is not None:
            return registered(org_id)
    return None


def registered(org_id: str) -> Institution | None:
    """The registry entry with this id."""
    return _registry_by_id(_extra_registry()).get(org_id)


@lru_cache(maxsize=4)
def _registry_by_id(extra: str | None) -> dict[str, Institution]:
    return {institution.org_id: institution for institution in _load_registry(extra).values()}


@lru_cache(maxsize=4)
def _load_registry(extra: str | None) -> dict[str, Institution]:
    index: dict[str, Institution] = {}
    for entry in _registry_entries(extra):
        institution = Institution(entry["id"], entry["en"], entry.get("kk"), entry.get("ru"), entry.get("en"),
                                  entry.get("type"), True)
        for alias in [entry.get("en"), entry.get("ru"), entry.get("kk"), *entry.get("aliases", [])]:
            if alias:
                index[fold(str(alias))] = institution
    by_id = {institution.org_id: institution for institution in index.values()}
    for region in load_regions().values():
        akimat = by_id.setdefault(region.akimat.org_id, region.akimat)
        for name in (region.akimat.name_kk, region.akimat.name_ru, region.akimat.name_en):
            index.setdefault(fold(name), akimat)
    return index


@dataclass(frozen=True)
class Region:
    """A region or a city of republican significance (``data/regions.yaml``), and its akimat."""

    region_id: str
    kind: str  # region | city
    name: str
    akimat: Institution


@lru_cache(maxsize=1)
def _regions_index() -> tuple[dict[str, Region], dict[str, Region]]:
    """Folded names and forms -> region, and folded centre-city forms -> region."""
    names: dict[str, Region] = {}
    centres: dict[str, Region] = {}
    for entry in (yaml.load(REGIONS_FILE.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}).get("regions", []):
        akimat = entry["akimat"]
        region = Region(entry["id"], entry["kind"], entry["en"],
                        Institution(akimat["id"], akimat["en"], akimat.get("kk"), akimat.get("ru"), akimat.get("en"),
                                    "akimat", True))
        for form in [entry["kk"], entry["ru"], entry["en"], *entry.get("forms", [])]:
            names[fold(str(form))] = region
        centre = entry.get("centre") or {}
        for form in [centre.get("kk"), centre.get("ru"), centre.get("en"), *centre.get("forms", [])]:
            if form:
                centres[fold(str(form))] = region
    return names, centres


def load_regions() -> dict[str, Region]:
    return {region.region_id: region for region in _regions_index()[0].values()}


def region_of(written: str, lang: str, by_centre: bool = False) -> Region | None:
    """The region a place names (Актюбинской области, ЗКО, Ақтөбе облысының), or with ``by_centre``
    the region whose centre it is (Актобе): only where a region is expected, since a centre's name
    can be a surname or another place."""
    names, centres = _regions_index()
    for key in (fold(written), fold(nominative(written, lang))):
        if key in names:
            return names[key]
        if by_centre and key in centres:
            return centres[key]
    return None


# An acronym folds to a few Latin letters, so one in another script can fold like it (ЕҰУ and EU
# both give "eu"): an acronym matches only acronyms written in its own script.
_ACRONYM = re.compile(r"^[^\W\d_]{2,6}$")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _acronym_script(text: str) -> str | None:
    text = text.strip()
    if not (_ACRONYM.match(text) and text.isupper()):
        return None
    return "Cyrl" if _CYRILLIC.search(text) else "Latn"


@lru_cache(maxsize=4)
def _acronym_scripts(extra: str | None) -> dict[str, set[str]]:
    """Folded acronym -> the scripts the registry writes it in."""
    scripts: dict[str, set[str]] = {}
    for entry in _registry_entries(extra):
        for alias in entry.get("aliases", []):
            script = _acronym_script(str(alias))
            if script:
                scripts.setdefault(fold(str(alias)), set()).add(script)
    return scripts


@lru_cache(maxsize=100_000)
def lookup_institution(written: str, lang: str) -> Institution | None:
    """The registry entry for a name as written or in its nominative, if there is one."""
    script = _acronym_script(written)
    if script:
        known = _acronym_scripts(_extra_registry()).get(fold(written))
        if known and script not in known:
            return None
    registry = load_registry()
    return registry.get(fold(written)) or registry.get(fold(nominative(written, lang)))


def resolve_institution(written: str, lang: str) -> Institution:
    found = lookup_institution(written, lang)
    if found is not None:
        return found
    name = nominative(written, lang)
    key = fold(name)
    return Institution("O" + hashlib.sha256(key.encode()).hexdigest()[:12], name,
                       **{f"name_{lang}": name} if lang in ("kk", "ru", "en") else {})
