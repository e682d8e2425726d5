"""Kind `questions`: each question in the incoming message that the reply does not answer.

A question is a sentence with a question mark, one that starts with a question word, or an indirect
request ("ik wil graag weten …"). Its question word says what kind of answer it expects (waarom → a
reason, wanneer → a time, hoeveel → a number, waar → a place or channel, hoe → a way; otherwise yes or
no). The reply answers it when it gives that kind of answer and shares content words (lemmas) with the
question, or when it shares several content words.
"""

from __future__ import annotations

import re

from tonelint.checks.base import Check, Hit
from tonelint.checks.phraselist import PhraseList, validate_entries
from tonelint.packs import PackError
from tonelint.tokens import tokens_of

_DIGIT = re.compile(r"\d")
# phone numbers are a channel, not a time or an amount: "bel 088 200 3000", "bel 14 020"
_PHONE = re.compile(r"(?:\+31|\b0)\d(?:[\s-]?\d){7,10}\b|\b14\s?0\d{2}\b")
ANSWER_TYPES = ("reason", "time", "duration", "number", "place", "way", "person", "content", "yes-no")
_DIGIT_TYPES = {"time", "duration", "number"}
# answer kinds whose cue words are specific enough to count on their own ("omdat", a date, a number);
# place, way, person and content cues are common words, so those also need shared content words
_CUE_TYPES = {"reason", "time", "duration", "number"}


class QuestionCheck(Check):
    DATA_KEYS = ("interrogatives", "indirect", "answers", "ignore", "kind-names", "rhetorical")

    @classmethod
    def validate(cls, rule) -> None:
        interrogatives = rule.data.get("interrogatives")
        if not isinstance(interrogatives, dict) or not interrogatives:
            raise PackError(f"{rule.source}: kind 'questions' needs 'interrogatives' (word: answer type)")
        for word, kind in interrogatives.items():
            if kind not in ANSWER_TYPES:
                raise PackError(f"{rule.source}: interrogative '{word}': answer type must be one of "
                                f"{', '.join(ANSWER_TYPES)}, not '{kind}'")
        validate_entries(rule, "indirect")
        answers = rule.data.get("answers")
        if not isinstance(answers, dict) or set(answers) - set(ANSWER_TYPES):
            raise PackError(f"{rule.source}: 'answers' must map answer types ({', '.join(ANSWER_TYPES)}) to words")

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        data = rule.data
        self.interrogatives = {str(k).lower(): str(v) for k, v in data["interrogatives"].items()}
        self.longest = max(len(k.split()) for k in self.interrogatives)
        self.indirect = PhraseList(rule, analyzer, "indirect")
        self.answers = {kind: PhraseList(rule, analyzer, entries=[str(w) for w in words])
                        for kind, words in data["answers"].items() if words}
        self.ignore = {str(word).lower() for word in data.get("ignore") or ()}
        self.kind_names = {str(k): str(v) for k, v in (data.get("kind-names") or {}).items()}
        self.rhetorical = {str(word).lower() for word in data.get("rhetorical") or ()}

    def questions(self, incoming) -> list[tuple[int, int, str]]:
        """(start token, end token, expected answer type) for each question."""
        tokens = tokens_of(incoming)
        indirect = self.indirect.matches(incoming)
        found = []
        for start, end in tokens.sentences():
            visible = tokens.visible(start, end)
            if not any(tokens.word[i] for i in visible):
                continue
            if any(tokens.lower[i] in self.rhetorical for i in visible):
                continue  # "Dit is toch niet normaal?": a complaint in the form of a question
            asked = "?" in (tokens.text[i] for i in visible)
            kind = self._question_word(tokens, visible)
            requested = [hit for hit in indirect if start <= hit[1] < end]
            if requested and kind is None:
                after = tokens.lower[requested[0][2]] if requested[0][2] < tokens.count else ""
                kind = "yes-no" if after == "of" else "content"
            words = sum(tokens.word[i] for i in visible)
            # a question asks with a question mark or in so many words; "Wat een gedoe." and "Censuur?"
            # or "En nu?" are exclamations, not questions that an answer can settle
            if (asked and words >= 3) or requested:
                found.append((visible[0], visible[-1] + 1, kind or "yes-no"))
        return found

    def _question_word(self, tokens, visible) -> str | None:
        words = [tokens.lower[i] for i in visible]
        for position in range(len(words)):
            for size in range(self.longest, 0, -1):
                kind = self.interrogatives.get(" ".join(words[position:position + size]))
                if kind:
                    return kind
        return None

    def content(self, tokens, start: int, end: int, doc) -> set[str]:
        return {
            tokens.lemma[i] for i in range(start, end)
            if tokens.word[i] and len(tokens.text[i]) > 2 and not doc[i].is_stop
            and tokens.lower[i] not in self.ignore and tokens.lower[i] not in self.interrogatives
        }

    def run(self, doc, context):
        incoming = context.incoming
        questions = self.questions(incoming)
        if not questions:
            return
        reply = tokens_of(doc)
        reply_content = self.content(reply, 0, reply.count, doc)
        has_digit = bool(_DIGIT.search(_PHONE.sub(" ", reply.source)))
        cues = {kind: bool(phrases.matches(doc)) for kind, phrases in self.answers.items()}
        asked = tokens_of(incoming)
        opening = next((reply.visible(s, e) for s, e in reply.sentences() if reply.visible(s, e)), None)
        if opening is None:
            return
        for start, end, kind in questions:
            wanted = self.content(asked, start, end, incoming)
            overlap = _overlap(wanted, reply_content)
            cue = cues.get(kind, False) or (kind in _DIGIT_TYPES and has_digit) or kind == "content"
            # answered: a reason, time or number question needs that kind of answer; a yes/no question
            # a yes or no, or a reply that takes up what was asked; the others the kind of answer
            # with a shared content word, or the reply taking up what was asked (all of a short
            # question's content words, or at least two)
            takes_up = bool(wanted) and overlap >= min(2, len(wanted))
            if kind == "reason":
                answered = cue or overlap >= 3  # an explanation in other words still takes up the question
            elif kind in _CUE_TYPES:
                answered = cue  # a time, a duration or an amount: nothing else answers it
            elif kind == "way":
                answered = cue or has_digit or takes_up  # steps, a time or a place show the way
            elif kind == "yes-no":
                answered = cue or takes_up
            else:
                answered = (cue and (overlap or not wanted)) or takes_up
            if answered:
                continue
            question = asked.source[asked.start[start]:asked.end[end - 1]]
            yield Hit(reply.start[opening[0]], reply.end[opening[-1]],
                      values={"question": " ".join(question.split()), "kind": self.kind_names.get(kind, kind)})


def _overlap(wanted: set[str], given: set[str]) -> int:
    """Shared content words; a Dutch compound counts for its head ("parkeervergunning" ~ "vergunning")."""
    shared = len(wanted & given)
    for word in wanted - given:
        if any(len(other) >= 5 and (word.endswith(other) or other.endswith(word) or word.startswith(other))
               for other in given):
            shared += 1
    return shared
