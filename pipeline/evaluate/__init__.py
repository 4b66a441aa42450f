"""Evaluate: the pipeline's figures against gold data, one module per task.

- ``scoring``: precision, recall and F1 from counts, accuracy, and span scores (exact and partial) that every task shares
- ``ner``: NER on IOB2 sentences (CoNLL), brat (NEREL) and factRuEval-2016 documents; the Markdown report with charts
- ``langid``: language identification per language, whole sentences and short lines
- ``dates``: published dates read from date expressions
- ``roles``: person -> profession end to end against NEREL WORKS_AS relations
- ``gold``: the whole pipeline on the seed gold documents (NER, names, roles, linking); the JSONL reader of gold files
- ``officials``: persons, roles and institutions on the real pages against their hand-made gold
- ``events``: change events (appointed, dismissed, resigned, acting) on the real pages
"""
