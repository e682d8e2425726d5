"""Kind `passive`: an agentless passive (worden/zijn + past participle, no "door …") hides who acts.

"Uw melding is doorgestuurd", "er wordt gekeken", "het besluit is genomen", "… dat het besluit genomen
is". Not: "we zijn blij" (no participle), "de trein is vertrokken" (a verb that takes zijn in the perfect:
active), "ik ben benieuwd" (a participle used as an adjective), "… is door de monteur opgelost" (the
actor is named).
"""

from __future__ import annotations

from tonelint.checks.base import Check, Hit
from tonelint.checks.verbs import participle_infinitive
from tonelint.packs import PackError


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

    def _passive(self, auxiliary: str, participle, lexicon, person: bool = False) -> bool:
        infinitive = participle_infinitive(participle, lexicon)
        if infinitive is None:
            return False
        form = participle.lower_
        if form in lexicon.adjectival_participles or (person and form in lexicon.person_states):
            return False
        if auxiliary == "zijn" and infinitive and (
            infinitive in lexicon.zijn_verbs or _base_verb(infinitive, lexicon) in lexicon.zijn_verbs
        ):
            return False
        return True

    def run(self, doc, context):
        lexicon = self.analyzer.lexicon
        used = set()
        for token in doc:
            auxiliary = self.auxiliary_of.get(token.lower_)
            if auxiliary is None or token.i in used:
                continue
            if token.dep_ and token.dep_ not in ("aux:pass", "aux", "cop", "ROOT"):
                continue
            clause = self._clause_after(doc, token)
            person = self._person_subject(doc, token, lexicon)
            hit = None
            for candidate in clause:
                if self.auxiliary_of.get(candidate.lower_):
                    continue
                if self._passive(auxiliary, candidate, lexicon, person):
                    hit = (token, candidate)
                    break
            if hit is None and token.i > 0:
                # subordinate order: "… dat het besluit genomen is / genomen wordt / vervangen moeten worden"
                index = token.i - 1
                while index > 0 and (doc[index].is_space or doc[index].lemma_ in self.modals):
                    index -= 1
                previous = doc[index]
                if not previous.is_space and self._passive(auxiliary, previous, lexicon, person):
                    hit = (previous, token)
                    clause = self._clause_before(doc, previous)
            if hit is None:
                continue
            first, last = hit
            if self._has_agent(doc, first, last, clause):
                continue
            used.update(range(first.i, last.i + 1))
            span = doc[first.i:last.i + 1]
            participle = last if last is not token else first
            yield Hit(span.start_char, span.end_char, values={"participle": participle.text})

    @staticmethod
    def _person_subject(doc, auxiliary, lexicon) -> bool:
        """'ik ben …', 'ben je …': a person is the subject, so a state reading is likely."""
        pronouns = lexicon.word_sets.get("persoonlijk", ())
        neighbours = [doc[i] for i in (auxiliary.i - 1, auxiliary.i + 1) if 0 <= i < len(doc)]
        return any(token.lower_ in pronouns for token in neighbours)

    def _clause_after(self, doc, token):
        tokens = []
        sentence_end = token.sent.end
        for candidate in doc[token.i + 1:sentence_end]:
            if candidate.is_space:
                continue
            if candidate.is_punct or candidate.lower_ in self.clause_breaks or len(tokens) >= self.window:
                break
            tokens.append(candidate)
        return tokens

    def _clause_before(self, doc, token):
        tokens = []
        for candidate in reversed(doc[token.sent.start:token.i]):
            if candidate.is_space:
                continue
            if candidate.is_punct or candidate.lower_ in self.clause_breaks or len(tokens) >= self.window:
                break
            tokens.append(candidate)
        return tokens

    def _has_agent(self, doc, first, last, clause) -> bool:
        """'door' + actor in the clause: the actor is named, the passive hides nobody."""
        if any(token.lower_ in self.agent_markers for token in clause):
            return True
        for token in doc[last.i + 1:min(last.i + 4, first.sent.end)]:
            if token.is_punct:
                break
            if token.lower_ in self.agent_markers:
                return True
        return False


def _base_verb(infinitive: str, lexicon) -> str:
    """'uitvallen' → 'vallen' for the zijn-verb test."""
    for prefix in lexicon.separable_prefixes:
        if infinitive.startswith(prefix) and len(infinitive) > len(prefix) + 3:
            return infinitive[len(prefix):]
    return infinitive
