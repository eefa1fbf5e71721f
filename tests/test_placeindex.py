"""The place index cache: the same answers as a fresh build, built once, written atomically."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from orbat.placeindex import DictIndex, SQLiteIndex, open_cached
from orbat.places import Gazetteer


@pytest.fixture(scope="module")
def built():
    return Gazetteer(cache=False).build_index()


@pytest.fixture(scope="module")
def cache_file(built, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cache") / "places-test.sqlite"
    open_cached(path, lambda: built).close()  # the cold path: build, write, open
    return path


def _gazetteer(index) -> Gazetteer:
    g = Gazetteer(cache=False)
    g._index = index
    return g


def _sample_names(built, n: int = 250) -> list[str]:
    """Place names as written, some misspelt, some with context words."""
    rng = random.Random(7)
    names = [built.entries[i].name for i in rng.sample(range(len(built.entries)), n)]
    misspelt = []
    for name in names[:80]:
        if len(name) > 5:
            k = rng.randrange(1, len(name) - 1)
            misspelt.append(name[:k] + name[k + 1 :])  # a letter dropped
            misspelt.append(name[:k] + name[k] + name[k:])  # a letter doubled
    fixed = ["Magharamakint", "Gimry", "Raqqa", "Mosul", "Nineveh province", "Syria's Idlib", "southern Dagestan",
             "Derbent district", "Janaale", "Mogadishu", "Grozny", "Sham", "Borno State", "Khorasan", "bridge"]  # fmt: skip
    return names + misspelt + fixed


def test_cached_index_answers_as_a_fresh_build(built, cache_file: Path) -> None:
    fresh = _gazetteer(DictIndex(built))
    cached = _gazetteer(SQLiteIndex(cache_file))
    contexts = [(), ("Dagestan",), ("Russia",), ("Syria", "Iraq"), ("Somalia",)]
    compared = found = 0
    for k, name in enumerate(_sample_names(built)):
        context = list(contexts[k % len(contexts)])
        want = fresh.geocode(name, context=context)
        got = cached.geocode(name, context=context)
        assert got == want, (name, context)
        compared += 1
        found += want is not None
    assert compared > 300 and found > 200  # the sample exercised real matches, not only misses


def test_the_cache_is_built_once_then_read(built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def build(self):
        calls.append(1)
        return built

    monkeypatch.setattr(Gazetteer, "build_index", build)
    first = Gazetteer(cache_dir=tmp_path).geocode("Magaramkent", context=["Dagestan"])
    files = list(tmp_path.glob("places-*.sqlite"))
    assert len(calls) == 1 and len(files) == 1
    assert not list(tmp_path.glob(".*tmp"))  # the temporary file was renamed into place
    second = Gazetteer(cache_dir=tmp_path).geocode("Magaramkent", context=["Dagestan"])
    assert len(calls) == 1  # read from the file, not built again
    assert first == second and first is not None and first.geo.geonames_id == 532307


def test_an_unwritable_cache_dir_falls_back_to_memory(built, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(Gazetteer, "build_index", lambda self: built)
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache dir should be")
    g = Gazetteer(cache_dir=blocker)
    place = g.geocode("Mogadishu")
    assert isinstance(g.index, DictIndex)
    assert place is not None and place.geo.country == "SO"


def test_a_damaged_cache_file_is_rebuilt(built, tmp_path: Path) -> None:
    path = tmp_path / "places-x.sqlite"
    path.write_bytes(b"not a database" * 100)
    index = open_cached(path, lambda: built)
    assert isinstance(index, SQLiteIndex)
    assert index.names("mogadishu") == DictIndex(built).names("mogadishu")


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path: Path) -> None:
    from orbat.placeindex import cache_dir

    monkeypatch.setenv("ORBAT_CACHE", str(tmp_path / "c"))
    assert cache_dir() == tmp_path / "c"
    monkeypatch.delenv("ORBAT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert cache_dir() == tmp_path / "x" / "orbat"
