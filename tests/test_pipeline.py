"""The wiring: a failing extraction or store write is reported and the batch goes on."""

from __future__ import annotations

from orbat.errors import EmptyInput
from orbat.model import Document, Entity, Evidence, Extraction, Fact
from orbat.pipeline import ingest, reextract


class FakeExtractor:
    """Extracts one 'founding' fact per document; chokes on bodies containing 'POISON'."""

    version = "fake-1"

    def extract(self, doc: Document) -> Extraction:
        if "POISON" in doc.body:
            raise ValueError("cannot parse this")
        ent = Entity(id="e1", type="organization", name=doc.body.split()[0])
        fact = Fact(
            id="f1", type="founding", args={"organization": "e1"},
            sources=[Evidence(doc=doc.id, quote=doc.body[:10], start=0, end=10)],
        )
        return Extraction(doc_id=doc.id, entities=[ent], facts=[fact], extractor_version=self.version)

    def extract_many(self, docs):
        return [self.extract(d) for d in docs]


def _docs(*bodies: str) -> list[Document]:
    return [Document(body=b, source=f"in{i}.txt") for i, b in enumerate(bodies)]


def test_bad_document_fails_alone_and_the_rest_is_stored(store):
    items = [*_docs("Alpha group was founded.", "POISON here", "Beta group was founded.")]
    items.insert(1, EmptyInput("empty.txt", "file is empty"))
    summary = ingest(items, store, extractor=FakeExtractor())
    assert len(summary.new) == 2
    assert sorted(f.source for f in summary.failed) == ["empty.txt", "in1.txt"]
    assert "cannot parse this" in str(summary.failed[1])
    assert summary.exit_code == 1
    assert summary.facts == 2
    stored = {e.doc_id for e in store.extractions()}
    assert stored == {r.doc_id for r in summary.new}


def test_resolver_runs_once_after_new_documents(store):
    calls = []

    def resolver(extractions, curations):
        from orbat.model import KnowledgeBase

        calls.append(len(list(extractions)))
        return KnowledgeBase()

    ingest(_docs("Gamma group was founded."), store, extractor=FakeExtractor(), resolver=resolver)
    ingest(_docs("Gamma group was founded."), store, extractor=FakeExtractor(), resolver=resolver)
    assert calls == [1], "a batch of only duplicates does not re-resolve"


def test_reingest_does_not_parse_stored_documents_again(store):
    class Counting(FakeExtractor):
        seen: list[str] = []

        def extract_many(self, docs):
            self.seen.extend(d.body for d in docs)
            return super().extract_many(docs)

    extractor = Counting()
    ingest(_docs("Delta group was founded."), store, extractor=extractor)
    summary = ingest(_docs("Delta group was founded."), store, extractor=extractor)
    assert [r.status for r in summary.duplicate] == ["duplicate"]
    assert extractor.seen == ["Delta group was founded."], "the duplicate was not parsed"


def test_reextract_keeps_the_earlier_extraction_of_a_failing_document(store):
    ingest(_docs("Epsilon group was founded.", "Zeta group was founded."), store, extractor=FakeExtractor())

    class FailsOnZeta(FakeExtractor):
        version = "fake-2"

        def extract(self, doc):
            if doc.body.startswith("Zeta"):
                raise ValueError("parser exploded")
            return super().extract(doc)

    done = reextract(store, FailsOnZeta())
    assert done.documents == 2 and done.facts == 1
    assert [f.reason for f in done.failed] == ["extraction failed: parser exploded"]
    versions = {x.entities[0].name: x.extractor_version for x in store.extractions()}
    assert versions == {"Epsilon": "fake-2", "Zeta": "fake-1"}
