"""The engine: sources → analysis → rules → findings. It alone decides positions and severities."""

from __future__ import annotations

import fnmatch
import gc
from dataclasses import dataclass, field
from pathlib import Path

from tonelint.analysis import Analyzer, ModelError
from tonelint.checks import CHECK_KINDS
from tonelint.checks.base import Context, Hit
from tonelint.config import Config, ConfigError, ConfigFinder, Persona, builtin_personas
from tonelint.draft import Draft, InputError
from tonelint.hints import did_you_mean
from tonelint.packs import SEVERITIES, PackError, Rule, builtin_rules_dir, load_families, load_pack
from tonelint.patterns import Values, fill
from tonelint.selection import SelectorError, resolve_all
from tonelint.batch import BATCH_SUFFIXES, read_batch
from tonelint.sources import decode, parse_draft, read_bytes, read_draft

DEFAULT_LANGUAGE = "nl"
DEFAULT_PERSONA = "warm"
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}

_ANALYZERS: dict[tuple, Analyzer] = {}
_PACKS: dict[tuple, dict[str, Rule]] = {}
_CHECKS: dict[tuple, dict] = {}


@dataclass
class Fix:
    replacement: str
    offset: int
    length: int
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass
class Finding:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int
    length: int
    code: str
    name: str
    family: str
    severity: str
    message: str
    suggestion: str | None
    fix: Fix | None = None
    row: str | None = None


@dataclass(frozen=True)
class Problem:
    """An input, config or usage error for one path (exit code 2)."""

    path: str
    message: str

    @classmethod
    def from_config_error(cls, error: Exception, fallback: str) -> "Problem":
        """Config errors read 'file.toml: problem'; the file is the path to report."""
        text = str(error)
        head, _, rest = text.partition(": ")
        if rest and head.endswith((".toml", ".yaml")):
            return cls(head, rest)
        return cls(fallback, text)


@dataclass
class Overrides:
    """What the command line says on top of the configuration."""

    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    language: str | None = None
    persona: str | None = None
    in_reply_to: str | None = None
    preview: bool = False


@dataclass
class Source:
    """A path to read, or text already read (stdin) with the name it stands for."""

    display: str
    path: Path | None = None
    text: str | None = None
    markdown: bool = False
    config_path: Path | None = None  # where to look for config (stdin: --stdin-filename)


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    drafts: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class RuleSet:
    """The rules of one language for one configuration, compiled and checked."""

    rules: dict[str, Rule]
    checks: dict
    analyzer: Analyzer
    options: dict[str, dict]  # code → options from config (persona options are applied per draft)
    severities: dict[str, str]
    default_codes: set[str]
    needs_incoming: bool = False


