"""Kind `deflection`: the reply's first real move is to send the person elsewhere ("stuur ons een DM",
"bel de klantenservice") instead of engaging with what they wrote.

Sentences that only greet, thank or acknowledge do not count as a move. A redirect after an answer
(for instance a DM for privacy details) is fine.
"""

from __future__ import annotations

from tonelint.checks.base import Hit
from tonelint.checks.opening import GREETING_WORDS
from tonelint.checks.phraselist import ListCheck
from tonelint.tokens import tokens_of

ANSWER_FIRST_WORDS = 4  # an earlier clause of this many words (not greeting) makes the sentence an answer
CLAUSE_BREAKS = {",", ":", ";", "–", "-", "maar", "dus", "en"}
EMPATHY_OPENING_WORDS = 5  # sympathy within a sentence's first words makes it an acknowledgement


class DeflectionCheck(ListCheck):
    LISTS = ("redirect", "greeting", "empathy")
    OPTIONAL_LISTS = ("asks-for-channel",)
    INCOMING_LISTS = ("asks-for-channel",)
    OTHER_KEYS = ("unless-answered", "turns")
    READS_INCOMING = True  # for the rule named by `unless-answered`

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        # words that give a sentence news of its own ("Vervelend, maar …"): then it is a move
        self.turns = {str(word).lower() for word in rule.data.get("turns") or ()}

    def run(self, doc, context):
        redirects = self.lists["redirect"].matches(doc, overlapping=True)
        if not redirects:
            return
        channel = self.lists.get("asks-for-channel")
        if channel is not None and context.incoming is not None and channel.matches(context.incoming):
            return  # they asked where or how to reach someone: naming the channel is the answer
        tokens = tokens_of(doc)
        sympathy = self.lists["empathy"].matches(doc)
        soft = self.lists["greeting"].matches(doc) + sympathy
        after_sympathy = False  # only sentences that open with sympathy came before
        for start, end in tokens.sentences():
            words = sum(tokens.word[start:end])
            if not words:
                continue
            moves = sorted((s, e) for _, s, e in redirects if start <= s < end)
            softened = [hit for hit in soft if start <= hit[1] < end]
            if moves and self._answers_first(tokens, start, moves[0][0], softened):
                return  # the sentence answers first and names the channel after: "ja, …, via het formulier"
            if moves:
                first, last = moves[0]
                for move_start, move_end in moves[1:]:  # overlapping phrasings of one redirect
                    if move_start < last:
                        last = max(last, move_end)
                # after a sentence of sympathy ("Kiespijn is echt vervelend!") the referral is the main
                # move only when the question it follows stays unanswered: then it replaces the answer
                requires = self.rule.data.get("unless-answered") if after_sympathy else None
                yield Hit(tokens.start[first], tokens.end[last - 1], requires=requires)
                return
            covered = sum(tokens.word[i] for _, s, e in softened for i in range(s, e))
            if words <= 3 or (softened and (words <= GREETING_WORDS or covered * 2 >= words)):
                continue  # a greeting, a sign-off or an acknowledgement: not yet a move
            if self.rule.data.get("unless-answered") and _opens_with(tokens, start, end, sympathy, self.turns):
                after_sympathy = True
                continue
            return  # the first real move is something else: an answer, an explanation

    @staticmethod
    def _answers_first(tokens, start: int, redirect: int, softened) -> bool:
        """Before the clause with the redirect, the sentence already says something of its own:
        "Wij hebben geen reservesleutels, maar … bel 088". A greeting before it does not count."""
        breaks = [i for i in range(start, redirect) if tokens.lower[i] in CLAUSE_BREAKS]
        if not breaks:
            return False
        soft_tokens = {i for _, s, e in softened for i in range(s, e)}
        earlier = [i for i in range(start, breaks[-1]) if tokens.word[i] and i not in soft_tokens]
        return len(earlier) >= ANSWER_FIRST_WORDS


def _opens_with(tokens, start: int, end: int, sympathy, turns: set[str]) -> bool:
    """The sentence opens with sympathy (after a greeting) and turns nowhere else: "Kiespijn is echt
    vervelend!", "Leuk dat je aan een nieuwe badkamer denkt!"; not "Vervelend, maar …"."""
    opening = [i for i in range(start, end) if tokens.word[i]][:EMPATHY_OPENING_WORDS]
    if not opening or not any(start <= hit_start <= opening[-1] for _, hit_start, _ in sympathy):
        return False
    return not any(tokens.lower[i] in turns for i in range(start, end))
