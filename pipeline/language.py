"""Language: decide kk, ru, en or other for each segment, with a confidence.

The default detector is lingua restricted to the configured languages: it knows Kazakh and
stays accurate on short lines. langdetect can be selected for comparison, though it has no
Kazakh profile. Text with no letters, or mostly outside the Cyrillic and Latin scripts
(Arabic-script Kazakh, say), is ``other``, never forced into a configured language.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

import regex

from pipeline.lexicon import Lexicon
from pipeline.records import OTHER, Document, Segment

DETECTORS = ("lingua", "langdetect")


class Decision(NamedTuple):
    lang: str  # a configured language, or "other"
    confidence: float
    script: str  # the letters' dominant script: Cyrl, Latn, Arab, Other; "" for text with no letters


class LanguageDetector(Protocol):
    name: str

    def detect(self, texts: list[str]) -> list[Decision]: ...


_NOT_LETTERS = regex.compile(r"\P{L}+")
# Applied to letters only, so what one of these leaves is that script's letters.
_OUTSIDE_SCRIPT = {script: regex.compile(rf"\P{{Script={name}}}+")
                   for script, name in (("Cyrl", "Cyrillic"), ("Latn", "Latin"), ("Arab", "Arabic"))}


def script_letters(text: str) -> tuple[int, dict[str, int]]:
    """Number of letters, and how many of them are Cyrillic, Latin and Arabic."""
    # Deleting by regex and measuring what is left keeps this a small share of a line's time:
    # no match objects, and one pass for the usual line in one script.
    letters = _NOT_LETTERS.sub("", text)
    if not letters:
        return 0, {}
    if letters.isascii():
        return len(letters), {"Cyrl": 0, "Latn": len(letters), "Arab": 0}
    counts, left = {}, len(letters)
    for script, outside in _OUTSIDE_SCRIPT.items():
        counts[script] = len(outside.sub("", letters)) if left else 0
        left -= counts[script]
    return len(letters), counts


def dominant_script(text: str) -> str:
    """Cyrl, Latn, Arab, or Other, by the letters' Unicode script; "" for text with no letters."""
    return _dominant(*script_letters(text))


def _dominant(letters: int, counts: dict[str, int]) -> str:
    if not letters:
        return ""
    counts = {**counts, "Other": letters - sum(counts.values())}
    return max(counts, key=counts.get)


class _ScriptGuard:
    """Shared by the detectors: decides ``other`` before a statistical model is asked, and tells
    the model whether the line is mostly Cyrillic or mostly Latin."""

    min_confidence: float

    def detect(self, texts: list[str]) -> list[Decision]:
        results: list[Decision] = []
        asked: list[int] = []
        scripts: list[str] = []
        for index, text in enumerate(texts):
            letters, counts = script_letters(text)
            cyrillic, latin = counts.get("Cyrl", 0), counts.get("Latn", 0)
            share = (cyrillic + latin) / letters if letters else 0.0
            if letters == 0 or share < 0.5:
                results.append(Decision(OTHER, 1.0 if letters == 0 else 1.0 - share, _dominant(letters, counts)))
            else:
                results.append(Decision("", 0.0, _dominant(letters, counts)))
                asked.append(index)
                scripts.append("Cyrl" if cyrillic >= latin else "Latn")
        for index, (lang, confidence) in zip(asked, self._detect_letters([texts[i] for i in asked], scripts)):
            decided = lang if confidence >= self.min_confidence else OTHER
            results[index] = results[index]._replace(lang=decided, confidence=confidence)
        return results

    def _detect_letters(self, texts: list[str], scripts: list[str]) -> list[tuple[str, float]]:
        raise NotImplementedError


# The one script lingua's model of a language knows. A line is scored only against the configured
# languages of its own script (lingua would rule out the others anyway, after scoring them); a
# language missing here is scored on every line.
WRITTEN_IN = {"kk": "Cyrl", "ru": "Cyrl", "uk": "Cyrl", "be": "Cyrl", "bg": "Cyrl", "mk": "Cyrl", "mn": "Cyrl",
              "en": "Latn", "de": "Latn", "fr": "Latn", "es": "Latn", "it": "Latn", "pt": "Latn", "tr": "Latn",
              "az": "Latn", "uz": "Latn", "pl": "Latn", "nl": "Latn"}


