import json

import pytest

from pipeline.dates import DateReader, _matches_at
from pipeline.evaluate.dates import evaluate_dates
from pipeline.records import Page
from tests.conftest import REPO, SAMPLES


@pytest.fixture(scope="module")
def dates(resources):
    return DateReader(resources.lexicons)


@pytest.mark.parametrize("text, expected", [
    ("08.02.2019", "2019-02-08"),
    ("03/25/2024", "2024-03-25"),                  # day-first impossible: read month-first
    ("2024 жылғы 7 маусым", "2024-06-07"),
    ("2021 жылдың 30 желтоқсанында", "2021-12-30"),
    ("15 марта 2023 года", "2023-03-15"),
    ("January 18th, 2023", "2023-01-18"),
    ("18th of January 2023", "2023-01-18"),
])
def test_date_forms_in_three_languages(text, expected, dates):
    [found] = dates.find_dates(text)
    assert found.value.isoformat() == expected and found.precision == "day"


def test_a_year_is_never_invented(dates):
    assert dates.published_from_text("АСТАНА, 15 мар — Sputnik. Министр заявил о новых правилах.") is None
    found = dates.published_from_text("АСТАНА, 15 мар — Sputnik. Министр заявил, что с 2024 года правила изменятся.")
    assert found.value.isoformat() == "2024-03-15"


def test_words_that_start_like_months_are_not_dates(dates):
    assert dates.find_dates("Маршрут 2023 и 10 decisions 2023") == []


def test_the_input_date_wins_over_the_text_and_may_be_written_in_words(dates):
    page = Page(source="x", text="08.02.2019 Круглый стол", published="15 марта 2023 года")
    published = dates.date_page(page)
    assert (published.value.isoformat(), published.source) == ("2023-03-15", "metadata")
    assert dates.date_page(Page(source="x", text="Без даты.")).source == "none"


@pytest.mark.parametrize("text, expected, precision", [
    ("Опубликовано 3 мая 2022 г. в 10:15", "2022-05-03", "day"),
    ("2020 жылғы 1 қазанда Астанада", "2020-10-01", "day"),
    ("May 3, 2022 | News", "2022-05-03", "day"),
    ("В октябре 2021 года прошёл форум.", "2021-10-01", "month"),
    ("2019 жылғы қараша", "2019-11-01", "month"),
    ("September 2020", "2020-09-01", "month"),
    ("Posted on 2022-11-30", "2022-11-30", "day"),
    ("Updated: 30.11.2022 14:05", "2022-11-30", "day"),
    ("20 — 22 апреля 2023 года", "2023-04-20", "day"),
    ("ШЫМКЕНТ, 5 наурыз — Kazinform. Жоба 2021 жылы басталды.", "2021-03-05", "day"),  # year from the body
])
def test_publication_dates_written_for_the_test(text, expected, precision, dates):
    # corpus/gold/dates.jsonl was written while the reader was built: a development set, so no floor on it here.
    found = dates.published_from_text(text)
    assert (found.value.isoformat(), found.precision) == (expected, precision)


def test_the_dates_scorer_counts_by_hand(tmp_path):
    rows = tmp_path / "dates.jsonl"
    rows.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in [
        {"lang": "ru", "text": "3 мая 2022 г.", "published": "2022-05-03", "precision": "day"},
        {"lang": "ru", "text": "Без даты.", "published": None, "precision": None},
        {"lang": "en", "text": "May 3, 2022", "published": "2022-05-04", "precision": "day"},  # deliberately wrong
    ]), encoding="utf-8")
    scores = evaluate_dates(rows)
    assert scores.per_lang == {"en": {"n": 1, "accuracy": 0.0}, "ru": {"n": 2, "accuracy": 1.0}}
    assert scores.accuracy == 0.6667 and [miss["read"] for miss in scores.misses] == ["2022-05-03"]


def test_each_pattern_is_tried_wherever_it_can_match(dates):
    # find_dates tries a pattern only where a number or a month name opens; a pattern that opened
    # with anything else would silently lose matches.
    texts = [json.loads(line)["text"] for line in (REPO / "corpus" / "gold" / "dates.jsonl").read_text().splitlines()]
    texts += [path.read_text(encoding="utf-8") for path in SAMPLES.glob("*.txt")]
    for text in texts:
        starts = dates.openings(text)
        for _, pattern in dates.patterns:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in _matches_at(pattern, text, starts[dates.opening[pattern]])] == expected


@pytest.mark.parametrize("published", ["2099-01-01", "1951-01-01"])
def test_an_impossible_input_date_is_refused_for_the_text_date(published, dates):
    dated = dates.date_page(Page(source="x", text="08.02.2019 Круглый стол", published=published))
    assert (dated.value.isoformat(), dated.source) == ("2019-02-08", "text")
    assert dates.date_page(Page(source="x", text="Круглый стол.", published=published)).source == "none"


def test_a_date_with_a_time_glued_on_is_read_and_body_years_stay_out(dates):
    lead = "Басты бет · Жаңалықтар\n12.03.202410:45\nУниверситет ардагерін еске алды.\n"
    body = "Ол 1951 жылы Алматы облысында туған. " * 3
    dated = dates.date_page(Page(source="x", text=lead + body))
    assert (dated.value.isoformat(), dated.precision, dated.source) == ("2024-03-12", "day", "text")
    assert dates.find_dates("2024-03-12T10:45:00")[0].value.isoformat() == "2024-03-12"
    assert dates.date_page(Page(source="x", text="Басты бет\n" + body)).source == "none"  # before 1990: an event
    assert dates.published_from_text("Жаңалықтар. 2099 жылы жоба аяқталады.") is None


def test_a_date_deep_in_the_text_is_marked_body_and_loses_to_the_dateline(dates):
    filler = "Университетте ғылыми конференция өтті, онда білім беру мәселелері талқыланды. " * 8
    deep = dates.date_page(Page(source="x", text="Жаңалықтар\n" + filler + "Ғимарат 2015 жылы салынған."))
    assert (deep.value.isoformat(), deep.precision, deep.source) == ("2015-01-01", "year", "body")
    top = dates.date_page(Page(source="x", text="In October 2023\n" + filler + "On 18 January 2019 it opened."))
    assert (top.value.isoformat(), top.precision, top.source) == ("2023-10-01", "month", "text")
