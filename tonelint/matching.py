"""Matching many phrase patterns fast.

spaCy's Matcher tries every pattern at every token: with hundreds of entries that costs milliseconds
per reply. Instead each pattern is indexed by an anchor, its rarest required word, and only patterns
whose anchor occurs are tried, in place, around the anchor. Rare means: no stop word or punctuation
among its forms ("kan", "niet", "je", "." are in nearly every reply), and then the longest shortest
form (long words are rare). A pattern is a list of segments (runs of words) separated by gaps (`…`, up to GAP_WORDS words);
optional words are expanded into variants when the pattern is added.

White space between words (a line break) is skipped; matches never cross a sentence boundary.
"""

from __future__ import annotations

import itertools

from tonelint.patterns import GAP_WORDS
from tonelint.tokens import tokens_of

LEMMA_SLOT, LOWER_SLOT = 0, 1

Slot = tuple[int, frozenset[int]]  # (which hash: lemma or lower case, the allowed hashes)
Segment = tuple[Slot, ...]


def _slot(token: dict, vocab, known: dict[str, bool]) -> tuple[int, frozenset[int], tuple[int, int]] | None:
    """(slot kind, allowed hashes, rarity): rarity ranks how seldom the slot matches a word."""
    for attr, slot in (("LEMMA", LEMMA_SLOT), ("LOWER", LOWER_SLOT)):
        if attr in token:
            value = token[attr]
            values = value["IN"] if isinstance(value, dict) else [value]
            common = False
            for form in values:
                is_common = known.get(form)
                if is_common is None:
                    lexeme = vocab[form]
                    is_common = known[form] = lexeme.is_stop or lexeme.is_punct
                common = common or is_common
            return slot, frozenset(vocab.strings.add(v) for v in values), (not common, min(map(len, values)))
    return None


def _is_gap(token: dict) -> bool:
    return token.get("IS_SPACE") is False


def _is_line_break(token: dict) -> bool:
    return token.get("IS_SPACE") is True


