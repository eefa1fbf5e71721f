"""orbat.timelines: tenures with uncertain bounds, gaps, relations over time (pure)."""

from __future__ import annotations

import pytest

from orbat.model import Fact, TimeSpan
from orbat.timelines import (
    human_date,
    human_span,
    leadership,
    lower,
    overlaps,
    relations,
    role_class,
    span_text,
    upper,
)

ORG = "ent:org"


def f(fid: str, ftype: str, time: tuple[str | None, str | None] | None = None, **args: str) -> Fact:
    attrs = {}
    if "role" in args:
        attrs["role"] = args.pop("role")
    if "kind" in args:
        attrs["kind"] = args.pop("kind")
    args = {k.rstrip("_"): v for k, v in args.items()}
    return Fact(
        id=f"fact:{fid}",
        type=ftype,
        args=args,
        time=None if time is None else TimeSpan(*time),
        attrs=attrs,
    )


def lead(person: str, time=None, role="emir", org=ORG, fid=None) -> Fact:
    return f(fid or f"l-{person}", "leadership", time, person=person, organization=org, role=role)


def tenure(result, person, cls="leader"):
    return next(t for t in result.tenures if t.person == person and t.role_class == cls)


# --------------------------------------------------------------------------- dates


def test_partial_date_bounds():
    assert (lower("2015"), upper("2015")) == ("2015-01-01", "2015-12-31")
    assert (lower("2015-02"), upper("2015-02")) == ("2015-02-01", "2015-02-28")
    assert upper("2016-02") == "2016-02-29"
    assert lower("2015-08-11") == upper("2015-08-11") == "2015-08-11"
    assert lower("sometime") is None and upper(None) is None


def test_overlaps_with_partial_and_open_bounds():
    assert overlaps("2013-09", "2015-04", "2015-01-01", "2015-01-01")
    assert overlaps("2015-04", "2015-04", "2015-04-30", None)
    assert not overlaps("2015-05", None, "2015-04-30", "2015-04-30")
    assert overlaps(None, None, "1990", "1990")
    assert not overlaps(None, "2014", "2015-01-01", "2015-01-01")


def test_span_and_human_text():
    assert span_text("2013-09", "2014-04") == "2013-09..2014-04"
    assert span_text("2015-04", "2015-04") == "2015-04"
    assert span_text(None, None) is None
    assert human_date("2015-04") == "April 2015"
    assert human_date("2015-06-23") == "23 June 2015"
    assert human_date("2015") == "2015"
    assert human_span("2013-09", "2014-04") == "between September 2013 and April 2014"


# --------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("title", "cls"),
    [
        ("emir", "leader"),
        ("Amir", "leader"),
        ("Emir of the Faithful", "leader"),
        ("top leader", "leader"),
        ("deputy emir", "deputy"),
        ("naib", "deputy"),
        ("Wali", "wali"),
        ("governor of the province", "wali"),
        ("spokesman", "spokesman"),
        ("official spokesperson", "spokesman"),
        ("military commander", "commander"),
        ("field commander in Dagestan", "commander"),
        ("co-founder", "founder"),
        ("cook", "other"),
        (None, "leader"),
    ],
)
def test_role_classes(title, cls):
    assert role_class(title) == cls


# --------------------------------------------------------------------------- tenures


def test_unknown_end_is_the_death_and_successor_start_follows():
    facts = [
        lead("a"),
        f("d-a", "death", ("2013-09", "2014-04"), person="a"),
        lead("b", role="amir"),
        f("s-b", "succession", successor="b", predecessor="a", organization=ORG),
    ]
    result = leadership(ORG, facts)
    a, b = tenure(result, "a"), tenure(result, "b")
    assert (a.start, a.end, a.ended_by) == (None, "2013-09..2014-04", "death")
    assert (b.start, b.start_from, b.predecessor) == ("2013-09..2014-04", "predecessor", "a")
    assert b.end is None and not b.ended
    assert b.possibly_on("2030-01-01")  # open end, nobody known after
    assert result.gaps == []


