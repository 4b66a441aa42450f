# Set-up on a fresh machine needs only Python 3.11: every target below builds .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out/knowledge

.PHONY: install bytecode run test train-kk bench bench-growth eval clean

install: $(STAMP)

$(STAMP): requirements.lock requirements-models.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-models.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The package's bytecode, compiled ahead: where the environment forbids writing it (PYTHONDONTWRITEBYTECODE, set
# by many container images and CI machines) every start would otherwise compile the package's 25,000 lines again,
# half a second of each run and of each worker. compileall skips the modules whose bytecode is fresh.
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q pipeline

# The optional stanza backend (torch): the tests install it so the backend is tested for real.
STANZA_STAMP := $(VENV)/.installed-stanza
$(STANZA_STAMP): $(STAMP) requirements-stanza.lock
	$(BIN)/python -m pip install --quiet -r requirements-stanza.lock
	touch $(STANZA_STAMP)

run: $(STAMP) bytecode
	$(BIN)/python -m pipeline run corpus/samples --out $(OUT)

test: $(STAMP) $(STANZA_STAMP) bytecode
	$(BIN)/python -m pytest -q

# Accuracy on data the models did not train on; JSON results in reports/ (a few minutes).
SHARED ?= ../shared/data
eval: $(STAMP) bytecode
	mkdir -p reports
	$(BIN)/python -m pipeline evaluate gold --json > reports/gold.json
	$(BIN)/python -m pipeline evaluate gold --report reports/gold
	$(BIN)/python -m pipeline evaluate ner --lang kk --conll $(SHARED)/kaznerd/dev.iob --skip-sentences 6000 --json > reports/kk_dev_held.json
	$(BIN)/python -m pipeline evaluate ner --lang kk --conll $(SHARED)/kaznerd/dev.iob --skip-sentences 6000 --report reports/kk_dev_held
	$(BIN)/python -m pipeline evaluate ner --lang ru --brat $(SHARED)/nerel/dev --json > reports/nerel_dev.json
	$(BIN)/python -m pipeline evaluate ner --lang ru --brat $(SHARED)/nerel/dev --report reports/nerel_dev
	$(BIN)/python -m pipeline evaluate ner --lang ru --factrueval $(SHARED)/factrueval/devset --json > reports/factrueval_dev.json
	$(BIN)/python -m pipeline evaluate ner --lang ru --factrueval $(SHARED)/factrueval/devset --report reports/factrueval_dev
	$(BIN)/python -m pipeline evaluate ner --lang en --conll $(SHARED)/wikigold/wikigold.conll.txt --json > reports/wikigold.json
	# The same corpora through the whole annotator (language, NER, span repair, normalization).
	$(BIN)/python -m pipeline evaluate ner --lang kk --conll $(SHARED)/kaznerd/dev.iob --skip-sentences 6000 --end-to-end --json > reports/kk_dev_held_end_to_end.json
	$(BIN)/python -m pipeline evaluate ner --lang ru --brat $(SHARED)/nerel/dev --end-to-end --json > reports/nerel_dev_end_to_end.json
	$(BIN)/python -m pipeline evaluate ner --lang ru --factrueval $(SHARED)/factrueval/devset --end-to-end --json > reports/factrueval_dev_end_to_end.json
	$(BIN)/python -m pipeline evaluate ner --lang en --conll $(SHARED)/wikigold/wikigold.conll.txt --end-to-end --json > reports/wikigold_end_to_end.json
	$(BIN)/python -m pipeline evaluate roles --brat $(SHARED)/nerel/dev --json > reports/nerel_works_as.json
	$(BIN)/python -m pipeline evaluate roles --brat $(SHARED)/nerel/dev
	$(BIN)/python -m pipeline evaluate roles --conll $(SHARED)/kaznerd/dev.iob --lang kk --skip-sentences 6000 --json > reports/kk_titles.json
	$(BIN)/python -m pipeline evaluate roles --conll $(SHARED)/kaznerd/dev.iob --lang kk --skip-sentences 6000
	$(BIN)/python -m pipeline evaluate dates --json > reports/dates.json
	$(BIN)/python -m pipeline evaluate dates
	$(BIN)/python scripts/build_langid_set.py reports/langid_sentences.tsv
	$(BIN)/python -m pipeline evaluate langid reports/langid_sentences.tsv corpus/gold/short_lines.tsv --json > reports/langid.json
	$(BIN)/python -m pipeline evaluate langid reports/langid_sentences.tsv corpus/gold/short_lines.tsv
	for script in latn-2018 latn-2021 latn-adyrna; do \
	  $(BIN)/python -m pipeline evaluate ner --lang kk --conll $(SHARED)/kaznerd/dev.iob --skip-sentences 6000 \
	    --script $$script --json > reports/kk_dev_held_$$script.json || exit 1; done
	$(BIN)/python scripts/latin_langid.py --kaznerd $(SHARED)/kaznerd/dev.iob --wikigold $(SHARED)/wikigold/wikigold.conll.txt

bench: $(STAMP) bytecode bench-growth
	$(BIN)/python bench/run.py

# Adding pages onto a 20,000-page store against an empty one; compaction (about 10 minutes).
bench-growth: $(STAMP) bytecode
	$(BIN)/python bench/growth.py

train-kk: $(STAMP)
	$(BIN)/python -m pipeline train kk

clean:
	rm -rf $(VENV) out
