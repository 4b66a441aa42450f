"""Writes notebooks/explore.ipynb and notebooks/evaluate.ipynb from the cells below, without outputs.

    .venv/bin/python scripts/build_notebooks.py
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"

EXPLORE = [
    new_markdown_cell("# Who held which post, when\n\nThe tables `python -m pipeline run` writes (`make run` writes "
                      "`out/knowledge`). Set the folder in the next cell; everything below reads only from it."),
    new_code_cell('import os\nfrom pathlib import Path\n\nimport duckdb\nimport matplotlib.pyplot as plt\nimport pandas as pd\n\n'
                  'KNOWLEDGE = Path(os.environ.get("KNOWLEDGE_DIR", "../out/knowledge"))\n'
                  'tables = {name: pd.read_parquet(KNOWLEDGE / name) for name in\n'
                  '          ["documents", "mentions", "roles", "positions", "events", "entities", "errors"]}\n'
                  'pd.Series({name: len(frame) for name, frame in tables.items()}, name="rows").to_frame().T'),
    new_markdown_cell("## Positions: one row per person, post, institution and status\n\n`roles` has a row per mention; "
                      "`positions` groups them, with the first and last publication date the post was reported on, the "
                      "number of pages, the best evidence sentence and the change events. DuckDB reads the Parquet files "
                      "directly."),
    new_code_cell('positions = duckdb.sql(f"""\n'
                  '    select person, role_label as post, status, org, first_seen, last_seen, n_docs, events\n'
                  "    from read_parquet('{KNOWLEDGE}/positions/*.parquet')\n"
                  '    order by org nulls last, post, last_seen desc nulls last\n'
                  '""").df()\n'
                  'assert not positions.empty and len(positions) <= len(tables["roles"])\n'
                  'positions.head(20)'),
    new_markdown_cell("## People, grouped by `person_id`\n\nEach person once, with every post and institution they were "
                      "seen in, across pages, languages and spellings (`person_id` is an `entities.entity_id`)."),
    new_code_cell('people = (tables["positions"]\n'
                  '          .assign(post=lambda frame: frame.role_label + " @ " + frame.org.fillna("?"))\n'
                  '          .groupby("person_id")\n'
                  '          .agg(person=("person", "first"), posts=("post", lambda posts: sorted(set(posts))),\n'
                  '               pages=("n_docs", "sum"), first_seen=("first_seen", "min"), last_seen=("last_seen", "max"))\n'
                  '          .sort_values(["pages", "person"], ascending=[False, True]))\n'
                  'assert people.index.is_unique\n'
                  'people.head(15)'),
    new_markdown_cell("## Timeline: who held the posts, and when the pages reported them\n\nOne line per position, from "
                      "the first to the last page date (a dot when a single date); the busiest institutions first. "
                      "Dates are publication dates, not terms of office."),
    new_code_cell('dated = tables["positions"].dropna(subset=["first_seen", "org"])\n'
                  'busiest = dated.groupby("org").person_id.nunique().sort_values(ascending=False).index[:6]\n'
                  'shown = dated[dated.org.isin(busiest)].sort_values(["org", "role_label", "first_seen"]).head(30)\n'
                  'fig, ax = plt.subplots(figsize=(10, 0.35 * len(shown) + 1))\n'
                  'colors = {org: plt.cm.tab10(index) for index, org in enumerate(busiest)}\n'
                  'for y, row in enumerate(shown.itertuples()):\n'
                  '    start, end = pd.Timestamp(row.first_seen), pd.Timestamp(row.last_seen)\n'
                  '    ax.plot([start, end], [y, y], color=colors[row.org], linewidth=6, solid_capstyle="round")\n'
                  '    ax.plot([start], [y], "o", color=colors[row.org])\n'
                  'ax.set_yticks(range(len(shown)), [f"{row.person} - {row.role_label}" for row in shown.itertuples()])\n'
                  'ax.invert_yaxis()\n'
                  'ax.legend(handles=[plt.Line2D([], [], color=color, linewidth=6, label=org[:45]) for org, color in colors.items()],\n'
                  '          loc="upper left", bbox_to_anchor=(1, 1), fontsize="small")\n'
                  'ax.set_title("positions over time, by the dates of the pages");'),
    new_markdown_cell("## Who is linked to which institution\n\nPeople on the left, institutions on the right, a line per "
                      "post (its label in the middle). Drawn with matplotlib alone."),
    new_code_cell('edges = tables["positions"].dropna(subset=["org_id"])\n'
                  'top_orgs = edges.groupby("org_id").person_id.nunique().sort_values(ascending=False).index[:8]\n'
                  'edges = edges[edges.org_id.isin(top_orgs)]\n'
                  'order = {org: index for index, org in enumerate(top_orgs)}\n'
                  'by_first_org = edges.assign(at=edges.org_id.map(order)).sort_values(["at", "person"]).person_id\n'
                  'left = {person: index for index, person in enumerate(dict.fromkeys(by_first_org))}\n'
                  'right = {org: index * (len(left) - 1) / max(1, len(top_orgs) - 1) for index, org in enumerate(top_orgs)}\n'
                  'names = dict(zip(edges.person_id, edges.person))\n'
                  'org_names = dict(zip(edges.org_id, edges.org))\n'
                  'fig, ax = plt.subplots(figsize=(11, 0.4 * len(left) + 1))\n'
                  'for row in edges.itertuples():\n'
                  '    y0, y1 = left[row.person_id], right[row.org_id]\n'
                  '    ax.plot([0, 1], [y0, y1], color="tab:blue", alpha=0.5)\n'
                  '    ax.text(0.02, y0 + 0.1 * (y1 - y0), row.role_label, fontsize=7, va="bottom", color="tab:gray")\n'
                  'for person, y in left.items():\n'
                  '    ax.text(-0.02, y, names[person], ha="right", va="center")\n'
                  'for org, y in right.items():\n'
                  '    ax.text(1.02, y, str(org_names[org])[:50], ha="left", va="center", weight="bold")\n'
                  'ax.set_xlim(-0.6, 1.7); ax.invert_yaxis(); ax.axis("off")\n'
                  'ax.set_title("people and institutions");'),
    new_markdown_cell("## Change events: appointed, dismissed, resigned, acting\n\nRead from the words next to a title "
                      "(`events:` in `pipeline/data/roles.yaml`), dated by the page. For example, the akims whose change "
                      "the pages of the latest year report:"),
    new_code_cell('events = tables["events"]\n'
                  'print(events.kind.value_counts().to_dict() or "no change events in this output")\n'
                  'latest_year = pd.to_datetime(events.date).dt.year.max()\n'
                  'events[(events.role == "akim") & (pd.to_datetime(events.date).dt.year == latest_year)][\n'
                  '    ["date", "kind", "person", "org", "url"]]'),
    new_markdown_cell("## Mentions per language and label"),
    new_code_cell('per_lang_label = tables["mentions"].pivot_table(index="label", columns="lang", values="mention_id",\n'
                  '                                                  aggfunc="count", fill_value=0)\n'
                  'main_labels = [label for label in ["PERSON", "ORG", "GPE", "LOC", "POSITION", "DATE"] if label in per_lang_label.index]\n'
                  'ax = per_lang_label.loc[main_labels].plot.bar(figsize=(8, 4), title="Mentions per label and language")\n'
                  'ax.set_ylabel("mentions");'),
    new_markdown_cell("## Institutions by the number of people seen in a post there"),
    new_code_cell('per_org = tables["positions"].dropna(subset=["org"]).groupby("org").person_id.nunique().sort_values()\n'
                  'per_org.tail(12).plot.barh(figsize=(8, 4), title="people per institution").set_xlabel("people");'),
    new_markdown_cell("## Extraction errors\n\nInputs that could not be processed, one line each, with the stage and the reason."),
    new_code_cell('tables["errors"]'),
]

