"""The fact tally (orbat.resolve.fact_tally): merging the tallies of any split of a fact's
mentions gives what ``merge_facts`` gives over all of them."""

from __future__ import annotations

import json
import random

import pytest

from orbat.model import Evidence, Fact, Geo, TimeSpan
from orbat.resolve.entities import natural_key
from orbat.resolve.events import FactNode, merge_facts
from orbat.resolve.fact_tally import FactTally, fact_tally, merge_sources, merge_tally

LINES = {"ent:iswap": frozenset({"ent:iswap", "ent:is"}), "ent:is": frozenset({"ent:is"})}
GEOS = {
    "ent:town": Geo(1.0, 2.0, "NG", "Borno", 1, "settlement"),
    "ent:state": Geo(1.0, 2.0, "NG", "Borno", 2, "admin1"),
    "ent:country": Geo(1.0, 2.0, "NG", None, 3, "country"),
}
DAYS = [None, "2015", "2015-06", "2015-06-10", "2015-06-12", "2015-07", "2014-12", "bogus"]


def _time(rng: random.Random, texts: list[str | None]) -> TimeSpan | None:
    if rng.random() < 0.25:
        return None
    days = DAYS if rng.random() < 0.1 else DAYS[:-1]
    return TimeSpan(rng.choice(days), rng.choice(days), rng.choice(texts))


def _node(rng: random.Random, ftype: str, doc: str, local: str, texts: list[str | None]) -> FactNode:
    if ftype == "attack":
        args = {"perpetrator": rng.choice(["ent:iswap", "ent:is", "ent:other", "gunmen"]),
                "target": rng.choice(["ent:mall", "ent:market", ""])}  # fmt: skip
    else:
        args = {"person": rng.choice(["ent:p1", "ent:p2"]), "organization": rng.choice(["ent:is", "ent:iswap"])}
    described = frozenset(k for k in args if rng.random() < 0.2)
    attrs: dict = {}
    if rng.random() < 0.5:
        attrs["role"] = rng.choice(["emir", "leader", "member", "spokesman"])
    if rng.random() < 0.4:
        attrs["method"] = rng.choice(["bombing", "raid", None])
    for key in ("killed", "wounded"):
        if rng.random() < 0.4:
            lo = rng.randint(1, 9)
            attrs[key] = {"min": lo, "max": rng.choice([lo, lo + 3, None])}
    if rng.random() < 0.2:
        attrs["kind"] = rng.choice(["a", "b"])
    start = rng.randint(0, 50)
    sources = [Evidence(doc, f"quote {start}", start, start + 10, rng.choice([None, None, "police"]))]
    fact = Fact(
        id=local, type=ftype, args={k: v for k, v in args.items() if v}, time=_time(rng, texts),
        location=rng.choice([None, "ent:town", "ent:state", "ent:country"]), attrs=attrs,
        modality=rng.choice(["asserted", "reported", "claimed", "alleged"]),
        confidence=rng.choice([0.5, 0.6, 0.75, 0.9]), sources=sources,
    )  # fmt: skip
    perp = fact.args.get("perpetrator") if ftype == "attack" and "perpetrator" not in described else None
    line = LINES.get(perp, frozenset({perp})) if perp else frozenset()
    return FactNode(-1, doc, local, fact, GEOS.get(fact.location or ""), described, frozenset(), line)


def _members(rng: random.Random, ftype: str, texts: list[str | None]) -> list[FactNode]:
    nodes = []
    for d in range(rng.randint(1, 6)):
        for k in rng.sample(range(1, 15), rng.randint(1, 3)):
            nodes.append(_node(rng, ftype, f"doc:{d}", f"f{k}", texts))
    nodes.sort(key=lambda n: (n.doc, natural_key(n.local_id)))  # a resolution's node order
    for i, n in enumerate(nodes):
        n.index = i
    return nodes


def _stored(t: FactTally) -> FactTally:
    """As read back from the index (JSON with sorted keys)."""
    return FactTally.from_json(json.loads(json.dumps(t.to_json(), sort_keys=True)))


@pytest.mark.parametrize("ftype", ["attack", "leadership"])
def test_merging_the_tallies_of_any_split_equals_merge_facts(ftype):
    rng = random.Random(ftype)
    decided = 0
    for _case in range(300):
        texts = rng.choice([[None], ["in June"], [None, "in June"], ["in June", "on Friday"]])
        members = _members(rng, ftype, texts)
        expected = merge_facts(members, geo_of=GEOS.get)
        parts: list[list[FactNode]] = [[] for _ in range(rng.randint(1, 4))]
        for n in members:
            rng.choice(parts).append(n)
        parts = [p for p in parts if p]
        tallies = [_stored(fact_tally(p)) for p in parts]
        total = tallies[0]
        for t in tallies[1:]:
            total = total + t
        sources = merge_sources(*[[s for n in p for s in n.fact.sources] for p in parts])
        got = None if sources is None else merge_tally(total, sources, geo_of=GEOS.get, lines=LINES)
        if got is None:  # undecided: only where the time fold's order could matter, or an attribution clash
            assert sources is None or not total.time_ok
            continue
        decided += 1
        assert got.to_json() == expected.to_json()
        assert total.mentions == len(members)
    assert decided > 100


def test_a_tally_survives_json():
    rng = random.Random(1)
    t = fact_tally(_members(rng, "attack", [None]))
    assert _stored(t).to_json() == t.to_json()
