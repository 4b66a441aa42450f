"""pipeline/data/institutions.yaml read on its own terms: one entry per institution, every alias naming one
institution only once folded as the pipeline folds it, domains written as bare domains, and the names pages
use (acronyms in three scripts, former names, Kazakh and Russian cases) leading to their entry."""

import re

import pytest
import yaml

from pipeline.normalize.institutions import REGISTRY_FILE, fold

ENTRIES = yaml.safe_load(REGISTRY_FILE.read_text(encoding="utf-8"))["institutions"]
BARE_DOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")


def names(entry):
    return [entry["en"], entry["ru"], entry["kk"], *entry.get("aliases", [])]


def test_ids_are_unique():
    ids = [entry["id"] for entry in ENTRIES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry["id"])
def test_every_entry_is_named_in_three_languages_with_type_and_source(entry):
    assert all(str(entry[field]).strip() for field in ("type", "en", "ru", "kk", "source"))
    assert all(isinstance(alias, str) and alias.strip() for alias in entry.get("aliases", []))


def test_no_folded_alias_names_two_institutions():
    owners = {}
    for entry in ENTRIES:
        for name in names(entry):
            owners.setdefault(fold(str(name)), set()).add(entry["id"])
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_every_name_resolves_to_its_own_entry(resources):
    registry = resources.registry.by_alias
    wrong = {name: registry[fold(str(name))].org_id
             for entry in ENTRIES for name in names(entry) if registry[fold(str(name))].org_id != entry["id"]}
    assert not wrong


# Words a page writes every day whose folded key is also an acronym's (АИТУ, БИЛ, ОҚУ, АРУ, МУК, НААР,
# WKU): registry aliases are matched against a page's words one by one, so no alias may take these keys.
COMMON_WORDS = ["айту", "был", "биыл", "оқу", "ару", "ұқу", "мук", "нар", "бір", "сол", "как", "для", "the"]


@pytest.mark.parametrize("word", COMMON_WORDS)
def test_no_alias_folds_to_a_common_word(resources, word):
    assert resources.registry.lookup(word, "ru") is None and resources.registry.lookup(word, "kk") is None


@pytest.mark.parametrize("entry", [entry for entry in ENTRIES if "domains" in entry], ids=lambda entry: entry["id"])
def test_domains_are_bare_lowercase_domains(entry):
    assert entry["domains"] and all(isinstance(domain, str) and BARE_DOMAIN.match(domain) for domain in entry["domains"])


def test_no_domain_belongs_to_two_institutions():
    domains = [domain for entry in ENTRIES for domain in entry.get("domains", [])]
    assert len(domains) == len(set(domains))


@pytest.mark.parametrize("org_id, domain", [("kaznu", "farabi.university"), ("kaznu", "kaznu.kz"),
                                            ("kaznpu", "kaznpu.kz"), ("enu", "enu.kz"), ("nu", "nu.edu.kz"),
                                            ("mon_rk", "edu.gov.kz"), ("kazmkpu", "kazmkpu.kz")])
def test_existing_entries_carry_their_domains(org_id, domain):
    assert domain in next(entry for entry in ENTRIES if entry["id"] == org_id)["domains"]


@pytest.mark.parametrize("written, lang, org_id", [
    # acronyms in Russian, Kazakh and Latin letters
    ("КазНМУ", "ru", "kaznmu"), ("ҚазҰМУ", "kk", "kaznmu"), ("KazNMU", "en", "kaznmu"),
    ("SDU", "en", "sdu"), ("СДУ", "ru", "sdu"),
    ("NKU", "en", "nku_kozybayev"), ("СКУ", "ru", "nku_kozybayev"), ("СҚУ", "kk", "nku_kozybayev"),
    ("КазНИТУ", "ru", "satbayev_university"), ("KBTU", "en", "kbtu"), ("ҚБТУ", "kk", "kbtu"),
    ("НИШ", "ru", "nis"), ("НЗМ", "kk", "nis"), ("IQAA", "en", "iqaa"), ("Astana IT University", "en", "aitu"),
    # former names and acronyms
    ("КарГУ", "ru", "buketov_university"), ("ЮКГУ", "ru", "auezov_university"), ("KazNTU", "en", "satbayev_university"),
    ("Suleyman Demirel University", "en", "sdu"), ("Казахский экономический университет имени Т. Рыскулова", "ru", "narxoz"),
    # Kazakh and Russian cases
    ("С.Ж. Асфендияров атындағы Қазақ ұлттық медицина университетінің", "kk", "kaznmu"),
    ("Казахского национального медицинского университета имени С.Д. Асфендиярова", "ru", "kaznmu"),
    ("Министерства здравоохранения Республики Казахстан", "ru", "moh_rk"),
    # the presidential administration by its seat
    ("Ақорда", "kk", "akorda"), ("Akorda", "en", "akorda"), ("Администрация Президента", "ru", "akorda"),
    # entries that were there before keep their names
    ("KazNU", "en", "kaznu"), ("ҚазҰПУ", "kk", "kaznpu"), ("Мажилис", "ru", "majilis_rk"),
])
def test_names_pages_use_lead_to_their_institution(resources, written, lang, org_id):
    found = resources.registry.lookup(written, lang)
    assert found is not None and found.org_id == org_id
