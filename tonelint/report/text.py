"""The text report: `path:line:col: CODE name: message`, a suggestion line, and a summary."""

from __future__ import annotations

from collections import Counter

import click

_SEVERITY_COLOUR = {"error": "red", "warning": "yellow", "info": "cyan"}


def render_text(report, colour: bool, show_suggestions: bool = True) -> list[str]:
    lines = []
    for finding in report.findings:
        location = f"{finding.path}:{finding.line}:{finding.column}:"
        if finding.row:
            location = f"{finding.path}:{finding.line}:{finding.column}: [{finding.row}]"
        code = click.style(finding.code, fg=_SEVERITY_COLOUR[finding.severity], bold=True) if colour else finding.code
        if colour:
            location = click.style(location, bold=True)
        lines.append(f"{location} {code} {finding.name}: {finding.message}")
        if show_suggestions and finding.suggestion:
            arrow = click.style("  ↳", dim=True) if colour else "  ↳"
            lines.append(f"{arrow} {finding.suggestion}")
    for problem in report.problems:
        label = click.style("error:", fg="red", bold=True) if colour else "error:"
        lines.append(f"{problem.path}: {label} {problem.message}")
    lines.append(_summary(report, colour))
    return lines


def _summary(report, colour: bool) -> str:
    counts = Counter(finding.severity for finding in report.findings)
    drafts = report.drafts
    noun = "draft" if drafts == 1 else "drafts"
    if not report.findings:
        text = (f"All {drafts} {noun} look good." if drafts > 1 else "The draft looks good.") if drafts \
            else "No drafts checked."
        if report.problems:
            text = f"No findings in {drafts} {noun}; {len(report.problems)} could not be checked."
        return click.style(text, fg="green" if not report.problems else "red") if colour else text
    with_findings = len({(f.path, f.row) for f in report.findings})
    nouns = {"error": ("error", "errors"), "warning": ("warning", "warnings"), "info": ("info", "info")}
    parts = [f"{counts[s]} {nouns[s][counts[s] != 1]}" for s in ("error", "warning", "info") if counts[s]]
    total = len(report.findings)
    text = f"Found {total} {'problem' if total == 1 else 'problems'} ({', '.join(parts)}) in {with_findings} of {drafts} {noun}."
    if report.problems:
        text += f" {len(report.problems)} could not be checked."
    return click.style(text, bold=True) if colour else text


def render_statistics(report) -> list[str]:
    counts = Counter((f.code, f.name) for f in report.findings)
    width = max((len(str(n)) for n in counts.values()), default=1)
    return [f"{count:>{width}}  {code}  {name}" for (code, name), count in sorted(counts.items())]
