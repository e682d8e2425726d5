"""Kind `gratitude`: the incoming message compliments or thanks, and the reply says no thanks."""

from __future__ import annotations

from tonelint.checks.base import Hit
from tonelint.checks.phraselist import ListCheck
from tonelint.tokens import tokens_of


class GratitudeCheck(ListCheck):
    LISTS = ("compliment", "thanks")
    INCOMING_LISTS = ("compliment",)

    def run(self, doc, context):
        praise = self.lists["compliment"].matches(context.incoming)
        if not praise or self.lists["thanks"].matches(doc):
            return
        incoming = tokens_of(context.incoming)
        _, start, end = praise[0]
        cue = incoming.source[incoming.start[start]:incoming.end[end - 1]]
        tokens = tokens_of(doc)
        for sentence_start, sentence_end in tokens.sentences():
            visible = tokens.visible(sentence_start, sentence_end)
            if visible:
                yield Hit(tokens.start[visible[0]], tokens.end[visible[-1]], values={"cue": cue})
                return
