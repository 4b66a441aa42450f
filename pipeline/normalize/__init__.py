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


def normalized(mention: Mention) -> Mention:
    """The mention with its label checked against the registry, its canonical form and link key."""
    label = _label(mention)
    form = key = None
    if label == "PERSON":
        name = normalize_person(mention.text, mention.lang)
        if name is None or not name.is_plausible_in(mention.lang):
            # A lone capitalized word that is neither a known given name nor shaped like a surname
            # ("Университет", "Akorda", "Kazakhstanis") is not a person; it is kept, as MISC.
            return replace(mention, label="MISC")
        form, key = name.display, name.link_key
    elif label in ORG_LABELS:
        institution = resolve_institution(mention.text, mention.lang)
        form, key = institution.name, f"O|{institution.org_id}"
    elif label in PLACE_LABELS:
        form = nominative(mention.text, mention.lang)
        key = f"G|{latin_key(form)}"
    return replace(mention, label=label, normalized=form, link_key=key)


def _label(mention: Mention) -> str:
    """A PERSON whose text is, or holds a word that is, a registered institution's name or
    acronym ("KazNPU", "S. Abai KazNPU Zh") is an institution."""
    if mention.label == "PERSON" and (lookup_institution(mention.text, mention.lang) is not None or any(
            sum(letter.isupper() for letter in word) >= 2 and lookup_institution(word, mention.lang) is not None
            for word in mention.text.split())):
        return "ORG"
    return mention.label


def normalize_mentions(mentions: list[Mention]) -> list[Mention]:
    """Normalizes the mentions of one document. A surname written alone ("Balykbaev said"), or a
    given name with a patronymic ("Наталья Васильевна"), takes the key of the one fuller name in
    the same document it fits, if there is exactly one."""
    with_forms = [normalized(mention) for mention in mentions]
    by_surname: dict[str, set[str]] = {}
    by_given: dict[str, set[str]] = {}
    for mention in with_forms:
        if mention.link_key and mention.link_key.startswith("P|") and not mention.link_key.endswith("||"):
            _, surname, given, _ = mention.link_key.split("|")
            by_surname.setdefault(surname, set()).add(mention.link_key)
            if given:
                by_given.setdefault(given, set()).add(mention.link_key)
    resolved = []
    for mention in with_forms:
        if mention.link_key and mention.link_key.startswith("P|"):
            name = normalize_person(mention.text, mention.lang)
            if mention.link_key.endswith("||"):
                candidates = by_surname.get(mention.link_key.split("|")[1], set())
            elif name is not None and name.given and name.patronymic and not name.surname:
                candidates = by_given.get(latin_key(name.given), set()) - {mention.link_key}
            else:
                candidates = set()
            if len(candidates) == 1:
                mention = replace(mention, link_key=next(iter(candidates)))
        resolved.append(mention)
    return resolved
