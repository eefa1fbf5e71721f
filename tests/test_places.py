"""Offline geocoding: Gazetteer.geocode."""

from __future__ import annotations

import dataclasses

import pytest

from orbat.model import Geo
from orbat.places import Gazetteer, Place, normalize_place, skeleton


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer()


def _near(geo: Geo, lat: float, lon: float, tol: float = 0.1) -> bool:
    return abs(geo.lat - lat) <= tol and abs(geo.lon - lon) <= tol


# ------------------------------------------------------------------ required cases


@pytest.mark.parametrize("context", [["Dagestan"], ["southern Dagestan"], ["Dagestan", "Russia"]])
def test_transliterated_village_in_context(gaz: Gazetteer, context: list[str]) -> None:
    place = gaz.geocode("Magharamakint", context=context)
    assert place is not None
    assert place.name == "Magaramkent"
    assert place.geo.country == "RU"
    assert place.geo.admin1 == "Dagestan"
    assert place.geo.precision == "settlement"
    assert _near(place.geo, 41.62, 48.35, 0.05)
    assert place.geo.geonames_id == 532307


def test_context_raises_score(gaz: Gazetteer) -> None:
    with_ctx = gaz.geocode("Magharamakint", context=["Dagestan"])
    without = gaz.geocode("Magharamakint")
    assert with_ctx is not None
    assert without is None or without.score < with_ctx.score


def test_admin1(gaz: Gazetteer) -> None:
    place = gaz.geocode("Dagestan")
    assert place is not None
    assert place.geo.precision == "admin1"
    assert place.geo.country == "RU"
    assert place.geo.admin1 == "Dagestan"
    assert 41 < place.geo.lat < 45 and 45 < place.geo.lon < 49


@pytest.mark.parametrize(
    ("name", "cc", "lat", "lon", "tol"),
    [("Russia", "RU", 60, 70, 20), ("Syria", "SY", 35, 38, 3), ("Nigeria", "NG", 9.5, 8, 4)],
)
def test_countries(gaz: Gazetteer, name: str, cc: str, lat: float, lon: float, tol: float) -> None:
    place = gaz.geocode(name)
    assert place is not None
    assert place.geo.precision == "country"
    assert place.geo.country == cc
    assert place.geo.admin1 is None
    assert _near(place.geo, lat, lon, tol)


@pytest.mark.parametrize(
    ("query", "name", "cc", "lat", "lon"),
    [
        ("Raqqa", "Ar Raqqah", "SY", 35.95, 39.01),
        ("ar Raqqa", "Ar Raqqah", "SY", 35.95, 39.01),
        ("al-Raqqa", "Ar Raqqah", "SY", 35.95, 39.01),
        ("Mosul", "Mosul", "IQ", 36.34, 43.12),
        ("Maiduguri", "Maiduguri", "NG", 11.85, 13.16),
        ("Kabul", "Kabul", "AF", 34.53, 69.17),
        ("Mogadishu", "Mogadishu", "SO", 2.04, 45.34),
        ("Khasavyurt", "Khasavyurt", "RU", 43.25, 46.59),
        ("Nalchik", "Nal'chik", "RU", 43.50, 43.62),
        ("Grozny", "Groznyy", "RU", 43.31, 45.69),
        ("Makhachkala", "Makhachkala", "RU", 42.98, 47.50),
        ("Derbent", "Derbent", "RU", 42.07, 48.29),
    ],
)
def test_cities(gaz: Gazetteer, query: str, name: str, cc: str, lat: float, lon: float) -> None:
    place = gaz.geocode(query)
    assert place is not None
    assert place.name == name
    assert place.geo.country == cc
    assert place.geo.precision == "settlement"
    assert _near(place.geo, lat, lon)
    assert place.geo.geonames_id is not None


@pytest.mark.parametrize("query", ["Hasavjurt", "Khasav-Yurt", "Groznyi", "Maidugiri", "Mogadisho"])
def test_transliteration_variants(gaz: Gazetteer, query: str) -> None:
    place = gaz.geocode(query, context=["Russia", "Nigeria", "Somalia"])
    assert place is not None
    assert place.name in {"Khasavyurt", "Groznyy", "Maiduguri", "Mogadishu"}


# ------------------------------------------------------------------ refusals