class Linter:
    def __init__(self, finder: ConfigFinder | None = None, overrides: Overrides | None = None):
        self.finder = finder or ConfigFinder()
        self.overrides = overrides or Overrides()
        # one pipeline per language (and model), one compiled pack per language and pack set,
        # shared by every Linter in the process
        self._analyzers = _ANALYZERS
        self._packs = _PACKS
        self._checks = _CHECKS
        self._rulesets: dict[tuple, RuleSet] = {}
        self._option_cache: dict[tuple, dict] = {}
        self._names: dict[tuple, frozenset] = {}
        self._plans: dict[tuple, list[tuple]] = {}
        self._personas: dict[int, dict[str, Persona]] = {}

    # ---- set-up ------------------------------------------------------------------------------
    def analyzer(self, language: str, model: str | None) -> Analyzer:
        key = (language, model)
        if key not in self._analyzers:
            self._analyzers[key] = Analyzer(language, builtin_rules_dir() / language, model)
        return self._analyzers[key]

    def ruleset(self, config: Config, language: str) -> RuleSet:
        key = (id(config), language)
        if key in self._rulesets:
            return self._rulesets[key]
        pack_key = (language, config.rule_packs)
        try:
            if pack_key not in self._packs:
                self._packs[pack_key] = load_pack(language, config.rule_packs)
            rules = self._packs[pack_key]
        except PackError as error:
            raise ConfigError(str(error)) from None
        model = config.models.get(language) or config.models.get("*")
        try:
            analyzer = self.analyzer(language, model)
        except ModelError as error:
            raise ConfigError(f"{config.label}: {error}") from None
        check_key = (language, model, config.rule_packs)
        if check_key not in self._checks:
            self._checks[check_key] = _Checks(rules, analyzer)
        options, severities = _rule_options(config, rules)
        families = load_families()
        overrides = self.overrides
        try:
            selected = resolve_all(overrides.select if overrides.select is not None else (config.select or ["ALL"]),
                                   rules, families)
            if not (config.preview or overrides.preview):
                # preview rules run only when named: they are still being calibrated
                selected -= {code for code, rule in rules.items() if rule.preview}
                selected |= resolve_all(overrides.select or config.select or [], rules, families, named_only=True)
            selected |= resolve_all(config.extend_select + overrides.extend_select, rules, families)
            selected -= resolve_all(config.ignore + overrides.ignore, rules, families)
            for patterns in config.per_file_ignores.values():
                resolve_all(patterns, rules, families)
        except SelectorError as error:
            source = config.label if overrides.select is None else "command line"
            raise ConfigError(f"{source}: {error}") from None
        try:  # compile the selected rules now, so that a broken pattern is a config error here
            for code in selected:
                self._checks[check_key][code]
        except PackError as error:
            raise ConfigError(str(error)) from None
        ruleset = RuleSet(rules, self._checks[check_key], analyzer, options, severities, selected)
        # the incoming message is analysed when a rule needs it, or can use it when it is there (a
        # referral is the answer to "waar kan ik …?"; "wat vervelend" after a question left open)
        ruleset.needs_incoming = any(rules[code].needs == "incoming" or self._checks[check_key][code].INCOMING_LISTS
                                     or self._checks[check_key][code].READS_INCOMING for code in selected)
        self._rulesets[key] = ruleset
        return ruleset

    # ---- the run -----------------------------------------------------------------------------
    def lint(self, sources: list[Source]) -> Report:
        # A run allocates many small objects and builds no reference cycles worth collecting; the cyclic
        # collector would walk the loaded pipeline again and again (10-20% of the run). Pause it.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._lint(sources)
        finally:
            if collecting:
                gc.enable()

    def _lint(self, sources: list[Source]) -> Report:
        report = Report()
        jobs: list[tuple[Draft, Config, str, RuleSet]] = []
        for source in sources:
            try:
                config = self.finder.for_path(source.config_path or source.path or Path.cwd())
                drafts = self._read(source, config, report)
                for draft in drafts:
                    language = draft.language or self.overrides.language or config.language or DEFAULT_LANGUAGE
                    jobs.append((draft, config, language, self.ruleset(config, language)))
            except InputError as error:
                report.problems.append(Problem(error.path, error.message))
                continue
            except ConfigError as error:
                problem = Problem.from_config_error(error, source.display)
                if problem not in report.problems:
                    report.problems.append(problem)
                continue
        report.drafts = len(jobs)
        by_analyzer: dict[int, list] = {}
        for job in jobs:
            by_analyzer.setdefault(id(job[3].analyzer), []).append(job)
        for group in by_analyzer.values():
            analyzer = group[0][3].analyzer
            docs = analyzer.pipe(draft.reply for draft, *_ in group)
            # the incoming messages are analysed only for rule sets with a rule that reads them
            wanted = [draft.incoming for draft, _, _, ruleset in group if draft.incoming and ruleset.needs_incoming]
            incoming = iter(analyzer.pipe(wanted))
            for (draft, config, _language, ruleset), doc in zip(group, docs):
                incoming_doc = next(incoming) if draft.incoming and ruleset.needs_incoming else None
                try:
                    report.findings.extend(self._check(draft, doc, incoming_doc, config, ruleset, report))
                except InputError as error:
                    report.problems.append(Problem(error.path, error.message))
                except ConfigError as error:
                    problem = Problem.from_config_error(error, draft.path)
                    if problem not in report.problems:
                        report.problems.append(problem)
        report.findings.sort(key=lambda f: (f.path, f.row or "", f.line, f.column, f.code))
        return report

    def _read(self, source: Source, config: Config, report: Report) -> list[Draft]:
        suffix = Path(source.display).suffix.lower()
        if suffix in BATCH_SUFFIXES:
            text = source.text if source.text is not None else decode(source.display, read_bytes(source.path, source.display))
            drafts, problems = read_batch(source.display, text, suffix, config.batch)
            report.problems.extend(Problem(problem.path, problem.message) for problem in problems)
        elif source.text is not None:
            drafts = [parse_draft(source.display, source.text, markdown=source.markdown)]
        else:
            drafts = [read_draft(source.path, source.display)]
        if self.overrides.in_reply_to is not None:
            for draft in drafts:
                draft.incoming = self.overrides.in_reply_to
                draft.incoming_start = None
                draft.incoming_segments = []
        return drafts

    def _check(self, draft: Draft, doc, incoming_doc, config: Config, ruleset: RuleSet,
               report: Report) -> list[Finding]:
        persona = self._persona(draft, config)
        rules = ruleset.rules
        families = load_families()
        enabled = ruleset.default_codes
        if config.per_file_ignores or draft.ignore:
            enabled = set(enabled)
            for pattern, selectors in config.per_file_ignores.items():
                if _path_matches(draft.path, pattern, config.root):
                    enabled -= resolve_all(selectors, rules, families)
            if draft.ignore:
                try:
                    enabled -= resolve_all(draft.ignore, rules, families)
                except SelectorError as error:
                    raise InputError(draft.path, f"front matter: tonelint.ignore: {error}") from None
        switches = self._switches(draft, rules, families, report) if draft.switches else []
        enabled = tuple(sorted(enabled))
        enabled_names = self._names.get(enabled)
        if enabled_names is None:
            enabled_names = self._names[enabled] = frozenset(enabled + tuple(rules[code].name for code in enabled))
        findings = []
        reported: dict[str, bool] = {}  # rule code → it reports on this draft (for conditional hits)
        for rule, check, options, severity in self._plan(ruleset, persona, enabled):
            if rule.needs == "incoming" and incoming_doc is None:
                report.notes.append(f"{draft.path}: {rule.code} {rule.name} needs the incoming message; "
                                    "there is none, so it stayed silent")
                continue
            context = Context(draft, options, persona, config.organisation, enabled_names, incoming_doc)
            for hit in check.run(doc, context):
                if hit.requires and not self._reports(hit.requires, ruleset, doc, context, reported):
                    continue
                finding = self._finding(draft, rule, hit, severity, options)
                if not switches or not _suppressed(finding, hit, switches, draft):
                    findings.append(finding)
        return _without_yielded(findings, rules)

    def _plan(self, ruleset: RuleSet, persona: Persona, enabled: tuple[str, ...]) -> list[tuple]:
        """(rule, check, options, severity) for each enabled rule, worked out once per combination."""
        key = (id(ruleset), persona.name, enabled)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = [
                (ruleset.rules[code], ruleset.checks[code], self._options(ruleset, ruleset.rules[code], persona),
                 ruleset.severities.get(code, ruleset.rules[code].severity))
                for code in enabled
            ]
        return plan

    def _options(self, ruleset: RuleSet, rule: Rule, persona: Persona) -> dict:
        """A rule's options: its defaults, then the persona's, then the config's (cached)."""
        key = (id(ruleset), rule.code, persona.name)
        options = self._option_cache.get(key)
        if options is None:
            options = dict(rule.options)
            for name in (rule.code, rule.name):
                options.update(persona.options.get(name, {}))
            options.update(ruleset.options.get(rule.code, {}))
            self._option_cache[key] = options
        return options

    def _persona(self, draft: Draft, config: Config) -> Persona:
        personas = self._personas.get(id(config))
        if personas is None:
            personas = self._personas[id(config)] = {**builtin_personas(), **config.personas}
        name = draft.persona or self.overrides.persona or config.persona or DEFAULT_PERSONA
        if name in personas:
            return personas[name]
        hint = did_you_mean(name, personas)
        if draft.persona:
            raise InputError(draft.path, f"front matter: unknown persona '{name}'{hint}")
        raise ConfigError(f"{config.label}: unknown persona '{name}'{hint}")

    def _switches(self, draft: Draft, rules, families, report: Report):
        resolved = []
        for switch in draft.switches:
            try:
                codes = resolve_all(switch.rules, rules, families) if switch.rules else set(rules)
            except SelectorError as error:
                report.problems.append(Problem(draft.path, f"line {switch.line}: tonelint switch: {error}"))
                continue
            resolved.append((switch, codes))
        return resolved

    def _reports(self, code: str, ruleset: RuleSet, doc, context: Context, reported: dict[str, bool]) -> bool:
        """Whether rule `code` reports on this draft; run for the answer even when the rule itself is
        not selected, so a conditional finding does not depend on the selection."""
        if code not in reported:
            other = ruleset.rules[code]
            if other.needs == "incoming" and context.incoming is None:
                reported[code] = False
            else:
                other_context = Context(context.draft, self._options(ruleset, other, context.persona), context.persona,
                                        context.organisation, context.enabled, context.incoming)
                reported[code] = next(iter(ruleset.checks[code].run(doc, other_context)), None) is not None
        return reported[code]

    def _finding(self, draft: Draft, rule: Rule, hit: Hit, severity: str, options: dict) -> Finding:
        if hit.on_incoming:
            matched = (draft.incoming or "")[hit.start:hit.end]
            first = draft.incoming_to_file(hit.start)
            last = draft.incoming_to_file(hit.end) if draft.incoming_segments else first
            start, end = draft.position(first), draft.position(last)
            hit = Hit(first, last, hit.values, hit.replacement)
        else:
            matched = draft.text[hit.start:hit.end]
            start, end = draft.position(hit.start), draft.position(hit.end)
        values = Values(hit.values, {"match": " ".join(matched.split())}, options)
        fix = None
        if hit.replacement is not None:
            fix = Fix(hit.replacement, start.offset, hit.end - hit.start, start.line, start.column,
                      end.line, end.column)
        return Finding(
            path=draft.path,
            line=start.line,
            column=start.column,
            end_line=end.line,
            end_column=end.column,
            offset=start.offset,
            length=hit.end - hit.start,
            code=rule.code,
            name=rule.name,
            family=rule.family,
            severity=severity,
            message=fill(rule.message, values),
            suggestion=fill(rule.suggestion, values),
            fix=fix,
            row=draft.row_id,
        )


