"""Crash safety, locking, schema versions and compaction of the Parquet output."""

import os
import shutil
import subprocess
import sys

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.faults import CRASH_AT
from pipeline.store import BATCH_TABLES, SCHEMAS, KnowledgeStore, OutputLocked, SchemaMismatch, write_batch
from tests.conftest import REPO, SAMPLES


def test_parts_of_a_batch_killed_before_its_documents_part_are_removed(tmp_path):
    store = KnowledgeStore(tmp_path)
    write_batch(store.target, [], [])
    store.finish()
    orphan = tmp_path / "mentions" / "part-orphan.parquet"
    pq.write_table(pa.table({"x": [1]}), orphan)
    (tmp_path / "segments" / ".part-x.parquet.tmp").write_bytes(b"half")
    KnowledgeStore(tmp_path).finish()
    assert not orphan.exists()
    assert not list((tmp_path / "segments").glob(".*.tmp"))
    assert len(list((tmp_path / "documents").glob("*.parquet"))) == 2  # the empty start part and the batch


def test_a_second_writer_is_refused_with_a_clear_message(tmp_path):
    first = KnowledgeStore(tmp_path)
    with pytest.raises(OutputLocked, match="another run is writing"):
        KnowledgeStore(tmp_path)
    first.finish()
    KnowledgeStore(tmp_path).finish()


def test_output_of_another_schema_version_is_refused(tmp_path):
    (tmp_path / "documents").mkdir()
    table = pa.table({"doc_id": ["a"]}).replace_schema_metadata({b"pipeline.schema_version": b"0"})
    pq.write_table(table, tmp_path / "documents" / "part-old.parquet")
    with pytest.raises(SchemaMismatch, match="schema version 0"):
        KnowledgeStore(tmp_path)


def test_cli_run_into_a_locked_output_exits_with_a_message(tmp_path):
    holder = KnowledgeStore(tmp_path / "out")
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", str(SAMPLES), "--out", str(tmp_path / "out"),
                             "--quiet", "--workers", "1"], capture_output=True, text=True, cwd=REPO, timeout=300)
    holder.finish()
    assert result.returncode == 3
    assert "another run is writing" in result.stderr


def _numbered_pages(tmp_path, count):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    for index in range(count):
        (corpus / f"page{index:02}.txt").write_text(f"Page {index}.\n{seeds[index % len(seeds)]}", encoding="utf-8")
    return corpus


def _run(corpus, out, *flags):
    """A run a page per batch, in this process: its exit code."""
    return main(["run", str(corpus), "--out", str(out), "--quiet", "--workers", "1", "--batch-size", "1", *flags])


def _killed(command, crash_at):
    """The command in a process of its own, stopped at the fault point ``crash_at`` as a kill would
    stop it (no cleanup, no flush): its exit status."""
    return subprocess.run([sys.executable, "-m", "pipeline", *command], cwd=REPO, env={**os.environ, CRASH_AT: crash_at},
                          timeout=300, capture_output=True, text=True).returncode


def _run_killed(corpus, out, *flags, crash_at):
    return _killed(["run", str(corpus), "--out", str(out), "--quiet", "--workers", "1", "--batch-size", "1", *flags],
                   crash_at)


def _assert_every_page_once(out, pages):
    documents = pd.read_parquet(out / "documents")
    mentions = pd.read_parquet(out / "mentions")
    roles = pd.read_parquet(out / "roles")
    assert len(documents) == pages and documents.doc_id.is_unique
    assert mentions.mention_id.is_unique and set(mentions.doc_id) <= set(documents.doc_id)
    assert len(roles) == len(roles.drop_duplicates(["person_mention_id", "role", "start"]))
    assert not list(out.rglob("*.tmp"))
    return documents, mentions


def test_a_run_killed_mid_way_and_run_again_holds_every_page_exactly_once(tmp_path):
    corpus, out = _numbered_pages(tmp_path, 5), tmp_path / "out"
    # The 1st write is the fresh store's empty part; the 5th is the 4th batch, killed before its documents.
    assert _run_killed(corpus, out, crash_at="before-documents-part:5") == 137
    assert len(pd.read_parquet(out / "documents")) == 3
    assert _run(corpus, out) == 0
    _assert_every_page_once(out, pages=5)


@pytest.fixture(scope="module")
def five_pages_built(tmp_path_factory):
    """Five pages and the output of one run over them, built once and copied by each test."""
    folder = tmp_path_factory.mktemp("five")
    corpus, out = _numbered_pages(folder, 5), folder / "out"
    assert _run(corpus, out) == 0
    return corpus, out


