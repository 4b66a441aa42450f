"""NER: backends behind one interface, looked up by name, one per language in pipeline.yaml."""

from __future__ import annotations

from pipeline.ner.base import BackendSpec, MissingModel, NerBackend, common_label

BACKENDS = ("spacy", "natasha")


def load_backend(spec: BackendSpec) -> NerBackend:
    if spec.backend == "spacy":
        from pipeline.ner.spacy_backend import SpacyBackend

        if not spec.model:
            raise MissingModel(f"ner.{spec.lang}: the spacy backend needs a 'model' (a package name or a path)")
        return SpacyBackend(spec.model, spec.lang, spec.gazetteers)
    if spec.backend == "natasha":
        from pipeline.ner.natasha_backend import NatashaBackend

        return NatashaBackend()
    raise ValueError(f"ner.{spec.lang}: unknown backend {spec.backend!r}; choose one of {', '.join(BACKENDS)}")


__all__ = ["BACKENDS", "BackendSpec", "MissingModel", "NerBackend", "common_label", "load_backend"]
