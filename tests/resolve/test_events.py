"""Fact resolution: one event from many documents, kept apart where they disagree."""

from __future__ import annotations

import pytest
from resolve_builders import DAGESTAN, GROZNY, DocBuilder, lead, raid

from orbat.model import Geo
from orbat.resolve import resolve


def attacks(kb):
    return [f for f in kb.facts if f.type == "attack"]


def test_one_attack_from_three_documents_keeps_every_source_and_figure():
    kb = resolve(
        [
            raid("doc:1", killed=(3, 3), wounded=(1, 1)),
            raid("doc:2", time=("2015-08-11", "2015-08-11"), place=("Dagestan", DAGESTAN), killed=(4, 5)),
            raid("doc:3", time=("2015-08-11", "2015-08-11"), perpetrator=None, killed=(2, None)),
        ]
    )
    [attack] = attacks(kb)
    assert attack.corroboration == 3 and len(attack.sources) == 3
    assert attack.attrs["killed"] == {"min": 2, "max": None}
    assert attack.attrs["wounded"] == {"min": 1, "max": 1}
    per_source = {p["doc"]: p.get("killed") for p in attack.attrs["per_source"]}
    assert per_source == {
        "doc:1": {"min": 3, "max": 3},
        "doc:2": {"min": 4, "max": 5},
        "doc:3": {"min": 2, "max": None},
    }
    assert (attack.time.start, attack.time.end) == ("2015-08-11", "2015-08-11")
    place = next(e for e in kb.entities if e.id == attack.location)
    assert place.name == "Magaramkent"  # the most precise place
    assert attack.args["perpetrator"].startswith("ent:")
    assert attack.confidence > 0.8


def test_closed_ranges_give_a_closed_range():
    kb = resolve([raid("doc:1", killed=(3, 3)), raid("doc:2", killed=(5, 7))])
    [attack] = attacks(kb)
    assert attack.attrs["killed"] == {"min": 3, "max": 7}


def test_a_different_attack_the_same_week_300_km_away_stays_separate():
    kb = resolve(
        [
            raid("doc:1", time=("2015-08-11", "2015-08-11")),
            raid("doc:2", time=("2015-08-13", "2015-08-13"), place=("Grozny", GROZNY)),
            raid("doc:3", time=("2015-08-11", "2015-08-11")),
        ]
    )
    assert sorted(f.corroboration for f in attacks(kb)) == [1, 2]


def test_attacks_months_apart_stay_separate():
    kb = resolve([raid("doc:1", time=("2015-03", "2015-03")), raid("doc:2", time=("2015-08", "2015-08"))])
    assert len(attacks(kb)) == 2


def test_an_undated_report_is_not_of_an_attack_months_before():
    kb = resolve(
        [
            raid("doc:1", time=("2015-03-20", "2015-03-20")),
            raid("doc:2", time=(None, "2015-09-24")),  # told undated in a September report
        ]
    )
    assert len(attacks(kb)) == 2


def test_an_undated_report_of_the_same_week_joins_the_dated_attack():
    kb = resolve([raid("doc:1", time=("2015-08-11", "2015-08-11")), raid("doc:2", time=(None, "2015-08-14"))])
    [attack] = attacks(kb)
    assert attack.corroboration == 2


def _airport(doc: str, target: str, time, place: bool) -> object:
    d = DocBuilder(doc)
    args = {"perpetrator": d.ent("Islamic State", "organization", ref="islamic-state"), "target": d.ent(target, "facility")}
    d.fact("attack", args, time=time, location=d.ent("Kabul", "location", geo=KABUL) if place else None)
    return d.build()


KABUL = Geo(34.528, 69.172, "AF", "Kabul", 1138958, "settlement")


def test_an_undated_placeless_report_of_the_next_day_joins_the_attack():
    kb = resolve(
        [
            _airport("doc:1", "Kabul airport", ("2021-08-26", "2021-08-26"), place=True),
            _airport("doc:2", "Hamid Karzai International Airport", (None, "2021-08-27"), place=False),
        ]
    )
    [attack] = attacks(kb)
    assert attack.corroboration == 2


