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


def test_a_referral_after_sympathy_is_deflection_when_the_question_stays_open():
    reply = ("Hoi, balen als het beeld hapert tijdens een wedstrijd, zeker bij een penalty. Wil je via het "
             "contactformulier laten weten welk toestel je gebruikt? Groet, Dewi")
    assert codes(reply, "waarom is de app elke keer traag als er voetbal is??", "TL202") == ["TL202"]
    # the same referral after the answer to the question is fine
    answered = reply.replace("Wil je", "Dat komt doordat iedereen tegelijk kijkt. Wil je")
    assert codes(answered, "waarom is de app elke keer traag als er voetbal is??", "TL202") == []


def test_decision_with_the_reason_in_the_next_sentence():
    assert codes("We hebben besloten de speeltuin te sluiten. Dat komt doordat de toestellen zijn afgekeurd. "
                 "Groet, Sanne", None, "TL204") == []
    assert codes("We hebben besloten de speeltuin te sluiten. Groet, Sanne", None, "TL204") == ["TL204"]


def messages(text, message, *rules):
    report = lint_text(text, overrides=Overrides(select=list(rules), in_reply_to=message))
    assert not report.problems
    return [f.message for f in report.findings]


def test_decision_explained_in_a_plain_next_sentence():
    # no "omdat", but the next sentence is the explanation
    assert codes("We hebben je aanvraag afgewezen. De eik in je tuin is meer dan 80 jaar oud en staat op de lijst "
                 "van monumentale bomen. Groet, Sanne", None, "TL204") == []
    # an alternative, a next step or sympathy after the decision explains nothing
    assert codes("We zijn per 1 april gestopt met achteraf betalen. Je kunt nog wel betalen met iDEAL of in drie "
                 "termijnen. Groet, Okke", None, "TL204") == ["TL204"]
    assert codes("We hebben je bestelling geannuleerd. Je geld staat binnen 2 werkdagen terug op je rekening. "
                 "Groet, Ruud", None, "TL204") == ["TL204"]
    assert codes("Per 1 maart zijn we in Oost op zaterdag dicht. Dat is jammer voor je kinderen. Groet, Mieke",
                 None, "TL204") == ["TL204"]


def test_dodged_question_quotes_the_question_and_names_the_answer_it_expects():
    message = "Mijn container is niet geleegd. Wanneer komen jullie hem legen?"
    assert messages("Wat vervelend dat je container vol blijft staan! Groet, Bas", message, "TL201") == [
        "Vraag niet beantwoord: 'Wanneer komen jullie hem legen?'."]
    assert codes("Wat vervelend! De wagen komt morgen tussen 8 en 12 uur. Groet, Bas", message, "TL201") == []


def test_words_of_sympathy_or_a_referral_do_not_answer_a_question():
    message = "Kan ik mijn parkeervergunning ook online verlengen?"
    # "parkeervergunning" comes back only in the sympathy and in the referral
    assert codes("Balen van dat gedoe met je parkeervergunning! Kijk even op onze website voor je parkeervergunning. "
                 "Groet, Bas", message, "TL201") == ["TL201"]
    assert codes("Ja, dat kan: log in op Mijn Gemeente en kies 'Vergunning verlengen'. Groet, Bas", message,
                 "TL201") == []


