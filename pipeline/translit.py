"""Transliteration: Kazakh written in Latin letters read as Cyrillic, and back.

Kazakh news sites publish Latin editions in three spellings (``pipeline/data/kk_latin.yaml``:
the 2018 decree's acute accents, the 2021 revision's umlauts, and adyrna.kz's form of it). The
Kazakh NER model and titles know Cyrillic only, so a Latin Kazakh line is read through its
Cyrillic form: ``to_cyrillic`` keeps, for every Cyrillic character, the source characters it came
from, so a span found in the Cyrillic maps back exactly onto what the page says. ``to_latin`` is
the other direction (names shown in the page's own spelling; evaluation on transliterated data).

``CyrillicView`` is the stage the engine calls: a document whose Latin Kazakh lines are replaced
by their Cyrillic form, annotated like any Kazakh page, then restored to the page's offsets and
letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from pipeline.data import DATA_DIR, read_yaml
from pipeline.lexicon import load_lexicons
from pipeline.records import Document, Mention, RoleFact, Segment

DATA_FILE = DATA_DIR / "kk_latin.yaml"
ROLES_FILE = DATA_DIR / "roles.yaml"
CONTEXTS = ("word_start", "after_vowel", "initial_or_after_vowel", "front_word", "front_lower_word", "front_vowels_word",
            "word_end", "before_vowel", "genitive_end", "word_end_after_a_native_vowel", "after_vowel_but_u")
_VOWELS = frozenset("аәеёиоөұүыіэюя")
# Plain Latin letters of a word in front vowel harmony, and of one in back harmony (latn-ascii: y is ы,
# q is қ, gh is ғ; Kazakh writes к and г beside front vowels).
_FRONT_SIGNS = re.compile(r"[eikg]")
_BACK_SIGNS = re.compile(r"[yq]|gh")
# The same by the 2021 letters, which write the front vowels apart (ä, ö, ü, e): a word with no back sign (y, q, ğ, ū)
# and no more back vowels than front ones ("bilim"; a loan's o among front vowels: kolledjinde; not Euraziia).
_FRONT_VOWELS = re.compile(r"[äöüe]")
_BACK_LETTERS = re.compile(r"[yqğǧū]")
_BACK_VOWELS = re.compile(r"[aou]")
_LETTERS = re.compile(r"[^\W\d_]+")
_PLURAL_ENDINGS = tuple(load_lexicons()["kk"].words("plural_endings"))  # "тәрбиешілер": a title's word in a list's title
_LATIN_VOWELS = frozenset("aeiouy")
# The genitive's -ny-/-ni- before its last letter, written n for ң (oblysynyn, mektebinin).
_GENITIVE_BEFORE_N = re.compile(r"[^\W\d_]{2,}[nN][yYiI]$")


@dataclass(frozen=True)
class Row:
    latin: str
    cyrillic: str
    context: str | None = None  # word_start, after_vowel, initial_or_after_vowel


@dataclass(frozen=True, eq=False)  # one instance per variant: hashed by identity for the caches
class Alphabet:
    name: str
    source: str
    rows: tuple[Row, ...]
    capitals: dict[str, str]  # small Latin letter -> its capital, where not str.upper()
    merges: tuple[str, ...]
    ambiguous: tuple[str, ...]  # Cyrillic sequences a round trip may not give back (see the data file)
    distinctive: str
    respells_titles: bool = False  # a title's word that the letters fold to is written as the title's
    lacks: str = ""  # letters a text in this variant never writes: one that writes them is in another

    @property
    def latin_of(self) -> dict[str, str]:
        return _latin_of(self)

    def smalls(self, char: str) -> tuple[str, ...]:
        """The small letters a source character may stand for (2018: I is the capital of i and ı)."""
        return _smalls(self).get(char) or (char.lower(),)

    def capital(self, latin: str, whole: bool) -> str:
        head = self.capitals.get(latin[:1], latin[:1].upper())
        rest = "".join(self.capitals.get(char, char.upper()) for char in latin[1:]) if whole else latin[1:]
        return head + rest

    def fold(self, cyrillic: str) -> str:
        """Cyrillic text with every merged group written as its first letter (a lone letter
        dropped): what a round trip through this alphabet can keep."""
        return cyrillic.translate(_fold_table(self))


@lru_cache(maxsize=8)
def _latin_of(alphabet: Alphabet) -> dict[str, str]:
    table: dict[str, str] = {}
    for row in alphabet.rows:
        if len(row.cyrillic) == 1:
            table.setdefault(row.cyrillic, row.latin)
    return table


@lru_cache(maxsize=8)
def _smalls(alphabet: Alphabet) -> dict[str, tuple[str, ...]]:
    inverse: dict[str, tuple[str, ...]] = {}
    for small, capital in alphabet.capitals.items():
        inverse[capital] = inverse.get(capital, ()) + (small,)
    return inverse


@lru_cache(maxsize=8)
def _fold_table(alphabet: Alphabet) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for written in alphabet.merges:
        # a group written in small letters merges the capitals too; one in capitals, only those
        for group in {written, written.upper()} if written.islower() else {written}:
            for letter in group[1:] if len(group) > 1 else group:
                table[ord(letter)] = group[0] if len(group) > 1 else None
    return table


@lru_cache(maxsize=8)
def _rows_by_first_letter(alphabet: Alphabet) -> dict[str, tuple[Row, ...]]:
    index: dict[str, list[Row]] = {}
    for row in alphabet.rows:
        if row.latin:
            index.setdefault(row.latin[0], []).append(row)
    return {letter: tuple(rows) for letter, rows in index.items()}


@lru_cache(maxsize=1)
def load_kk_latin() -> dict:
    return read_yaml(DATA_FILE)


@lru_cache(maxsize=1)
def alphabets() -> dict[str, Alphabet]:
    """The variants of ``kk_latin.yaml`` by name, in the file's order."""
    raw = load_kk_latin()["variants"]

    def field(name: str, key: str, default=None):
        entry = raw[name]
        if key in entry:
            return entry[key]
        return field(entry["based_on"], key, default) if "based_on" in entry else default

    def rows(name: str) -> list[Row]:
        own = [Row(*row) for row in raw[name].get("letters", [])]
        unknown = {row.context for row in own} - {None, *CONTEXTS}
        if unknown:
            raise ValueError(f"{DATA_FILE.name}: {name}: unknown context {', '.join(sorted(unknown))}; use {', '.join(CONTEXTS)}")
        return own + (rows(raw[name]["based_on"]) if "based_on" in raw[name] else [])

    found = {}
    for name, entry in raw.items():
        letters = Alphabet(name, " ".join(entry["source"].split()), tuple(rows(name)), dict(field(name, "capitals", {})),
                           tuple(field(name, "merges", ())), tuple(field(name, "ambiguous", ())),
                           entry.get("distinctive", ""), bool(entry.get("respells_titles", False)), entry.get("lacks", ""))
        stems = (*load_kk_latin().get("loanwords", ()), *raw[name].get("loanwords", ()))
        respellings = load_kk_latin().get("loanword_respellings", {})
        loans = tuple(Row(_spell(letters, stem), stem, "word_start") for stem in stems)
        loans += tuple(Row(_spell(letters, stem.replace(letter, written)), stem, "word_start")
                       for stem in stems for letter, written in respellings.items() if letter in stem)
        found[name] = replace(letters, rows=loans + letters.rows)
    return found


