"""Kind `phrases`: report every match of a list of phrase patterns, with an optional replacement."""

from __future__ import annotations

from tonelint.checks.base import Check, Hit, match_case
from tonelint.matching import PatternSet
from tonelint.packs import PackError
from tonelint.patterns import PatternError, compile_pattern, parse
from tonelint.tokens import tokens_of


def entries_of(rule) -> list[dict]:
    entries = []
    for entry in rule.data.get("entries") or []:
        entries.append({"phrase": entry} if isinstance(entry, str) else entry)
    return entries


def alternatives(use) -> list[str]:
    if use is None:
        return []
    if isinstance(use, (list, tuple)):
        return [str(item).strip() for item in use if str(item).strip()]
    return [part.strip() for part in str(use).split(",") if part.strip()]


class PhraseCheck(Check):
    DATA_KEYS = ("entries", "fixes")

    @classmethod
    def validate(cls, rule) -> None:
        entries = rule.data.get("entries")
        if not isinstance(entries, list) or not entries:
            raise PackError(f"{rule.source}: kind 'phrases' needs a non-empty list 'entries'")
        seen = set()
        for number, entry in enumerate(entries, 1):
            if isinstance(entry, str):
                entry = {"phrase": entry}
            if not isinstance(entry, dict) or "phrase" not in entry:
                raise PackError(f"{rule.source}: entry {number} needs a 'phrase'")
            unknown = set(entry) - {"phrase", "use", "note"}
            if unknown:
                raise PackError(f"{rule.source}: entry {number} ('{entry['phrase']}') has unknown key(s) {sorted(unknown)}")
            phrase = str(entry["phrase"]).strip()
            if phrase.lower() in seen:
                raise PackError(f"{rule.source}: entry {number}: phrase '{phrase}' is listed twice")
            seen.add(phrase.lower())
            try:
                parse(phrase, _AnySets())  # word sets are checked when compiled against the pack
            except PatternError as error:
                raise PackError(f"{rule.source}: entry {number}: {error}") from None

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        self.entries = entries_of(rule)
        # one pattern set for all phrase rules of this pipeline: a reply is scanned once for all of them
        self.patterns = PatternSet.shared(analyzer)
        self.numbers: dict[int, int] = {}  # entry number in the shared set → index in self.entries
        for index, entry in enumerate(self.entries):
            try:
                number = self.patterns.add(compile_pattern(str(entry["phrase"]), analyzer))
            except PatternError as error:
                raise PackError(f"{rule.source}: {error}") from None
            self.numbers[number] = index
        # `use` is a drop-in replacement (stiff-word) unless the pack says it is only advice
        self.offers_fix = bool(rule.data.get("fixes", True))
        # a drop-in fix only when the text found is written as in the entry: "gewijzigde" matches
        # "wijzigen", but "veranderen" would not fit in its place
        self.written = [_written_words(str(e["phrase"])) for e in self.entries]
        self.has_gap = [any(part in ("…", "...") for part in str(e["phrase"]).split()) for e in self.entries]

    def run(self, doc, context):
        numbers = self.numbers
        matches = [(numbers[n], start, end) for n, start, end in self.patterns.find(doc) if n in numbers]
        if not matches:
            return
        # longest match first; a shorter match inside a longer one is the same finding
        matches.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        taken: list[tuple[int, int]] = []
        chosen = []
        for index, start, end in matches:
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            chosen.append((start, end, index))
        tokens = tokens_of(doc)
        for start, end, index in sorted(chosen):
            first, last = tokens.start[start], tokens.end[end - 1]
            entry = self.entries[index]
            options = alternatives(entry.get("use"))
            replacement = None
            if options and self.offers_fix and not self.has_gap[index] and all(
                tokens.lower[i] in self.written[index] for i in range(start, end) if not tokens.space[i]
            ):
                replacement = match_case(options[0], tokens.source[first:last])
            yield Hit(first, last, values={"use": " / ".join(options), "note": entry.get("note", "")},
                      replacement=replacement)


def _written_words(phrase: str) -> set[str]:
    """The first form written for each word: 'wijzigen|gewijzigd' offers its fix for 'wijzigen' only."""
    return {part.strip("()").split("|")[0].lstrip("=") for part in phrase.lower().split()}


class _AnySets(dict):
    """Accepts every <set> name: validation checks syntax only."""

    def __contains__(self, key):
        return True

    def __missing__(self, key):
        return ()