# Letters a language writes and its neighbours in the same script do not, found in every line of it
# longer than SIGNATURE_MIN_CHARS: all 5,451 KazNERD train sentences over 70 characters (written
# without the corpus's spaces before punctuation) have one of Kazakh's nine; 2 of 1,448 between 60
# and 70 do not, and 15 of 3,266 between 40 and 80 (as the corpus writes them: 0.5%). A line that
# long without them is not that language, and needs no model to say so: a short Russian line naming
# Kazakh officials ("Аким Шымкента Женис Касымбек открыл школу") reads as Kazakh to lingua.
SIGNATURE_LETTERS = {"kk": regex.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")}
_CAPITALIZED_WORD = regex.compile(r"(?<![\p{L}-])\p{Lu}[\p{L}-]*")
SIGNATURE_MIN_CHARS = 40


class CyrillicGrammar:
    """Kazakh against Russian in a Cyrillic line with no letter only Kazakh writes, by the grammar of
    its lower-case words: Russian prepositions, past-tense and adjective endings ("открыл", "новый")
    against Kazakh function words and suffixes ("мен", "болып", "пайдаланылуда"), as lists in the
    lexicons (``grammar_words``, ``grammar_endings``). Capitalized words are mostly names, which say
    where a line is about rather than what language it is in: only the first counts, as a function word. A
    short Russian line naming Kazakh officials ("Аким Алматы Ерболат Досаев открыл парк.") reads
    as Kazakh to lingua; a short Kazakh line without its letters ("Еуропа болса, Америка болсын.")
    as Russian."""

    MIN_STEM = 2

    def __init__(self, lexicons: dict[str, Lexicon]):
        languages = ("kk", "ru")
        self._function_words = {word: lang for lang in languages for word in lexicons[lang].words("grammar_words")}
        # The languages each ending shows, looked up by a word's last letters: a line runs through
        # here on every segment, and a regex of all the endings tried at each letter costs more.
        self._endings: dict[str, set[str]] = {}
        for lang in languages:
            for ending in lexicons[lang].words("grammar_endings"):
                self._endings.setdefault(ending, set()).add(lang)
        self._ending_lengths = sorted({len(ending) for ending in self._endings})

    def lean(self, text: str) -> tuple[str, float] | None:
        """The language with more evidence and its share of it; None when neither has more."""
        counts = {"kk": 0, "ru": 0}
        shouting = text.isupper()  # an all-capitals headline has no names to tell apart
        for position, word in enumerate(_WORDS_OF_LETTERS.findall(text)):
            lower = word.lower()
            lowercase = shouting or lower == word
            # A function word is its language's alone, whatever it ends in (никуда, not -уда); written
            # with a capital, only where it opens the line ("Мен", "В"), not in a name (Биг-Бен).
            lang = self._function_words.get(lower) if lowercase or position == 0 else None
            if lang is None and lowercase:
                lang = self._ending_language(lower)
            if lang is not None:
                counts[lang] += 1
        if counts["kk"] == counts["ru"]:
            return None
        lang = max(counts, key=counts.get)
        return lang, counts[lang] / (counts["kk"] + counts["ru"])

    def _ending_language(self, word: str) -> str | None:
        """The one language the word's ending shows; None for none, or for both (a word that fits
        both grammars shows neither)."""
        shown: set[str] = set()
        for length in self._ending_lengths:
            if len(word) - length < self.MIN_STEM:
                break
            shown |= self._endings.get(word[-length:], shown)
        return next(iter(shown)) if len(shown) == 1 else None


_WORDS_OF_LETTERS = re.compile(r"[^\W\d_]+")
_LOWER_CASE_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZА-ЯЁ][^\W\d_]*")


class LatinKazakhScorer:
    """Kazakh written in Latin letters, which lingua cannot see (its Kazakh model is Cyrillic):
    the words of a line that show Kazakh (a letter only Kazakh writes, a function word, a suffix)
    against those that show English, Turkish or Uzbek, the Latin languages it could be taken for.
    The evidence is data (``evidence`` in ``pipeline/data/kk_latin.yaml``)."""

    def __init__(self):
        from pipeline.translit import load_kk_latin

        evidence = load_kk_latin()["evidence"]
        min_stem = evidence["min_stem"]
        self._kazakh = _Evidence(evidence["kk"], min_stem)
        self._others = [_Evidence(profile, min_stem) for profile in evidence["against"].values()]

    # Another language's evidence weighs double: a Turkish or Uzbek line shares some Kazakh
    # suffixes and words, a Kazakh line rarely has any of theirs.
    OTHER_WEIGHT = 2
    MIN_SHARE = 0.6
    SHORT_LINE_WORDS = 6

    def confidence(self, text: str) -> float | None:
        """The Kazakh share of the evidence when the line is Kazakh, else None. A line needs two
        Kazakh words, or one when it is short (six words or fewer) and nothing speaks against it."""
        if _NAME_LINE.fullmatch(text.strip()):
            return None  # a line of a name alone ("Ainur Kuanyshevna Sagyndykova"): a Kazakh name in any language's text
        words = _WORDS.findall(_ADDRESSES.sub(" ", text.lower()))
        kazakh = sum(map(self._kazakh.shown_by, words))
        if not kazakh:
            return None
        other = max(sum(map(evidence.shown_by, words)) for evidence in self._others)
        if kazakh == 1 and (other or len(words) > self.SHORT_LINE_WORDS):
            return None
        share = kazakh / (kazakh + self.OTHER_WEIGHT * other)
        return share if share >= self.MIN_SHARE else None


