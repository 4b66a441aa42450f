import pytest

from pipeline.language import dominant_script, make_detector
from pipeline.records import Page
from pipeline.segment import split_segments

LINES = [
    ("2023 жылдың 24-25 тамыз аралығында Республикалық тамыз конференциясы шеңберінде панельдік сессия өткізілді.", "kk", "Cyrl"),
    ("Сессия жұмысына ҚР Оқу-ағарту министрлігінің өкілдері қатысты.", "kk", "Cyrl"),
    ("Мектепке дейінгі ұйымдардың басшылары", "kk", "Cyrl"),
    ("Депутат Мажилиса Ирина Смирнова выступила на круглом столе, посвящённом подготовке педагогов.", "ru", "Cyrl"),
    ("Главная / СМИ о нас", "ru", "Cyrl"),
    ("The event was attended by KazNPU Rector Takir Balykbayev.", "en", "Latn"),
    ("Share:", "en", "Latn"),
    ("08.02.2019", "other", ""),
    ("قازاقستان رەسپۋبليكاسىنىڭ بىلىم مينيسترلىگى", "other", "Arab"),  # Kazakh in Arabic script: marked, not mis-tagged
    ("Qazaqstan Respublikasynyń Bilim jáne ǵylym ministrligi jańa erejeler engizdi.", "kk", "Latn"),  # Latin-script Kazakh
    ("Mektepke deiingi uiymdardyn basshylary qatysty.", "kk", "Latn"),
    ("KazNPU rector Takir Balykbaev opened the round table.", "en", "Latn"),
    ("Nursultan Nazarbayev", "en", "Latn"),
    # A short Russian line full of Kazakh names has no letter only Kazakh writes: it is no Kazakh.
    ("Аким Шымкента Женис Касымбек открыл школу.", "ru", "Cyrl"),
]


@pytest.fixture(scope="module")
def lingua(resources):
    return make_detector("lingua", ["kk", "ru", "en"], resources.lexicons)


@pytest.mark.parametrize("line, expected, expected_script", LINES)
def test_lingua_labels_kazakh_russian_english_and_other(lingua, line, expected, expected_script):
    [(lang, confidence, script)] = lingua.detect([line])
    assert (lang, script) == (expected, expected_script)
    assert 0.0 <= confidence <= 1.0


def test_langdetect_stays_selectable_and_has_no_kazakh(resources):
    detector = make_detector("langdetect", ["kk", "ru", "en"], resources.lexicons)
    results = detector.detect([LINES[0][0], LINES[3][0], LINES[5][0]])
    assert [decision.lang for decision in results][1:] == ["ru", "en"]
    assert results[0].lang == "ru"  # without a Kazakh profile it takes Kazakh for Russian: why lingua is the default


def test_unknown_detector_is_a_clear_error(resources):
    with pytest.raises(ValueError, match="unknown language detector 'cld9'"):
        make_detector("cld9", ["kk"], resources.lexicons)


@pytest.mark.parametrize("text, script", [
    ("Мәжіліс депутаты", "Cyrl"), ("Majilis deputy", "Latn"), ("قازاقستان", "Arab"), ("2024", ""),
])
def test_dominant_script(text, script):
    assert dominant_script(text) == script


def test_segments_are_trimmed_non_empty_lines_with_exact_offsets():
    text = "қазақша · русский\n  Главная / СМИ о нас  \n\n\nThe event was attended.\n"
    spans = split_segments(text)
    assert [text[s:e] for s, e in spans] == ["қазақша · русский", "Главная / СМИ о нас", "The event was attended."]


# langid helper: a Cyrillic line with no letter only Kazakh writes is told by its grammar, not its names.
@pytest.mark.parametrize("line, expected", [
    ("Бекжан Нуртаев стал чемпионом Азии.", "ru"),  # 40 characters or fewer: lingua read these as Kazakh
    ("Ерболат Жумабосынов посетил Жанаозен.", "ru"),
    ("Алтынбек Ермекулы ответил депутатам.", "ru"),
    ("Ермек Кошкарбаев посетил Зайсан.", "ru"),
    ("Министр финансов Ерулан Жамаубаев", "ru"),
    ("Он никуда не уехал из Тараза.", "ru"),  # никуда is a Russian word, not a Kazakh -уда verb
    ("ДАУЛЕТ СЕРИКОВ ПОСЕТИЛ ШКОЛУ", "ru"),  # an all-capitals headline
    ("Мария да Силва приехала в Алматы.", "ru"),  # да of a foreign name is no Kazakh particle
    ("Часы на башне Биг-Бен.", "ru"),  # nor is Бен of a name the Kazakh "with"
    ("Бүгін Марат Ахметов мектепке барды.", "kk"),  # a Kazakh letter still decides
    # Longer than 40 characters without a Kazakh letter: Kazakh by its words and suffixes.
    ("Ол теледидар мен радио арасында болады екен.", "kk"),
    ("Олар Астана мен Алматы арасында жол салуда.", "kk"),
    ("Ол спорт пен музыка туралы айтып берген екен.", "kk"),
    ("Форумды университет ректоры Мейрам Бегентаев ашты.", "kk"),  # a news verb that no Russian word is
    ("Жиынды мектеп директоры Айгерим Сапарова жазды.", "kk"),
])
def test_cyrillic_line_is_told_by_its_grammar(lingua, line, expected):
    [decision] = lingua.detect([line])
    assert decision.lang == expected


# langid helper: the Kazakh names of an English line do not make it Turkish; a Turkish line stays other.
@pytest.mark.parametrize("line, expected", [
    ("Aizhan Zhumabayeva won gold in Astana.", "en"),
    ("Dana Nurmagambetova won gold in Aktau.", "en"),
    ("Aliya Baimukhanova won gold in Kyzylorda.", "en"),
    ("Vali Ali Özdemir yeni hastaneyi açtı.", "other"),
    ("Address: 11 Kabanbay Batyr Avenue, Astana", "en"),  # an address line's English words, punctuation around them
    ("Rektor Ayşe Demir öğrencilerle görüştü.", "other"),
])
def test_names_do_not_make_an_english_line_turkish(lingua, line, expected):
    [decision] = lingua.detect([line])
    assert decision.lang == expected


def test_an_undecided_table_row_takes_its_blocks_language(stages):
    # A row of names and numbers decides no language by itself; between English lines it is English, so its
    # names are read (a line in another script keeps "other").
    text = ("The winners of the olympiad were announced on Friday.\nStudent\tMedal\tTeacher\n"
            "Nursultan Abenov (Grade 11)\tGold\tAliya Zhunusova\nThe school congratulated them.\n中文 12")
    [document] = stages.annotate([Page(source="t", text=text)])
    langs = [segment.lang for segment in document.segments]
    assert langs == ["en", "en", "en", "en", "other"]
    assert {"Nursultan Abenov", "Aliya Zhunusova"} <= {m.text for m in document.mentions if m.label == "PERSON"}


# --- pages_ru ---
# A quote in the other Cyrillic language does not decide a line: what is left outside the guillemets does.
@pytest.mark.parametrize("line, expected", [
    ("Министр вручил грамоты «Білім беру ісінің құрметті қызметкері» лучшим учителям области.", "ru"),
    ("Филиал АО «НЦПК «Өрлеу» по Павлодарской области провел семинар для директоров школ.", "ru"),
    ("Ол «Лучший учитель года» байқауының жеңімпазы атанды және облыстық кезеңге өтті.", "kk"),
])
def test_a_quote_in_the_other_language_does_not_decide_a_line(lingua, line, expected):
    [decision] = lingua.detect([line])
    assert decision.lang == expected
