"""natasha: Russian NER with the slovnet news model that ships inside the natasha wheel."""

from __future__ import annotations

from importlib.metadata import version

from pipeline.ner.base import common_label
from pipeline.records import EntitySpan


class NatashaBackend:
    name = "natasha"

    def __init__(self):
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        self._segmenter = Segmenter()
        self._tagger = NewsNERTagger(NewsEmbedding())
        self.version = f"natasha {version('natasha')} slovnet_ner_news_v1"

    def tag(self, texts: list[str]) -> list[list[EntitySpan]]:
        from natasha import Doc

        results = []
        for text in texts:
            doc = Doc(text)
            doc.segment(self._segmenter)
            doc.tag_ner(self._tagger)
            results.append([EntitySpan(span.start, span.stop, common_label(span.type)) for span in doc.spans])
        return results
