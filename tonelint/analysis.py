"""The language analysis: one spaCy pipeline per language (and model) per process, batched.

Default: a blank pipeline (tokenizer + sentencizer) with the pack's abbreviations as tokenizer
exceptions, then lookup lemmas from tonelint's own table and sentence breaks at line breaks that end a
greeting or a paragraph. A user-installed trained pipeline (`model = "nl_core_news_sm"`) can replace the
blank one; its tags and parse are then available to checks, and lemmas still come from the table so that
patterns match the same way with and without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH

from tonelint.lemmas import Lemmatizer
from tonelint.lexicon import Lexicon
from tonelint.tokens import KEY as TOKENS_KEY
from tonelint.tokens import TEXT_KEY, Tokens
from tonelint.yamlio import load_yaml


class ModelError(Exception):
    """A configured trained pipeline that cannot be loaded."""


_SENTENCE_END = {".", "!", "?", ":", ";", ",", "…"}


def _punct_chars() -> frozenset[str]:
    from spacy.pipeline.sentencizer import Sentencizer

    return frozenset(Sentencizer.default_punct_chars)


_PUNCT_CHARS = _punct_chars()


class Analyzer:
    def __init__(self, language: str, pack_dir: Path, model: str | None = None):
        self.language = language
        self.model = model
        self.lexicon = Lexicon.load(pack_dir)
        self.lemmatize = Lemmatizer(language, self.lexicon)
        abbreviations = _abbreviations(pack_dir)
        self.nlp = _load_model(language, model) if model else _blank_pipeline(language, abbreviations)
        self.vocab = self.nlp.vocab
        self._lemmas: dict[int, tuple[str, str, int]] = {}  # lower hash → (lower, lemma, lemma hash)

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator:
        texts = list(texts)
        for text, doc in zip(texts, self.nlp.pipe(texts, batch_size=batch_size)):
            doc.user_data[TEXT_KEY] = text  # doc.text rebuilds the string from every token
            self.annotate(doc)
            yield doc

    def make_doc(self, text: str):
        """Tokens only (for compiling patterns)."""
        return self.nlp.make_doc(text)

    def _learn(self, lower: int, strings) -> tuple[str, str, int]:
        lower_text = strings[lower]
        lemma = self.lemmatize(lower_text)
        entry = self._lemmas[lower] = (lower_text, lemma, strings.add(lemma))
        return entry

    def annotate(self, doc) -> None:
        """Lemmas from the table and sentence starts, by hash and array (no Token objects), and the
        token view the checks read."""
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, LOWER, IS_PUNCT, IS_SPACE, IDX, IS_ALPHA]).tolist()
        cache = self._lemmas
        texts = [strings[row[0]] for row in rows]
        # punctuation and white space look themselves up too: the table maps them to themselves
        known = [cache.get(row[1]) or self._learn(row[1], strings) for row in rows]
        lowers = [entry[0] for entry in known]
        lemmas = [entry[1] for entry in known]
        lemma_hashes = [entry[2] for entry in known]
        if self.model is not None:  # a trained pipeline splits sentences itself
            doc.from_array([LEMMA], numpy.array(lemma_hashes, dtype="uint64").reshape(-1, 1))
            return
        text = doc.user_data.get(TEXT_KEY) or doc.text
        starts = _sentence_starts(texts, rows)
        _break_at_lines(text, texts, rows, starts)
        # checks read the token view; the spaCy doc itself keeps the tokenizer's annotations only
        doc.user_data[TOKENS_KEY] = Tokens.build(
            source=text, text=texts, lower=lowers, lemma=lemmas,
            hashes=(lemma_hashes, [row[1] for row in rows]),
            space=[row[3] == 1 for row in rows], punct=[row[2] == 1 for row in rows],
            alpha=[row[5] == 1 for row in rows], start=[row[4] for row in rows],
            sentence_starts=[i for i, start in enumerate(starts) if start == 1], tagged=False,
        )


def _sentence_starts(texts: list[str], rows) -> list[int]:
    """spaCy's sentencizer rule: a sentence starts at the first token after end punctuation that is
    not punctuation itself. 1 = starts a sentence, -1 = does not."""
    starts = [-1] * len(texts)
    if starts:
        starts[0] = 1
    seen_end = False
    for index, text in enumerate(texts):
        ends = text in _PUNCT_CHARS
        if seen_end and not rows[index][2] and not ends:
            starts[index] = 1
            seen_end = False
        elif ends:
            seen_end = True
    return starts


def _break_at_lines(text: str, texts: list[str], rows, starts: list[int]) -> None:
    """A blank line always starts a sentence; a single line break does after end punctuation or a
    greeting line ("Hoi Mark,"), or before a line that does not start in lower case ("Hoi Mark\nWat …").
    A line that goes on in lower case is the same sentence, wrapped."""
    if "\n" not in text:
        return
    last_word = None  # index of the previous non-space token
    for index, row in enumerate(rows):
        if row[3]:  # white space
            continue
        if last_word is not None:
            gap = text[rows[last_word][4] + len(texts[last_word]):row[4]]
            if "\n" in gap:
                if gap.count("\n") >= 2 or texts[last_word] in _SENTENCE_END or not texts[index][:1].islower():
                    starts[index] = 1
        last_word = index


def _abbreviations(pack_dir: Path) -> list[str]:
    language_file = pack_dir / "language.yaml"
    if not language_file.exists():
        return []
    data = load_yaml(language_file) or {}
    return [str(item) for item in data.get("abbreviations") or ()]


def _blank_pipeline(language: str, abbreviations: list[str]):
    from spacy.attrs import ORTH
    from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
    from spacy.util import get_lang_class

    base = get_lang_class(language)
    exceptions = dict(BASE_EXCEPTIONS)
    for abbreviation in abbreviations:
        for variant in {abbreviation, abbreviation[:1].upper() + abbreviation[1:], abbreviation.upper()}:
            exceptions[variant] = [{ORTH: variant}]

    # The stock exception lists hold thousands of legal abbreviations; loading them costs half a second
    # at every start. The pack lists the ones replies actually use.
    class Defaults(base.Defaults):
        tokenizer_exceptions = exceptions

    language_class = type(f"Tonelint{base.__name__}", (base,), {"Defaults": Defaults, "lang": language})
    # sentences are split in Analyzer.annotate, by the sentencizer's rule plus line breaks, on arrays
    return language_class()


def _load_model(language: str, model: str):
    import spacy

    try:
        nlp = spacy.load(model, exclude=["lemmatizer"])
    except (OSError, ImportError) as error:
        raise ModelError(
            f"model '{model}' is configured for language '{language}' but cannot be loaded "
            f"({str(error).splitlines()[0][:120]}); install it (python -m spacy download {model}) "
            "or remove 'model' from the config"
        ) from None
    if nlp.lang != language:
        raise ModelError(f"model '{model}' is for language '{nlp.lang}', not '{language}'")
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer")
    return nlp
