"""The JSON report. Its shape is versioned: SCHEMA_VERSION changes with any incompatible change, and
tonelint/schema/report.schema.json describes it."""

from __future__ import annotations

import json

from tonelint import __version__

SCHEMA_VERSION = "1.0"


def as_dict(report) -> dict:
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in report.findings:
        counts[finding.severity] += 1
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "tonelint", "version": __version__},
        "findings": [_finding(finding) for finding in report.findings],
        "errors": [{"path": problem.path, "message": problem.message} for problem in report.problems],
        "summary": {
            "drafts": report.drafts,
            "findings": len(report.findings),
            "errors": counts["error"],
            "warnings": counts["warning"],
            "info": counts["info"],
            "input_errors": len(report.problems),
        },
    }


def _finding(finding) -> dict:
    fix = finding.fix
    return {
        "path": finding.path, "line": finding.line, "column": finding.column,
        "end_line": finding.end_line, "end_column": finding.end_column,
        "offset": finding.offset, "length": finding.length,
        "code": finding.code, "name": finding.name, "family": finding.family, "severity": finding.severity,
        "message": finding.message, "suggestion": finding.suggestion,
        "fix": None if fix is None else {
            "replacement": fix.replacement, "offset": fix.offset, "length": fix.length,
            "line": fix.line, "column": fix.column, "end_line": fix.end_line, "end_column": fix.end_column,
        },
        "row": finding.row,
    }


def render_json(report) -> str:
    """Indented at the top, one finding per line: readable, and fast to write for thousands of findings
    (the indenting encoder is pure Python; each list is encoded once by the C encoder, then split)."""
    data = as_dict(report)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    lines = ["{"]
    keys = list(data)
    for number, key in enumerate(keys):
        comma = "," if number < len(keys) - 1 else ""
        value = data[key]
        if isinstance(value, list) and value:
            # '}, {"path": ' cannot occur inside a JSON string (its quotes would be escaped)
            items = encode(value)[1:-1].replace('}, {"path": ', '},\n    {"path": ')
            lines.append(f'  "{key}": [')
            lines.append(f"    {items}")
            lines.append(f"  ]{comma}")
        else:
            lines.append(f'  "{key}": {encode(value)}{comma}')
    lines.append("}")
    return "\n".join(lines)
