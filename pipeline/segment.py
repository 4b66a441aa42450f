"""Segment: split a page's text into the spans whose language is decided one by one.

A segment is one non-empty line (a paragraph, a heading or a menu line), because mixed pages
switch language at line breaks: a Russian menu over an English body.
"""

from __future__ import annotations

import re

from pipeline.records import OTHER, Document, Segment

_LINE = re.compile(r"[^\n]+")


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


class Segmenter:
    """The segment stage: each page's lines as segments whose language the language stage decides."""

    def __call__(self, documents: list[Document]) -> list[Document]:
        for document in documents:
            document.segments = [Segment(start, end, OTHER, 0.0) for start, end in split_segments(document.page.text)]
        return documents
