"""Settings: pipeline.yaml, a user's config file over it, command-line overrides on top.

Every value is checked before anything is read, and a bad one is refused with one line naming it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from pipeline.ner import BackendSpec

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "pipeline.yaml"
# Each worker process gets one core: numerical libraries and lingua's thread pool would otherwise
# start a thread per core in every worker and fight over the cores. Set before they are imported.
ONE_THREAD_PER_WORKER = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                                                "RAYON_NUM_THREADS")}


@dataclass(frozen=True)
class Settings:
    inputs: list[str] = field(default_factory=lambda: ["corpus/samples"])
    output: str = "out/knowledge"
    languages: list[str] = field(default_factory=lambda: ["kk", "ru", "en"])
    language_detector: str = "lingua"
    min_language_confidence: float = 0.5
    ner: dict[str, BackendSpec] = field(default_factory=dict)
    batch_size: int = 32
    workers: int = 0
    engine: str = "local"
    scheduler: str | None = None
    max_file_bytes: int = 20_000_000
    html_seconds: float = 20.0
    max_page_chars: int = 2_000_000
    page_seconds: float = 120.0  # annotating one page taking longer marks it as an error (timeout)
    roles_file: str | None = None  # extends pipeline/data/roles.yaml
    institutions_file: str | None = None  # extends pipeline/data/institutions.yaml
    compact_after_parts: int = 64  # a run ending with more batch parts per table compacts the output
    # The annotator's stages in order (pipeline.engine.annotator): a name, or {name: "module:Class"}.
    stages: list = field(default_factory=lambda: list(STAGE_NAMES))

    def __post_init__(self):
        from pipeline.language import DETECTORS
        from pipeline.ner import BACKENDS

        checks = [
            ("languages", bool(self.languages) and all(isinstance(lang, str) for lang in self.languages),
             "a non-empty list of language codes"),
            ("language_detector", self.language_detector in DETECTORS, f"one of {', '.join(DETECTORS)}"),
            ("min_language_confidence", _is_number(self.min_language_confidence) and 0 <= self.min_language_confidence <= 1,
             "a number from 0 to 1"),
            ("batch_size", _is_int(self.batch_size) and self.batch_size >= 1, "a whole number of at least 1"),
            ("workers", _is_int(self.workers) and self.workers >= 0, "a whole number, 0 for one per core"),
            ("engine", self.engine in ENGINES, f"one of {', '.join(ENGINES)}"),
            ("max_file_bytes", _is_int(self.max_file_bytes) and self.max_file_bytes >= 1, "a whole number of bytes"),
            ("html_seconds", _is_number(self.html_seconds) and self.html_seconds > 0, "a number of seconds above 0"),
            ("page_seconds", _is_number(self.page_seconds) and self.page_seconds > 0, "a number of seconds above 0"),
            ("max_page_chars", _is_int(self.max_page_chars) and self.max_page_chars >= 1, "a whole number of characters"),
            ("compact_after_parts", _is_int(self.compact_after_parts) and self.compact_after_parts >= 1,
             "a whole number of part files, at least 1"),
            ("inputs", isinstance(self.inputs, list) and all(isinstance(item, str) for item in self.inputs),
             "a list of files or folders"),
            ("output", isinstance(self.output, str) and bool(self.output), "a folder"),
        ]
        for key, ok, wanted in checks:
            if not ok:
                raise ConfigError(f"{key}: {getattr(self, key)!r} is not {wanted}")
        self.stage_targets()
        for lang in self.languages:
            if lang not in self.ner:
                raise ConfigError(f"ner.{lang}: language {lang!r} is in languages but has no NER backend; "
                                  f"add one under ner: ({', '.join(BACKENDS)}) or drop it from languages")

    def stage_targets(self) -> list[tuple[str, str | None]]:
        """(stage name, "module:Class" or None for the built-in one) for each of ``stages``, in order."""
        targets = []
        for entry in self.stages if isinstance(self.stages, list) else [self.stages]:
            name, target = (entry, None) if isinstance(entry, str) else (
                next(iter(entry.items())) if isinstance(entry, dict) and len(entry) == 1 else (None, None))
            if name not in STAGE_NAMES or (target is not None and (not isinstance(target, str) or ":" not in target)):
                raise ConfigError(f"stages: {entry!r} is not a stage; each entry is one of {', '.join(STAGE_NAMES)}, "
                                  f"or {{name: package.module:ClassName}} to swap one")
            if name in {seen for seen, _ in targets}:
                raise ConfigError(f"stages: {name} is listed twice")
            targets.append((name, target))
        return targets

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)

    def with_overrides(self, **overrides: Any) -> "Settings":
        return replace(self, **{key: value for key, value in overrides.items() if value is not None})


ENGINES = ("local", "dask")
STAGE_NAMES = ("segment", "language", "latin_kazakh", "ner", "repair", "normalize", "dates", "roles")
NER_KEYS = {"backend", "model", "gazetteers", "resources"}


class ConfigError(ValueError):
    """A setting that cannot be used; the message names it."""


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def load_settings(path: Path | None = None) -> Settings:
    """pipeline.yaml, with the file at ``path`` laid over it: a key there replaces the default,
    and ``ner`` is replaced language by language, so a file that sets only ``batch_size`` keeps
    every default model."""
    raw = _read_config(DEFAULT_CONFIG)
    if path and Path(path).resolve() != DEFAULT_CONFIG:
        overlay = _read_config(Path(path))
        raw = {**raw, **overlay, "ner": {**raw.get("ner", {}), **overlay.get("ner", {})}}
    return Settings(**raw)


def _read_config(path: Path) -> dict:
    """One config file, checked key by key, with its relative paths taken from its own folder."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} not found") from None
    except (OSError, UnicodeDecodeError) as problem:
        raise ConfigError(f"config file {path} cannot be read: {problem}") from None
    except yaml.YAMLError as problem:
        where = getattr(problem, "problem_mark", None)
        line = f" at line {where.line + 1}" if where else ""
        raise ConfigError(f"{path}: not valid YAML{line}: {getattr(problem, 'problem', problem)}") from None
    raw = {} if raw is None else raw
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected settings as 'key: value' lines, found {type(raw).__name__}")
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ConfigError(f"{path}: unknown setting {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    base = path.parent
    if "ner" in raw:
        raw["ner"] = {lang: _backend_spec(path, base, lang, spec) for lang, spec in (raw["ner"] or {}).items()}
    if "inputs" in raw:
        if not isinstance(raw["inputs"], list):
            raise ConfigError(f"{path}: inputs: expected a list of files or folders")
        raw["inputs"] = [str(base / str(item)) for item in raw["inputs"]]
    for key in ("roles_file", "institutions_file", "output"):
        if raw.get(key):
            raw[key] = str(base / str(raw[key]))
    return raw


def _backend_spec(path: Path, base: Path, lang: str, spec) -> BackendSpec:
    from pipeline.ner import BACKENDS

    if not isinstance(spec, dict) or spec.get("backend") not in BACKENDS or set(spec) - NER_KEYS:
        raise ConfigError(f"{path}: ner.{lang}: expected {{backend: {' | '.join(BACKENDS)}}} with optional "
                          f"{', '.join(sorted(NER_KEYS - {'backend'}))}; found {spec!r}")
    return BackendSpec(lang=lang, backend=spec["backend"], model=_resolve_model(base, spec.get("model")),
                       gazetteers=bool(spec.get("gazetteers", False)),
                       resources=_resolve_model(base, spec.get("resources")))


def _resolve_model(base: Path, model: str | None) -> str | None:
    """A model given as a relative path is relative to the config file; a package name stays as is."""
    if model and ("/" in model or model.startswith(".")) and not Path(model).is_absolute():
        return str(base / model)
    return model
