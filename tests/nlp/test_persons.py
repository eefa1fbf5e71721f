"""Persons named by a kunya, and names that stay PERSON within a document."""

from __future__ import annotations

import pytest


def _persons(doc):
    return [e.text for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The spokesman, Abu Muhammad al Adnani, released an audio message.", "Abu Muhammad al Adnani"),
        ("A statement attributed to Abu Muhammad al-Adnani was posted.", "Abu Muhammad al-Adnani"),
        ("Magomed Suleimanov, also known as Abu Usman Gimrinsky, was killed.", "Abu Usman Gimrinsky"),
        (
            "Kebekov, known as Ali Abu Muhammad al Dagestani, rose to the top.",
            "Ali Abu Muhammad al Dagestani",
        ),
        ("Umm Sayyaf was captured in the raid.", "Umm Sayyaf"),
        ("The audio was from Abu Mohammed al-Julani himself.", "Abu Mohammed al-Julani"),
    ],
)
def test_kunya_names_are_persons(nlp, text, name):
    assert name in _persons(nlp(text))


def test_kunya_pattern_stops_at_english_words(nlp):
    doc = nlp("He appointed the noble sheikh Abu Muhammad al Qadari as Wali over the region.")
    assert "Abu Muhammad al Qadari" in _persons(doc)
    assert all("Wali" not in p for p in _persons(doc))


def test_gimrinsky_is_never_a_place(nlp):
    for text in (
        "Russian forces killed Abu Usman Gimrinsky in August.",
        "Abu Usman Gimrinsky led the group from Dagestan.",
    ):
        doc = nlp(text)
        assert not [e for e in doc.ents if "Gimrinsky" in e.text and e.label_ in ("GPE", "LOC")]


def test_abu_sayyaf_stays_a_group(nlp):
    doc = nlp("Abu Sayyaf kidnapped two tourists.")
    assert ("Abu Sayyaf", "abu-sayyaf") in [(e.text, e.ent_id_) for e in doc.ents]


def test_surname_seen_as_person_stays_person(nlp):
    for text, surname in (
        ("Magomed Suleimanov was named emir. Weeks later Suleimanov was killed in a raid.", "Suleimanov"),
        ("Rustam Asilderov defected last year. One of Asilderov's aliases is well known.", "Asilderov"),
    ):
        doc = nlp(text)
        later = [e for e in doc.ents if e.text.startswith(surname)]
        assert later and all(e.label_ == "PERSON" for e in later), text


def test_given_name_before_a_person_is_taken_in(nlp):
    for text, name in (
        ("It appears that Qadari is Rustam Asilderov, a former leader.", "Rustam Asilderov"),
        ("Magomed Suleimanov replaced Aliaskhab Kebekov as emir.", "Aliaskhab Kebekov"),
    ):
        assert name in _persons(nlp(text)), text


def _hand_doc(nlp, words, pos, ents):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, pos=pos, ents=ents)


def test_person_names_component_on_hand_built_docs(nlp):
    from orbat.nlp.persons import PersonNames

    component = PersonNames(nlp)
    # A title before the name is not taken in.
    doc = component(
        _hand_doc(
            nlp,
            ["The", "Emir", "Suleimanov", "died"],
            ["DET", "PROPN", "PROPN", "VERB"],
            ["O", "O", "B-PERSON", "O"],
        )
    )
    assert [(e.text, e.label_) for e in doc.ents] == [("Suleimanov", "PERSON")]
    # A surname first seen as PERSON turns a later GPE and a later untagged token into PERSON.
    words = ["Magomed", "Suleimanov", "led", ".", "Suleimanov", "died", ",", "Suleimanov", "said"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "PROPN", "VERB"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "O", "O"]
    doc = component(_hand_doc(nlp, words, pos, ents))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Magomed Suleimanov", "PERSON"),
        ("Suleimanov", "PERSON"),
        ("Suleimanov", "PERSON"),
    ]
    # Entities linked to the gazetteer keep their label.
    doc = _hand_doc(
        nlp, ["Abu", "Sayyaf", "and", "Sayyaf"], ["PROPN"] * 4, ["B-PERSON", "I-PERSON", "O", "B-ORG"]
    )
    doc.ents = [doc.ents[0], doc.char_span(doc[3].idx, doc[3].idx + 6, label="ORG", span_id="abu-sayyaf")]
    doc = component(doc)
    assert doc.ents[1].label_ == "ORG"


