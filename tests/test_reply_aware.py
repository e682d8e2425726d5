"""The reply-aware (preview) rules: what they read from the incoming message and where they report."""

from click.testing import CliRunner

from tonelint.api import lint_text
from tonelint.cli import main
from tonelint.engine import Overrides


def codes(text, message, *rules):
    report = lint_text(text, overrides=Overrides(select=list(rules), in_reply_to=message))
    assert not report.problems
    return [f.code for f in report.findings]


def test_abusive_message_is_reported_on_the_quoted_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.txt").write_text(
        "> Hallo,\n> ik weet waar je woont, jullie gaan eraan.\n\nWat vervelend. Groet, Sanne\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "d.txt", "--select", "abusive-message", "--no-suggestions"])
    assert result.output.splitlines()[0] == (
        "d.txt:2:6: TL504 abusive-message: Het binnenkomende bericht bevat haat, een bedreiging of discriminatie: "
        "'weet waar je woont'.")
    assert result.exit_code == 0  # info does not fail the run


def test_abusive_message_in_front_matter_points_at_the_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text(
        '---\nin_reply_to: "Vuile kankerlijers, ik maak jullie af."\n---\nDit gaat over de grens. Groet, Sanne\n',
        encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "d.md", "--select", "TL504", "--format", "json"])
    assert '"line": 2, "column": 21, "end_line": 2, "end_column": 33' in result.output  # 'kankerlijers'
    assert "'kankerlijers'" in result.output


def test_swearing_at_the_situation_is_not_abuse():
    assert codes("Balen! Hij rijdt zo weer. Groet, Sanne", "Kut, trein alweer te laat. Godverdomme.", "TL504") == []


def test_rules_that_need_the_message_are_silent_without_it_and_say_so(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.txt").write_text("We geven het door. Groet, Sanne\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "d.txt", "--select", "missing-thanks", "-v"])
    assert result.exit_code == 0
    assert "d.txt: TL501 missing-thanks needs the incoming message; there is none, so it stayed silent" in result.output


def test_preview_rules_are_off_by_default_and_on_when_named():
    message = "Complimenten voor de chauffeur, super vriendelijk!"
    reply = "We geven het door aan de chauffeur. Groet, Sanne"
    assert "TL501" not in [f.code for f in lint_text(reply, overrides=Overrides(in_reply_to=message)).findings]
    assert codes(reply, message, "missing-thanks") == ["TL501"]
    assert "TL501" in [f.code for f in lint_text(reply, overrides=Overrides(in_reply_to=message, preview=True)).findings]


def test_policy_after_empathy_is_fine_and_before_it_is_not():
    message = "Waarom krijg ik een boete? Ik stond er maar even!!"
    assert codes("Wat vervelend, dat snap ik. Volgens de regels mag je daar niet staan, omdat het een laadplek is. "
                 "Groet, Sanne", message, "TL101") == []
    assert codes("Volgens de regels mag je daar niet staan. Wat vervelend. Groet, Sanne", message, "TL101") == ["TL101"]


def test_deflection_first_move_versus_after_an_answer():
    message = "Mijn voorschot is ineens veertig euro hoger. Waarom?"
    assert codes("Stuur ons een DM met je klantnummer. Groet, Sanne", message, "TL202") == ["TL202"]
    assert codes("Dat komt doordat je meer verbruikte dan geschat. Stuur me je klantnummer in een DM, dan reken ik "
                 "het na. Groet, Sanne", message, "TL202") == []


def test_decision_with_the_reason_in_the_next_sentence():
    assert codes("We hebben besloten de speeltuin te sluiten. Dat komt doordat de toestellen zijn afgekeurd. "
                 "Groet, Sanne", None, "TL204") == []
    assert codes("We hebben besloten de speeltuin te sluiten. Groet, Sanne", None, "TL204") == ["TL204"]
