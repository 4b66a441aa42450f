"""stanza: NER models from the user's stanza resources directory, never downloaded at run time.

Text is split into tokens here (the Kazakh tokenizer for kk, spaCy's blank tokenizer otherwise)
and handed to stanza pre-tokenized, so a language needs only its NER model and that model's
word vectors, not stanza's tokenizer. Runs on the GPU when torch sees one.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.ner import kazakh  # noqa: F401  (registers the "kk" language for the tokenizer)
from pipeline.ner.base import MissingModel, common_label
from pipeline.records import EntitySpan

INSTALL = "pip install '.[stanza]'  (stanza and a CPU build of torch)"
EMPTY_RESOURCES = Path(__file__).resolve().parent.parent / "data" / "stanza_resources.json"


def default_resources() -> Path:
    import os

    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def locate_stanza_model(lang: str, model: str | None, resources: str | None) -> tuple[Path, Path | None]:
    """(NER model file, its word-vector file or None). ``model`` is a .pt file, or a folder holding
    one NER model and optionally a ``*pretrain*.pt``; without it, stanza's own layout
    ``RESOURCES/LANG/ner/*.pt`` (stanza then finds the vectors through its resources.json)."""
    if model:
        path = Path(model)
        folder = path.parent if path.is_file() else path
        taggers = [path] if path.is_file() else sorted(p for p in folder.glob("*.pt") if "pretrain" not in p.name)
        pretrains = sorted(folder.glob("*pretrain*.pt"))
        if taggers:
            return taggers[0], pretrains[0] if pretrains else None
        raise MissingModel(f"ner.{lang}.model in pipeline.yaml points to {path}, which holds no stanza NER model (.pt)")
    folder = (Path(resources) if resources else default_resources()) / lang / "ner"
    taggers = sorted(folder.glob("*.pt")) if folder.is_dir() else []
    if not taggers:
        raise MissingModel(
            f"no stanza NER model for {lang!r} in {folder}. On a connected machine run "
            f"python -c \"import stanza; stanza.download('{lang}', processors='ner')\", then copy that machine's "
            f"~/stanza_resources folder to {folder.parent.parent} here (or set ner.{lang}.resources, or "
            f"ner.{lang}.model to a stanza NER model file, in pipeline.yaml)")
    return taggers[0], None


class StanzaBackend:
    name = "stanza"

    def __init__(self, lang: str, model: str | None = None, resources: str | None = None):
        try:
            import spacy
            import stanza
            import torch
        except ImportError:
            raise MissingModel(f"ner.{lang} uses the stanza backend, which is not installed: {INSTALL}") from None
        tagger, pretrain = locate_stanza_model(lang, model, resources)
        resources_dir = Path(resources) if resources else default_resources()
        config = {"lang": lang, "processors": "tokenize,ner", "tokenize_pretokenized": True, "download_method": None,
                  "use_gpu": torch.cuda.is_available(), "logging_level": "WARN", "dir": str(resources_dir),
                  "allow_unknown_language": True}
        if model:
            config["ner_model_path"] = str(tagger)
            if pretrain is not None:
                config["ner_pretrain_path"] = str(pretrain)
        if not (resources_dir / "resources.json").exists():
            # A model given as a file or folder needs no stanza index; an empty one keeps stanza offline.
            config["resources_filepath"] = str(EMPTY_RESOURCES)
        self._nlp = stanza.Pipeline(**config)
        self._tokenizer = spacy.blank(lang if lang == "kk" else "xx").tokenizer
        digest = hashlib.sha256(tagger.read_bytes()).hexdigest()[:8]
        self.version = f"stanza {stanza.__version__} {tagger.name} {digest}"

    def tag(self, texts: list[str]) -> list[list[EntitySpan]]:
        tokenized = [[token for token in self._tokenizer(text) if not token.is_space] for text in texts]
        wanted = [index for index, tokens in enumerate(tokenized) if tokens]
        results: list[list[EntitySpan]] = [[] for _ in texts]
        if not wanted:
            return results
        document = self._nlp([[token.text for token in tokenized[index]] for index in wanted])
        for index, sentence in zip(wanted, document.sentences):
            tokens = tokenized[index]
            for entity in sentence.ents:
                first, last = entity.tokens[0].id[0] - 1, entity.tokens[-1].id[-1] - 1
                results[index].append(EntitySpan(tokens[first].idx, tokens[last].idx + len(tokens[last]),
                                                 common_label(entity.type)))
        return results
