import re

import pytest

from pipeline.patterns import any_of, not_after


def test_any_of_matches_the_longest_word_in_any_case_and_writes_letters_as_told():
    spaced = re.compile(any_of(["vice rector", "vice", "rector", "вице-министр"],
                               form=lambda letter: r"\s+" if letter == " " else re.escape(letter)), re.IGNORECASE)
    found = [m.group() for m in spaced.finditer("Vice  Rector and rector, vice; ВИЦЕ-МИНИСТР")]
    assert found == ["Vice  Rector", "rector", "vice", "ВИЦЕ-МИНИСТР"]


def test_any_of_gives_way_to_a_shorter_word_when_the_rest_of_the_pattern_needs_it():
    pattern = re.compile("(" + any_of(["sept", "september"]) + ")ember", re.IGNORECASE)
    assert pattern.match("September").group(1) == "Sept"


def test_not_after_finds_what_the_leading_lookbehind_finds():
    words = "Әсел-Әлия Ахметова, а.Бекова — СЕРІК (Досаев) мен Иванов-Петров"
    plain = re.compile(r"(?<![\w.-])[А-ЯӘ][а-яә]{2,}")
    rewritten = re.compile(not_after(r"\w.-", "[А-ЯӘ][а-яә]{2,}"))
    assert [m.span() for m in rewritten.finditer(words)] == [m.span() for m in plain.finditer(words)]
    assert [m.group() for m in rewritten.finditer(words)] == ["Әсел", "Ахметова", "Досаев", "Иванов"]


def test_not_after_refuses_a_first_class_with_a_quantifier():
    with pytest.raises(ValueError):
        not_after(r"\w", "[a-z]+")


def test_any_of_not_after_a_character_finds_no_word_inside_another():
    pattern = re.compile(any_of(["ENU", "KBTU"], not_after=r"\w-") + r"(?![\w-])")
    assert [m.group() for m in pattern.finditer("ENU, KBTU; MENU, X-ENU, ENU")] == ["ENU", "KBTU", "ENU"]
