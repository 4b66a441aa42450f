"""Regular-expression pieces that more than one stage builds its patterns from."""

from __future__ import annotations

import re
from typing import Callable, Iterable

_CHARACTER_CLASS = re.compile(r"\[(?:\\.|[^\]\\])+\]")


def any_of(words: Iterable[str], form: Callable[[str], str] = re.escape, not_after: str | None = None) -> str:
    """A pattern for any one of ``words``, the longest where several fit, each letter written as
    ``form`` writes it. The words are laid out as a trie behind a lookahead on their first letters:
    a scan passes most positions after one test and follows one branch per letter instead of trying
    every word, several times faster than a plain alternation of dozens of words. Case-insensitive
    when compiled with ``re.IGNORECASE`` (the words are then expected in lower case). With ``not_after``
    (a character class's contents), a word that one of those characters precedes is none: as a lookbehind
    before the pattern, but tested after each word's first letter, so that a case-sensitive pattern that
    opens with it keeps the regex engine's scan for first letters (see ``not_after``)."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here
    if not_after is not None:
        return _branches(trie, form, lambda letter: f"(?<![{not_after}]{letter})")
    first_letters = "".join(sorted(re.escape(letter) for letter in trie if letter))
    return f"(?=[{first_letters}])" + _branches(trie, form)


def not_after(characters: str, pattern: str) -> str:
    """``(?<![characters])pattern`` for a pattern that opens with a class of one character ("[A-Z][a-z]+"), written
    with that class first and the lookbehind after it. A pattern that opens with a class lets the regex engine skip
    at C speed to the next character of the class; one that opens with a lookbehind tests it at every position of
    the text, and scans a page three times slower."""
    first = _CHARACTER_CLASS.match(pattern)
    if pattern[first.end():first.end() + 1] in ("+", "*", "?", "{"):
        raise ValueError(f"the first class of {pattern!r} must match one character: write [a-z][a-z]* for [a-z]+")
    return f"{first.group()}(?<![{characters}]{first.group()}){pattern[first.end():]}"


def ends_with_any(words: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern:
    """Whether a word ends with one of ``words`` (its ``search``): a case, surname or other ending."""
    return re.compile(f"(?:{any_of(words)})$", flags)


def kazakh_place_at(lexicon) -> tuple[str, str]:
    """The pieces of a Kazakh place "at" which something is, from the Kazakh lexicon: a capitalized name with an
    ending of "at" ("Алматыдағы"), and a place word so ending after a place's name ("облысындағы" of "Қарағанды
    облысындағы")."""
    return (rf"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:{any_of(lexicon.words('place_where_endings'))})",
            any_of(lexicon.words("place_where_words")))


def office_after_a_possessive_title(english_lexicon) -> re.Pattern:
    """An office's noun after a title in the possessive ("Head of the President's Office Name", "the Rector’s office"):
    the title names the office, no post of anyone (its ``match`` at the title's end)."""
    return re.compile(rf"['’]s?\s+(?:{any_of(english_lexicon.words('offices_after_a_possessive_title'))})(?!\w)", re.IGNORECASE)


def maiden_name_opening(english_lexicon) -> re.Pattern:
    """The opening bracket and the words before a woman's surname at birth ("(née ", "(premarital: "), ending where its
    ``search`` ends: search the text right before the surname, within ``MAIDEN_NAME_WINDOW`` characters."""
    return re.compile(rf"\(\s*(?:{any_of(english_lexicon.words('maiden_name_words'))}):?\s+$", re.IGNORECASE)


# Characters before a surname that hold its bracket and its longest opening words ("(before marriage ").
MAIDEN_NAME_WINDOW = 24


def _branches(node: dict, form: Callable[[str], str], after_first: Callable[[str], str] | None = None) -> str:
    branches = [form(letter) + (after_first(form(letter)) if after_first else "") + _branches(child, form)
                for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    alternatives = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy: a longer word is tried before the shorter one it begins with.
    return f"(?:{alternatives})?" if "" in node else alternatives


def alone_on_its_line(text: str, start: int, end: int, written: str) -> bool:
    """Whether the page writes ``written`` at ``start``:``end`` with nothing but spaces before and after it on its line
    (a byline, a caption)."""
    if text[start:end] != written:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:len(text) if line_end < 0 else line_end].strip()
