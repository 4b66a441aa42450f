"""Writes the README's Schema tables from the contract in pipeline/data/schema.yaml.

    python scripts/build_schema_docs.py           # rewrite README.md between the schema markers
    python scripts/build_schema_docs.py --check   # exit 1 if README.md differs from the contract

Consecutive columns with the same type and meaning share one row ("start, end"), as written by hand before.
"""

from __future__ import annotations

import sys
from itertools import groupby

import yaml

from readme_sections import REPO, replaced, write_or_check

CONTRACT = REPO / "pipeline" / "data" / "schema.yaml"
BEGIN = "<!-- schema tables: written by scripts/build_schema_docs.py from pipeline/data/schema.yaml -->"
END = "<!-- end of schema tables -->"
TYPE_WORDS = {"timestamp": "timestamp (UTC)"}


def type_cell(spec: dict) -> str:
    written = TYPE_WORDS.get(spec["type"], spec["type"])
    return f"{written}, nullable" if spec.get("nullable") else written


def render(contract: dict) -> str:
    sections = []
    for table, body in contract["tables"].items():
        rows = ["| column | type | meaning |", "|---|---|---|"]
        columns = body["columns"].items()
        for (cell, meaning), group in groupby(columns, key=lambda item: (type_cell(item[1]), item[1]["meaning"])):
            rows.append(f"| {', '.join(name for name, _ in group)} | {cell} | {meaning} |")
        section = f"**{table}** — {body['description']}\n\n" + "\n".join(rows)
        if body.get("note"):
            section += "\n\n" + body["note"]
        sections.append(section)
    return "\n\n".join(sections)


def with_tables(readme: str, tables: str) -> str:
    return replaced(readme, BEGIN, END, tables)


def main(argv: list[str] | None = None) -> int:
    tables = render(yaml.safe_load(CONTRACT.read_text(encoding="utf-8")))
    return write_or_check(__doc__, BEGIN, END, tables, str(CONTRACT.relative_to(REPO)), "scripts/build_schema_docs.py", argv)


if __name__ == "__main__":
    sys.exit(main())
