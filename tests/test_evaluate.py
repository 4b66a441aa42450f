"""Metrics against figures computed by hand, and the evaluate command on committed excerpts."""

import json
import subprocess
import sys

import pytest

from pipeline.evaluate.ner import read_brat
from pipeline.evaluate.roles import (evaluate_officials_on_brat, evaluate_title_pairs, gold_workplaces, title_pairs,
                                     written_institution)
from pipeline.evaluate.scoring import score_exact_and_partial, score_spans
from pipeline.iob import read_iob, spans_from_tags
from tests.conftest import FIXTURES, REPO, SHARED, needs_shared_pages


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


def iob_spans(tags):
    """Spans of one sentence's IOB2 tags, written here apart from pipeline.iob: B- opens a span, I- of the
    same label continues it, a stray I- opens one, anything else closes it."""
    spans, start, label = set(), None, None
    for position, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and tag[2:] == label:
            continue
        if label:
            spans.add((start, position, label))
        start, label = (position, tag[2:]) if tag != "O" else (None, None)
    return spans


def test_evaluate_command_on_a_kaznerd_excerpt_counts_what_its_predictions_file_shows(tmp_path, capsys):
    from pipeline.cli import EXIT_OK, main

    predictions = tmp_path / "predictions.tsv"
    assert main(["evaluate", "ner", "--lang", "kk", "--conll", str(FIXTURES / "kaznerd_dev_excerpt.iob"),
                 "--predictions", str(predictions), "--json"]) == EXIT_OK
    reported = json.loads(capsys.readouterr().out)["micro"]
    sentences = [block.split("\n") for block in predictions.read_text(encoding="utf-8").strip().split("\n\n")]
    gold = [iob_spans([line.split("\t")[1] for line in lines]) for lines in sentences]
    predicted = [iob_spans([line.split("\t")[2] for line in lines]) for lines in sentences]
    counted = (sum(map(len, gold)), sum(map(len, predicted)), sum(len(g & p) for g, p in zip(gold, predicted)))
    assert (reported["gold"], reported["predicted"], reported["correct"]) == counted
    assert reported["precision"] == round(counted[2] / counted[1], 4) and reported["recall"] == round(counted[2] / counted[0], 4)
    assert len(sentences) == len(list(read_iob(FIXTURES / "kaznerd_dev_excerpt.iob")))


def test_end_to_end_scores_the_spans_after_repair_where_the_backend_alone_errs(stages, settings):
    from pipeline.evaluate.ner import backend_tagger, evaluate_documents_ner, pipeline_tagger
    from pipeline.resources import Resources

    text = "Almaty Akim Yerbolat Dossayev opened a new school on Abai Street."
    gold = {(text.index("Yerbolat"), text.index(" opened"), "PERSON")}
    backend = backend_tagger(settings.ner["en"], Resources.from_settings(settings).gazetteers, lines=True)
    alone = evaluate_documents_ner(backend, [(text, gold)], {"PERSON"}).exact.micro
    whole = evaluate_documents_ner(pipeline_tagger(stages), [(text, gold)], {"PERSON"}).exact.micro
    # The model alone (with its gazetteers) takes the street for a person; span repair makes it a thing.
    assert (alone.correct, alone.predicted) == (1, 2)
    assert (whole.correct, whole.predicted, whole.gold) == (1, 1, 1)


def test_end_to_end_conll_reads_each_document_as_one_page_and_maps_spans_back_to_sentences(stages, tmp_path):
    from pipeline.evaluate.ner import evaluate_conll, pipeline_tagger

    conll = tmp_path / "two_documents.conll"
    sentences = ["-DOCSTART- O", "Marat B-PER Bekov I-PER met O the O students O . O", "Later O Bekov B-PER spoke O . O",
                 "-DOCSTART- O", "Aigerim B-PER Sadykova I-PER smiled O . O"]
    conll.write_text("\n\n".join("\n".join(" ".join(pair) for pair in zip(words[::2], words[1::2]))
                                 for words in map(str.split, sentences)) + "\n", encoding="utf-8")
    pages: list[list[str]] = []
    tag = pipeline_tagger(stages)

    def recording(texts):
        pages.append(texts)
        return tag(texts)

    scores = evaluate_conll(recording, conll, documents=True)
    assert [len(text.split("\n")) for text in pages[0]] == [2, 1]  # two pages: two sentences, then one
    person = scores.per_label["PERSON"]
    assert (person.correct, person.gold) == (3, 3)


