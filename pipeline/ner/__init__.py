"""NER: backends behind one interface, looked up by name, one per language in pipeline.yaml."""

from __future__ import annotations

import importlib.util
from typing import Iterable

from pipeline.ner.base import BackendSpec, Gazetteers, MissingModel, NerBackend, common_label
from pipeline.ner.spacy_models import import_spacy, locate
from pipeline.records import Document, Mention

BACKENDS = ("spacy", "natasha", "stanza")


class NerStage:
    """The NER stage: each language's segments of the batch tagged in one call of its backend."""

    def __init__(self, backends: dict[str, NerBackend]):
        self.backends = backends

    def __call__(self, documents: list[Document]) -> list[Document]:
        by_lang: dict[str, list[tuple[Document, int, int]]] = {}
        for document in documents:
            for segment in document.segments:
                if segment.lang in self.backends:
                    by_lang.setdefault(segment.lang, []).append((document, segment.start, segment.end))
        for lang, located in by_lang.items():
            backend = self.backends[lang]
            found = backend.tag([document.page.text[start:end] for document, start, end in located])
            for (document, start, _), entities in zip(located, found):
                text = document.page.text
                document.mentions.extend(
                    Mention(start + e.start, start + e.end, text[start + e.start:start + e.end], e.label, lang,
                            backend.name, backend.version, e.score)
                    for e in entities)
        return documents


def load_backends(specs: Iterable[BackendSpec], gazetteers: Gazetteers | None = None) -> dict[str, NerBackend]:
    """The backend of each spec, by language. spaCy is imported once, knowing every model it will
    load: a model that runs on PyTorch must not find spaCy already imported without it. A spec
    with ``gazetteers`` needs them (``Resources.gazetteers``)."""
    specs = list(specs)
    spacy_models = [_spacy_model(spec) for spec in specs if spec.backend == "spacy"]
    if spacy_models:
        import_spacy(spacy_models)
    return {spec.lang: _load(spec, gazetteers) for spec in specs}


def load_backend(spec: BackendSpec, gazetteers: Gazetteers | None = None) -> NerBackend:
    return load_backends([spec], gazetteers)[spec.lang]


def _load(spec: BackendSpec, gazetteers: Gazetteers | None) -> NerBackend:
    if spec.backend == "spacy":
        from pipeline.ner.spacy_backend import SpacyBackend

        if spec.gazetteers and gazetteers is None:
            raise ValueError(f"ner.{spec.lang}: gazetteers are on but none were given (pass Resources.gazetteers)")
        return SpacyBackend(_spacy_model(spec), spec.lang, gazetteers if spec.gazetteers else None)
    if spec.backend == "natasha":
        from pipeline.ner.natasha_backend import NatashaBackend

        return NatashaBackend()
    if spec.backend == "stanza":
        from pipeline.ner.stanza_backend import StanzaBackend

        return StanzaBackend(spec.lang, spec.model, spec.resources)
    raise ValueError(f"ner.{spec.lang}: unknown backend {spec.backend!r}; choose one of {', '.join(BACKENDS)}")


def locate_model(spec: BackendSpec) -> str:
    """Where the configured model is, without loading it; MissingModel says how to get it."""
    if spec.backend == "spacy":
        return str(locate(_spacy_model(spec)))
    if spec.backend == "natasha":
        if importlib.util.find_spec("natasha") is None:
            raise MissingModel("natasha is not installed: pip install natasha==1.6.0")
        return "slovnet news NER inside the natasha wheel"
    if spec.backend == "stanza":
        from pipeline.ner.stanza_backend import INSTALL, locate_stanza_model

        if importlib.util.find_spec("stanza") is None or importlib.util.find_spec("torch") is None:
            raise MissingModel(f"ner.{spec.lang} uses the stanza backend, which is not installed: {INSTALL}")
        tagger, _ = locate_stanza_model(spec.lang, spec.model, spec.resources)
        return str(tagger)
    raise ValueError(f"ner.{spec.lang}: unknown backend {spec.backend!r}; choose one of {', '.join(BACKENDS)}")


def _spacy_model(spec: BackendSpec) -> str:
    if not spec.model:
        raise MissingModel(f"ner.{spec.lang}: the spacy backend needs a 'model' (a package name or a path)")
    return spec.model


__all__ = ["BACKENDS", "BackendSpec", "Gazetteers", "MissingModel", "NerBackend", "NerStage", "common_label", "load_backend", "load_backends",
           "locate_model"]
