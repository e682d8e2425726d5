"""How right are the rules? Precision and recall on a labelled corpus of conversations.

A corpus is a .jsonl file, one conversation a line: {"id", "message", "reply", "labels": [codes that
should fire on the reply], "persona"?}. A rule counts as firing on a conversation when it reports at
least one finding there. Families add up their rules' counts.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path

from tonelint.config import Config
from tonelint.draft import InputError
from tonelint.engine import Linter, Overrides, Source


@dataclass
class Tally:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    misses: list[str] = field(default_factory=list)  # ids of conversations missed
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        fired = self.true_positive + self.false_positive
        return self.true_positive / fired if fired else None

    @property
    def recall(self) -> float | None:
        labelled = self.true_positive + self.false_negative
        return self.true_positive / labelled if labelled else None


def load_corpus(path: Path) -> list[dict]:
    conversations = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(str(path), f"line {number}: invalid JSON: {error.msg}") from None
        if not isinstance(row, dict) or not isinstance(row.get("reply"), str) or not isinstance(row.get("labels"), list):
            raise InputError(str(path), f"line {number}: needs 'reply' (text) and 'labels' (a list of rule codes)")
        row.setdefault("id", f"line {number}")
        conversations.append(row)
    return conversations


def measure(conversations: list[dict], config: Config) -> tuple[dict[str, Tally], dict[str, Tally], list]:
    """Per-rule and per-family tallies, and each conversation's (id, labelled, fired)."""
    from tonelint.config import ConfigFinder

    config = dataclasses.replace(config, preview=True)  # measure every rule, preview ones included
    rules = Linter(ConfigFinder.fixed(config)).ruleset(config, config.language or "nl").rules
    by_rule = {code: Tally() for code in rules}
    outcomes = []
    linters: dict[tuple, Linter] = {}
    for row in conversations:
        persona = row.get("persona") or config.persona
        key = (persona, row.get("message") is not None)
        if key not in linters:
            linters[key] = Linter(ConfigFinder.fixed(config), Overrides(persona=persona))
        linter = linters[key]
        linter.overrides.in_reply_to = row.get("message") or None
        report = linter.lint([Source(str(row["id"]), text=row["reply"])])
        if report.problems:
            raise InputError(str(row["id"]), report.problems[0].message)
        fired = {finding.code for finding in report.findings}
        labelled = {str(code) for code in row["labels"]}
        unknown = labelled - set(rules)
        if unknown:
            raise InputError(str(row["id"]), f"unknown rule code(s) in labels: {', '.join(sorted(unknown))}")
        outcomes.append((row["id"], labelled, fired))
        for code, tally in by_rule.items():
            if code in fired and code in labelled:
                tally.true_positive += 1
            elif code in fired:
                tally.false_positive += 1
                tally.false_alarms.append(str(row["id"]))
            elif code in labelled:
                tally.false_negative += 1
                tally.misses.append(str(row["id"]))
    by_family: dict[str, Tally] = {}
    for code, tally in by_rule.items():
        family = by_family.setdefault(rules[code].family, Tally())
        family.true_positive += tally.true_positive
        family.false_positive += tally.false_positive
        family.false_negative += tally.false_negative
    return by_rule, by_family, outcomes


def table(by_rule: dict[str, Tally], by_family: dict[str, Tally], names: dict[str, str]) -> list[str]:
    def number(value):
        return "  –  " if value is None else f"{value:5.2f}"

    lines = [f"{'rule':<32} {'prec':>5} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for family in sorted(by_family):
        tally = by_family[family]
        lines.append(f"{family + ' (family)':<32} {number(tally.precision)} {number(tally.recall):>6} "
                     f"{tally.true_positive:>4} {tally.false_positive:>4} {tally.false_negative:>4}")
        for code in sorted(c for c in by_rule if c.startswith(family)):
            tally = by_rule[code]
            lines.append(f"  {code + ' ' + names.get(code, ''):<30} {number(tally.precision)} "
                         f"{number(tally.recall):>6} {tally.true_positive:>4} {tally.false_positive:>4} "
                         f"{tally.false_negative:>4}")
    return lines