_WORDS = regex.compile(r"[\p{L}ʻ’'][\p{L}ʻ’'-]*")
_NAME_LINE = regex.compile(r"\p{Lu}[\p{L}ʻ’'-]*(?:[ \t]+\p{Lu}[\p{L}ʻ’'-]*){1,3}")
_ADDRESSES = regex.compile(r"\S*(?:://|www\.|@|/)\S*")  # links and e-mail addresses: transliterated names, not words


class _Evidence:
    def __init__(self, profile: dict, min_stem: int):
        letters = [f"[{regex.escape(profile['letters'])}]"] if profile.get("letters") else []
        patterns = letters + profile.get("patterns", [])
        self._letters = regex.compile("|".join(patterns)) if patterns else None
        self._words = frozenset(profile.get("words", ()))
        suffixes = "|".join(regex.escape(suffix) for suffix in sorted(profile.get("suffixes", ()), key=len, reverse=True))
        self._suffix = regex.compile(rf"\p{{L}}{{{min_stem},}}(?:{suffixes})$") if suffixes else None

    def shown_by(self, word: str) -> bool:
        return (word in self._words or bool(self._letters and self._letters.search(word))
                or bool(self._suffix and self._suffix.match(word)))


class LinguaDetector(_ScriptGuard):
    """lingua over the configured languages. Its Kazakh model knows only Cyrillic, so Latin-script
    Kazakh ("Qazaqstan Respublikasynyń Bilim ministrligi") scores as English. Two more passes over
    the Latin lines that are not plainly English: ``LatinKazakhScorer`` marks Kazakh ones ``kk``
    (when kk is configured; the NER stage reads them through their Cyrillic form), and of the rest,
    sentences of four words or more that lingua prefers to read as Turkish or Azerbaijani are
    ``other`` rather than sent to the English NER."""

    name = "lingua"
    # Lines this long carry enough trigrams for lingua's low-accuracy mode, which is about five
    # times faster; shorter lines (headlines, menus) get the full models.
    LONG_LINE = 120

    def __init__(self, languages: list[str], lexicons: dict[str, Lexicon], min_confidence: float = 0.5):
        from lingua import IsoCode639_1

        self.min_confidence = min_confidence
        # Function words of English that are not words of Latin-script Kazakh, Turkish or Azerbaijani
        # (unlike "on", "is", "at", "men"): a line with two of them needs no second pass.
        self._english_only_words = frozenset(lexicons["en"].words("english_only_words"))
        self._candidates = {
            script: tuple(lang for lang in languages if WRITTEN_IN.get(lang, script) == script) for script in ("Cyrl", "Latn")
        }
        self._models: dict[tuple[str, ...], _LinguaModels] = {}
        self._latin_turkic = _LinguaModels(["en", "tr", "az"]) if "en" in languages else None
        # The small models screen the lines first: the full ones, which cost half a second to load in every process,
        # are asked only of those the small ones doubt are English ("(born 1975) is a poet" reads as Azerbaijani to them).
        self._latin_turkic_screen = _LinguaModels(["en", "tr", "az"], low_accuracy_only=True) if "en" in languages else None
        self._latin_kazakh = LatinKazakhScorer() if "kk" in languages else None
        self._cyrillic_grammar = CyrillicGrammar(lexicons) if {"kk", "ru"} <= set(languages) else None
        self._english = IsoCode639_1.EN

    def _candidates_for(self, text: str, script: str) -> tuple[str, ...]:
        candidates = self._candidates[script]
        if len(text) > SIGNATURE_MIN_CHARS:
            candidates = tuple(lang for lang in candidates
                               if lang not in SIGNATURE_LETTERS or SIGNATURE_LETTERS[lang].search(text))
        return candidates

    def _detect_letters(self, texts: list[str], scripts: list[str]) -> list[tuple[str, float]]:
        results: list[tuple[str, float]] = [(OTHER, 0.0)] * len(texts)
        to_rank: dict[tuple[str, ...], list[int]] = {}
        texts = [_without_quotes(text) if script == "Cyrl" else text for text, script in zip(texts, scripts)]
        for index, (text, script) in enumerate(zip(texts, scripts)):
            lean = self._grammar_lean(text, script)
            candidates = self._candidates_for(text, script)
            if lean is not None:
                results[index] = lean
            elif len(candidates) == 1:  # nothing to choose
                results[index] = (candidates[0], 1.0)
            elif candidates:
                to_rank.setdefault(candidates, []).append(index)
        for candidates, indexes in to_rank.items():
            models = self._models.get(candidates) or self._models.setdefault(candidates, _LinguaModels(list(candidates)))
            for index, ranked in zip(indexes, models.rank([_without_kazakh_spelled_names(texts[index]) if scripts[index] == "Cyrl"
                                                          else texts[index] for index in indexes])):
                results[index] = (ranked[0].language.iso_code_639_1.name.lower(), float(ranked[0].value))
        unclear = [i for i, script in enumerate(scripts) if script == "Latn" and not self._plainly_english(texts[i])]
        if self._latin_kazakh is not None:
            for index in unclear:
                confidence = self._latin_kazakh.confidence(texts[index])
                if confidence is not None:
                    results[index] = ("kk", confidence)
        english = [i for i in unclear if results[i][0] == "en" and len(texts[i].split()) >= 4]
        if self._latin_turkic is not None and english:
            doubted = [index for index, values in zip(english, self._latin_turkic_screen.rank([_without_names(texts[i]) for i in english]))
                       if self._english_share(values) < 0.5]
            for index, values in zip(doubted, self._latin_turkic.rank([_without_names(texts[i]) for i in doubted]) if doubted else []):
                english_share = self._english_share(values)
                if english_share < 0.5:
                    results[index] = (OTHER, 1.0 - english_share)
        return results

    def _english_share(self, values) -> float:
        return float(next(v.value for v in values if v.language.iso_code_639_1 == self._english))

    def _grammar_lean(self, text: str, script: str) -> tuple[str, float] | None:
        if self._cyrillic_grammar is None or script != "Cyrl":
            return None
        if SIGNATURE_LETTERS["kk"].search(text):
            # Kazakh letters in names alone ("Старшая вожатая – Оспанова Мадина Ерланқызы") leave a Russian
            # line Russian where its lower-case words show it; lingua reads the name's letters as Kazakh.
            if SIGNATURE_LETTERS["kk"].search(_CAPITALIZED_WORD.sub(" ", text)):
                return None
            lean = self._cyrillic_grammar.lean(text)
            return lean if lean is not None and lean[0] == "ru" else None
        return self._cyrillic_grammar.lean(text)

    def _plainly_english(self, text: str) -> bool:
        return sum(word in self._english_only_words for word in _WORDS_OF_LETTERS.findall(text.lower())) >= 2


