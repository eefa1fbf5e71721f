"""The knowledge base as a STIX 2.1 bundle (``orbat export --format stix``), built with the
``stix2`` library. The mapping (``docs/exports.md``):

- armed groups -> ``threat-actor``; state forces, monitors, groups of people, persons
  and other parties -> ``identity`` (a person is always an ``identity`` of class
  ``individual``: a role in a group is a relationship that begins and ends, a STIX type
  cannot); places with coordinates -> ``location``;
- leadership, membership, pledges, branches, alliances, successions, defections, hedged
  identities, deaths and captures at someone's hands -> ``relationship`` objects with
  lowercase-hyphenated types, ``start_time`` / ``stop_time`` and ``confidence``;
- attacks -> ``incident`` (with ``x_orbat_*`` properties for time, method, casualties and
  status) related to perpetrator, target and place;
- claims, statements, foundings, deaths and captures -> ``note``; facts an analyst
  confirmed -> ``opinion``;
- documents -> ``report`` (url and id in ``external_references``, ``published`` date,
  ``object_refs`` to what they support); each object's ``external_references`` carry the
  orbat id and every supporting quote.

Every id is a UUIDv5 of orbat's stable id, and ``created`` / ``modified`` are the earliest
and latest publication dates in the export, so one knowledge base gives the same bundle."""

from __future__ import annotations

import json
import uuid
from typing import Any, TextIO

import stix2

from orbat.export.jsontext import dumps
from orbat.export.relations import relation_ends
from orbat.export.selection import KBSlice, as_slice
from orbat.model import Entity, Fact
from orbat.query.events import _status_label, _statuses
from orbat.query.view import describe
from orbat.timelines import lower, upper

NAMESPACE = uuid.UUID("5b0d1f8e-6c1a-5a57-9a43-0b2f6f0c7e11")  # orbat's namespace for STIX ids
EPOCH = "1970-01-01T00:00:00Z"
ORBAT_IDENTITY = "identity--" + str(uuid.uuid5(NAMESPACE, "orbat"))

NOTE_TYPES = {"claim", "statement", "founding", "death", "capture"}
NOTE_TITLES = {
    "claim": "Claim of responsibility",
    "statement": "Statement",
    "founding": "Founding",
    "death": "Death",
    "capture": "Capture",
}
STATE_TYPES = {"leadership", "membership", "branch", "alliance"}


def stix_id(kind: str, key: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, key)}"


def _day_start(date: str | None) -> str | None:
    day = lower(date)
    return f"{day}T00:00:00Z" if day else None


def _day_end(date: str | None) -> str | None:
    day = upper(date)
    return f"{day}T23:59:59Z" if day else None


def _confidence(value: float) -> int:
    return max(0, min(100, round(value * 100)))


