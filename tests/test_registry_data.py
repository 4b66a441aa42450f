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
COMMON_WORDS = ["айту", "был", "биыл", "оқу", "ару", "ұқу", "мук", "нар", "бір", "сол", "как", "для", "the",
                "аманат", "атамекен", "ақ жол", "mon",
                # the bare names of Talap (КИСИ folds like кісі), Miras, Bobek, Auyl and Khabar are words
                "талап", "кісі", "ету", "мирас", "бөбек", "ауыл", "хабар", "республика", "кәсіпқор", "ек",
                "қазақстан халқына", "даму", "он", "бу", "who", "тігу", "dad",
                # "им." abbreviates "имени" in named institutions ("Институт ... им. М.А. Name"); ИМММ folded to it
                "им", "им."]


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
                                            ("mon_rk", "edu.gov.kz"), ("kazmkpu", "kazmkpu.kz"), ("bns_rk", "stat.gov.kz"),
                                            ("talap", "kasipkor.kz"), ("miras_university", "miras.edu.kz")])
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
    # ministries: names, short forms with РК / ҚР, colloquial Russian names, names before a renaming
    ("Министерства финансов РК", "ru", "finance_rk"), ("Минфин", "ru", "finance_rk"), ("Ministry of Finance", "en", "finance_rk"),
    ("ҚР Ішкі істер министрлігі", "kk", "mia_rk"), ("МВД", "ru", "mia_rk"),
    ("Қазақстан Республикасының Білім және ғылым министрлігі", "kk", "mon_rk_2022"),
    ("Ministry of Education and Science of the Republic of Kazakhstan", "en", "mon_rk_2022"),
    ("Министерства индустрии и инфраструктурного развития", "ru", "miid_rk"),
    ("Ministry of Ecology, Geology and Natural Resources", "en", "ecology_rk"), ("Туризм және спорт министрлігі", "kk", "tourism_sports_rk"),
    # agencies, courts, committees and national centres
    ("КНБ", "ru", "knb_rk"), ("Генпрокуратура", "ru", "prosecutor_general_rk"), ("Ұлттық тестілеу орталығы", "kk", "ntc_rk"),
    ("Конституционный Совет Республики Казахстан", "ru", "constitutional_court_rk"), ("Комитет науки", "ru", "science_committee"),
    # parliament chambers as Kazakh writes them, parties by their former names
    ("Парламент Мәжілісі", "kk", "majilis_rk"), ("ҚР Парламентінің Сенаты", "kk", "senate_rk"),
    ("«Нұр Отан» партиясының", "kk", "amanat_party"), ("Nur Otan", "en", "amanat_party"),
    # more universities, former names included
    ("Евразийского национального университета", "ru", "enu"), ("КарГТУ", "ru", "saginov_ktu"), ("ВКТУ", "ru", "serikbayev_ektu"),
    ("KAZGUU", "en", "kazguu"), ("ЮКМА", "ru", "skma"), ("Университете Назарбаева", "ru", "nu"),
    ("КазАТК", "ru", "tynyshpayev_alt"), ("Центр Болонского процесса и академической мобильности", "ru", "nched"),
    ("«Дарын» республикалық ғылыми-практикалық орталығы", "kk", "daryn_center"), ("ЗКАТУ", "ru", "zhangir_khan_university"),
    # the regions' and cities' education departments
    ("Ақмола облысының білім басқармасының", "kk", "akmola_region_education_department"),
    ("Атырау облыстық білім беру басқармасы", "kk", "atyrau_region_education_department"),
    ("Управления образования Западно-Казахстанской области", "ru", "west_kazakhstan_region_education_department"),
    ("Astana City Education Department", "en", "astana_city_education_department"),
    ("Управление образования города Алматы", "ru", "almaty_city_education_department"),
    ("Алматы облысының білім басқармасы", "kk", "almaty_region_education_department"),
    # the regions' and cities' maslikhats, in cases and under former names
    ("Маңғыстау облыстық мәслихатының", "kk", "mangystau_maslikhat"), ("Мангистауский областной маслихат", "ru", "mangystau_maslikhat"),
    ("Мангистауского областного маслихата", "ru", "mangystau_maslikhat"), ("Karaganda Regional Maslikhat", "en", "karaganda_maslikhat"),
    ("Алматы облыстық мәслихаты", "kk", "almaty_region_maslikhat"), ("Алматы қалалық мәслихаты", "kk", "almaty_maslikhat"),
    ("Маслихат города Нур-Султана", "ru", "astana_maslikhat"), ("Южно-Казахстанский областной маслихат", "ru", "turkistan_maslikhat"),
    ("Shymkent City Maslikhat", "en", "shymkent_maslikhat"), ("Қызылорда облыстық мәслихаты", "kk", "kyzylorda_maslikhat"),
    # universities and academies added with the maslikhats, former names included
    ("АУЭС", "ru", "aues"), ("Алматинского университета энергетики и связи", "ru", "aues"), ("КазМУНО", "ru", "kazmuno"),
    ("Esil University", "en", "kazuefit"), ("Инновационного Евразийского университета", "ru", "ineu"),
    ("Карагандинский экономический университет Казпотребсоюза", "ru", "karaganda_kazpotrebsoyuz_university"),
    ("Казахстанский филиал МГУ", "ru", "msu_kazakhstan"), ("Академии правоохранительных органов", "ru", "law_enforcement_academy"),
    # national education bodies by their full names
    ("Комитета по охране прав детей", "ru", "children_rights_committee"), ("Национального центра повышения квалификации «Өрлеу»", "ru", "orleu"),
    # a name with a comma is one alias, not two
    ("Kazakhstan Institute of Management, Economics and Strategic Research", "en", "kimep"),
    # the education and science ministries' bodies and funds, former names included
    ("Холдинг «Кәсіпқор»", "kk", "talap"), ("НАО «Talap»", "ru", "talap"), ("Фонд науки", "ru", "science_fund"),
    ("НЦГНТЭ", "ru", "ncste"), ("Мемлекеттік ғылыми-техникалық сараптама ұлттық орталығының", "kk", "ncste"),
    ("Қазақстан стратегиялық зерттеулер институтының", "kk", "kisi"), ("KazISS", "en", "kisi"),
    ("Института молекулярной биологии и биохимии имени М.А. Айтхожина", "ru", "imbb_aitkhozhin"),
    # universities and academies, by their names, cases and former names
    ("Университета «Мирас»", "ru", "miras_university"), ("Miras University", "en", "miras_university"),
    ("Павлодар мемлекеттік университеті", "kk", "toraighyrov_university"), ("ЭИТИ", "ru", "ekibastuz_eti"),
    ("Кокшетауский технический институт МЧС", "ru", "civil_protection_academy"),
    ("Ұлттық қорғаныс университетінің", "kk", "national_defence_university"),
    # state bodies, committees and services; statistics under its former committee
    ("Агентства Республики Казахстан по финансовому мониторингу", "ru", "afm_rk"), ("АФМ", "ru", "afm_rk"),
    ("Комитет по статистике Министерства национальной экономики", "ru", "bns_rk"),
    ("Мемлекеттік кірістер комитеті", "kk", "state_revenue_committee"), ("КГД", "ru", "state_revenue_committee"),
    ("Канцелярии Премьер-Министра", "ru", "office_pm_rk"), ("Ұлттық құрылтай", "kk", "national_kurultai"),
    ("КУИС", "ru", "penal_system_committee"), ("ҚР Жоғары Сот Кеңесі", "kk", "supreme_judicial_council_rk"),
    # parties, companies, media and international organizations
    ("«Ауыл» партиясы", "kk", "auyl_party"), ("ЖСДП", "kk", "osdp_party"), ("Respublica партиясы", "kk", "respublica_party"),
    ("Қазпошта", "kk", "kazpost"), ("ФСМС", "ru", "shif"), ("Kazakh Invest", "en", "kazakh_invest"), ("Қазсушар", "kk", "kazvodkhoz"),
    ("Агентство «Хабар»", "ru", "khabar_agency"), ("Түркі кеңесі", "kk", "ots"), ("ЕАЭС", "ru", "eaeu"), ("ТМД", "kk", "cis"),
    ("Шанхайской организации сотрудничества", "ru", "sco"),
    # the security bodies' academies, space and public health centres
    ("Академии КНБ", "ru", "knb_academy"), ("ҰҚК Шекара академиясы", "kk", "border_academy_knb"),
    ("Военного института Национальной гвардии", "ru", "national_guard_institute"), ("КУПС", "ru", "kups"),
    ("Ұлттық қоғамдық денсаулық сақтау орталығы", "kk", "ncph"), ("НЦКИТ", "ru", "ncsrt"),
    ("Qazaqstan Garysh Sapary", "en", "gharysh_sapary"), ("«Қазақстан халқына» қоры", "kk", "kazakhstan_khalkyna"),
    ("«Даму» кәсіпкерлікті дамыту қорының", "kk", "damu_fund"), ("Президент телерадиокешені", "kk", "presidential_tv_radio_complex"),
    ("Jas Otan", "en", "jas_otan"), ("Дүниежүзілік денсаулық сақтау ұйымының", "kk", "who"), ("Еуроодақ", "kk", "eu"),
    ("Организации Объединённых Наций", "ru", "un"),
    # the centre cities' akimats, the region's own kept apart
    ("Astana Akimat", "en", "astana_akimat"), ("Akimat of Astana", "en", "astana_akimat"), ("Акимат Астаны", "ru", "astana_akimat"),
    ("Астана қаласы әкімдігі", "kk", "astana_akimat"), ("Akimat of Almaty", "en", "almaty_akimat"),
    ("Shymkent Akimat", "en", "shymkent_akimat"), ("Акимат Шымкента", "ru", "shymkent_akimat"), ("Шымкент қаласы әкімдігі", "kk", "shymkent_akimat"),
    ("Akimat of Aktobe city", "en", "aktobe_city_akimat"),
    ("Ablai Khan University of International Relations and World Languages", "en", "ablaikhan_university"),
    ("Акимата города Караганды", "ru", "karaganda_city_akimat"), ("Қарағанды қаласының әкімдігі", "kk", "karaganda_city_akimat"),
    ("Karaganda City Akimat", "en", "karaganda_city_akimat"), ("Акимат города Капшагай", "ru", "konaev_city_akimat"),
    ("Акимат Карагандинской области", "ru", "karaganda_akimat"), ("Орал қаласы әкімдігі", "kk", "oral_city_akimat"),
    # the regions' and cities' health departments
    ("Управления здравоохранения Западно-Казахстанской области", "ru", "west_kazakhstan_region_health_department"),
    ("Маңғыстау облыстық денсаулық сақтау басқармасы", "kk", "mangystau_region_health_department"),
    ("Управление общественного здравоохранения города Алматы", "ru", "almaty_city_health_department"),
    ("Shymkent City Health Department", "en", "shymkent_city_health_department"),
    # the regions' and cities' police departments; a region's name alone stays no institution's
    ("Департамента полиции Туркестанской области", "ru", "turkistan_region_police_department"),
    ("Алматы қаласының полиция департаменті", "kk", "almaty_city_police_department"),
    ("Департамента по чрезвычайным ситуациям Атырауской области", "ru", "atyrau_region_emergency_department"),
    ("Жетісу облысының төтенше жағдайлар департаменті", "kk", "jetisu_region_emergency_department"),
    # entries that were there before keep their names
    ("KazNU", "en", "kaznu"), ("ҚазҰПУ", "kk", "kaznpu"), ("Мажилис", "ru", "majilis_rk"),
])
def test_names_pages_use_lead_to_their_institution(resources, written, lang, org_id):
    found = resources.registry.lookup(written, lang)
    assert found is not None and found.org_id == org_id


