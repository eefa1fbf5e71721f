"""One knowledge store for the API tests, built once per session from the seed article
and examples/ with the real pipeline; each test that writes gets its own copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from orbat import pipeline
from orbat.api import Settings, create_app, new_token, token_hash
from orbat.readers import read_inputs
from orbat.store import SQLiteStore

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TOKEN_NAME = "tester"


@pytest.fixture(scope="session")
def extraction():
    """(extractor, resolver): the full pipeline, loaded once."""
    return pipeline.default_extractor(), pipeline.default_resolver()


@pytest.fixture(scope="session")
def built_db(tmp_path_factory, seed_dir, extraction) -> tuple[Path, str]:
    """(path of the built store, a valid token)."""
    path = tmp_path_factory.mktemp("api") / "kb.db"
    store = SQLiteStore(path)
    extractor, resolver = extraction
    summary = pipeline.ingest(
        read_inputs([str(seed_dir), str(EXAMPLES)]), store, extractor=extractor, resolver=resolver
    )
    assert not summary.failed, summary.failed
    token = new_token()
    store.add_token(TOKEN_NAME, token_hash(token))
    store.close()
    return path, token


@pytest.fixture(scope="session")
def token(built_db) -> str:
    return built_db[1]


@pytest.fixture(scope="session")
def client(built_db, extraction) -> TestClient:
    """A read client over the shared store (tests using it must not write)."""
    extractor, resolver = extraction
    app = create_app(built_db[0], settings=Settings(write_burst=1000), extractor=extractor, resolver=resolver)
    return TestClient(app)


@pytest.fixture
def make_client(built_db, extraction, tmp_path):
    """make_client(settings=...) -> a client over a fresh copy of the built store."""
    extractor, resolver = extraction

    def make(settings: Settings | None = None) -> TestClient:
        path = tmp_path / f"copy{len(list(tmp_path.iterdir()))}.db"
        shutil.copyfile(built_db[0], path)
        app = create_app(
            path, settings=settings or Settings(write_burst=1000), extractor=extractor, resolver=resolver
        )
        return TestClient(app)

    return make


@pytest.fixture(scope="session")
def auth(token) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="session")
def group_id(client) -> str:
    """The Caucasus Emirate's id, found the way the UI finds it."""
    r = client.get("/api/entities", params={"q": "Caucasus Emirate", "type": "organization"})
    assert r.status_code == 200
    return r.json()["items"][0]["id"]
