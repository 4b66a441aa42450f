"""News pages in Kazakh, Russian and English in; Parquet knowledge tables out.

Stages, in the order data flows: ingest -> segment -> language -> ner -> store, composed by an
engine (``pipeline.engine``) and driven from the command line (``python -m pipeline``).
"""

__version__ = "0.1.0"
