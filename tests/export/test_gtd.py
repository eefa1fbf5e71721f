"""The GTD-style CSV: GTD column names and codes, unknowns coded as the GTD codes them."""

from __future__ import annotations

import csv
import io

import pytest

from orbat.export import write_gtd_csv
from orbat.export.gtd import COLUMNS


@pytest.fixture
def rows(kb_store) -> list[dict[str, str]]:
    out = io.StringIO()
    count = write_gtd_csv(kb_store, out)
    reader = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert list(reader.fieldnames or []) == list(COLUMNS)
    found = list(reader)
    assert count == len(found) > 0
    return found


def test_claimed_attack_with_an_uncertain_date(rows):
    (row,) = [r for r in rows if r["location"] == "Magaramkent"]
    assert (row["iyear"], row["imonth"], row["iday"]) == ("2015", "0", "0")  # August or early September
    assert row["approxdate"] == "08/01/2015 - 09/02/2015"
    assert (row["country_txt"], row["region"], row["region_txt"]) == ("Russia", "9", "Eastern Europe")
    assert (row["provstate"], row["city"], row["specificity"]) == ("Dagestan", "Magaramkent", "1")
    assert (row["claimed"], row["claimmode_txt"]) == ("1", "Posted to website, blog, etc.")
    assert (row["gname"], row["guncertain1"]) == ("Islamic State Caucasus Province", "0")
    assert (row["attacktype1_txt"], row["targtype1_txt"]) == ("Armed Assault", "Military")
    assert (row["nkill"], row["nwound"], row["dbsource"]) == ("1", "1", "ORBAT")
    assert "Long War Journal" in row["scite1"] or "Caucasus Watch" in row["scite1"]


def test_unknowns_are_coded_as_the_gtd_codes_them(rows):
    unclaimed = [r for r in rows if r["claimed"] != "1"]
    assert unclaimed and all(r["claimed"] == "-9" and r["claimmode"] == "" for r in unclaimed)
    no_day = [r for r in rows if r["approxdate"]]
    assert no_day and all(r["iday"] == "0" for r in no_day)
    no_place = [r for r in rows if not r["latitude"]]
    assert no_place and all(r["specificity"] == "5" for r in no_place)
    assert any(r["nkill"] == "" for r in rows)  # not reported is blank, never 0
    exact = next(r for r in rows if r["location"] == "Janaale")
    assert (exact["iyear"], exact["imonth"], exact["iday"], exact["approxdate"]) == ("2015", "9", "1", "")
    assert (exact["suicide"], exact["attacktype1_txt"], exact["weaptype1_txt"]) == ("1", "Bombing/Explosion", "Explosives")


def test_state_force_operations_are_left_out_and_ids_are_stable(kb_store, rows):
    assert not any(r["gname"] in ("US forces", "Russian forces", "security forces") for r in rows)
    ids = [r["eventid"] for r in rows]
    assert len(set(ids)) == len(ids) and all(len(i) == 12 and i.isdigit() for i in ids)
    again = io.StringIO()
    write_gtd_csv(kb_store, again)
    assert [r["eventid"] for r in csv.DictReader(io.StringIO(again.getvalue(), newline=""))] == ids
