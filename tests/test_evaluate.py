"""Metrics against figures computed by hand, and the evaluate command on committed excerpts."""

import json
import subprocess
import sys

from pipeline.evaluate import evaluate_works_as, read_brat, score_exact_and_partial, score_spans
from pipeline.iob import read_iob, spans_from_tags
from tests.conftest import FIXTURES, REPO


def test_span_scores_by_hand():
    gold = [{(0, 2, "PERSON"), (3, 4, "GPE")}, {(1, 2, "ORG"), (5, 6, "PERSON")}]
    predicted = [{(0, 2, "PERSON"), (3, 5, "GPE")}, {(1, 2, "ORG"), (7, 8, "ORG")}]
    scores = score_spans(gold, predicted)
    # correct: (0,2,PERSON) and (1,2,ORG) -> 2 of 4 predicted, 2 of 4 gold
    assert (scores.micro.precision, scores.micro.recall, scores.micro.f1) == (0.5, 0.5, 0.5)
    assert scores.per_label["PERSON"].precision == 1.0 and scores.per_label["PERSON"].recall == 0.5
    assert scores.per_label["ORG"].precision == 0.5 and scores.per_label["ORG"].recall == 1.0
    assert scores.per_label["GPE"].f1 == 0.0


def test_partial_match_forgives_bounds_but_not_labels():
    gold = [{(0, 10, "ORG"), (20, 25, "PERSON")}]
    predicted = [{(0, 6, "ORG"), (20, 25, "LOC")}]
    matched = score_exact_and_partial(gold, predicted)
    assert matched.exact.micro.f1 == 0.0
    assert (matched.partial.micro.precision, matched.partial.micro.recall) == (0.5, 0.5)


def test_iob2_repair_of_a_stray_inside_tag():
    assert spans_from_tags(["I-PERSON", "I-PERSON", "O", "B-GPE", "I-ORG"]) == {(0, 2, "PERSON"), (3, 4, "GPE"), (4, 5, "ORG")}


def test_evaluate_command_on_a_kaznerd_excerpt_agrees_with_its_own_predictions_file(tmp_path):
    predictions = tmp_path / "predictions.tsv"
    result = subprocess.run([sys.executable, "-m", "pipeline", "evaluate", "ner", "--lang", "kk", "--conll",
                             str(FIXTURES / "kaznerd_dev_excerpt.iob"), "--predictions", str(predictions), "--json"],
                            capture_output=True, text=True, cwd=REPO, timeout=300, check=True)
    reported = json.loads(result.stdout)
    sentences = [block.split("\n") for block in predictions.read_text(encoding="utf-8").strip().split("\n\n")]
    gold = [spans_from_tags([line.split("\t")[1] for line in lines]) for lines in sentences]
    predicted = [spans_from_tags([line.split("\t")[2] for line in lines]) for lines in sentences]
    by_hand = score_spans(gold, predicted)
    assert reported["micro"]["f1"] == by_hand.micro.f1 > 0.5
    assert len(sentences) == len(list(read_iob(FIXTURES / "kaznerd_dev_excerpt.iob")))


def test_brat_reading_and_works_as_end_to_end(stages):
    [document] = read_brat(FIXTURES / "brat")
    assert document.entities["T3"][0] == "PERSON" and ("WORKS_AS", "T3", "T1") in document.relations
    scores = evaluate_works_as(stages, FIXTURES / "brat")
    assert (scores.gold, scores.correct) == (2, 2)


def test_gold_evaluation_runs_the_whole_pipeline_and_scores_every_part(settings):
    from pipeline.evaluate import evaluate_gold

    scores = evaluate_gold(settings, REPO / "corpus" / "gold", REPO)
    assert set(scores.ner_exact) == {"en", "kk"}
    assert scores.ner_partial["en"].micro.f1 >= scores.ner_exact["en"].micro.f1
    assert scores.linking["PERSON"].precision >= 0.97 and scores.linking["PERSON"].recall >= 0.9
    assert scores.names["kk"]["accuracy_of_found"] >= 0.95 and scores.names["en"]["accuracy_of_found"] >= 0.95
    assert scores.roles_person_role["en"].f1 >= 0.85 and scores.roles_person_role["kk"].f1 >= 0.85


def test_langid_accuracy_by_hand_for_sentences_and_short_lines(tmp_path):
    from pipeline.evaluate import evaluate_langid

    lines = tmp_path / "lines.tsv"
    lines.write_text("# lang<TAB>text\n"
                     "kk\tСессия жұмысына ҚР Оқу-ағарту министрлігінің өкілдері қатысты.\n"
                     "ru\tДепутат Мажилиса Ирина Смирнова выступила на круглом столе в Алматы.\n"
                     "en\tThe event was attended by KazNPU Rector Takir Balykbayev.\n"
                     "kk\tБасты бет\n"
                     "en\tҚазақша\n", encoding="utf-8")  # a deliberately wrong label: 1 of 2 short lines right
    results = evaluate_langid([lines], ["kk", "ru", "en"], ("lingua", "langdetect"))
    assert results["lingua"]["sentences"]["all"] == {"n": 3, "accuracy": 1.0}
    assert results["lingua"]["short lines"]["all"] == {"n": 2, "accuracy": 0.5}
    assert results["langdetect"]["sentences"]["kk"]["accuracy"] == 0.0


def test_factrueval_objects_become_outer_spans_in_our_labels():
    from pipeline.evaluate import read_factrueval

    [(text, gold)] = read_factrueval(FIXTURES / "factrueval")
    assert {(text[start:end], label) for start, end, label in gold} == {
        ("Москвы", "LOC"), ("Сергей Собянин", "PERSON"), ("Тверской площади", "LOC")}


def test_report_is_markdown_with_charts(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline", "evaluate", "ner", "--lang", "kk", "--conll",
                             str(FIXTURES / "kaznerd_dev_excerpt.iob"), "--report", str(tmp_path / "report")],
                            capture_output=True, text=True, cwd=REPO, timeout=300, check=True)
    report = (tmp_path / "report" / "report.md").read_text(encoding="utf-8")
    assert "python -m pipeline evaluate ner --lang kk" in report and "![F1 per label](f1_0.png)" in report
    for chart in ("f1_0.png", "confusion_0.png"):
        assert (tmp_path / "report" / chart).read_bytes().startswith(b"\x89PNG")
    assert result.stdout.strip().splitlines()[-1].startswith("micro")