class _Checks(dict):
    """A rule's check is compiled the first time it is needed: rules that never run cost nothing."""

    def __init__(self, rules: dict[str, Rule], analyzer: Analyzer):
        super().__init__()
        self._rules = rules
        self._analyzer = analyzer

    def __missing__(self, code: str):
        rule = self._rules[code]
        check = self[code] = CHECK_KINDS[rule.kind](rule, self._analyzer)
        return check


def _without_yielded(findings: list[Finding], rules: dict[str, Rule]) -> list[Finding]:
    """Drop a finding when a rule it yields to reports overlapping text (a stiff word inside a
    corporate formula is one problem, not two)."""
    kept = []
    for finding in findings:
        yields_to = rules[finding.code].yields_to
        if yields_to and any(
            other.code in yields_to and other.offset < finding.offset + finding.length
            and finding.offset < other.offset + other.length
            for other in findings
        ):
            continue
        kept.append(finding)
    return kept


def _rule_options(config: Config, rules: dict[str, Rule]) -> tuple[dict[str, dict], dict[str, str]]:
    """Config `[rules.X]` tables → validated options and severities, keyed by code."""
    by_name = {rule.name: rule for rule in rules.values()}
    options: dict[str, dict] = {}
    severities: dict[str, str] = {}
    for key, values in config.rules.items():
        rule = rules.get(key) or by_name.get(key)
        if rule is None:
            raise ConfigError(
                f"{config.label}: rules: unknown rule '{key}'{did_you_mean(key, list(rules) + list(by_name))}"
            )
        for option, value in values.items():
            if option == "severity":
                if value not in SEVERITIES:
                    raise ConfigError(
                        f"{config.label}: rules.{key}: severity must be one of {', '.join(SEVERITIES)}, not '{value}'"
                    )
                severities[rule.code] = value
                continue
            check_option(rule, option, value, f"{config.label}: rules.{key}")
            options.setdefault(rule.code, {})[option] = value
    return options, severities