class PatternSet:
    def __init__(self, vocab):
        self.vocab = vocab
        # (slot kind, hash) → {filter: [(entry, segments, anchor segment, anchor slot)]}; the filter is
        # the next rarest slot, (kind, allowed hashes): a doc without any of those words cannot match.
        # Variants of one entry (its optional words) mostly share a filter, so it is tested once.
        self._index: dict[tuple[int, int], dict[tuple | None, list[tuple]]] = {}
        self._keys: tuple[set[int], set[int]] = (set(), set())  # every anchor hash, per slot kind
        self._count = 0
        self.numbers: dict[str, int] = {}  # phrase text → entry number, for lists that several rules share
        self._common: dict[str, bool] = {}  # form → a stop word or punctuation

    @classmethod
    def shared(cls, analyzer, group: str = "released") -> "PatternSet":
        """The pipeline's pattern set that the phrase rules of one group add to."""
        sets = analyzer.__dict__.setdefault("_pattern_sets", {})
        if group not in sets:
            sets[group] = cls(analyzer.vocab)
        return sets[group]

    def add(self, patterns: list[list[dict]]) -> int:
        """Add one entry (its alternative token patterns, as compiled); returns its number."""
        number = self._count
        self._count += 1
        for pattern in patterns:
            tokens = [token for token in pattern if not _is_line_break(token)]
            optional = [i for i, token in enumerate(tokens) if token.get("OP") == "?"]
            for kept in itertools.product((True, False), repeat=len(optional)):
                dropped = {i for i, keep in zip(optional, kept) if not keep}
                segments: list[list[tuple]] = [[]]
                for i, token in enumerate(tokens):
                    if i in dropped:
                        continue
                    if _is_gap(token):
                        segments.append([])
                    else:
                        segments[-1].append(_slot(token, self.vocab, self._common))
                segments = [segment for segment in segments if segment]
                if not segments:
                    continue
                places = sorted(((s, i) for s, segment in enumerate(segments) for i in range(len(segment))),
                                key=lambda place: segments[place[0]][place[1]][2], reverse=True)
                anchor_segment, anchor_slot = places[0]
                frozen = tuple(tuple((kind, values) for kind, values, _ in segment) for segment in segments)
                kind, values = frozen[anchor_segment][anchor_slot]
                rarest_other = frozen[places[1][0]][places[1][1]] if len(places) > 1 else None
                item = (number, frozen, anchor_segment, anchor_slot)
                for value in values:
                    self._keys[kind].add(value)
                    bucket = self._index.setdefault((kind, value), {}).setdefault(rarest_other, [])
                    if item not in bucket:
                        bucket.append(item)
        return number

    def find(self, doc) -> list[tuple[int, int, int]]:
        """(entry number, start token, end token) for every match; computed once per doc."""
        tokens = tokens_of(doc)
        key = ("patterns", id(self), self._count)
        found = tokens.cache.get(key)
        if found is None:
            found = tokens.cache[key] = self._find(tokens)
        return found

    def _find(self, tokens) -> list[tuple[int, int, int]]:
        if not tokens.count:
            return []
        present = tokens.hash_sets
        lemmas, lowers = present[0] & self._keys[0], present[1] & self._keys[1]
        if not lemmas and not lowers:
            return []
        words = tokens.nonspace
        hashes = tokens.hashes
        lemma_hashes, lower_hashes = hashes
        starts = tokens.sentence_starts
        index = self._index
        found: set[tuple[int, int, int]] = set()
        hits = [position for position, token in enumerate(words)
                if lemma_hashes[token] in lemmas or lower_hashes[token] in lowers]
        if not hits:
            return []
        bounds = _sentence_bounds(words, starts)
        # the patterns worth trying per anchor word: those whose next rarest word is in the doc too
        # (worked out once per anchor, not at every place the anchor occurs)
        viable: dict[tuple[int, int], list[tuple]] = {}
        for position in hits:
            token = words[position]
            low, high = bounds[position]  # the words of this sentence: positions low … high - 1
            for key in ((LEMMA_SLOT, lemma_hashes[token]), (LOWER_SLOT, lower_hashes[token])):
                candidates = viable.get(key)
                if candidates is None:
                    candidates = viable[key] = [
                        item for rarest_other, items in index.get(key, {}).items()
                        if rarest_other is None or not rarest_other[1].isdisjoint(present[rarest_other[0]])
                        for item in items]
                for number, segments, anchor_segment, anchor_slot in candidates:
                    span = _match_around(segments, anchor_segment, position - anchor_slot, low, high, words, hashes)
                    if span is not None:
                        found.add((number, words[span[0]], words[span[1] - 1] + 1))
        return sorted(found)


def _sentence_bounds(words: list[int], starts: list[int]) -> list[tuple[int, int]]:
    """For each word position, the (low, high) word positions of its sentence (one merge pass)."""
    bounds: list[tuple[int, int]] = []
    sentence, low = 0, 0
    for position, token in enumerate(words):
        if sentence + 1 < len(starts) and token >= starts[sentence + 1]:
            bounds.extend([(low, position)] * (position - low))
            while sentence + 1 < len(starts) and token >= starts[sentence + 1]:
                sentence += 1
            low = position
    bounds.extend([(low, len(words))] * (len(words) - low))
    return bounds


def _segment_at(segment: Segment, position: int, low: int, high: int, words, hashes) -> bool:
    if position < low or position + len(segment) > high:
        return False
    for kind, values in segment:  # a plain loop: a generator in all() costs more than the test
        if hashes[kind][words[position]] not in values:
            return False
        position += 1
    return True


def _match_around(segments, anchor_segment: int, start: int, low: int, high: int, words, hashes):
    """The (first, end) word positions of the pattern when its anchor segment starts at `start`."""
    if not _segment_at(segments[anchor_segment], start, low, high, words, hashes):
        return None
    first, end = start, start + len(segments[anchor_segment])
    if len(segments) == 1:
        return first, end
    for segment in segments[anchor_segment + 1:]:  # rightwards, nearest first
        for gap in range(GAP_WORDS + 1):
            if _segment_at(segment, end + gap, low, high, words, hashes):
                end = end + gap + len(segment)
                break
        else:
            return None
    for segment in reversed(segments[:anchor_segment]):  # leftwards, nearest first
        for gap in range(GAP_WORDS + 1):
            position = first - gap - len(segment)
            if _segment_at(segment, position, low, high, words, hashes):
                first = position
                break
        else:
            return None
    return first, end
