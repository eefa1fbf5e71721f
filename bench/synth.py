"""A synthetic knowledge base for query benchmarks.

    python bench/synth.py --db /tmp/synth.db [--facts 100000] [--entities 5000] [--orgs 300]

``generate()`` builds, deterministically from a seed, a knowledge base shaped like a
real one at scale: a few hundred organisations (branches, alliances, pledges), each
with a chain of leaders (leadership + succession facts, deaths and captures that end
tenures), thousands of people (memberships, defections, hedged identities), places
with coordinates in a dozen countries, and the bulk of attacks, claims and statements
spread over 2000-2020, many with two or three sources. Every fact's quote is a real
substring of a stored document's body. ``load()`` writes it through the store's
ordinary API (``add_document``, ``replace_knowledge``).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from orbat.model import Document, Entity, Evidence, Fact, Geo, TimeSpan, short_hash

# country -> (lat, lon) of a centre to scatter places around
COUNTRIES = {
    "SO": (3.0, 45.0), "RU": (42.8, 47.0), "SY": (35.0, 38.5), "IQ": (33.3, 43.8), "NG": (11.0, 12.5),
    "AF": (34.5, 66.0), "YE": (15.0, 47.5), "ML": (16.5, -2.0), "LY": (28.0, 17.0), "PH": (7.5, 124.0),
    "KE": (-1.0, 38.0), "PK": (33.0, 70.0),
}  # fmt: skip
SYLLABLES = ("ab", "al", "um", "ra", "ka", "dir", "sha", "mu", "ha", "san", "ri", "ya", "zu", "bek", "ov", "id")
ORG_WORDS = ("Front", "Brigade", "Army", "Movement", "Emirate", "Council", "Province", "Battalion", "Group")
METHODS = ("shooting", "bombing", "suicide_bombing", "ied", "raid", "rocket", "kidnapping")
ROLES = ("emir", "leader", "amir")
OTHER_ROLES = ("deputy", "spokesman", "commander", "wali")


@dataclass(slots=True)
class SynthKB:
    documents: list[Document] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _date(rng: random.Random, lo: int = 2000, hi: int = 2020) -> str:
    year = rng.randint(lo, hi)
    precision = rng.random()
    if precision < 0.15:
        return f"{year}"
    month = rng.randint(1, 12)
    if precision < 0.55:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{rng.randint(1, 28):02d}"


class _Builder:
    def __init__(self, rng: random.Random, n_docs: int):
        self.rng = rng
        self.kb = SynthKB()
        self.sentences: list[list[str]] = [[] for _ in range(n_docs)]
        self.published = [_date(rng, 2001, 2021) for _ in range(n_docs)]
        self.pending: list[tuple[Fact, list[int], str]] = []
        self.names: dict[str, str] = {}

    def entity(self, etype: str, name: str, *, aliases: list[str] | None = None, geo: Geo | None = None) -> str:
        eid = "ent:" + short_hash(etype, name)
        self.kb.entities.append(Entity(id=eid, type=etype, name=name, aliases=aliases or [], geo=geo))
        self.names[eid] = name
        return eid

    def fact(self, ftype: str, args: dict[str, str], *, time: TimeSpan | None = None, location: str | None = None,
             attrs: dict | None = None, modality: str = "asserted") -> Fact:  # fmt: skip
        n = len(self.kb.facts) + len(self.pending)
        fid = "fact:" + short_hash(ftype, str(n))
        fact = Fact(id=fid, type=ftype, args=args, time=time, location=location, attrs=attrs or {},
                    modality=modality, confidence=round(self.rng.uniform(0.5, 0.95), 2))  # fmt: skip
        k = self.rng.choices((1, 2, 3), weights=(65, 25, 10))[0]
        docs = self.rng.sample(range(len(self.sentences)), k)
        words = " ".join(self.names.get(v, v) for v in args.values())
        when = time.start if time and time.start else "at an unknown date"
        sentence = f"Report {n}: {ftype} involving {words} {when}."
        self.pending.append((fact, docs, sentence))
        return fact

    def finish(self) -> SynthKB:
        # place each fact's sentence in its documents, then read the offsets back
        offsets: dict[tuple[int, int], int] = {}
        for i, (_fact, docs, sentence) in enumerate(self.pending):
            for d in docs:
                offsets[(i, d)] = sum(len(s) + 1 for s in self.sentences[d])
                self.sentences[d].append(sentence)
        bodies = [" ".join(s) or f"Empty bulletin {d}." for d, s in enumerate(self.sentences)]
        for d, body in enumerate(bodies):
            self.kb.documents.append(
                Document(body=body, title=f"Bulletin {d}", published=self.published[d], publisher="Synthetic Wire")
            )
        ids = [doc.id for doc in self.kb.documents]
        for i, (fact, docs, sentence) in enumerate(self.pending):
            for d in docs:
                start = offsets[(i, d)]
                assert bodies[d][start : start + len(sentence)] == sentence
                fact.sources.append(Evidence(doc=ids[d], quote=sentence, start=start, end=start + len(sentence)))
            self.kb.facts.append(fact)
        self.pending.clear()
        return self.kb


def generate(
    *, facts: int = 100_000, entities: int = 5_000, orgs: int = 300, docs: int = 2_000, seed: int = 7
) -> SynthKB:
    """A deterministic synthetic knowledge base of about ``facts`` facts."""
    rng = random.Random(seed)
    b = _Builder(rng, docs)
    n_places = max(20, entities // 5)
    n_groups = max(5, entities // 25)
    n_people = max(20, entities - orgs - n_places - n_groups)

    org_ids = [
        b.entity("organization", f"{_word(rng, 3)} {rng.choice(ORG_WORDS)} {i}", aliases=[f"{_word(rng, 2).upper()}{i}"])
        for i in range(orgs)
    ]
    place_ids = []
    for i in range(n_places):
        cc = rng.choice(list(COUNTRIES))
        lat, lon = COUNTRIES[cc]
        geo = Geo(lat=round(lat + rng.uniform(-2.5, 2.5), 4), lon=round(lon + rng.uniform(-2.5, 2.5), 4), country=cc)
        place_ids.append(b.entity("location", f"{_word(rng, 3)} {i}", geo=geo))
    group_ids = [b.entity("group_of_people", f"fighters of {_word(rng, 2)} {i}") for i in range(n_groups)]
    people = [
        b.entity("person", f"{_word(rng, 2)} {_word(rng, 3)} {i}", aliases=[f"Abu {_word(rng, 2)} {i}"])
        for i in range(n_people)
    ]
    forces = org_ids[:10]  # the first few play security forces (killers, captors, targets)

    def span(lo: str | None, hi: str | None, text: str | None = None) -> TimeSpan:
        return TimeSpan(start=lo, end=hi, text=text)

    # leadership chains: each organisation's leaders over time
    free_people = list(people)
    rng.shuffle(free_people)
    for org in org_ids:
        year = rng.randint(2000, 2008)
        previous = None
        for _ in range(rng.randint(2, 6)):
            if not free_people:
                break
            person = free_people.pop()
            start = f"{year}-{rng.randint(1, 12):02d}"
            year += rng.randint(1, 4)
            end = f"{min(year, 2020)}-{rng.randint(1, 12):02d}"
            stated_start = start if rng.random() < 0.6 else None
            b.fact("leadership", {"person": person, "organization": org}, time=span(stated_start, None),
                   attrs={"role": rng.choice(ROLES)})  # fmt: skip
            if rng.random() < 0.6:
                b.fact("death", {"person": person, "killer": rng.choice(forces)}, time=span(end, end),
                       attrs={"cause": "killed"})  # fmt: skip
            elif rng.random() < 0.5:
                b.fact("capture", {"person": person, "captor": rng.choice(forces)}, time=span(end, end),
                       attrs={"kind": "arrested"})  # fmt: skip
            if previous is not None:
                b.fact("succession", {"successor": person, "predecessor": previous, "organization": org},
                       attrs={"role": "emir"})  # fmt: skip
            previous = person
        for _ in range(rng.randint(0, 3)):
            person = rng.choice(people)
            lo = _date(rng, 2003, 2018)
            b.fact("leadership", {"person": person, "organization": org}, time=span(lo, None),
                   attrs={"role": rng.choice(OTHER_ROLES)})  # fmt: skip

    # group structure
    for org in org_ids[10:]:
        r = rng.random()
        if r < 0.3:
            b.fact("branch", {"organization": org, "parent": rng.choice(org_ids[10:60])},
                   time=span(_date(rng, 2005, 2018), None), attrs={"kind": rng.choice(("province", "branch", "wing"))})  # fmt: skip
        if r < 0.6:
            b.fact("alliance", {"a": org, "b": rng.choice(org_ids)}, time=span(_date(rng, 2000, 2015), None),
                   attrs={"kind": rng.choice(("ally", "linked", "rival", "affiliate"))})  # fmt: skip
        if rng.random() < 0.25:
            b.fact("founding", {"organization": org}, time=span(*([_date(rng, 1995, 2015)] * 2)))

    # the bulk, in a realistic mix, until the target size
    mix = (
        ("attack", 34), ("claim", 9), ("statement", 8), ("membership", 14), ("death", 9), ("capture", 4),
        ("pledge", 4), ("defection", 4), ("identity", 5), ("alliance", 1),
    )  # fmt: skip
    kinds, weights = zip(*mix, strict=True)
    attacks: list[Fact] = []
    while len(b.pending) < facts:
        kind = rng.choices(kinds, weights=weights)[0]
        when = _date(rng)
        t = span(when, when)
        if kind == "attack":
            modality = rng.choices(("asserted", "claimed", "reported", "alleged"), weights=(60, 20, 15, 5))[0]
            f = b.fact("attack", {"target": rng.choice(forces), "perpetrator": rng.choice(org_ids)}, time=t,
                       location=rng.choice(place_ids), modality=modality,
                       attrs={"method": rng.choice(METHODS), "killed": {"min": rng.randint(0, 30), "max": None}})  # fmt: skip
            attacks.append(f)
        elif kind == "claim":
            args = {"claimant": rng.choice(org_ids)}
            if attacks:
                args["attack"] = rng.choice(attacks).id
            b.fact("claim", args, time=t, location=rng.choice(place_ids),
                   attrs={"medium": "statement", "verified": rng.choice((None, None, False, True))})  # fmt: skip
        elif kind == "statement":
            b.fact("statement", {"speaker": rng.choice(people), "organization": rng.choice(org_ids)}, time=t,
                   attrs={"medium": rng.choice(("audio", "video", "statement"))})  # fmt: skip
        elif kind == "membership":
            lo = _date(rng, 2000, 2016)
            b.fact("membership", {"person": rng.choice(people), "organization": rng.choice(org_ids)},
                   time=span(lo, rng.choice((None, _date(rng, 2016, 2020)))), attrs={"role": "member"})  # fmt: skip
        elif kind == "death":
            b.fact("death", {"person": rng.choice(people), "killer": rng.choice(forces)}, time=t,
                   location=rng.choice(place_ids), attrs={"cause": "killed"})  # fmt: skip
        elif kind == "capture":
            b.fact("capture", {"person": rng.choice(people), "captor": rng.choice(forces)}, time=t,
                   location=rng.choice(place_ids), attrs={"kind": "arrested"})  # fmt: skip
        elif kind == "pledge":
            pledger = rng.choice(org_ids + group_ids)
            b.fact("pledge", {"pledger": pledger, "recipient": rng.choice(org_ids[10:60])},
                   time=span(when, _date(rng, int(when[:4]), 2020)))  # fmt: skip
        elif kind == "defection":
            b.fact("defection", {"member": rng.choice(people), "from": rng.choice(org_ids), "to": rng.choice(org_ids)},
                   time=t)  # fmt: skip
        elif kind == "identity":
            b.fact("identity", {"a": rng.choice(people), "b": rng.choice(people)},
                   modality=rng.choice(("hedged", "asserted", "speculative")))  # fmt: skip
        else:
            b.fact("alliance", {"a": rng.choice(org_ids), "b": rng.choice(org_ids)}, time=span(_date(rng), None),
                   attrs={"kind": "ally"})  # fmt: skip
    return b.finish()


def load(store, kb: SynthKB) -> None:
    """Write the synthetic documents and knowledge base through the store's API (any ``Store``)."""
    for doc in kb.documents:
        store.add_document(doc)
    store.replace_knowledge(kb.entities, kb.facts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the SQLite store to create (must not exist)")
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--entities", type=int, default=5_000)
    parser.add_argument("--orgs", type=int, default=300)
    parser.add_argument("--docs", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    from orbat.store import SQLiteStore

    if Path(args.db).exists():
        print(f"{args.db} exists; remove it first", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    kb = generate(facts=args.facts, entities=args.entities, orgs=args.orgs, docs=args.docs, seed=args.seed)
    t1 = time.perf_counter()
    store = SQLiteStore(args.db)
    try:
        load(store, kb)
    finally:
        store.close()
    t2 = time.perf_counter()
    print(
        f"{len(kb.documents)} documents, {len(kb.entities)} entities, {len(kb.facts)} facts:"
        f" generated in {t1 - t0:.1f} s, stored in {t2 - t1:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
