"""Kind `reasoned`: a decision or refusal announced without a reason nearby ("omdat", "want",
"vanwege", …) in the same sentence or the one before or after it."""

from __future__ import annotations

from tonelint.checks.base import Check, Hit
from tonelint.checks.phraselist import PhraseList, validate_entries
from tonelint.tokens import tokens_of


class ReasonedCheck(Check):
    DATA_KEYS = ("decision", "reason")

    @classmethod
    def validate(cls, rule) -> None:
        for key in cls.DATA_KEYS:
            validate_entries(rule, key)

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        self.decision = PhraseList(rule, analyzer, "decision")
        self.reason = PhraseList(rule, analyzer, "reason")

    def run(self, doc, context):
        decisions = self.decision.matches(doc)
        if not decisions:
            return
        tokens = tokens_of(doc)
        sentences = list(tokens.sentences())
        number_of = {}
        for number, (start, end) in enumerate(sentences):
            for index in range(start, end):
                number_of[index] = number
        reasoned = {number_of[start] for _, start, _ in self.reason.matches(doc)}
        reported = set()
        for _, start, end in decisions:
            number = number_of[start]
            if number in reported or reasoned & {number - 1, number, number + 1}:
                continue
            reported.add(number)
            yield Hit(tokens.start[start], tokens.end[end - 1])
