"""Kind `sentence-length`: sentences with more words than the reader can hold at once."""

from __future__ import annotations

from tonelint.checks.base import Check, Hit, word_tokens


class SentenceLengthCheck(Check):
    def run(self, doc, context):
        limit = int(context.options["max-words"])
        for sentence in doc.sents:
            words = word_tokens(sentence)
            if len(words) > limit:
                visible = [token for token in sentence if not token.is_space]
                start, end = visible[0], visible[-1]
                yield Hit(start.idx, end.idx + len(end.text), values={"words": len(words)})
