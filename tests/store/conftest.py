"""The storage tests run on every backend: ``store`` here is ``any_store`` (tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture
def store(any_store):
    return any_store
