"""Entity linking across pages, languages and spellings."""

from collections import Counter
from datetime import date
from functools import reduce

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.folding import combine
from pipeline.link import KeyStats, key_stats, resolve
from pipeline.normalize import Normalizer
from pipeline.records import Mention
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def linked(samples_output):
    out, _ = samples_output
    return {name: pd.read_parquet(out / name) for name in ("mentions", "entities", "roles")}


def test_every_id_in_mentions_and_roles_points_into_entities(linked):
    ids = set(linked["entities"].entity_id)
    assert set(linked["mentions"].entity_id.dropna()) <= ids
    assert set(linked["roles"].person_id) <= ids
    assert set(linked["roles"].org_id.dropna()) <= ids
    assert linked["entities"].entity_id.is_unique


def stats(*keys_and_days):
    return {key: KeyStats(key, 1, {key}, day, day, Counter({(key, "en"): 1}), {key}, Counter({"PERSON": 1}))
            for key, day in keys_and_days}


def test_initials_join_the_only_full_name_that_fits():
    mapping, _ = resolve(stats(("P|duisenova|tamara|t", date(2023, 1, 1)), ("P|duisenova||t", date(2022, 1, 1))))
    assert mapping["P|duisenova|tamara|t"] == mapping["P|duisenova||t"]


def test_initials_stay_apart_when_two_full_names_fit_and_different_initials_never_join():
    mapping, _ = resolve(stats(("P|duisenova|tamara|t", None), ("P|duisenova|tatyana|t", None),
                               ("P|duisenova||t", None), ("P|duisenova||a", None)))
    assert len(set(mapping.values())) == 4


def test_entity_ids_survive_new_pages_that_join_an_entity():
    before, _ = resolve(stats(("P|duisenova||t", date(2022, 1, 1))))
    after, _ = resolve(stats(("P|duisenova||t", date(2022, 1, 1)), ("P|duisenova|tamara|t", date(2024, 1, 1))))
    assert after["P|duisenova|tamara|t"] == after["P|duisenova||t"] == before["P|duisenova||t"]


def person(text, start):
    return Mention(start, start + len(text), text, "PERSON", "en", "spacy", "test")


def test_a_surname_alone_links_only_within_its_page(resources):
    first, second = Normalizer(resources).normalize_mentions([person("Takir Balykbaev", 0), person("Balykbaev", 40)])
    assert first.link_key == second.link_key == "P|balikbaev|takir|t"
    [alone] = Normalizer(resources).normalize_mentions([person("Balykbaev", 0)])
    assert alone.link_key == "P|balikbaev||"


def russian(text, start):
    return Mention(start, start + len(text), text, "PERSON", "ru", "natasha", "test")


def test_a_russian_surname_alone_in_a_case_joins_the_full_name_it_declines(resources):
    text = ("Министр просвещения Гани Бейсембаев провёл встречу. По словам Бейсембаева, школы получат "
            "оборудование. Аким Ерболат Досаев и Е. Досаев. Досаеву вручили награду.")
    names = ["Гани Бейсембаев", "Бейсембаева", "Ерболат Досаев", "Е. Досаев", "Досаеву"]
    mentions = Normalizer(resources).normalize_mentions([russian(name, text.index(name)) for name in names], text)
    keys = [mention.link_key for mention in mentions]
    assert keys[0] == keys[1] == "P|beisembaev|gani|g"
    assert keys[2] == keys[4] == "P|dosaev|erbolat|e"


def test_a_womans_surname_alone_stays_apart_from_a_man_of_another_surname(resources):
    text = "Ерболат Досаев встретился с учителями. Смирнова рассказала о школе."
    mentions = Normalizer(resources).normalize_mentions(
        [russian("Ерболат Досаев", 0), russian("Смирнова", text.index("Смирнова"))], text)
    assert mentions[1].link_key == "P|smirnova||"


def test_a_given_name_with_a_patronymic_joins_the_full_name_and_does_not_name_the_entity(resources):
    text = "Pavel Kazantsev met the students. Pavel Olegovich told them about the new bill."
    mentions = Normalizer(resources).normalize_mentions([person("Pavel Kazantsev", 0), person("Pavel Olegovich", 34)], text)
    [key] = {mention.link_key for mention in mentions}
    forms = Counter((mention.normalized, mention.lang) for mention in mentions)
    _, [entity] = resolve({key: KeyStats(key, 2, {"d"}, None, None, forms, {key}, Counter({"PERSON": 2}))})
    assert entity["name"] == "Pavel Kazantsev"


