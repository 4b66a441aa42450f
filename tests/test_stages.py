"""Each stage of the annotator on its own, on sentences written for these tests, with the real
models and data; the annotator as configured (a stage switched off, a stage swapped, a bad entry);
and Resources honouring a config's own files without leaking them into the next run."""

from __future__ import annotations

import gc

import pytest

from pipeline.config import ConfigError, Settings
from pipeline.dates import Dater
from pipeline.engine.annotator import Annotator
from pipeline.ner.repair import SpanRepair
from pipeline.normalize import Normalizer
from pipeline.records import Document, Mention, Page, Segment
from pipeline.resources import Resources
from pipeline.roles import RoleExtractor
from pipeline.segment import Segmenter
from pipeline.translit import LatinKazakhReader


def document(text: str, segments: list[Segment] | None = None, mentions: list[Mention] | None = None) -> Document:
    return Document(Page(source="t", text=text), segments or [], mentions or [])


def mention(text: str, whole: str, label: str, lang: str) -> Mention:
    start = whole.index(text)
    return Mention(start, start + len(text), text, label, lang, "test", "0")


def test_loaded_models_are_left_out_of_later_collections_and_the_collector_runs_as_before(stages):
    assert gc.get_freeze_count() > 100_000  # the models', lexicons' and registry's objects
    assert gc.get_threshold()[0] < 1_000  # the loading's pause is over: the batches' garbage is collected as usual
    assert gc.isenabled()


def test_segment_stage_gives_each_nonblank_line_undecided():
    [done] = Segmenter()([document("Ректор сөз сөйледі.\n\n  The rector spoke.  \n")])
    assert [(done.page.text[s.start:s.end], s.lang) for s in done.segments] == [
        ("Ректор сөз сөйледі.", "other"), ("The rector spoke.", "other")]


def test_language_stage_decides_each_line(stages):
    language = stages.annotator.stage("language")
    text = "Университет ректоры жаңа оқу ғимаратын ашты.\nРектор университета открыл новый учебный корпус.\nThe rector opened a new building."
    [done] = language(Segmenter()([document(text)]))
    assert [segment.lang for segment in done.segments] == ["kk", "ru", "en"]


def test_latin_kazakh_stage_reads_latin_lines_in_cyrillic_and_maps_back():
    text = "Universitet rektory jaña ğimaratty aşty."
    [view] = LatinKazakhReader()([document(text, [Segment(0, len(text), "kk", 0.9, "Latn")])])
    assert view.page.text.startswith("Университет ректоры") and view.restore is not None
    view.mentions.append(Mention(0, 11, "Университет", "ORG", "kk", "test", "0"))
    restored = view.restore(view)
    assert restored.page.text == text and restored.mentions[0].text == "Universitet" and restored.restore is None


def test_ner_stage_tags_each_language_with_its_backend(stages):
    ner = stages.annotator.stage("ner")
    text = "Ерлан Сағадиев университетке келді.\nAigerim Nurlanova visited Astana."
    cut = text.index("\n")
    [done] = ner([document(text, [Segment(0, cut, "kk", 0.9), Segment(cut + 1, len(text), "en", 0.9)])])
    persons = {(m.text, m.lang) for m in done.mentions if m.label == "PERSON"}
    assert ("Aigerim Nurlanova", "en") in persons and ("Ерлан Сағадиев", "kk") in persons


def test_repair_stage_adds_an_initials_name_the_model_missed_and_keeps_its_backend(resources):
    text = "Іс-шараға Б.Т. Тулеуова және ЕҰУ өкілдері қатысты."
    university = mention("ЕҰУ", text, "ORG", "kk")
    [done] = SpanRepair(resources)([document(text, [Segment(0, len(text), "kk", 0.9)], [university])])
    assert {(m.text, m.label, m.backend) for m in done.mentions} == {("Б.Т. Тулеуова", "PERSON", "test"),
                                                                       ("ЕҰУ", "ORG", "test")}


