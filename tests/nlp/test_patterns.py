"""Pattern builders (no model needed)."""

from __future__ import annotations

from orbat.nlp.patterns import group_patterns, iter_pattern_texts, kunya_patterns, name_variants


def test_name_variants_hyphens_and_apostrophes():
    assert set(name_variants("al Qaeda")) == {"al Qaeda", "al-Qaeda", "al Qaida", "al-Qaida"}
    assert "al-Qaida in Iraq" in name_variants("al-Qaeda in Iraq")
    assert name_variants("Islamic State") == ["Islamic State"]
    assert "Lashkar e Taiba" in name_variants("Lashkar-e-Taiba")
    variants = name_variants("Kata'ib Hezbollah")
    assert "Kata\u2019ib Hezbollah" in variants and "Kataib Hezbollah" in variants


def test_group_patterns_carry_ids_and_skip_leading_the(reference):
    patterns = group_patterns(reference, str.split)
    by_text = {p["pattern"]: p.get("id") for p in patterns if isinstance(p["pattern"], str)}
    assert by_text["Imarat Kavkaz"] == "caucasus-emirate"
    assert by_text["Ansar al-Sharia"] is None
    assert not any(t.lower().startswith("the ") for t in iter_pattern_texts(patterns))
    acronyms = [p["pattern"] for p in patterns if p.get("id") == "caucasus-emirate" and p.get("acronym")]
    assert "ICE" in acronyms


def test_kunya_patterns_block_group_names(reference):
    patterns = kunya_patterns(reference)
    for p in patterns:
        toks = p["pattern"]
        assert all("OP" not in t for t in toks)  # a given name before it: orbat_person_names
        kunya, first = toks[0], toks[1]
        if "abu" in kunya["LOWER"]["IN"]:
            assert "sayyaf" in first["LOWER"]["NOT_IN"]
        if "umm" in kunya["LOWER"]["IN"]:
            assert "sayyaf" not in first.get("LOWER", {}).get("NOT_IN", [])


def test_acronym_led_names_are_also_matched_hyphenated():
    from orbat.nlp.patterns import name_variants

    assert "ISIS-Khorasan" in name_variants("ISIS Khorasan")
    assert "Islamic-State" not in name_variants("Islamic State")