@pytest.mark.parametrize(
    "query",
    ["Gimrinsky", "Dagestani", "Emir", "Caliphate", "Province", "Islamic State", "the", "17", "Wilayat", ""],
)
def test_not_places(gaz: Gazetteer, query: str) -> None:
    assert gaz.geocode(query) is None


@pytest.mark.parametrize("query", ["Gimrinsky", "Dagestani", "Kizlyarsky", "Chechenski"])
def test_adjective_forms_refused_even_with_context(gaz: Gazetteer, query: str) -> None:
    assert gaz.geocode(query, context=["Dagestan", "Russia"]) is None


# ------------------------------------------------------------------ context and country


def test_context_picks_the_village_in_the_region(gaz: Gazetteer) -> None:
    # Exactly "Gimri" is Gyumri in Armenia; in a Dagestan context it is Gimry.
    plain = gaz.geocode("Gimri")
    in_dagestan = gaz.geocode("Gimri", context=["mountainous Dagestan"])
    assert plain is not None and plain.geo.country == "AM"
    assert in_dagestan is not None
    assert in_dagestan.name == "Gimry"
    assert in_dagestan.geo.admin1 == "Dagestan"


def test_country_restriction(gaz: Gazetteer) -> None:
    libya = gaz.geocode("Tripoli")
    lebanon = gaz.geocode("Tripoli", country="LB")
    assert libya is not None and libya.geo.country == "LY"
    assert lebanon is not None and lebanon.geo.country == "LB"
    assert gaz.geocode("Magaramkent", country="SY") is None


def test_big_city_beats_its_province(gaz: Gazetteer) -> None:
    for name in ("Kabul", "Aleppo", "Baghdad"):
        place = gaz.geocode(name)
        assert place is not None and place.geo.precision == "settlement", name


def test_country_beats_namesake_region(gaz: Gazetteer) -> None:
    niger = gaz.geocode("Niger")
    assert niger is not None and niger.geo.precision == "country" and niger.geo.country == "NE"
    state = gaz.geocode("Niger", country="NG")
    assert state is not None and state.geo.precision == "admin1"


@pytest.mark.parametrize(
    ("query", "admin1"), [("Chechnya", "Chechnya"), ("Ingushetia", "Ingushetiya"), ("Nineveh", "Ninawa")]
)
def test_admin1_aliases(gaz: Gazetteer, query: str, admin1: str) -> None:
    place = gaz.geocode(query)
    assert place is not None
    assert place.geo.precision == "admin1"
    assert place.geo.admin1 == admin1


def test_regions(gaz: Gazetteer) -> None:
    place = gaz.geocode("North Caucasus")
    assert place is not None
    assert place.geo.precision == "region"
    assert _near(place.geo, 43.5, 45.0, 1.5)


def test_place_is_a_plain_dataclass(gaz: Gazetteer) -> None:
    place = gaz.geocode("Mosul")
    assert isinstance(place, Place)
    assert dataclasses.asdict(place)["geo"]["country"] == "IQ"
    assert 0 < place.score <= 1


# ------------------------------------------------------------------ keys


def test_normalize_place() -> None:
    assert normalize_place("ar-Raqqah") == "raqqah"
    assert normalize_place("Al Qaim") == "qaim"
    assert normalize_place("Nal'chik") == "nalchik"
    assert normalize_place("Грозный") == "groznyy"


def test_skeleton_folds_transliterations() -> None:
    assert skeleton("magharamakint") == skeleton("magaramkent")
    assert skeleton("groznyy") == skeleton("grozny")
    assert skeleton("raqqa") == skeleton("rakka")
    assert skeleton("mosul") != skeleton("kabul")


def test_batch_normalisation_matches_single(gaz: Gazetteer) -> None:
    from orbat.places import _normalize_many, _skeleton_many

    names = ["ar-Raqqah", "Nal'chik", "  Khasav-Yurt ", "Грозный", "al", "São Paulo", "Al  Qaim"]
    assert _normalize_many(names) == [normalize_place(n) for n in names]
    norms = [normalize_place(n) for n in names]
    assert _skeleton_many(norms) == [skeleton(n) for n in norms]


# ------------------------------------------------------------------ context strings


