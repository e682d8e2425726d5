"""Kind `abuse`: hate, threats, slurs or discrimination in the incoming message. Reported on the
message itself: the advice is not to answer but to draw the line and report it to the platform.
Swearing at the situation ("kut, trein alweer te laat") is not abuse."""

from __future__ import annotations

from tonelint.checks.base import Hit
from tonelint.checks.phraselist import ListCheck
from tonelint.tokens import tokens_of


class AbuseCheck(ListCheck):
    LISTS = ("abuse", "swearing")
    REPORTS_ON_INCOMING = True  # a better reply does not change the message

    def run(self, doc, context):
        incoming = context.incoming
        hits = self.lists["abuse"].matches(incoming)
        if not hits:
            return
        swearing = self.lists["swearing"].matches(incoming)
        tokens = tokens_of(incoming)
        for _, start, end in hits:
            if any(s <= start and end <= e for _, s, e in swearing):
                continue  # frustration, not an attack
            yield Hit(tokens.start[start], tokens.end[end - 1], on_incoming=True)
            return  # one finding per message: the advice is about the message, not each word
