"""Fixtures for resolution tests (hand-built extractions live in resolve_builders.py)."""

import pytest


@pytest.fixture(scope="session")
def reference():
    from orbat.reference import load_reference

    return load_reference()


@pytest.fixture(scope="session")
def seed_extraction(seed_text_path):
    """The real extractor's output for the seed article (skips where the seed is absent)."""
    from orbat.facts import build_extractor
    from orbat.model import Document

    body = seed_text_path.read_text(encoding="utf-8")
    return build_extractor().extract(Document(body=body, published="2015-09-02"))
