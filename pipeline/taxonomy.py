"""The role taxonomy (``data/roles.yaml``): canonical role codes and their titles in kk, ru, en."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pipeline.data import DATA_DIR, read_yaml

ROLES_FILE = DATA_DIR / "roles.yaml"
LANGS = ("kk", "ru", "en")


@dataclass(frozen=True)
class Role:
    code: str
    label: str
    forms: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Seat:
    """The institution a title implies: ``template`` per language, for the listed ``roles``."""

    kind: str  # place | field | a fixed institution's name
    roles: frozenset[str]
    template: dict[str, str]
    org_id: str | None = None  # the one institution of a fixed seat (a prime minister's government)
    titles: frozenset[str] = frozenset()  # the written titles (lower case) the fixed seat is only of, if any


@dataclass(frozen=True)
class RoleTaxonomy:
    roles: dict[str, Role]
    degrees: dict[str, tuple[str, ...]]
    status: dict[str, dict[str, tuple[str, ...]]]  # status -> lang -> words
    seats: tuple[Seat, ...]
    place_words: dict[str, frozenset[str]]
    page_institution: dict[str, tuple[str, ...]]  # role code -> university | school | region, in the order tried
    school_words: dict[str, frozenset[str]]
    institution_words: dict[str, frozenset[str]]
    role_by_institution: dict[str, dict[str, str]]  # code -> org_id -> more specific code
    in_service_of: frozenset[str]
    unit_words: dict[str, frozenset[str]]
    events: dict[str, dict[str, tuple[str, ...]]]  # kind -> lang -> word beginnings
    deputy_of: dict[str, str]  # a holder's code -> the code of the holder's deputy
    staff_seat: dict[str, str]  # a holder's code -> the registry id of the institution where the holder's staff work
    head_by_institution: dict[str, str]  # org type or id -> the code of who heads it
    short_forms: dict[str, str]  # a more specific title's code -> its short form's (first_vice_rector -> vice_rector)
    ranks: frozenset[str] = frozenset()  # academic ranks, held at the holder's post
    rank_institution_types: frozenset[str] = frozenset()  # the registry types such a post may be at
    qualification_categories: frozenset[str] = frozenset()  # a teacher's category, a post only where no other is
    teaching_site_types: frozenset[str] = frozenset()  # registry types whose own site is its staff's university
    heads_of_state: tuple[str, ...] = ()  # this country's heads of state, by a surname or a given name and patronymic

    def seat(self, code: str, kind: str) -> Seat | None:
        return next((seat for seat in self.seats if seat.kind == kind and code in seat.roles), None)

    def place_seat_template(self, lang: str) -> str:
        """The name of a place's seat, its akimat, with "{}" for the place ("Акимат {}")."""
        return next(seat.template[lang] for seat in self.seats if seat.kind == "place")

    def fixed_seat(self, code: str, written: str | None = None) -> str | None:
        """The one institution of a role's fixed seat; of a seat given for some titles only ("prosecutor general"),
        where ``written`` is one of them."""
        return next((seat.org_id for seat in self.seats if seat.org_id and code in seat.roles
                     and (not seat.titles or written is not None and " ".join(written.lower().split()) in seat.titles)), None)

    def forms(self, lang: str) -> list[tuple[str, str]]:
        """(form, code) pairs for one language, longest form first so specific titles win."""
        pairs = [(form, role.code) for role in self.roles.values() for form in role.forms.get(lang, ())]
        return sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0]))

    def label(self, code: str) -> str:
        return self.roles[code].label if code in self.roles else code

    @cached_property
    def degree_forms(self) -> frozenset[str]:
        """Every degree's forms in every language, lower case (PhD, кандидат наук, ғылым кандидаты)."""
        return frozenset(form for forms in self.degrees.values() for form in forms)

    @cached_property
    def _institution_heads(self) -> tuple[str, ...]:
        return tuple(sorted(set().union(*self.institution_words.values())))

    def is_place_word(self, word: str) -> bool:
        """Whether a word is the head word of a place's name in any language (District, облысы, района)."""
        return any(word.lower() in words for words in self.place_words.values())

    def is_institution_word(self, word: str) -> bool:
        """Whether a word begins like an institution's head word of any language (University,
        министерства, басқармасы): a page mixes its languages."""
        return word.lower().startswith(self._institution_heads)

    @cached_property
    def _english_body_nouns(self) -> frozenset[str]:
        return self.institution_words.get("en", frozenset()) | self.unit_words.get("en", frozenset())

    def is_english_body_noun(self, word: str) -> bool:
        """Whether an English word is an institution's or a unit's noun, maybe in the plural ("University", "Division",
        "Schools"), whole: no word of a person's name."""
        lower = word.lower()
        return lower in self._english_body_nouns or lower.endswith("s") and lower[:-1] in self._english_body_nouns


