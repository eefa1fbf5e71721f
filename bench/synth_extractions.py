"""Synthetic extractions for resolution benchmarks (no NLP).

    from synth_extractions import generate
    docs = generate(10_000, seed=7)  # list[SynthDoc]: a Document and its Extraction each

Deterministic from ``seed``. A small world is drawn first: 300 armed groups with Zipf
popularity (the first 100 of them the reference gazetteer's own groups, linked by ``ref``
as the extractor links them), people who lead, speak for and belong to them (spelled a
little differently by different outlets), towns in a dozen countries. Then every document
reports two or three stories of that world, about half of them already told by other
documents (the same attack from another outlet, a few days later, with another toll and
the date or the place missing), plus background: leadership, membership, branches,
pledges, alliances, identity statements. Each document gets its own doc-local entities
(``e1``, ``e2``, ...) and facts (``f1``, ...), about 9 facts per document, with evidence
quotes that are real substrings of the document's body.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from orbat.model import Document, Entity, Evidence, Extraction, Fact, Geo, TimeSpan

COUNTRIES = {
    "SO": (3.0, 45.0), "RU": (42.8, 47.0), "SY": (35.0, 38.5), "IQ": (33.3, 43.8), "NG": (11.0, 12.5),
    "AF": (34.5, 66.0), "YE": (15.0, 47.5), "ML": (16.5, -2.0), "LY": (28.0, 17.0), "PH": (7.5, 124.0),
    "KE": (-1.0, 38.0), "PK": (33.0, 70.0),
}  # fmt: skip
SYLLABLES = ("ab", "al", "um", "ra", "ka", "dir", "sha", "mu", "ha", "san", "ri", "ya", "zu", "bek", "ov", "id",
             "ta", "ne", "lo", "gir", "mar", "so", "fu", "de")  # fmt: skip
ORG_WORDS = ("Front", "Brigade", "Army", "Movement", "Emirate", "Council", "Battalion", "Group", "Legion")
METHODS = ("shooting", "bombing", "suicide_bombing", "ied", "raid", "rocket", "kidnapping")
TARGETS = ("soldiers", "a police checkpoint", "an army base", "civilians", "a market", "a mosque", "a convoy",
           "government officials", "a hotel", "a school")  # fmt: skip
FORCES = ("the army", "security forces", "the police", "government troops")
ROLES = ("emir", "leader", "commander", "spokesman", "deputy", "wali")
START, DAYS = date(2005, 1, 1), 15 * 365
GROUPS, REAL_GROUPS = 300, 100


@dataclass(slots=True)
class Person:
    name: str
    variants: tuple[str, ...]
    group: int
    kunya: str | None


@dataclass(slots=True)
class Town:
    name: str
    geo: Geo


@dataclass(slots=True)
class Story:
    """One thing that happened, told by one or more documents."""

    kind: str
    day: date
    group: int
    town: int
    person: int
    method: str
    killed: int
    target: str
    claimed: bool


@dataclass(slots=True)
class World:
    groups: list[tuple[str, str | None, tuple[str, ...]]]  # name, gazetteer ref, other names
    weights: list[float]
    people: list[Person]
    towns: list[Town]
    stories: list[Story] = field(default_factory=list)
    lineage: str = "cycle"  # how branch facts link groups: see ``lineage_parent``


@dataclass(slots=True)
class SynthDoc:
    document: Document
    extraction: Extraction


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _variant(rng: random.Random, word: str) -> str:
    """A spelling one vowel away ("Rakadir" / "Rekadir"), as outlets transliterate."""
    spots = [i for i, ch in enumerate(word) if ch in "aeiou" and i > 0]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + rng.choice([v for v in "aeiou" if v != word[i]]) + word[i + 1 :]


def build_world(rng: random.Random, n_docs: int, reference=None) -> World:
    real = list(reference.groups)[:REAL_GROUPS] if reference is not None else []
    groups: list[tuple[str, str | None, tuple[str, ...]]] = [(g.name, g.id, tuple(g.aliases[:3])) for g in real]
    while len(groups) < GROUPS:
        name = f"{_word(rng, 3)} {rng.choice(ORG_WORDS)}"
        groups.append((name, None, (f"the {name}",)))
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(GROUPS)]
    people = []
    for i in range(2_000 + n_docs // 5):
        first, last = _word(rng, 2), _word(rng, 3)
        name = f"{first} {last}" if i % 3 else f"{first} {_word(rng, 2)} {last}"
        variant = f"{_variant(rng, first)} {_variant(rng, last)}"
        kunya = f"Abu {_word(rng, 2)} al-{_word(rng, 3)}" if i % 4 == 0 else None
        people.append(Person(name, (variant, last), rng.choices(range(GROUPS), weights)[0], kunya))
    towns = []
    for i in range(600 + n_docs // 20):
        cc = list(COUNTRIES)[i % len(COUNTRIES)]
        lat, lon = COUNTRIES[cc]
        geo = Geo(lat=round(lat + rng.uniform(-3, 3), 4), lon=round(lon + rng.uniform(-3, 3), 4), country=cc,
                  admin1=f"{cc}.{rng.randint(1, 8):02d}", geonames_id=9_000_000 + i)  # fmt: skip
        towns.append(Town(f"{_word(rng, 3)}{rng.choice(('', 'abad', 'kent', 'ville'))}", geo))
    return World(groups, weights, people, towns)


def _new_story(rng: random.Random, world: World, day: date) -> Story:
    kind = rng.choices(("attack", "death", "capture", "statement", "founding", "defection"), (60, 14, 6, 14, 2, 4))[0]
    group = rng.choices(range(GROUPS), world.weights)[0]
    members = [p for p in rng.sample(range(len(world.people)), 6) if world.people[p].group == group]
    return Story(
        kind=kind, day=day, group=group, town=rng.randrange(len(world.towns)),
        person=members[0] if members else rng.randrange(len(world.people)), method=rng.choice(METHODS),
        killed=rng.choice((0, 1, 2, 3, 5, 8, 12, 20, 35)), target=rng.choice(TARGETS), claimed=rng.random() < 0.4,
    )  # fmt: skip


class _Doc:
    """Builds one document's body, entities and facts."""

    def __init__(
        self, rng: random.Random, world: World, header: str, prose: bool = False, force_refs: dict | None = None
    ):
        self.rng, self.world, self.prose = rng, world, prose
        self.force_refs = force_refs or {}
        self.parts: list[str] = [header]
        self.size = len(header) + 1
        self.entities: list[Entity] = []
        self.facts: list[Fact] = []
        self.local: dict[tuple, str] = {}

    def entity(self, key: tuple, etype: str, name: str, *, aliases=(), ref=None, geo=None) -> str:
        if key not in self.local:
            eid = f"e{len(self.entities) + 1}"
            self.local[key] = eid
            self.entities.append(Entity(id=eid, type=etype, name=name, aliases=list(aliases), ref=ref, geo=geo))
        return self.local[key]

    def group(self, g: int) -> str:
        name, ref, others = self.world.groups[g]
        if ref is None and self.rng.random() < 0.1:
            return self.entity(("vague", "gunmen"), "group_of_people", "gunmen")
        shown = name if ref or self.rng.random() < 0.8 else others[0]
        return self.entity(("group", g), "organization", shown, ref=ref)

    def person(self, p: int) -> str:
        person = self.world.people[p]
        r = self.rng.random()
        name = person.name if r < 0.7 else person.variants[0] if r < 0.85 else person.variants[1]
        aliases = [person.kunya] if person.kunya and self.rng.random() < 0.3 else []
        return self.entity(("person", p), "person", name, aliases=aliases)

    def town(self, t: int) -> str:
        town = self.world.towns[t]
        return self.entity(("town", t), "location", town.name, geo=town.geo)

    def fact(self, ftype: str, args: dict, *, time=None, location=None, attrs=None, modality="asserted") -> str:
        fid = f"f{len(self.facts) + 1}"
        if self.prose:
            quote = self.sentence(ftype, args, time, location, attrs or {})
        else:
            quote = f"[{ftype} {len(self.facts)}: " + " ".join(str(v) for v in args.values()) + "]"
        start = self.size
        self.parts.append(quote)
        self.size += len(quote) + 1
        self.facts.append(
            Fact(id=fid, type=ftype, args={k: v for k, v in args.items() if v}, time=time, location=location,
                 attrs=attrs or {}, modality=modality, confidence=round(self.rng.uniform(0.55, 0.95), 2),
                 sources=[Evidence("", quote, start, start + len(quote))])  # fmt: skip
        )
        return fid

    def sentence(self, ftype: str, args: dict, time: TimeSpan | None, location: str | None, attrs: dict) -> str:
        """The fact told as a wire-copy sentence (``prose``), for benchmarks that run the NLP
        extractor on the bodies; the extraction stays the synthetic one."""
        names = {e.id: e.name for e in self.entities}
        a = {k: names.get(v, "the attack") for k, v in args.items() if v}
        when = f" on {time.start}" if time is not None and time.start and len(time.start) == 10 else (
            f" in {time.start}" if time is not None and time.start else "")  # fmt: skip
        where = f" in {names[location]}" if location in names else ""
        killed = (attrs.get("killed") or {}).get("min")
        if ftype == "attack":
            toll = f", killing {killed} people" if killed else ""
            return f"Fighters of {a['perpetrator']} attacked {a['target']}{where}{when}{toll}, officials said."
        templates = {
            "claim": "{claimant} claimed responsibility for the attack in a statement.",
            "death": "{person} was killed by {killer}{where}{when}, a local official said.",
            "capture": "{captor} arrested {person}{where}{when}.",
            "statement": "{speaker}, a spokesman for {organization}, said in a message that the fighting would go on.",
            "founding": "{organization} was founded{when}.",
            "defection": "{member} defected from {from} to {to}{when}.",
            "leadership": "{person} is the " + str(attrs.get("role") or "leader") + " of {organization}.",
            "membership": "{person} is a member of {organization}.",
            "branch": "{organization} is a branch of {parent}.",
            "pledge": "{pledger} pledged allegiance to {recipient}{when}.",
            "alliance": "{a} is allied with {b}.",
            "identity": "{a}, also known as {b}, was named in the report.",
        }
        return templates[ftype].format(where=where, when=when, **a)

    def when(self, day: date) -> TimeSpan | None:
        r = self.rng.random()
        if r < 0.6:
            return TimeSpan(day.isoformat(), day.isoformat())
        if r < 0.9:
            return TimeSpan(day.isoformat()[:7], day.isoformat()[:7])
        return None

    def tell(self, s: Story) -> None:
        rng = self.rng
        where = self.town(s.town) if rng.random() < 0.85 else None
        if s.kind == "attack":
            toll = max(0, s.killed + rng.choice((0, 0, -1, 1, 2)))
            target = self.entity(("target", s.target), "group_of_people", s.target)
            attack = self.fact("attack", {"target": target, "perpetrator": self.group(s.group)}, time=self.when(s.day),
                               location=where, attrs={"method": s.method, "killed": {"min": toll, "max": None}},
                               modality=rng.choice(("asserted", "asserted", "reported", "claimed")))  # fmt: skip
            if s.claimed:
                self.fact("claim", {"claimant": self.group(s.group), "attack": attack}, time=self.when(s.day),
                          location=where, attrs={"medium": "statement"}, modality="claimed")  # fmt: skip
        elif s.kind in ("death", "capture"):
            other = {"death": "killer", "capture": "captor"}[s.kind]
            name = rng.choice(FORCES)
            forces = self.entity(("forces",), "organization", name, ref=self.force_refs.get(name))
            self.fact(s.kind, {"person": self.person(s.person), other: forces}, time=self.when(s.day),
                      location=where)  # fmt: skip
        elif s.kind == "statement":
            self.fact("statement", {"speaker": self.person(s.person), "organization": self.group(s.group)},
                      time=self.when(s.day), attrs={"medium": rng.choice(("audio", "video", "statement"))})  # fmt: skip
        elif s.kind == "founding":
            self.fact("founding", {"organization": self.group(s.group)}, time=self.when(s.day))
        else:
            other = rng.choices(range(GROUPS), self.world.weights)[0]
            self.fact("defection", {"member": self.person(s.person), "from": self.group(s.group),
                                    "to": self.group(other)}, time=self.when(s.day))  # fmt: skip

    def background(self, day: date) -> None:
        """What articles repeat about the groups they name: leaders, members, lineage."""
        rng, world = self.rng, self.world
        p = rng.randrange(len(world.people))
        person = world.people[p]
        since = (START + timedelta(days=(p * 37) % DAYS)).isoformat()[:7]
        kind = rng.choices(("leadership", "membership", "branch", "pledge", "alliance", "identity"), (35, 30, 10, 10, 8, 7))[0]
        if kind == "leadership":
            self.fact("leadership", {"person": self.person(p), "organization": self.group(person.group)},
                      time=TimeSpan(since, None), attrs={"role": ROLES[p % len(ROLES)]})  # fmt: skip
        elif kind == "membership":
            self.fact("membership", {"person": self.person(p), "organization": self.group(person.group)},
                      time=TimeSpan(since if rng.random() < 0.5 else None, None), attrs={"role": "member"})  # fmt: skip
        elif kind in ("branch", "pledge", "alliance"):
            g = rng.choices(range(GROUPS), world.weights)[0]
            parent = lineage_parent(g, world.lineage)
            if parent is None:  # a top group: no branch of anything; an ally of another top group
                kind, parent = ("alliance" if kind == "branch" else kind), (g + 1) % TOP_GROUPS
            names = {"branch": ("organization", "parent"), "pledge": ("pledger", "recipient"), "alliance": ("a", "b")}[kind]
            self.fact(kind, {names[0]: self.group(g), names[1]: self.group(parent)},
                      time=TimeSpan(day.isoformat()[:4], None) if kind != "pledge" else self.when(day))  # fmt: skip
        elif person.kunya:
            kunya = self.entity(("kunya", p), "person", person.kunya)
            self.fact("identity", {"a": self.person(p), "b": kunya}, modality=rng.choice(("asserted", "hedged")))