def test_an_undated_placeless_report_ten_days_on_stays_apart():
    kb = resolve(
        [
            _airport("doc:1", "Kabul airport", ("2021-08-26", "2021-08-26"), place=True),
            _airport("doc:2", "Hamid Karzai International Airport", (None, "2021-09-05"), place=False),
        ]
    )
    assert len(attacks(kb)) == 2


def test_a_denial_never_merges_with_an_assertion():
    kb = resolve([raid("doc:1"), raid("doc:2", modality="denied"), raid("doc:3", modality="claimed")])
    by_modality = {f.modality: f.corroboration for f in attacks(kb)}
    assert by_modality == {"asserted": 2, "denied": 1}


def test_claims_point_to_the_merged_attack_and_merge_themselves():
    kb = resolve([raid("doc:1", with_claim=True), raid("doc:2", with_claim=True, modality="claimed")])
    [attack] = attacks(kb)
    [claim] = [f for f in kb.facts if f.type == "claim"]
    assert claim.args["attack"] == attack.id
    assert claim.corroboration == 2
    assert attack.modality == "asserted"  # the strongest of asserted and claimed


def test_confidence_grows_with_sources_and_is_capped():
    one = attacks(resolve([raid("doc:1")]))[0].confidence
    two = attacks(resolve([raid("doc:1"), raid("doc:2")]))[0].confidence
    many = attacks(resolve([raid(f"doc:{i}") for i in range(6)]))[0].confidence
    assert one < two < many == 0.99


def _lead(doc, person, role, start=None, org="Islamic State Caucasus Province"):
    d = DocBuilder(doc)
    p = d.ent(person)
    o = d.ent(org, "organization")
    d.fact("leadership", {"person": p, "organization": o}, time=(start, None), attrs={"role": role})
    return d.build()


def test_state_facts_merge_on_args_and_role():
    kb = resolve(
        [
            _lead("doc:1", "Abu Muhammad al Qadari", "wali", "2015-06-23"),
            _lead("doc:2", "Abu Muhammad al-Qadari", "wali"),
            _lead("doc:3", "Abu Muhammad al-Qadari", "spokesman"),
            _lead("doc:4", "Abu Muhammad al Adnani", "wali"),
        ]
    )
    facts = sorted((f.attrs["role"], f.corroboration, f.time.start) for f in kb.facts)
    assert facts == [("spokesman", 1, None), ("wali", 1, None), ("wali", 2, "2015-06-23")]


def _death(doc, time):
    d = DocBuilder(doc)
    p = d.ent("Magomed Suleimanov")
    k = d.ent("Russian forces", "organization")
    d.fact("death", {"person": p, "killer": k}, time=time, attrs={"cause": "killed"})
    return d.build()


def test_a_person_dies_once_even_when_one_source_gives_no_date():
    kb = resolve([_death("doc:1", ("2015-08", "2015-08")), _death("doc:2", None)])
    [death] = kb.facts
    assert death.corroboration == 2 and death.time.start == "2015-08"


def test_statements_of_one_speaker_on_different_days_stay_apart():
    def statement(doc, day):
        d = DocBuilder(doc)
        s = d.ent("Abu Muhammad al Adnani")
        d.fact("statement", {"speaker": s}, time=(day, day), attrs={"medium": "audio"})
        return d.build()

    kb = resolve(
        [statement("doc:1", "2015-06-23"), statement("doc:2", "2015-09-01"), statement("doc:3", "2015-06-23")]
    )
    assert sorted(f.corroboration for f in kb.facts) == [1, 2]


def test_pledges_merge_like_states_and_span_both_dates():
    def pledge(doc, time):
        d = DocBuilder(doc)
        p = d.ent("jihadists in the Caucasus", "group_of_people")
        r = d.ent("Abu Bakr al-Baghdadi")
        d.fact("pledge", {"pledger": p, "recipient": r}, time=time)
        return d.build()

    kb = resolve([pledge("doc:1", ("2014-11", "2014-12")), pledge("doc:2", ("2015-06-23", "2015-06-23"))])
    [fact] = kb.facts
    assert fact.corroboration == 2
    assert (fact.time.start, fact.time.end) == ("2014-11", "2015-06-23")