def test_a_question_is_answered_in_its_own_terms():
    # an amount needs an amount: "vijf werkdagen" is not a price
    assert codes("Een bewonersvergunning vraag je aan via Mijn Gemeente. Je hebt hem binnen vijf werkdagen. "
                 "Groet, Ilse", "Wat kost een parkeervergunning voor bewoners?", "TL201") == ["TL201"]
    assert codes("Een bewonersvergunning kost 62 euro per jaar. Groet, Ilse",
                 "Wat kost een parkeervergunning voor bewoners?", "TL201") == []
    # "hoe lang duurt het?" is answered by when it ends
    assert codes("Vervelend zo zonder stroom. De monteur is bezig; vanavond om acht uur heb je weer stroom. "
                 "Groet, Floor", "Stroomstoring in de wijk, hoe lang gaat het duren?", "TL201") == []
    # a reason without "omdat": the cause itself
    assert codes("Klopt, sinds januari betaal je 18,40 euro. Stroom en personeel zijn flink duurder geworden. "
                 "Groet, Vera", "Waarom is het kaartje Amsterdam-Rotterdam weer duurder geworden?", "TL201") == []
    # a yes/no question put as "mag ik zelf …?" is answered by a clear yes
    assert codes("Dat mag zeker! Vraag wel eerst toestemming aan via het formulier. Groet, Karin",
                 "Mag ik zelf een nieuwe keuken laten plaatsen in mijn huurhuis?", "TL201") == []


def test_a_short_question_is_read_with_the_sentence_before_it():
    message = "Mijn boeken waren te laat, maar de inleverbus was 2 dagen dicht! Kan die boete eraf?"
    assert codes("Terecht punt! Ik heb de boete net uit je account gehaald. Groet, Bregje", message, "TL201") == []
    assert codes("Wat vervelend! Groet, Bregje", message, "TL201") == ["TL201"]


def test_outcries_and_pleas_are_not_questions_to_answer():
    reply = "Wat een schrik vlak voor het concert! Log even opnieuw in, dan staat je kaart er weer. Groet, Jelle"
    # after an emoji a new thought begins: "help??" is a plea, not a yes/no question about the concert
    assert codes(reply, "mijn e-ticket is weg uit de app. concert begint om 8 uur 😰 help??", "TL201") == []
    assert codes(reply, "mijn e-ticket is weg uit de app. begint het concert om 8 uur??", "TL201") == ["TL201"]
    # "?!" is indignation; a question word still asks for an answer
    assert codes("Vervelend, zo'n hoge rekening! Groet, Noor", "Moet ik nu 430 euro bijbetalen?!", "TL201") == []
    assert codes("Vervelend, zo'n hoge rekening! Groet, Noor", "Waarom moet ik nu 430 euro bijbetalen?!",
                 "TL201") == ["TL201"]


def test_a_statement_with_double_question_marks_is_an_outcry():
    reply = "Balen dat je voor niets bij de poort stond. Ik bel je vanmiddag over een nieuwe dienst. Groet, Kim"
    assert codes(reply, "ik sta om 6 uur bij de poort en er is geen werk?? niemand heeft gebeld", "TL201") == []
    # with the verb first it is a question, even after "nu"
    assert codes(reply, "Mijn fiets is gestolen. Nu moet ik 300 euro betalen??", "TL201") == ["TL201"]


def test_a_question_without_a_question_mark():
    message = "ben mn pasje voor het magazijn kwijt 😬 hoe kom ik morgen binnen dan"
    assert codes("Hoi! Het nummer van je vestiging vind je op onze website. Groet, Nina", message, "TL201") == ["TL201"]
    assert codes("Hoi! Meld je morgen bij de portier, dan kom je met een dagpas binnen. Groet, Nina", message,
                 "TL201") == []
    # a sneer is no question
    assert codes("Balen! Vanaf morgen werkt de app weer. Groet, Wim",
                 "de app doet het al een week niet 🤬 wie heeft dat ding gebouwd", "TL201") == []


def test_a_refusal_or_a_time_of_day_is_an_answer():
    assert codes("Leuk dat je aan ons denkt! Dit jaar nemen we geen stagiairs aan bij de sportredactie. Groet, Eva",
                 "kan ik bij jullie een stage lopen bij de sportredactie?", "TL201") == []
    assert codes("Dank je voor je melding. Ons veegteam ruimt de plek bij de glasbak morgenochtend op. Groet, Peter",
                 "Al weken ligt er glas rond de glasbak. Wanneer wordt dit eindelijk opgeruimd?", "TL201") == []


