"""Engines: local worker processes and a real Dask LocalCluster give the same tables; runs are
incremental and idempotent."""

import shutil

import pandas as pd
import pytest

from pipeline.engine import run_engine
from pipeline.store import SCHEMAS
from tests.conftest import SAMPLES

SORT_KEYS = {"documents": ["doc_id"], "segments": ["doc_id", "start"], "mentions": ["mention_id"],
             "roles": ["person_mention_id", "role", "start"], "errors": ["source"], "entities": ["entity_id"]}
VOLATILE = {"documents": ["ingested_at"], "errors": ["at"]}


def read_tables(out):
    tables = {}
    for name in SCHEMAS:
        frame = pd.read_parquet(out / name).drop(columns=VOLATILE.get(name, []))
        tables[name] = frame.sort_values(SORT_KEYS[name]).reset_index(drop=True)
    return tables


def assert_same_tables(left, right):
    for name in SCHEMAS:
        pd.testing.assert_frame_equal(left[name], right[name], check_like=True)


def run_on(settings, inputs, out, **overrides):
    return run_engine(settings.with_overrides(inputs=[str(path) for path in inputs], output=str(out), **overrides),
                      progress=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seed pages plus one bad file, so errors travel through every engine too."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in SAMPLES.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    (folder / "broken.jsonl").write_text('{"text": "Ирина Смирнова выступила в Астане."}\n{"text": "обре', encoding="utf-8")
    return folder


def test_two_local_workers_and_a_dask_cluster_give_identical_tables(settings, corpus, tmp_path, samples_output):
    local = run_on(settings, [corpus], tmp_path / "local", workers=2, batch_size=2)
    dask = run_on(settings, [corpus], tmp_path / "dask", workers=2, batch_size=2, engine="dask")
    assert local.documents == dask.documents == 6 and local.errors == dask.errors == 1
    assert_same_tables(read_tables(tmp_path / "local"), read_tables(tmp_path / "dask"))
    single, _ = samples_output
    single_docs = read_tables(single)["documents"]
    assert set(single_docs.doc_id) <= set(read_tables(tmp_path / "dask")["documents"].doc_id)


def test_incremental_run_processes_only_new_pages_and_a_rerun_changes_nothing(settings, corpus, tmp_path):
    first = tmp_path / "first"
    first.mkdir()
    seeds = sorted(corpus.glob("*.txt"))
    for path in seeds[:2]:
        shutil.copy(path, first / path.name)
    out = tmp_path / "out"
    assert run_on(settings, [first], out, workers=1).documents == 2
    for path in seeds[2:]:
        shutil.copy(path, first / path.name)
    again = run_on(settings, [first], out, workers=1)
    assert (again.documents, again.skipped) == (3, 2)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.parquet")}
    rerun = run_on(settings, [first], out, workers=1)
    assert (rerun.documents, rerun.skipped) == (0, 5)
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*.parquet")} == before


def test_force_reprocesses_everything_without_duplicates(settings, corpus, tmp_path):
    out = tmp_path / "out"
    run_on(settings, [corpus], out, workers=1)
    before = read_tables(out)
    forced = run_engine(settings.with_overrides(inputs=[str(corpus)], output=str(out), workers=1), force=True, progress=False)
    assert forced.documents == 6
    after = read_tables(out)
    assert_same_tables(before, after)
    assert not (out / ".staging").exists()