def test_stated_end_explained_by_capture():
    facts = [
        lead("a", ("2010", "2012-03")),
        f("c-a", "capture", ("2012-03-15", "2012-03-15"), person="a", captor="ent:police"),
    ]
    a = tenure(leadership(ORG, facts), "a")
    assert (a.end, a.ended_by) == ("2012-03-15", "capture")
    assert "fact:c-a" in a.facts


def test_gap_between_capture_and_next_leader():
    facts = [
        lead("a", ("2010", None)),
        f("c-a", "capture", ("2012-03", "2012-03"), person="a"),
        lead("b", ("2012-09", None)),
    ]
    result = leadership(ORG, facts)
    assert len(result.gaps) == 1
    gap = result.gaps[0]
    assert (gap.after, gap.before, gap.start, gap.end) == ("a", "b", "2012-03", "2012-09")
    text = gap.describe({"a": "Ahmed Umar", "b": "Hassan Daher"})
    assert text == "vacant or unknown after Umar's capture in March 2012 until Daher appears in September 2012"
    assert gap.possibly_on("2012-06-01") and not gap.possibly_on("2012-10-01")
    tenures, gaps = result.on("2012-06-01")
    assert tenures == [] and gaps == [gap]


def test_later_top_leader_closes_an_open_tenure_without_gap():
    facts = [lead("a", ("2008", None)), lead("b", ("2011-05", None), role="leader")]
    result = leadership(ORG, facts)
    a = tenure(result, "a")
    assert (a.end_max, a.ended_by) == ("2011-05", "successor")
    assert not a.possibly_on("2012-01-01")
    assert result.gaps == []
    assert [t.person for t in result.on("2012-01-01")[0]] == ["b"]


def test_deputies_do_not_close_each_other():
    facts = [lead("a", ("2008", None), role="deputy"), lead("b", ("2011", None), role="deputy emir")]
    result = leadership(ORG, facts)
    assert [t.person for t in result.on("2012-01-01", role="deputy")[0]] == ["a", "b"]


def test_predecessor_end_taken_from_successor_start():
    facts = [
        lead("a", ("2001", None)),
        lead("b", ("2006-06", None)),
        f("s", "succession", successor="b", predecessor="a", organization=ORG, role="emir"),
    ]
    a = tenure(leadership(ORG, facts), "a")
    assert (a.end, a.ended_by, a.successor) == ("2006-06", "successor", "b")


def test_stated_start_is_kept_against_a_conflicting_bound():
    facts = [
        lead("a", (None, "2014-04")),
        lead("b", ("2013-09", None)),  # stated, earlier than a's end: kept, not emptied
        f("s", "succession", successor="b", predecessor="a", organization=ORG),
    ]
    result = leadership(ORG, facts)
    assert tenure(result, "b").start == "2013-09"


def test_defection_from_another_group_does_not_end_tenure():
    facts = [
        lead("a", ("2010", None)),
        f("x-other", "defection", ("2011", "2011"), member="a", from_="ent:other", to="ent:third"),
        f("x-org", "defection", ("2013-02", "2013-02"), member="a", from_=ORG, to="ent:third"),
    ]
    a = tenure(leadership(ORG, facts), "a")
    assert (a.end, a.ended_by) == ("2013-02", "defection")


def test_events_before_the_tenure_are_ignored_and_other_orgs_too():
    facts = [
        lead("a", ("2010", None)),
        f("c-old", "capture", ("2005", "2005"), person="a"),
        lead("z", ("2000", None), org="ent:elsewhere"),
    ]
    result = leadership(ORG, facts)
    assert [t.person for t in result.tenures] == ["a"]
    assert result.tenures[0].end is None


def test_certainly_on():
    facts = [lead("a", ("2013-09", "2015-04"))]
    a = tenure(leadership(ORG, facts), "a")
    assert a.certainly_on("2014-06-01")
    assert a.possibly_on("2015-04-15") and not a.certainly_on("2015-04-15")
    assert not a.possibly_on("2015-05-01")


# --------------------------------------------------------------------------- relations


