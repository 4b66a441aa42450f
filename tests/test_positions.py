"""Positions and change events as the analyst reads them: one row per person, post, institution and
status over real runs, events read from the words in kk, ru and en, and the `who`, `report` and
`evaluate events` commands on the output."""

import json
import re
import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser

import pandas as pd
import pytest

from pipeline.cli import EXIT_OK, EXIT_USAGE, main
from pipeline.engine import run_engine
from pipeline.evaluate.events import score_events
from pipeline.normalize.latin import latin_key
from tests.conftest import FIXTURES, REPO, needs_shared_pages


@pytest.fixture(scope="module")
def events_output(settings, tmp_path_factory):
    """Three pages reporting changes (ru and kk dated, en undated), through the whole pipeline."""
    out = tmp_path_factory.mktemp("events")
    run_engine(settings.with_overrides(inputs=[str(FIXTURES / "change_events.jsonl")], output=str(out), workers=1),
               progress=False)
    return out


def test_one_position_per_person_post_institution_and_status(samples_output):
    out, _ = samples_output
    roles, positions = pd.read_parquet(out / "roles"), pd.read_parquet(out / "positions")
    keys = ["person_id", "role", "org_id", "status"]
    assert not positions.duplicated(keys).any()
    assert positions.n_mentions.sum() == len(roles)
    grouped = roles.fillna({"org_id": ""}).groupby(keys)
    expected = grouped.agg(first=("published", "min"), last=("published", "max"), docs=("doc_id", "nunique"))
    found = positions.fillna({"org_id": ""}).set_index(keys)
    for key, row in expected.iterrows():
        assert (found.loc[key, "first_seen"], found.loc[key, "last_seen"], found.loc[key, "n_docs"]) == (
            row["first"], row["last"], row["docs"])
    documents = pd.read_parquet(out / "documents")
    assert set(positions.doc_ids.explode()) <= set(documents.doc_id)
    rector = positions.query("role == 'rector' and org_id == 'kaznpu'").iloc[0]
    assert rector.person == "Takir Balykbayev" and "Balykbayev" in rector.evidence
    assert rector.evidence_doc_id in set(documents.doc_id)


def test_events_are_read_from_the_words_near_the_title(events_output):
    events = pd.read_parquet(events_output / "events")
    found = {(row.person, row.role, row.kind) for row in events.itertuples()}
    assert {("Ерлан Сыдыков", "rector", "appointed"), ("Умирзак Шукеев", "akim", "dismissed"),
            ("Жансейіт Түймебаев", "rector", "appointed"), ("Амандық Баталов", "akim", "dismissed"),
            ("Takir Balykbayev", "rector", "resigned"), ("Ilesanmi Adesida", "rector", "acting")} <= found
    dated = events.set_index("person")
    assert dated.loc["Умирзак Шукеев", "date"] == date(2024, 3, 1)
    assert dated.loc["Амандық Баталов", "url"] == "https://example.kz/b"
    positions = pd.read_parquet(events_output / "positions").set_index(["person", "role"])
    assert list(positions.loc[("Амандық Баталов", "akim"), "events"]) == ["dismissed"]
    assert positions.loc[("Амандық Баталов", "akim"), "last_event"] == "dismissed"


def test_an_undated_page_leaves_the_dates_null(events_output):
    positions = pd.read_parquet(events_output / "positions").set_index("person")
    resigned = positions.loc["Takir Balykbayev"]
    assert resigned.first_seen is None and resigned.last_seen is None  # never the day of the run
    assert pd.read_parquet(events_output / "events").set_index("person").loc["Takir Balykbayev", "date"] is None


@pytest.mark.parametrize("evidence, title, lang, status, kind", [
    ("Приказом министра ректором университета назначена Айгуль Иманова.", "ректором", "ru", "current", "appointed"),
    ("Аким района Серик Ахметов освобождён от занимаемой должности.", "Аким", "ru", "current", "dismissed"),
    ("Аудан әкімі Серік Ахметов өз еркімен кетті.", "әкімі", "kk", "current", "resigned"),
    ("The vice-rector was relieved of his duties on Friday.", "vice-rector", "en", "current", "dismissed"),
    ("Ректордың міндетін атқарушы болып Асқар Серіков тағайындалды.", "Ректордың", "kk", "acting", "acting"),
    ("и.о. ректора Марат Бекетов встретился со студентами.", "ректора", "ru", "acting", "acting"),
    ("Президент ректорларды тағайындамайды.", "ректорларды", "kk", "current", None),  # "does not appoint"
    ("The rector presented an award for attracting students.", "rector", "en", "current", None),
])
def test_event_kind_from_words(resources, evidence, title, lang, status, kind):
    assert resources.events(evidence, title, lang, status) == kind


