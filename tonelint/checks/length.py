"""Kind `sentence-length`: sentences with more words than the reader can hold at once."""

from __future__ import annotations

from tonelint.checks.base import Check, Hit
from tonelint.tokens import tokens_of


class SentenceLengthCheck(Check):
    def run(self, doc, context):
        limit = int(context.options["max-words"])
        tokens = tokens_of(doc)
        word = tokens.word
        for start, end in tokens.sentences():
            words = sum(word[start:end])
            if words > limit:
                visible = tokens.visible(start, end)
                yield Hit(tokens.start[visible[0]], tokens.end[visible[-1]], values={"words": words})
