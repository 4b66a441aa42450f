"""The annotator: the ordered stages a batch of pages goes through, from ``stages:`` in pipeline.yaml.

segment -> language -> latin_kazakh -> ner -> repair -> normalize -> dates -> roles. Ingest comes
before (it reads files into pages) and linking after (it works on the whole output); between
them each stage is an object built once per process from the settings and the shared
``Resources``, called on a batch of documents, returning the batch.

A stage is switched off by leaving it out of the list, and swapped by naming a class of your own
for it: ``- roles: mypackage.roles:MyRoles`` (called with the settings and the resources).
"""

from __future__ import annotations

import importlib
from typing import Callable, Protocol

from pipeline.config import ConfigError, Settings
from pipeline.dates import Dater
from pipeline.language import LanguageStage, make_detector
from pipeline.ner import NerStage, load_backends
from pipeline.ner.repair import SpanRepair
from pipeline.normalize import Normalizer
from pipeline.records import Document, Page
from pipeline.resources import Resources
from pipeline.roles import RoleExtractor
from pipeline.segment import Segmenter
from pipeline.translit import LatinKazakhReader


class Stage(Protocol):
    def __call__(self, documents: list[Document]) -> list[Document]: ...


def _ner(settings: Settings, resources: Resources) -> NerStage:
    specs = [spec for lang, spec in settings.ner.items() if lang in settings.languages]
    return NerStage(load_backends(specs, resources.gazetteers))


BUILT_IN: dict[str, Callable[[Settings, Resources], Stage]] = {
    "segment": lambda settings, resources: Segmenter(),
    "language": lambda settings, resources: LanguageStage(
        make_detector(settings.language_detector, settings.languages, resources.lexicons, settings.min_language_confidence)),
    "latin_kazakh": lambda settings, resources: LatinKazakhReader(),
    "ner": _ner,
    "repair": lambda settings, resources: SpanRepair(resources),
    "normalize": lambda settings, resources: Normalizer(resources),
    "dates": lambda settings, resources: Dater(resources.lexicons),
    "roles": lambda settings, resources: RoleExtractor(resources),
}


class Annotator:
    """Pages in, annotated documents out, through the configured stages in order."""

    def __init__(self, settings: Settings, resources: Resources | None = None):
        resources = resources if resources is not None else Resources.from_settings(settings)
        self.stages: list[tuple[str, Stage]] = [(name, _build(name, target, settings, resources))
                                                for name, target in settings.stage_targets()]

    def stage(self, name: str) -> Stage:
        """The configured stage of that name (KeyError when it is switched off)."""
        return dict(self.stages)[name]

    def __call__(self, pages: list[Page]) -> list[Document]:
        documents = [Document(page, [], []) for page in pages]
        for _, stage in self.stages:
            documents = stage(documents)
        return [document.restore(document) if document.restore else document for document in documents]


def _build(name: str, target: str | None, settings: Settings, resources: Resources) -> Stage:
    if target is None:
        return BUILT_IN[name](settings, resources)
    module_name, _, attribute = target.partition(":")
    try:
        factory = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as problem:
        raise ConfigError(f"stages: {name}: {target!r} cannot be imported ({problem}); "
                          f"write it as package.module:ClassName") from None
    return factory(settings, resources)
