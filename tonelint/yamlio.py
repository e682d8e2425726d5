"""YAML reading with the C loader when PyYAML has one (packs load at every start)."""

from __future__ import annotations

from pathlib import Path

import yaml

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader

YAMLError = yaml.YAMLError


class _UniqueKeyLoader(_Loader):
    """Refuses a key that appears twice in one mapping: YAML would silently keep the last one, and a
    second `note:` or `phrase:` in a word list is always a slip."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key '{key}' appears twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def parse_yaml(text: str):
    return yaml.load(text, Loader=_UniqueKeyLoader)


def load_yaml(path: Path):
    return parse_yaml(path.read_text(encoding="utf-8"))


def describe_yaml_error(error: yaml.YAMLError, line_offset: int = 0) -> str:
    """A one-line description: 'line 3, column 7: mapping values are not allowed here'."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    if mark is not None:
        return f"line {mark.line + 1 + line_offset}, column {mark.column + 1}: {problem}"
    return problem
