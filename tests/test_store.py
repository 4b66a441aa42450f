"""Crash safety, locking and schema versions of the Parquet output."""

import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.store import KnowledgeStore, OutputLocked, SchemaMismatch, write_batch
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
    assert len(list((tmp_path / "documents").glob("*.parquet"))) == 1


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
    assert result.returncode == 2
    assert "another run is writing" in result.stderr


def test_a_run_killed_mid_way_and_run_again_holds_every_page_exactly_once(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    for index in range(30):
        (corpus / f"page{index:02}.txt").write_text(f"Page {index}.\n{seeds[index % len(seeds)]}", encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--quiet",
               "--workers", "1", "--batch-size", "1"]
    process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while len(list((out / "documents").glob("part-*.parquet"))) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    written = len(list((out / "documents").glob("part-*.parquet")))
    assert 3 <= written < 30, "the kill should land mid-run"
    subprocess.run(command, cwd=REPO, check=True, timeout=300, stderr=subprocess.DEVNULL)
    documents = pd.read_parquet(out / "documents")
    mentions = pd.read_parquet(out / "mentions")
    assert len(documents) == 30 and documents.doc_id.is_unique
    assert mentions.mention_id.is_unique
    assert set(mentions.doc_id) <= set(documents.doc_id)
    assert not list(out.rglob("*.tmp"))
