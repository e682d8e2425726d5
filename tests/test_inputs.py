"""Bad input gives one clear line naming the file, exit code 2, and the other files are still checked."""

import json

import pytest
from click.testing import CliRunner

from tonelint.cli import main

GOOD = "Hoi Kim, dank je voor je bericht! Ik kijk er vandaag naar. ^EK\n"
BAD_PASSIVE = "Hoi Kim, er wordt gekeken naar je melding. ^EK\n"

BROKEN = {
    "undecodable.txt": (b"Hoi Kim,\nwe kijken er\xff naar.", "cannot decode as UTF-8: invalid byte 0xff at line 2, byte 13 (save the file as UTF-8)"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (it contains NUL bytes), not a text draft"),
    "frontmatter.md": (b"---\nin_reply_to: [oops\n---\nHoi\n", "broken front matter: line 3, column 1: did not find expected ',' or ']'"),
    "unclosed.md": (b"---\npersona: warm\nHoi Kim\n", "front matter opened with '---' on line 1 is never closed"),
    "persona.md": (b"---\npersona: wram\n---\nHoi Kim ^EK\n", "front matter: unknown persona 'wram' (did you mean 'warm'?)"),
    "notmapping.md": (b"---\n- a\n- b\n---\nHoi\n", "broken front matter: expected 'key: value' lines"),
    "twice.md": (b"---\npersona: warm\npersona: formal\n---\nHoi\n", "broken front matter: line 3, column 1: the key 'persona' appears twice"),
    "switch.txt": (b"Hoi <!-- tonelint: disabel=TL302 --> Kim ^EK", "line 1: unknown switch 'tonelint: disabel' (did you mean 'disable'?)"),
}


@pytest.mark.parametrize("name", BROKEN)
def test_bad_input_is_one_line_and_others_are_checked(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    data, message = BROKEN[name]
    (tmp_path / name).write_bytes(data)
    (tmp_path / "other.txt").write_text(BAD_PASSIVE, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", name, "other.txt"])
    assert result.exit_code == 2
    assert f"{name}: error: {message}" in result.output.splitlines()
    assert "Traceback" not in result.output
    assert "other.txt:1:13: TL302 passive-voice" in result.output  # the other file is still checked


def test_bad_input_in_json(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", ".", "--format", "json"])
    data = json.loads(result.output)
    assert data["errors"] == [{"path": "binary.txt", "message": "binary file (it contains NUL bytes), not a text draft"}]
    assert data["summary"]["drafts"] == 1 and result.exit_code == 2


def test_unknown_rule_in_switch_is_reported_and_file_still_checked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.txt").write_text("<!-- tonelint: disable=pasive-voice -->\nEr wordt gekeken. ^EK\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "d.txt"])
    assert result.exit_code == 2
    assert "d.txt: error: line 1: tonelint switch: unknown rule 'pasive-voice' (did you mean 'passive-voice'?)" \
        in result.output.splitlines()
    assert "d.txt:2:4: TL302 passive-voice" in result.output
