"""Registry.districts_written_in: the districts of pipeline/data/regions.yaml that a text names with their word, in Kazakh,
Russian and English and their cases, with their region; on invented sentences."""

import pytest
import yaml

from tests.conftest import REPO

ENTRIES = yaml.safe_load((REPO / "pipeline" / "data" / "regions.yaml").read_text(encoding="utf-8"))["regions"]
DISTRICTS = [(entry["id"], district) for entry in ENTRIES for district in entry.get("districts", [])]
ENTRIES_OF = {}
for _entry_id, _district in DISTRICTS:
    ENTRIES_OF.setdefault(_district["kk"], set()).add(_entry_id)
# The districts whose name no other entry's district has: each names its region.
OWN = [(entry_id, district) for entry_id, district in DISTRICTS if len(ENTRIES_OF[district["kk"]]) == 1]
IDS = [district["en"] for _, district in OWN]


def found(resources, text):
    return [(written, region.region_id) for written, region in resources.registry.districts_written_in(text)]


def kazakh_in(name, case):
    """An invented Kazakh case of a district's name: "Ұлан ауданы" -> "Ұлан ауданындағы"."""
    head, _, word = name.rpartition(" ")
    return f"{head} {({'ауданы': 'аудан', 'аудан': 'ауда'}[word])}{case}"


def russian_genitive(name):
    """The genitive as a page writes it: "Уланский район" -> "Уланского района", "район Шал акына" -> "района Шал акына"."""
    if name.startswith("район "):
        return f"района {name[6:]}"
    head, _, _ = name.rpartition(" ")
    before, _, adjective = head.rpartition(" ")
    return f"{before} {adjective[:-2]}ого района".strip()


@pytest.mark.parametrize("entry_id, district", OWN, ids=IDS)
def test_a_kazakh_sentence_names_the_district_and_its_region(resources, entry_id, district):
    ending = "ындағы" if district["kk"].endswith("ауданы") else "ндағы"
    written = kazakh_in(district["kk"], ending)
    assert found(resources, f"Облыс әкімі {written} мектептерді аралады.") == [(written, entry_id)]


@pytest.mark.parametrize("entry_id, district", OWN, ids=IDS)
def test_a_russian_sentence_names_the_district_and_its_region(resources, entry_id, district):
    written = russian_genitive(district["ru"])
    assert found(resources, f"Аким области посетил школы {written} в среду.") == [(written, entry_id)]


@pytest.mark.parametrize("entry_id, district", OWN, ids=IDS)
def test_an_english_sentence_names_the_district_and_its_region(resources, entry_id, district):
    lower = district["en"].replace(" District", " district")
    text = f"The regional akim visited schools in {district['en']} and later the {lower}."
    assert found(resources, text) == [(district["en"], entry_id), (lower, entry_id)]


FORMS = [(entry_id, form) for entry_id, district in OWN for form in district.get("forms", [])]


@pytest.mark.parametrize("entry_id, form", FORMS, ids=[form for _, form in FORMS])
def test_a_former_name_or_other_form_names_the_district_too(resources, entry_id, form):
    assert found(resources, f"Сообщение: {form}, 2019.") == [(form, entry_id)]


@pytest.mark.parametrize("text, expected", [
    # every case of the Kazakh word, and its adjective
    ("Ұлан ауданы, Ұлан ауданының, Ұлан ауданында, Ұлан ауданына, Ұлан ауданынан, Ұлан ауданын, Ұлан аудандық мәслихаты",
     ["Ұлан ауданы", "Ұлан ауданының", "Ұлан ауданында", "Ұлан ауданына", "Ұлан ауданынан", "Ұлан ауданын",
      "Ұлан аудандық"]),
    # the Russian adjective's and the noun's cases, in agreement as pages write them
    ("Уланский район, Уланского района, в Уланском районе, к Уланскому району, Уланским районом",
     ["Уланский район", "Уланского района", "Уланском районе", "Уланскому району", "Уланским районом"]),
    # a name after "район" in a case of its noun
    ("в районе Беимбета Майлина, главе района Беимбета Майлина", ["районе Беимбета Майлина", "района Беимбета Майлина"]),
    # a headline's capitals
    ("ҰЛАН АУДАНЫНЫҢ ӘКІМІ", ["ҰЛАН АУДАНЫНЫҢ"]),
])
def test_each_case_is_found_as_written_in_text_order(resources, text, expected):
    assert found(resources, text) == [(written, "east_kazakhstan_region" if "лан" in written.lower() else "kostanay_region")
                                      for written in expected]


def test_several_districts_are_found_each_time_named_in_text_order(resources):
    text = "Мақат ауданының мектебі; затем Таласский район, Ulan District и снова Мақат ауданында."
    assert found(resources, text) == [("Мақат ауданының", "atyrau_region"), ("Таласский район", "jambyl_region"),
                                      ("Ulan District", "east_kazakhstan_region"), ("Мақат ауданында", "atyrau_region")]


@pytest.mark.parametrize("text", [
    # districts of the same name in two regions or more (Almaty, Jambyl and North Kazakhstan; Akmola, North Kazakhstan
    # and Astana; Karaganda, Abai and Shymkent; Karaganda and Pavlodar)
    "Жамбыл ауданының әкімі", "в Жамбылском районе", "Zhambyl District", "Есіл ауданында", "Есильского района",
    "Абай ауданы", "Абайский район", "Abai District", "Ақтоғай ауданындағы", "Актогайского района",
    "Нұра ауданының әкімі",
])
def test_a_name_two_regions_have_names_no_region(resources, text):
    assert found(resources, text) == []


@pytest.mark.parametrize("text", [
    # a district's name without its word: a village, a river, a person or the adjective alone
    "Ұлан ауылында", "Ұлан", "Уланский", "жители Уланского", "Ulan", "Беимбета Майлина", "Мақаттың",
    # a region's own name is no district's
    "Ұлытау облысы", "Маңғыстау облысының", "Mangystau Region",
    # "в районе Алматы" is around the city, no district of Astana
    "землетрясение в районе Алматы",
])
def test_a_name_without_its_district_word_is_none(resources, text):
    assert found(resources, text) == []


@pytest.mark.parametrize("text, expected", [
    # one name, different districts by language: Astana's "район Есиль" is its own, Akmola's and North Kazakhstan's
    # Есильский район is shared
    ("аким района Есиль", [("района Есиль", "astana_city")]),
    ("аким района Алматы", [("района Алматы", "astana_city")]),
    ("Нуринского района", [("Нуринского района", "karaganda_region")]),
    ("Жамбылского района Алматинской области", []),
])
def test_a_name_shared_in_one_language_only_names_its_region_in_the_other(resources, text, expected):
    assert found(resources, text) == expected
