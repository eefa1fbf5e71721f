"""Reading the knowledge base for the queries: entities, facts, documents and their evidence, with a small cache; fact summaries and date checks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from orbat.model import Entity, Fact
from orbat.query.answers import Ambiguous, FactItem, NotFound, QueryError, Ref, Source
from orbat.store.base import Store
from orbat.timelines import (
    lower,
    upper,
)

# --------------------------------------------------------------------------- reading the store


class StoreView:
    """The store as the queries read it (through ``Store`` methods only), entity,
    fact and document metadata cached per query."""

    def __init__(self, store: Store):
        self.store = store
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
        found = self.store.entities_by_id(missing)
        for i in missing:
            self._entities[i] = found.get(i)

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
        found = self.store.find_entities(name) or self._by_reference(name)
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
            found = self._the_reference_group(name, found)
        if len(found) > 1:
            raise Ambiguous(name, found)
        self._entities[found[0].id] = found[0]
        return found[0]

    @staticmethod
    def _the_reference_group(name: str, found: list[Entity]) -> list[Entity]:
        """Of several groups carrying a name ("HTS" also an alias of the Nusra Front it was
        renamed from, "ADF" of the province it pledged into), the one the reference says the
        name stands for, when it is one."""
        from orbat.reference import load_reference

        refs = {group.id for group in load_reference().lookup_groups(name)}
        linked = [e for e in found if e.ref is not None and e.ref in refs]
        return linked if len(linked) == 1 else found

    def _by_reference(self, name: str) -> list[Entity]:
        """A group asked for by a name or a spelling the knowledge base does not hold
        ("Hurras al-Deen", "Jemaah Ansharut Daulah", "Guardians of Religion"): the entities
        linked to the reference group that name stands for, or named by one of its names."""
        from orbat.reference import load_reference  # only when no name matched

        found: dict[str, Entity] = {}
        for group in load_reference().lookup_groups(name):
            for other in group.names:
                for ent in self.store.find_entities(other):
                    if ent.ref == group.id or (ent.ref is None and ent.type == "organization"):
                        found[ent.id] = ent
        return sorted(found.values(), key=lambda e: e.id)

    # facts
    def facts_for(
        self, entity_ids: Sequence[str], *, types: Sequence[str] | None = None, **window: str | None
    ) -> list[Fact]:
        """Facts naming any of ``entity_ids``; ``since``/``until`` (full ISO days) only
        pre-filter (the caller applies the exact test)."""
        return self.store.facts_for_entities(entity_ids, types=types, **window)

    def facts_at(
        self, location_ids: Sequence[str], *, types: Sequence[str] | None = None, **window: str | None
    ) -> list[Fact]:
        if not location_ids:
            return []
        return self.store.facts_at_locations(location_ids, types=types, **window)

    def facts_of(
        self, types: Sequence[str], *, since: str | None = None, until: str | None = None
    ) -> list[Fact]:
        return self.store.facts_of_types(types, since=since, until=until)

    def relation_facts(self, types: Sequence[str], on: str | None) -> list[Fact]:
        return self.store.relation_facts(types, on_start=lower(on), on_end=upper(on))

    def facts_by_id(self, ids: Sequence[str]) -> list[Fact]:
        return self.store.facts_by_id(ids)

    def fact(self, fact_id: str) -> Fact | None:
        if fact_id not in self._facts:
            self._facts[fact_id] = self.store.get_fact(fact_id)
        return self._facts[fact_id]

    def places(self) -> list[Entity]:
        return self.store.places_with_geo()

    def confirmed(self) -> set[str]:
        return self.store.confirmed_fact_ids()

    # documents
    def load_docs(self, ids: Iterable[str]) -> None:
        missing = sorted({i for i in ids if i not in self._docs})
        if not missing:
            return
        found = self.store.document_meta(missing)
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
        ids = {v for f in [*facts, *attacks] for v in entity_args(f).values()}
        ids |= {f.location for f in facts if f.location}
        self.load_entities(ids)
        self.load_docs(s.doc for f in facts for s in f.sources)

    # rendering
    def item(self, fact: Fact, *, status: str | None = None) -> FactItem:
        self.load_entities([*entity_args(fact).values(), fact.location or ""])
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
                self.load_entities(entity_args(attack).values())
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


def entity_args(fact: Fact) -> dict[str, str]:
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


def check_date(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if lower(value) is None:
        raise QueryError(f"{what}: not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    return value


def sort_key(fact: Fact) -> tuple[str, str]:
    if fact.time is None:
        return ("9999", fact.id)
    return (lower(fact.time.start) or lower(fact.time.end) or "9999", fact.id)


# --------------------------------------------------------------------------- lookups


def find_entity(store: Store, name: str, *, prefer: Sequence[str] = ()) -> Entity:
    """One entity by id ("ent:…"), name or alias; ``NotFound`` / ``Ambiguous`` otherwise."""
    return StoreView(store).resolve(name, prefer=prefer)


def find_fact(store: Store, fact_id: str) -> Fact:
    """One fact by id, with or without "fact:", or by a unique prefix of its id."""
    fact_id = fact_id.strip()
    full = fact_id if fact_id.startswith("fact:") else "fact:" + fact_id
    for candidate in dict.fromkeys([fact_id, full]):
        found = store.get_fact(candidate)
        if found is not None:
            return found
    matches = store.fact_ids_with_prefix(full)
    if len(matches) == 1:
        fact = store.get_fact(matches[0])
        if fact is not None:
            return fact
    if len(matches) > 1:
        raise QueryError(f"{fact_id!r} matches several facts: {', '.join(matches)}")
    raise NotFound(f"no fact with id {fact_id!r}")
