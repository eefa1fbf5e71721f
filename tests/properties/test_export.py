"""The JSONL export of any knowledge base built from the example extractions: every
reference in a fact resolves (entities, documents, facts) and the file reads back
through ``read_jsonl`` without a warning, to the same documents, entities and facts."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orbat.export.jsonl import FACT_REF_ARGS, TEXT_ARGS, read_jsonl, write_jsonl
from orbat.model import Curation
from orbat.pipeline import refresh_knowledge
from orbat.store import SQLiteStore

SETTINGS = settings(
    max_examples=20, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _store_with(examples, chosen: list[int], resolver, curate: bool) -> SQLiteStore:
    store = SQLiteStore(":memory:")
    for i in chosen:
        doc, extraction = examples[i]
        store.add_document(doc, extraction)
    kb = refresh_knowledge(store, resolver)
    if curate and kb.facts and kb.entities:  # a curated knowledge base exports the same way
        store.add_curation(Curation("fact.confirm", kb.facts[0].id, {}, "property"))
        store.add_curation(Curation("entity.rename", kb.entities[-1].id, {"name": "Renamed Entity"}, "property"))
        refresh_knowledge(store, resolver)
    return store


@SETTINGS
@given(st.lists(st.integers(0, 7), min_size=1, max_size=8, unique=True), st.booleans())
def test_every_reference_resolves_and_the_file_reads_back(examples, resolver, chosen, curate):
    store = _store_with(examples, chosen, resolver, curate)
    try:
        out = io.StringIO()
        lines = write_jsonl(store, out)
        entities = {e.id: e for e in store.entities()}
        facts = {f.id: f for f in store.facts()}
        documents = {d.id for d in store.iter_documents()}
    finally:
        store.close()
    text = out.getvalue()
    assert lines == len(text.splitlines()) == 1 + len(documents) + len(entities) + len(facts)
    for fact in facts.values():
        assert fact.sources, fact.id
        assert {s.doc for s in fact.sources} <= documents, fact.id
        assert fact.location is None or fact.location in entities, fact.id
        for role, value in fact.args.items():
            if (fact.type, role) in FACT_REF_ARGS:
                assert value in facts, (fact.id, role, value)
            elif (fact.type, role) not in TEXT_ARGS:
                assert value in entities, (fact.id, role, value)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kb.jsonl"
        path.write_text(text, encoding="utf-8")
        back = read_jsonl(path)
    assert back.warnings == []
    assert set(back.documents) == documents
    assert {k: v.to_json() for k, v in back.entities.items()} == {k: v.to_json() for k, v in entities.items()}
    assert {k: v.to_json() for k, v in back.facts.items()} == {k: v.to_json() for k, v in facts.items()}
    assert back.meta["entities"] == len(entities) and back.meta["facts"] == len(facts)