@pytest.mark.parametrize("point", ["before-documents-part:2", "journal-written", "part-superseded:3"])
def test_force_killed_at_any_point_loses_no_page_and_doubles_none(five_pages_built, tmp_path, point):
    corpus, built = five_pages_built
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before, before_mentions = _assert_every_page_once(out, pages=5)
    assert _run_killed(corpus, out, "--force", crash_at=point) == 137
    # Opening the output again finishes (or discards) what the killed run left.
    KnowledgeStore(out).finish()
    after, after_mentions = _assert_every_page_once(out, pages=5)
    assert set(after.doc_id) == set(before.doc_id)
    assert sorted(after_mentions.mention_id) == sorted(before_mentions.mention_id)


SMALL_BATCHES = 12  # over compact_after_parts (10) below


@pytest.fixture(scope="module")
def small_batches(tmp_path_factory):
    """Pages written a batch each: a small part per page (and the empty start part) in each batch table."""
    folder = tmp_path_factory.mktemp("small")
    corpus, out = _numbered_pages(folder, SMALL_BATCHES), folder / "out"
    assert _run(corpus, out) == 0
    return corpus, out


def _tables(out):
    """Every table, sorted, as one dataset; pyarrow and DuckDB read the same number of rows."""
    tables = {}
    for name in SCHEMAS:
        frame = pd.read_parquet(out / name)
        assert ds.dataset(out / name).count_rows() == len(frame), name
        assert duckdb.sql(f"select count(*) from read_parquet('{out / name}/*.parquet')").fetchall() == [(len(frame),)]
        tables[name] = frame.sort_values(list(frame.columns[:2])).reset_index(drop=True)
    return tables


def _assert_same(left, right):
    for name in left:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


@pytest.mark.parametrize("point", ["merged-part-written:3", "compaction-journal-written", "merged-part-moved:4"])
def test_compaction_killed_at_any_point_keeps_every_table_readable_and_loses_or_doubles_nothing(
        small_batches, tmp_path, capsys, point):
    _, built = small_batches
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = _tables(out)
    assert _killed(["compact", "--out", str(out)], crash_at=point) == 137
    _tables(out)  # readable as it was left, a moved part beside the ones it replaces included
    KnowledgeStore(out).finish()
    _assert_same(_tables(out), before)
    _assert_every_page_once(out, SMALL_BATCHES)
    assert main(["compact", "--out", str(out)]) == 0
    assert "-> 1 part files per batch table" in capsys.readouterr().out
    _assert_same(_tables(out), before)
    for table in BATCH_TABLES:
        assert len(list((out / table).glob("*.parquet"))) == 1, table
    assert not (out / ".compacting").exists() and not (out / ".compaction.json").exists()


def test_a_run_past_compact_after_parts_compacts_and_links_later_pages_as_linking_all_again(
        small_batches, tmp_path):
    corpus, built = small_batches
    out = tmp_path / "out"
    shutil.copytree(built, out)
    config = tmp_path / "pipeline.yaml"
    config.write_text("compact_after_parts: 10\n", encoding="utf-8")
    more = tmp_path / "more"
    more.mkdir()
    for index, seed in enumerate(sorted(SAMPLES.glob("*.txt"))[:2]):
        (more / f"more{index}.txt").write_text(f"More {index}.\n{seed.read_text(encoding='utf-8')}", encoding="utf-8")
    assert _run(more, out, "--config", str(config)) == 0
    assert len(list((out / "documents").glob("*.parquet"))) == 1
    (more / "later.txt").write_text("Later.\n" + sorted(SAMPLES.glob("*.txt"))[2].read_text(encoding="utf-8"),
                                    encoding="utf-8")
    assert _run(more, out) == 0  # linked onto the index of the compacted batches
    incremental = _tables(out)
    assert len(incremental["documents"]) == SMALL_BATCHES + 3
    (out / ".link_state.json").unlink()  # the index no longer says what it holds: every batch is linked again
    assert _run(more, out) == 0
    _assert_same(_tables(out), incremental)


def test_a_run_killed_while_linking_is_linked_whole_by_the_next_run(small_batches, tmp_path):
    _, built = small_batches
    more = tmp_path / "more"
    more.mkdir()
    for index, seed in enumerate(sorted(SAMPLES.glob("*.txt"))[3:]):
        (more / f"more{index}.txt").write_text(f"More {index}.\n{seed.read_text(encoding='utf-8')}", encoding="utf-8")
    linked = {}
    for crash_at in (None, "bucket-linked:2"):
        out = tmp_path / f"out-{crash_at}"
        shutil.copytree(built, out)
        if crash_at:
            assert _run_killed(more, out, crash_at=crash_at) == 137
            _tables(out)  # readable as the killed run left it
        assert _run(more, out) == 0
        tables = _tables(out)
        linked[crash_at] = {name: tables[name] for name in ("entities", "link_index", "mentions")}
    _assert_same(linked[None], linked["bucket-linked:2"])
