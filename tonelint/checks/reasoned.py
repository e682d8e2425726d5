"""Kind `reasoned`: a decision or refusal announced without a reason nearby ("omdat", "want",
"vanwege", …) in the same sentence or the one before or after it."""

from __future__ import annotations

from tonelint.checks.base import Hit
from tonelint.checks.phraselist import ListCheck
from tonelint.tokens import tokens_of


class ReasonedCheck(ListCheck):
    LISTS = ("decision", "reason")

    def run(self, doc, context):
        decisions = self.lists["decision"].matches(doc)
        if not decisions:
            return
        tokens = tokens_of(doc)
        sentences = list(tokens.sentences())
        number_of = {}
        for number, (start, end) in enumerate(sentences):
            for index in range(start, end):
                number_of[index] = number
        reasoned = {number_of[start] for _, start, _ in self.lists["reason"].matches(doc)}
        reported = set()
        for _, start, end in decisions:
            number = number_of[start]
            if number in reported or reasoned & {number - 1, number, number + 1}:
                continue
            reported.add(number)
            yield Hit(tokens.start[start], tokens.end[end - 1])
