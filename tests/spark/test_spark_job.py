"""`orbat spark extract` with local[2] on a few hundred documents, then `orbat load`,
against `orbat ingest` of the same inputs: the stores must be the same."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from spark_corpus import write_corpus
from typer.testing import CliRunner

from orbat.cli import app
from orbat.model import Document
from orbat.readers import read_inputs
from orbat.store import SQLiteStore

runner = CliRunner()


def orbat(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout


@pytest.fixture(scope="module")
def job(request, tmp_path_factory, need_system):
    need_system(shutil.which("java") is not None, "a Java runtime is not installed")
    tmp = tmp_path_factory.mktemp("spark")
    try:  # the seed article joins the corpus where it is present
        seed = request.getfixturevalue("seed_text_path")
    except pytest.skip.Exception:
        seed = None
    corpus = write_corpus(tmp / "inputs", variants=175, seed_text=seed)
    out = tmp / "out"
    inputs = [arg for path in corpus.inputs for arg in ("--input", path)]
    code, stdout = orbat("spark", "extract", *inputs, "--output", str(out), "--master", "local[2]", "--partitions", "4", "--json")
    extract = (code, json.loads(stdout))
    loaded = orbat("load", str(out), "--db", str(tmp / "spark.db"), "--json")
    ingested = orbat("ingest", *corpus.inputs, "--db", str(tmp / "direct.db"), "--json")
    exports = {}
    for name in ("spark", "direct"):
        code, _ = orbat("export", "--format", "jsonl", "--out", str(tmp / f"{name}.jsonl"), "--db", str(tmp / f"{name}.db"))
        assert code == 0
        exports[name] = (tmp / f"{name}.jsonl").read_text(encoding="utf-8")
    return {"tmp": tmp, "corpus": corpus, "out": out, "extract": extract, "load": loaded, "ingest": ingested, "exports": exports}


def table(out: Path, name: str) -> list[dict]:
    return pq.read_table(out / name).to_pylist()


def test_load_after_spark_extract_equals_ingest(job):
    exports = job["exports"]
    meta = json.loads(exports["direct"].splitlines()[0])
    assert meta["documents"] >= 200 and meta["facts"] > 100
    assert exports["spark"] == exports["direct"]
    # the same outcome per input: new, duplicate, near-duplicate, failed (in the same order), facts
    (load_code, load_out), (ingest_code, ingest_out) = job["load"], job["ingest"]
    assert load_code == ingest_code == 1  # some inputs cannot be read
    load_summary, ingest_summary = json.loads(load_out), json.loads(ingest_out)
    # failures come in input order from load; ingest lists an extraction failure when its batch is extracted
    assert sorted(map(json.dumps, load_summary.pop("failed"))) == sorted(map(json.dumps, ingest_summary.pop("failed")))
    assert load_summary == ingest_summary
    assert ingest_summary["duplicate"] and ingest_summary["near_duplicate"]
    # lossless: every stored document and extraction is the same
    stores = [SQLiteStore(job["tmp"] / f"{name}.db") for name in ("spark", "direct")]
    try:
        spark, direct = ([d.to_json() for d in s.iter_documents()] for s in stores)
        assert spark == direct
        spark, direct = (sorted((x.to_json() for x in s.extractions()), key=lambda x: x["doc_id"]) for s in stores)
        assert spark == direct and len(spark) >= 200
    finally:
        for s in stores:
            s.close()


def test_bad_inputs_land_in_the_errors_table_and_the_rest_is_extracted(job):
    code, summary = job["extract"]
    assert code == 1
    out, corpus = job["out"], job["corpus"]
    errors = table(out, "errors")
    by_source = {}
    for row in errors:
        by_source.setdefault(row["source"], []).append(row)
    for path in corpus.corrupt:  # as the readers say
        [row] = by_source[path]
        [expected] = read_inputs([path])
        assert (row["stage"], row["error"], row["reason"]) == ("read", type(expected).__name__, expected.reason)
    [huge] = by_source[corpus.too_long]
    assert huge["stage"] == "extract" and "longer than the NLP pipeline's limit" in huge["reason"]
    bad = sorted(r["record"] for r in by_source[str(Path(corpus.inputs[1]) / "bad.jsonl")])
    assert bad == [1, 2]
    assert summary["tables"]["errors"] == len(errors) == 5
    # every readable document but the one too long is in the documents table, with its extraction
    readable = [d for d in read_inputs(corpus.inputs) if isinstance(d, Document) and d.source != corpus.too_long]
    documents = table(out, "documents")
    assert sorted((d["source"], d["record"]) for d in documents) == sorted((d.source, d.record) for d in readable)
    assert len(documents) >= 200
    assert summary["tables"]["documents"] == len(documents)
    facts = table(out, "facts")
    assert sum(d["facts"] for d in documents) == len(facts) == summary["tables"]["facts"]
    assert all(json.loads(d["extraction"])["doc_id"] == d["doc_id"] for d in documents)
    bodies = {d["doc_id"]: json.loads(d["document"])["body"] for d in documents}
    assert all(bodies[m["doc_id"]][m["start"] : m["end"]] == m["text"] for m in table(out, "mentions"))
    assert all(bodies[f["doc_id"]][f["start"] : f["end"]] == f["quote"] for f in facts)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["rows"] == summary["tables"] and manifest["master"] == "local[2]"
    assert (out / "_SUCCESS").exists()


def test_loading_again_skips_every_document_as_a_duplicate(job):
    db = job["tmp"] / "spark.db"
    code, stdout = orbat("load", str(job["out"]), "--db", str(db), "--json")
    again = json.loads(stdout)
    first = json.loads(job["load"][1])
    assert code == 1 and again["new"] == [] and again["near_duplicate"] == [] and again["facts"] == 0
    assert sorted(again["duplicate"]) == sorted(first["new"] + [n["doc"] for n in first["near_duplicate"]] + first["duplicate"])
    assert len(again["failed"]) == len(first["failed"])
    orbat("export", "--format", "jsonl", "--out", str(job["tmp"] / "again.jsonl"), "--db", str(db))
    assert (job["tmp"] / "again.jsonl").read_text(encoding="utf-8") == job["exports"]["spark"]
