"""Kind `reasoned`: a decision or refusal announced without a reason nearby ("omdat", "want",
"vanwege", …) in the same sentence or the one before or after it.

An explanation needs no such word: a plain statement right after the decision ("We hebben je aanvraag
afgewezen. De eik is meer dan 80 jaar oud.") is taken as its reason, unless it is an alternative, a
next step, a question or sympathy (the `not-a-reason` list) or another decision."""

from __future__ import annotations

from tonelint.checks.base import Hit
from tonelint.checks.phraselist import ListCheck
from tonelint.tokens import tokens_of


class ReasonedCheck(ListCheck):
    LISTS = ("decision", "reason")
    OPTIONAL_LISTS = ("not-a-reason",)
    MIN_EXPLANATION_WORDS = 6  # "Dat is beleid." explains nothing

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
        if "not-a-reason" in self.lists:
            decided = {number_of[start] for _, start, _ in decisions}
            other = decided | {number_of[start] for _, start, _ in self.lists["not-a-reason"].matches(doc)}
            for number in decided:
                after = number + 1
                if after < len(sentences) and after not in other:
                    start, end = sentences[after]
                    if sum(tokens.word[i] for i in range(start, end)) >= self.MIN_EXPLANATION_WORDS:
                        reasoned.add(after)
        reported = set()
        for _, start, end in decisions:
            number = number_of[start]
            if number in reported or reasoned & {number - 1, number, number + 1}:
                continue
            reported.add(number)
            yield Hit(tokens.start[start], tokens.end[end - 1])