def test_emir_and_leader_of_one_group_are_one_tenure_shown_by_the_specific_title():
    kb = resolve(
        [
            lead("doc:a", "Magomed Suleimanov", "Caucasus Emirate", role="leader"),
            lead("doc:b", "Magomed Suleimanov", "Caucasus Emirate", role="emir"),
        ]
    )
    tenures = [f for f in kb.facts if f.type == "leadership"]
    assert len(tenures) == 1 and tenures[0].corroboration == 2
    assert tenures[0].attrs["role"] == "emir"


def test_a_wali_and_a_spokesman_stay_two_posts():
    kb = resolve(
        [
            lead("doc:a", "Abu Muhammad al Adnani", role="spokesman"),
            lead("doc:b", "Abu Muhammad al Adnani", role="wali"),
        ]
    )
    assert sorted(f.attrs["role"] for f in kb.facts if f.type == "leadership") == ["spokesman", "wali"]


# --------------------------------------------------------------------------- many outlets, loosely told

JOLO = Geo(6.052, 121.002, "PH", "Autonomous Region in Muslim Mindanao", 1710141, "settlement")


def bombing(doc: str, *, place: str, perpetrator: tuple[str, str], time, killed=None, method="suicide_bombing"):
    d = DocBuilder(doc)
    args = {"perpetrator": d.ent(perpetrator[0], perpetrator[1])}
    loc = d.ent(place, "facility" if "Cathedral" in place else "location", geo=JOLO)
    attrs = {"method": method} if method else {}
    if killed:
        attrs["killed"] = {"min": killed, "max": killed}
    d.fact("attack", args, time=time, location=loc, attrs=attrs)
    return d.build()


def test_venue_and_town_with_described_and_named_perpetrators_and_two_tolls_are_one_attack():
    kb = resolve(
        [
            bombing("doc:a", place="Jolo Cathedral", perpetrator=("2 suicide bombers", "group_of_people"),
                    time=("2019-01-27", "2019-01-27"), killed=20),
            bombing("doc:b", place="Jolo", perpetrator=("Abu Sayyaf", "organization"),
                    time=(None, "2019-02-01"), killed=22),
        ]
    )
    [attack] = attacks(kb)
    assert attack.corroboration == 2
    named = next(e for e in kb.entities if e.id == attack.args["perpetrator"])
    assert named.name == "Abu Sayyaf"  # the named perpetrator wins over a description
    assert attack.attrs["killed"] == {"min": 20, "max": 22}


def test_two_bombings_in_one_town_days_apart_stay_two():
    kb = resolve(
        [
            bombing("doc:a", place="Jolo", perpetrator=("Abu Sayyaf", "organization"),
                    time=("2019-01-27", "2019-01-27"), killed=20),
            bombing("doc:b", place="Jolo", perpetrator=("Abu Sayyaf", "organization"),
                    time=("2019-02-02", "2019-02-02"), killed=3),
        ]
    )
    assert len(attacks(kb)) == 2


def test_two_named_perpetrators_never_merge():
    kb = resolve(
        [
            bombing("doc:a", place="Jolo", perpetrator=("Abu Sayyaf", "organization"), time=("2019-01-27", "2019-01-27")),
            bombing("doc:b", place="Jolo", perpetrator=("Islamic State", "organization"), time=("2019-01-27", "2019-01-27")),
        ]
    )
    assert len(attacks(kb)) == 2


def test_the_same_target_in_one_town_counts_as_evidence():
    def mall(doc, name, time):
        d = DocBuilder(doc)
        args = {"perpetrator": d.ent("gunmen", "group_of_people"), "target": d.ent(name, "facility")}
        d.fact("attack", args, time=time, location=d.ent("Nairobi", "location", geo=NAIROBI))
        return d.build()

    kb = resolve([mall("doc:a", "Westgate mall", ("2013-09-21", "2013-09-21")), mall("doc:b", "a shopping mall", (None, "2013-09-23"))])
    assert len(attacks(kb)) == 1
    kb = resolve([mall("doc:a", "Westgate mall", ("2013-09-21", "2013-09-21")), mall("doc:b", "a police station", (None, "2013-09-23"))])
    assert len(attacks(kb)) == 2


