"""Kind `signature`: the reply ends without a human face (a name, initials, a personal sign-off)."""

from __future__ import annotations

import re

from tonelint.checks.base import Check, Hit
from tonelint.packs import PackError
from tonelint.tokens import tokens_of

_LINE = re.compile(r"[^\n]*\S[^\n]*")


class SignatureCheck(Check):
    DATA_KEYS = ("forms", "impersonal", "articles")

    @classmethod
    def validate(cls, rule) -> None:
        forms = rule.data.get("forms")
        if not isinstance(forms, list) or not forms:
            raise PackError(f"{rule.source}: kind 'signature' needs 'forms', a list of regular expressions")
        for form in forms:
            try:
                re.compile(str(form))
            except re.error as error:
                raise PackError(f"{rule.source}: signature form '{form}' is not a valid regular expression: {error}") from None
        for key in ("impersonal", "articles"):
            if not isinstance(rule.data.get(key, []), list):
                raise PackError(f"{rule.source}: '{key}' must be a list of words")

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        self.impersonal = {str(word).lower() for word in rule.data.get("impersonal", [])}
        self.articles = {str(word).lower() for word in rule.data.get("articles", [])}
        self._compiled: dict[tuple, list[re.Pattern]] = {}

    def forms(self, options) -> list[re.Pattern]:
        forms = tuple(self.rule.data["forms"]) + tuple(options.get("extra-forms") or ())
        if forms not in self._compiled:
            self._compiled[forms] = [re.compile(str(form), re.M) for form in forms]
        return self._compiled[forms]

    def run(self, doc, context):
        if context.persona.signature != "required":
            return
        tokens = tokens_of(doc)
        lines = _LINE.findall(tokens.source[-2000:])  # the sign-off is at the end; long replies need not be split
        if not lines:
            return
        tail = "\n".join(lines[-int(context.options.get("lines", 3)):])
        organisation = {name.lower() for name in context.organisation}
        for pattern in self.forms(context.options):
            for match in pattern.finditer(tail):
                name = match.groupdict().get("name")
                if name is None or self._personal(name, organisation):
                    return
        for start, end in reversed(list(tokens.sentences())):
            visible = tokens.visible(start, end)
            if visible:
                yield Hit(tokens.start[visible[0]], tokens.end[visible[-1]])
                return

    def _personal(self, name: str, organisation: set[str]) -> bool:
        words = [word.lower().strip(".,!") for word in name.split()]
        if name.lower() in organisation:
            return False
        if not words or words[0] in self.articles:
            return False  # "De klantenservice": people are not called "de …"
        # the first word decides: "Team Webcare" is nobody, "Jeroen van Woonstichting De Linde" is Jeroen
        return words[0] not in self.impersonal and words[0] not in organisation
