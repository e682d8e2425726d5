"""Kind `third-person`: the organisation as the subject of its own sentence ("De gemeente heeft besloten")."""

from __future__ import annotations

import re

from spacy.matcher import PhraseMatcher

from tonelint.checks.base import Check, Hit
from tonelint.checks.verbs import is_finite_verb, verb_form
from tonelint.tokens import tokens_of
from tonelint.packs import PackError


_MATCHER_CACHE = 256  # name combinations kept compiled
# a mention of an account in a social media message: "@NS", "@Gemeente_Utrecht"
_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z][A-Za-z0-9_]{1,30})")


class ThirdPersonCheck(Check):
    DATA_KEYS = ("names", "articles", "subordinators", "clause-starters", "signed-by", "we-words", "decides",
                 "name-particles")
    OPTIONAL_KEYS = ("signed-by", "we-words", "decides", "name-particles")

    @classmethod
    def validate(cls, rule) -> None:
        for key in cls.DATA_KEYS:
            value = rule.data.get(key)
            if value is None and key in cls.OPTIONAL_KEYS:
                continue
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise PackError(f"{rule.source}: kind 'third-person' needs '{key}' as a list of words")

    def __init__(self, rule, analyzer):
        super().__init__(rule, analyzer)
        self.articles = {word.lower() for word in rule.data["articles"]}
        self.subordinators = {word.lower() for word in rule.data["subordinators"]}
        self.clause_starters = {word.lower() for word in rule.data["clause-starters"]}
        self.signed_by = {word.lower() for word in rule.data.get("signed-by") or ()}
        self.we_words = {word.lower() for word in rule.data.get("we-words") or ()}
        self.decides = {word.lower() for word in rule.data.get("decides") or ()}
        self.name_particles = {word.lower() for word in rule.data.get("name-particles") or ()}
        self.default_names = tuple(str(name) for name in rule.data["names"])
        self.default_matcher = self._matcher(self.default_names)
        self._matchers: dict[tuple[str, ...], PhraseMatcher] = {}

    def _matcher(self, names) -> PhraseMatcher:
        matcher = PhraseMatcher(self.analyzer.vocab, attr="LOWER")
        matcher.add("organisation", [self.analyzer.make_doc(str(name)) for name in names])
        return matcher

    def matcher_for(self, organisation: tuple[str, ...]) -> PhraseMatcher:
        if not organisation:
            return self.default_matcher
        if organisation not in self._matchers:
            if len(self._matchers) >= _MATCHER_CACHE:
                self._matchers.clear()  # a batch of many organisations must not grow without end
            self._matchers[organisation] = self._matcher(organisation)
        return self._matchers[organisation]

    def signature_names(self, tokens) -> tuple[str, ...]:
        """The organisation named in a team sign-off ("Klantenservice NS", "Team Energie Noord"): that
        is who writes, so "NS betreurt …" in the same reply is the writer in the third person."""
        sentences = list(tokens.sentences())
        if not sentences or not self.signed_by:
            return ()
        start, end = sentences[-1]

        def named(index: int) -> bool:
            text = tokens.text[index]
            return text[:1].isupper() and any(c.isalpha() for c in text) and tokens.lower[index] not in self.signed_by

        for index in range(start, end):
            if tokens.lower[index] in self.signed_by:
                after = index + 1
                while after < end and named(after):
                    after += 1
                before = index  # "Woongoed Rivierstad Klantenservice"
                while before > start and named(before - 1):
                    before -= 1
                for first, last in ((index + 1, after), (before, index)):
                    if last - first >= 1:
                        return (" ".join(tokens.text[first:last]),)
        return ()

    @staticmethod
    def addressed_names(tokens, incoming: str | None) -> tuple[str, ...]:
        """The organisation the message was addressed to ("@MaasduinZiekenhuis waarom …"), as the reply
        writes its name ("Het Maasduin Ziekenhuis heeft …"): the reply answers for that organisation."""
        handles = set()
        for handle in _HANDLE.findall(incoming or ""):
            handles.add(handle.lower().replace("_", ""))
            first = handle.split("_")[0].lower()
            if len(first) >= 2 and first != handle.lower():
                handles.add(first)  # "@GVB_Amsterdam", "@NS_online": the organisation is the first part
        if not handles:
            return ()
        found = []
        for start in range(tokens.count):
            joined = ""
            for end in range(start, min(start + 4, tokens.count)):
                text = tokens.text[end]
                if not (text[:1].isupper() or text[:1].isdigit()) or not tokens.word[end]:
                    break
                joined += text.lower().replace("-", "")
                if joined in handles:
                    found.append(" ".join(tokens.text[start:end + 1]))
        return tuple(dict.fromkeys(found))

    def deciding_names(self, tokens) -> tuple[str, ...]:
        """Organisation names that decide or set a rule in a reply that never says "we" (see the
        pack): "ParkSmart heeft besloten …", "Van Rijn Beheer staat geen huisdieren toe"."""
        if not self.decides or any(lower in self.we_words for lower in tokens.lower):
            return ()
        found = []
        for start, end in tokens.sentences():
            words = [i for i in tokens.visible(start, end) if tokens.word[i]]
            for position, index in enumerate(words):
                if tokens.lower[index] not in self.decides or position == 0:
                    continue
                # the name: the capitalised words before the verb (and "heeft"/"hebben")
                before = words[:position]
                if before and tokens.lemma[before[-1]] == "hebben":
                    before = before[:-1]
                name = []
                for i in reversed(before):
                    text = tokens.text[i]
                    if text[:1].isupper() or (name and tokens.lower[i] in self.articles):
                        name.insert(0, i)
                    else:
                        break
                if not name or name[0] != before[0]:
                    continue  # only a name that opens the sentence: "X heeft besloten …"
                first = tokens.lower[name[0]]
                if self.analyzer.vocab[first].is_stop and first not in self.articles and first not in self.name_particles:
                    continue  # "In de Schoolstraat staat dat bord niet" is a place
                texts = [tokens.text[i] for i in name]
                inner_capital = any(any(c.isupper() for c in text[1:]) for text in texts)
                if len(texts) > 1 or inner_capital:
                    found.append(" ".join(texts))
        return tuple(dict.fromkeys(found))

    def run(self, doc, context):
        lexicon = self.analyzer.lexicon
        tokens = tokens_of(doc)
        # who writes, read from the reply and the message, on top of the configured (or general) names
        writer = (self.signature_names(tokens) + self.addressed_names(tokens, context.draft.incoming)
                  + self.deciding_names(tokens))
        names = tuple(context.organisation)
        if writer:
            names = (names or self.default_names) + writer
        matches = self.matcher_for(names)(doc)
        if not matches:
            return
        pronouns = lexicon.word_sets.get("persoonlijk", ())

        def finite(index: int) -> bool:
            return is_finite_verb(tokens.lower[index], tokens.lemma[index], lexicon, verb_form(doc, index))

        for _, start, end in sorted(matches, key=lambda m: (m[1], -m[2])):
            if start > 0 and tokens.lower[start - 1] in self.articles:
                start -= 1  # "de NS", "de gemeente Utrecht"
            while end < tokens.count and tokens.text[end].istitle() and tokens.text[end].isalpha() and not finite(end):
                end += 1  # "de gemeente Utrecht", "het college van B&W Zeist"
            sentence_start, _ = tokens.sentence_of(start)
            before = tokens.visible(sentence_start, start)
            after = next((i for i in range(end, tokens.count) if not tokens.space[i]), None)
            subject = False
            if not before or tokens.punct[before[-1]] or tokens.lower[before[-1]] in self.clause_starters:
                subject = after is not None and finite(after)  # "De gemeente heeft …"
            elif tokens.lower[before[-1]] in self.subordinators:
                subject = True  # "… omdat de gemeente …"
            elif finite(before[-1]):
                # inversion: "Helaas kan de gemeente …", unless a subject stands before the verb
                # ("Je kunt de gemeente bellen") or another finite verb does, or the verb opens the
                # sentence as a command ("Bel de klantenservice")
                words_before = [i for i in before if tokens.word[i]]
                subject = len(words_before) > 1 and not any(
                    finite(i) or tokens.lower[i] in pronouns for i in before[:-1])
            if subject:
                yield Hit(tokens.start[start], tokens.end[end - 1], values={"name": tokens.source[tokens.start[start]:tokens.end[end - 1]]})
