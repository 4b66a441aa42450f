"""Lexicons: the word lists of each language that the stages' rules are written over (month
names, connectives, case endings, surname endings, ...), kept as data in
``pipeline/data/lexicon/<lang>.yaml`` so that code holds only the logic. ``common.yaml`` holds the
lists that are not one language's (abbreviations written alike in all three)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.data import DATA_DIR, read_yaml

LEXICON_DIR = DATA_DIR / "lexicon"


@dataclass(frozen=True)
class Lexicon:
    """One language's named word lists."""

    lang: str
    lists: dict[str, tuple[str, ...]]

    def words(self, name: str) -> tuple[str, ...]:
        """The list called ``name``; a list the file lacks is a mistake in the code, not in the data."""
        if name not in self.lists:
            raise KeyError(f"lexicon {self.lang}: no word list {name!r} in {LEXICON_DIR / self.lang}.yaml")
        return self.lists[name]


def load_lexicons(directory: Path = LEXICON_DIR) -> dict[str, Lexicon]:
    """Every ``<lang>.yaml`` in ``directory``, by language."""
    lexicons = {}
    for path in sorted(directory.glob("*.yaml")):
        data = read_yaml(path)
        lexicons[path.stem] = Lexicon(path.stem, {name: tuple(str(word) for word in words)
                                                  for name, words in data.items()})
    return lexicons
