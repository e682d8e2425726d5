"""Configuration: discovery, keys, rule options, personas, team packs, trained pipelines."""

import json
import textwrap

import pytest
from click.testing import CliRunner

from tonelint.cli import main

DRAFT = "Hoi Kim, uw melding is doorgestuurd. Wij verzoeken u middels het formulier te reageren. ^EK\n"


def check(tmp_path, *args):
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    data = json.loads(result.output) if result.output.startswith("{") else None
    return result, data


def codes(data):
    return sorted({f["code"] for f in data["findings"]})


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts" / "deep").mkdir(parents=True)
    (tmp_path / "drafts" / "deep" / "d.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def write(path, text):
    path.write_text(textwrap.dedent(text), encoding="utf-8")


def test_pyproject_found_by_walking_up(project):
    write(project / "pyproject.toml", """
        [project]
        name = "webcare-teksten"
        [tool.tonelint]
        select = ["TL4"]
        ignore = ["formal-address"]
    """)
    result, data = check(project, "drafts")
    assert codes(data) == ["TL403"]


def test_dot_tonelint_toml_wins_over_pyproject_in_same_folder(project):
    write(project / "pyproject.toml", '[tool.tonelint]\nselect = ["TL4"]\n')
    write(project / ".tonelint.toml", 'select = ["TL302"]\n')
    _, data = check(project, "drafts")
    assert codes(data) == ["TL302"]


def test_nearest_config_wins(project):
    write(project / "tonelint.toml", 'select = ["TL302"]\n')
    write(project / "drafts" / "tonelint.toml", 'select = ["TL403"]\n')
    _, data = check(project, "drafts")
    assert codes(data) == ["TL403"]


def test_config_option_overrides_discovery(project):
    write(project / "drafts" / "tonelint.toml", 'select = ["TL403"]\n')
    write(project / "other.toml", 'select = ["TL401"]\n')
    _, data = check(project, "drafts", "--config", "other.toml")
    assert codes(data) == ["TL401"]


@pytest.mark.parametrize("toml, message", [
    ('lanuage = "nl"\n', "unknown key 'lanuage' (did you mean 'language'?)"),
    ('per_file_ignores = {}\n', "unknown key 'per_file_ignores' (did you mean 'per-file-ignores'?)"),
    ('select = ["TL9"]\n', "unknown rule 'TL9'"),
    ('ignore = ["stiff-wrd"]\n', "unknown rule 'stiff-wrd' (did you mean 'stiff-word'?)"),
    ('[rules.long-sentence]\nmax-wrods = 30\n', "unknown option 'max-wrods' for rule 'long-sentence' (did you mean 'max-words'?)"),
    ('[rules.long-sentence]\nmax-words = "dertig"\n', "option 'max-words' of rule 'long-sentence' must be int, not str ('dertig')"),
    ('[rules.TL404]\nseverity = "fatal"\n', "severity must be one of error, warning, info, not 'fatal'"),
    ('[rules.long-sentense]\nmax-words = 30\n', "unknown rule 'long-sentense' (did you mean 'long-sentence'?)"),
    ('persona = "formeel"\n', "unknown persona 'formeel' (did you mean 'formal'?)"),
    ('[personas.buurvrouw]\nregister = "informeel"\n', "register must be one of informal, formal, any, not 'informeel' (did you mean 'informal'?)"),
    ('fail-on = "warn"\n', "must be one of error, warning, info (did you mean 'warning'?)"),
    ('select = "TL3"\n', "'select': expected a list of rule codes, prefixes or names"),
    ('language = "nl\n', "invalid TOML"),
    ('rule-packs = ["nowhere"]\n', "folder"),
])
def test_config_mistakes_are_errors_with_hints(project, toml, message):
    write(project / "tonelint.toml", toml)
    result = CliRunner().invoke(main, ["check", "drafts"])
    assert result.exit_code == 2
    assert message in result.output
    assert "tonelint.toml" in result.output and "Traceback" not in result.output


def test_rule_options_and_severity(project):
    write(project / "tonelint.toml", """
        select = ["long-sentence"]
        [rules.long-sentence]
        max-words = 5
        severity = "error"
    """)
    _, data = check(project, "drafts")
    finding = data["findings"][0]
    assert finding["code"] == "TL404" and finding["severity"] == "error"
    assert finding["message"].endswith("(meer dan 5).")


def test_custom_persona_and_organisation(project):
    write(project / "tonelint.toml", """
        persona = "loket"
        organisation = ["Stadsbus"]
        select = ["TL301", "TL401", "TL304"]
        [personas.loket]
        register = "formal"
        signature = "optional"
        description = "De balie van het stadhuis"
    """)
    (project / "drafts" / "deep" / "d.txt").write_text("Stadsbus heeft je bericht gelezen.\n", encoding="utf-8")
    _, data = check(project, "drafts")
    assert [(f["code"], f["message"]) for f in data["findings"]] == [
        ("TL301", "De organisatie praat over zichzelf in de derde persoon: 'Stadsbus'."),
        ("TL401", "Aanspreekvorm 'je' past niet bij je persona 'loket', die 'u' zegt."),
    ]


def test_persona_extends_builtin_with_options(project):
    write(project / "tonelint.toml", """
        persona = "kort"
        select = ["long-sentence"]
        [personas.kort]
        extends = "warm"
        options = { long-sentence = { max-words = 4 } }
    """)
    _, data = check(project, "drafts")
    assert codes(data) == ["TL404"]


def test_per_file_ignores_and_exclude(project):
    (project / "drafts" / "archief").mkdir()
    (project / "drafts" / "archief" / "oud.txt").write_text(DRAFT, encoding="utf-8")
    (project / "drafts" / "standaard.md").write_text(DRAFT, encoding="utf-8")
    write(project / "tonelint.toml", """
        select = ["TL302", "TL403"]
        extend-exclude = ["archief"]
        [per-file-ignores]
        "*.md" = ["stiff-word"]
    """)
    _, data = check(project, "drafts")
    by_path = {}
    for finding in data["findings"]:
        by_path.setdefault(finding["path"], set()).add(finding["code"])
    assert by_path == {"drafts/deep/d.txt": {"TL302", "TL403"}, "drafts/standaard.md": {"TL302"}}


def test_team_pack_extends_a_rule_and_adds_one(project):
    pack = project / "huisstijl" / "nl"
    pack.mkdir(parents=True)
    write(pack / "extra-woorden.yaml", """
        extend: stiff-word
        entries:
          - phrase: formulier
            use: lijstje
    """)
    write(pack / "GEM101-dossier.yaml", """
        code: GEM101
        name: internal-jargon
        family: TL4
        kind: phrases
        severity: info
        message: "Intern woord: '{match}'."
        suggestion: "Schrijf '{use}'."
        docs:
          what: Woorden die alleen collega's kennen.
          why: De lezer kent ons jargon niet.
          bad: Uw dossier is compleet.
          better: We hebben alles wat we nodig hebben.
        examples:
          bad: ["Je [[dossier]] is compleet."]
          good: ["We hebben alles."]
        entries:
          - phrase: dossier
            use: aanvraag
    """)
    write(project / "tonelint.toml", 'rule-packs = ["huisstijl"]\nselect = ["stiff-word", "GEM"]\n')
    (project / "drafts" / "deep" / "d.txt").write_text("Stuur het formulier mee met je dossier. ^EK\n", encoding="utf-8")
    _, data = check(project, "drafts")
    assert [(f["code"], f["message"]) for f in data["findings"]] == [
        ("TL403", "Ambtelijk: 'formulier'."),
        ("GEM101", "Intern woord: 'dossier'."),
    ]
    listing = CliRunner().invoke(main, ["rules", "--config", "tonelint.toml"])
    assert "GEM101  internal-jargon" in listing.output


@pytest.mark.parametrize("text, message", [
    ("extend: stiff-wrd\nentries: [{phrase: formulier}]\n", "(did you mean 'stiff-word'?)"),
    ("extend: stiff-word\nentries: [{phrase: formulier, use: lijstje, use: papier}]\n",
     "error: invalid YAML: line 2, column 45: the key 'use' appears twice"),
])
def test_team_pack_mistake_names_the_file(project, text, message):
    pack = project / "huisstijl" / "nl"
    pack.mkdir(parents=True)
    write(pack / "x.yaml", text)
    write(project / "tonelint.toml", 'rule-packs = ["huisstijl"]\n')
    result = CliRunner().invoke(main, ["check", "drafts"])
    assert result.exit_code == 2
    assert "x.yaml" in result.output and message in result.output


@pytest.mark.parametrize("builtin, replace, message", [
    # "zeker !|,|.|: nee" without quotes is a YAML mapping, not a phrase
    ("TL201-dodged-question.yaml", ('answers: "@questions:answers"', "answers:\n  yes-no:\n    - ja\n    - zeker !|,|.|:  nee\n"),
     "answers.yes-no entry 2 needs a 'phrase'"),
    ("TL202-deflection.yaml", ("unless-answered: dodged-question", "unless-answered: dodged-questoin"),
     "unless-answered names no rule 'dodged-questoin' (did you mean 'dodged-question'?)"),
])
def test_team_rule_copied_from_a_builtin_with_a_mistake_names_it(project, builtin, replace, message):
    from tonelint.packs import builtin_rules_dir

    text = (builtin_rules_dir() / "nl" / builtin).read_text(encoding="utf-8")
    code, name = builtin.split("-", 1)
    text = text.replace(f"code: {code}", "code: GEM901").replace(f"name: {name[:-5]}", "name: own-rule")
    text = text.replace(*replace)
    pack = project / "huisstijl" / "nl"
    pack.mkdir(parents=True)
    (pack / "GEM901-own.yaml").write_text(text, encoding="utf-8")
    write(project / "tonelint.toml", 'rule-packs = ["huisstijl"]\n')
    result = CliRunner().invoke(main, ["check", "drafts"])
    assert result.exit_code == 2
    assert f"GEM901-own.yaml: error: {message}" in result.output


def test_missing_trained_pipeline_is_a_clear_error(project):
    write(project / "tonelint.toml", 'model = "nl_core_news_sm"\n')
    result = CliRunner().invoke(main, ["check", "drafts"])
    assert result.exit_code == 2
    assert "model 'nl_core_news_sm' is configured for language 'nl' but cannot be loaded" in result.output


def test_trained_pipeline_from_a_path_is_used(project):
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(project / "mijn_model")
    write(project / "tonelint.toml", 'model = "mijn_model"\nselect = ["TL302", "TL403"]\n')
    _, data = check(project, "drafts")
    assert codes(data) == ["TL302", "TL403"]
