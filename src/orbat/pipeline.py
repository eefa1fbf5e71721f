"""The only place that wires orbat's steps together.

    inputs --read--> Document --extract--> Extraction --store--> (per document, one transaction)
    all Extractions + curations --resolve--> KnowledgeBase --store--> (one transaction)

Reading and extraction are pure per document; resolution is the one global step,
re-run over the stored extractions (cheap) whenever documents or curations change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from orbat import consistency
from orbat.errors import ExtractionError, InputError
from orbat.model import Document, Extraction, KnowledgeBase
from orbat.store.base import AddResult, Store
from orbat.testhooks import crash_point


class Extractor(Protocol):
    """Document -> Extraction, pure. ``extract_many`` batches for speed (nlp.pipe)."""

    version: str

    def extract(self, doc: Document) -> Extraction: ...

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Extraction]: ...


class Resolver(Protocol):
    def __call__(self, extractions: Iterable[Extraction], curations: list) -> KnowledgeBase: ...


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    reason: str
    record: int | None = None

    def __str__(self) -> str:
        where = self.source if self.record is None else f"{self.source} (record {self.record})"
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class IngestSummary:
    new: list[AddResult] = field(default_factory=list)
    duplicate: list[AddResult] = field(default_factory=list)
    near_duplicate: list[AddResult] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    facts: int = 0

    @property
    def exit_code(self) -> int:
        """0 when everything was ingested or skipped as duplicate, 1 when some inputs failed."""
        return 1 if self.failed else 0

    def record(self, result: AddResult) -> None:
        getattr(self, result.status).append(result)

    def to_json(self) -> dict:
        return {
            "new": [r.doc_id for r in self.new],
            "duplicate": [r.doc_id for r in self.duplicate],
            "near_duplicate": [{"doc": r.doc_id, "near_of": r.near_of, "similarity": r.similarity} for r in self.near_duplicate],
            "failed": [{"source": f.source, "record": f.record, "reason": f.reason} for f in self.failed],
            "facts": self.facts,
        }


ReadItem = Document | InputError
Progress = Callable[[int], None]


def ingest(
    items: Iterable[ReadItem],
    store: Store,
    *,
    extractor: Extractor | None = None,
    resolver: Resolver | None = None,
    on_item: Progress | None = None,
    batch_size: int = 32,
) -> IngestSummary:
    """Store read documents (each with its extraction, in one transaction), then
    re-resolve the knowledge base. ``items`` are what the readers yield:
    documents, or errors for inputs that could not be read (the batch goes on).
    A document already stored is not parsed again. A knowledge base left stale by an
    interrupted command is re-resolved even when nothing is new."""
    with consistency.writing(store):
        return _ingest(items, store, extractor, resolver, on_item, batch_size)


def _ingest(
    items: Iterable[ReadItem],
    store: Store,
    extractor: Extractor | None,
    resolver: Resolver | None,
    on_item: Progress | None,
    batch_size: int,
) -> IngestSummary:
    summary = IngestSummary()
    batch: list[Document] = []

    def done() -> None:
        if on_item:
            on_item(1)

    def flush() -> None:
        fresh = []
        for doc in batch:
            if store.has_document(doc.id):
                summary.record(AddResult(status="duplicate", doc_id=doc.id))
                done()
            else:
                fresh.append(doc)
        for doc, extraction in zip(fresh, extract_batch(extractor, fresh), strict=True):
            if isinstance(extraction, Failure):
                summary.failed.append(extraction)
                done()
                continue
            try:
                result = store.add_document(doc, extraction)
            except Exception as exc:  # one bad document never stops the batch
                summary.failed.append(_failure(doc, f"could not store: {exc}"))
            else:
                summary.record(result)
                if result.status != "duplicate" and extraction is not None:
                    summary.facts += len(extraction.facts)
                crash_point("stored")
            done()
        batch.clear()

    for item in items:
        if isinstance(item, InputError):
            summary.failed.append(Failure(item.source, item.reason, item.record))
            done()
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    flush()
    if resolver is not None and (summary.new or summary.near_duplicate or consistency.stale(store)):
        crash_point("resolve")
        added = [r.doc_id for r in summary.new + summary.near_duplicate] if extractor is not None else []
        fold_in(store, resolver, added)
    return summary


def _failure(doc: Document, reason: str) -> Failure:
    return Failure(doc.source or doc.id, reason, doc.record)


def extract_batch(extractor: Extractor | None, batch: list[Document]) -> list[Extraction | Failure | None]:
    """Extract a batch at pipeline speed (``extract_many``); if the batch fails, retry
    one document at a time so that only the bad document becomes a Failure."""
    if extractor is None:
        return [None] * len(batch)
    try:
        return list(extractor.extract_many(batch))
    except Exception:  # one bad document never stops the batch: find it
        results: list[Extraction | Failure | None] = []
        for doc in batch:
            try:
                results.append(extractor.extract(doc))
            except Exception as exc:
                reason = exc.reason if isinstance(exc, ExtractionError) else str(exc)
                results.append(_failure(doc, f"extraction failed: {reason}"))
        return results


def fold_in(store: Store, resolver: Resolver, new_doc_ids: list[str]) -> None:
    """Bring the knowledge base up to date after ``new_doc_ids`` were stored: in place where
    the resolver can (``IncrementalResolver.update``: one transaction, stamped with the
    inputs generation), else by a full ``refresh_knowledge``."""
    from orbat.resolve.incremental import fewer_full_collections

    with fewer_full_collections():
        update = getattr(resolver, "update", None)
        if update is not None and new_doc_ids and update(store, new_doc_ids) is not None:
            return
        refresh_knowledge(store, resolver)


def refresh_knowledge(store: Store, resolver: Resolver) -> KnowledgeBase:
    """Resolve all stored extractions (with curations) and swap the knowledge base in.
    The inputs are read as one snapshot and the knowledge base is stamped with their
    generation, so a slower concurrent resolution never replaces a newer one. A resolver
    that keeps a resolution index (``full``) writes it with the knowledge base."""
    with consistency.snapshot(store):
        generation = consistency.generation(store)
        extractions, curations = list(store.extractions()), store.curations()
    full = getattr(resolver, "full", None)
    kb, index = full(extractions, curations) if full is not None else (resolver(extractions, curations), None)
    crash_point("replace")
    consistency.replace(store, kb, generation, index)
    return kb


def ensure_fresh(store: Store, resolver: Resolver | None = None) -> bool:
    """Re-resolve a knowledge base left stale by an interrupted command (none when no
    process is writing the store: a live writer resolves when it is done). Returns
    whether it re-resolved."""
    if not consistency.stale(store) or consistency.writers_active(store):
        return False
    refresh_knowledge(store, resolver or default_resolver())
    return True


@dataclass(slots=True)
class ReextractSummary:
    documents: int = 0
    facts: int = 0
    failed: list[Failure] = field(default_factory=list)  # these keep their earlier extraction


def reextract(
    store: Store, extractor: Extractor, *, on_item: Progress | None = None, batch_size: int = 32
) -> ReextractSummary:
    """Re-run extraction over every stored document and store the results in one
    transaction. A document that fails keeps its earlier extraction and is reported."""
    summary = ReextractSummary()
    results: list[Extraction] = []
    batch: list[Document] = []

    def flush() -> None:
        for extraction in extract_batch(extractor, batch):
            summary.documents += 1
            if isinstance(extraction, Failure):
                summary.failed.append(extraction)
            elif extraction is not None:
                results.append(extraction)
                summary.facts += len(extraction.facts)
            if on_item:
                on_item(1)
        batch.clear()

    with consistency.writing(store):
        for doc in store.iter_documents():
            batch.append(doc)
            if len(batch) >= batch_size:
                flush()
        flush()
        store.put_extractions(results)
    crash_point("reextracted")
    return summary


def rebuild(
    store: Store, extractor: Extractor, resolver: Resolver, *, on_item: Progress | None = None
) -> KnowledgeBase:
    """Re-extract every stored document and re-resolve, curations applied."""
    reextract(store, extractor, on_item=on_item)
    return refresh_knowledge(store, resolver)


def default_extractor() -> Extractor:
    """The full extraction pipeline (loads the spaCy model: a second or two)."""
    from orbat.facts import build_extractor

    return build_extractor()


def default_resolver(*, incremental: bool | None = None) -> Resolver:
    """Resolution linked to orbat's reference gazetteer. With ``incremental`` (default:
    the ``ORBAT_INCREMENTAL`` environment variable, off) it keeps a resolution index and
    updates the knowledge base in place where it can (docs/scale.md); off, every change
    resolves in full and no index is written."""
    import os

    from orbat.reference import load_reference
    from orbat.resolve.incremental import IncrementalResolver

    if incremental is None:
        incremental = os.environ.get("ORBAT_INCREMENTAL", "").strip().lower() in {"1", "true", "yes", "on"}
    return IncrementalResolver(load_reference(), incremental=incremental)
