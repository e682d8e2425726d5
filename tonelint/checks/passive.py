"""Kind `passive`: an agentless passive (worden/zijn + past participle, no "door …") hides who acts.

"Uw melding is doorgestuurd", "er wordt gekeken", "het besluit is genomen", "… dat het besluit genomen
is". Not: "we zijn blij" (no participle), "de trein is vertrokken" (a verb that takes zijn in the perfect:
active), "ik ben benieuwd" (a participle used as an adjective), "… is door de monteur opgelost" (the
actor is named).
"""

from __future__ import annotations

from tonelint.checks.base import Check, Hit
from tonelint.checks.verbs import participle_infinitive, verb_form
from tonelint.packs import PackError
from tonelint.tokens import tokens_of


class PassiveCheck(Check):
    DATA_KEYS = ("auxiliaries", "agent-markers", "clause-breaks", "window", "modals")

    @classmethod
    def validate(cls, rule) -> None:
        auxiliaries = rule.data.get("auxiliaries")
        if not isinstance(auxiliaries, dict) or not auxiliaries:
            raise PackError(f"{rule.source}: kind 'passive' needs 'auxiliaries' (lemma: [forms])")
        for key in ("agent-markers", "clause-breaks"):
            if not isinstance(rule.data.get(key), list):
                raise PackError(f"{rule.source}: kind 'passive' needs '{key}' as a list of words")

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        self.auxiliary_of: dict[str, str] = {}
        for lemma, forms in rule.data["auxiliaries"].items():
            for form in forms:
                self.auxiliary_of[str(form).lower()] = str(lemma)
        self.agent_markers = {w.lower() for w in rule.data["agent-markers"]}
        self.clause_breaks = {w.lower() for w in rule.data["clause-breaks"]}
        self.window = int(rule.data.get("window", 10))
        self.modals = {str(w).lower() for w in rule.data.get("modals", [])}

    def _passive(self, doc, tokens, index: int, auxiliary: str, person: bool) -> bool:
        lexicon = self.analyzer.lexicon
        form = tokens.lower[index]
        infinitive = participle_infinitive(form, tokens.lemma[index], lexicon, verb_form(doc, index))
        if infinitive is None:
            return False
        if form in lexicon.adjectival_participles or (person and form in lexicon.person_states):
            return False
        if auxiliary == "zijn" and infinitive and (
            infinitive in lexicon.zijn_verbs or _base_verb(infinitive, lexicon) in lexicon.zijn_verbs
        ):
            return False
        return True

    def run(self, doc, context):
        tokens = tokens_of(doc)
        auxiliary_of = self.auxiliary_of
        used = set()
        candidates = [index for index, form in enumerate(tokens.lower) if form in auxiliary_of]
        for index in candidates:
            auxiliary = auxiliary_of[tokens.lower[index]]
            if index in used:
                continue
            sentence_start, sentence_end = tokens.sentence_of(index)
            person = self._person_subject(tokens, index)
            clause = self._clause(tokens, range(index + 1, sentence_end))
            hit = None
            for candidate in clause:
                if tokens.lower[candidate] not in auxiliary_of and self._passive(doc, tokens, candidate, auxiliary, person):
                    hit = (index, candidate)
                    break
            if hit is None and index > sentence_start:
                # subordinate order: "… dat het besluit genomen is / genomen wordt / vervangen moeten worden"
                previous = index - 1
                while previous > sentence_start and (tokens.space[previous] or tokens.lemma[previous] in self.modals):
                    previous -= 1
                perfect = previous > sentence_start and tokens.lemma[previous - 1] == "hebben"
                # "dat we hebben opgehangen is niet oké": the participle belongs to "hebben"
                if not tokens.space[previous] and not perfect and self._passive(doc, tokens, previous, auxiliary, person):
                    hit = (previous, index)
                    clause = self._clause(tokens, range(previous - 1, sentence_start - 1, -1))
            if hit is None:
                continue
            first, last = hit
            if self._has_agent(tokens, last, sentence_end, clause):
                continue
            used.update(range(first, last + 1))
            participle = last if last != index else first
            yield Hit(tokens.start[first], tokens.end[last], values={"participle": tokens.text[participle]})

    def _person_subject(self, tokens, auxiliary: int) -> bool:
        """'ik ben …', 'ben je …': a person is the subject, so a state reading is likely."""
        pronouns = self.analyzer.lexicon.word_sets.get("persoonlijk", ())
        return any(0 <= i < tokens.count and tokens.lower[i] in pronouns for i in (auxiliary - 1, auxiliary + 1))

    def _clause(self, tokens, indexes) -> list[int]:
        """Token indexes from the auxiliary outwards, up to punctuation or a word that starts a new clause."""
        clause = []
        for index in indexes:
            if tokens.space[index]:
                continue
            if tokens.punct[index] or tokens.lower[index] in self.clause_breaks or len(clause) >= self.window:
                break
            clause.append(index)
        return clause

    def _has_agent(self, tokens, last: int, sentence_end: int, clause) -> bool:
        """'door' + actor in the clause: the actor is named, the passive hides nobody."""
        if any(tokens.lower[index] in self.agent_markers for index in clause):
            return True
        for index in range(last + 1, min(last + 4, sentence_end)):
            if tokens.punct[index]:
                break
            if tokens.lower[index] in self.agent_markers:
                return True
        return False


def _base_verb(infinitive: str, lexicon) -> str:
    """'uitvallen' → 'vallen' for the zijn-verb test."""
    for prefix in lexicon.separable_prefixes:
        if infinitive.startswith(prefix) and len(infinitive) > len(prefix) + 3:
            return infinitive[len(prefix):]
    return infinitive
