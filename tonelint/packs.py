"""Loading rule packs (YAML data in rules/) into validated Rule objects.

The built-in packs ship inside the package as tonelint/rules (a wheel) or stand beside it as ./rules
(a source checkout or editable install). A team's own packs use the same layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tonelint.hints import did_you_mean
from tonelint.patterns import fill
from tonelint.yamlio import YAMLError, describe_yaml_error, load_yaml

SEVERITIES = ("error", "warning", "info")
DOC_SECTIONS = ("what", "why", "bad", "better")
RULE_KEYS = (
    "code", "name", "family", "kind", "severity", "message", "suggestion", "docs", "examples", "options",
    "needs", "yields-to", "summary", "preview",
)
_CODE = re.compile(r"[A-Z]{2,8}\d{3}")
_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


class PackError(Exception):
    """A rule pack that cannot be used; names the file and the problem."""


@dataclass
class Family:
    code: str
    name: str
    title: str
    summary: str


@dataclass
class Rule:
    code: str
    name: str
    family: str
    kind: str
    severity: str
    message: str
    suggestion: str | None
    docs: dict[str, str]
    examples: dict[str, list]
    options: dict[str, object]
    data: dict[str, object]  # the kind's own keys (entries, names, forms, …)
    language: str
    source: Path
    needs: str | None = None  # "incoming" for rules that need the incoming message
    summary: str = ""  # one line for `tonelint rules`
    preview: bool = False  # runs only when named (or with preview on): still being calibrated
    doc_context: dict = field(default_factory=dict)  # persona/options the docs' examples assume
    yields_to: tuple[str, ...] = ()  # rules whose overlapping findings make this rule's redundant
    extended_by: list[Path] = field(default_factory=list)


def builtin_rules_dir() -> Path:
    here = Path(__file__).resolve().parent
    installed = here / "rules"
    return installed if installed.is_dir() else here.parent / "rules"


def _read(path: Path):
    try:
        return load_yaml(path)
    except YAMLError as error:
        raise PackError(f"{path}: invalid YAML: {describe_yaml_error(error)}") from None
    except UnicodeDecodeError:
        raise PackError(f"{path}: cannot decode as UTF-8") from None
    except OSError as error:
        raise PackError(f"{path}: cannot read: {error.strerror or error}") from None


@lru_cache(maxsize=None)
def load_families() -> dict[str, Family]:
    data = _read(builtin_rules_dir() / "families.yaml") or {}
    return {
        code: Family(code, info["name"], info.get("title", info["name"]), info.get("summary", ""))
        for code, info in data.items()
    }


@lru_cache(maxsize=None)
def builtin_personas() -> dict[str, dict]:
    return _read(builtin_rules_dir() / "personas.yaml") or {}


def available_languages() -> list[str]:
    root = builtin_rules_dir()
    return sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "language.yaml").exists())


def load_pack(language: str, extra_dirs: tuple[Path, ...] = ()) -> dict[str, Rule]:
    """All rules for a language: the built-in pack, then each extra pack in order. Keyed by code."""
    from tonelint.checks import CHECK_KINDS

    root = builtin_rules_dir() / language
    if not root.is_dir():
        known = ", ".join(available_languages())
        raise PackError(f"no rule pack for language '{language}' (available: {known})")
    rules: dict[str, Rule] = {}
    for path in sorted(root.glob("*.yaml")):
        if path.name == "language.yaml":
            continue
        rule = _parse_rule(path, _read(path), language, CHECK_KINDS)
        _add(rules, rule)
    for extra in extra_dirs:
        folder = extra / language
        if not extra.is_dir():
            raise PackError(f"rule pack folder '{extra}' does not exist")
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            data = _read(path)
            if isinstance(data, dict) and "extend" in data:
                _extend(rules, path, data, CHECK_KINDS)
            else:
                _add(rules, _parse_rule(path, data, language, CHECK_KINDS))
    _check_references(rules)
    return rules


# data keys whose value names another rule (resolved to its code when the pack loads)
RULE_REFERENCE_KEYS = ("unless-answered",)


def _check_references(rules: dict[str, Rule]) -> None:
    names = {rule.name: code for code, rule in rules.items()}
    for rule in rules.values():
        resolved = []
        for target in rule.yields_to:
            code = target if target in rules else names.get(target)
            if code is None:
                raise PackError(f"{rule.source}: yields-to names no rule '{target}'{did_you_mean(target, names)}")
            resolved.append(code)
        rule.yields_to = tuple(resolved)
        for key in RULE_REFERENCE_KEYS:
            target = rule.data.get(key)
            if target is None:
                continue
            code = target if target in rules else names.get(str(target))
            if code is None:
                raise PackError(f"{rule.source}: {key} names no rule '{target}'{did_you_mean(str(target), names)}")
            rule.data[key] = code


def _add(rules: dict[str, Rule], rule: Rule) -> None:
    if rule.code in rules:
        raise PackError(f"{rule.source}: code {rule.code} is already used by {rules[rule.code].source}")
    for other in rules.values():
        if other.name == rule.name:
            raise PackError(f"{rule.source}: name '{rule.name}' is already used by {other.code} ({other.source})")
    rules[rule.code] = rule


def _parse_rule(path: Path, data, language: str, kinds: dict) -> Rule:
    if not isinstance(data, dict):
        raise PackError(f"{path}: a rule file must be a mapping of keys (code, name, kind, …)")
    for key in ("code", "name", "family", "kind", "severity", "message", "docs", "examples"):
        if key not in data:
            raise PackError(f"{path}: missing key '{key}'")
    code, name, kind = str(data["code"]), str(data["name"]), str(data["kind"])
    if not _CODE.fullmatch(code):
        raise PackError(f"{path}: code '{code}' must be capital letters and three digits, e.g. TL302")
    if not _NAME.fullmatch(name):
        raise PackError(f"{path}: name '{name}' must be kebab-case, e.g. passive-voice")
    families = load_families()
    family = str(data["family"])
    if code.startswith("TL") and (family not in families or not code.startswith(family)):
        raise PackError(f"{path}: code {code} must start with its family ({family}){did_you_mean(family, families)}")
    if kind not in kinds:
        raise PackError(f"{path}: unknown kind '{kind}'{did_you_mean(kind, kinds)}")
    severity = str(data["severity"])
    if severity not in SEVERITIES:
        raise PackError(f"{path}: severity must be one of {', '.join(SEVERITIES)}, not '{severity}'")
    allowed = set(RULE_KEYS) | set(kinds[kind].DATA_KEYS)
    for key in data:
        if key not in allowed:
            raise PackError(f"{path}: unknown key '{key}' for kind '{kind}'{did_you_mean(str(key), allowed)}")
    docs = data["docs"]
    context = docs.pop("context", None) if isinstance(docs, dict) else None
    if context is not None and not isinstance(context, dict):
        raise PackError(f"{path}: docs.context must be a mapping such as {{persona: formal}}")
    if isinstance(docs, dict) and set(docs) - set(DOC_SECTIONS):
        unknown = sorted(set(docs) - set(DOC_SECTIONS))
        raise PackError(f"{path}: unknown docs section(s) {', '.join(unknown)}{did_you_mean(unknown[0], DOC_SECTIONS)}")
    if not isinstance(docs, dict) or any(not docs.get(section) for section in DOC_SECTIONS):
        missing = [s for s in DOC_SECTIONS if not isinstance(docs, dict) or not docs.get(s)]
        raise PackError(f"{path}: docs must have the sections {', '.join(DOC_SECTIONS)} (missing: {', '.join(missing)})")
    examples = data["examples"]
    if not isinstance(examples, dict) or not set(examples) <= {"bad", "good"}:
        raise PackError(f"{path}: examples must be a mapping with 'bad' and 'good' lists")
    for key in ("message", "suggestion"):
        try:
            fill(str(data.get(key) or ""), {})
        except (ValueError, IndexError) as error:
            raise PackError(f"{path}: {key} is not a valid template ({error}); write braces as {{{{ and }}}}") from None
    options = data.get("options") or {}
    if not isinstance(options, dict):
        raise PackError(f"{path}: options must be a mapping of option names to default values")
    rule = Rule(
        code=code,
        name=name,
        family=family,
        kind=kind,
        severity=severity,
        message=str(data["message"]),
        suggestion=str(data["suggestion"]) if data.get("suggestion") else None,
        docs={key: str(value).strip() for key, value in docs.items()},
        doc_context=dict(context or {}),
        examples={"bad": list(examples.get("bad") or []), "good": list(examples.get("good") or [])},
        options=dict(options),
        data={key: _resolve_list(path, key, data[key]) for key in kinds[kind].DATA_KEYS if key in data},
        language=language,
        source=path,
        needs=data.get("needs"),
        yields_to=tuple(str(name) for name in data.get("yields-to") or ()),
        summary=str(data.get("summary") or ""),
        preview=bool(data.get("preview", False)),
    )
    kinds[kind].validate(rule)
    return rule


def _resolve_list(path: Path, key: str, value):
    """'@empathy' stands for the entries of lexicon/empathy.yaml beside the rule (or in the built-in
    pack), so that several rules can share one word list."""
    if isinstance(value, list) and any(isinstance(item, str) and item.startswith("@") for item in value):
        # a list may mix its own entries with whole word lists: ["@empathy", {phrase: sorry}]
        merged, seen = [], set()
        for item in value:
            resolved = _resolve_list(path, key, item)
            for entry in resolved if isinstance(item, str) and item.startswith("@") else [item]:
                phrase = str(entry.get("phrase") if isinstance(entry, dict) else entry).strip().lower()
                if phrase not in seen:  # two lists may share a phrase
                    seen.add(phrase)
                    merged.append(entry)
        return merged
    if not (isinstance(value, str) and value.startswith("@")):
        return value
    name, _, part = value[1:].partition(":")  # "@questions:answers" is one part of a structured file
    language = path.parent.name
    for folder in (path.parent / "lexicon", builtin_rules_dir() / language / "lexicon"):
        candidate = folder / f"{name}.yaml"
        if candidate.is_file():
            listed = _read(candidate) or {}
            if not isinstance(listed, dict):
                raise PackError(f"{candidate}: expected 'entries:' (or 'words:') or named parts")
            if part:
                if part not in listed:
                    raise PackError(f"{path}: '{key}: {value}': {candidate.name} has no '{part}'"
                                    f"{did_you_mean(part, [str(k) for k in listed])}")
                return listed[part]
            entries = listed.get("entries", listed.get("words"))
            if not isinstance(entries, list):
                raise PackError(f"{candidate}: a word list needs 'entries:' (or 'words:') with a list")
            return list(entries)
    raise PackError(f"{path}: '{key}: {value}' names no word list (looked for lexicon/{name}.yaml)")


def _extend(rules: dict[str, Rule], path: Path, data: dict, kinds: dict) -> None:
    target = str(data["extend"])
    rule = rules.get(target) or next((r for r in rules.values() if r.name == target), None)
    if rule is None:
        names = [r.code for r in rules.values()] + [r.name for r in rules.values()]
        raise PackError(f"{path}: 'extend: {target}' names no rule{did_you_mean(target, names)}")
    for key, value in data.items():
        if key == "extend":
            continue
        value = _resolve_list(path, key, value)
        if key not in kinds[rule.kind].DATA_KEYS:
            allowed = kinds[rule.kind].DATA_KEYS
            raise PackError(
                f"{path}: '{key}' cannot extend {rule.code} {rule.name} (it takes: {', '.join(allowed)})"
                f"{did_you_mean(str(key), allowed)}"
            )
        current = rule.data.get(key)
        if isinstance(current, list) or current is None:
            if not isinstance(value, list):
                raise PackError(f"{path}: '{key}' must be a list")
            rule.data[key] = list(current or []) + list(value)
        else:
            raise PackError(f"{path}: '{key}' of {rule.code} is not a list and cannot be extended")
    rule.extended_by.append(path)
    kinds[rule.kind].validate(rule)
