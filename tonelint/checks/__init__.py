"""The check kinds: the few Python functions that interpret rule data. A rule names its kind."""

from tonelint.checks.abuse import AbuseCheck
from tonelint.checks.acknowledgement import AcknowledgementCheck
from tonelint.checks.address import AddressCheck
from tonelint.checks.deflection import DeflectionCheck
from tonelint.checks.gratitude import GratitudeCheck
from tonelint.checks.length import SentenceLengthCheck
from tonelint.checks.passive import PassiveCheck
from tonelint.checks.ordering import OrderingCheck
from tonelint.checks.phrases import PhraseCheck
from tonelint.checks.questions import QuestionCheck
from tonelint.checks.readability import ReadabilityCheck
from tonelint.checks.reasoned import ReasonedCheck
from tonelint.checks.shouting import ShoutingCheck
from tonelint.checks.signature import SignatureCheck
from tonelint.checks.third_person import ThirdPersonCheck

CHECK_KINDS = {
    "phrases": PhraseCheck,
    "third-person": ThirdPersonCheck,
    "passive": PassiveCheck,
    "signature": SignatureCheck,
    "address": AddressCheck,
    "sentence-length": SentenceLengthCheck,
    "readability": ReadabilityCheck,
    "ordering": OrderingCheck,
    "acknowledgement": AcknowledgementCheck,
    "questions": QuestionCheck,
    "deflection": DeflectionCheck,
    "reasoned": ReasonedCheck,
    "gratitude": GratitudeCheck,
    "shouting": ShoutingCheck,
    "abuse": AbuseCheck,
}
