"""The phrase-pattern language of rule packs, compiled to spaCy Matcher patterns.

    wij betreuren het (ontstane) ongemak     words match their inflections (via lemmas)
    spijt|betreuren                          alternatives
    (zeer|erg) vervelend                     optional word(s)
    dienen <u> … te                          a word set; a gap of up to four words
    =u                                       exactly this form

See rules/README.md for the user-facing description.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

GAP_WORDS = 4
_GAP = {"…", "..."}


_LINE_BREAK = {"IS_SPACE": True, "OP": "?"}


class PatternError(ValueError):
    pass


@dataclass(frozen=True)
class Slot:
    lemmas: frozenset[str]  # match any of these lemmas
    forms: frozenset[str]  # or any of these exact lower-case forms
    optional: bool = False
    gap: bool = False


def parse(pattern: str, word_sets: dict[str, tuple[str, ...]]) -> list[tuple[list[str], list[str], bool, bool]]:
    """Pattern text → list of (lemma words, exact forms, optional, gap) slots, before lemmatizing."""
    slots = []
    for raw in pattern.split():
        if raw in _GAP:
            if slots and slots[-1][3]:
                raise PatternError(f"two gaps in a row in pattern '{pattern}': one '…' already covers up to "
                                   f"{GAP_WORDS} words")
            slots.append(([], [], False, True))
            continue
        optional = raw.startswith("(") and raw.endswith(")")
        body = raw[1:-1] if optional else raw
        if not body or "(" in body or ")" in body:
            raise PatternError(f"cannot read '{raw}' in pattern '{pattern}'")
        words, forms = [], []
        for alternative in body.split("|"):
            if not alternative:
                raise PatternError(f"empty alternative in '{raw}' in pattern '{pattern}'")
            if alternative.startswith("<") and alternative.endswith(">"):
                name = alternative[1:-1]
                if name not in word_sets:
                    known = ", ".join(f"<{key}>" for key in sorted(word_sets))
                    raise PatternError(f"unknown word set <{name}> in pattern '{pattern}' (known: {known})")
                forms.extend(word_sets[name])
            elif alternative.startswith("="):
                forms.append(alternative[1:].lower())
            else:
                words.append(alternative.lower())
        slots.append((words, forms, optional, False))
    if not slots or all(slot[2] or slot[3] for slot in slots):
        raise PatternError(f"pattern '{pattern}' has no required word")
    if slots[0][3] or slots[-1][3]:
        raise PatternError(f"pattern '{pattern}' may not start or end with a gap")
    return slots


def compile_pattern(pattern: str, analyzer) -> list[list[dict]]:
    """One pattern → spaCy Matcher token patterns (more than one when a word splits into tokens)."""
    slots = parse(pattern, analyzer.lexicon.word_sets)
    token_options: list[list[list[dict]]] = []
    for words, forms, optional, gap in slots:
        if gap:
            token_options.append([[{"IS_SPACE": False, "IS_SENT_START": False, "OP": f"{{0,{GAP_WORDS}}}"}]])
            continue
        alternatives: list[list[dict]] = []
        single_lemmas, single_forms = set(), set(forms)
        for word in words:
            # a plain word is one token; only words with punctuation ("heer/mevrouw") need the tokenizer
            pieces = [word] if word.isalpha() else [t.lower_ for t in analyzer.make_doc(word) if not t.is_space]
            if len(pieces) == 1:
                single_lemmas.add(analyzer.lemmatize(pieces[0]))
            else:  # "e-mail" → e - mail: match the pieces one after another
                alternatives.append([{"LEMMA": analyzer.lemmatize(piece)} for piece in pieces])
        # a plain value is much cheaper for the Matcher than an IN predicate
        if single_lemmas:
            alternatives.append([{"LEMMA": _one_or_in(single_lemmas)}])
        if single_forms:
            alternatives.append([{"LOWER": _one_or_in(single_forms)}])
        if optional:
            alternatives = [
                [dict(token, OP="?") for token in alternative] if len(alternative) == 1 else alternative
                for alternative in alternatives
            ] + ([[]] if any(len(a) > 1 for a in alternatives) else [])
        token_options.append(alternatives)
    patterns = []
    for combination in itertools.product(*token_options):
        tokens = []
        for part in combination:
            if tokens and part:
                tokens.append(dict(_LINE_BREAK))  # a phrase may wrap onto the next line
            tokens.extend(part)
        if any("OP" not in token for token in tokens if "IS_SPACE" not in token):  # a required word
            patterns.append(tokens)
    return _unique(patterns)


def _one_or_in(values: set[str]):
    return next(iter(values)) if len(values) == 1 else {"IN": sorted(values)}


def _unique(patterns: list[list[dict]]) -> list[list[dict]]:
    seen, unique = set(), []
    for pattern in patterns:
        key = repr(pattern)
        if key not in seen:
            seen.add(key)
            unique.append(pattern)
    return unique


class Values:
    """Placeholder values looked up in order (a hit's own, then the rule's options); an unknown
    placeholder stays as written."""

    __slots__ = ("layers",)

    def __init__(self, *layers: dict):
        self.layers = layers

    def __getitem__(self, key):
        for layer in self.layers:
            if key in layer:
                return layer[key]
        return "{" + key + "}"


def fill(template: str | None, values) -> str | None:
    """'{match}' placeholders filled from values (a dict or Values)."""
    if template is None:
        return None
    if "{" not in template:
        return template
    return template.format_map(values if isinstance(values, Values) else Values(values))
