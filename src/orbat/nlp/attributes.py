"""``orbat_attributes``: the model's own attribute ruler, applied by table look-up.

The pinned model's ``attribute_ruler`` (the tag map, and exceptions such as "'s" -> be) runs
its 179 token patterns through spaCy's ``Matcher`` over every token, a seventh of a bare
parse. Almost every pattern is one token that names its fine-grained tag or its lower-case
form, so this component indexes the patterns by those values and tests each token only
against the few patterns its tag or word can match, then applies the matches exactly as
the ruler does (in the order of the ruler's patterns, then of position, with the ruler's
own attribute values). The patterns are read from the loaded ruler, not copied: a pattern
this reading does not understand (another operator, a quantifier) leaves the model's ruler
in place. ``tests/nlp/test_attributes.py`` checks that both give the same tags, parts of
speech, morphology and lemmas.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

Check = Callable[[Any], bool]
READ = ("LOWER", "TAG", "DEP", "IS_SPACE")  # the token attributes a pattern may test


@dataclass(frozen=True, slots=True)
class _Rule:
    order: int  # the pattern's place in the ruler (later ones override earlier ones)
    tokens: tuple[tuple[tuple[int, Check], ...], ...]  # per token: (attribute column, test)
    index: int  # which token of the match takes the attributes
    key: tuple[str, str] | None  # ("TAG", tag) or ("LOWER", word) its first token must have


def _check(value: Any) -> Check | None:
    """A test of one attribute value: a plain value, IN, NOT_IN or REGEX; None otherwise."""
    if isinstance(value, (str, bool)):
        return lambda v, want=value: v == want
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op == "IN" and isinstance(arg, list):
            return lambda v, s=frozenset(arg): v in s
        if op == "NOT_IN" and isinstance(arg, list):
            return lambda v, s=frozenset(arg): v not in s
        if op == "REGEX" and isinstance(arg, str):
            return lambda v, r=re.compile(arg): isinstance(v, str) and r.search(v) is not None
    return None


def compile_rules(patterns: list[dict]) -> list[_Rule] | None:
    """The ruler's patterns as rules, or None when one of them is beyond this reading."""
    rules = []
    for order, entry in enumerate(patterns):
        for alternative in entry["patterns"]:
            tokens = []
            if not alternative:
                return None
            for spec in alternative:
                checks = []
                for name, value in spec.items():
                    test = _check(value)
                    if name not in READ or test is None:
                        return None
                    checks.append((READ.index(name), test))
                tokens.append(tuple(checks))
            plain = {k: v for k, v in alternative[0].items() if isinstance(v, str)}
            key = next(((k, plain[k]) for k in ("TAG", "LOWER") if k in plain), None)
            rules.append(_Rule(order, tuple(tokens), entry["index"], key))
    return rules


class FastAttributeRuler:
    def __init__(self, nlp: Language, name: str = "orbat_attributes"):
        self.name = name
        self.ruler: Any = None
        self.rules: list[_Rule] | None = None
        self.by_tag: dict[str, list[_Rule]] = {}
        self.by_lower: dict[str, list[_Rule]] = {}
        self.others: list[_Rule] = []

    def adopt(self, ruler: Any) -> None:
        """Take over the patterns of the model's ``attribute_ruler`` (kept to run itself where
        its patterns are beyond this reading)."""
        self.ruler = ruler
        self.rules = compile_rules(ruler.patterns)
        for rule in self.rules or ():
            if rule.key is None:
                self.others.append(rule)
            else:
                (self.by_tag if rule.key[0] == "TAG" else self.by_lower).setdefault(rule.key[1], []).append(
                    rule
                )

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            return doc if self.ruler is None else self.ruler(doc)
        strings = doc.vocab.strings
        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        values = [(strings[lo] if lo else "", strings[tg] if tg else "", strings[dp] if dp else "", bool(sp))
                  for lo, tg, dp, sp in rows]  # fmt: skip
        n = len(values)
        matches = []
        for i, (lower, tag, _dep, _space) in enumerate(values):
            for rule in (*self.by_tag.get(tag, ()), *self.by_lower.get(lower, ()), *self.others):
                size = len(rule.tokens)
                if i + size <= n and all(
                    test(values[i + k][column])
                    for k, checks in enumerate(rule.tokens)
                    for column, test in checks
                ):
                    matches.append((rule.order, i, i + size, rule.index))
        matches.sort()
        attrs = self.ruler.attrs
        for order, start, end, index in matches:
            at = start + index if index >= 0 else end + index
            if start <= at < end:
                set_token_attrs(doc[at], attrs[order])
        return doc


@Language.factory("orbat_attributes")
def make_attributes(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp, name)
