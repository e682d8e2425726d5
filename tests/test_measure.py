"""`tonelint measure`: precision and recall per rule and family on a labelled corpus."""

import json

from click.testing import CliRunner

from tonelint.cli import main

ROWS = [
    {"id": "a", "message": "Waarom?", "reply": "Er wordt gekeken.", "labels": ["TL302", "TL304"]},
    {"id": "b", "message": "Top!", "reply": "Middels de app. Groet, Sanne", "labels": []},
    {"id": "c", "message": "Hoe laat?", "reply": "Om 8 uur. Groet, Sanne", "labels": ["TL301"]},
]


def run(tmp_path, rows, *args):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return CliRunner().invoke(main, ["measure", str(corpus), *args])


def test_table_counts_true_and_false(tmp_path):
    result = run(tmp_path, ROWS, "--details")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"3 conversations in {tmp_path / 'corpus.jsonl'}"
    assert "TL3 (family)                      1.00   0.67    2    0    1" in lines
    assert "  TL403 stiff-word                0.00    –      0    1    0" in lines
    assert "TL301: missed c; false alarms -" in lines
    assert "TL403: missed -; false alarms b" in lines


def test_targets_fail_the_run(tmp_path):
    result = run(tmp_path, ROWS, "--min-precision", "0.9")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith("below target: ") and "TL4" in result.output.splitlines()[-1]


def test_bad_corpus_rows(tmp_path):
    result = run(tmp_path, [{"id": "x", "reply": "Hoi", "labels": ["TL999"]}])
    assert result.exit_code == 2
    assert "x: unknown rule code(s) in labels: TL999" in result.output
