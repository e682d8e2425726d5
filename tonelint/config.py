"""Configuration: `[tool.tonelint]` in pyproject.toml, or tonelint.toml / .tonelint.toml.

Found by walking up from each file (the nearest file wins; no merging), or given with --config.
Keys are checked here; rule names and options are checked against the loaded packs by the engine.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from typing import TYPE_CHECKING

from tonelint.hints import did_you_mean

if TYPE_CHECKING:
    from tonelint.batch import FieldNames

CONFIG_FILES = (".tonelint.toml", "tonelint.toml", "pyproject.toml")
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", "build", "dist")
FAIL_ON = ("error", "warning", "info")
VOICES = ("informal", "formal")  # the registers a persona or a phrase entry can ask for
REGISTERS = VOICES + ("any",)
SIGNATURES = ("required", "optional")

KEYS = {
    "language": "a language code such as \"nl\"",
    "persona": "the name of a persona",
    "select": "a list of rule codes, prefixes or names",
    "ignore": "a list of rule codes, prefixes or names",
    "extend-select": "a list of rule codes, prefixes or names",
    "per-file-ignores": "a table of glob = [rules]",
    "exclude": "a list of glob patterns",
    "extend-exclude": "a list of glob patterns",
    "organisation": "a list of the names the organisation uses for itself",
    "rule-packs": "a list of folders with extra rule packs",
    "rules": "a table of per-rule options",
    "personas": "a table of persona definitions",
    "model": "a trained spaCy pipeline name, or a table of language = name",
    "fail-on": "error, warning or info",
    "batch": "a table naming the fields of .jsonl/.csv rows: message, reply, id",
    "preview": "true to run the preview rules too",
}
PERSONA_KEYS = ("description", "register", "signature", "options", "extends")


class ConfigError(Exception):
    """A configuration mistake; the message names the file and the key."""


@dataclass
class Persona:
    name: str
    description: str = ""
    register: str = "any"
    signature: str = "optional"
    options: dict[str, dict] = field(default_factory=dict)  # rule code/name → option values


@dataclass
class Config:
    path: Path | None = None  # None: defaults only
    root: Path = field(default_factory=Path.cwd)
    language: str | None = None
    persona: str | None = None
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    organisation: tuple[str, ...] = ()
    rule_packs: tuple[Path, ...] = ()
    rules: dict[str, dict] = field(default_factory=dict)
    personas: dict[str, Persona] = field(default_factory=dict)
    models: dict[str, str] = field(default_factory=dict)
    fail_on: str | None = None
    batch: "FieldNames" = field(default_factory=lambda: _field_names({}))
    preview: bool = False

    @property
    def label(self) -> str:
        return str(self.path) if self.path else "the default configuration"


@lru_cache(maxsize=None)
def _builtin_personas() -> dict[str, Persona]:
    from tonelint.packs import builtin_personas as raw

    return {name: _persona(name, data, "rules/personas.yaml") for name, data in raw().items()}


def builtin_personas() -> dict[str, Persona]:
    return dict(_builtin_personas())


def load_config(path: Path) -> Config:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("tonelint", {})
        where = "[tool.tonelint]"
    else:
        where = ""
    return parse_config(data, path, where)


def parse_config(data: dict, path: Path, where: str = "") -> Config:
    config = Config(path=path, root=path.parent.resolve())
    prefix = f"{where} " if where else ""

    def fail(key: str, problem: str):
        raise ConfigError(f"{path}: {prefix}'{key}': {problem}")

    for key in data:
        if key not in KEYS:
            raise ConfigError(f"{path}: {prefix}unknown key '{key}'{did_you_mean(key, KEYS)}")
    for key, value in data.items():
        if key in ("select", "ignore", "extend-select", "exclude", "extend-exclude", "organisation", "rule-packs"):
            if isinstance(value, str) and key == "organisation":
                value = [value]
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                fail(key, f"expected {KEYS[key]}")
        elif key in ("language", "persona", "fail-on") and not isinstance(value, str):
            fail(key, f"expected {KEYS[key]}")
        elif key in ("per-file-ignores", "rules", "personas") and not isinstance(value, dict):
            fail(key, f"expected {KEYS[key]}")
    config.language = data.get("language")
    config.persona = data.get("persona")
    if "select" in data:
        config.select = list(data["select"])
    config.ignore = list(data.get("ignore", []))
    config.extend_select = list(data.get("extend-select", []))
    if "exclude" in data:
        config.exclude = list(data["exclude"])
    config.exclude += list(data.get("extend-exclude", []))
    organisation = data.get("organisation", [])
    config.organisation = tuple([organisation] if isinstance(organisation, str) else organisation)
    config.rule_packs = tuple((config.root / folder).resolve() for folder in data.get("rule-packs", []))
    for folder in config.rule_packs:
        if not folder.is_dir():
            fail("rule-packs", f"folder '{folder}' does not exist")
    for pattern, rules in data.get("per-file-ignores", {}).items():
        if not isinstance(rules, list) or not all(isinstance(item, str) for item in rules):
            fail("per-file-ignores", f"'{pattern}' must map to a list of rules")
        config.per_file_ignores[pattern] = list(rules)
    for rule, options in data.get("rules", {}).items():
        if not isinstance(options, dict):
            fail("rules", f"'{rule}' must be a table of options, e.g. [tool.tonelint.rules.{rule}]")
        config.rules[rule] = dict(options)
    for name, persona in data.get("personas", {}).items():
        if not isinstance(persona, dict):
            fail("personas", f"'{name}' must be a table")
        config.personas[name] = _persona(name, persona, str(path))
    model = data.get("model")
    if isinstance(model, str):
        config.models = {"*": model}
    elif isinstance(model, dict) and all(isinstance(v, str) for v in model.values()):
        config.models = dict(model)
    elif model is not None:
        fail("model", f"expected {KEYS['model']}")
    for language, name in config.models.items():
        if (config.root / name).exists():  # a pipeline saved in a folder beside the config
            config.models[language] = str(config.root / name)
    batch = data.get("batch", {})
    if not isinstance(batch, dict) or not all(isinstance(v, str) for v in batch.values()):
        fail("batch", f"expected {KEYS['batch']}")
    for key in batch:
        if key not in ("message", "reply", "id"):
            fail("batch", f"unknown field '{key}'{did_you_mean(key, ('message', 'reply', 'id'))}")
    config.batch = _field_names(batch)
    if not isinstance(data.get("preview", False), bool):
        fail("preview", "expected true or false")
    config.preview = data.get("preview", False)
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        fail("fail-on", f"must be one of {', '.join(FAIL_ON)}{did_you_mean(fail_on, FAIL_ON)}")
    config.fail_on = fail_on
    return config


def _field_names(batch: dict):
    from tonelint.batch import FieldNames

    return FieldNames(**batch)


def _persona(name: str, data: dict, source: str) -> Persona:
    for key in data:
        if key not in PERSONA_KEYS:
            raise ConfigError(f"{source}: persona '{name}': unknown key '{key}'{did_you_mean(key, PERSONA_KEYS)}")
    base = Persona(name=name)
    if "extends" in data:
        builtins = builtin_personas()
        if data["extends"] not in builtins:
            raise ConfigError(
                f"{source}: persona '{name}': extends unknown persona '{data['extends']}'"
                f"{did_you_mean(str(data['extends']), builtins)}"
            )
        parent = builtins[data["extends"]]
        base = Persona(name, parent.description, parent.register, parent.signature, dict(parent.options))
    register = data.get("register", base.register)
    if register not in REGISTERS:
        raise ConfigError(
            f"{source}: persona '{name}': register must be one of {', '.join(REGISTERS)}, not '{register}'"
            f"{did_you_mean(str(register), REGISTERS)}"
        )
    signature = data.get("signature", base.signature)
    if signature not in SIGNATURES:
        raise ConfigError(f"{source}: persona '{name}': signature must be required or optional, not '{signature}'")
    options = data.get("options", {})
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise ConfigError(f"{source}: persona '{name}': options must be a table of rule = {{option = value}}")
    merged = dict(base.options)
    merged.update(options)
    return Persona(name, str(data.get("description", base.description)), register, signature, merged)


class ConfigFinder:
    """Finds the configuration for each file by walking up; caches per directory."""

    def __init__(self, override: Path | None = None):
        self._override = load_config(override) if override else None
        self._by_dir: dict[Path, Config] = {}

    @classmethod
    def fixed(cls, config: Config) -> "ConfigFinder":
        """A finder that gives `config` for every path (the API and tests)."""
        finder = cls()
        finder._override = config
        return finder

    def for_path(self, path: Path) -> Config:
        if self._override is not None:
            return self._override
        directory = (path if path.is_dir() else path.parent).resolve()
        return self._for_dir(directory)

    def _for_dir(self, directory: Path) -> Config:
        if directory in self._by_dir:
            return self._by_dir[directory]
        config = None
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file():
                if name == "pyproject.toml" and not _has_tonelint_table(candidate):
                    continue
                config = load_config(candidate)
                break
        if config is None:
            parent = directory.parent
            config = self._for_dir(parent) if parent != directory else Config(root=Path.cwd())
        self._by_dir[directory] = config
        return config


def _has_tonelint_table(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return "tonelint" in tomllib.load(handle).get("tool", {})
    except (tomllib.TOMLDecodeError, OSError):
        return False