@pytest.mark.parametrize("place, lang", [("Карагандинской области", "ru"), ("Қарағанды облысының", "kk"), ("Karaganda Region", "en"),
                                         ("Туркестанской области", "ru")])
def test_a_regions_name_alone_names_none_of_its_departments(resources, place, lang):
    assert resources.registry.lookup(place, lang) is None


def test_a_name_with_a_comma_gives_no_alias_for_its_second_half(resources):
    assert resources.registry.lookup("Economics and Strategic Research", "en") is None


def test_a_page_on_a_ministry_bodys_own_subdomain_of_the_shared_portal_is_that_bodys(resources):
    assert resources.registry.of_site("https://stat.gov.kz/ru/news/").org_id == "bns_rk"
    assert resources.registry.of_site("https://www.gov.kz/memleket/entities/afm") is None


@pytest.mark.parametrize("written, lang, org_id", [
    ("ЕНУ им. Л.Н.Гумилева", "ru", "enu"), ("ЕНУ им.Л.Н.Гумилева", "ru", "enu"), ("ЕНУ им. Л. Н. Гумилева", "ru", "enu"),
    ("КазНУ им.аль-Фараби", "ru", "kaznu"), ("КазНМУ им.С.Д.Асфендиярова", "ru", "kaznmu"), ("КарУ им.Е.А.Букетова", "ru", "buketov_university"),
    ("Л.Н.Гумилев атындағы ЕҰУ", "kk", "enu"), ("Л.Н.Гумилев атындағы Еуразия ұлттық университетінің", "kk", "enu"),
    ("L.N.Gumilyov Eurasian National University", "en", "enu"), ("M.Kh.Dulaty Taraz Regional University", "en", "dulaty_university"),
])
def test_initials_glued_to_a_name_find_the_entry_as_spaced_ones(resources, written, lang, org_id):
    found = resources.registry.lookup(written, lang)
    assert found is not None and found.org_id == org_id