class _Bundle:
    """Builds the STIX objects of one slice."""

    def __init__(self, data: KBSlice):
        self.data = data
        dates = sorted(d for doc in data.documents if (d := _day_start(doc.published)))
        self.common = {
            "created": dates[0] if dates else EPOCH,
            "modified": dates[-1] if dates else EPOCH,
            "created_by_ref": ORBAT_IDENTITY,
            "allow_custom": True,
        }
        self.objects: dict[str, Any] = {}
        self.entity_ids: dict[str, str | None] = {}
        self.by_doc: dict[str, set[str]] = {}
        self.fact_objects: dict[str, list[str]] = {}
        self.names = lambda v: ent.name if (ent := data.entity(v)) else v

    # ------------------------------------------------------------------ entities
    def entity(self, value: str | None) -> str | None:
        """The STIX id for an entity id (or an attack's text target), made on first use;
        None for a place with no coordinates."""
        if not value:
            return None
        if value not in self.entity_ids:
            ent = self.data.entity(value)
            obj = self._entity_object(ent) if ent else self._text_target(value)
            if obj is not None:
                self.objects[obj.id] = obj
            self.entity_ids[value] = obj.id if obj is not None else None
        return self.entity_ids[value]

    def _refs(self, ent: Entity) -> list[dict[str, str]]:
        refs = [{"source_name": "orbat", "external_id": ent.id}]
        if ent.ref:
            refs.append({"source_name": "orbat-reference", "external_id": ent.ref})
        return refs

    def _entity_object(self, ent: Entity) -> Any | None:
        common = {**self.common, "name": ent.name, "external_references": self._refs(ent)}
        aka = f"Also known as: {'; '.join(ent.aliases)}." if ent.aliases else None
        if ent.type in ("location", "facility") and ent.geo is not None:
            geo = ent.geo
            extra = {"country": geo.country} if geo.country else {}
            if geo.admin1:
                extra["administrative_area"] = geo.admin1
            return stix2.Location(
                id=stix_id("location", ent.id), latitude=round(geo.lat, 6), longitude=round(geo.lon, 6),
                description=aka, x_orbat_precision=geo.precision, **extra, **common,
            )  # fmt: skip
        if ent.type == "location":
            return None
        if ent.type == "organization" and not (ent.ref or "").startswith(("force:", "source:")):
            return stix2.ThreatActor(
                id=stix_id("threat-actor", ent.id), aliases=ent.aliases or None,
                threat_actor_types=["unknown"], **common,
            )  # fmt: skip
        identity_class = {"person": "individual", "organization": "organization",
                          "group_of_people": "group"}.get(ent.type, "unknown")  # fmt: skip
        return stix2.Identity(id=stix_id("identity", ent.id), identity_class=identity_class,
                              description=aka, **common)  # fmt: skip

    def _text_target(self, text: str) -> Any:
        return stix2.Identity(id=stix_id("identity", "text:" + text), name=text, identity_class="unknown",
                              **self.common)  # fmt: skip

    # ------------------------------------------------------------------ facts
    def _provenance(self, fact: Fact) -> list[dict[str, str]]:
        refs = [{"source_name": "orbat", "external_id": fact.id,
                 "description": f"{fact.type}; modality {fact.modality}; {fact.corroboration} document(s)"}]  # fmt: skip
        for ev in fact.sources:
            doc = self.data.document(ev.doc)
            ref = {"source_name": (doc and (doc.publisher or doc.title)) or ev.doc, "external_id": ev.doc,
                   "description": ev.quote}  # fmt: skip
            if doc is not None and doc.url:
                ref["url"] = doc.url
            refs.append(ref)
        return refs

    def _add(self, fact: Fact, obj: Any) -> None:
        self.objects[obj.id] = obj
        self.fact_objects.setdefault(fact.id, []).append(obj.id)
        for ev in fact.sources:
            self.by_doc.setdefault(ev.doc, set()).add(obj.id)

    def _times(self, fact: Fact) -> dict[str, str]:
        start, end = (fact.time.start, fact.time.end) if fact.time else (None, None)
        if fact.type not in STATE_TYPES:
            start, end = start or end, end or start
        out = {k: v for k, v in (("start_time", _day_start(start)), ("stop_time", _day_end(end))) if v}
        if "start_time" in out and "stop_time" in out and out["stop_time"] <= out["start_time"]:
            del out["stop_time"]
        return out

    def relationship(self, fact: Fact, src: str | None, dst: str | None, rtype: str, key: str) -> None:
        if src is None or dst is None:
            return
        self._add(fact, stix2.Relationship(
            id=stix_id("relationship", f"{fact.id}#{key}"), relationship_type=rtype, source_ref=src,
            target_ref=dst, description=describe(fact, self.names), confidence=_confidence(fact.confidence),
            external_references=self._provenance(fact), x_orbat_modality=fact.modality,
            x_orbat_role=fact.attrs.get("role") or fact.attrs.get("kind"), **self._times(fact), **self.common,
        ))  # fmt: skip

    def relations(self, fact: Fact) -> None:
        if fact.type in ("attack", "claim"):  # an incident, and a note with its own relationship
            return
        for src_arg, dst_arg, rtype in relation_ends(fact):
            src, dst = fact.args.get(src_arg), fact.args.get(dst_arg)
            if src and dst:
                self.relationship(fact, self.entity(src), self.entity(dst), rtype, dst_arg)

    def incident(self, fact: Fact, claims: list[Fact]) -> str:
        start, end = (fact.time.start, fact.time.end) if fact.time else (None, None)
        status = _status_label(_statuses(fact, claims, set(self.data.confirmed)), fact)
        place = self.data.entity(fact.location)
        custom = {
            "x_orbat_start": start or end, "x_orbat_end": end or start, "x_orbat_status": status,
            "x_orbat_modality": fact.modality, "x_orbat_method": fact.attrs.get("method"),
            "x_orbat_target_category": fact.attrs.get("target_category"),
            "x_orbat_killed": fact.attrs.get("killed"), "x_orbat_wounded": fact.attrs.get("wounded"),
            "x_orbat_place": place.name if place else None,
        }  # fmt: skip
        obj = stix2.Incident(
            id=stix_id("incident", fact.id), name=describe(fact, self.names),
            description=f"{describe(fact, self.names)} ({status}).", confidence=_confidence(fact.confidence),
            external_references=self._provenance(fact), **{k: v for k, v in custom.items() if v is not None},
            **self.common,
        )  # fmt: skip
        self._add(fact, obj)
        perpetrator, target = self.entity(fact.args.get("perpetrator")), self.entity(fact.args.get("target"))
        self.relationship(fact, obj.id, perpetrator, "attributed-to", "perpetrator")
        self.relationship(fact, obj.id, target, "targets", "target")
        self.relationship(fact, obj.id, self.entity(fact.location), "located-at", "location")
        return obj.id

    def note(self, fact: Fact, incident: str | None) -> None:
        refs = [r for v in fact.args.values() if (r := self.entity(v) if not v.startswith("fact:") else None)]
        if incident is not None:
            refs.append(incident)
        if not refs:
            return
        lines = [describe(fact, self.names) + "."]
        if fact.time and (fact.time.start or fact.time.end):
            lines.append(f"When: {fact.time.start or '…'} to {fact.time.end or '…'}.")
        for key in ("medium", "verified", "cause", "kind", "accepted_by", "announced_by"):
            if fact.attrs.get(key) is not None:
                lines.append(f"{key.replace('_', ' ').capitalize()}: {fact.attrs[key]}.")
        if fact.type == "claim":
            claimed = self.data.fact(fact.args.get("attack"))
            status = _status_label(_statuses(claimed, [fact], set(self.data.confirmed)), claimed) if claimed else None
            lines.append(f"Status of the claimed attack: {status or 'unverified'}.")
        self._add(fact, stix2.Note(
            id=stix_id("note", fact.id), abstract=NOTE_TITLES[fact.type], content=" ".join(lines),
            object_refs=sorted(dict.fromkeys(refs)), confidence=_confidence(fact.confidence),
            external_references=self._provenance(fact), x_orbat_modality=fact.modality, **self.common,
        ))  # fmt: skip
        if fact.type == "claim" and incident is not None:
            self.relationship(fact, self.entity(fact.args.get("claimant")), incident,
                              "claimed-responsibility-for", "attack")  # fmt: skip

    def opinion(self, fact: Fact) -> None:
        refs = self.fact_objects.get(fact.id)
        if fact.id not in self.data.confirmed or not refs:
            return
        self._add(fact, stix2.Opinion(
            id=stix_id("opinion", fact.id), opinion="strongly-agree", object_refs=sorted(refs),
            explanation="Confirmed by an analyst in orbat.", **self.common,
        ))  # fmt: skip

    def report(self, doc: Any) -> None:
        refs = set(self.by_doc.get(doc.id, ()))
        if not refs:
            return
        for ref in list(refs):  # the entities what the document supports points at
            obj = self.objects[ref]
            for key in ("source_ref", "target_ref"):
                if key in obj:
                    refs.add(obj[key])
            refs.update(r for r in obj.get("object_refs", []) if r in self.objects)
        external = {"source_name": doc.publisher or "orbat document", "external_id": doc.id}
        if doc.url:
            external["url"] = doc.url
        byline = ", ".join(p for p in (doc.author, doc.publisher) if p)
        self.objects[stix_id("report", doc.id)] = stix2.Report(
            id=stix_id("report", doc.id), name=doc.title or doc.id, report_types=["threat-report"],
            published=_day_start(doc.published) or EPOCH, object_refs=sorted(refs),
            description=f"By {byline}." if byline else None, external_references=[external], **self.common,
        )  # fmt: skip

    def build(self) -> list[Any]:
        data = self.data
        claims: dict[str, list[Fact]] = {}
        for fact in data.facts:
            if fact.type == "claim" and data.fact(fact.args.get("attack")) is not None:
                claims.setdefault(fact.args["attack"], []).append(fact)
        incidents = {f.id: self.incident(f, claims.get(f.id, [])) for f in data.facts if f.type == "attack"}
        for fact in data.facts:
            self.relations(fact)
            if fact.type in NOTE_TYPES:
                self.note(fact, incidents.get(fact.args.get("attack", "")) if fact.type == "claim" else None)
        for fact in data.facts:
            self.opinion(fact)
        for doc in data.documents:
            self.report(doc)
        for ent_id in data.entities:  # entities no fact refers to are still part of the export
            self.entity(ent_id)
        orbat = stix2.Identity(
            id=ORBAT_IDENTITY, name="orbat", identity_class="system", created=EPOCH, modified=EPOCH,
            description="orbat: an order of battle from conflict reporting.",
        )  # fmt: skip
        return [orbat, *(self.objects[k] for k in sorted(self.objects))]


def build_bundle(source: Any) -> stix2.Bundle:
    objects = _Bundle(as_slice(source)).build()
    bundle_id = stix_id("bundle", "\n".join(o.id for o in objects))
    return stix2.Bundle(objects=objects, id=bundle_id, allow_custom=True)


def write_stix(source: Any, out: TextIO) -> int:
    """Write a store (or ``KBSlice``) as a STIX 2.1 bundle; returns the number of objects."""
    bundle = build_bundle(source)
    # stix2's own pretty printing is quadratic in the bundle's size: indent its compact form instead
    text = dumps(json.loads(bundle.serialize()), indent=2)
    out.write(text + "\n")
    return len(bundle.objects)
