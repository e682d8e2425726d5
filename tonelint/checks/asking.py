"""Finding the questions in an incoming message, the way people type them: with or without a question
mark, several in one sentence, after an emoji, as an indirect request ("ik wil graag weten …"); and
leaving out what only looks like a question ("Dit is toch niet normaal?", "Moet ik dit betalen?!")."""

from __future__ import annotations

import unicodedata

from tonelint.checks.verbs import is_finite_verb
from tonelint.tokens import tokens_of


class QuestionFinder:
    """Reads a rule's question data: interrogatives (word → answer type), indirect requests (a
    phrase list on the incoming message), rhetorical words and phrases, and the words that join a
    second question on ("en") or open a yes/no question ("kan", "moet" + "ik", "je")."""

    def __init__(self, data: dict, indirect, analyzer):
        self.analyzer = analyzer
        self.interrogatives = {str(k).lower(): str(v) for k, v in data["interrogatives"].items()}
        self.longest = max(len(k.split()) for k in self.interrogatives)
        self.indirect = indirect
        self.ignore = {str(word).lower() for word in data.get("ignore") or ()}
        rhetorical = [str(word).lower() for word in data.get("rhetorical") or ()]
        self.rhetorical = {word for word in rhetorical if " " not in word}
        self.rhetorical_phrases = [word for word in rhetorical if " " in word]
        self.joiners = {str(word).lower() for word in data.get("joiners") or ()}
        self.verb_first = {str(word).lower() for word in data.get("verb-first") or ()}
        self.subjects = {str(word).lower() for word in data.get("subjects") or ()}
        # sentence openings with a question word that do not ask ("hoe dan ook", "wat een gedoe")
        self.not_asking = [str(phrase).lower().split() for phrase in data.get("not-asking") or ()]

    def find(self, incoming) -> list[tuple[int, int, str]]:
        """(start token, end token, expected answer type) for each question."""
        tokens = tokens_of(incoming)
        indirect = self.indirect.matches(incoming)
        found = []
        for sentence_start, sentence_end in tokens.sentences():
            for visible, marked in self._parts(tokens, tokens.visible(sentence_start, sentence_end)):
                start, end = visible[0], visible[-1] + 1
                if not any(tokens.word[i] for i in visible):
                    continue
                if any(tokens.lower[i] in self.rhetorical for i in visible) or self._rhetorical(tokens, visible):
                    continue  # "Dit is toch niet normaal?": a complaint in the form of a question
                asked = marked
                kind = self._question_word(tokens, visible)
                requested = [hit for hit in indirect if start <= hit[1] < end]
                if requested and kind is None:
                    after = tokens.lower[requested[0][2]] if requested[0][2] < tokens.count else ""
                    expected = self.indirect.entries[requested[0][0]].get("answer")
                    kind = "yes-no" if after == "of" else str(expected or "content")
                if kind is None and not requested and (_indignant(tokens, visible) or self._outcry(tokens, visible)):
                    continue  # "Moet ik 430 euro bijbetalen?!", "en nu krijg ik een boete??": indignation
                words = sum(tokens.word[i] for i in visible)
                # a question asks with a question mark or in so many words; "Wat een gedoe." and "Censuur?"
                # or "En nu?" are exclamations, not questions that an answer can settle
                if (asked and words >= 3) or requested or (words >= 3 and self._opens_with_question_word(tokens, visible)):
                    found.append((start, end, kind or "yes-no"))
        return found

    def _parts(self, tokens, visible: list[int]) -> list[tuple[list[int], bool]]:
        """A sentence cut at its emoji and where a second question is joined on ("… en wanneer
        krijg ik het terug?", "… en moet hij nuchter zijn?"), each part with whether it is asked
        with a question mark (the mark at the end counts for every part)."""
        parts = []
        for segment in _segments(tokens, visible):
            marked = "?" in (tokens.text[i] for i in segment)
            words = [i for i in segment if tokens.word[i]]
            cuts = []
            for position, index in enumerate(words[:-1]):
                if tokens.lower[index] not in self.joiners or position < 3:
                    continue
                following = [tokens.lower[i] for i in words[position + 1:position + 1 + self.longest]]
                asks = any(" ".join(following[:size]) in self.interrogatives for size in range(1, len(following) + 1))
                verb_first = len(following) >= 2 and following[0] in self.verb_first and following[1] in self.subjects
                if asks or verb_first:
                    cuts.append(index)
            if not cuts:
                parts.append((segment, marked))
                continue
            start = 0
            for cut in cuts + [None]:
                part = [i for i in segment[start:] if cut is None or i < cut]
                start += len(part)
                while part and tokens.punct[part[-1]] and tokens.text[part[-1]] != "?":
                    part = part[:-1]  # "Waarom is dat," without its comma
                if part:
                    parts.append((part, marked))
        return parts

    def _opens_with_question_word(self, tokens, visible) -> bool:
        """A question without a question mark, as people type them: "hoe kom ik morgen binnen dan".
        Not a bare "wat" or "wie" ("wie verzint dit"), nor an opening of the `not-asking` list ("hoe
        dan ook")."""
        words = [tokens.lower[i] for i in visible if tokens.word[i]]
        for size in range(min(self.longest, len(words)), 0, -1):
            kind = self.interrogatives.get(" ".join(words[:size]))
            if kind:
                # "wie heeft dat ding gebouwd" without a question mark is a sneer, not a question
                return kind not in ("content", "person") and not any(
                    words[:len(opening)] == opening for opening in self.not_asking)
        return False

    def _outcry(self, tokens, visible) -> bool:
        """A statement ending in "??" ("ik sta om 6 uur bij de poort en er is geen werk??") is an
        outcry; a yes/no question puts its verb first ("Kan ik vandaag nog terecht??", "Nu moet ik
        €300 betalen??")."""
        closing = []
        for i in reversed(visible):
            if tokens.word[i]:
                break
            closing.append(tokens.text[i])
        if closing.count("?") < 2:
            return False
        indexes = [i for i in visible if tokens.word[i]]
        while len(indexes) > 1 and tokens.lower[indexes[0]] in self.ignore:
            indexes = indexes[1:]  # "hoi", "wtf", "dus"
        lexicon = self.analyzer.lexicon

        def verb(i: int) -> bool:
            return tokens.lower[i] in self.verb_first or is_finite_verb(tokens.lower[i], tokens.lemma[i], lexicon)

        if not indexes or verb(indexes[0]):
            return False  # "Begint het concert om 8 uur??"
        # "Nu moet ik €300 betalen??": the verb right after a first word, with its subject behind it
        return not (len(indexes) > 2 and verb(indexes[1]) and tokens.lower[indexes[2]] in self.subjects)

    def _rhetorical(self, tokens, visible) -> bool:
        if not self.rhetorical_phrases:
            return False
        words = " " + " ".join(tokens.lower[i] for i in visible if tokens.word[i]) + " "
        return any(f" {phrase} " in words for phrase in self.rhetorical_phrases)

    def _question_word(self, tokens, visible) -> str | None:
        """The first question word's answer type; a plain "wat" yields to a more telling one later
        ("ik wil weten wat jullie hieraan gaan doen", "wat is hier aan de hand?")."""
        words = [tokens.lower[i] for i in visible]
        found = None
        for position in range(len(words)):
            for size in range(self.longest, 0, -1):
                kind = self.interrogatives.get(" ".join(words[position:position + size]))
                if kind:
                    if kind != "content":
                        return kind
                    found = found or kind
                    break
        return found


def _segments(tokens, visible: list[int]) -> list[list[int]]:
    """A sentence cut at its emoji, which end a thought the way a full stop does in social media
    ("concert begint om 8 uur 😰 help??" is a statement and a plea, not one question)."""
    segments, current = [], []
    for i in visible:
        if not tokens.word[i] and any(unicodedata.category(char) == "So" for char in tokens.text[i]):
            if current:
                segments.append(current)
            current = []
        else:
            current.append(i)
    if current:
        segments.append(current)
    return segments


def _indignant(tokens, visible: list[int]) -> bool:
    """The sentence ends in "?!" or "!?": an outcry in the form of a question."""
    closing = []
    for i in reversed(visible):
        if tokens.word[i]:
            break
        closing.append(tokens.text[i])
    return "?" in closing and "!" in closing