def check_option(rule: Rule, option: str, value, where: str) -> None:
    if option not in rule.options:
        known = list(rule.options) + ["severity"]
        raise ConfigError(f"{where}: unknown option '{option}' for rule '{rule.name}'{did_you_mean(option, known)}")
    default = rule.options[option]
    numeric = (int, float)
    if isinstance(default, bool) or isinstance(value, bool):
        ok = isinstance(value, bool) and isinstance(default, bool)
    elif isinstance(default, numeric):
        ok = isinstance(value, numeric)
    else:
        ok = isinstance(value, type(default))
    if not ok:
        raise ConfigError(
            f"{where}: option '{option}' of rule '{rule.name}' must be {type(default).__name__}, "
            f"not {type(value).__name__} ({value!r})"
        )


def _path_matches(display: str, pattern: str, root: Path) -> bool:
    path = Path(display)
    try:
        relative = path.resolve().relative_to(root).as_posix()
    except ValueError:
        relative = path.as_posix()
    return fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(path.name, pattern)


def _suppressed(finding: Finding, hit: Hit, switches, draft: Draft) -> bool:
    disabled: set[str] = set()
    for switch, codes in switches:
        if switch.action == "disable-next-line":
            if finding.code in codes and finding.line == _next_content_line(draft, switch.line):
                return True
            continue
        if switch.end > hit.start:
            break
        if switch.action == "disable":
            disabled |= codes
        else:
            disabled -= codes
    return finding.code in disabled


def _next_content_line(draft: Draft, line: int) -> int:
    lines = draft.reply.split("\n")
    for number in range(line + 1, len(lines) + 1):
        if lines[number - 1].strip():
            return number
    return line + 1
