"""Settings: pipeline.yaml with command-line overrides on top."""

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
    roles_file: str | None = None  # extends pipeline/data/roles.yaml
    institutions_file: str | None = None  # extends pipeline/data/institutions.yaml

    def data_file_environment(self) -> dict[str, str]:
        """The user's taxonomy and registry files, as the variables every process reads them from."""
        variables = {"PIPELINE_ROLES_FILE": self.roles_file, "PIPELINE_INSTITUTIONS_FILE": self.institutions_file}
        return {name: value for name, value in variables.items() if value}

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)

    def with_overrides(self, **overrides: Any) -> "Settings":
        return replace(self, **{key: value for key, value in overrides.items() if value is not None})


def load_settings(path: Path | None = None) -> Settings:
    path = Path(path) if path else DEFAULT_CONFIG
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise SystemExit(f"config file {path} not found") from None
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise SystemExit(f"{path}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    base = path.parent
    raw["ner"] = {
        lang: BackendSpec(lang=lang, backend=spec["backend"], model=_resolve_model(base, spec.get("model")),
                          gazetteers=bool(spec.get("gazetteers", False)),
                          resources=_resolve_model(base, spec.get("resources")))
        for lang, spec in (raw.get("ner") or {}).items()
    }
    raw["inputs"] = [str(base / item) for item in raw.get("inputs", [])]
    for key in ("roles_file", "institutions_file"):
        if raw.get(key):
            raw[key] = str(base / raw[key])
    if "output" in raw:
        raw["output"] = str(base / raw["output"])
    return Settings(**raw)


def _resolve_model(base: Path, model: str | None) -> str | None:
    """A model given as a relative path is relative to the config file; a package name stays as is."""
    if model and ("/" in model or model.startswith(".")) and not Path(model).is_absolute():
        return str(base / model)
    return model