def test_relations_over_time():
    facts = [
        f("b1", "branch", ("2015-06", None), organization="ent:prov", parent=ORG, kind="province"),
        f("a1", "alliance", ("2009", "2014"), a=ORG, b="ent:ally", kind="ally"),
        f("p1", "pledge", ("2014-11", "2015-06"), pledger="ent:defectors", recipient=ORG),
        f("x1", "defection", ("2014-09", "2014-12"), member="ent:p", from_="ent:old", to=ORG),
    ]
    everything = relations(ORG, facts)
    assert [(r.kind, r.other) for r in everything] == [
        ("ally", "ent:ally"),
        ("defected_from", "ent:old"),
        ("pledge_from", "ent:defectors"),
        ("branch", "ent:prov"),
    ]
    assert everything[-1].subkind == "province"
    on_2013 = relations(ORG, facts, on="2013-01-01")
    assert [r.kind for r in on_2013] == ["ally"]
    on_2016 = relations(ORG, facts, on="2016")
    assert [r.kind for r in on_2016] == ["defected_from", "pledge_from", "branch"]
    child = relations("ent:prov", facts)
    assert [(r.kind, r.other) for r in child] == [("parent", ORG)]


def test_report_dates_bound_undated_facts():
    from orbat.model import Evidence

    def reported(fact: Fact, doc: str) -> Fact:
        fact.sources = [Evidence(doc=doc, quote="q", start=0, end=1)]
        return fact

    facts = [
        reported(lead("a"), "doc:old"),
        reported(lead("a", fid="l-a-again"), "doc:new"),
        reported(f("d-a", "death", person="a"), "doc:death-report"),
    ]
    published = {"doc:old": "2012-05-02", "doc:new": "2014-01", "doc:death-report": "2014-03-19"}
    a = tenure(leadership(ORG, facts, published=published), "a")
    # began no later than the first report of it, ended no later than the death's report
    assert (a.start_min, a.start_max, a.start_from, a.start_fact) == (None, "2012-05-02", "reported", "fact:l-a")
    assert (a.end_max, a.ended_by, a.end_fact) == ("2014-03-19", "death", "fact:d-a")
    assert a.possibly_on("2000-01-01") and not a.possibly_on("2014-04-01")
    assert a.certainly_on("2013-01-01") is False  # its end could be any time before the report
    # a post told as current and never seen ending does not reach back before its evidence
    alive = tenure(leadership(ORG, facts[:2], published=published), "a")
    assert (alive.start_min, alive.start_max) == ("2012-05-02", "2012-05-02")
    assert not alive.possibly_on("2000-01-01") and alive.possibly_on("2020-01-01")
    # without publication dates nothing is bounded
    bare = tenure(leadership(ORG, facts), "a")
    assert (bare.start_max, bare.end_max, bare.ended) == (None, None, True)
    assert bare.possibly_on("2030-01-01")


def test_start_bound_never_after_the_end():
    from orbat.model import Evidence

    fact = lead("a", (None, "2014-04"))
    fact.sources = [Evidence(doc="doc:late", quote="q", start=0, end=1)]
    a = tenure(leadership(ORG, [fact], published={"doc:late": "2015-09-02"}), "a")
    assert (a.start_max, a.end) == ("2014-04", "2014-04")


# --------------------------------------------------------------------------- tenure inference


def _from(fact: Fact, doc: str) -> Fact:
    from orbat.model import Evidence

    fact.sources = [Evidence(doc=doc, quote="q", start=0, end=1)]
    return fact


def test_an_announcement_starts_the_tenure_at_the_announcement():
    named = _from(lead("new"), "doc:news")
    named.attrs["begins"] = True  # "the group named X its new leader"
    result = leadership(ORG, [named], published={"doc:news": "2020-11-22"})
    t = tenure(result, "new")
    # news of an appointment is news of the last weeks: from the month before the report
    assert (t.start_min, t.start_max, t.start_from, t.start_fact) == ("2020-10-01", "2020-11-22", "announced", "fact:l-new")
    assert not t.possibly_on("2020-09-01") and t.possibly_on("2021-01-01")


