"""Kind `readability`: a Flesch reading-ease score (Flesch-Douma for Dutch) below the threshold.

Syllables and the formula's constants come from textstat; words and sentences are counted on the spaCy
analysis, because textstat's own sentence count skips sentences of two words or fewer ("Groet, Eva").
"""

from __future__ import annotations

from tonelint.checks.base import Check, Hit, word_tokens


def reading_ease(words: list[str], sentences: int, language: str) -> float | None:
    """Flesch reading ease; None when there is nothing to score."""
    from textstat.backend.counts import count_syllables
    from textstat.backend.utils import get_lang_cfg, get_lang_root

    if not words or not sentences:
        return None
    root = get_lang_root(language)
    syllables = count_syllables(" ".join(words), language)
    return (
        get_lang_cfg(root, "fre_base")
        - get_lang_cfg(root, "fre_sentence_length") * (len(words) / sentences)
        - get_lang_cfg(root, "fre_syll_per_word") * (syllables / len(words))
    )


def _greeting_or_sign_off(sentence, words) -> bool:
    """'Hoi Kim,' or 'Groet, Lisa' or '^EK': a short line without a sentence ending. Counting it as a
    sentence would halve the average sentence length of a reply."""
    visible = [token for token in sentence if not token.is_space]
    return len(words) <= 3 and visible[-1].text not in (".", "!", "?", "…")


class ReadabilityCheck(Check):
    def run(self, doc, context):
        words, sentences, first = [], 0, None
        for sentence in doc.sents:
            in_sentence = word_tokens(sentence)
            if in_sentence and not _greeting_or_sign_off(sentence, in_sentence):
                sentences += 1
                words.extend(token.text for token in in_sentence)
                first = first or sentence
        if len(words) < int(context.options["min-words"]):
            return
        score = reading_ease(words, sentences, self.rule.language)
        if score is None or score >= float(context.options["min-score"]):
            return
        visible = [token for token in first if not token.is_space]
        yield Hit(
            visible[0].idx,
            visible[-1].idx + len(visible[-1].text),
            values={"score": f"{score:.0f}", "words_per_sentence": f"{len(words) / sentences:.1f}"},
        )
