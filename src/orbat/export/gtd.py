"""Attacks as a CSV in the Global Terrorism Database's layout (``orbat export --format
gtd-csv``): the GTD columns orbat can fill, under the GTD's names, in the GTD's order,
with the GTD's codes for what is not known (0 for an unknown day or month, -9 for an
unknown claim). One row per attack (a claim with no attack of its own counts as one);
attacks carried out by state forces are left out, as the GTD leaves them out.
The mapping tables are in ``docs/exports.md``."""

from __future__ import annotations

from datetime import date
from typing import Any, TextIO

from orbat.export.countries import country
from orbat.export.events import (
    EventRecord,
    Party,
    SourceRef,
    affiliations,
    collect_events,
    day_bounds,
    write_table,
)
from orbat.export.selection import as_slice
from orbat.model import short_hash

COLUMNS = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country_txt", "region", "region_txt",
    "provstate", "city", "latitude", "longitude", "specificity", "location", "summary", "suicide",
    "attacktype1", "attacktype1_txt", "targtype1", "targtype1_txt", "target1", "gname", "gname2",
    "guncertain1", "claimed", "claimmode", "claimmode_txt", "weaptype1", "weaptype1_txt", "nkill",
    "nwound", "addnotes", "scite1", "scite2", "scite3", "dbsource",
)  # fmt: skip

UNKNOWN = -9
# orbat's attack method -> GTD attack type (code, text) and weapon type (code, text).
ATTACK_TYPES = {
    "shooting": (2, "Armed Assault"),
    "raid": (2, "Armed Assault"),
    "stabbing": (2, "Armed Assault"),
    "bombing": (3, "Bombing/Explosion"),
    "suicide_bombing": (3, "Bombing/Explosion"),
    "ied": (3, "Bombing/Explosion"),
    "rocket": (3, "Bombing/Explosion"),
    "kidnapping": (6, "Hostage Taking (Kidnapping)"),
    "vehicle": (8, "Unarmed Assault"),
}
UNKNOWN_ATTACK = (9, "Unknown")
WEAPON_TYPES = {
    "shooting": (5, "Firearms"),
    "bombing": (6, "Explosives"),
    "suicide_bombing": (6, "Explosives"),
    "ied": (6, "Explosives"),
    "rocket": (6, "Explosives"),
    "stabbing": (9, "Melee"),
    "vehicle": (10, "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"),
}
UNKNOWN_WEAPON = (13, "Unknown")
# orbat's target category -> GTD target type.
TARGET_TYPES = {
    "business": (1, "Business"),
    "government": (2, "Government (General)"),
    "police": (3, "Police"),
    "security": (3, "Police"),
    "military": (4, "Military"),
    "civilians": (14, "Private Citizens & Property"),
    "religious": (15, "Religious Figures/Institutions"),
    "other": (13, "Other"),
}
UNKNOWN_TARGET = (20, "Unknown")
# orbat's claim medium -> GTD claim mode.
CLAIM_MODES = {
    "statement": (7, "Posted to website, blog, etc."),
    "social_media": (7, "Posted to website, blog, etc."),
    "news_agency": (7, "Posted to website, blog, etc."),
    "magazine": (7, "Posted to website, blog, etc."),
    "video": (6, "Video"),
    "audio": (9, "Other"),
}
UNKNOWN_CLAIM_MODE = (10, "Unknown")
# orbat's geo precision -> GTD specificity (1 the town itself ... 5 no place finer than the country).
SPECIFICITY = {"settlement": 1, "admin2": 3, "admin1": 4, "country": 5, "region": 5}
UNCERTAIN = {"alleged", "reported", "hedged", "speculative"}


def date_columns(record: EventRecord) -> dict[str, Any]:
    """iyear, imonth, iday (0 where the month or day is not known) and approxdate
    (the span, where the date is not known to the day)."""
    bounds = day_bounds(record)
    if bounds is None:
        return {"iyear": "", "imonth": 0, "iday": 0, "approxdate": ""}
    first, last = bounds
    same_month = (first.year, first.month) == (last.year, last.month)
    approx = "" if first == last else f"{_us(first)} - {_us(last)}"
    return {
        "iyear": first.year,
        "imonth": first.month if same_month else 0,
        "iday": first.day if first == last else 0,
        "approxdate": approx,
    }


def _us(day: date) -> str:
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


def eventid(record: EventRecord, taken: set[str]) -> str:
    """YYYYMMDD (00 where unknown) and four digits from the fact's id: the same event
    gets the same id in every export; a clash takes the next free number."""
    cols = date_columns(record)
    prefix = f"{cols['iyear'] or 0:04d}{cols['imonth']:02d}{cols['iday']:02d}"
    number = int(short_hash(record.id), 16) % 10_000
    while (candidate := f"{prefix}{number:04d}") in taken:
        number = (number + 1) % 10_000
    taken.add(candidate)
    return candidate


