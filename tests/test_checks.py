"""The check kinds on many real phrasings, beyond each rule's own examples."""

import pytest

from tonelint.api import lint_text
from tonelint.config import Config
from tonelint.engine import Overrides


def spans(text, rule, **config):
    report = lint_text(text, config=Config(**config), overrides=Overrides(select=[rule]))
    assert not report.problems
    return [text[f.offset:f.offset + f.length] for f in report.findings]


def fixed(text, rule, **config):
    report = lint_text(text, config=Config(**config), overrides=Overrides(select=[rule]))
    for finding in sorted(report.findings, key=lambda f: -f.offset):
        text = text[:finding.offset] + finding.fix.replacement + text[finding.offset + finding.length:]
    return text


@pytest.mark.parametrize("text, expected", [
    ("Uw aanvraag wordt binnen twee weken behandeld.", ["wordt binnen twee weken behandeld"]),
    ("Je pakket is gisteren bezorgd.", ["is gisteren bezorgd"]),
    ("De storing is inmiddels verholpen.", ["is inmiddels verholpen"]),
    ("Er wordt hard gewerkt aan een oplossing.", ["wordt hard gewerkt"]),
    ("Het formulier moet worden ingevuld.", ["worden ingevuld"]),
    ("Zodra het pakket verstuurd is, krijg je een mail.", ["verstuurd is"]),
    ("We weten nog niet welke toestellen vervangen moeten worden.", ["vervangen moeten worden"]),
    ("Je aanvraag is goedgekeurd.", ["is goedgekeurd"]),
    ("Je wordt zo snel mogelijk teruggebeld.", ["wordt zo snel mogelijk teruggebeld"]),
    ("Uw klacht is in behandeling genomen.", ["is in behandeling genomen"]),
    # not passive: zijn + adjective, zijn-verbs, states, a named actor, active voice
    ("We zijn blij met je bericht.", []),
    ("We zijn gisteren verhuisd.", []),
    ("De bus is te laat vertrokken.", []),
    ("Er is iets misgegaan.", []),
    ("Ik ben erg bezorgd.", []),
    ("Ik ben het vergeten.", []),
    ("Je melding is door de wijkagent opgepakt.", []),
    ("Het besluit werd genomen door de gemeenteraad.", []),
    ("Ik heb het aangepast.", []),
    ("Deze regel is bedoeld voor bewoners.", []),
    ("De trein is uitgevallen door een storing.", []),
])
def test_passive_voice_phrasings(text, expected):
    assert spans(text, "passive-voice") == expected


@pytest.mark.parametrize("text, expected", [
    ("De gemeente heeft besloten de weg af te sluiten.", ["De gemeente"]),
    ("Helaas kan de gemeente daar niets aan doen.", ["de gemeente"]),
    ("De gemeente Utrecht neemt dit mee in de planning.", ["De gemeente Utrecht"]),
    ("Het bedrijf betreurt de gang van zaken.", ["Het bedrijf"]),
    ("Daarom heeft het college besloten om te stoppen.", ["het college"]),
    ("Omdat de klantenservice het druk heeft, duurt het langer.", ["de klantenservice"]),
    ("Ik heb het nagevraagd en de organisatie wil je graag helpen.", ["de organisatie"]),
    ("Volgens de gemeente is het veilig.", []),
    ("Je kunt de gemeente bellen.", []),
    ("Dan kun je de klantenservice bellen.", []),
    ("We hebben het gevraagd aan de klantenservice van PostNL.", []),
    ("Wij als gemeente vinden dit ook vervelend.", []),
])
def test_third_person_phrasings(text, expected):
    assert spans(text, "third-person-self") == expected


def test_third_person_with_configured_names():
    assert spans("De NS betreurt de vertraging.", "third-person-self", organisation=("NS",)) == ["De NS"]
    assert spans("De gemeente moet de borden plaatsen.", "third-person-self", organisation=("NS",)) == []


@pytest.mark.parametrize("text, expected", [
    ("Kunt u ons uw postcode sturen?", "Kun je ons je postcode sturen?"),
    ("U kunt het formulier online invullen.", "Je kunt het formulier online invullen."),
    ("Heeft u al een account?", "Heb je al een account?"),
    ("U heeft recht op een vergoeding.", "Je hebt recht op een vergoeding."),
    ("Wilt u ons een DM sturen?", "Wil je ons een DM sturen?"),
    ("Als u wilt, bellen we u terug.", "Als je wilt, bellen we je terug."),
])
def test_formal_address_fixes_to_informal(text, expected):
    assert fixed(text, "formal-address") == expected


@pytest.mark.parametrize("text, expected", [
    ("Kun je ons je postcode sturen?", "Kunt u ons uw postcode sturen?"),
    ("Heb je al een account?", "Heeft u al een account?"),
    ("Je hebt recht op een vergoeding.", "U heeft recht op een vergoeding."),
    ("Als je wilt, bellen we je terug.", "Als u wilt, bellen we u terug."),
    ("Hoe gaat het met jouw aanvraag?", "Hoe gaat het met uw aanvraag?"),
    ("Dat snap ik, je bent vast teleurgesteld.", "Dat snap ik, u bent vast teleurgesteld."),
])
def test_formal_address_fixes_to_formal(text, expected):
    assert fixed(text, "formal-address", persona="formal") == expected


