"""Kind `acknowledgement`: the incoming message is a complaint or vents frustration, and the reply
acknowledges nothing."""

from __future__ import annotations

import re

from tonelint.checks.abuse import attacks
from tonelint.checks.base import Hit
from tonelint.checks.phraselist import ListCheck
from tonelint.tokens import tokens_of

_ANGRY_PUNCTUATION = re.compile(r"[!?]{2,}")
_MARKS = set("!? ")  # a cue of marks alone ("??") may be excitement; with praise it is


class AcknowledgementCheck(ListCheck):
    LISTS = ("complaint", "acknowledgement")
    OPTIONAL_LISTS = ("positive", "abuse", "swearing")
    INCOMING_LISTS = ("complaint", "positive", "abuse", "swearing")

    def complaint_cues(self, incoming) -> list[str]:
        tokens = tokens_of(incoming)
        cues = [tokens.source[tokens.start[s]:tokens.end[e - 1]] for _, s, e in self.lists["complaint"].matches(incoming)]
        if all(set(cue) <= _MARKS for cue in cues) and "positive" in self.lists \
                and self.lists["positive"].matches(incoming):
            return []  # "Super dat jullie nu ook 's nachts rijden!!", "is er animatie?? 😍": enthusiasm, not anger
        cues += _ANGRY_PUNCTUATION.findall(tokens.source)
        shouted = [text for text, word in zip(tokens.text, tokens.word) if word and len(text) > 2 and text.isupper()]
        if len(shouted) >= 2:
            cues.append(" ".join(shouted[:3]))
        return cues

    def run(self, doc, context):
        if "abuse" in self.lists and attacks(self.lists["abuse"], self.lists.get("swearing"), context.incoming):
            return  # hate or a threat is not a complaint to acknowledge (TL504)
        cues = self.complaint_cues(context.incoming)
        if not cues or self.lists["acknowledgement"].matches(doc):
            return
        tokens = tokens_of(doc)
        for start, end in tokens.sentences():
            visible = tokens.visible(start, end)
            if visible:
                yield Hit(tokens.start[visible[0]], tokens.end[visible[-1]], values={"cue": cues[0]})
                return
