"""Writes the README's Layout section from the tree: each module of ``pipeline/`` with the first
sentence of its docstring, in the order the data flows through them.

    python scripts/build_layout.py           # rewrite README.md between the layout markers
    python scripts/build_layout.py --check   # exit 1 if README.md differs from the tree

A module that is added or removed without updating ``FLOW`` stops the script (and the test that
runs it), so the layout never goes stale.
"""

from __future__ import annotations

import ast
import re
import sys
import textwrap
from pathlib import Path

from readme_sections import REPO, write_or_check

PACKAGE = REPO / "pipeline"
BEGIN = "<!-- layout: written by scripts/build_layout.py from the modules' docstrings -->"
END = "<!-- end of layout -->"
# The package's top level in the order a page goes through it; a folder lists its modules below it.
FLOW = ["__init__.py", "__main__.py", "cli.py", "config.py", "records.py", "resources.py", "data/", "lexicon.py",
        "taxonomy.py", "patterns.py", "ingest.py", "segment.py", "language.py", "translit.py", "ner/", "normalize/",
        "dates.py", "roles.py", "engine/", "store.py", "faults.py", "link.py", "folding.py", "positions.py", "who.py",
        "report.py", "evaluate/", "iob.py", "train.py"]
OUTSIDE = {  # the other top-level folders, which hold no Python package
    "models/": "the Kazakh NER model, its training config and README (where it came from)",
    "corpus/": "sample input (the seed pages) and hand-made gold: seed pages, pages/ (officials on ../shared/pages), events; probes/ (made-up pages, development data)",
    "notebooks/": "explore.ipynb (the tables in pandas, DuckDB, polars) and evaluate.ipynb (accuracy per language)",
    "tests/": "pytest, on real sentences, real models, real Parquet and a real Dask cluster",
    "bench/": "make bench: throughput and memory (run.py), the NER models alone, who/report, store growth",
    "scripts/": "builders of data files, notebooks and README sections, and NEREL profession counts",
}
NAME_WIDTH = 24
LINE_WIDTH = 118


def summary(path: Path) -> str:
    """The first sentence of a module's docstring (a package's ``__init__.py`` for a folder)."""
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    paragraph = " ".join(doc.split("\n\n")[0].split())
    sentence = re.match(r"(.+?\.)(?:\s|$)", paragraph)
    return (sentence.group(1) if sentence else paragraph).replace("``", "")


def entry(name: str, text: str, indent: int = 0) -> list[str]:
    lines = textwrap.wrap(text, LINE_WIDTH - NAME_WIDTH) or [""]
    first = f"{' ' * indent}{name}".ljust(NAME_WIDTH - 1) + " " + lines[0]
    return [first.rstrip()] + [" " * NAME_WIDTH + line for line in lines[1:]]


def render() -> str:
    present = {path.name + ("/" if path.is_dir() else "") for path in PACKAGE.iterdir()
               if path.suffix == ".py" or (path.is_dir() and (path / "__init__.py").exists())}
    if present != set(FLOW):
        raise SystemExit(f"pipeline/ and FLOW in {Path(__file__).name} differ: in the tree only "
                         f"{sorted(present - set(FLOW))}, in FLOW only {sorted(set(FLOW) - present)}")
    lines = ["pipeline/".ljust(NAME_WIDTH - 1) + " the package; python -m pipeline"]
    for name in FLOW:
        if name.endswith("/"):
            folder = PACKAGE / name
            lines += entry(name, summary(folder / "__init__.py"), 2)
            for module in sorted(folder.glob("*.py")):
                if module.name != "__init__.py":
                    lines += entry(module.name, summary(module), 4)
        else:
            lines += entry(name, summary(PACKAGE / name), 2)
    missing = [name for name in OUTSIDE if not (REPO / name).is_dir()]
    if missing:
        raise SystemExit(f"OUTSIDE in {Path(__file__).name} names folders that are gone: {missing}")
    for name, text in OUTSIDE.items():
        lines += entry(name, text)
    return "```\n" + "\n".join(lines) + "\n```"


if __name__ == "__main__":
    sys.exit(write_or_check(__doc__, BEGIN, END, render(), "the tree", "scripts/build_layout.py"))
