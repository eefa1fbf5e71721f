"""The extractions the resolution and export properties shuffle: eight short example
articles extracted once per session (the spaCy model loads once)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTICLES = (
    ("caucasus-watch-2014-03-19-umarov-death.txt", "2014-03-19"),
    ("caucasus-watch-2015-06-24-caucasus-province.txt", "2015-06-24"),
    ("caucasus-watch-2015-09-03-magaramkent-claim.txt", "2015-09-03"),
    ("horn-wire-2014-09-06-godane-killed.txt", "2014-09-06"),
    ("horn-wire-2015-09-01-janaale-attack.txt", "2015-09-01"),
    ("frontline-monitor-2015-09-02-janaale-base.txt", "2015-09-02"),
    ("nc-courier-2015-08-12-suleimanov-gimry.txt", "2015-08-12"),
    ("sahel-dispatch-2015-03-13-boko-haram-pledge.txt", "2015-03-13"),
)


@pytest.fixture(scope="session")
def examples():
    """[(Document, Extraction)] for the opening paragraphs of eight example articles."""
    from orbat.facts import build_extractor
    from orbat.model import Document

    docs = []
    for name, published in ARTICLES:
        text = (REPO / "examples" / name).read_text(encoding="utf-8")
        body = "\n\n".join(text.split("\n\n")[:5]).strip()
        docs.append(Document(body=body, published=published, title=name, source=name))
    extractor = build_extractor()
    return list(zip(docs, extractor.extract_many(docs), strict=True))


@pytest.fixture(scope="session")
def resolver():
    from orbat.pipeline import default_resolver

    return default_resolver()
