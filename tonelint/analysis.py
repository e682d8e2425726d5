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
from spacy.attrs import IDX, LEMMA, ORTH

from tonelint.lemmas import Lemmatizer
from tonelint.lexicon import Lexicon
from tonelint.tokens import KEY as TOKENS_KEY
from tonelint.tokens import TEXT_KEY, Tokens
from tonelint.yamlio import load_yaml


class ModelError(Exception):
    """A configured trained pipeline that cannot be loaded."""


_SENTENCE_END = {".", "!", "?", ":", ";", ",", "…"}
# spaCy keeps every single letter with a full stop together ("u."), but these letters are words
_WORDS_NOT_ABBREVIATIONS = {"nl": ("u.", "U."), "en": ("a.", "A.", "i.", "I.")}


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
        self._lexemes: dict[int, tuple] = {}  # orth hash → what _learn worked out

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator:
        texts = list(texts)
        for text, doc in zip(texts, self.nlp.pipe(texts, batch_size=batch_size)):
            doc.user_data[TEXT_KEY] = text  # doc.text rebuilds the string from every token
            self.annotate(doc)
            yield doc

    def make_doc(self, text: str):
        """Tokens only (for compiling patterns)."""
        return self.nlp.make_doc(text)

    def _learn(self, orth: int) -> tuple:
        """What the checks need to know about one word form, worked out once per process."""
        lexeme = self.vocab[orth]
        text, lower = lexeme.orth_, lexeme.lower_
        lemma = self.lemmatize(lower)  # punctuation and white space map to themselves
        strings = self.vocab.strings
        word = lexeme.is_alpha or (not lexeme.is_space and not lexeme.is_punct and any(c.isalnum() for c in text))
        entry = self._lexemes[orth] = (
            text, lower, lemma, strings.add(lemma), lexeme.lower, lexeme.is_space, lexeme.is_punct, word,
            text in _PUNCT_CHARS, text[:1].islower(), len(text),
        )
        return entry

    def annotate(self, doc) -> None:
        """Lemmas and sentence starts from per-form knowledge (no Token objects), as the token view the
        checks read."""
        columns = doc.to_array([ORTH, IDX])
        orths, offsets = columns[:, 0].tolist(), columns[:, 1].tolist()
        cache, learn = self._lexemes, self._learn
        entries = [cache.get(orth) or learn(orth) for orth in orths]
        (texts, lowers, lemmas, lemma_hashes, lower_hashes, space, punct, word, ends, lower_initial,
         lengths) = tuple(zip(*entries)) or ((),) * 11  # one sequence per field
        if self.model is not None:  # a trained pipeline splits sentences itself
            doc.from_array([LEMMA], numpy.array(lemma_hashes, dtype="uint64").reshape(-1, 1))
            return
        text = doc.user_data.get(TEXT_KEY) or doc.text
        starts = _sentence_starts(punct, ends)
        _break_at_lines(text, texts, space, offsets, lower_initial, starts)
        # checks read the token view; the spaCy doc itself keeps the tokenizer's annotations only
        doc.user_data[TOKENS_KEY] = Tokens.build(
            source=text, text=texts, lower=lowers, lemma=lemmas, hashes=(lemma_hashes, lower_hashes),
            space=space, punct=punct, word=word, start=offsets,
            end=[offset + length for offset, length in zip(offsets, lengths)],
            sentence_starts=starts, tagged=False,
        )


def _sentence_starts(punct, ends) -> list[int]:
    """spaCy's sentencizer rule: a sentence starts at the first token after end punctuation that is
    not punctuation itself. Returns the indexes of sentence starts."""
    starts = [0] if punct else []
    seen_end = False
    for index, is_end in enumerate(ends):
        if seen_end and not punct[index] and not is_end:
            starts.append(index)
            seen_end = False
        elif is_end:
            seen_end = True
    return starts


def _break_at_lines(text: str, texts, space, offsets, lower_initial, starts: list[int]) -> None:
    """A blank line always starts a sentence; a single line break does after end punctuation or a
    greeting line ("Hoi Mark,"), or before a line that does not start in lower case ("Hoi Mark\nWat …").
    A line that goes on in lower case is the same sentence, wrapped. Adds to `starts`, kept sorted."""
    if "\n" not in text:
        return
    added = []
    last_word = None  # index of the previous non-space token
    for index, is_space in enumerate(space):
        if is_space:
            continue
        if last_word is not None:
            gap = text[offsets[last_word] + len(texts[last_word]):offsets[index]]
            if "\n" in gap and (gap.count("\n") >= 2 or texts[last_word] in _SENTENCE_END
                                 or not lower_initial[index]):
                added.append(index)
        last_word = index
    if added:
        starts[:] = sorted(set(starts).union(added))


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
    for word in _WORDS_NOT_ABBREVIATIONS.get(language, ()):
        exceptions.pop(word, None)  # "… voor u." ends a sentence
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