def detect_variant(text: str, page: str = "") -> str | None:
    """The variant whose distinctive letters the text uses most, of those whose ``lacks`` letters neither it nor the
    page's other Latin lines use (a variant that lacks a letter is the likelier of two that score alike); None when
    it uses none."""
    # Each variant reads its own capitals as their small letters first (abai.kz writes Á as the capital of its ә).
    lowers = {name: _in_small_letters(text, alphabet) for name, alphabet in alphabets().items()}
    scores = {name: sum(lowers[name].count(letter) for letter in alphabet.distinctive) for name, alphabet in alphabets().items()
              if not any(letter in lowers[name] or letter in _letters_of(page, name) for letter in alphabet.lacks)}
    best = max(scores, key=lambda name: (scores[name], bool(alphabets()[name].lacks)))
    return best if scores[best] else None


def _in_small_letters(text: str, alphabet: Alphabet) -> str:
    """Text in small letters, a capital the variant writes otherwise than Python's upper case read as its small letter."""
    return text.translate(_own_capitals_table(alphabet)).lower()


@lru_cache(maxsize=8)
def _own_capitals_table(alphabet: Alphabet) -> dict[int, str]:
    return {ord(capital): small for small, capital in alphabet.capitals.items() if capital != small.upper()}


@lru_cache(maxsize=64)
def _letters_of(page: str, variant: str) -> frozenset[str]:
    """The lower-case letters a page's Latin lines write, as the variant reads its capitals: read once per page and
    variant, asked of each of its lines."""
    return frozenset(_in_small_letters(page, alphabets()[variant]))


