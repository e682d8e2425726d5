"""A list of phrase patterns from a rule's data, matched on a doc: the building block of every check
that looks for words (phrases, empathy, policy, questions, …)."""

from __future__ import annotations

from tonelint.checks.base import Check
from tonelint.config import VOICES
from tonelint.matching import PatternSet
from tonelint.packs import PackError
from tonelint.patterns import PatternError, compile_pattern, parse

ENTRY_KEYS = {"phrase", "use", "note", "register", "strict", "answer"}



def entries_of(value) -> list[dict]:
    # YAML reads a bare word such as "no" or "on" as a boolean; a word list means the word
    return [entry if isinstance(entry, dict) else {"phrase": str(entry)} for entry in value or []]


def validate_entries(rule, key: str, required: bool = True) -> None:
    """The list under `key` is a list of phrase entries with valid patterns."""
    value = rule.data.get(key)
    if value is None and not required:
        return
    if not isinstance(value, list) or not value:
        raise PackError(f"{rule.source}: kind '{rule.kind}' needs a non-empty list '{key}'")
    validate_entry_list(rule, key, value)


def validate_entry_list(rule, key: str, value: list) -> None:
    """Each entry of a phrase list has a phrase with a valid pattern and only known keys."""
    seen = set()
    for number, entry in enumerate(value, 1):
        if isinstance(entry, str):
            entry = {"phrase": entry}
        if not isinstance(entry, dict) or "phrase" not in entry:
            raise PackError(f"{rule.source}: {key} entry {number} needs a 'phrase'")
        unknown = set(entry) - ENTRY_KEYS
        if unknown:
            raise PackError(f"{rule.source}: {key} entry {number} ('{entry['phrase']}') has unknown key(s) {sorted(unknown)}")
        phrase = str(entry["phrase"]).strip()
        if entry.get("register", "informal") not in VOICES:
            raise PackError(f"{rule.source}: {key} entry {number} ('{phrase}'): register must be informal or formal")
        if phrase.lower() in seen:
            raise PackError(f"{rule.source}: {key} entry {number}: phrase '{phrase}' is listed twice")
        seen.add(phrase.lower())
        try:
            parse(phrase, _AnySets())  # word sets are checked when compiled against the pack
        except PatternError as error:
            raise PackError(f"{rule.source}: {key} entry {number}: {error}") from None


class PhraseList:
    """Entries compiled into the pipeline's shared pattern set; `matches` gives this list's hits."""

    def __init__(self, rule, analyzer, key: str = "entries", entries=None, incoming: bool = False):
        self.entries = entries_of(rule.data.get(key) if entries is None else entries)
        # one pattern set for all phrase lists of this pipeline: a text is scanned once for all of them.
        # Preview rules have their own, so that released rules do not pay for them; and lists read on
        # the incoming message have their own, so that a reply is not scanned for complaints and a
        # message not for every reply phrasing.
        group = ("preview" if rule.preview else "released") + ("-incoming" if incoming else "")
        self.patterns = PatternSet.shared(analyzer, group)
        self.numbers: dict[int, int] = {}  # entry number in the shared set → index in self.entries
        for index, entry in enumerate(self.entries):
            phrase = str(entry["phrase"])
            # lists shared by several rules (@abuse, @empathy) are compiled into the set once
            number = self.patterns.numbers.get(phrase)
            if number is None:
                try:
                    number = self.patterns.numbers[phrase] = self.patterns.add(compile_pattern(phrase, analyzer))
                except PatternError as error:
                    raise PackError(f"{rule.source}: {key}: {error}") from None
            self.numbers.setdefault(number, index)

    def matches(self, doc, overlapping: bool = False) -> list[tuple[int, int, int]]:
        """(entry index, start token, end token) sorted by start; where matches overlap only the longest
        is kept, unless `overlapping`."""
        numbers = self.numbers
        found = [(numbers[n], start, end) for n, start, end in self.patterns.find(doc) if n in numbers]
        if len(found) < 2 or overlapping:
            return sorted(found, key=lambda m: (m[1], m[2]))
        found.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        chosen: list[tuple[int, int, int]] = []
        for index, start, end in found:
            if not any(start < c_end and c_start < end for _, c_start, c_end in chosen):
                chosen.append((index, start, end))
        return sorted(chosen, key=lambda m: (m[1], m[2]))


class _AnySets(dict):
    """Accepts every <set> name: validation checks syntax only."""

    def __contains__(self, key):
        return True

    def __missing__(self, key):
        return ()


class ListCheck(Check):
    """A check that reads named phrase lists: LISTS are required, OPTIONAL_LISTS may be left out.
    `self.lists[name]` holds each list that the rule gives."""

    LISTS: tuple[str, ...] = ()
    OPTIONAL_LISTS: tuple[str, ...] = ()
    OTHER_KEYS: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.DATA_KEYS = cls.LISTS + cls.OPTIONAL_LISTS + cls.OTHER_KEYS

    @classmethod
    def validate(cls, rule) -> None:
        for key in cls.LISTS:
            validate_entries(rule, key)
        for key in cls.OPTIONAL_LISTS:
            validate_entries(rule, key, required=False)

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        self.lists = {key: PhraseList(rule, analyzer, key, incoming=key in self.INCOMING_LISTS)
                      for key in self.LISTS + self.OPTIONAL_LISTS if rule.data.get(key)}
