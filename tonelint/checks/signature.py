"""Kind `signature`: the reply ends without a human face (a name, initials, a personal sign-off)."""

from __future__ import annotations

import re

from tonelint.checks.base import Check, Hit
from tonelint.packs import PackError
from tonelint.tokens import tokens_of



def _last_lines(text: str, count: int) -> str:
    """The last `count` lines that are not blank, joined with newlines."""
    lines: list[str] = []
    end = len(text)
    while end > 0 and len(lines) < count:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            lines.append(text[start:end])
        end = start - 1
    return "\n".join(reversed(lines))


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
        # a sign-off is short: the last lines, and of those at most the last 200 characters
        tail = _last_lines(tokens.source, int(context.options.get("lines", 3)))[-200:]
        if not tail:
            return
        organisation = {name.lower() for name in context.organisation}
        for pattern in self.forms(context.options):
            for match in pattern.finditer(tail):
                name = match.groupdict().get("name")
                if name is None or self._personal(name, organisation):
                    return
        starts = tokens.sentence_starts
        end = tokens.count
        for start in reversed(starts):
            visible = tokens.visible(start, end)
            if visible:
                yield Hit(tokens.start[visible[0]], tokens.end[visible[-1]])
                return
            end = start

    def _personal(self, name: str, organisation: set[str]) -> bool:
        words = [word.lower().strip(".,!") for word in name.split()]
        if name.lower() in organisation:
            return False
        if not words or words[0] in self.articles:
            return False  # "De klantenservice": people are not called "de …"
        # the first word decides: "Team Webcare" is nobody, "Jeroen van Woonstichting De Linde" is Jeroen
        first = words[0]
        if first in self.impersonal or first in organisation:
            return False
        if any(first.endswith(word) and len(first) >= len(word) + 3 for word in self.impersonal):
            return False  # a compound: "Huisartsenpraktijk Oosterhout", "Dierenpension Het Hoefijzer"
        if len(words) > 1 and words[-1] in self.impersonal:
            return False  # "Woongoed Rivierstad Klantenservice"
        original = name.split()[0].strip(".,!")
        # an abbreviation followed by a name is an organisation: "OBS De Regenboog", "NS Klantenservice"
        return not (len(words) > 1 and len(original) >= 2 and original.isupper() and original.isalpha())
