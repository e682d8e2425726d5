"""Kind `readability`: a Flesch reading-ease score (Flesch-Douma for Dutch) below the threshold.

Syllables and the formula's constants come from textstat; words and sentences are counted on the spaCy
analysis, because textstat's own sentence count skips sentences of two words or fewer ("Groet, Eva").
Greeting and sign-off lines are left out: they would halve the average sentence length of a reply.
"""

from __future__ import annotations

from tonelint.checks.base import Check, Hit
from tonelint.tokens import tokens_of

_SENTENCE_END = {".", "!", "?", "…"}


_SYLLABLES: dict[tuple[str, str], int] = {}


def syllables(word: str, language: str) -> int:
    """textstat's syllable count for one word (pyphen), remembered: replies reuse their words."""
    key = (word, language)
    count = _SYLLABLES.get(key)
    if count is None:
        from textstat.backend.counts import count_syllables

        count = _SYLLABLES[key] = count_syllables(word, language)
    return count


def reading_ease(words: list[str], sentences: int, language: str) -> float | None:
    """Flesch reading ease; None when there is nothing to score."""
    from textstat.backend.utils import get_lang_cfg, get_lang_root

    if not words or not sentences:
        return None
    root = get_lang_root(language)
    known = _SYLLABLES
    syllable_count = 0
    for word in words:
        count = known.get((word, language))
        syllable_count += count if count is not None else syllables(word, language)
    return (
        get_lang_cfg(root, "fre_base")
        - get_lang_cfg(root, "fre_sentence_length") * (len(words) / sentences)
        - get_lang_cfg(root, "fre_syll_per_word") * (syllable_count / len(words))
    )


class ReadabilityCheck(Check):
    def run(self, doc, context):
        tokens = tokens_of(doc)
        if sum(tokens.word) < int(context.options["min-words"]):
            return  # cheap test first: most replies are short
        words, sentences, first = [], 0, None
        word, lower, text, space = tokens.word, tokens.lower, tokens.text, tokens.space
        for start, end in tokens.sentences():
            in_sentence = [lower[i] for i in range(start, end) if word[i]]
            if not in_sentence:
                continue
            if len(in_sentence) <= 3:
                last = end - 1
                while last > start and space[last]:
                    last -= 1
                if text[last] not in _SENTENCE_END:
                    continue  # "Hoi Kim," "Groet, Lisa" "^EK"
            sentences += 1
            words.extend(in_sentence)
            if first is None:
                first = tokens.visible(start, end)
        if len(words) < int(context.options["min-words"]):
            return
        average = len(words) / sentences
        if average <= float(context.options.get("min-sentence-average", 0)):
            return  # short sentences keep a reply readable; long words alone are stiff-word's business
        score = reading_ease(words, sentences, self.rule.language)
        if score is None or score >= float(context.options["min-score"]):
            return
        yield Hit(
            tokens.start[first[0]],
            tokens.end[first[-1]],
            values={"score": f"{score:.0f}", "words_per_sentence": f"{average:.1f}"},
        )
