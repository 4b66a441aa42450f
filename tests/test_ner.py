"""Each NER backend on real news sentences, through the loaded pipeline stages."""

import importlib.util
import subprocess
import sys

import pytest

from pipeline.ner import BackendSpec, MissingModel, load_backend
from pipeline.ner.spacy_models import _runs_on_torch
from pipeline.records import Page
from tests.conftest import REPO


def entities(stages, lang, text):
    [found] = stages.annotator.stage("ner").backends[lang].tag([text])
    return {(text[e.start:e.end], e.label) for e in found}


def persons_in(stages, text):
    """The PERSON mentions' texts of a page, in order."""
    [document] = stages.annotate([Page(source="t", text=text)])
    return [m.text for m in document.mentions if m.label == "PERSON"]


def test_english_given_name_inside_a_longer_organization_stays_organization(stages):
    text = "Students of Abai Kazakh National Pedagogical University won the olympiad in Almaty."
    found = entities(stages, "en", text)
    assert not any(label == "PERSON" for _, label in found), found
    assert any(label == "ORG" and "Kazakh National Pedagogical University" in span for span, label in found), found


def test_english_finds_a_kazakh_name_the_model_misses_by_its_known_given_name(stages):
    # "Sayasat" and "Beibut" come from the hand-written list of common Kazakh given names.
    text = "Minister of Science and Higher Education Sayasat Nurbek met Beibut Amanov in Astana."
    found = entities(stages, "en", text)
    assert ("Sayasat Nurbek", "PERSON") in found and ("Beibut Amanov", "PERSON") in found, found


def test_english_person_written_surname_first_stays_whole_around_a_known_given_name(stages):
    text = "Among the winners there is Samatov Abylai Maratovich, a teacher of chemistry at Lyceum No.1."
    found = entities(stages, "en", text)
    assert ("Samatov Abylai Maratovich", "PERSON") in found, found


def test_english_degree_the_model_takes_into_a_person_is_left_out_by_the_known_given_name(stages):
    text = "The lecture was given by PhD Rosa Bekmagambetova, head of the department."
    found = entities(stages, "en", text)
    assert ("Rosa Bekmagambetova", "PERSON") in found, found


def test_what_a_known_name_leaves_of_the_models_span_is_no_entity_when_it_is_a_function_word(stages):
    # The model reads 'the "Ybyrai Altynsarin' as one organization; the known given name takes the name out of it, and
    # "the" alone names nothing.
    text = 'The teacher received the "Ybyrai Altynsarin" medal last year.'
    found = entities(stages, "en", text)
    assert not [span for span, label in found if span.lower() == "the"], found


def test_russian_natasha_finds_person_organization_and_location(stages):
    text = "Депутат Мажилиса Ирина Смирнова выступила в Казахском национальном педагогическом университете имени Абая в Алматы."
    found = entities(stages, "ru", text)
    assert ("Ирина Смирнова", "PERSON") in found
    assert ("Алматы", "LOC") in found
    assert any(label == "ORG" and "университет" in span for span, label in found)


def test_mentions_carry_backend_version_and_offsets_into_the_page(stages):
    page = Page(source="t", text="Главная / СМИ о нас\nThe event was attended by Irina Smirnova in Almaty.")
    [document] = stages.annotate([page])
    assert [s.lang for s in document.segments] == ["ru", "en"]
    person = next(m for m in document.mentions if m.label == "PERSON")
    assert page.text[person.start:person.end] == person.text == "Irina Smirnova"
    assert person.backend == "spacy" and person.backend_version.startswith("en_core_web_sm")


