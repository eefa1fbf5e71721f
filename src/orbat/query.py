"""Questions over the resolved knowledge base.

Each function takes the store and returns a dataclass (with ``to_json()``) whose
every statement carries its evidence: the document id, title, published date and
the exact quote. Names are resolved with ``store.find_entities`` (normalised names
and aliases); an unknown name raises ``NotFound``, an ambiguous one ``Ambiguous``
listing the candidates.

    leaders(store, "Caucasus Emirate", on="2015-01-01")
    profile(store, "Rustam Asilderov")
    timeline(store, "Islamic State")
    events(store, group="al-Shabaab", since="2015-09", status="confirmed")
    graph(store, on="2015-08-01").to_dot()
    search(store, "Magharamakint")
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from orbat.errors import OrbatError
from orbat.model import EVENT_TYPES, FACT_TYPES, Entity, Fact
from orbat.places import haversine_km
from orbat.store import queries as sql
from orbat.timelines import (
    Leadership,
    Tenure,
    human_date,
    leadership,
    lower,
    overlaps,
    relation_span,
    role_class,
    upper,
)

# --------------------------------------------------------------------------- errors


class QueryError(OrbatError):
    """A question could not be answered as asked (bad date, unknown filter, ...)."""


class NotFound(QueryError):
    """No entity or fact goes by that name or id."""


class Ambiguous(QueryError):
    """A name matches several entities; ``candidates`` lists them."""

    def __init__(self, name: str, candidates: list[Entity]):
        self.name = name
        self.candidates = candidates
        listed = "; ".join(f"{e.name} ({e.type}, {e.id})" for e in candidates[:10])
        super().__init__(f"{name!r} is ambiguous: {listed} — use an id")


# --------------------------------------------------------------------------- answer types


@dataclass(frozen=True, slots=True)
class Ref:
    """An entity named in an answer."""

    id: str
    name: str
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where a statement was read."""

    doc: str
    title: str | None
    published: str | None
    quote: str
    attributed_to: str | None = None


@dataclass(slots=True)
class FactItem:
    """One fact, rendered: a summary line, its time, place and sources."""

    id: str
    type: str
    summary: str
    start: str | None
    end: str | None
    time_text: str | None
    location: Ref | None
    modality: str
    confidence: float
    corroboration: int
    args: dict[str, Ref | str]
    attrs: dict[str, Any]
    sources: list[Source]
    status: str | None = None  # events only: confirmed | unverified | claimed | reported | asserted


@dataclass(slots=True)
class Leader:
    """One tenure: who held which post, from when to when (uncertain bounds)."""

    person: Ref
    organization: Ref
    role: str
    role_class: str
    start: str | None
    end: str | None
    start_min: str | None
    start_max: str | None
    end_min: str | None
    end_max: str | None
    ended_by: str | None
    predecessor: Ref | None
    successor: Ref | None
    certain: bool | None  # with ``on``: surely in post that day (False: possibly)
    facts: list[str]
    sources: list[Source]


@dataclass(slots=True)
class Vacancy:
    """A stretch when a post was vacant or its holder unknown."""

    organization: Ref
    role_class: str
    after: Ref
    before: Ref
    start: str
    end: str
    text: str


@dataclass(slots=True)
class Leaders:
    organization: Ref
    on: str | None
    role: str | None
    leaders: list[Leader]
    gaps: list[Vacancy]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Identity:
    """A possible (or stated) identity with another entity, not merged."""

    other: Ref
    modality: str
    fact: str
    sources: list[Source]


@dataclass(slots=True)
class SourceCount:
    doc: str
    title: str | None
    published: str | None
    facts: int


@dataclass(slots=True)
class Profile:
    entity: Ref
    aliases: list[str]
    roles: list[Leader]
    memberships: list[FactItem]
    defections: list[FactItem]
    fate: list[FactItem]
    identities: list[Identity]
    relations: list[FactItem]  # pledges, branches, alliances (for groups)
    activity: list[FactItem]  # other facts: attacks, claims, statements, ...
    sources: list[SourceCount]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Timeline:
    entity: Ref
    entries: list[FactItem]  # dated, in order
    undated: list[FactItem]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Events:
    filters: dict[str, Any]
    events: list[FactItem]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Node:
    id: str
    name: str
    type: str


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    kind: str  # branch | alliance | pledge | defection
    subkind: str | None
    start: str | None
    end: str | None
    label: str | None
    facts: list[str]
    sources: list[Source]


