"""The orbat pipeline, built once per test session."""

from __future__ import annotations

import pytest

from orbat.reference import Reference, load_reference


@pytest.fixture(scope="session")
def reference() -> Reference:
    return load_reference()


@pytest.fixture(scope="session")
def nlp(reference):
    from orbat.nlp import build_nlp

    return build_nlp(reference)
