"""The command line: output format, exit codes, selection, statistics, stdin, rule docs."""

import json

import pytest
from click.testing import CliRunner

from tonelint.cli import main

BAD = "Uw melding is doorgestuurd naar de betreffende afdeling.\n\nMet vriendelijke groet,\nDe klantenservice\n"
GOOD = "> Waarom is mijn container niet geleegd?\n\nHoi Kim, wat vervelend! De wagen kon je straat niet in door " \
       "een verhuiswagen. Morgen komen we terug. Groet, Sanne\n"


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_text_output_lines_and_exit_code(drafts):
    result = run("check", "bad.txt")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert "bad.txt:1:1: TL401 formal-address: Aanspreekvorm 'Uw' past niet bij je persona 'warm', die 'je' zegt." in lines
    assert "  ↳ Schrijf 'Je'." in lines
    assert "bad.txt:1:12: TL302 passive-voice: Lijdende vorm zonder wie het doet: 'is doorgestuurd'." in lines
    assert "bad.txt:4:1: TL304 missing-signature: Het antwoord heeft geen gezicht: geen naam, initialen of " \
           "persoonlijke groet aan het eind." in lines
    assert lines[-1].startswith("Found ") and lines[-1].endswith("in 1 of 1 draft.")
    assert "\x1b[" not in result.output  # no colour when not on a terminal


def test_good_draft_is_clean(drafts):
    result = run("check", "good.txt")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "The draft looks good."


def test_default_command_and_folder_walk(drafts):
    result = run("bad.txt", "good.txt")
    assert "in 1 of 2 drafts." in result.output.splitlines()[-1]
    walked = run(".")
    assert walked.output.splitlines()[-1] == result.output.splitlines()[-1]


def test_select_ignore_by_code_prefix_and_name(drafts):
    only_tl3 = run("check", "bad.txt", "--select", "TL3", "--format", "json")
    codes = {f["code"] for f in json.loads(only_tl3.output)["findings"]}
    assert codes and all(code.startswith("TL3") for code in codes)
    without = run("check", "bad.txt", "--select", "TL3", "--ignore", "passive-voice,TL304", "--format", "json")
    codes = {f["code"] for f in json.loads(without.output)["findings"]}
    assert "TL302" not in codes and "TL304" not in codes


def test_unknown_rule_on_command_line(drafts):
    result = run("check", "bad.txt", "--select", "pasive-voice")
    assert result.exit_code == 2
    assert "unknown rule 'pasive-voice' (did you mean 'passive-voice'?)" in result.output


def test_exit_zero_and_fail_on(drafts):
    assert run("check", "bad.txt", "--exit-zero").exit_code == 0
    info_only = run("check", "bad.txt", "--select", "readability,TL302", "--fail-on", "error")
    assert info_only.exit_code == 0
    assert run("check", "bad.txt", "--select", "TL302", "--fail-on", "warning").exit_code == 1


def test_statistics(drafts):
    result = run("check", "bad.txt", "--statistics", "--select", "TL3")
    assert "1  TL302  passive-voice" in result.output.splitlines()
    assert "1  TL304  missing-signature" in result.output.splitlines()


def test_stdin_with_filename_and_in_reply_to(drafts, tmp_path):
    (tmp_path / "message.txt").write_text("Hoe laat gaat de bus?", encoding="utf-8")
    result = run("check", "-", "--stdin-filename", "antwoord.md", "--in-reply-to", "@message.txt",
                 "--format", "json", input="Er wordt gekeken. ^EK\n")
    data = json.loads(result.output)
    assert [f["path"] for f in data["findings"]] == ["antwoord.md"]
    assert data["findings"][0]["code"] == "TL302"
    assert result.exit_code == 1


def test_in_reply_to_missing_file(drafts):
    result = run("check", "good.txt", "--in-reply-to", "@nope.txt")
    assert result.exit_code == 2
    assert "--in-reply-to @nope.txt: cannot read" in result.output


def test_missing_path(drafts):
    result = run("check", "nothere.txt")
    assert result.exit_code == 2
    assert "nothere.txt: error: no such file or folder" in result.output


def test_rules_lists_every_rule():
    result = run("rules")
    assert result.exit_code == 0
    for code, name in [("TL301", "third-person-self"), ("TL302", "passive-voice"), ("TL303", "corporate-phrase"),
                       ("TL304", "missing-signature"), ("TL401", "formal-address"), ("TL402", "mixed-address"),
                       ("TL403", "stiff-word"), ("TL404", "long-sentence"), ("TL405", "readability")]:
        assert any(line.split()[:2] == [code, name] for line in result.output.splitlines()), code


def test_rule_docs_by_code_and_name():
    by_code = run("rule", "TL404")
    by_name = run("rule", "long-sentence")
    assert by_code.exit_code == 0 and by_code.output == by_name.output
    for heading in ("## What it catches", "## Why it matters", "## Example", "## Better", "## Options"):
        assert heading in by_code.output
    assert "- max-words (default: 25)" in by_code.output
    unknown = run("rule", "long-sentense")
    assert unknown.exit_code == 2 and "did you mean 'long-sentence'?" in unknown.output