@dataclass(frozen=True)
class Transliteration:
    """Cyrillic text, and for each of its characters the source span it was read from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    variant: str = ""  # the alphabet read; "" for a page of lines in several

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]


def to_cyrillic(text: str, variant: str) -> Transliteration:
    alphabet = alphabets()[variant]
    by_letter = _rows_by_first_letter(alphabet)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    while position < len(text):
        row = _matching_row(text, position, out, alphabet, by_letter)
        if row is None:
            out.append(text[position])
            starts.append(position)
            ends.append(position + 1)
            position += 1
            continue
        size = len(row.latin)
        written = text[position:position + size]
        cyrillic = row.cyrillic
        if written[:1].isupper():
            cyrillic = cyrillic.upper() if size > 1 and written.isupper() else cyrillic[:1].upper() + cyrillic[1:]
        for index, char in enumerate(cyrillic):
            out.append(char)
            if len(cyrillic) == size:  # letter for letter: spans stay exact inside a loan stem
                starts.append(position + index)
                ends.append(position + index + 1)
            else:
                starts.append(position)
                ends.append(position + size)
        position += size
    if alphabet.respells_titles:
        return _with_title_words_respelled(Transliteration("".join(out), tuple(starts), tuple(ends), variant), alphabet)
    return Transliteration("".join(out), tuple(starts), tuple(ends), variant)


def _with_title_words_respelled(reading: Transliteration, alphabet: Alphabet) -> Transliteration:
    """A reading whose words that a title's word folds to as well (торағасы read торағасы, меңерүшісі
    for меңгерушісі with the g dropped) are written as the title's word: harmony cannot know the
    letters a loan or a compound mixes. Each letter of a respelled word maps to the whole source word."""
    known = _title_words(alphabet)
    pieces, starts, ends, cursor = [], [], [], 0
    for word in _LETTERS.finditer(reading.text):
        lowered = word.group().lower()
        title_word = known.get(_title_key(alphabet, lowered)) or _title_word_in_the_plural(lowered, known, alphabet)
        if title_word is None or title_word == lowered:
            continue
        pieces.append(reading.text[cursor:word.start()])
        starts.extend(reading.starts[cursor:word.start()])
        ends.extend(reading.ends[cursor:word.start()])
        pieces.append(_in_the_case_of(word.group(), title_word))
        starts.extend([reading.starts[word.start()]] * len(title_word))
        ends.extend([reading.ends[word.end() - 1]] * len(title_word))
        cursor = word.end()
    if not pieces:
        return reading
    pieces.append(reading.text[cursor:])
    starts.extend(reading.starts[cursor:])
    ends.extend(reading.ends[cursor:])
    return Transliteration("".join(pieces), tuple(starts), tuple(ends), reading.variant)


def _title_word_in_the_plural(word: str, known: dict[str, str], alphabet: Alphabet) -> str | None:
    """A title's word in the plural, with the endings after it as read ("tarbieshiler" read тәрбіешілер: тәрбиешілер),
    as the title before a list of names takes it; None where no title's word opens the word before a plural ending."""
    for position in range(len(word) - 2, 2, -1):
        if word.startswith(_PLURAL_ENDINGS, position) and (title_word := known.get(_title_key(alphabet, word[:position]))):
            return title_word + word[position:]
    return None


def _in_the_case_of(written: str, word: str) -> str:
    if written.isupper() and len(written) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if written[:1].isupper() else word


def _title_key(alphabet: Alphabet, word: str) -> str:
    return alphabet.fold(word).replace("нг", "н")


@lru_cache(maxsize=8)
def _title_words(alphabet: Alphabet) -> dict[str, str]:
    """The Kazakh titles' words (``data/roles.yaml``) by the key this alphabet reads them to; a key that
    two words share names neither."""
    roles = read_yaml(ROLES_FILE)["roles"]
    words = {word for entry in roles.values() for form in entry.get("kk", ()) for word in _LETTERS.findall(form.lower())}
    by_key: dict[str, set[str]] = {}
    for word in words:
        by_key.setdefault(_title_key(alphabet, word), set()).add(word)
    return {key: next(iter(found)) for key, found in by_key.items() if len(found) == 1}


def read_latin(text: str, fallback: str, page: str = "") -> Transliteration:
    """A Latin Kazakh line in Cyrillic, in the variant its letters show (else ``fallback``); ``page``: the page's
    other Latin lines, whose letters may rule a variant out."""
    return to_cyrillic(text, detect_variant(text, page) or fallback)


