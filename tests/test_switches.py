"""Inline switches in HTML comments and the front-matter ignore list."""

from tonelint.api import lint_text


def found(text, filename="d.md"):
    report = lint_text(text, filename=filename)
    assert not report.problems, report.problems
    return [(f.code, f.line) for f in report.findings if f.code in ("TL302", "TL403")]


PASSIVE = "Er wordt gekeken naar je melding."
STIFF = "We sturen het middels de post."


def test_disable_and_enable_a_range():
    text = f"{PASSIVE}\n<!-- tonelint: disable=TL302 -->\n{PASSIVE}\n{STIFF}\n<!-- tonelint: enable=TL302 -->\n{PASSIVE}\n\n^EK\n"
    assert found(text) == [("TL302", 1), ("TL403", 4), ("TL302", 6)]


def test_disable_by_name_and_several_rules():
    text = f"<!-- tonelint: disable=passive-voice, stiff-word -->\n{PASSIVE}\n{STIFF}\n^EK\n"
    assert found(text) == []


def test_disable_everything():
    text = f"<!-- tonelint: disable -->\n{PASSIVE}\n{STIFF}\n^EK\n"
    assert lint_text(text, filename="d.md").findings == []


def test_disable_family_prefix():
    text = f"<!-- tonelint: disable=TL3 -->\n{PASSIVE}\n{STIFF}\n^EK\n"
    assert found(text) == [("TL403", 3)]


def test_disable_next_line_only():
    text = f"<!-- tonelint: disable-next-line=TL302 -->\n{PASSIVE}\n{PASSIVE}\n^EK\n"
    assert found(text) == [("TL302", 3)]


def test_disable_next_line_skips_blank_lines():
    text = f"<!-- tonelint: disable-next-line TL302 -->\n\n{PASSIVE}\n{PASSIVE}\n^EK\n"
    assert found(text) == [("TL302", 4)]


def test_switches_work_in_txt_files_too():
    text = f"> Wanneer?\n\n<!-- tonelint: disable=TL302 -->\n{PASSIVE} ^EK\n"
    assert found(text, "d.txt") == []


def test_front_matter_ignore():
    text = f"---\ntonelint:\n  ignore: [passive-voice]\n---\n{PASSIVE}\n{STIFF}\n^EK\n"
    assert found(text) == [("TL403", 6)]


def test_front_matter_unknown_tonelint_key():
    report = lint_text("---\ntonelint:\n  ignroe: [TL302]\n---\nHoi\n", filename="d.md")
    assert [p.message for p in report.problems] == ["front matter: unknown key 'tonelint.ignroe' (did you mean 'ignore'?)"]