_GUILLEMET_QUOTE = regex.compile(r"«[^«»]*»")


def _without_quotes(text: str) -> str:
    """A Cyrillic line less its «quotes», innermost first, where what is left is long enough to tell its
    language: a Russian line quoting a Kazakh award or institution ("вручил знаки «Ғылым саласының
    құрметті қызметкері» ветеранам") is Russian, and a Kazakh line quoting Russian Kazakh."""
    unquoted, previous = text, None
    while unquoted != previous:
        previous, unquoted = unquoted, _GUILLEMET_QUOTE.sub(" ", unquoted)
    return unquoted if len(unquoted) > SIGNATURE_MIN_CHARS else text


def _without_kazakh_spelled_names(text: str) -> str:
    """A Cyrillic line whose letters only Kazakh writes are all in capitalized words after its first ("Первый проректор:
    Мұрат Асқарұлы Ілиясов", a Russian post over a Kazakh name) less those words: they tell the names' language, not the
    line's. The line as it is where no word in lower case would be left to tell it (a byline, "Дина ЖАНҚОРАЗОВА")."""
    first = _CAPITALIZED_WORD.match(text.lstrip())
    opening = len(text) - len(text.lstrip()) + (first.end() if first else 0)
    if not SIGNATURE_LETTERS["kk"].search(text) or SIGNATURE_LETTERS["kk"].search(_CAPITALIZED_WORD.sub(" ", text[opening:])) \
            or SIGNATURE_LETTERS["kk"].search(text, 0, opening):
        return text
    rest = text[:opening] + _CAPITALIZED_WORD.sub(" ", text[opening:])
    return rest if _LOWER_CASE_WORD.search(rest) else text