def _matching_row(text: str, position: int, out: list[str], alphabet: Alphabet, by_letter) -> Row | None:
    smalls = alphabet.smalls(text[position])
    candidates = by_letter.get(smalls[0], ()) if len(smalls) == 1 else \
        sorted((row for small in smalls for row in by_letter.get(small, ())), key=alphabet.rows.index)
    for row in candidates:
        size = len(row.latin)
        if position + size <= len(text) \
                and all(row.latin[k] in alphabet.smalls(text[position + k]) for k in range(1, size)) \
                and _context_holds(row.context, text, position, out, size):
            return row
    return None


def _context_holds(context: str | None, text: str, position: int, out: list[str], size: int = 1) -> bool:
    """``size``: the row's Latin letters, after which ``following`` is read."""
    if context is None:
        return True
    word_start = position == 0 or not text[position - 1].isalpha()
    after_vowel = not word_start and bool(out) and out[-1].lower() in _VOWELS
    if context == "word_start":
        return word_start
    if context == "after_vowel":
        return after_vowel
    if context == "after_vowel_but_u":
        # After a vowel other than у, и, і and ю (latn-abai: "auyl" is ауыл, "tiyis" тиіс, "kóbeyui" көбеюі; "payyz" пайыз).
        return after_vowel and out[-1].lower() not in "уиію"
    following = text[position + size:position + size + 1]
    if context == "word_end_after_a_native_vowel":
        # A Kazakh word's last vowel before it (өскелең, -дың), not a loan's и (брифинг).
        return not following.isalpha() and after_vowel and out[-1].lower() != "и"
    if context == "word_end":
        return not following.isalpha()
    if context == "before_vowel":
        return following.lower() in _LATIN_VOWELS
    if context == "genitive_end":
        return not following.isalpha() and _GENITIVE_BEFORE_N.search(text, max(0, position - 20), position) is not None
    if context in ("front_word", "front_lower_word"):
        word = _word_at(text, position)
        return (context == "front_word" or word.islower()) and _in_front_harmony(word.lower())
    if context == "front_vowels_word":
        return _in_front_vowels(_word_at(text, position).lower())
    return word_start or after_vowel  # initial_or_after_vowel


def _word_at(text: str, position: int) -> str:
    start = position
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = _LETTERS.match(text, start)
    return word.group() if word else ""


@lru_cache(maxsize=4096)
def _in_front_harmony(word: str) -> bool:
    """Whether a Kazakh word in plain Latin letters is in front vowel harmony: it shows a front sign and no back one."""
    return _BACK_SIGNS.search(word) is None and _FRONT_SIGNS.search(word) is not None


@lru_cache(maxsize=4096)
def _in_front_vowels(word: str) -> bool:
    """Whether a Kazakh word in the 2021 letters is in front vowel harmony (``_FRONT_VOWELS``)."""
    return _BACK_LETTERS.search(word) is None and len(_FRONT_VOWELS.findall(word)) >= len(_BACK_VOWELS.findall(word))


def to_latin(text: str, variant: str) -> str:
    return _spell(alphabets()[variant], text)


def _spell(alphabet: Alphabet, text: str) -> str:
    table = alphabet.latin_of
    out = []
    for index, char in enumerate(text):
        latin = table.get(char.lower())
        if latin is None:
            out.append(char)
        elif char.islower() or not latin:
            out.append(latin)
        else:
            neighbours = text[max(0, index - 1):index] + text[index + 1:index + 2]
            out.append(alphabet.capital(latin, whole=any(c.isupper() for c in neighbours)))
    return "".join(out)


# --- the stage ---------------------------------------------------------------------------------

def is_latin_kazakh(segment: Segment) -> bool:
    return segment.lang == "kk" and segment.script == "Latn"


class LatinKazakhReader:
    """The latin_kazakh stage: a page with Kazakh lines in Latin letters is read in Cyrillic by
    the stages after it (the models and rules know Cyrillic Kazakh); ``Document.restore`` maps the
    annotations back onto the page's own letters."""

    def __call__(self, documents: list[Document]) -> list[Document]:
        views = []
        for document in documents:
            view = CyrillicView.of(document)
            if view.reading is not None:
                view.document.restore = view.restore
            views.append(view.document)
        return views


