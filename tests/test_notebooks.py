"""The analyst notebooks run headless against a real pipeline output, as committed (no outputs)."""

import json
import shutil

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import REPO

GOLD = REPO / "corpus" / "gold"


def gold_on_two_dev_pages(folder):
    """corpus/gold with its real pages cut to the first two dev pages that have change events, so
    every cell of the evaluation notebook has figures to draw, at a fraction of the pages."""
    shutil.copytree(GOLD, folder, ignore=shutil.ignore_patterns("pages"))
    (folder / "pages").mkdir()
    lines = (GOLD / "pages" / "SPLIT.tsv").read_text(encoding="utf-8").splitlines(keepends=True)
    comments = [line for line in lines if line.startswith("#")]
    header, *rows = [line for line in lines if not line.startswith("#")]
    events = [json.loads(line) for line in (GOLD / "events.jsonl").read_text(encoding="utf-8").splitlines() if line]
    with_events = {event["page"] for event in events}
    kept = [row for row in rows if row.split("\t")[2].strip() == "dev" and row.split("\t")[0] in with_events][:2]
    assert len(kept) == 2
    (folder / "pages" / "SPLIT.tsv").write_text("".join([*comments, header, *kept]), encoding="utf-8")
    pages = {row.split("\t")[0] for row in kept}
    for page in pages:
        name = page.replace(".txt", ".jsonl")
        shutil.copy(GOLD / "pages" / name, folder / "pages" / name)
    (folder / "events.jsonl").write_text("".join(json.dumps(event, ensure_ascii=False) + "\n" for event in events
                                                 if event["page"] in pages), encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", ["explore.ipynb", "evaluate.ipynb"])
def test_notebook_runs_on_the_sample_output(name, samples_output, tmp_path, monkeypatch):
    out, _ = samples_output
    monkeypatch.setenv("KNOWLEDGE_DIR", str(out))
    monkeypatch.setenv("REPO_DIR", str(REPO))
    monkeypatch.setenv("PREDICTIONS", str(tmp_path / "predictions.tsv"))
    monkeypatch.setenv("GOLD_DIR", str(gold_on_two_dev_pages(tmp_path / "gold")))
    notebook = nbformat.read(REPO / "notebooks" / name, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), "commit notebooks stripped"
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    images = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
              if "image/png" in output.get("data", {})]
    assert images, "the notebook draws its charts"
