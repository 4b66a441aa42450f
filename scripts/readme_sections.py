"""The README sections that scripts write from the project's own files, between two markers:
``replaced`` puts a new body between them, ``write_or_check`` rewrites README.md or, with
``--check``, only says whether it is out of date."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"


def replaced(readme: str, begin: str, end: str, body: str) -> str:
    before, rest = readme.split(begin, 1)
    _, after = rest.split(end, 1)
    return f"{before}{begin}\n{body}\n{end}{after}"


def write_or_check(description: str, begin: str, end: str, body: str, source: str, script: str,
                   argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if README.md is out of date")
    args = parser.parse_args(argv)
    readme = README.read_text(encoding="utf-8")
    updated = replaced(readme, begin, end, body)
    if args.check:
        if updated != readme:
            print(f"README.md differs from {source}; run python {script}", file=sys.stderr)
            return 1
        return 0
    README.write_text(updated, encoding="utf-8")
    return 0
