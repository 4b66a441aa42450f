"""pipeline/data/regions.yaml read on its own terms: Kazakhstan's current regions and cities of republican
significance, each with its akimat, and every spelling naming one place only."""

import re

import pytest
import yaml

from tests.conftest import REPO

DATA = REPO / "pipeline" / "data"
ENTRIES = yaml.safe_load((DATA / "regions.yaml").read_text(encoding="utf-8"))["regions"]
REGISTRY = {institution["id"]: institution
            for institution in yaml.safe_load((DATA / "institutions.yaml").read_text(encoding="utf-8"))["institutions"]}
BY_ID = {entry["id"]: entry for entry in ENTRIES}

# The division since June 2022: 17 regions and 3 cities of republican significance.
REGIONS = {"abai_region", "akmola_region", "aktobe_region", "almaty_region", "atyrau_region", "east_kazakhstan_region",
           "jambyl_region", "jetisu_region", "karaganda_region", "kostanay_region", "kyzylorda_region",
           "mangystau_region", "north_kazakhstan_region", "pavlodar_region", "turkistan_region", "ulytau_region",
           "west_kazakhstan_region"}
CITIES = {"astana_city", "almaty_city", "shymkent_city"}
REUSED_AKIMATS = {"kyzylorda_region": "kyzylorda_akimat", "almaty_city": "almaty_akimat", "astana_city": "astana_akimat",
                  "shymkent_city": "shymkent_akimat"}


def folded(spelling):
    return re.sub(r"\s+", " ", spelling.casefold().replace("ё", "е")).strip()


def spellings(entry):
    """Every way the entry writes its place: names and forms of the place and of its centre."""
    centre = entry.get("centre", {})
    return [entry["kk"], entry["ru"], entry["en"], *entry["forms"],
            *(centre[lang] for lang in ("kk", "ru", "en") if lang in centre), *centre.get("forms", [])]


OWNER = {folded(spelling): entry["id"] for entry in ENTRIES for spelling in spellings(entry)}


def test_the_file_lists_the_current_regions_and_cities_once_each():
    ids = [entry["id"] for entry in ENTRIES]
    assert len(ids) == len(set(ids))
    assert {entry["id"] for entry in ENTRIES if entry["kind"] == "region"} == REGIONS
    assert {entry["id"] for entry in ENTRIES if entry["kind"] == "city"} == CITIES


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry["id"])
def test_every_entry_is_named_in_three_languages_with_its_akimat_and_source(entry):
    for lang in ("kk", "ru", "en"):
        assert entry[lang].strip() and entry["akimat"][lang].strip()
    assert entry["akimat"]["id"].endswith("_akimat")
    assert entry["forms"] and all(isinstance(form, str) and form.strip() for form in entry["forms"])
    assert entry["source"].startswith("https://www.gov.kz/memleket/entities/")
    # A region has an administrative centre; a city of republican significance is its own.
    if entry["kind"] == "region":
        assert all(entry["centre"][lang].strip() for lang in ("kk", "ru", "en")) and entry["centre"]["forms"]
    else:
        assert "centre" not in entry


def test_akimat_ids_are_unique_and_new_ones_do_not_take_a_registry_id():
    akimats = [entry["akimat"]["id"] for entry in ENTRIES]
    assert len(akimats) == len(set(akimats))
    taken = set(akimats) & set(REGISTRY) - set(REUSED_AKIMATS.values())
    assert not taken, f"ids of other registry institutions: {taken}"


@pytest.mark.parametrize("entry_id, akimat_id", REUSED_AKIMATS.items())
def test_akimats_the_registry_holds_keep_its_id_and_names(entry_id, akimat_id):
    akimat, registered = BY_ID[entry_id]["akimat"], REGISTRY[akimat_id]
    assert akimat["id"] == akimat_id and registered["type"] == "akimat"
    assert {lang: akimat[lang] for lang in ("kk", "ru", "en")} == {lang: registered[lang] for lang in ("kk", "ru", "en")}


def test_no_spelling_names_two_places():
    owners = {}
    for entry in ENTRIES:
        for spelling in spellings(entry):
            owners.setdefault(folded(spelling), set()).add(entry["id"])
    shared = {spelling: ids for spelling, ids in owners.items() if len(ids) > 1}
    assert not shared


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry["id"])
def test_forms_repeat_neither_each_other_nor_the_names(entry):
    for names, forms in [((entry["kk"], entry["ru"], entry["en"]), entry["forms"]),
                         (tuple(entry.get("centre", {}).get(lang, "") for lang in ("kk", "ru", "en")),
                          entry.get("centre", {}).get("forms", []))]:
        seen = [folded(spelling) for spelling in forms]
        assert len(seen) == len(set(seen))
        assert not set(seen) & {folded(name) for name in names}


