"""A rule's documentation, rendered from its pack file (the same text `tonelint rule CODE` prints)."""

from __future__ import annotations

import textwrap

SECTION_TITLES = {"what": "What it catches", "why": "Why it matters", "bad": "Example", "better": "Better"}


def render_rule(rule) -> str:
    from tonelint.packs import load_families

    family = load_families().get(rule.family)
    lines = [f"{rule.code} {rule.name}" + (f": {rule.summary}" if rule.summary else ""), ""]
    if family:
        lines.append(f"Family: {family.code} {family.name} ({family.title})")
    lines.append(f"Severity: {rule.severity}")
    if rule.preview:
        lines.append("Preview: runs only when named in select/extend-select (or with preview on).")
    if rule.needs == "incoming":
        lines.append("Needs the incoming message; silent without it.")
    lines.append("")
    for key, title in SECTION_TITLES.items():
        lines.append(f"## {title}")
        text = rule.docs[key]
        if key in ("bad", "better"):
            lines.extend("    " + line for line in textwrap.wrap(text, 96))
        else:
            lines.extend(textwrap.wrap(text, 100))
        lines.append("")
    if rule.options:
        lines.append("## Options")
        for option, default in rule.options.items():
            lines.append(f"- {option} (default: {default!r})")
        lines.append("")
    lines.append(f"Source: {rule.source.name}")
    return "\n".join(lines)