def test_missing_model_says_how_to_install_it():
    with pytest.raises(MissingModel, match="pip install"):
        load_backend(BackendSpec(lang="en", backend="spacy", model="en_core_web_xl"))
    with pytest.raises(MissingModel, match="python -m pipeline train kk"):
        load_backend(BackendSpec(lang="kk", backend="spacy", model="models/kk/missing"))


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="PyTorch (the stanza extra) is not installed")
def test_configured_models_load_and_tag_without_pytorch_which_stays_importable():
    # A fresh process: this one may have imported PyTorch already.
    script = (
        "import sys\n"
        "from pipeline.config import load_settings\n"
        "from pipeline.ner import load_backends\n"
        "from pipeline.resources import Resources\n"
        "backends = load_backends(load_settings().ner.values(), Resources().gazetteers)\n"
        "print(backends['en'].tag(['Takir Balykbayev is the rector of KazNPU.'])[0][0].label)\n"
        "print('torch' in sys.modules)\n"
        "import torch\n"
        "print(torch.tensor([1, 2]).sum().item())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO)
    assert done.stdout.split() == ["PERSON", "False", "3"]


def test_a_pipeline_that_names_a_transformer_keeps_pytorch(tmp_path):
    (tmp_path / "config.cfg").write_text('[components.transformer]\nfactory = "transformer"\n', encoding="utf-8")
    assert _runs_on_torch(str(tmp_path))
    assert not _runs_on_torch("models/kk/model")


@pytest.mark.parametrize("text, names", [
    ("Семинарды Г.Т.Балақаева мен Д. Е. Сейітқалиева жүргізді.", ["Г.Т.Балақаева", "Д. Е. Сейітқалиева"]),
    ("С докладом выступили А.К. Жумабекова и профессор Мусабаев Т.Е.", ["А.К. Жумабекова", "Мусабаев Т.Е."]),
    ("The report was presented by M.B. Suleimenov and Zh.K. Ospanova.", ["M.B. Suleimenov", "Zh.K. Ospanova"]),
])
def test_names_written_with_initials_are_persons(stages, text, names):
    [document] = stages.annotate([Page(source="t", text=text)])
    persons = [m.text for m in document.mentions if m.label == "PERSON"]
    assert persons == names


def test_an_initials_name_before_named_after_is_part_of_the_institution(stages):
    [document] = stages.annotate([Page(source="t", text="Ол Қ.И. Сәтбаев атындағы университетте оқиды.")])
    assert not [m for m in document.mentions if m.label == "PERSON" and "Сәтбаев" in m.text]


def test_a_lone_word_taken_for_a_person_is_kept_as_misc(stages):
    [document] = stages.annotate([Page(source="t", text="Kazakhstanis welcomed the new rules, said Ainur Bekova.")])
    labels = {m.text: m.label for m in document.mentions}
    assert labels.get("Ainur Bekova") == "PERSON"
    assert labels.get("Kazakhstanis") in (None, "MISC", "NORP")


@pytest.mark.parametrize("text, word", [
    # A foreign surname in another case than the full name, which the dictionary does not know.
    ("Журналист поговорил с другом Деклана Мортла. Позже он извинился перед Мортлом.", "Мортлом"),
    ("Гостем форума стал Нильс Мандорла. Выступление Мандорлы длилось час.", "Мандорлы"),
])
def test_a_surname_in_another_case_than_the_full_name_is_the_person(stages, text, word):
    [document] = stages.annotate([Page(source="t", text=text)])
    assert {m.text: m.label for m in document.mentions}.get(word) == "PERSON"


def test_a_foreign_name_alone_the_model_reads_twice_as_a_person_is_the_person(stages):
    text = "Вчера Бенедетто открыл выставку в Москве. Журналисты спросили Бенедетто о планах."
    [document] = stages.annotate([Page(source="t", text=text)])
    assert [m.label for m in document.mentions if m.text == "Бенедетто"] == ["PERSON", "PERSON"]


def test_a_foreign_given_name_the_dictionary_does_not_know_opens_a_sentence_with_the_surname(stages):
    [document] = stages.annotate([Page(source="t", text="Ратко Милич вернулся в Белград.")])
    assert [m.text for m in document.mentions if m.label == "PERSON"] == ["Ратко Милич"]


def test_a_surname_alone_the_model_took_for_a_place_after_the_full_name_is_the_person(stages):
    text = "Политик Томаш Кршечек окончил школу. После университета Кршечек поступил на работу в Белый дом."
    [document] = stages.annotate([Page(source="t", text=text)])
    assert [m.label for m in document.mentions if m.text == "Кршечек"] == ["PERSON"]


@pytest.mark.parametrize("text, place", [
    ("SEMEY (Kazinform) – Minister of Culture Daulet Omarov opened the museum.", "SEMEY"),
    ("TARAZ, Nov 12 (Kazinform) Minister Serik Temirbayev told the farmers that the new law would help them.", "TARAZ"),
    ("ASTANA. KAZINFORM – Senator Gulnar Abenova visited the school.", None),
    ("INTERVIEW: Rector Nurlan Sadykov on the new campus.", None),
    ("PHOTO: Akim Bolat Zhanuzakov cuts the ribbon.", None),
])
def test_a_dateline_or_a_label_in_capitals_is_no_official_s_entity(stages, text, place):
    """The opening names the place (a GPE where the model labels it) and the agency that wrote the
    report, or labels the paragraph: no organization or person, and no title's institution."""
    [document] = stages.annotate([Page(source="t", text=text)])
    opening = text[:text.index(next(m.text for m in document.mentions if m.label == "POSITION"))]
    assert not [m for m in document.mentions if m.end <= len(opening) and m.label != "GPE"], document.mentions
    assert {m.text for m in document.mentions if m.label == "GPE"} <= {place}
    assert all(fact.org is None or fact.org.org_id != "kazinform" for fact in document.roles)


@pytest.mark.parametrize("text, persons, places", [
    # A surname before a place or a noun the surname possesses, in a case: the name ends at the surname.
    ("Премьер-министр Олжас Бектенов келді. Бектенов Павлодарда болды.", ["Олжас Бектенов", "Бектенов"], ["Павлодарда"]),
    ("Мемлекет басшысы Қасым-Жомарт Тоқаев Жолдауында экономиканы атап өтті. Тоқаев Жолдауында жаңа міндеттер қойды.",
     ["Қасым-Жомарт Тоқаев", "Тоқаев"], []),
    # A given name written after the surname stays the name's; a given name the model read as a place
    # joins the surname after it.
    ("Жұмабаева Ақерке мектеп директоры болды.", ["Жұмабаева Ақерке"], []),
    ("Жүлдені Сағымбаева Жаңылсын алды.", ["Сағымбаева Жаңылсын"], []),
    ("Кеше Алпамыс Бекмұратов Астанаға келді.", ["Алпамыс Бекмұратов"], ["Астанаға"]),
])
def test_a_kazakh_persons_span_ends_at_the_surname_before_a_place_or_a_noun_it_possesses(stages, text, persons, places):
    [document] = stages.annotate([Page(source="t", text=text)])
    assert [m.text for m in document.mentions if m.label == "PERSON"] == persons
    assert [m.text for m in document.mentions if m.label == "GPE"] == places


def test_a_kazakh_surname_before_another_persons_title_is_a_person_not_a_place(stages):
    text = "Тоқаев Мемлекеттік хатшы Ерлан Қариннің баяндамасын тыңдады."
    [document] = stages.annotate([Page(source="t", text=text)])
    assert [(m.text, m.label) for m in document.mentions if m.label in ("PERSON", "GPE")] == [
        ("Тоқаев", "PERSON"), ("Ерлан Қариннің", "PERSON")]


@pytest.mark.parametrize("text, given_name", [
    ("Әнші Қайрат Нұртас концерт берді. Қайрат жаңа ән орындады.", "Қайрат"),
    ("Ақын Алпамыс Бекмұратов кітап шығарды. Алпамыс оқырмандармен кездесті.", "Алпамыс"),
    ("Дәрігер Ерлан Жақыпов науқасты қабылдады. Ерланның айтуынша, ем сәтті өтті.", "Ерланның"),
])
def test_a_kazakh_given_name_alone_the_model_read_as_a_place_is_the_person_named_in_full(stages, text, given_name):
    [document] = stages.annotate([Page(source="t", text=text)])
    assert [m.text for m in document.mentions if m.label == "PERSON"][1:] == [given_name]
    assert not [m for m in document.mentions if m.label in ("GPE", "LOC")]


@pytest.mark.parametrize("text, surname", [
    ("Премьер-министр Олжас Бектенов үкімет отырысын өткізді.\n\nБектенов министрлерге тапсырма берді.", "Бектенов"),
    ("Мемлекет басшысы Қасым-Жомарт Тоқаев сөз сөйледі.\n\nТоқаевқа шетел басшылары құттықтау жолдады.", "Тоқаевқа"),
])
def test_a_kazakh_surname_alone_in_another_paragraph_than_the_full_name_is_the_person(stages, text, surname):
    assert persons_in(stages, text)[1:] == [surname]


@pytest.mark.parametrize("text", [
    "Тілші Ұлан Жақсыбаев хабарлайды.\n\nҰлан ауданында жаңа мектеп ашылды.\n\nЖақсыбаев ауылында су құбыры тартылды.",
    "Тілші Ұлан Жақсыбаев хабарлайды. Ұлан ауданында жаңа мектеп ашылды. Жақсыбаев ауылында су құбыры тартылды.",
    "Тілші Ұлан Жақсыбаев хабарлайды.\n\nҰлан ауданында жаңа мектеп ашылды. Жақсыбаев ауылында су құбыры тартылды.",
])
def test_a_place_named_like_a_person_the_page_names_in_full_stays_a_place(stages, text):
    assert persons_in(stages, text) == ["Ұлан Жақсыбаев"]


def test_an_institution_s_acronym_opening_a_paragraph_is_no_dateline(stages):
    text = "KIMEP – The university named Aigul Sarsenova its new provost this week, the press service said."
    [document] = stages.annotate([Page(source="t", text=text)])
    assert ("KIMEP", "ORG") in {(m.text, m.label) for m in document.mentions}


def test_a_kazakh_surname_alone_before_a_place_noun_the_person_goes_to_is_the_person(stages):
    text = "Премьер-министр Олжас Бектенов үкімет отырысын өткізді.\n\nКеше Бектенов ауылға барды."
    assert persons_in(stages, text) == ["Олжас Бектенов", "Бектенов"]


@pytest.mark.parametrize("text, persons", [
    # A sentence's first word, a Kazakh noun in a case with no Kazakh letter, is no part of the name.
    ("Премьер-министр Олжас Бектенов үкімет отырысын өткізді. Отырыста Бектенов министрлерге тапсырма берді.",
     ["Олжас Бектенов", "Бектенов"]),
    ("Премьер-министр Олжас Бектенов Алматыға барды. Сапарда Бектенов кәсіпорындарды аралады.", ["Олжас Бектенов", "Бектенов"]),
    # A Russian given name in the genitive is no Kazakh case form.
    ("Вчера наградили Асхата Бектенова. Қазақстан гордится. Асхата Бектенова поздравил министр.",
     ["Асхата Бектенова", "Асхата Бектенова"]),
])
def test_a_kazakh_noun_in_a_case_opening_a_sentence_is_no_part_of_the_name(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text", [
    # A given name before the possessed head of a compound name in a case is the name of a place, no person.
    "Үкімет делегациясы Сауд Арабиясына барды.",
    "Кеше Сауд Арабиясында жаңа зауыт ашылды.",
    "Қазақстан Иран Ислам Республикасымен келісімге қол қойды.",
])
def test_a_given_name_before_a_kazakh_compounds_possessed_head_is_no_person(stages, text):
    assert not persons_in(stages, text)


