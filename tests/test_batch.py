"""Batch inputs: .jsonl and .csv exports, row by row, with row ids and in-field positions."""

import json

from click.testing import CliRunner

from tonelint.cli import main


def check(tmp_path, monkeypatch, *args):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--format", "json", "--select", "TL302,TL403", *args])
    return result, json.loads(result.output)


def test_jsonl_rows_ids_positions_and_bad_rows(tmp_path, monkeypatch):
    rows = [
        {"id": "r1", "message": "Waarom is mijn container niet geleegd?", "reply": "Hoi, er wordt gekeken. ^EK"},
        {"id": "r2", "message": "Top!", "reply": "Dank je! ^EK"},
        {"message": "x", "antwoord": "middels"},
    ]
    lines = [json.dumps(row, ensure_ascii=False) for row in rows] + ["{kapot"]
    (tmp_path / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, data = check(tmp_path, monkeypatch, "export.jsonl")
    assert result.exit_code == 2
    assert [(f["row"], f["line"], f["column"], f["code"]) for f in data["findings"]] == [("r1", 1, 9, "TL302")]
    assert data["findings"][0]["message"] == "Lijdende vorm zonder wie het doet: 'wordt gekeken'."
    assert [e["message"] for e in data["errors"]] == [
        "line 3: no field 'reply'",
        "line 4: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
    ]
    assert data["summary"]["drafts"] == 2


def test_csv_with_semicolons_multiline_field_and_custom_names(tmp_path, monkeypatch):
    (tmp_path / "tonelint.toml").write_text('[batch]\nmessage = "bericht"\nreply = "antwoord"\nid = "nr"\n',
                                            encoding="utf-8")
    (tmp_path / "export.csv").write_text(
        'nr;bericht;antwoord\n7;"Hoe laat?";"Er wordt\ngekeken. ^EK"\n8;"x";"Middels de app. ^EK"\n',
        encoding="utf-8")
    _, data = check(tmp_path, monkeypatch, "export.csv")
    assert [(f["row"], f["line"], f["column"], f["code"]) for f in data["findings"]] == [
        ("7", 2, 4, "TL302"),
        ("8", 4, 1, "TL403"),
    ]


def test_csv_without_the_reply_column(tmp_path, monkeypatch):
    (tmp_path / "export.csv").write_text("id,message,replies\n1,a,b\n", encoding="utf-8")
    result, data = check(tmp_path, monkeypatch, "export.csv")
    assert result.exit_code == 2
    assert data["errors"] == [{"path": "export.csv",
                               "message": "no column 'reply' (did you mean 'replies'?) (columns: id, message, replies)"}]


def test_unknown_batch_field_in_config(tmp_path, monkeypatch):
    (tmp_path / "tonelint.toml").write_text('[batch]\nreplay = "antwoord"\n', encoding="utf-8")
    (tmp_path / "d.txt").write_text("Hoi ^EK\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "d.txt"])
    assert result.exit_code == 2 and "unknown field 'replay' (did you mean 'reply'?)" in result.output