def test_normalize_stage_gives_nominative_names_and_registry_keys(resources):
    text = "Ирины Смирновой и КазНУ"
    [done] = Normalizer(resources)([document(text, mentions=[mention("КазНУ", text, "ORG", "ru"),
                                                             mention("Ирины Смирновой", text, "PERSON", "ru")])])
    assert [(m.normalized, m.link_key) for m in done.mentions] == [
        ("Ирина Смирнова", "P|smirnova|irina|i"), ("Al-Farabi Kazakh National University", "O|kaznu")]


def test_dates_stage_reads_the_date_near_the_top(resources):
    [done] = Dater(resources.lexicons)([document("Астана, 12 наурыз 2024 жыл. Ректор сөз сөйледі.")])
    assert (str(done.published), done.published_precision, done.published_source) == ("2024-03-12", "day", "text")


def test_roles_stage_ties_the_person_to_the_title_and_institution(resources):
    text = "Ректор КазНУ Даурен Сейтказиев выступил."
    mentions = [mention("КазНУ", text, "ORG", "ru"), mention("Даурен Сейтказиев", text, "PERSON", "ru")]
    [done] = RoleExtractor(resources)(Normalizer(resources)([document(text, [Segment(0, len(text), "ru", 0.9)], mentions)]))
    assert [(f.person.display, f.role, f.org.org_id) for f in done.roles] == [("Даурен Сейтказиев", "rector", "kaznu")]


def test_a_stage_left_out_of_the_config_is_off(settings, resources):
    without_roles = Annotator(settings.with_overrides(stages=[name for name in settings.stages if name != "roles"]), resources)
    [done] = without_roles([Page(source="t", text="Ректор КазНУ Даурен Сейтказиев выступил.")])
    assert done.roles == [] and any(m.label == "PERSON" for m in done.mentions)


class OnlyRectors(RoleExtractor):
    """A user's roles stage: the packaged one, keeping rectors only."""

    def __init__(self, settings, resources):
        super().__init__(resources)

    def roles_of(self, document):
        return [fact for fact in super().roles_of(document) if fact.role == "rector"]


def test_a_stage_is_swapped_for_a_class_named_in_the_config(settings, resources):
    swapped = [{"roles": "tests.test_stages:OnlyRectors"} if name == "roles" else name for name in settings.stages]
    annotator = Annotator(settings.with_overrides(stages=swapped), resources)
    assert isinstance(annotator.stage("roles"), OnlyRectors)
    [done] = annotator([Page(source="t", text="Ректор КазНУ Даурен Сейтказиев и министр просвещения Гани Бейсембаев выступили.")])
    assert {fact.role for fact in done.roles} == {"rector"}


@pytest.mark.parametrize("stages, message", [
    (["segment", "translate"], "'translate' is not a stage"),
    (["segment", "segment"], "segment is listed twice"),
    ([{"roles": "no_colon"}], "is not a stage"),
])
def test_a_bad_stages_entry_is_refused_with_its_name(stages, message):
    with pytest.raises(ConfigError, match=message):
        Settings(stages=stages, ner={"kk": None, "ru": None, "en": None})


def test_a_swapped_stage_that_cannot_be_imported_is_a_config_error(settings, resources):
    with pytest.raises(ConfigError, match="roles: 'nowhere.module:Roles' cannot be imported"):
        Annotator(settings.with_overrides(stages=["segment", {"roles": "nowhere.module:Roles"}]), resources)


def test_resources_read_a_configs_own_files_and_the_next_run_does_not_see_them(tmp_path):
    (tmp_path / "roles.yaml").write_text("roles:\n  ombudsman:\n    label: Ombudsman\n    en: [ombudsman]\n", encoding="utf-8")
    (tmp_path / "institutions.yaml").write_text(
        "institutions:\n  - id: ombudsman_kz\n    type: state body\n    en: Commissioner for Human Rights in Kazakhstan\n"
        "    aliases: [National Centre for Human Rights]\n", encoding="utf-8")
    extended = Resources(tmp_path / "roles.yaml", tmp_path / "institutions.yaml")
    packaged = Resources()
    assert "ombudsman" in extended.roles.roles and "ombudsman" not in packaged.roles.roles
    assert extended.registry.lookup("National Centre for Human Rights", "en").org_id == "ombudsman_kz"
    assert packaged.registry.lookup("National Centre for Human Rights", "en") is None
    assert ("ombudsman", "ombudsman") in extended.gazetteers.titles("en")
