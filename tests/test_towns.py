"""Registry.towns_written_in and Registry.is_town_name: the towns of regional significance of pipeline/data/regions.yaml
that a text names, in Kazakh, Russian and English and their cases, with their region; on invented sentences."""

import pytest
import yaml

from tests.conftest import REPO

ENTRIES = yaml.safe_load((REPO / "pipeline" / "data" / "regions.yaml").read_text(encoding="utf-8"))["regions"]
TOWNS = [(entry["id"], town) for entry in ENTRIES for town in entry.get("towns") or []]
IDS = [town["en"] for _, town in TOWNS]
BARE = [(entry_id, town) for entry_id, town in TOWNS if not town.get("only_with_town_word")]
BARE_IDS = [town["en"] for _, town in BARE]


def found(resources, text):
    return [(written, region.region_id) for written, region in resources.registry.towns_written_in(text)]


def russian_genitive(name):
    """The genitive as a page writes it: Рудный -> Рудного, Сарань -> Сарани, Экибастуз -> Экибастуза, Темиртау stays."""
    if name.endswith("ый"):
        return name[:-2] + "ого"
    if name.endswith("ь"):
        return name[:-1] + "и"
    return name if name[-1] in "аеиоуыэюя" else name + "а"


@pytest.mark.parametrize("entry_id, town", TOWNS, ids=IDS)
def test_a_kazakh_sentence_names_the_town_with_its_word_and_its_region(resources, entry_id, town):
    written = f"{town['kk']} қаласының"
    assert found(resources, f"Облыс әкімі {written} әкімін таныстырды.") == [(written, entry_id)]


@pytest.mark.parametrize("entry_id, town", TOWNS, ids=IDS)
def test_a_russian_sentence_names_the_town_with_its_word_and_its_region(resources, entry_id, town):
    written = f"города {russian_genitive(town['ru'])}"
    assert found(resources, f"Аким области представил акима {written} в среду.") == [(written, entry_id)]


@pytest.mark.parametrize("entry_id, town", TOWNS, ids=IDS)
def test_an_english_sentence_names_the_town_and_its_region(resources, entry_id, town):
    text = f"The akim of {town['en']} visited schools in the town of {town['en']}."
    expected = [(f"town of {town['en']}", entry_id)]
    if not town.get("only_with_town_word"):
        expected.insert(0, (town["en"], entry_id))
    assert found(resources, text) == expected


FORMS = [(entry_id, form) for entry_id, town in BARE for form in town.get("forms", [])]


@pytest.mark.parametrize("entry_id, form", FORMS, ids=[form for _, form in FORMS])
def test_a_latin_spelling_or_a_former_name_names_the_town_too(resources, entry_id, form):
    assert found(resources, f"Сообщение: {form}, 2019.") == [(form, entry_id)]


@pytest.mark.parametrize("written, entry_id", [
    # the bare Kazakh name's cases, by its last sound and its vowels
    ("Екібастұзда", "pavlodar_region"), ("Екібастұздың", "pavlodar_region"), ("Екібастұзға", "pavlodar_region"),
    ("Рудныйда", "kostanay_region"), ("Рудныйдың", "kostanay_region"), ("Теміртауға", "karaganda_region"),
    ("Арқалықтан", "kostanay_region"), ("Текеліге", "jetisu_region"), ("Саранның", "karaganda_region"),
    ("Риддерде", "east_kazakhstan_region"), ("Қосшыда", "akmola_region"), ("Жаңаөзендегі", "mangystau_region"),
    ("Балқашта", "karaganda_region"), ("Кентаудағы", "turkistan_region"), ("Степногорскіде", "akmola_region"),
    ("Арысқа", "turkistan_region"), ("Ақсудан", "pavlodar_region"), ("Қаражалдың", "ulytau_region"),
    # the Kazakh town word in its cases and its adjective
    ("Рудный қаласы", "kostanay_region"), ("Рудный қаласында", "kostanay_region"), ("Рудный қаласындағы", "kostanay_region"),
    ("Рудный қаласына", "kostanay_region"), ("Рудный қаласынан", "kostanay_region"), ("Рудный қаласын", "kostanay_region"),
    ("Екібастұз қалалық", "pavlodar_region"),
    # the Russian cases, with and without the town's word
    ("Рудный", "kostanay_region"), ("Рудного", "kostanay_region"), ("Рудном", "kostanay_region"),
    ("Рудному", "kostanay_region"), ("Экибастуз", "pavlodar_region"), ("Экибастуза", "pavlodar_region"),
    ("Экибастузе", "pavlodar_region"), ("Экибастузу", "pavlodar_region"), ("Экибастузом", "pavlodar_region"),
    ("Сарани", "karaganda_region"), ("Лисаковске", "kostanay_region"), ("Приозёрске", "karaganda_region"),
    ("Темиртау", "karaganda_region"), ("г. Рудный", "kostanay_region"), ("г.Рудный", "kostanay_region"),
    ("городе Экибастузе", "pavlodar_region"), ("городом Лисаковском", "kostanay_region"),
    # English
    ("Rudny", "kostanay_region"), ("Ekibastuz", "pavlodar_region"), ("city of Zhanaozen", "mangystau_region"),
    ("Satpayev city", "ulytau_region"), ("Temirtau city", "karaganda_region"),
    # Latin-script Kazakh, with and without its letters' marks
    ("Ekıbastūzdağy", "pavlodar_region"), ("Ekibastuzdaǵy", "pavlodar_region"), ("Rýdnyıda", "kostanay_region"),
    ("Ekibastuz qalasyndagy", "pavlodar_region"), ("Qosşy qalasynyñ", "akmola_region"),
    ("Arqalyq qalasyndaǵy", "kostanay_region"), ("Sätbaev qalasynda", "ulytau_region"),
    # a headline's capitals
    ("ЕКІБАСТҰЗ ҚАЛАСЫНЫҢ", "pavlodar_region"), ("РУДНОГО", "kostanay_region"),
])
def test_each_form_is_found_as_written_with_its_region(resources, written, entry_id):
    assert found(resources, f"Жаңалық: {written} әкімі, 2024.") == [(written, entry_id)]


