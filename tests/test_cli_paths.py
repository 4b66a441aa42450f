"""Command paths a user reaches that no other test walks: joining a running Dask scheduler, each
`evaluate` task on small inputs written here, `models`, `train` without its data, the summary a
run prints, and re-runs that must not record an error twice."""

import json

import pandas as pd

from pipeline.cli import EXIT_OK, EXIT_UNAVAILABLE, EXIT_USAGE, main

EN = ("Minister of Education Gani Beisembayev visited KazNU, where KazNU Rector Dauren Seitkaziyev showed him "
      "the new laboratories.")
RU = "На церемонии выступил министр просвещения Гани Бейсембаев."


def write_lines(path, rows):
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_a_run_joins_a_running_dask_scheduler(tmp_path, capsys):
    from dask.distributed import LocalCluster

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "en.txt").write_text(EN, encoding="utf-8")
    (pages / "ru.txt").write_text(RU, encoding="utf-8")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        code = main(["run", str(pages), "--out", str(tmp_path / "out"), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, "--quiet"])
        assert code == EXIT_OK, capsys.readouterr().err
        roles = pd.read_parquet(tmp_path / "out" / "roles")
    assert len(pd.read_parquet(tmp_path / "out" / "documents")) == 2
    assert set(zip(roles.person, roles.role)) == {("Gani Beisembayev", "minister"), ("Dauren Seitkaziyev", "rector"),
                                                  ("Гани Бейсембаев", "minister")}


def test_evaluate_gold_on_a_small_gold_set_written_here(tmp_path, capsys):
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RU, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    write_lines(gold / "documents.jsonl", [
        {"doc": "en", "path": str(tmp_path / "en.txt"), "lang": "en", "labels": ["PERSON"]},
        {"doc": "ru", "path": str(tmp_path / "ru.txt"), "lang": "ru", "labels": ["PERSON"]}])
    write_lines(gold / "entities.jsonl", [
        {"doc": "en", "text": "Gani Beisembayev", "label": "PERSON", "canonical": "Gani Beisembayev"},
        {"doc": "en", "text": "Dauren Seitkaziyev", "label": "PERSON", "canonical": "Dauren Seitkaziyev"},
        {"doc": "ru", "text": "Гани Бейсембаев", "label": "PERSON", "canonical": "Гани Бейсембаев"}])
    write_lines(gold / "roles.jsonl", [
        {"doc": "en", "person": "Gani Beisembayev", "role": "minister", "org": "mon_rk"},
        {"doc": "en", "person": "Dauren Seitkaziyev", "role": "rector", "org": "kaznu"},
        {"doc": "ru", "person": "Гани Бейсембаев", "role": "minister", "org": "mon_rk"}])
    write_lines(gold / "links.jsonl", [
        {"a": ["en", "Gani Beisembayev"], "b": ["ru", "Гани Бейсембаев"], "same": True},
        {"a": ["en", "Gani Beisembayev"], "b": ["en", "Dauren Seitkaziyev"], "same": False}])
    assert main(["evaluate", "gold", str(gold), "--pages", str(tmp_path / "no-pages"), "--json"]) == EXIT_OK
    captured = capsys.readouterr()
    assert "officials on real pages skipped" in captured.err
    scores = json.loads(captured.out)
    counts = {lang: (s["micro"]["gold"], s["micro"]["predicted"], s["micro"]["correct"]) for lang, s in scores["ner_exact"].items()}
    assert counts == {"en": (2, 2, 2), "ru": (1, 1, 1)}
    assert {lang: prf["f1"] for lang, prf in scores["roles_person_role_org"].items()} == {"en": 1.0, "ru": 1.0}
    assert scores["names"]["en"] == {"gold": 2, "found": 2, "accuracy_of_found": 1.0}
    assert (scores["linking"]["PERSON"]["gold"], scores["linking"]["PERSON"]["predicted"],
            scores["linking"]["PERSON"]["correct"]) == (1, 1, 1)
    assert scores["officials"] is None


def test_evaluate_dates_prints_per_language_accuracy(tmp_path, capsys):
    dates = write_lines(tmp_path / "dates.jsonl", [
        {"lang": "kk", "text": "2020 жылғы 1 қазанда", "published": "2020-10-01", "precision": "day"},
        {"lang": "en", "text": "Posted on 2022-11-30", "published": "2022-11-30", "precision": "day"},
        {"lang": "en", "text": "No date here.", "published": "2022-01-01", "precision": "day"}])
    assert main(["evaluate", "dates", str(dates)]) == EXIT_OK
    table = capsys.readouterr().out.splitlines()
    assert table[1:4] == [f"{'en':<8}{2:>6}{0.5:>10.3f}", f"{'kk':<8}{1:>6}{1.0:>10.3f}", f"{'all':<8}{3:>6}{0.667:>10.3f}"]
    assert table[4].startswith("miss: 'No date here.' read None")


