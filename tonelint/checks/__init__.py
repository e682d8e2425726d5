"""The check kinds: the few Python functions that interpret rule data. A rule names its kind."""

from tonelint.checks.address import AddressCheck
from tonelint.checks.length import SentenceLengthCheck
from tonelint.checks.passive import PassiveCheck
from tonelint.checks.phrases import PhraseCheck
from tonelint.checks.readability import ReadabilityCheck
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
}
