"""Per-doc token attributes as plain Python lists, computed once per reply.

Every spaCy `Token` access builds a Python object; nine rules walking every token would build them
many times over. Checks read these lists instead and touch spaCy tokens only where they need more
(a trained pipeline's tags).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, SENT_START

KEY = "tonelint.tokens"
TEXT_KEY = "tonelint.text"


class Tokens:
    __slots__ = ("text", "lower", "lemma", "space", "punct", "word", "start", "end", "sentence_starts",
                 "count", "tagged", "hashes",
                 "hash_sets", "source")

    def __init__(self, doc):
        strings = doc.vocab.strings
        self.source = doc.user_data.get(TEXT_KEY) or doc.text  # the reply the doc was made from
        rows = doc.to_array([ORTH, LOWER, LEMMA, IS_SPACE, IS_PUNCT, IDX, SENT_START, IS_ALPHA]).tolist()
        self.text = [strings[row[0]] for row in rows]
        self.lower = [strings[row[1]] for row in rows]
        self.lemma = [strings[row[2]] for row in rows]
        self.space = [row[3] == 1 for row in rows]
        self.punct = [row[4] == 1 for row in rows]
        # a word: not punctuation or space, and has a letter or digit (emoji are not words)
        self.word = [row[7] == 1 or (row[3] != 1 and row[4] != 1 and any(c.isalnum() for c in text))
                     for row, text in zip(rows, self.text)]
        self.start = [row[5] for row in rows]
        self.end = [start + len(text) for start, text in zip(self.start, self.text)]
        # lemma and lower-case hashes per token, for looking up pattern anchors
        self.hashes = [(row[2], row[1]) for row in rows]
        self.hash_sets = ({row[2] for row in rows}, {row[1] for row in rows})
        starts = [i for i, row in enumerate(rows) if row[6] == 1]
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        self.sentence_starts = starts
        self.count = len(rows)
        self.tagged = doc.has_annotation("MORPH")  # a trained pipeline's morphology is available

    def sentences(self):
        """(start, end) token ranges of the sentences."""
        starts = self.sentence_starts
        for number, start in enumerate(starts):
            yield start, starts[number + 1] if number + 1 < len(starts) else self.count

    def sentence_of(self, index: int) -> tuple[int, int]:
        number = bisect_right(self.sentence_starts, index) - 1
        starts = self.sentence_starts
        return starts[number], starts[number + 1] if number + 1 < len(starts) else self.count

    def visible(self, start: int, end: int) -> list[int]:
        """Token indexes in [start, end) that are not white space."""
        return [i for i in range(start, end) if not self.space[i]]


def tokens_of(doc) -> Tokens:
    view = doc.user_data.get(KEY)
    if view is None:
        view = doc.user_data[KEY] = Tokens(doc)
    return view