def _without_names(text: str, min_words: int = 3) -> str:
    """The line's words that are not capitalized, when there are enough of them to read: the
    Kazakh names of an English line ("Nurlan Yermekbayev met the ambassador") look Turkish, and
    a Turkish line's grammar is in its lower-case words."""
    words = [word for word in text.split() if word[:1].islower()]
    return " ".join(words) if len(words) >= min_words else text


class _LinguaModels:
    """lingua's ranked confidences for a set of languages: the full models for short lines (unless
    ``low_accuracy_only``), the low-accuracy mode for long ones."""

    def __init__(self, languages: list[str], low_accuracy_only: bool = False):
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [getattr(IsoCode639_1, lang.upper()) for lang in languages]
        self._fast = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()
        self._full = self._fast if low_accuracy_only else LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()

    def rank(self, texts: list[str]) -> list:
        ranked: list = [None] * len(texts)
        for detector, long_lines in ((self._fast, True), (self._full, False)):
            indexes = [index for index, text in enumerate(texts) if (len(text) > LinguaDetector.LONG_LINE) == long_lines]
            for index, values in zip(indexes, detector.compute_language_confidence_values_in_parallel(
                    [texts[index] for index in indexes])):
                ranked[index] = values
        return ranked


class LangdetectDetector(_ScriptGuard):
    """langdetect, seeded for repeatable answers; any language outside the configured ones is ``other``."""

    name = "langdetect"

    def __init__(self, languages: list[str], min_confidence: float = 0.5):
        from langdetect import DetectorFactory

        DetectorFactory.seed = 0
        self.languages = set(languages)
        self.min_confidence = min_confidence

    def _detect_letters(self, texts: list[str], scripts: list[str]) -> list[tuple[str, float]]:
        from langdetect import detect_langs
        from langdetect.lang_detect_exception import LangDetectException

        results = []
        for text in texts:
            try:
                top = detect_langs(text)[0]
                results.append((top.lang if top.lang in self.languages else OTHER, float(top.prob)))
            except LangDetectException:
                results.append((OTHER, 0.0))
        return results


class LanguageStage:
    """The language stage: every segment of the batch read by one detector call."""

    def __init__(self, detector: LanguageDetector):
        self.detector = detector

    def __call__(self, documents: list[Document]) -> list[Document]:
        located = [(document, index, segment) for document in documents for index, segment in enumerate(document.segments)]
        decisions = self.detector.detect([document.page.text[segment.start:segment.end] for document, _, segment in located])
        for (document, index, segment), (lang, confidence, script) in zip(located, decisions):
            document.segments[index] = Segment(segment.start, segment.end, lang, round(confidence, 4), script)
        for document in documents:
            document.segments = _undecided_lines_in_their_blocks_language(document.segments)
        return documents


def _undecided_lines_in_their_blocks_language(segments: list[Segment]) -> list[Segment]:
    """A Latin or Cyrillic line no language was decided for (a table row of names and numbers, a caption of names)
    between lines of one language in its script, or after or before them at the page's edge, is in that language:
    its names are read as its neighbours' are. The confidence stays the detector's."""
    before, after = _last_decided_by_script(segments), _last_decided_by_script(segments[::-1])[::-1]
    result = list(segments)
    for index, segment in enumerate(segments):
        langs = {neighbours[segment.script] for neighbours in (before[index], after[index]) if segment.script in neighbours}
        if segment.lang == OTHER and segment.script in ("Cyrl", "Latn") and len(langs) == 1:
            result[index] = Segment(segment.start, segment.end, langs.pop(), segment.confidence, segment.script)
    return result


def _last_decided_by_script(segments: list[Segment]) -> list[dict[str, str]]:
    """For each segment, the language of the last decided segment before it, per script: one pass, however
    many lines a page has."""
    seen: dict[str, str] = {}
    result = []
    for segment in segments:
        result.append(dict(seen))
        if segment.lang != OTHER:
            seen[segment.script] = segment.lang
    return result


def make_detector(name: str, languages: list[str], lexicons: dict[str, Lexicon],
                  min_confidence: float = 0.5) -> LanguageDetector:
    """The detector called ``name``; lingua's second pass over Latin lines reads ``lexicons``."""
    if name == "lingua":
        return LinguaDetector(languages, lexicons, min_confidence)
    if name == "langdetect":
        return LangdetectDetector(languages, min_confidence)
    raise ValueError(f"unknown language detector {name!r}; choose one of {', '.join(DETECTORS)}")