NAIROBI = Geo(-1.283, 36.817, "KE", "Nairobi Area", 184745, "settlement")


# --------------------------------------------------------------------------- a group and its provinces

INATES = Geo(15.47, 1.78, "NE", "Tillaberi", 2440000, "settlement")


def camp_raid(doc: str, perpetrator: tuple[str, str | None], day: str = "2019-12-10", extra=None):
    d = DocBuilder(doc)
    name, ref = perpetrator
    args = {"perpetrator": d.ent(name, "organization", ref=ref), "target": d.ent("the army camp", "facility")}
    d.fact("attack", args, time=(day, day), location=d.ent("Inates", "location", geo=INATES), attrs={"method": "raid"})
    if extra:
        extra(d)
    return d.build()


def _perpetrator_name(kb, attack) -> str:
    return next(e.name for e in kb.entities if e.id == attack.args["perpetrator"])


def test_a_group_and_its_province_told_by_two_outlets_are_one_attacker(reference):
    kb = resolve(
        [camp_raid("doc:a", ("Islamic State", "islamic-state")), camp_raid("doc:b", ("Islamic State Sahel Province", "is-sahel"))],
        reference=reference,
    )
    [attack] = attacks(kb)
    assert attack.corroboration == 2
    assert _perpetrator_name(kb, attack) == "Islamic State Sahel Province"  # the province, not the group it belongs to


def test_two_provinces_of_one_group_stay_two_attackers(reference):
    kb = resolve(
        [
            camp_raid("doc:a", ("Islamic State Sahel Province", "is-sahel")),
            camp_raid("doc:b", ("Islamic State West Africa Province", "iswap")),
        ],
        reference=reference,
    )
    assert len(attacks(kb)) == 2


def test_an_attack_blamed_on_a_group_and_claimed_by_the_group_it_is_linked_with_is_one(reference):
    # one outlet: the army blames the ADF for the camp raid; the other: the Islamic State claims
    # it. The gazetteer links the ADF with the Islamic State's Central Africa Province (a
    # province of the Islamic State): one attack, named after the group that carried it out
    kb = resolve(
        [camp_raid("doc:a", ("Allied Democratic Forces", "adf")), camp_raid("doc:b", ("Islamic State", "islamic-state"))],
        reference=reference,
    )
    [attack] = attacks(kb)
    assert attack.corroboration == 2
    assert _perpetrator_name(kb, attack) == "Allied Democratic Forces"
    # a group the gazetteer links with neither: two attackers, two attacks
    kb = resolve(
        [camp_raid("doc:a", ("CODECO", "codeco")), camp_raid("doc:b", ("Islamic State", "islamic-state"))],
        reference=reference,
    )
    assert len(attacks(kb)) == 2


def test_the_attack_line_follows_parents_and_links(reference):
    assert [g.id for g in reference.attack_line("adf")] == ["iscap", "islamic-state"]
    assert [g.id for g in reference.attack_line("is-sahel")] == ["islamic-state"]
    assert reference.attack_line("codeco") == []
    below = {g.id for g in reference.attack_line_below("islamic-state")}
    assert {"adf", "iscap", "is-sahel"} <= below and "codeco" not in below and "islamic-state" not in below


def test_a_branch_told_in_a_document_links_attacker_and_parent(reference):
    def branch(d):
        d.fact("branch", {"organization": d.ent("Katibat Serma", "organization"), "parent": d.ent("Ansar al-Din", "organization")})

    kb = resolve(
        [camp_raid("doc:a", ("Ansar al-Din", None), extra=branch), camp_raid("doc:b", ("Katibat Serma", None))],
        reference=reference,
    )
    assert len(attacks(kb)) == 1
    kb = resolve([camp_raid("doc:a", ("Ansar al-Din", None)), camp_raid("doc:b", ("Katibat Serma", None))], reference=reference)
    assert len(attacks(kb)) == 2  # nothing says one belongs to the other


