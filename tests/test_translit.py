"""Kazakh in Latin letters: the variant tables, transliteration with offsets, language id and the
whole pipeline on sentences written here, and round trips over KazNERD."""

import re

import pytest

from pipeline.iob import read_iob
from pipeline.language import make_detector
from pipeline.records import Page
from pipeline.translit import alphabets, detect_variant, to_cyrillic, to_latin

from tests.conftest import SHARED

KAZNERD_DEV = SHARED / "data" / "kaznerd" / "dev.iob"

# The same sentence in each variant, and in Cyrillic.
CYRILLIC = "Қарағанды облысының әкімі Ермек Бөлекбаев жаңа мектепті ашты."
WRITTEN = {
    "latn-2018": "Qaraǵandy oblysynyń ákimi Ermek Bólekbaev jańa mektepti ashty.",
    "latn-2021": "Qarağandy oblysynyñ äkımı Ermek Bölekbaev jaña mekteptı aşty.",
    "latn-adyrna": "Qaraǧandy oblysynyŋ äkımı Ermek Bölekbaev jaŋa mekteptı aşty.",
}


@pytest.mark.parametrize("variant, latin", WRITTEN.items())
def test_each_variant_reads_as_the_cyrillic_and_is_detected_by_its_letters(variant, latin):
    assert detect_variant(latin) == variant
    assert to_cyrillic(latin, variant).text == CYRILLIC
    assert to_latin(CYRILLIC, variant) == latin


def test_the_2018_decree_letters():
    # Decree No. 569: І = I i; И and Й = I ı; У = Ý ý; Ұ = U u; Ү = Ú ú; Ш = Sh; Ч = Ch
    assert to_latin("Іле иә ұй үй ту Шу Чай", "latn-2018") == "Ile ıá uı úı tý Shý Chaı"
    assert to_latin("ШЫМКЕНТ", "latn-2018") == "SHYMKENT"


def test_the_2021_letters():
    assert to_latin("Іле иә ұй үй ту шу", "latn-2021") == "Ile iä ūi üi tu şu"
    assert to_latin("Ішкі істер", "latn-2021") == "Işkı ıster"
    assert to_cyrillic("İran", "latn-2021").text == "Иран"


def test_2018_i_dotless_is_both_i_and_short_i_and_context_chooses():
    assert to_latin("и", "latn-2018") == to_latin("й", "latn-2018") == "ı"
    # й after a vowel, и elsewhere
    assert to_cyrillic("boıynsha Bıylǵy deıin tabıǵı", "latn-2018").text == "бойынша Биылғы дейін табиғи"
    # and what that rule cannot know: и after a vowel
    assert to_cyrillic(to_latin("Раиса", "latn-2018"), "latn-2018").text == "Райса"


def test_offsets_map_every_cyrillic_character_to_the_latin_it_came_from():
    latin = "Shymkent qalasynyń ákimi Ǵalym Shaıqov"
    reading = to_cyrillic(latin, "latn-2018")
    assert reading.text == "Шымкент қаласының әкімі Ғалым Шайқов"
    start = reading.text.index("Ғалым")
    assert latin[slice(*reading.source_span(start, len(reading.text)))] == "Ǵalym Shaıqov"
    assert latin[slice(*reading.source_span(0, 1))] == "Sh"  # one letter from a digraph
    assert to_cyrillic("Prosentke ekonomıkalyq", "latn-2018").text == "Процентке экономикалық"  # loanwords
    loan = to_cyrillic("vıse-mınıstr", "latn-2018")
    assert loan.text == "вице-министр"
    assert [loan.source_span(i, i + 1) for i in range(4)] == [(0, 1), (1, 2), (2, 3), (3, 4)]


def test_merges_and_ambiguous_sequences_are_data_of_each_variant():
    for alphabet in alphabets().values():
        assert "ий" in alphabet.merges and alphabet.ambiguous and alphabet.source
        assert alphabet.fold("Айгүл Шәкірт") == alphabet.fold("Аигүл Шәкірт")


@pytest.fixture(scope="module")
def kaznerd_cyrillic_sentences():
    if not KAZNERD_DEV.exists():
        pytest.skip(f"{KAZNERD_DEV} is absent: the KazNERD dev set lives in ../shared/data, outside the repo")
    # Latin words already in a Cyrillic sentence (URLs, English names) are not Kazakh to read back.
    return [" ".join(s.tokens) for s in read_iob(KAZNERD_DEV) if not re.search("[A-Za-z]", " ".join(s.tokens))]