def test_evaluate_langid_on_lines_written_here(tmp_path, capsys):
    lines = tmp_path / "lines.tsv"
    lines.write_text("kk\tҚазҰУ ректоры түлектерді жаңа оқу жылымен құттықтады.\n"
                     "ru\tРектор университета поздравил выпускников с окончанием учёбы.\n"
                     "en\tThe rector congratulated the graduates on finishing their studies.\n", encoding="utf-8")
    assert main(["evaluate", "langid", str(lines), "--json"]) == EXIT_OK
    results = json.loads(capsys.readouterr().out)
    assert results["lingua"]["sentences"]["all"] == {"n": 3, "accuracy": 1.0}
    assert results["langdetect"]["sentences"]["kk"] == {"n": 1, "accuracy": 0.0}  # langdetect has no Kazakh


def test_evaluate_roles_on_a_brat_folder_written_here(tmp_path, capsys):
    text = ("По словам ректора КазНУ Даурена Сейтказиева, приём документов продлится до августа. "
            "Встреча прошла при участии депутата Мажилиса Ольги Петровой. "
            "Студент Даниил Ким выступил с докладом.")
    spans = {"T1": ("PROFESSION", "ректора"), "T2": ("PERSON", "Даурена Сейтказиева"),
             "T3": ("PROFESSION", "депутата Мажилиса"), "T4": ("PERSON", "Ольги Петровой"),
             "T5": ("PERSON", "Даниил Ким")}
    lines = [f"{name}\t{label} {text.index(part)} {text.index(part) + len(part)}\t{part}"
             for name, (label, part) in spans.items()]
    lines += ["R1\tWORKS_AS Arg1:T2 Arg2:T1", "R2\tWORKS_AS Arg1:T4 Arg2:T3"]
    brat = tmp_path / "brat"
    brat.mkdir()
    (brat / "news.txt").write_text(text, encoding="utf-8")
    (brat / "news.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["evaluate", "roles", "--brat", str(brat), "--json"]) == EXIT_OK
    scores = json.loads(capsys.readouterr().out)
    # both gold pairs found; the student's role is a prediction the gold does not hold (NEREL-style gold
    # annotates the professions of this page only)
    assert (scores["gold"], scores["predicted"], scores["correct"]) == (2, 3, 2)
    assert (scores["precision"], scores["recall"]) == (0.6667, 1.0)


def test_models_lists_the_backend_in_use_per_language(capsys):
    assert main(["models"]) == EXIT_OK
    in_use = [line.split()[:2] for line in capsys.readouterr().out.splitlines() if "in use" in line]
    assert in_use == [["kk", "spacy"], ["ru", "natasha"], ["en", "spacy"]]


def test_models_exits_3_when_the_model_in_use_is_missing(tmp_path, capsys):
    config = tmp_path / "config.yaml"
    config.write_text("ner:\n  en: {backend: spacy, model: en_core_web_xl}\n", encoding="utf-8")
    assert main(["models", "--config", str(config)]) == EXIT_UNAVAILABLE
    [line] = [line for line in capsys.readouterr().out.splitlines() if "in use" in line and line.startswith("en")]
    assert "missing" in line and "en_core_web_xl" in line


def test_train_without_its_data_is_one_line_not_a_traceback(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["train", "kk", "--data", str(tmp_path / "empty"), "--model-dir", str(tmp_path / "model")]) == EXIT_USAGE
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "train.iob" in err and "Traceback" not in err
    assert not (tmp_path / "model").exists()


def test_a_run_prints_its_summary(tmp_path, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "en.txt").write_text(EN, encoding="utf-8")
    (pages / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["run", str(pages), "--out", str(out), "--workers", "1"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    entities, mentions = pd.read_parquet(out / "entities"), pd.read_parquet(out / "mentions")
    assert lines[:4] == [f"output:    {out}", "documents: 1 new, 0 already there", "errors:    1",
                         f"roles:     2 new; entities: {len(entities)} in the output"]
    assert lines[4].startswith("time:") and lines[5] == "mentions:"
    assert lines[6] == f"  en: {len(mentions)} ({', '.join(f'{label} {n}' for label, n in mentions.label.value_counts().items())})"


def test_a_rerun_does_not_record_the_same_error_twice(tmp_path, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "en.txt").write_text(EN, encoding="utf-8")
    (pages / "empty.txt").write_bytes(b"")
    (pages / "broken.jsonl").write_text('{"text": "обре', encoding="utf-8")
    out = tmp_path / "out"
    for _ in range(3):
        assert main(["run", str(pages), "--out", str(out), "--workers", "1", "--quiet"]) == EXIT_OK
    errors = pd.read_parquet(out / "errors")
    assert sorted(errors.error) == ["bad_jsonl", "empty"]
    assert len(pd.read_parquet(out / "documents")) == 1
