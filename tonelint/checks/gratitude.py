"""Kind `gratitude`: the incoming message compliments or thanks, and the reply says no thanks."""

from __future__ import annotations

from tonelint.checks.base import Hit
from tonelint.checks.phraselist import ListCheck
from tonelint.tokens import tokens_of


class GratitudeCheck(ListCheck):
    LISTS = ("compliment", "thanks")
    OPTIONAL_LISTS = ("sarcasm", "politeness")
    INCOMING_LISTS = ("compliment", "sarcasm", "politeness")

    def run(self, doc, context):
        praise = self.lists["compliment"].matches(context.incoming)
        if praise and "politeness" in self.lists:
            # "Alvast bedankt!" under a question is good manners, not praise to thank for
            polite = [(s, e) for _, s, e in self.lists["politeness"].matches(context.incoming)]
            praise = [hit for hit in praise if not any(s <= hit[1] and hit[2] <= e for s, e in polite)]
        if not praise or self.lists["thanks"].matches(doc):
            return
        if "sarcasm" in self.lists and self.lists["sarcasm"].matches(context.incoming):
            return  # "echt top service hoor 🙄": a complaint in the form of praise (TL102 is about that)
        incoming = tokens_of(context.incoming)
        _, start, end = praise[0]
        cue = incoming.source[incoming.start[start]:incoming.end[end - 1]]
        tokens = tokens_of(doc)
        for sentence_start, sentence_end in tokens.sentences():
            visible = tokens.visible(sentence_start, sentence_end)
            if visible:
                yield Hit(tokens.start[visible[0]], tokens.end[visible[-1]], values={"cue": cue})
                return
