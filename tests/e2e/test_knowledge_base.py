"""End to end on the seed article plus the example corpus: `orbat ingest` with the real
extractor and resolver, then the questions an analyst asks, through the CLI's --json."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from orbat.cli import app

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def orbat(*args: str, db: Path) -> str:
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.stdout


def orbat_json(*args: str, db: Path):
    return json.loads(orbat(*args, "--json", db=db))


@pytest.fixture(scope="module")
def kb_db(tmp_path_factory, seed_text_path) -> Path:
    db = tmp_path_factory.mktemp("kb") / "kb.db"
    orbat("ingest", str(EXAMPLES), str(seed_text_path), db=db)
    return db


def _names(ref: dict) -> str:
    return ref["name"]


@pytest.mark.parametrize(
    ("on", "leader"),
    [("2013-06-01", "Doku Umarov"), ("2015-01-01", "Aliaskhab Kebekov"), ("2015-08-01", "Magomed Suleimanov")],
)
def test_who_led_the_caucasus_emirate(kb_db, on, leader):
    answer = orbat_json("leaders", "Caucasus Emirate", "--on", on, db=kb_db)
    top = [row for row in answer["leaders"] if row["role_class"] in ("leader", "emir")]
    assert [row["person"]["name"] for row in top] == [leader]
    assert top[0]["sources"], "every answer carries its evidence"
    assert all(s["quote"] and s["title"] for s in top[0]["sources"])


def test_profile_by_kunya_is_the_legal_name(kb_db):
    answer = orbat_json("profile", "Abu Usman Gimrinsky", db=kb_db)
    assert answer["entity"]["name"] == "Magomed Suleimanov"
    assert "Abu Usman Gimrinsky" in answer["aliases"]
    roles = {(r["organization"]["name"], r["role"]) for r in answer["roles"]}
    assert ("Caucasus Emirate", "emir") in roles
    deaths = [f for f in answer["fate"] if f["type"] == "death"]
    assert deaths and deaths[0]["start"].startswith("2015-08")
    killers = [f["args"].get("killer") for f in deaths]
    assert any(k and "Russian" in k["name"] for k in killers)


def test_hedged_identity_is_shown_not_merged(kb_db):
    answer = orbat_json("profile", "Abu Muhammad al Qadari", db=kb_db)
    assert answer["entity"]["name"] != "Rustam Asilderov"
    hedged = [i for i in answer["identities"] if i["modality"] == "hedged"]
    assert [i["other"]["name"] for i in hedged] == ["Rustam Asilderov"]
    assert hedged[0]["sources"][0]["quote"]


def test_one_attack_three_outlets_and_a_different_attack_stays_apart(kb_db):
    answer = orbat_json("events", "--type", "attack", "--since", "2015-08-25", "--until", "2015-09-10", db=kb_db)
    janaale = [e for e in answer["events"] if {s["doc"] for s in e["sources"]} and e["corroboration"] >= 3]
    assert len(janaale) == 1, [e["summary"] for e in answer["events"]]
    attack = janaale[0]
    assert attack["corroboration"] == 3
    publishers = {s["title"] for s in attack["sources"]}
    assert len(publishers) == 3
    killed = attack["attrs"]["killed"]
    assert killed["min"] is not None and (killed["max"] is None or killed["max"] > killed["min"])
    assert len(attack["attrs"]["per_source"]) == 3
    others = [e for e in answer["events"] if e["id"] != attack["id"]]
    assert others, "the Dagestan raid of the same week is a separate attack"


def test_rebuild_reproduces_the_export_with_curations(kb_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(kb_db, db)
    deaths = orbat_json("facts", "--type", "death", db=db)
    rejected = deaths["facts"][0]["id"] if isinstance(deaths, dict) else deaths[0]["id"]
    orbat("fact", "reject", rejected, "--reason", "test: wrong person", db=db)
    before = orbat("export", "--format", "jsonl", db=db)
    assert rejected not in before
    orbat("rebuild", db=db)
    after = orbat("export", "--format", "jsonl", db=db)
    assert after == before
    meta = json.loads(after.splitlines()[0])
    assert (meta["kind"], meta["format"], meta["version"]) == ("meta", "orbat-facts", 1)


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory, seed_text_path) -> Path:
    db = tmp_path_factory.mktemp("seed") / "seed.db"
    orbat("ingest", str(seed_text_path), db=db)
    return db


def test_deaths_on_the_seed_with_their_quotes(seed_db):
    deaths = {f["args"]["person"]: f for f in orbat_json("facts", "--type", "death", db=seed_db)}
    expected = {
        "Magomed Suleimanov": ("2015-08", "2015-08"),
        "Aliaskhab Kebekov": ("2015-04", "2015-04"),
        "Doku Umarov": ("2013-09", "2014-04"),
    }
    for person, (start, end) in expected.items():
        fact = deaths[person]
        assert (fact["time"]["start"], fact["time"]["end"]) == (start, end), person
        assert fact["quote"] and fact["sources"][0]["quote"] == fact["quote"]
    assert "Russian" in deaths["Magomed Suleimanov"]["args"]["killer"]
    assert deaths["Magomed Suleimanov"]["attrs"]["cause"] == "killed"
    assert "Suleimanov" in deaths["Magomed Suleimanov"]["quote"]


def test_incremental_ingest_equals_ingest_from_scratch(kb_db, tmp_path, seed_text_path):
    """Documents added one batch at a time give the same knowledge base (same export,
    same ids) as all of them at once: only the new documents are parsed each time."""
    db = tmp_path / "incremental.db"
    texts = sorted(p for p in EXAMPLES.glob("*.txt"))
    rest = [str(p) for p in EXAMPLES.iterdir() if p.suffix in {".html", ".jsonl", ".xml"}]
    orbat("ingest", *map(str, texts[:5]), db=db)
    orbat("ingest", *map(str, texts[5:]), str(seed_text_path), db=db)
    second = orbat_json("ingest", *rest, db=db)
    assert second["duplicate"] == [] and len(second["new"]) + len(second["near_duplicate"]) >= 1
    assert orbat("export", "--format", "jsonl", db=db) == orbat("export", "--format", "jsonl", db=kb_db)


# Our own three reports of one attack, each naming the city, the date and the toll another way
# (the name, "the Malian capital", a weekday; 20 killed, 19 died), and a fourth, months later,
# telling another attack in the same city without a date.
HOTEL_REPORTS = [
    {"title": "Gunmen storm Bamako hotel", "published": "2015-11-20", "publisher": "Wire A",
     "body": "BAMAKO - Gunmen stormed the Radisson Blu hotel in Bamako on Friday, taking about 170 people "
             "hostage, officials said. At least 20 people were killed in the attack before special forces ended the siege."},
    {"title": "Al-Mourabitoun claims Mali hotel attack", "published": "2015-11-21", "publisher": "Wire B",
     "body": "The jihadist group al-Mourabitoun, led by Mokhtar Belmokhtar, claimed responsibility for Friday's "
             "attack on a luxury hotel in the Malian capital, in which 19 people died, according to a statement."},
    {"title": "Mali mourns after siege", "published": "2015-11-22", "publisher": "Wire C",
     "body": "Mali began three days of national mourning on Saturday after Islamist militants attacked the "
             "Radisson Blu in Bamako on November 20, killing 20 people. Al-Mourabitoun said it carried out the assault."},
    {"title": "New attack in Bamako", "published": "2016-03-22", "publisher": "Wire D",
     "body": "Al-Mourabitoun fighters attacked a hotel used by European military trainers in the Malian capital, "
             "killing one guard, officials said."},
]  # fmt: skip


def attacks_of(reports: list[dict], tmp_path: Path) -> list[dict]:
    """The attack events of a knowledge base ingested from ``reports`` (documents as dicts)."""
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps({"kind": "document", **r}) + "\n" for r in reports), encoding="utf-8")
    db = tmp_path / "kb.db"
    orbat("ingest", str(path), db=db)
    return orbat_json("events", "--type", "attack", db=db)["events"]


def test_three_outlets_naming_the_city_differently_are_one_attack(tmp_path):
    events = attacks_of(HOTEL_REPORTS, tmp_path)
    by_sources = sorted(sorted({s["title"] for s in e["sources"]}) for e in events)
    assert by_sources == [
        ["Al-Mourabitoun claims Mali hotel attack", "Gunmen storm Bamako hotel", "Mali mourns after siege"],
        ["New attack in Bamako"],
    ]
    assert {e["location"]["name"] for e in events} == {"Bamako"}


AIRPORT_REPORTS = [
    {"title": "Blast outside Kabul airport", "published": "2021-08-26", "publisher": "Wire A",
     "body": "KABUL - A suicide bomber struck outside Kabul airport on Thursday, killing at least 60 Afghans and "
             "13 US troops, officials said."},
    {"title": "ISIS-K claims airport bombing", "published": "2021-08-27", "publisher": "Wire B",
     "body": "ISIS-K claimed the bombing at Hamid Karzai International Airport, which killed 170 people, in a "
             "statement on its Amaq news agency."},
    {"title": "Afghan affiliate says it struck Abbey Gate", "published": "2021-08-28", "publisher": "Wire C",
     "body": "The Islamic State's Afghan affiliate said one of its fighters carried out the attack near the Abbey "
             "Gate of the airport in Kabul on August 26, killing dozens of people."},
]  # fmt: skip


def test_a_claim_without_date_or_place_and_one_naming_a_gate_join_the_attack(tmp_path):
    (event,) = attacks_of(AIRPORT_REPORTS, tmp_path)
    assert {s["title"] for s in event["sources"]} == {r["title"] for r in AIRPORT_REPORTS}
    assert event["args"]["perpetrator"]["name"] == "Islamic State Khorasan Province"
