"""Rule selectors: a code (TL302), a code prefix (TL3, TL30), a name (passive-voice), a family name, ALL."""

from __future__ import annotations

from typing import Iterable

from tonelint.hints import did_you_mean


class SelectorError(ValueError):
    pass


def resolve(selector: str, rules: dict, families: dict) -> set[str]:
    """The codes a selector names; SelectorError when it names nothing."""
    if selector.upper() == "ALL":
        return set(rules)
    if selector in rules or selector.upper() in rules:
        return {selector.upper()}
    upper = selector.upper()
    codes = {code for code in rules if code.startswith(upper)} if upper[:2].isalpha() else set()
    if codes:
        return codes
    for rule in rules.values():
        if rule.name == selector:
            return {rule.code}
    for family in families.values():
        if family.name == selector:
            return {code for code, rule in rules.items() if rule.family == family.code}
    choices = list(rules) + [rule.name for rule in rules.values()] + [f.name for f in families.values()]
    raise SelectorError(f"unknown rule '{selector}'{did_you_mean(selector, choices)}")


def resolve_all(selectors: Iterable[str], rules: dict, families: dict, named_only: bool = False) -> set[str]:
    """The codes the selectors name. With `named_only`, only rules named by their own code or name
    count (not ALL, a prefix or a family): how a preview rule is switched on."""
    codes: set[str] = set()
    for selector in selectors:
        if named_only:
            codes |= {code for code, rule in rules.items() if selector.upper() == code or selector == rule.name}
        else:
            codes |= resolve(selector, rules, families)
    return codes


def split_selectors(values: Iterable[str]) -> list[str]:
    """'TL3,stiff-word' and repeated options → ['TL3', 'stiff-word']."""
    result = []
    for value in values:
        result.extend(part.strip() for part in value.replace(" ", ",").split(",") if part.strip())
    return result
