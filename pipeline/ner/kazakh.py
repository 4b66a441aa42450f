"""The Kazakh language class for spaCy, tokenizing raw text the way KazNERD is tokenized.

spaCy ships no Kazakh language; registering one under the code ``kk`` lets the model's
config name it and lets ``spacy.load`` rebuild the tokenizer offline. KazNERD keeps
hyphenated words (``Сондай-ақ``, ``Қасым-Жомарт``, ``2020-сыншы``, ``%-ке``) as one token, so
the generic infix rule that splits hyphens between letters is left out.
"""

from __future__ import annotations

from spacy.lang.char_classes import HYPHENS
from spacy.lang.punctuation import TOKENIZER_INFIXES
from spacy.language import BaseDefaults, Language
from spacy.util import registry

_HYPHEN_GROUP = f"(?:{HYPHENS})"


class KazakhDefaults(BaseDefaults):
    infixes = [rule for rule in TOKENIZER_INFIXES if _HYPHEN_GROUP not in rule]


@registry.languages("kk")
class Kazakh(Language):
    lang = "kk"
    Defaults = KazakhDefaults
