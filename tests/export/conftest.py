"""Knowledge bases for the export tests, built once per session with the real extractor
and resolver: the seed article alone, and the seed article with the example corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from orbat import pipeline
from orbat.readers import read_inputs
from orbat.store import SQLiteStore

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def export_parts():
    return pipeline.default_extractor(), pipeline.default_resolver()


def _build(path: Path, inputs: list[str], parts) -> Path:
    extractor, resolver = parts
    store = SQLiteStore(path)
    try:
        summary = pipeline.ingest(read_inputs(inputs), store, extractor=extractor, resolver=resolver)
        assert not summary.failed, summary.failed
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory, seed_text_path, export_parts) -> Path:
    return _build(tmp_path_factory.mktemp("seed") / "seed.db", [str(seed_text_path)], export_parts)


@pytest.fixture(scope="session")
def kb_db(tmp_path_factory, seed_text_path, export_parts) -> Path:
    inputs = [str(EXAMPLES), str(seed_text_path)]
    return _build(tmp_path_factory.mktemp("kb") / "kb.db", inputs, export_parts)


@pytest.fixture
def seed_store(seed_db):
    store = SQLiteStore(seed_db)
    yield store
    store.close()


@pytest.fixture
def kb_store(kb_db):
    store = SQLiteStore(kb_db)
    yield store
    store.close()
