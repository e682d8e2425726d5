"""Matching many phrase patterns fast.

spaCy's Matcher tries every pattern at every token: with hundreds of entries that costs milliseconds
per reply. Instead every pattern is indexed by an anchor, the required word whose shortest form is
longest (long words are rare), and only patterns whose anchor occurs are tried:

- a pattern that is a plain sequence of words (optional words expanded) is checked in place, around
  the anchor, in Python;
- a pattern with a gap (`…`) runs through its own small spaCy Matcher, on the anchor's sentence only.

White space between words (a line break) is skipped; matches never cross a sentence boundary.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right

from spacy.matcher import Matcher

from tonelint.tokens import tokens_of

LEMMA_SLOT, LOWER_SLOT = 0, 1


def _slot(token: dict, strings) -> tuple[int, frozenset[int]] | None:
    for attr, slot in (("LEMMA", LEMMA_SLOT), ("LOWER", LOWER_SLOT)):
        if attr in token:
            value = token[attr]
            values = value["IN"] if isinstance(value, dict) else [value]
            return slot, frozenset(strings.add(v) for v in values), min(map(len, values))
    return None


class PatternSet:
    def __init__(self, vocab):
        self.vocab = vocab
        # (slot kind, hash) → [(entry, sequence, anchor position)]
        self._sequences: dict[tuple[int, int], list[tuple[int, tuple, int]]] = {}
        # (slot kind, hash) → [entry] for entries matched by a spaCy Matcher
        self._matcher_index: dict[tuple[int, int], list[int]] = {}
        self._matchers: dict[int, Matcher] = {}
        self._matcher_required: dict[int, list[list[tuple[int, frozenset[int]]]]] = {}
        self._keys: tuple[set[int], set[int]] = (set(), set())  # every anchor hash, per slot kind
        self._count = 0

    @classmethod
    def shared(cls, analyzer) -> "PatternSet":
        """The pipeline's pattern set that all phrase rules add to."""
        if not hasattr(analyzer, "_pattern_set"):
            analyzer._pattern_set = cls(analyzer.vocab)
        return analyzer._pattern_set

    def add(self, patterns: list[list[dict]]) -> int:
        """Add one entry (its alternative token patterns, as compiled); returns its number."""
        number = self._count
        self._count += 1
        strings = self.vocab.strings
        for pattern in patterns:
            words = [token for token in pattern if "IS_SPACE" not in token or token.get("IS_SPACE") is False]
            if any(token.get("OP", "?") != "?" for token in words):
                self._add_to_matcher(number, pattern, words)
                continue
            optional = [i for i, token in enumerate(words) if token.get("OP") == "?"]
            for kept in itertools.product((True, False), repeat=len(optional)):
                dropped = {i for i, keep in zip(optional, kept) if not keep}
                slots = [_slot(token, strings) for i, token in enumerate(words) if i not in dropped]
                if not slots:
                    continue
                anchor = max(range(len(slots)), key=lambda i: slots[i][2])
                sequence = tuple((kind, values) for kind, values, _ in slots)
                kind, values = sequence[anchor]
                for value in values:
                    self._keys[kind].add(value)
                    bucket = self._sequences.setdefault((kind, value), [])
                    if (number, sequence, anchor) not in bucket:
                        bucket.append((number, sequence, anchor))
        return number

    def _add_to_matcher(self, number: int, pattern: list[dict], words: list[dict]) -> None:
        if number not in self._matchers:
            self._matchers[number] = Matcher(self.vocab, validate=False)  # the compiler writes valid patterns
        self._matchers[number].add(f"entry-{number}", [pattern])
        strings = self.vocab.strings
        required = [slot for slot in (_slot(token, strings) for token in words if "OP" not in token) if slot]
        # every required word must be in the doc before the Matcher is worth running
        self._matcher_required.setdefault(number, []).append([(kind, values) for kind, values, _ in required])
        kind, values, _ = max(required, key=lambda slot: slot[2])
        for value in values:
            self._keys[kind].add(value)
            entries = self._matcher_index.setdefault((kind, value), [])
            if number not in entries:
                entries.append(number)

    def find(self, doc) -> list[tuple[int, int, int]]:
        """(entry number, start token, end token) for every match; computed once per doc."""
        tokens = tokens_of(doc)
        key = ("patterns", id(self), self._count)
        found = tokens.cache.get(key)
        if found is None:
            found = tokens.cache[key] = self._find(doc, tokens)
        return found

    def _find(self, doc, tokens) -> list[tuple[int, int, int]]:
        if not tokens.count:
            return []
        present = tokens.hash_sets
        candidates = (present[0] & self._keys[0], present[1] & self._keys[1])
        if not candidates[0] and not candidates[1]:
            return []
        words = tokens.nonspace
        lemma_hashes, lower_hashes = hashes = tokens.hashes
        starts = tokens.sentence_starts
        sequences, matcher_index = self._sequences, self._matcher_index
        found: set[tuple[int, int, int]] = set()
        matcher_sentences: dict[int, set[int]] = {}
        lemmas, lowers = candidates
        hits = [(position, token) for position, token in enumerate(words)
                if lemma_hashes[token] in lemmas or lower_hashes[token] in lowers]
        for position, token in hits:
            lemma, lower = lemma_hashes[token], lower_hashes[token]
            for key in ((LEMMA_SLOT, lemma), (LOWER_SLOT, lower)):
                for number, sequence, anchor in sequences.get(key, ()):
                    first = position - anchor
                    last = first + len(sequence) - 1
                    if first < 0 or last >= len(words):
                        continue
                    start, end = words[first], words[last]
                    if bisect_right(starts, start) != bisect_right(starts, end):
                        continue  # crosses a sentence boundary
                    if all(hashes[kind][words[first + i]] in values for i, (kind, values) in enumerate(sequence)):
                        found.add((number, start, end + 1))
                for number in matcher_index.get(key, ()):
                    matcher_sentences.setdefault(number, set()).add(bisect_right(starts, token) - 1)
        if matcher_sentences:
            tokens.sync(doc)
        for number, sentences in matcher_sentences.items():
            if not any(all(present[kind] & values for kind, values in slots)
                       for slots in self._matcher_required[number]):
                continue
            for sentence in sentences:
                start = starts[sentence]
                end = starts[sentence + 1] if sentence + 1 < len(starts) else tokens.count
                for _, match_start, match_end in self._matchers[number](doc[start:end]):
                    found.add((number, start + match_start, start + match_end))
        return sorted(found)
