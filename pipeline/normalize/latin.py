"""Latin forms of names, and the folded key that matches one name across scripts and spellings.

The display form is anyascii's transliteration (Бейсембаев -> Beysembaev). The key folds the
spelling variants that Kazakh and Russian names take in English text, so that
Бейсембаев = Beisembayev = Beissembayev, Садықова = Sadykova, Мажилис = Majilis = Mazhilis,
while Nalibayev and Nalibekov, or Sadykova and Sadykov, keep different keys.
Every folding rule lives in ``_LETTER_FOLDS`` and ``_FOLDS``, applied in that order.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Letter groups first, as plain replacements (a regex each costs more, on every word of every name the registry and
# the given-name list fold at start-up), then the folds that look at a word's start or neighbours.
_LETTER_FOLDS: list[tuple[str, str]] = [
    ("shch", "sh"),           # Щукин: Shchukin = Shukin
    ("dzh", "j"),             # Джамиля = Jamilya
    ("zh", "j"),              # Мажилис: Mazhilis = Majilis
    ("kh", "h"),              # Хасен: Khasen = Hasen
    ("gh", "g"),              # Ғани: Ghani = Gani
    ("q", "k"),               # Қанай: Qanay = Kanai
    ("w", "u"),
    ("y", "i"),               # Садықова: Sadyqova = Sadikova; Qanay = Qanai
]
_FOLDS: list[tuple[re.Pattern, str]] = [
    (re.compile(pattern), replacement)
    for pattern, replacement in [
        (r"(?<![a-z0-9])ie", "e"),  # a word's start: Елена: Yelena = Elena
        (r"(?<=[aeiou])i(?=e)", ""),  # -ayev = -aev: Balykbayev = Balykbaev
        (r"([a-z])\1+", r"\1"),   # doubled letters: Beissembayev = Beisembayev; Гани = Ганий
    ]
]


# Letters with a caron or a cedilla that sound as two Latin letters, as Russian and Kazakh write them (Tomáš Dvořák =
# Томаш Дворжак, Şahin = Шахин, Çelik = Челик): anyascii drops the mark (Dvorak), and the key would miss the Cyrillic.
_LETTER_SOUNDS = {"š": "sh", "ş": "sh", "č": "ch", "ç": "ch", "ž": "zh", "ř": "rzh"}
_LETTER_SOUNDS_TABLE = str.maketrans(_LETTER_SOUNDS)

_NOT_A_LETTER_DIGIT_OR_SPACE = re.compile(r"[^a-z0-9 ]")


def latin(text: str) -> str:
    """Readable Latin form: anyascii's transliteration, apostrophes of soft signs dropped."""
    return anyascii(unicodedata.normalize("NFC", text)).replace("'", "")


@lru_cache(maxsize=200_000)
def latin_key(text: str) -> str:
    """Folded, lower-case Latin key of a name or words; spaces separate the words. The folds run over all the
    words at once: none reaches across the space between two."""
    sounded = unicodedata.normalize("NFC", text).lower().translate(_LETTER_SOUNDS_TABLE)
    key = _NOT_A_LETTER_DIGIT_OR_SPACE.sub("", " ".join(latin(sounded).lower().split()))  # digits stay: No. 11 is not No. 1
    for letters, replacement in _LETTER_FOLDS:
        key = key.replace(letters, replacement)
    for pattern, replacement in _FOLDS:
        key = pattern.sub(replacement, key)
    return " ".join(key.split())


def letter_sounds() -> dict[str, str]:
    """The letters ``latin_key`` spells as two before it drops the marks of the others, lower case: for another
    implementation of the same key (the search box of ``pipeline/report.py``)."""
    return dict(_LETTER_SOUNDS)


def folding_rules() -> list[tuple[str, str]]:
    """The folds ``latin_key`` applies to each word, in order, as (regex pattern, replacement) strings:
    for another implementation of the same key (the search box of ``pipeline/report.py``)."""
    return [(re.escape(letters), replacement) for letters, replacement in _LETTER_FOLDS] \
        + [(pattern.pattern, replacement) for pattern, replacement in _FOLDS]