def test_a_name_that_opens_with_glued_initials_can_start_at_them(resources):
    assert {fold("Л.Н."), fold("Л.Н.Гумилев")} <= resources.registry.first_words


@pytest.mark.parametrize("written, lang, org_id", [
    # development banks, in cases, by their acronyms in three scripts
    ("Всемирного банка", "ru", "world_bank"), ("Дүниежүзілік банктің", "kk", "world_bank"), ("the World Bank", "en", "world_bank"),
    ("Азиатского банка развития", "ru", "adb"), ("Азия даму банкінің", "kk", "adb"), ("ADB", "en", "adb"), ("АБР", "ru", "adb"),
    ("ЕБРР", "ru", "ebrd"), ("Еуропа қайта құру және даму банкінің", "kk", "ebrd"), ("EBRD", "en", "ebrd"),
    ("Евразийского банка развития", "ru", "edb"), ("ЕАБР", "ru", "edb"),
    # the UN's bodies and the international organizations Kazakhstan is a member of
    ("ЮНЕСКО", "ru", "unesco"), ("ЮНЕСКО-ның", "kk", "unesco"), ("UNESCO Almaty Office", "en", "unesco"),
    ("Программы развития ООН", "ru", "undp"), ("БҰҰ Даму бағдарламасының", "kk", "undp"), ("UNDP", "en", "undp"),
    ("Детского фонда ООН", "ru", "unicef_kz"), ("ВОЗ", "ru", "who"),
    ("ОБСЕ", "ru", "osce"), ("ЕҚЫҰ-ның", "kk", "osce"), ("Офиса программ ОБСЕ в Астане", "ru", "osce"),
    ("ОЭСР", "ru", "oecd"), ("ЭЫДҰ", "kk", "oecd"), ("МАГАТЭ", "ru", "iaea"), ("IAEA", "en", "iaea"),
    ("Секретариата СВМДА", "ru", "cica"), ("АӨСШК", "kk", "cica"), ("Исполкома СНГ", "ru", "cis"), ("ТМҰ", "kk", "ots"),
    ("Представительства Европейского Союза в Казахстане", "ru", "eu_delegation_kz"),
    ("Еуропалық Одақтың Қазақстандағы өкілдігінің", "kk", "eu_delegation_kz"), ("EU Delegation to Kazakhstan", "en", "eu_delegation_kz"),
    # foreign states' agencies and programmes
    ("Агентства США по международному развитию", "ru", "usaid"), ("USAID", "en", "usaid"),
    ("Британского Совета", "ru", "british_council"), ("Британ кеңесінің", "kk", "british_council"),
    ("Германской службы академических обменов", "ru", "daad"), ("JICA", "en", "jica"), ("КОЙКА", "ru", "koica"),
    ("Түрік ынтымақтастық және үйлестіру агенттігінің", "kk", "tika"), ("ТИКА", "ru", "tika"),
    ("Национального офиса Erasmus+ в Казахстане", "ru", "erasmus_office_kz"), ("Программы Фулбрайт", "ru", "fulbright_kz"),
])
def test_international_organizations_and_foreign_agencies_lead_to_their_entry(resources, written, lang, org_id):
    found = resources.registry.lookup(written, lang)
    assert found is not None and found.org_id == org_id


