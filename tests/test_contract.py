"""The Parquet tables against their contract, pipeline/data/schema.yaml, read here on its own terms:
the files a real run wrote, and the README's Schema tables."""

import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from tests.conftest import REPO

CONTRACT = yaml.safe_load((REPO / "pipeline" / "data" / "schema.yaml").read_text(encoding="utf-8"))["tables"]
# The contract's type names as the README explains them, spelled out here rather than taken from store.py.
TYPES = {
    "string": pa.string(),
    "int64": pa.int64(),
    "double": pa.float64(),
    "date": pa.date32(),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "list<string>": pa.list_(pa.string()),
    "list<struct<form: string, lang: string, count: int64>>": pa.list_(
        pa.struct([("form", pa.string()), ("lang", pa.string()), ("count", pa.int64())])),
    "list<struct<label: string, count: int64>>": pa.list_(pa.struct([("label", pa.string()), ("count", pa.int64())])),
}


def rows_of(out, table):
    return pa.concat_tables([pq.read_table(part).replace_schema_metadata(None)
                             for part in sorted((out / table).glob("*.parquet"))])


@pytest.mark.parametrize("table", list(CONTRACT))
def test_every_file_a_run_writes_has_the_contracts_columns_in_order_with_their_types(samples_output, table):
    out, _ = samples_output
    parts = sorted((out / table).glob("*.parquet"))
    assert parts, f"no Parquet file for {table}"
    expected = [(name, TYPES[spec["type"]]) for name, spec in CONTRACT[table]["columns"].items()]
    for part in parts:
        written = pq.read_schema(part)
        assert [(field.name, field.type) for field in written] == expected, part.name
        assert written.metadata[b"pipeline.schema_version"] == b"2"


@pytest.mark.parametrize("table", ["documents", "segments", "mentions", "roles", "entities"])
def test_columns_the_contract_does_not_call_nullable_hold_a_value_in_every_row(samples_output, table):
    out, _ = samples_output
    data = rows_of(out, table)
    assert data.num_rows > 0
    for name, spec in CONTRACT[table]["columns"].items():
        if not spec.get("nullable"):
            assert data.column(name).null_count == 0, f"{table}.{name} is not nullable in the contract"


def test_every_column_has_a_known_type_and_a_meaning():
    for table, body in CONTRACT.items():
        assert body["description"], table
        for name, spec in body["columns"].items():
            assert spec["type"] in TYPES, (table, name)
            assert set(spec) <= {"type", "nullable", "meaning"} and spec["meaning"].strip(), (table, name)


def test_the_readme_schema_tables_are_written_from_the_contract():
    checked = subprocess.run([sys.executable, "scripts/build_schema_docs.py", "--check"], cwd=REPO,
                             capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for table, body in CONTRACT.items():
        assert f"**{table}** — {body['description']}" in readme
    assert "| start, end | int64 | character offsets into `documents.text` |" in readme  # shared rows stay shared


def test_the_docs_script_notices_a_readme_that_drifted(tmp_path):
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import build_schema_docs
    finally:
        sys.path.remove(str(REPO / "scripts"))
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    drifted = readme.replace("| n_chars | int64 |", "| n_chars | int32 |")
    rebuilt = build_schema_docs.with_tables(drifted, build_schema_docs.render({"tables": CONTRACT}))
    assert drifted != readme and rebuilt == readme


def test_the_readme_layout_is_written_from_the_tree():
    checked = subprocess.run([sys.executable, "scripts/build_layout.py", "--check"], cwd=REPO,
                             capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for module in ("resources.py", "annotator.py", "scoring.py", "link.py"):
        assert f"  {module} " in readme


def test_the_layout_script_refuses_a_module_it_does_not_place(tmp_path):
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import build_layout
    finally:
        sys.path.remove(str(REPO / "scripts"))
    flow = build_layout.FLOW
    try:
        build_layout.FLOW = [name for name in flow if name != "link.py"]
        with pytest.raises(SystemExit, match="in the tree only \\['link.py'\\]"):
            build_layout.render()
    finally:
        build_layout.FLOW = flow
