"""The shape of a reply's opening, shared by the checks that care about the first move."""

from __future__ import annotations

from tonelint.tokens import tokens_of

GREETING_WORDS = 6  # a sentence this short that contains a greeting is only a greeting


def greeting_only(tokens, sentence: tuple[int, int], greeting_hits) -> bool:
    start, end = sentence
    words = sum(tokens.word[start:end])
    return words <= GREETING_WORDS and any(start <= hit_start < end for _, hit_start, _ in greeting_hits)


def opening_sentences(doc, greeting_hits, count: int = 1) -> list[tuple[int, int]]:
    """The first `count` sentences with words, plus the next one when the first is only a greeting."""
    tokens = tokens_of(doc)
    sentences = [(start, end) for start, end in tokens.sentences() if any(tokens.word[start:end])]
    if not sentences:
        return []
    take = count + (1 if greeting_only(tokens, sentences[0], greeting_hits) else 0)
    return sentences[:take]
