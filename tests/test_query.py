"""orbat.query over a hand-built knowledge base in a real store, SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest

from orbat import query
from orbat.model import Curation, Document, Entity, Evidence, Fact, Geo, TimeSpan

# --------------------------------------------------------------------------- a small knowledge base
# Written in our own words: a Caucasus succession story and a Somali attack series.

DOCS = {
    "caucasus": Document(
        title="Caucasus leadership losses",
        published="2015-09-02",
        body=(
            "Doku Umarov died at some point in late 2013 or early 2014. "
            "Aliaskhab Kebekov followed him as amir of the Caucasus Emirate. "
            "Security forces killed Kebekov in April 2015. "
            "Magomed Suleimanov was named the group's leader in July 2015 after Kebekov. "
            "Suleimanov was killed by security forces in August 2015. "
            "A man called Test Deputy served as deputy emir from mid 2014. "
            "Rustam Asilderov, a Caucasus Emirate commander in Dagestan, switched to the Islamic State. "
            "Abu Muhammad al Qadari was made wali of the Caucasus Province. "
            "Qadari may be the same man as Asilderov. "
            "The Caucasus Province is a province of the Islamic State. "
            "The Caucasus Emirate has ties to al Qaeda. "
            "Defectors from the emirate swore allegiance to Abu Bakr al Baghdadi. "
            "Baghdadi heads the Islamic State. "
            "The province says its fighters struck an army barracks at Magharamakint."
        ),
    ),
    "somalia_a": Document(
        title="Base overrun at Janaale",
        published="2015-09-01",
        body="Al-Shabaab fighters stormed the AMISOM base at Janaale on Tuesday. "
        "Witnesses in Mogadishu reported a blast near a hotel in June.",
    ),
    "somalia_b": Document(
        title="Janaale toll rises",
        published="2015-09-04",
        body="The assault by al-Shabaab on the Janaale base killed dozens of soldiers. "
        "A car bomb hit a checkpoint in Mogadishu on July 1.",
    ),
}


def ev(key: str, quote: str) -> Evidence:
    doc = DOCS[key]
    start = doc.body.index(quote)
    return Evidence(doc=doc.id, quote=quote, start=start, end=start + len(quote))


def ent(eid: str, etype: str, name: str, *aliases: str, geo: Geo | None = None) -> Entity:
    return Entity(id=f"ent:{eid}", type=etype, name=name, aliases=list(aliases), geo=geo)


ENTITIES = [
    ent("ice", "organization", "Caucasus Emirate", "Islamic Caucasus Emirate", "ICE", "Imarat Kavkaz"),
    ent("is", "organization", "Islamic State", "IS", "ISIS"),
    ent("isoc", "organization", "Islamic Society", "IS"),  # makes "IS" ambiguous
    ent("isc", "organization", "Islamic State Caucasus Province", "Caucasus Province"),
    ent("aq", "organization", "al Qaeda", "al-Qaeda"),
    ent("ru", "organization", "Russian security forces"),
    ent("shabaab", "organization", "al-Shabaab", "Harakat al-Shabaab al-Mujahideen"),
    ent("amisom", "organization", "AMISOM"),
    ent("defectors", "group_of_people", "Caucasus Emirate defectors"),
    ent("umarov", "person", "Doku Umarov"),
    ent("kebekov", "person", "Aliaskhab Kebekov", "Ali Abu Muhammad al Dagestani"),
    ent("suleimanov", "person", "Magomed Suleimanov", "Abu Usman Gimrinsky"),
    ent("deputy", "person", "Test Deputy"),
    ent("asilderov", "person", "Rustam Asilderov"),
    ent("qadari", "person", "Abu Muhammad al Qadari"),
    ent("baghdadi", "person", "Abu Bakr al Baghdadi"),
    ent("magaramkent", "location", "Magaramkent", "Magharamakint",
        geo=Geo(lat=41.62, lon=48.35, country="RU", admin1="Dagestan")),
    ent("janaale", "location", "Janaale", geo=Geo(lat=1.81, lon=44.70, country="SO")),
    ent("mogadishu", "location", "Mogadishu", geo=Geo(lat=2.04, lon=45.34, country="SO")),
]  # fmt: skip


def fact(fid, ftype, args, *sources, time=None, attrs=None, modality="asserted", location=None) -> Fact:
    span = None if time is None else TimeSpan(start=time[0], end=time[1])
    return Fact(
        id=f"fact:{fid}",
        type=ftype,
        args={k: (v if v.startswith("fact:") else f"ent:{v}") for k, v in args.items()},
        time=span,
        location=f"ent:{location}" if location else None,
        attrs=attrs or {},
        modality=modality,
        confidence=0.9,
        sources=list(sources),
    )


C = "caucasus"
FACTS = [
    fact("l-umarov", "leadership", {"person": "umarov", "organization": "ice"},
         ev(C, "Doku Umarov died"), attrs={"role": "emir"}),
    fact("d-umarov", "death", {"person": "umarov"}, ev(C, "Doku Umarov died at some point in late 2013 or early 2014"),
         time=("2013-09", "2014-04"), attrs={"cause": "died"}),
    fact("s-kebekov", "succession", {"successor": "kebekov", "predecessor": "umarov", "organization": "ice"},
         ev(C, "Aliaskhab Kebekov followed him")),
    fact("l-kebekov", "leadership", {"person": "kebekov", "organization": "ice"},
         ev(C, "Aliaskhab Kebekov followed him as amir of the Caucasus Emirate"), attrs={"role": "amir"}),
    fact("d-kebekov", "death", {"person": "kebekov", "killer": "ru"}, ev(C, "Security forces killed Kebekov in April 2015"),
         time=("2015-04", "2015-04"), attrs={"cause": "killed"}),
    fact("s-suleimanov", "succession", {"successor": "suleimanov", "predecessor": "kebekov", "organization": "ice"},
         ev(C, "Magomed Suleimanov was named the group's leader in July 2015 after Kebekov"), attrs={"role": "emir"}),
    fact("l-suleimanov", "leadership", {"person": "suleimanov", "organization": "ice"},
         ev(C, "Magomed Suleimanov was named the group's leader in July 2015"), time=("2015-07", None),
         attrs={"role": "leader"}),
    fact("d-suleimanov", "death", {"person": "suleimanov", "killer": "ru"},
         ev(C, "Suleimanov was killed by security forces in August 2015"), time=("2015-08", "2015-08"),
         attrs={"cause": "killed"}),
    fact("l-deputy", "leadership", {"person": "deputy", "organization": "ice"},
         ev(C, "Test Deputy served as deputy emir from mid 2014"), time=("2014-06", "2015-02"),
         attrs={"role": "deputy emir"}),
    fact("m-asilderov", "membership", {"person": "asilderov", "organization": "ice"},
         ev(C, "Rustam Asilderov, a Caucasus Emirate commander in Dagestan"), time=(None, "2014-12"),
         attrs={"role": "commander in Dagestan"}),
    fact("x-asilderov", "defection", {"member": "asilderov", "from": "ice", "to": "is"},
         ev(C, "Rustam Asilderov, a Caucasus Emirate commander in Dagestan, switched to the Islamic State"),
         time=("2014-09", "2014-12")),
    fact("l-qadari", "leadership", {"person": "qadari", "organization": "isc"},
         ev(C, "Abu Muhammad al Qadari was made wali of the Caucasus Province"), time=("2015-06-23", None),
         attrs={"role": "wali"}),
    fact("i-qadari", "identity", {"a": "qadari", "b": "asilderov"}, ev(C, "Qadari may be the same man as Asilderov"),
         modality="hedged"),
    fact("b-isc", "branch", {"organization": "isc", "parent": "is"},
         ev(C, "The Caucasus Province is a province of the Islamic State"), time=("2015-06", None),
         attrs={"kind": "province"}),
    fact("a-ice", "alliance", {"a": "ice", "b": "aq"}, ev(C, "The Caucasus Emirate has ties to al Qaeda"),
         attrs={"kind": "linked"}),
    fact("p-defectors", "pledge", {"pledger": "defectors", "recipient": "baghdadi"},
         ev(C, "Defectors from the emirate swore allegiance to Abu Bakr al Baghdadi"), time=("2014-11", "2015-06-23")),
    fact("l-baghdadi", "leadership", {"person": "baghdadi", "organization": "is"},
         ev(C, "Baghdadi heads the Islamic State"), attrs={"role": "Emir of the Faithful"}),
    fact("k-magaramkent", "attack", {"perpetrator": "isc", "target": "ru"},
         ev(C, "its fighters struck an army barracks at Magharamakint"), time=("2015-08", "2015-09-02"),
         location="magaramkent", modality="claimed", attrs={"method": "raid"}),
    fact("c-magaramkent", "claim", {"claimant": "isc", "attack": "fact:k-magaramkent"},
         ev(C, "The province says its fighters struck an army barracks"), time=("2015-09-02", "2015-09-02"),
         location="magaramkent", attrs={"medium": "statement", "verified": None}),
    fact("k-janaale", "attack", {"perpetrator": "shabaab", "target": "amisom"},
         ev("somalia_a", "Al-Shabaab fighters stormed the AMISOM base at Janaale"),
         ev("somalia_b", "The assault by al-Shabaab on the Janaale base killed dozens of soldiers"),
         time=("2015-09-01", "2015-09-01"), location="janaale", attrs={"method": "raid"}),
    fact("k-hotel", "attack", {"perpetrator": "shabaab", "target": "amisom"},
         ev("somalia_a", "Witnesses in Mogadishu reported a blast near a hotel in June"),
         time=("2015-06", "2015-06"), location="mogadishu", modality="reported", attrs={"method": "bombing"}),
    fact("k-checkpoint", "attack", {"perpetrator": "shabaab", "target": "amisom"},
         ev("somalia_b", "A car bomb hit a checkpoint in Mogadishu on July 1"),
         time=("2015-07-01", "2015-07-01"), location="mogadishu", attrs={"method": "bombing"}),
]  # fmt: skip


def build_kb(store) -> None:
    """Load the hand-built knowledge base (documents, entities, facts, one curation)."""
    for doc in DOCS.values():
        store.add_document(doc)
    store.add_curation(Curation(action="fact.confirm", target="fact:k-checkpoint", author="test"))
    store.replace_knowledge(ENTITIES, FACTS)  # after the curation: the knowledge base is current


@pytest.fixture
def store(any_store):
    """Every test here runs on each backend (``any_store``, tests/conftest.py)."""
    return any_store


@pytest.fixture
def kb(store):
    build_kb(store)
    return store


def names(people) -> list[str]:
    return [p.person.name for p in people]


# --------------------------------------------------------------------------- leaders


def test_leaders_all_tenures_with_succession_bounds(kb):
    answer = query.leaders(kb, "Caucasus Emirate", role="emir")
    assert names(answer.leaders) == ["Doku Umarov", "Aliaskhab Kebekov", "Magomed Suleimanov"]
    umarov, kebekov, suleimanov = answer.leaders
    # Umarov's unknown end is his death; Kebekov's unknown start is bounded by it
    assert (umarov.end_min, umarov.end_max, umarov.ended_by) == ("2013-09", "2014-04", "death")
    assert kebekov.start == "2013-09..2014-04"
    assert kebekov.end == "2015-04" and kebekov.ended_by == "death"
    assert kebekov.predecessor.name == "Doku Umarov"
    assert kebekov.successor.name == "Magomed Suleimanov"
    assert (suleimanov.start, suleimanov.end) == ("2015-07", "2015-08")
    # evidence: the quote and its document
    quotes = {s.quote for s in kebekov.sources}
    assert "Security forces killed Kebekov in April 2015" in quotes
    assert all(s.title == "Caucasus leadership losses" and s.published == "2015-09-02" for s in kebekov.sources)


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        ("2013-06-01", ["Doku Umarov"]),
        ("2015-01-01", ["Aliaskhab Kebekov"]),
        ("2015-08-01", ["Magomed Suleimanov"]),
        ("2016-01-01", []),
        ("2014-01-01", ["Doku Umarov", "Aliaskhab Kebekov"]),  # the handover is uncertain
    ],
)
def test_leaders_on_a_date(kb, on, expected):
    answer = query.leaders(kb, "ICE", on=on, role="leader")
    assert names(answer.leaders) == expected


def test_leaders_on_date_certainty(kb):
    sure = query.leaders(kb, "Caucasus Emirate", on="2015-01-01", role="emir").leaders
    assert [leader.certain for leader in sure] == [True]
    unsure = query.leaders(kb, "Caucasus Emirate", on="2014-01-01", role="emir").leaders
    assert [leader.certain for leader in unsure] == [False, False]


def test_leaders_gap_between_death_and_successor(kb):
    answer = query.leaders(kb, "Imarat Kavkaz", on="2015-05-15")
    assert [leader.person.name for leader in answer.leaders if leader.role_class == "leader"] == []
    assert len(answer.gaps) == 1
    gap = answer.gaps[0]
    assert (gap.after.name, gap.before.name) == ("Aliaskhab Kebekov", "Magomed Suleimanov")
    assert "after Kebekov's death in April 2015" in gap.text
    assert "until Suleimanov appears in July 2015" in gap.text
    # outside the gap it is not reported
    assert query.leaders(kb, "ICE", on="2015-08-01").gaps == []


def test_leaders_role_filter_and_equivalence(kb):
    deputies = query.leaders(kb, "ICE", role="deputy")
    assert names(deputies.leaders) == ["Test Deputy"]
    assert deputies.leaders[0].role == "deputy emir"
    amir = query.leaders(kb, "ICE", role="amir")
    emir = query.leaders(kb, "ICE", role="emir")
    assert names(amir.leaders) == names(emir.leaders) == ["Doku Umarov", "Aliaskhab Kebekov", "Magomed Suleimanov"]
    on = query.leaders(kb, "ICE", on="2015-01-01")
    assert sorted(names(on.leaders)) == ["Aliaskhab Kebekov", "Test Deputy"]


def test_leaders_name_errors(kb):
    with pytest.raises(query.Ambiguous) as info:
        query.leaders(kb, "IS")
    assert "Islamic State" in str(info.value) and "Islamic Society" in str(info.value)
    with pytest.raises(query.NotFound):
        query.leaders(kb, "Nonexistent Front")
    with pytest.raises(query.QueryError):
        query.leaders(kb, "ICE", on="last year")
    # an id works where a name is ambiguous
    assert query.leaders(kb, "ent:is").leaders[0].person.name == "Abu Bakr al Baghdadi"


@pytest.mark.parametrize(
    "name",
    [
        "Mujahideen Youth Movement",  # another of the reference group's names
        "Harakat al-Shebab al-Mujahidin",  # another spelling of one
    ],
)
def test_a_group_asked_for_by_a_name_the_knowledge_base_lacks(kb, name):
    assert query.leaders(kb, name).organization.name == "al-Shabaab"


def test_a_name_of_no_known_group_is_still_not_found(kb):
    with pytest.raises(query.NotFound):
        query.leaders(kb, "Harakat al-Mujahidin Front")


def test_a_name_two_groups_carry_is_the_group_the_reference_gives_it_to(store):
    # "HTS (formerly the Nusra Front)" left "HTS" an alias of the group it was renamed
    # from; the reference says whose name it is
    hts = Entity("ent:hts", "organization", "Hay'at Tahrir al-Sham", ["HTS", "Nusra Front"], ref="hts")
    nusra = Entity("ent:nusra", "organization", "Jabhat al-Nusra", ["Nusra Front", "HTS"], ref="jabhat-al-nusra")
    store.replace_knowledge([hts, nusra], [])
    assert query.find_entity(store, "HTS").id == "ent:hts"
    assert query.find_entity(store, "Nusra Front").id == "ent:nusra"
    unlinked = Entity("ent:front", "organization", "Liberation Front of the Levant", ["HTS"])
    store.replace_knowledge([unlinked, nusra], [])
    with pytest.raises(query.Ambiguous):
        query.find_entity(store, "HTS")  # neither carrier is the group the reference gives it to


def test_leaders_json_is_serialisable(kb):
    data = json.loads(json.dumps(query.leaders(kb, "ICE", on="2015-05-15").to_json()))
    assert data["organization"]["name"] == "Caucasus Emirate"
    assert data["gaps"][0]["start"] == "2015-04" and data["gaps"][0]["end"] == "2015-07"


# --------------------------------------------------------------------------- profile


def test_profile_keeps_hedged_identity_apart(kb):
    prof = query.profile(kb, "Rustam Asilderov")
    assert prof.entity.name == "Rustam Asilderov"
    assert "Abu Muhammad al Qadari" not in prof.aliases
    assert [(i.other.name, i.modality) for i in prof.identities] == [("Abu Muhammad al Qadari", "hedged")]
    assert prof.identities[0].sources[0].quote == "Qadari may be the same man as Asilderov"
    assert [m.args["organization"].name for m in prof.memberships] == ["Caucasus Emirate"]
    assert [d.summary for d in prof.defections] == [
        "Rustam Asilderov defected from Caucasus Emirate to Islamic State"
    ]
    assert prof.fate == []


def test_profile_roles_fate_and_sources(kb):
    prof = query.profile(kb, "Ali Abu Muhammad al Dagestani")  # an alias
    assert prof.entity.name == "Aliaskhab Kebekov"
    assert [(r.organization.name, r.role, r.start, r.end) for r in prof.roles] == [
        ("Caucasus Emirate", "amir", "2013-09..2014-04", "2015-04")
    ]
    assert [(f.type, f.start, f.args["killer"].name) for f in prof.fate] == [
        ("death", "2015-04", "Russian security forces")
    ]
    assert [s.title for s in prof.sources] == ["Caucasus leadership losses"]
    assert prof.sources[0].facts == 4  # leadership, two successions, death
    wali = query.profile(kb, "Abu Muhammad al Qadari")
    assert [(r.organization.name, r.role_class, r.start) for r in wali.roles] == [
        ("Islamic State Caucasus Province", "wali", "2015-06-23")
    ]


# --------------------------------------------------------------------------- timeline


def test_timeline_orders_dated_facts(kb):
    tl = query.timeline(kb, "Caucasus Emirate")
    assert [e.id for e in tl.entries] == [
        "fact:l-deputy",  # 2014-06
        "fact:x-asilderov",  # 2014-09..2014-12
        "fact:m-asilderov",  # (until) 2014-12
        "fact:l-suleimanov",  # 2015-07
    ]
    assert {"fact:a-ice", "fact:l-kebekov", "fact:s-kebekov"} <= {e.id for e in tl.undated}


def test_timeline_of_a_place_has_what_happened_there(kb):
    tl = query.timeline(kb, "Magharamakint")
    assert [e.id for e in tl.entries] == ["fact:k-magaramkent", "fact:c-magaramkent"]
    assert tl.entries[0].location.name == "Magaramkent"


# --------------------------------------------------------------------------- events


def ids(answer) -> list[str]:
    return [e.id.removeprefix("fact:") for e in answer.events]


def test_events_by_group_and_type(kb):
    assert ids(query.events(kb, group="al-Shabaab")) == ["k-hotel", "k-checkpoint", "k-janaale"]
    assert ids(query.events(kb, type="claim")) == ["c-magaramkent"]
    assert ids(query.events(kb, type="death")) == ["d-umarov", "d-kebekov", "d-suleimanov"]
    with pytest.raises(query.QueryError):
        query.events(kb, type="picnic")


def test_events_time_window(kb):
    assert ids(query.events(kb, type="attack", since="2015-07", until="2015-08-31")) == [
        "k-checkpoint",
        "k-magaramkent",
    ]
    assert ids(query.events(kb, type="attack", since="2015-09-02")) == ["k-magaramkent"]
    assert ids(query.events(kb, type="death", until="2014")) == ["d-umarov"]


def test_events_country_and_near(kb):
    assert ids(query.events(kb, country="ru")) == ["k-magaramkent", "c-magaramkent"]
    assert ids(query.events(kb, country="SO")) == ["k-hotel", "k-checkpoint", "k-janaale"]
    # Janaale is about 75 km from Mogadishu
    assert ids(query.events(kb, near="Mogadishu", km=30)) == ["k-hotel", "k-checkpoint"]
    assert ids(query.events(kb, near="Mogadishu", km=100)) == ["k-hotel", "k-checkpoint", "k-janaale"]


def test_events_status(kb):
    assert ids(query.events(kb, status="claimed")) == ["k-magaramkent", "c-magaramkent"]
    assert ids(query.events(kb, status="unverified", type="attack")) == ["k-hotel", "k-magaramkent"]
    # two documents, or an analyst's confirmation
    assert ids(query.events(kb, status="confirmed")) == ["k-checkpoint", "k-janaale"]
    janaale = query.events(kb, status="confirmed").events[1]
    assert janaale.corroboration == 2 and {s.title for s in janaale.sources} == {
        "Base overrun at Janaale",
        "Janaale toll rises",
    }
    with pytest.raises(query.QueryError):
        query.events(kb, status="rumoured")


def test_haversine():
    assert query.haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.5)


# --------------------------------------------------------------------------- graph


def edge_set(g) -> set[tuple[str, str, str]]:
    names = {n.id: n.name for n in g.nodes}
    return {(names[e.source], e.kind, names[e.target]) for e in g.edges}


def test_graph_on_a_date(kb):
    mid2015 = edge_set(query.graph(kb, on="2015-08-01"))
    assert mid2015 == {
        ("Islamic State Caucasus Province", "branch", "Islamic State"),
        ("Caucasus Emirate", "alliance", "al Qaeda"),
        ("Caucasus Emirate defectors", "pledge", "Islamic State"),  # to Baghdadi, who leads IS
        ("Caucasus Emirate", "defection", "Islamic State"),
    }
    early2015 = edge_set(query.graph(kb, on="2015-01-01"))
    assert ("Islamic State Caucasus Province", "branch", "Islamic State") not in early2015
    assert edge_set(query.graph(kb, on="2014-01-01")) == {("Caucasus Emirate", "alliance", "al Qaeda")}


def test_graph_json_and_dot(kb):
    g = query.graph(kb, on="2015-08-01")
    data = json.loads(json.dumps(g.to_json()))
    assert {n["name"] for n in data["nodes"]} >= {"Islamic State", "al Qaeda"}
    pledge = next(e for e in data["edges"] if e["kind"] == "pledge")
    assert pledge["label"] == "to Abu Bakr al Baghdadi"
    assert pledge["sources"][0]["quote"].startswith("Defectors from the emirate")
    dot = g.to_dot()
    assert dot.startswith("digraph orbat {")
    assert '"ent:isc" -> "ent:is" [label="branch (province)"' in dot
    assert dot.count("->") == len(g.edges)


# --------------------------------------------------------------------------- search


def test_search_finds_documents_and_entities(kb):
    hits = query.search(kb, "Janaale").hits
    kinds = {(h.kind, h.title) for h in hits}
    assert ("entity", "Janaale") in kinds
    assert ("document", "Base overrun at Janaale") in kinds
    doc_hit = next(h for h in hits if h.title == "Janaale toll rises")
    assert doc_hit.published == "2015-09-04"
    assert query.search(kb, "zzzz").hits == []


def test_describe_fact_lines():
    death = FACTS[4]
    assert query.describe(death, lambda i: i.removeprefix("ent:")) == "kebekov died (killed) — killer: ru"
    hedged = FACTS[12]
    assert query.describe(hedged, lambda i: i.removeprefix("ent:")) == "qadari may be asilderov (hedged)"


def test_empty_store_answers_nothing(store):
    assert query.events(store).events == []
    assert query.graph(store).nodes == []
    with pytest.raises(query.NotFound):
        query.leaders(store, "Caucasus Emirate")


# --------------------------------------------------------------------------- the demo tour


def tour_text(store) -> str:
    import io

    from rich.console import Console

    from orbat.demo import run_tour

    out = io.StringIO()
    run_tour(store, Console(file=out, width=400, color_system=None))
    return out.getvalue()


def test_demo_tour_on_a_knowledge_base(kb):
    text = tour_text(kb)
    assert "3 documents, 19 entities, 22 facts" in text
    assert "on 2013-06-01: Doku Umarov, emir" in text
    assert "on 2015-01-01: Aliaskhab Kebekov, amir" in text
    assert "on 2015-08-01: Magomed Suleimanov, leader" in text
    assert "possibly the same person as Abu Muhammad al Qadari (hedged, kept apart)" in text
    assert "al-Shabaab attacked AMISOM at Janaale — confirmed, 2 source(s)" in text
    assert "Caucasus Emirate defectors pledged to Islamic State" in text
    assert "“Defectors from the emirate swore allegiance to Abu Bakr al Baghdadi”" in text


def test_demo_tour_on_an_empty_store(store):
    text = tour_text(store)
    assert "0 documents, 0 entities, 0 facts" in text
    assert "nothing to show: no entity named 'Caucasus Emirate'" in text
    assert "(no people in the knowledge base)" in text
    assert "(no pledges, branches or alliances)" in text


def test_demo_main_prints_the_tour(store_url, capsys):
    from orbat.demo import main
    from orbat.store import open_store

    s = open_store(store_url)
    build_kb(s)
    s.close()
    assert main(["--db", store_url]) == 0
    out = capsys.readouterr().out
    assert "leaders of Caucasus Emirate" in out
    assert f"orbat serve --db {store_url}" in " ".join(out.split())  # ends with how to browse the store


def test_graph_draws_a_leaders_pledge_from_the_group_he_led(store):
    quote = Evidence(doc="doc:none", quote="q", start=0, end=1)
    people = [ent("shekau", "person", "Abubakar Shekau"), ent("baghdadi", "person", "Abu Bakr al Baghdadi")]
    groups = [ent("bh", "organization", "Boko Haram"), ent("is", "organization", "Islamic State")]
    store.replace_knowledge(
        people + groups,
        [
            fact("l1", "leadership", {"person": "shekau", "organization": "bh"}, quote, time=("2009", "2016-08"),
                 attrs={"role": "leader"}),
            fact("l2", "leadership", {"person": "baghdadi", "organization": "is"}, quote, attrs={"role": "caliph"}),
            fact("p1", "pledge", {"pledger": "shekau", "recipient": "baghdadi"}, quote, time=("2015-03", "2015-03")),
            fact("b1", "branch", {"organization": "is", "parent": "is"}, quote),  # a self-loop: not drawn
        ],
    )  # fmt: skip
    g = query.graph(store, on="2015-06-01")
    assert edge_set(g) == {("Boko Haram", "pledge", "Islamic State")}
    assert g.edges[0].label == "by Abubakar Shekau, to Abu Bakr al Baghdadi"
    assert query.graph(store, on="2015-01-01").edges == []
