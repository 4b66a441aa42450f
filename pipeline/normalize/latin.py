"""Latin forms of names, and the folded key that matches one name across scripts and spellings.

The display form is anyascii's transliteration (Бейсембаев -> Beysembaev). The key folds the
spelling variants that Kazakh and Russian names take in English text, so that
Бейсембаев = Beisembayev = Beissembayev, Садықова = Sadykova, Мажилис = Majilis = Mazhilis,
while Nalibayev and Nalibekov, or Sadykova and Sadykov, keep different keys.
Every folding rule lives in ``_FOLDS``, applied in order.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_FOLDS: list[tuple[re.Pattern, str]] = [
    (re.compile(pattern), replacement)
    for pattern, replacement in [
        (r"shch", "sh"),          # Щукин: Shchukin = Shukin
        (r"dzh", "j"),            # Джамиля = Jamilya
        (r"zh", "j"),             # Мажилис: Mazhilis = Majilis
        (r"kh", "h"),             # Хасен: Khasen = Hasen
        (r"gh", "g"),             # Ғани: Ghani = Gani
        (r"q", "k"),              # Қанай: Qanay = Kanai
        (r"w", "u"),
        (r"y", "i"),              # Садықова: Sadyqova = Sadikova; Qanay = Qanai
        (r"^ie", "e"),            # Елена: Yelena = Elena
        (r"(?<=[aeiou])i(?=e)", ""),  # -ayev = -aev: Balykbayev = Balykbaev
        (r"([a-z])\1+", r"\1"),   # doubled letters: Beissembayev = Beisembayev; Гани = Ганий
    ]
]


def latin(text: str) -> str:
    """Readable Latin form: anyascii's transliteration, apostrophes of soft signs dropped."""
    return anyascii(unicodedata.normalize("NFC", text)).replace("'", "")


@lru_cache(maxsize=200_000)
def latin_key(text: str) -> str:
    """Folded, lower-case Latin key of a name or words; spaces separate the words."""
    words = []
    for word in latin(text).lower().split():
        word = re.sub(r"[^a-z0-9]", "", word)  # digits stay: school No. 11 is not school No. 1
        for pattern, replacement in _FOLDS:
            word = pattern.sub(replacement, word)
        if word:
            words.append(word)
    return " ".join(words)


def folding_rules() -> list[tuple[str, str]]:
    """The folds ``latin_key`` applies to each word, in order, as (pattern, replacement) strings:
    for another implementation of the same key (the search box of ``pipeline/report.py``)."""
    return [(pattern.pattern, replacement) for pattern, replacement in _FOLDS]
