"""The packaged reference data: gazetteer validity, lookups, hierarchy."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from orbat.reference import (
    GroupRecord,
    Reference,
    ReferenceDataError,
    group_schema,
    load_reference,
    parse_groups,
)
from orbat.text import normalize_name


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


def _line(**fields) -> str:
    base = {"id": "x", "kind": "group"}
    base.update(fields)
    base.setdefault("name", f"Group {base['id'].upper()}")
    return json.dumps(base)


def test_gazetteer_is_large_and_ids_unique(ref):
    assert len(ref.groups) >= 150
    ids = [g.id for g in ref.groups]
    assert len(ids) == len(set(ids))


def test_every_islamic_state_province_has_parent_islamic_state(ref):
    provinces = [g for g in ref.groups if g.kind == "province"]
    assert len(provinces) >= 20
    for g in provinces:
        assert g.parent == "islamic-state", g.id
        assert ref.is_descendant(g.id, "islamic-state")


@pytest.mark.parametrize(
    "pid",
    [
        "is-caucasus",
        "iskp",
        "iswap",
        "is-sinai",
        "is-libya",
        "is-yemen",
        "is-somalia",
        "iscap",
        "is-sahel",
        "is-east-asia",
        "is-pakistan",
        "is-hind",
        "is-turkey",
        "is-algeria",
        "is-najd",
        "is-hijaz",
    ],
)
def test_named_provinces_exist(ref, pid):
    assert ref.group(pid).kind == "province"


@pytest.mark.parametrize(
    "aid", ["aqap", "aqim", "aqis", "al-shabaab", "jnim", "jabhat-al-nusra", "hurras-al-din"]
)
def test_al_qaeda_affiliates_descend_from_al_qaeda(ref, aid):
    assert ref.parent_of(aid).id == "al-qaeda"
    assert not ref.is_descendant(aid, "islamic-state")


@pytest.mark.parametrize(
    ("name", "gid"),
    [
        ("Imarat Kavkaz", "caucasus-emirate"),
        ("Islamic Caucasus Emirate", "caucasus-emirate"),
        ("ICE", "caucasus-emirate"),
        ("Wilayat al-Qawqaz", "is-caucasus"),
        ("Wilayat Qawqaz", "is-caucasus"),
        ("Islamic State\u2019s Caucasus province", "is-caucasus"),
        ("Daesh", "islamic-state"),
        ("ISIL", "islamic-state"),
        ("al-Dawla al-Islamiya", "islamic-state"),
        ("al Qaeda", "al-qaeda"),
        ("al-Qa'ida", "al-qaeda"),
        ("AQ", "al-qaeda"),
        ("al Qaeda in the Arabian Peninsula", "aqap"),
        ("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "boko-haram"),
        ("the Taliban", "taliban"),
        ("Hizballah", "hezbollah"),
        ("Ansar Allah", "houthis"),
        ("Dagestan Vilayat", "ce-dagestan"),
        ("Kataib Hezbollah", "kataib-hezbollah"),
        ("Kata\u2019ib Hizballah", "kataib-hezbollah"),
        ("Jamaatu Ahlis Sunna Liddaawati wal Jihad", "boko-haram"),
        ("the Pakistan Taliban", "ttp"),
        ("Pakistani Taliban", "ttp"),
    ],
)
def test_key_aliases_resolve(ref, name, gid):
    group = ref.lookup_group(name)
    assert group is not None, name
    assert group.id == gid


def test_regional_affiliate_is_not_the_parent(ref):
    assert ref.lookup_group("al Qaeda in the Arabian Peninsula") != ref.lookup_group("al Qaeda")


def test_acronyms_are_case_sensitive(ref):
    assert ref.lookup_group("ICE").id == "caucasus-emirate"
    assert ref.lookup_group("ice") is None
    assert ref.lookup_group("Is") is None


def test_ambiguous_names_resolve_to_none_but_list_candidates(ref):
    assert ref.lookup_group("Ansar al-Sharia") is None
    ids = {g.id for g in ref.lookup_groups("Ansar al-Sharia")}
    assert {"aqap", "ansar-al-sharia-libya", "ansar-al-sharia-tunisia"} <= ids


def test_hierarchy(ref):
    assert ref.parent_of("ce-dagestan").id == "caucasus-emirate"
    assert ref.parent_of("islamic-state") is None
    assert ref.is_descendant("qassam-brigades", "hamas")
    assert not ref.is_descendant("islamic-state", "is-caucasus")
    assert {g.id for g in ref.children("caucasus-emirate")} >= {"ce-dagestan", "ce-nokhchicho"}


def test_affiliations_point_at_known_groups(ref):
    ce = ref.group("caucasus-emirate")
    assert any(a.id == "al-qaeda" and a.kind == "linked" for a in ce.affiliations)
    for g in ref.groups:
        for a in g.affiliations:
            assert ref.get_group(a.id) is not None


def test_no_name_claimed_by_two_groups_unless_ambiguous(ref):
    owners: dict[str, set[str]] = {}
    for g in ref.groups:
        for name in g.names:
            owners.setdefault(normalize_name(name), set()).add(g.id)
    for key, ids in owners.items():
        if len(ids) > 1:
            assert all(key in {normalize_name(n) for n in ref.group(i).ambiguous} for i in ids), key


def test_schema_file_matches_the_model():
    text = (resources.files("orbat.nlp").joinpath("data") / "groups.schema.json").read_text(encoding="utf-8")
    assert json.loads(text) == group_schema()
    assert set(json.loads(text)["properties"]) == set(GroupRecord.model_fields)


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        ([_line(), _line()], "duplicate id"),
        ([_line(parent="nowhere")], "unknown parent"),
        ([_line(founded="2015-13")], "pattern"),
        ([_line(founded="Aug 2015")], "pattern"),
        ([_line(countries=["Russia"])], "pattern"),
        ([_line(kind="army")], "kind"),
        ([_line(id="a", aliases=["Same Name"]), _line(id="b", aliases=["same-name"])], "claimed by"),
        ([_line(id="a", acronyms=["SN"]), _line(id="b", acronyms=["SN"])], "acronym"),
        ([_line(id="a", parent="b"), _line(id="b", parent="a")], "cycle"),
        ([_line(affiliations=[{"id": "ghost", "kind": "ally"}])], "unknown affiliation"),
        ([_line(affiliations=[{"id": "x", "kind": "ally"}])], "affiliated with itself"),
        ([_line(founded="2015", dissolved="2014")], "dissolved before founded"),
        ([_line(colour="red")], "extra"),
    ],
)
def test_validation_rejects_bad_records(lines, problem):
    with pytest.raises(ReferenceDataError, match=problem):
        parse_groups("\n".join(lines))


def test_shared_name_is_allowed_when_listed_as_ambiguous():
    lines = [_line(id="a", ambiguous=["Same Name"]), _line(id="b", ambiguous=["same-name"])]
    groups = parse_groups("\n".join(lines))
    ref = Reference(groups=tuple(groups))
    assert ref.lookup_group("Same Name") is None
    assert len(ref.lookup_groups("same name")) == 2


def test_roles_forces_sources(ref):
    assert ref.role_for("Emir of the Faithful").role == "leader"
    assert ref.role_for("amir").title == "emir"
    assert ref.role_for("governor").role == "wali"
    assert ref.role_for("sheikh").role == "honorific"
    assert ref.force("force:ru").country == "RU"
    assert ref.force("force:ru:fsb").country == "RU"
    assert "Russian" in ref.force_vocabulary.demonyms["RU"]
    assert any(s.id == "source:site" for s in ref.sources)


def test_load_reference_from_a_directory(tmp_path):
    data = resources.files("orbat.nlp").joinpath("data")
    for name in ("roles.json", "forces.json", "sources.json"):
        (tmp_path / name).write_text((data / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "groups.jsonl").write_text(_line(id="only-one", name="Only One") + "\n", encoding="utf-8")
    ref = load_reference(tmp_path)
    assert [g.id for g in ref.groups] == ["only-one"]


def test_loading_the_reference_does_not_import_spacy():
    import subprocess
    import sys

    code = "import sys; from orbat.reference import load_reference; load_reference(); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_canonical_name_and_acronym_resolves_to_its_group(ref):
    for g in ref.groups:
        assert ref.lookup_group(g.name) == g, g.id
        for acro in g.acronyms:
            assert ref.lookup_group(acro) == g, (g.id, acro)


@pytest.mark.parametrize(
    ("name", "fid"),
    [
        ("Russian forces", "force:ru"),
        ("the Russian army", "force:ru"),
        ("Russia\u2019s military", "force:ru"),
        ("Nigerian security forces", "force:ng"),
        ("FSB", "force:ru:fsb"),
        ("Israel Defense Forces", "force:il:idf"),
        ("security forces", "force:unspecified"),
    ],
)
def test_lookup_force(ref, name, fid):
    assert ref.lookup_force(name).id == fid


def test_lookup_force_unknown(ref):
    assert ref.lookup_force("Martian forces") is None
    assert ref.lookup_force("Islamic State") is None


def test_rivalries_are_recorded(ref):
    rivals = {a.id for a in ref.group("is-caucasus").affiliations if a.kind == "rival"}
    assert "caucasus-emirate" in rivals
    assert any(a.id == "al-qaeda" and a.kind == "rival" for a in ref.group("islamic-state").affiliations)


@pytest.mark.parametrize(
    ("name", "gid"),
    [
        ("Jemaah Ansharut Daulah", "jad"),
        ("Hurras al-Deen", "hurras-al-din"),
        ("Tehreek-e-Taliban Pakistaan", "ttp"),
    ],
)
def test_another_spelling_of_a_name_of_two_words_or_more_finds_its_group(ref, name, gid):
    assert ref.lookup_group(name).id == gid


@pytest.mark.parametrize(
    "name",
    [
        "Shebaab al-Sahab",  # no group's name
        "Ansar al-Shariah",  # a name in Libya, Tunisia and Yemen: no one group
        "Jamaat al-Islam",
    ],
)
def test_a_spelling_that_fits_no_group_or_several_finds_none(ref, name):
    assert ref.lookup_group(name) is None


def test_a_one_word_skeleton_is_never_enough(ref):
    assert ref.lookup_groups("Shebeb") == []  # al-Shabaab or As-Sahab