def test_part_statistics_fold_to_the_same_entities_in_any_order_or_grouping(settings, tmp_path):
    from pipeline.engine import run_engine

    out = tmp_path / "knowledge"
    run_engine(settings.with_overrides(inputs=[str(SAMPLES)], output=str(out), workers=1, batch_size=1), progress=False)
    parts = [{table: out / table / part.name for table in ("mentions", "documents", "roles")}
             for part in sorted((out / "documents").glob("part-*.parquet"))]
    assert len(parts) == 6  # five batches and the fresh store's empty part

    def part_stats(paths):
        return key_stats(paths["mentions"], paths["documents"], paths["roles"])

    in_order = reduce(combine, map(part_stats, parts), {})
    backwards = reduce(combine, map(part_stats, reversed(parts)), {})
    halves = combine(reduce(combine, map(part_stats, parts[::2]), {}), reduce(combine, map(part_stats, parts[1::2]), {}))
    assert resolve(in_order) == resolve(backwards) == resolve(halves)
    _, entities = resolve(in_order)
    assert sum(row["n_mentions"] for row in entities) > 0


def test_entities_of_undated_pages_have_no_first_or_last_seen(settings, stages, tmp_path):
    from pipeline.engine.core import link_entities
    from pipeline.engine.local import LocalEngine
    from pipeline.records import Page
    from pipeline.store import KnowledgeStore, write_batch

    page = Page(source="undated.txt", text="The rector of Abai KazNPU Takir Balykbayev met Irina Smirnova in Almaty.")
    store = KnowledgeStore(tmp_path / "knowledge")
    write_batch(store.target, stages.annotate([page]), [])
    with LocalEngine(settings) as engine:
        assert link_entities(store, engine) > 0
    store.close()
    entities = pd.read_parquet(tmp_path / "knowledge" / "entities")
    assert entities.first_seen.isna().all() and entities.last_seen.isna().all()


# Pages that move a person's entity as they arrive: initials first, then the one full name that
# fits them (dated earlier, so it becomes the anchor), then a second full name that splits them.
# One page holds both the initials and the full name, so the two keys share a page.
DUISENOVA_RUNS = [
    {"initials.txt": "Almaty, 5 March 2023. The rector T. Duisenova opened the forum at Abai KazNPU.",
     "both.txt": "Astana, 3 June 2022. Tamara Duisenova visited Almaty. Students asked T. Duisenova about the plan."},
    {"tamara.txt": "Astana, 1 February 2021. Tamara Duisenova, the minister of labour, spoke at the forum.",
     "kazakh.txt": "Алматы, 5 наурыз 2022. Т.Б. Дүйсенова форумды ашты."},
    {"tatyana.txt": "Astana, 2 May 2020. Tatyana Duisenova, the deputy minister, said the plan works."},
]


def linked_tables(out):
    sort = {"entities": ["entity_id"], "link_index": ["link_key"], "mentions": ["mention_id"],
            "roles": ["person_mention_id", "role", "start"], "positions": ["person_id", "role", "org_id", "status"],
            "events": ["person_id", "role", "kind", "doc_id"]}
    tables = {name: pd.read_parquet(out / name).sort_values(keys).reset_index(drop=True) for name, keys in sort.items()}
    # Where a page was read from differs between the two outputs; nothing else may.
    tables["roles"] = tables["roles"].drop(columns=["source"])
    tables["positions"] = tables["positions"].drop(columns=["evidence_url"])
    tables["events"] = tables["events"].drop(columns=["url"])
    return tables


