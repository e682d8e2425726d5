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

from tonelint.lemmas import Lemmatizer
from tonelint.lexicon import Lexicon
from tonelint.yamlio import load_yaml


class ModelError(Exception):
    """A configured trained pipeline that cannot be loaded."""


_SENTENCE_END = {".", "!", "?", ":", ";", ",", "…"}


class Analyzer:
    def __init__(self, language: str, pack_dir: Path, model: str | None = None):
        self.language = language
        self.model = model
        self.lexicon = Lexicon.load(pack_dir)
        self.lemmatize = Lemmatizer(language, self.lexicon)
        abbreviations = _abbreviations(pack_dir)
        self.nlp = _load_model(language, model) if model else _blank_pipeline(language, abbreviations)
        self.vocab = self.nlp.vocab

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator:
        for doc in self.nlp.pipe(texts, batch_size=batch_size):
            self.annotate(doc)
            yield doc

    def make_doc(self, text: str):
        """Tokens only (for compiling patterns)."""
        return self.nlp.make_doc(text)

    def annotate(self, doc) -> None:
        lemmatize = self.lemmatize
        for token in doc:
            if token.is_alpha or token.like_num or not (token.is_punct or token.is_space):
                token.lemma_ = lemmatize(token.lower_)
            else:
                token.lemma_ = token.text
        if not doc.has_annotation("DEP"):
            _break_at_lines(doc)


def _break_at_lines(doc) -> None:
    """A blank line always starts a sentence; a single line break does after end punctuation or a
    greeting line ("Hoi Mark,"), after a short line, or before a line that starts with a capital."""
    gap = ""
    last_word = None
    words_on_line = 0
    for token in doc:
        if token.is_space:
            gap += token.text + token.whitespace_
            continue
        if last_word is not None and "\n" in gap:
            if (
                gap.count("\n") >= 2
                or last_word.text in _SENTENCE_END
                or words_on_line <= 4
                or not token.text[:1].islower()
            ):
                token.is_sent_start = True
            words_on_line = 0
        if not token.is_punct:
            words_on_line += 1
        last_word = token
        gap = token.whitespace_


def _abbreviations(pack_dir: Path) -> list[str]:
    language_file = pack_dir / "language.yaml"
    if not language_file.exists():
        return []
    data = load_yaml(language_file) or {}
    return [str(item) for item in data.get("abbreviations") or ()]


def _blank_pipeline(language: str, abbreviations: list[str]):
    import spacy
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
    nlp = language_class()
    nlp.add_pipe("sentencizer")
    del spacy
    return nlp


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
