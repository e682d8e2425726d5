"""Whether two texts are about the same thing: shared content words, allowing for Dutch compounds and
for two forms of one stem that the lemma table does not join."""

from __future__ import annotations

from functools import lru_cache


def shared_words(wanted: set[str], given: set[str], endings: tuple[str, ...] = ()) -> int:
    """Shared content words; a Dutch compound counts for its head or its first part
    ("parkeervergunning" ~ "vergunning", "snelheidsmeter" ~ "snelheid"), and two forms of one stem
    that the lemma table does not join count as one ("vergoeden" ~ "vergoeding": the pack's `endings`)."""
    shared = len(wanted & given)
    rest = wanted - given
    if not rest:
        return shared
    stems = {_stem(other, endings) for other in given}
    for word in rest:
        stem = _stem(word, endings)
        if (len(stem) >= 5 and stem in stems) or any(_compound_of(word, other) for other in given):
            shared += 1
    return shared


def _compound_of(one: str, other: str) -> bool:
    shorter, longer = (one, other) if len(one) <= len(other) else (other, one)
    return len(shorter) >= 5 and (longer.endswith(shorter) or longer.startswith(shorter))


@lru_cache(maxsize=65536)
def _stem(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word
