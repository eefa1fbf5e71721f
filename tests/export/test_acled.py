"""The ACLED-style CSV: ACLED's 31 columns in order, one row per event, coded by ACLED's
conventions (event types from the attack method, inter codes, ISO numeric country
codes, regions, time and geo precision)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from orbat.export import write_acled_csv
from orbat.export.acled import COLUMNS, interaction, midpoint, time_precision

ACLED_COLUMNS = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
    "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
    "tags,timestamp"
).split(",")


@pytest.fixture
def table(kb_store) -> tuple[list[str], list[dict[str, str]]]:
    out = io.StringIO()
    count = write_acled_csv(kb_store, out)
    reader = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    rows = list(reader)
    assert count == len(rows)
    return list(reader.fieldnames or []), rows


def _at(rows, location):
    return [r for r in rows if r["location"] == location]


def test_header_is_exactly_acleds_31_columns(table):
    header, rows = table
    assert header == ACLED_COLUMNS == list(COLUMNS)
    assert len(header) == 31
    assert rows and all(None not in row and len(row) == 31 for row in rows)
    assert len({r["event_id_cnty"] for r in rows}) == len(rows)


def test_the_claimed_magaramkent_raid(table):
    _header, rows = table
    (row,) = [r for r in _at(rows, "Magaramkent") if r["event_type"] != "Strategic developments"]
    assert row["event_id_cnty"].startswith("RUS")
    assert (row["iso"], row["country"], row["region"], row["admin1"]) == ("643", "Russia", "Europe", "Dagestan")
    assert row["geo_precision"] == "1" and abs(float(row["latitude"]) - 41.6) < 0.1
    assert (row["disorder_type"], row["event_type"], row["sub_event_type"]) == (
        "Political violence", "Battles", "Armed clash")  # fmt: skip
    assert (row["actor1"], row["inter1"]) == ("Islamic State Caucasus Province", "2")
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("Military Forces of Russia", "1", "12")
    assert row["time_precision"] == "3"  # known only as "August to 2 September 2015"
    assert "2015-08-01" <= row["event_date"] <= "2015-09-02" and row["year"] == "2015"
    assert row["fatalities"] == "1"
    assert "status=unverified" in row["tags"] and "claimed_by=Islamic State Caucasus Province" in row["tags"]
    assert "Magharamakint" in row["notes"] or "Magaramkent" in row["notes"]


def test_suicide_bombing_and_violence_against_civilians(table):
    _header, rows = table
    (janaale,) = _at(rows, "Janaale")
    assert (janaale["event_type"], janaale["sub_event_type"]) == ("Explosions/Remote violence", "Suicide bomb")
    assert (janaale["actor1"], janaale["time_precision"], janaale["event_date"]) == ("al-Shabaab", "1", "2015-09-01")
    assert int(janaale["fatalities"]) > 0
    assert len(janaale["source"].split("; ")) == 3  # one attack, three outlets
    (kizlyar,) = _at(rows, "Kizlyar")
    assert (kizlyar["event_type"], kizlyar["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert (kizlyar["inter2"], kizlyar["civilian_targeting"]) == ("7", "Civilian targeting")
    assert kizlyar["actor1"] == "Islamic State"  # the claimant named, not "a gunman"


def test_state_forces_abroad_are_external_forces(table):
    _header, rows = table
    kunar = [r for r in rows if r["location"] == "Kunar province"]
    assert kunar and all((r["actor1"], r["inter1"], r["country"]) == ("US forces", "8", "Afghanistan") for r in kunar)


def test_strategic_developments_and_no_row_for_statements(kb_store, table):
    _header, rows = table
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and all(r["actor1"] == "Hay'at Tahrir al-Sham" for r in arrests)
    pledges = [r for r in rows if r["sub_event_type"] == "Change to group/activity" and r["actor1"] == "Abubakar Shekau"]
    assert pledges and all(r["assoc_actor_1"] in ("Islamic State", "Ibrahim Awad Ibrahim al-Badri") for r in pledges)
    ids = {r["tags"].split("orbat_id=")[1].split(";")[0] for r in rows}
    statements = {f.id for f in kb_store.facts(type="statement")}
    assert statements and not ids & statements


def test_time_precision_and_interaction_codes():
    day = date(2015, 8, 11)
    assert time_precision(day, day) == 1
    assert time_precision(day, date(2015, 8, 16)) == 2
    assert time_precision(date(2015, 8, 1), date(2015, 8, 31)) == 3
    assert midpoint(date(2015, 8, 1), date(2015, 8, 31)) == date(2015, 8, 16)
    assert interaction(2, 1) == "12" and interaction(2, 0) == "20" and interaction(0, 2) == "20"
    assert interaction(0, 0) == ""