@pytest.mark.parametrize("variant", list(alphabets()))
def test_round_trip_over_kaznerd_is_exact_up_to_the_documented_merges(variant, kaznerd_cyrillic_sentences):
    alphabet = alphabets()[variant]
    ambiguous = re.compile("|".join(alphabet.ambiguous))
    sentences = kaznerd_cyrillic_sentences
    back = {s: to_cyrillic(to_latin(s, variant), variant).text for s in sentences}
    clear = [s for s in sentences if not ambiguous.search(s.lower())]
    assert len(clear) > 0.9 * len(sentences)
    lost = [s for s in clear if alphabet.fold(back[s]) != alphabet.fold(s)]
    assert lost == []
    # and the merges are real losses: exact round trips are fewer than all
    exact = sum(back[s] == s for s in clear)
    assert exact < len(clear)
    # each ambiguous sequence does lose something somewhere in KazNERD
    for pattern in alphabet.ambiguous:
        hit = [s for s in sentences if re.search(pattern, s.lower())]
        assert any(alphabet.fold(back[s]) != alphabet.fold(s) for s in hit)


KAZAKH_LINES = [
    "Almaty oblysynyń ákimi jańa mektepterdiń qurylysy týraly aıtty.",
    "Bilim jáne ǵylym mınıstrligi bıyl 50 mektep salýdy josparlap otyr.",
    "Ustazdar kúni qarsańynda úzdik muǵalimder marapattaldy.",
    "Jiynǧa oblys äkımınıŋ orynbasary men audan äkımderı qatysty.",
    "Bılım basqarmasynyŋ basşysy jaŋa oqu jylyna daiyndyq barysyn aityp berdı.",
    "Senat deputattary zaŋ jobasyn talqylady dep habarlady baspasöz qyzmetı.",
    "Mektep direktorlarynyñ keñesınde oqulyqtar mäselesı qaraldy.",
    "Ūstazdarğa degen qūrmet ärdaiym biık bolu kerek, dedı minıstr.",
]
NOT_KAZAKH_LINES = [
    "The regional governor opened a new school in Almaty on Monday.",
    "Deputy minister visits Kyzylorda schools",
    "Valiler toplantısında eğitim sorunları ve yeni okullar ele alındı.",
    "Bakan yardımcısı konferansta öğretmenlere teşekkür etti.",
    "Viloyat hokimi yangi maktab qurilishi boʻyicha topshiriq berdi.",
    "Vazir oʻrinbosari va senatorlar anjumanda ishtirok etishdi.",
]


@pytest.fixture(scope="module")
def lingua(resources):
    return make_detector("lingua", ["kk", "ru", "en"], resources.lexicons)


def test_latin_kazakh_lines_are_kazakh_in_latin_script(lingua):
    for line, decision in zip(KAZAKH_LINES, lingua.detect(KAZAKH_LINES)):
        assert (decision.lang, decision.script) == ("kk", "Latn"), line


def test_english_turkish_and_uzbek_lines_are_not_kazakh(lingua):
    for line, decision in zip(NOT_KAZAKH_LINES, lingua.detect(NOT_KAZAKH_LINES)):
        assert decision.lang != "kk", line


def test_without_kazakh_configured_latin_kazakh_is_not_tagged_kk(resources):
    [decision] = make_detector("lingua", ["ru", "en"], resources.lexicons).detect([KAZAKH_LINES[0]])
    assert decision.lang != "kk"


def test_an_akim_in_latin_kazakh_end_to_end(stages):
    latin = "Habarlandyrý. " + WRITTEN["latn-2018"]
    [document, cyrillic] = stages.annotate([Page(source="t", text=latin), Page(source="c", text=CYRILLIC)])
    assert [(s.lang, s.script) for s in document.segments] == [("kk", "Latn")]
    [person] = [m for m in document.mentions if m.label == "PERSON"]
    assert person.text == "Ermek Bólekbaev" == latin[person.start:person.end]
    assert all(latin[m.start:m.end] == m.text for m in document.mentions)
    [fact] = document.roles
    assert (fact.person.display, fact.role, fact.title) == ("Ermek Bólekbaev", "akim", "ákimi")
    assert fact.org.org_id == "karaganda_akimat"  # the region's akimat (data/regions.yaml)
    assert latin[fact.evidence_start:fact.evidence_end] == WRITTEN["latn-2018"]
    # the same person, and the same keys, as the Cyrillic spelling
    [cyrillic_fact] = cyrillic.roles
    assert fact.person.key == cyrillic_fact.person.key and fact.person.link_key == cyrillic_fact.person.link_key
    assert fact.org.org_id == cyrillic_fact.org.org_id


