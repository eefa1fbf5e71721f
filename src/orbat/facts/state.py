"""The working state of one document's extraction: its entities and facts so far.

Every family module reads the parsed spaCy ``Doc`` and writes entities and facts
through a ``DocState``; nothing else is shared between them. Entity ids are
renumbered ("e1", "e2", ... in order of first mention) and fact ids ("f1", ...)
only at the end (``finish``), after in-document merges.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from orbat.model import (
    EVENT_TYPES,
    SYMMETRIC_TYPES,
    Document,
    Entity,
    Evidence,
    Extraction,
    Fact,
    Geo,
    TimeSpan,
)
from orbat.text import normalize_name

KUNYA_HEADS = frozenset({"abu", "abou", "umm", "ibn", "bin"})


# courtesy titles before a name in news prose ("Mr. Shekau"): set aside when matching a name,
# and a name that has one is the entity's name only when it has no other
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "mister", "miss", "madam"})


def titled(name: str) -> bool:
    """ "Mr. Shekau", "Mrs Khan": a name after a courtesy title."""
    words = name_key(name).split()
    return len(words) > 1 and words[0] in COURTESY_TITLES


def name_key(name: str) -> str:
    key = normalize_name(name)
    return key[4:] if key.startswith("the ") else key


def is_kunya(name: str) -> bool:
    """A nom de guerre ("Abu Muhammad al Qadari", "al-Dagestani"), not a legal name."""
    words = name_key(name).split()
    return bool(words) and (bool(KUNYA_HEADS & set(words)) or words[0] == "al")


@dataclass(slots=True)
class EntityDraft:
    """An entity under construction (ids are provisional until ``finish``)."""

    key: int
    type: str
    names: list[str]  # every name seen, in order (the canonical one is chosen at the end)
    ref: str | None = None
    canonical: str | None = None  # fixed by reference data or a descriptive phrase
    descriptive: bool = False
    armed: bool = False  # an armed group (reference-linked or a province/branch of one)
    force: bool = False  # a state security force
    parent: int | None = None  # for a province/branch: the parent group's key
    region: str | None = None
    kind: str | None = None  # the reference group's kind (group, province, ...)
    geo: Geo | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token index ranges

    def best_name(self) -> str:
        if self.canonical:
            return self.canonical
        if self.type == "person":
            plain = [n for n in self.names if not titled(n)] or self.names
            legal = [n for n in plain if not is_kunya(n)]
            pool = legal if any(len(n.split()) > 1 for n in legal) else plain
            return max(pool, key=lambda n: (len(n.split()), -self.names.index(n)))
        return max(self.names, key=lambda n: (not n.isupper(), len(n.split()), -self.names.index(n)))


class EntityTable:
    """Doc-local entities, the tokens that mention them, and in-document merges."""

    def __init__(self) -> None:
        self._drafts: dict[int, EntityDraft] = {}
        self._redirect: dict[int, int] = {}
        self._by_token: dict[int, int] = {}
        self._next = 1

    # creation ---------------------------------------------------------------------------
    def add(self, type_: str, name: str, tokens: tuple[int, int] | None = None, **extra: Any) -> int:
        key = self._next
        self._next += 1
        self._drafts[key] = EntityDraft(key=key, type=type_, names=[name], **extra)
        if tokens is not None:
            self.mention(key, tokens)
        return key

    def mention(self, key: int, tokens: tuple[int, int], name: str | None = None) -> None:
        draft = self.get(key)
        if tokens not in draft.mentions:
            draft.mentions.append(tokens)
        for i in range(*tokens):
            self._by_token.setdefault(i, draft.key)
        if name and name_key(name) not in {name_key(n) for n in draft.names}:
            draft.names.append(name)

    def merge(self, keep: int, drop: int, *, take_names: bool = True) -> int:
        """Fold ``drop`` into ``keep`` (names, mentions, ref); returns the kept key.
        ``take_names=False`` keeps only ``keep``'s names (a description identified as a
        named man: "the bomber" is no name of his)."""
        keep, drop = self.root(keep), self.root(drop)
        if keep == drop:
            return keep
        a, b = self._drafts[keep], self._drafts.pop(drop)
        for n in b.names if take_names else ():
            if name_key(n) not in {name_key(x) for x in a.names}:
                a.names.append(n)
        a.mentions.extend(m for m in b.mentions if m not in a.mentions)
        a.ref = a.ref or b.ref
        a.geo = a.geo or b.geo
        a.armed = a.armed or b.armed
        a.force = a.force or b.force
        if take_names:
            a.canonical = a.canonical or b.canonical
        self._redirect[drop] = keep
        return keep

    # lookup -----------------------------------------------------------------------------
    def root(self, key: int) -> int:
        while key in self._redirect:
            key = self._redirect[key]
        return key

    def get(self, key: int) -> EntityDraft:
        return self._drafts[self.root(key)]

    def at(self, token: Token | int) -> int | None:
        i = token if isinstance(token, int) else token.i
        key = self._by_token.get(i)
        return None if key is None else self.root(key)

    def drafts(self) -> list[EntityDraft]:
        return list(self._drafts.values())

    def find(self, name: str, *, type_: str | None = None) -> int | None:
        """An entity already carrying this name (normalised), if any."""
        key = name_key(name)
        for d in self._drafts.values():
            if (type_ is None or d.type == type_) and any(name_key(n) == key for n in d.names):
                return d.key
        return None

    def by_ref(self, ref: str) -> int | None:
        for d in self._drafts.values():
            if d.ref == ref:
                return d.key
        return None

    def first_token(self, key: int) -> int:
        d = self.get(key)
        return min((m[0] for m in d.mentions), default=10**9)


@dataclass(slots=True)
class Branch:
    """A sub-unit named by region ("IS's Caucasus province"): entity, parent, where seen."""

    entity: int
    parent: int
    region: str
    kinds: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # token index of each head noun


@dataclass(slots=True)
class DocState:
    """One document being extracted: the input, its parse, entities and facts so far."""

    document: Document
    sdoc: Doc
    published: str | None
    entities: EntityTable = field(default_factory=EntityTable)
    facts: list[Fact] = field(default_factory=list)
    branches: list[Branch] = field(default_factory=list)
    joins: list[tuple[str, int]] = field(default_factory=list)  # (membership fact id, 'join' token): "X joined Y"
    appointments: list[str] = field(default_factory=list)  # ids of leadership facts that begin a tenure
    indirect: dict[int, int] = field(default_factory=dict)  # token -> entity, resolved via pronoun/anaphor
    # (token of a description, named people, naming verb): "identified the bomber as X",
    # folded after the families
    identifications: list[tuple[int, list[int], int]] = field(default_factory=list)
    # reference groups the headline names (the body may open with "The group ...")
    title_groups: list[Any] = field(default_factory=list)
    cache: dict[Any, Any] = field(default_factory=dict)  # per-document memo (date spans, resolved dates)
    # per-fact working data, by fact id: the key token of the clause it was read from
    anchors: dict[str, int] = field(default_factory=dict)
    # and, for a fact told again later ("... the attack was executed by ..."), where it was told last
    retold: dict[str, int] = field(default_factory=dict)
    _fact_no: int = 1

    @property
    def tokens(self) -> list[Token]:
        """The parsed tokens, made once (every family walks them; spaCy builds a new Token
        object on each walk of the Doc)."""
        found = self.cache.get("tokens")
        if found is None:
            found = self.cache["tokens"] = list(self.sdoc)
        return found

    def sentence_start(self, index: int) -> int:
        """The first token of the sentence token ``index`` is in (Span.sent walks the sentence
        each time; the starts are found once per document)."""
        return self.sentence_starts[self.sentence_no(index)]

    def sentence_no(self, index: int) -> int:
        """The number of the sentence token ``index`` is in (0 for the first)."""
        return bisect_right(self.sentence_starts, index) - 1

    @property
    def sentence_starts(self) -> list[int]:
        found = self.cache.get("sentence_starts")
        if found is None:
            found = self.cache["sentence_starts"] = [s.start for s in self.sdoc.sents]
        return found

    # evidence ---------------------------------------------------------------------------
    def evidence(
        self, span: Span, *, attributed_to: str | None = None, anchor: Token | None = None
    ) -> Evidence:
        """The quote for a fact: the sentence, cut to the paragraph of ``anchor`` when the
        parser ran a sentence across a blank line (a headline left in the body)."""
        body = self.document.body
        start, end = span.start_char, span.end_char
        if anchor is not None and "\n\n" in body[start:end]:
            at = anchor.idx
            cut = body.rfind("\n\n", start, at)
            start = cut + 2 if cut != -1 else start
            nxt = body.find("\n\n", at, end)
            end = nxt if nxt != -1 else end
        while end > start and body[end - 1].isspace():
            end -= 1
        while start < end and body[start].isspace():
            start += 1
        return Evidence(
            doc=self.document.id, quote=body[start:end], start=start, end=end, attributed_to=attributed_to
        )

    # facts ------------------------------------------------------------------------------
    def add_fact(
        self,
        type_: str,
        args: dict[str, int | str | None],
        *,
        span: Span,
        anchor: Token | None = None,
        time: TimeSpan | None = None,
        location: int | None = None,
        attrs: dict[str, Any] | None = None,
        modality: str = "asserted",
        confidence: float = 0.8,
        attributed_to: str | None = None,
        merge_on: tuple[str, ...] | None = None,
        merge_attr: str | None = None,
        apart: Callable[[TimeSpan | None, TimeSpan | None], bool] | None = None,
    ) -> Fact:
        """Record a fact (args are entity keys, or a fact id for ``claim.attack``).
        A fact of the same type with the same ``merge_on`` args (all args by default)
        is merged into: one more source, missing time/attrs filled in. Events whose times
        cannot be one moment (or that ``apart`` tells apart) stay two facts."""

        def split(a: TimeSpan | None, b: TimeSpan | None) -> bool:
            return times_apart(a, b) or (apart is not None and apart(a, b))

        clean = {k: v for k, v in args.items() if v is not None}
        ev = self.evidence(span, attributed_to=attributed_to, anchor=anchor)
        names = merge_on if merge_on is not None else tuple(sorted(clean))
        same = self.find_fact(type_, {k: clean.get(k) for k in names})
        if same is None and type_ in SYMMETRIC_TYPES and set(names) == {"a", "b"}:
            # "Boko Haram clashed with its rival ISWAP": one alliance, whichever way round
            same = self.find_fact(type_, {"a": clean.get("b"), "b": clean.get("a")})
            if same is not None:
                clean = {**clean, "a": clean.get("b"), "b": clean.get("a")}
        if same is not None and type_ in EVENT_TYPES and split(same.time, time):
            # "defected to the government on Sunday" and "parted ways with al-Shabab in 2013":
            # two events; the one whose time fits, else a new fact
            same = next(
                (
                    f
                    for f in self.facts
                    if f.type == type_
                    and all(self._same_arg(f.args.get(k), clean.get(k)) for k in names)
                    and not split(f.time, time)
                ),
                None,
            )
        if (
            same is not None
            and merge_attr is not None
            and rank(same.attrs.get(merge_attr)) != rank((attrs or {}).get(merge_attr))
        ):
            same = next(
                (
                    f
                    for f in self.facts
                    if f.type == type_
                    and all(self._same_arg(f.args.get(k), clean.get(k)) for k in names)
                    and rank(f.attrs.get(merge_attr)) == rank((attrs or {}).get(merge_attr))
                ),
                None,
            )
        if same is not None:
            if all((s.start, s.end) != (ev.start, ev.end) for s in same.sources):
                same.sources.append(ev)
            for k, v in clean.items():
                same.args.setdefault(k, v)  # type: ignore[arg-type]
            for k, v in (attrs or {}).items():
                if same.attrs.get(k) is None:
                    same.attrs[k] = v
            same.time = narrower(same.time, time)
            if same.location is None:
                same.location = location  # type: ignore[assignment]
            return same
        fact = Fact(
            id=f"f{self._fact_no}",
            type=type_,
            args=clean,  # type: ignore[arg-type]
            time=time,
            location=location,  # type: ignore[arg-type]
            attrs=dict(attrs or {}),
            modality=modality,
            confidence=round(confidence, 2),
            sources=[ev],
        )
        self._fact_no += 1
        self.facts.append(fact)
        if anchor is not None:
            self.anchors[fact.id] = anchor.i
        return fact

    def copy_fact(
        self, fact: Fact, args: dict[str, Any], *, type_: str | None = None, attrs: dict[str, Any] | None = None
    ) -> Fact:
        """A new fact like ``fact`` (its modality and sources; its time, place and attrs
        unless it is of another ``type_``) with ``args`` changed: "the seven attackers were
        killed ... identified them as A, B and C"."""
        same = type_ is None or type_ == fact.type
        copy = Fact(
            id=f"f{self._fact_no}",
            type=fact.type if same else type_,
            args={**fact.args, **args} if same else dict(args),
            time=fact.time if same else None,
            location=fact.location if same else None,
            attrs=dict(fact.attrs) if attrs is None else dict(attrs),
            modality=fact.modality,
            confidence=fact.confidence,
            sources=list(fact.sources),
        )
        self._fact_no += 1
        self.facts.append(copy)
        if fact.id in self.anchors:
            self.anchors[copy.id] = self.anchors[fact.id]
        return copy

    def find_fact(self, type_: str, args: dict[str, Any]) -> Fact | None:
        for f in self.facts:
            if f.type != type_:
                continue
            if all(self._same_arg(f.args.get(k), v) for k, v in args.items()):
                return f
        return None

    def _same_arg(self, a: Any, b: Any) -> bool:
        if isinstance(a, int) and isinstance(b, int):
            return self.entities.root(a) == self.entities.root(b)
        return a == b

    def facts_of(self, type_: str) -> list[Fact]:
        return [f for f in self.facts if f.type == type_]

    def arg(self, fact: Fact, name: str) -> int | None:
        v = fact.args.get(name)
        return self.entities.root(v) if isinstance(v, int) else None

    def groups_of(self, person: int) -> list[int]:
        """The groups the facts read so far place ``person`` in: those he leads, then those he
        belongs to, each in the order read."""
        root = self.entities.root(person)
        return [
            org
            for f in self.facts_of("leadership") + self.facts_of("membership")
            if self.arg(f, "person") == root and (org := self.arg(f, "organization")) is not None
        ]

    # output -----------------------------------------------------------------------------
    def headline_lines(self) -> list[tuple[int, int]]:
        """Character ranges of headline-like lines in the body: short, standalone, no
        sentence-final punctuation (a title or caption the reader left in)."""
        out = []
        pos = 0
        # the parsed text (as long as the body): wrapped lines of wire copy are joined there,
        # so a sentence cut at 60 columns is no headline
        text = self.cache.get("prepared_text")
        if text is None:
            text = self.sdoc.text
            if len(text) != len(self.document.body):
                text = self.document.body
        for line in text.split("\n"):
            text = line.strip()
            words = text.split()
            title_case = len(words) >= 6 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
            if text and ((len(words) <= 16 and text[-1] not in ".!?\"'”’:;)") or title_case):
                out.append((pos, pos + len(line)))  # a short unpunctuated line, or a Title Case one
            pos += len(line) + 1
        return out

    def _attr_value(self, name: str, value: Any) -> Any:
        """``accepted_by``/``announced_by`` hold an entity key while working; a name on output."""
        if name.endswith("_by") and isinstance(value, int):
            return self.entities.get(value).best_name()
        return value

    def finish(self, version: str) -> Extraction:
        drafts = sorted(self.entities.drafts(), key=lambda d: min((m[0] for m in d.mentions), default=10**9))
        ids = {d.key: f"e{n}" for n, d in enumerate(drafts, start=1)}
        entities = []
        for d in drafts:
            name = d.best_name()
            aliases = []
            for n in d.names:
                if name_key(n) != name_key(name) and name_key(n) not in {name_key(a) for a in aliases}:
                    aliases.append(n)
            mentions = [
                (self.sdoc[a].idx, self.sdoc[b - 1].idx + len(self.sdoc[b - 1]))
                for a, b in sorted(d.mentions)
            ]
            entities.append(
                Entity(
                    id=ids[d.key],
                    type=d.type,
                    name=name,
                    aliases=aliases,
                    ref=d.ref,
                    geo=d.geo,
                    mentions=mentions,
                )
            )
        facts = []
        headlines = self.headline_lines()

        def body_sources(f: Fact) -> list:
            # a headline or caption repeats the body: it is no source of its own
            return [s for s in f.sources if not any(a <= s.start < b for a, b in headlines)]

        # an attack told in the headline that a claim in the body names ("X claims it killed 28
        # soldiers" ... "X claimed responsibility for an ambush that killed 28 soldiers"): the
        # claim's words tell it in the body
        claimed_in_body = {str(f.args.get("attack")): body_sources(f) for f in self.facts if f.type == "claim"}
        for f in self.facts:
            sources = body_sources(f) or claimed_in_body.get(f.id, [])
            if not sources:
                continue
            args = {k: (ids[self.entities.root(v)] if isinstance(v, int) else v) for k, v in f.args.items()}
            if f.type == "identity" and args.get("a") == args.get("b"):
                continue  # both names ended on one entity: its aliases already say so
            if _self_relation(f.type, args):
                continue  # a group its own branch or ally: two names read as one group, or a misparse
            loc = f.location
            if isinstance(loc, int):
                loc = ids[self.entities.root(loc)]
            attrs = {k: self._attr_value(k, v) for k, v in f.attrs.items()}
            facts.append(
                Fact(
                    id=f.id,
                    type=f.type,
                    args=args,
                    time=f.time,
                    location=loc,
                    attrs=attrs,
                    modality=f.modality,
                    confidence=f.confidence,
                    sources=sources,
                )
            )
        return Extraction(doc_id=self.document.id, entities=entities, facts=facts, extractor_version=version)