@pytest.mark.parametrize("text, persons", [
    # A Kazakh given name that spells a Russian word opens a name with a Kazakh letter all the same.
    ("Мерей Қалиасқар жаңалықтар бағдарламасын жүргізді.", ["Мерей Қалиасқар"]),
    ("Мерей Әбілдин , Қанат Жамшитов , « Кешкі жаңалықтар » .", ["Мерей Әбілдин", "Қанат Жамшитов"]),
])
def test_a_kazakh_given_name_that_spells_a_russian_word_stays_the_names(stages, text, persons):
    assert persons_in(stages, text) == persons


def test_a_kazakh_word_before_a_noun_that_only_begins_like_a_word_of_address_is_no_person(stages):
    # апаты: апат (an accident) in the possessive; апа (aunt) takes no ending that opens with т after its vowel
    [document] = stages.annotate([Page(source="t", text="Сарапшылар Ақжол апаты туралы айтты.")])
    assert not [m.text for m in document.mentions if m.label == "PERSON"]


@pytest.mark.parametrize("text, persons", [
    # A sentence's first word in the accusative, before a given name and a surname, is the object.
    ("Марапатты Айгүл Бековаға табыстады.", ["Айгүл Бековаға"]),
    # A given name that ends like an accusative (Ақтоты) before a surname alone stays the name's.
    ("Ақтоты Райымқұлова консерваторияны бітірді.", ["Ақтоты Райымқұлова"]),
])
def test_a_kazakh_noun_in_the_accusative_opening_a_sentence_is_no_part_of_the_name(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text, persons", [
    # An adverb or a conjunction that opens the sentence, though it ends like a surname in a case (Бұрын, earlier).
    ("Ержан Жаманқұлов министр болып тағайындалды. Бұрын Жаманқұлов бұл жобаны қолдаған еді.",
     ["Ержан Жаманқұлов", "Жаманқұлов"]),
    ("Дәурен Әсемқұлов келді. Сондай-ақ Әсемқұлов жиынға қатысты.", ["Дәурен Әсемқұлов", "Әсемқұлов"]),
])
def test_a_kazakh_adverb_opening_a_sentence_is_no_part_of_the_name(stages, text, persons):
    assert persons_in(stages, text) == persons


