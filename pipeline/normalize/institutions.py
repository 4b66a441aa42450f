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

import yaml

from pipeline.normalize.latin import latin_key
from pipeline.normalize.names import russian_morphology
from pipeline.taxonomy import SAFE_LOADER

REGISTRY_FILE = Path(__file__).resolve().parent.parent / "data" / "institutions.yaml"
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
    return _load_registry(os.environ.get(EXTRA_INSTITUTIONS_VARIABLE) or None)


def registered(org_id: str) -> Institution | None:
    """The registry entry with this id."""
    return next((institution for institution in load_registry().values() if institution.org_id == org_id), None)


@lru_cache(maxsize=4)
def _load_registry(extra: str | None) -> dict[str, Institution]:
    index: dict[str, Institution] = {}
    for path in [REGISTRY_FILE] + ([Path(extra)] if extra else []):
        for entry in (yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}).get("institutions", []):
            institution = Institution(entry["id"], entry["en"], entry.get("kk"), entry.get("ru"), entry.get("en"),
                                      entry.get("type"), True)
            for alias in [entry.get("en"), entry.get("ru"), entry.get("kk"), *entry.get("aliases", [])]:
                if alias:
                    index[fold(str(alias))] = institution
    return index


@lru_cache(maxsize=100_000)
def lookup_institution(written: str, lang: str) -> Institution | None:
    """The registry entry for a name as written or in its nominative, if there is one."""
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
