"""Kind `address`: how the reply addresses the reader (u/uw or je/jij).

mode `persona`: every form that does not fit the persona's register, with a fix ("kunt u" → "kun je").
mode `mixed`: u-forms and je-forms in one reply; points at the forms in the minority.
"""

from __future__ import annotations

from tonelint.checks.base import Check, Hit, match_case
from tonelint.checks.verbs import is_finite_verb
from tonelint.packs import PackError

REGISTERS = ("formal", "informal")


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
        self.forms = {"formal": {w.lower() for w in data["formal"]}, "informal": {w.lower() for w in data["informal"]}}
        self.to = {"informal": _lower_map(data.get("to-informal")), "formal": _lower_map(data.get("to-formal"))}
        # formal inverted verb → informal ("kunt u" → "kun je"); the reverse for "kun je" → "kunt u"
        self.inverted = {"informal": _lower_map(data.get("inverted-verbs"))}
        self.inverted["formal"] = {v: k for k, v in self.inverted["informal"].items()}
        self.subject = {"informal": _lower_map(data.get("subject-verbs"))}
        self.subject["formal"] = {v: k for k, v in self.subject["informal"].items()}
        self.possessive = _lower_map(data.get("possessive"))  # informal form → formal when used as possessive

    def register_of(self, token) -> str | None:
        form = token.lower_
        for register, forms in self.forms.items():
            if form in forms:
                return register
        return None

    def run(self, doc, context):
        found = [(token, register) for token in doc if (register := self.register_of(token))]
        if not found:
            return
        wanted = getattr(context.persona, "register", "any")
        if self.rule.data["mode"] == "persona":
            if wanted not in REGISTERS:
                return
            for token, register in found:
                if register != wanted:
                    yield self._fix(doc, token, wanted, context.persona.name)
            return
        counts = {register: sum(1 for _, r in found if r == register) for register in REGISTERS}
        if not all(counts.values()):
            return
        if counts["formal"] == counts["informal"]:
            minority = "informal" if wanted == "formal" else "formal"
        else:
            minority = min(counts, key=counts.get)
        majority = "formal" if minority == "informal" else "informal"
        deferred = self.rule.data.get("defer-to")
        if wanted in REGISTERS and deferred in context.enabled:
            return  # formal-address already reports each of these forms
        example = "/".join(f"'{form}'" for form in dict.fromkeys(t.lower_ for t, r in found if r == majority))
        for token, register in found:
            if register == minority:
                hit = self._fix(doc, token, majority, context.persona.name)
                hit.values.update(majority=counts[majority], majority_form=example)
                yield hit

    def _fix(self, doc, token, target: str, persona: str) -> Hit:
        """A hit on the pronoun, widened to an adjacent verb when its form must change too."""
        form = token.lower_
        replacement = self.to[target].get(form, form)
        start, end = token.idx, token.idx + len(token.text)
        text = match_case(replacement, token.text)
        before = _neighbour(doc, token, -1)
        after = _neighbour(doc, token, +1)
        if target == "formal" and form in self.possessive and self._possessive(before, after):
            text = match_case(self.possessive[form], token.text)  # "je fiets" → "uw fiets"
        if before is not None and before.lower_ in self.inverted[target]:
            verb = match_case(self.inverted[target][before.lower_], before.text)
            start = before.idx
            text = verb + doc.text[before.idx + len(before.text):token.idx] + text
        elif after is not None and after.lower_ in self.subject[target]:
            verb = match_case(self.subject[target][after.lower_], after.text)
            text = text + doc.text[end:after.idx] + verb
            end = after.idx + len(after.text)
        wanted_forms = "u" if target == "formal" else "je"
        return Hit(start, end, values={"persona": persona, "want": wanted_forms, "replacement": text},
                   replacement=text)


    def _possessive(self, before, after) -> bool:
        """'je pakket' (possessive) versus 'dat je het weet' or 'heb je' (subject): a content word
        follows that is not a verb, and no verb precedes."""
        lexicon = self.analyzer.lexicon
        if after is None or not after.is_alpha or after.is_stop or is_finite_verb(after, lexicon):
            return False
        if after.lower_ in lexicon.separable_prefixes:
            return False  # "we bellen je terug"
        return before is None or not is_finite_verb(before, lexicon)


def _neighbour(doc, token, step):
    index = token.i + step
    while 0 <= index < len(doc) and doc[index].is_space:
        index += step
    if 0 <= index < len(doc) and not doc[index].is_punct:
        return doc[index]
    return None


def _lower_map(mapping) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (mapping or {}).items()}