# --- helper enner: English persons (round 9) ---

@pytest.mark.parametrize("text, persons", [
    # An honorific, with or without its period, opens no name.
    ("In the final match of the tournament, Ms Zhansaya Abdumalik won the game against her rival.", ["Zhansaya Abdumalik"]),
    ("The guests were welcomed at the door by Mrs Gulmira Qanay and her husband.", ["Gulmira Qanay"]),
    ("Dr Toni Smith and Dr. Aigerim Tazhi spoke at the opening of the conference in the capital.", ["Toni Smith", "Aigerim Tazhi"]),
])
def test_an_english_honorific_is_no_part_of_the_name(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text, person", [
    # A lone word with an ending only Kazakh and Russian surnames have, read as an organization or a place.
    ("The report on the reform was presented by Sagadiyev, Tazhi and Madiyev on Tuesday.", "Sagadiyev"),
    ("The agreement was signed on behalf of the city by Nurlankyzy and by the director of the park.", "Nurlankyzy"),
    ("The committee heard Kassymov and Zhaksybekova before the vote on the budget of the region.", "Zhaksybekova"),
])
def test_a_lone_latin_word_with_a_surnames_ending_is_a_person(stages, text, person):
    assert person in persons_in(stages, text)


@pytest.mark.parametrize("text", [
    "The delegation flew from Moldova to Geneva for the talks on trade with the neighbours.",
])
def test_a_place_that_ends_like_a_surname_stays_a_place(stages, text):
    assert persons_in(stages, text) == []


@pytest.mark.parametrize("text, persons", [
    # After a form of "be", the name after "named after" is the person something is named after.
    ("The new park in the city centre was named after Aigerim Tazhi, a poet born in the region.", ["Aigerim Tazhi"]),
    ("The sports ground is named after Bobby Morris, a coach who worked in the town for years.", ["Bobby Morris"]),
])
def test_a_name_after_was_named_after_is_a_person(stages, text, persons):
    assert persons_in(stages, text) == persons


def test_a_name_after_an_institutions_named_after_is_the_institutions(stages):
    text = "Students of the Kazakh National University named after Al-Farabi won the olympiad."
    assert persons_in(stages, text) == []


@pytest.mark.parametrize("text, persons", [
    # A title's word right after a given name, with nothing of a title after it, is the surname.
    ("The song was remixed by the duo of Ben Wolff and Andy Dean, two record producers from London.", ["Ben Wolff", "Andy Dean"]),
    ("In the final he was narrowly defeated by Damian King and finished second in the tournament.", ["Damian King"]),
    # A bishop is a title before a name.
    ("The new church was opened by Bishop Aigerim Tazhi in the presence of the guests from abroad.", ["Aigerim Tazhi"]),
])
def test_a_title_word_after_a_given_name_is_the_surname(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text, persons", [
    # The surname alone after a full name with a middle initial is the person, whatever the model read it as.
    ("The night operator George F. Hauser gave the wrong signal to the driver. Before Hauser could explain the "
     "mistake, the train had left. Pending an inquiry, Hauser was suspended by the railway company.",
     ["George F. Hauser", "Hauser", "Hauser"]),
    ("The analyst Aigerim K. Tazhi wrote the report on the reform. According to Tazhi, the reform will take years, "
     "and Tazhi expects support from the ministry.", ["Aigerim K. Tazhi", "Tazhi", "Tazhi"]),
])
def test_a_surname_alone_after_a_full_name_with_a_middle_initial_is_the_person(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text, persons", [
    # A name right after an honorific is a person's, whatever the model read it as or if it left it out.
    ("One major finding of Dr Harthoorn's team was that each species needs its own dose of the drug.", ["Harthoorn"]),
    ("The guests of Mr Kassymov were welcomed at the airport by the staff of the new hotel.", ["Kassymov"]),
    ("The new school was opened by Mrs Aigerim Tazhi and Mr. Yerlan Sagadiyev on Monday in the capital.",
     ["Aigerim Tazhi", "Yerlan Sagadiyev"]),
])
def test_a_name_after_an_english_honorific_is_a_person(stages, text, persons):
    assert persons_in(stages, text) == persons


