"""Writes notebooks/explore.ipynb and notebooks/evaluate.ipynb from the cells below, without outputs.

    .venv/bin/python scripts/build_notebooks.py
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"

EXPLORE = [
    new_markdown_cell("# Explore the knowledge tables\n\nThe tables `python -m pipeline run` writes (`make run` writes "
                      "`out/knowledge`). Set the folder in the next cell; everything below reads only from it."),
    new_code_cell('import os\nfrom pathlib import Path\n\nimport duckdb\nimport matplotlib\nimport matplotlib.pyplot as plt\n'
                  'import pandas as pd\n\nKNOWLEDGE = Path(os.environ.get("KNOWLEDGE_DIR", "../out/knowledge"))\n'
                  'tables = {name: pd.read_parquet(KNOWLEDGE / name) for name in\n'
                  '          ["documents", "segments", "mentions", "roles", "entities", "errors"]}\n'
                  '{name: len(frame) for name, frame in tables.items()}'),
    new_markdown_cell("## Officials\n\nOne row per person, role and institution, with the page date and where it was read. "
                      "DuckDB queries the Parquet files directly."),
    new_code_cell('officials = duckdb.sql(f"""\n'
                  '    select r.person, r.role, r.role_label, r.org, r.published, coalesce(d.url, d.source) as source, r.confidence\n'
                  "    from read_parquet('{KNOWLEDGE}/roles/*.parquet') r\n"
                  "    join read_parquet('{KNOWLEDGE}/documents/*.parquet') d using (doc_id)\n"
                  '    order by r.published desc, r.person\n'
                  '""").df()\n'
                  'assert not officials.empty, "the officials table is empty"\n'
                  'assert set(tables["roles"].doc_id) <= set(tables["documents"].doc_id), "a role points to a missing document"\n'
                  'officials.head(20)'),
    new_markdown_cell("## All roles of one person over time\n\nPeople are linked across pages, languages and spellings "
                      "(`roles.person_id` is an `entities.entity_id`), so one query finds every page about them."),
    new_code_cell('people = tables["entities"].query("type == \'PERSON\'").set_index("entity_id")\n'
                  'busiest = tables["roles"].person_id.value_counts().index[0]\n'
                  'print(people.loc[busiest, "name"], "also written as", list(people.loc[busiest, "aliases"]))\n'
                  'tables["roles"].query("person_id == @busiest")[["published", "title", "role", "org", "source"]].sort_values("published")'),
    new_markdown_cell("## Who held role X at institution Y"),
    new_code_cell('ROLE, INSTITUTION = "rector", "kaznpu"\n'
                  'tables["roles"].query("role == @ROLE and org_id == @INSTITUTION")[["person", "published", "title", "evidence"]]'),
    new_markdown_cell("## Mentions per language and label"),
    new_code_cell('per_lang_label = tables["mentions"].pivot_table(index="label", columns="lang", values="mention_id",\n'
                  '                                                  aggfunc="count", fill_value=0)\n'
                  'per_lang_label.sort_values(per_lang_label.columns.tolist(), ascending=False)'),
    new_code_cell('main_labels = [label for label in ["PERSON", "ORG", "GPE", "LOC", "POSITION", "DATE"] if label in per_lang_label.index]\n'
                  'ax = per_lang_label.loc[main_labels].plot.bar(figsize=(8, 4), title="Mentions per label and language")\n'
                  'ax.set_ylabel("mentions");'),
    new_markdown_cell("## Top institutions\n\nInstitutions in the registry keep their registry id (`kaznpu`); others are "
                      "clustered by their folded name."),
    new_code_cell('institutions = tables["entities"].query("type == \'ORG\'").sort_values(["n_docs", "n_mentions"], ascending=False)\n'
                  'institutions[["entity_id", "name", "n_docs", "n_mentions", "aliases"]].head(15)'),
    new_code_cell('top = institutions.head(10).set_index("name")["n_docs"].sort_values()\n'
                  'top.plot.barh(figsize=(8, 4), title="Institutions by number of pages").set_xlabel("pages");'),
    new_markdown_cell("## Extraction errors\n\nInputs that could not be processed, one line each, with the stage and the reason."),
    new_code_cell('tables["errors"]'),
]

