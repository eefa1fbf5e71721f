"""Events as the event tables see them (ACLED and GTD CSV, GeoJSON): one record per
event, with its place, its parties, its casualties, its status and every source.

A claim of responsibility that points at an attack is folded into that attack (its
claimant, medium and sources join the attack's record); a claim with no attack is an
event of its own. The status is the one ``orbat events`` shows (claimed, unverified,
confirmed, else the modality), computed by the same function."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TextIO

from orbat.export.selection import KBSlice
from orbat.model import EVENT_TYPES, Entity, Fact
from orbat.query.events import _status_label, _statuses
from orbat.query.view import describe, sort_key
from orbat.timelines import lower, upper

# For each event type, the args of the side that acts, of its associates, and of the side acted on.
ROLES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "attack": (("perpetrator",), (), ("target",)),
    "claim": (("claimant",), (), ()),
    "statement": (("speaker",), ("organization",), ()),
    "pledge": (("pledger",), ("recipient",), ()),
    "founding": (("organization",), (), ()),
    "defection": (("member",), ("to",), ("from",)),
    "death": (("killer",), (), ("person",)),
    "capture": (("captor",), (), ("person",)),
}


@dataclass(frozen=True, slots=True)
class Party:
    """A party to an event: an entity, or plain text (an attack's target may be text)."""

    name: str
    id: str | None = None
    type: str | None = None
    ref: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "ref": self.ref}


@dataclass(frozen=True, slots=True)
class SourceRef:
    doc: str
    quote: str
    attributed_to: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "title": self.title,
            "published": self.published,
            "publisher": self.publisher,
            "url": self.url,
            "quote": self.quote,
            "attributed_to": self.attributed_to,
        }


@dataclass(slots=True)
class EventRecord:
    fact: Fact
    summary: str
    status: str  # claimed | unverified | confirmed, else the fact's modality
    start: str | None  # partial ISO bounds of when it happened
    end: str | None
    place: Entity | None
    actors: list[Party] = field(default_factory=list)
    associates: list[Party] = field(default_factory=list)
    acted_on: list[Party] = field(default_factory=list)
    claims: list[Fact] = field(default_factory=list)
    claimants: list[Party] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.fact.type

    @property
    def id(self) -> str:
        return self.fact.id

    def casualties(self, kind: str) -> tuple[int | None, int | None]:
        """(min, max) of ``killed`` or ``wounded``; (None, None) when not reported."""
        value = self.fact.attrs.get(kind)
        if isinstance(value, dict):
            return _int(value.get("min")), _int(value.get("max"))
        if isinstance(value, int | float) and not isinstance(value, bool):
            return int(value), int(value)
        return None, None

    @property
    def claimed(self) -> bool:
        return bool(self.claims) or self.fact.type == "claim" or self.fact.modality == "claimed"

    @property
    def claim_media(self) -> list[str]:
        facts = self.claims or ([self.fact] if self.fact.type == "claim" else [])
        return sorted({str(m) for f in facts if (m := f.attrs.get("medium"))})


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def party(data: KBSlice, value: str) -> Party:
    ent = data.entity(value)
    if ent is None:
        return Party(name=value)
    return Party(name=ent.name, id=ent.id, type=ent.type, ref=ent.ref)


def _parties(data: KBSlice, fact: Fact, roles: tuple[str, ...]) -> list[Party]:
    return [party(data, fact.args[r]) for r in roles if fact.args.get(r)]


def sources_of(data: KBSlice, facts: list[Fact]) -> list[SourceRef]:
    """Every evidence of ``facts`` (in order, without repeats) with its document's metadata."""
    seen: set[tuple[str, int, int]] = set()
    out: list[SourceRef] = []
    for fact in facts:
        for ev in fact.sources:
            if (ev.doc, ev.start, ev.end) in seen:
                continue
            seen.add((ev.doc, ev.start, ev.end))
            doc = data.document(ev.doc)
            meta = (doc.title, doc.published, doc.publisher, doc.author, doc.url) if doc else (None,) * 5
            out.append(SourceRef(ev.doc, ev.quote, ev.attributed_to, *meta))
    return out


def name_of(data: KBSlice) -> Any:
    return lambda value: ent.name if (ent := data.entity(value)) else value


def collect_events(data: KBSlice) -> list[EventRecord]:
    """The slice's events in time order (undated last), claims folded into their attacks."""
    claims: dict[str, list[Fact]] = {}
    for fact in data.facts:
        target = fact.args.get("attack") if fact.type == "claim" else None
        if target and data.fact(target) is not None:
            claims.setdefault(target, []).append(fact)
    folded = {c.id for cs in claims.values() for c in cs}
    names = name_of(data)
    records = []
    for fact in sorted(data.facts, key=sort_key):
        if fact.type not in EVENT_TYPES or fact.id in folded:
            continue
        its_claims = claims.get(fact.id, [])
        actors, associates, acted_on = ROLES[fact.type]
        claimants = [party(data, c.args["claimant"]) for c in [*its_claims, fact]
                     if c.type == "claim" and c.args.get("claimant")]
        place = data.entity(fact.location) or next(
            (p for c in its_claims if (p := data.entity(c.location)) is not None), None
        )
        start, end = (fact.time.start, fact.time.end) if fact.time else (None, None)
        records.append(
            EventRecord(
                fact=fact,
                summary=describe(fact, names),
                status=_status_label(_statuses(fact, its_claims, set(data.confirmed)), fact),
                start=start or end,
                end=end or start,
                place=place,
                actors=_parties(data, fact, actors),
                associates=_parties(data, fact, associates),
                acted_on=_parties(data, fact, acted_on),
                claims=its_claims,
                claimants=list(dict.fromkeys(claimants)),
                sources=sources_of(data, [fact, *its_claims]),
            )
        )
    return records


def day_bounds(record: EventRecord) -> tuple[date, date] | None:
    """The first and last day the event can have happened on (None if undated)."""
    lo, hi = lower(record.start), upper(record.end)
    if lo is None or hi is None:
        return None
    first, last = date.fromisoformat(lo), date.fromisoformat(hi)
    return (first, last) if first <= last else (last, first)


def affiliations(data: KBSlice) -> dict[str, Entity]:
    """Person id -> the organisation the person leads or belongs to in the slice (from
    the most confident leadership, then membership, fact)."""
    best: dict[str, tuple[tuple[bool, float, str], Entity]] = {}
    for f in data.facts:
        if f.type not in ("leadership", "membership"):
            continue
        person, org = f.args.get("person"), data.entity(f.args.get("organization"))
        if not person or org is None:
            continue
        key = (f.type != "leadership", -f.confidence, f.id)
        if person not in best or key < best[person][0]:
            best[person] = (key, org)
    return {person: org for person, (_key, org) in best.items()}


def latest_published(record: EventRecord) -> str | None:
    dates = [lower(s.published) for s in record.sources if s.published]
    return max((d for d in dates if d), default=None)


def write_table(out: TextIO, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> int:
    """Rows as CSV (RFC 4180: CRLF, fields quoted where needed) under a header; returns
    the number of rows."""
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return len(rows)
