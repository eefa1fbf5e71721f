"""The extractor against the project's own gold set (gold/*.gold.jsonl), and its cost."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from orbat.evaluate import Counts, evaluate_extraction, load_gold, read_gold_document
from orbat.text import straighten_quotes

GOLD = sorted((Path(__file__).resolve().parents[2] / "gold").glob("*.gold.jsonl"))


@pytest.fixture(scope="module")
def gold_docs():
    if not GOLD:
        pytest.skip("no gold/*.gold.jsonl in this checkout")
    return [(g, read_gold_document(g)) for g in map(load_gold, GOLD)]


def test_gold_set_f1(extractor, gold_docs):
    total = Counts()
    for gold, doc in gold_docs:
        total.add(evaluate_extraction(gold, extractor.extract(doc), check_time=True).overall)
    assert total.f1 >= 0.75, total.to_json()
    assert total.precision >= 0.85, total.to_json()


def test_no_evidence_outside_the_body(extractor, gold_docs):
    for _, doc in gold_docs:
        for fact in extractor.extract(doc).facts:
            for ev in fact.sources:
                assert doc.body[ev.start : ev.end] == ev.quote


def test_extraction_costs_at_most_half_a_parse_more(extractor, gold_docs):
    docs = [doc for _, doc in gold_docs] * 2
    texts = [straighten_quotes(d.body) for d in docs]
    list(extractor.extract_many(docs[:2]))  # warm caches (gazetteer, model)
    bare = full = float("inf")
    for _ in range(2):  # best of two: the machine is shared
        start = time.perf_counter()
        list(extractor.nlp.pipe(texts, batch_size=extractor.batch_size))
        bare = min(bare, time.perf_counter() - start)
        start = time.perf_counter()
        out = list(extractor.extract_many(docs))
        full = min(full, time.perf_counter() - start)
    assert len(out) == len(docs)
    assert full <= 1.5 * bare, (full, bare)