@pytest.mark.parametrize(
    "context",
    [
        ["an attack in southern Dagestan on an army barracks"],
        ["Dagestani police said"],
        ["near Makhachkala"],
        ["the Republic of Dagestan"],
    ],
)
def test_context_from_phrases(gaz: Gazetteer, context: list[str]) -> None:
    place = gaz.geocode("Magharamakint", context=context)
    assert place is not None and place.name == "Magaramkent"


@pytest.mark.parametrize("context", [["the Russian army"], ["Russian forces", "Moscow"]])
def test_country_context_from_adjectives(gaz: Gazetteer, context: list[str]) -> None:
    place = gaz.geocode("Magharamakint", context=context)
    assert place is not None and place.geo.country == "RU"


def test_context_that_names_nothing_does_not_help(gaz: Gazetteer) -> None:
    assert gaz.geocode("Magharamakint", context=["the Islamic State", "a statement"]) is None


@pytest.mark.parametrize(
    ("query", "name"),
    [("Africa", "Africa"), ("Stavropol", "Stavropol'"), ("Europe", "Europe"), ("Waziristan", "Waziristan")],
)
def test_current_names_and_regions_beat_alternate_names(gaz: Gazetteer, query: str, name: str) -> None:
    place = gaz.geocode(query)
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    "query", ["Taliban", "Arab", "Abu", "Nusra", "Jabhat", "Daesh", "Kremlin", "Chechen"]
)
def test_group_names_and_demonyms_are_not_places(gaz: Gazetteer, query: str) -> None:
    assert gaz.geocode(query) is None


# ------------------------------------------------------------------ simpler forms of a name


@pytest.mark.parametrize(
    ("query", "name", "precision"),
    [
        ("Nineveh province", "Ninawa", "admin1"),
        ("Borno State", "Borno", "admin1"),
        ("Raqqa province", "Ar-Raqqah", "admin1"),
        ("Republic of Dagestan", "Dagestan", "admin1"),
        ("Dagestan Republic", "Dagestan", "admin1"),
        ("Raqqa city", "Ar Raqqah", "settlement"),
        ("the city of Mosul", "Mosul", "settlement"),
        ("southern Dagestan", "Dagestan", "admin1"),
        ("northern Syria", "Syria", "country"),
        ("Syria's Idlib", "Idlib", "settlement"),
    ],
)
def test_generic_words_and_directions(gaz: Gazetteer, query: str, name: str, precision: str) -> None:
    place = gaz.geocode(query)
    assert place is not None
    assert (place.name, place.geo.precision) == (name, precision)


@pytest.mark.parametrize(
    ("query", "town"),
    [
        ("Magaramkentsky District", "Magaramkent"),
        ("Untsukulsky district", "Untsukul'"),
        ("Buynaksky District", "Buynaksk"),
        ("Derbent district", "Derbent"),
    ],
)
def test_districts_are_their_namesake_towns_at_admin2(gaz: Gazetteer, query: str, town: str) -> None:
    place = gaz.geocode(query)
    assert place is not None
    assert place.name == town
    assert place.geo.precision == "admin2"
    assert place.geo.admin1 == "Dagestan"


def test_generic_word_with_transliterated_name_and_context(gaz: Gazetteer) -> None:
    place = gaz.geocode("Magharamakint village", context=["southern Dagestan"])
    assert place is not None and place.name == "Magaramkent" and place.geo.precision == "settlement"


@pytest.mark.parametrize(
    "query", ["Caucasus Province", "Sinai Province", "Khorasan Province", "Islamic State"]
)
def test_group_names_with_place_words_are_not_places(gaz: Gazetteer, query: str) -> None:
    assert gaz.geocode(query) is None


def test_exact_match_beats_inexact_match_in_context_country(gaz: Gazetteer) -> None:
    # "Kunar" is the Afghan province; a Pakistani context must not turn it into a near-namesake.
    place = gaz.geocode("Kunar", context=["Pakistan"])
    assert place is not None and place.geo.country == "AF"
    assert gaz.geocode("Janaale", context=["Somalia", "Dagestan"]) is None


# ------------------------------------------------------------------ strictness


@pytest.mark.parametrize(
    ("query", "region"),
    [("Kavkaz", "Caucasus"), ("al-Sham", "Levant"), ("FATA", "Federally Administered Tribal Areas")],
)
def test_region_aliases(gaz: Gazetteer, query: str, region: str) -> None:
    place = gaz.geocode(query)
    assert place is not None and place.name == region and place.geo.precision == "region"


