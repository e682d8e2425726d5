"""The JSON report validates against the published schema, findings and errors alike."""

import json
from importlib.resources import files

import jsonschema
from click.testing import CliRunner

from tonelint.cli import main
from tonelint.report.json import SCHEMA_VERSION


def schema():
    return json.loads((files("tonelint") / "schema" / "report.schema.json").read_text(encoding="utf-8"))


def test_real_output_validates(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("> Waarom?\n\nUw melding is doorgestuurd middels de post.\n\nMet vriendelijke groet,\nTeam Webcare\n",
                                    encoding="utf-8")
    (tmp_path / "b.md").write_text("---\npersona: formal\n---\nHoi Kim, kun je ons je postcode sturen? ^EK\n",
                                   encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00binary")
    result = CliRunner().invoke(main, ["check", ".", "--format", "json"])
    data = json.loads(result.output)
    jsonschema.validate(data, schema())
    assert data["schema_version"] == SCHEMA_VERSION
    assert {f["code"] for f in data["findings"]} >= {"TL302", "TL304", "TL401", "TL403"}
    assert any(f["fix"] for f in data["findings"]) and any(f["fix"] is None for f in data["findings"])
    assert data["summary"]["input_errors"] == 1 and data["summary"]["drafts"] == 2


def test_schema_rejects_a_finding_without_position():
    bad = {"schema_version": SCHEMA_VERSION, "tool": {"name": "tonelint", "version": "x"}, "errors": [],
           "summary": {"drafts": 1, "findings": 1, "errors": 0, "warnings": 1, "info": 0, "input_errors": 0},
           "findings": [{"path": "a.txt", "code": "TL302"}]}
    try:
        jsonschema.validate(bad, schema())
    except jsonschema.ValidationError as error:
        assert "'line' is a required property" in error.message
    else:
        raise AssertionError("schema accepted a finding without a line")
