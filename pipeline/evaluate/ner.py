"""NER against gold spans, on IOB2 sentences and on whole documents; and the Markdown report.

IOB2 (CoNLL) sentences are scored by exact span match with a token confusion; whole documents,
brat (NEREL) or factRuEval-2016, exact and partial. A ``Tagger`` gives the spans: one language's
configured backend (the model with its gazetteers), or the whole annotator end to end (language,
NER, span repair, normalization), each text read as a page."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.evaluate.scoring import MatchScores, SpanScores, format_scores, outermost, score_exact_and_partial, score_spans
from pipeline.iob import TaggedSentence, read_iob, spans_from_tags, write_predictions
from pipeline.ner import BackendSpec, Gazetteers, common_label, load_backend
from pipeline.records import EntitySpan, Page

# Entity spans for each text, offsets relative to that text.
Tagger = Callable[[list[str]], list[list[EntitySpan]]]


def backend_tagger(spec: BackendSpec, gazetteers: Gazetteers | None = None, lines: bool = False) -> Tagger:
    """One language's configured backend; with ``lines``, a document is tagged line by line, as the
    pipeline runs the backend."""
    backend = load_backend(spec, gazetteers)
    if not lines:
        return backend.tag
    from pipeline.segment import split_segments

    def tag_lines(texts: list[str]) -> list[list[EntitySpan]]:
        found = []
        for text in texts:
            segments = split_segments(text)
            found.append([replace(entity, start=start + entity.start, end=start + entity.end)
                          for (start, end), entities in zip(segments, backend.tag([text[a:b] for a, b in segments]))
                          for entity in entities])
        return found
    return tag_lines


def pipeline_tagger(stages, batch: int = 64) -> Tagger:
    """The whole annotator of ``stages`` (pipeline.engine.Stages): each text is a page, and its
    mentions after span repair and normalization are the spans."""
    def tag_pages(texts: list[str]) -> list[list[EntitySpan]]:
        found = []
        for first in range(0, len(texts), batch):
            pages = [Page(source=f"text-{first + index}", text=text) for index, text in enumerate(texts[first:first + batch])]
            found += [[EntitySpan(mention.start, mention.end, mention.label) for mention in document.mentions]
                      for document in stages.annotate(pages)]
        return found
    return tag_pages


def align_to_tokens(tokens: list[str], entities: list[EntitySpan]) -> set[tuple[int, int, str]]:
    """Maps character spans over ``" ".join(tokens)`` to token spans; a span whose edges fall
    inside a token keeps the tokens it overlaps."""
    starts, position = [], 0
    for token in tokens:
        starts.append(position)
        position += len(token) + 1
    spans = set()
    for entity in entities:
        covered = [i for i, start in enumerate(starts) if start < entity.end and start + len(tokens[i]) > entity.start]
        if covered:
            spans.add((covered[0], covered[-1] + 1, entity.label))
    return spans


def _tagged_by_document(tag: Tagger, texts: list[str], opens: list[bool]) -> list[list[EntitySpan]]:
    """Spans per sentence, each document (the sentences after one that opens it) tagged as one text
    of a line per sentence; the opening lines themselves get none."""
    groups: list[list[int]] = []
    for index, opening in enumerate(opens):
        if opening or not groups:
            groups.append([])
        if not opening:
            groups[-1].append(index)
    found: list[list[EntitySpan]] = [[] for _ in texts]
    for group, entities in zip(groups, tag(["\n".join(texts[index] for index in group) for group in groups])):
        offset = 0
        for index in group:
            end = offset + len(texts[index])
            found[index] = [replace(entity, start=entity.start - offset, end=entity.end - offset)
                            for entity in entities if offset <= entity.start and entity.end <= end]
            offset = end + 1
    return found


def tags_from_spans(length: int, spans: set[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * length
    for start, end, label in sorted(spans):
        if all(tag == "O" for tag in tags[start:end]):
            tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return tags


DOCUMENT_START = "-DOCSTART-"


def documents_in_range(sentences: list[TaggedSentence], skip: int, count: int | None) -> list[TaggedSentence]:
    """The sentences of the documents after the first ``skip`` (at most ``count`` of them), each with
    the ``-DOCSTART-`` line that opens it; sentences before the first such line are a document too."""
    kept, document = [], -1
    for index, sentence in enumerate(sentences):
        if index == 0 or sentence.tokens == [DOCUMENT_START]:
            document += 1
        if document >= skip and (count is None or document < skip + count):
            kept.append(sentence)
    return kept


def evaluate_conll(tag: Tagger, path: Path, predictions: Path | None = None, skip: int = 0,
                   script: str | None = None, documents: bool = False, skip_documents: int = 0,
                   document_count: int | None = None) -> SpanScores:
    """Span scores of a tagger on an IOB2 file. With ``script`` (a Latin variant of Kazakh), the
    sentences are first written in that variant and read the way the pipeline reads Latin Kazakh:
    back to Cyrillic, tagged, spans mapped onto the Latin text. With ``documents``, the sentences
    between two ``-DOCSTART-`` lines are tagged as one text, a line each (a page's names are read
    together: a surname alone after the full name); a file without them is tagged by sentence.
    ``skip_documents`` and ``document_count`` score a part of the documents (a tuning half, a held half)."""
    sentences = documents_in_range(list(read_iob(path))[skip:], skip_documents, document_count)
    if script is None:
        texts = [" ".join(sentence.tokens) for sentence in sentences]
        opens = [sentence.tokens == [DOCUMENT_START] for sentence in sentences]
        found = _tagged_by_document(tag, texts, opens) if documents and any(opens) else tag(texts)
    else:
        from pipeline.translit import read_latin, to_latin

        sentences = [TaggedSentence([to_latin(token, script) for token in s.tokens], s.tags) for s in sentences]
        readings = [read_latin(" ".join(sentence.tokens), script) for sentence in sentences]
        found = [[replace(entity, start=start, end=end) for entity in entities
                  for start, end in [reading.source_span(entity.start, entity.end)]]
                 for reading, entities in zip(readings, tag([reading.text for reading in readings]))]
    gold = [{(s, e, common_label(label)) for s, e, label in spans_from_tags(sentence.tags)} for sentence in sentences]
    predicted = [align_to_tokens(sentence.tokens, entities) for sentence, entities in zip(sentences, found)]
    gold_tags = [tags_from_spans(len(s.tokens), g) for s, g in zip(sentences, gold)]
    predicted_tags = [tags_from_spans(len(s.tokens), p) for s, p in zip(sentences, predicted)]
    if predictions is not None:
        write_predictions(predictions, [TaggedSentence(s.tokens, tags) for s, tags in zip(sentences, gold_tags)], predicted_tags)
    scores = score_spans(gold, predicted)
    confusion: dict[str, Counter] = {}
    for gold_sentence, predicted_sentence in zip(gold_tags, predicted_tags):
        for gold_tag, predicted_tag in zip(gold_sentence, predicted_sentence):
            confusion.setdefault(gold_tag.split("-")[-1], Counter())[predicted_tag.split("-")[-1]] += 1
    scores.confusion = {label: dict(counts) for label, counts in confusion.items()}
    return scores


# NEREL types as our labels; natasha knows only PER, ORG and LOC, so places of every kind are LOC.
NEREL_LABELS = {"PERSON": "PERSON", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC",
                "STATE_OR_PROVINCE": "LOC", "LOCATION": "LOC", "DISTRICT": "LOC"}


@dataclass
class BratDocument:
    name: str
    text: str
    entities: dict[str, tuple[str, int, int]]  # id -> (type, start, end)
    relations: list[tuple[str, str, str]]  # (type, arg1 id, arg2 id)


def read_brat(folder: Path) -> list[BratDocument]:
    """brat standoff: NAME.txt and NAME.ann (T lines for entities, R lines for relations).
    A discontinuous entity keeps its outer bounds."""
    documents = []
    for ann in sorted(Path(folder).glob("*.ann")):
        entities, relations = {}, []
        for line in ann.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("T") and len(fields) >= 2:
                kind, _, offsets = fields[1].partition(" ")
                numbers = [int(number) for number in offsets.replace(";", " ").split()]
                entities[fields[0]] = (kind, min(numbers), max(numbers))
            elif line.startswith("R") and len(fields) >= 2:
                kind, first, second = fields[1].split()[:3]
                relations.append((kind, first.split(":", 1)[1], second.split(":", 1)[1]))
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        documents.append(BratDocument(ann.stem, text, entities, relations))
    return documents


def evaluate_brat_ner(tag: Tagger, folder: Path, labels: dict[str, str] = NEREL_LABELS) -> MatchScores:
    """NEREL-style brat documents; gold keeps the outermost spans of the mapped types."""
    documents = [(document.text, outermost({(start, end, labels[kind]) for kind, start, end in document.entities.values()
                                            if kind in labels}))
                 for document in read_brat(folder)]
    return evaluate_documents_ner(tag, documents, set(labels.values()))


# factRuEval-2016 objects as our labels; LocOrg (a place acting as an organization) counts as LOC,
# as natasha tags it.
FACTRUEVAL_LABELS = {"Person": "PERSON", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}


def read_factrueval(folder: Path) -> list[tuple[str, set[tuple[int, int, str]]]]:
    """factRuEval-2016: NAME.txt, NAME.spans (id type start length ...) and NAME.objects (id type
    span ids ...); an object covers its spans from the first start to the last end."""
    documents = []
    for objects in sorted(Path(folder).glob("*.objects")):
        spans = {}
        for line in objects.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 4:
                spans[fields[0]] = (int(fields[2]), int(fields[2]) + int(fields[3]))
        gold = set()
        for line in objects.read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 3 and fields[1] in FACTRUEVAL_LABELS:
                bounds = [spans[span] for span in fields[2:] if span in spans]
                if bounds:
                    gold.add((min(b[0] for b in bounds), max(b[1] for b in bounds), FACTRUEVAL_LABELS[fields[1]]))
        documents.append((objects.with_suffix(".txt").read_text(encoding="utf-8"), outermost(gold)))
    return documents


def evaluate_documents_ner(tag: Tagger, documents: list[tuple[str, set]], wanted: set[str]) -> MatchScores:
    """A tagger over whole documents against gold character spans, of the wanted labels."""
    found = tag([text for text, _ in documents])
    predicted = [{(e.start, e.end, e.label) for e in entities if e.label in wanted} for entities in found]
    return score_exact_and_partial([gold_spans for _, gold_spans in documents], predicted)


def write_report(directory: Path, title: str, command: str, sections: dict[str, SpanScores]) -> Path:
    """A Markdown report with a per-label F1 chart per section and, where token predictions exist,
    a label-confusion chart; returns the report's path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    lines = [f"# {title}", "", f"Command: `{command}`", ""]
    for index, (name, scores) in enumerate(sections.items()):
        labels = [label for label, prf in scores.per_label.items() if prf.gold]
        chart = f"f1_{index}.png"
        figure, axes = plt.subplots(figsize=(7, 0.35 * len(labels) + 1.2))
        axes.barh(labels, [scores.per_label[label].f1 for label in labels])
        axes.set_xlim(0, 1)
        axes.set_title(f"{name}: F1 per label (micro {scores.micro.f1:.3f})")
        figure.tight_layout()
        figure.savefig(directory / chart, dpi=100)
        plt.close(figure)
        lines += [f"## {name}", "", "```", format_scores(scores), "```", "", f"![F1 per label]({chart})", ""]
        if scores.confusion:
            names = sorted(set(scores.confusion) | {p for row in scores.confusion.values() for p in row})
            matrix = [[scores.confusion.get(g, {}).get(p, 0) for p in names] for g in names]
            figure, axes = plt.subplots(figsize=(0.4 * len(names) + 2, 0.4 * len(names) + 2))
            axes.imshow([[value ** 0.5 for value in row] for row in matrix], cmap="Blues")
            axes.set_xticks(range(len(names)), names, rotation=90)
            axes.set_yticks(range(len(names)), names)
            axes.set_xlabel("predicted")
            axes.set_ylabel("gold")
            axes.set_title("label confusion (tokens, square-root scale)")
            figure.tight_layout()
            figure.savefig(directory / f"confusion_{index}.png", dpi=100)
            plt.close(figure)
            lines += [f"![label confusion](confusion_{index}.png)", ""]
    report = directory / "report.md"
    report.write_text("\n".join(lines), encoding="utf-8")
    return report
