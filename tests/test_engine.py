"""Engines: local worker processes and a real Dask LocalCluster give the same tables; runs are
incremental and idempotent."""

import shutil

import pandas as pd
import pytest

from pipeline.cli import EXIT_OK, main
from pipeline.engine import run_engine
from pipeline.faults import STALL_AT
from pipeline.records import Page
from pipeline.store import SCHEMAS
from tests.conftest import SAMPLES

SORT_KEYS = {"documents": ["doc_id"], "segments": ["doc_id", "start"], "mentions": ["mention_id"],
             "roles": ["person_mention_id", "role", "start"], "errors": ["source"], "entities": ["entity_id"],
             "positions": ["person_id", "role", "org_id", "status"], "events": ["person_id", "role", "kind", "doc_id"],
             "aliases": ["source"], "link_index": ["link_key"]}
VOLATILE = {"documents": ["ingested_at"], "errors": ["at"], "aliases": ["seen_at"]}


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


def seeds_and_a_bad_file(folder, seeds):
    """The seed pages plus one bad file, so errors travel through every engine too."""
    folder.mkdir(exist_ok=True)
    for path in seeds:
        shutil.copy(path, folder / path.name)
    (folder / "broken.jsonl").write_text('{"text": "Ирина Смирнова выступила в Астане."}\n{"text": "обре', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return seeds_and_a_bad_file(tmp_path_factory.mktemp("corpus"), sorted(SAMPLES.glob("*.txt")))


def test_two_local_workers_and_a_dask_cluster_give_identical_tables(settings, tmp_path, samples_output):
    # Three pages and an error, a batch each: every worker gets batches, and linking runs on the workers too.
    seeds = sorted(SAMPLES.glob("*.txt"))[1:3]  # the Kazakh page and the mixed one
    corpus = seeds_and_a_bad_file(tmp_path / "pages", seeds)
    local = run_on(settings, [corpus], tmp_path / "local", workers=2, batch_size=1)
    dask = run_on(settings, [corpus], tmp_path / "dask", workers=2, batch_size=1, engine="dask")
    assert local.documents == dask.documents == 3 and local.errors == dask.errors == 1
    assert_same_tables(read_tables(tmp_path / "local"), read_tables(tmp_path / "dask"))
    single, _ = samples_output
    single_docs = read_tables(single)["documents"]
    seed_docs = single_docs[single_docs.source.str.rsplit("/", n=1).str[-1].isin([seed.name for seed in seeds])]
    assert len(seed_docs) == 2 and set(seed_docs.doc_id) <= set(read_tables(tmp_path / "dask")["documents"].doc_id)


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


def test_force_on_one_file_from_the_command_line_redoes_that_page_and_keeps_every_other(settings, corpus, tmp_path,
                                                                                        capsys):
    out = tmp_path / "out"
    run_on(settings, [corpus], out, workers=1)
    before = read_tables(out)
    one = sorted(corpus.glob("*.txt"))[1]
    assert main(["run", str(one), "--out", str(out), "--workers", "1", "--force"]) == EXIT_OK
    assert "documents: 1 new, 0 already there" in capsys.readouterr().out.splitlines()
    after = read_tables(out)
    assert len(after["documents"]) == 6 and len(after["roles"]) == len(before["roles"]) > 30
    assert_same_tables(before, after)


def test_the_same_text_under_two_sources_is_processed_once_and_both_sources_are_kept(settings, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    seed = sorted(SAMPLES.glob("*.txt"))[0]
    for name in ("a.txt", "b.txt"):
        shutil.copy(seed, pages / name)
    out = tmp_path / "out"
    first = run_on(settings, [pages], out, workers=1)
    assert (first.documents, first.aliases) == (1, 1)
    shutil.copy(seed, pages / "c.txt")
    again = run_on(settings, [pages], out, workers=1)
    assert (again.documents, again.skipped, again.aliases) == (0, 2, 1)
    documents, aliases = pd.read_parquet(out / "documents"), pd.read_parquet(out / "aliases")
    assert len(documents) == 1
    assert sorted(aliases.source.str.rsplit("/", n=1).str[-1]) == ["b.txt", "c.txt"]
    assert set(aliases.doc_id) == set(documents.doc_id)


def test_an_error_row_is_retired_once_its_source_is_fixed(settings, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "late.txt").write_bytes(b"")
    shutil.copy(sorted(SAMPLES.glob("*.txt"))[0], pages / "good.txt")
    out = tmp_path / "out"
    assert run_on(settings, [pages], out, workers=1).errors == 1
    assert list(pd.read_parquet(out / "errors").error) == ["empty"]
    shutil.copy(sorted(SAMPLES.glob("*.txt"))[1], pages / "late.txt")
    fixed = run_on(settings, [pages], out, workers=1)
    assert (fixed.documents, fixed.errors) == (1, 0)
    assert pd.read_parquet(out / "errors").empty
    assert len(pd.read_parquet(out / "documents")) == 2


def test_force_reprocesses_everything_without_duplicates(settings, corpus, tmp_path):
    out = tmp_path / "out"
    run_on(settings, [corpus], out, workers=1)
    before = read_tables(out)
    forced = run_engine(settings.with_overrides(inputs=[str(corpus)], output=str(out), workers=1), force=True, progress=False)
    assert forced.documents == 6
    after = read_tables(out)
    assert_same_tables(before, after)
    assert not (out / ".staging").exists()


def test_a_page_over_its_time_budget_is_a_timeout_error_and_the_batch_goes_on(stages, monkeypatch):
    # One sentence each: the page that is not stalled takes milliseconds once the models are warm (the first
    # call), far inside its budget on any machine.
    pages = [Page(source="short.txt", text="Ректор университета Марат Абдрахманов открыл форум."),
             Page(source="stalled.txt", text="Minister of Education Gani Beisembayev visited the university.")]
    documents, timeouts = stages.annotate_within_budget(pages)
    assert len(documents) == 2 and not timeouts
    monkeypatch.setattr(stages, "page_seconds", 0.25)
    monkeypatch.setenv(STALL_AT, f"annotate {pages[1].source}")  # the second page never finishes
    documents, timeouts = stages.annotate_within_budget(pages)
    assert [document.page.source for document in documents] == [pages[0].source]
    assert [(f.source, f.stage, f.error) for f in timeouts] == [(pages[1].source, "annotate", "timeout")]
    assert "page_seconds" in timeouts[0].message