def test_end_to_end_conll_scores_only_the_documents_asked_for(stages, tmp_path):
    from pipeline.evaluate.ner import evaluate_conll, pipeline_tagger

    conll = tmp_path / "three_documents.conll"
    # The first document has no -DOCSTART- line of its own; it is still the first one.
    sentences = ["Marat B-PER Bekov I-PER met O the O students O . O", "-DOCSTART- O",
                 "Aigerim B-PER Sadykova I-PER and O Dana B-PER Omarova I-PER smiled O . O", "-DOCSTART- O",
                 "Later O Nurlan B-PER Abenov I-PER spoke O . O"]
    conll.write_text("\n\n".join("\n".join(" ".join(pair) for pair in zip(words[::2], words[1::2]))
                                 for words in map(str.split, sentences)) + "\n", encoding="utf-8")
    tag = pipeline_tagger(stages)
    gold_persons = [evaluate_conll(tag, conll, documents=True, skip_documents=skip, document_count=count).per_label["PERSON"].gold
                    for skip, count in ((0, 1), (1, 1), (1, None), (0, None))]
    assert gold_persons == [1, 2, 3, 4]


def test_three_gold_spans_two_predicted_one_right():
    scores = score_spans([{(0, 2, "PERSON"), (3, 5, "ORG"), (6, 7, "GPE")}], [{(0, 2, "PERSON"), (3, 4, "ORG")}])
    micro = scores.micro
    assert (micro.precision, micro.recall, micro.f1, micro.gold, micro.predicted, micro.correct) == (0.5, 0.3333, 0.4, 3, 2, 1)
    assert (scores.per_label["ORG"].precision, scores.per_label["ORG"].recall) == (0.0, 0.0)


def test_brat_reading_and_works_as_end_to_end(stages, resources):
    [document] = read_brat(FIXTURES / "brat")
    assert document.entities["T3"][0] == "PERSON" and ("WORKS_AS", "T3", "T1") in document.relations
    scores = evaluate_officials_on_brat(stages, resources.registry, FIXTURES / "brat")
    assert (scores.works_as.gold, scores.works_as.correct) == (2, 2)
    assert (scores.workplace.gold, scores.workplace.predicted, scores.workplace.correct) == (1, 1, 1)


def test_workplace_through_the_persons_profession_and_a_country_counted_neither_way(stages, resources):
    """The school is the director's by the profession's WORKPLACE, the club the coach's by the person's; the
    minister's WORKPLACE is a country, so his ministry is neither a correct nor a spurious institution."""
    [document] = read_brat(FIXTURES / "brat_workplace")
    organizations, places = gold_workplaces(document)

    def written(pairs):
        return {(document.text[person[0]:person[1]], document.text[org[0]:org[1]]) for person, org in pairs}

    assert written(organizations) == {("Асель Нурланова", "школы-лицея № 7"), ("Марат Сапаров", "клуба «Ак Жол»")}
    assert written(places) == {("Тимуром Ишметовым", "Узбекистана")}
    workplace = evaluate_officials_on_brat(stages, resources.registry, FIXTURES / "brat_workplace").workplace
    assert (workplace.gold, workplace.predicted, workplace.correct) == (2, 2, 2)


# Kazakh sentences in IOB2: a title before a name, a title after "Name,", and a title between two names
# that is the second one's (the first name holds none); the last sentence has no title at all.
KAZAKH_TITLES_IOB = """\
Білім B-POSITION|және I-POSITION|ғылым I-POSITION|министрі I-POSITION|Асқар B-PERSON|Сәрсенов I-PERSON|мектепке O|барды O|. O
Серік B-PERSON|Әлиев I-PERSON|, O|Павлодар B-POSITION|облысының I-POSITION|әкімі I-POSITION|, O|жиынға O|қатысты O|. O
Марат B-PERSON|Оспанов I-PERSON|Жапония B-POSITION|Премьер-министрі I-POSITION|Хироси B-PERSON|Танакамен I-PERSON|кездесті O|. O
Ержан B-PERSON|Сейітов I-PERSON|бүгін O|ауылға O|келді O|. O"""


def test_kazakh_title_pairs_end_to_end_on_iob_sentences(stages, resources, tmp_path):
    conll = tmp_path / "titles.iob"
    conll.write_text("\n\n".join(line.replace("|", "\n") for line in KAZAKH_TITLES_IOB.splitlines()) + "\n", encoding="utf-8")
    sentences = list(read_iob(conll))
    assert [title_pairs(sentence) for sentence in sentences] == [[((4, 6), (0, 4))], [((0, 2), (3, 6))], [((4, 6), (2, 4))], []]
    scores = evaluate_title_pairs(stages, resources.registry, conll, "kk")
    assert (scores.gold, scores.found, scores.predicted, scores.correct) == (3, 3, 3, 3)
    assert (scores.resolved, scores.genitive_titles, scores.with_institution) == (1.0, 1, 1.0)
    after_two = evaluate_title_pairs(stages, resources.registry, conll, "kk", skip=2)  # the third sentence's pair alone
    assert (after_two.gold, after_two.found, after_two.missed) == (1, 1, [])