TOP_ROLES = frozenset({"leader", "emir", "wali", None})


def rank(role: Any) -> str:
    """Roles that name the same post merge ("emir" and "leader"); a deputy's does not, nor
    a founder's: founding a group and leading it are two facts ("the founder of Y" and
    "Y's leader"), as analysts code them."""
    return "top" if role in TOP_ROLES else str(role)


def times_apart(a: TimeSpan | None, b: TimeSpan | None) -> bool:
    """Two dated spans (each with both bounds known) that cannot be one moment."""
    from orbat.dates import may_coincide, span_bounds

    if a is None or b is None or a.start is None or b.start is None or None in (*span_bounds(a), *span_bounds(b)):
        return False
    return not may_coincide(a, b)


def narrower(a: TimeSpan | None, b: TimeSpan | None) -> TimeSpan | None:
    """The more precise of two spans (longer partial-ISO bounds win; the first on a tie)."""
    if a is None:
        return b
    if b is None:
        return a

    def precision(t: TimeSpan) -> int:
        return len(t.start or "") + len(t.end or "")

    return b if precision(b) > precision(a) else a


# the relations between two groups, each pair of the arguments that must name two
RELATION_SIDES = {"branch": ("organization", "parent"), "alliance": ("a", "b"), "defection": ("from", "to")}


def _self_relation(ftype: str, args: dict[str, Any]) -> bool:
    sides = RELATION_SIDES.get(ftype)
    return sides is not None and args.get(sides[0]) is not None and args.get(sides[0]) == args.get(sides[1])