def test_an_english_possessive_written_apart_leaves_the_name_whole(stages):
    # A tokenized text writes the possessive apart; the name ends before its space.
    [document] = stages.annotate([Page(source="t", text="The next morning , Aigerim Tazhi 's car was found near the old bridge in the town .")])
    assert [m.text for m in document.mentions if m.label == "PERSON"] == ["Aigerim Tazhi"]


@pytest.mark.parametrize("text, persons", [
    # A common English given name alone that the model reads as a person stays one.
    ("Later that evening Stan calls his old friend and tells him that the plan has failed.", ["Stan"]),
    ("When the meeting ended, Hayley thanked the volunteers and went home.", ["Hayley"]),
    # and one the model reads as an organization is a person too
    ("Everyone agreed that Toby was the better player of the two brothers in the club.", ["Toby"]),
])
def test_a_common_english_given_name_alone_is_a_person(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text, persons", [
    # One Latin word with a surname's ending right after a capitalized title is its holder's surname.
    ("The decision was announced on Monday by Minister Nurbek after the meeting with the rectors of the universities.",
     ["Nurbek"]),
    ("The students were greeted by Rector Tuimebayev at the opening of the new building of the faculty.",
     ["Tuimebayev"]),
    # not a word that a capitalized word or "of" follows, nor a place's noun
    ("She works as a Specialist Group of the national agency for the protection of the environment.", []),
    ("He was elected to the council of the King County in the north of the state in the spring.", []),
])
def test_one_word_after_a_capitalized_english_title_is_the_holders_surname(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text, persons", [
    # A word alone that no dictionary knows as a name is a person as an item of a list of persons.
    ("The report on the reform was presented by Sagadiyev, Tazhi and Madiyev on Tuesday.", ["Sagadiyev", "Tazhi", "Madiyev"]),
    ("The prize went to the teachers Bekova, Tazhi and Qanay from the village school near the lake.", ["Bekova", "Tazhi", "Qanay"]),
])
def test_a_lone_word_listed_with_persons_is_a_person(stages, text, persons):
    assert persons_in(stages, text) == persons


def test_a_person_in_neither_latin_nor_cyrillic_letters_is_no_person(stages):
    # A Greek name in brackets after its English form: no name the pipeline reads.
    text = "The two lines belong to the company Attiko Metro ( Αττικό Μετρό Α.Ε. in Greek ), which the state owns."
    assert not [person for person in persons_in(stages, text) if "Μετρό" in person]


@pytest.mark.parametrize("text, persons", [
    # "son of"/"daughter of" written apart in lower case after the father's name ends the name.
    ("The Kyrgyz poet Ulan Kurmanbek uulu and the Uzbek writer Dilshod Rakhimov read their poems at the festival.",
     ["Ulan Kurmanbek uulu", "Dilshod Rakhimov"]),
    ("The award for young scientists went to Aigerim Serik kyzy from the institute of chemistry in Almaty.",
     ["Aigerim Serik kyzy"]),
])
def test_a_latin_patronymic_written_apart_ends_the_name(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text, persons", [
    # A word that opens places' names and no person's makes a two-word "person" the place.
    ("In the spring the regiment was ordered to the North Carolina border to support the army of William Sherman.",
     ["William Sherman"]),
])
def test_a_person_opening_with_a_place_names_word_is_the_place(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text, persons", [
    # After a capitalized indefinite article a capitalized phrase is a title; after a ship's prefix, a ship.
    ("Their second album, A Beautiful Lie, was released in the autumn and sold well in Europe.", []),
    ("The crew of the USS Abraham Lincoln took part in the exercise near the coast with Aigerim Tazhi on board.",
     ["Aigerim Tazhi"]),
])
def test_a_name_after_a_capitalized_article_or_a_ships_prefix_is_no_person(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text, persons", [
    # A name in capitals alone, with a known given name first or last, is a person's.
    ("Photo by AIGERIM TAZHI. The students of the university met the rector on Monday in the main hall.", ["AIGERIM TAZHI"]),
    ("The speech of YERLAN SAGADIYEV at the forum was broadcast by two channels on Monday.", ["YERLAN SAGADIYEV"]),
    # not a menu of words in capitals, nor a headline written in capitals
    ("HOME NEWS EVENTS CONTACTS. The rector of the university met the students of the faculty of history on Monday.", []),
    ("ALMATY RECTOR AIGERIM TAZHI MET THE STUDENTS. The meeting was held in the main hall of the university.", []),
])
def test_a_name_in_capitals_is_a_person(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text, persons", [
    # Kazakh and Central Asian names in Latin script in English sentences are found whole.
    ("The report on the reform was presented by Yerlan Sagadiyev, Aigerim Tazhi and Zhaslan Madiyev on Tuesday.",
     ["Yerlan Sagadiyev", "Aigerim Tazhi", "Zhaslan Madiyev"]),
    ("The jury included Zhaslan Madiyev, who later thanked Gulmira Qanay for the invitation to the festival.",
     ["Zhaslan Madiyev", "Gulmira Qanay"]),
    ("The paper was written by Temirlan Yerzhanuly and Dinara Serikkyzy of the Institute of History.",
     ["Temirlan Yerzhanuly", "Dinara Serikkyzy"]),
    ("The delegation of KazNU Aigerim Tazhi and Yerlan Sagadiyev visited the partner university in Seoul last week.",
     ["Aigerim Tazhi", "Yerlan Sagadiyev"]),
    ("The teachers of the school, Saule Zhumabayeva and Bakhytgul Sultanbekova, received the awards from the akim.",
     ["Saule Zhumabayeva", "Bakhytgul Sultanbekova"]),
    ("At the meeting in the capital, Akylbek Japarov met Sadyr Zhaparov to discuss the new budget of the city.",
     ["Akylbek Japarov", "Sadyr Zhaparov"]),
])
def test_central_asian_names_in_english_are_found_whole(stages, text, persons):
    assert persons_in(stages, text) == persons


