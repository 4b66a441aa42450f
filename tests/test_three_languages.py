"""A Russian page through the whole run into Parquet, read back, and one person and one university
linked across a Russian, a Kazakh and an English page. The pages are written for this test."""

import pandas as pd
import pytest

PAGES = {
    "ru.txt": "Алматы, 12 сентября 2024 года\n"
              "В КазНУ открылся новый учебный год. По словам ректора КазНУ Даурена Сейтказиева, в этом году "
              "университет принял восемь тысяч первокурсников.\n"
              "На церемонии выступил министр просвещения Гани Бейсембаев. Министр поздравил студентов и преподавателей.\n",
    "kk.txt": "Астана, 2024 жылғы 13 қыркүйек\n"
              "Оқу-ағарту министрі Ғани Бейсембаевтың қатысуымен мұғалімдер кеңесі өтті.\n"
              "Кеңесте ҚазҰУ ректоры Дәурен Сейтқазиев университеттің жаңа бағдарламалары туралы айтты.\n",
    "en.txt": "Almaty, 14 September 2024\n"
              "Minister of Education Gani Beisembayev visited KazNU, where KazNU Rector Dauren Seitkaziyev showed him "
              "the new laboratories.\n"
              "Marat Beisembayev, a second-year student, presented a robot built by his team.\n",
}


@pytest.fixture(scope="module")
def knowledge(settings, tmp_path_factory):
    from pipeline.engine import run_engine

    pages = tmp_path_factory.mktemp("three-languages")
    for name, text in PAGES.items():
        (pages / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("three-languages-out")
    summary = run_engine(settings.with_overrides(inputs=[str(pages)], output=str(out), workers=1), progress=False)
    assert (summary.documents, summary.errors) == (3, 0)
    return {name: pd.read_parquet(out / name) for name in ("documents", "segments", "mentions", "roles", "entities")}


def rows_of_page(table, knowledge, page):
    documents = knowledge["documents"]
    [doc_id] = documents[documents.source.str.endswith(page)].doc_id
    return table[table.doc_id == doc_id]


def test_a_russian_page_becomes_a_russian_document_with_its_date_mentions_and_roles(knowledge):
    documents = knowledge["documents"]
    russian = documents[documents.source.str.endswith("ru.txt")].iloc[0]
    assert (russian.lang, list(russian.langs), str(russian.published), russian.published_precision) == \
        ("ru", ["ru"], "2024-09-12", "day")
    segments = rows_of_page(knowledge["segments"], knowledge, "ru.txt")
    assert set(segments.lang) == {"ru"} and set(segments.script) == {"Cyrl"}
    mentions = rows_of_page(knowledge["mentions"], knowledge, "ru.txt")
    assert set(mentions.backend) == {"natasha"}
    for row in mentions.itertuples():
        assert russian.text[row.start:row.end] == row.text
    persons = mentions[mentions.label == "PERSON"]
    assert set(zip(persons.text, persons.normalized)) == {("Даурена Сейтказиева", "Даурен Сейтказиев"),
                                                          ("Гани Бейсембаев", "Гани Бейсембаев")}
    roles = rows_of_page(knowledge["roles"], knowledge, "ru.txt")
    assert set(zip(roles.person, roles.role, roles.org_id, roles.status, roles.lang)) == {
        ("Даурен Сейтказиев", "rector", "kaznu", "current", "ru"),
        ("Гани Бейсембаев", "minister", "mon_rk", "current", "ru")}
    for row in roles.itertuples():
        assert russian.text[row.start:row.end] == row.evidence and str(row.published) == "2024-09-12"
    assert set(roles.person_latin) == {"Dauren Seytkaziev", "Gani Beysembaev"}  # anyascii: й -> y
    assert set(roles.person_key) == {"seitkaziev d", "beisembaev g"}


def entities_of(knowledge, text):
    mentions = knowledge["mentions"]
    return set(mentions[mentions.text == text].entity_id)


@pytest.mark.parametrize("forms", [
    ("Гани Бейсембаев", "Ғани Бейсембаевтың", "Gani Beisembayev"),
    ("Даурена Сейтказиева", "Дәурен Сейтқазиев", "Dauren Seitkaziyev"),
])
def test_one_person_is_one_entity_in_russian_kazakh_and_english(knowledge, forms):
    [ids] = {frozenset(entities_of(knowledge, form)) for form in forms}
    assert len(ids) == 1
    [entity] = ids
    roles = knowledge["roles"]
    assert set(roles[roles.person_id == entity].lang) == {"ru", "kk", "en"}


def test_the_same_surname_with_another_given_name_is_another_person(knowledge):
    assert entities_of(knowledge, "Marat Beisembayev").isdisjoint(entities_of(knowledge, "Gani Beisembayev"))


def test_one_university_is_one_registry_entity_in_russian_kazakh_and_english(knowledge):
    mentions = knowledge["mentions"]
    for form in ("ҚазҰУ", "KazNU"):
        assert entities_of(knowledge, form) == {"kaznu"}, form
    organizations = mentions[(mentions.text == "КазНУ") & (mentions.label == "ORG")]
    assert set(organizations.entity_id) == {"kaznu"}
    entities = knowledge["entities"].set_index("entity_id")
    assert {"КазНУ", "ҚазҰУ", "KazNU"} <= set(entities.loc["kaznu", "aliases"])


def test_every_mention_of_the_abbreviation_is_the_university(knowledge):
    # natasha tags the first 'КазНУ' ('В КазНУ открылся') as LOC: the registry makes it the university.
    assert entities_of(knowledge, "КазНУ") == {"kaznu"}
