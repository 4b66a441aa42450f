"""The packaged data files and the one way they are read.

roles.yaml (the role taxonomy), institutions.yaml (the registry), regions.yaml (regions, cities and
their akimats), given_names.txt, lexicon/ (each language's word lists), kk_latin.yaml (Latin Kazakh
letter tables), schema.yaml (the table contract), stanza_resources.json."""

from __future__ import annotations

from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent
# libyaml's loader where PyYAML was built with it: seven times faster than the pure-Python one.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: str | Path) -> dict:
    """A YAML data file as a mapping (empty for an empty file)."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}
