"""Kind `phrases`: report every match of a list of phrase patterns, with an optional replacement."""

from __future__ import annotations

from tonelint.checks.base import Check, Hit, match_case
from tonelint.checks.phraselist import PhraseList, validate_entries
from tonelint.config import VOICES
from tonelint.tokens import tokens_of


def alternatives(use) -> list[str]:
    if use is None:
        return []
    if isinstance(use, (list, tuple)):
        return [str(item).strip() for item in use if str(item).strip()]
    return [part.strip() for part in str(use).split(",") if part.strip()]


class PhraseCheck(Check):
    DATA_KEYS = ("entries", "fixes")

    @classmethod
    def validate(cls, rule) -> None:
        validate_entries(rule, "entries")

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        self.phrases = PhraseList(rule, analyzer)
        self.entries = self.phrases.entries
        # `use` is a drop-in replacement (stiff-word) unless the pack says it is only advice
        self.offers_fix = bool(rule.data.get("fixes", True))
        # a drop-in fix only when the text found is written as in the entry: "gewijzigde" matches
        # "wijzigen", but "veranderen" would not fit in its place
        self.written = [_written_words(str(e["phrase"])) for e in self.entries]
        self.has_gap = [any(part in ("…", "...") for part in str(e["phrase"]).split()) for e in self.entries]

    def run(self, doc, context):
        matches = self.phrases.matches(doc)
        if not matches:
            return
        tokens = tokens_of(doc)
        register = getattr(context.persona, "register", "any")
        for index, start, end in matches:
            first, last = tokens.start[start], tokens.end[end - 1]
            entry = self.entries[index]
            if entry.get("register") and register in VOICES and entry["register"] != register:
                continue  # stiff for one voice, fitting for the other ("Geachte mevrouw" in a formal voice)
            if entry.get("strict") and not context.options.get("strict", False):
                continue  # a word many plain writers use too: only in strict mode
            options = alternatives(entry.get("use"))
            replacement = None
            if options and self.offers_fix and not self.has_gap[index] and all(
                tokens.lower[i] in self.written[index] for i in range(start, end) if not tokens.space[i]
            ):
                replacement = match_case(options[0], tokens.source[first:last])
            yield Hit(first, last, values={"use": " / ".join(options), "note": entry.get("note", "")},
                      replacement=replacement)


def _written_words(phrase: str) -> set[str]:
    """The first form written for each word: 'wijzigen|gewijzigd' offers its fix for 'wijzigen' only."""
    return {part.strip("()").split("|")[0].lstrip("=") for part in phrase.lower().split()}