def test_several_towns_are_found_each_time_named_in_text_order(resources):
    text = "Екібастұздағы мектеп; затем аким города Рудного, the town of Arkalyk и снова Екібастұз қаласының әкімі."
    assert found(resources, text) == [("Екібастұздағы", "pavlodar_region"), ("города Рудного", "kostanay_region"),
                                      ("town of Arkalyk", "kostanay_region"), ("Екібастұз қаласының", "pavlodar_region")]


def test_a_name_shared_with_a_district_names_the_town_only_without_the_district_word(resources):
    text = "Ақсу қаласының әкімі мен Ақсу ауданының әкімі, Аксуский район, Aksu District, Балқаш ауданы, Балхашский район."
    assert found(resources, text) == [("Ақсу қаласының", "pavlodar_region")]


@pytest.mark.parametrize("text", [
    # the ordinary words a town's name is: an adjective, a lion, another place, a person
    "рудный двор", "Рудный Алтай", "в горах Рудного Алтая", "рудном теле", "Арыстан", "арыстан", "қосшы",
    "озеро Балхаш", "Lake Balkhash", "Балқаш көлінің", "Арыс өзені", "Aqsu aýdany", "Balqash kóli", "Sätbaev", "реки Арысь", "Ақсу ауылы", "в селе Аксу",
    "the village of Aksu", "Алатау ауданы", "Заилийский Алатау", "Іле Алатауы", "космодром Байконур", "район Байконур",
    # a town that is also a surname, without its town word
    "Сатпаев", "Айгуль Сатпаева", "имени К.И. Сатпаева", "Сәтбаев атындағы университет", "Satbayev University", "Курчатов",
    "институт имени Курчатова", "Kurchatov",
    # an adjective of the town is one word, no town's name
    "Экибастузский", "Рудненский", "Лисаковский", "Теміртаулық",
    # a name in quotes is an organization's
    "«Ақсу» ЖШС", "ТОО \"Кентау\"",
])
def test_ordinary_words_and_other_places_are_no_towns(resources, text):
    assert found(resources, text) == []


@pytest.mark.parametrize("words", [
    "Ekibastuz", "Экибастуза", "Екібастұз қаласының", "the town of Rudny", "РУДНЫЙ", "Lisakovsk", "Satpayev city",
    "города Сатпаева", "Курчатов қаласы", " Rudny ",
])
def test_a_span_that_is_only_a_towns_name_is_one(resources, words):
    assert resources.registry.is_town_name(words)


@pytest.mark.parametrize("words", [
    "Satpayev", "Курчатов", "Рудный Алтай", "Aksu District", "Ekibastuz Zhumabekov", "Askar Rudny", "", "Алатау",
    "Рудненский", "Kostanay",
])
def test_a_span_with_more_than_a_towns_name_or_a_surname_alone_is_none(resources, words):
    assert not resources.registry.is_town_name(words)