@dataclass(slots=True)
class Graph:
    on: str | None
    nodes: list[Node]
    edges: list[Edge]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def to_dot(self) -> str:
        def q(text: str) -> str:
            return json.dumps(text, ensure_ascii=False)

        style = {
            "branch": "solid",
            "alliance": "dashed",
            "pledge": "dotted",
            "defection": "bold",
        }
        lines = ["digraph orbat {", "  rankdir=LR;", "  node [shape=box];"]
        for node in self.nodes:
            shape = "box" if node.type == "organization" else "ellipse"
            lines.append(f"  {q(node.id)} [label={q(node.name)}, shape={shape}];")
        for edge in self.edges:
            label = edge.kind + (f" ({edge.subkind})" if edge.subkind and edge.subkind != edge.kind else "")
            if edge.label:
                label += f": {edge.label}"
            extra = ", dir=none" if edge.kind == "alliance" else ""
            lines.append(
                f"  {q(edge.source)} -> {q(edge.target)}"
                f" [label={q(label)}, style={style.get(edge.kind, 'solid')}{extra}];"
            )
        lines.append("}")
        return "\n".join(lines) + "\n"


@dataclass(slots=True)
class Hit:
    kind: str  # document | entity
    id: str
    title: str
    snippet: str
    published: str | None = None
    type: str | None = None


@dataclass(slots=True)
class SearchResults:
    text: str
    hits: list[Hit]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------- reading the store


