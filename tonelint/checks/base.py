"""What every check kind shares: the Hit it yields and the Context it reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from tonelint.analysis import Analyzer
    from tonelint.config import Persona
    from tonelint.draft import Draft
    from tonelint.packs import Rule


@dataclass(slots=True)
class Hit:
    """A finding as a check sees it: character offsets in the analysed reply, nothing more.

    The engine adds code, name, severity, line and column, and fills the rule's message and
    suggestion templates with `values` (plus `match`, the text found).
    """

    start: int
    end: int
    values: dict = field(default_factory=dict)
    replacement: str | None = None  # replaces reply[start:end] when set
    on_incoming: bool = False  # offsets are in the incoming message, not the reply
    # the code of another rule: this hit stands only when that rule reports on the same draft too
    # ("a referral after sympathy is deflection when a question stays unanswered")
    requires: str | None = None


@dataclass(slots=True)
class Context:
    draft: "Draft"
    options: dict
    persona: "Persona"
    organisation: tuple[str, ...]
    enabled: frozenset[str]  # codes and names of the rules that run on this draft
    incoming: object = None  # the analysed incoming message (a spaCy doc), when the draft has one


class Check:
    """A kind of rule. Subclasses name the data keys they read and interpret them."""

    DATA_KEYS: tuple[str, ...] = ()
    REPORTS_ON_INCOMING = False  # True when findings are about the incoming message, not the reply
    INCOMING_LISTS: tuple[str, ...] = ()  # phrase lists matched on the incoming message
    READS_INCOMING = False  # True when the check uses the incoming message if there is one

    def __init__(self, rule: "Rule", analyzer: "Analyzer"):
        self.rule = rule
        self.analyzer = analyzer

    @classmethod
    def validate(cls, rule: "Rule") -> None:
        """Raise PackError when the rule's data does not fit this kind."""

    def run(self, doc, context: Context) -> Iterator[Hit]:
        raise NotImplementedError


def match_case(replacement: str, original: str) -> str:
    """'met' replacing 'Middels' becomes 'Met'."""
    if original[:1].isupper() and replacement[:1].islower():
        if original.isupper() and len(original) > 1:
            return replacement.upper()
        return replacement[:1].upper() + replacement[1:]
    return replacement
