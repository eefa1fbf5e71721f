"""Events as an ACLED-style CSV (``orbat export --format csv``): ACLED's 31 columns in
ACLED's order, one row per event, coded by ACLED's conventions where orbat knows
enough (the mapping tables are in ``docs/exports.md``)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, TextIO

from orbat.export.countries import Country, country
from orbat.export.events import (
    EventRecord,
    Party,
    affiliations,
    collect_events,
    day_bounds,
    latest_published,
    write_table,
)
from orbat.export.selection import as_slice
from orbat.model import Entity
from orbat.timelines import human_span

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

POLITICAL_VIOLENCE = "Political violence"
STRATEGIC = "Strategic developments"
BATTLE = ("Battles", "Armed clash")
ATTACK_ON_CIVILIANS = ("Violence against civilians", "Attack")
EXPLOSIONS = "Explosions/Remote violence"

# An attack's method -> (event_type, sub_event_type); methods not listed depend on the target.
METHOD_EVENTS = {
    "suicide_bombing": (EXPLOSIONS, "Suicide bomb"),
    "ied": (EXPLOSIONS, "Remote explosive/landmine/IED"),
    "bombing": (EXPLOSIONS, "Remote explosive/landmine/IED"),
    "rocket": (EXPLOSIONS, "Shelling/artillery/missile attack"),
    "kidnapping": ("Violence against civilians", "Abduction/forced disappearance"),
}
STRATEGIC_EVENTS = {"pledge", "founding", "defection"}
VIOLENT_CAUSES = {"killed", "executed", "suicide_attack"}

# ACLED's actor categories (inter codes).
STATE, REBEL, MILITIA, CIVILIANS, EXTERNAL = 1, 2, 3, 7, 8
# An attack's target category -> (inter code, actor name, how the country is added).
TARGET_ACTORS = {
    "military": (STATE, "Military Forces", " of {country}"),
    "police": (STATE, "Police Forces", " of {country}"),
    "security": (STATE, "Security Forces", " of {country}"),
    "government": (STATE, "Government", " of {country}"),
    "civilians": (CIVILIANS, "Civilians", " ({country})"),
    "religious": (CIVILIANS, "Civilians", " ({country})"),
    "business": (CIVILIANS, "Civilians", " ({country})"),
}
PARTY_ORDER = {"organization": 0, "person": 1, "group_of_people": 2}
GEO_PRECISION = {"settlement": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3}


def time_precision(first: date, last: date) -> int:
    """1: the day is known; 2: within a week; 3: a month or vaguer."""
    days = (last - first).days
    return 1 if days == 0 else 2 if days <= 7 else 3


def midpoint(first: date, last: date) -> date:
    return date.fromordinal((first.toordinal() + last.toordinal()) // 2)


class _Coder:
    """Codes one slice's events; holds what every row needs (affiliations)."""

    def __init__(self, data: Any):
        self.data = data
        self.affiliation = affiliations(data)

    def actor(
        self, p: Party, where: Country | None, *, acting: bool, violent: bool = True, attacked: bool = False
    ) -> tuple[str, int]:
        """An actor's name and inter code. In political violence a person stands for the
        organisation they lead or belong to, where known; an unaffiliated person attacked
        is a civilian, one killed or captured is of unknown standing (0)."""
        if p.ref and p.ref.startswith("force:"):
            cc = p.ref.removeprefix("force:").upper()
            foreign = where is not None and cc != "UNSPECIFIED" and cc != where.alpha2
            return p.name, EXTERNAL if foreign else STATE
        if p.type == "person" and p.id:
            org = self.affiliation.get(p.id) if violent else None
            if org is not None:
                return self.actor(Party(org.name, org.id, org.type, org.ref), where, acting=acting)
            return p.name, REBEL if acting else CIVILIANS if attacked else 0
        armed = p.type == "organization" and bool(p.ref) and not p.ref.startswith("source:")
        if acting and p.type in ("organization", "group_of_people") or armed:
            return p.name, REBEL
        return p.name, CIVILIANS if attacked and p.type in ("organization", "group_of_people") else 0

    def target(self, record: EventRecord, where: Country | None) -> tuple[str, int]:
        if not record.acted_on:
            return "", 0
        p = record.acted_on[0]
        category = record.fact.attrs.get("target_category")
        attacked = record.type == "attack"
        if attacked and category in TARGET_ACTORS and not (p.ref or p.type == "person"):
            code, name, suffix = TARGET_ACTORS[category]
            return name + (suffix.format(country=where.name) if where else ""), code
        violent = record.type not in STRATEGIC_EVENTS
        return self.actor(p, where, acting=False, violent=violent, attacked=attacked)

    def perpetrator(self, record: EventRecord, where: Country | None) -> tuple[str, int, list[str]]:
        """actor1, inter1 and the associated actors (other perpetrators and claimants)."""
        parties = list(dict.fromkeys([*record.actors, *record.claimants, *record.associates]))
        parties.sort(key=lambda p: PARTY_ORDER.get(p.type or "", 3))  # named groups before "gunmen"
        if not parties:
            label = f"Unidentified Armed Group ({where.name})" if where else "Unidentified Armed Group"
            return label, MILITIA, []
        violent = record.type not in STRATEGIC_EVENTS
        name, code = self.actor(parties[0], where, acting=True, violent=violent)
        others = [self.actor(p, where, acting=True, violent=violent)[0] for p in parties[1:]]
        return name, code, [o for o in dict.fromkeys(others) if o != name]


