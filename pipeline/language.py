"""Language: decide kk, ru, en or other for each segment, with a confidence.

The default detector is lingua restricted to the configured languages: it knows Kazakh and
stays accurate on short lines. langdetect can be selected for comparison, though it has no
Kazakh profile. Text with no letters, or mostly outside the Cyrillic and Latin scripts
(Arabic-script Kazakh, say), is ``other``, never forced into a configured language.
"""

from __future__ import annotations

import unicodedata
from typing import Protocol

OTHER = "other"
DETECTORS = ("lingua", "langdetect")
SCRIPTS = {"CYRILLIC": "Cyrl", "LATIN": "Latn", "ARABIC": "Arab"}


class LanguageDetector(Protocol):
    name: str

    def detect(self, texts: list[str]) -> list[tuple[str, float]]: ...


def dominant_script(text: str) -> str:
    """Cyrl, Latn, Arab, or Other, by the letters' Unicode names; "" for text with no letters."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "").split(" ", 1)[0]
            script = SCRIPTS.get(name, "Other")
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.get) if counts else ""


def script_share(text: str) -> tuple[int, float]:
    """Number of letters, and the share of them written in Cyrillic or Latin."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return 0, 0.0
    known = sum(1 for char in letters if unicodedata.name(char, "").startswith(("CYRILLIC", "LATIN")))
    return len(letters), known / len(letters)


class _ScriptGuard:
    """Shared by the detectors: decides ``other`` before a statistical model is asked."""

    min_confidence: float

    def detect(self, texts: list[str]) -> list[tuple[str, float]]:
        results: list[tuple[str, float] | None] = []
        asked: list[int] = []
        for index, text in enumerate(texts):
            letters, share = script_share(text)
            if letters == 0 or share < 0.5:
                results.append((OTHER, 1.0 if letters == 0 else 1.0 - share))
            else:
                results.append(None)
                asked.append(index)
        for index, (lang, confidence) in zip(asked, self._detect_letters([texts[i] for i in asked])):
            results[index] = (lang, confidence) if confidence >= self.min_confidence else (OTHER, confidence)
        return results  # type: ignore[return-value]

    def _detect_letters(self, texts: list[str]) -> list[tuple[str, float]]:
        raise NotImplementedError


class LinguaDetector(_ScriptGuard):
    """lingua over the configured languages. Its Kazakh model knows only Cyrillic, so Latin-script
    Kazakh ("Qazaqstan Respublikasynyń Bilim ministrligi") scores as English; a second pass over
    Latin sentences of four words or more, against Turkish and Azerbaijani, marks those as ``other``
    rather than sending them to the English NER."""

    name = "lingua"
    # Lines this long carry enough trigrams for lingua's low-accuracy mode, which is about five
    # times faster; shorter lines (headlines, menus) get the full models.
    LONG_LINE = 120

    def __init__(self, languages: list[str], min_confidence: float = 0.5):
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [getattr(IsoCode639_1, lang.upper()) for lang in languages]
        self.min_confidence = min_confidence
        self._detector = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()
        self._fast_detector = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()
        self._latin_turkic = LanguageDetectorBuilder.from_iso_codes_639_1(
            IsoCode639_1.EN, IsoCode639_1.TR, IsoCode639_1.AZ).build() if "en" in languages else None

    def _detect_letters(self, texts: list[str]) -> list[tuple[str, float]]:
        results: list[tuple[str, float]] = [("", 0.0)] * len(texts)
        for detector, wanted in ((self._fast_detector, lambda text: len(text) > self.LONG_LINE),
                                 (self._detector, lambda text: len(text) <= self.LONG_LINE)):
            indexes = [index for index, text in enumerate(texts) if wanted(text)]
            values = detector.compute_language_confidence_values_in_parallel([texts[index] for index in indexes])
            for index, ranked in zip(indexes, values):
                results[index] = (ranked[0].language.iso_code_639_1.name.lower(), float(ranked[0].value))
        english = [i for i, (lang, _) in enumerate(results) if lang == "en" and len(texts[i].split()) >= 4]
        if self._latin_turkic is not None and english:
            checks = self._latin_turkic.compute_language_confidence_values_in_parallel([texts[i] for i in english])
            for index, values in zip(english, checks):
                english_share = next(v.value for v in values if v.language.iso_code_639_1.name == "EN")
                if english_share < 0.5:
                    results[index] = (OTHER, 1.0 - float(english_share))
        return results


class LangdetectDetector(_ScriptGuard):
    """langdetect, seeded for repeatable answers; any language outside the configured ones is ``other``."""

    name = "langdetect"

    def __init__(self, languages: list[str], min_confidence: float = 0.5):
        from langdetect import DetectorFactory

        DetectorFactory.seed = 0
        self.languages = set(languages)
        self.min_confidence = min_confidence

    def _detect_letters(self, texts: list[str]) -> list[tuple[str, float]]:
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


def make_detector(name: str, languages: list[str], min_confidence: float = 0.5) -> LanguageDetector:
    if name == "lingua":
        return LinguaDetector(languages, min_confidence)
    if name == "langdetect":
        return LangdetectDetector(languages, min_confidence)
    raise ValueError(f"unknown language detector {name!r}; choose one of {', '.join(DETECTORS)}")
