"""Leaders of an organisation over time, a person's or group's profile, and everything dated about a name."""

from __future__ import annotations

from typing import Any

from orbat.model import Fact
from orbat.query.answers import Identity, Leader, Leaders, Profile, Ref, SourceCount, Timeline, Vacancy
from orbat.query.view import StoreView, check_date, sort_key
from orbat.timelines import (
    Leadership,
    Tenure,
    leadership,
    lower,
    role_class,
)

# --------------------------------------------------------------------------- leaders

_LEADERSHIP_TYPES = ("leadership", "succession")
_FATE_TYPES = ("death", "capture", "defection")


def _org_leadership(view: StoreView, org_id: str) -> tuple[Leadership, dict[str, Fact]]:
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


def _leader(view: StoreView, tenure: Tenure, by_id: dict[str, Fact], on: str | None) -> Leader:
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
        start_from=tenure.start_from,
        start_fact=tenure.start_fact,
        end_fact=tenure.end_fact,
    )


_ROLE_ORDER = {
    cls: i for i, cls in enumerate(("leader", "wali", "deputy", "commander", "spokesman", "founder", "other"))
}


def _likely(tenures: list[Tenure], on: str) -> set[int]:
    """Per post, the tenures most likely held on ``on``: those certainly held; else the one(s)
    whose holder is the last known to have taken the post by then (a later known start beats
    an earlier one whose end nobody reported); else all of them."""
    out: set[int] = set()
    by_post: dict[str, list[Tenure]] = {}
    for t in tenures:
        by_post.setdefault(t.role_class, []).append(t)
    for group in by_post.values():
        sure = [t for t in group if t.certainly_on(on)]
        started = [t for t in group if t.start_min and (lower(t.start_min) or "") <= (lower(on) or "")]
        # a start the texts tell (stated, announced, a succession) beats one only inferred
        # from the date of a report
        started = [t for t in started if t.start_from != "reported"] or started
        if sure:
            chosen = sure
        elif started:
            latest = max(lower(t.start_min) or "" for t in started)
            chosen = [t for t in started if (lower(t.start_min) or "") == latest]
        else:
            chosen = group
        out |= {id(t) for t in chosen}
    return out


def _with_likely(leader: Leader, tenure: Tenure, likely: set[int], on: str | None) -> Leader:
    leader.likely = (id(tenure) in likely) if on else None
    return leader


def leaders(store: Any, org: str, *, on: str | None = None, role: str | None = None) -> Leaders:
    """Who led ``org`` (name, alias or id): every tenure, or those that may cover date
    ``on``; ``role`` keeps one post (emir ~ leader ~ amir; wali, deputy, spokesman,
    commander). Gaps between holders are reported as vacancies."""
    on = check_date(on, "--on")
    view = StoreView(store)
    ent = view.resolve(org, prefer=("organization", "group_of_people"))
    lead, by_id = _org_leadership(view, ent.id)
    cls = role_class(role) if role else None
    if on:
        tenures, gaps = lead.on(on, role=role)
    else:
        tenures = [t for t in lead.tenures if cls is None or t.role_class == cls]
        gaps = [g for g in lead.gaps if cls is None or g.role_class == cls]
    tenures = sorted(tenures, key=lambda t: (_ROLE_ORDER.get(t.role_class, 99), t.sort_key(), t.person))
    likely = _likely(tenures, on) if on else set()
    view.load_entities([g.after for g in gaps] + [g.before for g in gaps])
    names = {i: view.name(i) for g in gaps for i in (g.after, g.before)}
    org_ref = Ref(ent.id, ent.name, ent.type)
    return Leaders(
        organization=org_ref,
        on=on,
        role=role,
        leaders=[_with_likely(_leader(view, t, by_id, on), t, likely, on) for t in tenures],
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
    view = StoreView(store)
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
    for fact in sorted(facts, key=sort_key):
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
    view = StoreView(store)
    ent = view.resolve(name)
    facts = {f.id: f for f in view.facts_for([ent.id])}
    if ent.type in ("location", "facility"):
        facts.update({f.id: f for f in view.facts_at([ent.id])})
    ordered = sorted(facts.values(), key=sort_key)
    view.preload(ordered)
    dated = [view.item(f) for f in ordered if f.time and (f.time.start or f.time.end)]
    undated = [view.item(f) for f in ordered if not (f.time and (f.time.start or f.time.end))]
    return Timeline(entity=Ref(ent.id, ent.name, ent.type), entries=dated, undated=undated)