# Kazakh titles that name their institution: in the genitive inside the POSITION, or as an ORGANISATION right
# before it; the third names whose adviser the person is, an official's title, no institution the pipeline reads.
KAZAKH_INSTITUTIONS_IOB = """\
Денсаулық B-POSITION|сақтау I-POSITION|министрлігінің I-POSITION|бас I-POSITION|маманы I-POSITION|Айгүл B-PERSON|Серікова I-PERSON|мәлімдеді O|. O
ҚазҰУ B-ORGANISATION|ректоры B-POSITION|Марат B-PERSON|Оспанов I-PERSON|студенттермен O|кездесті O|. O
Ержан B-PERSON|Сейітов I-PERSON|, O|Мемлекет B-POSITION|басшысының I-POSITION|кеңесшісі I-POSITION|, O|сөз O|сөйледі O|. O"""


def test_kazakh_titles_found_with_the_institution_they_name(stages, resources, tmp_path):
    conll = tmp_path / "institutions.iob"
    conll.write_text("\n\n".join(line.replace("|", "\n") for line in KAZAKH_INSTITUTIONS_IOB.splitlines()) + "\n",
                     encoding="utf-8")
    sentences = list(read_iob(conll))
    written = [" ".join(sentence.tokens[slice(*written_institution(sentence, title))])
               for sentence in sentences for _, title in title_pairs(sentence)]
    assert written == ["Денсаулық сақтау министрлігінің", "ҚазҰУ", "Мемлекет басшысының"]
    scores = evaluate_title_pairs(stages, resources.registry, conll, "kk")
    assert (scores.institution_titles, scores.institution_named) == (3, 0.6667)


# The held figures at the twenty-fifth session's end (README, Accuracy): persons 0.937, (person, role) 0.895, (person,
# role, institution) 0.753. The floors sit about one fact below, so a regression fails and noise does not.
HELD_FLOORS = {"persons": 0.90, "person_role": 0.85, "person_role_org": 0.73}


@needs_shared_pages
def test_officials_on_the_held_gold_pages_stay_above_their_floors(settings):
    from pipeline.evaluate.officials import evaluate_officials

    scores = evaluate_officials(settings, REPO / "corpus" / "gold" / "pages", SHARED / "pages", splits=("held",))
    assert set(scores.scores) == {"held"} and set(scores.scores["held"]) == {"kk", "ru", "en", "mixed", "all"}
    held = scores.scores["held"]["all"]
    assert (held["persons"].gold, held["person_role"].gold) == (38, 38)
    below = {measure: held[measure].f1 for measure, floor in HELD_FLOORS.items() if held[measure].f1 < floor}
    assert not below, f"held F1 under its floor {HELD_FLOORS}: {below}"
    assert scores.status["held"]["accuracy"] >= 0.95


# The made-up probe pages are development data (the seventh session's rules were fitted on them): their floors
# keep what was fixed from coming undone.
PROBE_FLOORS = {"persons": 0.95, "person_role": 0.90, "person_role_org": 0.75}


@pytest.mark.parametrize("group", ["en", "kk", "ru", "mixed"])
def test_officials_on_the_probe_pages_stay_above_their_floors(settings, group):
    from pipeline.evaluate.officials import evaluate_officials

    folder = REPO / "corpus" / "probes" / group
    scores = evaluate_officials(settings, folder, folder, splits=("dev",)).scores["dev"]["all"]
    below = {measure: scores[measure].f1 for measure, floor in PROBE_FLOORS.items() if scores[measure].f1 < floor}
    assert not below, f"probe F1 under its floor {PROBE_FLOORS}: {below}"


def test_evaluate_probes_scores_each_folder_from_the_command_line(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in ("03.txt", "03.jsonl"):
        (folder / name).write_text((REPO / "corpus" / "probes" / "mixed" / name).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "SPLIT.tsv").write_text("page\tgroup\tsplit\n03.txt\tmixed\tdev\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pipeline", "evaluate", "probes", str(tmp_path), "--json"],
                            capture_output=True, text=True, cwd=REPO, check=True)
    scores = json.loads(result.stdout)["mixed"]["scores"]["dev"]["all"]
    assert scores["persons"]["gold"] == 7 and scores["persons"]["f1"] > 0.9