@pytest.mark.parametrize("url, region_id", [
    # regions.yaml's news_sites: a regional outlet's page, on the bare domain or a subdomain of it
    ("https://pricom.kz/news/123", "atyrau_region"), ("https://www.pricom.kz/news/123", "atyrau_region"),
    ("https://avestnik.kz/news/123", "aktobe_region"), ("https://www.avestnik.kz/news/123", "aktobe_region"),
    ("https://www.lada.kz/aktau_news/society/123.html", "mangystau_region"),
    ("https://kstnews.kz/news/123", "kostanay_region"), ("https://syrboyi.kz/news/123", "kyzylorda_region"),
    ("https://irstar.kz/2024/05/page/5/", "pavlodar_region"), ("https://priru.kz/?m=20181011", "west_kazakhstan_region"),
    ("https://tv.ekaraganda.kz/news/123", "karaganda_region"), ("https://zhetysutv.kz/?p=123", "jetisu_region"),
    ("https://vestisemey.kz/123/news.html", "abai_region"), ("https://astana-akshamy.kz/news/123", "astana_city"),
])
def test_a_regional_outlets_page_is_of_its_region(resources, url, region_id):
    region = resources.registry.region_of_site(url)
    assert region is not None and region.region_id == region_id


@pytest.mark.parametrize("url", ["https://tengrinews.kz/kazakhstan_news/123", "https://www.inform.kz/ru/news_a123",
                                 "https://kazpravda.kz/n/123/", "https://pricom.kz.example.com/news/1", None])
def test_a_national_outlets_page_is_of_no_region(resources, url):
    assert resources.registry.region_of_site(url) is None


@pytest.mark.parametrize("written", ["Фонд «Самрук-Казына»", "фонда \"Самрук-Казына\""])
def test_the_fund_named_by_its_noun_and_quoted_name_is_the_registered_one(resources, written):
    # "председателем правления фонда «Самрук-Казына»": the registered sovereign wealth fund, not a fund of its own
    assert resources.registry.lookup(written, "ru").org_id == "samruk_kazyna"
