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


def default_resources() -> Path:
    import os

    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def locate_stanza_model(lang: str, model: str | None, resources: str | None) -> tuple[Path, Path | None]:
    """(NER model file, its word-vector file). ``model`` is a .pt file or a folder holding one
    ``*nertagger*.pt`` and optionally ``*pretrain*.pt``; otherwise ``RESOURCES/LANG/ner``."""
    folder = Path(model) if model else (Path(resources) if resources else default_resources()) / lang / "ner"
    if folder.is_file():
        pretrain = sorted(folder.parent.glob("*pretrain*.pt"))
        return folder, pretrain[0] if pretrain else None
    models = sorted(folder.glob("*.pt")) if folder.is_dir() else []
    taggers = [path for path in models if "pretrain" not in path.name]
    if not taggers:
        raise MissingModel(
            f"no stanza NER model for {lang!r} at {folder}. On a connected machine run "
            f"python -c \"import stanza; stanza.download('{lang}', processors='ner')\" and copy "
            f"~/stanza_resources/{lang} to {folder.parent}, or set ner.{lang}.model in pipeline.yaml "
            f"to a folder or .pt file of a stanza NER model")
    pretrains = [path for path in models if "pretrain" in path.name]
    pretrain_folder = folder.parent.parent / "pretrain" if not model else folder
    pretrains = pretrains or sorted(pretrain_folder.glob("*.pt"))
    return taggers[0], pretrains[0] if pretrains else None


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
        config = {"lang": lang, "processors": "tokenize,ner", "tokenize_pretokenized": True, "download_method": None,
                  "ner_model_path": str(tagger), "use_gpu": torch.cuda.is_available(), "logging_level": "WARN"}
        if pretrain is not None:
            config["ner_pretrain_path"] = str(pretrain)
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
