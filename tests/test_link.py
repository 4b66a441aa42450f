"""Entity linking across pages, languages and spellings."""

from collections import Counter
from datetime import date
from functools import reduce

import pandas as pd
import pytest

from pipeline.link import KeyStats, combine, key_stats, resolve
from pipeline.normalize import normalize_mentions
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


def test_a_surname_alone_links_only_within_its_page():
    def person(text, start):
        return Mention(start, start + len(text), text, "PERSON", "en", "spacy", "test")
    first, second = normalize_mentions([person("Takir Balykbaev", 0), person("Balykbaev", 40)])
    assert first.link_key == second.link_key == "P|balikbaev|takir|t"
    [alone] = normalize_mentions([person("Balykbaev", 0)])
    assert alone.link_key == "P|balikbaev||"


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