def test_pages_added_in_three_runs_link_and_give_positions_exactly_as_one_run_over_all_of_them(settings, tmp_path):
    from pipeline.engine import run_engine

    def run(folder, out):
        return run_engine(settings.with_overrides(inputs=[str(folder)], output=str(out), workers=1), progress=False)

    so_far = tmp_path / "so-far"
    so_far.mkdir()
    seeds = sorted(SAMPLES.glob("*.txt"))
    for number, (run_seeds, pages) in enumerate(zip([seeds[:3], seeds[3:], []], DUISENOVA_RUNS)):
        folder = tmp_path / f"run{number}"
        folder.mkdir()
        for seed in run_seeds:
            (folder / seed.name).write_bytes(seed.read_bytes())
            (so_far / seed.name).write_bytes(seed.read_bytes())
        for name, text in pages.items():
            (folder / name).write_text(text, encoding="utf-8")
            (so_far / name).write_text(text, encoding="utf-8")
        run(folder, tmp_path / "incremental")
        run(so_far, tmp_path / f"at-once{number}")
        incremental, at_once = linked_tables(tmp_path / "incremental"), linked_tables(tmp_path / f"at-once{number}")
        for name in at_once:
            pd.testing.assert_frame_equal(incremental[name], at_once[name], check_like=True)
    people = at_once["entities"][at_once["entities"].link_key.str.startswith("P|duisenova|")]
    # Tamara, Tatyana, and the initials that fit both of them.
    assert sorted(people.link_key) == sorted(["P|duisenova||t", "P|duisenova|tamara|t", "P|duisenova|tatiana|t"])


def test_buckets_updated_run_by_run_hold_what_one_resolution_gives(tmp_path):
    from pipeline.link import BUCKETS, bucket_of, family, link_bucket

    def page_stats(key, doc, day):
        return KeyStats(key, 1, {doc}, day, day, Counter({(key, "en"): 1}), {key}, Counter({"PERSON": 1}))

    runs = [[("P|duisenova||t", "d1", date(2023, 1, 1)), ("P|duisenova|tamara|t", "d2", date(2022, 6, 1)),
             ("P|duisenova||t", "d2", date(2022, 6, 1))],
            [("P|duisenova|tamara|t", "d3", date(2021, 1, 1)), ("P|duisenova||t", "d4", date(2022, 1, 1))],
            [("P|duisenova|tatiana|t", "d5", date(2020, 1, 1)), ("P|duisenova||t", "d5", date(2020, 1, 1))]]
    index, entities = tmp_path / "index.parquet", tmp_path / "entities.parquet"
    everything: dict = {}
    for number, observed in enumerate(runs):
        new: dict = {}
        for key, doc, day in observed:
            combine(new, {key: page_stats(key, doc, day)})
            combine(everything, {key: page_stats(key, doc, day)})
        assert len({bucket_of(family(key)) for key in new}) == 1 < BUCKETS  # one family, one bucket
        link_bucket(index, entities, new, fresh=number == 0)
        _, expected = resolve(everything)
        assert pq.read_table(entities).to_pylist() == expected
    assert {row["link_key"]: row["n_docs"] for row in expected} == {
        "P|duisenova||t": 4, "P|duisenova|tamara|t": 2, "P|duisenova|tatiana|t": 1}


@pytest.mark.parametrize("full, short", [
    ("Nurlan Bolatovich Sarsenov", "Nurlan Yerzhanuly"),
    ("Aigerim Talgatovna Seitova", "Aigerim Maratkyzy"),
])
def test_a_given_name_with_another_fathers_patronymic_is_another_person(resources, full, short):
    """A given name and a patronymic join the one full name with that given name only where the patronymic is its own:
    another father's ("Nurlan Yerzhanuly" beside "Nurlan Bolatovich Sarsenov") is another person."""
    text = f"{full} opened the conference. Then {short} made a presentation."
    mentions = Normalizer(resources).normalize_mentions([person(full, 0), person(short, text.index(short))], text)
    assert mentions[0].link_key != mentions[1].link_key



def test_initials_after_the_one_full_name_of_their_page_are_that_person_whatever_namesakes_other_pages_name(settings, tmp_path):
    from pipeline.engine import run_engine

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "maslikhat.txt").write_text("Secretary of the city maslikhat Zhanat Ibrayeva opened the session.\n\n"
                                         "Signed: Secretary of the maslikhat Zh. Ibrayeva", encoding="utf-8")
    (pages / "school.txt").write_text("Zhanna Ibrayeva, a teacher of School No. 12, won the regional contest.", encoding="utf-8")
    run_engine(settings.with_overrides(inputs=[str(pages)], output=str(tmp_path / "out"), workers=1), progress=False)
    mentions = pd.read_parquet(tmp_path / "out" / "mentions")
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    [maslikhat] = documents[documents.source.str.endswith("maslikhat.txt")].doc_id
    people = mentions[(mentions.doc_id == maslikhat) & (mentions.label == "PERSON")]
    assert set(people.text) == {"Zhanat Ibrayeva", "Zh. Ibrayeva"} and people.entity_id.nunique() == 1