def test_a_word_alone_that_was_founded_is_an_organization_on_the_whole_page(stages):
    # A firm named after its founders' family: their full names stay persons, the firm's name alone does not.
    text = ("Kassymov was founded in 1995 by the brothers Marat Kassymov and Yerlan Kassymov in Almaty. "
            "In 2010 Kassymov opened its first shop abroad, and Kassymov now sells furniture in ten countries.")
    assert persons_in(stages, text) == ["Marat Kassymov", "Yerlan Kassymov"]


# kkner: Kazakh persons' recall and precision (round 9).
def places_in(stages, text):
    """The GPE mentions' texts of a page, in order."""
    [document] = stages.annotate([Page(source="t", text=text)])
    return [m.text for m in document.mentions if m.label == "GPE"]


@pytest.mark.parametrize("text, persons, places", [
    # A city of the registry, a foreign city of the lexicon (also one that ends like a surname: Берлин,
    # Женева), in any case, right after a name the model ran into it.
    ("Премьер-министр Смайылов Атырауда болды.", ["Смайылов"], ["Атырауда"]),
    ("Президент Тоқаев Мәскеуге ресми сапармен барды.", ["Тоқаев"], ["Мәскеуге"]),
    ("Сергей Лавров Пекинге келіссөзге барды.", ["Сергей Лавров"], ["Пекинге"]),
    ("Бас хатшы Антониу Гутерриш Женевада сөйледі.", ["Антониу Гутерриш"], ["Женевада"]),
    # Any other capitalized word in the locative: no name takes it.
    ("Жазушы Серік Ахметов Анталияда демалып жүр.", ["Серік Ахметов"], ["Анталияда"]),
    # A surname in a case stays the name's.
    ("Аудан әкімі Серік Асановқа жаңа тапсырма берілді.", ["Серік Асановқа"], []),
    ("Біз Қайрат Нұртастан хат алдық.", ["Қайрат Нұртастан"], []),
])
def test_a_place_in_a_kazakh_case_after_a_name_is_no_part_of_it(stages, text, persons, places):
    assert (persons_in(stages, text), places_in(stages, text)) == (persons, places)


@pytest.mark.parametrize("text, person", [
    # A given name that ends like a locative, after a surname written first or before a patronymic.
    ("Балабақша меңгерушісі Мамбетова Нұрзада Үсенқызы баяндама жасады.", "Мамбетова Нұрзада Үсенқызы"),
    ("Мектеп директоры Нұрзада Ахметова марапатталды.", "Нұрзада Ахметова"),
])
def test_a_kazakh_given_name_that_ends_like_a_locative_stays_the_names(stages, text, person):
    assert persons_in(stages, text) == [person]


@pytest.mark.parametrize("text, persons", [
    # A known given name alone that the model read as a place is the person ...
    ("Бұл жобаны Айгерім ұсынды.", ["Айгерім"]),
    ("Ержан мен Асқар жарысқа қатысты.", ["Ержан", "Асқар"]),
    ("Досым Бауыржан бізге келді.", ["Бауыржан"]),
    # ... but a place written so stays a place: a place named like a given name, one in a list of places.
    ("Ол жазда Алтайда демалды.", []),
    ("Ол Сарыағаштан , Бірліктен және Жетісайдан келді.", []),
    ("Жарылыстан кейін Арыста жөндеу жұмыстары басталды.", []),
    ("Тұрғындар « Қайрат » шағынауданында жиналды.", []),
    ("Үкімет делегациясы Сауд Арабиясына барды.", []),
])
def test_a_kazakh_given_name_alone_the_model_read_as_a_place_is_the_person(stages, text, persons):
    assert persons_in(stages, text) == persons


