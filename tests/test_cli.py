"""The command line as a user meets it: config files laid over the defaults, bad settings and bad
places refused with one line and a documented exit code, never a traceback."""

import shutil

import duckdb
import pandas as pd
import pytest

from pipeline.cli import EXIT_NOTHING, EXIT_OK, EXIT_UNAVAILABLE, EXIT_USAGE, main
from pipeline.config import load_settings
from pipeline.store import SCHEMAS, KnowledgeStore
from tests.conftest import SAMPLES


def one_line_error(capsys, *words):
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    assert err.startswith("error: ") and len(err.splitlines()) == 1, err
    for word in words:
        assert word in err
    return err


def test_a_config_file_is_laid_over_the_defaults(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("batch_size: 4\nner:\n  en: {backend: spacy, model: en_core_web_sm}\n", encoding="utf-8")
    settings = load_settings(mine)
    default = load_settings()
    assert settings.batch_size == 4 and default.batch_size == 32
    assert settings.ner["kk"] == default.ner["kk"] and settings.ner["ru"].backend == "natasha"
    assert not settings.ner["en"].gazetteers and default.ner["en"].gazetteers


@pytest.mark.parametrize("content, named", [
    ("batch_size: 0\n", "batch_size"),
    ("batchsize: 8\n", "batchsize"),
    ("workers: -1\n", "workers"),
    ("engine: spark\n", "engine"),
    ("compact_after_parts: 0\n", "compact_after_parts"),
    ("languages: [kk, ru, en, de]\n", "ner.de"),
    ("ner:\n  kk: {backend: flair}\n", "ner.kk"),
    ("batch_size: [1\n", "not valid YAML"),
    ("- just a list\n", "key: value"),
])
def test_a_bad_config_file_is_refused_before_anything_is_read(tmp_path, capsys, content, named):
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(SAMPLES), "--out", str(out), "--config", str(bad)]) == EXIT_USAGE
    one_line_error(capsys, named)
    assert not out.exists()


def test_a_bad_flag_value_is_refused_with_the_setting_named(tmp_path, capsys):
    assert main(["run", str(SAMPLES), "--out", str(tmp_path / "out"), "--batch-size", "0"]) == EXIT_USAGE
    one_line_error(capsys, "batch_size")


def test_config_is_accepted_before_and_after_the_command(tmp_path, capsys):
    mine = tmp_path / "mine.yaml"
    mine.write_text("languages: [kk, ru, en, de]\n", encoding="utf-8")  # refused, which shows it was read
    for argv in (["--config", str(mine), "models"], ["models", "--config", str(mine)]):
        assert main(argv) == EXIT_USAGE
        one_line_error(capsys, "ner.de")


@pytest.mark.parametrize("where", ["a file", "/sys/kernel/pipeline-out"])
def test_an_output_that_cannot_be_written_gives_one_line(tmp_path, capsys, where):
    out = tmp_path / "taken"
    out.write_text("not a folder", encoding="utf-8")
    target = str(out) if where == "a file" else where
    assert main(["run", str(SAMPLES), "--out", target, "--quiet"]) == EXIT_UNAVAILABLE
    one_line_error(capsys, "cannot write the output")


def test_evaluate_on_a_missing_path_gives_one_line(tmp_path, capsys):
    assert main(["evaluate", "gold", str(tmp_path / "nowhere")]) == EXIT_USAGE
    one_line_error(capsys, "nowhere", "no such file")
    assert main(["evaluate", "dates", str(tmp_path / "none.jsonl")]) == EXIT_USAGE
    one_line_error(capsys, "none.jsonl")


def test_no_input_page_means_nothing_to_do(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["run", str(tmp_path / "empty"), "--out", str(tmp_path / "out"), "--quiet"]) == EXIT_NOTHING
    one_line_error(capsys, "nothing to do")


def test_more_workers_than_cores_are_capped_with_a_warning(samples_output, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(samples_output[0], out)  # every page already there: the run starts no worker
    assert main(["run", str(SAMPLES), "--out", str(out), "--workers", "64", "--quiet"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "warning: 64 workers asked for" in err and "Traceback" not in err


def test_a_fresh_output_has_an_empty_typed_table_for_every_table(tmp_path):
    KnowledgeStore(tmp_path).finish()
    for name, schema in SCHEMAS.items():
        frame = pd.read_parquet(tmp_path / name)
        assert frame.empty and list(frame.columns) == schema.names, name
        found = duckdb.sql(f"select count(*) from read_parquet('{tmp_path / name}/*.parquet')").fetchall()
        assert found == [(0,)], name


def test_the_progress_bar_knows_its_total(tmp_path, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    for seed in sorted(SAMPLES.glob("*.txt"))[:2]:
        shutil.copy(seed, pages)
    (pages / "more.jsonl").write_text('{"text": "Ректор университета Марат Абдрахманов открыл форум."}\n\n{"text": "обре',
                                      encoding="utf-8")
    assert main(["run", str(pages), "--out", str(tmp_path / "out"), "--workers", "1"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "4/4" in err  # two files and two JSONL lines, the broken one included
    assert main(["run", str(pages), "--out", str(tmp_path / "out"), "--workers", "1"]) == EXIT_OK
    assert "4/4" in capsys.readouterr().err  # pages already there count as done
