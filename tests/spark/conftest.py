"""One extractor for the Spark tests that run the executors' steps in this process."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def spark_extractor():
    from orbat.facts import build_extractor

    return build_extractor()
