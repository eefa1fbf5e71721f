"""The executors' steps (reading, extracting, rows per table) run here without Spark."""

from __future__ import annotations

import json
from pathlib import Path

from orbat.model import Document, Extraction
from orbat.readers import read_inputs
from orbat.spark import tables
from orbat.spark.tasks import extract_partition, read_partition

REPO = Path(__file__).resolve().parents[2]
WIRE = REPO / "examples" / "wire.jsonl"
MIXED = REPO / "tests" / "fixtures" / "inputs" / "bad" / "mixed.jsonl"


def test_read_partition_numbers_what_the_readers_yield(tmp_path):
    missing = str(tmp_path / "gone.txt")
    files = [(3, str(WIRE)), (4, str(MIXED)), (9, missing)]
    items = list(read_partition(files))
    expected = [(i, n, x) for i, path in files for n, x in enumerate(read_inputs([path]))]
    assert len(items) == len(expected) >= 6
    for item, (file_index, item_index, read) in zip(items, expected, strict=True):
        if isinstance(read, Document):
            assert item[0] == "doc" and item[1] == (file_index, item_index)
            assert item[2].to_json() == read.to_json()
        else:
            assert item == ("error", (file_index, item_index, "read", read.source, read.record, type(read).__name__, read.reason))
    errors = [item[1] for item in items if item[0] == "error"]
    assert [(e[0], e[4]) for e in errors] == [(4, 1), (4, 2), (9, None)]
    assert errors[-1][6] == "no such file or directory"


def test_extract_partition_rows_are_lossless_and_a_bad_document_fails_alone(spark_extractor):
    docs = [d for d in read_inputs([str(WIRE)]) if isinstance(d, Document)][:3]
    huge = Document(body="Gunmen attacked the base on Monday. " * 30_000, source="huge.txt")
    error = tables.error_row((0, 9), "read", "x.json", None, "MalformedRecord", "not JSON")
    items = [("doc", (0, 0), docs[0]), ("doc", (0, 1), huge), ("error", error), ("doc", (1, 0), docs[1]), ("doc", (1, 1), docs[2])]
    results = list(extract_partition(items, extractor_factory=lambda: spark_extractor, batch_size=3))
    for result in results:
        for rows, columns in zip(result, tables.TABLES.values(), strict=True):
            assert all(len(row) == len(columns) for row in rows)
    by_key = {(r[0] or r[4])[0][:2]: r for r in results}  # one row of documents or errors per item
    assert sorted(by_key) == sorted(item[1][:2] for item in items) and len(results) == len(items)
    assert by_key[(0, 9)] == ([], [], [], [], [error])  # passed through
    [failed] = by_key[(0, 1)][4]
    assert failed[:4] == (0, 1, "extract", "huge.txt") and "longer than the NLP pipeline's limit" in failed[6]
    names = [name for name, _ in tables.TABLES["documents"]]
    total_facts = 0
    for key, doc in zip([(0, 0), (1, 0), (1, 1)], docs, strict=True):
        result = by_key[key]
        data = dict(zip(names, result[0][0], strict=True))
        assert Document.from_json(json.loads(data["document"])).to_json() == doc.to_json()
        extraction = Extraction.from_json(json.loads(data["extraction"]))
        assert extraction.to_json() == spark_extractor.extract(doc).to_json()
        assert data["doc_id"] == doc.id and data["facts"] == len(extraction.facts) == len(result[3])
        assert [m[4] for m in result[2]] == [doc.body[s:e] for ent in extraction.entities for s, e in ent.mentions]
        total_facts += len(extraction.facts)
    assert total_facts > 0