def citation(source: SourceRef) -> str:
    """A GTD-style citation: author, "title," publisher, date, url."""
    author = f"{source.author}," if source.author else None
    title = f'"{source.title},"' if source.title else None
    parts = [author, title, source.publisher, source.published, source.url]
    return " ".join(p for p in parts if p) or source.doc


def _is_state(p: Party) -> bool:
    return bool(p.ref and p.ref.startswith("force:"))


def row(record: EventRecord, taken: set[str], affiliation: dict[str, Any]) -> dict[str, Any] | None:
    if record.type not in ("attack", "claim"):
        return None
    if record.actors and all(_is_state(p) for p in record.actors):
        return None
    fact, place = record.fact, record.place
    geo = place.geo if place else None
    where = country(geo.country) if geo else None
    method = fact.attrs.get("method")
    groups = []
    for p in [*record.actors, *record.claimants]:
        org = affiliation.get(p.id) if p.type == "person" and p.id else None
        groups.append(org.name if org is not None else p.name)
    groups = list(dict.fromkeys(groups))
    claimed = 1 if record.claimed else UNKNOWN
    mode = (
        next((CLAIM_MODES[m] for m in record.claim_media if m in CLAIM_MODES), UNKNOWN_CLAIM_MODE)
        if claimed == 1 else ("", "")
    )  # fmt: skip
    target = TARGET_TYPES.get(fact.attrs.get("target_category"), UNKNOWN_TARGET)
    killed, wounded = record.casualties("killed")[0], record.casualties("wounded")[0]
    sources = [citation(s) for s in record.sources]
    return {
        "eventid": eventid(record, taken),
        **date_columns(record),
        "extended": 0,
        "country_txt": where.name if where else "",
        "region": where.gtd_region if where and where.gtd_region else "",
        "region_txt": where.gtd_region_txt if where and where.gtd_region_txt else "",
        "provstate": (geo.admin1 or "") if geo else "",
        "city": place.name if place and geo and geo.precision == "settlement" else "",
        "latitude": f"{geo.lat:.6f}" if geo else "",
        "longitude": f"{geo.lon:.6f}" if geo else "",
        "specificity": SPECIFICITY.get(geo.precision, 5) if geo else 5,
        "location": place.name if place else "",
        "summary": f"{record.summary}." if record.type == "attack" else f"Claimed attack: {record.summary}.",
        "suicide": 1 if method == "suicide_bombing" else 0,
        "attacktype1": ATTACK_TYPES.get(method, UNKNOWN_ATTACK)[0],
        "attacktype1_txt": ATTACK_TYPES.get(method, UNKNOWN_ATTACK)[1],
        "targtype1": target[0],
        "targtype1_txt": target[1],
        "target1": record.acted_on[0].name if record.acted_on else "",
        "gname": groups[0] if groups else "Unknown",
        "gname2": groups[1] if len(groups) > 1 else "",
        "guncertain1": (1 if fact.modality in UNCERTAIN else 0) if groups else "",
        "claimed": claimed,
        "claimmode": mode[0],
        "claimmode_txt": mode[1],
        "weaptype1": WEAPON_TYPES.get(method, UNKNOWN_WEAPON)[0],
        "weaptype1_txt": WEAPON_TYPES.get(method, UNKNOWN_WEAPON)[1],
        "nkill": "" if killed is None else killed,
        "nwound": "" if wounded is None else wounded,
        "addnotes": f"orbat {record.id}; status: {record.status}; modality: {fact.modality}",
        "scite1": sources[0] if sources else "",
        "scite2": sources[1] if len(sources) > 1 else "",
        "scite3": sources[2] if len(sources) > 2 else "",
        "dbsource": "ORBAT",
    }


def gtd_rows(source: Any) -> list[dict[str, Any]]:
    data = as_slice(source)
    taken: set[str] = set()
    found = affiliations(data)
    records = collect_events(data)
    by_id = sorted(records, key=lambda r: r.id)  # event ids are given out in a fixed order
    rows = {r.id: out for r in by_id if (out := row(r, taken, found)) is not None}
    return [rows[r.id] for r in records if r.id in rows]


def write_gtd_csv(source: Any, out: TextIO) -> int:
    """Write the attacks of a store (or ``KBSlice``) as GTD-style CSV; returns the
    number of rows (the header not counted)."""
    return write_table(out, COLUMNS, gtd_rows(source))