def test_officials_scoring_of_one_page_by_hand(resources):
    from pipeline.evaluate.officials import GoldPage, score_page

    page = GoldPage("x.txt", "kk", "held", "kk",
                    persons=[{"name": "Дәурен Сейітқалиев"}, {"name": "Б.Т. Тулеуова"}, {"name": "Ольга Петрова"}],
                    roles=[{"person": "Дәурен Сейітқалиев", "role": "rector", "org_id": "kaznu"},
                           {"person": "Б.Т. Тулеуова", "role": "akim", "org": "Ақмола облысының әкімдігі", "org_id": None},
                           {"person": "Ольга Петрова", "role": "majilis_deputy", "org_id": "majilis_rk"}])
    counts = score_page(page, ["Дәурен Сейітқалиев", "Тулеуова", "Марат Кенжебаев"], [
        {"person": "Дәурен Сейітқалиев", "role": "rector", "org_id": "kaznu", "org": "Al-Farabi Kazakh National University"},
        {"person": "Тулеуова", "role": "akim", "org_id": None, "org": None},
        {"person": "Марат Кенжебаев", "role": "rector", "org_id": "enu", "org": None}], resources.registry)
    # (correct, predicted, gold): 2 of 3 persons (a surname alone fits initials); the akim without her akimat
    # counts for (person, role) only; Кенжебаев is spurious.
    assert (counts["persons"], counts["person_role"], counts["person_role_org"]) == ((2, 3, 3), (2, 3, 3), (1, 3, 3))
    assert counts["missed_persons"] == ["Ольга Петрова"] and counts["spurious_persons"] == ["Марат Кенжебаев"]


def test_officials_scoring_counts_each_institution_of_a_post_and_keeps_namesakes_apart(resources):
    from pipeline.evaluate.officials import GoldPage, score_page

    page = GoldPage("x.txt", "en", "dev", "en",
                    persons=[{"name": "Askhat Smailov"}, {"name": "Alikhan Smailov"}, {"name": "Nurlan Bekov"}],
                    roles=[{"person": "Alikhan Smailov", "role": "prime_minister", "org_id": "government_rk"},
                           {"person": "Nurlan Bekov", "role": "akim", "org_id": "jetisu_akimat", "status": "current"},
                           {"person": "Nurlan Bekov", "role": "akim", "org_id": "abai_akimat", "status": "former"}])
    counts = score_page(page, ["Alikhan Smailov", "Askhat Smailov", "Nurlan Bekov"], [
        {"person": "Alikhan Smailov", "role": "prime_minister", "org_id": "government_rk", "org": None},
        {"person": "Nurlan Bekov", "role": "akim", "org_id": "abai_akimat", "org": "Akimat of Abai Region"},
        {"person": "Nurlan Bekov", "role": "akim", "org_id": "abai_akimat", "org": "Akimat of Abai Region"},
        {"person": "Nurlan Bekov", "role": "akim", "org_id": "almaty_akimat", "org": "Akimat of Almaty Region"}], resources.registry)
    # Each Smailov pairs with his own name; the akim's two akimats are two facts, of which the pipeline found one
    # (its repeated row counts once) and named one wrong: Abai's akimat is not Almaty's though both are "Akimat of ... Region".
    assert counts["persons"] == (3, 3, 3) and counts["person_role"] == (2, 2, 2)
    assert counts["person_role_org"] == (2, 3, 3)
    assert counts["wrong_institution"] == [["Nurlan Bekov", "akim", "jetisu_akimat", "almaty_akimat", "Akimat of Almaty Region"]]


def test_langid_accuracy_by_hand_for_sentences_and_short_lines(tmp_path):
    from pipeline.evaluate.langid import evaluate_langid

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
    from pipeline.evaluate.ner import read_factrueval

    [(text, gold)] = read_factrueval(FIXTURES / "factrueval")
    assert {(text[start:end], label) for start, end, label in gold} == {
        ("Москвы", "LOC"), ("Сергей Собянин", "PERSON"), ("Тверской площади", "LOC")}


def test_report_is_markdown_with_charts(tmp_path):
    # in a process of its own: the report quotes the command line the process was started with
    result = subprocess.run([sys.executable, "-m", "pipeline", "evaluate", "ner", "--lang", "kk", "--conll",
                             str(FIXTURES / "kaznerd_dev_excerpt.iob"), "--report", str(tmp_path / "report")],
                            capture_output=True, text=True, cwd=REPO, timeout=300, check=True)
    report = (tmp_path / "report" / "report.md").read_text(encoding="utf-8")
    assert "python -m pipeline evaluate ner --lang kk" in report and "![F1 per label](f1_0.png)" in report
    for chart in ("f1_0.png", "confusion_0.png"):
        assert (tmp_path / "report" / chart).read_bytes().startswith(b"\x89PNG")
    assert result.stdout.strip().splitlines()[-1].startswith("micro")
