"""natasha: Russian NER with the slovnet news model that ships inside the natasha wheel."""

from __future__ import annotations

from importlib.metadata import version
from types import MethodType

import numpy as np

from pipeline.ner.base import common_label
from pipeline.records import EntitySpan


# Texts per batch of the tagger: sorted by length, a batch's padding is short; larger batches gain no more.
BATCH_SIZE = 32


class NatashaBackend:
    name = "natasha"

    def __init__(self):
        from natasha import NewsEmbedding, NewsNERTagger

        self._tagger = NewsNERTagger(NewsEmbedding())
        self._tagger.batch_size = self._tagger.infer.encoder.batch_size = BATCH_SIZE
        model = self._tagger.infer.model
        model.head.crf.decode = MethodType(_viterbi_paths, model.head.crf)
        for layer in model.encoder.layers:
            layer.conv = _PaddedByCopy(layer.conv)
        self.version = f"natasha {version('natasha')} slovnet_ner_news_v1"

    def tag(self, texts: list[str]) -> list[list[EntitySpan]]:
        # Texts of like length in one batch: a shorter text's padding reads as zeros, as the convolutions' own padding of a
        # text alone does (the pad word's and shape's embeddings are zero, and slovnet's encoder zeroes the padding after
        # each layer), so the spans are those of one text at a time (tests/test_ner.py) in about a third of the time.
        # The tagger tokenizes on its own, so Doc.segment, which only feeds natasha's token layer, is skipped.
        by_length = sorted((index for index, text in enumerate(texts) if text.strip()), key=lambda index: len(texts[index]))
        found: list[list[EntitySpan]] = [[] for _ in texts]
        for index, markup in zip(by_length, self._tagger.map([texts[index] for index in by_length])):
            found[index] = [EntitySpan(span.start, span.stop, common_label(span.type)) for span in markup.spans]
        return found


def _viterbi_paths(crf, emissions: np.ndarray, mask: np.ndarray) -> list[np.ndarray]:
    """slovnet's ``CRF.decode`` (the best tag path of each sequence of a batch), each step taken for the whole batch at
    once and its best scores taken by ``max`` instead of indexing the scores with ``np.indices`` at the argmax. A
    sequence's score stops at its own length and its path is traced back from there: the same sums in the same order,
    so the same paths (tests/test_ner.py compares the two), in under a third of the time that decoding one sequence at a
    time takes on a batch of 32."""
    transitions = crf.transitions.array
    lengths = mask.sum(1)
    batch, longest, tag_count = emissions.shape
    history = np.zeros((batch, longest, tag_count), dtype=np.intp)
    candidates = np.empty((batch, tag_count, tag_count), dtype=np.result_type(emissions, transitions))
    score = emissions[:, 0].copy()
    for step in range(1, longest):
        np.add(score[:, :, None], transitions, out=candidates)  # batch x previous tag x tag
        candidates += emissions[:, step, None, :]
        candidates.argmax(1, out=history[:, step])
        live = step < lengths
        score[live] = candidates.max(1)[live]
    best = score.argmax(1)
    tags = np.empty((batch, longest), dtype=np.intp)
    rows = np.arange(batch)
    for step in range(longest - 1, 0, -1):
        live = step < lengths
        tags[live, step] = best[live]
        best = np.where(live, history[rows, step, best], best)
    tags[:, 0] = best
    return [tags[row, :length] for row, length in enumerate(lengths)]


class _PaddedByCopy:
    """slovnet's ``Conv1d`` with the sequence's zero padding written by copying the input into a zeroed array instead of
    ``np.pad``, whose general handling of modes and widths costs more than the copy on these small arrays: the same
    windows and products, so the same values (tests/test_ner.py compares the two), and about a tenth less of the
    Russian tagging time."""

    def __init__(self, conv):
        self.conv = conv

    def __call__(self, input: np.ndarray) -> np.ndarray:
        padding = self.conv.padding
        batch_size, in_dim, length = input.shape
        padded = np.zeros((batch_size, in_dim, length + 2 * padding), dtype=input.dtype)
        padded[:, :, padding:padding + length] = input
        batch_stride, in_stride, seq_stride = padded.strides
        filters_count, _, kernel_size = self.conv.weight.shape
        windows_count = padded.shape[2] - kernel_size + 1
        windows = np.ndarray((batch_size, windows_count, in_dim, kernel_size), dtype=padded.dtype, buffer=padded.data,
                             strides=(batch_stride, padded.itemsize, in_stride, seq_stride))
        windows = windows.reshape(batch_size * windows_count, in_dim * kernel_size)
        weight = self.conv.weight.array.reshape(filters_count, in_dim * kernel_size)
        output = np.matmul(windows, weight.T) + self.conv.bias.array
        return output.reshape(batch_size, windows_count, filters_count).swapaxes(2, 1)  # batch x filters x windows