@pytest.mark.parametrize(("query", "cc"), [("UK", "GB"), ("USA", "US"), ("UAE", "AE")])
def test_country_acronyms(gaz: Gazetteer, query: str, cc: str) -> None:
    place = gaz.geocode(query)
    assert place is not None and place.geo.country == cc and place.geo.precision == "country"


@pytest.mark.parametrize("query", ["IMO", "FSA", "ISIS", "AQAP"])
def test_other_acronyms_are_not_places(gaz: Gazetteer, query: str) -> None:
    assert gaz.geocode(query) is None


@pytest.mark.parametrize("query", ["bridge", "since", "opportunity", "turn", "hope", "southwest"])
def test_lowercase_words_are_not_small_places(gaz: Gazetteer, query: str) -> None:
    assert gaz.geocode(query) is None


def test_lowercase_names_of_big_places_still_work(gaz: Gazetteer) -> None:
    mosul = gaz.geocode("mosul")
    dagestan = gaz.geocode("dagestan")
    assert mosul is not None and mosul.name == "Mosul"
    assert dagestan is not None and dagestan.geo.precision == "admin1"


@pytest.mark.parametrize(
    ("query", "name"), [("Russia's", "Russia"), ("Dagestan's", "Dagestan"), ("Mogadishu,", "Mogadishu")]
)
def test_possessives_and_punctuation(gaz: Gazetteer, query: str, name: str) -> None:
    place = gaz.geocode(query)
    assert place is not None and place.name == name


@pytest.mark.parametrize("query", ["Akhtar", "Sunna", "Karate"])
def test_near_namesakes_need_a_context_region(gaz: Gazetteer, query: str) -> None:
    assert gaz.geocode(query) is None
    assert gaz.geocode(query, context=["Russia"]) is None


@pytest.mark.parametrize(
    ("word", "city", "cc"),
    [("Malian", "Bamako", "ML"), ("Somali", "Mogadishu", "SO"), ("Kenya's", "Nairobi", "KE"), ("Yemen", "Sanaa", "YE")],
)
def test_the_capital_a_demonym_or_a_country_names(gaz: Gazetteer, word: str, city: str, cc: str) -> None:
    place = gaz.capital(word)
    assert place is not None and place.name == city and place.geo.country == cc


@pytest.mark.parametrize("word", ["Klingon", "caliphate", ""])
def test_no_capital_of_what_is_no_country(gaz: Gazetteer, word: str) -> None:
    assert gaz.capital(word) is None


@pytest.mark.parametrize("query", ["Mocimboa da Praia", "Mocímboa da Praia"])
def test_a_romance_name_filed_under_its_first_word(gaz: Gazetteer, query: str) -> None:
    place = gaz.geocode(query)
    assert place is not None and place.geo.country == "MZ" and place.geo.precision == "settlement"


@pytest.mark.parametrize(("query", "cc"), [("Rio de Janeiro", "BR"), ("Ciudad del Este", "PY")])
def test_a_romance_name_the_gazetteer_holds_whole_is_found_whole(gaz: Gazetteer, query: str, cc: str) -> None:
    place = gaz.geocode(query)
    assert place is not None and place.geo.country == cc and place.name == query


# ------------------------------------------------------------------ "St" for "Saint"


@pytest.mark.parametrize(
    ("query", "context", "cc"),
    [
        ("St Petersburg", [], "RU"),  # the bigger city, however the name is abbreviated
        ("St. Petersburg", [], "RU"),
        ("Saint Petersburg", [], "RU"),
        ("St. Petersburg", ["Florida"], "US"),  # context still decides
    ],
)
def test_st_is_read_as_saint(gaz: Gazetteer, query: str, context: list[str], cc: str) -> None:
    place = gaz.geocode(query, context=context)
    assert place is not None and place.geo.country == cc


def test_st_abbreviation_normalises_only_before_a_word() -> None:
    assert normalize_place("St. Petersburg") == normalize_place("Saint Petersburg") == "saint petersburg"
    assert normalize_place("Haifa St") == "haifa st"  # a street's "St" at the end stays