def test_a_foreign_surname_alone_in_kazakh_is_the_person(stages):
    assert persons_in(stages, "Кеше Меркель Берлинде сөйледі.") == ["Меркель"]


@pytest.mark.parametrize("text, person", [
    # Initials spaced apart, after a capitalized word that opens the sentence or a word in a case.
    ("Баяндаманы А. Қ. Тажиева жасады.", "А. Қ. Тажиева"),
    ("Жиынды Б. Т. Омаров ашты.", "Б. Т. Омаров"),
    ("Сөзді Г. М. Бекмағанбетов алды.", "Г. М. Бекмағанбетов"),
    # A surname before its initials, spaced or not.
    ("Тулеуова Б. Т. баяндама жасады.", "Тулеуова Б. Т."),
])
def test_a_name_with_spaced_initials_is_one_person(stages, text, person):
    assert persons_in(stages, text) == [person]


@pytest.mark.parametrize("text, persons", [
    # A capitalized occupation or epithet that opens the sentence before a given name and a surname ...
    ("Марқұм Серік Ахметов туралы естелік жазылды.", ["Серік Ахметов"]),
    ("Домбырашы Ержан Асанов күй тартты.", ["Ержан Асанов"]),
    # ... but not a surname written first before the given name and the patronymic.
    ("Мамбетова Нұрзада Үсенқызы баяндама жасады.", ["Мамбетова Нұрзада Үсенқызы"]),
])
def test_a_capitalized_kazakh_noun_opening_the_sentence_is_no_part_of_the_name(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text, person", [
    # The surname written first before a given name and a patronymic that carries the name's case ending.
    ("Асанов Ерлан Серікұлына алғыс хат берілді.", "Асанов Ерлан Серікұлына"),
    ("Ахметов Марат Бекұлымен кездесу өтті.", "Ахметов Марат Бекұлымен"),
    # A word in a case before a given name and a patronymic is none of the name's.
    ("Жиынға Ерлан Серікұлы қатысты.", "Ерлан Серікұлы"),
])
def test_a_kazakh_surname_written_first_before_a_patronymic_in_a_case_is_the_names(stages, text, person):
    assert persons_in(stages, text) == [person]


# --- r12_ru ---
@pytest.mark.parametrize("text, persons", [
    # A list's item written surname first in full is a person, whatever its surname's form.
    ("Участники:\n• Ли Ирина Сергеевна, учитель физики;\n• Гончаренко Павел Игоревич, методист.",
     ["Ли Ирина Сергеевна", "Гончаренко Павел Игоревич"]),
    # A title or a verb before a given name and a patronymic is none of the name's.
    ("Выступила Ирина Сергеевна.", ["Ирина Сергеевна"]),
])
def test_a_russian_name_written_surname_first_in_full_is_a_person(stages, text, persons):
    assert persons_in(stages, text) == persons


@pytest.mark.parametrize("text, person, not_a_person", [
    ("The meeting was attended by the Head of Europe and Central Asia Division of the Department of International "
     "Cooperation Lui Jianqing.", "Lui Jianqing", "Asia Division"),
    ("The university was visited by professors of the Chinese University in Hong Kong Carmen Chan and Shek Nam.",
     "Carmen Chan", "Kong Carmen Chan"),
])
def test_a_known_given_name_inside_a_places_or_a_bodys_name_opens_no_person(stages, text, person, not_a_person):
    # "Asia" and "Kong" are given names too: before a body's noun ("Division") or at the end of a place the model read
    # ("Hong Kong"), they are the name's words, and the person is the name after it.
    found = persons_in(stages, "TITLE: News\n\n" + text)
    assert person in found and not_a_person not in found, found


def test_an_organizations_words_before_a_noun_read_as_a_headline_verb_are_no_person(stages):
    # "Studies" reads as a verb of a headline's; the words before it hold an institution's noun, so they are no name.
    found = persons_in(stages, "TITLE: News\n\nOur university has the Institute of Altai Studies and Turkology, the rector said.")
    assert not [person for person in found if "Institute" in person], found


def test_the_russian_taggers_viterbi_paths_and_convolutions_are_slovnets_own():
    # The backend swaps slovnet's CRF decoding and its encoder's convolutions for quicker ones of the same sums, and tags
    # texts in batches: the paths, the encodings and the spans must be the ones slovnet finds one text at a time, on real
    # sentences, on a padded batch of sequences of several lengths, and on random input.
    import numpy as np
    from slovnet.exec.model import CRF, Conv1d

    from pipeline.ner.base import common_label
    from pipeline.ner.natasha_backend import NatashaBackend

    backend = NatashaBackend()
    model = backend._tagger.infer.model
    crf = model.head.crf
    texts = ["Аким Павлодарской области Асаин Байханов посетил школу-лицей № 8 в Экибастузе.",
             "Министр просвещения Гани Бейсембаев и ректор КазНУ имени аль-Фараби Жансеит Туймебаев открыли форум в Алматы.",
             "В Астане прошла встреча с послом Франции Сильвеном Гиоге."]
    fast = backend.tag(texts)
    rng = np.random.default_rng(7)
    emissions = rng.normal(size=(5, 12, crf.transitions.array.shape[0])).astype(np.float32)
    mask = np.arange(12)[None, :] < np.array([12, 7, 1, 12, 3])[:, None]
    assert crf.decode.__func__ is not CRF.decode
    fast_paths = crf.decode(emissions, mask)
    encodings = rng.normal(size=(2, model.encoder.layers[0].conv.conv.weight.shape[1], 9)).astype(np.float32)
    fast_convolutions = [layer.conv(encodings) for layer in model.encoder.layers[:1]]
    del crf.decode  # slovnet's own again
    for layer in model.encoder.layers:
        layer.conv = layer.conv.conv
    assert all(isinstance(layer.conv, Conv1d) for layer in model.encoder.layers)
    # slovnet one text at a time, as natasha's Doc.tag_ner calls it: the backend's batches of texts of several lengths
    # find the same spans
    assert [[(span.start, span.stop, common_label(span.type)) for span in backend._tagger(text).spans] for text in texts] \
        == [[(entity.start, entity.end, entity.label) for entity in entities] for entities in fast]
    assert backend.tag(texts) == fast
    assert [path.tolist() for path in fast_paths] == [path.tolist() for path in CRF.decode(crf, emissions, mask)]
    assert [len(path) for path in fast_paths] == [12, 7, 1, 12, 3]
    assert np.array_equal(fast_convolutions[0], model.encoder.layers[0].conv(encodings))


