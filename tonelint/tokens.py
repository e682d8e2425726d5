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
                 "hash_sets", "source", "nonspace", "cache")

    def __init__(self, doc=None):
        if doc is None:
            return  # filled in by Tokens.build
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, LOWER, LEMMA, IS_SPACE, IS_PUNCT, IDX, SENT_START, IS_ALPHA]).tolist()
        self._fill(
            source=doc.user_data.get(TEXT_KEY) or doc.text,
            text=[strings[row[0]] for row in rows],
            lower=[strings[row[1]] for row in rows],
            lemma=[strings[row[2]] for row in rows],
            hashes=([row[2] for row in rows], [row[1] for row in rows]),
            space=[row[3] == 1 for row in rows],
            punct=[row[4] == 1 for row in rows],
            word=[row[7] == 1 or (row[3] != 1 and row[4] != 1 and any(c.isalnum() for c in strings[row[0]]))
                  for row in rows],
            start=[row[5] for row in rows],
            end=[row[5] + len(strings[row[0]]) for row in rows],
            sentence_starts=[i for i, row in enumerate(rows) if row[6] == 1],
            tagged=doc.has_annotation("MORPH"),  # a trained pipeline's morphology is available
        )

    @classmethod
    def build(cls, **parts) -> "Tokens":
        """From sequences the analysis already has (the blank pipeline's fast path)."""
        tokens = cls()
        tokens._fill(**parts)
        return tokens

    def _fill(self, source, text, lower, lemma, hashes, space, punct, word, start, end, sentence_starts, tagged):
        self.source = source
        self.text, self.lower, self.lemma, self.hashes = text, lower, lemma, hashes
        self.space, self.punct, self.word, self.start, self.end = space, punct, word, start, end
        self.nonspace = [index for index, is_space in enumerate(space) if not is_space]
        self.hash_sets = (set(hashes[0]), set(hashes[1]))  # hashes: (lemma hashes, lower-case hashes)
        if not sentence_starts or sentence_starts[0] != 0:
            sentence_starts.insert(0, 0)
        self.sentence_starts = sentence_starts
        self.count = len(text)
        self.tagged = tagged
        self.cache: dict = {}  # results that several checks share (phrase matches)

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