@pytest.mark.parametrize("spelling, owner", [
    # the city owns the bare name, the region only its region-worded forms
    ("Алматы", "almaty_city"), ("Almaty", "almaty_city"), ("Алматыда", "almaty_city"),
    ("Алматы облысы", "almaty_region"), ("Алматинская область", "almaty_region"),
    ("Алматинской области", "almaty_region"), ("Almaty Region", "almaty_region"),
    # centres moved or created in 2022
    ("Қонаев", "almaty_region"), ("Капшагай", "almaty_region"), ("Талдыкорган", "jetisu_region"),
    ("Семей", "abai_region"), ("Жезказган", "ulytau_region"),
    # former names and abbreviations
    ("Южно-Казахстанская область", "turkistan_region"), ("ЮКО", "turkistan_region"), ("Шымкент", "shymkent_city"),
    ("Нур-Султан", "astana_city"), ("Nur-Sultan", "astana_city"), ("Нұр-Сұлтан", "astana_city"),
    ("ВКО", "east_kazakhstan_region"), ("ШҚО", "east_kazakhstan_region"), ("Усть-Каменогорск", "east_kazakhstan_region"),
    ("ЗКО", "west_kazakhstan_region"), ("БҚО", "west_kazakhstan_region"), ("Уральск", "west_kazakhstan_region"),
    ("СКО", "north_kazakhstan_region"), ("СҚО", "north_kazakhstan_region"), ("Петропавловск", "north_kazakhstan_region"),
    ("Кокшетау", "akmola_region"), ("Тараз", "jambyl_region"), ("Актау", "mangystau_region"),
    # the bare name of a region that is no city's name
    ("Жетісу", "jetisu_region"), ("Маңғыстау", "mangystau_region"), ("Mangystau", "mangystau_region"), ("Ұлытау", "ulytau_region"),
    # Kazakh cases and Latin spellings
    ("Ақтөбе облысының", "aktobe_region"), ("Aqtóbe oblysy", "aktobe_region"), ("Aqtöbe oblysy", "aktobe_region"),
    ("Atyraý oblysynyń", "atyrau_region"), ("Актюбинская обл.", "aktobe_region"), ("Aktyubinsk Region", "aktobe_region"),
])
def test_spellings_pages_use_lead_to_their_place(spelling, owner):
    assert OWNER.get(folded(spelling)) == owner


BARE_DOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")
# A district's paper (district_news_sites) is one of its region's outlets: the same checks hold.
NEWS_SITES = [(entry["id"], domain) for entry in ENTRIES
              for domain in [*entry.get("news_sites", []), *(entry.get("district_news_sites") or {})]]
SECTION_PATH = re.compile(r"^[a-z0-9-]+(?:/[a-z0-9-]+)*$")


def test_some_entries_name_their_own_news_sites():
    assert len({entry_id for entry_id, _ in NEWS_SITES}) >= 10


@pytest.mark.parametrize("entry_id, domain", NEWS_SITES, ids=[domain for _, domain in NEWS_SITES])
def test_news_sites_are_bare_lowercase_domains(entry_id, domain):
    # no scheme, no path, no www.: the registry matches the page's host and the domains it is a subdomain of; a district
    # or regional body's section of a portal is its domain and the section's path (gov.kz/memleket/entities/taskala-maslihat,
    # gov.kz/memleket/entities/kostanai-bilim)
    site, _, path = domain.partition("/")
    section = not path or SECTION_PATH.match(path)
    assert isinstance(domain, str) and BARE_DOMAIN.match(site) and not site.startswith("www.") and section


def test_no_news_site_is_listed_under_two_entries():
    domains = [domain for _, domain in NEWS_SITES]
    assert len(domains) == len(set(domains))


def test_no_news_site_is_an_institutions_own_domain():
    # a regional outlet is no institution's site: a page there is about the region, not published by a body
    own = {domain for institution in REGISTRY.values() for domain in institution.get("domains", [])}
    assert not {domain for _, domain in NEWS_SITES} & own


