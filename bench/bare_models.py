"""The bare NER models, as a process of their own: `python bench/bare_models.py LINES.json`.

LINES.json maps a language to its lines ({"en": [...], "kk": [...], "ru": [...]}). The process
imports and loads each configured backend (spaCy nlp.pipe for en and kk, natasha for ru) and tags
its lines, nothing else; bench/run.py times it from start to exit, as it times a pipeline run.
"""

from __future__ import annotations

import json
import sys

from pipeline.config import load_settings
from pipeline.ner import load_backends
from pipeline.resources import Resources


def main(lines_file: str) -> None:
    settings = load_settings()
    with open(lines_file, encoding="utf-8") as handle:
        lines: dict[str, list[str]] = json.load(handle)
    backends = load_backends((settings.ner[lang] for lang in lines), Resources.from_settings(settings).gazetteers)
    for lang, texts in lines.items():
        backends[lang].tag(texts)


if __name__ == "__main__":
    main(sys.argv[1])