def test_case_endings_come_off_latin_names(stages):
    text = "Oqý-aǵartý vıse-mınıstri Saıat Nazarbaevtyń aıtýynsha, bıyl 200 mektep salynady."
    [document] = stages.annotate([Page(source="t", text=text)])
    [person] = [m for m in document.mentions if m.label == "PERSON"]
    assert (person.text, person.normalized) == ("Saıat Nazarbaevtyń", "Saıat Nazarbaev")
    [fact] = document.roles
    assert fact.role == "vice_minister" and fact.person.key == "nazarbaev s"


def test_a_page_of_cyrillic_and_latin_lines_keeps_each_in_its_own_letters(stages):
    text = "Алматы облысының әкімі Марат Сұлтанов мектеп ашты.\n" + WRITTEN["latn-2021"]
    [document] = stages.annotate([Page(source="t", text=text)])
    assert [(s.lang, s.script) for s in document.segments] == [("kk", "Cyrl"), ("kk", "Latn")]
    assert all(text[m.start:m.end] == m.text for m in document.mentions)
    assert {(f.person.display, f.role, f.title) for f in document.roles} == {
        ("Марат Сұлтанов", "akim", "әкімі"), ("Ermek Bölekbaev", "akim", "äkımı")}
    assert {text[f.evidence_start:f.evidence_end] for f in document.roles} == set(text.split("\n"))


def test_the_2021_letters_typed_without_the_dotless_i():
    # i for І and И: the word's vowels choose І; a page that writes ı anywhere is in the 2021 table itself.
    typed = "Bilim basqarmasynyñ basşysy jaña kolledjdi aşty, dedi Irina Mihailovna."
    assert detect_variant(typed) == "latn-2021-typed"
    assert to_cyrillic(typed, "latn-2021-typed").text == "Білім басқармасының басшысы жаңа колледжді ашты, деді Ирина Михайловна."
    assert detect_variant("Jaña oqu jyly bastaldy, dedi ol.", page="Bılım basqarmasy") == "latn-2021"
    assert to_latin("Білім мен тарих", "latn-2021-typed") == "Bilim men tarih"


# abai.kz's Latin edition: its converter keeps the Cyrillic ә among Latin letters and writes ú for Ұ, ý for Ү, u for У
# (the 2018 decree's Ү and У the other way round), iy for И, y for Й and Ы, gh, q, j, sh, ng.
ABAI_LINE = "Qaraghandy oblysynyng әkimi Ermek Bólekbaev janga mektepti ashty."


def test_the_abai_kz_letters_read_as_the_cyrillic_and_are_told_from_the_2018_ones():
    assert detect_variant(ABAI_LINE) == "latn-abai"
    assert to_cyrillic(ABAI_LINE, "latn-abai").text == CYRILLIC
    assert to_latin(CYRILLIC, "latn-abai") == ABAI_LINE
    # ú, ý and u are Ұ, Ү and У; iy is И; y is Ы, and Й after a vowel (not after у: "auyl"); i after a vowel is Й too
    line = "Núrbol Kýzenbaev auyl túrghyndarymen kezdesip, iygilikti jobalar tiyisti merzimde aitty dep habarlaydy."
    assert to_cyrillic(line, "latn-abai").text \
        == "Нұрбол Күзенбаев ауыл тұрғындарымен кездесіп, игілікті жобалар тиісті мерзімде айтты деп хабарлайды."
    # a line without ә on a page whose other Latin lines keep it is abai's too, not the 2018 decree's
    assert detect_variant("Jeksenbi, 12 Qyrkýiek", ABAI_LINE) == "latn-abai"
    assert detect_variant("Jeksenbi, 12 Qyrkýiek") == "latn-2018"


def test_an_akim_in_abai_kz_latin_end_to_end(stages):
    latin = "Habarlandyru. " + ABAI_LINE
    [document] = stages.annotate([Page(source="t", text=latin)])
    assert [(s.lang, s.script) for s in document.segments] == [("kk", "Latn")]
    assert all(latin[m.start:m.end] == m.text for m in document.mentions)
    [fact] = document.roles
    assert (fact.person.display, fact.role, fact.title) == ("Ermek Bólekbaev", "akim", "әkimi")
    assert fact.org.org_id == "karaganda_akimat"


def test_abai_kz_latin_with_its_capital_of_the_cyrillic_ae_is_still_abai(stages):
    # the site writes Á at a sentence's start for its ә, and i for the и of a loan's title word (ministri)
    line = "Ádebiyet kesheni QR Mәdeniyet jәne sport ministri Serik Omarov ashty."
    assert detect_variant(line) == "latn-abai"
    assert detect_variant("Jeksenbi, 12 Qyrkýiek", line) == "latn-abai"
    reading = to_cyrillic(line, "latn-abai").text
    assert reading.startswith("Әдебиет") and "министрі" in reading