def test_an_undated_report_with_only_a_place_is_compared_with_the_weeks_attacks():
    # one outlet: "insurgents attacked a gendarmerie school" in Mali, undated, no method or
    # toll; the other: JNIM's raid on the school in Bamako that day. Compared in the week's
    # block (a place to compare), one attack
    MALI = Geo(17.0, -4.0, "ML", None, 2453866, "country")
    BAMAKO = Geo(12.65, -8.0, "ML", "Bamako", 2460596, "settlement")
    a = DocBuilder("doc:a")
    a.fact("attack", {"perpetrator": a.ent("insurgents", "group_of_people"), "target": a.ent("gendarmerie training school", "facility")},
           time=(None, "2024-09-17"), location=a.ent("Mali", "location", geo=MALI))
    b = DocBuilder("doc:b")
    b.fact("attack", {"perpetrator": b.ent("JNIM", "organization", ref="jnim"), "target": b.ent("gendarmerie school", "facility")},
           time=("2024-09-17", "2024-09-17"), location=b.ent("Bamako", "location", geo=BAMAKO), attrs={"method": "raid"})
    [attack] = attacks(resolve([a.build(), b.build()]))
    assert attack.corroboration == 2


def test_one_attack_dated_a_day_apart_by_two_outlets_merges_on_other_evidence(reference):
    a = camp_raid("doc:a", ("Islamic State Sahel Province", "is-sahel"), day="2019-12-10")
    b = camp_raid("doc:b", ("Islamic State Sahel Province", "is-sahel"), day="2019-12-11")
    assert len(attacks(resolve([a, b], reference=reference))) == 1  # same group, place, method, target
    c = camp_raid("doc:c", ("Islamic State Sahel Province", "is-sahel"), day="2019-12-12")
    assert len(attacks(resolve([a, c], reference=reference))) == 2  # two days apart: two attacks


NIGER = Geo(17.6, 8.08, "NE", None, 2440476, "country")


def _base_attack(doc: str, perpetrator: tuple[str, str], time, place: tuple[str, Geo | None]):
    """An attack on "the army base" with no method or toll: only the attacker, the time, the
    place and the target can say two reports are one."""
    d = DocBuilder(doc)
    args = {"perpetrator": d.ent(perpetrator[0], "organization", ref=perpetrator[1]), "target": d.ent("the army base", "facility")}
    d.fact("attack", args, time=time, location=d.ent(place[0], "location", geo=place[1]))
    return d.build()


def test_a_province_and_its_group_are_compared_and_one_attacker_is_evidence(reference):
    # one outlet: the province attacked the base at a camp it names (not in the gazetteer) on
    # 10 December; the other, two days on: "the Islamic State" attacked the base, in Niger.
    # Different attackers' ids (no shared args block): compared in the week's block (a place
    # on both sides), and one attacker told at two levels counts as the shared attacker it is
    a = _base_attack("doc:a", ("Islamic State Sahel Province", "is-sahel"), ("2019-12-10", "2019-12-10"), ("the Inates camp", None))
    b = _base_attack("doc:b", ("Islamic State", "islamic-state"), (None, "2019-12-12"), ("Niger", NIGER))
    [attack] = attacks(resolve([a, b], reference=reference))
    assert attack.corroboration == 2
    c = _base_attack("doc:c", ("al-Qaeda", "al-qaeda"), (None, "2019-12-12"), ("Niger", NIGER))
    assert len(attacks(resolve([a, c], reference=reference))) == 2  # another group's attack


def test_two_undated_reports_over_a_month_apart_are_two_attacks(reference):
    # each report's undated attack is a recent one: reports of June and November are of two
    a = _base_attack("doc:a", ("Islamic State Sahel Province", "is-sahel"), (None, "2019-06-01"), ("Niger", NIGER))
    b = _base_attack("doc:b", ("Islamic State Sahel Province", "is-sahel"), (None, "2019-11-10"), ("Niger", NIGER))
    assert len(attacks(resolve([a, b], reference=reference))) == 2
    c = _base_attack("doc:c", ("Islamic State Sahel Province", "is-sahel"), (None, "2019-06-04"), ("Niger", NIGER))
    assert len(attacks(resolve([a, c], reference=reference))) == 1  # the same week's news


