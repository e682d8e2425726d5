"""Kind `third-person`: the organisation as the subject of its own sentence ("De gemeente heeft besloten")."""

from __future__ import annotations

from spacy.matcher import PhraseMatcher

from tonelint.checks.base import Check, Hit
from tonelint.checks.verbs import is_finite_verb
from tonelint.packs import PackError


class ThirdPersonCheck(Check):
    DATA_KEYS = ("names", "articles", "subordinators", "clause-starters")

    @classmethod
    def validate(cls, rule) -> None:
        for key in cls.DATA_KEYS:
            value = rule.data.get(key)
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise PackError(f"{rule.source}: kind 'third-person' needs '{key}' as a list of words")

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        self.articles = {word.lower() for word in rule.data["articles"]}
        self.subordinators = {word.lower() for word in rule.data["subordinators"]}
        self.clause_starters = {word.lower() for word in rule.data["clause-starters"]}
        self.default_matcher = self._matcher(rule.data["names"])
        self._matchers: dict[tuple[str, ...], PhraseMatcher] = {}

    def _matcher(self, names) -> PhraseMatcher:
        matcher = PhraseMatcher(self.analyzer.vocab, attr="LOWER")
        matcher.add("organisation", [self.analyzer.make_doc(str(name)) for name in names])
        return matcher

    def matcher_for(self, organisation: tuple[str, ...]) -> PhraseMatcher:
        if not organisation:
            return self.default_matcher
        if organisation not in self._matchers:
            self._matchers[organisation] = self._matcher(organisation)
        return self._matchers[organisation]

    def run(self, doc, context):
        lexicon = self.analyzer.lexicon
        matches = self.matcher_for(context.organisation)(doc)
        for _, start, end in sorted(matches, key=lambda m: (m[1], -m[2])):
            if start > 0 and doc[start - 1].lower_ in self.articles:
                start -= 1  # "de NS", "de gemeente Utrecht"
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha and not is_finite_verb(doc[end], lexicon):
                end += 1  # "de gemeente Utrecht", "het college van B&W Zeist"
            sentence = doc[start].sent
            before = [t for t in doc[sentence.start:start] if not t.is_space]
            after = doc[end] if end < len(doc) else None
            pronouns = lexicon.word_sets.get("persoonlijk", ())
            subject = False
            if not before or before[-1].is_punct or before[-1].lower_ in self.clause_starters:
                subject = after is not None and is_finite_verb(after, lexicon)  # "De gemeente heeft …"
            elif before[-1].lower_ in self.subordinators:
                subject = True  # "… omdat de gemeente …"
            elif is_finite_verb(before[-1], lexicon):
                # inversion: "Helaas kan de gemeente …": the verb is the first finite verb of the sentence
                # … unless a subject stands before the verb: "Je kunt de gemeente bellen"
                subject = not any(is_finite_verb(t, lexicon) or t.lower_ in pronouns for t in before[:-1])
            if subject:
                span = doc[start:end]
                yield Hit(span.start_char, span.end_char, values={"name": doc[start:end].text})
