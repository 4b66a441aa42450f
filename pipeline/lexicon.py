"""Lexicons: the word lists of each language that the stages' rules are written over (month
names, connectives, case endings, surname endings, ...), kept as data in
``pipeline/data/lexicon/<lang>.yaml`` so that code holds only the logic. ``common.yaml`` holds the
lists that are not one language's (abbreviations written alike in all three).

A file maps each list's name to a list of words, or to a table (a mapping from a key to a word or
a list of words: the months by number, the nominative of each case ending). A stage compiles what
it needs from them once, when it is built."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.data import DATA_DIR, read_yaml

LEXICON_DIR = DATA_DIR / "lexicon"


@dataclass(frozen=True)
class Lexicon:
    """One language's named word lists and tables."""

    lang: str
    lists: dict[str, tuple[str, ...]]
    tables: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    def words(self, name: str) -> tuple[str, ...]:
        """The list called ``name``; a list the file lacks is a mistake in the code, not in the data."""
        return self._named(self.lists, name)

    def table(self, name: str) -> dict[str, tuple[str, ...]]:
        """The table called ``name``: each key with its words."""
        return self._named(self.tables, name)

    def _named(self, entries: dict, name: str):
        if name not in entries:
            raise KeyError(f"lexicon {self.lang}: no {name!r} in {LEXICON_DIR / self.lang}.yaml")
        return entries[name]


def words_in_all(lexicons: dict[str, Lexicon], name: str) -> tuple[str, ...]:
    """The words of the list ``name`` in every lexicon that has one, for a rule that reads all
    languages alike (a month name, a connective or an ending is recognised whatever the segment's
    language)."""
    found = [lexicon.lists[name] for lexicon in lexicons.values() if name in lexicon.lists]
    if not found:
        raise KeyError(f"no lexicon in {LEXICON_DIR} has a list {name!r}")
    return tuple(dict.fromkeys(word for words in found for word in words))


def load_lexicons(directory: Path = LEXICON_DIR) -> dict[str, Lexicon]:
    """Every ``<lang>.yaml`` in ``directory``, by language."""
    lexicons = {}
    for path in sorted(directory.glob("*.yaml")):
        lists, tables = {}, {}
        for name, entries in read_yaml(path).items():
            if isinstance(entries, dict):
                tables[name] = {str(key): _strings(value, f"{path.name}: {name}") for key, value in entries.items()}
            else:
                lists[name] = _strings(entries, f"{path.name}: {name}")
        lexicons[path.stem] = Lexicon(path.stem, lists, tables)
    return lexicons


def _strings(value, where: str) -> tuple[str, ...]:
    words = tuple(value if isinstance(value, list) else [value])
    for word in words:
        if not isinstance(word, str):
            raise ValueError(f"{where}: {word!r} is not text; quote it (YAML reads No, yes, on, 1 otherwise)")
    return words
