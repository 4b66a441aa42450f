"""spaCy pipelines: the English model from its wheel, the Kazakh one from ``models/kk``."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.ner import kazakh  # noqa: F401  (registers the "kk" language before a model names it)
from pipeline.ner.base import PLACE_LABELS, Gazetteers, common_label
from pipeline.ner.spacy_models import locate
from pipeline.records import EntitySpan


_WORDS_AFTER_A_TITLE = frozenset({"of", "for"})  # "Dean of", "Minister for": a title's, never a surname's


class SpacyBackend:
    name = "spacy"

    def __init__(self, model: str, lang: str, gazetteers: Gazetteers | None = None, batch_size: int = 64):
        import spacy

        self._nlp = spacy.load(locate(model), exclude=["parser", "lemmatizer", "attribute_ruler", "senter"])
        _disable_unused_components(self._nlp)
        self._gazetteers = gazetteers
        if gazetteers is not None:
            self._add_position_ruler(gazetteers.titles(lang))
        meta = self._nlp.meta
        self.version = f"{meta.get('lang', lang)}_{meta.get('name', model)} {meta.get('version', '')}".strip()
        self.batch_size = batch_size

    def tag(self, texts: list[str]) -> list[list[EntitySpan]]:
        results = []
        for doc in self._nlp.pipe(texts, batch_size=self.batch_size):
            if self._gazetteers is not None:
                doc.ents = with_known_names(doc, self._gazetteers)
            results.append([EntitySpan(ent.start_char, ent.end_char, common_label(ent.label_)) for ent in doc.ents])
        return results


    def _add_position_ruler(self, titles: list[tuple[str, str]]) -> None:
        """Models trained on OntoNotes have no POSITION label and glue titles to names
        ("KazNPU Rector Takir Balykbayev" as one ORG); marking the taxonomy's titles first lets
        the statistical NER see the name on its own."""
        ruler = self._nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
        ruler.add_patterns([
            {"label": "POSITION", "pattern": form, "id": code} for form, code in titles
        ])


def _disable_unused_components(nlp) -> None:
    """Leaves on only the NER and the embedding layers it listens to. en_core_web_sm's NER has its
    own embedding, so its shared tok2vec and tagger only cost time (a third of its tagging time)."""
    needed = {"ner"} | {name for name, pipe in nlp.pipeline if "ner" in getattr(pipe, "listening_components", [])}
    for name in list(nlp.pipe_names):
        if name not in needed:
            nlp.disable_pipe(name)


def with_known_names(doc: Doc, gazetteers: Gazetteers) -> list[Span]:
    """Adds PERSON spans for a known given name followed by one or two capitalized words.

    OntoNotes models often miss Kazakh names in English text, or glue them to a title or an
    organization ("the Managing Board - Rector - Gulmira Qanai" as one ORG). An entity that
    ends inside or right at the name is cut back to before it; an entity that runs on past the
    name (Abai Kazakh National Pedagogical University), or a person's that holds it after more name
    words (Samatov Abylai Maratovich), keeps it, and no PERSON is added.
    """
    entities = list(doc.ents)
    for name in _given_name_spans(doc, gazetteers):
        # A known given name that ends a place the model read ("Hong [Kong] Carmen Chan") is the place's word where two
        # name words follow the place; with one, the model ran the place into the name ("Kaskelen [Dariga] Nurlanova").
        place = next((ent for ent in entities if ent.label_ in PLACE_LABELS and ent.start < name.start < ent.end <= name.end), None)
        if place is not None and name.end - place.end >= 2:
            name = Span(doc, place.end, name.end, "PERSON")
        overlapping = [ent for ent in entities if ent.start < name.end and ent.end > name.start]
        # A person the model found with more name words before the name stays whole ("Samatov Abylai
        # Maratovich", "Hayley Anne Morgan"), not one that took in a degree ("PhD Rosa Bekmagambetova").
        if any(ent.end > name.end or (ent.label_ == "PERSON" and _name_words_before(ent, name)) for ent in overlapping):
            continue
        for ent in overlapping:
            entities.remove(ent)
            if ent.start < name.start and ent.label_ != "PERSON":
                kept = doc[ent.start:name.start]
                while len(kept) and (kept[-1].is_punct or kept[-1].is_space):
                    kept = doc[kept.start:kept.end - 1]
                # What the name leaves of the model's span may be a word of no name alone ("[the] "Name" medal").
                if not all(token.is_stop or token.is_punct for token in kept):
                    entities.append(Span(doc, kept.start, kept.end, ent.label_))
        entities.append(name)
    return filter_spans(entities)


def _name_words_before(person: Span, name: Span) -> bool:
    """Whether a person's span holds the name and, before it, only capitalized words of letters."""
    before = person.doc[person.start:name.start]
    return person.start < name.start and all(token.is_title and token.is_alpha for token in before)


def _given_name_spans(doc: Doc, gazetteers: Gazetteers):
    """A known given name, or any capitalized word before a Kazakh or Russian surname
    (Zhazir Soltanayeva), followed by one or two capitalized words."""
    index = 0
    while index < len(doc):
        token = doc[index]
        starts_name = gazetteers.is_given_name(token.text) or (
            index + 1 < len(doc) and doc[index + 1].is_title and gazetteers.is_latin_surname(doc[index + 1].text))
        if token.is_title and token.is_alpha and len(token) >= 3 and starts_name:
            end = index + 1
            # A body's noun after a given name ends it: "Central Asia Division" is no person.
            while end < len(doc) and end - index < 3 and doc[end].is_title and doc[end].is_alpha \
                    and doc[end].ent_type_ != "POSITION" and not gazetteers.is_body_noun(doc[end].text):
                end += 1
            if end == index + 1 and _title_word_as_a_surname(doc, end):
                end += 1
            if end - index >= 2:
                yield Span(doc, index, end, "PERSON")
                index = end
                continue
        index += 1


def _title_word_as_a_surname(doc: Doc, index: int) -> bool:
    """Whether the token at ``index``, right after a given name, is a title's word alone that ends the name as
    its surname ("Andy Dean,", "Damian King)"): capitalized, a title of one word, and no capitalized word,
    "of" or "for" after it, which would make it a title of something ("Marat Dean of the Faculty")."""
    if index >= len(doc) or not (doc[index].is_title and doc[index].is_alpha and doc[index].ent_type_ == "POSITION"):
        return False
    after = doc[index + 1] if index + 1 < len(doc) else None
    return after is None or (after.ent_iob_ != "I" and not after.is_title and after.lower_ not in _WORDS_AFTER_A_TITLE)