def test_a_town_of_regional_significance_the_model_read_as_a_thing_is_a_place(stages):
    # "Приозерска" (Karaganda Region's town, regions.yaml's towns): a place, as a region's centre would be.
    [document] = stages.annotate([Page(source="t", text="Школьники Каражала и Приозерска победили.")])
    labels = {mention.label for mention in document.mentions if mention.text == "Приозерска"}
    assert labels and labels <= {"GPE", "LOC"}


@pytest.mark.parametrize("text, thing", [
    # A Kazakh word of things' names in Latin letters, as English pages spell it.
    ("The students talked about the goals of the programme Rukhani Janghyru with the rector.", "Rukhani Janghyru"),
    # An English abstract noun's ending, which no name's word has.
    ("The students talked about the goals of the programme Almaty Modernization with the rector.", "Almaty Modernization"),
])
def test_a_programmes_name_in_title_case_is_no_person(stages, text, thing):
    [document] = stages.annotate([Page(source="t", text="TITLE: News\n\n" + text)])
    assert {mention.label for mention in document.mentions if mention.text == thing} == {"MISC"}


@pytest.mark.parametrize("text, person", [
    # the model ends an organization's span on the bracket of the name's city: the name before it is a person
    ("Head of the Department Gulnara Seitkazy and senior lecturer Ainur Bekova (Almaty) took part in the readings.", "Ainur Bekova"),
])
def test_a_name_the_model_ends_on_an_opening_bracket_is_a_person(stages, text, person):
    assert person in persons_in(stages, text)


def test_a_listed_initials_name_keeps_its_list_across_a_bracketed_place(stages):
    """A surname of no surname's ending with initials is a person beside listed ones, though a place in brackets follows
    each ("Name (City), Name (City)")."""
    assert "Zhaksylyk B.T." in persons_in(stages, "Speakers: Zhaksylyk B.T. (Taraz), Omarova D.K. (Astana), Seitov M.A. (Oral).")


def test_a_namesake_after_named_after_and_initials_is_no_person(stages):
    """A thing named after a person, the namesake written with initials the model leaves out of its span ("named after
    T. Name"): the namesake is no person of the page, as one written without initials is none."""
    text = ('The seminar "Poetry of Kairat Zhumabekov" will be held in April. '
            "A reading hall named after K. Zhumabekov will be opened at the Faculty of History.")
    assert persons_in(stages, text) == ["Kairat Zhumabekov"]


@pytest.mark.parametrize("text, namesake", [
    # the one a thing is named after or honours, right after "имя", "в честь", "in honour of": a namesake, no person here
    ("Сельской школе присвоено имя Габита Мусрепова.", "Габита Мусрепова"),
    ("Стипендия учреждена в честь академика Евнея Букетова.", "Евнея Букетова"),
    ("The reading hall was named in honour of Kanysh Satpayev.", "Kanysh Satpayev"),
])
def test_a_namesake_after_words_of_naming_or_honour_is_no_person(stages, text, namesake):
    [document] = stages.annotate([Page(source="t", text=text)])
    assert namesake not in {m.text for m in document.mentions if m.label == "PERSON"}


def test_a_namesake_run_into_a_name_before_an_institutions_noun_is_cut_off(stages):
    """A name the model runs into the namesake an institution's name opens with ("Name Surname Абай кітапханасында"):
    the person ends before the namesake."""
    text = "Университет бөлімінің директоры Керем Айдемир Ыбырай кітапханасында оқырмандармен кездесті."
    assert persons_in(stages, text) == ["Керем Айдемир"]



def test_a_russian_list_after_a_place_noun_in_the_plural_names_places(stages):
    """One-word "persons" in a list of names right after a place's noun in the plural ("жилых массивов", "сел") are
    places, as a given name alone is many a neighbourhood's."""
    text = ("На сход пришли жители жилых массивов Самал, Достык, Жана Жол, Нурлан, Береке. "
            "Жители сел Акбулак, Айгерим, Бахыт встретились с акимом Ерланом Сапаровым.")
    assert persons_in(stages, text) == ["Ерланом Сапаровым"]
