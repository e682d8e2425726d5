"""A generated corpus of realistic Dutch webcare conversations for the speed benchmark.

Replies are assembled from parts a webcare writer would use (greeting, acknowledgement, answer, next
step, sign-off) for several kinds of organisation, in warm and in stiff variants, so that the rules
have real work to do. Seeded: the same corpus every run.
"""

from __future__ import annotations

import random

ORGANISATIONS = {
    "gemeente": {
        "messages": [
            "Waarom is mijn container vandaag weer niet geleegd? Dit is al de derde keer!",
            "Hoe lang duurt het nog voordat de lantaarnpaal bij ons in de straat gemaakt wordt?",
            "Ik wil graag weten waarom de speeltuin aan de Lindelaan dicht is.",
            "Kan ik mijn paspoort ook op zaterdag ophalen?",
            "Wat een mooie nieuwe fietsenstalling bij het station, complimenten!",
            "Er ligt al twee weken grofvuil op de hoek van de Dorpsstraat. Wie ruimt dit op?",
        ],
        "answers": [
            "De vuilniswagen kon je straat vanochtend niet in door een verhuiswagen. Morgen rond tien uur komen we terug.",
            "De aannemer heeft het onderdeel besteld. Hij verwacht het volgende week binnen en komt dan meteen langs.",
            "De toestellen zijn bij de jaarlijkse keuring afgekeurd. Ze zijn niet meer veilig, daarom is de speeltuin dicht tot de nieuwe er staan.",
            "Op zaterdag is het stadhuis dicht, maar op donderdagavond kun je tot acht uur terecht.",
            "Wat leuk om te horen! Ik geef je compliment door aan de collega's die de stalling hebben ontworpen.",
            "Ik heb de buitendienst gevraagd het vandaag nog op te halen.",
        ],
        "stiff": [
            "Uw melding is doorgestuurd naar de betreffende afdeling en wordt zo spoedig mogelijk in behandeling genomen.",
            "De gemeente heeft besloten de inzameling middels een nieuw rooster te organiseren.",
            "In het kader van de veiligheid dient u de container uiterlijk om 7.30 uur aan de straat te zetten.",
            "Wij betreuren het ontstane ongemak en danken u voor uw begrip.",
        ],
    },
    "ov": {
        "messages": [
            "Alweer vertraging op lijn 12! Hoe moet ik zo op tijd op mijn werk komen?",
            "Ik ben vergeten uit te checken. Krijg ik mijn geld terug?",
            "Waarom rijdt de nachtbus niet meer in het weekend?",
            "De chauffeur van lijn 7 was vanochtend super vriendelijk, dank jullie wel!",
            "Hoe vraag ik geld terug bij vertraging?",
        ],
        "answers": [
            "Er was een storing aan een wissel bij het station. Die is nu opgelost, dus de bussen rijden weer volgens de dienstregeling.",
            "Dat kan! Vul in de app het formulier 'vergeten uit te checken' in. Binnen vijf werkdagen staat het geld weer op je kaart.",
            "Er reden gemiddeld maar drie mensen mee. Daarom zetten we de bus nu in op drukke lijnen overdag.",
            "Wat leuk! Ik stuur je bericht door naar de chauffeur, daar wordt hij vast blij van.",
            "Bij meer dan een half uur vertraging krijg je de helft van je ritprijs terug. Dat vraag je aan via de app.",
        ],
        "stiff": [
            "Wij nemen uw feedback zeker mee en streven ernaar de dienstregeling te optimaliseren.",
            "Restitutie vindt uitsluitend plaats indien u tijdig een verzoek indient.",
            "Er wordt gekeken naar een oplossing.",
        ],
    },
    "webshop": {
        "messages": [
            "Mijn pakket zou gisteren komen maar ik heb nog niks. Waar blijft het?",
            "Kan ik mijn vaas nog retourneren? Hij is een beetje te groot.",
            "Waarom moet ik verzendkosten betalen voor een retour?",
        ],
        "answers": [
            "Ik heb even meegekeken: je pakket ligt bij het afhaalpunt om de hoek. Met de code uit je mail kun je het ophalen.",
            "Zeker! Je hebt dertig dagen de tijd. Stop hem goed ingepakt in de doos en plak het label uit je mail erop.",
            "Een retour kost ons ook verzendkosten. Daarom vragen we een klein bedrag, maar bij een kapot product betaal je niets.",
        ],
        "stiff": [
            "Excuses voor het eventuele ongemak. Uw retourzending wordt na ontvangst verwerkt.",
            "Conform onze voorwaarden worden retourkosten in rekening gebracht.",
        ],
    },
    "energie": {
        "messages": [
            "Mijn voorschot is ineens veertig euro hoger. Waarom?",
            "Sinds vanochtend heb ik geen stroom. Wat moet ik doen?",
        ],
        "answers": [
            "Je verbruikte vorig jaar meer dan we hadden geschat. Met het nieuwe bedrag voorkomen we dat je straks moet bijbetalen.",
            "Er is een storing in je wijk. Een monteur is onderweg en verwacht dat je rond drie uur weer stroom hebt.",
        ],
        "stiff": [
            "Het voorschotbedrag is naar aanleiding van de jaarafrekening derhalve aangepast.",
            "Wij verzoeken u vriendelijk contact op te nemen met de storingsdienst.",
        ],
    },
}