@pytest.mark.parametrize("text, signed", [
    ("Wat vervelend! Ik zoek het uit. Groet, Sanne", True),
    ("Wat vervelend! Ik zoek het uit. ^SV", True),
    ("Wat vervelend! Ik zoek het uit. -Sanne", True),
    ("Wat vervelend! Ik zoek het uit. Gr. Jan-Willem", True),
    ("Wat vervelend! Ik zoek het uit. Mvg, Anouk de Vries", True),
    ("Wat vervelend! Ik zoek het uit. Groet, Ömer", True),
    ("Wat vervelend! Ik zoek het uit. Groeten van Sanne", True),
    ("Wat vervelend! Ik zoek het uit.\n\nGroet,\nJeroen van Woonstichting De Linde\n", True),
    ("Wat vervelend! Ik zoek het uit.", False),
    ("Wat vervelend! Ik zoek het uit.\n", False),
    ("Wat vervelend! Ik zoek het uit. Groet, Webcare", False),
    ("Wat vervelend! Ik zoek het uit. Liefs, Team Bieb", False),
    ("Wat vervelend! Ik zoek het uit.\n\nMet vriendelijke groet,\nDe klantenservice\n", False),
])
def test_signature_forms(text, signed):
    assert (spans(text, "missing-signature") == []) is signed


def test_signature_is_reported_on_the_last_sentence():
    assert spans("Wat vervelend!\nWe zoeken het uit.\n", "missing-signature") == ["We zoeken het uit."]


@pytest.mark.parametrize("text, expected", [
    ("Wij trachten het morgen te regelen.", ["trachten"]),
    ("Hij tracht het morgen te regelen.", ["tracht"]),
    ("We hebben getracht het te regelen.", ["getracht"]),
    ("Dat doen we ten behoeve van de veiligheid.", ["ten behoeve van"]),
    ("Dat doen we ten\nbehoeve van de veiligheid.", ["ten\nbehoeve van"]),
    ("U dient het formulier te retourneren.", ["dient het formulier te"]),  # retourneren: strict only
    ("Ik stuur het je vandaag nog.", []),
])
def test_stiff_words_match_inflections(text, expected):
    assert spans(text, "stiff-word") == expected


def test_stiff_word_fix_only_for_the_written_form():
    strict = Config(rules={"stiff-word": {"strict": True}})
    report = lint_text("Middels de app en we hebben het gewijzigd.", config=strict, overrides=Overrides(select=["stiff-word"]))
    fixes = {f.message: f.fix.replacement if f.fix else None for f in report.findings}
    assert fixes == {"Ambtelijk: 'Middels'.": "Met", "Ambtelijk: 'gewijzigd'.": None}


def test_corporate_phrases_cover_variants():
    for text in ("Wij betreuren het ontstane ongemak.", "We betreurden het ongemak.", "Wij betreuren het ongemak."):
        assert len(spans(text, "corporate-phrase")) == 1, text
    assert spans("Sorry dat je zo lang moest wachten! Ik zoek het uit.", "corporate-phrase") == []


def test_stiff_word_inside_a_corporate_formula_is_reported_once():
    report = lint_text("Uw melding is doorgezet naar de betreffende afdeling.",
                       overrides=Overrides(select=["stiff-word", "corporate-phrase"]))
    assert [f.code for f in report.findings] == ["TL303"]


def test_long_sentence_counts_words_not_punctuation():
    text = "Een, twee, drie, vier, vijf, zes, zeven, acht, negen, tien en elf."
    config = {"rules": {"long-sentence": {"max-words": 10}}}
    report = lint_text(text, config=Config(**config), overrides=Overrides(select=["long-sentence"]))
    assert [f.message for f in report.findings] == ["Zin van 12 woorden (meer dan 10)."]


def test_readability_reports_once_with_the_score():
    text = ("Naar aanleiding van uw verzoek tot heroverweging van de parkeervergunningaanvraag delen wij u mede dat "
            "de beoordelingsprocedure momenteel nog niet volledig is afgerond, aangezien aanvullende documentatie "
            "noodzakelijk is voor de definitieve besluitvorming. Wij verwachten binnenkort uitsluitsel.")
    report = lint_text(text, overrides=Overrides(select=["readability"]))
    assert len(report.findings) == 1
    assert report.findings[0].message.startswith("Moeilijk leesbaar: Flesch-Douma-score ")
    assert report.findings[0].offset == 0


def test_a_sentence_ending_in_u_is_a_sentence():
    text = ("Wij hebben het formulier vandaag verstuurd naar uw adres voor u. "
            "Het zou morgen bij u in de brievenbus moeten liggen, anders hoort u het van ons.")
    config = {"rules": {"long-sentence": {"max-words": 15}}}
    report = lint_text(text, config=Config(**config), overrides=Overrides(select=["long-sentence"]))
    assert [f.message for f in report.findings] == ["Zin van 16 woorden (meer dan 15)."]


def test_geachte_is_stiff_for_a_warm_voice_and_fitting_for_a_formal_one():
    text = "Geachte mevrouw De Vries, uw pas ligt klaar. Met vriendelijke groet, Sanne"
    warm = lint_text(text, overrides=Overrides(select=["TL303", "TL403"]))
    formal = lint_text(text, config=Config(persona="formal"), overrides=Overrides(select=["TL303", "TL403"]))
    assert [f.code for f in warm.findings] == ["TL303"]
    assert formal.findings == []


def test_strict_words_count_only_in_strict_mode():
    text = "Momenteel is het druk. ^EK"
    assert spans(text, "stiff-word") == []
    assert spans(text, "stiff-word", rules={"stiff-word": {"strict": True}}) == ["Momenteel"]


@pytest.mark.parametrize("pattern, message", [
    ("ging … … mis", "two gaps in a row in pattern 'ging … … mis': one '…' already covers up to 4 words"),
    ("… mis", "pattern '… mis' may not start or end with a gap"),
    ("(niet)", "pattern '(niet)' has no required word"),
])
def test_pattern_mistakes_are_named(pattern, message):
    from tonelint.patterns import PatternError, parse

    with pytest.raises(PatternError) as error:
        parse(pattern, {})
    assert str(error.value) == message
