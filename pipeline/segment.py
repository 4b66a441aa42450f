"""Segment: split a page's text into the spans whose language is decided one by one.

A segment is one non-empty line (a paragraph, a heading or a menu line), because mixed pages
switch language at line breaks: a Russian menu over an English body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.records import OTHER, Document, Segment

_LINE = re.compile(r"[^\n]+")
# A menu's items stand between bars ("Басты бет | Жаңалықтар | Байланыс"), a breadcrumb's between
# slashes or angle brackets ("Басты бет / Жаңалықтар / Мектеп өмірі", "Home > News").
_BAR = re.compile(r"\s*\|\s*")
_BREADCRUMB_SEPARATOR = re.compile(r"\s+[/>»•·]\s+")
# A menu whose markup the extractor dropped keeps its items apart by runs of spaces ("Басты бет  Мектеп туралы
# Педагогтар  Байланыс"); a sentence never has four such items.
_SPACES = re.compile(r"[ \t]{2,}|\t")
_MAX_ITEM_WORDS = 3
_SENTENCE_PUNCTUATION = re.compile(r"[.,;!?](?:\s|$)")  # not a site's name in a menu ("NUR.KZ")


def split_segments(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


@lru_cache(maxsize=20_000)  # the repairs and the roles ask of the same lines, and a site repeats its menus
def navigation_separators(line: str) -> tuple[tuple[int, int], ...]:
    """The separators of a menu or breadcrumb line, none where the line is prose or a table's row: three
    items or more between bars, two or more between slashes or angle brackets, or four or more between runs
    of spaces, each item a few words
    with no number and no sentence's punctuation (a table's row numbers its items or gives figures: "1 | Name |
    мұғалім")."""
    for separator, fewest in ((_BAR, 3), (_BREADCRUMB_SEPARATOR, 2), (_SPACES, 4)):
        separators = tuple(match.span() for match in separator.finditer(line) if 0 < match.start() and match.end() < len(line))
        if len(separators) + 1 < fewest:
            continue
        items = separator.split(line.strip(" \t|"))
        if len(items) >= fewest and len(separators) == len(items) - 1 \
                and all(item and len(item.split()) <= _MAX_ITEM_WORDS and not any(c.isdigit() for c in item) and not _SENTENCE_PUNCTUATION.search(item) for item in items):
            return separators
    return ()


class Segmenter:
    """The segment stage: each page's lines as segments whose language the language stage decides."""

    def __call__(self, documents: list[Document]) -> list[Document]:
        for document in documents:
            document.segments = [Segment(start, end, OTHER, 0.0) for start, end in split_segments(document.page.text)]
        return documents
