"""Dates: when a page was published, read from its metadata or from a date near the top.

Pages arrive as plain text as often as HTML, so the date is read in the text's own words:
"08.02.2019", "18 january, 2023", "February 8, 2019", "In October 2023", "15 марта 2023",
"АСТАНА, 15 мар — Sputnik", "2023 жылдың 24-25 тамыз аралығында", "2024 жылғы 7 маусым".

Rules, stated once:
- Numeric dates are day-first (08.02.2019 is 8 February): the pages come from Kazakhstan sites,
  where that is the convention, whatever the page's language. Only when the day-first reading is
  impossible (03/25/2024) is it read month-first.
- A range ("24-25 тамыз") gives its first day.
- A year is never invented: a day and month without a year take the only year written on the page
  near them (the nearest one); with no year on the page they give no date.
- A publication date lies between 1990-01-01 (before Kazakhstan's independence and its web news)
  and tomorrow (a day of time-zone slack); any other is an event the page mentions, or a typo.
- Dates in the first 500 characters (title, dateline, lead) are the page's own (`text`); a date
  further down (to 1,500 characters) is an event the page reports, used only when the top has
  none (`body`). Within each, the most precise wins, then the earliest.
- Where the top has none, a date in the page's address comes before the body's (`url`): news sites
  file an article under the day or month they publish it ("/2017/03/14/", "/2011/10/", "/20170315/").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Iterator

from pipeline.lexicon import Lexicon, words_in_all
from pipeline.patterns import any_of
from pipeline.records import Document, Page

TOP_CHARS = 1500
DATELINE_CHARS = 500
EARLIEST = date(1990, 1, 1)

_RANGE = r"(?:\s*[-–—]\s*[0-3]?\d)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# A time glued to the date is common in scraped pages ("12.03.202410:45", "2024-03-12T10:45"):
# without this the date is lost and a year from the body takes its place.
_END = r"(?:\b|(?=T?[0-2]?\d:[0-5]\d))"
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# Every pattern opens with a number or a month name. The page is scanned once for each kind of
# opening and each pattern is tried only there: scanning for ~90 month names costs as much as all
# the other patterns together, and each pattern scanning the page on its own repeats that.
_NUMBER_START = re.compile(r"\b\d")


@dataclass(frozen=True)
class FoundDate:
    value: date
    precision: str  # day | month | year
    start: int
    end: int


@dataclass(frozen=True)
class Published:
    value: date | None
    precision: str | None  # day | month | year
    source: str  # metadata | text | url | body | none


class DateReader:
    """Reads dates with the month names, endings and year words of the lexicons
    (``data/lexicon/<lang>.yaml``: any language's in any text), its patterns compiled once."""

    def __init__(self, lexicons: dict[str, Lexicon]):
        self.month_of = {name: int(number) for lexicon in lexicons.values() if "months" in lexicon.tables
                         for number, names in lexicon.table("months").items() for name in names}
        year_words = words_in_all(lexicons, "year_words")
        before_day = "(?:" + any_of(year_words + words_in_all(lexicons, "year_abbreviations")) + ")"
        # Nothing but a case ending may follow a month name, so "Маршрут" or "decisions" never read as a month.
        month = ("(?P<month>" + any_of(self.month_of) + ")(?:" + any_of(words_in_all(lexicons, "month_case_endings"))
                 + r")?\.?(?![^\W\d_])")
        day = r"(?P<day>[0-3]?\d)(?:-?(?:" + any_of(words_in_all(lexicons, "ordinal_endings")) + "))?"
        self.patterns: list[tuple[str, re.Pattern]] = [
            ("day", re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d){_END}")),
            ("numeric", re.compile(rf"\b(?P<a>[0-3]?\d)[./-](?P<b>[0-3]?\d)[./-]{_YEAR}{_END}")),
            # 2023 жылдың 24-25 тамыз; 2024 жылғы 7 маусым
            ("day", re.compile(rf"\b{_YEAR}\s*{before_day}\s+{day}{_RANGE}\s+{month}", re.I)),
            # 18 january, 2023; 15 марта 2023 года; 24-25 тамыз 2023 жыл; 18th of January 2023
            ("day", re.compile(rf"\b{day}{_RANGE}\s+(?:of\s+)?{month},?\s+{_YEAR}", re.I)),
            # February 8, 2019; January 18th 2023
            ("day", re.compile(rf"\b{month}\s+{day}{_RANGE},?\s+{_YEAR}", re.I)),
            # 15 мар — Sputnik (year taken from the page, if it has one)
            ("day_no_year", re.compile(rf"\b{day}{_RANGE}\s+{month}", re.I)),
            ("day_no_year", re.compile(rf"\b{month}\s+{day}\b(?!\s*[,.]?\s*(?:19|20)\d\d)", re.I)),
            # In October 2023; октябрь 2023 года; 2023 жылғы қазан
            ("month", re.compile(rf"\b{month}\s*,?\s+{_YEAR}", re.I)),
            ("month", re.compile(rf"\b{_YEAR}\s*{before_day}\s+{month}", re.I)),
            # 2023 жылғы ...; in 2023; в 2023 году
            ("year", re.compile(rf"\b{_YEAR}\s*(?:{any_of(year_words)})(?!\s+[0-3]?\d)", re.I)),
        ]
        self._month_start = re.compile(rf"\b{month}", re.I)
        self.opening = {pattern: self._month_start if pattern.pattern.startswith(self._month_start.pattern) else _NUMBER_START
                        for _, pattern in self.patterns}

    def find_dates(self, text: str) -> list[FoundDate]:
        """Every date expression in ``text``, in order, overlapping readings dropped (first pattern wins)."""
        found: list[FoundDate] = []
        taken: list[tuple[int, int]] = []
        starts = self.openings(text)
        for kind, pattern in self.patterns:
            for match in _matches_at(pattern, text, starts[self.opening[pattern]]):
                if any(match.start() < end and match.end() > start for start, end in taken):
                    continue
                reading = self._read(kind, match, text)
                if reading is not None:
                    found.append(FoundDate(reading[0], reading[1], match.start(), match.end()))
                    taken.append(match.span())
        return sorted(found, key=lambda item: item.start)

    def openings(self, text: str) -> dict[re.Pattern, list[int]]:
        """Where a number or a month name opens, for each kind of opening."""
        return {opening: [match.start() for match in opening.finditer(text)] for opening in (_NUMBER_START, self._month_start)}

    def published_from_text(self, text: str) -> FoundDate | None:
        candidates = [found for found in self.find_dates(text[:TOP_CHARS]) if _could_be_published(found.value)]
        if not candidates:
            return None
        return min(candidates, key=lambda item: (item.start >= DATELINE_CHARS, PRECISION_RANK[item.precision], item.start))

    def read_given_date(self, value: str | None) -> FoundDate | None:
        """An input's own date field: ISO 8601 (with or without a time), else any form ``find_dates`` reads."""
        if not value or not value.strip():
            return None
        try:
            parsed = date.fromisoformat(value.strip()[:10])
            return FoundDate(parsed, "day", 0, len(value))
        except ValueError:
            found = self.find_dates(value)
            return found[0] if found else None

    def date_page(self, page: Page) -> Published:
        """The input's own date (JSONL field, HTML metadata) first, then a date at the text's top, then one in the
        page's address, then one further down the text."""
        given = self.read_given_date(page.published)
        if given is not None and _could_be_published(given.value):
            return Published(given.value, given.precision, "metadata")
        found = self.published_from_text(page.text)
        if found is not None and found.start < DATELINE_CHARS:
            return Published(found.value, found.precision, "text")
        addressed = _url_date(page.url)
        if addressed is not None and _could_be_published(addressed[0]):
            return Published(*addressed, "url")
        if found is None:
            return Published(None, None, "none")
        return Published(found.value, found.precision, "body")

    def _read(self, kind: str, match: re.Match, text: str) -> tuple[date, str] | None:
        groups = match.groupdict()
        if kind == "numeric":
            first, second, year = int(groups["a"]), int(groups["b"]), int(groups["year"])
            return _valid(year, second, first, "day") or _valid(year, first, second, "day")
        if groups.get("m"):
            return _valid(int(groups["year"]), int(groups["m"]), int(groups["d"]), "day")
        month = self.month_of[groups["month"].lower()] if groups.get("month") else None
        if kind == "year":
            return _valid(int(groups["year"]), 1, 1, "year")
        if kind == "month":
            return _valid(int(groups["year"]), month, 1, "month")
        year = int(groups["year"]) if groups.get("year") else _year_on_page(text, match.start())
        if year is None or month is None:
            return None
        return _valid(year, month, int(groups["day"]), "day")


class Dater:
    """The dates stage: each document's publication date, with its precision and source."""

    def __init__(self, lexicons: dict[str, Lexicon]):
        self.reader = DateReader(lexicons)

    def __call__(self, documents: list[Document]) -> list[Document]:
        for document in documents:
            published = self.reader.date_page(document.page)
            document.published, document.published_precision, document.published_source = (
                published.value, published.precision, published.source)
        return documents


def _matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """The matches ``pattern.finditer(text)`` gives, for a pattern that can only start at ``starts``."""
    resume = 0
    for start in starts:
        if start >= resume and (match := pattern.match(text, start)):
            resume = match.end()
            yield match


def _could_be_published(value: date) -> bool:
    return EARLIEST <= value <= datetime.now(timezone.utc).date() + timedelta(days=1)


def _year_on_page(text: str, near: int) -> int | None:
    years = [(abs(match.start() - near), int(match.group())) for match in _ANY_YEAR.finditer(text)]
    return min(years)[1] if years else None


# A date a news site files its article under in the address: a year and month, maybe a day, as path segments or joined
# by hyphens ("/2017/03/14/", "/2011/10/", "/2011-07-26/"), or eight digits of a segment ("/20170315/").
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)(?:[/-](?P<month>[01]\d)(?:[/-](?P<day>[0-3]\d))?(?=[/?#]|$)"
                       r"|(?P<joined_month>[01]\d)(?P<joined_day>[0-3]\d)(?=[/?#]|$))")


def _url_date(url: str | None) -> tuple[date, str] | None:
    """The date in a page's address, with its precision; a year alone is no article's date (an archive's)."""
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    if match.group("joined_month"):
        return _valid(int(match.group("year")), int(match.group("joined_month")), int(match.group("joined_day")), "day")
    day = match.group("day")
    return _valid(int(match.group("year")), int(match.group("month")), int(day or 1), "day" if day else "month")


def _valid(year: int, month: int | None, day: int, precision: str) -> tuple[date, str] | None:
    try:
        return date(year, month, day), precision
    except (TypeError, ValueError):
        return None
