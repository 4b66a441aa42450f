"""Regular-expression pieces that more than one stage builds its patterns from."""

from __future__ import annotations

import re
from typing import Callable, Iterable


def any_of(words: Iterable[str], form: Callable[[str], str] = re.escape) -> str:
    """A pattern for any one of ``words``, the longest where several fit, each letter written as
    ``form`` writes it. The words are laid out as a trie behind a lookahead on their first letters:
    a scan passes most positions after one test and follows one branch per letter instead of trying
    every word, several times faster than a plain alternation of dozens of words. Case-insensitive
    when compiled with ``re.IGNORECASE`` (the words are then expected in lower case)."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here
    first_letters = "".join(sorted(re.escape(letter) for letter in trie if letter))
    return f"(?=[{first_letters}])" + _branches(trie, form)


def ends_with_any(words: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern:
    """Whether a word ends with one of ``words`` (its ``search``): a case, surname or other ending."""
    return re.compile(f"(?:{any_of(words)})$", flags)


def kazakh_place_at(lexicon) -> tuple[str, str]:
    """The pieces of a Kazakh place "at" which something is, from the Kazakh lexicon: a capitalized name with an
    ending of "at" ("Алматыдағы"), and a place word so ending after a place's name ("облысындағы" of "Қарағанды
    облысындағы")."""
    return (rf"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:{any_of(lexicon.words('place_where_endings'))})",
            any_of(lexicon.words("place_where_words")))


def _branches(node: dict, form: Callable[[str], str]) -> str:
    branches = [form(letter) + _branches(child, form) for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    alternatives = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy: a longer word is tried before the shorter one it begins with.
    return f"(?:{alternatives})?" if "" in node else alternatives
