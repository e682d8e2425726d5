"""Kind `shouting`: words in capitals (not acronyms such as NS or OV) and runs of !!! or ???."""

from __future__ import annotations

import re

from tonelint.checks.base import Check, Hit
from tonelint.packs import PackError
from tonelint.tokens import tokens_of


class ShoutingCheck(Check):
    DATA_KEYS = ("acronyms",)

    @classmethod
    def validate(cls, rule) -> None:
        if not isinstance(rule.data.get("acronyms"), list):
            raise PackError(f"{rule.source}: kind 'shouting' needs 'acronyms', a list of words")

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        self.acronyms = {str(word) for word in rule.data["acronyms"]}
        self._marks: dict[int, re.Pattern] = {}

    def run(self, doc, context):
        tokens = tokens_of(doc)
        letters = int(context.options["min-letters"])
        marks = int(context.options["max-marks"])
        pattern = self._marks.get(marks)
        if pattern is None:
            pattern = self._marks[marks] = re.compile(r"[!?]{%d,}" % (marks + 1))
        short = int(context.options.get("short-words", 0))
        vocab = self.analyzer.vocab
        hits = []
        for index, text in enumerate(tokens.text):
            if (tokens.word[index] and len(text) >= letters and text.isupper() and text.isalpha()
                    and text not in self.acronyms
                    # a short word in capitals is an abbreviation (MRI, FEB, OBS) unless it is a
                    # common word: "NU", "OOK", "NIET"
                    and (len(text) > short or vocab[tokens.lower[index]].is_stop)):
                hits.append((tokens.start[index], tokens.end[index], "caps"))
        for match in pattern.finditer(tokens.source):
            hits.append((match.start(), match.end(), "marks"))
        for start, end, kind in sorted(hits):
            yield Hit(start, end, values={"kind": kind})
