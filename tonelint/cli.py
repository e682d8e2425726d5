"""The command line: `tonelint check`, `tonelint rules`, `tonelint rule CODE`.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, config or input error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from tonelint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class DefaultGroup(click.Group):
    """`tonelint drafts/` is short for `tonelint check drafts/`."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        elif not args:
            args = ["check"]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tonelint")
def main():
    """A tone-of-voice linter for drafted webcare replies."""


def _comma_list(ctx, param, values):
    from tonelint.selection import split_selectors

    return split_selectors(values) if values else []


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@click.option("--select", multiple=True, callback=_comma_list, metavar="RULES",
              help="Only these rules (codes, prefixes such as TL3, or names); replaces the config's select.")
@click.option("--ignore", multiple=True, callback=_comma_list, metavar="RULES", help="Skip these rules.")
@click.option("--extend-select", multiple=True, callback=_comma_list, metavar="RULES",
              help="Add these rules to the selection.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file for every draft instead of discovering one.")
@click.option("--language", help="Language of drafts that do not say (default: config, else nl).")
@click.option("--persona", help="Persona for drafts that do not say (default: config, else warm).")
@click.option("--stdin-filename", help="The name of the draft read from stdin ('-'): picks format and config.")
@click.option("--in-reply-to", "in_reply_to", metavar="TEXT|@FILE", help="The incoming message the draft answers.")
@click.option("--preview", is_flag=True, help="Also run the preview rules (still being calibrated).")
@click.option("--statistics", is_flag=True, help="Count findings per rule.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1 (default: config, else warning).")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("--no-suggestions", is_flag=True, help="Leave out the suggestion lines.")
@click.option("-v", "--verbose", is_flag=True, help="Also say which files were checked and which rules stayed silent.")
def check(paths, output_format, select, ignore, extend_select, config_path, language, persona, stdin_filename,
          in_reply_to, preview, statistics, exit_zero, fail_on, color, no_suggestions, verbose):
    """Check draft replies (files or folders; '-' reads stdin)."""
    from tonelint.config import ConfigError, ConfigFinder
    from tonelint.engine import Linter, Overrides, Problem, Report, SEVERITY_RANK
    from tonelint.files import collect_sources
    from tonelint.report import render_json, render_statistics, render_text

    try:
        incoming = _read_in_reply_to(in_reply_to)
        finder = ConfigFinder(config_path)
    except (ConfigError, click.BadParameter) as error:
        _fail(str(error.message if isinstance(error, click.BadParameter) else error))
    overrides = Overrides(
        select=select or None, ignore=ignore, extend_select=extend_select, language=language, persona=persona,
        in_reply_to=incoming, preview=preview,
    )
    sources, problems = collect_sources(list(paths) or ["."], finder, stdin_filename)
    linter = Linter(finder, overrides)
    report = linter.lint(sources) if sources else Report()
    report.problems[:0] = problems
    if not sources and not problems:
        report.problems.append(Problem(", ".join(paths) or ".", "no drafts found (.txt, .md, .markdown, .jsonl, .csv)"))

    if output_format == "json":
        click.echo(render_json(report))
    else:
        use_colour = color == "always" or (color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
        if verbose:
            for source in sources:
                click.echo(f"checked {source.display}", err=True)
            for note in report.notes:
                click.echo(note, err=True)
        for line in render_text(report, use_colour, show_suggestions=not no_suggestions):
            click.echo(line, color=use_colour)
        if statistics:
            for line in render_statistics(report):
                click.echo(line)
    if report.problems:
        sys.exit(EXIT_ERROR)
    threshold = fail_on or _config_fail_on(finder, sources) or "warning"
    failing = [f for f in report.findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]]
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


def _config_fail_on(finder, sources) -> str | None:
    for source in sources:
        config = finder.for_path(source.config_path or source.path or Path.cwd())
        if config.fail_on:
            return config.fail_on
    return None


