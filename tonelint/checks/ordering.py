"""Kind `ordering`: the opening states policy before it acknowledges the person.

The opening is the first sentence, or the first two when the first is only a greeting or thanks. A
policy phrase there with no acknowledgement before it is reported; the same rule explained after real
empathy is fine ("Wat vervelend! Helaas …").
"""

from __future__ import annotations

from tonelint.checks.base import Hit
from tonelint.checks.opening import opening_sentences
from tonelint.checks.phraselist import ListCheck
from tonelint.tokens import tokens_of


class OrderingCheck(ListCheck):
    LISTS = ("policy", "empathy", "greeting")

    def run(self, doc, context):
        policy = self.lists["policy"].matches(doc)
        if not policy:
            return
        opening = opening_sentences(doc, self.lists["greeting"].matches(doc))
        if not opening:
            return
        first_start, opening_end = opening[0][0], opening[-1][1]
        in_opening = [hit for hit in policy if first_start <= hit[1] < opening_end]
        if not in_opening:
            return
        _, start, end = in_opening[0]
        if any(hit_start < start for _, hit_start, _ in self.lists["empathy"].matches(doc)):
            return  # understanding came first
        tokens = tokens_of(doc)
        yield Hit(tokens.start[start], tokens.end[end - 1])