class _View:
    """The store as the queries read it: SQL lookups where the store is SQLite,
    the ``Store`` protocol otherwise; entity and document metadata cached per query."""

    def __init__(self, store: Any):
        self.store = store
        self.conn = getattr(store, "connection", None)
        self._entities: dict[str, Entity | None] = {}
        self._docs: dict[str, tuple[str | None, str | None]] = {}
        self._facts: dict[str, Fact | None] = {}

    # entities
    def entity(self, entity_id: str) -> Entity | None:
        if entity_id not in self._entities:
            self._entities[entity_id] = self.store.get_entity(entity_id)
        return self._entities[entity_id]

    def load_entities(self, ids: Iterable[str]) -> None:
        missing = sorted({i for i in ids if i and i not in self._entities})
        if not missing:
            return
        if self.conn is not None:
            found = sql.entities_by_id(self.conn, missing)
            for i in missing:
                self._entities[i] = found.get(i)
        else:
            for i in missing:
                self._entities[i] = self.store.get_entity(i)

    def ref(self, entity_id: str | None) -> Ref | None:
        if not entity_id:
            return None
        ent = self.entity(entity_id)
        if ent is None:
            return Ref(id=entity_id, name=entity_id, type=None)
        return Ref(id=ent.id, name=ent.name, type=ent.type)

    def name(self, entity_id: str) -> str:
        ent = self.entity(entity_id)
        return ent.name if ent else entity_id

    def resolve(self, name: str, *, prefer: Sequence[str] = ()) -> Entity:
        """An entity by id or by name/alias; ``prefer`` narrows an ambiguous match to
        those types."""
        if name.startswith("ent:"):
            ent = self.store.get_entity(name)
            if ent is None:
                raise NotFound(f"no entity with id {name}")
            return ent
        found = self.store.find_entities(name)
        if not found:
            raise NotFound(f"no entity named {name!r} in the knowledge base")
        if len(found) > 1 and prefer:
            preferred = [e for e in found if e.type in prefer]
            if preferred:
                found = preferred
        if len(found) > 1:
            exact = [e for e in found if e.name.casefold() == name.casefold()]
            if len(exact) == 1:
                found = exact
        if len(found) > 1:
            raise Ambiguous(name, found)
        self._entities[found[0].id] = found[0]
        return found[0]

    # facts
    def facts_for(
        self,
        entity_ids: Sequence[str],
        *,
        types: Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[Fact]:
        """Facts naming any of ``entity_ids``; ``since``/``until`` (full ISO days) only
        pre-filter (the caller applies the exact test)."""
        if self.conn is not None:
            return sql.facts_for_entities(self.conn, entity_ids, types=types, since=since, until=until)
        found: dict[str, Fact] = {}
        for entity_id in entity_ids:
            for fact in self.store.facts(entity=entity_id):
                if types is None or fact.type in types:
                    found[fact.id] = fact
        return [found[k] for k in sorted(found)]

    def facts_at(
        self,
        location_ids: Sequence[str],
        *,
        types: Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[Fact]:
        if not location_ids:
            return []
        if self.conn is not None:
            return sql.facts_at_locations(self.conn, location_ids, types=types, since=since, until=until)
        wanted = set(location_ids)
        return [f for f in self.store.facts() if f.location in wanted and (types is None or f.type in types)]

    def facts_of(
        self, types: Sequence[str], *, since: str | None = None, until: str | None = None
    ) -> list[Fact]:
        if self.conn is not None:
            return sql.facts_of_types(self.conn, types, since=since, until=until)
        return [f for t in types for f in self.store.facts(type=t)]

    def relation_facts(self, types: Sequence[str], on: str | None) -> list[Fact]:
        if self.conn is not None:
            return sql.relation_facts(self.conn, types, on_start=lower(on), on_end=upper(on))
        return [f for t in types for f in self.store.facts(type=t)]

    def facts_by_id(self, ids: Sequence[str]) -> list[Fact]:
        if self.conn is not None:
            return sql.fact_by_id(self.conn, ids)
        return [f for f in (self.store.get_fact(i) for i in ids) if f is not None]

    def fact(self, fact_id: str) -> Fact | None:
        if fact_id not in self._facts:
            self._facts[fact_id] = self.store.get_fact(fact_id)
        return self._facts[fact_id]

    def places(self) -> list[Entity]:
        if self.conn is not None:
            return sql.places_with_geo(self.conn)
        return [e for e in self.store.entities() if e.type in ("location", "facility") and e.geo]

    def confirmed(self) -> set[str]:
        if self.conn is not None:
            return sql.confirmed_fact_ids(self.conn)
        return {c.target for c in self.store.curations() if c.action == "fact.confirm"}

    # documents
    def load_docs(self, ids: Iterable[str]) -> None:
        missing = sorted({i for i in ids if i not in self._docs})
        if not missing:
            return
        if self.conn is not None:
            found = sql.document_meta(self.conn, missing)
        else:
            found = {}
            for i in missing:
                doc = self.store.get_document(i)
                if doc is not None:
                    found[i] = (doc.title, doc.published)
        for i in missing:
            self._docs[i] = found.get(i, (None, None))

    def doc_meta(self, doc_id: str) -> tuple[str | None, str | None]:
        self.load_docs([doc_id])
        return self._docs[doc_id]

    def sources(self, facts: Iterable[Fact]) -> list[Source]:
        facts = list(facts)
        self.load_docs(s.doc for f in facts for s in f.sources)
        seen: set[tuple[str, int, int]] = set()
        out: list[Source] = []
        for fact in facts:  # the facts' order (the main fact first), then by date, undated last
            found = []
            for ev in fact.sources:
                key = (ev.doc, ev.start, ev.end)
                if key in seen:
                    continue
                seen.add(key)
                title, published = self._docs.get(ev.doc, (None, None))
                found.append(Source(ev.doc, title, published, ev.quote, ev.attributed_to))
            out += sorted(found, key=lambda s: (s.published is None, s.published or "", s.doc, s.quote))
        return out

    def preload(self, facts: Sequence[Fact]) -> None:
        """Load, in a few queries, every entity, claimed attack and document that
        rendering ``facts`` will need."""
        attack_ids = [f.args["attack"] for f in facts if f.type == "claim" and f.args.get("attack")]
        missing = [i for i in dict.fromkeys(attack_ids) if i not in self._facts]
        if missing:
            found = {f.id: f for f in self.facts_by_id(missing)}
            for i in missing:
                self._facts[i] = found.get(i)
        attacks = [a for a in (self._facts.get(i) for i in attack_ids) if a is not None]
        ids = {v for f in [*facts, *attacks] for v in _entity_args(f).values()}
        ids |= {f.location for f in facts if f.location}
        self.load_entities(ids)
        self.load_docs(s.doc for f in facts for s in f.sources)

    # rendering
    def item(self, fact: Fact, *, status: str | None = None) -> FactItem:
        self.load_entities([*_entity_args(fact).values(), fact.location or ""])
        args: dict[str, Ref | str] = {}
        for role, value in fact.args.items():
            if value.startswith("fact:"):
                args[role] = value
            else:
                args[role] = self.ref(value) or value
        time = fact.time
        summary = describe(fact, self.name)
        attack_id = fact.args.get("attack") if fact.type == "claim" else None
        if attack_id:
            attack = self.fact(attack_id)
            if attack is not None:
                self.load_entities(_entity_args(attack).values())
                summary += f" for: {describe(attack, self.name)}"
        return FactItem(
            id=fact.id,
            type=fact.type,
            summary=summary,
            start=time.start if time else None,
            end=time.end if time else None,
            time_text=time.text if time else None,
            location=self.ref(fact.location),
            modality=fact.modality,
            confidence=fact.confidence,
            corroboration=fact.corroboration,
            args=args,
            attrs=dict(fact.attrs),
            sources=self.sources([fact]),
            status=status,
        )


def _entity_args(fact: Fact) -> dict[str, str]:
    return {k: v for k, v in fact.args.items() if isinstance(v, str) and not v.startswith("fact:")}


# --------------------------------------------------------------------------- summaries

_TEMPLATES = {
    "attack": "{perpetrator} attacked {target}",
    "claim": "{claimant} claimed responsibility",
    "statement": "statement by {speaker}",
    "pledge": "{pledger} pledged allegiance to {recipient}",
    "founding": "{organization} founded",
    "branch": "{organization} is a {kind} of {parent}",
    "alliance": "{a} and {b}: {kind}",
    "leadership": "{person}, {role} of {organization}",
    "succession": "{successor} succeeded {predecessor} ({organization})",
    "membership": "{person}, member of {organization}",
    "defection": "{member} defected from {from} to {to}",
    "death": "{person} died ({cause}) — killer: {killer}",
    "capture": "{person} {kind} by {captor}",
    "identity": "{a} is {b}",
}


class _Fill(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def describe(fact: Fact, name_of: Any = None) -> str:
    """A one-line summary of a fact: "Magomed Suleimanov died (killed) — killer: Russian forces"."""
    name_of = name_of or (lambda x: x)
    values = _Fill()
    for role, value in fact.args.items():
        values[role] = value if value.startswith("fact:") else name_of(value)
    defaults = {
        "kind": fact.type,
        "role": "leader",
        "cause": "unknown",
        "killer": "unknown",
        "captor": "unknown",
    }
    for key, default in defaults.items():
        values.setdefault(key, fact.attrs.get(key) or default)
    if fact.type == "capture":
        values["kind"] = fact.attrs.get("kind") or "captured"
    if fact.type == "identity" and fact.modality != "asserted":
        return f"{values['a']} may be {values['b']} ({fact.modality})"
    text = _TEMPLATES.get(fact.type, fact.type).format_map(values)
    if fact.type == "attack" and "perpetrator" not in fact.args:
        text = f"attack on {values['target']}"
    if fact.type == "defection" and "to" not in fact.args:
        text = text.replace(" to ?", "")
    if fact.type == "death" and "killer" not in fact.args:
        text = text.replace(" — killer: unknown", "")
    return text


# --------------------------------------------------------------------------- dates


def _check_date(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if lower(value) is None:
        raise QueryError(f"{what}: not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    return value


def _sort_key(fact: Fact) -> tuple[str, str]:
    if fact.time is None:
        return ("9999", fact.id)
    return (lower(fact.time.start) or lower(fact.time.end) or "9999", fact.id)


# --------------------------------------------------------------------------- lookups


def find_entity(store: Any, name: str, *, prefer: Sequence[str] = ()) -> Entity:
    """One entity by id ("ent:…"), name or alias; ``NotFound`` / ``Ambiguous`` otherwise."""
    return _View(store).resolve(name, prefer=prefer)


def find_fact(store: Any, fact_id: str) -> Fact:
    """One fact by id, with or without "fact:", or by a unique prefix of its id."""
    fact_id = fact_id.strip()
    full = fact_id if fact_id.startswith("fact:") else "fact:" + fact_id
    for candidate in dict.fromkeys([fact_id, full]):
        found = store.get_fact(candidate)
        if found is not None:
            return found
    conn = getattr(store, "connection", None)
    matches = sql.fact_ids_with_prefix(conn, full) if conn is not None else []
    if len(matches) == 1:
        fact = store.get_fact(matches[0])
        if fact is not None:
            return fact
    if len(matches) > 1:
        raise QueryError(f"{fact_id!r} matches several facts: {', '.join(matches)}")
    raise NotFound(f"no fact with id {fact_id!r}")


# --------------------------------------------------------------------------- leaders

_LEADERSHIP_TYPES = ("leadership", "succession")
_FATE_TYPES = ("death", "capture", "defection")


def _org_leadership(view: _View, org_id: str) -> tuple[Leadership, dict[str, Fact]]:
    facts = view.facts_for([org_id], types=_LEADERSHIP_TYPES)
    people = {
        v
        for f in facts
        for k, v in f.args.items()
        if k in ("person", "successor", "predecessor") and isinstance(v, str)
    }
    fates = view.facts_for(sorted(people), types=_FATE_TYPES) if people else []
    by_id = {f.id: f for f in [*facts, *fates]}
    view.load_docs(s.doc for f in by_id.values() for s in f.sources)
    published = {doc: view.doc_meta(doc)[1] for f in by_id.values() for doc in {s.doc for s in f.sources}}
    return leadership(org_id, by_id.values(), published=published), by_id


def _leader(view: _View, tenure: Tenure, by_id: dict[str, Fact], on: str | None) -> Leader:
    view.load_entities([tenure.person, tenure.organization, tenure.predecessor or "", tenure.successor or ""])
    facts = [by_id[i] for i in dict.fromkeys(tenure.facts) if i in by_id]
    return Leader(
        person=view.ref(tenure.person),  # type: ignore[arg-type]
        organization=view.ref(tenure.organization),  # type: ignore[arg-type]
        role=tenure.role,
        role_class=tenure.role_class,
        start=tenure.start,
        end=tenure.end,
        start_min=tenure.start_min,
        start_max=tenure.start_max,
        end_min=tenure.end_min,
        end_max=tenure.end_max,
        ended_by=tenure.ended_by,
        predecessor=view.ref(tenure.predecessor),
        successor=view.ref(tenure.successor),
        certain=tenure.certainly_on(on) if on else None,
        facts=[f.id for f in facts],
        sources=view.sources(facts),
    )


_ROLE_ORDER = {
    cls: i for i, cls in enumerate(("leader", "wali", "deputy", "commander", "spokesman", "founder", "other"))
}


def leaders(store: Any, org: str, *, on: str | None = None, role: str | None = None) -> Leaders:
    """Who led ``org`` (name, alias or id): every tenure, or those that may cover date
    ``on``; ``role`` keeps one post (emir ~ leader ~ amir; wali, deputy, spokesman,
    commander). Gaps between holders are reported as vacancies."""
    on = _check_date(on, "--on")
    view = _View(store)
    ent = view.resolve(org, prefer=("organization", "group_of_people"))
    lead, by_id = _org_leadership(view, ent.id)
    cls = role_class(role) if role else None
    if on:
        tenures, gaps = lead.on(on, role=role)
    else:
        tenures = [t for t in lead.tenures if cls is None or t.role_class == cls]
        gaps = [g for g in lead.gaps if cls is None or g.role_class == cls]
    tenures = sorted(tenures, key=lambda t: (_ROLE_ORDER.get(t.role_class, 99), t.sort_key(), t.person))
    view.load_entities([g.after for g in gaps] + [g.before for g in gaps])
    names = {i: view.name(i) for g in gaps for i in (g.after, g.before)}
    org_ref = Ref(ent.id, ent.name, ent.type)
    return Leaders(
        organization=org_ref,
        on=on,
        role=role,
        leaders=[_leader(view, t, by_id, on) for t in tenures],
        gaps=[
            Vacancy(
                organization=org_ref,
                role_class=g.role_class,
                after=view.ref(g.after),  # type: ignore[arg-type]
                before=view.ref(g.before),  # type: ignore[arg-type]
                start=g.start,
                end=g.end,
                text=g.describe(names),
            )
            for g in gaps
        ],
    )


# --------------------------------------------------------------------------- profile

_RELATION_TYPES = ("pledge", "branch", "alliance", "founding")


def profile(store: Any, name: str) -> Profile:
    """Everything known about one entity (usually a person): aliases, posts with dates,
    memberships, defections, fate, possible identities (never merged), sources."""
    view = _View(store)
    ent = view.resolve(name, prefer=("person",))
    facts = view.facts_for([ent.id])
    roles: list[Leader] = []
    orgs = sorted(
        {
            f.args["organization"]
            for f in facts
            if f.type in _LEADERSHIP_TYPES
            and isinstance(f.args.get("organization"), str)
            and ent.id in (f.args.get("person"), f.args.get("successor"), f.args.get("predecessor"))
        }
    )
    for org_id in orgs:
        lead, by_id = _org_leadership(view, org_id)
        roles += [_leader(view, t, by_id, None) for t in lead.tenures if t.person == ent.id]
    roles.sort(key=lambda r: (lower(r.start_min or r.start_max) or "9999", r.organization.name))

    view.preload(facts)
    memberships, defections, fate, relations, activity = [], [], [], [], []
    identities: list[Identity] = []
    for fact in sorted(facts, key=_sort_key):
        if fact.type in _LEADERSHIP_TYPES:
            continue
        if fact.type == "membership" and fact.args.get("person") == ent.id:
            memberships.append(view.item(fact))
        elif fact.type == "defection":
            defections.append(view.item(fact))
        elif fact.type in ("death", "capture") and fact.args.get("person") == ent.id:
            fate.append(view.item(fact))
        elif fact.type == "identity":
            other = fact.args.get("b") if fact.args.get("a") == ent.id else fact.args.get("a")
            if other and other != ent.id:
                identities.append(
                    Identity(
                        other=view.ref(other),  # type: ignore[arg-type]
                        modality=fact.modality,
                        fact=fact.id,
                        sources=view.sources([fact]),
                    )
                )
        elif fact.type in _RELATION_TYPES:
            relations.append(view.item(fact))
        else:
            activity.append(view.item(fact))

    counts: dict[str, int] = {}
    for fact in facts:
        for doc in {s.doc for s in fact.sources}:
            counts[doc] = counts.get(doc, 0) + 1
    view.load_docs(counts)
    sources = [
        SourceCount(doc, *view.doc_meta(doc), facts=n)
        for doc, n in sorted(counts.items(), key=lambda kv: (view.doc_meta(kv[0])[1] or "", kv[0]))
    ]
    return Profile(
        entity=Ref(ent.id, ent.name, ent.type),
        aliases=list(ent.aliases),
        roles=roles,
        memberships=memberships,
        defections=defections,
        fate=fate,
        identities=identities,
        relations=relations,
        activity=activity,
        sources=sources,
    )


# --------------------------------------------------------------------------- timeline


def timeline(store: Any, name: str) -> Timeline:
    """Every fact about a person, group or place, dated ones in time order
    (a place: the facts located there)."""
    view = _View(store)
    ent = view.resolve(name)
    facts = {f.id: f for f in view.facts_for([ent.id])}
    if ent.type in ("location", "facility"):
        facts.update({f.id: f for f in view.facts_at([ent.id])})
    ordered = sorted(facts.values(), key=_sort_key)
    view.preload(ordered)
    dated = [view.item(f) for f in ordered if f.time and (f.time.start or f.time.end)]
    undated = [view.item(f) for f in ordered if not (f.time and (f.time.start or f.time.end))]
    return Timeline(entity=Ref(ent.id, ent.name, ent.type), entries=dated, undated=undated)


# --------------------------------------------------------------------------- events

STATUSES = ("claimed", "unverified", "confirmed")
_CLAIMISH = ("claimed", "alleged", "reported")


def _statuses(fact: Fact, claims: list[Fact], confirmed: set[str]) -> set[str]:
    """Which of claimed / unverified / confirmed a fact is.

    claimed: a party claims it (modality claimed, or a claim fact points at it);
    confirmed: asserted by two or more documents, or confirmed by an analyst;
    unverified: claimed or attributed, not verified, and no independent source asserts it.
    """
    out: set[str] = set()
    curated = fact.id in confirmed or fact.attrs.get("confirmed") is True
    if curated or (fact.modality == "asserted" and fact.corroboration >= 2):
        out.add("confirmed")
    is_claim = fact.type == "claim" or fact.modality in _CLAIMISH or bool(claims)
    if fact.modality == "claimed" or fact.type == "claim" or claims:
        out.add("claimed")
    verified = fact.attrs.get("verified")
    if verified is None and claims:
        verified = True if any(c.attrs.get("verified") is True for c in claims) else None
    independent = fact.modality == "asserted" and fact.type != "claim"
    if is_claim and verified is not True and not independent and "confirmed" not in out:
        out.add("unverified")
    return out


def _status_label(statuses: set[str], fact: Fact) -> str:
    for label in ("confirmed", "unverified", "claimed"):
        if label in statuses:
            return label
    return fact.modality


def _geocode(view: _View, place: str, gazetteer: Any | None) -> tuple[float, float]:
    """A place's coordinates: a location in the knowledge base first, then the gazetteer."""
    for ent in view.store.find_entities(place):
        if ent.geo is not None:
            return ent.geo.lat, ent.geo.lon
    if gazetteer is None:
        try:
            from orbat.places import Gazetteer
        except ImportError as exc:  # pragma: no cover - places.py is part of orbat
            raise QueryError(f"cannot geocode {place!r}: no gazetteer") from exc
        gazetteer = Gazetteer()
    found = gazetteer.geocode(place)
    if found is None:
        raise NotFound(f"cannot place {place!r} (not in the knowledge base or the gazetteer)")
    geo = getattr(found, "geo", None) or found
    return float(geo.lat), float(geo.lon)


def events(
    store: Any,
    *,
    group: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    near: str | None = None,
    km: float | None = None,
    status: str | None = None,
    limit: int | None = None,
    gazetteer: Any | None = None,
) -> Events:
    """Events (attacks, claims, statements, pledges, foundings, defections, deaths,
    captures) filtered by group (any role), type, date window (partial ISO, overlap),
    country (ISO alpha-2 of the location), distance from a place, and status
    (claimed | unverified | confirmed). Ordered by time."""
    since = _check_date(since, "--since")
    until = _check_date(until, "--until")
    if status is not None and status not in STATUSES:
        raise QueryError(f"--status must be one of {', '.join(STATUSES)}, not {status!r}")
    if type is not None:
        types = tuple(t.strip() for t in type.split(",") if t.strip())
        bad = [t for t in types if t not in FACT_TYPES]
        if bad:
            raise QueryError(f"unknown fact type {bad[0]!r} (one of {', '.join(FACT_TYPES)})")
    else:
        types = tuple(t for t in FACT_TYPES if t in EVENT_TYPES)
    if near is not None and km is None:
        km = 50.0
    view = _View(store)

    location_ids: set[str] | None = None
    if country or near:
        places = view.places()
        if country:
            cc = country.strip().upper()
            places = [p for p in places if p.geo and (p.geo.country or "").upper() == cc]
        if near:
            lat, lon = _geocode(view, near, gazetteer)
            places = [
                p for p in places if p.geo and haversine_km(lat, lon, p.geo.lat, p.geo.lon) <= (km or 0)
            ]
        location_ids = {p.id for p in places}

    window = {"since": lower(since), "until": upper(until)}
    if group is not None:
        ent = view.resolve(group, prefer=("organization", "group_of_people"))
        candidates = view.facts_for([ent.id], types=types, **window)
    elif location_ids is not None:
        candidates = view.facts_at(sorted(location_ids), types=types, **window)
    else:
        candidates = view.facts_of(types, **window)

    selected: list[Fact] = []
    for fact in candidates:
        if fact.type not in types:
            continue
        if location_ids is not None and fact.location not in location_ids:
            continue
        if since or until:
            if fact.time is None or not (fact.time.start or fact.time.end):
                continue
            if not overlaps(fact.time.start or fact.time.end, fact.time.end or fact.time.start, since, until):
                continue
        selected.append(fact)

    # claims pointing at the selected facts, for status
    claims: dict[str, list[Fact]] = {}
    if selected:
        wanted = [f.id for f in selected if f.type != "claim"]
        for claim in view.facts_for(wanted, types=("claim",)) if wanted else []:
            target = claim.args.get("attack")
            if target:
                claims.setdefault(target, []).append(claim)
    confirmed = view.confirmed()

    chosen: list[tuple[Fact, set[str]]] = []
    for fact in sorted(selected, key=_sort_key):
        st = _statuses(fact, claims.get(fact.id, []), confirmed)
        if status is not None and status not in st:
            continue
        chosen.append((fact, st))
        if limit is not None and len(chosen) >= limit:
            break
    view.preload([f for f, _st in chosen])
    out = [view.item(fact, status=_status_label(st, fact)) for fact, st in chosen]
    filters = {
        "group": group,
        "type": type,
        "since": since,
        "until": until,
        "country": country,
        "near": near,
        "km": km if near else None,
        "status": status,
    }
    return Events(filters={k: v for k, v in filters.items() if v is not None}, events=out)


# --------------------------------------------------------------------------- graph

_GRAPH_TYPES = ("branch", "alliance", "pledge", "defection")


def graph(store: Any, *, on: str | None = None) -> Graph:
    """Groups as nodes; branch, alliance, pledge and defection relations as edges,
    only those that may hold on date ``on`` (an event from when it happened on).
    A pledge to a person is drawn to the group that person leads."""
    on = _check_date(on, "--on")
    view = _View(store)
    facts = view.relation_facts(_GRAPH_TYPES, on)
    view.load_docs(s.doc for f in facts for s in f.sources)
    view.load_entities(v for f in facts for v in _entity_args(f).values())
    sides = {
        f.args[k]
        for f in facts
        if f.type == "pledge"
        for k in ("pledger", "recipient")
        if isinstance(f.args.get(k), str)
    }
    view.load_entities(sides)
    people = sorted(i for i in sides if (ent := view.entity(i)) is not None and ent.type == "person")
    # person -> [(org, start, end, documents)] of their top-leadership facts
    led: dict[str, list[tuple[str, str | None, str | None, int]]] = {}
    if people:
        for fact in view.facts_for(people, types=("leadership",)):
            person, org = fact.args.get("person"), fact.args.get("organization")
            if person and org and role_class(fact.attrs.get("role")) == "leader":
                t = fact.time
                led.setdefault(person, []).append(
                    (org, t.start if t else None, t.end if t else None, fact.corroboration)
                )

    def group_of(person: str, when: tuple[str | None, str | None]) -> str | None:
        """The group a person led when they pledged (or were pledged to): a tenure dated
        over that time first, then the group most documents say they led."""
        tenures = led.get(person) or []
        lo, hi = when[0] or when[1], when[1] or when[0]
        dated = [t for t in tenures if (t[1] or t[2]) and overlaps(t[1], t[2], lo, hi)]
        if dated:
            return sorted(dated, key=lambda t: (-t[3], t[0]))[0][0]
        docs: dict[str, int] = {}
        for org, start, end, n in tenures:
            if overlaps(start, end, lo, hi):
                docs[org] = docs.get(org, 0) + n
        return sorted(docs, key=lambda org: (-docs[org], org))[0] if docs else None

    edges: dict[tuple[str, str, str, str | None], tuple[Edge, list[Fact]]] = {}
    for fact in facts:
        start, end = relation_span(fact)
        if on is not None and not overlaps(start, end, on, on):
            continue
        a = fact.args
        label = None
        if fact.type == "branch":
            src, dst = a.get("organization"), a.get("parent")
        elif fact.type == "alliance":
            src, dst = a.get("a"), a.get("b")
        elif fact.type == "pledge":
            src, dst = a.get("pledger"), a.get("recipient")
            when = (fact.time.start, fact.time.end) if fact.time else (None, None)
            notes = []
            if src and (group := group_of(src, when)):
                notes.append(f"by {view.name(src)}")
                src = group
            if dst and (group := group_of(dst, when)):
                notes.append(f"to {view.name(dst)}")
                dst = group
            label = ", ".join(notes) or None
        else:
            src, dst = a.get("from"), a.get("to")
            if a.get("member"):
                label = view.name(a["member"])
        if not src or not dst or src == dst:
            continue
        subkind = fact.attrs.get("kind") if fact.type in ("branch", "alliance") else None
        pair = tuple(sorted((src, dst))) if fact.type == "alliance" else (src, dst)
        key = (pair[0], pair[1], fact.type, subkind)
        if key not in edges:
            edges[key] = (
                Edge(src, dst, fact.type, subkind, start, end, label, [], []),
                [],
            )
        edge, supporting = edges[key]
        supporting.append(fact)
        edge.facts.append(fact.id)
        if label and edge.label != label:
            notes = edge.label.split(", ") if edge.label else []
            edge.label = ", ".join([*notes, *(n for n in label.split(", ") if n not in notes)])
        if lower(start) and (edge.start is None or (lower(start) or "") < (lower(edge.start) or "")):
            edge.start = start
    node_ids = sorted({i for edge, _f in edges.values() for i in (edge.source, edge.target)})
    view.load_entities(node_ids)
    nodes = []
    for i in node_ids:
        ref = view.ref(i)
        nodes.append(Node(id=i, name=ref.name if ref else i, type=(ref.type if ref else None) or "other"))
    out_edges = []
    for _key, (edge, supporting) in sorted(edges.items(), key=lambda kv: kv[0][:3]):
        edge.sources = view.sources(supporting)
        out_edges.append(edge)
    return Graph(on=on, nodes=nodes, edges=out_edges)


# --------------------------------------------------------------------------- search


def search(store: Any, text: str, *, limit: int = 20) -> SearchResults:
    """Full-text search over documents and entity names."""
    view = _View(store)
    hits = store.search(text, limit=limit)
    view.load_docs(h.id for h in hits if h.kind == "document")
    view.load_entities(h.id for h in hits if h.kind == "entity")
    out = []
    for h in hits:
        published = view.doc_meta(h.id)[1] if h.kind == "document" else None
        etype = view.entity(h.id).type if h.kind == "entity" and view.entity(h.id) else None  # type: ignore[union-attr]
        out.append(
            Hit(kind=h.kind, id=h.id, title=h.title, snippet=h.snippet, published=published, type=etype)
        )
    return SearchResults(text=text, hits=out)


def when(item: FactItem) -> str:
    """ "April 2015", "between September 2013 and April 2014" (an event), "since June 2015",
    "until December 2014", "June 2014 – February 2015" (a state), or "undated"."""
    start, end = item.start, item.end
    if not start and not end:
        return "undated"
    if item.type in EVENT_TYPES:
        if start and end and start != end:
            return f"between {human_date(start)} and {human_date(end)}"
        return human_date(start or end)
    if start and end:
        return human_date(start) if start == end else f"{human_date(start)} – {human_date(end)}"
    return f"since {human_date(start)}" if start else f"until {human_date(end)}"


__all__ = [
    "Ambiguous",
    "Edge",
    "Events",
    "FactItem",
    "Graph",
    "Hit",
    "Identity",
    "Leader",
    "Leaders",
    "Node",
    "NotFound",
    "Profile",
    "QueryError",
    "Ref",
    "STATUSES",
    "SearchResults",
    "Source",
    "SourceCount",
    "Timeline",
    "Vacancy",
    "describe",
    "events",
    "find_entity",
    "find_fact",
    "graph",
    "haversine_km",
    "leaders",
    "profile",
    "search",
    "timeline",
    "when",
]