def test_places_named_with_a_kunya_word_are_not_persons(nlp):
    for text, place in (
        ("Prisoners escaped from Abu Ghraib in 2013.", "Abu Ghraib"),
        ("The delegation flew to Abu Dhabi for talks.", "Abu Dhabi"),
        ("Troops retook Abu Kamal on the border.", "Abu Kamal"),
        ("Ships docked at Umm Qasr port.", "Umm Qasr"),
    ):
        assert place not in _persons(nlp(text)), text
    assert "Abu Hamza al-Masri" in _persons(nlp("The preacher Abu Hamza al-Masri was extradited."))


def test_country_or_day_before_a_kunya_is_not_a_given_name(nlp):
    for text in (
        "Fighting continued in Syria Abu Omar al-Shishani said in a video.",
        "On Tuesday Abu Hassan al-Muhajir released a statement.",
    ):
        persons = _persons(nlp(text))
        assert persons and all(p.startswith("Abu") for p in persons), (text, persons)


def test_adjacent_known_name_parts_never_overlap(nlp):
    # "Umarov" is known from the first sentence; the list line puts name parts side by side.
    doc = nlp("Doku Umarov led the group. `leaders` → Doku Umarov, Umarov Doku, Kebekov Umarov Doku.")
    starts = [t.i for e in doc.ents for t in e]
    assert len(starts) == len(set(starts)), "every token is in at most one entity"
    assert any(e.text == "Doku Umarov" and e.label_ == "PERSON" for e in doc.ents)


@pytest.mark.parametrize(
    "text",
    [
        "Ali Abu Muhammad al Dagestani was killed in April.",
        "Officials said that Ali Abu Muhammad al Dagestani was killed in April.",
    ],
)
def test_a_given_name_before_a_kunya_joins_the_person(nlp, text):
    assert "Ali Abu Muhammad al Dagestani" in [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


def test_a_sentence_start_capital_before_a_surname_stays_out(nlp):
    doc = nlp("Meanwhile Suleimanov was killed. Officials named Magomed Suleimanov.")
    assert "Meanwhile Suleimanov" not in [e.text for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The group said that the five clerics, Salahudin Hassan, Abdulmalik Esmael, Bashir Ungab, "
         "Nasser Adil and Ansari Yunos, have left.", "Ansari Yunos"),
        ("Police named the suspects as Abdul Karim, Mohammed Salah, Yusuf Ahmed and Ansari Bello.", "Ansari Bello"),
    ],
)
def test_a_name_tagged_otherwise_in_a_list_of_people_is_a_person(nlp, text, name):
    assert name in _persons(nlp(text))


def test_a_country_in_a_list_of_people_stays_a_place(nlp):
    doc = nlp("Delegates from Mohammed Salah, Yusuf Ahmed and South Africa met in Doha.")
    assert "South Africa" not in _persons(doc)


@pytest.mark.parametrize("city", ["Garissa", "Kismayo", "Jolo"])
def test_a_city_named_as_a_place_is_no_person_anywhere_in_the_document(nlp, city):
    doc = nlp(f"He taught at a school in {city} until 2007.\n\nWhat happened in {city}?\n\n"
              f"After the {city} attack, the government put up a reward for him.")
    labels = [e.label_ for e in doc.ents if e.text == city]
    assert len(labels) == 3 and "PERSON" not in labels


def test_a_man_whose_name_is_a_city_s_stays_a_person_where_no_place_is_named(nlp):
    doc = nlp("Army spokesman Colonel Medina said the gunmen fled. Medina added that two soldiers were hurt.")
    assert [e.label_ for e in doc.ents if e.text == "Medina"] == ["PERSON", "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A coup overthrew Amir Abba-Gana at Tumbum Kayowa. Abba-Gana was later executed.", "Abba-Gana"),
        ("The court named Sheikh Dan-Buduma as the plotter. Dan-Buduma fled to Niger.", "Dan-Buduma"),
    ],
)
def test_a_hyphenated_name_told_again_stays_one_name(nlp, text, name):
    doc = nlp(text)
    later = [e for e in doc.ents if e.start > len(doc) // 2 and name.split("-")[0] in e.text]
    assert [e.text for e in later] == [name] and later[0].label_ == "PERSON"
