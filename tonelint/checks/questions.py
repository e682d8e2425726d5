"""Kind `questions`: each question in the incoming message that the reply does not answer.

A question is a sentence with a question mark, one that starts with a question word, or an indirect
request ("ik wil graag weten …"). Its question word says what kind of answer it expects (waarom → a
reason, wanneer → a time, hoeveel → a number, waar → a place or channel, hoe → a way; otherwise yes or
no). The reply answers it when it gives that kind of answer and shares content words (lemmas) with the
question, or when it shares several content words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tonelint.checks.abuse import attacks
from tonelint.checks.asking import QuestionFinder
from tonelint.checks.base import Check, Hit
from tonelint.checks.overlap import shared_words
from tonelint.checks.phraselist import PhraseList, entries_of, validate_entries, validate_entry_list
from tonelint.checks.verbs import participle_infinitive, verb_form
from tonelint.packs import PackError
from tonelint.tokens import tokens_of

_DIGIT = re.compile(r"\d")
# phone numbers are a channel, not a time or an amount: "bel 088 200 3000", "bel 14 020"
_PHONE = re.compile(r"(?:\+31|\b0)\d(?:[\s-]?\d){7,10}\b|\b14\s?0\d{2}\b")
# what will be done means nothing in a sentence that hedges ("we gaan kijken wat we kunnen doen"); a
# hedged yes, time or reason is still an answer, if a vague one ("dat is in principe mogelijk", TL203)
_COMMITTED_ANSWERS = {"way"}
# a referral can answer "waar kan ik …?" or "hoe …?" and carry a yes or no ("Nee, daarvoor moet je bij
# de webshop zijn"), but it never answers "wanneer?" or "waarom?"
_REFERRAL_ANSWERS = {"place", "way", "person", "yes-no"}
ANSWER_TYPES = ("reason", "time", "duration", "number", "amount", "place", "way", "person", "content", "yes-no")


class QuestionCheck(Check):
    DATA_KEYS = ("interrogatives", "indirect", "answers", "reasons", "empty", "referrals", "noncommittal", "abuse", "swearing", "ignore", "keep", "kind-names", "rhetorical", "restating", "joiners", "verb-first", "subjects", "refusals", "clause-openers", "not-asking", "endings")

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
        for entry in rule.data["indirect"]:
            if isinstance(entry, dict) and entry.get("answer", "content") not in ANSWER_TYPES:
                raise PackError(f"{rule.source}: indirect '{entry['phrase']}': answer must be one of "
                                f"{', '.join(ANSWER_TYPES)}, not '{entry['answer']}'")
        validate_entries(rule, "reasons", required=False)
        validate_entries(rule, "refusals", required=False)
        validate_entries(rule, "empty", required=False)
        validate_entries(rule, "referrals", required=False)
        validate_entries(rule, "noncommittal", required=False)
        validate_entries(rule, "restating", required=False)
        validate_entries(rule, "abuse", required=False)
        validate_entries(rule, "swearing", required=False)
        answers = rule.data.get("answers")
        if not isinstance(answers, dict) or set(answers) - set(ANSWER_TYPES):
            raise PackError(f"{rule.source}: 'answers' must map answer types ({', '.join(ANSWER_TYPES)}) to words")
        for kind, words in answers.items():
            if words is not None and not isinstance(words, list):
                raise PackError(f"{rule.source}: answers.{kind} must be a list of phrases")
            validate_entry_list(rule, f"answers.{kind}", words or [])

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        data = rule.data
        self.finder = QuestionFinder(data, PhraseList(rule, analyzer, "indirect", incoming=True), analyzer)
        answers = {kind: entries_of(words) for kind, words in data["answers"].items() if words}
        # a reason for a decision (TL204's list) also answers a "waarom"
        answers["reason"] = answers.get("reason", []) + entries_of(data.get("reasons"))
        # a refusal is a no, and says what will (not) be done
        refusals = entries_of(data.get("refusals"))
        answers["yes-no"] = answers.get("yes-no", []) + refusals
        answers["way"] = answers.get("way", []) + refusals
        self.answers = {kind: PhraseList(rule, analyzer, entries=entries) for kind, entries in answers.items() if entries}
        self.empty = PhraseList(rule, analyzer, entries=entries_of(data.get("empty")))
        self.referrals = PhraseList(rule, analyzer, "referrals") if data.get("referrals") else None
        self.noncommittal = PhraseList(rule, analyzer, "noncommittal") if data.get("noncommittal") else None
        self.restating = PhraseList(rule, analyzer, "restating") if data.get("restating") else None
        self.clause_openers = {str(word).lower() for word in data.get("clause-openers") or ()}
        self.endings = tuple(str(ending).lower() for ending in data.get("endings") or ())
        self.abuse = PhraseList(rule, analyzer, "abuse", incoming=True) if data.get("abuse") else None
        self.swearing = PhraseList(rule, analyzer, "swearing", incoming=True) if data.get("swearing") else None
        self.keep = {str(word).lower() for word in data.get("keep") or ()}  # content words despite the stop list
        self.kind_names = {str(k): str(v) for k, v in (data.get("kind-names") or {}).items()}
        self._meaningful: dict[str, bool] = {}  # lower-case form → counts as a content word

    def content(self, tokens, start: int, end: int, doc, skip: set[int] = frozenset()) -> set[str]:
        """The lemmas of the words that say what a text is about (no stop words, filler or question words)."""
        meaningful = self._meaningful
        found = set()
        for i in range(start, end):
            if not tokens.word[i] or i in skip:
                continue
            lower = tokens.lower[i]
            keep = meaningful.get(lower)
            if keep is None:
                keep = meaningful[lower] = (
                    len(lower) > 2 and (lower in self.keep or not self.analyzer.vocab[lower].is_stop)
                    and lower not in self.finder.ignore and lower not in self.finder.interrogatives)
            if keep:
                found.add(tokens.lemma[i])
        return found

    def assess(self, doc, incoming) -> list[Assessment]:
        """Each question in the incoming message, with whether the reply answers it and on what grounds."""
        if self.abuse and attacks(self.abuse, self.swearing, incoming):
            return []  # a message with hate or threats gets a line drawn, not answers (TL504)
        questions = self.finder.find(incoming)
        if not questions:
            return []
        reply = tokens_of(doc)
        evidence = self._evidence(doc, reply)
        asked = tokens_of(incoming)
        sentences = list(asked.sentences())
        assessed = []
        for start, end, kind in questions:
            own = wanted = self.content(asked, start, end, incoming)
            if len(wanted) < 2:
                # "Kan die eraf?": what the question is about is in the sentence before it
                before = [s for s, e in sentences if e <= start]
                if before:
                    wanted = wanted | self.content(asked, before[-1], start, incoming)
            overlap = shared_words(wanted, evidence.engaged, self.endings)
            # what was asked is taken up: one shared word of a short question, two of a longer one; a
            # yes/no question is not taken up by a sentence that hedges ("we kijken of er drempels komen")
            needed = 1 if len(wanted) <= 2 else 2
            given = evidence.committed if kind == "yes-no" else evidence.engaged
            takes_up = bool(wanted) and shared_words(wanted, given, self.endings) >= needed
            if own and wanted != own:
                # a short question with a word of its own is about that word: "Kan die boete eraf?" is
                # taken up by "ik heb de boete eraf gehaald", and "Hoe laat gaat de bieb open? En kan
                # ik daar printen?" is not by the opening hours
                takes_up = shared_words(own, given, self.endings) >= 1
            answered, grounds = self._answered(kind, evidence.cues, evidence.has_digit, overlap, takes_up, bool(wanted))
            question = " ".join(asked.source[asked.start[start]:asked.end[end - 1]].split())
            assessed.append(Assessment(question, kind, answered, grounds, wanted, overlap))
        return assessed

    def _evidence(self, doc, reply) -> "Evidence":
        """What the reply offers as an answer: its content words, the kinds of answer it gives, digits.

        Words inside empathy, thanks, hedges, referrals and stock formulas take up nothing ("wat
        vervelend dat je pas kapot is" answers no question about the pas), and a cue inside them gives
        no answer ("op termijn" is no time). A sentence that sends the person elsewhere gives no time,
        amount or reason either ("bel ons op werkdagen van 9 tot 17 uur"), only a place or a way."""
        number_of = {}
        sentences = list(reply.sentences())
        for number, (start, end) in enumerate(sentences):
            for index in range(start, end):
                number_of[index] = number
        empty_spans = [(start, end) for _, start, end in self.empty.matches(doc)]
        if self.restating:
            empty_spans += [_with_clause(reply, start, end, self.clause_openers)
                            for _, start, end in self.restating.matches(doc)]
        empty = {i for start, end in empty_spans for i in range(start, end)}
        referred = {number_of[start] for _, start, _ in self.referrals.matches(doc)} if self.referrals else set()
        hedged = {number_of[start] for _, start, _ in self.noncommittal.matches(doc)} if self.noncommittal else set()
        engaged = self.content(reply, 0, reply.count, doc, empty)
        # a yes or no is not given by a sentence that hedges ("we kijken of er drempels komen") or
        # that sends the person elsewhere ("voor het pauzeren van je abonnement kun je bellen met …")
        committed = set().union(*(self.content(reply, start, end, doc, empty)
                                  for number, (start, end) in enumerate(sentences)
                                  if number not in hedged and number not in referred))
        cues = {}
        for kind, phrases in self.answers.items():
            cues[kind] = any(
                not any(s <= start and end <= e for s, e in empty_spans)
                and (kind in _REFERRAL_ANSWERS or number_of[start] not in referred)
                and (kind not in _COMMITTED_ANSWERS or number_of[start] not in hedged)
                and not (kind == "reason" and self._agent(doc, reply, start))
                for _, start, end in phrases.matches(doc))
        own_words = " ".join(reply.source[reply.start[start]:reply.end[end - 1]]
                             for number, (start, end) in enumerate(sentences) if number not in referred and end > start)
        has_digit = bool(_DIGIT.search(_PHONE.sub(" ", own_words)))
        return Evidence(engaged, committed, cues, has_digit)

    def _agent(self, doc, reply, start: int) -> bool:
        """A "door" right after a participle names who acts, not why: "steunkousen worden voortaan
        aangetrokken door de huishoudelijke hulp"."""
        if reply.lower[start] != "door" or start == 0:
            return False
        before = start - 1
        while before > 0 and reply.space[before]:
            before -= 1
        return participle_infinitive(reply.lower[before], reply.lemma[before], self.analyzer.lexicon,
                                     verb_form(doc, before)) is not None

    @staticmethod
    def _answered(kind, cues, has_digit, overlap, takes_up, has_topic) -> tuple[bool, str]:
        cue = cues.get(kind, False)
        if kind == "reason":
            return cue, "a reason"
        if kind == "duration":
            # "hoe lang duurt de storing?" is answered by "vanavond is het opgelost" too
            return cue or has_digit or cues.get("time", False), "a duration or an end time"
        if kind == "amount":
            return cue or (has_digit and cues.get("number", False)), "an amount"
        if kind == "time":
            # "wanneer hoor ik iets?" is answered by "binnen acht weken" too
            return cue or has_digit or cues.get("duration", False), "a time or a period"
        if kind == "number":
            return cue or has_digit, "a number"
        if kind == "way":
            return cue or has_digit or takes_up, "steps, a time or a place"
        if kind == "yes-no":
            # a yes or no, an answer that takes up what was asked, or a reason about it ("moet dat zo
            # vroeg?" — "we beginnen vroeg, zodat de paden schoon zijn")
            return cue or takes_up or (cues.get("reason", False) and overlap >= 1), "yes, no or the matter itself"
        # place, person, content: that kind of answer about the matter, or the matter taken up
        return (cue or kind == "content") and (overlap >= 1 or not has_topic) or takes_up, "an answer about the matter"

    def run(self, doc, context):
        incoming = context.incoming
        unanswered = [a for a in self.assess(doc, incoming) if not a.answered]
        if not unanswered:
            return
        reply = tokens_of(doc)
        opening = next((reply.visible(s, e) for s, e in reply.sentences() if reply.visible(s, e)), None)
        if opening is None:
            return
        for assessment in unanswered:
            yield Hit(reply.start[opening[0]], reply.end[opening[-1]],
                      values={"question": assessment.question,
                              "kind": self.kind_names.get(assessment.kind, assessment.kind)})


@dataclass
class Evidence:
    """What a reply offers as an answer (see QuestionCheck._evidence)."""

    engaged: set[str]  # content words outside empathy, referrals, hedges and formulas
    committed: set[str]  # the same, from sentences that neither hedge nor refer elsewhere
    cues: dict[str, bool]  # answer kind → the reply gives that kind of answer
    has_digit: bool


@dataclass
class Assessment:
    """One question of the incoming message, judged against the reply."""

    question: str
    kind: str
    answered: bool
    grounds: str
    wanted: set[str]
    overlap: int


def _with_clause(tokens, start: int, end: int, openers: set[str]) -> tuple[int, int]:
    """An empty phrase that opens a clause takes the clause along: in "vervelend dat je vlucht niet
    doorging, terwijl …" the clause repeats what the person wrote; it answers nothing."""
    if tokens.lower[end - 1] not in openers and (end >= tokens.count or tokens.lower[end] not in openers):
        return start, end
    _, sentence_end = tokens.sentence_of(start)
    stop = end
    while stop < sentence_end and not (tokens.punct[stop] and tokens.text[stop] in ",.;:!?"):
        stop += 1
    return start, stop
