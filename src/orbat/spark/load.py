"""The global steps after an extraction job: ``load(DIR, store, resolver=...)``.

The documents and errors of the job's folder go through ``pipeline.ingest`` in
input order, each document with the extraction the job made for it (instead of
extracting it again): duplicates are skipped and near-duplicates linked exactly
as ``orbat ingest`` does, the errors are reported as ingest's failures, and the
knowledge base is resolved once at the end. The store is the same as if the
inputs had been ingested directly.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from orbat import pipeline
from orbat.errors import InputError
from orbat.model import Document, Extraction
from orbat.spark import output
from orbat.store.base import Store


class Precomputed:
    """An ``Extractor`` that hands out the extractions read with the documents.

    ``feed`` passes the job's items on as ingest's items (documents, and errors as
    ``InputError``) and keeps each document's extraction until ingest asks for it.
    Ingest asks in item order and skips only documents it already has, so the
    waiting extractions are at most one batch."""

    version = ""

    def __init__(self) -> None:
        self._waiting: deque[Extraction] = deque()

    def feed(self, items: Iterable[output.Extracted | output.Failed]) -> Iterator[Document | InputError]:
        for item in items:
            if isinstance(item, output.Failed):
                yield InputError(item.source, item.reason, record=item.record)
            else:
                self._waiting.append(item.extraction)
                yield item.document

    def _take(self, doc_id: str) -> Extraction:
        while self._waiting:
            extraction = self._waiting.popleft()
            if extraction.doc_id == doc_id:
                return extraction
        raise LookupError(f"no extraction was read for {doc_id}")

    def extract(self, doc: Document) -> Extraction:
        return self._take(doc.id)

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        for doc in docs:
            yield self._take(doc.id)


def load(
    out: Path,
    store: Store,
    *,
    resolver: pipeline.Resolver | None,
    on_item: pipeline.Progress | None = None,
) -> pipeline.IngestSummary:
    """Store the documents and extractions of a finished job's folder, then resolve."""
    extractor = Precomputed()
    return pipeline.ingest(extractor.feed(output.iter_items(out)), store, extractor=extractor, resolver=resolver, on_item=on_item)
