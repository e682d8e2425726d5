"""A language's word knowledge from its pack: irregular verbs, separable prefixes, word sets.

The lookup table misses many irregular forms ("heeft", "genomen", "uitgezocht"); the pack's verb table
fills them, and separable verbs are derived ("uit" + "gezocht" → "uitzoeken") instead of listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tonelint.yamlio import load_yaml


@dataclass
class Lexicon:
    verb_forms: dict[str, str] = field(default_factory=dict)  # form → infinitive
    participles: dict[str, str] = field(default_factory=dict)  # participle → infinitive
    finite_forms: set[str] = field(default_factory=set)
    infinitives: set[str] = field(default_factory=set)
    separable_prefixes: tuple[str, ...] = ()
    word_sets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    zijn_verbs: set[str] = field(default_factory=set)
    adjectival_participles: set[str] = field(default_factory=set)
    not_participles: set[str] = field(default_factory=set)
    person_states: set[str] = field(default_factory=set)
    cache: dict[str, dict] = field(default_factory=dict)  # answers of the verb helpers, per (form, lemma)

    @classmethod
    def load(cls, pack_dir: Path) -> "Lexicon":
        lexicon = cls()
        language_file = pack_dir / "language.yaml"
        if language_file.exists():
            data = load_yaml(language_file) or {}
            lexicon.word_sets = {
                name: tuple(str(word).lower() for word in words)
                for name, words in (data.get("sets") or {}).items()
            }
        verbs_file = pack_dir / "lexicon" / "verbs.yaml"
        if verbs_file.exists():
            data = load_yaml(verbs_file) or {}
            for infinitive, forms in (data.get("verbs") or {}).items():
                lexicon.add_verb(str(infinitive).lower(), forms or {})
            prefixes = {str(p).lower() for p in data.get("separable-prefixes") or ()}
            lexicon.separable_prefixes = tuple(sorted(prefixes, key=len, reverse=True))
        participles_file = pack_dir / "lexicon" / "participles.yaml"
        if participles_file.exists():
            data = load_yaml(participles_file) or {}
            lexicon.zijn_verbs = {str(w).lower() for w in data.get("zijn-verbs") or ()}
            lexicon.adjectival_participles = {str(w).lower() for w in data.get("adjectival") or ()}
            lexicon.not_participles = {str(w).lower() for w in data.get("not-participles") or ()}
            lexicon.person_states = {str(w).lower() for w in data.get("person-states") or ()}
        return lexicon

    def add_verb(self, infinitive: str, forms: dict) -> None:
        self.infinitives.add(infinitive)
        self.verb_forms[infinitive] = infinitive
        for key in ("present", "past"):
            for form in forms.get(key) or ():
                form = str(form).lower()
                self.verb_forms.setdefault(form, infinitive)
                self.finite_forms.add(form)
        participle = forms.get("participle")
        if participle:
            participle = str(participle).lower()
            self.verb_forms.setdefault(participle, infinitive)
            self.participles.setdefault(participle, infinitive)

    def split_separable(self, form: str) -> tuple[str, str] | None:
        """'uitgezocht' → ('uit', 'gezocht') when the rest is a known participle or infinitive.

        Finite forms are not split: joined they are rare, and "aanval" or "meestal" would become verbs.
        """
        for prefix in self.separable_prefixes:
            rest = form[len(prefix):]
            if form.startswith(prefix) and len(rest) >= 3 and (rest in self.participles or rest in self.infinitives):
                return prefix, rest
        return None

    def verb_lemma(self, form: str) -> str | None:
        """The infinitive for a listed form; separable derivations come after the lemma table."""
        return self.verb_forms.get(form)

    def derived_lemma(self, form: str) -> str | None:
        split = self.split_separable(form)
        if split is not None:
            prefix, rest = split
            return prefix + self.verb_forms[rest]
        return None

    def known_participle(self, form: str) -> str | None:
        """The infinitive if `form` is a listed (or separable-derived) participle."""
        if form in self.participles:
            return self.participles[form]
        split = self.split_separable(form)
        if split is not None and split[1] in self.participles:
            return split[0] + self.participles[split[1]]
        return None