EVALUATE = [
    new_markdown_cell("# Evaluation results\n\nScores the configured Kazakh backend on a KazNERD excerpt it did not train on "
                      "(`tests/fixtures`), and date reading on the date gold set. `python -m pipeline evaluate` gives the "
                      "same figures on any file; set `CONLL` to a larger one for real numbers."),
    new_code_cell('import os\nfrom collections import Counter\nfrom pathlib import Path\n\nimport matplotlib.pyplot as plt\n'
                  'import pandas as pd\n\nfrom pipeline.config import load_settings\n'
                  'from pipeline.evaluate import evaluate_conll, evaluate_dates\n\n'
                  'REPO = Path(os.environ.get("REPO_DIR", ".."))\n'
                  'CONLL = Path(os.environ.get("CONLL", REPO / "tests/fixtures/kaznerd_dev_excerpt.iob"))\n'
                  'PREDICTIONS = Path(os.environ.get("PREDICTIONS", "kk_predictions.tsv"))\n'
                  'scores = evaluate_conll(load_settings().ner["kk"], CONLL, predictions=PREDICTIONS)\n'
                  'dates = evaluate_dates(REPO / "corpus/gold/dates.jsonl")\n'
                  'print("kk micro F1", scores.micro.f1, "| dates accuracy", dates.accuracy)'),
    new_markdown_cell("## Per-label F1 (Kazakh NER, exact span match)"),
    new_code_cell('per_label = pd.DataFrame({label: vars(prf) for label, prf in scores.per_label.items()}).T\n'
                  'assert 0.0 < scores.micro.f1 <= 1.0\n'
                  'per_label.query("gold > 0").sort_values("f1")["f1"].plot.barh(figsize=(7, 6), xlim=(0, 1), title="kk F1 per label");'),
    new_markdown_cell("## Per-language accuracy of date reading"),
    new_code_cell('pd.DataFrame(dates.per_lang).T["accuracy"].plot.bar(ylim=(0, 1), title="dates: accuracy per language");'),
    new_markdown_cell("## Confusion of labels\n\nToken by token, from the predictions file: which gold label the model "
                      "gave which label (B-/I- prefixes dropped, `O` included)."),
    new_code_cell('pairs = Counter()\nfor line in PREDICTIONS.read_text(encoding="utf-8").splitlines():\n'
                  '    if line:\n        _, gold, pred = line.split("\\t")\n'
                  '        pairs[(gold.split("-")[-1], pred.split("-")[-1])] += 1\n'
                  'confusion = pd.Series(pairs).unstack(fill_value=0)\n'
                  'main = [label for label in ["PERSON", "GPE", "ORG", "POSITION", "LOC", "DATE", "O"]\n'
                  '        if label in confusion.index and label in confusion.columns]\n'
                  'fig, ax = plt.subplots(figsize=(6, 5))\n'
                  'ax.imshow(confusion.loc[main, main].values, cmap="Blues")\n'
                  'ax.set_xticks(range(len(main)), main, rotation=45); ax.set_yticks(range(len(main)), main)\n'
                  'ax.set_xlabel("predicted"); ax.set_ylabel("gold"); ax.set_title("label confusion (tokens)")\n'
                  'confusion.loc[main, main]'),
]


def main() -> None:
    for name, cells in [("explore.ipynb", EXPLORE), ("evaluate.ipynb", EVALUATE)]:
        notebook = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                      "language": "python"}})
        nbformat.write(notebook, NOTEBOOKS / name)
        print("wrote", NOTEBOOKS / name)


if __name__ == "__main__":
    main()
