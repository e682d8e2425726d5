"""Kind `acknowledgement`: the incoming message is a complaint or vents frustration, and the reply
acknowledges nothing."""

from __future__ import annotations

import re

from tonelint.checks.base import Check, Hit
from tonelint.checks.phraselist import PhraseList, validate_entries
from tonelint.tokens import tokens_of

_ANGRY_PUNCTUATION = re.compile(r"[!?]{2,}")


class AcknowledgementCheck(Check):
    DATA_KEYS = ("complaint", "acknowledgement", "positive")

    @classmethod
    def validate(cls, rule) -> None:
        for key in ("complaint", "acknowledgement"):
            validate_entries(rule, key)
        validate_entries(rule, "positive", required=False)

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        self.complaint = PhraseList(rule, analyzer, "complaint")
        self.acknowledgement = PhraseList(rule, analyzer, "acknowledgement")
        self.positive = PhraseList(rule, analyzer, "positive") if rule.data.get("positive") else None

    def complaint_cues(self, incoming) -> list[str]:
        tokens = tokens_of(incoming)
        cues = [tokens.source[tokens.start[s]:tokens.end[e - 1]] for _, s, e in self.complaint.matches(incoming)]
        if not cues and self.positive is not None and self.positive.matches(incoming):
            return []  # "Super dat jullie nu ook 's nachts rijden!!": enthusiasm, not anger
        cues += _ANGRY_PUNCTUATION.findall(tokens.source)
        shouted = [text for text, word in zip(tokens.text, tokens.word) if word and len(text) > 2 and text.isupper()]
        if len(shouted) >= 2:
            cues.append(" ".join(shouted[:3]))
        return cues

    def run(self, doc, context):
        cues = self.complaint_cues(context.incoming)
        if not cues or self.acknowledgement.matches(doc):
            return
        tokens = tokens_of(doc)
        for start, end in tokens.sentences():
            visible = tokens.visible(start, end)
            if visible:
                yield Hit(tokens.start[visible[0]], tokens.end[visible[-1]], values={"cue": cues[0]})
                return