def test_a_clear_no_or_yes_counts_in_a_sentence_that_also_refers():
    message = "Kan ik mijn bankzaken ook nog aan de balie regelen?"
    assert codes("Ja, dat kan: op afspraak kun je terecht in ons kantoor aan de Markt. Groet, Wendy", message,
                 "TL201") == []
    assert codes("Hiervoor kun je op afspraak terecht in ons kantoor aan de Markt. Groet, Wendy", message,
                 "TL201") == ["TL201"]
    # repeating the question's words in a referral is no yes or no
    assert codes("Hoi! Voor het pauzeren van je abonnement kun je het best even bellen met onze klantenservice. "
                 "Groet, Yara", "kan ik mijn abonnement pauzeren als ik 2 maanden in het buitenland zit?",
                 "TL201") == ["TL201"]
    # a decision that stays as it is, is a no
    assert codes("Ik begrijp je baalt. De boete blijft staan, omdat de container te vroeg buiten stond. Groet, Bas",
                 "Kan die boete van 90 euro niet kwijtgescholden worden?", "TL201") == []


def test_a_second_short_question_is_about_its_own_word():
    message = "hoe laat gaat de bieb in het centrum open op zondag? en kan ik daar ook printen?"
    assert messages("Hoi! Op zondag zijn we open van 12.00 tot 17.00 uur. Groet, Wim", message, "TL201") == [
        "Vraag niet beantwoord: 'en kan ik daar ook printen?'."]
    assert codes("Hoi! Op zondag zijn we open van 12.00 tot 17.00 uur, en printen kan bij de balie. Groet, Wim",
                 message, "TL201") == []


def test_what_sympathy_repeats_answers_nothing():
    message = "krijg ik compensatie voor mijn geannuleerde vlucht naar Kreta?"
    # the flight comes back only in "vervelend dat je vlucht …", the compensation only in a hedge
    assert codes("Hoi, vervelend dat je vlucht naar Kreta niet doorging. Of je recht hebt op compensatie hangt "
                 "van verschillende factoren af. Groet, Kevin", message, "TL201") == ["TL201"]
    assert codes("Hoi, vervelend dat je vlucht niet doorging. Ja, je krijgt 400 euro compensatie. Groet, Kevin",
                 message, "TL201") == []


def test_what_will_you_do_is_answered_by_what_will_be_done():
    message = "Dit is de derde keer dat mijn pakket terug gaat. Ik wil weten wat jullie hieraan gaan doen."
    assert codes("Wat een gedoe, drie keer! Ik laat de bezorging op je adres onderzoeken en bel je vrijdag. "
                 "Groet, Dennis", message, "TL201") == []
    assert codes("Wat een gedoe, drie keer! We gaan kijken wat we kunnen doen. Groet, Dennis", message,
                 "TL201") == ["TL201"]


def test_two_questions_in_one_sentence_are_answered_one_by_one():
    message = "Er is 95 euro extra afgeschreven. Waarom is dat en wanneer krijg ik het terug?"
    assert messages("Schrikken! Dat is de borg voor de minibar, omdat die open was. Groet, Rob", message,
                    "TL201") == ["Vraag niet beantwoord: 'en wanneer krijg ik het terug?'."]
    assert codes("Schrikken! Dat is de borg voor de minibar, omdat die open was. Vrijdag staat hij weer op je "
                 "kaart. Groet, Rob", message, "TL201") == []
    # "… of …?" is one question with two possible answers
    assert codes("Je hoeft niets te doen: je krijgt vanzelf een brief. Groet, Tygo",
                 "moet ik zelf iets doen om mijn meter te laten vervangen of krijg ik een brief?", "TL201") == []


def test_rhetorical_questions_and_word_forms():
    assert codes("Vervelend, koude koffie! Ik geef het door aan het café. Groet, Bert",
                 "Koude koffie en een oud broodje. Is dit de service die ik mag verwachten?", "TL201") == []
    # "vergoeden" and "vergoeding" are one word for the question
    assert codes("Balen! De vergoeding loopt via de verkoper: vraag hem aan bij bol. Groet, Pim",
                 "pakket kwam half leeg aan. wie gaat dit vergoeden??", "TL201") == []


