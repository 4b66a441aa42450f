"""The whole pipeline over the seed pages, read back from Parquet with pandas, DuckDB and pyarrow."""

import subprocess
import sys

import duckdb
import pandas as pd
import pytest
import regex

from pipeline.cli import EXIT_NO_PAGE, EXIT_NOTHING, EXIT_OK, EXIT_UNAVAILABLE, EXIT_USAGE, main
from pipeline.records import Page
from pipeline.store import SCHEMAS
from tests.conftest import REPO, SAMPLES


@pytest.fixture(scope="module")
def tables(samples_output):
    out, _ = samples_output
    return {name: pd.read_parquet(out / name) for name in SCHEMAS}


def doc_of(tables, seed):
    documents = tables["documents"]
    return documents[documents.source.str.contains(seed)].iloc[0]


def test_five_seed_pages_become_five_documents(samples_output, tables):
    _, summary = samples_output
    assert summary.documents == 5 and summary.errors == 0
    assert len(tables["documents"]) == 5
    assert tables["documents"].doc_id.is_unique
    assert tables["errors"].empty


def test_languages_of_the_kazakh_and_the_mixed_page(tables):
    kazakh = doc_of(tables, "002_")
    assert kazakh.lang == "kk"
    mixed = doc_of(tables, "003_")
    assert mixed.lang == "en"
    segments = tables["segments"][tables["segments"].doc_id == mixed.doc_id].sort_values("start")
    first = segments.iloc[1]
    assert mixed.text[first.start:first.end] == "Главная\u00a0/ СМИ о нас" and first.lang == "ru"
    body = segments[segments.end - segments.start > 200]
    assert (body.lang == "en").all()


def test_mention_offsets_point_at_the_mention_text(tables):
    texts = dict(zip(tables["documents"].doc_id, tables["documents"].text))
    mentions = tables["mentions"]
    assert len(mentions) > 50
    for row in mentions.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    assert mentions.mention_id.is_unique
    assert set(mentions.backend) == {"spacy", "natasha"}
    assert mentions.backend_version.str.len().min() > 3


def test_duckdb_reads_the_dataset(samples_output):
    out, _ = samples_output
    counts = duckdb.sql(
        f"select lang, count(*) as n from read_parquet('{out}/mentions/*.parquet') group by lang order by lang"
    ).fetchall()
    assert {lang for lang, _ in counts} >= {"en", "kk"}


def test_cli_processes_good_pages_past_bad_ones_and_reports_each(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text((SAMPLES / "004_e72165b3f7539cff.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.html").write_bytes(bytes(range(256)) * 8)
    (inputs / "broken.jsonl").write_text('{"text": "Ирина Смирнова выступила."}\n{"text": "обрез', encoding="utf-8")
    out = tmp_path / "out"
    code = main(["run", str(inputs), "--out", str(out), "--quiet", "--workers", "1"])
    stderr = capsys.readouterr().err
    assert code == EXIT_OK, stderr
    error_lines = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 3
    errors = pd.read_parquet(out / "errors")
    assert sorted(errors.error) == ["bad_jsonl", "binary", "empty"]
    assert len(pd.read_parquet(out / "documents")) == 2


def test_cli_exits_non_zero_when_no_page_could_be_processed(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["run", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"), "--quiet", "--workers", "1"]) == EXIT_NO_PAGE
    assert "no page could be processed" in capsys.readouterr().err


def test_cli_help_lists_the_commands_and_each_exit_code():
    # in a process of its own, as `python -m pipeline` (the exit status of a real process is also
    # checked in test_store: a locked output)
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("run", "train", "evaluate"):
        assert command in result.stdout
    codes = [line.split()[0] for line in result.stdout.split("exit codes:")[1].splitlines() if line.strip()]
    assert codes == [str(code) for code in (EXIT_OK, EXIT_NO_PAGE, EXIT_USAGE, EXIT_UNAVAILABLE, EXIT_NOTHING)]
    assert len(set(codes)) == 5


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=REPO, timeout=600)


def test_pages_of_menus_only_and_of_other_scripts_are_processed_and_marked(stages):
    menus = Page(source="menu.txt", text="Главная\nО нас\nНовости\nКонтакты\nқазақша · русский · english\nShare:")
    arabic = Page(source="arab.txt", text="قازاقستان رەسپۋبليكاسىنىڭ بىلىم مينيسترلىگى جاڭا ەرەجە ەنگىزدى")
    latin_kazakh = Page(source="latn.txt", text="Qazaqstan Respublikasynyń Bilim jáne ǵylym ministrligi jańa erejeler engizdi.")
    menu_doc, arabic_doc, latin_doc = stages.annotate([menus, arabic, latin_kazakh])
    assert len(menu_doc.segments) == 6 and not menu_doc.roles
    assert [(s.lang, s.script) for s in arabic_doc.segments] == [("other", "Arab")] and not arabic_doc.mentions
    # Kazakh in Latin letters is Kazakh, read through its Cyrillic form; the mentions stay Latin
    assert [(s.lang, s.script) for s in latin_doc.segments] == [("kk", "Latn")]
    assert latin_doc.mentions and all(latin_kazakh.text[m.start:m.end] == m.text and not regex.search(r"\p{Cyrillic}", m.text)
                                      for m in latin_doc.mentions)
