"""Resources: the data every stage reads, loaded once per process and passed to each stage.

The role taxonomy (``data/roles.yaml`` plus the user's ``roles_file``), the institutions registry
with the regions (``data/institutions.yaml`` plus the user's ``institutions_file``,
``data/regions.yaml``), the given names (``data/given_names.txt``) and the word lists of each
language (``data/lexicon/<lang>.yaml``). Nothing travels through the environment or a module
cache: two runs with different settings in one process each read their own files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.lexicon import Lexicon, load_lexicons
from pipeline.ner.base import Gazetteers
from pipeline.normalize.institutions import REGISTRY_FILE, Registry
from pipeline.normalize.names import PersonNames
from pipeline.positions import EventReader
from pipeline.taxonomy import RoleTaxonomy, load_roles


@dataclass(frozen=True)
class Resources:
    roles: RoleTaxonomy
    registry: Registry
    names: PersonNames
    lexicons: dict[str, Lexicon]

    @classmethod
    def from_settings(cls, settings) -> "Resources":
        """The packaged data with the files ``settings`` (pipeline.Settings) adds."""
        return cls.load(settings.roles_file, settings.institutions_file)

    @classmethod
    def load(cls, roles_file: str | Path | None = None, institutions_file: str | Path | None = None) -> "Resources":
        roles = load_roles(roles_file)
        lexicons = load_lexicons()
        registry = Registry.from_files([REGISTRY_FILE] + ([Path(institutions_file)] if institutions_file else []), lexicons)
        return cls(roles, registry, PersonNames.from_files(roles, lexicons), lexicons)

    @property
    def events(self) -> EventReader:
        return EventReader(self.roles.events)

    @property
    def gazetteers(self) -> Gazetteers:
        return Gazetteers(self.names.is_given_name, self.roles.forms, self.names.looks_like_latin_surname)