def test_who_finds_a_person_in_another_script_and_an_institution_by_its_alias(samples_output, capsys):
    out, _ = samples_output
    assert main(["who", "Балыкбаев", "--out", str(out), "--json"]) == EXIT_OK
    answer = json.loads(capsys.readouterr().out)
    assert answer["by"] == "person"
    assert {(row["person"], row["role"], row["org_id"]) for row in answer["positions"]} >= {("Takir Balykbayev", "rector", "kaznpu")}
    assert main(["who", "КазНПУ", "--out", str(out), "--json"]) == EXIT_OK
    answer = json.loads(capsys.readouterr().out)
    assert answer["by"] == "org" and {row["org_id"] for row in answer["positions"]} == {"kaznpu"}
    assert main(["who", "ректор", "--out", str(out)]) == EXIT_OK
    table = capsys.readouterr().out
    assert "Takir Balykbayev" in table and "Gulmira Qanai" in table and "(by role)" in table


def test_who_without_a_store_says_what_to_do(tmp_path, capsys):
    assert main(["who", "Балыкбаев", "--out", str(tmp_path)]) == EXIT_USAGE
    assert "run" in capsys.readouterr().err


class _Facts(HTMLParser):
    """Text per section id, links, and anything that would load from elsewhere."""

    def __init__(self):
        super().__init__()
        self.sections, self.links, self.external, self.inputs = {}, [], [], []
        self._section = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" or (tag == "li" and "id" in attrs):  # institutions, people, evidence sentences
            self._section = attrs["id"]
            self.sections[self._section] = ""
        if tag == "a":
            self.links.append(attrs.get("href"))
        if tag == "input":
            self.inputs.append(attrs)
        if (tag == "script" and "src" in attrs) or tag == "link" or (tag == "img" and "src" in attrs):
            self.external.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag in ("section", "ol"):
            self._section = None

    def handle_data(self, data):
        if self._section:
            self.sections[self._section] += data


def test_report_holds_the_facts_of_the_seed_output(samples_output, tmp_path, capsys):
    out, _ = samples_output
    target = tmp_path / "report.html"
    assert main(["report", "--store", str(out), "--out", str(target)]) == EXIT_OK
    facts = _Facts()
    facts.feed(target.read_text(encoding="utf-8"))
    assert not facts.external and any(attrs.get("id") == "search" for attrs in facts.inputs)
    kaznpu = facts.sections["org-kaznpu"]
    assert "Abai Kazakh National Pedagogical University" in kaznpu and "Takir Balykbayev" in kaznpu and "Rector" in kaznpu
    assert "2019-02-08" in kaznpu  # the page's date
    positions = pd.read_parquet(out / "positions")
    rector = positions.query("role == 'rector' and org_id == 'kaznpu'").iloc[0]
    assert f"#person-{rector.person_id}" in facts.links
    person = facts.sections[f"person-{rector.person_id}"]
    assert "Rector" in person and "Abai Kazakh National Pedagogical University" in person
    evidence = [text for name, text in facts.sections.items() if name.startswith("s") and rector.evidence[:200] in text]
    assert len(evidence) == 1 and rector.evidence_url in evidence[0]
    sources = positions[["evidence_doc_id", "evidence"]].drop_duplicates()
    assert len(facts.sections) == positions.person_id.nunique() + positions.org_id.fillna("").nunique() + len(sources)


def test_events_scoring_matches_page_person_and_kind():
    gold = [{"page": "a.txt", "person": "K. A. Tulebayev", "kind": "acting"},
            {"page": "a.txt", "person": "Әльфия Мұсаева", "kind": "appointed"}]
    predicted = [{"page": "a.txt", "person": "K.A. Tulebayev", "role": "rector", "kind": "acting"},
                 {"page": "a.txt", "person": "K.A. Tulebayev", "role": "professor", "kind": "acting"},  # same event
                 {"page": "a.txt", "person": "Әльфия Мұсаева", "role": "director", "kind": "dismissed"}]
    scores = score_events(gold, predicted, {"a.txt": "kk"})
    assert (scores.per_group["all"].correct, scores.per_group["all"].predicted, scores.per_group["all"].gold) == (1, 2, 2)
    assert scores.per_kind["acting"].f1 == 1.0 and scores.per_kind["appointed"].recall == 0.0


@needs_shared_pages
def test_evaluate_events_on_the_real_pages(capsys):
    assert main(["evaluate", "events", str(REPO / "corpus" / "gold" / "events.jsonl"), "--json"]) == EXIT_OK
    scores = json.loads(capsys.readouterr().out)
    assert scores["per_group"]["all"]["gold"] == 9
    assert scores["per_group"]["all"]["f1"] >= 0.8


@pytest.mark.skipif(shutil.which("node") is None, reason="no JavaScript engine here")
def test_the_report_search_folds_latin_spellings_as_the_pipeline_does(samples_output, tmp_path):
    out, _ = samples_output
    target = tmp_path / "report.html"
    assert main(["report", "--store", str(out), "--out", str(target)]) == EXIT_OK
    script = re.search(r"<script>(.*)</script>", target.read_text(encoding="utf-8"), re.S).group(1)
    folding = script.split('document.getElementById("search")')[0]  # the page's key(), without the page
    spellings = ["Balykbayev", "Beissembayev", "Mazhilis", "Qanai", "Yelena Khasenova", "Gani Sadyqova", "Tomáš Dvořák", "Şahin Çelik"]
    done = subprocess.run(["node", "-e", folding + f"\nconsole.log(JSON.stringify({json.dumps(spellings)}.map(key)));"],
                          capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == [latin_key(spelling) for spelling in spellings]
