"""The stanza backend, through stanza's real loading path, with a tiny model trained in this repo
(scripts/build_stanza_fixture.py); no download is ever attempted."""

import pytest

from pipeline.cli import EXIT_UNAVAILABLE, main
from pipeline.config import load_settings
from pipeline.engine import Stages
from pipeline.ner import BackendSpec, MissingModel, load_backend, locate_model
from pipeline.records import Page
from tests.conftest import FIXTURES, REPO

pytest.importorskip("stanza", reason="the stanza extra is not installed: pip install '.[stanza]'")
TINY = str(FIXTURES / "stanza_kk")


def test_tiny_kazakh_stanza_model_tags_a_real_sentence_with_offsets_and_version():
    backend = load_backend(BackendSpec("kk", "stanza", TINY))
    text = "Қасым-Жомарт Тоқаев Астана қаласында Қазақстан Президенті ретінде сөз сөйледі."
    [found] = backend.tag([text])
    assert ("Қасым-Жомарт Тоқаев", "PERSON") in {(text[e.start:e.end], e.label) for e in found}
    assert backend.version.startswith("stanza 1.15.0 kk_tiny_nertagger.pt")


def test_one_line_in_pipeline_yaml_switches_kazakh_to_stanza(tmp_path):
    settings = load_settings()
    settings = settings.with_overrides(ner={**settings.ner, "kk": BackendSpec("kk", "stanza", TINY)})
    [document] = Stages(settings).annotate([Page(source="t", text="Қасым-Жомарт Тоқаев Астана қаласында сөз сөйледі.")])
    assert {m.backend for m in document.mentions} == {"stanza"}
    assert all(document.page.text[m.start:m.end] == m.text for m in document.mentions)


def test_missing_stanza_model_says_how_to_get_it_and_the_run_stops_first(tmp_path, capsys):
    with pytest.raises(MissingModel, match=r"stanza.download\('kk', processors='ner'\)"):
        locate_model(BackendSpec("kk", "stanza", None, resources=str(tmp_path / "empty")))
    config = tmp_path / "pipeline.yaml"
    config.write_text((REPO / "pipeline.yaml").read_text(encoding="utf-8").replace(
        "kk: {backend: spacy, model: models/kk/model}", f"kk: {{backend: stanza, resources: {tmp_path / 'empty'}}}")
        .replace("inputs:\n  - corpus/samples", f"inputs:\n  - {REPO / 'corpus' / 'samples'}"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--config", str(config), "run", "--out", str(out), "--quiet"]) == EXIT_UNAVAILABLE
    assert "stanza.download" in capsys.readouterr().err
    assert not out.exists()
    assert main(["--config", str(config), "models"]) == EXIT_UNAVAILABLE
    listing = capsys.readouterr().out.splitlines()
    assert any(line.startswith("kk  stanza  in use  missing") for line in listing)
    assert any(line.startswith("en  spacy   in use  available") for line in listing)
