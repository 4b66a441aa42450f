"""Resources: the data every stage reads, loaded once per process and passed to each stage.

The role taxonomy (``data/roles.yaml`` plus the user's ``roles_file``), the institutions registry
with the regions (``data/institutions.yaml`` plus the user's ``institutions_file``,
``data/regions.yaml``), the given names (``data/given_names.txt``) and the word lists of each
language (``data/lexicon/<lang>.yaml``). Nothing travels through the environment or a module
cache: two runs with different settings in one process each read their own files. Each part is
read when first asked for, so a query that needs only the taxonomy (``who ректор``) reads only that.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from pipeline.lexicon import Lexicon, load_lexicons
from pipeline.ner.base import Gazetteers
from pipeline.normalize.institutions import REGISTRY_FILE, Registry
from pipeline.normalize.names import PersonNames
from pipeline.positions import EventReader
from pipeline.taxonomy import RoleTaxonomy, load_roles


class Resources:
    def __init__(self, roles_file: str | Path | None = None, institutions_file: str | Path | None = None):
        self.roles_file = roles_file
        self.institutions_file = institutions_file

    @classmethod
    def from_settings(cls, settings) -> "Resources":
        """The packaged data with the files ``settings`` (pipeline.Settings) adds."""
        return cls(settings.roles_file, settings.institutions_file)

    @cached_property
    def roles(self) -> RoleTaxonomy:
        return load_roles(self.roles_file)

    @cached_property
    def registry(self) -> Registry:
        return Registry.from_files([REGISTRY_FILE] + ([Path(self.institutions_file)] if self.institutions_file else []),
                                   self.lexicons)

    @cached_property
    def names(self) -> PersonNames:
        return PersonNames.from_files(self.roles, self.lexicons)

    @cached_property
    def lexicons(self) -> dict[str, Lexicon]:
        return load_lexicons()

    @cached_property
    def events(self) -> EventReader:
        return EventReader(self.roles.events)

    @property
    def gazetteers(self) -> Gazetteers:
        return Gazetteers(self.names.is_given_name, self.roles.forms, self.names.looks_like_latin_surname,
                          self.roles.is_english_body_noun)
