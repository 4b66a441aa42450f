"""Normalize: canonical forms of the names of people and institutions and of titles.

``names`` (people), ``institutions`` (registry and nominative forms) and ``latin`` (the Latin
keys both match on) do the work; ``normalize_mentions`` fills ``Mention.normalized``.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.normalize.institutions import resolve_institution
from pipeline.normalize.names import normalize_person
from pipeline.records import Mention

ORG_LABELS = {"ORG", "FACILITY"}


def normalized_form(mention: Mention) -> str | None:
    if mention.label == "PERSON":
        name = normalize_person(mention.text, mention.lang)
        return name.display if name else None
    if mention.label in ORG_LABELS:
        return resolve_institution(mention.text, mention.lang).name
    return None


def normalize_mentions(mentions: list[Mention]) -> list[Mention]:
    return [replace(mention, normalized=normalized_form(mention)) for mention in mentions]
