"""The lexicons (pipeline/data/lexicon/<lang>.yaml): every file loads, every list a rule reads is
there and holds words, and every list there is read by a rule."""

import re

import pytest

from pipeline.dates import DateReader
from pipeline.lexicon import LEXICON_DIR, load_lexicons, words_in_all
from pipeline.ner.repair import SpanRepair
from pipeline.roles import RoleExtractor
from tests.conftest import REPO

# How the code names a list: lexicon.words("name"), lexicon.table("name"), words_in_all(lexicons, "name").
_READ = re.compile(r"""(?:\.words|\.table|words_in_all\(\s*[\w.]+,)\(?\s*["'](\w+)["']""")


def _names_read_by_the_code() -> set[str]:
    names = set()
    for path in (REPO / "pipeline").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(_READ.findall(text))
    return names


def test_every_lexicon_file_loads_with_words_in_every_list():
    lexicons = load_lexicons()
    assert {"common", "en", "kk", "ru"} <= set(lexicons)
    for lexicon in lexicons.values():
        for name, words in lexicon.lists.items():
            assert words and all(word.strip() for word in words), f"{lexicon.lang}: {name} is empty"
            assert len(set(words)) == len(words), f"{lexicon.lang}: {name} repeats a word"
        for name, table in lexicon.tables.items():
            assert table and all(table.values()), f"{lexicon.lang}: table {name} is empty"


def test_every_list_the_code_reads_is_in_a_lexicon_and_every_list_there_is_read():
    lexicons = load_lexicons()
    read = _names_read_by_the_code()
    in_files = {name for lexicon in lexicons.values() for name in [*lexicon.lists, *lexicon.tables]}
    assert read - in_files == set(), "lists the code reads that no lexicon file has"
    assert in_files - read == set(), f"lists in {LEXICON_DIR} that no rule reads"


def test_the_stages_build_their_patterns_from_the_lexicons(resources):
    # Each reads the lists of a named language: a list missing from that language's file fails here.
    DateReader(resources.lexicons)
    SpanRepair(resources)
    RoleExtractor(resources)
    assert "мамыр" in DateReader(resources.lexicons).month_of


def test_a_word_yaml_reads_as_no_text_is_refused(tmp_path):
    (tmp_path / "en.yaml").write_text("abbreviations: [No, St]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="quote it"):
        load_lexicons(tmp_path)


def test_a_list_missing_everywhere_is_a_clear_error():
    with pytest.raises(KeyError, match="no_such_list"):
        words_in_all(load_lexicons(), "no_such_list")
