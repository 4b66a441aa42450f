"""Normalize: canonical forms of the names of people and institutions and of titles.

``names`` (people), ``institutions`` (registry and nominative forms) and ``latin`` (the Latin
keys both match on) do the work; ``normalize_mentions`` fills ``Mention.normalized`` and
``Mention.link_key``, the key entity linking groups mentions by.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.normalize.institutions import lookup_institution, nominative, resolve_institution
from pipeline.normalize.latin import latin_key
from pipeline.normalize.names import normalize_person
from pipeline.records import Mention

ORG_LABELS = {"ORG", "FACILITY"}
PLACE_LABELS = {"GPE", "LOC"}


def normalized_form(mention: Mention) -> tuple[str | None, str | None]:
    """(canonical form, link key) of one mention."""
    mention = replace(mention, label=_label(mention))
    if mention.label == "PERSON":
        name = normalize_person(mention.text, mention.lang)
        return (name.display, name.link_key) if name else (None, None)
    if mention.label in ORG_LABELS:
        institution = resolve_institution(mention.text, mention.lang)
        return institution.name, f"O|{institution.org_id}"
    if mention.label in PLACE_LABELS:
        name = nominative(mention.text, mention.lang)
        return name, f"G|{latin_key(name)}"
    return None, None


def _label(mention: Mention) -> str:
    """A PERSON whose text is a registered institution's name or alias is that institution."""
    if mention.label == "PERSON" and lookup_institution(mention.text, mention.lang) is not None:
        return "ORG"
    return mention.label


def normalize_mentions(mentions: list[Mention]) -> list[Mention]:
    """Normalizes the mentions of one document. A surname written alone ("Balykbaev said") takes
    the key of the one fuller name with that surname in the same document, if there is one."""
    normalized = [replace(mention, label=_label(mention), normalized=form, link_key=key)
                  for mention in mentions for form, key in [normalized_form(mention)]]
    fuller: dict[str, set[str]] = {}
    for mention in normalized:
        if mention.link_key and mention.link_key.startswith("P|") and not mention.link_key.endswith("||"):
            fuller.setdefault(mention.link_key.split("|")[1], set()).add(mention.link_key)
    resolved = []
    for mention in normalized:
        if mention.link_key and mention.link_key.startswith("P|") and mention.link_key.endswith("||"):
            candidates = fuller.get(mention.link_key.split("|")[1], set())
            if len(candidates) == 1:
                mention = replace(mention, link_key=next(iter(candidates)))
        resolved.append(mention)
    return resolved