def test_a_dated_succession_ends_the_predecessor_and_starts_the_successor_on_that_date():
    facts = [
        lead("old"),
        lead("new"),
        f("s", "succession", ("2017-05-06", "2017-05-06"), successor="new", predecessor="old", organization=ORG, role="emir"),
    ]
    result = leadership(ORG, facts)
    old, new = tenure(result, "old"), tenure(result, "new")
    assert (old.end_min, old.end_max, old.ended_by, old.end_fact) == ("2017-05-06", "2017-05-06", "successor", "fact:s")
    assert (new.start_min, new.start_max, new.start_from, new.start_fact) == ("2017-05-06", "2017-05-06", "succession", "fact:s")
    assert old.certainly_on("2017-05-05") is False  # an unknown start is never certain
    assert not old.possibly_on("2017-06-01") and new.possibly_on("2017-06-01")


def test_a_death_ends_the_tenure_and_says_which_fact():
    facts = [lead("a", ("2013-09", None)), f("d", "death", ("2020-06", "2020-06"), person="a")]
    t = tenure(leadership(ORG, facts), "a")
    assert (t.end_min, t.end_max, t.ended_by, t.end_fact) == ("2020-06", "2020-06", "death", "fact:d")
    assert t.certainly_on("2019-01-01") and not t.possibly_on("2020-07-01")


def test_former_leader_ended_by_the_report():
    was = _from(lead("a"), "doc:later")
    was.attrs["former"] = True  # "its former leader X"
    t = tenure(leadership(ORG, [was], published={"doc:later": "2016-01-10"}), "a")
    assert t.ended and t.ended_by == "former" and t.end_max == "2016-01-10"
    assert not t.possibly_on("2017-01-01")


def test_the_announcement_date_travels_with_the_fact():
    named = _from(lead("new"), "doc:old-retrospective")
    named.attrs["begins"] = "2020-11-22"  # merged with an older source; the announcement's date wins
    t = tenure(leadership(ORG, [named], published={"doc:old-retrospective": "2019-01-01"}), "new")
    assert (t.start_min, t.start_max, t.start_from) == ("2020-10-01", "2020-11-22", "announced")


def test_a_holder_known_only_from_an_old_report_is_gone_when_a_later_one_is_announced():
    old = _from(lead("old", role="leader"), "doc:2013")
    new = _from(lead("new", role="leader"), "doc:2020")
    new.attrs["begins"] = "2020-11-22"
    result = leadership(ORG, [old, new], published={"doc:2013": "2013-06-03", "doc:2020": "2020-11-22"})
    gone = tenure(result, "old")
    assert (gone.end_max, gone.ended_by, gone.end_fact) == ("2020-11-22", "successor", "fact:l-new")
    assert gone.possibly_on("2020-10-15")  # the change of leader happened within the window
    assert [t.person for t in result.on("2021-01-01")[0]] == ["new"]


def test_a_post_seen_held_in_a_dated_clause_reaches_back_to_that_day():
    said = _from(lead("a", role="leader"), "doc:news")
    said.attrs["seen"] = "2024-01-30"  # "said Secretary-General X yesterday", reported the next day
    t = tenure(leadership(ORG, [said], published={"doc:news": "2024-01-31"}), "a")
    assert (t.start_min, t.start_max) == ("2024-01-30", "2024-01-30")
    assert t.possibly_on("2024-01-30") and not t.possibly_on("2024-01-29")
    plain = _from(lead("b", role="leader"), "doc:news")  # no dated clause: from the report on
    t = tenure(leadership(ORG, [plain], published={"doc:news": "2024-01-31"}), "b")
    assert t.start_min == "2024-01-31" and not t.possibly_on("2024-01-30")


def test_a_seen_day_after_the_report_is_ignored():
    said = _from(lead("a", role="leader"), "doc:news")
    said.attrs["seen"] = "2024-02-05"
    t = tenure(leadership(ORG, [said], published={"doc:news": "2024-01-31"}), "a")
    assert t.start_min == "2024-01-31"