# Districts (аудан / район) as of 2024, and a city's districts: every one named in three languages with its district's
# word, no spelling a region's or a centre's, and as many per entry as the country has.
DISTRICTS = [(entry["id"], district) for entry in ENTRIES for district in entry.get("districts", [])]
# Names the country gives districts of two entries or more: they name no region (tests/test_districts.py).
SHARED_DISTRICT_NAMES = {"Абай ауданы", "Ақтоғай ауданы", "Есіл ауданы", "Жамбыл ауданы", "Нұра ауданы"}


def district_spellings(district):
    return [district["kk"], district["ru"], district["en"], *district.get("forms", [])]


def test_every_entry_lists_its_districts():
    assert {entry["id"] for entry in ENTRIES if entry.get("districts")} == REGIONS | CITIES


@pytest.mark.parametrize("entry_id, district", DISTRICTS, ids=[district["en"] for _, district in DISTRICTS])
def test_every_district_is_named_in_three_languages_with_its_word(entry_id, district):
    assert set(district) <= {"kk", "ru", "en", "forms"}
    assert re.fullmatch(r"\S.* (?:ауданы|атындағы аудан)", district["kk"])
    assert re.fullmatch(r"\S.* район|район \S.*", district["ru"])
    assert re.fullmatch(r"[A-Z].* District", district["en"])
    assert all(isinstance(form, str) and form.strip() for form in district.get("forms", []))


@pytest.mark.parametrize("entry_id, district", DISTRICTS, ids=[district["en"] for _, district in DISTRICTS])
def test_no_district_is_spelt_as_a_region_or_a_centre(entry_id, district):
    assert not {folded(spelling) for spelling in district_spellings(district)} & set(OWNER)


def test_no_district_is_listed_twice_in_an_entry():
    for entry in ENTRIES:
        names = [folded(spelling) for district in entry["districts"] for spelling in district_spellings(district)]
        assert len(names) == len(set(names)), entry["id"]


def test_the_districts_two_entries_share_are_the_countrys_namesakes():
    entries_of = {}
    for entry_id, district in DISTRICTS:
        entries_of.setdefault(district["kk"], set()).add(entry_id)
    assert {name for name, ids in entries_of.items() if len(ids) > 1} == SHARED_DISTRICT_NAMES


@pytest.mark.parametrize("entry_id, low, high", [
    # a region has from 2 (Ulytau) to 17 (Akmola) districts; Astana, Almaty and Shymkent 5 to 8 city districts
    *((entry_id, 2, 17) for entry_id in sorted(REGIONS)), *((entry_id, 5, 8) for entry_id in sorted(CITIES)),
])
def test_the_districts_per_entry_are_as_many_as_the_country_has(entry_id, low, high):
    assert low <= len(BY_ID[entry_id]["districts"]) <= high


@pytest.mark.parametrize("entry_id, count", [
    ("abai_region", 10), ("akmola_region", 17), ("east_kazakhstan_region", 11), ("jetisu_region", 8),
    ("karaganda_region", 7), ("ulytau_region", 2), ("almaty_region", 9), ("astana_city", 5), ("almaty_city", 8),
    ("shymkent_city", 5),
])
def test_the_2022_and_2023_reforms_left_these_counts(entry_id, count):
    # Abai, Jetisu and Ulytau took 8, 8 and 2 districts in 2022; Abai and East Kazakhstan formed two more each in 2023-2024
    assert len(BY_ID[entry_id]["districts"]) == count


def test_the_country_has_about_190_districts():
    assert 180 <= len(DISTRICTS) <= 200


# Towns of regional significance (облыстық маңызы бар қала) as of 2024 that are no region's centre: every one named in three
# languages, no spelling a region's, a centre's or a district's, and the country's 22 (39 towns of regional significance on
# 1 January 2025, the 17 centres among them) in the regions the 2022 and 2024 decrees left them in.
TOWNS = [(entry["id"], town) for entry in ENTRIES for town in entry.get("towns") or []]
TOWNS_OF = {
    "abai_region": {"Kurchatov"}, "akmola_region": {"Stepnogorsk", "Kosshy"}, "almaty_region": {"Alatau"},
    "east_kazakhstan_region": {"Ridder"}, "jetisu_region": {"Tekeli"},
    "karaganda_region": {"Balkhash", "Temirtau", "Saran", "Shakhtinsk", "Priozersk"},
    "kostanay_region": {"Rudny", "Lisakovsk", "Arkalyk"}, "kyzylorda_region": {"Baikonur"}, "mangystau_region": {"Zhanaozen"},
    "pavlodar_region": {"Ekibastuz", "Aksu"}, "turkistan_region": {"Kentau", "Arys"}, "ulytau_region": {"Satpayev", "Karazhal"},
}
# The towns whose bare name is also a surname or another place's: only with a town word do they name the town.
ONLY_WITH_TOWN_WORD = {"Kurchatov", "Alatau", "Baikonur", "Satpayev"}
# The towns named like a district of another region or city (Jetisu's Ақсу ауданы, Almaty Region's Балқаш ауданы, Almaty
# city's Алатау ауданы, Astana's Байқоңыр ауданы): kept, with a comment.
NAMED_LIKE_A_DISTRICT = {"Ақсу", "Балқаш", "Алатау", "Байқоңыр"}