def load_roles(extra: str | Path | None = None) -> RoleTaxonomy:
    """The packaged taxonomy, with the user's file (``roles_file`` in pipeline.yaml) adding forms
    and codes. Read by ``pipeline.resources.Resources``, once per process and settings."""
    merged: dict[str, dict] = {}
    degrees: dict[str, tuple[str, ...]] = {}
    status: dict[str, dict[str, tuple[str, ...]]] = {}
    events: dict[str, dict[str, tuple[str, ...]]] = {}
    seats: dict[str, Seat] = {}
    place_words: dict[str, frozenset[str]] = {}
    page_institution: dict[str, tuple[str, ...]] = {}
    school_words: dict[str, frozenset[str]] = {}
    institution_words: dict[str, frozenset[str]] = {}
    role_by_institution: dict[str, dict[str, str]] = {}
    in_service_of: set[str] = set()
    deputy_of: dict[str, str] = {}
    staff_seat: dict[str, str] = {}
    head_by_institution: dict[str, str] = {}
    short_forms: dict[str, str] = {}
    unit_words: dict[str, frozenset[str]] = {}
    ranks: set[str] = set()
    rank_institution_types: set[str] = set()
    qualification_categories: set[str] = set()
    teaching_site_types: set[str] = set()
    heads_of_state: list[str] = []
    for path in [ROLES_FILE] + ([Path(extra)] if extra else []):
        data = read_yaml(path)
        ranks.update((data.get("ranks") or {}).get("codes") or [])
        rank_institution_types.update((data.get("ranks") or {}).get("institution_types") or [])
        qualification_categories.update(str(word).lower() for word in data.get("qualification_categories") or [])
        teaching_site_types.update(data.get("teaching_site_types") or [])
        heads_of_state.extend(str(name) for name in data.get("heads_of_state") or [])
        for kind, codes in (data.get("page_institution") or {}).items():
            for code in codes:
                page_institution[code] = tuple(dict.fromkeys(page_institution.get(code, ()) + (kind,)))
        for code, by_org in (data.get("role_by_institution") or {}).items():
            role_by_institution.setdefault(code, {}).update(by_org)
        in_service_of.update(data.get("in_service_of") or [])
        deputy_of.update(data.get("deputy_of") or {})
        staff_seat.update(data.get("staff_seat") or {})
        head_by_institution.update(data.get("head_by_institution") or {})
        short_forms.update(data.get("short_forms") or {})
        for key, target in (("school_words", school_words), ("institution_words", institution_words),
                            ("unit_words", unit_words)):
            for lang, words in (data.get(key) or {}).items():
                target[lang] = target.get(lang, frozenset()) | {str(word).lower() for word in words}
        for section, words_of in (("status", status), ("events", events)):
            for name, by_lang in (data.get(section) or {}).items():
                for lang in LANGS:
                    words = [str(word).lower() for word in by_lang.get(lang, [])]
                    words_of.setdefault(name, {})[lang] = tuple(dict.fromkeys([*words_of.get(name, {}).get(lang, ()), *words]))
        for kind, seat in (data.get("seats") or {}).items():
            seats[kind] = Seat(kind, frozenset(seat.get("roles", [])), {lang: seat[lang] for lang in LANGS if lang in seat},
                               seat.get("org_id"), frozenset(str(title).lower() for title in seat.get("titles", [])))
        for lang, words in (data.get("place_words") or {}).items():
            place_words[lang] = place_words.get(lang, frozenset()) | {str(word).lower() for word in words}
        for code, forms in (data.get("degrees") or {}).items():
            degrees[code] = tuple(dict.fromkeys([*degrees.get(code, ()), *(str(form).lower() for form in forms)]))
        for code, entry in (data.get("roles") or {}).items():
            target = merged.setdefault(code, {"label": code})
            target["label"] = entry.get("label", target["label"])
            for lang in LANGS:
                forms = [str(form).lower() for form in entry.get(lang, [])]
                target[lang] = tuple(dict.fromkeys([*target.get(lang, ()), *forms]))
    return RoleTaxonomy({
        code: Role(code, entry["label"], {lang: entry.get(lang, ()) for lang in LANGS})
        for code, entry in merged.items()
    }, degrees, status, tuple(seats.values()), place_words, page_institution, school_words,
        institution_words, role_by_institution, frozenset(in_service_of), unit_words, events, deputy_of, staff_seat,
        head_by_institution, short_forms, frozenset(ranks), frozenset(rank_institution_types), frozenset(qualification_categories),
        frozenset(teaching_site_types), tuple(dict.fromkeys(heads_of_state)))
