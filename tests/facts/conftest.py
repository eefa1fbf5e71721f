"""One extractor (spaCy model, reference data, gazetteer) for the whole test session."""

from __future__ import annotations

import pytest

from orbat.model import Document


@pytest.fixture(scope="session")
def extractor():
    from orbat.facts import build_extractor

    return build_extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    """extract(text, published=...) -> (Extraction, {entity id: Entity})."""

    def run(text: str, published: str | None = "2015-09-02"):
        doc = Document(body=text, published=published)
        x = extractor.extract(doc)
        return x

    return run
