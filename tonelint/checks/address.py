"""Kind `address`: how the reply addresses the reader (u/uw or je/jij).

mode `persona`: every form that does not fit the persona's register, with a fix ("kunt u" → "kun je").
mode `mixed`: u-forms and je-forms in one reply; points at the forms in the minority.
"""

from __future__ import annotations

from tonelint.checks.base import Check, Hit, match_case
from tonelint.checks.verbs import is_finite_verb, verb_form
from tonelint.config import VOICES
from tonelint.packs import PackError
from tonelint.tokens import tokens_of



class AddressCheck(Check):
    DATA_KEYS = ("mode", "formal", "informal", "to-formal", "to-informal", "inverted-verbs", "subject-verbs",
                 "possessive", "defer-to")

    @classmethod
    def validate(cls, rule) -> None:
        mode = rule.data.get("mode")
        if mode not in ("persona", "mixed"):
            raise PackError(f"{rule.source}: kind 'address' needs 'mode: persona' or 'mode: mixed'")
        for key in ("formal", "informal"):
            if not isinstance(rule.data.get(key), list):
                raise PackError(f"{rule.source}: kind 'address' needs '{key}' as a list of words")
        for key in ("to-formal", "to-informal", "inverted-verbs", "subject-verbs"):
            if key in rule.data and not isinstance(rule.data[key], dict):
                raise PackError(f"{rule.source}: '{key}' must be a mapping of word: replacement")

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        data = rule.data
        self.forms = {"formal": frozenset(w.lower() for w in data["formal"]),
                      "informal": frozenset(w.lower() for w in data["informal"])}
        self.cache_key = ("address", self.forms["formal"], self.forms["informal"])
        self.to = {"informal": _lower_map(data.get("to-informal")), "formal": _lower_map(data.get("to-formal"))}
        # formal inverted verb → informal ("kunt u" → "kun je"); the reverse for "kun je" → "kunt u"
        self.inverted = {"informal": _lower_map(data.get("inverted-verbs"))}
        self.inverted["formal"] = {v: k for k, v in self.inverted["informal"].items()}
        self.subject = {"informal": _lower_map(data.get("subject-verbs"))}
        self.subject["formal"] = {v: k for k, v in self.subject["informal"].items()}
        self.possessive = _lower_map(data.get("possessive"))  # informal form → formal when used as possessive

    def run(self, doc, context):
        tokens = tokens_of(doc)
        formal, informal = self.forms["formal"], self.forms["informal"]
        key = self.cache_key
        found = tokens.cache.get(key)
        if found is None:  # formal-address and mixed-address look for the same words
            found = tokens.cache[key] = [
                (i, "formal" if form in formal else "informal")
                for i, form in enumerate(tokens.lower) if form in formal or form in informal
            ]
        if not found:
            return
        wanted = getattr(context.persona, "register", "any")
        if self.rule.data["mode"] == "persona":
            if wanted not in VOICES:
                return
            for index, register in found:
                if register != wanted:
                    yield self._fix(doc, tokens, index, wanted, context.persona.name)
            return
        counts = {register: sum(1 for _, r in found if r == register) for register in VOICES}
        if not all(counts.values()):
            return
        if counts["formal"] == counts["informal"]:
            minority = "informal" if wanted == "formal" else "formal"
        else:
            minority = min(counts, key=counts.get)
        majority = "formal" if minority == "informal" else "informal"
        deferred = self.rule.data.get("defer-to")
        if wanted in VOICES and deferred in context.enabled:
            return  # formal-address already reports each of these forms
        example = "/".join(f"'{form}'" for form in dict.fromkeys(tokens.lower[i] for i, r in found if r == majority))
        for index, register in found:
            if register == minority:
                hit = self._fix(doc, tokens, index, majority, context.persona.name)
                hit.values.update(majority=counts[majority], majority_form=example)
                yield hit

    def _fix(self, doc, tokens, index: int, target: str, persona: str) -> Hit:
        """A hit on the pronoun, widened to an adjacent verb when its form must change too."""
        form = tokens.lower[index]
        original = tokens.text[index]
        start, end = tokens.start[index], tokens.end[index]
        text = match_case(self.to[target].get(form, form), original)
        before = _neighbour(tokens, index, -1)
        after = _neighbour(tokens, index, +1)
        if target == "formal" and form in self.possessive and self._possessive(doc, tokens, before, after):
            text = match_case(self.possessive[form], original)  # "je fiets" → "uw fiets"
        if before is not None and tokens.lower[before] in self.inverted[target]:
            verb = match_case(self.inverted[target][tokens.lower[before]], tokens.text[before])
            text = verb + tokens.source[tokens.end[before]:start] + text
            start = tokens.start[before]
        elif after is not None and tokens.lower[after] in self.subject[target]:
            verb = match_case(self.subject[target][tokens.lower[after]], tokens.text[after])
            text = text + tokens.source[end:tokens.start[after]] + verb
            end = tokens.end[after]
        wanted_forms = "u" if target == "formal" else "je"
        return Hit(start, end, values={"persona": persona, "want": wanted_forms, "replacement": text},
                   replacement=text)

    def _possessive(self, doc, tokens, before, after) -> bool:
        """'je pakket' (possessive) versus 'dat je het weet' or 'heb je' (subject): a content word
        follows that is not a verb, and no verb precedes."""
        lexicon = self.analyzer.lexicon
        if after is None or not tokens.text[after].isalpha() or doc[after].is_stop:
            return False
        if tokens.lower[after] in lexicon.separable_prefixes:
            return False  # "we bellen je terug"
        if is_finite_verb(tokens.lower[after], tokens.lemma[after], lexicon, verb_form(doc, after)):
            return False
        return before is None or not is_finite_verb(tokens.lower[before], tokens.lemma[before], lexicon,
                                                    verb_form(doc, before))


def _neighbour(tokens, index, step):
    index += step
    while 0 <= index < tokens.count and tokens.space[index]:
        index += step
    if 0 <= index < tokens.count and not tokens.punct[index]:
        return index
    return None


def _lower_map(mapping) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (mapping or {}).items()}
