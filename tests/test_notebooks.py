"""The analyst notebooks run headless against a real pipeline output, as committed (no outputs)."""

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import REPO


@pytest.mark.parametrize("name", ["explore.ipynb", "evaluate.ipynb"])
def test_notebook_runs_on_the_sample_output(name, samples_output, tmp_path, monkeypatch):
    out, _ = samples_output
    monkeypatch.setenv("KNOWLEDGE_DIR", str(out))
    monkeypatch.setenv("REPO_DIR", str(REPO))
    monkeypatch.setenv("PREDICTIONS", str(tmp_path / "predictions.tsv"))
    notebook = nbformat.read(REPO / "notebooks" / name, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), "commit notebooks stripped"
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    images = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
              if "image/png" in output.get("data", {})]
    assert images, "the notebook draws its charts"
