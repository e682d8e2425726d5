"""The JSON report. Its shape is versioned: SCHEMA_VERSION changes with any incompatible change, and
tonelint/schema/report.schema.json describes it."""

from __future__ import annotations

import json
from dataclasses import asdict

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
    data = asdict(finding)
    data["fix"] = asdict(finding.fix) if finding.fix else None
    return data


def render_json(report) -> str:
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2)