TOP_GROUPS = 5  # groups 0-4 head the lineage; no group is a branch of one of its own branches


def lineage_parent(g: int, lineage: str = "cycle") -> int | None:
    """The group ``g`` is a branch of.

    ``forest``: as armed groups' lineages are (IS and its provinces, al-Qaeda and its
    affiliates, their sub-units): groups 5-39 are branches of the five top groups, the rest
    branches of those 40. ``cycle`` (the first version, kept as the default so the figures
    and tests made with it stay comparable): the first 40 groups chained in a cycle, so every
    group's line of parents holds nearly every group, and a new group in it moves all those
    lines - not a shape real reporting has, and the costliest case for incremental resolution."""
    if lineage == "cycle":
        return (g * 7 + 3) % 40 if g >= 40 else (g + 1) % 40
    if g < TOP_GROUPS:
        return None
    if g < 40:
        return g % TOP_GROUPS
    return (g * 7 + 3) % 40


def generate(
    n_docs: int, *, seed: int = 7, reference=None, lineage: str = "cycle", prose: bool = False
) -> list[SynthDoc]:
    """``n_docs`` documents with their extractions (about 9 facts each). ``prose``: each
    fact's quote a sentence in words (``_Doc.sentence``) instead of a bracketed token, the
    same world and facts otherwise (forces linked to the reference, as the extractor links them)."""
    rng = random.Random(seed)
    world = build_world(rng, n_docs, reference)
    # with prose, forces are linked to the reference as the extractor links "security forces"
    # (else the extractor's first mention of them would change their stored entity's id)
    force_refs = {}
    if prose and reference is not None:
        force_refs = {n: f.id for n in FORCES if (f := reference.lookup_force(n)) is not None}
    world.lineage = lineage
    out: list[SynthDoc] = []
    for d in range(n_docs):
        day = START + timedelta(days=d * DAYS // max(1, n_docs) + rng.randrange(5))
        b = _Doc(rng, world, f"Bulletin {seed}-{d}, {day.isoformat()}.", prose, force_refs)
        for _ in range(rng.choice((2, 3, 3, 4))):
            recent = [s for s in world.stories[-60:] if (day - s.day).days <= 10]
            if recent and rng.random() < 0.5:
                b.tell(rng.choice(recent))
            else:
                story = _new_story(rng, world, day - timedelta(days=rng.randrange(3)))
                world.stories.append(story)
                b.tell(story)
        for _ in range(rng.choice((4, 5, 6, 7))):
            b.background(day)
        body = " ".join(b.parts)
        document = Document(body=body, title=f"Bulletin {d}", published=day.isoformat(), publisher="Synthetic Wire")
        extraction = Extraction(doc_id=document.id, entities=b.entities, facts=b.facts, extractor_version="synth")
        for f in extraction.facts:
            for s in f.sources:
                s.doc = document.id
        out.append(SynthDoc(document, extraction))
    return out


class GivenExtractor:
    """An extractor that hands back extractions made beforehand (no NLP), by document id."""

    version = "synth"

    def __init__(self, by_id: dict):
        self.by_id = by_id

    def extract(self, doc):
        return self.by_id[doc.id]

    def extract_many(self, batch):
        return (self.by_id[d.id] for d in batch)

