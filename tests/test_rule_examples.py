"""Every rule's good and bad examples (from its pack file) run as tests, so docs and behaviour agree."""

import pytest

from conftest import lint_example
from tonelint.checks import CHECK_KINDS
from tonelint.packs import load_pack

RULES = load_pack("nl")
CASES = [
    pytest.param(rule, kind, example, id=f"{code}-{kind}-{number}")
    for code, rule in sorted(RULES.items())
    for kind in ("bad", "good")
    for number, example in enumerate(rule.examples[kind], 1)
]


@pytest.mark.parametrize("rule, kind, example", CASES)
def test_example(rule, kind, example):
    text, spans, findings = lint_example(example, rule)
    own = [f for f in findings if f.code == rule.code]
    if kind == "good":
        assert own == [], f"{rule.name} fired on a good example: {[(f.message, f.offset) for f in own]}"
        return
    assert own, f"{rule.name} did not fire on a bad example: {text!r}"
    if spans:
        found = sorted((f.offset, f.offset + f.length) for f in own)
        assert found == sorted(spans), (
            f"{rule.name}: expected {[text[a:b] for a, b in spans]}, got {[text[a:b] for a, b in found]}"
        )


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_is_documented_with_examples(code):
    rule = RULES[code]
    assert len(rule.examples["bad"]) >= 3 and len(rule.examples["good"]) >= 3
    for section in ("what", "why", "bad", "better"):
        assert len(rule.docs[section]) > 20, f"{code}: docs.{section} is too thin"


@pytest.mark.parametrize("code", sorted(RULES))
def test_doc_examples_behave(code):
    """The docs' bad example fires the rule; the better version does not."""
    rule = RULES[code]
    context = dict(rule.doc_context)
    _, _, bad = lint_example({**context, "text": rule.docs["bad"]}, rule)
    _, _, better = lint_example({**context, "text": rule.docs["better"]}, rule)
    assert any(f.code == code for f in bad), f"{code}: docs.bad does not trigger the rule"
    if not CHECK_KINDS[rule.kind].REPORTS_ON_INCOMING:  # a better reply does not change the message
        assert not any(f.code == code for f in better), f"{code}: docs.better triggers the rule"
