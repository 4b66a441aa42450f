"""A static who's-who: one self-contained HTML file from the ``positions`` table.

Per institution, its officials over time; per person, their posts; every fact carries its best
evidence sentence and the page it came from. No network, no external script or style: the search
box is a few lines of inline JavaScript, and it folds a Latin query with the same rules as
``pipeline.normalize.latin`` (sent as data), so ``Balykbayev`` finds ``Балыкбаев``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from html import escape
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.normalize.latin import folding_rules, letter_sounds
from pipeline.store import REBUILT_PARTS

NO_INSTITUTION = "(institution not named)"
# Evidence sentences are shown up to this length: they are most of the report's size.
EXCERPT_CHARS = 300

STYLE = """body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:70em}
table{border-collapse:collapse;width:100%;margin-bottom:1em}td,th{border-bottom:1px solid #ddd;padding:3px 6px;
text-align:left;vertical-align:top}h2{margin-top:1.5em}section h3{margin-bottom:.2em}q{color:#444}
.status{color:#a50}.events{color:#070}#search{font-size:16px;width:30em}"""

SCRIPT = """const folds = FOLDS.map(([p, r]) => [new RegExp(p, "g"), r.replace(/\\\\(\\d)/g, "$$$1")]);
const sounded = new RegExp("[" + Object.keys(SOUNDS).join("") + "]", "g");
function key(text) {
  const spelled = text.toLowerCase().normalize("NFC").replace(sounded, letter => SOUNDS[letter]);
  return spelled.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").split(/\\s+/).map(word => {
    word = word.replace(/[^a-z0-9]/g, "");
    for (const [pattern, replacement] of folds) word = word.replace(pattern, replacement);
    return word; }).filter(Boolean).join(" ");
}
document.getElementById("search").addEventListener("input", event => {
  const typed = event.target.value.trim().toLowerCase(), folded = key(typed);
  for (const section of document.querySelectorAll("section[data-search]")) {
    const text = section.dataset.search;
    section.hidden = typed !== "" && !text.includes(typed) && !(folded && text.includes(folded));
  }
});"""


def read_positions(store: Path) -> list[dict]:
    with pq.ParquetFile(Path(store) / "positions" / REBUILT_PARTS["positions"]) as opened:
        return opened.read().to_pylist()


def _excerpt(sentence: str) -> str:
    """The evidence sentence, its tail cut past ``EXCERPT_CHARS`` (the page has it whole)."""
    return sentence if len(sentence) <= EXCERPT_CHARS else sentence[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"


def _link(url: str) -> str:
    return f'<a href="{escape(url)}">{escape(url)}</a>' if url.startswith(("http://", "https://")) else escape(url)


def _seen(row: dict) -> str:
    first, last = row["first_seen"], row["last_seen"]
    return escape(f"{first or '?'}" if first == last else f"{first or '?'} – {last or '?'}")


def _post(row: dict) -> str:
    status = "" if row["status"] == "current" else f' <span class="status">({escape(row["status"])})</span>'
    events = f' <span class="events">{escape(", ".join(row["events"]))}</span>' if row["events"] else ""
    return escape(row["role_label"]) + status + events


def render(positions: list[dict], title: str = "Who's who") -> str:
    """The report's HTML. Facts (``f1``, ``f2``...) sit in their institution's table; the person
    sections link to them; each fact links to its evidence sentence (``s1``...), listed once per
    page and sentence with the page's URL."""
    by_org, by_person, sources = defaultdict(list), defaultdict(list), {}
    for number, row in enumerate(positions, 1):
        source = sources.setdefault((row["evidence_doc_id"], row["evidence"]), (f"s{len(sources) + 1}", row["evidence_url"]))
        row = {**row, "fact": f"f{number}", "source": source[0]}
        by_org[row["org_id"] or ""].append(row)
        by_person[row["person_id"]].append(row)
    parts = [f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
             f"<style>{STYLE}</style></head><body><h1>{escape(title)}</h1>",
             f"<p>{len(positions)} positions of {len(by_person)} people at {len(by_org)} institutions. "
             f"Dates are those of the pages that report the post, not terms of office.</p>",
             '<input id="search" type="search" placeholder="person, institution or post, in any spelling" autofocus>',
             "<h2>Institutions</h2>"]
    for org_id, rows in sorted(by_org.items(), key=lambda item: (item[1][0]["org"] or "~", item[0])):
        rows.sort(key=lambda row: (row["role_label"], row["first_seen"] or row["last_seen"] or date.max, row["person"]))
        name = rows[0]["org"] or NO_INSTITUTION
        search = " ".join({name.lower(), rows[0]["org_search"], *(row["role_label"].lower() for row in rows)})
        parts.append(f'<section id="org-{escape(org_id or "none")}" data-search="{escape(search)}">'
                     f"<h3>{escape(name)}</h3><table><tr><th>person<th>post<th>seen<th>pages<th>evidence")
        parts += [f'<tr id="{row["fact"]}"><td><a href="#person-{escape(row["person_id"])}">{escape(row["person"])}</a>'
                  f'<td>{_post(row)}<td>{_seen(row)}<td>{row["n_docs"]}<td><a href="#{row["source"]}">source</a>'
                  for row in rows]
        parts.append("</table></section>")
    parts.append("<h2>People</h2>")
    for person_id, rows in sorted(by_person.items(), key=lambda item: (item[1][0]["person"], item[0])):
        rows.sort(key=lambda row: (row["first_seen"] or row["last_seen"] or date.max, row["role_label"]))
        search = " ".join({rows[0]["person"].lower(), rows[0]["person_latin"].lower(), rows[0]["person_search"]})
        parts.append(f'<section id="person-{escape(person_id)}" data-search="{escape(search)}">'
                     f"<h3>{escape(rows[0]['person'])}</h3><ul>")
        for row in rows:
            org = (f'<a href="#org-{escape(row["org_id"])}">{escape(row["org"] or "")}</a>' if row["org_id"]
                   else NO_INSTITUTION)
            parts.append(f'<li><a href="#{row["fact"]}">{_post(row)}</a>, {org}, {_seen(row)}')
        parts.append("</ul></section>")
    parts.append("<h2>Sources</h2><ol>")
    parts += [f'<li id="{number}"><q>{escape(_excerpt(sentence))}</q> {_link(url or "")}'
              for (_, sentence), (number, url) in sources.items()]
    folds, sounds = json.dumps(folding_rules()), json.dumps(letter_sounds(), ensure_ascii=False)
    parts.append(f"</ol><script>const FOLDS = {folds}, SOUNDS = {sounds};\n{SCRIPT}</script></body></html>")
    return "\n".join(parts)


def write_report(store: Path, target: Path, title: str = "Who's who") -> int:
    """Writes the report of the store's positions to ``target``; returns its size in bytes."""
    html = render(read_positions(store), title)
    Path(target).write_text(html, encoding="utf-8")
    return len(html.encode("utf-8"))