def test_a_day_apart_with_nothing_else_shared_stays_two():
    def strike(doc, day, place, geo):
        d = DocBuilder(doc)
        d.fact("attack", {"perpetrator": d.ent("al-Shabaab", "organization")}, time=(day, day), location=d.ent(place, "location", geo=geo))
        return d.build()

    far = Geo(2.04, 45.34, "SO", "Banaadir", 53654, "settlement")
    kb = resolve([strike("doc:a", "2019-01-15", "Nairobi", NAIROBI), strike("doc:b", "2019-01-16", "Mogadishu", far)])
    assert len(attacks(kb)) == 2


def _told(doc, *, reported, method, killed=None, place=None, perpetrator=("a suicide bomber", "person"), target="passengers"):
    d = DocBuilder(doc)
    args = {"perpetrator": d.ent(*perpetrator), "target": d.ent(target, "other")}
    loc = d.ent(place[0], "location", geo=place[1]) if place else None
    attrs = {"method": method, **({"killed": {"min": killed, "max": killed}} if killed else {})}
    d.fact("attack", args, time=(None, reported), location=loc, attrs=attrs)
    return d.build()


QUETTA = Geo(30.19, 67.01, "PK", "Balochistan", 1167528, "settlement")


def test_an_undated_placeless_report_of_the_week_joins_the_attack_on_method_toll_and_target():
    a = _told("doc:a", reported="2024-11-09", method="suicide_bombing", killed=26, place=("Quetta", QUETTA),
              perpetrator=("Balochistan Liberation Army", "organization"), target="passengers at the station")
    b = _told("doc:b", reported="2024-11-10", method="suicide_bombing", killed=24, target="train passengers")
    [attack] = attacks(resolve([a, b]))
    assert attack.corroboration == 2 and attack.attrs["killed"] == {"min": 24, "max": 26}


def test_placeless_reports_need_three_agreements_and_the_same_week():
    a = _told("doc:a", reported="2024-11-09", method="suicide_bombing", killed=26, place=("Quetta", QUETTA))
    other_toll = _told("doc:b", reported="2024-11-10", method="suicide_bombing", killed=3, target="a convoy")
    assert len(attacks(resolve([a, other_toll]))) == 2  # only the method agrees
    weeks_later = _told("doc:c", reported="2024-11-30", method="suicide_bombing", killed=25)
    assert len(attacks(resolve([a, weeks_later]))) == 2  # reported three weeks later


@pytest.mark.parametrize(("other", "events"), [("bombing", 1), ("shooting", 2)])
def test_placeless_same_day_attacks_by_one_group_merge_only_on_one_method_family(other, events):
    # one outlet names no place; the same group, the same day and one kind of method (a
    # suicide bombing is a bombing) are the three pieces of evidence a placeless pair needs;
    # a bombing and a shooting stay two
    a = DocBuilder("doc:a")
    a.fact("attack", {"perpetrator": a.ent("Baloch Liberation Army", "organization")},
           time=("2022-04-26", "2022-04-26"), attrs={"method": "suicide_bombing"})
    b = DocBuilder("doc:b")
    b.fact("attack", {"perpetrator": b.ent("Baloch Liberation Army", "organization")},
           time=("2022-04-26", "2022-04-26"), attrs={"method": other})
    assert len(attacks(resolve([a.build(), b.build()]))) == events


