import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from tonelint.api import lint_text  # noqa: E402
from tonelint.config import Config, Persona  # noqa: E402

MARKER = re.compile(r"\[\[(.*?)\]\]", re.S)


def strip_markers(text: str):
    """'a [[b]] c' → ('a b c', [(2, 3)])."""
    spans, clean, last = [], [], 0
    for match in MARKER.finditer(text):
        clean.append(text[last:match.start()])
        start = sum(len(part) for part in clean)
        clean.append(match.group(1))
        spans.append((start, start + len(match.group(1))))
        last = match.end()
    clean.append(text[last:])
    return "".join(clean), spans


def example_config(example: dict) -> Config:
    config = Config()
    persona = example.get("persona")
    if isinstance(persona, dict):
        config.personas["example"] = Persona(
            "example", register=persona.get("register", "any"), signature=persona.get("signature", "optional")
        )
        config.persona = "example"
    elif persona:
        config.persona = persona
    config.organisation = tuple(example.get("organisation", ()))
    return config


def lint_example(example, rule):
    example = {"text": example} if isinstance(example, str) else dict(example)
    text, spans = strip_markers(example["text"])
    config = example_config(example)
    if example.get("options"):
        config.rules[rule.code] = dict(example["options"])
    config.extend_select = [rule.code]  # preview rules run only when named
    from tonelint.engine import Overrides

    overrides = Overrides(in_reply_to=example.get("in_reply_to"))
    report = lint_text(text, config=config, overrides=overrides)
    assert not report.problems, report.problems
    return text, spans, report.findings


@pytest.fixture
def lint():
    def run(text, filename="draft.txt", **config_values):
        config = Config(**config_values)
        report = lint_text(text, filename=filename, config=config)
        return report
    return run