@dataclass
class CyrillicView:
    """A document with its Latin Kazakh lines in Cyrillic (``document``), and the way back."""

    original: Document
    document: Document
    reading: Transliteration | None  # None: nothing was transliterated, the view is the original
    variants: list[tuple[int, int, str]]  # (view start, view end, variant) of each transliterated line

    @classmethod
    def of(cls, document: Document) -> "CyrillicView":
        latin = [segment for segment in document.segments if is_latin_kazakh(segment)]
        if not latin:
            return cls(document, document, None, [])
        text = document.page.text
        fallback = _page_variant(text, latin)
        latin_lines = " ".join(text[segment.start:segment.end] for segment in latin)
        pieces, starts, ends, variants, segments = [], [], [], [], []
        cursor = length = 0
        for segment in document.segments:
            if not is_latin_kazakh(segment):
                continue
            _copy(text, cursor, segment.start, pieces, starts, ends)
            length += segment.start - cursor
            line = read_latin(text[segment.start:segment.end], fallback, latin_lines)
            pieces.append(line.text)
            starts.extend(segment.start + s for s in line.starts)
            ends.extend(segment.start + e for e in line.ends)
            variants.append((length, length + len(line.text), line.variant))
            length += len(line.text)
            cursor = segment.end
        _copy(text, cursor, len(text), pieces, starts, ends)
        reading = Transliteration("".join(pieces), tuple(starts), tuple(ends))
        to_view = _inverse(reading, len(text))
        for segment in document.segments:
            segments.append(replace(segment, start=to_view[segment.start], end=to_view[segment.end]))
        page = replace(document.page, text=reading.text)
        return cls(document, Document(page, segments, []), reading, variants)

    def restore(self, view: Document) -> Document:
        """The annotated view on the page's own text: offsets, mention text and evidence as
        written; names, titles and institutions in the line's Latin spelling."""
        if self.reading is None:
            return view
        restored: dict[int, Mention] = {}
        for mention in view.mentions:
            restored[id(mention)] = self._mention(mention)
        document = replace(view, page=self.original.page, segments=self.original.segments,
                           mentions=[restored[id(m)] for m in view.mentions], restore=None)
        document.roles = [self._role(fact, restored) for fact in view.roles]
        return document

    def _variant_at(self, position: int) -> str | None:
        return next((variant for start, end, variant in self.variants if start <= position < end), None)

    def _mention(self, mention: Mention) -> Mention:
        start, end = self.reading.source_span(mention.start, mention.end)
        variant = self._variant_at(mention.start)
        normalized = to_latin(mention.normalized, variant) if variant and mention.normalized else mention.normalized
        return replace(mention, start=start, end=end, text=self.original.page.text[start:end], normalized=normalized)

    def _role(self, fact: RoleFact, restored: dict[int, Mention]) -> RoleFact:
        variant = self._variant_at(fact.evidence_start)
        evidence_start, evidence_end = self.reading.source_span(fact.evidence_start, fact.evidence_end)
        title_start, title_end = self.reading.source_span(fact.title_start, fact.title_end)
        fact = replace(fact, evidence_start=evidence_start, evidence_end=evidence_end, title_start=title_start,
                       title_end=title_end, person_mention=restored.get(id(fact.person_mention), fact.person_mention))
        if variant is None:  # a Cyrillic sentence on a page that also has Latin lines
            return fact
        org = fact.org
        if org is not None and not org.in_registry:
            org = replace(org, name=to_latin(org.name, variant))
        return replace(fact, person=replace(fact.person, display=to_latin(fact.person.display, variant)),
                       title=to_latin(fact.title, variant), org=org)


def _copy(text: str, start: int, end: int, pieces: list[str], starts: list[int], ends: list[int]) -> None:
    pieces.append(text[start:end])
    starts.extend(range(start, end))
    ends.extend(range(start + 1, end + 1))


def _inverse(reading: Transliteration, source_length: int) -> list[int]:
    """For each source offset (and the end), the first view offset at or after it."""
    to_view = [len(reading.text)] * (source_length + 1)
    for index in range(len(reading.text) - 1, -1, -1):
        to_view[reading.starts[index]] = index
    for position in range(source_length - 1, -1, -1):
        to_view[position] = min(to_view[position], to_view[position + 1])
    return to_view


def _page_variant(text: str, segments: list[Segment]) -> str:
    """For lines without a distinctive letter: the variant the page's other lines use most, else
    the one the data file names for plain letters (a page with no accent at all is written in none of the
    decrees' alphabets)."""
    latin_lines = " ".join(text[s.start:s.end] for s in segments)
    found = [detect_variant(text[s.start:s.end], latin_lines) for s in segments]
    counted = [variant for variant in found if variant]
    return max(counted, key=counted.count) if counted else load_kk_latin()["plain_letters_variant"]
