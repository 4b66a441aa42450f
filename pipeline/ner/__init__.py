"""NER: backends behind one interface, looked up by name, one per language in pipeline.yaml."""

from __future__ import annotations

import importlib.util
from typing import Iterable

from pipeline.ner.base import BackendSpec, MissingModel, NerBackend, common_label
from pipeline.ner.spacy_models import import_spacy, locate

BACKENDS = ("spacy", "natasha", "stanza")


def load_backends(specs: Iterable[BackendSpec]) -> dict[str, NerBackend]:
    """The backend of each spec, by language. spaCy is imported once, knowing every model it will
    load: a model that runs on PyTorch must not find spaCy already imported without it."""
    specs = list(specs)
    spacy_models = [_spacy_model(spec) for spec in specs if spec.backend == "spacy"]
    if spacy_models:
        import_spacy(spacy_models)
    return {spec.lang: _load(spec) for spec in specs}


def load_backend(spec: BackendSpec) -> NerBackend:
    return load_backends([spec])[spec.lang]


def _load(spec: BackendSpec) -> NerBackend:
    if spec.backend == "spacy":
        from pipeline.ner.spacy_backend import SpacyBackend

        return SpacyBackend(_spacy_model(spec), spec.lang, spec.gazetteers)
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


__all__ = ["BACKENDS", "BackendSpec", "MissingModel", "NerBackend", "common_label", "load_backend", "load_backends",
           "locate_model"]
