"""Verb recognition without a tagger: finite forms and past participles, from lexicon and morphology.

With a trained pipeline the tags decide; without one, the pack's verb table, the lemma table and the
shape of the word do (ge-…-d/t/en, separable prefix + ge-, inseparable prefix + a verb lemma).
Answers depend only on (form, lemma), so they are cached per lexicon.
"""

from __future__ import annotations

import re

from tonelint.tokens import tokens_of

_GE_SHAPE = re.compile(r"ge\w{2,}(?:d|t|en)")
_INSEPARABLE_SHAPE = re.compile(r"(?:be|ver|ont|her|er|ge|mis|onder|over|achter|vol|door)\w{2,}(?:d|t|en)")
_FINITE_ENDINGS = ("t", "de", "te", "den", "ten", "dt")


def verb_form(doc, index: int) -> str | None:
    """'Fin' / 'Part' / … from a trained pipeline's morphology, else None."""
    if not tokens_of(doc).tagged:
        return None
    forms = doc[index].morph.get("VerbForm")
    return forms[0] if forms else ""


def is_finite_verb(form: str, lemma: str, lexicon, tagged: str | None = None) -> bool:
    if tagged is not None:
        return tagged == "Fin"
    key = (form, lemma)
    cache = lexicon.cache.setdefault("finite", {})
    if key not in cache:
        cache[key] = _is_finite(form, lemma, lexicon)
    return cache[key]


def _is_finite(form: str, lemma: str, lexicon) -> bool:
    if form in lexicon.finite_forms:
        return True
    if lexicon.split_separable(form):
        return False  # "uitgezocht", "opnemen": participle or infinitive, not finite
    if lemma == form or not lemma.endswith("en"):
        return False
    if form.startswith("ge") and not lemma.startswith("ge"):
        return False  # a participle
    return form.endswith(_FINITE_ENDINGS) or lemma.startswith(form)  # "kijk" ← "kijken"


def participle_infinitive(form: str, lemma: str, lexicon, tagged: str | None = None) -> str | None:
    """The infinitive when the word can be a past participle ('' when it is unknown), else None."""
    if tagged is not None and tagged != "":
        return lemma if tagged == "Part" else None
    key = (form, lemma)
    cache = lexicon.cache.setdefault("participle", {})
    if key not in cache:
        cache[key] = _participle(form, lemma, lexicon)
    return cache[key]


def _participle(form: str, lemma: str, lexicon) -> str | None:
    if form in lexicon.not_participles or not form.isalpha():
        return None
    known = lexicon.known_participle(form)
    if known:
        return known
    if lemma and lemma != form and not lemma.endswith("en"):
        return None  # an inflected noun or adjective: "gewrichten" is the plural of "gewricht"
    verb_lemma = lemma if lemma != form and lemma.endswith("en") else ""
    if verb_lemma and form in (verb_lemma + "d", verb_lemma + "de"):
        return None  # a present participle: "verwarrend", "vervelende"
    rest = form
    prefix = _separable_prefix(form, lexicon)
    if prefix:
        rest = form[len(prefix):]
    if _GE_SHAPE.fullmatch(rest) and rest not in lexicon.not_participles:
        if form in lexicon.finite_forms:
            return None  # "gebeurt", "geeft"
        return verb_lemma
    if verb_lemma and _INSEPARABLE_SHAPE.fullmatch(form) and form not in lexicon.finite_forms:
        return verb_lemma
    if verb_lemma and _compound_participle(form, verb_lemma):
        return verb_lemma  # "goedgekeurd" ← goedkeuren, "vrijgegeven" ← vrijgeven
    return None


def _compound_participle(form: str, infinitive: str) -> bool:
    """form = P + 'ge' + rest, where the infinitive starts with the same P: a separable participle
    whose particle is not in the prefix list."""
    index = form.find("ge", 2)
    while 0 < index <= 8:
        prefix = form[:index]
        if infinitive.startswith(prefix) and form.endswith(("d", "t", "en")) and len(form) > index + 3:
            return True
        index = form.find("ge", index + 1)
    return False


def _separable_prefix(form: str, lexicon) -> str:
    for prefix in lexicon.separable_prefixes:
        if form.startswith(prefix) and form[len(prefix):].startswith("ge") and len(form) > len(prefix) + 4:
            return prefix
    return ""
