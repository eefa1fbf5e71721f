"""Truecasing of shouted and flat passages: names restored, offsets kept."""

from __future__ import annotations

import pytest

from orbat.nlp.truecase import Truecaser, build_truecaser, case_preserving_lower, needs_truecasing


@pytest.fixture(scope="module")
def truecase(reference, nlp):
    return build_truecaser(reference, nlp)


@pytest.mark.parametrize(
    ("shouted", "expected"),
    [
        (
            "GUNMEN FROM AL-SHABAAB ATTACKED A POLICE STATION IN MOGADISHU ON SUNDAY.",
            "Gunmen from al-Shabaab attacked a police station in Mogadishu on Sunday.",
        ),
        (
            "BOKO HARAM LEADER ABUBAKAR SHEKAU PLEDGED ALLEGIANCE TO ISIL IN MARCH 2015.",
            "Boko Haram leader Abubakar Shekau pledged allegiance to ISIL in March 2015.",
        ),
        (
            "THE TALIBAN AND AQIM PLANNED ATTACKS IN KABUL AND PARIS, OFFICIALS SAID.",
            "The Taliban and AQIM planned attacks in Kabul and Paris, officials said.",
        ),
    ],
)
def test_shouted_lines_get_ordinary_case(truecase, shouted, expected):
    assert truecase(shouted) == expected


def test_unknown_words_are_taken_for_names(truecase):
    out = truecase("RUSTAM ASILDEROV WAS KILLED IN MAGHARAMAKINT BY RUSSIAN FORCES.")
    assert out.startswith("Rustam Asilderov was killed in Magharamakint by Russian forces")


def test_mixed_case_lines_are_left_alone_and_length_is_kept(truecase):
    text = "IS claimed the attack.\nTHE GROUP SAID ITS FIGHTERS SHELLED AN ARMY POST NEAR RAQQA.\nNATO said."
    out = truecase(text)
    assert len(out) == len(text)
    first, second, third = out.split("\n")
    assert first == "IS claimed the attack." and third == "NATO said."
    assert second == "The group said its fighters shelled an army post near Raqqa."


def test_flat_lines_get_sentence_starts_and_names(truecase):
    out = truecase("al-shabaab fighters stormed a hotel in mogadishu. the group said it killed ten soldiers.")
    assert out == "Al-Shabaab fighters stormed a hotel in Mogadishu. The group said it killed ten soldiers."


def test_the_verb_is_never_the_islamic_state(truecase):
    assert truecase("WHAT IS KNOWN IS THAT THE BOMB WENT OFF AT NOON.").split()[1] == "is"


def test_detection_and_lowering():
    assert needs_truecasing("ALL OF THIS LINE IS SHOUTED") == "upper"
    assert needs_truecasing("Only the first word") is None
    assert needs_truecasing("a flat line with no capital letter at all, long enough to count") == "lower"
    assert needs_truecasing("UN SAYS") is None  # too short to judge
    assert case_preserving_lower("İSTANBUL") == "İstanbul"


def test_a_bare_truecaser_still_keeps_length():
    tc = Truecaser(names=["Islamic State"])
    text = "THE ISLAMIC STATE'S FIGHTERS"
    assert tc(text) == "The Islamic State's Fighters" and len(tc(text)) == len(text)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Kenya Arrests Ahmed Iman Ali, Recruiter Of Al-Shabaab Fighters",
         "Kenya arrests Ahmed Iman Ali, recruiter of al-Shabaab fighters"),
        ("Islamic State Confirms Death Of Spokesman Abu Hamza al-Qurashi",
         "Islamic State confirms death of spokesman Abu Hamza al-Qurashi"),
    ],
)
def test_title_case_headlines_get_ordinary_case(truecase, headline, expected):
    assert truecase(headline) == expected


def test_title_case_is_a_headline_not_a_sentence_or_a_short_line():
    assert needs_truecasing("Kenya Arrests Ahmed Iman Ali, Recruiter Of Al-Shabaab Fighters") == "title"
    assert needs_truecasing("Kenya Arrests Ahmed Iman Ali, Recruiter Of Al-Shabaab Fighters.") is None
    assert needs_truecasing("Kenya arrests Ahmed Iman Ali, a recruiter of fighters") is None
    assert needs_truecasing("Overcoming Factionalism") is None


def test_a_headline_verb_is_not_part_of_the_name():
    from orbat.facts import build_extractor
    from orbat.model import Document

    extractor = build_extractor()
    body = "Kenya Arrests Ahmed Iman Ali, Recruiter Of Al-Shabaab Fighters\n\nPolice in Mombasa arrested Ahmed Iman Ali on Monday."
    x = extractor.extract(Document(body=body, published="2019-06-01"))
    people = {e.name for e in x.entities if e.type == "person"}
    assert "Ahmed Iman Ali" in people and not any(n.startswith("Arrests") for n in people)