def _read_in_reply_to(value: str | None) -> str | None:
    if value is None or not value.startswith("@"):
        return value
    path = Path(value[1:])
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise click.BadParameter(f"--in-reply-to {value}: cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise click.BadParameter(f"--in-reply-to {value}: cannot decode as UTF-8") from None


def _fail(message: str):
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@main.command("rules")
@click.option("--language", default="nl", show_default=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Include the rule packs this config adds.")
def list_rules(language, config_path):
    """List every rule: code, name, severity and what it catches."""
    import shutil
    import textwrap

    from tonelint.packs import load_families

    rules = _load_rules(language, config_path)
    families = load_families()
    width = max(60, min(shutil.get_terminal_size((100, 20)).columns, 120)) - 44
    current = None
    for rule in sorted(rules.values(), key=lambda r: r.code):
        if rule.family != current:
            family = families.get(rule.family)
            click.echo(("\n" if current else "") + (f"{family.code} {family.name} — {family.title}" if family else rule.family))
            current = rule.family
        summary = rule.summary or textwrap.shorten(rule.docs["what"], width=width, placeholder="…")
        click.echo(f"  {rule.code}  {rule.name:<24} {rule.severity:<8} {summary}" + ("  (preview)" if rule.preview else ""))


@main.command("rule")
@click.argument("code")
@click.option("--language", default="nl", show_default=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
def show_rule(code, language, config_path):
    """Show a rule's documentation (by code or name)."""
    from tonelint.docs import render_rule
    from tonelint.hints import did_you_mean

    rules = _load_rules(language, config_path)
    rule = rules.get(code.upper()) or next((r for r in rules.values() if r.name == code), None)
    if rule is None:
        _fail(f"unknown rule '{code}'{did_you_mean(code, list(rules) + [r.name for r in rules.values()])}")
    click.echo(render_rule(rule))


@main.command("measure")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Measure with this configuration (and its rule packs).")
@click.option("--details", is_flag=True, help="List the ids of missed conversations and false alarms per rule.")
@click.option("--min-precision", type=float, default=None, help="Exit 1 when a family's precision is lower.")
@click.option("--min-recall", type=float, default=None, help="Exit 1 when a family's recall is lower.")
def measure_command(corpus, config_path, details, min_precision, min_recall):
    """Precision and recall per rule and family on a labelled corpus (.jsonl)."""
    from tonelint.config import Config, ConfigError, load_config
    from tonelint.draft import InputError
    from tonelint.measure import load_corpus, measure, table
    from tonelint.packs import PackError

    try:
        config = load_config(config_path) if config_path else Config()
        conversations = load_corpus(corpus)
        by_rule, by_family, _ = measure(conversations, config)
    except (ConfigError, PackError) as error:
        _fail(str(error))
    except InputError as error:
        _fail(f"{error.path}: {error.message}")
    names = {code: rule_name for code, rule_name in _rule_names(config)}
    click.echo(f"{len(conversations)} conversations in {corpus}")
    for line in table(by_rule, by_family, names):
        click.echo(line)
    if details:
        for code, tally in sorted(by_rule.items()):
            if tally.misses or tally.false_alarms:
                click.echo(f"{code}: missed {', '.join(tally.misses) or '-'}; false alarms {', '.join(tally.false_alarms) or '-'}")
    failing = [family for family, tally in by_family.items()
               if (min_precision is not None and tally.precision is not None and tally.precision < min_precision)
               or (min_recall is not None and tally.recall is not None and tally.recall < min_recall)]
    if failing:
        click.echo(f"below target: {', '.join(sorted(failing))}")
        sys.exit(EXIT_FINDINGS)


def _rule_names(config):
    from tonelint.packs import load_pack

    return [(code, rule.name) for code, rule in load_pack(config.language or "nl", config.rule_packs).items()]


def _load_rules(language, config_path):
    from tonelint.config import ConfigError, load_config
    from tonelint.packs import PackError, load_pack

    try:
        packs = load_config(config_path).rule_packs if config_path else ()
        return load_pack(language, packs)
    except (ConfigError, PackError) as error:
        _fail(str(error))