def event_types(record: EventRecord, inter2: int) -> tuple[str, str, str] | None:
    """(disorder_type, event_type, sub_event_type), or None for an event ACLED does not code."""
    fact = record.fact
    if record.type in STRATEGIC_EVENTS:
        return STRATEGIC, STRATEGIC, "Change to group/activity"
    if record.type == "capture":
        kind = fact.attrs.get("kind")
        return STRATEGIC, STRATEGIC, "Other" if kind == "surrendered" else "Arrests"
    if record.type == "death":
        cause = fact.attrs.get("cause")
        if cause not in VIOLENT_CAUSES and "killer" not in fact.args:
            return None
        if cause == "executed":
            return (POLITICAL_VIOLENCE, *ATTACK_ON_CIVILIANS)
        if cause == "suicide_attack":
            return POLITICAL_VIOLENCE, EXPLOSIONS, "Suicide bomb"
        method = fact.attrs.get("method")
        by_state = any((p.ref or "").startswith("force:") for p in record.actors)
        if method == "bombing" and by_state:
            return POLITICAL_VIOLENCE, EXPLOSIONS, "Air/drone strike"
        if method in METHOD_EVENTS:
            return (POLITICAL_VIOLENCE, *METHOD_EVENTS[method])
        return (POLITICAL_VIOLENCE, *BATTLE)
    if record.type in ("attack", "claim"):
        method = fact.attrs.get("method")
        if method in METHOD_EVENTS:
            return (POLITICAL_VIOLENCE, *METHOD_EVENTS[method])
        return (POLITICAL_VIOLENCE, *(ATTACK_ON_CIVILIANS if inter2 == CIVILIANS else BATTLE))
    return None  # statements


def interaction(inter1: int, inter2: int) -> str:
    """The two inter codes, the lower first; one actor alone is followed by 0 ("20")."""
    codes = sorted(c for c in (inter1, inter2) if c)
    return "".join(str(c) for c in [*codes, 0][:2]) if codes else ""


def _notes(record: EventRecord, killed: tuple[int | None, int | None]) -> str:
    when = human_span(record.start, record.end)
    parts = [f"{when[:1].upper()}{when[1:]}: {record.summary}."]
    for claim in record.claims:
        medium = claim.attrs.get("medium")
        parts.append(f"Responsibility claimed{f' ({medium})' if medium else ''}.")
    low, high = killed
    if low is not None or high is not None:
        told = f"at least {low}" if high is None else f"up to {high}" if low is None else (
            str(low) if low == high else f"{low} to {high}")  # fmt: skip
        parts.append(f"Killed: {told}.")
    parts.append(f"Status: {record.status}.")
    if record.sources:
        parts.append(f"Source quote: \u201c{record.sources[0].quote}\u201d")
    return " ".join(parts)


def _place_columns(place: Entity | None, where: Country | None) -> dict[str, Any]:
    geo = place.geo if place else None
    return {
        "iso": where.numeric if where else "",
        "region": (where.acled_region or "") if where else "",
        "country": where.name if where else "",
        "admin1": (geo.admin1 or "") if geo else "",
        "location": place.name if place else "",
        "latitude": f"{geo.lat:.4f}" if geo else "",
        "longitude": f"{geo.lon:.4f}" if geo else "",
        "geo_precision": GEO_PRECISION.get(geo.precision, 3) if geo else "",
    }


def row(record: EventRecord, coder: _Coder) -> dict[str, Any] | None:
    """The ACLED row of one event, or None where ACLED codes no such event."""
    place = record.place
    where = country(place.geo.country) if place and place.geo else None
    actor2, inter2 = coder.target(record, where)
    kinds = event_types(record, inter2)
    if kinds is None:
        return None
    actor1, inter1, associated = coder.perpetrator(record, where)
    bounds = day_bounds(record)
    when = midpoint(*bounds) if bounds else None
    killed = record.casualties("killed")
    published = latest_published(record)
    publishers = [s.publisher or s.title or s.doc for s in record.sources]
    tags = [f"status={record.status}", f"modality={record.fact.modality}", f"orbat_id={record.id}"]
    tags += [f"claimed_by={c.name}" for c in record.claimants]
    return {
        "event_id_cnty": f"{where.alpha3 if where else 'XXX'}{record.id.removeprefix('fact:')}",
        "event_date": when.isoformat() if when else "",
        "year": when.year if when else "",
        "time_precision": time_precision(*bounds) if bounds else "",
        "disorder_type": kinds[0],
        "event_type": kinds[1],
        "sub_event_type": kinds[2],
        "actor1": actor1,
        "assoc_actor_1": "; ".join(associated),
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": "",
        "inter2": inter2 or "",
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == CIVILIANS else "",
        **_place_columns(place, where),
        "admin2": "",
        "admin3": "",
        "source": "; ".join(dict.fromkeys(publishers)),
        "source_scale": "",
        "notes": _notes(record, killed),
        "fatalities": killed[0] or 0,
        "tags": "; ".join(tags),
        "timestamp": _unix(published) if published else "",
    }


def _unix(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp())


def acled_rows(source: Any) -> list[dict[str, Any]]:
    data = as_slice(source)
    coder = _Coder(data)
    return [r for record in collect_events(data) if (r := row(record, coder)) is not None]


def write_acled_csv(source: Any, out: TextIO) -> int:
    """Write the events of a store (or ``KBSlice``) as ACLED-style CSV; returns the
    number of rows (the header not counted)."""
    return write_table(out, COLUMNS, acled_rows(source))
