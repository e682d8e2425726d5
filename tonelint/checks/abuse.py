"""Kind `abuse`: hate, threats, slurs or discrimination in the incoming message. Reported on the
message itself: the advice is not to answer but to draw the line and report it to the platform.
Swearing at the situation ("kut, trein alweer te laat") is not abuse."""

from __future__ import annotations

from tonelint.checks.base import Hit
from tonelint.checks.phraselist import ListCheck
from tonelint.tokens import tokens_of


class AbuseCheck(ListCheck):
    LISTS = ("abuse", "swearing")
    INCOMING_LISTS = ("abuse", "swearing")
    REPORTS_ON_INCOMING = True  # a better reply does not change the message

    def run(self, doc, context):
        incoming = context.incoming
        found = attacks(self.lists["abuse"], self.lists["swearing"], incoming)
        if found:
            tokens = tokens_of(incoming)
            start, end = found[0]  # one finding per message: the advice is about the message, not each word
            yield Hit(tokens.start[start], tokens.end[end - 1], on_incoming=True)


def attacks(abuse, swearing, incoming) -> list[tuple[int, int]]:
    """(start, end) tokens of each attack in the message: an abuse phrase that is not part of swearing
    at the situation. Rules that answer the message (acknowledge it, answer its questions) stay silent
    on such a message: the reply should draw the line instead."""
    hits = abuse.matches(incoming)
    if not hits:
        return []
    swore = swearing.matches(incoming) if swearing else []
    return [(start, end) for _, start, end in hits
            if not any(s <= start and end <= e for _, s, e in swore)]  # frustration, not an attack