def _grid_states():
    """Fact summaries of one type told many ways: several attackers (one a branch of
    another), days across years, spans of a day to a year, undated reports (known only to
    be before their publication), open and missing times, three places (two near), methods,
    tolls, targets, denials."""
    from itertools import product

    from orbat.model import TimeSpan
    from orbat.resolve.events import FactState, _with_bounds

    near = Geo(45.04, 47.75, "RU", "Dagestan", 1, "settlement")
    near2 = Geo(45.10, 47.80, "RU", "Dagestan", 2, "settlement")
    far = Geo(2.04, 45.34, "SO", "Banaadir", 3, "settlement")
    places = [(None, None), ("ent:a", near), ("ent:b", near2), ("ent:c", far)]
    times = [
        None, TimeSpan("2015-08-11", "2015-08-11"), TimeSpan("2015-08-12", "2015-08-12"),
        TimeSpan("2015-08-20", "2015-08-20"), TimeSpan("2015-08", "2015-08"), TimeSpan("2015", "2015"),
        TimeSpan(None, "2015-08-12"), TimeSpan(None, "2015-08-14"), TimeSpan(None, "2015-11-01"),
        TimeSpan("2015-08-11", None), TimeSpan("2019-03-05", "2019-03-05"), TimeSpan(None, "2019-03-06"),
    ]  # fmt: skip
    perps = [None, "ent:is", "ent:iswap", "ent:shabaab"]
    out = []
    for n, (time, (loc, geo), perp) in enumerate(product(times, places, perps)):
        for ftype in ("attack", "death", "statement"):
            key = {"attack": "perpetrator", "death": "person", "statement": "speaker"}[ftype]
            args = {key: perp} if perp else {}
            if ftype == "death" and n % 3:
                args["killer"] = "ent:shabaab"
            state = FactState(
                ftype, n % 11 == 0, tuple(sorted(args.items())), (), time, loc, geo,
                method=("bombing", "suicide_bombing", "raid", None)[n % 4] if ftype == "attack" else None,
                killed=(None, 3, 4, 20)[n % 4 // 1 - (n % 7 == 0)] if ftype == "attack" else None,
                target_words=frozenset({("mall", "market")[n % 2]}) if ftype == "attack" and n % 5 else frozenset(),
                perp_line=frozenset({"ent:iswap", "ent:is"}) if perp == "ent:iswap" else frozenset(),
            )  # fmt: skip
            out.append(_with_bounds(state))
    return out


def test_surely_apart_rules_out_only_what_compare_refuses():
    """``surely_apart`` (what an incremental update asks before comparing a new mention with
    a stored summary) is True only for pairs ``compare`` finds incompatible, either way
    round, and it rules out most of the pairs compare refuses on these."""
    from orbat.resolve.events import compare, surely_apart

    states = _grid_states()
    refused = ruled_out = compatible = 0
    for a in states:
        for b in states:
            result = compare(a, b)
            if surely_apart(a, b):
                assert not result.compatible, (a, b, result)
                ruled_out += 1
            refused += not result.compatible
            compatible += result.compatible
    assert compatible > 1000  # the grid holds pairs that merge
    assert ruled_out > 0.7 * refused, (ruled_out, refused)


def test_reported_week_lookup_by_perpetrator_leaves_out_only_what_compare_refuses():
    """An incremental update looks up a new attack's reported-week blocks only under the
    perpetrators it could merge with and under none (``index.merging_perpetrators``; any, when
    it names none): every stored summary of those weeks it no longer reads is one ``compare``
    refuses, with the lines of parents as the update reads them, and it reads fewer."""
    from dataclasses import replace

    from orbat.resolve.events import block_keys, compare, surely_apart
    from orbat.resolve.index import (
        PERP,
        block_key,
        lines_below,
        lookup_keys,
        merging_perpetrators,
        perp_token,
        time_buckets,
    )

    lines = {"ent:iswap": frozenset({"ent:iswap", "ent:is"}), "ent:is": frozenset({"ent:is"})}
    below = lines_below(lines)

    def with_line(s):
        perp = s.argmap.get("perpetrator")
        return replace(s, perp_line=lines.get(perp, frozenset({perp})) if perp else frozenset())

    attacks = [with_line(s) for s in _grid_states() if s.type == "attack"]

    def stored_keys(s):  # as ``index.fact_keys`` files a summary's reported-week keys
        perp = PERP + perp_token(s.argmap.get("perpetrator"))
        return {block_key(k) + b + perp for k in block_keys(s) if k[0] == "reported" for b in time_buckets(s)}

    def found(keys, exact, any_perp):
        return bool(keys & set(exact)) or any(k.startswith(p) for k in keys for p in any_perp)

    left_out = 0
    for a in attacks:
        ex_all, _, _, any_all = lookup_keys(a, None)
        ex, _, _, any_perp = lookup_keys(a, merging_perpetrators(a, below))
        for b in attacks:
            keys = stored_keys(b)
            if found(keys, ex_all, any_all) and not found(keys, ex, any_perp):
                assert surely_apart(a, b) and not compare(a, b).compatible, (a, b)
                left_out += 1
    assert left_out > 500, left_out
