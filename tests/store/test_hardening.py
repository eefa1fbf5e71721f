"""Store behaviour on awkward input: LIKE wildcards in id prefixes, and the
duplicate check made inside the write transaction."""

from __future__ import annotations

from orbat.model import Document
from orbat.store import SQLiteStore

BODY = "Gunmen attacked a convoy near Mandera on Tuesday, killing two drivers, police said."


def test_find_documents_takes_like_wildcards_literally(store):
    doc_id = store.add_document(Document(body=BODY)).doc_id
    store.add_document(Document(body=BODY + " More."))
    assert store.find_documents(doc_id[4:10]) == [doc_id]
    assert store.find_documents(doc_id) == [doc_id]
    for prefix in ("%", "_", "doc:%", "doc:_", "doc:" + "_" * 16, "\\"):
        assert store.find_documents(prefix) == []
    assert len(store.find_documents("doc:")) == 2  # an empty prefix still lists all, for the "ambiguous" message


def test_duplicate_check_runs_inside_the_write_transaction(tmp_path):
    store = SQLiteStore(tmp_path / "o.db")
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    try:
        store.add_document(Document(body=BODY))
        again = store.add_document(Document(body=BODY))
    finally:
        store.close()
    assert again.status == "duplicate"
    begins = [i for i, s in enumerate(statements) if s.startswith("BEGIN")]
    checks = [i for i, s in enumerate(statements) if "FROM documents WHERE sha256" in s]
    ends = [i for i, s in enumerate(statements) if s in ("COMMIT", "ROLLBACK")]
    assert len(begins) == len(checks) == len(ends) == 2
    assert all(b < c < e for b, c, e in zip(begins, checks, ends, strict=True))
