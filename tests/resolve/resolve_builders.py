"""Hand-built extractions for resolution tests."""

from __future__ import annotations

from typing import Any

from orbat.model import Entity, Evidence, Extraction, Fact, Geo, TimeSpan


class DocBuilder:
    """Builds one Extraction: ``ent`` and ``fact`` return the doc-local ids."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.entities: list[Entity] = []
        self.facts: list[Fact] = []
        self._offset = 0

    def ent(
        self,
        name: str,
        type: str = "person",
        *,
        aliases: tuple[str, ...] = (),
        ref: str | None = None,
        geo: Geo | None = None,
    ) -> str:
        local = f"e{len(self.entities) + 1}"
        self.entities.append(Entity(local, type, name, list(aliases), ref, geo, [(0, len(name))]))
        return local

    def fact(
        self,
        type: str,
        args: dict[str, str],
        *,
        time: tuple[str | None, str | None] | None = None,
        location: str | None = None,
        attrs: dict[str, Any] | None = None,
        modality: str = "asserted",
        confidence: float = 0.8,
        quote: str | None = None,
    ) -> str:
        local = f"f{len(self.facts) + 1}"
        text = quote or f"{type} sentence {local} of {self.doc_id}"
        evidence = Evidence(self.doc_id, text, self._offset, self._offset + len(text))
        self._offset += len(text) + 1
        span = TimeSpan(time[0], time[1], None) if time else None
        self.facts.append(
            Fact(local, type, dict(args), span, location, dict(attrs or {}), modality, confidence, [evidence])
        )
        return local

    def build(self) -> Extraction:
        return Extraction(self.doc_id, list(self.entities), list(self.facts), "test")


def lead(
    doc_id: str, person: str, org: str = "Islamic State", *, role: str = "leader", **ent: Any
) -> Extraction:
    """A one-fact document: ``person`` leads ``org``."""
    d = DocBuilder(doc_id)
    p = d.ent(person, **ent)
    o = d.ent(org, "organization")
    d.fact("leadership", {"person": p, "organization": o}, attrs={"role": role})
    return d.build()


def entity_named(kb, name: str):
    matches = [e for e in kb.entities if e.name == name or name in e.aliases]
    assert len(matches) == 1, f"{name!r}: {[(e.name, e.aliases) for e in matches]}"
    return matches[0]


def persons(kb) -> list:
    return [e for e in kb.entities if e.type == "person"]


MOSUL = Geo(36.34, 43.13, "IQ", "Nineveh", 99072, "settlement")
MOSUL_SUBURB = Geo(36.40, 43.20, "IQ", "Nineveh", None, "settlement")
BAGHDAD = Geo(33.34, 44.40, "IQ", "Baghdad", 98182, "settlement")
MAGARAMKENT = Geo(41.61, 48.34, "RU", "Dagestan", 528181, "settlement")
DAGESTAN = Geo(43.0, 47.0, "RU", "Dagestan", 567293, "admin1")


GROZNY = Geo(43.31, 45.69, "RU", "Chechnya", 557506, "settlement")  # about 290 km from Magaramkent


def raid(
    doc: str,
    *,
    time=("2015-08", "2015-08"),
    place=("Magaramkent", MAGARAMKENT),
    perpetrator: str | None = "Islamic State",
    killed=None,
    wounded=None,
    modality="asserted",
    with_claim=False,
):
    d = DocBuilder(doc)
    args = {"target": d.ent("Russian army barracks", "facility")}
    if perpetrator:
        args["perpetrator"] = d.ent(perpetrator, "organization", ref="islamic-state")
    loc = d.ent(place[0], "location", geo=place[1]) if place else None
    attrs = {"method": "raid"}
    if killed:
        attrs["killed"] = {"min": killed[0], "max": killed[1]}
    if wounded:
        attrs["wounded"] = {"min": wounded[0], "max": wounded[1]}
    attack = d.fact("attack", args, time=time, location=loc, attrs=attrs, modality=modality)
    if with_claim:
        claimant = d.ent("Islamic State Caucasus Province", "organization", ref="is-caucasus")
        d.fact("claim", {"claimant": claimant, "attack": attack}, time=time, modality="claimed")
    return d.build()