EVALUATE = [
    new_markdown_cell("# Evaluation results\n\nThe figures of `python -m pipeline evaluate gold --json` (the seed pages, "
                      "and the officials of the 48 real pages when `../shared/pages` is there), per language; then the "
                      "configured Kazakh backend on a KazNERD excerpt it did not train on (`tests/fixtures`), and date "
                      "reading. Set `CONLL` to a larger file for real NER numbers, `GOLD_DIR` to another gold corpus."),
    new_code_cell('import json\nimport os\nimport subprocess\nimport sys\nfrom collections import Counter\nfrom pathlib import Path\n\n'
                  'import matplotlib.pyplot as plt\nimport pandas as pd\n\nfrom pipeline.config import load_settings\n'
                  'from pipeline.evaluate.dates import evaluate_dates\nfrom pipeline.evaluate.ner import backend_tagger, evaluate_conll\n\n'
                  'REPO = Path(os.environ.get("REPO_DIR", "..")).resolve()\n'
                  'GOLD = Path(os.environ.get("GOLD_DIR", REPO / "corpus/gold"))\n'
                  'CONLL = Path(os.environ.get("CONLL", REPO / "tests/fixtures/kaznerd_dev_excerpt.iob"))\n'
                  'PREDICTIONS = Path(os.environ.get("PREDICTIONS", "kk_predictions.tsv"))\n\n\n'
                  'def pipeline_json(*arguments):\n'
                  '    done = subprocess.run([sys.executable, "-m", "pipeline", *arguments, "--json"], cwd=REPO,\n'
                  '                          capture_output=True, text=True, check=True)\n'
                  '    return json.loads(done.stdout)\n\n\n'
                  'gold = pipeline_json("evaluate", "gold", str(GOLD))\n'
                  'sorted(gold)'),
    new_markdown_cell("## Seed pages: NER, roles and names per language"),
    new_code_cell('seed = pd.DataFrame({\n'
                  '    "NER exact": {lang: scores["micro"]["f1"] for lang, scores in gold["ner_exact"].items()},\n'
                  '    "NER partial": {lang: scores["micro"]["f1"] for lang, scores in gold["ner_partial"].items()},\n'
                  '    "person, role": {lang: prf["f1"] for lang, prf in gold["roles_person_role"].items()},\n'
                  '    "person, role, institution": {lang: prf["f1"] for lang, prf in gold["roles_person_role_org"].items()},\n'
                  '    "names": {lang: names["accuracy_of_found"] for lang, names in gold["names"].items()},\n'
                  '})\n'
                  'seed.plot.bar(figsize=(9, 4), ylim=(0, 1), rot=0, title="seed pages: F1 (names: accuracy) per language")\n'
                  'plt.legend(loc="lower left", fontsize="small")\n'
                  'seed'),
    new_markdown_cell("## Officials on the real pages, per page group (language), split and measure\n\n`dev` pages were "
                      "looked at while tuning; `held` pages were not."),
    new_code_cell('officials = gold.get("officials")\n'
                  'if officials:\n'
                  '    rows = [{"split": split, "group": group, "measure": measure, "f1": prf["f1"], "gold": prf["gold"]}\n'
                  '            for split, groups in officials["scores"].items() for group, measures in groups.items()\n'
                  '            for measure, prf in measures.items()]\n'
                  '    table = pd.DataFrame(rows).pivot_table(index=["split", "group"], columns="measure", values="f1")\n'
                  '    fig, axes = plt.subplots(1, len(officials["scores"]), figsize=(12, 4), sharey=True, squeeze=False)\n'
                  '    for ax, split in zip(axes[0], officials["scores"]):\n'
                  '        table.loc[split].plot.bar(ax=ax, ylim=(0, 1), rot=0, title=f"officials, {split} pages", legend=ax is axes[0][0])\n'
                  'else:\n'
                  '    table = "../shared/pages is absent here: no officials figures"\n'
                  'table'),
    new_markdown_cell("## Change events on the real pages"),
    new_code_cell('if (REPO.parent / "shared" / "pages").is_dir():\n'
                  '    events = pipeline_json("evaluate", "events", str(GOLD / "events.jsonl"), "--split", str(GOLD / "pages"))\n'
                  '    per_group = pd.DataFrame(events["per_group"]).T[["precision", "recall", "f1", "gold"]]\n'
                  '    per_group[["precision", "recall", "f1"]].plot.bar(ylim=(0, 1.05), rot=0, figsize=(7, 3), title="events per page group")\n'
                  'else:\n'
                  '    per_group = "../shared/pages is absent here: no events figures"\n'
                  'per_group'),
    new_markdown_cell("## Kazakh NER per label (exact span match) and date reading per language"),
    new_code_cell('scores = evaluate_conll(backend_tagger(load_settings().ner["kk"]), CONLL, predictions=PREDICTIONS)\n'
                  'dates = evaluate_dates(REPO / "corpus/gold/dates.jsonl")\n'
                  'assert 0.0 < scores.micro.f1 <= 1.0\n'
                  'per_label = pd.DataFrame({label: vars(prf) for label, prf in scores.per_label.items()}).T\n'
                  'fig, (left, right) = plt.subplots(1, 2, figsize=(12, 5))\n'
                  'per_label.query("gold > 0").sort_values("f1")["f1"].plot.barh(ax=left, xlim=(0, 1), title=f"kk F1 per label (micro {scores.micro.f1:.3f})")\n'
                  'pd.DataFrame(dates.per_lang).T["accuracy"].plot.bar(ax=right, ylim=(0, 1), rot=0, title="dates: accuracy per language");'),
    new_markdown_cell("## Confusion of labels\n\nToken by token, from the predictions file: which gold label the model "
                      "gave which label (B-/I- prefixes dropped, `O` included)."),
    new_code_cell('pairs = Counter()\nfor line in PREDICTIONS.read_text(encoding="utf-8").splitlines():\n'
                  '    if line:\n        _, gold_tag, predicted_tag = line.split("\\t")\n'
                  '        pairs[(gold_tag.split("-")[-1], predicted_tag.split("-")[-1])] += 1\n'
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
