"""resolve.geo: place compatibility, and its reason-less form for ruling pairs out."""

import random

from orbat.model import Geo
from orbat.resolve.geo import places_apart, places_compatible


def _geo(rng: random.Random) -> Geo:
    precision = rng.choice(["settlement", "settlement", "admin2", "admin1", "country"])
    return Geo(
        round(rng.uniform(-10, 45), 3), round(rng.uniform(-20, 80), 3), rng.choice(["SO", "KE", "NG", None]),
        rng.choice(["Borno", "Banaadir", None]), rng.choice([None, 1, 2, 3]), precision,
    )  # fmt: skip


def test_places_apart_is_exactly_not_compatible():
    rng = random.Random(5)
    pairs = [(_geo(rng), _geo(rng)) for _ in range(3000)]
    # and pairs near the distance limit, where the latitude shortcut must not decide
    for _ in range(1000):
        a = _geo(rng)
        pairs.append((a, Geo(a.lat + rng.uniform(-0.6, 0.6), a.lon + rng.uniform(-0.6, 0.6), a.country, a.admin1, None, "settlement")))
    for a, b in pairs:
        for km in (25.0, 50.0, 75.0):
            assert places_apart(a, b, max_km=km) == (not places_compatible(a, b, max_km=km)[0]), (a, b, km)


def test_a_far_pair_still_gives_its_distance_as_the_reason():
    a = Geo(2.04, 45.34, "SO", "Banaadir", None, "settlement")
    b = Geo(11.85, 13.16, "NG", "Borno", None, "settlement")
    ok, why = places_compatible(a, b, max_km=50.0)
    assert not ok and why.endswith("km apart") and int(why.split()[0]) > 3000