GREETINGS_WARM = ["Hoi {name},", "Hé {name},", "Hallo {name},", "Hoi!"]
GREETINGS_STIFF = ["Geachte heer/mevrouw,", "Beste klant,", "Beste {name},"]
ACKNOWLEDGE = [
    "Wat vervelend dat je hierdoor in de problemen komt.",
    "Balen! Ik snap dat je er klaar mee bent.",
    "Dank je wel voor je bericht.",
    "Goeie vraag!",
    "Sorry dat het zo lang duurt.",
]
NEXT_STEPS = [
    "Lukt het niet? Laat het me gerust weten, dan zoeken we samen verder.",
    "Ik hou je op de hoogte.",
    "Heb je nog een vraag? Stel hem hier gerust.",
    "",
]
SIGN_OFFS_WARM = ["Groet, {writer}", "Groetjes, {writer}", "^{initials}", "Fijne dag! ^{initials}"]
SIGN_OFFS_STIFF = ["Met vriendelijke groet,\nDe klantenservice", "Groet, Team Webcare", ""]
NAMES = ["Kim", "Mark", "Fatima", "Jeroen", "Sanne", "Ahmed", "Lotte", "Bram", "Noor", "Daan", "Eva", "Mo"]
WRITERS = [("Sanne", "SV"), ("Eline", "EK"), ("Jeroen", "JB"), ("Anouk", "AD"), ("Mehmet", "MY"), ("Lisa", "LH")]


def conversation(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(list(ORGANISATIONS))
    data = ORGANISATIONS[kind]
    index = rng.randrange(len(data["messages"]))
    message = data["messages"][index]
    answer = data["answers"][index % len(data["answers"])]
    name = rng.choice(NAMES)
    writer, initials = rng.choice(WRITERS)
    stiff = rng.random() < 0.45
    parts = []
    if stiff:
        parts.append(rng.choice(GREETINGS_STIFF).format(name=name))
        parts.append(" ".join(rng.sample(data["stiff"], k=min(len(data["stiff"]), rng.randint(1, 2)))))
        parts.append(answer.replace("je ", "u ").replace("Je ", "U "))
        parts.append(rng.choice(SIGN_OFFS_STIFF))
    else:
        parts.append(rng.choice(GREETINGS_WARM).format(name=name))
        parts.append(rng.choice(ACKNOWLEDGE) + " " + answer)
        parts.append(rng.choice(NEXT_STEPS))
        parts.append(rng.choice(SIGN_OFFS_WARM).format(writer=writer, initials=initials))
    reply = "\n\n".join(part for part in parts if part)
    return message, reply


def generate(count: int = 2000, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [conversation(rng) for _ in range(count)]


def as_txt(message: str, reply: str) -> str:
    quoted = "\n".join("> " + line for line in message.splitlines())
    return f"{quoted}\n\n{reply}\n"
