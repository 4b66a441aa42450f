import re

from pipeline.patterns import any_of


def test_any_of_matches_the_longest_word_in_any_case_and_writes_letters_as_told():
    spaced = re.compile(any_of(["vice rector", "vice", "rector", "вице-министр"],
                               form=lambda letter: r"\s+" if letter == " " else re.escape(letter)), re.IGNORECASE)
    found = [m.group() for m in spaced.finditer("Vice  Rector and rector, vice; ВИЦЕ-МИНИСТР")]
    assert found == ["Vice  Rector", "rector", "vice", "ВИЦЕ-МИНИСТР"]


def test_any_of_gives_way_to_a_shorter_word_when_the_rest_of_the_pattern_needs_it():
    pattern = re.compile("(" + any_of(["sept", "september"]) + ")ember", re.IGNORECASE)
    assert pattern.match("September").group(1) == "Sept"