def town_spellings(town):
    return [town["kk"], town["ru"], town["en"], *town.get("forms", [])]


def test_every_region_lists_its_towns_and_no_city_does():
    assert {entry["id"] for entry in ENTRIES if "towns" in entry} == REGIONS
    assert all(isinstance(entry["towns"], list) for entry in ENTRIES if entry["kind"] == "region")


@pytest.mark.parametrize("entry_id, town", TOWNS, ids=[town["en"] for _, town in TOWNS])
def test_every_town_is_named_in_three_languages(entry_id, town):
    assert set(town) <= {"kk", "ru", "en", "forms", "only_with_town_word"}
    assert re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+", town["kk"])
    assert re.fullmatch(r"[А-ЯЁ][а-яё]+", town["ru"])  # the Russian name has no Kazakh letter
    assert re.fullmatch(r"[A-Z][a-z]+", town["en"])
    assert all(isinstance(form, str) and form.strip() for form in town.get("forms", []))
    assert town.get("only_with_town_word", True) is True


@pytest.mark.parametrize("entry_id, town", TOWNS, ids=[town["en"] for _, town in TOWNS])
def test_no_town_is_spelt_as_a_region_a_centre_or_a_district(entry_id, town):
    districts = {folded(spelling) for _, district in DISTRICTS for spelling in district_spellings(district)}
    assert not {folded(spelling) for spelling in town_spellings(town)} & (set(OWNER) | districts)


def test_no_town_spelling_is_listed_twice():
    seen = [folded(spelling) for _, town in TOWNS for spelling in town_spellings(town)]
    # a town's Kazakh, Russian and English names may coincide (Рудный, Рудный); no form repeats a name or another town's
    per_town = [{folded(spelling) for spelling in town_spellings(town)} for _, town in TOWNS]
    assert sum(map(len, per_town)) == len(set(seen))
    for _, town in TOWNS:
        forms = [folded(form) for form in town.get("forms", [])]
        assert len(forms) == len(set(forms)) and not set(forms) & {folded(town[lang]) for lang in ("kk", "ru", "en")}


@pytest.mark.parametrize("entry_id", sorted(REGIONS))
def test_each_region_has_the_towns_the_decrees_left_it(entry_id):
    assert {town["en"] for town in BY_ID[entry_id]["towns"]} == TOWNS_OF.get(entry_id, set())


def test_the_country_has_22_towns_of_regional_significance_besides_the_centres():
    assert len(TOWNS) == 22 == sum(map(len, TOWNS_OF.values()))
    assert not {folded(town["ru"]) for _, town in TOWNS} & {folded(BY_ID[entry_id]["centre"]["ru"]) for entry_id in REGIONS}


def test_the_towns_named_only_with_a_town_word_are_the_surnames_and_other_places():
    assert {town["en"] for _, town in TOWNS if town.get("only_with_town_word")} == ONLY_WITH_TOWN_WORD


def test_the_towns_named_like_a_district_are_the_ones_the_file_notes():
    district_names = {district["kk"].removesuffix(" ауданы") for _, district in DISTRICTS}
    assert {town["kk"] for _, town in TOWNS} & district_names == NAMED_LIKE_A_DISTRICT


def test_the_regions_named_after_their_noun_in_russian_are_those_of_the_roles_reader():
    # pipeline/roles.py reads "области Абай" as one place by a constant of the names that follow "область"; it must hold
    # every such region here
    from pipeline import roles

    after = {entry["ru"].split(" ", 1)[1].lower() for entry in ENTRIES if entry["ru"].lower().startswith("область ")}
    assert len(after) == 3 and after <= roles._RUSSIAN_REGIONS_AFTER_THEIR_NOUN