def test_a_message_with_threats_gets_a_line_not_answers_or_acknowledgement():
    message = "Die medewerker deed zo kut tegen me. Wanneer werkt hij weer? Ik steek hem neer."
    reply = "Dreigen met geweld accepteren we niet; we hebben je bericht gemeld. Groet, Tineke"
    assert codes(reply, message, "TL102", "TL201", "TL504") == ["TL504"]
    # the same complaint without the threat does ask for both
    assert codes(reply, "Die medewerker deed zo kut tegen me. Wanneer werkt hij weer??", "TL102", "TL201") == [
        "TL102", "TL201"]


def test_third_person_self_from_a_team_sign_off():
    reply = "Geachte klant, Energie Noord dankt u voor uw bericht. Met vriendelijke groet, Klantcontact Energie Noord"
    report = lint_text(reply, overrides=Overrides(select=["TL301"]))
    assert [(f.code, f.message) for f in report.findings] == [
        ("TL301", "De organisatie praat over zichzelf in de derde persoon: 'Energie Noord'.")]
    # signed by a person: another organisation named in the reply is not the writer
    assert lint_text("Energie Noord heeft de storing gemeld. Groet, Jan",
                     overrides=Overrides(select=["TL301"])).findings == []


def test_third_person_self_from_the_account_the_message_was_addressed_to():
    message = "@MaasduinZiekenhuis waarom moet ik ineens 20 euro parkeergeld betalen?"
    reply = "Wat vervelend, zeker naast de behandelingen. Het Maasduin Ziekenhuis heeft de tarieven verhoogd. Groet, Anne"
    report = lint_text(reply, overrides=Overrides(select=["TL301"], in_reply_to=message))
    assert [(f.code, f.message, f.line, f.column) for f in report.findings] == [
        ("TL301", "De organisatie praat over zichzelf in de derde persoon: 'Het Maasduin Ziekenhuis'.", 1, 46)]
    # "@GVB_Amsterdam": the organisation is the first part of the account
    assert codes("Hoi, GVB rijdt vanaf morgen weer over de Leidsestraat. Groet, Jan",
                 "hoi @GVB_Amsterdam waarom rijdt tram 2 niet?", "TL301") == ["TL301"]
    # the name of an account that was not addressed is another organisation
    assert codes(reply, "@Stadsbus waarom moet ik ineens 20 euro parkeergeld betalen bij het ziekenhuis?",
                 "TL301") == []


def test_third_person_self_with_a_team_sign_off_keeps_the_general_names():
    report = lint_text("Vervelend! De gemeente zorgt ervoor dat uw container donderdag wordt geleegd. Team Afval",
                       overrides=Overrides(select=["TL301"]))
    assert [(f.code, f.column) for f in report.findings] == [("TL301", 12)]
    # a command names the organisation as the one to call, not as the writer
    assert lint_text("Bel de klantenservice op 088 200 3000. Team Social", overrides=Overrides(select=["TL301"])).findings == []


def test_third_person_self_when_a_reply_without_we_names_who_decides():
    report = lint_text("Hoi! Goeie vraag. Salon Bella heeft besloten dat je bij elke online boeking 10 euro "
                       "aanbetaalt. Groet, Jolien", overrides=Overrides(select=["TL301"]))
    assert [(f.code, f.message) for f in report.findings] == [
        ("TL301", "De organisatie praat over zichzelf in de derde persoon: 'Salon Bella'.")]
    # with "we" in the reply, a named organisation is someone else
    assert lint_text("Hoi! ProRail heeft besloten het spoor af te sluiten; wij zetten bussen in. Groet, Jolien",
                     overrides=Overrides(select=["TL301"])).findings == []
